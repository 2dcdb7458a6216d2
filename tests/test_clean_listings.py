"""Precision on clean listings: no rule may flag a realistic, compliant listing.

tests/corpus/clean_listings.py holds 300+ clean listings across Taobao's common categories.
A listing may name rule codes in `xfail_rules` (known false alarms of a family still being
fixed); only those codes are tolerated on that listing, and only while they still fire.
"""
from __future__ import annotations

import pytest

from listlint.api import lint_records
from listlint.rules.format import gbk_bytes

from .corpus.clean_listings import CLEAN_LISTINGS, COLUMNS

CHECKED = {"absolute-term", "off-platform", "privacy", "false-claim", "prohibited",
           "mismatch", "format", "duplicate"}


@pytest.fixture(scope="module")
def findings_by_id():
    report = lint_records([{k: row[k] for k in COLUMNS} for row in CLEAN_LISTINGS])
    return {it.id: [f for f in it.findings if f.category in CHECKED] for it in report.items}


def test_corpus_shape():
    ids = [r["id"] for r in CLEAN_LISTINGS]
    assert len(ids) >= 300 and len(set(ids)) == len(ids)
    assert len({r["title"] for r in CLEAN_LISTINGS}) == len(ids)
    assert all(gbk_bytes(r["title"]) <= 60 for r in CLEAN_LISTINGS)
    assert sum(r["description"].startswith("<") for r in CLEAN_LISTINGS) * 3 >= len(ids) - 3


@pytest.mark.parametrize("row", CLEAN_LISTINGS, ids=[r["id"] for r in CLEAN_LISTINGS])
def test_clean_listing_has_no_findings(findings_by_id, row):
    tolerated = set(row["xfail_rules"])
    got = findings_by_id[row["id"]]
    unexpected = [(f.rule, f.field, f.start, f.end, f.text, f.message) for f in got if f.rule not in tolerated]
    assert unexpected == []
    stale = tolerated - {f.rule for f in got}
    assert not stale, f"{row['id']}: {sorted(stale)} no longer fire; remove them from xfail_rules"
