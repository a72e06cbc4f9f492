#!/usr/bin/env python3
"""Phone and email recall/precision of safepost's personal-information detectors, beside Presidio's.

Data: presidio-research's synthetic sets in ../shared/eval-data/presidio-research-synth (MIT).
Scoring is the same as ../shared/eval-data/measure_peers.py: a gold PHONE_NUMBER / EMAIL_ADDRESS
span is found when a predicted span of the same type overlaps it ("overlap") or has the same
boundaries ("exact"); precision counts predicted spans that overlap a gold span of that type.

The sets are not UK-specific (Faker numbers from many locales), so a third row per set puts
UK-format numbers (Ofcom's drama ranges, in the formats people type) in place of each gold
phone number in the same sentences, and scores both systems on that ("uk-substituted").

Presidio runs only if presidio-analyzer is installed (the `bench` extra): pattern recognisers
behind its NoOpNlpEngine, tldextract kept offline, as in measure_peers.py.

Usage: .venv/bin/python bench/eval_pii.py [--limit N]
Prints a markdown table and writes bench/results/pii.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Callable

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval-data" / "presidio-research-synth"
OUT = ROOT / "bench" / "results" / "pii.json"
SETS = ("synth_dataset_v2.json", "generated_large.json")
ENTITIES = {"phone": "PHONE_NUMBER", "email": "EMAIL_ADDRESS"}

Analyze = Callable[[str], list[tuple[str, int, int]]]

UK_FORMATS = ("07700 900{n:03d}", "07700-900-{n:03d}", "+44 7700 900{n:03d}", "+44 (0)7700 900{n:03d}",
              "(01632) 960{n:03d}", "01632 960{n:03d}", "0161 496 0{n:03d}", "020 7946 0{n:03d}",
              "0113 496 0{n:03d}", "07700900{n:03d}", "0044 7700 900{n:03d}", "07700.900.{n:03d}")


def safepost_analyzer() -> Analyze:
    """safepost's personal-information detectors, no school file (nothing excused)."""
    from safepost.context import Context
    from safepost.detectors.personal_info import DETECTORS
    from safepost.packs import load_pack

    pack = load_pack("newport-cejs")
    dets = [d.prepare(pack, None, None) for d in DETECTORS]
    ctx = Context(pack=pack)

    def analyze(text: str) -> list[tuple[str, int, int]]:
        return [(ENTITIES[s.kind], s.start, s.end) for d in dets for s in d.detect(text, ctx)
                if s.kind in ENTITIES and s.start is not None and s.end is not None]

    return analyze


def presidio_analyzer() -> Analyze | None:
    """Presidio's phone and email pattern recognisers, offline; None when it is not installed."""
    try:
        import tldextract
        import tldextract.tldextract as _tx

        _tx.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NoOpNlpEngine
        from presidio_analyzer.predefined_recognizers import EmailRecognizer, PhoneRecognizer
    except Exception as e:  # noqa: BLE001 - any failure means "not available here"
        print(f"presidio-analyzer not available: {e!r}", file=sys.stderr)
        return None
    engine = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
    engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(PhoneRecognizer())
    registry.add_recognizer(EmailRecognizer())
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["en"])
    ents = list(ENTITIES.values())

    def analyze(text: str) -> list[tuple[str, int, int]]:
        return [(r.entity_type, r.start, r.end) for r in analyzer.analyze(text=text, language="en", entities=ents)]

    return analyze


def uk_substituted(recs: list[dict], seed: int = 7) -> list[dict]:
    """The same records with every gold phone number replaced by a UK-format drama-range number."""
    rng = random.Random(seed)
    out = []
    for rec in recs:
        text = rec["full_text"]
        spans = sorted(rec["spans"], key=lambda s: s["start_position"])
        new_text, new_spans, shift, pos = [], [], 0, 0
        for s in spans:
            a, b = s["start_position"], s["end_position"]
            new_text.append(text[pos:a])
            value = text[a:b]
            if s["entity_type"] == "PHONE_NUMBER":
                value = rng.choice(UK_FORMATS).format(n=rng.randrange(1000))
            new_spans.append({**s, "start_position": a + shift, "end_position": a + shift + len(value),
                              "entity_value": value})
            shift += len(value) - (b - a)
            new_text.append(value)
            pos = b
        new_text.append(text[pos:])
        out.append({**rec, "full_text": "".join(new_text), "spans": new_spans})
    return out


def score(recs: list[dict], preds: list[list[tuple[str, int, int]]], ent: str) -> dict[str, float | int]:
    """measure_peers.py's scoring for one entity type."""
    n_gold = found_o = found_x = n_pred = pred_ok = 0
    for rec, pr in zip(recs, preds):
        gold = [(s["start_position"], s["end_position"]) for s in rec["spans"] if s["entity_type"] == ent]
        ps = [(s, e) for t, s, e in pr if t == ent]
        n_gold += len(gold)
        n_pred += len(ps)
        found_o += sum(1 for gs, ge in gold if any(s < ge and gs < e for s, e in ps))
        found_x += sum(1 for g in gold if g in ps)
        pred_ok += sum(1 for s, e in ps if any(s < ge and gs < e for gs, ge in gold))
    return {"gold": n_gold, "recall_overlap": found_o / max(1, n_gold), "recall_exact": found_x / max(1, n_gold),
            "precision": pred_ok / max(1, n_pred), "pred_ok": pred_ok, "pred": n_pred}


