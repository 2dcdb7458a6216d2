"""Brand claims in titles: the brand dictionary, one automaton per view, and the decisions
that make a dictionary hit a claim (boundaries, context for ambiguous aliases, compatibility).

Aliases with a CJK character are matched on the squeezed view (耐 克 is 耐克); Latin aliases on
the norm view, so their word boundaries survive (LV must not fire inside "LVL", Gap inside
"gaps"). Short Latin aliases and those listed under `exact` must also match case as written.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

import regex

from ..lexicon import read_yaml
from .mismatch_data import data_file, squeeze
from ..text.normalize import FieldText, normalize_text, squeeze_text

_CJK = regex.compile(r"\p{Han}")
_LATIN_LETTER = regex.compile(r"[a-z]")
NO_BRAND = {squeeze(x) for x in ("无品牌", "无", "其他", "其它", "other", "others", "none", "无品牌/无注册商标",
                                 "无注册商标", "不详", "无牌", "暂无", "空", "null", "n/a", "na", "-", "/", "oem")}
_ATTR_SPLIT = regex.compile(r"[/／|()（）\[\]【】,，、;；]+|\s{2,}")
# (…also after the maker's Latin name and a model: 佳能 Canon PG-845 原装墨盒 is Canon's own)
# (not 华为P60原装同款, 苹果15原装品质: what the accessory is as good as)
_CLAIM_AFTER = regex.compile(r"^(?:[a-z]{2,12})?(?:[a-z]{0,3}-?[0-9]{2,5}[a-z]{0,3})?(?:原装|原厂|正品|官方|官网|旗舰|专柜)(?!同款|品质|级|一样|同等|效果|尺寸|手感|开孔|标准|版型)")


@dataclass
class Brand:
    name: str
    family: str
    names: tuple[str, ...]
    compat: bool = False
    context: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # squeezed alias → words
    exact: frozenset = frozenset()          # Latin forms that must match as written
    exempt: tuple = ()                       # squeezed phrases that make a hit not a brand


@dataclass(frozen=True)
class BrandHit:
    brand: Brand
    field: str
    view: str
    start: int
    end: int
    text: str


def _parse_brand(item, sector_compat: bool, where: str) -> Brand:
    opts: dict = {}
    if isinstance(item, Mapping):
        opts = dict(item)
        names = [str(n) for n in opts.pop("names", [])]
    elif isinstance(item, (list, tuple)):
        names = []
        for x in item:
            if isinstance(x, Mapping):
                opts.update(x)
            else:
                names.append(str(x))
    else:
        names = [str(item)]
    if not names:
        raise ValueError(f"{where}: a brand needs at least one name")
    ctx = {squeeze(k): tuple(squeeze(w) for w in (v or [])) for k, v in (opts.get("context") or {}).items()}
    return Brand(
        name=names[0], family=str(opts.get("family") or names[0]), names=tuple(names),
        compat=bool(opts.get("compat", sector_compat)), context=ctx,
        exact=frozenset(str(x) for x in (opts.get("exact") or [])),
        exempt=tuple(squeeze(x) for x in (opts.get("exempt") or [])),
    )


def brands_from_doc(doc: Mapping, where: str) -> list[Brand]:
    out = []
    if "sectors" in doc:
        for sname, sector in (doc.get("sectors") or {}).items():
            for i, item in enumerate(sector.get("brands") or []):
                out.append(_parse_brand(item, bool(sector.get("compat", False)), f"{where} {sname}[{i}]"))
    for i, item in enumerate(doc.get("brands") or []):  # a user file may list brands flat
        out.append(_parse_brand(item, False, f"{where} brands[{i}]"))
    return out


def _is_short_latin(alias: str) -> bool:
    return not _CJK.search(alias) and len(alias) <= 3


class BrandMatcher:
    """All brand aliases in two automata (squeezed view for CJK aliases, norm for Latin)."""

    def __init__(self, brands: Iterable[Brand]):
        import ahocorasick_rs

        self.brands = list(brands)
        self.families: dict[str, set[str]] = {}   # family → squeezed aliases of its brands
        tables: dict[str, dict[str, list[tuple[Brand, str]]]] = {"squeezed": {}, "norm": {}}
        for b in self.brands:
            fam = self.families.setdefault(b.family, set())
            for alias in b.names:
                fam.add(squeeze(alias))
                if _CJK.search(alias):
                    keys, view = {squeeze(alias)}, "squeezed"
                else:
                    n = normalize_text(alias).strip()
                    keys, view = {n, regex.sub(r"\s+", "", n)}, "norm"
                for k in keys:
                    if k:
                        tables[view].setdefault(k, []).append((b, alias))
        self._aliases: frozenset | None = None
        self._automata = {}
        for view, table in tables.items():
            pats = list(table)
            ac = ahocorasick_rs.AhoCorasick(pats, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
            self._automata[view] = (ac, [table[p] for p in pats])

    def all_aliases(self) -> frozenset:
        """Every brand's squeezed aliases, built once."""
        if self._aliases is None:
            self._aliases = frozenset().union(*self.families.values())
        return self._aliases

    def candidates(self, ft, field: str) -> list[tuple[Brand, str, str, int, int]]:
        out = []
        for view, (ac, payload) in self._automata.items():
            text = ft.view(view)
            if not text:
                continue
            for idx, s, e in ac.find_matches_as_indexes(text):
                for brand, alias in payload[idx]:
                    out.append((brand, alias, view, s, e))
        out.sort(key=lambda c: (c[3], -c[4]))
        return out

    def scan_value(self, value: str) -> set[str]:
        """Families of the brands named anywhere in an attribute value."""
        fams = set()
        for view, text in (("squeezed", squeeze(value)), ("norm", normalize_text(value))):
            ac, payload = self._automata[view]
            for idx, s, e in ac.find_matches_as_indexes(text):
                for brand, alias in payload[idx]:
                    if view == "norm" and not _latin_ok(text, value, s, e, brand, alias, None):
                        continue
                    fams.add(brand.family)
        return fams


