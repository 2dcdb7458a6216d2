"""Config discovery (closest wins), --config, --isolated, and validation errors that say where."""
from __future__ import annotations

from pathlib import Path

import pytest

from listlint.cli import main
from listlint.config import ConfigError, load_settings, settings_from_mapping


def tree(tmp_path, files: dict[str, str]):
    for rel, text in files.items():
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return tmp_path


DISCOVERY = [
    # (files, input file, expected select)
    ({".listlint.yaml": "select: [FMT001]\n"}, "a/b/in.csv", ("FMT001",)),
    ({".listlint.yaml": "select: [FMT001]\n", "a/.listlint.yaml": "select: [FMT003]\n"}, "a/b/in.csv", ("FMT003",)),
    ({"a/.listlint.yml": "select: [FMT002]\n"}, "a/in.csv", ("FMT002",)),
    ({"pyproject.toml": "[tool.listlint]\nselect = ['FMT004']\n"}, "a/in.csv", ("FMT004",)),
    # a closer pyproject without [tool.listlint] does not stop the walk
    ({".listlint.yaml": "select: [FMT001]\n", "a/pyproject.toml": "[project]\nname = 'x'\n"}, "a/in.csv", ("FMT001",)),
    # the closest file wins, whichever kind it is
    ({"pyproject.toml": "[tool.listlint]\nselect = ['FMT004']\n", "a/.listlint.yaml": "select: [FMT003]\n"},
     "a/in.csv", ("FMT003",)),
    ({".listlint.yaml": "select: [FMT003]\n", "a/pyproject.toml": "[tool.listlint]\nselect = ['FMT004']\n"},
     "a/in.csv", ("FMT004",)),
    ({}, "a/in.csv", ("ALL",)),
]


@pytest.mark.parametrize("files,target,select", DISCOVERY)
def test_discovery_closest_wins(tmp_path, monkeypatch, files, target, select):
    root = tree(tmp_path / "root", {**files, target: "title\nx\n"})
    monkeypatch.chdir(tmp_path)
    assert load_settings(str(root / target)).select == select


def test_config_flag_and_isolated(tmp_path):
    root = tree(tmp_path, {".listlint.yaml": "select: [FMT001]\n", "other.yaml": "select: [FMT002]\n",
                           "in.csv": "title\nx\n"})
    assert load_settings(str(root / "in.csv"), str(root / "other.yaml")).select == ("FMT002",)
    assert load_settings(str(root / "in.csv"), isolated=True).select == ("ALL",)


def test_settings_read_from_a_file(tmp_path):
    root = tree(tmp_path, {".listlint.yaml": (
        "select: [FMT]\nignore: [FMT002]\nfail-on: warning\nmin-score: 70\n"
        "columns: {title: 商品名}\nrules:\n  FMT001: {title-max-bytes: 40, severity: warning}\n"
        "scoring:\n  weights: {warning: 5}\n  warn-below: 90\n"), "in.csv": "商品名\nx\n"})
    s = load_settings(str(root / "in.csv"))
    assert s.select == ("FMT",) and s.ignore == ("FMT002",)
    assert (s.fail_on, s.min_score, dict(s.columns)) == ("warning", 70, {"title": "商品名"})
    assert s.rule_option("FMT001", "title-max-bytes") == 40
    assert s.severity_for("FMT001", "error") == "warning"
    assert s.weights["warning"] == 5 and s.weights["error"] == 25 and s.warn_below == 90
    assert s.source.endswith(".listlint.yaml")


def test_yaml_reads_family_names_and_codes_as_written(tmp_path):
    # YAML 1.1 would read OFF as false and 0123 as the octal 83
    root = tree(tmp_path, {".listlint.yaml": (
        "ignore: [OFF]\nper-item-ignores:\n  0123: [FMT003]\nmin-score: 70\n"
        "deny:\n  - {term: 爆款之王, rule: abs004}\n"), "in.csv": "title\nx\n"})
    s = load_settings(str(root / "in.csv"))
    assert s.ignore == ("OFF",)
    assert "0123" in s.per_item_ignores and s.min_score == 70
    assert s.deny == (("爆款之王", "ABS004", "error"),)


