"""The labelled corpus is well formed: counts, disjoint splits, evidence in the text, unique ids (no detectors run)."""
from __future__ import annotations

import csv
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def _load_score():
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "score.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["corpus_score"] = mod  # dataclasses need the module registered
    spec.loader.exec_module(mod)
    return mod


score = _load_score()
DEV = score.load_split("dev")
TEST = score.load_split("test")
ALL = DEV + TEST
CONTACTS = score.load_contacts()

CATEGORY_TARGET = 20
SCORED_CATEGORIES = [c for c in score.CATEGORIES if c != "location_metadata"]


def _fold(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)).lower()


def _roster_names() -> set[str]:
    names: set[str] = set()
    with open(ROOT / "examples" / "pupils.csv", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            for key in ("First Name", "Preferred Name"):
                if row[key]:
                    names.add(_fold(row[key]))
    return names


@pytest.mark.parametrize("split,minimum", [("test", 220), ("dev", 380)])
def test_split_size(split, minimum):
    cases = TEST if split == "test" else DEV
    assert len(cases) >= minimum


@pytest.mark.parametrize("category", SCORED_CATEGORIES)
def test_category_has_enough_positives(category):
    n = sum(category in c.categories for c in ALL)
    assert n >= CATEGORY_TARGET, f"{category}: {n} positives, want {CATEGORY_TARGET}"


@pytest.mark.parametrize("category", SCORED_CATEGORIES)
def test_category_present_in_both_splits(category):
    assert any(category in c.categories for c in TEST), f"{category} missing from test"
    assert any(category in c.categories for c in DEV), f"{category} missing from dev"


@pytest.mark.parametrize("split", ["dev", "test"])
def test_clean_cases_are_at_least_a_quarter(split):
    cases = TEST if split == "test" else DEV
    assert sum(not c.categories for c in cases) / len(cases) >= 0.25


@pytest.mark.parametrize("verdict,minimum", [("allow", 100), ("warn", 30), ("review", 15),
                                             ("block", 100), ("escalate", 20)])
def test_every_verdict_is_represented(verdict, minimum):
    assert sum(c.verdict == verdict for c in ALL) >= minimum


@pytest.mark.parametrize("split", ["dev", "test"])
@pytest.mark.parametrize("policy", score.POLICIES)
def test_cases_spread_over_every_policy(split, policy):
    cases = TEST if split == "test" else DEV
    assert sum(c.policy == policy for c in cases) >= 30


@pytest.mark.parametrize("field,values", [("account", score.ACCOUNTS), ("author", score.AUTHORS)])
def test_every_context_value_is_used(field, values):
    used = Counter(getattr(c, field) for c in ALL)
    assert set(values) <= set(used)


def test_ids_are_unique_and_numbered_in_order():
    for prefix, cases in (("dev", DEV), ("test", TEST)):
        ids = [c.id for c in cases]
        assert len(ids) == len(set(ids))
        assert ids == [f"{prefix}-{i:04d}" for i in range(1, len(ids) + 1)]


def test_splits_are_disjoint():
    norm = lambda t: " ".join(t.lower().split())  # noqa: E731
    assert not {norm(c.text) for c in DEV} & {norm(c.text) for c in TEST}
    assert not {c.id for c in DEV} & {c.id for c in TEST}


def test_all_split_loads_and_checks_disjointness():
    assert len(score.load_cases("all")) == len(ALL)


def test_evidence_substrings_occur_in_text():
    for c in ALL:
        for cat, spans in c.evidence.items():
            assert cat in c.categories, c.id
            for s in spans:
                assert s in c.text, f"{c.id}: {s!r}"


def test_pupil_evidence_names_a_roster_pupil():
    names = _roster_names()
    for c in ALL:
        for s in c.evidence.get("pupil_identified", []):
            words = set(re.findall(r"[\w']+", _fold(s)))
            assert words & names, f"{c.id}: {s!r} is not a roster name"


DRAMA = ("07700900", "01632960", "0113496", "0114496", "0115496", "0116496", "0117496", "0118496",
         "0121496", "0131496", "0141496", "0151496", "0161496", "0191498", "020794", "02896496",
         "02920180")


def _phones():
    for c in ALL:
        for s in c.evidence.get("personal_information", []):
            if score.span_kind(s) == "phone":
                yield c.id, s


def test_phone_numbers_are_ofcom_drama_numbers_and_not_the_schools():
    seen = 0
    for cid, s in _phones():
        digits = re.sub(r"\D", "", s.replace("(0)", ""))
        if digits.startswith("44"):
            digits = "0" + digits[2:]
        assert digits.startswith(DRAMA), f"{cid}: {s} is outside Ofcom's drama ranges"
        assert digits != "01632960418", f"{cid}: the school's own number is not personal information"
        seen += 1
    assert seen >= 20


@pytest.mark.parametrize("kind,minimum", [("phone", 20), ("email", 6), ("postcode", 6),
                                          ("address", 5), ("date_of_birth", 3), ("handle", 2)])
def test_personal_detail_formats_are_covered(kind, minimum):
    n = sum(score.span_kind(s) == kind for c in ALL for s in c.evidence.get("personal_information", []))
    assert n >= minimum


def test_timing_cases_use_posted_at_and_text():
    timed = [c for c in ALL if "timing" in c.categories]
    assert sum(c.posted_at is not None for c in timed) >= 10
    assert sum(c.posted_at is None for c in timed) >= 3


@pytest.mark.parametrize("text,kind", [
    ("07700 900123", "phone"), ("+44 7700 900 123", "phone"), ("(01632) 960001", "phone"),
    ("0161-496-0000", "phone"), ("+44 (0)20 7946 0999", "phone"), ("07700900789", "phone"),
    ("jo.b@example.com", "email"), ("MRS.P@EXAMPLE.COM", "email"),
    ("AW5 2JD", "postcode"), ("aw5 7hn", "postcode"),
    ("14/02/1988", "date_of_birth"), ("3rd June 1985", "date_of_birth"),
    ("@mrs.pearson.reads", "handle"), ("mrs_j_teach", "handle"),
    ("14 Orchard Close", "address"), ("Flat 3, 41 Mill Street", "address"),
])
def test_span_kind(text, kind):
    assert score.span_kind(text) == kind


GOOD = {"id": "dev-0001", "text": "Well done Amelia!", "policy": "newport-cejs", "account": "official",
        "author": "parent", "channel": "facebook", "categories": ["pupil_identified"], "verdict": "review",
        "evidence": {"pupil_identified": ["Amelia"]}, "note": "names a pupil"}


@pytest.mark.parametrize("change,problem", [
    ({}, None),
    ({"posted_at": "2026-03-10T10:05:00"}, None),
    ({"id": "test-0001"}, "should look like dev-0001"),
    ({"policy": "hogwarts"}, "policy 'hogwarts'"),
    ({"verdict": "deny"}, "verdict 'deny'"),
    ({"channel": "myspace"}, "channel 'myspace'"),
    ({"categories": ["pupil_identified", "swearing"], }, "unknown category 'swearing'"),
    ({"evidence": {"pupil_identified": ["Olly"]}}, "does not occur in the text"),
    ({"evidence": {}}, "needs evidence substrings"),
    ({"categories": [], "evidence": {"pupil_identified": ["Amelia"]}}, "not in categories"),
    ({"posted_at": "tuesday morning"}, "not an ISO 8601"),
    ({"note": "  "}, "note is empty"),
    ({"text": None}, "field 'text' must be a str"),
])
def test_validator(change, problem):
    obj = {**GOOD, **change}
    problems: list[str] = []
    case = score.validate_case("x", obj, "dev", problems)
    if problem is None:
        assert problems == [] and case is not None
    else:
        assert case is None and any(problem in p for p in problems), problems


def test_malformed_line_is_reported(tmp_path):
    (tmp_path / "dev.jsonl").write_text(json.dumps(GOOD) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(score.CorpusError, match=r"dev.jsonl:2: not valid JSON"):
        score.load_split("dev", tmp_path)


def test_vocabulary_matches_the_package():
    types = pytest.importorskip("safepost.types")
    assert score.CATEGORIES == types.CATEGORIES
    assert score.VERDICTS == types.VERDICTS
    assert score.DECISIONS == types.DECISIONS
    assert score.RELATIONSHIPS == types.RELATIONSHIPS
    assert set(score.CHANNELS) == set(types.CHANNELS)


# ---------------------------------------------------------------- contact scenarios

def test_contact_count_and_ids():
    assert len(CONTACTS) >= 120
    assert [c.id for c in CONTACTS] == [f"contact-{i:04d}" for i in range(1, len(CONTACTS) + 1)]


@pytest.mark.parametrize("policy", score.POLICIES)
def test_contact_covers_every_policy(policy):
    assert sum(c.policy == policy for c in CONTACTS) >= 15


@pytest.mark.parametrize("age", [17, 18, 19, 20, 21, 23, 24, None])
def test_contact_boundary_ages(age):
    assert any(c.age == age and c.relationship == "former_pupil" for c in CONTACTS)


@pytest.mark.parametrize("field,value", [
    ("looked_after", True), ("sen", True), ("family", True),
    ("direction", "sent"), ("direction", "received"),
    ("kind", "friend_request"), ("kind", "message"), ("kind", "follow"),
    *[("relationship", r) for r in score.RELATIONSHIPS],
    *[("decision", d) for d in score.DECISIONS],
])
def test_contact_covers(field, value):
    assert any(getattr(c, field) == value for c in CONTACTS)


# ---------------------------------------------------------------- the README demo

def test_sample_posts():
    lines = (ROOT / "examples" / "sample-posts.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 12
    ids = set()
    for line in lines:
        obj = json.loads(line)
        assert obj["text"].strip() and obj["id"] not in ids
        ids.add(obj["id"])
        assert obj.get("account", "personal") in score.ACCOUNTS
        assert obj.get("author", "staff") in score.AUTHORS
        assert obj.get("channel", "other") in score.CHANNELS


def test_scorer_exits_2_on_a_malformed_corpus(tmp_path, capsys):
    (tmp_path / "dev.jsonl").write_text(json.dumps({**GOOD, "verdict": "deny"}) + "\n", encoding="utf-8")
    assert score.main(["--split", "dev", "--corpus-dir", str(tmp_path), "--no-contact"]) == 2
    err = capsys.readouterr().err
    assert "dev.jsonl:1: verdict 'deny'" in err
