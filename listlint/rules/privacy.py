"""Privacy (PRV): resident ID numbers, bank card numbers, and a named person next to a number.

Basis: 《个人信息保护法》第二十八条 — identity numbers and financial accounts are sensitive personal
information; publishing someone's (收货人张三 13812345678) in a listing leaks it. Numbers are
validated, not guessed: an ID needs a province code, a real birth date and the ISO 7064 mod 11-2
check character; a card number needs a card prefix and the Luhn check. Phones belong to OFF003
(a phone in a listing is a diversion first); PRV003 reports a phone only when a person's name
stands next to it.
"""
from __future__ import annotations

import html
from functools import lru_cache

import regex

from ..text.normalize import squeeze_text
from . import contacts
from . import mismatch_category as category
from .registry import rule

BASIS_PIPL = "《中华人民共和国个人信息保护法》第二十八条（敏感个人信息）；《淘宝规则》泄露他人信息"
_TAG = regex.compile(r"<[^>]*>|&[a-z]+;|&#[0-9]+;", regex.I)


def _mask(digits: str) -> str:
    """Show enough of a number to find it, not enough to reuse it."""
    return digits[:4] + "*" * (len(digits) - 8) + digits[-4:] if len(digits) > 8 else digits


def _note(raw: str, digits: str) -> str:
    shown = _mask(digits)
    if squeeze_text(raw).upper() == digits.upper():
        return shown
    return f"{raw.strip()} → {shown}"


_UNCHECKED = " (labelled as such; its check digit does not match, so it may hold a typo, but it is published as one)"


@rule("PRV001", "resident-id-number", category="privacy", severity="error", basis=BASIS_PIPL,
      summary="Chinese resident ID number (valid region, birth date and check digit)",
      suggestion="删除身份证号码；如需实名信息，请通过平台的实名/报关流程提交",
      explanation="18 characters: a province code, a birth date that exists, and the ISO 7064 mod 11-2 "
                  "check character (0-9 or X). Spaces, dashes, full-width digits and Chinese numerals are "
                  "decoded first. A number failing any check is not reported, so order numbers and "
                  "barcodes of the same length stay quiet; only a number labelled 身份证/证件号 is reported "
                  "with a wrong check character (a typo still publishes the rest).",
      options={},
      examples_fail=["身份证 33010619850612100X", "330106 19850612 100X", "身份证号：110105194912310021"],
      examples_pass=["订单号 110105194912310021", "条码 6901234567892"],
      fields=contacts.CONTACT_FIELDS)
def check_resident_id(ctx):
    for field, cv in contacts.number_fields(ctx).items():
        ft = ctx.text(field)
        for n in contacts.resident_ids(cv):
            if ctx.allowed(field, "norm", n.start, n.end) or n.digits.upper() in contacts.SAMPLE_IDS:
                continue   # (the standard's own example number, printed on every ID reader)
            rs, re_ = ft.to_raw("norm", n.start, n.end)
            yield ctx.finding(field, "norm", n.start, n.end,
                              f"resident ID number: {_note(ft.raw[rs:re_], n.digits)}{_UNCHECKED if not n.checked else ''}")


@rule("PRV002", "bank-card-number", category="privacy", severity="error", basis=BASIS_PIPL,
      summary="Bank card number (16-19 digits, card prefix, Luhn check)",
      suggestion="删除银行卡号；交易请通过支付宝/平台担保交易完成",
      explanation="16 to 19 digits with a card prefix (62 UnionPay, 4 Visa, 51-55/22-27 Mastercard, 35 JCB, "
                  "60/65, 95 legacy debit) that pass the Luhn check, written in one block or in blocks of "
                  "four. Numbers labelled as orders, serials or tracking numbers are not cards. A number "
                  "labelled 银行卡/信用卡/储蓄卡 is reported even when the Luhn check fails.",
      options={},
      examples_fail=["卡号 6222 0212 3456 7894", "转账到6228480402564890018", "银行卡号 6222 0212 3456 7895"],
      examples_pass=["订单号 6222021234567894", "卡号 6222 0212 3456 7895"],
      fields=contacts.CONTACT_FIELDS)
def check_bank_card(ctx):
    for field, cv in contacts.number_fields(ctx).items():
        ft = ctx.text(field)
        for n in contacts.bank_cards(cv):
            if ctx.allowed(field, "norm", n.start, n.end):
                continue
            rs, re_ = ft.to_raw("norm", n.start, n.end)
            yield ctx.finding(field, "norm", n.start, n.end,
                              f"bank card number: {_note(ft.raw[rs:re_], n.digits)}{_UNCHECKED if not n.checked else ''}")


# ------------------------------------------------------------------ PRV003 a named person by a number

_FILLER = (r"(?:的)?(?:联系电话|联系方式|电话号码|电话|手机号码|手机号|手机|号码|身份证号码|身份证号|身份证|"
           r"证件号码|证件号|卡号|银行卡号|银行卡|账号|tel|phone|是|为|家住|住在|现住|家庭住址|住址|收货地址|地址|住)*")


_LEADS_TO = (r"(?:联系电话|联系方式|电话|手机|号码|身份证|证件号|卡号|账号|家住|住在|住址|地址|住|从|发往|寄往|寄到|送到|"
             r"tel|phone|[:：])")


@lru_cache(maxsize=1)
def _surname() -> str:
    data = contacts.entry_data("person-label")
    single = data.get("surnames", "")
    compound = "|".join(regex.escape(c) for c in data.get("compound-surnames", ()))
    return rf"(?:{compound}|[{regex.escape(single)}])"


@lru_cache(maxsize=1)
def _name_patterns():
    surname = _surname()
    # 姓名电话：陈晨 151…, 客户林秀英 身高162cm，电话137…, 新郎周杰 新娘吴敏敏 联系电话136…, 学员罗晓雯（住…:
    # the label may name the number first, and a short aside may follow the name when a
    # number or address word (or 住, 从, 发往) then leads to it.
    # 买家秀返图：@刘佳怡 身高163体重98斤，她家住…: a photo caption and an @ before the name
    after_label = regex.compile(rf"{_FILLER}(?:返图|晒图|实拍|晒单)?[:：]?@?(?P<name>{surname}\p{{Han}}{{1,2}})"
                                rf"(?:.{{0,32}}?{_LEADS_TO}|.{{0,4}})?{_FILLER}", regex.V1)
    # before an honorific: a surname (王先生) or a whole name (陈美玲女士, 林子涵同学)
    return after_label, regex.compile(rf"{surname}\p{{Han}}{{0,2}}$", regex.V1), regex.compile(_FILLER, regex.V1)


# a passport number after its label (护照号码E92018467, 护照号 EJ3562718)
# (…or a form's fields, 证件类型 护照 证件号 E12837465)
_PASSPORT = regex.compile(r"护照\s*[，,;；]?\s*(?:号码|号|编号|证件号码|证件号|证件编号)?\s*[:：]?\s*(?:是|为)?\s*([a-z]{1,2}[0-9]{7,8})(?![0-9a-z])", regex.V1)


def _numbers_norm(ctx, field):
    """(norm start, norm end, description) of every phone, ID and card number in a field."""
    key = ("prv.numbers", field)
    got = ctx.memo.get(key)
    if got is None:
        cv = contacts.number_fields(ctx).get(field)
        got = []
        if cv is not None:
            for p in contacts.phones(cv):
                if p.kind in ("mobile", "service", "landline") and not contacts.is_placeholder(p.digits, cv, p.start):
                    got.append((p.start, p.end, f"phone {_mask(p.digits)}"))
            for n in contacts.resident_ids(cv):
                if n.digits.upper() not in contacts.SAMPLE_IDS:   # the standard's example is nobody's
                    got.append((n.start, n.end, f"ID number {_mask(n.digits)}"))
            for n in contacts.bank_cards(cv):
                got.append((n.start, n.end, f"bank card {_mask(n.digits)}"))
            # an ID number whose check character is wrong still names a person when a name is
            # right before it (the name rules ask for one): 李建军 4401 0519 7012 0356 18
            taken = {(s, e) for s, e, _ in got}
            for run in contacts.runs(cv):
                if len(run.digits) == 18 and (run.start, run.end) not in taken and run.digits.upper() not in contacts.SAMPLE_IDS and \
                        contacts.is_valid_id(run.digits, checksum=False) and not contacts.is_valid_id(run.digits) and \
                        not contacts._SAMPLE_BEFORE.search(cv, max(0, run.start - 24), run.start):
                    # (示例 姓名：张三 证号：1101…: a made-up number on a sample)
                    got.append((run.start, run.end, f"ID number {_mask(run.digits)} (check digit wrong)"))
        if "护照" in ctx.value(field) or "護照" in ctx.value(field):
            norm = ctx.text(field).view("norm")
            got += [(m.start(1), m.end(1), f"passport {_mask(m.group(1).upper())}") for m in _PASSPORT.finditer(norm)]
        if got:
            got.sort()
        ctx.memo[key] = got
    return got


