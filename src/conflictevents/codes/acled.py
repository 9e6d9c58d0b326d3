"""ACLED's event taxonomy and actor-type codes (ACLED codebook, 2019 revision of the event types).

Closed vocabularies: 6 event types, 25 sub-event types, the 8 actor-type ("inter") codes, and
the rule that turns two inter codes into an interaction code.
"""

from __future__ import annotations

import enum
from typing import Final

from ..errors import ArgumentValueError
from ..model import AcledType, Sector

__all__ = [
    "EVENT_TYPE_OF",
    "INTER_OF_SECTOR",
    "SUB_EVENT_TYPES",
    "AcledEventType",
    "AcledSubEventType",
    "Inter",
    "acled",
    "interaction",
]


class AcledEventType(str, enum.Enum):
    """ACLED's six event types; the value is ACLED's exact string."""

    BATTLES = "Battles"
    EXPLOSIONS = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


class AcledSubEventType(str, enum.Enum):
    """ACLED's 25 sub-event types; the value is ACLED's exact string."""

    ARMED_CLASH = "Armed clash"
    GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
    NON_STATE_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
    CHEMICAL_WEAPON = "Chemical weapon"
    AIR_DRONE_STRIKE = "Air/drone strike"
    SUICIDE_BOMB = "Suicide bomb"
    SHELLING = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
    GRENADE = "Grenade"
    SEXUAL_VIOLENCE = "Sexual violence"
    ATTACK = "Attack"
    ABDUCTION = "Abduction/forced disappearance"
    PEACEFUL_PROTEST = "Peaceful protest"
    PROTEST_WITH_INTERVENTION = "Protest with intervention"
    EXCESSIVE_FORCE = "Excessive force against protesters"
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    AGREEMENT = "Agreement"
    ARRESTS = "Arrests"
    CHANGE_TO_GROUP = "Change to group/activity"
    DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
    HEADQUARTERS_ESTABLISHED = "Headquarters or base established"
    LOOTING = "Looting/property destruction"
    NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"
    OTHER = "Other"


_E = AcledEventType
_S = AcledSubEventType

#: The sub-event types of each event type.
SUB_EVENT_TYPES: Final[dict[AcledEventType, tuple[AcledSubEventType, ...]]] = {
    _E.BATTLES: (_S.ARMED_CLASH, _S.GOVERNMENT_REGAINS_TERRITORY, _S.NON_STATE_OVERTAKES_TERRITORY),
    _E.EXPLOSIONS: (
        _S.CHEMICAL_WEAPON, _S.AIR_DRONE_STRIKE, _S.SUICIDE_BOMB, _S.SHELLING,
        _S.REMOTE_EXPLOSIVE, _S.GRENADE,
    ),
    _E.VIOLENCE_AGAINST_CIVILIANS: (_S.SEXUAL_VIOLENCE, _S.ATTACK, _S.ABDUCTION),
    _E.PROTESTS: (_S.PEACEFUL_PROTEST, _S.PROTEST_WITH_INTERVENTION, _S.EXCESSIVE_FORCE),
    _E.RIOTS: (_S.VIOLENT_DEMONSTRATION, _S.MOB_VIOLENCE),
    _E.STRATEGIC_DEVELOPMENTS: (
        _S.AGREEMENT, _S.ARRESTS, _S.CHANGE_TO_GROUP, _S.DISRUPTED_WEAPONS_USE,
        _S.HEADQUARTERS_ESTABLISHED, _S.LOOTING, _S.NON_VIOLENT_TRANSFER, _S.OTHER,
    ),
}

#: The event type each sub-event type belongs to (every sub-event type has exactly one).
EVENT_TYPE_OF: Final[dict[AcledSubEventType, AcledEventType]] = {
    sub: event for event, subs in SUB_EVENT_TYPES.items() for sub in subs
}


class Inter(enum.IntEnum):
    """ACLED actor-type ("inter") codes; 0 means there is no second actor."""

    NONE = 0
    STATE_FORCES = 1
    REBEL_GROUPS = 2
    POLITICAL_MILITIAS = 3
    IDENTITY_MILITIAS = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL_OTHER = 8


#: A first guess at the inter code of an actor from its sector. ACLED assigns inter codes per
#: actor, so this is lossy: militias split into political (3) and identity (4) militias, which a
#: sector cannot tell, and unlisted sectors have no guess.
INTER_OF_SECTOR: Final[dict[Sector, Inter]] = {
    Sector.GOV: Inter.STATE_FORCES,
    Sector.MIL: Inter.STATE_FORCES,
    Sector.COP: Inter.STATE_FORCES,
    Sector.SPY: Inter.STATE_FORCES,
    Sector.REB: Inter.REBEL_GROUPS,
    Sector.INS: Inter.REBEL_GROUPS,
    Sector.SEP: Inter.REBEL_GROUPS,
    Sector.PRM: Inter.POLITICAL_MILITIAS,
    Sector.UAF: Inter.POLITICAL_MILITIAS,
    Sector.CVL: Inter.CIVILIANS,
    Sector.REF: Inter.CIVILIANS,
    Sector.JRN: Inter.CIVILIANS,
    Sector.EDU: Inter.CIVILIANS,
    Sector.MED: Inter.CIVILIANS,
    Sector.REL: Inter.CIVILIANS,
    Sector.AGR: Inter.CIVILIANS,
    Sector.BUS: Inter.CIVILIANS,
    Sector.LAB: Inter.CIVILIANS,
    Sector.IGO: Inter.EXTERNAL_OTHER,
    Sector.UNO: Inter.EXTERNAL_OTHER,
    Sector.EUR: Inter.EXTERNAL_OTHER,
    Sector.NGO: Inter.EXTERNAL_OTHER,
    Sector.IMG: Inter.EXTERNAL_OTHER,
    Sector.MNC: Inter.EXTERNAL_OTHER,
}


def interaction(inter1: Inter | int, inter2: Inter | int = Inter.NONE) -> int:
    """ACLED's interaction code: the two inter codes as one number, the smaller first.

    A missing second actor (0) always comes second: sole rebel action is 20, not 2.

    >>> interaction(Inter.CIVILIANS, Inter.REBEL_GROUPS), interaction(2)
    (27, 20)
    """
    a, b = Inter(inter1), Inter(inter2)
    if a == Inter.NONE and b == Inter.NONE:
        raise ArgumentValueError("inter1", "at least one actor needs an inter code")
    if a == Inter.NONE or (b != Inter.NONE and b < a):
        a, b = b, a
    return int(a) * 10 + int(b)


def acled(
    event_type: AcledEventType | str, sub_event_type: AcledSubEventType | str | None = None
) -> AcledType:
    """A validated ``AcledType``; the sub-event type must belong to the event type.

    >>> acled("Battles", "Armed clash")
    AcledType(event_type='Battles', sub_event_type='Armed clash')
    """
    try:
        event = AcledEventType(event_type)
    except ValueError:
        message = f"{event_type!r} is not an ACLED event type"
        raise ArgumentValueError("event_type", message) from None
    if sub_event_type is None:
        return AcledType(event.value, None)
    try:
        sub = AcledSubEventType(sub_event_type)
    except ValueError:
        raise ArgumentValueError(
            "sub_event_type", f"{sub_event_type!r} is not an ACLED sub-event type"
        ) from None
    if EVENT_TYPE_OF[sub] is not event:
        raise ArgumentValueError(
            "sub_event_type", f"{sub.value!r} belongs to {EVENT_TYPE_OF[sub].value!r}"
        )
    return AcledType(event.value, sub.value)
