"""User rule tables as data files (JSON or JSON Lines): read, validate, never executed.

Each row is an object; only ``id``, ``type`` and a trigger are required::

    {"id": "assault.lynch", "type": "ASSAULT", "verbs": ["lynch"], "mode": ["beat"],
     "cameo": "182", "examples": ["a mob lynched two men"]}

The trigger is given as word families (``verbs``: every inflection is matched; ``nouns``:
singular and plural; ``phrases``: literal text) and/or a raw ``pattern`` (a regular expression,
which must not contain capturing groups). Optional fields: ``form`` (verb, noun, state),
``mode``, ``context``, ``cameo``, ``needs``, ``future``, ``speech``, ``recipient_preps``,
``of_is_actor``, ``confidence``, ``examples``, ``unless`` and ``not_after`` (patterns that veto
the trigger when they match right after it or end right before it). Unknown fields and bad values raise
``TableError`` naming the file, the row (1-based) and the field. Nothing in a table is run as
code: patterns are compiled by the ``regex`` module, values are checked against closed lists.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from ..codes.plover import Context, EventType, Mode
from ..errors import TableError
from . import Form, Rule, RuleSet, default_rules, noun, phrase, verb

__all__ = ["load_rules", "rules_from_rows"]

_FIELDS: Final = frozenset(
    {
        "id", "type", "verbs", "nouns", "phrases", "pattern", "form", "mode", "context", "cameo",
        "needs", "future", "speech", "recipient_preps", "of_is_actor", "confidence", "examples",
        "unless", "not_after",
    }
)


def _strings(table: str, row: int, field: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(v, str) and v.strip() for v in value)
    ):
        raise TableError(table, "expected a list of non-empty strings", row=row, field=field)
    return tuple(value)


def _enum(table: str, row: int, field: str, kind: Any, value: Any) -> Any:
    try:
        return kind(value)
    except (ValueError, TypeError):
        choices = ", ".join(sorted(str(m.value) for m in kind))
        raise TableError(table, f"{value!r} is not one of {choices}", row=row, field=field) from None


def _row_to_rule(table: str, row: int, data: Mapping[str, Any]) -> Rule:
    if not isinstance(data, Mapping):
        raise TableError(table, "each row must be a JSON object", row=row)
    unknown = sorted(set(data) - _FIELDS)
    if unknown:
        raise TableError(table, "unknown field", row=row, field=unknown[0])
    for required in ("id", "type"):
        if not isinstance(data.get(required), str) or not data[required].strip():
            raise TableError(table, "a non-empty string is required", row=row, field=required)
    parts: list[str] = []
    if "verbs" in data:
        parts.append(verb(*_strings(table, row, "verbs", data["verbs"])))
    if "nouns" in data:
        parts.append(noun(*_strings(table, row, "nouns", data["nouns"])))
    if "phrases" in data:
        parts.append(phrase(*_strings(table, row, "phrases", data["phrases"])))
    if "pattern" in data:
        if not isinstance(data["pattern"], str) or not data["pattern"]:
            raise TableError(table, "a regular expression string is required", row=row,
                             field="pattern")
        parts.append(data["pattern"])
    if not parts:
        raise TableError(table, "give verbs, nouns, phrases or a pattern", row=row,
                         field="trigger")
    kind = _enum(table, row, "type", EventType, data["type"])
    options: dict[str, Any] = {}
    if "form" in data:
        options["form"] = _enum(table, row, "form", Form, data["form"])
    if "mode" in data:
        options["mode"] = tuple(_enum(table, row, "mode", Mode, m)
                                for m in _strings(table, row, "mode", data["mode"]))
    if "context" in data:
        options["context"] = tuple(_enum(table, row, "context", Context, c)
                                   for c in _strings(table, row, "context", data["context"]))
    if "cameo" in data:
        cameo = data["cameo"]
        if not (isinstance(cameo, str) and cameo.isdigit() and 2 <= len(cameo) <= 4):
            raise TableError(table, f"{cameo!r} is not a CAMEO event code", row=row,
                             field="cameo")
        options["cameo"] = cameo
    if "needs" in data:
        options["needs"] = frozenset(_strings(table, row, "needs", data["needs"]))
    if "future" in data:
        options["future"] = (None if data["future"] is None
                             else _enum(table, row, "future", EventType, data["future"]))
    for flag in ("speech", "of_is_actor"):
        if flag in data:
            if not isinstance(data[flag], bool):
                raise TableError(table, "expected true or false", row=row, field=flag)
            options[flag] = data[flag]
    if "recipient_preps" in data:
        options["recipient_preps"] = _strings(table, row, "recipient_preps",
                                              data["recipient_preps"])
    if "confidence" in data:
        value = data["confidence"]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise TableError(table, "expected a number from 0 to 1", row=row,
                             field="confidence")
        options["confidence"] = float(value)
    if "examples" in data:
        options["examples"] = _strings(table, row, "examples", data["examples"])
    for guard in ("unless", "not_after"):
        if guard in data:
            # (a list of patterns vetoes when any one matches)
            options[guard] = "|".join(
                f"(?:{pattern})" for pattern in _strings(table, row, guard, data[guard])
            )
    return Rule(data["id"].strip(), kind, "|".join(parts), **options)


def rules_from_rows(
    rows: Sequence[Mapping[str, Any]], *, table: str = "rules", base: RuleSet | None = None
) -> RuleSet:
    """A RuleSet of ``rows`` (dicts as in a rule file) tried before ``base`` (the packaged
    rules by default; pass an empty RuleSet to use only these).

    >>> rules = rules_from_rows([{"id": "assault.lynch", "type": "ASSAULT", "verbs": ["lynch"],
    ...                           "examples": ["a mob lynched two men"]}])
    >>> rules.rules[0].id
    'assault.lynch'
    """
    made = [_row_to_rule(table, index, row) for index, row in enumerate(rows, start=1)]
    start = default_rules() if base is None else base
    # Building the RuleSet validates every row (patterns, modes, ids, examples) by table name.
    return RuleSet((*made, *start.rules), name=table)


def load_rules(path: str | Path, *, base: RuleSet | None = None) -> RuleSet:
    """Read a JSON (a list of rows) or JSON Lines (one row per line) rule file.

    Errors name the file, the row and the field (``TableError``).
    """
    name = str(path)
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TableError(name, f"cannot read: {exc}") from None
    rows: list[Any] = []
    stripped = raw.lstrip()
    if stripped.startswith("["):
        try:
            loaded = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise TableError(name, f"not valid JSON: {exc.msg}", row=exc.lineno) from None
        rows = list(loaded)
    else:
        for number, line in enumerate(raw.splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise TableError(name, f"not valid JSON: {exc.msg}", row=number) from None
    return rules_from_rows(rows, table=name, base=base)
