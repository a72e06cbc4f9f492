"""Text normalisation that keeps a map back to the original text.

Swearing and hate are often disguised: look-alike letters from other alphabets
("fuсk" with a Cyrillic "с"), leetspeak ("sh1t", "$hit"), spaced-out letters
("s h i t"), repeated letters ("fuuuck"), zero-width characters, accents and
fancy Unicode letters ("𝐟𝐮𝐜𝐤"). `normalize()` undoes these and records, for
every character of the normalised text, where it came from in the original, so
a detector can match on the clean text and report offsets into the text the
user wrote.

`fold()` is the lighter version (look-alikes, accents, case; no leetspeak) that
the trained models read. `is_probably_english()` is a cheap stop-word test so
the moderation queue can send posts in other languages to a person: safepost's
language and commercial detectors cover English only.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Normalized", "normalize", "fold", "fold_map", "strip_accents", "collapse_repeats", "is_probably_english",
           "MAX_CHARS"]

# Detectors look at most this many characters: a longer post is cut (with a note in
# the caller's docs) so a pasted novel cannot stall a moderation queue.
MAX_CHARS = 20_000

# Letters from other scripts that look like Latin ones (Unicode confusables, the
# ones seen in abuse). NFKD already handles full-width and mathematical letters.
_CONFUSABLES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d",
    "ɡ": "g", "һ": "h", "ո": "n", "ս": "u", "ᴜ": "u", "ү": "y", "ԛ": "q", "ԝ": "w", "и": "u",
    "п": "n", "ч": "y", "з": "3", "б": "6", "ц": "u", "г": "r", "л": "n", "д": "d",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "μ": "u", "σ": "o", "ς": "c", "γ": "y", "ω": "w", "λ": "a",
    "θ": "o", "π": "n", "ϲ": "c", "ϳ": "j",
    # Latin oddities and symbols
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ŀ": "l", "ħ": "h",
    "ƒ": "f", "ʋ": "u", "ɑ": "a", "ɩ": "i", "ɪ": "i", "ʀ": "r", "ᴀ": "a", "ʙ": "b", "ᴄ": "c",
    "ᴅ": "d", "ᴇ": "e", "ғ": "f", "ʜ": "h", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o",
    "ᴘ": "p", "ꜱ": "s", "ᴛ": "t", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
    "‘": "'", "’": "'", "ʼ": "'", "`": "'", "´": "'",
}

# Leetspeak, applied only to a character that sits between letters or next to
# one inside a word (so "£5", "10:30" and "2nd" keep their digits).
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
         "@": "a", "$": "s", "!": "i", "|": "l", "€": "e", "+": "t", "(": "c", "¡": "i"}

_WORD_CHARS = set("abcdefghijklmnopqrstuvwxyz")
_LEET_RX = re.compile("[" + re.escape("".join(_LEET)) + "]")


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c in _CONFUSABLES:
        return _CONFUSABLES[c]
    if c.isascii():
        return c.lower()
    cat = unicodedata.category(c)
    if cat in ("Mn", "Me", "Cf"):  # combining marks, zero-width joiners, soft hyphens
        return ""
    out = []
    for d in unicodedata.normalize("NFKD", c):
        if unicodedata.combining(d):
            continue
        d = _CONFUSABLES.get(d, d).lower()
        out.append(_CONFUSABLES.get(d, d))
    return "".join(out)


class _FoldTable(dict):
    """A `str.translate` table, code point -> folded text, filled the first time each character is seen.

    `irregular` holds every character seen that folds to other than exactly one character (a ligature,
    "ß", a combining mark): a text with none of them maps one for one onto its folded form."""

    def __init__(self, for_normalize: bool) -> None:
        super().__init__()
        self.for_normalize = for_normalize  # normalize() lowers ASCII as it is ("`" stays) and blanks NUL
        self.irregular: set[str] = set()

    def __missing__(self, code: int) -> str:
        c = chr(code)
        if self.for_normalize and c.isascii():
            f = " " if c == "\x00" else c.lower()
        else:
            f = _fold_char(c)
        if len(f) != 1:
            self.irregular.add(c)
        if len(self) < 65536:  # bounded: a flood of rare characters is folded, just not remembered
            self[code] = f
        return f


_FOLD_TABLE = _FoldTable(for_normalize=False)
_NORM_TABLE = _FoldTable(for_normalize=True)


def strip_accents(text: str) -> str:
    """Accents removed (NFKD, combining marks dropped), case kept: 'Zieliński' -> 'Zielinski'.

    The plain fold that names and the classifiers' text use; `fold()` also maps look-alike letters."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Look-alike letters to Latin, accents removed, lower case (no leetspeak)."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


