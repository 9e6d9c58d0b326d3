"""Code tables: CAMEO, ACLED and the PLOVER crosswalks.

The hand-checked rows below were checked against the CAMEO 1.1b3 codebook's meanings and the PLOVER
manual by reading, not by copying the table's output; they evaluate the generated table.
"""

from __future__ import annotations

import importlib.util
import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictevents.codes import acled as ac
from conflictevents.codes.cameo import (
    ROOT_NAMES,
    CameoCode,
    UnknownCodeError,
    all_codes,
    cameo,
    goldstein,
    quad_class,
    to_plover,
)
from conflictevents.codes.crosswalk import (
    DEFAULT_CAMEO,
    INEXACT_DEFAULTS,
    acled_type,
    default_cameo,
)
from conflictevents.codes.plover import (
    MODE_SCORE,
    MODES,
    TYPE_SCORE,
    Context,
    EventType,
    Mode,
    plover_score,
)
from conflictevents.errors import ArgumentValueError, ConflictEventsError
from conflictevents.model import AcledType, Sector

T, M = EventType, Mode
REPO = Path(__file__).resolve().parents[1]
REFERENCE = REPO.parent / "shared" / "reference"

# --- the CAMEO table -----------------------------------------------------------------------------


def test_316_unique_codes_in_order() -> None:
    codes = [c.code for c in all_codes()]
    assert len(codes) == 316 == len(set(codes))
    assert sum(1 for c in all_codes() if c.level == 1) == 20
    assert sum(1 for c in all_codes() if c.level == 2) == 149
    assert sum(1 for c in all_codes() if c.level == 3) == 147
    assert set(ROOT_NAMES) == {c.code for c in all_codes() if c.level == 1}


@pytest.mark.parametrize("row", all_codes(), ids=lambda c: c.code)
def test_row_is_well_formed(row: CameoCode) -> None:
    assert row.code.isdigit() and 2 <= len(row.code) <= 4
    assert row.root in ROOT_NAMES
    if row.parent is not None:
        cameo(row.parent)  # the hierarchy has no holes
    assert -10.0 <= row.goldstein <= 10.0
    assert row.quad_class in (1, 2, 3, 4)
    if row.plover is None:
        assert row.root in ("01", "02") and row.mode is None and not row.contexts
    else:
        assert isinstance(row.plover, EventType)
        assert row.mode is None or row.mode in MODES[row.plover]
        assert all(isinstance(c, Context) for c in row.contexts)


def test_quad_classes_follow_gdelt_grouping() -> None:
    # GDELT's lookup: roots 01-05 verbal cooperation, 06-09 material cooperation,
    # 10-14 verbal conflict, 15-20 material conflict; every code shares its root's class.
    for row in all_codes():
        root = int(row.root)
        expected = 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4
        assert row.quad_class == expected, row.code


def test_only_codes_missing_from_gdelt_inherit_a_score() -> None:
    inherited = {c.code for c in all_codes() if c.goldstein_inherited}
    assert inherited == {"155", "176", "1834", "1951", "1952"}
    assert goldstein("1834") == goldstein("183")
    assert goldstein("155") == goldstein("15")


def test_only_roots_01_02_are_dropped() -> None:
    dropped = {c.root for c in all_codes() if c.dropped}
    assert dropped == {"01", "02"}


