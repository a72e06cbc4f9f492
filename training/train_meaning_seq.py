#!/usr/bin/env python3
"""Train the meaning categories' word-order model, `src/safepost/models/meaning_seq.npz`, and choose its blend.

A multi-label 1-D CNN over the frozen static word-piece vectors (the shape of `safepost.seqmodel`, as
`train_language_seq.py` trains it for offensive language): convolutions of widths 1-3 max-pooled over
the post, plus the mean vector, a small hidden layer, one output per category of
`safepost.detectors.meaning.MODEL_CATEGORIES`. It reads the rows `train_meaning.py` reads (the same
files and --no-* flags). torch is used here only, in the throwaway training venv:

    OMP_NUM_THREADS=1 PYTHONPATH=src nice -n 10 /work/trainvenv/bin/python training/train_meaning_seq.py \
        [--report] [--no-dev] [--out PATH]

Leave-one-writer-out decides everything the blend needs: each training file (meaning_seed*.jsonl, one
writer each, corpus/dev.jsonl, extra_cases.jsonl) is held out in turn, and both the n-gram model
(`train_meaning.train`, as shipped: n-grams + sentence embedding) and the CNN are trained on the others
and score it. On those out-of-writer probabilities the script chooses

  * the number of epochs (best mean average precision over the categories),
  * Platt calibration of each CNN output,
  * per category, the CNN's share w of the probability, p = (1 - w) * p_linear + w * p_cnn, and the
    threshold at which the model alone reports the category, by the F1 of the whole meaning detectors
    (rules nudged by the blended probability, as `train_meaning.detector_predictions` runs them).

The final CNN is then trained on every row; its weights, Platt terms, shares and thresholds go to the
.npz (float16 weights; `meaning.LinearModel` reads it beside meaning.npz, and without it the n-gram
model and its own thresholds decide as before). Reported: leave-one-writer-out F1 per category of the
model alone and of the detectors, before (n-grams + embedding, meaning.npz's thresholds) and after,
with the shares and thresholds chosen on the other writers only ("nested"), so the figure for a writer
never used that writer to choose them.

Measured 2026-11-21 (8 files, 4,501 rows; details in src/safepost/models/meaning_seq.md): detectors'
macro-F1 leave-one-writer-out 0.832 -> 0.835, whole-core proxies flat (weighted 0.897 = 0.897,
outsider3_dev 0.896 -> 0.897) for ~0.15 ms a post, so the model is not shipped; run this script to
write src/safepost/models/meaning_seq.npz and the blend switches on. `proxy_eval.py --seq` measures it
with the CNN trained without the scored file (`--seq-args "--linear-c 32 --epochs 14 --max-epochs 14"`
was used for speed: the n-gram model's C fixed at the value every fold chose, the epochs fixed).
"""
from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

try:  # only training needs torch
    import torch
    from torch import nn
    _Module = nn.Module
except ImportError:  # pragma: no cover
    torch = nn = None  # type: ignore[assignment]
    _Module = object  # type: ignore[assignment,misc]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

import train_meaning as tm  # noqa: E402
from safepost import seqmodel  # noqa: E402
from safepost.detectors import meaning  # noqa: E402
from safepost.detectors.meaning import MODEL_CATEGORIES  # noqa: E402
from safepost.embed import get_embedder  # noqa: E402
from safepost.numeric import sigmoid as sig  # noqa: E402  (clipped at ±30, as the run-time blend)

OUT = ROOT / "src" / "safepost" / "models" / "meaning_seq.npz"
CACHE = Path(os.environ.get("SAFEPOST_PROXY_DIR", "/tmp/safepost-proxy")) / "lowo-cache"
WIDTHS = (1, 2, 3)
SHARES = (0.0, 0.25, 0.5, 0.75)  # the CNN's share of the probability, per category
EMIT_GRID = tm.EMIT_GRID


