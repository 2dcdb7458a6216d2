"""Shared helpers for the mismatch (MIS) rules: data files, attribute names, span search.

The MIS data files are not lexicons (they map values to families, not terms to findings), so
they are read here, once, on first use. Attribute names vary by export (颜色 / 颜色分类,
材质 / 面料 / 成分含量, 适用性别 / 性别); `attribute_values(ctx, "colour")` folds them.
"""
from __future__ import annotations

import html

from functools import lru_cache
from typing import Iterable, Mapping

import regex

from ..lexicon import builtin_data_file, read_yaml
from ..text.normalize import normalize_text, squeeze_text

TITLE_LIKE = ("title", "subtitle", "shopping_title")
BASIS = "《淘宝规则》滥发信息：商品要素不一致（标题、属性、价格、类目描述不一致）"


@lru_cache(maxsize=None)
def data_file(name: str) -> Mapping:
    # read_yaml: libyaml where present and a parsed copy cached per file content (start-up).
    return read_yaml(builtin_data_file(name))


def fold_name(name: str) -> str:
    return squeeze(name)


@lru_cache(maxsize=1)
def fits_attribute_names() -> frozenset:
    """Attributes naming what an accessory fits (适用型号, 适用手机型号 …): MIS001's fitted brands
    and MIS004's fitted devices read the same ones."""
    return frozenset(fold_name(n) for n in data_file("attribute-values.yaml")["fits_attributes"])


@lru_cache(maxsize=1)
def _name_index() -> dict[str, tuple[str, ...]]:
    """Attribute name → the properties it may carry: 适用对象 holds a gender (男) or a pet's
    life stage (成猫); each property's vocabulary reads the values it knows."""
    out: dict[str, list[str]] = {}
    doc = data_file("attribute-values.yaml")
    for prop, names in doc["attribute_names"].items():
        for n in names:
            out.setdefault(fold_name(n), []).append(prop)
    for prop, spec in doc.get("enumerations", {}).items():
        for n in spec["attribute"]:
            props = out.setdefault(fold_name(n), [])
            if prop not in props:
                props.append(prop)
    return {k: tuple(v) for k, v in out.items()}


def attribute_values(ctx, prop: str) -> list[tuple[str, str]]:
    """(attribute name, value) pairs of one property (colour, material, gender, quantity)."""
    return attributes_by_property(ctx).get(prop, [])


def attributes_by_property(ctx) -> dict[str, list[tuple[str, str]]]:
    """Property → its (attribute name, value) pairs, for the properties this listing states:
    the attributes, and for a quantity or a material the attributes do not name, the
    description's spec lines (see description_specs)."""
    by_prop = ctx.memo.get("mis.attributes")
    if by_prop is None:
        # MIS004 asks for three properties and MIS005 for a fourth: group the attributes once.
        index = _name_index()
        by_prop = {}
        for name, values in ctx.attributes.items():
            folded = fold_name(name)
            props = index.get(folded)
            if props is None:
                # 面膜片数, 填充物重量: a quantity name at the end of a longer one is that quantity
                # (not a package's, a part's or a gift's: 包装重量, 配件数量)
                tail = _quantity_tail(folded)
                if tail:
                    name, props = tail, ("quantity",)
            for p in props or ():
                by_prop.setdefault(p, []).extend((name, v) for v in values if str(v).strip())
        # a material only where the attributes give none; a quantity's dimension is decided in
        # MIS005, which reads a description's figure only for a dimension the attributes leave out
        stated = set(by_prop)
        from_description = set()
        for name, value, prop in description_specs(ctx):
            # 主材：橡胶木 is a material and a wood species, 材质：316不锈钢 a steel grade too:
            # every property its name carries, each only where the attributes are silent
            for p in (prop, *(index.get(fold_name(name)) or ())) if prop == "material" else (prop,):
                if p == "quantity" or p not in stated:
                    pairs = by_prop.setdefault(p, [])
                    if (name, value) not in pairs:   # (an attribute the description repeats stays one)
                        pairs.append((name, value))
                        from_description.add((name, value))
        ctx.memo["mis.attributes"] = by_prop
        ctx.memo["mis.from-description"] = from_description
    return by_prop