def _numbers(ctx, field):
    """(raw start, raw end, description) of every phone, ID and card number in a field."""
    ft = ctx.text(field)
    return sorted((*ft.to_raw("norm", s, e), what) for s, e, what in _numbers_norm(ctx, field))


# A street address down to the house (…路998号, …街 126号 3楼): province or city, a district,
# a street and a number. With a person's name before it, it is where somebody lives.
_ADDRESS = regex.compile(
    # a county-level city has no district: 义乌市稠城街道宾王路188号
    # (the city may be left out before its district: 长沙岳麓区麓山南路32号)
    r"(?:\p{Han}{2,7}?(?:省|自治区))?(?:\p{Han}{2,8}?(?:市|州|盟)(?:\p{Han}{1,8}?(?:区|县|旗|市))?|\p{Han}{2,8}?(?:区|县))"
    r"[\p{Han}\s]{0,16}?(?:路|街|道|巷|弄|胡同|大道|大街|村|镇|乡)(?:[东西南北中一二三四五六七八九十0-9]段)?\s*"
    r"[0-9一二三四五六七八九十]{1,5}\s*(?:号|弄|栋|幢|巷)"
    r"(?:[\p{Han}a-z0-9\s-]{0,16}?[0-9]{1,5}\s*(?:号楼|室|楼|层|号|栋|幢|单元))*(?:\s*[0-9]{3,4}(?![0-9]))?", regex.V1)
_ADDRESS_GATE = regex.compile(r"[市区县].{0,30}[0-9一二三四五六七八九十]\s*[号弄栋幢]", regex.V1)
# A home inside a residential compound, down to the flat: …花园东区5栋302, 幸福里小区8栋2单元502,
# 东城嘉苑9幢602 (no street needed: building and flat number are a home).
# building, unit, flat (a unit alone may stand for the building: 金色家园3单元501)
# (Beijing writes the building as 楼: 望京西园三区312楼1106)
# (or building-unit-flat with dashes, as the compound's residents write it: 金地名苑9-2-301)
_FLAT = r"(?:[0-9]{1,3}\s*(?:栋|幢|号楼|座|楼)\s*(?:[0-9]{1,2}\s*单元\s*)?|[0-9]{1,2}\s*单元\s*|[0-9]{1,3}-[0-9]{1,2}-)[0-9]{3,4}(?![0-9])"
_HOME = regex.compile(
    # city, district and street first when they are written (成都市武侯区桂溪街道天府新谷小区…)
    r"(?:\p{Han}{2,8}?(?:市|州))?(?:\p{Han}{1,8}?(?:区|县))?(?:\p{Han}{1,8}?(?:街道|镇|乡))?"
    r"\p{Han}{1,10}?(?:小区|花园|家园|嘉园|苑|公寓|新村|社区|大院|宿舍|城|府|庭|湾|里|园)"
    r"(?:[东西南北中]区|[一二三四五六七八九十0-9]{1,3}期|[一二三四五六七八九十0-9]{1,3}区|[A-Za-z]区)?\s*"
    rf"{_FLAT}(?:室|号)?"
    # …玉林南路17号4栋1单元302: a street number, then building and flat
    rf"|(?:\p{{Han}}{{1,8}}?(?:区|县))?\p{{Han}}{{1,10}}?(?:路|街|大道|大街|巷)\s*[0-9]{{1,5}}\s*号(?:院)?\s*{_FLAT}(?:室|号)?"
    # …余杭区五常街道西溪蓝海3幢1102: a district, any compound name, building and flat
    # (a space may part the compound from its area: 朝阳区望京 花家地北里6号楼1203室)
    rf"|\p{{Han}}{{1,8}}?(?:区|县)\p{{Han}}(?:[\p{{Han}}]|\s(?=\p{{Han}})|[0-9]{{1,4}}号){{0,16}}?{_FLAT}(?:室|号)?",
    regex.V1)
_HOME_GATE = regex.compile(_FLAT, regex.V1)
_DASHED_FLAT = regex.compile(r"[0-9]-[0-9]{1,2}-[0-9]{3,4}(?![0-9])")
_LIVES_AT = regex.compile(r"(?:的?(?:家住|住在|现住|家庭住址|住址|收货地址|地址)[:：]?)")


# The words that lead to an address are not part of it (她家住杭州市…: the address starts at 杭州)
_LEAD = regex.compile(r"^[她他我]?的?(?:家住|住在|现住|家庭住址|住址|收货地址|地址|住)[:：]?\s*", regex.V1)


def _lead_len(text: str) -> int:
    m = _LEAD.match(text)
    return m.end() if m else 0


def _addresses_norm(ctx, field) -> list[tuple[int, int, str]]:
    """(norm start, norm end, description) of every house-level street address in a field
    (kept per item: the labelled and the unlabelled check both ask)."""
    key = ("prv.addresses", field)
    got = ctx.memo.get(key)
    if got is None:
        norm = ctx.text(field).view("norm")
        got = []
        if ("号" in norm or "栋" in norm or "幢" in norm or "座" in norm or "楼" in norm or "单元" in norm
                or ("-" in norm and _DASHED_FLAT.search(norm))):
            spans = []
            if _ADDRESS_GATE.search(norm):
                spans = [(m.start() + _lead_len(m.group(0)), m.end()) for m in _ADDRESS.finditer(norm)]
            if _HOME_GATE.search(norm):
                spans += [(m.start() + _lead_len(m.group(0)), m.end()) for m in _HOME.finditer(norm)
                          if not any(s <= m.start() < e for s, e in spans)]
            got = sorted((s, e, "street address") for s, e in spans)
        ctx.memo[key] = got
    return got


def _addresses(ctx, field) -> list[tuple[int, int, str]]:
    ft = ctx.text(field)
    return sorted((*ft.to_raw("norm", s, e), what) for s, e, what in _addresses_norm(ctx, field))


_MASKED_NAME = regex.compile(r"[^*＊×]{0,6}?\p{Han}\s*[*＊×]", regex.V1)


def _original(ft, start: int, end: int) -> str:
    """The seller's own characters behind norm[start:end] (traditional, full-width as written)."""
    rs, re_ = ft.to_raw("norm", start, end)
    return ft.raw[rs:re_].strip()


def _gap(raw: str, start: int, end: int) -> str | None:
    if end < start or end - start > 40:
        return None
    # a masked name (买家秀：李*华：…靠它了。售后电话：400…) is no one's data
    if _MASKED_NAME.match(raw, start):
        return None
    # an HTML description: tags and entities (收件人:何静&nbsp;地址:…) are no words between
    return squeeze_text(html.unescape(_TAG.sub("", raw[start:end])))


@rule("PRV003", "named-person-with-number", category="privacy", severity="error", basis=BASIS_PIPL,
      summary="A person's name next to a phone, ID or card number or a street address (收货人张三 138…)",
      suggestion="删除他人姓名和联系方式/证件号；买家信息只在订单中查看，不得公开",
      explanation="A label for a person (收货人, 收件人, 联系人, 姓名, 持卡人 …) followed by a name with a common "
                  "surname, or a surname with 先生/女士/小姐, directly before a phone, ID or bank card number "
                  "or a street address down to the house number (…路998号18幢1203室); also a name right "
                  "before 家住/住址 and such an address, or right after a home address (…6号楼1502 刘芳). That is somebody's personal data published in a "
                  "listing. A shop's own address with no name before it (发货地址：…龙井路18号) is not reported.",
      options={},
      examples_fail=["收货人：张三 13812345678", "王先生 电话 13987654321",
                     "业主 郭晓东 家住 四川省成都市武侯区天府大道北段1700号"],
      examples_pass=["收货人信息以订单为准", "联系人 13812345678", "发货地址：浙江省杭州市西湖区龙井路18号"],
      fields=contacts.CONTACT_FIELDS)
def check_named_person(ctx):
    # A label and an honorific can both lead to one number (买家欧阳先生159…): one finding,
    # the widest.
    found = list(_named_person_findings(ctx))
    kept = []
    for f in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        # one finding per stretch of text, the widest: an overlapping one says the same
        if any(g.field == f.field and g.start < f.end and f.start < g.end for g in kept):
            continue
        kept.append(f)
    yield from sorted(kept, key=lambda f: (f.field, f.start))


# A buyer written in English (Review from our buyer Li Na, Room 1602, No. 88 Century Avenue…;
# Zhang Weimin, Tel 186 2173 4490): a pinyin surname and given name, then a phone or a flat.
_PINYIN_SURNAMES = ("zhang wang li liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang "
                    "xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su "
                    "lu ding ren shen yao fang jin qiu xia tan zhong wan lei qian dai kong bai cui mao hao kang shi gu "
                    "meng yan niu fu qin wen pang lv zou xiong jia fan").split()
_ROMANISED_SURNAMES = frozenset(_PINYIN_SURNAMES + (
    "wong chan lee cheung leung lau ng ho tsang yeung lam chow kwok tse yip lai fung mak so tan lim koh goh "
    "teo ong chua chong chin kwan poon siu chu tsui chiu hui kwong law lo szeto").split())
