"""conflictevents: explainable event coding of news text (PLOVER, CAMEO, ACLED).

"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .codes.plover import Context, EventType, Mode
from .errors import (
    ArgumentTypeError,
    ArgumentValueError,
    ConflictEventsError,
    DocumentTooLargeError,
    InputDecodeError,
    ModelValueError,
    TableError,
)
from .model import (
    AcledType,
    Actor,
    Article,
    Casualty,
    CasualtyKind,
    DatePrecision,
    Dateline,
    Document,
    Event,
    EventDate,
    Feature,
    GeoPrecision,
    Location,
    Quantity,
    Sector,
    Span,
    TextSpan,
)

try:
    __version__ = version("conflictevents")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"

__all__ = [
    "AcledType",
    "Actor",
    "ArgumentTypeError",
    "ArgumentValueError",
    "Article",
    "Casualty",
    "CasualtyKind",
    "ConflictEventsError",
    "Context",
    "DatePrecision",
    "Dateline",
    "Document",
    "DocumentTooLargeError",
    "Event",
    "EventDate",
    "EventType",
    "Feature",
    "GeoPrecision",
    "InputDecodeError",
    "Location",
    "Mode",
    "ModelValueError",
    "Quantity",
    "Sector",
    "Span",
    "TableError",
    "TextSpan",
    "__version__",
]
