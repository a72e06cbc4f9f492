"""Score safepost against the labelled corpus: categories, verdicts, personal-detail spans, contact decisions.

    python corpus/score.py --split dev|test|all [--show-errors] [--json]

The test split is held aside: nobody looks at its errors while changing detectors or packs, so
`--show-errors` refuses the test split unless `--allow-test-errors` is also given (for checking
the labels themselves, never for tuning). Exit status: 0 after any scoring run, 2 when a corpus
file is malformed (every problem is listed, one a line).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_SCHOOL = ROOT / "examples" / "school.yaml"
DEFAULT_ROSTER = ROOT / "examples" / "pupils.csv"
SPLITS = ("dev", "test")

# The contract's vocabulary (CONTRACT.md), kept here so the corpus validates without the package.
CATEGORIES = (
    "pupil_identified", "personal_information", "offensive_language", "abuse_or_hate",
    "disparaging_school_community", "confidential_school_matter", "allegation",
    "political_statement", "commercial_content", "safety_risk", "speaking_for_school",
    "professional_reference", "pupil_contact", "parent_contact_channel",
    "direct_message_official", "image_consent", "location_metadata", "timing",
)
VERDICTS = ("allow", "warn", "review", "block", "escalate")
POLICIES = ("staff-declaration", "newport-cejs", "aycliffe-drive", "marshfields", "rattlesden")
ACCOUNTS = ("personal", "official")
AUTHORS = ("staff", "parent", "pupil", "public")
CHANNELS = ("facebook", "x", "instagram", "linkedin", "whatsapp", "youtube", "tiktok",
            "snapchat", "email", "other")
DECISIONS = ("allow", "caution", "seek_approval", "decline", "decline_and_report")
RELATIONSHIPS = ("current_pupil", "former_pupil", "parent_of_pupil", "parent_of_former_pupil",
                 "young_person_via_role", "colleague", "other")
KINDS = ("friend_request", "message", "follow")
DIRECTIONS = ("received", "sent")
# Categories whose evidence spans must be given (the scorer measures span recall on them).
EVIDENCE_REQUIRED = ("pupil_identified", "personal_information")
MACRO_MIN_GOLD = 5  # macro-F1 averages categories with at least this many gold positives

CHECK_FIELDS = {"id": str, "text": str, "policy": str, "account": str, "author": str,
                "channel": str, "categories": list, "verdict": str, "evidence": dict, "note": str}
CONTACT_FIELDS = {"id": str, "policy": str, "relationship": str, "decision": str, "note": str}


class CorpusError(Exception):
    """One or more corpus files are malformed; the message lists every problem, one a line."""


@dataclass
class Case:
    """One labelled check case."""

    id: str
    text: str
    policy: str
    account: str
    author: str
    channel: str
    categories: list[str]
    verdict: str
    evidence: dict[str, list[str]]
    note: str
    posted_at: str | None = None
    split: str = ""


@dataclass
class ContactCase:
    """One labelled contact scenario."""

    id: str
    policy: str
    relationship: str
    decision: str
    note: str
    age: int | None = None
    family: bool = False
    looked_after: bool = False
    sen: bool = False
    kind: str = "friend_request"
    direction: str = "received"


# ---------------------------------------------------------------- loading and validation

def _read_jsonl(path: Path, problems: list[str]) -> list[tuple[int, dict[str, Any]]]:
    rows: list[tuple[int, dict[str, Any]]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        problems.append(f"{path.name}: cannot read it ({e.strerror or e.__class__.__name__})")
        return rows
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{path.name}:{n}: not valid JSON ({e.msg})")
            continue
        if not isinstance(obj, dict):
            problems.append(f"{path.name}:{n}: each line must be a JSON object")
            continue
        rows.append((n, obj))
    return rows


def _check_types(where: str, obj: dict[str, Any], fields: dict[str, type], problems: list[str]) -> bool:
    ok = True
    for name, typ in fields.items():
        if name not in obj:
            problems.append(f"{where}: missing field '{name}'")
            ok = False
        elif not isinstance(obj[name], typ):
            problems.append(f"{where}: field '{name}' must be a {typ.__name__}")
            ok = False
    return ok


def validate_case(where: str, obj: dict[str, Any], split: str, problems: list[str]) -> Case | None:
    """Check one check-case object against the corpus format; append problems, return a Case if usable."""
    if not _check_types(where, obj, CHECK_FIELDS, problems):
        return None
    before = len(problems)
    cid = obj["id"]
    if split and not re.fullmatch(rf"{split}-\d{{4}}", cid):
        problems.append(f"{where}: id '{cid}' should look like {split}-0001")
    if not obj["text"].strip():
        problems.append(f"{where}: text is empty")
    for name, allowed in (("policy", POLICIES), ("account", ACCOUNTS), ("author", AUTHORS),
                          ("channel", CHANNELS), ("verdict", VERDICTS)):
        if obj[name] not in allowed:
            problems.append(f"{where}: {name} '{obj[name]}' is not one of {', '.join(allowed)}")
    cats = obj["categories"]
    for c in cats:
        if c not in CATEGORIES:
            problems.append(f"{where}: unknown category '{c}'")
    if len(set(cats)) != len(cats):
        problems.append(f"{where}: a category is listed twice")
    ev = obj["evidence"]
    for c, spans in ev.items():
        if c not in CATEGORIES:
            problems.append(f"{where}: evidence for unknown category '{c}'")
            continue
        if c not in cats:
            problems.append(f"{where}: evidence given for '{c}', which is not in categories")
        if not isinstance(spans, list) or not spans or not all(isinstance(s, str) and s for s in spans):
            problems.append(f"{where}: evidence['{c}'] must be a non-empty list of strings")
            continue
        for s in spans:
            if s not in obj["text"]:
                problems.append(f"{where}: evidence '{s}' for {c} does not occur in the text")
    for c in EVIDENCE_REQUIRED:
        if c in cats and c not in ev:
            problems.append(f"{where}: category '{c}' needs evidence substrings")
    posted = obj.get("posted_at")
    if posted is not None:
        try:
            datetime.fromisoformat(str(posted).replace("Z", "+00:00"))
        except ValueError:
            problems.append(f"{where}: posted_at '{posted}' is not an ISO 8601 date-time")
    if not obj["note"].strip():
        problems.append(f"{where}: note is empty")
    if len(problems) > before:
        return None
    return Case(id=cid, text=obj["text"], policy=obj["policy"], account=obj["account"],
                author=obj["author"], channel=obj["channel"], categories=list(cats),
                verdict=obj["verdict"], evidence={k: list(v) for k, v in ev.items()},
                note=obj["note"], posted_at=posted, split=split)


def validate_contact(where: str, obj: dict[str, Any], problems: list[str]) -> ContactCase | None:
    """Check one contact scenario; append problems, return a ContactCase if usable."""
    if not _check_types(where, obj, CONTACT_FIELDS, problems):
        return None
    before = len(problems)
    if not re.fullmatch(r"contact-\d{4}", obj["id"]):
        problems.append(f"{where}: id '{obj['id']}' should look like contact-0001")
    for name, allowed in (("policy", POLICIES), ("relationship", RELATIONSHIPS), ("decision", DECISIONS)):
        if obj[name] not in allowed:
            problems.append(f"{where}: {name} '{obj[name]}' is not one of {', '.join(allowed)}")
    age = obj.get("age")
    if age is not None and (isinstance(age, bool) or not isinstance(age, int) or not 0 <= age <= 120):
        problems.append(f"{where}: age must be a whole number of years (0-120)")
    for flag in ("family", "looked_after", "sen"):
        if flag in obj and not isinstance(obj[flag], bool):
            problems.append(f"{where}: {flag} must be true or false")
    if obj.get("kind", "friend_request") not in KINDS:
        problems.append(f"{where}: kind '{obj.get('kind')}' is not one of {', '.join(KINDS)}")
    if obj.get("direction", "received") not in DIRECTIONS:
        problems.append(f"{where}: direction '{obj.get('direction')}' is not one of {', '.join(DIRECTIONS)}")
    if not obj["note"].strip():
        problems.append(f"{where}: note is empty")
    if len(problems) > before:
        return None
    return ContactCase(id=obj["id"], policy=obj["policy"], relationship=obj["relationship"],
                       decision=obj["decision"], note=obj["note"], age=age,
                       family=bool(obj.get("family", False)), looked_after=bool(obj.get("looked_after", False)),
                       sen=bool(obj.get("sen", False)), kind=obj.get("kind", "friend_request"),
                       direction=obj.get("direction", "received"))


def load_split(split: str, corpus_dir: Path = HERE) -> list[Case]:
    """Load and validate one split's cases; CorpusError listing every problem."""
    problems: list[str] = []
    path = corpus_dir / f"{split}.jsonl"
    cases: list[Case] = []
    seen: set[str] = set()
    for n, obj in _read_jsonl(path, problems):
        c = validate_case(f"{path.name}:{n}", obj, split, problems)
        if c is None:
            continue
        if c.id in seen:
            problems.append(f"{path.name}:{n}: id '{c.id}' is used twice")
        seen.add(c.id)
        cases.append(c)
    if problems:
        raise CorpusError("\n".join(problems))
    return cases


