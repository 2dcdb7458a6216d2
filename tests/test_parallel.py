"""--jobs N gives the report a single process gives: same items, findings, order, duplicates.

The file is the benchmark's generated export (HTML descriptions, a few percent violations,
near-duplicate groups), large enough to span several worker chunks.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from listlint import parallel
from listlint.api import lint_path
from listlint.config import Settings
from listlint.report.json_report import to_dict

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from generate import write_csv  # noqa: E402


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    return write_csv(tmp_path_factory.mktemp("par") / "listings.csv", 700, seed=11)


def report_json(path, jobs) -> dict:
    d = to_dict(lint_path(str(path), Settings(), jobs=jobs))
    return json.loads(json.dumps(d, ensure_ascii=False))


@pytest.mark.parametrize("jobs", [2, 3])
def test_parallel_report_equals_single_process(export, jobs, monkeypatch):
    monkeypatch.setattr(parallel, "CHUNK", 97)  # several chunks per worker, a ragged last one
    single = report_json(export, 1)
    multi = report_json(export, jobs)
    assert multi == single
    assert single["summary"]["items"] == 700


def test_parallel_finds_what_single_finds(export, monkeypatch):
    # Guard against two empty reports being "equal": the generated file has violations and
    # near-duplicate groups, so both runs must report some.
    monkeypatch.setattr(parallel, "CHUNK", 97)
    multi = report_json(export, 2)
    assert multi["summary"]["findings"] > 0
    assert [it["row"] for it in multi["items"]] == list(range(1, 701))
