#!/usr/bin/env python3
"""Choose the offensive-tone gate (SEQ_FLOOR, SEQ_FLOOR_NOCUE in detectors/language.py) without OLID test or HateCheck.

Tuning data, never the public test sets:
  * the 20% of OLID train that train_language.py and train_language_seq.py hold out (Random(13));
    both models are fitted on the other 80% (the linear model here, with the shipped
    hyper-parameters; the sequence model by `train_language_seq.py`),
    so the held-out part is blind to both;
  * safepost's own school posts: corpus/dev.jsonl + training/data/extra_cases.jsonl, where every
    offensive_language finding on a post not labelled offensive_language is a cost.

Run: OMP_NUM_THREADS=1 .venv/bin/python training/tune_language_gate.py --mix 0.5 --seq-gate 0.15 [--show 0.40 0.85]
It prints F1 on the held-out part of OLID train and the school-post cost for a grid of floors.

With --tx, the same for the fine-tuned transformer (`models/language_tx.npz`, `train_language_tx.py`,
which holds out the same 20%): its held-out probabilities are read from
training/data/language_tx_heldout.npy, and it is run on the school posts. The grid is over TX_GATE
(the cheap models' probability below which the transformer is not run), TX_MIX (the cheap
blend's share beside the transformer, on logits) and the floors with and without a cue of abuse:

    OMP_NUM_THREADS=1 .venv/bin/python training/tune_language_gate.py --tx [--show-tx GATE MIX CUE NOCUE]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))
from safepost import seqmodel  # noqa: E402
from safepost.detectors import commercial, language as L  # noqa: E402
from safepost.detectors.base import Registry  # noqa: E402
from safepost.normalize import IDENTITY_WORDS  # noqa: E402
from safepost.engine import Checker  # noqa: E402
from safepost.packs import load_pack  # noqa: E402
from safepost.types import Post  # noqa: E402
from lang_data import f1, language_seed, load_davidson, load_olid_train, olid_split  # noqa: E402

LANG = {"offensive_language", "abuse_or_hate"}
LIN80 = Path("/tmp/language_offensive_80.npz")


def olid_holdout(data: Path) -> tuple[list[tuple[str, int]], list[int], list[int]]:
    olid = load_olid_train(data)
    fit, held = olid_split(len(olid))
    return olid, fit, held


def linear_80(data: Path, olid: list[tuple[str, int]], fit: list[int]) -> L.LinearTextModel:
    """The shipped linear model's recipe (C=8, Davidson 0.3, no class weight), fitted on the 80% only."""
    if not LIN80.exists():
        import train_language as T
        from sklearn.linear_model import LogisticRegression
        dav = load_davidson(data)
        seed = language_seed()
        rows = [olid[i] for i in fit] + dav + seed
        X = T.matrix([t for t, _ in rows])
        y = np.array([y for _, y in rows])
        w = np.array([1.0] * len(fit) + [0.3] * len(dav) + [3.0] * len(seed))
        clf = LogisticRegression(C=8.0, solver="liblinear", max_iter=300)
        clf.fit(X, y, sample_weight=w)
        shipped = L.LinearTextModel.load("language_offensive")
        np.savez(LIN80, weights=clf.coef_[0].astype(np.float32), bias=np.float32(clf.intercept_[0]),
                 threshold=np.float32(shipped.threshold), meta=json.dumps(shipped.meta))
    z = np.load(LIN80)
    return L.LinearTextModel(z["weights"], float(z["bias"]), float(z["threshold"]), json.loads(str(z["meta"])))


