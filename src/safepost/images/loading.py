"""Opening photos safely: clear messages for bad files, size limits on, orientation applied."""
from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

# Pillow's own bomb guard stays on; we are stricter: anything over this is refused, not warned about.
MAX_PIXELS = 64_000_000  # 64 megapixels: above every phone camera (48–50 MP) with room to spare
MAX_VIDEO_FRAMES = 8  # frames sampled from a video, spread over its length
VIDEO_EXTS = {".mp4", ".m4v", ".mov"}
HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"mif1", b"msf1", b"heim", b"heis", b"avif"}
VIDEO_BRANDS = {b"isom", b"iso2", b"mp41", b"mp42", b"avc1", b"M4V ", b"qt  ", b"3gp4", b"3gp5", b"dash"}

try:  # optional: iPhone photos
    import pillow_heif  # type: ignore[import-not-found]

    pillow_heif.register_heif_opener()
    HEIF_OK = True
except Exception:  # pragma: no cover - depends on the installation
    HEIF_OK = False


class ImageProblem(Exception):
    """A photo that can't be checked; the message names the file and the problem in plain English."""


@dataclass
class Loaded:
    """One photo (or one video frame) ready to check: upright RGB pixels plus what its file said about itself."""

    path: str  # as given by the user
    image: Image.Image  # RGB, EXIF rotation applied
    format: str
    exif: Image.Exif | None = None  # as read from the file, before rotation
    info: dict[str, Any] = field(default_factory=dict)  # PNG text chunks, XMP, ICC…
    iptc: dict[Any, Any] = field(default_factory=dict)
    frame_time: float | None = None  # seconds into a video, for a sampled frame
    is_video: bool = False
    # Original pixels per pixel of `image`: above 1 when a big JPEG was decoded at a reduced size for
    # checking. Boxes found on `image` are multiplied by it so they point into the original photo.
    scale: float = 1.0


def _sniff(head: bytes) -> str:
    """What the first bytes say the file is: jpeg, png, gif, webp, heif, video, text, or unknown."""
    if head.startswith(b"\xff\xd8"):
        return "jpeg"
    if head.startswith(b"\x89PNG"):
        return "png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in HEIF_BRANDS:
            return "heif"
        return "video"
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free"):
        return "video"
    if head and b"\x00" not in head:
        try:
            head.decode("utf-8")
            return "text"
        except UnicodeDecodeError:
            pass
    return "unknown"


def _name(path: str) -> str:
    return os.path.basename(path) or path


def open_images(path: str, max_side: int | None = None) -> list[Loaded]:
    """Open one photo (or sample a video's frames); ImageProblem with a one-line reason if it can't be checked.

    With `max_side`, a JPEG much larger than that is decoded at 1/2, 1/4 or 1/8 of its size (never
    below 0.9 x max_side on the long side); `Loaded.scale` says by how much.
    """
    name = _name(path)
    p = Path(path)
    try:
        if p.is_dir():
            raise ImageProblem(f"{name}: this is a folder, not a photo")
        with p.open("rb") as fh:
            head = fh.read(64)
    except ImageProblem:
        raise
    except FileNotFoundError:
        raise ImageProblem(f"{path}: can't be read: there is no such file (check the name and folder)") from None
    except PermissionError:
        raise ImageProblem(f"{path}: can't be read: permission denied (ask IT, or copy the photo somewhere you can open)") from None
    except OSError as e:
        raise ImageProblem(f"{path}: can't be read ({e.strerror or e.__class__.__name__})") from None
    if not head:
        raise ImageProblem(f"{name}: can't be read: the file is empty (0 bytes); copy the photo again")
    kind = _sniff(head)
    if kind == "text":
        raise ImageProblem(f"{name}: can't be read: it looks like a text file, not a photo")
    if kind == "heif" and not HEIF_OK:
        raise ImageProblem(f"{name}: this is an iPhone HEIC/HEIF photo and this installation can't read them: "
                           "run pip install pillow-heif, or export the photo as JPEG")
    if kind == "video" or (kind == "unknown" and p.suffix.lower() in VIDEO_EXTS):
        return _open_video(path)
    return [_open_still(path, kind, max_side)]


def _reduction(w: int, h: int, max_side: int | None) -> int:
    """The largest JPEG DCT reduction (1, 2, 4 or 8) that keeps the long side >= 0.9 x max_side."""
    if not max_side:
        return 1
    for k in (8, 4, 2):
        if max(w, h) / k >= 0.9 * max_side:
            return k
    return 1


def _load_strict(im: Image.Image) -> None:
    """Decode `im`, raising on a cut-short file even when another library (weasyprint, on import) has set PIL's
    process-wide LOAD_TRUNCATED_IMAGES; the setting is put back as it was."""
    if not ImageFile.LOAD_TRUNCATED_IMAGES:
        im.load()
        return
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        im.load()
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = True


