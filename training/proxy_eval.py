"""Proxies for the held-aside split, in one command: the whole checking core (rules, packs and a meaning
model trained without the scored file) on dev, on extra_cases, and on the two fresh sets.

    OMP_NUM_THREADS=1 .venv/bin/python training/proxy_eval.py [--reuse] [--save NAME] [--compare NAME]
    OMP_NUM_THREADS=1 .venv/bin/python training/proxy_eval.py --reuse --sweep        # thresholds
    OMP_NUM_THREADS=1 .venv/bin/python training/proxy_eval.py --reuse --errors allegation   # dev/extra only

1. dev held out (weighted most): the meaning model is trained without corpus/dev.jsonl
   (`train_meaning.py --no-dev`), then corpus/dev.jsonl is scored as `corpus/score.py --split dev`
   scores it. dev and the held-aside test split were written together, by one writer, before any
   detector existed, so this is the nearest proxy we have; the rules were still written while
   reading dev errors, so it flatters rules.
2. extra held out: the model is trained without training/data/extra_cases.jsonl (`--no-extra`) and
   the whole core scores extra_cases.jsonl (another writer).
3. fresh, fresh2: the model is trained on everything it may read; training/data/fresh_eval.jsonl and
   fresh2_eval.jsonl (a blind writer), never trained on, are scored. Their errors are never listed.

Models go to /tmp/safepost-proxy/*.npz (or $SAFEPOST_PROXY_DIR); the shipped src/safepost/models/meaning.npz is never
written. The word-order model (`train_meaning_seq.py`, run with $SAFEPOST_TRAIN_PYTHON, default /work/trainvenv's
python, which has torch) is trained with the same flags, so it never sees the scored file either, and goes to
<name>_seq.npz beside the n-gram model; only with --seq (it is optional: see models/meaning_seq.md). A
--seq run takes ~30-45 min on the shared machine: each model's CNN, shares and thresholds are chosen
leave-one-writer-out, which trains the n-gram model and the CNN once per remaining file.
--ctx likewise trains the transformer context model (`train_meaning_ctx.py`, measured 2026-11-21 and not
shipped) into <name>_ctx.npz and blends it in through that script's `attach`; pass its flags with
--ctx-args=... (an equals sign when they start with a dash).
--reuse skips training when those files exist (quick, for rule-only changes; the model's
thresholds were chosen with the old rules, so retrain before reporting a figure). Figures are the
scorer's: a category counts when any finding of it exists (info included); macro-F1 over the
categories with >= 5 gold positives in that file, and over the meaning detectors' categories alone
(the others move with other people's detectors). Never reads corpus/test.jsonl.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "corpus"))
sys.path.insert(0, str(ROOT / "training"))

import score as sc  # noqa: E402  (corpus/score.py)

OUT = Path(os.environ.get("SAFEPOST_PROXY_DIR", "/tmp/safepost-proxy"))  # one per worktree when several people measure at once
DATA = ROOT / "training" / "data"
RESULTS = OUT / "results"
# (name, train_meaning.py flags, the file(s) scored with that model)
SETS = [
    ("dev", ["--no-dev"], [ROOT / "corpus" / "dev.jsonl"]),
    ("extra", ["--no-extra"], [DATA / "extra_cases.jsonl"]),
    ("fresh", [], [DATA / "fresh_eval.jsonl"]),
    ("fresh2", [], [DATA / "fresh2_eval.jsonl"]),  # scored with the "fresh" model
]
MODEL_OF = {"fresh2": "fresh"}
WEIGHTS = {"dev": 0.4, "extra": 0.2, "fresh": 0.1, "fresh2": 0.3}


TRAIN_ARGS: list[str] = []


# The word-order model (train_meaning_seq.py) needs torch, which lives in the training venv only.
TRAIN_PYTHON = os.environ.get("SAFEPOST_TRAIN_PYTHON", "/work/trainvenv/bin/python")
SEQ = {"on": False}  # --seq: the word-order model is optional and not shipped (see models/meaning_seq.md)


def seq_path(name: str) -> Path:
    """Where the word-order model trained without `name`'s file goes (LinearModel.load finds it beside <name>.npz)."""
    return OUT / f"{name}_seq.npz"


def train(name: str, flags: list[str]) -> Path:
    path = OUT / f"{name}.npz"
    jobs = [("", [sys.executable, str(ROOT / "training" / "train_meaning.py"), *flags, *TRAIN_ARGS, "--out", str(path)])]
    if SEQ["on"]:  # the CNN, its shares and thresholds, trained and chosen without the scored file too
        jobs.append(("_seq", [TRAIN_PYTHON, str(ROOT / "training" / "train_meaning_seq.py"), *flags, *SEQ_ARGS,
                              "--out", str(seq_path(name))]))
    if CTX["on"]:  # the context model, its shares, thresholds and gate, trained and chosen without the scored file too
        jobs.append(("_ctx", [sys.executable, str(ROOT / "training" / "train_meaning_ctx.py"), *flags, *CTX_ARGS,
                              "--out", str(ctx_path(name))]))
    for suffix, cmd in jobs:
        log = OUT / f"{name}{suffix}.log"
        with log.open("w") as f:
            r = subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT,
                               env={**os.environ, "OMP_NUM_THREADS": "1", "SAFEPOST_PROXY_DIR": str(OUT),
                                    "PYTHONPATH": str(ROOT / "src")})
        if r.returncode != 0:
            raise SystemExit(f"training {name}{suffix} failed: see {log}")
    return path


