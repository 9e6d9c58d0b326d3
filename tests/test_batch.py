"""parse_many: one result per input, in input order, whatever the number of processes."""

from __future__ import annotations

import gzip
import io
import os
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictevents.batch import (
    BatchError,
    BatchResult,
    InputRecord,
    Progress,
    parse_many,
    read_inputs,
    report_errors,
)
from conflictevents.errors import ArgumentValueError
from conflictevents.model import Article, Document
from conflictevents.pipeline import parse


def fake_parse(text: str, published: object = None) -> Document:
    """A stand-in parser: fails on "boom", otherwise a Document of the text."""
    if "boom" in text:
        raise ValueError("boom in text")
    return Document(article=Article(text=text, published=published))  # type: ignore[arg-type]


def crashing_parse(text: str, published: object = None) -> Document:
    """Kills its worker process on "crash": the batch must lose only that record."""
    if "crash" in text:
        os._exit(3)
    return fake_parse(text, published)


def corpus(n: int) -> list[str]:
    places = ["Kabul", "Aleppo", "Mogadishu", "Kharkiv", "Goma"]
    return [
        f"date 2021-07-{1 + i % 28:02d}\nFighters attacked {places[i % 5]} on Monday, killing "
        f"{i} people. Officials met in Doha.\n"
        for i in range(n)
    ]


def test_jobs_2_gives_the_same_records_as_jobs_1_in_input_order() -> None:
    texts = corpus(1000)
    one = list(parse_many(texts, jobs=1))
    two = list(parse_many(texts, jobs=2, chunksize=16))
    assert len(one) == len(two) == 1000
    assert one == two
    assert [r.source for r in two] == [f"#{i}" for i in range(1000)]
    assert all(r.ok for r in two)
    assert [r.document.text for r in two if r.document] == texts
    assert two[5].document == attrs.evolve(parse(texts[5]), source="#5")


@pytest.mark.parametrize("jobs", [1, 2])
def test_errors_are_records_in_place(jobs: int) -> None:
    items = ["a.", "boom.", ("b.", "2021-07-07"), {"text": "c.", "id": "rec-9"}, 42, {"x": 1}]
    results = list(parse_many(items, jobs=jobs, parse=fake_parse, chunksize=2))
    assert [r.source for r in results] == ["#0", "#1", "#2", "rec-9", "#4", "#5"]
    assert [r.ok for r in results] == [True, False, True, True, False, False]
    assert results[1].error == BatchError("#1", "ValueError: boom in text")
    assert results[2].document is not None
    assert str(results[2].document.published) == "2021-07-07"
    assert results[4].error is not None and "int" in results[4].error.reason
    for r in results:
        assert (r.document is None) != (r.error is None)


def test_a_dying_worker_loses_only_its_own_record() -> None:
    items = [f"text {i}." for i in range(40)]
    items[13] = "crash here."
    results = list(parse_many(items, jobs=2, parse=crashing_parse, chunksize=4))
    assert [r.source for r in results] == [f"#{i}" for i in range(40)]
    assert [i for i, r in enumerate(results) if not r.ok] == [13]
    assert results[13].error is not None and "died" in results[13].error.reason


def test_default_published_applies_to_items_without_a_date() -> None:
    results = list(
        parse_many(["a.", ("b.", "2020-01-02")], published="2021-07-07", parse=fake_parse)
    )
    assert [str(r.document.published) for r in results if r.document] == [
        "2021-07-07",
        "2020-01-02",
    ]


def test_bad_arguments() -> None:
    with pytest.raises(ArgumentValueError):
        list(parse_many(["a."], jobs=-1))
    with pytest.raises(ArgumentValueError):
        list(parse_many(["a."], chunksize=0))
    with pytest.raises(ArgumentValueError, match="module-level"):
        list(parse_many(["a."], jobs=2, parse=lambda t, p: fake_parse(t, p)))


def test_progress_is_called_once_per_result() -> None:
    calls: list[tuple[int, int]] = []
    list(
        parse_many(
            ["a.", "boom", "b."], parse=fake_parse, progress=lambda d, f: calls.append((d, f))
        )
    )
    assert calls == [(1, 0), (2, 1), (3, 1)]


def test_progress_writes_only_to_a_terminal_unless_forced() -> None:
    quiet = io.StringIO()
    p = Progress(stream=quiet)
    p(1, 0)
    p.close()
    assert quiet.getvalue() == ""
    loud = io.StringIO()
    p = Progress(stream=loud, force=True, interval=0, total=2)
    p(1, 0)
    p(2, 1)
    p.close()
    assert "2/2 docs, 1 failed" in loud.getvalue()
    assert loud.getvalue().endswith("\n")


