"""Description HTML → text for matching, with link targets, and offsets back into the HTML.

Sellers' descriptions are fragments, often broken, sometimes several hundred KB. A tolerant
tokenizer (one compiled regex over tags, comments, scripts, styles and entities) is faster and
more forgiving than a DOM parser, and every token's position in the original is known.
Inline tags vanish, so <span>微</span><span>信</span> reads 微信 as a buyer sees it; block tags
become a newline, so words in separate paragraphs never run together.
"""
from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass
from itertools import accumulate

import regex

from .offsets import MapBuilder, OffsetMap

# The standard library's `re` (3.11+: possessive quantifiers) runs this tokenizer about three
# times faster than `regex`: the attribute body is consumed in runs, not one character per
# alternation, and nothing can backtrack into it, so an unclosed tag costs linear time.
_TOKEN = re.compile(
    r"<(?:!--.*?(?:-->|\Z)"
    r"|(script|style|noscript|template)\b[^>]*+>.*?(?:</\1\s*>|\Z)"
    r"|/?([A-Za-z][A-Za-z0-9:-]*)\b(?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+>)"
    r"|(&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?)",
    re.S | re.I,
)
# Groups: 1 script/style name (for the back-reference), 2 tag name, 3 entity.
_BLOCK = frozenset(
    "p br div li ul ol tr td th table h1 h2 h3 h4 h5 h6 img hr section article header footer "
    "blockquote pre dd dt dl figure figcaption center "
    # 淘宝助理's mobile description (wireless_desc) is <wapDesc><txt>…</txt><img>…</img></wapDesc>.
    "wapdesc shortdesc txt".split()
)
_LINK_ATTR = regex.compile(
    r"""\b(href|src|data-src|data-original|action|background)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""",
    regex.I,
)


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    start: int  # offsets of the attribute value in the original HTML
    end: int
    attribute: str


def reduce_html(raw: str) -> tuple[str, OffsetMap, list[Link]]:
    out: list[str] = []
    links: list[Link] = []
    b = MapBuilder()
    pos = 0
    for m in _TOKEN.finditer(raw):
        s, e = m.span()
        if s > pos:
            out.append(raw[pos:s])
            b.copy(pos, s - pos)
        tok = m.group(0)
        if tok[0] == "&":
            text = _html.unescape(tok)
            if text == tok:  # not a known entity: keep the characters as they are
                out.append(tok)
                b.copy(s, e - s)
            else:
                text = text.replace("\xa0", " ")
                out.append(text)
                b.expand(s, len(text), e - s)  # any part of "&amp;" maps back to all of it
        elif m.group(2):  # an ordinary tag
            for a in _LINK_ATTR.finditer(tok):
                gi = 2 if a.group(2) is not None else 3 if a.group(3) is not None else 4
                links.append(Link(_html.unescape(a.group(gi)), s + a.start(gi), s + a.end(gi),
                                  a.group(1).lower()))
            shown = _shown_attributes(tok, s) if _HAS_TEXT_ATTR.search(tok) else []
            if shown:
                # The attribute text a buyer sees (alt, title), between newlines that map back
                # to the tag around it; the text itself maps to its place in the attribute.
                at = s
                for vs, ve, value in shown:
                    out.append("\n")
                    b.expand(at, 1, vs - at if vs > at else 1)
                    out.append(value)
                    if value == tok[vs - s:ve - s]:
                        b.copy(vs, len(value))
                    else:
                        b.expand(vs, len(value), ve - vs)
                    at = ve
                out.append("\n")
                b.expand(at, 1, e - at)
            elif m.group(2).lower() in _BLOCK:
                out.append("\n")
                b.expand(s, 1, e - s)  # the newline maps back to the whole tag
        # comments, scripts and styles produce no text
        pos = e
    if pos < len(raw):
        out.append(raw[pos:])
        b.copy(pos, len(raw) - pos)
    return "".join(out), b.build(len(raw)), links


# Attributes whose text the buyer reads (an image's alt text, a tooltip): sellers hide contacts
# there. Found only in tags that hold one, so ordinary descriptions keep the fast path.
_HAS_TEXT_ATTR = re.compile(r"""\b(?:alt|title)\s*=\s*(?:"\s*[^"\s]|'\s*[^'\s]|[^\s>"'])""", re.I)
# The same test for a whole description, fast: case-sensitive literal prefixes let the scanner
# skip ahead in C (an IGNORECASE pattern tries every position); other spellings are rarer.
_VALUE = r"""\s*=\s*(?:"\s*[^"\s]|'\s*[^'\s]|[^\s>"'])"""
_HAS_ALT_LOWER = re.compile(r"alt" + _VALUE)
_HAS_TITLE_LOWER = re.compile(r"title" + _VALUE)


