"""`--format gitlab`: GitLab Code Quality JSON (the Code Climate issue subset GitLab reads).

    [{"description": "...", "check_name": "FMT001", "fingerprint": "...", "severity": "major",
      "location": {"path": "listings/a.csv", "lines": {"begin": 7}}}]

`fingerprint` is the baseline fingerprint (rule, item id, field, matched text; unique within an
item), so GitLab's merge-request widget tracks a finding across moved rows. Paths are relative
to the repository root. `write_many` puts several input files into one array, as GitLab wants
one report file per job.
"""
from __future__ import annotations

import json

from ..baseline import report_fingerprints
from ..model import RunReport
from .paths import relative_path

# GitLab's scale is info < minor < major < critical < blocker. Errors fail the check, so they
# are at least major; the categories that bring legal exposure rather than a ranking penalty
# rank higher: prohibited goods (下架、处罚) are blockers, personal data and false claims
# (《个人信息保护法》, 《广告法》第二十八条) critical.
SEVERITY = {"info": "info", "warning": "minor", "error": "major"}
ERROR_BY_CATEGORY = {"prohibited": "blocker", "privacy": "critical", "false-claim": "critical"}


def severity(f) -> str:
    if f.severity == "error":
        return ERROR_BY_CATEGORY.get(f.category, "major")
    return SEVERITY[f.severity]


def issues(report: RunReport, options=None) -> list[dict]:
    return issues_of([report], options)


def issues_of(reports: list[RunReport], options=None) -> list[dict]:
    out = []
    for report, it, f, fp in report_fingerprints(reports):
        path = relative_path(report.input.path, options)
        who = f"id {it.id}" if it.id is not None else f"row {it.row}"
        text = f.message if not f.text or f.text in f.message else f"{f.message}: “{f.text}”"
        desc = f"{f.rule} {f.name} ({who}, {f.field}): {text}"
        if f.suggestion:
            desc += f" — {f.suggestion}"
        out.append({
            "type": "issue",
            "description": desc,
            "check_name": f.rule,
            "fingerprint": fp,
            "severity": severity(f),
            "categories": ["Style"] if f.category == "format" else ["Bug Risk"],
            "location": {"path": path, "lines": {"begin": max(1, f.line or it.line)}},
        })
    return out


def write(report: RunReport, stream, options=None) -> None:
    write_many([report], stream, options)


def write_many(reports: list[RunReport], stream, options=None) -> None:
    json.dump(issues_of(reports, options), stream, ensure_ascii=False, indent=1)
    stream.write("\n")
