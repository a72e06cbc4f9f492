"""Personal information (`personal_information`): phones, emails, postcodes, addresses, dates of birth, handles.

One small detector per kind, Presidio-style. UK phone numbers come from `phonenumbers` at its
loosest leniency (POSSIBLE), because Ofcom's drama ranges (07700 900xxx, 01632 960xxx,
020 7946 0xxx...) are not "valid" to it; that leniency also matches dates, times, prices,
years and fragments of order numbers or IBANs, so every match is checked here before it counts.

The school's own details from `--school` (its phone in any format, its email domains and
website, its postcode and address, its official account handles) are not personal
information: each detector's `prepare` turns them into exclusions once per school.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from safepost.context import School
from safepost.detectors.base import Detector
from safepost.types import Span

if TYPE_CHECKING:
    from safepost.context import Context

CATEGORY = "personal_information"


# --------------------------------------------------------------------------------------------
# The school's own details, normalised once
# --------------------------------------------------------------------------------------------
def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def phone_key(raw: str, region: str = "GB") -> str:
    """A number's comparison key (E.164 when it parses, else its digits): '01632 960 418' -> '+441632960418'."""
    try:
        return phonenumbers.format_number(phonenumbers.parse(raw, region), phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        return _digits(raw)


def _domain_of(url: str) -> str:
    d = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/")[0].split(":")[0]
    return d[4:] if d.startswith("www.") else d


@dataclass(frozen=True)
class SchoolDetails:
    """The parts of school.yaml that are the school's own contact details, ready to compare."""

    phones: frozenset[str] = frozenset()
    domains: tuple[str, ...] = ()
    postcodes: frozenset[str] = frozenset()
    address: str = ""
    handles: frozenset[str] = frozenset()

    @classmethod
    def of(cls, school: School | None) -> "SchoolDetails":
        """Normalise a School's details (None gives no exclusions)."""
        if school is None:
            return cls()
        phones = {phone_key(p) for p in re.split(r"[;,/]| or ", school.phone or "") if _digits(p)}
        raw_phones = school.raw.get("phones") if isinstance(school.raw, dict) else None
        if isinstance(raw_phones, list):
            phones |= {phone_key(str(p)) for p in raw_phones if _digits(str(p))}
        domains = [d.lower().lstrip("@") for d in school.email_domains if d]
        if school.website:
            domains.append(_domain_of(school.website))
        postcodes = {re.sub(r"\s", "", m.group()).upper() for m in POSTCODE.finditer(school.address or "")}
        handles = {_handle_key(a.get("handle", "")) for a in school.official_accounts if a.get("handle")}
        return cls(frozenset(phones), tuple(dict.fromkeys(d for d in domains if d)), frozenset(postcodes),
                   _addr_key(school.address or ""), frozenset(h for h in handles if h))

    def owns_domain(self, domain: str) -> bool:
        d = domain.lower()
        return any(d == own or d.endswith("." + own) for own in self.domains)


def _handle_key(h: str) -> str:
    h = h.strip().lower().lstrip("@")
    h = re.sub(r"^(?:https?://)?(?:www\.|m\.)?[a-z.]+\.(?:com|net)/(?:add/|in/)?@?", "", h)
    return h.strip("/")


def _addr_key(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


class _SchoolAware(Detector):
    """A detector that carries the school's own details, set once by `prepare`."""

    categories = (CATEGORY,)

    def __init__(self, own: SchoolDetails | None = None) -> None:
        self.own = own
        self._lazy: tuple[object, SchoolDetails] | None = None

    def prepare(self, pack: object = None, school: School | None = None, roster: object = None) -> Detector:
        """A copy of this detector that knows the school's own details."""
        return type(self)(SchoolDetails.of(school))

    def details(self, ctx: "Context") -> SchoolDetails:
        if self.own is not None:
            return self.own
        # Used without prepare: work the school's details out once and keep them.
        if self._lazy is None or self._lazy[0] is not ctx.school:
            self._lazy = (ctx.school, SchoolDetails.of(ctx.school))
        return self._lazy[1]


# --------------------------------------------------------------------------------------------
# Phones
# --------------------------------------------------------------------------------------------
# Cheap gate: seven digits close together, or phonenumbers is not worth calling.
PHONE_GATE = re.compile(r"\d(?:[\s().\-/+]{0,3}\d){6}")
# Words just before a number that make it something other than a phone number.
NOT_PHONE_BEFORE = re.compile(
    r"\b(?:order|ref|reference|invoice|account|acc|a/c|sort\s*code|iban|card|isbn|booking|ticket|tracking"
    r"|serial|case|upn|urn|policy|membership|passport|nhs|ni|vat|company|charity|reg(?:istration)?"
    r"|transaction|receipt|parcel|item|product|model|part|batch|lot|id|pin)"
    r"[ \t]*(?:no\.?|number|num|#)?[ \t]*[:#.\-]?[ \t]*\Z"
    r"|\b(?:licen[cs]e|order|account|reference|card|passport|policy|membership|tracking|booking|serial|ticket"
    r"|customer|invoice|nhs|insurance|student|employee|staff|candidate|pupil|unique)\s+(?:number|no\.?|id)\b"
    r"[^\d\n]{0,12}\Z", re.IGNORECASE)
PHONE_CUE = re.compile(
    r"\b(?:call|calls|calling|phone|phoned|tel|telephone|mobile|mob|cell|number|no\.|ring|text|txt|whatsapp"
    r"|contact|reach|fax|landline|dial|desk|answering|messages|registered)\b[^\d]{0,25}\Z", re.IGNORECASE)
PHONE_CUE_AFTER = re.compile(r"[ \t\-]*(?:office|fax|mobile|desk|home|work|cell|landline)\b", re.IGNORECASE)
DATE_LIKE = re.compile(r"^\(?\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}\)?$|^(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d$")
# A phone-shaped run of digits for the cue fallback ("call me on 467 3395").
LOOSE_PHONE = re.compile(r"(?<![\w£$€.,/:])(?:(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{1,5}\)[\s.\-]?)?\d{2,5}"
                         r"(?:[ .\-]\d{2,5}){1,4}|\d{7,11})"
                         r"(?:\s?(?:x|ext\.?)\s?\d{1,6})?(?![\w.,:/]?\d)")
# Ofcom's ranges kept for drama: not "valid" to phonenumbers, but exactly what test posts use.
DRAMA_RANGES = re.compile(r"^(?:7700900|1632960|20794600|113496|114496|115496|116496|117496|118496|121496"
                          r"|131496|141496|151496|161496|191498|2890180|2920180|3069990|8081570|9098790)")


# Public helplines (NSPCC, Childline, Samaritans, NHS 111...): nobody's personal number.
PUBLIC_NUMBERS = frozenset({"+448088005000", "+448001111", "+44116123", "+44111", "+448000121700",
                            "+448001116000", "+448000488966"})


# A business's advertised number: a trading name or trade just before it, or what it is for just after ("Smith &
# Sons Builders - call ...", "... for a free quote / bookings / all your boiler needs"). A number given as someone's
# own ("message me", "my daughter's number", "at home", "his mobile") stays personal, business or not.
BUSINESS_BEFORE = re.compile(
    r"\b(?:ltd|limited|plc|llp|(?:&|and) sons|& co|builders|plumbing|plumbers|electrical|electricians|roofing|"
    r"taxis?|cabs|cakes|bakery|garage|motors|salon|barbers|cafe|catering|decorators|landscaping|services|solutions|"
    r"removals|lettings|estate agents?)\b[^\n]{0,40}\Z", re.IGNORECASE)
BUSINESS_AFTER = re.compile(
    r"[^\n.!?]{0,12}\bfor (?:a (?:free )?quote|quotes|bookings|orders|all your|your next|appointments|reservations)\b",
    re.IGNORECASE)
OWN_NUMBER_NEAR = re.compile(r"\b(?:me|my|mine|his|her|their|home|personal|mobile|mob)\b", re.IGNORECASE)


def business_number(text: str, s: int, e: int) -> bool:
    """The number at text[s:e] is a business's advertised one, not a person's."""
    line_start = text.rfind("\n", 0, s) + 1
    before = text[max(line_start, s - 60):s]
    if OWN_NUMBER_NEAR.search(before[-30:]) or OWN_NUMBER_NEAR.search(text[e:e + 15]):
        return False
    return bool(BUSINESS_BEFORE.search(before) or BUSINESS_AFTER.match(text, e))


class PhoneNumbers(_SchoolAware):
    """UK phone numbers in every common format (and international ones written with + or 00)."""

    name = "phone_numbers"

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        """Spans of phone numbers that are not the school's own."""
        if not PHONE_GATE.search(text):
            return []
        own = self.details(ctx)
        out: list[Span] = []
        taken: list[tuple[int, int]] = []
        for m in PhoneNumberMatcher(text, "GB", leniency=Leniency.POSSIBLE, max_tries=200):
            judged = self.judge(text, m.start, m.end, m.raw_string, m.number)
            if judged is None:
                continue
            score, e164 = judged
            taken.append((m.start, m.end))
            if e164 in own.phones or e164 in PUBLIC_NUMBERS or business_number(text, m.start, m.end):
                continue
            out.append(self.span(CATEGORY, m.start, m.end, score, "phone"))
        for m in LOOSE_PHONE.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            score = self.loose(text, m)
            if score and phone_key(m.group()) not in own.phones and not business_number(text, m.start(), m.end()):
                out.append(self.span(CATEGORY, m.start(), m.end(), score, "phone"))
        return out

    @staticmethod
    def _context_rejects(text: str, s: int, e: int, raw: str) -> bool:
        before = text[max(0, s - 30):s]
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "£$€#/:_"):
            return True  # part of a word, a price, an IBAN ("GB33 ...") or a path
        if re.search(r"[£$€][ \t]*\Z|\b[A-Z]{2}\d{2}(?:[ \t]?[A-Z0-9]{4})*[ \t]*\Z", before):
            return True
        if re.match(r"[\-/.:,]?\d|[ \t]\d|\s?%|\s?(?:am|pm|kg|km|mph|miles|mins?|hours?|p)\b", text[e:e + 6],
                    re.IGNORECASE):
            return True  # a longer number, a decimal, a time or a quantity
        if re.search(r"\d[ \t]?[\-–/]?[ \t]*\Z", before[-3:]) and not before.endswith("+"):
            return True  # another digit group just before: part of a longer number
        if NOT_PHONE_BEFORE.search(before):
            return True
        if ":" in raw or DATE_LIKE.match(raw.strip()):
            return True
        return False

    def judge(self, text: str, s: int, e: int, raw: str, num: phonenumbers.PhoneNumber) -> tuple[float, str] | None:
        """(score, E.164) for a phonenumbers match that really is a phone number, else None."""
        if self._context_rejects(text, s, e, raw):
            return None
        digits = _digits(raw)
        lead = raw.lstrip("( ")
        intl = lead.startswith("+") or digits.startswith("00")
        if num.country_code == 44:
            nsn = str(num.national_number)
            if not (intl or digits.startswith("0")):
                return self._as_nanp(raw)
            if len(nsn) not in (9, 10) or nsn[0] not in "1235789":
                return None
            groups = re.findall(r"\d+", raw)
            if not intl and len(groups) > 1 and len(groups[0]) < 3:
                return None  # "01/02 ..." is not how a UK number is split
            valid = phonenumbers.is_valid_number(num) or bool(DRAMA_RANGES.match(nsn))
            score = 0.95 if valid else 0.8
        else:
            if not intl or not phonenumbers.is_possible_number(num):
                return None
            score = 0.9 if phonenumbers.is_valid_number(num) else 0.75
        return score, phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)

    @staticmethod
    def _as_nanp(raw: str) -> tuple[float, str] | None:
        """A number with no 0 or + in front: a North American one ('905-674-3793') if valid there."""
        if not re.fullmatch(r"\(?\d{3}\)?[\s.\-]?\d{3}[\s.\-]\d{4}(?:\s?x\d+)?", raw.strip()):
            return None
        try:
            n = phonenumbers.parse(raw, "US")
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number(n):
            return None
        return 0.8, phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)

    def loose(self, text: str, m: re.Match[str]) -> float:
        """A phone-shaped number right after a phone word ("call me on 467 3395"): a weaker match."""
        raw = m.group()
        n = len(_digits(raw.split("x")[0]))
        if not 7 <= n <= 13 or not (PHONE_CUE.search(text[max(0, m.start() - 40):m.start()])
                                    or PHONE_CUE_AFTER.match(text, m.end())):
            return 0.0
        if self._context_rejects(text, m.start(), m.end(), raw):
            return 0.0
        return 0.6


