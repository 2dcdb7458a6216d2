"""The text engine's central promise: a span found in any view maps back to a span of the
original text that holds the matched characters (property tests with hypothesis), plus unit
tables for each view."""
from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from listlint.text.normalize import VIEWS, FieldText, normalize_text, squeeze, squeeze_text

# Fragments sellers really write, and the awkward cases for offset maps: characters that grow
# under NFKC/casefold (⑴ ß ﬁ ㎏), vanish (zero-width), change script (買), decode (一三八),
# HTML tags, comments, scripts, entities known and unknown, and broken markup.
FRAGMENTS = [
    "微", "信", "最", "好", "的", "買", "賣", "國", "ＡＢＣ", "Ｖ", "①", "⑴", "ß", "ﬁ", "㎏", "Ⅻ", "１２",
    "一三八", "壹叁捌", "幺", "零", "138", " ", "  ", "-", "·", "★", "！", "😀", "👍🏻", "\u200b", "\ufeff",
    "\n", "\t", "<p>", "</p>", "<br/>", "<div class=\"a\">", "</div>", "<span>", "</span>", "<b>", "</b>",
    "&amp;", "&nbsp;", "&#24494;", "&#x4FE1;", "&lt;", "&unknown;", "&", "<!-- 注释 -->", "<!-- 未闭合",
    "<script>var a='微信';</script>", "<style>p{}</style>", '<a href="https://x.cn/a?b=1&amp;c=2">', "</a>",
    '<img src="//img.cn/1.jpg">', "<", ">", "\"", "'", "<p", "</", "é", "e\u0301", "ǅ", "İ",
]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3)), max_size=25).map("".join)


def _views_of(field: str, raw: str, is_html: bool) -> FieldText:
    return FieldText(field, raw, is_html=is_html)


def _check_every_span(raw: str, is_html: bool, data) -> None:
    ft = _views_of("description", raw, is_html)
    for name in VIEWS:
        view = ft.view(name)
        if not view:
            continue
        s = data.draw(st.integers(0, len(view) - 1), label=f"{name} start")
        e = data.draw(st.integers(s + 1, len(view)), label=f"{name} end")
        rs, re_ = ft.to_raw(name, s, e)
        assert 0 <= rs < re_ <= len(raw), (name, s, e, rs, re_)
        # The same view of the original span holds the matched characters.
        again = _views_of("description", raw[rs:re_], is_html).view(name)
        assert view[s:e] in again, (name, view[s:e], raw[rs:re_], again)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(raw=texts, data=st.data())
def test_spans_map_back_to_original_html(raw, data):
    _check_every_span(raw, True, data)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(raw=texts, data=st.data())
def test_spans_map_back_to_original_plain(raw, data):
    _check_every_span(raw, False, data)


@settings(max_examples=200, deadline=None)
@given(raw=texts)
def test_views_agree_with_the_string_helpers(raw):
    ft = FieldText("title", raw)
    assert ft.view("norm") == normalize_text(raw)
    assert ft.view("squeezed") == squeeze_text(raw)
    assert len(ft.view("digits")) == len(ft.view("squeezed"))


@settings(max_examples=200, deadline=None)
@given(raw=texts)
def test_every_single_character_maps_inside_the_original(raw):
    ft = FieldText("description", raw)
    for name in ("plain", "norm", "squeezed"):
        view = ft.view(name)
        for i in range(len(view)):
            rs, re_ = ft.to_raw(name, i, i + 1)
            assert 0 <= rs < re_ <= len(raw)


VIEW_CASES = [
    # (field, raw, view, expected view text)
    ("title", "ＡＢＣ１２３", "norm", "abc123"),
    ("title", "買賣國際", "norm", "买卖国际"),
    ("title", "最 好 的", "squeezed", "最好的"),
    ("title", "微-信：Ab_12", "squeezed", "微信ab12"),
    ("title", "微\u200b信", "norm", "微信"),
    ("title", "T O P 1 ★★", "squeezed", "top1"),
    ("title", "😀爆款👍🏻", "squeezed", "爆款"),
    ("title", "①③⑧", "norm", "138"),
    ("title", "一三八 零零一三 八零零零", "digits", "13800138000"),
    ("title", "壹叁捌幺", "digits", "1381"),
    ("title", "第一次", "digits", "第1次"),
    ("description", "<p>加<span>微</span><span>信</span></p>", "plain", "\n加微信\n"),
    ("description", "a&amp;b&nbsp;c&#24494;", "plain", "a&b c微"),
    ("title", "<p>标题里的尖括号</p>", "plain", "<p>标题里的尖括号</p>"),
]


@pytest.mark.parametrize("field,raw,view,expected", VIEW_CASES)
def test_view_text(field, raw, view, expected):
    assert FieldText(field, raw).view(view) == expected


SPAN_CASES = [
    # (field, raw, view, substring of the view, expected original text of the span)
    ("title", "最 好 的 面 霜", "squeezed", "最好的", "最 好 的"),
    ("title", "加 V：ＡＢ１２３", "squeezed", "vab123", "V：ＡＢ１２３"),
    ("title", "電話一三八零零一三八零零零", "digits", "13800138000", "一三八零零一三八零零零"),
    ("description", "<p>加<b>微</b>-<i>信</i></p>", "squeezed", "加微信", "加<b>微</b>-<i>信"),
    ("description", "x&amp;y", "plain", "&", "&amp;"),
    ("description", "<p>一</p><p>二</p>", "plain", "一\n\n二", "一</p><p>二"),
    ("description", "<p>一</p>", "plain", "\n", "<p>"),
    ("title", "ß好", "norm", "ss好", "ß好"),
]


@pytest.mark.parametrize("field,raw,view,needle,original", SPAN_CASES)
def test_span_points_at_the_original(field, raw, view, needle, original):
    ft = FieldText(field, raw)
    s = ft.view(view).index(needle)
    rs, re_ = ft.to_raw(view, s, s + len(needle))
    assert raw[rs:re_] == original


def test_squeeze_keeps_letters_digits_and_cjk():
    text, omap = squeeze("a-b 中，文")
    assert text == "ab中文" and omap.span(2, 4) == (4, 7)


def test_links_are_kept_with_offsets():
    raw = '<p>看<a href="https://shop.example.cn/x?a=1&amp;b=2">店</a><img src=\'//img.cn/1.jpg\'></p>'
    ft = FieldText("description", raw)
    assert [(l.url, raw[l.start:l.end], l.attribute) for l in ft.links] == [
        ("https://shop.example.cn/x?a=1&b=2", "https://shop.example.cn/x?a=1&amp;b=2", "href"),
        ("//img.cn/1.jpg", "//img.cn/1.jpg", "src")]


def test_big_description_is_normalised_without_per_character_loops():
    """Sanity only, no timed assertion: a 500 KB description goes through every view."""
    raw = ("<div><p>纯棉面料&nbsp;透气舒适，買一送一！</p><img src='//img.cn/a.jpg'>"
           "<span>ＡＢＣ１２３</span> 微 信 一三八</div>\n") * 6000
    assert len(raw) > 500_000
    started = time.perf_counter()
    ft = FieldText("description", raw)
    for name in VIEWS:
        ft.view(name)
    s = ft.view("digits").rindex("微信138")
    rs, re_ = ft.to_raw("digits", s, s + 5)
    elapsed = time.perf_counter() - started
    assert raw[rs:re_] == "微 信 一三八"
    print(f"500 KB description, all views: {elapsed:.3f} s")
