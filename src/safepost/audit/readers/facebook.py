"""Facebook's "Download your information" in JSON: posts, comments, photo albums, other photos and videos.

Layouts seen in the wild (recognised by content, so the folder names do not matter):
`your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json` and older
`posts/your_posts_1.json` (a list of {timestamp, data: [{post}], attachments, title, tags}),
`…/comments_and_reactions/comments.json` ({comments_v2: [...]}; older {comments: [...]}),
`…/posts/album/0.json` ({name, photos: [{uri, creation_timestamp, description, media_metadata}]}),
`your_uncategorized_photos.json` ({other_photos_v2}), `your_videos.json` ({videos_v2}),
`group_posts_and_comments.json` ({group_posts_v2}). Every string is mojibake-encoded UTF-8.
"""
from __future__ import annotations

from typing import Any, Iterator

from safepost.audit.archive import Archive
from safepost.audit.readers.base import (
    Item, Reader, as_dict, as_list, exif_gps, fix_mojibake, from_unix, iter_json, json_shape,
)

_DICT_ROLES = {
    "comments_v2": "comments",
    "other_photos_v2": "photos",
    "videos_v2": "videos",
    "group_posts_v2": "group_posts",
}


class FacebookReader(Reader):
    platform = "facebook"
    label = "Facebook"

    def classify(self, name: str, head: bytes) -> str | None:
        shape = json_shape(head)
        if shape is None:
            return None
        opener, keys = shape
        if "string_map_data" in keys or "string_list_data" in keys:
            return None  # Instagram's key/value layout
        if opener == "[":
            if "timestamp" in keys and keys & {"post", "attachments"} and not keys & {"reaction", "timestamp_ms"}:
                return "posts"
            return None
        for key, role in _DICT_ROLES.items():
            if key in keys:
                return f"{role}:{key}"
        if "comments" in keys and "comment" in keys and "author" in keys:
            return "comments:comments"
        if "photos" in keys and "uri" in keys and "name" in keys and "taken_at" not in keys:
            return "album"
        return None

    def read(self, archive: Archive, name: str, role: str) -> Iterator[Item]:
        self.media_index(archive)
        kind, _, key = role.partition(":")
        if kind == "posts":
            for n, obj in enumerate(iter_json(archive, name, "item")):
                yield from self._post(as_dict(obj), name, n, "post")
        elif kind == "group_posts":
            for n, obj in enumerate(iter_json(archive, name, f"{key}.item")):
                yield from self._post(as_dict(obj), name, n, "group_post")
        elif kind == "comments":
            for n, obj in enumerate(iter_json(archive, name, f"{key}.item")):
                item = self._comment(as_dict(obj), name, n)
                if item is not None:
                    yield item
        elif kind in ("photos", "videos"):
            for n, obj in enumerate(iter_json(archive, name, f"{key}.item")):
                yield self._media_item(as_dict(obj), name, n, kind[:-1])
        elif kind == "album":
            yield from self._album(archive, name)

    def _post(self, obj: dict[str, Any], name: str, n: int, kind: str) -> Iterator[Item]:
        assert self.index is not None
        texts = [fix_mojibake(d.get("post")) for d in map(as_dict, as_list(obj.get("data"))) if d.get("post")]
        text = "\n".join(t for t in texts if t)
        date = from_unix(obj.get("timestamp"))
        media: list[str] = []
        captions: list[tuple[str, str, Any]] = []
        urls: list[str] = []
        place, gps = None, None
        for att in map(as_dict, as_list(obj.get("attachments"))):
            for d in map(as_dict, as_list(att.get("data"))):
                m = as_dict(d.get("media"))
                if m:
                    path = self.index.member(m.get("uri"))
                    desc = fix_mojibake(m.get("description")).strip()
                    if desc and desc != text.strip():
                        captions.append((desc, path, m))
                    else:
                        media.append(path)
                        gps = gps or exif_gps(m)
                ext = as_dict(d.get("external_context"))
                if ext.get("url"):
                    urls.append(fix_mojibake(ext.get("url")))
                pl = as_dict(d.get("place"))
                if pl:
                    place = fix_mojibake(pl.get("name")) or place
                    co = as_dict(pl.get("coordinate"))
                    if isinstance(co.get("latitude"), (int, float)) and isinstance(co.get("longitude"), (int, float)):
                        gps = (float(co["latitude"]), float(co["longitude"]))
                if d.get("text") and not text:
                    text = fix_mojibake(d.get("text"))
        if not text and captions:
            # A photo posted with no words of its own: its caption is the post (one item, one photo check).
            desc, path, m = captions.pop(0)
            text, media = desc, [path, *media]
            gps = gps or exif_gps(m)
        # The checked text is what others see: the words, then the link and place shown with them.
        shown = text
        if urls:
            shown += ("\n" if shown else "") + "\n".join(urls)
        if place:
            shown += ("\n" if shown else "") + f"At {place}"
        tagged = [t for t in (fix_mojibake(as_dict(t).get("name") if isinstance(t, dict) else t)
                              for t in as_list(obj.get("tags"))) if t]
        if tagged:
            # Facebook shows the people tagged ("— with Sam"): a pupil tagged here is named in the post.
            shown += ("\n" if shown else "") + "with " + ", ".join(tagged)
        yield Item("facebook", kind, shown, date, name, tuple(media), url=urls[0] if urls else None,
                   place=place, gps=gps, id=f"facebook:{name}#{n}",
                   extra={"title": fix_mojibake(obj.get("title")), "tagged": tagged})
        for i, (desc, path, m) in enumerate(captions):
            yield Item("facebook", "caption", desc, from_unix(m.get("creation_timestamp")) or date, name,
                       (path,), gps=exif_gps(m), id=f"facebook:{name}#{n}.{i}")

    def _comment(self, obj: dict[str, Any], name: str, n: int) -> Item | None:
        date = from_unix(obj.get("timestamp"))
        text, group = "", ""
        for d in map(as_dict, as_list(obj.get("data"))):
            c = as_dict(d.get("comment"))
            if c.get("comment"):
                text = fix_mojibake(c.get("comment"))
                date = from_unix(c.get("timestamp")) or date
                group = fix_mojibake(c.get("group"))
        urls = [fix_mojibake(as_dict(d.get("external_context")).get("url"))
                for a in map(as_dict, as_list(obj.get("attachments"))) for d in map(as_dict, as_list(a.get("data")))
                if as_dict(d.get("external_context")).get("url")]
        shown = "\n".join([t for t in [text, *urls] if t])
        return Item("facebook", "comment", shown, date, name, url=urls[0] if urls else None,
                    id=f"facebook:{name}#{n}", extra={"title": fix_mojibake(obj.get("title")), "group": group})

    def _media_item(self, m: dict[str, Any], name: str, n: int, kind: str) -> Item:
        assert self.index is not None
        path = self.index.member(m.get("uri"))
        return Item("facebook", kind, fix_mojibake(m.get("description")), from_unix(m.get("creation_timestamp")),
                     name, (path,) if path else (), gps=exif_gps(m), id=f"facebook:{name}#{n}")

    def _album(self, archive: Archive, name: str) -> Iterator[Item]:
        # An album file is small (one album's photo list), so reading it once per key (three passes) is fine.
        album = ""
        for n, m in enumerate(iter_json(archive, name, "photos.item")):
            yield self._media_item(as_dict(m), name, n, "photo")
        for desc in iter_json(archive, name, "description"):
            album = fix_mojibake(desc)
        if album.strip():
            when = next(iter(iter_json(archive, name, "last_modified_timestamp")), None)
            yield Item("facebook", "album", album, from_unix(when), name, id=f"facebook:{name}#album")
