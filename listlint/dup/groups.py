"""From signatures to duplicate groups: exact keys, LSH candidates, verification, union-find.

One analysis serves all four DUP rules (each rule reports its own kind of group), so it runs
once per run and is cached. Work per item is hashing and sorting; Python loops run only over
groups and verified candidate pairs, which are few next to the items.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from .signature import DupSignature, same_product_attributes
from .verify import NEAR, SKU, _uncovered, comparable, overlaps_enough, shingles, verify
from .words import dup_words, same_spelling

EXACT, PICTURE, OUTER_ID, PRODUCT = "exact", "picture", "outer_id", "product"


@dataclass(frozen=True)
class DupOptions:
    min_title_chars: int = 6          # shorter titles are too generic to call near-duplicates
    similarity: float = 0.5           # bigram Jaccard index …
    containment: float = 0.8          # … or share of the shorter title's bigrams in the longer
    max_inserted: float = 0.5         # padding at most this share of the shorter title
    num_perm: int = 48
    rows_per_band: int = 3
    window: int = 8
    candidate_similarity: float = 0.35  # MinHash estimate below which a candidate is dropped
    pictures: bool = True
    outer_ids: bool = True


@dataclass
class Group:
    kind: str                        # EXACT, NEAR, SKU, PICTURE, OUTER_ID
    members: list[int]               # indices into the analysed signature list
    differing: tuple[str, ...] = ()  # words that differ between members (NEAR, SKU)
    key: str = ""                    # the shared picture or outer_id (PICTURE, OUTER_ID)


class UnionFind:
    def __init__(self):
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        p = self.parent.setdefault(x, x)
        while p != self.parent[p]:
            self.parent[p] = self.parent[self.parent[p]]
            p = self.parent[p]
        self.parent[x] = p
        return p

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def components(self) -> list[list[int]]:
        """Every set of nodes the union-find has seen, singletons included."""
        comps: dict[int, list[int]] = defaultdict(list)
        for x in self.parent:
            comps[self.find(x)].append(x)
        return list(comps.values())


def _code_key(code: str) -> str:
    return unicodedata.normalize("NFKC", code).casefold()


def _key_groups(values) -> list[list[int]]:
    """Indices that share a (truthy) value, for values seen more than once. A list is made
    only on the second occurrence: a million unique ids cost a dict, not a million lists."""
    first: dict = {}
    more: dict[int, list[int]] = {}
    for i, v in enumerate(values):
        if v:
            j = first.setdefault(v, i)
            if j != i:
                more.setdefault(j, [j]).append(i)
    return list(more.values())


@dataclass
class Analysis:
    groups: dict[str, list[Group]] = field(default_factory=dict)
    exact_class: dict[int, int] = field(default_factory=dict)  # item → its DUP001 group number


def analyse(sigs: list[DupSignature], opts: DupOptions, jobs: int = 1) -> Analysis:
    """Group the signatures. `jobs` > 1: a large set of candidate pairs is verified in that
    many forked processes (the result is the same; only the Python verifier is spread)."""
    words = dup_words()
    out = Analysis({EXACT: [], NEAR: [], SKU: [], PICTURE: [], OUTER_ID: [], PRODUCT: []})

    # Rows that repeat an earlier row's listing number (宝贝ID) are SKU rows of that listing:
    # they take no part, so one listing is never its own duplicate.
    seen_numbers: set[str] = set()
    repeat: list[bool] = []
    for s in sigs:
        repeat.append(bool(s.number) and s.number in seen_numbers)
        if s.number:
            seen_numbers.add(s.number)
    del seen_numbers

    for n, members in enumerate(_key_groups(None if r else s.content for s, r in zip(sigs, repeat))):
        out.groups[EXACT].append(Group(EXACT, members))
        for m in members:
            out.exact_class[m] = n

    # Units: distinct titles long enough to compare, with their brand and model (the same
    # title under two brands is two products). A unit stands for every item that carries it.
    # Keyed by the hash of (title, brand, model): a dict of a million tuples of strings was
    # ~300 MB; two different keys sharing a 64-bit hash is a one-in-10^7 event at 1M rows.
    unit_of: dict[int, int] = {}
    unit_item: list[int] = []              # unit → its first item
    unit_more: dict[int, list[int]] = {}   # unit → all its items, when it has several
    for i, s in enumerate(sigs):
        if repeat[i]:
            continue
        squeezed = s.squeezed
        if len(squeezed) >= opts.min_title_chars:
            key = hash((squeezed, s.brand, s.model))
            u = unit_of.setdefault(key, len(unit_item))
            if u == len(unit_item):
                unit_item.append(i)
            else:
                unit_more.setdefault(u, [unit_item[u]]).append(i)
    del unit_of
    # spaced, one spelling for brands and synonyms (Apple → 苹果, 女款 → 女士): what MinHash
    # and the verifier read
    spelled = same_spelling()
    titles = [spelled(sigs[i].text) for i in unit_item]

    def members(units) -> list[int]:
        return sorted(m for u in units for m in unit_more.get(u, (unit_item[u],)))

    near, sku = UnionFind(), UnionFind()
    for u in unit_more:
        near.find(u)            # the same title twice is a near-duplicate pair already
    differing: dict[int, set[str]] = defaultdict(set)

    unit_sigs = [sigs[i] for i in unit_item]
    pairs = [(ti, tj) for ti, tj in _verified_candidates(titles, opts, unit_sigs)
             if same_product_attributes(unit_sigs[ti], unit_sigs[tj])]
    del unit_sigs
    for (ti, tj), v in zip(pairs, _verdicts(pairs, titles, words, opts, jobs)):
        if v.kind == NEAR and _different_codes(sigs[unit_item[ti]], sigs[unit_item[tj]]):
            # two barcodes (or ISBNs, or 型号 of one brand) are two products, not one reworded: a flavour or a colour
            # apart in the titles is still one product split into listings (香辣 / 原味)
            if words.variant_words(titles[ti]) != words.variant_words(titles[tj]):
                sku.union(ti, tj)
            continue
        if v.kind == NEAR:
            near.union(ti, tj)
            differing[ti].update(v.differing)
        elif v.kind == SKU:
            sku.union(ti, tj)

    # Rewritten copies of a consumable: the same bucket (category, brand and every defining
    # attribute), and titles whose differences are small and name no other product, audience,
    # grade or model (see _spec_copy)
    by_bucket: dict[int, list[int]] = defaultdict(list)
    for ti, i in enumerate(unit_item):
        if sigs[i].spec_bucket:
            by_bucket[sigs[i].spec_bucket].append(ti)
    for tis in by_bucket.values():
        if len(tis) < 2 or len(tis) > SPEC_BUCKET_MAX:
            continue   # (a bucket of dozens is a catalogue of look-alikes, not copies)
        # (shingled here, not through the caches the LSH path fills: a bucket's titles are
        # compared only with each other)
        sh = {t: shingles.__wrapped__(comparable.__wrapped__(titles[t])) for t in tis}
        for x in range(len(tis)):
            for y in range(x + 1, len(tis)):
                ta, tb = tis[x], tis[y]
                if near.find(ta) == near.find(tb) or sku.find(ta) == sku.find(tb):
                    continue
                kind = _spec_copy(sigs[unit_item[ta]], sigs[unit_item[tb]], titles[ta], titles[tb], words,
                                  sh[ta], sh[tb])
                if kind == NEAR:
                    near.union(ta, tb)
                elif kind == SKU:
                    sku.union(ta, tb)
    del by_bucket

    # SKU splits at any scale: titles identical once colour/size words are removed.
    # Keyed by hash, like the units: a million (title, brand, model) tuples cost ~300 MB.
    by_stripped: dict[int, list[int]] = defaultdict(list)
    for ti, i in enumerate(unit_item):
        s = sigs[i]
        if s.variants and s.stripped_chars >= opts.min_title_chars // 2:
            by_stripped[s.stripped_key].append(ti)
    for tis in by_stripped.values():
        if len(tis) > 1:
            first = sigs[unit_item[tis[0]]].variants
            for t in tis[1:]:
                if sigs[unit_item[t]].variants != first:
                    sku.union(tis[0], t)
    del by_stripped

    for comp in near.components():
        items = members(comp)
        if len(items) > 1:
            diff = tuple(sorted({w for u in comp for w in differing.get(u, ())}))
            out.groups[NEAR].append(Group(NEAR, items, diff))
    for comp in sku.components():
        if len(comp) > 1:
            out.groups[SKU].append(Group(SKU, members(comp),
                                         _variant_difference([titles[u] for u in comp], words)))

    if opts.pictures:
        for g in _key_groups(None if r else s.picture for s, r in zip(sigs, repeat)):
            out.groups[PICTURE].append(Group(PICTURE, g, key=sigs[g[0]].picture))
    if opts.outer_ids:
        # A merchant code is one code whatever its case or width (AB1002, ab1002, ＡＢ１００２).
        for g in _key_groups(None if r or not s.outer_id else _code_key(s.outer_id)
                             for s, r in zip(sigs, repeat)):
            out.groups[OUTER_ID].append(Group(OUTER_ID, g, key=sigs[g[0]].outer_id))
        # ISBN, barcode, or brand + 型号: listings that share an outer_id are reported once
        codes = {i for g in out.groups[OUTER_ID] for i in g.members}
        for g in _key_groups(None if r or i in codes else s.product_code
                             for i, (s, r) in enumerate(zip(sigs, repeat))):
            for part in _by_measure(g, sigs):
                out.groups[PRODUCT].append(Group(PRODUCT, part, key=sigs[part[0]].product_code))
        # …and the same category, brand and attributes (重要属性完全相同), once more only for
        # listings no code or title comparison has grouped already
        spec_groups = _key_groups(None if r else s.spec_key for s, r in zip(sigs, repeat))
        if spec_groups:
            together = [set(g.members) for kind in list(out.groups) for g in out.groups[kind]]
            for g in spec_groups:
                if not any(set(g) <= t for t in together):
                    out.groups[PRODUCT].append(Group(PRODUCT, g, key="同类目、同品牌、属性完全相同"))
    return out


def _different_codes(a: DupSignature, b: DupSignature) -> bool:
    # (not the seller's 货号: a copy often gets a new one, YJ-G3 → YJ-G3-2)
    return bool(a.product_code and b.product_code and a.product_code != b.product_code)


def _by_measure(group: list[int], sigs) -> list[list[int]]:
    """One brand + 型号 group, split where the listings state different content measures (a
    single pack and a ten-pack of one model); a listing that states none joins the strictly
    largest part of two or more."""
    measures = {sigs[i].measure for i in group} - {""}
    if measures and all(m.startswith("n") for m in measures) and any(not sigs[i].measure for i in group):
        # pack measures only (3条装, 电池数量:0): a listing stating none is one piece, not a copy
        # that dropped the attribute
        measure = {i: sigs[i].measure or "n1" for i in group}
        parts = [[i for i in group if measure[i] == m] for m in sorted(set(measure.values()))]
        return [p for p in parts if len(p) > 1]
    if len(measures) < 2:
        return [group]
    parts = [[i for i in group if sigs[i].measure == m] for m in sorted(measures)]
    # a listing that states no measure joins the part that is strictly the largest (a copy that
    # dropped the attribute); with no such part it could copy any of them and stays out
    bare = [i for i in group if not sigs[i].measure]
    sizes = sorted((len(p) for p in parts), reverse=True)
    if bare and sizes[0] > 1 and (len(sizes) == 1 or sizes[0] > sizes[1]):
        largest = max(parts, key=len)
        largest.extend(bare)
        largest.sort()
    elif len(bare) > 1:
        parts.append(bare)   # two listings without a measure are still one model twice
    return [p for p in parts if len(p) > 1]


@lru_cache(maxsize=1)
def _product_lexicon():
    from ..rules.mismatch_category import lexicon
    return lexicon()


# A spec bucket compares its listings pair by pair, and its titles must still share this much;
# what only one title says may run to this many characters on each side (乌龙茶叶 / 口粮茶).
SPEC_BUCKET_MAX = 12
SPEC_TITLE_SIMILARITY = 0.3
SPEC_MAX_DIFFERING = 8
_GRADE = re.compile(r"特级|一级|二级|三级|优级|特等|一等|二等|特选|精选|[0-9一二三四五六七八九十]{1,2}年")


def _spec_copy(a: DupSignature, b: DupSignature, ta: str, tb: str, words, ga, gb) -> str | None:
    """NEAR (or SKU when only the flavour differs) for two listings of one spec bucket whose
    titles are the same product written twice; None for two products."""
    if a.article and b.article and a.article != b.article:
        return None
    if a.product_code and b.product_code and a.product_code != b.product_code:
        return None
    if not overlaps_enough(ga, gb, SPEC_TITLE_SIMILARITY, 1.1) or words.model_tokens(ta) != words.model_tokens(tb):
        return None
    shared = ga & gb
    diff = []
    for t, other in ((ta, tb), (tb, ta)):
        spans = _uncovered(t, shared, words.variant_spans(t) + words.filler_spans(t))
        text = "".join(t[s:e] for s, e in spans)
        if len(text) > SPEC_MAX_DIFFERING or words.distinguishing.search(text) or _GRADE.search(text) \
                or _product_lexicon().products(text):
            return None
        diff.append(text)
    if a.spec_flavour != b.spec_flavour:
        va, vb = words.variant_words(ta), words.variant_words(tb)
        return SKU if va and vb and va != vb else None
    return NEAR


# Fewer candidate pairs than this are verified in the parent: forking would not pay.
PARALLEL_VERIFY_FROM = 20_000
_verify_job: tuple | None = None  # (pairs, titles, words, opts), inherited by forked workers


def _verdicts(pairs: list[tuple[int, int]], titles: list[str], words, opts: DupOptions, jobs: int):
    """The verifier's verdict for every pair, in order. With several jobs and many pairs the
    pairs are split across forked workers, which inherit the titles and word lists (nothing is
    pickled but index ranges and verdicts): the verifier is the largest serial step of a
    --jobs run (100k generated rows: 4.7 of 10 s)."""
    import multiprocessing as mp

    kw = dict(min_similarity=opts.similarity, min_containment=opts.containment,
              max_inserted=opts.max_inserted)
    if jobs < 2 or len(pairs) < PARALLEL_VERIFY_FROM or "fork" not in mp.get_all_start_methods():
        return [verify(titles[ti], titles[tj], words, **kw) for ti, tj in pairs]
    global _verify_job
    _verify_job = (pairs, titles, words, kw)
    step = -(-len(pairs) // (jobs * 8))
    try:
        with mp.get_context("fork").Pool(jobs) as pool:
            parts = pool.map(_verify_range, [(lo, min(lo + step, len(pairs)))
                                             for lo in range(0, len(pairs), step)])
    finally:
        _verify_job = None
    return [v for part in parts for v in part]


def _verify_range(span: tuple[int, int]):
    pairs, titles, words, kw = _verify_job
    return [verify(titles[ti], titles[tj], words, **kw) for ti, tj in pairs[span[0]:span[1]]]


def _variant_difference(titles: list[str], words) -> tuple[str, ...]:
    sets = [set(words.variant_words(t)) for t in titles]
    return tuple(sorted(set.union(*sets) - set.intersection(*sets)))


def _verified_candidates(titles: list[str], opts: DupOptions, unit_sigs: list[DupSignature]):
    """Pairs of title indices that MinHash LSH proposes and neither the estimate nor a plain
    disagreement of brand or model rules out."""
    if len(titles) < 2:
        return iter(())
    if len(titles) <= ALL_PAIRS_UP_TO:
        return _all_close_pairs(titles, opts)
    # numpy (~0.15 s to import) only once a run has many titles to compare.
    import numpy as np
    from .minhash import candidate_pairs, exact_overlap, minhash_signatures, shingle_sets

    comparables = [comparable(t) for t in titles]
    sig = minhash_signatures(comparables, opts.num_perm)
    codes, starts = shingle_sets(comparables)
    del comparables
    brand_ids, brand_clear = _value_ids([s.brand for s in unit_sigs])
    model_ids, model_clear = _value_ids([s.model for s in unit_sigs])
    squeezed = np.fromiter((hash(t.replace(" ", "")) for t in titles), dtype=np.int64, count=len(titles))

    def worth_verifying(pairs):
        """Which candidate pairs go on to the Python verifier, decided in bulk.

        Look-alike titles of one shop under different brands make most candidates: a plain
        brand or model disagreement drops them (values with "/", adidas/阿迪达斯, may overlap
        without being equal and are left to same_product_attributes). Then the verifier's
        first test, exact bigram overlap: in a catalogue of look-alike titles 19 of 20
        candidates fail it (measured on generated exports). Titles equal but for spacing
        always go on. Applied band by band inside candidate_pairs, so the tens of millions of
        candidates of a million look-alike titles are never held at once (1.3 GB)."""
        i, j = pairs[:, 0], pairs[:, 1]
        keep = np.ones(len(pairs), dtype=bool)
        for ids, clear in ((brand_ids, brand_clear), (model_ids, model_clear)):
            a, b = ids[i], ids[j]
            keep &= ~((a != b) & (a > 0) & (b > 0) & clear[i] & clear[j])
        close = exact_overlap(codes, starts, pairs[keep], opts.similarity, opts.containment)
        close |= squeezed[i[keep]] == squeezed[j[keep]]
        keep[keep] = close
        return keep

    pairs = candidate_pairs(sig, opts.rows_per_band, opts.window, opts.candidate_similarity,
                            accept=worth_verifying)
    del sig, codes, starts, squeezed
    if not len(pairs):
        return iter(())
    # Handed out a slice at a time: as a Python list, millions of near pairs in a catalogue of
    # look-alike titles took 130 bytes each (300 MB for 20k generated rows).
    return (tuple(p) for lo in range(0, len(pairs), 65536) for p in pairs[lo:lo + 65536].tolist())


# Up to this many distinct titles every pair is compared exactly (11k pairs, ~15 ms), which
# beats importing numpy for a seller's short file and misses nothing LSH would find.
ALL_PAIRS_UP_TO = 150


def _all_close_pairs(titles: list[str], opts: DupOptions):
    """Every pair that passes the verifier's first test (as the numpy path filters them)."""
    sets = [shingles(comparable(t)) for t in titles]
    squeezed = [t.replace(" ", "") for t in titles]
    for i in range(len(titles)):
        for j in range(i + 1, len(titles)):
            if squeezed[i] == squeezed[j] or overlaps_enough(sets[i], sets[j], opts.similarity,
                                                             opts.containment):
                yield i, j


def _value_ids(values: list[str]):
    """(id per value, 0 for empty; whether the value is a single name without "/")."""
    import numpy as np

    index: dict[str, int] = {"": 0}
    ids = np.fromiter((index.setdefault(v, len(index)) for v in values), dtype=np.int64, count=len(values))
    clear = np.fromiter(("/" not in v for v in values), dtype=bool, count=len(values))
    return ids, clear
