"""Write parsed documents as event tables: JSONL, JSON, CSV, ACLED, GDELT/Phoenix, PLOVER, GeoJSON.

Every writer takes an iterable of *export items* and a text stream, writes as it goes (memory stays
flat however many documents there are) and returns the number of records written. An export item is
one of:

- a ``Document`` (its source name is then ``Document.source``),
- a ``(source, Document)`` pair, where ``source`` names the article (file name, story id, URL)
  and overrides ``Document.source``,
- a ``batch.BatchResult`` (anything with ``.source`` and ``.document``); failed results are skipped.

Events carry no article id of their own, so the source name is how rows of one article are tied
together. Column meanings of every format are in docs/exports.md.

>>> import io
>>> from conflictevents.model import Article, Document, Event
>>> ev = Event(id="e1", type="ASSAULT", trigger={"text": "attacked", "span": [8, 16]},
...            span=[0, 28], rule="assault.attack", cameo="190")
>>> doc = Document(article=Article(text="Militants attacked a base."), events=(ev,))
>>> out = io.StringIO()
>>> write_events([("story-1", doc)], "jsonl", out)
1
>>> [(r.source, r.event.id) for r in read_events(io.StringIO(out.getvalue()), "jsonl")]
[('story-1', 'e1')]
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import IO, Any, Final, NamedTuple, Protocol

import attrs

from .codes.acled import INTER_OF_SECTOR
from .codes.iso3166 import COUNTRIES
from .errors import ArgumentValueError
from .model import (
    Actor,
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
)

__all__ = [
    "ACLED_COLUMNS",
    "CSV_COLUMNS",
    "FORMATS",
    "GDELT_COLUMNS",
    "SUFFIXES",
    "ExportedEvent",
    "acled_country_name",
    "acled_inter_code",
    "acled_row",
    "document_id",
    "export",
    "flat_event",
    "gdelt_row",
    "iter_documents",
    "iter_events",
    "plover_record",
    "read_documents",
    "read_events",
    "write_acled",
    "write_csv",
    "write_documents_jsonl",
    "write_events",
    "write_gdelt",
    "write_geojson",
    "write_json",
    "write_jsonl",
    "write_plover",
]


class _HasDocument(Protocol):
    """A batch result: anything with a source name and a document (``None`` when parsing failed)."""

    @property
    def source(self) -> str: ...

    @property
    def document(self) -> Document | None: ...


#: What every writer accepts, item by item.
ExportItem = Document | tuple[str | None, Document] | _HasDocument

#: A writer: ``writer(items, stream, **options) -> number of records written``.
Writer = Callable[..., int]


class ExportedEvent(NamedTuple):
    """One event with the article it came from, as the flat formats store it."""

    source: str | None
    published: dt.date | None
    event: Event
    text: str | None = None  # the article text when the event was taken from a Document


# --- items --------------------------------------------------------------------------------------


def iter_documents(items: Iterable[ExportItem]) -> Iterator[tuple[str | None, Document]]:
    """Normalise export items to ``(source, Document)`` pairs, skipping failed batch results.

    >>> from conflictevents.model import Article, Document
    >>> doc = Document(article=Article(text="x"))
    >>> [s for s, _ in iter_documents([doc, ("a.txt", doc), Document(doc.article, source="b")])]
    [None, 'a.txt', 'b']
    """
    for item in items:
        if isinstance(item, Document):
            yield item.source, item
        elif isinstance(item, tuple):
            source, document = item
            if not isinstance(document, Document):
                raise ArgumentValueError("items", f"expected (source, Document), got {item!r:.80}")
            yield source, document
        else:
            result_document: Document | None = getattr(item, "document", None)
            if result_document is not None:
                yield item.source, result_document


def iter_events(items: Iterable[ExportItem]) -> Iterator[ExportedEvent]:
    """Flatten export items to one ``ExportedEvent`` per event, in document then event order.

    >>> from conflictevents.model import Article, Document
    >>> list(iter_events([Document(article=Article(text="Nothing happened."))]))
    []
    """
    for source, document in iter_documents(items):
        for event in document.events:
            yield ExportedEvent(source, document.published, event, document.text)


def document_id(document: Document) -> str:
    """A stable id for an article that came without a source name: a hash of its text.

    >>> from conflictevents.model import Article, Document
    >>> document_id(Document(article=Article(text="abc")))
    'doc-a9993e364706816a'
    """
    return "doc-" + hashlib.sha1(document.text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _story_id(source: str | None, text: str | None) -> str | None:
    if source is not None:
        return source
    if text is None:
        return None
    return "doc-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _evidence(record: ExportedEvent) -> str | None:
    """The text of the clause or sentence that reports the event, on one line."""
    if record.text is None:
        return None
    return " ".join(record.event.span.slice(record.text).split())


def _one_line(value: str | None) -> str:
    """Tabs and newlines would break a TSV row: fold all whitespace runs into one space."""
    return " ".join(value.split()) if value else ""


# --- JSON Lines and JSON ------------------------------------------------------------------------


def _event_record(record: ExportedEvent) -> dict[str, Any]:
    out = record.event.to_dict()
    out["source"] = record.source
    out["published"] = record.published.isoformat() if record.published else None
    return out


def _dumps(value: Any, ensure_ascii: bool) -> str:
    return json.dumps(value, ensure_ascii=ensure_ascii, allow_nan=False)


def write_jsonl(items: Iterable[ExportItem], stream: IO[str], *, ensure_ascii: bool = False) -> int:
    """Write one JSON object per event and line: ``Event.to_dict()`` + ``source`` and ``published``.

    The two added keys never collide with the contract's keys, and ``read_events`` drops them
    again before ``Event.from_dict``, so the Event contract round-trips unchanged.

    >>> import io
    >>> write_jsonl([], io.StringIO())
    0
    """
    n = 0
    for record in iter_events(items):
        stream.write(_dumps(_event_record(record), ensure_ascii) + "\n")
        n += 1
    return n


def write_json(
    items: Iterable[ExportItem],
    stream: IO[str],
    *,
    ensure_ascii: bool = False,
    indent: int | None = None,
) -> int:
    """Write one JSON array of the same objects ``write_jsonl`` writes, one per line.

    >>> import io
    >>> out = io.StringIO(); write_json([], out); out.getvalue()
    0
    '[\\n]\\n'
    """
    n = 0
    stream.write("[\n")
    for record in iter_events(items):
        if n:
            stream.write(",\n")
        stream.write(json.dumps(_event_record(record), ensure_ascii=ensure_ascii, indent=indent))
        n += 1
    stream.write("\n]\n" if n else "]\n")
    return n


def write_documents_jsonl(
    items: Iterable[ExportItem], stream: IO[str], *, ensure_ascii: bool = False
) -> int:
    """Write one ``Document.to_dict()`` per line, its ``source`` set from the item.

    The lossless form (text, every mention and event); ``explain`` can be run from it later.

    >>> import io
    >>> from conflictevents.model import Article, Document
    >>> write_documents_jsonl([("a", Document(article=Article(text="x")))], io.StringIO())
    1
    """
    n = 0
    for source, document in iter_documents(items):
        if source != document.source:
            document = attrs.evolve(document, source=source)
        stream.write(_dumps(document.to_dict(), ensure_ascii) + "\n")
        n += 1
    return n


# --- flat CSV -----------------------------------------------------------------------------------

_ROLE_FIELDS: Final = (
    "name", "text", "span_start", "span_end", "country", "sector", "code", "kind",
)  # fmt: skip
_LOCATION_FIELDS: Final = (
    "name", "text", "span_start", "span_end", "country", "admin1", "feature", "lat", "lon",
    "geonames_id", "precision", "reason",
)  # fmt: skip
_DATE_FIELDS: Final = (
    "start", "end", "precision", "text", "span_start", "span_end", "reason", "future",
)  # fmt: skip
_COUNT_FIELDS: Final = ("low", "best", "high", "unit", "text", "span_start", "span_end")

#: Column order of the ``csv`` format (and the property names of ``geojson`` features).
CSV_COLUMNS: Final[tuple[str, ...]] = (
    "source", "published", "event_id", "type", "mode", "context", "cameo", "quad_class",
    "goldstein", "acled_event_type", "acled_sub_event_type",
    *(f"actor_{f}" for f in _ROLE_FIELDS),
    *(f"recipient_{f}" for f in _ROLE_FIELDS),
    *(f"location_{f}" for f in _LOCATION_FIELDS),
    *(f"date_{f}" for f in _DATE_FIELDS),
    *(f"fatalities_{f}" for f in _COUNT_FIELDS),
    *(f"injuries_{f}" for f in _COUNT_FIELDS),
    "quantities", "trigger_text", "trigger_span_start", "trigger_span_end", "span_start",
    "span_end", "evidence", "rule", "confidence",
)  # fmt: skip


def _span_cols(prefix: str, span: Span | None) -> dict[str, Any]:
    return {
        f"{prefix}_span_start": span.start if span else None,
        f"{prefix}_span_end": span.end if span else None,
    }


def _actor_cols(prefix: str, actor: Actor | None) -> dict[str, Any]:
    if actor is None:
        return {f"{prefix}_{f}": None for f in _ROLE_FIELDS}
    return {
        f"{prefix}_name": actor.name,
        f"{prefix}_text": actor.text,
        **_span_cols(prefix, actor.span),
        f"{prefix}_country": actor.country,
        f"{prefix}_sector": actor.sector.value if actor.sector else None,
        f"{prefix}_code": actor.code,
        f"{prefix}_kind": actor.kind,
    }


def _location_cols(loc: Location | None) -> dict[str, Any]:
    if loc is None:
        return {f"location_{f}": None for f in _LOCATION_FIELDS}
    return {
        "location_name": loc.name,
        "location_text": loc.text,
        **_span_cols("location", loc.span),
        "location_country": loc.country,
        "location_admin1": loc.admin1,
        "location_feature": loc.feature.value if loc.feature else None,
        "location_lat": loc.lat,
        "location_lon": loc.lon,
        "location_geonames_id": loc.geonames_id,
        "location_precision": loc.precision.value if loc.precision else None,
        "location_reason": loc.reason,
    }


def _date_cols(date: EventDate | None) -> dict[str, Any]:
    if date is None:
        return {f"date_{f}": None for f in _DATE_FIELDS}
    return {
        "date_start": date.start.isoformat() if date.start else None,
        "date_end": date.end.isoformat() if date.end else None,
        "date_precision": date.precision.value if date.precision else None,
        "date_text": date.text,
        **_span_cols("date", date.span),
        "date_reason": date.reason,
        "date_future": date.future,
    }


def _count_cols(prefix: str, q: Quantity | None) -> dict[str, Any]:
    if q is None:
        return {f"{prefix}_{f}": None for f in _COUNT_FIELDS}
    return {
        f"{prefix}_low": q.low,
        f"{prefix}_best": q.best,
        f"{prefix}_high": q.high,
        f"{prefix}_unit": q.unit,
        f"{prefix}_text": q.text,
        **_span_cols(prefix, q.span),
    }


def flat_event(record: ExportedEvent) -> dict[str, Any]:
    """One event as a flat dict of JSON values, keyed by ``CSV_COLUMNS``.

    >>> from conflictevents.model import Event
    >>> ev = Event(id="e1", type="PROTEST", trigger={"text": "marched", "span": [0, 7]},
    ...            span=[0, 7], rule="protest.march", mode=["demo"])
    >>> row = flat_event(ExportedEvent("s", None, ev))
    >>> row["type"], row["mode"], row["actor_name"], row["trigger_span_end"]
    ('PROTEST', 'demo', None, 7)
    """
    ev = record.event
    row: dict[str, Any] = {
        "source": record.source,
        "published": record.published.isoformat() if record.published else None,
        "event_id": ev.id,
        "type": ev.type.value,
        "mode": ";".join(m.value for m in ev.mode),
        "context": ";".join(c.value for c in ev.context),
        "cameo": ev.cameo,
        "quad_class": ev.quad_class,
        "goldstein": ev.goldstein,
        "acled_event_type": ev.acled.event_type if ev.acled else None,
        "acled_sub_event_type": ev.acled.sub_event_type if ev.acled else None,
        **_actor_cols("actor", ev.actor),
        **_actor_cols("recipient", ev.recipient),
        **_location_cols(ev.location),
        **_date_cols(ev.date),
        **_count_cols("fatalities", ev.fatalities),
        **_count_cols("injuries", ev.injuries),
        "quantities": json.dumps([q.to_dict() for q in ev.quantities], ensure_ascii=False)
        if ev.quantities
        else "",
        "trigger_text": ev.trigger.text,
        "trigger_span_start": ev.trigger.span.start,
        "trigger_span_end": ev.trigger.span.end,
        "span_start": ev.span.start,
        "span_end": ev.span.end,
        "evidence": _evidence(record),
        "rule": ev.rule,
        "confidence": ev.confidence,
    }
    return row


def _cell(value: Any) -> str:
    """CSV cell text: empty for None, ``true``/``false`` for bools, shortest round-trip floats."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_csv(items: Iterable[ExportItem], stream: IO[str], *, delimiter: str = ",") -> int:
    """Write one row per event with one column per slot field (``CSV_COLUMNS``); lossless.

    Spans become ``*_span_start``/``*_span_end``; modes and contexts are ``;``-joined; the list of
    quantities is a JSON cell; ``evidence`` is the reporting sentence. ``read_events(.., "csv")``
    rebuilds the events exactly.

    >>> import io
    >>> out = io.StringIO(); write_csv([], out); out.getvalue().split(",")[:3]
    0
    ['source', 'published', 'event_id']
    """
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    n = 0
    for record in iter_events(items):
        row = flat_event(record)
        writer.writerow([_cell(row[c]) for c in CSV_COLUMNS])
        n += 1
    return n


