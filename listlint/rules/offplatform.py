"""Off-platform diversion (OFF): WeChat, QQ, phone numbers, URLs and other platforms.

Basis: 《淘宝规则》滥发信息 — a listing may not carry contact details or links that take the buyer
off Taobao (淘系外推广, 规避信息). Sellers disguise them (薇信, V❤, 一三八…, 点com), so triggers are
matched in the squeezed view through the shared automaton (data: wordlists/offplatform.yaml) and
numbers in a decoded contact view (listlint/rules/contacts.py). Every finding's span is the
original text; its message shows what it decodes to.
"""
from __future__ import annotations

import html as _html
import re
from functools import lru_cache
from html.entities import html5 as _HTML5
from urllib.parse import urlsplit

import regex

from ..model import TEXT_FIELDS
from ..text.normalize import SEPARATOR_RUN, normalize_text, squeeze_text
from . import contacts
from .mismatch_brands import brand_words, family_words, matcher_for
from .registry import rule

BASIS = "《淘宝规则》滥发信息：发布站外联系方式、引导至淘宝以外交易（淘系外推广/规避信息）"
SUGGEST_CONTACT = "删除站外联系方式，引导买家通过旺旺/千牛客服联系"
_LATIN = regex.compile(r"[a-z]")
_NUMBER_AFTER = regex.compile(r"[\s\-_]?([0-9]+)")
_CODE_AFTER = regex.compile(r"[-_][a-z]{1,4}[0-9]", regex.I)
_INVITE_BEFORE = regex.compile(r"(?:加|联系|找|私|搜|\+|➕)\s*(?:我)?\s*$")
_TAG = regex.compile(r"<[^>]*>|&[a-z]+;|&#[0-9]+;", regex.I)
# After a WeChat trigger: an account name or a number, optionally after ':' / 号 / 是.
_WECHAT_ID = regex.compile(r"\s*[:：]?\s*(?:号|是|为)?\s*[:：]?\s*([a-zA-Z][-_a-zA-Z0-9]{4,19}|[0-9]{5,11})(?![-_a-zA-Z0-9])")
# What may stand between a QQ trigger and its number.
# What may stand between a QQ trigger and its number: 扣扣找我：贰捌柒… is an invitation too.
_QQ_GAP = regex.compile(r"(?:号码?|是|为|群号?|账号|id|同号|qq|q|找我|联系我?|私聊|私信|咨询|加我?)*")


# ------------------------------------------------------------------ deciding a trigger hit

@lru_cache(maxsize=256)
def _cue(pattern: str | None):
    return regex.compile(pattern, regex.V1 | regex.I) if pattern else None


def _edges_ok(raw: str, s: int, e: int) -> bool:
    """A latin or digit trigger must not be part of a longer word or number (TV信号, NEW Xbox,
    16888, 微XL). Checked on the original characters, where a space still separates words."""
    if s >= e:
        return False
    first, last = normalize_text(raw[s]), normalize_text(raw[e - 1])
    before = normalize_text(raw[s - 1]) if s > 0 else ""
    after = normalize_text(raw[e]) if e < len(raw) else ""
    if _LATIN.match(first) and _LATIN.match(before[-1:]):
        return False
    if _LATIN.match(last[-1:]) and _LATIN.match(after[:1]):
        return False
    if first[:1].isdigit() and before[-1:].isdigit():
        return False
    if last[-1:].isdigit() and after[:1].isdigit():
        return False
    return True


def _raw_gap_squeezed(raw: str, start: int, end: int) -> str | None:
    if end < start or end - start > 60:
        return None
    return squeeze_text(_TAG.sub("", raw[start:end]))


def id_after(ctx, field: str, raw_end: int, min_len: int = 5, max_len: int = 11):
    """The number that follows a trigger ending at raw_end (QQ 12345678), as (run, raw span)."""
    ft = ctx.text(field)
    cv = contacts.contact_text(ctx, field)
    for run in contacts.runs(cv):
        rs, re_ = ft.to_raw("norm", run.start, run.end)
        if rs < raw_end:
            continue
        gap = _raw_gap_squeezed(ft.raw, raw_end, rs)
        if gap is None:
            return None
        if not _QQ_GAP.fullmatch(gap):
            return None
        # right after its trigger a number may be split anyhow (企鹅：1057 3382 96), but a list of
        # sizes (36 37 38 39) is no number
        grouped = run.plausible_grouping() or (len(run.groups[0]) >= 3 and min(map(len, run.groups)) >= 2)
        if min_len <= len(run.digits) <= max_len and run.digits[0] != "0" and grouped \
                and not contacts.not_a_contact(cv, run.start, run.end):
            return run, (rs, re_)
        return None
    return None


# A scam described as a warning, in the same sentence before the contact word: the shop warns
# its buyers off that contact (an account written after it is still one)
_SCAM_WARNING = regex.compile(r"(?:骗局|诈骗|反诈|防骗|骗子|冒充|不法分子|谨防|警惕)(?P<between>[^。！？!?\n<]{0,60})$", regex.V1)
# …unless the shop then invites the buyer itself (谨防冒充，售后请直接加我微信 zhang_san) or an
# account follows the word
_INVITE_BETWEEN = regex.compile(r"加我|请加|直接加|正品加|售后请|请联系|联系我|(?<!勿|不要|别|不)(?:扫码|进群|搜)|(?<!让您|让你|让)去|"
                             # (…拍下后请私下交易: an invitation right before the contact word)
                             r"(?<!勿|不要|别|不)(?:请|欢迎)\s*$|不走平台|直接(?:转账|打款|汇款)?\s*$", regex.V1)
# the contact words a warning describes as well as WeChat and QQ (要求您加好友, 扫码添加, 拉你进群)
_WARNED_ENTRIES = frozenset({"add-friend", "scan-to-add", "join-group", "off-platform-payment"})
_ACCOUNT_AFTER = regex.compile(r"\W{0,3}(?:号|id)?\s*(?:是|为|搜索?)?\s*[:：]?\s*(?:[a-z][-_a-z0-9]{4,}|[0-9]{5,})", regex.I | regex.V1)


