"""Conversions between PLOVER, CAMEO and ACLED codes (documented in docs/taxonomy.md).

- ``default_cameo(type, mode)``: the CAMEO code an event rule uses when it knows only the PLOVER
  type and mode. ``DEFAULT_CAMEO`` is the table; most rows map back to the same (type, mode) through
  ``cameo.to_plover``, and ``INEXACT_DEFAULTS`` lists the rows where CAMEO has no code that does.
- ``acled_type(type, mode, ...)``: the ACLED event and sub-event type of a PLOVER event, which
  needs more than the type: who the actor and recipient are, the weapon (mode) and whether
  territory changed hands.
"""

from __future__ import annotations

from typing import Final

from ..errors import ArgumentValueError
from ..model import AcledType, Sector
from .acled import AcledEventType as E
from .acled import AcledSubEventType as S
from .acled import acled
from .plover import MODES, EventType, Mode

__all__ = [
    "ARMED_SECTORS",
    "DEFAULT_CAMEO",
    "INEXACT_DEFAULTS",
    "UNORGANISED_SECTORS",
    "acled_type",
    "default_cameo",
]

T = EventType
M = Mode

#: (type, mode) -> CAMEO code; (type, None) is the code for the type with no known mode.
DEFAULT_CAMEO: Final[dict[tuple[EventType, Mode | None], str]] = {
    (T.AGREE, None): "030",
    (T.CONSULT, None): "040",
    (T.CONSULT, M.VISIT): "042",
    (T.CONSULT, M.THIRD_PARTY): "044",
    (T.CONSULT, M.MULTILATERAL): "040",
    (T.CONSULT, M.PHONE): "041",
    (T.SUPPORT, None): "050",
    (T.CONCEDE, None): "080",
    (T.COOPERATE, None): "060",
    (T.AID, None): "070",
    (T.RETREAT, None): "084",
    (T.RETREAT, M.WITHDRAW): "0874",
    (T.RETREAT, M.RELEASE): "0841",
    (T.RETREAT, M.DISARM): "0873",
    (T.RETREAT, M.CEASEFIRE): "0871",
    (T.RETREAT, M.ACCESS): "086",
    (T.RETREAT, M.RESIGN): "0831",
    (T.REQUEST, None): "100",
    (T.REQUEST, M.ASSIST): "103",
    (T.REQUEST, M.CHANGE): "104",
    (T.REQUEST, M.YIELD): "105",
    (T.REQUEST, M.MEET): "106",
    (T.ACCUSE, None): "112",
    (T.ACCUSE, M.DISAPPROVE): "111",
    (T.ACCUSE, M.INVESTIGATE): "090",
    (T.ACCUSE, M.ALLEGE): "112",
    (T.REJECT, None): "120",
    (T.REJECT, M.ASSIST): "122",
    (T.REJECT, M.CHANGE): "123",
    (T.REJECT, M.YIELD): "124",
    (T.REJECT, M.MEET): "125",
    (T.THREATEN, None): "130",
    (T.THREATEN, M.RESTRICT): "132",
    (T.THREATEN, M.ARREST): "137",
    (T.THREATEN, M.RELATIONS): "1313",
    (T.THREATEN, M.EXPEL): "136",
    (T.THREATEN, M.TERRITORY): "1382",
    (T.THREATEN, M.VIOLENCE): "138",
    (T.PROTEST, None): "140",
    (T.PROTEST, M.DEMO): "141",
    (T.PROTEST, M.RIOT): "145",
    (T.PROTEST, M.STRIKE): "143",
    (T.PROTEST, M.HUNGER): "142",
    (T.PROTEST, M.BOYCOTT): "143",
    (T.PROTEST, M.OBSTRUCT): "144",
    (T.PROTEST, M.VANDALIZE): "145",
    (T.SANCTION, None): "160",
    (T.SANCTION, M.CONVICT): "160",
    (T.SANCTION, M.EXPEL): "166",
    (T.SANCTION, M.WITHDRAW): "161",
    (T.SANCTION, M.DISCONTINUE): "163",
    (T.MOBILIZE, None): "150",
    (T.MOBILIZE, M.TROOPS): "154",
    (T.MOBILIZE, M.WEAPONS): "152",
    (T.MOBILIZE, M.POLICE): "153",
    (T.MOBILIZE, M.MILITIA): "154",
    (T.COERCE, None): "170",
    (T.COERCE, M.SEIZE): "171",
    (T.COERCE, M.RESTRICT): "172",
    (T.COERCE, M.CENSOR): "1721",
    (T.COERCE, M.CURFEW): "1723",
    (T.COERCE, M.MARTIAL_LAW): "1724",
    (T.COERCE, M.ARREST): "173",
    (T.COERCE, M.DEPORT): "174",
    (T.COERCE, M.WITHHOLD): "170",
    (T.COERCE, M.MISINFORMATION): "170",
    (T.COERCE, M.CYBER): "176",
    (T.ASSAULT, None): "190",
    (T.ASSAULT, M.ABDUCT): "181",
    (T.ASSAULT, M.BEAT): "182",
    (T.ASSAULT, M.TORTURE): "1822",
    (T.ASSAULT, M.SEXUAL): "1821",
    (T.ASSAULT, M.TARGETED): "186",
    (T.ASSAULT, M.DESTROY): "1712",
    (T.ASSAULT, M.PRIMITIVE): "180",
    (T.ASSAULT, M.FIREARMS): "193",
    (T.ASSAULT, M.EXPLOSIVES): "183",
    (T.ASSAULT, M.SUICIDE_ATTACK): "1831",
    (T.ASSAULT, M.AERIAL): "195",
    (T.ASSAULT, M.DRONE): "1952",
    (T.ASSAULT, M.HEAVY_WEAPONS): "194",
    (T.ASSAULT, M.CROWD_CONTROL): "175",
    (T.ASSAULT, M.UNCONVENTIONAL): "204",
}

