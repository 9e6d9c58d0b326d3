"""Event rules as data: each rule is a frozen row naming a trigger family and what it codes.

A rule's ``trigger`` is a regular-expression fragment written with the helpers below, so a whole
verb family (tenses, participles) or noun family is one row::

    Rule(id="assault.attack", type=EventType.ASSAULT, trigger=verb("attack"),
         examples=("Taliban fighters attacked a checkpoint",))

Rows are collected into tuples by the family modules (``verbal_cooperation``, ``material_cooperation``,
``verbal_conflict``, ``material_conflict``) and handed to the engine as a ``RuleSet``; nothing is
registered globally. ``RuleSet`` compiles and validates the rows when it is built: a pattern that
does not compile, a mode that does not belong to the type, a duplicate id or an example that the
rule does not match raises ``TableError`` naming the rule and field. The packaged rows, whose
patterns and examples the test suite checks, are compiled only when the scan first meets a word
their trigger may begin with.
"""

from __future__ import annotations

import enum
import functools
import importlib
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Final

import attrs
import regex

from ..codes.plover import MODES, Context, EventType, Mode
from ..errors import TableError
from ..text import lower_same_length

__all__ = [
    "Form",
    "Rule",
    "RuleSet",
    "default_rules",
    "noun",
    "phrase",
    "verb",
]


class Form(str, enum.Enum):
    """How the trigger carries its arguments."""

    VERB = "verb"  # subject acts on object; passive "were attacked by X" is recognised
    NOUN = "noun"  # a nominalisation: "X's attack on Y", "the attack by X on Y", "an X attack"
    STATE = "state"  # a predicate adjective or fixed phrase: "is ready to help"


