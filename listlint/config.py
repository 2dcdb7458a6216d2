"""Configuration: discovery, validation and the resolved settings the engine reads.

Sources, closest first: `--config PATH`; else the nearest `.listlint.yaml`/`.listlint.yml`, or
`pyproject.toml` with a `[tool.listlint]` table, found from the input file's folder upwards
(`--isolated` skips discovery). Command-line options override the file. Every key is checked:
an unknown key, option or rule code is an error that names the key and the file.
"""
from __future__ import annotations

import fnmatch
from functools import lru_cache
import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any, Mapping

import yaml

from .model import SEVERITIES, SEVERITY_RANK

CONFIG_NAMES = (".listlint.yaml", ".listlint.yml")

DEFAULT_WEIGHTS = {"error": 25, "warning": 10, "info": 2}

_KEYS = {
    "select", "extend-select", "ignore", "fail-on", "min-score", "columns", "allow", "deny",
    "wordlists", "rules", "scoring", "per-item-ignores", "per-file-ignores", "input",
    "jobs", "against", "baseline",
}
_SCORING_KEYS = {"weights", "warn-below", "fail-below"}
_INPUT_KEYS = {"format", "encoding", "sheet", "delimiter"}
_INPUT_FORMATS = ("csv", "tsv", "taobao-assistant", "xlsx", "jsonl")


class ConfigError(ValueError):
    """Invalid configuration; the message says where and what."""


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] = ("ALL",)
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "error"
    min_score: int | None = None
    columns: Mapping[str, str] = field(default_factory=dict)
    allow: tuple[str, ...] = ()
    deny: tuple[tuple[str, str, str], ...] = ()
    wordlists: tuple[str, ...] = ()
    rule_settings: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    weights: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    warn_below: int = 85
    fail_below: int = 60
    per_item_ignores: Mapping[str, Any] = field(default_factory=dict)
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    input_format: str | None = None
    encoding: str | None = None
    sheet: str | None = None
    delimiter: str | None = None
    jobs: int | None = None
    against: str | None = None
    baseline: str | None = None
    source: str | None = None  # the config file these settings came from

    def __post_init__(self):
        # The API builds Settings directly (lint_records(rows, Settings(...))): it gets the
        # same checks a config file does, so a typo fails at once instead of scoring 105.
        where = self.source or "Settings"
        if self.fail_on not in SEVERITIES:
            raise ConfigError(f"{where}: fail_on is one of {', '.join(SEVERITIES)}, not {self.fail_on!r}")
        if self.min_score is not None and not (isinstance(self.min_score, int) and 0 <= self.min_score <= 100):
            raise ConfigError(f"{where}: min_score is a whole number from 0 to 100, not {self.min_score!r}")
        w = self.weights
        if not isinstance(w, Mapping) or set(w) - set(SEVERITIES) or \
                not all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in w.values()):
            raise ConfigError(f"{where}: weights map error/warning/info to whole numbers of 0 or more, not {w!r}")
        for name in ("warn_below", "fail_below"):
            v = getattr(self, name)
            if not (isinstance(v, int) and 0 <= v <= 100):
                raise ConfigError(f"{where}: {name} is a whole number from 0 to 100, not {v!r}")
        for d in self.deny:
            if not (isinstance(d, tuple) and len(d) == 3 and all(isinstance(x, str) for x in d) and d[2] in SEVERITIES):
                raise ConfigError(f"{where}: each deny entry is (term, rule code, severity), not {d!r}")

    # --- what rules ask -----------------------------------------------------------------
    def rule_option(self, code: str, name: str, default: Any = None) -> Any:
        return self.rule_settings.get(code, {}).get(name, default)

    def severity_for(self, code: str, default: str) -> str:
        return self.rule_settings.get(code, {}).get("severity", default)

    def selected_codes(self, path: str | None = None) -> set[str]:
        """Codes in force for `path`.

        Every selector of select, extend-select and ignore is weighed by how specific it is
        (see `specificity`); for each rule the most specific selector decides, and ignore beats
        select on a tie, so `select: [FMT]` + `ignore: [FMT002]` runs FMT001, FMT003, FMT004
        and `select: [FMT002]` + `ignore: [FMT]` runs FMT002 alone. `per-file-ignores` come
        last and always win: a file listed there never runs those rules.
        """
        from .rules.registry import load_all

        rules = load_all()
        chosen: dict[str, tuple[int, bool]] = {}
        for sels, on in ((list(self.select) + list(self.extend_select), True), (list(self.ignore), False)):
            for sel in sels:
                spec = specificity(sel)
                for code in selector_codes(sel) or ():
                    prev = chosen.get(code)
                    if prev is None or spec > prev[0] or (spec == prev[0] and not on):
                        chosen[code] = (spec, on)
        codes = {c for c, (_, on) in chosen.items() if on and c in rules}
        if path:
            for sel in self.file_ignores(path):
                codes -= selector_codes(sel) or set()
        return codes

    def file_ignores(self, path: str) -> tuple[str, ...]:
        """Selectors of every `per-file-ignores` glob that matches `path`: tried against the
        path as given, the path relative to the config file's folder, and the file name."""
        out: list[str] = []
        for pattern, codes in self.per_file_ignores.items():
            if any(_glob_match(c, pattern) for c in self._path_forms(path)):
                out += codes
        return tuple(out)

    def _path_forms(self, path: str) -> list[str]:
        p = Path(path)
        forms = [p.as_posix(), p.name]
        if self.source and self.source not in ("config", "command line"):
            try:
                forms.append(p.resolve().relative_to(Path(self.source).resolve().parent).as_posix())
            except (ValueError, OSError):
                pass
        return forms

    def fails(self, severity: str) -> bool:
        return SEVERITY_RANK[severity] >= SEVERITY_RANK[self.fail_on]


