"""Readers: a file → a stream of `Listing`s, plus the damaged rows met on the way.

Rows are streamed, never all held in memory. Each listing records the physical line where its
record starts (quoted fields can span lines), so a finding can point at the line a seller opens.
Damaged records (ragged rows, an unclosed or stray quote, an invalid JSON line) are reported
with their line and skipped; reading resumes on the next line. The input is opened read-only.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import stat
import sys
import tempfile
import weakref
from dataclasses import dataclass, field, replace
from typing import Iterator

import regex

from ..model import InputInfo, InputProblem, Listing
from .attributes import parse_attributes
from .columns import EXCEL_SCIENTIFIC, ColumnMap, fold, listing_from_mapping, make_listing
from .sniff import GB_LINES, UTF8_LINES, InputError, Sniffed, sniff, split_lines, utf8_line

# One field may hold a several-hundred-KB HTML description; a field larger than this is an
# unclosed quote swallowing the rest of the file, reported as a damaged record.
MAX_RECORD_CHARS = 32 << 20
csv.field_size_limit(max(csv.field_size_limit(), MAX_RECORD_CHARS))

TAOBAO_PIDS = {"20000": "品牌", "1627207": "颜色分类", "20509": "尺码", "20518": "尺码",
               "13021751": "货号", "122216431": "季节"}


@dataclass
class ListingSource:
    path: str
    sniffed: Sniffed
    settings: object
    problems: list[InputProblem] = field(default_factory=list)
    _tmp: str | None = None
    _noted_shortened: bool = False   # Excel's rounded codes are noted once per file
    _band: str | None = None         # the title band above the header (宝贝导出 2024-01-01), its words

    @property
    def info(self) -> InputInfo:
        return InputInfo(self.path, self.sniffed.format, self.sniffed.encoding, 0)

    def listings(self) -> Iterator[Listing]:
        fmt = self.sniffed.format
        real = self._tmp or self.path
        try:
            if fmt == "xlsx":
                yield from _read_xlsx(real, self)
            elif fmt == "jsonl":
                yield from _read_jsonl(real, self)
            else:
                yield from _read_delimited(real, self)
        finally:
            if self._tmp:
                try:
                    os.unlink(self._tmp)
                except OSError:
                    pass
                self._tmp = None


def open_listings(path: str, settings) -> ListingSource:
    """Sniff `path` (or `-`, standard input) and check its header before any row is linted,
    so that a file we cannot use fails at once with one clear message."""
    tmp = None
    real = path
    # Standard input, and pipes such as bash's <(…) (a path that can be read only once), are
    # copied to a temporary file first: sniffing and reading each open the file again.
    if path == "-" and sys.stdin is None:   # started with standard input closed (<&-)
        raise InputError("-: standard input is closed; pipe a listing file in (listlint check - < listings.csv)")
    if path != "-" and os.path.exists(path) and stat.S_ISCHR(os.stat(path).st_mode):
        # /dev/zero, /dev/urandom, a terminal: a device never ends, so it cannot be copied
        raise InputError(f"{path}: is a device, not a listing file; save the listings to a file "
                         f"or pipe them in (listlint check - < listings.csv)")
    if path == "-" or (os.path.exists(path) and not os.path.isfile(path) and not os.path.isdir(path)):
        fd, tmp = tempfile.mkstemp(prefix="listlint-stdin-")
        try:
            with os.fdopen(fd, "wb") as out:
                if path == "-":
                    shutil.copyfileobj(sys.stdin.buffer, out)
                else:
                    with open(path, "rb") as pipe:
                        shutil.copyfileobj(pipe, out)
        except OSError as exc:
            os.unlink(tmp)
            raise InputError(f"{path}: cannot be read: {exc.strerror or exc}") from None
        real = tmp
        if path == "-" and os.path.getsize(tmp) == 0:
            os.unlink(tmp)
            raise InputError("-: standard input is empty; pipe a listing file in (listlint check - < listings.csv)")
    try:
        sn = sniff(real, getattr(settings, "input_format", None), getattr(settings, "encoding", None))
    except InputError as exc:
        if tmp:
            os.unlink(tmp)
        raise InputError(f"{path}: {exc}") from None
    delimiter = getattr(settings, "delimiter", None)
    if delimiter and sn.format in ("csv", "tsv"):
        sn = replace(sn, delimiter="\t" if delimiter in ("tab", "\\t") else delimiter)
    src = ListingSource(path, sn, settings, _tmp=tmp)
    if getattr(settings, "sheet", None) and sn.format != "xlsx":
        # said, not silently dropped: the user may have pointed at the wrong file
        src.problems.append(InputProblem(1, f"sheet {settings.sheet!r} was asked for, but {sn.format} has no "
                                            f"sheets; the whole file is read"))
    if tmp:  # removed after reading, or when the source is dropped unread (a later error)
        weakref.finalize(src, _remove, tmp)
    try:
        src._header_check = _check_header(real, src)  # raises InputError for an unusable header
    except BaseException:
        if tmp:
            os.unlink(tmp)
        raise
    return src


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


# --- delimited text (csv, tsv, 淘宝助理) ------------------------------------------------------
def _open_text(path: str, encoding: str, errors: str = "strict", mark: bool = False):
    if errors in (GB_LINES, UTF8_LINES):
        return _MixedLines(path, encoding, mark)
    return open(path, "r", encoding=encoding, newline="", errors=errors)


# Starts a line read in the file's other encoding (a GBK row in a UTF-8 file, a UTF-8 row in a GBK
# file); removed from the cells, noted as a problem.
OTHER_ENCODING_MARK = "\U0010fffd"


class _MixedLines:
    """A text file whose lines are UTF-8 with some in GB18030 (sniff.GB_LINES), or the other
    way round (sniff.UTF8_LINES): each physical line decoded on its own, as open(newline='')
    would hand it out."""

    def __init__(self, path: str, encoding: str, mark: bool):
        self._lines = split_lines(path)
        self._first = encoding == "utf-8-sig"
        self._gb_primary = encoding == "gb18030"
        self._mark = mark

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._lines.close()

    def __iter__(self):
        return self

    def __next__(self) -> str:
        raw = next(self._lines)
        if self._first:
            self._first = False
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if self._gb_primary:
            text = utf8_line(raw)
            if text is None:
                return raw.decode("gb18030", errors="replace")
        else:
            try:
                return raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("gb18030", errors="replace")
        return OTHER_ENCODING_MARK + text if self._mark else text

    def readline(self) -> str:
        try:
            return next(self)
        except StopIteration:
            return ""


class _Lines:
    """The physical lines of a text file, for csv.reader, remembering the lines of the record
    being parsed so that after a damaged record parsing restarts on the line after the
    record's first line (the lines an unclosed quote swallowed are read again as records)."""

    def __init__(self, f, lone_cr: bool = True):
        self._f = f
        self._lone_cr = lone_cr         # a line ending in a lone CR is a line of the file
        self._replay: list[str] = []   # lines to hand out again, in reverse order
        self.taken: list[str] = []     # lines of the current record
        self._taken_chars = 0
        self.count = 0                 # lines handed out for the current record
        self.overflow = False          # the current record outgrew the replay budget

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self._replay.pop() if self._replay else next(self._f)
        # newline='' hands out a cell's lone CR as a line end; in an LF/CRLF file it is not one
        if self._lone_cr or not line.endswith("\r"):
            self.count += 1
        self._taken_chars += len(line)
        if self._taken_chars > MAX_RECORD_CHARS:
            self.overflow = True
            self.taken = []
        else:
            self.taken.append(line)
        return line

    def new_record(self) -> None:
        self.taken = []
        self.count = 0
        self._taken_chars = 0
        self.overflow = False

    def replay(self, lines: list[str]) -> None:
        self._replay.extend(reversed(lines))


