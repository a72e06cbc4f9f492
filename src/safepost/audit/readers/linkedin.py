"""LinkedIn's data export (CSV): `Shares.csv` (your posts) and `Comments.csv` (your comments).

Shares.csv: `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility`; Comments.csv:
`Date,Link,Message`. Dates are UTC ("2023-05-10 14:22:11"). Text fields are quoted and may run
over several lines; some exports escape quotes as \\" instead of "".
"""
from __future__ import annotations

import csv
import io
from datetime import datetime, timezone
from typing import Any, Iterator

from safepost.audit.archive import Archive, ArchiveError
from safepost.audit.readers.base import Item, Reader

_ROLES = (
    ("shares", {"date", "sharelink", "sharecommentary"}),
    ("comments", {"date", "link", "message"}),
)
_VISIBILITY = {
    "PUBLIC": "public", "ANYONE": "public", "MEMBER_NETWORK": "public",
    "CONNECTIONS": "connections", "CONNECTIONS_ONLY": "connections", "GROUP": "group",
    "LOGGED_IN": "public", "CONTAINER": "group",
}


def _norm(h: str) -> str:
    return h.strip().strip('"').lstrip("\ufeff").replace(" ", "").replace("_", "").lower()


def parse_date(s: Any) -> datetime | None:
    """LinkedIn's "2023-05-10 14:22:11" (UTC) or ISO 8601, as an aware datetime."""
    if not isinstance(s, str) or not s.strip():
        return None
    s = s.strip()
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%m/%d/%y, %I:%M %p", "%d %b %Y"):
        try:
            return datetime.strptime(s, fmt).replace(tzinfo=timezone.utc)
        except ValueError:
            pass
    try:
        d = datetime.fromisoformat(s.replace("Z", "+00:00"))
        return d if d.tzinfo else d.replace(tzinfo=timezone.utc)
    except ValueError:
        return None


class LinkedInReader(Reader):
    platform = "linkedin"
    label = "LinkedIn"

    def classify(self, name: str, head: bytes) -> str | None:
        text = head.decode("utf-8", "replace").lstrip("\ufeff")
        first = text.split("\n", 1)[0]
        if not first or first.lstrip()[:1] in ("{", "[", "<"):
            return None
        cols = {_norm(c) for c in first.split(",")}
        for role, needed in _ROLES:
            if needed <= cols:
                return role + (":bs" if b'\\"' in head else "")
        return None

    def read(self, archive: Archive, name: str, role: str) -> Iterator[Item]:
        role, _, esc = role.partition(":")
        with archive.open_member(name) as raw:
            stream = io.TextIOWrapper(io.BufferedReader(raw), encoding="utf-8-sig", errors="replace", newline="")  # type: ignore[arg-type]
            reader = csv.reader(stream, escapechar="\\" if esc else None, doublequote=True, strict=False)
            try:
                header = [_norm(h) for h in next(reader, [])]
                col = {h: i for i, h in enumerate(header)}
                for n, row in enumerate(reader):
                    if not any(c.strip() for c in row):
                        continue
                    yield self._row(role, row, col, name, n)
            except csv.Error as e:
                raise ArchiveError(f"{name} inside the archive is not a readable CSV file ({e}); "
                                   f"download your LinkedIn data again") from None

    def _row(self, role: str, row: list[str], col: dict[str, int], name: str, n: int) -> Item:
        def get(c: str) -> str:
            i = col.get(c)
            return row[i] if i is not None and i < len(row) else ""

        date = parse_date(get("date"))
        if role == "shares":
            text = get("sharecommentary").strip()
            shared = get("sharedurl").strip()
            if shared:
                text += ("\n" if text else "") + shared
            vis_raw = get("visibility").strip().upper()
            vis = _VISIBILITY.get(vis_raw, vis_raw.lower() or "public")
            media = get("mediaurl").strip()
            return Item("linkedin", "post", text, date, name, visibility=vis, url=get("sharelink").strip() or None,
                        id=f"linkedin:{name}#{n}", extra={"media_url": media} if media else {})
        return Item("linkedin", "comment", get("message").strip(), date, name, visibility="public",
                    url=get("link").strip() or None, id=f"linkedin:{name}#{n}")
