"""Check every item of an archive with the school's Checker, streaming: results go out as they come."""
from __future__ import annotations

import importlib
import json
import os
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Callable

from safepost.audit.archive import DEFAULT_LIMITS, MEDIA_EXT, Archive, ArchiveError, Limits, suffix
from safepost.audit.readers import Item, iter_items, scan
from safepost.types import SEVERITY_RANK, CheckResult, Post, Span, VERDICTS

if TYPE_CHECKING:
    from safepost.engine import Checker

try:
    from zoneinfo import ZoneInfo

    LOCAL_TZ: Any = ZoneInfo("Europe/London")  # the schools are English: timing rules use UK clock time
except Exception:  # pragma: no cover - a machine without time zone data
    LOCAL_TZ = timezone.utc

# Items kept in memory for the report, per verdict: beyond this they are counted, not listed (the
# JSONL has them all). Keeps memory bounded on a 50,000-post history that trips a rule every other post.
LISTED_CAP = {"escalate": 5000, "block": 5000, "review": 5000, "warn": 2000}
ACCOUNT, AUTHOR = "personal", "staff"


@dataclass
class Entry:
    """One item worth reviewing, with its check result."""

    item: Item
    result: CheckResult


@dataclass
class AuditResult:
    """Everything the reports need: counts for the whole archive and the items worth reviewing."""

    archive: str
    policy: str
    policy_name: str
    platforms: list[str] = field(default_factory=list)
    items: int = 0  # everything read
    checked: int = 0  # items with text or a photo that went through the checks
    empty: int = 0  # items with nothing to check (a post with no text and no photo that could be read)
    verdicts: Counter = field(default_factory=Counter)
    by_platform: Counter = field(default_factory=Counter)
    by_year_category: Counter = field(default_factory=Counter)  # (year or "unknown", category) -> posts
    entries: list[Entry] = field(default_factory=list)
    not_listed: int = 0  # items beyond LISTED_CAP, counted only
    listed: Counter = field(default_factory=Counter)
    errors: int = 0
    photos_checked: int = 0
    photos_missing: int = 0
    photos_unreadable: int = 0  # in the download, but the photo checks could not read them
    photos_status: str = ""  # why photos were not checked, if they were not
    notes: list[str] = field(default_factory=list)
    first: datetime | None = None
    last: datetime | None = None

    @property
    def to_review(self) -> int:
        """How many items have a verdict above allow."""
        return sum(n for v, n in self.verdicts.items() if v != "allow")

    def sorted_entries(self) -> list[Entry]:
        """Most serious first, then newest first."""
        def key(e: Entry) -> tuple[int, float]:
            ts = e.item.date.timestamp() if e.item.date else 0.0
            return (-VERDICTS.index(e.result.verdict), -ts)
        return sorted(self.entries, key=key)


def local_date(d: datetime | None) -> datetime | None:
    """The item's date on the UK clock (what the school's timetable means)."""
    return d.astimezone(LOCAL_TZ) if d is not None else None


def source_of(item: Item) -> dict[str, Any]:
    """The contract's `source` object for a JSONL line (url and visibility added when known)."""
    d = local_date(item.date)
    src: dict[str, Any] = {"platform": item.platform, "kind": item.kind}
    if d is not None:  # left out, never null, when the platform gave no date
        src["date"] = d.isoformat()
    src["path"] = item.path
    if item.url:
        src["url"] = item.url
    if item.visibility:
        src["visibility"] = item.visibility
    return src


def photo_checks_status() -> str:
    """"" when `safepost.images` can check photos, else the reason (for the report)."""
    try:
        mod = importlib.import_module("safepost.images")
    except ImportError as e:
        missing = getattr(e, "name", "") or ""
        if missing.startswith("safepost"):
            return "photo checks are not part of this installation of safepost yet"
        return f"photo checks need extra packages ({missing or e}): pip install 'safepost[images]'"
    except Exception as e:  # a broken optional module must not stop the audit
        return f"photo checks could not start ({e.__class__.__name__})"
    if not callable(getattr(mod, "check_images", None)):
        return "photo checks are not part of this installation of safepost yet"
    probe = getattr(mod, "images_available", None)
    if callable(probe):
        try:
            note = probe()
        except Exception as e:  # pragma: no cover - a broken optional part
            return f"photo checks could not start ({e.__class__.__name__})"
        if note:
            return str(note).rstrip(".")
    return ""


class _Photos:
    """Copies one photo at a time out of the archive into a private temporary folder, removed afterwards."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.names = set(archive.names())
        self._dir: str | None = None
        self._n = 0

    def copy(self, member: str) -> str | None:
        if member not in self.names or suffix(member) not in MEDIA_EXT:
            return None
        try:
            data = self.archive.read_bytes(member, image=True)
        except ArchiveError:
            return None  # an oversized or damaged photo is skipped, the text is still checked
        if self._dir is None:
            self._dir = tempfile.mkdtemp(prefix="safepost-audit-")  # mode 0700: only this user can read it
        self._n += 1
        path = os.path.join(self._dir, f"{self._n}{suffix(member)}")  # no personal name in the file name
        with open(path, "wb") as f:
            f.write(data)
        return path

    def close(self) -> None:
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None


def _location_span(item: Item, text: str) -> Span | None:
    """A geotag or photo location the platform kept with the item, as a span for the pack to judge."""
    if item.gps is None and not item.place:
        return None
    kind = "geotag" if item.place else "gps"
    start = end = None
    if item.place:
        at = text.rfind(f"At {item.place}")
        if at >= 0:
            start, end = at, at + 3 + len(item.place)
    attrs: dict[str, Any] = {"place": item.place or ""}
    if item.gps:
        attrs["latitude"], attrs["longitude"] = item.gps
    sp = Span(category="location_metadata", start=start, end=end, score=0.9, detector="audit_metadata",
              kind=kind, attrs=attrs)
    sp.evidence = text[start:end] if start is not None else (item.place or "location kept with the photo")
    return sp


def check_item(checker: "Checker", item: Item, images: tuple[str, ...] = ()) -> CheckResult:
    """Check one item as the person's own post (personal/staff), dated when it was posted."""
    channel = item.platform if item.platform in ("facebook", "instagram", "x", "linkedin") else "other"
    post = Post(text=item.text, account=ACCOUNT, author=AUTHOR, channel=channel,
                posted_at=local_date(item.date), images=images, id=item.id)
    result = checker.check(post)
    sp = _location_span(item, item.text)
    if sp is not None and not any(f.category == "location_metadata" for f in result.findings):
        f = checker.finding(sp, checker.context(post))
        if f is not None:
            result.findings.append(f)
            result.findings.sort(key=lambda f: (-SEVERITY_RANK[f.severity], f.start if f.start is not None else -1))
            top = max(SEVERITY_RANK[x.severity] for x in result.findings)
            result.verdict = "allow" if top == 0 else VERDICTS[top]
    return result