def _records(path: str, sn: Sniffed, skip_lines: int,
             problems: list[InputProblem]) -> Iterator[tuple[int, list[str]]]:
    """(physical start line, cells) per record from physical line skip_lines+1 on.
    A record the csv module cannot parse is reported in `problems` and skipped."""
    with _open_text(path, sn.encoding, sn.errors, mark=True) as f:
        for _ in range(skip_lines):
            if not f.readline():
                return
        lines = _Lines(f, sn.cr_lines)
        reader = csv.reader(lines, delimiter=sn.delimiter, strict=True)
        next_line = skip_lines + 1
        while True:
            lines.new_record()
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                problems.append(InputProblem(next_line, f"damaged record skipped: {_csv_message(exc)}"))
                if lines.overflow:  # too long to replay: read on from the line after its start
                    yield from _records(path, sn, next_line, problems)
                    return
                lines.replay(lines.taken[1:])
                next_line += 1
                reader = csv.reader(lines, delimiter=sn.delimiter, strict=True)
                continue
            start = next_line
            next_line += lines.count
            yield start, cells


def _csv_message(exc: csv.Error) -> str:
    msg = str(exc)
    if "unexpected end of data" in msg or "EOF" in msg:
        return "unclosed quote: the record never ends"
    if "expected after" in msg:
        return "a quote inside a field is not doubled, or a quoted field is not closed"
    if "field larger than field limit" in msg:
        return f"a field over {MAX_RECORD_CHARS >> 20} MB (probably an unclosed quote)"
    return msg


