"""Prices stated in text (9.9元, ¥99, 19.9元3件, 到手价79, 29元起) and the price field.

A stated price is read with what qualifies it: 起/低至 make it a lower bound, 到手价/券后 a
price after coupons (it may sit below the field, within `coupon-max-discount`), and a count
next to it (19.9元3件, 3件19.9) makes it a multi-buy whose unit price is also a candidate.
Amounts that are not this item's price (满199减20, 原价, 运费, 定金, 面值) are skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from ..text.numbers import chinese_to_int

_CN = "零一二两三四五六七八九十百"
# Promotion prices: like 到手价, they may sit below the price field (within coupon-max-discount).
_DEAL_PREFIXES = ("到手", "券后", "活动", "秒杀", "拼团", "会员", "预售", "拍下", "下单", "特惠", "折后", "惊爆", "抢购",
                  "限时", "狂欢", "内购", "清仓", "直播", "粉丝", "新人", "专享", "特卖")
_DEAL_WORDS = "|".join(p + "价" for p in _DEAL_PREFIXES[9:])
# 1,299 and 12,999.00: thousands separators, as Excel writes a formatted number
_NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)"
_COUNT_UNITS = "件个只双条盒瓶包袋支片罐套份斤"
_NOT_YUAN = r"(?!素|器|旦|宵|气|组|宝|年|月|老|首|帅|装)"   # 10块装: ten pieces
_AMOUNT = regex.compile(
    # (第四套人民币 8050: a banknote series and its year-and-value code, not a price)
    r"(?P<cur>¥|rmb|(?<!套)人民币)\s*" + _NUM.replace("(", "(?P<a>", 1) +
    r"|" + r"(?P<j1>\d+)块(?P<j2>\d)(?!\d)" +
    r"|" + r"(?P<cj1>[" + _CN + r"]+)块(?P<cj2>[一二三四五六七八九])" +
    r"|" + _NUM.replace("(", "(?P<b>", 1) + r"\s*(?P<unit>元|块钱|块|rmb)" + _NOT_YUAN +
    r"|" + r"(?P<cb>[" + _CN + r"]+)\s*(?:元|块钱)" + _NOT_YUAN +
    r"|" + r"(?<![\d.])" + _NUM.replace("(", "(?P<pb>", 1) + r"包邮(?!价)" +
    r"|" + r"(?<![\d.])" + _NUM.replace("(", "(?P<pd>", 1) + r"到手(?!价)" +
    r"|" + r"(?P<kw>到手价|到手|券后价|券后|活动价|秒杀价|拍下价|拍下|下单价|特价|仅需|只需|只要|现价|售价|价格|仅售|包邮价|团购价|促销价|优惠价|"
           # (【到手价】11.11, 【活动价】12月12日, 【秒杀价】20点开抢: a festival's date or an hour, no price)
           r"福利价|拼团价|会员价|预售价|一口价|" + _DEAL_WORDS + r")\s*[】\]」]?\s*[:：]?\s*(?!(?:11\.11|12\.12|6\.18|5\.20|3\.8)(?![0-9]))" + _NUM.replace("(", "(?P<c>", 1) +
    # (拍下4盒 is a count: any counting unit right after the number, not only 个/件/片/只; 一口价299
    # 双面呢 is a price before a word)
    # (规格价格：1米 白色 39.90元, 价格：150×200cm 159元: a size opens the SKU line, not a price;
    # 秒杀价89双面羊绒 is a price before a word that begins with a unit's character)
    r"(?![\d.])(?!\s*(?:年|款|新|版|型|号|cm|mm|ml|g|kg|岁|码|寸|英寸|色|个|件|片|只|卷|颗|根|粒|枚|台|张|把|组(?!合)|组合装|(?<![0-9][0-9]\s{0,2})组合|箱|提(?!供|前|示|醒|升|高)|桶|克|封(?!装|口)|本(?!店|品|款|人)|册|对(?!比|于|应)|副|线(?![上下])|%|w|v|m|l|h|天|小时|分钟|秒(?!杀)|度|次(?!日)|步|月|日|号|点|时|[:：][0-9]|米(?!白|色|黄|线|饭|粉|酒|糕|面|粒|奇|兰|其林|老鼠|字|黑)|厘米|毫米|页(?!面)|层(?!次)|[×xX*＊]\s*\d))"
    r"(?![" + _COUNT_UNITS.replace("包", "").replace("双", "") + r"]|包(?!邮)|双(?!面|层|人|色|头|肩|开|拉|向|频|核|卡|排|拼|股|十一|11))",
    regex.V1 | regex.I)
_COUNT_AFTER = regex.compile(r"^\s*/?\s*(?:共|仅|任选)?\s*(\d+|[一二两三四五六七八九十])\s*([" + _COUNT_UNITS + r"])(?!装)")
# (…and a pack before its deal price: 两瓶装到手价88元)
_COUNT_BEFORE = regex.compile(r"(?:买|拍|任选)?(\d+|[一二两三四五六七八九十])\s*([" + _COUNT_UNITS + r"])\s*"
                              r"(?:装\s*(?:到手价?|券后价?|活动价|优惠价|组合价)?\s*[:：]?)?\s*(?:共|仅|只要|仅需|=)?\s*$")
_FROM_AFTER = regex.compile(r"^\s*(?:元|块)?\s*(?:起|起售|起拍|起步)")
_FROM_BEFORE = regex.compile(r"(?:低至|最低|最低价|低到)\s*[:：]?\s*$")
_DEAL_BEFORE = regex.compile(r"(?:到手价?|券后价?|活动价|秒杀价|领券|预售价|拼团价|会员价|叠券|用券)\s*[:：]?\s*(?:仅|只要|仅需)?\s*$")
_SKIP_BEFORE = regex.compile(
    # 19.9-39.9元: the top of a range is no price of its own
    r"(?:[0-9.]\s*[-~至到]\s*|"
    # (150g×4块: a count of pieces after a multiplication sign, not 4 yuan)
    r"[×*＊]\s*|(?<=[0-9])x\s*|"
    r"满|全场|全店|减|省|返|送|加|差|运费|邮费|原价|吊牌价|话费\S{0,3}|慢充|快充|充值|专柜价|市场价|划线价|参考价|定金|订金|押金|月供|分期|每期|日均|立减|"
    r"优惠|直降|券|红包|补贴|赔|罚|奖励|面值|面额|话费|充值|价值|超过|不到|低于|高于|以上|以下|约|每|平均|"
    # a banknote's or a coin's face value (航天纪念钞 100元, 生肖纪念币 10元) is no price
    r"纪念钞|纪念币|纸币|硬币|钱币|钞|币|"
    # A unit price (折合9.98元/斤, 每袋9.9元, 单价0.75元) is not the listing's price.
    r"折合|单价|均价|每[\p{Han}]{1,2}|单[支个只瓶包片张盒条双]\s*(?:低至|仅|约|只要)?)\s*[:：]?\s*(?:¥|rmb)?\s*$",
    regex.V1 | regex.I)
_SKIP_AFTER = regex.compile(
    # (1元1支 10支起拍: the price of one piece of a pack)
    r"^\s*(?:元|块)?\s*1\s*[支个件只片瓶包袋盒粒张本根条双斤]|"
    r"^\s*(?:元|块)?\s*(?:纪念钞|纪念币|纸币|硬币|钞票|纸钞|冠号|尾号|靓号|豹子号|连号|面值|券|代金|红包|话费|无门槛|优惠|现金|抵扣|储值|购物卡|礼品卡|卡|国区|港区|兑换码|充值|以上|以下|左右|内|/月|/天|/年|每|"
    r"一天|一个月|定金|订金|运费|邮费|差价|补差|门槛|减|立减|返|预定|起订|-|~|至|/\s*(?:\p{Han}|[a-z]{1,3}\b))", regex.V1 | regex.I)
_PRICE_FIELD = regex.compile(r"\d+(?:\.\d+)?")
# A noun right before N块 (拖布2块, 抹布3块) counts pieces; a price word there (只要29块) does not
_NOUN_BEFORE = regex.compile(r"(?![价售仅只要需卖券后到手省减仓惠])\p{Han}$", regex.V1)
# Things counted in 块 (a bare N块 names how many of them, not a price in yuan)
_PIECES = regex.compile(r"积木|拼图|颗粒|瓷砖|地砖|墙砖|香皂|肥皂|手工皂|洁面皂|皂|砧板|菜板|磨刀石|抹布|地垫|"
                        r"巧克力|月饼|蛋糕|饼干|腕表|手表|玉石|石头|木板|面板|电池|冰袋|冰砖|砖|"
                        # products named with 块, counted in it (洗碗块 60块)
                        r"洗碗块|洁厕块|清洁块|泡腾块|皂块|香薰块|除臭块|固体块|蓝泡泡块|洗衣块|清香块|橡皮|海绵块|海绵擦|浮石|磨脚石", regex.V1)
_ENDS_WITH_DIGIT = regex.compile(r"[\d.]$")
# Every branch of _AMOUNT needs one of these markers (元, 块, ¥, 人民币, rmb, 包邮 after a
# number, or a price word with 价/券/需/要/售): most descriptions have none, and finding them is far cheaper than
# running _AMOUNT at every position of a 1 KB description.
# (`re`: a plain character set is searched faster there; rmb folds the same way in both.)
_MARKER = re.compile(r"[元块¥币价券需要售邮手]|拍下|rmb", re.I)
# What an _AMOUNT match can hold before its first marker: the number (\d . \s, Chinese
# numerals), 人民 of 人民币, and the price words' leading characters (到手价, 活动价, 秒杀价,
# 特价, 仅需, 只要, 现价, 包邮价, 团购价, 促销价, 优惠价, 福利价, 拼团价, 会员价, 预售价, 一口价).
# A match can only start inside the run of these characters that ends at a marker, so
# _AMOUNT is tried at those few positions only, with the same (leftmost, non-overlapping)
# matches as a scan of the whole text.
_PREFIX_CHAR = regex.compile(r"[\d.,\s" + _CN + r"人民到手拍下活动秒杀特仅只现包邮团购促销优惠福利拼会员预口"
                             r"折后惊爆抢限时狂欢内清仓直播粉丝新专享卖]", regex.V1 | regex.I)
_PRICE_WORD_BEFORE = regex.compile(r"(?:售价|价格|特价|仅售|仅需|只要|现价|包邮)\s*[:：]?\s*$")


@dataclass(frozen=True)
class StatedPrice:
    start: int          # offsets in the norm view
    end: int
    amount: float
    count: int = 1      # multi-buy: the amount buys this many
    kind: str = "exact"  # exact | from | deal

    def candidates(self) -> tuple[float, ...]:
        return (self.amount,) if self.count <= 1 else (self.amount, self.amount / self.count)


# A cell formatted with thousands separators (1,299.00) is one price; '19.9,29.9' is two.
_THOUSANDS = regex.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])")


def parse_price_field(raw: str) -> tuple[float, float] | None:
    """'59' → (59, 59); '29.9-59.9', '¥29.9~¥59.9', '19.9,29.9' → (low, high)."""
    raw = _THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), raw or "")
    nums = [float(x) for x in _PRICE_FIELD.findall(raw.replace(",", ";").replace("，", ";"))]
    nums = [n for n in nums if n > 0]
    if not nums:
        return None
    return min(nums), max(nums)


def _count(tok: str) -> int | None:
    v = chinese_to_int(tok)
    return v if v and 1 < v <= 100 else None


def item_prices(ctx, field: str, need_keyword: bool) -> list[StatedPrice]:
    """Prices stated in a field's norm view, read once per item (kept in ctx.memo)."""
    key = ("mis.prices", field, need_keyword)
    got = ctx.memo.get(key)
    if got is None:
        got = ctx.memo[key] = stated_prices(ctx.text(field).view("norm"), need_keyword)
    return got