def _num(value: str) -> int | float | None:
    if value == "":
        return None
    try:
        return int(value)
    except ValueError:
        return float(value)


def _int(value: str) -> int | None:
    return None if value == "" else int(value)


def _opt(value: str) -> str | None:
    return None if value == "" else value


def _span_from(row: Mapping[str, str], prefix: str) -> list[int] | None:
    start, end = _int(row[f"{prefix}_span_start"]), _int(row[f"{prefix}_span_end"])
    return None if start is None or end is None else [start, end]


def _present(row: Mapping[str, str], prefix: str, fields: Iterable[str]) -> bool:
    return any(row[f"{prefix}_{f}"] != "" for f in fields)


def _event_from_row(row: Mapping[str, str]) -> Event:
    data: dict[str, Any] = {
        "id": row["event_id"],
        "type": row["type"],
        "mode": [m for m in row["mode"].split(";") if m],
        "context": [c for c in row["context"].split(";") if c],
        "cameo": _opt(row["cameo"]),
        "quad_class": _int(row["quad_class"]),
        "goldstein": _num(row["goldstein"]),
        "acled": {
            "event_type": row["acled_event_type"],
            "sub_event_type": _opt(row["acled_sub_event_type"]),
        }
        if row["acled_event_type"]
        else None,
        "trigger": {"text": row["trigger_text"], "span": _span_from(row, "trigger")},
        "span": [int(row["span_start"]), int(row["span_end"])],
        "rule": row["rule"],
        "confidence": float(row["confidence"]),
        "quantities": json.loads(row["quantities"]) if row["quantities"] else [],
    }
    for role in ("actor", "recipient"):
        data[role] = (
            {
                "name": row[f"{role}_name"],
                "text": row[f"{role}_text"],
                "span": _span_from(row, role),
                "country": _opt(row[f"{role}_country"]),
                "sector": _opt(row[f"{role}_sector"]),
                "code": _opt(row[f"{role}_code"]),
                "kind": _opt(row[f"{role}_kind"]),
            }
            if _present(row, role, _ROLE_FIELDS)
            else None
        )
    if _present(row, "location", _LOCATION_FIELDS):
        lat, lon = _num(row["location_lat"]), _num(row["location_lon"])
        data["location"] = {
            "name": row["location_name"],
            "text": row["location_text"],
            "span": _span_from(row, "location"),
            "country": _opt(row["location_country"]),
            "admin1": _opt(row["location_admin1"]),
            "feature": _opt(row["location_feature"]),
            "lat": None if lat is None else float(lat),
            "lon": None if lon is None else float(lon),
            "geonames_id": _int(row["location_geonames_id"]),
            "precision": _opt(row["location_precision"]),
            "reason": row["location_reason"],
        }
    if _present(row, "date", _DATE_FIELDS):
        data["date"] = {
            "start": _opt(row["date_start"]),
            "end": _opt(row["date_end"]),
            "precision": _opt(row["date_precision"]),
            "text": row["date_text"],
            "span": _span_from(row, "date"),
            "reason": row["date_reason"],
            "future": row["date_future"] == "true",
        }
    for kind in ("fatalities", "injuries"):
        data[kind] = (
            {
                "low": _num(row[f"{kind}_low"]),
                "best": _num(row[f"{kind}_best"]),
                "high": _num(row[f"{kind}_high"]),
                "unit": _opt(row[f"{kind}_unit"]),
                "text": row[f"{kind}_text"],
                "span": _span_from(row, kind),
            }
            if _present(row, kind, _COUNT_FIELDS)
            else None
        )
    return Event.from_dict(data)


