"""A figure the title labels with an attribute's own name (MIS005 labelled figures).

承重150kg against 承重:100kg, 大容量20L against 纸箱容量:12L, 20cm厚 against 厚度:10cm,
1000流明 against 亮度:300lm: the title names the property (the attribute's name, its last two
characters, or for a 度 name its first character after the figure) or uses a unit only that
property has (流明, lm), and states another amount of it. An attribute whose value holds more
than one amount (100-150kg, 12L/20L) or a title range (承重100-150kg) says nothing one can
contradict.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .mismatch_data import TITLE_LIKE, description_attributes, fold_name, norm

_UNITS = {
    "length": {"mm": 1, "毫米": 1, "cm": 10, "厘米": 10, "公分": 10, "m": 1000, "米": 1000,
               "km": 1_000_000, "公里": 1_000_000, "千米": 1_000_000},
    "weight": {"g": 1, "克": 1, "kg": 1000, "公斤": 1000, "千克": 1000, "斤": 500},
    "volume": {"ml": 1, "毫升": 1, "l": 1000, "升": 1000},
    "luminous": {"lm": 1, "流明": 1},
    # (续航60小时 vs 续航时间:30小时, 时速25km/h vs 设计时速:40km/h, 吸力5000Pa vs 吸力:2700Pa)
    "time": {"小时": 60, "h": 60, "分钟": 1, "min": 1},
    "speed": {"km/h": 1, "公里/小时": 1},
    "pressure": {"pa": 1, "kpa": 1000},
}
# units no other property uses: the unit itself names the property
_OWN_UNITS = frozenset({"lm", "流明"})
_UNIT_OF = {u: (dim, f) for dim, units in _UNITS.items() for u, f in units.items()}
_FIGURE = regex.compile(
    r"(?<![0-9.a-z])(\d+(?:\.\d+)?)\s*(" + "|".join(sorted((regex.escape(u) for u in _UNIT_OF), key=len, reverse=True)) +
    r")(?![a-z0-9²³])", regex.V1 | regex.I)
# (a range, a list, or sides: 80-85mm, 12L/20L, 60*40cm)
_RANGE_IN_VALUE = regex.compile(r"[-~～至到/或*×xX]|以[上下内]")
# 5kg*2袋: a pack multiplied out
_TIMES_AFTER = regex.compile(r"\s*[*×xX]\s*\d")
_RANGE_AFTER = regex.compile(r"\s*(?:[-~～至到]|以[上下内])")
_RANGE_BEFORE = regex.compile(r"[-~～至到]\s*$")
# names whose figure is not one of the product's own (包装尺寸, 适用身高, 建议体重)
_NOT_OWN_NAME = regex.compile(r"^(?:包装|外箱|快递|适用|建议|推荐|毛重|运输)")
TOLERANCE = 0.02


_VALUE_RANGE = regex.compile(r"\s*(\d+(?:\.\d+)?)\s*[-~～至到]\s*(\d+(?:\.\d+)?)\s*[a-z\p{Han}]{1,2}\s*", regex.V1 | regex.I)
_SLASH_UNIT = regex.compile(r"km/h|公里/小时", regex.I)
_TITLE_RANGE = regex.compile(
    r"(?<![0-9.a-z])(\d+(?:\.\d+)?)\s*[-~～至到]\s*(\d+(?:\.\d+)?)\s*(" + "|".join(sorted((regex.escape(u) for u in _UNIT_OF), key=len, reverse=True)) +
    r")(?![a-z0-9²³])", regex.V1 | regex.I)
_INNER_LABEL = regex.compile(r"\s*(\p{Han}{2,4})\s*[:：]?\s*\d", regex.V1)


def _agrees(said, amount) -> bool:
    """A figure agrees with an attribute's amount, or lies inside its range (30-40cm); a range
    said (30-32mm) agrees when it meets the attribute's."""
    lo, hi = amount if isinstance(amount, tuple) else (amount, amount)
    slo, shi = said if isinstance(said, tuple) else (said, said)
    return slo <= hi * (1 + TOLERANCE) and lo * (1 - TOLERANCE) <= shi


def _figures(text: str) -> list[tuple[int, int, str, float, str]]:
    out = []
    for m in _FIGURE.finditer(text):
        unit = m.group(2).lower()
        dim, f = _UNIT_OF[unit]
        out.append((m.start(), m.end(), dim, float(m.group(1)) * f, unit))
    return out


