"""Actor mentions: states, forces, armed groups, organisations and office holders, coded.

``find_actors(text)`` returns every actor mention in ``text`` with a CAMEO-style code (country
ISO3 + sector, e.g. ``AFGINS``, ``RUSGOV``; CAMEO organisation codes such as ``IGONAT``). It is
one linear pass: tokens are looked up longest-first in a token trie built from the tables, then a
small phrase grammar joins qualifiers ("Iran's", "Afghan", "Taliban"), sector nouns ("troops",
"foreign minister") and a following name into one mention. See docs/actors.md.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import difflib
import functools
import io
import itertools
import operator
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Final, NamedTuple

import attrs
import regex

from .codes.iso3166 import ALPHA3
from .errors import ArgumentTypeError, TableError
from .model import Actor, Sector, Span, replace

__all__ = ["ActorTables", "Leader", "find_actors"]

# --- tokens ------------------------------------------------------------------------------------

# Abbreviations with dots (U.S.), words with inner hyphens/apostrophes (al-Qaeda, Hay'at), a
# possessive 's as its own token, or any other single non-space character. Possessive
# quantifiers keep this linear on any input; \w is much faster here than \p{L} classes.
_TOKEN = regex.compile(r"(?:[^\W\d_]\.){2,}+|\w++(?:[-‐'’](?!s\b)\w++)*+|['’]s\b|\S")
# The same tokens as one capturing group: split() returns gaps and tokens in one C call, and
# cumulative lengths give the spans without a match object per token.
_SPLIT = regex.compile(f"({_TOKEN.pattern})")

_ANY, _CAP, _EXACT = 0, 1, 2


def _key(token: str) -> str:
    return token.lower().replace("’", "'").replace("‐", "-")


def _split_regex(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """Token spans and token strings of ``text``, all by the token regex."""
    parts = _SPLIT.split(text)
    ends = list(itertools.accumulate(map(len, parts)))
    return list(zip(ends[0::2], ends[1::2], strict=False)), parts[1::2]


# Punctuation that is never part of a word token: one token of its own after a word.
_TRAIL = frozenset(',.;:!?)]}"”»…')
# ... and before a word: '"swiftly', "(With".
_LEAD = frozenset('"“«([{')
_POSS = frozenset(("'s", "’s"))


def _split(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """Token spans and token strings of ``text``: the same as ``_split_regex``, faster."""
    starts, toks = _cut(text)
    return list(zip(starts, map(operator.add, starts, map(len, toks)), strict=True)), toks


def _cut(text: str) -> tuple[list[int], list[str]]:
    """Token start offsets and token strings of ``text`` (a token ends at start + length).

    The same tokens as ``_split_regex``, faster: tokens never cross a space or a line break, so
    the text is cut at them in C; pieces that are one plain word are tokens as they are, pieces
    of a common shape (a word with a trailing or leading punctuation mark or a possessive 's)
    are cut by hand, and only the others go through the token regex.
    """
    # a line break is a space to the tokens (neither is ever inside one): the same offsets
    pieces = text.replace("\n", " ").split(" ") if "\n" in text else text.split(" ")
    # piece k starts after the pieces before it and their k separators
    offsets = list(itertools.accumulate(map(operator.add, map(len, pieces), _ONES), initial=0))
    unusual = map(operator.not_, map(str.isalpha, pieces))
    other = list(itertools.compress(range(len(pieces)), unusual))
    if not other:
        offsets.pop()
        return offsets, pieces
    starts: list[int] = []
    toks: list[str] = []
    memo = _PIECES
    prev = 0
    for k in other:
        if prev < k:
            starts += offsets[prev:k]
            toks += pieces[prev:k]
        prev = k + 1
        piece = pieces[k]
        if not piece:
            continue
        cut = memo.get(piece)
        if cut is None:
            cut = _cut_piece(piece)
            if len(memo) >= _PIECES_MAX:
                memo.clear()  # bounded: a memo of words, not of texts
            memo[piece] = cut
        starts += map(offsets[k].__add__, cut[0])
        toks += cut[1]
    starts += offsets[prev:-1]
    toks += pieces[prev:]
    return starts, toks


_ONES: Final = itertools.repeat(1)  # (shared: repeat() is an endless iterator of 1)

# Memo of _cut_piece: a piece (one word and its punctuation, between spaces) -> its tokens.
_PIECES: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {}
_PIECES_MAX: Final = 4096


def _cut_piece(piece: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """The tokens of a piece of text between spaces that is not one plain word: their offsets
    in the piece, and the tokens. (Spaces or line breaks, no word characters, surround every
    piece, so its tokens do not depend on where it stands.)"""
    if piece[-1] in _TRAIL and piece[:-1].isalpha():
        return (0, len(piece) - 1), (piece[:-1], piece[-1])
    if piece[0] in _LEAD and piece[1:].isalpha():
        return (0, 1), (piece[0], piece[1:])
    if piece[-2:] in _POSS and piece[:-2].isalpha():
        return (0, len(piece) - 2), (piece[:-2], piece[-2:])
    found = list(_TOKEN.finditer(piece))
    return tuple(m.start() for m in found), tuple(m.group() for m in found)


def _term_keys(term: str) -> tuple[str, ...]:
    return tuple(map(_key, _cut(term)[1]))


# --- tables ------------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class Leader:
    """One dated office holding: who, where, which sector and role, from when to when."""

    name: str
    country: str | None
    sector: Sector
    role: str
    start: dt.date | None
    end: dt.date | None
    code: str | None = None

    def holds(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@attrs.frozen(slots=True)
class _Entry:
    """One lexicon reading of a token sequence."""

    kind: str  # country name, adjective, people, capital, seat, sector, name, leader
    name: str
    country: str | None
    sector: Sector | None
    code: str | None
    label: str
    case: int
    term: str
    role: str = ""
    leaders: tuple[Leader, ...] = ()
    title_only: bool = False


_SECTOR_ROLES = frozenset({"head", "generic", "title", "strong", "strong-generic"})
# Roles whose noun takes the sector of a more specific noun before it ("army spokesman" MIL).
_GENERIC_ROLES = frozenset({"generic", "title", "strong-generic"})
_STRONG_ROLES = frozenset({"strong", "strong-generic"})
_TABLE_HEADERS: dict[tuple[str, ...], str] = {
    ("iso3", "kind", "term", "sector"): "countries",
    ("terms", "sector", "kind", "role"): "sectors",
    ("name", "country", "sector", "kind", "code", "aliases"): "names",
    ("name", "country", "sector", "role", "start", "end", "aliases", "code"): "leaders",
}
_PACKAGED = (
    "actor_countries.tsv",
    "actor_sectors.tsv",
    "actor_groups.tsv",
    "actor_organizations.tsv",
    "actor_leaders.tsv",
    "actor_peoples.tsv",
)
# Country-table kinds naming a group or region rather than a state.
_GROUP_KINDS = frozenset({"ethnic", "ethnic-people", "region"})
_CODE = regex.compile(r"[A-Z]{3}(?:[A-Z]{3}){0,4}+")


def _case_of(term: str) -> int:
    letters = [c for c in term if c.isalpha()]
    if letters and not any(c.islower() for c in letters):
        return _EXACT
    first = next((c for c in term if c.isalpha()), "")
    return _CAP if first.isupper() else _ANY


def _read_rows(name: str, text: str) -> tuple[str, list[tuple[int, dict[str, str]]]]:
    lines = [(i, line) for i, line in enumerate(text.splitlines(), 1) if line.strip()]
    lines = [(i, line) for i, line in lines if not line.startswith("#")]
    if not lines:
        raise TableError(name, "the table is empty")
    header = tuple(lines[0][1].split("\t"))
    kind = _TABLE_HEADERS.get(header)
    if kind is None:
        raise TableError(name, f"unknown header {list(header)}", row=lines[0][0])
    rows = []
    for lineno, line in lines[1:]:
        cells = next(csv.reader(io.StringIO(line), delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) != len(header):
            raise TableError(name, f"expected {len(header)} fields, got {len(cells)}", row=lineno)
        rows.append((lineno, dict(zip(header, (c.strip() for c in cells), strict=True))))
    return kind, rows


def _sector(name: str, lineno: int, value: str, *, optional: bool = False) -> Sector | None:
    if not value and optional:
        return None
    try:
        return Sector(value)
    except ValueError:
        raise TableError(name, f"unknown sector {value!r}", row=lineno, field="sector") from None


def _country(name: str, lineno: int, value: str, field: str = "country") -> str | None:
    if not value:
        return None
    if value not in ALPHA3:
        raise TableError(
            name, f"{value!r} is not an ISO 3166-1 alpha-3 code", row=lineno, field=field
        )
    return value


def _date(name: str, lineno: int, value: str, field: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise TableError(name, f"{value!r} is not an ISO date", row=lineno, field=field) from None


def _code(name: str, lineno: int, value: str) -> str | None:
    if value and not _CODE.fullmatch(value):
        raise TableError(
            name, f"{value!r} is not a code of 3-letter parts", row=lineno, field="code"
        )
    return value or None


# Each sector's code (Sector.value is a Python-level descriptor, slow in the hot path).
_SECTOR_CODE: Final = {s: s.value for s in Sector}


def _make_code(country: str | None, sector: Sector | None) -> str | None:
    code = (country or "") + (_SECTOR_CODE[sector] if sector is not None else "")
    return code or None


class _Readings:
    """A term's readings and the answers the grammar asks of them, worked out once per table."""

    __slots__ = ("entries", "leader", "name", "qual", "sector")

    def __init__(self, entries: tuple[_Entry, ...]) -> None:
        self.entries = entries
        self.qual = _find_qual_entry(entries)  # the reading that qualifies a head noun
        self.sector = self.first("sector")
        self.name = self.first("name")
        self.leader = self.first("leader")

    def first(self, *kinds: str) -> _Entry | None:
        for e in self.entries:
            if e.kind in kinds:
                return e
        return None


# How the case of the text decides among a term's readings: (all readings, what to do, the
# readings left when the text is not capitalised). What to do: _ANY, every reading fits any
# case; _CAP, some need a capital; _EXACT, some need the exact spelling (read the text).
_Plan = tuple[_Readings, int, _Readings]


class _ScanInfo(NamedTuple):
    """What _Doc's scan asks of a key: is it an organisation's head noun; for each key after it,
    the lengths (longest first) of the longer terms the two start; its one-token term's plan;
    is it a grammar word the parser starts from."""

    head: bool
    seconds: dict[str, tuple[int, ...]] | None
    single: _Plan | None
    run_word: int  # 0, or _RUN_WORD, or _RUN_DET for a determiner


_RUN_WORD, _RUN_DET = 1, 2


def _plan(entries: tuple[_Entry, ...]) -> _Plan:
    cases = {e.case for e in entries}
    todo = _EXACT if _EXACT in cases else _CAP if _CAP in cases else _ANY
    rd = _Readings(entries)
    if todo == _ANY:
        return rd, todo, rd
    plain = tuple(e for e in entries if e.case == _ANY)
    return rd, todo, _Readings(plain) if plain else _NO_READINGS


@attrs.frozen(slots=True)
class ActorTables:
    """The actor dictionary: a token trie over country, sector, group, organisation and leader
    terms. Build it with ``ActorTables.load()``; pass your own TSV files to extend it.

    >>> tables = ActorTables.load()
    >>> [a.code for a in find_actors("Hamas fighters", tables=tables)]
    ['PSEREB']
    """

    lexicon: dict[tuple[str, ...], tuple[_Entry, ...]]
    max_len: dict[str, int]
    country_names: dict[str, str]
    leaders: tuple[Leader, ...]
    fuzzy: dict[str, tuple[tuple[str, Leader], ...]]
    # Derived from lexicon, for _Doc's scan: the readings of each one-token term and of each
    # longer term, with its case plan (see _plan); and for each first two keys, the lengths
    # (longest first) of the longer terms that start with them.
    _single: dict[str, _Plan] = attrs.field(init=False, repr=False, eq=False)
    _multi: dict[tuple[str, ...], _Plan] = attrs.field(init=False, repr=False, eq=False)
    # ... and all _Doc's scan asks of a key, in one look-up, for each key it must see (first keys
    # of terms, organisation heads, grammar words): see _ScanInfo.
    _scan: dict[str, _ScanInfo] = attrs.field(init=False, repr=False, eq=False)
    # Memo of _Parser.leader_lookup's spelling test (bounded): a name word -> the leaders of
    # its fuzzy bucket whose alias word is close enough to it, each with its likeness score.
    _close: dict[str, tuple[tuple[Leader, float], ...]] = attrs.field(
        init=False, repr=False, eq=False
    )

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_close", {})
        single: dict[str, _Plan] = {}
        multi: dict[tuple[str, ...], _Plan] = {}
        lengths: dict[tuple[str, str], set[int]] = {}
        for keys, entries in self.lexicon.items():
            if len(keys) == 1:
                single[keys[0]] = _plan(entries)
            else:
                multi[keys] = _plan(entries)
                lengths.setdefault((keys[0], keys[1]), set()).add(len(keys))
        seconds: dict[str, dict[str, tuple[int, ...]]] = {}
        for (first, second), lens in lengths.items():
            seconds.setdefault(first, {})[second] = tuple(sorted(lens, reverse=True))
        object.__setattr__(self, "_single", single)
        object.__setattr__(self, "_multi", multi)
        firsts = frozenset(k[0] for k in self.lexicon)
        scan = {
            word: _ScanInfo(
                word in _ORG_ANY_HEAD,
                seconds.get(word),
                single.get(word),
                _RUN_DET if word in _DETS else _RUN_WORD if word in _RUN_WORDS else 0,
            )
            for word in firsts | _ORG_ANY_HEAD | _RUN_WORDS
        }
        object.__setattr__(self, "_scan", scan)

    @classmethod
    def load(cls, *extra_paths: str | Path) -> ActorTables:
        """Load the packaged tables, then each extra TSV file (its header says which table).

        Rows of extra files add readings; a term defined again replaces the packaged reading.
        """
        sources: list[tuple[str, str]] = []
        base = resources.files("conflictevents") / "data"
        for fname in _PACKAGED:
            sources.append((fname, (base / fname).read_text(encoding="utf-8")))
        for path in extra_paths:
            p = Path(path)
            try:
                sources.append((str(p), p.read_text(encoding="utf-8")))
            except OSError as exc:
                raise TableError(str(p), f"cannot read: {exc}") from None
        return cls._build(sources)

    @classmethod
    def _build(cls, sources: Sequence[tuple[str, str]]) -> ActorTables:
        lexicon: dict[tuple[str, ...], list[_Entry]] = {}
        names: dict[str, str] = {}
        leaders: list[Leader] = []
        by_alias: dict[tuple[str, ...], list[tuple[Leader, bool]]] = {}
        fuzzy: dict[str, list[tuple[str, Leader]]] = {}
        replaced: set[tuple[tuple[str, ...], str]] = set()

        def add(term: str, entry: _Entry, source_index: int) -> None:
            keys = _term_keys(term)
            if not keys:
                return
            bucket = lexicon.setdefault(keys, [])
            mark = (keys, entry.kind)
            if source_index >= len(_PACKAGED) and mark not in replaced:
                # A user's table redefines the term: drop the packaged readings of that kind.
                bucket[:] = [e for e in bucket if e.kind != entry.kind]
                replaced.add(mark)
            if entry not in bucket:
                bucket.append(entry)

        for index, (src, text) in enumerate(sources):
            kind, rows = _read_rows(src, text)
            for lineno, row in rows:
                if kind == "countries":
                    iso3 = _country(src, lineno, row["iso3"], "iso3")
                    term_kind = row["kind"]
                    if term_kind not in (
                        "name",
                        "adjective",
                        "people",
                        "capital",
                        "seat",
                        "canonical",
                        "ethnic",
                        "ethnic-people",
                        "region",
                    ):
                        raise TableError(
                            src, f"unknown kind {term_kind!r}", row=lineno, field="kind"
                        )
                    if not row["term"]:
                        raise TableError(src, "empty term", row=lineno, field="term")
                    if term_kind == "canonical":
                        if iso3:
                            names[iso3] = row["term"]
                        continue
                    sector = _sector(src, lineno, row["sector"], optional=True)
                    label = "state" if sector is None else _SECTOR_LABEL.get(sector, "government")
                    entry = _Entry(
                        kind="country" if term_kind == "name" else term_kind,
                        name=row["term"] if term_kind in _GROUP_KINDS else "",
                        country=iso3,
                        sector=sector,
                        code=_make_code(iso3, sector),
                        label=label,
                        case=_case_of(row["term"]),
                        term=row["term"],
                    )
                    add(row["term"], entry, index)
                    if iso3 and term_kind == "name":
                        names.setdefault(iso3, row["term"])
                elif kind == "sectors":
                    sector = _sector(src, lineno, row["sector"])
                    if row["role"] not in _SECTOR_ROLES:
                        raise TableError(
                            src, f"unknown role {row['role']!r}", row=lineno, field="role"
                        )
                    for term in filter(None, (t.strip() for t in row["terms"].split("|"))):
                        add(
                            term,
                            _Entry(
                                kind="sector",
                                name=term,
                                country=None,
                                sector=sector,
                                code=None,
                                label=row["kind"],
                                case=_case_of(term) if term.isupper() else _ANY,
                                term=term,
                                role=row["role"],
                            ),
                            index,
                        )
                elif kind == "names":
                    country = _country(src, lineno, row["country"])
                    sector = _sector(src, lineno, row["sector"])
                    code = _code(src, lineno, row["code"]) or _make_code(country, sector)
                    if not row["name"]:
                        raise TableError(src, "empty name", row=lineno, field="name")
                    terms = [row["name"], *(a.strip() for a in row["aliases"].split("|"))]
                    for term in filter(None, terms):
                        add(
                            term,
                            _Entry(
                                kind="name",
                                name=row["name"],
                                country=country,
                                sector=sector,
                                code=code,
                                label=row["kind"] or "group",
                                case=_case_of(term),
                                term=term,
                            ),
                            index,
                        )
                else:
                    leader = Leader(
                        name=row["name"],
                        country=_country(src, lineno, row["country"]),
                        sector=_sector(src, lineno, row["sector"]) or Sector.GOV,
                        role=row["role"],
                        start=_date(src, lineno, row["start"], "start"),
                        end=_date(src, lineno, row["end"], "end"),
                        code=_code(src, lineno, row["code"]),
                    )
                    if not leader.name:
                        raise TableError(src, "empty name", row=lineno, field="name")
                    leaders.append(leader)
                    aliases = [leader.name, *row["aliases"].split("|")]
                    for alias in filter(None, (a.strip() for a in aliases)):
                        title_only = alias.startswith("=")
                        alias = alias.lstrip("=")
                        by_alias.setdefault(_term_keys(alias), []).append((leader, title_only))
                        for word in _term_keys(alias):
                            if len(word) >= 5:
                                fuzzy.setdefault(word[:5], []).append((word, leader))
        for keys, readings in by_alias.items():
            rows_t = tuple(r for r, _ in readings)
            title_only = all(t for _, t in readings)
            first = rows_t[0]
            lexicon.setdefault(keys, []).append(
                _Entry(
                    kind="leader",
                    name=first.name,
                    country=first.country,
                    sector=first.sector,
                    code=first.code,
                    label="person",
                    case=_CAP,
                    term=" ".join(keys),
                    leaders=rows_t,
                    title_only=title_only,
                )
            )
        frozen = {k: tuple(v) for k, v in lexicon.items() if v}
        max_len: dict[str, int] = {}
        for keys in frozen:
            max_len[keys[0]] = max(max_len.get(keys[0], 0), len(keys))
        return cls(
            lexicon=frozen,
            max_len=max_len,
            country_names=names,
            leaders=tuple(leaders),
            fuzzy={k: tuple(v) for k, v in fuzzy.items()},
        )


_SECTOR_LABEL: dict[Sector, str] = {
    Sector.GOV: "government",
    Sector.MIL: "military",
    Sector.COP: "police",
    Sector.LEG: "legislature",
    Sector.JUD: "judiciary",
    Sector.SPY: "intelligence",
}


@functools.cache
def _default_tables() -> ActorTables:
    return ActorTables.load()


def country_adjective(word: str, tables: ActorTables | None = None) -> str | None:
    """The ISO3 country a country adjective names in the actor tables ("Italian" -> "ITA"),
    or None when it names none or several.

    >>> country_adjective("Italian"), country_adjective("Dutch"), country_adjective("table")
    ('ITA', 'NLD', None)
    """
    return _country_of_term(word, "adjective", tables)


def capital_country(name: str, tables: ActorTables | None = None) -> str | None:
    """The ISO3 country whose capital or seat of government the actor tables know by ``name``
    ("Cairo" -> "EGY"), or None.

    >>> capital_country("Cairo"), capital_country("Addis Ababa"), capital_country("Lyon")
    ('EGY', 'ETH', None)
    """
    return _country_of_term(name, "capital", tables) or _country_of_term(name, "seat", tables)


def country_named(word: str, tables: ActorTables | None = None) -> str | None:
    """The ISO3 country a word names as a country, its adjective, its capital or its seat of
    government ("Russia", "U.S.", "Egyptian", "Kremlin"), or None.

    >>> country_named("U.S."), country_named("Egyptian"), country_named("Russia")
    ('USA', 'EGY', 'RUS')
    """
    for kind in ("country", "adjective", "capital", "seat"):
        country = _country_of_term(word, kind, tables)
        if country is not None:
            return country
    return None


def _country_of_term(term: str, kind: str, tables: ActorTables | None) -> str | None:
    lexicon = (tables if tables is not None else _default_tables()).lexicon
    keys = tuple(_key(token) for token in term.split())
    countries = {e.country for e in lexicon.get(keys, ()) if e.kind == kind and e.country}
    return countries.pop() if len(countries) == 1 else None


# --- the phrase grammar ------------------------------------------------------------------------

_DETS = frozenset(
    {
        "the",
        "its",
        "their",
        "his",
        "her",
        "this",
        "these",
        "those",
        "a",
        "an",
        "some",
        "several",
        "many",
        "two",
        "three",
        "other",
    }
)
_POSSESSIVE_DETS = frozenset({"its", "their"})
# Nouns of a relation to another party: "its ally" is someone else, not the owner's own body.
_RELATIONAL = frozenset(
    "ally allies neighbour neighbours neighbor neighbors rival rivals enemy enemies partner "
    "partners foe foes adversary adversaries".split()
)
_AFTER_NOUN = frozenset(
    {
        "said",
        "says",
        "say",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "will",
        "would",
        "who",
        "killed",
        "died",
        ".",
        ",",
        ";",
        "!",
        "?",
    }
)
_MAX_QUALS, _MAX_SECTORS = 6, 4  # bounded phrase parts keep the pass linear
# A weapon's model name as a token: "mi-17", "f-16s", "su-25", "b-1b", "t-72"
_MODEL_NAME = regex.compile(r"[a-z]{1,4}-\d{1,3}[a-z]{0,2}")
_FILLERS = frozenset(
    {
        "new",
        "former",
        "acting",
        "interim",
        "top",
        "senior",
        "deputy",
        "then",
        "outgoing",
        "incoming",
        "caretaker",
        "transitional",
        "elected",
        "ousted",
        "exiled",
        "late",
        "de",
        "facto",
        "de-facto",
        "military-backed",
        "hardline",
        "powerful",
        "regional",
        "local",
        "own",
        "other",
        "ex",
        # ("a prominent journalist", "an unarmed protester", "a jailed activist")
        "prominent",
        "leading",
        "veteran",
        "well-known",
        "renowned",
        "influential",
        "independent",
        "freelance",
        "young",
        "elderly",
        "unarmed",
        "retired",
        "wounded",
        "injured",
        "missing",
        "detained",
        "jailed",
        "imprisoned",
        "dissident",
    }
)
_FORMER = frozenset({"former", "ousted", "exiled", "late", "ex"})
_COORD = frozenset({"and", "or", ","})
_POSSESSIVE_KEYS = frozenset({"'s", "’s"})
_LOCATIVE = frozenset(
    {
        "in",
        "at",
        "into",
        "inside",
        "near",
        "across",
        "throughout",
        "within",
        "outside",
        "around",
        "over",
        "via",
        "through",
        "toward",
        "towards",
        "onto",
        "entered",
        "entering",
        "enter",
        "leaving",
        "left",
        "leave",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "north",
        "south",
        "east",
        "west",
    }
)
_CAPITAL_BLOCK = frozenset(
    {
        "to",
        "from",
        "of",
        "for",
        "on",
        "visit",
        "visited",
        "visiting",
        "arrived",
        "reached",
        "near",
        "leaving",
        "left",
    }
)
_MOTION = frozenset(
    {
        "fled",
        "flee",
        "flees",
        "fleeing",
        "sent",
        "send",
        "deployed",
        "deploy",
        "returned",
        "return",
        "returning",
        "travelled",
        "traveled",
        "went",
        "go",
        "going",
        "moved",
        "crossed",
        "came",
        "arrived",
        "poured",
        "headed",
        "withdrew",
        "withdrawn",
        "withdraw",
        "withdrawing",
        "pulled",
        "out",
        "retreated",
        "escaped",
        "flown",
        "flew",
        "deported",
        "expelled",
        "back",
        "neighbouring",
        "neighboring",
        "way",
        "trip",
        "flight",
        "flights",
        "route",
    }
)
_PLACE_NOUNS = frozenset(
    {
        "border",
        "borders",
        "airport",
        "province",
        "city",
        "capital",
        "region",
        "frontier",
        "territory",
        "soil",
        "coast",
        "coastline",
        "district",
        "county",
        "side",
        "airspace",
        "waters",
        "mainland",
        "street",
        "road",
        "highway",
        "river",
        "valley",
        "port",
        "village",
        "town",
        "state",
    }
)
# Words before a city that name a part of it ("central Bangkok"), never the state.
_CITY_PARTS = frozenset(
    {
        "central",
        "downtown",
        "greater",
        "suburban",
        "northern",
        "southern",
        "eastern",
        "western",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
    }
)
# Words after a person's name that make it the name of a place or an institution.
_NAMED_AFTER_PERSON = _PLACE_NOUNS | frozenset(
    {"mosque", "university", "hospital", "stadium", "bridge", "foundation", "prize", "award"}
)
_NAME_STOPS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "i",
        "we",
        "he",
        "she",
        "they",
        "it",
        "the",
        "but",
        "and",
        "in",
        "on",
        "at",
    }
)
_PARTICLES = frozenset(
    {
        "bin",
        "ibn",
        "al",
        "el",
        "de",
        "da",
        "van",
        "von",
        "der",
        "la",
        "le",
        "abu",
        "bint",
        "ould",
        "ag",
        "dos",
        "du",
    }
)
_SENTENCE_BREAK = frozenset({".", "!", "?", '"', "“", "”", "(", ":", ";", "—", "–"})
_ARMED = frozenset(
    {Sector.INS, Sector.REB, Sector.SEP, Sector.IMG, Sector.UAF, Sector.PRM, Sector.CRM}
)
_INSURGENT = frozenset({Sector.INS, Sector.REB, Sector.SEP})
# Enum members read once: Sector.X goes through a Python-level descriptor on every access.
_ELI, _GOV, _MIL, _UNK = Sector.ELI, Sector.GOV, Sector.MIL, Sector.UNK
_STATE_SECTORS = frozenset(
    {Sector.GOV, Sector.MIL, Sector.COP, Sector.SPY, Sector.LEG, Sector.JUD, Sector.ELI}
)
_STATEISH = frozenset(
    {"state", "government", "military", "police", "intelligence", "legislature", "judiciary"}
)
# Nouns a people noun modifies when used attributively: "police station", "refugee camp".
_ATTRIBUTIVE_NEXT = frozenset(
    """station stations headquarters camp camps base bases post posts checkpoint checkpoints
    casualties casualty deaths death toll operation operations vehicle vehicles car cars convoy
    convoys uniform uniforms sources source protest protests demonstration demonstrations strike
    strikes unrest movement movements union unions status rights housing areas area quarter
    quarters homes property numbers exodus influx flows crisis problem issue return returns
    affairs cooperation reform rule custody raid raids presence chief chiefs academy college
    barracks compound cell cells quota quotas visa visas card cards registration""".split()
)
# Things that carry a name without being its bearer: "a NATO flag", "Hamas banners".
_SYMBOL_NOUNS = frozenset(
    "flag flags banner banners emblem emblems logo logos symbol symbols colours colors".split()
)


