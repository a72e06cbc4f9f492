"""Background work: turning stored events into comments, and checking each comment.

Two ways through, one set of rules:
- `drain` (with a broker, e.g. Redis): one task empties the backlog in batches. Stored events are locked with
  SKIP LOCKED and their comments created with a few bulk queries; waiting comments are checked and saved in bulk.
  The webhook view only stores the event and makes sure one drain is queued (`kick`), so a burst of deliveries
  costs one message, not thousands.
- `process_event` and `classify_comment` (one item each): the embedded default runs them eagerly in the request
  (no Redis needed); the re-run button and "check again" use them too.

Each state change (event stored -> processed, comment new -> checked, and the automatic hide or escalation that
follows) is made under a row lock in the same transaction as the work, so a task delivered twice, or a worker
killed half-way, does nothing twice: the killed transaction rolls back and the next drain does it once.
`sweep_stored`, on the beat schedule, drains whatever a dead worker, a lost message or a broker outage left.
"""
from __future__ import annotations

import logging
import time
from collections import defaultdict

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError, connection, transaction
from django.db.models import F
from django.utils import timezone

from safepost.normalize import is_probably_english
from safepost_web.moderation import intake
from safepost_web.moderation.authors import guess_fields
from safepost_web.moderation.models import (
    Author, Comment, EventStatus, ModerationError, PageSettings, State, WebhookEvent, severity_rank)

log = logging.getLogger("safepost.moderation")
MAX_RETRIES = 3
BATCH = 200  # events per transaction in a drain
CHECK_BATCH = 50  # comments per transaction: a comment's check is saved when its batch is (~0.1 s of checking)
DRAIN_SECONDS = 50  # a drain hands over to a fresh one after this long (well inside the broker's visibility timeout)
KICK_KEY = "safepost:moderation:drain-queued"
KICK_TTL = 10  # seconds: if a queued drain is lost, the next delivery after this long queues another
GATHER_SECONDS = 0.2  # a drain waits this long before it starts, so deliveries arriving together share batches
CHECKED_FIELDS = ["verdict", "findings", "severity", "severity_rank", "note", "checked_at", "state"]
DB_DOWN = (OperationalError, InterfaceError)  # the database is away: wait and try again, never give up on the work


def _backoff(retries: int) -> int:
    return min(30 * 2 ** retries, 600)


# -- from stored events to comments ----------------------------------------------------------------------------------
def _items(ev: WebhookEvent) -> list[intake.Incoming]:
    if ev.source == "import":
        return intake.comments_from_import(bytes(ev.body), (ev.headers or {}).get("filename", "import.csv"))
    return intake.comments_from_meta(ev.platform, intake.parse_json(bytes(ev.body)))


def ingest_events(events: list[WebhookEvent]) -> tuple[dict[int, list[int]], dict[int, str]]:
    """Create (or find) the comments of stored events with a few bulk queries, in the caller's transaction.

    Returns ({event id: ids of its comments still to be checked}, {event id: why it cannot be read}). The same
    comment delivered twice (in two batches or in one) is one record; 'edited' and 'remove' deliveries update it."""
    parsed, bad = [], {}
    for ev in events:
        try:
            parsed.append((ev, _items(ev)))
        except intake.BadPayload as e:
            bad[ev.pk] = str(e)
    todo: dict[int, list[int]] = {ev.pk: [] for ev, _ in parsed}
    groups: dict[tuple, list] = defaultdict(list)  # (school id, platform) -> [(event, item)] in arrival order
    for ev, items in parsed:
        for it in items:
            groups[(ev.school_id, ev.platform)].append((ev, it))
    for (school_id, platform), pairs in groups.items():
        for ev_pk, comment_pk in _ingest_group(school_id, platform, pairs):
            todo[ev_pk].append(comment_pk)
    return todo, bad