# --- selectors --------------------------------------------------------------------------
def selector_codes(sel: str) -> set[str] | None:
    """The rule codes a selector names, or None when it names nothing listlint knows.

    A selector is ALL, a code (FMT001), a code prefix (FMT, FMT00), a family prefix with no
    rules installed yet (ABS → nothing), a category (format) or a rule name or alias
    (title-too-long); case does not matter.
    """
    from .rules.registry import FAMILY_PREFIXES, load_all

    rules = load_all()
    s = str(sel).strip()
    up, low = s.upper(), s.lower()
    if not s:
        return None
    if up == "ALL":
        return set(rules)
    if up.isalnum():
        codes = {c for c in rules if c.startswith(up)}
        if codes or up in FAMILY_PREFIXES:
            return codes
    if low in FAMILY_PREFIXES.values():
        return {c for c, r in rules.items() if r.category == low}
    codes = {c for c, r in rules.items() if r.name == low or low in (a.lower() for a in r.aliases)}
    return codes or None


def specificity(sel: str) -> int:
    """How specific a selector is: ALL 0, a category 3 (like a family prefix), a code prefix
    its length, a full code or a rule name 6. The longest selector wins."""
    from .rules.registry import FAMILY_PREFIXES

    s = str(sel).strip()
    up, low = s.upper(), s.lower()
    if up == "ALL":
        return 0
    if low in FAMILY_PREFIXES.values():
        return 3
    if up.isalnum():
        return len(up)
    return 6


def check_selector(sel: str, where: str) -> str:
    if selector_codes(sel) is None:
        raise ConfigError(f"{where} names unknown rule, prefix or category '{sel}' (`listlint rules` lists them)")
    return sel


# --- discovery --------------------------------------------------------------------------
_TOOL_TABLE = re.compile(r"^\s*\[\s*tool\s*\.\s*listlint\s*[.\]]", re.M)