# --- ACLED --------------------------------------------------------------------------------------

#: Column order of the ``acled`` format (ACLED's own column names).
ACLED_COLUMNS: Final[tuple[str, ...]] = (
    "event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
    "inter2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
    "time_precision", "fatalities", "source", "notes",
)  # fmt: skip

# ACLED spells these countries by their common short names, not the ISO 3166 formal ones.
_ACLED_COUNTRY_NAMES: Final[dict[str, str]] = {
    "BOL": "Bolivia",
    "BRN": "Brunei",
    "CIV": "Ivory Coast",
    "COD": "Democratic Republic of Congo",
    "COG": "Republic of Congo",
    "CPV": "Cape Verde",
    "CZE": "Czech Republic",
    "FSM": "Micronesia",
    "GMB": "Gambia",
    "IRN": "Iran",
    "KOR": "South Korea",
    "LAO": "Laos",
    "MDA": "Moldova",
    "PRK": "North Korea",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SWZ": "eSwatini",
    "SYR": "Syria",
    "TUR": "Turkey",
    "TWN": "Taiwan",
    "TZA": "Tanzania",
    "VAT": "Vatican City",
    "VEN": "Venezuela",
    "VNM": "Vietnam",
}


def acled_country_name(code: str | None) -> str:
    """The country name ACLED uses for an ISO 3166 alpha-3 code ('' when unknown).

    >>> acled_country_name("SYR"), acled_country_name("AFG"), acled_country_name(None)
    ('Syria', 'Afghanistan', '')
    """
    if code is None:
        return ""
    if code in _ACLED_COUNTRY_NAMES:
        return _ACLED_COUNTRY_NAMES[code]
    entry = COUNTRIES.get(code)
    return entry[1] if entry else ""