def test_report_errors_splits_failures_off() -> None:
    errors: list[BatchError] = []
    ok = list(report_errors(parse_many(["a.", "boom"], parse=fake_parse), errors.append))
    assert [r.source for r in ok] == ["#0"]
    assert [e.source for e in errors] == ["#1"]


items_strategy = st.lists(
    st.one_of(
        st.text(max_size=30),
        st.tuples(st.text(max_size=10), st.none()),
        st.dictionaries(st.sampled_from(["text", "id", "date"]), st.text(max_size=10)),
        st.integers(),
        st.none(),
    ),
    max_size=20,
)


@settings(max_examples=50)
@given(items_strategy)
def test_one_result_per_item_in_order_never_raises(items: list[object]) -> None:
    results = list(parse_many(items, parse=fake_parse))
    assert len(results) == len(items)
    assert all(isinstance(r, BatchResult) for r in results)
    assert all((r.document is None) != (r.error is None) for r in results)


# --- readers ------------------------------------------------------------------------------------


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_folders_are_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", b"second")
    write(tmp_path / "a.txt", b"first")
    write(tmp_path / "sub" / "c.txt", b"third")
    write(tmp_path / "notes.md", b"ignored")
    recs = list(read_inputs([str(tmp_path)]))
    assert [r.text for r in recs] == ["first", "second", "third"]
    assert recs[0].source == str(tmp_path / "a.txt")


def test_globs_and_missing_paths(tmp_path: Path) -> None:
    write(tmp_path / "x1.txt", b"one")
    write(tmp_path / "x2.txt", b"two")
    recs = list(read_inputs([str(tmp_path / "x*.txt"), str(tmp_path / "none*.txt"),
                             str(tmp_path / "missing.txt")]))  # fmt: skip
    assert [r.text for r in recs] == ["one", "two", None, None]
    assert recs[2].error is not None and "no file matches" in recs[2].error.reason
    assert recs[3].error is not None and "cannot read" in recs[3].error.reason


def test_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        b'{"body": "Fighters attacked Goma.", "day": "2021-07-07", "uid": 17}',
        b"",
        b"not json",
        b'["a list"]',
        b'{"uid": 3}',
        b'{"body": "x", "day": 20210707}',
        b'{"body": "caf\xc3\xa9 \xff", "uid": "bad-bytes"}',
    ]
    path = write(tmp_path / "corpus.jsonl", b"\n".join(lines) + b"\n")
    recs = list(read_inputs([str(path)], text_field="body", date_field="day", id_field="uid"))
    assert len(recs) == 6  # the blank line is not a record
    assert (recs[0].source, recs[0].text, recs[0].published, recs[0].line) == (
        "17", "Fighters attacked Goma.", "2021-07-07", 1)  # fmt: skip
    assert [r.line for r in recs] == [1, 3, 4, 5, 6, 7]
    assert recs[1].error is not None and "invalid JSON" in recs[1].error.reason
    assert recs[2].error is not None and "JSON object" in recs[2].error.reason
    assert recs[3].error is not None and "'body'" in recs[3].error.reason
    assert recs[4].error is not None and "string date" in recs[4].error.reason
    bad = recs[5].error
    assert bad is not None
    # the 0xFF byte's offset in the whole file
    assert bad.offset == b"\n".join(lines).index(b"\xff")
    assert f"offset {bad.offset}" in bad.reason
    replaced = list(read_inputs([str(path)], text_field="body", decoding="replace"))
    assert replaced[-1].text == "café \ufffd"


def test_strict_and_replace_decoding_of_text_files(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"ok \xe2\x80 broken")
    (strict,) = read_inputs([str(path)])
    assert strict.text is None and strict.error is not None and strict.error.offset == 3
    (replaced,) = read_inputs([str(path)], decoding="replace")
    assert replaced.text == "ok \ufffd broken"
    bom = write(tmp_path / "bom.txt", b"\xef\xbb\xbfHello")
    assert next(read_inputs([str(bom)])).text == "Hello"
    with pytest.raises(ArgumentValueError):
        list(read_inputs([str(path)], decoding="ignore"))  # type: ignore[arg-type]


def test_gzip_and_stdin(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wb") as f:
        f.write(b'{"text": "zipped"}\n')
    assert [r.text for r in read_inputs([str(path)])] == ["zipped"]
    (rec,) = read_inputs(["-"], stdin=io.BytesIO(b"from stdin"))
    assert (rec.source, rec.text) == ("<stdin>", "from stdin")


def test_readers_feed_parse_many(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", b"date 2021-07-07\nTalks failed in Doha.")
    write(tmp_path / "b.txt", b"\xff")
    results = list(parse_many(read_inputs([str(tmp_path)]), jobs=2))
    assert [r.ok for r in results] == [True, False]
    assert results[0].document is not None
    assert results[0].document.source == str(tmp_path / "a.txt")
    assert results[0].document.published is not None
    assert isinstance(InputRecord("s", "t"), InputRecord)