def _is_file(p: Path) -> bool:
    """is_file that treats a folder we may not search (chmod 000) or a symlink loop as no file:
    the listing's own path reports the problem in one line when it is read."""
    try:
        return p.is_file()
    except (OSError, RuntimeError):
        return False


def discover(start: str | os.PathLike | None) -> Path | None:
    try:
        here = Path(start or ".").resolve()
    except (OSError, RuntimeError):   # a symlink loop: look from where the link is
        here = Path(os.path.abspath(start or "."))
    if _is_file(here) or not os.path.exists(here):
        here = here.parent
    for d in (here, *here.parents):
        for name in CONFIG_NAMES:
            if _is_file(d / name):
                return d / name
        pp = d / "pyproject.toml"
        if _is_file(pp):
            try:
                text = pp.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                continue
            try:
                data = tomllib.loads(text)
            except tomllib.TOMLDecodeError:
                # A broken pyproject.toml that has our table is our config, broken: read_config_file
                # says so (file and TOML error) instead of the run quietly using defaults.
                if _TOOL_TABLE.search(text):
                    return pp
                continue
            if "listlint" in data.get("tool", {}):
                return pp
    return None


def read_config_file(path: str | os.PathLike) -> dict:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(f"config file {p} not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {p} cannot be read: {exc}") from None
    if p.name == "pyproject.toml":
        try:
            data = tomllib.loads(text).get("tool", {}).get("listlint", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{p}: invalid TOML: {exc}") from None
    else:
        try:
            data = yaml.load(text, Loader=_config_loader()) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" line {mark.line + 1}" if mark else ""
            raise ConfigError(f"{p}{where}: invalid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{p}: the configuration must be a mapping of keys")
    return data


def _glob_match(path: str, pattern: str) -> bool:
    """A per-file-ignores glob: `*` and `?` stay within one folder (legacy/*.csv is not
    legacy/sub/b.csv), `**` crosses folders; a pattern without a folder matches file names."""
    if "**" in pattern:
        return fnmatch.fnmatch(path, pattern)
    if "/" in pattern:
        return PurePosixPath(path).match(pattern)
    return "/" not in path and fnmatch.fnmatch(path, pattern)


@lru_cache(maxsize=1)
def _config_loader():
    """YAML as a user means it: `ignore: [OFF]` names the OFF family and `0123: [FMT003]` a
    商家编码 with its leading zero. YAML 1.1 reads OFF/ON/YES/NO as booleans and 0123 as the
    octal 83; here only true/false are booleans and only plain decimals are numbers."""
    class Loader(yaml.SafeLoader):
        def construct_mapping(self, node, deep=False):
            # A key written twice (ignore: [OFF] … ignore: [ABS]) would keep the last silently:
            # one of the user's settings lost. Say which key and where.
            seen = {}
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                if isinstance(key, (str, int, float, bool)) and key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"key {key!r} appears twice (first on line {seen[key] + 1}); "
                                    f"merge the two into one", key_node.start_mark)
                if isinstance(key, (str, int, float, bool)):
                    seen[key] = key_node.start_mark.line
            return super().construct_mapping(node, deep=deep)

    Loader.yaml_implicit_resolvers = {
        ch: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:int")]
        for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                 list("tTfF"))
    Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"),
                                 list("-+0123456789"))
    return Loader


def _strs(v, where: str) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        return tuple(x.strip() for x in v.split(",") if x.strip())
    if isinstance(v, (list, tuple)) and all(isinstance(x, (str, int)) for x in v):
        return tuple(str(x) for x in v)
    raise ConfigError(f"{where}: expected a list of strings")


def validate_settings(settings: Settings) -> None:
    """Settings built in code (the Python API) checked as a config file is: selectors that name
    no rule and unknown or out-of-range rule options are errors, not a silently empty run."""
    from .rules.registry import load_all
    for key, sels in (("select", settings.select), ("extend-select", settings.extend_select),
                      ("ignore", settings.ignore)):
        for s in sels or ():
            if selector_codes(s) is None:
                raise ConfigError(f"Settings.{key.replace('-', '_')}: {s!r} names no rule, prefix or category")
    if settings.rule_settings:
        _parse_rules({c: {k: v for k, v in o.items()} for c, o in settings.rule_settings.items()},
                     "Settings.rule_settings", load_all())


