"""False claims (CLM): medical claims, fake prizes, invented endorsements, guaranteed results.

Terms live in wordlists/claims.yaml and reach us through the shared automaton (ctx.hits); this
module decides each hit in context. The deciding helpers (`decided_hits`) also serve the
prohibited-goods family (prohibited.py), whose entries use the same `data` keys:

  near         regexes; the hit stands only with one of them within `before`/`after`
               characters (same view), and the finding then spans both (免费领取 + iPhone)
  near_in_description  true: a hit in a title-like field may find its near word anywhere in
               the description instead (title 电子雾化器, description 换弹 口味多)
  near_in_title  true: a hit in a description may find its near word anywhere in the title
               instead (title 流量卡, description 无需实名)
  boundary     true, or a list of the entry's terms: the hit must start and end on jieba
               token boundaries, in its view and in the original (迷药, not 着迷药妆)
  severe_near  regexes; one of them nearby raises the finding to error (军队 + 特供)

Guaranteed results with a number, a time and a result (一周瘦10斤, 7天见效) are structured
patterns, compiled here once and run on the norm view.
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from typing import Iterable, Iterator

import regex

from ..lexicon import Entry, Hit
from ..model import DESCRIPTION_FIELDS
from ..model import TEXT_FIELDS as _TEXT
from .context import ATTRIBUTE_VALUES
from .registry import RULES, rule

# The seller writes the attribute values (卖点:全网销量NO.1, 版本:高仿V3, 主要成分:西布曲明) and the
# buyer reads them on the item page: they are linted like the text fields (the names are not).
TEXT_FIELDS = _TEXT + (ATTRIBUTE_VALUES,)

FAMILIES = ("CLM", "BAN")  # the rule-code prefixes whose hits these helpers decide

BASIS_MEDICAL = "《广告法》第十七条；《食品安全法》第七十一条；《化妆品监督管理条例》第三十七条"
BASIS_PRIZE = "《反不正当竞争法》第十条（不得谎称有奖进行有奖销售）"
BASIS_ENDORSE = "《广告法》第九条第(二)项；《广告法》第二十八条"
BASIS_URGENCY = "《明码标价和禁止价格欺诈规定》第十九条（虚假折扣、误导性价格标示）；《反不正当竞争法》第八条"
BASIS_NO_ADDITIVE = "《广告法》第二十八条（虚假广告）；《食品安全法》第七十一条（标签、说明书不得含有虚假内容）"
BASIS_GUARANTEE = "《广告法》第二十八条；第十六条第一款第(一)项、第十八条第一款第(一)项（不得含有功效断言或保证）"


# ------------------------------------------------------------------ deciding lexicon hits
@dataclass(frozen=True, slots=True)
class Decided:
    """A hit kept after its context was checked: the span to report and its severity."""
    hit: Hit
    start: int
    end: int
    severity: str
    spaced: bool = False  # the term itself runs across a separator of the original text


_ENTRY_CONTEXT: dict[int, tuple[Entry, dict]] = {}


def _alternation(patterns) -> "regex.Pattern | None":
    pats = [patterns] if isinstance(patterns, str) else list(patterns or [])
    if not pats:
        return None
    return regex.compile("|".join(f"(?:{p})" for p in pats), regex.V1 | regex.I)


def entry_context(entry: Entry) -> dict:
    """The entry's `data` context keys, compiled once per entry object."""
    cached = _ENTRY_CONTEXT.get(id(entry))
    if cached is not None and cached[0] is entry:
        return cached[1]
    d = entry.data or {}
    ctx = {
        "near": _alternation(d.get("near")),
        "severe": _alternation(d.get("severe_near")),
        # true: a hit in the title may find its near word in a description instead (a title
        # says 雾化器, the description 换弹 口味): sellers keep titles bland
        "near_description": bool(d.get("near_in_description")),
        "near_title": bool(d.get("near_in_title")),
        "before": int(d.get("before", 6)),
        "after": int(d.get("after", 6)),
        # true: every term; a list: only those terms (short, ambiguous ones).
        "boundary": d.get("boundary") is True or {str(t).casefold() for t in (d.get("boundary") or ())
                                                   if not isinstance(d.get("boundary"), bool)},
    }
    _ENTRY_CONTEXT[id(entry)] = (entry, ctx)  # keeps the entry alive, so its id stays unique
    return ctx


def _near(pattern, text: str, start: int, end: int, before: int, after: int):
    """The first match of `pattern` that overlaps text[start-before:end+after] and is not the
    hit itself. The search runs a little wider so look-arounds see their context."""
    ws, we = max(0, start - before), min(len(text), end + after)
    for m in pattern.finditer(text, max(0, ws - 12), min(len(text), we + 12), overlapped=True):
        if m.end() <= ws or m.start() >= we or m.start() == m.end():
            continue
        if start <= m.start() and m.end() <= end:
            continue
        return m
    return None


def _on_boundaries(ctx, field: str, hit: Hit) -> bool:
    """Token boundaries in the hit's view and in the original text. The squeezed view has lost
    the spaces, so 鞋刷 单只 reads 鞋刷单只 there and holds 刷单 whole; the original keeps the
    seller's own word breaks, while 刷 单 written to dodge a filter still sits on boundaries."""
    if not ctx.on_token_boundaries(field, hit.view, hit.start, hit.end):
        return False
    rs, re_ = ctx.text(field).to_raw(hit.view, hit.start, hit.end)
    return ctx.on_token_boundaries(field, "raw", rs, re_)


def decide(ctx, field: str, hit: Hit) -> Decided | None:
    """Apply the entry's context keys to one hit (exemptions and `allow` are already applied)."""
    c = entry_context(hit.entry)
    text = ctx.text(field).view(hit.view)
    start, end = hit.start, hit.end
    if c["near"] is not None:
        m = _near(c["near"], text, start, end, c["before"], c["after"])
        if m is not None:
            start, end = min(start, m.start()), max(end, m.end())
        elif not _near_elsewhere(ctx, c, field, hit.view):
            return None
    needs_boundary = c["boundary"] is True or (c["boundary"] and hit.term.casefold() in c["boundary"])
    if needs_boundary and not _on_boundaries(ctx, field, hit):
        return None
    # The code's own rule default, not the running rule's: decisions are shared per item.
    owner = RULES.get(hit.entry.rule)
    severity = hit.entry.severity or (owner or ctx.rule).severity
    if c["severe"] is not None and _near(c["severe"], text, hit.start, hit.end, c["before"], c["after"]):
        severity = "error"
    rs, re_ = ctx.text(field).to_raw(hit.view, hit.start, hit.end)
    spaced = bool(_SEPARATOR.search(ctx.value(field), rs, re_))
    return Decided(hit, start, end, severity, spaced)