# Sectors the shared first-guess table (codes.acled.INTER_OF_SECTOR) leaves out.
_EXTRA_INTER: Final[dict[Sector, int]] = {
    Sector.JUD: 1, Sector.LEG: 1, Sector.PRE: 2, Sector.PTY: 3, Sector.OPP: 3, Sector.CRM: 3,
    Sector.ELI: 7, Sector.SOC: 7, Sector.HRI: 7, Sector.ISM: 7,
}  # fmt: skip


def acled_inter_code(actor: Actor | None, acled_event_type: str | None = None) -> int | None:
    """ACLED's actor-type code (inter1/inter2) for an actor, from its sector.

    ``codes.acled.INTER_OF_SECTOR`` first, then: JUD, LEG (or a bare country) 1 state forces; PRE
    2 rebel groups; PTY, OPP, CRM 3 political militias; ELI, SOC, HRI, ISM 7 civilians. The
    non-state actor of a Protests / Riots event is 6 protesters / 5 rioters. ``None`` when the
    sector says nothing (UNK).

    >>> acled_inter_code(Actor(name="Taliban", sector="INS")), acled_inter_code(None)
    (2, None)
    >>> acled_inter_code(Actor(name="students", sector="EDU"), "Protests")
    6
    """
    if actor is None:
        return None
    sector = actor.sector
    if sector is None:
        # a bare country ("Russia") acting is its state
        return 1 if actor.country is not None and actor.code in (None, actor.country) else None
    inter = int(INTER_OF_SECTOR[sector]) if sector in INTER_OF_SECTOR else _EXTRA_INTER.get(sector)
    if inter != 1 and acled_event_type in ("Protests", "Riots"):
        return 6 if acled_event_type == "Protests" else 5
    return inter