# (…for friend, scan and group words, a scam itself must be named: 谨防假冒，加入粉丝群 warns of
# counterfeits and then invites)
_SCAM_NAMED = regex.compile(r"骗局|诈骗|骗子|冒充|不法分子|防骗|反诈", regex.V1)
# (…防骗提醒：老客户不走平台直接转账: the shop's own invitation inside the warning)


def _scam_warning(raw: str, start: int, end: int, strict: bool = False) -> bool:
    m = _SCAM_WARNING.search(raw, max(0, start - 80), start)
    if m and strict and not _SCAM_NAMED.search(m.group(0)):
        return False
    return bool(m) and not _INVITE_BETWEEN.search(m.group("between")) and not _ACCOUNT_AFTER.match(raw, end)


def trigger_ok(ctx, field: str, hit) -> bool:
    """The generic decision for OFF trigger hits, driven by the entry's data."""
    ft = ctx.text(field)
    text = ft.view(hit.view)
    s, e = hit.start, hit.end
    rs, re_ = ft.to_raw(hit.view, s, e)
    if not _edges_ok(ft.raw, rs, re_):
        return False
    if (hit.entry.id.startswith(("wechat", "qq")) or hit.entry.id in _WARNED_ENTRIES) \
            and _scam_warning(ft.raw, rs, re_, strict=hit.entry.id in _WARNED_ENTRIES):
        return False   # 常见骗局：冒充客服…“加微信领红包”; 不法分子冒充本店客服…要求添加微信或QQ
    data = hit.entry.data
    if data.get("model-guard"):
        m = _NUMBER_AFTER.match(text, e, e + 14)
        if m and len(m.group(1)) < 5:
            return False
        if _CODE_AFTER.match(text, e, e + 8) and not _INVITE_BEFORE.search(text, max(0, s - 4), s):
            return False   # 型号:WX-AP2: a model code, not an invitation (加WX-abc123 is one)
        if s >= 2 and text[s - 1] in "-_" and text[s - 2].isascii() and text[s - 2].isalnum() and (text[e:e + 1] in ("-", "_") or not text[e:e + 1].isalnum()):
            return False   # TY-WX-CRV, JP-100-WX: one part of a hyphenated model code
    neg = _cue(data.get("negate-before"))
    if neg and neg.search(text[max(0, s - 6):s]):
        return False
    needs = data.get("needs")
    if not needs:
        return True
    before, after = _cue(data.get("cue-before")), _cue(data.get("cue-after"))
    reach = int(data.get("cue-after-chars") or 14)
    cued = bool((before and before.search(text[max(0, s - 10):s])) or (after and after.search(text[e:e + reach])))
    if cued:
        return True
    if needs == "cue-or-id" or needs == "id":
        raw_end = ctx.text(field).to_raw(hit.view, s, e)[1]
        return id_after(ctx, field, raw_end) is not None
    return False


def decided_hits(ctx, field: str, code: str):
    """Accepted trigger hits of rule `code` in a field as (raw span, first hit, shown text); hits
    that overlap or touch are merged into one span (加薇 + 薇信 → 加薇信, 扫码 + 进群)."""
    hits = contacts.family_hits(ctx, code).get(field)
    if not hits:
        return []
    ft = ctx.text(field)
    cands = [(ft.to_raw(h.view, h.start, h.end), h) for h in hits]
    cands.sort(key=lambda c: (c[0][0], -(c[0][1] - c[0][0])))
    merged: list[list] = []
    for (rs, re_), h in cands:
        if merged and rs <= merged[-1][0][1] and re_ <= merged[-1][0][1]:
            continue  # inside a span already accepted
        if not trigger_ok(ctx, field, h):
            continue
        if merged and rs <= merged[-1][0][1]:
            merged[-1][0] = (merged[-1][0][0], max(re_, merged[-1][0][1]))
        else:
            merged.append([(rs, re_), h])
    return [(tuple(span), h, squeeze_text(_TAG.sub("", ft.raw[span[0]:span[1]]))) for span, h in merged]


def decoded_note(original: str, decoded: str, ignore=SEPARATOR_RUN) -> str:
    """“一三八… → 138…” when the original is written differently from what it means
    (`ignore`: characters whose difference does not count, separators by default)."""
    original = _TAG.sub("", original).strip()
    if ignore.sub("", original).lower() == ignore.sub("", decoded).lower():
        return decoded
    return f"{original} → {decoded}"


def trigger_note(ctx, field: str, span: tuple[int, int], shown: str, means: str) -> str:
    """The trigger as written, and what it stands for: 薇 信 → 微信, 加微信 stays as it is."""
    raw = _TAG.sub("", ctx.text(field).raw[span[0]:span[1]])
    return decoded_note(raw, shown if means.lower() in shown.lower() else means)


# ------------------------------------------------------------------ description links, tested cheaply first

# Finding a description's link targets walks every tag in Python; nearly every description
# links only pictures on Taobao's hosts. So the raw HTML is first tested for what a reported
# link needs, and the links are extracted only when that test cannot rule them out. Each test
# over-approximates (it reads the whole HTML, not only attribute values):
#   - tel: / mailto: links need those letters;
#   - a link to a host needs "//" in its (unescaped) value: every "//" must be followed by a
#     host of plain characters, an optional numeric port and then / ? or #, which is where
#     urlsplit ends the host (a host followed by a quote, a space, '@', an entity … is unclear
#     and sends the field to the full check), and every such host must be allowed;
#   - a value starting with www. is read as a host: any www. not right after // is unclear;
#   - html.unescape runs over each value: an entity that decodes (also as a prefix, the way
#     unescape reads a name without ';') to an ASCII letter, digit, ':', '/' or '.' could
#     spell any of the above, so it is unclear too. Harmless entities (&nbsp; &amp; &ldquo;)
#     decode to something else.
_LINK_HOST = re.compile(r"//([a-z0-9._-]+)(?::[0-9]+)?[/?#]")
_SLASHES = re.compile(r"//")
_BARE_WWW = re.compile(r"(?<!//)www\.")
_ENTITY = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z0-9]+)")
_RISKY_DECODED = re.compile(r"[A-Za-z0-9:/.]")
_entity_risk: dict[str, bool] = {}


