"""When a personal post was made: in lessons or working hours (from `posted_at` and the school's
timetable), or during a lesson by the post's own words ("posting this from the back of my class").
"""
from __future__ import annotations

import re
from datetime import datetime, time, timedelta, timezone
from typing import TYPE_CHECKING

from safepost.context import Timetable
from safepost.detectors.base import Detector
from safepost.detectors.meaning import clean, combine, emit_threshold, model_probs
from safepost.detectors.prefilter import Prefiltered
from safepost.types import Span

if TYPE_CHECKING:
    from safepost.context import Context

# Used when the school file gives no timetable: a typical English primary day. Findings from it
# score lower, since the school's own times may differ.
DEFAULT_TIMETABLE = Timetable(school_day=(time(8, 45), time(15, 15)),
                              lessons=[(time(9, 0), time(10, 30)), (time(10, 45), time(12, 0)),
                                       (time(13, 0), time(15, 15))],
                              breaks=[(time(10, 30), time(10, 45)), (time(12, 0), time(13, 0))])


def _last_sunday(year: int, month: int) -> datetime:
    d = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def uk_local(dt: datetime) -> datetime:
    """A moment as UK wall-clock time; a naive time is taken to be UK time already."""
    if dt.tzinfo is None:
        return dt
    try:
        from zoneinfo import ZoneInfo
        return dt.astimezone(ZoneInfo("Europe/London")).replace(tzinfo=None)
    except Exception:  # no tz database (some Windows machines): BST by its rule
        u = dt.astimezone(timezone.utc).replace(tzinfo=None)
        start = _last_sunday(u.year, 3).replace(hour=1)
        end = _last_sunday(u.year, 10).replace(hour=1)
        return u + timedelta(hours=1 if start <= u < end else 0)


class TimetableDetector(Detector):
    """A staff member's personal post made during lessons or the working day, on a weekday."""

    name = "timing.timetable"
    categories = ("timing",)

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        if ctx.posted_at is None or ctx.account == "official" or ctx.author != "staff":
            return []
        try:
            local = uk_local(ctx.posted_at)
        except (ValueError, OverflowError, TypeError):
            return []
        if local.weekday() >= 5:
            return []
        tt = ctx.school.timetable if ctx.school is not None else None
        if tt is not None and tt.closed_on(local.date()):
            return []  # half term, holidays, training days: not a working day
        own = tt is not None and (tt.lessons or tt.school_day is not None)
        tt = tt if own else DEFAULT_TIMETABLE
        t = local.time()
        at = local.strftime("%H:%M on %A")
        if tt.lessons and tt.in_lessons(t):
            return [self.span("timing", None, None, 0.9 if own else 0.65, "lessons", at=at,
                              timetable="school" if own else "typical")]
        if tt.in_school_day(t):
            # Breaks are still working hours; `in_break` lets a pack that allows rest breaks tell them apart.
            return [self.span("timing", None, None, 0.8 if own else 0.6, "working_hours", at=at,
                              in_break=tt.in_breaks(t), timetable="school" if own else "typical")]
        return []


