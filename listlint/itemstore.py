"""The items of a run, in order: in memory for an ordinary file, on disk for a huge one.

A report needs every item (row, id, title, score, findings), but only once all rows are read:
the duplicate rules decide last. Held as objects, a million rows took about a gigabyte before
the report was written. `ItemStore` keeps the first `spill_at` items in a list and, past that,
writes them to an anonymous temporary file in pickled batches; iterating reads them back one
batch at a time. The file is deleted when the store is closed or collected, and a store that
cannot write (disk full, read-only temp folder) simply keeps its items in memory.

It is a read-only `Sequence` once filled: writers iterate it (several times if they need to),
take its `len`, and index it; `==` compares item by item, as tuples did.
"""
from __future__ import annotations

import bisect
import pickle
import tempfile
from collections.abc import Sequence
from typing import Any, Iterable, Iterator

# Items kept in memory before spilling: ~1 KB each, so 150 MB at most; below it a run pays no
# pickling (writing and reading 100k items back twice cost ~4 s of a 45 s --jobs 2 run).
SPILL_AT = 150_000
BATCH = 5_000       # items per pickled batch


class ItemStore(Sequence):
    def __init__(self, items: Iterable[Any] = (), *, spill_at: int | None = None,
                 batch: int | None = None):
        self._spill_at = SPILL_AT if spill_at is None else spill_at
        self._batch = BATCH if batch is None else batch
        self._file = None
        self._offsets: list[int] = []   # file offset of each spilled batch
        self._starts: list[int] = []    # index of each spilled batch's first item
        self._spilled = 0               # items on disk
        self._tail: list[Any] = []      # items not (yet) on disk
        self._cache: tuple[int, list[Any]] | None = None
        self._frozen = False
        self.extend(items)

    # --- filling -------------------------------------------------------------------------
    def freeze(self) -> "ItemStore":
        """No more items: a report's store is read-only for whoever holds the report."""
        self._frozen = True
        return self

    def append(self, item: Any) -> None:
        if self._frozen:
            raise TypeError("a report's items are read-only")
        self._tail.append(item)
        if len(self._tail) >= self._batch and self._spilled + len(self._tail) > self._spill_at:
            self._spill()

    def extend(self, items: Iterable[Any]) -> None:
        for item in items:
            self.append(item)

    def _spill(self) -> None:
        try:
            if self._file is None:
                self._file = tempfile.TemporaryFile(prefix="listlint-items-")
            self._file.seek(0, 2)
            offset = self._file.tell()
            pickle.dump(self._tail, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError:
            self._spill_at = float("inf")  # nowhere to write: keep the rest in memory
            return
        self._offsets.append(offset)
        self._starts.append(self._spilled)
        self._spilled += len(self._tail)
        self._tail = []

    def _load(self, b: int) -> list[Any]:
        if self._cache is not None and self._cache[0] == b:
            return self._cache[1]
        self._file.seek(self._offsets[b])
        batch = pickle.load(self._file)
        self._cache = (b, batch)
        return batch

    # --- reading -------------------------------------------------------------------------
    def __len__(self) -> int:
        return self._spilled + len(self._tail)

    def __iter__(self) -> Iterator[Any]:
        for b in range(len(self._offsets)):
            self._file.seek(self._offsets[b])
            yield from pickle.load(self._file)
        yield from self._tail

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        n = len(self)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("item index out of range")
        if index >= self._spilled:
            return self._tail[index - self._spilled]
        b = bisect.bisect_right(self._starts, index) - 1
        return self._load(b)[index - self._starts[b]]

    def __eq__(self, other) -> bool:
        if not isinstance(other, (Sequence, ItemStore)) or isinstance(other, (str, bytes)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None

    def __repr__(self) -> str:
        where = f", {self._spilled} on disk" if self._spilled else ""
        return f"ItemStore({len(self)} items{where})"

    @property
    def spilled(self) -> int:
        return self._spilled

    def close(self) -> None:
        """Drop everything (the temporary file goes with it)."""
        if self._file is not None:
            self._file.close()
            self._file = None
        self._offsets, self._starts, self._tail, self._cache = [], [], [], None
        self._spilled = 0

    def __getstate__(self):
        # A store sent to another process (or pickled by a caller) travels as its items.
        return {"items": list(self)}

    def __setstate__(self, state):
        self.__init__(state["items"])
