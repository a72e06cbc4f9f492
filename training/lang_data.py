"""Data loaders and the F1 score shared by the language and commercial training scripts.

Standard library only, so `train_language_seq.py` can use it from its throwaway torch venv.
Licences of the public sets are in /work/shared/eval-data/*/SOURCE.md.
"""
from __future__ import annotations

import csv
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "training" / "data"
LANGUAGE_SEED = DATA / "language_seed.tsv"

csv.field_size_limit(10 ** 8)


def load_olid_train(d: Path) -> list[tuple[str, int]]:
    """OLID v1.0 TRAIN split (never its test split): OFF = 1, NOT = 0."""
    with open(d / "olid" / "olid-training-v1.0.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r["tweet"], int(r["subtask_a"] == "OFF")) for r in rows]


def olid_split(n: int) -> tuple[list[int], list[int]]:
    """The one split of OLID train every language script uses: (fit 80%, held out 20%)."""
    order = list(range(n))
    random.Random(13).shuffle(order)
    cut = int(0.8 * n)
    return order[:cut], order[cut:]


def load_davidson(d: Path) -> list[tuple[str, int]]:
    """Davidson et al. 2017: hate or offensive = 1, neither = 0."""
    with open(d / "davidson-hate-offensive" / "labeled_data.csv", encoding="utf-8", newline="") as f:
        return [(r["tweet"], int(r["class"] in ("0", "1"))) for r in csv.DictReader(f)]


def load_seed(path: Path = LANGUAGE_SEED) -> list[tuple[str, int]]:
    """A `label<TAB>text` seed file (blank and # lines skipped)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, text = line.split("\t", 1)
        out.append((text, int(label)))
    return out


def school_ordinary() -> list[str]:
    """training/data/school_ordinary.txt: ordinary school posts; even lines train, odd lines check thresholds."""
    return [ln for ln in (DATA / "school_ordinary.txt").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]


def language_seed() -> list[tuple[str, int]]:
    """language_seed.tsv plus every other ordinary school post (as not offensive): the language models' seed."""
    return load_seed() + [(t, 0) for t in school_ordinary()[0::2]]


def school_negatives() -> list[str]:
    """safepost's meaning seed posts (complaints, politics, allegations, plain posts; MIT) not labelled offensive or abusive."""
    out = []
    for name in ("meaning_seed.jsonl", "meaning_seed2.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                c = json.loads(line)
                if not set(c.get("categories", [])) & {"offensive_language", "abuse_or_hate"}:
                    out.append(c["text"])
    return out


def load_school_cases() -> list[dict]:
    """safepost's own labelled school posts: corpus/dev.jsonl and extra_cases.jsonl (never the test split)."""
    out = []
    for f in (ROOT / "corpus" / "dev.jsonl", DATA / "extra_cases.jsonl"):
        out += [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def f1(gold: list, pred: list) -> tuple[float, float, float]:
    """(precision, recall, F1) of boolean predictions against boolean gold labels."""
    tp = sum(1 for g, p in zip(gold, pred) if g and p)
    fp = sum(1 for g, p in zip(gold, pred) if not g and p)
    fn = sum(1 for g, p in zip(gold, pred) if g and not p)
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)
