"""Where the school stands: who has signed the current version, whose training is due, whether the review is late."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.utils import timezone

from safepost_web.policies.diff import parse_review_date
from safepost_web.policies.models import (
    TRAINING_VALID_DAYS,
    Declaration,
    PolicyVersion,
    TrainingKind,
    TrainingRecord,
)
from safepost_web.schools.models import Membership


@dataclass
class Person:
    membership: Membership
    signed: Declaration | None = None
    last_training: TrainingRecord | None = None
    had_induction: bool = False
    training_due: str = ""  # why training is due, or "" when up to date

    @property
    def name(self) -> str:
        u = self.membership.user
        return u.get_full_name() or u.get_username()


@dataclass
class Review:
    next_review: dt.date | None
    source: str  # "version" or "pack"
    overdue: bool
    days_late: int = 0


@dataclass
class Standing:
    version: PolicyVersion | None
    review: Review
    people: list[Person] = field(default_factory=list)

    @property
    def unsigned(self) -> list[Person]:
        return [p for p in self.people if not p.signed]

    @property
    def training_due(self) -> list[Person]:
        return [p for p in self.people if p.training_due]


def review_status(school, version: PolicyVersion | None) -> Review:
    """The next review date (the version's, else the pack's own) and whether it has passed."""
    today = timezone.localdate()
    if version is not None:
        nxt, source = version.next_review, "version"
    else:
        from safepost_web.schools.library import PackError, pack_for

        try:
            nxt = parse_review_date(pack_for(school).review.next_review)
        except PackError:
            nxt = None
        source = "pack"
    overdue = nxt is not None and nxt < today
    return Review(nxt, source, overdue, (today - nxt).days if overdue else 0)


def standing(school) -> Standing:
    """Everyone in the school with their signature for the current version and their training."""
    version = PolicyVersion.current(school)
    members = list(Membership.objects.filter(school=school).select_related("user")
                   .order_by("user__last_name", "user__first_name", "user__username"))
    sigs = {}
    if version is not None:
        sigs = {d.user_id: d for d in Declaration.objects.filter(version=version)}
    training: dict[int, list[TrainingRecord]] = {}
    for t in TrainingRecord.objects.filter(school=school).order_by("-date", "-id"):
        training.setdefault(t.user_id, []).append(t)
    cutoff = timezone.localdate() - dt.timedelta(days=TRAINING_VALID_DAYS)
    people = []
    for m in members:
        recs = training.get(m.user_id, [])
        p = Person(m, sigs.get(m.user_id), recs[0] if recs else None,
                   any(r.kind == TrainingKind.INDUCTION for r in recs))
        if not p.had_induction and not recs:
            p.training_due = "Induction not recorded"
        elif recs[0].date < cutoff:
            p.training_due = f"Annual update due (last training {recs[0].date:%d %B %Y})"
        people.append(p)
    return Standing(version, review_status(school, version), people)