def _symbol_after(keys: Sequence[str], k: int) -> bool:
    """Whether a symbol noun follows at ``k``, or after a coordinated word or two ("European
    Union and Georgian flags")."""
    n = len(keys)
    if k < n and keys[k] in _SYMBOL_NOUNS:
        return True
    if k < n and keys[k] in ("and", "or"):
        return any(keys[j] in _SYMBOL_NOUNS for j in (k + 1, k + 2) if j < n)
    return False


_HEAD_VERBS = frozenset({"headed", "led", "chaired", "commanded", "represented"})
_REPRESENT = frozenset({"representing", "leading", "heading", "led", "commanding"})
_CALLED = (
    ("calling", "itself"),
    ("calling", "themselves"),
    ("known", "as"),
    ("called",),
    ("named",),
    ("dubbed",),
    ("so-called",),
)


class _Hit(NamedTuple):
    """Lexicon readings of tokens [start, end) (dozens are made per text: built by
    ``_new_hit``, one C call)."""

    start: int  # token index
    end: int  # token index, exclusive
    rd: _Readings


_new_hit: Final = tuple.__new__


_FIRST = operator.itemgetter(0)


# Things named after the city where they happen: "the Minsk agreements", "the Astana process".
_NAMED_AFTER_CITY: Final = frozenset(
    "talks agreement agreements accord accords process format protocol protocols summit"
    " conference declaration negotiations meeting meetings conventions convention".split()
)
# How many of the latest actors an anaphor ("the rebels", "the country's army") looks back at.
_ANTECEDENT_REACH: Final = 200
_HYPHENS = frozenset(("-", "‐"))
# Empty keys after the text's last token: key[i] is "" a few tokens past either end.
_PAD: Final = 64


