"""School set-up: choose or upload a pack (validated by the library), its options, details, accounts."""
from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from .conftest import EXAMPLES


def _upload(client, text: str):
    f = SimpleUploadedFile("our-pack.yaml", text.encode(), content_type="application/x-yaml")
    return client.post("/s/brookfield/setup/pack/", {"p-upload": f})


def test_choosing_a_built_in_pack(as_user, world):
    r = as_user("grace").post("/s/brookfield/setup/pack/", {"p-pack_id": "rattlesden"})
    world.school.refresh_from_db()
    assert r.status_code == 302 and world.school.pack_id == "rattlesden"
    assert world.school.audit_entries.filter(action="school.pack_chosen").exists()


def test_uploading_a_schools_own_pack(as_user, world):
    r = _upload(as_user("grace"), (EXAMPLES / "school-pack.yaml").read_text())
    world.school.refresh_from_db()
    assert r.status_code == 302 and world.school.pack_yaml and not world.school.pack_id
    page = as_user("bob").get("/s/brookfield/pack/")
    assert b"Brookfield Primary School social media policy" in page.content


@pytest.mark.parametrize("text,problem", [
    ("id: x\nname: X\nclauses: [\n", b"not valid YAML"),
    ("id: x\nname: X\nrules:\n  - {id: r, category: nonsense, severity: block, clause: c, message: m}\n",
     b"unknown category"),
    ("id: x\nname: X\nsetings: {}\n", b"unknown field"),
    ("- just\n- a list\n", b"must be a YAML mapping"),
])
def test_a_bad_pack_is_refused_with_the_loaders_message(as_user, world, text, problem):
    r = _upload(as_user("grace"), text)
    world.school.refresh_from_db()
    assert r.status_code == 400 and problem in r.content and b"your pack file" in r.content
    assert world.school.pack_id == "newport-cejs"  # unchanged


def test_a_pack_file_that_is_not_text_is_refused(as_user, world):
    f = SimpleUploadedFile("pack.yaml", b"\xff\xfe\x00\x81\x00", content_type="application/octet-stream")
    r = as_user("grace").post("/s/brookfield/setup/pack/", {"p-upload": f})
    assert r.status_code == 400 and b"not a text (YAML) file" in r.content


def test_the_personal_use_option_is_offered_and_kept(as_user, world):
    c = as_user("grace")
    c.post("/s/brookfield/setup/pack/", {"p-pack_id": "aycliffe-drive"})
    page = c.get("/s/brookfield/setup/")
    assert b"Personal use of social media at work" in page.content
    c.post("/s/brookfield/setup/options/", {"o-personal_use": "breaks_only"})
    world.school.refresh_from_db()
    assert world.school.personal_use == "breaks_only"
    from safepost_web.schools.library import pack_for

    assert pack_for(world.school).settings.personal_use.chosen == "breaks_only"


def test_an_unknown_option_is_refused(as_user, world):
    c = as_user("grace")
    c.post("/s/brookfield/setup/pack/", {"p-pack_id": "aycliffe-drive"})
    r = c.post("/s/brookfield/setup/options/", {"o-personal_use": "whenever"})
    assert r.status_code == 400


def test_the_pack_reads_as_clauses(as_user, world):
    r = as_user("frank").get("/s/brookfield/pack/")
    assert r.status_code == 200 and b"What the policy says" in r.content and b'class="clause"' in r.content


@pytest.mark.parametrize("lessons,ok", [("09:00-10:30, 10:45-12:00", True), ("nine till half ten", False)])
def test_details_check_the_timetable(as_user, world, lessons, ok):
    r = as_user("grace").post("/s/brookfield/setup/", {"d-name": "Brookfield Primary School", "d-lessons": lessons})
    assert (r.status_code == 302) is ok
    if not ok:
        assert b"is not like" in r.content


@pytest.mark.parametrize("holidays,ok", [
    ("2026-10-26..2026-10-30, 2027-01-04", True),
    ("2026-10-26..2026-10-30\n2026-12-21 to 2027-01-01", True),   # one per line works too
    ("half term", False),
    ("2026-10-30..2026-10-26", False),                           # backwards
])
def test_details_check_the_holidays(as_user, world, holidays, ok):
    r = as_user("grace").post("/s/brookfield/setup/", {"d-name": "Brookfield Primary School", "d-holidays": holidays})
    assert (r.status_code == 302) is ok
    if not ok:
        assert b"is not a date like" in r.content
    else:
        import datetime as dt

        from safepost_web.schools.library import school_details

        world.school.refresh_from_db()
        assert school_details(world.school).timetable.closed_on(dt.date(2026, 10, 28))


def test_official_accounts_and_channels_are_recorded(as_user, world):
    c = as_user("grace")
    c.post("/s/brookfield/setup/accounts/", {"add_account": "1", "a-platform": "x", "a-handle": "@BPS"})
    c.post("/s/brookfield/setup/accounts/", {"add_channel": "1", "c-name": "Class Dojo"})
    assert world.school.official_accounts.filter(handle="@BPS").exists()
    ch = world.school.parent_channels.get()
    from safepost_web.schools.library import school_details

    assert "Class Dojo" in school_details(world.school).approved_parent_channels
    c.post("/s/brookfield/setup/accounts/", {"remove_channel": ch.pk})
    assert not world.school.parent_channels.exists()
