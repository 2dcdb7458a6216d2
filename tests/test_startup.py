"""Start-up stays light: `import listlint` and the CLI module load nothing heavy.

Checked in a fresh interpreter (sys.modules after import), never by timing: wordlists, jieba,
numpy, OpenCC, openpyxl, datasketch and the rule modules load only when a lint needs them.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ["jieba", "numpy", "opencc", "openpyxl", "datasketch", "ahocorasick_rs", "yaml",
         "listlint.lexicon", "listlint.rules.registry", "listlint.text.normalize"]


def modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys, json\n"
                          "print(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("statement", ["import listlint", "from listlint import __version__"])
def test_import_listlint_loads_nothing_heavy(statement):
    loaded = modules_after(statement)
    assert "listlint" in loaded
    assert not [m for m in HEAVY if m in loaded]


def test_api_attribute_is_lazy_until_asked_for():
    loaded = modules_after("import listlint\nlistlint.lint_path")
    assert "listlint.api" in loaded
    assert "jieba" not in loaded and "openpyxl" not in loaded


def test_cli_module_loads_no_wordlist_or_segmenter():
    loaded = modules_after("import listlint.cli")
    assert not [m for m in ("jieba", "numpy", "opencc", "openpyxl", "datasketch", "listlint.lexicon")
                if m in loaded]


def test_checking_a_clean_short_file_never_loads_jieba(tmp_path):
    # jieba is only for deciding a candidate window; a clean listing has none.
    p = tmp_path / "clean.csv"
    p.write_text("title,price\n纯棉 短袖 T恤 白色,59\n", encoding="utf-8")
    loaded = modules_after(
        "from listlint.api import lint_path\n"
        f"lint_path({str(p)!r})")
    assert "jieba" not in loaded
    assert "openpyxl" not in loaded


def test_cli_check_loads_no_pydantic(tmp_path):
    # typer 0.29+ validates every option through pydantic (~0.3 s a start); pyproject pins below it.
    p = tmp_path / "clean.csv"
    p.write_text("title,price\n纯棉 短袖 T恤 白色,59\n", encoding="utf-8")
    loaded = modules_after(
        "import sys\nfrom listlint.cli import main\n"
        f"sys.argv = ['listlint', 'check', {str(p)!r}, '--format', 'json', '-o', {str(tmp_path / 'r.json')!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass")
    assert "listlint.api" in loaded
    assert "pydantic" not in loaded
