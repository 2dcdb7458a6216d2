"""Format rules (FMT): length limits, keyword stuffing, decorative symbols, empty titles.

Basis: 《淘宝网商品发布规范》/《淘宝规则》滥发信息 — titles over the limit are cut or rejected on
upload; repeated keywords, symbol runs and meaningless titles are 滥发信息 (关键词滥用/标题不规范).
"""
from __future__ import annotations

from collections import Counter

import regex

from .registry import rule

TITLE_LIKE = ("title", "subtitle", "shopping_title")
BASIS_PUBLISH = "《淘宝网商品发布规范》标题字数限制（60字节，汉字计2字节）"
BASIS_SPAM = "《淘宝规则》滥发信息：关键词滥用/标题不规范"


def gbk_bytes(text: str) -> int:
    """Length as Taobao counts it: GBK bytes (CJK 2, ASCII 1); characters GBK lacks count 2."""
    try:
        return len(text.encode("gbk"))  # the usual title: one C-level call
    except UnicodeEncodeError:
        pass
    return len(text.encode("gbk", errors="replace")) + sum(
        1 for ch in text if ord(ch) > 0x7F and ch.encode("gbk", errors="replace") == b"?")


def _cut_at_bytes(text: str, limit: int) -> int:
    """The character index where the byte budget runs out."""
    total = 0
    for i, ch in enumerate(text):
        total += 1 if ord(ch) < 0x80 else 2
        if total > limit:
            return i
    return len(text)


@rule("FMT001", "title-too-long", category="format", severity="error", basis=BASIS_PUBLISH,
      summary="Title longer than the platform allows",
      suggestion="缩短标题：删去重复词、修饰符号和与商品无关的词",
      explanation="Taobao counts a title in GBK bytes: a Chinese character is 2 bytes, a letter, digit "
                  "or space 1; the limit is 60 bytes (30 Chinese characters). 导购标题 (shopping_title) has "
                  "the same limit. 宝贝卖点 (subtitle) allows 150 characters in the publishing form.",
      options={"title-max-bytes": 60, "subtitle-max-chars": 150, "shopping-title-max-bytes": 60},
      examples_fail=["毛衣女秋冬新款宽松慵懒风外穿高领加厚针织打底衫韩版百搭长袖上衣潮"],
      examples_pass=["玻璃水杯 耐热 带盖 大容量 办公室 男女 学生"],
      fields=TITLE_LIKE)
def check_length(ctx):
    for field in ctx.text_fields(TITLE_LIKE):
        raw = ctx.value(field)
        if field == "subtitle":
            limit = ctx.option("subtitle-max-chars")
            if len(raw) > limit:
                yield ctx.finding(field, "raw", limit, len(raw),
                                  f"宝贝卖点 has {len(raw)} characters; the limit is {limit}",
                                  suggestion=f"缩短到{limit}字以内")
            continue
        limit = ctx.option("title-max-bytes" if field == "title" else "shopping-title-max-bytes")
        n = gbk_bytes(raw)
        if n > limit:
            cut = _cut_at_bytes(raw, limit)
            yield ctx.finding(field, "raw", cut, len(raw),
                              f"{field} is {n} bytes (GBK); the limit is {limit}: the highlighted part is cut off",
                              suggestion=f"缩短到{limit}字节（约{limit // 2}个汉字）以内")


_KEYWORD = regex.compile(r"(?<![\p{Han}\p{L}\p{N}])[\p{Han}\p{L}]{2,8}(?![\p{Han}\p{L}\p{N}])", regex.V1)
_GROUP_EDGE = regex.compile(r"[^\p{Han}\p{L}\p{N}]")
_REPEAT_WORTHY = regex.compile(r"^[\p{Han}\p{L}]{2,}$|^\p{Han}$")


@rule("FMT002", "keyword-stuffing", category="format", severity="warning", basis=BASIS_SPAM,
      summary="The same keyword repeated in a title",
      suggestion="每个关键词只写一次",
      explanation="Repeating a word to rank for it is 关键词滥用. Words are jieba tokens of the normalised "
                  "title, so 连衣裙 连衣裙 连衣裙 counts and ordinary repeated characters (包包, 2 spaces) do not.",
      options={"max-repeats": 2},
      examples_fail=["包包 包包 包包 女包 包包", "连衣裙 夏 连衣裙 女 连衣裙"],
      examples_pass=["包包 女 斜挎包", "连衣裙 女 夏季 新款"],
      fields=("title", "shopping_title"))
