"""Write samples/taobao-assistant.csv in the 淘宝助理 (Taobao Assistant) export layout.

The layout, as the tool writes it: UTF-16LE with a BOM, TAB between fields, line 1 `version 1.00`,
line 2 the English column keys (the stable names readers map by), line 3 the Chinese column
names (often mojibake in real files, so listlint never reads it), then one record per item with
text fields quoted, quotes inside doubled, and descriptions as multi-line HTML.

The rows are made up for listlint's tests and demos: some clean, some with problems a seller
really makes (absolute terms, a WeChat id hidden in the description, a brand typed in
inputValues that the title contradicts, a medical claim in the 宝贝卖点, a title over 60 bytes).

    python samples/make_taobao_sample.py            # rewrites samples/taobao-assistant.csv
"""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

OUT = Path(__file__).with_name("taobao-assistant.csv")

# (English key, Chinese name). A subset in the tool's order; real exports have 45–81 columns.
COLUMNS = [
    ("title", "宝贝名称"), ("cid", "宝贝类目"), ("seller_cids", "店铺类目"),
    ("stuff_status", "新旧程度"), ("location_state", "省"), ("location_city", "城市"),
    ("price", "宝贝价格"), ("num", "宝贝数量"), ("valid_thru", "有效期"),
    ("freight_payer", "运费承担"), ("description", "宝贝描述"), ("cateProps", "宝贝属性"),
    ("postage_id", "邮费模版ID"), ("picture", "新图片"), ("skuProps", "销售属性组合"),
    ("inputPids", "用户输入ID串"), ("inputValues", "用户输入名-值对"), ("outer_id", "商家编码"),
    ("propAlias", "销售属性别名"), ("num_id", "数字ID"), ("subtitle", "宝贝卖点"),
    ("input_custom_cpv", "自定义属性值"), ("barcode", "商品条形码"), ("shopping_title", "导购标题"),
]

# 20000 = 品牌, 1627207 = 颜色分类, 20509 = 尺码 (the platform's property ids).
ROWS = [
    {
        "title": "新款纯棉宽松短袖T恤女 夏季圆领百搭上衣", "cid": "50000671", "price": "49.00", "num": "200",
        "description": '<p style="text-align:center"><img src="https://img.alicdn.com/imgextra/i1/0000/tshirt-1.jpg"></p>\n'
                       "<p>100%精梳棉，柔软亲肤。</p>\n<p>尺码表见主图，有疑问请旺旺联系客服。</p>",
        "cateProps": "20000:29534;1627207:28320;1627207:28341;20509:28314;20509:28315;",
        "picture": "a1b2c3d4e5f60718293a4b5c6d7e8f90:1:0:|https://img.alicdn.com/imgextra/i1/0000/tshirt-1.jpg;",
        "skuProps": "49.00:100::1627207:28320;20509:28314;49.00:100::1627207:28341;20509:28315;",
        "inputPids": "", "inputValues": "", "outer_id": "TB-T001", "num_id": "600000000001",
        "subtitle": "精梳棉 不起球 不变形", "shopping_title": "纯棉宽松短袖T恤女",
        "propAlias": "1627207:28320:奶白;1627207:28341:雾蓝",
    },
    {
        "title": "全网第一 史上最强 国家级 保温杯316不锈钢男女便携水杯", "cid": "50012459", "price": "89.00", "num": "50",
        "description": '<div class="desc">\n<p>顶级工艺，<b>行业第一</b>！</p>\n<p>保温24小时，"放心"购买。</p>\n</div>',
        "cateProps": "20000:3255648;", "inputPids": "", "inputValues": "",
        "outer_id": "TB-C002", "num_id": "600000000002", "subtitle": "万能保温 永不漏水",
        "shopping_title": "316不锈钢保温杯",
    },
    {
        "title": "手工编织草帽 女 夏 防晒 海边度假遮阳帽", "cid": "50009033", "price": "39.00", "num": "80",
        "description": "<p>纯手工编织，可折叠。</p>\n<p>更多新款请加<span>V</span>：<b>caomao</b>_<b>2024</b></p>\n"
                       '<p>或者 <a href="https://shop.example.net/hat">官网</a> 下单享八折</p>',
        "cateProps": "20000:3227291;", "inputPids": "", "inputValues": "",
        "outer_id": "", "num_id": "600000000003", "subtitle": "", "shopping_title": "",
    },
    {
        "title": "阿迪达斯同款 男子运动跑鞋 透气网面", "cid": "50012906", "price": "159.00", "num": "30",
        "description": "<p>网面透气，鞋底耐磨。</p>",
        "cateProps": "20000:-1;", "inputPids": "20000", "inputValues": "安踏",
        "outer_id": "TB-S004", "num_id": "600000000004", "subtitle": "", "shopping_title": "",
    },
    {
        "title": "艾草足贴 睡眠贴 去湿气 100贴", "cid": "50023750", "price": "29.90", "num": "500",
        "description": "<p>艾草精华，热敷舒适。</p>\n<p>连用一周，<font color=red>根治失眠、降血压</font>。</p>",
        "cateProps": "20000:-1;", "inputPids": "20000,13021751", "inputValues": "艾家,AJ-100",
        "outer_id": "TB-Z005", "num_id": "600000000005", "subtitle": "治疗风湿 药到病除",
        "shopping_title": "艾草足贴",
    },
    {
        "title": "秋冬加厚连帽卫衣男宽松潮牌ins港风情侣装百搭学生外套上衣男士卫衣", "cid": "50000436",
        "price": "119.00", "num": "60",
        "description": "<p>380g 加绒面料。</p>", "cateProps": "20000:-1;",
        "inputPids": "20000", "inputValues": "野原", "outer_id": "TB-W006", "num_id": "600000000006",
        "subtitle": "", "shopping_title": "★★★加厚卫衣★★★",
    },
    {
        "title": "实木儿童书桌 可升降 学习桌椅套装", "cid": "50020840", "price": "699.00", "num": "12",
        "description": '<table><tr><td>材质</td><td>新西兰松木</td></tr>\n<tr><td>桌面</td><td>100×60cm</td></tr></table>\n'
                       "<p>安装视频见详情页，有问题请在旺旺留言。</p>",
        "cateProps": "20000:-1;", "inputPids": "20000", "inputValues": "木童",
        "outer_id": "TB-D007", "num_id": "600000000007", "subtitle": "可升降 四档调节",
        "shopping_title": "实木升降儿童书桌",
    },
]


def build() -> bytes:
    buf = io.StringIO(newline="")
    buf.write("version 1.00\r\n")
    writer = csv.writer(buf, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([en for en, _ in COLUMNS])
    writer.writerow([zh for _, zh in COLUMNS])
    for row in ROWS:
        # The tool quotes every text cell; numbers and ids go bare.
        cells = []
        for en, _ in COLUMNS:
            value = row.get(en, "")
            if en in ("cid", "price", "num", "num_id", "postage_id", "valid_thru", "freight_payer",
                      "stuff_status"):
                cells.append(value or {"valid_thru": "7", "freight_payer": "2", "stuff_status": "1"}.get(en, "0"))
            else:
                cells.append('"' + value.replace('"', '""') + '"')
        buf.write("\t".join(cells) + "\r\n")
    return b"\xff\xfe" + buf.getvalue().encode("utf-16-le")


def main() -> int:
    OUT.write_bytes(build())
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
