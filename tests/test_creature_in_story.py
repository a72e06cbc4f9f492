"""A creature a person "was" in a story or an advert is no insult (lead, 2026-11-22).

A readable outsider8_dev row ("half of them think Churchill was a dog from an insurance advert 😂") was reported as an
insult. The principle: "X is/was a <creature>" is an insult when it judges X; followed by where that creature is found
in a story ("a dog from an insurance advert", "a pig in a film", "a cat called Tom"), it describes a character. The
insult stays when the words after are part of the insult ("a dog from hell").
"""
from __future__ import annotations

import pytest

from safepost.types import Post

STORY = [
    "Teaching the Y6s about the 1945 election and half of them think Churchill was a dog from an insurance advert 😂",
    "Half of them think Henry VIII was a pig in a film lol",
    "My Year 2s are convinced the head was a cat in the nativity last year",
    "In the play, Mr Fox is a fox called Frank",
]
INSULT = [
    "Mr Jones is a dog from hell",
    "the head is a pig",
    "that teacher is a snake in the grass",
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory("newport-cejs")


def _abuse(checker, text):
    return [f for f in checker.check(Post(text=text)).findings if f.category == "abuse_or_hate"]


@pytest.mark.parametrize("text", STORY)
def test_a_character_is_no_insult(checker, text):
    assert not _abuse(checker, text)


@pytest.mark.parametrize("text", INSULT)
def test_insults_stay(checker, text):
    assert _abuse(checker, text)
