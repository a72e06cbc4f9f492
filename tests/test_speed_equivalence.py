"""The literal prefilter that skips rule patterns: it may only skip a pattern that cannot match.

Every rule pattern of the meaning, escalation, commercial and timing detectors is run both ways
(prefiltered and raw) over real posts, including texts with the four letters that IGNORECASE folds
onto ASCII (İ ı ſ K). All of them use the shared prefilter in `safepost.detectors.prefilter` (one
Aho-Corasick scan per text).
"""
from __future__ import annotations

import re

import pytest

from safepost.detectors import commercial, connections, escalation, meaning, prefilter, timing
from safepost.detectors.prefilter import Prefiltered, required_words

TEXTS = [
    "SLT haven't got a clue what goes on in a classroom",
    "the head is useless, genuinely no idea how she got the job",
    "Ofsted are in tomorrow but parents don't know yet 🤫",
    "Mrs Patel slapped a boy in my class and nobody did anything",
    "Vote Labour on Thursday! #GE2029",
    "Year 6 are off to Whitby tomorrow, leaving school at 8am",
    "Happy to recommend Sam Jones for any teaching post, a brilliant colleague",
    "Add me on snap if you need help with homework x",
    "Hi Mrs Hart, Ava's reading is coming on well, message me here",
    "@jbloggs sorry to hear that, we'll call you tomorrow",
    "📸 Ava with her prize at sports day!",
    "Lovely walk with the dog today.",
    "",
    "what a week. roll on friday 🍷🍷",
    "the ſchool is uſeleſs and the SLT are a joke",       # long s: matches "s" under IGNORECASE
    "The \u212aids were feral today, what a shambles",      # Kelvin sign: matches "k"
    "İ think the head is clueless",                          # dotted capital I: matches "i"
    "Our OFSTED grade is GOING TO GET downgraded, don't tell anyone",
    "check out my new channel!! subscribe 4 sub, link in bio, £5 ono, dm me to order",
    "PTA cake sale on Friday, £1 a slice, thank you to everyone who baked",
    "posting this from the back of my class lol, while the kids are doing their sats",
    "Selling my sons school shoes, barely used, collection only",
    "Had a nosy at my class's TikToks last night, some of them are hilarious",
    "Three more Year 2 mums added me on Facebook, declined the last one though",
    "quick scroll at work before the afternoon session",
]


def _patterns() -> list[Prefiltered]:
    out: list[Prefiltered] = []
    out.extend(rx for _k, _s, rx in commercial._COMPILED)
    out.extend([commercial._SCHOOL_OWN, commercial._THIRD_PARTY, commercial._PROMO, commercial._BUYING,
                commercial._TO_CHILDREN, *commercial._THIRD_PARTY_PARTS])
    out.extend(rx for rx, _s in timing.LessonTextDetector._compiled)
    out.append(timing.LessonTextDetector._VETO)
    out.extend([timing.WorkTextDetector._RX, timing.WorkTextDetector._VETO])
    out.extend([connections.PUPIL_PAGES, connections.REFUSED, connections.PARENT_FRIEND])
    for d in meaning.DETECTORS:
        for _kind, rx, _score, needed in d._rules:
            out.append(rx)
            if isinstance(needed, meaning._AnyOf):
                out.extend(needed.parts)  # (its answer as a whole: test_any_of_answers_as_the_whole)
            elif needed is not None:
                out.append(needed)
    for d in escalation.DETECTORS:
        out.extend(rx for _c, _k, rx, _s in d._compiled)
    return out


PATTERNS = _patterns()


@pytest.mark.parametrize("text", TEXTS)
def test_prefilter_changes_no_match(text: str) -> None:
    for p in PATTERNS:
        assert isinstance(p, Prefiltered)
        for t in (text, text.lower()):  # commercial's patterns read the folded, lower-case text
            raw = [m.span() for m in p.rx.finditer(t)]
            assert [m.span() for m in p.finditer(t)] == raw, p.pattern[:80]
            assert (p.search(t) is None) == (not raw), p.pattern[:80]


