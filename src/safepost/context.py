"""The school's own context: its details (school.yaml), its pupils (roster CSV), and a check's context."""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Callable

import yaml

from safepost.normalize import strip_accents
from safepost.packs.schema import Pack
from safepost.types import SafepostError

_TRUE = {"yes", "y", "true", "1", "t"}
_FALSE = {"no", "n", "false", "0", "f", ""}


def _norm_header(h: str) -> str:
    return re.sub(r"[\s_\-]+", "_", h.strip().lstrip("\ufeff").lower())


def _parse_bool(value: str | None, default: bool = False) -> bool | None:
    if value is None:
        return default
    v = value.strip().lower()
    if v in _TRUE:
        return True
    if v in _FALSE:
        return False if v else default
    return None


def _cell_reader(row: list[str], idx: dict[str, int]):
    """get(column) -> the stripped cell of `row`, or '' when the column or cell is missing."""
    def get(col: str) -> str:
        i = idx.get(col)
        return row[i].strip() if i is not None and i < len(row) else ""
    return get


@dataclass(frozen=True)
class Pupil:
    first_name: str
    last_name: str
    preferred_name: str = ""
    year_group: str = ""
    photo_consent: bool = False
    name_consent: bool = False

    @property
    def display(self) -> str:
        return f"{self.preferred_name or self.first_name} {self.last_name}".strip()

    @property
    def given_names(self) -> tuple[str, ...]:
        names = [self.first_name]
        if self.preferred_name and self.preferred_name.lower() != self.first_name.lower():
            names.append(self.preferred_name)
        return tuple(n for n in names if n)


@dataclass
class Roster:
    pupils: list[Pupil]
    source: str = ""
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_csv(cls, path: str | Path) -> "Roster":
        """Read a roster CSV (UTF-8 with or without BOM, or Windows-1252); SafepostError on a bad file."""
        path = Path(path)
        try:
            raw = path.read_bytes()
        except OSError as e:
            raise SafepostError(f"roster {path}: cannot read it ({e.strerror or e.__class__.__name__})") from None
        return cls.from_bytes(raw, source=str(path))

    @classmethod
    def from_bytes(cls, raw: bytes, source: str = "roster") -> "Roster":
        if b"\x00" in raw:
            raise SafepostError(f"{source}: this is not a CSV text file (it contains NUL bytes)")
        if raw.startswith(b"\xef\xbb\xbf"):  # a BOM, even in front of Windows-1252 text (seen from Excel)
            raw = raw[3:]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
        text = text.lstrip("\ufeff")
        if not text.strip():
            raise SafepostError(f"{source}: the roster is empty (it needs a header row with first_name and last_name)")
        reader = csv.reader(io.StringIO(text))
        try:
            rows = list(reader)
        except csv.Error as e:
            raise SafepostError(f"{source}: not a readable CSV file ({e})") from None
        header = [_norm_header(h) for h in rows[0]]
        missing = [c for c in ("first_name", "last_name") if c not in header]
        if missing:
            raise SafepostError(f"{source}: the roster has no {' or '.join(missing)} column "
                                f"(found: {', '.join(h for h in header if h) or 'nothing'})")
        idx = {h: i for i, h in enumerate(header)}
        pupils: list[Pupil] = []
        warnings: list[str] = []
        seen: set[tuple[str, str, str]] = set()
        for n, row in enumerate(rows[1:], start=2):
            if not any(c.strip() for c in row):
                continue
            get = _cell_reader(row, idx)
            first, last = get("first_name"), get("last_name")
            if not first or not last:
                warnings.append(f"{source}, row {n}: skipped, it has no {'first_name' if not first else 'last_name'}")
                continue
            flags = {}
            for col in ("photo_consent", "name_consent"):
                val = _parse_bool(get(col) if col in idx else None)
                if val is None:
                    warnings.append(f"{source}, row {n}: {col} {get(col)!r} is not yes/no; taken as no")
                    val = False
                flags[col] = val
            key = (first.lower(), last.lower(), get("year_group").lower())
            if key in seen:
                warnings.append(f"{source}, row {n}: {first} {last} appears twice; the first row is kept")
                continue
            seen.add(key)
            pupils.append(Pupil(first, last, get("preferred_name"), get("year_group"), **flags))
        if not pupils:
            raise SafepostError(f"{source}: the roster has a header but no pupils")
        return cls(pupils=pupils, source=source, warnings=warnings)


def _parse_range(s: str) -> tuple[time, time] | None:
    m = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*-\s*(\d{1,2})[:.](\d{2})\s*", str(s))
    if not m:
        return None
    a, b, c, d = (int(x) for x in m.groups())
    return time(a, b), time(c, d)


_DATE = r"(\d{4})-(\d{1,2})-(\d{1,2})"


def _parse_days(s: object) -> tuple[date, date] | None:
    """'2026-10-26..2026-10-30' (or 'to' between them), or one day '2026-11-30' -> (first, last) inclusive."""
    m = re.fullmatch(r"\s*" + _DATE + r"(?:\s*(?:\.\.|–|—|\bto\b)\s*" + _DATE + r")?\s*", str(s))
    if not m:
        return None
    try:
        a = date(int(m[1]), int(m[2]), int(m[3]))
        b = date(int(m[4]), int(m[5]), int(m[6])) if m[4] else a
    except ValueError:
        return None
    return (a, b) if a <= b else None


