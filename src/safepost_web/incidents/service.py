"""Checking the chained log and every evidence file, and building a case bundle (PDF, files, manifest)."""
from __future__ import annotations

import io
import json
import os
import zipfile

from django.db import transaction
from django.utils import timezone

from safepost import evidence as ev
from safepost_web.incidents.models import Case, Evidence, LogEntry, log_event


def verify_school(school) -> list[ev.Problem]:
    """Everything wrong with this school's log and evidence: which entry, which file, expected vs found."""
    rows = [ev.Stored(e.seq, e.as_entry(), e.prev_hash, e.hash)
            for e in LogEntry.objects.filter(school=school).order_by("seq").iterator()]
    problems = ev.verify_chain(rows)
    files = list(Evidence.objects.filter(school=school).order_by("id"))
    expected = {f.label: f.sha256 for f in files}
    found = {}
    for f in files:
        try:
            sha, _size = ev.hash_file(f.path)
        except OSError:
            sha = None
        found[f.label] = sha
    problems += ev.verify_files(expected, found)
    # Each file was logged with its hash when it arrived: a row removed or its hash rewritten shows here.
    by_id = {f.pk: f for f in files}
    for r in rows:
        if r.entry["action"] != "evidence.added":
            continue
        d = r.entry["detail"] if isinstance(r.entry["detail"], dict) else {}
        f = by_id.get(d.get("evidence"))
        if f is None:
            problems.append(ev.Problem(f"evidence {d.get('evidence')} ({d.get('name', '?')})",
                                       f"was logged in log entry {r.seq} but its record is gone",
                                       expected=d.get("sha256", ""), found="no record"))
        elif f.sha256 != d.get("sha256"):
            problems.append(ev.Problem(f.label, f"its recorded hash differs from log entry {r.seq}",
                                       expected=d.get("sha256", ""), found=f.sha256))
    return problems


def _zip_name(i: int, e: Evidence) -> str:
    base = os.path.basename(e.original_name).replace("/", "_") or "file"
    return f"evidence/{i:03d}-{base}"


def build_bundle(case: Case, user, purpose: str) -> tuple[bytes, str]:
    """The case bundle as zip bytes, and the manifest's own SHA-256. The case row is locked while it is built,
    so evidence being added at the same moment is either wholly in the bundle or wholly out of it."""
    from safepost_web.core.pdf import render_pdf

    with transaction.atomic():
        case = Case.objects.select_for_update().select_related("school").get(pk=case.pk)
        files = list(case.all_evidence())
        names = [(_zip_name(i, e), e) for i, e in enumerate(files, 1)]
        problems = []
        for name, e in names:
            try:
                sha, _ = ev.hash_file(e.path)
            except OSError:
                sha = None
            if sha != e.sha256:
                problems.append(ev.Problem(e.label, "does not match its recorded hash", e.sha256, sha or "no file"))
        if problems:
            raise ExportRefused(problems)
        now = timezone.now()
        context = {"case": case, "school": case.school, "purpose": purpose, "exported_at": now, "by": user,
                   "reports": case.reports.select_related("reporter").order_by("created"),
                   "actions": case.actions.select_related("actor"), "files": names,
                   "timeline": case.timeline(), "pupils": case.pupils.all(), "staff": case.staff.all()}
        pdf = render_pdf("incidents/case_pdf.html", context)
        log = "".join(json.dumps({**e.as_entry(), "prev_hash": e.prev_hash, "hash": e.hash}, sort_keys=True) + "\n"
                      for e in case.timeline())
        listed = [(n, e.sha256) for n, e in names]
        listed += [("summary.pdf", _sha(pdf)), ("log.jsonl", _sha(log.encode()))]
        manifest = ev.manifest_lines(listed)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("summary.pdf", pdf)
            z.writestr("log.jsonl", log)
            for name, e in names:
                z.write(e.path, name)
            z.writestr("manifest-sha256.txt", manifest)
            z.writestr("README.txt", README.format(ref=case.reference, school=case.school.name,
                                                   at=now.strftime("%Y-%m-%d %H:%M UTC"), by=user.username))
        manifest_sha = _sha(manifest.encode())
        log_event(case.school, user, "case.exported", case=case,
                  detail={"purpose": purpose, "files": len(names), "manifest_sha256": manifest_sha})
        from safepost_web.audit.models import record

        record(case.school, user, "case.exported", case.reference, detail=f"for {purpose}")
    return buf.getvalue(), manifest_sha


class ExportRefused(Exception):
    """A file no longer matches its hash: the bundle is not built, and the problems say which."""

    def __init__(self, problems):
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


README = """Case {ref}, {school}
Exported {at} by {by}.

summary.pdf           the case: people, actions, timeline
evidence/             every file as it was received
log.jsonl             every logged event on the case, with its chained SHA-256
manifest-sha256.txt   the SHA-256 of every file above

To check that nothing has changed since export, in this folder run:
    sha256sum -c manifest-sha256.txt
Each line should say OK.
"""