# --------------------------------------------------------------------------------------------
# Emails
# --------------------------------------------------------------------------------------------
EMAIL = re.compile(r"(?<![\w.+\-@])[\w.+\-']+@(?P<domain>[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
                   r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24})(?![\w\-@])")
FREEMAIL = frozenset("""
gmail.com googlemail.com hotmail.com hotmail.co.uk outlook.com outlook.co.uk live.com live.co.uk msn.com
yahoo.com yahoo.co.uk ymail.com icloud.com me.com mac.com aol.com aol.co.uk btinternet.com btopenworld.com
sky.com talktalk.net virginmedia.com ntlworld.com blueyonder.co.uk tiscali.co.uk protonmail.com proton.me
gmx.com gmx.co.uk mail.com zoho.com fastmail.com hey.com
""".split())
ROLE_LOCAL = frozenset("""
office admin info enquiries enquiry hello contact sales support help noreply no-reply reception head
headteacher bursar finance accounts press media marketing team jobs careers recruitment webmaster
""".split())


# An address spelt out to dodge filters: "beckyt1985 at example dot com", "jo.bell (at) mail (dot) co (dot) uk".
_DOT = r"\s*(?:\(dot\)|\[dot\]|\bdot\b|\.)\s*"
EMAIL_SPELT = re.compile(
    rf"(?<!['’])\b[A-Za-z0-9._+-]{{3,40}}\s*(?:\(at\)|\[at\]|\bat\b)\s*(?P<domain>[A-Za-z0-9-]{{2,30}}"
    rf"(?:{_DOT}[A-Za-z0-9-]{{2,20}})?{_DOT}(?:co{_DOT}uk|org{_DOT}uk|com|org|net|info|uk|me|io))\b",
    re.IGNORECASE)


