"""The rows the escalation work may read, each labelled escalate or not, with its writer (source file).

Used by training/train_escalation.py (training and leave-one-writer-out thresholds) and
training/eval_escalation.py (before/after figures). Never reads corpus/test.jsonl or the blind
fresh*_eval.jsonl sets.

- corpus/dev.jsonl, extra_cases.jsonl, outsider3_dev.jsonl, escalation_cases.jsonl: label = gold verdict
  is `escalate`. Escalations that come only from newport-cejs's "racist and homophobic insults are
  illegal" rule (a language finding, not a safeguarding one) are marked `lang_only` and left out of the
  model's training: the escalation model should not learn insults.
- escalation_seed.jsonl, escalation_pupil_clean.jsonl: label = its `escalate` field (written for this model; the
  second holds ordinary posts in a pupil's voice, so the model does not learn "a pupil wrote it" as a sign of harm).
- meaning_seed*.jsonl: no verdicts; a row with an `escalate` field (meaning_seed7 on) is labelled by it; in the
  others none is an escalation (they were written for the meaning model, without escalation in mind).
Rows without a policy get one of the five packs in turn (every pack escalates the same base kinds).
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "training" / "data"
GOLD_FILES = [ROOT / "corpus" / "dev.jsonl", DATA / "extra_cases.jsonl", DATA / "outsider3_dev.jsonl",
              DATA / "escalation_cases.jsonl"]
SEED_FILE = DATA / "escalation_seed.jsonl"
SEED_FILES = [SEED_FILE, DATA / "escalation_pupil_clean.jsonl"]
# every meaning seed there is (meaning_seed.jsonl, meaning_seed2.jsonl, ...), in order
MEANING_FILES = sorted(DATA.glob("meaning_seed*.jsonl"), key=lambda p: int(p.stem[len("meaning_seed"):] or 1))
POLICIES = ("staff-declaration", "newport-cejs", "aycliffe-drive", "marshfields", "rattlesden")
BLIND = ("test.jsonl", "fresh_eval.jsonl", "fresh2_eval.jsonl", "fresh3_eval.jsonl", "fresh4_eval.jsonl",
         "fresh5_eval.jsonl", "outsider4_hold.jsonl", "outsider6_hold.jsonl", "outsider7_hold.jsonl", "outsider8_hold.jsonl",
         "fresh6_eval.jsonl", "fresh7_eval.jsonl")
# the safeguarding categories an escalation can come from, besides newport's insults
SAFEGUARDING = {"safety_risk", "allegation", "pupil_contact", "confidential_school_matter"}


def _lang_only(r: dict) -> bool:
    """An escalation that only newport-cejs's racist/homophobic insult rule explains."""
    if r.get("policy") != "newport-cejs" or r.get("verdict") != "escalate":
        return False
    note = (r.get("note") or "").lower()
    cats = set(r.get("categories") or [])
    return not (cats & SAFEGUARDING) and ("threat" not in note) and any(
        w in note for w in ("racis", "homophob", "slur", "illegal", "insult"))


def load_rows(include_meaning: bool = True) -> list[dict]:
    """Every readable row: text, account, author, channel, policy, label, source, clean, lang_only."""
    rows: list[dict] = []
    files = GOLD_FILES + SEED_FILES + (MEANING_FILES if include_meaning else [])
    for p in files:
        if p.name in BLIND or not p.exists():
            continue
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            r = json.loads(line)
            gold = p in GOLD_FILES
            if gold:
                label = r["verdict"] == "escalate"
                cats = list(r.get("categories") or [])
            elif p in SEED_FILES:
                label = bool(r["escalate"])
                cats = [r["category"]] if r.get("category") else []
            elif "escalate" in r:  # a meaning seed labelled for escalation too
                label = bool(r["escalate"])
                cats = list(r.get("categories") or [])
            else:
                # written for the meaning model, without escalation in mind: a row with a category that can
                # hold an escalation (an allegation of harm, a safeguarding case, a threat, contact with a
                # pupil) is of unknown label here (None: neither trained on nor scored); the rest are not
                cats = list(r.get("categories") or [])
                label = None if set(cats) & (SAFEGUARDING | {"abuse_or_hate"}) else False
            rows.append({
                "id": r.get("id") or f"{p.stem}-{n:04d}", "text": r["text"],
                "account": r.get("account") or "personal", "author": r.get("author") or "staff",
                "channel": r.get("channel") or "facebook", "posted_at": r.get("posted_at"),
                "policy": r.get("policy") or POLICIES[n % len(POLICIES)],
                "label": label, "categories": cats, "source": p.name,
                "clean": not cats and (r.get("verdict") in (None, "allow")),
                "lang_only": gold and _lang_only(r),
                "kind": r.get("kind") or "", "note": r.get("note") or "",
            })
    return rows