def item_price_range(ctx) -> tuple[float, float] | None:
    """The price field as (low, high), parsed once per item."""
    if "mis.price_range" not in ctx.memo:
        ctx.memo["mis.price_range"] = parse_price_field(ctx.value("price"))
    return ctx.memo["mis.price_range"]


def stated_prices(text: str, need_keyword: bool = False) -> list[StatedPrice]:
    out = []
    for m in _amounts(text):
        g = m.groupdict()
        if g["a"] is not None:
            amount = float(g["a"].replace(",", ""))
        elif g["j1"] is not None:
            amount = float(f"{g['j1']}.{g['j2']}")
        elif g["cj1"] is not None:
            whole = chinese_to_int(g["cj1"])
            if whole is None:
                continue
            amount = whole + (chinese_to_int(g["cj2"]) or 0) / 10
        elif g["b"] is not None:
            amount = float(g["b"].replace(",", ""))
        elif g["pb"] is not None:  # 9.9包邮: the price, shipping included
            amount = float(g["pb"].replace(",", ""))
        elif g["pd"] is not None:  # 9.9到手: what the buyer pays after promotions
            amount = float(g["pd"].replace(",", ""))
        elif g["cb"] is not None:
            v = chinese_to_int(g["cb"])
            if v is None or g["cb"] in ("两", "十", "百"):
                continue
            amount = float(v)
        else:
            amount = float(g["c"].replace(",", ""))
        if amount <= 0:
            continue
        s, e = m.span()
        before, after = text[max(0, s - 12):s], text[e:e + 12]
        if (_SKIP_BEFORE.search(before) and not (g["kw"] and before.rstrip().endswith("券"))) or _SKIP_AFTER.match(after):
            continue   # (代金券 仅需9.9元: what the voucher costs, not a coupon's value)
        if g["unit"] == "块" and (_PIECES.search(text) or _NOUN_BEFORE.search(before)):
            continue   # 积木 100块, 拖布2块: pieces of a thing counted in 块, not yuan
        if g["c"] is None and g["kw"] is None and g["a"] is None and g["b"] is not None and _ENDS_WITH_DIGIT.search(before):
            continue
        kind = "exact"
        # 券后到手79元起: a promotion price first (it may sit below the field), then a lowest price
        if (g["kw"] or "").startswith(_DEAL_PREFIXES) or g["pd"] is not None or _DEAL_BEFORE.search(before):
            kind = "deal"
        elif _FROM_AFTER.match(after) or _FROM_BEFORE.search(before):
            kind = "from"
        if need_keyword and g["kw"] is None and g["pd"] is None and not (_DEAL_BEFORE.search(before) or kind == "from" or
                                                     _PRICE_WORD_BEFORE.search(before)):
            continue
        count = 1
        ca = _COUNT_AFTER.match(after)
        cb = _COUNT_BEFORE.search(before)
        if ca and ca.group(2) != "斤":
            count = _count(ca.group(1)) or 1
        elif cb and cb.group(2) != "斤":
            count = _count(cb.group(1)) or 1
        out.append(StatedPrice(s, e, amount, count, kind))
    return out