WNUT = ROOT.parent / "shared" / "eval-data" / "wnut17-emerging-entities" / "emerging.test.annotated"


def wnut_names() -> dict[str, float | int] | None:
    """No-roster name guessing on WNUT-17 test (real comments): how often it flags, and how often rightly.

    Not comparable with a name recogniser: without a roster safepost flags a name only beside a
    child cue ("well done", "in Year 3"), so recall is low by design; the useful figure is how
    rarely it flags ordinary social-media text, and whether what it flags is a person.
    """
    if not WNUT.is_file():
        return None
    from safepost.context import Context
    from safepost.detectors.pupils import DETECTORS
    from safepost.packs import load_pack

    det = DETECTORS[0].prepare(load_pack("newport-cejs"), None, None)
    ctx = Context(pack=load_pack("newport-cejs"))
    sents: list[tuple[str, list[tuple[int, int]]]] = []
    toks: list[tuple[str, str]] = []
    for line in WNUT.read_text(encoding="utf-8").splitlines() + [""]:
        if line.strip():
            tok, _, tag = line.partition("\t")
            toks.append((tok, tag.strip()))
            continue
        if toks:
            text, gold = "", []
            for tok, tag in toks:
                start = len(text)
                text += tok + " "
                if tag == "B-person":
                    gold.append([start, start + len(tok)])
                elif tag == "I-person" and gold:
                    gold[-1][1] = start + len(tok)
            sents.append((text, [tuple(g) for g in gold]))
            toks = []
    n_gold = sum(len(g) for _, g in sents)
    pred = ok = found = 0
    for text, gold in sents:
        spans = [(s.start, s.end) for s in det.detect(text, ctx)]
        pred += len(spans)
        ok += sum(1 for a, b in spans if any(a < ge and gs < b for gs, ge in gold))
        found += sum(1 for gs, ge in gold if any(a < ge and gs < b for a, b in spans))
    return {"sentences": len(sents), "gold_persons": n_gold, "flagged": pred, "flagged_person": ok,
            "precision": ok / max(1, pred), "recall_overlap": found / max(1, n_gold)}


POSTS = [
    "Well done to Amelia Hart in 4B for her fantastic writing this week! Call the office on 01632 960 418.",
    "Summer term starts on Monday. Will the PTA please meet at 3pm in the hall? Thanks to Mrs Rose for the cakes.",
    "Great to see so many families at the summer fair today, we raised £1,234.50 for new books #SummerFair",
    "Text me on 07700 900123 or email jenny.smith83@gmail.com, I live at 14 Elm Road AW4 8QT",
    "Congratulations to Grace, Will and Zosia for star of the week! #WellDoneAmelia",
    "Lovely walk with the dog this morning before a busy day of marking. Roll on half term!",
]


def speed() -> list[dict[str, object]]:
    """p50/p99 per post of each of our detectors: demo school + 60-pupil roster, and a 2,000-pupil roster."""
    import statistics

    from safepost.context import Context, Pupil, Roster, School
    from safepost.detectors import personal_info, pupils
    from safepost.packs import load_pack

    pack = load_pack("newport-cejs")
    school = School.from_yaml(ROOT / "examples" / "school.yaml")
    names = sorted(pupils.first_names())
    big = Roster([Pupil(names[i * 7 % len(names)].title(), f"Surname{chr(65 + i % 26)}{chr(65 + i // 26 % 26)}",
                        str(i % 6 + 1)) for i in range(2000)])
    out = []
    for label, roster in (("60 pupils", Roster.from_csv(ROOT / "examples" / "pupils.csv")), ("2,000 pupils", big),
                          ("no roster", None)):
        ctx = Context(pack=pack, school=school, roster=roster)
        t0 = time.perf_counter()
        dets = [d.prepare(pack, school, roster) for d in [*pupils.DETECTORS, *personal_info.DETECTORS]]
        build_ms = (time.perf_counter() - t0) * 1e3
        for d in dets:
            for p in POSTS:
                d.detect(p, ctx)
        times: list[float] = []
        for _ in range(300):
            for p in POSTS:
                t0 = time.perf_counter()
                for d in dets:
                    d.detect(p, ctx)
                times.append(time.perf_counter() - t0)
        times.sort()
        out.append({"roster": label, "prepare_ms": round(build_ms, 1),
                    "p50_ms": round(statistics.median(times) * 1e3, 3),
                    "p99_ms": round(times[int(len(times) * 0.99)] * 1e3, 3)})
    return out


