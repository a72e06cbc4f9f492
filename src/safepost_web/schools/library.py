"""The bridge to the checking library: a school's rows become the library's Pack, School, Roster and Checker."""
from __future__ import annotations

import tempfile
import threading
from pathlib import Path

import safepost
from safepost import Checker, Pack, Roster, load_pack
from safepost.context import Pupil as LibPupil
from safepost.packs import PackError, builtin_ids, load_pack_file
from safepost.types import SafepostError

from safepost_web.schools.models import School

_CACHE: dict[int, tuple[tuple, Checker]] = {}
_PACKS: dict[int, tuple[tuple, Pack]] = {}
_LOCK = threading.Lock()


def _version(school: School) -> tuple:
    # `created` too: a recreated school may reuse a deleted one's id (and its version number).
    return (school.config_version, school.created)


def clear_caches() -> None:
    """Forget every cached pack and checker (tests; a changed built-in pack on disk)."""
    with _LOCK:
        _CACHE.clear()
        _PACKS.clear()


def available_packs() -> list[str]:
    """The built-in pack ids this installation ships."""
    return builtin_ids()


def pack_from_yaml(text: str) -> Pack:
    """Validate an uploaded pack with the library's loader; PackError names the line and field."""
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "uploaded-pack.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            return load_pack_file(path)
        except PackError as e:
            # The temporary path means nothing to the school: call it what they uploaded.
            raise PackError(str(e).replace(str(path), "your pack file")) from None


def pack_for(school: School) -> Pack:
    """The school's pack with its chosen options; PackError when it has none or it cannot load.

    Cached per school and config_version (reading a pack file costs far more than a check);
    callers must not change the pack they get."""
    with _LOCK:
        hit = _PACKS.get(school.pk)
        if hit and hit[0] == _version(school):
            return hit[1]
    pack = _build_pack(school)
    with _LOCK:
        _PACKS[school.pk] = (_version(school), pack)
    return pack


def _build_pack(school: School) -> Pack:
    if school.pack_yaml:
        pack = pack_from_yaml(school.pack_yaml)
    elif school.pack_id:
        pack = load_pack(school.pack_id).model_copy(deep=True)  # load_pack is cached: never mutate it
    else:
        raise PackError("This school has not chosen its policy pack yet. A school administrator can choose one "
                        "under Set-up.")
    pu = pack.settings.personal_use
    if school.personal_use and school.personal_use in pu.options:
        pu.chosen = school.personal_use
    return pack


def _ranges(s: str) -> list[str]:
    return [r.strip() for r in s.replace("\n", ",").split(",") if r.strip()]


def timetable(school_day: str, lessons: str, breaks: str, holidays: str) -> dict:
    """The library's timetable mapping from the school's fields as typed (empty ones left out)."""
    tt: dict = {}
    if school_day:
        tt["school_day"] = school_day
    for key, value in (("lessons", lessons), ("breaks", breaks), ("holidays", holidays)):
        if value:
            tt[key] = _ranges(value)
    return tt


def school_details(school: School) -> safepost.School:
    """The library's School from the school's details, accounts and approved channels."""
    tt = timetable(school.school_day, school.lessons, school.breaks, school.holidays)
    data = {
        "name": school.name, "aliases": _ranges(school.aliases), "town": school.town,
        "address": school.address, "phone": school.phone, "email_domains": _ranges(school.email_domains),
        "website": school.website, "timetable": tt,
        "official_accounts": [{"platform": a.platform, "handle": a.handle} for a in school.official_accounts.all()],
        "approved_parent_channels": [c.name for c in school.parent_channels.all()],
    }
    return safepost.School.from_dict(data, source=school.name)


def roster_for(school: School) -> Roster | None:
    """Every pupil the school has recorded, former pupils included (their names still count)."""
    pupils = [LibPupil(p.first_name, p.last_name, p.preferred_name, p.year_group, p.photo_consent, p.name_consent)
              for p in school.pupils.all()]
    return Roster(pupils=pupils, source="roster") if pupils else None


def checker_for(school: School) -> Checker:
    """A Checker for this school, rebuilt only when its pack, details or roster change."""
    with _LOCK:
        hit = _CACHE.get(school.pk)
        if hit and hit[0] == _version(school):
            return hit[1]
    checker = Checker(pack_for(school), school=school_details(school), roster=roster_for(school))
    with _LOCK:
        _CACHE[school.pk] = (_version(school), checker)
    return checker


def decide_contact(school: School, **kw):
    """The library's contact decision for this school's pack; SafepostError when it is not available."""
    try:
        from safepost.contact import decide_contact as decide  # written alongside this app; may be missing
    except ImportError:
        raise SafepostError("Contact decisions are not available on this installation yet. "
                            "Ask your designated safeguarding lead in the meantime.") from None
    return decide(pack_for(school), **kw)


__all__ = ["PackError", "SafepostError", "available_packs", "checker_for", "decide_contact", "pack_for",
           "pack_from_yaml", "roster_for", "school_details", "timetable"]