def _header_lines(sn: Sniffed) -> int:
    """Lines before the records: the header, and for 淘宝助理 the `version` line before it.
    (淘宝助理's third line, the Chinese names, is recognised and skipped by _is_chinese_header.)"""
    return (2 if sn.format == "taobao-assistant" else 1) + sn.blank_lines + sn.header_extra


def _check_header(path: str, src: ListingSource):
    sn = src.sniffed
    if sn.format == "xlsx":
        return _xlsx_header(path, src)
    if sn.format == "jsonl":
        return None  # each object carries its own keys; the first one is checked when read
    overrides = getattr(src.settings, "columns", None)
    cols, extra = _read_header(path, sn)
    if any("\ufffd" in c for c in cols) and not ColumnMap(cols, overrides).has_text():
        raise InputError(f"{src.path}: the header does not read as {sn.encoding} (bytes that are not {sn.encoding}); "
                         f"check --encoding / input.encoding, or leave it out to detect the encoding")
    cmap = ColumnMap(cols, overrides)
    if sn.format in ("csv", "tsv") and not cmap.has_text() and sum(1 for c in cols if c) == 1:
        # A one-cell title band above the header (宝贝导出 2024-01-01,,,), as in XLSX: the next
        # line is the header if it names a text column.
        # line is the header if it names a text column (blank or empty rows may come between:
        # 宝贝导出 2024-01-01 / ,,, / 商家编码,宝贝名称).
        skip = 1 + extra
        for _ in range(4):
            below = replace(sn, blank_lines=sn.blank_lines + skip, header_extra=0)
            next_cols, next_extra = _read_header(path, below)
            if not any(c for c in next_cols) and not next_extra:
                skip += 1
                continue
            next_map = ColumnMap(next_cols, overrides)
            if next_map.has_text():
                src._band = _band_key(next(c for c in cols if c))
                sn, cols, extra, cmap = below, next_cols, next_extra, next_map
                src.sniffed = sn
            break
    if extra:
        src.sniffed = sn = replace(sn, header_extra=extra)
    if len(cols) == 1 and not cmap.has_text() and any(d != sn.delimiter and d in cols[0] for d in (",", "\t", ";", "|")):
        # (after the title band is skipped: a band may hold a comma of its own)
        other = next(d for d in (",", "\t", ";", "|") if d != sn.delimiter and d in cols[0])
        raise InputError(f"{src.path}: the header is one column when split at {sn.delimiter!r} but holds {other!r}; "
                         f"check --delimiter / input.delimiter, or leave it out to detect it")
    _require_text_column(cmap, src.path)
    _note_repeated_columns(cmap, _header_lines(sn), src.problems)
    return cmap


