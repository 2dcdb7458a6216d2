"""The CI surface of the command line: exit codes, --statistics, --quiet, init, explain, and
the integration files (.pre-commit-hooks.yaml, action.yml, the snippets in docs/readme/ci.md)."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from listlint.cli import app
from listlint.config import settings_from_mapping
from listlint.starter import STARTER_CONFIG

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
FIXTURE = "ci_listings.csv"


def run(*args: str):
    r = CliRunner().invoke(app, list(args))
    if r.exception and not isinstance(r.exception, SystemExit):
        raise r.exception
    return r.exit_code, r.stdout, r.stderr


def run_process(*args: str, cwd: Path, env=None):
    p = subprocess.run([sys.executable, "-m", "listlint", *args], cwd=cwd, capture_output=True,
                       text=True, encoding="utf-8", env=env)
    return p.returncode, p.stdout, p.stderr


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    shutil.copy(DATA / FIXTURE, tmp_path / FIXTURE)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return tmp_path


# --- exit codes -------------------------------------------------------------------------
# The fixture has errors (FMT004 on rows 4 and 5) and warnings (FMT002, FMT003; A1 scores 80).
@pytest.mark.parametrize("args, code", [
    ([], 1),
    (["--exit-zero"], 0),
    (["--select", "FMT003"], 0),                                    # warnings only
    (["--select", "FMT003", "--fail-on", "warning"], 1),
    (["--select", "FMT003", "--fail-on", "warning", "--exit-zero"], 0),
    (["--select", "FMT002,FMT003", "--fail-on", "info"], 1),
    (["--select", "FMT003", "--min-score", "85"], 1),               # A1 scores 80
    (["--select", "FMT003", "--min-score", "80"], 0),
    (["--ignore", "FMT004"], 0),
    (["--ignore", "FMT004", "--format", "sarif"], 0),
    (["--format", "junit", "--exit-zero"], 0),
    (["--format", "github"], 1),
])
def test_exit_codes(workdir, args, code):
    assert run("check", FIXTURE, *args)[0] == code


@pytest.mark.parametrize("args", [
    ["--exit-zero", "--select", "NOPE"],
    ["--exit-zero", "--format", "xml"],
    ["--exit-zero", "--fail-on", "fatal"],
    ["--exit-zero", "--baseline", "missing.json"],
])
def test_exit_zero_does_not_hide_usage_errors(workdir, args):
    code, out, err = run_process("check", FIXTURE, *args, cwd=workdir)
    assert code == 2 and len(err.splitlines()) == 1 and err.startswith("listlint: error: ")


# --- statistics and quiet ---------------------------------------------------------------
def test_statistics_go_to_stderr_beside_a_machine_report(workdir):
    code, out, err = run("check", FIXTURE, "--statistics", "--format", "json")
    json.loads(out)  # stdout stays one JSON document
    assert err.splitlines() == [
        "     3  FMT003  decorative-symbols",
        "     2  FMT004  empty-title",
        "     1  FMT002  keyword-stuffing",
        "     6  findings (1 suppressed)",
    ]


def test_statistics_follow_a_text_report(workdir):
    code, out, err = run("check", FIXTURE, "--statistics", "--quiet", "--select", "FMT002")
    assert out.splitlines()[-2:] == ["     1  FMT002  keyword-stuffing", "     1  findings"]


def test_quiet_keeps_findings_and_drops_explanations(workdir):
    loud = run("check", FIXTURE)[1]
    quiet = run("check", FIXTURE, "--quiet")[1]
    assert "→ " in loud and "→ " not in quiet and "basis:" not in quiet
    assert quiet.count("FMT003 decorative-symbols") == loud.count("FMT003 decorative-symbols") == 3


# --- init and explain -------------------------------------------------------------------
def test_init_writes_a_valid_config_and_refuses_to_overwrite(workdir):
    assert run("init")[0] == 0
    written = (workdir / ".listlint.yaml").read_text(encoding="utf-8")
    assert written == STARTER_CONFIG
    s = settings_from_mapping(yaml.safe_load(written), str(workdir / ".listlint.yaml"))
    assert s.select == ("ALL",) and s.fail_on == "error"
    code, _, err = run_process("init", cwd=workdir)
    assert code == 2 and "exists" in err and "--force" in err
    assert run("init", "--force")[0] == 0
    # The defaults change nothing: the same findings as with no config at all.
    assert run("check", FIXTURE, "-f", "json")[1] == run("check", FIXTURE, "-f", "json", "--isolated")[1]


def uncomment_examples(text: str) -> str:
    """The starter with every example switched on: `#  …` lines and `# key: …` lines lose their
    `#`, and a key whose examples follow loses its empty `[]`/`{}` value."""
    lines = text.splitlines()
    out = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if re.match(r"^#  ", line):
            out.append(line[1:])
        elif re.match(r"^# [a-z][a-z-]*:( |$)", line):
            out.append(line[2:])
        elif re.match(r"^[a-z-]+: (\[\]|\{\})$", line) and nxt.startswith("#  "):
            out.append(line.split(":")[0] + ":")
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def test_every_starter_example_is_valid_config():
    on = uncomment_examples(STARTER_CONFIG)
    data = yaml.safe_load(on)
    s = settings_from_mapping(data, "starter")
    assert s.ignore == ("FMT002",) and s.min_score == 60 and s.columns["title"] == "商品名"
    assert s.allow == ("第一坊", r"/王牌\d+号/")
    assert s.rule_settings["FMT003"]["severity"] == "info"
    assert s.per_item_ignores["SKU-123"]["rules"] == ("FMT001",) and s.per_item_ignores["SKU-123"]["reason"]
    assert s.per_file_ignores == {"legacy/*.csv": ("FMT",)} and s.baseline == ".listlint-baseline.json"


@pytest.mark.parametrize("name", ["FMT001", "fmt001", "title-too-long"])
def test_explain_a_rule(name):
    code, out, _ = run("explain", name)
    assert code == 0 and out.startswith("FMT001 title-too-long (format, error)")
    for needle in ("Basis: 《淘宝网商品发布规范》", "Suggestion: ", "Reported:\n  ✗ “", "Not reported:\n  ✓ “",
                   "title-max-bytes: 60", "listlint-ignore"):
        assert needle in out
    # The configuration snippet it prints is valid configuration.
    block = out.split("Configure in .listlint.yaml (defaults shown):\n", 1)[1].split("\nSuppress", 1)[0]
    s = settings_from_mapping(yaml.safe_load(block), "explain")
    assert s.rule_settings["FMT001"]["title-max-bytes"] == 60


def test_explain_shows_an_empty_example_visibly():
    out = run("explain", "FMT004")[1]
    assert "  ✗ ''" in out


@pytest.mark.parametrize("name, needle", [("FMT", "names 4 rules"), ("XYZ999", "unknown rule")])
def test_explain_errors(tmp_path, name, needle):
    code, _, err = run_process("explain", name, cwd=tmp_path)
    assert code == 2 and needle in err and len(err.splitlines()) == 1


# --- .pre-commit-hooks.yaml ---------------------------------------------------------------
def test_pre_commit_hook():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "listlint" and hook["language"] == "python"
    assert hook["entry"] == "listlint check" and hook["pass_filenames"] is True
    pattern = re.compile(hook["files"])
    for name, matched in [("listings/a.csv", True), ("B.TSV", True), ("shop/商品.xlsx", True),
                          ("a.csv.bak", False), ("data.json", False), ("notes.txt", False)]:
        assert bool(pattern.search(name)) is matched, name
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'listlint = "listlint.cli:main"' in pyproject  # the entry's console script


def test_pre_commit_style_invocation_lints_each_file_whole(workdir):
    """pre-commit runs `listlint check f1 f2 …`; each file is linted on its own and whole."""
    (workdir / "b.tsv").write_text("标题\t描述\n★★★★爆款★★★★ 拖鞋\t好\n", encoding="utf-8")
    code, out, _ = run_process("check", FIXTURE, "b.tsv", "--format", "json", cwd=workdir)
    assert code == 1
    docs = json.loads(out)  # several files: one JSON array of their reports
    assert [(d["input"]["path"], d["summary"]["items"]) for d in docs] == [(FIXTURE, 7), ("b.tsv", 1)]


# --- action.yml ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def action():
    return yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def test_action_metadata(action):
    assert action["runs"]["using"] == "composite"
    assert set(action["inputs"]) >= {"paths", "format", "fail-on", "output", "args"}
    assert action["inputs"]["paths"]["required"] is True
    steps = action["runs"]["steps"]
    install = [s for s in steps if s.get("name") == "Install listlint"][0]
    assert '"$GITHUB_ACTION_PATH"' in install["run"] and (ROOT / "pyproject.toml").exists()
    lint = [s for s in steps if s.get("id") == "lint"][0]
    assert "${{" not in lint["run"]  # inputs arrive as environment variables only
    for s in steps:
        assert "uses" in s or s.get("shell") == "bash"
    used = set(re.findall(r"inputs\.([a-z-]+)", yaml.safe_dump(action["runs"])))
    assert used <= set(action["inputs"])


def run_action(action, cwd: Path, tmp_path: Path, **inputs):
    """Run the action's lint step the way the runner would: inputs substituted into `env`."""
    lint = [s for s in action["runs"]["steps"] if s.get("id") == "lint"][0]
    values = {k: str(v.get("default", "")) for k, v in action["inputs"].items()} | inputs
    env = dict(os.environ)
    env.pop("GITHUB_STEP_SUMMARY", None)
    for k, v in lint["env"].items():
        env[k] = re.sub(r"\$\{\{\s*inputs\.([a-z-]+)\s*\}\}", lambda m: values[m.group(1)], v)
    out_file = tmp_path / "github_output"
    out_file.write_text("", encoding="utf-8")
    env["GITHUB_OUTPUT"] = str(out_file)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    p = subprocess.run(["bash", "-c", lint["run"]], cwd=cwd, env=env, capture_output=True, text=True,
                       encoding="utf-8")
    return p.returncode, p.stdout, p.stderr, out_file.read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("bash") is None or shutil.which("listlint") is None and
                    not (Path(sys.executable).parent / "listlint").exists(), reason="needs bash and listlint")