# Places written in pinyin look like names (Ships from Hong Kong, Shen Zhen)
_PLACES = frozenset("hong kong|shen zhen|guang zhou|shang hai|bei jing|hang zhou|su zhou|xia men|yi wu|tai wan|"
                    "ma cau|tian jin|chong qing|cheng du|wu han|nan jing|qing dao|fu zhou|dong guan|fo shan".split("|"))
_ENGLISH_PERSON = regex.compile(
    r"(?i:buyer|customer|from|name|consignee|recipient|client|review by|reviewed by|shipped to|ship to|"
    r"deliver to|delivered to|thanks to our customer|thanks to|patient|收件人|买家|客户)\s*[:：]?\s*"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?(?:[A-Z][a-z]{1,9}\s)?[A-Z][a-z]{1,9})(?![A-Za-z])", regex.V1)
_ENGLISH_DETAILS = regex.compile(
    r"\G\s*[,，(（]?[^<>\n]{0,6}?(?:(?i:tel|phone|mobile|mob)\.?\s*[:：]?\s*\+?[0-9][0-9\s-]{6,16}[0-9]"
    r"|(?i:room|flat|apt|unit)\s*[0-9]{1,5}[A-Z]?(?![A-Za-z0-9])"
    r"|[0-9]{1,5}\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?i:street|st|road|rd|avenue|ave|lane|drive|boulevard|blvd|way)\b"
    r"|[0-9]{1,3}\s*,\s*(?i:diagnosed)|(?i:diagnosed with))", regex.V1)
_ENGLISH_DETAIL_WORDS = ("tel", "phone", "mob", "room", "flat", "apt", "unit", "street", "road", "avenue", "diagnosed")


# A named person with a car plate (车主 孙志强 浙A·3K7L9, 吴海涛 先生的 粤B·D12345, 梁家豪先生 车牌
# RX 8823): the plate identifies the owner (个人信息保护法 第四条). A plate alone (a product photo
# with a model plate) is not reported.
_PLATE_PERSON_WORDS = ("车", "牌", "先生", "女士", "小姐", "客户", "顾客", "业主")
_PLATE_GATE = regex.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][a-z]|车牌", regex.V1)


@lru_cache(maxsize=1)
def _named_plate():
    s = _surname()
    plate = (r"(?:[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][a-z][·.\s]?[a-z0-9]{5,6}"
             r"|(?<=车牌号?码?\s*[:：]?\s*)[a-z]{1,2}\s?[0-9]{1,4})(?![a-z0-9])")
    return regex.compile(
        rf"(?:(?:车主|车友|客户|顾客|业主)\s*[:：]?\s*{s}\p{{Han}}{{1,2}}\s*(?:先生|女士|小姐)?"
        # (a place may run into the name: 江苏昆山蔡永明先生; not 高档女士, 江南女士)
        rf"|(?:(?<!\p{{Han}})|(?<=[省市区县镇乡村山州城]|接的|送的|载的))(?P<pname2>{s}\p{{Han}}{{1,2}})\s*(?:先生|女士|小姐))"
        rf"(?:\s*[，,]?\s*(?:的)?\s*(?:车牌号?码?)?\s*[:：]?\s*"
        # (…or later in the sentence, the car told as theirs: 蔡永明先生寄卖，…车是苏E·8N6J2那辆)
        rf"|[^。！？!?\n<]{{0,40}}?(?:车牌号?码?|车)(?:是|为|号)?\s*[:：]?\s*){plate}"
        # …or the plate first, then its owner (给浙A·7K2M9 车主冯磊安装的)
        rf"|{plate}\s*[，,]?\s*(?:的)?\s*(?:车主|车友)\s*[:：]?\s*(?P<pname>{s}\p{{Han}}{{1,2}})", regex.V1)


def _person_with_plate(ctx):
    for field in ctx.text_fields(contacts.CONTACT_FIELDS):
        ft = ctx.text(field)
        text = ft.view("norm")
        if not any(w in text for w in _PLATE_PERSON_WORDS) or not _PLATE_GATE.search(text):
            continue
        for m in _named_plate().finditer(text):
            # (车主安装实拍: a word that opens with a surname, not the owner's name)
            if any(m.group(g) and _common_word(m.group(g)[:2]) for g in ("pname", "pname2")):
                continue
            yield ctx.finding(field, "norm", m.start(), m.end(),
                              f"a person's name with a car plate: {_original(ft, m.start(), m.end())}")


def _english_person(ctx):
    for field in ctx.text_fields(contacts.CONTACT_FIELDS):
        ft = ctx.text(field)
        norm = ft.view("norm")
        if "," not in norm or not any(w in norm for w in _ENGLISH_DETAIL_WORDS):
            continue
        text = ft.view("plain")
        for m in _ENGLISH_PERSON.finditer(text):
            words = [w for w in m.group("name").replace(".", " ").split() if w not in ("Mr", "Mrs", "Ms", "Miss", "Dr")]
            if not any(w.lower() in _ROMANISED_SURNAMES for w in words) or " ".join(words).lower() in _PLACES:
                continue
            d = _ENGLISH_DETAILS.match(text, m.end())
            if d:
                yield ctx.finding(field, "plain", m.start("name"), d.end(),
                                  f"a person's name with a phone number or home address: {m.group('name')}")


def _named_person_findings(ctx):
    after_label, surname_end, filler = _name_patterns()
    yield from _english_person(ctx)
    yield from _person_with_plate(ctx)
    yield from _unlabelled_residents(ctx)
    yield from _name_phone_address(ctx)
    yield from _name_phone_list(ctx)
    yield from _cued_name_phone(ctx)
    yield from _sensitive_person(ctx)
    yield from _role_person_details(ctx)
    for field, hits in contacts.family_hits(ctx, "PRV003").items():
        numbers = sorted(_numbers(ctx, field) + _addresses(ctx, field))
        if not numbers:
            continue
        ft = ctx.text(field)
        for h in hits:
            hs, he = ft.to_raw(h.view, h.start, h.end)
            view = ft.view(h.view)
            if h.entry.id == "person-honorific":
                sm = surname_end.search(view[max(0, h.start - 4):h.start])
                if not sm:
                    continue
                hs = ft.to_raw(h.view, h.start - len(sm.group(0)), h.start)[0]  # 欧阳 is one surname
            for ns, ne, what in numbers:
                if ns < he:
                    continue
                gap = _gap(ft.raw, he, ns)
                if gap is None:
                    break
                if h.entry.id == "person-honorific":
                    m = filler.fullmatch(gap)
                    name = ft.raw[hs:he]
                else:
                    m = after_label.fullmatch(gap.lstrip(":："))
                    name = m.group("name") if m else ""
                if m and h.entry.id != "person-honorific" and squeeze_text(name)[1:] in _INFO_WORDS:
                    m = None   # 收货人姓名和手机号: 和手机 is no name
                if m:
                    label = view[h.start:h.end]
                    who = name if h.entry.id == "person-honorific" else f"{label} {name}"
                    yield ctx.finding(field, "raw", hs, ne, f"a person's name next to a number: {who}, {what}")
                break


# the kin words a seller puts after a customer's name (李桂芳阿姨, 郑国栋大爷)
_KIN = r"阿姨|大爷|大妈|大叔|叔叔|奶奶|爷爷|姥姥|姥爷|外婆|阿婆|老伯|伯伯|阿伯|婶婶|老太|大姐|大哥|先生|女士|小姐|老人"
# …of which these follow a name written without a space (李桂芳阿姨); 女士, 老人 and the like also
# follow words for a group of buyers (白领女士, 关爱老人) and count only after a space or a comma
_KIN_NAMED = r"阿姨|大爷|大妈|大叔|叔叔|奶奶|爷爷|姥姥|姥爷|外婆|阿婆|老伯|伯伯|阿伯|婶婶|老太|老先生|老太太"


_ROLE_BEFORE = "主人|雇主|业主|客户|顾客|用户|买家|学员|会员|老客户|读者|车主|家长|收件人|联系人|患者|病人|寄往|寄给|寄到|发往|寄至"


