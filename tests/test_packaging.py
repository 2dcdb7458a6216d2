"""The package list in pyproject.toml names every sub-package, so `pip install .` (not only an
editable install) ships all code and the wordlists."""
from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_subpackage_is_listed():
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(cfg["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "listlint").rglob("__init__.py")}
    assert found - listed == set(), f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    assert cfg["package-dir"]["listlint.wordlists"] == "wordlists"


def test_wordlists_ship_as_package_data():
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "*.yaml" in cfg["package-data"]["listlint.wordlists"]
    assert list((ROOT / "wordlists").glob("*.yaml")), "no wordlists found"