@lru_cache(maxsize=4096)
def _labels(name: str) -> tuple[str, ...]:
    labels = {name}
    if len(name) >= 3 and name.endswith("重量"):
        name = name[:-1]   # 承重量, 载重量 → 承重, 载重 (not 重量: a cut word)
        labels.add(name)
    if len(name) >= 4:
        if name[-2:] not in ("时间", "时长"):
            labels.add(name[-2:])   # 纸箱容量 → 容量, 最大承重 → 承重 (时间 says nothing of which time)
        if len(name) == 4 and name.endswith(_SPAN_ENDS) and name[:2] in _SPAN_STARTS:
            labels.add(name[:2])    # 续航里程 → 续航, 续航时间 → 续航
        if name.endswith(_MEASURE_ENDS):
            labels.add(name[:-2])   # 防水深度 → 防水, 遥控距离 → 遥控
            labels.add(name[:-1])   # 跑带宽度 → 跑带宽, 床垫厚度 → 床垫厚
    return tuple(sorted(labels, key=len, reverse=True))


# names whose first two characters say what the span is of (续航里程, 续航时间, 充电时间)
_SPAN_ENDS = ("里程", "时间", "时长")
# (续航, 待机: the product's own span; 充电10分钟 听歌2小时 is a slogan of a quick charge)
_SPAN_STARTS = frozenset({"续航", "待机", "工作", "使用", "播放"})
# names of a measured extent, whose first part says what is measured (防水深度, 遥控距离)
_MEASURE_ENDS = ("深度", "距离", "高度", "长度", "宽度")


# What may stand right before the label in the title without making it another figure: an
# adjective (大容量, 超大容量). Any other word there names a part or a kind (层板承重, 最大承重,
# 钢管厚度) and must be the attribute's own prefix (最大承重 with 最大承重:9kg).
_HAN_TAIL = regex.compile(r"\p{Han}{1,6}$", regex.V1)
# words that make the figure another one: a qualifier, a part or a fit (最大承重, 层板承重, 钢管厚度,
# 炸篮容量, 适用直径)
_OTHER_FIGURE = regex.compile(r"(?:最大|最小|最高|最低|总|每层|单层|层板|每个|单个|单只|每只|单边|额定|静态|动态|峰值|持续|"
                              r"钢管|管壁|壁厚|杯身|杯壁|炸篮|内胆|水箱|纸箱|尘盒|尘杯|电池|机身|主机|底座|面板|侧板|背板|门板|板材|"
                              r"钢板|包装|外箱|单件|每件|每袋|每包|单袋|单包|"
                              # (适用直径20cm花盆: the size of what it fits)
                              r"适用于?|适合|适配|用于|兼容)$", regex.V1)


def _plain_prefix(prefix: str, own: str) -> bool:
    """What stands right before the label leaves the figure the product's own: nothing, the
    attribute's own prefix, an adjective (大容量, 超大容量) or the product's name (折叠椅承重);
    a qualifier, a part (层板, 乳胶层, 单格) or any other word makes it another figure."""
    if not prefix or (own and prefix.endswith(own)):
        return True
    if _OTHER_FIGURE.search(prefix):
        return False
    if prefix[-2:] in ("超大", "加大", "特大", "实际", "实测", "有效", "标称") or \
            (prefix[-1] in "大超" and prefix[-2:-1] not in ("最", "总", "较", "更")):
        return True
    # (…a part is named by its last character: 乳胶层, 单格, 层板, 钢管, 海绵, 桌面, 表盘; 家用,
    # 人体工学, 加厚 are not)
    return prefix[-1] not in "层格板管壁杆腿脚架片圈边胶绵面盘座身壳芯框头仓盒箱"


def _labelled(text: str, start: int, end: int, labels, name: str, path: str = "") -> bool:
    before = text[max(0, start - 12):start].rstrip(" :：")
    for lb in labels:
        if before.endswith(lb):
            m = _HAN_TAIL.search(before[:-len(lb)])
            prefix = m.group(0) if m else ""
            return _plain_prefix(prefix, name[:-len(lb)])
    # 20cm厚, 10mm宽: a 度 name's first character right after the figure (not 宽1.2m长200m,
    # where 长 opens the next figure); 宽2米, 高60cm: the character of 宽度, 植株高度 right before
    # it, as a word of its own
    if name.endswith("度") and len(name) >= 2 and (len(name) == 2 or name[:-2] in _WHOLE_PREFIXES
                                                   or name[:-2] in path or not _PART_PREFIX.search(name[:-2])):
        ch = name[-2]
        if ch in _EXTENT_CHARS and text[max(0, start - 1):start] == ch and not _HAN_BEFORE.search(text, 0, start - 1):
            return True
    if len(name) >= 4 and name.endswith(_MEASURE_ENDS) and text.startswith(name[:-2], end) \
            and not _FIGURE_NEXT.match(text, end + len(name) - 2):
        return True   # 100米防水 with 防水深度:30米 (not 41mm防水100米, where 防水 labels the next figure)
    return len(name) == 2 and name.endswith("度") and text.startswith(name[0], end) \
        and not text.startswith(name[0] + "度", end) and not text[end + 1:end + 2].isdigit()


