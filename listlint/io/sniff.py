"""What kind of file is this: format, encoding, delimiter — from its bytes, never its name alone.

Encoding: a BOM decides (UTF-8, UTF-16 LE/BE); else UTF-16 without a BOM is recognised by its
NUL pattern; else a file with NULs and control bytes is refused as binary; else the whole file
is checked as strict UTF-8 (incrementally, C speed, nothing kept); else GB18030, the superset of
GBK that Excel on Chinese Windows writes. A file that is almost all valid UTF-8 or GB18030 but
has a few damaged bytes is read leniently (`errors="replace"`): the rows holding the damage are
reported, the rest are linted. A file that is mostly undecodable is refused.
"""
from __future__ import annotations

import codecs
import os
from dataclasses import dataclass

import regex

FORMATS = ("csv", "tsv", "taobao-assistant", "xlsx", "jsonl")
DELIMITERS = (",", "\t", ";", "|")

# At most this share of undecodable characters (and at most this many) before a file counts as
# "not text in this encoding" rather than "text with a few damaged bytes".
_LENIENT_SHARE = 0.001
_LENIENT_MAX = 1000
_LENIENT_FEW = 8


class InputError(Exception):
    """A file that cannot be linted; the message says what, where and what to do."""


@dataclass(frozen=True)
class Sniffed:
    format: str
    encoding: str
    delimiter: str = ","
    errors: str = "strict"  # "replace" when the file has a few undecodable bytes
    blank_lines: int = 0    # blank lines before the header (CSV/TSV), skipped when reading
    header_extra: int = 0   # lines a header with a quoted line break (Excel's Alt+Enter) adds
    # Lines end in a lone CR ("CSV (Macintosh)"); otherwise a CR inside a cell is no line of
    # the file, as git, grep and editors count an LF or CRLF file
    cr_lines: bool = False


def detect_encoding(path: str, head: bytes) -> str:
    return _detect(path, head)[0]


