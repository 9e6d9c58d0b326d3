"""Tests of the rule tables and their helpers (``conflictevents.rules``).

- Every packaged rule is valid and its examples match its trigger; a malformed row raises
  ``TableError`` naming the rule and the field.
- User rules added with ``RuleSet.extend`` are tried first and fire through ``parse``.
- ``inflections``/``verb``/``noun`` give the right forms: the tables below were written by hand
  from English grammar, not copied from the helpers' output. Known misses are strict xfail rows.
- A RuleSet pickles to an object that behaves the same.
"""

from __future__ import annotations

import pickle

import pytest
import regex

import conflictevents
from conflictevents.codes.plover import EventType, Mode
from conflictevents.errors import TableError
from conflictevents.rules import Form, Rule, RuleSet, default_rules, inflections, noun, phrase, verb

T = EventType

# --- the packaged table ------------------------------------------------------------------------


def test_default_rules_cover_every_plover_type() -> None:
    types = {rule.type for rule in default_rules()}
    assert types == set(EventType)


def test_default_rules_ids_unique_and_named_by_family() -> None:
    ids = [rule.id for rule in default_rules()]
    assert len(ids) == len(set(ids))
    for rule in default_rules():
        family = rule.id.split(".")[0]
        # "assault.attack" is an ASSAULT rule: the id says what it codes
        assert family.upper() == rule.type.value, rule.id


def test_default_rules_is_cached_and_immutable() -> None:
    assert default_rules() is default_rules()
    rule = next(iter(default_rules()))
    with pytest.raises(AttributeError):
        rule.id = "x"  # type: ignore[misc]


@pytest.mark.parametrize("rule", list(default_rules()), ids=lambda r: r.id)
def test_every_packaged_rule_is_valid(rule: Rule) -> None:
    assert rule.examples, f"{rule.id} has no example"
    compiled = regex.compile(rf"(?<![\w-])(?:{rule.trigger})(?![\w-])", regex.IGNORECASE)
    assert compiled.groups == 0
    for example in rule.examples:
        assert compiled.search(example), (rule.id, example)
    for mode in rule.mode:
        assert isinstance(mode, Mode)
    assert 0.0 < rule.confidence <= 1.0
    # The rule set on its own accepts the row (the same validation the packaged set went through).
    assert len(RuleSet((rule,), name="single")) == 1


def test_every_packaged_example_yields_a_trigger_in_the_ruleset() -> None:
    rules = default_rules()
    for rule in rules:
        for example in rule.examples:
            found = list(rules.finditer(example, 0, len(example)))
            assert found, (rule.id, example)


def _keys_of(text: str) -> set[str]:
    """The prefixes the scan asks rules about for the words of ``text``, and their heads."""
    keys = set()
    for word in regex.findall(r"(?<![\w-])[\w$]+-?", text.lower()):
        key = word if word.endswith("-") else word + " "
        keys.update({key, key[:2], key[:1]})
    return keys


def test_prefilter_keeps_every_rule_that_can_begin_like_a_word() -> None:
    # The scan compiles and asks only the rules whose trigger may begin like the word
    # (rules._starts, read from the trigger's text): it must never drop a rule that matches.
    from conflictevents.rules import _may_begin, _starts

    keys = {"\u0130 ", "\u017f", "\u212a", "u.s. ", "a-", "$ ", "é "}
    for rule in default_rules():
        for text in (*rule.examples, *rule.counter_examples):
            keys |= _keys_of(text)
    for text in PROBES:
        keys |= _keys_of(text)
    for rule in default_rules():
        compiled = regex.compile(rf"(?<![\w-])(?:{rule.trigger})(?![\w-])", regex.IGNORECASE)
        starts = _starts(rule.trigger)
        for key in keys:
            if compiled.match(key, partial=True) is not None:
                assert _may_begin(starts, key), (rule.id, key)


