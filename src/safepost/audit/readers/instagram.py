"""Instagram's JSON export: posts, stories, reels, archived posts and comments.

Layouts: `your_instagram_activity/content/posts_1.json` (older `content/posts_1.json`): a list of
{media: [{uri, creation_timestamp, title, media_metadata}], title, creation_timestamp} (a
single-photo post keeps its caption in media[0].title); `content/stories.json` ({ig_stories});
`content/reels.json` ({ig_reels_media}); `content/archived_posts.json` ({ig_archived_post_media});
`comments/post_comments_1.json` (a list of {string_map_data: {Comment, Media Owner, Time}}) and
`comments/reels_comments.json` ({comments_reels_comments: [...]}). Strings are mojibake-encoded UTF-8.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from safepost.audit.archive import Archive
from safepost.audit.readers.base import (
    Item, Reader, as_dict, as_list, exif_gps, fix_mojibake, from_unix, iter_json, json_shape,
)

_MEDIA_LISTS = {"ig_stories": "story", "ig_reels_media": "reel", "ig_archived_post_media": "archived_post",
                "ig_profile_picture": "profile_photo"}
_FIRST_KEY = re.compile(rb'^\s*\{\s*"([^"\\]{1,60})"\s*:')


class InstagramReader(Reader):
    platform = "instagram"
    label = "Instagram"

    def classify(self, name: str, head: bytes) -> str | None:
        shape = json_shape(head)
        if shape is None:
            return None
        opener, keys = shape
        if opener == "[":
            if "string_map_data" in keys and "Comment" in keys:
                return "comments"
            if "media" in keys and "creation_timestamp" in keys and "timestamp" not in keys:
                return "posts"
            return None
        for key, kind in _MEDIA_LISTS.items():
            if key in keys:
                return f"{kind}:{key}"
        m = _FIRST_KEY.match(head.lstrip(b"\xef\xbb\xbf"))
        if m and m.group(1).startswith(b"comments_") and "string_map_data" in keys and "Comment" in keys:
            return f"comments:{m.group(1).decode()}"
        return None

    def read(self, archive: Archive, name: str, role: str) -> Iterator[Item]:
        self.media_index(archive)
        kind, _, key = role.partition(":")
        if kind == "posts":
            for n, obj in enumerate(iter_json(archive, name, "item")):
                yield self._post(as_dict(obj), name, n, "post")
        elif kind == "comments":
            for n, obj in enumerate(iter_json(archive, name, f"{key}.item" if key else "item")):
                item = self._comment(as_dict(obj), name, n)
                if item is not None:
                    yield item
        else:
            for n, obj in enumerate(iter_json(archive, name, f"{key}.item")):
                obj = as_dict(obj)
                # Stories are one media entry each; reels and archived posts wrap theirs like posts.
                yield self._post(obj if "media" in obj else {"media": [obj]}, name, n, kind)

    def _post(self, obj: dict[str, Any], name: str, n: int, kind: str) -> Item:
        assert self.index is not None
        media = [as_dict(m) for m in as_list(obj.get("media"))]
        text = fix_mojibake(obj.get("title"))
        if not text:
            text = next((fix_mojibake(m.get("title")) for m in media if m.get("title")), "")
        date = from_unix(obj.get("creation_timestamp")) or next(
            (d for d in (from_unix(m.get("creation_timestamp")) for m in media) if d), None)
        paths = tuple(self.index.member(m.get("uri")) for m in media if m.get("uri"))
        gps = next((g for g in map(exif_gps, media) if g), None)
        return Item("instagram", kind, text, date, name, paths, gps=gps, id=f"instagram:{name}#{n}")

    def _comment(self, obj: dict[str, Any], name: str, n: int) -> Item | None:
        smd = as_dict(obj.get("string_map_data"))
        text = fix_mojibake(as_dict(smd.get("Comment")).get("value"))
        date = from_unix(as_dict(smd.get("Time")).get("timestamp"))
        owner = fix_mojibake(as_dict(smd.get("Media Owner")).get("value"))
        return Item("instagram", "comment", text, date, name, id=f"instagram:{name}#{n}",
                    extra={"on": owner} if owner else {})
