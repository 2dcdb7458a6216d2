"""Suppressions, since data files have no comments.

- a `listlint-ignore` column: `ABS001,OFF` or `all`, optionally followed by `# reason`;
- `per-item-ignores` in config, keyed by item id: a list of codes, or {rules: [...], reason: ...};
- `per-file-ignores` (handled by rule selection in config.Settings.selected_codes).
A suppressed finding is kept aside (reported as ignored in JSON), never silently lost.
"""
from __future__ import annotations

from typing import Any, Mapping

IGNORE_COLUMN = "listlint-ignore"


def parse_ignore_cell(cell: str) -> tuple[tuple[str, ...], str]:
    """`ABS001, OFF # brand name` → (("ABS001", "OFF"), "brand name")."""
    text, _, reason = (cell or "").partition("#")
    codes = tuple(c.strip().upper() for c in text.replace("，", ",").replace(";", ",").replace(" ", ",").split(",") if c.strip())
    return codes, reason.strip()


def _matches(code: str, category: str, selectors: tuple[str, ...]) -> str | None:
    for s in selectors:
        su = s.upper()
        if su == "ALL" or code.startswith(su) or s.lower() == category:
            return s
    return None


class Suppressor:
    def __init__(self, settings):
        self.items: Mapping[str, Any] = settings.per_item_ignores
        self.used: set[tuple[str, str]] = set()     # (where, selector) that suppressed something
        self.declared: list[tuple[str, str, int]] = []  # (where, selector, line)
        self.count = 0

    def selectors_for(self, res) -> list[tuple[str, tuple[str, ...]]]:
        out = []
        cell = getattr(res, "ignore_cell", None)
        if cell:
            codes, _ = parse_ignore_cell(cell)
            out.append((f"line {res.line} {IGNORE_COLUMN}", codes))
        if res.id is not None and str(res.id) in self.items:
            spec = self.items[str(res.id)]
            codes = spec.get("rules", ()) if isinstance(spec, Mapping) else spec
            if isinstance(codes, str):
                codes = (codes,)
            out.append((f"per-item-ignores[{res.id}]", tuple(str(c) for c in codes)))
        return out

    def split(self, res, findings):
        sels = self.selectors_for(res)
        for where, codes in sels:
            for c in codes:
                self.declared.append((where, c, res.line))
        if not sels:
            return findings, []
        kept, ignored = [], []
        for f in findings:
            hit = None
            for where, codes in sels:
                s = _matches(f.rule, f.category, codes)
                if s:
                    hit = (where, s)
                    break
            if hit:
                self.used.add(hit)
                ignored.append(f)
            else:
                kept.append(f)
        self.count += len(ignored)
        return kept, ignored

    def unused(self) -> list[tuple[str, str, int]]:
        return [(w, s, line) for w, s, line in self.declared if (w, s) not in self.used]

    def summary(self) -> dict:
        return {"suppressed": self.count}
