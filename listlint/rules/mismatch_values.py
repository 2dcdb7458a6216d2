"""Colour, material, gender and quantity: what a title claims and what attribute values say.

Every word belongs to one or more families (米白 → white, beige). A title word contradicts the
attributes only when every attribute value of that property is understood and none shares a
family with it; a value we cannot read (图片色, 混色, 其他) keeps the check silent.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..text.numbers import chinese_to_int
from .mismatch_data import data_file, squeeze


@dataclass(frozen=True)
class Claim:
    start: int   # offsets in the squeezed (colour, material, gender) or norm (quantity) view
    end: int
    word: str
    families: frozenset


class Vocabulary:
    """Title words → families for one property, with a leftmost-longest automaton."""

    def __init__(self, words: dict[str, set[str]], value_words: dict[str, set[str]],
                 implies: dict[str, set[str]] | None = None, title_only: frozenset = frozenset()):
        import ahocorasick_rs
        self.words = words
        # title_only: families a title word claims that an attribute value naming that word does
        # not (正山小种 in a title claims black tea; 茶种类:正山小种 names the kind only, so a
        # title 红茶 would not have to agree with it … but 茶种类:红茶 agrees with 正山小种)
        merged = {w: set(f) - title_only for w, f in words.items()}
        for w, f in value_words.items():
            merged.setdefault(w, set()).update(f)
        # a value naming cashmere also names wool: 羊毛 in a title agrees with 羊绒, not the reverse
        for fams in merged.values():
            for f in list(fams):
                fams |= (implies or {}).get(f, set())
        # (a word that names no family as a value, 乌龙茶 of a class read title-only, must not hide
        # the shorter value word inside it, 乌龙)
        self.value_words = {w: f for w, f in merged.items() if f}
        pats = list(words)
        self._ac = ahocorasick_rs.AhoCorasick(pats, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        self._pats = pats
        self._fams = [frozenset(words[p]) for p in pats]   # built once, not per claim
        vp = sorted(self.value_words, key=len, reverse=True)
        self._value_re = regex.compile("|".join(regex.escape(p) for p in vp)) if vp else None
        self._value_fams: dict[str, frozenset] = {}

    def title_claims(self, text: str) -> list[Claim]:
        pats, fams = self._pats, self._fams
        return [Claim(s, e, pats[i], fams[i]) for i, s, e in self._ac.find_matches_as_indexes(text)]

    def value_families(self, value: str) -> frozenset:
        """Families named in one attribute value (empty when none). Attribute values repeat
        across a file (黑色, 纯棉, 男): each is read once."""
        got = self._value_fams.get(value)
        if got is None:
            fams: set[str] = set()
            if self._value_re is not None:
                for m in self._value_re.finditer(squeeze(value)):
                    fams |= self.value_words[m.group(0)]
            if len(self._value_fams) > 65536:
                self._value_fams.clear()
            got = self._value_fams[value] = frozenset(fams)
        return got


def inside_code(raw: str, s: int, e: int) -> bool:
    """A word of the original text that begins or ends with a Latin letter or digit must not run
    on into more of them (8K of 2.8K, i5 of bi5, A4 of BA4): then it is part of another code."""
    def code_char(c: str) -> bool:
        return c.isascii() and c.isalnum()
    if s < len(raw) and code_char(raw[s]) and s > 0 and (code_char(raw[s - 1]) or raw[s - 1] == "."):
        return True
    return e > 0 and code_char(raw[e - 1]) and e < len(raw) and code_char(raw[e])


def _add(table: dict[str, set[str]], word: str, fam: str):
    table.setdefault(squeeze(word), set()).add(fam)


@lru_cache(maxsize=1)
def colours() -> Vocabulary:
    doc = data_file("attribute-values.yaml")
    words: dict[str, set[str]] = {}
    for fam, ws in doc["colours"].items():
        for w in ws:
            _add(words, w, fam)
    values: dict[str, set[str]] = {}
    for ch, fam in doc["colour_value_chars"].items():
        _add(values, ch, fam)
    # an attribute value may be English (颜色分类:Black): it classifies like 黑色
    for fam, ws in doc["colours_latin"].items():
        for w in ws:
            _add(values, w, fam)
    return Vocabulary(words, values)


# English part words after a colour (black logo, white stripes): the colour of a part.
_LATIN_PART = r"(?:logo|stripes?|lines?|edges?|dots?|print|letters?|soles?|trim|buttons?|laces?|zip|zipper)"


_THREE_LATIN = regex.compile(r"[a-z]{3}")


@lru_cache(maxsize=1)
def _latin_colours():
    doc = data_file("attribute-values.yaml")
    fams: dict[str, set[str]] = {}
    for fam, ws in doc["colours_latin"].items():
        for w in ws:
            fams.setdefault(w, set()).add(fam)
    alt = lambda ws: "|".join(regex.escape(w).replace(r"\ ", r"\s+")
                              for w in sorted(ws, key=len, reverse=True))
    words = regex.compile(rf"(?<![a-z0-9'])(?:{alt(fams)})(?![a-z0-9])(?!\s*{_LATIN_PART}\b)")
    exempt = regex.compile(rf"(?<![a-z0-9])(?:{alt(doc['colours_latin_exempt'])})(?![a-z0-9])")
    return words, exempt, {w: frozenset(f) for w, f in fams.items()}


def latin_colour_claims(norm_text: str) -> list[Claim]:
    """English colour names as whole words of a norm-view (lower-cased) title: Black, navy
    blue; not Blackpink, Redmi, 'black friday' or 'black logo'."""
    if not _THREE_LATIN.search(norm_text):   # most titles: no English word at all
        return []
    words, exempt, fams = _latin_colours()
    out = []
    taken = [m.span() for m in exempt.finditer(norm_text)]
    for m in words.finditer(norm_text):
        s, e = m.span()
        if any(ts < e and s < te for ts, te in taken):
            continue
        w = regex.sub(r"\s+", " ", m.group(0))
        out.append(Claim(s, e, w, fams[w]))
    return out


@lru_cache(maxsize=1)
def materials() -> Vocabulary:
    doc = data_file("attribute-values.yaml")
    words: dict[str, set[str]] = {}
    values: dict[str, set[str]] = {}
    implies = {fam: set(spec.get("implies") or []) for fam, spec in doc["materials"].items()}
    for fam, spec in doc["materials"].items():
        for w in spec.get("title") or []:
            _add(words, w, fam)
        for w in spec.get("value") or []:
            _add(values, w, fam)
    return Vocabulary(words, values, implies)


@lru_cache(maxsize=None)
def enumeration(prop: str) -> Vocabulary:
    spec = data_file("attribute-values.yaml")["enumerations"][prop]
    words: dict[str, set[str]] = {}
    values: dict[str, set[str]] = {}
    for fam, fs in spec["families"].items():
        for w in fs.get("title") or []:
            _add(words, w, fam)
        for w in fs.get("value") or []:
            _add(values, w, fam)
    classes = frozenset(f for f, fs in spec["families"].items() if fs.get("class"))
    return Vocabulary(words, values, title_only=classes)


@lru_cache(maxsize=1)
def genders() -> Vocabulary:
    doc = data_file("attribute-values.yaml")
    words: dict[str, set[str]] = {}
    for fam, ws in doc["genders"].items():
        for w in ws:
            _add(words, w, fam)
    values = {"男": {"male"}, "女": {"female"}}
    for w in doc.get("gender_neutral") or []:
        _add(values, w, "unisex")
    return Vocabulary(words, values)


@lru_cache(maxsize=1)
def context_words() -> tuple[tuple[str, ...], ...]:
    doc = data_file("attribute-values.yaml")
    sq = lambda xs: tuple(sorted({squeeze(x) for x in xs}, key=len, reverse=True))
    return (sq(doc["part_words"]), sq(doc["negations"]), sq(doc["colour_unknown"]),
            sq(doc["material_exempt"]), sq(doc["gender_exempt"]), sq(doc["colour_exempt"]))


def describes_part(text: str, end: int) -> bool:
    parts = context_words()[0]
    return text.startswith(parts, end)


def negated(text: str, start: int) -> bool:
    return text[max(0, start - 2):start].endswith(context_words()[1])


@lru_cache(maxsize=16)
def _phrase_automaton(phrases: tuple[str, ...]):
    import ahocorasick_rs
    return ahocorasick_rs.AhoCorasick(list(phrases), matchkind=ahocorasick_rs.MatchKind.Standard)


@lru_cache(maxsize=1024)
def phrase_spans(text: str, phrases: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Every occurrence of every phrase in text, overlapping ones too. A title is asked about
    each of its colour/material/gender claims: one automaton pass instead of a find per
    phrase and claim."""
    return tuple((s, e) for _, s, e in _phrase_automaton(phrases).find_matches_as_indexes(text, overlapping=True))