def _midpoint(date: EventDate) -> dt.date | None:
    if date.start is None or date.end is None:
        return None
    return date.start + (date.end - date.start) // 2


def _acled_time(
    date: EventDate | None, published: dt.date | None
) -> tuple[dt.date | None, int | None]:
    """ACLED codes a period by its mid-point: 1 actual day, 2 within a week, 3 only the month."""
    if date is None or not date.resolved:
        # An undated report is about the days before publication: "within a week" of it.
        return (published, 2) if published else (None, None)
    if date.precision is DatePrecision.DAY:
        return date.start, 1
    if date.precision is DatePrecision.WEEK:
        return _midpoint(date), 2
    if date.precision is DatePrecision.RANGE and date.start and date.end:
        return _midpoint(date), 2 if (date.end - date.start).days < 7 else 3
    return _midpoint(date), 3


def _acled_geo(loc: Location) -> int | None:
    if loc.lat is None:
        return None
    if loc.precision is GeoPrecision.PLACE:
        return 1
    if loc.precision in (GeoPrecision.ADMIN1, GeoPrecision.COUNTRY):
        return 3
    return 1 if loc.feature is Feature.CITY else 3


def _best_count(q: Quantity | None) -> int:
    if q is None:
        return 0
    value = q.best if q.best is not None else q.low
    return 0 if value is None else round(value)


def acled_row(record: ExportedEvent, *, include_untyped: bool = False) -> dict[str, Any] | None:
    """The ACLED row of one event (``None`` when it has no ACLED type, unless ``include_untyped``).

    >>> from conflictevents.model import Event
    >>> ev = Event(id="e", type="ASSAULT", trigger={"text": "attacked", "span": [0, 8]},
    ...            span=[0, 8], rule="r", acled={"event_type": "Battles",
    ...            "sub_event_type": "Armed clash"}, actor={"name": "Taliban", "sector": "INS"},
    ...            fatalities={"low": 12, "best": None, "high": None})
    >>> row = acled_row(ExportedEvent("s", None, ev))
    >>> row["inter1"], row["inter2"], row["fatalities"], row["event_date"]
    (2, 0, 12, None)
    """
    ev = record.event
    if ev.acled is None and not include_untyped:
        return None
    acled_type = ev.acled.event_type if ev.acled else None
    when, time_precision = _acled_time(ev.date, record.published)
    loc = ev.location
    inter2 = acled_inter_code(ev.recipient, None)
    if acled_type == "Violence against civilians" and ev.recipient is not None:
        inter2 = 7  # the victims of one-sided violence are civilians by ACLED's definition
    return {
        "event_date": when.isoformat() if when else None,
        "event_type": acled_type,
        "sub_event_type": ev.acled.sub_event_type if ev.acled else None,
        "actor1": ev.actor.name if ev.actor else None,
        "assoc_actor_1": None,
        "inter1": acled_inter_code(ev.actor, acled_type),
        "actor2": ev.recipient.name if ev.recipient else None,
        "inter2": 0 if ev.recipient is None else inter2,
        "country": acled_country_name(loc.country) if loc else None,
        "admin1": loc.admin1 if loc else None,
        "location": loc.name if loc else None,
        "latitude": round(loc.lat, 4) if loc and loc.lat is not None else None,
        "longitude": round(loc.lon, 4) if loc and loc.lon is not None else None,
        "geo_precision": _acled_geo(loc) if loc else None,
        "time_precision": time_precision,
        "fatalities": _best_count(ev.fatalities),
        "source": record.source,
        "notes": _evidence(record),
    }


