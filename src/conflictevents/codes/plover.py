"""PLOVER event types, modes and contexts (current manual, openeventdata/PLOVER).

Closed vocabularies as enums; which modes belong to which type is the `MODES` table."""

from __future__ import annotations

import enum
from typing import Final


class EventType(str, enum.Enum):
    """The 16 event types of the current PLOVER manual."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class Mode(str, enum.Enum):
    """Every PLOVER mode; `MODES` says which types allow which."""

    VISIT = "visit"
    THIRD_PARTY = "third-party"
    MULTILATERAL = "multilateral"
    PHONE = "phone"
    WITHDRAW = "withdraw"
    RELEASE = "release"
    DISARM = "disarm"
    CEASEFIRE = "ceasefire"
    ACCESS = "access"
    RESIGN = "resign"
    ASSIST = "assist"
    CHANGE = "change"
    YIELD = "yield"
    MEET = "meet"
    DISAPPROVE = "disapprove"
    INVESTIGATE = "investigate"
    ALLEGE = "allege"
    RESTRICT = "restrict"
    ARREST = "arrest"
    RELATIONS = "relations"
    EXPEL = "expel"
    TERRITORY = "territory"
    VIOLENCE = "violence"
    DEMO = "demo"
    RIOT = "riot"
    STRIKE = "strike"
    HUNGER = "hunger"
    BOYCOTT = "boycott"
    OBSTRUCT = "obstruct"
    VANDALIZE = "vandalize"
    CONVICT = "convict"
    DISCONTINUE = "discontinue"
    TROOPS = "troops"
    WEAPONS = "weapons"
    POLICE = "police"
    MILITIA = "militia"
    SEIZE = "seize"
    CENSOR = "censor"
    CURFEW = "curfew"
    MARTIAL_LAW = "martial-law"
    DEPORT = "deport"
    WITHHOLD = "withhold"
    MISINFORMATION = "misinformation"
    CYBER = "cyber"
    ABDUCT = "abduct"
    BEAT = "beat"
    TORTURE = "torture"
    SEXUAL = "sexual"
    TARGETED = "targeted"
    DESTROY = "destroy"
    PRIMITIVE = "primitive"
    FIREARMS = "firearms"
    EXPLOSIVES = "explosives"
    SUICIDE_ATTACK = "suicide-attack"
    AERIAL = "aerial"
    DRONE = "drone"
    HEAVY_WEAPONS = "heavy-weapons"
    CROWD_CONTROL = "crowd-control"
    UNCONVENTIONAL = "unconventional"


class Context(str, enum.Enum):
    """PLOVER contexts: the policy area an event belongs to."""

    MILITARY = "military"
    INTELLIGENCE = "intelligence"
    EXECUTIVE = "executive"
    LEGISLATIVE = "legislative"
    ELECTION = "election"
    POLITICAL_INSTITUTIONS = "political_institutions"
    PRO_DEMOCRACY = "pro_democracy"
    PRO_AUTOCRACY = "pro_autocracy"
    ECONOMIC = "economic"
    LEGAL = "legal"
    REPARATIONS = "reparations"
    HUMAN_RIGHTS = "human_rights"
    RIGHTS_FREEDOMS = "rights_freedoms"
    REPRESSION = "repression"
    HUMAN_SECURITY = "human_security"
    GENDER = "gender"
    LGBT = "lgbt"
    RELIGION_ETHNICITY = "religion_ethnicity"
    INEQUALITY = "inequality"
    DIPLOMATIC = "diplomatic"
    TERRITORY = "territory"
    PEACEKEEPING = "peacekeeping"
    HEALTH = "health"
    ASYLUM = "asylum"
    MIGRATION = "migration"
    DISASTERS = "disasters"
    NATURAL_RESOURCE = "natural_resource"
    ENVIRONMENT = "environment"
    TECHNOLOGY = "technology"
    TERRORISM = "terrorism"
    CBRN = "cbrn"
    CYBER = "cyber"
    MISINFORMATION = "misinformation"
    CRIME = "crime"
    CORRUPTION = "corruption"
    ILLEGAL_DRUGS = "illegal_drugs"
    TRAFFICKING = "trafficking"


#: The modes each event type allows (types without modes map to an empty tuple).
MODES: Final[dict[EventType, tuple[Mode, ...]]] = {
    EventType.AGREE: (),
    EventType.CONSULT: (Mode.VISIT, Mode.THIRD_PARTY, Mode.MULTILATERAL, Mode.PHONE),
    EventType.SUPPORT: (),
    EventType.CONCEDE: (),
    EventType.COOPERATE: (),
    EventType.AID: (),
    EventType.RETREAT: (Mode.WITHDRAW, Mode.RELEASE, Mode.DISARM, Mode.CEASEFIRE, Mode.ACCESS, Mode.RESIGN),
    EventType.REQUEST: (Mode.ASSIST, Mode.CHANGE, Mode.YIELD, Mode.MEET),
    EventType.ACCUSE: (Mode.DISAPPROVE, Mode.INVESTIGATE, Mode.ALLEGE),
    EventType.REJECT: (Mode.ASSIST, Mode.CHANGE, Mode.YIELD, Mode.MEET),
    EventType.THREATEN: (Mode.RESTRICT, Mode.ARREST, Mode.RELATIONS, Mode.EXPEL, Mode.TERRITORY, Mode.VIOLENCE),
    EventType.PROTEST: (Mode.DEMO, Mode.RIOT, Mode.STRIKE, Mode.HUNGER, Mode.BOYCOTT, Mode.OBSTRUCT, Mode.VANDALIZE),
    EventType.SANCTION: (Mode.CONVICT, Mode.EXPEL, Mode.WITHDRAW, Mode.DISCONTINUE),
    EventType.MOBILIZE: (Mode.TROOPS, Mode.WEAPONS, Mode.POLICE, Mode.MILITIA),
    EventType.COERCE: (Mode.SEIZE, Mode.RESTRICT, Mode.CENSOR, Mode.CURFEW, Mode.MARTIAL_LAW, Mode.ARREST, Mode.DEPORT, Mode.WITHHOLD, Mode.MISINFORMATION, Mode.CYBER),
    EventType.ASSAULT: (Mode.ABDUCT, Mode.BEAT, Mode.TORTURE, Mode.SEXUAL, Mode.TARGETED, Mode.DESTROY, Mode.PRIMITIVE, Mode.FIREARMS, Mode.EXPLOSIVES, Mode.SUICIDE_ATTACK, Mode.AERIAL, Mode.DRONE, Mode.HEAVY_WEAPONS, Mode.CROWD_CONTROL, Mode.UNCONVENTIONAL),
}

#: PLOVER quad class of each type: 1 verbal cooperation, 2 material cooperation,
#: 3 verbal conflict, 4 material conflict.
QUAD_CLASS: Final[dict[EventType, int]] = {
    EventType.AGREE: 1,
    EventType.CONSULT: 1,
    EventType.SUPPORT: 1,
    EventType.CONCEDE: 1,
    EventType.COOPERATE: 2,
    EventType.AID: 2,
    EventType.RETREAT: 2,
    EventType.REQUEST: 3,
    EventType.ACCUSE: 3,
    EventType.REJECT: 3,
    EventType.THREATEN: 3,
    EventType.PROTEST: 4,
    EventType.SANCTION: 4,
    EventType.MOBILIZE: 4,
    EventType.COERCE: 4,
    EventType.ASSAULT: 4,
}

#: Names used by older PLOVER versions and gold files, mapped to the current type and mode.
LEGACY_NAMES: Final[dict[str, tuple[EventType, Mode | None]]] = {
    "DEMAND": (EventType.REQUEST, None),
    "DISAPPROVE": (EventType.ACCUSE, Mode.DISAPPROVE),
    "FIGHT": (EventType.ASSAULT, None),
    "INVESTIGATE": (EventType.ACCUSE, Mode.INVESTIGATE),
}


def event_type(name: str) -> EventType:
    """Return the current PLOVER type for `name`, accepting older names.

    >>> event_type("FIGHT")
    <EventType.ASSAULT: 'ASSAULT'>
    """
    key = name.strip().upper()
    if key in LEGACY_NAMES:
        return LEGACY_NAMES[key][0]
    try:
        return EventType(key)
    except ValueError:
        raise ValueError(f"unknown PLOVER event type {name!r}") from None