class _Doc:
    """Tokens and lexicon hits of one text (private, built per call)."""

    __slots__ = (
        "cap",
        "heads",
        "hit",
        "hit_at",
        "hits",
        "key",
        "keys",
        "starts",
        "text",
        "todo",
        "toks",
    )

    def __init__(self, text: str, tables: ActorTables) -> None:
        self.text = text
        self.starts, self.toks = starts, toks = _cut(text)
        if "’" in text or "‐" in text:
            self.keys = [_key(t) for t in toks]
        else:
            self.keys = list(map(str.lower, toks))
        self.cap = list(map(str.isupper, map(_FIRST, toks)))
        n = len(starts)
        keys, cap = self.keys, self.cap
        self.hit_at: list[_Hit | None] = [None] * n
        hit_at = self.hit_at
        # key[i] and hit[i] are plain list look-ups (no call): they are read very often.
        # key[i]: the token's key, "" outside the text; hit[i]: the hit that starts at token i,
        # None outside the text. (The rules look at most a few tokens past either end, well
        # within the padding; a negative index reads the padding at the end.)
        self.key: list[str] = keys + [""] * _PAD
        self.hit: list[_Hit | None] = [None] * (n + _PAD)
        hit_first = self.hit
        # every hit by its first token, in token order (the scan below goes left to right)
        hit_start: dict[int, _Hit] = {}
        self.hits = hit_start
        # Where an organisation's head noun could be: org_span looks only near one.
        self.heads: list[int] = []
        heads = self.heads
        # The tokens the grammar starts from: capitalised, in a lexicon hit, or a grammar word.
        self.todo: list[int] = []
        todo = self.todo
        multi, scan = tables._multi, tables._scan
        scan_info = scan.get
        nxt = 0
        # One pass over the tokens that are capitalised or have a key of interest: head nouns,
        # grammar words, and the first keys of lexicon terms (longer terms first, and only those
        # whose first two keys match).
        interesting = map(scan.__contains__, keys)
        for i in itertools.compress(range(n), map(operator.or_, cap, interesting)):
            info = scan_info(keys[i])
            if info is None:  # a capitalised word and nothing more
                if i >= nxt:  # (inside a hit it is in todo already)
                    todo.append(i)
                continue
            is_head, seconds, plan, run_word = info
            if is_head:
                heads.append(i)
            if i < nxt:
                continue  # inside a hit, and so already in todo
            if seconds is not None and i + 1 < n:
                lengths = seconds.get(keys[i + 1])
                if lengths is not None:
                    for length in lengths:
                        if length > n - i:
                            continue
                        mplan = multi.get(tuple(keys[i : i + length]))
                        if mplan is None:
                            continue
                        ok = self._by_case(mplan, i, i + length)
                        if ok is not None:
                            hit = hit_start[i] = hit_first[i] = _new_hit(_Hit, (i, i + length, ok))
                            hit_at[i : i + length] = [hit] * length
                            nxt = i + length
                            todo += range(i, nxt)
                            break
                    if nxt > i:
                        continue
            if plan is not None:
                case = plan[1]
                ok = (
                    plan[0]
                    if case == _ANY or (case == _CAP and cap[i])
                    else self._by_case(plan, i, i + 1)
                )
                if ok is not None:
                    hit_at[i] = hit_start[i] = hit_first[i] = _new_hit(_Hit, (i, i + 1, ok))
                    nxt = i + 1
                    todo.append(i)
                    continue
            if cap[i]:
                todo.append(i)
            elif run_word:
                # a lower-case determiner before a word that is neither capitalised nor of
                # interest starts nothing: the grammar need not visit it
                if run_word == _RUN_DET and (i + 1 == n or not (cap[i + 1] or keys[i + 1] in scan)):
                    continue
                todo.append(i)

    def _by_case(self, plan: _Plan, i: int, j: int) -> _Readings | None:
        """The readings of tokens [i, j) whose case rule the text meets (None if none does)."""
        rd, todo, plain = plan
        if todo != _ANY:
            first = self.toks[i][0]
            cap_ok = first.isupper() or not first.isalpha()
            if todo == _CAP or (first.islower() and first.isalpha()):
                # (a lower-case first letter is never an _EXACT term's, which has none)
                rd = rd if cap_ok else plain
            else:
                ok = self._case_filter(rd.entries, cap_ok, i, j)
                if len(ok) != len(rd.entries):
                    rd = _Readings(ok)
        return rd if rd.entries else None

    def _case_filter(
        self, entries: tuple[_Entry, ...], cap_ok: bool, i: int, j: int
    ) -> tuple[_Entry, ...]:
        """The readings whose case rule the matched text meets."""
        plain = ""
        ok: list[_Entry] = []
        for e in entries:
            if e.case == _EXACT:
                if not plain:
                    plain = self.words(i, j).replace("’", "'")
                if plain == e.term.replace("’", "'"):
                    ok.append(e)
            elif e.case == _ANY or cap_ok:
                ok.append(e)
        return tuple(ok)

    def sentence_initial(self, i: int) -> bool:
        if i == 0:
            return True
        if "\n" in self.text[self.starts[i - 1] + len(self.toks[i - 1]) : self.starts[i]]:
            return True
        return self.keys[i - 1] in _SENTENCE_BREAK

    def is_name_token(self, i: int) -> bool:
        k = self.key[i]  # "" outside the text
        if not k[:1].isalpha() or k in _NAME_STOPS:
            return False
        if self.cap[i]:
            return True
        return k[:3] in ("al-", "el-") and len(k) > 3

    def name_run(self, i: int, limit: int = 5) -> int:
        """End token of a capitalised name starting at i (i itself if none)."""
        j = i
        n = len(self.keys)
        while j < n and j - i < limit:
            h = self.hit_at[j]
            if h is not None and h.rd.leader is None and h.rd.name is None:
                break
            if self.is_name_token(j) or (
                self.keys[j] in _PARTICLES and j > i and self.is_name_token(j + 1)
            ):
                j += 1
            else:
                break
        return j

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.starts[i], self.starts[j - 1] + len(self.toks[j - 1])

    def words(self, i: int, j: int) -> str:
        """The text of tokens [i, j)."""
        return self.text[self.starts[i] : self.starts[j - 1] + len(self.toks[j - 1])]

    def glued(self, i: int, j: int) -> bool:
        """Is the token range hyphen-glued to a neighbour ("U.S.-backed")?"""
        text = self.text
        e = self.starts[j - 1] + len(self.toks[j - 1])
        if text[e : e + 1] in _HYPHENS:
            return True
        s = self.starts[i]
        return s > 0 and text[s - 1] in _HYPHENS


class _Qual(NamedTuple):
    entry: _Entry
    start: int
    end: int
    possessive: bool


