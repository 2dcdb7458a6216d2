"""Absolute terms (ABS001–ABS006): must-match and must-not-match tables per group.

Each must-match row names the field, the input, the rule code and the exact original text of the
span; each must-not-match row is an ordinary text that merely contains a trigger.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from listlint.config import Settings

from ..conftest import lint_one


def abs_findings(field: str, text: str, settings: Settings | None = None, select=("ABS",)):
    return [f for f in lint_one(select=list(select), settings=settings, **{field: text})
            if f.rule.startswith("ABS")]


# --- must match: (field, text, code, original text of the span) ------------------------
SUPERLATIVE = [
    ("title", "最佳送礼选择 好评有奖", "ABS001", "最佳"),
    ("title", "最好的羽绒服 加厚", "ABS001", "最好"),
    ("title", "最佳选择 送礼佳品", "ABS001", "最佳"),
    ("title", "今日最低价 速抢", "ABS001", "最低价"),
    ("title", "这款是最便宜的", "ABS001", "最便宜"),
    ("title", "最先进的降噪技术 耳机", "ABS001", "最先进"),
    ("title", "最高级的面料", "ABS001", "最高级"),
    ("title", "最牛的充电宝", "ABS001", "最牛"),
    ("title", "最好吃的坚果 零食", "ABS001", "最好吃"),
    ("title", "最 好 的 保温杯", "ABS001", "最 好"),
    ("title", "最-好-用的吹风机", "ABS001", "最-好-用"),
    ("title", "最美的风景 拼图", "ABS001", "最美"),
    ("title", "最香的东北大米", "ABS001", "最香"),
    ("title", "最为舒适的床垫", "ABS001", "最为舒适"),
    ("title", "性价比最高的扫地机器人", "ABS001", "性价比最高"),
    ("title", "价格最低 质量好", "ABS001", "价格最低"),
    ("title", "今年最火的包包", "ABS001", "最火"),
    ("title", "最受欢迎的款式", "ABS001", "最受欢迎"),
    ("title", "最畅销单品 连衣裙", "ABS001", "最畅销"),
    ("title", "最新潮的双肩包", "ABS001", "最新"),
    ("title", "最新科技 智能马桶", "ABS001", "最新科技"),
    ("title", "行业最大的品牌工厂", "ABS005", "行业最大"),
    ("title", "最大气的礼盒", "ABS001", "最大"),
    ("title", "最轻便的婴儿车", "ABS001", "最轻"),
    ("title", "THE BEST 口红", "ABS001", "BEST"),
    ("title", "Best 品质 羊毛衫", "ABS001", "Best"),
    ("title", "最優質的茶葉", "ABS001", "最優質"),
    ("title", "ＢＥＳＴ品质", "ABS001", "ＢＥＳＴ"),
    ("title", "最适合宝宝的奶瓶", "ABS001", "最适合"),
    ("title", "最实惠 清仓", "ABS001", "最实惠"),
    ("title", "最多人选择的尺码", "ABS001", "最多人"),
    ("subtitle", "最好用的拖把 没有之一", "ABS001", "最好用"),
    ("shopping_title", "最舒服的T恤", "ABS001", "最舒服"),
]

RANK = [
    ("title", "全店包邮 销量第一", "ABS002", "第一"),
    ("title", "国民第一泡面", "ABS002", "第一"),
    ("title", "销量第一 羽绒服", "ABS002", "销量第一"[2:]),
    ("title", "排名第一的品牌", "ABS002", "第一"),
    ("title", "第一品牌 保温杯", "ABS002", "第一"),
    ("title", "口碑第一名 电饭煲", "ABS002", "第一"),
    ("title", "第 一 品 牌", "ABS002", "第 一"),
    ("title", "第1名 电动牙刷", "ABS002", "第1"),
    ("title", "稳居第一位", "ABS002", "第一"),
    ("title", "行业NO.1 品质保证", "ABS005", "行业NO.1"),
    ("title", "NO.1 面膜", "ABS002", "NO.1"),
    ("title", "ＮＯ．１面膜", "ABS002", "ＮＯ．１"),
    ("title", "TOP1 热卖", "ABS002", "TOP1"),
    ("title", "TOP 1 热卖", "ABS002", "TOP 1"),
    ("title", "ＴＯＰ１ 爆款", "ABS002", "ＴＯＰ１"),
    ("title", "no1 香水", "ABS002", "no1"),
    ("title", "Number One 吸尘器", "ABS002", "Number One"),
    ("title", "销量冠军 爆款", "ABS002", "销量冠军"),
    ("title", "天猫类目榜首", "ABS005", "天猫类目榜首"),
    ("title", "连续三年榜首", "ABS002", "榜首"),
    ("title", "行业领导品牌", "ABS005", "行业领导品牌"),
    ("title", "领导品牌 电热水器", "ABS002", "领导品牌"),
    ("title", "Best Seller 新品", "ABS002", "Best Seller"),
    ("title", "送礼首选 茶叶礼盒", "ABS002", "首选"),
    ("title", "首家纳米工艺", "ABS002", "首家"),
    ("title", "首创专利设计", "ABS002", "首创"),
    ("title", "首款折叠屏", "ABS002", "首款"),
    ("title", "首发 超薄手机", "ABS002", "首发"),
    ("title", "首屈一指的工艺", "ABS002", "首屈一指"),
    ("title", "质量第一品牌", "ABS002", "第一"),
    ("subtitle", "宝妈首选 安全无毒", "ABS002", "首选"),
    ("shopping_title", "销冠 空气炸锅", "ABS002", "销冠"),
]

UNIQUE = [
    ("title", "简单独家秘方", "ABS003", "独家"),
    ("title", "全网唯一正品授权", "ABS005", "全网唯一"),
    ("title", "唯一正品授权店", "ABS003", "唯一"),
    ("title", "独家配方 面霜", "ABS003", "独家"),
    ("title", "独 家 秘 方", "ABS003", "独 家"),
    ("title", "独一无二的设计", "ABS003", "独一无二"),
    ("title", "仅此一家 欢迎选购", "ABS003", "仅此一家"),
    ("title", "史无前例的低价", "ABS003", "史无前例"),
    ("title", "前所未有的舒适体验", "ABS003", "前所未有"),
    ("title", "无与伦比的音质", "ABS003", "无与伦比"),
    ("title", "绝无仅有 限量", "ABS003", "绝无仅有"),
    ("title", "獨家配方", "ABS003", "獨家"),
    ("subtitle", "无可替代的经典款", "ABS003", "无可替代"),
]

GRADE = [
    ("title", "国家级品质 放心用", "ABS004", "国家级"),
    ("title", "國家級工藝", "ABS004", "國家級"),
    ("title", "世界级工艺", "ABS004", "世界级"),
    ("title", "殿堂级音质 耳机", "ABS004", "殿堂级"),
    ("title", "顶级面料 衬衫", "ABS004", "顶级"),
    ("title", "頂級 牛排", "ABS004", "頂級"),
    ("title", "极品大红袍", "ABS004", "极品"),
    ("title", "王牌产品", "ABS004", "王牌"),
    ("title", "至尊享受 按摩椅", "ABS004", "至尊"),
    ("title", "巅峰之作", "ABS004", "巅峰"),
    ("title", "终极降噪耳机", "ABS004", "终极"),
    ("title", "极致性价比", "ABS004", "极致"),
    ("title", "颜值天花板 水杯", "ABS004", "颜值天花板"),
    ("title", "无敌好用 清洁剂", "ABS004", "无敌"),
    ("title", "尖端科技", "ABS004", "尖端"),
    ("shopping_title", "顶尖工艺 皮鞋", "ABS004", "顶尖"),
]

SCOPE = [
    ("title", "精选原料 全网销量第一位", "ABS005", "全网销量第一"),
    ("title", "国内只有唯一一家", "ABS005", "国内只有唯一"),
    ("subtitle", "双11 全网最低价", "ABS005", "全网最低价"),
    ("subtitle", "双11期间 史上最强", "ABS005", "史上最强"),
    ("title", "全网最低价 清仓", "ABS005", "全网最低价"),
    ("title", "全網最低價", "ABS005", "全網最低價"),
    ("title", "全 网 最 低 价", "ABS005", "全 网 最 低 价"),
    ("title", "全国销量第一", "ABS005", "全国销量第一"),
    ("title", "全球首发 新品", "ABS005", "全球首发"),
    ("title", "全球新品首发", "ABS005", "全球新品首发"),
    ("title", "史上最强 续航", "ABS005", "史上最强"),
    ("title", "史上最低价 清仓", "ABS005", "史上最低价"),
    ("title", "天下第一 好茶", "ABS005", "天下第一"),
    ("title", "全网独家 授权", "ABS005", "全网独家"),
    ("title", "同价位最好的耳机", "ABS005", "同价位最好"),
    ("title", "世界顶级工艺", "ABS005", "世界顶级"),
    ("title", "中国行业第一品牌", "ABS005", "中国行业第一"),
    ("title", "国内首家 纳米工艺", "ABS005", "国内首家"),
    ("title", "技术遥遥领先", "ABS005", "遥遥领先"),
    ("title", "行业领先的降噪", "ABS005", "行业领先"),
    ("title", "世界之最", "ABS005", "世界之最"),
    ("title", "性能碾压同级", "ABS005", "碾压"),
    ("title", "吊打同价位", "ABS005", "吊打"),
    ("title", "全网最低", "ABS005", "全网最低"),
    ("subtitle", "全网价格最低", "ABS005", "全网价格最低"),
    ("title", "本店全网最低价", "ABS005", "全网最低价"),
    ("title", "全国销量领先 保温杯", "ABS005", "全国销量领先"),
    ("title", "全网人气领跑 跑鞋", "ABS005", "全网人气领跑"),
    ("description", "<p>同价位 口碑霸榜</p>", "ABS005", "同价位 口碑霸榜"),
]

CERTAINTY = [
    ("title", "补充100%天然维C", "ABS006", "100%"),
    ("title", "绝对正品 假一赔十", "ABS006", "绝对"),
    ("title", "绝对不掉色", "ABS006", "绝对"),
    ("title", "质量绝 对 好", "ABS006", "绝 对"),
    ("title", "100%正品", "ABS006", "100%"),
    ("title", "100% 有效", "ABS006", "100%"),
    ("title", "好评率100%", "ABS006", "100%"),
    ("title", "１００％纯天然", "ABS006", "１００％"),
    ("title", "百分百好评", "ABS006", "百分百"),
    ("title", "百分之百 正品", "ABS006", "百分之百"),
    ("title", "永久保修", "ABS006", "永久"),
    ("title", "永不褪色", "ABS006", "永不"),
    ("title", "永久性脱毛", "ABS006", "永久性"),
    ("title", "万能神器 一瓶搞定", "ABS006", "万能"),
    ("title", "保证有效 无效退款", "ABS006", "保证有效"),
    ("title", "一周保证见效", "ABS006", "保证见效"),
    ("title", "立竿见影 去黑头", "ABS006", "立竿见影"),
    ("subtitle", "永不变形 经久耐用", "ABS006", "永不"),
]

DESCRIPTION = [
    ("description", "<p>这是<b>最好</b>的选择</p>", "ABS001", "最好"),
    ("description", "<p>全网<span>最低价</span>，欢迎选购</p>", "ABS005", "全网<span>最低价"),
    ("description", "<div>销量<strong>第一</strong></div>", "ABS002", "第一"),
    ("description", "<p>独家配方&nbsp;放心使用</p>", "ABS003", "独家"),
    ("description", "<p>采用顶级面料</p><p>做工精细</p>", "ABS004", "顶级"),
    ("description", "<p>永不褪色</p>", "ABS006", "永不"),
    ("description", "<p>最 好 吃 的 苹 果</p>", "ABS001", "最 好 吃"),
    ("description", "<ul><li>TOP1 热卖</li></ul>", "ABS002", "TOP1"),
    ("description", "第一次购买的亲，本店商品是全国销量第一", "ABS005", "全国销量第一"),
    ("description", "<p>最佳赏味期30天</p><p>口感最好的一款</p>", "ABS001", "最好"),
]

MATCH = SUPERLATIVE + RANK + UNIQUE + GRADE + SCOPE + CERTAINTY + DESCRIPTION


@pytest.mark.parametrize("field,text,code,span_text", MATCH, ids=[f"{c}-{t[:12]}" for _, t, c, _ in MATCH])
def test_absolute_must_match(field, text, code, span_text):
    found = abs_findings(field, text)
    assert [(f.rule, f.text) for f in found if f.rule == code] == [(code, span_text)], \
        [(f.rule, f.text) for f in found]


# --- must not match: ordinary words that contain a trigger -------------------------------
NO_MATCH = [
    # a limit stated as a figure, a maker's series, a share named with 量
    ("description", "读取速度：最高可达1050MB/s，写入速度：最高1000MB/s"), ("title", "闪迪 至尊超极速 TF卡 256G"),
    ("title", "桑蚕丝被 含蚕丝量100% 全棉面料"), ("title", "二手iPhone 14 Pro 电池健康100% 99新"),
    ("title", "哈量万能角度尺 0-320° 游标量角器"),
    ("description", "面料：聚氨酯100%（PU仿皮）；里料：聚酯纤维100%"), ("title", "面料材质:聚酰胺纤维(锦纶)100%"),
    ("title", "每盒都有唯一防伪码"), ("description", "荣获最佳设计奖 金属机身"),
    ("description", "山屿起步于2019年，最开始只做一件基础款白T。"), ("description", "所以我们最在意的是背着舒服"),
    ("description", "萎凋和干燥，但最看天气。"), ("description", "第一位原料为鲜鸡肉。配料表第一位是鸡肉"),
    ("description", "<strong>100%新疆长绒棉</strong>"),
    ("title", "全店最畅销 保温杯"),   # within one's own shop, like 本店
    ("description", "建议第一泡快速洗茶，从第二泡开始"), ("description", "第一部于2015年获得雨果奖最佳长篇小说奖。"),
    # named periods bound rankings; names of brands, models and works given in the attributes
    ("title", "2023年度全国销量第一"), ("title", "双11当天销量第一"),
    ("description", "实测约30分钟可充至100%左右"), ("description", "每只手表绑定唯一账号"),
    # leading words without a market scope, or after an ordinary scope phrase
    ("title", "领先一步 跑鞋"), ("title", "领跑者 竞速跑鞋"), ("title", "全国包邮 领先科技"),
    ("title", "霸榜歌曲合集 CD"),
    # 最 in ordinary words, measures, limits and usage hints
    ("title", "最近上新 连衣裙"), ("title", "最后一天 清仓"), ("title", "最终解释权归本店所有"),
    ("title", "最初的梦想 T恤"), ("title", "最大承重200斤"), ("title", "最高温度可达230度"),
    ("title", "最多可放10本书"), ("title", "2024最新款连衣裙"), ("title", "最新连衣裙 女"),
    ("title", "最早明天发货"), ("title", "最重要的是安全"), ("title", "最好冷藏保存"),
    ("title", "最佳赏味期30天"), ("title", "最佳使用温度15-25度"), ("title", "建议最好手洗"),
    ("title", "最好不要暴晒"), ("title", "最低气温零下10度也能穿"), ("title", "最低起订量100件"),
    ("title", "最少起订2件"), ("title", "最小尺寸30cm"), ("title", "最长180cm 可调节"),
    ("title", "最轻2kg"), ("title", "最佳食用期 开封后7天"), ("title", "最近很火的款"),
    ("title", "best friend 闺蜜项链"), ("title", "Bestway 充气泳池"),
    # 第一 as an ordinal or a slogan
    ("title", "第一次买很满意"), ("title", "第一步 打开包装"), ("title", "第一代升级款"), ("title", "吉他弦 第一弦 单根"), ("title", "第一炉香 张爱玲 小说集"), ("description", "不敢说是最好的白茶，但每一斤都出自自家茶园"), ("title", "静安区第一中心小学 校服"),
    ("title", "第一批现货"), ("title", "第一件原价第二件半价"), ("title", "第一时间发货"),
    ("title", "质量第一 服务至上"), ("title", "安全第一"), ("title", "第10代处理器"),
    ("title", "第一层防护"), ("title", "第一天到货"), ("title", "第一季 全集 DVD"),
    ("title", "第一眼就喜欢"), ("title", "第一手货源"), ("title", "第1次使用说明"),
    # NO.1 / TOP as names and numbers
    ("title", "口红 色号No.1 正红色"), ("title", "No.12 款"), ("title", "top10 款式"),
    ("title", "desktop1 电脑"),
    # 首 words
    ("title", "新品首发 限时优惠"), ("title", "首发价199元"), ("title", "设置首选项"),
    ("title", "首次购买"), ("title", "首页推荐"), ("title", "首个月免费"), ("title", "首付分期"),
    # rank look-alikes
    ("title", "冠军奖杯 定制"), ("title", "水龙头 厨房"), ("title", "排行榜 推荐"),
    ("title", "世界冠军同款球拍"),
    # scope words alone
    ("title", "全网通 5G手机"), ("title", "全国包邮"), ("title", "全国联保 正品"),
    ("title", "世界杯纪念品"), ("title", "世界地图 挂图"), ("title", "中国风 旗袍"),
    ("title", "全网热销 爆款"), ("title", "行业标准 GB/T"), ("title", "顶部开口设计"),
    ("title", "抗碾压 不变形"), ("title", "秒杀价 限时"), ("title", "领先一步"),
    # uniqueness and grade look-alikes
    ("title", "每件商品有唯一识别码"), ("title", "唯一的缺点是有点重"), ("title", "独立包装"),
    ("title", "国家标准一级 压榨花生油"), ("title", "特级 西湖龙井"), ("title", "国家级非物质文化遗产 龙泉青瓷"),
    ("title", "王牌对王牌同款"), ("title", "至尊宝紫霞仙子情侣装"), ("title", "笔尖端采用钢珠"),
    ("title", "集成吊顶 天花板 铝扣板"), ("title", "高级灰 毛衣"),
    # certainty look-alikes: content labels, product names, science
    ("title", "100%纯棉T恤"), ("title", "面料：棉100%"), ("title", "成分: 100% 羊毛"),
    ("title", "100%果汁 NFC"), ("title", "销量增长1100%"), ("title", "百分百纯棉"),
    ("title", "万能胶 强力粘合"), ("title", "万能胶水"), ("title", "万能轮 静音"), ("title", "万能表 数字"),
    ("title", "永久自行车 26寸"), ("title", "情侣对戒 永不分离"), ("title", "绝对值误差小于0.1"),
    ("title", "品质保证"), ("title", "交易保证金"), ("title", "持久留香"),
    # self-comparison and named periods (《广告绝对化用语执法指南》第六条)
    ("title", "本店销量第一"), ("title", "本店最受欢迎的款式"), ("title", "本系列最轻的一款"),
    ("title", "2023年度天猫销量冠军"), ("title", "2023年度全国销量第一"), ("title", "3月份类目销量第一"),
    # subtitles, shopping titles, descriptions
    ("subtitle", "最近上新 全国包邮"), ("shopping_title", "第一次购买送赠品"),
    ("description", "<p>最佳赏味期：30天</p><p>第一次食用请少量</p>"),
    ("description", "<p>全国联保，全网通</p><img src='a.jpg'>"),
    ("description", "<table><tr><td>成分</td><td>100%棉</td></tr></table>"),
    ("description", "<p>最大承重：150kg</p><p>最高温度：200℃</p>"),
    ("description", "<p>温馨提示：最好手洗，不要暴晒</p>"),
    ("description", "<p>本店包邮</p><p>第一步：打开包装</p>"),
    # a gear in a spec table, a pen's tip, a textbook's designation
    ("description", "<table><tr><td>送风距离</td><td>约15m（最大档）</td></tr></table>"),
    ("description", "0.01mm极细笔尖（笔头尖端），画内眼线顺手"),
    ("title", "高等数学 第七版 上册 十二五国家级规划教材"),
    ("description", "换粮建议采用七天过渡法：第一至二天新粮占四分之一"),
]


@pytest.mark.parametrize("field,text", NO_MATCH, ids=[t[:14] for _, t in NO_MATCH])
def test_absolute_must_not_match(field, text):
    found = abs_findings(field, text)
    assert not found, [(f.rule, f.text) for f in found]


# --- spans point at the original characters ----------------------------------------------
@pytest.mark.parametrize("field,text,code,span_text", MATCH, ids=[f"{c}-{t[:12]}" for _, t, c, _ in MATCH])
def test_finding_text_is_the_original_substring(field, text, code, span_text):
    for f in abs_findings(field, text):
        assert f.field == field
        assert text[f.start:f.end] == f.text
        assert f.message and f.suggestion and "广告法" in f.basis


def test_one_finding_for_overlapping_terms():
    found = abs_findings("title", "全网最低价")
    assert [(f.rule, f.start, f.end) for f in found] == [("ABS005", 0, 5)]


def test_selecting_one_rule_still_reports_its_part_of_a_scope_claim():
    found = abs_findings("title", "全网最低价", select=("ABS001",))
    assert [(f.rule, f.text) for f in found] == [("ABS001", "最低价")]


def test_every_text_field_is_checked():
    found = lint_one(select=["ABS"], title="最好的杯子", subtitle="销量第一",
                     shopping_title="顶级面料", description="<p>永不褪色</p>")
    assert sorted((f.field, f.rule) for f in found) == [
        ("description", "ABS006"), ("shopping_title", "ABS004"), ("subtitle", "ABS002"), ("title", "ABS001")]


# --- configuration: allow, deny, extra wordlists -----------------------------------------
@pytest.mark.parametrize("fields", [
    {"title": "金至尊黄金手镯 足金", "brand": "金至尊"},
    {"title": "第一财经杂志 订阅", "brand": "第一财经"},
    {"title": "自行车", "brand": "永久", "description": "上海永久，老品牌"},
    {"title": "最好的我们 八月长安 青春小说", "attributes": "书名:最好的我们"},
    {"title": "适用小米10至尊纪念版 手机壳", "attributes": "适用型号:小米10至尊纪念版"},
    # a work named in 《》 in the description is that name where the title writes it bare
    {"title": "世界上最伟大的推销员 奥格·曼狄诺 励志 正版", "description": "<p>书名：《世界上最伟大的推销员》</p>"},
    # …or after a 书名 label, and a book under books opens its title with its bare name
    {"title": "青春小说 正版", "description": "<p>书名：最好的我们</p>"},
    {"title": "最好的我们 八月长安 湖南文艺出版社", "category": "图书>文学>青春文学"},
    {"title": "世界上最伟大的推销员 奥格·曼狄诺 著 正版", "category": "书籍/杂志/报纸>励志"},
])
def test_a_name_given_in_the_attributes_is_not_a_claim(fields):
    assert [f for f in lint_one(select=["ABS"], **fields)] == []


@pytest.mark.parametrize("fields,expected", [
    # the first word of a book title sells, not names (史上最全, 销量第一), or it is not a book
    ({"title": "史上最全 高考数学 真题", "category": "书籍/杂志/报纸>教辅"}, [("ABS005", "史上最全")]),
    ({"title": "销量第一 高考数学 真题", "category": "书籍/杂志/报纸>教辅"}, [("ABS002", "第一")]),
    ({"title": "最好的面膜 补水", "category": "美妆>面膜"}, [("ABS001", "最好")]),
    # a first word that sells: no author, publisher or translator after it
    ({"title": "最权威高考真题汇编 2024 全国卷", "category": "图书>教材教辅"}, [("ABS001", "最权威")]),
    ({"title": "最好的我们 八月长安 著 最好的青春小说", "category": "书籍/杂志/报纸>小说"}, [("ABS001", "最好")]),
])
def test_a_book_title_name_covers_only_the_first_word(fields, expected):
    assert [(f.rule, f.text) for f in lint_one(select=["ABS"], **fields)] == expected


@pytest.mark.parametrize("fields,expected", [
    ({"title": "zuihao音质 入耳式"}, [("ABS001", "zuihao")]),
    ({"title": "上门日常保洁 全市第一口碑"}, [("ABS005", "全市第一")]),
    ({"title": "同城配送 最快30分钟"}, []),
    ({"title": "NFC标签 每枚唯一UID 可编程"}, []),
    ({"title": "精工官方复刻1965年首款潜水表设计"}, []),
    ({"description": "本店自有品牌连衣裙中销量第一的款式"}, []),
    ({"description": "行业品牌中销量第一"}, [("ABS002", "第一")]),
    ({"title": "纪录片《航拍中国》第一季 DVD"}, []),
    ({"title": "《某某》销量第一"}, [("ABS002", "第一")]),
])
def test_pinyin_local_scope_identifiers_history_and_seasons(fields, expected):
    assert [(f.rule, f.text) for f in lint_one(select=["ABS"], **fields)] == expected


def test_a_brand_name_does_not_cover_the_claim_next_to_it():
    found = lint_one(select=["ABS"], title="顶级 金至尊 手镯", brand="金至尊")
    assert [(f.rule, f.text) for f in found] == [("ABS004", "顶级")]


@pytest.mark.parametrize("allow,text,expected", [
    (("第一坊",), "第一坊 手工皂", []),
    (("第一坊",), "第一坊 销量第一", [("ABS002", "第一")]),
    (("/最生活/",), "最生活 毛巾", []),
    ((), "最生活 毛巾", [("ABS001", "最生")]),
    (("顶级",), "顶级面料", []),
])
def test_allow_list(allow, text, expected):
    found = abs_findings("title", text, settings=Settings(allow=allow))
    assert [(f.rule, f.text) for f in found] == expected


def test_deny_adds_a_term():
    s = Settings(deny=(("爆款之王", "ABS001", "warning"),))
    found = abs_findings("title", "爆 款 之 王 T恤", settings=s)
    assert [(f.rule, f.text, f.severity) for f in found] == [("ABS001", "爆 款 之 王", "warning")]
    assert "deny" in found[0].message


def test_extra_wordlist_file(tmp_path):
    p = tmp_path / "shop.yaml"
    p.write_text(
        "family: absolute-term\n"
        "entries:\n"
        "  - id: shop-slang\n"
        "    rule: ABS004\n"
        "    terms: [神仙品质]\n"
        "    message: '“{text}” is a top-level grade word'\n"
        "    suggestion: 改为具体描述\n"
        "    basis: 《广告法》第九条第(三)项\n"
        "    examples: {match: [神仙品质], no_match: [神仙水]}\n", encoding="utf-8")
    found = abs_findings("title", "神仙品质 面霜", settings=Settings(wordlists=(str(p),)))
    assert [(f.rule, f.text, f.message) for f in found] == [("ABS004", "神仙品质", "“神仙品质” is a top-level grade word")]


def test_rule_severity_override():
    s = Settings(rule_settings={"ABS004": {"severity": "warning"}})
    found = abs_findings("title", "顶级面料", settings=s)
    assert [f.severity for f in found] == ["warning"]


def test_findings_stable_across_items():
    """The per-item decision cache never leaks one listing's findings into the next."""
    from listlint.api import lint_records
    from ..conftest import make_listing
    rep = lint_records([make_listing(row=1, title="最好的杯子"), make_listing(row=2, title="普通杯子"),
                        make_listing(row=3, title="最好的杯子")], replace(Settings(), select=("ABS",)))
    assert [len(i.findings) for i in rep.items] == [1, 0, 1]


