"""Redacted text: pupils' names and personal details replaced by a plain label."""
from __future__ import annotations

from typing import Iterable

from safepost.types import Span

REDACT_CATEGORIES = {"pupil_identified", "personal_information"}
# The label that stands in for each kind of detail; unknown kinds fall back to the category's.
LABELS = {
    "pupil_identified": "[pupil]",
    "name": "[pupil]",
    "phone": "[phone]",
    "email": "[email]",
    "postcode": "[postcode]",
    "address": "[address]",
    "date_of_birth": "[date of birth]",
    "handle": "[handle]",
    "personal_information": "[personal details]",
}


def redact(text: str, spans: Iterable[Span]) -> str:
    """Replace each pupil-name or personal-detail span by its label; overlapping spans join."""
    cuts = sorted((s.start, s.end, LABELS.get(s.kind) or LABELS[s.category])
                  for s in spans
                  if s.category in REDACT_CATEGORIES and s.start is not None and s.end is not None
                  and s.image is None and s.end > s.start)
    out: list[str] = []
    pos = 0
    for start, end, label in cuts:
        if start < pos:  # overlaps the previous cut: extend it
            pos = max(pos, end)
            continue
        out.append(text[pos:start])
        out.append(label)
        pos = end
    out.append(text[pos:])
    return "".join(out)
