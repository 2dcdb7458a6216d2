"""`--format json`: the versioned report contract of README ("JSON report").

schema_version 1. Every item is present, clean ones too; findings carry original-text spans.
"""
from __future__ import annotations

import json
from collections import Counter

from ..model import CATEGORIES, SEVERITIES, Finding, RunReport

SCHEMA_VERSION = 1

_FINDING = {
    "type": "object",
    "required": ["rule", "name", "category", "severity", "field", "start", "end", "text",
                 "message", "suggestion", "basis", "related"],
    "properties": {
        "rule": {"type": "string", "pattern": "^(ABS|OFF|DUP|MIS|PRV|CLM|BAN|FMT)[0-9]{3}$"},
        "name": {"type": "string"},
        "category": {"enum": list(CATEGORIES)},
        "severity": {"enum": list(SEVERITIES)},
        "field": {"type": "string"},
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
        "text": {"type": "string"},
        "message": {"type": "string"},
        "suggestion": {"type": "string"},
        "basis": {"type": "string"},
        "related": {"type": "array", "items": {"type": "integer", "minimum": 1}},
        "related_ids": {"type": "array", "items": {"type": "string"}},
        "line": {"type": "integer", "minimum": 0},
    },
}

# JSON Schema (draft 2020-12) of the report; README documents the same fields. Additions are
# backwards compatible within a schema_version; a removal or a change of meaning bumps it.
JSON_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "listlint report",
    "type": "object",
    "required": ["schema_version", "tool", "input", "summary", "problems", "items"],
    "properties": {
        "schema_version": {"const": SCHEMA_VERSION},
        "tool": {"type": "object", "required": ["name", "version"],
                 "properties": {"name": {"const": "listlint"}, "version": {"type": "string"}}},
        "input": {"type": "object", "required": ["path", "format", "encoding", "items"],
                  "properties": {"path": {"type": "string"},
                                 "format": {"enum": ["csv", "tsv", "taobao-assistant", "xlsx", "jsonl",
                                                     "records"]},
                                 "encoding": {"type": "string"},
                                 "items": {"type": "integer", "minimum": 0}}},
        "summary": {"type": "object",
                    "required": ["items", "flagged", "findings", "by_category", "by_rule", "by_severity",
                                 "grades", "mean_score"],
                    "properties": {"items": {"type": "integer"}, "flagged": {"type": "integer"},
                                   "findings": {"type": "integer"},
                                   "by_category": {"type": "object", "propertyNames": {"enum": list(CATEGORIES)},
                                                   "additionalProperties": {"type": "integer"}},
                                   "by_rule": {"type": "object", "additionalProperties": {"type": "integer"}},
                                   "by_severity": {"type": "object", "additionalProperties": {"type": "integer"}},
                                   "grades": {"type": "object", "required": ["pass", "warn", "fail"]},
                                   "mean_score": {"type": "number", "minimum": 0, "maximum": 100},
                                   "suppressed": {"type": "integer", "minimum": 0},
                                   "baseline": {"type": "object", "required": ["path", "matched", "unmatched"],
                                                "properties": {"path": {"type": "string"},
                                                               "matched": {"type": "integer", "minimum": 0},
                                                               "unmatched": {"type": "integer", "minimum": 0}}}}},
        "problems": {"type": "array", "items": {"type": "object", "required": ["line", "message"],
                                                "properties": {"line": {"type": "integer"},
                                                               "message": {"type": "string"}}}},
        "unavailable_checks": {"type": "array", "items": {"type": "string"}},
        "items": {"type": "array", "items": {
            "type": "object",
            "required": ["row", "line", "id", "title", "score", "grade", "findings"],
            "properties": {
                "row": {"type": "integer", "minimum": 1},
                "line": {"type": "integer", "minimum": 1},
                "id": {"type": ["string", "null"]},
                "title": {"type": "string"},
                "score": {"type": "integer", "minimum": 0, "maximum": 100},
                "grade": {"enum": ["pass", "warn", "fail"]},
                "findings": {"type": "array", "items": _FINDING},
                "suppressed": {"type": "array", "items": _FINDING},
            }}},
    },
}


def finding_dict(f: Finding) -> dict:
    return {
        "rule": f.rule, "name": f.name, "category": f.category, "severity": f.severity,
        "field": f.field, "start": f.start, "end": f.end, "text": f.text,
        "message": f.message, "suggestion": f.suggestion, "basis": f.basis,
        "related": list(f.related), "related_ids": list(f.related_ids), "line": f.line,
    }


def summary(report: RunReport) -> dict:
    by_cat: Counter = Counter()
    by_rule: Counter = Counter()
    by_sev: Counter = Counter()
    grades: Counter = Counter()
    n = flagged = score_sum = suppressed = 0
    # One pass: a huge run's items are read back from disk (listlint/itemstore.py).
    for it in report.items:
        n += 1
        grades[it.grade] += 1
        score_sum += it.score
        suppressed += len(it.ignored)
        if it.findings:
            flagged += 1
        for f in it.findings:
            by_cat[f.category] += 1
            by_rule[f.rule] += 1
            by_sev[f.severity] += 1
    return {
        "items": n,
        "flagged": flagged,
        "findings": sum(by_rule.values()),
        "by_category": dict(sorted(by_cat.items())),
        "by_rule": dict(sorted(by_rule.items())),
        "by_severity": dict(by_sev),
        "grades": {g: grades.get(g, 0) for g in ("pass", "warn", "fail")},
        "mean_score": round(score_sum / n, 1) if n else 100.0,
        "suppressed": suppressed,
        # findings a --baseline already knew are a separate count from suppressions
        **({"baseline": dict(report.extra["baseline"])} if report.extra.get("baseline") else {}),
    }


def _head(report: RunReport) -> dict:
    """Everything before "items", in the report's key order."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "listlint", "version": report.tool_version},
        "input": {"path": report.input.path, "format": report.input.format,
                  "encoding": report.input.encoding, "items": report.input.items},
        "summary": summary(report),
        "problems": [{"line": p.line, "message": p.message} for p in report.problems],
        "unavailable_checks": list(report.unavailable_checks),
    }


def item_dict(it) -> dict:
    return {"row": it.row, "line": it.line, "id": it.id, "title": it.title,
            "score": it.score, "grade": it.grade,
            "findings": [finding_dict(f) for f in it.findings],
            **({"suppressed": [finding_dict(f) for f in it.ignored]} if it.ignored else {})}


def to_dict(report: RunReport) -> dict:
    return {**_head(report), "items": [item_dict(it) for it in report.items]}


def write(report: RunReport, stream, options=None) -> None:
    """The same document as `json.dump(to_dict(report))`, one item per line.

    Items are encoded one at a time, so a million-row report never exists twice in memory as
    dicts, and with `json.dumps` (no indent), which uses the C encoder: `json.dump` and any
    `indent` fall back to the pure-Python encoder, many times slower."""
    # The document opens with "{" on a line of its own, like the indented layout did.
    stream.write("{\n")
    for key, value in _head(report).items():
        stream.write(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
    stream.write(' "items": [')
    sep = "\n"
    for it in report.items:
        stream.write(sep + json.dumps(item_dict(it), ensure_ascii=False))
        sep = ",\n"
    stream.write("\n ]\n}\n")


def write_many(reports: list[RunReport], stream, options=None) -> None:
    """Several input files: one JSON document, an array of the files' reports in order."""
    stream.write("[\n")
    for i, report in enumerate(reports):
        if i:
            stream.write(",\n")
        write(report, stream, options)
    stream.write("]\n")