def _note_repeated_columns(cmap: ColumnMap, line: int, problems: list) -> None:
    """A header that names a linted column twice: only the first is read, and the user should
    know the second is not (nothing a user gave is silently lost)."""
    used = set(cmap.fields.values())
    for i in sorted(cmap.extra):
        name = cmap.header[i]
        first = cmap.column(name)
        if name.strip() and first is not None and first != i and first in used:
            problems.append(InputProblem(line, f"column {name!r} appears twice; only the first "
                                               f"(column {first + 1}) is linted"))


def _read_header(path: str, sn: Sniffed) -> tuple[list[str], int]:
    """The header's cells, and how many lines past the first the header record takes: a
    quoted header cell may hold a line break (Excel writes one for Alt+Enter: "备注\n(选填)")."""
    with _open_text(path, sn.encoding, sn.errors) as f:
        if sn.format == "taobao-assistant":
            f.readline()
        for _ in range(sn.blank_lines):
            f.readline()
        try:
            line = f.readline()
            extra = 0
            # A quoted cell left open at the line's end (not a stray inch mark: 尺寸 5") goes on.
            while _open_quote(line, sn.delimiter) and extra < _HEADER_MAX_EXTRA:
                more = f.readline()
                if not more:
                    break
                line += more
                extra += 1
        except UnicodeDecodeError:
            raise InputError(f"{path}: the header is not valid {sn.encoding}; pass --encoding") from None
        if _open_quote(line, sn.delimiter):  # never closed within reach: the first line alone, as before
            line, extra = line.splitlines(keepends=True)[0] if line else line, 0
        cells = next(csv.reader([line.rstrip("\r\n")], delimiter=sn.delimiter), [])
    return [c.lstrip("\ufeff").strip() for c in cells], extra


_HEADER_MAX_EXTRA = 10


def _open_quote(text: str, delimiter: str) -> bool:
    """The text ends inside a quoted cell (the csv module runs out of data in one)."""
    if '"' not in text:
        return False
    try:
        for _ in csv.reader(io.StringIO(text), delimiter=delimiter, strict=True):
            pass
    except csv.Error:
        return True
    return False


def _require_text_column(cmap: ColumnMap, path: str) -> None:
    for field_name, header in cmap.missing_overrides:
        raise InputError(f"{path}: column mapping {field_name}={header} (--column or the config's columns:): "
                         f"no column named {header!r}; columns are: {_shown_headers(cmap.header)}")
    if not cmap.has_text():
        found = _shown_headers(cmap.header)
        raise InputError(f"{path}: no title-like column (found: {found}); "
                         f"map one with --column title=<header name>")


def _shown_headers(header: list[str], limit: int = 200) -> str:
    """The header names for a one-line message: a wrong file's first line can be anything."""
    names = [h if len(h) <= 40 else h[:39] + "…" for h in header[:30] if h]
    out = ", ".join(names) or "none"
    return out if len(out) <= limit else out[:limit - 1] + "…"