def run(texts: list[str], posts: list[Post] | None, lin: L.LinearTextModel | None, seq: seqmodel.SeqModel):
    """Per text: (categories found without the tone detector, tone probability or None, cue, identity named)."""
    abuse = L.AbuseOrHateDetector()
    if lin is not None:
        abuse._model = lin
    tone = L.OffensiveToneDetector()
    tone._model = seq
    tone._abuse = abuse
    ch = Checker(load_pack("marshfields"), registry=Registry([L.OffensiveLanguageDetector(), abuse, tone,
                                                              *commercial.DETECTORS]))
    out = []
    for i, t in enumerate(texts):
        post = posts[i] if posts else Post(text=t, account="official", author="public")
        ctx = ch.context(post)
        spans = ch.spans(t, ctx) if t.strip() else []
        base = {s.category for s in spans if s.detector != "offensive_tone" and s.score >= 0.5}
        p = tone.scores(t, ctx, gate=False) if t.strip() else None
        an = L.analysis(t, ctx) if t.strip() else None
        cue = bool(an and L._abuse_cue(an))
        ident = bool(an and IDENTITY_WORDS.search(an.norm.text))
        out.append((base, p, cue, ident))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="/work/shared/eval-data")
    ap.add_argument("--seq", nargs="+", default=[str(ROOT / "src" / "safepost" / "models" / "language_seq.npz")],
                    help="one model, or several to average (an ensemble)")
    ap.add_argument("--ident", type=float, default=0.9, help="floor when a protected group is named")
    ap.add_argument("--mix", type=float, nargs="+", default=[0.0, 0.3, 0.5], help="TONE_MIX values to try")
    ap.add_argument("--top", type=int, default=8)
    ap.add_argument("--seq-gate", type=float, default=0.0, help="SEQ_GATE: stop below this sequence-model probability")
    ap.add_argument("--show", type=float, nargs=2, metavar=("CUE", "NOCUE"), help="list the school posts flagged at these floors")
    ap.add_argument("--tx", action="store_true", help="tune the transformer's gate instead")
    ap.add_argument("--show-tx", type=float, nargs=4, metavar=("GATE", "MIX", "CUE", "NOCUE"))
    ap.add_argument("--tx-or", action="store_true", help="the cheap models' finding OR the transformer's (mix -1 in the table)")
    a = ap.parse_args()
    if len(a.seq) > 1:
        seqmodel.combine(a.seq, "/tmp/language_seq_combined.npz")
        a.seq = ["/tmp/language_seq_combined.npz"]
    with open(a.seq[0], "rb") as f:
        seq = seqmodel.SeqModel.from_npz(f)
    data = Path(a.data)
    olid, fit, held = olid_holdout(data)
    lin = linear_80(data, olid, fit)
    held_text = [olid[i][0] for i in held]
    held_gold = [bool(olid[i][1]) for i in held]
    H = run(held_text, None, lin, seq)
    cases = []
    for path in (ROOT / "corpus" / "dev.jsonl", ROOT / "training" / "data" / "extra_cases.jsonl"):
        cases += [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    posts = [Post(text=c["text"], account=c["account"], author=c["author"]) for c in cases]
    C = run([c["text"] for c in cases], posts, None, seq)  # the shipped linear model: these are our own cases
    base_pred = [bool(b & LANG) for b, *_ in H]
    if a.tx or a.show_tx:
        return tx_grid(a, cases, held_gold, H, C, base_pred)
    print("held-out OLID train (%d): without the tone model P %.3f R %.3f F1 %.3f" % ((len(held),) + f1(held_gold, base_pred)))
    may = [p is not None for _, p, _, _ in H]
    print("the tone detector may speak on %d of %d held-out texts" % (sum(may), len(may)))
    clean = [i for i, c in enumerate(cases) if not (set(c["categories"]) & {"offensive_language"})]
    print(f"school posts: {len(cases)}, {len(clean)} not labelled offensive_language "
          f"({sum(1 for i in clean if 'abuse_or_hate' in cases[i]['categories'])} of them abuse_or_hate)")

    def fires(rec, t_cue, t_nocue):
        base, p, cue, ident = rec
        if p is None:
            return False
        if p[1] < a.seq_gate:
            return False  # SEQ_GATE: the hashed features are not computed
        p = L.blend(*p)
        thr = t_cue if cue else t_nocue
        if ident:
            thr = max(thr, a.ident)
        return p >= thr

    skipped = sum(1 for r in C if r[1] is not None and r[1][1] < a.seq_gate)
    reach = sum(1 for r in C if r[1] is not None)
    print(f"school posts the detector may read (vetoes passed, before the cue gate): {reach} of {len(C)}; SEQ_GATE {a.seq_gate} stops {skipped} of them")
    for mix in a.mix:
      L.TONE_MIX = mix
      print(f"=== TONE_MIX {mix}")
      rows = []
      for t_cue in np.arange(0.3, 0.96, 0.05):
        for t_nocue in np.arange(0.3, 1.01, 0.05):
            if t_nocue < t_cue - 1e-9:
                continue
            pred = [b or fires(r, t_cue, t_nocue) for b, r in zip(base_pred, H)]
            pr, rc, f = f1(held_gold, pred)
            cost = [i for i in clean if fires(C[i], t_cue, t_nocue)]
            cost_abuse = sum(1 for i in cost if "abuse_or_hate" in cases[i]["categories"])
            rows.append((f, pr, rc, t_cue, t_nocue, len(cost), cost_abuse))
      rows.sort(key=lambda r: -r[0])
      print("F1     P     R     floor(cue) floor(no cue)  school posts newly flagged (of them abuse)")
      for f, pr, rc, tc, tn, nc, na in rows[:a.top]:
          print(f"{f:.3f} {pr:.3f} {rc:.3f}   {tc:.2f}       {tn:.2f}           {nc} ({na})")
      print("... by school cost:")
      for budget in (0, 2, 5, 10, 20):
          ok = [r for r in rows if r[5] - r[6] <= budget]
          if ok:
              f, pr, rc, tc, tn, nc, na = max(ok, key=lambda r: r[0])
              print(f"  <= {budget} clean school posts flagged: F1 {f:.3f} (P {pr:.3f} R {rc:.3f}) at {tc:.2f}/{tn:.2f}; {nc} ({na})")
    if a.show:
        tc, tn = a.show
        for i in clean:
            if fires(C[i], tc, tn):
                print("  school FP:", round(L.blend(*C[i][1]), 3), cases[i]["id"], cases[i]["categories"], cases[i]["text"][:140])


def tx_grid(a, cases, held_gold, H, C, base_pred) -> None:
    """The transformer's gate: held-out OLID F1 and school-post cost over (gate, mix, floors)."""
    from safepost import txmodel
    tx = txmodel.TxModel.load("language_tx")
    p_held = np.load(ROOT / "training" / "data" / "language_tx_heldout.npy")
    assert len(p_held) == len(H), "language_tx_heldout.npy is not from the same held-out part"
    clean = [i for i, c in enumerate(cases) if not (set(c["categories"]) & {"offensive_language"})]
    p_school = {i: tx.prob(cases[i]["text"]) for i, r in enumerate(C) if r[1] is not None}
    print(f"held-out OLID without the tone model: P %.3f R %.3f F1 %.3f" % f1(held_gold, base_pred))

    def prob(rec, p_tx, gate, mix):
        base, p, cue, ident = rec
        if p is None or p[1] < a.seq_gate:
            return None
        cheap = L.blend(*p)
        if cheap < gate:
            return None
        return L.mix(p_tx, cheap, mix)

    def fires(rec, p_tx, gate, mix, t_cue, t_nocue):
        q = prob(rec, p_tx, gate, mix)
        if q is None:
            return False
        thr = t_cue if rec[2] else t_nocue
        if rec[3]:
            thr = max(thr, a.ident)
        return q >= thr

    L.TONE_MIX = 0.5
    rows = []
    for gate in (0.0, 0.05, 0.1, 0.15, 0.2, 0.3):
        reach = sum(1 for i, r in enumerate(C) if prob(r, p_school.get(i, 0.0), gate, 0.0) is not None)
        for mix in (0.0, 0.25, 0.5):
            for t_cue in np.arange(0.2, 0.91, 0.05):
                for t_nocue in list(np.arange(max(0.5, t_cue), 0.96, 0.05)) + [1.01]:
                    pred = [b or fires(r, p_held[k], gate, mix, t_cue, t_nocue) for k, (b, r) in enumerate(zip(base_pred, H))]
                    pr, rc, f = f1(held_gold, pred)
                    cost = [i for i in clean if fires(C[i], p_school.get(i, 0.0), gate, mix, t_cue, t_nocue)]
                    cost_abuse = sum(1 for i in cost if "abuse_or_hate" in cases[i]["categories"])
                    rows.append((f, pr, rc, gate, mix, t_cue, t_nocue, len(cost), cost_abuse, reach))
    if a.tx_or:  # the cheap models at their shipped floors, OR the transformer alone at its own floors
        rows = []

        def cheap_fires(rec):
            base, p, cue, ident = rec
            if p is None or p[1] < a.seq_gate or not cue:
                return False
            return L.blend(*p) >= (max(L.SEQ_FLOOR, a.ident) if ident else L.SEQ_FLOOR)

        for gate in (0.0, 0.1, 0.2, 0.3):
            reach = sum(1 for i, r in enumerate(C) if prob(r, p_school.get(i, 0.0), gate, 0.0) is not None)
            for t_cue in np.arange(0.5, 0.96, 0.05):
                for t_nocue in list(np.arange(t_cue, 0.99, 0.05)) + [1.01]:
                    def both(rec, ptx):
                        return cheap_fires(rec) or fires(rec, ptx, gate, 0.0, t_cue, t_nocue)
                    pred = [b or both(r, p_held[k]) for k, (b, r) in enumerate(zip(base_pred, H))]
                    pr, rc, f = f1(held_gold, pred)
                    cost = [i for i in clean if both(C[i], p_school.get(i, 0.0))]
                    cost_abuse = sum(1 for i in cost if "abuse_or_hate" in cases[i]["categories"])
                    rows.append((f, pr, rc, gate, -1.0, t_cue, t_nocue, len(cost), cost_abuse, reach))
    rows.sort(key=lambda r: -r[0])
    print("F1     P     R     gate mix  floor(cue) floor(no cue)  school posts newly flagged (abuse)  school posts run")
    for f, pr, rc, g, m, tc, tn, nc, na, reach in rows[:a.top]:
        print(f"{f:.3f} {pr:.3f} {rc:.3f}  {g:.2f} {m:.2f}  {tc:.2f}       {tn:.2f}          {nc} ({na})     {reach}")
    print("... by school cost:")
    for budget in (0, 2, 5, 10, 20):
        ok = [r for r in rows if r[7] - r[8] <= budget]
        if ok:
            f, pr, rc, g, m, tc, tn, nc, na, reach = max(ok, key=lambda r: r[0])
            print(f"  <= {budget} clean school posts flagged: F1 {f:.3f} (P {pr:.3f} R {rc:.3f}) at gate {g:.2f} mix {m:.2f} "
                  f"floors {tc:.2f}/{tn:.2f}; {nc} ({na}); {reach} school posts run")
    if a.show_tx:
        g, m, tc, tn = a.show_tx
        for i in clean:
            if fires(C[i], p_school.get(i, 0.0), g, m, tc, tn):
                print("  school FP:", round(prob(C[i], p_school[i], g, m), 3), cases[i]["id"], cases[i]["categories"],
                      cases[i]["text"][:140])


if __name__ == "__main__":
    main()
