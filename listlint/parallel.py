"""`--jobs N`: lint chunks of rows in worker processes.

Rows are read in the parent (the reader owns line numbers and damaged-row reports), sent to
workers in chunks, and results come back in order, so the report is identical to a
single-process run. Workers return only findings and the corpus rules' compact signatures.
"""
from __future__ import annotations

import itertools
import multiprocessing as mp

from .engine import ItemPass
from .itemstore import ItemStore

# Small enough that the last chunks keep both workers busy (2000 left one idle for a fifth of
# a 10k-row run), large enough that pickling stays a small share.
CHUNK = 500
_worker_pass: ItemPass | None = None


def _init(settings, path):
    global _worker_pass
    _worker_pass = ItemPass(settings, path)  # cheap after fork: lexicon and rules are cached


def _lint_chunk(listings):
    p = _worker_pass
    for code in p.signatures:
        p.signatures[code] = []
    p.fields_seen = set()
    results = [p.lint(l) for l in listings]
    return results, p.signatures, p.fields_seen


def _chunks(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


def lint_parallel(listings, settings, path, jobs, progress=None):
    parent = ItemPass(settings, path)  # validates selection, holds the rule lists
    listings = iter(listings)
    # Workers load the families' data (brand tables, patterns, jieba) themselves, on first use
    # and at the same time: linting warm-up rows in the parent first, so that forked workers
    # shared it, kept both cores waiting on one (10k rows: 4.3-4.9 s -> 4.0-4.3 s).
    results = ItemStore()
    signatures = {code: [] for code in parent.signatures}
    fields_seen: set[str] = set()
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(jobs, initializer=_init, initargs=(settings, path)) as pool:
        for res, sigs, seen in pool.imap(_lint_chunk, _chunks(listings, CHUNK)):
            results.extend(res)
            for code, s in sigs.items():
                signatures[code].extend(s)
            fields_seen |= seen
            if progress:
                progress(len(res))
    return results, signatures, parent.codes, parent.corpus_rules, fields_seen