#: Rows of DEFAULT_CAMEO whose code does not map back to the same (type, mode): CAMEO has no code
#: for that mode, so the nearest code is used (docs/taxonomy.md says why for each).
INEXACT_DEFAULTS: Final[frozenset[tuple[EventType, Mode | None]]] = frozenset({
    (T.CONSULT, M.MULTILATERAL),  # CAMEO has no multilateral meeting: 040
    (T.RETREAT, M.RESIGN),  # no resignation code: 0831 (accede to a change in leadership)
    (T.ACCUSE, None),  # every ACCUSE code has a mode; 112 is the plain accusation
    (T.THREATEN, M.ARREST),  # 137 threaten with repression
    (T.PROTEST, M.STRIKE),  # 143 merges strikes and boycotts
    (T.PROTEST, M.VANDALIZE),  # 145 violent protest
    (T.SANCTION, M.CONVICT),  # no conviction code: 160
    (T.MOBILIZE, M.WEAPONS),  # 152 raise military alert
    (T.MOBILIZE, M.MILITIA),  # 154 mobilise armed forces
    (T.COERCE, M.CENSOR),  # 1721 restrict political freedoms
    (T.COERCE, M.WITHHOLD),  # 170
    (T.COERCE, M.MISINFORMATION),  # 170
    (T.ASSAULT, M.PRIMITIVE),  # 180 unconventional violence, unspecified
})


def default_cameo(type: EventType, mode: Mode | None = None) -> str:
    """The most typical CAMEO code for a PLOVER type and mode.

    >>> default_cameo(EventType.ASSAULT, Mode.ABDUCT), default_cameo(EventType.CONSULT)
    ('181', '040')
    """
    type_ = EventType(type)
    if mode is not None:
        mode = Mode(mode)
        if mode not in MODES[type_]:
            raise ArgumentValueError("mode", f"{mode.value!r} is not a {type_.value} mode")
    return DEFAULT_CAMEO[(type_, mode)]


#: Sectors of organised armed actors: an ASSAULT on one of them is a battle, not an attack on
#: civilians. Government (GOV) is absent: officials are unarmed targets in ACLED's sense.
ARMED_SECTORS: Final[frozenset[Sector]] = frozenset({
    Sector.MIL, Sector.COP, Sector.SPY, Sector.PRM, Sector.REB, Sector.INS, Sector.SEP,
    Sector.UAF, Sector.IMG,
})

#: Sectors of unorganised crowds: their beatings and lynchings are ACLED mob violence.
UNORGANISED_SECTORS: Final[frozenset[Sector]] = frozenset({Sector.CVL})

_REMOTE: Final[tuple[tuple[Mode, S], ...]] = (
    (M.UNCONVENTIONAL, S.CHEMICAL_WEAPON),
    (M.SUICIDE_ATTACK, S.SUICIDE_BOMB),
    (M.AERIAL, S.AIR_DRONE_STRIKE),
    (M.DRONE, S.AIR_DRONE_STRIKE),
    (M.HEAVY_WEAPONS, S.SHELLING),
    (M.EXPLOSIVES, S.REMOTE_EXPLOSIVE),
)

_TERRITORY: Final[dict[str, S]] = {
    "state": S.GOVERNMENT_REGAINS_TERRITORY,
    "government": S.GOVERNMENT_REGAINS_TERRITORY,
    "non-state": S.NON_STATE_OVERTAKES_TERRITORY,
    "nonstate": S.NON_STATE_OVERTAKES_TERRITORY,
}


