"""What the escalation tables share: the (category, kind) pairs that make a check escalate, and the escalation
detectors run on one post for an author (no pack severities: the tables test the detectors' own reading)."""
from __future__ import annotations

from safepost.context import Context
from safepost.detectors import escalation
from safepost.packs.schema import Pack

PACK = Pack(id="test", name="Test pack")
ESCALATING = {("abuse_or_hate", "threat"), ("safety_risk", "disclosure"), ("safety_risk", "child_at_risk"),
              ("safety_risk", "grooming"), ("safety_risk", "looked_after_whereabouts"), ("pupil_contact", "secrecy"),
              ("pupil_contact", "grooming"), ("allegation", "adult_harmed_child"),
              ("confidential_school_matter", "safeguarding_case")}
P, O = "personal", "official"


def kinds(text: str, account: str, author: str) -> set[tuple[str, str]]:
    ctx = Context(pack=PACK, account=account, author=author)
    return {(s.category, s.kind) for d in escalation.DETECTORS for s in d.detect(text, ctx)}


def escalates(text: str, account: str, author: str) -> bool:
    return bool(kinds(text, account, author) & ESCALATING)
