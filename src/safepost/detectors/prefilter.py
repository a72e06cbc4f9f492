"""A safe literal prefilter for detector patterns, shared by every rule-based detector.

Each pattern is parsed once to find words of which every match must contain at least one
(`required_words`). When none of them occurs in the lower-cased text the pattern cannot match,
so it is not run. The words of all prefiltered patterns go into ONE Aho-Corasick automaton
(pyahocorasick), so a text is scanned once, whatever the number of patterns, and asking whether a
pattern may match is a set intersection.

Sound because IGNORECASE matching of an ASCII letter only accepts that letter in either case,
apart from four non-ASCII letters (below): a text holding one of those skips the prefilter
entirely. A pattern with no certain required word is always run. The prefilter never changes what
a pattern finds, only whether it is worth running.
"""
from __future__ import annotations

import atexit
import hashlib
import json
import os
import re
import sys
import tempfile
import threading
from operator import itemgetter
from typing import Any, Iterable, Iterator

import ahocorasick

from safepost.cachedir import cache_dir

try:
    import re._parser as _sre_parse  # Python 3.11+
    from re._constants import (ASSERT, ASSERT_NOT, BRANCH, GROUPREF_EXISTS, IN, LITERAL, MAX_REPEAT, MIN_REPEAT,
                               NOT_LITERAL, RANGE, SUBPATTERN)
    from re._compiler import compile as _sre_compile
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse as _sre_parse  # type: ignore[no-redef]
    from sre_compile import compile as _sre_compile  # type: ignore[no-redef]
    from sre_constants import (ASSERT, ASSERT_NOT, BRANCH, GROUPREF_EXISTS, IN, LITERAL,  # type: ignore[no-redef]
                               MAX_REPEAT, MIN_REPEAT, NOT_LITERAL, RANGE, SUBPATTERN)

__all__ = ["Prefiltered", "PatternGroup", "Leftmost", "leftmost", "required_words", "required_sets", "present_words",
           "split_hit"]

_FOLD_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")  # İ ı ſ K: match i, i, s, k under IGNORECASE
_MAX_ALTS = 200  # beyond this the requirement is not worth keeping


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements (longer shortest word, then fewer words)."""
    if a is None:
        return b
    if b is None:
        return a
    ka = (min(map(len, a)), -len(a))
    kb = (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _needs(items: Any) -> list[frozenset[str]]:
    """Word sets a match of this parsed sequence must contain one word of EACH of (empty: nothing certain).

    Each element of a sequence is needed on its own (a literal run, a group, a repeat of at least one),
    so every element's requirement holds at once; a branch needs one word of the union of its
    alternatives' best sets."""
    sets: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            sets.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        flush()
        got: list[frozenset[str]] = []
        if op is SUBPATTERN:
            got = _needs(av[-1])
        elif op is BRANCH:
            alts = [_best(_needs(b)) for b in av[1]]
            if all(a is not None for a in alts):
                got = [frozenset().union(*alts)]  # type: ignore[arg-type]
        elif op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
            got = _needs(av[2])
        # anything else (classes, anchors, lookarounds, non-ASCII literals) requires nothing here
        sets.extend(req for req in got if len(req) <= _MAX_ALTS and all(req))
    flush()
    return sets


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    for s in sets:
        best = _better(best, s)
    return best


def _need(items: Any) -> frozenset[str] | None:
    """The most selective word set of which a match of this parsed sequence must contain one (None: none)."""
    return _best(_needs(items))


# ------------------------------------------------------------------ the required words, kept between runs
# Reading ~800 patterns' required words (parsing each with the regex parser) is most of safepost's start-up.
# The answers depend only on the pattern, its flags and Python's regex parser, so they are kept in a small JSON
# file in the user's cache folder and read back on the next start; a pattern edited since is simply not found
# there and is read again. SAFEPOST_CACHE_DIR chooses the folder; set it empty to keep nothing on disk.
_CACHE: dict[str, Any] = {}
_CACHE_NEW = False
_CACHE_FILE: str | None = None


def _cache_file() -> str | None:
    base = cache_dir()
    if base is None:
        return None
    return os.path.join(base, f"prefilter-py{sys.version_info[0]}{sys.version_info[1]}.json")