def _near_elsewhere(ctx, c: dict, field: str, view: str) -> bool:
    """The entry's near word anywhere in the other side of the listing: the descriptions for
    a title hit (near_in_description), the title for a description hit (near_in_title)."""
    if field in DESCRIPTION_FIELDS:
        others = ("title",) if c["near_title"] else ()
    else:
        others = DESCRIPTION_FIELDS if c["near_description"] else ()
    return any(ctx.value(f) and c["near"].search(ctx.text(f).view(view)) for f in others)


def family_hits(ctx, field: str) -> dict[str, list[Hit]]:
    """This field's hits of both families (CLM, BAN) by exact rule code, in scan order.
    Ten rules ask about every field of every item, and most items have no hit at all: the
    hits are grouped once per field and item, so a rule with nothing to decide costs a
    dictionary lookup."""
    key = ("claims-hits", field)
    by_code = ctx.memo.get(key)
    if by_code is None:
        by_code = {}
        for prefix in FAMILIES:
            for hit in ctx.hits(field, prefix):
                by_code.setdefault(hit.entry.rule, []).append(hit)
        ctx.memo[key] = by_code
    return by_code


def decided_hits(ctx, field: str, code: str) -> list[Decided]:
    """Hits of rule `code` in `field` that survive their context, without nested duplicates:
    when two entries match overlapping text (手卷烟 and 卷烟) the longer span is kept.
    Decided once per field, code and item; only codes that are asked for are decided, so an
    unselected rule never loads jieba for its boundary checks."""
    hits = family_hits(ctx, field).get(code)
    if not hits:
        return []
    key = ("claims-decided", field, code)
    kept = ctx.memo.get(key)
    if kept is None:
        kept = []
        for hit in hits:
            d = decide(ctx, field, hit)
            if d is not None and not (hit.view == "squeezed" and hit.end - hit.start <= 2
                                      and _across_clauses(ctx.text(field), hit.start, hit.end)):
                # 打包，过刊 holds no 包过: the squeezed view joined two clauses (a longer term
                # across a comma, 翻转，车牌, is still the thing it names)
                kept.append(d)
        kept = ctx.memo[key] = merge_overlapping(kept)
    return kept


def has_hits(ctx, code: str, fields: Iterable[str] = TEXT_FIELDS) -> bool:
    """Any undecided hit of `code` in `fields`: rules return at once without one, before
    category lookups or the loop over fields. The codes are gathered once per item."""
    if type(fields) is not tuple:
        fields = tuple(fields)
    key = ("claims-codes", fields)
    codes = ctx.memo.get(key)
    if codes is None:
        codes = ctx.memo[key] = {c for f in ctx.text_fields(fields) for c in family_hits(ctx, f)}
    return code in codes


_RANK = {"info": 1, "warning": 2, "error": 3}
_SEPARATOR = regex.compile(r"[\s\p{P}\p{S}]", regex.V1)


def merge_overlapping(decided: list[Decided]) -> list[Decided]:
    """One finding per claim: overlapping spans of one view (外贸原单 and 原单+大牌, 手卷烟 and
    卷烟) become one span, with the entry of the longest hit and the highest severity. When
    only one of two overlapping terms runs across the seller's own separator (自卷 烟丝 reads
    自卷烟丝, holding 卷烟), that one is an accident of the squeezed view and is dropped."""
    out: list[Decided] = []
    for d in sorted(decided, key=lambda d: (d.hit.view, d.start, -(d.end - d.start))):
        last = out[-1] if out else None
        if last is not None and last.hit.view == d.hit.view and d.start < last.end:
            if d.spaced and not last.spaced:
                continue
            if last.spaced and not d.spaced:
                out[-1] = d
                continue
            sev = max(last.severity, d.severity, key=lambda s: _RANK.get(s, 0))
            out[-1] = Decided(last.hit, last.start, max(last.end, d.end), sev, last.spaced)
        else:
            out.append(d)
    return out


def lexicon_findings(ctx, code: str, fields: Iterable[str] = TEXT_FIELDS,
                     severity_for=None, skip=None) -> Iterator:
    """Findings for every decided hit of `code`; `severity_for(decided)` may lower severity,
    `skip(field, decided)` may drop a hit on rule-specific grounds."""
    if not has_hits(ctx, code, fields):
        return
    for field in ctx.text_fields(fields):
        for d in decided_hits(ctx, field, code):
            if skip is not None and skip(field, d):
                continue
            sev = severity_for(d) if severity_for else d.severity
            e = d.hit.entry
            shown = ctx.text(field).view(d.hit.view)[d.start:d.end]
            yield ctx.finding(field, d.hit.view, d.start, d.end, f"{_message(ctx, e)}：“{shown}”",
                              suggestion=e.suggestion, basis=e.basis, severity=sev)


_CLAUSE_BREAK = re.compile(r"[，。；！？、,;!?]")


def _across_clauses(ft, start: int, end: int) -> bool:
    rs, re_ = ft.to_raw("squeezed", start, end)
    return _CLAUSE_BREAK.search(ft.raw, rs, re_) is not None


def _message(ctx, entry: Entry) -> str:
    if entry.message:
        return entry.message
    if entry.source == "config deny":
        return f"配置 deny 列表中的禁用词（{ctx.rule.summary}）"
    return ctx.rule.summary


# ------------------------------------------------------------------ categories
def category_matches(ctx, cues) -> bool:
    """The listing's category (column text, or a 类目 attribute) contains one of `cues`."""
    memo = getattr(ctx, "memo", None)
    text = memo.get("category-text") if memo is not None else None
    if text is None:
        text = ctx.value("category")
        for name in ("类目", "商品类目"):
            text += " " + " ".join(ctx.attributes.get(name, ()))
        text = text.casefold()
        if memo is not None:
            memo["category-text"] = text  # shared by CLM001 and BAN002 on one item
    return any(str(c).casefold() in text for c in cues if c)


# ------------------------------------------------------------------ CLM001
# Negations in front of a medical word: the health-food disclaimer 本品不能代替药物治疗疾病 and
# 不具有治疗作用 state the opposite of a claim.
_NEGATED = regex.compile(
    r"(不能|不可|不得|不具有|不具备|没有|并非|禁止|不宣称|不代替|不能代替|不可代替|不能替代|"
    r"不可替代|不能取代|代替|替代|取代|非药品|不是药品?|不含|不添加|未添加|无添加|不能用于|不可用于|不用于|不作为)\p{Han}{0,6}$"
    # (本品无防晒功能: 无 right before the effect)
    r"|无$")


def _negated(ctx, field: str, d: Decided) -> bool:
    text = ctx.text(field).view(d.hit.view)
    return bool(_NEGATED.search(text[max(0, d.start - 10):d.start]))


