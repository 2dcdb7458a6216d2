"""Numbers written into listings, decoded and classified: phones, IDs, bank cards.

Shared by the OFF and PRV rules. Work happens on a "contact view": the field's norm view with
Chinese numerals (一三八, 壹叁捌, 幺) and dingbat digits (❶, ➀) decoded one character to one
character, so offsets are the norm view's and map back to the original through it.

A number is a *run*: digits with at most a few separators between them (138 1234 5678,
138-1234-5678, (1)(3)(8)). Unlike the squeezed view, a run never joins two numbers that stand
apart in the text (尺码 36 37 38 stays apart from a following number only if something other
than a separator intervenes, so runs are also checked for a plausible grouping). What stands
around a run decides what it is: 138*80cm is a size, 1388元 a price, JD-1388 a model number,
出厂编号 20240601001 a serial.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from ..lexicon import builtin_data_file, load_wordlist_file
from ..model import TEXT_FIELDS
from ..text.numbers import DIGIT_TABLE

# Dingbat and double-circled digits that NFKC leaves alone (① and ⑴ it already decodes).
_DINGBATS = {}
for _base, _zero in ((0x2776, None), (0x2780, None), (0x278A, None), (0x24F5, None)):
    for _i in range(9):
        _DINGBATS[_base + _i] = str(_i + 1)
_DINGBATS.update({0x24FF: "0", 0x24EA: "0", 0x1F10B: "0", 0x1F10C: "0"})
CONTACT_TABLE = {**DIGIT_TABLE, **_DINGBATS}

# Separators allowed between the digits of one number: spaces, dashes, dots, brackets,
# combining marks (keycap digits 1️⃣ are a digit, U+FE0F and U+20E3) and symbols such as
# emoji and hearts (138🌸1234🌸5678), commas and tildes (138，1234，5678; 138~1234~5678: a
# list of sizes 38,39,40 splits into groups no number has). Not * × / (138*80 is a size) or
# currency signs.
_SEP = r"[\s\-‐‑‒–—―−_.·・•()\[\],，、~～\p{Mn}\p{Me}\p{Cf}\p{So}]"
# A keycap digit's marks (U+FE0F U+20E3) after the last digit belong to the number's span.
# (…but a slash or a bar with spaces on both sides is a separator: 1 3 5 / 0 7 9 2 / 4 4 1 8)
_SPACED_BAR = r"\s{1,2}[/|｜／]\s{1,2}"
# (…between short groups only: an ID or a card before a slash stays a run of its own)
# (…and a slash with no spaces between groups of three or four: 182/0571/3346; not 36/37/38)
_TIGHT_BAR = r"(?<=(?<![0-9])[0-9]{3,4})[/／](?=[0-9]{3,4}(?![0-9]))"
RUN = regex.compile(rf"(?<![0-9])[0-9](?:(?:{_SEP}{{0,4}}|(?<![0-9]{{5}}){_SPACED_BAR}(?=[0-9]{{1,4}}(?![0-9]))|{_TIGHT_BAR})[0-9])*(?:\uFE0F?\u20E3)?", regex.V1)
_GROUP_SPLIT = regex.compile(rf"(?:{_SEP}|[/|｜／])+", regex.V1)

# What after a number makes it a quantity, a price or a size rather than a contact number.
_UNIT_AFTER = regex.compile(
    r"^\s*(?:元|块|圆|角|rmb|cny|美元|万|亿|千|百"
    r"|mah|mwh|wh|cm|mm|km|kg|mg|ml|gb|tb|mb|kb|hz|khz|mhz|ghz|kw|kva|dpi|ppi|fps|rpm|pcs|ppm|ohm"
    r"|寸|英寸|米|厘米|毫米|公里|克|千克|斤|公斤|两|升|毫升|瓦|伏|安(?!装|全|心|排|卓)|毫安|年(?!货|会|轻)|月|日(?!本|常)"
    r"|天(?!猫|然|气)|小时|分钟|秒|周(?!末|边)"
    r"|次|件|个|只|条|包(?!邮|括)|盒|箱|台(?!湾|北|中|南|东|州)|套|张|页|度(?!假)|份|粒|片|支|瓶|袋|对(?!接|话|比|方|应)|双|颗|根|卷|组|位(?!置|于)"
    # …but not the first character of a word: 拨打 4008-123-567 人工处理, 138…天猫同号
    r"|人(?!工|员|民|群|气|们)|头(?!条|像)|匹|目(?!前|标|录)"
    r"|%|‰|℃|°|\*|×|/|㎡|m²|m³|㎝|㎜|㎏)"
    r"|^(?:[gmwvltkp]|x[0-9])(?![a-z\p{Han}])"
    r"|^x\s*[0-9]",
    regex.V1,
)
_PRICE_BEFORE = regex.compile(r"[¥$€£]\s*$|(?:价格?|售价|原价|券后|到手价?)\s*[:：]?\s*$")
_CURRENCY_BEFORE = regex.compile(r"[¥$€£]\s*$")
_SIZE_BEFORE = regex.compile(r"[0-9]\s*[*×x]\s*$")
_READ_AS_AFTER = regex.compile(r"\s*(?:读作|写作|读成|改写成|改写为|四舍五入|省略)")
_LATIN_BEFORE = regex.compile(r"([a-z]+)[\s\-_/:#.]?$")
_LATIN_AFTER = regex.compile(r"[a-z]+")
_ID_X_AFTER = regex.compile(rf"{_SEP}{{0,2}}x", regex.V1)
_ALNUM = regex.compile(r"[a-z0-9]")


@lru_cache(maxsize=1)
def _wordlist_data() -> dict[str, dict]:
    entries, _ = load_wordlist_file(builtin_data_file("offplatform.yaml"))
    return {e.id: dict(e.data) for e in entries}


def entry_data(entry_id: str) -> dict:
    return _wordlist_data().get(entry_id, {})


@lru_cache(maxsize=1)
def _serial_label_re():
    data = entry_data("phone-trigger")
    labels = sorted(data.get("serial-labels", ()), key=len, reverse=True)
    # (件号, a part's number, is also the end of 证件号, an identity document's)
    # (…and of 收件号码, 寄件号码: a recipient's or a sender's phone)
    alt = "|".join("(?<![证收寄快邮])件号" if w == "件号" else regex.escape(w) for w in labels)
    # The label, then at most a few characters (为, 是, 码, ':', spaces) before the number.
    return regex.compile(rf"(?:{alt})[^\p{{Han}}a-z0-9]{{0,3}}(?:为|是|码|号)?[^\p{{Han}}a-z0-9]{{0,3}}$", regex.V1)


@lru_cache(maxsize=1)
def _contact_latin() -> frozenset[str]:
    return frozenset(entry_data("phone-trigger").get("contact-latin", ()))


# Every phone, ID and card number is a run of seven or more digits with at most three
# separators between two digits (RUN). This standard-library pattern over the norm view matches
# a superset of those runs (anything but a digit may stand between digits), so a field it does
# not match holds none of them: the common field pays one C-level scan, not a translation and a
# Python loop over every short number (48小时, 500ml).
_DIGIT_CLASS = "0-9" + "".join(re.escape(chr(c)) for c in sorted(CONTACT_TABLE))
_SEVEN_DIGITS = re.compile(rf"[{_DIGIT_CLASS}](?:[^{_DIGIT_CLASS}]{{0,3}}[{_DIGIT_CLASS}]){{6}}")


# A mobile number with letters standing in for digits (l38 OOOO l234, 1З8…: o for 0, l and i
# for 1, in the case-folded norm view). Only an 11-place run that starts like a mobile number,
# is bounded by no other letter or digit, and keeps at least four real digits: words (lol,
# iPhone 11, oil) never qualify, and the decoded run must still be a mobile number.
_LETTER_PHONE = re.compile(r"(?<![a-z0-9])[1li](?:[\s\-.]{0,2}[0-9oli]){10}(?![a-z0-9])")
_LETTER_DIGITS = str.maketrans("oli", "011")


def _decode_letter_phones(view: str) -> str:
    out = None
    for m in _LETTER_PHONE.finditer(view):
        run = m.group(0)
        digits = [c for c in run if c.isdigit()]
        if len(digits) < 4 or len(digits) == len([c for c in run if c.isalnum()]):
            continue
        decoded = run.translate(_LETTER_DIGITS)
        if not _MOBILE.fullmatch("".join(c for c in decoded if c.isdigit())):
            continue
        out = out or list(view)
        out[m.start():m.end()] = decoded
    return view if out is None else "".join(out)


# Digits spelled in pinyin (yao san wu qi jiu ba er liu san san ling): seven or more in a row
# are a number. Each word becomes its digit padded with spaces to the word's length, so the
# view keeps its offsets and the digits stay one run.
_PINYIN_DIGIT = {"ling": "0", "yao": "1", "yi": "1", "er": "2", "liang": "2", "san": "3", "si": "4", "wu": "5",
                 "liu": "6", "qi": "7", "ba": "8", "jiu": "9"}
_PINYIN_WORDS = r"(?:ling|yao|yi|er|liang|san|si|wu|liu|qi|ba|jiu)"
_PINYIN_RUN = regex.compile(rf"(?<![a-z]){_PINYIN_WORDS}(?:[ \-]{_PINYIN_WORDS}){{6,}}(?![a-z])")
_PINYIN_WORD = regex.compile(r"ling|yao|yi|er|liang|san|si|wu|liu|qi|ba|jiu")
# An account written with letters for digits after a contact word (扣：l30 2O8 876): o for 0,
# l and i for 1, as in _LETTER_PHONE, for a 5-11 place id.
_LETTER_ID = regex.compile(r"(?<=(?:扣扣|扣|qq|企鹅|球球|电话|手机|微信|薇信|vx|v)\s*[:：]?\s*)"
                           r"[1-9li](?:[\s\-]{0,2}[0-9oli]){4,10}(?![a-z0-9])")


# Cheap tests (standard-library `re`, C speed) that a view may hold either form at all: every
# field of every listing is tested, and neither form is common.
_PINYIN_GATE = re.compile(r"(?:ling|yao|yi|er|san|si|wu|liu|qi|ba|jiu) (?:ling|yao|yi|er|san|si|wu|liu|qi|ba|jiu) ")
_LETTER_ID_GATE = re.compile(r"[0-9][oli]|[oli][0-9]")


def _spelled_digits(view: str) -> bool:
    return bool((_PINYIN_GATE.search(view) and _PINYIN_RUN.search(view))
                or (_LETTER_ID_GATE.search(view) and _LETTER_ID.search(view)))


def _decode_spelled_digits(view: str) -> str:
    out = None
    for m in _PINYIN_RUN.finditer(view):
        out = out or list(view)
        # Each digit goes where it keeps the padding between two digits within the three
        # separators a run allows (yao san ba ling ling: a ling of four letters in the middle
        # of the run would otherwise break it in two).
        trailing, prev_end = 0, None
        for w in _PINYIN_WORD.finditer(view, m.start(), m.end()):
            n = w.end() - w.start()
            sep = 0 if prev_end is None else w.start() - prev_end
            lead = 0 if prev_end is None else max(0, min(n - 1, 4 - sep - trailing))
            out[w.start():w.end()] = " " * lead + _PINYIN_DIGIT[w.group(0)] + " " * (n - 1 - lead)
            trailing, prev_end = n - 1 - lead, w.end()
    for m in _LETTER_ID.finditer(view):
        run = m.group(0)
        if sum(c.isdigit() for c in run) < 3 or not any(c in "oli" for c in run):
            continue
        out = out or list(view)
        out[m.start():m.end()] = run.translate(_LETTER_DIGITS)
    return view if out is None else "".join(out)


# 一件也是批发价: a lone numeral before a measure word counts things; decoded, it would run on
# into the number before it (扣扣 352789146 ，一件 → …1461)
_LONE_COUNT = regex.compile(r"(?<![一二三四五六七八九零〇十百千万两幺壹贰叁肆伍陆柒捌玖])[一二三四五六七八九两]"
                            r"(?=[件个只条包盒箱台套张页份粒片支瓶袋双颗根卷组位次])", regex.V1)


def _keep_counts(norm: str, cv: str) -> str:
    out = list(cv)
    for m in _LONE_COUNT.finditer(norm):
        out[m.start()] = norm[m.start()]
    return "".join(out)


def contact_text(ctx, field: str) -> str:
    """The field's contact view: its norm view with Chinese and dingbat numerals decoded, and
    letters standing in for the digits of a mobile number (same length, same offsets), built
    once per item (ctx.memo)."""
    key = ("contacts.view", field)
    cv = ctx.memo.get(key)
    if cv is None:
        norm = ctx.text(field).view("norm")
        cv = norm.translate(CONTACT_TABLE)
        if "点" in cv:
            # 189 点 2013 点 7745: 点 written for the dot between the groups (one character for one)
            cv = _DOT_WORD.sub(".", cv)
        if cv is not norm and _LONE_COUNT.search(norm):
            cv = _keep_counts(norm, cv)
        if _LETTER_PHONE.search(cv):
            cv = _decode_letter_phones(cv)
        if _spelled_digits(cv):
            cv = _decode_spelled_digits(cv)
        ctx.memo[key] = cv
    return cv


# Contacts and numbers hide in attribute values too (售后:加V信 kf_01, 定金账户:6217…): the
# attributes cell is read as text by these rules only (not by the word-list families, whose
# words there are product data: 品牌:第一 is a brand). So is the brand column, where a shop
# name sometimes carries its account (小美家（V:xm6677）).
CONTACT_FIELDS = TEXT_FIELDS + ("attributes", "brand")


def family_hits(ctx, code: str) -> dict[str, list]:
    """Field → lexicon hits of rule `code` (OFF… or PRV…), only fields that have some, in field
    order. One pass over each field's hits per item serves every OFF and PRV rule, so a rule
    with no hits on the item costs a dictionary lookup."""
    by_code = ctx.memo.get("contacts.hits")
    if by_code is None:
        by_code = ctx.memo["contacts.hits"] = {}
        for field in ctx.text_fields(CONTACT_FIELDS):
            for h in ctx.hits(field):
                rule = h.entry.rule
                if rule.startswith(("OFF", "PRV")):
                    by_code.setdefault(rule, {}).setdefault(field, []).append(h)
    return by_code.get(code) or {}


def number_fields(ctx) -> dict[str, str]:
    """Field → contact view, for the fields that may hold a phone, ID or card number (decided
    once per item; usually empty, so the number rules skip the item at once)."""
    found = ctx.memo.get("contacts.numbers")
    if found is None:
        found = ctx.memo["contacts.numbers"] = {
            field: contact_text(ctx, field) for field in ctx.text_fields(CONTACT_FIELDS)
            if _SEVEN_DIGITS.search(norm := ctx.text(field).view("norm")) or _LETTER_PHONE.search(norm)
            or _spelled_digits(norm) or guided_mobiles(norm)}
    return found


@dataclass(frozen=True, slots=True)
class Run:
    start: int            # offsets in the norm/contact view
    end: int
    digits: str
    groups: tuple[str, ...]

    def plausible_grouping(self) -> bool:
        """One block, digits spelled out one by one, or blocks of three or more (138 1234 5678,
        after an optional +86). 36 37 38 39 is a list of sizes and 1-9 一二三… a range, not one
        number."""
        g = self.groups
        if len(g) > 1 and g[0] in ("86", "0086"):
            g = g[1:]  # the country code of +86 138 1234 5678 / +86 10 8765 4321
            if len(g) > 1 and len(g[0]) == 2:
                g = g[1:]  # an area code without its 0 (10, 21)
        if len(g) == 1 or all(len(x) == 1 for x in g):
            return True
        # (…or an area code, then the local number read out in pairs: 0371 - 68 82 35 90)
        if len(g) >= 4 and _AREA.fullmatch(g[0]) and all(2 <= len(x) <= 4 for x in g[1:]) \
                and 7 <= sum(map(len, g[1:])) <= 8:
            return True
        # (…or a two-digit area code without its 0 before blocks: 21-6432-7780)
        if len(g) > 2 and len(g[0]) == 2 and _AREA.fullmatch("0" + g[0]) and all(len(x) >= 3 for x in g[1:]):
            return True
        # (…or a block and then digit by digit: 253 8 8 1 9 0 7 7)
        if len(g) >= 4 and len(g[0]) >= 3 and all(len(x) == 1 for x in g[1:]):
            return True
        return all(len(x) >= 3 for x in g)


@lru_cache(maxsize=32)
def runs(view: str) -> tuple[Run, ...]:
    """Every digit run of a contact view (cached: several rules ask for the same field)."""
    out = []
    for m in RUN.finditer(view):
        text = m.group(0)
        groups = tuple(g for g in _GROUP_SPLIT.split(text) if g)
        out.append(Run(m.start(), m.end(), "".join(groups), groups))
    return tuple(out)


_CONTACT_LABEL_BEFORE = regex.compile(r"(?:电话|手机|手机号|号码|热线|联系|tel|phone|mobile|qq|扣扣|微信|vx|wx|v信|薇信)\s*[:：]?\s*$")
_DIGIT = regex.compile(r"[0-9]")


def _unit_starts_a_word(view: str, start: int, end: int, left: str, right: str) -> bool:
    """电话 13812345678 台灯, QQ 12345678 个人号, 张伟 13912345678 件数2: the character after the
    number begins the next word. A whole mobile number set apart by a space, or a number a
    contact word labels (电话13812345678台灯), is a number to call, not a count of 台."""
    n = len(_DIGIT.findall(view, start, end))
    mobile = (n == 11 and view[start:start + 1] == "1") or (n == 10 and view[start:start + 2] == "09")
    spaced = right[:1].isspace()
    labelled = bool(_CONTACT_LABEL_BEFORE.search(left))
    return (mobile and (spaced or labelled)) or (labelled and spaced)


_STANDARD_BEFORE = regex.compile(r"(?<![a-z])(?:gb|gb/t|gb/z|qb/t|sb/t|nb/t|hg/t|jb/t|ny/t|ls/t|gh/t|lb/t|yy/t|yy|wb/t|sn/t|db[0-9]{0,2}/t|t/[a-z]{2,8})\s*$", regex.I)


def not_a_contact(view: str, start: int, end: int) -> str | None:
    """Why the number at view[start:end] is not a contact number, or None."""
    left = view[max(0, start - 14):start]
    right = view[end:end + 8]
    # (a price word before nine digits or more is no price: 报价：幺三五 幺二七八 零零四六 is a
    # phone after 报价; a currency sign keeps any figure a price)
    m = _PRICE_BEFORE.search(left)
    if m and (len(_DIGIT.findall(view, start, end)) < 9 or _CURRENCY_BEFORE.search(left)):
        return "price"
    if _SIZE_BEFORE.search(left):
        return "quantity"
    if _UNIT_AFTER.search(right) and not _unit_starts_a_word(view, start, end, left, right):
        return "quantity"
    if _serial_label_re().search(left):
        return "serial"
    if _STANDARD_BEFORE.search(left) and regex.search(r"[.\-][0-9]{4}$", view[start:end]):
        return "standard"   # GB 1886.235-2016: a standard's number and its year
    if _READ_AS_AFTER.match(right):
        return "numeral"   # 15600000000 读作一百五十六亿: a number in a maths exercise
    m = _LATIN_BEFORE.search(left)
    if m and m.group(1) not in _contact_latin() and not (end - start >= 11 and m.group(0)[-1:].isspace()):
        # JD-1388, iPhone 13 are models; a word set apart before a whole phone or card number
        # (手机 A 13812345678, 加我 x 138…) is a letter put there to hide it
        return "model"
    m = _LATIN_AFTER.match(right)
    if m:
        word = m.group(0)
        if word not in _contact_latin() and not any(word.startswith(w) for w in ("vx", "wx", "qq", "v", "tel")):
            return "model"
    return None


# ------------------------------------------------------------------ phones

_MOBILE = regex.compile(r"1[3-9][0-9]{9}")
_AREA = regex.compile(r"0(?:10|2[0-9]|[3-9][0-9]{2})")
_SERVICE = regex.compile(r"[48]00[0-9]{7}")


@dataclass(frozen=True, slots=True)
class Phone:
    kind: str             # mobile | landline | service | local
    start: int            # contact-view offsets of the part that is the number
    end: int
    digits: str
    needs_trigger: bool   # only a contact number when 电话/tel … stands before it


def _classify_phone(digits: str, groups: tuple[str, ...], plus: bool) -> tuple[str, bool] | None:
    if len(digits) == 11 and _MOBILE.fullmatch(digits):
        return "mobile", False
    if len(digits) == 13 and digits.startswith("86") and _MOBILE.fullmatch(digits[2:]) and (plus or groups[0] == "86"):
        return "mobile", False
    if plus and digits.startswith("86") and len(groups) >= 2 and groups[0] in ("86", "0086"):
        # +86-571-8888 8888: a landline dialled from abroad drops the area code's 0.
        rest = "0" + digits[len(groups[0]):]
        m = _AREA.match(rest)
        if m and groups[1] == m.group(0)[1:] and 7 <= len(rest) - m.end() <= 8:
            return "landline", False
    # A Taiwanese mobile as it is printed (0912-385-647, +886 912 385 647): no mainland number
    # has that shape (the area code 0912 takes a local number of seven or eight digits)
    if len(digits) == 10 and digits.startswith("09") and tuple(map(len, groups)) == (4, 3, 3):
        return "mobile", False
    if plus and len(digits) == 12 and digits.startswith("8869") and groups[0] == "886":
        return "mobile", False
    if len(digits) == 10 and _SERVICE.fullmatch(digits):
        return "service", False
    if digits.startswith("0") and 10 <= len(digits) <= 12:
        m = _AREA.match(digits)
        if m:
            local = digits[m.end():]
            if 7 <= len(local) <= 8 and local[0] != "0":
                separated = len(groups) >= 2 and groups[0] == m.group(0)
                # (read out in pairs, 0371 68 82 35 90, it might be a code and a list: a phone word must say so)
                return "landline", not separated or any(len(x) == 2 for x in groups[1:])
    if 7 <= len(digits) <= 8 and digits[0] in "23456789" and len(groups) <= 2:
        return "local", True
    # an area code written without its 0 and set apart (21-6432-7780, 571 8888 6666): a phone
    # only after a phone word
    if len(groups) >= 2 and len(groups[0]) == 2 and _AREA.fullmatch("0" + groups[0]):
        local = digits[len(groups[0]):]
        if 7 <= len(local) <= 8 and local[0] != "0":
            return "landline", True
    return None


def _group_windows(run: Run):
    """Whole groups of a run that may be a number of their own (an 11-digit block after a
    stray 一), tried when the whole run is no phone."""
    g = run.groups
    if len(g) < 2:
        return
    for i in range(len(g)):
        for j in range(i + 1, min(len(g), i + 3) + 1):
            if (i, j) == (0, len(g)):
                continue
            part = g[i:j]
            if len(part) > 1 and any(len(x) < 3 for x in part):
                continue
            yield i, j


def _group_offsets(view: str, run: Run) -> list[tuple[int, int]]:
    spans = []
    pos = run.start
    for grp in run.groups:
        s = view.index(grp, pos, run.end)
        spans.append((s, s + len(grp)))
        pos = s + len(grp)
    return spans


@lru_cache(maxsize=32)
def phones(view: str) -> tuple[Phone, ...]:
    """Phone numbers in a contact view; those with needs_trigger count only after 电话 …"""
    out = []
    for run in runs(view):
        n = len(run.digits)
        if n < 7 or n > 13:
            # a whole mobile number as one block of a longer run (…1101 13758126630 2. 李强: a
            # flat number before it, a list number after it) is that number
            # (…801 159 6833 2071 \n2. 赵建平: a flat number before it and the next line's list number
            # after a grouped one)
            if n > 13 and (run.plausible_grouping() or any(len(g) == 11 and _MOBILE.fullmatch(g) for g in run.groups)
                           or (len(run.groups) > 3 and len(run.groups[-1]) <= 2 and all(len(g) >= 3 for g in run.groups[:-1]))):
                out.extend(_phones_in_groups(view, run))
            continue
        if is_valid_id(run.digits) or is_bank_card(run.digits):
            continue
        plus = view[max(0, run.start - 1):run.start] == "+" or run.groups[0] == "0086"
        kind = _classify_phone(run.digits, run.groups, plus) if run.plausible_grouping() else None
        if kind:
            if not_a_contact(view, run.start, run.end):
                continue
            start = run.start - 1 if plus and view[run.start - 1] == "+" else run.start
            if view[start - 1:start] == "(" and ")" in view[start:run.end]:
                start -= 1  # (0755)12345678: the bracket belongs to the number
            out.append(Phone(kind[0], start, run.end, run.digits, kind[1]))
        else:
            out.extend(_phones_in_groups(view, run))
    # (a number split by a spaced slash is a list when options or a unit frame it: 长度可选
    # 150 / 1800 / 2000, 色温 4000 / 5000 / 6500K; then only a phone word makes it a number)
    # (…and otherwise a contact word in the same line: 找我, 客服, wx, V：, 📞, 批发, 联系; a price or size
    # list of three figures, 159 / 1299 / 1599, has none)
    # (…and slashes with no spaces, 136/1136/1188, join a list of models as often: only a word for
    # a phone or an account in the line makes it one)
    # (a landline from its area code on, 0755/2698/3317, is one as it stands)
    out = [p for p in out if not (_TIGHT_SLASH.search(view, p.start, p.end) and not p.digits.startswith("0")
                                  and not _TIGHT_CONTACT_BEFORE.search(view[max(0, p.start - 16):p.start].rsplit("\n", 1)[-1]))]
    return tuple(replace(p, needs_trigger=True) if _BAR.search(view, p.start, p.end) and (
        _OPTIONS_BEFORE.search(view[max(0, p.start - 12):p.start].rsplit("\n", 1)[-1]) or _UNIT_AFTER_LIST.match(view, p.end)
        or not _BAR_CONTACT_BEFORE.search(view[max(0, p.start - 12):p.start].rsplit("\n", 1)[-1]))
        else p for p in out)


_BAR = regex.compile(r"[/|｜／]")
_TIGHT_SLASH = regex.compile(r"[0-9][/／][0-9]")
# (联系 and 客服 count only right before the number: 有问题联系 138/0013/8000, not 联系客服，适用：136/1136/1188)
_TIGHT_CONTACT_BEFORE = regex.compile(r"手机|电话|号码|微信|薇|威|vx|wx|v\s*[:：]|同号|热线|拨打|致电|来电|预约|订购|tel|call|📞|☎|(?:联系|客服)\s*[:：]?\s*$", regex.I)
_OPTIONS_BEFORE = regex.compile(r"可选|选择|规格|尺寸|尺码|长度|宽度|高度|色温|型号|档位|容量|功率|款式", regex.V1)
_UNIT_AFTER_LIST = regex.compile(r"\s*(?:k|mm|cm|m|ml|l|w|v|mah|寸|码|号|g|kg|元|毫米|厘米|米|克|毫升|升|瓦|伏|块|点)(?![a-z])", regex.I)
_BAR_CONTACT_BEFORE = regex.compile(r"找我|加我|联系|客服|售后|电话|手机|热线|专线|微信|wx|vx|v\s*[:：]|📞|☎|tel|call|批发|团购|咨询|预约|老板|店主", regex.I)


def irregular_mobiles(view: str) -> tuple[Phone, ...]:
    """Mobile numbers split into groups no number is written in (136 一二 87 七六 49): a list of
    sizes looks the same, so these count only after a phone word (the caller checks)."""
    out = []
    for run in runs(view):
        if len(run.digits) != 11 or run.plausible_grouping() or not _MOBILE.fullmatch(run.digits):
            continue
        if not_a_contact(view, run.start, run.end):
            continue
        out.append(Phone("mobile", run.start, run.end, run.digits, True))
    return tuple(out)


# A mobile number dictated in parts with guide words between them (号码139开头。中间四位0527。
# 后四位是6631): the head, then two four-digit parts after 中间/后/尾 words.
_GUIDED_GAP = r"(?:[^0-9]|[0-9](?=位))"   # 中间四位 reads 中间4位 once numerals are decoded
_GUIDED_MOBILE = regex.compile(
    # the phone word may be missing: 前三位159 中间0378 后四位2246 says what it is by itself
    r"(?:(?P<trig>电话|手机|号码|联系|打我|打给|拨打|找我|加我|call|tel)" + _GUIDED_GAP + r"{0,8}?)?"
    r"(?:(?<![0-9])(1[3-9][0-9])\s*(?:开头|打头|起头)|(?:前三位|前3位)\s*(?:是|为)?\s*(1[3-9][0-9])(?![0-9]))"
    + _GUIDED_GAP + r"{0,12}?(?:中间|之后|接着|然后)" + _GUIDED_GAP + r"{0,6}?(?<![0-9])([0-9]{4})(?![0-9])"
    + _GUIDED_GAP + r"{0,12}?(?:后|尾|最后|末)" + _GUIDED_GAP + r"{0,6}?(?<![0-9])([0-9]{4})(?![0-9])", regex.V1 | regex.I)


_DOT_WORD = regex.compile(r"(?<=[0-9]{3}\s)点(?=\s[0-9]{4})|(?<=[0-9]{3})点(?=[0-9]{4})")
_SAMPLE_BEFORE = regex.compile(r"张三|李四|王五|示例|样例|样式|样板|模板|效果|范例|示范|样张|示意|演示")
_NOT_REAL_AFTER = regex.compile(r"[0-9\s\-]{11,16}[，,（(]?\s*(?:非真实|不是真实|并非真实|虚拟|演示|(?:此为|这是|仅为|为)?(?:示例|样例|举例)(?:号码|号|电话)?)")


_SAMPLE_WORD = regex.compile(r"示例|样例|样式|样板|模板|效果|范例|示范|样张|示意")


# The resident ID printed as the example in GB 11643 and in every ID reader's manual
SAMPLE_IDS = frozenset({"11010519491231002X"})
# …and the mobile number printed on sample signs and forms (China Mobile's demo number), when
# the text says it is one
SAMPLE_PHONES = frozenset({"13800138000"})


def is_placeholder(digits: str, view: str = "", start: int = 0) -> bool:
    """13800000000 after 张三 or on a template: the sample number a form or a label prints (a
    number of that shape elsewhere may be a puzzle: 13800000000 + 2164775). After a sample word
    (范例：寄件人 王小明 0912-345-678), a run of counting digits is one too."""
    if len(digits) == 11 and len(set(digits[3:])) == 1 and (_SAMPLE_BEFORE.search(view, max(0, start - 40), start)
                                                            or _NOT_REAL_AFTER.match(view, start)):
        return True   # (姓名：张三　职位：销售经理　电话：138-0000-0000 on a business-card sample)
    if digits.upper() in SAMPLE_IDS:
        return True
    if digits in SAMPLE_PHONES and (_SAMPLE_BEFORE.search(view, max(0, start - 40), start)
                                    or _NOT_REAL_AFTER.match(view, start)):
        return True   # 图中号码为演示号码 138 0013 8000，非真实号码
    tail = digits[-6:]
    return (len(tail) == 6 and (tail in "0123456789" or tail in "9876543210")
            and bool(_SAMPLE_WORD.search(view, max(0, start - 16), start)))


def guided_mobiles(view: str) -> tuple[Phone, ...]:
    if "开头" not in view and "打头" not in view and "起头" not in view and "前三位" not in view and "前3位" not in view:
        return ()
    # 139开头 needs a phone word before it (型号139开头的都是旧款); 前三位 says it by itself
    # (group 1 is the phone word; the head is group 2 after 开头, group 3 after 前三位)
    return tuple(Phone("mobile", m.start(2) if m.group(2) else m.start(3), m.end(),
                       "".join(m.group(i) or "" for i in (2, 3, 4, 5)), False)
                 for m in _GUIDED_MOBILE.finditer(view) if m.group("trig") or m.group(3))


def _phones_in_groups(view: str, run: Run) -> list[Phone]:
    if is_bank_card(run.digits) or is_valid_id(run.digits):
        return []
    spans = None
    for i, j in _group_windows(run):
        digits = "".join(run.groups[i:j])
        if not (_MOBILE.fullmatch(digits) or _SERVICE.fullmatch(digits)):
            continue
        spans = spans or _group_offsets(view, run)
        s, e = spans[i][0], spans[j - 1][1]
        if not_a_contact(view, s, e):
            continue
        return [Phone("mobile" if digits[0] == "1" else "service", s, e, digits, False)]
    return []


# ------------------------------------------------------------------ resident IDs

_PROVINCES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83".split())
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def is_valid_id(number: str, today: _dt.date | None = None, checksum: bool = True) -> bool:
    """An 18-character resident ID: province code, a real birth date, ISO 7064 mod 11-2
    (the last unless `checksum` is False)."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    check = number[17].upper()
    if not (check.isdigit() or check == "X"):
        return False
    if number[:2] not in _PROVINCES or number[2:6] == "0000":
        return False
    try:
        born = _dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or _dt.date.today()):
        return False
    if not checksum:
        return True
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == check


