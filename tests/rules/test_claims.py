"""False claims (CLM001–CLM004): must-match and must-not-match side by side.

Each case is a title (or a description) and the exact findings expected: (rule, original text
of the span). An empty list means the text must stay silent for the whole CLM family.
"""
from __future__ import annotations

import pytest

from listlint.config import Settings

from ..conftest import lint_one


def clm(title=None, **fields):
    if title is not None:
        fields["title"] = title
    return sorted((f.rule, f.text) for f in lint_one(select=["CLM"], **fields) if f.rule.startswith("CLM"))


MEDICAL = [
    # must match
    ("葛根粉 丰胸 美体", [("CLM001", "丰胸")]),
    ("丰胸聚拢文胸 无钢圈", [("CLM001", "丰胸")]),
    ("聚拢文胸 无钢圈 小胸", []),
    ("药盒 可分装消炎药等常用药", []),
    ("艾草足贴 专治失眠多梦", [("CLM001", "专治失眠")]),
    ("草本牙膏 根治牙周炎", [("CLM001", "根治")]),
    ("磁疗手链 治疗高血压", [("CLM001", "治疗高血压")]),
    ("蜂胶软糖 抗癌 中老年", [("CLM001", "抗癌")]),
    ("黑苦荞 降血脂 降血压 茶", [("CLM001", "降血脂"), ("CLM001", "降血压")]),
    ("桑叶茶 降糖 控糖", [("CLM001", "降糖")]),
    ("茶树精油 消炎 祛痘", [("CLM001", "消炎")]),
    ("远红外护腰 镇痛 保暖", [("CLM001", "镇痛")]),
    ("玫瑰花茶 疗效好", [("CLM001", "疗效")]),
    ("老鹰茶 药用价值 高", [("CLM001", "药用价值")]),
    ("降压 荞麦枕头 中老年", [("CLM001", "降压")]),
    ("洗鼻盐 告别鼻炎 成人", [("CLM001", "告别鼻炎")]),
    ("足浴粉 脚气克星", [("CLM001", "脚气克星")]),
    ("护眼贴 预防近视 儿童", [("CLM001", "预防近视")]),
    ("酵素 排毒养颜", [("CLM001", "排毒养颜")]),
    ("治 疗 颈 椎 膏药贴", [("CLM001", "治 疗")]),              # disguised spacing
    ("根治腳氣 泡腳粉", [("CLM001", "根治腳氣")]),               # traditional characters
    ("洗手液 抗病毒 家庭装", [("CLM001", "抗病毒")]),
    ("艾灸贴 活血化瘀", [("CLM001", "活血化瘀")]),
    ("泡澡包 药到病除", [("CLM001", "药到病除")]),
    ("枸杞原浆 提高免疫力", [("CLM001", "提高免疫力")]),
    # must not match: everyday functions and words that merely contain a trigger
    ("钙片 防治 骨质疏松", [("CLM001", "防治 骨质疏松")]),
    ("儿童驱蚊手环 户外", []),
    ("护眼台灯 学生 书桌", []),
    ("防晒霜 SPF50+ 户外", []),
    ("保湿面霜 补水 秋冬", []),
    ("治愈系 兔子 毛绒玩偶", []),
    ("超治愈 解压 捏捏乐", []),
    ("DC-DC 降压模块 12V转5V 3A", []),
    ("升降压 稳压 电源模块", []),
    ("主治医师 考试用书 2025", []),
    ("防癌险 成人 体检套餐", []),
    ("近视眼镜 框 超轻 钛架", []),
    ("抗菌 抑菌 洗衣液 家用", []),
    ("药用玻璃瓶 棕色 100ml", []),
    ("电子血压计 家用 上臂式", []),
    ("薄荷清凉 舒缓 止汗露", []),
    ("七天分装 消炎药盒 便携", []),
    ("鼻炎 患者 也能戴 纯棉口罩", []),
    ("糖尿病人 食谱 大全", []),
    # a time during someone else's treatment is no claim
    ("伊丽莎白圈 适用于绝育手术后或皮肤病治疗期间，防止宠物舔舐伤口", []),
    # a disinfection product that calls itself a drug
    ("男用湿巾 国药准字正规药品，可治疗早泄！卫生许可：赣卫消证字（2019）第0086号", [("CLM001", "国药准字")]),
    ("84消毒液 卫消证字（2019）第0086号 本品不是药品，不能代替药物治疗", []),
    # advice to see a doctor, and the medicine's own name, on a health food
    ("本品不能代替药物。肝功能异常者请遵医嘱治疗", []),
    ("已确诊高血压并正在服用降压药的朋友，请继续遵医嘱用药", []),
    ("使用本仪器进行治疗，缓解颈椎病", [("CLM001", "治疗，缓解颈椎病")]),
]


