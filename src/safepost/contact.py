"""Contact decisions: should a member of staff accept (or send) this friend request, message or follow?

The pack's `contact:` rules are read in order and the first that fits decides. Whether a
young person is still protected (`under_age`) comes from the pack's `settings.contact_ages`.
When the age is not known, both answers are worked out and the more protective one is given,
because a wrong "allow" is the costly mistake.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from safepost.packs.schema import CONTACT_DIRECTIONS, CONTACT_KINDS, ContactRule, Pack
from safepost.types import DECISIONS, RELATIONSHIPS, ContactResult, SafepostError

DECISION_RANK = {d: i for i, d in enumerate(DECISIONS)}  # allow < caution < ... < decline_and_report
_MAX_AGE = 130


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def age_limit(pack: Pack, looked_after: bool = False, sen: bool = False) -> int | None:
    """The age below which the pack's contact rules protect this young person (None: any age)."""
    ages = pack.settings.contact_ages
    if ages.any_age:
        return None
    limits = [ages.default]
    if looked_after and ages.looked_after is not None:
        limits.append(ages.looked_after)
    if sen and ages.sen is not None:
        limits.append(ages.sen)
    return max(limits)


def _limit_note(pack: Pack, looked_after: bool, sen: bool) -> str:
    limit = age_limit(pack, looked_after, sen)
    if limit is None:
        return "of any age"
    ages = pack.settings.contact_ages
    if sen and ages.sen is not None and limit == ages.sen and limit > ages.default:
        return f"under {limit}, because they have special educational needs"
    if looked_after and ages.looked_after is not None and limit == ages.looked_after and limit > ages.default:
        return f"under {limit}, because they are looked after"
    return f"under {limit}"


def _fits(rule: ContactRule, facts: dict[str, Any]) -> bool:
    w = rule.when
    for name in ("relationship", "kind", "direction"):
        allowed = getattr(w, name)
        if allowed is not None and facts[name] not in allowed:
            return False
    for name in ("family", "looked_after", "sen", "under_age"):
        wanted = getattr(w, name)
        if wanted is not None and facts[name] != wanted:
            return False
    return True


def _first_rule(pack: Pack, facts: dict[str, Any]) -> ContactRule | None:
    for rule in pack.contact:
        if _fits(rule, facts):
            return rule
    return None


def _check_input(relationship: Any, age: Any, kind: Any, direction: Any) -> int | None:
    if relationship not in RELATIONSHIPS:
        raise SafepostError(f"unknown relationship {relationship!r}: use one of {', '.join(RELATIONSHIPS)}")
    if kind not in CONTACT_KINDS:
        raise SafepostError(f"unknown kind {kind!r}: use one of {', '.join(CONTACT_KINDS)}")
    if direction not in CONTACT_DIRECTIONS:
        raise SafepostError(f"unknown direction {direction!r}: use one of {', '.join(CONTACT_DIRECTIONS)}")
    if age is None:
        return None
    # A JSON line may carry "17" or 17.0; anything else is a mistake worth naming.
    if isinstance(age, bool):
        raise SafepostError(f"age must be a whole number of years, not {age!r}")
    if isinstance(age, str) and age.strip().lstrip("-").isdigit():
        age = int(age.strip())
    elif isinstance(age, float) and age.is_integer():
        age = int(age)
    if not isinstance(age, int):
        raise SafepostError(f"age must be a whole number of years, not {age!r}")
    if age < 0:
        raise SafepostError(f"age cannot be negative (got {age})")
    if age > _MAX_AGE:
        raise SafepostError(f"age {age} is not a real age")
    return age


def decide_contact(pack: Pack | str | Path, relationship: str, age: int | None = None, family: bool = False,
                   looked_after: bool = False, sen: bool = False, kind: str = "friend_request",
                   direction: str = "received", id: str | None = None) -> ContactResult:
    """Decide a friend request, message or follow against the pack; SafepostError on bad input."""
    if isinstance(pack, (str, Path)):
        from safepost.packs import load_pack

        pack = load_pack(pack)
    age = _check_input(relationship, age, kind, direction)
    limit = age_limit(pack, looked_after, sen)
    facts: dict[str, Any] = {"relationship": relationship, "kind": kind, "direction": direction,
                             "family": bool(family), "looked_after": bool(looked_after), "sen": bool(sen)}

    if age is not None:
        rule = _first_rule(pack, {**facts, "under_age": limit is None or age < limit})
    else:
        # Unknown age: the stricter of "still protected" and "old enough".
        candidates = [r for r in (_first_rule(pack, {**facts, "under_age": u}) for u in (True, False)) if r]
        rule = max(candidates, key=lambda r: DECISION_RANK[r.decision], default=None)

    if rule is None:
        return ContactResult(policy=pack.id, decision="allow", rule="none", clause="", id=id,
                             message=f"{pack.name} has no rule about this contact, so it is allowed. "
                                     "Keep school matters out of it.")
    fields = _Blank(limit="" if limit is None else str(limit), age="" if age is None else str(age),
                    limit_note=_limit_note(pack, looked_after, sen),
                    relationship=relationship.replace("_", " "), kind=kind.replace("_", " "))
    message = " ".join(rule.message.format_map(fields).split())
    uses_age = rule.when.under_age is not None or any(
        r.when.under_age is not None and r.when.relationship and relationship in r.when.relationship
        for r in pack.contact)
    if age is None and uses_age and limit is not None:
        message += f" Their age is not known, so this is the most protective answer; it may change if they are {limit} or over."
    clause = pack.clause(rule.clause)
    return ContactResult(policy=pack.id, decision=rule.decision, rule=rule.id,
                         clause=clause.title if clause else rule.clause, message=message, id=id,
                         report_to=rule.report_to)


__all__ = ["DECISION_RANK", "age_limit", "decide_contact"]
