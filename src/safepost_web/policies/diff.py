"""What changed between two versions of a pack, in plain words (no Django: works on pack dicts)."""
from __future__ import annotations

import datetime as dt
from typing import Any

_SEVERITY_WORDS = {"info": "noted only", "warn": "a warning", "review": "needs approval first",
                   "block": "not allowed", "escalate": "report to the safeguarding lead"}


def _by_id(items: list[dict]) -> dict[str, dict]:
    return {it["id"]: it for it in items or []}


def _label(category: str) -> str:
    return category.replace("_", " ")


def _rule_words(r: dict) -> str:
    return f"{_label(r['category'])}: {_SEVERITY_WORDS.get(r['severity'], r['severity'])}"


def diff_packs(old: dict | None, new: dict) -> list[dict[str, str]]:
    """Changes from `old` to `new` as {change: added|removed|changed, what, text}; empty when the same."""
    if old is None:
        return [{"change": "added", "what": "policy", "text": f"First version: {len(new.get('clauses', []))} "
                 f"sections and {len(new.get('rules', []))} rules."}]
    out: list[dict[str, str]] = []
    oc, nc = _by_id(old.get("clauses", [])), _by_id(new.get("clauses", []))
    for cid, c in nc.items():
        if cid not in oc:
            out.append({"change": "added", "what": "section", "text": f"New section “{c['title']}”: {c['summary']}"})
        elif c != oc[cid]:
            parts = [f for f in ("title", "section", "summary") if c.get(f) != oc[cid].get(f)]
            text = f"Section “{c['title']}” reworded"
            if "title" in parts:
                text = f"Section “{oc[cid]['title']}” renamed “{c['title']}”"
            if "summary" in parts:
                text += f". It now says: {c['summary']}"
            out.append({"change": "changed", "what": "section", "text": text})
    for cid, c in oc.items():
        if cid not in nc:
            out.append({"change": "removed", "what": "section", "text": f"Section “{c['title']}” removed."})
    for key, what in (("rules", "rule"), ("contact", "contact rule")):
        orr, nr = _by_id(old.get(key, [])), _by_id(new.get(key, []))
        for rid, r in nr.items():
            words = _rule_words(r) if key == "rules" else r["decision"].replace("_", " ")
            if rid not in orr:
                out.append({"change": "added", "what": what, "text": f"New {what} ({words}): {r['message']}"})
            elif r != orr[rid]:
                o = orr[rid]
                bits = []
                if key == "rules" and o["severity"] != r["severity"]:
                    bits.append(f"{_label(r['category'])} was {_SEVERITY_WORDS.get(o['severity'], o['severity'])}, "
                                f"now {_SEVERITY_WORDS.get(r['severity'], r['severity'])}")
                if key == "contact" and o["decision"] != r["decision"]:
                    bits.append(f"was {o['decision'].replace('_', ' ')}, now {words}")
                if o.get("message") != r.get("message"):
                    bits.append(f"it now says: {r['message']}")
                if o.get("when") != r.get("when"):
                    bits.append("it now applies in different situations")
                if o.get("clause") != r.get("clause"):
                    bits.append("it now rests on a different section")
                out.append({"change": "changed", "what": what,
                            "text": f"The {what} on {words if key == 'contact' else _label(r['category'])} "
                                    f"changed: " + "; ".join(bits or ["details changed"]) + "."})
        for rid, r in orr.items():
            if rid not in nr:
                words = _label(r["category"]) if key == "rules" else r["decision"].replace("_", " ")
                out.append({"change": "removed", "what": what, "text": f"The {what} on {words} removed: "
                            f"{r['message']}"})
    if (old.get("declaration") or "") != (new.get("declaration") or ""):
        out.append({"change": "changed", "what": "declaration", "text": "The declaration staff sign changed: "
                    f"“{new.get('declaration') or '(none)'}”"})
    if old.get("related_policies") != new.get("related_policies"):
        out.append({"change": "changed", "what": "related policies", "text": "Related policies are now: "
                    + (", ".join(new.get("related_policies") or []) or "none") + "."})
    os_, ns = old.get("settings") or {}, new.get("settings") or {}
    for k in sorted(set(os_) | set(ns)):
        if os_.get(k) != ns.get(k):
            out.append({"change": "changed", "what": "setting", "text": f"Setting “{k.replace('_', ' ')}” changed."})
    return out


def parse_review_date(value: Any) -> dt.date | None:
    """A pack's review date ("2025", "2027-09" or "2027-09-15") as the first day it can mean; None if unreadable."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    try:
        if len(s) == 4:
            return dt.date(int(s), 1, 1)
        if len(s) == 7:
            return dt.date(int(s[:4]), int(s[5:7]), 1)
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None
