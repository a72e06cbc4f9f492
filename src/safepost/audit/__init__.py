"""Review your own social media history, privately: read a platform download and check every item.

`run_audit` is what `safepost audit` calls; `audit` and `audit_html` are the pieces a web view
can call with an uploaded file object. Nothing is sent anywhere and nothing is written apart
from the reports asked for (photos are copied one at a time into a private temporary folder,
removed straight afterwards, only when the photo checks are installed).
"""
from __future__ import annotations

import os
import sys
from typing import IO, TYPE_CHECKING, BinaryIO

from safepost.audit.archive import DEFAULT_LIMITS, Archive, ArchiveError, Limits
from safepost.audit.report import Progress, format_summary, render_html, write_text
from safepost.audit.runner import AuditResult, audit

if TYPE_CHECKING:
    from safepost.engine import Checker

__all__ = ["Archive", "ArchiveError", "AuditResult", "Limits", "audit", "audit_html", "run_audit"]


def audit_html(source: "str | os.PathLike[str] | BinaryIO", checker: "Checker",
               limits: Limits = DEFAULT_LIMITS, privacy: str | None = None) -> tuple[AuditResult, str]:
    """Audit an archive (path or uploaded file object) and return the results and the HTML report.

    `privacy` replaces the report's "ran on your own computer" box (HTML) when it ran somewhere else."""
    res = audit(source, checker, limits=limits)
    return res, render_html(res, privacy=privacy)


def run_audit(archive: str, checker: "Checker", html: str | None = None, jsonl: str | None = None,
              out: IO[str] = sys.stdout, err: IO[str] = sys.stderr, limits: Limits = DEFAULT_LIMITS) -> int:
    """The `safepost audit` command: 0 when the audit finished, 2 (with one line on `err`) when it could not."""
    for path in (html, jsonl):
        if path and path != "-":
            folder = os.path.dirname(os.path.abspath(path))
            if not os.path.isdir(folder):
                err.write(f"safepost: cannot write {path}: the folder {folder} does not exist\n")
                return 2
    jf: IO[str] | None = None
    progress = Progress(err)
    try:
        if jsonl == "-":
            jf = out
        elif jsonl:
            jf = open(jsonl, "w", encoding="utf-8", newline="\n")
        res = audit(archive, checker, jsonl=jf, progress=progress, limits=limits)
        progress.finish()
    except (ArchiveError, OSError, RecursionError, MemoryError) as e:
        progress.finish()
        _discard(jf, jsonl, out)
        msg = str(e) if isinstance(e, ArchiveError) else _os_message(e, archive)
        err.write(f"safepost: {msg}\n")
        return 2
    except KeyboardInterrupt:
        progress.finish()
        _discard(jf, jsonl, out)
        err.write("safepost: audit stopped; no report was written\n")
        return 130
    if jf is not None and jf is not out:
        jf.close()
    if html:
        try:
            write_text(html, render_html(res))
        except OSError as e:  # the results file, if any, is complete and kept
            err.write(f"safepost: cannot write {html}: {e.strerror or e.__class__.__name__}\n")
            return 2
    summary = format_summary(res, detail=not html and jsonl != "-")
    if jsonl != "-":
        out.write(summary + "\n")
    for what, path in (("Report", html), ("Results (JSONL)", jsonl)):
        if path and path != "-":
            out.write(f"{what} written to {path}\n")
    return 0


def _os_message(e: BaseException, archive: str) -> str:
    if isinstance(e, OSError):
        where = e.filename or archive
        return f"{where}: {e.strerror or e.__class__.__name__}"
    return f"{archive}: the archive is too complex to read safely ({e.__class__.__name__})"


def _discard(jf: IO[str] | None, jsonl: str | None, out: IO[str]) -> None:
    """Close and remove a half-written JSONL file: an incomplete result file would mislead."""
    if jf is None or jf is out:
        return
    jf.close()
    try:
        os.unlink(jsonl)  # type: ignore[arg-type]
    except OSError:
        pass