@dataclass(frozen=True, slots=True)
class Number:
    start: int
    end: int
    digits: str
    checked: bool = True  # False: the check digit fails, but a label says what the number is


# A number a label calls an ID or a bank card is one even when its check digit is wrong: a
# typo in a real number leaks it just the same, and the label rules out barcodes and orders.
# (the label, then at most a few characters — 为, 是, ':', spaces — before the number)
_LABEL_TAIL = r"[^\p{Han}a-z0-9]{0,3}(?:为|是)?[^\p{Han}a-z0-9]{0,3}$"
_ID_LABEL = regex.compile(r"(?:身份证|证件|公民身份)(?:号码|号)?" + _LABEL_TAIL, regex.V1)
# (户名 王建军 卡号 …: an account holder's name before 卡号 makes it a bank card's)
_CARD_LABEL = regex.compile(r"(?:(?:银行卡|储蓄卡|信用卡|借记卡|(?:工行|农行|建行|中行|交行|招行|邮储|工商银行|农业银行|建设银行|中国银行|交通银行|招商银行)卡?)(?:卡号|号码|号)?|(?:户名|开户名|持卡人)[^0-9]{1,8}?卡号)"
                            + _LABEL_TAIL, regex.V1)

# …or the bank named right after it (6228 4804 … 013 农行), or 卡号 before a 19-digit UnionPay
# debit number written in blocks of four (卡号是 6217 8562 0001 2345 678)
_BANK_AFTER = regex.compile(r"[^\p{Han}a-z0-9]{0,3}(?:工行|农行|建行|中行|交行|招行|邮储|工商银行|农业银行|建设银行|中国银行|交通银行|招商银行|邮政储蓄)", regex.V1)
_CARD_NO = regex.compile(r"(?<!会员|购物|礼品|储值|公交|加油|充值|游戏|点|电话|手机|京东|超市|油)卡号" + _LABEL_TAIL, regex.V1)


