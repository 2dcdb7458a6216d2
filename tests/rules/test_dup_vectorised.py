"""The numpy shortcuts of the duplicate analysis agree with the Python definitions they skip.

`candidate_pairs` filters by the MinHash estimate band by band and `exact_overlap` computes the
verifier's first test for every pair at once; both must give exactly what the plain Python
versions give, or groups would silently change.
"""
from __future__ import annotations

import random

import numpy as np
import pytest

from listlint.dup.minhash import (candidate_pairs, estimated_similarity, exact_overlap,
                                  minhash_signatures, shingle_sets)
from listlint.dup.verify import shingles

ALPHABET = "纯棉T恤男女款短袖夏季新品宽松ab1"


def _titles(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join("".join(rng.choices(ALPHABET, k=rng.randint(1, 5)))
                     for _ in range(rng.randint(1, 6))) for _ in range(n)]


@pytest.mark.parametrize("seed, chunk", [(1, 777), (2, 65_536), (3, 1)])
def test_exact_overlap_equals_python_sets(seed, chunk):
    titles = _titles(1500, seed)
    codes, starts = shingle_sets(titles)
    for t, title in enumerate(titles):
        assert starts[t + 1] - starts[t] == len(shingles(title))
    rng = random.Random(seed)
    pairs = np.array([(rng.randrange(1500), rng.randrange(1500)) for _ in range(3000)])
    jaccard, containment = exact_overlap(codes, starts, pairs, chunk=chunk)
    for (a, b), j, c in zip(pairs.tolist(), jaccard, containment):
        sa, sb = shingles(titles[a]), shingles(titles[b])
        shared = len(sa & sb)
        assert j == shared / len(sa | sb)
        assert c == shared / min(len(sa), len(sb))


def test_exact_overlap_of_disjoint_and_identical_titles():
    titles = ["纯棉 短袖", "宽松 夏季", "纯棉 短袖", "女"]
    codes, starts = shingle_sets(titles)
    j, c = exact_overlap(codes, starts, np.array([[0, 1], [0, 2], [0, 3], [3, 3]]))
    assert j.tolist() == [0.0, 1.0, 0.0, 1.0] and c.tolist() == [0.0, 1.0, 0.0, 1.0]


def test_band_filtered_candidates_equal_filtering_afterwards():
    titles = _titles(4000, 9)
    sig = minhash_signatures(titles, 48)
    everything = candidate_pairs(sig, 3, 8)
    expected = everything[estimated_similarity(sig, everything) >= 0.35]
    got = candidate_pairs(sig, 3, 8, 0.35)
    assert len(expected) > 100
    assert got.tolist() == expected.tolist()  # same pairs, same (sorted) order