def load_cases(split: str, corpus_dir: Path = HERE) -> list[Case]:
    """Cases of `dev`, `test` or `all` (both, checked to be disjoint); CorpusError on a malformed file."""
    if split not in (*SPLITS, "all"):
        raise CorpusError(f"unknown split '{split}': use dev, test or all")
    names = SPLITS if split == "all" else (split,)
    out: list[Case] = []
    problems: list[str] = []
    for name in names:
        try:
            out.extend(load_split(name, corpus_dir))
        except CorpusError as e:
            problems.append(str(e))
    if split == "all" and not problems:
        texts: dict[str, str] = {}
        for c in out:
            key = " ".join(c.text.lower().split())
            if key in texts and texts[key].split("-")[0] != c.split:
                problems.append(f"{c.id}: same text as {texts[key]}: the splits must not share cases")
            texts.setdefault(key, c.id)
    if problems:
        raise CorpusError("\n".join(problems))
    return out


def load_contacts(corpus_dir: Path = HERE) -> list[ContactCase]:
    """Load and validate contact.jsonl; CorpusError listing every problem."""
    problems: list[str] = []
    path = corpus_dir / "contact.jsonl"
    out: list[ContactCase] = []
    seen: set[str] = set()
    for n, obj in _read_jsonl(path, problems):
        c = validate_contact(f"{path.name}:{n}", obj, problems)
        if c is None:
            continue
        if c.id in seen:
            problems.append(f"{path.name}:{n}: id '{c.id}' is used twice")
        seen.add(c.id)
        out.append(c)
    if problems:
        raise CorpusError("\n".join(problems))
    return out


