"""The post itself says it is written at work, outside a lesson (written before the rule was run, seventh session):
a scroll at work, before the afternoon session or the bell. Rattlesden asks staff to refrain from social media
"while at work"; packs that act only on lesson time leave it alone (kind `working_hours`, not a lesson)."""
from __future__ import annotations

from pathlib import Path

import pytest

from safepost.context import Context, School
from safepost.detectors import timing
from safepost.packs.schema import Pack

PACK = Pack(id="test", name="Test pack")
SCHOOL = School.from_yaml(Path(__file__).resolve().parent.parent / "examples" / "school.yaml")


def kinds(text: str, account: str = "personal", author: str = "staff") -> set[str]:
    ctx = Context(pack=PACK, account=account, author=author, school=SCHOOL)
    return {s.kind for d in timing.DETECTORS for s in d.detect(text, ctx) if s.score >= 0.5}


@pytest.mark.parametrize("text,expected", [
    ("Sneaky scroll at work while the photocopier warms up", {"working_hours"}),
    ("On my phone at work again, don't tell the head 🙈", {"working_hours"}),
    ("Posting this from the staffroom before the afternoon session", {"working_hours"}),
    ("Quick look on Facebook before the bell goes for registration", {"working_hours"}),
    # look-alikes: after work, a break, someone else, a trip, or not at work at all
    ("Long day at work, finally scrolling on the sofa with a brew", set()),
    ("Can't wait to get home from work and scroll in the bath", set()),
    ("Scrolling on my lunch break at work, first sit-down all day", set()),
    ("My husband is always on his phone at work", set()),
    ("Day off work today, scrolling in bed till noon 😴", set()),
])
def test_the_text_says_it_is_at_work(text, expected):
    # found rows: working hours is read (the older lesson-time model may also fire on two of them: that is its own
    # reading, seen when this table was first run); look-alikes: no timing at all
    got = kinds(text)
    assert expected <= got if expected else got == set()


def test_not_for_official_or_pupils():
    assert kinds("Sneaky scroll at work", account="official") == set()
    assert kinds("Sneaky scroll at work", author="pupil") == set()


# "Live from the lesson": a post sent from inside a lesson or assembly (written before the rule was run).
@pytest.mark.parametrize("text,expected", [
    ("Live from Year 3 PE, chaos as usual 😂 [video]", True),
    ("Live from the Y2 phonics lesson, they're loving it", True),
    ("Coming to you live from my classroom, the kids are building volcanoes", True),
    ("Live from assembly: Year 6 doing their leavers' song 🎤", True),
    # look-alikes
    ("Live from the Year 6 leavers' show tonight!", False),
    ("Lesson plans for tomorrow are live on the shared drive", False),
    ("Live from my sofa after a long day in the classroom", False),
    ("Watched the live stream from the Christmas assembly last year", False),
])
def test_live_from_the_lesson(text, expected):
    assert ("text_says_lessons" in kinds(text)) is expected
