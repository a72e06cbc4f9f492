"""Score safepost on training/data/fresh_eval.jsonl (a never-trained-on check), like corpus/score.py.

    .venv/bin/python training/score_fresh.py [--show-errors] [--json] [--file PATH]
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
    args = ap.parse_args(argv)
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


if __name__ == "__main__":
    raise SystemExit(main())