_RUN = re.compile(r"([a-z])\1+")


@lru_cache(maxsize=8192)  # called per word of every post: the same words come back all the time
def collapse_repeats(word: str, keep: int = 1) -> str:
    """'fuuuck' -> 'fuck' (keep=1) or 'fuuck' (keep=2)."""
    return _RUN.sub("\\1" * keep if keep > 0 else "", word)


@dataclass
class Normalized:
    """A normalised text with, per character, the span it came from in the original."""

    text: str
    original: str
    starts: list[int]
    ends: list[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text back to the original text."""
        if not self.text:
            return 0, 0
        start = max(0, min(start, len(self.text) - 1))
        end = max(start + 1, min(end, len(self.text)))
        return self.starts[start], self.ends[end - 1]


# Separators allowed between spaced-out letters: "s h i t", "s.h.i.t", "s-h-i-t", "s_h_i_t".
_SPACED = re.compile(r"(?<![a-z*])[a-z*](?:(?P<sep>[ .\-_]{1,2})[a-z*])(?:(?P=sep)[a-z*]){1,}(?![a-z*])")


def normalize(text: str) -> Normalized:
    """Fold look-alikes, accents, case and leetspeak, join spaced-out letters; keep the offset map."""
    text = text[:MAX_CHARS]
    n = len(text)
    if text.isascii():
        low = text.lower()
        folded = low.replace("\x00", " ") if "\x00" in low else low
        one_for_one = True
    else:
        folded = text.translate(_NORM_TABLE)
        one_for_one = _NORM_TABLE.irregular.isdisjoint(text)
    if one_for_one:  # nearly always: the offset map is the identity
        chars = list(folded)
        starts = list(range(n))
        ends = list(range(1, n + 1))
    else:
        chars, starts, ends = [], [], []
        for i, c in enumerate(text):
            f = " " if c == "\x00" else (c.lower() if c.isascii() else _fold_char(c))
            for ch in f:
                chars.append(ch)
                starts.append(i)
                ends.append(i + 1)
    # Leetspeak: a digit or symbol counts as a letter when it sits next to a real letter inside a
    # word, e.g. "sh1t", "$hit", "f4ggot", "b!tch", "a$$" (not "£5", "3:15!" or "Year 6").
    n = len(chars)
    leet_at = [m.start() for m in _LEET_RX.finditer(folded)] if n else []
    if leet_at:
        out = chars[:]
        for i in leet_at:  # in order: a replacement just made counts as the letter before the next
            ch = chars[i]
            rep = _LEET[ch]
            prev_letter = i > 0 and (out[i - 1] in _WORD_CHARS or out[i - 1] == "*")
            next_letter = i + 1 < n and chars[i + 1] in _WORD_CHARS
            if ch in "!|+(" or ch.isdigit():
                if not (prev_letter and next_letter) and not (ch.isdigit() and _digit_edge_ok(chars, i)):
                    continue  # "wow!", "(see this)", "2nd", "10am" keep their characters
            elif not (prev_letter or next_letter):
                continue
            out[i] = rep
        chars = out
    norm = "".join(chars)
    # Join spaced-out letters ("s h i t" -> "shit"), recording the original span of each letter.
    if " " in norm or "." in norm or "-" in norm or "_" in norm:
        pieces: list[tuple[int, int]] = []
        last = 0
        for m in _SPACED.finditer(norm):
            letters = [k for k in range(m.start(), m.end()) if norm[k] not in " .-_"]
            if len(letters) < 3:
                continue
            pieces.append((last, m.start()))
            pieces.extend((k, k + 1) for k in letters)
            last = m.end()
        if pieces:
            pieces.append((last, len(norm)))
            new_chars, new_s, new_e = [], [], []
            for a, b in pieces:
                new_chars.append(norm[a:b])
                new_s.extend(starts[a:b])
                new_e.extend(ends[a:b])
            norm, starts, ends = "".join(new_chars), new_s, new_e
    return Normalized(text=norm, original=text, starts=starts, ends=ends)


def _digit_edge_ok(chars: list[str], i: int) -> bool:
    """A digit at the edge of a word of >= 2 letters ("h8", "5hit") counts as leet; "y7" or "2nd" does not."""
    left = 0
    k = i - 1
    while k >= 0 and chars[k] in _WORD_CHARS:
        left += 1
        k -= 1
    right = 0
    k = i + 1
    while k < len(chars) and chars[k] in _WORD_CHARS:
        right += 1
        k += 1
    if left >= 2 and right == 0:
        return chars[i] in "013457$"  and not (i + 1 < len(chars) and chars[i + 1].isdigit())
    if right >= 3 and left == 0:
        return (i == 0 or not chars[i - 1].isdigit()) and chars[i] in "01345$"
    return False


# Common English function words: a post with none of them among its first words is
# probably not English (or too short to tell, which the caller treats as English).
_EN_STOP = frozenset("""
the a an and or but of to in on at for with is are was were be been it this that these those
i you he she we they my your our their his her its me him us them not no yes do does did
have has had will would can could should just so if then than there here what when where who
why how all any some very too also from by about as up out get got go going thanks thank
please well done great today tomorrow love lol im dont cant wont its new one day time
""".split())
_FOREIGN_STOP = frozenset("""
der die das und ist nicht ein eine ich du sie wir mit auf für von zu den dem le la les et est
un une des pas je tu il elle nous vous avec pour dans sur que qui el los las y es por con para
una del lo se muy pero como och att det är en jag inte på med het een niet ik je wat zijn van
il di che non per sono ma della nel jest nie się na że to co jak ale tak dla przez
yn mae ein eich gyda croeso diolch ysgol ac wedi hefyd iawn bob ar eu i'r a'r o'r fawr
""".split())
_TOKEN = re.compile(r"[a-zà-öø-ÿā-ž']+")


def is_probably_english(text: str) -> bool:
    """A cheap guess: True when common English words outnumber other languages' (or the text is too short to tell)."""
    sample = (text or "")[:2000]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) >= 8 and sum(1 for c in letters if c.isascii() or "À" <= c <= "ſ") / len(letters) < 0.5:
        return False  # mostly another script (Arabic, Cyrillic, Chinese...)
    words = _TOKEN.findall(sample.lower())
    if len(words) < 4:
        return True
    en = sum(1 for w in words if w in _EN_STOP)
    other = sum(1 for w in words if w in _FOREIGN_STOP and w not in _EN_STOP)
    accented = sum(1 for w in words if not w.isascii())
    if en == 0:
        return other == 0 and accented == 0 and len(words) < 8
    if other > en:
        return False
    # Few English function words, and some foreign ones or accented words: probably not English.
    return not (en / len(words) < 0.15 and (other + accented) >= 1)