@rule("CLM001", "medical-claim", category="false-claim", severity="error", basis=BASIS_MEDICAL,
      summary="Medical or therapeutic claim for a product that is not a medicine",
      suggestion="删去治疗、治愈、防癌、降血压等医疗用语，只描述商品本身",
      explanation="Only medicines, medical devices and medical services may advertise treating a "
                  "disease (《广告法》第十七条); food may not claim to prevent or treat disease "
                  "(《食品安全法》第七十一条) and cosmetics may not claim a medical effect "
                  "(《化妆品监督管理条例》第三十七条). Terms (治疗, 根治, 降血压, 抗癌, 消炎, 疗效, 药用 …) "
                  "and disease names next to a cure verb (告别失眠, 鼻炎克星) are matched on the "
                  "squeezed view, so 治 疗 and 治療 match. Everyday functions (驱蚊, 护眼, 防晒, 保湿) are "
                  "not medical claims; negations (不能代替药物治疗) and book categories are skipped. A "
                  "listing in a medical category (医疗器械, 药品, OTC, 保健 …) is reported at "
                  "`medical-severity`: its claims must match its registration.",
      options={"medical-categories": ["医疗器械", "药品", "otc", "保健", "医用", "计生", "隐形眼镜",
                                      "中西药", "医药", "处方药", "中药", "西药", "兽药"],
               "medical-severity": "info",
               "exempt-categories": ["图书", "书籍", "教材", "期刊", "杂志"]},
      examples_fail=["颈椎贴 专治颈椎病", "苦瓜茶 降血糖", "芦荟胶 消炎祛痘", "泡脚包 告别失眠"],
      examples_pass=["驱蚊手环 儿童", "护眼台灯", "防晒霜 SPF50", "保湿面霜", "治愈系毛绒玩偶"],
      fields=TEXT_FIELDS)
def check_medical(ctx):
    yield from _special_cosmetic_claims(ctx)
    yield from _disinfectant_drug_claims(ctx)
    if _registered_medical(ctx):
        # a registered device or drug states its registered indication (适用范围); a class I
        # filing (械备) covers no beauty effect
        yield from _filed_device_beauty_claims(ctx)
        return
    if not has_hits(ctx, "CLM001"):
        return  # the category lookups below are only worth it for a listing with a candidate
    if category_matches(ctx, ctx.option("exempt-categories")):
        return
    medical = category_matches(ctx, ctx.option("medical-categories"))
    if medical and category_matches(ctx, _DEVICE_CATEGORIES) and \
            any(_REG_NAMED.search(ctx.value(f)) for f in ctx.text_fields(TEXT_FIELDS)):
        return  # in a device or drug category, a listing that names its registration without the number
    lower = ctx.option("medical-severity")
    yield from lexicon_findings(
        ctx, "CLM001",
        severity_for=(lambda d: lower) if medical else None,
        skip=lambda field, d: _negated(ctx, field, d) or _approved_function(ctx, field, d))


# 美白, 祛斑, 防脱, 染发, 烫发, 祛痘 and 防晒 make a cosmetic a special one (《化妆品监督管理条例》
# 第十六条): it needs a registration (国妆特字). A listing that shows an ordinary filing (妆网备字,
# 妆备进字) and claims one of these claims what its filing does not allow.
_ORDINARY_FILING = regex.compile(r"妆网备字|妆备进字|国妆网备|妆备字", regex.V1)
_SPECIAL_EFFECT = regex.compile(r"美白|祛斑|淡斑|防脱|生发|染发|烫发|祛痘|防晒|"
                                 # …said as a result (斑点肉眼可见变淡, 痘印暗沉统统消失)
                                 r"斑点\p{Han}{0,6}变淡|淡化(?:斑点|色斑|痘印)|痘印\p{Han}{0,6}消失|去痘印", regex.V1)
# advice, not a claim: 白天请配合防晒, 注意防晒
_ADVICE = regex.compile(r"(?:配合|搭配|注意|做好|加强|请|需|建议|涂抹|另涂|"
                         # a remover removes it (卸妆油 可以卸掉日常淡妆和防晒)
                         r"卸|卸掉|卸除|去除|洗掉|洗去|清洁|溶解|溶掉|乳化)\p{Han}{0,6}$", regex.V1)


# A cosmetic calls itself a medical product (医用面膜, 械字号) while its own filing is a cosmetic's
_MEDICAL_SELF = regex.compile(r"医用|械字号|医疗级|医疗器械", regex.V1)
# (…nor one used with a medical product: 可搭配医用冷敷贴使用)
_NOT_MEDICAL = regex.compile(r"(?:非|不是|并非|不属于|不为|不能|不可|不得|无|不宣称|搭配|配合|与|和|及)\p{Han}{0,2}$", regex.V1)
_BASIS_COSMETIC = "《化妆品监督管理条例》第十六条、第三十七条"


def _first_unnegated(ctx, fields, pattern, *negations, window: int = 10):
    """(field, match) of the first match of `pattern` in a field's squeezed view that none of
    `negations` finds in the `window` characters before it; None when there is none."""
    for field in fields:
        text = ctx.text(field).view("squeezed")
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - window):m.start()]
            if not any(n.search(before) for n in negations):
                return field, m
    return None


def _filing_claims(ctx, fields, pattern, *negations, message: str, basis: str, window: int = 10):
    """The finding for the first unnegated claim of `pattern` ("{claim}" in `message` is its
    text), if there is one: the filing checks below each report one claim per listing."""
    found = _first_unnegated(ctx, fields, pattern, *negations, window=window)
    if found:
        field, m = found
        yield ctx.finding(field, "squeezed", m.start(), m.end(), message.format(claim=m.group(0)), basis=basis)


def _special_cosmetic_claims(ctx):
    fields = ctx.text_fields(TEXT_FIELDS)
    # every listing asks: a substring test first, the pattern only where 妆 stands
    if not any("妆" in (v := ctx.value(f)) and _ORDINARY_FILING.search(v) for f in fields):
        return
    if not _registered_medical(ctx):
        yield from _filing_claims(
            ctx, fields, _MEDICAL_SELF, _NOT_MEDICAL, window=6,
            message="a cosmetic with a cosmetic filing (妆网备字) calls itself “{claim}”, which only a registered "
                    "medical device may",
            basis="《化妆品监督管理条例》第三十七条（不得明示或者暗示具有医疗作用）")
    if any("国妆特" in ctx.value(f) or "妆特字" in ctx.value(f) for f in fields):
        return
    yield from _filing_claims(
        ctx, fields, _SPECIAL_EFFECT, _NEGATED, _ADVICE,
        message="a cosmetic with an ordinary filing (妆网备字) claims “{claim}”, an effect only a registered "
                "special cosmetic (国妆特字) may claim",
        basis=_BASIS_COSMETIC)


# A class I device is filed (械备), not registered: its filing names a physical use (冷敷, 护理)
# and no beauty effect; 医用冷敷贴 that 美白, 祛痘 or 修复激素脸 claims what no filing covers.
_CLASS_ONE_FILING = regex.compile(r"械备", regex.V1)
_CLASS_TWO_UP = regex.compile(r"械注[准进许]|国药准字|国药证字|医疗器械注册证", regex.V1)
# (a procedure the device is used after is no claim: 适用于光子嫩肤、激光祛斑术后的冷敷护理)
_BEAUTY_EFFECT = regex.compile(r"(?:美白|祛斑|淡斑|祛痘|除皱|去皱|抗皱|抗衰|嫩肤|修复激素脸|换肤|瘦脸|丰胸)"
                               r"(?![^，。,;；]{0,8}?术后)", regex.V1)


