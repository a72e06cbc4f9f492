"""Photos: faces and consent, location metadata, visible text, and the redacted safe copy.

Needs the optional `images` extra (pip install 'safepost[images]'); without it `check_images`
returns a note instead of failing. Faces are found, never recognised: safepost does no biometric
processing of children's data, so it compares how many faces there are with how many tagged
pupils have photo consent, and treats every face as unconsented when the two don't add up.
"""
from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from safepost.types import SafepostError, Span

if TYPE_CHECKING:
    from safepost.context import Context, Pupil
    from safepost.engine import Checker
    from safepost.types import Post

DETECTOR = "images"
INSTALL_HINT = "pip install 'safepost[images]'"
TEXT_CATEGORIES_IN_PHOTOS = None  # every category: text in a photo is checked like the caption

__all__ = ["PhotoChecks", "check_images", "images_available", "resolve_tags", "write_safe_copies"]


def images_available() -> str | None:
    """None when photos can be checked here; otherwise a plain-English note saying how to fix it."""
    try:
        import cv2  # noqa: F401
        import numpy  # noqa: F401
        import PIL  # noqa: F401
    except ImportError:
        return ("Photos can't be checked on this installation (the image tools are not installed): "
                f"run {INSTALL_HINT}, then check again.")
    return None


def resolve_tags(tags: Iterable[str], ctx: Context) -> tuple[list[Pupil], list[Pupil], list[str]]:
    """Match tags to roster pupils by full, first or preferred name: (with consent, without, notes)."""
    from safepost.context import fold

    with_c: list[Pupil] = []
    without: list[Pupil] = []
    notes: list[str] = []
    tags = [t.strip() for t in tags if t and t.strip()]
    if not tags:
        return with_c, without, notes
    if ctx.roster is None:
        notes.append("No roster was given, so photo consent can't be checked: every face counts as a child "
                     "without photo consent. Add --roster pupils.csv.")
        return with_c, without, notes
    seen: set[int] = set()
    for tag in tags:
        key = " ".join(fold(tag).split())
        full = [p for p in ctx.roster.pupils
                if key in {fold(f"{n} {p.last_name}") for n in p.given_names}]
        matches = full or [p for p in ctx.roster.pupils if key in {fold(n) for n in p.given_names}]
        if not matches:
            notes.append(f"Tag '{tag}' matches no pupil on the roster: check the spelling, or use the full name.")
            continue
        if len(matches) > 1:
            names = ", ".join(p.display for p in matches)
            if all(p.photo_consent for p in matches):
                notes.append(f"Tag '{tag}' matches {len(matches)} pupils ({names}); all have photo consent.")
                matches = matches[:1]
            else:
                notes.append(f"Tag '{tag}' matches {len(matches)} pupils ({names}) and not all have photo "
                             "consent, so it is treated as a pupil without consent: use the full name.")
                p = next(p for p in matches if not p.photo_consent)
                if id(p) not in seen:
                    seen.add(id(p))
                    without.append(p)
                continue
        p = matches[0]
        if id(p) in seen:
            continue
        seen.add(id(p))
        (with_c if p.photo_consent else without).append(p)
    return with_c, without, notes


def _fresh(ctx: Context, photo_text: bool = False) -> Context:
    # Detectors may keep per-text scratch in ctx.cache: text from a photo must not reuse the caption's.
    # When the post was made is a fact about the post, not about text in its photo: without this every
    # label or EXIF field would repeat the post's own timing finding.
    if photo_text:
        return dataclasses.replace(ctx, cache={}, posted_at=None)
    return dataclasses.replace(ctx, cache={})


def _text_spans(text: str, where: str, path: str, checker: Checker, ctx: Context,
                box_for=None) -> list[Span]:
    """Run the text detectors over text found in a photo; the spans point at the photo, not the caption."""
    if not text.strip():
        return []
    out = []
    for s in checker.spans(text, _fresh(ctx, photo_text=True)):
        ev = s.evidence if s.evidence is not None else (
            text[s.start:s.end] if s.start is not None and s.end is not None else None)
        box = box_for(s.start, s.end) if (box_for and s.start is not None and s.end is not None) else None
        out.append(dataclasses.replace(
            s, start=None, end=None, image=path, box=box, evidence=ev,
            attrs={**s.attrs, "source": where}))
    return out


