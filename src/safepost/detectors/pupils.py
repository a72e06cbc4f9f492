"""Pupil names (`pupil_identified`, kind `name`): roster names as written, and likely children's names without a roster.

With a roster, `prepare` builds dictionaries once per school (first, preferred, full and
surname keys, accents and apostrophes folded), so `detect` is one regex pass over the words
plus dictionary look-ups: O(words in the post), whatever the roster's size. We look words up
in dictionaries instead of running Aho-Corasick over raw text because word boundaries,
possessives ("Amelia's", "Amelias") and curly apostrophes ("O’Neill") are then handled once,
in the tokeniser; hashtags (#WellDoneAmelia, #teamamelia) are split into parts separately.

Precision comes first for names that are also words or common adult names (Will, Grace,
Summer, Rose, Mark...): such a name alone counts only when it is capitalised, used the way a
name is used (not "Summer term", "Will the PTA"), and the sentence says it is about a child
("well done", "star of the week", "in 4B", a possessive such as "Grace's mum"). A title
("Mrs Rose"), an adult relation ("my husband Mark"), a job ("Mark the plumber") or a pet
("our dog Reggie") rules a name out.

Without a roster, a capitalised first name next to a child cue ("Well done to Jake in Year 3",
"#WellDoneAmelia") is reported with a lower score. The first-names list `models/names_first.txt`
comes from the US Census Bureau's 1990 first-name files (public domain, shipped in the `names`
package on PyPI) plus a hand-written supplement of names common among children in England and
Wales; `models/names_build.py` rebuilds it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from safepost.context import Pupil, Roster, School
from safepost.detectors.base import Detector
from safepost.normalize import strip_accents
from safepost.types import Span

if TYPE_CHECKING:
    from safepost.context import Context

CATEGORY = "pupil_identified"

SCORE_FULL = 0.97
SCORE_FIRST = 0.85
SCORE_FIRST_LOWER = 0.8  # "amelia" typed in lower case: still a name, a little less sure
SCORE_SURNAME_CLASS = 0.8
SCORE_AMBIGUOUS = 0.75
SCORE_GUESS = 0.8  # no roster: a listed first name next to a child cue
SCORE_GUESS_FULL = 0.85  # no roster: "Amelia Hart in 4B"
SCORE_GUESS_WEAK = 0.7  # no roster: a word-name ("Will") or an unlisted name next to a cue

# Given names that are also everyday words, months, flowers, pets' or famous adults' names:
# alone, they need evidence that they name a child.
AMBIGUOUS = frozenset("""
will grace summer rose mark amber hope ivy daisy poppy ruby jack harper reggie kai leo max faith joy
holly jade pearl dawn frank bill sue pat rob nick mike ray don dean grant miles hunter mason chase
violet olive hazel iris lily willow autumn april may june august eve robin penny crystal ginger
angel mercy charity honey sunny star sky skye river storm sandy rusty rocky drew jay lee gene earl
glen cliff rich art bob guy heath wade ward reed brook brooke florence victoria paris india georgia
jordan chelsea sydney devon asia london chase bailey teddy buddy rex duke king prince princess
marshall taylor cooper carter parker porter archer fisher baker page lane summer winter spring
bear fox wolf scout sage haven destiny liberty journey harmony melody echo nova phoenix dakota
tom
""".split())

TITLES = frozenset("""
mr mrs miss ms mx dr sir dame lady lord prof professor rev revd reverend fr father sister brother
cllr councillor coach captain capt uncle aunt auntie aunty nan nanny nana grandma grandad granddad
grandpa granny gran grandmother grandfather queen king prince princess saint st pope president judge
pc sgt sergeant inspector officer madam madame storm hurricane prophet
""".split())

ADULT_RELATIONS = frozenset("""
husband wife partner boyfriend girlfriend fiance fiancé fiancee fiancée hubby colleague colleagues
boss manager neighbour neighbor landlord landlady mum mom mother dad father uncle aunt auntie grandma
grandad nan nanny granny grandpa headteacher head deputy teacher ta caretaker governor chair plumber
builder electrician cleaner vet doctor nurse dentist gp vicar coach instructor author mp councillor
mayor secretary receptionist chef cook volunteer gardener decorator mechanic hairdresser barber
photographer postman postie driver lollipop
""".split())

# Relations a writer signs with before their child's name ("Mum of Grace here", "Grandad to Ethan").
PARENT_ROLES = frozenset("mum mom mother mummy dad father daddy nan nanny granny grandma grandad granddad grandpa "
                         "auntie aunt uncle carer".split())

PARENT_OF_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PARENT_ROLES)) + r")\s+(?:of|to)\s+\Z", re.IGNORECASE)

GROWN_KIN = frozenset(("niece", "nephew", "cousin", "godson", "goddaughter", "stepson", "stepdaughter", "grandson",
                       "granddaughter", "son", "daughter"))
OWN_FRIEND_WORDS = frozenset(("friend", "mate", "pal", "bestie", "bff"))

# Words that only ever name an animal (pets and their breeds, farm and zoo animals), singular and plural. The one list
# of animal words: language.py reads it for an animal described ("my neighbour's dog is the best dog ever").
ANIMALS = frozenset("""
dog dogs puppy puppies pup pups pooch cat cats kitten kittens hamster hamsters rabbit rabbits bunny bunnies tortoise
tortoises horse horses pony ponies budgie budgies parrot parrots goldfish fish pet pets gerbil gerbils ferret ferrets
snake snakes lizard chicken chickens hen hens cow cows calf calves lamb lambs goat goats donkey donkeys sheep pig pigs
piglet piglets rat rats mouse mice animal animals guinea cockapoo labrador spaniel terrier retriever poodle dachshund
whippet greyhound
""".split())

# Pet words around a name ("Reggie, our dog", "our puppy Bella"): the name is a pet's, not a pupil's. ANIMALS less
# the words also said of a child, as an insult or an endearment ("Jake the pig", "our little mouse Ava", "Leo, the
# animal"), plus "kitty", which is a pet word here but a first name too (so not in ANIMALS: "Kitty is ..." may be a
# person).
PETS = (ANIMALS - frozenset("pig pigs piglet piglets rat rats mouse mice animal animals".split())) | {"kitty"}

# Listed as first names, but never a pupil in a post: "#ProudToLoveJesus", "Santa came to visit".
NOT_CHILDREN = frozenset({"jesus", "christ", "god", "allah", "buddha", "santa", "satan"})

# Words that may follow a name when it is used as a name ("Grace was...", "Will and...").
FOLLOWERS = frozenset("""
is was has had have did does got gets won wins and or who whose in from with for at as also always
just really absolutely then today yesterday this last made makes came comes went goes worked works
tried tries showed shows read reads wrote writes played plays scored scores received receives earned
earns achieved achieves completed finished helped helps impressed amazed loved loves enjoyed enjoys
painted drew draws sang sings danced dances ran runs swam swims managed learned learnt built created
designed answered asked told said gave brought found reached passed joined led represented took takes
can could would should might must will aged age on bit hit pushed kicked punched bullied hurt keeps kept
threw took broke stole called says tells cried fell needs wants likes hates left forgot lost
""".split())

# Capitalised words that may follow a first name without being someone else's surname.
NOT_SURNAMES = frozenset("""
and in from is was has had for on with the to of at who our your my we you i it year class today
well thank thanks congratulations congrats great amazing brilliant fantastic super happy a an
ive im ill id youre were weve its thats dont cant please can could would do did are have hope just sorry
yes no hi hello this that there here what when where why how if so but not now tomorrow tonight yesterday
love lots good see let lets come go get make take remember enjoy merry welcome all everyone mum dad miss mr
mrs ms
""".split())

CHILD_CUE = re.compile(
    r"\b(?:well[- ]done|congratulations|congrats|congratulate|bravo|shout[- ]?out"
    r"|(?:star|writer|reader|pupil|learner|mathematician|scientist|artist|author|citizen|speller"
    r"|athlete|superstar) of the (?:week|day|month|term)"
    r"|head ?teacher'?s award|golden (?:book|time|ticket)|certificates?|house points?|dojo points?"
    r"|proud of|so proud|(?:amazing|fantastic|brilliant|great|super|fab|fabulous|wonderful) "
    r"(?:work|effort|writing|reading|job)"
    r"|in (?:year|yr|y) ?(?:\d{1,2}|r)\b|\byear ?\d{1,2}\b|\by[1-9]\b|\b(?:in|from|of) (?:class )?\d[a-z]{1,2}\b"
    r"|\breception\b|\bnursery\b|\bpupils?\b|\bstudents?\b|\bour class\b|\bmy class\b|\bin class\b"
    r"|\bclassmates?\b|\bplayground\b|\bassembly\b|\bspellings?\b|\btimes tables?\b|\bphonics\b"
    r"|\bhomework\b|\bhandwriting\b|\baged? \d{1,2}\b|\b\d{1,2}[- ]year[- ]olds?\b|\bschool trip\b"
    r"|\bsports day\b|\bswimming (?:badge|certificate)|\bnativity\b|\bschool play\b"
    r"|\b(?:my|your|our|her|his) (?:little )?(?:son|daughter|boy|girl)\b|\bkids\b|\bchildren\b"
    # the school day's things and places, which only a child has or goes to
    r"|\bpe kit\b|\bbook ?bags?\b|\breading (?:morning|book|record|folder)s?\b|\blost property\b"
    r"|\blunch ?box(?:es)?\b|\bpacked lunch\b|\bhome ?time\b|\bschool gates?\b|\b(?:after[- ]school|breakfast) club\b"
    r"|\bschool disco\b|\bforest school\b"
    # a teacher signing a message to the person named: "Hi Lily, it's Mrs Gale"
    r"|\bit['’]?s (?:mrs?|miss|ms|mx|sir)\b\.?)",
    re.IGNORECASE)

# Signs a sentence is about adults: a word-name there ("my cousin Ruby on passing her driving test") is not a pupil.
ADULT_CUE = re.compile(r"\b(?:driving (?:test|licen[cs]e|lesson)|wedding|anniversary|engage(?:d|ment)|retire(?:d|ment)"
                       r"|hen (?:do|party)|stag (?:do|party)|pub|wine|prosecco|mortgage|pregnan\w*|new job"
                       r"|promotion|graduat\w*|university|uni\b|colleagues?|staff (?:room|quiz|party|do)"
                       r"|qualified as|(?:just |newly |fully )qualified|apprenticeship|first (?:flat|house|home) together"
                       # an adult's birthday, or school remembered: "Happy 40th", "friends since Year 7"
                       r"|\b(?:18th|21st|[3-9]0th)\b|\bsince (?:year|yr|y) ?\d{1,2}\b|\bsince (?:primary|secondary) school\b)",
                       re.IGNORECASE)

# A cue right before a name: "Well done to", "Congratulations", "Star of the week goes to".
PRAISE_BEFORE = re.compile(
    r"\b(?:well[- ]done|congratulations|congrats|bravo|(?:big |huge )?shout[- ]?out|proud of|go"
    r"|(?:star|writer|reader|pupil|learner|mathematician|scientist|artist|author|citizen|speller"
    r"|athlete|superstar) of the (?:week|day|month|term)(?: (?:is|was|goes to|went to))?)"
    r"\s*(?:to\s+|for\s+)?(?:(?:our|my)\s+(?:very own\s+|lovely\s+|amazing\s+)?)?[:,!\-–]*\s*\Z",
    re.IGNORECASE)

# A class or year right after a name: "in Year 3", "(Y3)", "from 4B", "in Reception".
CLASS_AFTER = re.compile(
    r"(?:\s*[,(]\s*|\s+[\-–]\s+|\s+)(?:(?:in|from|of)\s+)?(?:"
    r"(?:year|yr|y)\s?(?P<year>\d{1,2}|r)\b"
    r"|(?:class\s+)?(?P<cls>\d)(?-i:[A-Z]{1,3})\b"
    r"|(?P<rec>reception|nursery)\b"
    r"|(?:mrs?|miss|ms|mx)\.?\s+[a-z][\w'’-]*['’]s\s+class\b)",
    re.IGNORECASE)

POSSESSIVE_CHILD = re.compile(
    r"\s*(?:mum|mummy|mom|dad|daddy|parents?|grandma|grandad|granddad|nan|nanny|grandparents|carers?"
    r"|teacher|class|classmates?|friends?|brother|sister|birthday|party|painting|drawing|picture"
    r"|poem|story|writing|work|project|model|certificate|award|first|reading|spelling"
    r"|sen|send|ehcp|iep|annual review|review meeting|school report|report|homework|assessment|behaviour|attendance"
    r"|pe kit|book bag|lunchbox|uniform|place at|year group|support plan)\b",
    re.IGNORECASE)
ANSWERS_TO = re.compile(r"\b(?:answers|responds) to (?:the name )?(?:of )?\W*\Z", re.IGNORECASE)

# Without a roster only family and class words make a possessive a child's: "Jake's mum", not "Sarah's story".
POSSESSIVE_FAMILY = re.compile(r"\s*(?:mum|mummy|mom|dad|daddy|parents?|grandma|grandad|granddad|nan|nanny"
                               r"|grandparents|carers?|teacher|class|classmates?)\b", re.IGNORECASE)

# After a name: an adult's job or a pet ("Mark the plumber", "Reggie, our dog", "Rose from the office"); not a pet's
# possessive ("Amber, our hamsters' best carer": Amber looks after them).
_ADULT = "|".join(sorted(ADULT_RELATIONS, key=len, reverse=True))
_PET = "|".join(sorted(PETS - ADULT_RELATIONS, key=len, reverse=True))
AFTER_ADULT = re.compile(
    r"\s*[,(\-–]?\s*(?:(?:the|our|my|a|your|his|her|their)\s+(?:[\w-]+\s+)?(?:(?:" + _ADULT + r")\b|(?:" + _PET +
    r")\b(?!['’]))"
    r"|from (?:the )?(?:office|pta|council|kitchen|front desk|reception desk)\b"
    # someone at their place of work: "Flo from the bakery says the sourdough is in"
    r"|from (?:the )?(?:bakery|bakers|(?:corner |farm |chip |coffee )?shop|pub|cafe|café|garage|salon|chippy|"
    r"post office|surgery|chemist|pharmacy|butcher'?s|co-?op|gym|hairdresser'?s|bank|library)\b"
    r"|and the (?:chocolate factory|great glass elevator|beanstalk)\b|the (?:musical|movie|film|book)\b|(?:musical|movie|film)\b"
    r"|[ivx]{1,4}\b(?!['’]))",
    re.IGNORECASE)

STORY_BEFORE = re.compile(r"(?:\b(?:story|stories|tale|tales|life|legend|times|book|poem|parable) of"
                          r"|\b(?:studying|learning about|learned about|learnt about|researching|research on"
                          r"|topic on|topic about|project on|project about))\s+(?:the\s+)?\Z", re.IGNORECASE)
# A show's title after going to see it or putting it on: "went to see Oliver! at the Palace", "performing Oliver! next
# week", "tickets for Annie" (the name followed by "!" or by "the musical")
SHOW_BEFORE = re.compile(r"\b(?:see|seeing|saw|seen|watch|watched|watching|perform|performing|performed|put(?:ting)? on|"
                         r"production of|tickets (?:for|to)|auditions? for|cast of|rehears\w* for|staging)\s+\Z",
                         re.IGNORECASE)
FAMOUS_AFTER = re.compile(r"['’]s\s+(?:ark|marvellous medicine)\b", re.IGNORECASE)
# "Matilda by Roald Dahl": a book, not a pupil.
BY_AUTHOR = re.compile(r"\s+by\s+[A-Z][\w'’.-]+\s+[A-Z]")
# A first name used as an award's name: "Oscar season", "Two Oscar nominations", "the Oscar for best actress".
# Not "Amelia nominated for star of the week" or "Amelia for best handwriting": a child praised.
AWARD_AFTER = re.compile(r"\s+(?:season|night|nominations|nominees|buzz|ceremony|contenders|hopefuls)\b", re.IGNORECASE)
AWARD_THE = re.compile(r"\s+for best\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
# An adult's own life event, owned by the name or a couple it is in: "Harry's stag do", "Grace and Harry's
# wedding", "Harry and Grace on their engagement". A child at someone else's event ("at his uncle's wedding")
# owns nothing here.
_ADULT_EVENT = (r"(?:wedding|engagement|hen (?:do|party|night)|stag (?:do|party|night)|anniversary|retirement"
                r"|leaving do|baby shower|(?:18th|21st|[3-9]0th)(?! birthday party))\b")
_COUPLE = r"(?:\s*(?:,|&|\+|and)\s+[^\W\d_][\w-]*)?"
ADULT_EVENT_AFTER = re.compile(_COUPLE + r"(?:['’]s?\s+(?:\w+\s+)?" + _ADULT_EVENT
                               + r"|\s+on (?:their|your) (?:\w+\s+)?" + _ADULT_EVENT + ")", re.IGNORECASE)
# The name does an adult's milestone: "Our Amelia got engaged at the weekend", "Rose has just graduated".
ADULT_DONE_AFTER = re.compile(r"\s+(?:(?:has|have|had|just|finally|officially|only)\s+)*(?:got (?:engaged|married|hitched)|"
                              r"is (?:engaged|getting married|pregnant|expecting)|tied the knot|graduated|passed (?:his|her|"
                              r"their) driving test|bought (?:his|her|their) first (?:house|home|flat))\b", re.IGNORECASE)
ADULT_EVENT_BEFORE = re.compile(r"\b" + _ADULT_EVENT + r"\s+(?:to|of|for)\s+(?:[^\W\d_][\w-]*\s*(?:,|&|\+|and)\s+)?\Z",
                                re.IGNORECASE)
# A character on screen: "Finn and Jake from Adventure Time" in a sentence about watching something.
# Not a youth group, club or team a child belongs to ("Finn from Beavers"), and not a match being watched.
FROM_TITLE = re.compile(_COUPLE + r"\s+(?:from|off|in)\s+(?:the\s+)?(?-i:[A-Z])(?!(?:ear|r|eception|ursery)\b)"
                        r"(?!(?i:eavers|ubs|couts|rownies|ainbows|uides|xplorers|parks|quirrels|lub|eam|cademy)\b)")
SPORT_CUE = re.compile(r"\b(?:match|game|football|rugby|cricket|netball|race|league|cup)\b", re.IGNORECASE)
SCREEN_CUE = re.compile(r"\b(?:on repeat|episodes?|series|box ?sets?|telly|tv|netflix|disney|iplayer|cbeebies|cartoons?"
                        r"|films?|movies?|shows?|binge\w*|watch\w*|characters?)\b", re.IGNORECASE)
# The name said to be a character: "George is my favourite character", "the character Poppy", "a character called Will".
CHARACTER_AFTER = re.compile(r"\s+(?:is|was|'s)\s+(?:my|our|his|her|their|the|a|an)\s+(?:[\w-]+\s+){0,2}?"
                             r"characters?\b", re.IGNORECASE)
CHARACTER_BEFORE = re.compile(r"\bcharacters?\s+(?:(?:called|named)\s+)?\Z", re.IGNORECASE)
HASHTAG = re.compile(r"(?<![\w&#])#(\w+)")
# The writer says in so many words that the child named is not a pupil: "(my nephew, not a pupil before anyone asks)",
# "not one of my pupils btw", "no, not the one in my class"
NOT_A_PUPIL = re.compile(r"(?i)(?:\bnot (?:a|one of (?:my|our|the)) (?:pupils?|students?|kids (?:at|from) (?:my |our )?school)\b|"
                         r"\bnot (?:the one|the [\w-]+) (?:in|from|at) (?:my|our) (?:class|school)\b|"
                         r"\b(?:isn'?t|is not|aren'?t|are not) (?:a |one of )?(?:my |our )?(?:pupils?|students?)\b)"
                         # (not "not a pupil who gives up", "not a pupil in the class who…")
                         r"(?![ \w]{0,20}\b(?:who|that|which|to)\b)")

# @handles and email addresses: the names inside them are accounts' names ("@Sam_Whitlock" replying,
# "sam.k.teacher@example.com"), not pupils named (an email is reported as personal information anyway).
# (A tag of a child's name before "'s dad" is the child named: "@Kai's dad did the dhol" is Kai's dad.)
HANDLE = re.compile(r"(?<![\w@.])@\w+(?!\w)(?!['’]s (?:mum|mam|mom|dad|parents?|nan|nana|gran|granny|grandma|grandad|grandpa|"
                    r"carers?|family|brother|sister|auntie|aunt|uncle)\b)|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LETTER = r"(?:[^\W\d_]|[\u0300-\u036f])"
TOKEN = re.compile(_LETTER + r"+(?:[-'’ʼ`]" + _LETTER + r"+)*(?:['’ʼ]s?\b)?")
# The same pattern for a text without combining marks (nearly every text), where the marks' branch cannot
# match: a plain character class runs about twice as fast as the two-way alternation per letter.
_TOKEN_NO_MARKS = re.compile(r"[^\W\d_]+(?:[-'’ʼ`][^\W\d_]+)*(?:['’ʼ]s?\b)?")
_MARK = re.compile(r"[\u0300-\u036f]")
_APOS_RE = re.compile(r"['’ʼ`´]")
_HASHTAG_PART = re.compile(r"[A-Z]?[a-z\u00df-\u024f]+|[A-Z\u00c0-\u00de]+(?![a-z])|\d+")
HASHTAG_PREFIXES = ("welldone", "wd", "team", "go", "congrats", "congratulations", "proudof", "bravo",
                    "staroftheweek", "shoutout", "superstar", "yay", "love", "thankyou", "thanks")
PRAISE_WORDS = frozenset({"well", "done", "team", "go", "congrats", "congratulations", "proud", "bravo",
                          "star", "shout", "superstar", "yay", "wd"})
_NEXT_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
GREETINGS = frozenset("hi hey hiya heya hello dear morning evening night bye thanks cheers congrats".split())
_SENTENCE_END = re.compile(r"[.!?\n]+(?:\s|$)")


@lru_cache(maxsize=16384)  # the same words come back in post after post
def key(s: str) -> str:
    """A name's lookup key: lower case, accents and apostrophes removed ("O’Neill" -> "oneill")."""
    if s.isascii():
        return s.lower().replace("'", "").replace("`", "")
    s = strip_accents(s)
    return _APOS_RE.sub("", s).lower()


