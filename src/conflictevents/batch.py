"""Parse many articles, in order, in parallel processes, without losing a record.

``parse_many`` turns each input into exactly one ``BatchResult``: a ``Document``, or an error record
saying which input failed and why. Results come back in input order whatever ``jobs`` is. The
readers (``read_inputs``) turn files, folders, globs, JSON Lines and stdin into inputs, reporting
unreadable or undecodable ones as error records too.

>>> results = list(parse_many(["Taliban fighters attacked Qala-i-Naw.", ("Talks failed.", None)]))
>>> [(r.source, r.ok) for r in results]
[('#0', True), ('#1', True)]
"""

from __future__ import annotations

import codecs
import collections
import datetime as dt
import glob
import gzip
import json
import multiprocessing
import os
import pickle
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO, Any, Literal

import attrs

from .errors import ArgumentValueError, InputDecodeError
from .model import Document

__all__ = [
    "BatchError",
    "BatchResult",
    "InputRecord",
    "ParseFunction",
    "Progress",
    "parse_many",
    "read_inputs",
    "report_errors",
]

#: A parse function: ``parse(text, published) -> Document`` (module-level, so it pickles).
ParseFunction = Callable[[str, Any], Document]
Published = dt.date | str | None
Decoding = Literal["strict", "replace"]

_JSONL_SUFFIXES = (".jsonl", ".ndjson")


@attrs.frozen(slots=True)
class BatchError:
    """Why one input gave no Document: where it came from and what went wrong.

    ``line`` is the 1-based line of a JSON Lines record; ``offset`` the byte offset of an
    undecodable byte in the file (strict decoding).
    """

    source: str
    reason: str
    line: int | None = None
    offset: int | None = None

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.reason}"


@attrs.frozen(slots=True)
class InputRecord:
    """One input to parse: its text and publication date, or the error that kept it unread."""

    source: str
    text: str | None
    published: Published = None
    line: int | None = None
    error: BatchError | None = None


@attrs.frozen(slots=True)
class BatchResult:
    """The outcome of one input: exactly one of ``document`` and ``error`` is set."""

    source: str
    document: Document | None
    error: BatchError | None = None

    @property
    def ok(self) -> bool:
        return self.document is not None


# --- inputs -------------------------------------------------------------------------------------


def _as_record(index: int, item: Any) -> InputRecord:
    """Accept a str, a ``(text, published)`` pair, a mapping or an ``InputRecord``."""
    source = f"#{index}"
    if isinstance(item, InputRecord):
        return item
    if isinstance(item, str):
        return InputRecord(source, item)
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
        return InputRecord(source, item[0], item[1])
    if isinstance(item, Mapping):
        text = item.get("text")
        name = item.get("source", item.get("id"))
        source = str(name) if name is not None else source
        if not isinstance(text, str):
            return InputRecord(
                source, None, error=BatchError(source, "no text (a str) under 'text'")
            )
        return InputRecord(source, text, item.get("published", item.get("date")))
    reason = f"cannot parse an item of type {type(item).__name__}"
    return InputRecord(source, None, error=BatchError(source, reason))


def _default_parse(text: str, published: Any) -> Document:
    from .pipeline import parse

    return parse(text, published)


def _parse_one(parse: ParseFunction, record: InputRecord, published: Published) -> BatchResult:
    if record.error is not None or record.text is None:
        error = record.error or BatchError(record.source, "no text", record.line)
        return BatchResult(record.source, None, error)
    try:
        doc = parse(record.text, record.published if record.published is not None else published)
    except Exception as exc:  # one bad article must not stop a corpus run
        error = BatchError(record.source, f"{type(exc).__name__}: {exc}", record.line)
        return BatchResult(record.source, None, error)
    if doc.source is None:
        doc = attrs.evolve(doc, source=record.source)
    return BatchResult(record.source, doc)


def _parse_chunk(
    parse: ParseFunction, records: list[InputRecord], published: Published
) -> list[BatchResult]:
    return [_parse_one(parse, r, published) for r in records]


