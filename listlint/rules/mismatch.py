"""Mismatch rules (MIS): the title says one thing, the structured fields another.

Basis: 《淘宝规则》滥发信息 — 商品要素不一致 (title, attributes, price or category that do not
describe the same item) is demoted and penalised; naming other brands in a title is 滥用品牌.
Each check reads the fields it needs and stays silent when one is missing (`requires` lets the
run say once which checks could not run). Data lives in wordlists/brands.yaml,
attribute-values.yaml and categories.yaml; logic in the mismatch_* modules.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache, partial

import regex

from ..model import DESCRIPTION_FIELDS
from . import mismatch_brands as brands
from . import mismatch_category as category
from . import mismatch_devices as devices
from . import mismatch_labelled as labelled
from . import mismatch_price as price
from . import mismatch_values as values
from ..text.normalize import squeeze_text
from .mismatch_data import (BASIS, TITLE_LIKE, description_restated_properties, description_spec_pairs, attribute_values, attributes_by_property, data_file, description_attributes,
                            fits_attribute_names, fold_name, norm, stated_by)
from .registry import rule

BASIS_BRAND = "《淘宝规则》滥发信息：滥用品牌（标题品牌与品牌属性不一致）；《商标法》第五十七条"
BASIS_STUFFING = "《淘宝规则》滥发信息：关键词滥用（标题堆砌他人品牌）；《商标法》第五十七条"
BASIS_PRICE = "《淘宝规则》滥发信息：商品要素不一致（价格）；《明码标价和禁止价格欺诈规定》第十九条"
BASIS_CATEGORY = "《淘宝规则》滥发信息：类目错放"
_COLLAB = regex.compile(r"联名|联合款|合作款|×|(?<![a-z])x(?![a-z])", regex.V1)


# --- MIS001 / MIS002 brands -----------------------------------------------------------------
@rule("MIS001", "brand-mismatch", category="mismatch", severity="error", basis=BASIS_BRAND,
      summary="Brand in the title differs from the brand attribute",
      suggestion="标题只写本商品的品牌；适配其他品牌请写“适用于××”",
      explanation="A brand named in a title-like field (title, 宝贝卖点, 导购标题) must be the listing's "
                  "brand (品牌 attribute, brand column, or 淘宝助理 inputPids 20000). Aliases in both "
                  "scripts agree (Nike/耐克, 品牌:adidas/阿迪达斯), as do sub-brands (红米 and 小米). "
                  "Naming a device the product fits is not a brand claim: 适用苹果, 兼容华为, for iPhone, "
                  "or a brand on an accessory (苹果手机壳). Ambiguous aliases (小米 the grain, 美的 "
                  "'beautiful') count only with a product word of that brand. Add brands with the "
                  "`extra-brands` option (lists of aliases) or `brands-files` (YAML files like "
                  "wordlists/brands.yaml).",
      options={"extra-brands": [], "brands-files": []},
      examples_fail=["耐克Nike 跑步鞋 | 品牌:李宁", "阿迪达斯 跑步鞋 女 | 品牌:安踏"],
      examples_pass=["阿迪达斯 跑步鞋 | 品牌:adidas/阿迪达斯", "适用华为 P60 手机壳 | 品牌:无品牌"],
      fields=TITLE_LIKE + DESCRIPTION_FIELDS + ("brand", "attributes"), requires=("brand", "attributes"))
def check_brand(ctx):
    yield from _fitted_brand_mismatch(ctx)
    own = brands.listing_brand_values(ctx)
    if not own:
        return
    matcher = brands.matcher_for(ctx)
    other = brands.column_and_attribute_disagree(ctx, matcher) if ctx.value("brand") else None
    if other:
        col = ctx.value("brand")
        yield ctx.finding("brand", "raw", 0, len(col),
                          f"the brand column says “{col.strip()}” but the 品牌 attribute says “{'、'.join(other)}”",
                          suggestion="让品牌列与品牌属性一致")
    no_brand = brands.is_no_brand(own)
    shown = "、".join(own)
    what = "无品牌" if no_brand else f"“{shown}”"
    if not no_brand:
        yield from _description_brand_line(ctx, own)
    if _is_book(ctx) or _is_service(ctx):
        # 华为团队工作法: a book's title names its subject (its 品牌 is the publisher); 空调维修
        # 格力美的海尔通用, 婚车租赁 奔驰: a service names the brands it works on
        return
    own_han = None
    for field in ctx.text_fields(TITLE_LIKE):
        ft = ctx.text(field)
        wrong = []   # [raw start, raw end, hit]: one brand written twice (Nike耐克) is one claim
        for hit, compat in brands.title_brand_hits(ctx, field, matcher):
            if compat or brands.agrees(hit.brand, own, matcher):
                continue
            rs, re_ = ft.to_raw(hit.view, hit.start, hit.end)
            own_han = _own_han_names(ctx, own) if own_han is None else own_han
            if any(n.find(ft.raw[rs:re_]) >= 0 and _inside(ft.raw, rs, re_, n) for n in own_han) \
                    or (not any(_HAN_RUN.search(v) for v in own) and _makers_name(ctx, ft.raw, rs, re_)):
                continue   # 卡帕斯 of 品牌:KAPAS (卡帕斯（KAPAS） in the description) holds 卡帕, not Kappa
            if (wrong and wrong[-1][2].brand.family == hit.brand.family and 0 <= rs - wrong[-1][1] <= 2
                    and not ft.raw[wrong[-1][1]:rs].strip(" /／|·-")):
                wrong[-1][1] = re_
                continue
            wrong.append([rs, re_, hit])
        for rs, re_, hit in wrong:
            text = ft.raw[rs:re_]
            yield ctx.finding(field, "raw", rs, re_,
                              f"the {field} names the brand “{hit.brand.name}” but the brand attribute is {what}",
                              suggestion=f"删去“{text}”，或把品牌属性改为实际品牌；适配请写“适用于{hit.brand.name}”")
    if own and not no_brand:
        yield from _description_brand_claims(ctx, matcher, own, shown)
        yield from _unknown_title_brand(ctx, own, shown)


# The Chinese name a Latin-only brand value goes by, as the listing itself pairs them:
# 卡帕斯（KAPAS）, KAPAS卡帕斯, 品牌：卡帕斯 KAPAS. A known brand inside that name (卡帕 in 卡帕斯) is
# part of the listing's own name.
def _own_han_names(ctx, own) -> frozenset:
    latin = [p for v in own for p in regex.split(r"[/\s]+", v) if len(p) >= 3 and p.isascii() and p.isalpha()]
    if not latin:
        return frozenset()
    alt = "|".join(regex.escape(p) for p in latin)
    # 卡帕斯（KAPAS）, KAPAS/卡帕斯, KAPAS卡帕斯: a short Han name standing whole beside the Latin one,
    # and no brand of the list itself (ZEAL阿迪达斯运动裤, ZEAL耐克 pair the brand with a copied name)
    pair = regex.compile(rf"(?<!\p{{Han}})(\p{{Han}}{{2,4}})\s*[（(/]?\s*(?i:{alt})(?![a-z])|(?<![a-z])(?i:{alt})\s*[（(/]?\s*(\p{{Han}}{{2,4}})(?!\p{{Han}})", regex.V1)
    known = brands.matcher_for(ctx).all_aliases()
    out = set()
    for f in DESCRIPTION_FIELDS + ("attributes",):
        if ctx.value(f):
            for m in pair.finditer(ctx.text(f).view("norm")):
                name = m.group(1) or m.group(2)
                # (耐克气垫, 耐克同款: a listed brand and two more characters is that brand's product)
                if name not in known and not any(name[i:j] in known for i in range(len(name))
                                                 for j in range(i + 2, len(name) + 1) if len(name) - (j - i) >= 2):
                    out.add(name)
    return frozenset(out)


_SPACE = regex.compile(r"\s+")


def _split_by_space(ft, start: int, end: int) -> bool:
    rs, re_ = ft.to_raw("squeezed", start, end)
    m = _SPACE.search(ft.raw, rs, re_)
    if not m:
        return False
    left, right = len(ft.raw[rs:m.start()].strip()), len(ft.raw[m.end():re_].strip())
    return min(left, right) == 1
_HAN_RUN = regex.compile(r"\p{Han}+", regex.V1)
_COMPANY_NAME = regex.compile(r"\p{Han}{4,24}?(?:有限公司|有限责任公司|股份公司)", regex.V1)


def _makers_name(ctx, title: str, start: int, end: int) -> bool:
    """A brand word inside a longer word of the title (卡帕 of 卡帕斯) that the maker's company
    name in the description holds whole (东莞市卡帕斯电子科技有限公司): the maker's own name."""
    run = next((m for m in _HAN_RUN.finditer(title) if m.start() <= start and end <= m.end()), None)
    if run is None or run.end() - run.start() > 5 or (run.start(), run.end()) == (start, end):
        return False
    word = run.group(0)
    return any(word in m.group(0) for f in DESCRIPTION_FIELDS + ("attributes",) if "公司" in ctx.value(f)
               for m in _COMPANY_NAME.finditer(ctx.value(f)))


def _inside(text: str, start: int, end: int, name: str) -> bool:
    i = text.find(name)
    while i >= 0:
        if i <= start and end <= i + len(name):
            return True
        i = text.find(name, i + 1)
    return False


# A title that opens with a name the brand list does not know (金狮王 男士皮带, ANTARC安塔克
# 冲锋衣) while the description opens with the listing's own brand (虎啸 商务自动扣皮带): the title
# was copied from another maker's listing. Only a first word that reads as a name counts: no
# product, no dictionary word, no season or style word, named nowhere else in the listing.
BRAND_OPENING = 6   # squeezed characters: the description must begin with the brand
# (…but an old house's name ends in 号 as often: 云岭号, 福元昌号 on pu'er; not 加大号, 型号)
_SHOP_NAME_HAO = regex.compile(r"\p{Han}{2,4}(?<!大|小|中|型|码|字|账|编|尺|色|序|款|挂|信|记)号", regex.V1)
_NOT_A_NAME_END = regex.compile(r"(?:款|季|风|式|版|型|系列|同款|新品|专用|定制|系|色|码|号|店|家|厂|穿搭|搭配|风格|设计|必备|神器|推荐|好物)$", regex.V1)


def _unknown_title_brand(ctx, own, shown):
    title = ctx.value("title").strip()
    if not title or " " not in title:
        return
    first = title.split()[0]
    key = squeeze_text(first)
    if not 2 <= len(key) <= 16 or key.isdigit() or regex.search(r"[0-9]", key):
        return
    # 星野腕表: a name glued to the product word it sells is that name
    glued = [p for p in category.lexicon().products(key) if p[1] == len(key) and 2 <= p[0] <= 4] \
        if regex.fullmatch(r"\p{Han}+", key) else []
    if glued:
        if key[0] in "无防免抗不加超带可":
            return   # 无钢圈内衣, 防蓝光眼镜, 免打孔置物架: a feature before the product, no name
        first = first[:glued[0][0]] if squeeze_text(first[:glued[0][0]]) == key[:glued[0][0]] else first
        key = key[:glued[0][0]]
    # (two characters ending in 风 are a name as often as a style, 舒风 as 港风: the trade-word
    # list tells them apart)
    if _NOT_A_NAME_END.search(key) and not (len(key) == 2 and key.endswith("风")) and not _SHOP_NAME_HAO.fullmatch(key):
        return
    han = regex.sub(r"[^\p{Han}]", "", key)
    # NEW, INS, Vintage, 勐海: a Latin word or a two-character one is too often no name, unless
    # the two characters come with a Latin name of their own (花辞 Hana.C, 澜肌LANJI): a
    # bilingual name is how a brand, not a place or a style, is written
    second = title.split()[1] if len(title.split()) > 1 else ""
    latin = "".join(_LATIN_NAME.findall(key)) or (second if _LATIN_NAME.fullmatch(second) else "")
    words = brands.brand_words(own)
    # only where the description opens with the listing's own brand (虎啸 商务自动扣皮带) or
    # gives it on a 品牌 line (品牌：坚果铺子): most listings stop at this test
    if not words or not ctx.value("description"):
        return
    head = ctx.text("description").view("squeezed")[:BRAND_OPENING + 8]
    found_at = [head.find(w) for w in words if 0 <= head.find(w) < BRAND_OPENING]
    # (…the brand itself, not a 品牌： label before it)
    opens = any(not _LABEL_BEFORE.search(head[:i]) for i in found_at)
    # (two characters, also cut off a product word, need the description to open with the brand: a
    # 品牌 line is in every spec table, and beside it a trade word the lists lack, 翻领 毛衣,
    # 系带连衣裙, reads as a name)
    # (the dictionary tests come after the cheap ones: jieba loads only for a listing that gets here)
    # (…and the two characters are no dictionary word: 复古 Boho, 纯棉 Cotton, 情侣 Couple are styles)
    bilingual = len(han) == 2 and latin and squeeze_text(latin) not in brands.latin_title_words() and not _dictionary_word(han)
    if not opens and ((len(han) < 3 and not bilingual) or glued or not (found_at or _brand_line_names(ctx, words))):
        return
    if len(han) < 3 and not bilingual and not _two_character_name(ctx, key, han):
        return
    if any(w in ctx.text("title").view("squeezed") for w in words):
        return   # the title names the listing's brand too
    rest = squeeze_text(ctx.value("description") + ctx.value("attributes"))
    if key in rest or category.lexicon().products(key) or (_common_name(key) and not bilingual):
        return   # (a bilingual name's two characters are often two dictionary ones: 澜肌)
    if bilingual and han in rest:
        return
    if brands.title_brand_hits(ctx, "title", brands.matcher_for(ctx)):
        return   # a brand the list knows is MIS001's main check
    rs = ctx.value("title").find(first)
    yield ctx.finding("title", "raw", rs, rs + len(first),
                      f"the title opens with “{first}”, but the brand attribute and the description name “{shown}”",
                      suggestion=f"把标题开头的“{first}”改为实际品牌“{shown}”，或更正品牌属性")


_LATIN_NAME = regex.compile(r"[a-z][a-z.'&-]{2,15}", regex.I)
_LABEL_BEFORE = regex.compile(r"品牌|名称|[:：]")
_FITS_LIST_CLAIM = regex.compile(r"(?:适用于?|适配|兼容|用于)[^，。,;；!！]{0,12}$", regex.V1)


def _fits_list_claim(text: str, c) -> bool:
    """A material in a list of what the product fits (适用强化地板 实木地板): the word after it
    repeats a word of the list since 适用 (地板), which 适用敏感肌 纯棉 does not."""
    m = _FITS_LIST_CLAIM.search(text, max(0, c.start - 14), c.start)
    head = text[c.end:c.end + 2]
    return bool(m) and len(head) == 2 and head in text[m.start():c.start]


def _two_character_name(ctx, key: str, han: str) -> bool:
    """Two characters alone (朗坤 男士长袖衬衫) read as a name only when they are no dictionary
    word, no trade word of the title lists (高腰, 碎花, 骑行, 电竞: jieba's dictionary lacks most
    of them, so the list holds them) and no place, named nowhere in the category path, and the
    listing is no food, farm good, merchandise or book: those titles open with a producing place
    (勐海 普洱, 五常 大米) or a work (原神 周边)."""
    if len(key) != 2 or _dictionary_word(han) or han in brands.han_title_words() \
            or han in _ORIGIN_PLACES or _REGION_CLAIM.fullmatch(han):
        return False
    path = ctx.value("category") or ""
    if han in squeeze_text(path):
        return False
    return not (category.lexicon().listing_categories(path) & {"food", "agriculture", "merch", "books"})


def _brand_line_names(ctx, words) -> bool:
    """The description's 品牌 line names one of `words` (the listing's own brand)."""
    if "品牌" not in ctx.value("description"):
        return False
    norm = ctx.text("description").view("norm")
    return any(any(w in values.squeeze(m.group("v")) for w in words) for m in _BRAND_LINE.finditer(norm))


def _dictionary_word(han: str) -> bool:
    """A dictionary word, or a material, colour or gender word (纯棉, 黑色, 男士) of the MIS data."""
    from ..text.segment import tokenizer
    if (tokenizer().FREQ.get(han) or 0) >= 20:
        return True
    return any(vocab().title_claims(han) for vocab in (values.materials, values.colours, values.genders))


def _common_name(key: str) -> bool:
    """A dictionary word (夏季, 简约) or one made of dictionary words only (轻奢简约) is no name."""
    from ..text.segment import tokenizer
    freq = tokenizer().FREQ
    han = regex.sub(r"[^\p{Han}]", "", key)
    if not han:
        return False   # a Latin name (ANTARC) is a name
    if (freq.get(han) or 0) >= 20:
        return True
    parts = list(tokenizer().cut(han))
    # (a name cut into a character and a word, 果时光 as 果/时光, 洁立方 as 洁/立方, is no compound:
    # a lone character stands in one as a modifier, 小白鞋, 无钢圈, or as a suffix, 高级感, 学生党)
    return len(parts) > 1 and all((freq.get(p) or 0) >= 200 and (len(p) > 1 or p in _MODIFIER_CHARS
                                                                  or (i == len(parts) - 1 and p in _SUFFIX_CHARS))
                                  for i, p in enumerate(parts))


# trade suffixes a word takes (高级感, 学生党, 少女心, 甜美风); an animal or a place after one is a name (森林猫)
_SUFFIX_CHARS = frozenset("感党心风款系型版控族式装色味号范迷性派结袖领裙衫鞋包帽裤衣")
_MODIFIER_CHARS = frozenset("大小新老旧男女童幼白黑红粉蓝绿黄灰紫金银棕橙青纯真全半高低长短宽窄厚薄软硬冷热暖凉轻重单双多"
                            "加超特精极爆潮酷美甜香辣鲜干湿净原手无防免抗不")