class EmailAddresses(_SchoolAware):
    """Email addresses, except the school's own domains."""

    name = "email_addresses"

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        """Spans of email addresses that are not on the school's domains (also written "name at example dot com")."""
        obfuscated = " dot " in text.lower() or "(dot)" in text.lower() or "[dot]" in text.lower()
        if "@" not in text and not obfuscated:
            return []
        own = self.details(ctx)
        out = []
        if obfuscated:
            for m in EMAIL_SPELT.finditer(text):
                domain = re.sub(r"\s*(?:\(dot\)|\[dot\]|\bdot\b)\s*", ".", m.group("domain").lower())
                if not own.owns_domain(domain):
                    out.append(self.span(CATEGORY, m.start(), m.end(), 0.85, "email"))
        for m in EMAIL.finditer(text) if "@" in text else ():
            domain = m.group("domain").lower()
            if own.owns_domain(domain):
                continue
            local = m.group().split("@")[0].lower()
            score = 0.95 if domain in FREEMAIL else (0.6 if local in ROLE_LOCAL else 0.9)
            out.append(self.span(CATEGORY, m.start(), m.end(), score, "email"))
        return out


# --------------------------------------------------------------------------------------------
# Postcodes and street addresses
# --------------------------------------------------------------------------------------------
_OUT = (r"(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
        r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])")