def _authors(school_id: int, platform: str, names: dict[str, str]) -> dict[str, Author]:
    """The authors with these platform ids, created when new; the latest display name seen is kept."""
    if not names:
        return {}
    q = Author.objects.filter(school_id=school_id, platform=platform, platform_id__in=list(names))
    found = {a.platform_id: a for a in q}
    missing = [Author(school_id=school_id, platform=platform, platform_id=aid, name=name)
               for aid, name in sorted(names.items()) if aid not in found]  # one order: two drains never deadlock
    if missing:
        Author.objects.bulk_create(missing, ignore_conflicts=True)  # another drain may create one at the same time
        found = {a.platform_id: a for a in q.all()}
    for aid, name in names.items():
        a = found.get(aid)
        if a is not None and name and a.name != name:  # same id, new display name: the same author
            Author.objects.filter(pk=a.pk).update(name=name)
            a.name = name
    return found


def _ingest_group(school_id: int, platform: str, pairs: list) -> list[tuple[int, int]]:
    ps = PageSettings.objects.filter(school_id=school_id, platform=platform).first()
    default_kind = ps.default_author if ps else "public"
    names: dict[str, str] = {}
    for _, it in pairs:
        if it.author_id:
            names.setdefault(it.author_id[:200], "")
            if it.author_name:
                names[it.author_id[:200]] = it.author_name[:200]
    authors = _authors(school_id, platform, names)
    cids = list(dict.fromkeys(it.comment_id[:200] for _, it in pairs))
    have = {c.comment_id: c for c in Comment.objects.filter(school_id=school_id, platform=platform, comment_id__in=cids)
            .only("pk", "comment_id", "state", "text", "removed_on_platform")}
    new: dict[str, Comment] = {}
    for ev, it in pairs:
        cid = it.comment_id[:200]
        if cid in have:
            _update_existing(have[cid], ev, it)
        elif cid in new:  # twice in this batch: the first delivery makes it, later ones update it
            c = new[cid]
            if it.verb == "remove":
                c.removed_on_platform = True
            elif it.verb == "edited":
                c.text, c.event = it.text, ev  # not checked yet: the check reads the edited text
        else:
            author = authors.get(it.author_id[:200]) if it.author_id else None
            new[cid] = Comment(school_id=school_id, platform=platform, comment_id=cid, page_id=it.page_id[:200],
                               post_id=it.post_id[:200], author=author, author_name=it.author_name[:200],
                               text=it.text, link=it.link, posted_at=it.posted_at, event=ev,
                               removed_on_platform=it.verb == "remove", **guess_fields(author, it.text, default_kind))
    if new:
        Comment.objects.bulk_create([new[k] for k in sorted(new)], ignore_conflicts=True)
    waiting = dict(Comment.objects.filter(school_id=school_id, platform=platform, comment_id__in=cids,
                                          state=State.NEW).values_list("comment_id", "pk"))
    out, seen = [], set()
    for ev, it in pairs:
        key = (ev.pk, it.comment_id[:200])
        if key[1] in waiting and key not in seen:
            seen.add(key)
            out.append((ev.pk, waiting[key[1]]))
    return out


def _update_existing(c: Comment, ev: WebhookEvent, it: intake.Incoming) -> None:
    """A delivery about a comment we have: a duplicate changes nothing; a removal or an edit is recorded."""
    if it.verb == "remove" and not c.removed_on_platform:
        Comment.objects.filter(pk=c.pk).update(removed_on_platform=True)
        c.removed_on_platform = True
    elif it.verb == "edited" and it.text != c.text:
        if Comment.objects.filter(pk=c.pk, state=State.NEW).update(text=it.text, event=ev):
            pass  # not checked yet: the check reads the edited text
        elif Comment.objects.filter(pk=c.pk, state__in=(State.CLEAN, State.KEPT, State.PENDING)).update(
                text=it.text, state=State.NEW, event=ev, note="Edited after it was checked: checked again."):
            c.state = State.NEW
        c.text = it.text


def ingest(ev: WebhookEvent) -> list[int]:
    """Create (or find) the comments of one stored event; the ids of the comments that still need checking."""
    todo, bad = ingest_events([ev])
    if ev.pk in bad:
        raise intake.BadPayload(bad[ev.pk])
    return todo.get(ev.pk, [])


