"""`--format json`: the versioned report contract of README ("JSON report").

schema_version 1. Every item is present, clean ones too; findings carry original-text spans.
"""
from __future__ import annotations

import json
from collections import Counter

from ..model import Finding, RunReport

SCHEMA_VERSION = 1


def finding_dict(f: Finding) -> dict:
    return {
        "rule": f.rule, "name": f.name, "category": f.category, "severity": f.severity,
        "field": f.field, "start": f.start, "end": f.end, "text": f.text,
        "message": f.message, "suggestion": f.suggestion, "basis": f.basis,
        "related": list(f.related), "related_ids": list(f.related_ids),
    }


def summary(report: RunReport) -> dict:
    by_cat: Counter = Counter()
    by_rule: Counter = Counter()
    by_sev: Counter = Counter()
    grades: Counter = Counter()
    for it in report.items:
        grades[it.grade] += 1
        for f in it.findings:
            by_cat[f.category] += 1
            by_rule[f.rule] += 1
            by_sev[f.severity] += 1
    n = len(report.items)
    return {
        "items": n,
        "flagged": sum(1 for it in report.items if it.findings),
        "findings": sum(by_rule.values()),
        "by_category": dict(sorted(by_cat.items())),
        "by_rule": dict(sorted(by_rule.items())),
        "by_severity": dict(by_sev),
        "grades": {g: grades.get(g, 0) for g in ("pass", "warn", "fail")},
        "mean_score": round(sum(it.score for it in report.items) / n, 1) if n else 100.0,
        "suppressed": sum(len(it.ignored) for it in report.items),
    }


def to_dict(report: RunReport) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "listlint", "version": report.tool_version},
        "input": {"path": report.input.path, "format": report.input.format,
                  "encoding": report.input.encoding, "items": report.input.items},
        "summary": summary(report),
        "problems": [{"line": p.line, "message": p.message} for p in report.problems],
        "unavailable_checks": list(report.unavailable_checks),
        "items": [
            {"row": it.row, "line": it.line, "id": it.id, "title": it.title,
             "score": it.score, "grade": it.grade,
             "findings": [finding_dict(f) for f in it.findings],
             **({"suppressed": [finding_dict(f) for f in it.ignored]} if it.ignored else {})}
            for it in report.items
        ],
    }


def write(report: RunReport, stream, options=None) -> None:
    json.dump(to_dict(report), stream, ensure_ascii=False, indent=1)
    stream.write("\n")
