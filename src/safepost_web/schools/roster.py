"""Roster import: read with the library's reader, preview every change and problem, then apply all or nothing."""
from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from safepost import Roster
from safepost.context import Pupil as LibPupil
from safepost.types import SafepostError

from safepost_web.audit.models import record
from safepost_web.schools.models import Pupil, School

FIELDS = ("first_name", "last_name", "preferred_name", "year_group", "photo_consent", "name_consent")


def _key(first: str, last: str) -> tuple[str, str]:
    return first.strip().lower(), last.strip().lower()


@dataclass
class RosterPlan:
    """What an import would do: nothing changes until `apply`."""

    error: str = ""  # the file cannot be used at all
    problems: list[str] = field(default_factory=list)  # rows named with their problem
    new: list[LibPupil] = field(default_factory=list)
    updated: list[tuple[Pupil, LibPupil]] = field(default_factory=list)
    unchanged: int = 0
    leaving: list[Pupil] = field(default_factory=list)
    total: int = 0

    @property
    def ok(self) -> bool:
        return not self.error and not self.problems


def plan_import(school: School, raw: bytes, filename: str = "roster") -> RosterPlan:
    """Read the file and compare it with the pupils already recorded."""
    try:
        roster = Roster.from_bytes(raw, source=filename)
    except SafepostError as e:
        return RosterPlan(error=str(e))
    plan = RosterPlan(problems=list(roster.warnings), total=len(roster.pupils))
    existing: dict[tuple[str, str], list[Pupil]] = {}
    for p in school.pupils.all():
        existing.setdefault(_key(p.first_name, p.last_name), []).append(p)
    matched: set[int] = set()
    for lp in roster.pupils:
        cands = [p for p in existing.get(_key(lp.first_name, lp.last_name), []) if p.pk not in matched]
        # Same name and year group first; else the only pupil of that name (they moved up a year).
        same_year = [p for p in cands if p.year_group.strip().lower() == lp.year_group.strip().lower()]
        hit = same_year[0] if same_year else (cands[0] if len(cands) == 1 else None)
        if hit is None:
            plan.new.append(lp)
            continue
        matched.add(hit.pk)
        if any(getattr(hit, f) != getattr(lp, f) for f in FIELDS) or hit.left_at is not None:
            plan.updated.append((hit, lp))
        else:
            plan.unchanged += 1
    plan.leaving = [p for ps in existing.values() for p in ps if p.pk not in matched and p.left_at is None]
    return plan


@transaction.atomic
def apply_import(school: School, plan: RosterPlan, user, filename: str, mark_left: bool = True) -> None:
    """Apply a clean plan in one transaction: every row or none. `mark_left`: the file is the whole
    roll, so pupils not in it have left (a file of new arrivals only leaves everyone else alone)."""
    if not plan.ok:
        raise ValueError("a roster with problems cannot be imported")
    Pupil.objects.bulk_create([Pupil(school=school, **{f: getattr(lp, f) for f in FIELDS}) for lp in plan.new],
                              batch_size=500)
    for p, lp in plan.updated:
        for f in FIELDS:
            setattr(p, f, getattr(lp, f))
        p.left_at = None
    Pupil.objects.bulk_update([p for p, _ in plan.updated], [*FIELDS, "left_at"], batch_size=500)
    leaving = plan.leaving if mark_left else []
    Pupil.objects.filter(pk__in=[p.pk for p in leaving]).update(left_at=timezone.now())
    school.bump()
    record(school, user, "roster.imported", filename,
           detail=f"{len(plan.new)} new, {len(plan.updated)} updated, {plan.unchanged} unchanged, "
                  f"{len(leaving)} marked as left")