def _bomless_utf16(sample: bytes) -> str | None:
    """UTF-16 without a BOM: the ASCII characters (delimiters, digits, line ends) put a NUL in
    every other byte, on one side only. Chinese text has fewer of them, so a small share on
    one side, and next to none on the other, decides."""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= max(4, len(sample) // 20) and even <= odd // 8:
        return "utf-16-le"
    if even >= max(4, len(sample) // 20) and odd <= even // 8:
        return "utf-16-be"
    return None


_PRIVATE_USE = regex.compile(r"[\ue000-\uf8ff]")


def _private_use(head: bytes, encoding: str) -> bool:
    """Private-use characters in the decoded start of the file: a sign of the wrong encoding."""
    return _PRIVATE_USE.search(head.decode(encoding, errors="ignore")) is not None


def _gb_sample(path: str, skip_utf8: bool, sample: int = 1 << 20) -> str:
    """The start of the file read as GB18030, its ASCII lines and (in a mixed file) its UTF-8
    lines left out: the text an encoding guess is about."""
    out, seen = [], 0
    for line in split_lines(path):
        seen += len(line)
        if seen > sample:
            break
        if line.isascii() or (skip_utf8 and utf8_line(line) is not None):
            continue
        out.append(line.decode("gb18030", errors="ignore"))
    return "".join(out)


def _common_share(text: str, common) -> float:
    chars = [ch for ch in text if ord(ch) > 127 and not ch.isspace()]
    return sum(1 for ch in chars if common(ch)) / len(chars) if chars else 0.0


def _gb_common(ch: str) -> bool:
    """GB2312 level 1: the 3,755 most used simplified characters (rows 0xB0-0xD7)."""
    try:
        b = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xB0 <= b[0] <= 0xD7


def _big5_common(ch: str) -> bool:
    """Big5 常用字: the 5,401 most used traditional characters (0xA440-0xC67E)."""
    try:
        b = ch.encode("cp950")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xA440 <= (b[0] << 8 | b[1]) <= 0xC67E


def _reads_better_as_big5(data: bytes) -> bool:
    gb = _common_share(data.decode("gb18030", errors="ignore"), _gb_common)
    big5 = _common_share(data.decode("cp950", errors="ignore"), _big5_common)
    return big5 > gb


def _detect(path: str, head: bytes) -> tuple[str, str]:
    """(encoding, errors) for the file; raises InputError for binary or undecodable files."""
    if head.startswith(codecs.BOM_UTF8):
        errors = _errors_for(path, "utf-8-sig")
        if errors != "strict" and _utf8_with_gb_lines(path):
            return "utf-8-sig", GB_LINES
        return "utf-8-sig", errors
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16", _errors_for(path, "utf-16")
    sample = head[:4096]
    if b"\x00" in sample:
        bom_less = _bomless_utf16(sample)
        if bom_less:
            return bom_less, _errors_for(path, bom_less)
    if looks_binary(head, ""):
        raise InputError("looks like a binary file, not listing text; export the listings as CSV, "
                         "TSV, XLSX or JSON Lines")
    bad_utf8 = _undecodable(path, "utf-8")
    if bad_utf8 == 0:
        return "utf-8", "strict"
    if _utf8_with_gb_lines(path):
        return "utf-8", GB_LINES
    bad_gb = _undecodable(path, "gb18030")
    if bad_gb == 0:
        mixed = _gb_with_utf8_lines(path)
        sample = _gb_sample(path, skip_utf8=mixed)
        if not _PRIVATE_USE.search(sample):
            return "gb18030", UTF8_LINES if mixed else "strict"
        # private-use characters in the GB reading: Big5 read as GB, or a GBK sheet with one
        # user-defined character (造字) of its own. The reading with more common characters wins.
        if not (_undecodable(path, "cp950") == 0 and not _private_use(head, "cp950")
                and _reads_better_as_big5(sample.encode("gb18030"))):
            return "gb18030", UTF8_LINES if mixed else "strict"
        return "cp950", "strict"
    # Big5 (Taiwan and Hong Kong sellers' Excel) read as GB comes out as mojibake, often with
    # private-use characters no Chinese text holds, or with undecodable bytes.
    if _undecodable(path, "cp950") == 0 and not _private_use(head, "cp950"):
        return "cp950", "strict"
    if bad_gb == 0:
        return "gb18030", UTF8_LINES if _gb_with_utf8_lines(path) else "strict"
    size = max(1, os.path.getsize(path))
    encoding, bad = ("utf-8", bad_utf8) if bad_utf8 <= bad_gb else ("gb18030", bad_gb)
    # A handful of damaged bytes is damage, however small the file (a 60-byte test file with one
    # bad byte is still text); beyond that the share decides.
    if encoding == "gb18030" and _gb_with_utf8_lines(path):
        return encoding, UTF8_LINES
    if bad <= _LENIENT_MAX and (bad <= _LENIENT_FEW or bad / size <= _LENIENT_SHARE):
        return encoding, "replace"
    raise InputError("cannot decode the text: it is neither UTF-8, UTF-16 nor GBK/GB18030; "
                     "save it as UTF-8 or pass --encoding")


# A UTF-8 file with a few rows in GBK (a row pasted in from an old sheet, two exports joined):
# read line by line, each line as UTF-8 when it is, else as GB18030, and the GB rows noted.
GB_LINES = "gb18030-lines"
_NEWLINE = regex.compile(rb"\r\n|\n|\r")


def _utf8_with_gb_lines(path: str, enough: int = 5000) -> bool:
    """More of the file's non-ASCII lines are valid UTF-8 than not, and every line that is not
    reads as GB18030 (a GBK file fails UTF-8 on nearly every Chinese line)."""
    good = bad = 0
    for line in split_lines(path):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            good += 1
        except UnicodeDecodeError:
            try:
                line.decode("gb18030")
            except UnicodeDecodeError:
                return False
            bad += 1
        if good + bad >= enough:
            break
    return bad > 0 and good > bad


# …and the other way round: a GBK file with rows appended in UTF-8. GB18030 decodes almost any
# bytes, so a UTF-8 row reads as mojibake without an error; a line that is valid UTF-8 with at
# least two non-ASCII characters is UTF-8 (GBK text is not valid UTF-8 by chance that often).
UTF8_LINES = "utf8-lines"


def utf8_line(line: bytes) -> str | None:
    if line.isascii():
        return None
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if sum(1 for ch in text if ord(ch) > 127) >= 2 else None


def _gb_with_utf8_lines(path: str) -> bool:
    return any(utf8_line(line) is not None for line in split_lines(path))


def split_lines(path: str):
    """The file's physical lines as bytes, ends kept (CRLF, LF or CR, as newline='' reads)."""
    with open(path, "rb") as f:
        buf = b""
        while True:
            chunk = f.read(1 << 20)
            buf += chunk
            pos = 0
            for m in _NEWLINE.finditer(buf):
                if chunk and m.end() == len(buf) and buf.endswith(b"\r"):
                    break   # the LF of a CRLF may open the next chunk
                yield buf[pos:m.end()]
                pos = m.end()
            buf = buf[pos:]
            if not chunk:
                if buf:
                    yield buf
                return


# Undecodable bytes are marked with a noncharacter no text holds, so a U+FFFD already in the
# text (a mojibake line re-saved as UTF-8) is not mistaken for a bad byte.
_MARK = "\U0010fffe"
codecs.register_error("listlint-mark", lambda exc: (_MARK, exc.end))


def usable_encoding(name: str) -> bool:
    """A codec that decodes bytes to text and reports bad bytes through an error handler:
    not rot13 or base64 (not text), not idna or punycode (their decoders take no handler)."""
    try:
        if not codecs.lookup(name)._is_text_encoding:
            return False
        codecs.getincrementaldecoder(name)("listlint-mark").decode(b"\xff", final=True)
    except (LookupError, UnicodeError, TypeError, ValueError):
        return False
    return True


def _undecodable(path: str, encoding: str, stop_after: int = _LENIENT_MAX + 1) -> int:
    """How many undecodable sequences the file has in `encoding` (stops counting early)."""
    dec = codecs.getincrementaldecoder(encoding)("listlint-mark")
    bad = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            bad += dec.decode(chunk).count(_MARK)
            if bad >= stop_after:
                return bad
        bad += dec.decode(b"", final=True).count(_MARK)
    return bad


def _errors_for(path: str, encoding: str) -> str:
    return "strict" if _undecodable(path, encoding, 1) == 0 else "replace"


_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def looks_binary(head: bytes, encoding: str) -> bool:
    """NUL bytes plus a share of control bytes no listing text has (UTF-16 and UTF-32 are text)."""
    if encoding.startswith(("utf-16", "utf-32")):
        return False
    sample = head[:8192]
    if not sample or 0 not in sample:
        return False
    ctrl = len(sample) - len(sample.translate(None, _CONTROL))
    return ctrl / len(sample) > 0.05


def sniff(path: str, forced_format: str | None = None, forced_encoding: str | None = None) -> Sniffed:
    if os.path.isdir(path):
        raise InputError("is a directory; give a listing file (csv, tsv, xlsx, jsonl)")
    if not os.path.exists(path):
        if os.path.islink(path):
            raise InputError("is a symbolic link to nothing (broken, or a loop); point it at a listing file")
        try:
            os.stat(path)
        except PermissionError:
            raise InputError("cannot be reached: a folder on its path may not be opened (permission denied)") from None
        except OSError:
            pass
        raise InputError("no such file")
    try:
        with open(path, "rb") as f:
            head = f.read(65536)
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror or exc}") from None
    if len(head) < 65536 and head.endswith(b"\x00") and not head.startswith(
            (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and head.rstrip(b"\x00").endswith((b"\n", b"\r")):
        # NUL padding after the last line (a preallocated or truncated file): not part of the
        # text, so not a sign of a binary file or of UTF-16 (the reader skips the padding row)
        head = head.rstrip(b"\x00")
    if not head or not head.strip(b" \t\r\n\xef\xbb\xbf"):
        raise InputError("the file is empty (or only blank lines); export the listings again")
    is_zip = head.startswith(b"PK\x03\x04")
    if forced_format == "xlsx" or (forced_format is None and is_zip):
        if not is_zip:
            raise InputError("not an XLSX workbook (no zip signature); is it a CSV? try --input-format csv")
        return Sniffed("xlsx", "binary")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError("this is an old binary Excel .xls file; open it in Excel/WPS and save as .xlsx or CSV")
    if forced_format is None and path.lower().endswith((".xlsx", ".xlsm")):
        raise InputError("not a readable XLSX workbook (the file is corrupt or not a workbook); "
                         "re-save it from Excel/WPS, or pass --input-format csv if it is CSV text")
    if forced_encoding:
        if not usable_encoding(forced_encoding):
            raise InputError(f"--encoding {forced_encoding!r} is not a text encoding listlint can read; "
                             "use utf-8, gb18030, utf-16 …")
        # The user said so: read it that way, and report the rows that do not decode. UTF-16 and
        # UTF-32 without a byte order mark need their byte order: from the BOM, else the NULs.
        encoding = forced_encoding
        family = codecs.lookup(forced_encoding).name
        if family in ("utf-16", "utf-32") and not head.startswith(
                (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) if family == "utf-16" else
                (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
            # UTF-32 BE starts every BMP character with two NULs; UTF-16 by its NUL side
            big = head[:2] == b"\x00\x00" if family == "utf-32" else _bomless_utf16(head[:4096]) == "utf-16-be"
            encoding = f"{family}-{'be' if big else 'le'}"
        encoding, errors = encoding, _errors_for(path, encoding)
    else:
        encoding, errors = _detect(path, head)
    if looks_binary(head, encoding):
        raise InputError("looks like a binary file, not listing text; export the listings as CSV, "
                         "TSV, XLSX or JSON Lines")
    text = head.decode(encoding, errors="ignore").lstrip("\ufeff")
    first_end = regex.search(r"\r\n|\n|\r", text)   # the first line's: how this file ends its lines
    if forced_encoding and head.strip(b"\x00 \t\r\n") and not text.strip():
        raise InputError(f"nothing in the file reads as {forced_encoding}; leave out --encoding "
                         f"or name the encoding it was saved in")
    if len(head) < 65536 and not text.strip():  # blank lines only, in UTF-16 (the byte check above missed it)
        raise InputError("the file is empty (or only blank lines); export the listings again")
    _refuse_other_documents(text, path, len(head) < 65536)
    fmt = forced_format or _format_of(text, path)
    # Blank lines above the header (an export saved with an empty first row) are skipped.
    blank = 0
    hint = None
    if fmt in ("csv", "tsv", "taobao-assistant"):
        # Lines as the reader counts them (newline=""): \r\n, \r and \n all end one.
        lines = regex.split(r"\r\n|\r|\n", text)
        while blank < len(lines) - 1 and not lines[blank].strip(" \t,;|"):
            blank += 1
        # Excel's delimiter hint line (sep=;) names the delimiter and is no header.
        hint = _SEP_HINT.match(lines[blank]) if fmt in ("csv", "tsv") else None
        if hint and blank < len(lines) - 1:
            blank += 1
        text = "\n".join(lines[blank:])
    delim = "\t" if fmt in ("tsv", "taobao-assistant") else ","
    if fmt == "csv":
        delim = sniff_delimiter(text)
        if delim == "\t" and not forced_format:
            fmt = "tsv"
    if fmt in ("csv", "tsv") and hint:
        delim = "\t" if hint.group(1) == "\t" else hint.group(1)
        fmt = "tsv" if delim == "\t" and not forced_format else fmt
    return Sniffed(fmt, encoding, delim, errors, blank, cr_lines=bool(first_end) and first_end.group() == "\r")


_SEP_HINT = regex.compile(r'^\ufeff?"?sep=(.)"?[ \t]*$', regex.I)


def _refuse_other_documents(text: str, path: str, whole: bool) -> None:
    """Files that are text but no listing table, named for what they are (the generic "no
    title-like column" would send the user looking for a column)."""
    start = text.lstrip()[:200].lower()
    if start.startswith(("<!doctype html", "<html", "<table")) or (start.startswith("<") and "<table" in start):
        raise InputError("this is an HTML page or table (some exports save HTML under an .xls name), "
                         "not CSV or XLSX; open it in Excel/WPS and save it as .xlsx or CSV")
    if whole and path.lower().endswith((".json", ".jsonl")) and start[:1] not in ("{", "["):
        import json
        try:
            value = json.loads(text)
        except ValueError:
            return
        raise InputError(f"holds a single JSON {type(value).__name__}, not listing records; give a JSON "
                         f"array of objects or JSON Lines (one object per line)")


def _format_of(text: str, path: str) -> str:
    stripped = text.lstrip()
    line1 = stripped.split("\n", 1)[0].strip().strip('"').lower()
    if line1 == "version" or line1.startswith(("version ", "version\t")):
        return "taobao-assistant"
    # JSON: an object, or an array of objects. A CSV header may open with a bracket too
    # ([必填]宝贝标题,…, as some templates mark required columns).
    # An array of records may hold a few that are not objects ([1, {...}]): it is still JSON.
    if stripped[:1] == "{" or regex.match(r"\[\s*(?:[\{\[\]\"]|-?\d|null\b|true\b|false\b|$)", stripped):
        return "jsonl"
    if path.lower().endswith((".tsv", ".tab")):
        return "tsv"
    return "csv"


_QUOTED = regex.compile(r'"(?:[^"]|"")*"')


def sniff_delimiter(text: str) -> str:
    """The delimiter of the header line: the most frequent of , TAB ; | outside quotes,
    preferring one that the following lines use as often (a header with one stray comma
    in a TAB file stays TAB)."""
    lines = [l for l in text.splitlines()[:20] if l.strip()]
    if not lines:
        return ","
    header = _QUOTED.sub("", lines[0])
    counts = {d: header.count(d) for d in DELIMITERS}
    ranked = sorted(DELIMITERS, key=lambda d: -counts[d])
    body = [_QUOTED.sub("", l) for l in lines[1:6]]
    for d in ranked:
        if counts[d] == 0:
            break
        if not body or any(l.count(d) >= counts[d] for l in body):
            return d
    return ranked[0] if counts[ranked[0]] else ","
