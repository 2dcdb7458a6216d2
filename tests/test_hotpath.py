"""The fast paths of the text views give exactly what the reference definitions give.

FieldText builds views with dense translate tables and a substitution-based HTML reducer,
and builds offset maps only when a span is mapped back. These tests compare every view and
every mapped span with the plain definitions (dict translate, SEPARATOR_RUN.sub, reduce_html
with its eager map), on hand-picked edge cases and on random strings.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from listlint.text.html import reduce_html
from listlint.text.normalize import (SEPARATOR_RUN, FieldText, norm_table, squeeze,
                                     translate_with_map)
from listlint.text.numbers import DIGIT_TABLE
from listlint.text.offsets import ChainedMap

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from generate import generate_rows  # noqa: E402


def reference(field: str, raw: str) -> dict[str, tuple[str, tuple]]:
    """Each view with its eager map chain, built the slow, obvious way."""
    table, changing = norm_table()
    is_html = field == "description" and ("<" in raw or "&" in raw)
    if is_html:
        plain, pmap, _ = reduce_html(raw)
        chain = (pmap,)
    else:
        plain, chain = raw, ()
    norm, nmap = translate_with_map(plain, table, changing)
    squeezed, smap = squeeze(norm)
    assert squeezed == SEPARATOR_RUN.sub("", norm)
    return {
        "plain": (plain, chain),
        "norm": (norm, chain + (nmap,)),
        "squeezed": (squeezed, chain + (nmap, smap)),
        "digits": (squeezed.translate(DIGIT_TABLE), chain + (nmap, smap)),
    }


def assert_same(field: str, raw: str, order=("plain", "norm", "squeezed", "digits")) -> None:
    ref = reference(field, raw)
    ft = FieldText(field, raw)
    if ft.is_html:
        assert list(ft.links) == reduce_html(raw)[2]
    for name in order:
        text, chain = ref[name]
        assert ft.view(name) == text, (name, raw)
        n = len(text)
        for s, e in {(0, n), (0, min(n, 1)), (n // 3, n // 2), (max(0, n - 2), n)}:
            want = ChainedMap(chain).span(s, e) if chain else (s, e)
            assert ft.to_raw(name, s, e) == want, (name, raw, s, e)


EDGE_CASES = [
    ("title", "最 好 的 羽绒服"),
    ("title", "ＡＢＣ１２３ 微-信 ⑴號"),
    ("title", "微\u200b信 加V😀😀 一三八零零一三八零零零"),
    ("title", "𠀀𠀁 扩展B字 ，。！ emoji🎉 後"),
    ("title", "ﬁ ㍿ ⅷ ℡"),
    ("description", "<p>加我<span>微</span><span>信</span></p><br>&nbsp;&amp;&#x4e2d;&bogus;"),
    ("description", '<img alt="<p>" src="https://x.example.com/a.jpg"><!-- 注释 --><script>x</script>文'),
    ("description", "<div class='a' data-src=\"//b/c.png\">未闭合的 <a href=foo bar"),
    ("description", "纯文本 &lt;不是标签&gt; 和 1 < 2"),
    ("description", '<p><img alt="客服微信 abc" src="a.jpg"><img ALT=最好 title=\'第一&amp;唯一\' alt="">文</p>'),
    ("description", '<span title="加 V">x</span><img alt=" " title="&#x5fae;信">'),
    ("description", ""),
    ("subtitle", "\t\n"),
]


@pytest.mark.parametrize("field,raw", EDGE_CASES)
def test_views_and_spans_match_reference(field, raw):
    assert_same(field, raw)


@pytest.mark.parametrize("field,raw", EDGE_CASES)
def test_squeezed_before_norm_gives_the_same(field, raw):
    # squeezed can be built straight from plain (one combined table) or from norm
    assert_same(field, raw, order=("squeezed", "digits", "norm", "plain"))


def test_generated_rows_match_reference():
    for row in generate_rows(300, seed=3, violation_rate=0.3):
        assert_same("title", row[1])
        assert_same("description", row[7])


_ALPHABET = st.sampled_from(list("<>/=\"'& ;#pdivbrimgsrc微信最好後號ＡＢ１①⑴\u200b\u00a0，。！-_😀𠀀ﬁ㍿")
                            + ["<p>", "</p>", "<br/>", "&nbsp;", "&amp;", "<!--", "-->", "<script>",
                               '<a href="u">', "&#x4e2d;", '<img alt="微 信">', "<p title='最&amp;好'>", " alt=",
                               " title=", "<img alt=", " ALT=", " TiTle=", " alT="])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join), st.sampled_from(["title", "description"]))
def test_random_text_matches_reference(raw, field):
    assert_same(field, raw)