_IN = r"[0-9][ABD-HJLNP-UW-Z]{2}"
POSTCODE = re.compile(rf"\b(?:{_OUT} ?{_IN}|GIR ?0AA)\b")
POSTCODE_ANYCASE = re.compile(rf"\b(?:{_OUT} ?{_IN}|GIR ?0AA)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")  # postcodes and house numbers need a digit: a text without one is skipped at once


class Postcodes(_SchoolAware):
    """UK postcodes in Royal Mail's format (SW1A 1AA, M1 1AE, AW4 7QT), except the school's own."""

    name = "postcodes"

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        """Spans of UK postcodes in upper or lower case."""
        if not _DIGIT.search(text):
            return []
        own = self.details(ctx)
        out = []
        for m in POSTCODE_ANYCASE.finditer(text):
            pc = m.group()
            if not (pc.isupper() or pc.islower()):
                continue  # "Ab1 2Cd" is a word pattern, not a postcode
            if re.sub(r"\s", "", pc).upper() in own.postcodes:
                continue
            score = 0.95 if pc.isupper() and " " in pc else (0.85 if pc.isupper() else 0.75)
            out.append(self.span(CATEGORY, m.start(), m.end(), score, "postcode"))
        return out


STREET_TYPES = (r"Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Cl|Drive|Dr|Way|Crescent|Cres|Grove|Gardens|Gdns"
                r"|Place|Pl|Court|Ct|Terrace|Terr|Hill|Park|Square|Sq|Mews|Row|View|Rise|Walk|Green|Parade"
                r"|Boulevard|Mount|Croft|Fold|Meadows?|Vale|Wharf|Yard|Approach|Parkway|Gate|End|Bank|Wynd"
                r"|Brow|Hollow|Chase|Circus|Embankment|Promenade|Quay|Villas|Cottages|Crest|Heights|Grange")
