"""Readers: encodings, delimiters, multi-line records, big fields, every input format."""
from __future__ import annotations

import codecs
import json

import pytest

from listlint.io.sniff import InputError

from .helpers import read

HEADER = "商品ID,宝贝名称,宝贝描述,价格"
ROWS = ['A1,连衣裙 女 夏,"<p>第一行</p>\n<p>第二行</p>",99.00',
        "A2,羊毛袜 5双装,<p>保暖</p>,29.90",
        'A3,"带""引号""的标题",短描述,9.9']
CSV_TEXT = "\n".join([HEADER, *ROWS]) + "\n"

ENCODINGS = [
    ("utf-8", b"", "utf-8"),
    ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("gbk", b"", "gb18030"),
    ("gb18030", b"", "gb18030"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
]


@pytest.mark.parametrize("codec,bom,detected", ENCODINGS, ids=[f"{c}{'-bom' if b else ''}" for c, b, _ in ENCODINGS])
def test_encodings_are_detected_and_rows_read(tmp_path, codec, bom, detected):
    p = tmp_path / "in.csv"
    p.write_bytes(bom + CSV_TEXT.encode(codec))
    listings, problems, sn = read(p)
    assert sn.encoding == detected
    assert problems == []
    assert [l.id for l in listings] == ["A1", "A2", "A3"]
    assert listings[0].fields["description"] == "<p>第一行</p>\n<p>第二行</p>"
    assert listings[2].title == '带"引号"的标题'
    assert listings[0].fields["price"] == "99.00"


CHINESE_TSV = ("宝贝名称\t宝贝描述\t宝贝属性\n"
               + "".join(f"纯棉短袖T恤男士夏季宽松圆领打底衫{i}\t<p>精梳棉面料柔软亲肤透气不易变形</p>\t品牌:无品牌;颜色分类:白色\n"
                         for i in range(20)))


@pytest.mark.parametrize("codec,detected", [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")])
def test_bom_less_utf16_with_mostly_chinese_text(tmp_path, codec, detected):
    # Excel's "Unicode text" saved by other tools without a BOM: few ASCII bytes, so few NULs
    p = tmp_path / "in.tsv"
    p.write_bytes(CHINESE_TSV.encode(codec))
    listings, problems, sn = read(p)
    assert sn.encoding == detected and problems == []
    assert len(listings) == 20 and listings[0].title == "纯棉短袖T恤男士夏季宽松圆领打底衫0"


@pytest.mark.parametrize("forced,codec", [("utf-16", "utf-16-le"), ("utf-16", "utf-16-be"), ("utf-32", "utf-32-le")])
def test_forced_utf16_or_utf32_without_bom_takes_the_byte_order_from_the_text(tmp_path, forced, codec):
    p = tmp_path / "in.tsv"
    p.write_bytes(CHINESE_TSV.encode(codec))
    listings, problems, sn = read(p, encoding=forced)
    assert sn.encoding == codec and len(listings) == 20 and problems == []


def test_a_forced_encoding_that_reads_nothing_says_so(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text("标题\n保温杯\n", encoding="utf-8")
    with pytest.raises(InputError, match="nothing in the file reads as utf-32"):
        read(p, encoding="utf-32")


def test_a_lone_surrogate_escape_in_json_is_shown_as_a_replacement(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text('{"title": "全网最低价 保温杯"}\n{"title": "\\ud800 加微信 abc12345"}\n', encoding="utf-8")
    listings, problems, _ = read(p)
    assert [l.title for l in listings] == ["全网最低价 保温杯", "\ufffd 加微信 abc12345"]
    assert [(pr.line, "lone surrogate" in pr.message) for pr in problems] == [(2, True)]


def test_a_json_array_with_some_non_objects_keeps_its_records(tmp_path):
    p = tmp_path / "in.json"
    p.write_text('[1, "x", null,\n [1, 2], {"id": "ok", "title": "全网最低价 拖鞋"}]\n', encoding="utf-8")
    listings, problems, sn = read(p)
    assert sn.format == "jsonl"
    assert [(l.line, l.id) for l in listings] == [(2, "ok")]
    assert [pr.line for pr in problems] == [1, 1, 1, 2]
    assert all("not a JSON object" in pr.message for pr in problems)


def test_a_header_cell_with_a_line_break_is_one_header(tmp_path):
    # Excel writes Alt+Enter in a header cell as a quoted line break
    p = tmp_path / "in.csv"
    p.write_text('商家编码,"宝贝\n名称","备注\n(选填)"\nA1,全网最低价 拖鞋,x\nA2,袜子,y\n', encoding="utf-8")
    listings, problems, _ = read(p)
    assert problems == []
    assert [(l.line, l.id, l.title) for l in listings] == [(4, "A1", "全网最低价 拖鞋"), (5, "A2", "袜子")]
    # a stray inch mark in an unquoted header cell is no open quote
    q = tmp_path / "inch.csv"
    q.write_text('标题,尺寸 5"\n保温杯,"a\nb"\n', encoding="utf-8")
    listings, problems, _ = read(q)
    assert problems == [] and [(l.line, l.title) for l in listings] == [(2, "保温杯")]


def test_excel_sep_hint_line_names_the_delimiter(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text("sep=;\r\nid;宝贝标题;价格\r\nA1;保温杯, 不锈钢;39\r\n", encoding="utf-8")
    listings, problems, sn = read(p)
    assert sn.delimiter == ";" and problems == []
    assert [(l.line, l.id, l.title) for l in listings] == [(3, "A1", "保温杯, 不锈钢")]


@pytest.mark.parametrize("header", ["id,title", "商家編碼,標題"], ids=["ascii-header", "traditional-header"])
def test_big5_is_not_read_as_gb_mojibake(tmp_path, header):
    # a Taiwan or Hong Kong seller's Excel export; GB decoding gives private-use characters
    p = tmp_path / "in.csv"
    p.write_bytes(f"{header}\r\nD1,全網最低價 球鞋\r\nD2,保溫杯 不鏽鋼\r\n".encode("big5"))
    listings, problems, sn = read(p)
    assert sn.encoding == "cp950" and problems == []
    assert [l.title for l in listings] == ["全網最低價 球鞋", "保溫杯 不鏽鋼"]


@pytest.mark.parametrize("header", ["title,id", "宝贝名称,商家编码"], ids=["ascii-header", "chinese-header"])
def test_one_user_defined_character_keeps_a_gbk_file_gbk(tmp_path, header):
    # 0xA6D9 is a GB18030 private-use code (a seller's 造字): one of them is no Big5 file
    p = tmp_path / "in.csv"
    p.write_bytes(f"{header}\r\n最好的纯棉T恤 男,G1\r\n".encode("gbk") + b"\xa6\xd9" + "独家 面料 衬衫,G2\r\n".encode("gbk"))
    listings, problems, sn = read(p)
    assert sn.encoding == "gb18030"
    assert [l.title for l in listings][0] == "最好的纯棉T恤 男"


def test_a_few_utf8_rows_in_a_gbk_file_are_read_as_utf8(tmp_path):
    # UTF-8 Chinese often decodes as GB18030 without an error (as mojibake): the row must be
    # recognised as UTF-8 all the same, even when the GB reading of it has private-use characters
    p = tmp_path / "in.csv"
    p.write_bytes("宝贝名称,商家编码\r\n纯棉T恤 男 夏季,G1\r\n".encode("gbk") + "独家 顶级 面料 衬衫,U1\r\n".encode("utf-8"))
    listings, problems, sn = read(p)
    assert sn.encoding == "gb18030"
    assert [l.title for l in listings] == ["纯棉T恤 男 夏季", "独家 顶级 面料 衬衫"]
    assert [pr.line for pr in problems] == [3]


def test_excel_text_guard_and_rounded_codes(tmp_path):
    # ="0123" keeps a leading zero in Excel's CSV: the code is 0123; 1.23457E+15 is a code
    # Excel rounded: dropped (so two listings never share it by accident) and noted once
    p = tmp_path / "in.csv"
    p.write_text('商家编码,宝贝ID,宝贝名称\n="0123",1.23457E+15,保温杯\n="0456",1.23457E+15,茶杯\n', encoding="utf-8")
    listings, problems, _ = read(p)
    assert [(l.id, l.number) for l in listings] == [("0123", None), ("0456", None)]
    assert len(problems) == 1 and "宝贝ID" in problems[0].message and "1.23457E+15" in problems[0].message


def test_two_exports_with_title_bands_joined(tmp_path):
    # cat a.csv b.csv: the second export's band and header are no listings
    p = tmp_path / "in.csv"
    p.write_text("\ufeff宝贝导出 2024-01-01,,,\r\n商家编码,宝贝名称,价格,宝贝描述\r\nA1,保温杯,9,好用\r\n"
                 "宝贝导出 2024-01-02,,,\r\n商家编码,宝贝名称,价格,宝贝描述\r\nA2,茶杯,9,好用\r\n", encoding="utf-8")
    listings, problems, _ = read(p)
    assert [l.id for l in listings] == ["A1", "A2"]
    assert [pr.line for pr in problems] == [4, 5]


def test_a_one_cell_title_band_above_a_csv_header_is_skipped(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text("\ufeff宝贝导出 2024-01-01,,,\r\n商家编码,宝贝名称,价格,宝贝描述\r\nA1,保温杯,9,好用\r\n", encoding="utf-8")
    listings, problems, _ = read(p)
    assert problems == [] and [(l.line, l.id, l.title) for l in listings] == [(3, "A1", "保温杯")]
    # a one-cell header that is the title column stays the header
    q = tmp_path / "one.csv"
    q.write_text("宝贝名称\n保温杯\n", encoding="utf-8")
    listings, _, _ = read(q)
    assert [(l.line, l.title) for l in listings] == [(2, "保温杯")]


@pytest.mark.parametrize("gap", ["\r\n", ",,,\r\n", "\r\n,,,\r\n"])
def test_a_title_band_then_blank_rows_above_the_header(tmp_path, gap):
    # as Excel saves it: the band, an empty row, then the header
    p = tmp_path / "in.csv"
    p.write_text("宝贝导出 2024-01-01,,,\r\n" + gap + "商家编码,宝贝名称\r\nA1,最好的杯子\r\n", encoding="utf-8")
    listings, problems, _ = read(p)
    header_line = 2 + gap.count("\n")
    assert problems == [] and [(l.line, l.id, l.title) for l in listings] == [(header_line + 1, "A1", "最好的杯子")]


def test_a_title_band_with_a_comma_above_a_tsv_header(tmp_path):
    p = tmp_path / "in.tsv"
    p.write_text("宝贝导出 2024-01-01, 共2条\n宝贝名称\t宝贝描述\n纯棉T恤\t好穿\n", encoding="utf-8")
    listings, problems, _ = read(p)
    assert [l.title for l in listings] == ["纯棉T恤"]


def test_gb18030_only_characters(tmp_path):
    # 𠮷 (U+20BB7) exists in GB18030 but not in GBK: the reader must use the superset.
    p = tmp_path / "in.csv"
    p.write_bytes("商品ID,宝贝名称\nA1,𠮷野家 同款 饭碗\n".encode("gb18030"))
    listings, _, sn = read(p)
    assert sn.encoding == "gb18030" and listings[0].title == "𠮷野家 同款 饭碗"


@pytest.mark.parametrize("delimiter,fmt", [(",", "csv"), ("\t", "tsv"), (";", "csv"), ("|", "csv")])
def test_delimiter_is_sniffed(tmp_path, delimiter, fmt):
    p = tmp_path / "in.txt"
    p.write_text(f"id{delimiter}title{delimiter}price\nX1{delimiter}陶瓷杯, 大号{delimiter}12\n"
                 .replace("陶瓷杯, 大号", '"陶瓷杯, 大号"' if delimiter == "," else "陶瓷杯, 大号"),
                 encoding="utf-8")
    listings, problems, sn = read(p)
    assert (sn.delimiter, sn.format) == (delimiter, fmt)
    assert listings[0].title == "陶瓷杯, 大号" and listings[0].fields["price"] == "12"
    assert problems == []


def test_quoted_commas_in_header_do_not_fool_the_sniffer(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text('"id;code",title,price\nA;1,毛巾,5\n', encoding="utf-8")
    listings, _, sn = read(p)
    assert sn.delimiter == "," and listings[0].extra["id;code"] == "A;1"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_physical_line_of_each_record(tmp_path, newline):
    text = newline.join([
        "id,title,description",
        'A1,标题一,"<p>一</p>\n<p>二</p>\n<p>三</p>"',   # lines 2–4
        "",                                             # blank line 5 is skipped
        "A2,标题二,短",                                  # line 6
        'A3,"多行\n标题",x',                             # lines 7–8
        "A4,标题四,y",                                   # line 9
    ]) + newline
    p = tmp_path / "in.csv"
    p.write_bytes(text.encode("utf-8"))
    listings, problems, _ = read(p)
    assert [(l.row, l.line, l.id) for l in listings] == [(1, 2, "A1"), (2, 6, "A2"), (3, 7, "A3"), (4, 9, "A4")]
    assert problems == []


def test_fields_of_several_hundred_kb(tmp_path):
    big = "<p>" + "纯棉面料，透气舒适。" * 40_000 + "</p>"  # 400k characters, 1.2 MB in UTF-8
    p = tmp_path / "in.csv"
    p.write_text(f'id,title,description\nB1,大描述,"{big}"\nB2,后面一行,ok\n', encoding="utf-8")
    listings, problems, _ = read(p)
    assert len(listings[0].fields["description"]) == len(big)
    assert [(l.id, l.line) for l in listings] == [("B1", 2), ("B2", 3)]
    assert problems == []


# --- damaged rows -----------------------------------------------------------------------------
DAMAGED = [
    # (name, records between header and a good final row, expected ids read, problem lines)
    ("nul-bytes", ["D1,有\x00空字节,x"], ["D1", "LAST"], [2]),
    ("ragged-short", ["D1,只有两列"], ["D1", "LAST"], [2]),
    ("ragged-long", ["D1,多了列,x,y,z"], ["D1", "LAST"], [2]),
    ("stray-quote-after-quoted", ['D1,"引号"没关好,x', "D2,好行,y"], ["D2", "LAST"], [2]),
    ("unclosed-quote-mid-file", ['D1,"从这里开始没关,x', "D2,好行,y", "D3,好行,z"], ["D2", "D3", "LAST"], [2]),
    ("two-damaged", ['D1,"a"b,x', "D2,好,y", 'D3,"c"d,z', "D4,好,w"], ["D2", "D4", "LAST"], [2, 4]),
    ("bare-quote-in-unquoted-field", ['D1,12"寸显示器,x'], ["D1", "LAST"], []),
]


@pytest.mark.parametrize("name,records,ids,problem_lines", DAMAGED, ids=[d[0] for d in DAMAGED])
def test_damaged_rows_are_reported_and_the_rest_read(tmp_path, name, records, ids, problem_lines):
    p = tmp_path / "in.csv"
    p.write_bytes(("id,title,description\n" + "\n".join(records) + "\nLAST,最后一行,ok\n").encode("utf-8"))
    listings, problems, _ = read(p)
    assert [l.id for l in listings] == ids
    assert [pr.line for pr in problems] == problem_lines
    last = listings[-1]
    assert (last.title, last.line) == ("最后一行", len(records) + 2)


def test_unclosed_quote_at_the_end(tmp_path):
    p = tmp_path / "in.csv"
    p.write_bytes('id,title\nE1,好\nE2,"没有结束\n'.encode("utf-8"))
    listings, problems, _ = read(p)
    assert [l.id for l in listings] == ["E1"]
    assert [(pr.line, "unclosed quote" in pr.message) for pr in problems] == [(3, True)]


def test_nul_bytes_are_read_as_spaces_so_spans_index_the_original(tmp_path):
    p = tmp_path / "in.csv"
    p.write_bytes(b"id,title\nN1,ab\x00\x00\xe5\x85\xa8\xe7\xbd\x91\xe6\x9c\x80\xe4\xbd\x8e\xe4\xbb\xb7\n" + b"N2,ok\n" * 200)
    listings, problems, _ = read(p)
    assert listings[0].title == "ab\x00\x00全网最低价" and problems[0].line == 2   # kept as given
    from listlint.api import lint_path
    from listlint.config import Settings
    (f,) = lint_path(str(p), Settings(select=("ABS",))).items[0].findings
    original = "ab\x00\x00全网最低价"
    assert original[f.start:f.end] == "全网最低价" == f.text


def test_a_nul_inside_a_term_is_read_as_a_space_and_the_text_keeps_it(tmp_path):
    from listlint.api import lint_records
    (f,) = lint_records([{"title": "全网\x00最低价 羽绒服"}]).items[0].findings
    assert f.text == "全网\x00最低价"


def test_a_few_undecodable_bytes_are_damaged_rows_not_a_dead_file(tmp_path):
    good = "".join(f"G{i},纯棉T恤 第{i}款,描述\n" for i in range(400))
    p = tmp_path / "in.csv"
    p.write_bytes(("id,title,description\n" + good).encode("utf-8") + b"BAD,\xff\xfe\xe8,x\n"
                  + "Z1,最后,ok\n".encode("utf-8"))
    listings, problems, sn = read(p)
    assert (sn.encoding, sn.errors) == ("utf-8", "replace")
    assert listings[-1].title == "最后" and len(listings) == 402
    assert [pr.line for pr in problems] == [402]


# A row in the file's other encoding: each line is read in the encoding it is in, and noted.
@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_a_gbk_row_in_a_utf8_file_is_read_as_gbk(tmp_path, bom):
    p = tmp_path / "mixed.csv"
    p.write_bytes(bom + "id,title,price\r\nA1,全网最低价 纯棉毛巾,9\r\nA2,加微信abc123 保温杯,5\r\n".encode()
                  + "A3,普通雨伞 折叠,5\r\n".encode("gbk") + "A4,最好的杯子,5\r\n".encode())
    listings, problems, sn = read(p)
    assert sn.encoding.startswith("utf-8")
    assert [x.title for x in listings] == ["全网最低价 纯棉毛巾", "加微信abc123 保温杯", "普通雨伞 折叠", "最好的杯子"]
    assert [(pr.line, "GB18030" in pr.message) for pr in problems] == [(4, True)]


def test_a_utf8_row_in_a_gbk_file_is_read_as_utf8(tmp_path):
    p = tmp_path / "mixed.csv"
    p.write_bytes("商家编码,宝贝名称\nA1,全网最低价 纯棉毛巾\nA2,普通毛巾 家用\n".encode("gbk")
                  + "A3,最好的雨伞 折叠\n".encode())
    listings, problems, sn = read(p)
    assert sn.encoding == "gb18030"
    assert [x.title for x in listings] == ["全网最低价 纯棉毛巾", "普通毛巾 家用", "最好的雨伞 折叠"]
    assert [(pr.line, "UTF-8" in pr.message) for pr in problems] == [(4, True)]


def test_a_gbk_file_is_not_mixed(tmp_path):
    p = tmp_path / "gbk.csv"
    p.write_bytes("商家编码,宝贝名称\nA1,全网最低价 纯棉毛巾\nA2,普通毛巾 家用\n".encode("gbk"))
    listings, problems, sn = read(p)
    assert (sn.encoding, sn.errors, problems) == ("gb18030", "strict", [])


def test_a_multiline_cell_in_a_mixed_file_keeps_its_lines(tmp_path):
    p = tmp_path / "mixed.csv"
    p.write_bytes("id,title,description\nA1,纯棉毛巾,\"第一行\n第二行\"\n".encode()
                  + "A2,普通雨伞,说明\n".encode("gbk") + "A3,最好的杯子,x\n".encode())
    listings, problems, sn = read(p)
    assert [(x.title, x.line) for x in listings] == [("纯棉毛巾", 2), ("普通雨伞", 4), ("最好的杯子", 5)]
    assert listings[0].fields["description"] == "第一行\n第二行"


# --- 淘宝助理 ----------------------------------------------------------------------------------
def taobao_file(tmp_path, rows, *, chinese_header=True, encoding="utf-16-le", bom=codecs.BOM_UTF16_LE):
    cols = ["title", "cid", "price", "num", "description", "cateProps", "inputPids", "inputValues",
            "outer_id", "num_id", "subtitle", "shopping_title", "propAlias", "wireless_desc"]
    lines = ["version 1.00", "\t".join(cols)]
    if chinese_header:
        lines.append("\t".join(["宝贝名称", "宝贝类目", "宝贝价格", "宝贝数量", "宝贝描述", "宝贝属性",
                                "用户输入ID串", "用户输入名-值对", "商家编码", "数字ID", "宝贝卖点",
                                "导购标题", "销售属性别名", "无线详情"]))
    for r in rows:
        lines.append("\t".join('"' + str(r.get(c, "")).replace('"', '""') + '"'
                               if c not in ("cid", "price", "num", "num_id") else str(r.get(c, "0"))
                               for c in cols))
    p = tmp_path / "taobao.csv"
    p.write_bytes(bom + "\r\n".join(lines).encode(encoding) + b"" )
    return p


TAOBAO_ROWS = [
    {"title": "纯棉T恤", "cid": 50000671, "price": "49.00", "num": 10,
     "description": '<p class="x">第一段 "引号"</p>\r\n<p>第二段</p>',
     "inputPids": "20000,13021751", "inputValues": "野原,YY-01", "outer_id": "OUT-1", "num_id": 111,
     "subtitle": "卖点文字", "shopping_title": "导购标题文字", "propAlias": "1627207:28320:奶白"},
    {"title": "保温杯", "cid": 50012459, "price": "89.00", "num": 5, "description": "<p>杯</p>",
     "outer_id": "", "num_id": 222},
]


@pytest.mark.parametrize("encoding,bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                                          ("utf-8", b"")], ids=["utf16le", "utf16be", "utf8-resaved"])
def test_taobao_assistant_layout(tmp_path, encoding, bom):
    p = taobao_file(tmp_path, TAOBAO_ROWS, encoding=encoding, bom=bom)
    listings, problems, sn = read(p)
    assert sn.format == "taobao-assistant" and sn.delimiter == "\t"
    assert problems == []
    first, second = listings
    assert (first.row, first.line, first.id) == (1, 4, "OUT-1")
    assert (second.line, second.id) == (6, "222")          # outer_id empty → num_id
    assert first.fields["description"] == '<p class="x">第一段 "引号"</p>\r\n<p>第二段</p>'
    assert first.fields["subtitle"] == "卖点文字" and first.fields["shopping_title"] == "导购标题文字"
    assert first.fields["price"] == "49.00"
    assert first.fields["brand"] == "野原"                   # inputPids/inputValues pid 20000
    assert first.attributes["品牌"] == ("野原",) and first.attributes["货号"] == ("YY-01",)
    assert first.attributes["颜色分类"] == ("奶白",)
    assert first.number == "111" and second.number == "222"  # num_id: the platform's number


def test_taobao_assistant_with_blank_lines_above_the_version_line(tmp_path):
    p = taobao_file(tmp_path, TAOBAO_ROWS)
    data = p.read_bytes()
    p.write_bytes(codecs.BOM_UTF16_LE + "\r\n\r\n".encode("utf-16-le") + data[2:])
    listings, problems, sn = read(p)
    assert sn.format == "taobao-assistant" and problems == []
    assert [(l.row, l.line, l.title) for l in listings] == [(1, 6, "纯棉T恤"), (2, 8, "保温杯")]


def test_taobao_mobile_description_is_linted(tmp_path):
    """wireless_desc (the app's description, <wapDesc><txt>…</txt></wapDesc>) is a text field of
    its own, read like the PC description: a contact hidden there is found and pointed at in
    that field, and each <txt> block is a line of its own."""
    from listlint.api import lint_path
    from listlint.config import Settings
    from listlint.text.normalize import FieldText
    wap = ("<wapDesc><shortDesc>夏季新款</shortDesc><txt>售后加薇信：tee_shop_88</txt>"
           "<img>https://img.alicdn.com/imgextra/i1/1/a.jpg</img><txt>好评返现</txt></wapDesc>")
    rows = [{"title": "纯棉T恤", "price": "49", "num": 1, "num_id": 7, "wireless_desc": wap}]
    listings, _, _ = read(taobao_file(tmp_path, rows))
    assert listings[0].fields["mobile_description"] == wap
    report = lint_path(str(taobao_file(tmp_path, rows)), Settings(select=("OFF", "ABS")))
    [f] = report.items[0].findings
    assert (f.rule, f.field, wap[f.start:f.end]) == ("OFF001", "mobile_description", "加薇信：tee_shop_88")
    plain = FieldText("mobile_description", wap).view("plain")
    assert "tee_shop_88\n" in plain and "\n好评返现\n" in plain
    # The same text in a title-like field is not HTML.
    assert FieldText("title", "<txt>a</txt>").view("plain") == "<txt>a</txt>"



def test_taobao_without_chinese_header_keeps_the_first_record(tmp_path):
    p = taobao_file(tmp_path, TAOBAO_ROWS, chinese_header=False)
    listings, _, _ = read(p)
    assert [(l.line, l.title) for l in listings] == [(3, "纯棉T恤"), (5, "保温杯")]


def test_taobao_subtitle_and_shopping_title_are_linted(tmp_path):
    from listlint.api import lint_path
    from listlint.config import Settings
    rows = [{"title": "保温杯", "price": "1", "num": 1, "num_id": 9, "subtitle": "★★★★好杯",
             "shopping_title": "!!!!!!保温"}]
    report = lint_path(str(taobao_file(tmp_path, rows)), Settings(select=("FMT003",)))
    assert sorted(f.field for f in report.items[0].findings) == ["shopping_title", "subtitle"]


def test_taobao_sample_file():
    listings, problems, sn = read("samples/taobao-assistant.csv")
    assert (sn.format, sn.encoding) == ("taobao-assistant", "utf-16") and problems == []
    assert len(listings) == 7
    assert listings[2].id == "600000000003"
    assert listings[3].fields["brand"] == "安踏"


def test_a_repeated_header_row_is_skipped_and_noted(tmp_path):
    # cat a.csv b.csv: the second export's header (with its BOM) sits in the middle
    p = tmp_path / "joined.csv"
    p.write_bytes("\ufeff宝贝标题,价格\r\n杯子 A,9.9\r\n\ufeff宝贝标题,价格\r\n杯子 B,9.9\r\n"
                  "宝贝标题,12\r\n".encode("utf-8"))
    listings, problems, _ = read(p)
    # a row that only starts like the header is a listing
    assert [(l.line, l.title) for l in listings] == [(2, "杯子 A"), (4, "杯子 B"), (5, "宝贝标题")]
    assert [(pr.line, "header row appears again" in pr.message) for pr in problems] == [(3, True)]


# --- XLSX -------------------------------------------------------------------------------------
def _workbook(path, sheets):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
    wb.save(path)


def test_xlsx_first_sheet_and_named_sheet(tmp_path):
    p = tmp_path / "in.xlsx"
    _workbook(p, {"说明": [["商家编码", "商品标题", "一口价"], ["X1", "第一张表的标题", 19.9], [None, None, None],
                           [600000000001, "数字编码", 5.0]],
                  "商品": [[None], ["宝贝名称", "宝贝属性"], ["第二张表", "品牌:耐克;颜色分类:红色"]]})
    listings, _, sn = read(p)
    assert sn.format == "xlsx"
    assert [(l.line, l.id, l.title, l.fields["price"]) for l in listings] == [
        (2, "X1", "第一张表的标题", "19.9"), (4, "600000000001", "数字编码", "5")]
    listings, _, _ = read(p, sheet="商品")
    assert [(l.line, l.title) for l in listings] == [(3, "第二张表")]
    assert listings[0].attributes == {"品牌": ("耐克",), "颜色分类": ("红色",)}


def test_xlsx_formula_without_a_saved_value_is_an_input_problem(tmp_path):
    # openpyxl writes formulas without calculating them, as scripts that build workbooks do;
    # Excel/WPS store the value on save. An uncalculated title must not pass silently as empty.
    p = tmp_path / "in.xlsx"
    _workbook(p, {"商品": [["商品ID", "宝贝标题", "前缀"], ["A1", "普通标题 保温杯", "x"],
                          ["A2", '=C3&"保温杯"', "最好的"], ["A3", "=1+1", ""]]})
    listings, problems, _ = read(p)
    assert [(l.line, l.title) for l in listings] == [(2, "普通标题 保温杯"), (3, ""), (4, "")]
    assert [pr.line for pr in problems] == [3, 4]
    assert "formula with no saved value" in problems[0].message and "宝贝标题" in problems[0].message
    # a formula in a column that feeds no field is not the seller's problem
    q = tmp_path / "other.xlsx"
    _workbook(q, {"商品": [["宝贝标题", "备注"], ["保温杯", "=1+1"], ["", "x"]]})
    _, problems, _ = read(q)
    assert problems == []


def test_xlsx_unknown_sheet(tmp_path):
    p = tmp_path / "in.xlsx"
    _workbook(p, {"Sheet1": [["title"], ["x"]]})
    with pytest.raises(InputError, match="no sheet named 'nope'; sheets: Sheet1"):
        read(p, sheet="nope")


# --- JSON Lines -------------------------------------------------------------------------------
def test_jsonl(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "J1", "title": "纯棉T恤", "price": 59, "attributes": {"品牌": "耐克", "颜色": ["红", "白"]}},
                   ensure_ascii=False),
        "",
        "{broken json",
        json.dumps({"商品标题": "中文键", "商家编码": "J2", "宝贝描述": "<p>x</p>"}, ensure_ascii=False),
        "[1, 2]",
    ]) + "\n", encoding="utf-8")
    listings, problems, sn = read(p)
    assert sn.format == "jsonl"
    assert [(l.row, l.line, l.id, l.title) for l in listings] == [(1, 1, "J1", "纯棉T恤"), (2, 4, "J2", "中文键")]
    assert listings[0].fields["price"] == "59"
    assert listings[0].attributes["品牌"] == ("耐克",) and listings[0].attributes["颜色"] == ("红", "白")
    assert listings[1].fields["description"] == "<p>x</p>"
    assert [pr.line for pr in problems] == [3, 5]
    assert "_line" not in listings[0].extra


def test_json_array(tmp_path):
    p = tmp_path / "in.json"
    p.write_text(json.dumps([{"title": "一"}, {"title": "二"}], ensure_ascii=False), encoding="utf-8")
    listings, _, sn = read(p)
    assert sn.format == "jsonl" and [l.title for l in listings] == ["一", "二"]


def test_pretty_printed_json_array_gives_each_object_its_line(tmp_path):
    p = tmp_path / "in.json"
    p.write_text(json.dumps([{"title": "一"}, {"title": "二"}, 3], ensure_ascii=False, indent=2), encoding="utf-8")
    listings, problems, _ = read(p)
    assert [(l.line, l.title) for l in listings] == [(2, "一"), (5, "二")]
    assert [pr.line for pr in problems] == [8]


def test_jsonl_first_record_without_a_title(tmp_path):
    # exporters leave out empty keys: the text columns are looked for in the first records
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": "H1", "price": 9}\n{"id": "H2", "title": "最好的杯子", "price": 9}\n', encoding="utf-8")
    listings, problems, _ = read(p)
    assert [(l.id, l.fields.get("title") or "") for l in listings] == [("H1", ""), ("H2", "最好的杯子")]


def test_jsonl_without_any_title_is_an_error(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": "H1", "price": 9}\n{"id": "H2", "price": 8}\n', encoding="utf-8")
    with pytest.raises(InputError):
        read(p)


def test_jsonl_column_override(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text(json.dumps({"sku": "S1", "名字": "自定义列名"}, ensure_ascii=False) + "\n", encoding="utf-8")
    listings, _, _ = read(p, columns={"title": "名字", "id": "sku"})
    assert (listings[0].id, listings[0].title) == ("S1", "自定义列名")


def test_stdin_is_read(monkeypatch, tmp_path):
    import io
    import sys
    data = "id,title\nS1,来自标准输入\n".encode("gbk")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    listings, _, sn = read("-")
    assert sn.encoding == "gb18030" and listings[0].title == "来自标准输入"


def test_blank_lines_above_the_header_are_skipped(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text("\n,,\n宝贝名称,价格,备注\n保温杯,59,\n", encoding="utf-8")
    listings, problems, sn = read(p)
    assert [(l.line, l.title) for l in listings] == [(4, "保温杯")] and problems == []


def test_a_column_named_twice_is_reported_not_silently_dropped(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text("宝贝标题,价格,宝贝标题\n好杯子,9,最好的杯子\n", encoding="utf-8")
    listings, problems, _ = read(p)
    assert listings[0].title == "好杯子"
    assert [(pr.line, "appears twice" in pr.message) for pr in problems] == [(1, True)]


def test_xlsx_title_band_above_the_header_is_skipped(tmp_path):
    path = tmp_path / "band.xlsx"
    _workbook(path, {"商品": [["商品列表 2024年11月"], [], ["宝贝名称", "价格"], ["保温杯", 59.9]]})
    listings, _, _ = read(path)
    assert [(l.line, l.title, l.fields["price"]) for l in listings] == [(4, "保温杯", "59.9")]


def test_xlsx_without_listings_on_the_first_sheet_suggests_sheet(tmp_path):
    path = tmp_path / "notes.xlsx"
    _workbook(path, {"说明": [["本表说明"]], "商品": [["宝贝名称"], ["保温杯"]]})
    with pytest.raises(InputError, match="--sheet"):
        read(path)
    listings, _, _ = read(path, sheet="商品")
    assert [l.title for l in listings] == ["保温杯"]


@pytest.mark.parametrize("text", ['[{"title": "一"},,{"title": "二"}]', '[{"title": "一"}] x', '[{"title": "一"}'])
def test_an_invalid_json_array_fails_before_any_row(tmp_path, text):
    p = tmp_path / "in.json"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match="invalid JSON"):
        read(p)


def test_a_row_of_several_cells_is_the_xlsx_header_even_without_a_title(tmp_path):
    path = tmp_path / "nohdr.xlsx"
    _workbook(path, {"s": [["货号", "规格", "备注"], ["100%正品 全网最低", "x", "y"]]})
    with pytest.raises(InputError, match="no title-like column"):
        read(path)


def test_blank_lines_ended_by_a_bare_cr_are_skipped(tmp_path):
    p = tmp_path / "cr.csv"
    p.write_bytes("\r\r\n宝贝名称,价格\n保温杯,59\n".encode("utf-8"))
    listings, _, _ = read(p)
    assert [(l.line, l.title) for l in listings] == [(4, "保温杯")]


@pytest.mark.parametrize("rows", [2, 300])
def test_nul_padding_after_the_last_line_is_no_listing(tmp_path, rows):
    p = tmp_path / "padded.csv"
    body = "商家编码,宝贝名称\n" + "".join(f"A{i},保温杯 500ml\n" for i in range(rows))
    p.write_bytes(body.encode() + b"\x00" * 100)
    listings, problems, sn = read(p)
    assert len(listings) == rows and sn.encoding == "utf-8"
    assert [pr.line for pr in problems] == [rows + 2] and "NUL" in problems[0].message


def test_two_taobao_exports_joined_are_read_as_one(tmp_path):
    rows = [{"title": "全网最低价 毛巾", "outer_id": "A1"}, {"title": "普通 雨伞", "outer_id": "A2"}]
    one = taobao_file(tmp_path, rows).read_bytes()
    p = tmp_path / "joined.csv"
    p.write_bytes(one + b"\r\x00\n\x00" + one)   # cat a.csv b.csv: the second BOM and header block follow
    listings, problems, sn = read(p)
    assert [x.title for x in listings] == ["全网最低价 毛巾", "普通 雨伞"] * 2
    assert [pr.message for pr in problems if "header row appears again" in pr.message] and \
        not [pr for pr in problems if "ragged" in pr.message]


def test_a_lone_cr_inside_a_cell_of_an_lf_file_is_no_line(tmp_path):
    # git, grep and editors count an LF file's lines by LF: a CR pasted into a cell is not one
    p = tmp_path / "in.csv"
    rows = ["商家编码,宝贝名称,宝贝描述", 'A1,普通毛巾,"第一行\r第二行\r全网最低价"'] + [f"A{i},杯子{i},x" for i in range(2, 5)]
    p.write_bytes(("\n".join(rows) + "\n").encode())
    listings, problems, sn = read(p)
    assert not sn.cr_lines
    assert [(x.id, x.line) for x in listings] == [("A1", 2), ("A2", 3), ("A3", 4), ("A4", 5)]
    from listlint.api import lint_path
    from listlint.config import Settings
    (f,) = lint_path(str(p), Settings(select=("ABS",))).items[0].findings
    assert (f.text, f.line) == ("全网最低价", 2)


def test_a_sheet_asked_of_a_csv_is_said(tmp_path):
    from listlint.config import Settings
    from listlint.io.readers import open_listings
    p = tmp_path / "in.csv"
    p.write_text("title\n杯子\n", encoding="utf-8")
    src = open_listings(str(p), Settings(sheet="Sheet2"))
    assert len(list(src.listings())) == 1
    assert any("Sheet2" in pr.message for pr in src.problems)