# A short Latin alias touching a digit, or joined by a hyphen to letters and digits, sits in a
# model code (BCD-529WD18HP, NB-HM3810), not a brand name.
_IN_MODEL_CODE = regex.compile(r"[0-9][a-z]|[a-z][0-9]|[a-z]-[a-z0-9]|[a-z0-9]-[a-z]", regex.I)


_SIZE_LIST_AFTER = regex.compile(r"\s*[/、,]\s*(?:xs|s|m|l|xl|xxl|[2-4]xl)(?![a-z])", regex.I)
_SIZE_LIST_BEFORE = regex.compile(r"(?<![a-z])(?:xs|s|m|l|xl|xxl|[2-4]xl)\s*[/、,]\s*$", regex.I)


def _latin_ok(text: str, raw: str, s: int, e: int, brand: Brand, alias: str, ft) -> bool:
    """Word boundaries for a Latin alias; case as written for short and `exact` aliases."""
    if s > 0 and _LATIN_LETTER.match(text[s - 1]):
        return False
    if e < len(text) and _LATIN_LETTER.match(text[e]):
        return False
    if _is_short_latin(alias) and _IN_MODEL_CODE.search(text, max(0, s - 1), min(len(text), e + 2)):
        return False   # WD and HP of BCD-529WD18HP, NB and HM of NB-HM3810: a model code
    if _is_short_latin(alias) and (_SIZE_LIST_AFTER.match(text, e) or _SIZE_LIST_BEFORE.search(text, 0, s)):
        return False   # 纸尿裤NB/S/M/L: NB is the newborn size in a list of sizes
    if _is_short_latin(alias) or alias in brand.exact:
        forms = {alias} | ({x for x in brand.exact} if alias in brand.exact else set())
        if ft is not None:
            rs, re_ = ft.to_raw("norm", s, e)
            written = ft.raw[rs:re_]
        else:
            written = raw[s:e] if len(raw) == len(text) else alias
        import unicodedata
        return unicodedata.normalize("NFKC", written) in forms
    return True


@lru_cache(maxsize=16)
def load_matcher(extra_files: tuple[str, ...] = (), extra_brands: tuple = ()) -> BrandMatcher:
    brands = brands_from_doc(data_file("brands.yaml"), "brands.yaml")
    for f in extra_files:
        brands += brands_from_doc(read_yaml(f) or {}, str(f))
    for i, item in enumerate(extra_brands):
        item = _thaw(item)
        if not isinstance(item, (str, list, Mapping)):
            raise ValueError(f"extra-brands[{i}]: a brand is a name, a list of aliases or {{names: [...]}}, got {item!r}")
        brands.append(_parse_brand(item, False, f"extra-brands[{i}]"))
    return BrandMatcher(brands)


