"""Absolute terms (绝对化用语 / 极限词), ABS001–ABS006.

Basis: 《广告法》第九条第(三)项 forbids “国家级”“最高级”“最佳” and the like; SAMR's
《广告绝对化用语执法指南》(2023) says when such words are not violations (usage hints, grades from
standards, names and models, self-comparison, facts bounded in time). Terms live in
wordlists/absolute-*.yaml; this module decides each lexicon hit in context:

1. the shared automaton finds terms on the squeezed view (全網最低價, 最 好 的, ＴＯＰ１), with each
   entry's `exempt` patterns and the user's `allow` list already applied;
2. Latin and digit terms must stand on ASCII word boundaries in the original text (Bestway, No.12);
3. entries marked `token_check` drop a hit that jieba keeps inside one of our listed ordinary words
   (万能胶, 绝对值, 首选项), segmenting only a window around the hit;
4. the generic 最 entry is widened to the word it grades (最香, 最为舒适);
5. a scope word just before a term (全网 + 最低价, 全国 + 销量 + 第一) makes one ABS005 finding;
6. self-comparison (本店最受欢迎) and rankings bounded by a named period (2023年度销量冠军) are
   not reported, nor a term inside a name the attributes give (品牌:金至尊, 书名:最好的我们);
7. overlapping candidates collapse to the longest, so 全网最低价 is one finding, not three.

The decision is made once per field and item and shared by the six rules; each rule reports its own
code. Candidates of rules that are not selected take no part, so `--select ABS001` still reports
the 最低价 inside 全网最低价.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..lexicon import Entry, Hit, builtin_data_file, read_yaml
from ..model import TEXT_FIELDS
from ..text.normalize import normalize_text, squeeze_text
from .context import ATTRIBUTE_VALUES
from .registry import rule

FIELDS = TEXT_FIELDS + (ATTRIBUTE_VALUES,)   # seller-written values: 卖点:全网销量NO.1
CODES = ("ABS001", "ABS002", "ABS003", "ABS004", "ABS005", "ABS006")
SCOPE_CODE = "ABS005"
# Codes a scope word can join (全网最低价, 全国第一, 全网独家, 全球顶级, 行业之最).
SCOPE_JOINS = frozenset({"ABS001", "ABS002", "ABS003", "ABS004", "ABS005"})
SELF_COMPARISON_APPLIES = frozenset({"ABS001", "ABS002", "ABS003"})
# A named period bounds a ranking fact (2023年度销量冠军), not a price or quality superlative:
# 双11全网最低价 and 双11期间 史上最强 are claims like any other. A scope claim is bounded when
# the term it joins is a rank.
TIME_BOUND_APPLIES = frozenset({"ABS002"})
MAX_SCOPE_GAP = 4  # squeezed characters between a scope word and its term (全国|销量|第一)

BASIS = "《广告法》第九条第(三)项；《淘宝规则》滥发信息（极限词）；《广告绝对化用语执法指南》(2023)"

_SENTENCE_BREAK = regex.compile(r"[,.;:!?，。；：！？、\n\r|/]")
_HTML_BITS = regex.compile(r"<[^<>]*>|&[a-z0-9#]+;|^[^<]*>|<[^>]*$", regex.I)
_GAP_WORD = regex.compile(r"^[\p{Han}]*$")
_ASCII_ALNUM = regex.compile(r"[a-z0-9]")
_ASCII_LETTERS = regex.compile(r"[a-z]+")
_HAN = regex.compile(r"\p{Han}")


@dataclass(frozen=True, slots=True)
class Candidate:
    code: str
    start: int       # offsets in the original field text
    end: int
    entry: Entry     # where message, suggestion, basis and severity come from
    label: str       # the normalised text of the span, for the message
    generic: bool    # the catch-all 最 entry: loses ties to a named term


# --- data ---------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _context_patterns() -> tuple[regex.Pattern, regex.Pattern, int]:
    doc = read_yaml(builtin_data_file("absolute-context.yaml"))
    flags = regex.V1 | regex.I
    return (regex.compile(doc["self_comparison"], flags), regex.compile(doc["time_bound"], flags),
            int(doc.get("window", 24)))


_ordinary_cache: dict[int, tuple[object, frozenset[str]]] = {}
_selection_cache: dict[int, tuple[object, frozenset[str]]] = {}


def _ordinary_words(lexicon) -> frozenset[str]:
    """Ordinary look-alike words of the ABS entries (万能胶, 绝对值): each entry's `words`,
    minus anything that is itself an ABS term (永久性 is a violation, not a look-alike)."""
    memo = _ordinary_cache.get(id(lexicon))
    if memo is None or memo[0] is not lexicon:
        abs_entries = [e for e in lexicon.entries if e.rule.startswith("ABS")]
        terms = {squeeze_text(t) for e in abs_entries for t in e.terms}
        words = frozenset(squeeze_text(w) for e in abs_entries for w in e.words) - terms
        _ordinary_cache.clear()
        memo = _ordinary_cache[id(lexicon)] = (lexicon, words)
    return memo[1]


def _selected_codes(settings) -> frozenset[str]:
    memo = _selection_cache.get(id(settings))
    if memo is None or memo[0] is not settings:
        try:
            codes = frozenset(c for c in settings.selected_codes() if c.startswith("ABS"))
        except Exception:  # settings without a selection (hand-made in a host program)
            codes = frozenset(CODES)
        if len(_selection_cache) > 16:
            _selection_cache.clear()
        memo = _selection_cache[id(settings)] = (settings, codes)
    return memo[1]


# --- checks on one hit --------------------------------------------------------------------
def _is_ascii_alnum(ch: str) -> bool:
    return bool(_ASCII_ALNUM.fullmatch(normalize_text(ch))) if ch else False


@lru_cache(maxsize=4096)
def _latin_ends(term: str) -> tuple[bool, bool]:
    """Whether a term begins / ends with a Latin letter or digit (checked once per term)."""
    t = squeeze_text(term) or term
    return _is_ascii_alnum(t[0]), _is_ascii_alnum(t[-1])


def _on_latin_boundaries(ft, hit: Hit) -> bool:
    """A term that begins or ends with a Latin letter or digit must not continue a word or
    number of the original text: BEST but not Bestway, NO.1 but not No.12, 100% but not 1100%."""
    check_before, check_after = _latin_ends(hit.term)
    if not (check_before or check_after):
        return True
    s, e = ft.to_raw(hit.view, hit.start, hit.end)
    raw = ft.raw
    if check_before and s > 0 and _is_ascii_alnum(raw[s - 1]):
        return False
    if check_after and e < len(raw) and _is_ascii_alnum(raw[e]):
        return False
    return True


def _inside_ordinary_word(ctx, field: str, hit: Hit) -> bool:
    """jieba keeps the hit inside a listed ordinary word (万能胶水 → 万能胶|水). Only listed words
    count: jieba's own dictionary holds violations too (第一流, 最好)."""
    if hit.view != "squeezed":
        return False
    words = _ordinary_words(ctx.lexicon)
    # jieba (a second to load) is asked only when a listed word really surrounds the hit: the
    # token it returns must be such a word, so without one the answer is already no.
    text = ctx.text(field).view(hit.view)
    term = text[hit.start:hit.end]
    if not any(_covers(text, w, hit.start, hit.end) for w in _words_containing(words, term)):
        return False
    token = ctx.enclosing_token(field, hit.view, hit.start, hit.end)
    return token is not None and token in words


