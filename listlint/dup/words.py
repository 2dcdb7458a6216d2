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
        numeric_sizes = "|".join(data.get("size_patterns") or ["(?!)"])
        flavours = _alternation(data.get("flavour_stems") or ["(?!)"])
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
            rf"|(?<![a-z])(?:{styles})"
            rf"|(?:{numeric_sizes})"
            rf"|(?:{flavours})味")
        fillers = _alternation(data["filler_words"])
        self.filler = regex.compile(rf"(?:{fillers})|(?:{'|'.join(data['filler_patterns'])})")
        self.filler_latin = frozenset(w for w in data["filler_words"] if w.isascii())
        self.padding_years = regex.compile("|".join(data["filler_patterns"]))
        self.distinguishing = re.compile(_alternation(data["distinguishing_words"]))

        # Every variant word contains one of these characters: a cheap test before the regex.
        keys = {"色", "款", "x", "味", "码", "m", "床", "a", "b"} | {w[-1] for w in data["size_words"]} | set(chars)
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


class SameSpelling:
    """One spelling for words a copy may write another way, applied to both titles of every
    pair before they are compared (so a word that only looks like one of these, such as apple
    the fruit, is changed the same way in both and changes nothing between them):

    - a brand's Latin name as its Chinese name (apple → 苹果, new balance → 新百伦): "Apple/苹果
      AirPods" and "苹果 AirPods", "Huawei Mate 60" and "华为 Mate60" read alike. Only the
      brand's own first Latin name: the names after it are product lines (苹果: Apple, iPhone,
      AirPods), and iPhone vs AirPods tells products apart. Names of three letters or fewer
      (NB, CK, MI) and those matched only as written (Peak) stay as they are;
    - synonyms from wordlists/duplicates.yaml (女款/女式 → 女士, 夏天 → 夏季, 免邮 → 包邮);
    - 装 after a counted unit (20片装 → 20片)."""

    def __init__(self, latin: dict[str, str], synonyms: dict[str, str]):
        import ahocorasick_rs
        # Latin keys: lower-case words separated by single spaces; a title may also join them
        forms = dict(latin) | {k.replace(" ", ""): v for k, v in latin.items()}
        self._latin_keys = len(forms)
        forms |= {k: v for k, v in synonyms.items() if k not in forms}
        self._keys = list(forms)
        self._values = [forms[k] for k in self._keys]
        # a regex alternation of 600 names cost ~15 µs a title; the automaton a tenth of it
        self._ac = ahocorasick_rs.AhoCorasick(self._keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    def __call__(self, text: str) -> str:
        out, last, n = [], 0, len(text)
        for i, s, e in self._ac.find_matches_as_indexes(text):
            if i < self._latin_keys and ((s and _latin_or_digit(text[s - 1])) or (e < n and _latin_or_digit(text[e]))):
                continue   # inside a longer word: pineapple, nikeland
            out += (text[last:s], " ", self._values[i], " ")
            last = e
        if out:
            out.append(text[last:])
            text = " ".join("".join(out).split())
        if "装" in text:
            text = _COUNT_PACK.sub(r"\1", text)
        return text


# 20片装, 6瓶装: the count is the product, 装 says nothing more (not 套装, 新装, 包装)
_COUNT_PACK = regex.compile(r"(?<=[0-9一二两三四五六七八九十])([片支只个包袋瓶盒条双粒颗罐卷张枚抽])装")


def _latin_or_digit(c: str) -> bool:
    return "a" <= c <= "z" or "0" <= c <= "9"


_HAN = regex.compile(r"\p{Han}")


@lru_cache(maxsize=1)
def same_spelling() -> SameSpelling:
    from ..rules.mismatch_brands import brands_from_doc
    from ..rules.mismatch_data import data_file
    latin: dict[str, str] = {}
    for brand in brands_from_doc(data_file("brands.yaml"), "brands.yaml"):
        chinese = next((n for n in brand.names if _HAN.search(n)), None)
        first_latin = next((n for n in brand.names if not _HAN.search(n)), None)
        if chinese is None or first_latin is None or first_latin in brand.exact:
            continue
        key = " ".join(regex.split(r"[ \-]+", first_latin.lower()))
        if len(key.replace(" ", "")) <= 3 or not regex.fullmatch(r"[a-z]+(?: [a-z]+)*", key):
            continue
        latin.setdefault(key, chinese)
    synonyms = {str(w).lower(): str(canon).lower()
                for canon, words in (read_yaml(builtin_data_file("duplicates.yaml")).get("synonyms") or {}).items()
                for w in words}
    return SameSpelling(latin, synonyms)


@lru_cache(maxsize=1)
def dup_words() -> DupWords:
    return DupWords(read_yaml(builtin_data_file("duplicates.yaml")))