class LessonTextDetector(Detector):
    """The post itself says it is written during a lesson or while on duty with pupils."""

    name = "timing.text"
    categories = ("timing",)
    _GROUP = (r"(?:my|the|our) (?:class|kids|pupils|students|children|lot|year ?\d{1,2}s?|y\d{1,2}s?|"
              r"tutor group|form)|the year ?\d{1,2}s?|year ?\d{1,2}s?|y\d{1,2}s?|kids|class|pupils|students")
    _RULES = [
        (r"(?P<hit>\b(?:while|whilst|whilest|as)\b (?:" + _GROUP + r")\b[^.!?\n]{0,12}\b(?:do|are doing|does|"
         r"finish|finishing|work|working|sit|sitting|take|taking|get on with|are (?:(?:in|on|at)\b(?! (?:school|nursery|"
         r"college|home|their (?:dad|mum|nan|gran)))|busy|quiet|"
         r"reading|writing|silent)|read|write|complete|completing|revise|are doing their)\b[^.!?\n]{0,40})", 0.72),
        (r"(?P<hit>\b(?:from|at|in) the back of (?:my|the|a|this) (?:class(?:room)?|lesson|year ?\d+ "
         r"(?:lesson|class)|maths|english|science|assembly|hall)\b[^.!?\n]{0,30})", 0.82),
        (r"(?P<hit>\b(?:sat|sitting|stood|standing|stuck|bored) (?:here )?in (?:assembly|my lesson|(?:a|the|my) "
         r"(?:year ?\d+ )?(?:lesson|class)|registration|collective worship)\b[^.!?\n]{0,30})", 0.7),
        (r"(?P<hit>\b(?:during|mid|in the middle of|middle of) (?:my |a |the |this )?(?:lesson|class|maths|english|"
         r"phonics|spelling test|guided reading|science|pe|assembly|registration|register|sats|test|exam)\b"
         r"[^.!?\n]{0,30}\b(?:lol|lmao|haha|rn|right now|shh+|scrolling|posting|on (?:my|the) phone|on here|"
         r"on fb|on insta|on tiktok|sneaky|🤫|😂|🙈)[^.!?\n]{0,20})", 0.75),
        (r"(?P<hit>\b(?:scrolling|posting(?: this)?|on (?:my|the) phone|on facebook|on fb|on insta(?:gram)?|"
         r"on tiktok|on twitter|on here|typing this|writing this|sneaky (?:post|scroll|look))\b[^.!?\n]{0,20}"
         r"\b(?:in|during|from|mid|while (?:teaching|in))\b (?:my |a |the |this )?(?:lessons?|class(?:room)?|maths|"
         r"english|phonics|assembly|registration|sats|the test|the exam|exam|invigilat\w+)\b[^.!?\n]{0,20})", 0.8),
        # "live from the Y5 science lesson", "coming to you live from my classroom"
        (r"(?P<hit>\blive from (?:the |my |our |a |this )?(?:[\w-]+ ){0,3}?(?:lessons?|class(?:room)?|maths|english|"
         r"phonics|science|pe|assembly|registration|guided reading)\b[^.!?\n]{0,30})", 0.75),
        (r"(?P<hit>\b(?:invigilating|supposed to be teaching|should be teaching|meant to be teaching|"
         r"(?:kids|class|they)(?:'re| are) (?:doing|sitting) (?:a|their|the) (?:test|sats|spelling test|"
         r"assessment|mock|exam)s?\b[^.!?\n]{0,20}\b(?:so|and) (?:i'?m|im|here i am|on)|"
         r"cover lesson (?:and|so) (?:i'?m|im) on)\b[^.!?\n]{0,40})", 0.7),
        # the phone used in a lesson named by its period: "replied to the group mid-lesson", "checked my phone during
        # period 2", "texting during period 5"
        (r"(?P<hit>\b(?:checked|checking|check|replied|replying|reply|texted|texting|messag\w+|scroll\w*|posting|posted|"
         r"on (?:my|the) phone|phone (?:buzzed|went off|rang)|whats ?app\w*|snapchat\w*|on (?:fb|facebook|insta\w*|tiktok))"
         r"\b[^.!?\n]{0,50}?\b(?:mid-?lesson|mid lesson|during (?:period|p) ?\d|in (?:period|p) ?\d|in the middle of "
         r"(?:a|my|the) lesson)\b[^.!?\n]{0,20}|\b(?:mid-?lesson|during (?:period|p) ?\d|in the middle of (?:a|my|the) "
         r"lesson)\b[^.!?\n]{0,40}?\b(?:checked|replied|texted|texting|messag\w+|scroll\w*|posting|on (?:my|the) phone|"
         r"phone (?:buzzed|went off|rang))\b[^.!?\n]{0,30})", 0.75),
    ]
    _compiled = [(Prefiltered(p, re.IGNORECASE), s) for p, s in _RULES]  # skipped when their words are absent
    _VETO = Prefiltered(re.compile(r"\b(?:tonight|last night|tomorrow'?s|yesterday|after school|home now|now (?:that )?the kids "
                       r"are in bed|half term|holidays?|on the weekend|at the weekend|planning|prepping|"
                       r"my (?:own )?(?:son|daughter|kids'?) (?:class|school|lesson)|"
                       # the writer's own child's lesson: "waiting for my son's swimming lesson to finish"
                       r"my (?:own )?(?:son|daughter|kid|child|boy|girl|little one)(?:'s|s'|’s) (?:[\w-]+ ){0,2}?(?:lessons?|class|club|"
                       r"practice|training)|when i was at school|"
                       r"back when|used to)\b", re.IGNORECASE))

    # Planning time (PPA), a free period or non-contact time is not teaching: another adult has the class.
    _NOT_TEACHING = Prefiltered(re.compile(r"\b(?:ppa|non-contact|planning time|free period|frees)\b", re.IGNORECASE))
    # A book's title: "The Boy at the Back of the Class"
    _TITLE = re.compile(r"\bBack of the Class\b")

    # The principle, in two halves that must both be in the post: (a) the writer is on their phone or social media
    # now, and (b) their class is busy with lesson work now. Either alone is an ordinary post ("scrolling Insta",
    # "Year 6 are doing their reading paper").
    _DEVICE = (r"(?:posting(?: this)?|post this|(?:post|share|upload)(?:ing)? (?:my|some|a few|these)|scroll\w*|tweet(?:ing)?|on (?:my|the) phone|(?:my )?phone out|on here|"
               r"typing this|writing this|(?:on|checking|check|browsing|looking at|catching up on) (?:fb|facebook|"
               r"insta(?:gram)?|tiktok|twitter|snap(?:chat)?|whats ?app|rightmove|zoopla|vinted|asos|amazon|ebay|"
               r"netflix)|insta(?:gram)? stor(?:y|ies)|(?:repl(?:y|ying)|replied) to (?:the |my )?(?:group ?chat|"
               r"whats ?apps?|messages|texts)|answering (?:whats ?apps?|messages|texts|emails)|online shopping|"
               r"(?:tesco|asda|sainsbury'?s|ocado|morrisons) order|(?:sneaky|quick|cheeky) (?:look|scroll|post|check|"
               r"browse|story|tweet|insta\w*|fb|facebook|tiktok)|me on (?:insta\w*|tiktok|fb|facebook|twitter|my phone))")
    _CLASS = (r"(?:(?:my|the|our) )?(?:class|kids|pupils|students|children|lot|year ?\d{1,2}s?|y\d{1,2}s?|reception|"
              r"nursery|set \d|tutor group|form|group|tutees)")
    _ACTIVITY = (r"(?:(?:end of (?:unit|topic) |spelling |maths |science |practice |reading |english |sats )?"
                 r"(?:tests?|quiz(?:zes)?|mocks?|exams?|sats|assessments?|paper)|reading paper|spellings|times tables|"
                 r"worksheets?|independent (?:writing|work)|silent (?:reading|revision|work)|quiet reading|reading quietly|"
                 r"golden time|(?:a |the )?(?:film|video|documentary|dvd)|assembly|pe|phonics|guided reading|handwriting|"
                 r"revision|their (?:work|writing|maths|spellings|snack))")
    _BUSY = (r"(?:\b" + _CLASS + r"\b(?:'re| are| is)? (?:\w+ ){0,2}?(?:doing|sitting|on|in|watching|having|reading|writing|"
             r"finishing|finish|do|busy with|taking|working on|rehears\w+|revising)\b(?: \w+){0,3}? " + _ACTIVITY + r"\b|"
             r"\b(?:during|mid|in the middle of|middle of|while|whilst)\b (?:\w+ ){0,3}?" + _ACTIVITY + r"\b|"
             r"\b(?:invigilat\w+|covering (?:a |my )?(?:year ?\d+|y\d+|set \d|class))\b|"
             r"\b(?:in|from) (?:a|my|the) lesson (?:right now|rn|as we speak)\b|"
             r"^\s*(?:guided reading|phonics|period \d|p\d|mock exam|exam season|silent reading|quiet reading)\b)")
    _DEVICE_RX = Prefiltered(r"\b" + _DEVICE + r"\b", re.IGNORECASE)
    _BUSY_RX = re.compile(_BUSY, re.IGNORECASE)
    # What the model alone needs: any word of lessons, the class or the phone (it weighs them itself).
    _ANY_SIGN = Prefiltered(re.compile(r"\b(?:" + _ACTIVITY + r"|lessons?|class|kids|pupils|students|children|y\d{1,2}s?|"
                                       r"year ?\d{1,2}s?|period \d|phone|scroll\w*|post\w*|fb|facebook|insta\w*|tiktok|"
                                       r"twitter|snap\w*|whats ?app|online)\b", re.IGNORECASE))
    # Not now, not the writer's class, or a rule about phones rather than a post from a lesson.
    _NOT_IN_LESSON = Prefiltered(re.compile(
        r"\b(?:tomorrow|tmrw|tonight|yesterday|last (?:week|night|term|year)|next (?:week|term)|earlier|in bed|"
        r"(?:at|got|get|back|gets?) home|home from|sofa|couch|weekend|day off|away at camp|on the trip|"
        r"reminder|no phones|never|don'?t (?:use|go on|have)|not allowed|should(?:n'?t| not)|policy|training on|"
        r"(?:partner|husband|wife|friend|mate|son|daughter|sister|brother)(?:'s|s'| who| teaches)|"
        r"when i was|used to|remember when|lesson observation|observed)\b", re.IGNORECASE))

    def _both_halves(self, text: str) -> tuple[int, int] | None:
        """The span from the writer's phone to the class's lesson work (in either order), when both are there."""
        d = self._DEVICE_RX.search(text)
        if d is None:
            return None
        b = self._BUSY_RX.search(text)
        if b is None:
            return None
        s, e = min(d.start(), b.start()), max(d.end(), b.end())
        return (s, e) if e - s <= 160 else None

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        if not text or ctx.account == "official" or ctx.author != "staff":
            return []
        text = clean(text)
        if self._NOT_TEACHING.search(text):
            return []
        out: list[Span] = []
        # Whether the post says another time or place than a lesson now: asked at most once, and only when an answer
        # needs it (most posts match no rule, hold no phone and leave the model below its threshold).
        memo: list[bool] = []

        def not_now() -> bool:
            if not memo:
                memo.append(self._NOT_IN_LESSON.search(text) is not None)
            return memo[0]

        penalty: float | None = None
        for rx, score in self._compiled:
            for m in rx.finditer(text):
                s, e = m.span("hit")
                if self._TITLE.search(m.group("hit")):
                    continue
                if penalty is None:
                    # "tomorrow's lesson", "now the kids are in bed"
                    penalty = 0.25 if (not_now() or self._VETO.search(text)) else 0.0
                out.append(self.span("timing", s, e, score - penalty, "text_says_lessons"))
        if not out:
            both = self._both_halves(text)
            if both is not None and not not_now():
                out.append(self.span("timing", both[0], both[1], 0.72, "text_says_lessons"))
        p = model_probs(text, ctx).get("timing")
        for sp in out:
            sp.score = combine(sp.score, p)
        # The model alone speaks only when the post says something of a lesson or of the phone, and nothing of home,
        # the evening or another day: "Kids in bed, finally scrolling Insta" is not a post from a lesson.
        if (not out and p is not None and p >= emit_threshold("timing") and not self._VETO.search(text)
                and not not_now() and self._ANY_SIGN.search(text)):
            out.append(self.span("timing", None, None, p, "text_says_lessons", source="model"))
        return out