_PRODUCT_MATERIAL_NAMES = frozenset({"材质", "主材", "主材质", "面料", "面料成分", "成分", "成分含量", "主面料", "主面料成分",
                                     "面料材质", "材料", "产品材质", "商品材质", "主体材质", "材质成分"})


def description_restated_properties(ctx) -> dict[str, list[tuple[str, str]]]:
    """The materials the description's spec lines state where the attributes state one too
    (主面料成分:羊毛 and 【成分】腈纶70% 锦纶30%): a second statement MIS004 reads the title
    against, as the attributes' own are read."""
    got = ctx.memo.get("mis.description-restated")
    if got is None:
        got = {}
        by_prop = attributes_by_property(ctx)
        described = ctx.memo.get("mis.from-description") or set()
        # (the attributes' own material of the body or the fabric: a quilt's 填充物:桑蚕丝 and its
        # cover's 面料：棉100% are two parts)
        if by_prop.get("material") and any(pair not in described and fold_name(pair[0]) in _PRODUCT_MATERIAL_NAMES
                                           for pair in by_prop["material"]):
            index = _name_index()
            # (the product's own material only: 表带材质, 外壳材质, 鞋底材质 are a part's)
            # (named as written: 外壳材质 is read as a 材质 elsewhere, a kettle's shell here)
            lines = [(key, value) for key, value, _ in description_spec_pairs(ctx) if key in _PRODUCT_MATERIAL_NAMES]
            # (only a description that states one material: spec lines of several variants,
            # 材质：涤纶 … 材质：PU, describe the options, not this listing)
            if len({squeeze(v) for _, v in lines}) == 1 and lines[0] not in by_prop["material"]:
                got["material"] = lines[:1]
        ctx.memo["mis.description-restated"] = got
    return got


# (not 容量 or 数量: 水箱容量 and 配件数量 are a part's)
_QUANTITY_TAILS = ("片数", "重量", "净含量", "抽数", "粒数", "只数", "张数", "包数")
_NOT_THE_PRODUCTS = regex.compile(r"^(?:包装|外包装|外箱|纸箱|快递|运输|配件|赠品|内箱|彩盒|毛|单|每|最大|最小|额定|建议|适用|承)", regex.V1)


# 包装片数:42片 counts what is in the pack (a package's weight, 包装重量, is the parcel's)
_PACK_CONTENT_COUNT = regex.compile(r"^包装(?:片数|抽数|粒数|只数|张数)$", regex.V1)


@lru_cache(maxsize=256)
def _quantity_tail(name: str) -> str | None:
    if len(name) < 3 or (_NOT_THE_PRODUCTS.search(name) and not _PACK_CONTENT_COUNT.match(name)):
        return None
    return next((t for t in _QUANTITY_TAILS if name.endswith(t) and len(name) > len(t)), None)


def stated_by(ctx, pairs) -> str:
    """Who states `pairs`, for a message: the attributes, the description's spec lines or both."""
    desc = ctx.memo.get("mis.from-description") or set()
    n = sum((name, value) in desc for name, value in pairs)
    return "the attributes" if not n else "the description" if n == len(pairs) else "the attributes and description"