_FIRST_NAMES: frozenset[str] | None = None
NAMES_FILE = Path(__file__).resolve().parent.parent / "models" / "names_first.txt"


def first_names() -> frozenset[str]:
    """The shipped first-names list (lower case, accents folded), loaded once."""
    global _FIRST_NAMES
    if _FIRST_NAMES is None:
        lines = NAMES_FILE.read_text(encoding="utf-8").splitlines()
        _FIRST_NAMES = frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))
    return _FIRST_NAMES


@dataclass(slots=True)
class _Tok:
    start: int
    end: int  # end of the name itself, before any possessive
    text: str
    key: str
    possessive: bool
    full_end: int  # end including the possessive


@dataclass
class RosterIndex:
    """Per-school look-up tables built once from the roster."""

    first: dict[str, list[tuple[Pupil, str]]] = field(default_factory=dict)  # key -> (pupil, form)
    full: dict[str, list[Pupil]] = field(default_factory=dict)  # "amelia hart" -> pupils
    full_nospace: dict[str, list[Pupil]] = field(default_factory=dict)  # "ameliahart" -> pupils
    surname: dict[str, list[Pupil]] = field(default_factory=dict)
    max_words: int = 2
    full_first: frozenset[str] = frozenset()  # first words of the `full` keys: a word outside it starts no full name

    @classmethod
    def build(cls, roster: Roster) -> "RosterIndex":
        """Index every pupil's first, preferred and full names (and reversed "Hart, Amelia")."""
        idx = cls()
        for p in roster.pupils:
            last = " ".join(key(w) for w in TOKEN.findall(p.last_name)) or key(p.last_name)
            idx.surname.setdefault(last, []).append(p)
            for given in p.given_names:
                gk = " ".join(key(w) for w in TOKEN.findall(given)) or key(given)
                form = "first" if given == p.first_name else "preferred"
                idx.first.setdefault(gk, []).append((p, form))
                for full in (f"{gk} {last}", f"{last} {gk}"):
                    idx.full.setdefault(full, []).append(p)
                    idx.max_words = max(idx.max_words, full.count(" ") + 1)
                idx.full_nospace.setdefault((gk + last).replace(" ", "").replace("-", ""), []).append(p)
        idx.full_first = frozenset(k.split(" ", 1)[0] for k in idx.full)
        return idx