@pytest.mark.parametrize("title,expected", MEDICAL, ids=[c[0] for c in MEDICAL])
def test_medical_claims(title, expected):
    assert clm(title) == sorted(expected)


PRIZE = [
    ("恭喜您中奖 请联系客服", [("CLM002", "恭喜您中奖")]),
    ("下单抽奖必中 限今天", [("CLM002", "抽奖必中")]),
    ("付款即参与 百分百中奖", [("CLM002", "百分百中奖")]),
    ("收藏店铺 免费领取 iPhone 16", [("CLM002", "免费领取 iPhone")]),
    ("晒图 免费送华为手机", [("CLM002", "免费送华为手机")]),
    ("进店0元领金条", [("CLM002", "0元领金条")]),
    ("恭 喜 您 中 奖", [("CLM002", "恭 喜 您 中 奖")]),
    ("恭喜您获得 笔记本电脑", [("CLM002", "恭喜您获得 笔记本电脑")]),
    ("亚克力抽奖箱 大号 透明", []),
    ("年会 抽奖转盘 道具", []),
    ("免费领取 试用装 小样", []),
    ("买两件免费送手机壳", []),
    ("免费送 钢化膜 手机支架", []),
    ("中奖号码 记录本", []),
]


@pytest.mark.parametrize("title,expected", PRIZE, ids=[c[0] for c in PRIZE])
def test_fake_prizes(title, expected):
    assert clm(title) == sorted(expected)


ENDORSEMENT = [
    ("NASA航天技术 太空记忆棉 枕头", [("CLM003", "NASA航天技术")]),
    ("车载净化器 国家航天局联合研发", [("CLM003", "国家航天局联合研发")]),
    ("航天员同款 模型 摆件 儿童玩具", []),
    ("国家认证 宁夏枸杞 头茬", [("CLM003", "国家认证")]),
    ("国家认证3C 插座 转换器", []),
    ("天猫官方活动 清仓价", [("CLM003", "天猫官方活动")]),
    ("聚划算官方补贴 限量", [("CLM003", "聚划算官方补贴")]),
    ("淘宝官方认证 金牌卖家", [("CLM003", "淘宝官方认证")]),
    ("国家领导人推荐 好茶", [("CLM003", "国家领导人推荐")]),
    ("主席同款 毛呢大衣", [("CLM003", "主席同款")]),
    ("政府机关指定 办公用纸", [("CLM003", "政府机关指定")]),
    ("人民大会堂 国宴用酒", [("CLM003", "人民大会堂 国宴用酒")]),
    ("部队专用 军工 手电筒", [("CLM003", "部队专用")]),
    ("中南海特供 大红袍", [("CLM003", "中南海特供")]),
    ("特供白酒 53度 酱香", [("CLM003", "特供")]),
    ("中国驰名商标 老陈醋", [("CLM003", "中国驰名商标")]),
    ("耐克官方旗舰店 正品 运动鞋", []),
    ("主席台桌布 会议室 红色", []),
    ("京东专供款 洗衣凝珠", []),
    ("酒店专供 一次性牙刷", []),
    ("出口专供 纯棉 T恤", []),
    ("国宴菜谱 精装 图书", []),
    ("领导人 传记 合集", []),
    ("学生会主席 竞选 演讲稿", []),
    ("店铺满减活动 每满300减40", []),
    ("独家国家专利抗菌配方（专利申请中）", [("CLM003", "国家专利抗菌配方（专利申请中")]),
    ("国家专利 专利号ZL202310123456.7 抗菌砧板", []),
    ("节电器 国家电网指定产品 省电30%", [("CLM003", "国家电网指定产品")]),
]


@pytest.mark.parametrize("title,expected", ENDORSEMENT, ids=[c[0] for c in ENDORSEMENT])
def test_false_endorsements(title, expected):
    assert clm(title) == sorted(expected)


