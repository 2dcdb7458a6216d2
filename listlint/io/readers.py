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
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from typing import Iterator

from ..model import InputInfo, InputProblem, Listing
from .attributes import parse_attributes
from .columns import ColumnMap, fold, listing_from_mapping, make_listing
from .sniff import InputError, Sniffed, sniff

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

TAOBAO_PIDS = {"20000": "品牌", "1627207": "颜色分类", "20509": "尺码", "20518": "尺码",
               "13021751": "货号", "122216431": "季节"}


@dataclass
class ListingSource:
    path: str
    sniffed: Sniffed
    settings: object
    problems: list[InputProblem] = field(default_factory=list)
    _tmp: str | None = None

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
    if path == "-":
        fd, tmp = tempfile.mkstemp(prefix="listlint-stdin-")
        with os.fdopen(fd, "wb") as out:
            shutil.copyfileobj(sys.stdin.buffer, out)
        real = tmp
    try:
        sn = sniff(real, getattr(settings, "input_format", None), getattr(settings, "encoding", None))
    except InputError as exc:
        if tmp:
            os.unlink(tmp)
        raise InputError(f"{path}: {exc}") from None
    if sn.format == "csv" and getattr(settings, "delimiter", None):
        sn = Sniffed(sn.format, sn.encoding, settings.delimiter)
    src = ListingSource(path, sn, settings, _tmp=tmp)
    src._header_check = _check_header(real, src)  # raises InputError for an unusable header
    return src


# --- delimited text (csv, tsv, 淘宝助理) ------------------------------------------------------
def _open_text(path: str, encoding: str):
    return open(path, "r", encoding=encoding, newline="", errors="strict")


def _records(path: str, sn: Sniffed, skip_lines: int) -> Iterator[tuple[int, list[str]]]:
    """(start line, cells) per record from physical line skip_lines+1 on.
    Raises _Damaged(line, message) where a record cannot be parsed."""
    with _open_text(path, sn.encoding) as f:
        for _ in range(skip_lines):
            if not f.readline():
                return
        reader = csv.reader(f, delimiter=sn.delimiter, strict=True)
        last = skip_lines
        while True:
            start = last + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise _Damaged(start, _csv_message(exc)) from None
            except UnicodeDecodeError:
                raise _Damaged(start, f"bytes that are not valid {sn.encoding}") from None
            last = skip_lines + reader.line_num
            yield start, cells


def _csv_message(exc: csv.Error) -> str:
    msg = str(exc)
    if "unexpected end of data" in msg or "EOF" in msg:
        return "unclosed quote: the record never ends"
    if "expected after" in msg:
        return "stray quote inside a field (quotes in a field must be doubled)"
    return msg


