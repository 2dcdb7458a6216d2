"""Prohibited and restricted goods (BAN): tobacco, drugs, weapons, counterfeits, fake invoices,
gambling and other illegal services, protected wildlife.

All terms, with their basis, severity and exemptions, live in wordlists/prohibited.yaml and come
through the shared automaton; each hit is decided in context by the same helpers as the claims
family (near words for 复刻 + brand, jieba boundaries for 迷药 vs 着迷药). Look-alikes (水枪玩具,
烟灰缸, 药盒, 枪色眼影, 刀叉餐具) are kept silent by the lists' exemptions and by never matching
on single characters such as 枪, 烟, 刀 or 药. Users add goods with `deny` (rule BAN00x) or their
own `wordlists:` files.
"""
from __future__ import annotations

from .claims import TEXT_FIELDS, category_matches, has_hits, lexicon_findings
from .registry import rule

PLATFORM = "《淘宝网禁售商品管理规范》"
MEDICAL_CATEGORIES = ["药品", "医药", "otc", "处方药", "中西药", "药房", "药店"]


_DESCRIPTION = ("Every term comes from wordlists/prohibited.yaml (squeezed view: disguised spacing and "
                "traditional characters match). Extend the list with `deny: [{term: ..., rule: %s}]` "
                "or a `wordlists:` file; silence a local look-alike with `allow`.")


@rule("BAN001", "tobacco", category="prohibited", severity="error",
      basis="《烟草专卖法》；《电子烟管理办法》第十六条；" + PLATFORM,
      summary="Tobacco or e-cigarette products",
      suggestion="下架烟草制品和电子烟（含烟弹、烟油）",
      explanation="Tobacco products may not be retailed over the internet (《烟草专卖法》及实施条例) "
                  "and e-cigarettes, cartridges and e-liquid may not be sold online "
                  "(《电子烟管理办法》第十六条). Accessories are not tobacco: 烟灰缸, 烟斗, 香烟盒 "
                  "(a case), 雪茄剪, 卷烟纸, 戒烟贴, and 烟熏妆 or 烟囱 never match. " + _DESCRIPTION % "BAN001",
      examples_fail=["正品香烟 整条", "电子烟 一次性", "悦刻烟弹", "古巴雪茄"],
      examples_pass=["烟灰缸 水晶", "烟斗 实木", "香烟盒 金属", "戒烟贴", "烟熏妆 眼影盘", "烟囱帽 不锈钢"],
      fields=TEXT_FIELDS)
def check_tobacco(ctx):
    yield from lexicon_findings(ctx, "BAN001")


@rule("BAN002", "drugs", category="prohibited", severity="error",
      basis="《药品管理法》第六十一条、第六十二条；《药品网络销售监督管理办法》；《禁毒法》；" + PLATFORM,
      summary="Prescription drugs, narcotics, psychotropics or knock-out drugs",
      suggestion="下架该药品；具备资质的药店须在药品类目发布并审核处方",
      explanation="Prescription drugs may be sold online only by licensed pharmacies that verify a "
                  "prescription, never in ordinary categories; narcotics, psychotropic drugs and "
                  "迷药/催情药 may never be sold (《药品管理法》第六十一条, 《禁毒法》). Prescription "
                  "entries in a medicine category (`medicine-categories`) are reported at "
                  "`medicine-severity`. 非处方药 and 药盒 do not match. " + _DESCRIPTION % "BAN002",
      options={"medicine-categories": MEDICAL_CATEGORIES, "medicine-severity": "warning"},
      examples_fail=["处方药 阿莫西林", "西地那非片", "迷药 无色无味", "冰毒"],
      examples_pass=["非处方药 维生素C", "药盒 分装", "大麻哈鱼罐头", "布洛芬 收纳袋"],
      fields=TEXT_FIELDS)