# A description's spec lines (【容量】64GB, 锅体容量：3.5升, 阀体材质：锌合金) state the product's facts
# as the attributes do, and a listing copied from another keeps the other's there. Only the names
# that say the product's own content or material are read, with a prefix naming the product's
# body at most (锅体容量, 阀体材质): a part's (水箱容量), a package's (包装尺寸), a total's (总功率)
# or a shipping weight (重量) is a different figure.
_SPEC_KEYS = {"容量": "quantity", "净含量": "quantity", "存储容量": "quantity",
              "机身存储": "quantity", "电池容量": "quantity", "屏幕尺寸": "quantity", "匹数": "quantity",
              "数量": "quantity", "片数": "quantity", "抽数": "quantity", "规格": "quantity", "产品规格": "quantity", "功率": "quantity", "额定功率": "quantity",
              # a computer's memory and disk, a cable's length, a product's own net weight (净重, not
              # the parcel's 重量 or 毛重)
              "内存": "quantity", "运行内存": "quantity", "内存容量": "quantity", "硬盘": "quantity", "硬盘容量": "quantity",
              "固态硬盘": "quantity", "存储": "quantity", "线长": "quantity", "净重": "quantity",
              "材质": "material", "主材": "material", "主材质": "material", "面料": "material", "材料": "material",
              "面料成分": "material", "成分含量": "material", "面料材质": "material", "主面料": "material",
              "主面料成分": "material", "杖身材质": "material", "竿身材质": "material", "杆身材质": "material",
              "车架材质": "material", "镜架材质": "material", "表带": "material", "表带材质": "material",
              "带身": "material", "鞋面": "material", "鞋面材质": "material"}
_BODY_PREFIX = ("锅体", "机身", "产品", "商品", "整机", "主体", "杯体", "壶体", "瓶身", "阀体", "锅身", "主机", "本体", "外壳", "整车")
# a spec line's first clause: its value for the material and quantity readers (净含量：500g，约20包)
_CLAUSE_END = regex.compile(r"[，,；;。【(（]")


def _spec_name(key: str) -> tuple[str, str] | None:
    if key in _SPEC_KEYS:
        return key, _SPEC_KEYS[key]
    for prefix in _BODY_PREFIX:
        if key.startswith(prefix) and key[len(prefix):] in _SPEC_KEYS:
            return key[len(prefix):], _SPEC_KEYS[key[len(prefix):]]
    # any other name a closed set of values is read under (类型:油性漆, 豆种:罗布斯塔), except
    # the ones whose line so often describes a choice or a picture (颜色：以实物为准, 适用人群)
    props = _name_index().get(key)
    if props and props[0] not in _NOT_FROM_DESCRIPTION:
        return key, props[0]
    return None


_NOT_FROM_DESCRIPTION = frozenset({"quantity", "colour", "gender"})


# A spec table's row (<td>屏幕尺寸</td><td>12.1英寸</td>) states a fact as a spec line does: a
# cell of a name (two to six characters) and the cells after it, every one of them (a row of
# the variants on sale, 容量 3L | 4L | 5L, or of a size chart, 尺码 35 | 36 | 37, lists them
# all). A row of names and values in turn (品名 | 船袜 | 数量 | 3双) is read as pairs.
_TABLE_ROW = regex.compile(r"<tr\b[^>]*>(?P<row>.*?)</tr>", regex.V1 | regex.I | regex.S)
_TABLE_CELL = regex.compile(r"<t[dh]\b[^>]*>(?P<c>.*?)</t[dh]>", regex.V1 | regex.I | regex.S)
_TAGS = regex.compile(r"<[^>]+>")
_CELL_NAME = regex.compile(r"\p{Han}{2,6}\s*[:：]?", regex.V1)
# (…a row is read as pairs when a later name cell is a spec label: 品名 | 船袜 | 数量 | 3双)
_SPEC_LABEL_CELL = regex.compile(r"(?:数量|规格|尺寸|尺码|容量|净含量|重量|材质|面料|颜色|型号|功率|产地|品牌|等级)\s*[:：]?", regex.V1)


