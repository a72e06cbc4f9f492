"""Detectors for what every pack escalates: threats of violence, signs that a child is being harmed or
groomed, disclosures, secrecy asked of a child, and where a looked-after child is.

These are precise patterns on purpose: an escalation sends a member of staff to the designated
safeguarding lead, so each pattern needs a person and an act, not a single alarming word.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from safepost.detectors.base import Detector
from safepost.detectors.meaning import clean, sentence_at
from safepost.detectors.prefilter import Prefiltered, present_words
from safepost.types import Span

if TYPE_CHECKING:
    from safepost.context import Context

_I = re.IGNORECASE


def _c(p: str) -> re.Pattern[str]:
    return Prefiltered(re.compile(p, _I))  # type: ignore[return-value]  # skips texts it cannot match


class _RuleSet(Detector):
    """Rules of (category, kind, regex, score); a rule's `hit` group marks the evidence."""

    RULES: ClassVar[list[tuple[str, str, str, float]]] = []
    _compiled: ClassVar[list[tuple[str, str, re.Pattern[str], float]]]
    VETO: ClassVar[re.Pattern[str] | None] = None
    _any_ids: ClassVar[frozenset[int] | None] = None

    def __init_subclass__(cls, **kw: object) -> None:
        super().__init_subclass__(**kw)
        cls._compiled = [(c, k, _c(p), s) for c, k, p, s in cls.RULES]
        cls.categories = tuple(sorted({c for c, _, _, _ in cls.RULES}))
        # Every word any rule needs, when each rule needs one: a text with none of them skips the whole set.
        ids = [rx._ids for _, _, rx, _ in cls._compiled]  # type: ignore[attr-defined]
        cls._any_ids = frozenset().union(*ids) if ids and all(i is not None for i in ids) else None

    def route(self, category: str, kind: str, ctx: "Context") -> tuple[str, str] | None:
        """The (category, kind) to report for this author, or None to drop the match."""
        return category, kind

    def rules_for(self, ctx: "Context") -> list[tuple[str, str, re.Pattern[str], float]]:
        """The compiled rules that apply to this author (all of them unless a subclass says otherwise)."""
        return self._compiled

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        if not text or not text.strip():
            return []
        text = clean(text)
        if self._any_ids is not None:
            present = present_words(text)
            if present is not None and self._any_ids.isdisjoint(present):
                return []
        out: list[Span] = []
        for category, kind, rx, score in self.rules_for(ctx):
            for m in rx.finditer(text):
                s, e = m.span("hit") if "hit" in rx.groupindex and m.group("hit") else m.span()
                s0, e0 = sentence_at(text, m.start())
                if self.VETO is not None and self.VETO.search(text[s0:e0]):
                    continue
                routed = self.route(category, kind, ctx)
                if routed is None:
                    continue
                out.append(self.span(routed[0], s, e, score, routed[1]))
        return out


class SchoolThreatDetector(_RuleSet):
    """Threats of violence, including the school-specific ones (at the gates, 'teach them a lesson')."""

    name = "escalation.threat"
    _WHO = (r"(?:him|her|them|you|that (?:teacher|woman|man|cow|bloke|kid|boy|girl|head|ta)|the (?:teacher|head"
            r"(?:teacher)?|ta|deputy|caretaker)|(?:mr|mrs|ms|miss|dr)\.? [A-Z][a-z'’-]+|[A-Z][a-z]+|his (?:dad|mum)|"
            r"her (?:dad|mum)|that (?:family|lot))")
    RULES = [
        # a grievance, then "I'll be waiting": "I know which teacher reported me. I'll be waiting outside on Monday."
        ("abuse_or_hate", "threat",
         r"\b(?:reported me|grassed (?:me|on me)|snitched|got me (?:sacked|excluded|arrested|banned|kicked out)|"
         r"called the police on me|had me (?:arrested|banned))\b[^\n]{0,120}?(?P<hit>\b(?:i'?ll|i will|i'?m gonna|"
         r"i'?m going to) be (?:waiting|outside|there|at the gates?)\b[^.!?\n]{0,40})", 0.8),
        ("abuse_or_hate", "threat",
         r"(?P<hit>\b(?:i'?ll|i will|i'?m gonna|i am going to|i'?m going to|we'll|gonna)\b[^.!?\n]{0,20}\b(?:be "
         r"(?:at|outside|waiting (?:at|outside|for))|wait(?:ing)? (?:for|at|outside))\b[^.!?\n]{0,30}"
         r"\b(?:gates?|school|car park|playground|after school|home time|pick ?up|him|her|them|you)\b[^.!?\n]{0,40})",
         0.72),
        ("abuse_or_hate", "threat",
         r"(?P<hit>\b(?:someone|somebody|i|we|they)\b[^.!?\n]{0,15}\b(?:should|needs? to|ought to|will|'ll|gonna|"
         r"going to)\b[^.!?\n]{0,10}\bteach\b[^.!?\n]{0,30}\ba lesson\b)", 0.8),
        ("abuse_or_hate", "threat",
         r"(?P<hit>\b(?:i'?ll|i will|i'?m gonna|i'?m going to|we'll|gonna|going to|should|wanna|want to|"
         r"i could)\b[^.!?\n]{0,15}\b(?:kill|batter|smash (?:his|her|their) (?:face|head)|punch|hit|knock|"
         r"deck|sort (?:him|her|them) out|slap|stab|hurt (?=him|her|them|you|ur|that|the|his|their|someone|somebody|"
         r"anyone|mr|mrs|miss|ms|sir)|do (?:him|her|them) in|burn|torch|bury|break (?:his|"
         r"her|their|your|ur|yer) (?:legs?|arms?|neck|nose|jaw|face)|put (?:him|her|them|you|u) in (?:the ground|"
         r"hospital|a box|a wheelchair)|smash (?:that|the|his|her|their|your|ur)\b[^.!?\n]{0,30}\b(?:face|head) in)"
         r"\b[^.!?\n]{0,40})", 0.72),
        ("abuse_or_hate", "threat",
         r"(?P<hit>\b(?:watch your back|you'?(?:ll|re gonna) regret (?:it|this)|you'?ve been warned|"
         r"know where (?:you|she|he|they) lives?|i know where you live|i'?ll find (?:you|her|him)|"
         r"(?:you|she|he|they)(?:'?ll| will)(?: soon)? get what'?s coming|there will be consequences if|"
         r"wouldn'?t want anything to happen to)\b[^.!?\n]{0,40})", 0.8),
        ("abuse_or_hate", "threat",
         r"(?P<hit>\b(?:i'?ll|i will|i'?m gonna|i'?m going to|gonna|we'll)\s+(?:bring|be bringing) (?:a )?"
         r"(?:knife|blade|gun|bat)\b[^.!?\n]{0,40}|\b(?:shoot|bomb|blow up) (?:up )?(?:the|this|that) (?:school|place|staffroom)\b)", 0.85),
    ]
    VETO = _c(r"\b(?:kill(?:ing)? (?:it|time|me|myself)|killed it|(?:get|gets|getting|got) hurt|smash(?:ed|ing)? it|hit the "
              r"(?:ground|road|books|target|hay|sack)|knock(?:ed)? (?:it )?out of the park|die laughing|"
              r"dying to|could kill for|to die for|teach(?:ing)? (?:them|the kids|us|my class|year \d) "
              r"(?:a lesson|lessons) (?:on|about|in)|a lesson (?:on|about|in)|punch(?:line|ing above)|"
              r"i'?ll be at the gates? (?:to|for) (?:collect|pick|meet|hand|give|welcome|sell)|"
              r"waiting (?:at|outside) the gates? (?:to|for) (?:collect|pick|welcome|greet|meet)|"
              r"be at the (?:school )?gates? (?:from|at) \d|pick(?:ing)? (?:him|her|them) up|"
              r"smash(?:ed)? (?:the|their|our) (?:target|record|times)|knock (?:on|at) the door|"
              r"wait for (?:him|her|them) to (?:finish|come out)|"
              r"murder (?:mystery|on the)|kill (?:the )?(?:lights|engine)|bury (?:the )?time capsule|anyone know|"
              r"does anyone|do you know|bury the hatchet|hit (?:you|u|me) up|"
              r"burn (?:the |some |our |my |all the |those )?(?:old )?(?:leaves|rubbish|garden waste|toast|calories|candles?|"
              r"bridges|midnight oil|incense|wood|logs|bonfire))|[\U0001F602\U0001F923]")


