"""Candidate pairs of similar titles: vectorised MinHash over character bigrams, LSH bands.

Everything runs on numpy arrays, never a Python loop per item: titles are packed into one array
of code points per chunk, bigrams become 42-bit integers, each of `num_perm` multiply-shift
hashes is applied to all bigrams at once and `np.minimum.reduceat` takes each title's minimum.
Bands of `rows` values are hashed into one 64-bit key; titles that share a key in any band are
candidates. architecture.md measured this method at 4.1 s / 0.48 GB for 200k titles against
datasketch's 23.5 s / 1.55 GB, hence numpy rather than datasketch.
"""
from __future__ import annotations

import numpy as np

CHUNK_TITLES = 50_000
SEED = 0x5EED_D0B1


def _hash_params(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(SEED)
    a = rng.integers(1, 2**63 - 1, size=num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    b = rng.integers(0, 2**63 - 1, size=num_perm, dtype=np.uint64)
    return a, b


def _shingles(titles: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(shingle codes, index of each title's first shingle) for space-separated titles.

    Shingles are the character bigrams inside each word (never across a space, so reordered
    words give the same set) and one-character words on their own (女 in 外套 女 宽松).
    Every title needs at least one non-space character."""
    joined = "\x00" + "\x00".join(titles) + "\x00"
    cp = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    gap = (cp == 0) | (cp == 32)
    bigram = ~gap[:-1] & ~gap[1:]
    single = np.zeros(len(cp), dtype=bool)
    single[1:-1] = ~gap[1:-1] & gap[:-2] & gap[2:]
    # Position p is a shingle if it starts a bigram or is a lone character; its code:
    codes = np.where(bigram, (cp[:-1] << np.uint64(21)) | cp[1:], cp[:-1])
    keep = bigram | single[:-1]
    owner = np.cumsum(cp[:-1] == 0) - 1          # title index of each position
    kept_owner = owner[keep]
    starts = np.searchsorted(kept_owner, np.arange(len(titles)))
    return codes[keep], starts


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads the structured bigram codes over 64 bits."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def minhash_signatures(titles: list[str], num_perm: int) -> np.ndarray:
    """(len(titles), num_perm) uint32 MinHash values (see `_shingles`)."""
    a, b = _hash_params(num_perm)
    out = np.empty((len(titles), num_perm), dtype=np.uint32)
    with np.errstate(over="ignore"):
        for lo in range(0, len(titles), CHUNK_TITLES):
            chunk = titles[lo:lo + CHUNK_TITLES]
            grams, starts = _shingles(chunk)
            mixed = _mix(grams)
            for k in range(num_perm):
                h = ((mixed * a[k] + b[k]) >> np.uint64(32)).astype(np.uint32)
                out[lo:lo + len(chunk), k] = np.minimum.reduceat(h, starts)
    return out


def candidate_pairs(sig: np.ndarray, rows_per_band: int, window: int,
                    min_similarity: float = 0.0, accept=None) -> np.ndarray:
    """Unique pairs (i < j) of titles that share a band key and whose MinHash estimate reaches
    `min_similarity`, as an (m, 2) integer array sorted by (i, j).

    Titles sharing a key are sorted next to each other; each is paired with the next `window`
    titles of the same bucket, so a bucket of up to window + 1 titles gives all its pairs and a
    huge bucket (a very common phrase) costs at most `window` pairs per title instead of n².
    Within a bucket the titles are ordered by the next band's value, so close copies sit
    together even in big buckets.

    Each band's new pairs are filtered by the estimate and merged into the running set at once:
    a catalogue of look-alike titles gives ~50 raw pairs per title (48M int64 codes and their
    sort for 1M rows) of which two thirds fail the estimate, so holding them all until the end
    was the largest memory peak of a run. Pairs already kept by an earlier band are not
    estimated again. `accept`, given an (m, 2) array of pairs, returns a mask of those to
    keep; it runs band by band too, so only accepted pairs are ever accumulated (a pair it
    rejects may be tested again in a later band, with the same answer).
    """
    n, num_perm = sig.shape
    bands = num_perm // rows_per_band
    kept = np.empty(0, dtype=np.int64)
    for band in range(bands):
        cols = sig[:, band * rows_per_band:(band + 1) * rows_per_band].astype(np.uint64)
        key = np.zeros(n, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for c in range(cols.shape[1]):
                key = _mix(key ^ cols[:, c])
        del cols
        tiebreak = sig[:, ((band + 1) * rows_per_band) % num_perm]
        order = np.lexsort((tiebreak, key))
        skey = key[order]
        del key, tiebreak
        found = []
        for d in range(1, window + 1):
            same = np.nonzero(skey[d:] == skey[:-d])[0]
            if not len(same):
                break
            i, j = order[same], order[same + d]
            found.append(np.minimum(i, j).astype(np.int64) * n + np.maximum(i, j))
        if not found:
            continue
        new = _sorted_unique(np.concatenate(found))
        del found
        if len(kept):  # pairs an earlier band kept need no second estimate
            at = np.minimum(np.searchsorted(kept, new), len(kept) - 1)
            new = new[kept[at] != new]
        if min_similarity > 0:
            new = new[_code_similarity(sig, new, n) >= min_similarity]
        if accept is not None and len(new):
            new = new[_accepted(accept, new, n)]
        kept = _sorted_unique(np.concatenate([kept, new]))
    # int32 indices where they fit: 8 bytes a pair instead of 16 (14M pairs for 1M titles).
    out = np.empty((len(kept), 2), dtype=np.int32 if n < 2**31 else np.int64)
    np.floor_divide(kept, n, out=out[:, 0], casting="unsafe")
    np.remainder(kept, n, out=out[:, 1], casting="unsafe")
    return out


def _sorted_unique(codes: np.ndarray) -> np.ndarray:
    """np.unique by sorting: numpy 2's hash-based unique was 5x slower on these arrays, and
    the stable sort (timsort) merges the already sorted running set with the new band's run
    cheaply."""
    codes.sort(kind="stable")
    if len(codes) < 2:
        return codes
    keep = np.empty(len(codes), dtype=bool)
    keep[0] = True
    np.not_equal(codes[1:], codes[:-1], out=keep[1:])
    return codes[keep]


def _accepted(accept, codes: np.ndarray, n: int, chunk: int = 1 << 20) -> np.ndarray:
    out = np.empty(len(codes), dtype=bool)
    for lo in range(0, len(codes), chunk):
        c = codes[lo:lo + chunk]
        out[lo:lo + len(c)] = accept(np.stack([c // n, c % n], axis=1))
    return out


def _code_similarity(sig: np.ndarray, codes: np.ndarray, n: int, chunk: int = 65_536) -> np.ndarray:
    """estimated_similarity of pairs given as codes i * n + j, decoded a chunk at a time."""
    out = np.empty(len(codes), dtype=np.float32)
    for lo in range(0, len(codes), chunk):
        c = codes[lo:lo + chunk]
        out[lo:lo + len(c)] = estimated_similarity(sig, np.stack([c // n, c % n], axis=1), chunk)
    return out


def estimated_similarity(sig: np.ndarray, pairs: np.ndarray, chunk: int = 65_536) -> np.ndarray:
    """The share of equal MinHash values per pair: an estimate of the bigram Jaccard index.

    Pairs go in chunks: each chunk gathers two (chunk, num_perm) copies of the signatures, so a
    million-pair chunk peaked near 400 MB; 65k pairs keep it around 25 MB at the same speed."""
    out = np.empty(len(pairs), dtype=np.float32)
    for lo in range(0, len(pairs), chunk):
        p = pairs[lo:lo + chunk]
        out[lo:lo + len(p)] = np.count_nonzero(sig[p[:, 0]] == sig[p[:, 1]], axis=1) / sig.shape[1]
    return out


def shingle_sets(titles: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Every title's distinct shingle codes (as in `_shingles`), sorted, one flat array:
    (codes, starts), title t owning codes[starts[t]:starts[t + 1]]; starts has n + 1 entries."""
    parts, sizes = [], []
    for lo in range(0, len(titles), CHUNK_TITLES):
        chunk = titles[lo:lo + CHUNK_TITLES]
        grams, starts = _shingles(chunk)
        owner = np.repeat(np.arange(len(chunk), dtype=np.uint64), np.diff(np.append(starts, len(grams))))
        keys = _sorted_unique((owner << np.uint64(42)) | grams)   # codes fit in 42 bits
        parts.append(keys & np.uint64((1 << 42) - 1))
        sizes.append(np.bincount((keys >> np.uint64(42)).astype(np.int64), minlength=len(chunk)))
    codes = np.concatenate(parts) if parts else np.empty(0, dtype=np.uint64)
    starts = np.zeros(len(titles) + 1, dtype=np.int64)
    if sizes:
        np.cumsum(np.concatenate(sizes), out=starts[1:])
    return codes, starts


def exact_overlap(codes: np.ndarray, starts: np.ndarray, pairs: np.ndarray, min_jaccard: float,
                  min_containment: float, chunk: int = 16_384) -> np.ndarray:
    """Per pair, whether the exact Jaccard index of the two shingle sets reaches `min_jaccard`
    or the share of the smaller set found in the larger reaches `min_containment` (the
    verifier's first test, with its divisions), for many pairs at once: the two sets of every
    pair are laid side by side under the pair's number and sorted, and a code met twice under
    one number is shared. Chunks of 16k pairs keep the index arrays near 20 MB."""
    close = np.empty(len(pairs), dtype=bool)
    sizes = np.diff(starts)
    for lo in range(0, len(pairs), chunk):
        p = pairs[lo:lo + chunk]
        m = len(p)
        la, lb = sizes[p[:, 0]], sizes[p[:, 1]]
        seg_len = np.concatenate([la, lb])
        seg_start = np.concatenate([starts[p[:, 0]], starts[p[:, 1]]])
        seg_pair = np.concatenate([np.arange(m), np.arange(m)]).astype(np.uint64)
        total = int(seg_len.sum())
        # Positions of every segment's codes, without a Python loop per segment.
        first = np.repeat(np.cumsum(seg_len) - seg_len, seg_len)
        index = np.repeat(seg_start, seg_len) + (np.arange(total) - first)
        del first
        keys = (np.repeat(seg_pair, seg_len) << np.uint64(42)) | codes[index]
        del index
        keys.sort()
        twice = keys[1:][keys[1:] == keys[:-1]] >> np.uint64(42)
        shared = np.bincount(twice.astype(np.int64), minlength=m)
        with np.errstate(divide="ignore", invalid="ignore"):
            close[lo:lo + m] = ((shared / (la + lb - shared) >= min_jaccard)
                                | (shared / np.minimum(la, lb) >= min_containment))
    return close
