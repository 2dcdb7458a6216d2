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

import marshal
import os
import unicodedata
from functools import lru_cache

import regex

from ..model import DESCRIPTION_FIELDS
from .html import Link, html_links, reduce_html, split_tokens, text_of_tokens
from .numbers import DIGIT_TABLE
from .offsets import ChainedMap, MapBuilder, OffsetMap

VIEWS = ("raw", "plain", "norm", "squeezed", "digits")

# Separators dropped by the squeezed view. Letters, digits and CJK stay; everything a seller
# can sprinkle between characters to break a word goes.
SEPARATOR_RUN = regex.compile(r"[\s\p{P}\p{S}\p{Cf}\p{Mn}\p{Me}\p{Zs}_]+", regex.V1)
# Characters beyond the BMP (emoji, CJK extension B…): the dense tables below stop at U+FFFF.
_ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")
# Bump when the construction of the tables changes, so cached copies are rebuilt.
TABLE_FORMAT = 5   # 2: NUL reads as a space; 3: Greek and Cyrillic look-alikes read as Latin; 5: Cyrillic capitals too


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


_LOOKALIKES = {"ν": "v", "ο": "o", "α": "a", "ε": "e", "κ": "k", "χ": "x", "ρ": "p", "τ": "t", "υ": "u", "ι": "i",
               "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "ѕ": "s", "і": "i",
               "к": "k", "м": "m", "т": "t", "н": "h", "в": "b", "ј": "j", "ԛ": "q", "ԝ": "w", "ԁ": "d", "ɡ": "g",
               "ᐯ": "v", "ᐱ": "^", "Ꮩ": "v", "ⅴ": "v", "ⅹ": "x", "ⅰ": "i"}


def _build_tables() -> dict:
    """The per-character tables from unicodedata, OpenCC and the regex module (~0.15 s)."""
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
    # Letters of other scripts that look like Latin ones and are used to write a contact past a
    # filter (ν❤ for V❤, ᐯ：abc, Cyrillic о in qq): read as the Latin letter (Unicode TR39's
    # confusables, the few that matter for lower-case Latin).
    for src, latin in _LOOKALIKES.items():
        table[ord(src)] = latin
    # …and their capitals (VХ：abc with a Cyrillic Ха), which case folding turned into the
    # small look-alike above
    # (Cyrillic capitals only: Greek Ν and Υ look like N and Y, not like the v and u of ν, υ)
    for cp, out in list(table.items()):
        if out in _LOOKALIKES and 0x0400 <= cp <= 0x04FF:
            table[cp] = _LOOKALIKES[out]
    # A NUL (a byte a broken export pads cells with) is a space in the views, same length, so a
    # term it splits (最\x00好) is found and the finding's text is still the original's.
    table[0] = " "
    # Zero-width characters vanish outright so that 微\u200b信 is 微信 even in the norm view.
    for zw in "\u200b\u200c\u200d\u2060\ufeff":
        table[ord(zw)] = ""
        if zw not in changing:
            changing.append(zw)
    separators = "".join(chr(cp) for cp in range(0x10000)
                         if not 0xD800 <= cp < 0xE000 and SEPARATOR_RUN.fullmatch(chr(cp)))
    return {"norm": table, "changing": "".join(changing), "separators": separators}


