"""The school's context files: rosters as MIS exports give them, and school.yaml."""
from __future__ import annotations

import pytest

from safepost import Roster, SafepostError, School


def test_demo_roster_reads_all_pupils(roster_path):
    r = Roster.from_csv(roster_path)
    assert len(r.pupils) == 60 and not r.warnings
    zofia = next(p for p in r.pupils if p.first_name == "Zofia")
    assert (zofia.last_name, zofia.preferred_name, zofia.photo_consent) == ("Zieliński", "Zosia", True)


@pytest.mark.parametrize("raw, problem", [
    (b"", "empty"),
    (b"   \n", "empty"),
    (b"first_name,surname\nAmy,Hart\n", "no last_name column"),
    (b"First Name,Last Name\n", "no pupils"),
    (b"first_name,last_name\x00\n", "NUL"),
])
def test_bad_rosters_say_what_is_wrong(raw, problem):
    with pytest.raises(SafepostError, match=problem):
        Roster.from_bytes(raw, source="pupils.csv")


def test_windows_1252_with_bom_and_odd_headers():
    raw = "\ufeffFIRST NAME;x\n".replace(";x", ",Last_Name,Photo consent") .encode("utf-8")
    raw += "Zoë,Brontë,Y\n".encode("cp1252")
    r = Roster.from_bytes(raw)
    assert r.pupils[0].first_name == "Zoë" and r.pupils[0].photo_consent is True


@pytest.mark.parametrize("value, expected", [
    ("yes", True), ("Y", True), ("TRUE", True), ("1", True),
    ("no", False), ("n", False), ("false", False), ("0", False), ("", False),
])
def test_consent_values(value, expected):
    r = Roster.from_bytes(f"first_name,last_name,photo_consent\nAmy,Hart,{value}\n".encode())
    assert r.pupils[0].photo_consent is expected and not r.warnings


def test_duplicates_and_blank_names_are_reported_not_fatal():
    r = Roster.from_bytes(b"first_name,last_name,year_group\nAmy,Hart,4\nAmy,Hart,4\n,Jones,3\nBen,Cole,2\n")
    assert [p.first_name for p in r.pupils] == ["Amy", "Ben"]
    assert any("twice" in w for w in r.warnings) and any("no first_name" in w for w in r.warnings)


def test_unreadable_consent_value_is_a_warning_taken_as_no():
    r = Roster.from_bytes(b"first_name,last_name,photo_consent\nAmy,Hart,maybe\n")
    assert r.pupils[0].photo_consent is False and "maybe" in r.warnings[0]


def test_school_file(school_path):
    s = School.from_yaml(school_path)
    assert s.name == "Brookfield Primary School" and "brookfield.sch.uk" in s.email_domains
    assert len(s.timetable.lessons) == 3


@pytest.mark.parametrize("data, problem", [
    ({}, "name"),
    ({"name": "X", "timetable": {"lessons": ["nine till ten"]}}, "timetable.lessons"),
    ({"name": "X", "aliases": "BPS"}, "aliases must be a list"),
    ("just text", "name"),
])
def test_bad_school_files(data, problem):
    with pytest.raises(SafepostError, match=problem):
        School.from_dict(data)


def test_missing_roster_file_is_a_clear_error(tmp_path):
    with pytest.raises(SafepostError, match="cannot read"):
        Roster.from_csv(tmp_path / "nope.csv")
