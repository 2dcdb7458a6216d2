"""listlint: a compliance linter for Chinese e-commerce listings.

    from listlint import lint_path, lint_records
    report = lint_path("listings.csv")

Importing listlint loads no wordlist, jieba or numpy; they load when a lint first needs them.
"""
__version__ = "0.1.0"

__all__ = ["__version__", "lint_path", "lint_records"]


def __getattr__(name):
    if name in ("lint_path", "lint_records"):
        from . import api
        return getattr(api, name)
    raise AttributeError(name)
