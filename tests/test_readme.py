"""README.md is built from docs/readme/ and opens with the two commands a new user needs."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _builder():
    spec = importlib.util.spec_from_file_location("build_readme", ROOT / "docs" / "build_readme.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_readme_is_in_sync_with_its_sections():
    assert (ROOT / "README.md").read_text(encoding="utf-8") == _builder().build(), \
        "README.md is out of date: run python docs/build_readme.py"


def test_readme_opens_with_install_and_test_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", text, re.S)
    assert blocks[0].strip().startswith("pip install . && listlint check samples/")
    sample = blocks[0].split("listlint check ")[1].split()[0]
    assert (ROOT / sample).is_file()
    assert blocks[1].strip() == "pip install -e '.[test]' && python -m pytest"


def test_ci_runs_the_readme_test_command():
    assert "pip install -e '.[test]' && python -m pytest" in (ROOT / ".ci" / "run").read_text()


def test_every_rule_family_has_a_section():
    from listlint.rules.registry import all_rules
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for prefix in sorted({r.code[:3] for r in all_rules()}):
        assert prefix in text, f"README does not mention {prefix}"