@lru_cache(maxsize=4096)
def _words_containing(words: frozenset, term: str) -> tuple[str, ...]:
    return tuple(w for w in words if term in w and w != term)


def _covers(text: str, word: str, start: int, end: int) -> bool:
    lo = max(0, end - len(word))
    i = text.find(word, lo, start + len(word))
    while i != -1 and i <= start:
        if i + len(word) >= end:
            return True
        i = text.find(word, i + 1, start + len(word))
    return False


def _extend_superlative(text: str, end: int) -> int | None:
    """End of the word a bare 最 grades: 最香 → 最香, 最为舒适 → 最为舒适, 最in → 最in."""
    m = _ASCII_LETTERS.match(text, end)
    if m:
        return m.end()
    if text[end:end + 1] == "为" and _HAN.match(text, end + 1):
        end += 1
        return end + 2 if _HAN.match(text, end + 1) else end + 1
    if _HAN.match(text, end):
        return end + 1
    return None  # 最 at the end of a field grades nothing


def _text_before(ft, raw_start: int, window: int) -> str:
    """The normalised original text just before a span, without HTML tags or entities."""
    chunk = ft.raw[max(0, raw_start - (4 * window if ft.is_html else window)):raw_start]
    if ft.is_html:
        chunk = _HTML_BITS.sub(" ", chunk)
    return normalize_text(chunk)[-window:]


