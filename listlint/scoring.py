"""Findings → score (0–100) and grade per item.

Score: start at 100, subtract the severity's weight (error 25, warning 10, info 2 by default)
per finding, floor 0. Grade: `fail` when any error or a score under `fail-below` (60);
`warn` when any warning or a score under `warn-below` (85); else `pass`.
"""
from __future__ import annotations

from typing import Iterable

from .model import Finding


def score(findings: Iterable[Finding], weights) -> int:
    return max(0, 100 - sum(weights.get(f.severity, 0) for f in findings))


def grade(s: int, findings: Iterable[Finding], warn_below: int = 85, fail_below: int = 60) -> str:
    sev = {f.severity for f in findings}
    if "error" in sev or s < fail_below:
        return "fail"
    if "warning" in sev or s < warn_below:
        return "warn"
    return "pass"
