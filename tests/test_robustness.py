"""Hostile input never crashes, hangs or loses a record (issue 8).

Every public parser takes any ``str`` and returns well-formed results whose spans index the input;
wrong argument types raise ``TypeError`` naming the argument; a bad ``published`` raises
``ValueError``; text past ``max_chars`` raises ``DocumentTooLargeError``. The stage parsers are
imported defensively, so this file runs whichever stages exist. Scaling lives in
test_scaling.py, determinism and thread safety in test_determinism.py.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import any_text, articles, published_values

import conflictevents as ce
from conflictevents.errors import DocumentTooLargeError
from conflictevents.model import Document, Span
from conflictevents.text import MAX_SENTENCE_CHARS

PUBLISHED = dt.date(2021, 7, 7)
REGRESSIONS = Path(__file__).parent / "regressions"
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")

# name -> (module, attribute, how to call it on a text)
_PARSERS: dict[str, tuple[str, str, Callable[[Callable[..., Any], str], Any]]] = {
    "read_article": ("conflictevents", "read_article", lambda f, t: f(t)),
    "split_sentences": ("conflictevents", "split_sentences", lambda f, t: f(t)),
    "parse": ("conflictevents", "parse", lambda f, t: f(t, PUBLISHED)),
    "parse_unpublished": ("conflictevents", "parse", lambda f, t: f(t)),
    "find_dates": ("conflictevents.dates", "find_dates", lambda f, t: f(t, PUBLISHED)),
    "find_quantities": ("conflictevents.quantities", "find_quantities", lambda f, t: f(t)),
    "find_casualties": ("conflictevents.quantities", "find_casualties", lambda f, t: f(t)),
    "find_places": ("conflictevents.places", "find_places", lambda f, t: f(t)),
    "find_actors": ("conflictevents.actors", "find_actors", lambda f, t: f(t)),
}
PARSER_NAMES = sorted(_PARSERS)
# The text-taking functions, once each, for the argument-type checks.
TEXT_FUNCTIONS = [n for n in PARSER_NAMES if n != "parse_unpublished"]


def parser(name: str) -> Callable[[str], Any]:
    """The named parser, called the usual way; skips the test while its module is absent."""
    module_name, attr, call = _PARSERS[name]
    module = pytest.importorskip(module_name)
    func = getattr(module, attr, None)
    if func is None:
        pytest.skip(f"{module_name}.{attr} does not exist yet")
    return lambda text: call(func, text)


def _loaded_parsers() -> Iterator[tuple[str, Callable[[str], Any]]]:
    for name in PARSER_NAMES:
        module_name, attr, call = _PARSERS[name]
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        func = getattr(module, attr, None)
        if func is not None:
            yield name, (lambda f, c: lambda text: c(f, text))(func, call)


# --- checking results ----------------------------------------------------------------------------


def _walk(value: Any) -> Iterator[Any]:
    """Every model object inside a result (tuples, Documents, events, slots)."""
    if isinstance(value, (tuple, list)):
        for v in value:
            yield from _walk(v)
        return
    if not hasattr(value, "__attrs_attrs__"):
        return
    yield value
    for field in value.__attrs_attrs__:
        yield from _walk(getattr(value, field.name))


def check_result(text: str, result: Any) -> None:
    """Spans index ``text``, mention texts match their spans, dict round-trips are exact."""
    for obj in _walk(result):
        if isinstance(obj, Span):
            assert 0 <= obj.start <= obj.end <= len(text), (obj, len(text))
            continue
        span = getattr(obj, "span", None)
        mention = getattr(obj, "text", None)
        if isinstance(span, Span) and isinstance(mention, str) and mention:
            assert text[span.start : span.end] == mention, (type(obj).__name__, span, mention)
        to_dict = getattr(obj, "to_dict", None)
        from_dict = getattr(type(obj), "from_dict", None)
        if to_dict is not None and from_dict is not None:
            data = to_dict()
            assert from_dict(data) == obj
            # JSON must carry lone surrogates too (escaped, not encoded); a JSON reader joins an
            # adjacent high+low pair into one character, so only texts without one round-trip.
            again = json.loads(json.dumps(data))
            if not _SURROGATE_PAIR.search(text):
                assert from_dict(again) == obj
    if isinstance(result, Document):
        check_document(text, result)


def check_document(text: str, doc: Document) -> None:
    """Whole-document invariants: the text is kept, events sit inside the text and a sentence."""
    assert doc.text == text
    for a, b in zip(doc.sentences, doc.sentences[1:], strict=False):
        assert a.end <= b.start, "sentences overlap or are out of order"
    for event in doc.events:
        assert 0 <= event.span.start <= event.span.end <= len(text)
        slots = [event.trigger.span]
        slots += [s.span for s in (event.actor, event.recipient, event.location, event.date) if s]
        for span in slots:
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text), (event.signature(), span)
        trigger = event.trigger.span
        assert text[trigger.start : trigger.end] == event.trigger.text
        holding = [s for s in doc.sentences if s.contains(trigger)]
        assert holding, f"trigger {event.trigger.text!r} lies in no sentence"
        assert holding[0].contains(event.span) or event.span.contains(trigger), event.signature()
    data = json.loads(json.dumps(doc.to_dict()))
    if not _SURROGATE_PAIR.search(text):
        assert Document.from_dict(data) == doc


# --- hostile inputs -------------------------------------------------------------------------------

HOSTILE_TEXTS: dict[str, str] = {
    "empty": "",
    "space": " ",
    "whitespace": " \t\n\r\x0b\x0c\u00a0\u2028\u2029\u3000 ",
    "punctuation": ".,;:!?-()[]{}'\"…—–/\\@#$%^&*_+=~`|<>" * 20,
    "dots": "." * 2000,
    "control": "".join(map(chr, range(32))) * 5 + "\x7f\x80\x9f",
    "nul": "Taliban\x00fighters\x00attacked\x00Kunduz\x00on Tuesday.\x00",
    "lone_surrogates": "Taliban \ud800fighters attacked \udfffKunduz, killing \udbff12 soldiers.",
    "surrogate_only": "\ud800\udc00\udfff\ud800",
    "mixed_scripts": "Taliban حمله کرد 在喀布尔 атаковали Kunduz ตาลีบัน 12 مقتل soldiers.",
    "rtl": "\u202eTaliban fighters attacked Kunduz\u202c قصفت طالبان قندوز يوم الثلاثاء، ١٢ قتيلا.",
    "emoji": "💥 Taliban 🔫 attacked 🇦🇫 Kunduz 👨‍👩‍👧 killing 1️⃣2️⃣ soldiers 🙏🏽.",
    "html": (
        "<html><head><title>Attack</title></head><body><p>Taliban <b>fighters</b> attacked "
        "<a href='/k'>Kunduz</a> on Tuesday,<br/> killing 12 soldiers.</p>"
        "<script>var x = '</p>';</script>&amp;&nbsp;&#8212;</body></html>"
    ),
    "markdown": (
        "# Taliban attack\n\n**Taliban fighters** attacked [Kunduz](http://x.org/k) on *Tuesday*"
        ", killing `12` soldiers.\n\n- item\n- item\n\n> quoted U.S. troops\n\n```\ncode\n```"
    ),
    "huge_number": "Gunmen killed " + "9" * 400 + " people and wounded 1" + "0" * 350 + ".",
    "huge_number_groups": "Rebels killed " + ",".join(["999"] * 300) + " soldiers.",
    "huge_decimal": "About 1." + "5" * 500 + " million people fled; 1e999 died; 0." + "0" * 400,
    "huge_words": "Rebels killed " + "one hundred and " * 200 + "twelve soldiers.",
    "feb_31": "Rebels attacked Kunduz on 31 February 2021 and on February 30, 2020.",
    "year_99999": "On 5 May 99999 rebels attacked; in 99999, in the year 0 and on 0000-00-00.",
    "far_dates": "It happened 100000 years ago, 10,000 days ago and will in 5000 years.",
    "metadata_bad": "date 2021-02-31 Taliban fighters attacked Kunduz.",
    "metadata_extreme": "date 9999-12-31 Next year rebels will attack Kunduz tomorrow.",
    "dateline_only": "KABUL, July 7 (Reuters) -",
    "title_only": "Title: x\n",
    "bom": "\ufeffTaliban fighters attacked Kunduz.",
    "combining": "Ta\u0301li\u0308ban fi\u0336ghters atta\u0327cked Ku\u0303nduz.",
    "zero_width": "Tali\u200bban fight\u200ders att\u200cacked Kun\ufeffduz.",
    "private_use": "\ue000\U000f0000\U0010ffff Taliban attacked.",
    "dotted_caps": "U.S. " * 200 + "troops attacked.",
    "all_caps": "TALIBAN FIGHTERS ATTACKED KUNDUZ ON TUESDAY, KILLING 12 SOLDIERS.",
    "lower": "taliban fighters attacked kunduz on tuesday, killing 12 soldiers.",
    "no_spaces": "TalibanfightersattackedKunduzonTuesday,killing12soldiers." * 20,
}


@pytest.mark.parametrize("case", sorted(HOSTILE_TEXTS))
@pytest.mark.parametrize("name", PARSER_NAMES)
def test_hostile_text_gives_well_formed_result(name: str, case: str) -> None:
    text = HOSTILE_TEXTS[case]
    result = parser(name)(text)
    check_result(text, result)


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, last week, yesterday and tomorrow rebels attacked Kunduz.",
        "Next year, next month, in two weeks and in 5000 years the army will withdraw.",
        "Three days ago, 10 years ago, last year, in the past decade and earlier this month.",
        "On 31 December, in January, in the coming weeks, since Sunday, this weekend.",
        "Taliban fighters attacked Kunduz on Tuesday, killing 12 soldiers.",
    ],
)
def test_published_at_the_ends_of_the_calendar(published: dt.date, text: str) -> None:
    doc = ce.parse(text, published)
    check_result(text, doc)
    assert doc.published == published
    dates = pytest.importorskip("conflictevents.dates")
    check_result(text, dates.find_dates(text, published))
    actors = pytest.importorskip("conflictevents.actors")
    check_result(text, actors.find_actors(text, published=published))


@pytest.mark.parametrize(
    "published",
    [
        dt.datetime(2021, 7, 7, 23, 59, tzinfo=dt.timezone(dt.timedelta(hours=-12))),
        dt.datetime.min,
        dt.datetime.max,
        "0001-01-01",
        "9999-12-31",
        " 2021-07-07T10:00:00Z ",
    ],
)
def test_published_forms_accepted(published: Any) -> None:
    doc = ce.parse("Rebels attacked Kunduz on Tuesday.", published)
    assert isinstance(doc.published, dt.date)


# --- big inputs (run everywhere; a few seconds each at most) -------------------------------------
# Heavier variants (a 5 MB line dense with mentions, 100,000 numbered lines) are timed by
# benchmarks/bench_scaling.py; docs/robustness.md has the figures.

FIVE_MB = 5_000_000
_FILLER = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
_SHORT_LINES = ("ok", "-", "| a | b |", "<br>", "x y z", "", "* item", "> quote", "…")


@pytest.mark.parametrize("name", TEXT_FUNCTIONS)
def test_big_single_5mb_line(name: str) -> None:
    """One 5 MB line with no sentence break and nothing to find."""
    text = (_FILLER * (FIVE_MB // len(_FILLER) + 1))[:FIVE_MB]
    result = parser(name)(text)
    if name == "parse":
        assert result.text == text and result.events == ()
        assert all(len(s) <= MAX_SENTENCE_CHARS for s in result.sentences)
    else:
        check_result(text, result)


@pytest.mark.parametrize("name", TEXT_FUNCTIONS)
def test_big_100000_short_lines(name: str) -> None:
    text = "\n".join(_SHORT_LINES[i % len(_SHORT_LINES)] for i in range(100_000))
    result = parser(name)(text)
    if name == "parse":
        assert result.text == text
    elif isinstance(result, tuple):
        for item in result[:100] + result[-100:]:
            check_result(text, item)


def test_big_paragraph_count_is_exact() -> None:
    assert len(ce.split_sentences("x.\n\n" * 100_000)) == 100_000


# --- argument checking ---------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [b"Taliban attacked Kunduz.", None, 42, ["text"], bytearray(b"x")])
@pytest.mark.parametrize("name", TEXT_FUNCTIONS)
def test_wrong_text_type_raises_type_error_naming_it(name: str, bad: Any) -> None:
    with pytest.raises(TypeError, match="text"):
        parser(name)(bad)


@pytest.mark.parametrize("bad", [b"2021-07-07", 20210707, 2021.7, ["2021-07-07"], object()])
def test_wrong_published_type_raises_type_error(bad: Any) -> None:
    with pytest.raises(TypeError, match="published"):
        ce.parse("Rebels attacked.", bad)
    with pytest.raises(TypeError, match="published"):
        ce.read_article("Rebels attacked.", bad)


@pytest.mark.parametrize(
    "bad",
    ["", "yesterday", "2021-02-31", "2021-13-01", "07/07/2021", "99999-01-01", "2021-7-7", "\x00"],
)
def test_invalid_published_raises_value_error_saying_what_is_expected(bad: str) -> None:
    with pytest.raises(ValueError, match="published") as info:
        ce.parse("Rebels attacked.", bad)
    assert "ISO date" in str(info.value) or "expected" in str(info.value)


def test_stage_published_type_checked() -> None:
    dates = pytest.importorskip("conflictevents.dates")
    with pytest.raises(TypeError, match="published"):
        dates.find_dates("on Tuesday", 20210707)
    actors = pytest.importorskip("conflictevents.actors")
    with pytest.raises(TypeError, match="published"):
        actors.find_actors("President Putin", published=20210707)


# --- maximum document size ----------------------------------------------------------------------


def test_default_max_chars_is_ten_million() -> None:
    from conflictevents.text import DEFAULT_MAX_CHARS

    assert DEFAULT_MAX_CHARS == 10_000_000


def test_text_past_max_chars_raises_document_too_large() -> None:
    with pytest.raises(DocumentTooLargeError) as info:
        ce.parse("x" * 11, max_chars=10)
    assert (info.value.size, info.value.limit) == (11, 10)
    assert isinstance(info.value, ValueError)
    assert "limit" in str(info.value)
    assert ce.parse("x" * 10, max_chars=10).text == "x" * 10
    assert ce.parse("x" * 11, max_chars=None).text == "x" * 11


def test_default_limit_applies_without_scanning() -> None:
    text = " " * 10_000_001
    with pytest.raises(DocumentTooLargeError):
        ce.parse(text)
    with pytest.raises(DocumentTooLargeError):
        ce.read_article(text)


@pytest.mark.parametrize("bad", ["10", 1.5, b"10"])
def test_max_chars_type_checked(bad: Any) -> None:
    with pytest.raises(TypeError, match="max_chars"):
        ce.parse("x", max_chars=bad)


def test_negative_max_chars_rejected() -> None:
    with pytest.raises(ValueError, match="max_chars"):
        ce.parse("x", max_chars=-1)


# --- properties over generated text ---------------------------------------------------------------


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text())
def test_every_parser_accepts_any_str(text: str) -> None:
    for _, run in _loaded_parsers():
        check_result(text, run(text))


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(text=articles(), published=published_values())
def test_pipeline_on_article_like_text(text: str, published: dt.date | None) -> None:
    doc = ce.parse(text, published)
    check_result(text, doc)
    assert ce.parse(text, published).to_dict() == doc.to_dict()


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(text=articles(max_sentences=5))
def test_event_candidates_keep_their_slots_inside_their_sentence(text: str) -> None:
    """Before merging, every slot of a candidate comes from the sentence of its trigger.

    (Merging may then fill a slot from a coreferent mention in another sentence.)
    """
    events = pytest.importorskip("conflictevents.events")
    doc = ce.parse(text, PUBLISHED)
    body = doc.article.body or Span(0, len(text))
    mentions = events.Mentions(
        actors=doc.actors,
        places=tuple(p for p in doc.places if p.span and body.contains(p.span)),
        dates=doc.dates,
        quantities=doc.quantities,
        casualties=doc.casualties,
    )
    for event in events.find_events(text, doc.sentences, mentions, published=doc.published):
        trigger = event.trigger.span
        holding = [s for s in doc.sentences if s.contains(trigger)]
        assert len(holding) == 1, event.signature()
        for slot in (event.actor, event.recipient, event.location, event.date):
            if slot is not None and slot.span is not None:
                assert holding[0].contains(slot.span), (event.signature(), slot)


# --- regressions kept by the fuzzer ---------------------------------------------------------------


def _regression_files() -> list[Path]:
    return sorted(p for p in REGRESSIONS.glob("*") if p.is_file() and p.suffix != ".md")


@pytest.mark.parametrize("path", _regression_files(), ids=lambda p: p.name)
def test_fuzz_regressions(path: Path) -> None:
    """Inputs that once crashed a parser (saved by scripts/fuzz.py): never again."""
    text = path.read_bytes().decode("utf-8", "surrogatepass")
    for _, run in _loaded_parsers():
        check_result(text, run(text))


# --- batch and CLI never lose a record ------------------------------------------------------------


def test_parse_many_yields_one_result_per_item_in_order() -> None:
    from conflictevents.batch import parse_many

    items: list[Any] = [
        "Taliban fighters attacked Kunduz.",
        ("Rebels attacked.", "2021-07-07"),
        ("Rebels attacked.", "2021-02-31"),  # invalid published: an error record, not a crash
        42,
        None,
        {"text": "Talks failed.", "id": "rec-7"},
        {"id": "no-text"},
        "\ud800\x00",
        "x" * 20,
    ]
    results = list(parse_many(items))
    assert len(results) == len(items)
    assert [r.source for r in results[:5]] == ["#0", "#1", "#2", "#3", "#4"]
    assert results[5].source == "rec-7" and results[6].source == "no-text"
    for result in results:
        assert (result.document is None) != (result.error is None)
        if result.error is not None:
            assert result.error.source == result.source and result.error.reason
    assert [r.ok for r in results] == [True, True, False, False, False, True, False, True, True]
    assert "published" in results[2].error.reason  # type: ignore[union-attr]


def test_cli_reports_every_bad_input_and_keeps_going(tmp_path: Path) -> None:
    good = tmp_path / "a_good.txt"
    good.write_text("Taliban fighters attacked Kunduz on Tuesday.", encoding="utf-8")
    bad = tmp_path / "b_bad.txt"
    bad.write_bytes(b"Rebels attacked \xff\xfe Kunduz.")
    missing = tmp_path / "c_missing.txt"
    hostile = tmp_path / "d_hostile.txt"
    hostile.write_bytes("\x00 \u202e U.S. \u2028 .".encode())
    paths = [good, bad, missing, hostile]
    proc = subprocess.run(
        [sys.executable, "-m", "conflictevents", "parse", *map(str, paths),
         "--published", "2021-07-07"],
        capture_output=True,
        timeout=120,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    # split on newlines only: U+2028 in a record is not a record separator
    records = [json.loads(line) for line in proc.stdout.decode().split("\n") if line]
    assert [r["source"] for r in records] == [str(good), str(hostile)]
    errors = proc.stderr.decode().splitlines()
    assert len(errors) == 2
    assert str(bad) in errors[0] and "offset 16" in errors[0]
    assert str(missing) in errors[1]

    replaced = subprocess.run(
        [sys.executable, "-m", "conflictevents", "parse", str(bad), "--decode", "replace"],
        capture_output=True,
        timeout=120,
    )
    assert replaced.returncode == 0, replaced.stderr
    assert "\ufffd" in json.loads(replaced.stdout)["article"]["text"]
