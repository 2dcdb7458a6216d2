"""Baselines: record today's findings, then report only new ones.

A finding's fingerprint is built from the rule, the item id (or its normalised title when the
file has no id column), the field and the matched text — never the row number, so inserting or
moving rows does not turn old findings into new alerts. The same fingerprint feeds SARIF's
`partialFingerprints` and GitLab's `fingerprint`, so code scanning and the baseline agree on
what "the same finding" is.

The baseline file is JSON: {"listlint_baseline": 1, "fingerprints": {fingerprint: count}}. The
count matters when one item repeats the same offence (★★★★ twice in one title): a baseline that
saw it twice forgives two, and a third is new.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import replace

from .itemstore import ItemStore
from .model import Finding, ItemReport, RunReport
from .scoring import grade, score

BASELINE_VERSION = 1


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def fingerprint(item: ItemReport, f: Finding) -> str:
    who = item.id if item.id else "title:" + " ".join(item.title.split())
    return _digest("\x1f".join((f.rule, who, f.field, f.text)))


def fingerprints(item: ItemReport) -> list[str]:
    """One fingerprint per finding of `item`, unique within it: the second identical finding
    gets `fingerprint#2`'s digest, so CI systems that key alerts on it do not merge the two."""
    seen: Counter = Counter()
    out = []
    for f in item.findings:
        fp = fingerprint(item, f)
        seen[fp] += 1
        out.append(fp if seen[fp] == 1 else _digest(f"{fp}#{seen[fp]}"))
    return out


def report_fingerprints(reports: list[RunReport]):
    """(report, item, finding, fingerprint) for every finding of the run, each fingerprint
    unique across all of it: an alert system keys on it (GitLab merges issues that share one,
    GitHub results in one file). The first occurrence keeps the baseline fingerprint; a repeat
    (two items with the same id and text, or two files linted together) gets a digest of it
    with the file and its count."""
    seen: Counter = Counter()
    for r in reports:
        for it in r.items:
            for f, fp in zip(it.findings, fingerprints(it)):
                seen[fp] += 1
                yield r, it, f, (fp if seen[fp] == 1 else _digest(f"{fp}\x1f{r.input.path}#{seen[fp]}"))


def write_baseline(reports: list[RunReport], path: str) -> int:
    """Record every finding of `reports`; returns how many were recorded."""
    counts: Counter = Counter()
    for r in reports:
        for it in r.items:
            for f in it.findings:
                counts[fingerprint(it, f)] += 1
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"listlint_baseline": BASELINE_VERSION, "fingerprints": dict(sorted(counts.items()))},
                  fh, indent=1)
        fh.write("\n")
    return sum(counts.values())


def read_baseline(path: str) -> Counter:
    from .config import ConfigError
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"baseline {path} not found; create it with --write-baseline {path}") from None
    except (OSError, ValueError) as exc:
        raise ConfigError(f"baseline {path} is not a listlint baseline ({exc})") from None
    if not isinstance(data, dict) or data.get("listlint_baseline") != BASELINE_VERSION:
        raise ConfigError(f"baseline {path} is not a listlint baseline (version {BASELINE_VERSION})")
    fps = data.get("fingerprints", {})
    if not isinstance(fps, dict) or not all(isinstance(v, int) and v > 0 for v in fps.values()):
        raise ConfigError(f"baseline {path}: 'fingerprints' maps fingerprints to counts")
    return Counter(fps)


def apply_baseline(report: RunReport, path: str, settings=None, known: Counter | None = None) -> RunReport:
    """Drop the findings the baseline knows; rescore the items that lost some.

    `known` (the baseline's counts) is consumed in place, so a run over several files forgives
    each recorded finding once, as --write-baseline counted it over those files.
    `report.extra["baseline"]` says how many were matched and how many baseline entries are
    still unmatched after this file (fixed since, or in files not checked yet)."""
    if known is None:
        known = read_baseline(path)
    matched = 0
    items = ItemStore()
    for it in report.items:
        kept = []
        for f in it.findings:
            fp = fingerprint(it, f)
            if known[fp] > 0:
                known[fp] -= 1
                matched += 1
            else:
                kept.append(f)
        if len(kept) != len(it.findings):
            s = score(kept, settings.weights) if settings else score(kept, {"error": 25, "warning": 10, "info": 2})
            g = grade(s, kept, settings.warn_below, settings.fail_below) if settings else grade(s, kept)
            it = replace(it, findings=tuple(kept), score=s, grade=g)
        items.append(it)
    extra = {**report.extra, "baseline": {"path": path, "matched": matched,
                                          "unmatched": sum(n for n in known.values() if n > 0)}}
    return replace(report, items=items.freeze(), extra=extra)
