"""The typed records conflictevents returns, and their JSON-ready dict form.

Every class is a frozen, slotted ``attrs`` class. ``to_dict()`` returns only JSON types (str, int,
float, bool, None, list, dict) and ``from_dict()`` inverts it exactly:
``cls.from_dict(obj.to_dict()) == obj``. Offsets are Python ``str`` indices into the text given to
``parse``, end-exclusive. No parsing logic lives here.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from .codes.iso3166 import ALPHA3
from .codes.plover import MODES, Context, EventType, Mode
from .errors import ModelValueError

__all__ = [
    "AcledType",
    "Actor",
    "Article",
    "Casualty",
    "CasualtyKind",
    "Context",
    "DatePrecision",
    "Dateline",
    "Document",
    "Event",
    "EventDate",
    "EventType",
    "Feature",
    "GeoPrecision",
    "Location",
    "Mode",
    "Quantity",
    "Sector",
    "Span",
    "TextSpan",
    "replace",
]

_E = TypeVar("_E", bound=enum.Enum)
_T = TypeVar("_T")
Number = int | float


class DatePrecision(str, enum.Enum):
    """How precisely a resolved date is known."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"  # an explicit span of days ("since Sunday", "between 3 and 5 July")


class Feature(str, enum.Enum):
    """What kind of place a location names."""

    COUNTRY = "country"
    ADMIN1 = "admin1"
    CITY = "city"
    REGION = "region"  # a vague or natural area: "the north", "the border with Afghanistan"


class GeoPrecision(str, enum.Enum):
    """How well the coordinates represent the place the text means (ACLED geo_precision 1-3)."""

    PLACE = "place"  # the named town or point itself
    ADMIN1 = "admin1"  # only the province/state is known; its centroid or capital is used
    COUNTRY = "country"  # only the country is known


class Sector(str, enum.Enum):
    """Actor sector codes: PLOVER's sector list plus the CAMEO codes news coding still uses."""

    GOV = "GOV"  # government, executive
    MIL = "MIL"  # state military
    COP = "COP"  # police
    JUD = "JUD"  # judiciary
    LEG = "LEG"  # legislature
    SPY = "SPY"  # state intelligence
    PRM = "PRM"  # pro-government paramilitary
    PTY = "PTY"  # political party
    OPP = "OPP"  # political opposition
    REB = "REB"  # rebels, armed opposition
    INS = "INS"  # insurgents (CAMEO)
    SEP = "SEP"  # separatist rebels (CAMEO)
    UAF = "UAF"  # unidentified armed forces
    UNK = "UNK"  # unidentified actor
    CVL = "CVL"  # civilians
    REF = "REF"  # refugees, displaced people
    AGR = "AGR"  # agriculture
    BUS = "BUS"  # business
    CRM = "CRM"  # criminals
    EDU = "EDU"  # education, students
    ELI = "ELI"  # elites, former officials
    JRN = "JRN"  # journalists, media
    LAB = "LAB"  # labour
    MED = "MED"  # health (PLOVER meaning)
    REL = "REL"  # religious
    SOC = "SOC"  # civil society
    PRE = "PRE"  # partially recognised entity
    HRI = "HRI"  # human rights (CAMEO)
    IGO = "IGO"  # intergovernmental organisation
    UNO = "UNO"  # United Nations
    EUR = "EUR"  # European Union
    NGO = "NGO"  # non-governmental organisation
    ISM = "ISM"  # international social movement
    IMG = "IMG"  # transnational militarised group
    MNC = "MNC"  # multinational corporation


class CasualtyKind(str, enum.Enum):
    """What happened to the people a casualty count counts."""

    KILLED = "killed"
    INJURED = "injured"
    MISSING = "missing"
    ABDUCTED = "abducted"
    ARRESTED = "arrested"
    DISPLACED = "displaced"


# --- validators and converters -------------------------------------------------------------------


def _fail(inst_cls: type, field: str, message: str) -> ModelValueError:
    return ModelValueError(inst_cls.__name__, field, message)


def _enum(kind: type[_E]) -> Callable[[Any], _E]:
    # what kind(value) looks up first, without Enum's call machinery
    members: dict[Any, _E] = dict(kind._value2member_map_)

    def convert(value: Any) -> _E:
        if isinstance(value, kind):
            return value
        if type(value) is str:
            member = members.get(value)
            if member is not None:
                return member
        try:
            return kind(value)
        except ValueError:
            raise ModelValueError(kind.__name__, "value", f"unknown value {value!r}") from None

    return convert


def _opt_enum(kind: type[_E]) -> Callable[[Any], _E | None]:
    strict = _enum(kind)

    def convert(value: Any) -> _E | None:
        return None if value is None else strict(value)

    return convert


def _enum_tuple(kind: type[_E]) -> Callable[[Iterable[Any]], tuple[_E, ...]]:
    strict = _enum(kind)

    def convert(values: Iterable[Any]) -> tuple[_E, ...]:
        return tuple(strict(v) for v in values)

    return convert


def _to_span(value: Span | Sequence[int]) -> Span:
    if type(value) is Span or isinstance(value, Span):
        return value
    if type(value) is list and len(value) == 2:  # the JSON form, without the ABC check
        return Span(value[0], value[1])
    if isinstance(value, Sequence) and len(value) == 2:
        return Span(value[0], value[1])
    raise ModelValueError("Span", "value", f"expected [start, end], got {value!r}")


def _to_opt_span(value: Span | Sequence[int] | None) -> Span | None:
    if value is None or type(value) is Span:  # the common case, without a call
        return value
    return _to_span(value)


