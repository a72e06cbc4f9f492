"""CSV exports that are safe to open in a spreadsheet: every CSV the app writes goes through here."""
from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any

# A cell starting with one of these runs as a formula in Excel, LibreOffice or Google Sheets (OWASP
# "CSV injection"); tab and carriage return are here because some spreadsheets drop them and read on.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """The cell as text a spreadsheet shows, never runs: text starting = + - @ tab or CR gets a leading '."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value  # numbers (a negative one too) are not formulas


def write_csv(out: Any, header: list[str], rows: Iterable[Iterable[Any]]) -> None:
    """Write a header and rows to `out` (a file, StringIO or HttpResponse), every cell through safe_cell."""
    w = csv.writer(out)
    w.writerow([safe_cell(c) for c in header])
    for r in rows:
        w.writerow([safe_cell(c) for c in r])