def _amounts(text: str):
    """_AMOUNT.finditer(text), trying the pattern only where a match can start: in the run of
    prefix characters that ends at each price marker (see _PREFIX_CHAR)."""
    pos = 0
    prefix = _PREFIX_CHAR.match
    amount = _AMOUNT.match
    while True:
        marker = _MARKER.search(text, pos)
        if marker is None:
            return
        m = marker.start()
        start = m
        while start > pos and prefix(text, start - 1):
            start -= 1
        for s in range(start, m + 1):
            found = amount(text, s)
            if found is not None:
                yield found
                pos = found.end()
                break
        else:
            pos = m + 1


def supported(p: StatedPrice, low: float, high: float, tol: float, max_discount: float) -> bool:
    lo = low * (1 - tol) - 0.011
    hi = high * (1 + tol) + 0.011
    for c in p.candidates():
        if p.kind == "from" and c >= lo:
            return True
        # The tolerance applies to the coupon bound too: 券后9.9 on 19.9 is the everyday half price.
        if p.kind == "deal" and low * (1 - max_discount) * (1 - tol) - 0.011 <= c <= hi:
            return True
        if lo <= c <= hi:
            return True
    if p.count > 1:
        # 3件99元 on a 39.9 item: a multi-buy discount, like a coupon, may sit below the field
        each = p.amount / p.count
        if low * (1 - max_discount) * (1 - tol) - 0.011 <= each <= hi:
            return True
    return False
