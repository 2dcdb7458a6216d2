"""`--format json` keeps the contract of architecture.md (and README): every item, clean ones
too, and every finding with its span into the original field value."""
from __future__ import annotations

import json

import pytest

from listlint.cli import main
from listlint.report.json_report import JSON_SCHEMA, SCHEMA_VERSION

jsonschema = pytest.importorskip("jsonschema")

LONG = "毛衣女秋冬新款宽松慵懒风外穿高领加厚针织打底衫韩版百搭长袖上衣潮流"  # 70 GBK bytes


def report_for(tmp_path, capsys, csv_text: str, *args) -> dict:
    f = tmp_path / "in.csv"
    f.write_text(csv_text, encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["check", str(f), "--isolated", "--select", "FMT", "--format", "json", *args])
    return json.loads(capsys.readouterr().out)


def test_report_matches_the_schema_and_the_contract(tmp_path, capsys):
    r = report_for(tmp_path, capsys, (
        "商家编码,宝贝名称,宝贝描述\n"
        "A1,玻璃水杯 耐热 带盖,<p>干净</p>\n"
        f'A2,"★★★★ {LONG}",x\n'
        ",,只有描述\n"))
    jsonschema.validate(r, JSON_SCHEMA)
    assert r["schema_version"] == SCHEMA_VERSION
    assert r["tool"]["name"] == "listlint"
    assert r["input"] == {"path": str(tmp_path / "in.csv"), "format": "csv", "encoding": "utf-8", "items": 3}
    # every item, clean ones too, in file order
    assert [(it["row"], it["line"], it["id"]) for it in r["items"]] == [(1, 2, "A1"), (2, 3, "A2"), (3, 4, None)]
    clean, flagged, empty = r["items"]
    assert (clean["score"], clean["grade"], clean["findings"]) == (100, "pass", [])
    assert [f["rule"] for f in flagged["findings"]] == ["FMT003", "FMT001"]
    title = flagged["title"]
    for f in flagged["findings"]:
        assert f["field"] == "title" and title[f["start"]:f["end"]] == f["text"]
        assert f["message"] and f["suggestion"] and f["basis"] and f["related"] == []
    stars = flagged["findings"][0]
    assert (stars["start"], stars["end"], stars["text"], stars["category"], stars["severity"]) == \
        (0, 4, "★★★★", "format", "warning")
    assert flagged["score"] == 100 - 10 - 25 and flagged["grade"] == "fail"
    assert [f["rule"] for f in empty["findings"]] == ["FMT004"]
    s = r["summary"]
    assert (s["items"], s["flagged"], s["findings"]) == (3, 2, 3)
    assert s["by_category"] == {"format": 3}
    assert s["by_rule"] == {"FMT001": 1, "FMT003": 1, "FMT004": 1}
    assert s["mean_score"] == round((100 + 65 + 75) / 3, 1)
    assert s["grades"] == {"pass": 1, "warn": 0, "fail": 2}


def test_problems_are_in_the_report(tmp_path, capsys):
    r = report_for(tmp_path, capsys, 'id,title\nA,"x"y\nB,好标题\n')
    jsonschema.validate(r, JSON_SCHEMA)
    assert [p["line"] for p in r["problems"]] == [2] and [it["id"] for it in r["items"]] == ["B"]


def test_spans_are_offsets_into_the_original_text(tmp_path, capsys):
    # The rule matches in the normalised view (！ → !); the report points at the original.
    r = report_for(tmp_path, capsys, "id,title\nA,ＡＢＣ！！！！ 杯\n")
    f = r["items"][0]["findings"][0]
    assert (f["start"], f["end"], f["text"]) == (3, 7, "！！！！")


def test_empty_file_with_header_only(tmp_path, capsys):
    r = report_for(tmp_path, capsys, "id,title\n")
    jsonschema.validate(r, JSON_SCHEMA)
    assert r["items"] == [] and r["summary"]["mean_score"] == 100.0


def test_samples_validate(capsys):
    for sample in ("samples/listings-utf8.csv", "samples/taobao-assistant.csv", "samples/listings-gbk.csv"):
        with pytest.raises(SystemExit):
            main(["check", sample, "--isolated", "--format", "json"])
        r = json.loads(capsys.readouterr().out)
        jsonschema.validate(r, JSON_SCHEMA)
        assert r["input"]["items"] == len(r["items"])