def _read_delimited(path: str, src: ListingSource) -> Iterator[Listing]:
    sn = src.sniffed
    cmap: ColumnMap = src._header_check
    taobao = sn.format == "taobao-assistant"
    width = len(cmap.header)
    header = [h.strip() for h in cmap.header]
    row = 0
    header_again = -1   # the line of a repeated header: a 淘宝助理 one is followed by its Chinese names
    for line, cells in _records(path, sn, _header_lines(sn), src.problems):
        if not any(c.strip() for c in cells):
            continue  # a blank line
        if taobao and line == 3 + sn.blank_lines and _is_chinese_header(cells, cmap):
            continue
        if taobao and line == header_again + 1 and _is_chinese_header(cells, cmap):
            continue
        if len(cells) == width and [c.lstrip("\ufeff").strip() for c in cells] == header:
            # Two exports joined end to end (cat a.csv b.csv): the second one's header is no listing.
            src.problems.append(InputProblem(line, "the header row appears again (files joined?); "
                                                   "skipped, not linted as a listing"))
            header_again = line
            continue
        if taobao and len(cells) == 1 and _TAOBAO_VERSION.fullmatch(cells[0].lstrip("\ufeff").strip()):
            continue   # the version line of a second 淘宝助理 export joined on (its header follows)
        if src._band:
            filled = [c for c in cells if c.strip()]
            if len(filled) == 1 and _band_key(filled[0]) == src._band:
                # the title band of a second export joined on (cat a.csv b.csv): no listing
                src.problems.append(InputProblem(line, "the title band above the header appears again "
                                                       "(files joined?); skipped, not linted as a listing"))
                continue
        if any("\x00" in c for c in cells) and not "".join(cells).strip("\x00 \t\r\n"):
            # nothing but NULs: padding at the end of a preallocated or truncated file
            src.problems.append(InputProblem(line, "a run of NUL bytes (file padding?) skipped, not linted as a listing"))
            continue
        problems = []
        if any("\x00" in c for c in cells):
            # The views read a NUL as a space (same length: spans index the original, and a
            # finding's text is the original's, NUL and all)
            problems.append("NUL bytes read as spaces for linting")
        if sn.errors in (GB_LINES, UTF8_LINES) and any(OTHER_ENCODING_MARK in c for c in cells):
            problems.append("GBK/GB18030 text in a UTF-8 file: this row was read as GB18030" if sn.errors == GB_LINES
                            else "UTF-8 text in a GBK/GB18030 file: this row was read as UTF-8")
            cells = [c.replace(OTHER_ENCODING_MARK, "") for c in cells]
        if sn.errors == "replace" and any("\ufffd" in c for c in cells):
            problems.append(f"bytes that are not valid {sn.encoding} shown as \ufffd")
        if len(cells) != width:
            problems.append(f"ragged row: {len(cells)} fields where the header has {width}; "
                            f"linted as far as the columns line up")
        shortened = _excel_shortened_codes(cells, cmap)
        if shortened and not src._noted_shortened:
            src._noted_shortened = True
            problems.append(f"Excel saved the {shortened} column as a rounded number ({_cell(cells, cmap.header.index(shortened))}): "
                            f"its codes are lost and are not used to match listings; format the column as text "
                            f"before saving the CSV")
        for message in problems:
            src.problems.append(InputProblem(line, message))
        row += 1
        listing = make_listing(cells, cmap, row, line, physical_lines=True, lone_cr_breaks=sn.cr_lines)
        yield _taobao_extras(listing, cells, cmap) if taobao else listing


_BAND_NOISE = regex.compile(r"[\d\s\-_/.:：年月日]+")


def _band_key(text: str) -> str:
    """A title band's words without its date (宝贝导出 2024-01-01 → 宝贝导出)."""
    return _BAND_NOISE.sub("", text.lstrip("\ufeff"))


def _cell(cells, i: int) -> str:
    return cells[i].strip() if i < len(cells) else ""


def _excel_shortened_codes(cells, cmap: ColumnMap) -> str | None:
    """The header of an id, listing-number or merchant-code column whose cell Excel rounded to
    scientific notation (1.23457E+15), if any."""
    idx = [cmap.fields.get("id"), cmap.listing_number, *cmap.id_fallbacks]
    for i in idx:
        if i is not None and i < len(cells) and EXCEL_SCIENTIFIC.match(cells[i]):
            return cmap.header[i].strip()
    return None


_NUMBER = regex.compile(r"^\s*-?[0-9]+(?:\.[0-9]+)?\s*$")


_TAOBAO_VERSION = regex.compile(r"version\s+\d+(?:\.\d+)*", regex.I)


def _is_chinese_header(cells: list[str], cmap: ColumnMap) -> bool:
    """淘宝助理's third line names the columns in Chinese (often mojibake, so the names
    themselves prove nothing): it is that line when its numeric columns hold no numbers."""
    numeric = [i for i in (cmap.column(n) for n in ("cid", "price", "num", "num_id")) if i is not None]
    if not numeric:
        return True
    return not any(i < len(cells) and _NUMBER.match(cells[i]) for i in numeric)