def write_acled(
    items: Iterable[ExportItem], stream: IO[str], *, include_untyped: bool = False
) -> int:
    """Write an ACLED-style CSV (``ACLED_COLUMNS``), one row per event with an ACLED type.

    Events without an ACLED type (most diplomacy) are skipped unless ``include_untyped``, which
    writes them with empty ``event_type``/``sub_event_type``. See docs/exports.md for each column.

    >>> import io
    >>> out = io.StringIO(); write_acled([], out); out.getvalue().split(",")[:2]
    0
    ['event_date', 'event_type']
    """
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(ACLED_COLUMNS)
    n = 0
    for record in iter_events(items):
        row = acled_row(record, include_untyped=include_untyped)
        if row is None:
            continue
        writer.writerow([_cell(row[c]) for c in ACLED_COLUMNS])
        n += 1
    return n


# --- GDELT / Phoenix ----------------------------------------------------------------------------

#: Column order of the ``gdelt`` format (a Phoenix-style, tab-separated event table).
GDELT_COLUMNS: Final[tuple[str, ...]] = (
    "event_id", "date", "year", "month", "day", "source_code", "source_name", "source_country",
    "source_sector", "target_code", "target_name", "target_country", "target_sector",
    "event_code", "event_base_code", "event_root_code", "quad_class", "goldstein", "plover_type",
    "plover_mode", "location_name", "country_code", "admin1", "lat", "lon", "geo_type",
    "story_id", "published", "action_offset",
)  # fmt: skip


def _gdelt_geo_type(loc: Location) -> int | None:
    """GDELT ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1."""
    feature = loc.feature
    if feature is None and loc.precision is not None:
        feature = {
            GeoPrecision.PLACE: Feature.CITY,
            GeoPrecision.ADMIN1: Feature.ADMIN1,
            GeoPrecision.COUNTRY: Feature.COUNTRY,
        }[loc.precision]
    us = loc.country == "USA"
    if feature is Feature.COUNTRY:
        return 1
    if feature is Feature.CITY:
        return 3 if us else 4
    if feature in (Feature.ADMIN1, Feature.REGION):
        return 2 if us else 5
    return None