def _may_show_attributes(raw: str) -> bool:
    """False only when no tag can hold alt/title text (a cheap gate; `_shown_attributes`
    decides). Any capital among A L T I E sends the text to the case-blind pattern."""
    if _HAS_ALT_LOWER.search(raw) or _HAS_TITLE_LOWER.search(raw):
        return True
    if "A" in raw or "L" in raw or "T" in raw or "I" in raw or "E" in raw:
        return _HAS_TEXT_ATTR.search(raw) is not None
    return False


_TEXT_ATTR = re.compile(r"""\b(?:alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.I)


def _shown_attributes(tok: str, base: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, text) of the non-empty alt/title values of one tag, offsets + base."""
    out = []
    for a in _TEXT_ATTR.finditer(tok):
        gi = 1 if a.group(1) is not None else 2 if a.group(2) is not None else 3
        raw = a.group(gi)
        if raw.strip():
            out.append((base + a.start(gi), base + a.end(gi), _html.unescape(raw).replace("\xa0", " ")))
    return out


class _TagText(dict):
    """Tag name → the text it leaves ("\n" for block tags, "" otherwise), learned per name."""

    def __missing__(self, name: str) -> str:
        out = self[name] = "\n" if name.lower() in _BLOCK else ""
        return out


_TAG_TEXT = _TagText()


def _entity_text(tok: str) -> str:
    text = _html.unescape(tok)
    return tok if text == tok else text.replace("\xa0", " ")


def reduce_html_text(raw: str) -> str:
    """The text of `reduce_html` without the offset map or links, for the hot path."""
    return text_of_tokens(split_tokens(raw), raw)


# The tokenizer with the whole token captured too (group 1; the script back-reference moves to
# \2), so `split` hands back every token's text and, by lengths, its position.
_TOKEN_WHOLE = re.compile("(" + _TOKEN.pattern.replace("</\\1", "</\\2") + ")", _TOKEN.flags)
_STRIDE = 5  # text, whole token, script name, tag name, entity


def split_tokens(raw: str) -> list:
    """One C-level pass of the tokenizer, shared by the text and the links of a description."""
    return _TOKEN_WHOLE.split(raw)


def text_of_tokens(parts: list, raw: str | None = None) -> str:
    """`split` walks the same tokens as `reduce_html` in C and hands back the text between
    them and each token's groups; one list comprehension picks each token's replacement with
    the same decisions. No Python call per token, so it runs about three times as fast; the
    map is built by `reduce_html` only when a finding needs it. `raw`, the description the parts
    came from, lets one C-level scan skip the alt/title pass when no tag holds such text."""
    if len(parts) == 1:
        return parts[0]
    tag_text = _TAG_TEXT
    out = [""] * (2 * (len(parts) // _STRIDE) + 1)
    out[0::2] = parts[0::_STRIDE]
    out[1::2] = [tag_text[n] if n else (_entity_text(e) if e else "")
                 for n, e in zip(parts[3::_STRIDE], parts[4::_STRIDE])]
    if raw is None or _may_show_attributes(raw):
        tokens, names = parts[1::_STRIDE], parts[3::_STRIDE]
        for i in [i for i, w in enumerate(tokens)
                  if "=" in w and ("alt" in w or "title" in w or not w.islower() and _may_show_attributes(w))]:
            if names[i]:
                shown = _shown_attributes(tokens[i])
                if shown:
                    out[2 * i + 1] = "".join("\n" + v for _, _, v in shown) + "\n"
    return "".join(out)


def html_links(raw: str, parts: list | None = None) -> list[Link]:
    """The link targets `reduce_html` reports, without building the text.

    OFF reads the links of every description, so this runs once a row: given the tokens the
    plain view already split, no second pass of the tokenizer; token positions are running
    sums of the part lengths, and Python looks only at the ordinary tags that hold an `=`."""
    if "=" not in raw:
        return []
    if parts is None:
        parts = split_tokens(raw)
    tokens = parts[1::_STRIDE]
    wanted = [i for i, (tok, name) in enumerate(zip(tokens, parts[3::_STRIDE])) if name and "=" in tok]
    if not wanted:
        return []
    seq = [""] * (2 * len(tokens))
    seq[0::2] = parts[0:-1:_STRIDE]
    seq[1::2] = tokens
    ends = list(accumulate(map(len, seq)))
    links: list[Link] = []
    for i in wanted:
        s = ends[2 * i]  # the token starts where the text before it ends
        for a in _LINK_ATTR.finditer(tokens[i]):
            gi = 2 if a.group(2) is not None else 3 if a.group(3) is not None else 4
            links.append(Link(_html.unescape(a.group(gi)), s + a.start(gi), s + a.end(gi),
                              a.group(1).lower()))
    return links