_BY_SETTINGS: dict[int, tuple[object, BrandMatcher]] = {}


def matcher_for(ctx) -> BrandMatcher:
    """The built-in brands plus the user's `extra-brands` and `brands-files` options (MIS001)."""
    got = _BY_SETTINGS.get(id(ctx.settings))
    if got is not None and got[0] is ctx.settings:
        return got[1]
    m = _matcher_for_settings(ctx)
    if len(_BY_SETTINGS) > 32:
        _BY_SETTINGS.clear()
    _BY_SETTINGS[id(ctx.settings)] = (ctx.settings, m)
    return m


def _matcher_for_settings(ctx) -> BrandMatcher:
    files = ctx.settings.rule_option("MIS001", "brands-files", []) or []
    base = Path(ctx.settings.source).parent if getattr(ctx.settings, "source", None) else Path(".")
    files = tuple(str(p if Path(p).is_absolute() else base / p) for p in files)
    extra = ctx.settings.rule_option("MIS001", "extra-brands", []) or []
    try:
        return load_matcher(files, tuple(_freeze(x) for x in extra))
    except ValueError as exc:
        from ..config import ConfigError
        raise ConfigError(f"{getattr(ctx.settings, 'source', 'config')}: rules.MIS001.{exc}") from None


# extra-brands entries are frozen to be a cache key and thawed to be parsed: a list of aliases,
# a mapping ({names: [...], context: {...}}) or a name.
_MAP = "\x00map"


def _freeze(x):
    if isinstance(x, str):
        return x
    if isinstance(x, (list, tuple)):
        return tuple(_freeze(y) for y in x)
    if isinstance(x, Mapping):
        return (_MAP, tuple(sorted((str(k), _freeze(v)) for k, v in x.items())))
    return x


def _thaw(x):
    if isinstance(x, tuple):
        if len(x) == 2 and x[0] == _MAP:
            return {k: _thaw(v) for k, v in x[1]}
        return [_thaw(y) for y in x]
    return x


# --- deciding hits --------------------------------------------------------------------------
@lru_cache(maxsize=1)
def latin_title_words() -> frozenset:
    """Latin words titles use as trade words, not names (网红 Vlog, 韩版INS): a two-character
    opening with one of them is not a bilingual brand."""
    return frozenset(squeeze(w) for w in data_file("brands.yaml").get("latin_title_words") or ())


@lru_cache(maxsize=1)
def han_title_words() -> frozenset:
    """Two-character trade words titles open with (韩版, 网红, 高腰, 骑行): no maker's name."""
    words = set(data_file("brands.yaml").get("han_title_words") or ())
    for group in (data_file("title-trade-words.yaml").get("groups") or {}).values():
        words.update(group or ())
    return frozenset(squeeze(w) for w in words)


@lru_cache(maxsize=1)
def _compat_words():
    """Compatibility markers, and one compiled alternation of the accessory words."""
    doc = data_file("brands.yaml")
    acc = sorted({squeeze(w) for w in doc["accessory_words"]}, key=len, reverse=True)
    return (tuple(squeeze(w) for w in doc["compat_markers"]),
            regex.compile("|".join(regex.escape(a) for a in acc)))


def title_brand_hits(ctx, field: str, matcher: BrandMatcher) -> list[tuple[BrandHit, bool]]:
    """Brand hits in a title-like field that are brand words there, each with `compat`
    (True when the brand is named as what the product fits, not as its maker).
    MIS001 and MIS002 both ask: the scan runs once per item and field (kept in ctx.memo)."""
    key = ("mis.brand_hits", field, id(matcher))
    got = ctx.memo.get(key)
    if got is None:
        got = ctx.memo[key] = _scan_title_brands(ctx, field, matcher)
    return got


