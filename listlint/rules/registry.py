"""Rule metadata and the registry every part of listlint reads.

A rule declares its code, name, category, severity and basis next to its check:

    @rule("ABS001", "superlative", category="absolute-term", severity="error",
          basis="《广告法》第九条第(三)项", summary="...", suggestion="...",
          examples_fail=["最好的羽绒服"], examples_pass=["最近上新"])
    def check(ctx):
        yield ctx.finding(...)

Item rules see one listing at a time (`check(ctx)` yields Findings). Corpus rules (duplicates)
see every item: `signature(ctx)` runs in the item pass and returns a compact record, and
`decide(signatures, options)` returns findings keyed by row once all items are read.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

from ..model import CATEGORIES, SEVERITIES

FAMILY_PREFIXES = {
    "ABS": "absolute-term", "OFF": "off-platform", "DUP": "duplicate", "MIS": "mismatch",
    "PRV": "privacy", "CLM": "false-claim", "BAN": "prohibited", "FMT": "format",
}


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: str
    severity: str
    basis: str
    summary: str
    check: Callable | None = None           # item rules
    signature: Callable | None = None       # corpus rules: per-item record
    decide: Callable | None = None          # corpus rules: records → {row: [Finding]}
    suggestion: str = ""
    explanation: str = ""
    options: Mapping[str, Any] = field(default_factory=dict)  # defaults; the schema is their types
    examples_fail: tuple[str, ...] = ()
    examples_pass: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()            # which fields it reads (docs)
    requires: tuple[str, ...] = ()          # it runs only if the input has one of these fields
    aliases: tuple[str, ...] = ()

    @property
    def is_corpus(self) -> bool:
        return self.decide is not None


RULES: dict[str, Rule] = {}
_loaded = False


def rule(code: str, name: str, *, category: str, severity: str, basis: str, summary: str,
         **meta) -> Callable:
    """Register an item rule; the decorated function is its check."""
    def wrap(fn):
        register(Rule(code, name, category, severity, basis, summary, check=fn, **meta))
        return fn
    return wrap


def register(r: Rule) -> Rule:
    prefix = r.code[:3]
    if prefix not in FAMILY_PREFIXES or len(r.code) != 6 or not r.code[3:].isdigit():
        raise ValueError(f"rule code {r.code!r} is not a family prefix and three digits")
    if r.category not in CATEGORIES or FAMILY_PREFIXES[prefix] != r.category:
        raise ValueError(f"rule {r.code}: category {r.category!r} does not fit its prefix")
    if r.severity not in SEVERITIES:
        raise ValueError(f"rule {r.code}: severity {r.severity!r}")
    if r.code in RULES and RULES[r.code] is not r:
        existing = RULES[r.code]
        if (existing.check or existing.decide) is not (r.check or r.decide):
            raise ValueError(f"rule code {r.code} registered twice")
    RULES[r.code] = r
    return r


def load_all() -> dict[str, Rule]:
    """Import every module of listlint.rules once (each registers its rules)."""
    global _loaded
    if not _loaded:
        from .. import rules as pkg
        for mod in sorted(m.name for m in pkgutil.iter_modules(pkg.__path__)):
            if mod not in ("registry", "context"):
                importlib.import_module(f"{pkg.__name__}.{mod}")
        _loaded = True
    return RULES


def all_rules() -> list[Rule]:
    return [load_all()[c] for c in sorted(load_all())]


def resolve_selector(sel: str) -> list[str]:
    """Codes matched by a selector: a code (ABS001), a prefix (ABS, AB), a rule name,
    a category (absolute-term) or ALL. Raises KeyError when nothing matches."""
    rules = load_all()
    s = sel.strip()
    if s.upper() == "ALL":
        return sorted(rules)
    up = s.upper()
    codes = [c for c in rules if c.startswith(up)]
    if not codes:
        codes = [c for c, r in rules.items() if r.category == s or r.name == s or s in r.aliases]
    if not codes:
        raise KeyError(sel)
    return sorted(codes)
