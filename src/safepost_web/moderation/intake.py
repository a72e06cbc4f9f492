"""Reading what arrives: Meta's webhook signature, the Page feed and Instagram comment payloads, and
CSV/JSON imports for platforms without webhooks. Pure functions over bytes; storing is the caller's job."""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import hmac
import io
import json
from dataclasses import dataclass

MAX_BODY = 1024 * 1024  # Meta's deliveries are a few KB; anything over 1 MB is refused unread
KEPT_HEADERS = ("Content-Type", "Content-Length", "User-Agent", "X-Hub-Signature-256", "X-Hub-Signature")


class BadPayload(Exception):
    """The body cannot be read as comments; retrying will not help."""


def signature_ok(secret: str, body: bytes, header: str | None) -> bool:
    """True when `header` is 'sha256=<hex>' of HMAC-SHA256(secret, raw body), compared in constant time."""
    if not secret or not header or not header.startswith("sha256="):
        return False
    expected = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    # As bytes: compare_digest refuses non-ASCII str, and a forged header may hold anything.
    return hmac.compare_digest(expected.encode(), header[len("sha256="):].strip().lower().encode("utf-8", "replace"))


def sign(secret: str, body: bytes) -> str:
    """The X-Hub-Signature-256 header value Meta would send (tests, the demo replay)."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


@dataclass
class Incoming:
    """One comment as read from a delivery or import."""

    comment_id: str
    page_id: str = ""
    post_id: str = ""
    author_id: str = ""
    author_name: str = ""
    text: str = ""
    posted_at: dt.datetime | None = None
    link: str = ""
    verb: str = "add"  # add | edited | remove


def _when(v) -> dt.datetime | None:
    if v in (None, ""):
        return None
    try:
        if isinstance(v, (int, float)) or str(v).isdigit():
            return dt.datetime.fromtimestamp(int(v), tz=dt.timezone.utc)
        s = str(v).replace("Z", "+00:00")
        if len(s) >= 5 and s[-5] in "+-" and s[-3] != ":":  # Graph's 2026-11-20T10:00:00+0000
            s = s[:-2] + ":" + s[-2:]
        d = dt.datetime.fromisoformat(s)
        return d if d.tzinfo else d.replace(tzinfo=dt.timezone.utc)
    except (ValueError, OverflowError, OSError):
        return None


def parse_json(body: bytes):
    """The body as JSON; BadPayload when it is not."""
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        raise BadPayload(f"the body is not readable JSON ({type(e).__name__})") from None


def page_ids(doc) -> set[str]:
    """The page (or Instagram account) ids a delivery is for."""
    if not isinstance(doc, dict) or not isinstance(doc.get("entry"), list):
        raise BadPayload("the body is JSON but not a Meta webhook delivery (no 'entry' list)")
    return {str(e.get("id", "")) for e in doc["entry"] if isinstance(e, dict)}


def comments_from_meta(platform: str, doc) -> list[Incoming]:
    """The comments in a Facebook Page 'feed' or Instagram 'comments' delivery (other changes are skipped)."""
    page_ids(doc)  # shape check
    out = []
    for entry in doc["entry"]:
        if not isinstance(entry, dict):
            continue
        page = str(entry.get("id", ""))
        for ch in entry.get("changes") or []:
            if not isinstance(ch, dict) or not isinstance(ch.get("value"), dict):
                continue
            v, who = ch["value"], ch["value"].get("from") or {}
            if not isinstance(who, dict):
                who = {}
            if platform == "facebook" and ch.get("field") == "feed" and v.get("item") == "comment":
                cid, post = str(v.get("comment_id") or ""), str(v.get("post_id") or "")
                link = f"https://www.facebook.com/{post}?comment_id={cid}" if post and cid else ""
                out.append(Incoming(cid, page, post, str(who.get("id") or ""), str(who.get("name") or ""),
                                    str(v.get("message") or ""), _when(v.get("created_time")), link,
                                    str(v.get("verb") or "add")))
            elif platform == "instagram" and ch.get("field") in ("comments", "live_comments"):
                media = v.get("media") if isinstance(v.get("media"), dict) else {}
                out.append(Incoming(str(v.get("id") or ""), page, str(media.get("id") or ""),
                                    str(who.get("id") or ""), str(who.get("username") or ""), str(v.get("text") or ""),
                                    _when(entry.get("time")), ""))
    return [c for c in out if c.comment_id]


IMPORT_FIELDS = ("comment_id", "author_id", "author_name", "text", "posted_at", "link", "post_id", "page_id")


def comments_from_import(body: bytes, filename: str) -> list[Incoming]:
    """Comments from a CSV (header row with comment_id, author_id, author_name, text...) or a JSON list."""
    name = filename.lower()
    if name.endswith(".json"):
        rows = parse_json(body)
        if isinstance(rows, dict) and isinstance(rows.get("comments"), list):
            rows = rows["comments"]
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise BadPayload("the JSON file should be a list of comments, each with comment_id and text")
    else:
        try:
            text = body.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise BadPayload("the file is not UTF-8 text: save it as CSV UTF-8 and try again") from None
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames or "comment_id" not in reader.fieldnames or "text" not in reader.fieldnames:
            raise BadPayload("the CSV needs a header row with at least comment_id and text columns")
        rows = list(reader)
    out = []
    for i, r in enumerate(rows, 1):
        cid = str(r.get("comment_id") or "").strip()
        if not cid:
            raise BadPayload(f"row {i} has no comment_id: every comment needs the platform's id")
        out.append(Incoming(cid, str(r.get("page_id") or ""), str(r.get("post_id") or ""),
                            str(r.get("author_id") or ""), str(r.get("author_name") or ""), str(r.get("text") or ""),
                            _when(r.get("posted_at")), str(r.get("link") or "")[:1000]))
    return out