def _entity_is_risky(body: str) -> bool:
    """`body`: what follows '&' (#58; or a name's letters and digits)."""
    risky = _entity_risk.get(body)
    if risky is None:
        if body[0] == "#":
            decoded = [_html.unescape("&" + body)]
        else:  # every prefix unescape may take for a name (with or without ';')
            decoded = [_HTML5[k] for x in range(2, len(body) + 1)
                       for k in (body[:x], body[:x] + ";") if k in _HTML5]
        risky = any(_RISKY_DECODED.search(d) for d in decoded)
        if len(_entity_risk) < 4096:
            _entity_risk[body] = risky
    return risky


def _html_facts(ctx, field: str) -> tuple[str, bool]:
    """The lower-cased raw HTML and whether an entity in it might spell part of a link."""
    key = ("off.html", field)
    facts = ctx.memo.get(key)
    if facts is None:
        raw = ctx.text(field).raw
        risky = "&" in raw and any(_entity_is_risky(b) for b in set(_ENTITY.findall(raw)))
        facts = ctx.memo[key] = (raw.lower(), risky)
    return facts


def links_may_call(ctx, field: str) -> bool:
    """False when no link of the field's HTML can be a tel: link."""
    low, risky = _html_facts(ctx, field)
    return risky or "tel:" in low


def links_may_leave(ctx, field: str, allowed: tuple[str, ...]) -> bool:
    """False when no link of the field's HTML can be a mailto: link or point outside `allowed`."""
    low, risky = _html_facts(ctx, field)
    if risky or "mailto:" in low or ("www." in low and _BARE_WWW.search(low)):
        return True
    if "//" not in low:
        return False
    hosts = _LINK_HOST.findall(low)
    if len(hosts) != len(_SLASHES.findall(low)):
        return True  # some // is not followed by a plain host and a path
    return not all(_host_allowed_cached(h, allowed) for h in set(hosts))


# ------------------------------------------------------------------ OFF001 WeChat

@rule("OFF001", "wechat-contact", category="off-platform", severity="error", basis=BASIS,
      summary="WeChat contact or its disguises (薇信, V❤, vx, 公众号, 扫码加群)",
      suggestion=SUGGEST_CONTACT,
      explanation="Any invitation to add a WeChat account, follow an official account or scan a code to "
                  "join a group takes the buyer off Taobao. Disguises are decoded: homophones and shapes "
                  "(薇信, 威信, 徽信, V信, 微x), latin (vx, wx, weixin, wechat, 加V, V❤) and separators between "
                  "the characters (微-信, 微 信). Mentions of WeChat as a feature (支持微信支付, 微信语音) are not "
                  "contacts.",
      options={},
      examples_fail=["加薇信领优惠券", "V❤: abc_123", "微 信 同 号 13812345678", "扫码进群领红包"],
      examples_pass=["支持微信支付", "TV信号放大器", "二维码扫描枪"],
      fields=contacts.CONTACT_FIELDS)
def check_wechat(ctx):
    for field in contacts.family_hits(ctx, "OFF001"):
        ft = ctx.text(field)
        for (rs, re_), h, shown in decided_hits(ctx, field, "OFF001"):
            means = h.entry.data.get("means", "微信")
            msg = f"WeChat contact: {trigger_note(ctx, field, (rs, re_), shown, means)}"
            # In HTML too: an id runs on in the same text node (a tag or an entity ends the match).
            end = re_
            found = _id_after_trigger(ft.raw, re_)
            if found:
                msg += f", ID {found[0]}"
                end = found[1]
            yield ctx.finding(field, "raw", rs, end, msg, basis=h.entry.basis or BASIS)


# Tags closing the trigger's element (<span>信</span>：kf_8899), and full-width letters and
# digits (ｖ❤：ｓｈｏｐ８８), stand between a trigger and its account in the original text.
# (inline tags only: a paragraph, a line break or a picture ends the phrase the account is in)
_TAGS_AHEAD = regex.compile(r"(?:\s*</?(?:span|b|i|u|em|strong|font|small|big|a|sup|sub)\b[^<>]{0,200}>)*", regex.I)
_FULL_WIDTH_ASCII = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _id_after_trigger(raw: str, pos: int) -> tuple[str, int] | None:
    """The account written after a WeChat trigger ending at raw[pos], as (id, raw end)."""
    m = _WECHAT_ID.match(raw, pos)
    if m:
        return m.group(1), m.end(1)
    start = _TAGS_AHEAD.match(raw, pos).end()
    seg = raw[start:start + 48].translate(_FULL_WIDTH_ASCII)   # one character for one: offsets kept
    m = _WECHAT_ID.match(seg)
    if m and "<" not in seg[:m.start(1)]:
        return m.group(1), start + m.end(1)
    return None


# ------------------------------------------------------------------ OFF002 QQ

# The number may be written in Chinese numerals (Q：九八七六五四三二一); id_after decides.
# 扣：… too (扣 is how QQ is said): with the colon and an account after it, not 纽扣:金属.
_Q_COLON = regex.compile(r"(?:(?<![a-z0-9])q|(?<![纽按暗搭皮领挂卡])扣)\s*[:：]\s*(?=[1-9一二三四五六七八九幺壹贰叁肆伍陆柒捌玖li])"
                         # …or 扣 with a whole QQ number glued to it (情侣款 扣2837461950): a deduction
                         # (扣10元, 扣2分) is short and carries a unit
                         r"|(?<![纽按暗搭皮领挂卡满减])扣(?=[1-9][0-9]{5,10}(?![0-9.]|\s*(?:元|块|分|%|次|个|件|天)))")


# 九五二七 三六 八四一 ＠qq。com: a QQ mailbox is its QQ number; the address may be spelled in
# numerals and spaced out, which the e-mail pattern of OFF004 does not read.
_PLAIN_QQ_MAIL = regex.compile(r"[0-9]+@qq\.com", regex.I)
_QQ_MAIL = regex.compile(r"(?<![0-9])((?:[1-9]\s?)(?:[0-9]\s?){4,10})\s?(?:@|at|艾特|圈a)\s?qq\s?(?:\.|。|点|dot)\s?com", regex.I)


