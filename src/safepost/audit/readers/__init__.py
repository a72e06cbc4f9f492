"""Recognise which platform an archive comes from, file by file, from the files' contents.

To add a platform: write a module here with a `Reader` subclass (`classify` a member from its
first bytes, `read` it into `Item`s) and list an instance in `readers()`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from safepost.audit.archive import HTML_EXT, SKIP_EXT, Archive, ArchiveError, iter_members, suffix
from safepost.audit.readers.base import Item, Reader
from safepost.audit.readers.facebook import FacebookReader
from safepost.audit.readers.instagram import InstagramReader
from safepost.audit.readers.linkedin import LinkedInReader
from safepost.audit.readers.x import XReader

HEAD_BYTES = 16384
PLATFORM_LABELS = {"facebook": "Facebook", "instagram": "Instagram", "x": "X (Twitter)", "linkedin": "LinkedIn"}


def readers() -> list[Reader]:
    """A fresh reader per platform (readers cache an index of the archive they read)."""
    # X and LinkedIn first: their markers are unambiguous; Facebook before Instagram (same family of JSON).
    return [XReader(), LinkedInReader(), FacebookReader(), InstagramReader()]


@dataclass
class Scan:
    """What an archive holds: the members safepost will read, by platform and role."""

    files: list[tuple[str, Reader, str]] = field(default_factory=list)  # (member, reader, role)
    platforms: list[str] = field(default_factory=list)
    html_files: int = 0
    zip_files: int = 0
    members: int = 0
    text_bytes: int = 0  # uncompressed size of the members to read (for the progress bar)


def scan(archive: Archive) -> Scan:
    """Classify every member by its first bytes; ArchiveError when nothing is from a known platform."""
    out = Scan()
    rs = readers()
    for name in iter_members(archive):
        out.members += 1
        ext = suffix(name)
        if ext in HTML_EXT:
            out.html_files += 1
            continue
        if ext == ".zip":
            out.zip_files += 1
            continue
        if ext in SKIP_EXT or archive.size(name) == 0:
            continue
        head = archive.head(name, HEAD_BYTES)
        for r in rs:
            role = r.classify(name, head)
            if role is not None:
                if r.platform not in out.platforms:
                    out.platforms.append(r.platform)
                out.files.append((name, r, role))
                out.text_bytes += archive.size(name)
                break
    if not out.platforms:
        raise ArchiveError(unknown_message(archive, out))
    return out


def unknown_message(archive: Archive, s: Scan) -> str:
    """The one line that says why nothing could be read, and what to do."""
    if s.members == 0:
        return f"{archive.label}: the archive is empty; download your information again"
    if s.zip_files:
        return (f"{archive.label}: holds {s.zip_files} other zip file(s) inside; unpack it and run the audit on "
                f"each inner zip (a long history often comes in several parts)")
    if s.html_files:
        return (f"{archive.label}: this is the HTML version of a download; safepost reads the JSON version: "
                f"request your information again and choose the JSON format (see docs/audit.md)")
    return (f"{archive.label}: not a Facebook, Instagram, X or LinkedIn download that safepost recognises "
            f"({s.members} files, none in those platforms' formats); see docs/audit.md for how to download it")


def iter_items(archive: Archive, s: Scan) -> Iterator[Item]:
    """Every item of every recognised member, lazily, in a stable order."""
    for name, reader, role in s.files:
        yield from reader.read(archive, name, role)


__all__ = ["Item", "PLATFORM_LABELS", "Reader", "Scan", "iter_items", "readers", "scan"]