SEQ_ARGS: list[str] = []
CTX_ARGS: list[str] = []
CTX = {"on": False}  # --ctx: the transformer context model (train_meaning_ctx.py; measured, not shipped)


def ctx_path(name: str) -> Path:
    """Where the context model trained without `name`'s file goes (<name>_ctx.npz, beside the n-gram model)."""
    return OUT / f"{name}_ctx.npz"


def load_cases(files: list[Path]) -> list:
    problems: list[str] = []
    cases = []
    for p in files:
        if not p.exists() or p.name == "test.jsonl":
            continue
        for n, obj in sc._read_jsonl(p, problems):
            c = sc.validate_case(f"{p.name}:{n}", obj, "", problems)
            if c is not None:
                c.id = f"{p.stem}:{c.id}"
                cases.append(c)
    if problems:
        raise SystemExit("\n".join(problems))
    return cases


def evaluate(model_path: Path, files: list[Path], show: list[str] | None = None) -> dict:
    from safepost.detectors import meaning
    # with --seq, the word-order model beside it (<name>_seq.npz) is blended in when it exists
    m = meaning.LinearModel.load(model_path, None if SEQ["on"] else OUT / "no-such-file.npz")
    if m is None:
        raise SystemExit(f"cannot load {model_path}")
    if CTX["on"]:  # with --ctx, the context model beside it (<name>_ctx.npz), read on the posts its gate passes
        import train_meaning_ctx
        m = train_meaning_ctx.attach(m, ctx_path(model_path.stem))
    meaning.set_model(m)
    cases = load_cases(files)
    outcomes, notes = sc.run_checks(cases, sc.DEFAULT_SCHOOL, sc.DEFAULT_ROSTER)
    res = sc.score(cases, outcomes, [], None)
    for cat in show or []:
        for c in cases:
            o = outcomes[c.id]
            g, p = cat in c.categories, cat in o.loose
            if g != p:
                ev = [f"{f['severity']}:{f['rule']}:{(f['evidence'] or '')[:60]!r}" for f in o.findings
                      if f["category"] == cat]
                print(f"{cat[:12]} {'FN' if g else 'FP'} {c.id} [{c.policy} {c.account}/{c.author}/{c.channel}] "
                      f"{c.text!r} {' '.join(ev)}")
    meaning.set_model(None)
    meaning._MODEL_LOADED = False  # back to the shipped model for anything that follows
    out = {"macro": res["macro_f1"]["loose"], "strict": res["macro_f1"]["strict"], "n": len(cases),
           "verdict": res["verdict_accuracy"], "counted": res["macro_f1_categories"], "cats": {}}
    for c, e in res["categories"].items():
        lo = e["loose"]
        out["cats"][c] = {"gold": e["gold"], "p": lo["precision"], "r": lo["recall"], "f1": lo["f1"],
                          "tp": lo["tp"], "fp": lo["fp"], "fn": lo["fn"]}
    return out


def sweep(sets: list) -> int:
    """F1 per category at each threshold the model alone may use, on dev and extra held out (never fresh:
    choosing on it would be tuning on it)."""
    from safepost.detectors import meaning
    from train_meaning import EMIT_GRID
    grid = {}
    for name, _, files in sets:
        if name.startswith("fresh"):
            continue
        for t in EMIT_GRID:
            meaning.EMIT_OVERRIDE.clear()
            meaning.EMIT_OVERRIDE.update({c: t for c in meaning.MODEL_CATEGORIES})
            grid[(name, t)] = evaluate(OUT / f"{name}.npz", files)
    meaning.EMIT_OVERRIDE.clear()
    names = sorted({n for n, _ in grid})
    print(f"{'category':30} " + " ".join(f"{t:>9}" for t in EMIT_GRID) + "   (" + " / ".join(names) + ")")
    for c in meaning.MODEL_CATEGORIES:
        print(f"{c:30} " + " ".join("/".join(f"{100 * (grid[(n, t)]['cats'][c]['f1'] or 0):.0f}" for n in names)
                                    for t in EMIT_GRID))
    return 0


def meaning_macro(r: dict) -> float:
    """Macro-F1 over the meaning detectors' categories only (the others belong to other detectors)."""
    from safepost.detectors.meaning import MODEL_CATEGORIES
    cats = [c for c in MODEL_CATEGORIES if c in r["counted"]]
    return sum(r["cats"][c]["f1"] or 0.0 for c in cats) / max(1, len(cats))


