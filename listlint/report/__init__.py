"""Report writers: each reads the same RunReport and writes one format. None recomputes."""
from __future__ import annotations

import importlib

WRITERS = {
    "text": "listlint.report.text",
    "json": "listlint.report.json_report",
    "sarif": "listlint.report.sarif",
    "github": "listlint.report.github",
    "gitlab": "listlint.report.gitlab",
    "junit": "listlint.report.junit",
    "csv": "listlint.report.csv_report",
}


def writer(name: str):
    """The module for a format; each has write(report, stream, options)."""
    return importlib.import_module(WRITERS[name])
