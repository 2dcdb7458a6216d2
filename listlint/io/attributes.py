"""Attribute cells → {name: (values, …)}.

Accepted: `品牌:耐克;颜色分类:红色`, full-width `品牌：耐克；颜色：红`, `品牌=耐克`, newline or `|`
separated pairs, several values by `,` `，` `、` (颜色分类:黑色,白色), a bare value after `;`
continuing the previous name (颜色分类:黑色;白色), JSON objects ({"品牌": "耐克"}) and JSON lists
of name/value objects ([{"name": "品牌", "value": "耐克"}]).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, Mapping

import regex

_PAIR_SEP = regex.compile(r"[;；\n\r|]+")
_KV = regex.compile(r"^\s*([^:：=]+?)\s*[:：=]\s*(.*?)\s*$", regex.S)
_VALUE_SEP = regex.compile(r"\s*[,，、]\s*")


# Standard-library `re` (no lookbehind of varying width needed): every listing's cell is
# masked, and `re` substitutes these several times faster than `regex`.
_NAME_OF_PAIR = re.compile(r"(?:^|(?<=[;；\n\r|]))([^;；\n\r|:：=]*[:：=])")
_JSON_KEY = re.compile(r'"((?:[^"\\]|\\.)*)"(?=\s*:)')
_JSON_NAME_VALUE = re.compile(r'"(?:name|key|属性名|attr)"\s*:\s*"((?:[^"\\]|\\.)*)"')
# A term of service (有效期:永久, 保修期:终身) is what the buyer is promised by contract, not
# advertising wording: the whole pair is blanked. So is a software licence's kind (授权:永久).
_TERM_PAIR = re.compile(r"(?:^|(?<=[;；\n\r|]))\s*(?:有效期|保修期|质保期|质保|保修|保质期|使用期限|服务期限|会员期限|售后期限|"
                        r"授权|授权方式|授权类型|授权期限|许可类型|许可期限)"
                        r"\s*[:：=][^;；\n\r|]*")
# a value that is a bare figure: (separator or start)(spaces — a blanked name)(figure)(end of value)
_BARE_FIGURE = re.compile(r'(^|[;；\n\r|,，、"])(\s*)([0-9]+(?:\.[0-9]+)?\s*%)(?=\s*(?:$|[;；\n\r|,，、"]))')


@lru_cache(maxsize=4096)
def mask_attribute_names(cell: str) -> str:
    """The cell with every attribute name (and its colon) blanked, same length: the values the
    seller wrote, at their own offsets. Names are the platform's (最大功率, 是否首发, 顶级配置)
    and say nothing about the item; a value (卖点:全网销量NO.1) does."""
    if not cell:
        return cell
    head = cell.lstrip()[:1]
    if head in "{[":
        out = _JSON_NAME_VALUE.sub(lambda m: m.group(0)[:m.start(1) - m.start()] + " " * len(m.group(1)) + '"', cell)
        out = _JSON_KEY.sub(lambda m: '"' + " " * len(m.group(1)) + '"', out)
    else:
        out = _TERM_PAIR.sub(lambda m: " " * len(m.group(0)), cell)
        out = _NAME_OF_PAIR.sub(lambda m: " " * len(m.group(1)), out)
    # A value that is a bare figure (果汁含量:100%, 棉:100%) is a measure its name qualified:
    # with the name gone it would read as a bare 100% promise.
    return _BARE_FIGURE.sub(lambda m: m.group(1) + m.group(2) + " " * len(m.group(3)), out)


def parse_attributes(cell: str) -> dict[str, tuple[str, ...]]:
    cell = (cell or "").strip()
    if not cell:
        return {}
    if cell[0] in "{[":
        try:
            obj = json.loads(cell)
        except ValueError:
            obj = None
        if isinstance(obj, Mapping):
            return attributes_from_mapping(obj)
        if isinstance(obj, list) and obj and all(isinstance(x, Mapping) for x in obj):
            return attributes_from_pairs(obj)
    out: dict[str, list[str]] = {}
    last = None
    for part in _PAIR_SEP.split(cell):
        if not part.strip():
            continue
        m = _KV.match(part)
        if m:
            last = m.group(1).strip()
            vals = [v for v in _VALUE_SEP.split(m.group(2)) if v]
            out.setdefault(last, []).extend(vals)
        elif last is not None:  # 颜色分类:黑色;白色 — a bare value continues the previous name
            out[last].append(part.strip())
    return {k: tuple(v) for k, v in out.items()}


def attributes_from_mapping(obj: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    out = {}
    for k, v in obj.items():
        if isinstance(v, (list, tuple)):
            out[str(k)] = tuple(str(x) for x in v)
        elif v is not None and str(v) != "":
            out[str(k)] = tuple(x for x in _VALUE_SEP.split(str(v)) if x)
    return out


def attributes_from_pairs(items) -> dict[str, tuple[str, ...]]:
    """[{"name": "品牌", "value": "耐克"}, …] (also key/value, 属性名/属性值)."""
    out: dict[str, list[str]] = {}
    for it in items:
        name = next((it[k] for k in ("name", "key", "属性名", "attr") if k in it), None)
        value = next((it[k] for k in ("value", "values", "属性值", "val") if k in it), None)
        if name is None or value is None:
            continue
        vals = value if isinstance(value, (list, tuple)) else _VALUE_SEP.split(str(value))
        out.setdefault(str(name), []).extend(str(v) for v in vals if str(v))
    return {k: tuple(v) for k, v in out.items()}