def _table_pairs(text: str) -> list[tuple[str, str]]:
    out = []
    for row in _TABLE_ROW.finditer(text):
        cells = [norm(html.unescape(_TAGS.sub("", c.group("c")))).strip() for c in _TABLE_CELL.finditer(row.group("row"))]
        cells = [c for c in cells if c]
        if len(cells) < 2 or not _CELL_NAME.fullmatch(cells[0]):
            continue
        if len(cells) % 2 == 0 and len(cells) > 2 and all(_CELL_NAME.fullmatch(c) for c in cells[0::2]) \
                and (not any(_CELL_NAME.fullmatch(c) for c in cells[1::2])
                     or any(_SPEC_LABEL_CELL.fullmatch(c) for c in cells[2::2])):
            out.extend((cells[i].rstrip(":："), cells[i + 1]) for i in range(0, len(cells), 2))
        else:
            out.append((cells[0].rstrip(":："), "/".join(cells[1:])))
    return out


# A spec line read to its end (尺码：L，XL，XXL 三个码可选; 尺寸：收纳后60×15cm，展开120×60cm):
# a line listing the choices lists them all, and what a comma or a bracket adds (（支持虚拟7.1）,
# 原料2019年) is part of what the line states. It ends at the next label, a full stop or a line.
# (【规格】 with nothing after it states nothing: the next line's label is its own; but a
# composition's 聚酯纤维：95% is a value)
_NEXT_LABEL = r"\p{Han}{2,6}\s*:(?!\s*[0-9.]+\s*%)"
_SPEC_LINE_FULL = regex.compile(r"(?:^|(?<=[\n\s>】，,；;。|/:：]))(?:【(?P<k1>\p{Han}{2,6})】\s*:?|(?P<k2>\p{Han}{2,6})\s*:)"
                                rf"\s*(?P<v>(?!{_NEXT_LABEL})(?:(?!\s+{_NEXT_LABEL}|[，,]\s*{_NEXT_LABEL})[^\n；;。【]){{1,80}})", regex.V1)
# (…not a spec of something given with it: 下单送同款小地垫一块 尺寸：40×60cm; 配送, 送礼 and 赠运费险
# give no thing)
_OTHER_THING_BEFORE = regex.compile(r"(?<![配快运递发])送(?!礼|货|达|到|运费险|检)|赠(?!运费险|送运费险)|加购|另购|可选购|单独购买", regex.V1)
# (…and a figure of a thing paired with it: 配套充电头 功率：18W, 可搭配小号收纳盒 容量：500ml; a
# material after 可搭配牛仔裤 is still the product's)
_PAIRED_BEFORE = regex.compile(r"配套|搭配(?!建议)", regex.V1)
_PAIRED_KEYS = frozenset({"容量", "功率", "额定功率", "规格", "尺寸", "净含量", "重量"})
# (the sentence up to the label: 买就送试用装，净含量：10ml is the sample's too)
_CLAUSE_START = regex.compile(r"[。！？!?\n>】；;]")


def description_spec_pairs(ctx) -> list[tuple[str, str, str]]:
    """(folded name, value, whole line) of the description's spec lines (容量：1.75L, 【材质】棉)
    and spec table rows, in the norm view; read once per listing. `value` stops at a comma or a
    bracket, as the material and quantity readers want it; `whole line` runs to the line's end."""
    got = ctx.memo.get("mis.description-spec-pairs")
    if got is None:
        got = []
        text = ctx.value("description")
        if text and (":" in text or "：" in text or "【" in text):
            view = ctx.text("description").view("norm")
            for m in _SPEC_LINE_FULL.finditer(view):
                line = m.group("v").strip()
                head = _CLAUSE_START.split(view[max(0, m.start() - 30):m.start()])[-1]
                key = fold_name(m.group("k1") or m.group("k2"))
                if not line or _OTHER_THING_BEFORE.search(head) or (key in _PAIRED_KEYS and _PAIRED_BEFORE.search(head)):
                    continue
                got.append((key, _CLAUSE_END.split(line, 1)[0].strip()[:30], line))
        if text and ("<t" in text or "<T" in text):
            for key, value in _table_pairs(text):
                got.append((fold_name(key), value, value))
        ctx.memo["mis.description-spec-pairs"] = got
    return got


