"""The safe copy: unconsented faces blurred beyond recognition, names and details covered, metadata gone."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from typing import Any

import numpy as np
from PIL import Image, ImageFilter

from safepost.images.loading import HEIF_OK, ImageProblem, open_images
from safepost.types import SafepostError

FACE_MARGIN = 0.25  # share of the face box added on each side: hair, ears and chin identify a child too
PIXEL_BLOCKS = 6  # the face is reduced to about this many blocks across before it is blurred
TEXT_MARGIN = 0.15
COVER = (40, 40, 40)
COVER_CATEGORIES = {"pupil_identified", "personal_information"}
SAVE_FORMAT = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP", ".gif": "GIF",
               ".heic": "HEIF", ".heif": "HEIF"}


class SafeCopies(list):
    """The paths of the safe copies written (a list, as before), plus `skipped`: one plain-English
    note per photo that got no safe copy (a video, an unreadable file), for the caller to show."""

    def __init__(self) -> None:
        super().__init__()
        self.skipped: list[str] = []


def _get(obj: Any, key: str) -> Any:
    return obj.get(key) if isinstance(obj, dict) else getattr(obj, key, None)


def _grow(box: list[int], margin: float, w: int, h: int, extra_top: float = 0.0) -> tuple[int, int, int, int]:
    x, y, bw, bh = box
    mx, my = int(bw * margin), int(bh * margin)
    top = int(bh * extra_top)
    return max(0, x - mx), max(0, y - my - top), min(w, x + bw + mx), min(h, y + bh + my)


def blur_face(img: Image.Image, box: list[int]) -> None:
    """Pixelate hard, then blur, a face and its surroundings in place: nothing left to recognise."""
    x1, y1, x2, y2 = _grow(box, FACE_MARGIN, img.width, img.height, extra_top=0.1)
    if x2 - x1 < 2 or y2 - y1 < 2:
        return
    region = img.crop((x1, y1, x2, y2))
    rw, rh = region.size
    bw = max(1, round(PIXEL_BLOCKS * rw / max(rw, rh)))
    bh = max(1, round(PIXEL_BLOCKS * rh / max(rw, rh)))
    small = region.resize((bw, bh), Image.Resampling.BOX)
    blocky = small.resize((rw, rh), Image.Resampling.NEAREST)
    blurred = blocky.filter(ImageFilter.GaussianBlur(radius=max(2, max(rw, rh) / 10)))
    img.paste(blurred, (x1, y1))


def cover_text(img: Image.Image, box: list[int]) -> None:
    """Cover a name or personal detail read from the photo with a solid block."""
    x1, y1, x2, y2 = _grow(box, TEXT_MARGIN, img.width, img.height)
    if x2 > x1 and y2 > y1:
        img.paste(COVER, (x1, y1, x2, y2))


def make_safe(image: Image.Image, face_boxes: Iterable[list[int]], text_boxes: Iterable[list[int]]) -> Image.Image:
    """A new image with no metadata at all: faces blurred and text covered."""
    # Rebuilt from raw pixels so no EXIF, XMP, ICC or text chunk can ride along.
    clean = Image.frombytes("RGB", image.size, np.asarray(image.convert("RGB")).tobytes())
    for b in face_boxes:
        blur_face(clean, b)
    for b in text_boxes:
        cover_text(clean, b)
    return clean


def _save(img: Image.Image, dest: str, fmt: str) -> None:
    d = os.path.dirname(dest) or "."
    fd, tmp = tempfile.mkstemp(prefix=".safepost-", suffix=os.path.splitext(dest)[1], dir=d)
    os.close(fd)
    try:
        kw: dict[str, Any] = {}
        if fmt == "JPEG":
            kw = {"quality": 92, "optimize": True}
        elif fmt == "WEBP":
            kw = {"quality": 90}
        img.save(tmp, format=fmt, **kw)
        os.replace(tmp, dest)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_safe_copies(post: Any, spans: Iterable[Any], out_dir: str) -> SafeCopies:
    """Write each readable photo of `post` into out_dir under the same file name, made safe; the originals are untouched.

    `spans` may be Spans, Findings or their dicts: faces to blur are image_consent boxes, text to cover
    are pupil_identified / personal_information boxes. Videos and unreadable files are skipped, and the
    returned list's `skipped` says so in plain English.
    """
    spans = list(spans)
    try:
        os.makedirs(out_dir, exist_ok=True)
    except OSError as e:
        raise SafepostError(f"--redact-to {out_dir}: can't create that folder ({e.strerror})") from None
    real_out = os.path.realpath(out_dir)
    for path in post.images:
        if os.path.realpath(os.path.dirname(os.path.abspath(path))) == real_out:
            raise SafepostError(f"--redact-to {out_dir}: that folder holds the original {os.path.basename(path)}; "
                                "choose another folder so the original is kept as it is")
    written = SafeCopies()
    used: set[str] = set()
    for path in post.images:
        try:
            frames = open_images(path)  # every original pixel: the safe copy keeps the photo's size
        except ImageProblem as e:
            written.skipped.append(f"{e}; so no safe copy was written for it: fix or replace the file, "
                                   "or leave it out of the post.")
            continue
        if frames[0].is_video:
            written.skipped.append(f"No safe copy of {os.path.basename(path)}: it is a video, and safepost only "
                                   "makes safe copies of photos. Blur faces in a video editor, or post stills.")
            continue
        mine = [s for s in spans if _get(s, "image") == path and _get(s, "box")]
        faces = [list(_get(s, "box")) for s in mine if _get(s, "category") == "image_consent"]
        texts = [list(_get(s, "box")) for s in mine if _get(s, "category") in COVER_CATEGORIES]
        safe = make_safe(frames[0].image, faces, texts)
        name = os.path.basename(path)
        stem, ext = os.path.splitext(name)
        fmt = SAVE_FORMAT.get(ext.lower()) or (frames[0].format if frames[0].format in SAVE_FORMAT.values() else "PNG")
        if fmt == "HEIF" and not HEIF_OK:
            fmt, name = "JPEG", stem + ".jpg"
        n = 2
        while name in used:  # two photos with the same name from different folders
            name = f"{stem}-{n}{ext}"
            n += 1
        used.add(name)
        dest = os.path.join(out_dir, name)
        try:
            _save(safe, dest, fmt)
        except OSError as e:
            raise SafepostError(f"--redact-to {out_dir}: can't write {name} ({e.strerror or e})") from None
        written.append(dest)
    return written
