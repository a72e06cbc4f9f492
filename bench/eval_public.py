#!/usr/bin/env python3
"""safepost's language and commercial detectors beside alt-profanity-check and better-profanity, on public data.

Run: .venv/bin/python bench/eval_public.py [--quick] [--data DIR] [--peers apc,bp|none] [--reuse-peers JSON]
(a full run with both peers takes about 10 minutes on an idle 2-core machine, better-profanity
being the slow one; --reuse-peers takes the peers' figures from an earlier run instead.)
Prints a markdown table and writes bench/results/public.json.

What is measured is what ships: a `safepost.engine.Checker` with the `marshfields` pack and a
registry holding only the language and commercial detectors (other detectors are written by
other engineers at the same time; their categories are not counted here), each post checked
as `Post(text, account="official", author="public")` (a comment on the school's page).
safepost "flags" a post when a finding of the categories in question has confidence >= 0.5:

* OLID test (Zampieri et al. 2019, CC BY 4.0): positive = OFF; safepost = offensive_language
  or abuse_or_hate. Never used for training or tuning.
* HateCheck (Röttger et al. 2021, CC BY 4.0): positive = hateful; safepost = abuse_or_hate
  only. Also the share of `profanity_nh` flagged as hate and the per-functionality table.
  Never used for training or tuning.
* YouTube Spam Collection (Alberto et al. 2015), videos 04-05 (not trained on): positive =
  spam; safepost = commercial_content. The leave-one-video-out figures come from
  training/train_commercial.py (stored in the model's metadata).
* Davidson et al. 2017 (MIT): positive = hate or offensive; safepost = offensive_language or
  abuse_or_hate. IN-SAMPLE for both alt-profanity-check and safepost (both trained on it).
Peers: alt-profanity-check `predict_prob([text])[0] >= 0.5`, one call per item;
better-profanity `contains_profanity(text)` with its default list. Throughput is items per
second, one pass, single process, after a 50-item warm-up.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import sys
import time
from pathlib import Path

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
csv.field_size_limit(10 ** 8)

from safepost.detectors import commercial, language  # noqa: E402
from safepost.detectors.base import Registry  # noqa: E402
from safepost.engine import Checker  # noqa: E402
from safepost.packs import load_pack  # noqa: E402
from safepost.types import Post  # noqa: E402

PEER_NAMES = ("alt-profanity-check", "better-profanity")
LANG = {"offensive_language", "abuse_or_hate"}
HATE = {"abuse_or_hate"}
COMM = {"commercial_content"}


def load_olid_test(d: Path) -> list[tuple[str, bool, str]]:
    with open(d / "olid" / "testset-levela.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    labels = {}
    with open(d / "olid" / "labels-levela.csv", encoding="utf-8", newline="") as f:
        for rec in csv.reader(f):
            if len(rec) == 2 and rec[0] != "id":
                labels[rec[0].strip()] = rec[1].strip()
    return [(r["tweet"], labels[r["id"]] == "OFF", "") for r in rows]


def load_hatecheck(d: Path) -> list[tuple[str, bool, str]]:
    with open(d / "hatecheck" / "test_suite_cases.csv", encoding="utf-8", newline="") as f:
        return [(r["test_case"], r["label_gold"] == "hateful", r["functionality"]) for r in csv.DictReader(f)]


def load_youtube(d: Path, names: tuple[str, ...]) -> list[tuple[str, bool, str]]:
    out = []
    for name in names:
        with open(d / "youtube-spam-collection" / name, encoding="utf-8", newline="") as f:
            out += [(r["CONTENT"], r["CLASS"] == "1", name) for r in csv.DictReader(f)]
    return out


def load_davidson(d: Path) -> list[tuple[str, bool, str]]:
    with open(d / "davidson-hate-offensive" / "labeled_data.csv", encoding="utf-8", newline="") as f:
        return [(r["tweet"], r["class"] in ("0", "1"), "") for r in csv.DictReader(f)]


def prf(gold: list[bool], pred: list[bool]) -> dict[str, float]:
    tp = sum(1 for g, p in zip(gold, pred) if g and p)
    fp = sum(1 for g, p in zip(gold, pred) if not g and p)
    fn = sum(1 for g, p in zip(gold, pred) if g and not p)
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(pr, 3), "recall": round(rc, 3), "f1": round(2 * pr * rc / (pr + rc) if pr + rc else 0.0, 3)}


def timed(fn, texts: list[str]) -> tuple[list, float]:
    for t in texts[:50]:
        fn(t)
    t0 = time.perf_counter()
    out = [fn(t) for t in texts]
    dt = time.perf_counter() - t0
    return out, (len(texts) / dt if dt else float("inf"))


def make_safepost(pack_id: str):
    checker = Checker(load_pack(pack_id), registry=Registry([*language.DETECTORS, *commercial.DETECTORS]))

    def run(text: str) -> set[str]:
        res = checker.check(Post(text=text, account="official", author="public"))
        return {f.category for f in res.findings if (f.confidence or 0.0) >= 0.5}

    return run


def make_peers(which: str) -> dict:
    peers = {}
    if which == "none":
        return peers
    if "apc" in which:
        try:
            from profanity_check import predict_prob

            peers["alt-profanity-check"] = lambda t: bool(predict_prob([t])[0] >= 0.5)
        except Exception as e:  # noqa: BLE001
            print(f"skip alt-profanity-check: {e!r}", file=sys.stderr)
    if "bp" in which:
        try:
            from better_profanity import profanity

            profanity.load_censor_words()
            peers["better-profanity"] = lambda t: bool(profanity.contains_profanity(t))
        except Exception as e:  # noqa: BLE001
            print(f"skip better-profanity: {e!r}", file=sys.stderr)
    return peers


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="first 300 items of each set (smoke test)")
    ap.add_argument("--data", default="/work/shared/eval-data")
    ap.add_argument("--pack", default="marshfields")
    ap.add_argument("--peers", default="apc,bp", help="apc, bp, both (apc,bp) or none")
    ap.add_argument("--skip-davidson", action="store_true")
    ap.add_argument("--reuse-peers", metavar="JSON",
                    help="take the peers' figures from an earlier public.json (same data, same n) instead of re-running them")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "public.json"))
    a = ap.parse_args()
    d = Path(a.data)
    limit = 300 if a.quick else None
    t0 = time.perf_counter()
    sp = make_safepost(a.pack)
    sp("warm up")
    startup = time.perf_counter() - t0
    earlier = json.loads(Path(a.reuse_peers).read_text(encoding="utf-8")) if a.reuse_peers else None
    peers = make_peers(a.peers)
    if earlier:
        results_note = f"peers' figures reused from {a.reuse_peers} ({earlier.get('machine', {}).get('date', '?')})"
        print(results_note, file=sys.stderr)
    sets = [
        ("olid test (OFF vs NOT)", load_olid_test(d), LANG, "held out"),
        ("hatecheck (hateful vs non)", load_hatecheck(d), HATE, "held out"),
        ("youtube spam, videos 04-05", load_youtube(d, ("Youtube04-Eminem.csv", "Youtube05-Shakira.csv")), COMM,
         "held out (trained on 01-03)"),
    ]
    if not a.skip_davidson:
        sets.append(("davidson (hate+offensive vs neither)", load_davidson(d), LANG,
                     "IN-SAMPLE for alt-profanity-check and safepost"))
    results: dict = {"machine": {"python": platform.python_version(), "platform": platform.platform(),
                                 "cores": os.cpu_count(), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())},
                     "pack": a.pack, "quick": a.quick, "safepost_startup_s": round(startup, 3), "sets": {}}
    rows = []
    hatecheck_detail = {}
    for name, data, cats, note in sets:
        data = data[:limit] if limit else data
        texts = [t for t, _, _ in data]
        gold = [g for _, g, _ in data]
        found, ips = timed(sp, texts)
        pred = [bool(f & cats) for f in found]
        entry = {"n": len(data), "positives": sum(gold), "note": note,
                 "safepost": {**prf(gold, pred), "items_per_s": round(ips)}}
        rows.append((name, len(data), sum(gold), "safepost", entry["safepost"], note))
        peer_preds = {}
        old = (earlier.get("sets", {}).get(name) or {}) if earlier else {}
        for pname in (PEER_NAMES if old.get("n") == len(data) else ()):
            if pname in old:
                entry[pname] = {**old[pname], "reused_from": a.reuse_peers}
                rows.append((name, len(data), sum(gold), pname, entry[pname], "reused from an earlier run"))
        for pname, fn in peers.items():
            if pname in entry:
                continue
            pp, pips = timed(fn, texts)
            peer_preds[pname] = pp
            entry[pname] = {**prf(gold, pp), "items_per_s": round(pips)}
            rows.append((name, len(data), sum(gold), pname, entry[pname],
                         "in-sample" if pname == "alt-profanity-check" and name.startswith("davidson") else ""))
        if name.startswith("hatecheck"):
            funcs = [f for _, _, f in data]
            table = {}
            old_table = old.get("per_functionality", {})
            for fn_name in sorted(set(funcs)):
                idx = [i for i, x in enumerate(funcs) if x == fn_name]
                table[fn_name] = {"n": len(idx), "safepost": round(sum(pred[i] for i in idx) / len(idx), 3),
                                  **{p: round(sum(peer_preds[p][i] for i in idx) / len(idx), 3) for p in peer_preds}}
                for pname in PEER_NAMES:
                    if pname not in table[fn_name] and pname in old_table.get(fn_name, {}):
                        table[fn_name][pname] = old_table[fn_name][pname]
            entry["per_functionality"] = table
            if "profanity_nh" in table:
                entry["profanity_nh_flagged_as_hate"] = table["profanity_nh"]["safepost"]
            hatecheck_detail = table
            entry["note_supplementary"] = ("positive = abuse_or_hate of any kind, as the contract defines it; "
                                           "HateCheck's target_indiv_nh/target_group_nh cases are abuse of individuals "
                                           "or non-protected groups, which safepost reports as insult by design")
        results["sets"][name] = entry
    meta = commercial.DETECTORS[0].model.meta if commercial.DETECTORS[0].model else {}
    results["youtube_leave_one_video_out"] = meta.get("lovo_5fold")
    lang_meta = language.DETECTORS[1].model.meta if language.DETECTORS[1].model else {}
    results["models"] = {"language_offensive": lang_meta, "commercial_spam": {k: v for k, v in meta.items() if k != "lovo_5fold"}}

    print(f"# safepost language and commercial detectors on public data{' (QUICK: first 300 items)' if a.quick else ''}\n")
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, pack {a.pack}, "
          f"post = official/public; start-up to first result {startup:.2f} s\n")
    print("| data set | n | positive | detector | precision | recall | F1 | items/s | note |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, n, pos, det, m, note in rows:
        print(f"| {name} | {n} | {pos} | {det} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | "
              f"{m['items_per_s']} | {note} |")
    hc = results["sets"].get("hatecheck (hateful vs non)", {})
    if "profanity_nh_flagged_as_hate" in hc:
        print(f"\nHateCheck profanity_nh (swearing, not hate) flagged as hate by safepost: "
              f"{hc['profanity_nh_flagged_as_hate']:.0%}")
    if results["youtube_leave_one_video_out"]:
        print("\nYouTube spam, 5-fold leave-one-video-out (from training/train_commercial.py):\n")
        print("| held-out video | n | precision | recall | F1 |")
        print("|---|---|---|---|---|")
        for k, v in results["youtube_leave_one_video_out"].items():
            print(f"| {k} | {v['n']} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} |")
    if hatecheck_detail:
        names = [k for k in next(iter(hatecheck_detail.values())) if k != "n"]
        print("\nHateCheck: share flagged per functionality (_h gold hateful, _nh gold non-hateful)\n")
        print("| functionality | n | " + " | ".join(names) + " |")
        print("|---|---|" + "---|" * len(names))
        for fn_name, v in hatecheck_detail.items():
            print(f"| {fn_name} | {v['n']} | " + " | ".join(f"{v[k]:.2f}" for k in names) + " |")
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {out}")


if __name__ == "__main__":
    main()
