"""Shared helpers for the mismatch (MIS) rules: data files, attribute names, span search.

The MIS data files are not lexicons (they map values to families, not terms to findings), so
they are read here, once, on first use. Attribute names vary by export (颜色 / 颜色分类,
材质 / 面料 / 成分含量, 适用性别 / 性别); `attribute_values(ctx, "colour")` folds them.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Mapping

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
    """Property → its (attribute name, value) pairs, for the properties this listing states."""
    by_prop = ctx.memo.get("mis.attributes")
    if by_prop is None:
        # MIS004 asks for three properties and MIS005 for a fourth: group the attributes once.
        index = _name_index()
        by_prop = {}
        for name, values in ctx.attributes.items():
            for p in index.get(fold_name(name), ()):
                by_prop.setdefault(p, []).extend((name, v) for v in values if str(v).strip())
        ctx.memo["mis.attributes"] = by_prop
    return by_prop


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