@lru_cache(maxsize=1)
def _resident_before():
    # 陈美玲 家住 …, 孟晓丽（道里区…）: a whole name, then 家住/住址 or a bracket opening the address
    # …, and a short aside may come between (王桂芬 女 68岁，住…)
    # (赵桂兰阿姨（68岁，家住…: a kin word and a bracket may open the aside)
    # (何佳怡，地址：…, 王磊 先生家安装实拍，地址：…: a comma, or a few words of the visit, before 地址)
    # (a role word may come right before the name: 雇主赵国强，住…, 老客户周建平（…）)
    return regex.compile(rf"(?:(?<!\p{{Han}})|(?<={_ROLE_BEFORE})){_surname()}\p{{Han}}{{1,2}}\s*(?:{_KIN})?"
                         rf"(?:\s*[（(]?\s*[男女]?\s*[0-9]{{1,3}}岁\s*[，,]?)?"
                         # (宝宝 林沐阳，出生 2023.4.6，家住…: a birth date as the aside)
                         rf"(?:\s*[，,]?\s*出生(?:于|日期)?\s*[:：]?\s*[0-9]{{4}}\s*[.\-/年]\s*[0-9]{{1,2}}\s*[.\-/月]\s*[0-9]{{1,2}}\s*日?\s*[，,]?)?"
                         rf"\s*(?:(?<=先生|女士|小姐|阿姨|大爷|奶奶|爷爷|老人)家\p{{Han}}{{0,6}})?[，,]?\s*"
                         # (…or the start of a move or a delivery: 客户陈志刚，从朝阳区…6号楼1203室 搬至…)
                         rf"(?:{_LIVES_AT.pattern}|住|[（(]|从|寄到|寄往|送到|发往|搬至|搬到)\s*$", regex.V1)


@lru_cache(maxsize=1)
def _resident_after():
    # …6号楼1502 刘芳。 / …2单元1103 孙建军先生家: a whole name right after the address, then an
    # honorific, 家 or the end of the phrase (…18号 王府井店 is a place, not a person)
    # (…1402室（业主钱文杰）: the owner named in brackets)
    return regex.compile(rf"(?:的(?=\s*\p{{Han}}{{2,3}}\s*(?:先生|女士|小姐|同学|老师|阿姨|[，,]\s*[她他])))?[\s,，]{{0,2}}"
                         rf"(?:[（(]\s*(?:业主|户主|房主|房东|租户|租客|收件人|联系人)?\s*[:：]?\s*)?{_surname()}\p{{Han}}{{1,2}}?"
                         r"(?=先生|女士|小姐|妈妈|爸爸|宝妈|家|的|同学|老师|阿姨|收|[\s,，。.!！;；<(（)）&、]|$)", regex.V1)


@lru_cache(maxsize=1)
def _name_right_before():
    # 王桂兰 135…, 刘子轩 妈妈电话186…: a whole name, then at most a relation and a phone word
    # (a label may come right before the name: 主人林国栋 186…; a job title after it: 陈建华 总经理 电话…)
    # (李桂芳阿姨（手机138…: a kin word and a bracket may come between)
    return regex.compile(rf"(?:(?<!\p{{Han}})|(?<=购买人|{_ROLE_BEFORE})){_surname()}\p{{Han}}{{1,2}}"
                         rf"(?:{_KIN})?\s*[（(]?"
                         # …a sex and an age (郑佳怡，女，28岁，手机…) or a car plate (张国强 沪A·7K3M9 手机…)
                         rf"(?:\s*[，,]?\s*[男女](?![\p{{Han}}]))?(?:\s*[，,]?\s*[0-9]{{1,3}}岁)?"
                         # …a birth date (邓文杰 1990-06-12 手机177…)
                         rf"(?:\s*[，,]?\s*(?:19|20)[0-9]{{2}}\s*[-./年]\s*[0-9]{{1,2}}\s*[-./月]\s*[0-9]{{1,2}}\s*日?)?"
                         rf"(?:\s*[，,]?\s*[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][a-z][·.\s]?[a-z0-9]{{5,6}})?"
                         # …or a height or weight from a made-to-measure list (王梓涵 身高135 家长电话138…)
                         rf"(?:\s*[，,]?\s*(?:身高|体重)\s*[0-9]{{2,3}}(?:\.[0-9])?\s*(?:cm|厘米|kg|公斤|斤)?)?"
                         # …or the building and flat of a group-buy list (王芳 12栋2单元1101 137…), after
                         # the quantity ordered and the compound (黄美玲 3袋 幸福里小区5栋2单元801 159…)
                         rf"(?:\s*[0-9]{{1,3}}\s*[袋箱份盒斤件个只瓶包桶提])?"
                         rf"(?:\s*(?:\p{{Han}}{{2,8}}(?:小区|花园|公寓|家园|新村|苑|府|庭|园))?\s*[0-9]{{1,3}}\s*(?:栋|幢|号楼)\s*(?:[0-9]{{1,2}}\s*单元)?\s*(?:[0-9]{{3,4}}\s*室?)?)?"
                         # …or a garment size from an order list (马强 XL 137…)
                         rf"\s*[，,]?\s*(?:的?(?:妈妈|爸爸|家长|家人|本人))?(?:总经理|经理|老板|店长|主任|老师|医生|总监)?"
                         rf"(?:\s*(?i:[2-7]?x{{1,3}}l|xs|s|m|l|[0-9]{{2,3}}(?:码|cm)?)(?![a-zA-Z0-9]))?"
                         rf"\s*(?:电话|手机|手机号|联系方式)?\s*[:：]?\s*$", regex.V1)


# Near a name and a phone, an address down to the building is enough (…丰产小区5号楼, …305楼1门):
# the three together locate a person even without the flat.
_BUILDING_GATE = regex.compile(r"[0-9]\s*(?:号楼|楼|号|栋|幢|单元|门)")
_BUILDING_ADDRESS = regex.compile(r"\p{Han}{1,8}?(?:市|区|县|镇)\p{Han}{1,20}?[0-9]{1,4}\s*(?:号楼|楼|号|栋|幢|单元|门|室)", regex.V1)


def _name_phone_list(ctx):
    """上批订单名单：马强 XL 137…；刘军 2XL 159…: two or more people each named right before a
    mobile number are a customer list, whoever the first one is."""
    for field in ctx.text_fields(contacts.CONTACT_FIELDS):
        ft = ctx.text(field)
        text = ft.view("norm")
        named = []
        for ns, ne, what in _numbers_norm(ctx, field):
            if not what.startswith("phone 1"):
                continue
            # (a group-buy line may hold the quantity and the compound between: 40 characters)
            m = _name_right_before().search(text, max(0, ns - 40), ns)
            if m:
                named.append((m.start(), ne))
        if len(named) >= 2:
            for s, e in named:
                yield ctx.finding(field, "norm", s, e, f"a list of people's names and phone numbers: {_original(ft, s, e)}")


# Words that say the text is about somebody other than the seller: a buyer's review, an order,
# a parcel, a former owner, a family. With one of them shortly before a whole name and a mobile
# number after it in the same sentence, the name and the number are that person's
# (买家好评 …—— 赵春梅 13776542210; 原主人信息：陈梦瑶 浙江大学 学号… 手机135…).
_THIRD_PARTY_CUE = regex.compile(
    r"买家|好评|评价|晒单|晒图|返图|买家秀|客户|顾客|客人|接龙|团购名单|名单|借书人|借阅人|原主人|原机主|前主人|新郎|新娘|"
    r"家长|收件|寄件|收货|快递单|面单|订单|那单|这单|学员|患者|病人|业主|房东|租客|宝妈|宝爸|孕妈|准妈妈|爸爸|妈妈|孩子|阿姨|大爷|老人|"
    # (…a second-hand book's or phone's former owner: 扉页信息（原书主）)
    r"原书主|书主|"
    # …or the holder a certificate or a card names (证书信息：持有人 周敏 … 护照 证件号 E…)
    r"持有人|持证人|持卡人|"
    r"补发|发错|寄错|寄到|发给|寄给|店员|领养|"
    # …or a case told about someone (【真实案例】王建国先生…, 车主反馈：李国强…, 上周给 陈思远 …做的)
    r"案例|反馈|车主|旅客|乘客|游客|访客|快递员|邻居|使用者|(?:上周|昨天|前天|之前|上次|刚刚?)给|配送单|送货单|发货单|送给|聊天截图|"
    # …or a pronoun owning the number (她手机151…, 他电话137…)
    r"[她他]的?(?:手机|电话|号码|联系方式|座机|护照|身份证|证件)", regex.V1)

# …but a name right after these is the shop's own contact (OFF003's, not a leak)
_SELLER_BEFORE = regex.compile(r"(?:客服|店主|老板|掌柜|店长|本人|卖家|商家|我|联系我|找我|加我|联系|请联系|发给|群主|管理员|"
                            r"负责人|对接人|经理|专员|顾问|师傅|团长|(?<!买家|客户|顾客|用户|客人)(?:咨询|请咨询|预约)|设计师|工程师|老师)\s*[:：]?\s*$", regex.V1)
# cues that say whose the number is, strong enough for a name that runs into the next word
_OWNER_CUE = regex.compile(r"[她他]的?(?:手机|电话|号码|联系方式|座机|护照|身份证|证件)|新郎|新娘|家长电话|补发|发错|寄错|寄到|寄给|收件人", regex.V1)
_SENTENCE_END = regex.compile(r"[。！？!?\n]|<(?:p|br|li|tr|div)\b", regex.I)


# a buyer speaking in a transcribed chat or review (买家：我叫…, 【聊天截图】)
_SPEAKER = regex.compile(r"(?:买家|客户|顾客|用户|客人|对方|收件人|网友)\s*(?:评价|反馈|留言|说|秀)?\s*[:：“\"】]|"
                         r"【\p{Han}{0,4}(?:反馈|评价|好评|买家秀|晒单)】|聊天截图|聊天记录|截图", regex.V1)
