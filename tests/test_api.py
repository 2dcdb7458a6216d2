"""The Python API as README's "Python API" section shows it."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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


# --- records as a program holds them -------------------------------------------------------
def test_dict_records_honour_columns_and_refuse_a_catalogue_without_text():
    import pytest
    from listlint.config import Settings
    r = lint_records([{"货品名称": "最好的 毛巾 加微信 abc12345"}], Settings(columns={"title": "货品名称"}))
    assert {f.rule for f in r.items[0].findings} >= {"ABS001", "OFF001"}
    with pytest.raises(ValueError):
        lint_records([{"货品名称": "最好的 毛巾"}])


def test_missing_values_from_pandas_are_empty_cells():
    r = lint_records([{"title": "纯棉T恤", "id": float("nan")}, {"title": "纯棉T恤 男", "id": None}])
    assert [it.id for it in r.items] == [None, None]
    assert not [f for it in r.items for f in it.findings if f.rule == "DUP004"]


def test_settings_built_in_code_are_checked():
    import pytest
    from listlint.config import ConfigError, Settings
    with pytest.raises(ConfigError):
        lint_records([{"title": "杯子"}], Settings(select=("ABS0O1",)))
    with pytest.raises(ConfigError):
        lint_records([{"title": "杯子"}], Settings(rule_settings={"FMT003": {"bogus": 1}}))


def test_against_takes_dicts_and_lint_path_a_path(tmp_path):
    import pathlib
    r = lint_records([{"title": "北欧 陶瓷 花瓶 客厅 插花 摆件"}], against=[{"title": "北欧 陶瓷 花瓶 客厅 插花 摆件"}])
    assert [f.rule for f in r.items[0].findings] == ["DUP001"]
    p = tmp_path / "a.csv"
    p.write_text("title\n杯子\n", encoding="utf-8")
    assert len(lint_path(pathlib.Path(p)).items) == 1


@pytest.mark.parametrize("kw", [
    dict(weights={"error": -5}), dict(min_score=200), dict(fail_on="bogus"),
    dict(deny=(("测试", "DUP001", "fatal"),)), dict(warn_below=101),
])
def test_settings_built_in_code_are_checked_like_a_config(kw):
    from listlint.config import ConfigError, Settings
    with pytest.raises(ConfigError):
        Settings(**kw)


def test_report_items_are_read_only():
    report = lint_records([{"title": "最好的杯子"}])
    with pytest.raises(TypeError):
        report.items.append("junk")
    assert len(report.items) == 1
