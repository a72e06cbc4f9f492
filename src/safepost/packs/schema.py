"""The policy pack schema: a school's social media policy as data.

A pack has clauses (our own summary of each section of the source document),
rules (detected category + context -> severity, resting on a clause),
contact rules (friend requests, messages, follows) and settings.
"""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from safepost.types import ACCOUNTS, AUTHORS, CATEGORIES, CHANNELS, RELATIONSHIPS

Severity = Literal["info", "warn", "review", "block", "escalate"]
Decision = Literal["allow", "caution", "seek_approval", "decline", "decline_and_report"]
CONTACT_KINDS: tuple[str, ...] = ("friend_request", "message", "follow")
CONTACT_DIRECTIONS: tuple[str, ...] = ("received", "sent")


class _Strict(BaseModel):
    # A typo in a field name is an error, never silently ignored.
    model_config = ConfigDict(extra="forbid")


class Clause(_Strict):
    id: str
    title: str  # the section heading as the school calls it
    section: str = ""  # where in the source document, e.g. "3 Prohibited use"
    summary: str  # our own words, plain English


class When(_Strict):
    """Conditions for a rule; every condition given must hold. Lists mean 'any of'."""

    account: list[str] | None = None
    author: list[str] | None = None
    channel: list[str] | None = None
    kind: list[str] | None = None  # the detector's refinement, e.g. phone, threat, racist
    not_kind: list[str] | None = None
    attrs: dict[str, Any] | None = None  # e.g. {name_consent: false}
    personal_use: list[str] | None = None  # the school's chosen personal-use variant

    @field_validator("account")
    @classmethod
    def _acc(cls, v: list[str] | None) -> list[str] | None:
        for a in v or ():
            if a not in ACCOUNTS:
                raise ValueError(f"unknown account {a!r}; use one of {', '.join(ACCOUNTS)}")
        return v

    @field_validator("author")
    @classmethod
    def _auth(cls, v: list[str] | None) -> list[str] | None:
        for a in v or ():
            if a not in AUTHORS:
                raise ValueError(f"unknown author {a!r}; use one of {', '.join(AUTHORS)}")
        return v

    @field_validator("channel")
    @classmethod
    def _chan(cls, v: list[str] | None) -> list[str] | None:
        for a in v or ():
            if a not in CHANNELS:
                raise ValueError(f"unknown channel {a!r}; use one of {', '.join(CHANNELS)}")
        return v


class Rule(_Strict):
    id: str
    category: str
    severity: Severity
    clause: str  # a clause id of this pack (or of the pack it extends)
    message: str  # plain English; may use {evidence}, {pupil}, {kind}
    when: When = Field(default_factory=When)
    fix: str = ""  # what to do instead, for the member of staff
    min_score: float = 0.5
    # The document's own operative words the severity was read from ("must not",
    # "should", "seek the advice of"…), so a reader can audit the choice.
    wording: str = ""

    @field_validator("category")
    @classmethod
    def _cat(cls, v: str) -> str:
        if v not in CATEGORIES:
            raise ValueError(f"unknown category {v!r}")
        return v


class ContactWhen(_Strict):
    relationship: list[str] | None = None
    family: bool | None = None
    looked_after: bool | None = None
    sen: bool | None = None
    under_age: bool | None = None  # below the pack's age limit for this young person
    kind: list[str] | None = None  # friend_request, message, follow
    direction: list[str] | None = None  # received, sent

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: list[str] | None) -> list[str] | None:
        # A misspelt kind would otherwise never match, silently.
        for k in v or ():
            if k not in CONTACT_KINDS:
                raise ValueError(f"unknown contact kind {k!r}; use one of {', '.join(CONTACT_KINDS)}")
        return v

    @field_validator("direction")
    @classmethod
    def _dir(cls, v: list[str] | None) -> list[str] | None:
        for d in v or ():
            if d not in CONTACT_DIRECTIONS:
                raise ValueError(f"unknown direction {d!r}; use one of {', '.join(CONTACT_DIRECTIONS)}")
        return v

    @field_validator("relationship")
    @classmethod
    def _rel(cls, v: list[str] | None) -> list[str] | None:
        for r in v or ():
            if r not in RELATIONSHIPS:
                raise ValueError(f"unknown relationship {r!r}; use one of {', '.join(RELATIONSHIPS)}")
        return v