def _filed_device_beauty_claims(ctx):
    fields = ctx.text_fields(TEXT_FIELDS)
    if not any(_CLASS_ONE_FILING.search(ctx.value(f)) for f in fields) or \
            any(_CLASS_TWO_UP.search(ctx.value(f)) for f in fields):
        return
    yield from _filing_claims(
        ctx, fields, _BEAUTY_EFFECT, _NEGATED,
        message="a class I medical device (械备) claims “{claim}”, a beauty effect its filing does not cover",
        basis="《医疗器械监督管理条例》（宣传以注册或备案内容为准）；《广告法》第二十八条")


# A disinfection product (卫消证字, a 消字号 wipe or spray) calls itself a drug (国药准字正规药品,
# 可治疗早泄): its licence is for hygiene, and no drug number of its own is given.
_DISINFECTANT_LICENCE = regex.compile(r"卫消证字|消证字|消字号", regex.V1)
_DRUG_NUMBER = regex.compile(r"国药准字\s*[hzsjbt]\s*[0-9]{8}", regex.V1 | regex.I)
_SEE_A_DOCTOR = regex.compile(r"(?:遵医嘱|遵照医嘱|医生指导下(?:进行)?|及时就医|就医)\p{Han}{0,2}$", regex.V1)
_DRUG_SELF = regex.compile(r"国药准字|正规药品|药准字号|药字号|治疗|治愈|根治|药到病除", regex.V1)


def _disinfectant_drug_claims(ctx):
    fields = ctx.text_fields(TEXT_FIELDS)
    if not any("消" in (v := ctx.value(f)) and _DISINFECTANT_LICENCE.search(v) for f in fields) or \
            any(_DRUG_NUMBER.search(ctx.value(f)) for f in fields):
        return
    yield from _filing_claims(
        ctx, fields, _DRUG_SELF, _NEGATED, _NOT_MEDICAL, _SEE_A_DOCTOR, window=6,
        message="a disinfection product (卫消证字) claims “{claim}”, which only a registered drug may",
        basis="《消毒管理办法》第三十一条（消毒产品不得宣传疗效）；《广告法》第十七条")


# A medical device's or a drug's registration number in the listing (苏械注准…, 国械注准…,
# 械备…, 国药准字…): its 适用范围 may say 治疗, which is the registration's own wording.
_DEVICE_CATEGORIES = ("医疗器械", "器械", "药品", "otc", "医药", "处方药", "中西药", "西药", "中药饮片")
_REG_NAMED = regex.compile(r"注册证|医疗器械注册|备案凭证|械字号|药准字", regex.V1)
_MEDICAL_REG = regex.compile(r"[\p{Han}]?械注[准进许]|械备|国药准字|国药证字|医疗器械注册证|兽药字|兽药(?:产品)?批准文号|进口兽药注册证", regex.V1)


def _registered_medical(ctx) -> bool:
    got = ctx.memo.get("clm.medical-reg")
    if got is None:
        got = ctx.memo["clm.medical-reg"] = any(_MEDICAL_REG.search(ctx.value(f)) for f in ctx.text_fields(TEXT_FIELDS))
    return got


# A registered 保健食品 (蓝帽子, 国食健注G…, 食健备G…) states its approved function in the
# catalogue's words, which begin 有助于 / 辅助 / 缓解 (有助于增强免疫力, 辅助降血脂): that is its
# registration, not a false claim. The same words on an unregistered food still are.
_HEALTH_FOOD_REG = regex.compile(r"国食健[注字]|卫食健字|食健备|蓝帽子?|保健食品批准", regex.V1)
_APPROVED_FORM = regex.compile(r"(?:有助于|有助|辅助|缓解|对)\p{Han}{0,2}$", regex.V1)


def _approved_function(ctx, field: str, d: Decided) -> bool:
    text = ctx.text(field).view(d.hit.view)
    # the health functions themselves (增强免疫力: the catalogue's name before 2023) need no prefix
    if not d.hit.entry.data.get("health-function") and not _APPROVED_FORM.search(text[max(0, d.start - 5):d.start]):
        return False
    reg = ctx.memo.get("clm.health-food-reg")
    if reg is None:
        reg = ctx.memo["clm.health-food-reg"] = any(
            _HEALTH_FOOD_REG.search(ctx.value(f)) for f in ctx.text_fields(TEXT_FIELDS))
    return reg


# ------------------------------------------------------------------ CLM002, CLM003
@rule("CLM002", "fake-prize", category="false-claim", severity="error", basis=BASIS_PRIZE,
      summary="Fake prize, guaranteed lottery win or free valuable gift",
      suggestion="删去中奖、必中、免费领取贵重物品等诱导用语；真实抽奖使用平台官方工具并公示规则",
      explanation="Claiming a buyer has won, promising every draw wins, or offering a free iPhone to "
                  "lure clicks is deceptive prize promotion (《反不正当竞争法》第十条). 免费领取 counts "
                  "only with a valuable object right after it, so 免费领取优惠券 and 免费送手机支架 pass.",
      examples_fail=["恭喜您中奖 联系客服领取", "抽奖必中", "关注即可免费领取iPhone15"],
      examples_pass=["抽奖箱 亚克力", "免费领取优惠券", "下单免费送手机支架"],
      fields=TEXT_FIELDS)
def check_prize(ctx):
    yield from lexicon_findings(ctx, "CLM002")


@rule("CLM003", "false-endorsement", category="false-claim", severity="error", basis=BASIS_ENDORSE,
      summary="Invented official activity, platform certification or state endorsement",
      suggestion="删去虚构的官方活动、认证，以及国家机关、领导人名义",
      explanation="Ads may not use the names or images of state organs, their staff or leaders "
                  "(《广告法》第九条第(二)项), and a shop may not pretend to be in a platform "
                  "campaign or to hold a platform certification (《广告法》第二十八条, platform "
                  "marketing rules). 特供/专供 are warnings on their own, errors next to a state "
                  "organ word, and silent after a channel word (京东专供款, 酒店专供). State organs and "
                  "leaders count only with an endorsement word (推荐, 同款, 指定, 专用 …) next to "
                  "them, so 主席台桌布 or a biography pass. 驰名商标 and 国家免检 are warnings.",
      examples_fail=["天猫官方活动 限时", "国家领导人推荐", "国家机关特供茶", "聚划算官方补贴"],
      examples_pass=["耐克官方旗舰店", "主席台桌布", "京东专供款 洗衣液"],
      fields=TEXT_FIELDS)
def check_endorsement(ctx):
    yield from lexicon_findings(ctx, "CLM003")