def ingest_batch(limit: int = BATCH) -> int:
    """Turn up to `limit` stored events (oldest first, none another worker holds) into comments, in one
    transaction; how many events were taken."""
    with transaction.atomic():
        evs = list(WebhookEvent.objects.select_for_update(skip_locked=True).filter(status=EventStatus.STORED)
                   .order_by("id")[:limit])
        if not evs:
            return 0
        try:
            with transaction.atomic():
                _todo, bad = ingest_events(evs)
        except DB_DOWN:
            raise
        except Exception:  # something in one event the batch cannot take: one at a time, so only that one fails
            log.exception("moderation: a batch of %d events failed; taking them one at a time", len(evs))
            _ingest_one_by_one(evs)
            return len(evs)
        done = [ev.pk for ev in evs if ev.pk not in bad]
        WebhookEvent.objects.filter(pk__in=done).update(status=EventStatus.PROCESSED, processed_at=timezone.now(),
                                                        error="", attempts=F("attempts") + 1)
        for pk, why in bad.items():
            WebhookEvent.objects.filter(pk=pk).update(status=EventStatus.REFUSED, error=why,
                                                      attempts=F("attempts") + 1)
            log.warning("moderation: event %s refused: %s", pk, why)
    return len(evs)


def _ingest_one_by_one(evs: list[WebhookEvent]) -> None:
    for ev in evs:
        try:
            with transaction.atomic():
                ingest(ev)
                WebhookEvent.objects.filter(pk=ev.pk).update(status=EventStatus.PROCESSED, error="",
                                                             processed_at=timezone.now(), attempts=F("attempts") + 1)
        except DB_DOWN:
            raise
        except intake.BadPayload as e:
            WebhookEvent.objects.filter(pk=ev.pk).update(status=EventStatus.REFUSED, error=str(e))
        except Exception as e:  # visible on the events page with a re-run button; never dropped silently
            WebhookEvent.objects.filter(pk=ev.pk).update(status=EventStatus.FAILED, attempts=F("attempts") + 1,
                                                         error=f"{type(e).__name__}: {e}"[:2000])
            log.error("moderation: event %s failed: %s", ev.pk, e)


@shared_task(bind=True, max_retries=MAX_RETRIES, acks_late=True)
def process_event(self, event_id: int) -> str:
    """Read one stored event into comments, then check each comment."""
    ev = WebhookEvent.objects.select_related("school").filter(pk=event_id).first()
    if ev is None or ev.status != EventStatus.STORED:
        return "nothing to do"  # processed, refused, ignored or waiting for a re-run already
    WebhookEvent.objects.filter(pk=ev.pk).update(attempts=F("attempts") + 1)
    try:
        with transaction.atomic():
            locked = WebhookEvent.objects.select_for_update().get(pk=ev.pk)
            if locked.status != EventStatus.STORED:
                return "nothing to do"
            todo = ingest(ev)
            WebhookEvent.objects.filter(pk=ev.pk).update(status=EventStatus.PROCESSED, processed_at=timezone.now(),
                                                         error="")
    except intake.BadPayload as e:
        WebhookEvent.objects.filter(pk=ev.pk).update(status=EventStatus.REFUSED, error=str(e))
        log.warning("moderation: event %s refused: %s", ev.pk, e)
        return "refused"
    except Exception as e:  # anything else may be passing (database busy): retry, then record it
        if self.request.retries < self.max_retries:
            raise self.retry(exc=e, countdown=_backoff(self.request.retries))
        ev.mark_failed(f"{type(e).__name__}: {e}")
        log.error("moderation: event %s failed after %s tries: %s", ev.pk, self.request.retries + 1, e)
        return "failed"
    for pk in todo:
        classify_comment.delay(pk)
    return "processed"


