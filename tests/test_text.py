"""Article reader and sentence splitter.

The tables below were written and checked by hand; they built the reader and splitter rules.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictevents import ArgumentTypeError, ArgumentValueError, read_article, split_sentences

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_49d2b188e1fd5a98.txt"

# text, published found, source, dateline place, agency, first words of the body
READER_CASES = [
    (
        " date 2021-07-07 Taliban on Wednesday launched",
        "2021-07-07",
        "metadata",
        None,
        None,
        "Taliban on",
    ),
    (
        "date: 2020-01-31\nGunmen killed five.",
        "2020-01-31",
        "metadata",
        None,
        None,
        "Gunmen killed",
    ),
    (
        "Published: 2019-03-02T08:00:00Z\nRebels attacked.",
        "2019-03-02",
        "metadata",
        None,
        None,
        "Rebels",
    ),
    (
        "KABUL, July 7 (Reuters) - The Taliban attacked.",
        None,
        None,
        "Kabul",
        "Reuters",
        "The Taliban",
    ),
    ("MOSCOW (AP) — Russia said on Monday.", None, None, "Moscow", "AP", "Russia said"),
    (
        "BAMAKO, Mali, March 3, 2024 (AFP) - Gunmen killed 12.",
        "2024-03-03",
        "dateline",
        "Bamako",
        "AFP",
        "Gunmen",
    ),
    (
        "WASHINGTON — The United States imposed sanctions.",
        None,
        None,
        "Washington",
        None,
        "The United",
    ),
    (
        "GOMA, Democratic Republic of Congo, Jan. 5 (Reuters) - M23 rebels",
        None,
        None,
        "Goma",
        "Reuters",
        "M23",
    ),
    ("PORT-AU-PRINCE (AP) — Gangs attacked.", None, None, "Port-Au-Prince", "AP", "Gangs"),
    ("NEW DELHI, Feb 2 (Reuters) - India said.", None, None, "New Delhi", "Reuters", "India said"),
    ("Taliban fighters attacked a checkpoint.", None, None, None, None, "Taliban fighters"),
    ("A - B testing is fun.", None, None, None, None, "A - B"),
    ("US troops left - officials said.", None, None, None, None, "US troops"),
    ("date 2021-02-30 Impossible date line.", None, None, None, None, "Impossible"),
]


@pytest.mark.parametrize(("text", "published", "source", "place", "agency", "body"), READER_CASES)
def test_reader_table(
    text: str,
    published: str | None,
    source: str | None,
    place: str | None,
    agency: str | None,
    body: str,
) -> None:
    article = read_article(text)
    assert article.published == (dt.date.fromisoformat(published) if published else None)
    assert article.published_source == source
    assert (article.dateline.place if article.dateline else None) == place
    assert (article.dateline.agency if article.dateline else None) == agency
    assert article.body is not None
    assert text[article.body.start :].startswith(body)


def test_explicit_published_wins_and_offsets_index_the_original() -> None:
    text = "date 2021-07-07 KABUL (Reuters) - Fighting raged."
    article = read_article(text, published="2022-01-02")
    assert article.published == dt.date(2022, 1, 2)
    assert article.published_source == "argument"
    assert article.text is text
    assert article.dateline is not None
    assert text[article.dateline.span.start : article.dateline.span.start + 5] == "KABUL"


@pytest.mark.parametrize("bad", [b"bytes", None, 5, ["a"]])
def test_reader_rejects_non_text(bad: object) -> None:
    with pytest.raises(ArgumentTypeError, match="text must be str"):
        read_article(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["yesterday", "2021-13-01", "07/07/2021", ""])
def test_reader_rejects_bad_published(bad: str) -> None:
    with pytest.raises(ArgumentValueError, match="expected an ISO date"):
        read_article("text", published=bad)


def test_reader_accepts_datetimes() -> None:
    assert read_article("x", dt.datetime(2021, 7, 7, 23, 59)).published == dt.date(2021, 7, 7)


# text, expected sentences
SENTENCE_CASES = [
    (
        "Gen. Austin Miller left Kabul. He was replaced.",
        ["Gen. Austin Miller left Kabul.", "He was replaced."],
    ),
    (
        "Lt. Col. Ahmad Khan said 2.5 tons arrived. Aid followed.",
        ["Lt. Col. Ahmad Khan said 2.5 tons arrived.", "Aid followed."],
    ),
    (
        "The U.S. military struck targets. Officials confirmed it.",
        ["The U.S. military struck targets.", "Officials confirmed it."],
    ),
    ("Troops left the U.S. The base closed.", ["Troops left the U.S.", "The base closed."]),
    ("U.S. and U.N. officials met. Talks ended.", ["U.S. and U.N. officials met.", "Talks ended."]),
    ("George W. Bush spoke. Dr. Smith agreed.", ["George W. Bush spoke.", "Dr. Smith agreed."]),
    (
        '"We will fight," he said. "Never surrender."',
        ['"We will fight," he said.', '"Never surrender."'],
    ),
    ('He asked: "Why now?" Nobody answered.', ['He asked: "Why now?"', "Nobody answered."]),
    ('"Why now?" he asked.', ['"Why now?" he asked.']),
    ("Resolution No. 2231 was cited. It passed.", ["Resolution No. 2231 was cited.", "It passed."]),
    (
        "Five people died (police said). Others fled.",
        ["Five people died (police said).", "Others fled."],
    ),
    (
        "Shelling hit the city (AFP.) Then it stopped.",
        ["Shelling hit the city (AFP.)", "Then it stopped."],
    ),
    ("Heading one\n\nBody text here. More text.", ["Heading one", "Body text here.", "More text."]),
    ("It was 3 p.m. when it started.", ["It was 3 p.m. when it started."]),
    ("What happened? Nobody knows! Really.", ["What happened?", "Nobody knows!", "Really."]),
    ("They waited... Then they left.", ["They waited...", "Then they left."]),
    (
        "Sgt. Maj. Lee and Capt. Ortiz arrived. St. Louis cheered.",
        ["Sgt. Maj. Lee and Capt. Ortiz arrived.", "St. Louis cheered."],
    ),
    (
        "The vote is on Jan. 5 in Kyiv. Observers will attend.",
        ["The vote is on Jan. 5 in Kyiv.", "Observers will attend."],
    ),
    ("", []),
    ("   \n\n  ", []),
    ("No terminal punctuation", ["No terminal punctuation"]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_CASES)
def test_sentence_table(text: str, expected: list[str]) -> None:
    assert [s.slice(text) for s in split_sentences(text)] == expected


def test_seed_has_fourteen_sentences() -> None:
    text = SEED.read_text(encoding="utf-8")
    article = read_article(text)
    spans = split_sentences(text, article.body)
    assert len(spans) == 14
    assert spans[0].slice(text).startswith("Taliban on Wednesday launched an attack")
    assert spans[-1].slice(text) == "(With inputs from Agencies)"


@given(st.text(max_size=400))
def test_sentences_are_ordered_trimmed_and_inside_the_text(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        piece = span.slice(text)
        assert piece == piece.strip()
        previous_end = span.end
    assert split_sentences(text) == spans


@given(st.text(max_size=300), st.none() | st.dates())
def test_reader_never_fails_on_text_and_body_indexes_it(
    text: str, published: dt.date | None
) -> None:
    article = read_article(text, published)
    assert article.text == text
    assert article.body is not None and 0 <= article.body.start <= article.body.end <= len(text)
    if published is not None:
        assert article.published == published
    if article.dateline is not None:
        assert article.dateline.span.end <= len(text)