# _Qual's fields as one tuple, in C: a NamedTuple's own constructor is Python code.
_new_qual: Final = tuple.__new__


# Which reading of a hit qualifies a head noun, best first.
_QUAL_RANK: Final = {
    kind: rank
    for rank, kind in enumerate(
        (
            "name",
            "seat",
            "country",
            "capital",
            "adjective",
            "leader",
            "people",
            "ethnic",
            "ethnic-people",
            "region",
        )
    )
}


def _find_qual_entry(entries: tuple[_Entry, ...]) -> _Entry | None:
    """The first reading of the best-ranked qualifying kind (one pass over the readings)."""
    best: _Entry | None = None
    best_rank = len(_QUAL_RANK)
    for e in entries:
        rank = _QUAL_RANK.get(e.kind, best_rank)
        if rank < best_rank:
            best, best_rank = e, rank
    return best


# The readings left when none fits the text's case (shared: many terms need a capital).
_NO_READINGS: Final = _Readings(())


def _as_ethnic(e: _Entry, *, keep_country: bool) -> _Entry:
    """The group reading of a demonym: "ethnic Albanians" are not Albania."""
    kind = "ethnic-people" if e.kind in ("people", "ethnic-people") else "ethnic"
    return replace(e, kind=kind, country=e.country if keep_country else None, name=e.name or e.term)


# Qualifier kinds that place an ethnic group in a country ("Iraqi Kurds").
_PLACING = frozenset({"country", "adjective", "capital", "people", "region"})
# Words that put an armed group on the state's side: a paramilitary (PRM), no country.
_PRO_GOVERNMENT = frozenset(
    {"pro-government", "pro-regime", "government-backed", "state-backed", "government-allied"}
)
_STARTERS = _DETS | _FILLERS | _PRO_GOVERNMENT | {"ethnic"}
# Lower-case words the grammar can start from (with any capitalised word or lexicon hit).
_RUN_WORDS = _STARTERS | _HEAD_VERBS
# Prepositions whose object gives a country-less head its country ("rebels in Darfur").
_PP_PREPS = frozenset({"in", "from", "of", "throughout", "across", "inside"})
_PP_SKIP = frozenset(
    """the two three four five several some many southern northern eastern western central
    north south east west occupied neighbouring neighboring rebel-held war-torn""".split()
)
# Nouns a demonym makes the state's act: "an Indian proposal", "French mediation".
_AGENTIVE = frozenset(
    """proposal proposals plan plans mediation initiative initiatives offer offers demand demands
    request requests decision decisions changes efforts pressure aid assistance attack attacks
    raid raids strike strikes airstrike airstrikes shelling offensive riots blockade incursion
    incursions invasion occupation bombardment bombing crackdown sanctions threat threats warning
    ultimatum involvement intervention support backing policy policies delegation team teams
    side
    uprising rejection refusal accusations""".split()
)
# "X-led" + one of these heads: X's (military) coalition. Reading kinds that may lead one.
_LED_HEADS = frozenset({"coalition", "coalitions", "alliance", "alliances"})
_LED_KINDS = frozenset({"country", "adjective", "capital", "seat", "name", "people"})
# Lower-case words that never modify a following head noun.
_NOT_MODIFIERS = (
    _AFTER_NOUN | _DETS | _COORD | _PP_PREPS | _LOCATIVE | {"to", "by", "with", "for", "on"}
)
# Qualifier kinds that keep a head noun across one unknown modifier: a demonym, or a possessive
# state ("French paper workers", "Iran's commerce ministry"; "China sent warships" is no phrase).
_GAP_KINDS = frozenset({"country", "adjective", "capital", "seat"})
# Short words and common verb forms that are never such a modifier.
_NOT_GAP = frozenset(
    """as than like about after before against under between among without while when where
    if because that which whom whose not no also only then still now all both each every any
    more most such so too very just even yet nor but off up down out own same few
    sent send sends took take takes met meet meets shot fought hit put made make makes won gave
    give gives told tell tells let held hold holds left kept keeps found saw sees got gets brought
    began rose struck ran drove threw beat bought sold lost paid says say urged fled flew
    seized set cut led""".split()
)


def _modifier(k: str) -> bool:
    """Can the word with this key modify a following head noun ("paper", "Sandinista")? Not a
    function word or a verb form: "Iranian-backed", "trained" and "killed" are no such words."""
    return (
        k.isalpha()
        and k not in _NOT_MODIFIERS
        and k not in _NOT_GAP
        and not k.endswith(("ed", "ing"))
    )


# Head nouns of an unknown organisation's name and the sector and kind they suggest; armed
# heads count as state forces when a demonym is part of the name ("Afghan National Army").
_ORG_HEADS: dict[str, tuple[Sector, str]] = {
    **dict.fromkeys(("party", "parties"), (Sector.PTY, "political party")),
    **dict.fromkeys(("alliance", "coalition", "bloc"), (Sector.PTY, "political party")),
    **dict.fromkeys(
        ("front", "army", "brigade", "brigades", "battalion", "battalions", "forces", "legion"),
        (Sector.REB, "armed group"),
    ),
    **dict.fromkeys(("militia", "militias"), (Sector.UAF, "armed group")),
    "movement": (Sector.OPP, "opposition"),
    **dict.fromkeys(
        (
            "council",
            "committee",
            "commission",
            "authority",
            "agency",
            "ministry",
            "office",
            "department",
            "bureau",
            "directorate",
            "secretariat",
        ),
        (Sector.GOV, "government"),
    ),
    **dict.fromkeys(("court", "tribunal"), (Sector.JUD, "judiciary")),
    **dict.fromkeys(("assembly", "parliament", "congress"), (Sector.LEG, "legislature")),
    **dict.fromkeys(("union", "federation", "confederation", "syndicate"), (Sector.LAB, "labour")),
    **dict.fromkeys(("association", "league", "society"), (Sector.SOC, "civil society")),
    **dict.fromkeys(
        ("foundation", "institute", "centre", "center", "network"),
        (Sector.NGO, "non-governmental organization"),
    ),
    **dict.fromkeys(("organization", "organisation", "group"), (Sector.UNK, "organization")),
    **dict.fromkeys(
        ("company", "corporation", "corp", "bank", "airlines", "airline"),
        (Sector.BUS, "business"),
    ),
    **dict.fromkeys(("university", "college"), (Sector.EDU, "education")),
    "church": (Sector.REL, "religious"),
    "police": (Sector.COP, "police"),
}
# Heads of bodies whose sector a topic word in the name decides, and those words.
_TOPIC_HEADS = frozenset(
    """congress council federation confederation union organisation organization association
    league society committee commission centre center network foundation institute group
    observatory""".split()
)
_ORG_TOPICS: dict[str, tuple[Sector, str]] = {
    **dict.fromkeys(("labour", "labor", "trade", "trades"), (Sector.LAB, "labour")),
    "human": (Sector.HRI, "human rights"),
}
_ORG_STATE_HEADS = frozenset({"army", "brigade", "brigades", "battalion", "battalions", "forces"})
# Lower-case heads after a capitalised name: "the Umma (Nation) party".
_ORG_LOWER_HEADS = frozenset(
    {
        "party",
        "movement",
        "front",
        "coalition",
        "alliance",
        "group",
        "militia",
        "organisation",
        "organization",
        "council",
        "committee",
        "union",
    }
)
_ORG_ANY_HEAD = frozenset(_ORG_HEADS) | _ORG_LOWER_HEADS
_ORG_LINKS = frozenset({"of", "for", "the", "and", "de", "du", "des", "la", "el", "al", "&"})
_ACRONYM = regex.compile(r"[A-Z][A-Z0-9-]{1,7}+")