class PhotoChecks(NamedTuple):
    """What the photo checks found: spans, notes for the person posting, and the photos (paths as given)
    that could not be checked at all. A tuple, so `spans, notes, unchecked = check_images(...)` reads it."""

    spans: list[Span]
    notes: list[str]
    unchecked: list[str]


def check_images(post: Post, checker: Checker, ctx: Context, *, ocr: bool = True) -> PhotoChecks:
    """Check every photo of a post: faces against tags and consent, metadata, and text in the photo."""
    missing = images_available()
    if missing:
        return PhotoChecks([], [missing], list(post.images))
    from safepost.images.faces import DETECT_LONG_SIDE, detect_faces, get_detector
    from safepost.images.loading import ImageProblem, open_images
    from safepost.images.metadata import read_metadata
    from safepost.images.ocr import as_array, ocr_available, read_text

    spans: list[Span] = []
    notes: list[str] = []
    unchecked: list[str] = []
    consented, unconsented, tag_notes = resolve_tags(post.tags, ctx)
    notes.extend(tag_notes)
    ocr_problem = ocr_available() if ocr else None
    if ocr_problem:
        notes.append(f"Text in photos isn't read on this installation: {ocr_problem}.")
    if get_detector().name == "haar":
        notes.append("Faces are found with OpenCV's simpler detector here, which misses small and turned "
                     f"faces: install the images extra ({INSTALL_HINT}) for the better one.")
    faces_by_image: dict[str, int] = {}
    readable: list[str] = []
    for path in post.images:
        try:
            # Detection never looks at more than DETECT_LONG_SIDE pixels, so a big JPEG is decoded
            # at a reduced size; only the safe copy needs every original pixel.
            frames = open_images(path, max_side=DETECT_LONG_SIDE)
        except ImageProblem as e:
            msg = str(e).rstrip()
            notes.append(f"{msg}{'' if msg.endswith(('.', '!', '?', ')')) else '.'} The rest of the post was still checked.")
            unchecked.append(path)
            continue
        readable.append(path)
        first = frames[0]
        first_arr = None  # the first frame's pixels as an array: made once, for text and faces
        photo_names: list[Span] = []
        if first.is_video:
            notes.append(f"{os.path.basename(path)}: a video: {len(frames)} frames spread over it were checked "
                         "for faces; its sound, location data and text are not checked.")
        else:
            spans.extend(_metadata_spans(first, read_metadata(first), checker, ctx))
            if ocr and not ocr_problem:
                try:
                    first_arr = as_array(first.image)
                    read = read_text(first_arr, scale=first.scale)
                except Exception as e:  # Tesseract failing on one photo must not stop the check
                    notes.append(f"{os.path.basename(path)}: the text in it couldn't be read ({e.__class__.__name__}).")
                else:
                    found = _text_spans(read.text, "text in the photo", path, checker, ctx, read.box_for)
                    photo_names = [s for s in found if s.category == "pupil_identified"]
                    spans.extend(found)
        most = 0
        for i, fr in enumerate(frames):
            arr = first_arr if i == 0 and first_arr is not None else as_array(fr.image)
            faces = detect_faces(arr, scale=fr.scale)
            most = max(most, len(faces))
            spans.extend(_face_spans(path, faces, consented, unconsented, fr.frame_time))
        faces_by_image[path] = most
        if most:  # a name on a jumper or label in a photo of children names the child pictured
            spans.extend(_named(s, path, s.box, "the photo shows a name beside children's faces")
                         for s in photo_names)
    with_faces = [p for p in readable if faces_by_image.get(p)]
    anchor = (with_faces or readable or [None])[0]
    if anchor is not None:
        for p in unconsented:
            spans.append(Span(
                category="image_consent", start=None, end=None, score=0.95, detector=DETECTOR, kind="no_consent",
                image=anchor, box=None, evidence=p.display,
                attrs={"pupil": p.display, "photo_consent": False,
                       "reason": f"{p.display} is tagged as in the photo but has no photo consent"}))
    if with_faces:
        spans.extend(_named_photo_spans(post, with_faces[0], checker, ctx))
    return PhotoChecks(spans, notes, unchecked)