GUARANTEE = [
    # outcomes no product can promise
    ("风水骨灰盒 风水大师开光 保佑子孙", [("CLM004", "风水大师开光"), ("CLM004", "保佑子孙")]),
    ("改装氙气大灯 保证年检通过 交警查不到", [("CLM004", "保证年检通过"), ("CLM004", "交警查不到")]),
    # a special cosmetic's effect claimed by one with an ordinary filing
    ("焕颜面霜 功效:美白祛斑 备案号:浙G妆网备字2023001234", [("CLM001", "美白")]),
    ("焕颜面霜 补水保湿 备案号:浙G妆网备字2023001234", []),
    ("淡纹面霜 妆网备字2022011234 白天使用请配合防晒", []),
    ("卸妆油 粤G妆网备字2023077001 可以卸掉日常淡妆和防晒", []),   # a remover removes it
    ("智能手表 心率血氧数据仅供日常参考，不能用于疾病诊断或治疗", []),   # a disclaimer
    ("妆前乳 粤G妆网备字2022120311 普通化妆品，不含防晒成分", []),
    ("低频治疗仪 粤械注准20202090321 适用范围：用于缓解肌肉酸痛的辅助治疗", []),
    ("竹炭包 24小时甲醛清零 孕妇可立即入住", [("CLM004", "甲醛清零"), ("CLM004", "孕妇可立即入住")]),
    ("蛋白粉 蓝帽子 国食健字G20050479 保健功能：增强免疫力", []),
    ("美白精华 国妆特字G20200123 妆网备字", []),
    # a good review bought
    ("【好评返现】手机壳 防摔", [("CLM002", "好评返现")]),
    ("五星好评截图发给客服，返现3元红包", [("CLM002", "五星好评截图发给客服，返现")]),
    ("好评如潮 回购率高", []),
    ("益智核桃粉 提高智商 孩子变聪明", [("CLM001", "提高智商"), ("CLM001", "变聪明")]),
    # a registered health food may state its approved function; an ordinary food may not
    ("蛋白粉 蓝帽子保健食品 有助于增强免疫力 国食健注G20160123", []),
    ("蛋白粉 有助于增强免疫力 儿童", [("CLM001", "增强免疫力")]),
    ("芹菜籽茶 告别降压药 中老年", [("CLM001", "告别降压药")]),
    ("人参肽口服液 院士推荐", [("CLM003", "院士推荐")]),
    # a refund promised on a result (not on satisfaction or delivery)
    ("汽车节油器 不省油全额退款", [("CLM004", "不省油全额退款")]),
    ("增高鞋垫 不长高退款", [("CLM004", "不长高退款")]),
    ("生发液 没效果就退钱", [("CLM004", "没效果就退钱")]),
    ("减肥茶 不瘦退款", [("CLM004", "不瘦退款")]),      # a lexicon term and the pattern, one span
    ("T恤 不满意包退 七天无理由", []),
    ("T恤 不合适退款 运费险", []),
    ("定制商品 不发货退款 不退款", []),
    ("水果 坏果包赔 不新鲜包退", []),
    ("一周瘦10斤 懒人 减肥", [("CLM004", "一周瘦10斤")]),
    ("祛痘膏 三天见效", [("CLM004", "三天见效")]),
    ("生发液 无效退款", [("CLM004", "无效退款")]),
    ("美白丸 100%有效", [("CLM004", "100%有效")]),
    ("增高药 一个月长高5cm", [("CLM004", "一个月长高5cm")]),
    ("燃脂贴 瘦了8斤 真实", [("CLM004", "瘦了8斤")]),
    ("祛斑霜 7天淡斑", [("CLM004", "7天淡斑")]),
    ("减肥茶 永不反弹", [("CLM004", "永不反弹")]),
    ("去屑洗发水 立竿见影", [("CLM004", "立竿见影")]),
    ("生发精华 30天长出新发", [("CLM004", "30天长出新发")]),
    ("不瘦包退 酵素", [("CLM004", "不瘦包退")]),
    ("無效 全額退款 祛斑", [("CLM004", "無效 全額退款")]),
    ("黑膏药 一贴见效", [("CLM004", "一贴见效")]),
    ("酵素果冻 连喝15天腰围减5公分", [("CLM004", "连喝15天腰围减5公分")]),
    ("代餐奶昔 坚持吃了一个月瘦了20斤", [("CLM004", "坚持吃了一个月瘦了20斤")]),
    ("美白精华 坚持用28天皮肤白两个度", [("CLM004", "坚持用28天皮肤白两个度")]),
    ("减肥茶 28天喝出好身材", [("CLM004", "28天喝出好身材")]),
    ("荷叶茶 连喝15天，腰围减5公分", [("CLM004", "连喝15天，腰围减5公分")]),
    ("瑜伽垫 跟练30天 瘦10cm", [("CLM004", "跟练30天 瘦10cm")]),
    ("除醛果冻 三天除甲醛", [("CLM004", "三天除甲醛")]),
    ("燃油宝 加一箱见效", [("CLM004", "一箱见效")]),
    ("制氧机 立杆见影", [("CLM004", "立杆见影")]),
    ("英语口语课 30天开口说英语", [("CLM004", "30天开口说")]),
    ("初中数学网课 一个月提分50分", [("CLM004", "一个月提分")]),
    ("练字帖 21天练出一手好字", [("CLM004", "21天练出一手好字")]),
    ("生发液 保证爆毛", [("CLM004", "保证爆毛")]),
    ("游泳培训 包教包会", [("CLM004", "包教包会")]),
    ("21天学通C++ 第8版", []),
    ("数学网课 共30节 每节45分钟", []),
    ("口语课 每天15分钟 开口练习", []),
    ("英语绘本 3天内发货 开口说英语系列", []),
    ("红包会员卡", []),
    ("书包会不会褪色 不会", []),
    ("包白色 帆布包", []),
    ("显瘦阔腿裤 视觉显瘦10cm", []),
    ("空气净化器 24小时甲醛去除率85%", []),
    ("跑步机 连续使用15天后，请检查皮带", []),
    ("跑步机 连续使用15天后请检查皮带", []),
    ("西裤 穿了一个月 裤长减5cm 免费修改", []),
    ("维生素 每天吃2次 每次3粒 30天一疗程", []),
    ("面膜 每周用2次 每次敷15分钟", []),
    ("泡脚包 泡7天，肚子小了一圈", []),
    ("面膜 1片 美白 补水", []),
    ("7天无理由退货 运费险", []),
    ("48小时发货 顺丰包邮", []),
    ("显瘦 连衣裙 100-130斤可穿", []),
    ("保质期12个月 3个月以上宝宝适用", []),
    ("增高鞋垫 内增高5cm 隐形", []),
    ("买2斤减5元 散装坚果", []),
    ("有效成分 烟酰胺 5%", []),
    ("记忆棉 慢回弹 枕头", []),
    ("适合80-120斤 瘦腿裤", []),
    # a cosmetic with a cosmetic filing calling itself medical; a class I device claiming beauty effects
    ("医用面膜 械字号 术后修复 化妆品备案编号：浙G妆网备字2022001234", [("CLM001", "医用")]),
    ("保湿面膜 本品为化妆品，非医疗器械 浙G妆网备字2022001234", []),
    ("医用冷敷贴 豫械备20210123号 7天修复激素脸 祛痘淡印", [("CLM001", "修复激素脸")]),
    ("医用冷敷贴 豫械备20210123号 用于皮肤创面的冷敷护理", []),
    ("医用冷敷贴 国械注准20233140123 祛痘", []),
    # a yield or an exam paper guaranteed
    ("玉米种子 保证亩产2000斤，达不到双倍赔偿", [("CLM004", "保证亩产"), ("CLM004", "达不到双倍赔偿")]),
    ("计算机二级 考前押题卷 命中率100%", [("CLM004", "命中率100")]),
    ("篮球训练 投篮命中率100%练习法", []),
    ("孕妇防辐射服 100%屏蔽辐射 保护胎儿", [("CLM004", "100%屏蔽辐射 保护胎儿")]),
    ("高效氯氰菊酯 杀虫剂 纯天然植物提取，无毒无害，对人畜绝对安全", [("CLM004", "对人畜绝对安全")]),
    ("硅胶 锅铲 食品级 无毒无害 耐高温", []),
    ("古董征集 合作国际拍卖行 保证成交，成交价翻百倍", [("CLM004", "保证成交"), ("CLM004", "成交价翻百倍")]),
    ("数据恢复 保证100%恢复成功", [("CLM004", "保证100%恢复成功")]),
    ("车厘子树苗 保证当年挂果，挂果率100%，不结果全额退款", [("CLM004", "保证当年挂果"), ("CLM004", "挂果率100"), ("CLM004", "不结果全额退款")]),
    ("烟酰胺面膜 坚持敷7天，斑点肉眼可见变淡 粤G妆网备字2022067712", [("CLM001", "斑点肉眼可见变淡")]),
    # a health figure brought down, told as a buyer's result
    ("我爸喝了三个月，空腹血糖从9.8降到6.1，药都减半了", [("CLM004", "血糖从9.8降到6.1")]),
    ("王阿姨喝了一个月 血压160/100降到130/85", [("CLM004", "血压160/100降到130")]),
    ("血压计 测量范围：血压0-280mmHg", []),
    ("如何让血糖回到正常范围：饮食与运动", []),
    # outcomes promised with compensation, IQ, mosquitoes
    ("亩产3000斤保证，达不到包赔", [("CLM004", "达不到包赔")]),
    ("孩子玩了三个月，智商测试提高了20分", [("CLM004", "智商测试提高")]),
    ("用了100%爆护，钓不到鱼全额退款", [("CLM004", "钓不到鱼全额退款")]),
]


