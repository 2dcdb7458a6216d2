"""`--format junit`: JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure).

One <testsuite> per input file, one <testcase> per item (clean items pass), and one <failure>
per flagged item listing its findings. `write_many` wraps several files' suites in one
<testsuites> document. Characters XML 1.0 forbids (control characters pasted into a title) are
dropped, so the report always parses.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

import regex

from ..model import RunReport
from .paths import relative_path

_XML_FORBIDDEN = regex.compile(r"[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


def _clean(s) -> str:
    return _XML_FORBIDDEN.sub("", str(s))


def _failure_text(it) -> str:
    lines = []
    for f in it.findings:
        lines.append(f"{f.rule} {f.name} [{f.severity}] {f.field}:{f.start}-{f.end} “{f.text}”: {f.message}")
        if f.suggestion:
            lines.append(f"    suggestion: {f.suggestion}")
        if f.basis:
            lines.append(f"    basis: {f.basis}")
    return "\n".join(lines)


def testsuite(report: RunReport, options=None) -> ET.Element:
    path = relative_path(report.input.path, options)
    flagged = sum(1 for it in report.items if it.findings)
    suite = ET.Element("testsuite", {"name": _clean(path), "tests": str(len(report.items)),
                                     "failures": str(flagged), "errors": "0", "skipped": "0"})
    for it in report.items:
        who = f" id {it.id}" if it.id is not None else ""
        case = ET.SubElement(suite, "testcase", {
            "classname": _clean(path), "name": _clean(f"row {it.row}{who}: {' '.join(it.title.split())[:40]}"),
            "file": _clean(path), "line": str(it.line)})
        if it.findings:
            rules = sorted({f.rule for f in it.findings})
            fail = ET.SubElement(case, "failure", {
                "message": _clean(f"{len(it.findings)} finding{'s' if len(it.findings) > 1 else ''}: "
                                  f"{', '.join(rules)} (score {it.score}, {it.grade})"),
                "type": rules[0]})
            fail.text = _clean(_failure_text(it))
    if report.problems:
        err = ET.SubElement(suite, "system-err")
        err.text = _clean("\n".join(f"line {p.line}: input problem: {p.message}" for p in report.problems))
    return suite


def write(report: RunReport, stream, options=None) -> None:
    write_many([report], stream, options)


def write_many(reports: list[RunReport], stream, options=None) -> None:
    suites = [testsuite(r, options) for r in reports]
    root = ET.Element("testsuites", {
        "name": "listlint",
        "tests": str(sum(int(s.get("tests")) for s in suites)),
        "failures": str(sum(int(s.get("failures")) for s in suites)),
        "errors": "0"})
    root.extend(suites)
    ET.indent(root, space=" ")
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")