@pytest.mark.parametrize(
    ("trigger", "starts"),
    [
        (r"attack(?:ed|s)?|raid\s+on", {"attack", "raid"}),
        (r"(?:a|b)?c", {"ac", "bc", "c"}),
        (r"x(?<=x)z", {"xz"}),
        (r"x(?=y)z", {"xy", "xz"}),  # a text that ends inside a lookahead matches partially
        (r"a(?:\w+\s+){0,3}?b", {"a"}),  # a lazy repeat: any text may follow
        (r"ab{2,}", {"ab"}),  # cut after one repeat: any text may follow
        (r"\d+ killed", {""}),
        (r"caf\u00e9|café", None),  # an escape this reading does not know
        (r"(a)", None),  # a capturing group
        (r"a{e<=1}", None),  # a fuzzy constraint
        (r"[[:alpha:]]x", None),  # a nested set
        (r"(?x: a )", None),  # flags that change the reading
    ],
)
def test_prefilter_reads_the_beginnings_of_a_trigger(trigger: str, starts: set[str] | None) -> None:
    from conflictevents.rules import _starts

    found = _starts(trigger)
    assert (None if found is None else set(found)) == starts


# --- validation errors ---------------------------------------------------------------------------

GOOD = Rule(
    "test.pelt",
    T.ASSAULT,
    verb("pelt"),
    mode=(Mode.PRIMITIVE,),
    examples=("protesters pelted police with stones",),
)


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        pytest.param(
            Rule("test.bad-example", T.ASSAULT, verb("pelt"), examples=("they threw stones",)),
            "examples",
            id="example-does-not-match",
        ),
        pytest.param(
            Rule("test.bad-mode", T.ASSAULT, verb("pelt"), mode=(Mode.PHONE,)),
            "mode",
            id="mode-of-another-type",
        ),
        pytest.param(
            Rule("test.capturing", T.ASSAULT, r"(pelt|stone)ed"),
            "trigger",
            id="capturing-group",
        ),
        pytest.param(
            Rule("test.uncompilable", T.ASSAULT, r"pelt(?:ed"),
            "trigger",
            id="does-not-compile",
        ),
        pytest.param(
            Rule("test.bad-needs", T.ASSAULT, verb("pelt"), needs=frozenset({"victim"})),
            "needs",
            id="unknown-needs",
        ),
    ],
)
def test_bad_rule_raises_table_error_naming_rule_and_field(bad: Rule, field: str) -> None:
    with pytest.raises(TableError) as info:
        RuleSet((GOOD, bad), name="my-rules")
    error = info.value
    assert error.field == field
    assert error.row == 2
    assert bad.id in str(error)
    assert "my-rules" in str(error)
    assert isinstance(error, conflictevents.ConflictEventsError)


def test_duplicate_id_raises_table_error() -> None:
    twin = Rule("test.pelt", T.PROTEST, verb("march"), examples=("they marched",))
    with pytest.raises(TableError) as info:
        RuleSet((GOOD, twin), name="my-rules")
    assert info.value.field == "id"
    assert info.value.row == 2
    assert "test.pelt" in str(info.value)


def test_empty_id_raises_table_error() -> None:
    with pytest.raises(TableError) as info:
        RuleSet((Rule("", T.ASSAULT, verb("pelt")),))
    assert info.value.field == "id"


def test_non_rule_row_raises_table_error() -> None:
    with pytest.raises(TableError) as info:
        RuleSet((GOOD, ("assault.x", "ASSAULT", "pelt")))  # type: ignore[arg-type]
    assert info.value.row == 2


def test_extend_validates_user_rows_too() -> None:
    with pytest.raises(TableError) as info:
        default_rules().extend([Rule("assault.attack", T.ASSAULT, verb("pelt"))])
    assert info.value.field == "id"  # clashes with a packaged id


# --- user rules ----------------------------------------------------------------------------------


def test_extend_puts_user_rules_first_and_keeps_the_original() -> None:
    base = default_rules()
    extended = base.extend([GOOD], name="mine")
    assert extended.rules[0] is GOOD
    assert len(extended) == len(base) + 1
    assert extended.name == "mine"
    assert GOOD not in base.rules  # the packaged set is untouched


def test_user_rule_fires_through_parse() -> None:
    text = "Protesters pelted police with stones in Nairobi on Tuesday."
    rules = default_rules().extend([GOOD])
    plain = conflictevents.parse(text, "2023-07-12")
    assert not any(e.rule == "test.pelt" for e in plain.events)
    doc = conflictevents.parse(text, "2023-07-12", rules=rules)
    fired = [e for e in doc.events if e.rule == "test.pelt"]
    assert len(fired) == 1
    event = fired[0]
    assert event.type is T.ASSAULT
    assert event.trigger.text == "pelted"
    assert text[event.trigger.span.start : event.trigger.span.end] == "pelted"
    assert event.mode == (Mode.PRIMITIVE,)