HAND_CHECKED = [
    # code, type, mode, goldstein, quad
    ("190", T.ASSAULT, None, -10.0, 4),  # use conventional military force
    ("193", T.ASSAULT, M.FIREARMS, -10.0, 4),  # small arms and light weapons
    ("194", T.ASSAULT, M.HEAVY_WEAPONS, -10.0, 4),  # artillery and tanks
    ("195", T.ASSAULT, M.AERIAL, -10.0, 4),  # aerial weapons
    ("181", T.ASSAULT, M.ABDUCT, -9.0, 4),  # abduct, hijack, take hostage
    ("1821", T.ASSAULT, M.SEXUAL, -9.0, 4),
    ("1822", T.ASSAULT, M.TORTURE, -9.0, 4),
    ("1831", T.ASSAULT, M.SUICIDE_ATTACK, -10.0, 4),
    ("1833", T.ASSAULT, M.EXPLOSIVES, -10.0, 4),  # roadside bombing
    ("186", T.ASSAULT, M.TARGETED, -10.0, 4),  # assassinate
    ("1712", T.ASSAULT, M.DESTROY, -9.2, 4),  # destroy property (manual wins over CAMEO2PLOVER)
    ("2041", T.ASSAULT, M.UNCONVENTIONAL, -10.0, 4),  # chemical/biological/radiological
    ("040", T.CONSULT, None, 1.0, 1),
    ("041", T.CONSULT, M.PHONE, 1.0, 1),
    ("042", T.CONSULT, M.VISIT, 1.9, 1),
    ("043", T.CONSULT, M.VISIT, 2.8, 1),
    ("044", T.CONSULT, M.THIRD_PARTY, 2.5, 1),
    ("036", T.AGREE, None, 4.0, 1),  # intent to meet or negotiate
    ("057", T.SUPPORT, None, 8.0, 1),  # sign formal agreement
    ("0871", T.RETREAT, M.CEASEFIRE, 9.0, 2),
    ("0874", T.RETREAT, M.WITHDRAW, 10.0, 2),  # retreat or surrender militarily
    ("0841", T.RETREAT, M.RELEASE, 7.0, 2),
    ("0813", T.CONCEDE, None, 5.0, 2),  # ease curfew: manual's CONCEDE range 081-083
    ("090", T.ACCUSE, M.INVESTIGATE, -2.0, 2),  # GDELT puts root 09 in material cooperation
    ("1123", T.ACCUSE, M.ALLEGE, -2.0, 3),  # accuse of war crimes
    ("111", T.ACCUSE, M.DISAPPROVE, -2.0, 3),  # criticise or denounce
    ("1056", T.REQUEST, M.YIELD, -5.0, 3),  # demand de-escalation
    ("105", T.REQUEST, M.YIELD, -5.0, 3),
    ("106", T.REQUEST, M.MEET, -5.0, 3),
    ("125", T.REJECT, M.MEET, -5.0, 3),
    ("138", T.THREATEN, M.VIOLENCE, -7.0, 3),
    ("1382", T.THREATEN, M.TERRITORY, -7.0, 3),
    ("141", T.PROTEST, M.DEMO, -6.5, 3),  # GDELT: protest is verbal conflict
    ("145", T.PROTEST, M.RIOT, -7.5, 3),
    ("154", T.MOBILIZE, M.TROOPS, -7.2, 4),
    ("163", T.SANCTION, M.DISCONTINUE, -8.0, 4),  # embargo/sanctions: manual wins
    ("166", T.SANCTION, M.EXPEL, -7.0, 4),
    ("173", T.COERCE, M.ARREST, -5.0, 4),
    ("174", T.COERCE, M.DEPORT, -5.0, 4),
    ("1723", T.COERCE, M.CURFEW, -5.0, 4),
    ("175", T.ASSAULT, M.CROWD_CONTROL, -9.0, 4),  # violent repression
    ("176", T.COERCE, M.CYBER, -7.0, 4),  # not in GDELT: score of root 17
]


@pytest.mark.parametrize(("code", "etype", "mode", "gold", "quad"), HAND_CHECKED)
def test_hand_checked_rows(
    code: str, etype: EventType, mode: Mode | None, gold: float, quad: int
) -> None:
    mapped = to_plover(code)
    assert mapped is not None
    assert mapped[:2] == (etype, mode)
    assert goldstein(code) == gold
    assert quad_class(code) == quad


def test_first_context_is_returned() -> None:
    assert to_plover("1123") == (T.ACCUSE, M.ALLEGE, Context.MILITARY)
    assert cameo("091").contexts == (Context.CRIME, Context.CORRUPTION)
    assert cameo("0811").contexts == (Context.PRO_DEMOCRACY,)  # "democracy" is not a manual context


