"""DUP001–DUP004: duplicate groups across an export, and look-alikes that are not groups.

Each pair is linted as a two-row export with only the DUP rules selected; the expected code is
the one both rows must carry (None: neither row may carry any DUP finding).
"""
from __future__ import annotations

import csv
import importlib.util
import json
from dataclasses import replace
from pathlib import Path

import pytest

from listlint.api import lint_path, lint_records
from listlint.config import Settings
from listlint.dup.signature import main_picture
from tests.conftest import make_listing

ROOT = Path(__file__).resolve().parents[2]
DUP = Settings(select=("DUP",))

SAME_DESC = "面料柔软 做工精细"

# (title A, title B, description A, description B, expected code on both rows)
PAIRS = [
    # DUP003 split by flavour, shoe size, height size, bed width (capacities stay two products)
    ("良品铺子猪肉脯原味200g 靖江风味", "良品铺子猪肉脯麻辣味200g 靖江风味", "", "", "DUP003"),
    ("元气森林苏打气泡水白桃味480ml*15瓶", "元气森林苏打气泡水青瓜味480ml*15瓶", "", "", "DUP003"),
    ("回力帆布鞋 经典低帮小白鞋 37码", "回力帆布鞋 经典低帮小白鞋 38码", "", "", "DUP003"),
    ("回力帆布鞋 经典低帮 37.5码", "回力帆布鞋 经典低帮 38码", "", "", "DUP003"),
    ("巴拉巴拉男童卫衣春秋连帽 110cm", "巴拉巴拉男童卫衣春秋连帽 120cm", "", "", "DUP003"),
    ("法式碎花连衣裙 雪纺 收腰 160/84A", "法式碎花连衣裙 雪纺 收腰 165/88A", "", "", "DUP003"),
    ("水星家纺纯棉四件套 被套床单 1.5m床", "水星家纺纯棉四件套 被套床单 1.8m床", "", "", "DUP003"),
    ("四件套 纯棉 1.5m床 简约", "四件套 纯棉 1.8m床 简约", "", "", "DUP003"),
    ("金龙鱼调和油 5L 桶装", "金龙鱼调和油 1.8L 桶装", "", "", None),
    ("靖江猪肉脯 风味零食", "靖江猪肉脯 美味零食", "", "", None),
    # DUP001 exact after normalisation
    ("加厚纯棉毛巾 家用", "加厚纯棉毛巾  家用", SAME_DESC, SAME_DESC, "DUP001"),
    ("ＡＢＣ 保溫杯 500ML", "abc保温杯 500ml", SAME_DESC, SAME_DESC, "DUP001"),
    ("儿童雨衣，防水！", "儿童雨衣 防水", "<p>柔软面料</p>", "柔软面料", "DUP001"),
    ("不锈钢保温饭盒 三层 大容量", "不锈钢保温饭盒-三层-大容量", "", "", "DUP001"),
    # DUP002 reordered, padded, re-spaced, same title with another description
    ("加厚纯棉毛巾 家用洗脸巾", "家用洗脸巾 加厚纯棉毛巾 包邮", "", "", "DUP002"),
    ("陶瓷马克杯 大容量 办公室 水杯", "办公室 水杯 陶瓷马克杯 大容量", "", "", "DUP002"),
    ("实木书桌 学习桌 可升降", "实木书桌 学习桌 可升降 2025新款", "", "", "DUP002"),
    ("2024新款 韩版 宽松 卫衣 女 加绒", "2025新款 韩版 宽松 卫衣 女 加绒", "", "", "DUP002"),
    ("北欧风 简约 落地灯 客厅", "简约 落地灯 客厅 北欧风 热卖", "", "", "DUP002"),
    ("iPhone 15 手机壳 透明 防摔", "iphone15 透明 防摔 手机壳", "", "", "DUP002"),
    ("不粘锅 炒锅 家用 32cm", "32cm 不粘锅 炒锅 家用 包邮", "", "", "DUP002"),
    ("手工皂 天然 洁面 控油", "手工皂 天然 洁面 控油", "橄榄油配方", "椰子油配方", "DUP002"),
    ("蓝牙音箱 户外 便携 重低音", "户外蓝牙音箱 便携重低音", "", "", "DUP002"),
    ("宠物 猫砂盆 全封闭 防外溅", "全封闭 猫砂盆 防外溅 宠物 正品", "", "", "DUP002"),
    ("複古 檯燈 臥室 床頭", "复古 台灯 卧室 床头 新款", "", "", "DUP002"),
    # one CJK character next to a Latin run (T恤, U盘, V领, ins风) is a word of its own
    ("纯棉短袖T恤 男 夏季 宽松 圆领", "男 夏季 纯棉短袖T恤 圆领 宽松", "", "", "DUP002"),
    ("U盘 64G 高速 车载", "车载 高速 U盘 64G", "", "", "DUP002"),
    ("V领 针织衫 女 春秋", "女 春秋 针织衫 V领", "", "", "DUP002"),
    ("ins风 北欧 落地灯 客厅", "客厅 落地灯 北欧 ins风", "", "", "DUP002"),
    # DUP003 split by colour, size or style
    ("纯棉短袖T恤 男 宽松 白色", "纯棉短袖T恤 男 宽松 黑色", "", "", "DUP003"),
    ("加厚毛巾 红色款", "加厚毛巾 蓝色款", "", "", "DUP003"),
    ("珊瑚绒毯子 单人 午睡毯 深灰色", "珊瑚绒毯子 单人 午睡毯 浅粉色", "", "", "DUP003"),
    ("女士雨靴 中筒 防滑 XL", "女士雨靴 中筒 防滑 XXL", "", "", "DUP003"),
    ("收纳箱 塑料 大号 带盖", "收纳箱 塑料 小号 带盖", "", "", "DUP003"),
    ("手机支架 桌面 A款", "手机支架 桌面 B款", "", "", "DUP003"),
    ("酒红色 丝绒 抱枕套 方形", "方形 丝绒 抱枕套 墨绿色", "", "", "DUP003"),
    ("蓝牙耳机 降噪 入耳式 星空黑", "蓝牙耳机 降噪 入耳式 珍珠白", "", "", "DUP003"),
    ("晴雨伞 折叠 防晒 黑胶 粉", "晴雨伞 折叠 防晒 黑胶 蓝", "", "", "DUP003"),
    ("针织开衫 宽松 百搭 燕麦色", "针织开衫 宽松 百搭 浅灰", "", "", "DUP003"),
    ("口水巾 纯棉 婴儿 藏青", "口水巾 纯棉 婴儿 雾霾蓝", "", "", "DUP003"),
    # units written two ways are one size: the same title once normalised
    ("小米 充电宝 20000毫安 快充", "小米 充电宝 20000mAh 快充", "", "", "DUP001"),
    ("数据线 Type-C 1米 快充 编织", "数据线 Type-C 1m 快充 编织", "", "", "DUP001"),
    ("小米 充电宝 20000毫安 快充", "小米 充电宝 20000mAh 快充 包邮", "", "", "DUP002"),
    # look-alikes: different products
    ("iPhone 14 手机壳 透明", "iPhone 15 手机壳 透明", "", "", None),
    ("纯棉短袖T恤 男 宽松", "纯棉短袖T恤 女 宽松", "", "", None),
    ("T恤 男 纯棉 宽松", "POLO衫 男 纯棉 宽松", "", "", None),
    ("U盘 64G 高速 金属", "U盘 128G 高速 金属", "", "", None),
    ("T恤 印花 男", "T裙 印花 男", "", "", None),
    ("华为 Mate60 钢化膜 高清", "华为 Mate50 钢化膜 高清", "", "", None),
    ("加厚纯棉毛巾 家用", "加厚纯棉浴巾 家用", "", "", None),
    ("男士棉袜 中筒 5双装", "女士棉袜 中筒 5双装", "", "", None),
    ("不锈钢锅铲 加厚 防烫", "不锈钢汤勺 加厚 防烫", "", "", None),
    ("红茶 罐装 250g 送礼", "绿茶 罐装 250g 送礼", "", "", None),
    ("保温杯 500ml 不锈钢 便携", "保温杯 750ml 不锈钢 便携", "", "", None),
    ("儿童牙刷 软毛 护龈", "成人牙刷 软毛 护龈", "", "", None),
    ("纯棉袜子 船袜 隐形", "男士纯棉袜子 船袜 隐形", "", "", None),
    ("手机壳 iPhone 15 磨砂", "手机壳 iPhone 15 Pro 磨砂", "", "", None),
    ("白酒 53度 500ml 礼盒", "黄酒 53度 500ml 礼盒", "", "", None),
    # a bed width is a size (淘宝: 同款不得以更换尺码重复发布): see the DUP003 rows above
    ("连衣裙 碎花 长款 雪纺", "半身裙 碎花 长款 雪纺", "", "", None),
    ("台灯 护眼 学生 宿舍", "落地灯 护眼 客厅 卧室", "", "", None),
    ("玻璃花瓶 北欧 客厅", "陶瓷花盆 多肉 阳台", "正品保障 七天无理由", "正品保障 七天无理由", None),
    ("瑜伽垫 加厚 防滑 6mm", "瑜伽垫 加厚 防滑 10mm", "", "", None),
    ("男童 羽绒服 中长款 连帽", "女童 羽绒服 中长款 连帽", "", "", None),
    ("猫粮 成猫 全价 2kg", "猫粮 幼猫 全价 2kg", "", "", None),
    ("电动牙刷 充电式 声波", "电动牙刷头 替换 通用", "", "", None),
    ("红色 连衣裙 雪纺 夏", "红色 半身裙 雪纺 夏", "", "", None),
    ("毛巾", "毛巾", "一条", "两条", None),                      # too short to judge by title
    ("白色 运动鞋 小白鞋 板鞋", "白色 黑色 运动鞋 板鞋", "", "", None),
    ("红枣 新疆 特级 500g", "黑枣 新疆 特级 500g", "", "", None),
    ("数据线 Type-C 1米 快充 编织", "数据线 Type-C 2m 快充 编织", "", "", None),
    # a brand's Latin name padded before or instead of its Chinese name; model split or joined
    ("Apple/苹果 AirPods Pro 2 无线蓝牙耳机", "苹果 AirPods Pro 2 无线蓝牙耳机 正品", "", "", "DUP002"),
    ("Apple AirPods Pro 2 无线蓝牙耳机", "苹果AirPods Pro 2代 无线蓝牙耳机", "", "", "DUP002"),
    ("Huawei/华为 Mate 60 Pro 手机", "华为 Mate60 Pro 手机 官方", "", "", "DUP002"),
    ("New Balance 574 复古跑鞋 男", "新百伦 574 复古跑鞋 男", "", "", "DUP002"),
    # synonyms and a count's 装
    ("纯棉T恤 女士 夏季 宽松 短袖", "纯棉T恤 女款 夏天 宽松 短袖", "", "", "DUP002"),
    ("加厚保温杯 男士 316不锈钢 大容量", "316不锈钢 加厚保温杯 男式 大容量", "", "", "DUP002"),
    ("面膜 补水 保湿 20片", "面膜 补水保湿 20片装 新品", "", "", "DUP002"),
    ("纯棉T恤 男士 夏季 宽松", "纯棉T恤 女士 夏季 宽松", "", "", None),
    ("情侣 T恤 男女款 纯棉 短袖", "情侣 T恤 男女 纯棉 短袖", "", "", "DUP002"),
    ("华为 手机套装 礼盒", "华为 手机壳 礼盒", "", "", None),
    # a refill, one volume of a set, a kitten's food: padding words that make another product
    ("蓝月亮洗手液 芦荟 500g", "蓝月亮洗手液 芦荟 500g 补充装", "", "", None),
    ("三体 刘慈欣 科幻小说 正版", "三体 刘慈欣 科幻小说 正版 全集", "", "", None),
    ("皇家猫粮 室内 2kg", "皇家猫粮 室内 幼猫 2kg", "", "", None),
    ("补水面膜 20片装", "补水面膜 30片装", "", "", None),
    ("Nike 跑鞋 气垫 男款", "Adidas 跑鞋 气垫 男款", "", "", None),
    ("耐克 跑鞋 气垫 男款", "Adidas 跑鞋 气垫 男款", "", "", None),
    ("苹果 iPhone 15 手机壳 透明", "苹果 AirPods 耳机壳 透明", "", "", None),
    ("华为 Mate 60 Pro 手机", "华为 Mate 50 Pro 手机", "", "", None),
    ("乳清蛋白粉 健身 增肌 2磅", "乳清蛋白粉 健身 增肌 5磅", "", "", None),
    ("大红袍 武夷岩茶 罐装 250g", "正山小种 武夷红茶 罐装 250g", "", "", None),
    ("牙膏 亮白 薄荷 120g", "牙膏 清新 薄荷 120g", "", "", None),
    ("柠檬红茶 冲饮 500g", "柠檬绿茶 冲饮 500g", "", "", None),
    ("经典红糖 块 500g", "经典黑糖 块 500g", "", "", None),
    ("适用三星S24手机壳 透明 磁吸", "适用三星S24+手机壳 透明 磁吸", "", "", None),
    ("C Primer Plus 第6版 中文版", "C++ Primer Plus 第6版 中文版", "正版图书", "正版图书", None),
    ("福鼎白茶 白牡丹 2018年 357g饼", "福鼎白茶 白牡丹 2019年 357g饼", "", "", None),
    ("烟灰缸 水晶 大号 客厅", "收纳盒 水晶 大号 客厅", "", "", None),
]


