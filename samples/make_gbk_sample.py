"""Write samples/listings-gbk.csv as Excel on Chinese Windows saves a CSV: GBK, no BOM, CRLF.

Headers differ from listings-utf8.csv on purpose (商家编码/商品标题/商品详情/一口价/属性), so the
sample also exercises column aliases. Every character must exist in GBK (no emoji).

    python samples/make_gbk_sample.py            # rewrites samples/listings-gbk.csv
"""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

OUT = Path(__file__).with_name("listings-gbk.csv")

HEADER = ["商家编码", "商品标题", "商品详情", "一口价", "品牌", "类目", "属性"]
ROWS = [
    ["GB-001", "真丝桑蚕丝睡衣女 夏季短袖套装 家居服", "<p>19姆米真丝，亲肤透气。</p>", "398.00",
     "丝眠", "内衣/睡衣", "品牌:丝眠;颜色分类:香槟色,藕粉"],
    ["GB-002", "最好的真丝眼罩 全网销量第一 遮光睡眠", "<p>顶级桑蚕丝，绝对遮光！</p>", "59.00",
     "丝眠", "内衣/眼罩", "品牌:丝眠"],
    ["GB-003", "老粗布凉席 三件套 纯棉 1.8m床", "<p>手工织造。咨询加威信：liangxi_66</p>", "168.00",
     "", "床品/凉席", "材质:纯棉"],
    ["GB-004", "黑枸杞 青海特级 补肾壮阳 抗衰老 250g", "<p>天天泡水喝，三个月白发变黑。</p>", "79.00",
     "", "滋补/枸杞", "净含量:250g"],
    ["GB-005", "！！！！清仓！！！！ 儿童雨鞋 防滑", "<p>天然橡胶。</p>", "25.00",
     "", "童鞋/雨鞋", "颜色分类:黄色"],
    ["GB-006", "竹纤维洗碗巾 不沾油 厨房抹布 10片装", "<p>吸水快，易清洗，请按需裁剪使用。</p>", "15.90",
     "净邦", "厨房/抹布", "品牌:净邦;规格:10片"],
]


def build() -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(ROWS)
    return buf.getvalue().encode("gbk")


def main() -> int:
    OUT.write_bytes(build())
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
