"""The check page under load: 20 staff checking posts at once, gunicorn on loopback, SQLite.

    .venv/bin/python bench/bench_web.py [--users 20] [--requests 25] [--workers 2] [--threads 4]

Builds a throwaway demo database, starts gunicorn on 127.0.0.1, signs each user in, then each user
posts the check form --requests times with real-looking drafts (with --think seconds between them).
Prints p50/p95/max latency of the check page (target: p95 <= 150 ms) and writes
bench/results/web-think<N>.json. The load generator shares the machine's cores with the server.
"""
from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import re
import socket
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
DRAFTS = [
    "Well done Amelia Hart in 4B for the art prize!",
    "Lovely sunny day for sports day, thank you to all our families for coming.",
    "Will the sun come out for the Summer term fair? Hope so!",
    "Reminder: Year 5 trip to the museum leaves at 9am on Tuesday from the coach park.",
    "Honestly this school is a joke, the head never listens to anyone.",
    "Selling my old bike, £40, message me on 07700 900123.",
]
PASSWORD = "bench-password-2026"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except Exception:
            time.sleep(0.3)
    raise SystemExit(f"the server did not start at {url}")


class User:
    def __init__(self, base: str, name: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.sign_in(name)

    def csrf(self, path: str) -> str:
        html = self.opener.open(self.base + path, timeout=30).read().decode()
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)

    def post(self, path: str, data: dict) -> tuple[int, str]:
        body = urllib.parse.urlencode(data).encode()
        req = urllib.request.Request(self.base + path, data=body, headers={"Referer": self.base + path})
        with self.opener.open(req, timeout=30) as r:
            return r.status, r.read().decode()

    def sign_in(self, name: str) -> None:
        token = self.csrf("/accounts/login/")
        self.post("/accounts/login/", {"csrfmiddlewaretoken": token, "username": name, "password": PASSWORD})


def run_user(user: User, n: int, times: list[float], errors: list[str], lock: threading.Lock,
             think: float = 0.0) -> None:
    token = user.csrf("/s/brookfield/check/")
    for i in range(n):
        data = {"csrfmiddlewaretoken": token, "text": DRAFTS[i % len(DRAFTS)], "account": "personal",
                "channel": "facebook"}
        t0 = time.perf_counter()
        try:
            status, html = user.post("/s/brookfield/check/", data)
            ok = status == 200 and "verdict-" in html
        except Exception as e:  # a failed request is counted, not hidden
            ok, html = False, str(e)
        dt = time.perf_counter() - t0
        with lock:
            times.append(dt)
            if not ok:
                errors.append(html[:200])
        if think:
            time.sleep(think)  # a member of staff reads the result before checking the next draft


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--users", type=int, default=20)
    ap.add_argument("--requests", type=int, default=25)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--think", type=float, default=0.0,
                    help="seconds each user waits between checks (0: every user hammers the page)")
    ap.add_argument("--postgres", action="store_true",
                    help="use a fresh database on the PostgreSQL server at 127.0.0.1:5432 (user postgres)")
    args = ap.parse_args()
    data_dir = tempfile.mkdtemp(prefix="safepost-bench-")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "safepost_web.settings", "SAFEPOST_DATA_DIR": data_dir,
           "PYTHONPATH": str(ROOT / "src"), "OMP_NUM_THREADS": "1"}
    env.pop("DATABASE_URL", None)
    pg_db = f"safepost_bench_{os.getpid()}" if args.postgres else None
    if pg_db:
        psql = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-qc"]
        subprocess.run(psql + [f"CREATE DATABASE {pg_db}"], check=True)
        env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{pg_db}"
    subprocess.run([PY, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([PY, "manage.py", "seed_demo", "--password", PASSWORD], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([PY, "-m", "gunicorn", "safepost_web.wsgi", "-b", f"127.0.0.1:{port}",
                               "-w", str(args.workers), "--threads", str(args.threads), "--log-level", "warning"],
                              cwd=ROOT, env=env)
    try:
        wait_for(base + "/accounts/login/")
        names = ["alice", "bob", "carol", "dave", "erin", "frank", "grace"]
        users = [User(base, names[i % len(names)]) for i in range(args.users)]
        warm = users[0]
        run_user(warm, 3, [], [], threading.Lock())  # build each worker's checker before timing
        run_user(User(base, "bob"), 3, [], [], threading.Lock())
        times: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        threads = [threading.Thread(target=run_user, args=(u, args.requests, times, errors, lock, args.think)) for u in users]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(data_dir, ignore_errors=True)
        if pg_db:
            subprocess.run(psql + [f"DROP DATABASE IF EXISTS {pg_db}"], check=False)
    times.sort()
    p = lambda q: times[min(len(times) - 1, int(q * len(times)))] * 1000  # noqa: E731
    result = {"users": args.users, "requests": len(times), "errors": len(errors), "workers": args.workers,
              "threads": args.threads, "p50_ms": round(p(0.50), 1), "p95_ms": round(p(0.95), 1),
              "max_ms": round(times[-1] * 1000, 1), "mean_ms": round(statistics.mean(times) * 1000, 1),
              "throughput_rps": round(len(times) / wall, 1), "think_s": args.think, "target_p95_ms": 150,
              "load_average": [round(x, 2) for x in os.getloadavg()], "cpus": os.cpu_count(),
              "database": "postgresql" if pg_db else "sqlite"}
    print(json.dumps(result, indent=2))
    if errors:
        print(f"{len(errors)} requests failed; first: {errors[0]}", file=sys.stderr)
    out = ROOT / "bench" / "results" / f"web-{result['database']}-think{args.think:g}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
