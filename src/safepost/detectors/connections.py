"""A member of staff telling of their own connections on their own account: looking at pupils' social media
pages (`pupil_contact`, kind `pupil_pages`) and befriending parents (`parent_contact_channel`, kind
`parent_friend`).

These are acts, not messages: "had a nosy at my class's TikToks", "three more Year 2 mums added me". The packs
decide what they mean: Newport says staff "should never use or access social networking pages of pupils" and are
"strongly advised not" to be friends with parents; Rattlesden asks staff to "be cautious when adding friends who
are parents". The other documents are silent on both, so their rules leave these kinds out.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from safepost.detectors.base import Detector
from safepost.detectors.prefilter import Prefiltered  # a pattern runs only when its words are in the post
from safepost.types import Span

if TYPE_CHECKING:
    from safepost.context import Context

_I = re.IGNORECASE
_W = r"[^.!?\n]"

# Looking at: "had a nosy/look at", "scrolling through", "stalking", "watched".
_LOOK = (r"(?:had a (?:nosy|nose|look|snoop|peek|stalk|scroll|gander)|(?:look(?:ed|ing)?|snoop(?:ed|ing)?|"
         r"stalk(?:ed|ing)?|nos(?:ied|ying|eying|ing|ed|eyed)|scroll(?:ed|ing)?|brows(?:ed|ing)|watch(?:ed|ing)|found|went through"
         r"|going through|check(?:ed|ing)(?: out)?))")
# Whose: pupils the writer teaches, possessive ("my class's", "the Y6s'", "one of my pupils'").
_PUPILS = (r"(?:(?:one of |some of |a few of |all )?(?:my|our|the) (?:class(?:['’]s)?|pupils['’]?|students['’]?|kids['’]"
           r"|year ?\d{1,2}s['’]?|y\d{1,2}s['’]?|tutor group['’]?s?|tutees['’]?|form['’]s)"
           r"|(?:one of |some of )(?:my|our|the) (?:class|pupils|students|year ?\d{1,2}s|y\d{1,2}s)['’]?s?)")
_PAGES = (r"(?:tik ?toks?|insta(?:gram)?s?|snap(?:chat)?s?|facebooks?|socials?|(?:social media |instagram |tiktok |"
          r"snapchat |facebook |insta |snap )?(?:pages?|profiles?|accounts?|stories))")
PUPIL_PAGES = Prefiltered(r"(?P<hit>\b" + _LOOK + r"\b" + _W + r"{0,12}?\b" + _PUPILS + r"\s+(?:\w+\s+)?" + _PAGES
                         + r"\b)", _I)

# Parents of pupils, as a group or one of the class's: not "my mum", "my parents" or the PTA's things.
# The PTA is befriended ("added half the PTA"); "the PTA added me" to its group chat is not a friendship.
# The PTA's things are not the PTA: "added the PTA quiz night to the calendar".
_PTA_THINGS = r"(?:evening|quiz|meeting|fair|disco|newsletter|minutes|event|page|group|chat|night|consultation|dates?)"
_PTA = (r"(?:(?:half |all |loads of |lots of |some of |a few of |a couple of |another |more )?(?:of )?(?:the )?pta\b"
        r"(?!['’])(?! " + _PTA_THINGS + r"\b))")
_PARENTS = (r"(?:(?:(?:half |all |loads of |lots of |some of |a few of |a couple of |two |three |four |five |more |another )"
            r"(?:of )?)?(?:the |my |our )?(?:class|school|year ?\d{1,2}|y\d{1,2}|reception|nursery)\s+(?:parents|mums|"
            r"dads|mummies|daddies)\b(?!['’])(?!\s+(?:evening|meeting|consultation|forum|council|survey|newsletter|"
            r"group|chat|rep))"
            r"|(?:a|one of (?:my|the|our)|(?:some|a couple|a few|lots|most|two|three|four|five) of (?:my|the|our)|"
            r"half (?:of )?(?:my|the|our)|all (?:of )?(?:my|the|our)|"
            r"loads of (?:my|the|our)) (?:class(?:['’]s)? |school(?:['’]s)? )?(?:parents?|mums|dads|mummies)\b(?!['’])"
            r"(?!\s+(?:evening|meeting|consultation|forum|council|survey|newsletter|group|chat|rep))"
            r"(?:\s+(?:from|in|of) (?:my|the|our) (?:class|school|year|form))?"
            r"|half the (?:parents|mums|dads)\b"
            # one parent, of the writer's class or school ("a dad in my class"; not "a dad from football")
            r"|(?:a|one) (?:mum|dad|mummy|daddy|parent) (?:from|in|of) (?:my|the|our) (?:class|school|form|"
            r"(?:year|yr|y) ?\d{1,2})\b)")
_BEFRIEND = (r"(?:added|adding|accepted|accepting|befriended|friended|friends with|follow(?:ed|ing) back)")
# A request turned down: the one home of these words, for a parent's request here (REFUSED) and a pupil's in
# meaning.PupilContactDetector, which adds "refused" and "blocked" (left out here: REFUSED vetoes the whole post, and
# "the refuse collection" or "a block booking" is ordinary talk among parents).
TURNED_DOWN = r"declin\w*|ignor\w*|reject\w*"
# the negation before the act refused: "won't accept", "didn't add", "never befriend"
REFUSING = r"(?:won['’]?t|don['’]?t|do not|will not|never|not|doesn['’]?t|didn['’]?t)"
# Refusing, or keeping school talk to the school's channels, is not befriending: "declined a friend request from a
# parent", "lovely of her but I keep school chat to the school app".
REFUSED = Prefiltered(r"\b(?:" + TURNED_DOWN + r"|turn(?:ed|ing)? (?:it |them )?down|" + REFUSING +
                      r" (?:accept|add|befriend)\w*|nothing personal|keep (?:school|it|work) (?:\w+ )?(?:to|on|through|for)\b)",
                      _I)
# Added to a group chat, a mailing list or a rota is talking to parents, not befriending them ("to my friends list"
# still is).
_TO_A_GROUP = r"(?!" + _W + r"{0,30}?\s(?:to|into) (?:a|the|our|my|this|his|her) (?!friends?\b)\w)"
PARENT_FRIEND = Prefiltered(r"(?P<hit>\b" + _BEFRIEND + r"\s+(?:(?:a |some )?(?:friend|follow) requests? from\s+)?(?:"
                           + _PTA + "|" + _PARENTS + ")" + _TO_A_GROUP
                           # "a friend request from a dad in my class and accepted it"
                           + r"|\b(?:friend|follow) requests? from\s+(?:" + _PTA + "|" + _PARENTS + r")" + _W
                           + r"{0,40}?\b(?:accepted|accept(?:ed)? (?:it|them)|added (?:him|her|them))\b"
                           + r"|\b" + _PARENTS + r"\s+(?:who(?:['’]ve| have)?\s+)?(?:have\s+|has\s+)?(?:added|friended|"
                           r"sent (?:me )?(?:a |some )?friend requests?|followed)\s+me\b)", _I)


class ConnectionsDetector(Detector):
    """Staff on their own account telling that they looked at pupils' pages or befriended parents."""

    name = "connections"
    categories = ("pupil_contact", "parent_contact_channel")

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        if not text or ctx.account == "official" or ctx.author != "staff":
            return []
        out: list[Span] = []
        for m in PUPIL_PAGES.finditer(text):
            out.append(self.span("pupil_contact", m.start("hit"), m.end("hit"), 0.7, "pupil_pages"))
        for m in (PARENT_FRIEND.finditer(text) if PARENT_FRIEND.possible(text) and not REFUSED.search(text) else ()):
            out.append(self.span("parent_contact_channel", m.start("hit"), m.end("hit"), 0.7, "parent_friend"))
        return out


DETECTORS: list[Detector] = [ConnectionsDetector()]