def corpus_counts() -> dict[str, dict[str, int | float]]:
    """Case-level counts of our two categories on the project corpus (dev and held-out test; counts only)."""
    from safepost.context import Context, Roster, School
    from safepost.detectors import personal_info, pupils
    from safepost.packs import load_pack

    school = School.from_yaml(ROOT / "examples" / "school.yaml")
    roster = Roster.from_csv(ROOT / "examples" / "pupils.csv")
    pack = load_pack("newport-cejs")
    dets = [d.prepare(pack, school, roster) for d in [*pupils.DETECTORS, *personal_info.DETECTORS]]
    ctx = Context(pack=pack, school=school, roster=roster)
    out: dict[str, dict[str, int | float]] = {}
    for split in ("dev", "test"):
        path = ROOT / "corpus" / f"{split}.jsonl"
        if not path.is_file():
            continue
        cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for cat in ("pupil_identified", "personal_information"):
            tp = fp = fn = 0
            for c in cases:
                hit = any(s.category == cat and s.score >= 0.5 for d in dets for s in d.detect(c["text"], ctx))
                gold = cat in c.get("categories", [])
                tp, fp, fn = tp + (hit and gold), fp + (hit and not gold), fn + (gold and not hit)
            out[f"{split} {cat}"] = {"cases": len(cases), "tp": tp, "fp": fp, "fn": fn,
                                     "precision": round(tp / max(1, tp + fp), 3), "recall": round(tp / max(1, tp + fn), 3)}
    return out


def timed(fn: Analyze, texts: list[str]) -> tuple[list[list[tuple[str, int, int]]], float]:
    for t in texts[:50]:
        fn(t)
    t0 = time.perf_counter()
    out = [fn(t) for t in texts]
    dt = time.perf_counter() - t0
    return out, len(texts) / dt if dt > 0 else float("inf")


def _version(pkg: str) -> str:
    try:
        return version(pkg)
    except PackageNotFoundError:
        return "not installed"


def main() -> None:
    """Run both systems over both sets (and their UK-substituted copies); print and save the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="first N records of each set (smoke test)")
    a = ap.parse_args()
    if not DATA.is_dir():
        sys.exit(f"eval_pii: no data at {DATA}; it lives in the shared folder beside the repo.")
    systems: dict[str, Analyze] = {"safepost": safepost_analyzer()}
    pres = presidio_analyzer()
    if pres is not None:
        systems["presidio (patterns)"] = pres
    rows = []
    for name in SETS:
        base = json.loads((DATA / name).read_text(encoding="utf-8"))
        if a.limit:
            base = base[:a.limit]
        for variant, recs in ((name, base), (f"{name} uk-substituted", uk_substituted(base))):
            texts = [r["full_text"] for r in recs]
            for sysname, fn in systems.items():
                preds, ips = timed(fn, texts)
                for ent in ENTITIES.values():
                    if variant.endswith("uk-substituted") and ent != "PHONE_NUMBER":
                        continue
                    rows.append({"dataset": variant, "records": len(recs), "system": sysname, "entity": ent,
                                 **score(recs, preds, ent), "items_per_s": round(ips)})
    print(f"# PII: phone and email on presidio-research synthetic sets\n\npython {platform.python_version()}, "
          f"{os.cpu_count()} cores; safepost {_version('safepost')}, phonenumbers {_version('phonenumbers')}, "
          f"presidio-analyzer {_version('presidio-analyzer')}\n")
    print("| data set | records | system | entity | gold | recall (overlap) | recall (exact) | precision | items/s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['dataset']} | {r['records']:,} | {r['system']} | {r['entity']} | {r['gold']} | "
              f"{r['recall_overlap']:.3f} | {r['recall_exact']:.3f} | {r['precision']:.3f} ({r['pred_ok']}/{r['pred']}) "
              f"| {r['items_per_s']:,} |")
    wn = wnut_names()
    if wn is not None:
        print(f"\nNo-roster name guessing on WNUT-17 test ({wn['sentences']:,} real comments, "
              f"{wn['gold_persons']} person names): flagged {wn['flagged']}, of which {wn['flagged_person']} "
              f"are persons (precision {wn['precision']:.3f}); recall {wn['recall_overlap']:.3f} "
              f"(low by design: only names beside a child cue are flagged without a roster).")
    cc = corpus_counts()
    if cc:
        print("\nOur two categories on corpus/ (a case counts when any span of the category scores >= 0.5):\n")
        print("| split, category | cases | TP | FP | FN | precision | recall |\n|---|---|---|---|---|---|---|")
        for k, r in cc.items():
            print(f"| {k} | {r['cases']} | {r['tp']} | {r['fp']} | {r['fn']} | {r['precision']:.3f} | {r['recall']:.3f} |")
    sp = speed()
    print("\nSpeed of pupils.py + personal_info.py together, per post (6 typical posts x 300):\n")
    print("| roster | prepare (ms) | p50 (ms) | p99 (ms) |\n|---|---|---|---|")
    for r in sp:
        print(f"| {r['roster']} | {r['prepare_ms']} | {r['p50_ms']} | {r['p99_ms']} |")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"generated": time.strftime("%Y-%m-%d %H:%M"), "limit": a.limit,
                               "versions": {p: _version(p) for p in ("safepost", "phonenumbers", "presidio-analyzer")},
                               "rows": rows, "wnut17_no_roster_names": wn,
                               "corpus": cc, "speed_per_post": sp}, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten: {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