def _load_cache() -> None:
    global _CACHE_FILE
    _CACHE_FILE = _cache_file()
    if _CACHE_FILE is None:
        return
    try:
        with open(_CACHE_FILE, encoding="utf-8") as f:
            data = json.load(f)
        if isinstance(data, dict):
            _CACHE.update(data)
    except (OSError, ValueError):
        pass  # no cache yet, or an unreadable one: every pattern is read afresh


def save_cache() -> None:
    """Write the required words read in this run, when any are new (at exit; never fails the caller)."""
    global _CACHE_NEW
    if not _CACHE_NEW or _CACHE_FILE is None:
        return
    try:
        os.makedirs(os.path.dirname(_CACHE_FILE), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(_CACHE_FILE), suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(_CACHE, f, separators=(",", ":"))
        os.replace(tmp, _CACHE_FILE)
        _CACHE_NEW = False
    except OSError:
        pass  # a read-only home or a full disk: the next start reads the patterns again


def _cache_key(pattern: str, flags: int, limit: int) -> str:
    return hashlib.sha1(f"{flags}:{limit}:{pattern}".encode("utf-8", "surrogatepass")).hexdigest()


def required_sets(pattern: str, flags: int = 0, limit: int = 4) -> tuple[tuple[str, ...], ...] | None:
    """Up to `limit` word sets, most selective first, such that every match of `pattern` contains a word of
    each set; None when there is none (a set is only kept when each of its words has two letters or more)."""
    global _CACHE_NEW
    key = _cache_key(pattern, flags, limit)
    if key in _CACHE:
        hit = _CACHE[key]
        return None if hit is None else tuple(tuple(w) for w in hit)
    out = _required_sets(pattern, flags, limit)
    _CACHE[key] = None if out is None else [list(w) for w in out]
    _CACHE_NEW = True
    return out


def _required_sets(pattern: str, flags: int, limit: int) -> tuple[tuple[str, ...], ...] | None:
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except Exception:  # never let the prefilter break a pattern: just run it
        return None
    out: list[frozenset[str]] = []
    for s in _needs(list(parsed)):
        if min(map(len, s)) >= 2 and s not in out:
            out.append(s)
    if not out:
        return None
    out.sort(key=lambda s: (min(map(len, s)), -len(s)), reverse=True)
    return tuple(tuple(sorted(s)) for s in out[:limit])


def required_words(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-case words one of which every match of `pattern` contains, or None when none is certain."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except Exception:  # never let the prefilter break a pattern: just run it
        return None
    need = _need(list(parsed))
    if not need or min(map(len, need)) < 2:
        return None
    return tuple(sorted(need))


def split_hit(pattern: str) -> list[str]:
    """A pattern that is one `(?P<hit>A|B|...)` group, as `(?P<hit>A)`, `(?P<hit>B)`...; any other, as it is.

    Compiled apart, each alternative is prefiltered on its own words, instead of the whole alternation running
    whenever its weakest branch's word is present. A text matches the pattern exactly when it matches one of the
    parts, but `finditer` over the parts can find more (overlapping) matches than over the whole: split a rule
    only where each match is read on its own (as the escalation rule sets read theirs)."""
    if not (pattern.startswith("(?P<hit>") and pattern.endswith(")")):
        return [pattern]
    body = pattern[len("(?P<hit>"):-1]
    parts, start, depth = [], 0, 0
    for i, ch, depth in structure(body):
        if depth < 0:  # the hit group closed before the end: not one group
            return [pattern]
        if ch == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    if depth != 0 or len(parts) == 1:
        return [pattern]
    return ["(?P<hit>" + p + ")" for p in parts]


def structure(body: str) -> Iterator[tuple[int, str, int]]:
    """The characters of a regex that shape it, with their places and the group depth after each: "(", ")" and "|"
    outside escapes and character classes (split_hit, _one_group and meaning._group_end read a pattern's shape
    with it)."""
    depth, i, in_class = 0, 0, False
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if body[i + 1:i + 2] == "]" or body[i + 1:i + 3] == "^]":
                i += 2 if body[i + 1] == "]" else 3
                continue
        elif ch in "()|":
            depth += 1 if ch == "(" else -1 if ch == ")" else 0
            yield i, ch, depth
        i += 1


_load_cache()
atexit.register(save_cache)

# ------------------------------------------------------------------ one automaton for every pattern
_WORDS: dict[str, int] = {}  # every required word of every prefiltered pattern -> its id
_LOCK = threading.Lock()
# (automaton, number of words it holds) - swapped whole, so readers in other threads see a consistent pair.
_AUTOMATON: tuple[Any, int] = (None, -1)
# The last text scanned: (text, ids of the words present or None when the prefilter must stand aside,
# automaton size it was scanned with). One tuple swapped whole: detectors read the same text many times.
_LAST: tuple[Any, frozenset[int] | None, int] = (None, None, -1)


def _register(words: Iterable[str]) -> frozenset[int]:
    with _LOCK:
        ids = []
        for w in words:
            if w not in _WORDS:
                _WORDS[w] = len(_WORDS)
            ids.append(_WORDS[w])
        return frozenset(ids)


def _automaton() -> tuple[Any, int]:
    global _AUTOMATON
    auto = _AUTOMATON
    if auto[1] == len(_WORDS):
        return auto
    with _LOCK:  # a pattern was added since the last build (only while modules load, in practice)
        a = ahocorasick.Automaton()
        for w, i in _WORDS.items():
            a.add_word(w, i)
        a.make_automaton()
        _AUTOMATON = auto = (a, len(_WORDS))
    return auto


def present_words(text: str) -> frozenset[int] | None:
    """Ids of the registered words that occur in lower-cased `text`; None when the prefilter cannot be trusted
    for this text (it holds a letter that IGNORECASE folds onto ASCII)."""
    global _LAST
    last = _LAST
    if last[0] is text and last[2] == len(_WORDS):
        return last[1]
    auto, size = _automaton()
    present: frozenset[int] | None
    if any(c in text for c in _FOLD_TO_ASCII):
        present = None
    elif size == 0:
        present = frozenset()
    else:
        present = frozenset(map(itemgetter(1), auto.iter(text.lower())))
    _LAST = (text, present, size)
    return present


def _alternatives(pattern: str, flags: int) -> tuple[tuple[frozenset[int], ...], ...] | None:
    """For a pattern that is one hit group of alternatives (`split_hit`), each alternative's required word sets
    (registered); None for any other pattern, or when an alternative requires nothing."""
    parts = split_hit(pattern)
    if len(parts) == 1:
        return None
    out = []
    for p in parts:
        sets = required_sets(p, flags)
        if sets is None:
            return None
        out.append(tuple(_register(w) for w in sets))
    return tuple(out)


def _some_alternative(alts: tuple[tuple[frozenset[int], ...], ...], present: frozenset[int]) -> bool:
    """Whether one alternative has a word of each of its sets in `present`."""
    for sets in alts:
        for need in sets:
            if need.isdisjoint(present):
                break
        else:
            return True
    return False


# ------------------------------------------------------------------ the lower-case gate
# Python's regex engine runs an IGNORECASE alternation several times slower than a case-sensitive one (its branches'
# first letters can't be tested at a glance), so before a pattern runs, its case-sensitive form is tried on the
# lower-cased text; only when that finds a match does the pattern itself run, and its own answer is returned. The gate
# only ever skips a run that would have found nothing, so no answer changes, only the time. Sound because:
# - the text: every character is ASCII or has no case at all (emoji, punctuation, digits; `lowered`), so lower-casing
#   maps it character for character (same length, same offsets), and no character of it folds onto another under
#   IGNORECASE but an ASCII letter onto its other case;
# - the pattern (`_lower_form`): IGNORECASE from its flags, no case-sensitive part `(?-i:...)`, no inline global flag,
#   and every letter it names (literals, class members, class ranges) lower-case, or a range holding both cases;
#   non-ASCII characters only ones that are their own lower case and fold onto no ASCII letter.
# Then an ASCII letter of the pattern matches a letter of the text exactly when it matches the lower-cased letter
# case-sensitively, and every other element (\b, \w, \s, ., anchors, classes of non-letters, lookarounds) sees the
# same kind of character in both texts: the case-sensitive form finds a match in the lower-cased text wherever the
# pattern finds one in the text. Any other text or pattern runs as before.
_LOWER_UNSET: Any = object()
_IGNORECASE = int(re.IGNORECASE)
_GATE_AFTER = 200  # runs of a pattern before its gate is made (a compile pays back over a few hundred runs)
_GATE_TRIAL, _GATE_KEEP = 100, 0.6  # a gate that lets more than 60 of its first 100 texts through is dropped
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_FOLD_CHARS = frozenset(map(ord, _FOLD_TO_ASCII))
_LOWER_CACHE: dict[str, str | None] = {}


def lowered(text: str) -> str | None:
    """`text` lower-cased, when every character is ASCII or has no case (see above); None otherwise."""
    low = _LOWER_CACHE.get(text, _LOWER_UNSET)
    if low is not _LOWER_UNSET:
        return low
    if text.isascii():
        low = text.lower()
    else:
        rest = "".join(_NON_ASCII.findall(text))
        low = text.lower() if rest.lower() == rest and rest.upper() == rest else None
    if len(_LOWER_CACHE) >= 256:  # a post's text and its sentences; forget older posts'
        _LOWER_CACHE.clear()
    _LOWER_CACHE[text] = low
    return low


def _lower_char_ok(c: int) -> bool:
    if c < 128:
        return not 65 <= c <= 90
    return c not in _FOLD_CHARS and chr(c).lower() == chr(c)


def _lower_items_ok(items: Any) -> bool:
    for op, av in items:
        name = op.name
        if op is LITERAL or op is NOT_LITERAL:
            if not _lower_char_ok(av):
                return False
        elif op is IN:
            ascii_in: set[int] = set()  # the ASCII characters the class names
            for iop, iav in av:
                if iop is LITERAL:
                    if iav < 128:
                        ascii_in.add(iav)
                    elif not _lower_char_ok(iav):
                        return False
                elif iop is RANGE:
                    lo, hi = iav
                    ascii_in.update(range(lo, min(hi, 127) + 1))
                    if hi >= 128 and any(lo <= f <= hi for f in _FOLD_CHARS):
                        return False
                elif iop.name not in ("NEGATE", "CATEGORY"):
                    return False
            if any(c in ascii_in and c + 32 not in ascii_in for c in range(65, 91)):
                return False  # a capital without its small letter
        elif op is SUBPATTERN:
            if av[2] & _IGNORECASE or not _lower_items_ok(av[-1]):
                return False  # (?-i:...): a case-sensitive part
        elif op is BRANCH:
            if not all(_lower_items_ok(b) for b in av[1]):
                return False
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if not _lower_items_ok(av[2]):
                return False
        elif op is ASSERT or op is ASSERT_NOT:
            if not _lower_items_ok(av[1]):
                return False
        elif name == "ATOMIC_GROUP":
            if not _lower_items_ok(av):
                return False
        elif op is GROUPREF_EXISTS:
            if not _lower_items_ok(av[1]) or (av[2] is not None and not _lower_items_ok(av[2])):
                return False
        elif name not in ("AT", "ANY", "CATEGORY", "GROUPREF"):
            return False
    return True


def _lower_form(pattern: str, flags: int) -> re.Pattern[str] | None:
    """The case-sensitive form of an IGNORECASE pattern to try on lower-cased text (see above); None when unsound."""
    if not isinstance(pattern, str) or not flags & re.IGNORECASE or flags & (re.LOCALE | re.DEBUG):
        return None
    try:
        # (as a plain int, as re.compile passes it on: the parser and compiler test a RegexFlag's bits through the
        # enum's own operators, several times slower, at every element)
        cs = int(flags) & ~_IGNORECASE
        parsed = _sre_parse.parse(pattern, cs)
        if parsed.state.flags & _IGNORECASE or not _lower_items_ok(list(parsed)):
            return None
        return _sre_compile(parsed, cs)  # (from the tree already read: one parse, not two)
    except Exception:  # never let the gate break a pattern: just run it
        return None


class Prefiltered:
    """A compiled pattern that answers 'no match' at once when its required words are absent.

    Drop-in for the compiled pattern: `search`, `match`, `finditer`, `findall`; anything else is
    passed to the pattern itself. `_ids` is the most selective set of words one of which every match
    holds (a rule set may join its rules' `_ids` to skip the whole set); `_more` holds the other sets
    a match also needs a word of, each checked only when the ones before it are present. For a pattern that is one
    hit group of alternatives, `_alts` holds each alternative's sets: those above only know the union of the
    alternatives' words, so "worst ... ever|best ... ever" would run on "the worst day"; `_alts` skips it."""

    __slots__ = ("_rx", "_source", "_ids", "_more", "_alts", "_lc", "_runs", "_passed")

    def __init__(self, rx: re.Pattern[str] | str, flags: int = 0) -> None:
        # Given as a string, the pattern is compiled on first use: most of the ~450 rule patterns never
        # run for a given post (their words are absent), and compiling them all cost ~0.5 s of start-up.
        self._rx: re.Pattern[str] | None = None if isinstance(rx, str) else rx
        self._source = (rx, flags) if isinstance(rx, str) else (rx.pattern, rx.flags)
        sets = required_sets(*self._source)
        self._ids = _register(sets[0]) if sets is not None else None
        self._more = tuple(_register(w) for w in sets[1:]) if sets is not None else ()
        self._alts = _alternatives(*self._source) if sets is not None else None
        self._lc: re.Pattern[str] | None = _LOWER_UNSET  # the lower-case gate's pattern, made once it pays (below)
        self._runs = 0  # runs asked of the gate: before it is made, then while it is on trial
        self._passed = 0  # of those on trial, how many the gate let through

    def _passes(self, string: str, a: tuple[Any, ...]) -> bool:
        """False only when the lower-case gate shows the pattern cannot match `string` (see `lowered`).

        The gate costs a second compile, so it is made only for a pattern asked _GATE_AFTER times (a long run of posts,
        not one check); and a gate that lets most texts through (a pattern that usually matches) only doubles the work,
        so after _GATE_TRIAL runs it is dropped when it let more than _GATE_KEEP of them through. Neither choice can
        change an answer: the gate only ever skips a run that finds nothing."""
        lc = self._lc
        if lc is None:
            return True
        if lc is _LOWER_UNSET:
            self._runs += 1
            if self._runs < _GATE_AFTER:
                return True
            lc = self._lc = _lower_form(*self._source)
            self._runs = 0
            if lc is None:
                return True
        low = lowered(string)
        if low is None:
            return True
        if lc.search(low, *a) is None:
            passed = False
        else:
            passed = True
        runs = self._runs
        if runs < _GATE_TRIAL:
            self._runs = runs + 1
            if passed:
                self._passed += 1
            if runs + 1 == _GATE_TRIAL and self._passed > _GATE_KEEP * _GATE_TRIAL:
                self._lc = None  # it lets most texts through: not worth its search
        return passed

    @property
    def rx(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was given as a string and has not run yet)."""
        rx = self._rx
        if rx is None:
            rx = self._rx = re.compile(*self._source)
        return rx

    def possible(self, string: str) -> bool:
        """False only when the pattern cannot match `string` (a set of its required words is all absent)."""
        ids = self._ids
        if ids is None:
            return True
        last = _LAST  # the common case, inline: the text just scanned, with the automaton unchanged since
        present = last[1] if last[0] is string and last[2] == len(_WORDS) else present_words(string)
        if present is None:
            return True
        if ids.isdisjoint(present):
            return False
        for more in self._more:
            if more.isdisjoint(present):
                return False
        return self._alts is None or _some_alternative(self._alts, present)

    # `search` and `finditer` (what the detectors' rule loops call, ~140 times a post) repeat `possible`
    # inline: a Python call saved per pattern.
    def search(self, string: str, *a: Any) -> re.Match[str] | None:
        ids = self._ids
        if ids is not None:
            last = _LAST
            present = last[1] if last[0] is string and last[2] == len(_WORDS) else present_words(string)
            if present is not None:
                if ids.isdisjoint(present):
                    return None
                for more in self._more:
                    if more.isdisjoint(present):
                        return None
                if self._alts is not None and not _some_alternative(self._alts, present):
                    return None
        return self.rx.search(string, *a) if self._passes(string, a) else None

    def match(self, string: str, *a: Any) -> re.Match[str] | None:
        return self.rx.match(string, *a) if self.possible(string) and self._passes(string, a) else None

    def finditer(self, string: str, *a: Any) -> Iterable[re.Match[str]]:
        ids = self._ids
        if ids is not None:
            last = _LAST
            present = last[1] if last[0] is string and last[2] == len(_WORDS) else present_words(string)
            if present is not None:
                if ids.isdisjoint(present):
                    return ()
                for more in self._more:
                    if more.isdisjoint(present):
                        return ()
                if self._alts is not None and not _some_alternative(self._alts, present):
                    return ()
        return self.rx.finditer(string, *a) if self._passes(string, a) else ()

    def findall(self, string: str, *a: Any) -> list[Any]:
        return self.rx.findall(string, *a) if self.possible(string) and self._passes(string, a) else []

    # For a caller that has already asked the prefilter (`PatternGroup.candidates`): the pattern's own `finditer` and
    # `search`, behind the lower-case gate only.
    def scan(self, string: str) -> Iterable[re.Match[str]]:
        return self.rx.finditer(string) if self._passes(string, ()) else ()

    def find(self, string: str) -> re.Match[str] | None:
        return self.rx.search(string) if self._passes(string, ()) else None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.rx, name)


class PatternGroup:
    """Several prefiltered patterns decided together: one set operation over the words present in a text
    finds the patterns worth running, instead of one `possible` call per pattern.

    `candidates(text)` lists, in the group's order, the indices of exactly the patterns whose `possible`
    is True for `text`, so a loop over them finds what a loop over every pattern finds."""

    __slots__ = ("patterns", "_by_word", "_words", "_always", "_all")

    def __init__(self, patterns: Iterable[Prefiltered]) -> None:
        self.patterns = list(patterns)
        by_word: dict[int, int] = {}
        always = 0
        for i, p in enumerate(self.patterns):
            if p._ids is None:
                always |= 1 << i
            else:
                for w in p._ids:
                    by_word[w] = by_word.get(w, 0) | (1 << i)
        self._by_word = by_word
        self._words = frozenset(by_word)
        self._always = always
        self._all = list(range(len(self.patterns)))

    def candidates(self, string: str) -> list[int]:
        """Indices (ascending) of the patterns that may match `string`."""
        last = _LAST
        present = last[1] if last[0] is string and last[2] == len(_WORDS) else present_words(string)
        if present is None:
            return self._all
        mask = self._always
        by_word = self._by_word
        for w in self._words.intersection(present):
            mask |= by_word[w]
        out: list[int] = []
        patterns = self.patterns
        while mask:
            low = mask & -mask
            i = low.bit_length() - 1
            mask ^= low
            p = patterns[i]
            for more in p._more:
                if more.isdisjoint(present):
                    break
            else:
                if p._alts is None or _some_alternative(p._alts, present):
                    out.append(i)
        return out


class Leftmost:
    """A pattern head + "(?:A|B|...)" + tail asked as its alternatives apart, head + "(?:A)" + tail, ..., each
    prefiltered on its own words, answering with the whole pattern's own match. `head` must be zero-width (an
    assertion such as \\b): then at each place the whole tries its alternatives in order, each followed by `tail`, so
    its match is the leftmost of the alternatives' leftmost matches, the first alternative's on a tie, and is that
    alternative's match there (same span, same text; `m.re` is the alternative's pattern). Worth it for a long
    alternation whose words together are in most posts, while each alternative's are rare."""

    __slots__ = ("parts", "group")

    def __init__(self, parts: list[Prefiltered]) -> None:
        self.parts = parts
        self.group = PatternGroup(parts)

    def search(self, text: str) -> re.Match[str] | None:
        best = None
        parts = self.parts
        for i in self.group.candidates(text):  # (ascending: a later alternative replaces only a match further left)
            m = parts[i].find(text)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best