def _assault(
    mode: tuple[Mode, ...],
    actor: Sector | None,
    recipient: Sector | None,
    territory: S | None,
) -> AcledType:
    if territory is not None:
        return acled(E.BATTLES, territory)
    if M.SEXUAL in mode:
        return acled(E.VIOLENCE_AGAINST_CIVILIANS, S.SEXUAL_VIOLENCE)
    for weapon, sub in _REMOTE:
        if weapon in mode:
            return acled(E.EXPLOSIONS, sub)
    if M.CROWD_CONTROL in mode:
        return acled(E.PROTESTS, S.PROTEST_WITH_INTERVENTION)
    armed_target = recipient in ARMED_SECTORS
    if M.ABDUCT in mode:
        # Captured combatants belong to the battle they were taken in.
        if armed_target:
            return acled(E.BATTLES, S.ARMED_CLASH)
        return acled(E.VIOLENCE_AGAINST_CIVILIANS, S.ABDUCTION)
    if mode and set(mode) <= {M.DESTROY}:
        return acled(E.STRATEGIC_DEVELOPMENTS, S.LOOTING)
    if actor in UNORGANISED_SECTORS and not armed_target:
        return acled(E.RIOTS, S.MOB_VIOLENCE)
    if armed_target:
        return acled(E.BATTLES, S.ARMED_CLASH)
    if recipient is not None and recipient is not Sector.UNK:
        return acled(E.VIOLENCE_AGAINST_CIVILIANS, S.ATTACK)
    # No (known) recipient: PLOVER's two-sided fighting, or violence by a known victim-less verb.
    if mode and set(mode) <= {M.TARGETED, M.TORTURE, M.BEAT}:
        return acled(E.VIOLENCE_AGAINST_CIVILIANS, S.ATTACK)
    return acled(E.BATTLES, S.ARMED_CLASH)


def acled_type(
    type: EventType,
    mode: tuple[Mode, ...] = (),
    *,
    actor_sector: Sector | None = None,
    recipient_sector: Sector | None = None,
    territory_change: str | None = None,
    cameo: str | None = None,
) -> AcledType | None:
    """The ACLED event and sub-event type of a PLOVER event, or None when ACLED has no such event.

    ``territory_change`` names the side that gained territory through fighting: ``"state"`` or
    ``"non-state"``. ``cameo`` lets a signed agreement (SUPPORT coded 057) become an ACLED
    Agreement. The rules, in order, are in docs/taxonomy.md.

    >>> acled_type(EventType.ASSAULT, (Mode.FIREARMS,), actor_sector=Sector.INS,
    ...            recipient_sector=Sector.MIL)
    AcledType(event_type='Battles', sub_event_type='Armed clash')
    >>> acled_type(EventType.ASSAULT, (Mode.DRONE,)).sub_event_type
    'Air/drone strike'
    >>> acled_type(EventType.CONSULT) is None
    True
    """
    type_ = EventType(type)
    modes = tuple(Mode(m) for m in mode)
    territory: S | None = None
    if territory_change is not None:
        key = territory_change.strip().lower()
        if key not in _TERRITORY:
            raise ArgumentValueError(
                "territory_change", f"expected 'state' or 'non-state', got {territory_change!r}"
            )
        territory = _TERRITORY[key]
    if type_ is T.ASSAULT:
        return _assault(modes, actor_sector, recipient_sector, territory)
    if type_ is T.PROTEST:
        if M.RIOT in modes or M.VANDALIZE in modes:
            return acled(E.RIOTS, S.VIOLENT_DEMONSTRATION)
        return acled(E.PROTESTS, S.PEACEFUL_PROTEST)
    if type_ is T.MOBILIZE:
        return acled(E.STRATEGIC_DEVELOPMENTS, S.OTHER)
    if type_ is T.COERCE:
        if M.ARREST in modes:
            return acled(E.STRATEGIC_DEVELOPMENTS, S.ARRESTS)
        if M.SEIZE in modes:
            return acled(E.STRATEGIC_DEVELOPMENTS, S.LOOTING)
        return acled(E.STRATEGIC_DEVELOPMENTS, S.OTHER)
    if type_ is T.RETREAT:
        if M.WITHDRAW in modes:
            if territory is not None:
                return acled(E.BATTLES, territory)
            return acled(E.STRATEGIC_DEVELOPMENTS, S.NON_VIOLENT_TRANSFER)
        if M.CEASEFIRE in modes:
            return acled(E.STRATEGIC_DEVELOPMENTS, S.AGREEMENT)
        if M.DISARM in modes:
            return acled(E.STRATEGIC_DEVELOPMENTS, S.CHANGE_TO_GROUP)
        if M.RELEASE in modes:
            return acled(E.STRATEGIC_DEVELOPMENTS, S.OTHER)
        return None
    if type_ is T.SUPPORT and cameo == "057":
        return acled(E.STRATEGIC_DEVELOPMENTS, S.AGREEMENT)
    return None
