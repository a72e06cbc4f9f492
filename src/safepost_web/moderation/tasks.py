"""Background work: turning a stored event into comments, and checking each comment. Both are idempotent
(a task delivered twice does nothing the second time), retry with backoff, and record what still fails."""
from __future__ import annotations

import logging

from celery import shared_task
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from safepost.normalize import is_probably_english
from safepost.types import SEVERITY_RANK
from safepost_web.moderation import intake
from safepost_web.moderation.models import (
    Author, Comment, EventStatus, ModerationError, PageSettings, State, WebhookEvent)

log = logging.getLogger("safepost.moderation")
MAX_RETRIES = 3


def _backoff(retries: int) -> int:
    return min(30 * 2 ** retries, 600)


def ingest(ev: WebhookEvent) -> list[int]:
    """Create (or find) the comments of one stored event; the ids of the comments that still need checking."""
    if ev.source == "import":
        items = intake.comments_from_import(bytes(ev.body), ev.headers.get("filename", "import.csv"))
    else:
        items = intake.comments_from_meta(ev.platform, intake.parse_json(bytes(ev.body)))
    ps = PageSettings.objects.filter(school=ev.school, platform=ev.platform).first()
    kind = ps.default_author if ps else "public"
    ids = []
    for it in items:
        author = None
        if it.author_id:
            author, _ = Author.objects.get_or_create(school=ev.school, platform=ev.platform, platform_id=it.author_id,
                                                     defaults={"name": it.author_name[:200]})
            if it.author_name and author.name != it.author_name[:200]:
                Author.objects.filter(pk=author.pk).update(name=it.author_name[:200])  # same id, new display name
        c, created = Comment.objects.get_or_create(
            school=ev.school, platform=ev.platform, comment_id=it.comment_id[:200],
            defaults=dict(page_id=it.page_id[:200], post_id=it.post_id[:200], author=author,
                          author_name=it.author_name[:200], author_kind=kind, text=it.text, link=it.link,
                          posted_at=it.posted_at, event=ev))
        if not created:
            if it.verb == "remove" and not c.removed_on_platform:
                Comment.objects.filter(pk=c.pk).update(removed_on_platform=True)
            elif it.verb == "edited" and it.text != c.text and c.state in (State.CLEAN, State.KEPT, State.PENDING):
                Comment.objects.filter(pk=c.pk).update(text=it.text, state=State.NEW, event=ev,
                                                       note="Edited after it was checked: checked again.")
        elif it.verb == "remove":
            Comment.objects.filter(pk=c.pk).update(removed_on_platform=True)
        ids.append(c.pk)
    return list(Comment.objects.filter(pk__in=ids, state=State.NEW).values_list("pk", flat=True))


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


def needs_person(text: str) -> str:
    """Why a person must read this comment whatever the check says ('' when the check can decide)."""
    if not text.strip():
        return "No text (a sticker, photo or GIF): look at it on the platform."
    if not any(ch.isalnum() for ch in text):
        return "Only emoji or symbols: the check cannot read their meaning, so a person must."
    if not is_probably_english(text):
        return "Probably not in English: the check reads English only, so a person must read it (use a translator)."
    return ""


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
            result = run_check(c.school, c.text, account="official", channel=c.platform, author=c.author_kind)
            c.verdict = result.verdict
            c.findings = [f.to_dict() for f in result.findings]
            sev = max((f.severity for f in result.findings), key=lambda s: SEVERITY_RANK.get(s, -1), default="")
            c.severity, c.severity_rank = sev, SEVERITY_RANK.get(sev, -1)
            person = needs_person(c.text)
            c.note = "; ".join(x for x in (c.note, person) if x)
            c.checked_at = timezone.now()
            c.state = State.CLEAN if (result.verdict == "allow" and not person) else State.PENDING
            c.save()
    except Exception as e:
        if self.request.retries < self.max_retries:
            raise self.retry(exc=e, countdown=_backoff(self.request.retries))
        if c.event_id:
            c.event.mark_failed(f"checking comment {c.comment_id} failed: {type(e).__name__}: {e}")
        log.error("moderation: comment %s could not be checked: %s", c.pk, e)
        return "failed"
    act_on_verdict(c)
    return c.state


def act_on_verdict(c: Comment) -> None:
    """Escalate an escalate verdict at once; hide block/escalate verdicts when the school turned that on."""
    ps = PageSettings.objects.filter(school=c.school, platform=c.platform).first()
    try:
        if c.verdict == "escalate":
            c.escalate(None, "The policy check says this must go to the DSL.", automatic=True)
        if c.verdict in ("block", "escalate") and ps and ps.auto_hide and not c.removed_on_platform:
            c.hide(None, "The policy check says block or escalate.", automatic=True)
    except ModerationError as e:  # e.g. the page token expired: the comment waits for a person instead
        Comment.objects.filter(pk=c.pk).update(note=(c.note + "; " if c.note else "") + f"Automatic action failed: {e}")


@shared_task
def sweep_stored() -> int:
    """Queue events still waiting (the broker was down when they arrived); run it every few minutes."""
    n = 0
    for pk in WebhookEvent.objects.filter(status=EventStatus.STORED).values_list("pk", flat=True)[:500]:
        process_event.delay(pk)
        n += 1
    return n