@pytest.mark.parametrize("code", ["01", "010", "016", "02", "0244", "028"])
def test_dropped_codes_map_to_none(code: str) -> None:
    assert to_plover(code) is None


@pytest.mark.parametrize("bad", ["", "0", "00", "21", "1900", "abc", "19 ", "۱۹۰", "01x"])
def test_unknown_code_raises_typed_error(bad: str) -> None:
    with pytest.raises(UnknownCodeError) as info:
        cameo(bad)
    assert isinstance(info.value, ConflictEventsError) and isinstance(info.value, KeyError)
    assert repr(bad) in str(info.value)


def test_non_string_code_raises_typed_error() -> None:
    with pytest.raises(UnknownCodeError):
        cameo(190)  # type: ignore[arg-type]
    with pytest.raises(UnknownCodeError):
        cameo(["190"])  # type: ignore[arg-type]


@settings(max_examples=300)
@given(st.text(max_size=6))
def test_cameo_lookup_never_raises_anything_else(text: str) -> None:
    try:
        row = cameo(text)
    except UnknownCodeError:
        return
    assert row.code == text


# --- PLOVER scores -------------------------------------------------------------------------------


def test_plover_scores_cover_types_and_belong_to_modes() -> None:
    assert set(TYPE_SCORE) == set(EventType)
    for (etype, mode), score in MODE_SCORE.items():
        assert mode in MODES[etype] and -10.0 <= score <= 10.0
    assert plover_score(T.PROTEST, M.VANDALIZE) == TYPE_SCORE[T.PROTEST]  # unscored mode
    assert plover_score(T.RETREAT, M.DISARM) == 10.0


# --- default CAMEO code of a PLOVER type and mode ------------------------------------------------

ALL_TYPE_MODES = [(t, None) for t in EventType] + [(t, m) for t in EventType for m in MODES[t]]


def test_default_table_is_complete() -> None:
    assert set(DEFAULT_CAMEO) == set(ALL_TYPE_MODES)
    assert set(INEXACT_DEFAULTS) <= set(DEFAULT_CAMEO)


@pytest.mark.parametrize(("etype", "mode"), ALL_TYPE_MODES, ids=str)
def test_default_cameo_maps_back(etype: EventType, mode: Mode | None) -> None:
    code = default_cameo(etype, mode)
    row = cameo(code)  # exists in the table
    if (etype, mode) == (T.RETREAT, M.RESIGN):
        assert row.plover is T.CONCEDE  # documented: CAMEO has no resignation code
        return
    assert row.plover is etype
    if (etype, mode) not in INEXACT_DEFAULTS:
        assert row.mode is mode


@pytest.mark.parametrize(
    ("etype", "mode", "code"),
    [
        (T.ASSAULT, None, "190"),
        (T.ASSAULT, M.FIREARMS, "193"),
        (T.ASSAULT, M.ABDUCT, "181"),
        (T.ASSAULT, M.EXPLOSIVES, "183"),
        (T.ASSAULT, M.DRONE, "1952"),
        (T.CONSULT, None, "040"),
        (T.CONSULT, M.PHONE, "041"),
        (T.CONSULT, M.VISIT, "042"),
        (T.AGREE, None, "030"),
        (T.REQUEST, None, "100"),
        (T.RETREAT, M.WITHDRAW, "0874"),
        (T.COERCE, M.ARREST, "173"),
        (T.MOBILIZE, M.TROOPS, "154"),
        (T.PROTEST, M.DEMO, "141"),
    ],
)
def test_default_cameo_hand_checked(etype: EventType, mode: Mode | None, code: str) -> None:
    assert default_cameo(etype, mode) == code


def test_default_cameo_rejects_foreign_mode() -> None:
    with pytest.raises(ArgumentValueError):
        default_cameo(T.CONSULT, M.FIREARMS)


# --- ACLED ---------------------------------------------------------------------------------------


def test_acled_vocabulary_sizes() -> None:
    assert len(ac.AcledEventType) == 6
    assert len(ac.AcledSubEventType) == 25
    subs = list(itertools.chain.from_iterable(ac.SUB_EVENT_TYPES.values()))
    assert sorted(subs) == sorted(ac.AcledSubEventType)  # each sub-type under exactly one type
    assert len(ac.Inter) == 9


