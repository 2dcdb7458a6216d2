"""The Python API: what the CLI calls and what other programs (Dask, Spark, services) call.

    lint_records(records, settings) → RunReport    records: Listing objects or plain dicts
    lint_path(path, settings)       → RunReport    any supported file, format auto-detected
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterable, Mapping

from .config import Settings
from .engine import ItemPass, finish, run_corpus_rules, unavailable_checks
from .itemstore import ItemStore
from .model import InputInfo, Listing, RunReport


def as_listing(rec: Listing | Mapping[str, Any], row: int, columns: Mapping[str, str] | None = None) -> Listing:
    """A Listing from a Listing or a dict; `columns` maps fields to keys (Settings.columns)."""
    if isinstance(rec, Listing):
        return rec
    from .io.columns import listing_from_mapping
    return listing_from_mapping(rec, row, dict(columns) if columns else None)


def _listings(records, settings: Settings):
    """The records as Listings. Dicts of which none has a title-like key are refused, as the
    command line refuses such a file: a catalogue must not pass because nothing was read."""
    columns = getattr(settings, "columns", None) or None
    dicts = texts = 0
    keys: dict[str, None] = {}
    for i, r in enumerate(records, 1):
        listing = as_listing(r, i, columns)
        if not isinstance(r, Listing):
            dicts += 1
            if any(listing.fields.get(f) is not None for f in ("title", "subtitle", "shopping_title",
                                                                "description", "mobile_description")):
                texts += 1
            elif len(keys) < 50:
                keys.update(dict.fromkeys(str(k) for k in r))
        yield listing
    if dicts and not texts:
        raise ValueError(f"no title-like field in the records (keys: {', '.join(list(keys)[:20])}); "
                         f"name one with Settings(columns={{'title': '…'}})")


def lint_records(records: Iterable[Listing | Mapping[str, Any]], settings: Settings | None = None,
                 *, info: InputInfo | None = None, path: str | None = None,
                 problems=(), against: Iterable[Listing] | None = None,
                 progress=None, jobs: int | None = None) -> RunReport:
    """Lint listings (Listing objects, or dicts keyed by field or header names)."""
    settings = settings or Settings()
    from .config import validate_settings
    validate_settings(settings)   # settings built in code are checked as a config file is
    listings = _listings(records, settings)
    if jobs and jobs > 1:
        from .parallel import lint_parallel
        results, signatures, codes, corpus_rules, fields_seen = lint_parallel(
            listings, settings, path, jobs, progress)
    else:
        item_pass = ItemPass(settings, path)
        results = ItemStore()
        for res in item_pass.lint_all(listings):
            results.append(res)
            if progress:
                progress(1)
        signatures, codes, corpus_rules = item_pass.signatures, item_pass.codes, item_pass.corpus_rules
        fields_seen = item_pass.fields_seen
    against_sigs = None
    if against is not None and corpus_rules:
        store_pass = ItemPass(settings, path)
        store_pass.item_rules = []
        for _ in store_pass.lint_all(as_listing(r, i, settings.columns) for i, r in enumerate(against, 1)):
            pass
        against_sigs = store_pass.signatures
    # The corpus rules may spread their own work over the run's processes.
    corpus_settings = replace(settings, jobs=jobs if jobs and jobs > 1 else 1)
    corpus_findings = run_corpus_rules(corpus_rules, signatures, corpus_settings, against_sigs)
    problems = list(problems() if callable(problems) else problems)
    info = info or InputInfo(path or "<records>", "records", "", len(results))
    if info.items != len(results):
        info = InputInfo(info.path, info.format, info.encoding, len(results))
    return finish(results, corpus_findings, settings, info, problems=problems,
                  unavailable=unavailable_checks(codes, fields_seen), codes=codes)


def lint_path(path: str, settings: Settings | None = None, *, progress=None,
              jobs: int | None = None) -> RunReport:
    """Lint a listing file (csv, tsv, 淘宝助理, xlsx, jsonl); `-` reads standard input."""
    import os
    from .io.readers import open_listings

    path = os.fspath(path)
    settings = settings or Settings()
    source = open_listings(path, settings)
    against = None
    if settings.against:
        against = open_listings(settings.against, settings).listings()
    return lint_records(source.listings(), settings, info=source.info, path=path,
                        problems=lambda: source.problems, against=against,
                        progress=progress, jobs=jobs)