_SIGNED = regex.compile(r"(?:——|--|—)\s*$")
# a surname and a kin word stand for a person (王阿姨, 李大爷, 刘叔, 张奶奶)
_KIN_SHORT = "阿姨|大爷|大妈|大叔|叔叔|奶奶|爷爷|姥姥|姥爷|外婆|阿婆|老伯|伯伯|阿伯|婶婶|老太|叔|婶|姨"
_KIN_END = regex.compile(rf"(?:{_KIN_SHORT})$", regex.V1)


# Given names that are ordinary words too (建国, 文华, 国庆): a name all the same
_WORD_GIVEN_NAMES = frozenset(
    "建国 建华 建军 建平 建新 国庆 国强 国华 国平 文华 志强 志刚 志明 海燕 海峰 海波 红梅 红军 玉兰 东升 美丽 美华 丽华 "
    "春华 秋月 光明 文明 新华 振华 中华 卫国 卫东 爱国 爱华 德华 胜利 和平 永红 晓东 金凤 桂花 淑华 秀华 立新 "
    "伟 华 军 勇 刚 强 磊 洋 静 敏 丽 艳 杰 涛 明 超 斌 鹏 辉 飞 鑫 波 宁 浩 峰 平 林 芳 娟 霞 燕 婷 雪 琳 晶".split())
# …and words that follow a surname-like character in labels, not names (收货人姓名和手机号)
_INFO_WORDS = ("手机", "电话", "号码", "地址", "姓名", "名字", "信息", "住址", "联系", "方式", "身份", "证件", "手机号")


def _in_jieba_dictionary(word: str) -> bool:
    """jieba's dictionary holds the word at all (康复期 does not, 全班 does)."""
    from ..text.segment import tokenizer
    return (tokenizer().FREQ.get(word) or 0) > 0


def _common_word(name: str) -> bool:
    """高品质 or 金属 after a cue is a word, not a name: the word, or its given-name part, is
    common in jieba's dictionary (loaded only when a phone, a cue and a name-like word meet),
    unless that part is a given name people use (李建国, 蔡文华); 和手机 is a label's word."""
    given = name[1:] if len(name) >= 2 else ""
    if given in _INFO_WORDS:
        return True
    if given in _WORD_GIVEN_NAMES:
        return False
    from ..text.segment import tokenizer
    freq = tokenizer().FREQ
    return (freq.get(name) or 0) >= 300 or (len(name) == 3 and (freq.get(given) or 0) >= 1000)


# a heading over a list of reviews (【买家好评精选】 then 张丽华 136…：收到了…)
# (【上周团购】 heads a buyer list; 【团购专线】 is the shop's own line)
_HEADING_CUE = regex.compile(r"[【\[](?![^】\]\n]{0,14}(?:专线|热线|电话|咨询|联系|客服))[^】\]\n]{0,12}(?:买家|好评|评价|晒单|返图|客户|顾客|用户|群聊|聊天|接龙|订单|团购)[^】\]\n]{0,12}[】\]]\s*$", regex.V1)


@lru_cache(maxsize=1)
def _cued_name():
    # a whole name, or a surname with a kin word (王阿姨, 李大爷, 刘叔): after a cue word the
    # name may run into the next word (买家陈思远去伦敦读研)
    # (…or a person naming themself in a transcribed chat: 买家：我叫吕晓霞，电话…; 送给 唐诗雨 …)
    cue = ("宝妈|宝爸|孕妈|准妈妈|爸爸|妈妈|家长|主人|业主|顾客|客户|客人|买家|借书人|新郎|新娘|来自|感谢|谢谢|店员|旅客|乘客|游客|车主|快递员|邻居|访客|患者|学员|"
           "我叫|我是|名叫|寄给")
    return regex.compile(rf"(?<={cue}){_surname()}\p{{Han}}{{1,2}}"
                         rf"|(?:(?<!\p{{Han}})|(?<=的)){_surname()}(?:{_KIN_SHORT})"
                         # (…and the home a case was done at: 王建明先生家，电话…)
                         rf"|(?:(?<!\p{{Han}})|(?<=的)){_surname()}\p{{Han}}{{1,2}}(?=(?:{_KIN})?(?:(?<=先生|女士|阿姨|老师)家)?(?:[\s，,:：（(的]|[0-9]|$))", regex.V1)


def _brand_name_at(ctx, text: str, start: int) -> bool:
    from .mismatch_brands import matcher_for
    return bool(matcher_for(ctx).scan_value(text[start:start + 6]))


@lru_cache(maxsize=1)
def _loose_name():
    # a three-character name running into the next word (黄美玲定制…, 给杭州的张丽华发错了…)
    return regex.compile(rf"(?:(?<!\p{{Han}})|(?<=的|给|和|是|跟|帮|为)){_surname()}\p{{Han}}{{2}}", regex.V1)


def _cued_name_phone(ctx):
    for field in ctx.text_fields(contacts.CONTACT_FIELDS):
        ft = ctx.text(field)
        text = ft.view("norm")
        for ns, ne, what in _numbers_norm(ctx, field):
            # a mobile, a landline with its area code, or an ID or passport
            if not (what.startswith(("phone 1", "ID number", "passport")) or
                    (what.startswith("phone 0") and ne - ns >= 11)):
                continue
            lo = max(0, ns - 64)
            seg = text[lo:ns]
            cut = max((m.end() for m in _SENTENCE_END.finditer(seg)), default=0)
            # the name nearest the number is its owner's (马强 XL 137…；刘军 2XL 159…)
            names = list(_cued_name().finditer(text, lo + cut, ns, overlapped=False))
            strict = {n.start() for n in names}
            # a name running into the next word counts with a cue after it, before the number
            # (黄美玲定制…，她手机151…; 给杭州的张丽华发错了颜色，138…)
            names = sorted(names + [n for n in _loose_name().finditer(text, lo + cut, ns, overlapped=False)
                                    if n.start() not in strict and _OWNER_CUE.search(text, n.end(), ns)],
                           key=lambda n: n.start())
            for m in reversed(names):
                if _SELLER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                    continue
                # the cue is in the name's sentence, or the name signs off a quote (…” —— 赵春梅)
                back = max(0, m.start() - 40)
                back = max([back] + [e.end() for e in _SENTENCE_END.finditer(text, back, m.start())])
                # (…or between the name and the number: 胡晓峰…新郎电话137…, 黄美玲…她手机151…)
                # a kin name (王阿姨) is a person after 的 (南京鼓楼的王阿姨) or with a cue; at the start
                # of a phrase it is as often a shop's name (王阿姨家政, 张奶奶手工水饺)
                kin = bool(_KIN_END.search(m.group(0))) and text[max(0, m.start() - 1):m.start()] == "的"
                # (an ID or a passport number a few characters after a whole name is that
                # person's, cue or not: 李建军 4401 0519…, 张伟，护照号 EJ3562718)
                near_id = what.startswith(("ID number", "passport")) and ns - m.end() <= 8
                cued = _THIRD_PARTY_CUE.search(text, back, m.start()) or _THIRD_PARTY_CUE.search(text, m.end(), ns) \
                    or _HEADING_CUE.search(text, max(0, m.start() - 30), m.start())
                if not (kin or near_id) and not cued \
                        and not _SIGNED.search(text, max(0, m.start() - 12), m.start()):
                    continue
                if text[max(0, m.start() - 2):m.start()] in ("我是", "我叫", "名叫") \
                        and not _SPEAKER.search(text, max(0, m.start() - 40), m.start()):
                    continue   # 大家好，我是王建国: the seller introducing themself, not a buyer quoted
                if not _KIN_END.search(m.group(0)) and _common_word(m.group(0)):
                    continue
                if _brand_name_at(ctx, text, m.start()):
                    continue   # 王老吉, 张小泉, 周大福: a maker's name that begins with a surname
                if contacts._SAMPLE_BEFORE.search(text, max(0, m.start() - 16), ns):
                    continue   # 示例 姓名：张三 证号…: a sample
                yield ctx.finding(field, "norm", m.start(), ne,
                                  f"a person's name next to a number ({what}), about a buyer or another person: "
                                  f"{_original(ft, m.start(), m.end())}")
                break