class _Parser:
    __slots__ = ("acronyms", "doc", "ordered", "out", "published", "tables")

    def __init__(self, doc: _Doc, tables: ActorTables, published: dt.date | None) -> None:
        self.doc = doc
        self.tables = tables
        self.published = published
        self.out: list[Actor] = []
        self.ordered = 0  # self.out[:ordered] is known to be in span order (see sort_from)
        # Acronyms an unknown organisation's name defined in this text: "(CFVC)".
        self.acronyms: dict[str, Actor] = {}

    # -- helpers --

    def country_name(self, iso3: str | None) -> str:
        if iso3 is None:
            return ""
        return self.tables.country_names.get(iso3, iso3)

    def emit_people(self, start: int, end: int, country: str | None) -> None:
        """A nation's people as an actor ("the French said", "Afghans"): country, no sector."""
        self.emit(start, end, self.country_name(country), country, None, country, "people")

    def emit(
        self,
        i: int,
        j: int,
        name: str,
        country: str | None,
        sector: Sector | None,
        code: str | None,
        kind: str | None,
    ) -> Actor:
        doc = self.doc
        s = doc.starts[i]
        e = doc.starts[j - 1] + len(doc.toks[j - 1])
        # (Actor's and Span's own fast paths store values like these as they are)
        actor = Actor(name, doc.text[s:e], Span(s, e), country, sector, code, kind)
        self.out.append(actor)
        return actor

    def emit_like(self, i: int, j: int, src: Actor) -> Actor:
        return self.emit(i, j, src.name, src.country, src.sector, src.code, src.kind)

    def antecedent(self, want: str, sector: Sector | None, before: int) -> Actor | None:
        # An antecedent is named within the last few paragraphs: the look back is bounded, so
        # a long text where none fits does not cost the square of its actors.
        recent = self.out[-_ANTECEDENT_REACH:]
        for a in reversed(recent):
            if a.span is None or a.span.start >= before:
                continue
            if want == "armed" and a.sector in _ARMED:
                if a.sector == Sector.PRM and sector in _INSURGENT:
                    continue  # a pro-government militia is not "the rebels"
                return a
            if want == "group" and (
                a.sector in _ARMED
                or a.kind
                in (
                    "armed group",
                    "international organization",
                    "non-governmental organization",
                    "political party",
                    "opposition",
                    "paramilitary",
                )
            ):
                return a
            if want == "owner" and (a.country is not None or a.code) and a.kind != "person":
                return a
            if (
                want == "state"
                and a.country is not None
                and sector is not None
                and (a.sector == sector)
            ):
                return a
        if want == "state":
            for a in reversed(recent):
                if a.span is None or a.span.start >= before:
                    continue
                if a.country is not None and a.kind in _STATEISH:
                    return a
        return None

    def same_organ(self, words: str, before: int) -> Actor | None:
        """The last actor with a country named by the same organ ("the ministry", "a ministry
        spokesperson" after "China's foreign ministry"), within the antecedent reach."""
        lowered = words.lower().split()
        organs = _ORGAN_WORDS.intersection(lowered)
        if not organs:
            return None
        # "the security ministry" is not the foreign ministry named before it
        first = min(lowered.index(organ) for organ in organs)
        portfolio = [w for w in lowered[:first] if w not in _ORGAN_DETS]
        for a in reversed(self.out[-_ANTECEDENT_REACH:]):
            if a.span is None or a.span.start >= before or a.country is None:
                continue
            named = a.text.lower().split()
            if not organs.isdisjoint(named) and all(w in named for w in portfolio):
                return a
        return None

    def leader_lookup(self, i: int, j: int, titled: bool) -> tuple[Leader | None, bool]:
        """Resolve a name by the dated table: (row, exact?)."""
        doc = self.doc
        keys = tuple(doc.keys[i:j])
        candidates: list[tuple[int, Sequence[Leader], int]] = []
        for lo in range(i, j):
            hit = doc.hit[lo]
            e = hit.rd.leader if hit else None
            if e is not None and hit is not None and hit.end <= j:
                if e.title_only and not titled:
                    continue
                candidates.append((hit.end - hit.start, e.leaders, lo))
        exact = [rows for length, rows, _ in candidates if length == len(keys)]
        if exact:
            return self.by_date(exact[0], i), True
        if candidates and titled:
            # "Vladimir V. Putin" style runs: a known part of the name decides, as long as the
            # rest of the name does not contradict it ("Captain Mohamed Hussein" is not the
            # late King Hussein).
            length, rows, lo = max(candidates, key=lambda c: c[0])
            leader = self.by_date(rows, lo)
            known = _leader_words(leader)
            others = [w for w in keys if len(w) > 2 and w not in known]
            # a full name known from its first word may go on with a family name:
            # "Sheikh Khalifa bin Zayed Al Nahyan"
            if not others or (lo == i and length >= 2):
                return leader, True
        if not titled:
            return None, False
        # A misspelled surname after a title ("President Emomali Rakhmonto", "President Francois
        # Mitterand"): close to a leader's name word. With a publication date the leader must
        # hold office then; without one, another word of the name must agree as well.
        best: tuple[float, Leader] | None = None
        published = self.published
        for word in keys[-1:]:
            if len(word) < 5:
                continue
            # the spelling test first: it depends on the word alone, so it is memoised
            for leader, likeness in self.close_leaders(word):
                if published is not None and not leader.holds(published):
                    continue
                agree = sum(3 for w in keys if w != word and w in _leader_words(leader))
                if published is None and not agree:
                    continue
                score = likeness + agree
                if best is None or score > best[0]:
                    best = (score, leader)
        return (best[1] if best else None), False

    def close_leaders(self, word: str) -> tuple[tuple[Leader, float], ...]:
        """The leaders (in table order) with an alias word spelt close to ``word`` (a common
        prefix of at least five letters and three quarters of the alias word, or difflib's
        ratio of 0.85), each with the prefix's length plus that ratio."""
        memo = self.tables._close
        found = memo.get(word)
        if found is None:
            close_ones: list[tuple[Leader, float]] = []
            for alias_word, leader in self.tables.fuzzy.get(word[:5], ()):
                n, close = _likeness(word, alias_word)
                if n < max(5, int(0.75 * len(alias_word))) and close < 0.85:
                    continue
                close_ones.append((leader, n + close))
            found = tuple(close_ones)
            if len(memo) >= _CLOSE_MAX:
                memo.clear()  # bounded: a memo of words, not of texts
            memo[word] = found
        return found

    def by_date(self, rows: Sequence[Leader], at: int = -1) -> Leader:
        if self.published is not None:
            for r in rows:
                if r.holds(self.published):
                    if at >= 0 and len(rows) > 1:
                        return self.in_context([x for x in rows if x.holds(self.published)], at)
                    return r
            ended = [r for r in rows if r.end is not None and r.end <= self.published]
            if ended:
                latest = max(ended, key=lambda r: r.end or dt.date.min)
                return replace(latest, sector=Sector.ELI, role="former " + latest.role)
            # before the first term the office is not theirs yet ("Ouattara" in 1995)
            first = min(rows, key=lambda r: r.start or dt.date.min)
            return replace(first, sector=Sector.ELI, role="")
        return max(rows, key=lambda r: r.start or dt.date.min)

    def in_context(self, held: list[Leader], at: int) -> Leader:
        """Of several holders of a name on the date (two King Abdullahs in 2005-2015), the one
        whose title is the word before the name at token ``at``, then the one whose country is
        named nearest in the text; else the first."""
        if len(held) == 1:
            return held[0]
        doc = self.doc
        title = doc.key[at - 1]
        titled = [r for r in held if r.role.rsplit(" ", 1)[-1] == title]
        if len(titled) == 1:
            return titled[0]
        held = titled or held
        countries = {r.country for r in held}
        best: tuple[int, Leader] | None = None
        for k, h in doc.hits.items():  # (in token order)
            e = h.rd.qual
            if e is None or e.kind not in _PLACING or e.country not in countries:
                continue
            d = abs(k - at)
            if best is None or d < best[0]:
                best = (d, next(r for r in held if r.country == e.country))
        return best[1] if best is not None else held[0]

    # -- the grammar --

    def run(self) -> None:
        doc = self.doc
        keys, hit_at, cap, heads = doc.keys, doc.hit_at, doc.cap, doc.heads
        key, hit = doc.key, doc.hit
        n, n_heads = len(keys), len(heads)
        # Most tokens start nothing: visit only those that can (capitalised, in the lexicon, or
        # a word the grammar starts from), in order, skipping past whatever a rule consumed.
        todo = doc.todo
        # "-led" needs a key ending in "-led" (so "-led" or "‐led" in the text) or a key "led":
        # a few searches here, not a test at each capitalised word ("killed" is no such key)
        low = doc.text.lower()
        led = "led" in low and ("-led" in low or "‐led" in low or "led" in keys)
        # person_pattern's "representing" needs such a word somewhere: one test here
        represent = not _REPRESENT.isdisjoint(keys)
        c, m = 0, len(todo)
        while c < m:
            i = todo[c]
            c += 1
            k = keys[i]
            if cap[i] or (k in _DETS and i + 1 < n and cap[i + 1]):
                at = i + 1 if k in _DETS else i
                if led and (
                    key[at].endswith("-led") or (key[at + 1] == "-" and key[at + 2] == "led")
                ):
                    nxt = self.led(at)  # "the Saudi-led coalition", "U.S.-led forces"
                    if nxt > at:
                        c = bisect_left(todo, nxt, c)
                        continue
                # an organisation's name needs a head noun within the next 16 tokens
                b = bisect_left(heads, i)
                if self.acronyms or (b < n_heads and heads[b] <= i + 17):
                    at = i + 1 if k in _DETS else i
                    nxt = self.organisation(at) if at < n else at
                    if nxt == at:
                        nxt = i
                    if nxt > i:
                        c = bisect_left(todo, nxt, c)
                        continue
            if hit_at[i] is not None or k in _STARTERS:
                # phrase's first test, here: most determiners come before an ordinary word
                j = i + 1 if k in _DETS and hit[i] is None else i
                if hit[j] is not None or key[j] in _STARTERS:
                    nxt = self.phrase(i)
                    if nxt > i:
                        c = bisect_left(todo, nxt, c)
                        continue
            if not cap[i] and k not in _HEAD_VERBS:
                continue
            # person_pattern's tests, here: "headed by", or a "representing" within reach
            if (k in _HEAD_VERBS and key[i + 1] == "by") or (
                represent and not _REPRESENT.isdisjoint(keys[i + 2 : i + 6])
            ):
                nxt = self.person_pattern(i)
                if nxt > i + 1:
                    c = bisect_left(todo, nxt, c)

    def phrase(self, i: int) -> int:
        """Try a noun phrase at token i; emit its mentions; return the token after it (or i)."""
        doc = self.doc
        key, hit = doc.key, doc.hit
        det = key[i]
        if det in _DETS and hit[i] is None:
            j = i + 1
        else:
            det = ""  # a name may start with "the": "The Gambia"
            j = i
        pro_gov = False
        ethnic_at = -1
        if key[j] in _STARTERS:
            # (the words the next three tests look for are all starters)
            # "pro-government fighters": an armed head on the state's side is a paramilitary.
            pro_gov = key[j] in _PRO_GOVERNMENT and hit[j + 1] is not None
            if pro_gov:
                j += 1
            # "the main Hutu rebel group": fillers may precede a qualifier.
            if key[j] in _FILLERS:
                pre = 2 if key[j + 1] in _FILLERS else 1
                h = hit[j + pre]
                if h is not None and h.rd.qual:
                    j += pre
            if key[j] == "ethnic":
                ethnic_at, j = j, j + 1
        elif hit[j] is None:
            return i  # a determiner before an ordinary word
        quals: list[_Qual] = []
        while len(quals) < _MAX_QUALS:
            h = hit[j]
            if h is None:
                break
            e = h.rd.qual
            if e is None:
                break
            end = h.end
            start = h.start
            if ethnic_at >= 0 and not quals:
                # "ethnic Albanians": the group, not the state; its country comes from context.
                e = _as_ethnic(e, keep_country=e.kind in _GROUP_KINDS)
                start = ethnic_at
            nh = hit[end]
            ne = nh.rd.qual if nh is not None else None
            if ne is not None and nh is not None and ne.kind in ("ethnic", "ethnic-people"):
                # "Iraqi Kurds", "Turkish Kurd refugees": a demonym places an ethnic group.
                country = ne.country or (e.country if e.kind in _PLACING else None)
                e = replace(
                    ne,
                    country=country,
                    name=doc.words(start, nh.end),
                )
                end = nh.end
            after = key[end]
            poss = after == "'s" or (after == "'" and doc.keys[end - 1][-1:] == "s")
            # (state_name's first tests, here: most qualifiers have no name after them)
            k1 = end + 1 if poss else end
            named = (
                self.state_name(e, start, k1, poss)
                if e.country is not None and hit[k1] is not None
                else None
            )
            if named is not None:
                # "Russia's Federal Security Service", "the Kenyan Red Cross": one mention
                e, end = named
                after = key[end]
                poss = after == "'s" or (after == "'" and doc.keys[end - 1][-1:] == "s")
            quals.append(_new_qual(_Qual, (e, start, end, poss)))
            if poss:
                j = end + 1
                break
            if after in _COORD and after != ",":
                k2 = end + 1
                if key[k2] in ("other", "the", "its"):
                    k2 += 1
                nh = hit[k2]
                if nh is not None and nh.rd.qual is not None:
                    j = k2
                    continue
            j = end
            break
        former = False
        sectors_start: int | None = None
        if key[j] in _FILLERS:
            fill = 2 if key[j + 1] in _FILLERS else 1
            h = hit[j + fill]
            if h is not None and h.rd.sector:
                former = any(key[j + m] in _FORMER for m in range(fill))
                if not quals and not det:
                    sectors_start = j  # "Former President X": the filler opens the phrase
                j += fill
        elif quals and _MODEL_NAME.fullmatch(key[j]) is not None:
            # "Rwandan Mi-17 helicopters", "Russian Su-25 jets": a model name between the
            # qualifier and the noun
            h = hit[j + 1]
            if h is not None and h.rd.sector:
                j += 1
        last_q = quals[-1] if quals else None
        if (
            last_q is not None
            and (
                last_q.possessive
                or last_q.entry.kind == "adjective"
                # an abbreviated name as an adjective: "U.S. combat troops", "UK special forces"
                or (last_q.entry.kind == "country" and last_q.entry.term.replace(".", "").isupper())
            )
            and last_q.entry.kind in _GAP_KINDS
            and hit[j] is None
            and _modifier(key[j])
        ):
            # one unknown modifier between qualifier and head: "Iran's commerce ministry",
            # "French paper workers", "Turkish state media"
            h = hit[j + 1]
            if h is not None and h.rd.sector is not None and not h.rd.name:
                j += 1
        sectors: list[tuple[_Entry, int, int]] = []
        while len(sectors) < _MAX_SECTORS:
            h = hit[j]
            if h is None:
                break
            e = h.rd.sector
            if e is None or (h.rd.name and quals):
                break
            sectors.append((e, h.start, h.end))
            j = h.end
        if not quals and not sectors:
            return i
        if not sectors:
            return self.bare_qualifiers(quals, i)
        if sectors_start is not None:
            sectors[0] = (sectors[0][0], sectors_start, sectors[0][2])
        head = sectors[-1][0]
        top = len(sectors) - 1
        if head.role == "title":
            # stacked titles: the first is the office, a later one an honorific or a rank
            # ("opposition leader Maulana X" OPP, "Defence Minister General X" GOV)
            while top > 0 and sectors[top - 1][0].role == "title":
                top -= 1
        office = sectors[top][0]
        sector = office.sector
        label = office.label
        if office.role in _GENERIC_ROLES:
            for e, _, _ in reversed(sectors[:top]):
                if e.role not in _GENERIC_ROLES:
                    sector, label = e.sector, e.label
                    break
        if former and sector in (_GOV, _MIL):
            sector, label = _ELI, "former official"
        if pro_gov and sector in _ARMED:
            sector, label = Sector.PRM, "paramilitary"
        # A name after a title or a person noun: "President Emomali Rakhmon".
        name_end = j
        if head.role in _GENERIC_ROLES and doc.is_name_token(j):
            name_end = doc.name_run(j)
            if name_end > j and doc.hit[j] is not None and doc.hit[j].rd.leader is None:  # type: ignore[union-attr]
                name_end = j
        # "... of Afghanistan": a country after the head.
        of_country: _Qual | None = None
        k = name_end
        if doc.key[k] == "of":
            k2 = k + 2 if doc.key[k + 1] == "the" else k + 1
            oh = doc.hit[k2]
            oe = oh.rd.first("country") if oh else None
            if oh is not None and oe is not None:
                of_country = _Qual(oe, oh.start, oh.end, False)
        end = of_country.end if of_country else name_end
        first_tok = quals[0].start if quals else sectors[0][1]
        # Which actor does the phrase stand for?
        owner = quals[-1].entry if quals else (of_country.entry if of_country else None)
        if owner is None:
            return self.unqualified(i, det, sectors, sector, label, name_end, end, first_tok)
        # Coordinated qualifiers ahead of the last one take the shared head ("American and
        # other NATO troops": "American" is USAMIL).
        for q in quals[:-1]:
            self.emit_owned(q.start, q.end, q.entry, sector, label, None)
        person = None
        if name_end > j:
            person = (j, name_end)
        elif owner.kind in _GROUP_KINDS and owner.country is None:
            pp = self.attach(end)  # "Druze inhabitants of the Syrian Golan Heights"
            if pp is not None:
                end, owner = pp[0], replace(owner, country=pp[1])
        self.emit_owned(
            quals[-1].start if quals else first_tok,
            end,
            owner,
            sector,
            label,
            person,
            head_is_title=head.role == "title",
        )
        return end

    def state_name(self, e: _Entry, i: int, k: int, poss: bool) -> tuple[_Entry, int] | None:
        """A state's own group or organisation at token k after its demonym or possessive at i
        ("Iran's Revolutionary Guards", "Lebanese Hezbollah"), or a national branch of an
        international NGO ("the Kenyan Red Cross" KENNGO): (the reading, its end token). A
        group of another country stays apart ("Iran's Hezbollah allies")."""
        if e.country is None or e.kind not in ("adjective", "country", "capital"):
            return None
        h = self.doc.hit[k]
        ne = h.rd.name if h is not None else None
        if h is None or ne is None:
            return None
        if ne.country is None and ne.sector == Sector.NGO and (e.kind != "capital" or poss):
            name = self.doc.words(i, h.end)
            code = _make_code(e.country, ne.sector)
            return replace(ne, name=name, country=e.country, code=code), h.end
        if ne.country == e.country and (e.kind == "adjective" or poss):
            return ne, h.end
        return None

    def emit_owned(
        self,
        i: int,
        j: int,
        owner: _Entry,
        sector: Sector | None,
        label: str,
        person: tuple[int, int] | None,
        head_is_title: bool = False,
    ) -> None:
        """Emit a phrase headed by a sector noun and owned by a country, group or org."""
        doc = self.doc
        if owner.kind == "leader":
            row = self.by_date(owner.leaders, i)
            country, code_base = row.country, row.code
            name = row.name
            if row.sector in _ARMED and (
                sector is None or sector in _ARMED or sector in _STATE_SECTORS
            ):
                # a rebel or militia leader's forces or officials are on his side, not the
                # state's: "Kabila's forces" in 1997 (AFDL) CODREB
                sector = row.sector
            code = code_base or _make_code(country, sector)
            self.emit(i, j, name, country, sector, code, label)
            return
        if owner.kind == "name":
            # A group or organisation keeps its own code whatever noun follows it.
            name, country, osector, code, kind = (
                owner.name,
                owner.country,
                owner.sector,
                owner.code,
                owner.label,
            )
            if person is not None:
                name = doc.words(person[0], person[1])
                kind = "person"
            self.emit(i, j, name, country, osector, code, kind)
            return
        country = owner.country
        if owner.kind in ("ethnic", "ethnic-people"):
            name = f"{owner.name} {label}"
            self.emit(i, j, name, country, sector, _make_code(country, sector), label)
            return
        if owner.kind == "seat" and sector is None:
            sector = owner.sector
        if person is not None:
            found, _ = self.leader_lookup(person[0], person[1], True)
            pname = doc.words(person[0], person[1])
            if found is not None and found.country == country:
                pname = found.name
            self.emit(i, j, pname, country, sector, _make_code(country, sector), "person")
            return
        name = f"{self.country_name(country)} {label}".strip()
        self.emit(i, j, name, country, sector, _make_code(country, sector), label)

    def unqualified(
        self,
        i: int,
        det: str,
        sectors: list[tuple[_Entry, int, int]],
        sector: Sector | None,
        label: str,
        name_end: int,
        end: int,
        first_tok: int,
    ) -> int:
        doc = self.doc
        head = sectors[-1][0]
        j = sectors[-1][2]
        start = sectors[0][1]
        if name_end > j:
            # A title and a name: "President Putin", "President Emomali Rakhmonto".
            row, _exact = self.leader_lookup(j, name_end, True)
            pname = doc.words(j, name_end)
            if row is not None:
                # out of office, unless the title names an office the table does not list yet
                # ("Prime Minister Alassane Ouattara" in 1992, before his presidency)
                early = self.published is not None and self.published < (row.start or dt.date.min)
                sec = _ELI if row.sector == _ELI and not early else sector
                code = row.code or _make_code(row.country, sec)
                self.emit(start, end, row.name, row.country, sec, code, "person")
            else:
                self.emit(start, end, pname, None, sector, _make_code(None, sector), "person")
            return end
        if head.role == "title" and not det:
            return i
        # A bare people noun names an actor unless it modifies a noun ("police station").
        # (loops, not any() over generators: most phrases have one or two sector nouns)
        strong = False
        for e, _, _ in sectors:
            if e.role in _STRONG_ROLES:
                strong = doc.key[end] not in _ATTRIBUTIVE_NEXT or sectors[-1][0].sector in _ARMED
                break
        gov_mod = False
        for e, _, _ in sectors[:-1]:
            if e.sector == _GOV:
                gov_mod = True
                break
        # a head noun that names an actor once a place follows: "Opposition parties in Togo"
        # (not weapons or forces, "fighter jets from Washington", nor a place: "outside
        # parliament in Nairobi")
        ruled = head.role == "head" and sector != _MIL and doc.key[start - 1] not in _LOCATIVE
        before = doc.starts[start]
        if det not in _POSSESSIVE_DETS and sector != _UNK and (strong or det or gov_mod or ruled):
            pp = self.attach(end)
            if pp is not None:
                pp_end, pp_country = pp
                name = f"{self.country_name(pp_country)} {label}"
                code = _make_code(pp_country, sector)
                self.emit(start, pp_end, name, pp_country, sector, code, label)
                return pp_end
        if det in _POSSESSIVE_DETS and doc.key[end - 1] in _RELATIONAL:
            return end  # "its treaty ally", "their neighbours": not the owner's own
        if det in _POSSESSIVE_DETS:
            owner = self.antecedent("owner", None, before)
            if owner is not None:
                if owner.country is not None and owner.kind in _STATEISH:  # (which has "state")
                    self.emit(
                        start,
                        end,
                        f"{self.country_name(owner.country)} {label}",
                        owner.country,
                        sector,
                        _make_code(owner.country, sector),
                        label,
                    )
                else:
                    self.emit_like(start, end, owner)
                return end
        # ("the head of MONUSCO": the "of" phrase names whose head, not an earlier actor)
        if (det == "the" or gov_mod or det in _POSSESSIVE_DETS) and doc.key[end] != "of":
            if sector in _ARMED or sector == _UNK:
                ante = self.antecedent("armed" if sector in _ARMED else "group", sector, before)
                if ante is not None:
                    self.emit_like(start, end, ante)
                    return end
                if sector == _UNK:
                    return self.called(end, (start, sector, label)) or end
            elif sector in _STATE_SECTORS and doc.key[end - 1] != "authorities":
                ante = self.same_organ(doc.words(start, end), before) or self.antecedent(
                    "state", sector, before
                )
                if ante is not None:
                    self.emit(
                        start,
                        end,
                        f"{self.country_name(ante.country)} {label}",
                        ante.country,
                        sector,
                        _make_code(ante.country, sector),
                        label,
                    )
                    return end
        if sector == _UNK:
            return self.called(end, (start, sector, label)) or end
        attributive = doc.key[end] in _ATTRIBUTIVE_NEXT and sector not in _ARMED
        # ("a journalist", "a soldier": one person of a sector, named with an indefinite article)
        one = det in ("a", "an") and sector in _PERSON_SECTORS
        if (strong or det == "the" or gov_mod or one) and not attributive:
            self.emit(
                start,
                end,
                label if label != "group" else head.term,
                None,
                sector,
                _make_code(None, sector),
                label,
            )
            if sector in _ARMED:
                self.called(end, (start, sector, label))
        return end

    def led(self, i: int) -> int:
        """'the Saudi-led coalition', 'U.S.-led forces', 'a NATO-led force': the force of the
        state or body that leads it (a "-backed" force is not its backer's). The token after
        the mention, or i."""
        doc = self.doc
        tok = doc.toks[i]
        if doc.keys[i].endswith("-led"):
            prefix = tok[:-4]
            plan = self.tables._single.get(_key(prefix))
            if plan is None:
                return i
            entries = tuple(
                e
                for e in plan[0].entries
                if e.case == _ANY
                or (e.case == _CAP and prefix[:1].isupper())
                or (e.case == _EXACT and e.term == prefix)
            )
            owner = _find_qual_entry(entries)
            j = i + 1
        else:
            h = doc.hit[i]
            if h is None or h.end != i + 1:
                return i
            owner, j = h.rd.qual, i + 3
        if owner is None or owner.kind not in _LED_KINDS or owner.code is None:
            return i
        # the head, after up to two modifiers: "the U.S.-led international coalition"
        m, head_end, head = j, 0, None
        while m <= j + 2:
            h = doc.hit[m]
            k = doc.key[m]
            if h is not None and h.rd.sector is not None and not h.rd.name:
                head_end, head = h.end, h.rd.sector
                break
            if k in _LED_HEADS:
                head_end = m + 1
                break
            q = h.rd.qual if h is not None else None
            if q is not None and h is not None and q.kind in ("adjective", "ethnic"):
                m = h.end
            elif h is None and _modifier(k):
                m += 1
            else:
                break
        if not head_end:
            return i
        if owner.kind == "name" and owner.country is None:
            # an international body's force keeps its code ("NATO-led troops" IGONAT)
            self.emit(i, head_end, owner.name, None, owner.sector, owner.code, owner.label)
            return head_end
        country = owner.country
        if head is not None:
            sector, label = head.sector, head.label
        elif owner.kind == "name":
            sector, label = owner.sector, owner.label  # a group's coalition: its own kind
        else:
            sector, label = _MIL, "military"  # a coalition a state leads is a military one
        name = f"{self.country_name(country)} {label}"
        self.emit(i, head_end, name, country, sector, _make_code(country, sector), label)
        return head_end

    def org_span(self, i: int) -> tuple[int, int, str | None, Sector, str] | None:
        """An unknown organisation's name at token i: (start, end, country, sector, kind).

        A capitalised run (linked by of/for/the/and) holding a head noun such as Party, Front,
        Committee or Company, with at least one word the tables do not know; a lower-case head
        may follow the run ("the Umma (Nation) party"). A demonym or capital inside the run gives
        the country ("Kenya Anti-Corruption Commission", "United Bus Company of Tehran").
        """
        doc = self.doc
        keys, n = doc.keys, len(doc.keys)
        b = bisect_left(doc.heads, i)
        if b == len(doc.heads) or doc.heads[b] > i + 16:
            return None  # no head noun within reach
        if (
            not doc.is_name_token(i)
            or keys[i] in _DETS
            or (i > 0 and doc.is_name_token(i - 1) and not doc.sentence_initial(i - 1))
        ):
            return None
        first = doc.hit_at[i]
        if (
            first is not None
            and first.rd.sector is not None
            and keys[i] not in _ORG_HEADS
            # ("General Directorate of Migration": an adjective, not the military title)
            and not (keys[i] == "general" and keys[i + 1 : i + 2] and keys[i + 1] in _ORG_HEADS)
        ):
            return None  # "Leaders of ...": a head noun with a modifier, not a name
        j, last = i, i
        country: str | None = None
        head = -1
        unknown = 0
        while j < n and j - i < 14:
            k = keys[j]
            if doc.is_name_token(j):
                h = doc.hit_at[j]
                if h is not None and h.start == j and h.rd.first("name", "leader") is not None:
                    return None  # a known name inside: let the tables speak
                q = h.rd.qual if h is not None and h.start == j else None
                if q is not None and q.kind == "seat" and k in _ORG_HEADS:
                    q = None  # "Nigeria Labour Congress" is no seat of the US Congress
                if q is not None and q.country is not None and h is not None:
                    country = country or q.country
                    j = last = h.end
                    continue
                if k in _ORG_HEADS:
                    head = j
                elif h is None and len(k) > 1 and k not in _DETS:
                    unknown += 1
                j = last = j + 1
            elif (
                k in _ORG_LINKS
                and j > i
                and (
                    doc.is_name_token(j + 1)
                    or (keys[j + 1 : j + 2] == ["the"] and doc.is_name_token(j + 2))
                )
            ):
                j += 1
            elif (
                k == "("
                and j + 2 < n
                and keys[j + 2] == ")"
                and doc.is_name_token(j + 1)
                and (doc.is_name_token(j + 3) or doc.key[j + 3] in _ORG_LOWER_HEADS)
            ):
                j = last = j + 3  # a gloss inside the name: "Umma (Nation) party"
                unknown += 1
            else:
                break
        end = last
        if head < 0:
            for t in (end, end + 1):
                if doc.key[t] in _ORG_LOWER_HEADS and not doc.cap[t]:
                    head, end = t, t + 1
                    break
                if doc.cap[t] if t < n else True:
                    break
        if head < 0 or unknown == 0 or end - i < 2:
            return None
        sector, kind = _ORG_HEADS[keys[head]]
        if country is not None and keys[head] in _ORG_STATE_HEADS:
            sector, kind = Sector.MIL, "military"
        elif keys[head] in _TOPIC_HEADS:
            # what the body works for: "Nigeria Labour Congress" LAB, "Egyptian Organisation
            # for Human Rights" HRI
            for t in range(i, end):
                topic = _ORG_TOPICS.get(keys[t])
                if topic is not None and (topic[0] == Sector.LAB or doc.key[t + 1] == "rights"):
                    sector, kind = topic
                    break
        return i, end, country, sector, kind

    def head_near(self, i: int) -> bool:
        """Is an organisation head noun within the next 16 tokens?"""
        heads = self.doc.heads
        b = bisect_left(heads, i)
        return b < len(heads) and heads[b] <= i + 17

    def organisation(self, i: int) -> int:
        """Emit an unknown organisation (and its acronym) at token i; the token after it or i."""
        doc = self.doc
        known = self.acronyms.get(doc.toks[i])
        if known is not None and doc.hit_at[i] is None:
            self.emit(i, i + 1, known.name, known.country, known.sector, known.code, known.kind)
            return i + 1
        if doc.hit_at[i] is not None and doc.hit_at[i].rd.first("name", "leader"):  # type: ignore[union-attr]
            return i
        org = self.org_span(i)
        if org is None:
            return i
        s, e, country, sector, kind = org
        if country is None and s >= 2 and doc.key[s - 1] in _POSSESSIVE_KEYS:
            # "Haiti's Transitional Presidential Council": the state whose body it is
            owner = doc.hit[s - 2]
            qual = owner.rd.qual if owner is not None and owner.end == s - 1 else None
            if qual is not None and qual.kind == "country" and qual.country is not None:
                country = qual.country
        if sector in _ARMED and doc.key[s - 1] in _PRO_GOVERNMENT:
            sector, kind = Sector.PRM, "paramilitary"  # "the pro-government Kamajor militia"
        name = doc.words(s, e)
        acronym = doc.key[e] == "(" and doc.key[e + 2] == ")"
        if acronym:
            # "The International Labor Office (ILO)": an acronym the tables know names it
            hit = doc.hit_at[e + 1]
            row = hit.rd.first("name") if hit is not None and hit.end == e + 2 else None
            if row is not None:
                self.emit(s, e, row.name, row.country, row.sector, row.code, row.label)
                return e
        actor = self.emit(s, e, name, country, sector, _make_code(country, sector), kind)
        if acronym:
            acr = doc.toks[e + 1]
            if _ACRONYM.fullmatch(acr):
                self.emit_like(e + 1, e + 2, actor)
                self.acronyms[acr] = actor
                return e + 3
        return e

    def attach(self, k: int) -> tuple[int, str] | None:
        """A phrase after a country-less head that places it: "rebels in Darfur", "Doctors from
        two American aid groups", "workers of the United Bus Company of Tehran".

        Returns (end token, country) or None.
        """
        doc = self.doc
        if doc.key[k] not in _PP_PREPS:
            return None
        m = k + 1
        while m < k + 3 and (doc.key[m] in _PP_SKIP or doc.key[m].isdigit()):
            m += 1
        hit = doc.hit[m]
        e = hit.rd.qual if hit is not None else None
        if hit is None or e is None:
            org = self.org_span(m) if doc.is_name_token(m) else None
            if org is None or org[2] is None:
                return None
            return org[1], org[2]
        if e.country is None or e.kind in ("leader", "name") or doc.glued(hit.start, hit.end):
            return None  # a known group after "of" is an actor of its own
        end = hit.end
        if e.kind in ("adjective", "ethnic"):
            # The demonym's own noun: "American aid groups", "the Syrian Golan Heights".
            stop = end
            for t in range(end, min(end + 3, len(doc.keys))):
                h = doc.hit[t]
                if h is not None:
                    if h.rd.first("sector", "region") is not None:
                        stop = h.end
                    break
                if doc.is_name_token(t):
                    stop = t + 1
                    continue
                if doc.cap[t] or not doc.keys[t].isalpha():
                    break
            if stop == end:
                return None
            end = stop
        return end, e.country

    def called(self, k: int, noun: tuple[int, Sector | None, str] | None) -> int:
        """'a group calling itself X': return X as an actor; the token after it (or 0)."""
        doc = self.doc
        for words in _CALLED:
            if all(doc.key[k + m] == w for m, w in enumerate(words)):
                s = k + len(words)
                if doc.key[s] in ('"', "“", "'", "‘"):
                    s += 1
                if doc.key[s] == "the":
                    s += 1
                e = s
                while (
                    e < len(doc.keys)
                    and e - s < 8
                    and (
                        doc.is_name_token(e)
                        or (doc.key[e] in ("of", "for", "the", "and") and doc.is_name_token(e + 1))
                    )
                ):
                    e += 1
                if e > s:
                    hit = doc.hit[s]
                    known = hit.rd.name if hit and hit.end == e else None
                    if known is not None:
                        self.emit(
                            s, e, known.name, known.country, known.sector, known.code, known.label
                        )
                    else:
                        sector = noun[1] if noun else None
                        sector = Sector.UAF if sector in (None, Sector.UNK) else sector
                        self.emit(
                            s,
                            e,
                            doc.words(s, e),
                            None,
                            sector,
                            _make_code(None, sector),
                            "armed group",
                        )
                    return e
        return 0

    def bare_qualifiers(self, quals: list[_Qual], i: int) -> int:
        """Qualifiers with no sector noun: countries, groups, orgs, leaders stand alone."""
        doc = self.doc
        last = i
        for q in quals:
            last = q.end + (1 if q.possessive else 0)
            e = q.entry
            kind = e.kind
            if kind == "name":
                if _symbol_after(doc.key, q.end):
                    continue  # "waving European Union and Georgian flags": the flag, no actor
                if (
                    q.start > 0
                    and doc.key[q.start - 1] in _LOCATIVE
                    and _country_of_term(doc.words(q.start, q.end), "capital", self.tables)
                ):
                    continue  # "met in Brussels": the city, not the EU it may stand for
                self.emit(q.start, q.end, e.name, e.country, e.sector, e.code, e.label)
                continue
            if kind == "region":
                continue  # a region names a place, never an actor by itself
            if kind in ("adjective", "ethnic") and e.country is not None and len(quals) == 1:
                # "an Indian proposal", "French mediation", "a Senegalese peace plan".
                nxt = q.end
                if nxt < len(doc.keys) and doc.key[nxt] not in _AGENTIVE and not doc.cap[nxt]:
                    nxt += 1  # one modifier between: "a Senegalese peace plan"
                if doc.key[nxt] in _AGENTIVE and not doc.glued(q.start, q.end):
                    name = self.country_name(e.country)
                    self.emit(q.start, q.end, name, e.country, None, e.country, "state")
                    continue
            if kind in ("people", "ethnic-people") and not doc.glued(q.start, q.end):
                end, country = q.end, e.country
                if country is None or doc.key[q.end] == "of":
                    # "the Albanians of southern Serbia": the people of a place.
                    pp = self.attach(q.end)
                    if pp is not None:
                        end, country = pp
                last = max(last, end)
                name = e.name if kind == "ethnic-people" else self.country_name(country)
                group = "ethnic group" if kind == "ethnic-people" else "people"
                if kind == "ethnic-people" and e.sector is not None:
                    # a movement named as a people: "Maoists" INS, INDINS "in India"
                    code = _make_code(country, e.sector)
                    label = "armed group" if e.sector in _ARMED else group
                    self.emit(q.start, end, name, country, e.sector, code, label)
                    continue
                self.emit(q.start, end, name, country, None, country, group)
                continue
            if kind == "ethnic":
                continue
            if kind == "adjective":
                # "the French said", "a Palestinian was killed": a demonym used as a noun.
                if doc.key[i] in _DETS and len(quals) == 1 and doc.key[q.end] in _AFTER_NOUN:
                    self.emit_people(q.start, q.end, e.country)
                continue
            if doc.glued(q.start, q.end):
                continue
            q_end = q.end
            if kind == "leader" and q.end - q.start >= 2:
                # a full name known from its first words goes on with a family name ("Sheikh
                # Ahmed Yassin Al-Qassam", "Zayed bin Sultan Al Nahyan"): one mention
                q_end = self.name_tail(q.end)
                if q_end > q.end:
                    q = q._replace(end=q_end)
                    last = max(last, q_end)
            if not self.standalone_ok(q.start, q.end, e):
                continue
            if e.kind == "leader":
                row = self.by_date(e.leaders, q.start)
                code = row.code or _make_code(row.country, row.sector)
                self.emit(q.start, q.end, row.name, row.country, row.sector, code, "person")
            elif e.kind == "people":
                self.emit_people(q.start, q.end, e.country)
            elif e.kind == "seat":
                self.emit(
                    q.start,
                    q.end,
                    f"{self.country_name(e.country)} {e.label}",
                    e.country,
                    e.sector,
                    e.code,
                    e.label,
                )
            else:
                self.emit(
                    q.start,
                    q.end,
                    self.country_name(e.country),
                    e.country,
                    None,
                    e.country,
                    "state",
                )
        return max(last, i + 1)

    def name_tail(self, j: int) -> int:
        """End of the name words (and particles) going on at token j, at most 4; j if none,
        or if they end before a place noun ("Sheikh Zayed Road")."""
        doc = self.doc
        k = j
        while k - j < 4:
            h = doc.hit[k]
            if h is not None and h.rd.qual is not None and h.rd.leader is None:
                break  # another actor or place: "Mullah Omar Afghanistan"
            if doc.key[k] in _NAMED_AFTER_PERSON:
                return j  # "Sheikh Zayed Road", "Sheikh Zayed Grand Mosque"
            if doc.is_name_token(k) or (doc.key[k] in _PARTICLES and doc.is_name_token(k + 1)):
                k += 1
            else:
                break
        return j if doc.key[k] in _NAMED_AFTER_PERSON else k

    def listed_place(self, p: int) -> bool:
        """Is the "and"/"or" at token p the link of a list of countries or capitals opened
        by a locative word ("in Geneva and Vienna", "in Iraq, Syria and Lebanon")?"""
        doc = self.doc
        comma = False
        for _ in range(4):
            comma = comma or doc.key[p] == ","
            s = next((s for s in range(p - 1, p - 5, -1) if s >= 0 and doc.hit[s]), -1)
            h = doc.hit[s] if s >= 0 else None
            e = h.rd.qual if h is not None and h.end == p else None
            if e is None and doc.key[p] != ",":
                # a place the actor tables do not know: "in Geneva and Vienna"
                s = p
                while s > p - 3 and doc.cap[s - 1] and not doc.sentence_initial(s - 1):
                    s -= 1
                if s == p or doc.hit_at[s] is not None:
                    return False
            elif e is None or e.kind not in ("country", "capital"):
                return False
            b = s - 2 if doc.key[s - 1] in _CITY_PARTS or doc.key[s - 1] == "the" else s - 1
            before = doc.key[b]
            if before in _LOCATIVE:
                # "In Iraq, Iran and the US agreed": a comma after an opening place phrase
                return not (comma and doc.sentence_initial(b))
            if before not in _COORD:
                return False
            p = s - 1
        return False

    def standalone_ok(self, i: int, j: int, e: _Entry) -> bool:
        """Is a bare country, capital or leader name an actor here (not a place or a name)?"""
        doc = self.doc
        if e.kind == "leader" and e.title_only:
            return False
        nxt = doc.key[j]
        # Inside a longer proper name: "Jordan Peterson", "Sher Mohammad Abbas Stanikzai".
        if j < len(doc.keys) and doc.is_name_token(j) and doc.hit[j] is None:
            return False
        if (
            i > 0
            and doc.is_name_token(i - 1)
            and doc.hit[i - 1] is None
            and not doc.sentence_initial(i - 1)
        ):
            return False
        if e.kind == "people":
            return True
        if nxt in _PLACE_NOUNS:
            return False
        if e.kind == "leader":
            return True
        prev = doc.key[i - 1]
        prev2 = doc.key[i - 2]
        if e.kind == "capital" and prev in _CITY_PARTS:
            return False  # "occupied central Bangkok", "downtown Kabul": part of the city
        if (
            (prev in ("and", "or") or (prev == "," and nxt in _COORD))
            and not (nxt.isalpha() and nxt in _AFTER_NOUN)  # "... and Moscow said"
            and self.listed_place(i - 1)
        ):
            return False  # "met in Baghdad and Damascus": the list's places share the "in"
        if prev in (
            "the",
            "neighbouring",
            "neighboring",
            "war-torn",
            "northern",
            "southern",
            "eastern",
            "western",
            "central",
            "northeastern",
            "northwestern",
            "southeastern",
            "southwestern",
        ):
            prev, prev2 = prev2, doc.key[i - 3]
        if prev in _LOCATIVE and nxt not in _POSSESSIVE_KEYS:
            return False  # "in Greece" is a place; "in Greece's biggest scandal" names Greece
        if prev in ("to", "from") and prev2 in _MOTION:
            return False
        if prev == "with" and prev2 in _PLACE_NOUNS:
            return False
        if e.kind == "capital":
            if prev in _CAPITAL_BLOCK or nxt in _NAMED_AFTER_CITY:
                return False  # "the Minsk agreements", "the Doha talks": named after a city
            if (
                doc.sentence_initial(i)
                and nxt == ","
                and doc.key[j + 1] not in ("which", "who", "whose", "where")
            ):
                return False  # a dateline: "KABUL, July 7 (Reuters) -" (not "Paris, which ...")
        return True

    def person_pattern(self, i: int) -> int:
        """People tied to an actor by a verb: "X was headed by NAME", "NAME representing X"."""
        doc = self.doc
        k = doc.key[i]
        if k in _HEAD_VERBS and doc.key[i + 1] == "by":
            s = i + 2
            e = doc.name_run(s)
            if e - s >= 2 or (e > s and doc.hit[s] is not None):
                owner = self.recent_actor(doc.starts[i], 12)
                if owner is not None:
                    self.emit_person(s, e, owner)
                    return e
            return i
        if doc.is_name_token(i) and doc.hit[i] is None and (i == 0 or not doc.is_name_token(i - 1)):
            e = doc.name_run(i)
            if e - i >= 2 and doc.key[e] in _REPRESENT:
                before = len(self.out)
                after = self.phrase(e + 1)
                if after > e + 1 and len(self.out) > before:
                    owner = self.out[before]
                    self.emit_person(i, e, owner)
                    self.sort_from(before)
                    return after
        return i

    def sort_from(self, before: int) -> None:
        """Put the actors emitted from index ``before`` on in span order, as a stable sort of
        the whole list would. The list before them is checked once per text (from where the
        last call left it ordered), so a long text with many such people stays linear."""
        out = self.out
        checked = max(self.ordered - 1, 0)
        # (every emitted actor has a span: _SPAN_KEY reads it in C; a list is out of order
        # where it differs from its sorted copy)
        spans = list(map(_SPAN_KEY, out[checked:before]))
        if spans != sorted(spans):
            out.sort(key=_SPAN_KEY)
        else:
            new = sorted(out[before:], key=_SPAN_KEY)
            del out[before:]
            for actor in new:
                bisect.insort_right(out, actor, key=_SPAN_KEY)
        self.ordered = len(out)

    def recent_actor(self, before: int, max_tokens: int) -> Actor | None:
        if not self.out:
            return None
        a = self.out[-1]
        if a.span is None or a.span.end > before:
            return None
        gap = self.doc.text[a.span.end : before]
        if len(gap) > 8 * max_tokens or any(c in gap for c in ".!?\n"):
            return None
        return a

    def emit_person(self, i: int, j: int, owner: Actor) -> None:
        row, _ = self.leader_lookup(i, j, False)
        name = row.name if row is not None else self.doc.words(i, j)
        self.emit(i, j, name, owner.country, owner.sector, owner.code, owner.kind)


