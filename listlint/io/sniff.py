"""What kind of file is this: format, encoding, delimiter — from its bytes, never its name alone.

Encoding: a BOM decides (UTF-8, UTF-16 LE/BE); else the whole file is checked as strict UTF-8
(incrementally, C speed, nothing kept); else GB18030, the superset of GBK that Excel on Chinese
Windows writes. Binary files (NUL bytes outside UTF-16, or a zip that is not a workbook) are
refused with a message rather than linted as garbage.
"""
from __future__ import annotations

import codecs
import os
from dataclasses import dataclass

FORMATS = ("csv", "tsv", "taobao-assistant", "xlsx", "jsonl")


class InputError(Exception):
    """A file that cannot be linted; the message says what, where and what to do."""


@dataclass(frozen=True)
class Sniffed:
    format: str
    encoding: str
    delimiter: str = ","


def detect_encoding(path: str, head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith(codecs.BOM_UTF16_LE):
        return "utf-16"
    if head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    if b"\x00" in head[:4096]:
        # UTF-16 without BOM: every other byte NUL in ASCII-heavy text
        even = head[0:4096:2].count(0)
        odd = head[1:4096:2].count(0)
        if odd > len(head[:4096]) // 4 and even < odd // 8:
            return "utf-16-le"
        if even > len(head[:4096]) // 4 and odd < even // 8:
            return "utf-16-be"
    if _is_utf8(path):
        return "utf-8"
    if _decodes(path, "gb18030"):
        return "gb18030"
    raise InputError("cannot decode the text: it is neither UTF-8, UTF-16 nor GBK/GB18030; "
                     "save it as UTF-8 or pass --encoding")


def _is_utf8(path: str) -> bool:
    return _decodes(path, "utf-8")


def _decodes(path: str, encoding: str) -> bool:
    dec = codecs.getincrementaldecoder(encoding)("strict")
    try:
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                dec.decode(chunk)
            dec.decode(b"", final=True)
        return True
    except UnicodeDecodeError:
        return False


def looks_binary(head: bytes, encoding: str) -> bool:
    if encoding.startswith("utf-16"):
        return False
    sample = head[:8192]
    if not sample:
        return False
    nul = sample.count(0)
    ctrl = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return nul > 0 and (nul + ctrl) / len(sample) > 0.05


def sniff(path: str, forced_format: str | None = None, forced_encoding: str | None = None) -> Sniffed:
    if os.path.isdir(path):
        raise InputError("is a directory; give a listing file (csv, tsv, xlsx, jsonl)")
    if not os.path.exists(path):
        raise InputError("no such file")
    with open(path, "rb") as f:
        head = f.read(65536)
    if not head:
        raise InputError("the file is empty; export the listings again")
    is_zip = head.startswith(b"PK\x03\x04")
    if forced_format == "xlsx" or (forced_format is None and is_zip):
        if not is_zip:
            raise InputError("not an XLSX workbook (no zip signature); is it a CSV? try --input-format csv")
        return Sniffed("xlsx", "binary")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError("this is an old binary Excel .xls file; open it in Excel/WPS and save as .xlsx or CSV")
    if forced_encoding:
        try:
            codecs.lookup(forced_encoding)
        except LookupError:
            raise InputError(f"unknown encoding {forced_encoding!r}; use utf-8, gb18030, utf-16") from None
        encoding = forced_encoding
    else:
        encoding = detect_encoding(path, head)
    if looks_binary(head, encoding):
        raise InputError("looks like a binary file, not listing text; export the listings as CSV, TSV, XLSX or JSON Lines")
    text = head.decode(encoding if encoding != "utf-16" else _utf16_of(head), errors="ignore")
    text = text.lstrip("\ufeff")
    if forced_format:
        fmt = forced_format
    else:
        fmt = _format_of(text, path)
    delim = "\t" if fmt in ("tsv", "taobao-assistant") else ","
    if fmt == "csv":
        delim = _delimiter(text)
        if delim == "\t":
            fmt = "tsv"
    return Sniffed(fmt, encoding, delim)


def _utf16_of(head: bytes) -> str:
    return "utf-16"


def _format_of(text: str, path: str) -> str:
    first = text.lstrip()[:1]
    line1 = text.split("\n", 1)[0].strip().strip('"').lower()
    if line1.startswith("version ") or line1 == "version":
        return "taobao-assistant"
    if first in "{[" and first:
        return "jsonl"
    if path.lower().endswith((".tsv", ".tab")):
        return "tsv"
    return "csv"


def _delimiter(text: str) -> str:
    lines = [l for l in text.splitlines()[:5] if l.strip()]
    if not lines:
        return ","
    header = lines[0]
    counts = {d: header.count(d) for d in (",", "\t", ";", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] > 0 else ","
