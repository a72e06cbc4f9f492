"""Moderation intake under load and faults: signed Meta webhook deliveries against gunicorn + PostgreSQL + Redis
+ one Celery worker, all on this machine (issue 5, "Load and faults, measured").

    .venv/bin/python bench/bench_moderation.py                 # plain load: 10,000 deliveries at 330/s
    .venv/bin/python bench/bench_moderation.py --kill-worker   # SIGKILL the worker mid-run, restart it
    .venv/bin/python bench/bench_moderation.py --stop-postgres # stop PostgreSQL for a few seconds mid-run
    .venv/bin/python bench/bench_moderation.py --all           # the three, one after the other
    options: --events 10000 --rate 330 (0 = as fast as it goes) --connections 32 --workers 2 --threads 8
             --concurrency 1 (processes of the one worker) --autogroup-nice N (CPU weight of the stack's sessions)
             --label=-x (results key suffix) --keep-db --keep-logs --no-write

Each run: a fresh database (`safepost_loadbench` on PostgreSQL at 127.0.0.1:5432, user postgres), the demo school from
`manage.py seed_demo` with its Facebook page, app secret and automatic hiding on; Redis database 13 as the broker
(flushed); gunicorn, one Celery worker (solo pool: one process) and celery beat (the sweep) as subprocesses.
10,000 deliveries (5% byte-identical redeliveries, 2% bad signatures) are fired by an asyncio client that retries
5xx answers like the platform does. Then it waits until nothing waits, and checks in the database that every
valid delivery was stored, every comment is there exactly once and checked exactly once (worker logs), every bad
one was refused and never stored, and the automatic actions happened once each. Intake is deliveries per second
from the first send to the last answer (and from event.received in the database); p95 receipt -> classification
is from database timestamps (event.received -> comment.checked_at). It also records the CPU seconds of each part
(gunicorn, worker, PostgreSQL backends, the load generator itself) and how many cores everything else on the
machine used meanwhile. Results: bench/results/moderation.json (one entry per mode and --label).

It holds /tmp/safepost-bench.lock for the whole run (as `flock /tmp/safepost-bench.lock ...` does; run under
that command it sees its parent holds the lock and goes ahead). --stop-postgres stops the machine's shared
PostgreSQL server for --outage seconds (3 by default) and always starts it again.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import fcntl
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from moderation import client, deliveries  # noqa: E402

PY = sys.executable
BIN = Path(PY).parent
LOCK = "/tmp/safepost-bench.lock"
PG = "postgres://postgres@127.0.0.1:5432"
REDIS = "redis://127.0.0.1:6379/13"
SLUG = "brookfield"
PATH = f"/s/{SLUG}/moderation/webhook/facebook/"
TARGET_RATE, TARGET_P95 = 300.0, 5.0
SETTINGS = ("events", "dup", "bad", "rate", "connections", "workers", "threads", "worker_class", "concurrency",
            "fault_at", "restart_after", "outage", "sweep", "autogroup_nice")
HZ = os.sysconf("SC_CLK_TCK")


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    k = min(len(xs) - 1, max(0, int(round(p / 100 * len(xs) + 0.5)) - 1))
    return xs[k]


# -- the lock, PostgreSQL, processes ----------------------------------------------------------------------------------
def hold_lock():
    """Take the benchmark lock, unless we run under `flock /tmp/safepost-bench.lock` (it holds it for us)."""
    pid = os.getppid()
    while pid > 1:
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            if cmd and cmd[0].endswith(b"flock") and LOCK.encode() in cmd:
                log("running under flock: the bench lock is already held for this run")
                return None
            pid = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            break
    f = open(LOCK, "a")
    try:
        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        log(f"waiting for {LOCK} (another benchmark is running)")
        fcntl.flock(f, fcntl.LOCK_EX)
    return f


def pg_version() -> str:
    return sorted(os.listdir("/etc/postgresql"))[-1]


def pg_ctl(action: str) -> None:
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", pg_version(), "main", action], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)


def pg_running() -> bool:
    return subprocess.run(["pg_ctlcluster", pg_version(), "main", "status"], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).returncode == 0


def ensure_pg_up() -> None:
    if not pg_running():
        log("PostgreSQL is not running: starting it")
        pg_ctl("start")


def sql(db: str | None, query: str, params=(), fetch=True):
    import psycopg

    with psycopg.connect(f"{PG}/{db or 'postgres'}", autocommit=True, connect_timeout=10) as conn:
        cur = conn.execute(query, params)
        return cur.fetchall() if fetch and cur.description else None


def proc_cpu(pid: int) -> float:
    """User + system CPU seconds of one process."""
    try:
        f = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) / HZ
    except (OSError, IndexError, ValueError):
        return 0.0


def children(pid: int) -> list[int]:
    out = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                if int((p / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(p.name))
            except (OSError, IndexError, ValueError):
                pass
    return out


def pg_backends(db: str) -> list[int]:
    out = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                cmd = (p / "cmdline").read_bytes()
            except OSError:
                continue
            if cmd.startswith(b"postgres: ") and f" {db} ".encode() in cmd:
                out.append(int(p.name))
    return out


def machine_busy() -> tuple[float, float]:
    """(busy, total) jiffies of the whole machine, from /proc/stat."""
    v = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = v[3] + v[4]
    return sum(v) - idle, sum(v)


def set_autogroup_nice(pid: int, nice: int) -> None:
    """The kernel shares CPU between sessions (sched_autogroup), so a process's own nice value only counts inside
    its session; a session's weight is set here (/proc/<pid>/autogroup). Used only with --autogroup-nice."""
    try:
        Path(f"/proc/{pid}/autogroup").write_text(str(nice))
    except OSError as e:
        log(f"could not set the CPU weight of {pid}: {e}")


