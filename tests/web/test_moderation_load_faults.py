"""Moderation intake when things go wrong: the database away (503, retried, nothing lost), tasks delivered twice or
a worker killed half-way (nothing done twice), work stranded by a dead worker or a lost message (the sweep takes
it), and the batch path the worker uses with a broker (drain, kick). Behaviour only: the timings are in
bench/bench_moderation.py."""
from __future__ import annotations

import pytest
from django.db import InterfaceError, OperationalError

from safepost_web.audit.models import AuditEntry
from safepost_web.moderation import tasks, views
from safepost_web.moderation.models import Comment, EventStatus, PageSettings, State, WebhookEvent

from .test_moderation import ABUSE, CLEAN, THREAT, deliver, fb, mworld  # noqa: F401  (the moderation world)


@pytest.fixture
def w(mworld):
    """test_moderation's world with the page hiding block and escalate verdicts at once."""
    PageSettings.objects.filter(pk=mworld.page.pk).update(auto_hide=True)
    mworld.page.auto_hide = True
    return mworld


def stored(w, *bodies) -> list[WebhookEvent]:
    """Events as the webhook stores them when a broker is set (processing waits for the worker)."""
    return [WebhookEvent.objects.create(school=w.school, platform="facebook", body=b) for b in bodies]


class FakeRedis:
    """The two Redis calls the kick makes."""

    def __init__(self, fail: bool = False):
        self.keys, self.fail = {}, fail

    def set(self, key, value, nx=False, ex=None):
        if self.fail:
            raise ConnectionError("Redis is not answering")
        if nx and key in self.keys:
            return None
        self.keys[key] = value
        return True

    def delete(self, key):
        self.keys.pop(key, None)


@pytest.fixture
def broker(monkeypatch):
    """As with a Redis broker: the webhook kicks a drain instead of processing in the request."""
    from safepost_web.celery import app

    queued = []
    redis = FakeRedis()
    monkeypatch.setattr(tasks, "_redis", lambda: redis)
    monkeypatch.setattr(tasks.drain, "delay", lambda *a, **k: queued.append("drain"))
    eager, app.conf.task_always_eager = app.conf.task_always_eager, False
    yield type("Broker", (), {"queued": queued, "redis": redis})
    app.conf.task_always_eager = eager


# -- the database away -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("where", ["_page_for_webhook", "_store_event"])
@pytest.mark.parametrize("error", [OperationalError("connection refused"), InterfaceError("connection already closed")])
def test_database_down_answers_503_and_the_retry_is_stored(w, client, monkeypatch, caplog, where, error):
    body = fb([{"id": "c1", "text": ABUSE}])

    def down(*a, **k):
        raise error

    monkeypatch.setattr(views, where, down)
    r = deliver(client, body)
    assert r.status_code == 503 and r["Retry-After"].isdigit()
    assert b"Traceback" not in r.content and b"again later" in r.content
    assert not WebhookEvent.objects.exists()  # nothing half-stored
    assert "answered 503" in caplog.text
    monkeypatch.undo()
    # The platform delivers it again once the database is back: stored, processed, nothing lost.
    assert deliver(client, body).status_code == 200
    ev = WebhookEvent.objects.get()
    assert bytes(ev.body) == body and ev.status == EventStatus.PROCESSED
    assert Comment.objects.get().state == State.HIDDEN


def test_outage_after_the_insert_means_a_redelivery_but_one_comment(w, client, monkeypatch):
    """The INSERT committed but the answer failed (the database went away just after): the platform delivers it
    again, the event is kept twice as it came, and the comment is still one."""
    body = fb([{"id": "c1", "text": CLEAN}])
    real = views._store_event

    def store_then_fail(**kw):
        real(**kw)
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(views, "_store_event", store_then_fail)
    assert deliver(client, body).status_code == 503
    monkeypatch.undo()
    assert deliver(client, body).status_code == 200
    tasks.drain_all()  # the first copy waited (stored) for the sweep
    assert WebhookEvent.objects.count() == 2
    assert set(WebhookEvent.objects.values_list("status", flat=True)) == {EventStatus.PROCESSED}
    assert Comment.objects.get().state == State.CLEAN