@rule("OFF002", "qq-contact", category="off-platform", severity="error", basis=BASIS,
      summary="QQ number or group (QQ, 扣扣, 企鹅, Q群) as a contact",
      suggestion=SUGGEST_CONTACT,
      explanation="A QQ trigger (QQ, 扣扣, 企鹅, Q群, Q:) counts when a QQ number of 5-11 digits follows it, "
                  "or when it is an invitation (加QQ, QQ群, 企鹅号). QQ糖, QQ星, 企鹅玩偶 and 纽扣扣子 are "
                  "products, not contacts.",
      options={},
      examples_fail=["QQ: 12345678", "扣扣 一二三四五六七八", "Q群 87654321", "加企鹅咨询"],
      examples_pass=["QQ星儿童牛奶", "旺仔QQ糖", "企鹅玩偶 45cm", "纽扣扣子"],
      fields=contacts.CONTACT_FIELDS)
def check_qq(ctx):
    for field in ctx.text_fields(contacts.CONTACT_FIELDS):
        ft = ctx.text(field)
        taken = []
        for (rs, re_), h, shown in decided_hits(ctx, field, "OFF002"):
            found = id_after(ctx, field, re_)
            if not found and _is_top_up(ctx) and (h.entry.id == "qq-group" or _ACCOUNT_WORD.match(ctx.text(field).raw, re_)):
                continue   # 请确认QQ号无误 on a QQ top-up: the buyer's account, no number of ours
            msg = f"QQ contact: {trigger_note(ctx, field, (rs, re_), shown, h.entry.data.get('means', 'QQ'))}"
            end = re_
            if found:
                run, (_, end) = found
                msg += f", number {decoded_note(ft.raw[found[1][0]:end], run.digits)}"
            taken.append((rs, end))
            yield ctx.finding(field, "raw", rs, end, msg)
        cv = contacts.number_fields(ctx).get(field)
        if cv is not None and "qq" in cv:
            for m in _QQ_MAIL.finditer(cv):
                rs, re_ = ft.to_raw("norm", m.start(), m.end())
                if _PLAIN_QQ_MAIL.fullmatch(ft.raw[rs:re_]):
                    continue   # 12345678@qq.com as written: OFF004 reports the address
                if not any(rs < te and ts < re_ for ts, te in taken):
                    taken.append((rs, re_))
                    yield ctx.finding(field, "raw", rs, re_,
                                      f"QQ mailbox: {''.join(m.group(1).split())}@qq.com (a QQ number)")
        # Q:12345678 — a single letter is only a trigger with a colon and a number after it.
        norm = ft.view("norm")
        if ("q" not in norm or (":" not in norm and "：" not in norm)) and "扣" not in norm:
            continue  # the pattern needs these: substring tests spare the regex scan
        for m in _Q_COLON.finditer(norm):
            rs, re_ = ft.to_raw("norm", m.start(), m.end())
            if any(rs < te and ts < re_ for ts, te in taken):
                continue
            found = id_after(ctx, field, re_)
            if found:
                run, (_, end) = found
                yield ctx.finding(field, "raw", rs, end, f"QQ contact: Q: {run.digits}")


# A top-up or membership sold onto the buyer's account (腾讯视频VIP 官方直充, 王者荣耀点券): its
# QQ号 is where the goods go. Read from the title and the category path.
_ACCOUNT_WORD = regex.compile(r"\s*(?:号|账号|帐号|号码)")
_TOP_UP = regex.compile(r"直充|代充|充值|点券|q币|点卡|游戏币|会员|年卡|月卡|季卡|区服")


def _is_top_up(ctx) -> bool:
    got = ctx.memo.get("off.top_up")
    if got is None:
        got = ctx.memo["off.top_up"] = any(
            _TOP_UP.search(ctx.text(f).view("norm")) for f in ("title", "category") if ctx.value(f))
    return got


# ------------------------------------------------------------------ OFF003 phone numbers

_PHONE_KIND = {"mobile": "mobile number", "landline": "landline number",
               "service": "400/800 service number", "local": "phone number"}


def _triggered(ctx, field: str, raw_start: int, max_gap: int) -> bool:
    ft = ctx.text(field)
    for h in contacts.family_hits(ctx, "OFF003").get(field, ()):
        _, he = ft.to_raw(h.view, h.start, h.end)
        if he <= raw_start:
            gap = _raw_gap_squeezed(ft.raw, he, raw_start)
            if gap is not None and len(gap) <= max_gap and not any(ch.isdigit() for ch in gap):
                return True
    return False


@rule("OFF003", "phone-number", category="off-platform", severity="error", basis=BASIS,
      summary="Phone number (mobile, landline, 400/800), also spelled in Chinese numerals or circled digits",
      suggestion=SUGGEST_CONTACT,
      explanation="Mobile numbers (1[3-9] + 9 digits, +86 optional), landlines with area code, 400/800 "
                  "numbers, written with spaces, dashes, full-width, circled or parenthesised digits or "
                  "Chinese numerals (一三八 / 幺 / 壹叁捌), or with letters for digits in a mobile "
                  "number (l38 OOOO l234: o for 0, l/i for 1). A number counts only when it stands alone with "
                  "exactly the right length: barcodes, model numbers (JD-1388), sizes (138*80cm), prices "
                  "(1388元), dates and serials (出厂编号 20240601001) are not phones. A contiguous landline "
                  "without separators, or a local number without area code, needs 电话/tel/热线 before it.",
      options={},
      examples_fail=["一三八一二三四五六七八", "①③⑧ ①②③④ ⑤⑥⑦⑧", "热线 400-123-4567", "0755-12345678",
                     "电话 l38 OOOO l234"],
      examples_pass=["条码 6901234567892", "尺寸 138*80cm", "售价 1388元", "出厂编号 20240601001",
                     "iPhone 11 Pro Max"],
      fields=contacts.CONTACT_FIELDS)