# ---------------------------------------------------------------- evidence span kinds

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_PHONE = re.compile(r"^\+?[\d\s\-()]{9,}$")
_POSTCODE = re.compile(r"^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$")
_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\b\d{1,2}(st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}")


def span_kind(s: str) -> str:
    """Classify a personal_information evidence string: phone, email, postcode, date_of_birth, handle or address."""
    t = s.strip()
    if _EMAIL.match(t):
        return "email"
    if _PHONE.match(t) and sum(ch.isdigit() for ch in t) >= 10:
        return "phone"
    if _POSTCODE.match(t):
        return "postcode"
    if _DATE.search(t):
        return "date_of_birth"
    if t.startswith("@") or (" " not in t and re.search(r"[._]", t)):
        return "handle"
    return "address"


def _offsets(text: str, sub: str) -> list[tuple[int, int]]:
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


# ---------------------------------------------------------------- running the checker

@dataclass
class Outcome:
    """What safepost said about one case."""

    verdict: str
    loose: set[str] = field(default_factory=set)   # categories with any finding
    strict: set[str] = field(default_factory=set)  # categories with a finding above info
    spans: dict[str, list[tuple[int | None, int | None]]] = field(default_factory=dict)
    findings: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None


def run_checks(cases: list[Case], school_path: Path, roster_path: Path) -> tuple[dict[str, Outcome], list[str]]:
    """Check every case with one Checker per policy; returns outcomes by id and notes on what failed."""
    notes: list[str] = []
    outcomes: dict[str, Outcome] = {}
    try:
        from safepost.context import Roster, School
        from safepost.engine import Checker
        from safepost.packs import load_pack
        from safepost.types import Post
    except Exception as e:  # the package itself is broken: say so, score nothing
        notes.append(f"checks: not available (safepost could not be imported: {e.__class__.__name__}: {e})")
        return outcomes, notes
    try:
        school = School.from_yaml(school_path)
        roster = Roster.from_csv(roster_path)
    except Exception as e:
        notes.append(f"checks: not available (school or roster could not be read: {e})")
        return outcomes, notes
    checkers: dict[str, Any] = {}
    for policy in sorted({c.policy for c in cases}):
        try:
            checkers[policy] = Checker(load_pack(policy), school=school, roster=roster)
        except Exception as e:
            notes.append(f"pack {policy}: not available ({e.__class__.__name__}: {e}); its cases count as errors")
    for c in cases:
        checker = checkers.get(c.policy)
        if checker is None:
            outcomes[c.id] = Outcome(verdict="error", error="pack not available")
            continue
        posted = datetime.fromisoformat(c.posted_at.replace("Z", "+00:00")) if c.posted_at else None
        post = Post(text=c.text, account=c.account, author=c.author, channel=c.channel,
                    posted_at=posted, id=c.id)
        try:
            res = checker.check(post)
        except Exception as e:  # one bad case must not stop the run
            outcomes[c.id] = Outcome(verdict="error", error=f"{e.__class__.__name__}: {e}")
            continue
        out = Outcome(verdict=res.verdict)
        for f in res.findings:
            out.loose.add(f.category)
            if f.severity != "info":
                out.strict.add(f.category)
            out.spans.setdefault(f.category, []).append((f.start, f.end))
            out.findings.append({"category": f.category, "severity": f.severity, "evidence": f.evidence,
                                 "rule": f.rule})
        outcomes[c.id] = out
    return outcomes, notes