class ContactRule(_Strict):
    id: str
    decision: Decision
    clause: str
    message: str
    when: ContactWhen = Field(default_factory=ContactWhen)
    report_to: str | None = None  # e.g. "designated safeguarding lead"


class ContactAges(_Strict):
    """Ages below which a young person is covered by the contact rules."""

    default: int = 18
    looked_after: int | None = None
    sen: int | None = None
    # True when the policy covers pupils whatever their age ("students past or present"):
    # then every young person counts as under the limit.
    any_age: bool = False


class PersonalUse(_Strict):
    """A policy may offer alternative clauses for personal use at work; the school picks one."""

    options: dict[str, str] = Field(default_factory=dict)  # option id -> plain-English text
    chosen: str | None = None


class OfficialAccount(_Strict):
    platform: str
    name: str = ""
    handle: str = ""


class Settings(_Strict):
    contact_ages: ContactAges = Field(default_factory=ContactAges)
    approved_parent_channels: list[str] = Field(default_factory=list)
    official_accounts: list[OfficialAccount] = Field(default_factory=list)
    official_posters: list[str] = Field(default_factory=list)  # roles who may post officially
    moderators: list[str] = Field(default_factory=list)
    pre_moderated: bool = False
    allow_consented_names: bool = False
    personal_use: PersonalUse = Field(default_factory=PersonalUse)
    min_moderators: int = 2
    block_after_removed_comments: int | None = None  # strikes before an author is blocked
    strike_window_days: int = 90
    moderation_target_hours: int = 24
    questions: list[str] = Field(default_factory=list)  # "ask yourself before posting"
    report_to: str = "designated safeguarding lead"


class Review(_Strict):
    frequency: str = "annual"
    last_reviewed: str | None = None  # ISO date or year-month
    next_review: str | None = None
    approved_by: list[str] = Field(default_factory=list)
    responsible: str | None = None


class Pack(_Strict):
    id: str
    name: str
    extends: str | None = None
    source: str = ""  # the document the pack was written from
    school: str = ""
    applies_to: list[str] = Field(default_factory=list)
    review: Review = Field(default_factory=Review)
    related_policies: list[str] = Field(default_factory=list)
    declaration: str = ""
    settings: Settings = Field(default_factory=Settings)
    clauses: list[Clause] = Field(default_factory=list)
    rules: list[Rule] = Field(default_factory=list)
    contact: list[ContactRule] = Field(default_factory=list)
    version: str = "1"

    @model_validator(mode="after")
    def _ids_unique(self) -> "Pack":
        for what, items in (("clause", self.clauses), ("rule", self.rules), ("contact rule", self.contact)):
            seen: set[str] = set()
            for it in items:
                if it.id in seen:
                    raise ValueError(f"{what} id {it.id!r} appears twice")
                seen.add(it.id)
        return self

    def clause(self, clause_id: str) -> Clause | None:
        for c in self.clauses:
            if c.id == clause_id:
                return c
        return None

    def check_references(self) -> list[str]:
        """Problems with clause references, once the pack is fully merged."""
        ids = {c.id for c in self.clauses}
        probs = [f"rule {r.id!r} rests on clause {r.clause!r}, which the pack does not have"
                 for r in self.rules if r.clause not in ids]
        probs += [f"contact rule {r.id!r} rests on clause {r.clause!r}, which the pack does not have"
                  for r in self.contact if r.clause not in ids]
        pu = self.settings.personal_use
        if pu.chosen and pu.options and pu.chosen not in pu.options:
            probs.append(f"personal_use.chosen is {pu.chosen!r}, but the options are {', '.join(pu.options)}")
        return probs
