"""Run conflictevents on a Dask bag (optional extra: ``pip install 'conflictevents[dask]'``).

Dask is imported only when ``parse_bag`` is called, so ``import conflictevents.dask`` works
without it. Each partition is parsed by one task with the same per-item logic as
``batch.parse_many``: every item gives one ``BatchResult`` (a Document or an error record), in
order. The parser's tables load once per worker process (they are cached lazily on first use), and
the parse function is pickled by reference, so shipping it to workers is cheap.

>>> results = list(parse_partition(["Talks failed in Doha."]))
>>> [(r.source, r.ok) for r in results]
[('#0', True)]
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

from .batch import BatchResult, ParseFunction, Published, _as_record, _default_parse, _parse_one
from .errors import ConflictEventsError
from .export import _event_record, iter_events

__all__ = ["DaskNotInstalledError", "event_records", "parse_bag", "parse_partition"]


class DaskNotInstalledError(ConflictEventsError, ImportError):
    """``conflictevents.dask`` was used without the optional ``dask`` dependency."""

    def __init__(self) -> None:
        super().__init__(
            "conflictevents.dask needs Dask: pip install 'conflictevents[dask]' "
            "(or pip install 'dask[bag]')"
        )


def _require_dask_bag() -> Any:
    try:
        return importlib.import_module("dask.bag")
    except ImportError:
        raise DaskNotInstalledError() from None


def parse_partition(
    items: Iterable[Any], published: Published = None, parse: ParseFunction | None = None
) -> list[BatchResult]:
    """Parse one partition: one ``BatchResult`` per item, in order (also a Spark recipe's core).

    Items are what ``parse_many`` accepts: texts, ``(text, published)`` pairs, mappings with
    ``text``/``published``/``id``, or ``InputRecord``s. Unnamed items are named by their position
    in the partition (``#0``, ``#1``, ...); give mappings an ``id`` to name them across a corpus.

    >>> parse_partition([42])[0].error.reason
    'cannot parse an item of type int'
    """
    parse_fn = parse if parse is not None else _default_parse
    return [_parse_one(parse_fn, _as_record(i, item), published) for i, item in enumerate(items)]


def event_records(results: Iterable[BatchResult]) -> list[dict[str, Any]]:
    """Flatten a partition of results to JSON Lines event records (``export`` ``jsonl`` form).

    >>> event_records(parse_partition(["Talks failed."]))
    []
    """
    return [_event_record(record) for record in iter_events(results)]


def parse_bag(bag: Any, *, published: Published = None, parse: ParseFunction | None = None) -> Any:
    """Map a Dask bag of articles to a bag of ``BatchResult`` s, one task per partition.

    ``published`` is the default date for items without one; ``parse`` a module-level parse
    function (default ``conflictevents.parse``). Raises ``DaskNotInstalledError`` (an
    ``ImportError``) when Dask is missing.

    >>> import dask.bag as db  # doctest: +SKIP
    >>> bag = db.from_sequence(["Talks failed in Doha."], npartitions=1)  # doctest: +SKIP
    >>> parse_bag(bag).compute(scheduler="synchronous")[0].ok  # doctest: +SKIP
    True
    """
    _require_dask_bag()
    return bag.map_partitions(parse_partition, published=published, parse=parse)