# ------------------------------------------------------------------ CLM004
_NUM = r"(?:\d{1,3}|[一二两三四五六七八九十半]{1,3})"
_TIME = r"(?:天|日|周|星期|个?礼拜|个月|小时|分钟|个?疗程|晚|次)"
_LINK = r"(?:内|之内|以内|后|就|即|便|可|能|轻松|快速|立刻|马上|迅速|保证|包|就能|即可|就可|就会|可以|能够|\s)"
_RESULT = (r"(?:瘦身?|减肥|减重|掉秤|掉肉|甩肉|长高|美白|变白|白\s*" + _NUM + r"\s*个?度|祛痘|祛斑|"
           r"淡斑|去皱|除皱|见效|显效|痊愈|康复|根治|治愈|生发|长出新发|戒掉|断根|去根|消失|"
           r"除甲醛|去甲醛|除醛|去醛|逆龄|年轻\s*" + _NUM + r"\s*岁|消除皱纹|皱纹消失)")
# 7天见效, 一周瘦10斤, 3个疗程痊愈, 28天美白 …
_TIME_RESULT = regex.compile(
    rf"(?<![\d.\-~至到每第])(?P<n>{_NUM})\s*{_TIME}\s*{_LINK}{{0,3}}\s*{_RESULT}")
# 瘦10斤, 掉了8斤, 长高5cm (a single figure: 显瘦 100-130斤可穿 is a size range, not a result)
_AMOUNT_RESULT = regex.compile(
    rf"(?<!显|不显|很显|更显)(?:瘦|减|掉|甩)\s*了?\s*(?P<n>{_NUM})\s*(?:斤|公斤|kg|磅)"
    rf"(?!\s*(?:以[上下内]|左右|内|可穿|适穿|穿|[\-~至到]|\d|的人|的宝))"
    rf"|(?:长高|(?<!显|不显|很显|更显)瘦)\s*了?\s*{_NUM}\s*(?:cm|厘米|公分)",
    regex.V1)
# 一贴见效, 两盒断根: a count of the product itself, only with a cure-like result (1片美白 is
# a face-mask pack, not a promise).
_DOSE_RESULT = regex.compile(
    rf"(?<![\d.])(?P<n>{_NUM})\s*(?:贴|片|粒|瓶|盒|剂|包|支|喷|罐|袋|箱)\s*(?:就|即|便|可|能)?\s*"
    r"(?:见效|显效|痊愈|根治|治愈|断根|去根|好转|康复)", regex.V1)
# 连喝15天腰围减5公分, 坚持用28天皮肤白两个度, 吃了一个月瘦了20斤: a use verb and a time
# before the result, with a few words between (not across a sentence end). A body measure
# before 减/小 keeps 裤长减5cm (a tailoring note) out.
_BODY = r"(?:腰围|腰|肚子|肚腩|小肚子|大腿|小腿|臀围|体重|手臂|胳膊|脸)"
_USE_RESULT = regex.compile(
    rf"(?:连续?|坚持|每天|天天|跟)?\s*(?:喝|吃|用|涂|抹|敷|擦|贴|服用|使用|泡脚|泡|练)\s*了?\s*"
    rf"(?P<n>{_NUM})\s*{_TIME}\s*[^。；！？.;!?\n]{{0,8}}?"
    rf"(?:{_BODY}\s*(?:减|瘦|小|少|掉)\s*了?\s*{_NUM}\s*(?:斤|公斤|kg|cm|厘米|公分|个?码|寸)"
    rf"|{_RESULT}\s*了?\s*{_NUM}\s*(?:斤|公斤|kg|cm|厘米|公分|个?度|个?色号)"
    rf"|(?:皮肤|肤色|脸)\s*(?:白|亮)\s*了?\s*{_NUM}\s*个?(?:度|色号))",
    regex.V1)
# 28天喝出好身材, 一个月吃出小蛮腰: time + use verb + 出 + a body result
_USE_OUT = regex.compile(
    rf"(?<![\d.\-~至到])(?P<n>{_NUM})\s*{_TIME}\s*(?:就|即|便|轻松|快速)?\s*"
    r"(?:喝|吃|用|涂|抹|敷|擦|贴|练|泡)出\s*(?:好身材|小蛮腰|马甲线|人鱼线|瓜子脸|小v脸|v脸|好皮肤|"
    r"水光肌|白皙|少女肌|婴儿肌|大长腿|筷子腿|纤细|好气色)",
    regex.V1)
# 30天开口说英语, 一个月提分50分, 21天写出一手好字: a course promising a learning result in a
# set time (《广告法》第二十四条). 学会/学通/精通 stay out: 《21天学通C++》 is a book title.
_LEARN_RESULT = regex.compile(
    rf"(?<![\d.\-~至到])(?P<n>{_NUM})\s*{_TIME}\s*{_LINK}{{0,3}}\s*"
    rf"(?:开口说|说一口流利|流利地?说|(?:提|提高|涨|多考)\s*{_NUM}\s*分|提分|(?:写|练)出?一手好字|练成一手好字)",
    regex.V1)
# 不省油全额退款, 不长高退款, 没效果就退钱: a refund promised on a result, not on satisfaction
# (不满意包退, 不合适退款 are after-sales terms and name no result).
_REFUND_RESULT = regex.compile(
    r"(?:不|没有?|无)\s*(?:省油|省电|瘦|减重|掉秤|长高|增高|长个|变白|美白|白|见效|起效|有效|生发|长发|长头发|长毛|"
    r"丰胸|变大|祛痘|祛斑|消|降|好转|治好|痊愈|提分|涨分|效果|管用)\p{Han}{0,2}?\s*[,，]?\s*"
    r"(?:就|立即|马上|立马)?\s*(?:全额|双倍|十倍|无条件)?\s*(?:退款|退钱|退全款|包退|返款|退费|(?<=全额|双倍|十倍)退(?!货|换))", regex.V1)
# 空腹血糖从9.8降到6.1, 血压160降到130: a health figure brought down, told as a buyer's result
# (a testimonial is an advertisement's claim all the same; 《广告法》第十六条、第二十八条)
_DEC = rf"(?:{_NUM}(?:\.\d{{1,2}})?)"
# (…after someone took the product: 喝了三个月, 吃了两盒, 坚持用; a device's FAQ saying a
# reading moved from 135 to 128 between two measurements tells no result)
_HEALTH_FIGURE = regex.compile(
    rf"(?<=(?:喝|吃|用|服|服用|使用|坚持|贴|泡|涂|买了|反馈|评价|好评|案例|顾客|客户|我爸|我妈|老人|患者)\p{{Han}}{{0,2}}[^。！？!?\n]{{0,30}})"
    rf"(?:(?:血糖|血压|血脂|尿酸|胆固醇|甘油三酯|转氨酶)\p{{Han}}{{0,3}}?(?:从|由)?\s*{_DEC}(?:\s*/\s*{_DEC})?\s*"
    rf"(?:mmol/l|mmhg|毫摩尔|毫米汞柱)?\s*(?:降到了?|降至|降为|降低到|下降到|降低至|下降至|降回)\s*{_DEC}"
    rf"|(?:血糖|血压|血脂|尿酸|胆固醇|甘油三酯)\s*(?:降了|下降了|降低了)\s*{_DEC})"
    # (…属正常波动: a device's FAQ on two readings)
    rf"(?![^。！？!?\n]{{0,12}}(?:属于?正常|是正常|为正常|正常吗|正常现象|正常情况|正常波动|波动))", regex.V1 | regex.I)
