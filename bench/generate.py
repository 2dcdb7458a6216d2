"""Seeded generator of realistic listing exports for the benchmark.

    python bench/generate.py 100000 -o bench/out/listings-100000.csv [--seed 7]

Each row is about 1 KB of UTF-8: a Chinese title built from a varied vocabulary, a selling
point, an HTML description (paragraphs, spans, images, entities) and the usual columns
(outer_id, price, brand, category, attributes). A few percent of rows carry a violation of
one family (absolute terms, disguised contacts, health claims, personal data, brand
mismatch), and about 2% belong to near-duplicate groups (the same listing re-posted with a
colour word changed or words re-ordered). The same seed always writes the same file.

The output goes to a scratch folder (bench/out/ is git-ignored); the script refuses to write
anywhere inside the repository except there.
"""
from __future__ import annotations

import argparse
import csv
import os
import random
import sys
from pathlib import Path

HEADER = ["outer_id", "title", "subtitle", "price", "brand", "category", "attributes", "description"]

# --- vocabulary: written for this benchmark, wide enough that titles rarely repeat --------------
PRODUCTS = {
    "女装/女士精品": ["连衣裙", "针织开衫", "阔腿裤", "半身裙", "雪纺衫", "风衣", "羊毛大衣", "卫衣", "牛仔外套", "吊带背心"],
    "男装": ["衬衫", "休闲裤", "夹克", "polo衫", "羽绒服", "西装外套", "运动短裤", "冲锋衣", "毛衣", "工装裤"],
    "家居日用": ["收纳盒", "晾衣架", "保温杯", "抱枕", "地垫", "置物架", "毛巾", "餐具套装", "垃圾桶", "衣架"],
    "厨房电器": ["电饭煲", "空气炸锅", "破壁机", "电水壶", "料理机", "烤箱", "豆浆机", "电磁炉", "榨汁杯", "酸奶机"],
    "美容护肤": ["洗面奶", "爽肤水", "面霜", "精华液", "防晒霜", "卸妆油", "面膜", "眼霜", "身体乳", "护手霜"],
    "运动户外": ["登山鞋", "瑜伽垫", "帐篷", "跳绳", "骑行手套", "速干T恤", "登山杖", "睡袋", "护膝", "运动水壶"],
    "数码配件": ["数据线", "充电宝", "蓝牙耳机", "手机壳", "钢化膜", "键盘", "鼠标", "读卡器", "支架", "移动硬盘"],
    "母婴用品": ["婴儿湿巾", "奶瓶", "口水巾", "学步鞋", "安抚玩具", "爬行垫", "儿童餐椅", "纸尿裤", "婴儿帽", "辅食碗"],
    "食品茶饮": ["坚果礼盒", "绿茶", "红枣", "蜂蜜", "挂耳咖啡", "燕麦片", "牛肉干", "饼干", "普洱茶", "果干"],
    "箱包": ["双肩包", "斜挎包", "行李箱", "钱包", "托特包", "腰包", "电脑包", "化妆包", "手提袋", "卡包"],
}
BRANDS = ["悦然", "木槿生活", "北岸", "森屿", "橙意", "禾田", "蓝鲸优选", "简言", "知竹", "云朵朵",
          "暖阳", "麦芽", "山川记", "青橙", "小熊猫", "星河", "栖木", "初见", "南风", "良物"]
ADJECTIVES = ["新款", "简约", "百搭", "宽松", "修身", "轻薄", "加厚", "复古", "韩版", "ins风", "大容量",
              "便携", "静音", "多功能", "家用", "小巧", "耐磨", "防滑", "透气", "保暖", "柔软", "高腰",
              "显瘦", "纯色", "北欧风", "日式", "可折叠", "免安装", "不锈钢", "实木"]
