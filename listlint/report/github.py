"""`--format github`: GitHub Actions workflow commands, one annotation per finding.

    ::error file=listings/a.csv,line=7,col=1,title=FMT001 title-too-long (title)::message

Data (the message) escapes % CR LF as %25 %0D %0A; properties (file, title) also escape : and ,
as %3A %2C, which is what the runner's parser undoes. Paths are relative to the repository root
so the annotation lands on the file in the pull request. `--format auto` picks this format when
GITHUB_ACTIONS=true.

When $GITHUB_STEP_SUMMARY is set, a Markdown table of the flagged items is appended to it, so
the run's summary page lists every item even past GitHub's cap on annotations per step.
"""
from __future__ import annotations

import os
import sys
from collections import Counter

from ..model import RunReport
from .json_report import summary
from .paths import relative_path

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
SUMMARY_MAX_ROWS = 1000


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **props) -> str:
    """`::level k=v,…::message` with GitHub's escaping; None-valued properties are left out."""
    ps = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{level}{' ' + ps if ps else ''}::{escape_data(message)}"


def _message(f) -> str:
    lines = [f.message if not f.text or f.text in f.message else f"{f.message}: “{f.text}”"]
    if f.suggestion:
        lines.append(f"Suggestion: {f.suggestion}")
    if f.basis:
        lines.append(f"Basis: {f.basis}")
    return "\n".join(lines)


def annotations(report: RunReport, options=None) -> list[str]:
    options = options or {}
    path = relative_path(report.input.path, options)
    out = [command("warning", f"input problem: {p.message}", file=path, line=max(1, p.line))
           for p in report.problems]
    for it in report.items:
        for f in it.findings:
            who = f" · id {it.id}" if it.id is not None else ""
            out.append(command(LEVELS[f.severity], _message(f), file=path, line=max(1, f.line or it.line), col=1,
                               title=f"{f.rule} {f.name} · row {it.row}{who} · {f.field}"))
    if options.get("warn_unused_ignores"):
        for where, sel, line in report.extra.get("unused_ignores", []):
            out.append(command("warning", f"unused suppression {sel} ({where})", file=path, line=max(1, line),
                               title="listlint unused suppression"))
    return out


def _cell(s: str, limit: int = 60) -> str:
    s = " ".join(str(s).split())
    if len(s) > limit:
        s = s[:limit - 1] + "…"
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")


def step_summary(reports: list[RunReport], options=None) -> str:
    """Markdown for $GITHUB_STEP_SUMMARY: totals, then one table row per flagged item."""
    out = ["## listlint", ""]
    for r in reports:
        s = summary(r)
        path = relative_path(r.input.path, options)
        out.append(f"### {_cell(path, 200)}: {s['items']} items, {s['flagged']} flagged, "
                   f"{s['findings']} findings (pass {s['grades']['pass']}, warn {s['grades']['warn']}, "
                   f"fail {s['grades']['fail']})")
        out.append("")
        flagged = [it for it in r.items if it.findings]
        if not flagged:
            continue
        out += ["| Line | Row | Id | Score | Grade | Findings | Title |",
                "|---:|---:|---|---:|---|---|---|"]
        for it in flagged[:SUMMARY_MAX_ROWS]:
            counts = Counter(f.rule for f in it.findings)
            rules = ", ".join(f"{c} ×{n}" if n > 1 else c for c, n in counts.items())
            out.append(f"| {it.line} | {it.row} | {_cell(it.id or '')} | {it.score} | {it.grade} | "
                       f"{rules} | {_cell(it.title, 40)} |")
        if len(flagged) > SUMMARY_MAX_ROWS:
            out.append(f"\n… and {len(flagged) - SUMMARY_MAX_ROWS} more flagged items (see the annotations).")
        out.append("")
    return "\n".join(out) + "\n"


def write(report: RunReport, stream, options=None) -> None:
    write_many([report], stream, options)


def write_many(reports: list[RunReport], stream, options=None) -> None:
    for r in reports:
        for line in annotations(r, options):
            stream.write(line + "\n")
        s = summary(r)
        stream.write(f"listlint: {relative_path(r.input.path, options)}: {s['items']} items, "
                     f"{s['flagged']} flagged, {s['findings']} findings\n")
    target = (options or {}).get("step_summary", os.environ.get("GITHUB_STEP_SUMMARY"))
    if target:
        # The annotations are out and the exit code stands: a summary file the runner cannot
        # take is a warning naming that file, not a failed lint.
        try:
            with open(target, "a", encoding="utf-8") as fh:
                fh.write(step_summary(list(reports), options))
        except OSError as exc:
            sys.stderr.write(f"listlint: warning: GITHUB_STEP_SUMMARY={target}: the job summary was not "
                             f"written ({exc.strerror or exc})\n")