ADDRESS = re.compile(
    r"(?P<flat>\b(?:Flat|flat|Apartment|apartment|Apt|Unit|unit)\s+\d{1,4}[A-Za-z]?\s*,?\s*)?"
    r"(?<![\w£$€.,/:])(?P<num>\d{1,4}[A-Za-z]?)(?:\s*,)?\s+"
    r"(?P<name>(?:(?:St\.?\s+)?[A-Z][A-Za-z'’\-]+\s+){1,3})"
    rf"(?P<type>(?:{STREET_TYPES})|(?:{STREET_TYPES.lower()}))\b\.?")


class StreetAddresses(_SchoolAware):
    """Street addresses with a house number ("14 Elm Road", "Flat 2, 33 Mill Lane", "22b Victoria Street")."""

    name = "street_addresses"

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        """Spans of house-number street addresses that are not the school's."""
        if not _DIGIT.search(text):
            return []
        own = self.details(ctx)
        out = []
        for m in ADDRESS.finditer(text):
            num = m.group("num")
            if len(num) == 4 and num.isdigit() and num[:2] in ("19", "20"):
                continue  # a year: "2024 Summer Fair"
            if own.address and _addr_key(m.group()) in own.address:
                continue
            score = 0.9 if m.group("flat") else 0.85
            out.append(self.span(CATEGORY, m.start(), m.end(), score, "address"))
        return out


# --------------------------------------------------------------------------------------------
# Dates of birth
# --------------------------------------------------------------------------------------------
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_YEAR = r"(?:19|20)\d\d"
DATE = (rf"(?P<date>\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?P<y1>\d{{4}}|\d{{2}})"
        rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?(?:,?\s+(?P<y2>{_YEAR}))?"
        rf"|{_MONTH}\.?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?P<y3>{_YEAR}))?"
        rf"|{_MONTH}\s+(?P<y4>{_YEAR})"
        rf"|(?P<y5>{_YEAR}))")
DOB_LABEL = re.compile(rf"\b(?P<label>d\.?o\.?b\.?|date\s+of\s+birth|birth\s?date|born(?:\s+on|\s+in)?"
                       rf"|birthday(?:\s+(?:is|was|falls))?(?:\s+on)?)\s*[:\-–]?\s*{DATE}\b", re.IGNORECASE)
DOB_AFTER = re.compile(rf"{DATE}\s*\(?(?:d\.?o\.?b\.?|date of birth)\)?", re.IGNORECASE)
BIRTHDAY_NEAR = re.compile(rf"\bbirthday\b[^.\n\d]{{0,25}}?{DATE}", re.IGNORECASE)
# A full date with a birth year (1930-2023) in a sentence about age, birth or ID: "35 today 🥳 (14/02/1991 ...)",
# "is the DOB on the form ... mine is 30.09.1986".
FULL_DATE = re.compile(r"\b\d{1,2}[/.\-]\d{1,2}[/.\-](?P<y>19[3-9]\d|20[01]\d|202[0-3])\b")
BIRTH_TALK = re.compile(r"\b(?:d\.?o\.?b|date of birth|birth|born|b'?day|bday|passport|driving licen[cs]e|\d{1,2} today|aged?|"
                        r"years? old)\b", re.IGNORECASE)
AGE_ON_DATE = re.compile(rf"\b(?:turns?|turned|will be|is)\s+\d{{1,2}}\s+(?:on\s+)?{DATE}\b", re.IGNORECASE)


