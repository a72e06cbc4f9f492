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
from safepost.detectors.prefilter import Prefiltered
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

    def __init_subclass__(cls, **kw: object) -> None:
        super().__init_subclass__(**kw)
        cls._compiled = [(c, k, _c(p), s) for c, k, p, s in cls.RULES]
        cls.categories = tuple(sorted({c for c, _, _, _ in cls.RULES}))

    def route(self, category: str, kind: str, ctx: "Context") -> tuple[str, str] | None:
        """The (category, kind) to report for this author, or None to drop the match."""
        return category, kind

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        if not text or not text.strip():
            return []
        text = clean(text)
        out: list[Span] = []
        for category, kind, rx, score in self._compiled:
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
        ("abuse_or_hate", "threat",
         r"(?P<hit>\b(?:i'?ll|i will|i'?m gonna|i am going to|i'?m going to|we'?ll|gonna)\b[^.!?\n]{0,20}\b(?:be "
         r"(?:at|outside|waiting (?:at|outside|for))|wait(?:ing)? (?:for|at|outside))\b[^.!?\n]{0,30}"
         r"\b(?:gates?|school|car park|playground|after school|home time|pick ?up|him|her|them|you)\b[^.!?\n]{0,40})",
         0.72),
        ("abuse_or_hate", "threat",
         r"(?P<hit>\b(?:someone|somebody|i|we|they)\b[^.!?\n]{0,15}\b(?:should|needs? to|ought to|will|'ll|gonna|"
         r"going to)\b[^.!?\n]{0,10}\bteach\b[^.!?\n]{0,30}\ba lesson\b)", 0.8),
        ("abuse_or_hate", "threat",
         r"(?P<hit>\b(?:i'?ll|i will|i'?m gonna|i'?m going to|we'?ll|gonna|going to|should|wanna|want to|"
         r"i could)\b[^.!?\n]{0,15}\b(?:kill|batter|smash (?:his|her|their) (?:face|head)|punch|hit|knock|"
         r"deck|sort (?:him|her|them) out|slap|stab|hurt|do (?:him|her|them) in|burn|torch|bury|break (?:his|"
         r"her|their) (?:legs?|arms?|neck|nose))\b[^.!?\n]{0,40})", 0.72),
        ("abuse_or_hate", "threat",
         r"(?P<hit>\b(?:watch your back|you'?(?:ll|re gonna) regret (?:it|this)|you'?ve been warned|"
         r"know where (?:you|she|he|they) lives?|i know where you live|i'?ll find (?:you|her|him)|"
         r"(?:you|she|he|they)(?:'?ll| will)(?: soon)? get what'?s coming|there will be consequences if|"
         r"wouldn'?t want anything to happen to)\b[^.!?\n]{0,40})", 0.8),
        ("abuse_or_hate", "threat",
         r"(?P<hit>\b(?:i'?ll|i will|i'?m gonna|i'?m going to|gonna|we'?ll)\s+(?:bring|be bringing) (?:a )?"
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
              r"murder (?:mystery|on the)|kill (?:the )?(?:lights|engine)|bury (?:the )?time capsule)")


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
              r"(?:my|our) dog|the cat)\b")


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
    VETO = _c(r"\b(?:surprise party|birthday surprise|secret santa|surprise for (?:mum|dad|mrs|mr|miss)|"
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


DETECTORS: list[Detector] = [SchoolThreatDetector(), ChildHarmDetector(), GroomingDetector(),
                             LookedAfterDetector()]