def description_attributes(ctx) -> dict[str, list[str]]:
    """Folded name → values of the description's spec lines and table rows (尺寸：2.5×2.5m,
    显存：6GB) under names the attributes do not give: a listing whose attributes are thin
    states its facts there, and the codes and sizes a title states are read against them as
    against attributes."""
    got = ctx.memo.get("mis.description-attributes")
    if got is None:
        got = {}
        have = {fold_name(n) for n in ctx.attributes}
        for key, _, line in description_spec_pairs(ctx):
            if key not in have:
                got.setdefault(key, []).append(line)
        ctx.memo["mis.description-attributes"] = got
    return got


def description_specs(ctx) -> list[tuple[str, str, str]]:
    """(attribute name, value, property) of the description's spec lines and table rows."""
    out = []
    for key, value, line in description_spec_pairs(ctx):
        got = _spec_name(key)
        if not got:
            continue
        if got[0] in _WHOLE_LINE_QUANTITIES:
            # 功率：低档1000W，高档2200W lists both; 规格：5斤/袋，两袋装 gives one bag's, and
            # 规格：单果约250g，整箱10斤 one fruit's: a 规格 line is read only when it holds one figure
            if got[0] in ("规格", "产品规格") and not _one_pack_figure(line):
                continue
            out.append((got[0], line, got[1]))
            continue
        # (a closed set's line is read whole: 口味：原味，麻辣味，五香味 lists three)
        out.append((got[0], value if got[1] in _CUT_PROPERTIES else line, got[1]))
    return out


# the properties whose spec line is read to its first comma, as it always was (净含量：500g，约20包;
# 型号：HX6730，适合成人使用)
_CUT_PROPERTIES = frozenset({"quantity", "material", "model", "fits-model"})
_WHOLE_LINE_QUANTITIES = frozenset({"规格", "产品规格", "功率", "额定功率"})
def _one_pack_figure(line: str) -> bool:
    """A 规格 line that gives what one listing holds: one figure (500g/罐), or a pack's formula
    (500mg/粒×100粒); not one piece's (单果约250g) nor one unit's before a count of units
    (5斤/袋，两袋装; 5g/泡，共20泡), nor several figures (单果80-100g，5斤约25-30个)."""
    if _PER_PIECE.search(line):
        return False
    if _TIMES.search(line):
        return True
    return len(_FIGURE.findall(line)) <= 1 and not (_PER_UNIT_SLASH.search(line) and _PACK_AFTER.search(line))


_PER_PIECE = regex.compile(r"每[个只粒片颗]|单[果个只片颗]", regex.V1)
_TIMES = regex.compile(r"[0-9粒片袋包瓶支个只]\s*[×*xX]\s*[0-9]", regex.V1)
# (5斤/袋，两袋装; 5g/泡，共20泡: one unit's figure, then how many units)
_PER_UNIT_SLASH = regex.compile(r"/\s*[袋包瓶盒罐支片个只泡粒条]", regex.V1)
_PACK_AFTER = regex.compile(r"共|[0-9一二两三四五六七八九十]+\s*[袋包瓶盒罐泡支片个只粒条]\s*装?", regex.V1)
_FIGURE = regex.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?:kg|g|ml|l|斤|克|千克|公斤|毫升|升|w|瓦|片|只|个|支|袋|包|瓶|粒)(?![a-z])", regex.I)


def find_all(text: str, word: str) -> Iterable[int]:
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


# Attribute names, values and brand aliases repeat across a file: fold each string once.
@lru_cache(maxsize=65536)
def norm(s: str) -> str:
    return normalize_text(str(s))


@lru_cache(maxsize=65536)
def squeeze(s: str) -> str:
    return squeeze_text(str(s))