@pytest.mark.parametrize("text", TEXTS)
def test_any_of_answers_as_the_whole(text: str) -> None:
    """A `needed` alternation asked as its alternatives apart (meaning._AnyOf) says "matches" exactly when the whole does."""
    any_ofs = [(pat, nd) for pat, nd in meaning._NEEDED.items() if isinstance(nd, meaning._AnyOf)]
    assert any_ofs  # DisparagingDetector's _NEG
    for pat, nd in any_ofs:
        whole = re.compile(pat, re.IGNORECASE)
        assert (nd.search(text) is None) == (whole.search(text) is None), pat[:80]
    for t in (text, text.lower()):  # commercial's _THIRD_PARTY, asked as its alternatives apart
        assert commercial._third_party(t) == (commercial._THIRD_PARTY.rx.search(t) is not None)


@pytest.mark.parametrize("pattern,words", [
    (r"\bworst (?:school|place)", ("worst ",)),
    (r"\b(?:ofsted|inspection)s?\b", ("inspection", "ofsted")),
    (r"(?:mr|mrs) [a-z]+ (?:hit|slapped)", ("hit", "slapped")),
    (r"(?:foo)?bar", ("bar",)),
    (r"(?:foo)*", None),                 # may match nothing: no requirement
    (r"a|bcd", None),                    # one letter is too weak to be worth testing
    (r"^\s*@\w+", None),                 # only classes: nothing literal
    (r"(?:hello|[a-z]+) there", (" there",)),
])
def test_required_words(pattern: str, words: tuple[str, ...] | None) -> None:
    assert required_words(pattern, re.IGNORECASE) == words


def test_fold_letters_cover_ignorecase() -> None:
    """The only non-ASCII characters IGNORECASE matches to ASCII letters are the four we guard."""
    rx = re.compile("[a-z0-9]", re.IGNORECASE)
    odd = "".join(chr(i) for i in range(128, 0x110000) if not 0xD800 <= i < 0xE000)
    assert sorted(rx.findall(odd)) == sorted(prefilter._FOLD_TO_ASCII)


def test_shared_prefilter_follows_the_text() -> None:
    """One scan per text is remembered; a new text (or a pattern added later) is scanned afresh."""
    rx = Prefiltered(r"\bzebra crossing\b", re.IGNORECASE)
    assert rx.search("Mind the Zebra Crossing") is not None
    assert rx.search("mind the pelican crossing") is None
    late = Prefiltered(r"\bquokka\b", re.IGNORECASE)  # registered after a scan: rebuilds
    text = "a quokka at the zebra crossing"
    assert rx.search(text) is not None and late.search(text) is not None
    assert late.search("a wallaby") is None


@pytest.mark.parametrize("pattern,sets", [
    (r"\bworst (?:school|place) ever", (("worst ",), (" ever",), ("place", "school"))),
    (r"(?:mr|mrs) [a-z]+ (?:hit|slapped)", (("hit", "slapped"), ("mr",))),  # the parser keeps "mr" + "s"?
    (r"(?:foo)?bar", (("bar",),)),
    (r"a|bcd", None),
])
def test_required_sets_hold_for_every_match(pattern: str, sets) -> None:
    """Every element of a sequence is needed on its own: a match holds a word of each set."""
    assert prefilter.required_sets(pattern, re.IGNORECASE) == sets


def test_required_sets_skip_more_than_one_set_does() -> None:
    rx = Prefiltered(r"\bworst (?:school|place) ever\b", re.IGNORECASE)
    assert not rx.possible("the worst day ever")  # "worst " and " ever" are there, neither school nor place
    assert rx.search("the worst day ever") is None and rx.search("The WORST school ever") is not None