def test_user_rule_wins_over_packaged_rule_on_the_same_word() -> None:
    # A user who codes "attacked" (in politics pages) as criticism, not violence.
    verbal = Rule(
        "user.attack-verbal",
        T.ACCUSE,
        verb("attack"),
        mode=(Mode.DISAPPROVE,),
        needs=frozenset({"actor"}),
        examples=("the opposition attacked the budget",),
    )
    text = "Taliban fighters attacked Kunduz on Tuesday."
    doc = conflictevents.parse(text, "2021-07-07", rules=default_rules().extend([verbal]))
    assert [e.rule for e in doc.events] == ["user.attack-verbal"]
    assert doc.events[0].type is T.ACCUSE


def test_ruleset_of_user_rules_only_replaces_the_packaged_one() -> None:
    rules = RuleSet((GOOD,), name="only-pelt")
    text = "Taliban fighters attacked Kunduz. Protesters pelted police in Lagos."
    doc = conflictevents.parse(text, "2021-07-07", rules=rules)
    assert [e.rule for e in doc.events] == ["test.pelt"]


def test_finditer_and_alternatives() -> None:
    rules = RuleSet(
        (
            Rule(
                "a.launch",
                T.ASSAULT,
                r"launched\s+an\s+attack",
                form=Form.NOUN,
                examples=("they launched an attack",),
            ),
            Rule("b.launch", T.AID, verb("launch"), examples=("they launched a programme",)),
        )
    )
    text = "Rebels launched an attack on the base."
    assert [(r.id, text[s:e]) for r, s, e in rules.finditer(text, 0, len(text))] == [
        ("a.launch", "launched an attack")
    ]
    start = text.index("launched")
    assert [r.id for r, _, _ in rules.alternatives(text, start, len(text))] == [
        "a.launch",
        "b.launch",
    ]
    # the scan is bounded by [start, end)
    assert list(rules.finditer(text, 0, start + 4)) == []


# --- inflections ---------------------------------------------------------------------------------

# base -> (3rd person singular, past, past participle, -ing), checked against a grammar.
VERB_FORMS: list[tuple[str, tuple[str, str, str, str]]] = [
    # regular
    ("attack", ("attacks", "attacked", "attacked", "attacking")),
    ("visit", ("visits", "visited", "visited", "visiting")),
    ("target", ("targets", "targeted", "targeted", "targeting")),
    ("threaten", ("threatens", "threatened", "threatened", "threatening")),
    ("enter", ("enters", "entered", "entered", "entering")),
    ("shell", ("shells", "shelled", "shelled", "shelling")),
    ("condemn", ("condemns", "condemned", "condemned", "condemning")),
    ("offer", ("offers", "offered", "offered", "offering")),
    # e-final
    ("seize", ("seizes", "seized", "seized", "seizing")),
    ("capture", ("captures", "captured", "captured", "capturing")),
    ("release", ("releases", "released", "released", "releasing")),
    ("evacuate", ("evacuates", "evacuated", "evacuated", "evacuating")),
    ("besiege", ("besieges", "besieged", "besieged", "besieging")),
    ("free", ("frees", "freed", "freed", "freeing")),
    ("agree", ("agrees", "agreed", "agreed", "agreeing")),
    ("guarantee", ("guarantees", "guaranteed", "guaranteed", "guaranteeing")),
    # y-final
    ("deny", ("denies", "denied", "denied", "denying")),
    ("rally", ("rallies", "rallied", "rallied", "rallying")),
    ("occupy", ("occupies", "occupied", "occupied", "occupying")),
    ("carry", ("carries", "carried", "carried", "carrying")),
    ("deploy", ("deploys", "deployed", "deployed", "deploying")),
    ("destroy", ("destroys", "destroyed", "destroyed", "destroying")),
    # sibilant-final
    ("ambush", ("ambushes", "ambushed", "ambushed", "ambushing")),
    ("clash", ("clashes", "clashed", "clashed", "clashing")),
    ("reach", ("reaches", "reached", "reached", "reaching")),
    ("focus", ("focuses", "focused", "focused", "focusing")),
    # doubling
    ("kidnap", ("kidnaps", "kidnapped", "kidnapped", "kidnapping")),
    ("ban", ("bans", "banned", "banned", "banning")),
    ("expel", ("expels", "expelled", "expelled", "expelling")),
    ("stop", ("stops", "stopped", "stopped", "stopping")),
    ("patrol", ("patrols", "patrolled", "patrolled", "patrolling")),
    ("admit", ("admits", "admitted", "admitted", "admitting")),
    ("rebel", ("rebels", "rebelled", "rebelled", "rebelling")),
    # irregular
    ("fight", ("fights", "fought", "fought", "fighting")),
    ("flee", ("flees", "fled", "fled", "fleeing")),
    ("withdraw", ("withdraws", "withdrew", "withdrawn", "withdrawing")),
    ("strike", ("strikes", "struck", "struck", "striking")),
    ("shoot", ("shoots", "shot", "shot", "shooting")),
    ("meet", ("meets", "met", "met", "meeting")),
    ("send", ("sends", "sent", "sent", "sending")),
    ("overrun", ("overruns", "overran", "overrun", "overrunning")),
    ("take", ("takes", "took", "taken", "taking")),
    ("seek", ("seeks", "sought", "sought", "seeking")),
    ("slay", ("slays", "slew", "slain", "slaying")),
    ("pay", ("pays", "paid", "paid", "paying")),
    ("veto", ("vetoes", "vetoed", "vetoed", "vetoing")),
]
VERB_MISSES: list[tuple[str, tuple[str, str, str, str], str]] = []
VERB_FORMS += [
    ("die", ("dies", "died", "died", "dying")),
    ("tie", ("ties", "tied", "tied", "tying")),
    ("embargo", ("embargoes", "embargoed", "embargoed", "embargoing")),
    ("panic", ("panics", "panicked", "panicked", "panicking")),
]


