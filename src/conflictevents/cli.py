"""The ``conflictevents`` command line.

    conflictevents parse seeds/000_49d2b188e1fd5a98.txt          # one JSON document per line
    conflictevents parse articles/ --format json > docs.json
    cat article.txt | conflictevents parse - --published 2021-07-07

Exit status: 0 when every input was parsed, 1 when any input failed (each failure is reported on
stderr as one line naming the input, and the run goes on), 2 for a bad command line.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .errors import ConflictEventsError, InputDecodeError
from .model import Document
from .pipeline import parse
from .text import DEFAULT_MAX_CHARS, coerce_published

__all__ = ["main"]


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="conflictevents",
        description="Extract coded political violence and diplomacy events from news text.",
    )
    parser.add_argument("--version", action="version", version=f"conflictevents {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("parse", help="parse articles into documents with coded events")
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="text files, folders (searched for *.txt) or - for stdin",
    )
    p.add_argument("--published", help="publication date (YYYY-MM-DD) for every input")
    p.add_argument(
        "--format",
        default="jsonl",
        choices=("jsonl", "json"),
        help="jsonl: one document per line (default); json: one JSON array",
    )
    p.add_argument("-o", "--output", help="write here instead of stdout")
    p.add_argument(
        "--decode",
        default="strict",
        choices=("strict", "replace"),
        help="strict: report input that is not UTF-8 (default); replace: decode with U+FFFD",
    )
    p.add_argument(
        "--max-chars",
        type=int,
        default=DEFAULT_MAX_CHARS,
        help=f"largest document accepted, in characters (default {DEFAULT_MAX_CHARS:,})",
    )
    return parser


def _inputs(paths: Sequence[str]) -> Iterator[tuple[str, Path | None]]:
    """Yield (name, path) for every input; path is None for stdin."""
    for raw in paths:
        if raw == "-":
            yield "<stdin>", None
            continue
        path = Path(raw)
        if path.is_dir():
            for found in sorted(path.rglob("*.txt")):
                if found.is_file():
                    yield str(found), found
        else:
            yield raw, path


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


def _read(name: str, path: Path | None, errors: str) -> str:
    if path is None:
        data = sys.stdin.buffer.read()
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise _InputError(f"{name}: cannot read: {exc.strerror or exc}") from None
    return decode_bytes(data, name, errors=errors)


class _InputError(Exception):
    """An input that could not be read; reported on one line, the run goes on."""


def _document_record(doc: Document) -> dict[str, Any]:
    return doc.to_dict()


def _run_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        published = coerce_published(args.published)
    except ConflictEventsError as exc:
        err.write(f"conflictevents: error: {exc}\n")
        return 2
    failed = 0
    records: list[dict[str, Any]] = []
    for name, path in _inputs(args.paths):
        try:
            text = _read(name, path, args.decode)
            doc = parse(text, published, max_chars=args.max_chars, source=name)
        except (_InputError, ConflictEventsError) as exc:
            failed += 1
            message = str(exc)
            err.write(
                "conflictevents: error: "
                + (message if message.startswith(name) else f"{name}: {message}")
                + "\n"
            )
            continue
        record = _document_record(doc)
        if args.format == "jsonl":
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            records.append(record)
    if args.format == "json":
        json.dump(records, out, ensure_ascii=False, indent=1)
        out.write("\n")
    return 1 if failed else 0


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
    if args.output:
        with open(args.output, "w", encoding="utf-8", errors="backslashreplace") as handle:
            return _run_parse(args, handle, sys.stderr)
    return _run_parse(args, stdout, sys.stderr)
