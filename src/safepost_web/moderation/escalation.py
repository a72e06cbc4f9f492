"""Escalating a comment: the evidence is kept (through the incidents app's evidence store, with SHA-256),
an incident report and case are opened for the DSL, and the DSL and headteacher are alerted at once."""
from __future__ import annotations

import base64
import hashlib
import json
import logging
import uuid

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse

from safepost_web.core.context import site_url

log = logging.getLogger("safepost.moderation")
NAMESPACE = uuid.UUID("5a3c7f0e-9a51-4b7e-8f4c-2f6d1b0c9e11")


def evidence_record(c) -> bytes:
    """The comment as evidence: text, author, time, link, findings and the raw event it arrived in (ASCII JSON)."""
    raw = bytes(c.event.body) if c.event_id else b""
    doc = {
        "platform": c.platform, "page_id": c.page_id, "post_id": c.post_id, "comment_id": c.comment_id,
        "text": c.text, "author_name": c.author_name, "author_id": c.author.platform_id if c.author else "",
        "author_taken_as": c.author_kind, "author_taken_as_because": c.author_kind_why,
        "posted_at": c.posted_at.isoformat() if c.posted_at else None, "received": c.received.isoformat(),
        "link": c.link, "verdict": c.verdict, "findings": c.findings,
        "raw_event": {"received": c.event.received.isoformat() if c.event_id else None,
                      "headers": c.event.headers if c.event_id else {},
                      "sha256": hashlib.sha256(raw).hexdigest(), "base64": base64.b64encode(raw).decode("ascii"),
                      "text": raw.decode("utf-8", "replace")},
    }
    return json.dumps(doc, indent=2, ensure_ascii=True, sort_keys=True).encode("ascii") + b"\n"


def escalate_comment(c, user, reason: str, *, automatic: bool = False, attachments=()):
    """Open the incident (report + case) for comment `c` inside the caller's transaction; alert DSL and head.
    `attachments` (prepared files, e.g. a screenshot the moderator took) are kept beside the comment's record."""
    from safepost_web.incidents.models import Case, Kind, Report, Severity
    from safepost_web.incidents.storage import prepare

    prepared, problems = prepare([SimpleUploadedFile(f"comment-{c.platform}-{c.comment_id}.json"[:200],
                                                     evidence_record(c), "application/json")])
    if problems:  # cannot happen for our ASCII JSON; never lose the escalation over it
        log.error("moderation: evidence for %s refused: %s", c.label, problems)
    prepared = [*prepared, *attachments]
    categories = sorted({f.get("category", "") for f in c.findings} - {""})
    text = (f"A comment on the school's {c.get_platform_display()} page was escalated "
            f"{'automatically by the policy check' if automatic else 'by a moderator'}.\n"
            f"Author: {c.author_name or 'unknown'} ({c.author.platform_id if c.author else 'no id'})\n"
            f"Comment: {c.text}\n"
            f"Found: {', '.join(categories) or 'nothing automatic'}\n" + (f"Moderator's note: {reason}\n" if reason else ""))
    key = uuid.uuid5(NAMESPACE, f"{c.school_id}:{c.platform}:{c.comment_id}")
    report, _ = Report.submit(c.school, user, prepared, kind=Kind.MALICIOUS_POSTING, text=text, link=c.link,
                              platform=c.get_platform_display(), happened_at=c.posted_at or c.received,
                              people=(c.author_name or "")[:500], submission_key=key)
    if report.case_id is None:
        Case.open_from_report(report, user, Kind.MALICIOUS_POSTING,
                              Severity.CRITICAL if c.verdict == "escalate" else Severity.HIGH,
                              f"Comment on {c.get_platform_display()} page: {', '.join(categories) or 'escalated'}"[:300])
        report.refresh_from_db()
    # Only once the escalation is saved: a worker killed before the commit must not have emailed already.
    transaction.on_commit(lambda: alert(c, report))
    return report


def alert(c, report) -> int:
    """Email the DSL and headteacher (no comment text in the email: they read it in safepost)."""
    from safepost_web.incidents.notify import lead_emails

    to = lead_emails(c.school)
    if not to:
        log.warning("moderation: no DSL or headteacher email at %s for escalated %s", c.school, c.label)
        return 0
    where = site_url(reverse("moderation:dashboard", args=[c.school.slug]))
    ref = report.case.reference if report.case_id else report.label
    body = (f"A comment on {c.school.name}'s {c.get_platform_display()} page needs the safeguarding lead now.\n\n"
            f"It has been recorded with its evidence as case {ref}.\n"
            f"Open safepost to read it and decide what to do: {where}\n\n"
            "The comment itself is not in this email, so it does not spread further.")
    try:
        return send_mail(f"Urgent: a comment escalated to safeguarding ({ref})", body, settings.DEFAULT_FROM_EMAIL, to)
    except Exception:  # the dashboard still shows it; a mail server problem must not lose the escalation
        log.exception("moderation: could not email the escalation of %s", c.label)
        return 0
