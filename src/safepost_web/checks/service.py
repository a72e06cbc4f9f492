"""Running a check through the library, with photos when the library can read them."""
from __future__ import annotations

import os

from safepost import CheckResult, Post

from safepost_web.schools.library import checker_for
from safepost_web.schools.models import School

NO_PHOTO_CHECKS = ("Photo checks are not available on this installation yet, so the photos were not checked: "
                   "look at each one yourself (faces, names, uniforms, places).")
PHOTO_TYPES = ("JPEG", "PNG", "GIF", "WEBP", "HEIF", "HEIC", "MPO", "BMP", "TIFF")


def save_photos(files, folder: str) -> tuple[list[str], list[str]]:
    """Write uploaded photos to a temporary folder; name each file that is not a photo."""
    from PIL import Image, UnidentifiedImageError

    paths, problems = [], []
    for i, up in enumerate(files):
        name = os.path.basename(up.name) or f"photo-{i}"
        path = os.path.join(folder, f"{i}-{name}")
        with open(path, "wb") as fh:
            for chunk in up.chunks():
                fh.write(chunk)
        try:
            with Image.open(path) as im:
                im.verify()
                ok = im.format in PHOTO_TYPES
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            ok = False
        if ok:
            paths.append(path)
        else:
            problems.append(f"{name} is not a photo we can read. Use a JPEG or PNG photo.")
    return paths, problems


def run_check(school: School, text: str, account: str = "personal", channel: str | None = None,
              images: tuple[str, ...] = (), tags: tuple[str, ...] = (), author: str = "staff") -> CheckResult:
    """Check one post for this school; photos are checked when `safepost.images` exists, and noted when not."""
    checker = checker_for(school)
    post = Post(text=text, account=account, author=author, channel=channel or None, images=tuple(images),
                tags=tuple(tags))
    try:
        return checker.check(post)
    except ImportError:
        result = checker.check(Post(text=text, account=account, author=author, channel=channel or None,
                                    tags=tuple(tags)))
        result.notes.append(NO_PHOTO_CHECKS)
        result.unchecked_images = list(images)
        return result


def redact_photo(src: str, dest: str, result: CheckResult | None) -> bool:
    """Write a safe copy of one photo with the library's make_safe (faces blurred, text covered, no
    metadata); where the library's photo tools are missing, at least the metadata goes."""
    try:
        from safepost.images.safe_copy import make_safe  # optional part of the library
    except Exception:  # ImportError, or a missing optional dependency inside it
        make_safe = None
    findings = [f for f in (result.findings if result else []) if f.image == src and f.box]
    if make_safe is None:
        return strip_metadata(src, dest)
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(src) as im:
            im = ImageOps.exif_transpose(im)
            faces = [f.box for f in findings if f.category == "image_consent"]
            text = [f.box for f in findings if f.category in ("pupil_identified", "personal_information")]
            make_safe(im, faces, text).save(dest, "JPEG", quality=90)
        return True
    except (UnidentifiedImageError, OSError, ValueError):
        return False


def strip_metadata(src: str, dest: str) -> bool:
    """Re-save a photo without its metadata (GPS, camera); False when it is not an image."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(src) as im:
            im = ImageOps.exif_transpose(im)
            if im.mode not in ("RGB", "L"):
                im = im.convert("RGB")
            # A new image from the pixels alone: nothing of the original's metadata can follow it.
            clean = Image.frombytes(im.mode, im.size, im.tobytes())
            clean.save(dest, "PNG" if str(dest).lower().endswith(".png") else "JPEG", quality=90)
        return True
    except (UnidentifiedImageError, OSError, ValueError):
        return False