def _chunks(records: Iterator[InputRecord], size: int) -> Iterator[list[InputRecord]]:
    chunk: list[InputRecord] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Pool:
    """A process pool that is rebuilt when a worker dies (a crash must not end the run)."""

    def __init__(self, jobs: int, mp_context: str | None) -> None:
        self.jobs = jobs
        self.context = multiprocessing.get_context(mp_context) if mp_context else None
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=self.context)

    def rebuild(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()

    def submit(
        self, parse: ParseFunction, chunk: list[InputRecord], published: Published
    ) -> Future[list[BatchResult]]:
        try:
            return self.executor.submit(_parse_chunk, parse, chunk, published)
        except BrokenProcessPool:
            self.rebuild()
            return self.executor.submit(_parse_chunk, parse, chunk, published)


def _one_by_one(
    pool: _Pool, parse: ParseFunction, chunk: list[InputRecord], published: Published
) -> Iterator[BatchResult]:
    """Re-run a chunk whose worker died, one record per task, so only the culprit is lost."""
    for record in chunk:
        try:
            yield pool.submit(parse, [record], published).result()[0]
        except BrokenProcessPool:
            pool.rebuild()
            reason = "the worker process died while parsing this input"
            yield BatchResult(record.source, None, BatchError(record.source, reason, record.line))


def _parallel(
    records: Iterator[InputRecord],
    parse: ParseFunction,
    published: Published,
    jobs: int,
    chunksize: int,
    mp_context: str | None,
) -> Iterator[BatchResult]:
    pool = _Pool(jobs, mp_context)
    window: collections.deque[tuple[list[InputRecord], Future[list[BatchResult]]]]
    window = collections.deque()
    chunks = _chunks(records, chunksize)
    try:
        for chunk in chunks:
            window.append((chunk, pool.submit(parse, chunk, published)))
            # a bounded window keeps memory flat on endless inputs
            while len(window) >= 4 * jobs:
                yield from _drain(window, pool, parse, published)
        while window:
            yield from _drain(window, pool, parse, published)
    finally:
        pool.executor.shutdown(wait=True, cancel_futures=True)


def _drain(
    window: collections.deque[tuple[list[InputRecord], Future[list[BatchResult]]]],
    pool: _Pool,
    parse: ParseFunction,
    published: Published,
) -> Iterator[BatchResult]:
    chunk, future = window.popleft()
    try:
        results = future.result()
    except (BrokenProcessPool, CancelledError):
        # The pool died (or this chunk was cancelled with a dead pool). Re-run this chunk one
        # record at a time in a fresh pool; the chunks still waiting in the window come here in
        # turn. (Sending them again at once would let a chunk that holds the culprit kill the
        # fresh pool while an innocent record runs in it, and report that record as the culprit.)
        pool.rebuild()
        yield from _one_by_one(pool, parse, chunk, published)
        return
    except Exception as exc:  # e.g. a result that does not pickle: report, keep going
        for record in chunk:
            error = BatchError(record.source, f"{type(exc).__name__}: {exc}", record.line)
            yield BatchResult(record.source, None, error)
        return
    yield from results


def parse_many(
    items: Iterable[Any],
    *,
    jobs: int = 1,
    published: Published = None,
    chunksize: int = 8,
    parse: ParseFunction | None = None,
    progress: Callable[[int, int], None] | None = None,
    mp_context: str | None = None,
) -> Iterator[BatchResult]:
    """Parse every item into a ``BatchResult``, in input order, with ``jobs`` processes.

    An item is a text, a ``(text, published)`` pair, a mapping with ``text`` and optionally
    ``published`` (or ``date``) and ``source`` (or ``id``), or an ``InputRecord`` from
    ``read_inputs``. ``published`` is the default date for items without one; ``jobs=0`` uses
    one process per CPU. Every item yields exactly one result: a Document, or an error record
    (an exception in ``parse``, a worker that died, an unreadable input). ``parse`` defaults to
    ``conflictevents.parse``; with ``jobs > 1`` it must be a module-level function (it is
    pickled to the workers, which load their tables once). ``progress(done, failed)`` is called
    after each result. Items are read lazily and at most ``4 * jobs`` chunks of ``chunksize``
    items are in flight, so memory stays flat.

    >>> [r.document.text for r in parse_many(["a.", "b."], jobs=1)]
    ['a.', 'b.']
    """
    if jobs < 0:
        raise ArgumentValueError("jobs", f"must be 0 (one per CPU) or more, got {jobs}")
    jobs = jobs or _cpu_count()
    if chunksize < 1:
        raise ArgumentValueError("chunksize", f"must be at least 1, got {chunksize}")
    parse_fn: ParseFunction = parse if parse is not None else _default_parse
    records = (_as_record(i, item) for i, item in enumerate(items))
    if jobs == 1:
        results: Iterator[BatchResult] = (_parse_one(parse_fn, r, published) for r in records)
    else:
        try:
            pickle.dumps(parse_fn)
        except Exception as exc:
            raise ArgumentValueError(
                "parse", f"must be a module-level function to run with jobs > 1 ({exc})"
            ) from None
        results = _parallel(records, parse_fn, published, jobs, chunksize, mp_context)
    failed = 0
    for done, result in enumerate(results, 1):
        failed += result.error is not None
        if progress is not None:
            progress(done, failed)
        yield result


def report_errors(
    results: Iterable[BatchResult], on_error: Callable[[BatchError], None]
) -> Iterator[BatchResult]:
    """Pass successful results on; hand each failed one's error to ``on_error``.

    >>> errors = []
    >>> ok = list(report_errors(parse_many(["a.", 42]), errors.append))
    >>> len(ok), str(errors[0])
    (1, '#1: cannot parse an item of type int')
    """
    for result in results:
        if result.error is not None:
            on_error(result.error)
        else:
            yield result


# --- readers ------------------------------------------------------------------------------------


def _decode(
    data: bytes, source: str, decoding: Decoding, encoding: str, line: int | None, base: int
) -> tuple[str | None, BatchError | None]:
    """Decode bytes; in strict mode an undecodable byte becomes an error with its byte offset."""
    skip = 0
    if codecs.lookup(encoding).name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        skip = len(codecs.BOM_UTF8)  # a BOM is not part of the text
    try:
        return data[skip:].decode(encoding, errors=decoding), None
    except UnicodeDecodeError as exc:
        err = InputDecodeError(source, base + skip + exc.start, f"invalid {encoding}: {exc.reason}")
        return None, BatchError(source, str(err), line, err.offset)


def _open_bytes(path: Path) -> IO[bytes]:
    if path.suffix == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _is_jsonl(path: Path) -> bool:
    name = path.name[:-3] if path.name.endswith(".gz") else path.name
    return name.endswith(_JSONL_SUFFIXES)


def _jsonl_records(
    stream: IO[bytes],
    source: str,
    *,
    text_field: str,
    date_field: str | None,
    id_field: str | None,
    decoding: Decoding,
    encoding: str,
) -> Iterator[InputRecord]:
    offset = 0
    for lineno, raw in enumerate(stream, 1):
        base, offset = offset, offset + len(raw)
        if not raw.strip():
            continue
        text, error = _decode(raw, source, decoding, encoding, lineno, base)
        if error is not None or text is None:
            yield InputRecord(source, None, line=lineno, error=error)
            continue

        def fail(reason: str, lineno: int = lineno) -> InputRecord:
            return InputRecord(source, None, line=lineno, error=BatchError(source, reason, lineno))

        try:
            obj = json.loads(text)
        except ValueError as exc:
            yield fail(f"invalid JSON: {exc}")
            continue
        if not isinstance(obj, dict):
            yield fail(f"expected a JSON object, got {type(obj).__name__}")
            continue
        body = obj.get(text_field)
        if not isinstance(body, str):
            yield fail(f"no text (a string) under {text_field!r}")
            continue
        published = obj.get(date_field) if date_field else None
        if published is not None and not isinstance(published, str):
            yield fail(f"{date_field!r} must be a string date, got {type(published).__name__}")
            continue
        name = obj.get(id_field) if id_field else None
        record_source = str(name) if name is not None else f"{source}:{lineno}"
        yield InputRecord(record_source, body, published, lineno)


def _file_records(path: Path, jsonl: bool | None, **options: Any) -> Iterator[InputRecord]:
    source = str(path)
    try:
        if jsonl or (jsonl is None and _is_jsonl(path)):
            with _open_bytes(path) as stream:
                yield from _jsonl_records(stream, source, **options)
            return
        with _open_bytes(path) as stream:
            data = stream.read()
    except OSError as exc:
        yield InputRecord(
            source, None, error=BatchError(source, f"cannot read: {exc.strerror or exc}")
        )
        return
    text, error = _decode(data, source, options["decoding"], options["encoding"], None, 0)
    yield InputRecord(source, text, error=error)


def _expand(path: str, pattern: str) -> Iterator[Path] | None:
    """The files a path argument names (sorted), or None when it names nothing."""
    p = Path(path)
    if p.is_dir():
        return iter(sorted(f for f in p.rglob(pattern) if f.is_file()))
    if p.exists() or not glob.has_magic(path):
        return iter([p])
    matches = sorted(glob.glob(path, recursive=True))
    if not matches:
        return None
    return (f for m in matches for f in (_expand(m, pattern) or ()))


def read_inputs(
    paths: Iterable[str],
    *,
    jsonl: bool | None = None,
    text_field: str = "text",
    date_field: str | None = None,
    id_field: str | None = None,
    decoding: Decoding = "strict",
    encoding: str = "utf-8",
    pattern: str = "*.txt",
    stdin: IO[bytes] | None = None,
) -> Iterator[InputRecord]:
    """Read articles from files, folders, globs, JSON Lines and stdin (``-``), lazily and in order.

    A folder gives its ``pattern`` files (recursively, sorted); a glob its matches (``**``
    allowed); a ``.jsonl``/``.ndjson`` file (optionally ``.gz``), or every input when
    ``jsonl=True``, one record per non-blank line, with the text under ``text_field``, the
    publication date under ``date_field`` and the record's name under ``id_field`` (default
    ``path:line``). Other files are one article each. With ``decoding="strict"`` undecodable bytes
    make an error record naming the byte offset (``InputDecodeError``); ``"replace"`` puts U+FFFD
    in their place. Missing files and bad JSON lines are error records too: nothing is dropped.

    >>> import io
    >>> recs = list(read_inputs(["-"], jsonl=True, stdin=io.BytesIO(b'{"text": "Hi."}\\n[1]\\n')))
    >>> [(r.source, r.text, r.error is None) for r in recs]
    [('<stdin>:1', 'Hi.', True), ('<stdin>', None, False)]
    """
    if decoding not in ("strict", "replace"):
        raise ArgumentValueError("decoding", f"must be 'strict' or 'replace', got {decoding!r}")
    codecs.lookup(encoding)  # an unknown encoding is the caller's error, raised now
    options: dict[str, Any] = {
        "text_field": text_field,
        "date_field": date_field,
        "id_field": id_field,
        "decoding": decoding,
        "encoding": encoding,
    }
    for path in paths:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            if jsonl:
                yield from _jsonl_records(stream, "<stdin>", **options)
            else:
                text, error = _decode(stream.read(), "<stdin>", decoding, encoding, None, 0)
                yield InputRecord("<stdin>", text, error=error)
            continue
        files = _expand(path, pattern)
        if files is None:
            yield InputRecord(path, None, error=BatchError(path, "no file matches this pattern"))
            continue
        for file in files:
            yield from _file_records(file, jsonl, **options)


# --- progress -----------------------------------------------------------------------------------


class Progress:
    """A one-line progress display for ``parse_many(progress=...)``, on stderr.

    It writes only when the stream is a terminal, or when ``force=True``, and at most every
    ``interval`` seconds; ``close()`` prints the final count.

    >>> import io
    >>> out = io.StringIO(); p = Progress(stream=out, force=True, interval=0)
    >>> p(3, 1); p.close(); out.getvalue().split("\\r")[-1].split(" docs")[0]
    '3'
    """

    def __init__(
        self,
        *,
        stream: IO[str] | None = None,
        force: bool = False,
        interval: float = 0.2,
        total: int | None = None,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        self.enabled = force or bool(isatty and isatty())
        self.interval = interval
        self.total = total
        self.started = time.monotonic()
        self.last = -float("inf")
        self.done = self.failed = 0

    def _line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        of = f"/{self.total}" if self.total is not None else ""
        return (
            f"\r{self.done}{of} docs, {self.failed} failed, "
            f"{self.done / elapsed:.1f} docs/s, {elapsed:.0f} s"
        )

    def __call__(self, done: int, failed: int) -> None:
        self.done, self.failed = done, failed
        now = time.monotonic()
        if self.enabled and now - self.last >= self.interval:
            self.last = now
            self.stream.write(self._line())
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write(self._line() + "\n")
            self.stream.flush()


def _cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
