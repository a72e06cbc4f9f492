"""Concerns and incidents: reporting, cases, access, evidence that holds up, export, retention, verification."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import subprocess
import uuid
import zipfile

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.utils import timezone

from safepost_web.checks.models import ContactReport
from safepost_web.incidents.models import (
    ActionKind,
    Case,
    CaseStatus,
    Deputy,
    Evidence,
    IncidentError,
    Kind,
    LogEntry,
    Report,
    ReportStatus,
    RetentionRule,
)
from safepost_web.incidents.service import verify_school
from safepost_web.schools.models import Pupil

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 500
ROLES = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "mallory"]
MANAGERS = {"alice", "erin"}


@pytest.fixture(autouse=True)
def _evidence_root(settings, tmp_path):
    settings.EVIDENCE_ROOT = tmp_path / "evidence"


def shot(name="screenshot.png", data=PNG, kind="image/png"):
    return SimpleUploadedFile(name, data, content_type=kind)


def report_data(**kw):
    d = {"kind": "staff_cyberbullying", "text": "Parent group post calling Mr Baker a disgrace, shared 40 times.",
         "link": "https://www.facebook.com/groups/brookfieldparents/posts/123", "platform": "facebook",
         "happened_at": "2026-11-19T21:40", "place": "Brookfield Parents (closed Facebook group)",
         "people": "Mr Baker; posted by a parent", "police_wish": "unsure", "wishes": "Please do not tell the parent I reported it.",
         "submission_key": str(uuid.uuid4())}
    d.update(kw)
    return d


def send(client, files=(), **kw):
    return client.post("/s/brookfield/incidents/report/", {**report_data(**kw), "files": list(files)})


@pytest.fixture
def reported(world, as_user):
    r = send(as_user("bob"), [shot()])
    assert r.status_code == 302, r.content[:2000]
    return Report.objects.get()


@pytest.fixture
def case(reported, world):
    return Case.open_from_report(reported, world.erin, Kind.STAFF_BULLYING, "high", "Facebook post about Mr Baker")


# -- reporting -----------------------------------------------------------------------------------------------------
def test_a_report_keeps_the_file_its_hash_and_who_and_when(world, reported, settings):
    e = reported.evidence.get()
    assert (reported.reporter, reported.kind, reported.police_wish) == (world.bob, "staff_cyberbullying", "unsure")
    assert reported.happened_at is not None and reported.place.startswith("Brookfield Parents")
    assert (e.sha256, e.size, e.content_type) == (hashlib.sha256(PNG).hexdigest(), len(PNG), "image/png")
    assert e.path.read_bytes() == PNG
    # Private: under EVIDENCE_ROOT, not under media or static, and named by its hash, not by the upload.
    assert str(e.path).startswith(str(settings.EVIDENCE_ROOT)) and e.path.name == e.sha256
    assert not str(e.path).startswith(str(settings.MEDIA_ROOT))
    assert list(LogEntry.objects.values_list("action", flat=True)) == ["report.submitted", "evidence.added"]
    assert world.school.audit_entries.filter(action="incident.reported").exists()
    assert verify_school(world.school) == []
    # The DSL and headteacher are told at once, by a link: the content never goes by email.
    assert mail.outbox[0].to == ["alice@brookfield.sch.uk", "erin@brookfield.sch.uk"]
    assert f"/incidents/reports/{reported.pk}/" in mail.outbox[0].body and "disgrace" not in mail.outbox[0].body


def test_a_report_submitted_twice_is_one_report(world, as_user):
    c = as_user("bob")
    data = report_data()
    first = c.post("/s/brookfield/incidents/report/", {**data, "files": [shot()]})
    again = c.post("/s/brookfield/incidents/report/", {**data, "files": [shot()]})
    assert first.status_code == again.status_code == 302 and first["Location"] == again["Location"]
    assert Report.objects.count() == 1 and Evidence.objects.count() == 1
    assert LogEntry.objects.filter(action="report.submitted").count() == 1


@pytest.mark.parametrize("files,data,message", [
    ([shot("screenshot.png", EXE)], {}, b"is a Windows program"),
    ([shot("screenshot.png", b"\x7fELF\x02\x01\x01" + b"\x00" * 100)], {}, b"is a Linux program"),
    ([shot("screenshot.png", b"just some words")], {}, b"named as a picture but is not one"),
    ([shot("good.png"), shot("tool.jpg", EXE)], {}, b"tool.jpg is a Windows program"),  # one bad: none kept
    ([shot("empty.png", b"")], {}, b"empty"),
    ([], {"text": "", "link": ""}, b"Describe what happened"),
    ([], {"happened_at": "2099-01-01T10:00"}, b"in the future"),
    ([], {"kind": "gossip"}, b"Select a valid choice"),
])
def test_bad_reports_are_refused_and_nothing_is_kept(world, as_user, settings, files, data, message):
    r = send(as_user("bob"), files, **data)
    assert r.status_code == 400 and message in r.content
    assert Report.objects.count() == 0 and Evidence.objects.count() == 0 and LogEntry.objects.count() == 0
    incoming = settings.EVIDENCE_ROOT / "incoming"
    assert not incoming.exists() or list(incoming.iterdir()) == []


def test_a_200_mb_screenshot_is_refused_by_the_upload_limit(world, as_user):
    r = as_user("bob").post("/s/brookfield/incidents/report/", {**report_data(), "files": [shot()]},
                            CONTENT_LENGTH=str(200 * 1024 * 1024))
    assert r.status_code == 413 and b"200 MB" in r.content and b"limit is 20 MB" in r.content
    assert Report.objects.count() == 0


def test_a_contact_the_pack_says_to_report_arrives_as_a_report(world, as_user):
    world.school.pack_id = "marshfields"
    world.school.save()
    world.school.bump()
    r = as_user("bob").post("/s/brookfield/contact/report/", {
        "relationship": "current_pupil", "age": "13", "kind": "message", "direction": "received", "note": "late at night"})
    assert r.status_code == 302
    rep = Report.objects.get()
    assert rep.contact_report == ContactReport.objects.get() and rep.kind == Kind.PUPIL_COMMUNICATION
    assert rep.reporter == world.bob and "late at night" in rep.text
    assert b"A message or request I received from a pupil" in as_user("erin").get("/s/brookfield/incidents/").content


def test_the_reporter_follows_the_status_and_sees_nothing_else(world, as_user, reported):
    reported.close_without_case(world.erin, "Reported to Facebook by the school; the post has gone.")
    page = as_user("bob").get("/s/brookfield/incidents/mine/").content
    assert b"no further action" in page
    assert b"the post has gone" in as_user("bob").get(f"/s/brookfield/incidents/reports/{reported.pk}/").content
    assert b"Cases</a>" not in page  # no navigation to cases for staff


# -- access ----------------------------------------------------------------------------------------------------------
def _urls(case, reported):
    e = reported.evidence.get()
    return {"inbox": ("get", "/s/brookfield/incidents/"),
            "case": ("get", f"/s/brookfield/incidents/cases/{case.pk}/"),
            "file": ("get", f"/s/brookfield/incidents/evidence/{e.pk}/"),
            "export": ("post", f"/s/brookfield/incidents/cases/{case.pk}/export/"),
            "action": ("post", f"/s/brookfield/incidents/cases/{case.pk}/action/"),
            "verify": ("get", "/s/brookfield/incidents/verify/"),
            "settings": ("get", "/s/brookfield/incidents/settings/"),
            "triage": ("post", f"/s/brookfield/incidents/reports/{reported.pk}/triage/")}


@pytest.mark.parametrize("what", ["inbox", "case", "export", "action", "verify", "settings", "triage"])
def test_only_the_dsl_and_headteacher_reach_cases(world, as_user, case, reported, what):
    method, url = _urls(case, reported)[what]
    data = {"purpose": "police", "kind": "police_report", "how": "no_action", "reason": "x"}
    got = {}
    for who in sorted(ROLES, key=lambda w: w in MANAGERS):  # refused roles first: nothing may have changed
        c = as_user(who)
        got[who] = (c.post(url, data) if method == "post" else c.get(url)).status_code
        if who not in MANAGERS:
            assert not case.actions.exists() and not LogEntry.objects.filter(action="case.exported").exists()
    allowed = {who: (code in (200, 302)) if who in MANAGERS else code for who, code in got.items()}
    assert allowed == {who: True if who in MANAGERS else 403 for who in ROLES}


@pytest.mark.parametrize("who,status", [("bob", 200), ("erin", 200), ("alice", 200), ("dave", 403),
                                        ("carol", 403), ("frank", 403), ("grace", 403), ("mallory", 403)])
def test_a_report_and_its_file_are_seen_by_the_reporter_and_the_dsl_only(world, as_user, reported, who, status):
    e = reported.evidence.get()
    assert as_user(who).get(f"/s/brookfield/incidents/reports/{reported.pk}/").status_code == status
    r = as_user(who).get(f"/s/brookfield/incidents/evidence/{e.pk}/")
    assert r.status_code == status
    if status == 200:
        assert b"".join(r.streaming_content) == PNG and r["Cache-Control"] == "no-store"


def test_mallory_cannot_reach_brookfield_through_her_own_school(world, as_user, case, reported):
    e = reported.evidence.get()
    c = as_user("mallory")
    assert c.get(f"/s/riverside/incidents/cases/{case.pk}/").status_code == 404
    assert c.get(f"/s/riverside/incidents/evidence/{e.pk}/").status_code == 404
    assert c.get(f"/s/riverside/incidents/reports/{reported.pk}/").status_code == 404
    assert b"Facebook post about Mr Baker" not in c.get("/s/riverside/incidents/").content


def test_a_named_deputy_sees_cases_and_cannot_name_deputies(world, as_user, case):
    assert as_user("carol").get(f"/s/brookfield/incidents/cases/{case.pk}/").status_code == 403
    r = as_user("erin").post("/s/brookfield/incidents/settings/", {"deputy": "1", "user": world.carol.pk})
    assert r.status_code == 302 and Deputy.objects.filter(user=world.carol).exists()
    assert as_user("carol").get(f"/s/brookfield/incidents/cases/{case.pk}/").status_code == 200
    assert b"Cases</a>" in as_user("carol").get("/s/brookfield/incidents/").content
    assert as_user("carol").get("/s/brookfield/incidents/settings/").status_code == 403


def test_files_are_not_under_any_public_url(world, as_user, reported, settings):
    e = reported.evidence.get()
    assert as_user("erin").get(f"/media/{e.stored_name}").status_code == 404
    assert as_user("erin").get(f"/static/{e.stored_name}").status_code == 404


def test_every_view_of_a_case_and_a_file_is_logged(world, as_user, case, reported):
    as_user("alice").get(f"/s/brookfield/incidents/cases/{case.pk}/")
    as_user("erin").get(f"/s/brookfield/incidents/evidence/{reported.evidence.get().pk}/")
    views = LogEntry.objects.filter(case=case, action__in=["case.viewed", "evidence.viewed"])
    assert list(views.values_list("action", "actor")) == [("case.viewed", "alice"), ("evidence.viewed", "erin")]


# -- cases: state changes with guards --------------------------------------------------------------------------------
def test_a_case_is_opened_worked_and_closed(world, as_user, case, reported):
    c = as_user("erin")
    reported.refresh_from_db()
    assert (reported.status, reported.case) == (ReportStatus.IN_CASE, case)
    assert case.reference.startswith("BRO-") and case.all_evidence().count() == 1
    hart = Pupil.objects.filter(school=world.school, last_name="Hart").first()
    r = c.post(f"/s/brookfield/incidents/cases/{case.pk}/change/", {
        "case_type": "staff_cyberbullying", "severity": "critical", "summary": "Facebook post about Mr Baker",
        "pupils": [hart.pk], "staff": [world.bob.pk], "external": "Parent who posted"})
    assert r.status_code == 302
    case.refresh_from_db()
    assert case.severity == "critical" and list(case.pupils.all()) == [hart] and list(case.staff.all()) == [world.bob]
    c.post(f"/s/brookfield/incidents/cases/{case.pk}/action/",
           {"kind": "removal_requested", "note": "Reported to Facebook as harassment"})
    c.post(f"/s/brookfield/incidents/cases/{case.pk}/evidence/", {"files": [shot("second.png", PNG + b"2")]})
    c.post(f"/s/brookfield/incidents/cases/{case.pk}/close/", {"outcome": "Post removed; parent met the head."})
    case.refresh_from_db()
    assert case.status == CaseStatus.CLOSED and case.all_evidence().count() == 2
    assert list(case.actions.values_list("kind", flat=True)) == ["removal_requested"]
    logged = list(case.log.values_list("action", flat=True))
    assert logged[:2] == ["case.created", "case.report_added"]
    assert {"case.changed", "case.action", "evidence.added", "case.closed"} <= set(logged)
    assert set(world.school.audit_entries.values_list("action", flat=True)) >= {
        "case.opened", "case.changed", "case.action", "case.evidence_added", "case.closed"}
    assert verify_school(world.school) == []


@pytest.mark.parametrize("step,message", [
    (lambda c, u, rep: Case.open_from_report(rep, u, "staff_cyberbullying", "low", "again"), "already"),
    (lambda c, u, rep: c.close(u, ""), "Write the outcome"),
    (lambda c, u, rep: (c.close(u, "done"), c.close(u, "done")), "already closed"),
    (lambda c, u, rep: (c.close(u, "done"), c.add_action(u, ActionKind.POLICE)), "closed"),
    (lambda c, u, rep: c.reopen(u, "new screenshots"), "open already"),
    (lambda c, u, rep: c.set_hold(u, True, ""), "Say why"),
    (lambda c, u, rep: c.set_hold(u, False), "not on legal hold"),
    (lambda c, u, rep: c.add_action(u, "smite"), "Choose what was done"),
    (lambda c, u, rep: rep.close_without_case(u, "nothing"), "already"),
])
def test_case_guards_refuse_and_say_why(world, case, reported, step, message):
    before = LogEntry.objects.filter(action__in=["case.closed"]).count()
    with pytest.raises(IncidentError, match=message):
        step(case, world.erin, reported)
    assert LogEntry.objects.filter(action="case.closed").count() <= before + 1


def test_a_refused_change_is_shown_in_plain_words(world, as_user, case):
    r = as_user("erin").post(f"/s/brookfield/incidents/cases/{case.pk}/close/", {"outcome": ""}, follow=True)
    assert b"Write the outcome before closing the case." in r.content
    case.refresh_from_db()
    assert case.status == CaseStatus.OPEN


def test_a_second_report_joins_an_open_case(world, as_user, case):
    send(as_user("dave"), [shot("again.png", PNG + b"again")])
    rep = Report.objects.get(reporter=world.dave)
    r = as_user("erin").post(f"/s/brookfield/incidents/reports/{rep.pk}/triage/", {"how": "attach", "case": case.pk})
    assert r.status_code == 302 and case.all_evidence().count() == 2


def test_the_dsl_opens_a_case_from_the_report_page(world, as_user, reported):
    r = as_user("erin").post(f"/s/brookfield/incidents/reports/{reported.pk}/triage/", {
        "how": "open", "case_type": "staff_cyberbullying", "severity": "high", "summary": "Post about Mr Baker"})
    case = Case.objects.get()
    assert r["Location"] == f"/s/brookfield/incidents/cases/{case.pk}/"


# -- evidence that holds up: tampering ----------------------------------------------------------------------------
def _entry(action):
    return LogEntry.objects.filter(action=action).order_by("seq").first()


def _chmod_write(path):
    os.chmod(path, 0o640)
    return path


TAMPER = [
    ("log row edited", lambda w, e: LogEntry.objects.filter(pk=_entry("case.created").pk).update(actor="mallory"),
     lambda w, e: f"log entry {_entry('case.created').seq}", "content was changed"),
    ("log detail edited", lambda w, e: LogEntry.objects.filter(pk=_entry("case.action").pk).update(
        detail={"action": "police_report", "note": "", "reference": "changed"}),
     lambda w, e: f"log entry {_entry('case.action').seq}", "content was changed"),
    ("log row removed", lambda w, e: LogEntry.objects.filter(action="case.created").delete(),
     lambda w, e: f"log entry {_entry('case.report_added').seq}", "numbering jumps"),
    ("log time moved", lambda w, e: LogEntry.objects.filter(pk=_entry("case.action").pk).update(
        at=timezone.now() - dt.timedelta(days=3)),
     lambda w, e: f"log entry {_entry('case.action').seq}", "content was changed"),
    ("file edited on disk", lambda w, e: _chmod_write(e.path).write_bytes(PNG + b"edited"),
     lambda w, e: f"file {e.label}", "was changed after it was received"),
    ("file removed from disk", lambda w, e: os.unlink(e.path),
     lambda w, e: f"file {e.label}", "is missing"),
    ("hash rewritten in the database", lambda w, e: Evidence.objects.filter(pk=e.pk).update(sha256="0" * 64),
     lambda w, e: e.label, "recorded hash differs from log entry"),
    ("evidence row removed", lambda w, e: Evidence.objects.filter(pk=e.pk).delete(),
     lambda w, e: f"evidence {e.pk} (screenshot.png)", "its record is gone"),
]


@pytest.mark.parametrize("name,tamper,where,what", TAMPER, ids=[t[0] for t in TAMPER])
def test_tampering_is_named_by_verification(world, as_user, case, reported, name, tamper, where, what):
    case.add_action(world.erin, ActionKind.POLICE, "Crime reference given", "CR/1234/26")
    e = reported.evidence.get()
    assert verify_school(world.school) == []
    where_text = where(world, e)  # worked out before the change (a removed row cannot be looked up after)
    tamper(world, e)
    problems = verify_school(world.school)
    assert any(p.where == where_text and what in p.what for p in problems), [str(p) for p in problems]
    # The command and the DSL's button say the same.
    with pytest.raises(CommandError, match="do not match"):
        call_command("verify_log", school="brookfield", stdout=io.StringIO())
    page = as_user("erin").post("/s/brookfield/incidents/verify/").content.decode()
    assert where_text in page and what in page


def test_verify_log_command_says_ok_and_names_bad_slugs(world, case):
    out = io.StringIO()
    call_command("verify_log", school="brookfield", stdout=out)
    assert "brookfield: OK" in out.getvalue() and "files checked" in out.getvalue()
    call_command("verify_log", stdout=out)
    assert "riverside: OK" in out.getvalue()
    with pytest.raises(CommandError, match="no school with the slug 'nowhere'"):
        call_command("verify_log", school="nowhere")


def test_the_dsl_button_says_all_correct(world, as_user, case):
    r = as_user("erin").post("/s/brookfield/incidents/verify/")
    assert b"All correct" in r.content and LogEntry.objects.filter(action="log.verified").exists()


def test_log_entries_and_evidence_refuse_changes_through_the_orm(world, case, reported):
    entry, e = LogEntry.objects.first(), reported.evidence.get()
    with pytest.raises(IncidentError):
        entry.save()
    with pytest.raises(IncidentError):
        entry.delete()
    with pytest.raises(IncidentError):
        e.save()
    with pytest.raises(IncidentError):
        e.delete()


# -- export ---------------------------------------------------------------------------------------------------------
def test_the_export_zip_matches_the_stored_files_and_the_pdf_names_the_case(world, as_user, case, reported, tmp_path):
    case.add_action(world.erin, ActionKind.POLICE, "Crime reference given", "CR/1234/26")
    r = as_user("erin").post(f"/s/brookfield/incidents/cases/{case.pk}/export/", {"purpose": "police"})
    assert r.status_code == 200 and r["Content-Type"] == "application/zip"
    z = zipfile.ZipFile(io.BytesIO(r.content))
    manifest = dict(reversed(line.split("  ", 1)) for line in z.read("manifest-sha256.txt").decode().splitlines())
    assert set(manifest) == set(z.namelist()) - {"manifest-sha256.txt", "README.txt"}
    for name, sha in manifest.items():
        assert hashlib.sha256(z.read(name)).hexdigest() == sha, name
    e = reported.evidence.get()
    assert manifest["evidence/001-screenshot.png"] == e.sha256 == hashlib.sha256(e.path.read_bytes()).hexdigest()
    assert r["X-Manifest-SHA256"] == hashlib.sha256(z.read("manifest-sha256.txt")).hexdigest()
    pdf = tmp_path / "summary.pdf"
    pdf.write_bytes(z.read("summary.pdf"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert case.reference in text and "Reported to the police" in text and "CR/1234/26" in text
    exported = LogEntry.objects.get(action="case.exported")
    assert exported.actor == "erin" and exported.detail["manifest_sha256"] == r["X-Manifest-SHA256"]
    assert verify_school(world.school) == []


def test_an_export_is_refused_when_a_file_was_changed(world, as_user, case, reported):
    e = reported.evidence.get()
    _chmod_write(e.path).write_bytes(b"\x89PNG\r\n\x1a\nforged")
    r = as_user("erin").post(f"/s/brookfield/incidents/cases/{case.pk}/export/", {"purpose": "police"}, follow=True)
    assert b"The bundle was not made" in r.content and e.label.encode() in r.content
    assert not LogEntry.objects.filter(action="case.exported").exists()


# -- retention ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("years_ago,rule,hold,flagged", [
    (7, None, False, True),       # past the default six years
    (5, None, False, False),
    (7, 10, False, False),        # the school keeps this type for ten years
    (2, 1, False, True),
    (7, None, True, False),       # legal hold keeps it
])
def test_cases_past_retention_are_flagged_not_deleted(world, as_user, case, years_ago, rule, hold, flagged):
    case.close(world.erin, "Resolved.")
    if hold:
        case.set_hold(world.erin, True, "Employment tribunal pending")
    if rule:
        RetentionRule.objects.create(school=world.school, case_type=case.case_type, years=rule)
    Case.objects.filter(pk=case.pk).update(closed_at=timezone.now() - dt.timedelta(days=365 * years_ago + 5))
    case.refresh_from_db()
    assert case.needs_review is flagged
    page = as_user("erin").get("/s/brookfield/incidents/").content
    assert (b"Due for retention review" in page) is flagged
    assert Case.objects.filter(pk=case.pk).exists()


def test_the_school_sets_retention_periods(world, as_user):
    data = {"retention": "1", **{k: "8" for k in Kind.values}}
    assert as_user("bob").post("/s/brookfield/incidents/settings/", data).status_code == 403
    assert as_user("erin").post("/s/brookfield/incidents/settings/", data).status_code == 302
    assert RetentionRule.objects.filter(school=world.school, years=8).count() == len(Kind.values)
    bad = as_user("erin").post("/s/brookfield/incidents/settings/", {**data, "safeguarding": "0"})
    assert bad.status_code == 400


@pytest.mark.django_db(transaction=True)
def test_the_case_row_is_locked_while_the_manifest_is_built(monkeypatch, settings, tmp_path):
    """Evidence added during an export waits for it, so the manifest never lists half an addition."""
    import threading

    from django.db import DatabaseError, connection, connections, transaction

    from safepost_web.core import pdf
    from safepost_web.incidents import service

    from .conftest import make_world

    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL (SQLite locks the whole database instead)")
    w = make_world()
    rep, _ = Report.submit(w.school, w.bob, kind=Kind.STAFF_BULLYING, text="post about Mr Baker")
    case = Case.open_from_report(rep, w.erin, Kind.STAFF_BULLYING, "high", "Facebook post")
    seen = []

    def another_request_adds_evidence():
        try:
            with transaction.atomic():
                Case.objects.select_for_update(nowait=True).get(pk=case.pk)
            seen.append("got the case row")
        except DatabaseError:
            seen.append("had to wait")
        finally:
            connections.close_all()

    def render_while_another_request_comes(template, context):
        t = threading.Thread(target=another_request_adds_evidence)
        t.start()
        t.join()
        return b"%PDF-1.4 test"

    monkeypatch.setattr(pdf, "render_pdf", render_while_another_request_comes)
    service.build_bundle(case, w.erin, "police")
    assert seen == ["had to wait"]
    another_request_adds_evidence()  # and once the export is done, the row is free again
    assert seen == ["had to wait", "got the case row"]
