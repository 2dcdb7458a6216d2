"""Score = 100 minus a weight per finding by severity, floor 0; grade from score and severity."""
from __future__ import annotations

import pytest

from listlint.config import DEFAULT_WEIGHTS
from listlint.model import Finding
from listlint.scoring import grade, score


def f(severity: str) -> Finding:
    return Finding("FMT003", "decorative-symbols", "format", severity, "title", 0, 1, "★", "m")


SCORES = [
    ([], 100, "pass"),
    (["info"], 98, "pass"),
    (["info"] * 8, 84, "warn"),              # under warn-below (85) with infos only
    (["warning"], 90, "warn"),               # any warning is at least warn
    (["warning", "info"], 88, "warn"),
    (["error"], 75, "fail"),                 # any error fails
    (["warning"] * 4, 60, "warn"),
    (["warning"] * 5, 50, "fail"),           # under fail-below (60)
    (["error"] * 5, 0, "fail"),              # floor at 0
]


@pytest.mark.parametrize("severities,expected_score,expected_grade", SCORES)
def test_default_scoring(severities, expected_score, expected_grade):
    fs = [f(s) for s in severities]
    s = score(fs, DEFAULT_WEIGHTS)
    assert (s, grade(s, fs)) == (expected_score, expected_grade)


def test_weights_and_thresholds_are_configurable():
    fs = [f("warning"), f("info")]
    assert score(fs, {"error": 50, "warning": 1, "info": 0}) == 99
    assert grade(99, [f("info")], warn_below=100) == "warn"
    assert grade(70, [], warn_below=85, fail_below=75) == "fail"


def test_scoring_config_reaches_the_report(tmp_path):
    from listlint.api import lint_records
    from listlint.config import settings_from_mapping
    settings = settings_from_mapping({"select": ["FMT003"], "scoring": {"weights": {"warning": 30}, "fail-below": 75}})
    item = lint_records([{"title": "★★★★ 杯"}], settings).items[0]
    assert (item.score, item.grade) == (70, "fail")