class DatesOfBirth(Detector):
    """Dates of birth: a date with a birth word ("DOB 12/03/2015", "born on 3rd May 2016")."""

    name = "dates_of_birth"
    categories = (CATEGORY,)

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        """Spans of dates that the text says are someone's date of birth."""
        if not _DIGIT.search(text):
            return []  # every date these patterns read has a digit (a day or a year)
        low = text.lower()
        if not any(w in low for w in ("dob", "d.o.b", "birth", "born", "turn", "will be", " is ", "today", "passport",
                                      "day", "age", "old", "licen")):
            return []
        out: list[Span] = []
        for m in DOB_LABEL.finditer(text):
            label = re.sub(r"\W", "", m.group("label").lower())
            has_year = any(m.group(g) for g in ("y1", "y2", "y3", "y4", "y5"))
            year_only = m.group("y5") is not None
            if label.startswith(("dob", "dateofbirth", "birthdate")):
                score = 0.95 if has_year and not year_only else (0.6 if year_only else 0.8)
            elif label.startswith("born"):
                score = 0.6 if year_only else (0.9 if has_year else 0.7)
            else:  # birthday
                if year_only:
                    continue
                score = 0.85 if has_year else 0.6
            out.append(self.span(CATEGORY, m.start("date"), m.end("date"), score, "date_of_birth"))
        for m in DOB_AFTER.finditer(text):
            if m.group("y5") is None:
                out.append(self.span(CATEGORY, m.start("date"), m.end("date"), 0.95, "date_of_birth"))
        for m in BIRTHDAY_NEAR.finditer(text):
            # "Happy birthday to me 🎂 3rd June 1985": a birthday with its year is a date of birth.
            if any(m.group(g) for g in ("y1", "y2", "y3", "y4")):
                out.append(self.span(CATEGORY, m.start("date"), m.end("date"), 0.7, "date_of_birth"))
        for m in FULL_DATE.finditer(text):
            a, b = max(0, m.start() - 80), min(len(text), m.end() + 80)
            if BIRTH_TALK.search(text, a, b) and not any(sp.start <= m.start() < sp.end for sp in out):
                out.append(self.span(CATEGORY, m.start(), m.end(), 0.7, "date_of_birth"))
        for m in AGE_ON_DATE.finditer(text):
            # "turns 8 on 12 May 2026" gives the birth date away; without a year it does not.
            if any(m.group(g) for g in ("y1", "y2", "y3", "y4")):
                out.append(self.span(CATEGORY, m.start("date"), m.end("date"), 0.7, "date_of_birth"))
        return out


# --------------------------------------------------------------------------------------------
# Social handles
# --------------------------------------------------------------------------------------------
PLACEHOLDER_HANDLES = frozenset({"user", "url", "username", "handle", "mention", "name", "someone", "here",
                                 "everyone", "all", "channel"})
# Organisations' accounts: mentioning them is not anyone's personal detail.
ORG_HANDLES = frozenset("""
bbc bbcnews bbcbreaking bbcsport bbcbitesize bbcworld cbeebieshq cbbc nhs nhsengland nhsuk ofstednews
ofsted educationgovuk dfe govuk gov_uk ukhomeoffice metpoliceuk youtube twitter x instagram facebook
tiktok meta google microsoft apple amazon unicef unicef_uk nspcc barnardos childline savethechildren
savechildrenuk skynews itvnews guardian telegraph tes schoolsweek neu_uk naht_news nasuwt unison oxfam
britishredcross redcross rspca_official rspb wwf wwfuk comicrelief bbccin sportengland youthsporttrust
nationaltrust lego cbeebies premierleague englandfootball fa englandrugby teamgb parentzone ceop
thinkuknow internetmatters ukgovdigital
""".split())
MENTION = re.compile(r"(?<![\w@./:+\-])@(?P<h>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\w@])")
PROFILE_URL = re.compile(
    r"(?:https?://)?(?:www\.|m\.)?(?P<site>instagram\.com|facebook\.com|fb\.com|tiktok\.com|twitter\.com|x\.com"
    r"|snapchat\.com/add|linkedin\.com/in|youtube\.com|threads\.net)/@?(?P<h>[A-Za-z0-9_.\-]{2,60})"
    r"(?:/?\?id=\d+)?", re.IGNORECASE)
