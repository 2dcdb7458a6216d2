"""Scale benchmark of the duplicate rules alone (DUP001–DUP004): time and peak memory.

    python bench/duplicates.py 100000 1000000          # one child process per size
    python bench/duplicates.py 10000 --check           # also score the planted groups

Titles are generated here (seeded), not read from a file, so the figures are the rule's own:
the signature pass (what the item pass adds per listing) and the grouping (`decide`: MinHash,
LSH bands, verification, union-find). Each size runs in a fresh process so its peak RSS is its
own. About 3% of rows belong to planted groups (reordered, padded, split by colour, exact
copies), and as many rows are planted look-alikes (another model number, another product word,
another gender) that must stay apart.

`generate_listings(n, seed)` is also what tests/rules/test_duplicates.py uses for its 10k-row
planted-group test.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time

# Characters the synthetic vocabulary is drawn from: common CJK ideographs, so bigram
# statistics resemble real titles without borrowing anyone's listings.
_CJK = [chr(c) for c in range(0x4E00, 0x4E00 + 2500)]
_PADDING = ["包邮", "新款", "热卖", "2025新款", "正品", "现货"]
_COLOURS = ["红色", "蓝色", "黑色", "白色", "灰色", "粉色", "卡其色", "墨绿色"]
_LOOKALIKE_SWAPS = [("毛巾", "浴巾"), ("男士", "女士"), ("锅铲", "汤勺"), ("枕头", "枕套")]


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    return ["".join(rng.choices(_CJK, k=rng.choice((2, 2, 2, 3, 4)))) for _ in range(size)]


def iter_rows(n: int, seed: int = 7, groups: list | None = None):
    """Listings as dicts with id/title/description, one at a time; planted groups (lists of
    ids) are appended to `groups` as they are made.

    Ids: G<k>-<m> for members of planted group k, L<k>-<m> for look-alike pairs (must not be
    grouped), R<i> for ordinary rows."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng, max(5000, n // 20))
    made = 0
    groups = [] if groups is None else groups

    def base_title() -> list[str]:
        words = rng.sample(vocab, rng.randint(4, 7))
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words) + 1), f"{rng.choice('abkpxz')}{rng.randint(10, 99)}")
        return words

    i = 0
    while made < n:
        r = rng.random()
        if r < 0.012 and n - made >= 4:          # a planted duplicate group
            k = len(groups)
            words = base_title()
            kind = rng.choice(("reorder", "pad", "colour", "exact"))
            size = rng.randint(2, 4)
            members = []
            desc = "".join(rng.choices(_CJK, k=30))
            colours = rng.sample(_COLOURS, size)
            for m in range(size):
                w = list(words)
                if kind == "reorder" and m:
                    rng.shuffle(w)
                elif kind == "pad" and m:
                    w.insert(rng.randrange(len(w) + 1), rng.choice(_PADDING))
                elif kind == "colour":
                    w.append(colours[m] + "款")
                yield {"id": f"G{k}-{m}", "title": " ".join(w), "description": desc}
                members.append(f"G{k}-{m}")
            groups.append(members)
            made += size
        elif r < 0.024 and n - made >= 2:        # a look-alike pair: two products
            words = base_title()
            a, b = rng.choice(_LOOKALIKE_SWAPS)
            if rng.random() < 0.5:
                t1, t2 = " ".join(words + [f"iphone {rng.randint(11, 15)}"]), None
                t2 = t1.replace(t1.split()[-1], str(int(t1.split()[-1]) + 1))
            else:
                t1, t2 = " ".join(words + [a]), " ".join(words + [b])
            yield {"id": f"L{i}-0", "title": t1, "description": ""}
            yield {"id": f"L{i}-1", "title": t2, "description": ""}
            made += 2
        else:
            yield {"id": f"R{i}", "title": " ".join(base_title()), "description": ""}
            made += 1
        i += 1


def generate_listings(n: int, seed: int = 7) -> tuple[list[dict], list[list[str]]]:
    """(all rows, planted groups): `iter_rows` collected, for tests."""
    groups: list[list[str]] = []
    rows = list(iter_rows(n, seed, groups))
    return rows, groups


def _cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(n: int, check: bool) -> dict:
    from listlint.config import Settings
    from listlint.model import Listing
    from listlint.rules import duplicates
    from listlint.rules.context import ItemContext

    # Listings are made and dropped one at a time, as a reader streams them: what stays in
    # memory is the signatures, which is what the figures are about.
    groups: list[list[str]] = []
    settings = Settings()
    base_mb = _peak_mb()
    t0, c0 = time.perf_counter(), _cpu_s()
    sigs = []
    for k, r in enumerate(iter_rows(n, 7, groups)):
        listing = Listing(row=k + 1, line=k + 2, id=r["id"],
                          fields={"title": r["title"], "description": r["description"]})
        sigs.append(duplicates.signature(ItemContext(listing, None, settings)))
    t1, c1 = time.perf_counter(), _cpu_s()
    found: dict[int, list] = {}
    for code in ("DUP001", "DUP002", "DUP003", "DUP004"):
        for row, fs in duplicates.RULES[code].decide(sigs, settings, []).items():
            found.setdefault(row, []).extend(fs)
    t2, c2 = time.perf_counter(), _cpu_s()
    # CPU seconds beside wall seconds: on a shared machine the wall clock includes waiting.
    out = {"rows": n, "signature_s": round(t1 - t0, 2), "grouping_s": round(t2 - t1, 2),
           "total_s": round(t2 - t0, 2), "signature_cpu_s": round(c1 - c0, 2),
           "grouping_cpu_s": round(c2 - c1, 2), "peak_rss_mb": round(_peak_mb()), "start_rss_mb": round(base_mb),
           "flagged": len(found)}
    if check:
        flagged_ids = {sigs[row - 1].id for row in found}
        out["planted_groups"] = len(groups)
        out["groups_found"] = sum(sum(m in flagged_ids for m in g) >= len(g) - 1 for g in groups)
        out["false_alarms"] = sum(1 for i in flagged_ids if not i.startswith("G"))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[100_000, 1_000_000])
    ap.add_argument("--check", action="store_true", help="score the planted groups too")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child:
        print(json.dumps(run_one(a.sizes[0], a.check)))
        return 0
    for n in a.sizes:
        cmd = [sys.executable, __file__, str(n), "--child"] + (["--check"] if a.check else [])
        res = subprocess.run(cmd, capture_output=True, text=True)
        if res.returncode:
            sys.stderr.write(res.stderr)
            return res.returncode
        print(res.stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
