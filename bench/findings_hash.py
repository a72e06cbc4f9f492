"""Hash every finding, span and verdict of every readable text through all five packs (byte-identity check).
Run: PYTHONPATH=<checkout>/src .venv/bin/python bench/findings_hash.py <checkout>
(A speed change must leave the hash unchanged; it does not read the held-aside split or any blind set.)"""
import hashlib, json, sys
from pathlib import Path
from safepost import Checker, Post, Roster, School, load_pack

ROOT = Path(sys.argv[1])
D = ROOT / "training" / "data"
files = [ROOT / "corpus" / "dev.jsonl", D / "extra_cases.jsonl"] + [D / f"outsider{i}_dev.jsonl" for i in (3, 4, 5, 6, 7)] \
    + sorted(D.glob("meaning_seed*.jsonl"))
posts = []
for f in files:
    for line in f.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            if isinstance(r.get("text"), str):
                posts.append((r["text"], r.get("account") or "personal", r.get("author") or "staff"))
for line in (D / "school_ordinary.txt").read_text(encoding="utf-8").splitlines():
    if line.strip() and not line.startswith("#"):
        posts.append((line, "personal", "staff"))
school = School.from_yaml(str(ROOT / "examples" / "school.yaml"))
roster = Roster.from_csv(str(ROOT / "examples" / "pupils.csv"))
packs = ["newport-cejs", "staff-declaration", "aycliffe-drive", "marshfields", "rattlesden"]
h = hashlib.sha256()
n = nf = 0
for pk in packs:
    c = Checker(load_pack(pk), school=school, roster=roster)
    for text, acc, auth in posts:
        for account in sorted({acc, "official"}):
            try:
                res = c.check(Post(text=text, account=account, author=auth))
            except Exception as e:  # the same error is the same output
                h.update(f"ERR {pk} {type(e).__name__} {e}\n".encode()); continue
            n += 1
            rec = [pk, account, auth, text, res.verdict, res.redacted_text, list(res.notes),
                   [(f.category, f.kind, f.severity, f.rule, f.start, f.end, f.evidence, f.message, f.clause, f.fix, f.detector,
                     None if f.confidence is None else round(float(f.confidence), 6)) for f in res.findings],
                   [(s.category, s.kind, s.start, s.end, s.detector, s.evidence, round(float(s.score), 6),
                     json.dumps(s.attrs, sort_keys=True, default=str)) for s in res.spans]]
            nf += len(res.findings)
            h.update(json.dumps(rec, ensure_ascii=False, default=str).encode() + b"\n")
print(f"{n} checks, {nf} findings, sha256 {h.hexdigest()}")