GUARANTEE_PATTERNS = (_TIME_RESULT, _AMOUNT_RESULT, _DOSE_RESULT, _USE_RESULT, _USE_OUT, _LEARN_RESULT,
                      _REFUND_RESULT, _HEALTH_FIGURE)


# Each pattern needs one of its key words (results, units). A small private automaton finds
# them at C speed and the pattern runs only on a short window around each: run over a whole
# description, the patterns try a match at every numeral and cost ~100 µs per field.
_PATTERN_KEYS = (
    (_TIME_RESULT, ("瘦", "减", "掉", "甩", "长高", "白", "祛", "斑", "皱", "效", "痊愈", "康复", "根治",
                    "治愈", "生发", "新发", "戒掉", "断根", "去根", "消失", "醛", "逆龄", "年轻")),
    (_AMOUNT_RESULT, ("斤", "kg", "磅", "cm", "厘米", "公分")),
    (_DOSE_RESULT, ("效", "痊愈", "根治", "治愈", "断根", "去根", "好转", "康复")),
    (_USE_RESULT, ("斤", "kg", "cm", "厘米", "公分", "码", "寸", "度", "色号")),
    (_USE_OUT, ("身材", "蛮腰", "马甲线", "人鱼线", "瓜子脸", "v脸", "皮肤", "水光肌", "白皙", "少女肌",
                "婴儿肌", "长腿", "筷子腿", "纤细", "气色")),
    (_LEARN_RESULT, ("开口说", "流利", "提", "涨", "多考", "好字")),
    (_REFUND_RESULT, ("退款", "退钱", "退全款", "包退", "返款", "退费", "全额退", "双倍退", "十倍退")),
    (_HEALTH_FIGURE, ("降到", "降至", "降为", "降低到", "下降到", "降低至", "下降至", "降回", "降了", "下降了", "降低了")),
)
_BACK, _AHEAD = 36, 16  # longer than any match before its key word, and than the look-aheads


def _key_automaton():
    import ahocorasick_rs
    table: dict[str, list] = {}
    for pat, keys in _PATTERN_KEYS:
        for k in keys:
            table.setdefault(k, []).append(pat)
    keys = list(table)
    return ahocorasick_rs.AhoCorasick(keys), [table[k] for k in keys]


_KEYS_AC, _KEY_PATTERNS = _key_automaton()


