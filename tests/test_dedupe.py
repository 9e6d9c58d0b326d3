"""Article-level and corpus-level de-duplication filters."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from docfactory import sample_document

from conflictevents.dedupe import (
    daily_key,
    dedupe_corpus,
    dedupe_daily,
    dedupe_documents,
    dedupe_story,
    story_key,
)
from conflictevents.errors import ArgumentValueError
from conflictevents.export import ExportedEvent, iter_events
from conflictevents.model import Article, Document, Event


def ev(eid: str, actor: str | None, recipient: str | None = None, *, type_: str = "ASSAULT",
       cameo: str | None = "190", date: str | None = None, confidence: float = 0.5,
       mode: tuple[str, ...] = ()) -> Event:  # fmt: skip
    return Event(
        id=eid, type=type_, trigger={"text": "hit", "span": [0, 3]}, span=[0, 3], rule="r",
        actor={"name": actor, "code": actor.upper()} if actor else None,
        recipient={"name": recipient, "code": recipient.upper()} if recipient else None,
        cameo=cameo, confidence=confidence, mode=mode,
        date={"start": date, "end": date, "precision": "day"} if date else None,
    )  # fmt: skip


def doc(*events: Event, published: str | None = "2021-07-07") -> Document:
    return Document(article=Article(text="hit", published=published), events=events)


def test_story_level_keeps_one_per_type_actor_recipient() -> None:
    events = [
        ev("a", "afgins", "afgmil"),
        ev("b", "afgins", "afgmil"),  # the same attack told again
        ev("c", "afgins", "afggov"),  # another recipient
        ev("d", "afgins", "afgmil", type_="THREATEN", cameo="138"),  # another type
        ev("e", None, "afgmil"),
        ev("f", None, "afgmil"),
    ]
    assert [e.id for e in dedupe_story(events)] == ["a", "c", "d", "e"]


def test_story_level_can_keep_the_most_confident_in_place() -> None:
    events = [ev("a", "x", confidence=0.4), ev("b", "y"), ev("c", "x", confidence=0.9),
              ev("d", "x", confidence=0.9)]  # fmt: skip
    assert [e.id for e in dedupe_story(events, keep="most_confident")] == ["b", "c"]
    with pytest.raises(ArgumentValueError):
        dedupe_story(events, keep="last")  # type: ignore[arg-type]


def test_actor_without_code_is_keyed_by_name_case_insensitively() -> None:
    a = attrs.evolve(ev("a", None), actor={"name": "Gunmen"})
    b = attrs.evolve(ev("b", None), actor={"name": "gunmen"})
    assert story_key(a) == story_key(b) == ("ASSAULT", "gunmen", None)


def test_dedupe_documents_keeps_documents_whole() -> None:
    d = doc(ev("a", "x"), ev("b", "x"))
    ((source, out),) = dedupe_documents([("s1", d)])
    assert source == "s1"
    assert [e.id for e in out.events] == ["a"]
    assert out.article == d.article
    sample = sample_document()
    assert next(dedupe_documents([sample]))[1] is sample  # nothing to drop: the same object


def test_daily_key_uses_day_precise_event_date_else_publication() -> None:
    published = dt.date(2021, 7, 7)
    assert daily_key(ExportedEvent("s", published, ev("a", "x", date="2021-07-05")))[0] == (
        dt.date(2021, 7, 5))  # fmt: skip
    monthly = attrs.evolve(ev("a", "x"), date={"start": "2021-06-01", "end": "2021-06-30",
                                               "precision": "month"})  # fmt: skip
    assert daily_key(ExportedEvent("s", published, monthly))[0] == published
    uncoded = ev("u", "x", cameo=None, type_="PROTEST", mode=("demo",))
    assert daily_key(ExportedEvent("s", None, uncoded)) == (None, "X", None, "PROTEST:demo")


def test_corpus_level_is_one_a_day_per_dyad_and_code() -> None:
    corpus = [
        ("reuters", doc(ev("r1", "syrmil", "syrreb"), ev("r2", "syrmil", "syrcvl"))),
        ("afp", doc(ev("a1", "syrmil", "syrreb"), ev("a2", "syrmil", "syrreb", cameo="195"))),
        ("bbc", doc(ev("b1", "syrmil", "syrreb"), published="2021-07-08")),  # the next day
        ("ap", doc(ev("p1", "syrmil", "syrreb", date="2021-07-07"), published="2021-07-09")),
    ]
    kept = list(dedupe_daily(iter_events(corpus)))
    assert [(r.source, r.event.id) for r in kept] == [
        ("reuters", "r1"), ("reuters", "r2"), ("afp", "a2"), ("bbc", "b1")]  # fmt: skip
    docs = list(dedupe_corpus(corpus))
    assert [(s, [e.id for e in d.events]) for s, d in docs] == [
        ("reuters", ["r1", "r2"]), ("afp", ["a2"]), ("bbc", ["b1"]), ("ap", [])]  # fmt: skip
    with pytest.raises(ArgumentValueError):
        list(dedupe_daily([], keep="best"))  # type: ignore[arg-type]


def test_filters_are_idempotent() -> None:
    events = [ev(str(i), "abc"[i % 3], "xy"[i % 2]) for i in range(12)]
    once = dedupe_story(events)
    assert dedupe_story(once) == once
    records = [ExportedEvent("s", dt.date(2021, 7, 1 + i % 3), e) for i, e in enumerate(events)]
    once_daily = list(dedupe_daily(records))
    assert list(dedupe_daily(once_daily)) == once_daily