@lru_cache(maxsize=32)
def resident_ids(view: str) -> tuple[Number, ...]:
    out = []
    for run in runs(view):
        if _BAR.search(view, run.start, run.end):
            continue   # (a spaced slash splits phone numbers only: 4000 / 5000 / 6500K is a list)
        digits, end = run.digits, run.end
        if len(digits) > 18 and len(run.groups) > 1:
            # (身份证号510107197107210414)四科: the number and a decoded numeral after a
            # bracket make one run; the groups that add up to 18 digits are the number
            spans = _group_offsets(view, run)
            for j in range(1, len(run.groups)):
                head = "".join(run.groups[:j])
                if len(head) >= 17:
                    if len(head) in (17, 18):
                        run = Run(run.start, spans[j - 1][1], head, run.groups[:j])
                        digits, end = run.digits, run.end
                    break
        if len(digits) == 17:  # the check character X follows the digits
            m = _ID_X_AFTER.match(view, end, end + 3)
            if not m:
                continue
            digits, end = digits + "X", m.end()
        # The check character may stand alone at the end: 4403-0519-9001-0112-3X.
        grouped = run.plausible_grouping() or all(len(x) >= 3 for x in run.groups[:-1])
        if len(digits) != 18 or not grouped:
            continue
        checked = is_valid_id(digits)
        if not checked and not (is_valid_id(digits, checksum=False)
                                and _ID_LABEL.search(view[max(0, run.start - 12):run.start])):
            continue
        if _ALNUM.match(view, end) or (run.start and "a" <= view[run.start - 1] <= "z"):
            continue  # part of a longer code
        if _serial_label_re().search(view[max(0, run.start - 14):run.start]):
            continue  # 生产批号 370202198801010019: a serial that happens to pass the checks
        out.append(Number(run.start, end, digits, checked))
    return tuple(out)