def _is_service(ctx) -> bool:
    """A listing in the local-services category (本地化生活服务>家电维修); a goods path that
    merely holds such a word (汽车用品/电子/清洗/改装, 摄影配件) is none."""
    raw = (ctx.value("category") or "").strip()
    return bool(raw) and "services" in category.lexicon().listing_categories(raw)


def _is_book(ctx) -> bool:
    raw = ctx.value("category").strip()
    return bool(raw) and "books" in category.lexicon().listing_categories(raw)


# 品牌：闪能 as a spec line of the description under 品牌:速充: the listing was copied from
# another maker's and half updated (the same check as the brand column against the attribute)
_FITS_BRAND_LINE = regex.compile(r"(?:兼容|适用|适配|用于|支持)", regex.V1)
_BRAND_LINE = regex.compile(r"(?:^|(?<=[\n\s>】，,；;。|]))(?:【品牌(?:名称)?】\s*:?|品牌(?:名称)?\s*:)\s*(?P<v>[^\n，,；;。【<]{1,24})", regex.V1)


def _description_brand_line(ctx, own):
    if "品牌" not in ctx.value("description"):
        return
    ft = ctx.text("description")
    norm = ft.view("norm")
    words = brands.brand_words(own)
    words += brands.family_words(ctx, words)
    for m in _BRAND_LINE.finditer(norm):
        value = m.group("v").strip()
        said = brands.brand_words([value])
        if not said or brands.is_no_brand([value]) or _FITS_BRAND_LINE.search(norm, max(0, m.start() - 10), m.start() + 1):
            continue   # 兼容打印机 品牌：惠普, 适用 品牌：苹果/华为: what it fits
        if not regex.search(r"\p{Han}", value) and not any(regex.search(r"[a-z]", w) for w in words):
            continue   # 品牌：HUXIAO under 虎啸: the name in letters, which cannot be checked
        if any(a in b or b in a or a[:2] == b[:2] for a in said for b in words):
            continue   # (重庆出版集团 and 重庆出版社 are one house)
        yield ctx.finding("description", "norm", m.start("v"), m.start("v") + len(value),
                          f"the description's 品牌 line says “{value}” but the brand attribute is “{'、'.join(own)}”",
                          suggestion="让描述中的品牌与品牌属性一致")
        return


# The description calls the product by another maker's name (美的空气炸锅 in a 九阳 listing,
# 雅诗兰黛经典小棕瓶 under 兰蔻): a brand right before the product the title sells. A
# comparison or a fit (比…更, 媲美, 平替, 适用) and a description that names the own brand too
# are not reported.
_NOT_THE_MAKER_BEFORE = regex.compile(r"(?:比|对比|不输|媲美|平替|替代|代替|仿|类似|同款|适用于?|兼容|配|像|胜过|超越|pk|vs|"
                                   r"用的|之前|以前|原来|换掉|换了|同等|对标|相比|跟|和|与|不是)\s*$", regex.I)
# 苹果手机 安卓通用 蓝牙耳机: a device (or 通用) after the brand is what the product works with
DESCRIPTION_HEAD = 120   # squeezed characters of a description read for a maker's name
# 皇家猫粮同等配方, 美的空气炸锅一样的口感: the product named as a yardstick
_LIKE_AFTER = regex.compile(r"同等|同款|一样|一般|级别|平替|替代|媲美|相当|那样|那种|等品牌|等大牌|等型号|等锅具|等机型")
# …and a brand in what the product fits, named a few words after 适用 (适用…如苏泊尔、美的、爱仕达)
_FITS_CLAUSE = regex.compile(r"(?:适用|适配|兼容|通用于|用于|已测|实测机型|测试机型).{0,24}$", regex.V1)
_DEVICE_AFTER = regex.compile(r"(?:手机|平板|电脑|笔记本|安卓|通用|系统|设备|汽车|车型|主机|电视)")


# 珠江钢琴旗下品牌, 汤臣倍健出品: the maker's parent group, not another brand
_PARENT_AFTER = regex.compile(r"^\S{0,6}?(?:旗下|出品|集团|公司|股份|生产|研发|子品牌|副品牌)")


def _description_brand_claims(ctx, matcher, own, shown):
    fields = ctx.text_fields(DESCRIPTION_FIELDS)
    if not fields or "title" not in ctx.listing.fields:
        return
    own_words = brands.brand_words(own)
    sold = None   # the products the title sells, read once a description needs them
    for field in fields:
        full = ctx.text(field)
        sq_full = full.view("squeezed")
        # cheap tests first: the brand scan is the costly part, and it reads only the opening
        # (DESCRIPTION_HEAD squeezed characters), where a product is called by its maker's name
        if any(v in sq_full for v in own_words):
            continue   # the own brand is named too (a comparison, a part, the parent)
        if sold is None:
            # (适用苹果 华为 小米 on a phone holder names what it fits: no 苹果 or 小米 is sold)
            tsq = ctx.text("title").view("squeezed")
            sold = {w for s0, _, w, _ in category.lexicon().products(tsq)
                    if not category.FITS_BEFORE.search(tsq, max(0, s0 - 4), s0) and not _FITS_CLAUSE.search(tsq, max(0, s0 - 12), s0)}
        if not any(w in sq_full[:DESCRIPTION_HEAD + 10] for w in sold):
            continue
        ft, hits = brands.head_brand_hits(ctx, field, matcher, DESCRIPTION_HEAD)
        sq = ft.view("squeezed")
        if any(brands.agrees(h.brand, own, matcher) for h, _ in hits):
            continue
        for hit, compat in hits:
            if compat:
                continue
            qs, qe = brands._squeezed_span(ft, hit)
            after = sq[qe:qe + 10]
            if _NOT_THE_MAKER_BEFORE.search(sq[max(0, qs - 6):qs]) or _PARENT_AFTER.search(after) \
                    or _FITS_CLAUSE.search(sq, max(0, qs - 30), qs) \
                    or _DEVICE_AFTER.match(after) or _LIKE_AFTER.search(sq, qe, qe + 12):
                continue
            if not any(w in after for w in sold):
                continue
            # (iPhone、三星、小米手机: a brand in a list of makers names what the product fits)
            if any(h.brand.family != hit.brand.family and _listed_together(ft, h, hit) for h, _ in hits):
                continue
            rs, re_ = ft.to_raw(hit.view, hit.start, hit.end)   # the head is a prefix: raw offsets hold
            yield ctx.finding(field, "raw", rs, re_,
                              f"the {field} calls the product a “{hit.brand.name}” one but the brand attribute is “{shown}”",
                              suggestion=f"把描述中的“{hit.text}”改为实际品牌，或更正品牌属性")
            break


_LIST_BETWEEN = regex.compile(r"[\s、,，/和与及或]{1,3}", regex.V1)


def _listed_together(ft, a, b) -> bool:
    """Two brands next to each other in a list (iPhone、三星、小米手机), only separators between."""
    (s1, e1), (s2, e2) = sorted((ft.to_raw(a.view, a.start, a.end), ft.to_raw(b.view, b.start, b.end)))
    return bool(_LIST_BETWEEN.fullmatch(ft.raw, e1, s2))


# What an accessory fits, twice: 适用苹果15 in the title and 适用手机型号:华为Mate60 in the
# attributes sell one case for two phones.
def _fitted_brand_mismatch(ctx):
    names = fits_attribute_names()
    fits = [v for name, vs in ctx.attributes.items() if fold_name(name) in names for v in vs]
    if not fits:
        return
    matcher = brands.matcher_for(ctx)
    listed = set().union(*(matcher.scan_value(v) for v in fits))
    if not listed:
        return   # 通用, 见详情: no brand named
    own = brands.listing_brand_values(ctx)
    for field in ctx.text_fields(TITLE_LIKE):
        for hit, compat in brands.title_brand_hits(ctx, field, matcher):
            if compat and hit.brand.family not in listed and not (own and brands.agrees(hit.brand, own, matcher)):
                yield ctx.finding(field, hit.view, hit.start, hit.end,
                                  f"the {field} says it fits “{hit.brand.name}” but the attributes say it fits "
                                  f"“{'、'.join(fits)}”",
                                  suggestion="让标题中的适用品牌/型号与“适用型号”属性一致")
                return


@rule("MIS002", "brand-stuffing", category="mismatch", severity="error", basis=BASIS_STUFFING,
      summary="Several different brands named in one title",
      suggestion="标题只保留本商品的品牌，删去其他品牌词",
      explanation="Naming other brands to catch their searches (耐克 阿迪达斯 彪马 同款) is keyword abuse. "
                  "Brands named as what the product fits (适用苹果华为) and collaborations (联名, ×) do "
                  "not count. `max-brands` is how many brands one title may name (default 1).",
      options={"max-brands": 1},
      examples_fail=["耐克 阿迪达斯 彪马 同款 运动鞋"],
      examples_pass=["耐克 跑步鞋 男", "绿联 数据线 适用苹果华为小米", "优衣库 x KAWS 联名T恤"],
      fields=TITLE_LIKE, requires=TITLE_LIKE)
def check_stuffing(ctx):
    if _is_service(ctx):
        return   # a repair or rental service lists the brands it works on
    limit = ctx.option("max-brands")
    matcher = brands.matcher_for(ctx)
    own = brands.listing_brand_values(ctx)
    for field in ctx.text_fields(TITLE_LIKE):
        claims = [h for h, compat in brands.title_brand_hits(ctx, field, matcher) if not compat]
        families: list[str] = []
        for h in claims:
            if h.brand.family not in families:
                families.append(h.brand.family)
        if len(families) <= limit:
            continue
        ft = ctx.text(field)
        if _COLLAB.search(ft.view("norm")):
            continue
        mine = next((h.brand.family for h in claims if own and brands.agrees(h.brand, own, matcher)), families[0])
        names = "、".join(dict.fromkeys(h.brand.name for h in claims))
        reported = set()
        for h in claims:
            if h.brand.family == mine or h.brand.family in reported:
                continue
            reported.add(h.brand.family)
            yield ctx.finding(field, h.view, h.start, h.end,
                              f"the {field} names {len(families)} brands ({names}); “{h.text}” is not this item's brand",
                              suggestion=f"删去“{h.text}”")


# --- MIS003 price -----------------------------------------------------------------------------
@rule("MIS003", "price-mismatch", category="mismatch", severity="error", basis=BASIS_PRICE,
      summary="A price stated in the text that the price field does not support",
      suggestion="删去文案中的价格，或让它与一口价/SKU价格一致",
      explanation="Prices written in the title, 宝贝卖点, 导购标题 or description (9.9元, ¥99, 9块9, "
                  "到手价79, 9.9包邮) are compared with the price field, which may be a range (29.9-59.9). "
                  "元起/起/低至 is a lower bound; 到手价/券后 may sit below the field by up to "
                  "`coupon-max-discount` when the listing names the promotion (券, 立减, 满减, 直降, 秒杀 …), "
                  "by up to `unexplained-max-discount` (or 10 yuan) when it names none (到手价699 on a 1299 item); a multi-buy (19.9元3件, 3件19.9) matches either the bundle "
                  "or the unit price. Amounts that are not this item's price (满199减20, 全场99包邮, 原价, 运费, "
                  "定金, 面值) are skipped. In descriptions only prices with a price word (售价, 特价, 到手价 …) count.",
      options={"tolerance": 0.01, "coupon-max-discount": 0.5, "unexplained-max-discount": 0.3, "check-description": True},
      examples_fail=["19.9元3件 T恤 | 价格 59", "9.9元包邮 | 价格 29"],
      examples_pass=["29.9元起 | 价格 29.9-59.9", "19.9元3件 | 价格 6.63"],
      fields=TITLE_LIKE + DESCRIPTION_FIELDS + ("price",), requires=("price",))
def check_price(ctx):
    field_range = price.item_price_range(ctx)
    if field_range is None:
        return
    low, high = field_range
    tol = float(ctx.option("tolerance"))
    # a deal price far below the field is a coupon's only where the listing names one (券后19.9,
    # 领券立减10元); a bare 到手价699 on a 1299 item names none
    # (…though a small item's everyday coupon of 10 yuan may go unnamed: 到手价19.9 on 29.9)
    disc = float(ctx.option("coupon-max-discount"))
    if not _PROMOTION_NAMED.search(ctx.text("title").view("squeezed") + " "
                                   + " ".join(ctx.text(f).view("squeezed") for f in ctx.text_fields(DESCRIPTION_FIELDS))):
        disc = min(disc, max(float(ctx.option("unexplained-max-discount")), _SMALL_COUPON / low if low > 0 else 0.0))
    fields = TITLE_LIKE + (DESCRIPTION_FIELDS if ctx.option("check-description") else ())
    shown = ctx.value("price").strip()
    for field in ctx.text_fields(fields):
        stated_here = price.item_prices(ctx, field, need_keyword=field in DESCRIPTION_FIELDS)
        if not stated_here:
            continue
        text = ctx.text(field).view("norm")
        for p in stated_here:
            if price.supported(p, low, high, tol, disc):
                continue
            if _inside_brand_name(ctx, text, p.start, p.end):
                continue   # 张一元 茉莉花茶: the brand, not a price of one yuan
            stated = text[p.start:p.end]
            extra = f" (= {p.amount / p.count:.2f} each)" if p.count > 1 else ""
            yield ctx.finding(field, "norm", p.start, p.end,
                              f"the {field} states “{stated}”{extra} but the price field is {shown}")


_SMALL_COUPON = 10.0
# (…and the deal prices price.py reads, a multi-buy, a trade-in subsidy: 清仓价, 3件69元, 国补)
# (活动价, 限时优惠, 特惠 name no mechanism: a deal price under them is held to the unexplained share)
_PROMOTION_NAMED = regex.compile(r"券|立减|满减|满[0-9]+减|直降|补贴|国补|以旧换新|红包|折扣|[0-9一二三四五六七八九](?:\.[0-9])?折(?!叠)|折后|"
                                 r"拼团|秒杀|首单|新人(?:价|券|专享|礼|首单)|会员价|叠加|清仓|直播价|预售|"
                                 r"[0-9一二两三四五六七八九十]件[0-9.]+元|[0-9.]+元[0-9一二两三四五六七八九十]件|第二件|任选[0-9一二两三四五六七八九十]", regex.V1)


def _inside_brand_name(ctx, text: str, start: int, end: int) -> bool:
    return any(_inside(text, start, end, part) for b in brands.listing_brand_values(ctx)
               for part in (p.strip() for p in regex.split(r"[/／]", norm(b))) if len(part) >= 2)


# --- MIS004 colour, material, gender ---------------------------------------------------------
@lru_cache(maxsize=1)
def _props() -> dict:
    """Property → (label, vocabulary factory): colour, material, gender and the YAML
    `enumerations` (read on first use, not at import)."""
    props = {"colour": ("颜色", values.colours), "material": ("材质", values.materials),
             "gender": ("性别", values.genders)}
    for prop, spec in data_file("attribute-values.yaml").get("enumerations", {}).items():
        props[prop] = (spec["label"], partial(values.enumeration, prop))
    return props


@lru_cache(maxsize=None)
def _enumeration_exempt(prop: str) -> tuple[str, ...]:
    """An enumeration's `exempt` phrases (squeezed, longest first): title words that hold a
    value word without claiming it."""
    spec = data_file("attribute-values.yaml").get("enumerations", {}).get(prop) or {}
    return tuple(sorted({values.squeeze(x) for x in spec.get("exempt") or ()}, key=len, reverse=True))


# Properties where a title naming the listed value among others describes a product of several
# (不锈钢 电磁炉 玻璃 | 材质:玻璃; 有线无线双模 | 连接方式:有线): all but colour and gender.
_SEVERAL_VALUES_EXCLUDED = ("colour", "gender")
_SEVERAL_FLAVOURS = regex.compile(r"多口味|多种口味|口味可选|口味任选|任选口味|多味可选|混合口味|多味")


_POUND = regex.compile(r"磅|lbs?", regex.I)
_POUND_NOT_WEIGHT = regex.compile(r"球拍|网球拍|羽毛球|壁球|穿线|磅数|(?:打印|复印|铜版|卡|牛皮|双胶|书写|道林|白板|素描|水彩|速写|绘图|宣)纸|纸张|弓|握力|拉力|扩胸|臂力|弹力带|阻力|鱼线|主线|子线|pe线|[0-9]编", regex.V1 | regex.I)
_POUND_PULL_BEFORE = regex.compile(r"(?:可拉|拉|拉力|阻力|磅数)\s*$", regex.V1)
_DOSE_UNIT = regex.compile(r"mg|毫克|μg|ug|微克", regex.I)
_WORKED_NAMES = frozenset(fold_name(n) for n in ("适用材料", "适用材质", "加工材料", "切割材料", "加工材质", "适用对象材质",
                                                   "可切割材料", "可加工材料", "适用工件"))


def _worked_materials(ctx) -> frozenset:
    """Families of the materials a tool works on (适用材料:不锈钢/碳钢), which its title names too."""
    vals = tuple(v for n, vs in ctx.attributes.items() if fold_name(n) in _WORKED_NAMES for v in vs)
    return (_attribute_families("material", vals) or frozenset()) if vals else frozenset()


def _across_space(ft, claim) -> bool:
    if len(claim.word) > 3 or claim.word in ft.view("norm"):
        return False   # written whole somewhere: no offset map needed (it costs more than the check)
    rs, re_ = ft.to_raw("squeezed", claim.start, claim.end)
    return any(ch.isspace() for ch in ft.raw[rs:re_])


def _ascii_edged(word: str) -> bool:
    return (word[:1].isascii() and word[:1].isalnum()) or (word[-1:].isascii() and word[-1:].isalnum())


