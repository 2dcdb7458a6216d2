"""The wording rules (ABS, CLM, BAN) read the seller-written attribute values, never the
platform's attribute names: `卖点:全网销量NO.1` is a claim, `是否首发:否` and `最大功率:2000W`
are not. Findings name the `attributes` column with spans into the original cell."""
from __future__ import annotations

import pytest

from listlint.io.attributes import mask_attribute_names

from ..conftest import lint_one

FIRES = [
    ("品牌:南极人;卖点:全网销量NO.1 凉感极致", "ABS", "NO.1"),
    ("规格:2g*30条;工艺:独家专利菌株 全球首创", "ABS", "独家"),
    ("品牌:Rolex;版本:高仿V3 一比一复刻", "BAN", "高仿"),
    ("品名:金樽;功效:降血压 治疗失眠", "CLM", "降血压"),
    ('{"品牌": "x", "卖点": "全网最低价"}', "ABS", "全网最低价"),
    ("品牌:x;卖点:100%有效", "ABS", "100%"),
]

CLEAN = [
    "品牌:美的;最大功率:2000W;最高温度:100℃;最大容量:1.7L",
    "最大承重:150kg;最小起订量:1;是否首发:否",
    "最大内存:512GB;首发时间:2023-10;独家配色:否",
    "适用人数:3-4人;顶级配置:否;防水指数:3000mm",
    "等级:特级;产品等级:一级;能效等级:一级能效",
    "执行标准:GB/T 18186;最佳食用期:12个月",
    '[{"name": "顶级配置", "value": "否"}, {"name": "是否首发", "value": "否"}]',
    '{"最大功率": "2000W", "是否独家": "否"}',
    "果汁含量:100%;净含量:1L*2",        # a bare figure: a measure its (blanked) name qualified
    "课程类型:录播课;有效期:永久;课时:30节",   # a term of service, not advertising
    "保修期:终身;产地:中国",
    "版本:Office 2021 家庭和学生版;授权:永久;设备数:1台",   # a licence's kind
    '{"果汁含量": "100%", "含糖量": "0%"}',
]


@pytest.mark.parametrize("cell,family,text", FIRES, ids=[c for c, _, _ in FIRES])
def test_attribute_value_is_linted(cell, family, text):
    fs = [f for f in lint_one(select=["ABS", "CLM", "BAN"], title="商品", attributes=cell)
          if f.rule.startswith(family)]
    assert fs, cell
    f = fs[0]
    assert f.field == "attributes"
    assert cell[f.start:f.end] == f.text and text in f.text


@pytest.mark.parametrize("cell", CLEAN)
def test_attribute_names_are_not_linted(cell):
    assert lint_one(select=["ABS", "CLM", "BAN"], title="商品", attributes=cell) == []


@pytest.mark.parametrize("cell", ["品牌:耐克;颜色分类:黑色;白色", "最大承重：150kg；是否首发：否\n颜色:红",
                                  '{"卖点": "全网第一"}', '[{"name": "顶级", "value": "顶级"}]', "时间:10:30", ""])
def test_mask_keeps_length_and_values(cell):
    masked = mask_attribute_names(cell)
    assert len(masked) == len(cell)
    assert all(a == b or a == " " for a, b in zip(masked, cell))