class ChildHarmDetector(_RuleSet):
    """Signs a child is being harmed or groomed, and a child's own disclosures."""

    name = "escalation.child_harm"
    RULES = [
        ("safety_risk", "disclosure",
         r"(?P<hit>\bmy (?:step ?dad|stepdad|step ?mum|stepmum|dad|mum|mam|uncle|brother|sister|grandad|nan|"
         r"mum'?s (?:boyfriend|partner)|dad'?s (?:girlfriend|partner)|carer|foster (?:mum|dad|carer))\b"
         r"[^.!?\n]{0,25}\b(?:hits?|hitting|beats?|beat me|hurts?|hurting|slaps?|punch(?:es)?|kicks?|"
         r"touch(?:es|ed)? me|touches|locks me|burns? me|chokes? me|strangles|won'?t feed me|starves me|"
         r"makes me (?:do|watch|touch|keep)|comes into my (?:room|bed)|threw me|pushed me)\b[^.!?\n]{0,40})", 0.85),
        ("safety_risk", "disclosure",
         r"(?P<hit>\b(?:(?:he|she|they) (?:said|told me|says) (?:not to|i can'?t|i mustn'?t|don'?t) (?:tell|say)|"
         r"(?:told|said) (?:me )?(?:to )?keep (?:it|our chats?|this|the messages) (?:a )?secret|"
         r"i'?m (?:scared|frightened|too scared|afraid) (?:to go home|of (?:my|him|her|going home))|"
         r"i (?:don'?t|do not|dont) (?:want|wanna) to go home|i (?:don'?t|dont) feel safe (?:at home|with)|"
         r"nobody (?:feeds|looks after) me|haven'?t eaten (?:since|for)|i want to (?:die|kill myself|end it)|"
         r"i'?ve been (?:cutting|self[- ]harming)|i (?:cut|hurt) myself|if i tell (?:anyone|anybody|someone)|"
         r"what (?:he|she|they) (?:does|do|did) to me|(?:he|she)'?ll hurt (?:me|my mum|my dad|my sister|my brother))"
         r"\b[^.!?\n]{0,40})", 0.85),
        ("safety_risk", "child_at_risk",
         r"(?P<hit>\b(?:(?:report(?:ed)?|made|logged|had) a disclosure|(?:told|tell) me what (?:happens|goes on) at home|"
         r"(?:has been|is|been) self[- ]harming|social services (?:are |were |got )?involved|"
         r"(?:one of (?:my|our) (?:little ones|kids|pupils|girls|boys|children)|a (?:child|pupil|girl|boy) in my class)"
         r"[^.!?\n]{0,30}\b(?:is being|was being|has been) (?:hurt|hit|abused|neglected|beaten))\b[^.!?\n]{0,40})", 0.75),
        ("safety_risk", "child_at_risk",
         r"(?P<hit>\b(?:a |the |some |this |that )?(?:man|woman|bloke|guy|stranger|someone|adult)\b[^.!?\n]{0,40}?"
         r"\b(?:hanging (?:a)?round|loitering|lurking|photographing|filming|taking (?:photos|pictures) of|watching|"
         r"trying to talk to|approach(?:ed|ing)|offering (?:the |some )?(?:kids |children |girls |boys )?"
         r"(?:sweets|lifts|money))\b[^.!?\n]{0,30}?\b(?:kids|children|"
         r"pupils|girls|boys|school|gates?|playground|break)\b[^.!?\n]{0,40})", 0.7),
        ("safety_risk", "child_at_risk",
         r"(?P<hit>\b(?:(?:a|one of (?:my|our|the)|this|the) (?:boy|girl|child|kid|pupil|year ?\d{1,2})|"
         r"(?:he|she)|[A-Z][a-z]+)\b[^.!?\n]{0,30}\b(?:came in|turned up|arrived|comes in|always has|has|had)\b"
         r"[^.!?\n]{0,20}\b(?:with )?(?:bruises|bruising|a black eye|burns?|cigarette burns|marks (?:on|round)|"
         r"unexplained (?:injur\w+|marks)|no (?:coat|food|lunch) (?:again|every day)|starving|"
         r"hungry (?:again|every day))\b[^.!?\n]{0,40})", 0.72),
        ("safety_risk", "child_at_risk",
         r"(?P<hit>\b(?:being (?:groomed|abused|hurt at home|neglected|exploited)|county lines|"
         r"older (?:man|men|lads?) (?:picking (?:her|him) up|giving (?:her|him))|(?:she|he)'?s (?:seeing|dating|"
         r"going out with) (?:a )?(?:\d{2}|twenty|thirty|much older)[- ]?(?:year[- ]old)?|"
         r"(?:meeting|met) (?:a|an|some) (?:man|adult|stranger|older (?:man|guy|boy)) (?:she|he) met online)\b"
         r"[^.!?\n]{0,40})", 0.78),
    ]
    _ADULT_NEAR = (r"(?:mum'?s (?:new )?(?:boyfriend|friend|partner)|mummy'?s (?:new )?friend|dad'?s (?:new )?"
                   r"(?:girlfriend|partner)|step ?dad|stepdad|step ?mum|stepmum|dad|daddy|mum|mummy|mam|uncle|"
                   r"brother|cousin|grandad|grandpa|carer|nan|lodger|neighbour)")
    RULES = RULES + [
        # A child's disclosure retold by an adult, or harm at home seen by a friend
        ("safety_risk", "child_at_risk",
         r"(?P<hit>\b(?:told me|tells me|says|said|showed me|disclosed|telling me)\b[^.!?\n]{0,40}\b(?:her|his|their)"
         r" " + _ADULT_NEAR + r"\b[^.!?\n]{0,40}\b(?:hits?|hurts?|beats?|touch(?:es|ed)?|plays? (?:secret|special) "
         r"games|makes (?:him|her|them) (?:sleep|do|watch|keep|stay)|locks? (?:him|her|them)|burns?|did (?:it|this)|"
         r"does (?:stuff|things)|starves?|kicks?|punch(?:es)?)\b[^.!?\n]{0,40}|\b(?:is|was|being|been|gets?) "
         r"(?:hit|hurt|beaten|abused|touched|locked (?:in|out)) at home\b[^.!?\n]{0,40}|\b(?:her|his|their) "
         + _ADULT_NEAR + r"\b[^.!?\n]{0,30}\bknown to (?:the )?police\b[^.!?\n]{0,40})", 0.8),
        # Approaches to children by strangers online
        ("safety_risk", "child_at_risk",
         r"(?P<hit>\b(?:any|lonely|bored|young)\s+(?:lonely |young |bored )?(?:kids|girls|boys|teens|children)\b"
         r"[^.!?\n]{0,40}\b(?:chat|message|snap|dm|pm|inbox|earn|modell?ing|meet|photos?|pics?)\b[^.!?\n]{0,30}|"
         r"\bhow old is (?:she|he|the girl|the boy|your daughter|your son)\b[^.!?\n]{0,20}|\bwhat'?s (?:her|his) "
         r"name and how old\b[^.!?\n]{0,20}|\bmature for (?:her|his|their) age\b[^.!?\n]{0,30}|"
         r"\b(?:a |some |this |an )?(?:man|woman|adult|stranger|guy|bloke|someone)\b[^.!?\n]{0,15}\bkeeps? "
         r"messag\w+ (?:me|her|him|my)\b[^.!?\n]{0,60})", 0.76),
        # An adult in a position of trust behaving in a way that is a warning sign
        ("safety_risk", "child_at_risk",
         r"(?P<hit>\b(?:my|the|a|that|this|new|our|their|her|his) (?:new )?(?:teacher|ta|coach|football coach|pe teacher|"
         r"volunteer|supply teacher|tutor|caretaker|youth worker|scout leader|minibus driver)\b|\b(?:miss|sir)\b)"
         r"[^.!?\n]{0,30}\b(?:keeps? messag\w+|(?:has been |is )?messag\w+ (?:me|my|her|him|the|pupils|kids|girls|boys)|"
         r"added me|adds? (?:me|the (?:girls|boys|kids))|(?:keeps )?sending me (?:pictures|pics|photos|snaps)|"
         r"asking (?:the )?[\w ]{0,15}for (?:their|her|his) (?:snapchats?|numbers?|snaps?|instas?)|buying (?:them|her|"
         r"him) (?:sweets|presents|gifts)|give me (?:her|his) number|makes? the (?:girls|boys|kids) (?:change|undress)|"
         r"watch(?:es|ing) (?:the )?(?:girls|boys|kids) (?:change|get changed)|takes? the (?:boys|girls|kids) "
         r"(?:into|to)\b[^.!?\n]{0,30}\bone at a time|(?:said|says|told me)\b[^.!?\n]{0,40}\b(?:secret|not to tell|"
         r"don'?t tell))[^.!?\n]{0,40}", 0.76),
    ]
    VETO = _c(r"\b(?:training|course|assembly (?:on|about)|lesson on|lessons? about|nspcc|childline|"
              r"poster|leaflet|policy|webinar|awareness|if a child (?:says|tells|discloses)|"
              r"what to do if|signs of|book|film|novel|character|episode|storyline|soap|eastenders|"
              r"(?:my|our) dog|the cat|documentary|programme|jailed|sentenced|convicted|embarrass\w*|"
              r"hits? (?:a|the) (?:six|four|ball|roof|target|road|gym|shops|jackpot|books|ceiling|wall)|"
              # an injury with an ordinary cause given: sport, a fall, an accident
              r"from (?:rugby|football|netball|hockey|pe|gymnastics|the trampoline|trampolining|falling|a fall)|"
              r"fell (?:off|over|down)|walk(?:s|ed|ing)? into|accident\w*)\b")


