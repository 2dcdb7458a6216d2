"""Every registered rule documents what it reports and what it leaves alone (`listlint explain`
prints these), and the documented examples hold.

Examples are titles; mismatch examples add the structured field after ` | `
(`白色 运动鞋 | 颜色分类:黑色`, `9.9元包邮 | 价格 29`, `手机壳 | 类目 女装/连衣裙`).
Duplicate rules need several items, so their examples are checked in their own tests.
"""
from __future__ import annotations

import pytest

from listlint.rules.registry import all_rules

from .conftest import lint_one

RULES = all_rules()


def _fields(example: str) -> dict:
    title, _, extra = example.partition(" | ")
    fields = {"title": title}
    if extra.startswith("价格 "):
        fields["price"] = extra[3:]
    elif extra.startswith("类目 "):
        fields["category"] = extra[3:]
    elif extra:
        fields["attributes"] = extra
    return fields


def test_every_rule_has_examples_both_ways():
    missing = [r.code for r in RULES if not r.examples_fail or not r.examples_pass]
    assert not missing, f"rules without reported / not-reported examples: {missing}"


def test_every_rule_has_basis_summary_and_suggestion():
    for r in RULES:
        assert r.basis and r.summary and r.suggestion, r.code


@pytest.mark.parametrize("rule", [r for r in RULES if not r.is_corpus], ids=lambda r: r.code)
def test_documented_examples_hold(rule):
    for example in rule.examples_fail:
        found = [f for f in lint_one(select=[rule.code], **_fields(example)) if f.rule == rule.code]
        assert found, f"{rule.code} should report {example!r}"
    for example in rule.examples_pass:
        found = [f for f in lint_one(select=[rule.code], **_fields(example)) if f.rule == rule.code]
        assert not found, f"{rule.code} should not report {example!r}: {[f.text for f in found]}"