def _actor_code(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    if actor.code:
        return actor.code
    parts = [p for p in (actor.country, actor.sector.value if actor.sector else None) if p]
    return "".join(parts) or None


def gdelt_row(record: ExportedEvent) -> dict[str, Any] | None:
    """The GDELT/Phoenix row of one event (``None`` when it has no CAMEO code).

    >>> from conflictevents.model import Event
    >>> ev = Event(id="e", type="ASSAULT", trigger={"text": "shelled", "span": [0, 7]},
    ...            span=[0, 7], rule="r", cameo="1951", quad_class=4, goldstein=-10.0)
    >>> row = gdelt_row(ExportedEvent("s", dt.date(2021, 7, 7), ev))
    >>> row["date"], row["event_base_code"], row["event_root_code"]
    ('20210707', '195', '19')
    """
    ev = record.event
    if ev.cameo is None:
        return None
    when = ev.date.start if ev.date and ev.date.start else record.published
    loc = ev.location
    return {
        "event_id": ev.id,
        "date": when.strftime("%Y%m%d") if when else None,
        "year": when.year if when else None,
        "month": when.month if when else None,
        "day": when.day if when else None,
        "source_code": _actor_code(ev.actor),
        "source_name": _one_line(ev.actor.name) if ev.actor else None,
        "source_country": ev.actor.country if ev.actor else None,
        "source_sector": ev.actor.sector.value if ev.actor and ev.actor.sector else None,
        "target_code": _actor_code(ev.recipient),
        "target_name": _one_line(ev.recipient.name) if ev.recipient else None,
        "target_country": ev.recipient.country if ev.recipient else None,
        "target_sector": ev.recipient.sector.value
        if ev.recipient and ev.recipient.sector
        else None,
        "event_code": ev.cameo,
        "event_base_code": ev.cameo[:3],
        "event_root_code": ev.cameo[:2],
        "quad_class": ev.quad_class,
        "goldstein": ev.goldstein,
        "plover_type": ev.type.value,
        "plover_mode": ";".join(m.value for m in ev.mode),
        "location_name": _one_line(loc.name) if loc else None,
        "country_code": loc.country if loc else None,
        "admin1": _one_line(loc.admin1) if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "geo_type": _gdelt_geo_type(loc) if loc else None,
        "story_id": _one_line(_story_id(record.source, record.text)),
        "published": record.published.strftime("%Y%m%d") if record.published else None,
        "action_offset": ev.trigger.span.start,
    }


def write_gdelt(items: Iterable[ExportItem], stream: IO[str], *, header: bool = True) -> int:
    """Write a GDELT/Phoenix-style tab-separated event table (``GDELT_COLUMNS``).

    One row per event that has a CAMEO code; names are folded to one line so no cell holds a tab
    or newline. ``header=False`` writes rows only, as GDELT's own files are.

    >>> import io
    >>> write_gdelt([], io.StringIO(), header=False)
    0
    """
    writer = csv.writer(stream, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                        escapechar="\\")  # fmt: skip
    if header:
        writer.writerow(GDELT_COLUMNS)
    n = 0
    for record in iter_events(items):
        row = gdelt_row(record)
        if row is None:
            continue
        writer.writerow([_cell(row[c]) for c in GDELT_COLUMNS])
        n += 1
    return n


# --- PLOVER / POLECAT ---------------------------------------------------------------------------

# PLOVER puts these non-state codes in the entity's country field, not its sector.
_PLOVER_COUNTRYLIKE: Final = frozenset(
    {Sector.IGO, Sector.UNO, Sector.EUR, Sector.NGO, Sector.ISM, Sector.IMG, Sector.MNC}
)
_RESOLUTION: Final[dict[Feature, int]] = {Feature.COUNTRY: 1, Feature.ADMIN1: 2, Feature.CITY: 4}


def _plover_entity(actor: Actor) -> dict[str, Any]:
    countrylike = actor.sector in _PLOVER_COUNTRYLIKE
    sector = actor.sector.value if actor.sector else None
    return {
        "entity_text": actor.text,
        "entity_name": actor.name,
        "code": actor.country or (sector if countrylike else None),
        "sector": None if countrylike else sector,
        "actor_code": actor.code,
        "start_char": actor.span.start if actor.span else None,
        "end_char": actor.span.end if actor.span else None,
    }


def plover_record(record: ExportedEvent) -> dict[str, Any]:
    """One event as a PLOVER/POLECAT-style JSON record.

    >>> from conflictevents.model import Event
    >>> ev = Event(id="e", type="CONSULT", trigger={"text": "met", "span": [4, 7]}, span=[0, 20],
    ...            rule="r", actor={"name": "NATO", "sector": "IGO", "code": "IGONAT"})
    >>> rec = plover_record(ExportedEvent("s", dt.date(2021, 7, 7), ev))
    >>> rec["event_type"], rec["actor"][0]["code"], rec["date"], rec["recipient"]
    ('CONSULT', 'IGO', '2021-07-07', [])
    """
    ev = record.event
    when = ev.date.start if ev.date and ev.date.start else record.published
    loc = ev.location
    event_loc = None
    if loc is not None:
        event_loc = {
            "extracted_place": loc.text,
            "resolved_place": loc.name,
            "geonameid": loc.geonames_id,
            "lat": loc.lat,
            "lon": loc.lon,
            "province": loc.admin1,
            "country_code": loc.country,
            "feature": loc.feature.value if loc.feature else None,
            "resolution": _RESOLUTION.get(loc.feature) if loc.feature else None,
            "start_char": loc.span.start if loc.span else None,
            "end_char": loc.span.end if loc.span else None,
        }
    return {
        "id": ev.id,
        "story_id": _story_id(record.source, record.text),
        "date": when.isoformat() if when else None,
        "enddate": ev.date.end.isoformat() if ev.date and ev.date.end else None,
        "date_precision": ev.date.precision.value if ev.date and ev.date.precision else None,
        "date_raw": ev.date.text if ev.date else None,
        "pub_date": record.published.isoformat() if record.published else None,
        "event_type": ev.type.value,
        "mode": [m.value for m in ev.mode],
        "context": [c.value for c in ev.context],
        "quad_code": ev.quad_class,
        "actor": [_plover_entity(ev.actor)] if ev.actor else [],
        "recipient": [_plover_entity(ev.recipient)] if ev.recipient else [],
        "event_loc": event_loc,
        "event_text": _evidence(record),
        "trigger": ev.trigger.to_dict(),
        "size": {
            "dead": ev.fatalities.best
            if ev.fatalities and ev.fatalities.best is not None
            else None,
            "injured": ev.injuries.best if ev.injuries and ev.injuries.best is not None else None,
        },
        "cameo": ev.cameo,
        "rule": ev.rule,
        "confidence": ev.confidence,
    }


def write_plover(
    items: Iterable[ExportItem], stream: IO[str], *, ensure_ascii: bool = False
) -> int:
    """Write PLOVER/POLECAT-style JSON records, one per line (the PLOVER manual recommends JSONL).

    >>> import io
    >>> write_plover([], io.StringIO())
    0
    """
    n = 0
    for record in iter_events(items):
        stream.write(_dumps(plover_record(record), ensure_ascii) + "\n")
        n += 1
    return n


# --- GeoJSON ------------------------------------------------------------------------------------


def write_geojson(
    items: Iterable[ExportItem], stream: IO[str], *, ensure_ascii: bool = False
) -> int:
    """Write a GeoJSON FeatureCollection: one Point per event that has coordinates.

    Coordinates are ``[lon, lat]`` (GeoJSON order); properties are the ``csv`` columns with their
    JSON types. Events without coordinates are left out.

    >>> import io, json
    >>> out = io.StringIO(); write_geojson([], out); json.loads(out.getvalue())["features"]
    0
    []
    """
    stream.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for record in iter_events(items):
        loc = record.event.location
        if loc is None or loc.lat is None or loc.lon is None:
            continue
        feature = {
            "type": "Feature",
            "id": record.event.id,
            "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
            "properties": flat_event(record),
        }
        stream.write((",\n" if n else "") + _dumps(feature, ensure_ascii))
        n += 1
    stream.write("\n]}\n" if n else "]}\n")
    return n


# --- registry -----------------------------------------------------------------------------------

#: Every output format by name: ``writer(items, stream, **options) -> records written``.
FORMATS: Final[Mapping[str, Writer]] = {
    "jsonl": write_jsonl,
    "json": write_json,
    "documents": write_documents_jsonl,
    "csv": write_csv,
    "acled": write_acled,
    "gdelt": write_gdelt,
    "plover": write_plover,
    "geojson": write_geojson,
}

#: The usual file suffix of each format.
SUFFIXES: Final[Mapping[str, str]] = {
    "jsonl": ".jsonl",
    "json": ".json",
    "documents": ".jsonl",
    "csv": ".csv",
    "acled": ".csv",
    "gdelt": ".tsv",
    "plover": ".jsonl",
    "geojson": ".geojson",
}


def write_events(items: Iterable[ExportItem], fmt: str, stream: IO[str], **options: Any) -> int:
    """Write ``items`` to ``stream`` in format ``fmt`` (a key of ``FORMATS``); return the count.

    >>> import io
    >>> write_events([], "csv", io.StringIO())
    0
    """
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise ArgumentValueError(
            "fmt", f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}"
        ) from None
    return writer(items, stream, **options)


