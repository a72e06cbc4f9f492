"""A small word-order-aware text classifier run in numpy: a 1-D CNN over the static word-piece embeddings.

The model reads a text as the sequence of its word pieces (`safepost.embed`, distilled from
all-MiniLM-L6-v2), embeds each piece with the frozen static vectors, slides convolutions of
widths 1-3 over the sequence (so "go home you're drunk" is read as phrases, not a bag of
words), max-pools each filter over time, adds the mean of the embeddings, and scores the result
with a small dense head. Training happens elsewhere, with torch, in a throwaway venv
(`training/train_language_seq.py`); this module only loads the exported weights (an `.npz` of
float16 arrays) and runs them with numpy. A post of 40 word pieces costs about 0.15 ms on one core
(one matmul of the pieces against every filter block, then shifted sums), plus ~0.05 ms to tokenise.

Reusable: any detector can ship its own `<name>.npz` trained by the same script shape and load
it with `SeqModel.load(name)`; `token_ids(text, ctx)` shares one tokenisation per check. A model
file may also carry its own fine-tuned word-piece vectors (`emb`, int8 with `emb_scale`; the
training script's `--train-embed`) or several models to average (`combine`, read as a SeqEnsemble).
"""
from __future__ import annotations

import json
import re
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

from safepost.embed import get_embedder
from safepost.normalize import IDENTITY_WORDS, URLS, fold
from safepost.numeric import sigmoid

if TYPE_CHECKING:
    from safepost.context import Context

MODELS = resources.files("safepost.models")
MAX_PIECES = 64  # longer texts are read from their first 64 word pieces

_MENTION = re.compile(r"@\w+")


def prepare(text: str, neutral_identity: bool = True) -> str:
    """The text as the sequence models read it: folded, links and @handles as placeholders, identity words neutral
    (unless `neutral_identity` is False: for the meaning model "two girls" can be the point of a post)."""
    t = URLS.sub(" url ", fold(text[:2000]))
    t = _MENTION.sub(" @user ", t)
    return IDENTITY_WORDS.sub("people", t) if neutral_identity else t


def text_ids(text: str, neutral_identity: bool = True) -> list[int]:
    """Word-piece ids of the prepared text (at most MAX_PIECES; empty without the embeddings)."""
    e = get_embedder()
    if e is None:
        return []
    return e.token_ids(prepare(text, neutral_identity))[:MAX_PIECES]


def token_ids(text: str, ctx: "Context | None") -> list[int]:
    """`text_ids(text)`, computed once per check and shared by every sequence model."""
    return text_ids(text) if ctx is None else ctx.once("safepost.seq_ids", text, text_ids)