def settings_from_mapping(data: Mapping[str, Any], source: str = "config") -> Settings:
    from .rules.registry import load_all

    unknown = set(data) - _KEYS
    if unknown:
        raise ConfigError(f"{source}: unknown key '{sorted(unknown)[0]}' (known keys: {', '.join(sorted(_KEYS))})")
    kw: dict[str, Any] = {"source": source}
    for key, attr in (("select", "select"), ("extend-select", "extend_select"), ("ignore", "ignore")):
        if key in data:
            vals = _strs(data[key], f"{source}: '{key}'")
            for v in vals:
                check_selector(v, f"{source}: '{key}'")
            kw[attr] = vals
    if "fail-on" in data:
        if data["fail-on"] not in SEVERITIES:
            raise ConfigError(f"{source}: 'fail-on' must be error, warning or info")
        kw["fail_on"] = data["fail-on"]
    if "min-score" in data:
        v = data["min-score"]
        if not isinstance(v, int) or not 0 <= v <= 100:
            raise ConfigError(f"{source}: 'min-score' must be a whole number from 0 to 100")
        kw["min_score"] = v
    if "columns" in data:
        cols = data["columns"]
        if not isinstance(cols, Mapping) or not all(isinstance(v, str) for v in cols.values()):
            raise ConfigError(f"{source}: 'columns' maps field names to header names")
        from .io.columns import CANONICAL_FIELDS
        bad = [k for k in cols if k not in CANONICAL_FIELDS]
        if bad:
            raise ConfigError(f"{source}: 'columns' has unknown field '{bad[0]}' (fields: {', '.join(CANONICAL_FIELDS)})")
        kw["columns"] = dict(cols)
    if "allow" in data:
        kw["allow"] = _strs(data["allow"], f"{source}: 'allow'")
        for a in kw["allow"]:
            # a pattern between slashes is checked here, so the error names this file
            if len(a) > 2 and a.startswith("/") and a.endswith("/"):
                import regex   # as the lexicon compiles it (\p{Han} is valid there)
                try:
                    regex.compile(a[1:-1], regex.V1 | regex.I)
                except regex.error as exc:
                    raise ConfigError(f"{source}: 'allow': bad pattern {a[1:-1]!r}: {exc}; "
                                      f"escape regex characters or drop the slashes to match the text as written") from None
    if "deny" in data:
        kw["deny"] = _parse_deny(data["deny"], source)
    if "wordlists" in data:
        base = Path(source).parent if source not in ("config", "command line") else Path(".")
        kw["wordlists"] = tuple(str((base / p)) for p in _strs(data["wordlists"], f"{source}: 'wordlists'"))
    if "rules" in data:
        kw["rule_settings"] = _parse_rules(data["rules"], source, load_all())
    if "scoring" in data:
        sc = data["scoring"]
        if not isinstance(sc, Mapping) or set(sc) - _SCORING_KEYS:
            raise ConfigError(f"{source}: 'scoring' takes {', '.join(sorted(_SCORING_KEYS))}")
        if "weights" in sc:
            w = sc["weights"]
            if not isinstance(w, Mapping) or set(w) - set(SEVERITIES) or not all(isinstance(x, int) and x >= 0 for x in w.values()):
                raise ConfigError(f"{source}: 'scoring.weights' maps error/warning/info to whole numbers")
            kw["weights"] = {**DEFAULT_WEIGHTS, **w}
        for k, attr in (("warn-below", "warn_below"), ("fail-below", "fail_below")):
            if k in sc:
                if not isinstance(sc[k], int) or not 0 <= sc[k] <= 100:
                    raise ConfigError(f"{source}: 'scoring.{k}' must be 0–100")
                kw[attr] = sc[k]
    if "per-item-ignores" in data:
        pii = data["per-item-ignores"]
        if not isinstance(pii, Mapping):
            raise ConfigError(f"{source}: 'per-item-ignores' maps item ids to rules and a reason")
        kw["per_item_ignores"] = {str(k): _parse_item_ignore(v, f"{source}: 'per-item-ignores.{k}'")
                                  for k, v in pii.items()}
    if "per-file-ignores" in data:
        pfi = data["per-file-ignores"]
        if not isinstance(pfi, Mapping):
            raise ConfigError(f"{source}: 'per-file-ignores' maps glob patterns to rule codes")
        kw["per_file_ignores"] = {
            str(k): tuple(check_selector(c, f"{source}: 'per-file-ignores.{k}'")
                          for c in _strs(v, f"{source}: 'per-file-ignores.{k}'"))
            for k, v in pfi.items()}
    if "input" in data:
        inp = data["input"]
        if not isinstance(inp, Mapping) or set(inp) - _INPUT_KEYS:
            raise ConfigError(f"{source}: 'input' takes {', '.join(sorted(_INPUT_KEYS))}")
        for k in _INPUT_KEYS:
            if k in inp:
                kw["input_format" if k == "format" else k] = str(inp[k])
        fmt, delim, enc = kw.get("input_format"), kw.get("delimiter"), kw.get("encoding")
        if fmt is not None and fmt not in _INPUT_FORMATS:
            raise ConfigError(f"{source}: 'input.format' {fmt!r}: use one of {', '.join(_INPUT_FORMATS)}")
        if delim is not None and delim not in ("tab", "\\t") and len(delim) != 1:
            raise ConfigError(f"{source}: 'input.delimiter' {delim!r} must be one character (',', ';', '|' or '\\t')")
        if enc is not None:
            from .io.sniff import usable_encoding
            if not isinstance(enc, str) or not usable_encoding(enc):
                raise ConfigError(f"{source}: 'input.encoding' {enc!r} is not a text encoding listlint can read "
                                  f"(utf-8, gb18030, utf-16 …)") from None
    if "jobs" in data:
        if not isinstance(data["jobs"], int) or data["jobs"] < 0:
            raise ConfigError(f"{source}: 'jobs' must be a whole number (0 = automatic)")
        kw["jobs"] = data["jobs"]
    for k in ("against", "baseline"):
        if k in data:
            # relative to the config file, like wordlists: the same config works from any folder
            p = str(data[k])
            if source and os.path.isfile(source) and not os.path.isabs(p) and p != "-":
                p = os.path.join(os.path.dirname(source), p)
            kw[k] = p
    return Settings(**kw)