def _verb_cases() -> list[object]:
    rows: list[object] = [pytest.param(b, f, id=b) for b, f in VERB_FORMS]
    rows += [
        pytest.param(b, f, id=b, marks=pytest.mark.xfail(strict=True, reason=why))
        for b, f, why in VERB_MISSES
    ]
    return rows


@pytest.mark.parametrize(("base", "forms"), _verb_cases())
def test_inflections(base: str, forms: tuple[str, str, str, str]) -> None:
    got = inflections(base)
    assert got[0] == base
    assert set(got) == {base, *forms}
    assert len(got) == len(set(got))  # no repeated forms
    pattern = verb(base)
    for form in (base, *forms):
        assert regex.fullmatch(pattern, form, regex.IGNORECASE), form


@pytest.mark.parametrize("base", [b for b, _ in VERB_FORMS])
def test_verb_pattern_matches_only_whole_words_of_the_family(base: str) -> None:
    compiled = regex.compile(rf"(?<![\w-])(?:{verb(base)})(?![\w-])", regex.IGNORECASE)
    assert compiled.search(f"They {base}er it") is None
    assert compiled.search(f"pre{base} now") is None
    assert compiled.search(f"They {base.upper()} it") is not None  # case-insensitive


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (verb("take control of"), "took control of"),
        (verb("take control of"), "taken  control of"),
        (verb("take control of"), "taking control of"),
        (verb("open fire"), "opened fire"),
        (verb("shoot dead"), "shot dead"),
        (verb("lay siege to"), "laid siege to"),
        (verb("pull", particle="out"), "pulled out"),
        (verb("pull", particle="out"), "pulls out"),
        (verb("pull", particle="out"), "pulled its troops out"),
        (verb("push", particle="back"), "pushed back"),
        (verb("push", particle="back"), "pushing the rebels back"),
        (verb("attack", "raid"), "raided"),
    ],
)
def test_multiword_and_particle_verbs(pattern: str, text: str) -> None:
    assert regex.fullmatch(pattern, text, regex.IGNORECASE)


def test_particle_gap_is_bounded() -> None:
    pattern = verb("pull", particle="out")
    assert not regex.fullmatch(pattern, "pulled one two three four five out")


NOUN_FORMS = [
    ("attack", "attacks"),
    ("strike", "strikes"),
    ("ally", "allies"),
    ("clash", "clashes"),
    ("ambush", "ambushes"),
    ("march", "marches"),
    ("day", "days"),
    ("air strike", "air strikes"),
    ("box", "boxes"),
]
NOUN_MISSES: list[tuple[str, str, str]] = []
NOUN_FORMS += [("embargo", "embargoes"), ("veto", "vetoes"), ("crisis", "crises")]


def _noun_cases() -> list[object]:
    rows: list[object] = [pytest.param(s, p, id=s) for s, p in NOUN_FORMS]
    rows += [
        pytest.param(s, p, id=s, marks=pytest.mark.xfail(strict=True, reason=why))
        for s, p, why in NOUN_MISSES
    ]
    return rows


