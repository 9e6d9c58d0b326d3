"""Hypothesis strategies for the model, for users who test code that consumes conflictevents.

Needs the ``test`` extra (hypothesis); importing this module imports hypothesis, importing
``conflictevents`` does not.

>>> from conflictevents.testing import events
>>> event = events().example()  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from .codes.iso3166 import ALPHA3
from .codes.plover import MODES, Context, EventType
from .model import (
    AcledType,
    Actor,
    Article,
    Casualty,
    CasualtyKind,
    DatePrecision,
    Document,
    Event,
    EventDate,
    Feature,
    GeoPrecision,
    Location,
    Quantity,
    Sector,
    Span,
    TextSpan,
)

__all__ = [
    "actors",
    "articles",
    "casualties",
    "documents",
    "event_dates",
    "events",
    "locations",
    "quantities",
    "spans",
    "text_spans",
]

_text = st.text(max_size=30)
_countries = st.sampled_from(sorted(ALPHA3))


@st.composite
def spans(draw: Any, max_end: int = 10_000) -> Span:
    start = draw(st.integers(0, max_end))
    return Span(start, draw(st.integers(start, max_end)))


def text_spans() -> st.SearchStrategy[TextSpan]:
    return st.builds(TextSpan, text=_text, span=spans())


@st.composite
def event_dates(draw: Any) -> EventDate:
    if draw(st.booleans()):
        return EventDate(
            None, None, None, text=draw(_text), span=draw(st.none() | spans()), reason=draw(_text)
        )
    start = draw(st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)))
    end = start + dt.timedelta(days=draw(st.integers(0, 400)))
    return EventDate(
        start,
        end,
        draw(st.sampled_from(DatePrecision)),
        text=draw(_text),
        span=draw(st.none() | spans()),
        reason=draw(_text),
        future=draw(st.booleans()),
    )


@st.composite
def quantities(draw: Any) -> Quantity:
    number = st.none() | st.integers(0, 10**9) | st.floats(0, 1e9, allow_nan=False)
    values = sorted((draw(number) for _ in range(3)), key=lambda v: (v is None, v))
    known = [v for v in values if v is not None]
    slots: list[Any] = [None, None, None]
    positions = sorted(draw(st.sets(st.integers(0, 2), min_size=len(known), max_size=len(known))))
    for position, value in zip(positions, known, strict=True):
        slots[position] = value
    low, best, high = slots
    return Quantity(
        low, best, high, unit=draw(st.none() | _text), text=draw(_text),
        span=draw(st.none() | spans()),
    )


def casualties() -> st.SearchStrategy[Casualty]:
    return st.builds(
        Casualty, kind=st.sampled_from(CasualtyKind), count=quantities(), span=spans(), text=_text
    )


def actors() -> st.SearchStrategy[Actor]:
    return st.builds(
        Actor,
        name=_text,
        text=_text,
        span=st.none() | spans(),
        country=st.none() | _countries,
        sector=st.none() | st.sampled_from(Sector),
        code=st.none() | _text,
        kind=st.none() | _text,
    )


def locations() -> st.SearchStrategy[Location]:
    coords = st.none() | st.tuples(st.floats(-90, 90), st.floats(-180, 180))
    return st.builds(
        lambda c, **kw: Location(lat=c[0] if c else None, lon=c[1] if c else None, **kw),
        coords,
        name=_text,
        text=_text,
        span=st.none() | spans(),
        country=st.none() | _countries,
        admin1=st.none() | _text,
        feature=st.none() | st.sampled_from(Feature),
        geonames_id=st.none() | st.integers(1, 10**8),
        precision=st.none() | st.sampled_from(GeoPrecision),
        reason=_text,
    )


@st.composite
def events(draw: Any) -> Event:
    kind = draw(st.sampled_from(EventType))
    modes = MODES[kind]
    return Event(
        id=draw(_text),
        type=kind,
        trigger=draw(text_spans()),
        span=draw(spans()),
        rule=draw(_text),
        mode=draw(st.lists(st.sampled_from(modes), max_size=2, unique=True)) if modes else (),
        context=draw(st.lists(st.sampled_from(Context), max_size=2, unique=True)),
        cameo=draw(st.none() | st.from_regex(r"\A[0-9]{2,4}\Z")),
        quad_class=draw(st.none() | st.integers(1, 4)),
        goldstein=draw(st.none() | st.floats(-10, 10)),
        acled=draw(
            st.none() | st.builds(AcledType, event_type=_text, sub_event_type=st.none() | _text)
        ),
        actor=draw(st.none() | actors()),
        recipient=draw(st.none() | actors()),
        location=draw(st.none() | locations()),
        date=draw(st.none() | event_dates()),
        fatalities=draw(st.none() | quantities()),
        injuries=draw(st.none() | quantities()),
        quantities=draw(st.lists(quantities(), max_size=2)),
        confidence=draw(st.floats(0, 1)),
    )


@st.composite
def articles(draw: Any) -> Article:
    text = draw(st.text(max_size=200))
    start = draw(st.integers(0, len(text)))
    return Article(
        text=text,
        published=draw(st.none() | st.dates()),
        published_source=draw(st.none() | _text),
        title=draw(st.none() | _text),
        body=Span(start, draw(st.integers(start, len(text)))),
    )


def documents() -> st.SearchStrategy[Document]:
    return st.builds(
        Document,
        article=articles(),
        source=st.none() | _text,
        sentences=st.lists(spans(), max_size=3),
        dates=st.lists(event_dates(), max_size=2),
        quantities=st.lists(quantities(), max_size=2),
        casualties=st.lists(casualties(), max_size=2),
        places=st.lists(locations(), max_size=2),
        actors=st.lists(actors(), max_size=2),
        events=st.lists(events(), max_size=2),
    )
