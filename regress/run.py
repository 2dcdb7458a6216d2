"""Score listlint on the labelled regression sets in regress/sets/ and compare with a baseline.

    python regress/run.py                  per set: found/expected, false alarms/negatives
    python regress/run.py -v [SET ...]     also each miss and false alarm, with the label's why
    python regress/run.py --check          exit 1 when a set finds less or alarms more than
                                           regress/baseline.json records
    python regress/run.py --write-baseline record the current scores as the baseline

Each set is a folder with listings.csv and labels.json ({id: {"expect": [...], "ok": [...],
"why": "..."}}), scored item by item as ../shared/tools/score.py scores: an item is positive
for a category when any finding on it has that category; a category in `ok` counts neither way;
a duplicate group (ids G<g><n>) is found when all but one member are flagged.
The sets were written blind (by people who had not read the rules) and first scored before any
fix aimed at them; they are kept so that every later change is measured on all of them.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = HERE / "sets"
BASELINE = HERE / "baseline.json"


def score_set(folder: Path, verbose: bool = False) -> dict:
    from listlint.api import lint_path
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    report = lint_path(str(folder / "listings.csv"))
    got = {str(it.id): it for it in report.items}
    found = expected = false = negatives = 0
    lines = []
    groups = collections.defaultdict(list)
    for key, label in labels.items():
        item = got.get(key)
        cats = {f.category for f in item.findings} if item else set()
        expect, ok = set(label.get("expect", ())), set(label.get("ok", ()))
        if key.startswith("G") and "duplicate" in expect:
            groups[key[:2]].append("duplicate" in cats)
            expect = expect - {"duplicate"}
            cats = cats - {"duplicate"}
        for c in sorted(expect):
            expected += 1
            if c in cats:
                found += 1
            else:
                lines.append(f"  MISS {key} {c}: {item.title[:40] if item else '(not in report)'} | {label.get('why', '')[:120]}")
        alarms = sorted(cats - expect - ok)
        if not expect:
            negatives += 1
        if alarms:
            false += 1
            texts = "; ".join(f"{f.rule} {f.field}:{f.text!r}" for f in item.findings if f.category in alarms)
            lines.append(f"  FA   {key} {','.join(alarms)}: {texts[:160]}")
    for name, flags in sorted(groups.items()):
        expected += 1
        if sum(flags) >= len(flags) - 1:
            found += 1
        else:
            lines.append(f"  MISS group {name} duplicate: {sum(flags)}/{len(flags)} flagged")
    if verbose:
        print("\n".join(lines))
    return {"found": found, "expected": expected, "false": false, "negatives": negatives}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="set names (folders under regress/sets); default all")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--write-baseline", action="store_true")
    args = ap.parse_args(argv)
    names = args.sets or sorted(p.name for p in SETS.iterdir() if (p / "labels.json").exists())
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    scores, worse = {}, []
    for name in names:
        if args.verbose:
            print(name)
        s = scores[name] = score_set(SETS / name, args.verbose)
        b = baseline.get(name)
        mark = ""
        if b:
            if s["found"] < b["found"] or s["false"] > b["false"]:
                worse.append(name)
                mark = f"  WORSE than baseline {b['found']}/{b['expected']}, {b['false']}"
            elif s != b:
                mark = f"  (baseline {b['found']}/{b['expected']}, {b['false']})"
        print(f"{name:16} found {s['found']:4}/{s['expected']:<4} false alarms {s['false']:3}/{s['negatives']:<4}{mark}")
    tot = {k: sum(s[k] for s in scores.values()) for k in ("found", "expected", "false", "negatives")}
    print(f"{'all':16} found {tot['found']:4}/{tot['expected']:<4} false alarms {tot['false']:3}/{tot['negatives']}")
    if args.write_baseline:
        merged = {**baseline, **scores}
        BASELINE.write_text(json.dumps(merged, indent=1, sort_keys=True) + "\n")
    if args.check and worse:
        print(f"worse than the baseline: {', '.join(worse)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
