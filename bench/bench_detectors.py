"""Time each detector over the speed benchmark's mixed posts, in one process (where a slowdown comes from).

    OMP_NUM_THREADS=1 taskset -c 1 .venv/bin/python bench/bench_detectors.py [--posts 3000] [--json OUT]

Prints posts/s for the whole check and each detector's mean time a post (its `detect`, wrapped with a timer;
the meaning model's shared features are charged to the first meaning detector that asks for them). To compare
two versions, run it alternately from two checkouts (PYTHONPATH=<checkout>/src) several times and compare the
best runs: this machine's speed drifts by 20-40% from minute to minute."""
from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_speed  # noqa: E402  (the same posts as the speed benchmark)

from safepost import Checker, Post, Roster, School, load_pack  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=3000)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    posts = bench_speed.load_posts(args.posts)
    school = School.from_yaml(str(ROOT / "examples" / "school.yaml"))
    roster = Roster.from_csv(str(ROOT / "examples" / "pupils.csv"))
    spent: collections.Counter[str] = collections.Counter()
    checkers: dict[str, Checker] = {}

    def checker(policy: str) -> Checker:
        if policy not in checkers:
            c = Checker(load_pack(policy), school=school, roster=roster)
            for d in c.detectors:
                def timed(*a, _f=d.detect, _n=getattr(d, "name", type(d).__name__), **k):
                    t = time.perf_counter()
                    try:
                        return _f(*a, **k)
                    finally:
                        spent[_n] += time.perf_counter() - t
                d.detect = timed
            checkers[policy] = c
        return checkers[policy]

    def run(items: list[dict]) -> None:
        for p in items:
            checker(p.get("policy", "newport-cejs")).check(
                Post(text=p["text"], account=p.get("account", "personal"), author=p.get("author", "staff")))

    run(posts[:200])  # warm: load models and compile patterns
    spent.clear()
    t0 = time.perf_counter()
    run(posts)
    total = time.perf_counter() - t0
    print(f"{len(posts)} posts in {total:.2f} s: {len(posts) / total:.0f} posts/s "
          f"(detectors {sum(spent.values()) / len(posts) * 1000:.3f} ms a post)")
    for name, t in spent.most_common():
        print(f"  {name:40s} {t / len(posts) * 1000:.3f} ms a post")
    if args.json:
        args.json.write_text(json.dumps({"posts": len(posts), "posts_per_s": round(len(posts) / total),
                                         "ms_per_post": {n: round(t / len(posts) * 1000, 4) for n, t in
                                                         spent.most_common()}}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
