"""Two ways a roster name is or is not a pupil named, read from the post's own words (lead, 2026-11-22).

1. A tag of a child's first name before "'s dad/mum/nan…" names the child: "@Kai's dad did the dhol" is Kai's dad,
   so Kai is identified (an @handle alone stays an account's name, as before).
2. The writer says plainly that the one child named is not a pupil: "(my nephew, not a pupil before anyone asks)",
   "not one of my pupils btw". Kinship alone is not enough (a niece may be a pupil), and "not a pupil who gives up"
   is no disclaimer.
The first rows of each list came from readable outsider8_dev rows and were run while the rule was written; the rows
marked "written before the run" were written after it and run once, unchanged.
"""
from __future__ import annotations

import pytest

from safepost.types import Post

NAMED = [
    "My class lost their minds at the Diwali assembly, @Kai's dad did the dhol and it was incredible",
    "@Grace's mum brought cakes for the class",
    # written before the run
    "Huge thanks to @Kai's nan for knitting the class mascot",
    "@Grace's dad, you were a star at the sports day dads' race!",
    "Kai's dad did the dhol at assembly",
    "Finn's birthday party was chaos, he's in my Year 2 class",
]
NOT_NAMED = [
    "Finn's birthday party at soft play was chaos but lovely 🎈 (my nephew, not a pupil before anyone asks 😂)",
    "Finn's party today, not one of my pupils btw",
    # written before the run
    "Took Grace to the panto, she's my goddaughter, not a pupil!",
    "@Grace thanks for the lift this morning",
    "@KaiOsei_music new track is fire",
]
STILL_NAMED = [
    # "not a pupil who…" is no disclaimer; two children named leave the disclaimer unclear
    "Finn is not a pupil who gives up easily, so proud of him",
    # written before the run
    "Finn is not one of those pupils who needs reminding, always ready",
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory("newport-cejs")


def _names(checker, text):
    return [f.evidence for f in checker.check(Post(text=text)).findings if f.category == "pupil_identified"]


@pytest.mark.parametrize("text", NAMED + STILL_NAMED)
def test_the_child_is_named(checker, text):
    assert _names(checker, text)


@pytest.mark.parametrize("text", NOT_NAMED)
def test_no_pupil_is_named(checker, text):
    assert not _names(checker, text)
