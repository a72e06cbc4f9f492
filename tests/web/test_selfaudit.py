"""Review my own social media history: every role, real archives, the library's messages, nothing kept."""
from __future__ import annotations

import base64
import re
import sys
import tempfile
from pathlib import Path

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client

from safepost_web.selfaudit import views

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "archives"))
import make_archives as mk

URL = "/s/brookfield/my-history/"
ROLES = ["alice", "bob", "carol", "dave", "erin", "frank", "grace"]


@pytest.fixture(scope="module")
def archives(tmp_path_factory) -> dict[str, Path]:
    return mk.build_all(tmp_path_factory.mktemp("archives"))


@pytest.fixture
def tmpdir_empty(tmp_path, monkeypatch) -> Path:
    """The system temporary folder, pointed at an empty folder we can list afterwards."""
    folder = tmp_path / "systemp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _upload(archives, name: str) -> dict:
    return {"archive": SimpleUploadedFile(f"{name}.zip", archives[name].read_bytes(), "application/zip")}


def _rows() -> dict[str, int]:
    """Rows in every table of every installed app (sessions, audit log and users included)."""
    tables = set(connection.introspection.table_names())
    counts = {m._meta.label: m._default_manager.count() for m in apps.get_models() if m._meta.db_table in tables}
    assert len(counts) > 20  # really every app's tables, not an empty comparison
    return counts


@pytest.mark.parametrize("who", ROLES)
def test_every_role_in_the_school_gets_the_form_and_the_promise(as_user, who):
    r = as_user(who).get(URL)
    assert r.status_code == 200
    html = r.content.decode()
    assert 'type="file" name="archive"' in html and 'for="id_archive"' in html
    assert "deleted as soon as this report is made" in html and "including your headteacher" in html
    assert "500 MB" in html  # the size limit is stated
    assert 'href="/s/brookfield/my-history/"' in html  # the navigation link


@pytest.mark.parametrize("who", ROLES)
def test_every_role_can_review_a_real_archive(as_user, archives, tmpdir_empty, who):
    r = as_user(who).post(URL, _upload(archives, "x"))
    assert r.status_code == 200
    assert r.context["res"].verdicts["block"] == 1
    assert "OFSTED visit went well" in r.context["report_html"]
    assert list(tmpdir_empty.iterdir()) == []


def test_mallory_from_another_school_is_refused_and_nothing_is_read(as_user, archives, tmpdir_empty):
    c = as_user("mallory")
    assert c.get(URL).status_code == 403
    r = c.post(URL, _upload(archives, "x"))
    assert r.status_code == 403 and b"OFSTED" not in r.content
    assert list(tmpdir_empty.iterdir()) == []
    assert c.get("/s/riverside/my-history/").status_code == 200  # her own school's page works


def test_signed_out_visitors_are_sent_to_sign_in(client):
    r = client.get(URL)
    assert r.status_code == 302 and "/accounts/login/" in r["Location"]


@pytest.mark.parametrize("archive, verdict, words", [
    ("x", "block", "OFSTED visit went well"),
    ("facebook", "block", "Facebook"),
    ("instagram", None, "Instagram"),
    ("linkedin", None, "LinkedIn"),
])
def test_the_report_is_shown_inline_with_a_download_of_the_same_page(as_user, archives, tmpdir_empty,
                                                                       archive, verdict, words):
    r = as_user("bob").post(URL, _upload(archives, archive))
    assert r.status_code == 200
    res, report = r.context["res"], r.context["report_html"]
    assert (verdict in res.verdicts) if verdict else True
    assert words in report
    html = r.content.decode()
    assert "<iframe" in html and "sandbox" in html and 'title="Your social media review report"' in html
    link = re.search(r'href="data:text/html;charset=utf-8;base64,([A-Za-z0-9+/=]+)" download="([^"]+)"', html)
    assert link and link.group(2).startswith("my-social-media-review-")
    assert base64.b64decode(link.group(1)).decode() == report
    # The library's "ran on your own computer" would be untrue here: the web's own promise replaces it.
    assert "your own computer" not in report and "deleted as soon as this report was made" in report


def test_the_flagged_post_is_listed_with_its_clause(as_user, archives, tmpdir_empty):
    r = as_user("bob").post(URL, _upload(archives, "x"))
    report = r.context["report_html"]
    assert "<mark" in report and "OFSTED" in report and "Social Networking" in report
    assert "Against the policy: delete or change: 1" in r.content.decode()


def test_the_upload_is_streamed_to_a_private_temporary_file_and_then_deleted(as_user, archives, tmpdir_empty,
                                                                             monkeypatch):
    seen = []
    real = views.audit_html

    def spy(source, checker, *a, **kw):
        seen.extend(p.name for p in tmpdir_empty.iterdir())
        seen.append(oct(Path(source.file.name).stat().st_mode & 0o777))
        return real(source, checker, *a, **kw)

    monkeypatch.setattr(views, "audit_html", spy)
    c = as_user("bob")
    before = _rows()
    r = c.post(URL, _upload(archives, "facebook"))  # has photos: the library's own photo folder goes too
    assert r.status_code == 200 and r.context["res"].items > 0
    assert len(seen) == 2 and seen[0].startswith("safepost-selfreview-") and seen[1] == "0o600"
    assert list(tmpdir_empty.iterdir()) == []
    assert _rows() == before  # no row in any table: no saved report, no audit entry, no count


