"""Tests for conflictevents.dates: the hand-checked table in tests/cases/dates.tsv, the seed
article, and hypothesis properties that must hold for any input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictevents.dates import find_dates, resolve_date
from conflictevents.errors import ArgumentTypeError
from conflictevents.model import DatePrecision, EventDate

CASES = Path(__file__).parent / "cases" / "dates.tsv"
SEED = Path(__file__).parent.parent / "seeds" / "000_49d2b188e1fd5a98.txt"


def _rows() -> list[pytest.param]:  # type: ignore[valid-type]
    rows = []
    for n, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        cols += [""] * (8 - len(cols))
        published, sentence, mention, start, end, precision, future, status = cols[:8]
        marks = [pytest.mark.xfail(strict=True, reason=status[6:].strip())] if status else []
        rows.append(
            pytest.param(
                None if published == "-" else dt.date.fromisoformat(published),
                sentence, mention,
                None if start == "-" else dt.date.fromisoformat(start),
                None if end == "-" else dt.date.fromisoformat(end),
                None if precision == "-" else DatePrecision(precision),
                future == "yes",
                id=f"L{n}:{sentence[:40]}",
                marks=marks,
            )
        )
    return rows


def test_table_is_large_enough() -> None:
    assert len(_rows()) >= 80


@pytest.mark.parametrize(
    ("published", "sentence", "mention", "start", "end", "precision", "future"), _rows()
)
def test_table(
    published: dt.date | None,
    sentence: str,
    mention: str,
    start: dt.date | None,
    end: dt.date | None,
    precision: DatePrecision | None,
    future: bool,
) -> None:
    found = find_dates(sentence, published)
    if mention == "NONE":
        assert not any(d.resolved for d in found), found
        return
    by_text = {d.text: d for d in found}
    assert mention in by_text, found
    d = by_text[mention]
    assert (d.start, d.end, d.precision, d.future) == (start, end, precision, future), d
    assert d.reason


def test_seed_weekdays() -> None:
    text = SEED.read_text(encoding="utf-8")
    found = find_dates(text, dt.date(2021, 7, 7))
    wed = [d for d in found if "Wednesday" in d.text]
    tue = [d for d in found if "Tuesday" in d.text]
    assert [(d.start, d.precision) for d in wed] == [(dt.date(2021, 7, 7), DatePrecision.DAY)]
    assert [(d.start, d.precision) for d in tue] == [(dt.date(2021, 7, 6), DatePrecision.DAY)]


def test_resolve_date() -> None:
    d = resolve_date("on Tuesday", dt.date(2021, 7, 7))
    assert d is not None and d.start == dt.date(2021, 7, 6)
    assert resolve_date("no date at all", dt.date(2021, 7, 7)) is None
    unresolved = resolve_date("on Tuesday", None)
    assert unresolved is not None and unresolved.start is None
    assert "publication" in unresolved.reason


def test_datetime_published_is_accepted() -> None:
    d = find_dates("on Tuesday", dt.datetime(2021, 7, 7, 12, 30))
    assert d[0].start == dt.date(2021, 7, 6)


def test_bad_arguments_raise() -> None:
    with pytest.raises(ArgumentTypeError):
        find_dates(b"on Tuesday")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError):
        find_dates("on Tuesday", "2021-07-07")  # type: ignore[arg-type]


def test_calendar_edges_do_not_raise() -> None:
    assert find_dates("yesterday and two years ago", dt.date(1, 1, 1))[0].start is None
    assert find_dates("tomorrow", dt.date(9999, 12, 31))[0].start is None


# --- properties ----------------------------------------------------------------------------------

WORDS = st.sampled_from(
    "on last next this since late early overnight the of in between and to a two three days "
    "weeks ago earlier later July June May March Monday Tuesday Sunday Friday 5 12 31 2021 1999 "
    "2021-07-07 5/7/2021 25/07/2021 will threatened today yesterday tomorrow week month year "
    "weekend past recent mid- , . \n 99999 29 February".split(" ")
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=40).map(" ".join))
DATES = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))


@settings(max_examples=300)
@given(TEXTS, DATES)
def test_properties(text: str, published: dt.date | None) -> None:
    found = find_dates(text, published)
    assert found == find_dates(text, published)  # deterministic
    last_end = 0
    for d in found:
        assert d.span is not None
        assert text[d.span.start : d.span.end] == d.text and d.text
        assert d.span.start >= last_end  # in text order, not overlapping
        last_end = d.span.end
        if d.resolved and published is not None and not d.future:
            assert d.end is not None and d.end <= published, d
        if published is None and d.resolved:
            assert "publication" not in d.reason or "up to" not in d.reason
        assert EventDate.from_dict(json.loads(json.dumps(d.to_dict()))) == d


@settings(max_examples=100)
@given(st.text(alphabet=st.characters(codec=None), max_size=200), DATES)
def test_never_raises_on_any_characters(text: str, published: dt.date | None) -> None:
    find_dates(text, published)
