"""Read a file the way `listlint check` does and return what the readers produced."""
from __future__ import annotations

from dataclasses import replace

from listlint.config import Settings
from listlint.io.readers import open_listings


def read(path, **settings):
    """(listings, problems, sniffed) for a file; settings are Settings fields (columns=…)."""
    src = open_listings(str(path), replace(Settings(), **settings))
    listings = list(src.listings())
    return listings, list(src.problems), src.sniffed