_NUMBER_RANGE = regex.compile(r"[0-9一二三四五六七八九]\s*[-~～至到]\s*[0-9一二三四五六七八九]")


@lru_cache(maxsize=1)
def _RANGE_SILENT() -> frozenset:
    """Enumerations whose attribute value may be a range of numbered steps (1-3年级)."""
    return frozenset(p for p, spec in data_file("attribute-values.yaml").get("enumerations", {}).items()
                     if spec.get("ranges_unread"))


@lru_cache(maxsize=4096)
def _attribute_families(prop: str, attr_values: tuple[str, ...]) -> frozenset | None:
    """The families one property's attribute values name; None when a value cannot be read
    (no known word, or a colour such as 图片色/混色). Kept per distinct tuple of values: a file
    repeats the same few (颜色分类:黑色;白色, 材质:棉) on most rows."""
    unknown = values.context_words()[2]
    vocab = _props()[prop][1]()
    out: set[str] = set()
    if prop in _RANGE_SILENT() and any(_NUMBER_RANGE.search(v) for v in attr_values):
        return None   # 适用年级:1-3年级 spans grades its words do not name one by one
    for v in attr_values:
        fams = vocab.value_families(v)
        if prop == "colour" and (not fams or any(u in values.squeeze(v) for u in unknown)):
            return None   # 图片色, 混色: any colour may be meant
        out |= fams
    # a value no word of the property names (材质:黄金 beside 成色:18K金) says nothing either way;
    # none readable keeps the check silent
    return frozenset(out) or None


@rule("MIS004", "attribute-mismatch", category="mismatch", severity="error", basis=BASIS,
      summary="Colour, material, gender or another listed property in the title contradicts the attributes",
      suggestion="让标题与属性一致：改标题，或更正颜色/材质/适用性别属性",
      explanation="A colour (红色 vs 颜色分类:黑色;白色), material (纯棉 vs 材质:聚酯纤维) or gender "
                  "(男士 vs 适用性别:女) in a title-like field that no attribute value allows. Synonyms and "
                  "families agree (黑 and 黑色, 棉 and 纯棉, 羊毛 and 羊绒, 米白 and 白色, Black and 黑色: "
                  "English colour names count as whole words only, not in Blackpink or Redmi); any of several "
                  "listed values may match; 男女同款/情侣/中性 agree with any gender. Words describing a "
                  "part (白色条纹, 纯棉内里) or an imitation (仿真丝) are not claims, nor are the other materials "
                  "of a title that names the listed one (不锈钢 电磁炉 玻璃 | 材质:玻璃), and a value we cannot "
                  "read (图片色, 混色, 其他) keeps the check silent. 纯棉/全棉/100%棉/纯羊毛 against a composition "
                  "that gives that fibre under 95% (棉65% 聚酯纤维35%) is reported; 适用季节 (冬季 vs 夏季; "
                  "秋冬 agrees with 冬季) is one of the listed sets. Attribute names read: 颜色/颜色分类, "
                  "材质/面料/面料材质/成分含量/帮面材质, 适用性别/性别/适用人群 and the others in "
                  "wordlists/attribute-values.yaml.",
      options={},
      examples_fail=["白色 运动鞋 | 颜色分类:黑色", "真丝衬衫 | 材质:涤纶", "男士 夹克 | 适用性别:女"],
      examples_pass=["白色 黑色 运动鞋 | 颜色分类:白色;黑色", "纯棉T恤 | 材质:棉", "情侣 卫衣 | 适用性别:男"],
      fields=TITLE_LIKE + ("attributes",), requires=("attributes",))
def check_attributes(ctx):
    found = list(_listed_property_claims(ctx, attributes_by_property(ctx)))
    yield from found
    # 羊毛开衫 | 主面料成分:羊毛, and the description's 【成分】腈纶70% 锦纶30%: a listing copied
    # from another keeps the other's material in its spec lines, the title and the attributes
    # agreeing notwithstanding (one finding per stretch of the title)
    told = description_restated_properties(ctx)
    if told:
        for f in _listed_property_claims(ctx, told, "the description's spec line"):
            if not any(g.field == f.field and g.start < f.end and f.start < g.end for g in found):
                yield f
    yield from _pure_material_claims(ctx)
    yield from _model_claims(ctx)
    yield from devices.fitted_device_claims(ctx)
    yield from _origin_claims(ctx)
    yield from _code_claims(ctx)
    yield from _denied_feature_claims(ctx)
    yield from _size_claims(ctx)
    yield from _age_range_claims(ctx)
    yield from _letter_size_range_claims(ctx)
    yield from _condition_claims(ctx)
    yield from _heel_height_claims(ctx)


def _listed_property_claims(ctx, by_prop, source: str | None = None):
    """The title's colour, material, gender … claims that no value of `by_prop` allows;
    `source` names where those values are stated (the attributes, by default)."""
    parts, negs, unknown, mat_exempt, gender_exempt, colour_exempt = values.context_words()
    props = _props()
    # only the properties this listing's attributes state (a listing has a few of ~30)
    for prop, pairs in by_prop.items():
        if prop not in props or not pairs:
            continue
        label, vocab_fn = props[prop]
        vocab = vocab_fn()
        attr_fams = _attribute_families(prop, tuple(v for _, v in pairs))
        if attr_fams is None or (prop == "gender" and "unisex" in attr_fams):
            continue
        shown = "；".join(v for _, v in pairs)
        for field in ctx.text_fields(TITLE_LIKE):
            ft = ctx.text(field)
            sq = ft.view("squeezed")
            # a Latin or digit word must stand alone in the original (8K of 2.8K); mapping a
            # claim back builds the view's offset map, so only those words are mapped
            claims = [(c, "squeezed") for c in vocab.title_claims(sq)
                      if not (_ascii_edged(c.word) and values.inside_code(ft.raw, *ft.to_raw("squeezed", c.start, c.end)))]
            # 南极人 棉质 holds no 人棉: a value word read across a space is two words' ends
            claims = [(c, v) for c, v in claims if not _across_space(ft, c)]
            if prop == "colour":
                # 宝宝 蓝牙耳机 holds no 宝蓝: not a colour 蓝 of 蓝牙 (Bluetooth), nor a word the
                # text splits with a space (found whole in the norm view, which keeps separators:
                # mapping each claim back to the original built an offset map per title)
                nv = ft.view("norm")
                claims = [(c, v) for c, v in claims
                          if not (c.word.endswith("蓝") and sq.startswith("牙", c.end)) and c.word in nv]
            if prop == "colour":
                claims += [(c, "norm") for c in values.latin_colour_claims(ft.view("norm"))]
            if prop == "gender":
                if any("unisex" in c.families for c, _ in claims):
                    continue
                claims = [(c, v) for c, v in claims if not values.inside_phrase(sq, c.start, c.end, gender_exempt)]
                nt = ft.view("norm")
                # A bare 男/女 inside a word the vocabulary already read (女 of 女夏) is that word.
                taken = [ft.to_raw("squeezed", c.start, c.end) for c, _ in claims]
                for s, e, fam in values.standalone_gender(nt):
                    rs, re_ = ft.to_raw("norm", s, e)
                    if not any(rs < te and ts < re_ for ts, te in taken):
                        claims.append((values.Claim(s, e, nt[s:e], frozenset({fam})), "norm"))
                fams_claimed = set().union(*(c.families for c, _ in claims)) if claims else set()
                if {"male", "female"} <= fams_claimed:
                    continue
            if prop == "colour" and any(c.families & attr_fams for c, _ in claims) and \
                    len(set().union(*(c.families for c, _ in claims))) >= 2:
                # 黑色灰色藏青 | 颜色分类:黑色: a title listing the colours of a range, one of
                # them on sale here (the others sold out or listed apart), not a false colour
                continue
            if prop == "flavour" and _SEVERAL_FLAVOURS.search(ft.view("norm")):
                continue   # 原味/麻辣多口味可选: the title offers a choice
            if prop not in _SEVERAL_VALUES_EXCLUDED and any(c.families & attr_fams for c, _ in claims):
                # 不锈钢 电磁炉 玻璃 | 材质:玻璃: a title naming the listed material among others
                # describes a product of several materials, not a false one
                continue
            if prop == "material" and (worked := _worked_materials(ctx)):
                # 不锈钢 on a cutting disc whose 适用材料 lists 不锈钢: what it cuts, not what it is
                claims = [(c, v) for c, v in claims if not c.families & worked]
            # (316不锈钢内胆 with 内胆材质:304不锈钢: the part the attribute itself names)
            own_parts = tuple(n[:-2] for n, _ in pairs if len(n) > 3 and n.endswith(("材质", "材料")))
            for c, view in claims:
                text = ft.view(view)
                if view == "squeezed" and prop != "gender":
                    if (values.describes_part(text, c.end) and not (own_parts and text.startswith(own_parts, c.end))) \
                            or values.negated(text, c.start):
                        continue
                    if prop == "material" and (values.inside_phrase(text, c.start, c.end, mat_exempt)
                                               or text.startswith(("专用", "适用"), c.end)
                                               or _fits_list_claim(text, c)):
                        continue   # (不锈钢专用 钻头: what the tool works on; 适用强化地板 实木地板: what it fits)
                    if prop == "colour" and values.overlaps_phrase(text, c.start, c.end, colour_exempt):
                        continue
                    if _enumeration_exempt(prop) and values.overlaps_phrase(text, c.start, c.end, _enumeration_exempt(prop)):
                        continue   # 白橡木色, 胡桃木色 (a colour), 橡木桶 (a barrel): not the species
                    if prop not in ("colour", "material", "gender") and _NOT_THE_ITEM_BEFORE.search(text, max(0, c.start - 4), c.start):
                        continue   # 送樟木块: a gift's material or kind, not the product's
                if c.families & attr_fams:
                    continue
                yield ctx.finding(field, view, c.start, c.end,
                                  f"the {field} says “{text[c.start:c.end]}” but the {label} in {source or stated_by(ctx, pairs)} is “{shown}”",
                                  suggestion=f"把标题中的“{text[c.start:c.end]}”改成与{label}属性一致，或更正属性")