# 第一，看配料表；第二，看生产日期: 第一 opening a phrase, a comma after it and a 第二 to come,
# counts points made (firstly, …), not a rank (排名：第一，连续三年领跑 has no second point)
_PHRASE_START = regex.compile(r"(?:^|[。；;！!？?：:，,\n>、（(—]|\s)\s*$")
_ENUM_COMMA = regex.compile(r"\s*[，,：:、]")
_SECOND_POINT = regex.compile(r"第[二2貳贰]\s*[，,：:、]")


def _enumeration(raw: str, start: int, end: int) -> bool:
    return bool(_ENUM_COMMA.match(raw, end)) and bool(_PHRASE_START.search(raw, max(0, start - 3), start)) \
        and bool(_SECOND_POINT.search(raw, end, end + 120))


# --- the decision for one field -----------------------------------------------------------
def _core_candidates(ctx, field: str) -> tuple[list[tuple[Candidate, Hit, int, int]], list[Hit]]:
    ft = ctx.text(field)
    cores, modifiers = [], []
    for hit in ctx.hits(field, "ABS"):
        data = hit.entry.data
        if data.get("modifier"):
            modifiers.append(hit)
            continue
        if not _on_latin_boundaries(ft, hit):
            continue
        if data.get("token_check") and _inside_ordinary_word(ctx, field, hit):
            continue
        start, end = hit.start, hit.end
        if data.get("extend_word"):
            end = _extend_superlative(ft.view(hit.view), end)
            if end is None:
                continue
        rs, re_ = ft.to_raw(hit.view, start, end)
        if hit.entry.id == "rank-first" and _enumeration(ft.raw, rs, re_):
            continue
        cand = Candidate(hit.entry.rule, rs, re_, hit.entry, ft.view(hit.view)[start:end],
                         bool(data.get("extend_word")))
        cores.append((cand, hit, start, end))
    return cores, modifiers


def _scope_join(ft, modifiers: list[Hit], cand: Candidate, vstart: int, vend: int,
                core_spans: list[tuple[int, int]] = ()) -> Candidate | None:
    """One ABS005 candidate from the scope words right before a term in the same phrase.
    A gap that holds another term belongs to that term (全网最低价 国家级: 全网 scopes 最低价,
    not 国家级), so the join never reaches across it."""
    squeezed = ft.view("squeezed")
    start = vstart
    chosen = None
    while True:
        best = None
        for m in modifiers:
            gap = start - m.end
            if m.start >= start or gap < 0 or gap > (MAX_SCOPE_GAP if chosen is None else 0):
                continue
            if gap and not _GAP_WORD.match(squeezed[m.end:start]):
                continue
            if gap and any(m.end < ce and cs < start for cs, ce in core_spans):
                continue
            between = ft.raw[ft.to_raw("squeezed", m.start, m.end)[1]:ft.to_raw("squeezed", start, vend)[0]]
            if ft.is_html:
                between = _HTML_BITS.sub("", between)
            if _SENTENCE_BREAK.search(normalize_text(between)):
                continue
            if best is None or m.end > best.end or (m.end == best.end and m.start < best.start):
                best = m
        if best is None:
            break
        chosen, start = best, best.start
    if chosen is None:
        return None
    rs = ft.to_raw("squeezed", start, vend)[0]
    return Candidate(SCOPE_CODE, rs, cand.end, chosen.entry, squeezed[start:vend], False)


def _exempt_by_context(ft, cand: Candidate, scoped: bool, core_code: str | None = None) -> bool:
    self_pat, time_pat, window = _context_patterns()
    before = _text_before(ft, cand.start, window)
    if not scoped and cand.code in SELF_COMPARISON_APPLIES and self_pat.search(before):
        return True
    return (core_code or cand.code) in TIME_BOUND_APPLIES and bool(time_pat.search(before))