def test_a_failure_inside_the_audit_still_removes_the_upload(as_user, archives, tmpdir_empty, monkeypatch):
    def boom(source, checker, *a, **kw):
        raise OSError("disk trouble")

    monkeypatch.setattr(views, "audit_html", boom)
    r = as_user("bob").post(URL, _upload(archives, "x"))
    assert r.status_code == 400 and b"could not read this file" in r.content
    assert list(tmpdir_empty.iterdir()) == []


def test_the_headteacher_cannot_see_anyones_review(as_user, archives, tmpdir_empty):
    from safepost_web.audit.models import AuditEntry
    from safepost_web.selfaudit.urls import urlpatterns

    entries = AuditEntry.objects.count()
    as_user("bob").post(URL, _upload(archives, "x"))
    assert AuditEntry.objects.count() == entries  # not even "bob ran a self-review"
    alice = as_user("alice")
    for page in (URL, "/s/brookfield/audit/", "/s/brookfield/"):
        r = alice.get(page, follow=True)
        assert b"OFSTED" not in r.content and b"self-review" not in r.content.lower()
        assert "res" not in (r.context or {})
    # The app has one page, the form: there is no list of reviews for anyone to open.
    assert [p.name for p in urlpatterns] == ["review"]


@pytest.mark.parametrize("archive, words", [
    ("not_a_zip", "not a complete zip file"),
    ("truncated", "not a complete zip file"),
    ("bomb", "zip bomb"),
    ("encrypted", "password-protected"),
    ("unknown", "not a Facebook, Instagram, X or LinkedIn download"),
    ("html", "HTML version"),
    ("traversal", "points outside the archive"),
    (None, "Choose the .zip file you downloaded"),
    ("", "That file is empty"),
])
def test_bad_uploads_get_the_plain_english_message_on_the_form(as_user, archives, tmpdir_empty, archive, words):
    if archive is None:
        data = {}
    elif archive == "":
        data = {"archive": SimpleUploadedFile("empty.zip", b"", "application/zip")}
    else:
        data = _upload(archives, archive)
    c = as_user("dave")  # signing in makes a session row: before counting
    before = _rows()
    r = c.post(URL, data)
    assert r.status_code == 400
    html = r.content.decode()
    assert words in html and 'role="alert"' in html and "Traceback" not in html
    assert 'name="archive"' in html and "res" not in r.context
    assert list(tmpdir_empty.iterdir()) == []
    assert _rows() == before


def test_the_page_is_never_cached(as_user, archives, tmpdir_empty):
    r = as_user("bob").post(URL, _upload(archives, "x"))
    assert "no-store" in r["Cache-Control"] and "private" in r["Cache-Control"]


def test_the_form_is_still_protected_against_cross_site_posts(world, archives, tmpdir_empty):
    c = Client(enforce_csrf_checks=True)
    c.force_login(world.bob)
    r = c.post(URL, _upload(archives, "x"))
    assert r.status_code == 403 and b"OFSTED" not in r.content
    assert list(tmpdir_empty.iterdir()) == []


@pytest.mark.parametrize("site_mb, review_mb, url, status, words", [
    (0, 1, URL, 200, None),  # an archive larger than the site-wide limit is accepted here
    (0, 1, "/s/brookfield/check/", 413, "Make the photos smaller"),  # ...and only here
    (0, 0, URL, 413, "check each part on its own"),  # over this page's own limit: the advice fits
])
def test_this_page_alone_takes_a_bigger_upload(as_user, archives, tmpdir_empty, settings,
                                               site_mb, review_mb, url, status, words):
    settings.MAX_UPLOAD_MB, settings.SELFAUDIT_MAX_UPLOAD_MB = site_mb, review_mb
    r = as_user("bob").post(url, _upload(archives, "x") if url == URL else {"text": "hello", "account": "personal"})
    assert r.status_code == status
    if words:
        assert words in r.content.decode()
    assert list(tmpdir_empty.iterdir()) == []


def test_an_unexpected_error_still_leaves_no_upload_and_no_traceback(world, archives, tmpdir_empty, monkeypatch):
    def crash(source, checker, *a, **kw):
        raise RuntimeError("a bug")

    monkeypatch.setattr(views, "audit_html", crash)
    c = Client(raise_request_exception=False)
    c.force_login(world.bob)
    r = c.post(URL, _upload(archives, "x"))
    assert r.status_code == 500 and b"Traceback" not in r.content and b"a bug" not in r.content
    assert list(tmpdir_empty.iterdir()) == []


@pytest.mark.parametrize("complete", [True, False])
def test_the_upload_handler_removes_its_file_even_when_the_upload_stopped_halfway(tmpdir_empty, complete):
    from safepost_web.selfaudit.uploads import PrivateUploadHandler

    h = PrivateUploadHandler()
    h.new_file("archive", "mine.zip", "application/zip", 10)
    h.receive_data_chunk(b"PK\x03\x04 half", 0)
    if complete:
        assert h.file_complete(9).read() == b"PK\x03\x04 half"
    files = list(tmpdir_empty.iterdir())
    assert len(files) == 1 and oct(files[0].stat().st_mode & 0o777) == "0o600"
    h.discard()
    assert list(tmpdir_empty.iterdir()) == []