def pattern_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the number + time + result shapes in a norm-view text, overlaps merged."""
    out: set[tuple[int, int]] = set()
    n = len(text)
    for idx, ks, ke in _KEYS_AC.find_matches_as_indexes(text, overlapping=True):
        for pat in _KEY_PATTERNS[idx]:
            # pos/endpos, not a slice: look-behinds still see the text before the window.
            for m in pat.finditer(text, max(0, ks - _BACK), min(n, ke + _AHEAD)):
                out.add(m.span())
    kept: list[tuple[int, int]] = []
    for s, e in sorted(out, key=lambda sp: (sp[0], -sp[1])):
        if kept and s < kept[-1][1]:
            kept[-1] = (kept[-1][0], max(kept[-1][1], e))
        else:
            kept.append((s, e))
    return kept


@rule("CLM004", "guaranteed-result", category="false-claim", severity="error", basis=BASIS_GUARANTEE,
      summary="Guaranteed or time-bound result (无效退款, 三天见效, 一周瘦10斤)",
      suggestion="删去保证效果和限时见效的用语；客观描述成分、用法，说明效果因人而异",
      explanation="Ads may not assert or guarantee an effect or safety: 无效退款, 100%有效, 立竿见影, "
                  "永不反弹, 无副作用, 无依赖性, and a number + time + result (三天见效, 一周瘦10斤, 28天美白) are false or "
                  "misleading (《广告法》第二十八条) and, for health goods, forbidden guarantees "
                  "(第十六条、第十八条). Delivery and after-sales times (7天无理由退货, 48小时发货) and "
                  "size ranges (显瘦 100-130斤可穿) are not results.",
      examples_fail=["一周瘦10斤", "祛斑霜 三天见效", "无效退款", "100%有效"],
      examples_pass=["7天无理由退货", "48小时发货", "显瘦 100-130斤可穿", "保质期12个月"],
      fields=TEXT_FIELDS)
def check_guarantee(ctx):
    lexicon = has_hits(ctx, "CLM004")
    for field in ctx.text_fields(TEXT_FIELDS):
        spans: list[tuple[str, int, int, Decided | None]] = [
            (d.hit.view, d.start, d.end, d) for d in decided_hits(ctx, field, "CLM004")] if lexicon else []
        norm = ctx.text(field).view("norm")
        for s, e in pattern_spans(norm):
            if not ctx.allowed(field, "norm", s, e):
                spans.append(("norm", s, e, None))
        if not spans:
            continue
        # Lexicon hits (squeezed) and patterns (norm) may report the same words, and two
        # patterns may share a word (一周瘦 + 瘦10斤): merge overlapping spans in original-text
        # offsets so one claim is one finding.
        ft = ctx.text(field)
        # sorted by offsets only: a lexicon hit and a pattern may cover the same span exactly
        raw_spans = sorted(((*ft.to_raw(v, s, e), d) for v, s, e, d in spans), key=lambda x: (x[0], x[1]))
        merged: list[list] = []
        for s, e, d in raw_spans:
            if merged and s < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
                merged[-1][2] = merged[-1][2] or d
            else:
                merged.append([s, e, d])
        for s, e, d in merged:
            shown = ft.raw[s:e]
            if d is not None:
                ent = d.hit.entry
                yield ctx.finding(field, "raw", s, e, f"{_message(ctx, ent)}：“{shown}”",
                                  suggestion=ent.suggestion, basis=ent.basis, severity=d.severity)
            else:
                yield ctx.finding(field, "raw", s, e, f"限时见效或保证效果的断言：“{shown}”")


# ------------------------------------------------------------------ CLM005
# 专柜原价1999元，现价仅99元: an "original" price many times the one asked. A shop that really sold
# at 1999 does not sell at 99; 原价199 现价159 is an ordinary markdown and is not reported.
_ORIGINAL_PRICE = regex.compile(
    r"(?:专柜|市场|门店|吊牌|官方|原)价\s*[:：]?\s*[¥￥]?\s*(?P<was>[0-9]{2,6}(?:\.[0-9]{1,2})?)\s*元?"
    r"[^。；;!！?？\n]{0,14}?(?:现价|现在|现(?=\s*[¥￥]?\s*[0-9])|仅售|只要|只需|仅需|只卖|仅卖|到手价?|活动价|特价|秒杀价|售价|折后价?|"
    # (秒杀12点开抢, 限量秒杀50名, 抢购20位: a time or a quota after the word, not a price)
    r"(?:直播间?|专属|券后|福利|团购|限时|粉丝)\p{Han}{0,3}?价|(?:限时)?特惠价?|优惠价|惊爆价|限时|清仓价?|抢购价?|秒杀|(?:今日|今天|当天|此刻)\p{Han}{0,3}?价)"
    # (秒杀12点开抢, 限时12点开抢, 现在3月发货, 活动价 2号发货, 到手价 1年: a time or a quota, not a price)
    r"(?!\s*[:：]?\s*[0-9]{1,4}(?:点|名|位|号|时|个名额|月|周|年|人))"
    r"\s*[:：]?\s*(?:仅|只)?\s*(?:需|要)?\s*"
    r"[¥￥]?\s*(?P<now>[0-9]{1,6}(?:\.[0-9]{1,2})?)(?![0-9.])"
    # 现在5折, 2件只要199, 到手3件: a discount or a count, not the price asked
    # (秒杀12点开抢, 限量秒杀50名, 抢购20位: a time or a quota after the word, not a price)
    r"(?!\s*(?:折|件|盒|瓶|袋|个|只|份|人|天|支|条|双|套|%|小时|分钟|秒|日|h\b|斤|装|kg|g(?![a-z])|ml|l(?![a-z])|克|升|公斤))", regex.V1)
FICTITIOUS_RATIO = 5
# 仅剩10分钟, 倒计时2小时, 错过再等一年: a countdown in text that stays online is never true
_COUNTDOWN = regex.compile(r"(?:仅剩|只剩|还剩|倒计时)\s*(?:最后)?\s*[0-9一二三四五六七八九十两半]{1,3}\s*(?:分钟|个?小时|秒)|错过(?:今天|今日|本次|这次)?再等一年", regex.V1)
_REFERENCE_PRICE_WORDS = ("原价", "专柜价", "市场价", "吊牌价", "门店价", "官方价")


@rule("CLM005", "misleading-price", category="false-claim", severity="error", basis=BASIS_URGENCY,
      summary="A false deadline (今晚恢复原价) or an original price many times the price asked (原价1999 现价99)",
      suggestion="删去虚构的期限和“原价”；真实的限时活动和划线价请用平台营销工具设置",
      explanation="Listing text stays online for weeks, so a deadline written into it (今晚恢复原价, 明天恢复原价, "
                  "12点后恢复原价) is a price rise that never comes; an “original” price five or more times the "
                  "one asked (专柜原价1999 现价99) is a fictitious reference price. Both are misleading price "
                  "statements under 《明码标价和禁止价格欺诈规定》第十九条. A campaign's own end (活动结束后恢复原价) "
                  "and an ordinary markdown (原价199 现价159) are not reported.",
      examples_fail=["仅剩3条 今晚恢复原价", "专柜原价1999元 现价仅99元"],
      examples_pass=["活动结束后恢复原价", "原价199 现价159"],
      fields=TEXT_FIELDS)
def check_misleading_price(ctx):
    yield from lexicon_findings(ctx, "CLM005")
    for field in ctx.text_fields(TEXT_FIELDS):
        norm = ctx.text(field).view("norm")
        if "剩" in norm or "倒计时" in norm or "再等" in norm:
            for m in _COUNTDOWN.finditer(norm):
                if not ctx.allowed(field, "norm", m.start(), m.end()):
                    yield ctx.finding(field, "norm", m.start(), m.end(),
                                      f"a countdown written into the listing: “{m.group(0)}”")
        if "价" not in norm or not any(w in norm for w in _REFERENCE_PRICE_WORDS):
            continue
        for m in _ORIGINAL_PRICE.finditer(norm):
            was, now = float(m.group("was")), float(m.group("now"))
            if now > 0 and was >= FICTITIOUS_RATIO * now and not ctx.allowed(field, "norm", m.start(), m.end()):
                yield ctx.finding(field, "norm", m.start(), m.end(),
                                  f"an “original” price {was:g} is {was / now:.0f} times the price asked ({now:g}): "
                                  f"a fictitious reference price")


# ------------------------------------------------------------------ CLM006
_NO_ADDITIVE = regex.compile(
    r"(?:纯天然\s*)?(?:无添加|零添加|0添加|不添加)(?![\p{Han}])|无任何添加剂?|不添加任何(?:添加剂|防腐剂)?"
    r"|(?P<pres>无防腐剂|不含防腐剂|零防腐剂?|0防腐剂?|无任何防腐剂)", regex.V1)
_INGREDIENTS = regex.compile(r"配料表?|配料成分|原料表|原料组成|原辅料|全成分|成分表|(?:主要)?成分(?=\s*[:：])|ingredients", regex.I)
# (…and the preservatives a cosmetic's 全成分 lists: 苯氧乙醇, the parabens 羟苯甲酯…, the isothiazolinones)
_PRESERVATIVES = (r"山梨酸钾|山梨酸|苯甲酸钠|苯甲酸|脱氢乙酸钠|丙酸钙|双乙酸钠|尼泊金|对羟基苯甲酸|亚硝酸钠|纳他霉素|"
                  r"苯氧乙醇|羟苯甲酯|羟苯乙酯|羟苯丙酯|羟苯丁酯|甲基异噻唑啉酮|甲基氯异噻唑啉酮|dmdm乙内酰脲|咪唑烷基脲|"
                  r"双\(羟甲基\)咪唑烷基脲|碘丙炔醇丁基氨甲酸酯|氯苯甘醚|防腐剂")
_ADDITIVE = regex.compile(
    rf"(?P<p>{_PRESERVATIVES})|味精|谷氨酸钠|呈味核苷酸二钠|阿斯巴甜|安赛蜜|三氯蔗糖|甜蜜素|糖精钠|纽甜|日落黄|柠檬黄|"
    r"胭脂红|诱惑红|亮蓝|焦糖色|卡拉胶|黄原胶|食用香精|香精|香兰素|乙基香兰素|着色剂|色素|乙基麦芽酚|单硬脂酸甘油酯|焦磷酸钠|三聚磷酸钠|"
    r"丁基羟基茴香醚|bha|bht|诱食剂|"
    r"增味剂|甜味剂|增稠剂|乳化剂|酸度调节剂")


_LIST_START = regex.compile(r"[\s:：]*")
_LIST_END = regex.compile(r"[。;；!！?？\n]|\s{2,}|(?:产品特点|特点|保质期|储存|贮存|净含量|生产日期|产地|规格|食用方法)\s*[:：]")
_DENIED_BEFORE = regex.compile(r"(?:无|不含|不添加|零|0|拒绝|未添加|没有)[^、，,]{0,4}$")


_NAMED_ADDITIVES = {
    # (三氯蔗糖 is sucralose, a sweetener; a syrup is sugar added, 土蜂蜜 不加糖 with 果葡糖浆)
    "sugar": r"白砂糖|砂糖|(?<!三氯)蔗糖|绵白糖|冰糖|红糖|黄糖",
    # (不加糖 denies any sugar added, a syrup too; 无蔗糖 only sucrose)
    "any-sugar": r"白砂糖|砂糖|(?<!三氯)蔗糖|绵白糖|冰糖|红糖|黄糖|果葡糖浆|葡萄糖浆|麦芽糖浆|玉米糖浆",
    # (not the 乙醇 of 苯氧乙醇, a preservative, or of 乙二醇: other compounds)
    "alcohol": r"(?<![苯氧二丙丁己基甘聚辛癸十烷])乙醇(?!胺|酸)|酒精(?!度)|变性乙醇",
    "preservative": _PRESERVATIVES.replace("|防腐剂", ""),
    "flavour": r"香精|香料|香原料",
    "colour": r"色素|着色剂|日落黄|柠檬黄|胭脂红|诱惑红|亮蓝|焦糖色",
    "msg": r"味精|谷氨酸钠",
}
_NAMED_ADDITIVES = {kind: regex.compile(p) for kind, p in _NAMED_ADDITIVES.items()}
_ADDITIVE_KIND = {"蔗糖": "sugar", "白砂糖": "sugar", "糖": "sugar", "防腐剂": "preservative", "香精": "flavour",
                  "色素": "colour", "味精": "msg", "酒精": "alcohol", "乙醇": "alcohol"}
# (冲泡时不加糖即可 is serving advice: 不加 only as the product's own claim, not after 时/再/可/请)
_NO_NAMED_ADDITIVE = regex.compile(r"(?<!不是|并非|不算|非)(?:无添加|零添加|0添加|不添加|未添加|(?<![时再可请])不加|没加|无|不含|零|(?<![0-9.])0)\s*(?:任何|一粒)?\s*(?P<what>白砂糖|蔗糖|糖(?![果分尿醇苷浆精衣])|防腐剂|香精|色素|味精|酒精|乙醇)"
                                   r"(?!\s*(?:的|以外|之外|外))", regex.V1)


def _listed_additives(ctx, fields, pattern) -> Iterator:
    """Matches of `pattern` inside the listing's ingredient lists: each list runs from its label
    to the end of its sentence (配料：小麦粉、鸡蛋。无添加，无防腐剂: the claim after it is no
    ingredient), and an additive named after 无/不含/拒绝 is left out."""
    for f in fields:
        norm = ctx.text(f).view("norm")
        for label in _INGREDIENTS.finditer(norm):
            # the list may start in the next cell or line (<td>配料表</td><td>小麦粉、…)
            start = _LIST_START.match(norm, label.end()).end()
            end = _LIST_END.search(norm, start, start + 400)
            stop = end.start() if end else min(len(norm), start + 400)
            for a in pattern.finditer(norm, start, stop):
                if not _DENIED_BEFORE.search(norm, max(label.end(), a.start() - 6), a.start()):
                    yield a


def _named_in_ingredients(ctx, fields, pattern) -> str | None:
    """The first additive of `pattern` an ingredient list in the listing names."""
    return next((a.group(0) for a in _listed_additives(ctx, fields, pattern)), None)


@rule("CLM006", "no-additive-contradicted", category="false-claim", severity="error", basis=BASIS_NO_ADDITIVE,
      summary="无添加 / 无防腐剂 claimed while the listing's own ingredient list names additives",
      suggestion="删去“无添加”“纯天然”等与配料表不符的说法，如实标示配料",
      explanation="A bare 无添加, 零添加 or 纯天然无添加 is false when the ingredient list in the same listing "
                  "(配料：…, a 配料表 or 全成分 attribute) names a food additive such as 山梨酸钾, 味精 or 食用香精; "
                  "无防腐剂 is false when it names a preservative; a claim that names what is left out (无添加蔗糖, "
                  "0添加防腐剂, 无添加香精) is false when the list names that (白砂糖, 山梨酸钾, 香精). The claim is "
                  "measured against the seller's own words, so a listing without an ingredient list is not judged.",
      examples_fail=["纯天然无添加 | 配料：小麦粉、味精、山梨酸钾", "无防腐剂 | 配料表：水、苯甲酸钠"],
      examples_pass=["无添加蔗糖 | 配料：牛奶、山梨酸钾", "无防腐剂 | 配料：小麦粉、味精"],
      fields=TEXT_FIELDS + ("attributes",))
def check_no_additive(ctx):
    fields = ctx.text_fields(TEXT_FIELDS + ("attributes",))
    claims = [(f, m) for f in fields if f != "attributes" and ("添加" in (n := ctx.text(f).view("norm")) or "防腐" in n)
              for m in _NO_ADDITIVE.finditer(n)]
    yield from _named_additive_claims(ctx, fields, {(f, m.start()) for f, m in claims})
    if not claims:
        return
    any_add = pres = None   # any additive, and a preservative, an ingredient list names
    for a in _listed_additives(ctx, fields, _ADDITIVE):
        if a.group(0) == "防腐剂":
            continue   # the word itself names no preservative
        any_add = any_add or a.group(0)
        if a.group("p"):
            pres = pres or a.group(0)
    for f, m in claims:
        named = pres if m.group("pres") else any_add
        if named and not ctx.allowed(f, "norm", m.start(), m.end()):
            yield ctx.finding(f, "norm", m.start(), m.end(),
                              f"“{m.group(0)}” but the ingredient list names {named}")


def _named_additive_claims(ctx, fields, generic):
    """无添加蔗糖 with 白砂糖 in the list, 0添加防腐剂 with 山梨酸钾, 无添加香精 with 香精 in 全成分
    (a claim the bare check above reads already is left to it)."""
    for f in fields:
        if f == "attributes":
            continue
        norm = ctx.text(f).view("norm")
        if not any(w in norm for w in ("糖", "防腐剂", "香精", "色素", "味精", "酒精", "乙醇")):
            continue
        for m in _NO_NAMED_ADDITIVE.finditer(norm):
            if any((f, p) in generic for p in range(m.start(), m.end())):
                continue
            kind = _ADDITIVE_KIND[m.group("what")]
            if kind == "sugar" and m.group("what") == "糖":
                kind = "any-sugar"   # (不加糖: no sugar of any kind; 无蔗糖: no sucrose)
            found = _named_in_ingredients(ctx, fields, _NAMED_ADDITIVES[kind])
            if found and not ctx.allowed(f, "norm", m.start(), m.end()):
                yield ctx.finding(f, "norm", m.start(), m.end(), f"“{m.group(0)}” but the ingredient list names {found}")
