"""Baselines: record today's findings, then report only new ones.

A finding's fingerprint is built from the rule, the item id (or its normalised title when the
file has no id column), the field and the matched text — never the row number, so inserting or
moving rows does not turn old findings into new alerts.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import replace

from .model import Finding, ItemReport, RunReport
from .scoring import grade, score

BASELINE_VERSION = 1


def fingerprint(item: ItemReport, f: Finding) -> str:
    who = item.id if item.id else "title:" + " ".join(item.title.split())
    key = "\x1f".join((f.rule, who, f.field, f.text))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def write_baseline(reports: list[RunReport], path: str) -> None:
    counts: Counter = Counter()
    for r in reports:
        for it in r.items:
            for f in it.findings:
                counts[fingerprint(it, f)] += 1
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"listlint_baseline": BASELINE_VERSION, "fingerprints": dict(sorted(counts.items()))},
                  fh, indent=1)
        fh.write("\n")


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
    return Counter({k: int(v) for k, v in data.get("fingerprints", {}).items()})


def apply_baseline(report: RunReport, path: str, settings=None) -> RunReport:
    known = read_baseline(path)
    items = []
    for it in report.items:
        kept = []
        for f in it.findings:
            fp = fingerprint(it, f)
            if known[fp] > 0:
                known[fp] -= 1
            else:
                kept.append(f)
        if len(kept) != len(it.findings):
            weights = settings.weights if settings else {"error": 25, "warning": 10, "info": 2}
            s = score(kept, weights)
            it = replace(it, findings=tuple(kept), score=s, grade=grade(s, kept))
        items.append(it)
    return replace(report, items=tuple(items))
