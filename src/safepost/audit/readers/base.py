"""The reader interface: one small class per platform, recognising its files by content and yielding Items."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, ClassVar, Iterator

from safepost.audit.archive import Archive, ArchiveError

try:  # streaming JSON keeps memory flat on a 500 MB export; without it one file is loaded whole
    import ijson  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover - ijson is a core dependency, this is only a fallback
    ijson = None

# Without ijson a file is parsed whole, so it gets a smaller ceiling.
FALLBACK_JSON_LIMIT = 256 << 20


@dataclass
class Item:
    """One thing the person put on a platform: a post, comment, caption, story, tweet or share."""

    platform: str  # facebook, instagram, x, linkedin
    kind: str  # post, comment, caption, story, reel, retweet, reply, share, group_post, video
    text: str
    date: datetime | None  # timezone-aware (UTC as the platform gives it), None when unknown
    path: str  # the file inside the archive that holds it
    media: tuple[str, ...] = ()  # members of the archive (photos, videos) attached to it
    visibility: str | None = None  # public, friends, friends_of_friends, only_me, connections, …
    url: str | None = None  # where to find it online, when the export says
    place: str | None = None  # a check-in or location name attached by the platform
    gps: tuple[float, float] | None = None  # coordinates the platform kept for it (check-in, photo EXIF)
    id: str | None = None  # stable id for the JSONL line
    extra: dict[str, Any] = field(default_factory=dict)


def fix_mojibake(s: Any) -> str:
    """Undo Meta's export encoding: UTF-8 bytes written as \\u00XX escapes ("cafÃ©" -> "café")."""
    if not isinstance(s, str):
        return "" if s is None else str(s)
    if s.isascii():
        return s
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s  # already proper text (characters above U+00FF, or real Latin-1)


def from_unix(ts: Any) -> datetime | None:
    """A Unix timestamp (seconds, maybe a string or float) as an aware UTC datetime; None if absent or absurd."""
    try:
        v = float(ts)
    except (TypeError, ValueError):
        return None
    if v > 1e11:  # milliseconds
        v /= 1000.0
    if not 0 < v < 4102444800:  # before 2100
        return None
    return datetime.fromtimestamp(v, tz=timezone.utc)


_KEY = re.compile(rb'"([^"\\]{1,40})"\s*:')


def json_shape(head: bytes) -> tuple[str, set[str]] | None:
    """('[' or '{', the object keys seen) for the start of a JSON document, or None if it is not JSON."""
    h = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not h or h[:1] not in (b"[", b"{"):
        return None
    return h[:1].decode(), {k.decode("utf-8", "replace") for k in _KEY.findall(h)}


class _Prefixed:
    """A stream that first returns `head`, then the rest of `raw` (to skip X's `window.YTD… =`)."""

    def __init__(self, head: bytes, raw: Any) -> None:
        self._head, self._raw = head, raw

    def read(self, n: int = -1) -> bytes:
        if self._head:
            if n is None or n < 0:
                out, self._head = self._head + self._raw.read(), b""
                return out
            out, self._head = self._head[:n], self._head[n:]
            return out
        return self._raw.read(n)