def _scan_title_brands(ctx, field: str, matcher: BrandMatcher, ft=None) -> list[tuple[BrandHit, bool]]:
    ft = ft if ft is not None else ctx.text(field)
    squeezed = ft.view("squeezed")
    markers, accessories = _compat_words()
    has_accessory = accessories.search(squeezed) is not None
    out: list[tuple[BrandHit, bool]] = []
    taken: list[tuple[str, int, int]] = []
    for brand, alias, view, s, e in matcher.candidates(ft, field):
        text = ft.view(view)
        if any(v == view and not (e <= ts or s >= te) for v, ts, te in taken):
            continue  # one brand per stretch of text (LeftmostLongest already prefers 袋鼠妈妈)
        if view == "norm":
            if not _latin_ok(text, ft.raw, s, e, brand, alias, ft):
                continue
            if brand.exempt and _exempt(squeezed, *_squeezed_span(ft, BrandHit(brand, field, view, s, e, text[s:e])),
                                        brand.exempt):
                continue   # Cherry红轴: a Latin name inside an exempt phrase
            words = brand.context.get(squeeze(text[s:e]))
            if words and not any(w in squeezed for w in words):
                continue   # DW of 雅诗兰黛DW粉底液: the watch brand only with a watch word
        else:
            key = text[s:e]
            if brand.exempt and _exempt(text, s, e, brand.exempt):
                continue
            words = brand.context.get(key)
            if words is not None and words and not any(w in squeezed for w in words if w != key):
                continue
            if len(key) <= 3 and not ctx.on_token_boundaries(field, "squeezed", s, e) \
                    and not _before_a_product(ft, text, s, e):
                continue
        hit = BrandHit(brand, field, view, s, e, text[s:e])
        compat = (_is_compat(ctx, ft, hit, markers, has_accessory, out) if brand.compat
                  else _strong_compat(ft, hit) or _follows_compat(ft, hit, out)) or _partner_or_mount(ft, hit) \
            or _colour_name(ctx, ft, hit) or (_accessory_leaf(ctx) and not _ORIGINAL_WORD.search(squeezed)) \
            or bool(_FITS_AFTER.match(squeezed, _squeezed_span(ft, hit)[1]))
        taken.append((view, s, e))
        out.append((hit, compat))
    # 适用小米米家加湿器滤芯 … 美的, 通用 … 美的 安吉尔 沁园 替换龙头: on a part sold for other makers'
    # products (a fit word before the first brand, an accessory word), every brand is a fit
    if out and has_accessory and not all(c for _, c in out):
        first = min(_squeezed_span(ft, h)[0] for h, _ in out)
        if _FIT_BEFORE_LIST.search(squeezed, max(0, first - 6), first) or _GENERIC_FIT.search(squeezed):
            out = [(h, True) for h, _ in out]
    # 富士索尼佳能通用, 苹果 华为 小米 通用: brands listed before 通用/适用 are what the product fits,
    # and 适用老板方太: those listed after a fitted one. A list keeps one separator all through (a
    # space before a glued list is two phrases: 安克 苹果华为小米通用)
    if len(out) >= 2:
        raw = [ft.to_raw(h.view, h.start, h.end) for h, _ in out]
        order = sorted(range(len(out)), key=lambda i: raw[i][0])

        def style(a: int, b: int) -> str | None:
            g = ft.raw[raw[a][1]:raw[b][0]]
            if g in ("", "/", "／", "、", ",", "，", "和", "及"):
                return "mark" if g else "glued"
            return "space" if g.isspace() and len(g) <= 2 else None

        for k in range(1, len(order)):   # forwards: after a fitted brand
            st = style(order[k - 1], order[k])
            if out[order[k - 1]][1] and st in ("mark", "glued"):
                out[order[k]] = (out[order[k]][0], True)
        for k in range(len(order) - 1, -1, -1):   # backwards: the list that ends before 通用
            m = _LISTED_FIT_AFTER.match(ft.raw, raw[order[k]][1])
            if not m:
                continue
            out[order[k]] = (out[order[k]][0], True)
            st = style(order[k - 1], order[k]) if k else None
            if st is None or (m.group(0)[:1].isspace() and st != "space"):
                continue
            j = k - 1
            while j >= 0 and style(order[j], order[j + 1]) == st:
                out[order[j]] = (out[order[j]][0], True)
                j -= 1
    # 戴森吹风机收纳架 适配Dyson: a brand the title also names as what the product fits is
    # that brand every time it is named
    fitted = {h.brand.family for h, c in out if c}
    if fitted:
        out = [(h, c or h.brand.family in fitted) for h, c in out]
    return out


