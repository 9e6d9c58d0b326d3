"""CAMEO event codes: Goldstein score, quad class and PLOVER mapping of all 316 codes.

Conventions (docs/taxonomy.md):

- Goldstein scores are GDELT's lookup table. The five codes GDELT leaves out (155, 176, 1834, 1951,
  1952) take the score of their nearest coded ancestor, and say so in ``goldstein_inherited``.
- Quad classes are GDELT's lookup convention (1 verbal cooperation for roots 01-05, 2 material
  cooperation for 06-09, 3 verbal conflict for 10-14, 4 material conflict for 15-20). The PLOVER
  quad class of a PLOVER *type* is ``codes.plover.QUAD_CLASS``; the two differ for roots 09 and 14.
- The PLOVER mapping is PLOVER's CAMEO2PLOVER-2021 table normalised to the PLOVER manual; roots 01
  and 02 are dropped by PLOVER and map to ``None``.

The rows live in the generated module ``_cameo_table``; this module turns them into typed records
on first use.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Final

import attrs

from ..errors import ConflictEventsError
from ._cameo_table import ROWS
from .plover import Context, EventType, Mode

__all__ = [
    "ROOT_NAMES",
    "CameoCode",
    "UnknownCodeError",
    "all_codes",
    "cameo",
    "goldstein",
    "quad_class",
    "to_plover",
]

#: Short neutral names of the 20 CAMEO roots (the project's own wording).
ROOT_NAMES: Final[dict[str, str]] = {
    "01": "public statement",
    "02": "appeal",
    "03": "intent to cooperate",
    "04": "consultation",
    "05": "diplomatic cooperation",
    "06": "material cooperation",
    "07": "aid",
    "08": "yielding",
    "09": "investigation",
    "10": "demand",
    "11": "disapproval",
    "12": "rejection",
    "13": "threat",
    "14": "protest",
    "15": "force posture",
    "16": "reduced relations",
    "17": "coercion",
    "18": "assault",
    "19": "fighting",
    "20": "mass violence",
}


class UnknownCodeError(ConflictEventsError, KeyError):
    """A string that is not one of the 316 CAMEO 1.1b3 event codes."""

    def __init__(self, code: object) -> None:
        self.code = code
        super().__init__(code)

    def __str__(self) -> str:
        return f"{self.code!r} is not a CAMEO event code"


@attrs.frozen(slots=True)
class CameoCode:
    """One CAMEO event code with its scores and its PLOVER reading.

    >>> c = cameo("193")
    >>> (c.root, c.base, c.level, c.goldstein, c.quad_class, c.plover, c.mode)
    ('19', '193', 2, -10.0, 4, <EventType.ASSAULT: 'ASSAULT'>, <Mode.FIREARMS: 'firearms'>)
    """

    code: str
    goldstein: float
    quad_class: int
    plover: EventType | None = None
    mode: Mode | None = None
    contexts: tuple[Context, ...] = ()
    goldstein_inherited: bool = False

    @property
    def root(self) -> str:
        """The two-digit root ("19" for "193")."""
        return self.code[:2]

    @property
    def base(self) -> str | None:
        """The three-digit base code, or None for a root."""
        return self.code[:3] if len(self.code) >= 3 else None

    @property
    def level(self) -> int:
        """1 for a root, 2 for a three-digit code, 3 for a four-digit code."""
        return len(self.code) - 1

    @property
    def parent(self) -> str | None:
        """The code one level up, or None for a root."""
        return None if len(self.code) == 2 else self.code[:-1]

    @property
    def root_name(self) -> str:
        return ROOT_NAMES[self.root]

    @property
    def dropped(self) -> bool:
        """True when PLOVER does not code this CAMEO event (roots 01 and 02)."""
        return self.plover is None


def _opt_mode(value: str | None) -> Mode | None:
    return None if value is None else Mode(value)


@functools.cache
def _table() -> Mapping[str, CameoCode]:
    return {
        code: CameoCode(
            code=code,
            goldstein=gold,
            quad_class=quad,
            plover=None if etype is None else EventType(etype),
            mode=_opt_mode(mode),
            contexts=tuple(Context(c) for c in contexts),
            goldstein_inherited=inherited,
        )
        for code, gold, inherited, quad, etype, mode, contexts in ROWS
    }


def all_codes() -> tuple[CameoCode, ...]:
    """Every CAMEO event code, in code order.

    >>> len(all_codes())
    316
    """
    return tuple(_table().values())


def cameo(code: str) -> CameoCode:
    """The record of a CAMEO event code; raises UnknownCodeError for anything else.

    >>> cameo("042").mode
    <Mode.VISIT: 'visit'>
    """
    try:
        return _table()[code]
    except (KeyError, TypeError):
        raise UnknownCodeError(code) from None


def goldstein(code: str) -> float:
    """The Goldstein score of a code (GDELT's lookup).

    >>> goldstein("190")
    -10.0
    """
    return cameo(code).goldstein


def quad_class(code: str) -> int:
    """The quad class of a code in GDELT's convention (1-4).

    >>> quad_class("141"), quad_class("173")
    (3, 4)
    """
    return cameo(code).quad_class


def to_plover(code: str) -> tuple[EventType, Mode | None, Context | None] | None:
    """The PLOVER (type, mode, first context) of a code, or None when PLOVER drops it.

    >>> to_plover("181")
    (<EventType.ASSAULT: 'ASSAULT'>, <Mode.ABDUCT: 'abduct'>, None)
    >>> to_plover("010") is None
    True
    """
    row = cameo(code)
    if row.plover is None:
        return None
    return (row.plover, row.mode, row.contexts[0] if row.contexts else None)
