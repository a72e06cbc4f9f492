"""Escalate recall and precision of the whole checking core on every set we may read, per writer.

    OMP_NUM_THREADS=1 PYTHONPATH=src .venv/bin/python training/eval_escalation.py [--no-model] [--show]
        [--save results.json]

For each readable file (training/esc_data.py): how many rows must escalate, how many do (recall), how
many escalated rows should not (precision), and false escalations on clean rows (no gold category).
--no-model runs the rules alone (the model detector is switched off), which is the "before" of the
model. --show lists misses and false escalations (readable sets only; never a blind set).
The model figures here are NOT held out for files the model was trained on: train_escalation.py
reports the leave-one-writer-out figures.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))

from esc_data import load_rows  # noqa: E402


def run(rows: list[dict], use_model: bool = True) -> list[dict]:
    """The verdict and the escalating detectors of each row (the rows are annotated and returned)."""
    from safepost.context import Roster, School
    from safepost.detectors import escalation
    from safepost.engine import Checker
    from safepost.packs import load_pack
    from safepost.types import Post

    md = getattr(escalation, "MODEL_DETECTOR", None)
    if md is not None:
        md.disabled = not use_model
    school = School.from_yaml(ROOT / "examples" / "school.yaml")
    roster = Roster.from_csv(ROOT / "examples" / "pupils.csv")
    checkers = {}
    for r in rows:
        ch = checkers.get(r["policy"])
        if ch is None:
            ch = checkers[r["policy"]] = Checker(load_pack(r["policy"]), school=school, roster=roster)
        posted = datetime.fromisoformat(r["posted_at"].replace("Z", "+00:00")) if r.get("posted_at") else None
        res = ch.check(Post(text=r["text"], account=r["account"], author=r["author"], channel=r["channel"],
                            posted_at=posted, id=r["id"]))
        r["verdict"] = res.verdict
        r["esc_by"] = sorted({f.detector for f in res.findings if f.severity == "escalate"})
    if md is not None:
        md.disabled = False
    return rows


def report(rows: list[dict], show: bool = False) -> dict:
    """Per-source and total escalate recall / precision, and false escalations on clean rows."""
    out = {}
    sources = list(dict.fromkeys(r["source"] for r in rows)) + ["ALL"]
    print(f"{'source':24} {'gold':>5} {'hit':>5} {'recall':>7} {'flagged':>8} {'prec':>6} {'clean':>6} {'FE-clean':>8}")
    for s in sources:
        rs = [r for r in rows if s == "ALL" or r["source"] == s]
        rs = [r for r in rs if r["label"] is not None]  # unknown labels are not scored
        gold = [r for r in rs if r["label"]]
        hit = [r for r in gold if r["verdict"] == "escalate"]
        flagged = [r for r in rs if r["verdict"] == "escalate"]
        tp = sum(r["label"] for r in flagged)
        clean = [r for r in rs if r["clean"]]
        fe = [r for r in clean if r["verdict"] == "escalate"]
        rec = len(hit) / len(gold) if gold else float("nan")
        prec = tp / len(flagged) if flagged else float("nan")
        out[s] = {"gold": len(gold), "hit": len(hit), "recall": rec, "flagged": len(flagged), "precision": prec,
                  "clean": len(clean), "false_escalations_clean": len(fe)}
        print(f"{s:24} {len(gold):5d} {len(hit):5d} {rec:7.3f} {len(flagged):8d} {prec:6.3f} {len(clean):6d} {len(fe):8d}")
    if show:
        for r in rows:
            if r["label"] and r["verdict"] != "escalate":
                print(f"MISS  {r['source'][:14]:14} {r['author']:6} {r['text'][:150]}")
        for r in rows:
            if r["label"] is False and r["verdict"] == "escalate":
                print(f"FALSE {r['source'][:14]:14} {','.join(r['esc_by'])[:30]:30} {r['text'][:130]}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-model", action="store_true")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--save", type=Path)
    args = ap.parse_args(argv)
    rows = run(load_rows(), use_model=not args.no_model)
    m = report(rows, args.show)
    if args.save:
        args.save.write_text(json.dumps(m, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
