"""Decide whether two similar titles are one product listed twice.

MinHash only says two titles share many character bigrams. Two titles can share most of their
bigrams and still be two products: 加厚纯棉毛巾 / 加厚纯棉浴巾, iPhone 14 / iPhone 15 壳,
男士袜 / 女士袜. So the verifier looks at what differs: the characters of each title that no
shared bigram covers. Reordering leaves no such characters (every word is still there);
padding leaves them on one side only; a substitution leaves them on both sides, and that is a
different product unless both sides are only padding or variant words.
"""
from __future__ import annotations

from typing import NamedTuple

from .words import DupWords

NEAR = "near"   # DUP002
SKU = "sku"     # DUP003


class Verdict(NamedTuple):
    kind: str | None                 # NEAR, SKU or None (different products)
    differing: tuple[str, ...] = ()  # the words that differ, for the report


def bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def _uncovered(s: str, shared: set[str], skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of characters of `s` that no shared bigram covers, outside the `skip` spans."""
    covered = bytearray(len(s))
    for i in range(len(s) - 1):
        if s[i:i + 2] in shared:
            covered[i] = covered[i + 1] = 1
    for a, b in skip:
        covered[a:b] = b"\x01" * (b - a)
    runs, start = [], None
    for i, c in enumerate(covered):
        if not c and start is None:
            start = i
        elif c and start is not None:
            runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, len(s)))
    return runs


def verify(a: str, b: str, words: DupWords, *, min_similarity: float, min_containment: float,
           max_inserted: float) -> Verdict:
    """Compare two squeezed titles. Similar enough, the same model tokens, and nothing but
    padding or variant words differing: NEAR, or SKU when the variant words differ."""
    if a == b:
        return Verdict(NEAR)
    va, vb = words.variant_words(a), words.variant_words(b)
    if words.model_tokens(a) != words.model_tokens(b):
        return Verdict(None)
    ga, gb = bigrams(a), bigrams(b)
    shared = ga & gb
    if not shared:
        return Verdict(None)
    jaccard = len(shared) / len(ga | gb)
    containment = len(shared) / min(len(ga), len(gb))
    if jaccard < min_similarity and containment < min_containment:
        return Verdict(None)
    skip_a = words.variant_spans(a) + [m.span() for m in words.filler.finditer(a)]
    skip_b = words.variant_spans(b) + [m.span() for m in words.filler.finditer(b)]
    only_a, only_b = _uncovered(a, shared, skip_a), _uncovered(b, shared, skip_b)
    if only_a and only_b:
        return Verdict(None)       # a word replaced by another: 毛巾 → 浴巾, 男 → 女
    longer = a if only_a else b
    inserted = only_a or only_b
    if inserted:
        if sum(e - s for s, e in inserted) > max_inserted * min(len(a), len(b)):
            return Verdict(None)
        if _touches(words.distinguishing.finditer(longer), inserted):
            return Verdict(None)   # 袜子 → 男士袜子 is another product, not padding
    differing = (tuple(sorted(set(va) ^ set(vb))) if va != vb
                 else tuple(longer[s:e] for s, e in inserted))
    if va and vb and va != vb:
        return Verdict(SKU, differing)
    return Verdict(NEAR, differing)


def _touches(matches, spans: list[tuple[int, int]]) -> bool:
    """Some match overlaps some span: a distinguishing word the inserted run covers even in
    part (士 of 男士 when 男 is shared elsewhere still counts)."""
    return any(m.start() < e and s < m.end() for m in matches for s, e in spans)


def variant_difference(a: str, b: str, words: DupWords) -> tuple[str, ...]:
    """The variant words of two SKU-split titles that are not in both."""
    return tuple(sorted(set(words.variant_words(a)) ^ set(words.variant_words(b))))
