"""Wordlists: load `wordlists/*.yaml`, validate every entry, build the shared automata.

Every term of every list goes into one Aho–Corasick automaton per view (almost all terms live
in the squeezed view), built once per configuration and shared by all rule families: a field is
scanned once, and each rule reads the hits that carry its code. Deciding a hit in context
(exemptions, token boundaries, trigger words) is the rule's job; the generic part, an entry's
`exempt` patterns and the user's `allow` list, is applied here so no family forgets it.
"""
from __future__ import annotations

import marshal
import os
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping

import regex
import yaml

from .text.normalize import FieldText, normalize_text, squeeze_text

ENTRY_VIEWS = ("squeezed", "norm", "digits")
_ENTRY_KEYS = {"id", "rule", "terms", "view", "severity", "message", "suggestion", "basis",
               "exempt", "words", "data", "examples"}
_FILE_KEYS = {"family", "description", "defaults", "entries", "words", "kind"}
_CODE = regex.compile(r"^(ABS|OFF|DUP|MIS|PRV|CLM|BAN|FMT)[0-9]{3}$")


class LexiconError(ValueError):
    """A wordlist that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class Entry:
    id: str
    rule: str
    terms: tuple[str, ...]
    view: str = "squeezed"
    severity: str | None = None
    message: str | None = None
    suggestion: str | None = None
    basis: str | None = None
    exempt: tuple[Any, ...] = ()  # compiled patterns
    words: tuple[str, ...] = ()
    data: Mapping[str, Any] = field(default_factory=dict)
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()
    source: str = ""

    def exempt_at(self, text: str, start: int, end: int, margin: int = 16, crosses=None) -> bool:
        """True when an exemption pattern matches around the hit and covers all of it
        (and, given `crosses(a, b)`, reaches no further across a phrase break)."""
        return covered(self.exempt, text, start, end, margin, crosses)


def covered(patterns, text: str, start: int, end: int, margin: int = 16, crosses=None) -> bool:
    if not patterns:
        return False
    ws = max(0, start - margin)
    we = min(len(text), end + margin)
    for pat in patterns:
        for m in pat.finditer(text, ws, we, overlapped=True):
            if m.start() <= start and end <= m.end():
                if crosses is not None and (crosses(m.start(), start) or crosses(end - 1, m.end() - 1)):
                    continue
                return True
    return False


# Phrase breaks the squeezed view drops. For an entry whose data sets `exempt-within-phrase`,
# an exemption read across one joins two phrases (销量第一，回购率高 is no 第一回 "the first
# time"); other entries' exemptions may reach across a comma on purpose (在淘宝APP搜索店铺，点击
# “加入粉丝群”).
_PHRASE_BREAK = frozenset("，,。！？!?；;\n<、｜|～…")


def _crosses_break(ft: FieldText, view: str):
    def crosses(a: int, b: int) -> bool:
        """A break in the original between view characters a and b (a < b)."""
        if a >= b:
            return False
        ra = ft.to_raw(view, a, a + 1)[1]
        rb = ft.to_raw(view, b, b + 1)[0]
        return any(ch in _PHRASE_BREAK for ch in ft.raw[ra:rb])
    return crosses


@dataclass(frozen=True, slots=True)
class Hit:
    entry: Entry
    term: str
    view: str
    start: int  # offsets in the view
    end: int


class _LazyPattern:
    """A built-in wordlist pattern compiled on first use.

    The `regex` module compiles in Python, ~1 ms a pattern: compiling every exemption of every
    built-in list would cost most of a short run's start-up, while a run touches only the
    patterns of entries that hit. Built-in patterns are checked by the wordlist tests (every
    entry's examples run); a user's own lists are still compiled, and checked, at load."""
    __slots__ = ("pattern", "where", "_compiled")

    def __init__(self, pattern: str, where: str):
        self.pattern = pattern
        self.where = where
        self._compiled = None

    def __getattr__(self, name):
        if self._compiled is None:
            self._compiled = compile_pattern(self.pattern, self.where)
        return getattr(self._compiled, name)

    def __repr__(self) -> str:
        return f"_LazyPattern({self.pattern!r})"


def compile_pattern(p: str, where: str, lazy: bool = False):
    if lazy:
        return _LazyPattern(p, where)
    try:
        # Patterns are written against the view text (simplified, half-width, lower case);
        # they are not normalised themselves, which would turn \S into \s.
        return regex.compile(p, regex.V1 | regex.I)
    except regex.error as exc:
        raise LexiconError(f"{where}: bad pattern {p!r}: {exc}") from None


def _as_list(v, where: str, key: str) -> list:
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    if isinstance(v, list):
        return v
    raise LexiconError(f"{where}: '{key}' must be a list")


def parse_entry(raw: Mapping, defaults: Mapping, where: str, lazy_patterns: bool = False) -> Entry:
    if not isinstance(raw, Mapping):
        raise LexiconError(f"{where}: an entry must be a mapping")
    unknown = set(raw) - _ENTRY_KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    merged = {**defaults, **raw}
    rule = merged.get("rule")
    if not rule or not _CODE.match(str(rule)):
        raise LexiconError(f"{where}: 'rule' must be a rule code like ABS001, got {rule!r}")
    terms = [str(t) for t in _as_list(merged.get("terms"), where, "terms")]
    if not terms or any(not t.strip() for t in terms):
        raise LexiconError(f"{where}: 'terms' must be a non-empty list of non-empty strings")
    view = merged.get("view", "squeezed")
    if view not in ENTRY_VIEWS:
        raise LexiconError(f"{where}: 'view' must be one of {', '.join(ENTRY_VIEWS)}")
    sev = merged.get("severity")
    if sev is not None and sev not in ("error", "warning", "info"):
        raise LexiconError(f"{where}: 'severity' must be error, warning or info")
    examples = merged.get("examples") or {}
    if not isinstance(examples, Mapping) or set(examples) - {"match", "no_match"}:
        raise LexiconError(f"{where}: 'examples' takes 'match' and 'no_match' lists")
    return Entry(
        id=str(merged.get("id") or terms[0]),
        rule=str(rule),
        terms=tuple(terms),
        view=view,
        severity=sev,
        message=merged.get("message"),
        suggestion=merged.get("suggestion"),
        basis=merged.get("basis"),
        exempt=tuple(compile_pattern(p, where, lazy_patterns)
                     for p in _as_list(merged.get("exempt"), where, "exempt")),
        words=tuple(str(w) for w in _as_list(merged.get("words"), where, "words")),
        data=dict(merged.get("data") or {}),
        examples_match=tuple(str(x) for x in _as_list(examples.get("match"), where, "match")),
        examples_no_match=tuple(str(x) for x in _as_list(examples.get("no_match"), where, "no_match")),
        source=where,
    )


def read_yaml(path: str | os.PathLike) -> Any:
    """A YAML data file, parsed once per content: a fresh copy on every call.

    PyYAML's pure-Python loader reads our ~150 KB of wordlists in seconds; the libyaml loader
    in a tenth of that, and the parsed document is kept (marshal) in the user's cache keyed by
    the file's content hash, so later runs load it in milliseconds. Raises OSError,
    UnicodeDecodeError or yaml.YAMLError like yaml.safe_load on the file's text."""
    data = Path(path).read_bytes()
    blob = _parsed_yaml(data)
    if blob is None:  # dates or other types marshal cannot hold: parsed, not cached
        return yaml.load(data.decode("utf-8"), Loader=_LOADER)  # noqa: S506 - a safe loader
    return marshal.loads(blob)


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=64)
def _parsed_yaml(data: bytes) -> bytes | None:
    import hashlib

    from .text.normalize import cache_dir

    key = hashlib.sha1(data).hexdigest()
    folder = cache_dir()
    path = os.path.join(folder, f"yaml-{yaml.__version__}-{key}.marshal") if folder else None
    if path:
        try:
            with open(path, "rb") as f:
                return f.read()
        except OSError:
            pass
    doc = yaml.load(data.decode("utf-8"), Loader=_LOADER)  # noqa: S506 - a safe loader
    try:
        blob = marshal.dumps(doc)
    except ValueError:
        return None
    if path:
        try:
            os.makedirs(folder, exist_ok=True)
            tmp = f"{path}.{os.getpid()}.tmp"
            with open(tmp, "wb") as f:
                f.write(blob)
            os.replace(tmp, path)
        except OSError:
            pass
    return blob


