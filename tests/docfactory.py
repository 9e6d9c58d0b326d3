"""Hand-made Documents for the export, explain and dedupe tests (no parser involved).

Every span is found with ``str.index`` in the text, so the fixtures obey the span contract.
"""

from __future__ import annotations

import datetime as dt

from conflictevents.model import (
    Actor,
    Article,
    Casualty,
    Document,
    Event,
    EventDate,
    Location,
    Quantity,
    Span,
    TextSpan,
)

TEXT = (
    "KABUL, July 7 (Reuters) - Taliban fighters on Wednesday launched an attack on Qala-i-Naw, "
    "capital of Badghis province, killing at least 12 soldiers.\n\n"
    "President Putin called President Emomali Rahmon of Tajikistan on Tuesday.\n\n"
    'Iran said it was "ready to help" <the talks> & more.'
)


def span(text: str, needle: str, start: int = 0) -> Span:
    i = text.index(needle, start)
    return Span(i, i + len(needle))


def sample_document(text: str = TEXT) -> Document:
    s1 = span(
        text,
        "Taliban fighters on Wednesday launched an attack on Qala-i-Naw, capital of "
        "Badghis province, killing at least 12 soldiers.",
    )
    s2 = span(text, "President Putin called President Emomali Rahmon of Tajikistan on Tuesday.")
    s3 = span(text, 'Iran said it was "ready to help" <the talks> & more.')
    taliban = Actor(
        name="Taliban",
        text="Taliban fighters",
        span=span(text, "Taliban fighters"),
        country="AFG",
        sector="INS",
        code="AFGINS",
        kind="armed group",
    )
    soldiers = Actor(
        name="Afghan soldiers",
        text="soldiers",
        span=span(text, "soldiers"),
        country="AFG",
        sector="MIL",
        code="AFGMIL",
        kind="military",
    )
    putin = Actor(
        name="Vladimir Putin",
        text="President Putin",
        span=span(text, "President Putin"),
        country="RUS",
        sector="GOV",
        code="RUSGOV",
        kind="person",
    )
    rahmon = Actor(
        name="Emomali Rahmon",
        text="President Emomali Rahmon",
        span=span(text, "President Emomali Rahmon"),
        country="TJK",
        sector="GOV",
        code="TJKGOV",
        kind="person",
    )
    iran = Actor(
        name="Iran", text="Iran", span=span(text, "Iran"), country="IRN", code="IRN", kind="state"
    )
    qala = Location(
        name="Qala-i-Naw",
        text="Qala-i-Naw",
        span=span(text, "Qala-i-Naw"),
        country="AFG",
        admin1="Badghis",
        feature="city",
        lat=34.98735,
        lon=63.12891,
        geonames_id=1131316,
        precision="place",
        reason="provincial capital",
    )
    badghis = Location(
        name="Badghis",
        text="Badghis province",
        span=span(text, "Badghis province"),
        country="AFG",
        admin1="Badghis",
        feature="admin1",
        lat=35.0,
        lon=63.75,
        precision="admin1",
    )
    wednesday = EventDate(
        start="2021-07-07",
        end="2021-07-07",
        precision="day",
        text="on Wednesday",
        span=span(text, "on Wednesday"),
        reason="weekday of publication",
    )
    tuesday = EventDate(
        start="2021-07-06",
        end="2021-07-06",
        precision="day",
        text="on Tuesday",
        span=span(text, "on Tuesday"),
        reason="weekday before publication",
    )
    twelve = Quantity(
        low=12,
        best=12,
        high=None,
        unit="soldiers",
        text="at least 12 soldiers",
        span=span(text, "at least 12 soldiers"),
    )
    killed = Casualty(
        kind="killed",
        count=twelve,
        span=span(text, "killing at least 12 soldiers"),
        text="killing at least 12 soldiers",
    )
    attack = Event(
        id="ev-attack",
        type="ASSAULT",
        mode=["firearms"],
        context=["military"],
        cameo="190",
        quad_class=4,
        goldstein=-10.0,
        acled={"event_type": "Battles", "sub_event_type": "Armed clash"},
        actor=taliban,
        recipient=soldiers,
        location=qala,
        date=wednesday,
        fatalities=twelve,
        quantities=(twelve,),
        trigger=TextSpan(text="launched an attack", span=span(text, "launched an attack")),
        span=s1,
        rule="assault.launch-attack",
        confidence=0.9,
    )
    call = Event(
        id="ev-call",
        type="CONSULT",
        mode=["phone"],
        cameo="042",
        quad_class=1,
        goldstein=1.9,
        actor=putin,
        recipient=rahmon,
        date=tuesday,
        trigger=TextSpan(text="called", span=span(text, "called")),
        span=s2,
        rule="consult.call",
        confidence=0.8,
    )
    help_ = Event(
        id="ev-help",
        type="AGREE",
        cameo="030",
        quad_class=1,
        goldstein=4.0,
        actor=iran,
        trigger=TextSpan(text="ready to help", span=span(text, "ready to help")),
        span=s3,
        rule="agree.ready-to-help",
        confidence=0.6,
    )
    return Document(
        article=Article(text=text, published=dt.date(2021, 7, 7), published_source="argument"),
        sentences=(span(text, "KABUL, July 7 (Reuters) - "), s1, s2, s3),
        dates=(wednesday, tuesday),
        quantities=(twelve,),
        casualties=(killed,),
        places=(qala, badghis),
        actors=(taliban, soldiers, putin, rahmon, iran),
        events=(attack, call, help_),
    )
