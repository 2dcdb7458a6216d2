"""Each finding names the physical line of the file its text is on.

A quoted CSV cell can hold line breaks (an HTML description pasted with its newlines), so the
line where a record starts is not always the line of the offending text. The reader records,
per field, how many lines below the record's start its cell begins; a finding adds the line
breaks of its own cell before the span. XLSX rows and JSON records have no such lines.
"""
from __future__ import annotations

import io
import json

import pytest

from listlint.api import lint_path
from listlint.config import Settings
from listlint.report import github, sarif
from listlint.report.csv_report import rows as csv_rows
from listlint.report.json_report import finding_dict

HEADER = "商品ID,宝贝标题,宝贝描述,宝贝属性\r\n"


def _lines(path, **settings):
    report = lint_path(str(path), Settings(**settings))
    return report, [(it.line, f.field, f.line, f.text) for it in report.items for f in it.findings]


@pytest.mark.parametrize("nl", ["\r\n", "\n", "\r"], ids=["crlf", "lf", "cr"])
def test_a_finding_in_a_multi_line_cell_names_its_own_line(tmp_path, nl):
    body = (f'A1,保温杯,"<p>第一行</p>{nl}<p>第二行</p>{nl}<p>加微信 abc12345</p>",品牌:无{nl}'
            f'A2,全网最低价 拖鞋,,{nl}')
    p = tmp_path / "in.csv"
    p.write_bytes((HEADER.replace("\r\n", nl) + body).encode("utf-8"))
    _, got = _lines(p, select=("OFF001", "ABS"))
    assert got == [(2, "description", 4, "加微信 abc12345"), (5, "title", 5, "全网最低价")]


def test_a_field_after_a_multi_line_cell_starts_lines_below_the_record(tmp_path):
    # the title column comes after the description: its cell starts two lines down
    p = tmp_path / "in.csv"
    p.write_text('商品ID,宝贝描述,宝贝标题\r\nA1,"一\r\n二\r\n三",全网最低价 拖鞋\r\n', encoding="utf-8")
    _, got = _lines(p, select=("ABS",))
    assert got == [(2, "title", 4, "全网最低价")]


def test_single_line_records_keep_the_record_line(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text(HEADER + "A1,全网最低价 拖鞋,<p>加微信 abc12345</p>,\r\n", encoding="utf-8")
    _, got = _lines(p, select=("ABS", "OFF001"))
    assert [(line, f_line) for line, _, f_line, _ in got] == [(2, 2), (2, 2)]


def test_xlsx_cell_line_breaks_are_not_lines_of_the_file(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["宝贝标题", "宝贝描述"])
    ws.append(["保温杯", "第一行\n第二行\n加微信 abc12345"])
    p = tmp_path / "in.xlsx"
    wb.save(p)
    _, got = _lines(p, select=("OFF001",))
    assert got == [(2, "description", 2, "加微信 abc12345")]


def test_reports_use_the_finding_line(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text(HEADER + 'A1,保温杯,"<p>说明</p>\r\n<p>加微信 abc12345</p>",\r\n', encoding="utf-8")
    report, got = _lines(p, select=("OFF001",))
    assert got == [(2, "description", 3, "加微信 abc12345")]
    it = report.items[0]
    f = it.findings[0]
    assert finding_dict(f)["line"] == 3
    assert [r[3] for r in csv_rows(report)] == [3]
    log = json.loads(json.dumps(sarif.to_dict([report])))
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    out = io.StringIO()
    github.write(report, out)
    assert "line=3," in out.getvalue()


def test_taobao_assistant_multi_line_description(tmp_path):
    import codecs
    lines = ["version 1.00", "title\tcid\tprice\tdescription", "宝贝名称\t宝贝类目\t宝贝价格\t宝贝描述",
             '保温杯\t123\t9.9\t"<p>一</p>\r\n<p>加微信 abc12345</p>"']
    p = tmp_path / "tb.csv"
    p.write_bytes(codecs.BOM_UTF16_LE + "\r\n".join(lines).encode("utf-16-le"))
    _, got = _lines(p, select=("OFF001",))
    assert got == [(4, "description", 5, "加微信 abc12345")]