@dataclass
class Timetable:
    school_day: tuple[time, time] | None = None
    lessons: list[tuple[time, time]] = field(default_factory=list)
    breaks: list[tuple[time, time]] = field(default_factory=list)
    # Days the school is closed (half terms, holidays, training days), first and last day inclusive.
    holidays: list[tuple[date, date]] = field(default_factory=list)

    def closed_on(self, d: date) -> bool:
        return any(a <= d <= b for a, b in self.holidays)

    def in_lessons(self, t: time) -> bool:
        return any(a <= t < b for a, b in self.lessons)

    def in_breaks(self, t: time) -> bool:
        return any(a <= t < b for a, b in self.breaks)

    def in_school_day(self, t: time) -> bool:
        return self.school_day is not None and self.school_day[0] <= t < self.school_day[1]


@dataclass
class School:
    name: str
    aliases: list[str] = field(default_factory=list)
    town: str = ""
    address: str = ""
    phone: str = ""
    email_domains: list[str] = field(default_factory=list)
    website: str = ""
    official_accounts: list[dict[str, str]] = field(default_factory=list)
    approved_parent_channels: list[str] = field(default_factory=list)
    timetable: Timetable = field(default_factory=Timetable)
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]

    @classmethod
    def from_yaml(cls, path: str | Path) -> "School":
        """Read a school.yaml; SafepostError with the file and field on a bad one."""
        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
        except OSError as e:
            raise SafepostError(f"school file {path}: cannot read it ({e.strerror or e.__class__.__name__})") from None
        except (yaml.YAMLError, UnicodeDecodeError) as e:
            raise SafepostError(f"school file {path}: not valid YAML ({str(e).splitlines()[0]})") from None
        return cls.from_dict(data, source=str(path))

    @classmethod
    def from_dict(cls, data: Any, source: str = "school") -> "School":
        if not isinstance(data, dict) or not str(data.get("name") or "").strip():
            raise SafepostError(f"{source}: the school file needs at least a 'name'")

        def lst(key: str) -> list:
            v = data.get(key) or []
            if not isinstance(v, list):
                raise SafepostError(f"{source}: field {key} must be a list")
            return v

        tt = data.get("timetable") or {}
        if not isinstance(tt, dict):
            raise SafepostError(f"{source}: field timetable must be a mapping")
        ranges = {}
        for key in ("lessons", "breaks"):
            parsed = []
            for r in tt.get(key) or []:
                pr = _parse_range(r)
                if pr is None:
                    raise SafepostError(f"{source}: timetable.{key} entry {r!r} is not like '09:00-10:30'")
                parsed.append(pr)
            ranges[key] = parsed
        holidays = []
        hol = tt.get("holidays") or []
        if not isinstance(hol, list):
            raise SafepostError(f"{source}: field timetable.holidays must be a list of dates or date ranges")
        for r in hol:
            pr = _parse_days(r)
            if pr is None:
                raise SafepostError(f"{source}: timetable.holidays entry {r!r} is not a date like '2026-12-21' "
                                    "or a range like '2026-12-21..2027-01-01' (first day before last)")
            holidays.append(pr)
        day = _parse_range(tt["school_day"]) if tt.get("school_day") else None
        if tt.get("school_day") and day is None:
            raise SafepostError(f"{source}: timetable.school_day {tt['school_day']!r} is not like '08:45-15:15'")
        accounts = []
        for a in lst("official_accounts"):
            if not isinstance(a, dict):
                raise SafepostError(f"{source}: each official_accounts entry needs platform and handle")
            accounts.append({"platform": str(a.get("platform", "")), "handle": str(a.get("handle", ""))})
        return cls(
            name=str(data["name"]).strip(),
            aliases=[str(a) for a in lst("aliases")],
            town=str(data.get("town") or ""),
            address=str(data.get("address") or ""),
            phone=str(data.get("phone") or ""),
            email_domains=[str(d).lower().lstrip("@") for d in lst("email_domains")],
            website=str(data.get("website") or ""),
            official_accounts=accounts,
            approved_parent_channels=[str(c) for c in lst("approved_parent_channels")],
            timetable=Timetable(day, ranges["lessons"], ranges["breaks"], holidays),
            raw=data,
        )


def fold(s: str) -> str:
    """Lower-case and strip accents: 'Zieliński' -> 'zielinski'."""
    return strip_accents(s).lower()


@dataclass
class Context:
    """Everything a detector may look at besides the text itself."""

    pack: Pack
    account: str = "personal"
    author: str = "staff"
    channel: str | None = None
    posted_at: datetime | None = None
    school: School | None = None
    roster: Roster | None = None
    tags: tuple[str, ...] = ()
    cache: dict[str, Any] = field(default_factory=dict)  # per-check scratch space shared by detectors

    def once(self, key: str, text: str, compute: Callable[[str], Any]) -> Any:
        """`compute(text)` worked out once per check and shared by every detector that asks with `key`."""
        hit = self.cache.get(key)
        if hit is not None and hit[0] is text:
            return hit[1]
        value = compute(text)
        self.cache[key] = (text, value)
        return value

    @property
    def approved_channels(self) -> list[str]:
        extra = self.school.approved_parent_channels if self.school else []
        return [*self.pack.settings.approved_parent_channels, *extra]