def _attrs(pupils: Iterable[Pupil], form: str) -> dict[str, object]:
    """Span attrs for one or more candidate pupils: the most protective consent wins."""
    ps = list(dict.fromkeys(pupils))
    attrs: dict[str, object] = {
        "pupil": " or ".join(sorted({p.display for p in ps})),
        "form": form,
        "name_consent": all(p.name_consent for p in ps),
        "photo_consent": all(p.photo_consent for p in ps),
        "on_roster": True,
    }
    years = {p.year_group for p in ps if p.year_group}
    if len(years) == 1:
        attrs["year_group"] = years.pop()
    return attrs


def _year_of(m: re.Match[str]) -> str | None:
    if m.group("year"):
        return m.group("year").upper()
    if m.group("cls"):
        return m.group("cls")
    if m.group("rec"):
        return "R" if m.group("rec").lower() == "reception" else "N"
    return None


def _norm_year(y: str) -> str:
    y = y.strip().lower()
    if y in ("r", "reception", "yr", "year r", "rec"):
        return "R"
    d = re.search(r"\d+", y)
    return d.group() if d else y.upper()


def _narrow_by_year(pupils: list[Pupil], year: str | None) -> list[Pupil]:
    if not year:
        return pupils
    same = [p for p in pupils if _norm_year(p.year_group) == year]
    return same or pupils