def lint_pair(a, b, settings=DUP):
    report = lint_records([a, b], settings)
    return [list(it.findings) for it in report.items]


@pytest.mark.parametrize("ta,tb,da,db,expected", PAIRS, ids=[f"{p[0]}|{p[1]}" for p in PAIRS])
def test_duplicate_pairs(ta, tb, da, db, expected):
    a = make_listing(row=1, id="A", title=ta, description=da)
    b = make_listing(row=2, id="B", title=tb, description=db)
    fa, fb = lint_pair(a, b)
    if expected is None:
        assert fa == [] and fb == []
    else:
        assert expected in {f.rule for f in fa} and expected in {f.rule for f in fb}
        fa_e = next(f for f in fa if f.rule == expected)
        assert fa_e.related == (2,) and fa_e.related_ids == ("B",)
        assert (fa_e.field, fa_e.start, fa_e.end, fa_e.text) == ("title", 0, len(ta), ta)
        assert fa_e.category == "duplicate" and fa_e.basis and fa_e.suggestion


def test_same_title_different_brand_is_two_products():
    a = make_listing(row=1, id="A", title="运动跑鞋 女 轻便 透气", attributes="品牌:李宁")
    b = make_listing(row=2, id="B", title="运动跑鞋 女 轻便 透气", attributes="品牌:安踏")
    c = make_listing(row=3, id="C", title="运动跑鞋 女 轻便 透气", attributes="品牌:lining/李宁")
    fa, fb, fc = lint_pair_many([a, b, c])
    assert [f.related for f in fa] == [(3,)] and fb == []