def inside_phrase(text: str, start: int, end: int, phrases: tuple[str, ...]) -> bool:
    """Some phrase occurrence covers text[start:end] (纯棉 in 仿纯棉)."""
    if "" not in phrases:
        return any(s <= start and end <= e for s, e in phrase_spans(text, phrases))
    for p in phrases:
        i = text.find(p, max(0, start - len(p)), end + len(p))
        while i >= 0 and i <= start:
            if i + len(p) >= end:
                return True
            i = text.find(p, i + 1, end + len(p))
    return False


def overlaps_phrase(text: str, start: int, end: int, phrases: tuple[str, ...]) -> bool:
    """Some phrase occurrence shares a character with text[start:end] (口红 in 口红色号)."""
    if "" not in phrases:
        return any(s < end and e > start for s, e in phrase_spans(text, phrases))
    for p in phrases:
        i = text.find(p, max(0, start - len(p) + 1), end + len(p) - 1)
        if i >= 0 and i < end and i + len(p) > start:
            return True
    return False


_STANDALONE_GENDER = regex.compile(r"(?<!\p{Han})([男女])(?!\p{Han})", regex.V1)
# 男/女 glued to the end of a word (连衣裙女, 袜子女, polo衫男) before a space or the end, except
# where it ends a word of its own: 男女 (unisex), 子女/儿女 standing alone or after 送/给/和 …
# (children; 袜子女 is 袜子 + 女), 美女, 少女, 仙女 (styles and forms of address, not the wearer).
_WORD_FINAL_GENDER = regex.compile(
    r"(?<=\p{Han})(?<![男女美少仙])(?<!(?:^|\P{Han}|[送给为和与及的])[子儿])([男女])(?=\s|$)", regex.V1)


