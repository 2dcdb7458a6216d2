"""Suppressions, since data files have no comments.

- a `listlint-ignore` column: `FMT001, FMT003` or `all`, optionally followed by `# reason`
  (codes may be separated by commas, semicolons, spaces or 、，);
- `per-item-ignores` in config, keyed by item id: a list of codes, or {rules: [...], reason: ...};
- `per-file-ignores` (rule selection, see config.Settings.selected_codes: those rules never run).
Selectors are the ones `--select` takes: codes, prefixes, categories, rule names, ALL.

A suppressed finding is kept aside (`ItemReport.ignored`, "suppressed" in JSON), never silently
lost, and every selector that suppressed nothing is remembered for `--warn-unused-ignores`.
"""
from __future__ import annotations

from typing import Any, Mapping

import regex

IGNORE_COLUMN = "listlint-ignore"
_SEPARATORS = regex.compile(r"[\s,;，；、]+")


def parse_ignore_cell(cell: str) -> tuple[tuple[str, ...], str]:
    """`FMT001, OFF # brand name` → (("FMT001", "OFF"), "brand name")."""
    text, _, reason = (cell or "").partition("#")
    codes = tuple(c for c in _SEPARATORS.split(text.strip()) if c)
    return codes, reason.strip()


def _matches(code: str, selectors: tuple[str, ...], memo: dict) -> str | None:
    """The first selector that names `code` (unknown selectors name nothing)."""
    from .config import selector_codes
    for s in selectors:
        if s not in memo:
            memo[s] = selector_codes(s) or frozenset()
        if code in memo[s]:
            return s
    return None


class Suppressor:
    def __init__(self, settings):
        self.items: Mapping[str, Any] = settings.per_item_ignores
        self.used: set[tuple[str, str]] = set()     # (where, selector) that suppressed something
        self.declared: list[tuple[str, str, int]] = []  # (where, selector, line)
        self.count = 0
        self._codes: dict[str, frozenset] = {}  # selector → codes, resolved once per run

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
                s = _matches(f.rule, codes, self._codes)
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