SEASONS = ["2024春季", "夏季", "秋冬", "四季通用", "冬季", "春秋款", "2025新款", "早春"]
AUDIENCE = ["女", "男", "学生", "儿童", "情侣", "宝宝", "中老年", "男女通用", "上班族", "家庭装"]
COLOURS = ["黑色", "白色", "米白", "卡其色", "藏青", "酒红", "雾霾蓝", "浅灰", "墨绿", "奶茶色", "粉色", "燕麦色"]
SIZES = ["S", "M", "L", "XL", "XXL", "均码", "大号", "中号", "小号", "1.5L", "500ml", "20寸"]
MATERIALS = ["纯棉", "涤纶", "真皮", "PU", "不锈钢", "陶瓷", "玻璃", "硅胶", "实木", "亚麻", "羊毛", "铝合金"]
SCENES = ["日常通勤", "居家", "出差旅行", "户外露营", "办公室", "约会", "健身", "送礼", "宿舍", "厨房"]
FEATURES = ["做工细致", "走线整齐", "手感顺滑", "清洗方便", "收纳省空间", "颜色正", "上身效果好",
            "容量够用", "操作简单", "气味很小", "包装结实", "尺寸标准", "边角圆润", "不易变形"]
SENTENCES = [
    "本款采用{material}材质，{feature}，适合{scene}使用。",
    "{colour}和{colour2}两种颜色可选，{feature}。",
    "尺码参考：{size}，不确定尺码可以先咨询在线客服。",
    "我们对每一件{product}都做了出厂检验，{feature}。",
    "细节处理用心，{feature}，{scene}都很合适。",
    "收到后如有问题请联系平台客服，按平台规则处理售后。",
    "实物拍摄，因显示器不同可能略有色差，请以实物为准。",
    "{season}上新，{adjective}设计，{feature}。",
    "温馨提示：{material}制品请避免长时间暴晒，清洗后自然晾干。",
    "发货地：浙江杭州，一般48小时内发出，节假日顺延。",
    "规格：{size}；材质：{material}；颜色：{colour}。",
    "买家反馈{feature}，回购率高，欢迎比较。",
]

# --- violations: one family per injected row -----------------------------------------------------
ABSOLUTE = ["全网最低价", "最好的", "第一品牌", "顶级", "史上最强", "国家级", "销量冠军", "最高级", "绝无仅有", "万能"]
CONTACTS = ["加微信 shop{n}", "V❤：{n}mall", "wx：1 3 8 {a} {b} 1 3 8 0 0 0", "扣扣 {n}{n}", "加 薇 : aa_{n}",
            "联系电话 1{a}9{n}{b}{b}{a}", "一三八零零{cn}一三八零零", "vx同号 15{n}{n}"]
CLAIMS = ["治疗失眠", "100%有效", "祛斑美白 根治色斑", "增强免疫力", "包治百病", "三天瘦十斤", "降血压"]
PRIVACY = ["收货人身份证 11010519{yy}0307{r}", "银行卡号 6222020200{n}{n}"]
CN_DIGITS = "零一二三四五六七八九"


def _fill(rng: random.Random, template: str, product: str, material: str | None = None) -> str:
    # (a listing's spec lines give its own material, as a seller's do: a random one would make
    # every third listing contradict its attributes, which MIS004 reports)
    return template.format(
        material=material or rng.choice(MATERIALS), feature=rng.choice(FEATURES), scene=rng.choice(SCENES),
        colour=rng.choice(COLOURS), colour2=rng.choice(COLOURS), size=rng.choice(SIZES),
        product=product, season=rng.choice(SEASONS), adjective=rng.choice(ADJECTIVES),
    )


