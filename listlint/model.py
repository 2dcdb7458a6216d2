"""Plain frozen records that every stage hands to the next.

Nothing here knows about files, rules or output formats: readers build `Listing`s, rules yield
`Finding`s, scoring wraps them in `ItemReport`s and a `RunReport`, and every writer reads that.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

CATEGORIES = (
    "absolute-term", "off-platform", "duplicate", "mismatch",
    "privacy", "false-claim", "prohibited", "format",
)
SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}

# Canonical field names; readers map whatever the header says onto these.
# The mobile description (淘宝助理 wireless_desc, 手机端详情) is a second description: buyers on the
# app read it, and sellers hide contacts there as often as in the PC one.
DESCRIPTION_FIELDS = ("description", "mobile_description")
TEXT_FIELDS = ("title", "subtitle", "shopping_title") + DESCRIPTION_FIELDS
FIELDS = TEXT_FIELDS + ("attributes", "price", "brand", "category")


@dataclass(frozen=True, slots=True)
class Listing:
    """One listing as read from a file.

    `fields` maps canonical names (see FIELDS) to the original cell text, never altered.
    `attributes` is the parsed attribute set: name → tuple of values (品牌 → ("耐克",)).
    `extra` keeps every other column by its header name (outer_id, picture, listlint-ignore …).
    `number` is the platform's number of the listing (宝贝ID, num_id, item_id, id) when the file
    has such a column: rows that share it are SKU rows of one listing.
    """
    row: int
    line: int
    id: str | None
    fields: Mapping[str, str]
    attributes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    extra: Mapping[str, str] = field(default_factory=dict)
    number: str | None = None
    # In a CSV/TSV file a cell's line breaks are lines of the file: field → how many lines below
    # `line` the field's cell starts (fields on the record's first line are left out). None
    # when lines do not follow cell text (XLSX rows, JSON records, records given in code).
    field_lines: Mapping[str, int] | None = None
    # A lone CR in a cell is a line of the file only where lines end in CR (see Sniffed.cr_lines)
    lone_cr_breaks: bool = True

    @property
    def title(self) -> str:
        return self.fields.get("title", "")


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    name: str
    category: str
    severity: str
    field: str
    start: int
    end: int
    text: str
    message: str
    suggestion: str = ""
    basis: str = ""
    related: tuple[int, ...] = ()
    related_ids: tuple[str, ...] = ()
    # A little of the original text around the span, for reports that show it in context.
    before: str = ""
    after: str = ""
    # The physical line of the file where the span starts (a description cell can span many
    # lines of a CSV file); 0 when not known, and reports then use the item's line.
    line: int = 0

    def sort_key(self):
        return (self.start, self.end, self.rule, self.field)


@dataclass(frozen=True, slots=True)
class ItemReport:
    row: int
    line: int
    id: str | None
    title: str
    score: int
    grade: str
    findings: tuple[Finding, ...] = ()
    ignored: tuple[Finding, ...] = ()


@dataclass(frozen=True, slots=True)
class InputInfo:
    path: str
    format: str
    encoding: str
    items: int = 0


@dataclass(frozen=True, slots=True)
class InputProblem:
    """A damaged record or file-level warning: reported, never fatal."""
    line: int
    message: str


@dataclass(frozen=True)
class RunReport:
    tool_version: str
    input: InputInfo
    # A tuple, or for a run through the engine an ItemStore (listlint/itemstore.py): a
    # read-only sequence that keeps a huge run's items on disk.
    items: Sequence[ItemReport]
    problems: tuple[InputProblem, ...] = ()
    unavailable_checks: tuple[str, ...] = ()
    rules_used: tuple[str, ...] = ()
    extra: Mapping[str, object] = field(default_factory=dict)


def _pickle_by_position(cls):
    """Pickle a frozen slots dataclass as (class, field values): the default path for such
    classes calls dataclasses.fields() for every object, ~6 µs an item each way, which a
    million-row run pays several times (--jobs results, the item store on disk)."""
    from operator import attrgetter

    names = tuple(cls.__dataclass_fields__)
    values = attrgetter(*names)

    def __reduce__(self):
        return cls, values(self)
    cls.__reduce__ = __reduce__
    return cls


for _cls in (Listing, Finding, ItemReport, InputInfo, InputProblem):
    _pickle_by_position(_cls)
