"""The static sentence embeddings: they load offline, put like meanings together, and never raise."""
from __future__ import annotations

import numpy as np
import pytest

from safepost import embed


@pytest.fixture(scope="module")
def embedder():
    e = embed.get_embedder()
    assert e is not None, "src/safepost/models/static_embed.npz is missing: run training/distill_embeddings.py"
    return e


def test_loads_offline_from_the_package(embedder, monkeypatch):
    # Nothing reaches a network or a Hugging Face cache: the file sits inside the package.
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert embed.EMBED_PATH.parent.name == "models"
    assert embedder.dim in (64, 96, 128, 256)
    assert len(embedder.vocab) > 20_000
    v = embedder.embed("Ofsted are in tomorrow")
    assert v.shape == (embedder.dim,) and v.dtype == np.float32
    assert abs(float(np.linalg.norm(v)) - 1.0) < 1e-4


# (anchor, a paraphrase sharing few words, an unrelated sentence)
CLOSER = [
    ("the head is clueless", "leadership have no idea what they are doing", "lovely sunny walk on the beach"),
    ("vote Labour on Thursday", "I'm backing the Greens at the general election", "the cake sale raised £200"),
    ("we're expecting a poor Ofsted grade", "inspectors will probably rate us requires improvement",
     "my cat knocked the plant over"),
    ("add me on snapchat", "message me on instagram", "the school play starts at six"),
    ("house empty for two weeks while we're in Spain", "nobody home until the 20th, away on holiday",
     "year 3 wrote poems about autumn"),
    ("the deputy has been stealing from the PTA", "the bursar is fiddling the school's money",
     "sports day is on friday afternoon"),
]


@pytest.mark.parametrize("anchor,near,far", CLOSER)
def test_similar_sentences_are_closer_than_unrelated(anchor, near, far):
    assert embed.similarity(anchor, near) > embed.similarity(anchor, far)


def test_identical_text_has_similarity_one():
    assert embed.similarity("Governors do nothing", "governors do NOTHING") == pytest.approx(1.0, abs=1e-5)


@pytest.mark.parametrize("text", [
    "", "   ", "\n\n", "🍷🍷🍷", "x" * 500, "word " * 20_000, "Zieliński O’Neill café naïve",
    "\u200b\u200d\ufeff", "ＦＵＬＬＷＩＤＴＨ ｔｅｘｔ", "漢字とかな", "مرحبا", "\x00\x01\x7f", "a\u0301" * 50,
    "£££ 💸💸 DM me!!!", "🏳️‍🌈👨‍👩‍👧‍👦", "\ud800 lone surrogate",
])
def test_odd_text_never_raises(embedder, text):
    v = embedder.embed(text)
    assert v.shape == (embedder.dim,) and np.isfinite(v).all()


def test_unknown_only_text_gives_zeros(embedder):
    assert not embedder.embed("漢字").any()
    assert not embedder.embed("").any()


def test_tokens_follow_the_source_models_word_pieces(embedder):
    inv = {i: t for t, i in embedder.vocab.items()}
    got = [inv[i] for i in embedder.token_ids("SLT haven't a clue, £40!")]
    assert got == ["sl", "##t", "haven", "'", "t", "a", "clue", ",", "£", "##40", "!"]


def test_missing_file_gives_none(tmp_path):
    assert embed.StaticEmbedder.load(tmp_path / "nope.npz") is None
