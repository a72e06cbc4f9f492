"""Turning a CheckResult into what the page shows: marked text, boxes on photos, plain clauses."""
from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field

from safepost import CheckResult, Pack
from safepost.types import SEVERITY_RANK

SEVERITY_WORDS = {
    "info": "Noted", "warn": "Take care", "review": "Ask first", "block": "Not allowed", "escalate": "Report it",
}
VERDICT_WORDS = {
    "allow": "Fine to post.",
    "warn": "You can post, but read the advice below.",
    "review": "Ask an authorised person before posting.",
    "block": "Do not post this as it is.",
    "escalate": "Do not post. Tell the designated safeguarding lead now.",
}


@dataclass
class Segment:
    text: str
    numbers: list[int] = field(default_factory=list)
    severity: str = ""


def segments(text: str, result: CheckResult) -> list[Segment]:
    """The text cut where findings start and end; each piece knows which findings cover it."""
    marks = [(i + 1, f) for i, f in enumerate(result.findings)
             if f.start is not None and f.end is not None and f.image is None and 0 <= f.start < f.end <= len(text)]
    cuts = sorted({0, len(text), *(f.start for _, f in marks), *(f.end for _, f in marks)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        cover = [(n, f) for n, f in marks if f.start <= a and b <= f.end]
        sev = max((f.severity for _, f in cover), key=lambda s: SEVERITY_RANK[s], default="")
        out.append(Segment(text[a:b], [n for n, _ in cover], sev))
    return out


def clause_summary(pack: Pack, title: str, rule_id: str = "") -> str:
    """The plain-English summary of the clause behind a rule (found by rule id first, then by title)."""
    for r in [*pack.rules, *pack.contact]:
        if rule_id and r.id == rule_id:
            c = pack.clause(r.clause)
            if c is not None:
                return c.summary
    for c in pack.clauses:
        if title in (c.title, c.id):
            return c.summary
    return ""


def finding_rows(pack: Pack, result: CheckResult) -> list[dict]:
    return [{"n": i + 1, "f": f, "severity_word": SEVERITY_WORDS.get(f.severity, f.severity),
             "summary": clause_summary(pack, f.clause, f.rule), "photo": photo_name(f.image)}
            for i, f in enumerate(result.findings)]


def photo_name(path: str | None) -> str:
    """The name the member of staff gave the photo (uploads are saved as '<n>-<name>')."""
    import os

    return os.path.basename(path).split("-", 1)[-1] if path else ""


def preview_uri(path: str, max_side: int = 900) -> tuple[str, tuple[int, int]]:
    """A small JPEG data URI of a photo for the page, and the photo's full size (for placing boxes)."""
    from PIL import Image, ImageOps

    with Image.open(path) as im:
        im = ImageOps.exif_transpose(im)
        size = im.size
        im = im.convert("RGB")
        im.thumbnail((max_side, max_side))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=80)
    return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode(), size


def file_uri(path: str, mime: str = "image/jpeg") -> str:
    with open(path, "rb") as fh:
        return f"data:{mime};base64," + base64.b64encode(fh.read()).decode()


def boxes(result: CheckResult, image: str, size: tuple[int, int]) -> list[dict]:
    """Finding boxes on one photo as percentages, so they scale with the preview."""
    w, h = size
    out = []
    for i, f in enumerate(result.findings):
        if f.image != image:
            continue
        if f.box and w and h:
            x, y, bw, bh = f.box
            out.append({"n": i + 1, "severity": f.severity, "left": 100 * x / w, "top": 100 * y / h,
                        "width": 100 * bw / w, "height": 100 * bh / h})
        else:
            out.append({"n": i + 1, "severity": f.severity, "whole": True})
    return out