def lint_pair_many(listings, settings=DUP):
    return [list(it.findings) for it in lint_records(listings, settings).items]


PICTURE_A = "a1b2c3d4e5f60718293a4b5c6d7e8f90:1:0:|;ffeeddccbbaa00998877665544332211:1:1:|;"
PICTURE_B = "0123456789abcdef0123456789abcdef:1:0:|https://img.example.com/x.jpg;"


@pytest.mark.parametrize("extra_a,extra_b,expected", [
    ({"picture": PICTURE_A}, {"picture": PICTURE_A.replace(":1:1:", ":1:2:")}, "DUP004"),
    ({"picture": PICTURE_A}, {"picture": PICTURE_B}, None),
    ({"outer_id": "TW-001"}, {"outer_id": "TW-001"}, "DUP004"),
    ({"outer_id": "TW-001"}, {"outer_id": "TW-002"}, None),
    ({"outer_id": "ab1002"}, {"outer_id": "AB1002"}, "DUP004"),      # one code, whatever the case
    ({"outer_id": "ＡＢ１００２"}, {"outer_id": "AB1002"}, "DUP004"),  # or the width
    ({"outer_id": "0"}, {"outer_id": "0"}, None),                    # placeholder codes
    ({"主图": "https://img.example.com/a/b.jpg_400x400.jpg"}, {"主图": "http://img.example.com/a/b.jpg?x=1"}, "DUP004"),
])
def test_same_picture_or_outer_id(extra_a, extra_b, expected):
    a = make_listing(row=1, title="玻璃花瓶 北欧 客厅 插花", extra=extra_a)
    b = make_listing(row=2, title="陶瓷花盆 多肉 阳台 透气", extra=extra_b)
    fa, fb = lint_pair(a, b)
    assert {f.rule for f in fa} == {f.rule for f in fb} == ({expected} if expected else set())