class GroomingDetector(_RuleSet):
    """Secrecy asked of a child and grooming language; from staff it is pupil contact, else a risk."""

    name = "escalation.grooming"
    RULES = [
        ("pupil_contact", "secrecy",
         r"(?P<hit>\b(?:don'?t|do not|dont|never) (?:tell|mention (?:this|it) to|say (?:anything|owt) to) "
         r"(?:your|ur|yer) (?:mum|mam|dad|parents|mom|family|teacher|carers?|foster|nan|friends)\b[^.!?\n]{0,40}|"
         r"\b(?:our (?:little )?secret|keep (?:this|it|our chats?|our messages) (?:between us|(?:a )?secret|"
         r"to yourself)|just between (?:you and me|us two|us)|delete (?:this|these|our|the) (?:message|messages|"
         r"chats?|texts?|dms?|convo)|(?:nobody|no one|no-one) (?:needs|has) to know)\b[^.!?\n]{0,40})", 0.82),
        ("pupil_contact", "grooming",
         r"(?P<hit>\b(?:you'?re (?:so )?mature for your age|so grown up for your age|send (?:me )?(?:a )?"
         r"(?:pic|picture|photo|selfie|snap|video)s? of (?:you|yourself)|send (?:me )?(?:a )?(?:pic|selfie)s?\b|"
         r"(?:i'?ll|i can|let me) (?:pick you up|meet you|give you a lift)|(?:meet|come) (?:me )?(?:alone|"
         r"on your own|without (?:your|ur) (?:mum|dad|parents))|you can trust me|special friend|"
         r"you'?re my favourite (?:pupil|student|girl|boy)|i'?ve got a (?:present|gift) for you)\b"
         r"[^.!?\n]{0,40})", 0.72),
    ]
    VETO = _c(r"\b(?:surprise party|birthday surprise|birthday|spa day|secret santa|surprise for (?:mum|dad|mrs|mr|miss)|"
              r"mother'?s day|father'?s day|present for (?:your|ur) (?:mum|dad)|card for|"
              r"(?:training|course|assembly|lesson|workshop|nspcc|ceop|online safety|e-?safety) "
              r"(?:on|about|today)|warning signs|red flags|if someone (?:says|asks)|never (?:share|send) "
              r"(?:pictures|photos|pics)|teach(?:ing)? (?:the )?(?:kids|children|pupils) (?:that|to|about))\b")

    def route(self, category, kind, ctx):
        if ctx.author == "staff" and ctx.account != "official":
            return "pupil_contact", kind
        if ctx.author == "pupil":
            return "safety_risk", "disclosure"
        return "safety_risk", "child_at_risk"