def standalone_gender(norm_text: str) -> list[tuple[int, int, str]]:
    """A bare 男 or 女 between spaces or at the ends ('毛衣 女'), or glued to the end of a
    word ('袜子女 中筒')."""
    return [(m.start(), m.end(), "male" if m.group(1) == "男" else "female")
            for pat in (_STANDALONE_GENDER, _WORD_FINAL_GENDER) for m in pat.finditer(norm_text)]


# --- quantities --------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _units():
    u = data_file("attribute-values.yaml")["units"]
    scale = {}
    for dim in ("weight", "volume", "battery", "storage", *data_file("attribute-values.yaml")["dim_attributes"]):
        for unit, f in u[dim].items():
            scale.setdefault(unit.lower(), (dim, float(f)))
    for unit in u["count"]:
        scale[unit] = ("count:" + ("个" if unit in "个只" else unit), 1.0)
    names = sorted(scale, key=len, reverse=True)
    pat = regex.compile(
        # PD65W, GaN65W: a charger's protocol before its wattage, not a model code
        # …and XXL28片: a letter size before a count
        r"(?:(?<=pd|gan)|(?<=(?<![a-z])(?:nb|s|m|l|xl|xxl|xxxl|[2-5]xl))|(?<![\d.a-z]))(\d+(?:\.\d+)?)\s*(" + "|".join(regex.escape(n) for n in names) + r")"
        r"(?![a-z])(?:\s*(?:[*x×]|乘)\s*(\d+)(?!\s*(?:\d|cm|mm|m\b))(" + "|".join(map(regex.escape, u["count"])) + r")?)?",
        regex.V1 | regex.I)
    return scale, pat