@pytest.mark.parametrize("attrs_a,attrs_b,expected", [
    # the merchant's 货号 as an attribute: one code for one product
    ("品牌:禾木家;货号:HM-WY2601", "品牌:禾木家;货号:HM-WY2601", "DUP004"),
    ("品牌:禾木家;货号:HM-WY2601", "品牌:禾木家;货号:HM-WY2602", None),
    ("品牌:禾木家;货号:见详情", "品牌:禾木家;货号:见详情", None),           # no digit: no code
    ("品牌:悠品家;货号:YP-KH", "品牌:悠品家;货号:YP-KH", "DUP004"),         # …but letters joined by a dash are one
    ("品牌:悠品家;货号:YP-KH", "品牌:悠品家;货号:YP-KB", None),
    ("品牌:禾木家;货号:none", "品牌:禾木家;货号:none", None),
    # ISBN and barcode name one product whoever lists it
    ("ISBN编号:9787500000209;册数:8册", "ISBN编号:978-7-5000-0020-9", "DUP004"),
    ("ISBN编号:9787500000209", "ISBN编号:9787500000216", None),
    ("条形码:6901234567892", "条形码:6901234567892", "DUP004"),
    # the same brand and 型号 (with a digit), fitting the same device
    ("品牌:青芒;型号:QM-C20;输出功率:20W", "品牌:青芒;型号:QM-C20", "DUP004"),
    ("品牌:青芒;型号:Q5", "品牌:青芒;型号:Q5 Pro", None),
    ("品牌:青芒;型号:QM-C20", "品牌:绿联;型号:QM-C20", None),
    ("品牌:青芒;型号:通用", "品牌:青芒;型号:通用", None),
    ("品牌:青芒;型号:QM-15MG;适用型号:iPhone 15", "品牌:青芒;型号:QM-15MG;适用型号:iPhone 16", None),
    # …of one content measure: a single pack and a ten-pack of one model are two products
    ("品牌:辣小乐;型号:LXL-106;净含量:106g", "品牌:辣小乐;型号:LXL-106;净含量:106g*10", None),
    ("品牌:辣小乐;型号:LXL-106;净含量:106克", "品牌:辣小乐;型号:LXL-106;净含量:106g", "DUP004"),
    ("品牌:膳魔师;型号:JNL-502;容量:0.5L", "品牌:膳魔师;型号:JNL-502;容量:500毫升", "DUP004"),
    ("品牌:辣小乐;型号:LXL-106;净含量:106g", "品牌:辣小乐;型号:LXL-106;净含量:约106g", "DUP004"),
    ("品牌:辣小乐;型号:LXL-106;净含量:106g*10", "品牌:辣小乐;型号:LXL-106;净含量:10*106g", "DUP004"),
    ("品牌:辣小乐;型号:LXL-106;净含量:106g×10袋", "品牌:辣小乐;型号:LXL-106;净含量:106gx10袋", "DUP004"),
    ("品牌:辣小乐;型号:LXL-106;净含量:106g;毛重:130g", "品牌:辣小乐;型号:LXL-106;毛重:130g;净含量:106g", "DUP004"),
    ("品牌:辣小乐;型号:LXL-106;净含量:10袋×106g", "品牌:辣小乐;型号:LXL-106;净含量:106g×10袋", "DUP004"),
    ("品牌:辣小乐;型号:LXL-106;净含量:106g*10", "品牌:辣小乐;型号:LXL-106", "DUP004"),
])
def test_same_article_or_product_code(attrs_a, attrs_b, expected):
    a = make_listing(row=1, title="玻璃花瓶 北欧 客厅 插花", attributes=attrs_a)
    b = make_listing(row=2, title="陶瓷花盆 多肉 阳台 透气", attributes=attrs_b)
    fa, fb = lint_pair(a, b)
    assert {f.rule for f in fa} == {f.rule for f in fb} == ({expected} if expected else set())


