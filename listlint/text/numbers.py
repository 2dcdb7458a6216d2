"""Numerals written to dodge filters, decoded to ASCII digits one character at a time.

Only digit-by-digit forms: a phone number is dictated 一三八…, never 一百三十八. Every mapping
is one character to one character, so a view built with DIGIT_TABLE keeps its offsets.
Circled and parenthesised digits (①, ⑴) and full-width digits are handled earlier by NFKC.
"""
from __future__ import annotations

_DIGIT_FORMS = {
    "0": "零〇○◯洞",
    "1": "一壹幺弌",
    "2": "二贰貳两兩弍",
    "3": "三叁參弎",
    "4": "四肆",
    "5": "五伍",
    "6": "六陆陸",
    "7": "七柒拐",
    "8": "八捌",
    "9": "九玖勾",
}

DIGIT_TABLE = {ord(ch): d for d, forms in _DIGIT_FORMS.items() for ch in forms}
CHINESE_DIGIT_CHARS = "".join(_DIGIT_FORMS.values())


def decode_digits(text: str) -> str:
    """一三八 → 138, 壹叁捌 → 138; other characters unchanged (same length as the input)."""
    return text.translate(DIGIT_TABLE)


_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10000, "萬": 10000}
_SMALL = {ch: int(d) for d, forms in _DIGIT_FORMS.items() for ch in forms if ch not in "洞拐勾幺"}


def chinese_to_int(text: str) -> int | None:
    """Positional Chinese numbers as used for quantities: 三 → 3, 十二 → 12, 一百零五 → 105.

    Returns None when the text is not such a number. Digit strings are accepted as they are.
    """
    if not text:
        return None
    if text.isdigit():
        return int(text)
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _SMALL:
            digit = _SMALL[ch]
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if unit == 10000:
                section = (section + (digit or 0)) * unit
                total += section
                section = 0
            else:
                section += (1 if digit is None else digit) * unit
            digit = None
        else:
            return None
    return total + section + (digit or 0)