def export(items: Iterable[ExportItem], fmt: str, path: str, **options: Any) -> int:
    """Write ``items`` in format ``fmt`` to the file at ``path`` (UTF-8); return the count.

    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "events.csv")
    >>> export([], "acled", path)
    0
    """
    with open(path, "w", encoding="utf-8", newline="") as stream:
        return write_events(items, fmt, stream, **options)


# --- readers ------------------------------------------------------------------------------------


def _from_event_record(obj: Mapping[str, Any]) -> ExportedEvent:
    data = dict(obj)
    source = data.pop("source", None)
    published = data.pop("published", None)
    return ExportedEvent(
        source, dt.date.fromisoformat(published) if published else None, Event.from_dict(data)
    )


def read_events(stream: IO[str], fmt: str) -> Iterator[ExportedEvent]:
    """Read events back from a ``jsonl``, ``json``, ``documents`` or ``csv`` export.

    These four formats are lossless for events; the others (acled, gdelt, plover, geojson) are
    projections and are read with the ``csv``/``json`` modules directly.

    >>> import io
    >>> list(read_events(io.StringIO("[]"), "json"))
    []
    """
    if fmt == "jsonl":
        for line in stream:
            if line.strip():
                yield _from_event_record(json.loads(line))
    elif fmt == "json":
        for obj in json.load(stream):
            yield _from_event_record(obj)
    elif fmt == "documents":
        for source, doc in read_documents(stream):
            for event in doc.events:
                yield ExportedEvent(source, doc.published, event, doc.text)
    elif fmt == "csv":
        for row in csv.DictReader(stream):
            published = row["published"]
            yield ExportedEvent(
                _opt(row["source"]),
                dt.date.fromisoformat(published) if published else None,
                _event_from_row(row),
            )
    else:
        raise ArgumentValueError(
            "fmt", f"cannot read {fmt!r} back; use jsonl, json, documents or csv"
        )


def read_documents(stream: IO[str]) -> Iterator[tuple[str | None, Document]]:
    """Read ``(source, Document)`` pairs from a ``documents`` export.

    >>> import io
    >>> list(read_documents(io.StringIO("")))
    []
    """
    for line in stream:
        if line.strip():
            doc = Document.from_dict(json.loads(line))
            yield doc.source, doc