def test_a_hit_group_of_alternatives_is_skipped_when_no_alternative_can_match() -> None:
    rx = Prefiltered(r"(?P<hit>\bworst [a-z]+ ever\b|\bbest [a-z]+ ever\b)", re.IGNORECASE)
    assert not rx.possible("the worst day")  # "worst " is there, but that alternative also needs " ever"
    assert rx.search("the worst day") is None and list(rx.finditer("the best day")) == []
    assert rx.search("the worst day ever") is not None and rx.search("The BEST day EVER") is not None
    assert prefilter.PatternGroup([rx]).candidates("the worst day") == []


def test_split_alternatives_keep_every_branch():
    assert prefilter.split_hit(r"(?P<hit>a(?:b|c)|[|)]d|e\|f)") == [
        r"(?P<hit>a(?:b|c))", r"(?P<hit>[|)]d)", r"(?P<hit>e\|f)"]
    assert prefilter.split_hit(r"x(?P<hit>a|b)") == [r"x(?P<hit>a|b)"]  # not one group: left whole
    assert prefilter.split_hit(r"(?P<hit>a)|(b)") == [r"(?P<hit>a)|(b)"]


@pytest.mark.parametrize("text", TEXTS)
def test_split_rule_matches_where_its_parts_do(text: str) -> None:
    """A text matches an escalation rule exactly when it matches one of the rule's split alternatives."""
    for d in escalation.DETECTORS:
        for _c, _k, p, _s in getattr(d, "RULES", ()):
            whole = re.compile(p, re.IGNORECASE)
            parts = [re.compile(q, re.IGNORECASE) for q in prefilter.split_hit(p)]
            assert (whole.search(text) is None) == all(q.search(text) is None for q in parts), p[:80]


@pytest.mark.parametrize("text", TEXTS)
def test_pattern_group_picks_exactly_the_possible_patterns(text: str) -> None:
    group = prefilter.PatternGroup(PATTERNS)
    for t in (text, text.lower()):
        assert group.candidates(t) == [i for i, p in enumerate(PATTERNS) if p.possible(t)]


def test_every_prefiltered_pattern_compiles():
    # Patterns given as strings are compiled on first use (start-up), so a broken one would only fail when a
    # post first holds its words: compile every one here instead.
    import gc

    from safepost.detectors import language, personal_info, pupils  # noqa: F401  (their patterns too)
    patterns = [o for o in gc.get_objects() if isinstance(o, Prefiltered)]
    assert len(patterns) > 400
    for p in patterns:
        assert isinstance(p.rx, re.Pattern)
        assert p.rx is p.rx  # compiled once, then kept


# ---------------------------------------------------------------- the lower-case gate (prefilter.lowered, _lower_form)
_GATE_TEXTS = TEXTS + [t.upper() for t in TEXTS] + [t.title() + " 😀 ’ “x”" for t in TEXTS] + [
    "SHOCKING. The Head Teacher NEVER answers. Not Good Enough!!",
    "Café owner here: the school's communication is poor",       # é: no gate (a cased letter beyond ASCII)
    "Straße closed, the kids' school bus is chaotic",
    "ΣΧΟΛΕΙΟ chaotic",
]


def _reset_gates() -> None:
    for p in PATTERNS + list(getattr(meaning.DisparagingDetector._MILD_RX, "parts", [])):
        p._lc, p._runs, p._passed = prefilter._LOWER_UNSET, 0, 0