NOT_PROFILE = frozenset({"p", "reel", "reels", "explore", "events", "groups", "watch", "hashtag", "share", "i",
                         "intent", "home", "login", "search", "stories", "channel", "c", "playlist", "shorts",
                         "tv", "help", "about", "legal", "privacy", "settings", "photo", "photos", "videos",
                         "pages", "marketplace", "gaming", "feed", "results", "embed", "sharer"})
_PLATFORM = r"(?:snap(?:chat)?|insta(?:gram)?|ig|tik\s?tok|twitter|x|fb|facebook|discord|kik|telegram|threads)"
SAID_HANDLE = re.compile(
    rf"\b(?:(?:add|follow|find|message|dm|hit)\s+me\s+(?:up\s+)?on\s+{_PLATFORM}"
    rf"|my\s+{_PLATFORM}(?:\s+(?:name|handle|username|user\s?name|id))?(?:\s+is)?"
    rf"|{_PLATFORM}(?:\s+(?:name|handle|username|id))?\s*(?=:)"
    rf"|{_PLATFORM}\b[^.\n]{{0,20}}?\badd me\s*(?=[:\-–])"  # "I'm on snap, add me: missjones_teach"
    rf")\s*(?P<sep>[:\-–=]|\bis\b|\bit'?s\b)?\s*(?P<at>@)?(?P<h>[A-Za-z0-9_.]{{2,30}})", re.IGNORECASE)
HANDLE_CUE = re.compile(r"\b(?:add|follow|find|message|dm|snap|insta|instagram|tiktok|my)\b[^.\n]{0,20}\Z",
                        re.IGNORECASE)
STOP_HANDLES = frozenset({"if", "and", "or", "please", "pls", "plz", "now", "today", "then", "too", "as", "so",
                          "to", "for", "xx", "xxx", "private", "down", "public", "the", "a", "an", "it", "me",
                          "and", "instead", "later", "tonight", "guys", "babe", "hun", "is", "was", "account"})


class SocialHandles(_SchoolAware):
    """Personal social handles: @mentions, profile links, "add me on snap: xyz"; not the school's own accounts."""

    name = "social_handles"

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        """Spans of personal handles."""
        low = text.lower()
        if "@" not in text and ".com" not in low and ".net" not in low and not re.search(
                r"snap|insta|\big\b|tik|twitter|discord|kik|telegram|threads|\bfb\b", low):
            return []
        own = self.details(ctx)
        out: list[Span] = []
        taken: list[tuple[int, int]] = []

        def add(s: int, e: int, h: str, score: float) -> None:
            hk = h.lower().strip(".")
            if hk in own.handles or hk in PLACEHOLDER_HANDLES or hk in ORG_HANDLES:
                taken.append((s, e))
                return
            if any(a < e and s < b for a, b in taken):
                return
            taken.append((s, e))
            out.append(self.span(CATEGORY, s, e, score, "handle"))

        for m in PROFILE_URL.finditer(text):
            h = m.group("h").rstrip(".")
            if h.lower() in NOT_PROFILE or (h.lower() == "profile.php" and "id=" not in m.group()):
                taken.append(m.span())
                continue
            add(m.start(), m.start("h") + len(h) if "?id=" not in m.group() else m.end(), h, 0.9)
        for m in SAID_HANDLE.finditer(text):
            h = m.group("h").rstrip(".")
            sep = (m.group("sep") or "").lower().replace("'", "")
            explicit = sep not in ("", "is", "its") or m.group("at") or re.search(r"[\d_.]", h)
            if h.lower() in STOP_HANDLES or (not explicit and (not sep or len(h) < 4)):
                continue
            add(m.start("h") - (1 if m.group("at") else 0), m.start("h") + len(h), h, 0.9 if explicit else 0.7)
        if "@" in text:
            for m in MENTION.finditer(text):
                h = m.group("h")
                if re.fullmatch(r"\d+", h):
                    continue  # "@ 3pm", "@2" are not handles
                # A mention that addresses or names someone ("@Lisa Grant yes...", "thanks @AshworthFC")
                # is a reply, not a contact detail; one offered as a way to reach someone is.
                if HANDLE_CUE.search(text[max(0, m.start() - 30):m.start()]):
                    add(m.start(), m.end(), h, 0.9)
        return out


DETECTORS = [PhoneNumbers(), EmailAddresses(), Postcodes(), StreetAddresses(), DatesOfBirth(), SocialHandles()]