def fold_map(text: str) -> tuple[str, list[int]]:
    """`fold(text)` plus, per folded character, the index of the original character it came from."""
    text = text[:MAX_CHARS]
    if text.isascii():
        return text.lower(), list(range(len(text)))
    folded = text.translate(_FOLD_TABLE)
    if _FOLD_TABLE.irregular.isdisjoint(text):  # each character folds to one: the map is the identity
        return folded, list(range(len(text)))
    idx: list[int] = []
    for i, c in enumerate(text):
        idx.extend([i] * len(_fold_char(c)))
    return folded, idx


# Links as the trained models read them: each becomes one placeholder word. Shared by the language
# detectors' hashed model and the sequence models.
URLS = re.compile(r"(?:https?://|www\.)\S+|\b[a-z0-9-]+\.(?:com|co\.uk|org|net|ly|io|me|tv|uk|gl)(?:/\S*)?", re.I)

# Words that name a protected group (folded, lower case). Models trained on tweets learn that such words
# predict offence (identity-term bias), so the trained models read them masked; the word lists judge
# statements about groups. Shared by the language detectors and the sequence models.
IDENTITY_WORDS = re.compile(
    r"\b(?:muslims?|moslems?|islam(?:ic)?|jews?|jewish|christians?|hindus?|sikhs?|catholics?|buddhists?|atheists?|"
    r"gays?|lesbians?|bisexuals?|homosexuals?|lgbtq?\+?|queers?|trans(?:gender)?|transsexuals?|non-?binary|"
    r"women|woman|females?|girls?|ladies|men|males?|"
    r"blacks?|whites?|asians?|africans?|arabs?|mexicans?|hispanics?|latinos?|indians?|pakistanis?|chinese|"
    r"immigrants?|migrants?|refugees?|foreigners?|gypsies|gypsy|travellers?|roma|"
    r"disabled|disabilit(?:y|ies)|autistic|autism|wheelchair|deaf|blind)\b")
