"""The ``conflictevents`` command line.

    conflictevents parse seeds/000_49d2b188e1fd5a98.txt          # one JSON document per line
    conflictevents parse articles/ --format acled -o events.csv --jobs 2
    conflictevents parse news.jsonl --text-field body --date-field date --format csv
    cat article.txt | conflictevents parse - --published 2021-07-07
    conflictevents evaluate gold.jsonl --format json
    conflictevents explain article.txt --html article.html

Exit status: 0 when every input was parsed, 1 when any input failed (each failure is reported on
stderr as one line naming the input, and the run goes on), 2 for a bad command line.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .batch import BatchError, Progress, parse_many, read_inputs, report_errors
from .errors import ConflictEventsError, InputDecodeError
from .export import FORMATS, write_events
from .text import DEFAULT_MAX_CHARS, coerce_published

__all__ = ["decode_bytes", "main"]


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="conflictevents",
        description="Extract coded political violence and diplomacy events from news text.",
    )
    parser.add_argument("--version", action="version", version=f"conflictevents {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("parse", help="parse articles into coded events")
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="text files, folders (searched for *.txt), globs, .jsonl files, or - for stdin",
    )
    p.add_argument("--published", help="publication date (YYYY-MM-DD) for inputs without one")
    p.add_argument(
        "--format",
        default="documents",
        choices=tuple(FORMATS),
        help="documents: one JSON document per line with every mention and event (default); "
        "jsonl/json: events; csv, acled, gdelt, plover, geojson: see docs/exports.md",
    )
    p.add_argument("-o", "--output", help="write here instead of stdout")
    decode = p.add_mutually_exclusive_group()
    decode.add_argument(
        "--decode",
        default="strict",
        choices=("strict", "replace"),
        help="strict: report input that is not UTF-8 (default); replace: decode with U+FFFD",
    )
    decode.add_argument(
        "--strict",
        dest="decode",
        action="store_const",
        const="strict",
        help="same as --decode strict",
    )
    decode.add_argument(
        "--replace",
        dest="decode",
        action="store_const",
        const="replace",
        help="same as --decode replace",
    )
    p.add_argument(
        "--jsonl",
        action="store_true",
        help="read every input as JSON Lines (.jsonl/.ndjson files are anyway)",
    )
    p.add_argument("--text-field", default="text", help="JSON Lines field with the text")
    p.add_argument("--date-field", help="JSON Lines field with the publication date")
    p.add_argument("--id-field", help="JSON Lines field that names the record")
    p.add_argument(
        "--jobs",
        type=int,
        default=1,
        help="worker processes (0: one per CPU); output keeps input order",
    )
    p.add_argument("--progress", action="store_true", help="show progress on stderr")
    p.add_argument(
        "--errors", metavar="FILE", help="also write one JSON error record per failed input to FILE"
    )
    p.add_argument(
        "--max-chars",
        type=int,
        default=DEFAULT_MAX_CHARS,
        help=f"largest document accepted, in characters (default {DEFAULT_MAX_CHARS:,})",
    )

    e = commands.add_parser("evaluate", help="score the library against gold files")
    e.add_argument(
        "gold", metavar="GOLD", help="gold articles (.json/.jsonl) or PLOVER-GSR sentences"
    )
    e.add_argument("--format", default="text", choices=("text", "json"))

    x = commands.add_parser(
        "explain", help="write an HTML page explaining every event of an article"
    )
    x.add_argument("path", metavar="FILE", help="a text file, or - for stdin")
    x.add_argument("--html", required=True, metavar="OUT", help="where to write the page")
    x.add_argument("--published", help="publication date (YYYY-MM-DD)")
    return parser


def decode_bytes(data: bytes, source: str, *, errors: str = "strict") -> str:
    """Decode UTF-8 input (a BOM is dropped); raise ``InputDecodeError`` with the byte offset.

    >>> decode_bytes(b"ok \\xff", "a.txt", errors="replace")
    'ok \\ufffd'
    """
    try:
        text = data.decode("utf-8", errors="strict" if errors == "strict" else "replace")
    except UnicodeDecodeError as exc:
        raise InputDecodeError(source, exc.start, "not valid UTF-8") from None
    return text[1:] if text.startswith("\ufeff") else text


# Module-level so that worker processes can unpickle it; the size limit travels in the closure
# of a functools.partial made by ``_run_parse``.
def _parse_with_limit(text: str, published: Any, max_chars: int | None = DEFAULT_MAX_CHARS) -> Any:
    from .pipeline import parse

    return parse(text, published, max_chars=max_chars)


def _run_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import functools

    try:
        published = coerce_published(args.published)
    except ConflictEventsError as exc:
        err.write(f"conflictevents: error: {exc}\n")
        return 2
    if args.jobs < 0:
        err.write("conflictevents: error: --jobs must be 0 or more\n")
        return 2
    inputs = read_inputs(
        args.paths,
        jsonl=True if args.jsonl else None,
        text_field=args.text_field,
        date_field=args.date_field,
        id_field=args.id_field,
        decoding=args.decode,
    )
    progress = Progress(force=True) if args.progress else Progress()
    parse_fn = functools.partial(_parse_with_limit, max_chars=args.max_chars)
    failures: list[BatchError] = []

    def on_error(error: BatchError) -> None:
        failures.append(error)
        err.write(f"conflictevents: error: {error}\n")
        err.flush()

    results = parse_many(
        inputs, jobs=args.jobs, published=published, parse=parse_fn, progress=progress
    )
    try:
        write_events(report_errors(results, on_error), args.format, out)
    finally:
        progress.close()
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as handle:
            for failure in failures:
                record = {
                    "source": failure.source,
                    "line": failure.line,
                    "offset": failure.offset,
                    "reason": failure.reason,
                }
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 1 if failures else 0


def _run_evaluate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .evaluate import evaluate_file

    try:
        report = evaluate_file(args.gold)
    except (ConflictEventsError, OSError) as exc:
        err.write(f"conflictevents: error: {args.gold}: {exc}\n")
        return 1
    if args.format == "json":
        json.dump(report.to_dict(), out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        out.write(report.format_text())
        out.write("\n")
    return 0


def _run_explain(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .explain import write_explanation
    from .pipeline import parse

    try:
        published = coerce_published(args.published)
        data = sys.stdin.buffer.read() if args.path == "-" else Path(args.path).read_bytes()
        document = parse(decode_bytes(data, args.path), published, source=args.path)
        write_explanation(document, args.html, title=args.path)
    except (ConflictEventsError, OSError) as exc:
        err.write(f"conflictevents: error: {args.path}: {exc}\n")
        return 1
    out.write(f"wrote {args.html}: {len(document.events)} events\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    # Lone surrogates in the input survive as JSON escapes instead of crashing the writer.
    stdout: TextIO = sys.stdout
    if isinstance(stdout, io.TextIOWrapper):
        stdout.reconfigure(encoding="utf-8", errors="backslashreplace")
    run = {"parse": _run_parse, "evaluate": _run_evaluate, "explain": _run_explain}[args.command]
    if args.command == "parse" and args.output:
        with open(
            args.output, "w", encoding="utf-8", errors="backslashreplace", newline=""
        ) as handle:
            return run(args, handle, sys.stderr)
    return run(args, stdout, sys.stderr)