@pytest.fixture(scope="module")
def gate_at_once():
    """Every pattern's gate made on its first run and never dropped (as in a long run of posts)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(prefilter, "_GATE_AFTER", 1)
        mp.setattr(prefilter, "_GATE_TRIAL", 0)
        _reset_gates()
        yield
    _reset_gates()


@pytest.mark.parametrize("text", _GATE_TEXTS)
def test_lower_gate_skips_only_what_cannot_match(text: str, gate_at_once) -> None:
    for p in PATTERNS:
        raw = [m.span() for m in p.rx.finditer(text)]
        assert [m.span() for m in p.scan(text)] == raw, p.pattern[:80]
        got = p.find(text)
        assert (got.span() if got else None) == (raw[0] if raw else None), p.pattern[:80]
        assert [m.span() for m in p.finditer(text)] == raw, p.pattern[:80]


def test_lowered_reads_only_texts_it_can_lower_letter_for_letter() -> None:
    assert prefilter.lowered("The HEAD 😀 ’ — ok") == "the head 😀 ’ — ok"
    for odd in ("Café", "ſchool", "\u212aids", "İ think", "ıi", "Straße", "Σ"):
        assert prefilter.lowered(odd) is None, odd


def test_uncased_characters_fold_onto_no_ascii_letter() -> None:
    """A non-ASCII character that `lowered` lets through (its own lower and upper case) matches no ASCII letter
    under IGNORECASE, and lower-cases to itself."""
    rx = re.compile("[a-z]", re.IGNORECASE)
    chars = "".join(c for c in map(chr, range(128, 0x110000))
                    if not 0xD800 <= ord(c) < 0xE000 and c.lower() == c and c.upper() == c)
    assert not rx.findall(chars)
    assert prefilter.lowered(chars[:5000]) is not None


@pytest.mark.parametrize("pattern,flags,gated", [
    (r"\bfoo (?:bar|baz)\b", re.IGNORECASE, True),
    (r"[a-zA-Z]+ly\b", re.IGNORECASE, True),           # a range of capitals with its small letters
    (r"caf[eé]\b", re.IGNORECASE, True),
    (r"\bMr [a-z]+", re.IGNORECASE, False),            # a capital letter
    (r"\b(?-i:[A-Z])[a-z]+", re.IGNORECASE, False),    # a case-sensitive part
    (r"[A-Z]{2,}", re.IGNORECASE, False),              # capitals only
    (r"(?i)\bfoo\b", 0, False),                        # IGNORECASE inline, not from the flags
    (r"\bfoo\b", 0, False),                            # case-sensitive already
    (r"\bfoo\u0131\b", re.IGNORECASE, False),          # dotless i folds onto i
])
def test_lower_form_only_for_patterns_it_can_read(pattern: str, flags: int, gated: bool) -> None:
    assert (prefilter._lower_form(pattern, flags) is not None) == gated


def _dev_texts(n: int = 400) -> list[str]:
    import json
    from pathlib import Path
    p = Path(__file__).resolve().parent.parent / "corpus" / "dev.jsonl"
    rows = [json.loads(x)["text"] for x in p.read_text(encoding="utf-8").splitlines() if x.strip()] if p.exists() else []
    return rows[:n]


def test_leftmost_gives_the_whole_patterns_match(gate_at_once) -> None:
    """DisparagingDetector._MILD asked as its alternatives apart (prefilter.Leftmost) gives the whole pattern's own match."""
    rx = meaning.DisparagingDetector._MILD_RX
    assert isinstance(rx, prefilter.Leftmost)
    whole = re.compile(r"\b(?:" + meaning.DisparagingDetector._MILD + r")\b", re.IGNORECASE)
    texts = _GATE_TEXTS + _dev_texts() + [
        "not good enough and poorly run, never answers",            # several alternatives, the leftmost wins
        "Is not OK. is not good enough",                            # two alternatives at one place: the first in order
        "the school was disorganised and nobody ever answers",
    ]
    for t in texts:
        for s in [t] + [t[a:b] for a, b in meaning.sentences(t)]:
            m, w = rx.search(s), whole.search(s)
            assert (m.span(), m.group(0)) == (w.span(), w.group(0)) if w else m is None, s