_CLOSE_MAX: Final = 4096


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _leader_words(leader: Leader) -> frozenset[str]:
    return _name_words(leader.name)


@functools.lru_cache(maxsize=1024)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(_term_keys(name))


@functools.lru_cache(maxsize=4096)
def _likeness(word: str, alias_word: str) -> tuple[int, float]:
    """How alike two name words are: the common prefix's length and difflib's ratio (cached:
    a misspelled name recurs across texts)."""
    return _common_prefix(word, alias_word), difflib.SequenceMatcher(None, word, alias_word).ratio()


def find_actors(
    text: str, *, published: dt.date | None = None, tables: ActorTables | None = None
) -> tuple[Actor, ...]:
    """Find the actors mentioned in ``text``, coded, sorted by span.

    ``published`` (the article's date) resolves bare names of office holders ("Putin") by the
    dated leaders table; ``tables`` defaults to the packaged dictionary.

    >>> [(a.text, a.code) for a in find_actors("Afghan soldiers fled as the Taliban advanced.")]
    [('Afghan soldiers', 'AFGMIL'), ('Taliban', 'AFGINS')]
    >>> import datetime
    >>> a = find_actors("President Putin called", published=datetime.date(2021, 7, 7))[0]
    >>> a.name, a.code
    ('Vladimir Putin', 'RUSGOV')
    """
    if not isinstance(text, str):
        raise ArgumentTypeError("text", "str", text)
    if published is not None and (
        not isinstance(published, dt.date) or isinstance(published, dt.datetime)
    ):
        raise ArgumentTypeError("published", "datetime.date or None", published)
    tables = tables if tables is not None else _default_tables()
    parser = _Parser(_Doc(text, tables), tables, published)
    parser.run()
    # Sorted by span, the first actor of each span kept (every emitted actor has a span). In C:
    # a dict built from the sorted pairs backwards keeps each span's first actor (written last)
    # at the place of its span's last pair, so its values read backwards are in span order.
    found = parser.out
    by_span = sorted(zip(map(_SPAN_KEY, found), found, strict=True), key=_FIRST)
    out = tuple(reversed(dict(reversed(by_span)).values()))
    if any(text.endswith("of ", 0, a.span.start) for a in out if a.span is not None):
        # "the Sea of Japan", "the Gulf of Oman": a sea, not the state
        out = tuple(
            a
            for a in out
            if a.span is None
            or not text.endswith("of ", 0, a.span.start)
            or not _WATER_OF.search(text, max(0, a.span.start - 12), a.span.start)
        )
    if any(a.kind == "person" for a in out):
        out = _people_again(text, out)
        out = _titled_members(text, out)
    return out