class LookedAfterDetector(_RuleSet):
    """Where a looked-after child lives, is placed or will be."""

    name = "escalation.looked_after"
    RULES = [
        ("safety_risk", "looked_after_whereabouts",
         r"(?P<hit>\b(?:looked[- ]after|lac|cla|in care|foster(?:ed| child| kid| placement| carers?| family| "
         r"home)?|children'?s home|care home|placement|kinship care|special guardianship)\b[^.!?\n]{0,60}?"
         r"\b(?:lives?|living|moved|moving|placed|now (?:at|in|with)|staying|new placement|new school|"
         r"starts? (?:at|school)|goes to|attends|address|street|road|close|avenue|lane|drive|estate|"
         r"round the corner|over in|near|next to|opposite)\b[^.!?\n]{0,50})", 0.72),
        ("safety_risk", "looked_after_whereabouts",
         r"(?P<hit>\b(?:being looked after by (?:her|his|their) (?:aunt|uncle|nan|gran|grandparents?|grandma|grandad|"
         r"sister|brother|cousin|neighbour)|(?:now )?lives? with (?:her|his|their) (?:aunt|uncle|nan|gran|grandparents?)"
         r" (?:now|because|since|as)|kinship carers?)\b[^.!?\n]{0,50})", 0.66),
        ("safety_risk", "looked_after_whereabouts",
         r"(?P<hit>\b(?:lives?|living|moved|placed|staying)\b[^.!?\n]{0,40}\b(?:with (?:a |his |her |their )?"
         r"foster (?:carers?|family|parents|mum|dad)|in a children'?s home|in (?:a )?care)\b[^.!?\n]{0,50})", 0.72),
    ]
    VETO = _c(r"\b(?:fostering (?:fortnight|week|event|evening|information|campaign)|become a foster|"
              r"foster(?:ing)? (?:a )?(?:dog|cat|puppy|kitten|pet)|care home (?:visit|residents|for the elderly)|"
              r"elderly|residents|grandma|grandad|nan|training|policy|course|placement (?:student|year|"
              r"tutor|school)|work placement|teaching placement|student teacher|pgce|on placement)\b")


_WIN = r"[^.!?\n]{0,%d}"  # within one sentence


class VeiledThreatDetector(_RuleSet):
    """Threats that name no act of the writer's own: veiled warnings ("watch your back", "better be careful
    walking to your car"), knowing or visiting someone's home, an outcome of harm tied to a condition ("won't be
    the one bleeding", "won't be responsible for what I do"), violence by others ("I've got people who'll sort
    him out"), and weapons brought in."""

    name = "escalation.veiled_threat"
    _PERSON = (r"(?:that|the|this|his|her|their|your|ur)\s+(?:\w+\s+)?(?:teacher|head(?:teacher)?|deputy|ta|"
               r"receptionist|caretaker|dinner lady|coach|woman|man|bloke|kid|boy|girl|lad|mum|dad)|"
               r"(?:mr|mrs|ms|miss|sir|dr)\b|\bhim\b|\bher\b|\bhe\b|\bshe\b")
    RULES = [
        # a warning about what may happen to the person
        ("abuse_or_hate", "threat",
         r"(?P<hit>\b(?:(?:had |'d )?better|best) (?:be (?:very |really )?careful (?:walking|leaving|going|coming|"
         r"driving|getting|on (?:your|their|his|her) own|after dark|at night)|watch (?:it|yourselves|yourself|"
         r"(?:your|ur|their|his|her) backs?)|hope (?:i|we) (?:never|don'?t|dont|do not) (?:catch|see|find|meet|"
         r"bump into|get hold of))|i'?d be (?:very |really )?careful\b" + _WIN % 40 + r"\bif i (?:was|were) (?:you|u)|"
         r"watch (?:your|ur|yer|their) backs?|dead man walking|dead meat|(?:ur|you'?re|you are|u r|ye'?re) "
         r"(?:so )?dead (?:after school|at home time|tomorrow|when i|if i)|(?:don'?t|dont|do not|no) (?:know|idea) "
         r"who (?:you'?re|your|you are|ur|u r|she'?s|he'?s) (?:dealing|messing) with|(?:you|u|she|he|they)(?:'ll| will|"
         r"ll) (?:regret|be sorry for) (?:it|this|that|the day|ever|speaking|talking|messing|crossing|treating|touching|"
         r"shouting|speaking)\b" + _WIN % 40 + ")", 0.78),
        # knowing where someone lives, or turning up there
        ("abuse_or_hate", "threat",
         r"(?P<hit>\b(?:i |we )?(?:know|found out|find out|finding out|worked out|know exactly) (?:where (?:she|he|they|"
         r"you|u|the (?:head|teacher|deputy)\w*) (?:lives?|parks?)|which (?:house|car) (?:is )?(?:hers|his|theirs|yours|"
         r"the \w+)|what car (?:she|he|they|you) drives?|(?:her|his|their|your|ur) (?:home )?address)\b" + _WIN % 60 +
         r"|\bpay (?:her|him|them|you|u|the \w+) a (?:little )?visit\b" + _WIN % 30 +
         r"|\b(?:follow|following|followed) (?:her|him|them|you|u) home\b" + _WIN % 30 +
         r"|\b(?:me|us|i'?ll be|we'll be|i'?m|im|i am|we're) (?:on|at) (?:her|his|their|your|ur) (?:door ?step|front door)\b" + _WIN % 30 +
         r"|\b(?:house|home|address|lives?)\b" + _WIN % 60 + r"\b(?:pay a (?:little )?visit|pop round|visit (?:tonight|"
         r"later))\b" + _WIN % 30 + ")", 0.76),
        # harm as the outcome of a condition, or by someone else
        ("abuse_or_hate", "threat",
         r"(?P<hit>\b(?:won'?t|wont|will not|can'?t|cannot|not) be (?:held )?responsible for (?:what (?:i|we|happens|"
         r"i'?ll)|my actions)\b" + _WIN % 40 +
         r"|\b(?:won'?t|wont|not|never) (?:stay|be|last) in one piece\b" + _WIN % 30 +
         r"|\bsee who'?s laughing (?:then|now)\b" + _WIN % 20 +
         r"|\b(?:the )?(?:only )?one (?:bleeding|needing (?:a |the )?hospital|in hospital|in an ambulance)\b" + _WIN % 20 +
         r"|\bneeding (?:a|the) hospital\b" + _WIN % 20 +
         r"|\bput (?:him|her|them|you|u|someone|somebody|that \w+) in (?:the ground|hospital|a wheelchair|a box|"
         r"intensive care)\b" + _WIN % 20 +
         r"|\b(?:someone|somebody|people|he|she|they|you|teachers?|staff)\b" + _WIN % 20 + r"\b(?:going to|gonna|will|'ll)"
         r" get (?:hurt|what'?s coming|a (?:good )?(?:kicking|hiding|beating|slap))\b" + _WIN % 10 + r"\bif (?:that|the|this|"
         r"he|she|him|her|mr|mrs|miss|ms|sir)\b" + _WIN % 40 +
         r"|\b(?:need|needs|deserves?|due) (?:a )?(?:good )?(?:kicking|hiding|beating|battering|slap|smack)\b" + _WIN % 40 +
         r"|\b(?:got|have|know|i'?ve got) (?:some )?(?:people|mates|lads|friends|family|cousins|brothers|boys) (?:who|that)"
         r"(?:'ll|'d| will| would| can)?\b" + _WIN % 15 + r"\b(?:sort|deal with|do|batter|hurt|visit|smash|kick|take care of|"
         r"find)\b" + _WIN % 40 +
         r"|\b(?:someone|somebody|people|anyone|they)\b" + _WIN % 25 + r"\b(?:torch|burn down|set fire to|firebomb|"
         r"petrol bomb|brick)\s+(?:that|the|this|his|her|their|your)\s+(?:place|school|building|house|car|windows?|"
         r"classroom|office)\b" + _WIN % 30 + ")", 0.76),
        # a weapon brought in
        ("abuse_or_hate", "threat",
         r"(?P<hit>\b(?:i'?m|im|i am|i'?ll|i will|gonna|going to|might|will|we'll)\s+(?:\w+\s+)?(?:bring(?:ing)?|"
         r"carry(?:ing)?|sneak(?:ing)?|take|taking)\b" + _WIN % 20 + r"\b(?:knife|knives|blade|machete|gun|air ?rifle|"
         r"rifle|shotgun|baseball bat|crossbow|acid)\b" + _WIN % 30 +
         r"|\b(?:bring(?:ing)?|carry(?:ing)?|sneak(?:ing)?|taking)\b" + _WIN % 20 +
         r"\b(?:knife|knives|blade|machete|gun|air ?rifle|rifle|shotgun|baseball bat|crossbow|acid)\b" + _WIN % 30 +
         r"\b(?:tomorrow|on monday|on tuesday|on wednesday|on thursday|on friday|see who|find out|sort)\b"
         + _WIN % 30 + r"|\b(?:coming|come|turn(?:ing)? up|walk(?:ing)? in|storm(?:ing)? in)\b" + _WIN % 25 +
         r"\bwith (?:a |an |my |his |me )?(?:knife|blade|machete|gun|rifle|shotgun|baseball bat|crossbow|hammer|acid)\b"
         + _WIN % 30 + ")", 0.8),
    ]
    VETO = _c(r"\b(?:icy|ice|slippy|slippery|roads?|traffic|weather|snow|puddles|knife and fork|knife skills|"
              r"knife crime|amnesty|cooking|food tech|butter|anyone know|does anyone|do you know|photocopier|printer|"
              r"machine|telly|laptop|computer|vending|regret (?:it|this) if (?:you|u) miss|missing out|documentary|"
              r"film|book|novel|episode|series|character|storyline|netflix|excluded for|caught|found with|was found|"
              r"got excluded|arrested)\b|[\U0001F602\U0001F923]")


