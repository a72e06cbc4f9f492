"""safepost.normalize: disguised words undone, offsets mapped back, language guessed, odd input survived."""
from __future__ import annotations

import pytest

from safepost.normalize import collapse_repeats, fold, fold_map, is_probably_english, normalize


@pytest.mark.parametrize("text, word", [
    ("Sh1t happens", "shit"),
    ("$hit day", "shit"),
    ("what the fuсk", "fuck"),          # Cyrillic es
    ("ѕhіt", "shit"),                   # Cyrillic dze and i
    ("ϲrap", "crap"),                   # Greek lunate sigma
    ("s h i t", "shit"),
    ("f.u.c.k off", "fuck"),
    ("b-o-l-l-o-c-k-s", "bollocks"),
    ("𝐟𝐮𝐜𝐤", "fuck"),                 # mathematical bold letters
    ("ＦＵＣＫ", "fuck"),               # full-width letters
    ("f\u200buck", "fuck"),             # zero-width space
    ("b!tch", "bitch"),
    ("wh0re", "whore"),
    ("I h4te bl4ck p3ople", "hate black people"),
    ("Zieliński", "zielinski"),
])
def test_disguises_are_undone(text: str, word: str) -> None:
    assert word in normalize(text).text


@pytest.mark.parametrize("text, kept", [
    ("£5 at the door", "£5"),
    ("Year 6 trip", "year 6"),
    ("See you at 3:15!", "3:15!"),
    ("Great work today!", "today!"),
    ("Class 2B", "2b"),
    ("(see the letter)", "(see"),
])
def test_ordinary_digits_and_punctuation_are_kept(text: str, kept: str) -> None:
    assert kept in normalize(text).text


@pytest.mark.parametrize("text, word, original", [
    ("Oh s h i t, the bus", "shit", "s h i t"),
    ("What the fuсk is this", "fuck", "fuсk"),
    ("total $h1te", "shite", "$h1te"),
    ("𝐟𝐮𝐜𝐤 off", "fuck", "𝐟𝐮𝐜𝐤"),
    ("a f\u200bu\u200bck", "fuck", "f\u200bu\u200bck"),
    ("Ça va? merde", "merde", "merde"),
])
def test_offsets_map_back_to_the_original(text: str, word: str, original: str) -> None:
    n = normalize(text)
    i = n.text.index(word)
    s, e = n.to_original(i, i + len(word))
    assert text[s:e] == original


@pytest.mark.parametrize("word, keep, expected", [
    ("fuuuuck", 1, "fuck"),
    ("shiiiit", 2, "shiit"),
    ("cool", 2, "cool"),
])
def test_collapse_repeats(word: str, keep: int, expected: str) -> None:
    assert collapse_repeats(word, keep) == expected


def test_fold_map_keeps_one_index_per_folded_character() -> None:
    text = "Straße Ｂ"
    folded, idx = fold_map(text)
    assert folded == fold(text) == "strasse b"
    assert len(idx) == len(folded)
    assert text[idx[folded.index("b")]] == "Ｂ"


@pytest.mark.parametrize("text, english", [
    ("Well done to Year 6 for a brilliant sports day!", True),
    ("Can anyone tell me what time the fair starts?", True),
    ("Thanks", True),                                              # too short to tell: a person will see it anyway
    ("Bonjour à tous, nous sommes très fiers de nos élèves et de la fête", False),
    ("Wir sind sehr stolz auf unsere Schüler und die Lehrer", False),
    ("Estamos muy orgullosos de los alumnos y de la escuela", False),
    ("Jesteśmy bardzo dumni z naszych uczniów, to jest super", False),
    ("Croeso i bawb, diolch yn fawr iawn am eich help gyda'r ysgol", False),
    ("Мы очень гордимся нашими учениками", False),
    ("我们为学生感到骄傲，谢谢老师们的努力", False),
])
def test_is_probably_english(text: str, english: bool) -> None:
    assert is_probably_english(text) is english


@pytest.mark.parametrize("text", ["", " ", "\x00", "a\x00b\x00c", "x" * 200_000, "\ud800 lone surrogate", "\u202eevil",
                                  "é" * 1000, "🙂" * 500, "s h i t " * 3000, "a" + "\u0301" * 300, "ﷺ ﷽"])
def test_odd_input_never_raises(text: str) -> None:
    n = normalize(text)
    assert len(n.starts) == len(n.text) == len(n.ends)
    if n.text:
        s, e = n.to_original(0, len(n.text))
        assert 0 <= s <= e <= len(text)
    is_probably_english(text)
    fold_map(text)
