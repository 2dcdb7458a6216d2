"""The compact per-item record the duplicate rules keep: a few strings and integers.

It is built in the item pass (possibly in a worker process, so it must pickle small) and is all
the corpus pass ever sees of an item: no description text, no HTML, only hashes of them. The
title is kept because it is short (Taobao caps it at 60 GBK bytes) and the verifier needs it.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import NamedTuple

from ..text.normalize import SEPARATOR_RUN, normalize_text, squeeze_text

# The start of the description that takes part in the comparison (squeezed characters).
DESCRIPTION_HEAD = 64
# Columns that carry the main picture or the merchant's own code, by header name.
PICTURE_COLUMNS = ("picture", "主图", "主图图片", "宝贝图片", "新图片", "main_image", "image", "pic_url")
OUTER_ID_COLUMNS = ("outer_id", "outerid", "商家编码", "商品编码")
PLACEHOLDER_IDS = frozenset({"", "0", "-", "无", "null", "none", "n/a", "na"})


class DupSignature(NamedTuple):
    row: int
    id: str | None
    title: str | None   # original title (the finding's span covers it); None: equal to text
    text: str           # normalised title, separator runs as one space: what the comparison reads
    content: int        # hash of squeezed title + squeezed description (DUP001)
    description_head: int  # hash of the description's first characters, 0 when there is none
    picture: str | None    # main picture id (淘宝助理 md5) or URL
    outer_id: str | None
    brand: str = ""        # brand names, squeezed, "/"-separated (adidas/阿迪达斯)
    model: str = ""        # 型号, squeezed
    number: str | None = None  # the platform's listing number (宝贝ID), when the file has one
    # Colour/size words of the title (SKU splits) and the title without them: per-title work
    # done here, in the item pass, so that a --jobs run spreads it over the workers instead
    # of leaving it to the serial corpus pass (10k rows: about 0.45 s of its 0.9 s).
    variants: tuple[str, ...] = ()
    stripped_key: int = 0      # hash of (title without variant words, brand, model); 0: no variants
    stripped_chars: int = 0    # length of that title
    product_code: str | None = None  # ISBN, barcode, or brand + 型号 (+ what it fits): one product
    # the content measure (净含量:106g*10, units folded) of a brand + 型号 code: one model sold
    # as a single pack and as a ten-pack is two products, as Taobao lets a shop list them
    measure: str = ""
    spec_key: int = 0          # hash of category, brand and the product's attributes; 0: too few to tell
    # For a consumable sold by weight or volume: hash of category, brand and the defining
    # attributes (净含量:250g, 茶种类, 香型 …), the flavour's hash and the article code's (货号);
    # the corpus pass compares the listings of one bucket by their titles.
    spec_bucket: int = 0
    spec_flavour: int = 0
    article: int = 0

    @property
    def original_title(self) -> str:
        return self.text if self.title is None else self.title

    @property
    def squeezed(self) -> str:
        return self.text.replace(" ", "")


# Attributes that name the product: two listings that disagree on one are two products.
BRAND_ATTRIBUTES = ("品牌",)
MODEL_ATTRIBUTES = ("型号",)


def hash64(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def build_signature(ctx) -> DupSignature | None:
    listing = ctx.listing
    title = listing.fields.get("title") or ""
    text = spaced_text(title, _title_norm(ctx, title))
    squeezed = text.replace(" ", "")
    description = ctx.text("description").view("squeezed") if listing.fields.get("description") else ""
    if not squeezed and not description:
        return None
    brand = _attribute(listing, BRAND_ATTRIBUTES, listing.fields.get("brand") or "")
    model = _attribute(listing, MODEL_ATTRIBUTES, "")
    variants, stripped_key, stripped_chars = _variant_facts(text, squeezed, brand, model)
    return DupSignature(
        # A title already in normal form is kept once (a million signatures held it twice).
        row=listing.row, id=listing.id, title=None if title == text else title, text=text,
        content=hash64("\x00".join((squeezed, description, brand, model))),
        description_head=hash64(description[:DESCRIPTION_HEAD]) if description else 0,
        picture=main_picture(listing.extra), outer_id=outer_id(listing),
        brand=brand, model=model,
        # 淘宝助理 writes num_id 0 for listings not uploaded yet: no number, not one listing.
        number=listing.number if listing.number and listing.number.lower() not in PLACEHOLDER_IDS else None,
        variants=variants, stripped_key=stripped_key, stripped_chars=stripped_chars,
        product_code=(code := product_code(listing, brand, model)),
        measure=_measure(listing) if code and " 型号 " in code else "",
        spec_key=spec_key(listing, brand),
        **_spec_facts(listing, brand),
    )


# Taobao counts a product listed again with "重要属性完全相同" as 重复铺货, whatever the new title
# says. The seller's own codes and the colour change when a listing is copied (货号 YJ-G3 →
# YJ-G3-2; a colour split is DUP003's), so they are left out; what is left must say enough to
# name one product: a category, at least three attributes, one of them a measure with a digit.
_NOT_PRODUCT_ATTRIBUTES = frozenset({"品牌", "货号", "款号", "商家编码", "商品编码", "颜色分类", "颜色", "主要颜色", "色号",
                                      "上市年份季节", "上市时间", "上市年份", "商品id", "宝贝id"})
SPEC_MIN_ATTRIBUTES = 3
_WORK_ATTRIBUTES = frozenset({"作者", "出版社", "书名", "出版时间", "译者", "isbn", "isbn编号", "艺人", "歌手", "导演"})


def spec_key(listing, brand: str) -> int:
    category = _squeezed_value(listing.fields.get("category") or "")
    if not category or not listing.attributes:
        return 0
    pairs = []
    for name, values in listing.attributes.items():
        folded = name.strip().lower()
        if folded in _WORK_ATTRIBUTES:
            return 0   # a book or a record: one author's works share every attribute but the title
        if folded in _NOT_PRODUCT_ATTRIBUTES:
            continue
        value = "/".join(sorted({_squeezed_value(str(v)) for v in values} - {""}))
        if value:
            pairs.append((folded, value))
    if len(pairs) < SPEC_MIN_ATTRIBUTES or not any(_DIGITS.search(v) for _, v in pairs):
        return 0
    return hash64("\x00".join([category, brand] + [f"{n}={v}" for n, v in sorted(pairs)]))


# A copy of a listing keeps its product's facts even when the title is rewritten and a label
# attribute is dropped (闽山 安溪铁观音 清香型 250g vs 2024新茶 闽山 铁观音 清香型 250g). For a
# consumable (a content measure, 净含量/重量/容量 with a figure) the defining attributes — all
# but the label's and the shop's (产地, 保质期, 包装方式, 生产许可证编号 …) and the flavour — must be
# the same, two of them at least besides the measure; the bucket key is their hash with the
# category and brand, so listings are compared only with the few that share all of it. Clothes
# and shoes of one brand share every attribute but the design and have no such measure.
_MEASURE_ATTRIBUTES = frozenset({"净含量", "重量", "净重", "容量", "规格", "产品重量", "商品重量", "包装规格", "体积", "毛重"})
_LABEL_ATTRIBUTES = frozenset({"产地", "省份", "城市", "原产地", "生产地", "保质期", "包装方式", "包装", "生产许可证编号",
                               "生产许可证号", "储存条件", "储藏方法", "贮存条件", "厂名", "厂址", "厂家联系方式", "执行标准",
                               "产品标准号", "配料表", "配料", "食品添加剂", "生产日期", "售卖方式", "是否进口", "是否含糖",
                               "特产品类", "商品条形码", "条形码", "条码", "批准文号"})
_ARTICLE_ATTRIBUTES = frozenset({"货号", "款号", "型号"})
_FLAVOUR_ATTRIBUTES = frozenset({"口味", "香味"})
SPEC_MIN_DEFINING = 2
_UNIT_FOLD = (("千克", "kg"), ("公斤", "kg"), ("克", "g"), ("毫升", "ml"), ("升", "l"))


# The content measure of a brand + 型号 code, by a fixed order of names (净含量 first; never
# 毛重, a shipping weight), as one amount in g or ml: 0.5L = 500毫升, 106g*10 = 10*106g = 106g×10袋
# = 1060g, 约106g = 106g/袋 = 106g.
_MEASURE_ORDER = ("净含量", "容量", "净重", "重量", "产品重量", "商品重量", "体积", "包装规格", "规格")
_MEASURE_FIGURE = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*(kg|千克|公斤|g|克|斤|ml|毫升|l|升)(?![a-wyz])", re.I)
_MULTIPLIER_AFTER = re.compile(r"\s*[*×xX]\s*([0-9]{1,3})(?![0-9.])")
_MULTIPLIER_BEFORE = re.compile(r"(?<![0-9.])([0-9]{1,3})\s*(?:袋|包|盒|瓶|罐|支|条|片|个|只|听|桶|箱|提)?\s*[*×xX]\s*$")
_TO_BASE = {"kg": (1000, "g"), "千克": (1000, "g"), "公斤": (1000, "g"), "g": (1, "g"), "克": (1, "g"), "斤": (500, "g"),
            "l": (1000, "ml"), "升": (1000, "ml"), "ml": (1, "ml"), "毫升": (1, "ml")}


@lru_cache(maxsize=1 << 12)
def _measure_value(value: str) -> str:
    """One amount in base units ('' when the value gives none); a spec bucket's measures are
    compared the same way."""
    text = normalize_text(value)
    m = _MEASURE_FIGURE.search(text)
    if not m:
        return ""
    factor, unit = _TO_BASE[m.group(2).lower()]
    total = float(m.group(1)) * factor
    after = _MULTIPLIER_AFTER.match(text, m.end())
    before = _MULTIPLIER_BEFORE.search(text, 0, m.start())
    for mult in (after, before):
        if mult:
            total *= int(mult.group(1))
    return f"{total:g}{unit}"


def _measure(listing) -> str:
    by_name = {name.strip().lower(): values for name, values in listing.attributes.items()}
    for name in _MEASURE_ORDER:
        for v in by_name.get(name, ()):
            got = _measure_value(str(v))
            if got:
                return got
    return _pack_measure(listing, by_name)


# …or, for a model with no content measure, what one listing holds: the count of pieces (a
# cable alone or 3条装) and of the batteries with a tool (a bare drill, 电池数量:0, or a kit).
# A listing stating no count is one piece: a copy rarely drops a pack count, and a multi-pack
# beside single listings of one model is another product, not the single one again.
_COUNT_NAMES = ("数量", "包装数量", "件数", "只数", "条数", "支数量", "套装数量")
_BATTERY_NAMES = ("电池数量", "电池块数", "标配电池")
_FIRST_INT = re.compile(r"(?<![0-9.])([0-9]{1,3})(?![0-9.])")
_TITLE_PACK = re.compile(r"(?<![0-9.])([2-9]|[1-9][0-9]|[两二三四五六七八九十])\s*(?:条|支|个|只|件|双|包|盒|瓶|袋|片)装")
_BARE_TOOL = re.compile(r"裸机|单主机|不含电池|无电池")


def _pack_measure(listing, by_name) -> str:
    from ..text.numbers import chinese_to_int
    count = next((int(m.group(1)) for n in _COUNT_NAMES for v in by_name.get(n, ())
                  for m in [_FIRST_INT.search(normalize_text(str(v)))] if m), None)
    # (the title's pack wins over a 数量:1 that counts the order unit: 3条装 with 数量:1)
    m = _TITLE_PACK.search(normalize_text(listing.title or ""))
    if m and (count is None or count == 1):
        count = int(m.group(1)) if m.group(1).isdigit() else chinese_to_int(m.group(1))
    # (only a bare tool's batteries set a listing apart: a copy of a kit often drops 电池数量)
    batteries = next((m.group(1) for n in _BATTERY_NAMES for v in by_name.get(n, ())
                      for m in [_FIRST_INT.search(normalize_text(str(v)))] if m and m.group(1) == "0"), None)
    if batteries is None and _BARE_TOOL.search(listing.title or ""):
        batteries = "0"
    if count is None and batteries is None:
        return ""   # (groups.py reads a listing that states no pack as one piece beside pack measures)
    return f"n{count or 1}" + (f"b{batteries}" if batteries is not None else "")


def _fold_units(value: str) -> str:
    for a, b in _UNIT_FOLD:
        value = value.replace(a, b)
    return value


def _spec_facts(listing, brand: str) -> dict:
    category = _squeezed_value(listing.fields.get("category") or "")
    if not category or not brand or not listing.attributes or brand in ("无品牌", "无", "其他", "其它"):
        return {}
    core, flavour, measures, article = [], "", 0, 0
    for name, values in listing.attributes.items():
        folded = name.strip().lower()
        if folded in _WORK_ATTRIBUTES:
            return {}
        value = "/".join(sorted({(_measure_value(str(v)) or _squeezed_value(str(v))) if folded in _MEASURE_ATTRIBUTES
                                 else _squeezed_value(str(v)) for v in values} - {""}))
        if not value:
            continue
        if folded in _ARTICLE_ATTRIBUTES:
            article = hash64(value)
        elif folded in _FLAVOUR_ATTRIBUTES:
            flavour = value
        elif folded in _MEASURE_ATTRIBUTES and _DIGITS.search(value):
            measures += 1
            core.append(f"{folded}={value}")
        elif folded not in _NOT_PRODUCT_ATTRIBUTES and folded not in _LABEL_ATTRIBUTES:
            core.append(f"{folded}={value}")
    if not measures or len(core) - measures < SPEC_MIN_DEFINING:
        return {}
    return {"spec_bucket": hash64("\x00".join([category, brand] + sorted(core))),
            "spec_flavour": hash64(flavour) if flavour else 0, "article": article}


# Codes that name one product whoever lists it: a book's ISBN, a barcode (EAN-13/UPC). Two
# listings with the same one sell the same product.
ISBN_ATTRIBUTES = ("isbn编号", "isbn", "书号", "isbn号")
BARCODE_ATTRIBUTES = ("条形码", "条码", "商品条码", "ean", "upc")
FITS_ATTRIBUTES = ("适用型号", "适用手机型号", "适用机型", "兼容型号", "适用车型")
_DIGITS = re.compile(r"[0-9]")


def _attribute_value(listing, names) -> str:
    for name, values in listing.attributes.items():
        if name.lower() in names:
            for v in values:
                v = str(v).strip()
                if v:
                    return v
    return ""


def product_code(listing, brand: str, model: str) -> str | None:
    """ISBN, else barcode (their digits, 10-14 of them), else brand and 型号 when the model has
    a digit (型号:QM-C20 of 青芒; 型号:通用 names nothing), with what it fits (a case series may
    share one 型号 across phones)."""
    if not listing.attributes:
        return None
    for names, label in ((ISBN_ATTRIBUTES, "ISBN"), (BARCODE_ATTRIBUTES, "条形码")):
        digits = "".join(_DIGITS.findall(_attribute_value(listing, names)))
        if 10 <= len(digits) <= 14 and len(set(digits)) > 2:
            return f"{label} {digits}"
    if brand and model and _DIGITS.search(model) and len(model) >= 2:
        fits = _squeezed_value(_attribute_value(listing, FITS_ATTRIBUTES))
        return f"{_brand_key(brand)} 型号 {model.replace('-', '')}" + (f" 适用 {fits}" if fits else "")
    return None


def _brand_key(brand: str) -> str:
    """One spelling per brand: 罗技, Logitech/罗技 and LOGITECH/罗技 are one maker (its Chinese
    name when the value has one)."""
    parts = brand.split("/")
    return next((p for p in parts if _HAN.search(p)), parts[0])


_HAN = re.compile(r"[\u4e00-\u9fff]")


_VARIANT_SETS: dict[tuple[str, ...], tuple[str, ...]] = {}


def _variant_facts(text: str, squeezed: str, brand: str, model: str) -> tuple[tuple[str, ...], int, int]:
    """The variant words of the title as the comparison spells it, and the key and length of
    the squeezed title without them (listings equal but for colour or size share the key)."""
    from .words import dup_words, same_spelling
    words = dup_words()
    variants = words.variant_words(same_spelling()(text))
    if not variants:
        return (), 0, 0
    if len(_VARIANT_SETS) < 1 << 16:  # the same few sets recur across an export: keep one copy
        variants = _VARIANT_SETS.setdefault(variants, variants)
    stripped = words.strip_variants(squeezed)
    return variants, hash64("\x00".join((stripped, brand, model))), len(stripped)


def _title_norm(ctx, title: str) -> str | None:
    """The title's norm view as the other rules already built it (or will). The view's dense
    table stops at U+FFFF while normalize_text's table has no such limit (it holds nothing
    beyond today): a title with such characters (emoji, 𝐀) keeps the full table."""
    if not title or max(title) > "\uffff":
        return None
    return ctx.text("title").view("norm")


def spaced_text(title: str, norm: str | None = None) -> str:
    """The norm view with every run of separators as one space: words stay apart, so a
    reordered title keeps all its within-word bigrams. `norm`: the title's norm view, if
    the caller has it. Units after a number are written one way (1米 and 1m, 20000毫安 and
    20000mah are one size), so a copy that spells its unit differently is still a copy."""
    if norm is None:
        norm = normalize_text(title)
    if "+" in norm:  # S24 and S24+, C and C++ are different products: keep the plus as a word
        norm = _MODEL_PLUS.sub(" plus ", norm)
    text = SEPARATOR_RUN.sub(" ", norm.replace("\x00", " ")).strip()
    units, hint, pattern = _unit_patterns()
    return pattern.sub(lambda m: units[m.group(1)], text) if hint.search(text) else text


_MODEL_PLUS = re.compile(r"(?<=[a-z0-9+])\+")


@lru_cache(maxsize=1)
def _unit_patterns():
    """wordlists/duplicates.yaml `unit_symbols`: the map, a one-character gate, the pattern."""
    from ..lexicon import builtin_data_file, read_yaml
    units = {str(k): str(v) for k, v in read_yaml(builtin_data_file("duplicates.yaml"))["unit_symbols"].items()}
    hint = re.compile("[" + re.escape("".join(sorted({u[0] for u in units}))) + "]")
    pattern = re.compile(r"(?<=[0-9]) ?(" + "|".join(sorted(map(re.escape, units), key=len, reverse=True))
                         + r")(?![米色白])")
    return units, hint, pattern


# Brand and model values repeat across an export (one shop, a few brands): squeeze each
# distinct value once per process.
_squeezed_value = lru_cache(maxsize=1 << 14)(squeeze_text)


def _attribute(listing, names, fallback: str) -> str:
    for name in names:
        values = listing.attributes.get(name)
        if values:
            return "/".join(sorted({_squeezed_value(p) for v in values for p in v.split("/")} - {""}))
    if not fallback:
        return ""
    return "/".join(sorted({_squeezed_value(p) for p in fallback.split("/")} - {""}))


def same_product_attributes(a: DupSignature, b: DupSignature) -> bool:
    """Brand and model agree where both listings state them (adidas/阿迪达斯 agrees with 阿迪达斯)."""
    for x, y in ((a.brand, b.brand), (a.model, b.model)):
        if x and y and x != y and not set(x.split("/")) & set(y.split("/")):
            return False
    return True


def main_picture(extra) -> str | None:
    """The main picture's id. 淘宝助理 writes `md5:kind:pos:pid:vid|url;` per picture; the
    main one is kind 1 at position 0 (else the first). Other exports carry plain URLs."""
    for col in PICTURE_COLUMNS:
        cell = (extra.get(col) or "").strip()
        if not cell:
            continue
        entries = [e.strip() for e in cell.replace("\n", ";").split(";") if e.strip()]
        if not entries:
            continue
        if "|" in cell or entries[0].count(":") >= 2 and "//" not in entries[0].split("|")[0]:
            return _assistant_picture(entries)
        return _url_key(entries[0].split(",")[0].split()[0])
    return None


def _assistant_picture(entries: list[str]) -> str | None:
    chosen = None
    for e in entries:
        ident, _, url = e.partition("|")
        parts = ident.split(":")
        key = parts[0].strip().lower() or _url_key(url)
        if not key:
            continue
        if chosen is None:
            chosen = key
        if len(parts) >= 3 and parts[1].strip() == "1" and parts[2].strip() == "0":
            return key
    return chosen


def _url_key(url: str) -> str | None:
    """A picture URL without scheme, query or size suffix (…jpg_400x400.jpg is the same image)."""
    u = url.strip().split("?")[0].split("#")[0]
    u = u.split("//", 1)[-1].lower()
    if "_" in u.rsplit("/", 1)[-1]:
        head, _, tail = u.rpartition("_")
        if tail.endswith((".jpg", ".png", ".webp", ".jpeg")) and "x" in tail:
            u = head
    return u or None


# The merchant's article number as a 宝贝属性 (货号:HM-WY2601): the same code as 商家编码 where
# an export has no such column. A value without a digit (货号:见详情) is no code, unless it is
# Latin letters joined by a dash (YP-KH), which is how some shops number a whole range.
ARTICLE_ATTRIBUTES = ("货号", "商家编码", "款号", "商品货号")
_HAS_DIGIT = re.compile(r"[0-9]")
_LETTER_CODE = re.compile(r"[A-Za-z]{2,}(?:[-_][A-Za-z]{2,})+")


def outer_id(listing) -> str | None:
    """The merchant's code (商家编码 / outer_id): its own column, else a 货号 attribute, else the
    id column (which prefers outer_id when a file has several id-like columns)."""
    extra = listing.extra or {}
    for col in OUTER_ID_COLUMNS:
        v = (extra.get(col) or "").strip()
        if v:
            return None if v.lower() in PLACEHOLDER_IDS else v
    for name in ARTICLE_ATTRIBUTES:
        for v in listing.attributes.get(name) or ():
            v = str(v).strip()
            if len(v) >= 3 and _HAS_DIGIT.search(v) or _LETTER_CODE.fullmatch(v):
                return v
    v = (listing.id or "").strip()
    return None if v.lower() in PLACEHOLDER_IDS else v