@pytest.mark.parametrize("inputs, code, check", [
    ({"paths": "listings/**/*.csv"}, 1, lambda out, d: out.count("::error file=listings/sub/") == 2),
    ({"paths": "listings/**/*.csv", "fail-on": "never"}, 0, lambda out, d: "::error file=" in out),
    ({"paths": "listings/**/*.csv", "args": "--ignore FMT004"}, 0, lambda out, d: "::error" not in out),
    ({"paths": "listings/**/*.csv\nmissing/*.csv", "fail-on": "warning", "args": "--select FMT003"}, 1,
     lambda out, d: out.count("::warning") == 3),
    ({"paths": "listings/**/*.csv", "format": "sarif", "output": "listlint.sarif"}, 1,
     lambda out, d: json.loads((d / "listlint.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"),
    ({"paths": "nothing/*.csv"}, 2, lambda out, d: "::error title=listlint::no listing files match" in out),
])
def test_action_runs_listlint(action, tmp_path, inputs, code, check):
    repo = tmp_path / "repo"
    (repo / "listings" / "sub").mkdir(parents=True)
    shutil.copy(DATA / FIXTURE, repo / "listings" / "sub" / FIXTURE)
    got, out, err, outputs = run_action(action, repo, tmp_path, **inputs)
    assert got == code, err
    assert f"exit-code={code}" in outputs
    assert check(out, repo), out


# --- docs/readme/ci.md ------------------------------------------------------------------
def yaml_blocks():
    text = (ROOT / "docs" / "readme" / "ci.md").read_text(encoding="utf-8")
    return [textwrap_dedent(b) for b in re.findall(r"```yaml\n(.*?)```", text, re.S)]


def textwrap_dedent(block: str) -> str:
    import textwrap
    return textwrap.dedent(block)


def test_doc_snippets_are_valid(action):
    blocks = [yaml.safe_load(b) for b in yaml_blocks()]
    assert len(blocks) >= 6
    workflows = [b for b in blocks if "jobs" in b]
    assert len(workflows) == 2
    for wf in workflows:
        for job in wf["jobs"].values():
            for step in job["steps"]:
                if str(step.get("uses", "")).startswith("OWNER/listlint@"):
                    assert set(step["with"]) <= set(action["inputs"])
    sarif_wf = [wf for wf in workflows if "security-events" in wf.get("permissions", {})][0]
    steps = sarif_wf["jobs"]["listlint"]["steps"]
    lint = [s for s in steps if str(s.get("uses", "")).startswith("OWNER/listlint@")][0]
    upload = [s for s in steps if str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif@")][0]
    assert lint["with"]["format"] == "sarif" and upload["with"]["sarif_file"] == lint["with"]["output"]
    config_keys = {"rules", "per-item-ignores", "per-file-ignores"}
    for b in blocks:
        if isinstance(b, dict) and set(b) <= config_keys:
            settings_from_mapping(b, "docs/readme/ci.md")


# --- usage errors -----------------------------------------------------------------------
@pytest.mark.parametrize("args, needle", [
    (["check"], "Missing argument"),
    (["check", FIXTURE, "--bogus"], "No such option: --bogus"),
    (["check", FIXTURE, "--min-score", "many"], "--min-score"),
])
def test_usage_errors_are_one_line_exit_2_not_internal_errors(workdir, args, needle):
    code, out, err = run_process(*args, cwd=workdir)
    assert code == 2 and err.startswith("listlint: error: ") and needle in err
    assert "internal error" not in err and len(err.splitlines()) == 1
