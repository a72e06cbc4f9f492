"""X (Twitter) archive: `data/tweets.js` (older `data/tweet.js`, large ones split into `tweets-part1.js`…).

Each file is JavaScript: `window.YTD.tweets.part0 = [ {"tweet": {...}}, … ]`. A tweet has
`id_str`, `full_text` (HTML entities escaped, links shortened to t.co), `created_at`
("Wed Oct 10 20:19:24 +0000 2018"), `in_reply_to_status_id_str`/`in_reply_to_screen_name`,
`entities.urls` (t.co -> expanded_url) and `extended_entities.media`; its photos are kept
as `data/tweets_media/<tweet id>-<name>.jpg`. Retweets start "RT @name:".
"""
from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Any, Iterator

from safepost.audit.archive import Archive
from safepost.audit.readers.base import Item, Reader, as_dict, as_list, iter_json

_YTD = re.compile(rb"^\s*window\.YTD\.([A-Za-z0-9_]+)\.part(\d+)\s*=\s*")
_TWEET_FILES = {"tweets", "tweet", "community_tweet"}


def parse_created_at(s: Any) -> datetime | None:
    """X's "Wed Oct 10 20:19:24 +0000 2018" (or ISO 8601 in newer files) as an aware datetime."""
    if not isinstance(s, str):
        return None
    for fmt in ("%a %b %d %H:%M:%S %z %Y",):
        try:
            return datetime.strptime(s, fmt)
        except ValueError:
            pass
    try:
        d = datetime.fromisoformat(s.replace("Z", "+00:00"))
        return d if d.tzinfo else None
    except ValueError:
        return None


class XReader(Reader):
    platform = "x"
    label = "X (Twitter)"

    def classify(self, name: str, head: bytes) -> str | None:
        m = _YTD.match(head.lstrip(b"\xef\xbb\xbf"))
        if not m:
            return None
        # Every other part of an X archive (account, likes, DMs…) marks the archive as X, but is not read.
        return "tweets" if m.group(1).decode() in _TWEET_FILES else "other"

    def read(self, archive: Archive, name: str, role: str) -> Iterator[Item]:
        if role != "tweets":
            return
        self.media_index(archive)
        for n, obj in enumerate(iter_json(archive, name, "item", skip_to=b"[")):
            obj = as_dict(obj)
            tw = as_dict(obj.get("tweet")) or obj
            yield self._tweet(tw, name, n)

    def _tweet(self, tw: dict[str, Any], name: str, n: int) -> Item:
        assert self.index is not None
        tid = str(tw.get("id_str") or tw.get("id") or "")
        text = str(tw.get("full_text") or tw.get("text") or "")
        ents, ext = as_dict(tw.get("entities")), as_dict(tw.get("extended_entities"))
        for u in map(as_dict, as_list(ents.get("urls"))):
            if u.get("url") and u.get("expanded_url"):
                text = text.replace(str(u["url"]), str(u["expanded_url"]))
        for m in map(as_dict, as_list(ext.get("media")) or as_list(ents.get("media"))):
            if m.get("url"):  # the t.co link X appends for the photo itself
                text = text.replace(str(m["url"]), "")
        text = html.unescape(text).strip()
        if text.startswith("RT @"):
            kind = "retweet"
        elif tw.get("in_reply_to_status_id_str") or tw.get("in_reply_to_status_id") or tw.get("in_reply_to_screen_name"):
            kind = "reply"
        else:
            kind = "post"
        media = tuple(self.index.tweet_media(tid)) if tid else ()
        extra = {"reply_to": tw.get("in_reply_to_screen_name")} if kind == "reply" else {}
        return Item("x", kind, text, parse_created_at(tw.get("created_at")), name, media, visibility="public",
                    url=f"https://x.com/i/web/status/{tid}" if tid else None, id=f"x:{tid or n}", extra=extra)