_YARN_BEFORE = regex.compile(r"(?:棉|长绒|精梳|纱支?|支数|贡缎|天丝|莫代尔|亚麻)\s*[:：]?\s*$", regex.V1)
# cotton swabs and pads are counted in 支/片 after 棉 (婴儿棉棒 纯棉 200支): no yarn there
_SWABS = regex.compile(r"棉棒|棉签|化妆棉|脱脂棉|棉柔巾|卸妆棉|棉片")
_UNIT_NOT = {
    "包": regex.compile(r"^(?:邮|装袋)"), "个": regex.compile(r"^(?:月|性|人|头)"), "条": regex.compile(r"^(?:纹|形)"),
    "升": regex.compile(r"^(?:级|降|华|温|高)"), "两": regex.compile(r"^(?:用|件|个|只|侧|边|色|种|款|天|年|月|周|次|步|口|句|下|遍|位|人|家)"),
    # 60支长绒棉, 80支全棉: a yarn count, not sticks
    "支": regex.compile(r"^(?:持|架|付|长绒|纱|棉|精梳|全棉|纯棉|贡缎|天丝|莫代尔|埃及|新疆|莱赛尔|兰精|竹纤维|亚麻|真丝|桑蚕丝|涤棉|高支|双股)"), "片": regex.compile(r"^(?:式|区)"), "g": regex.compile(r"^(?:手机|网|全网通|双|信号|路由|频|\+)", regex.I),
    # (L3158 L3118: a printer model's L, not litres)
    "l": regex.compile(r"^(?:码|号|[0-9]{2})", regex.I),
    # 10w+ 销量, 5w字: 万, not watts
    "w": regex.compile(r"^(?:\+|字|人|粉|销|播放|阅读|浏览|好评|收藏)", regex.I),
    "度": regex.compile(r"^(?:电|角|旋转|转)"),
    "m": regex.compile(r"^(?:\+|2|²|3|³)"),
}


@lru_cache(maxsize=1)
def dim_attribute_names() -> dict[str, frozenset]:
    """Dimensions read only from the attributes named for them (功率 for watts, 线长 for metres)."""
    return {dim: frozenset(squeeze(n) for n in names)
            for dim, names in data_file("attribute-values.yaml")["dim_attributes"].items()}


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    dim: str
    values: tuple[float, ...]   # in base units: the stated amount and, for 500g*2, the total


# Weights and volumes in Chinese numerals (半斤, 一斤装, 二十斤, 五千克, 三两). The numeral is
# read lazily so 五千克 is 5 千克, not 5000 克; counts (三件, 两双) stay digit-only, since 三件套 and
# 两用 are names, not contents.
_CN_QTY = regex.compile(r"(?<![零一二两三四五六七八九十百千万半\d.])([零一二两三四五六七八九十百千半]+?)"
                        r"(千克|公斤|斤|毫升|升|克|两|层)(?!拉|隆|服)", regex.V1)


def _cn_amount(numeral: str) -> float | None:
    if numeral == "半":
        return 0.5
    v = chinese_to_int(numeral)
    return float(v) if v else None