class SelfHarmDetector(_RuleSet):
    """A pupil's own words of suicide or self-harm, and an adult relaying a child's."""

    name = "escalation.self_harm"
    _FIRST = [
        r"\b(?:want(?:s)? to|wanna|going to|gonna|plan(?:ning)? to|thinking (?:about|of)|thought about|tried to|try to|"
        r"should(?: just)?|might(?: just)?)\s+(?:kill(?:ing)? myself|end(?:ing)? (?:it(?: all)?|my life|everything)|"
        r"die\b|not (?:be here|wake up|exist)|disappear (?:forever|for good)|never wake up|(?:hurt|hurting|harm|"
        r"harming|cut|cutting) myself)",
        r"\b(?:don'?t|dont|do not|no longer) (?:want|wanna|wish) (?:to )?(?:be alive|live any ?more|be here any ?more|"
        r"exist|wake up|be around any ?more)",
        r"\b(?:better off|happier|easier) (?:without me|if i (?:was|were|wasn'?t|weren'?t) (?:gone|dead|here|around))",
        r"\b(?:notice|care|miss me|even care|cry)\b" + _WIN % 20 + r"\bif i (?:was|were|wasn'?t|weren'?t|died|"
        r"disappeared|jumped|was gone|killed)\b",
        r"\bif i (?:died|disappeared|jumped off|threw myself|wasn'?t here|weren'?t here|was gone|were gone|killed "
        r"myself)\b" + _WIN % 40 + r"\b(?:anyone|anybody|nobody|no one|no-one|would (?:they|you|u))\b",
        r"\b(?:cut(?:ting)? myself|(?:cutting|burning|hurting|harming) my (?:arms?|wrists?|legs?|thighs?)|(?:hurt|harm)"
        r" myself to (?:feel|cope|forget|stop|make)|(?:started|start|been|keep|am|i'?m) (?:cutting|self[- ]?harming|"
        r"hurting myself)(?: again)?)\b",
        r"\bwhat'?s (?:the )?point (?:any ?more|in (?:living|life|anything|trying)|of (?:living|life|me|anything|"
        r"trying|being (?:here|alive)))\b",
        r"\bcan'?t (?:do|take|cope with|handle|go on with) (?:this|it|life) any ?more\b",
        r"\b(?:saving|stockpiling|collecting|hiding|swallow(?:ed)?|took all|take all|taking all) (?:up )?(?:all )?"
        r"(?:of )?(?:my |mums |mum'?s |my mum'?s |dads |the |some )?(?:tablets|pills|paracetamol|painkillers)\b",
        r"\bsorry for (?:everything|being (?:a burden|like this|me))\b[^\n]{0,40}\b(?:goodbye|bye|love you all)\b",
        r"\b(?:letters?|notes?) (?:for|to) (?:my )?(?:family|mum|mam|dad|parents|everyone|friends)\b" + _WIN % 40 +
        r"\b(?:understand|why|goodbye|when i'?m gone)\b",
        r"\b(?:arms?|wrists?|thighs?|cuts|scars)\b[^\n]{0,60}\b(?:long sleeves|so (?:nobody|no one|no-one|noone) "
        r"(?:sees?|notices?|can see)|cover(?:ing)? (?:them|it) up)\b",
        r"\b(?:haven'?t|havent|not) eaten (?:in|for) (?:\d+|two|three|four|five|six) days\b",
    ]
    _RELAYED = [
        r"\b(?:thinking (?:about|of)|thought about|talking about|talked about|tried|trying|wants? to|going to|"
        r"threatened to|threatening to|been)\s+(?:to\s+)?(?:killing|kill|hurting|hurt|harming|harm|cutting|cut|ending)\s+"
        r"(?:herself|himself|themselves|her life|his life|their life)\b",
        r"\b(?:scars|cuts|burns|marks) (?:on|up|all over) (?:her|his|their) (?:arms?|wrists?|legs?|thighs?)\b",
        r"\b(?:she|he|they)(?:'s| is| has| have|'ve)? (?:been )?(?:self[- ]?harming|suicidal|cutting (?:herself|himself))\b",
    ]
    RULES = ([("safety_risk", "child_at_risk", r"(?P<hit>" + p + _WIN % 30 + ")", 0.8) for p in _FIRST]
             + [("safety_risk", "child_at_risk", r"(?P<hit>" + p + _WIN % 30 + ")", 0.78) for p in _RELAYED])
    _N_FIRST = len(_FIRST)
    VETO = _c(r"\b(?:laughing|embarrass\w*|lol|lmao|documentary|programme|film|book|novel|episode|series|"
              r"character|storyline|news|training|assembly|course|awareness|if a child)\b|[\U0001F602\U0001F923]")

    def rules_for(self, ctx: "Context") -> list[tuple[str, str, re.Pattern[str], float]]:
        # A pupil's own words; anyone relaying a child's. An adult's "I want to die" about marking is not a child.
        return self._compiled if ctx.author == "pupil" else self._compiled[self._N_FIRST:]