def run_contacts(contacts: list[ContactCase]) -> tuple[dict[str, str] | None, str]:
    """Decide every contact scenario; (None, reason) when safepost.contact is not there yet."""
    try:
        from safepost.contact import decide_contact
        from safepost.packs import load_pack
    except Exception as e:
        return None, f"contact: not available ({e.__class__.__name__}: {e})"
    packs: dict[str, Any] = {}
    got: dict[str, str] = {}
    for c in contacts:
        try:
            if c.policy not in packs:
                packs[c.policy] = load_pack(c.policy)
            r = decide_contact(packs[c.policy], c.relationship, age=c.age, family=c.family,
                               looked_after=c.looked_after, sen=c.sen, kind=c.kind,
                               direction=c.direction, id=c.id)
            got[c.id] = r.decision
        except Exception as e:
            got[c.id] = f"error: {e.__class__.__name__}"
    return got, ""


# ---------------------------------------------------------------- metrics

def _prf(tp: int, fp: int, fn: int) -> dict[str, float | None]:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if (p is not None and r is not None) else None)
    return {"precision": p, "recall": r, "f1": f}


def score(cases: list[Case], outcomes: dict[str, Outcome], contacts: list[ContactCase],
          contact_got: dict[str, str] | None) -> dict[str, Any]:
    """All the figures, as one JSON-ready dict."""
    scored = [c for c in cases if c.id in outcomes]
    per_cat: dict[str, Any] = {}
    for variant in ("loose", "strict"):
        for cat in CATEGORIES:
            tp = fp = fn = 0
            for c in scored:
                pred = getattr(outcomes[c.id], variant)
                g, p = cat in c.categories, cat in pred
                tp += g and p
                fp += p and not g
                fn += g and not p
            entry = per_cat.setdefault(cat, {"gold": sum(cat in c.categories for c in scored)})
            entry[variant] = {"tp": tp, "fp": fp, "fn": fn, **_prf(tp, fp, fn)}
    macro: dict[str, float | None] = {}
    counted = [c for c in CATEGORIES if per_cat[c]["gold"] >= MACRO_MIN_GOLD]
    for variant in ("loose", "strict"):
        f1s = [per_cat[c][variant]["f1"] or 0.0 for c in counted]
        macro[variant] = sum(f1s) / len(f1s) if f1s else None

    confusion: dict[str, Counter[str]] = {v: Counter() for v in VERDICTS}
    right = 0
    by_policy: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for c in scored:
        got = outcomes[c.id].verdict
        confusion[c.verdict][got] += 1
        right += got == c.verdict
        by_policy[c.policy][0] += got == c.verdict
        by_policy[c.policy][1] += 1
    n = len(scored)
    rank = {v: i for i, v in enumerate(VERDICTS)}
    under = sum(1 for c in scored if outcomes[c.id].verdict in rank and rank[outcomes[c.id].verdict] < rank[c.verdict])
    over = sum(1 for c in scored if outcomes[c.id].verdict in rank and rank[outcomes[c.id].verdict] > rank[c.verdict])
    esc_gold = [c for c in scored if c.verdict == "escalate"]

    spans: dict[str, dict[str, int]] = {}
    for c in scored:
        for cat, strings in c.evidence.items():
            if cat not in EVIDENCE_REQUIRED:
                continue
            found_spans = outcomes[c.id].spans.get(cat, [])
            for s in strings:
                kind = span_kind(s) if cat == "personal_information" else "pupil_name"
                hit = any(fs is not None and fe is not None and fs < e and fe > b
                          for (b, e) in _offsets(c.text, s) for (fs, fe) in found_spans)
                d = spans.setdefault(kind, {"total": 0, "found": 0})
                d["total"] += 1
                d["found"] += hit
    for d in spans.values():
        d["recall"] = d["found"] / d["total"] if d["total"] else None

    contact: dict[str, Any] = {"available": contact_got is not None, "n": len(contacts)}
    if contact_got is not None:
        cconf: dict[str, Counter[str]] = {d: Counter() for d in DECISIONS}
        ok = 0
        cby: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for c in contacts:
            g = contact_got.get(c.id, "error")
            cconf[c.decision][g] += 1
            ok += g == c.decision
            cby[c.policy][0] += g == c.decision
            cby[c.policy][1] += 1
        contact.update(accuracy=ok / len(contacts) if contacts else None, correct=ok,
                       confusion={k: dict(v) for k, v in cconf.items()},
                       by_policy={p: {"correct": a, "n": b, "accuracy": a / b} for p, (a, b) in sorted(cby.items())})
    return {
        "cases": len(cases), "scored": n,
        "errors": sum(1 for c in scored if outcomes[c.id].error),
        "categories": per_cat,
        "macro_f1": macro, "macro_f1_categories": counted, "macro_min_gold": MACRO_MIN_GOLD,
        "verdict_accuracy": right / n if n else None, "verdict_correct": right,
        "verdict_too_lenient": under, "verdict_too_strict": over,
        "escalate_recall": (sum(outcomes[c.id].verdict == "escalate" for c in esc_gold) / len(esc_gold)
                            if esc_gold else None),
        "verdict_confusion": {k: dict(v) for k, v in confusion.items()},
        "verdict_by_policy": {p: {"correct": a, "n": b, "accuracy": a / b} for p, (a, b) in sorted(by_policy.items())},
        "span_recall": spans,
        "contact": contact,
    }


