"""Static sentence embeddings with numpy only: one vector per word piece, averaged over a text.

The vectors were distilled here from all-MiniLM-L6-v2 (Apache-2.0) by
`training/distill_embeddings.py` (model2vec) and ship as `models/static_embed.npz`; see
`models/static_embed.md`. Words are split as the source model's BERT tokenizer splits them
(lower case, accents stripped, punctuation apart, greedy longest-match word pieces), in plain
Python, so nothing here needs torch, `tokenizers` or the network. Texts that share meaning but
not words ("the head is clueless" / "leadership have no idea") land close together, which is
what lets the meaning detectors generalise past the words they were trained on.
"""
from __future__ import annotations

import functools
import threading
import unicodedata
from pathlib import Path
from typing import Any

import numpy as np

EMBED_PATH = Path(__file__).resolve().parent / "models" / "static_embed.npz"
MAX_CHARS = 10_000  # longer texts are embedded from their first 10,000 characters
_MAX_WORD = 100  # as BERT: a longer "word" is unknown
_CACHE_MAX = 50_000


@functools.lru_cache(maxsize=4096)
def _is_punct(c: str) -> bool:
    """BERT's notion of punctuation: ASCII non-alphanumeric symbols and Unicode P* characters."""
    o = ord(c)
    if 33 <= o <= 47 or 58 <= o <= 64 or 91 <= o <= 96 or 123 <= o <= 126:
        return True
    return unicodedata.category(c).startswith("P")


class WordPieces:
    """BERT's uncased tokenizer in plain Python: lower case, accents stripped, punctuation apart,
    greedy longest-match word pieces over a vocabulary. With `unk` set, an unknown word becomes that
    id (as BERT does); without, unknown words are left out."""

    def __init__(self, tokens: list[str], unk: int | None = None) -> None:
        self.vocab = {t: i for i, t in enumerate(tokens)}
        self.unk = unk
        self._word_cache: dict[str, tuple[int, ...]] = {}

    def _pieces(self, word: str) -> tuple[int, ...]:
        """Greedy longest-match word pieces of one lower-cased word (unknown: `unk`, or empty)."""
        hit = self._word_cache.get(word)
        if hit is not None:
            return hit
        out: list[int] = []
        if len(word) <= _MAX_WORD:
            start = 0
            while start < len(word):
                end, cur = len(word), None
                while start < end:
                    piece = word[start:end] if start == 0 else "##" + word[start:end]
                    cur = self.vocab.get(piece)
                    if cur is not None:
                        break
                    end -= 1
                if cur is None:  # as BERT: one unknown piece makes the whole word unknown
                    out = []
                    break
                out.append(cur)
                start = end
        if not out and self.unk is not None:
            out = [self.unk]
        res = tuple(out)
        if len(self._word_cache) < _CACHE_MAX:
            self._word_cache[word] = res
        return res

    def token_ids(self, text: str) -> list[int]:
        """The word-piece ids of a text."""
        t = unicodedata.normalize("NFD", text[:MAX_CHARS].lower())
        if not t.isascii():  # as BERT: accents and control/format characters go
            t = "".join(c for c in t if unicodedata.category(c) not in ("Mn", "Cc", "Cf") or c in "\t\n\r")
        ids: list[int] = []
        for chunk in t.split():
            if chunk.isalnum():
                ids.extend(self._pieces(chunk))
                continue
            # As BERT: each punctuation character is a token of its own; symbols (£, emoji) stay in words.
            word = ""
            for c in chunk:
                if _is_punct(c):
                    if word:
                        ids.extend(self._pieces(word))
                        word = ""
                    ids.extend(self._pieces(c))
                else:
                    word += c
            if word:
                ids.extend(self._pieces(word))
        return ids


class StaticEmbedder(WordPieces):
    """Word-piece vectors and a tokenizer that reproduces the source model's splitting."""

    def __init__(self, tokens: list[str], vectors: np.ndarray) -> None:
        super().__init__(tokens)
        self.vectors = vectors.astype(np.float32)
        self.dim = int(self.vectors.shape[1])

    @classmethod
    def load(cls, path: Path = EMBED_PATH) -> StaticEmbedder | None:
        """The shipped embeddings, or None when the file is missing or unreadable."""
        try:
            with np.load(path, allow_pickle=False) as z:
                tokens = z["tokens"].tobytes().decode("utf-8").split("\n")
                vectors = z["vectors"].astype(np.float32)
                if "scale" in z.files:  # stored as int8 per row with a scale
                    vectors *= z["scale"].astype(np.float32)[:, None]
            if len(tokens) != len(vectors):
                return None
            return cls(tokens, vectors)
        except (OSError, KeyError, ValueError):
            return None

    def embed(self, text: str) -> np.ndarray:
        """The unit-length mean of the text's word-piece vectors (zeros when none is known)."""
        ids = self.token_ids(text) if isinstance(text, str) else []
        if not ids:
            return np.zeros(self.dim, dtype=np.float32)
        v = self.vectors[ids].sum(axis=0) / len(ids)  # the mean, bit for bit, without np.mean's overhead
        n = float(np.linalg.norm(v))
        return v / n if n > 0 else v

    def embed_many(self, texts: list[str]) -> np.ndarray:
        """One row per text."""
        return np.vstack([self.embed(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)


_EMBEDDER: StaticEmbedder | None = None
_LOADED = False
_LOCK = threading.Lock()


def get_embedder() -> StaticEmbedder | None:
    """The shipped embedder, loaded once on first use (None if the file is missing)."""
    global _EMBEDDER, _LOADED
    if not _LOADED:
        with _LOCK:
            if not _LOADED:
                _EMBEDDER = StaticEmbedder.load()
                _LOADED = True
    return _EMBEDDER


# The last text embedded and its vector, swapped whole: the meaning model and the escalation model both embed
# the same cleaned post (the same string object) in one check.
_LAST_EMBED: tuple[Any, Any, Any] = (None, None, None)


def embed(text: str) -> np.ndarray | None:
    """The text's embedding, or None when the embeddings are not installed (the caller must not change it)."""
    global _LAST_EMBED
    e = get_embedder()
    last = _LAST_EMBED
    if last[0] is text and last[1] is e:
        return last[2]
    v = e.embed(text) if e is not None else None
    _LAST_EMBED = (text, e, v)
    return v


def similarity(a: str, b: str) -> float:
    """Cosine similarity of two texts' embeddings (0.0 when the embeddings are not installed)."""
    e = get_embedder()
    if e is None:
        return 0.0
    return float(e.embed(a) @ e.embed(b))