@pytest.mark.parametrize("title,expected", GUARANTEE, ids=[c[0] for c in GUARANTEE])
def test_guaranteed_results(title, expected):
    assert clm(title) == sorted(expected)


# ---------------------------------------------------------------- context beyond the words
@pytest.mark.parametrize("text", ["本品不能代替药物治疗疾病", "本品不具有治疗作用", "不能替代药物 治疗"])
def test_negated_medical_words_are_not_claims(text):
    assert clm(description=text) == []


@pytest.mark.parametrize("category,severity", [
    ("医疗器械>家用理疗仪", "info"), ("OTC药品", "info"), ("保健食品", "info"), ("茶饮>花草茶", "error"),
])
def test_medical_category_lowers_severity(category, severity):
    fs = [f for f in lint_one(select=["CLM001"], title="颈椎 治疗仪", category=category)]
    assert [(f.rule, f.severity) for f in fs] == [("CLM001", severity)]


def test_book_category_is_not_a_claim():
    assert clm("糖尿病 治疗 指南 第三版", category="图书>医学") == []
    assert clm("糖尿病 治疗 茶", category="茶叶") == [("CLM001", "糖尿病 治疗")]


def test_state_word_raises_tegong_to_error():
    plain = lint_one(select=["CLM003"], title="特供 白茶")
    state = lint_one(select=["CLM003"], title="军区特供 白茶")
    assert [f.severity for f in plain] == ["warning"]
    assert [f.severity for f in state] == ["error"]


