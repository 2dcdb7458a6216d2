"""The item pass and the corpus pass, with no I/O: records in, a RunReport out.

`ItemPass` lints listings one at a time and keeps, per item, only what the report needs
(findings and the header facts) plus each corpus rule's compact signature. `finish` runs the
corpus rules over the signatures, applies suppressions and scores every item. The same two
steps serve one process and `--jobs N` (workers run ItemPass over chunks of rows).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from . import __version__
from .config import Settings
from .itemstore import ItemStore
from .lexicon import Lexicon, load_lexicon
from .model import Finding, InputInfo, ItemReport, Listing, RunReport
from .rules.context import ItemContext
from .rules.registry import Rule, load_all
from .scoring import grade, score
from .suppress import IGNORE_COLUMN, Suppressor


@dataclass(slots=True)
class ItemResult:
    row: int
    line: int
    id: str | None
    title: str
    findings: list[Finding]
    ignore_cell: str = ""


def build_lexicon(settings: Settings) -> Lexicon:
    return load_lexicon(tuple(settings.wordlists), tuple(settings.allow), tuple(settings.deny))


class ItemPass:
    def __init__(self, settings: Settings, path: str | None = None):
        rules = load_all()
        self.settings = settings
        self.codes = settings.selected_codes(path)
        self.item_rules: list[Rule] = [rules[c] for c in sorted(self.codes) if rules[c].check]
        self.corpus_rules: list[Rule] = [rules[c] for c in sorted(self.codes) if rules[c].decide]
        self.lexicon = build_lexicon(settings)
        self.signatures: dict[str, list] = {r.code: [] for r in self.corpus_rules}
        self.fields_seen: set[str] = set()

    def lint(self, listing: Listing) -> ItemResult:
        ctx = ItemContext(listing, self.lexicon, self.settings)
        self.fields_seen.update(k for k, v in listing.fields.items() if v)
        if listing.attributes:
            self.fields_seen.add("attributes")
        found: list[Finding] = []
        for r in self.item_rules:
            ctx.rule = r
            found.extend(r.check(ctx))
        for r in self.corpus_rules:
            ctx.rule = r
            sig = r.signature(ctx)
            if sig is not None:
                self.signatures[r.code].append(sig)
        ctx.rule = None
        return ItemResult(listing.row, listing.line, listing.id, listing.title, _dedupe(found),
                          listing.extra.get(IGNORE_COLUMN, "") if listing.extra else "")

    def lint_all(self, listings: Iterable[Listing]) -> Iterator[ItemResult]:
        for listing in listings:
            yield self.lint(listing)


def _dedupe(found: list[Finding]) -> list[Finding]:
    seen = set()
    out = []
    for f in sorted(found, key=lambda f: (f.field, f.start, f.end, f.rule)):
        key = (f.rule, f.field, f.start, f.end)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def run_corpus_rules(rules: list[Rule], signatures: dict[str, list], settings: Settings,
                     against: dict[str, list] | None = None) -> dict[int, list[Finding]]:
    out: dict[int, list[Finding]] = {}
    for r in rules:
        extra = (against or {}).get(r.code, [])
        for row, fs in r.decide(signatures[r.code], settings, extra).items():
            out.setdefault(row, []).extend(fs)
    return out


def finish(results: list[ItemResult], corpus_findings: dict[int, list[Finding]], settings: Settings,
           info: InputInfo, listings_extra: dict[int, dict] | None = None, problems=(),
           unavailable=(), suppressor: Suppressor | None = None, codes=()) -> RunReport:
    suppressor = suppressor or Suppressor(settings)
    items = ItemStore()
    for res in results:
        fs = res.findings + [f if f.line else replace(f, line=res.line) for f in corpus_findings.get(res.row, ())]
        fs.sort(key=lambda f: (_field_order(f.field), f.start, f.end, f.rule))
        kept, ignored = suppressor.split(res, fs)
        s = score(kept, settings.weights)
        items.append(ItemReport(res.row, res.line, res.id, res.title, s,
                                grade(s, kept, settings.warn_below, settings.fail_below),
                                tuple(kept), tuple(ignored)))
    if isinstance(results, ItemStore):
        results.close()  # its items now live on in the report's store
    return RunReport(__version__, info, items.freeze(), tuple(problems), tuple(unavailable),
                     tuple(sorted(codes)), {"suppressions": suppressor.summary(),
                                           "unused_ignores": suppressor.unused()})


_ORDER = {f: i for i, f in enumerate(("title", "subtitle", "shopping_title", "description", "mobile_description",
                                      "attributes", "brand", "price", "category"))}


def _field_order(f: str) -> int:
    return _ORDER.get(f, 99)


def unavailable_checks(codes, fields_seen: set[str]) -> list[str]:
    """Selected rules that could not run on this input for lack of a field (said once per run)."""
    rules = load_all()
    out = []
    for code in sorted(codes):
        needs = rules[code].requires
        if needs and not (set(needs) & fields_seen):
            out.append(f"{code} ({rules[code].name}) did not run: the input has no {' or '.join(needs)} data")
    return out
