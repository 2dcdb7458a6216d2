"""The phone an accessory fits, in the title and in 适用型号 (MIS004 fitted-device).

A case, film or lens titled 适用小米14 whose 适用型号 says 小米13 is sold for one phone and
described for another: the buyer of either gets the wrong size. A mention is a line name and
its model number (wordlists/devices.yaml); number lists (iPhone 12/13/14) and ranges
(iPhone 11-15) name every number. The title agrees when it names any listed phone; it
contradicts when it names a phone of a maker the attribute lists and none of the listed phones.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .mismatch_data import TITLE_LIKE, data_file, fits_attribute_names, fold_name, norm, stated_by


@dataclass(frozen=True)
class Mention:
    line: str
    number: int
    start: int   # offsets in the norm view
    end: int


# The number is the model, not a quantity or a rating after it (小米 33W, 苹果 12个, 荣耀 6.5寸).
_UNIT_AFTER = r"(?![0-9.])(?!\s*(?:w|mah|mm|cm|m(?![a-z])|寸|英寸|g(?![a-z])|gb|t(?![a-z])|tb|v(?![a-z])|a(?![a-z])|hz|%|元|年|周年|个|件|片|只|支|条|米|斤|克|号|色|天|小时))"
# 12/13/14, 11-15, 15、15pro, Air 4/Air 5, Air 5 Air 4: more numbers of the same line, the
# line's last word repeated or not (after a bare space only repeated)
# (6s, S23FE, 14e, XR: a letter after the number is a variant too)
_VARIANT = r"\s*(?:pro\s*max|pro|max|plus|ultra|mini|fe|se|s|e|r|c|\+)?"


@lru_cache(maxsize=None)
def _more(last_word: str, brand: str):
    """After a mention: more numbers of its line (12/13/14, Air 4/Air 5), or of another line of
    the same maker named by its series word (Mate60/P60/nova12)."""
    words = {last_word} | set(_series_of(brand))
    alt = "|".join(sorted((regex.escape(w) for w in words), key=len, reverse=True))
    return regex.compile(rf"{_VARIANT}(?:\s*([/、,，&]|和|[-~～至到])\s*(?:(?P<w>{alt})\s*)?|\s+(?P<w2>{regex.escape(last_word)})\s*)(\d{{1,3}})"
                         + _UNIT_AFTER, regex.I)


@lru_cache(maxsize=None)
def _series_of(brand: str) -> dict:
    """A maker's series words (mate, p, nova …) → their line, for lists that change line."""
    _, line_of, brand_of = _lines()
    return {last: line for line, last in line_of if brand_of[line] == brand and last.isascii() and last.isalpha()}


_SIZES: dict[str, dict] = {}   # a line's screen sizes (iPad Air 11) → the generations of that size


@lru_cache(maxsize=1)
def _lines():
    doc = data_file("devices.yaml")["lines"]
    names: list[tuple[str, str]] = []
    brand_of: dict[str, str] = {}
    for line, spec in doc.items():
        brand_of[line] = spec["brand"]
        _SIZES[line] = {int(k): tuple(v) for k, v in (spec.get("sizes") or {}).items()}
        for words in spec["names"]:
            words = [fold_name(w) for w in words]
            names.append((line, words[-1], r"\s*".join(regex.escape(w) for w in words)))
    # longest first, so 红米 note 13 is the Note line before 红米 alone could try it
    names.sort(key=lambda p: -len(p[2]))
    groups = "|".join(f"(?P<l{i}>{pat})" for i, (_, _, pat) in enumerate(names))
    pattern = regex.compile(rf"(?<![a-z0-9])(?:{groups})\s*(\d{{1,3}})" + _UNIT_AFTER, regex.I)
    return pattern, [(line, last) for line, last, _ in names], brand_of


def mentions(text: str) -> list[Mention]:
    pattern, line_of, brand_of = _lines()
    out: list[Mention] = []
    consumed = 0
    for m in pattern.finditer(text):
        if m.start() < consumed:
            continue   # inside a list already read (Mate40/P41/…: each item is not a new start)
        idx = next(i for i, g in enumerate(m.groups()[:-1]) if g is not None)
        (line, last_word), number = line_of[idx], int(m.group(m.re.groups))
        sizes = _SIZES.get(line, {})
        if number in sizes:
            # iPad Air 11: a screen size, standing for the generations made in it
            out.extend(Mention(line, g, m.start(), m.end()) for g in sizes[number])
            consumed = m.end()
            continue
        out.append(Mention(line, number, m.start(), m.end()))
        pos, prev, more_re = m.end(), number, _more(last_word, brand_of[line])
        while (more := more_re.match(text, pos)):
            n = int(more.group(more.re.groups))
            w = (more.group("w") or "").lower()
            if w and w != last_word:
                other = _series_of(brand_of[line]).get(w)
                if other is None:
                    break
                out.append(Mention(other, n, more.start(), more.end()))   # Mate60/P60: another line
                line, last_word, more_re = other, w, _more(w, brand_of[other])
            elif more.group(1) and more.group(1) in "-~～至到" and prev < n <= prev + 12:
                out.extend(Mention(line, k, more.start(), more.end()) for k in range(prev + 1, n + 1))
            elif abs(n - prev) <= 12:   # 15/16 of a list, not 15/256G
                out.append(Mention(line, n, more.start(), more.end()))
            else:
                break
            pos, prev = more.end(), n
        consumed = pos
    return out


def fitted_device_claims(ctx):
    names = fits_attribute_names()
    pairs = [(name, v) for name, vs in ctx.attributes.items() if fold_name(name) in names for v in vs]
    listed = {(m.line, m.number) for _, v in pairs for m in mentions(norm(v))}
    if not listed:
        return   # 通用, 见详情, a maker only: no phone named
    _, _, brand_of = _lines()
    makers = {brand_of[line] for line, _ in listed}
    for field in ctx.text_fields(TITLE_LIKE):
        text = ctx.text(field).view("norm")
        said = mentions(text)
        if not said or any((m.line, m.number) in listed for m in said):
            continue
        other = next((m for m in said if brand_of[m.line] in makers), None)
        if other is None:
            continue   # another maker's phone: MIS001's fitted-brand check reports it
        shown = "；".join(v for _, v in pairs)
        yield ctx.finding(field, "norm", other.start, other.end,
                          f"the {field} says it fits “{text[other.start:other.end]}” but the fitted model in "
                          f"{stated_by(ctx, pairs)} is “{shown}”",
                          suggestion="让标题中的适用机型与“适用型号”属性一致，或更正属性")
        return
