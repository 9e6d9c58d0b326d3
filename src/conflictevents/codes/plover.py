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
    EventType.RETREAT: (
        Mode.WITHDRAW, Mode.RELEASE, Mode.DISARM, Mode.CEASEFIRE, Mode.ACCESS, Mode.RESIGN,
    ),
    EventType.REQUEST: (Mode.ASSIST, Mode.CHANGE, Mode.YIELD, Mode.MEET),
    EventType.ACCUSE: (Mode.DISAPPROVE, Mode.INVESTIGATE, Mode.ALLEGE),
    EventType.REJECT: (Mode.ASSIST, Mode.CHANGE, Mode.YIELD, Mode.MEET),
    EventType.THREATEN: (
        Mode.RESTRICT, Mode.ARREST, Mode.RELATIONS, Mode.EXPEL, Mode.TERRITORY, Mode.VIOLENCE,
    ),
    EventType.PROTEST: (
        Mode.DEMO, Mode.RIOT, Mode.STRIKE, Mode.HUNGER, Mode.BOYCOTT, Mode.OBSTRUCT, Mode.VANDALIZE,
    ),
    EventType.SANCTION: (Mode.CONVICT, Mode.EXPEL, Mode.WITHDRAW, Mode.DISCONTINUE),
    EventType.MOBILIZE: (Mode.TROOPS, Mode.WEAPONS, Mode.POLICE, Mode.MILITIA),
    EventType.COERCE: (
        Mode.SEIZE, Mode.RESTRICT, Mode.CENSOR, Mode.CURFEW, Mode.MARTIAL_LAW, Mode.ARREST,
        Mode.DEPORT, Mode.WITHHOLD, Mode.MISINFORMATION, Mode.CYBER,
    ),
    EventType.ASSAULT: (
        Mode.ABDUCT, Mode.BEAT, Mode.TORTURE, Mode.SEXUAL, Mode.TARGETED, Mode.DESTROY,
        Mode.PRIMITIVE, Mode.FIREARMS, Mode.EXPLOSIVES, Mode.SUICIDE_ATTACK, Mode.AERIAL,
        Mode.DRONE, Mode.HEAVY_WEAPONS, Mode.CROWD_CONTROL, Mode.UNCONVENTIONAL,
    ),
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

#: PLOVER scores (the manual's expert cooperation/conflict scale, -10 to +10) per event type.
TYPE_SCORE: Final[dict[EventType, float]] = {
    EventType.AGREE: 2.5,
    EventType.CONSULT: 2.5,
    EventType.SUPPORT: 5.0,
    EventType.CONCEDE: 4.5,
    EventType.COOPERATE: 9.5,
    EventType.AID: 10.0,
    EventType.RETREAT: 6.5,
    EventType.REQUEST: 0.0,
    EventType.ACCUSE: -3.0,  # the manual prints +3; its modes score -2 to -3.5: a sign slip
    EventType.REJECT: -2.0,
    EventType.THREATEN: -3.5,
    EventType.PROTEST: -5.0,
    EventType.SANCTION: -6.0,
    EventType.MOBILIZE: -5.5,
    EventType.COERCE: -7.0,
    EventType.ASSAULT: -9.0,
}