# ------------------------------------------------------------------ bank cards

_CARD_PREFIX = regex.compile(r"(?:62|60|65|4|5[1-5]|2[2-7]|35|95)")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def is_bank_card(digits: str) -> bool:
    return 16 <= len(digits) <= 19 and bool(_CARD_PREFIX.match(digits)) and luhn_ok(digits)


def _card_grouping(groups: tuple[str, ...]) -> bool:
    """Written in one block, or in blocks of four (the last may be shorter), or 6-13 (19 digits)."""
    if len(groups) == 1:
        return True
    if all(len(g) == 4 for g in groups[:-1]) and 1 <= len(groups[-1]) <= 4:
        return True
    # As banks print them: 6-13 (622848 0402564890018), 6-12, 8-8-3, 8-8.
    if tuple(len(g) for g in groups) in ((6, 13), (6, 12), (6, 10), (8, 8, 3), (8, 8), (8, 11)):
        return True
    return all(len(g) == 1 for g in groups)


def _ascending_codes(groups: tuple[str, ...]) -> bool:
    """支持尺寸:2230 2242 2260 2280: a list of sizes or codes sharing their first two digits and
    rising, as a card's blocks never do."""
    return (len(groups) >= 3 and all(len(g) == 4 for g in groups) and len({g[:2] for g in groups}) == 1
            and all(a < b for a, b in zip(groups, groups[1:])))


