"""From signatures to duplicate groups: exact keys, LSH candidates, verification, union-find.

One analysis serves all four DUP rules (each rule reports its own kind of group), so it runs
once per run and is cached. Work per item is hashing and sorting; Python loops run only over
groups and verified candidate pairs, which are few next to the items.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from .minhash import candidate_pairs, estimated_similarity, minhash_signatures
from .signature import DupSignature, same_product_attributes
from .verify import NEAR, SKU, comparable, verify
from .words import dup_words

EXACT, PICTURE, OUTER_ID = "exact", "picture", "outer_id"


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
        comps: dict[int, list[int]] = defaultdict(list)
        for x in self.parent:
            comps[self.find(x)].append(x)
        return [sorted(c) for c in comps.values() if len(c) > 1]


def _key_groups(values) -> list[list[int]]:
    by: dict = defaultdict(list)
    for i, v in enumerate(values):
        if v:
            by[v].append(i)
    return [m for m in by.values() if len(m) > 1]


@dataclass
class Analysis:
    groups: dict[str, list[Group]] = field(default_factory=dict)
    exact_class: dict[int, int] = field(default_factory=dict)  # item → its DUP001 group number


def analyse(sigs: list[DupSignature], opts: DupOptions) -> Analysis:
    words = dup_words()
    out = Analysis({EXACT: [], NEAR: [], SKU: [], PICTURE: [], OUTER_ID: []})

    for n, members in enumerate(_key_groups(s.content for s in sigs)):
        out.groups[EXACT].append(Group(EXACT, members))
        for m in members:
            out.exact_class[m] = n

    # Unique titles long enough to compare (with their brand and model: the same title under
    # two brands is two products); each stands for every item that carries it.
    by_title: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, s in enumerate(sigs):
        squeezed = s.squeezed
        if len(squeezed) >= opts.min_title_chars:
            by_title[squeezed, s.brand, s.model].append(i)
    units = list(by_title)
    items = [by_title[u] for u in units]
    titles = [sigs[m[0]].text for m in items]   # spaced: what MinHash and the verifier read

    near, sku = UnionFind(), UnionFind()
    differing: dict[str, dict[int, set[str]]] = {NEAR: defaultdict(set), SKU: defaultdict(set)}
    for members in items:
        for m in members[1:]:
            near.union(members[0], m)

    def link(kind: str, ti: int, tj: int, words_differing=()):
        uf = near if kind == NEAR else sku
        uf.union(items[ti][0], items[tj][0])
        differing[kind][items[ti][0]].update(words_differing)

    for ti, tj in _verified_candidates(titles, opts):
        if not same_product_attributes(sigs[items[ti][0]], sigs[items[tj][0]]):
            continue
        v = verify(titles[ti], titles[tj], words, min_similarity=opts.similarity,
                   min_containment=opts.containment, max_inserted=opts.max_inserted)
        if v.kind:
            link(v.kind, ti, tj, v.differing)

    # SKU splits at any scale: titles identical once colour/size words are removed.
    by_stripped: dict[str, list[int]] = defaultdict(list)
    for ti, u in enumerate(units):
        if words.variant_spans(titles[ti]):
            by_stripped[words.strip_variants(u[0]), u[1], u[2]].append(ti)
    for stripped, tis in by_stripped.items():
        if len(tis) > 1 and len(stripped[0]) >= opts.min_title_chars // 2:
            for t in tis[1:]:
                if words.variant_words(titles[t]) != words.variant_words(titles[tis[0]]) and \
                        same_product_attributes(sigs[items[t][0]], sigs[items[tis[0]][0]]):
                    link(SKU, tis[0], t)

    for kind, uf in ((NEAR, near), (SKU, sku)):
        for comp in uf.components():
            if kind == SKU:
                comp = sorted({m for c in comp for m in by_title[_unit(sigs[c])]})
                diff = _variant_difference([sigs[m].text for m in comp], words)
            else:
                diff = tuple(sorted({w for c in comp for w in differing[NEAR].get(c, ())}))
            out.groups[kind].append(Group(kind, comp, diff))

    if opts.pictures:
        for g in _key_groups(s.picture for s in sigs):
            out.groups[PICTURE].append(Group(PICTURE, g, key=sigs[g[0]].picture))
    if opts.outer_ids:
        for g in _key_groups(s.outer_id for s in sigs):
            out.groups[OUTER_ID].append(Group(OUTER_ID, g, key=sigs[g[0]].outer_id))
    return out


def _unit(s: DupSignature) -> tuple[str, str, str]:
    return s.squeezed, s.brand, s.model


def _variant_difference(titles: list[str], words) -> tuple[str, ...]:
    sets = [set(words.variant_words(t)) for t in titles]
    return tuple(sorted(set.union(*sets) - set.intersection(*sets)))


def _verified_candidates(titles: list[str], opts: DupOptions):
    """Pairs of title indices that MinHash LSH proposes and the estimate does not rule out."""
    if len(titles) < 2:
        return []
    sig = minhash_signatures([comparable(t) for t in titles], opts.num_perm)
    pairs = candidate_pairs(sig, opts.rows_per_band, opts.window)
    if not len(pairs):
        return []
    keep = estimated_similarity(sig, pairs) >= opts.candidate_similarity
    return pairs[keep].tolist()
