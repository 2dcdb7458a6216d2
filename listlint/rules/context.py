"""What a rule sees of one listing: its fields' views, the shared lexicon hits, options.

Everything here is computed on first request and cached for the item, so ten rules that look
at the title's squeezed view build it once, and the automata run once per field.
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping

from ..io.attributes import mask_attribute_names
from ..lexicon import Hit, Lexicon
from ..model import TEXT_FIELDS, Finding, Listing
from ..text import segment
from ..text.normalize import FieldText
from ..text.offsets import line_breaks
from .registry import Rule

# Fields the text rules read, in report order. Title-like fields first.
LINTED_FIELDS = TEXT_FIELDS
CONTEXT_CHARS = 16
# The attributes cell with its names blanked (same length, so spans are the cell's own): the
# rules that judge wording read the values only. Findings name the real column, `attributes`.
ATTRIBUTE_VALUES = "attribute_values"
_COLUMN = {ATTRIBUTE_VALUES: "attributes"}


class ItemContext:
    __slots__ = ("listing", "lexicon", "settings", "_texts", "_hits", "_filtered", "_fields",
                 "rule", "memo")

    def __init__(self, listing: Listing, lexicon: Lexicon, settings):
        self.listing = listing
        self.lexicon = lexicon
        self.settings = settings          # config.Settings: options, severities, allow …
        self._texts: dict[str, FieldText] = {}
        self._hits: dict[str, list[Hit]] = {}
        self._filtered: dict[tuple[str, str], list[Hit]] = {}
        self._fields: dict[tuple[str, ...], list[str]] = {}
        self.rule: Rule | None = None     # set by the engine while a rule runs
        # Per-item results that several rules share (e.g. brands found in the title), keyed
        # by whatever the computing module chooses; gone with the item.
        self.memo: dict = {}

    # --- fields -------------------------------------------------------------------------
    def value(self, field: str) -> str:
        if field == ATTRIBUTE_VALUES:
            masked = self.memo.get(ATTRIBUTE_VALUES)
            if masked is None:
                masked = self.memo[ATTRIBUTE_VALUES] = mask_attribute_names(self.listing.fields.get("attributes") or "")
            return masked
        return self.listing.fields.get(field) or ""

    def text(self, field: str) -> FieldText:
        ft = self._texts.get(field)
        if ft is None:
            ft = self._texts[field] = FieldText(field, self.value(field))
        return ft

    def text_fields(self, fields: Iterable[str] = LINTED_FIELDS) -> list[str]:
        """The fields of this listing that have text, among `fields` (a fresh list; every rule
        asks, so the answer is kept per item for each tuple of field names)."""
        values = self.listing.fields
        if type(fields) is not tuple:
            return [f for f in fields if values.get(_COLUMN.get(f, f))]
        out = self._fields.get(fields)
        if out is None:
            out = self._fields[fields] = [f for f in fields if values.get(_COLUMN.get(f, f))]
        return out.copy()

    @property
    def attributes(self) -> Mapping[str, tuple[str, ...]]:
        return self.listing.attributes

    # --- lexicon ------------------------------------------------------------------------
    def hits(self, field: str, rule: str | None = None) -> list[Hit]:
        """Lexicon hits in a field, all families at once (cached), filtered to `rule`'s
        code or, given a prefix such as 'ABS', to a family."""
        hs = self._hits.get(field)
        if hs is None:
            # An empty field has no hits: no FieldText, no views, no scan.
            hs = self._hits[field] = self.lexicon.scan(self.text(field)) if self.value(field) else []
        if rule is None or not hs:
            return list(hs)
        # Families ask per rule and per field many times an item: filter once per prefix.
        key = (field, rule)
        out = self._filtered.get(key)
        if out is None:
            out = self._filtered[key] = [h for h in hs if h.entry.rule.startswith(rule)]
        return list(out)

    def allowed(self, field: str, view: str, start: int, end: int) -> bool:
        """The user's `allow` list covers this span."""
        return bool(self.lexicon.allow) and self.lexicon.allowed(self.text(field).view(view), start, end)

    # --- segmentation -------------------------------------------------------------------
    def _register_words(self) -> None:
        # Once per lexicon, not per hit: the word set is built from every term.
        if not getattr(self.lexicon, "_jieba_registered", False):
            segment.add_words(self.lexicon.jieba_words())
            self.lexicon._jieba_registered = True

    def on_token_boundaries(self, field: str, view: str, start: int, end: int, margin: int = 6) -> bool:
        self._register_words()
        return segment.on_boundaries(self.text(field).view(view), start, end, margin)

    def enclosing_token(self, field: str, view: str, start: int, end: int, margin: int = 6) -> str | None:
        self._register_words()
        return segment.enclosing_token(self.text(field).view(view), start, end, margin)

    # --- options ------------------------------------------------------------------------
    def option(self, name: str, default: Any = None) -> Any:
        if self.rule is None:
            return default
        return self.settings.rule_option(self.rule.code, name, self.rule.options.get(name, default))

    # --- findings -----------------------------------------------------------------------
    def finding(self, field: str, view: str, start: int, end: int, message: str, *,
                suggestion: str | None = None, basis: str | None = None,
                severity: str | None = None, rule: Rule | None = None,
                related: tuple[int, ...] = (), related_ids: tuple[str, ...] = ()) -> Finding:
        """A finding for view[start:end] of `field`, its span mapped to the original text."""
        r = rule or self.rule
        ft = self.text(field)
        s, e = ft.to_raw(view, start, end) if view != "raw" else (start, end)
        column = _COLUMN.get(field, field)
        raw = ft.raw if column == field else self.value(column)
        return Finding(
            rule=r.code, name=r.name, category=r.category,
            severity=self.settings.severity_for(r.code, severity or r.severity),
            field=column, start=s, end=e, text=raw[s:e], message=message,
            suggestion=r.suggestion if suggestion is None else suggestion,
            basis=basis or r.basis, related=related, related_ids=related_ids,
            before=raw[max(0, s - CONTEXT_CHARS):s], after=raw[e:e + CONTEXT_CHARS],
            line=self.line_of(column, s),
        )

    def line_of(self, field: str, start: int) -> int:
        """The physical line of the file where character `start` of `field` is."""
        listing = self.listing
        if listing.field_lines is None or listing.line <= 0:
            return listing.line
        raw = self.value(field)
        before = raw[:start] if ("\n" in raw or "\r" in raw) else ""
        return listing.line + listing.field_lines.get(field, 0) + (
            line_breaks(before, listing.lone_cr_breaks) if before else 0)

    def hit_finding(self, field: str, hit: Hit, message: str | None = None, **kw) -> Finding:
        """A finding for a lexicon hit, taking message, suggestion, basis, severity from the
        entry where it sets them."""
        e = hit.entry
        return self.finding(
            field, hit.view, hit.start, hit.end,
            message or e.message or f"{self.rule.summary}: {self.text(field).view(hit.view)[hit.start:hit.end]}",
            suggestion=kw.pop("suggestion", e.suggestion),
            basis=kw.pop("basis", e.basis),
            severity=kw.pop("severity", e.severity),
            **kw,
        )
