"""Every wordlist is valid data, and every entry's own examples hold.

A term that can never match, or an exemption that swallows a real violation, fails here.
"""
from __future__ import annotations

import pytest

from listlint.lexicon import builtin_wordlist_paths, load_wordlist_file
from listlint.rules.registry import load_all

from .conftest import lint_one

ENTRIES = [e for p in builtin_wordlist_paths() for e in load_wordlist_file(p)[0]]


def test_lists_load_and_rules_exist():
    rules = load_all()
    for e in ENTRIES:
        assert e.rule in rules, f"{e.source}: rule {e.rule} is not registered"


def test_every_entry_has_examples_both_ways():
    missing = [e.source for e in ENTRIES if not e.examples_match or not e.examples_no_match]
    assert not missing, f"entries without must-match and must-not-match examples: {missing[:10]}"


def test_no_duplicate_terms_within_a_rule():
    from listlint.text.normalize import normalize_text, squeeze_text
    seen: dict[tuple, str] = {}
    dups = []
    for e in ENTRIES:
        for t in e.terms:
            # Terms are keyed as their view sees them: in the norm view "v:" and "v❤" differ.
            key = (e.rule, e.view, normalize_text(t) if e.view == "norm" else squeeze_text(t))
            if key in seen and seen[key] != e.id:
                dups.append(f"{t} in {e.source} and {seen[key]}")
            seen.setdefault(key, e.id)
    assert not dups, dups[:10]


def test_no_term_is_a_bare_letter_or_digit():
    # A chemical name with a comma in a YAML flow list ([…, 3,4-亚甲基…]) splits into "3" and
    # "4-亚甲基…", and "3" then matches every 3 in every listing. Single characters are
    # allowed only where an entry means them (最, 🐧); a Latin letter or a digit never.
    from listlint.text.normalize import normalize_text, squeeze_text
    bad = [f"{t!r} in {e.source}" for e in ENTRIES for t in e.terms
           if (k := (normalize_text(t) if e.view == "norm" else squeeze_text(t)).strip()) and len(k) < 2 and k.isascii() and k.isalnum()]
    assert not bad, bad


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: f"{e.rule}-{e.id}")
def test_entry_examples(entry):
    field = entry.data.get("example_field", "title")
    for text in entry.examples_match:
        found = [f for f in lint_one(select=[entry.rule], **{field: text}) if f.rule == entry.rule]
        assert found, f"{entry.source}: must match {text!r}"
    for text in entry.examples_no_match:
        found = [f for f in lint_one(select=[entry.rule], **{field: text}) if f.rule == entry.rule]
        assert not found, f"{entry.source}: must not match {text!r}, got {[f.text for f in found]}"


def test_no_wordlist_writes_a_key_twice():
    # PyYAML keeps the last of two equal keys silently: an entry's second `examples:` or
    # `exempt:` would hide the first.
    import glob
    import os

    import yaml

    class StrictLoader(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        twice = {k for k in keys if keys.count(k) > 1}
        assert not twice, f"{node.start_mark.name}:{node.start_mark.line + 1}: {sorted(map(str, twice))} written twice"
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    folder = os.path.join(os.path.dirname(os.path.dirname(__file__)), "wordlists")
    for path in sorted(glob.glob(os.path.join(folder, "*.yaml"))):
        with open(path, encoding="utf-8") as f:
            yaml.load(f, Loader=StrictLoader)