class HomeHarmDetector(_RuleSet):
    """Harm, neglect or secrets at home: an adult at home + an act against a child; an injury or 'the things he
    does' + being told not to tell; a child left alone or without food; an adult touching a child."""

    name = "escalation.home_harm"
    _HOME_ADULT = (r"(?:step ?dad|stepdad|step ?mum|stepmum|(?:mum|mam|mom)s?'?s? (?:new )?(?:boyfriend|boyfreind|bf|"
                   r"partner|fella)|dad'?s (?:new )?(?:girlfriend|gf|partner)|(?:my|her|his|their) (?:dad|mum|mam|uncle|"
                   r"grandad|carer|cousin)|(?:my|her|his) brothers?'? (?:friends?|mates)|lodger)")
    _OBJ = r"(?:me|him|her|us|my (?:brother|sister|mum|mam|little|baby|nan|sibling)\w*)"
    _ACT = (r"(?:(?:hit(?:s|ting)?|hurt(?:s|ing)?|beat(?:s|ing)?|slap(?:s|ped)?|punch(?:es|ed)?|kick(?:s|ed)?) " + _OBJ +
            r"|strangl\w+|chok\w+ (?:me|him|her)|burn(?:s|t|ed)? (?:me|him|her)|locks? (?:me|him|her|us)|"
            r"touch(?:es|ed)? (?:me|him|her)|comes? (?:in|into) (?:my|her|his) (?:room|bed)|makes? me (?:do|watch|touch|"
            r"keep|hold|carry)|(?:'ll|will) hurt (?:me|my|him|her))")
    _SECRET = (r"(?:(?:not|n'?t) (?:allowed|aloud|allowd|supposed) to (?:tell|say|talk)|(?:dont|don'?t|do not|never) "
               r"(?:say|tell|mention) (?:anything|anyone|owt|nothing)|(?:can'?t|cant|mustn'?t) tell|keep (?:it|them|"
               r"this) (?:a )?secrets?|has to keep (?:it|them) secret|if i tell)")
    RULES = [
        ("safety_risk", "disclosure", r"(?P<hit>\b" + _HOME_ADULT + r"\b[^\n]{0,80}?\b" + _ACT + r"\b" + _WIN % 30 + ")",
         0.8),
        ("safety_risk", "disclosure",
         r"(?P<hit>\b(?:bruises?|bruising|cut lip|black eye|burns|belt|(?:the )?(?:things|stuff) (?:he|she|they) "
         r"(?:does|do|did)|what (?:he|she|they) (?:does|do|did))\b[^\n]{0,80}\b" + _SECRET + r"\b" + _WIN % 30 +
         r"|\b" + _SECRET + _WIN % 40 + r"\b(?:the )?(?:things|stuff|what) (?:he|she|they) (?:does|do|did)\b" + _WIN % 30 +
         r"|\b(?:bruises?|marks|injur\w+|burns?) (?:are|is|were|was|r) from (?:home|my (?:dad|mum|step))\b" + _WIN % 30
         + ")", 0.8),
        ("safety_risk", "disclosure",
         r"(?P<hit>\b(?:he|she|they|my \w+) (?:makes?|made|forces?|forced) me (?:to )?(?:do|touch|watch) (?:stuff|things|"
         r"something)\b" + _WIN % 30 + r"\b(?:don'?t|dont|didn'?t|do not) (?:want|like)\b" + _WIN % 30 + ")", 0.8),
        ("safety_risk", "child_at_risk",
         r"(?P<hit>\b(?:hasn'?t|hasnt|has not|haven'?t|havent|have not|not) (?:been )?(?:home|back)(?: home)? (?:since|"
         r"for (?:days|\d+ days|two days|three days|a week)|all (?:night|weekend)|in days)\b" + _WIN % 40 +
         r"|\b(?:nobody|no one|no-one|noone)(?:'s| has) been (?:home|back)(?: home)? since\b" + _WIN % 30 +
         r"|\b(?:left|leaves?|leaving) (?:us|me|them|him|her|the kids|the children|(?:two|three|four|\d) kids)\b" + _WIN % 15
         + r"\b(?:on (?:their|our|my|his|her) own|alone|by (?:them|our|him|her)sel\w+)\b" + _WIN % 30 + r"\b(?:days|"
         r"all night|overnight|all weekend|since|every night|for hours)\b" + _WIN % 30 +
         r"|\b(?:get|gets|got|are|were|been|being|is|was) left (?:on (?:their|his|her) own|alone|home alone|by "
         r"(?:them|him|her)sel\w+)\b" + _WIN % 30 + r"\b(?:days|all night|overnight|all weekend|every night|for hours|"
         r"till|until)\b" + _WIN % 30 +
         r"|\b(?:no|isn'?t any|never any) food (?:in the (?:house|flat)|at home)\b" + _WIN % 30 +
         r"|\b(?:nothing|no food) (?:to eat )?at home\b" + _WIN % 30 + r")", 0.76),
        ("safety_risk", "child_at_risk",
         r"(?P<hit>\b(?:a|an|the|some|this|that|her|his|my|their) (?:man|woman|adult|bloke|guy|stranger|uncle|lodger|"
         r"neighbour|coach|instructor|tutor|leader|driver|worker|grandad|step ?dad|stepdad)\b" + _WIN % 50 +
         r"\b(?:touched|touches|touching|groped|gropes|exposed himself to) (?:him|her|them|me|my (?:son|daughter|boy|girl|"
         r"child|kids?|little)|the (?:boys|girls|kids|children))\b" + _WIN % 30 + ")", 0.8),
        ("safety_risk", "child_at_risk",
         r"(?P<hit>\b(?:tickle|special|secret|naughty|touching|private) games?\b[^\n]{0,60}\b(?:doesn'?t like|don'?t "
         r"like|secrets?|not (?:to|allowed to) tell|hurts?)\b" + _WIN % 30 +
         r"|\b(?:uncle|step ?dad|stepdad|grandad|cousin|neighbour|lodger|coach|(?:mum|mam)'?s (?:boyfriend|partner|friend)"
         r"|(?:a|an|this|some|the) (?:man|adult|guy|older (?:man|boy|lad)s?))\b[^\n]{0,60}\b(?:(?:keep|kept) (?:it|them|"
         r"this|that|our \w+) (?:a )?secrets?|(?:has|have|had) to keep (?:it|them|this) secret|our (?:little )?secret|"
         r"not to tell)\b" + _WIN % 30 + ")", 0.78),
        # a stranger offering children sweets or a lift
        ("safety_risk", "child_at_risk",
         r"(?P<hit>\b(?:a|an|the|some|this|that) (?:man|woman|bloke|guy|stranger|couple|van|car)\b" + _WIN % 60 +
         r"\b(?:asking|asked|offering|offered|trying to get|tried to get|calling|called (?:out )?to|beckoning)\b" + _WIN % 25 +
         r"\b(?:kids|children|pupils|girls|boys|(?:my|our|the) (?:son|daughter|kids|children|boy|girl)|him|her|them)\b"
         + _WIN % 40 + r"\b(?:sweets|a lift|lifts|get in|come with|puppy|into (?:his|her|the) (?:car|van))\b" + _WIN % 30 + ")",
         0.8),
        # social services removing children, or a live child-protection case, made public
        ("safety_risk", "child_at_risk",
         r"(?P<hit>\bsocial (?:services|workers?)\b" + _WIN % 20 + r"\b(?:took|taken|have taken|removed|came for|came and took|"
         r"took away|are involved|got involved|are round|were round)\b" + _WIN % 60 + ")", 0.78),
        # signs of injury or neglect that keep coming back
        ("safety_risk", "child_at_risk",
         r"(?P<hit>\b(?:kid|child|boy|girl|pupil|lad|one of (?:my|our)|in my class|in (?:year|y) ?\d)\b" + _WIN % 60 +
         r"\b(?:black eye|bruis\w+|cut lip|burn marks|marks on (?:his|her)|no breakfast|no coat|starving|unwashed|"
         r"same clothes)\b" + _WIN % 60 + r"\b(?:again|every day|every week|third time|keeps|always|most days|this month)\b"
         + _WIN % 30 + ")", 0.76),
    ]
    _PUPIL_ONLY = [
        ("safety_risk", "disclosure",
         r"(?P<hit>\b(?:locked out|kicked out|thrown out)\b" + _WIN % 15 + r"\b(?:all night|overnight|again)\b" + _WIN % 30
         + r"|\bslept in (?:the|a) (?:garden|shed|car|park|street|stairwell|bus shelter)\b" + _WIN % 30 +
         r"|\b(?:have to|had to|hav to|i) hide (?:in my (?:room|wardrobe|cupboard)|from (?:him|her|them|my)|under (?:my|"
         r"the) bed)\b" + _WIN % 30 + ")", 0.76),
    ]
    RULES = RULES + _PUPIL_ONLY
    _N_ALL = len(RULES) - len(_PUPIL_ONLY)
    VETO = _c(r"\b(?:surprise|party|birthday|present|christmas|santa|recipe|documentary|programme|film|book|novel|"
              r"episode|series|character|storyline|training|course|assembly|awareness|if a child|jailed|sentenced|"
              r"convicted|game of)\b|[\U0001F602\U0001F923]")

    def route(self, category, kind, ctx):
        return category, ("disclosure" if ctx.author == "pupil" else "child_at_risk")

    def rules_for(self, ctx: "Context") -> list[tuple[str, str, re.Pattern[str], float]]:
        # sleeping rough, hiding from someone: a child's own words only
        return self._compiled if ctx.author == "pupil" else self._compiled[:self._N_ALL]


