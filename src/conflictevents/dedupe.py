"""De-duplication filters for event data: one event per story, and one per day per dyad and code.

Two explicit, documented filters, applied by the caller (``parse`` never drops events on its own):

- **article level** (``dedupe_story``): within one article keep one event per
  (PLOVER type, actor code, recipient code). A story that says "attacked" three times about the
  same attack reports one event.
- **corpus level** (``dedupe_daily``): across articles keep one event per (day, source code, target
  code, CAMEO code), as the Phoenix pipeline's one-a-day filter did: many outlets reporting the
  same strike on the same day count once.

Both keep the first event of each key in input order (``keep="most_confident"`` picks the highest
confidence instead) and never reorder what they keep.

>>> from conflictevents.model import Event
>>> def ev(i, code):
...     return Event(id=i, type="ASSAULT", trigger={"text": "hit", "span": [0, 3]}, span=[0, 3],
...                  rule="r", actor={"name": "x", "code": code})
>>> [e.id for e in dedupe_story([ev("a", "AFGINS"), ev("b", "AFGINS"), ev("c", "AFGMIL")])]
['a', 'c']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable, Iterator
from typing import Literal

import attrs

from .errors import ArgumentValueError
from .export import ExportedEvent, ExportItem, iter_documents
from .model import Actor, DatePrecision, Document, Event

__all__ = [
    "actor_key",
    "daily_key",
    "dedupe_corpus",
    "dedupe_daily",
    "dedupe_documents",
    "dedupe_story",
    "story_key",
]

Keep = Literal["first", "most_confident"]


def actor_key(actor: Actor | None) -> str | None:
    """An actor's identity for de-duplication: its code, else its case-folded name.

    >>> actor_key(Actor(name="Taliban", code="AFGINS")), actor_key(Actor(name="The Mob"))
    ('AFGINS', 'the mob')
    """
    if actor is None:
        return None
    return actor.code or actor.name.casefold()


def story_key(event: Event) -> tuple[str, str | None, str | None]:
    """The article-level key: (PLOVER type, actor key, recipient key).

    >>> from conflictevents.model import Event
    >>> story_key(Event(id="e", type="CONSULT", trigger={"text": "met", "span": [0, 3]},
    ...                 span=[0, 3], rule="r", actor={"name": "Iran", "code": "IRN"}))
    ('CONSULT', 'IRN', None)
    """
    return (event.type.value, actor_key(event.actor), actor_key(event.recipient))


def _select(events: list[Event], keys: list[Hashable], keep: Keep) -> list[Event]:
    if keep not in ("first", "most_confident"):
        raise ArgumentValueError("keep", f"must be 'first' or 'most_confident', got {keep!r}")
    chosen: dict[Hashable, int] = {}
    for i, key in enumerate(keys):
        if key not in chosen or (
            keep == "most_confident" and events[i].confidence > events[chosen[key]].confidence
        ):
            chosen[key] = i
    return [events[i] for i in sorted(chosen.values())]


def dedupe_story(events: Iterable[Event], *, keep: Keep = "first") -> tuple[Event, ...]:
    """One event per (type, actor, recipient) within one article, in the original order.

    Use it on one article's events (``doc.events``); across articles use ``dedupe_daily``.

    >>> dedupe_story([])
    ()
    """
    events = list(events)
    return tuple(_select(events, [story_key(e) for e in events], keep))


def dedupe_documents(
    items: Iterable[ExportItem], *, keep: Keep = "first"
) -> Iterator[tuple[str | None, Document]]:
    """Apply ``dedupe_story`` to every document: ``(source, Document)`` pairs with fewer events.

    >>> from conflictevents.model import Article, Document
    >>> [s for s, d in dedupe_documents([("a", Document(article=Article(text="x")))])]
    ['a']
    """
    for source, doc in iter_documents(items):
        kept = dedupe_story(doc.events, keep=keep)
        yield source, doc if len(kept) == len(doc.events) else attrs.evolve(doc, events=kept)


def daily_key(record: ExportedEvent) -> tuple[dt.date | None, str | None, str | None, str]:
    """The corpus-level key: (day, source code, target code, CAMEO code).

    The day is the event's date when it is known to the day, else the article's publication date
    (as Phoenix used the story date), else ``None`` (undated events share one bucket). An event
    without a CAMEO code is keyed by its PLOVER type and modes instead (``"ASSAULT:aerial"``).

    >>> from conflictevents.model import Event
    >>> ev = Event(id="e", type="ASSAULT", trigger={"text": "hit", "span": [0, 3]}, span=[0, 3],
    ...            rule="r", cameo="190", actor={"name": "x", "code": "SYRMIL"})
    >>> daily_key(ExportedEvent("s", dt.date(2021, 7, 7), ev))
    (datetime.date(2021, 7, 7), 'SYRMIL', None, '190')
    """
    ev = record.event
    day = record.published
    if ev.date is not None and ev.date.start is not None and ev.date.precision is DatePrecision.DAY:
        day = ev.date.start
    code = ev.cameo or ":".join([ev.type.value, *(m.value for m in ev.mode)])
    return (day, actor_key(ev.actor), actor_key(ev.recipient), code)


def dedupe_daily(
    records: Iterable[ExportedEvent], *, keep: Literal["first"] = "first"
) -> Iterator[ExportedEvent]:
    """One event per ``daily_key`` across a corpus (the Phoenix one-a-day filter), streaming.

    Keeps the first record of each key in input order; memory grows with the number of distinct
    keys, not of records.

    >>> list(dedupe_daily([]))
    []
    """
    if keep != "first":
        raise ArgumentValueError("keep", "a streaming filter can only keep the first")
    seen: set[tuple[dt.date | None, str | None, str | None, str]] = set()
    for record in records:
        key = daily_key(record)
        if key not in seen:
            seen.add(key)
            yield record


def dedupe_corpus(items: Iterable[ExportItem]) -> Iterator[tuple[str | None, Document]]:
    """``dedupe_daily`` over documents: each comes back with only its first-of-the-day events.

    Documents stay whole (text, mentions) so every export format still works on the result; a
    document whose events were all seen earlier comes back with no events.

    >>> from conflictevents.model import Article, Document
    >>> len(list(dedupe_corpus([Document(article=Article(text="x"))])))
    1
    """
    seen: set[tuple[dt.date | None, str | None, str | None, str]] = set()
    for source, doc in iter_documents(items):
        kept = []
        for event in doc.events:
            key = daily_key(ExportedEvent(source, doc.published, event))
            if key not in seen:
                seen.add(key)
                kept.append(event)
        yield source, doc if len(kept) == len(doc.events) else attrs.evolve(doc, events=kept)
