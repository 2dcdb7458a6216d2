"""Shared test helpers: lint one listing built from keyword fields, with a rule selection."""
from __future__ import annotations

import pytest

from listlint.api import lint_records
from listlint.config import Settings
from listlint.model import Listing


def make_listing(row: int = 1, id: str | None = None, attributes=None, extra=None, **fields) -> Listing:
    from listlint.io.attributes import parse_attributes
    attrs = attributes
    if isinstance(attrs, str):
        fields.setdefault("attributes", attrs)   # a reader keeps the cell's text as well
        attrs = parse_attributes(attrs)
    if attrs is None and fields.get("attributes"):
        attrs = parse_attributes(fields["attributes"])
    if fields.get("brand") and "品牌" not in (attrs or {}):
        attrs = {**(attrs or {}), "品牌": (fields["brand"],)}
    return Listing(row=row, line=row + 1, id=id, fields={k: v for k, v in fields.items() if v is not None},
                   attributes=attrs or {}, extra=extra or {})


def lint_one(select=("ALL",), settings: Settings | None = None, **fields):
    """Findings for one listing: lint_one(select=["ABS"], title="最好的羽绒服")."""
    s = settings or Settings()
    if select is not None:
        from dataclasses import replace
        s = replace(s, select=tuple(select) if not isinstance(select, str) else (select,))
    report = lint_records([make_listing(**fields)], s)
    return list(report.items[0].findings)


def codes(findings) -> list[str]:
    return sorted({f.rule for f in findings})


@pytest.fixture
def lint():
    return lint_one