def check_phone(ctx):
    numbers = contacts.number_fields(ctx)
    coded = None
    for field in ctx.text_fields(contacts.CONTACT_FIELDS):
        ft = ctx.text(field)
        if ft.is_html and links_may_call(ctx, field):
            for link in ft.links:
                if link.url.lower().startswith("tel:"):
                    yield ctx.finding(field, "raw", link.start, link.end, f"tel: link {link.url[4:].strip()}")
        cv = numbers.get(field)
        if cv is None:
            continue
        found = contacts.phones(cv)
        taken = [(p.start, p.end) for p in found]
        irregular = tuple(p for p in contacts.irregular_mobiles(cv) + contacts.guided_mobiles(cv)
                          if not any(p.start < e and s < p.end for s, e in taken))
        for p in found + irregular:
            if contacts.is_placeholder(p.digits, cv, p.start):
                continue   # 张三 13800000000 on a label template
            rs, re_ = ft.to_raw("norm", p.start, p.end)
            if ft.raw[rs:rs + 1].isascii() and ft.raw[rs:rs + 1].isalpha():
                # spelled in pinyin (yao san … ling): the last word belongs to the number
                while re_ < len(ft.raw) and ft.raw[re_].isascii() and ft.raw[re_].isalpha():
                    re_ += 1
            if p.needs_trigger and not _triggered(ctx, field, rs, 2 if p.kind == "local" else 6):
                continue
            if field == "attributes" and _MAKER_ATTRIBUTE.match(
                    cv, max(0, max(cv.rfind(sep, 0, p.start) for sep in (";", "\n", "\r", "|")) + 1), p.start):
                continue   # 厂家联系方式:0593-3881234: the food label's maker, a field the category asks for
            if _maker_label(ft.view("norm"), p.start, p.kind):   # (norm: the contact view reads 五金 as 5金)
                continue   # 标签信息：生产企业：…有限公司 地址：… 联系电话：0571-…: the label printed on the pack
            if p.kind == "mobile" and p.digits in (coded := _labelled_codes(ctx) if coded is None else coded) \
                    and not _PHONE_LABEL_BEFORE.search(cv, max(0, p.start - 8), p.start):
                continue   # 空滤 13717532754 with OE号 13717532754 in the description: a part number
            if p.kind == "service" and _own_brand_hotline(ctx, ft.view("norm"), p.start):
                continue   # 格力全国统一服务热线 4008-365-315: the maker's line, not the seller's
            if ctx.allowed(field, "norm", p.start, p.end):
                continue
            msg = f"{_PHONE_KIND[p.kind]}: {decoded_note(ft.raw[rs:re_], p.digits)}"
            yield ctx.finding(field, "raw", rs, re_, msg)


# A number the listing itself labels as a part or product code (OE号, 零件号, 型号, 货号, 条码)
# is that code wherever else it stands (a BMW filter's OE number in the title looks like a mobile)
_CODE_LABEL = regex.compile(r"(?:oe|oem|零件|配件|原厂|订货|型号|货号|编码|编号|条码|条形码|物料)\s*(?:号|号码|编号|编码)?\s*[:：]?\s*$", regex.V1)


_PHONE_LABEL_BEFORE = regex.compile(r"(?:电话|手机|热线|联系|tel|phone)\s*[:：]?\s*$", regex.V1 | regex.I)


def _labelled_codes(ctx) -> frozenset:
    got = ctx.memo.get("off.labelled-codes")
    if got is None:
        found = set()
        for field, cv in contacts.number_fields(ctx).items():
            for run in contacts.runs(cv):
                if len(run.digits) == 11 and _CODE_LABEL.search(cv, max(0, run.start - 12), run.start):
                    found.add(run.digits)
        got = ctx.memo["off.labelled-codes"] = frozenset(found)
    return got


# Attributes a category asks for that name the maker, whose number is printed on the label
_MAKER_ATTRIBUTE = regex.compile(r"\s*(?:厂家|生产厂家|生产商|生产企业|制造商|厂商|委托方|受委托方|委托生产企业|进口商|"
                                 r"原产地生产商|生产者)(?:联系方式|联系电话|电话|客服电话)\s*[:：=]", regex.V1)
# …and the same label copied into a description: the maker named by its role, its address (or
# nothing) and then the number (生产企业：杭州知元生物科技有限公司 地址：… 联系电话：0571-86910372). A mobile counts only
# when the maker is a registered company (…有限公司, …厂): 生产者：张三 电话：138… is a person.
_MAKER_LABEL = regex.compile(r"(?:生产企业|生产者|生产商|制造商|生产厂家|厂家(?!直|批|价|自|联系|电话)|厂名|注册人|备案人|委托方|受托方|委托生产企业|"
                             r"受委托生产企业|生产单位|进口商|出品方|标签信息|包装标识|吊牌信息|证书信息|吊牌/证书信息)\s*[:：]?"
                             # (line by line too: an exported label puts each field in its own <p>, each
                             # field on a line of its own, no other line between)
                             r"(?P<maker>[^。！？!?<\n]{0,60}?)"
                             # (…and its credit code on a line of its own)
                             r"(?:\n?\s*(?:统一社会信用代码|社会信用代码|信用代码)\s*[:：]?\s*[0-9a-z]{15,18})?\n?\s*(?P<address>(?:(?:生产|厂家|公司|企业|注册)?地址|住所|厂址)\s*[:：]?[^。！？!?<\n]{4,70}?\n?\s*)?"
                             # (…and a few label lines of the pack between: 产地：云南德宏, 执行标准：…)
                             r"(?:(?:产地|原产地|生产许可证编号|生产许可证|食品生产许可证|执行标准|产品标准号|保质期|净含量|生产日期)\s*[:：][^\n<]{1,40}\n\s*){0,3}"
                             r"(?:厂家联系方式|厂家电话|电话|联系方式|联系电话|热线|客服电话|服务电话|tel)\s*[:：]?\s*$", regex.V1 | regex.I)
# the maker named as a registered company: its name ends the maker's part (…有限公司, …食品厂)
_COMPANY = regex.compile(r"(?:有限公司|有限责任公司|股份公司|集团|专业合作社|合作社|\p{Han}{2,}(?:加工厂|(?<!工)厂))[\s，,;；]*$", regex.V1)
# (本店自家工厂, 源头工厂: the shop itself)
_SHOP_AS_MAKER = regex.compile(r"本店|自家|源头|我们|我的|本厂|我厂|我司|本公司", regex.V1)