def _rename_photos(result: CheckResult, tmp: dict[str, str]) -> None:
    """Name each photo as the archive does, never by its temporary copy (which is gone by now)."""
    def fix(s: str | None) -> str | None:
        if s:
            for p, m in tmp.items():
                s = s.replace(p, m)
        return s

    for f in result.findings:
        f.image = tmp.get(f.image, f.image) if f.image else f.image
        f.message, f.evidence = fix(f.message) or "", fix(f.evidence)
    result.notes = [fix(n) or "" for n in result.notes]
    result.unchecked_images = [tmp.get(p, p) for p in result.unchecked_images]


def audit(source: "str | os.PathLike[str] | BinaryIO", checker: "Checker", jsonl: IO[str] | None = None,
          progress: Callable[[int, int], None] | None = None, limits: Limits = DEFAULT_LIMITS,
          check_photos: bool = True) -> AuditResult:
    """Read an archive (path, folder or file object), check every item, stream JSONL lines; ArchiveError if unreadable."""
    with Archive.open(source, limits) as archive:
        sc = scan(archive)
        res = AuditResult(archive=archive.label, policy=checker.pack.id, policy_name=checker.pack.name,
                          platforms=list(sc.platforms))
        res.photos_status = photo_checks_status() if check_photos else "photo checks were turned off"
        photos = _Photos(archive) if not res.photos_status else None
        base = archive.bytes_read
        try:
            for item in iter_items(archive, sc):
                _one(checker, item, res, photos, jsonl)
                if progress is not None:
                    progress(min(archive.bytes_read - base, sc.text_bytes), sc.text_bytes)
        finally:
            if photos is not None:
                photos.close()
    if res.errors:
        res.notes.append(f"{res.errors} item(s) could not be checked because of an internal error; "
                         f"please report it (the JSONL lines carry the error)")
    return res


def _one(checker: "Checker", item: Item, res: AuditResult, photos: _Photos | None, jsonl: IO[str] | None) -> None:
    res.items += 1
    res.by_platform[item.platform] += 1
    if item.date is not None:
        res.first = item.date if res.first is None or item.date < res.first else res.first
        res.last = item.date if res.last is None or item.date > res.last else res.last
    tmp: dict[str, str] = {}
    if photos is not None and not res.photos_status:
        for m in item.media:
            p = photos.copy(m)
            if p is not None:
                tmp[p] = m
            elif suffix(m) in MEDIA_EXT:
                res.photos_missing += 1
    if not item.text.strip() and not tmp and item.gps is None and not item.place:
        res.empty += 1
        return
    try:
        try:
            result = check_item(checker, item, tuple(tmp))
            unread = len(set(result.unchecked_images) & set(tmp))
            res.photos_checked += len(tmp) - unread
            res.photos_unreadable += unread
        except Exception as e:
            if not tmp:
                raise
            result = check_item(checker, item)  # raises again if the words are the trouble, not the photos
            # The photo checks failed on their own: say so once, stop them, and keep checking the words.
            res.photos_status = f"photo checks stopped with an error ({e.__class__.__name__})"
    except Exception as e:  # one odd item must not end a 50,000-item audit
        res.errors += 1
        if jsonl is not None:
            jsonl.write(json.dumps({"id": item.id, "error": f"could not check this item ({e.__class__.__name__}: "
                                    f"{str(e)[:120]})", "source": source_of(item)}, ensure_ascii=False) + "\n")
        return
    finally:
        for p in tmp:
            try:
                os.unlink(p)
            except OSError:
                pass
    if tmp:
        _rename_photos(result, tmp)
    for n in result.notes:
        if n not in res.notes and len(res.notes) < 5:  # the photo checks' own notes, once each
            res.notes.append(n)
    res.checked += 1
    res.verdicts[result.verdict] += 1
    if jsonl is not None:
        line = result.to_dict()
        line["source"] = source_of(item)
        jsonl.write(json.dumps(line, ensure_ascii=False) + "\n")
    if result.verdict == "allow":
        return
    year = str(local_date(item.date).year) if item.date else "unknown"
    for cat in sorted({f.category for f in result.findings if f.severity != "info"}):
        res.by_year_category[(year, cat)] += 1
    if res.listed[result.verdict] >= LISTED_CAP.get(result.verdict, 0):
        res.not_listed += 1
        return
    res.listed[result.verdict] += 1
    # Keep what the report shows; the detectors' raw spans and the redacted copy are not needed again.
    if hasattr(result, "spans"):
        result.spans = []
    result.redacted_text = None
    res.entries.append(Entry(item, result))