# Irregular verbs: base -> (3rd person, past, past participle, -ing).
_IRREGULAR: Final[dict[str, tuple[str, ...]]] = {
    "beat": ("beats", "beat", "beaten", "beating"),
    "get": ("gets", "got", "gotten", "getting"),
    "begin": ("begins", "began", "begun", "beginning"),
    "bring": ("brings", "brought", "brought", "bringing"),
    "build": ("builds", "built", "built", "building"),
    "buy": ("buys", "bought", "bought", "buying"),
    "break": ("breaks", "broke", "broken", "breaking"),
    "come": ("comes", "came", "come", "coming"),
    "cut": ("cuts", "cut", "cut", "cutting"),
    "do": ("does", "did", "done", "doing"),
    "drive": ("drives", "drove", "driven", "driving"),
    "fight": ("fights", "fought", "fought", "fighting"),
    "fall": ("falls", "fell", "fallen", "falling"),
    "flee": ("flees", "fled", "fled", "fleeing"),
    "fly": ("flies", "flew", "flown", "flying"),
    "forbid": ("forbids", "forbade", "forbidden", "forbidding"),
    "freeze": ("freezes", "froze", "frozen", "freezing"),
    "give": ("gives", "gave", "given", "giving"),
    "go": ("goes", "went", "gone", "going"),
    "have": ("has", "had", "had", "having"),
    "hit": ("hits", "hit", "hit", "hitting"),
    "hold": ("holds", "held", "held", "holding"),
    "keep": ("keeps", "kept", "kept", "keeping"),
    "lay": ("lays", "laid", "laid", "laying"),
    "lead": ("leads", "led", "led", "leading"),
    "leave": ("leaves", "left", "left", "leaving"),
    "lend": ("lends", "lent", "lent", "lending"),
    "let": ("lets", "let", "let", "letting"),
    "make": ("makes", "made", "made", "making"),
    "meet": ("meets", "met", "met", "meeting"),
    "overrun": ("overruns", "overran", "overrun", "overrunning"),
    "overthrow": ("overthrows", "overthrew", "overthrown", "overthrowing"),
    "pay": ("pays", "paid", "paid", "paying"),
    "put": ("puts", "put", "put", "putting"),
    "quit": ("quits", "quit", "quit", "quitting"),
    "rise": ("rises", "rose", "risen", "rising"),
    "run": ("runs", "ran", "run", "running"),
    "seek": ("seeks", "sought", "sought", "seeking"),
    "sell": ("sells", "sold", "sold", "selling"),
    "send": ("sends", "sent", "sent", "sending"),
    "set": ("sets", "set", "set", "setting"),
    "shoot": ("shoots", "shot", "shot", "shooting"),
    "shut": ("shuts", "shut", "shut", "shutting"),
    "sign": ("signs", "signed", "signed", "signing"),
    "sit": ("sits", "sat", "sat", "sitting"),
    "slay": ("slays", "slew", "slain", "slaying"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "spend": ("spends", "spent", "spent", "spending"),
    "stand": ("stands", "stood", "stood", "standing"),
    "strike": ("strikes", "struck", "struck", "striking"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "take": ("takes", "took", "taken", "taking"),
    "retake": ("retakes", "retook", "retaken", "retaking"),
    "tear": ("tears", "tore", "torn", "tearing"),
    "throw": ("throws", "threw", "thrown", "throwing"),
    "undertake": ("undertakes", "undertook", "undertaken", "undertaking"),
    "uphold": ("upholds", "upheld", "upheld", "upholding"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"),
    "withhold": ("withholds", "withheld", "withheld", "withholding"),
    "write": ("writes", "wrote", "written", "writing"),
}

_VOWELS = "aeiou"
# Verbs whose final consonant doubles before -ed/-ing (stress on the last syllable).
_DOUBLING: Final = frozenset(
    "ban bar commit control drop grab kidnap man mob nab patrol plan rob ship shun "
    "spar stab stop swap tag trap admit expel compel propel refer occur rebel repel "
    "regret abet slap lob flog whip snub scrap strip shrug step jam plot rig chop spur prod "
    "drag net pin".split()
)


@functools.cache
def inflections(base: str) -> tuple[str, ...]:
    """All forms of an English verb: base, 3rd person, past, participle, -ing.

    >>> inflections("attack")
    ('attack', 'attacks', 'attacked', 'attacking')
    >>> inflections("seize")
    ('seize', 'seizes', 'seized', 'seizing')
    >>> inflections("kidnap")
    ('kidnap', 'kidnaps', 'kidnapped', 'kidnapping')
    """
    if base in _IRREGULAR:
        forms = (base, *_IRREGULAR[base])
        return tuple(dict.fromkeys(forms))
    if base.endswith("o") and base[-2:-1] not in _VOWELS:
        return (base, base + "es", base + "ed", base + "ing")  # veto, embargo
    if base.endswith("ie"):
        return (base, base + "s", base + "d", base[:-2] + "ying")  # die, tie
    if base.endswith("ic"):
        return (base, base + "s", base + "ked", base + "king")  # panic, traffic
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        third, past, ing = base + "s", base + "d", base[:-1] + "ing"
    elif base.endswith("ee"):
        third, past, ing = base + "s", base + "d", base + "ing"
    elif base.endswith("y") and base[-2:-1] not in _VOWELS:
        third, past, ing = base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        third, past, ing = base + "es", base + "ed", base + "ing"
    elif base in _DOUBLING:
        third, past, ing = base + "s", base + base[-1] + "ed", base + base[-1] + "ing"
    else:
        third, past, ing = base + "s", base + "ed", base + "ing"
    if base == "ban":
        third = "bans"
    return tuple(dict.fromkeys((base, third, past, ing)))


def _alternation(words: Iterable[str]) -> str:
    """One pattern for a set of literal words, as a character trie: "attack(?:ed|ing|s)?".

    A trie is far smaller than a flat alternation (the regex module compiles it faster and tries
    each character once), and because its optional parts are greedy it still prefers the
    longest word, as the flat longest-first alternation did.

    >>> _alternation(["attack", "attacks", "attacked"])
    '(?:attack(?:ed|s)?)'
    """
    return "(?:" + _emit(sorted(set(words)), 0) + ")"


def _emit(words: list[str], depth: int) -> str:
    """The trie of ``words`` (sorted, distinct, alike in their first ``depth`` characters) below
    that depth, built from the sorted list: a word that ends here sorts first, and each run of
    words alike in one more character is one branch, down to where they part or one ends."""
    if not words:
        return ""
    optional = len(words[0]) == depth
    rest = words[1:] if optional else words
    branches = []
    start = 0
    while start < len(rest):
        char = rest[start][depth]
        stop = start + 1
        while stop < len(rest) and rest[stop][depth] == char:
            stop += 1
        first, last = rest[start], rest[stop - 1]
        end = depth + 1
        while end < len(first) and first[end] == last[end]:
            end += 1
        atoms = "".join(map(_atom, first[depth:end]))
        branches.append(atoms + _emit(rest[start:stop], end))
        start = stop
    if not branches:
        return ""
    if len(branches) == 1 and not optional:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if optional else body


@functools.cache
def _atom(char: str) -> str:
    return r"\s+" if char == " " else regex.escape(char)


def verb(*bases: str, particle: str | None = None) -> str:
    """A pattern for every form of the verbs, optionally with a particle: ``verb("pull", particle="out")``.

    >>> bool(regex.fullmatch(verb("pull", particle="out"), "pulled out"))
    True
    """
    forms: list[str] = []
    for base in bases:
        head, _, rest = base.partition(" ")
        # Multi-word verbs inflect their first word: "take control of" -> "took control of".
        forms.extend(f"{form} {rest}".strip() for form in inflections(head))
    core = _alternation(forms)
    if particle is None:
        return core
    # A short object may sit between verb and particle: "pulled its troops out".
    return rf"{core}(?:\s+{particle}\b|\s+(?:\w+\s+){{0,3}}?{particle}\b)"


def noun(*stems: str) -> str:
    """A pattern for nouns and their plurals: ``noun("attack", "raid")``.

    >>> bool(regex.fullmatch(noun("strike"), "strikes")), bool(regex.fullmatch(noun("ally"), "allies"))
    (True, True)
    """
    forms: list[str] = []
    for stem in stems:
        forms.append(stem)
        if stem.endswith("is"):
            forms.append(stem[:-2] + "es")  # crisis -> crises
        elif stem.endswith("o") and stem[-2:-1] not in _VOWELS:
            forms.append(stem + "es")  # embargo, veto
        elif stem.endswith("y") and stem[-2:-1] not in _VOWELS:
            forms.append(stem[:-1] + "ies")
        elif stem.endswith(("s", "sh", "ch", "x")):
            forms.append(stem + "es")
        else:
            forms.append(stem + "s")
    return _alternation(forms)


def phrase(*alternatives: str) -> str:
    """Literal phrases (white space matches any run of spaces): ``phrase("cease-fire", "truce")``."""
    return _alternation(alternatives)


@attrs.frozen
class Rule:
    """One trigger family and what it codes.

    - ``trigger``: regex fragment (see ``verb``/``noun``/``phrase``); matched case-insensitively
      on word boundaries.
    - ``form``: how arguments attach (``Form``).
    - ``needs``: the slots that must be filled for the rule to emit an event: "actor",
      "recipient", "participant" (either), "armed" (the actor must be an armed or state actor),
      "unarmed" (the actor must not be armed: troops arriving somewhere are not a visit),
      "state" (the actor is an organ of a state: a coast guard seizing a boat confiscates it;
      pirates hijack it).
    - ``future``: what the rule codes when the event is promised, planned or threatened rather
      than reported as done (None: do not emit). By PLOVER's manual, promised cooperation is
      AGREE, an announced withdrawal is CONCEDE, and threatened conflict is THREATEN.
    - ``speech``: the rule codes a speech act (demand, accusation, threat, denial): an event
      inside its complement ("demanded that troops withdraw") is part of it, not separate.
    - ``recipient_preps``: prepositions that introduce the recipient after the trigger
      ("fighting with X", "appeal to X").
    - ``of_is_actor``: in a nominalisation, "the withdrawal of X" names the actor (intransitive
      nouns) rather than the recipient ("the arrest of X").
    - ``unless``: a pattern that, matching right after the trigger, vetoes it ("press" before
      "service" is a noun); ``not_after``: a pattern that, ending right before the trigger,
      vetoes it ("at the mediators' request"). They restrict the trigger without lengthening
      it, so they leave the rule's place in the table order as it is.
    - ``examples`` must match the trigger; ``counter_examples`` must not produce this rule (they
      are checked by the test suite through the whole pipeline).
    """

    id: str
    type: EventType
    trigger: str
    form: Form = Form.VERB
    mode: tuple[Mode, ...] = ()
    context: tuple[Context, ...] = ()
    cameo: str | None = None
    needs: frozenset[str] = frozenset({"participant"})
    future: EventType | None = None
    speech: bool = False
    recipient_preps: tuple[str, ...] = ()
    of_is_actor: bool = False
    confidence: float = 0.8
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    unless: str = ""
    not_after: str = ""


# Every word: with the character after it, the key of the prefilter.
_WORD_START = regex.compile(r"(?<![\w-])[\w$]++")
# The same over lower-cased text with the standard library engine, which is faster for this;
# with the hyphen that may follow, so the matched text is the prefilter's cache key.
_KEYED_WORDS = re.compile(r"(?<![\w-])[\w$]+-?")

_NEEDS: Final = frozenset({"actor", "recipient", "participant", "armed", "unarmed", "state"})

# The characters that case-fold to an ASCII letter (İ, ſ, Kelvin K): in a sentence holding one,
# a trigger's ASCII word may match where the lowered text does not hold it.
_FOLDS_TO_ASCII: Final = re.compile("[\u0130\u017f\u212a]")


_COUNTED_GROUP: Final = re.compile(r"\)\{")


@functools.cache
def _needs(trigger: str) -> tuple[str, ...]:
    r"""Lower-case words one of which any match of the trigger holds after its first word.

    Only for a trigger with a gap of words (``(?:\w+\s+){0,4}``), slow to try, and that goes
    on after its first word; () when there is no short list.

    >>> _needs(r"(?:said|told)\s+(?:\w+\s+){1,12}?(?:must|has\s+to)\b")
    ('has', 'must')
    >>> _needs(r"attack(?:ed|s)?")
    ()
    """
    if _COUNTED_GROUP.search(trigger) is None:
        return ()  # no gap of words (a counted group); skip the parsing
    try:
        return _read_needs(trigger)
    except (ImportError, re.error, RecursionError, AttributeError, IndexError, TypeError):
        # the standard library's parser is internal and may change shape: the skip is only a
        # shortcut, so any surprise turns it off for this trigger (output stays the same)
        return ()


def _read_needs(trigger: str) -> tuple[str, ...]:
    try:
        parser: Any = importlib.import_module("re._parser")
    except ImportError:  # pragma: no cover
        parser = importlib.import_module("sre_parse")
    items = list(parser.parse(trigger.replace(r"\p{Lu}", r"\w"), re.IGNORECASE))
    if not _has_gap(items):
        return ()  # checking costs more than trying a trigger without a gap of words
    if len(items) == 1 and items[0][0].name == "BRANCH":
        alternatives = items[0][1][1]
    elif len(items) == 1 and items[0][0].name == "SUBPATTERN":
        return _needs_of(items[0][1][3])
    else:
        alternatives = [items]
    words: set[str] = set()
    for alternative in alternatives:
        # an alternative of one word (or without a telling later word) needs what it holds
        needed = _needs_of(alternative) or _best(list(_requirements(alternative)))
        if not needed:
            return ()
        words |= set(needed)
    return tuple(sorted(words)) if len(words) <= 8 else ()


def _has_gap(items: Iterable[Any]) -> bool:
    """Whether the items repeat a sequence (a word and a space) more than once."""
    for op, arg in items:
        name = op.name
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            inner = [arg[2]]
            if arg[1] > 1 and len(arg[2]) > 1:
                return True
        elif name == "SUBPATTERN":
            inner = [arg[3]]
        elif name == "BRANCH":
            inner = arg[1]
        else:
            continue
        if any(_has_gap(body) for body in inner):
            return True
    return False


def _needs_of(items: Sequence[Any]) -> tuple[str, ...]:
    """The most telling requirement among the items that follow the first white space."""
    spaced = False
    best: set[str] | None = None
    for run, need in _requirements(items):
        if not spaced:
            spaced = run == " "
            continue
        if need and (best is None or min(map(len, need)) > min(map(len, best))):
            best = need
    return tuple(sorted(best)) if best else ()


def _requirements(items: Sequence[Any]) -> Iterable[tuple[str, set[str] | None]]:
    """(" " for an item that holds white space else "", what one of its matches contains)."""
    literal = ""
    for op, arg in items:
        name = op.name
        if name == "LITERAL" and chr(arg).isascii():
            if chr(arg) == " ":
                yield " ", None
            literal += chr(arg).lower()
            continue
        if literal:
            yield "", {literal}
            literal = ""
        if name == "IN":
            spaced = any(k.name == "CATEGORY" and v.name == "CATEGORY_SPACE" for k, v in arg)
            yield (" " if spaced else ""), None
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _, body = arg
            inner = list(_requirements(body))
            yield (
                (" " if any(run == " " for run, _ in inner) else ""),
                (_best(inner) if low >= 1 else None),
            )
        elif name == "SUBPATTERN":
            inner = list(_requirements(arg[3]))
            yield (" " if any(run == " " for run, _ in inner) else ""), _best(inner)
        elif name == "BRANCH":
            union: set[str] | None = set()
            spaced = False
            for branch in arg[1]:
                inner = list(_requirements(branch))
                spaced = spaced or any(run == " " for run, _ in inner)
                need = _best(inner)
                union = None if need is None or union is None else union | need
            yield (" " if spaced else ""), union
        else:
            yield "", None
    if literal:
        yield "", {literal}


def _best(found: Sequence[tuple[str, set[str] | None]]) -> set[str] | None:
    needs = [need for _, need in found if need]
    return max(needs, key=lambda need: min(map(len, need))) if needs else None


# How many first characters of a trigger the prefilter tells apart.
_START_LENGTH: Final = 6
# More beginnings than this and the trigger counts as one that may begin anyhow.
_MAX_STARTS: Final = 2048

# A trigger read piece by piece, the way the regex module reads it; a piece this reading does
# not know (an unmatched "[" or "{", a trailing backslash) is caught by the final ".". These are
# compiled by the standard library's engine on first use (its cache keeps them), not at import.
_PIECE: Final = (
    r"\\[pP]\{\w+\}|\\[A-Za-z0-9]|\\.|\[\^?\]?(?:\\.|[^\]\\\[])*\]|\(\?[=!>]|\(\?<[=!]"
    r"|\(\?[A-Za-z-]*:|\(|[)|.^$]|[?*+][?+]?|\{\d*(?:,\d*)?\}[?+]?|[^\\\[()|.^$?*+{]+|."
)
# Letter and digit escapes other than \s \w \d \b and \p{..} (and their capitals), and a
# trailing backslash: the reading gives up on them.
_UNKNOWN_ESCAPE: Final = r"\\(?![sSwWdDbB]|[pP]\{\w+\})[A-Za-z0-9]|\\$"
# Scoped flags "(?i:", "(?-i:": only these keep the reading as it is.
_FLAGGED: Final = r"\(\?(?![:=!>]|<[=!])([A-Za-z-]*):"
_SCOPED_FLAGS: Final = r"[imsu]*(?:-[imsu]+)?"

# A set of beginnings: (lower-cased text, whether the match may go on after it). Text that
# cannot go on was cut at a character that is not a plain literal or at _START_LENGTH.
_Starts = frozenset[tuple[str, bool]]
_ANY_START: Final[_Starts] = frozenset({("", False)})
_EMPTY_START: Final[_Starts] = frozenset({("", True)})


class _Unsure(Exception):
    """The trigger holds a construct the reading does not know: it may begin anyhow."""


# Pieces this reading does not know: a letter or digit escape other than \s \w \d \b and
# \p{..} (and their capitals), a trailing backslash, a group other than (?: (?> (?= (?! (?<=
# (?<! and scoped flags.
@functools.cache
def _starts(trigger: str) -> frozenset[str] | None:
    r"""Lower-case texts one of which every match of the trigger begins with or extends.

    Each has at most _START_LENGTH characters, and one cut short at a class or a non-ASCII
    character stands for anything after it. None when the trigger holds a construct this
    reading does not know (then it may begin anyhow).

    >>> sorted(_starts(r"attack(?:ed|s)?|raid\s+on"))
    ['attack', 'raid']
    """
    if re.search(_UNKNOWN_ESCAPE, trigger) is not None:
        return None
    if any(re.fullmatch(_SCOPED_FLAGS, flags) is None for flags in re.findall(_FLAGGED, trigger)):
        return None
    pieces = re.findall(_PIECE, trigger, re.S)
    if "(" in pieces or "[" in pieces or "{" in pieces:
        return None  # a capturing group, a nested set, a fuzzy constraint...
    try:
        found, at = _starts_of_alternation(pieces, 0, _EMPTY_START)
    except _Unsure:
        return None
    if at != len(pieces):
        return None  # an unmatched ")"
    return frozenset(text for text, _ in found)


def _starts_of_alternation(pieces: list[str], at: int, before: _Starts) -> tuple[_Starts, int]:
    found, at = _starts_of_sequence(pieces, at, before)
    while at < len(pieces) and pieces[at] == "|":
        more, at = _starts_of_sequence(pieces, at + 1, before)
        found |= more
    return found, at


def _skip_sequence(pieces: list[str], at: int, stop: str = "|)") -> int:
    """Where the sequence from ``at`` ends: at its "|" or ")" (``stop``)."""
    depth = 0
    end = len(pieces)
    while at < end:
        first = pieces[at][0]
        if first == "(":
            depth += 1
        elif first == ")":
            if not depth:
                break
            depth -= 1
        elif first == "|" and not depth and first in stop:
            break
        at += 1
    return at


def _starts_of_sequence(pieces: list[str], at: int, found: _Starts) -> tuple[_Starts, int]:
    """What the sequence from ``at`` (up to its "|" or ")") begins with after ``found``."""
    last: tuple[_Starts, _Starts] | None = None  # before and what of the last item
    end = len(pieces)
    while at < end:
        piece = pieces[at]
        first = piece[0]
        if first == "|" or first == ")":
            break
        quantifier = first in "?*+" or (first == "{" and len(piece) > 1)
        if not quantifier and not any(more for _, more in found):
            return found, _skip_sequence(pieces, at)  # the rest cannot change the beginnings
        at += 1
        if quantifier:
            if last is None:
                raise _Unsure  # a quantifier after nothing or after another quantifier
            low, high = _repeat_bounds(piece)
            before, repeated = last
            last = None
            if len(piece) > 1 and piece[-1] == "?":
                # a lazy repeat: the regex module may report a partial match for any text that
                # ends within its reach, so from here any text may follow
                found = _starts_then(before, _ANY_START)
                continue
            options: set[tuple[str, bool]] = set()
            if low == 0:
                options.add(("", True))
            if low <= 1 <= high:
                options |= repeated
            if high >= 2:
                options |= {(text, False) for text, _ in repeated}
            found = _starts_then(before, frozenset(options))
            continue
        what: _Starts
        if first == "\\":
            second = piece[1]
            if second in "sSwWdDpP":
                what = _ANY_START
            elif second == "b" or second == "B":
                what = _EMPTY_START
            else:
                what = _starts_of_literal(second)
        elif first == "(":
            if piece == "(?<=" or piece == "(?<!":
                at = _skip_sequence(pieces, at, ")")
                what = _EMPTY_START  # looks back at what was read (what it asks is not checked)
            elif piece == "(?=" or piece == "(?!":
                # takes no characters, but a text that ends inside it matches partially
                ahead, at = _starts_of_alternation(pieces, at, _EMPTY_START)
                what = frozenset({("", True), *((text, False) for text, _ in ahead)})
            else:
                what, at = _starts_of_alternation(pieces, at, _EMPTY_START)
            if at >= end or pieces[at] != ")":
                raise _Unsure  # an unmatched "("
            at += 1
        elif first == "[" or first == ".":
            what = _ANY_START
        elif first == "^" or first == "$":
            what = _EMPTY_START
        else:
            if len(piece) > 1 and at < end and pieces[at][0] in "?*+{":
                # a quantifier takes the last character of a run only
                found = _starts_then(found, _starts_of_literal(piece[:-1]))
                piece = piece[-1]
            what = _starts_of_literal(piece)
        last = (found, what)
        found = _starts_then(found, what)
    return found, at


def _repeat_bounds(piece: str) -> tuple[int, int]:
    first = piece[0]
    if first != "{":
        return (1 if first == "+" else 0), (1 if first == "?" else 2)
    low_text, comma, high_text = piece[1 : piece.index("}")].partition(",")
    if not low_text and not high_text:
        raise _Unsure
    low = int(low_text or 0)
    high = int(high_text) if high_text else (2 if comma else low)
    if high < low:
        raise _Unsure
    return low, min(high, 2)


def _starts_of_literal(text: str) -> _Starts:
    lowered = text.lower()
    if text.isascii():
        return frozenset({(lowered, True)})
    cut = next(index for index, char in enumerate(text) if not char.isascii())
    return frozenset({(lowered[:cut], False)})


def _starts_then(found: _Starts, what: _Starts) -> _Starts:
    out: set[tuple[str, bool]] = set()
    for text, more in found:
        if not more:
            out.add((text, False))
            continue
        for tail, goes_on in what:
            joined = text + tail
            if len(joined) >= _START_LENGTH:
                out.add((joined[:_START_LENGTH], False))
            else:
                out.add((joined, goes_on))
    if len(out) > _MAX_STARTS:
        raise _Unsure
    return frozenset(out)


def _may_begin(starts: frozenset[str] | None, key: str) -> bool:
    if starts is None:
        return True
    if not key.isascii():
        # a non-ASCII character may case-fold to an ASCII one (İ, ſ): compare before it only
        key = key[: next(i for i, char in enumerate(key) if not char.isascii())]
    return any(key[: len(text)] == text[: len(key)] for text in starts)


# A rule worth trying at a word: the rule, its pattern and the later words it needs (_needs).
_Try = tuple[Rule, regex.Pattern[str], tuple[str, ...]]


@attrs.frozen(eq=False)
class RuleSet:
    """A validated, compiled collection of rules, matched in one pass per sentence.

    >>> rules = default_rules()
    >>> len(rules) > 80
    True
    """

    rules: tuple[Rule, ...]
    name: str = "rules"
    # each rule's compiled pattern, compiled when the scan first needs it (a cache: a pattern
    # compiled twice by two threads is the same pattern, and a list item is set atomically)
    _patterns: list[regex.Pattern[str] | None] = attrs.field(init=False, repr=False)
    # the texts each rule's trigger may begin with (see _starts), and the rules by the first
    # character of those texts: the prefilter that tells which rules are worth compiling
    _starts: tuple[frozenset[str] | None, ...] = attrs.field(init=False, repr=False)
    _by_first: dict[str, tuple[int, ...]] = attrs.field(init=False, repr=False)
    _anyhow: tuple[int, ...] = attrs.field(init=False, repr=False)
    # word -> the rules that can start with it; filled on first use (a cache, not state:
    # the value for a prefix never changes, so sharing across threads is safe).
    _by_prefix: dict[str, tuple[tuple[Rule, regex.Pattern[str]], ...]] = attrs.field(
        init=False, repr=False, factory=dict
    )
    # the same keyed on the word as the scan reads it ("word" or "word-")
    _by_word: dict[str, tuple[tuple[Rule, regex.Pattern[str]], ...]] = attrs.field(
        init=False, repr=False, factory=dict
    )
    # the rules worth trying at a word, keyed on the word and the text after it (see finditer)
    _by_probe: dict[str | tuple[str, str], tuple[_Try, ...]] = attrs.field(
        init=False, repr=False, factory=dict
    )
    # a space-free piece of lowered text -> (offset, word) for each word in it that may start
    # a trigger (the word as the scan reads it, "word" or "word-"); a cache of small strings
    _by_chunk: dict[str, tuple[tuple[int, str], ...]] = attrs.field(
        init=False, repr=False, factory=dict
    )

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        # Each rule is compiled on its own; the scan tries them word by word in table order
        # (more specific triggers first), so no combined alternation is needed. A row the
        # packaged tests check is compiled when first needed; any other row now, with its
        # examples, so a bad row raises here.
        patterns: list[regex.Pattern[str] | None] = []
        for index, rule in enumerate(self.rules, start=1):
            _check(self.name, index, rule, seen)
            patterns.append(None if _is_packaged(rule) else _compile(self.name, index, rule))
        starts = tuple(_starts(rule.trigger) for rule in self.rules)
        by_first: dict[str, list[int]] = {}
        anyhow: list[int] = []
        for index, texts in enumerate(starts):
            firsts = {text[:1] for text in texts} if texts is not None else {""}
            if "" in firsts:
                anyhow.append(index)
                continue
            for first in firsts:
                by_first.setdefault(first, []).append(index)
        object.__setattr__(self, "_patterns", patterns)
        object.__setattr__(self, "_starts", starts)
        object.__setattr__(self, "_by_first", {k: tuple(v) for k, v in by_first.items()})
        object.__setattr__(self, "_anyhow", tuple(anyhow))

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.rules)

    def __getstate__(self) -> dict[str, object]:
        return {"rules": self.rules, "name": self.name}

    def __setstate__(self, state: dict[str, object]) -> None:
        fresh = RuleSet(state["rules"], name=str(state["name"]))  # type: ignore[arg-type]
        for field in attrs.fields(RuleSet):
            object.__setattr__(self, field.name, getattr(fresh, field.name))

    def _pattern(self, index: int) -> regex.Pattern[str]:
        """The compiled pattern of the rule at ``index``, compiled on first use."""
        pattern = self._patterns[index]
        if pattern is None:
            pattern = self._patterns[index] = _pattern(self.rules[index])
        return pattern

    def _candidates(self, prefix: str) -> tuple[tuple[Rule, regex.Pattern[str]], ...]:
        found = self._by_prefix.get(prefix)
        if found is None:
            # A rule is a candidate when its pattern can begin with these characters and with
            # their first two. Only the rules whose trigger may begin like the prefix (_starts,
            # read from the trigger's text) are compiled and asked; in table order.
            head = prefix[:2]
            pool = self._anyhow
            first = self._by_first.get(prefix[:1])
            if first is not None:
                pool = tuple(sorted((*pool, *first))) if pool else first
            if not prefix.isascii():
                pool = tuple(range(len(self.rules)))
            found_list: list[tuple[Rule, regex.Pattern[str]]] = []
            for index in pool:
                if not _may_begin(self._starts[index], prefix):
                    continue
                pattern = self._pattern(index)
                # (a trigger that opens with a positive lookbehind looks before the prefix, where
                # there is nothing: such rules are kept, as in _able)
                trigger = self.rules[index].trigger
                behind = trigger.startswith("(?<=") or "|(?<=" in trigger
                if not behind and pattern.match(prefix, partial=True) is None:
                    continue
                if not behind and len(prefix) > 2 and pattern.match(head, partial=True) is None:
                    continue
                found_list.append((self.rules[index], pattern))
            found = tuple(found_list)
            self._by_prefix[prefix] = found
        return found

    def finditer(self, text: str, start: int, end: int) -> Iterator[tuple[Rule, int, int]]:
        """Iterate (rule, start, end) for every trigger in ``text[start:end]``, left to right.

        At each word the first rule (in table order) that matches wins and the scan resumes
        after its match, as one alternation of all triggers would. Only the rules whose
        trigger can begin with the word (found once per distinct word) and with the text up to
        the next word (once per such probe) are tried, and a trigger with a gap of words only
        if one of its later words is still ahead; none of this changes which rule wins.

        >>> rules = default_rules()
        >>> text = "Gunmen attacked a checkpoint near Kabul."
        >>> [(rule.id, text[a:b]) for rule, a, b in rules.finditer(text, 0, len(text))]
        [('assault.attack', 'attacked')]
        """
        return iter([(rule, a, b) for rule, a, b, _ in self._scan(text, start, end)])

    def _scan(
        self, text: str, start: int, end: int
    ) -> list[tuple[Rule, int, int, tuple[_Try, ...] | None]]:
        """``finditer``'s triggers, each with the rules tried at its word (which ``_others``
        asks again for the alternatives), or None where the sentence is not plain ASCII."""
        lowered = lower_same_length(text[start:end])
        # the sentence holds a letter that case-folds to an ASCII one: later words may hide
        plain = lowered.isascii()
        folded = not plain and _FOLDS_TO_ASCII.search(lowered) is not None
        found: list[tuple[Rule, int, int, tuple[_Try, ...] | None]] = []
        resume = start
        by_chunk = self._by_chunk
        by_probe = self._by_probe
        last: dict[tuple[str, ...], int] = {}
        # A word never holds a space: split there and look the pieces up (most hold no word
        # that starts a trigger), so only a few words cost any work.
        at = 0  # where the piece starts in the sentence
        for chunk in lowered.split(" "):
            hits = by_chunk.get(chunk)
            if hits is None:
                hits = self._hits(chunk)
            if hits:
                # the probe runs to the end of the next piece, and one character beyond
                stop = lowered.find(" ", at + len(chunk) + 1)
                stop = start + (len(lowered) if stop < 0 else stop + 1)
                for offset, key in hits:
                    position = start + at + offset
                    if position < resume:
                        continue
                    # Only the rules that can match a text beginning like this are tried.
                    if stop - position > _PROBE_LENGTH:
                        probe = text[position : position + _PROBE_LENGTH]
                    else:
                        probe = text[position:stop]
                    # An ASCII probe that holds the word and the character after it tells the
                    # word as scanned; else (rare) the word is part of the cache's key.
                    cached: str | tuple[str, str] = (
                        probe if plain and len(probe) > len(key) else (key, probe)
                    )
                    tried = by_probe.get(cached)
                    if tried is None:
                        tried = self._able(key, probe, cached)
                    for rule, pattern, needs in tried:
                        if needs and not folded:
                            # a trigger with a gap of words cannot match without a later word;
                            # where the last of them starts is found once per sentence
                            reach = last.get(needs)
                            if reach is None:
                                reach = last[needs] = max(map(lowered.rfind, needs))
                            if reach < at + offset:
                                continue
                        match = pattern.match(text, position, end)
                        if match is not None:
                            resume = match.end()
                            # (a match starts at pos)
                            found.append((rule, position, resume, tried if plain else None))
                            break
            at += len(chunk) + 1
        return found

    def _word_rules(self, key: str) -> tuple[tuple[Rule, regex.Pattern[str]], ...]:
        """The rules that can begin with a word as the scan reads it ("word" or "word-")."""
        found = self._by_word.get(key)
        if found is None:
            found = self._candidates(key if key[-1] == "-" else key + " ")
            self._by_word[key] = found
        return found

    def _hits(self, chunk: str) -> tuple[tuple[int, str], ...]:
        """(offset, word) for the words of a space-free piece that may start a trigger."""
        hits = [
            (word.start(), word.group())
            for word in _KEYED_WORDS.finditer(chunk)
            if self._word_rules(word.group())
        ]
        if len(chunk) <= _PROBE_LENGTH:  # long pieces are rare and would crowd the cache
            if len(self._by_chunk) >= _PROBES:
                self._by_chunk.clear()
            self._by_chunk[chunk] = tuple(hits)
        return tuple(hits)

    def _able(self, key: str, probe: str, cached: str | tuple[str, str]) -> tuple[_Try, ...]:
        """The rules worth trying at a word (``key`` lowered, as scanned) starting ``probe``.

        A pattern that matches the text matches a beginning of it at least partially, so
        dropping the rules that do not match ``probe`` partially loses no match. A lookbehind
        inside a trigger may look before the probe: a negative one then passes (this keeps more
        rules, never fewer) but a positive one would fail, so those rules are kept.
        """
        tried = tuple(
            (rule, pattern, _needs(rule.trigger))
            for rule, pattern in self._word_rules(key)
            if "(?<=" in rule.trigger or pattern.match(probe, partial=True) is not None
        )
        if len(self._by_probe) >= _PROBES:
            self._by_probe.clear()
        self._by_probe[cached] = tried
        return tried

    def alternatives(self, text: str, start: int, end: int) -> list[tuple[Rule, int, int]]:
        """Every rule whose trigger matches at ``start`` (within ``end``), in table order.

        The engine asks for these only when the first rule at a position cannot fill its
        slots, so the cost stays off the common path.
        """
        found: list[tuple[Rule, int, int]] = []
        word = _WORD_START.match(text, start, end)
        if word is None:
            return found
        follow = "-" if text[word.end() : word.end() + 1] == "-" else " "
        for rule, pattern in self._candidates(word.group().lower() + follow):
            match = pattern.match(text, start, end)
            if match:
                found.append((rule, match.start(), match.end()))
        return found

    def _others(
        self, text: str, start: int, end: int, rule: Rule, tried: tuple[_Try, ...] | None
    ) -> list[tuple[Rule, int, int]]:
        """``alternatives`` but ``rule``, from the rules ``_scan`` tried at the trigger: in a
        plain ASCII sentence they are the word's rules that can match there (the others cannot
        match its probe), in table order."""
        if tried is None:
            return [found for found in self.alternatives(text, start, end) if found[0] is not rule]
        found: list[tuple[Rule, int, int]] = []
        for other, pattern, _ in tried:
            if other is not rule:
                match = pattern.match(text, start, end)
                if match:
                    found.append((other, match.start(), match.end()))
        return found

    def extend(self, rules: Sequence[Rule], *, name: str | None = None) -> RuleSet:
        """A new RuleSet with ``rules`` tried before these (so user rows win ties)."""
        return RuleSet((*rules, *self.rules), name=name or self.name)


def _check(table: str, row: int, rule: Rule, seen: set[str]) -> None:
    """The checks of a row that need no compiling: its type, id, modes and needs."""
    if not isinstance(rule, Rule):
        raise TableError(table, f"expected a Rule, got {type(rule).__name__}", row=row)
    if not rule.id or rule.id in seen:
        raise TableError(table, f"duplicate or empty rule id {rule.id!r}", row=row, field="id")
    seen.add(rule.id)
    where = f"{table} ({rule.id})"
    for mode in rule.mode:
        if mode not in MODES[rule.type]:
            raise TableError(
                where,
                f"mode {mode.value} is not a mode of {rule.type.value}",
                row=row,
                field="mode",
            )
    unknown = set(rule.needs) - _NEEDS
    if unknown:
        raise TableError(where, f"unknown needs {sorted(unknown)}", row=row, field="needs")


def _pattern(rule: Rule) -> regex.Pattern[str]:
    source = rf"(?<![\w-])(?:{rule.trigger})(?![\w-])"
    if rule.not_after:
        source = rf"(?<!(?:{rule.not_after})\s*)" + source
    if rule.unless:
        source += rf"(?!\s*(?:{rule.unless}))"
    return regex.compile(source, regex.IGNORECASE)


def _compile(table: str, row: int, rule: Rule) -> regex.Pattern[str]:
    """The row's compiled pattern, once its trigger compiles without groups and matches its
    examples."""
    where = f"{table} ({rule.id})"
    try:
        compiled = _pattern(rule)
    except regex.error as exc:
        raise TableError(
            where, f"trigger does not compile: {exc}", row=row, field="trigger"
        ) from None
    if compiled.groups:
        raise TableError(
            where, "trigger must not contain capturing groups", row=row, field="trigger"
        )
    for example in rule.examples:
        if not compiled.search(example):
            raise TableError(
                where, f"example does not match the trigger: {example!r}", row=row, field="examples"
            )
    return compiled


# The packaged rows. The test suite compiles each of them and checks its examples
# (tests/test_rules.py), so a RuleSet compiles them only when the scan first needs them.
_PACKAGED: set[Rule] = set()


def _is_packaged(rule: Rule) -> bool:
    try:
        return rule in _PACKAGED
    except TypeError:  # a row with an unhashable field is not one of them
        return False


# At most this many probes and pieces are remembered (a few hundred per article), and a
# probe holds at most this many characters (any beginning of the text would do).
_PROBES: Final = 50_000
_PROBE_LENGTH: Final = 48


@functools.cache
def default_rules() -> RuleSet:
    """The packaged rules, compiled once and cached (a RuleSet is immutable)."""
    from . import material_conflict, material_cooperation, verbal_conflict, verbal_cooperation

    rows = (
        *material_conflict.RULES,
        *verbal_conflict.RULES,
        *material_cooperation.RULES,
        *verbal_cooperation.RULES,
    )
    # Multi-word, specific triggers first so the alternation prefers them at any position.
    ordered = sorted(rows, key=lambda r: -_specificity(r))
    _PACKAGED.update(ordered)
    return RuleSet(tuple(ordered), name="conflictevents.rules")


def _specificity(rule: Rule) -> int:
    """A rough length of the shortest text the trigger matches, to order the alternation."""
    # (the standard library's engine: this simple pattern reads the same, and compiles at once)
    literal = re.sub(r"\(\?[:!=<][^)]*\)|[\\()?*+|\[\]{}^$.]", "", rule.trigger)
    return min(len(literal), 60) + (20 if r"\s" in rule.trigger else 0)
