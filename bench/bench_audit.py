"""Benchmark `safepost audit` on a generated 50,000-item archive (not a test: it times things).

    .venv/bin/python bench/bench_audit.py [--posts 50000] [--platform facebook|x] [--policy newport-cejs]

Builds the archive in a temporary folder (removed afterwards), runs the audit with the real
engine, the demo school and roster, writes the JSONL to /dev/null-like temp file, and reports
items per second and peak memory (RSS), sampled along the way to show it stays flat.
Target: 50,000 items in at most 2 minutes on one core.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "archives"))

import make_archives as mk  # noqa: E402

WORDS = ("lovely day out with the family", "marking all weekend again", "who else is watching the match",
         "great walk along the canal", "coffee first, then planning", "so proud of my class today",
         "anyone recommend a plumber in Telford", "parents evening done", "new recipe tried tonight",
         "Summer term is flying by", "Will the rain ever stop", "training course in Shrewsbury",
         "happy birthday to my wonderful sister", "car boot sale on Sunday, come along",
         "can't believe the news today", "call me on 07700 900123 about the bike",
         "OFSTED next week, fingers crossed", "well done Amelia Hart on the art prize")


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return rss_mb()


def text(rng: random.Random, i: int) -> str:
    return f"{rng.choice(WORDS).capitalize()} #{i} {rng.choice(WORDS)}" + (" 😀" if i % 7 == 0 else "")


def build(path: Path, n: int, platform: str) -> None:
    """Write an archive of `n` items, streaming each JSON file so the generator's memory stays small too."""
    rng = random.Random(8)
    start = 1262304000  # 2010
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        if platform == "x":
            with z.open("data/tweets.js", "w") as f:
                f.write(b"window.YTD.tweets.part0 = [")
                for i in range(n):
                    tw = mk.tweet(str(10**17 + i), text(rng, i), time.strftime(
                        "%a %b %d %H:%M:%S +0000 %Y", time.gmtime(start + i * 4000)))
                    f.write((b"," if i else b"") + json.dumps(tw, indent=2).encode())
                f.write(b"]")
            return
        posts, comments = n * 4 // 5, n - n * 4 // 5
        with z.open("your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json", "w") as f:
            f.write(b"[")
            for i in range(posts):
                obj = {"timestamp": start + i * 5000, "data": [{"post": text(rng, i)}],
                       "title": "Jane Example updated her status."}
                f.write((b"," if i else b"") + mk.meta_json(obj))
            f.write(b"]")
        with z.open("your_activity_across_facebook/comments_and_reactions/comments.json", "w") as f:
            f.write(b'{"comments_v2": [')
            for i in range(comments):
                obj = {"timestamp": start + i * 9000, "data": [{"comment": {
                    "timestamp": start + i * 9000, "comment": text(rng, i), "author": "Jane Example"}}],
                    "title": "Jane Example commented on a post."}
                f.write((b"," if i else b"") + mk.meta_json(obj))
            f.write(b"]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=50_000)
    ap.add_argument("--platform", choices=("facebook", "x"), default="facebook")
    ap.add_argument("--policy", default="newport-cejs")
    ap.add_argument("--no-detectors", action="store_true",
                    help="an empty detector registry: measures reading, mapping and JSONL alone")
    a = ap.parse_args()

    from safepost.audit import audit
    from safepost.context import Roster, School
    from safepost.engine import Checker
    from safepost.packs import load_pack
    from safepost.types import Post

    from safepost.detectors.base import Registry

    checker = Checker(load_pack(a.policy), school=School.from_yaml(ROOT / "examples" / "school.yaml"),
                      roster=Roster.from_csv(ROOT / "examples" / "pupils.csv"),
                      registry=Registry() if a.no_detectors else None)
    checker.check(Post(text="warm up"))  # load lazily built detector tables before timing
    with tempfile.TemporaryDirectory(prefix="safepost-audit-bench-") as d:
        arc = Path(d) / "archive.zip"
        t0 = time.perf_counter()
        build(arc, a.posts, a.platform)
        print(f"built {a.posts} {a.platform} items: {arc.stat().st_size / 2**20:.2f} MB zipped "
              f"in {time.perf_counter() - t0:.1f}s")
        base = current_rss_mb()
        samples: list[tuple[int, float]] = []
        n = [0]

        def progress(done: int, total: int) -> None:
            n[0] += 1
            if n[0] % max(1, a.posts // 10) == 0:
                samples.append((n[0], current_rss_mb()))

        with open(Path(d) / "out.jsonl", "w", encoding="utf-8") as out:
            t0, c0 = time.perf_counter(), time.process_time()
            res = audit(arc, checker, jsonl=out, progress=progress, check_photos=False)
            dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    # CPU time is what one core spends; wall time also counts waiting on a busy shared machine.
    print(f"checked {res.checked} of {res.items} items in {dt:.1f}s wall, {cpu:.1f}s CPU: "
          f"{res.items / dt:,.0f} items/s wall, {res.items / cpu:,.0f} items/s per core "
          f"(50,000 would take {50_000 / (res.items / cpu):.0f}s of one core; target 120s); "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"verdicts: {dict(res.verdicts)}; listed for review: {len(res.entries)}")
    from safepost.audit.report import render_html

    t0 = time.perf_counter()
    page = render_html(res)
    print(f"HTML report: {len(page) / 2**20:.1f} MB in {time.perf_counter() - t0:.1f}s")
    print(f"RSS before audit {base:.0f} MB; during: " + ", ".join(f"{k}: {v:.0f} MB" for k, v in samples)
          + f"; peak {rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