# ---------------------------------------------------------------- printing

def _f(x: float | None) -> str:
    return "  -  " if x is None else f"{x:5.2f}"


def print_report(split: str, m: dict[str, Any], notes: list[str], contact_note: str) -> None:
    """The readable report."""
    print(f"safepost corpus score: split={split}, {m['scored']} of {m['cases']} cases checked"
          + (f", {m['errors']} raised errors" if m["errors"] else ""))
    for note in notes:
        print(f"  note: {note}")
    if not m["scored"]:
        print("  nothing was checked.")
    else:
        print("\nCategories (any finding counts; 'strict' counts only findings above info)")
        print(f"  {'category':30} {'gold':>4}   {'P':>5} {'R':>5} {'F1':>5}   {'strict P':>8} {'R':>5} {'F1':>5}")
        for cat in CATEGORIES:
            e = m["categories"][cat]
            lo, st = e["loose"], e["strict"]
            if e["gold"] == 0 and lo["fp"] == 0 and st["fp"] == 0:
                continue
            print(f"  {cat:30} {e['gold']:>4}   {_f(lo['precision'])} {_f(lo['recall'])} {_f(lo['f1'])}"
                  f"   {_f(st['precision']):>8} {_f(st['recall'])} {_f(st['f1'])}")
        print(f"  macro-F1 over {len(m['macro_f1_categories'])} categories with >= {m['macro_min_gold']} gold: "
              f"{_f(m['macro_f1']['loose']).strip()} (strict {_f(m['macro_f1']['strict']).strip()})")
        print(f"\nVerdicts: accuracy {_f(m['verdict_accuracy']).strip()} ({m['verdict_correct']}/{m['scored']}); "
              f"too lenient {m['verdict_too_lenient']}, too strict {m['verdict_too_strict']}; "
              f"escalate recall {_f(m['escalate_recall']).strip()}")
        cols = [*VERDICTS, "error"]
        print("  expected \\ got " + "".join(f"{c:>9}" for c in cols))
        for g in VERDICTS:
            row = m["verdict_confusion"][g]
            print(f"  {g:15} " + "".join(f"{row.get(c, 0):>9}" for c in cols))
        print("  by policy: " + ", ".join(f"{p} {_f(d['accuracy']).strip()} ({d['correct']}/{d['n']})"
                                          for p, d in m["verdict_by_policy"].items()))
        print("\nEvidence spans found (a finding of the category overlaps the labelled span)")
        for kind in ("phone", "email", "postcode", "address", "date_of_birth", "handle", "pupil_name"):
            d = m["span_recall"].get(kind)
            if d:
                print(f"  {kind:14} {d['found']:>3}/{d['total']:<3} recall {_f(d['recall']).strip()}")
    c = m["contact"]
    if not c["available"]:
        print(f"\n{contact_note}")
    else:
        print(f"\nContact decisions: accuracy {_f(c['accuracy']).strip()} ({c['correct']}/{c['n']})")
        print("  by policy: " + ", ".join(f"{p} {_f(d['accuracy']).strip()} ({d['correct']}/{d['n']})"
                                          for p, d in c["by_policy"].items()))


