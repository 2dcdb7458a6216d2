"""Rule selection precedence, severity overrides, every suppression form, and baselines."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from listlint.api import lint_records
from listlint.cli import app
from listlint.config import ConfigError, Settings, selector_codes, settings_from_mapping, specificity
from tests.conftest import make_listing

FMT = {"FMT001", "FMT002", "FMT003", "FMT004"}
LONG_TITLE = "毛衣女秋冬新款宽松慵懒风外穿高领加厚针织打底衫韩版百搭长袖上衣潮"  # 66 GBK bytes
STARS = "★★★★爆款★★★★ 拖鞋"  # FMT003 twice


def run(*args: str):
    r = CliRunner().invoke(app, list(args))
    if r.exception and not isinstance(r.exception, SystemExit):
        raise r.exception
    return r.exit_code, r.stdout, r.stderr


def run_process(*args: str, cwd: Path):
    """The real entry point, for errors: cli.main turns them into one line and exit 2."""
    p = subprocess.run([sys.executable, "-m", "listlint", *args], cwd=cwd, capture_output=True,
                       text=True, encoding="utf-8")
    return p.returncode, p.stdout, p.stderr


# --- selection --------------------------------------------------------------------------
@pytest.mark.parametrize("select, extend, ignore, expected", [
    (["ALL"], [], [], FMT),
    (["FMT"], [], ["FMT002"], {"FMT001", "FMT003", "FMT004"}),   # longer ignore wins
    (["FMT002"], [], ["FMT"], {"FMT002"}),                         # longer select wins
    (["FMT00"], [], ["FMT"], FMT),
    (["FMT"], [], ["FMT"], set()),                                 # a tie: ignore wins
    (["FMT001"], [], ["title-too-long"], set()),                   # a code and a name tie
    (["format"], [], ["FMT"], set()),                              # a category is a family prefix
    (["ALL"], [], ["format"], set()),
    (["format"], [], ["decorative-symbols"], {"FMT001", "FMT002", "FMT004"}),
    (["title-too-long"], [], [], {"FMT001"}),
    (["fmt002"], ["FMT004"], [], {"FMT002", "FMT004"}),            # case does not matter
    (["FMT002"], ["format"], ["FMT003"], {"FMT001", "FMT002", "FMT004"}),
])
def test_selection_precedence(select, extend, ignore, expected):
    s = Settings(select=tuple(select), extend_select=tuple(extend), ignore=tuple(ignore))
    assert s.selected_codes() & FMT == expected


@pytest.mark.parametrize("sel, spec", [("ALL", 0), ("format", 3), ("FMT", 3), ("FMT0", 4), ("FMT003", 6),
                                       ("decorative-symbols", 6)])
def test_specificity(sel, spec):
    assert specificity(sel) == spec


@pytest.mark.parametrize("sel", ["FMT999", "XYZ", "titel-too-long", "", "FMT-001", "formats", "ALL,FMT"])
def test_unknown_selectors_name_nothing(sel):
    assert selector_codes(sel) is None
    with pytest.raises(ConfigError, match="unknown rule"):
        settings_from_mapping({"select": [sel] if sel != "ALL,FMT" else ["ALL;FMT"]}, "cfg.yaml")


@pytest.mark.parametrize("sel", ["ABS", "off-platform", "BAN", "privacy"])
def test_a_family_without_rules_yet_is_still_a_valid_selector(sel):
    codes = selector_codes(sel)
    assert codes is not None and not codes & FMT


@pytest.mark.parametrize("key, value", [
    ("ignore", ["FMT9"]),
    ("extend-select", ["nope"]),
    ("per-file-ignores", {"*.csv": ["FMT0O3"]}),
    ("per-item-ignores", {"A1": ["FMT0O3"]}),
    ("per-item-ignores", {"A1": {"rules": ["FMT003"], "because": "x"}}),
    ("per-item-ignores", {"A1": {"reason": "no rules"}}),
    ("per-item-ignores", {"A1": []}),
])
def test_config_rejects_bad_selectors_and_suppressions(key, value):
    with pytest.raises(ConfigError, match=key):
        settings_from_mapping({key: value}, "cfg.yaml")


def test_unknown_cli_selector_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "a.csv").write_text("标题\n拖鞋\n", encoding="utf-8")
    code, out, err = run_process("check", "a.csv", "--ignore", "FMT9", cwd=tmp_path)
    assert code == 2 and err.count("\n") == 1 and "--ignore FMT9" in err and "Traceback" not in err


def test_per_file_ignores_always_win_and_match_relative_to_the_config(tmp_path):
    cfg = tmp_path / ".listlint.yaml"
    cfg.write_text("select: [FMT003]\nper-file-ignores:\n  'legacy/*.csv': [FMT003]\n", encoding="utf-8")
    s = settings_from_mapping(yaml.safe_load(cfg.read_text(encoding="utf-8")), str(cfg))
    assert s.selected_codes(str(tmp_path / "legacy" / "a.csv")) & FMT == set()
    assert s.selected_codes(str(tmp_path / "new" / "a.csv")) & FMT == {"FMT003"}
    assert s.selected_codes("legacy/b.csv") & FMT == set()


def test_severity_override_from_config():
    s = settings_from_mapping({"rules": {"FMT003": {"severity": "info"}}, "select": ["FMT003"]}, "cfg")
    (item,) = lint_records([make_listing(title=STARS)], s).items
    assert {f.severity for f in item.findings} == {"info"} and item.grade == "pass"


# --- suppressions -----------------------------------------------------------------------
def lint_cell(cell: str, title: str = STARS, select=("FMT",), **kw):
    s = replace(Settings(), select=tuple(select), **kw)
    report = lint_records([make_listing(id="A1", title=title, extra={"listlint-ignore": cell})], s)
    return report.items[0], report.extra["unused_ignores"]


@pytest.mark.parametrize("cell, kept, ignored", [
    ("", ["FMT003", "FMT003"], []),
    ("FMT003", [], ["FMT003", "FMT003"]),
    ("FMT003 # 品牌标识，已审核", [], ["FMT003", "FMT003"]),
    ("all", [], ["FMT003", "FMT003"]),
    ("ALL # everything reviewed", [], ["FMT003", "FMT003"]),
    ("format", [], ["FMT003", "FMT003"]),
    ("decorative-symbols", [], ["FMT003", "FMT003"]),
    ("fmt0", [], ["FMT003", "FMT003"]),
    ("FMT001，FMT003", [], ["FMT003", "FMT003"]),
    ("FMT001、FMT003；FMT004", [], ["FMT003", "FMT003"]),
    ("FMT001", ["FMT003", "FMT003"], []),
    ("# FMT003 only in the reason", ["FMT003", "FMT003"], []),
    ("FMT0O3", ["FMT003", "FMT003"], []),  # a typo suppresses nothing
])
def test_ignore_column(cell, kept, ignored):
    item, _ = lint_cell(cell)
    assert [f.rule for f in item.findings] == kept
    assert [f.rule for f in item.ignored] == ignored
    assert item.score == (100 if not kept else 80)


def test_ignore_column_only_silences_the_rules_it_names():
    item, unused = lint_cell("FMT001 # long brand name", title=LONG_TITLE + "★★★★")
    assert [f.rule for f in item.findings] == ["FMT003"] and [f.rule for f in item.ignored] == ["FMT001"]
    assert unused == []


def test_unused_suppressions_are_remembered():
    _, unused = lint_cell("FMT001, FMT003, FMT0O3")
    assert [(sel, line) for _, sel, line in unused] == [("FMT001", 2), ("FMT0O3", 2)]


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "listings.csv").write_text(
        "商家编码,标题,listlint-ignore\n"
        "A1,★★★★爆款★★★★ 拖鞋,\n"
        f"A2,{LONG_TITLE},FMT001 # 品牌全称\n"
        "A3,连衣裙 夏 连衣裙 女 连衣裙,FMT004 # stale\n"
        "A4,玻璃水杯 耐热 带盖,FMT0O3\n", encoding="utf-8")
    return tmp_path


def write_config(root: Path, data: dict) -> None:
    (root / ".listlint.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def findings_by_id(out: str) -> dict:
    doc = json.loads(out)
    return {it["id"]: ([f["rule"] for f in it["findings"]], [f["rule"] for f in it.get("suppressed", [])])
            for it in doc["items"]}


def test_per_item_ignores_with_a_reason(project):
    write_config(project, {"per-item-ignores": {
        "A1": {"rules": ["FMT003"], "reason": "★ is part of the registered shop name"},
        "A3": ["keyword-stuffing"]}})
    code, out, _ = run("check", "listings.csv", "-f", "json")
    got = findings_by_id(out)
    assert got["A1"] == ([], ["FMT003", "FMT003"]) and got["A3"] == ([], ["FMT002"])
    assert got["A2"] == ([], ["FMT001"]) and code == 0


def test_per_file_ignores_by_glob(project):
    write_config(project, {"per-file-ignores": {"listing*.csv": ["FMT003"], "other/*.csv": ["FMT002"]}})
    got = findings_by_id(run("check", "listings.csv", "-f", "json")[1])
    assert got["A1"] == ([], []) and got["A3"] == (["FMT002"], [])


def test_warn_unused_ignores(project):
    write_config(project, {"per-item-ignores": {"A4": {"rules": ["FMT002"], "reason": "old"},
                                                "A2": ["FMT001"]}})
    code, out, err = run("check", "listings.csv", "--warn-unused-ignores", "-q")
    lines = sorted(err.splitlines())
    # A2's FMT001 is already silenced by its cell (consulted first): the config entry is redundant.
    assert lines == [
        "listings.csv:3: unused suppression FMT001 (per-item-ignores[A2])",
        "listings.csv:4: unused suppression FMT004 (line 4 listlint-ignore)",
        "listings.csv:5: unused suppression FMT002 (per-item-ignores[A4])",
        "listings.csv:5: unused suppression FMT0O3 (unknown rule code) (line 5 listlint-ignore)",
    ]
    assert code == 0  # unused suppressions warn; they do not fail the run


def test_warn_unused_ignores_skips_rules_that_did_not_run(project):
    code, out, err = run("check", "listings.csv", "--warn-unused-ignores", "--select", "FMT002", "-q")
    assert "FMT004" not in err and "FMT001" not in err and "FMT0O3 (unknown rule code)" in err


def test_warn_unused_ignores_as_github_annotations(project):
    code, out, err = run("check", "listings.csv", "--warn-unused-ignores", "-f", "github")
    assert "::warning file=listings.csv,line=4,title=listlint unused suppression::unused suppression FMT004" in out
    assert "unused suppression" not in err


# --- baseline ---------------------------------------------------------------------------
def test_baseline_round_trip(project):
    code, _, err = run("check", "listings.csv", "--write-baseline", "base.json", "-q")
    # A1's two ★★★★ runs and A3's repeated word; A2's suppressed FMT001 is not a finding.
    assert code == 0 and "recorded 3 findings in base.json" in err
    data = json.loads((project / "base.json").read_text(encoding="utf-8"))
    assert data["listlint_baseline"] == 1 and sorted(data["fingerprints"].values()) == [1, 2]

    code, out, _ = run("check", "listings.csv", "--baseline", "base.json", "-f", "json")
    assert code == 0 and all(not f for f, _ in findings_by_id(out).values())
    # what the baseline hid is counted apart from suppressions, in JSON and in the text summary
    summary = json.loads(out)["summary"]
    assert summary["baseline"] == {"path": "base.json", "matched": 3, "unmatched": 0}
    assert summary["suppressed"] == 1
    code, out, _ = run("check", "listings.csv", "--baseline", "base.json")
    assert "baseline: 3 known findings not shown (base.json)" in out

    # Move rows around, add a new bad listing and a third ★★★★ run to A1: only those are new.
    lines = (project / "listings.csv").read_text(encoding="utf-8").splitlines()
    lines = [lines[0], lines[3], "A9,,", lines[4], lines[2], lines[1].replace("拖鞋", "拖鞋★★★★")]
    (project / "listings.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, _ = run("check", "listings.csv", "--baseline", "base.json", "-f", "json")
    got = findings_by_id(out)
    assert code == 1
    assert got["A9"] == (["FMT004"], []) and got["A1"] == (["FMT003"], []) and got["A3"] == ([], [])


def test_baseline_from_config_and_without_an_id_column(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.csv").write_text(f"标题\n{STARS}\n\n连衣裙 夏 连衣裙 女 连衣裙\n", encoding="utf-8")
    run("check", "a.csv", "--write-baseline", "b.json", "-q")
    write_config(tmp_path, {"baseline": "b.json"})
    assert run("check", "a.csv")[0] == 0
    (tmp_path / "a.csv").write_text(f"标题\n连衣裙 夏 连衣裙 女 连衣裙\n{STARS}\n★★★★新品★★★★\n", encoding="utf-8")
    code, out, _ = run("check", "a.csv", "-f", "json")
    items = json.loads(out)["items"]
    assert [(it["row"], [f["rule"] for f in it["findings"]]) for it in items] == [
        (1, []), (2, []), (3, ["FMT003", "FMT003"])]  # keyed by title when there is no id


def test_write_baseline_records_everything_even_with_a_baseline(project):
    run("check", "listings.csv", "--write-baseline", "base.json", "-q")
    (project / "listings.csv").write_text(
        (project / "listings.csv").read_text(encoding="utf-8") + "A9,,\n", encoding="utf-8")
    code, _, err = run("check", "listings.csv", "--baseline", "base.json", "--write-baseline", "base.json", "-q")
    assert code == 0 and "recorded 4 findings" in err
    assert run("check", "listings.csv", "--baseline", "base.json")[0] == 0


def test_stale_baseline_entries_are_noted(project):
    run("check", "listings.csv", "--write-baseline", "base.json", "-q")
    (project / "listings.csv").write_text("商家编码,标题\nA1,拖鞋\n", encoding="utf-8")
    code, _, err = run("check", "listings.csv", "--baseline", "base.json", "--warn-unused-ignores")
    assert code == 0 and "3 entries of baseline base.json matched nothing" in err


@pytest.mark.parametrize("content, needle", [
    (None, "not found"), ("{", "not a listlint baseline"), ('{"fingerprints": {}}', "not a listlint baseline"),
    ('{"listlint_baseline": 1, "fingerprints": {"x": "two"}}', "counts"),
])
def test_bad_baseline_is_a_config_error(tmp_path, monkeypatch, content, needle):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.csv").write_text(f"标题\n{STARS}\n", encoding="utf-8")
    if content is not None:
        (tmp_path / "b.json").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=needle):
        run("check", "a.csv", "--baseline", "b.json")


def test_one_baseline_is_shared_by_the_files_of_a_run(project):
    """Fingerprints carry no path: a baseline written over two copies forgives each finding
    twice in all, not twice per file."""
    shutil.copy(project / "listings.csv", project / "copy.csv")
    run("check", "listings.csv", "copy.csv", "--write-baseline", "base.json", "-q")
    assert run("check", "listings.csv", "copy.csv", "--baseline", "base.json")[0] == 0
    shutil.copy(project / "listings.csv", project / "third.csv")
    code, out, _ = run("check", "listings.csv", "copy.csv", "third.csv", "--baseline", "base.json", "-f", "sarif")
    assert code == 0 and len(json.loads(out)["runs"][0]["results"]) == 3  # the third copy's are new