class Stack:
    """The database, gunicorn, the Celery worker and beat for one run."""

    def __init__(self, args, tmp: Path):
        self.args, self.tmp = args, tmp
        self.db = args.db
        self.port = free_port()
        self.env = dict(os.environ, DATABASE_URL=f"{PG}/{self.db}", CELERY_BROKER_URL=REDIS,
                        SAFEPOST_DATA_DIR=str(tmp / "data"), DJANGO_SETTINGS_MODULE="safepost_web.settings",
                        ALLOWED_HOSTS="127.0.0.1,localhost", LOG_LEVEL="WARNING", SITE_ROOT="http://127.0.0.1",
                        CELERY_SWEEP_SECONDS=str(args.sweep), CELERY_VISIBILITY_TIMEOUT="120", PYTHONUNBUFFERED="1",
                        SECRET_KEY="loadbench-only-not-secret-" + "x" * 40)
        self.env.pop("SAFEPOST_TEST_DB_NAME", None)
        self.procs: dict[str, subprocess.Popen] = {}
        self.worker_logs: list[Path] = []
        self.cpu: dict[str, float] = {}  # finished processes' CPU (a killed worker)

    def manage(self, *argv: str, check=True) -> str:
        r = subprocess.run([PY, str(ROOT / "manage.py"), *argv], env=self.env, cwd=ROOT, capture_output=True,
                           text=True, timeout=900)
        if check and r.returncode:
            raise SystemExit(f"manage.py {' '.join(argv)} failed:\n{r.stdout[-2000:]}\n{r.stderr[-4000:]}")
        return r.stdout

    def setup(self) -> dict:
        ensure_pg_up()
        import redis

        redis.Redis.from_url(REDIS).flushdb()
        sql(None, f'DROP DATABASE IF EXISTS "{self.db}" WITH (FORCE)')
        sql(None, f'CREATE DATABASE "{self.db}"')
        log(f"database {self.db} created; migrating")
        self.manage("migrate", "-v0")
        self.manage("seed_demo", "--password", "loadbench-not-a-real-password-2026")
        out = self.manage("shell", "-c", (
            "import json\n"
            "from safepost_web.moderation.models import PageSettings\n"
            "from safepost_web.moderation.demo import DEMO_PAGE, DEMO_SECRET\n"
            f"ps = PageSettings.objects.get(school__slug='{SLUG}', platform='facebook')\n"
            "ps.auto_hide = True\n"
            "ps.save()\n"
            "print(json.dumps({'page': DEMO_PAGE, 'secret': DEMO_SECRET, 'school_id': ps.school_id, "
            "'pack': ps.school.pack_id or 'school-pack.yaml'}))\n"))
        return json.loads(out.strip().splitlines()[-1])

    def check_cost(self, texts: list[str]) -> float:
        """CPU ms of one policy check (the demo school, official page context) in this tree, before the run."""
        code = ("import json, sys, time\n"
                "from safepost_web.schools.models import School\n"
                "from safepost_web.checks.service import run_check\n"
                f"s = School.objects.get(slug='{SLUG}')\n"
                "texts = json.loads(sys.stdin.read())\n"
                "run_check(s, texts[0], account='official', channel='facebook', author='public')\n"
                "c = time.process_time()\n"
                "for t in texts: run_check(s, t, account='official', channel='facebook', author='public')\n"
                "print(round((time.process_time() - c) / len(texts) * 1000, 2))\n")
        r = subprocess.run([PY, str(ROOT / "manage.py"), "shell", "-c", code], env=self.env, cwd=ROOT,
                           input=json.dumps(texts), capture_output=True, text=True, timeout=300)
        try:
            return float(r.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            return float("nan")

    def _weigh(self, name: str) -> None:
        if self.args.autogroup_nice is not None:
            set_autogroup_nice(self.procs[name].pid, self.args.autogroup_nice)

    def start_gunicorn(self) -> None:
        a = self.args
        cmd = [str(BIN / "gunicorn"), "safepost_web.wsgi:application", "-b", f"127.0.0.1:{self.port}", "-w",
               str(a.workers), "-k", a.worker_class, "--threads", str(a.threads), "--backlog", "2048", "--keep-alive", "75",
               "--error-logfile", str(self.tmp / "gunicorn.log"), "--log-level", "warning"]
        self.procs["gunicorn"] = subprocess.Popen(cmd, env=self.env, cwd=ROOT, stdout=subprocess.DEVNULL,
                                                  stderr=subprocess.DEVNULL, start_new_session=True)
        self._weigh("gunicorn")

    def start_worker(self) -> None:
        n = len(self.worker_logs) + 1
        path = self.tmp / f"worker-{n}.log"
        self.worker_logs.append(path)
        pool = "solo" if self.args.concurrency == 1 else "prefork"
        cmd = [str(BIN / "celery"), "-A", "safepost_web", "worker", "--pool", pool, "--concurrency",
               str(self.args.concurrency),
               "--loglevel", "INFO", "--without-gossip", "--without-mingle", "--without-heartbeat", "-n", f"lb{n}@%h"]
        self.procs["worker"] = subprocess.Popen(cmd, env=self.env, cwd=ROOT, stdout=open(path, "w"),
                                                stderr=subprocess.STDOUT, start_new_session=True)
        self._weigh("worker")

    def start_beat(self) -> None:
        cmd = [str(BIN / "celery"), "-A", "safepost_web", "beat", "-s", str(self.tmp / "beat-schedule"),
               "--loglevel", "INFO"]
        self.procs["beat"] = subprocess.Popen(cmd, env=self.env, cwd=ROOT, stdout=open(self.tmp / "beat.log", "w"),
                                              stderr=subprocess.STDOUT, start_new_session=True)
        self._weigh("beat")

    def wait_ready(self, worker_log: Path, seconds: float = 120) -> float:
        t0, end = time.monotonic(), time.monotonic() + seconds
        url = f"http://127.0.0.1:{self.port}{PATH}?hub.mode=subscribe&hub.verify_token=brookfield-demo-verify&hub.challenge=42"
        web = False
        while time.monotonic() < end:
            if not web:
                try:
                    web = urllib.request.urlopen(url, timeout=2).read() == b"42"
                except Exception:
                    pass
            if web and "ready." in worker_log.read_text(errors="replace"):
                return time.monotonic() - t0
            for name, p in self.procs.items():
                if p.poll() is not None:
                    raise SystemExit(f"{name} exited at start; see {self.tmp}")
            time.sleep(0.3)
        raise SystemExit(f"the stack did not start in {seconds} s; see {self.tmp}")

    def pids(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for name, p in self.procs.items():
            if p.poll() is None:
                out[name] = [p.pid] + children(p.pid)
        out["postgres backends (this database)"] = pg_backends(self.db)
        return out

    def cpu_snapshot(self) -> dict[str, dict[int, float]]:
        return {name: {pid: proc_cpu(pid) for pid in pids} for name, pids in self.pids().items()}

    def kill_worker(self) -> None:
        p = self.procs["worker"]
        self.cpu["worker (killed)"] = sum(proc_cpu(x) for x in [p.pid] + children(p.pid))
        os.killpg(p.pid, signal.SIGKILL)  # the worker and its pool processes, if any: nothing finishes cleanly
        p.wait()

    def stop(self) -> None:
        for p in self.procs.values():
            if p.poll() is None:
                try:
                    os.killpg(p.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        end = time.monotonic() + 15
        for p in self.procs.values():
            try:
                p.wait(max(0.1, end - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()

    def drop(self) -> None:
        try:
            sql(None, f'DROP DATABASE IF EXISTS "{self.db}" WITH (FORCE)')
        except Exception as e:
            log(f"could not drop {self.db}: {e}")


# -- one run ------------------------------------------------------------------------------------------------------------
def run(mode: str, args) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix=f"safepost-modbench-{mode}-"))
    stack = Stack(args, tmp)
    result: dict = {"mode": mode, "started_utc": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S"),
                    "load_before": os.getloadavg()}
    fault: dict = {}
    try:
        info = stack.setup()
        result["pack"] = info["pack"]
        stack.start_gunicorn()
        stack.start_worker()
        stack.start_beat()
        result["start_seconds"] = round(stack.wait_ready(stack.worker_logs[0]), 1)
        time.sleep(2)  # the worker loads the school's checker at start (on_worker_start)
        dl = deliveries.make(args.events, info["page"], info["secret"], dup=args.dup, bad=args.bad)
        sample = [json.loads(d.body)["entry"][0]["changes"][0]["value"]["message"] for d in dl[:400]]
        result["check_cpu_ms_per_comment"] = stack.check_cost(sample)
        log(f"one policy check costs {result['check_cpu_ms_per_comment']} ms of CPU in this tree")
        reqs = [client.build("127.0.0.1", PATH, d.body, d.signature) for d in dl]
        trigger = int(len(dl) * args.fault_at)
        fired = threading.Event()
        t_fire0 = [0.0]

        def inject() -> None:
            try:
                if mode == "kill-worker":
                    fault["at_sent"] = trigger
                    fault["killed_at_s"] = round(time.perf_counter() - t_fire0[0], 2)
                    stack.kill_worker()
                    log(f"worker killed (SIGKILL) after {trigger} deliveries sent")
                    time.sleep(args.restart_after)
                    stack.start_worker()
                    t = time.perf_counter()
                    log("worker restarted")
                    end = time.monotonic() + 120
                    while "ready." not in stack.worker_logs[-1].read_text(errors="replace") and time.monotonic() < end:
                        time.sleep(0.1)
                    fault["restart_after_s"] = args.restart_after
                    fault["new_worker_ready_s"] = round(time.perf_counter() - t, 2)
                elif mode == "stop-postgres":
                    fault["at_sent"] = trigger
                    t = time.perf_counter()
                    fault["stopped_at_s"] = round(t - t_fire0[0], 2)
                    try:
                        pg_ctl("stop")
                        log(f"PostgreSQL stopped after {trigger} deliveries sent")
                        fault["stop_took_s"] = round(time.perf_counter() - t, 2)
                        time.sleep(args.outage)
                    finally:
                        t2 = time.perf_counter()
                        pg_ctl("start")
                        fault["start_took_s"] = round(time.perf_counter() - t2, 2)
                        fault["down_s"] = round(time.perf_counter() - t, 2)
                        log(f"PostgreSQL started again ({fault['down_s']} s down)")
            except Exception as e:  # recorded; the run's checks still say what happened
                fault["error"] = f"{type(e).__name__}: {e}"

        injector = threading.Thread(target=inject, daemon=True)

        def on_sent(n: int) -> None:
            if mode != "plain" and n == trigger and not fired.is_set():
                fired.set()
                injector.start()

        before, busy0 = stack.cpu_snapshot(), machine_busy()
        log(f"{mode}: firing {len(dl)} deliveries at {args.rate or 'max'}/s over {args.connections} connections")
        cpu0, w0 = time.process_time(), time.perf_counter()
        t_fire0[0] = w0

        outcomes, first, last = asyncio.run(client.fire("127.0.0.1", stack.port, PATH, reqs, rate=args.rate,
                                                        connections=args.connections, on_sent=on_sent))
        gen_cpu, gen_wall = time.process_time() - cpu0, time.perf_counter() - w0
        log(f"all answered in {last - first:.1f} s; waiting for the backlog")
        if fired.is_set():
            injector.join(180)
        t_wait = time.perf_counter()
        drained = wait_drained(stack.db, info["school_id"], timeout=args.drain_timeout)
        result["drain_after_last_answer_s"] = round(time.perf_counter() - t_wait, 1)
        after, busy1 = stack.cpu_snapshot(), machine_busy()
        result["load_after"] = os.getloadavg()
        result["fault"] = fault
        result.update(measure(stack, info, dl, outcomes, first, last, drained))
        wall = last - first
        cpu = {}
        for name, pids in after.items():
            cpu[name] = round(sum(v - before.get(name, {}).get(pid, 0.0) for pid, v in pids.items()), 1)
        cpu.update({k: round(v - sum(before.get("worker", {}).values()), 1) for k, v in stack.cpu.items()})
        cpu["load generator (this process)"] = round(gen_cpu, 1)
        result["cpu_seconds_during_run"] = cpu
        result["cpu_note"] = (f"CPU seconds from first send until the backlog was empty ({wall:.1f} s of sending + "
                              f"{result['drain_after_last_answer_s']} s draining); 2 cores = "
                              f"{2 * (time.perf_counter() - w0):.0f} core-seconds available")
        result["load_generator"] = {"cpu_s": round(gen_cpu, 2), "wall_s": round(gen_wall, 2),
                                    "share_of_one_core_while_sending": round(gen_cpu / max(gen_wall, 1e-9), 3),
                                    "cpu_ms_per_request": round(1000 * gen_cpu / max(1, sum(o.attempts for o in outcomes)), 3)}
        result["machine_busy_share"] = round((busy1[0] - busy0[0]) / max(1, busy1[1] - busy0[1]), 3)
        span = time.perf_counter() - w0
        ours = sum(cpu.values())
        result["cores_used"] = {"this benchmark's processes": round(ours / span, 2),
                                "everything else on the machine": round(max(0.0, (busy1[0] - busy0[0]) / HZ - ours) / span, 2),
                                "seconds": round(span, 1)}
        result["tmp"] = str(tmp)
    finally:
        stack.stop()
        ensure_pg_up()
        if not args.keep_db:
            stack.drop()
    if not args.keep_logs and result.get("checks", {}).get("all_ok"):
        shutil.rmtree(tmp, ignore_errors=True)
        result.pop("tmp", None)
    return result


def wait_drained(db: str, school_id: int, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            (ev,), = sql(db, "SELECT count(*) FROM moderation_webhookevent WHERE status = 'stored'")
            (cm,), = sql(db, "SELECT count(*) FROM moderation_comment WHERE state = 'new'")
            if ev == 0 and cm == 0:
                return True
        except Exception:
            pass
        time.sleep(0.5)
    return False


def measure(stack: Stack, info: dict, dl: list, outcomes: list, first: float, last: float, drained: bool) -> dict:
    db, school = stack.db, info["school_id"]
    statuses = Counter()
    for o in outcomes:
        for s in o.statuses:
            statuses[s] += 1
    n = len(dl)
    kinds = Counter(d.kind for d in dl)
    final = Counter((d.kind, o.status) for d, o in zip(dl, outcomes))
    retried = sum(1 for o in outcomes if o.attempts > 1)
    five = sum(1 for o in outcomes for s in o.statuses if s >= 500)
    conn_fail = sum(1 for o in outcomes for s in o.statuses if s == 0)
    sending = last - first
    # Events as stored: body hash -> rows
    rows = sql(db, "SELECT body, status, received, processed_at FROM moderation_webhookevent "
                   "WHERE school_id = %s AND source = 'webhook'", (school,))
    stored = Counter(hashlib.sha256(bytes(r[0])).hexdigest() for r in rows)
    ev_status = Counter(r[1] for r in rows)
    received = sorted(r[2] for r in rows)
    sent_valid = Counter(hashlib.sha256(d.body).hexdigest() for d in dl if d.kind != "bad")
    bad_bodies = {hashlib.sha256(d.body).hexdigest() for d in dl if d.kind == "bad"}
    lost = [h for h in sent_valid if stored.get(h, 0) == 0]
    extra = sum(max(0, stored.get(h, 0) - k) for h, k in sent_valid.items())
    bad_stored = sum(stored.get(h, 0) for h in bad_bodies)
    # Comments
    cm = sql(db, "SELECT c.id, c.comment_id, c.state, c.verdict, c.checked_at, e.received, c.note "
                 "FROM moderation_comment c LEFT JOIN moderation_webhookevent e ON e.id = c.event_id "
                 "WHERE c.school_id = %s AND (c.comment_id LIKE '%%\\_lbc%%' OR c.comment_id LIKE 'lbbad%%')", (school,))
    per_cid = Counter(r[1] for r in cm)
    valid_ids = {d.comment_id for d in dl if d.kind != "bad"}
    missing = valid_ids - set(per_cid)
    twice = [c for c, k in per_cid.items() if k > 1]
    bad_comments = [c for c in per_cid if c.startswith("lbbad")]
    unchecked = [r for r in cm if r[2] == "new" or r[4] is None]
    lat = [(r[4] - r[5]).total_seconds() for r in cm if r[4] is not None and r[5] is not None]
    states = Counter(r[2] for r in cm)
    verdicts = Counter(r[3] for r in cm)
    auto_failed = sum(1 for r in cm if "Automatic action failed" in (r[6] or ""))
    # Checked exactly once: every committed check batch logs its comment ids (tasks.classify_batch).
    logged = Counter()
    by_worker = []
    for path in stack.worker_logs:
        mine = 0
        for m in re.finditer(r"checked \d+ comments: ([\d,\-]+)", path.read_text(errors="replace")):
            for part in m.group(1).split(","):
                a, _, b = part.partition("-")
                for x in range(int(a), int(b or a) + 1):
                    logged[x] += 1
                    mine += 1
        by_worker.append(mine)
    ids = {r[0] for r in cm}
    checked_twice = sorted(x for x in ids if logged[x] > 1)
    not_logged = sorted(x for x in ids if logged[x] == 0)
    # Automatic actions once each (audit entries per comment)
    audit = sql(db, "SELECT action, target, count(*) FROM audit_auditentry WHERE school_id = %s AND action IN "
                    "('moderation.hidden', 'moderation.escalated') AND target LIKE 'Facebook comment %%\\_lbc%%' "
                    "GROUP BY action, target", (school,))
    actions = Counter(a for a, _, _ in audit)
    actions_twice = [(a, t, k) for a, t, k in audit if k > 1]
    (reports,), = sql(db, "SELECT count(*) FROM incidents_report WHERE school_id = %s", (school,))
    accepted_valid = sum(1 for d, o in zip(dl, outcomes) if d.kind != "bad" and 200 <= o.status < 300)
    refused_bad = sum(1 for d, o in zip(dl, outcomes) if d.kind == "bad" and o.status == 403)
    db_span = (received[-1] - received[0]).total_seconds() if len(received) > 1 else float("nan")
    checks = {
        "drained": drained,
        "every_valid_delivery_answered_2xx": accepted_valid == kinds["valid"] + kinds["duplicate"],
        "every_bad_signature_refused_403": refused_bad == kinds["bad"],
        "no_bad_delivery_stored": bad_stored == 0 and not bad_comments,
        "no_delivery_lost": not lost,
        "every_comment_stored_exactly_once": not missing and not twice,
        "every_comment_checked": not unchecked,
        "every_comment_checked_exactly_once_by_log": not checked_twice and not not_logged,
        "automatic_actions_once_each": not actions_twice,
    }
    checks["all_ok"] = all(checks.values())
    intake = (kinds["valid"] + kinds["duplicate"] + kinds["bad"]) / sending
    res = {
        "deliveries": {"sent": n, "new_comments": kinds["valid"], "redeliveries": kinds["duplicate"],
                       "bad_signatures": kinds["bad"], "mean_body_bytes": round(sum(len(d.body) for d in dl) / n)},
        "answers": {"by_status": {str(k): v for k, v in sorted(statuses.items())},
                    "final": {f"{k}:{s}": v for (k, s), v in sorted(final.items())},
                    "5xx_answers": five, "connection_failures": conn_fail, "deliveries_retried": retried,
                    "http_latency_ms": {"p50": round(1000 * pct([o.latency for o in outcomes], 50), 1),
                                        "p95": round(1000 * pct([o.latency for o in outcomes], 95), 1),
                                        "max": round(1000 * max(o.latency for o in outcomes), 1)}},
        "intake": {"sending_seconds": round(sending, 2), "deliveries_per_s": round(intake, 1),
                   "stored_events_per_s_db": round(len(rows) / db_span, 1) if db_span == db_span and db_span else None,
                   "target_per_s": TARGET_RATE},
        "stored": {"event_rows": len(rows), "event_status": dict(ev_status), "valid_deliveries_lost": len(lost),
                   "extra_event_rows_from_retries": extra, "bad_signature_rows": bad_stored},
        "comments": {"rows": len(cm), "expected": len(valid_ids), "missing": len(missing), "duplicated": len(twice),
                     "unchecked": len(unchecked), "states": dict(states), "verdicts": dict(verdicts),
                     "automatic_action_failed_notes": auto_failed},
        "receipt_to_classification_s": {"n": len(lat), "p50": round(pct(lat, 50), 2), "p95": round(pct(lat, 95), 2),
                                        "p99": round(pct(lat, 99), 2), "max": round(max(lat), 2) if lat else None,
                                        "target_p95": TARGET_P95},
        "checked_exactly_once": {"checks_logged_per_worker_start": by_worker,
                                 "comments_checked_twice_by_log": len(checked_twice),
                                 "comments_without_a_logged_check": len(not_logged)},
        "automatic_actions": {"hidden": actions["moderation.hidden"], "escalated": actions["moderation.escalated"],
                              "incident_reports": reports, "same_action_twice": len(actions_twice)},
        "checks": checks,
        "targets_met": {"intake_ge_300_per_s": intake >= TARGET_RATE,
                        "p95_le_5_s": bool(lat) and pct(lat, 95) <= TARGET_P95},
    }
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kill-worker", action="store_true", help="SIGKILL the Celery worker mid-run and restart it")
    ap.add_argument("--stop-postgres", action="store_true", help="stop PostgreSQL for --outage seconds mid-run")
    ap.add_argument("--all", action="store_true", help="plain, then --kill-worker, then --stop-postgres")
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--dup", type=float, default=0.05)
    ap.add_argument("--bad", type=float, default=0.02)
    ap.add_argument("--rate", type=float, default=330.0, help="deliveries per second offered (0: as fast as it goes)")
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    ap.add_argument("--threads", type=int, default=8, help="gunicorn threads per worker")
    ap.add_argument("--concurrency", type=int, default=1,
                    help="processes of the one Celery worker (1: solo pool, the worker is one process)")
    ap.add_argument("--worker-class", default="gthread", help="gunicorn worker class (gthread keeps connections open)")
    ap.add_argument("--fault-at", type=float, default=0.4, help="share of deliveries sent before the fault")
    ap.add_argument("--restart-after", type=float, default=1.0, help="seconds before the killed worker is restarted")
    ap.add_argument("--outage", type=float, default=3.0, help="seconds PostgreSQL stays stopped")
    ap.add_argument("--sweep", type=int, default=10, help="beat's sweep interval in seconds for this run")
    ap.add_argument("--drain-timeout", type=float, default=600)
    ap.add_argument("--db", default="safepost_loadbench")
    ap.add_argument("--keep-db", action="store_true")
    ap.add_argument("--keep-logs", action="store_true")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "moderation.json"))
    ap.add_argument("--autogroup-nice", type=int, default=None,
                    help="CPU weight of the server, worker and beat sessions (-20..19; default: left as they are). "
                         "With sched_autogroup a `nice` inside another session does not lower that session's share")
    ap.add_argument("--no-write", action="store_true", help="print only (trials)")
    ap.add_argument("--label", default="", help="suffix for this run's key in the results file, e.g. '-rate150'")
    args = ap.parse_args()
    modes = (["plain", "kill-worker", "stop-postgres"] if args.all else
             ["kill-worker"] if args.kill_worker else ["stop-postgres"] if args.stop_postgres else ["plain"])
    lock = hold_lock()
    try:
        results = {}
        for mode in modes:
            r = run(mode, args)
            r["settings"] = {k: getattr(args, k) for k in SETTINGS}
            results[f"{mode}{args.label}"] = r
            summary(r)
    finally:
        ensure_pg_up()
        if lock:
            lock.close()
    if args.no_write:
        return
    out = Path(args.out)
    doc = json.loads(out.read_text()) if out.exists() else {}
    doc.setdefault("runs", {})
    doc["machine"] = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    doc["runs"].update(results)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(doc, indent=2, default=str) + "\n")
    log(f"written {out}")


def summary(r: dict) -> None:
    lat, it = r.get("receipt_to_classification_s", {}), r.get("intake", {})
    print(json.dumps({k: r.get(k) for k in ("mode", "intake", "receipt_to_classification_s", "answers", "stored",
                                             "comments", "checked_exactly_once", "automatic_actions", "fault",
                                             "checks", "targets_met", "cpu_seconds_during_run", "load_generator",
                                             "machine_busy_share", "cores_used", "check_cpu_ms_per_comment", "load_before", "load_after", "tmp")},
                     indent=1, default=str))
    log(f"{r['mode']}: intake {it.get('deliveries_per_s')}/s, p95 receipt->classification {lat.get('p95')} s, "
        f"all checks {'OK' if r.get('checks', {}).get('all_ok') else 'FAILED'}")


if __name__ == "__main__":
    main()