def test_gate_is_made_after_some_runs_and_dropped_when_it_rarely_skips(monkeypatch) -> None:
    monkeypatch.setattr(prefilter, "_GATE_AFTER", 3)
    monkeypatch.setattr(prefilter, "_GATE_TRIAL", 4)
    rx = Prefiltered(r"\b(?:zebra|crossing)\b", re.IGNORECASE)
    for _ in range(2):
        assert rx.search("the zebra crossing") is not None
    assert rx._lc is prefilter._LOWER_UNSET  # not made yet
    assert rx.search("a Zebra") is not None
    assert rx._lc is not None and rx._lc is not prefilter._LOWER_UNSET
    for _ in range(3):
        assert rx.search("ZEBRA crossing") is not None
    assert rx._lc is None  # it let all of its trial through: dropped
    assert rx.search("zebra") is not None and rx.search("horse crossing") is not None and rx.search("horse") is None


def test_principles_split_classes_give_the_whole_patterns_match(gate_at_once) -> None:
    """PrinciplesDetector's classes read as their alternatives apart (prefilter.Leftmost) give the whole pattern's
    own match, in whole posts and in their sentences (the detector's scopes)."""
    pd = escalation.PrinciplesDetector
    bodies = dict(adult=escalation._P_ADULT, secret=escalation._P_SECRET, age_contact=escalation._AGE_CONTACT,
                  case_process=escalation._CASE_PROCESS, case_harm=escalation._CASE_HARM, intent=escalation._T_INTENT,
                  harm=escalation._T_HARM)
    texts = _GATE_TEXTS + _dev_texts() + [
        "a grown man kept messaging a 13 year old girl and told her to keep it secret",
        "I'm going to batter him, mark my words, he'll regret it",
        "social services were called after the boy said his dad hit him",
    ]
    for k, body in bodies.items():
        rx = pd.RX[k]
        assert isinstance(rx, prefilter.Leftmost), k
        whole = re.compile(r"\b(?:" + body + r")(?!\w)", re.IGNORECASE)
        for t in texts:
            t = meaning.clean(t)
            for s in [t] + [t[a:b] for a, b in meaning.sentences(t)]:
                m, w = rx.search(s), whole.search(s)
                assert (m.span(), m.group(0)) == (w.span(), w.group(0)) if w else m is None, (k, s)


@pytest.mark.parametrize("text", ["2 stars. Not impressed with the school", "Two STARS for the office", "1/10 would not recommend",
                                  "2 ſtars for the school", "one star", "the stars of the show", "Lovely day"])
def test_rating_is_read_only_where_it_can_match(text: str) -> None:
    d = meaning.DisparagingDetector
    if d._RATING.rx.search(text) is not None:
        assert "/" in text or d._STAR.possible(text)


def test_word_edged_needed_alternations_answer_as_the_whole(gate_at_once) -> None:
    """AllegationDetector's `needed` patterns "\\b" + _ACCUSE / _ACCUSE_NEW / _HARM + "\\b" (an optional auxiliary, then one
    long alternation) asked as their alternatives apart say "matches" exactly when the whole does."""
    ad = meaning.AllegationDetector
    split = {pat: nd for pat, nd in meaning._NEEDED.items() if isinstance(nd, meaning._AnyOf)
             and not pat.startswith(meaning._ANY_HEAD)}
    for body in (ad._ACCUSE, ad._HARM):
        assert r"\b" + body + r"\b" in split
    assert r"\b(?:" + ad._ACCUSE_NEW + r")\b" in split
    assert meaning._word_alternatives(r"\b(?:(?:a|b)+(?:c|d))\b") is None  # (a repeated group: not split)
    texts = _GATE_TEXTS + _dev_texts() + [
        "the head has been ripping parents off for years", "she was absolutely wasted at the prom",
        "Mr Cole kept it for himself", "he hit my son", "he was hitting", "keeps flogging the kit",
    ]
    for pat, nd in split.items():
        whole = re.compile(pat, re.IGNORECASE)
        for t in texts:
            t = meaning.clean(t)
            for s in [t] + [t[a:b] for a, b in meaning.sentences(t)]:
                assert (nd.search(s) is None) == (whole.search(s) is None), (pat[:60], s)
