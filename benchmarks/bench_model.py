"""Microseconds per model object: construction of each class and evolve-style copies.

    python benchmarks/bench_model.py [--number 20000] [--repeat 7]

Each figure is the best of ``repeat`` CPU-time measurements of ``number`` calls, so a busy
shared machine disturbs it less; read the load average printed with it. Class-name rows pass
values of the field types (what the parsers pass); the others the JSON forms the converters
accept, or copies with changes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
import timeit
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

# this checkout's code, whatever copy of the package is installed
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import attrs

from conflictevents import model


def cases(m: ModuleType = model) -> dict[str, Callable[[], Any]]:
    """The timed calls, built from the model module ``m`` (another copy can be compared)."""
    Actor, Casualty, Event, EventDate, Location, Quantity, Span, TextSpan = (
        m.Actor, m.Casualty, m.Event, m.EventDate, m.Location, m.Quantity, m.Span, m.TextSpan
    )
    Sector, Feature, GeoPrecision, DatePrecision, CasualtyKind, EventType, Mode = (
        m.Sector, m.Feature, m.GeoPrecision, m.DatePrecision, m.CasualtyKind, m.EventType, m.Mode
    )
    span = Span(17, 24)
    actor = Actor(name="Taliban", text="Taliban", span=span, country="AFG", sector=Sector.INS,
                  code="AFGINS", kind="armed group")
    location = Location(name="Kabul", text="Kabul", span=Span(40, 45), country="AFG",
                        admin1="Kabul", feature=Feature.CITY, lat=34.5, lon=69.2,
                        geonames_id=1138958, precision=GeoPrecision.PLACE, reason="gazetteer")
    day = dt.date(2021, 7, 7)
    date = EventDate(day, day, DatePrecision.DAY, "on Wednesday", Span(25, 37), "weekday")
    count = Quantity(12, 12, None, None, "at least 12", Span(50, 61))
    trigger = TextSpan("attacked", Span(8, 16))
    event = Event(id="e1", type=EventType.ASSAULT, trigger=trigger, span=Span(0, 80),
                  rule="assault.attack", mode=(Mode.FIREARMS,), cameo="190", quad_class=4,
                  goldstein=-10.0, actor=actor, location=location, date=date,
                  fatalities=count, quantities=(count,), confidence=0.8)
    event_dict = event.to_dict()
    replace: Callable[..., Any] | None = getattr(m, "replace", None)
    cases: dict[str, Callable[[], Any]] = {
        "Span": lambda: Span(17, 24),
        "TextSpan": lambda: TextSpan("attacked", span),
        "EventDate": lambda: EventDate(day, day, DatePrecision.DAY, "on Wednesday", span, "x"),
        "Quantity": lambda: Quantity(12, 12, None, "soldiers", "at least 12", span),
        "Casualty": lambda: Casualty(CasualtyKind.KILLED, count, span, "12 killed"),
        "Actor": lambda: Actor(name="Taliban", text="Taliban", span=span, country="AFG",
                               sector=Sector.INS, code="AFGINS", kind="armed group"),
        "Location": lambda: Location(name="Kabul", text="Kabul", span=span, country="AFG",
                                     admin1="Kabul", feature=Feature.CITY, lat=34.5, lon=69.2,
                                     geonames_id=1138958, precision=GeoPrecision.PLACE),
        "Event": lambda: Event(id="e1", type=EventType.ASSAULT, trigger=trigger, span=span,
                               rule="assault.attack", mode=(Mode.FIREARMS,), cameo="190",
                               quad_class=4, goldstein=-10.0, actor=actor, location=location,
                               date=date, fatalities=count, quantities=(count,),
                               confidence=0.8),
        "Span([a, b]) via TextSpan": lambda: TextSpan("attacked", [8, 16]),
        "Event.from_dict": lambda: Event.from_dict(event_dict),
        "Event.to_dict": event.to_dict,
        "evolve(Actor)": lambda: attrs.evolve(actor, country="PAK", code="PAKINS"),
        "evolve(Event)": lambda: attrs.evolve(event, recipient=actor),
        "evolve(Location)": lambda: attrs.evolve(location, reason="other"),
    }
    if replace is not None:
        cases["replace(Actor)"] = lambda: replace(actor, country="PAK", code="PAKINS")
        cases["replace(Event)"] = lambda: replace(event, recipient=actor)
        cases["replace(Location)"] = lambda: replace(location, reason="other")
    return cases


# CPU time of this process: on a shared machine wall time counts other people's work
_cpu = time.process_time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--number", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f}; best of {args.repeat} x {args.number} calls")
    empty = min(timeit.repeat(lambda: None, _cpu, number=args.number, repeat=args.repeat))
    for name, fn in cases().items():
        best = min(timeit.repeat(fn, _cpu, number=args.number, repeat=args.repeat))
        print(f"{name:28} {(best - empty) / args.number * 1e6:6.2f} us")


if __name__ == "__main__":
    main()
