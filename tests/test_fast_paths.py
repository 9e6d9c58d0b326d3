"""The fast paths added for speed give exactly what the plain code gives.

The actor tokeniser cuts at spaces in C and sends only unusual pieces through the token regex;
model converters skip work for values that already have the right type. Neither may change a
result or an error.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictevents import actors, text
from conflictevents.errors import ModelValueError
from conflictevents.model import Actor, Event, Location, Quantity, Span

# Characters that exercise every branch of the tokeniser: letters, marks, digits, joiners,
# apostrophes, trailing and leading punctuation, odd white space, lone surrogates.
_PIECES = st.sampled_from(
    [
        *"aAbZs  .,;:!?'’-‐\"“”()[]{}«»…\n\t\x1c\x1f\x85\xa0_09²éü\u0301\u200d",
        *("U.S.", "Iran's", "al-Qaeda", "\ud800", "ß", "İ", "  ", "wasn't", "Qala-i-Naw,"),
    ]
)


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_split_matches_the_token_regex(text: str) -> None:
    assert actors._split(text) == actors._split_regex(text)


@pytest.mark.parametrize(
    "sample",
    ["", " ", "Taliban fighters attacked Qala-i-Naw, capital of Badghis.", "a  b\n\nc.", "Iran's"],
)
def test_split_examples(sample: str) -> None:
    assert actors._split(sample) == actors._split_regex(sample)


# Sentence ends, closing quotes, blanks and every kind of line break, in any order.
_BREAKS = st.sampled_from(
    [*".!?…\n\r \t\"'”’»)]aB", "Gen.", "U.S.", "\n\n", " \r\n", "...", "\u2028", "\x85"]
)


@settings(max_examples=300)
@given(st.lists(_BREAKS, max_size=40).map("".join), st.integers(0, 60), st.integers(0, 60))
def test_boundaries_match_the_boundary_regex(sample: str, a: int, b: int) -> None:
    lo, hi = min(a, b, len(sample)), min(max(a, b), len(sample))
    want = [(m.span(), m.groupdict()) for m in text._BOUNDARY.finditer(sample, lo, hi)]
    assert [(m.span(), m.groupdict()) for m in text._boundaries(sample, lo, hi)] == want


def _event(**fields: object) -> Event:
    base: dict[str, object] = {
        "id": "x",
        "type": "ASSAULT",
        "trigger": {"text": "attacked", "span": [8, 16]},
        "span": [0, 30],
        "rule": "assault.attack",
    }
    return Event(**{**base, **fields})  # type: ignore[arg-type]


def test_valid_event_fields_pass() -> None:
    e = _event(cameo="190", quad_class=4, goldstein=-10.0, confidence=1, mode=("firearms",))
    assert e.confidence == 1 and e.to_dict()["cameo"] == "190"


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: Span(-1, 2), "start"),
        (lambda: Span(1, True), "end"),
        (lambda: Span(3, 2), "end"),
        (lambda: Span(1.0, 2), "start"),  # type: ignore[arg-type]
        (lambda: Quantity(low=5, best=3, high=None), "best"),
        (lambda: Quantity(low=-1, best=3, high=None), "low"),
        (lambda: Quantity(low=None, best=float("nan"), high=None), "best"),
        (lambda: Quantity(low=True, best=3, high=None), "low"),
        (lambda: Location(name="x", lat=91.0, lon=0.0), "lat"),
        (lambda: Location(name="x", lat=1.0, lon=float("inf")), "lon"),
        (lambda: Location(name="x", lat=1.0, lon=None), "lon"),
        (lambda: Actor(name="x", sector="nope"), "value"),
        (lambda: _event(cameo="19x"), "cameo"),
        (lambda: _event(quad_class=5), "quad_class"),
        (lambda: _event(goldstein=11.0), "goldstein"),
        (lambda: _event(goldstein=float("nan")), "goldstein"),
        (lambda: _event(confidence=1.5), "confidence"),
        (lambda: _event(confidence=True), "confidence"),
        (lambda: _event(cameo="19x", confidence=2.0), "cameo"),  # fields checked in order
        (lambda: _event(mode=("firearms",), type="AGREE"), "mode"),
    ],
)
def test_invalid_values_still_raise(make: object, field: str) -> None:
    with pytest.raises(ModelValueError) as info:
        make()  # type: ignore[operator]
    assert info.value.field == field