def _name_phone_address(ctx):
    """晒单：何秀英 13508461297 成都市武侯区…17号2栋: a whole name, a phone number right after it
    and a street address close by. No label is needed: the three together are a person's
    shipping details (a review screenshot, a parcel label typed out)."""
    for field in ctx.text_fields(contacts.CONTACT_FIELDS):
        ft = ctx.text(field)
        text = ft.view("norm")
        numbers = _numbers_norm(ctx, field)
        for ns, ne, what in numbers:
            if what.startswith("bank card"):
                # 建行 6227 0054 3231 9487 578 张丽华: a card and its holder's name right after it
                m = _resident_after().match(text, ne)
                if m:
                    yield ctx.finding(field, "norm", ns, m.end(),
                                      f"a bank card and its holder's name: {_original(ft, ne, m.end())}")
        if not numbers:
            continue
        addresses = _addresses_norm(ctx, field)
        if not addresses and not _BUILDING_GATE.search(text):
            continue
        for ns, ne, what in numbers:
            if not what.startswith("phone"):
                continue
            m = _name_right_before().search(text, max(0, ns - 24), ns)
            if not m:
                continue
            start = m.start()
            # (the address between the name and the number first: 赵建平 1袋 幸福里小区7栋1单元302 138…)
            near = [(s, e) for s, e, _ in addresses if start <= s and e <= ns] or \
                [(s, e) for s, e, _ in addresses if (0 <= s - ne <= 30) or (0 <= start - e <= 30)]
            if not near:
                b = _BUILDING_ADDRESS.search(text, ne, min(len(text), ne + 40))
                near = [b.span()] if b and _gap(text, ne, b.start()) is not None and len(_gap(text, ne, b.start())) <= 4 else []
            if near:
                s, e = near[0]
                yield ctx.finding(field, "norm", min(start, s), max(ne, e),
                                  f"a person's name, {what} and street address: {_original(ft, start, ns)}")


# Sensitive data about a named person (《个人信息保护法》第二十八条): a diagnosis or a test
# result next to a whole name (何玉梅 女 56岁 … 诊断：2型糖尿病; 李沐阳 6岁 青霉素过敏), and a
# child named with a class (三年二班 王子轩; 初二(5)班 林浩然).
_HEALTH = (r"诊断|确诊|综合征|多囊|过敏|哮喘|阳性|阴性|病史|患有|听力损失|阿尔茨海默|痴呆|糖尿病|高血压|癫痫|抑郁|"
           r"血糖|血压(?=[0-9])|体检号|病历号|住院号|门诊号|就诊卡号|痤疮|皮炎|帕金森|肿瘤|癌|"
           r"心梗|脑梗|中风|术后|(?<!绝育)手术(?![服室衣帽刀灯床台钳剪器])|瘫痪|类风湿|牙周炎|关节炎|椎间盘突出|圆锥角膜|"
           # eyes, ears and pregnancy: an optician's, an audiologist's or an antenatal record
           r"散光|弱视|斜视|眼压|耳聋|听力图|b超|预产期|产检|孕检|化疗|放疗|偏瘫|透析|"
           # lungs and the ward a patient lies in (慢阻肺三期, 住院部12楼 23床)
           r"慢阻肺|肺功能|肺气肿|尘肺|吸氧|乳腺癌|住院|白血病|淋巴瘤|尿毒症|肾衰竭|剖腹产|先心病|残疾人证|残疾证|伤残|肝硬化|肝炎|肾炎|痛风|甲亢|甲减|贫血|白内障|青光眼|冠心病|心衰|多动症|怀孕")
# health words that name a condition someone has, told before the name (患阿尔茨海默病的 徐秀英)
# last characters of tonics and remedies named like people (杜仲茶, 葛根粉, 阿胶膏)
# (…or an age: 确诊糖尿病的王芳（62岁）)
_KIN_AFTER = regex.compile(rf"\s*(?:{_KIN_NAMED}|女士|先生|小朋友|同学|老人|[（(，,]\s*[0-9]{{1,3}}\s*岁)", regex.V1)
# (…or a word closing on a time or a kind: 康复期, 恢复中)
_WORD_ENDS = frozenset("期后中时者型性类感室科院部")
_PRODUCT_ENDS = frozenset("茶粉膏丸片液汤酒油露胶霜贴饮羹糕")
_HEALTH_BEFORE = r"患(?!者)有?|确诊|阿尔茨海默|痴呆|抑郁|癫痫|自闭|脑瘫|帕金森|肿瘤|癌|中风|瘫痪|透析|化疗|病变|糖尿病|高血压|心脏病|脑梗|心梗|术后|哮喘"
_GATE_CLASS = regex.compile(r"[0-9一二三四五六七八九十]\s*[)）]?\s*班")


@lru_cache(maxsize=1)
def _sensitive_patterns():
    s = _surname()
    name = rf"(?<![\p{{Han}}]){s}\p{{Han}}{{1,2}}(?![\p{{Han}}])"
    # the name must be a person's: a sex and/or an age right after it, or 姓名/患者 before it
    # (a relation before the name serves as well: 给母亲赵桂芳买的，她确诊…; a blood group or a
    # pregnancy week after it as an age does: 陈一诺 B型血 青霉素过敏, 周婷，孕28周)
    person = (rf"(?:(?P<name>(?:(?<![\p{{Han}}])|(?<=宝妈|宝爸|家长|的|我妈|我爸|老妈|老爸|我奶奶|我爷爷|我外婆|我姥姥|我婆婆|我公公)){s}(?:\p{{Han}}{{1,2}}(?:(?![\p{{Han}}])|(?={_KIN_NAMED}))|\p{{Han}}{{2}}(?<!血压|血脂|血糖|高龄|失能|独居|空巢|尿病|中风|瘫痪)(?=老人)))\s*(?:{_KIN})?\s*[，,（(]?\s*(?:现在|目前|今年|已经)?\s*(?:[男女](?![\p{{Han}}])\s*(?:[0-9]{{1,3}}岁(?!以|左|\+))?|[0-9]{{1,3}}岁(?!以|左|\+)|[0-9]{{1,2}}个月|孕[0-9]{{1,2}}周|(?i:ab|a|b|o)型血)"
              # …or a cue before the name that makes it a customer's (感谢郑雅琴分享：她…化疗, 老客户吴桂兰，糖尿病…)
              rf"|(?<=(?:感谢|谢谢|老客户|客户|顾客|客人|买家)(?:反馈|评价|留言|晒单|分享|故事)?\s*[:：]?\s*(?:[“\"]\s*(?:我是|我叫)\s*)?|服务过的宝妈\s*[:：]\s*|宝妈\s*[:：]\s*|(?:学员|学生|家长|患者家属)(?:反馈|评价|留言|分享|故事|案例)\s*[:：]\s*)(?!顾客|顾问|客户|客人|买家)(?P<name6>{s}\p{{Han}}{{1,2}})(?:{_KIN_NAMED}|先生|女士|小姐)?(?=[，,：:\s（(]|分享|反馈|说|的|做的|买的|订的|定制|有|患|怀孕|确诊|查出|得了)"

              # (产妇/孕妇 only before a name given with an age or a week: 产妇刘芳，32岁; not 孕妇叶酸)
              rf"|(?:产妇|孕妇)\s*[:：]?\s*(?P<name13>{s}\p{{Han}}{{1,2}})(?=\s*[，,（(]\s*(?:[0-9]{{1,2}}\s*岁|孕\s*[0-9]{{1,2}}\s*周)|确诊|诊断|患)"
              rf"|(?:姓名|患者|顾客|病人)\s*[:：]?\s*(?P<name2>{s}\p{{Han}}{{1,2}}(?:(?![\p{{Han}}])|(?=确诊|诊断|患|被|因)))"
              # a name with a kin word right before the diagnosis (李淑珍 阿姨乳腺癌术后, 王建华 老人，心梗术后)
              # a patient by the bed they lie in (23床 林秀珍（乳腺癌术后…）
              rf"|(?<=(?<![0-9.])(?:[0-9]{{1,3}}\s*床\s*|[0-9]{{1,2}}\s*床的))(?P<name7>{s}\p{{Han}}{{1,2}})(?<![款型号])(?:小朋友|宝宝|{_KIN_NAMED})?(?=\s*[（(，,\s])"
              rf"|(?P<name5>(?:(?<![\p{{Han}}])|(?<=的|给|床|送|帮|为|是|和|跟|替)){s}\p{{Han}}{{1,2}}?)(?:\s*(?:{_KIN_NAMED})|\s+(?:老人|女士|先生))(?=[^。！？!?\n<]{{0,14}}?(?:{_HEALTH}))"
              # (…or after a space, then only a name the sentence sets apart: 我母亲 刘桂英，慢阻肺; not
              # 送给爸爸妈妈 高精度测量)
              rf"|(?:母亲|父亲|妈妈|爸爸|婆婆|公公|奶奶|爷爷|外婆|姥姥|外公|老公|老婆|儿子|女儿|孩子|闺女|孙子|孙女)(?:(?P<name3>{s}\p{{Han}}{{2}})|\s(?P<name3b>{s}\p{{Han}}{{2}})(?=\s*[，,（(]))"
              # (a mother named after 的 with 宝妈: 苏州的陈雅婷宝妈（…），孕32周，妊娠期糖尿病; 全职宝妈 names no one)
              rf"|(?<=的)(?P<name9>{s}\p{{Han}}{{2}})宝妈(?=[^。！？!?\n<]{{0,28}}?(?:{_HEALTH}))"
              # (a person a thing was made for, then 她/他 and the condition: 给陆晓雯做的，她怀孕5个月)
              rf"|(?<=(?:给|帮|替)(?:新娘|新郎|宝妈|客户|顾客|学员)?)(?P<name12>{s}\p{{Han}}{{2}})(?=(?:做|买|定制|定做|改|订|寄|送|选|挑|准备|画|织|缝|修)的?[^。！？!?\n<，,]{{0,4}}[，,]\s*[她他])"
              # (a relative named with 叫: 家里老人叫 黄玉珍 刚做完髋关节手术)
              rf"|(?<=(?:老人|老公|老婆|妈妈|爸爸|母亲|父亲|奶奶|爷爷|外婆|姥姥|女儿|儿子)叫\s*)(?P<name11>{s}\p{{Han}}{{1,2}})(?![\p{{Han}}])"
              # (老伴, 老爷子 only with an age after the name: 老爷子张德林（78岁）; 老爷子常年腰疼 names no one)
              rf"|(?:老伴|老爷子|老太太)(?P<name8>{s}\p{{Han}}{{2}})(?=\s*[（(，,]?\s*[0-9]{{1,3}}岁))")
    health = regex.compile(rf"{person}[^。！？!?\n<]{{0,40}}?(?:{_HEALTH})", regex.V1)
    # …or a diagnosis told before the name (送给患阿尔茨海默病的 徐秀英 外婆, 正在抑郁症康复中的 唐静怡（…）),
    # read only where no name comes before a health word
    health_before = regex.compile(rf"(?:{_HEALTH_BEFORE})[^。！？!?\n<，,]{{0,10}}?的\s*(?P<name10>{s}\p{{Han}}{{1,2}})(?<!高龄|老年|中年|青年|少年|年轻|年老|病人)(?=\s*(?:{_KIN_NAMED}|女士|先生|小朋友|同学|老人\s*[（(，,]?\s*[0-9]{{1,3}}岁)|(?<=\p{{Han}}{{3}})\s*[（(，,])", regex.V1)
    pupil = regex.compile(rf"(?:[一二三四五六七八九初高大中小][0-9一二三四五六七八九十]?\s*[(（]?[0-9一二三四五六七八九十]{{0,2}}[)）]?|"
                          rf"[一二三四五六]年级?\s*[(（]?[一二三四五六七八九十0-9]{{1,2}}[)）]?)\s*班\s*[)）]?\s*[:：]?\s*"
                          # (…or the class's list after its teacher: 初三（5）班 班主任 方丽 学生：王浩宇、…)
                          rf"(?:[^。！？!?<]{{0,14}}?(?:学生|同学|学员|成员|名单)\s*[:：]?\s*)?"
                          # (班的周子墨做好的…: after 的 a three-character name may run on)
                          rf"(?:的(?P<named>{s}\p{{Han}}{{2}})|(?P<name>{s}\p{{Han}}{{1,2}})(?=\s*(?:小朋友|同学|宝宝|的)|(?![\p{{Han}}])))",
                          regex.V1)
    # …and a name, then the child's school and class (郑浩然 杭州第二中学 高二(7)班; 林可欣 7岁 …小学 一年级1班)
    # (a short aside may come between: 许嘉琪 高考642分 长郡中学 高三（7）班; 张思远小朋友6岁生日，就读 …)
    grade = r"[一二三四五六初高大中小][一二三四五六七八九0-9]?\s*(?:年级|年)?\s*[(（]?[0-9一二三四五六七八九十]{1,2}[)）]?\s*班"
    school = r"\p{Han}{2,14}(?:小学|中学|学校|幼儿园|附中|附小|一中|二中|三中|四中|实验学校|国小|国中|高中)"
    # (a relation may come right before the name: 给女儿王梓涵（育才实验学校一年级5班）定制的)
    pupil_school = regex.compile(rf"(?:(?<![\p{{Han}}])|(?<=女儿|儿子|孩子|闺女|孙子|孙女|外孙|外孙女|宝贝|给|为|帮))(?P<name>{s}\p{{Han}}{{1,2}})(?=小朋友|同学|宝宝|(?![\p{{Han}}]))"
                                 rf"[^。！？!?\n<]{{0,16}}?{school}\s*[,，、]?\s*{grade}", regex.V1)
    # a name with a diagnosis right after it (周凤兰 阿尔茨海默 家属电话 159…), counted only with a
    # phone number in the same text: a tag for a person who may get lost
    named_patient = regex.compile(rf"(?P<name>{name})\s?(?:阿尔茨海默症?|老年痴呆|痴呆|癫痫|自闭症|脑瘫|糖尿病|高血压|心脏病|哮喘)", regex.V1)
    return health, health_before, pupil, pupil_school, named_patient