def tokenize(text: str, skip: list[tuple[int, int]]) -> list[_Tok]:
    """Words of `text` with name keys; words inside hashtags (`skip`) are left out."""
    toks: list[_Tok] = []
    append = toks.append
    for m in (TOKEN if _MARK.search(text) else _TOKEN_NO_MARKS).finditer(text):
        s, e = m.span()
        if skip and any(a <= s < b for a, b in skip):
            continue
        w = m.group()
        if len(w) > 1 and w[-1] in "'’ʼ":
            append(_Tok(s, e - 1, w[:-1], key(w[:-1]), True, e))
        elif len(w) > 2 and w[-1] in "sS" and w[-2] in "'’ʼ":
            append(_Tok(s, e - 2, w[:-2], key(w[:-2]), True, e))
        else:
            append(_Tok(s, e, w, key(w), False, e))
    return toks


class PupilNames(Detector):
    """Finds pupils' names: from the roster when there is one, and likely children's names from context."""

    name = "pupil_names"
    categories = (CATEGORY,)

    def __init__(self, index: RosterIndex | None = None, school_words: frozenset[str] = frozenset()) -> None:
        self.index = index
        self.school_words = school_words
        self._lazy: tuple[object, RosterIndex] | None = None

    def prepare(self, pack: object = None, school: School | None = None,
                roster: Roster | None = None) -> "PupilNames":
        """A detector configured for one school: roster tables and the school's own name words."""
        return PupilNames(RosterIndex.build(roster) if roster is not None else None, _school_words(school))

    def _index(self, ctx: "Context") -> RosterIndex | None:
        if self.index is not None:
            return self.index
        if ctx.roster is None:
            return None
        # Called without prepare (a test, a one-off): build once and keep it for this roster.
        if self._lazy is None or self._lazy[0] is not ctx.roster:
            self._lazy = (ctx.roster, RosterIndex.build(ctx.roster))
        return self._lazy[1]

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        """Spans of pupils' names in `text`."""
        if not text:
            return []
        idx = self._index(ctx)
        school_words = self.school_words or (_school_words(ctx.school) if ctx.school else frozenset())
        tags = [(m.start(), m.end(), m.group(1)) for m in HASHTAG.finditer(text)] if "#" in text else []
        skip = [(a, b) for a, b, _ in tags]
        if "@" in text:
            skip += [m.span() for m in HANDLE.finditer(text)]
        toks = tokenize(text, skip)
        scan = _Scan(text, toks, idx, school_words, self, adult_writer=ctx.author in ("staff", "parent", "public"))
        scan.run()
        for a, b, body in tags:
            scan.hashtag(a + 1, body)
        if scan.out and NOT_A_PUPIL.search(text) and len({text[sp.start:sp.end].lower() for sp in scan.out}) == 1:
            return []  # one child named, and the writer says plainly it is not a pupil ("my nephew, not a pupil")
        return scan.out


