"""Header aliases (Chinese and English), user overrides, id preference."""
from __future__ import annotations

import pytest

from listlint.io.columns import ColumnMap, listing_from_mapping, make_listing

ALIASES = [
    # header → canonical field
    ("宝贝名称", "title"), ("商品标题", "title"), ("标题", "title"), ("title", "title"), ("Title ", "title"),
    ("ＴＩＴＬＥ", "title"), ("*商品名称", "title"), ("标 题", "title"),
    ("宝贝描述", "description"), ("商品详情", "description"), ("描述", "description"), ("description", "description"),
    ("价格", "price"), ("一口价", "price"), ("price", "price"),
    ("品牌", "brand"), ("brand", "brand"),
    ("类目", "category"), ("category", "category"), ("cid", "category"),
    ("宝贝属性", "attributes"), ("属性", "attributes"), ("attributes", "attributes"),
    ("商家编码", "id"), ("outer_id", "id"), ("id", "id"), ("商品ID", "id"), ("num_id", "id"),
    ("宝贝卖点", "subtitle"), ("subtitle", "subtitle"), ("导购标题", "shopping_title"),
    ("shopping_title", "shopping_title"),
    ("wireless_desc", "mobile_description"), ("无线详情", "mobile_description"),
    ("手机端描述", "mobile_description"), ("手机详情", "mobile_description"),
    # other tools' exports (ERP, 千牛, 拼多多-style sheets), a unit after the name
    ("产品名称", "title"), ("产品标题", "title"), ("价格(元)", "price"), ("一口价（¥）", "price"), ("价格/元", "price"),
    ("商品参数", "attributes"), ("产品参数", "attributes"), ("所属类目", "category"), ("叶子类目", "category"),
    ("商品详情页", "description"), ("PC端描述", "description"), ("移动端详情", "mobile_description"),
    ("外部编码", "id"), ("商品货号", "id"), ("品牌名", "brand"), ("商品品牌", "brand"),
]


def test_pc_and_mobile_descriptions_are_two_fields():
    cmap = ColumnMap(["title", "手机端描述", "宝贝描述"])
    assert cmap.fields["description"] == 2 and cmap.fields["mobile_description"] == 1


@pytest.mark.parametrize("header,field", ALIASES)
def test_alias(header, field):
    cmap = ColumnMap(["unrelated", header])
    assert cmap.fields.get(field) == 1


@pytest.mark.parametrize("header", ["备注", "库存", "titles", "颜色分类名称", "subtitle2", "吊牌价", "促销价(元)"])
def test_not_an_alias(header):
    assert ColumnMap([header]).fields == {}


def test_specific_alias_beats_generic_whatever_the_order():
    cmap = ColumnMap(["name", "描述", "title", "宝贝描述"])
    assert cmap.fields["title"] == 2 and cmap.fields["description"] == 3
    assert set(cmap.extra.values()) == {"name", "描述"}


def test_id_prefers_the_sellers_code_and_falls_back():
    cmap = ColumnMap(["num_id", "title", "outer_id"])
    assert cmap.fields["id"] == 2
    assert make_listing(["123", "t", "OUT-9"], cmap, 1, 2).id == "OUT-9"
    assert make_listing(["123", "t", ""], cmap, 1, 2).id == "123"
    assert make_listing(["", "t", " "], cmap, 1, 2).id is None


def test_overrides_win_and_missing_overrides_are_recorded():
    cmap = ColumnMap(["商品名", "宝贝名称", "编码X"], {"title": "商品名", "id": "编码x", "brand": "没有这列"})
    assert cmap.fields["title"] == 0 and cmap.fields["id"] == 2
    assert cmap.missing_overrides == [("brand", "没有这列")]
    assert cmap.extra == {1: "宝贝名称"}


def test_single_attribute_columns_and_brand_column_feed_attributes():
    cmap = ColumnMap(["title", "颜色", "材质", "品牌", "备注"])
    l = make_listing(["连衣裙", "红色,白色", "棉", "衣语", "急售"], cmap, 1, 2)
    assert l.attributes == {"颜色": ("红色", "白色"), "材质": ("棉",), "品牌": ("衣语",)}
    assert l.fields["brand"] == "衣语" and l.extra == {"备注": "急售"}


def test_mapping_records_from_the_api():
    l = listing_from_mapping({"商品标题": "标题", "price": 12.0, "attributes": {"品牌": "耐克"}, "_line": 7}, 3)
    assert (l.row, l.line, l.title, l.fields["price"]) == (3, 7, "标题", "12")
    assert l.attributes == {"品牌": ("耐克",)} and l.extra == {}
