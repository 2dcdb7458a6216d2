"""`--format sarif`: SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer).

One run per document; `write_many` puts the results of several input files into that one run,
which is what `github/codeql-action/upload-sarif` expects from one tool invocation.

- `region.startLine` is the physical line where the record starts (a quoted description can
  span lines); `startColumn` is 1, since a cell's column in the file is not tracked. The field
  and character span inside the cell are in the result's `properties`, with the matched
  text in the message.
- `partialFingerprints["listlint/v1"]` is the baseline fingerprint (rule, item id, field,
  matched text), so a moved row is the same alert, not a new one.
- Suppressed findings are left out: code scanning would open alerts for them.
"""
from __future__ import annotations

import json

from ..baseline import report_fingerprints
from ..model import RunReport
from .paths import artifact_uri

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/listlint/"
FINGERPRINT_KEY = "listlint/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _rule_descriptor(r) -> dict:
    help_lines = [r.summary + "."]
    if r.suggestion:
        help_lines.append(f"Suggestion: {r.suggestion}")
    help_lines.append(f"Basis: {r.basis}")
    md = [f"**{r.code} {r.name}** — {r.summary}.", ""]
    if r.explanation:
        md += [r.explanation, ""]
    if r.suggestion:
        md.append(f"- Suggestion: {r.suggestion}")
    md.append(f"- Basis: {r.basis}")
    if r.examples_fail:
        md.append("- Reported: " + "; ".join(f"`{e}`" for e in r.examples_fail if e))
    if r.examples_pass:
        md.append("- Not reported: " + "; ".join(f"`{e}`" for e in r.examples_pass if e))
    return {
        "id": r.code,
        "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": r.explanation or r.summary},
        "help": {"text": "\n".join(help_lines), "markdown": "\n".join(md)},
        "defaultConfiguration": {"level": LEVELS[r.severity]},
        "properties": {"category": r.category, "basis": r.basis, "tags": ["listlint", r.category]},
    }


def _message(f) -> str:
    # The message says what is wrong; show the matched text too unless it already quotes it.
    text = f.message if not f.text or f.text in f.message else f"{f.message} [{f.field}: “{f.text}”]"
    if f.suggestion:
        text += f" Suggestion: {f.suggestion}"
    return text


def _result(report: RunReport, it, f, fp: str, rule_index: dict, options) -> dict:
    region = {"startLine": max(1, f.line or it.line), "startColumn": 1}
    props = {"row": it.row, "field": f.field, "start": f.start, "end": f.end,
             "category": f.category, "basis": f.basis, "score": it.score, "grade": it.grade}
    if it.id is not None:
        props["id"] = it.id
    if f.related:
        props["relatedRows"] = list(f.related)
    result = {
        "ruleId": f.rule,
        "level": LEVELS[f.severity],
        "message": {"text": _message(f)},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": artifact_uri(report.input.path, options)},
                "region": region,
            },
            "logicalLocations": [{"name": f.field,
                                  "fullyQualifiedName": f"{it.id if it.id is not None else 'row ' + str(it.row)}.{f.field}"}],
        }],
        "partialFingerprints": {FINGERPRINT_KEY: fp},
        "properties": props,
    }
    if f.rule in rule_index:
        result["ruleIndex"] = rule_index[f.rule]
    return result


def _notifications(reports, options) -> list[dict]:
    out = []
    for r in reports:
        uri = artifact_uri(r.input.path, options)
        for p in r.problems:
            out.append({"level": "warning", "message": {"text": f"input problem: {p.message}"},
                        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri},
                                                            "region": {"startLine": max(1, p.line)}}}]})
        for note in r.unavailable_checks:
            out.append({"level": "note", "message": {"text": note}})
    return out


def to_dict(reports: list[RunReport], options=None) -> dict:
    from ..rules.registry import load_all

    rules = load_all()
    used = sorted({c for r in reports for c in r.rules_used}
                  | {f.rule for r in reports for it in r.items for f in it.findings})
    descriptors = [_rule_descriptor(rules[c]) for c in used if c in rules]
    rule_index = {d["id"]: i for i, d in enumerate(descriptors)}
    results = [_result(r, it, f, fp, rule_index, options) for r, it, f, fp in report_fingerprints(reports)]
    version = reports[0].tool_version if reports else ""
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "listlint", "version": version, "semanticVersion": version,
                                "informationUri": INFORMATION_URI, "rules": descriptors}},
            "invocations": [{"executionSuccessful": True,
                             "toolExecutionNotifications": _notifications(reports, options)}],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def write(report: RunReport, stream, options=None) -> None:
    write_many([report], stream, options)


def write_many(reports: list[RunReport], stream, options=None) -> None:
    json.dump(to_dict(list(reports), options), stream, ensure_ascii=False, indent=1)
    stream.write("\n")
