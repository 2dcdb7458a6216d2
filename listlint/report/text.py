"""`--format text`: the human report, one block per flagged item, then a summary.

Colour comes from rich when the stream is a terminal and NO_COLOR is unset; otherwise plain
text (rich does that itself). The offending span is shown in its context and underlined.
"""
from __future__ import annotations

import os

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from ..model import RunReport
from .json_report import summary

SEV_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
GRADE_STYLE = {"pass": "green", "warn": "yellow", "fail": "bold red"}
CLEAN_ITEMS_SHOWN = 50


def _console(stream, options) -> Console:
    """Colour only for a terminal; plain text (no escape codes at all, not even bold) when the
    stream is not a terminal, NO_COLOR is set or --no-color is given. --color forces it on
    (a per-run flag beats NO_COLOR, as no-color.org asks)."""
    color = options.get("color") if options else None
    plain = color is False or (color is None and bool(os.environ.get("NO_COLOR")))
    if plain:
        return Console(file=stream, highlight=False, soft_wrap=True, color_system=None,
                       force_terminal=False, emoji=False)
    # rich reads NO_COLOR itself: --color must say no_color=False to win over it
    return Console(file=stream, highlight=False, soft_wrap=True, force_terminal=True if color is True else None,
                   no_color=False if color is True else None, emoji=False)


# Listing text is shown, never obeyed: a control character in a cell (an ESC sequence that
# would colour the terminal, a bell, a backspace) prints as its Unicode control picture.
_SHOWN = {c: 0x2400 + c for c in range(32)} | {0x7F: 0x2421} | {c: 0xFFFD for c in range(0x80, 0xA0)}
_SHOWN.update({0x0A: " ", 0x0D: " ", 0x09: " "})


def shown(text: str) -> str:
    return text.translate(_SHOWN)


def _snippet(f) -> Text:
    t = Text("…" if f.before and f.start > len(f.before) else "")
    t.append(shown(f.before))
    text = shown(f.text)
    if len(text) > 80:  # a 10 KB title's cut-off part: enough to find it, not a screenful
        text = f"{text[:50]}…{text[-20:]}"
    t.append(text or "∅", style="bold reverse")
    t.append(shown(f.after))
    return t


def write(report: RunReport, stream, options=None) -> None:
    options = options or {}
    con = _console(stream, options)
    quiet = options.get("quiet", False)
    for p in report.problems:
        con.print(Text(f"{report.input.path}:{p.line}: input problem: {shown(p.message)}", style="magenta"))
    shown_groups: dict = {}  # (rule, rows) → the row where the group was described
    clean_count, clean = 0, []  # the clean items are listed only when there are few
    for it in report.items:
        if not it.findings:
            clean_count += 1
            if clean_count <= CLEAN_ITEMS_SHOWN:
                clean.append(it)
            continue
        head = Text()
        head.append(f"{report.input.path}:{it.line}", style="bold")
        head.append(f"  row {it.row}")
        if it.id:
            head.append(f"  id {shown(it.id)}")
        head.append(f"  score {it.score} ")
        head.append(it.grade.upper(), style=GRADE_STYLE[it.grade])
        con.print(head)
        if not quiet:
            con.print(Text("  " + shown(it.title)[:80], style="dim"))
        for f in it.findings:
            line = Text("  ")
            line.append(f"{f.rule}", style=SEV_STYLE[f.severity])
            at = f" line {f.line}" if f.line and f.line != it.line else ""  # a multi-line cell
            line.append(f" {f.name} [{f.severity}] {f.field}:{f.start}-{f.end}{at} ")
            line.append_text(_snippet(f))
            con.print(line)
            if quiet:
                continue
            if f.related:
                # A duplicate group is described once, at its first member; the others point back.
                key = (f.rule, tuple(sorted((it.row,) + f.related)))
                if key in shown_groups:
                    con.print(Text(f"      same group as row {shown_groups[key]} (described there)", style="dim"))
                    continue
                shown_groups[key] = it.row
            con.print(Text(f"      {f.message}"))
            if f.related:
                con.print(Text(f"      duplicate group: rows {', '.join(map(str, sorted((it.row,) + f.related)))}",
                               style="dim"))
            if f.suggestion:
                con.print(Text(f"      → {f.suggestion}", style="green"))
            if f.basis:
                con.print(Text(f"      basis: {f.basis}", style="dim"))
    if not quiet and clean_count:
        if clean_count <= CLEAN_ITEMS_SHOWN:
            for it in clean:
                ident = f"  id {shown(it.id)}" if it.id else ""
                con.print(Text(f"{report.input.path}:{it.line}  row {it.row}{ident}  score {it.score} PASS  "
                               f"{shown(it.title)[:40]}", style="dim"))
        else:
            con.print(Text(f"{clean_count} items with no findings (score 100, pass)", style="dim"))
    _summary(con, report, options)


def _summary(con: Console, report: RunReport, options) -> None:
    s = summary(report)
    con.print()
    con.print(Text(f"{s['items']} items, {s['flagged']} flagged, {s['findings']} findings, "
                   f"mean score {s['mean_score']}  (pass {s['grades']['pass']}, warn {s['grades']['warn']}, "
                   f"fail {s['grades']['fail']})", style="bold"))
    if s["by_category"]:
        con.print("by category: " + escape(", ".join(f"{k} {v}" for k, v in s["by_category"].items())))
    if s["by_rule"]:
        con.print("by rule: " + escape(", ".join(f"{k} {v}" for k, v in s["by_rule"].items())))
    worst = sorted((it for it in report.items if it.findings), key=lambda it: (it.score, it.row))[:5]
    if worst:
        con.print("worst: " + escape(", ".join(f"row {it.row} ({it.score})" for it in worst)))
    if s["suppressed"]:
        con.print(f"suppressed: {s['suppressed']}")
    if "baseline" in s:
        con.print(escape(f"baseline: {s['baseline']['matched']} known findings not shown ({s['baseline']['path']})"))
    for note in report.unavailable_checks:
        con.print(Text(f"note: {note}", style="dim"))