# 保时捷灰, 法拉利红, 蒂芙尼蓝: a brand and a colour character name a colour, when the listing
# sells paint or gives that colour as its 颜色
_COLOUR_CHAR = regex.compile(r"[灰白红蓝绿黄黑橙紫粉银金棕青](?!牙)", regex.V1)
_PAINT = regex.compile(r"补漆|车漆|油漆|喷漆|漆笔|色漆|涂料|色卡|染发|染膏", regex.V1)
_COLOUR_NAMES = ("颜色", "颜色分类", "色号", "车漆颜色", "色系")


def _colour_name(ctx, ft, hit: BrandHit) -> bool:
    sq = ft.view("squeezed")
    s, e = _squeezed_span(ft, hit)
    m = _COLOUR_CHAR.match(sq, e)
    if not m:
        return False
    phrase = sq[s:m.end()]
    if _PAINT.search(sq) or _PAINT.search(ctx.value("category") or ""):
        return True
    return any(phrase in squeeze(v) for name in _COLOUR_NAMES for v in ctx.attributes.get(name, ()))


_FIT_BEFORE_LIST = regex.compile(r"适用于?|适配|兼容", regex.V1)
_GENERIC_FIT = regex.compile(r"(?<!送|赠|附|加送|配)(?:通用|兼容)(?:款|型)?(?=\S{0,20}(?:替换|配件|滤芯|龙头|刷头|耗材))", regex.V1)
_LISTED_FIT_AFTER = regex.compile(r"\s{0,2}(?:等)?(?:通用|适用|兼容|可用|均可用|都能用)", regex.V1)


def _before_a_product(ft, squeezed: str, s: int, e: int) -> bool:
    """回力帆布鞋 at the start of a phrase: a brand right before a product word is a word of its
    own, however the segmenter splits it (回/力帆/布鞋)."""
    from .mismatch_category import lexicon as category_lexicon
    rs = ft.to_raw("squeezed", s, e)[0]
    if rs and _CJK.match(ft.raw[rs - 1]):
        return False
    return any(ps == 0 for ps, _, _, _ in category_lexicon().products(squeezed[e:e + 8]))


# RIO×六神联名, 故宫联名款: a partner's name in a co-branded product; 佳能口, 索尼E口, 尼康卡口: the
# camera mount a lens or adapter is made for. Neither names the listing's maker.
# (the x that ends a Latin word, Britax宝得适, AirMax耐克, is no collaboration mark)
_PARTNER_BEFORE = regex.compile(r"(?:(?<![a-z])[xX]|[×✕╳]|联名)\s*$", regex.I)
# 珠江旗下 (艾茉森 is a brand of 珠江's): the parent group named beside its own brand
_PARTNER_AFTER = regex.compile(r"^\s*(?:[×xX✕╳](?![a-z0-9])|联名|合作款|联合款|旗下|集团旗下|出品的子品牌)")
_MOUNT_AFTER = regex.compile(r"^(?:[a-z]{1,2})?(?:卡口|转接|口(?![红碑罩味袋腔香感径水琴令号]))", regex.I)


def _partner_or_mount(ft, hit: BrandHit) -> bool:
    sq = ft.view("squeezed")
    s, e = _squeezed_span(ft, hit)
    # (read on the original, where ANTA x 李宁 keeps the space the squeezed view drops)
    rs = ft.to_raw(hit.view, hit.start, hit.end)[0]
    return bool(_PARTNER_BEFORE.search(ft.raw[max(0, rs - 4):rs]) or _PARTNER_AFTER.match(sq[e:e + 3])
                or _MOUNT_AFTER.match(sq[e:e + 4]))


def _exempt(text: str, s: int, e: int, phrases: tuple[str, ...]) -> bool:
    for p in phrases:
        for i in range(max(0, s - len(p)), min(len(text), e + len(p))):
            if text.startswith(p, i) and i <= s and e <= i + len(p):
                return True
    return False


def _is_compat(ctx, ft, hit: BrandHit, markers, has_accessory: bool, earlier) -> bool:
    sq = ft.view("squeezed")
    s, e = _squeezed_span(ft, hit)   # norm hits are mapped through raw offsets
    before = sq[max(0, s - 6):s]
    for m in markers:
        i = before.rfind(m)
        if i >= 0 and len(before) - (i + len(m)) <= 3:
            return True
    if sq[max(0, s - 3):s].endswith(("for", "fit")):
        return True
    if _COMPAT_LIST.search(sq[max(0, s - 16):s]):
        return True   # 支持HomeKit 米家
    if _follows_compat(ft, hit, earlier):
        return True
    if has_accessory and not _CLAIM_AFTER.match(sq[e:]):
        return True
    return False