def _maker_label(view: str, start: int, kind: str) -> bool:
    """A label's maker (a company), its address and then the number: the maker's, printed on the
    pack. 厂家直销 … 电话 (a factory selling direct) is the seller's own number."""
    m = _MAKER_LABEL.search(view, max(0, start - 160), start)
    # (the maker's credit code may follow its name: …专业合作社 统一社会信用代码：93140430MA0K7N2X5H)
    maker = _CREDIT_CODE.sub("", m.group("maker")) if m else ""
    if not m or not _COMPANY.search(maker) or _SHOP_AS_MAKER.search(maker):
        return False
    # (a mobile with no address is a factory's own line: 厂家：…有限公司 电话：138… 欢迎批发定制)
    if kind == "mobile" and not m.group("address"):
        return False
    # (…地址：… then 本店团购请联系店主 电话：139…: the shop's line after the label; 欢迎批发 after it)
    return not _SHOP_OWN.search(view, m.end("maker"), m.end()) and not _ASK_US.search(view, m.end("maker"), m.end()) \
        and not _ASK_AFTER.match(view, start)


_ASK_AFTER = regex.compile(r"[0-9\s\-]{7,20}[^。！？!?\n<]{0,4}\s*(?:欢迎|批发|定制|订购|来电|咨询|下单|代理|加盟)", regex.V1)


_CREDIT_CODE = regex.compile(r"\s*(?:统一社会信用代码|社会信用代码|信用代码)\s*[:：]?\s*[0-9a-z]{15,18}\s*$", regex.I)
_ASK_US = regex.compile(r"咨询|联系(?:店|我|客服|掌柜|卖家)|请(?:拨打|致电|来电)|预约|下单|老板|直接打|打我", regex.V1)


_HOTLINE_BEFORE = regex.compile(r"(?P<official>(?:品牌)?官方)?(?:全国)?(?:统一)?(?:售后|客服|服务|维修|400|800)?(?:服务)?热线\s*[:：]?\s*$|"
                                 r"(?P<official2>(?:品牌)?官方)?(?:售后|客服|服务|技术支持|支持)(?:电话|专线)?\s*[:：]?\s*$|"
                                 # (安装报修可拨打 400-…: the maker's service line a flagship prints)
                                 r"(?:安装|报修|维修|售后|保修)\p{Han}{0,4}?(?:可|请)?(?:拨打|致电)\s*[:：]?\s*$", regex.V1)


_SHORT_LINE_FIRST = regex.compile(r"(?<=[:：\s])\s*9[0-9]{4,5}\s*(?:/|／|或|、|，|,)\s*$")
_SHOP_OWN = regex.compile(r"本店|店铺|小店|我们|我的|我店|卖家|掌柜|店主|个人|加盟|代理|招商|批发|订购|订货|团购", regex.V1)
# brand values that name no maker (自制, 工厂直销): a 400 line there is the shop's
_NO_MAKER = regex.compile(r"^(?:自制|自产|工厂直销|厂家直销|国产|原创|定制|手工|散装|其他品牌|其它品牌|无|暂无|其他|其它)$", regex.V1)


def _own_brand_hotline(ctx, view: str, start: int) -> bool:
    """A 400/800 number that the listing's own brand names as its service line. `view` is the
    norm view (the contact view reads 九阳 as 9阳; both have the same offsets). A parent brand
    (小米 for a Redmi listing) is the listing's own maker too."""
    # (售后服务热线：950800 / 400-830-8300: the maker's short service number may come first)
    left = _SHORT_LINE_FIRST.sub("", view[max(0, start - 32):start])
    m = _HOTLINE_BEFORE.search(left)
    if not m:
        return False
    before = squeeze_text(left[:m.start()])[-10:]
    parts = [p for p in brand_words([ctx.value("brand")] + list(ctx.attributes.get("品牌", ()))) if not _NO_MAKER.match(p)]
    parts += family_words(ctx, parts) if parts else []
    if not parts:
        return False   # 无品牌, 自制 have no maker to call
    if m.group("official") or m.group("official2") or any(p in before for p in parts):
        return True    # 官方售后热线, 格力全国统一服务热线 in a 格力 listing: the maker's line
    # a bare 售后电话/客服热线 in a branded listing is the maker's too (a flagship prints it on
    # every product), unless the shop calls it its own (本店客服热线) or names another maker
    # (格力服务热线 in a 美的 listing); (品牌官方) after the number says it outright
    if _SHOP_OWN.search(before):
        return False
    own = set(matcher_for(ctx).scan_value(ctx.value("brand") + " " + " ".join(ctx.attributes.get("品牌", ()))))
    named = set(matcher_for(ctx).scan_value(before))
    return not (named - own)


# ------------------------------------------------------------------ OFF004 URLs, domains, e-mail

_DISGUISED_DOT = r"(?:\s*(?:点|。|dot|\(dot\)|\[dot\]|\(\.\)|\[\.\]|\(点\)|【点】|·)\s*|\s+\.\s+)"
_SPACES = regex.compile(r"\s+")
_DISGUISED_DOT_RE = regex.compile(_DISGUISED_DOT)
_AT = regex.compile(r"\s*(?:\(at\)|\[at\]|艾特)\s*")
_DOT = rf"(?:\.|{_DISGUISED_DOT})"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"


