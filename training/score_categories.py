"""Category-only score of any JSONL of posts (rows need text and categories; verdicts are not needed).

    PYTHONPATH=src .venv/bin/python training/score_categories.py --file training/data/meaning_seed6.jsonl \
        [--show CATEGORY ...] [--policy newport-cejs] [--clean]

Rows without a policy are checked under --policy; rows without account/author/channel get personal,
staff, facebook. Prints loose P/R/F1 per category (any finding counts, as corpus/score.py's 'loose')
and, with --show, the misses and false alarms of the named categories (--clean: only the false alarms).
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, action="append", required=True)
    ap.add_argument("--policy", default="newport-cejs")
    ap.add_argument("--show", nargs="*", default=[])
    ap.add_argument("--clean", action="store_true", help="with --show: list only false alarms")
    ap.add_argument("--dump", type=Path, help="write {id: [categories found]} here (to diff two versions)")
    ap.add_argument("--quiet", action="store_true", help="no table")
    args = ap.parse_args(argv)
    cases: list[sc.Case] = []
    for path in args.file:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            o = json.loads(line)
            cases.append(sc.Case(id=o.get("id") or f"{path.stem}:{n}", text=o["text"],
                                 policy=o.get("policy") or args.policy, account=o.get("account", "personal"),
                                 author=o.get("author", "staff"), channel=o.get("channel", "facebook"),
                                 categories=list(o.get("categories", [])), verdict=o.get("verdict", "allow"),
                                 evidence={}, note=""))
    # Which meaning spans came from a rule and which from the model alone (for reading errors).
    from safepost.detectors import meaning
    sources: dict[tuple[str, str], list[str]] = {}
    orig = meaning.MeaningDetector.detect

    def detect(self, text, ctx):  # type: ignore[no-untyped-def]
        spans = orig(self, text, ctx)
        for sp in spans:
            ev = text[sp.start:sp.end] if sp.start is not None else "(post)"
            sources.setdefault((text, sp.category), []).append(
                f"{sp.attrs.get('source')}/{sp.kind} {sp.score:.2f} {ev[:70]!r}")
        return spans

    meaning.MeaningDetector.detect = detect  # type: ignore[method-assign]
    outcomes, notes = sc.run_checks(cases, sc.DEFAULT_SCHOOL, sc.DEFAULT_ROSTER)
    for note in notes:
        print("note:", note)
    if args.dump:
        args.dump.write_text(json.dumps({c.id: [sorted(outcomes[c.id].loose), c.categories, c.text]
                                         for c in cases}), encoding="utf-8")
    if args.quiet:
        return 0
    print(f"{'category':30} {'gold':>4} {'tp':>4} {'fp':>4} {'fn':>4}   {'P':>5} {'R':>5} {'F1':>5}")
    for cat in sc.CATEGORIES:
        tp = fp = fn = 0
        for c in cases:
            g, p = cat in c.categories, cat in outcomes[c.id].loose
            tp += g and p
            fp += p and not g
            fn += g and not p
        if tp + fp + fn == 0:
            continue
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        print(f"{cat:30} {tp + fn:>4} {tp:>4} {fp:>4} {fn:>4}   {pr:5.2f} {rc:5.2f} {f1:5.2f}")
    for cat in args.show:
        print(f"\n== {cat}")
        for c in cases:
            g, p = cat in c.categories, cat in outcomes[c.id].loose
            if g == p or (args.clean and g):
                continue
            tag = "MISS" if g else "FA  "
            print(f"{tag} [{c.id} {c.author}/{c.account}] {c.text!r}  gold={c.categories} "
                  f"got={sorted(outcomes[c.id].loose)}"
                  + "".join(f"\n      <{x}>" for x in sources.get((c.text, cat), [])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