# -- checking comments -----------------------------------------------------------------------------------------------
def needs_person(text: str) -> str:
    """Why a person must read this comment whatever the check says ('' when the check can decide)."""
    if not text.strip():
        return "No text (a sticker, photo or GIF): look at it on the platform."
    if not any(ch.isalnum() for ch in text):
        return "Only emoji or symbols: the check cannot read their meaning, so a person must."
    if not is_probably_english(text):
        return "Probably not in English: the check reads English only, so a person must read it (use a translator)."
    return ""


def _check(c: Comment, run_check, now) -> None:
    """Set the comment's verdict, findings, severity, note, checked_at and state from the policy check (not saved)."""
    result = run_check(c.school, c.text, account="official", channel=c.platform, author=c.author_kind)
    c.verdict = result.verdict
    c.findings = [f.to_dict() for f in result.findings]
    sev = max((f.severity for f in result.findings), key=severity_rank, default="")
    c.severity, c.severity_rank = sev, severity_rank(sev)
    person = needs_person(c.text)
    c.note = "; ".join(x for x in (c.note, person) if x)
    c.checked_at = now
    c.state = State.CLEAN if (result.verdict == "allow" and not person) else State.PENDING


def _act(c: Comment, pages: dict | None = None) -> None:
    """The automatic hide or escalation, in a savepoint of the checking transaction (so it happens exactly when the
    check is saved); one that fails leaves the comment queued with a note instead of losing the check."""
    if c.verdict not in ("block", "escalate"):
        return
    try:
        with transaction.atomic():
            act_on_verdict(c, pages)
    except DB_DOWN:
        raise
    except Exception as e:
        log.exception("moderation: automatic action on %s failed", c.label)
        Comment.objects.filter(pk=c.pk).update(
            note=(c.note + "; " if c.note else "") + f"Automatic action failed ({type(e).__name__}): act on it by hand.")


@shared_task(bind=True, max_retries=MAX_RETRIES, acks_late=True)
def classify_comment(self, comment_id: int) -> str:
    """Check one comment with the school's checker in the page's context; hide or escalate as the school chose."""
    from safepost_web.checks.service import run_check

    c = Comment.objects.select_related("school", "event").filter(pk=comment_id).first()
    if c is None or c.state != State.NEW:
        return "nothing to do"
    try:
        with transaction.atomic():
            c = Comment.objects.select_for_update(of=("self",)).select_related("school", "event").get(pk=comment_id)
            if c.state != State.NEW:
                return "nothing to do"
            _check(c, run_check, timezone.now())
            c.save()
            _act(c)
    except Exception as e:
        if self.request.retries < self.max_retries:
            raise self.retry(exc=e, countdown=_backoff(self.request.retries))
        if c.event_id:
            c.event.mark_failed(f"checking comment {c.comment_id} failed: {type(e).__name__}: {e}")
        log.error("moderation: comment %s could not be checked: %s", c.pk, e)
        return "failed"
    c.refresh_from_db(fields=["state"])
    return c.state


_FAILS: dict[int, int] = {}  # comment id -> checks that raised in this process (a drain retries, then gives up)
_GAVE_UP: set[int] = set()  # comments with no event to mark failed: not taken again by this process


def classify_batch(limit: int = CHECK_BATCH) -> int:
    """Check up to `limit` waiting comments (oldest first, none another worker holds) and save them in one
    transaction, with the automatic actions; how many comments were taken."""
    from safepost_web.checks.service import run_check

    failed = []
    with transaction.atomic():
        qs = (Comment.objects.select_for_update(skip_locked=True, of=("self",)).select_related("school")
              .filter(state=State.NEW).exclude(event__status=EventStatus.FAILED).order_by("id"))
        if _GAVE_UP:
            qs = qs.exclude(pk__in=_GAVE_UP)
        batch = list(qs[:limit])
        if not batch:
            return 0
        now, done = timezone.now(), []
        for c in batch:
            try:
                _check(c, run_check, now)
            except DB_DOWN:
                raise
            except Exception as e:  # this comment only; the rest of the batch is saved
                failed.append((c, e))
                continue
            done.append(c)
        if done:
            _save_checked(done)
            pages: dict = {}
            for c in done:
                _act(c, pages)
        ids = [c.pk for c in done]
        transaction.on_commit(lambda: log.info("moderation: checked %d comments: %s", len(ids), _ranges(ids)))
    for c, e in failed:
        _check_failed(c, e)
    return len(batch)