class OnlineGroomingDetector(_RuleSet):
    """Grooming by an adult who is not the writer's colleague: flattery about age, moving a child to a private
    app with an endearment or a gift, asking for pictures under pressure, meeting someone met online, secret
    phones, a child going out with an adult, money offered to children."""

    name = "escalation.online_grooming"
    _CHILDISH = (r"(?:gorgeous|sweetie|sweetheart|babe|princess|beautiful|cutie|sexy|little|famous|model(?:ling)?|"
                 r"something nice|a (?:present|gift|surprise)|money|cash|v-?bucks|robux|skins|gift cards?)")
    RULES = [
        ("safety_risk", "grooming",
         r"(?P<hit>\blook(?:s)? (?:way |so |much )?older than (?:\d{1,2}|your age|ur age)\b" + _WIN % 40 +
         r"|\b(?:add|message|dm|inbox|pm|snap|text|msg) me\b" + _WIN % 30 + r"\b(?:and (?:i'?ll|i will|i can) (?:send|give|buy|"
         r"get) (?:you|u) (?:something|a|some|money|stuff)|on (?:my )?(?:private|personal|secret) \w+)\b" + _WIN % 30 +
         r"|\bwhat'?s (?:your|ur) (?:snap(?:chat)?|insta|number|whatsapp|kik|discord)\b[^\n]{0,40}\b" + _CHILDISH + r"\b"
         r"|\b" + _CHILDISH + r"\b[^\n]{0,40}\bwhat'?s (?:your|ur) (?:snap(?:chat)?|insta|number|whatsapp|kik|discord)\b"
         + _WIN % 30 + ")", 0.78),
        ("safety_risk", "grooming",
         r"(?P<hit>\b(?:asking|asks|asked|keeps? asking|wants|told|tells|telling|pressur\w+|making) (?:me|her|him|my \w+)"
         r" (?:to )?(?:send|sending|to send) (?:him |her |them )?(?:a |some |more |one more |any )?(?:pics?|pictures?|photos?|"
         r"selfies?|nudes|videos?)\b" + _WIN % 40 +
         r"|\bsend (?:him|her) (?:pics?|pictures?|photos?|selfies?|nudes|videos?)\b" + _WIN % 40 +
         r"|\bif i send (?:him|her|them) (?:one )?(?:more )?(?:pics?|pictures?|photos?|nudes)\b" + _WIN % 40 +
         r"|\b(?:post|share|send|show)\b" + _WIN % 20 + r"\b(?:my|your|ur|her|his) (?:pics|pictures|photos|nudes|videos?)"
         r"\b" + _WIN % 40 + r"\b(?:unless|if (?:i|you|u) (?:don'?t|dont|do not)|or (?:else|i'?ll))\b" + _WIN % 30 +
         r"|\b(?:move|moving|switch|come over|go) (?:to|on)to? (?:whatsapp|snap(?:chat)?|telegram|kik|discord|insta(?:gram)?|"
         r"a private (?:app|chat))\b" + _WIN % 40 + r"\b(?:pictures?|pics|photos?|secret|mum|dad|parents)\b" + _WIN % 30 +
         ")", 0.8),
        ("safety_risk", "grooming",
         r"(?P<hit>\b(?:met|meet|talking to|talk to|chatting to|chat to|someone|guy|man|boy|lad|girl)\b" + _WIN % 20 +
         r"\b(?:online|on (?:fortnite|roblox|minecraft|snap(?:chat)?|insta(?:gram)?|tiktok|discord|xbox|ps\d|the game|an "
         r"app))\b" + _WIN % 40 + r"\b(?:meet (?:me|her|him|up)|meeting|sent me|send me|gave me|bought me|a phone|secret|"
         r"without (?:my |her |his )?(?:mum|dad|parents)|\d{2} but|older)\b" + _WIN % 30 +
         r"|\b(?:so|where) (?:we|i) can (?:talk|chat|message)\b" + _WIN % 20 + r"\bwithout (?:my|your|ur|her|his) (?:mum|dad|"
         r"parents|mam|family) (?:seeing|knowing|finding out)\b" + _WIN % 20 +
         r"|\b(?:told|tells|asked|said|wants) me to delete\b" + _WIN % 40 +
         r"|\bdelete (?:all )?(?:of )?(?:our|these|those|the|this) (?:messages|message|chats?|texts?|dms|convos?|pics)\b"
         + _WIN % 40 + r"\b(?:parents|mum|dad|nobody|no one|find out)\b" + _WIN % 20 + ")", 0.78),
        ("safety_risk", "grooming",
         r"(?P<hit>\b(?:is |aged |only )?(?:\d{1,2}|twelve|thirteen|fourteen|fifteen)\b" + _WIN % 30 + r"\b(?:going out with|"
         r"dating|seeing|in a relationship with) (?:a |an )?(?:\d{2}|twenty\w*|thirty\w*)[- ]?(?:year[- ]old|yo|yr old)\b"
         + _WIN % 40 +
         r"|\b(?:any|which) (?:of (?:the|you) )?(?:girls|boys|kids|children|year \d+s?)\b" + _WIN % 40 + r"\b(?:earn|make)"
         r" (?:some )?(?:easy |quick )?(?:money|cash|£)" + _WIN % 40 +
         r"|\b(?:no|without) (?:parents|mum|dad|adults) (?:needed|required|necessary|to know)\b" + _WIN % 20 + ")", 0.78),
    ]
    VETO = _c(r"\b(?:never (?:share|send|meet)|don'?t (?:share|send|meet)|e-?safety|online safety|training|course|"
              r"assembly|awareness|warning signs|red flags|if someone|teach(?:ing)? (?:the )?(?:kids|children|pupils)|"
              r"documentary|jailed|sentenced|convicted|class email|school email|tapestry|seesaw|dojo)\b")

    def route(self, category, kind, ctx):
        if ctx.author == "staff" and ctx.account != "official":
            return "pupil_contact", "grooming"
        return "safety_risk", ("disclosure" if ctx.author == "pupil" else "grooming")


