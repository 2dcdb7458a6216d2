"""Header names → canonical fields, in English and Chinese, overridable by the user.

Headers are compared after folding case, width and spacing, so `Title`, `TITLE `, `标 题` and
`标题` are one name. 淘宝助理's English keys (title, cid, outer_id …) are aliases like any other.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Any, Mapping, Sequence

from ..model import FIELDS, Listing
from ..text.normalize import normalize_text
from ..text.offsets import line_breaks
from .attributes import parse_attributes

CANONICAL_FIELDS = FIELDS + ("id",)

ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "outer_id", "outerid", "商家编码", "商品编码", "商品id", "宝贝id", "num_id", "numid",
           "item_id", "itemid", "商品编号", "货号", "sku_id", "编号", "product_id", "外部编码", "商品货号",
           "产品编号", "产品id", "款号"),
    "title": ("title", "宝贝名称", "商品标题", "标题", "商品名称", "宝贝标题", "商品名", "name",
              "product_name", "item_title", "产品名称", "产品标题", "宝贝名", "商品全称", "标题名称"),
    "subtitle": ("subtitle", "sub_title", "宝贝卖点", "卖点", "副标题", "商品卖点"),
    "shopping_title": ("shopping_title", "导购标题", "短标题"),
    "description": ("description", "desc", "宝贝描述", "商品详情", "描述", "商品描述", "详情",
                    "详情描述", "宝贝详情", "content", "商品详情页", "详情页", "产品描述", "产品详情", "pc端描述",
                    "电脑端描述", "pc详情", "pc端详情"),
    "mobile_description": ("mobile_description", "wireless_desc", "手机端描述", "手机端详情", "手机详情",
                           "无线详情", "无线描述", "无线端详情", "mobile_desc", "wap_desc", "wapdesc", "移动端描述",
                           "移动端详情"),
    "price": ("price", "价格", "一口价", "售价", "销售价", "商品价格", "宝贝价格", "单价"),
    "brand": ("brand", "品牌", "品牌名称", "brand_name", "品牌名", "商品品牌", "产品品牌"),
    "category": ("category", "类目", "cid", "宝贝类目", "商品类目", "类目名称", "分类",
                 "category_path", "类目路径", "category_name", "category_id", "所属类目", "商品分类", "产品类目",
                 "叶子类目", "后台类目", "类目全称"),
    "attributes": ("attributes", "宝贝属性", "属性", "商品属性", "attrs", "props", "属性值",
                   "attribute", "商品属性值", "宝贝属性值", "属性信息", "商品参数", "产品参数", "规格参数"),
}

# Columns that carry a single attribute (颜色 column → attributes["颜色"]).
ATTRIBUTE_COLUMNS = ("颜色", "颜色分类", "材质", "面料", "面料材质", "成分含量", "适用性别", "性别",
                     "尺码", "尺寸", "净含量", "容量", "重量", "规格", "型号", "产地", "款式")

# Where several columns could be the id, the seller's own code wins over the platform's number;
# the others stay as fallbacks for rows where the preferred cell is empty (淘宝助理 leaves
# outer_id empty when the seller never set one, num_id is always there).
ID_PREFERENCE = ("outer_id", "outerid", "商家编码", "商品编码", "id", "商品id", "宝贝id", "item_id",
                 "itemid", "product_id", "商品编号", "货号", "编号", "sku_id", "num_id", "numid")


# Columns that hold the platform's own number of the listing (宝贝ID): rows sharing it are SKU
# rows of one listing, never duplicates of each other, whatever the merchant's code says.
LISTING_NUMBER = ("num_id", "numid", "num_iid", "宝贝id", "商品id", "item_id", "itemid", "id")


# Template markers around a header ([必填]宝贝标题, 宝贝标题(选填)) and a unit after it (价格(元),
# 一口价（¥）, 价格/元): not part of the name.
_MARKER = re.compile(r"[\[(【]\s*(?:必填|选填|可选|必选|required|optional|元|rmb|cny|¥|￥|人民币)\s*[\])】]"
                     r"|/\s*(?:元|rmb|cny)\s*$")


def fold(name: str) -> str:
    # Traditional headers (標題, 寶貝名稱: a Taiwan or Hong Kong seller's sheet) fold to simplified.
    s = _MARKER.sub("", normalize_text(unicodedata.normalize("NFKC", str(name))).strip().lower())
    return "".join(ch for ch in s if not ch.isspace() and ch not in "*#")


# field → {folded alias: rank}; a lower rank is a more specific name for the field.
_ALIAS_RANK = {f: {fold(a): i for i, a in enumerate(names)} for f, names in ALIASES.items()}
_ATTR_INDEX = {fold(a): a for a in ATTRIBUTE_COLUMNS}


class ColumnMap:
    """Which column index feeds which canonical field, and what is left over.

    User overrides (`--column title=商品名`, `columns:` in config) come first. Then each field
    takes the column whose header is its most specific alias (`title` beats `name` wherever
    they stand); a header claims at most one field. Columns named like a single attribute
    (颜色, 材质 …) feed `attributes`; every other column is kept in `extra` by header name.
    """

    def __init__(self, header: Sequence[str], overrides: Mapping[str, str] | None = None):
        self.header = [str(h) for h in header]
        folded = [fold(h) for h in self.header]
        self.fields: dict[str, int] = {}
        self.id_fallbacks: list[int] = []
        self.attribute_columns: dict[str, int] = {}
        self.missing_overrides: list[tuple[str, str]] = []
        for field, name in dict(overrides or {}).items():
            fn = fold(name)
            if fn in folded:
                self.fields[field] = folded.index(fn)
            else:
                self.missing_overrides.append((field, name))
        claimed = set(self.fields.values())
        if "id" not in self.fields:
            id_cols = [folded.index(fold(p)) for p in ID_PREFERENCE
                       if fold(p) in folded and folded.index(fold(p)) not in claimed]
            if id_cols:
                self.fields["id"] = id_cols[0]
                self.id_fallbacks = id_cols[1:]
                claimed.update(id_cols)
        for field, ranks in _ALIAS_RANK.items():
            if field in self.fields:
                continue
            best = min(((ranks[fh], i) for i, fh in enumerate(folded) if fh in ranks and i not in claimed),
                       default=None)
            if best is not None:
                self.fields[field] = best[1]
                claimed.add(best[1])
        for i, fh in enumerate(folded):
            if i not in claimed and fh in _ATTR_INDEX:
                self.attribute_columns[_ATTR_INDEX[fh]] = i
                claimed.add(i)
        self.extra = {i: h for i, h in enumerate(self.header) if i not in claimed}
        self.listing_number = next((folded.index(fold(n)) for n in LISTING_NUMBER
                                    if fold(n) in folded), None)

    def has_text(self) -> bool:
        return any(f in self.fields for f in ("title", "subtitle", "shopping_title", "description"))

    def column(self, name: str) -> int | None:
        """Index of the column with this header (folded comparison), or None."""
        fn = fold(name)
        for i, h in enumerate(self.header):
            if fold(h) == fn:
                return i
        return None


def make_listing(cells: Sequence[str], cmap: ColumnMap, row: int, line: int,
                 attribute_parser=parse_attributes, physical_lines: bool = False,
                 lone_cr_breaks: bool = True) -> Listing:
    """`physical_lines`: the cells come from a delimited text file, where a line break inside a
    quoted cell is a line of the file (so a finding can name the line its text is on)."""
    n = len(cells)

    def cell(i: int) -> str:
        return cells[i] if i < n and cells[i] is not None else ""

    fields = {f: cell(i) for f, i in cmap.fields.items() if f != "id"}
    ident = code_value(cell(cmap.fields["id"])) if "id" in cmap.fields else ""
    for i in cmap.id_fallbacks:
        if ident:
            break
        ident = code_value(cell(i))
    extra = {h: _unguarded(cell(i)) for i, h in cmap.extra.items() if cell(i) != ""}
    attrs = attribute_parser(fields.get("attributes", "")) if fields.get("attributes") else {}
    for name, i in cmap.attribute_columns.items():
        v = cell(i).strip()
        if v:
            attrs = {**attrs, name: tuple(x.strip() for x in _split_values(v))}
    if fields.get("brand", "").strip() and "品牌" not in attrs:
        attrs = {**attrs, "品牌": (fields["brand"].strip(),)}
    number = code_value(cell(cmap.listing_number)) if cmap.listing_number is not None else ""
    return Listing(row=row, line=line, id=ident or None, fields=fields, attributes=attrs, extra=extra,
                   number=number or None,
                   field_lines=_field_lines(cells, cmap, lone_cr_breaks) if physical_lines else None,
                   lone_cr_breaks=lone_cr_breaks)


# Excel's text guard: ="0123" keeps a code's leading zero in a CSV it writes. The code is 0123.
_TEXT_GUARD = re.compile(r'^\s*="(.*)"\s*$', re.S)
# A long number Excel saved in scientific notation (1.23457E+15): its digits are lost, so two
# listings can share it by accident. Such a value is no code at all.
EXCEL_SCIENTIFIC = re.compile(r"^\s*[0-9](?:\.[0-9]+)?[eE]\+[0-9]{1,2}\s*$")


def _unguarded(v: str) -> str:
    m = _TEXT_GUARD.match(v) if v.startswith(("=", " ")) else None
    return m.group(1) if m else v


def code_value(v: str) -> str:
    """An id, number or merchant code as the seller meant it: the text guard removed, a value
    Excel shortened to scientific notation dropped (the reader notes it)."""
    v = _unguarded(v).strip()
    return "" if EXCEL_SCIENTIFIC.match(v) else v


def _field_lines(cells: Sequence[str], cmap: ColumnMap, lone_cr: bool = True) -> dict[str, int]:
    """Lines between the record's first line and each field's cell (see Listing.field_lines)."""
    if not any("\n" in c or "\r" in c for c in cells if c):
        return {}
    below, out = 0, {}
    starts = []
    for c in cells:
        starts.append(below)
        if c:
            below += line_breaks(c, lone_cr)
    for f, i in cmap.fields.items():
        if i < len(starts) and starts[i]:
            out[f] = starts[i]
    return out


def _split_values(v: str) -> list[str]:
    for sep in (";", "；", ",", "，", "、"):
        if sep in v:
            return [x for x in v.split(sep) if x.strip()]
    return [v]


def listing_from_mapping(rec: Mapping[str, Any], row: int,
                         overrides: Mapping[str, str] | None = None) -> Listing:
    """A dict keyed by canonical field names or header aliases (API and JSON Lines).
    `_line`, when present, is the physical line the record came from."""
    keys = [k for k in rec.keys() if k != "_line"]
    cmap = ColumnMap(keys, overrides)
    # None, NaN and pandas' NA are empty cells (a DataFrame's to_dict("records") gives them)
    cells = ["" if _missing(rec[k]) else (rec[k] if isinstance(rec[k], str) else _to_text(rec[k])) for k in keys]
    attrs_raw = None
    if "attributes" in cmap.fields and isinstance(rec[keys[cmap.fields["attributes"]]], Mapping):
        attrs_raw = rec[keys[cmap.fields["attributes"]]]
    line = int(rec.get("_line", row)) if isinstance(rec.get("_line", row), int) else row
    listing = make_listing(cells, cmap, row, line)
    if attrs_raw is not None:
        from .attributes import attributes_from_mapping
        merged = {**listing.attributes, **attributes_from_mapping(attrs_raw)}
        listing = replace(listing, attributes=merged)
    return listing


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and v != v) or type(v).__name__ in ("NAType", "NaTType")


def _to_text(v: Any) -> str:
    if isinstance(v, (dict, list)):
        import json
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)