@pytest.mark.parametrize(("stem", "plural"), _noun_cases())
def test_noun_plurals(stem: str, plural: str) -> None:
    pattern = noun(stem)
    assert regex.fullmatch(pattern, stem, regex.IGNORECASE)
    assert regex.fullmatch(pattern, plural, regex.IGNORECASE)


def test_phrase_matches_any_whitespace_and_prefers_longer() -> None:
    pattern = phrase("cease-fire", "truce", "humanitarian truce")
    assert regex.fullmatch(pattern, "cease-fire")
    assert regex.fullmatch(pattern, "humanitarian \n truce")
    assert regex.match(pattern, "humanitarian truce").group() == "humanitarian truce"  # type: ignore[union-attr]


def test_helpers_emit_no_capturing_groups() -> None:
    for pattern in (
        verb("attack", "take over"),
        verb("pull", particle="out"),
        noun("raid"),
        phrase("truce", "cease-fire"),
    ):
        assert regex.compile(pattern).groups == 0


# --- pickling ------------------------------------------------------------------------------------

PROBES = (
    "Taliban fighters attacked Qala-i-Naw on Wednesday.",
    "Russia expelled ten diplomats and recalled its ambassador.",
    "The two leaders held talks in Geneva and signed a peace agreement.",
    "Protesters pelted police with stones.",
    "",
)


def test_ruleset_pickles_to_an_equal_behaving_object() -> None:
    for original in (default_rules(), default_rules().extend([GOOD], name="mine")):
        clone = pickle.loads(pickle.dumps(original))
        assert isinstance(clone, RuleSet)
        assert clone is not original
        assert clone.rules == original.rules
        assert clone.name == original.name
        for text in PROBES:
            a = [(r.id, s, e) for r, s, e in original.finditer(text, 0, len(text))]
            b = [(r.id, s, e) for r, s, e in clone.finditer(text, 0, len(text))]
            assert a == b
            first = conflictevents.parse(text, "2021-07-07", rules=original)
            second = conflictevents.parse(text, "2021-07-07", rules=clone)
            assert first == second


def test_pickled_ruleset_does_not_carry_the_prefix_cache() -> None:
    rules = default_rules().extend([GOOD], name="warm")
    for text in PROBES:  # warm the per-word cache
        list(rules.finditer(text, 0, len(text)))
    small = len(pickle.dumps(RuleSet(rules.rules, name="warm")))
    assert len(pickle.dumps(rules)) == small


# --- trigger coverage of the families issue 5 names -----------------------------------------------

