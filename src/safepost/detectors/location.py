"""A location tag written into the post itself (CONTRACT.md: `location_metadata` is location metadata in a photo
"or a geotag"): the pin emoji or a check-in naming a place ("📍 Brookfield Primary, Mill Lane", "Checked in at
Whitby Sands"). The photo's own GPS and place tags are read by `safepost.images`.

Every tag is reported; the pack decides what to do with it (the built-in packs ask staff to take care with
locations on personal accounts, and to keep them off official posts). A tag of the school, of a home, or of a place
where the class or pupils are scores highest, since it tells anyone where children or staff are; the span says which
(`tagged`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from safepost.detectors.base import Detector
from safepost.detectors.meaning import CHILD_WORDS, GENERIC_SCHOOL_RX, clean, school_name_rx
from safepost.types import Span

if TYPE_CHECKING:
    from safepost.context import Context

# The tag and the place it names: up to the end of the line or sentence, another emoji or a hashtag.
_TAG_RX = re.compile(r"(?:📍\ufe0f?\s*|\b(?:checked in|checking in|check-in) (?:at|to) )"
                     r"(?P<place>[^\n.!?#📍\U0001f300-\U0001faff\u2600-\u27bf]{2,60}?)\s*(?=$|[\n.!?#📍\U0001f300-\U0001faff\u2600-\u27bf]|\s-\s|\s—\s)",
                     re.IGNORECASE)
_HOME_RX = re.compile(r"\b(?:home|my house|our house|my flat|\d{1,4}[a-z]? [a-z][a-z'-]+ "
                      r"(?:road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|grove|court|terrace|place|gardens))\b",
                      re.IGNORECASE)
_WITH_PUPILS_RX = re.compile(r"\b(?:" + CHILD_WORDS + r"|(?:school |class )?trip|residential|school)\b", re.IGNORECASE)


class LocationTagDetector(Detector):
    """A place tagged in the post's own words."""

    name = "location.tag"
    categories = ("location_metadata",)

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        if not text or ("📍" not in text and "heck" not in text):
            return []
        text = clean(text)
        school = school_name_rx(ctx)
        out: list[Span] = []
        for m in _TAG_RX.finditer(text):
            place = m.group("place").strip(" ,:;-")
            if len(place) < 2 or not re.search(r"[A-Za-z]", place):
                continue
            s, e = m.start(), m.start("place") + len(m.group("place").rstrip())
            where = ("school" if (school is not None and school.search(place)) or GENERIC_SCHOOL_RX.search(place)
                     or re.search(r"\bschool\b", place, re.IGNORECASE) else
                     "home" if _HOME_RX.search(place) else
                     "with_pupils" if _WITH_PUPILS_RX.search(text) else "elsewhere")
            score = 0.75 if where == "elsewhere" else 0.9
            out.append(self.span("location_metadata", s, e, score, "geotag", place=place, tagged=where,
                                 reason="the post is tagged with a place"))
        return out


DETECTORS: list[Detector] = [LocationTagDetector()]
