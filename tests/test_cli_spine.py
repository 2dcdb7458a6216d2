"""The command line end to end: bad input, exit codes, output destinations, plain text.

Findings come from the format rules only (--select FMT, a 70-byte title or ★★★★), so these
tests do not move when other rule families change.
"""
from __future__ import annotations

import json
import re
import os
import subprocess
import sys
import zipfile

import pytest

from listlint import __version__
from listlint.cli import main

LONG_TITLE = "毛衣女秋冬新款宽松慵懒风外穿高领加厚针织打底衫韩版百搭长袖上衣潮流"   # 70 bytes → FMT001 error
STARS_TITLE = "★★★★ 保温杯 大容量"                                             # FMT003 warning
CLEAN_TITLE = "玻璃水杯 耐热 带盖"


def run(*args, cwd=None, input=None, env=None):
    """`python -m listlint ARGS` in a subprocess: (exit code, stdout, stderr)."""
    e = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    e.pop("LISTLINT_DEBUG", None)
    p = subprocess.run([sys.executable, "-m", "listlint", *map(str, args)], cwd=cwd, input=input,
                       capture_output=True, env=e, timeout=120)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def cli(capsys, *args):
    """listlint in-process: (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as exc:
        main([str(a) for a in args])
    out = capsys.readouterr()
    return exc.value.code, out.out, out.err


def write_csv(path, *titles):
    path.write_text("商品ID,宝贝名称\n" + "".join(f"ID{i},{t}\n" for i, t in enumerate(titles, 1)),
                    encoding="utf-8")
    return path


# --- bad input: one line on stderr, exit 2, no traceback, input untouched ----------------------
def _bad_inputs(tmp):
    """name → (argv after `check`, file whose bytes and mtime must not change, stderr must contain)."""
    ok = write_csv(tmp / "ok.csv", STARS_TITLE)
    (tmp / "folder").mkdir()
    (tmp / "empty.csv").write_bytes(b"")
    (tmp / "blank-utf16.csv").write_bytes("\r\n  \r\n\t\r\n".encode("utf-16"))
    (tmp / "garbage.bin").write_bytes(bytes(range(256)) * 64)
    (tmp / "undecodable.csv").write_bytes(b"title\n" + bytes(range(0x80, 0x100)) * 8 + b"\n")
    (tmp / "no-title.csv").write_text("库存,备注,颜色\n5,急售,红\n", encoding="utf-8")
    (tmp / "nested.json").write_text("[" * 50000 + "\n", encoding="utf-8")
    (tmp / "table.xls").write_text("<html><body><table><tr><td>宝贝名称</td></tr></table></body></html>", encoding="utf-8")
    (tmp / "scalar.json").write_text("42\n", encoding="utf-8")
    (tmp / "corrupt.xlsx").write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    with zipfile.ZipFile(tmp / "not-a-workbook.xlsx", "w") as z:
        z.writestr("hello.txt", "not a workbook")
    (tmp / "truncated.xlsx").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    (tmp / "bad-yaml.yaml").write_text("select: [FMT\nignore: []\n", encoding="utf-8")
    (tmp / "unknown-key.yaml").write_text("selct: [FMT]\n", encoding="utf-8")
    (tmp / "unknown-option.yaml").write_text("rules:\n  FMT001:\n    max-length: 3\n", encoding="utf-8")
    (tmp / "unknown-code.yaml").write_text("select: [FMT999]\n", encoding="utf-8")
    (tmp / "bad-delimiter.yaml").write_text("input:\n  delimiter: ';;'\n", encoding="utf-8")
    (tmp / "bad-input-format.yaml").write_text("input:\n  format: xls\n", encoding="utf-8")
    store = write_csv(tmp / "store.csv", CLEAN_TITLE)
    (tmp / "all-damaged.jsonl").write_text('{"title": \n[1,2\n', encoding="utf-8")
    (tmp / "base.json").write_text('{"listlint_baseline": 1, "fingerprints": {}}\n', encoding="utf-8")
    (tmp / "against.yaml").write_text("against: store.csv\n", encoding="utf-8")
    (tmp / "shop-words.yaml").write_text("entries:\n  - id: shop\n    rule: BAN001\n    terms: [违禁样品]\n", encoding="utf-8")
    (tmp / "with-words.yaml").write_text("wordlists: [shop-words.yaml]\n", encoding="utf-8")
    (tmp / "gbk.csv").write_bytes("商家编码,宝贝名称\nA1,保温杯\n".encode("gbk"))
    (tmp / "semicolon.yaml").write_text("input:\n  delimiter: ';'\n", encoding="utf-8")
    (tmp / "bad-allow.yaml").write_text("allow: ['/[/']\n", encoding="utf-8")
    (tmp / "twice.yaml").write_text("ignore: [OFF]\nselect: [ALL]\nignore: [ABS]\n", encoding="utf-8")
    os.symlink(tmp / "loop2.csv", tmp / "loop1.csv")
    os.symlink(tmp / "loop1.csv", tmp / "loop2.csv")
    return {
        # the store a config names is an input as much as --against's
        "output-is-config-store": (["ok.csv", "--config", "against.yaml", "-o", "store.csv"], store, "input"),
        "symlink-loop": (["loop1.csv"], ok, "symbolic link"),
        "wrong-encoding-given": (["gbk.csv", "--encoding", "utf-8"], tmp / "gbk.csv", "--encoding"),
        "wrong-delimiter-given": (["ok.csv", "--config", "semicolon.yaml"], ok, "delimiter"),
        "bad-allow-pattern": (["ok.csv", "--config", "bad-allow.yaml"], ok, "bad-allow.yaml"),
        "config-key-twice": (["ok.csv", "--config", "twice.yaml"], ok, "appears twice"),
        "endless-device": (["/dev/zero"], ok, "device"),
        # …and so is a wordlist it names
        "output-is-config-wordlist": (["ok.csv", "--config", "with-words.yaml", "-o", "shop-words.yaml"],
                                      tmp / "shop-words.yaml", "input"),
        "baseline-is-config-store": (["ok.csv", "--config", "against.yaml", "--write-baseline", "store.csv"],
                                     store, "input"),
        "missing-file": (["nope.csv"], ok, "nope.csv"),
        "directory": (["folder"], ok, "directory"),
        "empty-file": (["empty.csv"], tmp / "empty.csv", "empty"),
        "blank-lines-only-utf16": (["blank-utf16.csv"], tmp / "blank-utf16.csv", "empty"),
        "binary-garbage": (["garbage.bin"], tmp / "garbage.bin", "binary"),
        "undecodable-text": (["undecodable.csv"], tmp / "undecodable.csv", "decode"),
        "no-title-column": (["no-title.csv"], tmp / "no-title.csv", "库存, 备注, 颜色"),
        "corrupt-xlsx": (["corrupt.xlsx"], tmp / "corrupt.xlsx", "XLSX"),
        "zip-not-workbook": (["not-a-workbook.xlsx"], tmp / "not-a-workbook.xlsx", "XLSX"),
        "xlsx-name-not-zip": (["truncated.xlsx"], tmp / "truncated.xlsx", "XLSX"),
        "yaml-error": (["ok.csv", "--config", "bad-yaml.yaml"], ok, "line 2"),
        "unknown-config-key": (["ok.csv", "--config", "unknown-key.yaml"], ok, "selct"),
        "unknown-rule-option": (["ok.csv", "--config", "unknown-option.yaml"], ok, "max-length"),
        "unknown-code-in-config": (["ok.csv", "--config", "unknown-code.yaml"], ok, "FMT999"),
        "missing-config": (["ok.csv", "--config", "nope.yaml"], ok, "nope.yaml"),
        "unknown-select": (["ok.csv", "--select", "XYZ123"], ok, "XYZ123"),
        "output-is-input": (["ok.csv", "-o", "ok.csv"], ok, "input"),
        "unknown-column-field": (["ok.csv", "--column", "colour=颜色"], ok, "colour"),
        "column-header-missing": (["ok.csv", "--column", "title=商品名"], ok, "商品名"),
        "bad-fail-on": (["ok.csv", "--fail-on", "fatal"], ok, "fatal"),
        "bad-format": (["ok.csv", "--format", "pdf"], ok, "pdf"),
        "bad-min-score": (["ok.csv", "--min-score", "101"], ok, "min-score"),
        "bad-encoding": (["ok.csv", "--encoding", "klingon"], ok, "klingon"),
        "bad-input-format": (["ok.csv", "--input-format", "docx"], ok, "docx"),
        "baseline-is-input": (["ok.csv", "--write-baseline", "ok.csv"], ok, "input"),
        "output-is-against-store": (["ok.csv", "--against", "store.csv", "-o", "store.csv"], store, "input"),
        "output-folder-missing": (["ok.csv", "-o", "no/such/folder/r.json"], ok, "does not exist"),
        "output-is-a-folder": (["ok.csv", "-o", "folder"], ok, "directory"),
        "config-bad-delimiter": (["ok.csv", "--config", "bad-delimiter.yaml"], ok, "input.delimiter"),
        "config-bad-input-format": (["ok.csv", "--config", "bad-input-format.yaml"], ok, "input.format"),
        "every-record-damaged": (["all-damaged.jsonl"], tmp / "all-damaged.jsonl", "no listing could be read"),
        "empty-select": (["ok.csv", "--select", ""], ok, "--select is empty"),
        "output-is-the-baseline": (["ok.csv", "--baseline", "base.json", "-o", "base.json"], tmp / "base.json", "input"),
        "not-a-text-encoding": (["ok.csv", "--encoding", "rot13"], ok, "rot13"),
        # idna's decoder takes no error handler: refused up front, not an internal error
        "encoding-without-error-handler": (["ok.csv", "--encoding", "idna"], ok, "idna"),
        "nested-json-first-line": (["nested.json"], tmp / "nested.json", "nested too deeply"),
        "html-table-named-xls": (["table.xls"], tmp / "table.xls", "HTML page or table"),
        "json-scalar": (["scalar.json"], tmp / "scalar.json", "single JSON int"),
    }


BAD = sorted([
    "missing-file", "directory", "empty-file", "binary-garbage", "undecodable-text", "no-title-column",
    "corrupt-xlsx", "zip-not-workbook", "xlsx-name-not-zip", "yaml-error", "unknown-config-key",
    "unknown-rule-option", "unknown-code-in-config", "missing-config", "unknown-select", "output-is-input",
    "unknown-column-field", "column-header-missing", "bad-fail-on", "bad-format", "bad-min-score",
    "bad-encoding", "bad-input-format", "baseline-is-input", "output-is-against-store",
    "output-folder-missing", "output-is-a-folder", "config-bad-delimiter", "config-bad-input-format",
    "every-record-damaged", "empty-select", "output-is-the-baseline", "not-a-text-encoding",
    "encoding-without-error-handler", "nested-json-first-line", "blank-lines-only-utf16",
    "html-table-named-xls", "json-scalar", "output-is-config-store", "baseline-is-config-store",
    "output-is-config-wordlist", "symlink-loop", "endless-device", "wrong-encoding-given",
    "wrong-delimiter-given", "bad-allow-pattern", "config-key-twice"])


@pytest.mark.parametrize("case", BAD)
def test_bad_input_is_one_line_exit_2_and_the_input_is_untouched(tmp_path, case):
    args, watched, needle = _bad_inputs(tmp_path)[case]
    before = (watched.read_bytes(), os.stat(watched).st_mtime_ns)
    code, out, err = run("check", *args, "--isolated" if "--config" not in args else "--quiet", cwd=tmp_path)
    assert code == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("listlint: ") and needle in lines[0]
    assert "internal error" not in lines[0] and len(lines[0]) < 400
    assert (watched.read_bytes(), os.stat(watched).st_mtime_ns) == before


def test_no_title_column_message_says_how_to_map(tmp_path):
    (tmp_path / "x.csv").write_text("库存,名字\n5,保温杯\n", encoding="utf-8")
    code, _, err = run("check", "x.csv", "--isolated", cwd=tmp_path)
    assert code == 2 and "found: 库存, 名字" in err and "--column title=" in err
    code, out, _ = run("check", "x.csv", "--isolated", "--column", "title=名字", cwd=tmp_path)
    assert code == 0 and "保温杯" in out


def test_damaged_rows_do_not_stop_the_run(tmp_path):
    (tmp_path / "d.csv").write_bytes(
        f'id,title\nA,"{STARS_TITLE}"x\nB,{STARS_TITLE}\nC,有\x00空字节\nD,a,b,c\n'.encode("utf-8"))
    code, out, err = run("check", "d.csv", "--isolated", "--select", "FMT", "--format", "json", cwd=tmp_path)
    report = json.loads(out)
    assert code == 0 and err == ""
    assert [it["id"] for it in report["items"]] == ["B", "C", "D"]
    assert [p["line"] for p in report["problems"]] == [2, 4, 5]


# --- exit codes -------------------------------------------------------------------------------
EXIT = [
    # titles, extra options, expected exit code
    ([CLEAN_TITLE], [], 0),
    ([LONG_TITLE], [], 1),                                   # an error fails by default
    ([STARS_TITLE], [], 0),                                  # a warning does not …
    ([STARS_TITLE], ["--fail-on", "warning"], 1),            # … unless --fail-on warning
    ([STARS_TITLE], ["--fail-on", "info"], 1),
    ([CLEAN_TITLE], ["--fail-on", "info"], 0),
    ([LONG_TITLE], ["--exit-zero"], 0),
    ([STARS_TITLE], ["--min-score", "95"], 1),               # 100 - 10 = 90 < 95
    ([STARS_TITLE], ["--min-score", "90"], 0),
    ([CLEAN_TITLE, STARS_TITLE], ["--min-score", "91"], 1),
    ([LONG_TITLE], ["--ignore", "FMT001"], 0),
]


@pytest.mark.parametrize("titles,options,expected", EXIT)
def test_exit_codes(tmp_path, capsys, titles, options, expected):
    f = write_csv(tmp_path / "in.csv", *titles)
    code, _, err = cli(capsys, "check", f, "--isolated", "--select", "FMT", *options)
    assert code == expected, err


# --- input and output destinations ------------------------------------------------------------
def test_stdin_and_output_file(tmp_path):
    data = f"商品ID,宝贝名称\nS1,{STARS_TITLE}\n".encode("gbk")
    code, out, err = run("check", "-", "--isolated", "--select", "FMT", "--format", "json", "-o", "r.json",
                         cwd=tmp_path, input=data)
    assert (code, out, err) == (0, "", "")
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["input"]["path"] == "-" and report["input"]["encoding"] == "gb18030"
    assert report["items"][0]["findings"][0]["rule"] == "FMT003"
    assert not [p for p in os.listdir(tmp_path) if p.startswith("listlint-stdin")]


def test_dash_output_is_standard_output_and_a_closed_pipe_is_quiet(tmp_path):
    write_csv(tmp_path / "in.csv", *([STARS_TITLE] * 3000))
    code, out, err = run("check", "in.csv", "--isolated", "-o", "-", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert code == 0 and json.loads(out)["items"] and not (tmp_path / "-").exists()
    p = subprocess.Popen([sys.executable, "-m", "listlint", "check", "in.csv", "--isolated"], cwd=tmp_path,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.read(100)
    p.stdout.close()   # as `| head` does
    assert p.wait(timeout=120) in (0, 1) and p.stderr.read() == b""   # the lint's own exit code


def test_output_is_never_the_file_on_standard_input(tmp_path):
    listings = write_csv(tmp_path / "in.csv", STARS_TITLE)
    before = listings.read_bytes()
    with open(listings, "rb") as stdin:
        p = subprocess.run([sys.executable, "-m", "listlint", "check", "-", "--isolated", "-o", "in.csv"],
                           cwd=tmp_path, stdin=stdin, capture_output=True, timeout=120)
    assert p.returncode == 2 and b"standard input" in p.stderr
    assert listings.read_bytes() == before


@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {}], ids=["no-color", "not-a-tty"])
def test_plain_text_without_a_terminal(tmp_path, env):
    write_csv(tmp_path / "in.csv", STARS_TITLE, CLEAN_TITLE)
    code, out, _ = run("check", "in.csv", "--isolated", "--select", "FMT", cwd=tmp_path, env=env)
    assert code == 0 and "\x1b[" not in out
    assert "in.csv:2" in out and "FMT003" in out and "★★★★" in out
    assert "2 items, 1 flagged" in out


@pytest.mark.parametrize("args,env,coloured", [
    (["--color"], {}, True),
    ([], {"FORCE_COLOR": "1"}, True),                    # rich's way to say "this is a terminal"
    ([], {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),  # NO_COLOR wins over a terminal …
    (["--color"], {"NO_COLOR": "1"}, True),              # … but not over an explicit --color
    (["--no-color"], {"FORCE_COLOR": "1"}, False),
], ids=["--color", "terminal", "terminal+NO_COLOR", "--color+NO_COLOR", "--no-color"])
def test_colour_switches(tmp_path, args, env, coloured):
    write_csv(tmp_path / "in.csv", STARS_TITLE)
    _, out, _ = run("check", "in.csv", "--isolated", "--select", "FMT", *args, cwd=tmp_path, env=env)
    assert ("\x1b[" in out) == coloured
    # colour, not bold alone (rich reads NO_COLOR itself and kept only the bold)
    assert bool(re.search(r"\x1b\[[0-9;]*3[0-7]m", out)) == coloured


def test_version_and_module_entry_point():
    code, out, err = run("--version")
    assert (code, out.strip(), err) == (0, f"listlint {__version__}", "")
    code, out, _ = run("rules")
    assert code == 0 and "FMT001" in out and "title-too-long" in out


def test_text_report_shows_every_part_of_a_finding(tmp_path, capsys):
    f = write_csv(tmp_path / "in.csv", STARS_TITLE)
    _, out, _ = cli(capsys, "check", f, "--isolated", "--select", "FMT", "--no-color")
    for part in ("row 1", "id ID1", "score 90", "WARN", "FMT003", "decorative-symbols", "[warning]",
                 "title:0-4", "→ ", "basis: ", "mean score 90.0", "by category: format 1", "by rule: FMT003 1"):
        assert part in out, part


def test_samples_run(capsys):
    for sample in ("samples/listings-utf8.csv", "samples/taobao-assistant.csv", "samples/listings-gbk.csv"):
        code, out, err = cli(capsys, "check", sample, "--isolated", "--format", "json")
        assert code in (0, 1) and err == ""
        report = json.loads(out)
        assert report["items"] and report["problems"] == []


def test_missing_file_on_a_terminal(tmp_path, capsys, monkeypatch):
    # With stderr on a terminal the progress-bar decision looks at the file's size first.
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _, err = cli(capsys, "check", tmp_path / "nope.csv", "--isolated")
    assert code == 2 and "no such file" in err and "internal error" not in err


def test_a_workbook_is_read_whatever_its_name(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    wb.active.append(["宝贝名称"])
    wb.active.append([LONG_TITLE])
    wb.save(tmp_path / "export.csv")                     # Excel output saved under a .csv name
    code, out, err = run("check", "export.csv", "--select", "FMT", "--format", "json", cwd=tmp_path)
    assert code == 1, err
    assert json.loads(out)["input"]["format"] == "xlsx"
    data = (tmp_path / "export.csv").read_bytes()
    code, out, err = run("check", "-", "--select", "FMT", "--format", "json", cwd=tmp_path, input=data)
    assert code == 1 and json.loads(out)["items"][0]["findings"][0]["rule"] == "FMT001", err


def test_a_replacement_character_in_valid_utf8_is_text_not_damage(tmp_path):
    p = tmp_path / "fffd.csv"
    p.write_text("宝贝名称\n\ufffd\ufffd 保温杯\n", encoding="utf-8")
    code, out, err = run("check", "fffd.csv", "--format", "json", "--exit-zero", cwd=tmp_path)
    report = json.loads(out)
    assert report["input"]["encoding"] == "utf-8" and report["problems"] == [], err


def test_one_bad_byte_in_a_small_file_is_a_damaged_row(tmp_path):
    (tmp_path / "small.csv").write_bytes("宝贝名称\n".encode() + b"\xff" + "保温杯\n".encode())
    code, out, err = run("check", "small.csv", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert code == 0, err
    assert json.loads(out)["problems"][0]["line"] == 2


def test_several_files_as_json_are_one_document(tmp_path):
    write_csv(tmp_path / "a.csv", LONG_TITLE)
    write_csv(tmp_path / "b.csv", CLEAN_TITLE)
    code, out, err = run("check", "a.csv", "b.csv", "--select", "FMT", "--format", "json", cwd=tmp_path)
    reports = json.loads(out)
    assert [r["input"]["path"] for r in reports] == ["a.csv", "b.csv"] and code == 1, err


def test_a_full_disk_is_a_clear_error(tmp_path):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    write_csv(tmp_path / "ok.csv", STARS_TITLE)
    code, out, err = run("check", "ok.csv", "--format", "json", "-o", "/dev/full", cwd=tmp_path)
    assert code == 2 and "Traceback" not in err and "No space left" in err


def test_a_required_marker_in_a_header_is_not_part_of_its_name(tmp_path):
    (tmp_path / "template.csv").write_text("[必填]宝贝标题,宝贝价格(选填)\n" + STARS_TITLE + ",9\n", encoding="utf-8")
    code, out, err = run("check", "template.csv", "--select", "FMT", "--format", "json", cwd=tmp_path)
    report = json.loads(out)
    assert report["input"]["format"] == "csv" and report["summary"]["findings"] == 1, err


def test_a_pipe_is_read_like_a_file(tmp_path):
    write_csv(tmp_path / "ok.csv", LONG_TITLE)
    if not os.path.exists("/bin/bash"):
        pytest.skip("needs bash for <(…)")
    cmd = f'"{sys.executable}" -m listlint check <(cat ok.csv) --select FMT --format json'
    p = subprocess.run(["/bin/bash", "-c", cmd], cwd=tmp_path, capture_output=True, timeout=120)
    assert json.loads(p.stdout)["summary"]["findings"] == 1, p.stderr


def test_a_huge_finding_is_shortened_in_the_text_report(tmp_path):
    write_csv(tmp_path / "big.csv", "长" * 5000)
    code, out, err = run("check", "big.csv", "--select", "FMT001", "--no-color", cwd=tmp_path)
    assert max(len(line) for line in out.splitlines()) < 400, err


@pytest.mark.parametrize("fmt", ["csv", "gitlab"])
def test_input_problems_reach_stderr_in_formats_without_a_place_for_them(tmp_path, fmt):
    (tmp_path / "rag.csv").write_text('宝贝名称,价格\n"保温杯,9\n' + STARS_TITLE + ',9\n', encoding="utf-8")
    code, out, err = run("check", "rag.csv", "--format", fmt, "--exit-zero", cwd=tmp_path)
    assert "rag.csv:2: input problem" in err and "Traceback" not in err


def test_a_header_only_file_with_a_repeated_column_is_not_damaged(tmp_path):
    (tmp_path / "hdr.csv").write_text("宝贝名称,宝贝名称\n", encoding="utf-8")
    code, out, err = run("check", "hdr.csv", "--format", "json", cwd=tmp_path)
    assert code == 0 and json.loads(out)["summary"]["items"] == 0, err


def test_the_discovered_config_is_an_input_too(tmp_path):
    (tmp_path / ".listlint.yaml").write_text("select: [FMT]\n", encoding="utf-8")
    write_csv(tmp_path / "ok.csv", STARS_TITLE)
    before = (tmp_path / ".listlint.yaml").read_bytes()
    code, out, err = run("check", "ok.csv", "-o", ".listlint.yaml", cwd=tmp_path)
    assert code == 2 and "input" in err and (tmp_path / ".listlint.yaml").read_bytes() == before


# --- one line on stderr, whatever the input ------------------------------------------------
def test_a_header_cell_with_a_line_break_is_one_error_line(tmp_path):
    p = tmp_path / "x.csv"
    p.write_bytes('"货品\r\n名字","价格\r\n(元)"\r\nA1,最好的毛巾,9\r\n'.encode())
    code, out, err = run("check", p)
    assert code == 2 and err.count("\n") == 1 and "no title-like column" in err


def test_a_broken_pyproject_with_our_table_is_an_error(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.listlint]\nselect = ["OFF"]\nfail-on = warning\n')
    p = write_csv(tmp_path / "x.csv", "最好的杯子")
    code, out, err = run("check", p)
    assert code == 2 and "pyproject.toml" in err and "invalid TOML" in err and err.count("\n") == 1


def test_a_broken_pyproject_of_another_tool_is_not_ours(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.black]\nline-length = = 3\n')
    p = write_csv(tmp_path / "x.csv", "最好的杯子")
    code, out, err = run("check", p)
    assert code == 1 and err == ""


def test_a_damaged_workbook_is_one_line_naming_it_damaged(tmp_path):
    import io
    import zipfile
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    wb.active.append(["宝贝名称"])
    wb.active.append(["最好的杯子"])
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    p = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(p, "w") as z:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Type="x" Id="rId9"/></Relationships>')
            if item.filename.startswith("xl/worksheets/"):
                continue   # a part the workbook names is missing
            z.writestr(item, data)
    code, out, err = run("check", p)
    assert code == 2 and err.count("\n") == 1 and "damaged XLSX" in err


def test_an_empty_title_column_is_reported_not_said_to_be_missing(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("商家编码,宝贝名称,宝贝描述\nE1,,最好的毛巾\nE2,,普通\n", encoding="utf-8")
    code, out, err = run("check", p, "--format", "json")
    report = json.loads(out)
    assert [f["rule"] for it in report["items"] for f in it["findings"] if f["rule"] == "FMT004"] == ["FMT004"] * 2
    assert not any("FMT004" in u for u in report["unavailable_checks"])


def test_an_unwritable_step_summary_is_a_warning(tmp_path):
    p = write_csv(tmp_path / "x.csv", "最好的杯子")
    code, out, err = run("check", p, "--format", "github",
                         env={"GITHUB_STEP_SUMMARY": str(tmp_path / "no" / "summary.md")})
    assert code == 1 and "::error" in out
    assert err.count("\n") == 1 and "GITHUB_STEP_SUMMARY" in err and "warning" in err


def test_control_characters_in_listing_text_are_shown_not_obeyed(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("商家编码,宝贝名称\nC\x1b[1m1,最好的\x0b杯子\x1b[31m红色\x1b[0m\x07\n", encoding="utf-8")
    code, out, err = run("check", p, "--no-color")
    assert code == 1 and "\x1b" not in out and "\x07" not in out and "\x0b" not in out
    assert "␛[31m" in out and "最好" in out


def test_closed_standard_input_is_one_clear_line():
    p = subprocess.run(["bash", "-c", f"'{sys.executable}' -m listlint check - <&-"], capture_output=True,
                       env={**os.environ, "PYTHONIOENCODING": "utf-8"}, timeout=120)
    err = p.stderr.decode()
    assert p.returncode == 2 and err.count("\n") == 1 and "standard input is closed" in err


def test_bare_listlint_says_what_is_missing(tmp_path):
    code, out, err = run(cwd=tmp_path)
    assert code == 2 and "no command given" in err and "Traceback" not in err
