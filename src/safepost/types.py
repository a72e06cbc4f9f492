"""The small value types every part of safepost shares (no Django, no I/O)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

CATEGORIES: tuple[str, ...] = (
    "pupil_identified",
    "personal_information",
    "offensive_language",
    "abuse_or_hate",
    "disparaging_school_community",
    "confidential_school_matter",
    "allegation",
    "political_statement",
    "commercial_content",
    "safety_risk",
    "speaking_for_school",
    "professional_reference",
    "pupil_contact",
    "parent_contact_channel",
    "direct_message_official",
    "image_consent",
    "location_metadata",
    "timing",
)
SEVERITIES: tuple[str, ...] = ("info", "warn", "review", "block", "escalate")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}
VERDICTS: tuple[str, ...] = ("allow", "warn", "review", "block", "escalate")
ACCOUNTS: tuple[str, ...] = ("personal", "official")
AUTHORS: tuple[str, ...] = ("staff", "parent", "pupil", "public")
CHANNELS: tuple[str, ...] = (
    "facebook", "x", "instagram", "linkedin", "whatsapp", "youtube",
    "tiktok", "snapchat", "email", "other",
)
DECISIONS: tuple[str, ...] = ("allow", "caution", "seek_approval", "decline", "decline_and_report")
RELATIONSHIPS: tuple[str, ...] = (
    "current_pupil", "former_pupil", "parent_of_pupil", "parent_of_former_pupil",
    "young_person_via_role", "colleague", "other",
)


@dataclass(frozen=True)
class Post:
    """One piece of content to check, with who wrote it and where."""

    text: str
    account: str = "personal"
    author: str = "staff"
    channel: str | None = None
    posted_at: datetime | None = None
    images: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    id: str | None = None


@dataclass
class Span:
    """What one detector found: a category, where, how sure, and which detector.

    `kind` refines the category for the pack's rules (e.g. "phone", "threat",
    "racist"); `attrs` carries facts the rules and messages may use
    (e.g. {"pupil": "Amelia Hart", "photo_consent": False}).
    `start`/`end` are offsets into the post's text, or None for the whole post.
    Image spans carry `image` (path as given) and `box` [x, y, w, h].
    """

    category: str
    start: int | None
    end: int | None
    score: float
    detector: str
    kind: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)
    image: str | None = None
    box: list[int] | None = None
    evidence: str | None = None  # set by the engine from the text when None


@dataclass
class Finding:
    """A span mapped through the pack: what it means for this school, and why."""

    category: str
    severity: str
    rule: str
    clause: str
    message: str
    start: int | None = None
    end: int | None = None
    evidence: str | None = None
    confidence: float | None = None
    image: str | None = None
    box: list[int] | None = None
    detector: str = ""
    kind: str = ""
    clause_ref: str = ""
    fix: str = ""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "category": self.category,
            "severity": self.severity,
            "rule": self.rule,
            "clause": self.clause,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "evidence": self.evidence,
            "confidence": None if self.confidence is None else round(float(self.confidence), 3),
        }
        if self.image is not None or self.box is not None:
            d["image"] = self.image
            d["box"] = self.box
        # Additions to the contract (extend only by adding):
        d["detector"] = self.detector
        if self.kind:
            d["kind"] = self.kind
        if self.clause_ref:
            d["clause_ref"] = self.clause_ref
        if self.fix:
            d["fix"] = self.fix
        return d


@dataclass
class CheckResult:
    """The outcome of checking one post against one pack."""

    policy: str
    verdict: str
    findings: list[Finding]
    redacted_text: str | None
    id: str | None = None
    notes: list[str] = field(default_factory=list)  # e.g. an image that could not be read
    spans: list[Span] = field(default_factory=list, repr=False)  # what the detectors found (not serialised)
    # The photos (paths as given) that could not be checked at all: unreadable, or no photo checks on this
    # installation. The verdict does not cover them. Read this, never the wording of `notes`.
    unchecked_images: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "policy": self.policy,
            "verdict": self.verdict,
            "findings": [f.to_dict() for f in self.findings],
            "redacted_text": self.redacted_text,
        }
        if self.notes:
            d["notes"] = list(self.notes)
        if self.unchecked_images:  # an addition to the contract (extend only by adding)
            d["unchecked_images"] = list(self.unchecked_images)
        return d


@dataclass
class ContactResult:
    policy: str
    decision: str
    rule: str
    clause: str
    message: str
    id: str | None = None
    report_to: str | None = None  # e.g. "designated safeguarding lead"

    def to_dict(self) -> dict[str, Any]:
        d = {"id": self.id, "policy": self.policy, "decision": self.decision,
             "rule": self.rule, "clause": self.clause, "message": self.message}
        if self.report_to:
            d["report_to"] = self.report_to
        return d


class SafepostError(Exception):
    """A problem with the user's input that deserves a one-line message, not a traceback."""