def _taobao_extras(listing: Listing, cells, cmap: ColumnMap) -> Listing:
    """淘宝助理 keeps seller-typed values in inputPids/inputValues (comma-aligned; pid 20000 =
    品牌) and colour names in propAlias / input_custom_cpv (`pid:vid:name;…`)."""

    def col(name: str) -> str:
        i = cmap.column(name)
        return cells[i] if i is not None and i < len(cells) else ""

    attrs = dict(listing.attributes)
    pids = [p.strip() for p in col("inputPids").split(",")]
    values = col("inputValues").split(",")
    for pid, val in zip(pids, values):
        val = val.strip()
        if pid and val:
            name = TAOBAO_PIDS.get(pid, f"pid:{pid}")
            attrs[name] = attrs.get(name, ()) + (val,)
    for colname in ("propAlias", "input_custom_cpv"):
        for part in col(colname).split(";"):
            bits = part.split(":", 2)
            if len(bits) == 3 and bits[2].strip():
                name = TAOBAO_PIDS.get(bits[0].strip(), f"pid:{bits[0].strip()}")
                if bits[2].strip() not in attrs.get(name, ()):
                    attrs[name] = attrs.get(name, ()) + (bits[2].strip(),)
    fields = dict(listing.fields)
    if "品牌" in attrs and not fields.get("brand"):
        fields["brand"] = attrs["品牌"][0]
    return replace(listing, fields=fields, attributes=attrs)


# --- JSON Lines ------------------------------------------------------------------------------
def _read_jsonl(path: str, src: ListingSource) -> Iterator[Listing]:
    """One JSON object per line (JSON Lines); a single JSON array of objects also works."""
    sn = src.sniffed
    overrides = getattr(src.settings, "columns", None) or None
    with _open_text(path, sn.encoding, sn.errors) as f:
        first = f.read(1 << 16).lstrip("\ufeff")
        if first.lstrip().startswith("["):  # a JSON array instead of lines
            try:  # parsed whole, once, so an invalid document fails before any row is linted
                elements = _array_elements(first + f.read())
            except ValueError as exc:
                raise InputError(f"{src.path}: invalid JSON: {exc}; fix the file or export it again") from None
            except RecursionError:
                raise InputError(f"{src.path}: JSON nested too deeply to be listing records; give an "
                                 f"array of objects or JSON Lines") from None
            yield from _objects(elements, src, overrides)
            return
    yield from _objects(_json_lines(path, src), src, overrides)


def _json_lines(path: str, src: ListingSource) -> Iterator[tuple[int, object]]:
    sn = src.sniffed
    with _open_text(path, sn.encoding, sn.errors) as f:
        for lineno, line in enumerate(f, 1):
            line = line.lstrip("\ufeff")
            if not line.strip():
                continue
            try:
                yield lineno, json.loads(line)
            except ValueError as exc:
                src.problems.append(InputProblem(lineno, f"damaged record skipped: invalid JSON ({exc.msg})"))
            except RecursionError:
                src.problems.append(InputProblem(lineno, "damaged record skipped: JSON nested too deeply"))


_JSON_SPACE = re.compile(r"[ \t\r\n]*")


def _array_elements(text: str) -> list[tuple[int, object]]:
    """(physical line where it starts, element) for each element of a JSON array, so a
    pretty-printed array's findings point at their own object, not all at line 1. Raises
    ValueError (json.JSONDecodeError) where the document is not one valid array."""
    decoder = json.JSONDecoder()
    space = _JSON_SPACE.match
    pos = space(text, 0).end()
    if text[pos:pos + 1] != "[":
        raise json.JSONDecodeError("expected a JSON array", text, pos)
    out: list[tuple[int, object]] = []
    line, counted = 1, 0
    pos = space(text, pos + 1).end()
    while text[pos:pos + 1] != "]":
        if out:
            if text[pos:pos + 1] != ",":
                raise json.JSONDecodeError("expected ',' or ']'", text, pos)
            pos = space(text, pos + 1).end()
        line += text.count("\n", counted, pos)
        counted = pos
        obj, pos = decoder.raw_decode(text, pos)
        out.append((line, obj))
        pos = space(text, pos).end()
    if space(text, pos + 1).end() != len(text):
        raise json.JSONDecodeError("extra data after the array", text, pos + 1)
    return out


# Exporters leave out empty keys, so the first record may have no title: the text columns are
# looked for in the keys of the first records together.
_KEY_SAMPLE = 100