@pytest.mark.parametrize(
    ("a", "b", "code"),
    [(1, 0, 10), (1, 2, 12), (2, 1, 12), (7, 2, 27), (8, 7, 78), (6, 6, 66), (0, 3, 30)],
)
def test_interaction_codes(a: int, b: int, code: int) -> None:
    assert ac.interaction(a, b) == code


def test_interaction_needs_an_actor() -> None:
    with pytest.raises(ArgumentValueError):
        ac.interaction(0, 0)


def test_acled_constructor_validates() -> None:
    assert ac.acled("Riots", "Mob violence") == AcledType("Riots", "Mob violence")
    with pytest.raises(ArgumentValueError):
        ac.acled("Battles", "Suicide bomb")
    with pytest.raises(ArgumentValueError):
        ac.acled("Fights")


BATTLE = ("Battles", "Armed clash")
VAC_ATTACK = ("Violence against civilians", "Attack")
ERV = "Explosions/Remote violence"
SD = "Strategic developments"

ACLED_ROWS = [
    # type, modes, actor sector, recipient sector, territory, expected (type, sub) or None
    (T.ASSAULT, (M.FIREARMS,), Sector.INS, Sector.MIL, None, BATTLE),
    (T.ASSAULT, (), Sector.REB, None, None, BATTLE),  # PLOVER two-sided fighting: no recipient
    (T.ASSAULT, (), None, None, None, BATTLE),
    (T.ASSAULT, (M.FIREARMS,), Sector.MIL, Sector.CVL, None, VAC_ATTACK),
    (T.ASSAULT, (M.TARGETED,), Sector.UAF, Sector.GOV, None, VAC_ATTACK),  # assassination
    (T.ASSAULT, (M.TARGETED,), Sector.UAF, None, None, VAC_ATTACK),
    (T.ASSAULT, (M.ABDUCT,), Sector.INS, Sector.CVL, None,
     ("Violence against civilians", "Abduction/forced disappearance")),
    (T.ASSAULT, (M.ABDUCT,), Sector.INS, Sector.MIL, None, BATTLE),  # captured soldiers
    (T.ASSAULT, (M.SEXUAL,), Sector.MIL, Sector.CVL, None,
     ("Violence against civilians", "Sexual violence")),
    (T.ASSAULT, (M.AERIAL,), Sector.MIL, Sector.INS, None, (ERV, "Air/drone strike")),
    (T.ASSAULT, (M.DRONE,), Sector.MIL, Sector.CVL, None, (ERV, "Air/drone strike")),
    (T.ASSAULT, (M.HEAVY_WEAPONS,), Sector.MIL, None, None,
     (ERV, "Shelling/artillery/missile attack")),
    (T.ASSAULT, (M.EXPLOSIVES,), Sector.INS, Sector.COP, None,
     (ERV, "Remote explosive/landmine/IED")),
    (T.ASSAULT, (M.SUICIDE_ATTACK, M.EXPLOSIVES), Sector.INS, Sector.CVL, None,
     (ERV, "Suicide bomb")),
    (T.ASSAULT, (M.UNCONVENTIONAL,), Sector.MIL, Sector.CVL, None, (ERV, "Chemical weapon")),
    (T.ASSAULT, (M.FIREARMS,), Sector.INS, Sector.MIL, "non-state",
     ("Battles", "Non-state actor overtakes territory")),
    (T.ASSAULT, (), Sector.MIL, Sector.INS, "state", ("Battles", "Government regains territory")),
    (T.ASSAULT, (M.BEAT,), Sector.CVL, Sector.CVL, None, ("Riots", "Mob violence")),
    (T.ASSAULT, (M.CROWD_CONTROL,), Sector.COP, Sector.CVL, None,
     ("Protests", "Protest with intervention")),
    (T.ASSAULT, (M.DESTROY,), Sector.INS, None, None, (SD, "Looting/property destruction")),
    (T.PROTEST, (M.DEMO,), Sector.CVL, Sector.GOV, None, ("Protests", "Peaceful protest")),
    (T.PROTEST, (), None, None, None, ("Protests", "Peaceful protest")),
    (T.PROTEST, (M.RIOT,), Sector.CVL, None, None, ("Riots", "Violent demonstration")),
    (T.MOBILIZE, (M.TROOPS,), Sector.MIL, None, None, (SD, "Other")),
    (T.COERCE, (M.ARREST,), Sector.COP, Sector.OPP, None, (SD, "Arrests")),
    (T.COERCE, (M.CURFEW,), Sector.GOV, None, None, (SD, "Other")),
    (T.RETREAT, (M.WITHDRAW,), Sector.MIL, None, None, (SD, "Non-violent transfer of territory")),
    (T.RETREAT, (M.WITHDRAW,), Sector.MIL, None, "non-state",
     ("Battles", "Non-state actor overtakes territory")),
    (T.RETREAT, (M.CEASEFIRE,), Sector.REB, None, None, (SD, "Agreement")),
    (T.RETREAT, (M.DISARM,), Sector.REB, None, None, (SD, "Change to group/activity")),
    (T.RETREAT, (M.RESIGN,), Sector.GOV, None, None, None),
    (T.AGREE, (), Sector.GOV, Sector.GOV, None, None),
    (T.CONSULT, (M.PHONE,), Sector.GOV, Sector.GOV, None, None),
    (T.THREATEN, (M.VIOLENCE,), Sector.INS, Sector.GOV, None, None),
    (T.SANCTION, (M.DISCONTINUE,), Sector.GOV, Sector.GOV, None, None),
]