def leftmost(head: str, body: str, tail: str, flags: int = re.IGNORECASE) -> Prefiltered | Leftmost:
    """head + "(?:" + body + ")" + tail, as a Leftmost when body is an alternation at its top level (or one group
    holding one), else as one Prefiltered. `head` must be zero-width (see Leftmost)."""
    alts = [a[len("(?P<hit>"):-1] for a in split_hit("(?P<hit>" + body + ")")]
    if len(alts) == 1 and body.startswith("(?:") and body.endswith(")"):
        inner = [a[len("(?P<hit>"):-1] for a in split_hit("(?P<hit>" + body[3:-1] + ")")]
        if len(inner) > 1 and "(?:" + "|".join(inner) + ")" == body and _one_group(body):
            alts = inner
    if len(alts) > 1 and "|".join(alts) in (body, body[3:-1]):
        return Leftmost([Prefiltered(head + "(?:" + a + ")" + tail, flags) for a in alts])
    return Prefiltered(head + "(?:" + body + ")" + tail, flags)


def _one_group(body: str) -> bool:
    """Whether `body` ("(?:...)") is one group from its first character to its last."""
    depth = 0
    for i, ch, depth in structure(body):
        if ch == ")" and depth == 0 and i != len(body) - 1:
            return False
    return depth == 0