SPEC = "品牌:悦居萌宠;规格:6L*4包;材质:豆腐渣;香型:原味;颗粒直径:2.0mm"


@pytest.mark.parametrize("attrs_a,attrs_b,cat_a,cat_b,expected", [
    # 重要属性完全相同: the same category, brand and product attributes, however the titles read;
    # the seller's code and the colour do not count
    (SPEC + ";货号:MC-S6", SPEC + ";货号:MC-S6N", "宠物>猫砂", "宠物>猫砂", "DUP004"),
    (SPEC + ";颜色分类:白色", SPEC + ";颜色分类:绿色", "宠物>猫砂", "宠物>猫砂", "DUP004"),
    ("品牌:悠品家;型号:丝绒雾面口红;净含量:3.5g;质地:雾面;色号:#01正红",
     "品牌:悠品家;型号:丝绒雾面口红;净含量:3.5g;质地:雾面;色号:#05豆沙", "美妆>口红", "美妆>口红", "DUP004"),
    # one attribute apart, another category, too few attributes or no measure: not one product
    (SPEC, SPEC.replace("6L*4包", "6L*6包"), "宠物>猫砂", "宠物>猫砂", None),
    (SPEC, SPEC, "宠物>猫砂", "宠物>猫砂盆", None),
    ("品牌:悦居萌宠;规格:6L*4包", "品牌:悦居萌宠;规格:6L*4包", "宠物>猫砂", "宠物>猫砂", None),
    # one author's books share every attribute but the title
    ("作者:刘慈欣;出版社:重庆出版社;册数:1册;装帧:平装", "作者:刘慈欣;出版社:重庆出版社;册数:1册;装帧:平装",
     "书籍>科幻小说", "书籍>科幻小说", None),
    ("品牌:无品牌;材质:棉;领型:圆领;袖长:短袖;适用性别:女", "品牌:无品牌;材质:棉;领型:圆领;袖长:短袖;适用性别:女",
     "女装>T恤", "女装>T恤", None),
])
def test_same_category_brand_and_attributes(attrs_a, attrs_b, cat_a, cat_b, expected):
    a = make_listing(row=1, title="豆腐猫砂原味6L*4包除臭无尘可冲厕所", attributes=attrs_a, category=cat_a)
    b = make_listing(row=2, title="原味豆腐猫砂 无尘除臭 可冲马桶 热卖", attributes=attrs_b, category=cat_b)
    fa, fb = lint_pair(a, b)
    assert {f.rule for f in fa} == {f.rule for f in fb} == ({expected} if expected else set())