def _save_checked(done: list[Comment]) -> None:
    """One UPDATE per comment in a single executemany (pipelined): the check's fields only. (bulk_update's
    CASE WHEN per field costs far more CPU to build than the check itself.)"""
    m = Comment._meta
    fields = [m.get_field(n) for n in CHECKED_FIELDS]
    qn = connection.ops.quote_name
    sql = (f"UPDATE {qn(m.db_table)} SET {', '.join(f'{qn(f.column)} = %s' for f in fields)} "
           f"WHERE {qn(m.pk.column)} = %s")
    rows = [[f.get_db_prep_save(getattr(c, f.attname), connection) for f in fields] + [c.pk] for c in done]
    with connection.cursor() as cur:
        cur.executemany(sql, rows)


def _check_failed(c: Comment, e: Exception) -> None:
    n = _FAILS[c.pk] = _FAILS.get(c.pk, 0) + 1
    if n <= MAX_RETRIES:
        log.warning("moderation: checking comment %s failed (%s: %s); trying again", c.pk, type(e).__name__, e)
        return
    _FAILS.pop(c.pk, None)
    if c.event_id:  # shown on the events page with a re-run button; its comments wait until then
        WebhookEvent.objects.filter(pk=c.event_id).update(
            status=EventStatus.FAILED, error=f"checking comment {c.comment_id} failed: {type(e).__name__}: {e}"[:2000])
    else:
        _GAVE_UP.add(c.pk)
    log.error("moderation: comment %s could not be checked after %s tries: %s", c.pk, n, e)


def _ranges(ids: list[int]) -> str:
    """1,2,3,7,8 -> '1-3,7-8': the log line for a batch stays short."""
    out, ids = [], sorted(ids)
    i = 0
    while i < len(ids):
        j = i
        while j + 1 < len(ids) and ids[j + 1] == ids[j] + 1:
            j += 1
        out.append(str(ids[i]) if i == j else f"{ids[i]}-{ids[j]}")
        i = j + 1
    return ",".join(out)


def act_on_verdict(c: Comment, pages: dict | None = None) -> None:
    """Escalate an escalate verdict at once; hide block/escalate verdicts when the school turned that on."""
    key = (c.school_id, c.platform)
    if pages is not None and key in pages:
        ps = pages[key]
    else:
        ps = PageSettings.objects.filter(school_id=c.school_id, platform=c.platform).first()
        if pages is not None:
            pages[key] = ps
    try:
        if c.verdict == "escalate":
            c.escalate(None, "The policy check says this must go to the DSL.", automatic=True)
        if c.verdict in ("block", "escalate") and ps and ps.auto_hide and not c.removed_on_platform:
            c.hide(None, "The policy check says block or escalate.", automatic=True)
    except ModerationError as e:  # e.g. the page token expired: the comment waits for a person instead
        Comment.objects.filter(pk=c.pk).update(note=(c.note + "; " if c.note else "") + f"Automatic action failed: {e}")


# -- the drain, its kick and the sweep -------------------------------------------------------------------------------
_REDIS = None


def _redis():
    """A client for the Redis broker (the kick's flag lives there), or None for another broker."""
    global _REDIS
    url = settings.CELERY_BROKER_URL or ""
    if not url.startswith(("redis://", "rediss://", "unix://")):
        return None
    if _REDIS is None:
        import redis

        _REDIS = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)
    return _REDIS


def _eager() -> bool:
    return bool(drain.app.conf.task_always_eager)


def kick(force: bool = False) -> bool:
    """Make sure one drain is queued (with a broker): however many deliveries arrive meanwhile, one message.
    True when a drain was queued now. The embedded default (eager) has nothing to kick: work runs in the request."""
    if _eager():
        return False
    r = _redis()
    if r is not None:
        if force:
            r.set(KICK_KEY, b"1", ex=KICK_TTL)
        elif not r.set(KICK_KEY, b"1", nx=True, ex=KICK_TTL):
            return False  # one is queued and has not started: it will see this event
    drain.delay()
    return True