# Titles that, right after an organisation's name, make a person its officer: "Liberal Party
# president Rolando Mejía" leads the party, not the state.
_MEMBER_TITLES: Final = frozenset(
    "president leader chairman chairwoman chair head chief spokesman spokeswoman spokesperson "
    "secretary-general founder coordinator candidate deputy vice-president".split()
)
_NOT_ORGANISATIONS: Final = frozenset({"state", "person", "place", "government"})


def _titled_members(text: str, found: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """A person named with a lower-case title right after an organisation ("Liberal Party
    president Rolando Mejía", "Hamas leader X") belongs to that organisation."""
    out = list(found)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (
            b.kind == "person"
            and a.span is not None
            and b.span is not None
            and b.span.start == a.span.end + 1
            and text[a.span.end] == " "
            and (a.kind or "") not in _NOT_ORGANISATIONS
            and a.sector is not None
            and b.text.split(" ", 1)[0] in _MEMBER_TITLES
        ):
            out[i] = replace(b, sector=a.sector, country=a.country, code=a.code)
    return tuple(out)


# Sectors whose singular noun after "a" names one person: "a journalist", "a soldier".
_PERSON_SECTORS: Final = frozenset(
    {Sector.JRN, Sector.MED, Sector.EDU, Sector.CVL, Sector.MIL, Sector.COP, Sector.HRI}
)


# Organs a text names again without their country: "the ministry said".
_ORGAN_WORDS: Final = frozenset({"ministry", "embassy", "consulate", "navy", "cabinet"})
_ORGAN_DETS: Final = frozenset({"the", "a", "an", "this", "that"})


# Words that end a person's title and may stand for the person ("foreign minister", "army chief").
_OFFICE_NOUNS: Final = frozenset(
    "minister president premier chancellor secretary spokesman spokeswoman spokesperson "
    "chief commander leader governor mayor envoy ambassador king queen emir general".split()
)


def _people_again(text: str, found: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """Later mentions of the people a text names with a title, read as those people.

    A titled person whose country the title does not give takes the country of the nearest
    earlier mention of the same office ("Kazakhstan's foreign minister signed ... Foreign
    Minister Yerlan Abdrakhmanov arrived"), and the family name alone, later on, is that person
    ("President Hector Villalba declared ... Villalba rejected"). Wire copy introduces people
    this way; a name already read as another actor is left as it is. One pass over the text
    for all family names, so a long text stays linear.
    """
    out = list(found)
    first: dict[str, Actor] = {}  # family name -> the first person named with it
    for index, person in enumerate(found):
        if person.kind != "person" or person.span is None or " " not in person.name:
            continue
        name_at = len(person.text) - len(person.name)
        if person.country is None and name_at > 0 and person.text.endswith(person.name):
            office = person.text[:name_at].lower().split()
            if office and office[-1] in _OFFICE_NOUNS:
                earlier = found[max(0, index - _ANTECEDENT_REACH) : index]  # (bounded: linear)
                person = _office_country(earlier, " ".join(office[-2:]), person)
                out[index] = person
        surname = person.name.rsplit(" ", 1)[1]
        if len(surname) >= 3 and surname.isalpha() and surname[0].isupper():
            first.setdefault(surname, person)
    if not first:
        return tuple(out)
    # (not part of another name: no capitalised word just before or after it)
    names = "|".join(regex.escape(name) for name in sorted(first, key=len, reverse=True))
    again = regex.compile(rf"(?<![\w-])(?<!\b[A-Z][\w'-]{{0,20}}\s)(?:{names})\b(?!-|\s[A-Z])")
    starts = [a.span.start for a in found if a.span is not None]
    ends = [a.span.end for a in found if a.span is not None]
    added = False
    for match in again.finditer(text):
        start, end = match.span()
        person = first[match.group()]
        if person.span is None or start < person.span.end:
            continue  # only after the person is introduced
        # (spans in found are sorted and do not nest much: the one starting last before the
        # match's end is the one that may overlap it)
        k = bisect_left(starts, end) - 1
        if k >= 0 and ends[k] > start:
            continue
        out.append(replace(person, text=match.group(), span=Span(start, end)))
        added = True
    if added:
        out.sort(key=_SPAN_KEY)
    return tuple(out)


def _office_country(earlier: Sequence[Actor], office: str, person: Actor) -> Actor:
    """``person`` with the country of the nearest earlier actor named by ``office`` (the last
    two words of the person's title, "foreign minister"), or as it is."""
    for other in reversed(earlier):
        if other.country is not None and other.text.lower().endswith(" " + office):
            code = other.country + person.code if person.code else other.country
            return replace(person, country=other.country, code=code)
    return person


# A sea or gulf named after a country ("the Sea of Japan"): the name is no actor there.
_WATER_OF: Final = regex.compile(
    r"\b(?:Sea|Gulf|Bay|Strait|Straits|Ocean|Lake|Gulf)\s+of\s+\Z", regex.REVERSE
)


_SPAN_KEY: Final = operator.attrgetter("span.start", "span.end")


def _iter_terms(tables: ActorTables) -> Iterable[tuple[tuple[str, ...], _Entry]]:
    """Every (keys, entry) pair of the lexicon, for tests and tools."""
    for keys, entries in tables.lexicon.items():
        for e in entries:
            yield keys, e