def _violation(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(("absolute", "contact", "claim", "privacy"))
    n = str(rng.randint(1000, 9999))
    if kind == "absolute":
        return kind, rng.choice(ABSOLUTE)
    if kind == "contact":
        return kind, rng.choice(CONTACTS).format(n=n, a=rng.randint(0, 9), b=rng.randint(0, 9),
                                                 cn="".join(rng.choice(CN_DIGITS) for _ in range(2)))
    if kind == "claim":
        return kind, rng.choice(CLAIMS)
    return kind, rng.choice(PRIVACY).format(n=n, yy=rng.randint(60, 99), r=rng.randint(1000, 9999))


def _title(rng: random.Random, brand: str, product: str, material: str, colour: str) -> str:
    words = [brand, rng.choice(SEASONS), rng.choice(ADJECTIVES), rng.choice(ADJECTIVES),
             rng.choice(AUDIENCE), product, material, colour]
    # Sellers pad titles with spaces between keyword groups; keep it under 60 GBK bytes.
    title = " ".join(dict.fromkeys(w for w in words if w))
    while len(title.encode("gbk", "replace")) > 60:
        title = title.rsplit(" ", 1)[0]
    return title


def _description(rng: random.Random, product: str, item: int, target: int = 800, material: str | None = None) -> str:
    parts = [f'<div class="desc"><p><img src="https://img.alicdn.com/imgextra/i{item % 4}/'
             f'{rng.getrandbits(40):010x}.jpg" alt="{product}"></p>']
    size = len(parts[0].encode("utf-8"))
    while size < target:
        s = _fill(rng, rng.choice(SENTENCES), product, material)
        r = rng.random()
        if r < 0.25:
            s = f'<p><span style="color:#{rng.getrandbits(24):06x}">{s}</span></p>'
        elif r < 0.35:
            s = f"<p><strong>{s}</strong>&nbsp;&nbsp;</p>"
        elif r < 0.45:
            s = f"<br/>{s}"
        else:
            s = f"<p>{s}</p>"
        parts.append(s)
        size += len(s.encode("utf-8"))
    parts.append("</div>")
    return "".join(parts)


def generate_rows(n: int, seed: int = 7, violation_rate: float = 0.04, duplicate_rate: float = 0.02):
    """Yield n rows (lists of cells, in HEADER order)."""
    rng = random.Random(seed)
    categories = list(PRODUCTS)
    i = 0
    while i < n:
        category = rng.choice(categories)
        product = rng.choice(PRODUCTS[category])
        brand = rng.choice(BRANDS)
        colour = rng.choice(COLOURS)
        material = rng.choice(MATERIALS)
        title = _title(rng, brand, product, material, colour)
        subtitle = f"{rng.choice(FEATURES)}，{rng.choice(FEATURES)}"
        price = f"{rng.randint(9, 1999)}.{rng.choice(('00', '90', '99', '50'))}"
        attributes = f"品牌:{brand};颜色分类:{colour};材质:{material};尺码:{rng.choice(SIZES)}"
        description = _description(rng, product, i, material=material)
        if rng.random() < violation_rate:
            kind, text = _violation(rng)
            if kind == "absolute" and rng.random() < 0.6:
                title = f"{text} {title}"
            else:
                at = description.find("</p>")
                description = description[:at] + text + description[at:]
        if rng.random() < 0.01:  # brand mismatch: the title names another brand
            other = rng.choice([b for b in BRANDS if b != brand])
            title = title.replace(brand, other, 1)
        group = 1
        if rng.random() < duplicate_rate:
            group = rng.randint(2, 4)
        for g in range(min(group, n - i)):
            t = title
            if g:
                words = t.split(" ")
                if rng.random() < 0.5 and len(words) > 3:  # word order shuffled
                    mid = words[1:]
                    rng.shuffle(mid)
                    t = " ".join(words[:1] + mid)
                else:  # another colour word: an SKU split into its own listing
                    t = t.replace(colour, rng.choice(COLOURS)) if colour in t else f"{t} {rng.choice(COLOURS)}"
            yield [f"SKU{seed:02d}{i:08d}", t, subtitle, price, brand, category, attributes, description]
            i += 1


def write_csv(path: str | os.PathLike, n: int, seed: int = 7) -> Path:
    path = Path(path)
    _refuse_repository(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".part")
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(generate_rows(n, seed))
    os.replace(tmp, path)
    return path


def _refuse_repository(path: Path) -> None:
    repo = Path(__file__).resolve().parent.parent
    target = path.resolve()
    scratch = repo / "bench" / "out"
    if (target == repo or repo in target.parents) and scratch not in target.parents:
        sys.exit(f"generate.py: refusing to write {path} inside the repository; use bench/out/ or /tmp")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rows", type=int)
    ap.add_argument("-o", "--output", help="CSV path (default bench/out/listings-<rows>-s<seed>.csv)")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    out = a.output or Path(__file__).resolve().parent / "out" / f"listings-{a.rows}-s{a.seed}.csv"
    p = write_csv(out, a.rows, a.seed)
    print(f"{p}: {a.rows} rows, {p.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