def _school_words(school: School | None) -> frozenset[str]:
    if school is None:
        return frozenset()
    words = set()
    for n in [*school.names, school.town]:
        words.update(key(w) for w in TOKEN.findall(n or ""))
    return frozenset(words)


class _Scan:
    """One pass over one text's words (kept separate so `detect` reads in a few lines)."""

    def __init__(self, text: str, toks: list[_Tok], idx: RosterIndex | None, school_words: frozenset[str],
                 det: PupilNames, adult_writer: bool = False) -> None:
        self.text, self.toks, self.idx, self.det = text, toks, idx, det
        # staff, parents and the public write "my friend Grace" of an adult; a pupil's friend is a child
        self.adult_writer = adult_writer
        self.school_words = school_words
        self.out: list[Span] = []
        self.names = first_names()
        self._cue_cache: dict[int, bool] = {}
        self.last_guess_end = -1

    # --- context helpers -------------------------------------------------------------
    def sentence(self, pos: int) -> tuple[int, int]:
        t = self.text
        start = 0
        for m in _SENTENCE_END.finditer(t, 0, pos):
            start = m.end()
        m = _SENTENCE_END.search(t, pos)
        return start, (m.start() if m else len(t))

    def child_cue(self, tok: _Tok) -> bool:
        a, b = self.sentence(tok.start)
        if a not in self._cue_cache:
            self._cue_cache[a] = bool(CHILD_CUE.search(self.text, a, b))
        return self._cue_cache[a] or (tok.possessive and self.possessive_child(tok)) or self.parent_of_before(tok)

    def parent_of_before(self, tok: _Tok) -> bool:
        """A parent's role just before the name: "Mum of Grace here", "proud dad to Oscar"."""
        return bool(PARENT_OF_BEFORE.search(self.text, max(0, tok.start - 20), tok.start))

    def adult_cue(self, tok: _Tok) -> bool:
        a, b = self.sentence(tok.start)
        return bool(ADULT_CUE.search(self.text, a, b))

    def possessive_child(self, tok: _Tok) -> bool:
        return tok.possessive and bool(POSSESSIVE_CHILD.match(self.text, tok.full_end))

    def adult_before(self, i: int) -> bool:
        """A title, adult relation or pet word just before word i ("Mrs Rose", "my husband Mark"), or a pet's
        "answers to" ("answers to Bobby")."""
        t = self.text
        if ANSWERS_TO.search(t, max(0, self.toks[i].start - 20), self.toks[i].start):
            return True
        for j in range(i - 1, max(-1, i - 4), -1):
            prev = self.toks[j]
            gap = t[prev.full_end:self.toks[j + 1].start]
            if any(c in gap for c in ".!?\n") and not (j == i - 1 and prev.key in TITLES and gap.strip() == "."):
                return False
            if j == i - 1 and prev.key in TITLES:
                return True
            if prev.key in ADULT_RELATIONS or prev.key in PETS:
                # "her friend's mum Grace" is rare; "Amelia's mum" before a name is not.
                if j == i - 2 and self.toks[i - 1].key in ("of", "to") and prev.key in PARENT_ROLES:
                    return False  # "Mum of Grace", "proud dad to Oscar": the writer's role; the name is the child's
                return not prev.possessive
            if prev.key in OWN_FRIEND_WORDS and self.adult_writer and not prev.possessive:
                # the adult writer's own friend ("my friend Grace", "our good friend Oscar"); not "his friend Theo"
                one = self.toks[j - 1] if j >= 1 else None
                two = self.toks[j - 2] if j >= 2 else None
                return bool(one and (one.key in ("my", "our") or (
                    not one.possessive and two is not None and two.key in ("my", "our"))))
            if prev.key in ("called", "named"):
                continue
        return False

    def grown_relative(self, i: int) -> bool:
        """The writer's relative named with an adult's milestone in the sentence: "my niece Freya just passed her
        driving test", "my nephew Jack has qualified as an electrician" (a niece may be a pupil; one who drives is not)."""
        for j in range(i - 1, max(-1, i - 3), -1):
            prev = self.toks[j]
            if any(c in self.text[prev.full_end:self.toks[j + 1].start] for c in ".!?\n"):
                return False
            if prev.key in GROWN_KIN and not prev.possessive:
                return self.adult_cue(self.toks[i])
        return False

    def famous(self, i: int) -> bool:
        """A story, a famous figure, an award or a screen character, not a pupil: "the story of Noah",
        "Noah's Ark", "Oscar season", "Finn and Jake from Adventure Time" (watching, and no child cue)."""
        tok = self.toks[i]
        if STORY_BEFORE.search(self.text, max(0, tok.start - 30), tok.start) or FAMOUS_AFTER.match(self.text, tok.end):
            return True
        if self.text[tok.end:tok.end + 1] == "!" and SHOW_BEFORE.search(self.text, max(0, tok.start - 25), tok.start):
            return True
        if not tok.possessive and (AWARD_AFTER.match(self.text, tok.end)
                                   or (AWARD_THE.match(self.text, tok.end)
                                       and _THE_BEFORE.search(self.text, max(0, tok.start - 5), tok.start))):
            return True
        if CHARACTER_AFTER.match(self.text, tok.full_end) or CHARACTER_BEFORE.search(self.text, max(0, tok.start - 25),
                                                                                     tok.start):
            return True
        if FROM_TITLE.match(self.text, tok.full_end):
            a, b = self.sentence(tok.start)
            if SCREEN_CUE.search(self.text, a, b) and not CHILD_CUE.search(self.text, a, b) \
                    and not SPORT_CUE.search(self.text, a, b):
                return True
        return False

    def adult_event(self, tok: _Tok) -> bool:
        """The name owns an adult's life event, alone or in a couple: "Grace and Harry's wedding"."""
        # "the wedding of Amelia's teacher": the event belongs to whoever the possessive names next
        return bool(ADULT_EVENT_AFTER.match(self.text, tok.end)
                    or (not tok.possessive and ADULT_DONE_AFTER.match(self.text, tok.full_end))
                    or (not tok.possessive and ADULT_EVENT_BEFORE.search(self.text, max(0, tok.start - 60), tok.start)))

    def family_named(self, pupils: list[Pupil]) -> bool:
        """A candidate pupil's family name is in the post after a title ("Hi Mrs Dunn, ... Ivy can bring..."):
        the word-name is that family's child."""
        for p in pupils:
            last = p.last_name.strip()
            if last and re.search(r"\b(?:mrs?|miss|ms|mx)\.?\s+" + re.escape(last) + r"\b", self.text, re.IGNORECASE):
                return True
        return False

    def adult_after(self, tok: _Tok) -> bool:
        return bool(AFTER_ADULT.match(self.text, tok.full_end) or BY_AUTHOR.match(self.text, tok.full_end)
                    or self.adult_event(tok))

    def next_tok(self, i: int) -> _Tok | None:
        if i + 1 < len(self.toks):
            nxt = self.toks[i + 1]
            if self.text[self.toks[i].full_end:nxt.start] == " ":
                return nxt
        return None

    def used_as_name(self, i: int) -> bool:
        """The word after fits a name ("Grace was", "Will and", "Summer!"), not a word ("Summer term"),
        or the name is greeted ("hey Leo haha", "Hi Lily it's Mrs Gale")."""
        tok = self.toks[i]
        if i > 0 and self.toks[i - 1].key in GREETINGS and self.text[self.toks[i - 1].full_end:tok.start] in (" ", ", "):
            return True
        if tok.possessive:
            return bool(POSSESSIVE_CHILD.match(self.text, tok.full_end))
        if self.parent_of_before(tok):
            return True  # "Mum of Grace here": a capitalised word after a parent's role is the child's name
        rest = self.text[tok.end:tok.end + 40]
        stripped = rest.lstrip(" \t")
        if not stripped or not (stripped[0].isalnum()):
            return True
        if rest[:1] not in (" ", "\t"):
            return False
        m = _NEXT_WORD.match(stripped)
        if not m:
            return False
        word = _APOS_RE.sub("", m.group())  # "it's" -> "its"
        # "Jack bit someone", "Grace painted this": a verb after a name; "Summer term" is a noun.
        return word.lower() in FOLLOWERS or (word.islower() and word.endswith("ed") and len(word) > 4)

    def other_persons_surname(self, i: int, surnames: set[str]) -> bool:
        """A capitalised word after the first name that is not this pupil's surname ("Harry Potter")."""
        if self.toks[i].possessive:
            return False  # "Oscar's SEN review": what follows a possessive is not a surname
        nxt = self.next_tok(i)
        if nxt is None or not nxt.text[:1].isupper() or nxt.key in NOT_SURNAMES or nxt.key in surnames:
            return False
        if self.idx is not None and nxt.key in self.idx.first:
            return False  # a list of pupils: "Amelia Oliver and Grace"
        if nxt.key in self.names and self.toks[i].text.isupper() == nxt.text.isupper():
            # "Amelia Grace" could be a double first name or two pupils; not someone else.
            return False
        return not self.toks[i].text.isupper() or not nxt.text.isupper()

    # --- the pass -----------------------------------------------------------------------
    def run(self) -> None:
        toks, idx = self.toks, self.idx
        i = 0
        while i < len(toks):
            tok = toks[i]
            if tok.key in self.school_words and not (idx and tok.key in idx.first):
                i += 1
                continue
            if idx is not None:
                used = self.full_name(i)
                if used:
                    i += used
                    continue
                if tok.key not in idx.first and tok.key.endswith("s") and tok.key[:-1] in idx.first \
                        and tok.key[:-1] not in AMBIGUOUS and len(tok.key) > 3 \
                        and POSSESSIVE_CHILD.match(self.text, tok.full_end):
                    tok.key, tok.end, tok.possessive = tok.key[:-1], tok.end - 1, True  # "Amelias"
                    tok.text = tok.text[:-1]
                if tok.key in idx.first and self.roster_first(i):
                    i += 1
                    continue
                if tok.key in idx.surname and self.surname_with_class(i):
                    i += 1
                    continue
            used = self.guess(i)
            i += max(1, used)

    def full_name(self, i: int) -> int:
        idx = self.idx
        assert idx is not None
        toks = self.toks
        if toks[i].key not in idx.full_first:
            return 0  # no pupil's full name starts with this word
        for n in range(min(idx.max_words + 1, len(toks) - i), 1, -1):
            group = toks[i:i + n]
            if any(self.text[a.full_end:b.start] not in (" ", ", ", " ,") or a.possessive
                   for a, b in zip(group, group[1:])):
                continue
            pupils = idx.full.get(" ".join(t.key for t in group))
            if not pupils:
                continue
            first = group[0]
            if first.key in AMBIGUOUS and not first.text[:1].isupper() and group[-1].key in AMBIGUOUS:
                continue  # "will ward", "grace lane": lower-case words, not a name
            if self.adult_before(i) or self.adult_after(group[-1]):
                if "," in self.text[group[0].full_end:group[-1].start]:
                    return 1  # "Hi Mrs Khan, Aisha did...": a parent addressed, then her child named; not "Khan, Aisha"
                return n  # an adult who shares the name: consume it, report nothing
            self.emit(first.start, group[-1].end, SCORE_FULL, _attrs(pupils, "full"))
            return n
        return 0

    def roster_first(self, i: int) -> bool:
        idx = self.idx
        assert idx is not None
        tok = self.toks[i]
        entries = idx.first[tok.key]
        pupils = [p for p, _ in entries]
        form = "preferred" if all(f == "preferred" for _, f in entries) else "first"
        if self.adult_before(i) or self.adult_after(tok) or self.famous(i) or self.grown_relative(i):
            return True
        end = tok.end
        initial = self.surname_initial(i)
        if initial is not None:
            # "Amelia H." is how schools often write a pupil: the initial picks the pupil and joins the span.
            letter, end = initial
            pupils = [p for p in pupils if key(p.last_name)[:1] == letter] or pupils
            tok = _Tok(tok.start, tok.end, tok.text, tok.key, False, end)
        elif self.other_persons_surname(i, {key(p.last_name) for p in pupils}):
            return True
        m = CLASS_AFTER.match(self.text, tok.full_end)
        pupils = _narrow_by_year(pupils, _year_of(m) if m else None)
        ambiguous = tok.key in AMBIGUOUS or len(tok.key) <= 2
        if ambiguous:
            if not tok.text[:1].isupper() or (initial is None and not self.used_as_name(i)):
                return True
            if not (self.child_cue(tok) or m or self.possessive_child(tok) or self.family_named(pupils)) \
                    or self.adult_cue(tok):
                return True
            score = SCORE_AMBIGUOUS
        else:
            score = SCORE_FIRST if tok.text[:1].isupper() else SCORE_FIRST_LOWER
        self.emit(tok.start, end, score, _attrs(pupils, form))
        return True

    def surname_initial(self, i: int) -> tuple[str, int] | None:
        """("h", end) when word i is followed by a surname initial: "Amelia H", "Amelia H."."""
        tok = self.toks[i]
        if tok.possessive:
            return None
        m = re.match(r" ([A-Z])(?:\.|\b)(?![''’]\w)", self.text[tok.end:tok.end + 4])
        if not m or m.group(1) in "AI":  # "Will I...", "Grace A lot": words, not initials
            return None
        return m.group(1).lower(), tok.end + m.end()

    def surname_with_class(self, i: int) -> bool:
        idx = self.idx
        assert idx is not None
        tok = self.toks[i]
        if not tok.text[:1].isupper() or self.adult_before(i):
            return False
        if i > 0 and self.text[self.toks[i - 1].full_end:tok.start] == " " and self.toks[i - 1].text[:1].isupper() \
                and self.toks[i - 1].key not in idx.first:
            return False  # part of a proper noun: "the Sports Hall in Year 6 corridor"
        m = CLASS_AFTER.match(self.text, tok.full_end)
        if not m:
            return False
        pupils = _narrow_by_year(idx.surname[tok.key], _year_of(m))
        self.emit(tok.start, tok.end, SCORE_SURNAME_CLASS, _attrs(pupils, "surname_with_class"))
        return True

    def guess(self, i: int) -> int:
        """No roster (or a name not on it): a capitalised first name beside a child cue."""
        tok = self.toks[i]
        if not tok.text[:1].isupper() or len(tok.key) < 2:
            return 0
        if self.idx is not None and (tok.key in self.idx.first or tok.key in self.idx.surname):
            return 0
        listed = tok.key in self.names
        nxt = self.next_tok(i)
        surname = nxt if (nxt is not None and nxt.text[:1].isupper() and nxt.key not in NOT_SURNAMES
                          and not nxt.text.isupper() and not nxt.possessive) else None
        end_tok = surname or tok
        m = CLASS_AFTER.match(self.text, end_tok.full_end)
        if not listed and (surname is None or not m):
            return 0  # decided sooner, as below: an unlisted name needs a surname, a class and praise
        before = self.text[max(0, tok.start - 80):tok.start]
        praised = bool(PRAISE_BEFORE.search(before))
        listed_after = (self.last_guess_end >= 0 and
                        re.fullmatch(r"\s*(?:,|&|\+|and|,\s*and)\s*", self.text[self.last_guess_end:tok.start],
                                     re.IGNORECASE) is not None)
        if surname is not None and not m and not praised and not listed_after:
            return 0
        if surname is not None and not m:
            if surname.key in self.names:
                surname = None  # "Well done Amelia Grace and..." reads as two names: take the first
                end_tok = tok
            # otherwise "Well done Amelia Hart": a full name after praise
        poss = tok.possessive and surname is None and bool(POSSESSIVE_FAMILY.match(self.text, tok.full_end))
        if not (praised or listed_after or m or poss):
            return 0
        if not listed and not (surname is not None and m and praised):
            return 0  # "Well done to Zephyrine Okoro in 4B": an unlisted name needs both cues
        if tok.key in NOT_CHILDREN:
            return 0
        if tok.text.isupper() and tok.key in ADULT_RELATIONS:
            return 0  # an adult's role written as an abbreviation ("not for a TA in Year 2"), not a child's name
        if self.adult_before(i) or self.adult_after(end_tok) or self.famous(i):
            return 0
        ambiguous = tok.key in AMBIGUOUS or len(tok.key) <= 2
        if ambiguous and surname is None and (not self.used_as_name(i) or self.adult_cue(tok)):
            return 0
        if surname is not None:
            score = SCORE_GUESS_FULL if listed else SCORE_GUESS_WEAK
            form = "full"
        else:
            score = SCORE_GUESS_WEAK if ambiguous or poss and not (praised or m) else SCORE_GUESS
            form = "first"
        self.emit(tok.start, end_tok.end, score, {"pupil": self.text[tok.start:end_tok.end], "form": form,
                                                  "on_roster": False})
        self.last_guess_end = end_tok.full_end
        return 2 if surname is not None else 1

    # --- hashtags ----------------------------------------------------------------------
    def hashtag(self, offset: int, body: str) -> None:
        parts = [(m.start(), m.end(), m.group()) for m in _HASHTAG_PART.finditer(body)]
        camel = len(parts) > 1
        if camel:
            self._hashtag_parts(offset, parts)
        else:
            self._hashtag_blob(offset, body)

    def _pupils_for(self, k: str) -> tuple[list[Pupil], str] | None:
        if self.idx is not None and k in self.idx.first:
            entries = self.idx.first[k]
            return [p for p, _ in entries], "hashtag"
        return None

    def _hashtag_parts(self, offset: int, parts: list[tuple[int, int, str]]) -> None:
        keys = [key(p[2]) for p in parts]
        j = 0
        while j < len(parts):
            k = keys[j]
            praise = bool(set(keys[:j]) & PRAISE_WORDS)
            # A full name in two parts: #AmeliaHart
            if self.idx is not None and j + 1 < len(parts) and f"{k} {keys[j + 1]}" in self.idx.full:
                self.emit(offset + parts[j][0], offset + parts[j + 1][1], SCORE_FULL,
                          _attrs(self.idx.full[f"{k} {keys[j + 1]}"], "hashtag"))
                j += 2
                continue
            found = self._pupils_for(k)
            ambiguous = k in AMBIGUOUS or len(k) <= 2
            if found is not None:
                if not ambiguous or praise:
                    self.emit(offset + parts[j][0], offset + parts[j][1],
                              SCORE_FIRST if not ambiguous else SCORE_AMBIGUOUS, _attrs(found[0], "hashtag"))
            elif praise and k in self.names and k not in NOT_CHILDREN and (self.idx is None or k not in self.idx.surname) \
                    and k not in self.school_words and parts[j][2][:1].isupper():
                self.emit(offset + parts[j][0], offset + parts[j][1],
                          SCORE_GUESS_WEAK if ambiguous else SCORE_GUESS,
                          {"pupil": parts[j][2], "form": "hashtag", "on_roster": False})
            j += 1

    def _hashtag_blob(self, offset: int, body: str) -> None:
        b = key(body).rstrip("0123456789_")
        if len(b) < 2:
            return
        candidates: list[tuple[int, str]] = [(0, b)]  # (start in body, rest)
        for pre in HASHTAG_PREFIXES:
            if b.startswith(pre) and len(b) > len(pre) + 1:
                candidates.append((len(pre), b[len(pre):]))
        for start, rest in candidates:
            praise = start > 0
            if self.idx is not None and rest in self.idx.full_nospace:
                self.emit(offset + start, offset + start + len(rest), SCORE_FULL,
                          _attrs(self.idx.full_nospace[rest], "hashtag"))
                return
            ambiguous = rest in AMBIGUOUS or len(rest) <= 2
            found = self._pupils_for(rest)
            if found is not None and (praise or not ambiguous):
                self.emit(offset + start, offset + start + len(rest),
                          SCORE_AMBIGUOUS if ambiguous else SCORE_FIRST, _attrs(found[0], "hashtag"))
                return
            if praise and found is None and rest in self.names and rest not in self.school_words \
                    and rest not in NOT_CHILDREN \
                    and (self.idx is None or rest not in self.idx.surname):
                self.emit(offset + start, offset + start + len(rest),
                          SCORE_GUESS_WEAK if ambiguous else SCORE_GUESS,
                          {"pupil": body[start:start + len(rest)], "form": "hashtag", "on_roster": False})
                return

    def emit(self, start: int, end: int, score: float, attrs: dict[str, object]) -> None:
        self.out.append(self.det.span(CATEGORY, start, end, score, "name", **attrs))


DETECTORS = [PupilNames()]
