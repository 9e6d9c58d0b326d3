"""Tests for conflictevents.quantities: the hand-checked table in tests/cases/quantities.tsv,
the seed article's gold quantities, casualty helpers, and hypothesis properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictevents.errors import ArgumentTypeError
from conflictevents.model import Casualty, CasualtyKind, Quantity, Span
from conflictevents.quantities import (
    casualties_within,
    fatalities,
    find_casualties,
    find_quantities,
    injuries,
    parse_number_words,
)

CASES = Path(__file__).parent / "cases" / "quantities.tsv"
ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "000_49d2b188e1fd5a98.txt"


def _num(s: str) -> int | float | None:
    if s == "-":
        return None
    return float(s) if "." in s else int(s)


def _rows() -> list[pytest.param]:  # type: ignore[valid-type]
    rows = []
    for n, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 9)[:9]
        kind, sentence, mention, low, best, high, unit, ckind, status = cols
        marks = [pytest.mark.xfail(strict=True, reason=status[6:].strip())] if status else []
        values = (_num(low), _num(best), _num(high)) if kind != "none" else None
        rows.append(
            pytest.param(
                kind, sentence, mention, values, unit if unit not in ("", "-") else None,
                ckind or None, id=f"L{n}:{sentence[:40]}", marks=marks,
            )
        )
    return rows


def test_table_is_large_enough() -> None:
    assert len(_rows()) >= 80


@pytest.mark.parametrize(("kind", "sentence", "mention", "values", "unit", "ckind"), _rows())
def test_table(
    kind: str,
    sentence: str,
    mention: str,
    values: tuple[int | float | None, ...] | None,
    unit: str | None,
    ckind: str | None,
) -> None:
    if kind == "none":
        assert find_quantities(sentence) == ()
        return
    if kind == "q":
        by_text = {q.text: q for q in find_quantities(sentence)}
        assert mention in by_text, by_text
        q = by_text[mention]
        assert ((q.low, q.best, q.high), q.unit) == (values, unit)
        return
    found = find_casualties(sentence)
    by_text = {c.text: c for c in found}
    assert mention in by_text, found
    c = by_text[mention]
    assert c.kind is CasualtyKind(ckind)
    assert (c.count.low, c.count.best, c.count.high) == values


def test_seed_matches_gold_quantities() -> None:
    gold = {
        "hundreds": (200, None, None),
        "90 per cent": (90, 90, "percent"),
        "20,000": (20000, 20000, None),
        "several hundred": (200, None, None),
    }
    found = {q.text: q for q in find_quantities(SEED.read_text(encoding="utf-8"))}
    for text, (low, high, unit) in gold.items():
        q = found[text]
        assert q.low == low and q.high == high
        if unit is not None:
            assert q.unit == unit
    assert found["90 per cent"].best == 90 and found["20,000"].best == 20000


def test_count_once_with_including() -> None:
    found = find_casualties("12 people, including 3 children, were killed in the raid.")
    assert [(c.kind, c.count.best) for c in found] == [(CasualtyKind.KILLED, 12)]


def test_perpetrators_are_not_victims() -> None:
    found = find_casualties("5 gunmen killed 3 people near the market.")
    assert [c.count.best for c in found] == [3]


def test_distances_are_not_casualties() -> None:
    found = find_casualties("Two soldiers were killed 5 km from the border.")
    assert [c.count.best for c in found] == [2]


def test_fatalities_and_injuries_helpers() -> None:
    text = "The blast killed 5 soldiers and 3 civilians and wounded 12. Police arrested 2 men."
    found = find_casualties(text)
    total = fatalities(found)
    assert total is not None and (total.low, total.best, total.high) == (8, 8, 8)
    hurt = injuries(found)
    assert hurt is not None and hurt.best == 12
    first = Span(0, text.index(".") + 1)
    assert {c.kind for c in casualties_within(found, first)} == {
        CasualtyKind.KILLED, CasualtyKind.INJURED,
    }
    assert fatalities(found, Span(text.index("Police"), len(text))) is None


def test_parse_number_words() -> None:
    assert parse_number_words("two hundred and fifty") == (250, 21)
    assert parse_number_words("a dozen") == (12, 7)
    assert parse_number_words("three thousand five hundred")[0] == 3500  # type: ignore[index]
    assert parse_number_words("and") is None


def test_bad_arguments_raise() -> None:
    with pytest.raises(ArgumentTypeError):
        find_quantities(None)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError):
        find_casualties(42)  # type: ignore[arg-type]


def test_huge_numbers_do_not_break_the_model() -> None:
    assert find_quantities("9" * 400 + " people") == ()
    assert find_quantities("999,999,999,999 trillion dollars") == ()


# --- properties ----------------------------------------------------------------------------------

WORDS = st.sampled_from(
    "at least more than nearly about up to between and or to killed killing wounded wounding "
    "were was people soldiers dead died death toll rose the of including , . 5 12 20,000 1.5 "
    "million hundred hundreds dozens several a dozen twelve two hundred fifty per cent % "
    "percent - 2019 July 3 pm left bodies missing fled arrested $ one 99999999999999999999 "
    "-strong -year-old".split(" ")
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=40).map(" ".join))


def _check_quantity(text: str, q: Quantity) -> None:
    assert q.span is not None and q.text
    assert text[q.span.start : q.span.end] == q.text
    known = [v for v in (q.low, q.best, q.high) if v is not None]
    assert known == sorted(known) and known
    assert Quantity.from_dict(json.loads(json.dumps(q.to_dict()))) == q


@settings(max_examples=300)
@given(TEXTS)
def test_properties(text: str) -> None:
    qs = find_quantities(text)
    assert qs == find_quantities(text)
    last = 0
    for q in qs:
        _check_quantity(text, q)
        assert q.span is not None and q.span.start >= last
        last = q.span.end
    cs = find_casualties(text)
    assert cs == find_casualties(text)
    for c in cs:
        assert text[c.span.start : c.span.end] == c.text
        assert c.count.span is not None and c.span.contains(c.count.span)
        known = [v for v in (c.count.low, c.count.best, c.count.high) if v is not None]
        assert known == sorted(known)
        assert Casualty.from_dict(json.loads(json.dumps(c.to_dict()))) == c
    for total in (fatalities(cs), injuries(cs)):
        if total is not None:
            known = [v for v in (total.low, total.best, total.high) if v is not None]
            assert known == sorted(known)


@settings(max_examples=100)
@given(st.text(alphabet=st.characters(codec=None), max_size=200))
def test_never_raises_on_any_characters(text: str) -> None:
    find_quantities(text)
    find_casualties(text)