#: PLOVER scores per (type, mode); modes the manual leaves unscored (vandalize) are absent.
MODE_SCORE: Final[dict[tuple[EventType, Mode], float]] = {
    (EventType.CONSULT, Mode.VISIT): 4.0,
    (EventType.CONSULT, Mode.THIRD_PARTY): 1.0,
    (EventType.CONSULT, Mode.MULTILATERAL): 4.0,
    (EventType.CONSULT, Mode.PHONE): 1.5,
    (EventType.RETREAT, Mode.WITHDRAW): 8.0,
    (EventType.RETREAT, Mode.RELEASE): 6.5,
    (EventType.RETREAT, Mode.DISARM): 10.0,
    (EventType.RETREAT, Mode.CEASEFIRE): 7.5,
    (EventType.RETREAT, Mode.ACCESS): 6.5,
    (EventType.RETREAT, Mode.RESIGN): 4.5,
    (EventType.REQUEST, Mode.ASSIST): 0.5,
    (EventType.REQUEST, Mode.CHANGE): -1.0,
    (EventType.REQUEST, Mode.YIELD): -1.0,
    (EventType.REQUEST, Mode.MEET): 0.0,
    (EventType.ACCUSE, Mode.DISAPPROVE): -2.0,
    (EventType.ACCUSE, Mode.INVESTIGATE): -3.5,
    (EventType.ACCUSE, Mode.ALLEGE): -3.5,
    (EventType.REJECT, Mode.ASSIST): -1.5,
    (EventType.REJECT, Mode.CHANGE): -2.0,
    (EventType.REJECT, Mode.YIELD): -2.0,
    (EventType.REJECT, Mode.MEET): -2.0,
    (EventType.THREATEN, Mode.RESTRICT): -3.0,
    (EventType.THREATEN, Mode.ARREST): -3.5,
    (EventType.THREATEN, Mode.RELATIONS): -3.5,
    (EventType.THREATEN, Mode.EXPEL): -3.5,
    (EventType.THREATEN, Mode.TERRITORY): -4.0,
    (EventType.THREATEN, Mode.VIOLENCE): -3.5,
    (EventType.PROTEST, Mode.DEMO): -5.0,
    (EventType.PROTEST, Mode.RIOT): -7.0,
    (EventType.PROTEST, Mode.STRIKE): -5.0,
    (EventType.PROTEST, Mode.HUNGER): -4.5,
    (EventType.PROTEST, Mode.BOYCOTT): -4.5,
    (EventType.PROTEST, Mode.OBSTRUCT): -4.5,
    (EventType.SANCTION, Mode.CONVICT): -6.0,
    (EventType.SANCTION, Mode.EXPEL): -5.5,
    (EventType.SANCTION, Mode.WITHDRAW): -6.0,
    (EventType.SANCTION, Mode.DISCONTINUE): -6.0,
    (EventType.MOBILIZE, Mode.TROOPS): -6.5,
    (EventType.MOBILIZE, Mode.WEAPONS): -6.5,
    (EventType.MOBILIZE, Mode.POLICE): -5.5,
    (EventType.MOBILIZE, Mode.MILITIA): -6.0,
    (EventType.COERCE, Mode.SEIZE): -7.0,
    (EventType.COERCE, Mode.RESTRICT): -7.0,
    (EventType.COERCE, Mode.CENSOR): -6.5,
    (EventType.COERCE, Mode.CURFEW): -6.5,
    (EventType.COERCE, Mode.MARTIAL_LAW): -7.5,
    (EventType.COERCE, Mode.ARREST): -7.0,
    (EventType.COERCE, Mode.DEPORT): -7.0,
    (EventType.COERCE, Mode.WITHHOLD): -7.0,
    (EventType.COERCE, Mode.MISINFORMATION): -6.5,
    (EventType.COERCE, Mode.CYBER): -7.0,
    (EventType.ASSAULT, Mode.ABDUCT): -8.5,
    (EventType.ASSAULT, Mode.BEAT): -7.5,
    (EventType.ASSAULT, Mode.TORTURE): -8.5,
    (EventType.ASSAULT, Mode.SEXUAL): -8.5,
    (EventType.ASSAULT, Mode.TARGETED): -9.5,
    (EventType.ASSAULT, Mode.DESTROY): -8.5,
    (EventType.ASSAULT, Mode.PRIMITIVE): -8.0,
    (EventType.ASSAULT, Mode.FIREARMS): -9.0,
    (EventType.ASSAULT, Mode.EXPLOSIVES): -9.0,
    (EventType.ASSAULT, Mode.SUICIDE_ATTACK): -9.5,
    (EventType.ASSAULT, Mode.AERIAL): -9.5,
    (EventType.ASSAULT, Mode.DRONE): -9.5,
    (EventType.ASSAULT, Mode.HEAVY_WEAPONS): -9.5,
    (EventType.ASSAULT, Mode.CROWD_CONTROL): -7.5,
    (EventType.ASSAULT, Mode.UNCONVENTIONAL): -10.0,
}


def plover_score(type: EventType, mode: Mode | None = None) -> float:
    """The PLOVER score of a type, or of a type in a mode when the manual scores that mode.

    >>> plover_score(EventType.ASSAULT, Mode.AERIAL), plover_score(EventType.ASSAULT)
    (-9.5, -9.0)
    """
    if mode is not None and (type, mode) in MODE_SCORE:
        return MODE_SCORE[(type, mode)]
    return TYPE_SCORE[type]


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