def quantities(text: str, networks: bool = True) -> list[Quantity]:
    """Amounts in a norm-view text. `networks`: a bare 2G-5G is a mobile network (a title's
    5G 手机), not grams; an attribute value (净含量:5g) says what it is by its name."""
    scale, pat = _units()
    out = _cn_quantities(text, scale) if _CN_QTY_HINT.search(text) else []
    if "装" in text or "×" in text or "*" in text:
        # 十二支装, 三盒装, 250ml×十二盒: a pack count in numerals, which only 装 or a times sign
        # makes one (三件套, 两用 are names)
        for m in _CN_PACK.finditer(text):
            v = chinese_to_int(m.group(1).replace("两", "二"))
            if v and v > 1:
                out.append(Quantity(m.start(), m.end(), "count:" + ("个" if m.group(2) in "个只" else m.group(2)), (float(v),)))
    if "十" in text or "百" in text:
        # 十棵不重样, 一百套: a count of ten or more in numerals is no name (三件套 and 两用 are)
        taken = {q.start for q in out}
        for m in _CN_TENS_COUNT.finditer(text):
            v = chinese_to_int(m.group(1).replace("两", "二"))
            if v and v >= 10 and m.start() not in taken:
                out.append(Quantity(m.start(), m.end(), "count:" + ("个" if m.group(2) in "个只" else m.group(2)), (float(v),)))
    ram_starts = _ram_quantities(text, out) if ("+" in text or "运" in text or "ram" in text) else ()
    if "绒" in text:
        out += [Quantity(m.start(), m.end(), "down", (float(m.group(1) or m.group(2)),)) for m in _DOWN.finditer(text)]
    if "件套" in text:
        for m in _SET_OF.finditer(text):
            n = m.group(1)
            v = float(n) if n.isdigit() else float(chinese_to_int(n) or 0)
            if v:
                out.append(Quantity(m.start(), m.end(), "set-pieces", (v,)))
    for m in pat.finditer(text):
        if m.start() in ram_starts:
            continue
        unit = m.group(2).lower()
        if unit not in scale:
            continue
        after = text[m.end(2):m.end(2) + 6]
        if unit == "g" and (text[max(0, m.start() - 1):m.start()] == "+" or _STORAGE_AFTER.match(after.lstrip())):
            unit = "gb"   # 8+256G, 128G U盘, 256G内存: storage
        rule = _UNIT_NOT.get(unit)
        # (m2, m³ are areas and volumes only written close: 1.2m 2m is two lengths)
        if rule and rule.match(after if unit == "m" else after.lstrip()):
            continue
        if unit == "支" and _YARN_BEFORE.search(text, max(0, m.start() - 4), m.start()) and not _SWABS.search(text):
            continue   # 全棉40支, 纱支60支: the yarn count, written after the fibre
        if networks and unit == "g" and m.group(1) in ("2", "3", "4", "5"):
            continue  # 4G/5G: a network
        dim, f = scale[unit]
        v = float(m.group(1)) * f
        if v <= 0:
            continue
        vals = (v,)
        if dim in ("weight", "volume"):
            # 2×125g: a count before the amount, and the total is the content too
            lead = _TIMES_BEFORE.search(text, max(0, m.start() - 5), m.start())
            if lead:
                vals = (v, v * int(lead.group(1)))
        if m.group(3):
            n = int(m.group(3))
            if 1 < n <= 1000:
                vals = (v, v * n)
                if m.group(4):   # 550ml*12瓶: twelve bottles is a count of its own
                    pack = m.group(4)
                    out.append(Quantity(m.start(3), m.end(4), "count:" + ("个" if pack in "个只" else pack), (float(n),)))
        out.append(Quantity(m.start(), m.end(), dim, vals))
    return out


# A phone's memory as sellers write it: RAM + storage (8+256G, 12GB+512GB, 16+1T), or RAM
# named (运存8G, 8G运行内存). RAM sizes and storage sizes are small closed sets, which keeps
# 3+5 and 1+1 out.
_RAM_SIZES = "(1|2|3|4|6|8|10|12|16|18|20|24|32)"
_RAM_PLUS_STORAGE = regex.compile(
    r"(?<![\d.a-z])" + _RAM_SIZES + r"\s*(gb|g)?\s*\+\s*(?:(16|32|64|128|256|512|1024)\s*(gb|g)?|([12])\s*(tb|t))(?![\d.a-z])",
    regex.I)
_RAM_NAMED = regex.compile(r"(?:运存|运行内存|\bram)\s*:?\s*" + _RAM_SIZES + r"\s*(?:gb|g)(?![a-z])|"
                           r"(?<![\d.])" + _RAM_SIZES + r"\s*(?:gb|g)\s*(?:运存|运行内存|ram\b)", regex.I)


