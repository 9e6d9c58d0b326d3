"""Every export format is written from hand-made Documents and read back with csv/json."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import attrs
import pytest
from docfactory import TEXT, sample_document

from conflictevents.errors import ArgumentValueError
from conflictevents.export import (
    ACLED_COLUMNS,
    CSV_COLUMNS,
    FORMATS,
    GDELT_COLUMNS,
    ExportedEvent,
    acled_country_name,
    acled_inter_code,
    document_id,
    export,
    iter_documents,
    read_documents,
    read_events,
    write_events,
)
from conflictevents.model import Actor, Article, Document, Event, EventDate

DOC = sample_document()
ITEMS = [("story-1.txt", DOC)]


def written(fmt: str, items: object = ITEMS, **options: object) -> str:
    out = io.StringIO()
    write_events(items, fmt, out, **options)  # type: ignore[arg-type]
    return out.getvalue()


def bare_event(**changes: object) -> Event:
    ev = Event(
        id="x", type="ASSAULT", trigger={"text": "attacked", "span": [0, 8]}, span=[0, 8], rule="r"
    )
    return attrs.evolve(ev, **changes)


# --- lossless formats ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "documents"])
def test_lossless_formats_round_trip_every_event(fmt: str) -> None:
    back = list(read_events(io.StringIO(written(fmt)), fmt))
    assert [r.event for r in back] == list(DOC.events)
    assert {r.source for r in back} == {"story-1.txt"}
    assert {r.published for r in back} == {dt.date(2021, 7, 7)}


def test_jsonl_is_the_event_contract_plus_source_and_published() -> None:
    lines = written("jsonl").splitlines()
    assert len(lines) == 3
    first = json.loads(lines[0])
    assert first["source"] == "story-1.txt"
    assert first["published"] == "2021-07-07"
    del first["source"], first["published"]
    assert first == DOC.events[0].to_dict()


def test_json_is_one_array() -> None:
    data = json.loads(written("json"))
    assert [d["id"] for d in data] == ["ev-attack", "ev-call", "ev-help"]
    assert json.loads(written("json", [])) == []


def test_documents_format_keeps_the_whole_document() -> None:
    back = list(read_documents(io.StringIO(written("documents"))))
    assert back == [("story-1.txt", attrs.evolve(DOC, source="story-1.txt"))]


def test_csv_has_one_column_per_slot_field() -> None:
    rows = list(csv.DictReader(io.StringIO(written("csv"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    attack = rows[0]
    assert attack["actor_name"] == "Taliban"
    assert attack["actor_country"] == "AFG"
    assert attack["actor_sector"] == "INS"
    assert attack["actor_code"] == "AFGINS"
    assert (
        TEXT[int(attack["actor_span_start"]) : int(attack["actor_span_end"])] == "Taliban fighters"
    )
    assert attack["recipient_code"] == "AFGMIL"
    assert attack["location_name"] == "Qala-i-Naw"
    assert float(attack["location_lat"]) == 34.98735
    assert attack["date_start"] == "2021-07-07"
    assert attack["date_precision"] == "day"
    assert (attack["fatalities_low"], attack["fatalities_best"], attack["fatalities_high"]) == (
        "12",
        "12",
        "",
    )
    assert attack["trigger_text"] == "launched an attack"
    assert attack["rule"] == "assault.launch-attack"
    assert float(attack["confidence"]) == 0.9
    assert attack["mode"] == "firearms"
    assert attack["evidence"].startswith("Taliban fighters on Wednesday")
    # the AGREE event has no location, date or recipient: empty cells, not "None"
    help_ = rows[2]
    assert help_["location_name"] == help_["recipient_name"] == help_["date_start"] == ""
    assert help_["evidence"] == 'Iran said it was "ready to help" <the talks> & more.'


def test_csv_round_trips_awkward_values() -> None:
    ev = bare_event(
        actor=Actor(name='He said, "no"\nthen left', text="", country=None),
        recipient=None,
        date=EventDate(
            start=None, end=None, precision=None, text="on Tuesday", reason="no publication date"
        ),
        quantities=({"low": 1.5, "best": 2, "high": 1e9, "unit": "tonnes"},),
        goldstein=-0.1,
        confidence=1.0,
    )
    doc = Document(article=Article(text="attacked"), events=(ev,))
    back = list(read_events(io.StringIO(written("csv", [doc])), "csv"))
    assert back == [ExportedEvent(None, None, ev)]


# --- ACLED --------------------------------------------------------------------------------------


def test_acled_rows() -> None:
    rows = list(csv.DictReader(io.StringIO(written("acled"))))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert len(rows) == 1  # only the attack has an ACLED type
    row = rows[0]
    assert row["event_date"] == "2021-07-07"
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash")
    assert (row["actor1"], row["inter1"]) == ("Taliban", "2")
    assert (row["actor2"], row["inter2"]) == ("Afghan soldiers", "1")
    assert row["assoc_actor_1"] == ""
    assert (row["country"], row["admin1"], row["location"]) == (
        "Afghanistan",
        "Badghis",
        "Qala-i-Naw",
    )
    # ACLED publishes 4 decimals
    assert float(row["latitude"]) == pytest.approx(34.98735, abs=1e-4)
    assert float(row["longitude"]) == pytest.approx(63.12891, abs=1e-4)
    assert (row["geo_precision"], row["time_precision"]) == ("1", "1")
    assert row["fatalities"] == "12"
    assert row["source"] == "story-1.txt"
    assert row["notes"].startswith("Taliban fighters on Wednesday launched an attack")


def test_acled_include_untyped_writes_every_event_with_empty_type() -> None:
    rows = list(csv.DictReader(io.StringIO(written("acled", include_untyped=True))))
    assert [r["event_type"] for r in rows] == ["Battles", "", ""]
    # no recipient -> inter2 0; undated events fall back to publication, "within a week"
    assert rows[2]["inter2"] == "0"
    assert rows[2]["actor1"] == "Iran" and rows[2]["inter1"] == "1"


@pytest.mark.parametrize(
    ("precision", "start", "end", "date", "code"),
    [
        ("day", "2021-07-05", "2021-07-05", "2021-07-05", "1"),
        ("week", "2021-07-05", "2021-07-11", "2021-07-08", "2"),
        ("range", "2021-07-03", "2021-07-05", "2021-07-04", "2"),
        ("month", "2021-06-01", "2021-06-30", "2021-06-15", "3"),
        ("range", "2021-06-01", "2021-06-20", "2021-06-10", "3"),
    ],
)
def test_acled_time_precision_codes_the_mid_point(
    precision: str, start: str, end: str, date: str, code: str
) -> None:
    ev = bare_event(
        acled={"event_type": "Battles"}, date=EventDate(start=start, end=end, precision=precision)
    )
    doc = Document(article=Article(text="attacked", published="2021-07-12"), events=(ev,))
    row = next(csv.DictReader(io.StringIO(written("acled", [doc]))))
    assert (row["event_date"], row["time_precision"]) == (date, code)


def test_acled_fatalities_best_then_low_then_zero() -> None:
    def fat(q: object) -> str:
        ev = bare_event(acled={"event_type": "Battles"}, fatalities=q)
        doc = Document(article=Article(text="attacked"), events=(ev,))
        return next(csv.DictReader(io.StringIO(written("acled", [doc]))))["fatalities"]

    assert fat({"low": 10, "best": 15, "high": 20}) == "15"
    assert fat({"low": 24, "best": None, "high": None}) == "24"
    assert fat(None) == "0"


@pytest.mark.parametrize(
    ("sector", "country", "acled_type", "code"),
    [
        ("MIL", "AFG", None, 1), ("COP", "NGA", None, 1), (None, "RUS", None, 1),
        ("REB", None, None, 2), ("INS", "AFG", None, 2), ("PRM", "SDN", None, 3),
        ("UAF", None, None, 3), ("CVL", "SYR", None, 7), ("JRN", None, None, 7),
        ("UNO", None, None, 8), ("NGO", None, None, 8), ("PTY", "ZWE", None, 3),
        ("LEG", "USA", None, 1), ("IGO", None, None, 8), ("EDU", "IRN", "Protests", 6),
        ("CVL", "IND", "Riots", 5), ("MIL", "MMR", "Protests", 1), ("UNK", None, None, None),
    ],
)  # fmt: skip
def test_acled_inter_codes(
    sector: str | None, country: str | None, acled_type: str | None, code: int | None
) -> None:
    assert acled_inter_code(Actor(name="x", sector=sector, country=country), acled_type) == code


def test_acled_country_names() -> None:
    assert acled_country_name("COD") == "Democratic Republic of Congo"
    assert acled_country_name("NGA") == "Nigeria"
    assert acled_country_name("XXX") == ""


def test_violence_against_civilians_codes_the_victims_7() -> None:
    ev = bare_event(
        acled={"event_type": "Violence against civilians", "sub_event_type": "Attack"},
        actor={"name": "Boko Haram", "sector": "REB"},
        recipient={"name": "villagers"},
    )
    doc = Document(article=Article(text="attacked"), events=(ev,))
    row = next(csv.DictReader(io.StringIO(written("acled", [doc]))))
    assert (row["inter1"], row["inter2"]) == ("2", "7")


# --- GDELT / Phoenix ----------------------------------------------------------------------------


def test_gdelt_table() -> None:
    rows = list(
        csv.DictReader(io.StringIO(written("gdelt")), delimiter="\t", quoting=csv.QUOTE_NONE)
    )
    assert tuple(rows[0]) == GDELT_COLUMNS
    assert len(rows) == 3
    attack, call, _ = rows
    assert attack["date"] == "20210707"
    assert (attack["source_code"], attack["target_code"]) == ("AFGINS", "AFGMIL")
    assert (attack["event_code"], attack["event_base_code"], attack["event_root_code"]) == (
        "190",
        "190",
        "19",
    )
    assert (attack["quad_class"], float(attack["goldstein"])) == ("4", -10.0)
    assert (float(attack["lat"]), float(attack["lon"])) == (34.98735, 63.12891)
    assert attack["geo_type"] == "4"  # a city outside the US
    assert attack["story_id"] == "story-1.txt"
    assert TEXT[int(attack["action_offset"]) :].startswith("launched an attack")
    assert call["date"] == "20210706"
    assert (call["event_code"], call["event_root_code"]) == ("042", "04")  # leading zero kept
    assert (call["source_name"], call["target_name"]) == ("Vladimir Putin", "Emomali Rahmon")


def test_gdelt_without_header_and_without_cameo() -> None:
    ev = bare_event(actor={"name": "a\tb\nc"}, cameo="180")
    uncoded = bare_event(id="y")
    doc = Document(article=Article(text="attacked"), events=(ev, uncoded))
    text = written("gdelt", [doc], header=False)
    lines = text.splitlines()
    assert len(lines) == 1  # the event without CAMEO code is left out
    assert len(lines[0].split("\t")) == len(GDELT_COLUMNS)
    assert lines[0].split("\t")[6] == "a b c"
    assert lines[0].split("\t")[GDELT_COLUMNS.index("story_id")] == document_id(doc)


# --- PLOVER -------------------------------------------------------------------------------------


def test_plover_records() -> None:
    recs = [json.loads(line) for line in written("plover").splitlines()]
    attack, call, help_ = recs
    assert attack["event_type"] == "ASSAULT" and attack["mode"] == ["firearms"]
    assert attack["context"] == ["military"]
    assert attack["actor"] == [
        {
            "entity_text": "Taliban fighters",
            "entity_name": "Taliban",
            "code": "AFG",
            "sector": "INS",
            "actor_code": "AFGINS",
            "start_char": TEXT.index("Taliban fighters"),
            "end_char": TEXT.index("Taliban fighters") + len("Taliban fighters"),
        }
    ]
    assert attack["recipient"][0]["entity_name"] == "Afghan soldiers"
    assert attack["event_loc"]["lat"] == 34.98735 and attack["event_loc"]["lon"] == 63.12891
    assert attack["event_loc"]["resolution"] == 4
    assert attack["event_loc"]["country_code"] == "AFG"
    assert attack["date"] == "2021-07-07" and attack["pub_date"] == "2021-07-07"
    assert attack["story_id"] == "story-1.txt"
    assert attack["size"] == {"dead": 12, "injured": None}
    assert attack["event_text"].startswith("Taliban fighters on Wednesday")
    assert call["date"] == "2021-07-06" and call["mode"] == ["phone"]
    assert help_["recipient"] == [] and help_["event_loc"] is None
    assert help_["date"] == "2021-07-07"  # undated: the publication date


# --- GeoJSON ------------------------------------------------------------------------------------


def test_geojson_has_only_located_events_in_lon_lat_order() -> None:
    data = json.loads(written("geojson"))
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 1
    feature = data["features"][0]
    assert feature["geometry"] == {"type": "Point", "coordinates": [63.12891, 34.98735]}
    assert feature["id"] == "ev-attack"
    assert feature["properties"]["type"] == "ASSAULT"
    assert feature["properties"]["fatalities_best"] == 12
    assert set(feature["properties"]) == set(CSV_COLUMNS)


# --- items and registry -------------------------------------------------------------------------


def test_items_may_be_documents_pairs_or_batch_results() -> None:
    @attrs.frozen
    class Result:
        source: str
        document: Document | None

    items = [DOC, ("b", DOC), Result("c", DOC), Result("d", None), attrs.evolve(DOC, source="e")]
    assert [s for s, _ in iter_documents(items)] == [None, "b", "c", "e"]
    with pytest.raises(ArgumentValueError):
        list(iter_documents([("a", "not a document")]))  # type: ignore[list-item]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_writes_nothing_gracefully(fmt: str, tmp_path: object) -> None:
    out = written(fmt, [Document(article=Article(text="Nothing happened."))])
    if fmt in ("json", "geojson"):
        json.loads(out)
    path = f"{tmp_path}/out"
    export(ITEMS, fmt, path)
    with open(path, encoding="utf-8") as f:
        assert f.read() == written(fmt)


def test_unknown_format_is_an_argument_error() -> None:
    with pytest.raises(ArgumentValueError, match="unknown format"):
        written("xml")
    with pytest.raises(ArgumentValueError):
        list(read_events(io.StringIO(""), "acled"))