def iter_json(archive: Archive, name: str, prefix: str = "item", skip_to: bytes | None = None) -> Iterator[Any]:
    """Stream the objects at `prefix` (ijson syntax: "item", "comments_v2.item") from one member.

    `skip_to` drops everything before the first occurrence of that byte (X's JS wrapper).
    """
    with archive.open_member(name) as raw:
        stream: Any = raw
        if skip_to is not None:
            start = raw.read(4096)
            at = start.find(skip_to)
            if at < 0:
                raise ArchiveError(f"{name} inside the archive is not in the expected format (no data found)")
            stream = _Prefixed(start[at:], raw)
        if ijson is not None:
            try:
                yield from ijson.items(stream, prefix, use_float=True)
            except ijson.JSONError as e:
                raise ArchiveError(f"{name} inside the archive is not valid JSON ({str(e)[:60]}); "
                                   f"the download may be incomplete: download it again") from None
            return
        chunks, size = [], 0
        while size <= FALLBACK_JSON_LIMIT:
            chunk = stream.read(1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > FALLBACK_JSON_LIMIT:
            raise ArchiveError(f"{name} is too large to read without the ijson package; pip install ijson")
        try:
            doc = json.loads(b"".join(chunks).decode("utf-8-sig"))
        except (ValueError, UnicodeDecodeError):
            raise ArchiveError(f"{name} inside the archive is not valid JSON; the download may be incomplete: "
                               f"download it again") from None
        *path, last = prefix.split(".")
        node: Any = doc
        for part in path + ([] if last == "item" else [last]):
            node = node.get(part) if isinstance(node, dict) else None
        if last == "item":
            yield from (node if isinstance(node, list) else [])
        elif node is not None:
            yield node


class Reader:
    """A platform's export reader: `classify` a member from its first bytes, then `read` its items."""

    platform: ClassVar[str] = ""
    label: ClassVar[str] = ""  # how people call the platform
    index: "MediaIndex | None" = None  # the archive's media, indexed on the first read (see media_index)

    def classify(self, name: str, head: bytes) -> str | None:
        """The role of this member ("posts", "comments", …) judged from its content, or None."""
        raise NotImplementedError

    def read(self, archive: Archive, name: str, role: str) -> Iterator[Item]:
        """Every item in one member of the given role, lazily."""
        raise NotImplementedError

    def media_index(self, archive: Archive) -> "MediaIndex":
        """The index of the archive's members that media references point to, made once per reader."""
        if self.index is None:
            self.index = MediaIndex(archive.names())
        return self.index


def as_list(v: Any) -> list[Any]:
    """`v` if it is a list, else an empty list (exports leave keys out, or use null)."""
    return v if isinstance(v, list) else []


def as_dict(v: Any) -> dict[str, Any]:
    """`v` if it is a dict, else an empty dict."""
    return v if isinstance(v, dict) else {}


def exif_gps(media: Any) -> tuple[float, float] | None:
    """Latitude/longitude from a Meta media entry's `media_metadata` (photo or video EXIF), if any."""
    meta = as_dict(as_dict(media).get("media_metadata"))
    for part in ("photo_metadata", "video_metadata"):
        for ex in as_list(as_dict(meta.get(part)).get("exif_data")):
            ex = as_dict(ex)
            lat, lon = ex.get("latitude"), ex.get("longitude")
            if isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and (lat or lon):
                return float(lat), float(lon)
    return None


class MediaIndex:
    """Finds the archive member a platform's media reference points to (exports may sit under a top folder)."""

    def __init__(self, names: list[str]) -> None:
        self._names = set(names)
        self._prefixes = sorted({n.split("/", 1)[0] + "/" for n in names if "/" in n})
        self._by_tweet: dict[str, list[str]] | None = None
        self._all = names

    def resolve(self, uri: Any) -> str | None:
        """The member for a Meta `uri` ("your_activity_across_facebook/posts/media/…/1.jpg"), or None."""
        if not isinstance(uri, str) or not uri or "://" in uri:
            return None
        u = uri.lstrip("/")
        if u in self._names:
            return u
        for p in self._prefixes:
            if p + u in self._names:
                return p + u
        return None

    def member(self, uri: Any) -> str:
        """The member for a Meta `uri`, else the uri itself as text ("" when there is none)."""
        return self.resolve(uri) or fix_mojibake(uri)

    def tweet_media(self, tweet_id: str) -> list[str]:
        """X keeps a tweet's photos as `tweets_media/<tweet id>-<name>`."""
        if self._by_tweet is None:
            self._by_tweet = {}
            for n in self._all:
                base = n.rsplit("/", 1)[-1]
                m = re.match(r"(\d{6,25})-", base)
                if m and "media" in n.lower():
                    self._by_tweet.setdefault(m.group(1), []).append(n)
        return sorted(self._by_tweet.get(tweet_id, []))
