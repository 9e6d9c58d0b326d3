"""Errors raised by conflictevents. Ordinary text never raises: bad *arguments* do."""

from __future__ import annotations


class ConflictEventsError(Exception):
    """Base class of every error this library raises on purpose."""


class ArgumentTypeError(ConflictEventsError, TypeError):
    """An argument has the wrong type (e.g. bytes where text is expected)."""

    def __init__(self, argument: str, expected: str, got: object) -> None:
        self.argument = argument
        self.expected = expected
        self.got = type(got).__name__
        super().__init__(f"{argument} must be {expected}, not {self.got}")


class ArgumentValueError(ConflictEventsError, ValueError):
    """An argument has the right type but an impossible value."""

    def __init__(self, argument: str, message: str) -> None:
        self.argument = argument
        super().__init__(f"{argument}: {message}")


class ModelValueError(ConflictEventsError, ValueError):
    """A model object (or a dict given to ``from_dict``) holds an impossible value."""

    def __init__(self, cls: str, field: str, message: str) -> None:
        self.cls = cls
        self.field = field
        super().__init__(f"{cls}.{field}: {message}")


class DocumentTooLargeError(ConflictEventsError, ValueError):
    """The text is longer than the configured maximum document size."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(f"document has {size:,} characters, more than the limit of {limit:,}")


class TableError(ConflictEventsError, ValueError):
    """A packaged or user-supplied table (actors, places, rules) is malformed."""

    def __init__(
        self, table: str, message: str, *, row: int | None = None, field: str | None = None
    ) -> None:
        self.table = table
        self.row = row
        self.field = field
        where = table
        if row is not None:
            where += f", row {row}"
        if field is not None:
            where += f", field {field!r}"
        super().__init__(f"{where}: {message}")


class InputDecodeError(ConflictEventsError, ValueError):
    """An input file is not valid text in the expected encoding."""

    def __init__(self, source: str, offset: int, reason: str) -> None:
        self.source = source
        self.offset = offset
        self.reason = reason
        super().__init__(f"{source}: cannot decode byte at offset {offset}: {reason}")


__all__ = [
    "ArgumentTypeError",
    "ArgumentValueError",
    "ConflictEventsError",
    "DocumentTooLargeError",
    "InputDecodeError",
    "ModelValueError",
    "TableError",
]