@lru_cache(maxsize=32)
def _card_run(view: str, run: Run) -> Run:
    """…1860 911，一点都不松: a decoded numeral after a comma joins the card's run; the groups
    that make a card are the card."""
    if len(run.digits) <= 19 or len(run.groups) < 2:
        return run
    spans = _group_offsets(view, run)
    for j in range(len(run.groups) - 1, 0, -1):
        head = "".join(run.groups[:j])
        if 16 <= len(head) <= 19 and is_bank_card(head):
            return Run(run.start, spans[j - 1][1], head, run.groups[:j])
    return run


def bank_cards(view: str) -> tuple[Number, ...]:
    out = []
    for run in runs(view):
        if _BAR.search(view, run.start, run.end):
            continue
        run = _card_run(view, run)
        if not _card_grouping(run.groups) or is_valid_id(run.digits) or (
                _ascending_codes(run.groups) and not _CARD_LABEL.search(view[max(0, run.start - 12):run.start])):
            continue
        checked = is_bank_card(run.digits)
        if not checked and not (16 <= len(run.digits) <= 19 and _CARD_PREFIX.match(run.digits)
                                and (_CARD_LABEL.search(view[max(0, run.start - 12):run.start])
                                     or _BANK_AFTER.match(view, run.end)
                                     or (run.digits.startswith("62") and len(run.digits) == 19 and len(run.groups) >= 4
                                         and _CARD_NO.search(view[max(0, run.start - 8):run.start])))):
            continue
        why = not_a_contact(view, run.start, run.end)
        if why and not (why == "quantity" and checked):
            continue   # …9487 578 张丽华: 张 of a name after a card number is no count of sheets
        out.append(Number(run.start, run.end, run.digits, checked))
    return tuple(out)