@lru_cache(maxsize=1)
def _url_patterns():
    data = contacts.entry_data("url-disguise")
    tlds = "|".join(sorted(data.get("tlds", ("com", "cn", "net")), key=len, reverse=True))
    # Endings that count only with a path after them: link shorteners (bit.ly/…), whose
    # endings would otherwise read brand names (Gentle.ly) as hosts.
    path_tlds = "|".join(sorted(data.get("path-tlds", ()), key=len, reverse=True))
    if path_tlds:
        tlds = rf"{tlds}|(?:{path_tlds})(?=/)"
    host = rf"(?:{_LABEL}{_DOT})+(?:{tlds})(?![a-z0-9-])"
    url = regex.compile(
        rf"(?<![a-z0-9@._-])(?P<scheme>(?:https?|ftp)\s*:\s*//\s*)?(?P<host>{host})"
        r"(?::[0-9]{2,5})?(?:/[^\s<>\"'\p{Han}，。、；！？）)]*)?", regex.V1)
    email = regex.compile(
        rf"(?<![a-z0-9._%+-])[a-z0-9._%+-]+\s*(?:@|\(at\)|\[at\]|艾特)\s*(?P<host>{host})", regex.V1)
    # A cheap first pass: a (disguised) dot followed by a known ending. Only the text around
    # these goes through the full patterns, so a long description without domains costs one scan.
    hint = regex.compile(rf"{_DOT}(?:{tlds})(?![a-z0-9-])", regex.V1)
    return url, email, hint, tuple(data.get("platform-hosts", ()))


# What every hint match holds: a dot or a disguised dot (its closing bracket included), optional
# spaces, then a latin letter starting the ending. The standard library scans for it several
# times faster than the hint itself, and its \s covers every space the hint's does, so a field
# without it has no domain, URL or e-mail address and skips the hint scan.
# Written to start with one character class, so the scan skips ahead in C to the next candidate.
_HINT_GATE = re.compile(r"[.。·点d](?:(?<!d)[)\]】]?|(?<=d)ot[)\]]?)\s*[a-z]")


def _windows(hint, text: str, before: int = 200, after: int = 300):
    """Merged (start, end) windows of `text` around the hints."""
    out: list[list[int]] = []
    for m in hint.finditer(text):
        s, e = max(0, m.start() - before), min(len(text), m.end() + after)
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


def _matches(pattern, text: str, windows):
    seen = set()
    for s, e in windows:
        for m in pattern.finditer(text, s, e):
            if m.span() not in seen:
                seen.add(m.span())
                yield m


def _original(ft, m) -> str:
    """The original characters behind a match in the norm view."""
    s, e = ft.to_raw("norm", m.start(), m.end())
    return ft.raw[s:e]


def _canonical_host(host: str) -> str:
    return _DISGUISED_DOT_RE.sub(".", host).replace(" ", "").strip(".")


# The placeholder a template prints (zhangsan@example.com on a résumé template): no one's address.
# Only a placeholder name at a reserved or dummy domain: a shop's site written as an example
# domain (https://candle.example.com) is still a site.
_PLACEHOLDER_MAIL = regex.compile(r"(?:zhangsan|lisi|wangwu|yourname|your\.?name|name|example|xxx|test|abc)@"
                                  r"(?:example\.(?:com|org|net)|xxx\.com|yourdomain\.com)$", regex.I)


def host_allowed(host: str, allowed) -> bool:
    host = host.lower().rstrip(".")
    return any(host == h or host.endswith("." + h) for h in allowed)


# The same few picture hosts come back on every row.
_host_allowed_cached = lru_cache(maxsize=1024)(host_allowed)


_LINK_PATH = regex.compile(r"/[a-z0-9_-]{4,}", regex.I)


def _disguised_label_too_short(host_text: str) -> bool:
    """A disguised dot after a one-character label (一点com, 3点cn) or after a bare number with
    an uncommon ending (晚上19点vip专场) is ordinary text, not a domain."""
    parts = _DISGUISED_DOT_RE.split(host_text, maxsplit=1)
    if len(parts) < 2:
        return False
    label, rest = parts
    if len(label) < 2:
        return True
    return label.isdigit() and rest.strip() not in ("com", "cn", "net")


@rule("OFF004", "url-or-email", category="off-platform", severity="error", basis=BASIS,
      summary="URL, domain or e-mail address outside Taobao (also 点com, 。com, links in description HTML)",
      suggestion="删除站外网址和邮箱；图片和链接只使用淘宝/天猫域名",
      explanation="Web addresses with or without a scheme, disguised dots (abc点com, abc。cn, abc dot com), "
                  "e-mail addresses, and href/src targets in description HTML. Taobao's own hosts "
                  "(taobao.com, tmall.com, alicdn.com, tb.cn …) are allowed; add more with the option "
                  "`allowed-hosts`, e.g. `rules: {OFF004: {allowed-hosts: [example-brand.com]}}`.",
      options={"allowed-hosts": []},
      examples_fail=["官网 www.abc-shop.com", "abcshop点com", "客服邮箱 shop123@163.com"],
      examples_pass=["taobao.com 搜索店铺", "尺寸 1.5m", "型号 v2.0"],
      fields=TEXT_FIELDS)
def check_url(ctx):
    url_re, email_re, hint, platform = _url_patterns()
    allowed = _allowed_hosts(platform, tuple(ctx.option("allowed-hosts") or ()))
    for field in ctx.text_fields():
        ft = ctx.text(field)
        norm = ft.view("norm")
        if _HINT_GATE.search(norm):
            yield from _text_findings(ctx, field, ft, norm, url_re, email_re, hint, allowed)
        if ft.is_html and links_may_leave(ctx, field, allowed):
            yield from _link_findings(ctx, field, ft, allowed)
    # An e-mail address in an attribute value (售后邮箱:…@qq.com) is a contact all the same; the
    # attributes' web addresses are not read (a brand's 官网 attribute is product data)
    if ctx.value("attributes") and "@" in ctx.value("attributes"):
        ft = ctx.text("attributes")
        norm = ft.view("norm")
        for m in email_re.finditer(norm):
            if host_allowed(_canonical_host(m.group("host")), allowed) or ctx.allowed("attributes", "norm", *m.span()):
                continue
            yield ctx.finding("attributes", "norm", m.start(), m.end(), f"e-mail address: {ft.raw[slice(*ft.to_raw('norm', *m.span()))]}")