def _ram_quantities(text: str, out: list[Quantity]) -> set[int]:
    """Append the RAM (and a storage size written without a unit) to `out`; the starts of the
    RAM figures, which the unit reading must not take for storage."""
    starts = set()
    for m in _RAM_PLUS_STORAGE.finditer(text):
        out.append(Quantity(m.start(1), m.end(2) if m.group(2) else m.end(1), "ram", (float(m.group(1)),)))
        starts.add(m.start(1))
        if m.group(3) and not m.group(4):   # 8+256: no unit for the unit reading to find
            out.append(Quantity(m.start(3), m.end(3), "storage", (float(m.group(3)),)))
    for m in _RAM_NAMED.finditer(text):
        g = 1 if m.group(1) else 2
        out.append(Quantity(m.start(g), m.end(), "ram", (float(m.group(g)),)))
        starts.add(m.start(g))
    return starts


# The share of down in a filling: 90白鸭绒, 含绒量90%, 95%鹅绒
_DOWN = regex.compile(r"(?<![0-9.])(?:([5-9][0-9])\s*%?\s*(?:白鸭绒|灰鸭绒|白鹅绒|灰鹅绒|鸭绒|鹅绒|绒(?!毛|布|面|球|线))"
                      r"|含绒量\s*[:：]?\s*([5-9][0-9])\s*%)", regex.V1)
# 四件套, 3件套: the pieces of a set, compared with 件数 only
_SET_OF = regex.compile(r"(?<![0-9零一二两三四五六七八九十.])([2-9]|[1-9][0-9]{1,2}|[二两三四五六七八九十])件套", regex.V1)


_TIMES_BEFORE = regex.compile(r"(?<![0-9.])([2-9]|[1-4][0-9])\s*[*×x]\s*$", regex.I)


# After a bare G: what makes it storage, not grams
_STORAGE_AFTER = regex.compile(r"(?:u盘|内存|存储|固态|硬盘|闪存|tf|sd|卡|版)", regex.I)


_CN_PACK = regex.compile(r"(?:(?<![零一二两三四五六七八九十百千万半\d.])|(?<=[×*x]\s*))([一二两三四五六七八九十]{1,3})"
                         r"(支|包|盒|袋|瓶|片|双|只|个|条|卷|罐|本|套|听|粒)(?:装|(?<=[×*x]\s*\S{1,3}\S))", regex.V1)


# 层 too (五层置物架 vs 层数:3层): a count of layers, compared with 层数 only
_CN_TENS_COUNT = regex.compile(r"(?<![零一二两三四五六七八九十百千万半\d.第上几数近约好成多])([一二两三四五六七八九]?[十百][一二三四五六七八九十]{0,2})"
                               r"(支|包|盒|袋|瓶|片|双|只|个|条|卷|罐|本|套|听|粒|棵|株|颗|枚|张|块)"
                               r"(?!装|套|年|天|月|周|味|种|款|色|寸|层|位|人|工作|小时|钟|分钟|秒|以上|以内|左右|多)", regex.V1)
_CN_QTY_HINT = regex.compile(r"[零一二两三四五六七八九十百千半](?:千克|公斤|斤|毫升|升|克|两|层)")


def _cn_quantities(text: str, scale) -> list[Quantity]:
    out = []
    for m in _CN_QTY.finditer(text):
        numeral, unit = m.group(1), m.group(2)
        if unit == "两" and numeral in ("一", "二", "两") and m.start() and text[m.start() - 1] in "第这那":
            continue
        rule = _UNIT_NOT.get(unit)
        if rule and rule.match(text[m.end():m.end() + 6].lstrip()):
            continue
        if numeral in ("千", "百", "万"):
            continue  # 千斤顶, 千两茶, 百克: a word, not an amount
        v = _cn_amount(numeral)
        if v is None or unit not in scale:
            continue
        dim, f = scale[unit]
        out.append(Quantity(m.start(), m.end(), dim, (v * f,)))
    return out


def same_amount(a: float, b: float, tol: float) -> bool:
    return abs(a - b) <= max(tol * max(a, b), 1e-9)
