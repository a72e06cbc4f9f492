"""Demo data: a first approved version with some signatures and training, so the policy page shows its gaps."""
from __future__ import annotations

import datetime as dt

from django.utils import timezone

from safepost_web.policies.diff import parse_review_date
from safepost_web.policies.models import PolicyVersion, TrainingKind, TrainingRecord
from safepost_web.schools.library import PackError, pack_for

SIGNED = ("alice", "carol", "erin", "grace")  # bob, dave and frank have not signed: the gap the demo shows
TRAINING = (("alice", TrainingKind.ANNUAL, 60), ("carol", TrainingKind.INDUCTION, 430),
            ("erin", TrainingKind.INDUCTION, 30), ("grace", TrainingKind.ANNUAL, 200))


def seed_policy(school, users: dict) -> PolicyVersion | None:
    """Approve version 1 from the school's pack (review date from the pack, even if past) and add demo records.

    None when the pack cannot be approved (no pack, or no declaration): the rest of the demo still works."""
    existing = PolicyVersion.current(school)
    if existing is not None:
        return existing
    try:
        pack = pack_for(school)
    except PackError:
        return None
    if not pack.declaration.strip():
        return None
    today = timezone.localdate()
    last = parse_review_date(pack.review.last_reviewed) or today - dt.timedelta(days=60)
    last = min(last, today)
    nxt = parse_review_date(pack.review.next_review) or last + dt.timedelta(days=365)
    head = users.get("alice")
    v = PolicyVersion.approve_new(
        school, head, leadership_approver="Alice Ahmed, headteacher", leadership_approved_on=last,
        governors_approver=", ".join(pack.review.approved_by) or "Full Governing Body", governors_approved_on=last,
        next_review=nxt, summary="First version recorded in safepost.", check_dates=False)
    for name in SIGNED:
        if name in users:
            u = users[name]
            v.sign(u, u.get_full_name() or name, v.declaration)
    for name, kind, days in TRAINING:
        if name in users and not TrainingRecord.objects.filter(school=school, user=users[name]).exists():
            TrainingRecord.add(school, users[name], kind, today - dt.timedelta(days=days),
                               "Social media policy: what it says, checking posts, contact with pupils and "
                               "parents, and reporting concerns.", head)
    return v