def _parse_item_ignore(v, where: str) -> dict:
    """`[FMT001]`, `FMT001, FMT003` or `{rules: [...], reason: "..."}` → {rules, reason}."""
    if isinstance(v, Mapping):
        if "rules" not in v or set(v) - {"rules", "reason"}:
            raise ConfigError(f"{where}: write {{rules: [CODES], reason: \"why\"}} or a list of codes")
        rules, reason = v["rules"], v.get("reason", "")
        if not isinstance(reason, str):
            raise ConfigError(f"{where}: 'reason' is a sentence")
    else:
        rules, reason = v, ""
    codes = _strs(rules, where)
    if not codes:
        raise ConfigError(f"{where}: names no rules (use ALL to silence every rule for this item)")
    return {"rules": tuple(check_selector(c, where) for c in codes), "reason": reason}


# The families whose rules read the word lists: a deny term under any other code would never
# be reported.
_LEXICON_FAMILIES = ("ABS", "CLM", "BAN", "OFF")


def _deny_rule(code, source: str) -> str:
    from .rules.registry import load_all
    up = str(code).strip().upper()
    if up not in load_all() or not up.startswith(_LEXICON_FAMILIES):
        raise ConfigError(f"{source}: 'deny' rule {code!r} is not a word-list rule; use a code of "
                          f"ABS, CLM, BAN or OFF (`listlint rules` lists them), e.g. ABS004")
    return up