def _open_still(path: str, kind: str, max_side: int | None = None) -> Loaded:
    name = _name(path)
    try:
        with warnings.catch_warnings():
            # Pillow only warns between 1x and 2x its limit; a warning is as good as a refusal here.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(path)
            w, h = im.size
            if w * h > MAX_PIXELS:
                raise ImageProblem(f"{name}: too large to check safely ({w:,} × {h:,} pixels; the limit is "
                                   f"{MAX_PIXELS // 1_000_000} megapixels): resize it and check again")
            im.seek(0)  # GIF/WebP animations: the first frame
            exif = im.getexif()
            info = dict(im.info)
            iptc: dict[Any, Any] = {}
            fmt = im.format or kind.upper()
            if fmt in ("JPEG", "MPO"):
                from PIL import IptcImagePlugin

                try:
                    iptc = IptcImagePlugin.getiptcinfo(im) or {}
                except Exception:  # damaged IPTC block: the rest of the photo is still checked
                    iptc = {}
            k = _reduction(w, h, max_side) if fmt in ("JPEG", "MPO") else 1  # MPO: iPhone/Android JPEG
            if k > 1:
                # DCT scaling: libjpeg decodes straight to the smaller size, several times faster
                # than a full decode and a resize, and averages rather than drops pixels.
                im.draft("RGB", (-(-w // k), -(-h // k)))
            _load_strict(im)
            scale = max(w, h) / max(im.size)
            # In place, and no copy when already RGB: a 12 MP photo is 36 MB per copy.
            ImageOps.exif_transpose(im, in_place=True)
            rgb = im.convert("RGB") if im.mode != "RGB" else im
            if rgb is im and getattr(im, "n_frames", 1) > 1:
                rgb = im.copy()  # a multi-frame file keeps its file open: copy the frame, then close it
            if rgb is not im:
                im.close()
    except ImageProblem:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageProblem(f"{name}: too large to check safely (it would unpack to a huge image, possibly a "
                           "'decompression bomb'): resize it and check again") from None
    except UnidentifiedImageError:
        raise ImageProblem(f"{name}: can't be read: it is not a photo format safepost knows "
                           "(JPEG, PNG, WebP, HEIC, GIF or MP4)") from None
    except (OSError, SyntaxError, ValueError, EOFError) as e:
        msg = str(e).lower()
        if "truncated" in msg or isinstance(e, EOFError) or "premature" in msg:
            raise ImageProblem(f"{name}: can't be read: the file is damaged or incomplete (cut short); "
                               "copy or export it again") from None
        raise ImageProblem(f"{name}: can't be read: the file is damaged ({e})") from None
    except MemoryError:
        raise ImageProblem(f"{name}: too large to check on this computer: resize it and check again") from None
    return Loaded(path=path, image=rgb, format=fmt, exif=exif, info=info, iptc=iptc, scale=scale)


def _open_video(path: str) -> list[Loaded]:
    """Sample a few frames spread over the video (OpenCV's reader); metadata is not read from videos."""
    name = _name(path)
    try:
        import cv2
    except ImportError:  # pragma: no cover - cv2 comes with the images extra
        raise ImageProblem(f"{name}: videos can't be checked on this installation; "
                           "check a few still frames as photos instead") from None
    cap = cv2.VideoCapture(path)
    try:
        if not cap.isOpened():
            raise ImageProblem(f"{name}: can't be read: the video is damaged or in a format safepost can't open; "
                               "check a few still frames as photos instead")
        n = int(cap.get(cv2.CAP_PROP_FRAME_COUNT) or 0)
        fps = float(cap.get(cv2.CAP_PROP_FPS) or 0) or 25.0
        w, h = int(cap.get(cv2.CAP_PROP_FRAME_WIDTH)), int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT))
        if w * h > MAX_PIXELS:
            raise ImageProblem(f"{name}: the video frames are too large to check ({w} × {h})")
        picks = sorted({int(i * max(n - 1, 0) / max(MAX_VIDEO_FRAMES - 1, 1)) for i in range(MAX_VIDEO_FRAMES)}) if n else [0]
        out: list[Loaded] = []
        for idx in picks:
            cap.set(cv2.CAP_PROP_POS_FRAMES, idx)
            ok, frame = cap.read()
            if not ok:
                continue
            rgb = Image.fromarray(cv2.cvtColor(frame, cv2.COLOR_BGR2RGB))
            out.append(Loaded(path=path, image=rgb, format="VIDEO", frame_time=round(idx / fps, 2), is_video=True))
        if not out:
            raise ImageProblem(f"{name}: can't be read: no frame of the video could be decoded")
        return out
    finally:
        cap.release()