INVALID = [
    # (config mapping, text the error must contain)
    ({"selct": ["FMT"]}, "selct"),
    ({"select": ["NOPE42"]}, "NOPE42"),
    ({"ignore": ["FMT999"]}, "FMT999"),
    ({"fail-on": "fatal"}, "fail-on"),
    ({"min-score": 120}, "min-score"),
    ({"min-score": "high"}, "min-score"),
    ({"columns": {"colour": "颜色"}}, "colour"),
    ({"rules": {"FMT999": {}}}, "FMT999"),
    ({"rules": {"FMT001": {"max-len": 3}}}, "max-len"),
    ({"rules": {"FMT001": {"title-max-bytes": "sixty"}}}, "title-max-bytes"),
    ({"rules": {"FMT001": {"severity": "fatal"}}}, "severity"),
    ({"scoring": {"weights": {"fatal": 3}}}, "weights"),
    ({"scoring": {"warn-below": 101}}, "warn-below"),
    ({"scoring": {"bonus": 1}}, "scoring"),
    ({"input": {"sheet": "a", "colour": 1}}, "input"),
    # a deny term under a code that reads no word list, or no code at all, would never fire
    ({"deny": [{"term": "爆款之王", "rule": "ABS04"}]}, "ABS04"),
    ({"deny": [{"term": "爆款之王", "rule": "FMT001"}]}, "FMT001"),
    # numbers keep the range of their default
    ({"rules": {"DUP002": {"similarity": 5}}}, "similarity"),
    ({"rules": {"FMT001": {"title-max-bytes": -5}}}, "title-max-bytes"),
    ({"rules": {"DUP001": {"max_related": -1}}}, "max_related"),
]


@pytest.mark.parametrize("data,needle", INVALID)
def test_invalid_settings_name_the_key(data, needle):
    with pytest.raises(ConfigError) as exc:
        settings_from_mapping(data, "/x/.listlint.yaml")
    assert needle in str(exc.value) and "/x/.listlint.yaml" in str(exc.value)


@pytest.mark.parametrize("name,text,needle", [
    (".listlint.yaml", "select: [FMT\n", "line 2"),
    (".listlint.yaml", "a: b\n  c: d\n", "line 2"),
    (".listlint.yaml", "- FMT\n", "mapping"),
    ("pyproject.toml", "[tool.listlint\nselect = 1\n", "TOML"),
])
def test_unreadable_config_files(tmp_path, name, text, needle):
    root = tree(tmp_path, {name: text, "in.csv": "title\nx\n"})
    with pytest.raises(ConfigError) as exc:
        load_settings(str(root / "in.csv"), str(root / name))
    assert needle in str(exc.value) and name in str(exc.value)


def test_config_drives_the_cli_and_flags_override_it(tmp_path, capsys):
    root = tree(tmp_path, {".listlint.yaml": "select: [FMT]\nfail-on: warning\ncolumns: {title: 货品名}\n",
                           "in.csv": "编码,货品名\nA,★★★★ 保温杯\n"})

    def run(*args):
        with pytest.raises(SystemExit) as exc:
            main(["check", str(root / "in.csv"), *args])
        return exc.value.code, capsys.readouterr()

    code, out = run()
    assert code == 1 and "FMT003" in out.out                # fail-on: warning from the file
    code, _ = run("--fail-on", "error")
    assert code == 0                                        # the flag beats the file
    code, out = run("--isolated")
    assert code == 2 and "no title-like column" in out.err  # without the file, no column mapping


def test_store_and_baseline_paths_are_relative_to_the_config(tmp_path, monkeypatch):
    root = tree(tmp_path, {"shop/.listlint.yaml": "against: store.csv\nbaseline: base.json\n", "shop/in.csv": "title\nx\n"})
    monkeypatch.chdir(tmp_path)
    s = load_settings(str(root / "shop" / "in.csv"))
    assert Path(s.against) == root / "shop" / "store.csv" and Path(s.baseline) == root / "shop" / "base.json"