def check_drugs(ctx):
    if not has_hits(ctx, "BAN002"):
        return
    licensed = category_matches(ctx, ctx.option("medicine-categories"))
    lower = ctx.option("medicine-severity")

    def severity(d):
        # Only entries marked `medical_severity` (prescription drugs) are lowered for a
        # medicine category; narcotics stay errors everywhere.
        if licensed and d.hit.entry.data.get("medical_severity"):
            return lower
        return d.severity
    yield from lexicon_findings(ctx, "BAN002", severity_for=severity)


@rule("BAN003", "weapons", category="prohibited", severity="error",
      basis="《枪支管理法》；《管制刀具认定标准》；《民用爆炸物品安全管理条例》；" + PLATFORM,
      summary="Guns, replica guns, crossbows, controlled knives, stun devices, explosives",
      suggestion="下架枪支、仿真枪、弩、管制刀具、电击器和爆炸物",
      explanation="Guns, replica guns (仿真枪) and their parts and ammunition, crossbows, controlled "
                  "knives (匕首, 三棱刺, 弹簧刀), stun batons and explosives are prohibited. Toys "
                  "(水枪玩具, 玩具枪 泡沫软弹, 积木步枪), tools (手枪钻, 吹气枪), 枪色眼影 and "
                  "刀叉餐具 do not match; 非管制刀具 is exempt; 防狼喷雾 is a warning. A listing in a "
                  "book category (`book-categories`) is about weapons at most (枪炮、病菌与钢铁, 刀剑图鉴). "
                  + _DESCRIPTION % "BAN003",
      options={"book-categories": ["图书", "书籍", "二手书", "教材", "期刊", "杂志", "古籍"]},
      examples_fail=["金属仿真枪", "十字弩", "三棱刺 军刺", "防身电棍"],
      examples_pass=["水枪玩具 儿童", "玩具枪 泡沫软弹", "枪色眼影", "刀叉餐具", "手枪钻 充电"],
      fields=TEXT_FIELDS)
def check_weapons(ctx):
    if has_hits(ctx, "BAN003") and category_matches(ctx, ctx.option("book-categories")):
        return
    yield from lexicon_findings(ctx, "BAN003")


@rule("BAN004", "counterfeit", category="prohibited", severity="error",
      basis="《商标法》第五十七条；《淘宝规则》出售假冒商品",
      summary="Counterfeit goods (高仿, A货, 莆田鞋, brand + 复刻/原单/1:1)",
      suggestion="只发布有合法来源的商品，删去高仿、A货、复刻、原单、1:1 等用语",
      explanation="高仿, 精仿, A货 and 莆田鞋 name counterfeits on their own (外贸原单 without a "
                  "brand is a warning); 复刻, 原单, "
                  "一比一, 1:1, 纯原 and 公司级 only with a luxury or sports brand (or 大牌/名牌) within "
                  "a few characters, so 复刻经典搪瓷杯, 原单价 and 1:1 比例模型 pass. Statements "
                  "against fakes (拒绝假货) are exempt. " + _DESCRIPTION % "BAN004",
      examples_fail=["高仿包包", "A货手表", "LV 复刻", "一比一 劳力士"],
      examples_pass=["复刻经典 搪瓷杯", "原单价 299", "拒绝假货", "仿真花"],
      fields=TEXT_FIELDS)
def check_counterfeit(ctx):
    yield from lexicon_findings(ctx, "BAN004", skip=lambda field, d: _jade_grade(ctx, field, d))


# In jade trade A货 is a grade (natural, untreated jadeite: A货 / B货 / C货), not a fake: a
# jade listing's A货 is not reported.
_JADE = ("翡翠", "玉", "珠宝", "和田", "冰种", "糯种", "玻璃种")


def _jade_grade(ctx, field: str, d) -> bool:
    if ctx.text(field).view(d.hit.view)[d.start:d.end] != "a货":
        return False
    return category_matches(ctx, _JADE) or any(j in ctx.value("title") for j in _JADE)