def _to_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ModelValueError("date", "value", f"expected an ISO date YYYY-MM-DD, got {value!r}")


def _country(instance: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and value not in ALPHA3:
        raise _fail(type(instance), attribute.name, f"{value!r} is not an ISO 3166-1 alpha-3 code")


def _finite_number(instance: Any, attribute: attrs.Attribute[Any], value: Number | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _fail(type(instance), attribute.name, f"must be a finite number, got {value!r}")


def _tuple_of(kind: type[_T]) -> Callable[[Iterable[Any]], tuple[_T, ...]]:
    from_dict = getattr(kind, "from_dict", None)

    def convert(values: Iterable[Any]) -> tuple[_T, ...]:
        # parsers pass tuples of ready-made objects: keep them as they are (they are immutable)
        if type(values) is tuple and all(type(v) is kind for v in values):
            return values
        out: list[_T] = []
        for v in values:
            if isinstance(v, kind):
                out.append(v)
            elif isinstance(v, Mapping) and from_dict is not None:
                out.append(from_dict(v))
            elif kind is Span:
                out.append(_to_span(v))  # type: ignore[arg-type]
            else:
                raise ModelValueError(kind.__name__, "value", f"cannot make one from {v!r}")
        return tuple(out)

    return convert


# per class: its field names, in order and as a set (attrs.fields and a set per call cost more)
_FIELD_NAMES: dict[type, tuple[tuple[str, ...], frozenset[str]]] = {}


def _field_names(cls: type) -> tuple[tuple[str, ...], frozenset[str]]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        ordered = tuple(f.name for f in attrs.fields(cls))
        names = _FIELD_NAMES[cls] = (ordered, frozenset(ordered))
    return names


def _check_keys(cls: type, data: Mapping[str, Any], required: Iterable[str] = ()) -> None:
    if type(data) is not dict and not isinstance(data, Mapping):
        raise ModelValueError(
            cls.__name__, "-", f"from_dict expects a dict, got {type(data).__name__}"
        )
    known = _field_names(cls)[1]
    if not known.issuperset(data):
        unknown = set(data) - known
        raise ModelValueError(cls.__name__, sorted(unknown)[0], "unknown key")
    for key in required:
        if key not in data:
            raise ModelValueError(cls.__name__, key, "missing key")


def _dump(value: Any) -> Any:
    """Turn a field value into JSON types."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value.value if isinstance(value, enum.Enum) else value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_dump(v) for v in value]
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    raise TypeError(f"cannot serialise {type(value).__name__}")  # pragma: no cover - a model bug


class _DictMixin:
    """Generic ``to_dict`` over attrs fields; ``from_dict`` works through the field converters."""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict form (see docs/json-contract.md)."""
        return {name: _dump(getattr(self, name)) for name in _field_names(type(self))[0]}


# Built once: making the closures on every call cost more than the conversion itself.
_DATE_PRECISION = _opt_enum(DatePrecision)
_CASUALTY_KIND_ENUM = _enum(CasualtyKind)
_SECTOR = _opt_enum(Sector)
_FEATURE = _opt_enum(Feature)
_GEO_PRECISION = _opt_enum(GeoPrecision)
_EVENT_TYPE_ENUM = _enum(EventType)
_MODES = _enum_tuple(Mode)
_CONTEXTS = _enum_tuple(Context)


def _opt_date_precision(value: Any) -> DatePrecision | None:
    if value is None or type(value) is DatePrecision:
        return value
    return _DATE_PRECISION(value)


def _to_casualty_kind(value: Any) -> CasualtyKind:
    if type(value) is CasualtyKind:
        return value
    return _CASUALTY_KIND_ENUM(value)


def _opt_sector(value: Any) -> Sector | None:
    if value is None or type(value) is Sector:
        return value
    return _SECTOR(value)


def _opt_feature(value: Any) -> Feature | None:
    if value is None or type(value) is Feature:
        return value
    return _FEATURE(value)


def _opt_geo_precision(value: Any) -> GeoPrecision | None:
    if value is None or type(value) is GeoPrecision:
        return value
    return _GEO_PRECISION(value)


def _to_event_type(value: Any) -> EventType:
    if type(value) is EventType:
        return value
    return _EVENT_TYPE_ENUM(value)


def _mode_tuple(values: Iterable[Any]) -> tuple[Mode, ...]:
    if type(values) is tuple and all(type(v) is Mode for v in values):
        return values
    return _MODES(values)


def _context_tuple(values: Iterable[Any]) -> tuple[Context, ...]:
    if type(values) is tuple and all(type(v) is Context for v in values):
        return values
    return _CONTEXTS(values)


# --- fast construction ---------------------------------------------------------------------------
#
# The hot classes define ``__init__`` by hand (attrs then keeps it and still generates the full
# ``__attrs_init__`` with the declared converters, validators and post-init checks). The hand-made
# ``__init__`` takes one test for the common case, values that already have the field types and
# pass every check, and then stores them straight into the slots through the slot setters; any
# other input goes through ``__attrs_init__``, so conversions and errors (and their order) stay
# exactly the ones the fields declare. ``attrs.fields``, ``attrs.evolve``, eq/hash, pickling and
# ``to_dict`` are unchanged. ``replace`` below is a cheaper ``attrs.evolve``.

_type = type  # Event's ``__init__`` has a parameter named ``type``
_Setter = Callable[[Any, Any], None]


def _slot_setters(cls: type, names: Sequence[str] | None = None) -> tuple[_Setter, ...]:
    """The slot setters of ``cls``'s fields (``names``, else all in field order): they bypass
    the frozen ``__setattr__``, as the attrs-generated ``__init__`` does."""
    return tuple(
        cls.__dict__[name].__set__ for name in (names or [f.name for f in attrs.fields(cls)])
    )


def _attrs_init(cls: type) -> Callable[..., None]:
    init: Callable[..., None] = cls.__dict__["__attrs_init__"]
    return init


# --- value types ---------------------------------------------------------------------------------


@attrs.frozen(slots=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` into the text given to ``parse``.

    >>> Span(4, 8).slice("the Taliban")
    'Tali'
    """

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        if _type(start) is int and _type(end) is int and 0 <= start <= end:
            _SPAN_START(self, start)
            _SPAN_END(self, end)
        else:
            _SPAN_INIT(self, start, end)

    def __attrs_post_init__(self) -> None:
        # One check instead of two validator calls: spans are the most numerous objects.
        start, end = self.start, self.end
        if type(start) is int and type(end) is int and 0 <= start <= end:
            return
        for name, value in (("start", start), ("end", end)):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise _fail(Span, name, f"must be a non-negative int, got {value!r}")
        if end < start:
            raise _fail(Span, "end", f"end {end} is before start {start}")

    def slice(self, text: str) -> str:
        """The part of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def __len__(self) -> int:
        return self.end - self.start

    def to_list(self) -> list[int]:
        return [self.start, self.end]

    @classmethod
    def from_list(cls, value: Sequence[int]) -> Span:
        return _to_span(value)


_SPAN_START, _SPAN_END = _slot_setters(Span)
_SPAN_INIT = _attrs_init(Span)


@attrs.frozen(slots=True)
class TextSpan(_DictMixin):
    """A piece of the text and where it is: ``{"text": ..., "span": [start, end]}``."""

    text: str
    span: Span = attrs.field(converter=_to_span)

    def __init__(self, text: str, span: Span | Sequence[int]) -> None:
        if _type(span) is Span:
            _TEXT_SPAN_TEXT(self, text)
            _TEXT_SPAN_SPAN(self, span)
        else:
            _TEXT_SPAN_INIT(self, text, span)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TextSpan:
        _check_keys(cls, data, ("text", "span"))
        return cls(**data)


_TEXT_SPAN_TEXT, _TEXT_SPAN_SPAN = _slot_setters(TextSpan)
_TEXT_SPAN_INIT = _attrs_init(TextSpan)


@attrs.frozen(slots=True)
class EventDate(_DictMixin):
    """A date or date range, resolved against the publication date where the text is relative.

    ``start``/``end`` are ``None`` when the date cannot be resolved (e.g. "on Tuesday" with no
    publication date); ``reason`` then says why. ``future`` marks dates after publication that the
    text means as future (plans, threats).
    """

    start: dt.date | None = attrs.field(converter=_to_date)
    end: dt.date | None = attrs.field(converter=_to_date)
    precision: DatePrecision | None = attrs.field(converter=_opt_date_precision)
    text: str = ""
    span: Span | None = attrs.field(default=None, converter=_to_opt_span)
    reason: str = ""
    future: bool = False

    def __init__(
        self,
        start: dt.date | str | None,
        end: dt.date | str | None,
        precision: DatePrecision | str | None,
        text: str = "",
        span: Span | Sequence[int] | None = None,
        reason: str = "",
        future: bool = False,
    ) -> None:
        if (
            _type(self) is EventDate
            and (
                (
                    _type(start) is _DATE
                    and _type(end) is _DATE
                    and start <= end
                    and _type(precision) is DatePrecision
                )
                or (
                    start is None
                    and end is None
                    and (precision is None or _type(precision) is DatePrecision)
                )
            )
            and (span is None or _type(span) is Span)
        ):
            _EVENT_DATE_START(self, start)
            _EVENT_DATE_END(self, end)
            _EVENT_DATE_PRECISION(self, precision)
            _EVENT_DATE_TEXT(self, text)
            _EVENT_DATE_SPAN(self, span)
            _EVENT_DATE_REASON(self, reason)
            _EVENT_DATE_FUTURE(self, future)
        else:
            _EVENT_DATE_INIT(self, start, end, precision, text, span, reason, future)

    def __attrs_post_init__(self) -> None:
        if (self.start is None) != (self.end is None):
            raise _fail(EventDate, "end", "start and end are both set or both None")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise _fail(EventDate, "end", f"end {self.end} is before start {self.start}")
        if self.start is not None and self.precision is None:
            raise _fail(EventDate, "precision", "a resolved date needs a precision")

    @property
    def resolved(self) -> bool:
        return self.start is not None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EventDate:
        _check_keys(cls, data, ("start", "end", "precision"))
        return cls(**data)


_DATE = dt.date
(
    _EVENT_DATE_START, _EVENT_DATE_END, _EVENT_DATE_PRECISION, _EVENT_DATE_TEXT, _EVENT_DATE_SPAN,
    _EVENT_DATE_REASON, _EVENT_DATE_FUTURE,
) = _slot_setters(EventDate)
_EVENT_DATE_INIT = _attrs_init(EventDate)


@attrs.frozen(slots=True)
class Quantity(_DictMixin):
    """A count with bounds: ``low <= best <= high`` wherever they are known.

    Conventions (docs/quantities.md): "at least 12" -> low 12, best 12, high None; "about 300" ->
    low/high None, best 300; "dozens" -> low 24, best 24, high None.
    """

    low: Number | None
    best: Number | None
    high: Number | None
    unit: str | None = None
    text: str = ""
    span: Span | None = attrs.field(default=None, converter=_to_opt_span)

    def __init__(
        self,
        low: Number | None,
        best: Number | None,
        high: Number | None,
        unit: str | None = None,
        text: str = "",
        span: Span | Sequence[int] | None = None,
    ) -> None:
        if (
            _type(self) is Quantity
            and _type(best) is int
            and best >= 0
            and (low is None or (_type(low) is int and 0 <= low <= best))
            and (high is None or (_type(high) is int and best <= high))
            and (span is None or _type(span) is Span)
        ):
            _QUANTITY_LOW(self, low)
            _QUANTITY_BEST(self, best)
            _QUANTITY_HIGH(self, high)
            _QUANTITY_UNIT(self, unit)
            _QUANTITY_TEXT(self, text)
            _QUANTITY_SPAN(self, span)
        else:
            _QUANTITY_INIT(self, low, best, high, unit, text, span)

    def __attrs_post_init__(self) -> None:
        # The field checks live here, in field order, so the common case costs one test.
        low, best, high = self.low, self.best, self.high
        if (
            type(best) is int
            and best >= 0
            and (low is None or (type(low) is int and 0 <= low <= best))
            and (high is None or (type(high) is int and best <= high))
        ):
            return
        for name, value in (("low", low), ("best", best), ("high", high)):
            if value is not None and (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not math.isfinite(value)
            ):
                raise _fail(Quantity, name, f"must be a finite number, got {value!r}")
        known = [v for v in (low, best, high) if v is not None]
        if known != sorted(known):
            raise _fail(Quantity, "best", f"need low <= best <= high, got {known}")
        if known and known[0] < 0:
            raise _fail(Quantity, "low", "counts cannot be negative")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quantity:
        _check_keys(cls, data, ("low", "best", "high"))
        return cls(**data)


(
    _QUANTITY_LOW, _QUANTITY_BEST, _QUANTITY_HIGH, _QUANTITY_UNIT, _QUANTITY_TEXT, _QUANTITY_SPAN,
) = _slot_setters(Quantity)
_QUANTITY_INIT = _attrs_init(Quantity)


def _quantity(value: Any) -> Quantity:
    return value if isinstance(value, Quantity) else Quantity.from_dict(value)


@attrs.frozen(slots=True)
class Casualty(_DictMixin):
    """A casualty count tied to what happened: ``12 killed``, ``wounding 30``."""

    kind: CasualtyKind = attrs.field(converter=_to_casualty_kind)
    count: Quantity = attrs.field(converter=_quantity)
    span: Span = attrs.field(converter=_to_span)
    text: str = ""

    def __init__(
        self,
        kind: CasualtyKind | str,
        count: Quantity | Mapping[str, Any],
        span: Span | Sequence[int],
        text: str = "",
    ) -> None:
        if _type(kind) is CasualtyKind and _type(count) is Quantity and _type(span) is Span:
            _CASUALTY_KIND(self, kind)
            _CASUALTY_COUNT(self, count)
            _CASUALTY_SPAN(self, span)
            _CASUALTY_TEXT(self, text)
        else:
            _CASUALTY_INIT(self, kind, count, span, text)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Casualty:
        _check_keys(cls, data, ("kind", "count", "span"))
        return cls(**data)


_CASUALTY_KIND, _CASUALTY_COUNT, _CASUALTY_SPAN, _CASUALTY_TEXT = _slot_setters(Casualty)
_CASUALTY_INIT = _attrs_init(Casualty)


@attrs.frozen(slots=True)
class AcledType(_DictMixin):
    """An ACLED event type and sub-event type."""

    event_type: str
    sub_event_type: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AcledType:
        _check_keys(cls, data, ("event_type",))
        return cls(**data)


def _convert_opt(kind: type[_T]) -> Callable[[Any], _T | None]:
    def convert(value: Any) -> _T | None:
        if value is None or isinstance(value, kind):
            return value
        return kind.from_dict(value)  # type: ignore[attr-defined, no-any-return]

    return convert


# Named converters (the attrs mypy plugin needs named functions); they accept the dict forms.


def _opt_acled_type(value: Any) -> AcledType | None:
    if value is None or type(value) is AcledType:
        return value
    return _convert_opt(AcledType)(value)


def _opt_actor(value: Any) -> Actor | None:
    if value is None or type(value) is Actor:
        return value
    return _convert_opt(Actor)(value)


def _opt_article(value: Any) -> Article | None:
    if value is None or type(value) is Article:
        return value
    return _convert_opt(Article)(value)


def _opt_dateline(value: Any) -> Dateline | None:
    if value is None or type(value) is Dateline:
        return value
    return _convert_opt(Dateline)(value)


def _opt_event_date(value: Any) -> EventDate | None:
    if value is None or type(value) is EventDate:
        return value
    return _convert_opt(EventDate)(value)


def _opt_location(value: Any) -> Location | None:
    if value is None or type(value) is Location:
        return value
    return _convert_opt(Location)(value)


def _opt_quantity(value: Any) -> Quantity | None:
    if value is None or type(value) is Quantity:
        return value
    return _convert_opt(Quantity)(value)


def _opt_text_span(value: Any) -> TextSpan | None:
    if value is None or type(value) is TextSpan:
        return value
    return _convert_opt(TextSpan)(value)


# Built on first use: the classes are defined below.
_TUPLE_CONVERTERS: dict[type, Callable[[Iterable[Any]], tuple[Any, ...]]] = {}


def _tuple_converter(kind: type[_T]) -> Callable[[Iterable[Any]], tuple[_T, ...]]:
    convert = _TUPLE_CONVERTERS.get(kind)
    if convert is None:
        convert = _TUPLE_CONVERTERS[kind] = _tuple_of(kind)
    return convert


def _tuple_actor(values: Iterable[Any]) -> tuple[Actor, ...]:
    return _tuple_converter(Actor)(values)


def _tuple_casualty(values: Iterable[Any]) -> tuple[Casualty, ...]:
    return _tuple_converter(Casualty)(values)


def _tuple_event(values: Iterable[Any]) -> tuple[Event, ...]:
    return _tuple_converter(Event)(values)


def _tuple_event_date(values: Iterable[Any]) -> tuple[EventDate, ...]:
    return _tuple_converter(EventDate)(values)


def _tuple_location(values: Iterable[Any]) -> tuple[Location, ...]:
    return _tuple_converter(Location)(values)


def _tuple_quantity(values: Iterable[Any]) -> tuple[Quantity, ...]:
    if type(values) is tuple and not values:
        return values
    return _tuple_converter(Quantity)(values)


def _tuple_span(values: Iterable[Any]) -> tuple[Span, ...]:
    return _tuple_converter(Span)(values)


# --- entities ------------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class Actor(_DictMixin):
    """Who acts or is acted upon, coded: country (ISO3), sector and a CAMEO-style code.

    ``name`` is the canonical name ("Taliban", "Vladimir Putin"); ``text`` what the article says
    ("the militants", "President Putin"). ``code`` is country + sector ("AFGINS", "RUSGOV",
    "IGONAT" for NATO); ``kind`` a readable class ("state", "government", "military", "armed group",
    "organization", "person", "civilians", ...).
    """

    name: str
    text: str = ""
    span: Span | None = attrs.field(default=None, converter=_to_opt_span)
    country: str | None = attrs.field(default=None, validator=_country)
    sector: Sector | None = attrs.field(default=None, converter=_opt_sector)
    code: str | None = None
    kind: str | None = None

    def __init__(
        self,
        name: str,
        text: str = "",
        span: Span | Sequence[int] | None = None,
        country: str | None = None,
        sector: Sector | str | None = None,
        code: str | None = None,
        kind: str | None = None,
    ) -> None:
        if (
            _type(self) is Actor
            and (span is None or _type(span) is Span)
            and (country is None or (_type(country) is str and country in ALPHA3))
            and (sector is None or _type(sector) is Sector)
        ):
            _ACTOR_NAME(self, name)
            _ACTOR_TEXT(self, text)
            _ACTOR_SPAN(self, span)
            _ACTOR_COUNTRY(self, country)
            _ACTOR_SECTOR(self, sector)
            _ACTOR_CODE(self, code)
            _ACTOR_KIND(self, kind)
        else:
            _ACTOR_INIT(self, name, text, span, country, sector, code, kind)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Actor:
        _check_keys(cls, data, ("name",))
        return cls(**data)


(
    _ACTOR_NAME, _ACTOR_TEXT, _ACTOR_SPAN, _ACTOR_COUNTRY, _ACTOR_SECTOR, _ACTOR_CODE, _ACTOR_KIND,
) = _slot_setters(Actor)
_ACTOR_INIT = _attrs_init(Actor)


def _plain_coordinates(lat: float | None, lon: float | None) -> bool:
    """Float coordinates in range, or none: what Location's fast path stores as they are."""
    if lat is None or lon is None:
        return lat is None and lon is None
    return (
        _type(lat) is float
        and _type(lon) is float
        and -90.0 <= lat <= 90.0
        and -180.0 <= lon <= 180.0
    )


def _lat(instance: Any, attribute: attrs.Attribute[Any], value: float | None) -> None:
    _finite_number(instance, attribute, value)
    if value is not None and not -90.0 <= value <= 90.0:
        raise _fail(type(instance), attribute.name, f"latitude {value} is outside [-90, 90]")


def _lon(instance: Any, attribute: attrs.Attribute[Any], value: float | None) -> None:
    _finite_number(instance, attribute, value)
    if value is not None and not -180.0 <= value <= 180.0:
        raise _fail(type(instance), attribute.name, f"longitude {value} is outside [-180, 180]")


@attrs.frozen(slots=True)
class Location(_DictMixin):
    """A place, resolved to the gazetteer where possible.

    ``feature`` is what the place is (country, admin1, city, region); ``precision`` how well the
    coordinates stand for what the text means; ``reason`` why this reading was chosen.
    """

    name: str
    text: str = ""
    span: Span | None = attrs.field(default=None, converter=_to_opt_span)
    country: str | None = attrs.field(default=None, validator=_country)
    admin1: str | None = None
    feature: Feature | None = attrs.field(default=None, converter=_opt_feature)
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: GeoPrecision | None = attrs.field(default=None, converter=_opt_geo_precision)
    reason: str = ""

    def __init__(
        self,
        name: str,
        text: str = "",
        span: Span | Sequence[int] | None = None,
        country: str | None = None,
        admin1: str | None = None,
        feature: Feature | str | None = None,
        lat: float | None = None,
        lon: float | None = None,
        geonames_id: int | None = None,
        precision: GeoPrecision | str | None = None,
        reason: str = "",
    ) -> None:
        if (
            _type(self) is Location
            and (span is None or _type(span) is Span)
            and (country is None or (_type(country) is str and country in ALPHA3))
            and (feature is None or _type(feature) is Feature)
            and _plain_coordinates(lat, lon)
            and (precision is None or _type(precision) is GeoPrecision)
        ):
            _LOCATION_NAME(self, name)
            _LOCATION_TEXT(self, text)
            _LOCATION_SPAN(self, span)
            _LOCATION_COUNTRY(self, country)
            _LOCATION_ADMIN1(self, admin1)
            _LOCATION_FEATURE(self, feature)
            _LOCATION_LAT(self, lat)
            _LOCATION_LON(self, lon)
            _LOCATION_GEONAMES_ID(self, geonames_id)
            _LOCATION_PRECISION(self, precision)
            _LOCATION_REASON(self, reason)
        else:
            _LOCATION_INIT(
                self, name, text, span, country, admin1, feature, lat, lon, geonames_id,
                precision, reason,
            )

    def __attrs_post_init__(self) -> None:
        # The lat/lon checks live here, in field order, so the common case costs one test.
        lat, lon = self.lat, self.lon
        if not (
            type(lat) is float and type(lon) is float and -90.0 <= lat <= 90.0
            and -180.0 <= lon <= 180.0
        ):
            fields = attrs.fields(Location)
            _lat(self, fields.lat, lat)
            _lon(self, fields.lon, lon)
        if (self.lat is None) != (self.lon is None):
            raise _fail(Location, "lon", "lat and lon are both set or both None")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Location:
        _check_keys(cls, data, ("name",))
        return cls(**data)


(
    _LOCATION_NAME, _LOCATION_TEXT, _LOCATION_SPAN, _LOCATION_COUNTRY, _LOCATION_ADMIN1,
    _LOCATION_FEATURE, _LOCATION_LAT, _LOCATION_LON, _LOCATION_GEONAMES_ID, _LOCATION_PRECISION,
    _LOCATION_REASON,
) = _slot_setters(Location)
_LOCATION_INIT = _attrs_init(Location)


# --- events --------------------------------------------------------------------------------------


def _quad(instance: Any, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and value not in (1, 2, 3, 4):
        raise _fail(type(instance), attribute.name, f"quad class must be 1-4, got {value!r}")


def _goldstein(instance: Any, attribute: attrs.Attribute[Any], value: float | None) -> None:
    _finite_number(instance, attribute, value)
    if value is not None and not -10.0 <= value <= 10.0:
        raise _fail(
            type(instance), attribute.name, f"Goldstein score must be in [-10, 10], got {value}"
        )


def _confidence(instance: Any, attribute: attrs.Attribute[Any], value: float) -> None:
    _finite_number(instance, attribute, value)
    if not 0.0 <= value <= 1.0:
        raise _fail(type(instance), attribute.name, f"confidence must be in [0, 1], got {value}")


def _cameo(instance: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not (value.isdigit() and 2 <= len(value) <= 4):
        raise _fail(type(instance), attribute.name, f"{value!r} is not a CAMEO event code")


@attrs.frozen(slots=True)
class Event(_DictMixin):
    """One event: who did what to whom, where, when and how many, with the evidence.

    The dict form is the JSON contract of docs/json-contract.md.
    """

    id: str
    type: EventType = attrs.field(converter=_to_event_type)
    trigger: TextSpan = attrs.field(converter=_opt_text_span)
    span: Span = attrs.field(converter=_to_span)
    rule: str
    mode: tuple[Mode, ...] = attrs.field(default=(), converter=_mode_tuple)
    context: tuple[Context, ...] = attrs.field(default=(), converter=_context_tuple)
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    acled: AcledType | None = attrs.field(default=None, converter=_opt_acled_type)
    actor: Actor | None = attrs.field(default=None, converter=_opt_actor)
    recipient: Actor | None = attrs.field(default=None, converter=_opt_actor)
    location: Location | None = attrs.field(default=None, converter=_opt_location)
    date: EventDate | None = attrs.field(default=None, converter=_opt_event_date)
    fatalities: Quantity | None = attrs.field(default=None, converter=_opt_quantity)
    injuries: Quantity | None = attrs.field(default=None, converter=_opt_quantity)
    quantities: tuple[Quantity, ...] = attrs.field(default=(), converter=_tuple_quantity)
    confidence: float = 0.5

    def __init__(
        self,
        id: str,
        type: EventType | str,
        trigger: TextSpan | Mapping[str, Any],
        span: Span | Sequence[int],
        rule: str,
        mode: Iterable[Mode | str] = (),
        context: Iterable[Context | str] = (),
        cameo: str | None = None,
        quad_class: int | None = None,
        goldstein: float | None = None,
        acled: AcledType | Mapping[str, Any] | None = None,
        actor: Actor | Mapping[str, Any] | None = None,
        recipient: Actor | Mapping[str, Any] | None = None,
        location: Location | Mapping[str, Any] | None = None,
        date: EventDate | Mapping[str, Any] | None = None,
        fatalities: Quantity | Mapping[str, Any] | None = None,
        injuries: Quantity | Mapping[str, Any] | None = None,
        quantities: Iterable[Quantity | Mapping[str, Any]] = (),
        confidence: float = 0.5,
    ) -> None:
        # typed values that pass every check; anything else (dicts, lists, strings, two or more
        # modes, bad values) goes through __attrs_init__, the converters and __attrs_post_init__
        if (
            _type(self) is Event
            and _type(type) is EventType
            and _type(trigger) is TextSpan
            and _type(span) is Span
            and _type(mode) is tuple
            and (not mode or (len(mode) == 1 and _type(mode[0]) is Mode and mode[0] in MODES[type]))
            and _type(context) is tuple
            and (not context or (len(context) == 1 and _type(context[0]) is Context))
            and (
                cameo is None
                or (_type(cameo) is str and cameo.isdigit() and 2 <= len(cameo) <= 4)
            )
            and (quad_class is None or quad_class in (1, 2, 3, 4))
            and (goldstein is None or (_type(goldstein) is float and -10.0 <= goldstein <= 10.0))
            and _type(confidence) is float
            and 0.0 <= confidence <= 1.0
            and (acled is None or _type(acled) is AcledType)
            and (actor is None or _type(actor) is Actor)
            and (recipient is None or _type(recipient) is Actor)
            and (location is None or _type(location) is Location)
            and (date is None or _type(date) is EventDate)
            and (fatalities is None or _type(fatalities) is Quantity)
            and (injuries is None or _type(injuries) is Quantity)
            and _type(quantities) is tuple
            and (not quantities or all(_type(q) is Quantity for q in quantities))
        ):
            _EV_ID(self, id)
            _EV_TYPE(self, type)
            _EV_TRIGGER(self, trigger)
            _EV_SPAN(self, span)
            _EV_RULE(self, rule)
            _EV_MODE(self, mode)
            _EV_CONTEXT(self, context)
            _EV_CAMEO(self, cameo)
            _EV_QUAD_CLASS(self, quad_class)
            _EV_GOLDSTEIN(self, goldstein)
            _EV_ACLED(self, acled)
            _EV_ACTOR(self, actor)
            _EV_RECIPIENT(self, recipient)
            _EV_LOCATION(self, location)
            _EV_DATE(self, date)
            _EV_FATALITIES(self, fatalities)
            _EV_INJURIES(self, injuries)
            _EV_QUANTITIES(self, quantities)
            _EV_CONFIDENCE(self, confidence)
        else:
            _EVENT_INIT(
                self, id, type, trigger, span, rule, mode, context, cameo, quad_class, goldstein,
                acled, actor, recipient, location, date, fatalities, injuries, quantities,
                confidence,
            )

    def __attrs_post_init__(self) -> None:
        # The field checks live here, in field order, so the common case costs one test.
        cameo, quad, goldstein, confidence = (
            self.cameo, self.quad_class, self.goldstein, self.confidence
        )
        if not (
            (cameo is None or (type(cameo) is str and cameo.isdigit() and 2 <= len(cameo) <= 4))
            and (quad is None or quad in (1, 2, 3, 4))
            and (goldstein is None or (type(goldstein) is float and -10.0 <= goldstein <= 10.0))
            and type(confidence) is float
            and 0.0 <= confidence <= 1.0
        ):
            fields = attrs.fields(Event)
            _cameo(self, fields.cameo, cameo)
            _quad(self, fields.quad_class, quad)
            _goldstein(self, fields.goldstein, goldstein)
            _confidence(self, fields.confidence, confidence)
        allowed = MODES[self.type]
        for m in self.mode:
            if m not in allowed:
                raise _fail(Event, "mode", f"mode {m.value!r} does not belong to {self.type.value}")
        if self.trigger is None:
            raise _fail(Event, "trigger", "an event needs its trigger")

    def signature(self) -> str:
        """One line for logs and test tables.

        >>> e = Event(id="x", type="ASSAULT", trigger={"text": "attacked", "span": [8, 16]},
        ...           span=[0, 30], rule="assault.attack",
        ...           actor={"name": "Taliban", "code": "AFGINS"})
        >>> e.signature()
        'ASSAULT actor=AFGINS recipient=- place=- date=-'
        """
        actor = (self.actor.code or self.actor.name) if self.actor else "-"
        recipient = (self.recipient.code or self.recipient.name) if self.recipient else "-"
        place = self.location.name if self.location else "-"
        when = self.date.start.isoformat() if self.date and self.date.start else "-"
        return f"{self.type.value} actor={actor} recipient={recipient} place={place} date={when}"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Event:
        _check_keys(cls, data, ("id", "type", "trigger", "span", "rule"))
        return cls(**data)


(
    _EV_ID, _EV_TYPE, _EV_TRIGGER, _EV_SPAN, _EV_RULE, _EV_MODE, _EV_CONTEXT, _EV_CAMEO,
    _EV_QUAD_CLASS, _EV_GOLDSTEIN, _EV_ACLED, _EV_ACTOR, _EV_RECIPIENT, _EV_LOCATION, _EV_DATE,
    _EV_FATALITIES, _EV_INJURIES, _EV_QUANTITIES, _EV_CONFIDENCE,
) = _slot_setters(Event)
_EVENT_INIT = _attrs_init(Event)


# --- articles and documents ----------------------------------------------------------------------


@attrs.frozen(slots=True)
class Dateline:
    """A wire dateline such as ``KABUL, July 7 (Reuters) -``: its place, agency and date text."""

    place: str | None
    span: Span = attrs.field(converter=_to_span)
    agency: str | None = None
    date_text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "place": self.place,
            "span": self.span.to_list(),
            "agency": self.agency,
            "date_text": self.date_text,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dateline:
        _check_keys(cls, data, ("place", "span"))
        return cls(**data)


@attrs.frozen(slots=True)
class Article(_DictMixin):
    """An article as read: the full original text, its publication date and what the reader found.

    ``body`` is where the article's prose starts and ends (after a metadata line or dateline);
    every offset anywhere still indexes ``text``. ``published_source`` says where ``published``
    came from: "argument", "metadata" (a leading ``date YYYY-MM-DD`` line) or "dateline".
    """

    text: str
    published: dt.date | None = attrs.field(default=None, converter=_to_date)
    published_source: str | None = None
    title: str | None = None
    dateline: Dateline | None = attrs.field(default=None, converter=_opt_dateline)
    body: Span | None = attrs.field(default=None, converter=_to_opt_span)

    def __attrs_post_init__(self) -> None:
        if self.body is not None and self.body.end > len(self.text):
            raise _fail(Article, "body", "body span runs past the end of the text")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        _check_keys(cls, data, ("text",))
        return cls(**data)


@attrs.frozen(slots=True)
class Document(_DictMixin):
    """The result of ``parse``: the article and every mention and event found in it.

    ``source`` names where the article came from (a path, a JSON Lines record id), when known.
    """

    article: Article = attrs.field(converter=_opt_article)
    source: str | None = None  # where the article came from: a file path, a record id
    sentences: tuple[Span, ...] = attrs.field(default=(), converter=_tuple_span)
    dates: tuple[EventDate, ...] = attrs.field(default=(), converter=_tuple_event_date)
    quantities: tuple[Quantity, ...] = attrs.field(default=(), converter=_tuple_quantity)
    casualties: tuple[Casualty, ...] = attrs.field(default=(), converter=_tuple_casualty)
    places: tuple[Location, ...] = attrs.field(default=(), converter=_tuple_location)
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_tuple_actor)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_tuple_event)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def published(self) -> dt.date | None:
        return self.article.published

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        _check_keys(cls, data, ("article",))
        return cls(**data)


(
    _DOCUMENT_ARTICLE, _DOCUMENT_SOURCE, _DOCUMENT_SENTENCES, _DOCUMENT_DATES,
    _DOCUMENT_QUANTITIES, _DOCUMENT_CASUALTIES, _DOCUMENT_PLACES, _DOCUMENT_ACTORS,
    _DOCUMENT_EVENTS,
) = _slot_setters(Document)


def _document(
    article: Article,
    source: str | None,
    sentences: tuple[Span, ...],
    dates: tuple[EventDate, ...],
    quantities: tuple[Quantity, ...],
    casualties: tuple[Casualty, ...],
    places: tuple[Location, ...],
    actors: tuple[Actor, ...],
    events: tuple[Event, ...],
) -> Document:
    """``Document(...)`` for ``parse``, whose parts the library built itself: tuples of model
    objects that went through their own constructors, which the field converters would return
    unchanged. Stores them without the converters' checks of every element; anything else (a
    list, a ``None`` article) goes through ``Document(...)``."""
    if not (
        _type(article) is Article
        and _type(sentences) is tuple
        and _type(dates) is tuple
        and _type(quantities) is tuple
        and _type(casualties) is tuple
        and _type(places) is tuple
        and _type(actors) is tuple
        and _type(events) is tuple
    ):
        return Document(
            article, source, sentences, dates, quantities, casualties, places, actors, events
        )
    doc: Document = _NEW(Document)
    _DOCUMENT_ARTICLE(doc, article)
    _DOCUMENT_SOURCE(doc, source)
    _DOCUMENT_SENTENCES(doc, sentences)
    _DOCUMENT_DATES(doc, dates)
    _DOCUMENT_QUANTITIES(doc, quantities)
    _DOCUMENT_CASUALTIES(doc, casualties)
    _DOCUMENT_PLACES(doc, places)
    _DOCUMENT_ACTORS(doc, actors)
    _DOCUMENT_EVENTS(doc, events)
    return doc


_NEW = object.__new__


# --- copies with changes -------------------------------------------------------------------------

# per class: a getter of every field value in init order, and each init argument's position
_REPLACE_PLANS: dict[type, tuple[Callable[[Any], tuple[Any, ...]], dict[str, int]] | None] = {}


def _replace_plan(cls: type) -> tuple[Callable[[Any], tuple[Any, ...]], dict[str, int]] | None:
    fields = attrs.fields(cls)
    if len(fields) < 2 or any(not f.init or f.kw_only or f.alias != f.name for f in fields):
        return None  # attrgetter of one name gives no tuple; odd fields: attrs.evolve knows them
    names = [f.name for f in fields]
    return operator.attrgetter(*names), {name: i for i, name in enumerate(names)}


def replace(obj: _T, /, **changes: Any) -> _T:
    """A copy of ``obj`` with ``changes``: the same result and errors as ``attrs.evolve``, cheaper.

    The new object goes through the class's ``__init__`` with every field given by position, so
    the converters and checks run as with ``attrs.evolve``; only the keyword handling is saved.

    >>> a = Actor(name="Taliban", country="AFG", code="AFGINS")
    >>> replace(a, country="PAK", code="PAKINS") == attrs.evolve(a, country="PAK", code="PAKINS")
    True
    """
    cls: Any = type(obj)
    source: Any = obj  # attrs.evolve's stub wants an attrs class
    try:
        plan = _REPLACE_PLANS[cls]
    except KeyError:
        plan = _REPLACE_PLANS[cls] = _replace_plan(cls)
    if plan is not None:
        get, position = plan
        values = list(get(source))
        for name, value in changes.items():
            i = position.get(name)
            if i is None:  # an unknown name: attrs.evolve raises its TypeError below
                break
            values[i] = value
        else:
            copy: _T = cls(*values)
            return copy
    evolved: _T = attrs.evolve(source, **changes)
    return evolved