def test_span_points_at_original_text_in_description_html():
    html = "<p>产品介绍</p><p>本品可以<b>根治</b>鼻炎</p>"
    fs = lint_one(select=["CLM001"], description=html)
    assert fs and all(html[f.start:f.end] == f.text for f in fs)
    assert any("根治" in f.text for f in fs)


def test_findings_carry_basis_and_suggestion():
    for title in ("专治失眠", "恭喜您中奖", "天猫官方活动", "三天见效"):
        for f in lint_one(select=["CLM"], title=title):
            assert f.basis.startswith("《") and f.suggestion, (title, f)


def test_allow_silences_a_claim():
    s = Settings(allow=("消炎",))
    assert lint_one(select=["CLM001"], settings=s, title="芦荟胶 消炎") == []


def test_options_can_change_medical_severity():
    s = Settings(rule_settings={"CLM001": {"medical-severity": "warning"}})
    fs = lint_one(select=["CLM001"], settings=s, title="治疗仪", category="医疗器械")
    assert [f.severity for f in fs] == ["warning"]


# Each rule's documented examples are checked for every family in tests/test_rule_examples.py.


# --- per-item memo: the families' hits are grouped once, and only asked-for codes decided ----
@pytest.mark.parametrize("title, decided_codes", [
    ("草本牙膏 根治牙周炎 抽奖必中", ["CLM001", "CLM002"]),   # one decision run per code with hits
    ("纯棉T恤 宽松 圆领", []),                                   # no hit: nothing decided at all
])
def test_family_hits_grouped_once_and_decided_per_code(monkeypatch, title, decided_codes):
    from listlint.rules import claims
    from listlint.rules.context import ItemContext
    grouped, decided = [], []
    group, decide_one = claims.family_hits, claims.decide
    hits_calls = []
    orig_hits = ItemContext.hits

    def counting_group(ctx, field):
        grouped.append(field)
        return group(ctx, field)

    def counting_decide(ctx, field, hit):
        decided.append(hit.entry.rule)
        return decide_one(ctx, field, hit)

    def counting_hits(self, field, rule=None):
        hits_calls.append((field, rule))
        return orig_hits(self, field, rule)

    monkeypatch.setattr(claims, "family_hits", counting_group)
    monkeypatch.setattr(claims, "decide", counting_decide)
    monkeypatch.setattr(ItemContext, "hits", counting_hits)
    fs = lint_one(select=["CLM", "BAN"], title=title)
    assert sorted({f.rule for f in fs}) == decided_codes
    assert sorted(set(decided)) == decided_codes
    # ten rules ask, but the title's hits are read from the automaton once per family prefix
    assert sorted(hits_calls) == [("title", "BAN"), ("title", "CLM")]
    assert grouped.count("title") <= 1 + len(decided_codes)  # the item's codes, then each code