def cache_dir() -> str | None:
    """listlint's folder in the user's cache ($LISTLINT_CACHE_DIR, else $XDG_CACHE_HOME/listlint,
    else ~/.cache/listlint); None when LISTLINT_NO_CACHE is set. Only derived data lives there
    (tables, parsed wordlists), each file keyed by what it was derived from; deleting it is safe."""
    if os.environ.get("LISTLINT_NO_CACHE"):
        return None
    base = os.environ.get("LISTLINT_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(xdg, "listlint")
    return base


def _cache_path() -> str | None:
    base = cache_dir()
    if base is None:
        return None
    try:
        import opencc
        opencc_version = getattr(opencc, "__version__", "") or str(os.path.getmtime(opencc.__file__))
    except (ImportError, OSError):
        opencc_version = "none"
    # Everything the tables are computed from is in the key: a changed Unicode database,
    # OpenCC or regex release builds a fresh file instead of reading a stale one.
    key = f"{TABLE_FORMAT}-{unicodedata.unidata_version}-{opencc_version}-{regex.__version__}"
    return os.path.join(base, f"norm-tables-{key}.marshal")


@lru_cache(maxsize=1)
def _tables() -> dict:
    """The tables, from the user's cache when a copy for these versions exists.

    Building them costs ~0.15 s, a fifth of a short run's budget; loading the cached copy
    takes ~2 ms. The cache (marshal: plain dicts and strings only) is an optimisation only:
    a missing, unreadable or unwritable cache just means building the tables in memory."""
    path = _cache_path()
    if path:
        try:
            with open(path, "rb") as f:
                data = marshal.load(f)
            if isinstance(data, dict) and {"norm", "changing", "separators"} <= set(data):
                return data
        except (OSError, EOFError, ValueError, TypeError):
            pass
    data = _build_tables()
    if path:
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            tmp = f"{path}.{os.getpid()}.tmp"
            with open(tmp, "wb") as f:
                marshal.dump(data, f)
            os.replace(tmp, path)  # atomic: concurrent runs never read half a file
        except OSError:
            pass
    return data


@lru_cache(maxsize=1)
def norm_table() -> tuple[dict[int, str], "regex.Pattern"]:
    """Per-character NFKC + t2s + casefold table, and a pattern of the characters whose
    replacement is not exactly one character (the only places an offset map needs an anchor)."""
    data = _tables()
    cls = "".join(regex.escape(c) for c in data["changing"])
    return data["norm"], regex.compile(f"[{cls}]")


@lru_cache(maxsize=1)
def _dense_tables() -> tuple[list, list, list, list]:
    """The same mappings as lists indexed by code point (U+0000–U+FFFF).

    str.translate with a dict raises and swallows a LookupError for every character the dict
    does not hold (most of a Chinese text): a list that holds every BMP character translates
    about twice as fast. Values are the character's own code point when it is unchanged.
    Returns (norm, squeeze of norm, squeeze only, digits)."""
    data = _tables()
    norm_map, seps = data["norm"], set(data["separators"])
    norm: list = list(range(0x10000))
    for cp, out in norm_map.items():
        if cp < 0x10000:
            norm[cp] = out
    squeeze_only: list = [None if chr(cp) in seps else cp for cp in range(0x10000)]
    norm_squeezed: list = list(squeeze_only)
    for cp, out in norm_map.items():
        if cp < 0x10000:
            norm_squeezed[cp] = SEPARATOR_RUN.sub("", out)
    digits: list = list(range(0x10000))
    for cp, out in DIGIT_TABLE.items():
        digits[cp] = out
    return norm, norm_squeezed, squeeze_only, digits


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


class _LazyMap:
    """An offset map built on first use. Views are needed for every field, maps only for
    the few spans that become findings, so the hot path builds views with C-level calls
    (str.translate, regex sub) and leaves the per-match Python loops of the map builders
    until a finding asks for them."""
    __slots__ = ("_make", "_map")

    def __init__(self, make):
        self._make = make
        self._map = None

    def _get(self) -> OffsetMap:
        if self._map is None:
            self._map = self._make()
            self._make = None
        return self._map

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self._get().span(start, end)

    def index(self, pos: int) -> int:
        return self._get().index(pos)


class FieldText:
    """The views of one field's text, built lazily, with spans mapped back to `raw`."""
    __slots__ = ("field", "raw", "is_html", "_views", "_maps", "_links", "_tokens")

    def __init__(self, field: str, raw: str, is_html: bool | None = None):
        self.field = field
        self.raw = raw or ""
        if is_html is None:
            is_html = field in DESCRIPTION_FIELDS and ("<" in self.raw or "&" in self.raw)
        self.is_html = is_html
        self._views: dict[str, str] = {"raw": self.raw}
        self._maps: dict[str, tuple] = {"raw": ()}
        self._links: tuple[Link, ...] | None = None
        self._tokens: list | None = None  # the HTML tokenizer's split, kept for `links`

    def _build(self, name: str) -> None:
        views = self._views
        if name == "plain":
            if self.is_html:
                raw = self.raw
                self._tokens = split_tokens(raw)
                views["plain"] = text_of_tokens(self._tokens, raw)
                self._maps["plain"] = (_LazyMap(lambda: reduce_html(raw)[1]),)
            else:
                views["plain"], self._maps["plain"] = self.raw, ()
        elif name == "norm":
            plain = self.view("plain")
            views["norm"] = plain.translate(_dense_tables()[0])
            self._maps["norm"] = self._maps["plain"] + (_LazyMap(lambda: _norm_map(plain)),)
        elif name == "squeezed":
            plain = self.view("plain")
            _, norm_squeezed, squeeze_only, _ = _dense_tables()
            if _ASTRAL.search(plain):  # beyond the dense tables: the regex sees every character
                text = SEPARATOR_RUN.sub("", self.view("norm"))
            elif "norm" in views:
                text = views["norm"].translate(squeeze_only)
            else:  # squeeze(norm(c)) character by character, in one pass over plain
                text = plain.translate(norm_squeezed)
            views["squeezed"] = text
            if "norm" not in self._maps:
                self._maps["norm"] = self._maps["plain"] + (_LazyMap(lambda: _norm_map(plain)),)
            # The closure holds the plain text, not self: no reference cycle per field.
            self._maps["squeezed"] = self._maps["norm"] + (
                _LazyMap(lambda: squeeze(plain.translate(_dense_tables()[0]))[1]),)
        elif name == "digits":
            # One-to-one translation: the squeezed map serves unchanged.
            views["digits"] = self.view("squeezed").translate(_dense_tables()[3])
            self._maps["digits"] = self._maps["squeezed"]
        else:
            raise KeyError(f"unknown view {name!r}; views are {', '.join(VIEWS)}")

    def view(self, name: str) -> str:
        v = self._views.get(name)
        if v is None:
            self._build(name)
            v = self._views[name]
        return v

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
        """Link targets in the description HTML (src, href …), found on first request."""
        if self._links is None:
            self._links = tuple(html_links(self.raw, self._tokens)) if self.is_html else ()
            self._tokens = None
        return self._links


def _norm_map(plain: str) -> OffsetMap:
    table, changing = norm_table()
    return translate_with_map(plain, table, changing)[1]
