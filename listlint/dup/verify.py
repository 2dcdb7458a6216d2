"""Decide whether two similar titles are one product listed twice.

MinHash only says two titles share many character bigrams. Two titles can share most of their
bigrams and still be two products: 加厚纯棉毛巾 / 加厚纯棉浴巾, iPhone 14 / iPhone 15 壳,
男士袜 / 女士袜. So the verifier looks at what differs: the characters of each title that no
shared bigram covers. Reordering leaves no such characters (every word is still there);
padding leaves them on one side only; a substitution leaves them on both sides, and that is a
different product unless both sides are only padding or variant words.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import re
import zlib

import regex

from .words import DupWords

# Latin/digit runs weigh as one shingle each: as character bigrams, "2025新款" would outweigh
# a four-word title and "iphone" six letters of padding. Each run becomes one private-use
# character (a stable hash of the run), set apart as a word of its own.
# Letters and digits are runs of their own, as model tokens split them: Mate60 and Mate 60,
# iPhone15 and iPhone 15 are one name written two ways.
_LATIN_RUN = regex.compile(r"[a-z]+|[0-9]+")
_PRIVATE_USE = 0xE000
_PRIVATE_USE_SIZE = 6400


def _run_char(m) -> str:
    return f" {chr(_PRIVATE_USE + zlib.crc32(m.group().encode()) % _PRIVATE_USE_SIZE)} "


@lru_cache(maxsize=1 << 16)
def comparable(text: str) -> str:
    """The text MinHash and the similarity read: words of the spaced title, each Latin/digit
    run folded into one character of its own."""
    if not _LATIN_RUN.search(text):
        return text
    return " ".join(_LATIN_RUN.sub(_run_char, text).split())

NEAR = "near"   # DUP002
SKU = "sku"     # DUP003


class Verdict(NamedTuple):
    kind: str | None                 # NEAR, SKU or None (different products)
    differing: tuple[str, ...] = ()  # the words that differ, for the report


@lru_cache(maxsize=1 << 16)
def shingles(s: str) -> frozenset[str]:
    """Bigrams inside each space-separated word, and one-character words (as in minhash.py)."""
    out = set()
    for w in s.split(" "):
        if len(w) == 1:
            out.add(w)
        else:
            out.update(w[i:i + 2] for i in range(len(w) - 1))
    return frozenset(out)


def _uncovered(s: str, shared: set[str], skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of characters of `s` that no shared shingle covers, outside the `skip` spans
    (spaces count as covered: they are not part of any word; Latin/digit runs are compared
    as model tokens instead, so ASCII counts as covered too).

    A character is covered by a shared bigram starting at it or ending at it, or by itself as
    a shared one-character word standing alone. Built as one string of flags and read with a
    regex: the verifier runs this for every pair that passes the overlap test, and a Python
    statement per character was a fifth of the duplicate analysis."""
    n = len(s)
    starts = [s[i:i + 2] in shared for i in range(n)]  # s[n-1:n+1] is the last character alone
    ends = [False] + starts[:-1]
    flags = bytearray(b"1" * n)
    for i in [i for i, (a, b) in enumerate(zip(starts, ends)) if not (a or b)]:
        c = s[i]
        if c == " " or c.isascii():
            continue
        # A one-character word, as `comparable` splits it: a Latin/digit run is a word of its
        # own there, so 恤 of "t恤" stands alone as much as 恤 between spaces.
        if c in shared and (i == 0 or s[i - 1] == " " or s[i - 1].isascii()) and (
                i + 1 == n or s[i + 1] == " " or s[i + 1].isascii()):
            continue
        flags[i] = 48  # "0"
    for a, b in skip:
        flags[a:b] = b"1" * (b - a)
    return [m.span() for m in _UNCOVERED_RUN.finditer(flags)]


_UNCOVERED_RUN = re.compile(rb"0+")


def overlaps_enough(ga: frozenset[str], gb: frozenset[str], min_similarity: float,
                    min_containment: float) -> bool:
    """The verifier's first test: the shingle sets share something, and their Jaccard index
    or the share of the smaller set found in the larger reaches its threshold
    (minhash.exact_overlap is the same test for many pairs at once)."""
    shared = len(ga & gb)
    return bool(shared) and (shared / (len(ga) + len(gb) - shared) >= min_similarity
                             or shared / min(len(ga), len(gb)) >= min_containment)


def verify(a: str, b: str, words: DupWords, *, min_similarity: float, min_containment: float,
           max_inserted: float) -> Verdict:
    """Compare two normalised titles (words separated by single spaces). Similar enough, the
    same model tokens, and nothing but padding or variant words differing: NEAR, or SKU when
    the variant words differ."""
    if a.replace(" ", "") == b.replace(" ", ""):
        return Verdict(NEAR)
    ga, gb = shingles(comparable(a)), shingles(comparable(b))
    if not overlaps_enough(ga, gb, min_similarity, min_containment):
        return Verdict(None)
    shared = ga & gb
    if words.model_tokens(a) != words.model_tokens(b):
        return Verdict(None)
    va, vb = words.variant_words(a), words.variant_words(b)
    skip_a = words.variant_spans(a) + words.filler_spans(a)
    skip_b = words.variant_spans(b) + words.filler_spans(b)
    only_a, only_b = _uncovered(a, shared, skip_a), _uncovered(b, shared, skip_b)
    if only_a and only_b:
        return Verdict(None)       # a word replaced by another: 毛巾 → 浴巾, 男 → 女
    longer = a if only_a else b
    inserted = only_a or only_b
    if inserted and va and vb and va != vb:
        return Verdict(None)       # an SKU split differs in its variant words only
    if inserted:
        shorter = min(len(a.replace(" ", "")), len(b.replace(" ", "")))
        if sum(e - s for s, e in inserted) > max_inserted * shorter:
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
