"""Timing: personal posts made in lessons or working hours (from posted_at and the school's timetable),
or during a lesson by the post's own words."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from safepost.context import Context, School
from safepost.detectors import timing
from safepost.packs.schema import Pack

PACK = Pack(id="test", name="Test pack")
SCHOOL = School.from_yaml(Path(__file__).resolve().parent.parent / "examples" / "school.yaml")
# Brookfield: day 08:45-15:15, lessons 09:00-10:30, 10:45-12:00, 13:00-15:15; 2026-03-10 is a Tuesday.


def timing_spans(text: str = "Coffee ☕", posted_at: datetime | None = None, account: str = "personal",
                 author: str = "staff", school: School | None = SCHOOL):
    ctx = Context(pack=PACK, account=account, author=author, posted_at=posted_at, school=school)
    return [s for d in timing.DETECTORS for s in d.detect(text, ctx) if s.score >= 0.5]


def kinds(*a, **kw) -> set[str]:
    return {s.kind for s in timing_spans(*a, **kw)}


@pytest.mark.parametrize("when,expected", [
    ("2026-03-10T09:00:00", {"lessons"}),          # first lesson starts
    ("2026-03-10T11:20:00", {"lessons"}),
    ("2026-03-11T14:50:00", {"lessons"}),          # Wednesday afternoon
    ("2026-03-10T10:35:00", {"working_hours"}),    # morning break: still at work
    ("2026-03-10T12:30:00", {"working_hours"}),    # lunch
    ("2026-03-10T08:50:00", {"working_hours"}),    # school day, before lessons
    ("2026-03-10T08:00:00", set()),                # before the school day
    ("2026-03-10T15:15:00", set()),                # the day has ended
    ("2026-03-10T19:45:00", set()),
    ("2026-03-14T11:00:00", set()),                # Saturday
    ("2026-03-15T10:00:00", set()),                # Sunday
    # The school file's holidays (examples/school.yaml): half term, Christmas, a training day.
    ("2026-10-26T10:00:00", set()),                # first day of half term (Monday)
    ("2026-10-30T14:00:00", set()),                # last day of half term (Friday)
    ("2026-11-02T10:00:00", {"lessons"}),          # back at school
    ("2026-12-31T11:00:00", set()),                # Christmas holidays
    ("2027-01-04T11:00:00", set()),                # a training day, given as one date
    ("2027-01-05T11:00:00", {"lessons"}),
])
def test_posted_at_against_the_timetable(when, expected):
    assert kinds(posted_at=datetime.fromisoformat(when)) == expected


def test_a_break_is_marked_so_a_pack_may_allow_it():
    (span,) = timing_spans(posted_at=datetime(2026, 3, 10, 10, 35))
    assert span.attrs["in_break"] is True and span.start is None and span.end is None
    (span,) = timing_spans(posted_at=datetime(2026, 3, 10, 11, 0))
    assert "in_break" not in span.attrs


@pytest.mark.parametrize("when,expected", [
    (datetime(2026, 6, 10, 10, 0, tzinfo=timezone.utc), {"lessons"}),  # 11:00 BST
    (datetime(2026, 6, 10, 7, 30, tzinfo=timezone.utc), set()),        # 08:30 BST, before the day
    (datetime(2026, 1, 14, 9, 30, tzinfo=timezone.utc), {"lessons"}),  # GMT in winter
])
def test_times_with_a_zone_are_read_as_uk_time(when, expected):
    assert kinds(posted_at=when) == expected


@pytest.mark.parametrize("account,author", [("official", "staff"), ("personal", "parent"),
                                            ("personal", "pupil"), ("official", "public")])
def test_only_staff_personal_use_is_timed(account, author):
    assert kinds(posted_at=datetime(2026, 3, 10, 11, 0), account=account, author=author) == set()


def test_without_a_school_file_a_typical_day_is_used_with_less_confidence():
    (span,) = timing_spans(posted_at=datetime(2026, 3, 10, 11, 0), school=None)
    assert span.kind == "lessons" and span.score < 0.9 and span.attrs["timetable"] == "typical"


def test_the_uk_rule_without_a_tz_database():
    assert timing._last_sunday(2026, 3).day == 29 and timing._last_sunday(2026, 10).day == 25


@pytest.mark.parametrize("text", [
    "posting this from the back of my Year 4 lesson lol",
    "sat in assembly scrolling",
    "while my class do their test I'm catching up on Facebook",
    "Quick scroll while my class do their spelling test 🙈",
    "Kids are doing their maths test so I'm doing my online shop",
    "Invigilating the mocks and bored out of my mind",
    "Sneaky scroll during guided reading lol",
])
def test_the_text_says_it_is_lesson_time(text):
    assert "text_says_lessons" in kinds(text)


@pytest.mark.parametrize("text", [
    "Planning tomorrow's lessons tonight, glass of wine in hand",
    "Lovely lesson today with my class, they loved the experiment",
    "Now the kids are in bed I can relax",
    "My class did their spelling test today, proud of them",
    "Great assembly today about kindness",
    "Back when I was at school we didn't have phones in class",
    "Summer term is nearly here!",
])
def test_the_text_does_not_say_so(text):
    assert "text_says_lessons" not in kinds(text)


def test_text_timing_is_for_staff_personal_posts_only():
    assert kinds("sat in assembly scrolling", account="official") == set()
    assert kinds("sat in assembly scrolling", author="pupil") == set()


@pytest.mark.parametrize("text", ["", "\x00", "a" * 100_000, "while my class " * 3000])
def test_odd_text_never_raises(text):
    timing_spans(text, posted_at=datetime(2026, 3, 10, 11, 0))


@pytest.mark.parametrize("holidays,problem", [
    (["2026-13-01"], "is not a date"),                    # no 13th month
    (["2026-12-21..2026-12-01"], "first day before last"),  # backwards
    (["after the nativity"], "is not a date"),
    ("2026-12-21", "must be a list"),
])
def test_bad_holidays_are_named_clearly(holidays, problem):
    from safepost.types import SafepostError

    with pytest.raises(SafepostError, match=problem):
        School.from_dict({"name": "Brookfield", "timetable": {"holidays": holidays}}, source="school.yaml")


def test_holidays_written_as_yaml_dates_or_with_to():
    import yaml

    data = yaml.safe_load("name: B\ntimetable:\n  holidays: [2026-10-26, '2026-12-21 to 2027-01-01']\n")
    tt = School.from_dict(data).timetable
    assert tt.closed_on(datetime(2026, 10, 26).date()) and tt.closed_on(datetime(2027, 1, 1).date())
    assert not tt.closed_on(datetime(2026, 10, 27).date())