def test_a_work_named_elsewhere_does_not_cover_a_claim_outside_it():
    fs = lint_one(select=["ABS"], title="世界上最伟大的推销员 全网最低价", description="<p>《世界上最伟大的推销员》</p>")
    assert [f.text for f in fs] == ["全网最低价"]


def test_shade_numbers_listed_in_the_attributes_are_names():
    # 色号:No.1象牙白 No.2自然色: shade names, several to a value, not a ranking
    from listlint.api import lint_records
    r = lint_records([{"title": "遮瑕 粉底液 30ml", "attributes": "色号:No.1象牙白 No.2自然色 No.3小麦色"}])
    assert [f.text for f in r.items[0].findings if f.rule == "ABS002"] == []
    r = lint_records([{"title": "粉底液 No.1 持妆", "attributes": "色号:No.2自然色"}])
    assert [f.text for f in r.items[0].findings if f.rule == "ABS002"] == ["No.1"]
    # the title shortens a listed shade (NO.1豆沙 of NO.1豆沙奶茶): the shade's code is its name
    r = lint_records([{"title": "唇釉 哑光 NO.1豆沙 学生党", "attributes": "颜色分类:NO.1豆沙奶茶/NO.2枫叶红"}])
    assert [f.text for f in r.items[0].findings if f.rule == "ABS002"] == []
    r = lint_records([{"title": "唇釉 哑光 NO.1 销量 学生党", "attributes": "颜色分类:豆沙奶茶/枫叶红"}])
    assert [f.text for f in r.items[0].findings if f.rule == "ABS002"] == ["NO.1"]
    # …but a colour label with a bracketed claim is a claim (黑红色【全网最畅销】)
    r = lint_records([{"title": "汽车坐垫 四季通用", "attributes": "颜色分类:黑红色【全网最畅销】,米色"}])
    assert [f.rule for f in r.items[0].findings if f.rule.startswith("ABS")]