def load_wordlist_file(path: str | os.PathLike, text: str | None = None,
                       lazy_patterns: bool = False) -> tuple[list[Entry], list[str]]:
    name = str(path)
    try:
        doc = yaml.safe_load(text) if text is not None else read_yaml(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{name}: cannot read wordlist: {exc}") from None
    except yaml.YAMLError as exc:
        raise LexiconError(f"{name}: invalid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(doc, Mapping):
        raise LexiconError(f"{name}: a wordlist is a mapping with 'entries'")
    if doc.get("kind", "lexicon") != "lexicon":
        return [], []  # a family's own data file (brands, categories …), read by its rules
    unknown = set(doc) - _FILE_KEYS
    if unknown:
        raise LexiconError(f"{name}: unknown top-level key(s) {', '.join(sorted(unknown))}")
    defaults = doc.get("defaults") or {}
    entries = []
    for i, raw in enumerate(doc.get("entries") or []):
        ident = raw.get("id", i + 1) if isinstance(raw, Mapping) else i + 1
        entries.append(parse_entry(raw, defaults, f"{Path(name).name} entry {ident}", lazy_patterns))
    words = [str(w) for w in (doc.get("words") or [])]
    return entries, words


def builtin_wordlist_paths() -> list[Path]:
    base = resources.files("listlint.wordlists")
    return sorted(Path(str(p)) for p in base.iterdir() if str(p).endswith(".yaml"))


def builtin_data_file(name: str) -> Path:
    """A non-lexicon data file in wordlists/ (top-level `kind:` other than lexicon)."""
    return Path(str(resources.files("listlint.wordlists").joinpath(name)))


class Lexicon:
    def __init__(self, entries: Iterable[Entry], words: Iterable[str] = (), allow: Iterable[str] = ()):
        import ahocorasick_rs

        self.entries: tuple[Entry, ...] = tuple(entries)
        self.words = tuple(words)
        self.allow = tuple(_allow_pattern(a) for a in allow)
        self._automata: dict[str, tuple[Any, list[list[tuple[Entry, str]]]]] = {}
        by_view: dict[str, dict[str, list[tuple[Entry, str]]]] = {}
        for e in self.entries:
            for t in e.terms:
                key = squeeze_text(t) if e.view in ("squeezed", "digits") else normalize_text(t)
                if e.view == "digits":
                    from .text.numbers import decode_digits
                    key = decode_digits(key)
                if key:
                    by_view.setdefault(e.view, {}).setdefault(key, []).append((e, t))
        for view, table in by_view.items():
            patterns = list(table)
            ac = ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MatchKind.Standard)
            self._automata[view] = (ac, [table[p] for p in patterns])
        self.by_rule: dict[str, list[Entry]] = {}
        for e in self.entries:
            self.by_rule.setdefault(e.rule, []).append(e)

    def jieba_words(self) -> set[str]:
        out = set(self.words)
        for e in self.entries:
            out.update(squeeze_text(w) for w in e.words)
            if e.view == "squeezed":
                out.update(squeeze_text(t) for t in e.terms if len(squeeze_text(t)) > 1)
        return out

    def scan(self, ft: FieldText, rules: set[str] | None = None) -> list[Hit]:
        """All hits of all entries (of `rules`, if given) in one field, exemptions applied."""
        hits: list[Hit] = []
        for view, (ac, payload) in self._automata.items():
            text = ft.view(view)
            if not text:
                continue
            crosses = _crosses_break(ft, view) if view == "squeezed" else None
            for idx, s, e in ac.find_matches_as_indexes(text, overlapping=True):
                for entry, term in payload[idx]:
                    if rules is not None and entry.rule not in rules:
                        continue
                    if entry.exempt and entry.exempt_at(text, s, e, crosses=crosses if entry.data.get("exempt-within-phrase") else None):
                        continue
                    if self.allow and covered(self.allow, text, s, e):
                        continue
                    hits.append(Hit(entry, term, view, s, e))
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits

    def allowed(self, text: str, start: int, end: int) -> bool:
        return covered(self.allow, text, start, end)


def _allow_pattern(a: str):
    """`allow` items are literal terms, or regexes written /like this/."""
    if len(a) > 2 and a.startswith("/") and a.endswith("/"):
        return compile_pattern(a[1:-1], "allow")
    return regex.compile(regex.escape(squeeze_text(a)) + "|" + regex.escape(normalize_text(a)))


@lru_cache(maxsize=8)
def load_lexicon(extra_files: tuple[str, ...] = (), allow: tuple[str, ...] = (),
                 deny: tuple[tuple[str, str, str], ...] = ()) -> Lexicon:
    """The built-in lists plus the user's files, `deny` terms (term, rule, severity) and `allow`."""
    entries: list[Entry] = []
    words: list[str] = []
    builtin = builtin_wordlist_paths()
    for p in builtin + [Path(f) for f in extra_files]:
        es, ws = load_wordlist_file(p, lazy_patterns=p in builtin)
        entries += es
        words += ws
    for term, rule, severity in deny:
        entries.append(Entry(id=f"deny:{term}", rule=rule, terms=(term,), severity=severity,
                             source="config deny"))
    return Lexicon(entries, words, allow)