def print_errors(cases: list[Case], outcomes: dict[str, Outcome], contacts: list[ContactCase],
                 contact_got: dict[str, str] | None) -> None:
    """Every case where the verdict or the categories differ, expected vs got."""
    print("\nErrors (expected vs got)")
    unavailable = 0
    for c in cases:
        o = outcomes.get(c.id)
        if o is None:
            continue
        if o.error == "pack not available":
            unavailable += 1
            continue
        missing, extra = set(c.categories) - o.loose, o.loose - set(c.categories)
        if o.verdict == c.verdict and not missing and not extra:
            continue
        text = c.text if len(c.text) <= 110 else c.text[:107] + "..."
        print(f"- {c.id} [{c.policy} {c.account}/{c.author}] {text!r}")
        print(f"    verdict: expected {c.verdict}, got {o.verdict}"
              + (f"   missing: {', '.join(sorted(missing))}" if missing else "")
              + (f"   extra: {', '.join(sorted(extra))}" if extra else ""))
        if o.error:
            print(f"    error: {o.error}")
        for f in o.findings:
            print(f"    found {f['category']}/{f['severity']} ({f['rule']}): {f['evidence']!r}")
        print(f"    why: {c.note}")
    if unavailable:
        print(f"- {unavailable} cases not listed: their pack could not be built (see the notes above)")
    if contact_got is not None:
        for c in contacts:
            g = contact_got.get(c.id)
            if g != c.decision:
                facts = ", ".join(f"{k}={v}" for k, v in (("age", c.age), ("family", c.family),
                                  ("looked_after", c.looked_after), ("sen", c.sen)) if v not in (None, False))
                print(f"- {c.id} [{c.policy}] {c.relationship} {c.kind} {c.direction} {facts}: "
                      f"expected {c.decision}, got {g}   why: {c.note}")