def fmt(x: float | None) -> str:
    return "  - " if x is None else f"{x:.2f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reuse", action="store_true", help="use the models from the last run (rule changes only)")
    ap.add_argument("--save", help="save the figures as /tmp/safepost-proxy/results/NAME.json")
    ap.add_argument("--compare", help="show differences from /tmp/safepost-proxy/results/NAME.json")
    ap.add_argument("--errors", action="append", default=[],
                    help="list the dev and extra cases a category gets wrong (never the fresh set's)")
    ap.add_argument("--sweep", action="store_true",
                    help="per-category F1 of the dev and extra proxies at each model-alone threshold (EMIT_GRID)")
    ap.add_argument("--train-args", default="", help="extra train_meaning.py flags, e.g. '--no-seed4'")
    ap.add_argument("--seq", action="store_true",
                    help="also train (without the scored file) and blend in the word-order model "
                         "(train_meaning_seq.py)")
    ap.add_argument("--seq-args", default="", help="extra train_meaning_seq.py flags")
    ap.add_argument("--ctx", action="store_true",
                    help="also train (without the scored file) and blend in the transformer context model "
                         "(train_meaning_ctx.py)")
    ap.add_argument("--ctx-args", default="", help="extra train_meaning_ctx.py flags, e.g. '--gate-lo 0.2 --gate-hi 0.5'")
    ap.add_argument("--emit", help="model-alone thresholds to score with, as JSON {category: t} (overrides the models')")
    ap.add_argument("--only", choices=[s[0] for s in SETS], action="append", help="score only these sets")
    args = ap.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    TRAIN_ARGS[:] = args.train_args.split()
    SEQ_ARGS[:] = args.seq_args.split()
    SEQ["on"] = args.seq
    CTX_ARGS[:] = args.ctx_args.split()
    CTX["on"] = args.ctx
    sets = [s for s in SETS if not args.only or s[0] in args.only]
    t0 = time.time()
    todo = [s for s in sets if s[0] not in MODEL_OF and not (
        args.reuse and (OUT / f"{s[0]}.npz").exists() and (not SEQ["on"] or seq_path(s[0]).exists())
        and (not CTX["on"] or ctx_path(s[0]).exists()))]
    for s in sets:
        if s[0] in MODEL_OF and not any(t[0] == MODEL_OF[s[0]] for t in sets) and not args.reuse:
            todo.append(next(t for t in SETS if t[0] == MODEL_OF[s[0]]))
    if todo:
        with ThreadPoolExecutor(max_workers=2) as ex:  # the machine has two cores
            list(ex.map(lambda s: train(s[0], s[1]), todo))
        print(f"trained {', '.join(s[0] for s in todo)} in {time.time() - t0:.0f} s")
    if args.emit:
        from safepost.detectors import meaning
        meaning.EMIT_OVERRIDE.update(json.loads(args.emit))
    if args.sweep:
        return sweep(sets)
    res = {name: evaluate(OUT / f"{MODEL_OF.get(name, name)}.npz", files,
                          args.errors if not name.startswith("fresh") else None)
           for name, _, files in sets if any(f.exists() for f in files)}
    base = None
    if args.compare:
        base = json.loads((RESULTS / f"{args.compare}.json").read_text())
    names = [s[0] for s in sets if s[0] in res]
    head = "".join(f"{n + ' F1 (P/R)':>22}" for n in names)
    print(f"\n{'category':32}{head}")
    for c in sc.CATEGORIES:
        row = ""
        for n in names:
            e = res[n]["cats"][c]
            if e["gold"] == 0 and not e["fp"]:
                row += f"{'':>22}"
                continue
            d = ""
            if base and n in base:
                b = base[n]["cats"][c]["f1"]
                if b is not None and e["f1"] is not None and abs(e["f1"] - b) >= 0.005:
                    d = f"{e['f1'] - b:+.2f}"
            mark = "" if c in res[n]["counted"] else "*"
            row += f"{fmt(e['f1']) + mark:>6}{d:>6} ({fmt(e['p'])}/{fmt(e['r'])})"
        print(f"{c:32}{row}")
    print()
    for n in names:
        r = res[n]
        d = f" ({r['macro'] - base[n]['macro']:+.3f})" if base and n in base else ""
        mine = meaning_macro(r)
        dm = f" ({mine - meaning_macro(base[n]):+.3f})" if base and n in base else ""
        print(f"{n:6} n={r['n']:<4} macro-F1 {r['macro']:.3f}{d}  meaning categories {mine:.3f}{dm}  "
              f"strict {r['strict']:.3f}  verdict {r['verdict']:.3f}")
    if set(names) == set(WEIGHTS):
        w = sum(WEIGHTS[n] * res[n]["macro"] for n in names)
        d = f" ({w - sum(WEIGHTS[n] * base[n]['macro'] for n in names):+.3f})" if base else ""
        print(f"weighted ({', '.join(f'{n} {v}' for n, v in WEIGHTS.items())}): {w:.3f}{d}")
    print("(* fewer than 5 gold positives: not in that file's macro-F1)")
    if args.save:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / f"{args.save}.json").write_text(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
