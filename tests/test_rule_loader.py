"""User rule files: loaded as data, validated with errors that name file, row and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import conflictevents as ce
from conflictevents.errors import TableError
from conflictevents.rules import RuleSet
from conflictevents.rules.loader import load_rules, rules_from_rows

LYNCH = {"id": "assault.lynch", "type": "ASSAULT", "verbs": ["lynch"], "mode": ["beat"],
         "cameo": "182", "examples": ["a mob lynched two men"]}


def test_a_jsonl_rule_file_adds_a_rule_that_fires(tmp_path: Path) -> None:
    path = tmp_path / "rules.jsonl"
    path.write_text("# my rules\n" + json.dumps(LYNCH) + "\n", encoding="utf-8")
    rules = load_rules(path)
    assert rules.rules[0].id == "assault.lynch"
    doc = ce.parse("Villagers lynched two policemen in Kasai.", "2024-01-02", rules=rules)
    assert [(e.type.value, e.rule, e.mode[0].value) for e in doc.events] == [
        ("ASSAULT", "assault.lynch", "beat")
    ]


def test_unless_and_not_after_veto_a_trigger_by_its_neighbours() -> None:
    row = {**LYNCH, "unless": r"mob\b", "not_after": r"\bnever"}
    rules = rules_from_rows([row], base=RuleSet(()))
    fired = [
        text
        for text in ("Villagers lynched two men.", "Villagers never lynched anyone.",
                     "They lynched mob leaders.")
        if ce.parse(text, "2024-01-02", rules=rules).events
    ]
    assert fired == ["Villagers lynched two men."]


def test_a_list_of_guards_vetoes_when_any_matches() -> None:
    row = {**LYNCH, "unless": [r"mob\b", r"crowd\b"]}
    rules = rules_from_rows([row], base=RuleSet(()))
    assert rules.rules[0].unless == r"(?:mob\b)|(?:crowd\b)"
    assert not ce.parse("They lynched crowd leaders.", "2024-01-02", rules=rules).events


def test_a_json_list_and_an_empty_base(tmp_path: Path) -> None:
    path = tmp_path / "rules.json"
    path.write_text(json.dumps([LYNCH]), encoding="utf-8")
    only = load_rules(path, base=RuleSet(()))
    assert [r.id for r in only.rules] == ["assault.lynch"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"type": "WAR"}, "type"),
        ({"mode": ["telepathy"]}, "mode"),
        ({"cameo": "19x"}, "cameo"),
        ({"confidence": 3}, "confidence"),
        ({"speech": "yes"}, "speech"),
        ({"colour": "red"}, "colour"),
        ({"verbs": []}, "verbs"),
        ({"verbs": None}, "verbs"),
        ({"id": ""}, "id"),
        ({"examples": ["nothing here matches"]}, "examples"),
        ({"pattern": "(lynch)", "verbs": None}, "verbs"),
    ],
)
def test_bad_rows_name_the_file_row_and_field(
    tmp_path: Path, change: dict[str, object], field: str
) -> None:
    row = {**LYNCH, **change}
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "ok.meet", "type": "CONSULT", "verbs": ["confer"]}) + "\n"
                    + json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(TableError) as info:
        load_rules(path)
    error = info.value
    assert str(path) in str(error)
    assert error.field == field
    assert error.row == 2


def test_capturing_groups_and_broken_json_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(TableError, match="capturing"):
        rules_from_rows([{"id": "x.y", "type": "ASSAULT", "pattern": "(lynch)"}], table="t")
    path = tmp_path / "broken.jsonl"
    path.write_text('{"id": "a", "type": "ASSAULT", "verbs": ["x"]}\n{not json\n',
                    encoding="utf-8")
    with pytest.raises(TableError) as info:
        load_rules(path)
    assert info.value.row == 2 and "not valid JSON" in str(info.value)


def test_loading_never_executes_table_content(tmp_path: Path) -> None:
    # A value that would run code if a loader evaluated it is just a (non-matching) string here.
    marker = tmp_path / "ran"
    payload = f"__import__('pathlib').Path({str(marker)!r}).write_text('x')"
    rules = rules_from_rows([{"id": "x.y", "type": "ASSAULT", "phrases": [payload]}])
    ce.parse("Rebels attacked a town.", rules=rules)
    assert not marker.exists()