def _face_spans(path: str, faces: list, consented: list, unconsented: list,
                frame_time: float | None) -> list[Span]:
    n = len(faces)
    if n == 0:
        return []
    at = {} if frame_time is None else {"frame_time": frame_time}
    out = [Span(category="image_consent", start=None, end=None, score=0.5, detector=DETECTOR,
                kind="photo_of_pupils", image=path, box=None, evidence=f"{n} face{'s' * (n != 1)}",
                attrs={"faces": n, "consented_tags": len(consented), **at})]
    k = len(consented)
    if n <= k and not unconsented:
        return out  # every face can belong to a tagged pupil with photo consent
    if unconsented:
        why = (f"{len(unconsented)} tagged pupil{'s' * (len(unconsented) != 1)} without photo consent "
               "in the photo, and safepost can't tell which face is whose")
    elif k == 0:
        why = "no tagged pupil with photo consent"
    else:
        why = (f"{n} faces but only {k} tagged pupil{'s' * (k != 1)} with photo consent, and safepost "
               "can't tell which face is whose")
    for i, f in enumerate(faces, start=1):
        out.append(Span(
            category="image_consent", start=None, end=None, score=max(0.6, round(f.score, 3)), detector=DETECTOR,
            kind="face_without_consent", image=path, box=list(f.box), evidence=f"face {i} of {n}",
            attrs={"reason": f"face {i} of {n}: {why}", "faces": n, "face": i, **at}))
    return out


def _named_photo_spans(post: Post, path: str, checker: Checker, ctx: Context) -> list[Span]:
    """Names in the caption of a photo with faces: the names are matched to the children pictured."""
    text = post.text or ""
    if not text.strip():
        return []
    out = []
    seen: set[str] = set()
    for s in checker.spans(text, _fresh(ctx)):
        if s.category != "pupil_identified":
            continue
        pupil = str(s.attrs.get("pupil") or s.evidence or "")
        if pupil in seen:
            continue
        seen.add(pupil)
        out.append(_named(s, path, None, f"the caption names {pupil} with a photo of children"))
    return out


def _named(s: Span, path: str, box: list[int] | None, reason: str) -> Span:
    """An image_consent named_photo span for a pupil's name found with a photo of children."""
    pupil = str(s.attrs.get("pupil") or s.evidence or "")
    return Span(category="image_consent", start=None, end=None, score=max(0.6, s.score), detector=DETECTOR,
                kind="named_photo", image=path, box=box, evidence=s.evidence,
                attrs={"pupil": pupil, "photo_consent": s.attrs.get("photo_consent"),
                       "name_consent": s.attrs.get("name_consent"), "reason": reason})


def _metadata_spans(img, rep, checker: Checker, ctx: Context) -> list[Span]:
    out: list[Span] = []
    if rep.gps:
        lat, lon = rep.gps.get("latitude"), rep.gps.get("longitude")
        ev = (f"GPS position {lat:.5f}, {lon:.5f}" if lat is not None and lon is not None
              else "GPS details (" + ", ".join(rep.gps.get("tags", [])) + ")")
        out.append(Span(category="location_metadata", start=None, end=None,
                        score=1.0 if lat is not None else 0.8, detector=DETECTOR, kind="gps", image=img.path,
                        box=None, evidence=ev,
                        attrs={k: v for k, v in rep.gps.items() if k in ("latitude", "longitude")} |
                        {"reason": "the photo's hidden details record where it was taken"}))
    if rep.places:
        out.append(Span(category="location_metadata", start=None, end=None, score=0.9, detector=DETECTOR,
                        kind="geotag", image=img.path, box=None, evidence="; ".join(rep.places)[:200],
                        attrs={"reason": "the photo's hidden details name a place"}))
    for where, text in rep.texts:
        out.extend(_text_spans(text, where, img.path, checker, ctx))
    return out


def write_safe_copies(post: Post, spans: Iterable[Any], out_dir: str) -> list[str]:
    """Write a safe copy of each photo into out_dir (same file name): see safe_copy.write_safe_copies.

    The returned list's `skipped` attribute holds a note for each photo that got no safe copy.
    """
    missing = images_available()
    if missing:
        raise SafepostError(missing)
    from safepost.images.safe_copy import write_safe_copies as _write

    return _write(post, spans, out_dir)