class CNN(_Module):  # type: ignore[misc,valid-type]
    """train_language_seq.CNN with one output per category."""

    def __init__(self, vectors: np.ndarray, filters: int, hidden: int, dropout: float, outputs: int) -> None:
        super().__init__()
        self.emb = nn.Embedding.from_pretrained(torch.from_numpy(vectors.copy()), freeze=True)
        dim = vectors.shape[1]
        self.convs = nn.ModuleList([nn.Conv1d(dim, filters, w) for w in WIDTHS])
        feat = filters * len(WIDTHS) + dim
        self.drop = nn.Dropout(dropout)
        self.hidden = nn.Linear(feat, hidden) if hidden else None
        self.out = nn.Linear(hidden or feat, outputs)

    def forward(self, ids: "torch.Tensor", lens: "torch.Tensor") -> "torch.Tensor":
        mask = (torch.arange(ids.shape[1])[None, :] < lens[:, None]).float()
        x = self.emb(ids) * mask[:, :, None]
        xt = x.transpose(1, 2)
        feats = []
        T = ids.shape[1]
        eff = torch.clamp(lens, min=max(WIDTHS))
        for w, conv in zip(WIDTHS, self.convs):
            h = conv(xt)
            valid = torch.arange(T - w + 1)[None, :] <= (eff - w)[:, None]
            feats.append(torch.relu(h.masked_fill(~valid[:, None, :], -1e4).max(dim=2).values))
        feats.append(x.sum(1) / torch.clamp(lens, min=1)[:, None].float())
        f = self.drop(torch.cat(feats, 1))
        if self.hidden is not None:
            f = self.drop(torch.relu(self.hidden(f)))
        return self.out(f)


def batches(ids: list[list[int]], Y: np.ndarray, bs: int, rng: np.random.Generator | None):
    idx = np.arange(len(ids))
    if rng is not None:
        rng.shuffle(idx)
    for i in range(0, len(idx), bs):
        b = idx[i:i + bs]
        lens = [max(1, len(ids[j])) for j in b]
        arr = np.zeros((len(b), max(max(lens), max(WIDTHS))), dtype=np.int64)
        for r, j in enumerate(b):
            arr[r, :len(ids[j])] = ids[j]
        yield b, torch.from_numpy(arr), torch.tensor(lens), torch.from_numpy(Y[b].astype(np.float32))


def logits_of(model: CNN, ids: list[list[int]]) -> np.ndarray:
    model.eval()
    out = np.zeros((len(ids), model.out.out_features), dtype=np.float32)
    with torch.no_grad():
        for b, x, lens, _ in batches(ids, np.zeros((len(ids), 1)), 256, None):
            out[b] = model(x, lens).numpy()
    return out


