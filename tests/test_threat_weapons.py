"""Death wished or promised with a weapon, and the British "he wants stabbing" (lead, 2026-11-22).

The principle (CONTRACT.md: threats of violence escalate in every pack): a person of the school said to deserve, need
or be about to get a bullet or a blade ("That head deserves a bullet", "Someone needs to put a bullet in that coach"),
or the idiom "she wants battering / the lot of them want hanging" (deserve to be). Not a threat: dodging a bullet, bullet
points, biting the bullet, one's own head, a knife in the back as betrayal, "the car wants washing". Rows written
before the rule was run, after a readable outsider8_dev row ("Teachers at that school deserve a bullet. Wait till I
see them at the gate tomorrow.") went out as allow.
"""
from __future__ import annotations

import pytest

from safepost.types import Post

PARAPHRASES = [
    'Teachers at that school deserve a bullet. Wait till I see them at the gate tomorrow.',
    'That head deserves a bullet',
    'Mr Shaw needs a bullet in his head',
    "I'll put a bullet in him if he touches my son again",
    'that teacher wants stabbing',
    'the dinner lady wants shooting for what she said to my girl',
    'Someone needs to put a bullet in that coach',
    'she wants battering, simple as',
    'The new head needs a knife in the gut, the way he treats staff',
    'honestly the lot of them want hanging',
]

ORDINARY = [
    "I'd rather put a bullet in my own head than sit through another INSET day",
    'Dodged a bullet there, the trip was nearly cancelled',
    'Bullet points please, nobody reads long letters',
    'My hair wants cutting and the car wants washing',
    'The garden wants weeding this weekend',
    'She stuck a knife in my back at the staff meeting, some friend',
    'Bite the bullet and book the residential',
    'This lasagne wants eating!',
    'The kids want paint and glitter, give them paint and glitter',
    'The heating wants fixing in Year 3',
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory("newport-cejs")


@pytest.mark.parametrize("text", PARAPHRASES)
def test_threats_escalate(checker, text):
    assert checker.check(Post(text=text, account="official", author="parent")).verdict == "escalate"


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_posts_are_no_threat(checker, text):
    res = checker.check(Post(text=text, account="official", author="parent"))
    assert res.verdict != "escalate" and not [f for f in res.findings if f.category == "abuse_or_hate"]