@pytest.mark.parametrize("cell,expected", [
    (PICTURE_A, "a1b2c3d4e5f60718293a4b5c6d7e8f90"),
    ("aaaa:1:1:|;bbbb:1:0:|;", "bbbb"),                              # the main one is at position 0
    (":1:0:|https://img.example.com/p.jpg;", "img.example.com/p.jpg"),
    ("https://img.example.com/p.jpg;https://img.example.com/q.jpg", "img.example.com/p.jpg"),
    ("", None),
])
def test_main_picture(cell, expected):
    assert main_picture({"picture": cell}) == expected


def test_every_member_names_the_others():
    titles = ["木质 衣架 防滑 20只", "防滑 木质 衣架 20只", "木质 衣架 20只 防滑 包邮", "木质 相框 摆台 7寸"]
    fs = lint_pair_many([make_listing(row=i + 1, id=f"H{i}", title=t) for i, t in enumerate(titles)])
    assert [sorted(f.related for f in x) for x in fs] == [[(2, 3)], [(1, 3)], [(1, 2)], []]
    assert fs[0][0].related_ids == ("H1", "H2")
    assert all(f.rule == "DUP002" for x in fs for f in x)


def test_exact_copies_are_dup001_not_also_dup002():
    fs = lint_pair_many([make_listing(row=i, title="竹制 砧板 加厚 家用", description="整竹") for i in (1, 2)])
    assert [[f.rule for f in x] for x in fs] == [["DUP001"], ["DUP001"]]


@pytest.mark.parametrize("options,expected", [
    ({"max_inserted": 0.0}, None),                        # no padding allowed at all
    ({"min_title_chars": 40}, None),                      # titles this short are not compared
    ({"similarity": 0.99}, "DUP002"),                     # containment alone still admits it
    ({}, "DUP002"),
])
def test_thresholds_are_options(options, expected):
    s = replace(DUP, rule_settings={"DUP002": options})
    a = make_listing(row=1, title="床边 置物架 免打孔 卧室")
    b = make_listing(row=2, title="床边 置物架 免打孔 卧室 落地")
    fa, fb = lint_pair(a, b, s)
    assert {f.rule for f in fa} == ({expected} if expected else set())


def test_pictures_can_be_switched_off():
    s = replace(DUP, rule_settings={"DUP004": {"pictures": False}})
    a = make_listing(row=1, title="玻璃花瓶 北欧", extra={"picture": PICTURE_A})
    b = make_listing(row=2, title="陶瓷花盆 多肉", extra={"picture": PICTURE_A})
    assert lint_pair(a, b, s) == [[], []]


def _write_csv(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "title", "description"])
        w.writeheader()
        w.writerows(rows)
    return path


def test_against_store_cli(tmp_path, capsys):
    from listlint.cli import main
    new = _write_csv(tmp_path / "new.csv", [
        {"id": "N1", "title": "家用 加厚纯棉毛巾 洗脸巾 包邮", "description": ""},
        {"id": "N2", "title": "儿童 保温水壶 吸管 316不锈钢", "description": ""},
        {"id": "S3", "title": "竹纤维 浴巾 大号 吸水", "description": "updated"},   # a store listing, updated
    ])
    store = _write_csv(tmp_path / "store.csv", [
        {"id": "S1", "title": "加厚纯棉毛巾 家用 洗脸巾", "description": ""},
        {"id": "S2", "title": "宠物 梳子 去浮毛", "description": ""},
        {"id": "S2b", "title": "宠物 梳子 去浮毛", "description": ""},               # store-only group
        {"id": "S3", "title": "竹纤维 浴巾 大号 吸水", "description": "old"},
    ])
    out = tmp_path / "r.json"
    with pytest.raises(SystemExit):
        main(["check", str(new), "--against", str(store), "--select", "DUP", "--format", "json", "-o", str(out)])
    items = json.loads(out.read_text(encoding="utf-8"))["items"]
    assert [it["id"] for it in items] == ["N1", "N2", "S3"]          # store items are not linted
    f, = items[0]["findings"]
    assert f["rule"] == "DUP002" and f["related"] == [] and "S1" in f["message"]
    assert items[1]["findings"] == [] and items[2]["findings"] == []