@lru_cache(maxsize=1)
def _health_words():
    """The health words as one automaton: the gate runs on every field of every listing, and a
    regex alternation of forty words scanned each description at Python-regex speed."""
    import ahocorasick_rs
    # (lookarounds removed: the automaton finds the words, the pattern then decides)
    words = [regex.sub(r"\(\?<?[=!][^)]*\)", "", w) for w in _HEALTH.split("|")]
    return ahocorasick_rs.AhoCorasick(words)


def _sensitive_person(ctx):
    health, health_before, pupil, pupil_school, named_patient = _sensitive_patterns()
    automaton = _health_words()
    for field in ctx.text_fields(contacts.CONTACT_FIELDS):
        ft = ctx.text(field)
        raw = ft.view("norm")
        has_health = bool(automaton.find_matches_as_indexes(raw))
        has_class = "班" in raw and bool(_GATE_CLASS.search(raw))
        if not has_health and not has_class:
            continue
        if has_health:
            m = named_patient.search(raw)
            if m and any(what.startswith("phone 1") for _, _, what in _numbers_norm(ctx, field)):   # a mobile
                yield ctx.finding(field, "norm", m.start(), m.end(), f"a person's name next to health data: {_original(ft, *m.span('name'))}")
                continue
        found_health = False
        for gate, pat, what in ((has_health, health, "health data"), (has_health, health_before, "health data"),
                                (has_class, pupil, "a child's class"), (has_class, pupil_school, "a child's school and class")):
            if not gate or (pat is health_before and found_health):
                continue
            m = pat.search(raw)
            # 买家反馈：方便，… / 顾客反馈：苏州的…: a word of the review or a place, no name; the
            # next match may still be a person's (…苏州的陈雅婷宝妈…)
            for _ in range(8):
                cued = m and (m.groupdict().get("name6") or m.groupdict().get("name5") or m.groupdict().get("name10"))
                if m and pat in (pupil, pupil_school) and m.groupdict().get("name") and (
                        m.group("name")[0] in "全各每本该这那某此" or (len(m.group("name")) == 2 and _common_word(m.group("name")))):
                    m = pat.search(raw, m.start() + 1)   # (名单：全班同学 names no one)
                    continue
                # (患者的 安素（…）, 中风后恢复期的 杜仲茶: a product or a brand named like a person)
                n10 = bool(m) and m.groupdict().get("name10")
                kin_after = bool(n10) and bool(_KIN_AFTER.match(raw, m.end("name10")))
                # (患者的 安素（…）, 中风后恢复期的 杜仲茶: a product or a brand named like a person, unless
                # a kin word follows, 刘玉露奶奶; 术后的康复期（…）: a word opening with a surname)
                product = bool(n10) and not kin_after and (
                    cued[-1] in _PRODUCT_ENDS or bool(category.lexicon().products(squeeze_text(cued)))
                    or _brand_name_at(ctx, raw, m.start("name10"))
                    or (len(cued) == 3 and (_in_jieba_dictionary(cued) or cued[2] in _WORD_ENDS)) or (len(cued) < 3 and not kin_after))
                if not product and not (cued and _common_word(cued) and not _KIN_END.search(cued)
                                        and not cued.endswith(("先生", "女士", "小姐"))):
                    break
                m = pat.search(raw, m.start() + 1)
            if m:
                group = next((g for g in ("name", "name2", "name3", "name5", "name6", "name7", "name8", "name9", "name10", "name11", "name12", "name13", "name3b", "named") if m.groupdict().get(g)), None)
                who = _original(ft, *m.span(group)) if group else ""
                found_health = found_health or pat is health
                yield ctx.finding(field, "norm", m.start(), m.end(), f"a person's name next to {what}: {who}")


# (the city and district a compound's name may come after: 滨江区 星耀城 2幢 1803)
_DISTRICT_LEAD = r"(?:\p{Han}{1,8}?(?:省|市|区|县)\s*){0,3}"