@rule("BAN005", "fake-invoice", category="prohibited", severity="error",
      basis="《发票管理办法》第二十一条、第二十二条；《刑法》第二百零五条、第二百零九条",
      summary="Issuing invoices for others or selling invoices (代开发票)",
      suggestion="删除该商品；正常开票写“支持开具发票”",
      explanation="Issuing invoices on behalf of others and buying or selling invoices are illegal "
                  "(《发票管理办法》, 《刑法》第二百零五条). A shop offering its own invoice (可开发票, "
                  "支持开具增值税专用发票) does not match. " + _DESCRIPTION % "BAN005",
      examples_fail=["代开发票", "代开增值税专票", "发票出售"],
      examples_pass=["可开发票", "支持开具增值税专用发票", "发票夹"],
      fields=TEXT_FIELDS)
def check_invoice(ctx):
    yield from lexicon_findings(ctx, "BAN005")


@rule("BAN006", "illegal-service", category="prohibited", severity="error",
      basis="《刑法》第三百零三条、第二百八十条、第二百八十四条；《电子商务法》第十七条；" + PLATFORM,
      summary="Gambling, cheating tools, fake certificates, brushing, spy devices and similar",
      suggestion="下架该商品或服务",
      explanation="Gambling and its tools (赌具, 透视扑克, 出千), exam substitution (代考), fake "
                  "certificates (办证, 假证), fake orders (刷单), credit cash-out (信用卡套现), "
                  "hacking and personal-data lookups, and covert cameras or bugs (针孔摄像头, 窃听器) "
                  "are illegal. Detectors (防偷拍检测仪), anti-gambling posters and ordinary cards or "
                  "麻将机 do not match. " + _DESCRIPTION % "BAN006",
      examples_fail=["透视扑克", "四六级代考", "针孔摄像头", "信用卡套现"],
      examples_pass=["扑克牌", "麻将机 全自动", "防偷拍检测仪", "一套现代简约沙发"],
      fields=TEXT_FIELDS)
def check_illegal_service(ctx):
    yield from lexicon_findings(ctx, "BAN006")


@rule("BAN007", "wildlife", category="prohibited", severity="error",
      basis="《野生动物保护法》第二十四条、第二十八条；《渔业法》第三十条；CITES；" + PLATFORM,
      summary="Protected wildlife products and illegal hunting or fishing gear",
      suggestion="下架该商品；仿制品请写明真实材质，不要使用受保护动物的名称",
      explanation="Products of protected species (象牙, 犀牛角, 虎骨, 玳瑁, 穿山甲甲片, 藏羚羊绒) may "
                  "not be sold (《野生动物保护法》第二十八条), nor may electric-fishing gear (电鱼机, "
                  "《渔业法》第三十条) or mist nets and bird lures (捕鸟网, 诱鸟器, 第二十四条). Colour and "
                  "plant names (象牙白, 象牙果, 玳瑁色), imitations named as such (仿象牙 树脂), toys and books "
                  "(穿山甲 毛绒玩具), 防鸟网 and 炸鱼块 do not match; 玳瑁 and 穿山甲 count only next to a "
                  "word for the animal material (天然, 老料, 甲片, 药材 …). A listing in a book category "
                  "(`book-categories`) is about the animals at most (《穿山甲的小秘密》 科普绘本). "
                  + _DESCRIPTION % "BAN007",
      options={"book-categories": ["图书", "书籍", "二手书", "教材", "期刊", "杂志", "古籍", "绘本", "童书"]},
      examples_fail=["象牙手串 老料", "穿山甲 甲片 中药材", "电鱼机 逆变器", "捕鸟网 粘网"],
      examples_pass=["象牙白 连衣裙", "仿象牙 树脂 摆件", "玳瑁色 眼镜框", "防鸟网 果树", "炸鱼块"],
      fields=TEXT_FIELDS)
def check_wildlife(ctx):
    if has_hits(ctx, "BAN007") and category_matches(ctx, ctx.option("book-categories")):
        return
    yield from lexicon_findings(ctx, "BAN007")