def main(argv: list[str] | None = None) -> int:
    """Command line entry: score a split and print the report (or JSON)."""
    ap = argparse.ArgumentParser(description="Score safepost against the labelled corpus.")
    ap.add_argument("--split", default="dev", choices=["dev", "test", "all"], help="which cases (default dev)")
    ap.add_argument("--show-errors", action="store_true", help="list each wrong case (dev only, see README)")
    ap.add_argument("--allow-test-errors", action="store_true",
                    help="let --show-errors list test cases: only to check labels, never while tuning")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON (for BENCHMARKS.md)")
    ap.add_argument("--school", default=str(DEFAULT_SCHOOL), help="school.yaml (default: the demo school)")
    ap.add_argument("--roster", default=str(DEFAULT_ROSTER), help="pupils.csv (default: the demo roster)")
    ap.add_argument("--no-contact", action="store_true", help="skip the contact scenarios")
    ap.add_argument("--corpus-dir", default=str(HERE), help=argparse.SUPPRESS)  # for tests
    args = ap.parse_args(argv)
    try:
        cases = load_cases(args.split, Path(args.corpus_dir))
        contacts = [] if args.no_contact else load_contacts(Path(args.corpus_dir))
    except CorpusError as e:
        for line in str(e).splitlines():
            print(f"corpus error: {line}", file=sys.stderr)
        print("Fix the lines above in corpus/*.jsonl and run again.", file=sys.stderr)
        return 2
    if args.show_errors and args.split in ("test", "all") and not args.allow_test_errors:
        print("The test split is held aside: its errors are not shown while detectors or packs are being "
              "tuned. Use --split dev --show-errors (or add --allow-test-errors only to check the labels).",
              file=sys.stderr)
        args.show_errors = False
    outcomes, notes = run_checks(cases, Path(args.school), Path(args.roster))
    contact_got, contact_note = (None, "contact: skipped") if args.no_contact else run_contacts(contacts)
    metrics = score(cases, outcomes, contacts, contact_got)
    if args.json:
        print(json.dumps({"split": args.split, "notes": notes + ([contact_note] if contact_note else []),
                          **metrics}, indent=2, sort_keys=False))
    else:
        print_report(args.split, metrics, notes, contact_note)
        if args.show_errors:
            print_errors(cases, outcomes, contacts, contact_got)
    return 0


if __name__ == "__main__":
    sys.exit(main())
