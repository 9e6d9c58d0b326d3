"""conflictevents: explainable event coding of news text (PLOVER, CAMEO, ACLED).

>>> import conflictevents as ce
>>> doc = ce.parse("Taliban fighters attacked Qala-i-Naw on Wednesday.", published="2021-07-07")
>>> doc.published.isoformat()
'2021-07-07'

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
    Dateline,
    DatePrecision,
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
from .pipeline import parse
from .text import read_article, split_sentences

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
    "parse",
    "read_article",
    "split_sentences",
]
