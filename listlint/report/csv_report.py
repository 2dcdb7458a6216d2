"""`--format csv`: one row per finding, for review in Excel or WPS.

Columns: file, id, row, line, rule, name, category, severity, field, start, end, text, message,
suggestion, basis; `line` is the physical line of the finding's text (a description cell can
span several lines of the listing file). Written as UTF-8 with a BOM (Excel reads a BOM-less CSV as GBK on Chinese
Windows) and CRLF line ends.

Listing text is untrusted: a title such as `=HYPERLINK("http://…")` would run as a formula when
the report is opened. Every text cell starting with = + - @ or a tab or CR gets a leading
apostrophe (OWASP's advice for CSV injection), which spreadsheets show as plain text.
"""
from __future__ import annotations

import csv

from ..model import RunReport
from .paths import relative_path

COLUMNS = ("file", "id", "row", "line", "rule", "name", "category", "severity", "field",
           "start", "end", "text", "message", "suggestion", "basis")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def neutralise(cell):
    """A cell a spreadsheet will not evaluate; numbers are left as they are."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def rows(report: RunReport, options=None):
    path = relative_path(report.input.path, options)
    for it in report.items:
        for f in it.findings:
            yield (path, it.id or "", it.row, f.line or it.line, f.rule, f.name, f.category, f.severity, f.field,
                   f.start, f.end, f.text, f.message, f.suggestion, f.basis)


def write(report: RunReport, stream, options=None) -> None:
    write_many([report], stream, options)


def write_many(reports: list[RunReport], stream, options=None) -> None:
    stream.write(BOM)
    w = csv.writer(stream, lineterminator="\r\n")
    w.writerow(COLUMNS)
    for r in reports:
        for row in rows(r, options):
            w.writerow([neutralise(c) for c in row])