def fit_cnn(ids: list[list[int]], Y: np.ndarray, a: argparse.Namespace, epochs: int, seed: int,
            eval_ids: list[list[int]] | None = None) -> tuple[CNN, list[np.ndarray]]:
    """Train for `epochs`; returns the model and, per epoch, the logits of `eval_ids` (when given)."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    emb = get_embedder()
    model = CNN(emb.vectors, a.filters, a.hidden, a.dropout, Y.shape[1])
    pos = Y.sum(0)
    # positives weighted up (capped): most categories are rare in any one file
    pw = torch.tensor(np.clip(np.sqrt((len(Y) - pos) / np.maximum(pos, 1)), 1.0, a.max_pos_weight), dtype=torch.float32)
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=a.lr, weight_decay=a.weight_decay)
    per_epoch = []
    for _ in range(epochs):
        model.train()
        for _, x, lens, yb in batches(ids, Y, 32, rng):
            opt.zero_grad()
            loss = nn.functional.binary_cross_entropy_with_logits(model(x, lens), yb, pos_weight=pw)
            loss.backward()
            opt.step()
        if eval_ids is not None:
            per_epoch.append(logits_of(model, eval_ids))
    return model, per_epoch


def export(model: CNN, path: Path, meta: dict) -> None:
    arrays = {}
    for w, conv in zip(WIDTHS, model.convs):
        cw = conv.weight.detach().numpy().transpose(2, 1, 0).reshape(w * conv.weight.shape[1], -1)
        arrays[f"conv{w}_w"] = cw.astype(np.float16)
        arrays[f"conv{w}_b"] = conv.bias.detach().numpy().astype(np.float16)
    if model.hidden is not None:
        arrays["h_w"] = model.hidden.weight.detach().numpy().T.astype(np.float16)
        arrays["h_b"] = model.hidden.bias.detach().numpy().astype(np.float16)
    arrays["out_w"] = model.out.weight.detach().numpy().T.astype(np.float16)
    arrays["out_b"] = model.out.bias.detach().numpy().astype(np.float16)
    np.savez_compressed(path, meta=json.dumps({**meta, "widths": list(WIDTHS)}), **arrays)


def avg_precision(score: np.ndarray, gold: np.ndarray) -> float:
    if gold.sum() == 0:
        return float("nan")
    o = np.argsort(-score)
    g = gold[o]
    hits = np.cumsum(g)
    return float((hits[g == 1] / (np.flatnonzero(g == 1) + 1)).mean())


def writer_rows(args: argparse.Namespace) -> tuple[list[dict], list[str], np.ndarray, np.ndarray, np.ndarray]:
    """The training rows the --no-* flags leave in, the writers (one file each), each row's writer, and the
    labels (train_meaning.labels): what every leave-one-writer-out script starts from."""
    paths = tm.data_paths(args)
    rows = tm.load(paths)
    src = np.array([r["source"] for r in rows])
    Y, Ymodel = tm.labels(rows)
    return rows, [p.name for p in paths], src, Y, Ymodel


def platt_fit(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    return tm.platt(z.astype(np.float64), y)


def linear_lowo(rows: list[dict], writers: list[str], c_grid: tuple[float, ...] = tm.C_GRID) -> np.ndarray:
    """Out-of-writer probabilities of the n-gram model (as shipped: with the embedding blend), cached."""
    h = hashlib.sha256(b"" if c_grid == tm.C_GRID else repr(c_grid).encode())
    for r in rows:
        h.update(json.dumps([r["text"], r["categories"], r["account"], r["author"], r["channel"], r["source"],
                             r.get("posted_at")]).encode())
    h.update((ROOT / "training" / "train_meaning.py").read_bytes())
    for fn in (meaning.features, meaning.hash_features, meaning.clean):  # what the n-gram model reads of meaning.py
        h.update(inspect.getsource(fn).encode())
    h.update(str(meaning.HASH_BITS).encode())
    path = CACHE / f"linear-{h.hexdigest()[:16]}.npy"
    lock = path.with_suffix(".lock")
    while lock.exists() and not path.exists() and time.time() - lock.stat().st_mtime < 3600:
        time.sleep(10)  # another process (--linear-only) is computing the same thing
    if path.exists():
        return np.load(path)
    CACHE.mkdir(parents=True, exist_ok=True)
    lock.touch()
    P = np.zeros((len(rows), len(MODEL_CATEGORIES)))
    src = np.array([r["source"] for r in rows])
    for w in writers:
        t0 = time.time()
        tr = [r for r in rows if r["source"] != w]
        te_ix = np.flatnonzero(src == w)
        te = [rows[i] for i in te_ix]
        tm.C_GRID = c_grid
        model = tm.train(tr, tm.featurise(tr), 5, quiet=True, emb_mix=tm.EMB_MIX, choose_emit=False)
        probs = tm.predict(model, tm.featurise(te), te)
        P[te_ix] = [[p[c] for c in MODEL_CATEGORIES] for p in probs]
        print(f"  n-grams without {w}: C={model['C']}, {time.time() - t0:.0f} s", flush=True)
    np.save(path, P)
    lock.unlink(missing_ok=True)
    return P


def detector_grid(rows: list[dict], P_lin: np.ndarray, P_cnn: np.ndarray, shares, emits) -> dict:
    """Which categories the meaning detectors report for every (share, threshold) on the grid."""
    out = {}
    for s in shares:
        P = (1 - s) * P_lin + s * P_cnn
        probs = [{c: float(P[i, j]) for j, c in enumerate(MODEL_CATEGORIES)} for i in range(len(rows))]
        for t in emits:
            tm.set_emit(np.full(len(MODEL_CATEGORIES), t))
            out[(s, t)] = tm.detector_predictions(rows, probs)
    tm.set_emit(None)
    return out


def f1_of(pred: np.ndarray, gold: np.ndarray) -> float:
    return tm.f1(pred, gold)[2]


def choose(grid: dict, gold: np.ndarray, part: np.ndarray, shares, emit_min: dict) -> list[tuple[float, float]]:
    """Per category, the (share, threshold) with the best detector F1 on the rows in `part` (ties: the
    smaller share, then the higher threshold)."""
    out = []
    for j, c in enumerate(MODEL_CATEGORIES):
        cands = [(s, t) for (s, t) in grid if s in shares and t >= emit_min.get(c, 0.0)]
        out.append(max(cands, key=lambda st: (round(f1_of(grid[st][part, j], gold[part, j]), 3), -st[0], st[1])))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for f in ("dev", "extra", "seed2", "seed3", "seed4", "seed5", "seed6"):
        ap.add_argument(f"--no-{f}", action="store_true", help=f"leave out the {f} file (as train_meaning.py)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--max-epochs", type=int, default=14)
    ap.add_argument("--epochs", type=int, default=0, help="fix the epochs (0: chosen leave-one-writer-out)")
    ap.add_argument("--filters", type=int, default=96)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--dropout", type=float, default=0.3)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--weight-decay", type=float, default=0.0)
    ap.add_argument("--max-pos-weight", type=float, default=4.0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--shares", default=",".join(str(s) for s in SHARES),
                    help="the CNN shares to choose from (0 only: the thresholds alone, chosen leave-one-writer-out)")
    ap.add_argument("--emit-min", action="store_true", help="keep train_meaning.EMIT_MIN's threshold floors")
    ap.add_argument("--linear-c", type=float, default=0.0,
                    help="the n-gram model's C in the leave-one-writer-out runs (0: chosen on folds, as train_meaning.py)")
    ap.add_argument("--linear-only", action="store_true", help="only cache the n-gram model's out-of-writer probabilities")
    ap.add_argument("--report", action="store_true", help="print the before/after leave-one-writer-out tables")
    a = ap.parse_args(argv)
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
    t0 = time.time()
    rows, writers, src, Y, Ymodel = writer_rows(a)
    gold = Y == 1
    ids = [meaning.seq_ids(meaning.clean(r["text"])) for r in rows]
    print(f"{len(rows)} rows from {', '.join(writers)}", flush=True)
    c_grid = (a.linear_c,) if a.linear_c else tm.C_GRID
    if a.linear_only:  # fill the cache of the n-gram model's out-of-writer probabilities (run beside the CNN)
        linear_lowo(rows, writers, c_grid)
        return 0

    # 1. out-of-writer logits of the CNN at every epoch, and probabilities of the n-gram model
    logit_ep = np.zeros((a.max_epochs, len(rows), len(MODEL_CATEGORIES)), dtype=np.float32)
    for w in writers:
        tr, te = np.flatnonzero(src != w), np.flatnonzero(src == w)
        _, per = fit_cnn([ids[i] for i in tr], Ymodel[tr], a, a.max_epochs, a.seed, [ids[i] for i in te])
        for e, L in enumerate(per):
            logit_ep[e][te] = L
        print(f"  CNN without {w}: {time.time() - t0:.0f} s", flush=True)
    aps = [np.nanmean([avg_precision(logit_ep[e][:, j], Ymodel[:, j]) for j in range(Y.shape[1])])
           for e in range(a.max_epochs)]
    epochs = a.epochs or int(np.argmax(aps)) + 1
    print("CNN out-of-writer mean average precision by epoch: " + " ".join(f"{x:.3f}" for x in aps)
          + f" -> {epochs} epochs", flush=True)
    Z = logit_ep[epochs - 1]
    ab = [platt_fit(Z[:, j], Ymodel[:, j]) for j in range(Y.shape[1])]
    P_cnn = np.column_stack([sig(a_ * Z[:, j] + b_) for j, (a_, b_) in enumerate(ab)])
    P_lin = linear_lowo(rows, writers, c_grid)
    for j, c in enumerate(MODEL_CATEGORIES):
        print(f"  {c:32} average precision out of writer: n-grams {avg_precision(P_lin[:, j], Ymodel[:, j]):.3f}  "
              f"CNN {avg_precision(P_cnn[:, j], Ymodel[:, j]):.3f}  "
              f"mean {avg_precision(P_lin[:, j] + P_cnn[:, j], Ymodel[:, j]):.3f}")

    # 2. shares and thresholds, by the detectors' F1 on the out-of-writer probabilities
    shares = tuple(float(s) for s in a.shares.split(","))
    emit_min = tm.EMIT_MIN if a.emit_min else {}
    grid = detector_grid(rows, P_lin, P_cnn, shares, EMIT_GRID)
    everyone = np.ones(len(rows), dtype=bool)
    chosen = choose(grid, gold, everyone, shares, emit_min)
    print(f"detector grid: {time.time() - t0:.0f} s")
    print("chosen (CNN share, threshold): " + ", ".join(f"{c} {s:.2f}/{t:.2f}" for c, (s, t) in zip(MODEL_CATEGORIES, chosen)))
    if a.report:
        report(rows, src, writers, gold, P_lin, P_cnn, grid, shares, emit_min)

    # 3. the final CNN on every row
    model, _ = fit_cnn(ids, Ymodel, a, epochs, a.seed)
    meta = {"categories": list(MODEL_CATEGORIES),
            "share": [s for s, _ in chosen], "emit": [t for _, t in chosen],
            "platt_a": [x for x, _ in ab], "platt_b": [y for _, y in ab],
            "trained_on": writers, "rows": len(rows), "epochs": epochs, "seed": a.seed, "filters": a.filters,
            "hidden": a.hidden, "dropout": a.dropout, "lr": a.lr, "max_pos_weight": a.max_pos_weight,
            "max_pieces": seqmodel.MAX_PIECES,
            "command": "OMP_NUM_THREADS=1 /work/trainvenv/bin/python training/train_meaning_seq.py "
                       + " ".join(x for x in (argv if argv is not None else sys.argv[1:]) if not x.startswith("--out")),
            "trained": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    a.out.parent.mkdir(parents=True, exist_ok=True)
    export(model, a.out, meta)
    with a.out.open("rb") as f:
        sm = seqmodel.SeqModel.from_npz(f)
    zt = logits_of(model, ids[:300])
    zn = np.array([sm.logits(i) for i in ids[:300]])
    print(f"wrote {a.out} ({a.out.stat().st_size / 1e3:.0f} KB), {epochs} epochs; numpy vs torch max logit diff "
          f"{np.abs(zt - zn).max():.4f}; {time.time() - t0:.0f} s")
    return 0


def report(rows, src, writers, gold, P_lin, P_cnn, grid, shares, emit_min) -> None:
    """Leave-one-writer-out F1: the model alone and the detectors, before and after."""
    n = len(MODEL_CATEGORIES)
    shipped = meaning.LinearModel.load()
    before_t = [shipped.emit.get(c, 0.5) if shipped else 0.5 for c in MODEL_CATEGORIES]
    # before: n-grams (+ embedding) with meaning.npz's thresholds (chosen on folds that saw every writer)
    probs = [{c: float(P_lin[i, j]) for j, c in enumerate(MODEL_CATEGORIES)} for i in range(len(rows))]
    tm.set_emit(np.array(before_t))
    B_before = tm.detector_predictions(rows, probs)
    tm.set_emit(None)
    # nested: for each writer, shares and thresholds chosen on the other writers' out-of-writer rows
    B_lin_lowo = np.zeros_like(B_before)
    B_after = np.zeros_like(B_before)
    for w in writers:
        part = src == w
        for dst, sh in ((B_lin_lowo, (0.0,)), (B_after, shares)):
            ch = choose(grid, gold, ~part, sh, emit_min)
            for j, st in enumerate(ch):
                dst[part, j] = grid[st][part, j]
    M_before = np.column_stack([P_lin[:, j] >= 0.5 for j in range(n)])
    print(f"\nleave-one-writer-out over {len(writers)} files, {len(rows)} rows (F1; detectors = rules + model)")
    print(f"{'category':32} {'n':>4} {'model@.5 before':>16} {'model@.5 mean':>14} {'det before':>11} "
          f"{'det lowo-thr':>13} {'det after':>10}")
    cols = {k: [] for k in ("mb", "mm", "db", "dl", "da")}
    for j, c in enumerate(MODEL_CATEGORIES):
        g = gold[:, j]
        if g.sum() == 0:
            continue
        v = {"mb": f1_of(M_before[:, j], g), "mm": f1_of((P_lin[:, j] + P_cnn[:, j]) / 2 >= 0.5, g),
             "db": f1_of(B_before[:, j], g), "dl": f1_of(B_lin_lowo[:, j], g), "da": f1_of(B_after[:, j], g)}
        for k in cols:
            cols[k].append(v[k])
        print(f"{c:32} {int(g.sum()):>4} {v['mb']:>16.3f} {v['mm']:>14.3f} {v['db']:>11.3f} {v['dl']:>13.3f} {v['da']:>10.3f}")
    print(f"{'macro F1':32} {'':>4} " + " ".join(f"{np.mean(cols[k]):>{wd}.3f}" for k, wd in
                                               zip(cols, (16, 14, 11, 13, 10))))
    print("per writer, detectors' macro F1 (before -> thresholds lowo -> after):")
    for w in writers:
        part = src == w
        js = [j for j in range(n) if gold[part, j].sum() >= 5]
        m = [np.mean([f1_of(B[part, j], gold[part, j]) for j in js]) for B in (B_before, B_lin_lowo, B_after)]
        print(f"  {w:28} {m[0]:.3f} -> {m[1]:.3f} -> {m[2]:.3f}")


if __name__ == "__main__":
    raise SystemExit(main())
