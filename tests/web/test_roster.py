"""Roster import: preview with every bad row named, all or nothing, re-import updates without duplicating."""
from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from safepost_web.schools.models import Pupil, RosterUpload

from .conftest import EXAMPLES

HEADER = "First Name,Last Name,Preferred Name,Year Group,Photo Consent,Name Consent\n"


def _upload(client, body: bytes, name="pupils.csv"):
    r = client.post("/s/brookfield/roster/", {"file": SimpleUploadedFile(name, body, content_type="text/csv")})
    assert r.status_code == 302, r.content[:500]
    return r["Location"]


def test_preview_changes_nothing_until_import(as_user, world):
    c = as_user("grace")
    before = Pupil.objects.filter(school=world.school).count()
    url = _upload(c, (HEADER + "Zara,Quill,,2,yes,no\n").encode())
    page = c.get(url)
    assert b"1 new" in page.content and Pupil.objects.filter(school=world.school).count() == before
    c.post(url)
    assert Pupil.objects.filter(school=world.school, first_name="Zara").exists()


@pytest.mark.parametrize("rows,named", [
    ("Ok,Pupil,,1,yes,yes\nZara,,,2,yes,no\n", b"row 3: skipped, it has no last_name"),
    ("Zara,Quill,,2,maybe,no\n", b"row 2: photo_consent &#x27;maybe&#x27; is not yes/no"),
    ("Ok,Pupil,,1,yes,yes\nZara,Quill,,2,yes,no\nZara,Quill,,2,no,no\n", b"row 4: Zara Quill appears twice"),
])
def test_each_bad_row_is_named_and_nothing_is_imported(as_user, world, rows, named):
    c = as_user("grace")
    url = _upload(c, (HEADER + rows).encode())
    page = c.get(url)
    assert named in page.content and b"Nothing will be imported" in page.content
    before = Pupil.objects.count()
    c.post(url)
    assert Pupil.objects.count() == before


@pytest.mark.parametrize("body,problem", [
    (b"Forename,Surname\nAmy,Bell\n", b"the roster has no first_name or last_name column"),
    (b"First Name,Year\nAmy,3\n", b"the roster has no last_name column"),
    (b"  \n\n", b"the roster is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", b"not a CSV text file"),
])
def test_a_file_that_cannot_be_used_says_why(as_user, world, body, problem):
    c = as_user("grace")
    page = c.get(_upload(c, body))
    assert problem in page.content and b"cannot be imported" in page.content


def test_reimport_updates_consent_without_duplicating(as_user, world):
    c = as_user("grace")
    text = (EXAMPLES / "pupils.csv").read_text(encoding="utf-8-sig")
    changed = text.replace("A800000000002,Will,Thompson,,5,No,No", "A800000000002,Will,Thompson,,5,Yes,No")
    assert changed != text
    url = _upload(c, changed.encode())
    assert b"1 updated" in c.get(url).content
    c.post(url)
    assert Pupil.objects.filter(school=world.school).count() == 60
    assert Pupil.objects.get(school=world.school, first_name="Will", last_name="Thompson").photo_consent is True


def test_a_pupil_moving_up_a_year_is_updated_not_duplicated(as_user, world):
    c = as_user("grace")
    text = (EXAMPLES / "pupils.csv").read_text(encoding="utf-8-sig")
    c.post(_upload(c, text.replace("A800000000002,Will,Thompson,,5,", "A800000000002,Will,Thompson,,6,").encode()))
    wills = Pupil.objects.filter(school=world.school, first_name="Will", last_name="Thompson")
    assert [w.year_group for w in wills] == ["6"]


@pytest.mark.parametrize("full_roll,left", [("1", 1), ("", 0)])
def test_pupils_missing_from_a_whole_roll_are_marked_left_not_deleted(as_user, world, full_roll, left):
    c = as_user("grace")
    lines = (EXAMPLES / "pupils.csv").read_text(encoding="utf-8-sig").splitlines()
    c.post(_upload(c, "\n".join(lines[:-1]).encode()), {"full_roll": full_roll})
    assert Pupil.objects.filter(school=world.school).count() == 60
    assert Pupil.objects.filter(school=world.school, left_at__isnull=False).count() == left


def test_importing_the_same_preview_twice_does_it_once(as_user, world):
    c = as_user("grace")
    url = _upload(c, (HEADER + "Zara,Quill,,2,yes,no\n").encode())
    c.post(url)
    r = c.post(url, follow=True)
    assert b"already imported" in r.content
    assert Pupil.objects.filter(first_name="Zara").count() == 1
    assert world.school.audit_entries.filter(action="roster.imported").count() == 2  # fixture's + this one


def test_a_roster_with_5000_rows_imports_in_one_go(as_user, world):
    c = as_user("grace")
    rows = "".join(f"Pupil{i},Family{i % 700},,{i % 7},{'yes' if i % 2 else 'no'},no\n" for i in range(5000))
    url = _upload(c, (HEADER + rows).encode())
    assert b"5000 new" in c.get(url).content
    c.post(url)
    assert Pupil.objects.filter(school=world.school).count() == 5060


def test_windows_1252_files_are_read(as_user, world):
    c = as_user("grace")
    c.post(_upload(c, (HEADER + "Zoë,Brontë,,3,yes,yes\n").encode("cp1252")))
    assert Pupil.objects.filter(first_name="Zoë", last_name="Brontë").exists()


def test_another_schools_upload_cannot_be_opened(as_user, world):
    up = RosterUpload.objects.create(school=world.other, filename="x.csv", raw=HEADER.encode())
    assert as_user("grace").get(f"/s/brookfield/roster/{up.pk}/").status_code == 404
    assert as_user("grace").get(f"/s/riverside/roster/{up.pk}/").status_code == 403


def test_an_empty_file_is_refused_by_the_form(as_user, world):
    r = as_user("grace").post("/s/brookfield/roster/", {"file": SimpleUploadedFile("p.csv", b"", content_type="text/csv")})
    assert r.status_code == 200 and b"The submitted file is empty" in r.content
