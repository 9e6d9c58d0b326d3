"""conflictevents.dask on Dask's local synchronous scheduler (skipped without dask)."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from conflictevents import dask as ce_dask
from conflictevents.batch import parse_many
from conflictevents.dask import DaskNotInstalledError, event_records, parse_bag, parse_partition


def texts(n: int) -> list[dict[str, str]]:
    return [
        {"id": f"story-{i}", "text": f"Fighters attacked village {i} on Monday. Talks failed.",
         "published": "2021-07-07"}
        for i in range(n)
    ]  # fmt: skip


def test_parse_bag_matches_parse_many() -> None:
    db = pytest.importorskip("dask.bag")
    items = texts(40)
    bag = db.from_sequence(items, npartitions=4)
    results = parse_bag(bag).compute(scheduler="synchronous")
    assert [r.source for r in results] == [f"story-{i}" for i in range(40)]
    assert results == list(parse_many(items))
    records = parse_bag(bag).map_partitions(event_records).compute(scheduler="synchronous")
    assert records == event_records(results)


def test_parse_bag_keeps_errors_as_records() -> None:
    db = pytest.importorskip("dask.bag")
    bag = db.from_sequence(["ok.", 42, {"text": None, "id": "bad"}], npartitions=2)
    results = parse_bag(bag, published="2021-07-07").compute(scheduler="synchronous")
    assert [r.ok for r in results] == [True, False, False]
    assert results[0].document is not None
    assert str(results[0].document.published) == "2021-07-07"


def test_partition_function_needs_no_dask() -> None:
    assert [r.ok for r in parse_partition(["a.", ("b.", None)])] == [True, True]


def test_clear_error_without_dask(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = importlib.import_module

    def no_dask(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.split(".")[0] == "dask":
            raise ModuleNotFoundError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(ce_dask.importlib, "import_module", no_dask)
    with pytest.raises(DaskNotInstalledError, match=r"pip install 'conflictevents\[dask\]'"):
        parse_bag(object())
    assert issubclass(DaskNotInstalledError, ImportError)