def test_drain_waits_for_the_database_and_tries_again(w, monkeypatch):
    stored(w, fb([{"id": "c1"}]))
    real, calls = tasks.drain_all, []

    def flaky(*a, **k):
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("the database system is shutting down")
        return real(*a, **k)

    monkeypatch.setattr(tasks, "drain_all", flaky)
    tasks.drain.apply()  # eager: the retry runs at once
    assert len(calls) == 2
    assert Comment.objects.get().state == State.CLEAN


# -- nothing twice -----------------------------------------------------------------------------------------------
def test_redelivered_tasks_do_nothing_twice(w):
    body = fb([{"id": "c1", "text": THREAT}, {"id": "c2", "text": ABUSE}, {"id": "c3", "text": CLEAN}])
    stored(w, body, body)  # the same delivery twice, in one batch
    assert tasks.drain_all() == (2, 3)
    assert tasks.drain_all() == (0, 0)  # the drain delivered again: nothing left to do
    ev = WebhookEvent.objects.first()
    assert tasks.process_event.apply(args=[ev.pk]).get() == "nothing to do"
    for c in Comment.objects.all():
        assert tasks.classify_comment.apply(args=[c.pk]).get() == "nothing to do"
    states = dict(Comment.objects.values_list("comment_id", "state"))
    assert states == {"c1": State.ESCALATED, "c2": State.HIDDEN, "c3": State.CLEAN}
    from safepost_web.incidents.models import Report

    assert Report.objects.count() == 1
    assert AuditEntry.objects.filter(action="moderation.escalated").count() == 1
    assert AuditEntry.objects.filter(action="moderation.hidden").count() == 2
    assert w.fake.hidden == {"c1", "c2"}


def test_a_batch_killed_half_way_leaves_nothing_half_done(w, monkeypatch):
    """A worker killed while saving a batch: its transaction rolls back, so the next drain checks each comment
    once and escalates once."""
    stored(w, fb([{"id": f"c{i}", "text": THREAT if i == 0 else CLEAN} for i in range(5)]))
    assert tasks.ingest_batch() == 1
    real = tasks._act

    def killed(c, pages=None):
        real(c, pages)  # the escalation is made inside the batch's transaction...
        raise SystemExit("SIGKILL")  # ...and the worker dies before it commits

    monkeypatch.setattr(tasks, "_act", killed)
    with pytest.raises(SystemExit):
        tasks.classify_batch()
    assert set(Comment.objects.values_list("state", flat=True)) == {State.NEW}
    assert not AuditEntry.objects.filter(action="moderation.escalated").exists()
    monkeypatch.undo()
    assert tasks.drain_all() == (0, 5)
    assert Comment.objects.get(comment_id="c0").state == State.ESCALATED
    assert AuditEntry.objects.filter(action="moderation.escalated").count() == 1
    assert Comment.objects.filter(checked_at__isnull=True).count() == 0


@pytest.mark.parametrize("second,text,removed", [
    ({"verb": "edited", "text": ABUSE}, ABUSE, False),  # edited before it was checked: the edit is checked
    ({"verb": "remove"}, CLEAN, True),
    ({}, CLEAN, False),  # a plain duplicate changes nothing
])
def test_two_deliveries_of_one_comment_in_one_batch(w, second, text, removed):
    stored(w, fb([{"id": "c1", "text": CLEAN}]), fb([{"id": "c1", **second}]))
    tasks.drain_all()
    c = Comment.objects.get()
    assert (c.text, c.removed_on_platform) == (text, removed) and c.checked_at is not None


def test_display_name_change_in_a_batch_is_one_author(w):
    stored(w, fb([{"id": "c1", "author": "u7", "name": "Gary Hollis"}]),
           fb([{"id": "c2", "author": "u7", "name": "G Hollis"}]))
    tasks.drain_all()
    c1, c2 = Comment.objects.order_by("comment_id")
    assert c1.author_id == c2.author_id and c1.author.name == "G Hollis"
    assert (c1.author_name, c2.author_name) == ("Gary Hollis", "G Hollis")


def test_unreadable_event_in_a_batch_is_refused_alone(w):
    good, bad = stored(w, fb([{"id": "c1"}]), b"{not json")
    assert tasks.drain_all() == (2, 1)
    good.refresh_from_db()
    bad.refresh_from_db()
    assert good.status == EventStatus.PROCESSED and bad.status == EventStatus.REFUSED and bad.error