def test_against_store_related_ids():
    store = [make_listing(row=1, id="S1", title="加厚纯棉毛巾 家用 洗脸巾")]
    new = [make_listing(row=1, id="N1", title="家用 加厚纯棉毛巾 洗脸巾 包邮"),
           make_listing(row=2, id="N2", title="加厚纯棉毛巾 家用 洗脸巾")]
    report = lint_records(new, DUP, against=store)
    f1 = next(f for f in report.items[0].findings if f.rule == "DUP002")
    assert f1.related == (2,) and set(f1.related_ids) == {"N2", "S1"}


def _bench_module():
    spec = importlib.util.spec_from_file_location("bench_duplicates", ROOT / "bench" / "duplicates.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_generated_10k_export_finds_every_planted_group(tmp_path):
    rows, groups = _bench_module().generate_listings(10_000, seed=11)
    path = _write_csv(tmp_path / "gen.csv", rows)
    report = lint_path(str(path), DUP)
    flagged = {it.id for it in report.items if it.findings}
    assert len(report.items) == 10_000 and len(groups) > 50
    missed = [g for g in groups if sum(m in flagged for m in g) < len(g) - 1]
    assert missed == []
    false_alarms = sorted(i for i in flagged if not i.startswith("G"))
    assert false_alarms == []


def test_text_report_shows_each_group_once(tmp_path, capsys):
    from listlint.cli import main
    path = _write_csv(tmp_path / "t.csv", [
        {"id": "A", "title": "加厚毛巾 红色款 纯棉", "description": ""},
        {"id": "B", "title": "加厚毛巾 蓝色款 纯棉", "description": ""},
        {"id": "C", "title": "加厚毛巾 黑色款 纯棉", "description": ""},
    ])
    with pytest.raises(SystemExit):
        main(["check", str(path), "--select", "DUP", "--no-color"])
    out = capsys.readouterr().out
    assert out.count("duplicate group") == 1
    assert "红色款" in out and "蓝色款" in out and "黑色款" in out


# --- the signature reads the title's shared norm view: same text as normalising it afresh ----
@pytest.mark.parametrize("title, brand_cell", [
    ("２０２４新款 ＮＩＫＥ　运动鞋【男款】", "耐克/ＮＩＫＥ"),
    ("連衣裙 夏季 碎花（紅色）", ""),
    ("𝐍𝐈𝐊𝐄 跑步鞋 🔥爆款🔥", "𝐍𝐈𝐊𝐄"),        # beyond U+FFFF: read with the full table
    ("iPhone15 手机壳\u200b 磨砂", "Apple/苹果"),
    ("", "无品牌"),
])
def test_signature_text_matches_fresh_normalisation(title, brand_cell):
    from listlint.dup.signature import build_signature, spaced_text
    from listlint.lexicon import load_lexicon
    from listlint.rules.context import ItemContext
    from listlint.text.normalize import SEPARATOR_RUN, normalize_text, squeeze_text
    listing = make_listing(title=title, description="<p>纯棉 面料</p>", brand=brand_cell)
    sig = build_signature(ItemContext(listing, load_lexicon(), Settings()))
    fresh = SEPARATOR_RUN.sub(" ", normalize_text(title).replace("\x00", " ")).strip()
    assert sig.text == fresh == spaced_text(title)
    assert sig.brand == "/".join(sorted({squeeze_text(p) for p in brand_cell.split("/")} - {""}))


# Rows sharing the platform's listing number (宝贝ID) are SKU rows of one listing.
SKU_ROW_EXPORTS = [
    # (header, rows, rows expected to carry a DUP finding)
    ("宝贝ID,商家编码,宝贝名称,价格",
     ["6001,A1,纯棉短袖T恤 男 宽松 白色,59", "6001,A1,纯棉短袖T恤 男 宽松 白色,59",
      "6002,A2,纯棉短袖T恤 男 宽松 白色,59"], {1, 3}),
    ("id,title,price",
     ["6001,纯棉短袖T恤 男 宽松 白色,59", "6001,纯棉短袖T恤 男 宽松 白色,59"], set()),
    # a copy re-listed under a new 宝贝ID keeps its 商家编码: still DUP004 (and DUP001)
    ("num_id,outer_id,title,price",
     ["7001,X9,加厚珊瑚绒毯子 单人,59", "7002,X9,加厚珊瑚绒毯子 单人,59"], {1, 2}),
    # num_id 0: not uploaded yet, no listing number to share
    ("num_id,title,price",
     ["0,加厚珊瑚绒毯子 单人,59", "0,加厚珊瑚绒毯子 单人,59"], {1, 2}),
]


@pytest.mark.parametrize("header,rows,flagged", SKU_ROW_EXPORTS)
def test_sku_rows_of_one_listing_are_not_duplicates(tmp_path, header, rows, flagged):
    path = tmp_path / "export.csv"
    path.write_text("\n".join([header] + rows) + "\n", encoding="utf-8")
    report = lint_path(str(path), DUP)
    assert {it.row for it in report.items if it.findings} == flagged


def test_bare_copy_joins_only_a_strictly_largest_measure_part():
    from listlint.api import lint_records
    base = dict(brand="辣小乐", category="零食>辣条")
    rows = [dict(base, id="a", title="辣条 单包 尝鲜", attributes="品牌:辣小乐;型号:LXL-106;净含量:106g"),
            dict(base, id="b", title="辣条 十包 家庭装", attributes="品牌:辣小乐;型号:LXL-106;净含量:106g*10"),
            dict(base, id="c", title="辣条 怀旧 零食", attributes="品牌:辣小乐;型号:LXL-106")]
    # one part each: the copy without a measure could copy either, so nothing is grouped
    assert not [f for it in lint_records(rows).items for f in it.findings if f.rule == "DUP004"]
    rows.append(dict(base, id="d", title="辣条 十包 宿舍", attributes="品牌:辣小乐;型号:LXL-106;净含量:10*106g"))
    got = {it.id for it in lint_records(rows).items for f in it.findings if f.rule == "DUP004"}
    assert got == {"b", "c", "d"}


@pytest.mark.parametrize("ta,tb,attrs_a,attrs_b,expected", [
    # two barcodes are two products: a reworded title is no copy of the other; a flavour apart is
    # still one product split into listings
    ("草原牧歌 风干牛肉干 香辣 250g 内蒙古手撕牛肉", "草原牧歌 风干牛肉干 原味 250g 内蒙古手撕牛肉",
     "品牌:草原牧歌;条形码:6921110300165", "品牌:草原牧歌;条形码:6921110300158", {"DUP003"}),
    ("草原牧歌 风干牛肉干 香辣 250g 内蒙古手撕牛肉", "草原牧歌 风干牛肉干 原味 250g 内蒙古手撕牛肉",
     "品牌:草原牧歌", "品牌:草原牧歌", {"DUP002"}),
    ("草原牧歌 风干牛肉干 250g 内蒙古手撕牛肉 特产", "草原牧歌 风干牛肉干 250g 内蒙古手撕牛肉 零食",
     "品牌:草原牧歌;条形码:6921110300165", "品牌:草原牧歌;条形码:6921110300158", set()),
])
def test_different_codes_are_no_reworded_copy(ta, tb, attrs_a, attrs_b, expected):
    a = make_listing(row=1, id="A", title=ta, description="风干牛肉干", attributes=attrs_a)
    b = make_listing(row=2, id="B", title=tb, description="风干牛肉干", attributes=attrs_b)
    fa, fb = lint_pair(a, b)
    assert {f.rule for f in fa} == {f.rule for f in fb} == expected


# A model's listings by pack: a multi-pack beside single listings is another product; a copy
# written with the pack in numerals (三条装), or with 数量:1 counting the order unit, or without the
# battery count of a kit, is the same one
@pytest.mark.parametrize("a,b,dup", [
    (("公牛 插座 GN-B3050 五孔 三条装", "品牌:公牛;型号:GN-B3050"), ("公牛 插座 GN-B3050 五孔 3条装", "品牌:公牛;型号:GN-B3050"), True),
    (("绿联 Type-C数据线 1米 3条装", "品牌:绿联;型号:US287;数量:1"), ("绿联 数据线 Type-C 1米 3条装 快充", "品牌:绿联;型号:US287"), True),
    (("得力 锂电钻 DL-6310 12V 双电", "品牌:得力;型号:DL-6310;电池数量:2"), ("得力 12V 锂电钻 双电 DL-6310", "品牌:得力;型号:DL-6310"), True),
    (("迅充 数据线 1m 60W 编织 3条装", "品牌:迅充;型号:XC-CC10;数量:3条"), ("迅充 Type-C数据线1米 60W快充 编织线", "品牌:迅充;型号:XC-CC10"), False),
    (("锐工 12V锂电钻 裸机 不含电池 RG-12", "品牌:锐工;型号:RG-12;电池数量:0块"), ("锐工 12V锂电钻 双电池套装 RG-12", "品牌:锐工;型号:RG-12;电池数量:2块"), False),
])
def test_pack_measure(a, b, dup):
    la = make_listing(row=1, title=a[0], attributes=a[1])
    lb = make_listing(row=2, title=b[0], attributes=b[1])
    fa, fb = lint_pair(la, lb)
    assert ("DUP004" in {f.rule for f in fa}) == dup, [f.rule for f in fa]
