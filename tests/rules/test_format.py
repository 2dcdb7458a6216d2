"""FMT001–FMT004: input → expected findings (code and original text), hard negatives beside."""
from __future__ import annotations

import pytest

from listlint.rules.format import gbk_bytes

from ..conftest import lint_one

LONG_31 = "毛衣女秋冬新款宽松慵懒风外穿高领加厚针织打底衫韩版百搭长袖上衣潮流"  # 33 characters

CASES = [
    # (field, text, expected [(code, text)])
    ("title", LONG_31, [("FMT001", LONG_31[30:])]),
    ("title", "a" * 61, [("FMT001", "a")]),
    ("title", "男士休闲裤宽松直筒春秋季新款百搭潮流工装裤子男款弹力长裤大码", []),  # exactly 60 bytes
    ("title", "a" * 60, []),
    ("title", "玻璃水杯 耐热 带盖 大容量 办公室", []),
    ("shopping_title", LONG_31, [("FMT001", LONG_31[30:])]),
    ("subtitle", "卖点" * 76, [("FMT001", "卖点")]),  # 152 characters: the last 2 are over
    ("subtitle", "卖点" * 75, []),
    ("title", "包包 包包 包包 女包 包包", [("FMT002", "包包")]),
    ("title", "连衣裙 夏 连衣裙 女 连衣裙", [("FMT002", "连衣裙")]),
    ("title", "手机壳 硅胶 手机壳 防摔 手机壳", [("FMT002", "手机壳")]),   # not also 手机 inside it
    ("title", "连衣裙 夏 连衣裙 女", []),          # twice is within the default limit
    ("title", "包包  女  斜挎包", []),              # two spaces are not stuffing
    # one head word of several named products is no stuffing; run together or standing alone it is
    ("title", "私房蛋糕 动物奶油 生日蛋糕 数字蛋糕 同城配送", []),
    ("title", "上门收纳整理 衣柜整理 搬家整理 整理师 北京", []),
    ("title", "蛋糕 生日蛋糕 蛋糕 定制 蛋糕", [("FMT002", "蛋糕")]),
    ("title", "连衣裙连衣裙连衣裙 夏季", [("FMT002", "连衣裙")]),
    ("title", "哈哈哈 搞怪 抱枕", []),              # repeated characters, not repeated words
    ("title", "★★★★爆款★★★★ 拖鞋", [("FMT003", "★★★★"), ("FMT003", "★★★★")]),
    ("title", "新款连衣裙!!!!!!", [("FMT003", "!!!!!!")]),
    ("title", "新款连衣裙！！！", [("FMT003", "！！！")]),
    ("title", "【【【爆款】】】 T恤", [("FMT003", "【【【"), ("FMT003", "】】】")]),
    ("title", "🔥爆款 T恤", [("FMT003", "🔥")]),
    ("subtitle", "夏天必备😍", [("FMT003", "😍")]),
    ("title", "【包邮】连衣裙 女", []),
    ("title", "儿童绘本 3-6岁", []),
    ("title", "手机 8+256G 全网通", []),
    ("title", "防晒霜SPF50+ PA++++ 户外", []),
    ("title", "冰箱 一级能效 A+++", []),
    ("title", "C++ Primer 中文版", []),
    ("title", "", [("FMT004", "")]),
    ("title", "!!!!", [("FMT003", "!!!!"), ("FMT004", "!!!!")]),
    ("title", "123456", [("FMT004", "123456")]),
    ("title", "T恤", []),
    ("title", "3D 拼图", []),
]


@pytest.mark.parametrize("field,text,expected", CASES, ids=[f"{c[0]}:{c[1][:12]}" for c in CASES])
def test_format_rules(field, text, expected):
    fields = {"title": "纯棉T恤"} if field != "title" else {}
    fields[field] = text
    found = lint_one(select=["FMT"], **fields)
    got = sorted((f.rule, f.text) for f in found if f.field == field)
    assert got == sorted(expected)
    for f in found:
        assert fields[f.field][f.start:f.end] == f.text


def test_gbk_bytes_counts_cjk_as_two():
    assert gbk_bytes("abc") == 3
    assert gbk_bytes("连衣裙") == 6
    assert gbk_bytes("T恤 女") == 6
    # characters GBK lacks (emoji) count as two bytes, like a CJK character
    assert gbk_bytes("连衣裙🔥") == 8
    assert gbk_bytes("a🔥b") == 4


def test_title_limit_is_an_option():
    from listlint.config import settings_from_mapping
    s = settings_from_mapping({"rules": {"FMT001": {"title-max-bytes": 80}}})
    assert not lint_one(select=["FMT001"], settings=s, title=LONG_31)


def test_stuffing_limit_is_an_option():
    from listlint.config import settings_from_mapping
    s = settings_from_mapping({"rules": {"FMT002": {"max-repeats": 1}}})
    found = lint_one(select=["FMT002"], settings=s, title="连衣裙 夏 连衣裙 女")
    assert [f.text for f in found] == ["连衣裙"]
