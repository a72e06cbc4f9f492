"""Score safepost on training/data/fresh_eval.jsonl (a never-trained-on check), like corpus/score.py.

    .venv/bin/python training/score_fresh.py [--show-errors] [--json] [--file PATH]
    .venv/bin/python training/score_fresh.py --contacts training/data/contact_fresh.jsonl [--show-errors]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "corpus"))

import score as sc  # noqa: E402  (corpus/score.py)

FRESH = ROOT / "training" / "data" / "fresh_eval.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=FRESH)
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--contacts", type=Path, help="score contact decisions in this file instead (any ids)")
    args = ap.parse_args(argv)
    if args.contacts:
        return score_contacts(args.contacts, args.show_errors, args.json)
    problems: list[str] = []
    cases = []
    for n, obj in sc._read_jsonl(args.file, problems):
        c = sc.validate_case(f"{args.file.name}:{n}", obj, "", problems)
        if c is not None:
            cases.append(c)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    outcomes, notes = sc.run_checks(cases, sc.DEFAULT_SCHOOL, sc.DEFAULT_ROSTER)
    m = sc.score(cases, outcomes, [], None)
    if args.json:
        print(json.dumps(m, indent=2))
    else:
        sc.print_report(args.file.name, m, notes, "contact: skipped")
        if args.show_errors:
            sc.print_errors(cases, outcomes, [], None)
    return 0


def score_contacts(path: Path, show_errors: bool, as_json: bool) -> int:
    """Agreement of `safepost contact` with a second reader's decisions (ids of any shape)."""
    problems: list[str] = []
    rows = []
    for n, obj in sc._read_jsonl(path, problems):
        # The corpus validator wants corpus ids ("contact-0001"); a second reader's file has its own.
        c = sc.validate_contact(f"{path.name}:{n}", {**obj, "id": f"contact-{n:04d}"}, problems)
        if c is not None:
            c.id = obj["id"]
            rows.append((c, obj))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    got, reason = sc.run_contacts([c for c, _ in rows])
    if got is None:
        print(reason, file=sys.stderr)
        return 2
    wrong = [(c, obj) for c, obj in rows if got[c.id] != c.decision]
    by_pack: dict[str, list[int]] = {}
    for c, _ in rows:
        tally = by_pack.setdefault(c.policy, [0, 0])
        tally[0] += got[c.id] == c.decision
        tally[1] += 1
    if as_json:
        print(json.dumps({"n": len(rows), "agree": len(rows) - len(wrong),
                          "by_policy": {k: {"agree": a, "n": t} for k, (a, t) in by_pack.items()},
                          "disagree": [{"id": c.id, "expected": c.decision, "got": got[c.id]} for c, _ in wrong]},
                         indent=2))
        return 0
    print(f"contact decisions: {len(rows) - len(wrong)}/{len(rows)} agree with {path.name}")
    print("  by policy: " + ", ".join(f"{k} {a}/{t}" for k, (a, t) in by_pack.items()))
    if show_errors:
        for c, obj in wrong:
            print(f"- {c.id} [{c.policy}] {c.relationship} age={c.age} family={c.family} looked_after={c.looked_after} "
                  f"sen={c.sen} {c.kind}/{c.direction}: expected {c.decision}, got {got[c.id]}\n    why: {obj.get('note', '')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
