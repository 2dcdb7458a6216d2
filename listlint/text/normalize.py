"""Normalised views of one field, each with a map back to the original characters.

  raw       the cell text exactly as read
  plain     description HTML reduced to text (other fields: raw itself)
  norm      NFKC (full-width → half-width, ① → 1), traditional → simplified, case-folded
  squeezed  norm without separators (spaces, punctuation, symbols, emoji, zero-width), so
            最 好 的, 微-信 and T O P 1 become contiguous
  digits    squeezed with Chinese numerals decoded digit by digit (一三八 → 138)

Views are built on first use and cached per field, so a rule that never asks for `digits`
never pays for it. All work is str.translate and compiled regex, never a Python loop over
characters; loops run over matches only (changed characters, separator runs).
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from .html import reduce_html, Link
from .numbers import DIGIT_TABLE
from .offsets import ChainedMap, MapBuilder, OffsetMap

VIEWS = ("raw", "plain", "norm", "squeezed", "digits")

# Separators dropped by the squeezed view. Letters, digits and CJK stay; everything a seller
# can sprinkle between characters to break a word goes.
SEPARATOR_RUN = regex.compile(r"[\s\p{P}\p{S}\p{Cf}\p{Mn}\p{Me}\p{Zs}_]+", regex.V1)


@lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    """Traditional → simplified, one character to one character, from OpenCC's data."""
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a declared dependency
        return {}
    ranges = [(0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00)]
    chars = [chr(c) for lo, hi in ranges for c in range(lo, hi)]
    # One character per line keeps OpenCC's phrase rules from reaching across characters.
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # pragma: no cover - defensive: never mis-align the table
        return {}
    return {ord(a): b for a, b in zip(chars, converted) if a != b and len(b) == 1}


@lru_cache(maxsize=1)
def norm_table() -> tuple[dict[int, str], "regex.Pattern"]:
    """Per-character NFKC + t2s + casefold table, and a pattern of the characters whose
    replacement is not exactly one character (the only places an offset map needs an anchor)."""
    t2s = _t2s_table()
    table: dict[int, str] = {}
    changing: list[str] = []
    for cp in range(0x20, 0x10000):
        if 0xD800 <= cp < 0xE000:
            continue
        ch = chr(cp)
        out = unicodedata.normalize("NFKC", ch)
        out = "".join(t2s.get(ord(c), c) for c in out).casefold()
        if out != ch:
            table[cp] = out
            if len(out) != 1:
                changing.append(ch)
    for cp, out in t2s.items():
        table.setdefault(cp, out)
    # Zero-width characters vanish outright so that 微\u200b信 is 微信 even in the norm view.
    for zw in "\u200b\u200c\u200d\u2060\ufeff":
        table[ord(zw)] = ""
        if zw not in changing:
            changing.append(zw)
    cls = "".join(regex.escape(c) for c in changing)
    return table, regex.compile(f"[{cls}]")


def translate_with_map(text: str, table: dict[int, str], changing) -> tuple[str, OffsetMap]:
    view = text.translate(table)
    if len(view) == len(text) and not changing.search(text):
        return view, OffsetMap.identity(len(text))
    b = MapBuilder()
    pos = 0
    for m in changing.finditer(text):
        p = m.start()
        b.copy(pos, p - pos)
        b.expand(p, len(table.get(ord(text[p]), text[p])))
        pos = p + 1
    b.copy(pos, len(text) - pos)
    return view, b.build(len(text))


def squeeze(text: str) -> tuple[str, OffsetMap]:
    if not SEPARATOR_RUN.search(text):
        return text, OffsetMap.identity(len(text))
    b = MapBuilder()
    parts = []
    pos = 0
    for m in SEPARATOR_RUN.finditer(text):
        parts.append(text[pos:m.start()])
        b.copy(pos, m.start() - pos)
        pos = m.end()
    parts.append(text[pos:])
    b.copy(pos, len(text) - pos)
    return "".join(parts), b.build(len(text))


def normalize_text(text: str) -> str:
    """The norm view of a string (used for lexicon terms, so they match like the text)."""
    table, _ = norm_table()
    return text.translate(table)


def squeeze_text(text: str) -> str:
    return SEPARATOR_RUN.sub("", normalize_text(text))


class FieldText:
    """The views of one field's text, built lazily, with spans mapped back to `raw`."""
    __slots__ = ("field", "raw", "is_html", "_views", "_maps", "_links")

    def __init__(self, field: str, raw: str, is_html: bool | None = None):
        self.field = field
        self.raw = raw or ""
        if is_html is None:
            is_html = field == "description" and ("<" in self.raw or "&" in self.raw)
        self.is_html = is_html
        self._views: dict[str, str] = {"raw": self.raw}
        self._maps: dict[str, tuple[OffsetMap, ...]] = {"raw": ()}
        self._links: tuple[Link, ...] | None = None

    def _build(self, name: str) -> None:
        if name == "plain":
            if self.is_html:
                text, omap, links = reduce_html(self.raw)
                self._views["plain"], self._maps["plain"] = text, (omap,)
                self._links = tuple(links)
            else:
                self._views["plain"], self._maps["plain"] = self.raw, ()
                self._links = ()
        elif name == "norm":
            plain = self.view("plain")
            table, changing = norm_table()
            text, omap = translate_with_map(plain, table, changing)
            self._views["norm"], self._maps["norm"] = text, self._maps["plain"] + (omap,)
        elif name == "squeezed":
            text, omap = squeeze(self.view("norm"))
            self._views["squeezed"], self._maps["squeezed"] = text, self._maps["norm"] + (omap,)
        elif name == "digits":
            # One-to-one translation: the squeezed map serves unchanged.
            self._views["digits"] = self.view("squeezed").translate(DIGIT_TABLE)
            self._maps["digits"] = self._maps["squeezed"]
        else:
            raise KeyError(f"unknown view {name!r}; views are {', '.join(VIEWS)}")

    def view(self, name: str) -> str:
        if name not in self._views:
            self._build(name)
        return self._views[name]

    def to_raw(self, name: str, start: int, end: int) -> tuple[int, int]:
        """Map view[start:end] of view `name` to a span of the original text."""
        if name not in self._maps:
            self._build(name)
        steps = self._maps[name]
        if not steps:
            return start, end
        return ChainedMap(steps).span(start, end)

    @property
    def links(self) -> tuple[Link, ...]:
        if self._links is None:
            self._build("plain")
        return self._links