def _text_findings(ctx, field, ft, norm, url_re, email_re, hint, allowed):
    """Domains, URLs and e-mail addresses written in the text (also disguised)."""
    windows = _windows(hint, norm)
    taken: list[tuple[int, int]] = []
    for m in _matches(email_re, norm, windows):
        host = _canonical_host(m.group("host"))
        taken.append(m.span())
        if host_allowed(host, allowed) or ctx.allowed(field, "norm", *m.span()):
            continue
        address = _canonical_host(_AT.sub("@", m.group(0)))
        if _PLACEHOLDER_MAIL.match(address):
            continue
        original = _original(ft, m)
        yield ctx.finding(field, "norm", m.start(), m.end(),
                          f"e-mail address: {decoded_note(original, address, _SPACES)}")
    yield from _spaced_findings(ctx, field, ft, norm, url_re, allowed, taken)
    for m in _matches(url_re, norm, windows):
        if any(m.start() < te and ts < m.end() for ts, te in taken):
            continue
        host_text = m.group("host")
        # (…unless a link's path follows: t点cn/A6xYzP2q is Weibo's shortener)
        if not m.group("scheme") and _disguised_label_too_short(host_text) \
                and not _LINK_PATH.match(m.group(0), m.end("host") - m.start()):
            continue
        host = _canonical_host(host_text)
        if host_allowed(host, allowed) or ctx.allowed(field, "norm", *m.span()):
            continue
        if not m.group("scheme") and host in _not_hosts() and "/" not in m.group(0):
            continue  # ASP.NET, Node.js: a technology's name, not a site
        kind = "URL" if m.group("scheme") or "/" in m.group(0) else "domain"
        original = _original(ft, m)
        yield ctx.finding(field, "norm", m.start(), m.end(),
                          f"{kind} outside Taobao: {decoded_note(original, _canonical_host(m.group(0)), _SPACES)}")


# A domain typed with a space between its letters (w w w . s h o p 8 8 . c o m, shop88 点 c o m):
# runs of space-separated pieces, most of them single letters, with a dot among them.
_SPACED_RUN = regex.compile(r"(?<![a-z0-9])(?:(?:[a-z0-9-]+|[.。点·]) ){3,}(?:[a-z0-9-]+)(?![a-z0-9])", regex.V1)


def _spaced_findings(ctx, field, ft, norm, url_re, allowed, taken):
    for run in _SPACED_RUN.finditer(norm):
        pieces = run.group(0).split(" ")
        if sum(len(p) == 1 and p.isalnum() for p in pieces) < 3 or not any(p in ".。点·" for p in pieces):
            continue
        joined = "".join(pieces)
        # joined index → norm offset (the pieces' characters keep their order, spaces dropped)
        where = [run.start() + i for i, ch in enumerate(run.group(0)) if ch != " "]
        for m in url_re.finditer(joined):
            if m.end() != len(joined) and joined[m.end()].isalnum():
                continue
            host = _canonical_host(m.group("host"))
            if _disguised_label_too_short(m.group("host")) or host_allowed(host, allowed) or host in _not_hosts():
                continue
            s, e = where[m.start()], where[m.end() - 1] + 1
            if any(s < te and ts < e for ts, te in taken) or ctx.allowed(field, "norm", s, e):
                continue
            taken.append((s, e))
            rs, re_ = ft.to_raw("norm", s, e)
            yield ctx.finding(field, "norm", s, e, f"domain outside Taobao, spaced out: "
                              f"{_SPACES.sub(' ', ft.raw[rs:re_])} → {host}")


@lru_cache(maxsize=1)
def _not_hosts() -> frozenset[str]:
    return frozenset(str(h).lower() for h in contacts.entry_data("url-disguise").get("not-hosts", ()))


@lru_cache(maxsize=64)
def _allowed_hosts(platform: tuple[str, ...], extra: tuple) -> tuple[str, ...]:
    return tuple(platform) + tuple(str(h).lower() for h in extra)


def _link_findings(ctx, field, ft, allowed):
    for link in ft.links:
        url = link.url.strip()
        low = url.lower()
        if low.startswith("mailto:"):
            yield ctx.finding(field, "raw", link.start, link.end, f"mailto: link {url[7:]}")
            continue
        if low.startswith("//"):
            low = "http:" + low
        elif low.startswith("www."):
            low = "http://" + low
        if "://" not in low:
            continue  # relative, #anchor, javascript:, data:, tel: (OFF003)
        try:
            host = urlsplit(low).hostname or ""
        except ValueError:
            host = ""
        if not host or host_allowed(host, allowed):
            continue
        yield ctx.finding(field, "raw", link.start, link.end,
                          f"{link.attribute} target outside Taobao: {host}")


# ------------------------------------------------------------------ OFF005 other platforms

@rule("OFF005", "other-platform", category="off-platform", severity="warning", basis=BASIS,
      summary="Another platform named as a place to buy or to contact the seller (去京东搜, 抖音直播间)",
      suggestion="删除引导去其他平台购买或联系的内容",
      explanation="拼多多, 京东/JD, 抖音, 快手, 小红书, 闲鱼, 微店, 1688 and others count only in a diversion "
                  "context: a verb that sends the buyer there (去, 关注, 搜) or a place or offer there "
                  "(直播间, 店铺, 更便宜, 有二手). Compatibility or origin statements (京东方屏幕, 抖音同款) "
                  "and comparisons in Taobao's favour (比拼多多便宜) are not diversion.",
      options={},
      examples_fail=["去京东搜同名店铺", "抖音直播间下单更便宜", "拼多多更便宜"],
      examples_pass=["京东方屏幕", "抖音同款", "比拼多多便宜"],
      fields=contacts.CONTACT_FIELDS)
def check_other_platform(ctx):
    own = None
    for field in contacts.family_hits(ctx, "OFF005"):
        for (rs, re_), h, shown in decided_hits(ctx, field, "OFF005"):
            if own is None:
                own = brand_words([ctx.value("brand")] + list(ctx.attributes.get("品牌", ())))
                own = set(own + family_words(ctx, own)) if own else set()
            if squeeze_text(shown) in own:
                continue   # 已退出亚马逊账号 in a Kindle (品牌 Amazon/亚马逊): the maker, not a shop elsewhere
            text = ctx.text(field).view(h.view)
            context = text[max(0, h.start - 4):h.end + 6]
            yield ctx.finding(field, "raw", rs, re_, f"other platform as a place to buy or contact: {shown} (…{context}…)",
                              severity=h.entry.severity)
