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


@pytest.mark.parametrize("seed, chunk, jac, cont", [(1, 777, 0.5, 0.8), (2, 65_536, 0.3, 0.6),
                                                    (3, 1, 0.5, 0.8), (4, 100, 1 / 3, 0.75)])
def test_exact_overlap_equals_python_sets(seed, chunk, jac, cont):
    titles = _titles(1500, seed)
    codes, starts = shingle_sets(titles)
    for t, title in enumerate(titles):
        assert starts[t + 1] - starts[t] == len(shingles(title))
    rng = random.Random(seed)
    pairs = np.array([(rng.randrange(1500), rng.randrange(1500)) for _ in range(3000)])
    close = exact_overlap(codes, starts, pairs, jac, cont, chunk=chunk)
    expected = []
    for a, b in pairs.tolist():
        sa, sb = shingles(titles[a]), shingles(titles[b])
        shared = len(sa & sb)
        expected.append(shared / len(sa | sb) >= jac or shared / min(len(sa), len(sb)) >= cont)
    assert close.tolist() == expected
    assert 0 < sum(expected) < len(expected)


def test_exact_overlap_of_disjoint_and_identical_titles():
    titles = ["纯棉 短袖", "宽松 夏季", "纯棉 短袖", "女"]
    codes, starts = shingle_sets(titles)
    close = exact_overlap(codes, starts, np.array([[0, 1], [0, 2], [0, 3], [3, 3]]), 0.5, 0.8)
    assert close.tolist() == [False, True, False, True]


def test_band_filtered_candidates_equal_filtering_afterwards():
    titles = _titles(4000, 9)
    sig = minhash_signatures(titles, 48)
    everything = candidate_pairs(sig, 3, 8)
    expected = everything[estimated_similarity(sig, everything) >= 0.35]
    got = candidate_pairs(sig, 3, 8, 0.35)
    assert len(expected) > 100
    assert got.tolist() == expected.tolist()  # same pairs, same (sorted) order


def test_small_runs_compare_all_pairs_and_find_what_lsh_finds():
    """Up to ALL_PAIRS_UP_TO titles every pair is tested exactly (no numpy import); the pairs
    include every pair the LSH path keeps."""
    from listlint.dup import groups
    from listlint.dup.groups import DupOptions, _all_close_pairs

    from listlint.dup.verify import comparable

    opts = DupOptions()
    titles = [comparable(t) for t in _titles(groups.ALL_PAIRS_UP_TO, 4)]
    small = set(_all_close_pairs(titles, opts))
    sig = minhash_signatures(titles, opts.num_perm)
    lsh = candidate_pairs(sig, opts.rows_per_band, opts.window, opts.candidate_similarity)
    codes, starts = shingle_sets(titles)
    close = exact_overlap(codes, starts, lsh, opts.similarity, opts.containment)
    kept = {tuple(p) for p, c in zip(lsh.tolist(), close) if c}
    assert kept and kept <= small
    for a, b in small:
        sa, sb = shingles(titles[a]), shingles(titles[b])
        shared = len(sa & sb)
        assert (shared / len(sa | sb) >= opts.similarity or shared / min(len(sa), len(sb)) >= opts.containment
                or titles[a].replace(" ", "") == titles[b].replace(" ", ""))


def test_checking_a_short_file_does_not_import_numpy(tmp_path):
    import json
    import subprocess
    import sys
    p = tmp_path / "l.csv"
    p.write_text("title,price\n陶瓷马克杯 大容量 办公室 水杯,59\n办公室 水杯 陶瓷马克杯 大容量,59\n宽松 卫衣 灰色 加绒,99\n",
                 encoding="utf-8")
    code = ("import sys, json\nfrom listlint.api import lint_path\n"
            f"r = lint_path({str(p)!r})\n"
            "print(json.dumps([sorted(f.rule for it in r.items for f in it.findings), 'numpy' in sys.modules]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    rules, numpy_loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert "DUP002" in rules and not numpy_loaded


def test_accept_inside_the_bands_equals_filtering_afterwards():
    titles = _titles(4000, 11)
    sig = minhash_signatures(titles, 48)
    codes, starts = shingle_sets(titles)
    accept = lambda p: exact_overlap(codes, starts, p, 0.5, 0.8)  # noqa: E731
    everything = candidate_pairs(sig, 3, 8, 0.35)
    expected = everything[accept(everything)]
    got = candidate_pairs(sig, 3, 8, 0.35, accept=accept)
    assert 0 < len(expected) < len(everything)
    assert got.tolist() == expected.tolist()


# The per-character definition _uncovered replaced, kept as the reference it must equal.
def _reference_uncovered(s: str, shared: set[str], skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of characters of `s` that no shared shingle covers, outside the `skip` spans
    (spaces count as covered: they are not part of any word)."""
    # Spaces are not part of any word; Latin/digit runs are compared as model tokens instead.
    covered = bytearray(1 if c == " " or c.isascii() else 0 for c in s)
    for i in range(len(s)):
        # a one-character word: bounded by spaces, the ends, or a Latin/digit run (a word of
        # its own in the compared form)
        alone = (i == 0 or s[i - 1] == " " or s[i - 1].isascii()) and (
            i + 1 == len(s) or s[i + 1] == " " or s[i + 1].isascii())
        if s[i] != " " and (s[i:i + 2] in shared or (s[i] in shared and alone)):
            covered[i] = 1
            if i + 1 < len(s) and s[i + 1] != " " and s[i:i + 2] in shared:
                covered[i + 1] = 1
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


def test_uncovered_equals_the_per_character_definition():
    from listlint.dup.verify import _uncovered

    rng = random.Random(3)
    alpha = "纯棉T恤男女款短袖 夏季 新品ab1 "
    for _ in range(5000):
        a = "".join(rng.choices(alpha, k=rng.randint(0, 25)))
        b = "".join(rng.choices(alpha, k=rng.randint(0, 25)))
        shared = set(shingles(a) & shingles(b))
        if rng.random() < 0.3:
            shared |= set(rng.choices(alpha.replace(" ", ""), k=2))
        skip = []
        if a and rng.random() < 0.3:
            x = rng.randrange(len(a))
            skip = [(x, x + rng.randint(0, 4))]
        assert _uncovered(a, shared, skip) == _reference_uncovered(a, shared, skip), (a, shared, skip)


def test_verifying_in_forked_workers_gives_the_same_groups(monkeypatch):
    """--jobs spreads the verifier over processes; the groups must not change."""
    import multiprocessing as mp

    from listlint.dup import groups
    from listlint.dup.groups import DupOptions, analyse
    from listlint.dup.signature import DupSignature, hash64, spaced_text

    if "fork" not in mp.get_all_start_methods():
        pytest.skip("no fork on this platform")
    rng = random.Random(5)
    words = ["纯棉", "短袖", "T恤", "男", "女", "宽松", "夏季", "新款", "白色", "黑色", "加厚", "毛巾", "浴巾", "包邮"]
    sigs = []
    for row in range(1, 1500):
        title = " ".join(rng.sample(words, rng.randint(3, 6)))
        text = spaced_text(title)
        sigs.append(DupSignature(row, f"id{row}", None, text, hash64(text + str(row)), 0, None, None))
    monkeypatch.setattr(groups, "PARALLEL_VERIFY_FROM", 10)
    serial = analyse(sigs, DupOptions(), jobs=1)
    parallel = analyse(sigs, DupOptions(), jobs=2)
    assert serial.groups["near"] and serial.groups == parallel.groups