def _objects(numbered, src: ListingSource, overrides) -> Iterator[Listing]:
    yield from _listings_of(_with_text_keys(numbered, src, overrides), src, overrides)


def _with_text_keys(numbered, src: ListingSource, overrides):
    """The records unchanged, once a text column is among the keys of the first of them;
    InputError when none of the first _KEY_SAMPLE records has one."""
    held, keys = [], {}
    for lineno, obj in numbered:
        if held is None:
            yield lineno, obj
            continue
        held.append((lineno, obj))
        if isinstance(obj, dict):
            keys.update(dict.fromkeys(k for k in obj if k != "_line"))
        if ColumnMap(list(keys), overrides).has_text():
            yield from held
            held = None
        elif len(held) >= _KEY_SAMPLE:
            break
    if held is not None and any(isinstance(o, dict) for _, o in held):
        _require_text_column(ColumnMap(list(keys), overrides), src.path)
    elif held is not None:
        yield from held   # no object at all: each is noted as damaged below


def _listings_of(numbered, src: ListingSource, overrides) -> Iterator[Listing]:
    row = 0
    for lineno, obj in numbered:
        if not isinstance(obj, dict):
            src.problems.append(InputProblem(lineno, "damaged record skipped: not a JSON object"))
            continue
        row += 1
        if _has_surrogate(obj):
            # A \ud800 escape names half a character: no text holds it, and nothing downstream
            # can encode it. Shown as U+FFFD (same length, so spans still index the value).
            obj = _without_surrogates(obj)
            src.problems.append(InputProblem(lineno, "a \\u escape names half a character (a lone "
                                                     "surrogate); shown as \ufffd for linting"))
        yield listing_from_mapping({**obj, "_line": lineno}, row, overrides)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogate(value) -> bool:
    if isinstance(value, str):
        return _SURROGATE.search(value) is not None
    if isinstance(value, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_surrogate(v) for v in value)
    return False


def _without_surrogates(value):
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_without_surrogates(k): _without_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_surrogates(v) for v in value]
    return value


# --- XLSX -------------------------------------------------------------------------------------
def _has_workbook_part(path: str) -> bool:
    import zipfile
    try:
        with zipfile.ZipFile(path) as z:
            return "xl/workbook.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _xlsx_rows(path: str, src: ListingSource) -> Iterator[tuple[int, list[str]]]:
    """(row number in the sheet, cell texts) of the chosen sheet; a workbook openpyxl cannot
    read is an InputError, whether it fails on opening or half-way through a sheet."""
    import zipfile

    # Opened as a file object: openpyxl refuses a path not named .xlsx/.xlsm, but the format
    # was found from the bytes (a workbook saved as export.csv, or read from standard input).
    fh = open(path, "rb")
    try:
        import openpyxl
        wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
    except KeyError:
        fh.close()
        if _has_workbook_part(path):
            raise InputError(f"{src.path}: a damaged XLSX workbook (a part it names is missing); "
                             f"re-save it from Excel/WPS or export CSV") from None
        raise InputError(f"{src.path}: a zip archive but not an XLSX workbook (a zipped CSV? unzip it "
                         f"and check the file inside)") from None
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        fh.close()
        raise InputError(f"{src.path}: not a readable XLSX workbook ({exc.__class__.__name__}); "
                         f"re-save it from Excel/WPS or export CSV") from None
    except Exception as exc:  # openpyxl raises assorted errors on corrupt parts
        fh.close()
        raise InputError(f"{src.path}: corrupt XLSX workbook ({exc.__class__.__name__}); "
                         f"re-save it from Excel/WPS or export CSV") from None
    try:
        sheet_name = getattr(src.settings, "sheet", None)
        if sheet_name:
            if sheet_name not in wb.sheetnames:
                raise InputError(f"{src.path}: no sheet named {sheet_name!r}; sheets: {', '.join(wb.sheetnames)}")
            ws = wb[sheet_name]
        else:
            ws = wb.worksheets[0]
        src._xlsx_sheet = getattr(ws, "_worksheet_path", None)
        try:
            for lineno, values in enumerate(ws.iter_rows(values_only=True), 1):
                yield lineno, ["" if v is None else _cell_text(v) for v in values]
        except InputError:
            raise
        except Exception as exc:
            raise InputError(f"{src.path}: corrupt XLSX sheet {ws.title!r} ({exc.__class__.__name__}); "
                             f"re-save it from Excel/WPS or export CSV") from None
    finally:
        wb.close()
        fh.close()


