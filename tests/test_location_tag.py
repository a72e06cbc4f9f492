"""A location tag written into the post (CONTRACT.md: location_metadata "carries location metadata (GPS in a photo's
EXIF) or a geotag"): the pin emoji or a check-in names a place. Written before the detector was run.

Every tag is reported and the pack decides (the built-in packs ask staff to take care with locations); a tag of the
school, a home or a place with the class is marked as such. (Changed after the first run: the first table expected
tags of anywhere else to be noted only, but the packs' own location rules apply to any place, and a score below the
packs' default floor is not reported at all.)
"""
from __future__ import annotations

import pytest

from redteam import assert_ordinary, row
from safepost.types import Post

TAG = ("location_metadata",)

ACTED_ON = [
    row("📍 Brookfield Primary School, Mill Lane. First day of term, let's go!", TAG),
    row("Marking in the sun 📍 Brookfield Primary", TAG),
    row("Year 4 having the best time on the beach! 📍 Whitby Sands", TAG),
    row("Checked in at Brookfield Primary School for parents' evening 😅", TAG),
    row("Home sweet home 📍 14 Acacia Avenue", TAG),
    row("Our class trip today 📍 Jorvik Viking Centre, York", TAG),
]

ELSEWHERE = [
    row("📍 Lanzarote. Sun, sea and no marking 🌴", TAG),
    row("Sunday roast with the in-laws 📍 The Red Lion, Ashworth", TAG),
    row("Checked in at Manchester Airport, see you in a week!", TAG),
]

ORDINARY = [
    row("Where's everyone going for the Christmas do?", TAG),
    row("We're at the park if anyone wants to join us", TAG),
    row("Map skills in Year 3 today: we found Brookfield on an OS map!", TAG),
    row("Turn your location settings off before you post, staff!", TAG),
    row("Check in with your colleagues this week, it's been a long term", TAG),
    row("Pinned to the top of the page: the new uniform list", TAG),
    row("Location of the summer fair: the school field, 12-3pm Saturday", TAG, author="staff", account="official"),
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory("marshfields")


def _tags(checker, text, author, account):
    res = checker.check(Post(text=text, author=author, account=account))
    return [f for f in res.findings if f.category == "location_metadata"]


@pytest.mark.parametrize("text,cats,author,account", ACTED_ON)
def test_a_tag_of_the_school_a_home_or_the_class_is_acted_on(checker, text, cats, author, account):
    tags = _tags(checker, text, author, account)
    assert tags and tags[0].severity != "info" and "photo carries" not in tags[0].message, tags
    assert tags[0].evidence


@pytest.mark.parametrize("text,cats,author,account", ELSEWHERE)
def test_a_tag_of_anywhere_else_is_reported_for_the_pack(checker, text, cats, author, account):
    tags = _tags(checker, text, author, account)
    assert tags and tags[0].evidence, tags


@pytest.mark.parametrize("text,cats,author,account", ORDINARY)
def test_no_tag_no_finding(checker, text, cats, author, account):
    assert_ordinary(checker, text, cats, author, account)