def check_stuffing(ctx):
    limit = ctx.option("max-repeats")
    for field in ctx.text_fields(("title", "shopping_title")):
        ft = ctx.text(field)
        text = ft.view("norm")
        squeezed = ft.view("squeezed")
        # Cheap gate: without a character bigram seen more than `limit` times no word can be.
        grams = Counter(squeezed[i:i + 2] for i in range(len(squeezed) - 1))
        if not grams or max(grams.values()) <= limit:
            continue
        from ..text.segment import tokens
        # Words come from two places: jieba's tokens (连衣裙连衣裙连衣裙 without spaces) and the
        # space-separated keywords sellers write (包包 包包 包包), which jieba's dictionary may
        # not hold as one word. One occurrence counts once whichever source found it.
        seen: dict[tuple[int, int], str] = {}
        pos = 0
        for tok in tokens(text):
            seen[(pos, pos + len(tok))] = tok
            pos += len(tok)
        for m in _KEYWORD.finditer(text):
            seen.setdefault(m.span(), m.group(0))
        spans = sorted((t, s, e) for (s, e), t in seen.items())
        spans.sort(key=lambda x: x[1])
        counts = Counter(t for t, _, _ in spans if _REPEAT_WORTHY.match(t) and len(t) >= 2)
        over = {w: [(s, e) for t, s, e in spans if t == w] for w, n in counts.items() if n > limit}
        for word, occ in over.items():
            n = counts[word]
            # 私房蛋糕 动物奶油 生日蛋糕 数字蛋糕, 衣柜整理 搬家整理: one head word of several named
            # products, not stuffing; a word repeated as a keyword of its own (连衣裙 夏 连衣裙) or
            # run together (连衣裙连衣裙) is, and two such repeats are needed
            standing = sum(1 for i, (s, e) in enumerate(occ)
                           if (_GROUP_EDGE.match(text[s - 1:s] or " ") and _GROUP_EDGE.match(text[e:e + 1] or " "))
                           or (i and occ[i - 1][1] == s) or (i + 1 < len(occ) and occ[i + 1][0] == e))
            if standing < 2:
                continue
            # 手机 inside every 手机壳 is the same stuffing, reported once as 手机壳.
            if any(o != word and all(any(s2 <= s and e <= e2 for s2, e2 in over[o]) for s, e in occ)
                   for o in over):
                continue
            s, e = occ[limit]  # the first repetition past the limit
            yield ctx.finding(field, "norm", s, e,
                              f"“{word}” appears {n} times in the {field}",
                              suggestion=f"“{word}”只保留一次，用其他描述词替换重复")


_SYMBOL_RUN = regex.compile(r"([\p{P}\p{S}])\1{2,}|[\p{So}\p{Sk}]{3,}", regex.V1)
# A run of + right after a letter or digit is a grade, not decoration: PA++++ (sunscreen UVA),
# A+++ (energy class).
_GRADE_PLUSES = regex.compile(r"(?<=[a-z0-9])\++$")
_EMOJI = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}](?:\uFE0F)?", regex.V1)


@rule("FMT003", "decorative-symbols", category="format", severity="warning", basis=BASIS_SPAM,
      summary="Runs of decorative symbols or emoji in a title",
      suggestion="删去重复符号和表情，用一个空格分隔关键词",
      explanation="Symbol runs (!!!!, ★★★★, 【【【) and emoji in titles are 标题不规范; they waste the "
                  "60-byte budget and are filtered by search.",
      options={},
      examples_fail=["★★★★爆款★★★★ 拖鞋", "新款连衣裙!!!!!!", "🔥爆款 T恤"],
      examples_pass=["【包邮】连衣裙 女", "儿童绘本 3-6岁", "手机 8+256G", "防晒霜SPF50+ PA++++"],
      fields=TITLE_LIKE)
def check_symbols(ctx):
    for field in ctx.text_fields(TITLE_LIKE):
        ft = ctx.text(field)
        text = ft.view("norm")
        taken = []
        for m in _SYMBOL_RUN.finditer(text):
            taken.append(m.span())
            if m.group(0)[0] == "+" and _GRADE_PLUSES.match(text, m.start(), m.end()):
                continue
            yield ctx.finding(field, "norm", m.start(), m.end(),
                              f"run of decorative symbols “{m.group(0)}”")
        for m in _EMOJI.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            yield ctx.finding(field, "norm", m.start(), m.end(), f"emoji “{m.group(0)}” in the {field}")


_MEANINGFUL = regex.compile(r"[\p{Han}\p{L}]")


@rule("FMT004", "empty-title", category="format", severity="error", basis=BASIS_SPAM,
      summary="Empty or meaningless title",
      suggestion="写出商品名称：品牌 + 品名 + 关键属性",
      explanation="A title with no words (empty, only symbols or digits) cannot be found in search and is "
                  "rejected or demoted as 标题不规范.",
      options={},
      examples_fail=["", "!!!!", "123456", "★★★"],
      examples_pass=["T恤", "3D 拼图"],
      fields=("title",))   # an empty title column is what it reports: no `requires`
def check_empty(ctx):
    if "title" not in ctx.listing.fields:
        return
    raw = ctx.value("title")
    if not raw.strip():
        yield ctx.finding("title", "raw", 0, len(raw), "the title is empty")
    elif not _MEANINGFUL.search(raw):
        yield ctx.finding("title", "raw", 0, len(raw), f"the title “{raw.strip()}” has no words")
