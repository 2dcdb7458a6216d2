"""The Python API as README's "Python API" section shows it."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from listlint import lint_path, lint_records
from listlint.config import Settings
from listlint.report.json_report import to_dict

ROWS = [
    {"id": "A1", "title": "全网最低价 羽绒服 女", "price": "199"},
    {"id": "A2", "title": "全网最低价 羽绒服 女", "price": "199"},
    {"id": "A3", "title": "纯棉 T恤 男 短袖", "price": "49"},
]


def test_lint_records_takes_dicts_and_reports_every_item():
    report = lint_records(ROWS)
    assert [it.id for it in report.items] == ["A1", "A2", "A3"]
    cats = [{f.category for f in it.findings} for it in report.items]
    assert "absolute-term" in cats[0] and "duplicate" in cats[0]
    assert cats[2] == set()
    assert report.items[2].grade == "pass" and report.items[2].score == 100


def test_settings_select_and_ignore():
    only_abs = lint_records(ROWS, Settings(select=("ABS",)))
    assert {f.rule[:3] for it in only_abs.items for f in it.findings} == {"ABS"}
    no_dup = lint_records(ROWS, Settings(ignore=("DUP",)))
    assert not any(f.category == "duplicate" for it in no_dup.items for f in it.findings)


def test_json_dict_of_a_report():
    d = to_dict(lint_records(ROWS[:1]))
    assert d["tool"]["name"] == "listlint" and d["items"][0]["id"] == "A1"


def test_lint_path_on_a_sample():
    report = lint_path(str(Path(__file__).resolve().parent.parent / "samples" / "listings-utf8.csv"))
    assert report.input.format == "csv" and len(report.items) >= 10
    assert any(it.findings for it in report.items)


def test_import_is_light():
    code = ("import sys, listlint; heavy = [m for m in ('jieba', 'numpy', 'opencc', 'yaml', 'ahocorasick_rs')"
            " if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