class WorkTextDetector(Detector):
    """The post itself says it is written at work, outside a lesson: "quick scroll at work", "posting this before
    the afternoon session", "on Facebook before the bell". Reported as `working_hours` (not a lesson), so only
    packs that ask staff to stay off social media while at work act on it."""

    name = "timing.work_text"
    categories = ("timing",)
    _ON = (r"(?:scroll\w*|posting(?: this)?|on (?:my|the) phone|on (?:facebook|fb|insta(?:gram)?|tiktok|twitter|x|here)|"
           r"(?:quick|sneaky) (?:post|scroll|look|check)|typing this|writing this)")
    _WHERE = (r"(?:at work|in work|in the staff ?room|(?:in|hiding in) the staff (?:loo|loos|toilets?|bathroom)|"
              r"hiding in the (?:loo|toilets?|stock ?cupboard|cupboard|store ?room)|before (?:the )?(?:afternoon|morning) (?:session|lessons?|"
              r"register|registration)|before (?:the )?bell)")
    # (a time between them is no sentence end: "in the staff loo at 10.15 on my phone")
    _RX = Prefiltered(r"(?P<hit>\b" + _ON + r"\b[^.!?\n]{0,25}\b" + _WHERE + r"|\b" + _WHERE + r"\b(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,12}\b"
                      + _ON + r")\b", re.IGNORECASE)
    # after work, at home, a break, a day off, or remembering: not posted at work
    _VETO = Prefiltered(re.compile(r"\b(?:finally|sofa|couch|bath|bed|home|after work|after school|from work|"
                                   r"tonight|weekend|day off|off work|(?:break|lunch ?time|lunch|dinner)(?! ?duty)|holiday|"
                                   r"half term)\b", re.IGNORECASE))

    # The writer at school, on duty or on a trip now, said in other words than "at work": "on gate duty and scrolling",
    # "Posting this from school", "on the school trip ... so I'm posting this", "It's 10.40 on a Tuesday and I'm on
    # TikTok". The principle is the same two halves: on social media now + at work now.
    _PLACE = (r"(?:(?:on |doing )?(?:playground|yard|lunch ?time|lunch|dinner|gate|bus|break|corridor|car ?park|"
              r"cloakroom|toilet) duty|"
              r"on (?:the|a|our|my class(?:'s|es)?) (?:school |class |year ?\d{1,2} |y\d{1,2} )?(?:trip|residential|visit)|"
              r"from school(?! (?:devices?|computers?|laptops?|ipads?|accounts?|e-?mails?|wi-?fi|network|systems?))|"
              r"at my desk (?:in|at) school|"
              r"(?:i'?m|im|i am|here|sat|sitting|stuck|still|already) (?:\w+ ){0,2}?(?:at|in) school|"
              r"(?:[89]|1[0-4])(?:[.:][0-5]\d)? ?(?:am|pm)? on a (?:monday|tuesday|wednesday|thursday|friday)|"
              r"(?:first thing|this morning|this afternoon) (?:at|in) school)")
    _PLACE_RX = Prefiltered(r"(?P<hit>\b" + LessonTextDetector._DEVICE + r"\b[^.!?\n]{0,25}\b" + _PLACE + r"|\b" + _PLACE
                            + r"\b[^.!?\n]{0,40}?\b" + LessonTextDetector._DEVICE + r")\b", re.IGNORECASE)
    # The gap between the halves hands the place to someone else ("scrolling while the kids are at school"), or the
    # post is about the rule rather than a post from work ("no posting from school devices", "Posting from school?
    # Never!")
    _OTHERS = re.compile(r"\b(?:while|whilst|kids|children|son|daughter|they|he|she|husband|wife|partner)\b", re.IGNORECASE)
    _CALL = re.compile(r"\bon the phone\b", re.IGNORECASE)
    _RULE_TALK = Prefiltered(re.compile(r"\b(?:never|no (?:posting|phones?|social media)|not allowed|reminder|policy|"
                                        r"code of conduct|should(?:n'?t| not)|must(?:n'?t| not)|don'?t (?:post|use))\b",
                                        re.IGNORECASE))

    # Stuck in a staff meeting or training now: "At work and bored rigid in a staff meeting lol", "Sat in another
    # staff meeting, bored stiff"
    _MEETING = Prefiltered(r"(?P<hit>\b(?:at work and|sat|sitting|stuck|bored(?: rigid| stiff| senseless| to death)?|"
                           r"currently|i'?m|im) (?:\w+ ){0,2}?in (?:a|the|another|this|our|yet another) (?:[\w-]+ )?(?:\w+-)?"
                           r"(?:staff|department|dept|inset|cpd|twilight|phase|team|training) (?:meeting|training|briefing|"
                           r"session|day)\b[^.!?\n]{0,30}|"
                           # opening the post, said to be now: "In a whole-staff briefing as we speak, someone text me"
                           r"^\s*(?:in|at) (?:a|the|another|this|our|yet another) (?:[\w-]+ )?(?:\w+-)?(?:staff|department|dept|"
                           r"inset|cpd|twilight|phase|team|training) (?:meeting|training|briefing|session)\b"
                           r"(?=[^.!?\n]{0,20}\b(?:right now|as we speak|rn|atm|at the moment)\b)[^.!?\n]{0,30})",
                           re.IGNORECASE)

    _NOT_NOW = Prefiltered(re.compile(r"\b(?:tomorrow|tmrw|next (?:week|monday|tuesday|wednesday|thursday|friday)|later|last "
                                      r"(?:week|monday|tuesday|wednesday|thursday|friday|term|year)|yesterday|earlier|ago|"
                                      r"was|were|(?:husband|wife|partner|hubby|mum|dad|friend)'?s (?:work|office|job))\b",
                                      re.IGNORECASE))

    # The weekend looked forward to is a weekday's wish ("Posting from school, can't wait for the weekend"), not a post
    # written at the weekend: blanked before the veto is asked.
    _WEEKEND_AHEAD = Prefiltered(re.compile(r"\b(?:can'?t wait for|cannot wait for|roll on|bring on|nearly|almost|"
                                            r"counting down to|looking forward to|come on|so ready for) (?:the )?weekend\b",
                                            re.IGNORECASE))

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        if not text or ctx.account == "official" or ctx.author != "staff":
            return []
        text = clean(text)
        if self._VETO.search(self._WEEKEND_AHEAD.sub(" ", text) if "weekend" in text.lower() else text):
            return []
        m = self._RX.search(text)
        if m is None:
            m = self._MEETING.search(text)
            if m is not None and self._NOT_NOW.search(text):
                m = None  # a meeting tomorrow or last week, or at someone else's work: not posted from one now
        if m is None:
            m = self._PLACE_RX.search(text)
            if m is not None and (self._OTHERS.search(m.group("hit")) or self._NOT_NOW.search(text)
                                  or self._RULE_TALK.search(text)
                                  # "spoke to parents on the phone from school": a call, not social media
                                  or not LessonTextDetector._DEVICE_RX.search(self._CALL.sub(" ", m.group("hit")))):
                m = None
        if m is None:
            return []
        s, e = m.span("hit")
        # (its veto has left out breaks and lunch: the post is at work outside a break)
        return [self.span("timing", s, e, 0.7, "working_hours", source="text", in_break=False)]


DETECTORS: list[Detector] = [TimetableDetector(), LessonTextDetector(), WorkTextDetector()]
