"""The word classes the duplicate verifier needs, compiled once from wordlists/duplicates.yaml.

All patterns run over the squeezed view of a title (simplified, half-width, lower-case, no
separators), the same text the signature keeps.
"""
from __future__ import annotations

from functools import lru_cache
import re

import regex

from ..lexicon import builtin_data_file, read_yaml

# Latin and digit runs, split where letters meet digits so iPhone14 and iPhone 14 give the same
# tokens (iphone, 14) and P50 / P60 differ in their number.
LATIN_OR_NUMBER = regex.compile(r"[a-z]+|[0-9]+")


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


class DupWords:
    def __init__(self, data: dict):
        shades = _alternation(data["colour_shades"])
        stems = _alternation(data["colour_stems"])
        suffix = f"(?:{_alternation(data['variant_suffixes'])})?"
        sizes = _alternation(data["size_words"])
        letters = _alternation(data["letter_sizes"])
        styles = "|".join(data["style_patterns"])
        named = _alternation(data["colour_name_prefixes"])
        chars = "".join(data["colour_chars"])
        compounds = _alternation(data["colour_words"])
        word_shades = _alternation(data["colour_word_shades"])
        # Standard-library `re`: over this alternation of literal words it runs three times
        # faster than `regex` (measured on generated titles), and needs none of its features.
        self.variant = re.compile(
            rf"(?:(?:{shades})?(?:{stems})色{suffix})"
            rf"|(?:(?:{named})(?:[{chars}](?![茶糖酒烧枣薯豆米])色?|色){suffix})"
            rf"|(?:(?:{compounds})色?{suffix})"
            rf"|(?:(?:{word_shades})[{chars}](?![茶糖酒烧枣薯豆米])色?{suffix})"
            rf"|(?<![^ ])[{chars}](?![^ ])"
            rf"|(?:(?:{sizes}){suffix})"
            rf"|(?<![a-z0-9])(?:{letters})(?![a-z0-9])"
            rf"|(?<![a-z])(?:{styles})")
        fillers = _alternation(data["filler_words"])
        self.filler = regex.compile(rf"(?:{fillers})|(?:{'|'.join(data['filler_patterns'])})")
        self.filler_latin = frozenset(w for w in data["filler_words"] if w.isascii())
        self.padding_years = regex.compile("|".join(data["filler_patterns"]))
        self.distinguishing = re.compile(_alternation(data["distinguishing_words"]))

        # Every variant word contains one of these characters: a cheap test before the regex.
        keys = {"色", "款", "x"} | {w[-1] for w in data["size_words"]} | set(chars)
        self.may_have_variant = regex.compile(f"[{regex.escape(''.join(sorted(keys)))}]")
        # Verifying candidate pairs meets the same title many times: remember per title.
        self.variant_spans = lru_cache(maxsize=1 << 16)(self._variant_spans)
        self.filler_spans = lru_cache(maxsize=1 << 16)(self._filler_spans)
        self.model_tokens = lru_cache(maxsize=1 << 16)(self._model_tokens)

    def _variant_spans(self, title: str) -> list[tuple[int, int]]:
        if not self.may_have_variant.search(title):
            return []
        return [m.span() for m in self.variant.finditer(title)]

    def _filler_spans(self, title: str) -> list[tuple[int, int]]:
        return [m.span() for m in self.filler.finditer(title)]

    def variant_words(self, title: str) -> tuple[str, ...]:
        return tuple(sorted({title[a:b] for a, b in self.variant_spans(title)}))

    def strip_variants(self, title: str) -> str:
        return self.variant.sub("", title) if self.may_have_variant.search(title) else title

    def _model_tokens(self, title: str) -> frozenset[str]:
        """Latin and number tokens that tell products apart (model numbers, capacities, sizes),
        leaving out variant words (handled as SKU splits), padding years (2024新款) and Latin padding."""
        text = self.variant.sub(" ", title) if self.may_have_variant.search(title) else title
        if "20" in text:
            text = self.padding_years.sub(" ", text)
        tokens = [t for t in LATIN_OR_NUMBER.findall(text) if t not in self.filler_latin]
        if tokens.count("plus") > 1:
            # C / C++ (c plus plus), S24+ / S24++: how many pluses is part of the name
            tokens.append(f"plus*{tokens.count('plus')}")
        return frozenset(tokens)


@lru_cache(maxsize=1)
def dup_words() -> DupWords:
    return DupWords(read_yaml(builtin_data_file("duplicates.yaml")))