def _unkick() -> None:
    r = _redis()
    if r is None:
        return
    try:
        r.delete(KICK_KEY)  # from now on a new delivery queues the next drain
    except Exception as e:
        log.warning("moderation: could not clear the drain flag (%s); it expires in %ss", e, KICK_TTL)


def waiting() -> tuple[int, int]:
    """(events stored and not processed, comments not checked yet outside failed events)."""
    return (WebhookEvent.objects.filter(status=EventStatus.STORED).count(),
            Comment.objects.filter(state=State.NEW).exclude(event__status=EventStatus.FAILED).count())


def drain_all(seconds: float = DRAIN_SECONDS, spread: bool = False) -> tuple[int, int]:
    """Ingest and check in batches until nothing waits or `seconds` pass; (events, comments) taken. With `spread`,
    a backlog (a full first batch) queues one more drain, so a worker with several processes works on it in
    parallel (SKIP LOCKED keeps them apart); a single-process worker runs it afterwards and finds little."""
    start, events, comments = time.monotonic(), 0, 0
    while True:
        e, c = ingest_batch(), classify_batch()
        if spread and not (events or comments) and (e >= BATCH or c >= CHECK_BATCH):
            kick(force=True)
        events, comments = events + e, comments + c
        if e < BATCH and c < CHECK_BATCH:  # both came back short: nothing else was waiting (what arrives now kicks)
            return events, comments
        if time.monotonic() - start > seconds:
            kick(force=True)  # more waits: a fresh drain continues (visibility timeouts stay short)
            return events, comments


DB_RETRY_SECONDS, DB_RETRIES = 2, 150  # a drain waits up to 5 minutes for the database; then the sweep takes over


@shared_task(bind=True, acks_late=True, max_retries=DB_RETRIES, ignore_result=True)
def drain(self) -> str:
    """Empty the backlog: stored events into comments, waiting comments checked, in batches, oldest first."""
    _unkick()
    if not self.request.is_eager:
        time.sleep(GATHER_SECONDS)  # let a burst gather: one batch of many costs far less than many of one
    try:
        events, comments = drain_all(spread=True)
    except DB_DOWN as e:
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()  # a broken connection is replaced next time
        log.warning("moderation: the database is not answering (%s); draining again in %s s",
                    str(e).strip()[:200], DB_RETRY_SECONDS)
        if self.request.called_directly:
            raise
        raise self.retry(exc=e, countdown=DB_RETRY_SECONDS)
    return f"{events} events, {comments} comments"


@shared_task(ignore_result=True)
def sweep_stored() -> str:
    """The safety net, on the beat schedule (CELERY_SWEEP_SECONDS): events still stored and comments still not
    checked, left by a killed worker, a lost message or a broker that was down, are drained now."""
    ev, cm = waiting()
    if not (ev or cm):
        return "nothing waiting"
    log.warning("moderation: sweep found %d stored events and %d unchecked comments; draining", ev, cm)
    events, comments = drain_all()
    return f"{events} events, {comments} comments"


def warm_checkers() -> None:
    """Load each moderated school's checker in this process now (the first check would otherwise pay for it)."""
    from safepost_web.checks.service import run_check
    from safepost_web.schools.models import School

    try:
        for school in School.objects.filter(moderation_pages__isnull=False).distinct():
            run_check(school, "Warming up the checker.", account="official", channel="facebook", author="public")
    except Exception as e:  # a school without a pack, the database away: the first drain loads it instead
        log.warning("moderation: could not load the checkers at start (%s)", e)


def on_worker_start(pool_in_process: bool = True) -> None:
    """When a worker starts: load the checkers (when tasks run in this process), then drain whatever waits, such
    as the work of a worker that was killed."""
    if pool_in_process:
        warm_checkers()
    try:
        kick(force=True)
    except Exception as e:
        log.warning("moderation: could not queue a drain at start (%s); the sweep will", e)