@pytest.mark.parametrize(("etype", "modes", "actor", "recipient", "territory", "want"), ACLED_ROWS)
def test_acled_crosswalk(
    etype: EventType,
    modes: tuple[Mode, ...],
    actor: Sector | None,
    recipient: Sector | None,
    territory: str | None,
    want: tuple[str, str] | None,
) -> None:
    got = acled_type(
        etype, modes, actor_sector=actor, recipient_sector=recipient, territory_change=territory
    )
    assert (None if got is None else (got.event_type, got.sub_event_type)) == want


def test_signed_agreement_is_acled_agreement() -> None:
    got = acled_type(T.SUPPORT, (), cameo="057")
    assert got == AcledType("Strategic developments", "Agreement")
    assert acled_type(T.SUPPORT, ()) is None


def test_bad_territory_change_raises() -> None:
    with pytest.raises(ArgumentValueError):
        acled_type(T.ASSAULT, (), territory_change="sideways")


@settings(max_examples=200)
@given(
    st.sampled_from(list(EventType)),
    st.data(),
    st.none() | st.sampled_from(list(Sector)),
    st.none() | st.sampled_from(list(Sector)),
    st.sampled_from([None, "state", "non-state"]),
)
def test_acled_crosswalk_total_and_valid(
    etype: EventType,
    data: st.DataObject,
    actor: Sector | None,
    recipient: Sector | None,
    territory: str | None,
) -> None:
    modes = tuple(data.draw(st.lists(st.sampled_from(MODES[etype]), max_size=3)) if MODES[etype]
                  else ())
    got = acled_type(
        etype, modes, actor_sector=actor, recipient_sector=recipient, territory_change=territory
    )
    if got is not None:
        assert got == ac.acled(got.event_type, got.sub_event_type)  # a valid pair
    if etype in (T.ASSAULT, T.PROTEST, T.MOBILIZE, T.COERCE):
        assert got is not None


# --- the generated module matches its generator --------------------------------------------------


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="needs ../shared/reference")
def test_generated_table_is_up_to_date() -> None:
    script = REPO / "scripts" / "build_codes.py"
    spec = importlib.util.spec_from_file_location("build_codes", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = (REPO / "src" / "conflictevents" / "codes" / "_cameo_table.py").read_text("utf-8")
    assert module.build(REFERENCE) == committed