# A whole name, a comma and a home down to the flat (—— 胡丽华，滨江区 星耀城 2幢 1803), or a
# name and 她家/他家 before the flat in brackets (蒋红梅一家…她家客厅（…棕北小区 12栋 3单元 401）):
# a flat is where someone lives; a shop's or a maker's address stops at the street number.
@lru_cache(maxsize=1)
def _name_comma_before():
    # (the shop's own people are not a customer: 店长 王强，…3幢502 is the shop)
    return regex.compile(rf"(?<!\p{{Han}})(?<!(?:店长|老板|掌柜|店主|客服|创始人|主理人|设计师|厂长|经理|负责人|发货人|退货|(?:退货|发货|寄回|退换货?|售后|回寄)地址)\s*[:：]?\s*)"
                         # (…or a home named by its owner: 李淑芬老师家，海淀区学院路30号9号楼1单元602)
                         rf"{_surname()}\p{{Han}}{{1,2}}(?<![城州市区县镇村苑府湾庭楼座厦寓站店场馆街巷])(?:(?:老师|阿姨|叔叔|大爷|大妈|奶奶|爷爷|阿婆|先生|女士)?的?(?:(?<!之)家|别墅|庭院|府上|新房|新家){{1,2}})?\s*[，,]\s*{_DISTRICT_LEAD}$", regex.V1)


@lru_cache(maxsize=1)
def _name_then_home():
    return regex.compile(rf"(?<!\p{{Han}}){_surname()}\p{{Han}}{{1,2}}(?=一家|家|[，,\s])[^。！？!?\n<]{{0,24}}?[她他]家[^。！？!?\n<（(]{{0,6}}[（(]\s*{_DISTRICT_LEAD}$", regex.V1)


# the most common surnames: a common word after one of them (林立, 高峰) may be a name all the same
_COMMON_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
                             "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤")
_TWO_BEFORE_ADDRESS = regex.compile(r"(\p{Han}{2})(?:地址|住址)", regex.V1)
_LABEL_WORD = regex.compile(r"(?:景点|景区|门店|公司|工厂|发货|退货|收货|店铺|仓库|办公|注册|营业|经营|场馆|活动|集合|取货|自提|酒店|"
                           r"学校|医院|单位|工作|通讯|邮寄|寄件|收件|快递|户籍|详细|联系|厂家|总部|展厅|售后|维修|服务)(?:地址|住址)", regex.V1)


def _unlabelled_residents(ctx):
    """陈美玲 家住 浙江省温州市…126号: a name right before 家住/住址 and a street address, or a
    whole name right after the address."""
    for field in ctx.text_fields(contacts.CONTACT_FIELDS):
        ft = ctx.text(field)
        text = ft.view("norm")
        for s, e, what in _addresses_norm(ctx, field):
            flat = _HOME_GATE.search(text, s, e) is not None
            m = _resident_before().search(text, max(0, s - 24), s) or \
                (flat and (_name_comma_before().search(text, max(0, s - 30), s) or _name_then_home().search(text, max(0, s - 60), s)))
            if m and (_LABEL_WORD.match(text, m.start(), s)
                      or ((w := _TWO_BEFORE_ADDRESS.match(text, m.start(), s)) and w.group(1)[0] not in _COMMON_SURNAMES
                          and _common_word(w.group(1)))):
                m = None   # 景点地址：, 项目地址： a label whose word starts with a surname (景, 项)
            if m:
                rs = m.start()
                yield ctx.finding(field, "norm", rs, e, f"a person's name next to a {what}: {_original(ft, rs, s)}")
                continue
            m = _resident_after().match(text, e)
            if m:
                yield ctx.finding(field, "norm", s, m.end(),
                                  f"a person's name next to a {what}: {_original(ft, e, m.end())}")



# A person the listing says is somebody else (a customer, a bride, a patient, a room-mate, a
# pupil, the deceased of a memorial) named in full, with what identifies or exposes them in the
# same sentence: a phone (also masked, 138****4480, or its last digits, 手机尾号6621), a home
# (家住/住在 + a place), a diagnosis, a student number or a due date; or two lesser details
# together (an age and a workplace, a height and a weight). Each detail alone is common in a
# listing; a named third party with it is what 《个人信息保护法》 protects.
_PERSON_ROLE = (r"客户|顾客|买家|新郎|新娘|室友|主人|原主人|原书主|原房主|房主|业主|家属|孝子|孝女|慈父|慈母|先父|先母|宠主|猫主|狗主|"
                r"亡父|亡母|逝者|学员|孕妈|宝妈|准妈妈|患者|病人|收件人|收货人|寄件人|租客|住户|雇主|家长|宝宝|小朋友|"
                r"送别|住的是|接的|(?:上周|昨天|前天|之前|上次|刚刚?|上个月)给|——|--|(?<=[0-9一二三四五六七八九十])班")
_STRONG_DETAIL = regex.compile(
    r"1[3-9][0-9]\s*[*＊xX]{4}\s*[0-9]{4}|尾号\s*[:：]?\s*[0-9]{4}|(?:家住|住在|住址|家在|现住|住于)\s*[:：]?\s*\p{Han}{0,8}?(?:省|市|区|县|镇|小区|花园|村)"
    rf"|{_HEALTH}|病逝|去世|享年|蚕豆病|学号\s*[:：]?\s*[0-9]{{6,}}|宿舍\s*\p{{Han}}{{0,4}}[0-9]|预产期", regex.V1)
_LESSER_DETAIL = regex.compile(
    r"[0-9]{1,3}\s*岁|身高\s*[0-9]{2,3}|体重\s*[0-9]{2,3}|在\p{Han}{2,12}?(?:医院|公司|银行|学校|大学|中学|小学|工厂)"
    r"|(?:19|20)[0-9]{2}\s*[—–-]{1,2}\s*(?:19|20)[0-9]{2}", regex.V1)
_SAMPLE_NAMES = frozenset({"张三", "李四", "王五", "赵六", "王小明"})
_ANIMAL_ENDS = frozenset("犬猫狗鱼鸟兔龟")
# 家 of a household (赵先生家, 张建国家客厅), not of a word it begins (家政, 家居, 家常菜, 家乡)
_HOUSEHOLD = r"家(?!政|居|具|电|纺|用|装|常|乡|族|务|私|菜|饭|店)"
_ROLE_GATE = regex.compile(_PERSON_ROLE + "|年级|(?:先生|女士|小姐|阿姨|大爷)家", regex.V1)


@lru_cache(maxsize=1)
def _role_person():
    s = _surname()
    name = rf"(?P<name>{s}\p{{Han}}{{1,2}}?)(?:\s*(?:{_KIN}|同学|小朋友))?(?=[\s，,：:（(｜|、;；“”\"]|{_HOUSEHOLD}|$)"
    return regex.compile(
        rf"(?:(?:{_PERSON_ROLE})\s*[:：]?\s*{name}"
        # a pupil after the school and the grade (人大附小 三年级 刘子墨)
        rf"|(?P<school>小学|附小|中学|附中|学校|[一二三四五六七八九十]小)\s*[一二三四五六]\s*年级\s*(?P<pupil>{s}\p{{Han}}{{1,2}}?)(?=[\s，,（(、;；]|$)"
        # …or a household named by its head (赵先生家的金毛，朝阳区…312号楼1单元802)
        rf"|(?<!\p{{Han}})(?P<home>{s}(?:先生|女士|小姐|阿姨|大爷)){_HOUSEHOLD})",
        regex.V1)


def _role_person_details(ctx):
    pattern = _role_person()
    for field in ctx.text_fields(contacts.CONTACT_FIELDS):
        ft = ctx.text(field)
        text = ft.view("norm")
        if not _ROLE_GATE.search(text):
            continue
        numbers = None
        for m in pattern.finditer(text):
            group = "pupil" if m.group("pupil") else "home" if m.group("home") else "name"
            who = m.group(group)
            if who in _SAMPLE_NAMES or "某" in who or _SELLER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue
            if numbers is None:
                addresses = [(s, e) for s, e, _ in _addresses_norm(ctx, field)]
                numbers = [(s, e) for s, e, _ in _numbers_norm(ctx, field)] + addresses
            end = m.end()
            stop = _SENTENCE_END.search(text, end, end + 48)
            window_end = stop.start() if stop else min(len(text), end + 48)
            has_number = any(end <= s < window_end for s, _ in numbers)
            if group == "home":
                if not any(end <= s < window_end for s, _ in addresses):
                    continue   # (a household only with the address it is at)
            elif not (group == "pupil" or has_number or _STRONG_DETAIL.search(text, end, window_end)) \
                    and (len(_LESSER_DETAIL.findall(text, end, window_end)) < 2 or (len(who) < 3 and m.end(group) == end)):
                continue   # (two lesser details only with a whole name of three or an honorific: 主人 金毛 3岁 体重30斤 is a dog)
            # (the dictionary and the brands last: jieba loads only for a name with details)
            # (宝宝 安心用: a name whose first two characters are a word is that word; 柯基犬 a breed)
            if (group != "home" and (_common_word(who) or (len(who) == 3 and _common_word(who[:2]))
                                     or who[-1] in _ANIMAL_ENDS)) or _brand_name_at(ctx, text, m.start(group)):
                continue
            yield ctx.finding(field, "norm", m.start(group), end,
                              f"a named person with their personal details: {_original(ft, m.start(group), m.end(group))}")