@pytest.mark.parametrize("category,description,fires", [
    # a device in a device category that names its registration states its registered use
    ("医疗器械>理疗仪器>理疗灯", "<p>注册证号见说明书。</p><p>适用范围：用于软组织损伤的辅助治疗。</p>", False),
    # …without naming one, the claim is still reported (at the medical severity)
    ("医疗器械>理疗仪器>理疗灯", "<p>用于软组织损伤的辅助治疗。</p>", True),
    # a registered health food may state its approved function, not a cure beyond it
    ("保健食品>辅助降血糖", "<p>注册证号：国食健注G20170532。</p><p>吃上它就能把降糖药停掉，血糖都降回正常了。</p>", True),
])
def test_registration_named_in_a_device_category(category, description, fires):
    fs = lint_one(select=["CLM001"], title="红外线理疗灯 TDP 落地式", description=description, category=category)
    assert bool(fs) == fires, [f.text for f in fs]


# ---------------------------------------------------------------- CLM005 a false deadline
URGENCY = [
    ("【限时】羊毛围巾 仅剩3条 今晚恢复原价", [("CLM005", "今晚恢复原价")]),
    ("特价最后一天 明天恢复原价", [("CLM005", "最后一天 明天恢复原价")]),
    ("今晚12点后恢复原价 抓紧", [("CLM005", "今晚12点后恢复原价")]),
    # a campaign's own end, a plain comparison, a scarcity note alone
    ("双11活动价 活动结束后恢复原价", []),
    ("秒杀截止今晚24点，活动结束后恢复原价", []),
    ("仅剩3条 欲购从速", []),
    # an "original" price five or more times the one asked
    ("头层牛皮皮带 原价1999现价99", [("CLM005", "原价1999现价99")]),
    ("专柜原价1999元，工厂直销现价仅99元", [("CLM005", "原价1999元，工厂直销现价仅99")]),
    ("原价199 现价159", []),
    # a discount or a count after the word for the price asked
    ("原价299元，现在5折，仅需149元", []),
    ("原价128元 现在2件只要199", []),
    ("吊牌价599元 到手3件 更优惠", []),
    # a countdown in text that stays online
    ("限时秒杀 仅剩10分钟", [("CLM005", "仅剩10分钟")]),
    ("库存仅剩3件 错过再等一年", [("CLM005", "错过再等一年")]),
    ("库存仅剩3件", []),
    ("原价2999 今日仅需99", [("CLM005", "原价2999 今日仅需99")]),
    ("活动最后一天，明天恢复原价", [("CLM005", "最后一天，明天恢复原价")]),
    ("直播间专属 原价399现39 仿羊绒围巾", [("CLM005", "原价399现39")]),
    ("原价399元 直播间专属价39元", [("CLM005", "原价399元 直播间专属价39")]),
    ("原价199现159 围巾", []),
    ("办公课程 倒计时最后2小时，名额仅剩3个", [("CLM005", "倒计时最后2小时")]),
    ("原价1999 限时 9.9", [("CLM005", "原价1999 限时 9.9")]),
    ("原价899元，今日清仓价89元，最后一天！", [("CLM005", "原价899元，今日清仓价89")]),
    ("原价3888元，今日秒杀388元！仅限今天", [("CLM005", "原价3888元，今日秒杀388")]),
    ("原价199元，今日清仓价159元", []),
]