def _xlsx_header(path: str, src: ListingSource) -> ColumnMap:
    """The header is the first non-empty row that names a text column; a title band or a note
    above it (商品列表 2024年11月) is skipped, within the first few non-empty rows."""
    rows = _xlsx_rows(path, src)
    first = None
    try:
        seen = 0
        for lineno, cells in rows:
            if not any(c.strip() for c in cells):
                continue
            cmap = ColumnMap([c.strip() for c in cells], getattr(src.settings, "columns", None))
            cmap.header_line = lineno
            if first is None:
                first = cmap
            if cmap.has_text() and not cmap.missing_overrides:
                return cmap
            if sum(1 for c in cells if c.strip()) > 1:
                break  # a row of several cells is the header, not a title band above it
            seen += 1
            if seen >= 10:
                break
    finally:
        rows.close()
    if first is None:
        raise InputError(f"{src.path}: the sheet is empty; if the listings are on another sheet, "
                         f"name it with --sheet")
    try:
        _require_text_column(first, src.path)
    except InputError as exc:
        raise InputError(f"{exc}; or, if the listings are on another sheet, name it with --sheet") from None
    return first


def _read_xlsx(path: str, src: ListingSource) -> Iterator[Listing]:
    cmap: ColumnMap = src._header_check
    row = 0
    mapped = sorted(set(cmap.fields.values()))
    empty_mapped = False
    for lineno, cells in _xlsx_rows(path, src):
        if lineno <= cmap.header_line or not any(c.strip() for c in cells):
            continue
        row += 1
        if not empty_mapped:
            empty_mapped = any(i >= len(cells) or not cells[i] for i in mapped)
        yield make_listing(cells, cmap, row, lineno)
    if empty_mapped:
        _note_unsaved_formulas(path, src, cmap)


# A formula cell the writing program never calculated (a workbook made by a script, not saved
# by Excel/WPS) has no stored value: openpyxl reads it as empty, as Excel's own export would not.
_UNSAVED_FORMULA = re.compile(
    rb'<c r="([A-Z]{1,3})([0-9]+)"[^>]*>\s*(?:<f[^>]*/>|<f[^>]*>[^<]*</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>')


def _note_unsaved_formulas(path: str, src: ListingSource, cmap: ColumnMap, shown: int = 5) -> None:
    import zipfile
    from openpyxl.utils import column_index_from_string

    member = (getattr(src, "_xlsx_sheet", None) or "").lstrip("/")
    if not member:
        return
    names = {i: cmap.header[i] for i in set(cmap.fields.values()) if i < len(cmap.header)}
    found: list[tuple[int, str]] = []
    try:
        with zipfile.ZipFile(path) as z, z.open(member) as f:
            tail = b""
            while chunk := f.read(1 << 20):
                data = tail + chunk
                last = data.rfind(b"</c>")
                body, tail = (data[:last + 4], data[last + 4:]) if last >= 0 else (b"", data)
                for m in _UNSAVED_FORMULA.finditer(body):
                    col = column_index_from_string(m.group(1).decode()) - 1
                    if col in names:
                        found.append((int(m.group(2)), names[col]))
    except (OSError, KeyError, zipfile.BadZipFile, ValueError):
        return
    for line, name in found[:shown]:
        src.problems.append(InputProblem(line, f"column {name!r} holds a formula with no saved value, read as "
                                               f"empty; open and save the workbook in Excel/WPS (or export "
                                               f"CSV) so the values are stored"))
    if len(found) > shown:
        src.problems.append(InputProblem(found[shown][0], f"{len(found) - shown} more formula cells with no "
                                                          f"saved value, read as empty"))


def _cell_text(v) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)