_EXTENT_CHARS = frozenset("长宽高厚深")
# a bare 长/高 labels the whole product's extent only: 高度, 植株高度, 产品长度, or the product the
# category path names (床垫厚度 under 住宅家具>床垫), not a part's (靠背高度, 吊坠长度)
# …and a part's name (靠背高度, 吊坠长度, 刀刃长度, 链条长度) keeps the figure the part's
_PART_PREFIX = regex.compile(r"靠背|椅背|座椅|座面|座|扶手|头枕|吊坠|链条|链|刀刃|刃|刀身|手柄|把手|柄|表带|表盘|镜腿|鞋跟|跟|袖|裤腿|裙摆|抽屉|门|腿|脚|盖|口|把|带|绳|单层|每层|层|台面|镜|柜|仓", regex.V1)
_WHOLE_PREFIXES = frozenset({"产品", "商品", "整体", "成品", "植株", "总", "整机", "机身", "外形", "展开", "使用"})
_FIGURE_NEXT = regex.compile(r"\s*[:：]?\s*\d")
_HAN_BEFORE = regex.compile(r"\p{Han}$", regex.V1)


def labelled_figure_claims(ctx):
    attrs = []
    # (…and the description's spec lines and table rows under names the attributes leave out:
    # <td>光通量</td><td>800lm</td>)
    for name, vs in [*ctx.attributes.items(), *description_attributes(ctx).items()]:
        folded = fold_name(name)
        if len(vs) != 1 or not folded or _NOT_OWN_NAME.match(folded):
            continue
        value = norm(vs[0])
        figs = _figures(value)
        span = _VALUE_RANGE.fullmatch(value)
        if span and len(figs) == 1:
            # 植株高度:30-40cm: the range's two ends, in the unit of its last figure
            dim, f = _UNIT_OF[figs[0][4]]
            lo, hi = float(span.group(1)) * f, float(span.group(2)) * f
            if lo < hi:
                attrs.append((name, folded, vs[0], (0, 0, dim, (lo, hi), figs[0][4])))
            continue
        if len(figs) != 1 or _RANGE_IN_VALUE.search(_SLASH_UNIT.sub("", value)):
            continue   # (the slash of km/h is the unit's, not a list's)
        attrs.append((name, folded, vs[0], figs[0]))
        # 尺寸:直径40cm: the word before the figure labels it as well
        inner = _INNER_LABEL.match(value)
        if inner and inner.group(1) != folded:
            attrs.append((name, inner.group(1), vs[0], figs[0]))
    if not attrs:
        return
    path = ctx.value("category") or ""
    for field in ctx.text_fields(TITLE_LIKE):
        text = ctx.text(field).view("norm")
        said = [f for f in _figures(text) if not _RANGE_AFTER.match(text, f[1]) and not _RANGE_BEFORE.search(text, 0, f[0])
                and not _TIMES_AFTER.match(text, f[1])]
        # a labelled range (果径30-32mm) is read as its two ends: it agrees when it meets the attribute's
        said += [(m.start(), m.end(), _UNIT_OF[m.group(3).lower()][0],
                  (float(m.group(1)) * _UNIT_OF[m.group(3).lower()][1], float(m.group(2)) * _UNIT_OF[m.group(3).lower()][1]),
                  m.group(3).lower()) for m in _TITLE_RANGE.finditer(text) if float(m.group(1)) < float(m.group(2))]
        # a unit only one property has (流明) names it by itself: any figure in it agreeing will do
        # (1000流明 低档50流明 with 亮度:1000lm: the low mode is another figure)
        own_agrees = {name for name, _, _, (_, _, dim, amount, unit) in attrs if unit in _OWN_UNITS
                      and any(f[4] in _OWN_UNITS and _agrees(f[3], amount) for f in said)}
        for f in said:
            # the attributes that label this figure; it is fine when any of them agrees
            # (大容量6L with 容量:6L and 炸篮容量:4.5L)
            labelling = []   # (name, shown, amount, labelled by the unit only)
            for name, folded, shown, (_, _, dim, amount, unit) in attrs:
                if f[2] != dim:
                    continue
                if _labelled(text, f[0], f[1], _labels(folded), folded, path):
                    labelling.append((name, shown, amount, False))
                elif unit in _OWN_UNITS and f[4] in _OWN_UNITS:
                    labelling.append((name, shown, amount, True))
            if not labelling or any(_agrees(f[3], amount) for _, _, amount, _ in labelling):
                continue
            if all(by_unit and name in own_agrees for name, _, _, by_unit in labelling):
                continue   # another figure in that unit agrees: this one is a mode or a rating
            name, shown, _, _ = next((x for x in labelling if not (x[3] and x[0] in own_agrees)), labelling[0])
            s, e = f[0], f[1]
            yield ctx.finding(field, "norm", s, e,
                              f"the {field} says “{text[s:e]}” but the {name} attribute is “{shown}”",
                              suggestion=f"让标题中的“{text[s:e]}”与{name}属性一致，或更正属性")
            return
