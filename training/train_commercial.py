#!/usr/bin/env python3
"""Train safepost's commercial/spam model and export it as `src/safepost/models/commercial_spam.npz`.

Data: YouTube Spam Collection v1 (T.C. Alberto, J.V. Lochter, T.A. Almeida, "TubeSpam: Comment
Spam Filtering on YouTube", ICMLA 2015; UCI Machine Learning Repository, CC BY 4.0; see
/work/shared/eval-data/youtube-spam-collection/SOURCE.md), videos 01-03 only (Psy, Katy Perry,
LMFAO), plus safepost's own seed examples in training/data/commercial_seed.tsv (MIT).
Videos 04-05 (Eminem, Shakira) are held out for bench/eval_public.py.

The model is a logistic regression (scikit-learn, training only) over safepost's hashed
features (`safepost.detectors.language.featurize`); run time scores it with numpy. The
threshold is chosen by leave-one-video-out over 01-03 for the whole detector (patterns +
model, the model speaking only where `commercial.model_may_speak` finds a lexical sign). The script also reports 5-fold leave-one-video-out over all five videos (each fold
refits the model without the held-out video) and stores it in the model's metadata.

Run: OMP_NUM_THREADS=1 .venv/bin/python training/train_commercial.py [--data DIR]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
import numpy as np  # noqa: E402
from scipy.sparse import vstack  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))
from safepost.detectors import commercial as Cm  # noqa: E402
from safepost.normalize import fold_map  # noqa: E402
from lang_data import f1, load_school_cases, load_seed  # noqa: E402
from train_language import matrix  # noqa: E402

OUT = ROOT / "src" / "safepost" / "models" / "commercial_spam.npz"
VIDEOS = ["Youtube01-Psy.csv", "Youtube02-KatyPerry.csv", "Youtube03-LMFAO.csv",
          "Youtube04-Eminem.csv", "Youtube05-Shakira.csv"]


def load_video(d: Path, name: str) -> list[tuple[str, int]]:
    with open(d / "youtube-spam-collection" / name, encoding="utf-8", newline="") as f:
        return [(r["CONTENT"], int(r["CLASS"] == "1")) for r in csv.DictReader(f)]


def school_runner(cases: list[dict]):
    """A function thr -> (P, R, F1) of the whole detector on school posts with the final model at threshold thr."""
    from safepost.context import Roster, School
    from safepost.detectors.base import Registry
    from safepost.detectors.language import LinearTextModel
    from safepost.engine import Checker
    from safepost.packs import load_pack
    from safepost.types import Post

    school = School.from_yaml(ROOT / "examples" / "school.yaml")
    roster = Roster.from_csv(ROOT / "examples" / "pupils.csv")
    checkers = {}
    items = []
    for c in cases:
        if c["policy"] not in checkers:
            det = Cm.CommercialDetector()
            det._model = None
            checkers[c["policy"]] = Checker(load_pack(c["policy"]), school, roster, registry=Registry([det]))
        ch = checkers[c["policy"]]
        ctx = ch.context(Post(text=c["text"], account=c.get("account", "personal"), author=c.get("author", "staff")))
        items.append((ch.detectors[0], c["text"], ctx, int("commercial_content" in c["categories"])))

    def run(clf: LogisticRegression, thr: float) -> tuple[float, float, float]:
        model = LinearTextModel(clf.coef_[0].astype(np.float32), float(clf.intercept_[0]), thr, {})
        pred = []
        for det, text, ctx, _ in items:
            det._model = model
            pred.append(any(s.score >= 0.5 for s in det.detect(text, ctx)))
        return f1([g for *_, g in items], pred)

    return run


def model_gate(texts: list[str]) -> list[bool]:
    """Whether the detector lets the model speak on each text (it needs a lexical sign of commerce)."""
    return [Cm.model_may_speak(fold_map(t)[0]) is not None for t in texts]


def patterns_fire(texts: list[str]) -> list[bool]:
    det = Cm.CommercialDetector()
    det._model = None
    return [any(s.score >= 0.5 for s in det.detect(t, None)) for t in texts]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="/work/shared/eval-data")
    ap.add_argument("--C", type=float, default=4.0)
    a = ap.parse_args()
    d = Path(a.data)
    t0 = time.time()
    vids = [load_video(d, v) for v in VIDEOS]
    seed = load_seed(ROOT / "training" / "data" / "commercial_seed.tsv")
    X = [matrix([t for t, _ in v]) for v in vids]
    Xs = matrix([t for t, _ in seed])
    fires = [patterns_fire([t for t, _ in v]) for v in vids]
    gates = [model_gate([t for t, _ in v]) for v in vids]

    def fit(train_ids: list[int]) -> LogisticRegression:
        Xt = vstack([X[i] for i in train_ids] + [Xs]).tocsr()
        y = np.array([y for i in train_ids for _, y in vids[i]] + [y for _, y in seed])
        w = np.array([1.0] * (Xt.shape[0] - len(seed)) + [3.0] * len(seed))
        clf = LogisticRegression(C=a.C, solver="liblinear", max_iter=300)
        clf.fit(Xt, y, sample_weight=w)
        return clf

    # threshold: leave-one-video-out within 01-03, plus the whole detector on school posts (dev + extra cases,
    # which the model never sees in training): YouTube comments alone would set it too low for school pages.
    final = fit([0, 1, 2])
    school = school_runner(load_school_cases())
    probs = {}
    for held in (0, 1, 2):
        clf = fit([i for i in (0, 1, 2) if i != held])
        probs[held] = clf.predict_proba(X[held])[:, 1]
    best = (-1.0, 0.5, -1.0)
    for thr in np.arange(0.2, 0.9, 0.02):
        gold, pred = [], []
        for held in (0, 1, 2):
            gold += [y for _, y in vids[held]]
            pred += [f or (g and p >= thr) for f, g, p in zip(fires[held], gates[held], probs[held])]
        f = f1(gold, pred)[2]
        fs = school(final, float(thr))[2]
        if f + fs > best[0] + best[2]:
            best = (f, float(thr), fs)
    thr = best[1]
    print(f"threshold {thr:.2f} (leave-one-video-out F1 over 01-03: {best[0]:.3f}; school posts F1: {best[2]:.3f})")
    print("patterns alone, all videos: P %.3f R %.3f F1 %.3f" % f1([y for v in vids for _, y in v], sum(fires, [])))
    # 5-fold leave-one-video-out over all five videos (reported, not used to choose anything)
    lovo = {}
    gold_all, pred_all = [], []
    for held in range(5):
        clf = fit([i for i in range(5) if i != held])
        p = clf.predict_proba(X[held])[:, 1]
        gold = [y for _, y in vids[held]]
        pred = [f or (g and pi >= thr) for f, g, pi in zip(fires[held], gates[held], p)]
        pr, rc, f = f1(gold, pred)
        lovo[VIDEOS[held]] = {"precision": round(pr, 3), "recall": round(rc, 3), "f1": round(f, 3), "n": len(gold)}
        gold_all += gold
        pred_all += pred
        print(f"  held out {VIDEOS[held]}: P {pr:.3f} R {rc:.3f} F1 {f:.3f}")
    pr, rc, f = f1(gold_all, pred_all)
    lovo["pooled"] = {"precision": round(pr, 3), "recall": round(rc, 3), "f1": round(f, 3), "n": len(gold_all)}
    print(f"5-fold leave-one-video-out, pooled: P {pr:.3f} R {rc:.3f} F1 {f:.3f}")
    clf = final
    meta = {"trained_on": ["YouTube Spam Collection videos 01-03 (Alberto et al. 2015, CC BY 4.0)",
                           "training/data/commercial_seed.tsv (safepost, MIT)"],
            "held_out": VIDEOS[3:], "C": a.C, "threshold_lovo_f1_01_03": round(best[0], 4),
            "threshold_school_f1_dev_extra": round(best[2], 4),
            "lovo_5fold": lovo, "command": "OMP_NUM_THREADS=1 .venv/bin/python training/train_commercial.py",
            "trained": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    np.savez_compressed(OUT, weights=clf.coef_[0].astype(np.float16), bias=np.float32(clf.intercept_[0]),
                        threshold=np.float32(thr), meta=json.dumps(meta))
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB) in {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