def _follows_compat(ft, hit: BrandHit, earlier) -> bool:
    """适用格力 美的 海尔: a brand right after a brand named as what the product fits is named
    so too (of any sector: a list of compatible brands crosses sectors)."""
    if not earlier:
        return False
    prev, was_compat = earlier[-1]
    if not was_compat:
        return False
    s = _squeezed_span(ft, hit)[0]
    e = _squeezed_span(ft, prev)[1]
    # (…or after the model of the one before: 适用 佳能 R6 索尼 A7M4 富士 XT5)
    return 0 <= s - e <= 2 or (0 < s - e <= 12 and bool(_MODEL_BETWEEN.fullmatch(ft.view("squeezed"), e, s)))


_MODEL_BETWEEN = regex.compile(r"[a-z0-9][a-z0-9\-+.]{0,9}[、,/和与及]?")


def _squeezed_span(ft, hit: BrandHit) -> tuple[int, int]:
    if hit.view == "squeezed":
        return hit.start, hit.end
    return _raw_to_squeezed(ft, *ft.to_raw("norm", hit.start, hit.end))


# Any brand can be what an accessory fits (适用耐克 鞋带, 适配戴森 吸头): for sectors that are not
# usually named so (apparel, food …), only these words right before the brand count.
# …and an ecosystem a device joins (支持米家, 接入HomeKit)
_STRONG_COMPAT = ("适用于", "适用", "适配", "兼容", "用于", "支持", "接入", "可接入", "联动", "通用")


# 支持HomeKit 米家, 兼容Siri/小爱: a list of ecosystems after the marker, Latin names between
_COMPAT_LIST = regex.compile(r"(?:支持|兼容|接入|可接入|适用|适配)[a-z0-9、,/和与及]{1,12}$")


# A listing filed under a leaf of parts or consumables (婴儿推车配件>遮阳棚, 行车记录仪配件, 打印机
#耗材) names the makers whose products it fits, whatever words stand between
_ACCESSORY_LEAF = regex.compile(r"配件|附件|耗材|替换件|零配件")


# iPad平板手机通用, 苹果华为小米兼容: the devices a product works with, named before 通用/兼容
_FITS_AFTER = regex.compile(r"[\p{Han}a-z0-9]{0,4}?(?:通用|兼容|均可用|都能用|皆可用)", regex.V1)


# (…unless the title calls itself the maker's original: 美的 滤芯 净水器 原装 under 净水器配件)
_ORIGINAL_WORD = regex.compile(r"原装|原厂|正品|官方|官网|旗舰")


def _accessory_leaf(ctx) -> bool:
    """A node below the top level names parts (婴童用品>婴儿推车配件>遮阳棚); a top level such as
    3C数码配件 holds a maker's own chargers and power banks too."""
    got = ctx.memo.get("mis.accessory-leaf")
    if got is None:
        path = ctx.value("category").strip()
        from .mismatch_category import path_nodes
        nodes = path_nodes(path) if path else []
        got = ctx.memo["mis.accessory-leaf"] = any(_ACCESSORY_LEAF.search(n) for n in nodes[1:])
    return got


def _strong_compat(ft, hit: BrandHit) -> bool:
    s = _squeezed_span(ft, hit)[0]
    before = ft.view("squeezed")[max(0, s - 16):s]
    return before[-3:].endswith(_STRONG_COMPAT) or bool(_COMPAT_LIST.search(before))


def _raw_to_squeezed(ft, rs: int, re_: int) -> tuple[int, int]:
    """Squeezed offsets of a raw span (first squeezed char at or after rs, up to re_)."""
    sq = ft.view("squeezed")
    lo, hi = 0, len(sq)
    # binary search on the monotone map squeezed → raw
    def raw_of(i):
        return ft.to_raw("squeezed", i, i + 1)[0]
    while lo < hi:
        mid = (lo + hi) // 2
        if raw_of(mid) < rs:
            lo = mid + 1
        else:
            hi = mid
    start = lo
    end = start
    while end < len(sq) and raw_of(end) < re_:
        end += 1
    return start, end