@pytest.mark.parametrize("title,expected", URGENCY, ids=[c[0] for c in URGENCY])
def test_false_urgency(title, expected):
    assert clm(title) == sorted(expected)



NO_ADDITIVE = [
    ("麻辣辣条 纯天然无添加 儿时味道", "配料：小麦粉、大豆油、味精、山梨酸钾", [("CLM006", "纯天然无添加")]),
    ("手工面条 无防腐剂", "配料：小麦粉、苯甲酸钠", [("CLM006", "无防腐剂")]),
    # what is left out is named (无添加蔗糖), a preservative claim beside other additives, no list
    ("纯牛奶 无添加蔗糖", "配料：生牛乳、山梨酸钾", []),
    ("手工面条 无防腐剂", "配料：小麦粉、味精", []),
    ("手工面条 无添加", "纯手工制作", []),
    # the claim after the list, and additives named after 不含/拒绝, are no ingredients
    ("蛋糕 无添加", "配料：小麦粉、鸡蛋、白砂糖、植物油。无添加，无防腐剂", []),
    ("牛奶", "配料：生牛乳、白砂糖。产品特点：零添加，不含防腐剂、色素、香精", []),
    ("面包 无添加", "配料：小麦粉、鸡蛋。拒绝香精色素", []),
    # what the claim names is in the list
    ("牧语 无添加蔗糖 老酸奶", "配料：生牛乳、白砂糖、明胶", [("CLM006", "无添加蔗糖")]),
    ("手工辣椒酱 0添加防腐剂", "配料表：辣椒、菜籽油、山梨酸钾", [("CLM006", "0添加防腐剂")]),
    ("纯牛奶 无添加蔗糖", "配料：生牛乳", []),
    ("辣椒酱 无防腐剂", "配料：辣椒、菜籽油、食盐、白砂糖", []),
    # 0蔗糖; a cosmetic's preservative in its 全成分; a list in the next table cell
    ("全麦粗粮饼干 0蔗糖", "<table><tr><td>配料表</td><td>小麦粉、全麦粉、白砂糖、植物油</td></tr></table>", [("CLM006", "0蔗糖")]),
    ("全麦粗粮饼干 0蔗糖", "配料表：小麦粉、全麦粉、麦芽糖醇、植物油", []),
    ("婴儿面霜 0添加防腐剂", "全成分：水、甘油、丁二醇、苯氧乙醇、乙基己基甘油", [("CLM006", "0添加防腐剂")]),
    ("婴儿面霜 0添加防腐剂", "全成分：水、甘油、丁二醇、1,2-己二醇", []),
]


@pytest.mark.parametrize("title,description,expected", NO_ADDITIVE, ids=[c[0] for c in NO_ADDITIVE])
def test_no_additive_against_the_ingredients(title, description, expected):
    assert clm(title, description=description) == sorted(expected)


@pytest.mark.parametrize("title,expected", [
    ("杨幂代言同款 加绒卫衣女", [("CLM003", "代言同款")]),
    ("茅台镇酱香型白酒 假一赔十万", [("CLM004", "假一赔十万")]),
    ("胶原蛋白肽饮 28天逆龄10岁", [("CLM004", "28天逆龄")]),
    ("假一赔四 天猫正品保障", []),
    ("年会抽奖刮刮卡 定制 恭喜中奖 谢谢参与", []),
    ("恭喜中奖 请联系客服领取", [("CLM002", "恭喜中奖")]),
    ("绯色 明星同款代言 丝绒口红", [("CLM003", "同款代言")]),
    ("英语四级网课 保证一次通过", [("CLM004", "保证一次通过")]),
    ("逆龄精华 抗皱", []),
])
def test_endorsements_compensation_and_ageing(title, expected):
    assert clm(title) == sorted(expected)
