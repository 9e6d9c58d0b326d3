"""Tests of article-level coreference (``conflictevents.merge.merge_events``) on hand-made Events.

Same-type events that share a participant and agree on place and date are one real-world event;
the merged event keeps the first report's id, trigger and evidence span and the strongest slots.
Events that differ in type, participants, explicit dates or countries stay distinct.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictevents.merge import merge_events
from conflictevents.model import (
    Actor,
    DatePrecision,
    Event,
    EventDate,
    Feature,
    Location,
    Quantity,
    Span,
    TextSpan,
)

TALIBAN = Actor("Taliban", "Taliban", Span(0, 7), country="AFG", sector="INS", code="AFGINS")
ARMY = Actor("Afghan army", "Afghan troops", Span(30, 43), country="AFG", sector="MIL",
             code="AFGMIL")  # fmt: skip
POLICE = Actor("Afghan police", "police", Span(50, 56), country="AFG", sector="COP",
               code="AFGCOP")  # fmt: skip
UN = Actor("United Nations", "the UN", Span(60, 66), sector="UNO", code="IGOUNO")
BARE_TROOPS = Actor("troops", "troops", Span(70, 76), sector="MIL", code="MIL")

QALA = Location("Qala i Naw", "Qala-i-Naw", Span(20, 30), country="AFG", feature=Feature.CITY,
                lat=34.99, lon=63.13, geonames_id=1131316)  # fmt: skip
KUNDUZ = Location("Kunduz", "Kunduz", Span(20, 26), country="AFG", feature=Feature.CITY,
                  lat=36.73, lon=68.86, geonames_id=1135689)  # fmt: skip
BADGHIS = Location("Badghis", "Badghis province", Span(20, 36), country="AFG",
                   feature=Feature.ADMIN1)  # fmt: skip
AFGHANISTAN = Location("Afghanistan", "Afghanistan", Span(20, 31), country="AFG",
                       feature=Feature.COUNTRY)  # fmt: skip
HERAT_NO_SPAN = Location("Herat", "", None, country="AFG", feature=Feature.CITY)
QUETTA = Location("Quetta", "Quetta", Span(20, 26), country="PAK", feature=Feature.CITY)


def day(d: int, *, explicit: bool = True) -> EventDate:
    when = dt.date(2021, 7, d)
    if explicit:
        return EventDate(when, when, DatePrecision.DAY, text="on Wednesday", span=Span(80, 92))
    return EventDate(when, when, DatePrecision.DAY, reason="publication date")


_counter = 0


def ev(kind: str = "ASSAULT", **fields: Any) -> Event:
    """A hand-made event; every call gets its own id and evidence span."""
    global _counter
    _counter += 1
    n = _counter * 100
    base: dict[str, Any] = {
        "id": f"e{_counter}",
        "type": kind,
        "trigger": TextSpan("attacked", Span(n + 8, n + 16)),
        "span": Span(n, n + 60),
        "rule": "assault.attack",
        "confidence": 0.8,
    }
    base.update(fields)
    return Event(**base)


# --- merged --------------------------------------------------------------------------------------


def test_same_actor_same_recipient_merge_and_keep_first_evidence() -> None:
    a = ev(actor=TALIBAN, recipient=ARMY, location=QALA)
    b = ev(actor=TALIBAN, recipient=ARMY, location=QALA, rule="assault.attack-noun")
    (merged,) = merge_events([a, b])
    assert merged.id == a.id
    assert merged.span == a.span
    assert merged.trigger == a.trigger
    assert merged.rule == a.rule


def test_three_reports_of_one_attack_merge_into_one() -> None:
    reports = [
        ev(actor=TALIBAN, location=QALA, date=day(7)),
        ev(actor=TALIBAN, recipient=ARMY, location=QALA),
        ev(recipient=ARMY, location=BADGHIS),
    ]
    (merged,) = merge_events(reports)
    assert merged.id == reports[0].id
    assert merged.actor == TALIBAN
    assert merged.recipient == ARMY  # filled from the second report
    assert merged.location == QALA  # the city beats the province
    assert merged.date == day(7)


def test_shared_recipient_alone_is_enough() -> None:
    a = ev(recipient=ARMY, location=KUNDUZ)
    b = ev(actor=TALIBAN, recipient=ARMY, location=KUNDUZ)
    (merged,) = merge_events([a, b])
    assert merged.actor == TALIBAN
    assert merged.recipient == ARMY


def test_missing_place_is_compatible() -> None:
    a = ev(actor=TALIBAN, recipient=ARMY)
    b = ev(actor=TALIBAN, recipient=ARMY, location=KUNDUZ)
    (merged,) = merge_events([a, b])
    assert merged.location == KUNDUZ


def test_city_and_its_province_or_country_are_compatible_and_city_wins() -> None:
    for coarse in (BADGHIS, AFGHANISTAN):
        a = ev(actor=TALIBAN, location=coarse)
        b = ev(actor=TALIBAN, location=QALA)
        (merged,) = merge_events([a, b])
        assert merged.location == QALA
        assert merged.id == a.id


def test_explicit_date_beats_publication_default() -> None:
    a = ev(actor=TALIBAN, date=day(7, explicit=False))
    b = ev(actor=TALIBAN, date=day(6))
    (merged,) = merge_events([a, b])
    assert merged.date == day(6)


def test_undated_report_is_not_an_event_dated_weeks_earlier() -> None:
    # "At least 18 people were killed" (undated: the publication day) is not "In May, a truck
    # bomb killed 500": an event the text dates more than two weeks earlier is another event.
    may = EventDate(dt.date(2021, 5, 1), dt.date(2021, 5, 31), DatePrecision.MONTH,
                    text="In May", span=Span(80, 86))  # fmt: skip
    assert len(merge_events([ev(actor=TALIBAN, date=day(7, explicit=False)),
                             ev(actor=TALIBAN, date=may)])) == 2  # fmt: skip


def test_same_explicit_date_merges() -> None:
    assert len(merge_events([ev(actor=TALIBAN, date=day(6)), ev(actor=TALIBAN, date=day(6))])) == 1


def test_slots_fill_from_later_reports_but_first_values_stay() -> None:
    twelve = Quantity(12, 12, None, unit="people", text="at least 12", span=Span(5, 16))
    five = Quantity(5, 5, 5, unit="people", text="five", span=Span(7, 11))
    a = ev(actor=TALIBAN, fatalities=None, confidence=0.6)
    b = ev(actor=TALIBAN, fatalities=twelve, injuries=five, confidence=0.7)
    c = ev(actor=TALIBAN, fatalities=five, confidence=0.5)
    (merged,) = merge_events([a, b, c])
    assert merged.fatalities == twelve  # the first report that gives a count
    assert merged.injuries == five
    assert 0.7 < merged.confidence <= 1.0  # corroboration raises confidence


def test_actor_with_country_replaces_bare_actor() -> None:
    # the same coded actor, once without its country (as a bare mention may come)
    bare = attrs.evolve(TALIBAN, country=None)
    a = ev(actor=bare, recipient=ARMY)
    b = ev(actor=TALIBAN, recipient=ARMY)
    (merged,) = merge_events([a, b])
    assert merged.actor == TALIBAN


def test_confidence_never_exceeds_one() -> None:
    events = [ev(actor=TALIBAN, confidence=1.0) for _ in range(4)]
    (merged,) = merge_events(events)
    assert merged.confidence == 1.0


def test_merge_across_other_events_keeps_order() -> None:
    a = ev(actor=TALIBAN, recipient=ARMY, location=QALA)
    other = ev("CONSULT", actor=UN, recipient=TALIBAN, rule="consult.meet")
    b = ev(actor=TALIBAN, recipient=ARMY, location=QALA)
    out = merge_events([a, other, b])
    assert [e.id for e in out] == [a.id, other.id]


# --- kept distinct -------------------------------------------------------------------------------


def test_different_types_stay_distinct() -> None:
    a = ev("ASSAULT", actor=TALIBAN, recipient=ARMY)
    b = ev("CONSULT", actor=TALIBAN, recipient=ARMY, rule="consult.meet")
    assert merge_events([a, b]) == (a, b)


def test_different_recipients_stay_distinct() -> None:
    a = ev(actor=TALIBAN, recipient=ARMY, location=KUNDUZ)
    b = ev(actor=TALIBAN, recipient=POLICE, location=KUNDUZ)
    assert merge_events([a, b]) == (a, b)


def test_different_actors_with_same_recipient_stay_distinct() -> None:
    a = ev(actor=TALIBAN, recipient=ARMY)
    b = ev(actor=POLICE, recipient=ARMY)
    assert merge_events([a, b]) == (a, b)


def test_different_explicit_dates_stay_distinct() -> None:
    a = ev(actor=TALIBAN, recipient=ARMY, date=day(5))
    b = ev(actor=TALIBAN, recipient=ARMY, date=day(6))
    assert merge_events([a, b]) == (a, b)


def test_different_countries_stay_distinct() -> None:
    a = ev(actor=TALIBAN, location=KUNDUZ)
    b = ev(actor=TALIBAN, location=QUETTA)
    assert merge_events([a, b]) == (a, b)


def test_different_cities_stay_distinct() -> None:
    a = ev(actor=TALIBAN, location=KUNDUZ)
    b = ev(actor=TALIBAN, location=QALA)
    assert merge_events([a, b]) == (a, b)


def test_no_shared_participant_stays_distinct() -> None:
    a = ev(location=KUNDUZ)
    b = ev(location=KUNDUZ)
    assert merge_events([a, b]) == (a, b)
    c = ev(actor=TALIBAN, location=KUNDUZ)
    d = ev(recipient=ARMY, location=KUNDUZ)
    assert merge_events([c, d]) == (c, d)


def test_shared_place_target_alone_is_not_a_shared_participant() -> None:
    # "attacked Kunduz" twice by unnamed attackers: the place is not a participant.
    place = Actor("Kunduz", "Kunduz", Span(20, 26), country="AFG", code="AFG", kind="place")
    a = ev(recipient=place, location=KUNDUZ)
    b = ev(recipient=place, location=KUNDUZ)
    assert len(merge_events([a, b])) == 2


def test_city_without_span_and_other_city_stay_distinct() -> None:
    a = ev(actor=TALIBAN, location=HERAT_NO_SPAN)
    b = ev(actor=TALIBAN, location=KUNDUZ)
    assert merge_events([a, b]) == (a, b)


# --- general properties --------------------------------------------------------------------------


def test_empty_and_single() -> None:
    assert merge_events([]) == ()
    a = ev(actor=TALIBAN)
    assert merge_events([a]) == (a,)
    assert merge_events((a,)) == (a,)


POOL_ACTORS = (None, TALIBAN, ARMY, POLICE, UN, BARE_TROOPS)
POOL_PLACES = (None, QALA, KUNDUZ, BADGHIS, AFGHANISTAN, QUETTA, HERAT_NO_SPAN)
POOL_DATES = (None, day(5), day(6), day(7, explicit=False))


@st.composite
def event_lists(draw: st.DrawFn) -> list[Event]:
    out = []
    for i in range(draw(st.integers(0, 7))):
        out.append(
            Event(
                id=f"p{i}",
                type=draw(st.sampled_from(("ASSAULT", "CONSULT", "COERCE"))),
                trigger=TextSpan("x", Span(i * 10, i * 10 + 1)),
                span=Span(i * 10, i * 10 + 5),
                rule="r",
                actor=draw(st.sampled_from(POOL_ACTORS)),
                recipient=draw(st.sampled_from(POOL_ACTORS)),
                location=draw(st.sampled_from(POOL_PLACES)),
                date=draw(st.sampled_from(POOL_DATES)),
                confidence=draw(st.sampled_from((0.5, 0.8, 1.0))),
            )
        )
    return out


@settings(max_examples=150)
@given(event_lists())
def test_merge_properties(events: list[Event]) -> None:
    out = merge_events(events)
    assert 0 < len(out) <= len(events) or not events
    ids = [e.id for e in events]
    out_ids = [e.id for e in out]
    # every output is the first report of its group: ids are a subsequence of the input's
    assert out_ids == [i for i in ids if i in set(out_ids)]
    if events:
        assert out[0].id == events[0].id
    for merged in out:
        original = next(e for e in events if e.id == merged.id)
        assert merged.type is original.type
        assert merged.span == original.span
        assert merged.trigger == original.trigger
        assert merged.confidence >= original.confidence
    # deterministic
    assert merge_events(events) == out
    # nothing merges with an event of another type: types are counted the same either way
    assert {e.type for e in out} == {e.type for e in events}
