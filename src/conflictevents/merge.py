"""Coreference of event candidates within one article.

News repeats itself: the seed article reports the attack on Qala-i-Naw three times. Candidates
of the same type whose participants and places agree are one real-world event; the merged event
keeps the first report's evidence and the strongest slots of all of them. Candidates that
disagree on a participant or a place stay distinct.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from .codes.plover import EventType, Mode
from .model import Actor, Event, EventDate, Feature, Location, Quantity, replace

__all__ = ["merge_events"]


class _Mergeable(Protocol):
    """What merging reads: an Event, or the engine's candidate before it becomes one."""

    @property
    def type(self) -> EventType: ...
    @property
    def actor(self) -> Actor | None: ...
    @property
    def recipient(self) -> Actor | None: ...
    @property
    def location(self) -> Location | None: ...
    @property
    def date(self) -> EventDate | None: ...
    @property
    def fatalities(self) -> Quantity | None: ...
    @property
    def injuries(self) -> Quantity | None: ...
    @property
    def quantities(self) -> tuple[Quantity, ...]: ...
    @property
    def mode(self) -> tuple[Mode, ...]: ...
    @property
    def confidence(self) -> float: ...


M = TypeVar("M", bound=_Mergeable)


def _actor_key(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    if actor.kind == "place":
        return f"place:{actor.country}"
    return actor.code or actor.name.lower()


def _same_side(a: Actor, b: Actor) -> bool:
    """One side: the same code, or a state and one of its own organs ("Russia" and "Russian
    artillery")."""
    if _actor_key(a) == _actor_key(b):
        return True
    return (
        a.country is not None
        and a.country == b.country
        and (a.sector is None or b.sector is None)
        and a.kind != "place"
        and b.kind != "place"
    )


def _compatible_actor(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return True
    if a.kind == "place" or b.kind == "place":
        # A place target is compatible with anything in the same country.
        return a.country is None or b.country is None or a.country == b.country
    return _same_side(a, b)


def _compatible_place(a: Location | None, b: Location | None) -> bool:
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    coarse = (Feature.COUNTRY, Feature.ADMIN1, Feature.REGION, None)
    if a.feature in coarse or b.feature in coarse:
        return True
    return a.name.lower() == b.name.lower()


# An event the text dates more than this many days before an undated report of the same kind
# is another event.
_STALE_DAYS = 14


def _same_event(a: _Mergeable, b: _Mergeable) -> bool:
    if a.type is not b.type:
        return False
    shared_actor = a.actor is not None and b.actor is not None and _same_side(a.actor, b.actor)
    shared_recipient = (
        a.recipient is not None
        and b.recipient is not None
        and a.recipient.kind != "place"
        and _actor_key(a.recipient) == _actor_key(b.recipient)
    )
    if not (shared_actor or shared_recipient):
        return False
    if not _compatible_actor(a.actor, b.actor) or not _compatible_actor(a.recipient, b.recipient):
        return False
    if not _compatible_place(a.location, b.location):
        return False
    if a.date is not None and b.date is not None and a.date.start and b.date.start:
        # Two explicit, different days are two events; the publication-date default is no date.
        explicit = bool(a.date.span) and bool(b.date.span)
        if explicit and (a.date.start, a.date.end) != (b.date.start, b.date.end):
            return False
        if bool(a.date.span) != bool(b.date.span):
            # an undated report is news of the publication day: not an event the text dates
            # weeks earlier ("In October, a truck bomb killed 500")
            dated, default = (a.date, b.date) if a.date.span else (b.date, a.date)
            if dated.end and default.start and (default.start - dated.end).days > _STALE_DAYS:
                return False
    return True


def _better_place(a: Location | None, b: Location | None) -> Location | None:
    if a is None:
        return b
    if b is None:
        return a
    rank = {Feature.CITY: 3, Feature.ADMIN1: 2, Feature.REGION: 1, Feature.COUNTRY: 0, None: -1}
    return (
        b
        if (rank[b.feature] > rank[a.feature] and a.span is not None)
        or (a.span is None and b.span is not None)
        else a
    )


def _better_actor(a: Actor | None, b: Actor | None) -> Actor | None:
    if a is None:
        return b
    if b is not None and a.country is None and b.country is not None:
        return b
    return a


def _absorb(kept: M, other: M, copy_with: Callable[..., M]) -> M:
    date = kept.date
    if (
        other.date is not None
        and other.date.span is not None
        and (date is None or date.span is None)
    ):
        date = other.date
    return copy_with(
        kept,
        actor=_better_actor(kept.actor, other.actor),
        recipient=_better_actor(kept.recipient, other.recipient),
        location=_better_place(kept.location, other.location),
        date=date,
        fatalities=kept.fatalities or other.fatalities,
        injuries=kept.injuries or other.injuries,
        quantities=kept.quantities or other.quantities,
        mode=kept.mode or other.mode,
        confidence=round(min(1.0, max(kept.confidence, other.confidence) + 0.05), 2),
    )


def merge_events(events: Sequence[Event]) -> tuple[Event, ...]:
    """Merge coreferent candidates (same type, same participant, compatible places and dates).

    >>> from conflictevents.model import Event, replace
    >>> a = Event(id="a", type="ASSAULT", trigger={"text": "attacked", "span": [8, 16]},
    ...           span=[0, 20], rule="r", actor={"name": "Taliban", "code": "AFGINS"})
    >>> b = replace(a, id="b", span=[30, 50], trigger={"text": "assault", "span": [35, 42]})
    >>> [e.id for e in merge_events([a, b])]
    ['a']
    """
    return merge_with(events, replace)


def merge_with(
    items: Sequence[M],
    copy_with: Callable[..., M],
    apart: Callable[[M, M], bool] | None = None,
) -> tuple[M, ...]:
    """``merge_events`` for anything with an Event's slots; ``copy_with(kept, **slots)`` makes
    the merged copy (``model.replace`` for Events). ``apart(kept, item)``, when given, keeps
    two reports distinct that would merge otherwise (the engine knows their clauses)."""
    merged: list[M] = []
    for item in items:
        for index, kept in enumerate(merged):
            if _same_event(kept, item) and (apart is None or not apart(kept, item)):
                merged[index] = _absorb(kept, item, copy_with)
                break
        else:
            merged.append(item)
    return tuple(merged)