# --- the listing's own brand ---------------------------------------------------------------
def listing_brand_values(ctx) -> list[str]:
    """The listing's own brand: 品牌 attribute values and the brand column (once per item)."""
    got = ctx.memo.get("mis.own_brand")
    if got is None:
        got = ctx.memo["mis.own_brand"] = _own_brand_values(ctx)
    return got


def _own_brand_values(ctx) -> list[str]:
    vals = []
    for name, values in ctx.attributes.items():
        if squeeze(name) in ("品牌", "brand", "品牌名称", "brandname"):
            vals.extend(v for v in values if str(v).strip())
    b = ctx.value("brand").strip()
    if b and b not in vals:
        vals.append(b)
    return vals


def column_and_attribute_disagree(ctx, matcher: BrandMatcher) -> list[str] | None:
    """The 品牌 attribute values when they name another brand than the brand column does (both
    recognised brands, no family shared): a listing copied and half updated."""
    col = ctx.value("brand").strip()
    if not col:
        return None
    attr = [v for name, values in ctx.attributes.items() if squeeze(name) in ("品牌", "brand", "品牌名称", "brandname")
            for v in values if str(v).strip()]
    if not attr or col in attr:
        return None
    in_col = matcher.scan_value(col)
    in_attr = set().union(*(matcher.scan_value(v) for v in attr))
    return attr if in_col and in_attr and not (in_col & in_attr) else None


def is_no_brand(values: list[str]) -> bool:
    return bool(values) and all(squeeze(v) in NO_BRAND for v in values)


_LATIN_HEAD = regex.compile(r"[a-z0-9]{2,}")
_LATIN_TAIL = regex.compile(r"[a-z0-9]")


def agrees(brand: Brand, values: list[str], matcher: BrandMatcher) -> bool:
    """The title's brand is the listing's brand: same family by alias or by substring."""
    aliases = matcher.families.get(brand.family, set()) | {squeeze(n) for n in brand.names}
    for v in values:
        sv = squeeze(v)
        if not sv or sv in NO_BRAND:
            continue
        parts = {squeeze(p) for p in _ATTR_SPLIT.split(v) if squeeze(p)} | {sv}
        if parts & aliases:
            return True
        if any(a and len(a) >= 2 and a in sv for a in aliases):
            return True
        # 品牌:a2 on a2至初/a2奶粉: the listing's brand is the head of the title's brand name
        # (Latin and digits only, so 李 is not 李宁)
        if _LATIN_HEAD.fullmatch(sv) and any(a.startswith(sv) and not _LATIN_TAIL.match(a[len(sv):])
                                             for a in aliases):
            return True
        if brand.family in matcher.scan_value(v):
            return True
    return False


def head_brand_hits(ctx, field: str, matcher: BrandMatcher, chars: int) -> tuple[object, list[tuple[BrandHit, bool]]]:
    """Brand hits in the opening of a field, at least `chars` squeezed characters of it (a
    description's opening, where a product is called by its maker's name), with the text they
    were read from. The opening is a prefix of the original, read as a text of its own: a long
    description is neither scanned whole nor mapped whole (its offset map costs more than the
    scan)."""
    full = ctx.text(field)
    cut = chars * 4
    while True:
        head = FieldText(field, full.raw[:cut], full.is_html)
        if cut >= len(full.raw) or len(head.view("squeezed")) >= chars:
            break
        cut *= 2
    return head, _scan_title_brands(ctx, field, matcher, head)


_BRAND_PART_SEP = regex.compile(r"[/／|（）()\s]+")
NO_BRAND_WORDS = ("无品牌", "其他", "其它", "other", "无", "none", "oem")


def brand_words(values) -> list[str]:
    """The names a listing's brand values hold, squeezed (Nike/耐克 → nike, 耐克), without the
    no-brand words: what a text naming the listing's own brand would contain."""
    return [w for v in values for part in _BRAND_PART_SEP.split(v or "")
            if len(w := squeeze_text(part)) >= 2 and w not in NO_BRAND_WORDS]


def family_words(ctx, parts: list[str]) -> list[str]:
    """The squeezed names of the brand families `parts` belong to (红米 → 小米, Xiaomi, 米家 …):
    a parent brand's service line is the listing's maker's line too."""
    matcher = matcher_for(ctx)
    out: set[str] = set()
    for aliases in matcher.families.values():
        if any(p in aliases for p in parts):
            out |= aliases
    return sorted(w for w in out if len(w) >= 2)