def test_check_that_keeps_failing_in_a_drain_marks_the_event_for_a_rerun(w, monkeypatch, as_user):
    from safepost_web.checks import service

    calls = []

    def broken(*a, **k):
        calls.append(1)
        raise RuntimeError("pack unreadable")

    monkeypatch.setattr(service, "run_check", broken)
    monkeypatch.setattr(tasks, "_FAILS", {})
    (ev,) = stored(w, fb([{"id": "c1", "text": ABUSE}]))
    for _ in range(tasks.MAX_RETRIES + 1):  # each drain (or sweep) tries it once more
        tasks.drain_all()
    ev.refresh_from_db()
    assert ev.status == EventStatus.FAILED and "pack unreadable" in ev.error
    assert len(calls) == tasks.MAX_RETRIES + 1 and Comment.objects.get().state == State.NEW
    assert tasks.drain_all() == (0, 0)  # waits for a person to re-run it, no busy loop
    monkeypatch.undo()
    assert as_user("alice").post(f"/s/brookfield/moderation/events/{ev.pk}/rerun/").status_code == 302
    assert Comment.objects.get().state == State.HIDDEN


@pytest.fixture
def as_user(w):
    from django.test import Client

    def _as(name):
        c = Client()
        c.force_login(w.users[name])
        return c

    return _as


# -- with a broker: the kick ---------------------------------------------------------------------------------------
def test_a_burst_of_deliveries_queues_one_drain(w, client, broker):
    for i in range(5):
        assert deliver(client, fb([{"id": f"c{i}"}])).status_code == 200
    assert broker.queued == ["drain"]  # one message for the burst, not five
    assert WebhookEvent.objects.filter(status=EventStatus.STORED).count() == 5  # answered before processing
    tasks._unkick()  # the drain starts: the next delivery queues the next drain
    assert tasks.drain_all() == (5, 5)
    deliver(client, fb([{"id": "c9"}]))
    assert broker.queued == ["drain", "drain"]


def test_broker_down_still_stores_and_the_sweep_processes(w, client, broker, caplog):
    broker.redis.fail = True
    assert deliver(client, fb([{"id": "c1", "text": ABUSE}])).status_code == 200
    assert WebhookEvent.objects.get().status == EventStatus.STORED
    assert "waits for the next sweep" in caplog.text
    assert tasks.sweep_stored() == "1 events, 1 comments"
    assert Comment.objects.get().state == State.HIDDEN


# -- the sweep and the schedule ------------------------------------------------------------------------------------
def test_sweep_picks_up_stranded_events_and_comments(w):
    # A lost message: an event still stored. A killed worker: a comment made but never checked.
    stored(w, fb([{"id": "c1", "text": ABUSE}]))
    (ev,) = stored(w, fb([{"id": "c2", "text": CLEAN}]))
    tasks.ingest(ev)
    WebhookEvent.objects.filter(pk=ev.pk).update(status=EventStatus.PROCESSED)
    assert Comment.objects.get(comment_id="c2").state == State.NEW
    assert tasks.waiting() == (1, 1)
    assert tasks.sweep_stored() == "1 events, 2 comments"
    assert dict(Comment.objects.values_list("comment_id", "state")) == {"c1": State.HIDDEN, "c2": State.CLEAN}
    assert tasks.sweep_stored() == "nothing waiting"


def test_beat_schedule_runs_the_sweep_and_tasks_are_acknowledged_late():
    from safepost_web.celery import app

    entries = [e for e in app.conf.beat_schedule.values() if e["task"] == "safepost_web.moderation.tasks.sweep_stored"]
    assert len(entries) == 1 and 0 < float(entries[0]["schedule"]) <= 600
    assert "safepost_web.moderation.tasks.sweep_stored" in app.tasks
    assert app.conf.task_acks_late and app.conf.task_reject_on_worker_lost
    assert app.conf.worker_prefetch_multiplier == 1
    assert app.conf.broker_transport_options["visibility_timeout"] > tasks.DRAIN_SECONDS


def test_worker_start_warms_the_checker_and_drains(w, broker):
    stored(w, fb([{"id": "c1"}]))
    tasks.on_worker_start()
    assert broker.queued == ["drain"]  # whatever a killed worker left is taken at once
