"""No catastrophic backtracking: work grows linearly with hostile input (issue 8).

Each adversarial input (runs of capitalised words, digits, "attack attack", commas, "U.S. ",
dots, blanks, ...) is timed (CPU time) at 1x, 10x and 100x length in this process. The
assertion is loose and machine-independent: the 100x run may take at most 300 times the 1x run
(linear work gives about 100), with a floor on the 1x time so timer noise on tiny inputs cannot
fail the test. Quadratic work gives about 10,000 and is caught. No absolute times are asserted;
benchmarks/bench_scaling.py prints the figures.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

import pytest

import conflictevents as ce

PUBLISHED = dt.date(2021, 7, 7)
BASE = 500  # characters at 1x
FLOOR = 0.005  # seconds: 1x runs faster than this count as this long
MAX_GROWTH = 300  # allowed t(100x) / t(1x); linear work is about 100

#: name -> the unit repeated to the length wanted.
ADVERSARIAL: dict[str, str] = {
    "capitalised": "Abdul Rahman Khan Said Ahmad ",
    "digits": "1234567890",
    "digit_groups": "1,234,",
    "attack": "attack ",
    "attacked_by": "attacked by ",
    "commas": ",",
    "us": "U.S. ",
    "initials": "A. B. ",
    "titles": "Gen. Lt. Col. ",
    "dots": ".",
    "ellipsis_space": ". ",
    "blanks": " ",
    "tabs": "\t \t",
    "newlines": "\n",
    "crlf_blank": "\r\n \r\n",
    "killed": "killed 12 ",
    "number_words": "one hundred and ",
    "dates": "on Tuesday ",
    "months": "July 7, ",
    "places": "Kabul, ",
    "hyphens": "-",
    "quotes": '"',
    "parens": "((",
    "html": "<b>",
    "caps_dots": "ABC.",
    # one sentence of relative clauses and anaphors: "The army" looks back for an antecedent
    "relatives": "The army, which has fought the rebels, launched raids ",
}

STAGES: dict[str, tuple[str, str, Callable[[Callable[..., Any], str], Any]]] = {
    "read_article": ("conflictevents", "read_article", lambda f, t: f(t)),
    "split_sentences": ("conflictevents", "split_sentences", lambda f, t: f(t)),
    "find_dates": ("conflictevents.dates", "find_dates", lambda f, t: f(t, PUBLISHED)),
    "find_quantities": ("conflictevents.quantities", "find_quantities", lambda f, t: f(t)),
    "find_casualties": ("conflictevents.quantities", "find_casualties", lambda f, t: f(t)),
    "find_places": ("conflictevents.places", "find_places", lambda f, t: f(t)),
    "find_actors": ("conflictevents.actors", "find_actors", lambda f, t: f(t)),
}


def stage(name: str) -> Callable[[str], Any]:
    module_name, attr, call = STAGES[name]
    func = getattr(pytest.importorskip(module_name), attr, None)
    if func is None:
        pytest.skip(f"{module_name}.{attr} does not exist yet")
    return lambda text: call(func, text)


def repeat(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


def _time(run: Callable[[str], Any], text: str, tries: int) -> float:
    # CPU time of this process: other work on a loaded machine does not count
    best = float("inf")
    for _ in range(tries):
        start = time.process_time()
        run(text)
        best = min(best, time.process_time() - start)
    return best


def growth(run: Callable[[str], Any], unit: str, base: int = BASE) -> tuple[float, float, float]:
    """CPU seconds at 1x, 10x and 100x ``base`` characters (best of a few runs for the small
    ones; the 100x run is run again, up to twice, only when one run is over the limit)."""
    run(repeat(unit, base))  # warm up: lazy tables load on the first call
    t1 = _time(run, repeat(unit, base), 5)
    t10 = _time(run, repeat(unit, base * 10), 3)
    t100 = _time(run, repeat(unit, base * 100), 1)
    for _ in range(2):
        if t100 < MAX_GROWTH * max(t1, FLOOR):
            break
        t100 = min(t100, _time(run, repeat(unit, base * 100), 1))
    return t1, t10, t100


def assert_linear(figures: tuple[float, float, float], what: str) -> None:
    t1, t10, t100 = figures
    limit = MAX_GROWTH * max(t1, FLOOR)
    assert t100 < limit, (
        f"{what}: {t1 * 1e3:.2f} ms at 1x, {t10 * 1e3:.2f} ms at 10x, {t100 * 1e3:.1f} ms at "
        f"100x: more than {MAX_GROWTH} times the 1x time"
    )


@pytest.mark.parametrize("unit", sorted(ADVERSARIAL))
@pytest.mark.parametrize("name", sorted(STAGES))
def test_stage_scales_linearly(name: str, unit: str) -> None:
    assert_linear(growth(stage(name), ADVERSARIAL[unit]), f"{name} on {unit!r}")


# Inputs aimed at one stage's own patterns (each stage's tests once timed these against a wall
# clock; the growth ratio says the same without depending on the machine's load).
STAGE_UNITS: list[tuple[str, str]] = [
    ("find_actors", "a-"), ("find_actors", "President "), ("find_actors", "'s "),
    ("find_dates", "July "), ("find_dates", "on Monday, "), ("find_dates", "12 "),
    ("find_dates", "in the past "), ("find_dates", "5/"), ("find_dates", "day"),
    ("find_places", "Kabul "), ("find_places", "a-"), ("find_places", "Qala-i-"),
    ("find_places", "'"), ("find_places", "the north of "),
    ("find_casualties", "1 "), ("find_casualties", "at least "), ("find_casualties", "one two "),
    ("find_casualties", "hundreds of "), ("find_casualties", "5-"), ("find_casualties", "1,000,"),
]


@pytest.mark.parametrize(("name", "unit"), STAGE_UNITS)
def test_stage_scales_linearly_on_its_own_inputs(name: str, unit: str) -> None:
    assert_linear(growth(stage(name), unit), f"{name} on {unit!r}")


# The whole pipeline on the inputs that stress its regex stages hardest.
PIPELINE_UNITS = ["capitalised", "digits", "commas", "us", "dots", "blanks", "newlines", "html"]


@pytest.mark.parametrize("unit", PIPELINE_UNITS)
def test_parse_scales_linearly(unit: str) -> None:
    assert_linear(growth(lambda t: ce.parse(t, PUBLISHED), ADVERSARIAL[unit]), f"parse on {unit!r}")


# --- regressions ----------------------------------------------------------------------------------


@pytest.mark.parametrize("unit", [".", " ", "!?", "\t", ". "])
def test_split_sentences_long_runs_without_a_break(unit: str) -> None:
    """Fixed: a run of dots or blanks with no break after it was rescanned from every position."""
    assert_linear(growth(ce.split_sentences, unit, base=2000), f"split_sentences on {unit!r}")


def test_parse_long_blank_run_inside_a_sentence() -> None:
    """Fixed by the sentence cap (text.MAX_SENTENCE_CHARS): parse never hands the event engine
    a run-on stretch longer than 1,000 characters."""
    assert_linear(
        growth(lambda t: ce.parse("Rebels attacked " + t + "Kabul.", PUBLISHED), " ", base=200),
        "parse on a blank run inside a sentence",
    )


def test_find_events_long_blank_run_inside_a_sentence() -> None:
    events = pytest.importorskip("conflictevents.events")
    from conflictevents.model import Span

    def run(blanks: str) -> object:
        text = "Rebels attacked " + blanks + "Kabul."
        return events.find_events(text, (Span(0, len(text)),), events.Mentions())

    t1 = _time(run, " " * 200, 3)
    t10 = _time(run, " " * 2000, 1)
    assert t10 < 30 * max(t1, FLOOR), f"{t1:.4f} s at 200 blanks, {t10:.4f} s at 2,000"
