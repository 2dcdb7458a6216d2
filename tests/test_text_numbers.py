"""Numerals written to dodge filters, and positional Chinese numbers."""
from __future__ import annotations

import pytest

from listlint.text.normalize import FieldText
from listlint.text.numbers import chinese_to_int, decode_digits

DIGITS = [
    ("一三八零零一三八零零零", "13800138000"),
    ("壹叁捌", "138"),
    ("幺三八", "138"),
    ("〇○◯零", "0000"),
    ("两贰貳二", "2222"),
    ("柒拐", "77"),
    ("微信一号", "微信1号"),
    ("abc123", "abc123"),
]


@pytest.mark.parametrize("text,expected", DIGITS)
def test_decode_digits_keeps_length(text, expected):
    out = decode_digits(text)
    assert out == expected and len(out) == len(text)


@pytest.mark.parametrize("text,expected", [
    ("①③⑧", "138"),          # circled: NFKC
    ("１３８", "138"),        # full-width: NFKC
    ("⑴⑵", "12"),             # parenthesised: NFKC, brackets squeezed
    ("壹 叁-捌", "138"),       # separators squeezed, then decoded
])
def test_digits_view_handles_every_form(text, expected):
    assert FieldText("title", text).view("digits") == expected


INTS = [
    ("三", 3), ("十", 10), ("十二", 12), ("二十", 20), ("一百零五", 105), ("三千二百", 3200),
    ("一万", 10000), ("两万五千", 25000), ("壹佰", 100), ("100", 100),
    ("", None), ("三个", None), ("abc", None),
]


@pytest.mark.parametrize("text,expected", INTS)
def test_chinese_to_int(text, expected):
    assert chinese_to_int(text) == expected