# A second-hand item's grade (95新, 9成新, 九成新) against 成色:7成新: two grades more than ten
# points apart describe two different items. 全新 in a title is often a slogan (全新升级) and is
# read only from the attribute.
_CONDITION_NAMES = frozenset(fold_name(n) for n in ("成色", "新旧程度", "商品成色", "新旧", "成色等级"))
_GRADE = regex.compile(r"(?<![0-9.])(?:(?P<pct>9[5-9]|8[5-9])\s*新|(?P<tenth>[5-9])\s*成\s*新|(?P<cn>[五六七八九])(?P<cn5>五)?\s*成?\s*新)", regex.V1)
_CN_TENTH = {"五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _grade(m) -> int:
    if m.group("pct"):
        return int(m.group("pct"))
    if m.group("tenth"):
        return int(m.group("tenth")) * 10
    return _CN_TENTH[m.group("cn")] * 10 + (5 if m.group("cn5") else 0)


def _condition_claims(ctx):
    listed = [v for n, vs in ctx.attributes.items() if fold_name(n) in _CONDITION_NAMES for v in vs]
    if not listed:
        return
    grades = [100 if "全新" in v else _grade(m) for v in listed for m in ([None] if "全新" in v else _GRADE.finditer(norm(v)))]
    if not grades:
        return
    for field in ctx.text_fields(TITLE_LIKE):
        text = ctx.text(field).view("norm")
        found = [m for m in _GRADE.finditer(text) if not (m.group("cn") and not m.group("cn5") and "成" not in m.group(0))]
        if found and not any(abs(_grade(m) - g) <= 10 for m in found for g in grades):
            m = found[0]
            yield ctx.finding(field, "norm", m.start(), m.end(),
                              f"the {field} says “{m.group(0)}” but the 成色 attribute is “{'；'.join(listed)}”",
                              suggestion=f"让标题中的成色“{m.group(0)}”与成色属性一致，或更正属性")
            return


# A heel height in centimetres (3cm小粗跟, 跟高7cm) against 跟高:超高跟(8cm以上) or 跟高:5cm: the
# value's band is read as an interval, with half a centimetre of slack for rounding. The number
# is read whole (2.5cm is 2.5, never 5); a platform's or an insole's height (内增高5cm 坡跟,
# 厚底4cm) is not the heel's.
_HEEL_NAMES = frozenset(fold_name(n) for n in ("跟高", "鞋跟高度", "跟高度", "后跟高"))
_CM = r"(?:cm|厘米)"
_HEIGHT = r"(?<![0-9.])(?P<h>1?[0-9](?:\.[0-9])?)"
_TITLE_HEEL = regex.compile(
    rf"(?<!(?:增高|厚底|底厚|防水台|台|底|筒高|靴筒|筒)\s*){_HEIGHT}\s*{_CM}\s?(?:\p{{Han}}{{0,2}}?(?:跟|高跟))"
    rf"|(?:跟高|鞋跟|后跟|细跟|粗跟|高跟|坡跟|中跟)\s*[:：]?\s*{_HEIGHT}\s*{_CM}", regex.V1)
_HEEL_BAND = regex.compile(
    rf"(?P<a>[0-9]+(?:\.[0-9]+)?)\s*{_CM}?\s*[-~～至到]\s*(?P<b>[0-9]+(?:\.[0-9]+)?)\s*{_CM}"
    rf"|(?P<lo>[0-9]+(?:\.[0-9]+)?)\s*{_CM}\s*(?:及以上|以上)"
    rf"|(?:大于等于|大于|超过|≥|>=|>)\s*(?P<lo2>[0-9]+(?:\.[0-9]+)?)\s*{_CM}"
    rf"|(?:小于等于|小于|不超过|≤|<=|<)\s*(?P<hi>[0-9]+(?:\.[0-9]+)?)\s*{_CM}|(?P<hi2>[0-9]+(?:\.[0-9]+)?)\s*{_CM}\s*(?:及以下|以下)"
    rf"|(?P<x>[0-9]+(?:\.[0-9]+)?)\s*{_CM}", regex.V1)


def _heel_band(m) -> tuple[float, float]:
    if m.group("a"):
        return float(m.group("a")), float(m.group("b"))
    if m.group("lo") or m.group("lo2"):
        return float(m.group("lo") or m.group("lo2")), 99.0
    if m.group("hi") or m.group("hi2"):
        return 0.0, float(m.group("hi") or m.group("hi2"))
    return float(m.group("x")), float(m.group("x"))


def _heel_height_claims(ctx):
    listed = [v for n, vs in ctx.attributes.items() if fold_name(n) in _HEEL_NAMES for v in vs]
    bands = [_heel_band(m) for v in listed for m in _HEEL_BAND.finditer(norm(v))]
    if not bands:
        return   # no attribute, or words only (高跟): the heel enumeration reads those
    for field in ctx.text_fields(TITLE_LIKE):
        text = ctx.text(field).view("norm")
        found = list(_TITLE_HEEL.finditer(text))
        if found and not any(a - 0.5 <= float(m.group("h")) <= b + 0.5 for m in found for a, b in bands):
            m = found[0]
            yield ctx.finding(field, "norm", m.start(), m.end(),
                              f"the {field} says “{m.group(0)}” but the 跟高 attribute is “{'；'.join(listed)}”",
                              suggestion=f"让标题中的跟高“{m.group(0)}”与跟高属性一致，或更正属性")
            return


# A range of letter sizes in the title (大码 4XL-7XL) against the sizes the 尺码 attribute lists
# (S,M,L,XL): not one size in common is two different products (or a stale attribute).
_LETTERS = ["xs", "s", "m", "l", "xl", "2xl", "3xl", "4xl", "5xl", "6xl", "7xl"]
_LETTER_RANK = {k: i for i, k in enumerate(_LETTERS)} | {"xxl": 5, "xxxl": 6, "xxs": 0}
_LETTER = r"(?:[2-7]xl|xxxl|xxl|xl|xxs|xs|s|m|l)"
_LETTER_RANGE = regex.compile(rf"(?<![a-z0-9])({_LETTER})\s*[-~至到]\s*({_LETTER})(?![a-z0-9])", regex.I)
_LETTER_VALUE = regex.compile(rf"(?<![a-z0-9]){_LETTER}(?![a-z0-9])", regex.I)
_BIG_LETTER = regex.compile(r"(?<![a-z0-9])(?:[2-7]xl|xxxl|xxl)(?![a-z0-9])", regex.I)
_SIZE_ATTR_NAMES = frozenset(fold_name(n) for n in ("尺码", "尺寸", "码数"))


def _letter_size_range_claims(ctx):
    values_ = [v for n, vs in ctx.attributes.items() if fold_name(n) in _SIZE_ATTR_NAMES for v in vs]
    listed = {_LETTER_RANK[m.group(0).lower()] for v in values_ for m in _LETTER_VALUE.finditer(norm(v))}
    for v in values_:   # a listed range (S-XXL) lists every size in it
        for m in _LETTER_RANGE.finditer(norm(v)):
            a, b = _LETTER_RANK[m.group(1).lower()], _LETTER_RANK[m.group(2).lower()]
            listed |= set(range(min(a, b), max(a, b) + 1))
    if not listed:
        return
    for field in ctx.text_fields(TITLE_LIKE):
        text = ctx.text(field).view("norm")
        ranges = list(_LETTER_RANGE.finditer(text))
        for m in ranges:
            a, b = _LETTER_RANK[m.group(1).lower()], _LETTER_RANK[m.group(2).lower()]
            if not set(range(min(a, b), max(a, b) + 1)) & listed:
                yield ctx.finding(field, "norm", m.start(), m.end(),
                                  f"the {field} says “{m.group(0)}” but the size attribute is “{'；'.join(values_)}”",
                                  suggestion=f"让标题中的尺码“{m.group(0)}”与尺码属性一致，或更正属性")
                return
        # one of the large sizes alone (连衣裙4XL) that the size attribute does not list; a bare
        # S, M or L is too common a letter to be read as a size here
        singles = [m for m in _BIG_LETTER.finditer(text) if not any(r.start() <= m.start() < r.end() for r in ranges)]
        if singles and not ranges and not any(_LETTER_RANK[m.group(0).lower()] in listed for m in singles):
            m = singles[0]
            yield ctx.finding(field, "norm", m.start(), m.end(),
                              f"the {field} says “{m.group(0)}” but the size attribute is “{'；'.join(values_)}”",
                              suggestion=f"让标题中的尺码“{m.group(0)}”与尺码属性一致，或更正属性")
            return


# Sizes in two or three dimensions (150x200cm, 1.8*2米, 40x28x3cm) in a title against the
# size attribute (规格尺寸:100x120cm, 尺寸:1500*2000mm): the same object measured twice must
# agree, in any order of its sides and any unit. A title naming several sizes agrees when one
# of them is listed.
# (a unit may follow each side, as one writes a bed: 1.8米x2米)
_SIZE = regex.compile(r"(?<![0-9.])([0-9]+(?:\.[0-9]+)?)\s*(?P<u1>厘米|毫米|cm|mm|米|m)?\s*[x×*＊]\s*([0-9]+(?:\.[0-9]+)?)"
                      r"(?:\s*(?:厘米|毫米|cm|mm|米|m)?\s*[x×*＊]\s*([0-9]+(?:\.[0-9]+)?))?\s*(?P<unit>厘米|毫米|cm|mm|米|m)(?![a-z0-9²³])", regex.I)
_BARE_SIZE = regex.compile(r"(?<![0-9.a-z])([1-9][0-9]{1,3})\s*[x×*＊]\s*([1-9][0-9]{1,3})(?:\s*[x×*＊]\s*([1-9][0-9]{0,3}))?"
                           r"(?![0-9.]|\s*(?:[x×*＊]|厘米|毫米|cm|mm|米|m|寸|英寸|片|块|个|只|件|包|盒|袋|瓶|罐|支|条|张|g|kg|ml|l|p|hz))", regex.I)
# screen resolutions are no sizes (1920x1080 显示器 with 尺寸:620x370mm)
_RESOLUTIONS = {("1920", "1080"), ("2560", "1440"), ("3840", "2160"), ("1280", "720"), ("1366", "768"), ("1440", "900"),
                ("1600", "900"), ("2560", "1600"), ("2880", "1800"), ("3440", "1440"), ("1024", "768"), ("1280", "800"),
                ("1920", "1200"), ("2400", "1080"), ("2340", "1080"), ("2160", "1080"), ("1080", "1920"), ("720", "1280")}
_PIXELS_NEAR = regex.compile(r"\s*(?:分辨率|像素|高清|超清|dpi|ppi|hd|fhd)", regex.I)
_SIZE_UNIT = {"cm": 1.0, "厘米": 1.0, "mm": 0.1, "毫米": 0.1, "m": 100.0, "米": 100.0}
_SIZE_NAMES = frozenset(fold_name(n) for n in ("尺寸", "规格尺寸", "产品尺寸", "商品尺寸", "规格", "尺码", "地垫尺寸",
                                               "毯子尺寸", "床垫尺寸", "适用床尺寸", "床尺寸", "成品尺寸"))
_SIZE_TOLERANCE = 0.03


def _sizes(text: str) -> list[tuple[tuple[float, ...], object]]:
    out = []
    for m in _SIZE.finditer(text):
        f = _SIZE_UNIT[m.group("unit").lower()]
        first = _SIZE_UNIT[m.group("u1").lower()] if m.group("u1") else f
        sides = [float(m.group(1)) * first] + [float(g) * f for g in (m.group(3), m.group(4)) if g]
        out.append((tuple(sorted(sides)), m))
    if not out and ("宽" in text and "长" in text or "宽" in text and "高" in text):
        # 宽2.3米 长2.5米, 宽1.5米×高2.7米: two sides each named
        for m in _NAMED_SIDES.finditer(text):
            out.append((tuple(sorted((float(m.group("a")) * _SIZE_UNIT[m.group("ua").lower()],
                                      float(m.group("b")) * _SIZE_UNIT[m.group("unit").lower()]))), m))
    return out


# (named groups as _SIZE's: `unit` is the last side's, which callers read)
_NAMED_SIDES = regex.compile(r"(?<!\p{Han})(?P<sa>[宽长高])\s*(?P<a>[0-9]+(?:\.[0-9]+)?)\s*(?P<ua>cm|厘米|mm|毫米|米|m)(?![a-z²³0-9])\s*[x×*＊,，]?\s*"
                             r"(?!(?P=sa))[宽长高]\s*(?P<b>[0-9]+(?:\.[0-9]+)?)\s*(?P<unit>cm|厘米|mm|毫米|米|m)(?![a-z²³0-9])", regex.V1 | regex.I)


def _same_size(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    """Every side of the one with fewer sides is a side of the other (40x28cm is the face of
    40x28x1.8cm)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    left = list(long_)
    for x in short:
        hit = next((y for y in left if abs(x - y) <= _SIZE_TOLERANCE * max(x, y)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


# A bed's width on its own (1.8米床, 1.5m双人床) against a size attribute of two sides
_BED_WIDTH = regex.compile(r"(?<![0-9.x×*])([0-9](?:\.[0-9]{1,2})?)\s*(?:米|m)(?=\s*\p{Han}{0,3}?(?:床|宽))", regex.I | regex.V1)
# every metre figure of the title: 1.5m 1.8m床 offers both widths
_METRES = regex.compile(r"(?<![0-9.x×*])([0-9](?:\.[0-9]{1,2})?)\s*(?:米|m)(?![a-z0-9²³])", regex.I)


def _size_claims(ctx):
    values_ = [v for n, vs in ctx.attributes.items() if fold_name(n) in _SIZE_NAMES for v in vs]
    if not values_:   # (尺寸：2.5×2.5m in a description whose attributes give no size)
        values_ = [v for n, vs in description_attributes(ctx).items() if n in _SIZE_NAMES for v in vs]
    listed = [s for v in values_ for s, _ in _sizes(norm(v))]
    if not listed and not any("床" in n for n in ctx.attributes):
        return   # (适用床尺寸:1.8m(6英尺)床 gives a width and no two sides)
    units = {_SIZE_UNIT[m.group("unit").lower()] for v in values_ for _, m in _sizes(norm(v))}
    for field in ctx.text_fields(TITLE_LIKE):
        text = ctx.text(field).view("norm")
        found = _sizes(text)
        if not found and len(units) == 1:
            # 瓷砖 800x800 with no unit, against 规格:600x1200mm: read in the attribute's unit, or
            # in millimetres, as tiles are (300x600 with 规格:30*60cm)
            f = next(iter(units))
            bare = [m for m in _BARE_SIZE.finditer(text)
                    if (m.group(1), m.group(2)) not in _RESOLUTIONS and not _PIXELS_NEAR.match(text, m.end())]
            if any(_same_size(tuple(sorted(float(g) * _SIZE_UNIT[u] for g in m.groups() if g)), l)
                   for m in bare for l in listed for u in ("mm", "cm")):
                continue
            found = [(tuple(sorted(float(g) * f for g in m.groups() if g)), m) for m in bare]
        if not found and _BED_WIDTH.search(text):
            # a bed's width is compared with the bed's own size attributes (床尺寸, 适用床尺寸),
            # not a frame's outer dimensions (尺寸:2080x1950x1050mm)
            beds = [v for n, vs in ctx.attributes.items() if "床" in n for v in vs]
            bed_sides = [s for v in beds for s, _ in _sizes(norm(v))] + \
                        [(float(m.group(1)) * 100,) for v in beds for m in _METRES.finditer(norm(v))]
            # …or a mattress's or a sheet's two sides in 尺寸 (180x200cm): its width is the shorter
            bed_sides += [(min(s),) for s in listed if len(s) == 2 and 185 <= max(s) <= 220]
            found = [((float(m.group(1)) * 100,), m) for m in _METRES.finditer(text)]
            if bed_sides and not any(_same_size(s, b) for s, _ in found for b in bed_sides):
                m = found[0][1]
                yield ctx.finding(field, "norm", m.start(), m.end(),
                                  f"the {field} says “{m.group(0)}” but the bed size attribute is “{'；'.join(beds)}”",
                                  suggestion=f"让标题中的床宽“{m.group(0)}”与床尺寸属性一致，或更正属性")
            return
        if found and listed and not any(_same_size(s, l) for s, _ in found for l in listed):
            m = found[0][1]
            yield ctx.finding(field, "norm", m.start(), m.end(),
                              f"the {field} says “{m.group(0)}” but the size attribute is “{'；'.join(values_)}”",
                              suggestion=f"让标题中的尺寸“{m.group(0)}”与尺寸属性一致，或更正属性")
            return


# An age range in the title (0-6个月, 3-6岁) against the age attribute (适用年龄:2-3岁): two
# ranges that do not overlap are two different products (a newborn's vs a toddler's). A
# range that touches the other's end only (0-6个月 vs 6-12个月) is a different stage too.
_AGE_RANGE = regex.compile(r"(?<![0-9.])([0-9]{1,2})\s*(?:个月|月龄|月|岁)?\s*[-~至到]\s*([0-9]{1,2})\s*(个月|月龄|月|岁)"
                           r"|(?<![0-9.])([0-9]{1,2})\s*(个月|月龄|月|岁)\s*(以上|及以上|\+)")
_AGE_NAMES = frozenset(fold_name(n) for n in ("适用年龄", "月龄", "适用月龄", "年龄段", "适用年龄段", "建议年龄",
                                                "适读年龄", "阅读年龄", "适读年龄段"))


def _age_ranges(text: str) -> list[tuple[float, float, object]]:
    out = []
    for m in _AGE_RANGE.finditer(text):
        if m.group(1):
            f = 12.0 if m.group(3) == "岁" else 1.0
            lo, hi = float(m.group(1)) * f, float(m.group(2)) * f
        else:
            f = 12.0 if m.group(5) == "岁" else 1.0
            lo, hi = float(m.group(4)) * f, float("inf")
        if lo < hi:
            out.append((lo, hi, m))
    return out


def _age_range_claims(ctx):
    values_ = [v for n, vs in ctx.attributes.items() if fold_name(n) in _AGE_NAMES for v in vs]
    listed = [(lo, hi) for v in values_ for lo, hi, _ in _age_ranges(norm(v))]
    if not listed:
        return
    for field in ctx.text_fields(TITLE_LIKE):
        text = ctx.text(field).view("norm")
        found = _age_ranges(text)
        if found and not any(max(lo, a) < min(hi, b) for lo, hi, _ in found for a, b in listed):
            m = found[0][2]
            yield ctx.finding(field, "norm", m.start(), m.end(),
                              f"the {field} says “{m.group(0)}” but the age attribute is “{'；'.join(values_)}”",
                              suggestion=f"让标题中的适用年龄“{m.group(0)}”与适用年龄属性一致，或更正属性")
            return


# 纯棉/全棉/100%棉 (and 纯羊毛, 纯羊绒, 100%桑蚕丝, 纯亚麻) promise one fibre; a composition that
# gives that fibre a share well under the whole (棉65% 聚酯纤维35%) breaks the promise. 95% is
# the line: a few percent of spandex or a decorative yarn does not make 纯棉 false.
_PURE_CLAIM = regex.compile(r"(?:纯|全|(?<![\d.])100%?|百分百|百分之百)(棉|羊毛|羊绒|山羊绒|桑蚕丝|真丝|蚕丝|亚麻|麻)")
_SHARE = regex.compile(r"(\p{Han}{1,6}?)(?:含量)?[:：]?\s*(\d{1,3}(?:\.\d+)?)\s*%|(\d{1,3}(?:\.\d+)?)\s*%\s*(\p{Han}{1,6})")
_PURE_SHARE = 95.0
# (not a composition list: 聚酯纤维70% 羊毛30% names each fibre before its own share)
_SHARE_CLAIM_AFTER = regex.compile(r"(?:(?<=含|含有|含量)\s*(羊毛|绵羊毛|羊绒|山羊绒|桑蚕丝|真丝|蚕丝|亚麻)\s*(?:含量)?"
                                   # (…or the fibre and 含量 written out: 羊毛含量70% 双面呢大衣)
                                   r"|(?<![\p{Han}])(羊毛|绵羊毛|羊绒|山羊绒|桑蚕丝|真丝|蚕丝|亚麻)\s*含量)\s*[:：]?\s*([1-9][0-9](?:\.[0-9])?)\s*%")
_SHARE_CLAIM = regex.compile(r"(?<![0-9.])(?<!(?:羊毛|绵羊毛|羊绒|山羊绒|棉|桑蚕丝|真丝|蚕丝|亚麻|聚酯纤维|聚酯|涤纶|锦纶|尼龙|氨纶|粘纤|粘胶|纤维|莫代尔|天丝|腈纶)\s*[:：]?\s*)([1-9][0-9](?:\.[0-9])?)\s*%\s*(?:的)?(羊毛|绵羊毛|羊绒|山羊绒|棉|桑蚕丝|真丝|蚕丝|亚麻)")
_SHARE_SLACK = 5.0
_BARE_SHARE = regex.compile(r"\s*(\d{1,3}(?:\.\d+)?)\s*%\s*")


def _fibre_shares(pairs) -> dict[str, float]:
    """Share per material family in composition values (棉65% 聚酯纤维35%, 65%棉/35%涤)."""
    vocab = values.materials()
    out: dict[str, float] = {}
    for name, v in pairs:
        nv = norm(v)
        found = False
        for m in _SHARE.finditer(nv):
            word, pct = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            for fam in vocab.value_families(word):
                out[fam] = out.get(fam, 0.0) + float(pct)
                found = True
        bare = _BARE_SHARE.fullmatch(nv)
        if not found and bare:   # 棉含量:60%: the fibre is in the attribute's name
            for fam in vocab.value_families(name):
                out[fam] = out.get(fam, 0.0) + float(bare.group(1))
    return out


_SHARE_ALONE = regex.compile(r"^\s*([1-9][0-9]?(?:\.[0-9])?)\s*%\s*$")


def _split_composition(ctx, pairs):
    """面料主材质:羊毛 with 面料主材质含量:30%: the fibre and its share in two attributes, read as
    羊毛30%."""
    fibres = [v for _, v in pairs if "%" not in v]
    if len(fibres) != 1:
        return []
    return [(name, fibres[0] + m.group(1) + "%") for name, vs in ctx.attributes.items()
            if fold_name(name).endswith("含量") for v in vs for m in [_SHARE_ALONE.match(norm(v))] if m]


def _pure_material_claims(ctx):
    pairs = attribute_values(ctx, "material")
    if pairs and not any("%" in v for _, v in pairs):
        pairs = pairs + _split_composition(ctx, pairs)
    if pairs and not any("%" in v for _, v in pairs):
        # (材质:棉 says no share; the description's 【面料】65%聚酯纤维 35%棉 gives one)
        pairs = pairs + [p for p in description_restated_properties(ctx).get("material", ()) if "%" in p[1]]
    if not pairs or not any("%" in v for _, v in pairs):
        return
    shares = None
    vocab = values.materials()
    parts, negs = values.context_words()[:2]
    for field in ctx.text_fields(TITLE_LIKE):
        sq = ctx.text(field).view("squeezed")
        for m in _PURE_CLAIM.finditer(sq):
            if values.describes_part(sq, m.end()) or values.negated(sq, m.start()):
                continue
            if shares is None:
                shares = _fibre_shares(pairs)
            fams = vocab.value_families(m.group(1))
            got = [shares[f] for f in fams if f in shares]
            if not got or max(got) >= _PURE_SHARE:
                continue
            shown = "；".join(v for _, v in pairs)
            yield ctx.finding(field, "squeezed", m.start(), m.end(),
                              f"the {field} says “{m.group(0)}” but the composition is “{shown}” "
                              f"({m.group(1)} {max(got):g}%)",
                              suggestion=f"去掉“{m.group(0)}”中的“纯/全/100%”，如实写成分（如“棉{max(got):g}%”），或更正成分属性")
        # 90%羊毛 against 羊毛30% 聚酯纤维70%: a stated share far from the composition's
        nv = ctx.text(field).view("norm")   # (the squeezed view drops the %)
        claims = [(m, m.group(1), m.group(2)) for m in _SHARE_CLAIM.finditer(nv)] if "%" in nv else []
        # (…or the fibre first: 含羊毛90%)
        claims += [(m, m.group(3), m.group(1) or m.group(2)) for m in _SHARE_CLAIM_AFTER.finditer(nv)] if "%" in nv else []
        for m, pct, fibre in claims:
            if values.describes_part(nv, m.end()) or values.negated(nv, m.start()):
                continue
            if shares is None:
                shares = _fibre_shares(pairs)
            claimed = float(pct)
            fams = vocab.value_families(fibre)
            got = [shares[f] for f in fams if f in shares]
            # (each listed fibre of the family on its own too: 羊毛90% 羊绒10% gives wool 90 as well as 100)
            own = [float(pct) for _, v in pairs for w in _SHARE.finditer(norm(v))
                   for word, pct in [(w.group(1), w.group(2)) if w.group(1) else (w.group(4), w.group(3))]
                   if vocab.value_families(word) & fams]
            if not got or any(abs(g - claimed) <= _SHARE_SLACK for g in got + own):
                continue
            shown = "；".join(v for _, v in pairs)
            yield ctx.finding(field, "norm", m.start(), m.end(),
                              f"the {field} says “{m.group(0)}” but the composition is “{shown}” ({fibre} {max(got):g}%)",
                              suggestion=f"按成分属性写实际含量（如“{fibre}{max(got):g}%”），或更正成分属性")


# A model code: a few Latin letters, then digits, then more letters or digits (HX6730,
# KFR-35GW, RX-78). Two codes of one series share their letters; a title naming one code of the
# series while 型号 names another sells the wrong model. A replacement part names the models it
# fits (适用HX6730), and a code that extends the other (HP803 and HP803XL) is the same model.
# (a code may run on in dashed parts: KL30-J61, KL45-VF525; they are compared without the dashes)
_MODEL = regex.compile(r"(?<![a-z0-9])([a-z]{1,6})[-\s]?(\d{2,6}[a-z0-9]*(?:-[a-z0-9]*[a-z][a-z0-9]*)*)(?![a-z0-9-])", regex.I)
_FITS_BEFORE = regex.compile(r"(?:适用于?|适配|兼容|用于|替换|代替|配|for|fit)\s*(?:[a-z\u4e00-\u9fff]{0,8}\s*)?$", regex.I)


# 型号:EOS R10: a series word before the code
_SERIES_WORD = regex.compile(r"^[a-z]{2,6}\s+(?=[a-z]{1,5}[-\s]?\d)", regex.I)


# 型号:荣耀X40: the maker's name before the code
_HAN_NAME_BEFORE_CODE = regex.compile(r"^\p{Han}{1,6}\s*(?=[a-z])", regex.I | regex.V1)


def _model_code(text: str, maker_name: bool = True):
    text = text.strip()
    m = _MODEL.fullmatch(_SERIES_WORD.sub("", _HAN_NAME_BEFORE_CODE.sub("", text) if maker_name else text))
    if not m:
        return None
    return m.group(1).lower(), (m.group(1) + m.group(2)).lower().replace("-", "")


def _model_claims(ctx):
    yield from _codes_against(ctx, "model", "型号", fits_count=False)
    # what a part fits: 适用HP803 against 适用型号:HP 680 (here the fits position is the claim)
    yield from _codes_against(ctx, "fits-model", "适用型号", fits_count=True)


# (…or in the list after it: 适用GP-1008 GP-1009)
_FITS_LIST_BEFORE = regex.compile(r"(?:适用于?|适配|兼容|替换)\s*(?:[a-z]{1,4}-?[0-9]{2,6}[a-z]{0,3}\s*[/、,，]?\s*){1,6}$", regex.I)
_CODE_LIST_SEP = regex.compile(r"\s*[/,，、;；|]\s*")


def _codes_against(ctx, prop: str, label: str, fits_count: bool):
    pairs = attribute_values(ctx, prop)
    if not pairs:
        return
    parts = [p for _, v in pairs for p in _CODE_LIST_SEP.split(norm(v)) if p.strip()]
    # (a fitted model keeps its maker's name: 适用型号:苹果iPhone15 is no code to compare one by one)
    codes = [c for c in (_model_code(p, maker_name=not fits_count) for p in parts) if c]
    if not codes and not fits_count and parts and all(_DIGIT_MODEL.fullmatch(p.strip()) for p in parts):
        yield from _digit_first_codes(ctx, pairs, parts, label)
        return
    if not codes and not fits_count and parts and all(_BARE_NUMBER_MODEL.fullmatch(p.strip()) for p in parts):
        yield from _maker_number_codes(ctx, pairs, parts, label)
        return
    if not codes or len(codes) != len(parts):
        return   # a value that is not a code (通用, 见详情): silent
    series = {p for p, _ in codes}
    for field in ctx.text_fields(TITLE_LIKE):
        text = ctx.text(field).view("norm")
        compact = regex.sub(r"[-\s]", "", text).lower()
        if any(full in compact for _, full in codes):
            continue
        for m in _MODEL.finditer(text):
            prefix, full = m.group(1).lower(), (m.group(1) + m.group(2)).lower().replace("-", "")
            if prefix not in series or (not fits_count and (_FITS_BEFORE.search(text[max(0, m.start() - 14):m.start()])
                                                            or _FITS_LIST_BEFORE.search(text[max(0, m.start() - 40):m.start()]))):
                continue
            if any(full.startswith(c) or c.startswith(full) for _, c in codes):
                continue
            if full.endswith("00") and any(c.startswith(full.rstrip("0")) for _, c in codes):
                continue   # S5000 names the series of 型号:S5066, 9000 系列 that of 9350
            yield _model_finding(ctx, field, m, pairs, label)
            break


# 型号:802 for a cartridge the title calls HP 803: a model written as a number alone is compared
# with the number after the maker's own Latin name (HP, the listing's brand惠普/HP), of as many digits
_BARE_NUMBER_MODEL = regex.compile(r"[0-9]{3,5}")
# (a number glued to a word is a count or a measure: 送1000枚钉, 3696颗粒)
_SET_NUMBER = regex.compile(r"(?<![0-9a-z.\-/\p{Han}×*＊])[0-9]{4,5}(?![0-9a-z.%\-/×*＊]|\p{Han}|\s*(?:年|款|元|块|件|片|颗|粒|个|只|枚|ml|mah|w|g|kg|米|cm|mm|型|系列|毫|克|支|套|人|[×*＊]))", regex.I | regex.V1)
_YEAR = regex.compile(r"(?:19|20)[0-9]{2}")


def _model_finding(ctx, field: str, m, pairs, label: str):
    shown = "；".join(v for _, v in pairs)
    return ctx.finding(field, "norm", m.start(), m.end(),
                       f"the {field} names model “{m.group(0)}” but the {label} attribute is “{shown}”",
                       suggestion=f"让标题中的型号“{m.group(0)}”与{label}属性一致，或更正{label}属性")


def _maker_number_codes(ctx, pairs, parts, label):
    own = brands.listing_brand_values(ctx)
    family = set(brands.family_words(ctx, own)) | set(brands.brand_words(own))
    names = {w for w in family if w.isascii() and w.isalpha()}
    listed = {p.strip() for p in parts}
    for field in ctx.text_fields(TITLE_LIKE):
        text = ctx.text(field).view("norm")
        # (a set number alone in a title naming the maker: 乐高 机械组 42115 vs 型号:42143; four or
        # five digits, no year, no unit after it)
        if any(len(p) >= 4 for p in listed) and any(w in ctx.text(field).view("squeezed") for w in family):
            alone = [m for m in _SET_NUMBER.finditer(text) if len(m.group(0)) in {len(p) for p in listed}
                     and not _YEAR.fullmatch(m.group(0))]
            if alone and not any(m.group(0) in listed for m in alone) and not _MODEL.search(text):
                yield _model_finding(ctx, field, alone[0], pairs, label)
                return
        for m in _MODEL.finditer(text) if names else ():
            if m.group(1).lower() not in names or not m.group(2).isdigit() or len(m.group(2)) not in {len(p) for p in listed}:
                continue
            if _FITS_BEFORE.search(text[max(0, m.start() - 14):m.start()]):
                continue
            if m.group(2) not in listed:
                yield _model_finding(ctx, field, m, pairs, label)
            return


# A code that starts with its number (a bearing's 6206ZZ, a chain's 428H): compared only with
# title codes of the same shape, the same letters after the same count of digits (6206ZZ against
# 型号:6204ZZ; 500ml or 2024款 are no such code)
_DIGIT_MODEL = regex.compile(r"(?<![a-z0-9.])([0-9]{3,5})([a-z]{1,3})(?![a-z0-9])", regex.I)


def _digit_first_codes(ctx, pairs, parts, label):
    listed = {(m.group(1), m.group(2).lower()) for p in parts for m in [_DIGIT_MODEL.fullmatch(p.strip())]}
    shapes = {(len(d), letters) for d, letters in listed}
    for field in ctx.text_fields(TITLE_LIKE):
        text = ctx.text(field).view("norm")
        found = [m for m in _DIGIT_MODEL.finditer(text) if (len(m.group(1)), m.group(2).lower()) in shapes]
        if found and not any((m.group(1), m.group(2).lower()) in listed for m in found):
            yield _model_finding(ctx, field, found[0], pairs, label)
            break


# 是否支持无线:否 while the title says 无线, 是否实木:否 with 实木 in the title: a yes/no attribute
# denies what the title claims. The feature is the name after 是否 (and 支持/带/含/有/可).
_DENIED = regex.compile(r"^是否(?:支持|带有|带|含有|含|有|可|为|是)?(\p{Han}{2,6})$", regex.V1)
_NO = frozenset({"否", "不支持", "无", "没有", "不含", "不带", "不是", "no"})
_NOT_BEFORE = regex.compile(r"(?:非|不|无|没有|不含|不带|不支持|免)$", regex.V1)


def _denied_feature_claims(ctx):
    denied = []
    for name, vs in ctx.attributes.items():
        folded = fold_name(name)
        if folded.startswith(("是否含", "是否包含")):
            continue   # 是否含苹果:否 on a 苹果盒: what is inside, not a feature the title claims
        m = _DENIED.match(folded)
        if m and any(v.strip().lower() in _NO for v in vs):
            denied.append((m.group(1), name))
    if not denied:
        return
    for field in ctx.text_fields(TITLE_LIKE):
        sq = ctx.text(field).view("squeezed")
        for feature, name in denied:
            i = sq.find(feature)
            if i < 0 or _NOT_BEFORE.search(sq[max(0, i - 3):i]):
                continue
            yield ctx.finding(field, "squeezed", i, i + len(feature),
                              f"the {field} says “{feature}” but the attribute {name} is “否”",
                              suggestion=f"删去标题中的“{feature}”，或更正“{name}”属性")
            return


@lru_cache(maxsize=1)
def _code_specs():
    out = []
    for spec in (data_file("attribute-values.yaml").get("codes") or {}).values():
        title = regex.compile(spec["pattern"], regex.I)
        value = regex.compile(spec["value"], regex.I) if spec.get("value") else title
        kind = next((k for k in ("range", "duration", "name", "unordered", "half") if spec.get(k)), bool(spec.get("numeric")))
        out.append((spec["label"], frozenset(fold_name(n) for n in spec["attribute"]), title, value, kind,
                    TITLE_LIKE + DESCRIPTION_FIELDS if spec.get("description") else TITLE_LIKE))
    return out


@lru_cache(maxsize=1)
def _code_attribute_names() -> frozenset:
    return frozenset().union(*(spec[1] for spec in _code_specs()))


def _interval(m) -> tuple[int, int]:
    nums = [int(g) for g in m.groups() if g and g.isdigit()]
    return min(nums), max(nums)


def _range_claims(ctx, label, names, attrs, title_re, value_re):
    """A code read as a range of numbers (3-4人): agrees when it overlaps a listed one."""
    listed = [_interval(m) for n in names & attrs.keys() for v in attrs[n] for m in value_re.finditer(norm(v))]
    if not listed:
        return
    for field in ctx.text_fields(TITLE_LIKE):
        text = ctx.text(field).view("norm")
        found = list(title_re.finditer(text))
        if found and not any(max(a, c) <= min(b, d) for m in found for a, b in [_interval(m)] for c, d in listed):
            m = found[0]
            shown = "；".join(v for n in names & attrs.keys() for v in attrs[n])
            yield ctx.finding(field, "norm", m.start(), m.end(),
                              f"the {field} says “{m.group(0)}” but the {label} attribute is “{shown}”",
                              suggestion=f"让标题中的“{m.group(0)}”与{label}属性一致，或更正属性")
            return


_CN_DIGIT = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}
_DAYS = {"天": 1, "日": 1, "月": 30, "个月": 30, "年": 365}


def _days(m) -> int:
    return int(m.group(1)) * _DAYS[m.group(2)]


def _same_duration(a: int, b: int) -> bool:
    return abs(a - b) <= 0.03 * max(a, b)   # 12个月 (360 days) and 1年 (365) are one shelf life


def _name_core(name: str) -> str:
    return regex.sub(r"(?:出版社|出版集团|出版|书局|书社|印书馆)$", "", values.squeeze(name))


def _same_name(a: str, b: str) -> bool:
    """作家 and 余华作家 (a title's run of characters before 出版社) name one publisher."""
    a, b = _name_core(a), _name_core(b)
    return bool(a and b) and (a in b or b in a)


def _code_of(m, numeric: bool = False) -> str:
    """The code a match stands for: its groups joined (an alternation leaves some empty);
    `numeric`: as a number (02 and 2 are one shade)."""
    if numeric == "unordered":
        return "+".join(sorted(g for g in m.groups() if g))   # 24+14寸 and 14寸+24寸 are one pair
    code = "".join(g for g in m.groups() if g).lower()
    if numeric == "half":
        try:
            return f"{round(float(code) * 2) / 2:g}"   # 7AH and 7.2AH are one size, 4.0Ah and 4.5Ah two
        except ValueError:
            return code
    if numeric is True:
        if code in _CN_DIGIT:
            return str(_CN_DIGIT[code])   # 三档 and 3档 are one setting
        if code and all(c in "一二两三四五六七八九十百" for c in code):
            from ..text.numbers import chinese_to_int
            return str(chinese_to_int(code))   # 十二档 is 12
        try:
            return f"{float(code):g}"    # 02 and 2 are one shade, 1.0 and 1 one wire gauge
        except ValueError:
            return code
    return code


@lru_cache(maxsize=1)
def _code_specs_by_name() -> dict[str, tuple[int, ...]]:
    """Attribute name → the code specs that read it (a listing has a few of the ~70 specs' names)."""
    out: dict[str, list[int]] = {}
    for i, spec in enumerate(_code_specs()):
        for n in spec[1]:
            out.setdefault(n, []).append(i)
    return {n: tuple(v) for n, v in out.items()}


def _code_claims(ctx):
    attrs = {fold_name(n): vs for n, vs in ctx.attributes.items()} | description_attributes(ctx)
    by_name = _code_specs_by_name()
    wanted = sorted({i for n in attrs if n in by_name for i in by_name[n]})
    if not wanted:
        return   # most listings: no attribute a code is read from
    specs = _code_specs()
    for label, names, title_re, value_re, numeric, fields in (specs[i] for i in wanted):
        if numeric == "range":
            yield from _range_claims(ctx, label, names, attrs, title_re, value_re)
            continue
        if numeric == "duration":
            listed, read = [_days(m) for n in names & attrs.keys() for v in attrs[n] for m in value_re.finditer(norm(v))], _days
            agrees = lambda x: any(_same_duration(x, y) for y in listed)
        elif numeric == "name":
            listed, read = [m.group(1) for n in names & attrs.keys() for v in attrs[n] for m in value_re.finditer(norm(v))], \
                lambda m: m.group(1)
            agrees = lambda x: any(_same_name(x, y) for y in listed)
        else:
            listed = {_code_of(m, numeric) for n in names & attrs.keys() for v in attrs[n]
                      for m in value_re.finditer(norm(v))}
            # 尺码:31-36 lists every size between (33码 agrees)
            listed |= {_code_of(m, numeric) for n in names & attrs.keys() for v in attrs[n]
                       for r in _NUMBER_SPAN.finditer(norm(v)) if r.group(0).count(".") == 0
                       and 0 < int(r.group(2)) - int(r.group(1)) <= 30
                       for x in range(int(r.group(1)), int(r.group(2)) + 1) for m in [value_re.search(str(x))] if m}
            read, agrees = partial(_code_of, numeric=numeric), listed.__contains__
        if not listed:
            continue
        for field in ctx.text_fields(fields):
            text = ctx.text(field).view("norm")
            # (12/14/16/18寸可选, 00-05六色可选: the last of a list or a span of choices offered)
            # (a match that opens with the list's separator, /160mm of 孔距96/128/160mm, is read with
            # its list by the pattern itself)
            found = [m for m in title_re.finditer(text) if m.group(0)[:1] in "/、,，|" or (
                     not _CHOICES_BEFORE.search(text, max(0, m.start() - 24), m.start()) and not _CHOICES_AFTER.match(text, m.end()))]
            if found and not any(agrees(read(m)) for m in found):
                m = found[0]
                shown = "；".join(v for n in names & attrs.keys() for v in attrs[n])
                yield ctx.finding(field, "norm", m.start(), m.end(),
                                  f"the {field} says “{m.group(0)}” but the {label} attribute is “{shown}”",
                                  suggestion=f"让标题中的“{m.group(0)}”与{label}属性一致，或更正属性")
                break


_CHOICES_AFTER = regex.compile(r"\s*(?:[/、,，|]|[-~～至到])\s*[0-9]")
_CHOICES_BEFORE = regex.compile(r"(?:[0-9]+(?:\.[0-9]+)?\s*[/、,，|]\s*)+$|(?<![0-9])[0-9]+(?:\.[0-9]+)?\s*[-~～至到]\s*$")


# 日本进口 / 原装进口 in a title against 产地:中国大陆 (or another country): the title claims an
# import the attributes deny. 日本进口面料 or 进口机芯 name a component, not the product's origin.
_COUNTRIES = ("日本|韩国|美国|德国|法国|意大利|英国|澳洲|澳大利亚|新西兰|泰国|越南|荷兰|西班牙|智利|加拿大|瑞士|"
              "比利时|丹麦|马来西亚|印尼|印度尼西亚|菲律宾|俄罗斯|爱尔兰|以色列|土耳其|巴西|阿根廷|秘鲁|挪威|瑞典|"
              "芬兰|奥地利|葡萄牙|希腊|波兰|捷克|新加坡|印度|墨西哥|南非|斯里兰卡|厄瓜多尔|哥伦比亚|蒙古|"
              # (coffee's origins: 埃塞俄比亚耶加雪菲 against 产地:巴西)
              "埃塞俄比亚|肯尼亚|哥斯达黎加|危地马拉|牙买加|也门|卢旺达|巴拿马|洪都拉斯|萨尔瓦多|坦桑尼亚|布隆迪|尼加拉瓜")
_COMPONENT = (r"面料|原料|机芯|芯片|材料|奶源|配方|工艺|技术|设备|零件|部件|皮料|牛皮|布料|纱线|香精|油|菌种|"
              r"种子|原浆|原液|木材|板材|滤芯|电机|马达|轴承|镜片|涂层|胶|纸浆|成分")
_IMPORT_CLAIM = regex.compile(rf"(?:(?P<c>{_COUNTRIES})\s*(?:原装|原产|原瓶|原罐|原箱)?\s*进口|原装进口|(?<!媲美|比肩|堪比|不输|超越)进口(?:自\s*)?(?P<c2>{_COUNTRIES}))"
                              rf"(?!\s*(?:{_COMPONENT}))", regex.V1)
_PROVINCES = ("北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|"
              "四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆")
_DOMESTIC = regex.compile(rf"中国(?!台湾|香港|澳门)|大陆|国产|内地|{_PROVINCES}|[\p{{Han}}]{{2,6}}[省市县]$", regex.V1)
_FOREIGN = regex.compile(_COUNTRIES)
_PLAIN_ORIGIN = regex.compile(rf"中国(?!台湾|香港|澳门)|大陆|国产|内地|{_PROVINCES}|{_COUNTRIES}", regex.V1)
_ORIGIN_NAMES = frozenset(fold_name(n) for n in ("产地", "原产地", "生产地", "产地国家", "原产国", "生产国", "国家地区",
                                                  "国家/地区", "产地（国家/地区）"))


# A producing region a title names (新疆阿克苏, 烟台, 五常) against the province the attributes
# give (产地:陕西洛川, 省份:陕西省). A region word that names a style or a material (新疆棉,
# 四川风味, 云南白药) is no origin.
_ORIGIN_PLACES = {"阿克苏": "新疆", "库尔勒": "新疆", "吐鲁番": "新疆", "哈密": "新疆", "喀什": "新疆", "伊犁": "新疆",
                  "烟台": "山东", "栖霞": "山东", "寿光": "山东", "洛川": "陕西", "周至": "陕西", "赣南": "江西",
                  "赣州": "江西", "五常": "黑龙江", "中宁": "宁夏", "阳澄湖": "江苏", "盱眙": "江苏", "安溪": "福建",
                  "武夷山": "福建", "福鼎": "福建", "临安": "浙江", "安吉": "浙江", "蒙自": "云南", "普洱": "云南",
                  "攀枝花": "四川", "眉山": "四川", "蒲江": "四川", "百色": "广西", "丹东": "辽宁", "潜江": "湖北",
                  "恩施": "湖北", "三亚": "海南", "章丘": "山东", "赣南脐橙": "江西"}
_REGION_CLAIM = regex.compile(rf"(?:{'|'.join(sorted(_ORIGIN_PLACES, key=len, reverse=True))}|{_PROVINCES})"
                              r"(?!棉|长绒棉|风|味|式|菜|白药|特色|款|人|省内|包邮|发货|仓|直发|老字号|品牌|名牌|企业|公司|老店)", regex.V1)
_PROVINCE_IN_VALUE = regex.compile(rf"{_PROVINCES}|{'|'.join(sorted(_ORIGIN_PLACES, key=len, reverse=True))}", regex.V1)
_PROVINCE_NAMES = frozenset(fold_name(n) for n in ("产地", "原产地", "省份", "城市", "生产地", "产区"))


def _province_of(word: str) -> str:
    return _ORIGIN_PLACES.get(word, word)


_TEA_WARE_AFTER = regex.compile(r"\s*(?:熟茶|生茶|茶)?\s*(?:煮茶|茶壶|茶具|茶器|茶杯|茶盘|茶刀|茶针|茶饼盒|茶叶罐|存茶罐|醒茶罐|壶|刀|针)", regex.V1)


def _named_values(ctx, names: frozenset) -> list[str]:
    """The values of the attributes of these names, or where the attributes give none, of the
    description's spec lines and table rows (<td>产地</td><td>山东聊城</td>)."""
    got = [v for name, vs in ctx.attributes.items() if fold_name(name) in names for v in vs]
    return got or [v for name, vs in description_attributes(ctx).items() if name in names for v in vs]


def _region_claims(ctx):
    values = _named_values(ctx, _PROVINCE_NAMES)
    listed = {_province_of(m.group(0)) for v in values for m in _PROVINCE_IN_VALUE.finditer(norm(v))}
    if not listed:
        return
    for field in ctx.text_fields(TITLE_LIKE):
        text = ctx.text(field).view("norm")
        # (黑茶普洱煮茶壶: a tea named after its region is what a kettle is for, not where it is made)
        found = [m for m in _REGION_CLAIM.finditer(text) if not _TEA_WARE_AFTER.match(text, m.end())]
        if found and not any(_province_of(m.group(0)) in listed for m in found):
            m = found[0]
            yield ctx.finding(field, "norm", m.start(), m.end(),
                              f"the {field} names “{m.group(0)}” as where it comes from but the origin attributes "
                              f"say “{'；'.join(values)}”",
                              suggestion="让标题中的产地与“产地/省份”属性一致，或更正属性")
            return


def _origin_claims(ctx):
    yield from _region_claims(ctx)
    origin = _named_values(ctx, _ORIGIN_NAMES)
    if not origin:
        return
    found = list(_import_claims(ctx, origin, "the origin attribute"))
    yield from found
    if not found and any(fold_name(n) in _ORIGIN_NAMES for n in ctx.attributes):
        # 土耳其进口 with 产地:土耳其, and the description's 产地：河北廊坊: its one origin line is a
        # second statement, as for a material (several origins there are the variants')
        told = {norm(line) for key, _, line in description_spec_pairs(ctx) if key in _ORIGIN_NAMES}
        # (only a place named plainly: a Chinese province, 中国/国产, or a country; 京都府宇治市 is
        # a foreign city the import claim's country may hold)
        if len(told) == 1 and not told & {norm(v) for v in origin} \
                and _PLAIN_ORIGIN.search(next(iter(told))):
            yield from _import_claims(ctx, sorted(told), "the description's 产地 line")
    yield from _bare_country_claims(ctx, origin, "；".join(origin))


def _import_claims(ctx, origin, source: str):
    shown = "；".join(origin)
    for field in ctx.text_fields(TITLE_LIKE):
        text = ctx.text(field).view("norm")
        if "进口" not in text:
            continue
        for m in _IMPORT_CLAIM.finditer(text):
            country = m.group("c") or m.group("c2")
            for v in origin:
                vn = norm(v)
                foreign = _FOREIGN.search(vn)
                if foreign and (not country or foreign.group(0) == country or
                                {foreign.group(0), country} <= {"澳洲", "澳大利亚"}):
                    break   # the listed origin is the country claimed (or any, for 原装进口)
                if not foreign and not _DOMESTIC.search(vn):
                    break   # an origin we cannot place: silent
            else:
                yield ctx.finding(field, "norm", m.start(), m.end(),
                                  f"the {field} says “{text[m.start():m.end()]}” but {source} is “{shown}”",
                                  suggestion="让标题中的进口/产地说法与“产地”属性一致，或更正产地属性")
                return


# A wine names its country bare (干红葡萄酒 750ml 澳大利亚): in a wine or spirits category the
# country is where it was made, not a style (法国橡木桶 is the cask, 德国酵母 the yeast).
# (…and coffee beans, named by their country as wine is; not a coffee machine or a cup)
_WINE_PATH = regex.compile(r"葡萄酒|红酒|洋酒|威士忌|白兰地|起泡酒|香槟|清酒|啤酒")
# (a coffee leaf, not the top category 咖啡/麦片/冲饮; and its 产地 is compared only when it names a
# growing country: a Japanese roaster's 巴西 coffee says where the beans grew, 产地 where it was roasted)
_COFFEE_LEAF = regex.compile(r"咖啡(?!机|壶|杯|具|器|勺|秤|磨|桌|色|/麦片)|挂耳")
_COFFEE_ORIGINS = frozenset("巴西 哥伦比亚 埃塞俄比亚 肯尼亚 危地马拉 哥斯达黎加 牙买加 也门 卢旺达 巴拿马 洪都拉斯 萨尔瓦多 坦桑尼亚 布隆迪 尼加拉瓜 秘鲁 墨西哥 印尼 印度尼西亚 越南 印度".split())
_BARE_COUNTRY = regex.compile(rf"(?P<c>{_COUNTRIES})(?!\s*(?:进口|橡木|雪莉|波本|桶|风味|风格|工艺|酵母|酒花|麦芽|式|"
                              rf"酿酒师|葡萄|品种|{_COMPONENT}))", regex.V1)


def _bare_country_claims(ctx, origin, shown):
    """A wine's or a coffee's country named bare in the title against the 产地 attribute."""
    path = (ctx.value("category") or "").strip()
    coffee = not _WINE_PATH.search(path)
    if coffee and not (path and _COFFEE_LEAF.search(_LEAF_SEP.split(path)[-1])):
        return
    foreign = [(_FOREIGN.search(norm(v)), v) for v in origin]
    if not foreign or any(f is None for f, _ in foreign):
        return   # an origin we cannot place, or a domestic one beside: silent
    listed = {f.group(0) for f, _ in foreign}
    if coffee and not listed <= _COFFEE_ORIGINS:
        return
    if {"澳洲", "澳大利亚"} & listed:
        listed |= {"澳洲", "澳大利亚"}
    for field in ctx.text_fields(TITLE_LIKE):
        text = ctx.text(field).view("norm")
        if "进口" in text:
            continue   # the import claim above has read it
        named = list(_BARE_COUNTRY.finditer(text))
        if len({m.group("c") for m in named}) != 1 or named[0].group("c") in listed:
            continue
        m = named[0]
        yield ctx.finding(field, "norm", m.start(), m.end(),
                          f"the {field} says “{m.group(0)}” but the origin attribute is “{shown}”",
                          suggestion="让标题中的产地与“产地”属性一致，或更正产地属性")
        return


# A device listed under its accessory (小米14 Ultra 16+512G 5G手机 in …>手机配件>手机壳): the same
# top-level category, so only the path's leaf tells. The title names the device and no accessory.
# (…not a phone word that names what the product is for: 手机防辐射贴, 手机屏幕分离机, 手机散热器)
_DEVICE = regex.compile(r"(?:5g|4g)?手机(?!壳|膜|套|支架|配件|链|绳|包|座|夹|架|防|屏|散热|贴|维修|拆|胶|镜头|充电|数据|耳机|挂|托|云台|稳定器|补光)|平板电脑|笔记本电脑|智能手表")
_LEAF_SEP = regex.compile(r"\s*(?:>|＞|»|→|\\|\||/)\s*")


def _device_in_accessory_leaf(ctx, path: str, title: str):
    leaf = squeeze_text(_LEAF_SEP.split(path.strip())[-1])
    _, accessories = brands._compat_words()
    if not leaf or not accessories.search(leaf) or accessories.search(title):
        return
    m = _DEVICE.search(title)
    if m:
        yield ctx.finding("title", "squeezed", m.start(), m.end(),
                          f"the title sells “{m.group(0)}” but the category is the accessory “{path.strip()}”",
                          suggestion="把商品发布到对应类目，或更正标题")


# A cat product in a dog category (猫砂 in …/狗主粮) and the reverse: the pet category holds both,
# its path says which animal.
_CAT_PATH, _DOG_PATH = regex.compile(r"猫"), regex.compile(r"狗|犬")
_CAT_ITEM = regex.compile(r"猫砂|猫粮|猫罐头|猫条|猫爬架|猫抓板|猫砂盆|猫窝|幼猫|成猫")
_DOG_ITEM = regex.compile(r"狗粮|犬粮|狗罐头|狗窝|狗绳|幼犬|成犬|狗狗零食|磨牙棒")


def _pet_species(ctx, path: str):
    cat_path, dog_path = bool(_CAT_PATH.search(path)), bool(_DOG_PATH.search(path))
    if cat_path == dog_path:
        return
    title = ctx.text("title").view("squeezed")
    wrong, right = (_DOG_ITEM, _CAT_PATH) if cat_path else (_CAT_ITEM, _DOG_PATH)
    m = wrong.search(title)
    if m and not right.search(title):
        yield ctx.finding("title", "squeezed", m.start(), m.end(),
                          f"the title sells “{m.group(0)}” but the category is “{path.strip()}”",
                          suggestion=f"把“{m.group(0)}”发布到对应类目，或更正标题")


# --- MIS005 quantity --------------------------------------------------------------------------
# Limits, ranges and body weights are not contents: 承重150kg, 5kg以下, 100-130斤可穿, 瘦了8斤.
# A per-unit amount (每泡7g, 单包5g) is not the listing's content either.
_QTY_SKIP_BEFORE = regex.compile(r"(?:最[大高长远低小]\p{Han}{1,3}|限量|全球限量|限售|仅售|共发行|承重|载重|承受|负重|适用|适合|适[用合配]于?(?:直径|口径|尺寸|长度|宽度|厚度|门厚|管径|内径|外径|桶径|盆径)约?|最大|可装|可放|容纳|建议|满|减|送|赠|加|每\p{Han}?(?:约|重约|重)?|单[包片袋支粒颗瓶罐泡只个枚条头](?:约|重约|重)?|单次|限重|体重|宝宝|第|"
                                 r"瘦了?|减了?|轻了?|最轻|重达|掉了?|甩了?|[-~到至/])\s*$")
_PACK_OF = regex.compile(r"(?<![0-9.])([2-9]|[1-9][0-9])\s*[支瓶袋盒包罐片个只条]装", regex.V1)
_BARE_TERABYTES = regex.compile(r"(?<![0-9.a-z\p{Han}])([1-9][0-9]?)\s*t(?![a-z0-9])", regex.I | regex.V1)
_STORAGE_PRODUCT = regex.compile(r"硬盘|ssd|固态|存储|nas|u盘|优盘|闪存|tf卡|sd卡|内存卡", regex.I)
# 三件套 含枕套2个: the count of a part inside the set, not a count of packs
_PART_COUNT_BEFORE = regex.compile(r"(?:含|附|附带|配|带|另有|内含)\p{Han}{1,4}\s*$", regex.V1)
# …and a concentration (1.2g/100ml) is a grade figure, not the pack size; 750g/30包 is the
# content of 30 packs, still the content.
_QTY_SKIP_AFTER = regex.compile(r"^\s*(?:/\s*[片个只支块枚粒颗](?![0-9])|钥匙|以下|以内|以上|左右|内(?![存墙衣胆裤里侧])|起|宝宝(?=\s*(?:体重|穿|用|睡|适用|可用))|适用|可用|承重|可穿|[-~到至]|可分开|分开|可单独|单独|任选|"
                                r"/\s*\d+(?:\.\d+)?\s*(?:ml|g|kg|l|mg|毫升|克|升|千克|cm|m)(?![a-z]))")
_DIM_LABEL = {"weight": "净含量/重量", "volume": "容量", "battery": "电池容量", "storage": "存储容量",
              "power": "功率", "screen": "屏幕尺寸/尺寸", "ac-power": "匹数", "alcohol": "酒精度/度数", "cable-length": "线长/直径",
              "ram": "运行内存", "pack": "包装数量",
              "down": "含绒量", "set-pieces": "件数", "refresh-rate": "刷新率", "millimetre": "笔尖规格/厚度"}
# 1TB is sold as 1000GB and as 1024GB: storage allows the binary step
_DIM_TOLERANCE = {"storage": 0.03}
# Figures that come in steps, where 2% is a different product (53度 vs 52度, 8G vs 8.1G)
_DIM_EXACT = frozenset({"alcohol", "ram", "refresh-rate", "set-pieces", "down", "fill-power", "millimetre", "pack"})


@rule("MIS005", "quantity-mismatch", category="mismatch", severity="error", basis=BASIS,
      summary="Net content, weight, capacity, count, power or size in the title contradicts the attributes",
      suggestion="让标题中的规格与净含量/容量/数量属性一致",
      explanation="Weights (g, kg, 斤, 两), volumes (ml, L, 升), battery capacity (mAh) and counts (片, 双, "
                  "抽, 卷 …) in a title-like field are converted to one unit (5kg = 10斤, 1L = 1000ml) and "
                  "compared with 净含量, 重量, 容量, 规格, 电池容量, 数量 … values. 500g*2 matches 500g or 1kg; "
                  "several sizes in a title (1kg/2kg/5kg) agree if any matches; limits (承重150kg, 5kg以下) "
                  "are not contents. Power (W), screen size (英寸), 匹数, alcohol (度, %vol) and cable length (米) "
                  "are compared with their own attributes only (功率, 屏幕尺寸, 匹数, 酒精度, 线长), and so is RAM "
                  "(8 of 8+256G, 运存8G) with 运行内存/内存容量. "
                  "`tolerance` is the relative difference allowed.",
      options={"tolerance": 0.02},
      examples_fail=["东北大米 5kg | 净含量:2.5kg", "抽纸 120抽 | 抽数:100抽"],
      examples_pass=["东北大米 10斤 | 净含量:5kg", "矿泉水 1L | 净含量:1000ml"],
      fields=TITLE_LIKE + ("attributes",), requires=("attributes",))
def check_quantity(ctx):
    yield from _named_count_claims(ctx)
    yield from labelled.labelled_figure_claims(ctx)
    pairs = attribute_values(ctx, "quantity")
    if not pairs:
        return
    tol = float(ctx.option("tolerance"))
    attr: dict[str, set[float]] = {}
    lengths: dict[str, set[float]] = {}   # 长度 values left out above: a title may state them still
    only_from = values.dim_attribute_names()
    from_description = ctx.memo.get("mis.from-description") or set()
    real_dims: set[str] = set()
    ranges: dict[str, list[tuple[float, float]]] = {}
    told: dict[str, set[float]] = {}   # the description's figures of a dimension the attributes state
    # the attributes first: a description's figure counts only for a dimension they leave out
    pairs = sorted(pairs, key=lambda p: p in from_description)
    for name, v in pairs:
        described = (name, v) in from_description
        ram_name = fold_name(name) in only_from["ram"]
        for dim in _BARE_FIGURE_DIMS:
            if fold_name(name) in only_from[dim]:
                m = _FIRST_FIGURE.search(norm(v))
                if m:
                    attr.setdefault(dim, set()).add(float(m.group(0)))
        nv = _SINGLE_PACK.sub(r"1\1装", norm(v))   # 单个装 is one
        for q in values.quantities(nv, networks=False):
            if ram_name and q.dim == "storage":
                q = replace(q, dim="ram")   # 运行内存:8GB is read as GB, which is storage's unit
            if q.dim == "millimetre" and fold_name(name) in only_from["cable-length"] and min(q.values) >= 100:
                # 直径:400mm is a lamp's or a pan's width (the millimetre dimension is a pen tip's or
                # a sheet's; a bead's 直径:7-8mm stays one)
                q = replace(q, dim="cable-length", values=tuple(x / 1000 for x in q.values))
            if q.dim in only_from and fold_name(name) not in only_from[q.dim] \
                    and not (q.dim == "set-pieces" and nv.endswith("件套", 0, q.end)):
                continue   # (规格:3件套 names its pieces as plainly as 件数 does)
            if fold_name(name) in _CABLE_ONLY_NAMES and not _names_a_cable(ctx):
                # 长度 of trousers, a rope, a bed: only a cable's length is its 线长 (a title saying
                # the 长度 agrees all the same: 鱼护 2.5米 | 长度:2.5米;口径:35cm)
                lengths.setdefault(q.dim, set()).update(q.values)
                continue
            if described and q.dim in real_dims:
                # the attributes state it: the description's figure is a second statement, which
                # a title agreeing with the attributes may still contradict (see below)
                # (not a per-unit line, 1.5kg/瓶 2瓶装, nor a power: 额定 and 最大 功率 differ by design)
                if q.dim in _TOLD_DIMS and not (q.dim == "storage" and "ram" in real_dims) \
                        and not _PER_UNIT_LINE.search(nv):
                    told.setdefault(q.dim, set()).update(q.values)
                continue
            if not described:
                real_dims.add(q.dim)
            attr.setdefault(q.dim, set()).update(q.values)
            low = next((m for m in _NUMBER_SPAN.finditer(nv, 0, q.end) if m.start(2) == q.start), None)
            if low and q.values[0] and float(low.group(2)):
                # 容量:20-35升 reads as 35 L: the range's low end scales the same way (20 L)
                lo, hi = float(low.group(1)), float(low.group(2))
                if lo < hi:
                    ranges.setdefault(q.dim, []).append((q.values[0] * lo / hi, q.values[0]))
    # 包装片数:42片 with 包数:3包 (or 3包 in the title): the title's 126片 counts all three packs
    for n in _pack_multipliers(ctx) | _title_pack_counts(ctx):
        for dim in [d for d in attr if d.startswith("count:")]:
            attr[dim] = attr[dim] | {v * n for v in attr[dim]}
    # 规格:6L×4包（单包约2.5kg） with 数量:4包: one pack's weight, the title's 约10kg is all four
    single = [(q.dim, q.values[0], v) for _, v in pairs for m in _SINGLE_PACK_AMOUNT.finditer(norm(v))
              for q in values.quantities(m.group(1), networks=False) if q.dim in ("weight", "volume")]
    if single:
        times = _pack_multipliers(ctx) | {int(m.group(1)) for _, v, in pairs for m in _TIMES_PACKS.finditer(norm(v))}
        for dim, amount, _ in single:
            attr.setdefault(dim, set()).update(amount * n for n in times)
    packs = _bare_pack_counts(pairs)
    if packs:
        attr["pack"] = packs
    if not attr:
        return
    shown = "；".join(v for _, v in pairs)
    for field in ctx.text_fields(TITLE_LIKE):
        text = ctx.text(field).view("norm")
        by_dim: dict[str, list] = {}
        skipped: dict[str, list] = {}
        found = values.quantities(text)
        if "storage" in attr and not any(q.dim == "storage" for q in found) and _STORAGE_PRODUCT.search(text):
            # 移动硬盘 4T on a listing whose attributes give a storage size: terabytes
            found = found + [values.Quantity(m.start(), m.end(), "storage", (float(m.group(1)) * 1000,))
                             for m in _BARE_TERABYTES.finditer(text)]
        for q in found:
            if q.dim == "weight" and "storage" in attr and "weight" not in attr and _bare_g_storage(q, text):
                q = replace(q, dim="storage")   # iPad 128G WLAN版 on a listing with 存储容量
            if q.dim == "storage" and "ram" in attr and q.values[0] <= 32 and _MEMORY_AFTER.match(text, q.end):
                q = replace(q, dim="ram")       # 16G内存 on a laptop whose 内存容量 is its RAM
            if packs and q.dim.startswith("count:") and not _QTY_SKIP_BEFORE.search(text[max(0, q.start - 6):q.start]) \
                    and not _PART_COUNT_BEFORE.search(text[max(0, q.start - 7):q.start]):
                # every count may agree (5片*2盒 is 10 pieces: 包装数量:10); only a pack count
                # (10双装, 2盒) can disagree
                by_dim.setdefault("pack", []).append(q)
            if q.dim not in attr:
                continue
            if q.dim == "weight" and _DOSE_UNIT.search(text, q.start, q.end) and not any(_DOSE_UNIT.search(norm(v)) for _, v in pairs):
                continue   # 叶酸片 0.4mg: an ingredient's dose per tablet, not the pack's net weight
            if q.dim == "weight" and _POUND.search(text, q.start, q.end) and (
                    _POUND_NOT_WEIGHT.search(text) or _POUND_PULL_BEFORE.search(text, max(0, q.start - 4), q.start)):
                continue   # 球拍 可拉30磅, 反曲弓 30磅, 握力器 100磅, 铜版纸 80磅: a tension, a draw, a grade
            if q.dim.startswith("count:") and any(v != int(v) for v in q.values[:1]):
                continue   # 券后29.9 抽纸: a price before a count word, never 29.9 sheets
            if _QTY_SKIP_BEFORE.search(text[max(0, q.start - 6):q.start]) or _QTY_SKIP_AFTER.match(text[q.end:q.end + 12]) \
                    or (q.dim.startswith("count:") and _PER_PACK.match(text, q.end)):
                skipped.setdefault(q.dim, []).append(q)
                continue
            if q.dim == "cable-length" and (_NOT_ROUND.search(text[max(0, q.start - 2):q.start]) or text[q.end:q.end + 1] in ("高", "宽", "厚", "深")):
                continue   # 高25cm, 宽40cm, 8cm高: a height or a width, not a length or a diameter
            if q.dim == "millimetre" and (_PART_DIAMETER.search(text, max(0, q.start - 6), q.start)
                                          or text[max(0, q.start - 1):q.start] in ("宽", "高", "长", "×", "*", "x")
                                          or text[max(0, q.start - 2):q.start] in ("壁厚", "外径", "内径")):
                continue   # 表盘直径46mm, 宽8mm, 900×400mm: a part's diameter, a width or a side, not the 直径
            if q.dim == "alcohol" and max(q.values) > 100:
                continue   # 250度 老花镜: a lens's power in degrees, no drink is stronger than 100%
            if q.dim == "alcohol" and text[q.end - 1:q.end] == "度" and (_BEER.search(text) or _BEER.search(ctx.value("category"))):
                continue   # 青岛啤酒 10度: a beer's 度 is its wort strength (°P), not its alcohol
            if (q.dim.startswith("count") or q.dim == "pack") and _BARE_ADDEND.search(text, max(0, q.start - 6), q.start):
                continue   # 12+2片: the gift on top of a count given bare, not the whole count (8+256G is RAM and storage)
            by_dim.setdefault(q.dim, []).append(q)
        if "pack" in by_dim and not any(_is_pack_count(q, text) for q in by_dim["pack"]):
            del by_dim["pack"]
        yield from _per_piece_total_claims(ctx, field, text, attr, ranges, by_dim, skipped, shown, pairs)
        for dim, qs in by_dim.items():
            stated = {a for q in qs for a in q.values}
            # 400ml+40ml (加量装): the sum is the content too
            stated |= {a.values[0] + b.values[0] for a, b in zip(qs, qs[1:])
                       if _PLUS_BETWEEN.fullmatch(text[a.end:b.start])}
            if dim.startswith("count:"):   # 12罐*2箱: 24 cans in all; 3盒×10枚: 30 eggs
                stated |= {q.values[0] * int(m.group(1)) for q in qs for m in [_TIMES_PACKS.match(text, q.end)] if m}
                stated |= {q.values[0] * int(m.group(1)) for q in qs for m in [_PACKS_TIMES.search(text, max(0, q.start - 8), q.start)] if m}
            if dim in ("weight", "volume"):   # 5支装 30g: thirty grams each, 150 g in the pack
                stated |= {a * int(m.group(1)) for a in list(stated) for m in _PACK_OF.finditer(text)}
            t = 0.0 if dim in _DIM_EXACT else max(tol, _DIM_TOLERANCE.get(dim, 0.0))
            if any(values.same_amount(a, b, t) for a in stated for b in attr[dim] | lengths.get(dim, set())):
                # 手撕牦牛肉干500g | 净含量:500g, and the description's 【规格】净含量：250g: a listing
                # copied from another keeps the other's figure in its spec lines; the title and the
                # attributes agreeing do not make it right (only one figure there, a whole one)
                other = told.get(dim)
                if other and len(other) == 1 and not any(values.same_amount(a, b, t) for a in stated for b in other) \
                        and not any(values.same_amount(b, c, t) for b in other for c in attr[dim]):
                    q = qs[0] if dim != "pack" else next(q for q in qs if _is_pack_count(q, text))
                    said = "、".join(v for n, v in pairs if (n, v) in from_description)
                    yield ctx.finding(field, "norm", q.start, q.end,
                                      f"the {field} and the attributes say “{text[q.start:q.end]}” but the description's "
                                      f"spec line says “{said}”",
                                      suggestion=f"核对{_DIM_LABEL.get(dim, '数量')}：更正描述中的规格参数或标题")
                continue
            if any(lo * (1 - t) <= a <= hi * (1 + t) for a in stated for lo, hi in ranges.get(dim, ())):
                continue   # 30L within 容量:20-35升
            if any(values.same_amount(a, b, t) for q in skipped.get(dim, ()) for a in q.values for b in attr[dim]):
                continue   # 一对10公斤 单只5kg | 重量:5kg: the attribute gives the single piece
            q = qs[0] if dim != "pack" else next(q for q in qs if _is_pack_count(q, text))
            label = _DIM_LABEL.get(dim, "数量")
            yield ctx.finding(field, "norm", q.start, q.end,
                              f"the {field} says “{text[q.start:q.end]}” but {stated_by(ctx, pairs)} say “{shown}”",
                              suggestion=f"让“{text[q.start:q.end]}”与{label}属性一致")


# 10片装 每片130g: the weight of one of the title's pieces (each, 单片, 每块); times the count of
# those pieces it is the pack's, which the attributes' 净含量 must give (or the one piece's)
_PER_PIECE_BEFORE = regex.compile(r"(?:每|单)(?P<u>[片块只个条根粒颗袋包支瓶罐盒])\s*(?:约|重约|重|净含量)?\s*$", regex.V1)
_PER_PIECE_TOLERANCE = 0.1   # one piece's weight is a typical one (约130g)


def _per_piece_total_claims(ctx, field, text, attr, ranges, by_dim, skipped, shown, pairs):
    for dim in ("weight", "volume"):
        if dim not in attr or dim in by_dim:
            continue   # a total the title states is read as it is
        for q in skipped.get(dim, ()):
            m = _PER_PIECE_BEFORE.search(text, max(0, q.start - 6), q.start)
            if not m or text[q.end:q.end + 1] in ("-", "~", "～", "/") or len(q.values) != 1:
                continue   # (每片100-130g is a span of pieces, 每片130g/片 a rate)
            # (6-8块 is a span of pieces, no count; 十片装 and 100只 are counts)
            counts = {_count_number(c.group(1)) for c in regex.finditer(
                rf"(?<![0-9.\-~～至到])([2-9]|[1-9][0-9]{{1,2}}|[两三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十)\s*{m.group('u')}(?![0-9])", text)
                if not regex.match(r"\s*[-~～至到]", text[c.end():])} - {None}
            if not counts:
                continue
            per = q.values[0]
            # (30包 每包10g 2盒: the boxes multiply too)
            boxes = {int(b.group(1)) for b in _TITLE_PACKS.finditer(text) if not b.group(0).endswith(m.group("u"))}
            candidates = {per} | {per * n * k for n in counts for k in boxes | {1}}
            if any(values.same_amount(a, b, _PER_PIECE_TOLERANCE) for a in candidates for b in attr[dim]):
                continue
            if any(lo * (1 - _PER_PIECE_TOLERANCE) <= a <= hi * (1 + _PER_PIECE_TOLERANCE)
                   for a in candidates for lo, hi in ranges.get(dim, ())):
                continue
            n = min(counts)
            yield ctx.finding(field, "norm", q.start, q.end,
                              f"the {field} says {n}{m.group('u')} of “{text[q.start:q.end]}” each, but "
                              f"{stated_by(ctx, pairs)} say “{shown}”",
                              suggestion=f"让件数×每{m.group('u')}重量与{_DIM_LABEL.get(dim, '净含量')}属性一致")
            return


# a span of two figures (20-35升, 尺码:31-36): MIS005 reads its low end, the code checks every step
_NUMBER_SPAN = regex.compile(r"(?<![0-9.])([0-9]+(?:\.[0-9]+)?)\s*[-~～至到]\s*([0-9]+(?:\.[0-9]+)?)(?![0-9])")


# A count of a named part the attributes give under its own name (刷头数量:2个, 颜色数量:9色)
# against the title's count of it (配8个刷头, 12色眼影盘). Only names no other property reads
# (片数, 抽数 and 层数 are quantities already), and not a gift's count (送2个刷头).
# (孔数:10孔, a one-character noun, only with its own character as the unit)
_NAMED_COUNT_NAME = regex.compile(r"^(?P<noun>\p{Han}{1,4}?)(?:数量|个数)$|^(?P<noun2>\p{Han}{2,4}?)数$|^(?P<noun3>\p{Han})数$", regex.V1)
_NAMED_COUNT_NOT = regex.compile(r"^(?:包装|包|件|套件|配件|赠品|适用|使用|人|可坐|座|单|每|最大|最小|额定|sku|库存|规格|商品|产品|总)", regex.V1)
_COUNT_VALUE = regex.compile(r"^\s*(?P<n>[0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*(?P<cls>\p{Han})?\s*(?:\(|（|$)", regex.V1)
_NUMERAL = r"(?<![0-9.])(?P<n>[0-9]{1,3}|[一二两三四五六七八九十]{1,3})"
# a gift's count or kind (送2个刷头, 送樟木块), or one part's (每层2个抽屉): not the item's
_NOT_THE_ITEM_BEFORE = regex.compile(r"(?:送|赠|加送|另送|额外|备用|再送|多送|附送|加赠|赠送|每\p{Han}?)\s*$", regex.V1)


def _count_number(s: str) -> int | None:
    from ..text.numbers import chinese_to_int
    return int(s) if s.isdigit() else chinese_to_int(s)


@lru_cache(maxsize=1024)
def _named_count_pattern(noun: str, cls: str):
    # 12色 for 颜色数量 (the unit is the noun's own character): the number and the unit say it;
    # any other part needs its name after the number (8个刷头, 8支刷头)
    if cls == "色" and noun.endswith(("颜色", "色彩")):
        # (2色可选 offers colours to choose from, not the count inside one)
        return regex.compile(rf"{_NUMERAL}\s*{regex.escape(cls)}(?!\s*(?:可选|任选|选择|随机|可挑|入|款))", regex.V1)
    # (化妆人数:2人 names 化妆 after the unit: a bare 6人 in the title counts the sitters)
    name = noun[:-1] if cls and noun.endswith(cls) and len(noun) > 2 else noun
    unit = rf"(?:{regex.escape(cls)}|个|只|支|枚)" if cls else r"(?:个|只|支|枚)"
    # a count with its unit written (300颗灯珠), or of two digits at most without one (8刷头; not
    # 骁龙865处理器, a model); a count per unit (60灯珠/米) is no total
    # (S2批头 names a steel, not two bits: no Latin letter before the count)
    return regex.compile(rf"(?<![0-9.a-z])(?:(?P<n>[0-9]{{1,3}}|[一二两三四五六七八九十]{{1,3}})\s*{unit}"
                         rf"|(?P<n>[0-9]{{1,2}}|[一二两三四五六七八九十]{{1,3}}))\s*{regex.escape(name)}(?!\s*/)", regex.V1)


def _named_count_claims(ctx):
    index_names = _named_properties()
    for name, vs in ctx.attributes.items():
        folded = fold_name(name)
        m = _NAMED_COUNT_NAME.match(folded)
        if not m or folded in index_names or _NAMED_COUNT_NOT.search(folded) or len(vs) != 1:
            continue
        v = _COUNT_VALUE.match(norm(vs[0]))
        if not v:
            continue
        listed = _count_number(v.group("n"))
        noun, cls = m.group("noun") or m.group("noun2") or m.group("noun3"), v.group("cls") or ""
        if m.group("noun3") and cls != noun:
            continue
        if listed is None or cls in ("元", "年", "月", "天", "岁", "度"):
            continue
        pattern = _named_count_pattern(noun, cls)
        for field in ctx.text_fields(TITLE_LIKE):
            text = ctx.text(field).view("norm")
            found = [t for t in pattern.finditer(text) if not _NOT_THE_ITEM_BEFORE.search(text[max(0, t.start() - 4):t.start()])]
            if found and not any(_count_number(t.group("n")) == listed for t in found):
                t = found[0]
                yield ctx.finding(field, "norm", t.start(), t.end(),
                                  f"the {field} says “{t.group(0)}” but the {name} attribute is “{vs[0]}”",
                                  suggestion=f"让标题中的“{t.group(0)}”与{name}属性一致，或更正属性")
                break


@lru_cache(maxsize=1)
def _named_properties() -> frozenset:
    from .mismatch_data import _name_index
    return frozenset(_name_index())


_MULTIPLIER_NAMES = frozenset(fold_name(n) for n in ("包数", "盒数", "箱数", "袋数", "包装包数"))
_MULTIPLIER_VALUE = regex.compile(r"^\s*([2-9]|[1-9][0-9])\s*(?:包|盒|箱|袋)?\s*$")


_TITLE_PACKS = regex.compile(r"(?<![0-9.])([2-9]|[1-9][0-9])\s*(?:包|盒|袋|提|卷|箱)(?![0-9a-z])", regex.V1)


def _title_pack_counts(ctx) -> set[int]:
    """Packs a title counts (抽纸 3包 共360抽): the per-pack attributes multiply by them."""
    if not any(fold_name(n).startswith(("包装", "每包", "单包")) for n in ctx.attributes):
        return set()
    return {int(m.group(1)) for f in ctx.text_fields(TITLE_LIKE) for m in _TITLE_PACKS.finditer(ctx.text(f).view("norm"))}


def _pack_multipliers(ctx) -> set[int]:
    return {int(m.group(1)) for n, vs in ctx.attributes.items() if fold_name(n) in _MULTIPLIER_NAMES
            for v in vs for m in [_MULTIPLIER_VALUE.match(norm(v))] if m}


_SINGLE_PACK_AMOUNT = regex.compile(r"(?:单|每)(?:包|袋|瓶|罐|盒|支|桶|箱)\s*(?:约|重约|净含量)?\s*([0-9]+(?:\.[0-9]+)?\s*(?:kg|g|ml|l|千克|公斤|克|斤|毫升|升))", regex.V1 | regex.I)
# 500张/包 counts one pack's sheets (张数:2500 is the box's): a count per pack is no pack count
_PER_PACK = regex.compile(r"\s*/\s*(?:包|袋|盒|箱|瓶|罐|件|套|本|卷)", regex.V1)
_PACKS_TIMES = regex.compile(r"(?<![0-9.])([1-9][0-9]?)\s*(?:箱|组|提|盒|包|袋|排|板)\s*[*×xX]\s*$", regex.V1)
_TIMES_PACKS = regex.compile(r"\s*[*×xX]\s*([1-9][0-9]?)\s*(?:箱|组|提|件|盒|包|袋|排|板|条)", regex.V1)
# 面漆5L+底漆5L: 10L in all; 1条浴巾+2条毛巾: three towels
_PLUS_BETWEEN = regex.compile(r"\s*\p{Han}{0,3}\s*\+\s*\p{Han}{0,3}\s*", regex.V1)
_TOLD_DIMS = frozenset({"weight", "volume", "battery", "storage", "ram", "cable-length", "screen"})
_PER_UNIT_LINE = regex.compile(r"/\s*[瓶袋包盒罐支片个只粒条桶]|[×*xX]\s*[0-9]|[0-9]\s*[瓶袋包盒罐支片个只粒条桶]装", regex.V1)
_BARE_ADDEND = regex.compile(r"(?<![0-9.])[0-9]{1,4}\s*[+＋]\s*$")
_BEER = regex.compile(r"啤酒|精酿|原浆|扎啤|鲜啤|白啤|黄啤|黑啤|拉格|艾尔|ipa", regex.I)
_PART_DIAMETER = regex.compile(r"(?:表盘|表壳|表带|镜面|镜片|杯口|瓶口|孔|管|线|芯|轴|头|座)\s*(?:直径|外径|内径)\s*[:：]?\s*$", regex.V1)
_NOT_ROUND = regex.compile(r"[高宽深厚]\s*(?:约|度)?\s*$")
_CABLE_ONLY_NAMES = frozenset(fold_name(n) for n in ("长度", "线长度"))
# things measured by their length: a cable, a rod, a hose
# (not 绳: a rope is often adjustable, 跳绳 3米 可调节; a dog lead's or a tape's length is its
# size, 伸缩牵引绳 5米, 钢卷尺 5米, and so is a tank's, 鱼缸 60cm)
_LENGTH_ITEM = regex.compile(r"(?<!踢脚|收边|装饰|压)线(?!条)|竿|管|杆|牵引绳|遛狗绳|卷尺|皮尺|钢尺|直尺|鱼缸|水族箱")


def _names_a_cable(ctx) -> bool:
    return any(_LENGTH_ITEM.search(ctx.value(f)) for f in TITLE_LIKE)


_SINGLE_PACK = regex.compile(r"单([个只件支瓶盒包袋条双片罐])装", regex.V1)
# Attributes whose value is a bare figure of their own (含绒量:90%, 件数:3件)
_BARE_FIGURE_DIMS = ("down", "set-pieces")
_FIRST_FIGURE = regex.compile(r"[0-9]+(?:\.[0-9]+)?")


# 包装数量:5 with no unit counts packs: 10双装, 4支装 and the 2 of 3kg*2瓶 are pack counts; 20片 or
# 120抽 are the contents of one pack unless written as 20片装. A count of 1 is the platform's
# default and agrees with one pack of anything.
_PACK_NAMES = frozenset(fold_name(n) for n in ("包装数量", "数量", "件数", "只数", "包装件数", "套装数量"))
_BARE_COUNT = regex.compile(r"^\s*(\d{1,4})\s*(?:件|个|套|份)?\s*$")
_CONTENT_UNITS = frozenset("片抽粒张颗层页把副")   # 五层, 80页, 菜刀2把: the build of one item or a set, no pack count


# 8G-32G are as often RAM (16G 1T 轻薄本): only the sizes that are storage alone
_STORAGE_SIZES = frozenset({64.0, 128.0, 256.0, 512.0})


_MEMORY_AFTER = regex.compile(r"\s*(?:大)?内存(?!卡)")


def _bare_g_storage(q, text: str) -> bool:
    """A bare G of a storage size (64G, 128G) on a listing whose attributes give a storage
    capacity and no weight: storage, not grams."""
    return (q.values[0] in _STORAGE_SIZES and text[q.end - 1:q.end] in "gG"
            and not text[q.end - 2:q.end - 1].isalpha())


def _is_pack_count(q, text: str) -> bool:
    return q.dim[6:] not in _CONTENT_UNITS or text.startswith("装", q.end)


def _bare_pack_counts(pairs) -> set[float]:
    out = set()
    for name, v in pairs:
        if fold_name(name) in _PACK_NAMES:
            m = _BARE_COUNT.match(norm(v))
            if m and int(m.group(1)) > 1:
                out.add(float(m.group(1)))
    return out


# 男士运动鞋 in 流行女鞋>单鞋, 女士羽绒服 in 男装>羽绒服: the path's gender and the title's. A
# title naming both (男女同款, 情侣) or neither says nothing.
_PATH_FEMALE = regex.compile(r"女装|女鞋|女士|女包|女式|女款|女性")
_PATH_MALE = regex.compile(r"男装|男鞋|男士|男包|男式|男款|男性")
_TITLE_FEMALE = regex.compile(r"女士|女款|女式|女鞋|女装|女生|女孩|女人|女童")
_TITLE_MALE = regex.compile(r"男士|男款|男式|男鞋|男装|男生|男孩|男人|男童")
_BOTH = regex.compile(r"男女|女男|情侣|中性|通用")


def _gender_of_path(ctx, path: str):
    fem, male = _PATH_FEMALE.search(path), _PATH_MALE.search(path)
    if bool(fem) == bool(male):
        return
    text = ctx.text("title").view("squeezed")
    if _BOTH.search(text):
        return
    wrong = (_TITLE_MALE if fem else _TITLE_FEMALE).search(text)
    if wrong and not (_TITLE_FEMALE if fem else _TITLE_MALE).search(text):
        yield ctx.finding("title", "squeezed", wrong.start(), wrong.end(),
                          f"the title is for “{wrong.group(0)}” but the category is “{path}”",
                          suggestion="把商品发布到对应性别的类目，或更正标题")


# --- MIS006 category --------------------------------------------------------------------------
# 送滚筒刷+美纹纸+手套: every item of a list after 送 is a gift, not the product (the
# squeezed view has lost the +, so the list is read on the original)
_GIFT_WORD = regex.compile(r"送|赠")
_GIFT_LIST = regex.compile(r"(?:赠送|附赠|附送|加送|另送|再送|送(?!女友|女朋友|男友|男朋友|老婆|老公|妈妈|爸爸|母亲|父亲|老师|闺蜜|朋友|同学|长辈|老人|孩子|儿子|女儿|宝宝|客户|领导|同事|情侣|爱人|家人|自己|礼)|赠(?!女友|男友|老师|妈妈|朋友))\s*(?:\p{Han}{1,8}(?:\s*[0-9一二两三四五六七八九十]{0,2}\s*[个只支把件副双条包瓶张片套卷])?"
                           r"(?:\s*[+＋、&和及]\s*\p{Han}{1,8}(?:\s*[0-9一二两三四五六七八九十]{0,2}\s*[个只支把件副双条包瓶张片套卷])?){1,6})", regex.V1)


def _gift_list_spans(ft) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _GIFT_LIST.finditer(ft.raw)]


@rule("MIS006", "category-mismatch", category="mismatch", severity="error", basis=BASIS_CATEGORY,
      summary="The product named in the title does not belong to the listing's category",
      suggestion="把商品发布到正确的类目，或改正标题中的商品名称",
      explanation="The category column (a path such as 女装/连衣裙 or 女鞋>高跟鞋, or a category name) is "
                  "matched against wordlists/categories.yaml; the product words of the title must belong "
                  "to that top-level category or a related one (运动户外 shares products with 服装 and 鞋). "
                  "It fires only when the title names products and none of them fits. A title for one "
                  "gender in a path of the other (男士运动鞋 in 流行女鞋>单鞋) is reported too; 男女同款 and "
                  "情侣 agree with either. A numeric cid is "
                  "read only through the `cid-map` option ({cid: category name}); otherwise the check "
                  "stays silent.",
      options={"cid-map": {}},
      examples_fail=["手机壳 华为 | 类目 女装/连衣裙", "儿童 积木 玩具 | 类目 女鞋/高跟鞋"],
      examples_pass=["碎花连衣裙 | 类目 女装/连衣裙", "连衣裙 | 类目 50010850 (no cid-map)"],
      fields=("title", "category"), requires=("category",))
def check_category(ctx):
    raw = ctx.value("category").strip()
    if not raw:
        return
    lex = category.lexicon()
    if category.is_numeric_cid(raw):
        mapped = {str(k): str(v) for k, v in (ctx.option("cid-map") or {}).items()}.get(raw)
        if not mapped:
            return
        raw = mapped
    found = list(_top_level_claims(ctx, raw, lex))
    yield from found
    if not found and "title" in ctx.listing.fields:
        yield from _leaf_kind_claims(ctx, raw)


_INGREDIENT_CATEGORIES = frozenset({"food", "agriculture"})


def _leaf_kind_claims(ctx, raw: str):
    """A product of another kind than the category's leaf holds, within a category the title's
    product belongs to (儿童安全座椅 under 婴儿推车>高景观推车, 啤酒 under 酒类>白酒, 手机壳 under
    手机充电器): the leaf names a kind, the title names another kind and no word of the leaf's."""
    kinds = category.kind_lexicon()
    leaf = kinds.leaf_kinds(raw)
    if not leaf:
        return
    lex = category.lexicon()
    cats = lex.listing_categories(raw)
    if not cats or cats & lex.any_product:
        return   # (a category we cannot place, or one that holds any product)
    food = cats <= _INGREDIENT_CATEGORIES
    if food and not leaf <= kinds.staple_kinds:
        return   # (food is named by its ingredients and its flavours: 枸杞 菊花茶, 猫山王榴莲 千层)
    allowed = lex.allowed(cats)
    ft = ctx.text("title")
    if kinds.names_kind(ft.view("squeezed"), leaf) or kinds.shares_leaf_word(raw, ft.view("squeezed")):
        return
    text = ft.view("norm")   # (keyword groups are told apart by the spaces between them)
    hits = [h for h in kinds.title_kinds(text)
            if not category.FITS_BEFORE.search(text, max(0, h[0] - 4), h[0])
            and not category._PART_BEFORE.search(text, max(0, h[0] - 4), h[0])]
    if hits and _GIFT_WORD.search(ft.view("squeezed")):
        gifts = _gift_list_spans(ft)
        hits = [h for h in hits if not any(gs <= ft.to_raw("norm", h[0], h[1])[0] < ge for gs, ge in gifts)]
    # (a product of another top-level category is MIS006's other reading, decided there; and one
    # a related category sells, 牛肉粒 or 饼干 in a pet shop, is what the pet eats, not a misfile)
    hits = [h for h in hits if not (lex.by_word.get(h[2]) and not lex.by_word[h[2]] & cats)]
    # (a clothing leaf's head character in a title word, 长裙 under 连衣裙, 布鞋 under 单鞋)
    if hits and kinds.same_garment(raw, text):
        return
    # (a plant or a pet named as what a product is for: 多肉 置物架, 狗狗 牛肉粒 训犬)
    pet_title = "pets" in cats and kinds.pet_word.search(text)
    hits = [h for h in hits if h[3] not in kinds.user_kinds and not (pet_title and not kinds.pet_word.search(h[2]))]
    if not hits or any(k in leaf for _, _, _, k in hits):
        return
    if food and hits[0][3] not in kinds.staple_kinds:
        return
    s, e, word, _ = hits[0]
    yield ctx.finding("title", "norm", s, e,
                      f"the title sells “{word}” but the category is “{ctx.value('category').strip()}”",
                      suggestion=f"把“{word}”发布到对应的叶子类目，或更正标题")


def _top_level_claims(ctx, raw: str, lex):
    if "title" in ctx.listing.fields:
        yield from _gender_of_path(ctx, raw)
    cats = lex.listing_categories(raw)
    if not cats or "title" not in ctx.listing.fields or cats & lex.any_product:
        return

    if "pets" in cats:
        yield from _pet_species(ctx, raw)
    text = ctx.text("title").view("squeezed")
    # 适用苹果华为 on a phone holder: the word after 适用 names what it fits, not what it is
    found = lex.resolve([f for f in lex.products(text) if not category.FITS_BEFORE.search(text, max(0, f[0] - 4), f[0])], cats)
    if found and _GIFT_WORD.search(text):
        gifts = _gift_list_spans(ctx.text("title"))
        found = [f for f in found if not any(gs <= ctx.text("title").to_raw("squeezed", f[0], f[1])[0] < ge for gs, ge in gifts)]
    if not found:
        return
    allowed = lex.allowed(cats)
    if any(pc & allowed for _, _, _, pc in found):
        # a leaf that is itself a product (宠物用品/猫砂, 宠物用品>猫爬架) holds that category's
        # products only, not its relations' (团扇 under 猫砂 is no pet product, whatever pets share with home)
        leaf = lex.leaf_categories(raw, text)
        if not leaf or any(pc & leaf for _, _, _, pc in found) or lex.path_named_in(raw, text):
            yield from _device_in_accessory_leaf(ctx, raw, text)
            return
    if lex.path_named_in(raw, text):
        return   # 车载逆变器 in 汽车用品/车载电器/逆变器: the title names what the category names
    # a leaf naming a product (收款音箱, 儿童水杯) holds products of its head noun and its own
    # categories (收款语音播报音箱, a child's 吸管杯), not merely a related category (平板电脑 under
    # 收款音箱) nor another trade's product of the same head (牵引绳 under 登山绳, 脚垫 under 地垫);
    # a head every kind of product ends in (器 of 调音器 and 车载充电器) says nothing
    leaf = [(w[-1], pc) for _, _, w, pc in lex.products(squeeze_text(_LEAF_SEP.split(raw.strip())[-1]))
            if w[-1] not in category._GENERIC_CHARS]
    if any(f[2][-1] == head and f[3] & pc for f in found for head, pc in leaf):
        return
    # 小米14 in 手机, 稻香村 …: a product word inside a brand the title names is the brand
    ft = ctx.text("title")
    # (液态硅胶 带挂钩 holds no 胶带: a word read across a space with one character on a side is
    # two words' ends; 宝宝 餐具 is the word 宝宝餐具 spaced)
    found = [f for f in found if not _split_by_space(ft, f[0], f[1])]
    named = [brands._squeezed_span(ft, h) for h, _ in brands.title_brand_hits(ctx, "title", brands.matcher_for(ctx))]
    own = [values.squeeze(v) for v in brands.listing_brand_values(ctx)]
    found = [f for f in found if not any(f[0] < be and bs < f[1] for bs, be in named)
             and not any(f[2] in v for v in own)]
    if not found:
        return
    s, e, word, _ = found[0]
    yield ctx.finding("title", "squeezed", s, e,
                      f"the title sells “{word}” but the category is “{ctx.value('category').strip()}”",
                      suggestion=f"把“{word}”发布到对应类目，或更正标题")
