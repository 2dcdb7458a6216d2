"""ItemStore: a run's items in order, spilled to a temporary file past a threshold."""
from __future__ import annotations

import io
import json
import pickle

import pytest

from listlint import itemstore
from listlint.itemstore import ItemStore
from listlint.model import Finding, ItemReport


def _item(i: int) -> ItemReport:
    f = Finding("ABS001", "superlative", "absolute-term", "error", "title", 0, 2, "最好", "m")
    return ItemReport(i, i + 1, f"id{i}", f"标题{i}", 100 - i % 7, "pass", (f,) if i % 3 == 0 else ())


@pytest.mark.parametrize("n, spill_at, batch, on_disk", [
    (0, 10, 4, False),
    (9, 10, 4, False),      # under the threshold: all in memory, no file
    (10, 10, 4, False),
    (11, 10, 4, True),      # one past: the first batch goes to disk
    (57, 10, 4, True),
    (57, 0, 1, True),       # every item its own batch
    (1000, 100, 64, True),
])
def test_store_keeps_order_and_content(n, spill_at, batch, on_disk):
    items = [_item(i) for i in range(n)]
    store = ItemStore(items, spill_at=spill_at, batch=batch)
    assert (store.spilled > 0) == on_disk
    assert len(store) == n
    assert list(store) == items
    assert list(store) == items            # iterable more than once
    assert store == tuple(items) and tuple(items) == store
    for i in (0, n // 2, n - 1, -1, -n):
        if n:
            assert store[i] == items[i]
    assert store[3:9:2] == items[3:9:2]
    with pytest.raises(IndexError):
        store[n]


def test_random_access_after_spill():
    items = [_item(i) for i in range(300)]
    store = ItemStore(items, spill_at=50, batch=16)
    for i in (299, 0, 150, 151, 17, 16, 15, 250):
        assert store[i] == items[i]


def test_nested_iteration_of_one_store():
    items = [_item(i) for i in range(40)]
    store = ItemStore(items, spill_at=5, batch=3)
    pairs = [(a.row, b.row) for a in store for b in store if b.row == a.row]
    assert pairs == [(i, i) for i in range(40)]


def test_unequal_stores():
    a = ItemStore([_item(i) for i in range(30)], spill_at=5, batch=4)
    assert a != ItemStore([_item(i) for i in range(29)])
    assert a != ItemStore([_item(i) for i in range(1, 31)])
    assert a != "not a sequence"


def test_close_drops_items_and_file():
    store = ItemStore([_item(i) for i in range(30)], spill_at=5, batch=4)
    f = store._file
    store.close()
    assert f.closed and len(store) == 0 and list(store) == []


def test_pickles_as_its_items():
    items = [_item(i) for i in range(30)]
    store = pickle.loads(pickle.dumps(ItemStore(items, spill_at=5, batch=4)))
    assert list(store) == items


def test_unwritable_temp_keeps_items_in_memory(monkeypatch):
    def no_temp(*a, **k):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(itemstore.tempfile, "TemporaryFile", no_temp)
    items = [_item(i) for i in range(50)]
    store = ItemStore(items, spill_at=5, batch=4)
    assert store.spilled == 0 and list(store) == items


def test_spilled_run_reports_the_same(tmp_path, monkeypatch):
    """A run whose items go to disk writes exactly the report of one held in memory."""
    from listlint.api import lint_path
    from listlint.report import writer

    rows = ["title,price,description"]
    for i in range(60):
        word = ("全网最低价 " if i % 5 == 0 else "") + f"纯棉T恤 款{i}"
        rows.append(f"{word},{10 + i},加微信 abc12345 咨询" if i % 7 == 0 else f"{word},{10 + i},舒适透气")
    rows.append("纯棉T恤 款1,11,舒适透气")  # a duplicate, decided after every item is stored
    path = tmp_path / "l.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")

    def report_text(fmt):
        out = io.StringIO()
        writer(fmt).write(lint_path(str(path)), out, {})
        return out.getvalue()

    in_memory = {fmt: report_text(fmt) for fmt in ("json", "text", "sarif", "csv")}
    monkeypatch.setattr(itemstore, "SPILL_AT", 7)
    monkeypatch.setattr(itemstore, "BATCH", 5)
    spills = []
    real_spill = ItemStore._spill
    monkeypatch.setattr(ItemStore, "_spill", lambda self: (spills.append(1), real_spill(self)))
    spilled = {fmt: report_text(fmt) for fmt in ("json", "text", "sarif", "csv")}
    assert spills  # the items really went to disk
    assert spilled == in_memory
    doc = json.loads(spilled["json"])
    assert doc["summary"]["items"] == 61 and doc["summary"]["flagged"] > 10