# (phrase, the PLOVER type a trigger found in it must code), by reading: checked at trigger level
# only (RuleSet.finditer), so slot filling and modality play no part here.
FAMILIES: list[tuple[str, EventType]] = [
    ("Rebels attacked the base", T.ASSAULT), ("the attack on the base", T.ASSAULT),
    ("troops assaulted the town", T.ASSAULT), ("gunmen stormed the hotel", T.ASSAULT),
    ("police raided the camp", T.ASSAULT), ("fighters ambushed a convoy", T.ASSAULT),
    ("jets bombed the bridge", T.ASSAULT), ("artillery shelled the city", T.ASSAULT),
    ("missiles struck the port", T.ASSAULT), ("soldiers fired on the crowd", T.ASSAULT),
    ("gunmen killed five people", T.ASSAULT), ("militia massacred villagers", T.ASSAULT),
    ("militants beheaded a hostage", T.ASSAULT), ("gunmen abducted students", T.ASSAULT),
    ("bandits kidnapped a priest", T.ASSAULT), ("troops clashed with rebels", T.ASSAULT),
    ("the army fought the rebels", T.ASSAULT), ("forces battled insurgents", T.ASSAULT),
    ("rebels seized the town", T.ASSAULT), ("rebels captured the town", T.ASSAULT),
    ("militants overran a base", T.ASSAULT), ("the Taliban entered the city", T.ASSAULT),
    ("troops besieged the city", T.ASSAULT), ("the army pushed back the rebels", T.ASSAULT),
    ("officials met in Doha", T.CONSULT), ("the two sides held talks", T.CONSULT),
    ("Biden called President Xi", T.CONSULT), ("the minister visited Kyiv", T.CONSULT),
    ("Erdogan hosted Putin", T.CONSULT), ("the parties negotiated for days", T.CONSULT),
    ("the two sides signed a peace agreement", T.SUPPORT), ("Iran agreed to resume talks", T.AGREE),
    ("Germany promised to send tanks", T.AGREE), ("Japan pledged to help", T.AGREE),
    ("he assured them of support", T.AGREE), ("Libya offered to hand over suspects", T.AGREE),
    ("Iran is ready to help", T.AGREE), ("the UN called on both sides", T.REQUEST),
    ("the UN urged restraint", T.REQUEST), ("protesters demanded elections", T.REQUEST),
    ("the agencies appealed for aid", T.REQUEST), ("Kyiv accused Moscow", T.ACCUSE),
    ("the EU condemned the attack", T.ACCUSE), ("Britain criticised the move", T.ACCUSE),
    ("Israel blamed Hezbollah", T.ACCUSE), ("prosecutors investigated the killings", T.ACCUSE),
    ("Iran denied the report", T.REJECT), ("Hamas rejected the plan", T.REJECT),
    ("Hungary refused to sign", T.REJECT), ("Russia vetoed the resolution", T.REJECT),
    ("Turkey threatened Sweden", T.THREATEN), ("Pyongyang warned Seoul", T.THREATEN),
    ("farmers protested in Paris", T.PROTEST), ("thousands demonstrated in Tbilisi", T.PROTEST),
    ("workers rallied outside parliament", T.PROTEST), ("doctors went on strike", T.PROTEST),
    ("the opposition boycotted the vote", T.PROTEST),
    ("Washington sanctioned the firm", T.SANCTION),
    ("the AU suspended Mali from the union", T.SANCTION),
    ("the US imposed an arms embargo on Sudan", T.SANCTION),
    ("Armenia mobilised reservists", T.MOBILIZE), ("Russia deployed troops", T.MOBILIZE),
    ("the army was put on high alert", T.MOBILIZE), ("police arrested ten people", T.COERCE),
    ("police detained a journalist", T.COERCE), ("Britain deported migrants", T.COERCE),
    ("the junta banned political parties", T.COERCE), ("officials imposed a curfew", T.COERCE),
    ("troops withdrew from the town", T.RETREAT), ("the army pulled out of the city", T.RETREAT),
    ("rebels retreated into the hills", T.RETREAT), ("soldiers fled to Tajikistan", T.RETREAT),
    ("the garrison surrendered", T.RETREAT), ("rebels released hostages", T.RETREAT),
    ("the truce took effect", T.RETREAT), ("the US sent aid to Ukraine", T.AID),
    ("the UN evacuated civilians", T.AID), ("NATO trained Afghan forces", T.AID),
    ("the two agencies cooperated with police", T.COOPERATE),
    ("the EU praised the deal", T.SUPPORT),
    ("Germany supported the plan", T.SUPPORT),
    ("Putin and Xi talked for an hour", T.CONSULT),
    ("Turkey aided Azerbaijan", T.AID),
]  # fmt: skip
FAMILY_MISSES: list[tuple[str, EventType, str]] = [
]


def _family_cases() -> list[object]:
    rows: list[object] = [pytest.param(p, t, id=p) for p, t in FAMILIES]
    rows += [
        pytest.param(p, t, id=p, marks=pytest.mark.xfail(strict=True, reason=why))
        for p, t, why in FAMILY_MISSES
    ]
    return rows


@pytest.mark.parametrize(("phrase_", "kind"), _family_cases())
def test_issue_families_have_a_trigger(phrase_: str, kind: EventType) -> None:
    rules = default_rules()
    found = [r.type for r, _, _ in rules.finditer(phrase_, 0, len(phrase_))]
    # the first rule at each word wins the scan; an alternative may fill the slots instead
    for _, start, _ in rules.finditer(phrase_, 0, len(phrase_)):
        found += [r.type for r, _, _ in rules.alternatives(phrase_, start, len(phrase_))]
    assert kind in found, (phrase_, found)


@pytest.mark.parametrize(
    "rule", [r for r in default_rules() if r.counter_examples] or [None], ids=str
)
def test_counter_examples_do_not_produce_their_rule(rule: Rule | None) -> None:
    if rule is None:
        pytest.skip("no packaged rule has counter-examples yet")
    for text in rule.counter_examples:
        fired = [e.rule for e in conflictevents.parse(text).events]
        assert rule.id not in [r.split("/")[0] for r in fired], (rule.id, text)
