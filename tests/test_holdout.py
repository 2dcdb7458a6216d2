"""Per-category precision and recall on the held-out set (tests/corpus/holdout.py).

Item level, as the shared score tool counts: an item is positive for a category when any of
its findings has it; a duplicate group counts as found when all but one member are flagged.
"""
from __future__ import annotations

import collections

import pytest

from listlint.api import lint_records

from .corpus.holdout import CASES, COLUMNS

MIN_PRECISION = 0.9
MIN_RECALL = 0.85


@pytest.fixture(scope="module")
def report():
    rows = [{k: c[k] for k in COLUMNS} for c in CASES]
    return lint_records(rows)


def _scores(report):
    got = {it.id: {f.category for f in it.findings} for it in report.items}
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    wrong = collections.defaultdict(list)
    groups = collections.defaultdict(list)
    cats = sorted({c for case in CASES for c in case["expect"]})
    for case in CASES:
        g = got[case["id"]]
        for c in cats:
            if c == "duplicate" and case["id"].startswith("G"):
                groups[case["id"][:2]].append(c in g)
                continue
            if c in case["expect"] and c in g:
                tp[c] += 1
            elif c in case["expect"]:
                fn[c] += 1
                wrong[c].append(f"miss {case['id']} {case['title']}")
            elif c in g and c not in case["ok"]:
                fp[c] += 1
                wrong[c].append(f"false alarm {case['id']} {case['title']}")
    for name, flags in groups.items():
        if sum(flags) >= len(flags) - 1:
            tp["duplicate"] += 1
        else:
            fn["duplicate"] += 1
            wrong["duplicate"].append(f"miss group {name}")
    return cats, tp, fp, fn, wrong


def test_every_item_reported(report):
    assert [it.id for it in report.items] == [c["id"] for c in CASES]


@pytest.mark.parametrize("category", sorted({c for case in CASES for c in case["expect"]}))
def test_category_precision_and_recall(report, category):
    _, tp, fp, fn, wrong = _scores(report)
    p = tp[category] / (tp[category] + fp[category]) if tp[category] + fp[category] else 1.0
    r = tp[category] / (tp[category] + fn[category]) if tp[category] + fn[category] else 1.0
    assert p >= MIN_PRECISION and r >= MIN_RECALL, f"{category}: P={p:.2f} R={r:.2f}: {wrong[category]}"
