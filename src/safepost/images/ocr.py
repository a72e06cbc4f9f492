"""Reading text in a photo, keeping where each piece of text is so findings point at the right place.

RapidOCR (PP-OCR models shipped inside the `rapidocr` wheel, run by onnxruntime) finds and reads
scene text: labels, jumpers, books, whiteboards, signs. Tesseract, a document reader, is the
fallback when RapidOCR is not installed: on busy photos it reads far less (see bench/bench_images.py).
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
from PIL import Image, ImageOps

# RapidOCR's text finder works on the photo scaled to this. On bench/images (1600x1200, names 22-70 px)
# 960, 736 and 640 read 97 %, 99 % and 99 % of legible names; 736 keeps some room for smaller text
# in big photos and takes ~40 % less time than 960.
DET_LONG_SIDE = 736
MIN_SCORE = 0.6  # below this RapidOCR is mostly reading texture (grass, brick, knit) as letters
TESS_LONG_SIDE = 2400
TESS_MIN_CONFIDENCE = 45
TESSERACT_CONFIG = "--oem 1 --psm 11"


@dataclass
class OcrText:
    """The text read from a photo, with the box of every piece in the photo's pixels."""

    text: str = ""
    # (start, end, quad): offsets into `text` and the piece's four corners [(x, y)…] clockwise from top-left
    pieces: list[tuple[int, int, list[tuple[float, float]]]] = field(default_factory=list)
    engine: str = ""

    def box_for(self, start: int, end: int) -> list[int] | None:
        """The box [x, y, w, h] around the characters [start, end) of `text`."""
        pts: list[tuple[float, float]] = []
        for s, e, quad in self.pieces:
            if s >= end or e <= start:
                continue
            n = max(1, e - s)
            a, b = (max(start, s) - s) / n, (min(end, e) - s) / n
            (x0, y0), (x1, y1), (x2, y2), (x3, y3) = quad
            for t in (a, b):  # along the top edge and the bottom edge of the line
                pts.append((x0 + t * (x1 - x0), y0 + t * (y1 - y0)))
                pts.append((x3 + t * (x2 - x3), y3 + t * (y2 - y3)))
        if not pts:
            return None
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        x, y = int(min(xs)), int(min(ys))
        return [x, y, max(1, int(round(max(xs))) - x), max(1, int(round(max(ys))) - y)]


def _threads() -> int:
    try:
        return max(0, int(os.environ.get("SAFEPOST_THREADS", "0")))
    except ValueError:
        return 0


@lru_cache(maxsize=1)
def _rapid() -> Any:
    from rapidocr import RapidOCR

    params: dict[str, Any] = {"Global.log_level": "error", "Global.use_cls": False,
                              "Det.limit_type": "max", "Det.limit_side_len": DET_LONG_SIDE}
    if _threads():
        params["EngineConfig.onnxruntime.intra_op_num_threads"] = _threads()
        params["EngineConfig.onnxruntime.inter_op_num_threads"] = 1
    return RapidOCR(params=params)


@lru_cache(maxsize=1)
def ocr_engine() -> str | None:
    """'rapidocr' or 'tesseract', whichever this installation has (None if neither)."""
    try:
        import onnxruntime  # noqa: F401
        import rapidocr  # noqa: F401

        return "rapidocr"
    except ImportError:
        pass
    try:
        import pytesseract  # noqa: F401
    except ImportError:
        return None
    return "tesseract" if shutil.which("tesseract") else None


def ocr_available() -> str | None:
    """None when text in photos can be read; otherwise a plain-English reason."""
    if ocr_engine() is None:
        return "the text reader is not installed (pip install 'safepost[images]')"
    return None


def read_text(image: Image.Image | np.ndarray, scale: float = 1.0) -> OcrText:
    """Read the text in an RGB photo (or its array); empty when there is none. Boxes are multiplied by `scale`."""
    if ocr_engine() == "rapidocr":
        out = _read_rapid(image)
    else:
        out = _read_tesseract(Image.fromarray(image) if isinstance(image, np.ndarray) else image)
    if scale != 1.0:
        out.pieces = [(s, e, [(x * scale, y * scale) for x, y in quad]) for s, e, quad in out.pieces]
    return out


def _read_rapid(image: Image.Image | np.ndarray) -> OcrText:
    res = _rapid()(image if isinstance(image, np.ndarray) else np.asarray(image))
    out = OcrText(engine="rapidocr")
    if res is None or res.txts is None or res.boxes is None:
        return out
    # Reading order: top to bottom, then left to right, so neighbouring words stay neighbours.
    items = sorted(zip(res.txts, res.scores, res.boxes), key=lambda it: (round(float(it[2][0][1]) / 20), float(it[2][0][0])))
    parts: list[str] = []
    pos = 0
    for txt, score, quad in items:
        txt = (txt or "").strip()
        if not txt or float(score) < MIN_SCORE:
            continue
        if parts:
            parts.append("\n")  # one line per text piece: a name on a label never runs into the next label
            pos += 1
        out.pieces.append((pos, pos + len(txt), [(float(x), float(y)) for x, y in quad]))
        parts.append(txt)
        pos += len(txt)
    out.text = "".join(parts)
    return out


def _read_tesseract(image: Image.Image) -> OcrText:
    import pytesseract

    # One thread: Tesseract's OpenMP threads only fight each other on a shared machine.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    gray = ImageOps.grayscale(image)
    w, h = gray.size
    scale = min(1.0, TESS_LONG_SIDE / max(w, h))
    if scale < 1.0:
        gray = gray.resize((max(1, int(w * scale)), max(1, int(h * scale))), Image.Resampling.LANCZOS)
    data = pytesseract.image_to_data(gray, lang="eng", config=TESSERACT_CONFIG,
                                     output_type=pytesseract.Output.DICT)
    out = OcrText(engine="tesseract")
    parts: list[str] = []
    pos = 0
    prev_line = None
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            conf = -1
        if not word or conf < TESS_MIN_CONFIDENCE or not any(c.isalnum() for c in word):
            continue
        line = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        if parts:
            sep = " " if line == prev_line else "\n"
            parts.append(sep)
            pos += len(sep)
        prev_line = line
        x, y = data["left"][i] / scale, data["top"][i] / scale
        bw, bh = data["width"][i] / scale, data["height"][i] / scale
        out.pieces.append((pos, pos + len(word), [(x, y), (x + bw, y), (x + bw, y + bh), (x, y + bh)]))
        parts.append(word)
        pos += len(word)
    out.text = "".join(parts)
    return out


def as_array(image: Image.Image) -> np.ndarray:
    """The photo as an RGB numpy array."""
    return np.asarray(image)
