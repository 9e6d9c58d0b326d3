"""Model: validators reject impossible values; every class round-trips through JSON losslessly."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictevents import (
    Actor,
    Article,
    Casualty,
    Document,
    Event,
    EventDate,
    EventType,
    Location,
    ModelValueError,
    Quantity,
    Span,
    TextSpan,
)
from conflictevents.codes.plover import MODES, event_type
from conflictevents.testing import (
    actors,
    casualties,
    documents,
    event_dates,
    events,
    locations,
    quantities,
    text_spans,
)


def _json_round_trip(obj: Any) -> Any:
    data = obj.to_dict()
    return type(obj).from_dict(json.loads(json.dumps(data)))


@pytest.mark.parametrize(
    "strategy",
    [
        text_spans(),
        event_dates(),
        quantities(),
        casualties(),
        actors(),
        locations(),
        events(),
        documents(),
    ],
    ids=["TextSpan", "EventDate", "Quantity", "Casualty", "Actor", "Location", "Event", "Document"],
)
@given(data=st.data())
def test_json_round_trip_is_lossless(strategy: Any, data: st.DataObject) -> None:
    obj = data.draw(strategy)
    assert _json_round_trip(obj) == obj


@given(events())
def test_event_dict_has_every_contract_key(event: Event) -> None:
    keys = set(event.to_dict())
    assert {
        "id",
        "type",
        "mode",
        "context",
        "cameo",
        "quad_class",
        "goldstein",
        "acled",
        "actor",
        "recipient",
        "location",
        "date",
        "fatalities",
        "quantities",
        "trigger",
        "span",
        "rule",
        "confidence",
    } <= keys


@given(st.integers(0, 100), st.integers(0, 100))
def test_span_rejects_end_before_start(start: int, end: int) -> None:
    if end < start:
        with pytest.raises(ModelValueError, match="before start"):
            Span(start, end)
    else:
        assert len(Span(start, end)) == end - start


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Span(-1, 3), "non-negative"),
        (lambda: EventDate("2021-07-07", "2021-07-06", "day"), "before start"),
        (lambda: EventDate("2021-07-07", None, "day"), "both set"),
        (lambda: EventDate("2021-07-07", "2021-07-07", None), "precision"),
        (lambda: EventDate("2021-13-01", "2021-13-01", "day"), "ISO date"),
        (lambda: EventDate("2021-07-07", "2021-07-07", "fortnight"), "unknown value"),
        (lambda: Location(name="X", lat=91.0, lon=0.0), "latitude"),
        (lambda: Location(name="X", lat=10.0, lon=-181.0), "longitude"),
        (lambda: Location(name="X", lat=10.0), "both set"),
        (lambda: Location(name="X", country="AF"), "alpha-3"),
        (lambda: Actor(name="X", country="XXX"), "alpha-3"),
        (lambda: Actor(name="X", sector="WIZARD"), "unknown value"),
        (lambda: Quantity(10, 5, None), "low <= best"),
        (lambda: Quantity(None, 5, 2), "low <= best"),
        (lambda: Quantity(-1, None, None), "negative"),
        (lambda: Quantity(float("nan"), None, None), "finite"),
        (lambda: _event(type="FIGHTING"), "unknown value"),
        (lambda: _event(mode=["phone"]), "does not belong"),
        (lambda: _event(quad_class=5), "quad class"),
        (lambda: _event(goldstein=11.0), "Goldstein"),
        (lambda: _event(confidence=1.5), "confidence"),
        (lambda: _event(cameo="19x"), "CAMEO"),
        (lambda: Article(text="abc", body=Span(0, 4)), "past the end"),
    ],
)
def test_validators_reject_impossible_values(build: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build()


def _event(**changes: Any) -> Event:
    fields: dict[str, Any] = {
        "id": "e1",
        "type": "ASSAULT",
        "trigger": {"text": "attacked", "span": [8, 16]},
        "span": [0, 30],
        "rule": "assault.attack",
    }
    fields.update(changes)
    return Event(**fields)


def test_from_dict_rejects_unknown_and_missing_keys() -> None:
    data = _event().to_dict()
    with pytest.raises(ModelValueError, match="unknown key"):
        Event.from_dict({**data, "colour": "red"})
    del data["rule"]
    with pytest.raises(ModelValueError, match="missing key"):
        Event.from_dict(data)


def test_event_to_dict_matches_the_design_example() -> None:
    event = _event(
        mode=["firearms"],
        cameo="190",
        quad_class=4,
        goldstein=-10.0,
        acled={"event_type": "Battles", "sub_event_type": "Armed clash"},
        actor={
            "name": "Taliban",
            "text": "Taliban",
            "span": [17, 24],
            "country": "AFG",
            "sector": "INS",
            "code": "AFGINS",
        },
        date={
            "start": "2021-07-07",
            "end": "2021-07-07",
            "precision": "day",
            "text": "on Wednesday",
            "span": [25, 37],
            "reason": "weekday before publication",
        },
        fatalities={"low": 12, "best": 12, "high": None, "text": "at least 12", "span": [50, 61]},
    )
    data = event.to_dict()
    assert data["type"] == "ASSAULT"
    assert data["mode"] == ["firearms"]
    assert data["actor"]["code"] == "AFGINS" and data["actor"]["span"] == [17, 24]
    assert data["date"]["start"] == "2021-07-07" and data["date"]["precision"] == "day"
    assert data["fatalities"] == {
        "low": 12,
        "best": 12,
        "high": None,
        "unit": None,
        "text": "at least 12",
        "span": [50, 61],
    }
    assert data["recipient"] is None and data["location"] is None
    assert event.signature() == "ASSAULT actor=AFGINS recipient=- place=- date=2021-07-07"


def test_models_are_frozen() -> None:
    import attrs

    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        Span(1, 2).start = 5  # type: ignore[misc]


def test_every_type_has_a_mode_table_and_legacy_names_map() -> None:
    assert len(EventType) == 16 and set(MODES) == set(EventType)
    assert event_type("demand") is EventType.REQUEST
    assert event_type("DISAPPROVE") is EventType.ACCUSE
    assert event_type("INVESTIGATE") is EventType.ACCUSE
    assert event_type("FIGHT") is EventType.ASSAULT
    with pytest.raises(ValueError, match="unknown PLOVER event type"):
        event_type("WAGE_WAR")


def test_document_round_trip_keeps_dates_as_dates() -> None:
    doc = Document(
        article=Article(text="Hi.", published=dt.date(2021, 7, 7)), sentences=[Span(0, 3)]
    )
    back = Document.from_dict(json.loads(json.dumps(doc.to_dict())))
    assert back.published == dt.date(2021, 7, 7)
    assert back == doc


def test_casualty_and_textspan_accept_dict_forms() -> None:
    c = Casualty(
        kind="killed", count={"low": 5, "best": 5, "high": 5}, span=[0, 8], text="5 killed"
    )
    assert c.count == Quantity(5, 5, 5)
    assert TextSpan("x", [1, 2]).span == Span(1, 2)
