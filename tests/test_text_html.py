"""Description HTML → text: what a buyer reads, with link targets and offsets into the HTML."""
from __future__ import annotations

import pytest

from listlint.text.html import reduce_html

CASES = [
    # (html, text a rule sees)
    ("<p>纯棉</p>", "\n纯棉\n"),
    ("加<span>微</span><span style='color:red'>信</span>", "加微信"),            # inline tags vanish
    ("第一段<br>第二段<br/>第三段", "第一段\n第二段\n第三段"),                  # block tags separate
    ("<div>a</div><li>b</li><td>c</td><h2>d</h2>", "\na\n\nb\n\nc\n\nd\n"),
    ("a&amp;b &lt;c&gt; &quot;d&quot; &#24494;&#x4FE1;", 'a&b <c> "d" 微信'),    # entities
    ("价格&nbsp;99", "价格 99"),                                               # nbsp is a space
    ("AT&T &unknown; &", "AT&T &unknown; &"),                                # not entities: kept
    ("a<!-- 加微信 abc -->b", "ab"),                                           # comments vanish
    ("a<script>var wx='abc';</script>b<style>p{color:red}</style>c", "abc"),   # code vanishes
    ("a<SCRIPT type='x'>evil()</SCRIPT>b", "ab"),
    ("a<!-- never closed 微信", "a"),                                           # broken: to the end
    ("a<script>never closed", "a"),
    ("1 < 2 and 3 > 2", "1 < 2 and 3 > 2"),                                   # bare brackets are text
    ("<p class=\"x>y\">文字</p>", "\n文字\n"),                                 # '>' inside a quoted attribute
    ("<p>未闭合的<b>粗体", "\n未闭合的粗体"),
    ("<p 没有结束", "<p 没有结束"),                                              # not a tag: text
    ("", ""),
    # what a buyer reads in an image's alt text or a tooltip is text too
    ('<p><img src="a.jpg" alt="客服微信 abc"></p>', "\n\n客服微信 abc\n\n"),
    ("<span title='加&amp;V'>详情</span>", "\n加&V\n详情"),
    ('<img alt="" title=" " src="a.jpg">', "\n"),
]


@pytest.mark.parametrize("html,text", CASES)
def test_reduce_html_text(html, text):
    out, omap, _ = reduce_html(html)
    assert out == text
    assert omap.view_len == len(out) and omap.src_len == len(html)


def test_offsets_point_into_the_html():
    html = "<p>请加<b>微</b>&nbsp;<i>信</i>：abc</p>"
    text, omap, _ = reduce_html(html)
    s = text.index("微")
    e = text.index("信") + 1
    rs, re_ = omap.span(s, e)
    assert html[rs:re_] == "微</b>&nbsp;<i>信"
    s = text.index("abc")
    assert html[slice(*omap.span(s, s + 3))] == "abc"


def test_alt_text_offsets_point_into_the_attribute():
    html = '<p>正文<img src="a.jpg" alt="加微信 abc123" title="x&amp;y"></p>'
    text, omap, _ = reduce_html(html)
    s = text.index("abc123")
    assert html[slice(*omap.span(s, s + 6))] == "abc123"
    s = text.index("x&y")
    assert html[slice(*omap.span(s, s + 3))] == "x&amp;y"   # an entity inside: the whole value


LINKS = [
    ('<a href="https://weidian.com/s/1">店</a>', [("https://weidian.com/s/1", "href")]),
    ("<a href='http://x.cn/?a=1&amp;b=2'>x</a>", [("http://x.cn/?a=1&b=2", "href")]),
    ("<img src=//img.cn/1.jpg>", [("//img.cn/1.jpg", "src")]),
    ('<img data-src="a.jpg" src="b.jpg">', [("a.jpg", "data-src"), ("b.jpg", "src")]),
    ('<form action="/buy"></form><td background="bg.png">', [("/buy", "action"), ("bg.png", "background")]),
    ("<p>https://not-a-link-attribute.cn</p>", []),
    ("<!-- <a href='http://hidden.cn'> -->", []),
]


@pytest.mark.parametrize("html,links", LINKS)
def test_links(html, links):
    _, _, found = reduce_html(html)
    assert [(l.url, l.attribute) for l in found] == links
    for l in found:  # the offsets cover the attribute value as written
        assert html[l.start:l.end].replace("&amp;", "&") == l.url


def test_huge_unclosed_tag_is_linear():
    # An attribute that never closes must not make the tokenizer backtrack for ever.
    html = "<p title='" + "很长的属性" * 50_000 + "<p>正文</p>"
    text, _, _ = reduce_html(html)
    assert text.endswith("正文\n")