def _parse_deny(v, source: str) -> tuple[tuple[str, str, str], ...]:
    out = []
    if not isinstance(v, list):
        raise ConfigError(f"{source}: 'deny' is a list of terms or of {{term, rule, severity}}")
    for item in v:
        if isinstance(item, str):
            out.append((item, "ABS001", "error"))
        elif isinstance(item, Mapping) and "term" in item and set(item) <= {"term", "rule", "severity"}:
            sev = item.get("severity", "error")
            if sev not in SEVERITIES:
                raise ConfigError(f"{source}: 'deny' severity must be error, warning or info")
            out.append((str(item["term"]), _deny_rule(item.get("rule", "ABS001"), source), sev))
        else:
            raise ConfigError(f"{source}: 'deny' entries are a term or {{term, rule, severity}}")
    return tuple(out)


def _parse_rules(v, source: str, rules) -> dict[str, dict[str, Any]]:
    if not isinstance(v, Mapping):
        raise ConfigError(f"{source}: 'rules' maps rule codes to their options")
    out: dict[str, dict[str, Any]] = {}
    for code, opts in v.items():
        code = str(code)
        if code not in rules:
            raise ConfigError(f"{source}: 'rules' names unknown rule '{code}'")
        if opts is None:
            opts = {}
        if not isinstance(opts, Mapping):
            raise ConfigError(f"{source}: 'rules.{code}' must be a mapping of options")
        known = dict(rules[code].options)
        for name, value in opts.items():
            if name == "severity":
                if value not in SEVERITIES:
                    raise ConfigError(f"{source}: 'rules.{code}.severity' must be error, warning or info")
                continue
            if name not in known:
                allowed = ", ".join(["severity", *sorted(known)])
                raise ConfigError(f"{source}: unknown option '{name}' for rule {code} (options: {allowed})")
            want = known[name]
            if want is not None and not _same_kind(want, value):
                raise ConfigError(f"{source}: 'rules.{code}.{name}' must be {type(want).__name__}, got {value!r}")
            bad_range = _out_of_range(0 if name == "max_related" else want, value)   # 0: list none
            if bad_range:
                raise ConfigError(f"{source}: 'rules.{code}.{name}' must be {bad_range}, got {value!r}")
        out[code] = {**known, **dict(opts)}
    return out


def _out_of_range(default, value) -> str | None:
    """Numbers keep the range of their default: a share (0.5, a similarity or a tolerance)
    stays within 0-1, a count or a size (60 bytes) is positive."""
    if isinstance(default, bool) or not isinstance(default, (int, float)) or isinstance(value, bool):
        return None
    if isinstance(default, float) and 0 <= default <= 1 and not 0 <= value <= 1:
        return "a share from 0 to 1"
    if default > 0 and value <= 0 and not (isinstance(default, float) and default <= 1):
        return "a positive number"
    if default >= 0 and value < 0:
        return "zero or more"
    return None


def _same_kind(default, value) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(default, (list, tuple)):
        return isinstance(value, (list, tuple))
    return isinstance(value, type(default))


def load_settings(input_path: str | None, config_path: str | None = None, isolated: bool = False) -> Settings:
    if config_path:
        return settings_from_mapping(read_config_file(config_path), str(config_path))
    if isolated:
        return Settings()
    found = discover(input_path if input_path and input_path != "-" else None)
    if not found:
        return Settings()
    return settings_from_mapping(read_config_file(found), str(found))


def with_overrides(s: Settings, **kw) -> Settings:
    return replace(s, **{k: v for k, v in kw.items() if v is not None})