class _Damaged(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def _header_lines(sn: Sniffed) -> int:
    return 3 if sn.format == "taobao-assistant" else 1


def _check_header(path: str, src: ListingSource):
    sn = src.sniffed
    if sn.format in ("xlsx", "jsonl"):
        return None
    cols = _read_header(path, sn)
    cmap = ColumnMap(cols, getattr(src.settings, "columns", None))
    _require_text_column(cmap, src.path)
    return cmap


def _read_header(path: str, sn: Sniffed) -> list[str]:
    with _open_text(path, sn.encoding) as f:
        if sn.format == "taobao-assistant":
            f.readline()
        try:
            line = f.readline()
        except UnicodeDecodeError:
            raise InputError(f"{path}: the header is not valid {sn.encoding}; pass --encoding") from None
        cells = next(csv.reader([line.rstrip("\r\n")], delimiter=sn.delimiter), [])
    return [c.lstrip("\ufeff").strip() for c in cells]


def _require_text_column(cmap: ColumnMap, path: str) -> None:
    for field_name, header in cmap.missing_overrides:
        raise InputError(f"{path}: --column {field_name}={header}: no column named {header!r}; "
                         f"columns are: {', '.join(cmap.header[:30])}")
    if not cmap.has_text():
        found = ", ".join(h for h in cmap.header[:30] if h) or "none"
        raise InputError(f"{path}: no title-like column (found: {found}); "
                         f"map one with --column title=<header name>")


def _read_delimited(path: str, src: ListingSource) -> Iterator[Listing]:
    sn = src.sniffed
    cmap: ColumnMap = src._header_check
    taobao = sn.format == "taobao-assistant"
    parse = _taobao_attributes(cmap) if taobao else parse_attributes
    width = len(cmap.header)
    skip = _header_lines(sn)
    row = 0
    while True:
        try:
            for line, cells in _records(path, sn, skip):
                if not any(c.strip() for c in cells):
                    continue  # blank line
                if taobao and line == 3:
                    continue
                if "\x00" in "".join(cells):
                    src.problems.append(InputProblem(line, "NUL bytes in the record were removed for linting"))
                    cells = [c.replace("\x00", "") for c in cells]
                if len(cells) != width:
                    src.problems.append(InputProblem(
                        line, f"ragged row: {len(cells)} fields where the header has {width}; "
                              f"linted as far as the columns line up"))
                row += 1
                yield _make(cells, cmap, row, line, parse, taobao)
            return
        except _Damaged as d:
            src.problems.append(InputProblem(d.line, f"damaged record skipped: {d.message}"))
            skip = d.line  # resume on the line after the damaged record's first line


def _make(cells, cmap, row, line, parse, taobao) -> Listing:
    listing = make_listing(cells, cmap, row, line, parse)
    if taobao:
        listing = _taobao_extras(listing, cells, cmap)
    return listing


def _taobao_attributes(cmap: ColumnMap):
    return parse_attributes


def _col(cells, cmap: ColumnMap, name: str) -> str:
    fn = fold(name)
    for i, h in enumerate(cmap.header):
        if fold(h) == fn and i < len(cells):
            return cells[i]
    return ""


def _taobao_extras(listing: Listing, cells, cmap: ColumnMap) -> Listing:
    """淘宝助理 keeps seller-typed values in inputPids/inputValues (pid 20000 = 品牌) and
    colour names in propAlias / input_custom_cpv (`pid:vid:name;…`)."""
    attrs = dict(listing.attributes)
    pids = [p.strip() for p in _col(cells, cmap, "inputPids").split(",")]
    values = _col(cells, cmap, "inputValues").split(",")
    for pid, val in zip(pids, values):
        val = val.strip()
        if pid and val:
            name = TAOBAO_PIDS.get(pid, f"pid:{pid}")
            attrs[name] = attrs.get(name, ()) + (val,)
    for colname in ("propAlias", "input_custom_cpv"):
        for part in _col(cells, cmap, colname).split(";"):
            bits = part.split(":", 2)
            if len(bits) == 3 and bits[2].strip():
                name = TAOBAO_PIDS.get(bits[0].strip(), f"pid:{bits[0].strip()}")
                if bits[2].strip() not in attrs.get(name, ()):
                    attrs[name] = attrs.get(name, ()) + (bits[2].strip(),)
    fields = dict(listing.fields)
    if "品牌" in attrs and not fields.get("brand"):
        fields["brand"] = attrs["品牌"][0]
    ident = listing.id
    if not ident:
        ident = (_col(cells, cmap, "num_id") or "").strip() or None
    return Listing(listing.row, listing.line, ident, fields, attrs, listing.extra)


# --- JSON Lines ------------------------------------------------------------------------------
def _read_jsonl(path: str, src: ListingSource) -> Iterator[Listing]:
    sn = src.sniffed
    row = 0
    checked = False
    with _open_text(path, sn.encoding) as f:
        text = f.read(1 << 16)
        rest = f.read() if text.lstrip().startswith("[") else None
        if rest is not None:  # a JSON array instead of lines
            try:
                data = json.loads(text + rest)
            except ValueError as exc:
                raise InputError(f"{src.path}: invalid JSON: {exc}") from None
            for i, obj in enumerate(data, 1):
                if isinstance(obj, dict):
                    if not checked:
                        _require_text_column(ColumnMap(list(obj), getattr(src.settings, "columns", None)), src.path)
                        checked = True
                    yield listing_from_mapping({**obj, "_line": 1}, i)
            return
    with _open_text(path, sn.encoding) as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                src.problems.append(InputProblem(lineno, f"damaged record skipped: invalid JSON ({exc.msg})"))
                continue
            if not isinstance(obj, dict):
                src.problems.append(InputProblem(lineno, "damaged record skipped: not a JSON object"))
                continue
            cols = getattr(src.settings, "columns", None) or {}
            if cols:
                obj = {**{k: v for k, v in obj.items()}, **{f: obj.get(h) for f, h in cols.items() if h in obj}}
            if not checked:
                _require_text_column(ColumnMap(list(obj)), src.path)
                checked = True
            row += 1
            obj["_line"] = lineno
            yield listing_from_mapping(obj, row)


# --- XLSX -------------------------------------------------------------------------------------
def _read_xlsx(path: str, src: ListingSource) -> Iterator[Listing]:
    import zipfile

    try:
        import openpyxl
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InputError(f"{src.path}: not a readable XLSX workbook ({exc.__class__.__name__}); "
                         f"re-save it from Excel/WPS or export CSV") from None
    except Exception as exc:  # openpyxl raises assorted errors on corrupt parts
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
        rows = ws.iter_rows(values_only=True)
        header = None
        header_line = 0
        cmap = None
        row = 0
        for lineno, values in enumerate(rows, 1):
            cells = ["" if v is None else _cell_text(v) for v in values]
            if header is None:
                if any(c.strip() for c in cells):
                    header = [c.strip() for c in cells]
                    header_line = lineno
                    cmap = ColumnMap(header, getattr(src.settings, "columns", None))
                    _require_text_column(cmap, src.path)
                continue
            if not any(c.strip() for c in cells):
                continue
            row += 1
            yield make_listing(cells, cmap, row, lineno)
        if header is None:
            raise InputError(f"{src.path}: the first sheet is empty")
    finally:
        wb.close()


def _cell_text(v) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)