class SeqModel:
    """Exported weights of a CNN over static embeddings: conv widths `widths`, max-pool, mean, dense head."""

    def __init__(self, arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> None:
        self.meta = meta
        self.widths = [int(w) for w in meta["widths"]]
        convs = [(arrays[f"conv{w}_w"].astype(np.float32), arrays[f"conv{w}_b"].astype(np.float32))
                 for w in self.widths]  # w: (width * dim, filters), a window flattened piece by piece
        dim = convs[0][0].shape[0] // self.widths[0]
        # Every (width, offset) block side by side: one matmul per text, then shifted sums per width.
        blocks, self._cols = [], []
        col = 0
        for w, (cw, _) in zip(self.widths, convs):
            f = cw.shape[1]
            self._cols.append([(col + k * f, col + (k + 1) * f) for k in range(w)])
            blocks.extend(cw[k * dim:(k + 1) * dim] for k in range(w))
            col += w * f
        self.wcat = np.ascontiguousarray(np.concatenate(blocks, axis=1))
        self.conv_b = [cb for _, cb in convs]
        self.hidden = ((np.ascontiguousarray(arrays["h_w"].astype(np.float32)), arrays["h_b"].astype(np.float32))
                       if "h_w" in arrays else None)
        self.out_w = np.ascontiguousarray(arrays["out_w"].astype(np.float32))  # (features, outputs)
        self.out_b = arrays["out_b"].astype(np.float32)
        self.threshold = float(meta.get("threshold", 0.5))
        # Fine-tuned word-piece vectors, when the model was trained with them (int8 per row with a scale);
        # otherwise the shared static embeddings.
        self.vectors: np.ndarray | None = None
        if "emb" in arrays:
            self.vectors = arrays["emb"].astype(np.float32) * arrays["emb_scale"].astype(np.float32)[:, None]

    @classmethod
    def load(cls, name: str) -> "SeqModel | SeqEnsemble | None":
        """Load `safepost/models/<name>.npz` (one model, or several whose arrays are prefixed `m0.`, `m1.` ...);
        None when it is missing or the embeddings are not installed."""
        try:
            with MODELS.joinpath(name + ".npz").open("rb") as f:
                return cls.from_npz(f)
        except (FileNotFoundError, OSError, KeyError, ValueError):
            return None

    @classmethod
    def from_npz(cls, f: Any) -> "SeqModel | SeqEnsemble | None":
        if get_embedder() is None:
            return None
        z = np.load(f, allow_pickle=False)
        arrays = {k: z[k] for k in z.files if k != "meta"}
        meta = json.loads(str(z["meta"]))
        members = meta.get("members")
        if not members:
            return cls(arrays, meta)
        models = []
        for i, m_meta in enumerate(members):
            pre = f"m{i}."
            models.append(cls({k[len(pre):]: v for k, v in arrays.items() if k.startswith(pre)}, m_meta))
        return SeqEnsemble(models, meta)

    def logits(self, ids: list[int]) -> np.ndarray:
        """Raw scores (one per output) for a sequence of word-piece ids."""
        vectors = self.vectors
        if vectors is None:
            emb = get_embedder()
            assert emb is not None
            vectors = emb.vectors
        n = max(len(ids), max(self.widths))
        x = np.zeros((n, vectors.shape[1]), dtype=np.float32)
        if ids:
            x[:len(ids)] = vectors[ids]
        y = x @ self.wcat  # (n, sum of width * filters)
        feats = []
        for w, cols, cb in zip(self.widths, self._cols, self.conv_b):
            m = n - w + 1
            h = y[0:m, cols[0][0]:cols[0][1]]
            for k in range(1, w):
                h = h + y[k:k + m, cols[k][0]:cols[k][1]]
            feats.append(np.maximum(h.max(axis=0) + cb, 0.0))  # max-pool then ReLU (they commute with the bias)
        feats.append(x[:max(1, len(ids))].mean(axis=0))
        f = np.concatenate(feats)
        if self.hidden is not None:
            f = np.maximum(f @ self.hidden[0] + self.hidden[1], 0.0)
        return f @ self.out_w + self.out_b

    def prob(self, ids: list[int]) -> float:
        """Probability of the positive class (the first output)."""
        z = float(self.logits(ids)[0])
        return sigmoid(z)


class SeqEnsemble:
    """Several SeqModels read the same word pieces; their logits are averaged."""

    def __init__(self, models: list[SeqModel], meta: dict[str, Any]) -> None:
        self.models = models
        self.meta = meta

    def logits(self, ids: list[int]) -> np.ndarray:
        return np.mean([m.logits(ids) for m in self.models], axis=0)

    def prob(self, ids: list[int]) -> float:
        z = float(self.logits(ids)[0])
        return sigmoid(z)


def combine(paths: list[str], out: str, meta: dict[str, Any] | None = None) -> None:
    """Write one .npz holding the models of several (an ensemble that `SeqModel.load` reads)."""
    arrays: dict[str, np.ndarray] = {}
    members = []
    for i, p in enumerate(paths):
        with np.load(p, allow_pickle=False) as z:
            members.append(json.loads(str(z["meta"])))
            arrays.update({f"m{i}.{k}": z[k] for k in z.files if k != "meta"})
    np.savez_compressed(out, meta=json.dumps({**(meta or {}), "members": members}), **arrays)
