"""Evidence files on disk: in a private folder (EVIDENCE_ROOT), never under a URL, named by their SHA-256.

Uploads are first written to a holding file while they are hashed and their type is sniffed; only when
every file in a request is acceptable are they kept, so a refused upload leaves nothing behind.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from safepost import evidence as ev

HEAD = 4096


def evidence_root() -> Path:
    """The private folder evidence lives in (settings.EVIDENCE_ROOT; outside static and media)."""
    root = getattr(settings, "EVIDENCE_ROOT", None) or Path(settings.DATA_DIR) / "evidence"
    return Path(root)


@dataclass
class Prepared:
    name: str
    temp: str
    sha256: str
    size: int
    content_type: str


def prepare(files) -> tuple[list[Prepared], list[str]]:
    """Hash and sniff every upload; (accepted files, plain-English problems). On any problem nothing is kept."""
    hold = evidence_root() / "incoming"
    hold.mkdir(parents=True, exist_ok=True)
    out, problems = [], []
    for i, up in enumerate(files):
        name = os.path.basename(getattr(up, "name", "") or "") or f"file-{i + 1}"
        fd, temp = tempfile.mkstemp(dir=hold)
        h, size, head = hashlib.sha256(), 0, b""
        with os.fdopen(fd, "wb") as fh:
            for chunk in up.chunks():
                if len(head) < HEAD:
                    head += chunk[:HEAD - len(head)]
                h.update(chunk)
                size += len(chunk)
                fh.write(chunk)
        why = "" if size else f"{name} is empty, so it was not kept. Nothing was saved."
        why = why or ev.refusal(name, head)
        if why:
            problems.append(why)
            os.unlink(temp)
            continue
        out.append(Prepared(name=name[:255], temp=temp, sha256=h.hexdigest(), size=size,
                            content_type=ev.sniff_type(head) or "application/octet-stream"))
    if problems:
        discard(out)
        return [], problems
    return out, []


def discard(prepared) -> None:
    """Remove holding files that will not be kept."""
    for p in prepared:
        try:
            os.unlink(p.temp)
        except FileNotFoundError:
            pass


def keep(school, p: Prepared) -> str:
    """Move a prepared file to its place (school/aa/sha256); an identical file already there is left as it is."""
    rel = f"{school.pk}/{p.sha256[:2]}/{p.sha256}"
    dest = evidence_root() / rel
    dest.parent.mkdir(parents=True, exist_ok=True)
    if dest.exists():
        os.unlink(p.temp)  # the same bytes are already kept: never overwrite evidence
    else:
        os.replace(p.temp, dest)
        os.chmod(dest, 0o440)
    return rel
