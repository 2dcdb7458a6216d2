"""Where a CI report says a file is: relative to the repository root.

GitHub code scanning, workflow annotations and GitLab Code Quality all resolve paths against the
checkout, so `/home/runner/work/shop/shop/listings/a.csv` must be written `listings/a.csv`. The
root is `git rev-parse --show-toplevel` from the current directory, else the current directory.
"""
from __future__ import annotations

import os
import subprocess
from functools import lru_cache
from pathlib import Path, PurePosixPath
from urllib.parse import quote

STDIN_NAME = "stdin"


@lru_cache(maxsize=8)
def _git_root(cwd: str) -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=cwd, capture_output=True,
                             text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    root = out.stdout.strip()
    return root if out.returncode == 0 and root else None


def repo_root(options=None) -> Path:
    """The directory report paths are relative to (`options["root"]` overrides, for tests)."""
    given = (options or {}).get("root")
    if given:
        return Path(given).resolve()
    cwd = os.getcwd()
    return Path(_git_root(cwd) or cwd).resolve()


def relative_path(path: str, options=None) -> str:
    """`path` relative to the repository root, with forward slashes; as given when outside it."""
    if path in ("-", "", None):
        return STDIN_NAME
    p = Path(path)
    try:
        return PurePosixPath(p.resolve().relative_to(repo_root(options))).as_posix()
    except ValueError:
        return p.as_posix()


def artifact_uri(path: str, options=None) -> str:
    """A URI reference for SARIF: relative and percent-encoded (Chinese file names included),
    or a file:// URI for a file outside the repository."""
    rel = relative_path(path, options)
    if Path(rel).is_absolute():
        return Path(rel).as_uri()
    return quote(rel, safe="/")