def _resolve(cands: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates; a named term beats the generic 最."""
    kept: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.generic, c.code, c.start)):
        if all(c.end <= k.start or k.end <= c.start for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.end))


def decide_field(ctx, field: str) -> list[Candidate]:
    """The absolute-term findings of one field, across all selected ABS rules."""
    ft = ctx.text(field)
    cores, modifiers = _core_candidates(ctx, field)
    cands = []
    core_spans = [(vs, ve) for _, h, vs, ve in cores if h.view == "squeezed"]
    for cand, hit, vstart, vend in cores:
        joined = None
        if modifiers and cand.code in SCOPE_JOINS and hit.view == "squeezed":
            joined = _scope_join(ft, modifiers, cand, vstart, vend, core_spans)
            if joined is not None and not _exempt_by_context(ft, joined, True, cand.code):
                cands.append(joined)
        # 领先 / 领跑 alone are ordinary (领先一步, 技术领先); only a market scope makes them a claim.
        if not hit.entry.data.get("needs_scope") and not _exempt_by_context(ft, cand, False):
            cands.append(cand)
    selected = _selected_codes(ctx.settings)
    cands = [c for c in cands if c.code in selected]
    if cands:
        named = _named_spans(ctx, field)
        if named:
            # …or whose scope word lies inside a work's name (《航拍中国》第一季: 中国 is the name's)
            cands = [c for c in cands if not any(s <= c.start and (c.end <= e or (c.code == "ABS005" and c.start < e))
                                                 for s, e in named)]
            # …and an ordinal right after a work's name numbers its seasons or volumes (《航拍中国》第一季)
            raw = ctx.text(field).raw
            cands = [c for c in cands if not (c.code == "ABS002" and raw[c.end:c.end + 1] in _WORK_PARTS
                                               and any(0 <= c.start - e <= 2 for _, e in named))]
    return _resolve(cands)


# Attributes that name the product, its brand or the work it carries: a term inside such a name
# where the text repeats it (金至尊 黄金手镯 with 品牌:金至尊, 最好的我们 with 书名:最好的我们,
# 小米10至尊纪念版 with 适用型号) is part of a name, which the 2023 guideline (第四条) exempts.
NAME_ATTRIBUTES = ("品牌", "型号", "适用型号", "书名", "系列", "作品名称", "片名", "专辑名称", "游戏名称",
                   "货号", "款号")
NAME_MAX_CHARS = 12  # a longer "name" is a copy of the title, which would excuse every claim in it
LABEL_ATTRIBUTES = ("色号", "颜色分类", "颜色", "款式", "编号")
_LABEL_SEP = regex.compile(r"[/\s,，、;；]+")
_BRACKETS = regex.compile(r"[【】\[\]（）()〔〕「」]")


def _named_spans(ctx, field: str) -> list[tuple[int, int]]:
    """Raw spans of `field` where a name from the attributes (or the brand column) is written."""
    names = set()
    for attr in NAME_ATTRIBUTES:
        for v in ctx.attributes.get(attr, ()):
            names.update(str(v).split("/"))
    # shade and colour names, listed several to a value (色号:No.1象牙白 No.2自然色)
    # (a label with a bracketed aside, 黑红色【全网最畅销】, is a label plus a claim: not a name)
    for attr in LABEL_ATTRIBUTES:
        for v in ctx.attributes.get(attr, ()):
            labels = [p for p in _LABEL_SEP.split(str(v)) if not _BRACKETS.search(p)]
            names.update(labels)
            # (…and its code with the first words of its name, NO.1豆沙 of NO.1豆沙奶茶: the title's
            # short form of that shade; a bare NO.1 stays a claim, 销量NO.1)
            names.update(p[:m.end() + 2] for p in labels for m in [_SHADE_CODE.match(p)] if m and len(p) >= m.end() + 2)
    names.update(ctx.value("brand").split("/"))
    # a work named in 《》 anywhere in the listing (书名：《世界上最伟大的推销员》) is that name in
    # a title that writes it bare
    works = {m.group(1) for f in ("title", "description") if "《" in ctx.value(f)
             for m in _WORK_NAME.finditer(ctx.value(f)) if 2 <= len(squeeze_text(m.group(1))) <= 20}
    # …and one a label names (书名：最好的我们)
    works |= {m.group(1) for f in ("title", "description") if "名" in ctx.value(f)
              for m in _WORK_LABEL.finditer(ctx.value(f)) if 2 <= len(squeeze_text(m.group(1))) <= 20}
    ft = ctx.text(field)
    squeezed = ft.view("squeezed")
    out = []
    if field == "title" and _BOOK_PATH.search(ctx.value("category") or ""):
        # a book listed under books opens its title with the book's name, often bare
        # (最好的我们 八月长安 湖南文艺出版社): that first word is the work, not a claim
        m = _BOOK_NAME_FIRST.match(ft.raw)
        if m and not _PROMO_WORDS.search(m.group(1)) and _BIBLIOGRAPHIC.search(ft.raw, m.end(1)):
            out.append(m.span(1))
    if "《" in ft.raw or "「" in ft.raw or "『" in ft.raw:
        # 《最好的我们》, 「第一炉香」: title marks enclose the name of a work
        out.extend(m.span(1) for m in _WORK_NAME.finditer(ft.raw))
    for name in names | works:
        key = squeeze_text(name)
        if not 2 <= len(key) <= (20 if name in works else NAME_MAX_CHARS):
            continue
        i = squeezed.find(key)
        while i >= 0:
            out.append(ft.to_raw("squeezed", i, i + len(key)))
            i = squeezed.find(key, i + 1)
    return out


_SHADE_CODE = regex.compile(r"(?:no|NO|No)\.?\s?[0-9]{1,3}(?=\p{Han})", regex.V1)
_WORK_NAME = re.compile(r"[《「『]([^《》「」『』]{1,20})[》」』]")
_WORK_PARTS = set("季集部卷册期章辑版篇回话")
_WORK_LABEL = re.compile(r"(?:书名|作品名称|作品名|片名|剧名|曲名)\s*[:：]\s*([^\s<>，,。;；]{2,20})")
# …and only when the rest reads as a book's entry (an author, a publisher, a translator): 最权威
# 高考真题汇编 2024 全国卷 sells, 最好的我们 八月长安 湖南文艺出版社 names a novel
_BIBLIOGRAPHIC = re.compile(r"出版社|出版|编著|主编|著|译|作者|文库|丛书|全集|原著|典藏版|珍藏版|精装版|平装版|小说|诗集|散文|实体书|漫画|文学")
_BOOK_PATH = re.compile(r"图书|书籍|教材|期刊|杂志|小说|童书|绘本")
_BOOK_NAME_FIRST = re.compile(r"\s*([^\s【】\[\]]{4,20})\s+\S")
# a first word that sells rather than names (全网最低价, 正版特价, 销量第一)
_PROMO_WORDS = re.compile(r"史上|最全|最新|全套|价|销量|热销|促销|正版|包邮|特价|折|现货|热卖|爆款|推荐|全网|全国|官方|旗舰|畅销|必读|必备|排行|榜|品质|质量|服务|口碑")

_memo = threading.local()


def _decided(ctx, field: str) -> list[Candidate]:
    """decide_field, once per item and field however many ABS rules ask."""
    if getattr(_memo, "ctx", None) is not ctx:
        _memo.ctx, _memo.fields = ctx, {}
    out = _memo.fields.get(field)
    if out is None:
        out = _memo.fields[field] = decide_field(ctx, field)
    return out


def _findings(ctx, code: str):
    for field in ctx.text_fields(FIELDS):
        for c in _decided(ctx, field):
            if c.code != code:
                continue
            e = c.entry
            if e.message:
                message = e.message.replace("{text}", c.label)
            else:  # a `deny` term from the user's config
                message = f"“{c.label}” is on the configured deny list ({ctx.rule.summary})"
            yield ctx.finding(field, "raw", c.start, c.end, message,
                              suggestion=e.suggestion, basis=e.basis, severity=e.severity)


_COMMON = dict(category="absolute-term", fields=FIELDS)


@rule("ABS001", "superlative", severity="error", basis=BASIS,
      summary="Superlative 最X (绝对化用语)",
      suggestion="删去“最”，改用不含比较的描述（如“优质”“好用”“实惠价”）",
      explanation="最好, 最佳, 最低价, 最便宜, 最先进, 最受欢迎 and any other 最 + adjective (最香, 最美). "
                  "Not reported: ordinary words that begin with 最 (最近, 最后, 最终, 最初, 最新款), "
                  "measures and limits (最大承重, 最高温度, 最多可放), usage hints (最佳赏味期, "
                  "最佳使用温度, 建议最好手洗) and self-comparison (本店最受欢迎).",
      examples_fail=["最好的羽绒服", "全網最低價", "最 好 吃 的坚果"],
      examples_pass=["最近上新", "最佳赏味期30天", "最大承重200斤"], **_COMMON)
def check_superlative(ctx):
    yield from _findings(ctx, "ABS001")


@rule("ABS002", "rank-first", severity="error", basis=BASIS,
      summary="Rank or first claim (第一, NO.1, TOP1, 销量冠军, 首家, 首选)",
      suggestion="删去排名用语，或写明时间、范围和可核实的数据来源",
      explanation="第一, 第一品牌, 销量冠军, 榜首, NO.1, TOP1, 首家, 首款, 首创, 首选, 首发. Not reported: "
                  "ordinals (第一次, 第一步, 第一代, 第一件半价), slogans (质量第一, 安全第一), shade or "
                  "model numbers (色号No.1), launch dates (新品首发, 首发价), claims bounded to a named "
                  "period (2023年度销量冠军) and self-comparison (本店销量第一).",
      examples_fail=["销量第一", "TOP1 热卖", "送礼首选"],
      examples_pass=["第一次购买", "第一代升级款", "新品首发"], **_COMMON)
def check_rank(ctx):
    yield from _findings(ctx, "ABS002")


@rule("ABS003", "uniqueness", severity="error", basis=BASIS,
      summary="Uniqueness or exclusivity claim (唯一, 独家, 独一无二, 史无前例)",
      suggestion="删去“唯一/独家”等说法，改为说明具体特点",
      explanation="唯一, 独家, 独一无二, 绝无仅有, 史无前例, 前所未有, 无与伦比, 无可替代. Not reported: "
                  "identifiers (唯一识别码) and admissions (唯一的缺点).",
      examples_fail=["独家配方", "独一无二的设计"],
      examples_pass=["唯一识别码", "独立包装"], **_COMMON)
def check_uniqueness(ctx):
    yield from _findings(ctx, "ABS003")


@rule("ABS004", "top-grade", severity="error", basis=BASIS,
      summary="Level or grade word (国家级, 世界级, 顶级, 极品, 王牌, 至尊, 终极, 极致)",
      suggestion="删去该词，改为具体的材质、工艺或参数说明",
      explanation="国家级, 世界级, 顶级, 顶尖, 极品, 极致, 王牌, 至尊, 巅峰, 终极, 无敌, 行业天花板. Not "
                  "reported: grades from standards (特级, 一级), official designations (国家级非物质文化遗产) "
                  "and names of works (王牌对王牌, 至尊宝).",
      examples_fail=["顶级面料", "国家级品质"],
      examples_pass=["特级龙井", "顶部开口", "国家级非物质文化遗产"], **_COMMON)
def check_grade(ctx):
    yield from _findings(ctx, "ABS004")


@rule("ABS005", "scope-claim", severity="error", basis=BASIS,
      summary="Absolute claim over a whole market or all of history (全网最低, 全国第一, 遥遥领先)",
      suggestion="删去范围和比较用语，或写明时间、范围和数据来源",
      explanation="A scope word (全网, 全国, 全球, 行业, 史上, 同价位 …) before an absolute term makes one "
                  "finding: 全网最低价, 全国销量第一, 全球首发, 史上最强, 全网独家; also 遥遥领先, 行业领先, "
                  "之最, 碾压; 领先/领跑/称霸 only after a scope word (全国销量领先). Scope words alone are "
                  "ordinary (全网通, 全国包邮, 世界杯).",
      examples_fail=["全网最低价", "全国销量第一", "遥遥领先"],
      examples_pass=["全网通", "全国包邮", "世界杯"], **_COMMON)
def check_scope(ctx):
    yield from _findings(ctx, "ABS005")


@rule("ABS006", "certainty", severity="error", basis=BASIS,
      summary="Absolute promise of certainty or permanence (绝对, 100%, 永久, 永不, 万能)",
      suggestion="删去绝对承诺，改为可证明的描述（检测数据、实际质保期、适用范围）",
      explanation="绝对, 100%, 百分百, 永久, 永不, 万能, 保证有效, 立竿见影. Not reported: fibre and "
                  "content labels (100%棉, 棉100%, 100%果汁), product names (万能胶, 万能表, 永久自行车) "
                  "and terms of science (绝对值).",
      examples_fail=["绝对正品", "永不褪色", "100%有效"],
      examples_pass=["100%纯棉", "万能胶", "绝对值"], **_COMMON)
def check_certainty(ctx):
    yield from _findings(ctx, "ABS006")