class StaffSecrecyDetector(_RuleSet):
    """A staff member arranging contact with a pupil behind the parents' backs: when the parent is out, no need to
    tell them, meeting 'just us', a personal account instead of the school's."""

    name = "escalation.staff_secrecy"
    RULES = [
        ("pupil_contact", "secrecy",
         r"(?P<hit>\b(?:no need|don'?t need|dont need|you don'?t have) to tell (?:her|him|them|your (?:mum|dad|parents)|"
         r"ur (?:mum|dad|parents)|anyone)\b" + _WIN % 30 +
         r"|\bwhen (?:your|ur) (?:mum|dad|parents|mam)(?:'s| is| are|'re|s)? (?:out|away|asleep|not (?:in|home|around))\b"
         + _WIN % 40 + ")", 0.8),
        ("pupil_contact", "grooming",
         r"(?P<hit>\b(?:meet(?:ing)? up|meet me|see you|pick you up|lift|come round|cinema|milkshake|town)\b[^.!\n]{0,40}" +
         r"\bjust (?:us|the two of us|you and me|me and you)\b(?! girls| ladies| mums| lot)" + _WIN % 20 +
         r"|\bjust (?:us|the two of us|you and me|me and you)\b(?! girls| ladies| mums| lot)" + _WIN % 40 +
         r"\b(?:meet(?:ing)? up|meet me|pick you up|lift|come round|cinema|milkshake|town)\b" + _WIN % 20 +
         r"|\bmy (?:personal|private|own) (?:insta(?:gram)?|snap(?:chat)?|account|number|tiktok|whatsapp)\b" + _WIN % 40 +
         r"\b(?:not the school|easier to (?:chat|talk)|so (?:nobody|no one)|nobody (?:will )?see)\b" + _WIN % 20 + ")", 0.76),
    ]
    VETO = _c(r"\b(?:parents? evening|parents|mums|dads|colleagues?|staff|governors?|pta|husband|wife|partner)\b")

    def route(self, category, kind, ctx):
        return (category, kind) if ctx.author == "staff" and ctx.account != "official" else None


class AdultHarmedChildDetector(_RuleSet):
    """An allegation that an adult in a position of trust harmed a child: the adult + a physical act + a child."""

    name = "escalation.adult_harmed_child"
    RULES = [
        ("allegation", "adult_harmed_child",
         r"(?P<hit>\b(?:teacher|ta|teaching assistant|dinner lad(?:y|ies)|lunchtime supervisor|midday supervisor|coach|"
         r"minibus driver|bus driver|caretaker|club worker|(?:after school|breakfast) club \w+|staff member|member of staff|"
         r"head(?:teacher)?|deputy|supply teacher|(?:mr|mrs|ms|miss|dr)\.? [a-z][a-z'’-]*|sir)\b" + _WIN % 60 +
         r"?\b(?:grab|grabbed|grabs|shut|locked|smack|smacked|smacks|slap|slapped|slaps|hit|hits|push|pushed|pushes|pushing|"
         r"drag|drags|dragged|dragging|shove|kick|punch|"
         r"pinch(?:es|ed)?|kicked|shook|shoved|shoving|threw|punched|strangled|choked|hurt|hurts|touching|touched|touches|"
         r"bit|yanked|twisted)\b (?:my|the|a|our|his|her|one|them|him|this) ?(?:son|daughter|child|lad|boy|girl|kids?|"
         r"little ones?|boys|girls|pupils?|children|little (?:boy|girl|lad)|by|in|round|around)?\b" + _WIN % 40 + ")", 0.78),
        # a member of staff arrested or suspended over offences against children, made public
        ("allegation", "adult_harmed_child",
         r"(?P<hit>\b(?:teacher|ta|teaching assistant|coach|caretaker|staff member|member of staff|head(?:teacher)?|deputy|"
         r"(?:mr|mrs|ms|miss)\.? [a-z][a-z'’-]*)\b" + _WIN % 50 + r"\b(?:arrested|charged|suspended|under investigation|"
         r"investigated|questioned by (?:the )?police)\b" + _WIN % 50 + r"\b(?:indecent (?:images|photos|pictures)|child abuse|"
         r"abus\w+ (?:a |the )?(?:child|children|pupils?|kids?)|grooming|sexual|touching (?:a |the )?(?:child|children|pupils?|"
         r"kids?|girls|boys))\b" + _WIN % 40 + ")", 0.78),
    ]
    VETO = _c(r"\b(?:accident\w*|ball|football|rugby|netball|game|tag|hit the (?:roof|ceiling|target|ground|road|books)|"
              r"pushed (?:him|her|them|my \w+) to|push(?:es|ing)? (?:him|her|them|my \w+) to|touched (?:base|on)|"
              r"lad who|boy who|girl who|kid who|child who|pupil who|documentary|film|book|novel|news|jailed|training|"
              r"course|hurt (?:his|her|their) (?:ankle|knee|back|leg|arm|wrist|head))\b")


DETECTORS: list[Detector] = [SchoolThreatDetector(), ChildHarmDetector(), GroomingDetector(),
                             LookedAfterDetector(), VeiledThreatDetector(), SelfHarmDetector(), HomeHarmDetector(),
                             OnlineGroomingDetector(), StaffSecrecyDetector(), AdultHarmedChildDetector()]
