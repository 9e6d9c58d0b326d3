"""Find time expressions in news text and resolve them against the publication date.

``find_dates(text, published)`` returns one :class:`~conflictevents.model.EventDate` per time
expression, in text order, each with its span, a precision and a one-line reason. Relative
expressions ("on Wednesday", "two days ago", "last month") are resolved with
``dateutil.relativedelta`` against ``published``; without a publication date they stay unresolved
(``start`` and ``end`` None) and are never guessed from the clock. Conventions: docs/dates.md.

All patterns are compiled once, lazily, and use only bounded repetition, so matching is linear in
the length of the text.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import Final

import regex
from dateutil.relativedelta import relativedelta

from .errors import ArgumentTypeError
from .model import DatePrecision, EventDate, Span
from .text import ascii_words, lower_same_length

__all__ = ["find_dates", "resolve_date"]

DAY = DatePrecision.DAY
WEEK = DatePrecision.WEEK
MONTH = DatePrecision.MONTH
YEAR = DatePrecision.YEAR
RANGE = DatePrecision.RANGE

MONTHS: Final[dict[str, int]] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
SMALL_NUMBERS: Final[dict[str, int]] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "a couple of": 2, "a few": 3, "several": 3,
}  # fmt: skip

# Words shortly before a date that make it a plan, a threat or a forecast, not a report.
# Words shortly before a date that make it a plan, a threat or a forecast, not a report.
_FUTURE_WORDS: Final[frozenset[str]] = frozenset(
    "will won't shall would planned planning plans plan intends intend scheduled expected due "
    "upcoming deadline threatened threatens threaten vowed vows promised promises pledged pledges "
    "aims aim".split()
)
# ... and pairs of words that do: "set to", "is to", "to be (held)", "ahead of".
_FUTURE_PAIRS: Final[frozenset[tuple[str, str]]] = frozenset(
    {("set", "to"), ("going", "to"), ("is", "to"), ("are", "to"), ("to", "be"), ("ahead", "of")}
)


# Words that only begin a date expression (the core word comes later): "in", "late on", ...
_PREFIX_WORDS: Final[frozenset[str]] = frozenset(
    "on the since last this next in during by until till from through throughout of before after "
    "between late early mid overnight coming past earlier later over within for recent a an couple "
    "few several end beginning start middle".split()
) | frozenset(w for w in SMALL_NUMBERS if " " not in w)
_CORE_WORDS: Final[tuple[str, ...]] = (
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "overnight",
    "night",
    "morning",
    "afternoon",
    "evening",
    "hours",
    "hour",
    "days",
    "day",
    "weekends",
    "weekend",
    "weeks",
    "week",
    "months",
    "month",
    "years",
    "year",
    "decades",
    "decade",
)


_CAPITALISED_NAMES: Final[frozenset[str]] = frozenset(MONTHS) | frozenset(WEEKDAYS)


_CORE_SET: Final[frozenset[str]] = frozenset(_CORE_WORDS) | _CAPITALISED_NAMES
# each core word as ascii_words spells it -> the word and whether it must be capitalised
_CORE_BYTES: Final[dict[bytes, tuple[str, bool]]] = {
    w.encode(): (w, w in _CAPITALISED_NAMES) for w in _CORE_SET
}
_DIGIT_RUN = regex.compile(r"[0-9]+")


def _core_hits(text: str, low: str, words: Iterable[bytes]) -> list[int]:
    """Start offsets of the core words every date contains, in text order (``words``:
    ``ascii_words(low)`` or a set of it)."""
    hits: list[int] = []
    n = len(low)
    for word in _CORE_BYTES.keys() & words:
        core, capitalised = _CORE_BYTES[word]
        size = len(core)
        # whole_word_starts, written out
        i = low.find(core)
        while i != -1:
            end = i + size
            if (
                not (i > 0 and low[i - 1].isalpha())
                and not (end < n and low[end].isalpha())
                and (not capitalised or text[i].isupper())
            ):
                hits.append(i)
            i = low.find(core, end)
    for d in _DIGIT_RUN.finditer(low):
        start, end = d.span()
        size = end - start
        # Every digit group of every family is a whole run of digits (\d) of one or two digits
        # (a day, a month, a count) or of four beginning with 1 or 2 (a year, a decade), so no
        # date holds a run of three digits ("000" in "20,000") or "5000". A neighbour outside
        # ASCII may be a digit that makes the run longer: such runs of up to four stay.
        if (
            size <= 2
            or (size == 4 and low[start] in "12")
            or (size <= 4 and not (low[start - 1 : start] + low[end : end + 1]).isascii())
        ):
            hits.append(start)
    hits.sort()
    return hits


_lower = lower_same_length


def _alt(words: list[str]) -> str:
    """An alternation that tries longer words first, so 'Sept' is not cut to 'Sep'."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


@functools.cache
def _family_sources() -> tuple[str, ...]:
    """The source of each date family, in the order they are tried (``_FAMILIES``)."""
    # Patterns run on a lower-cased copy of the text (case-insensitive matching in `regex` is
    # several times slower); capitalisation of month and weekday names is checked on the original.
    full = _alt([m for m in MONTHS if m not in _ABBREVIATIONS])
    # only abbreviations take a full stop: "Sept. 12", but "on 5 July." ends a sentence
    month = rf"(?:(?:{full})(?!\p{{L}})|(?:{_alt(list(_ABBREVIATIONS))})(?!\p{{L}})\.?)"
    mon = rf"(?P<mon>{month})"
    mon2 = rf"(?P<mon2>{month})"
    wd = rf"(?:{_alt(list(WEEKDAYS))})"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.]\d|\p{L}|-year)"
    day2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.]\d|\p{L})"
    year = r"(?P<year>[12]\d{3})(?!\d|,\d)"
    opt_year = rf"(?:,?\s{{1,3}}{year})?"
    wd_prefix = rf"(?:(?P<since>since)\s{{1,3}}|on\s{{1,3}})?(?:{wd},?\s{{1,3}})?"
    num_word = rf"(?:[1-9]\d?|{_alt(list(SMALL_NUMBERS))})"
    dash = r"\s{0,2}(?:-|–|—|to|until|till|and)\s{0,2}"
    families = [
        # ISO and other year-first numeric dates: 2021-07-07, 2021/07/07
        r"(?P<iso>(?<![\d./-])(?P<y>[12]\d{3})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
        r"(?![\d/-]|\.\d))",
        # day-month-year or month-day-year numbers: 5/7/2021, 25.07.2021
        r"(?P<num>(?<![\d./-])(?P<a>\d{1,2})(?P<sep2>[/.-])(?P<b>\d{1,2})(?P=sep2)"
        r"(?P<ny>[12]\d{3}|\d{2})(?![\d/-]|\.\d))",
        # ranges inside one month: July 3-5, 3 to 5 July, between 3 and 5 July
        rf"(?P<rng>(?:(?:between|from)\s{{1,3}})?(?:{mon}\s{{1,3}}{day}{dash}{day2}|{day}{dash}{day2}\s{{1,3}}(?:of\s{{1,3}})?{mon}){opt_year})",
        # Monday, 5 July 2021 / the 5th of July
        rf"(?P<dmy>{wd_prefix}(?:the\s{{1,3}})?{day}\s{{1,3}}(?:of\s{{1,3}})?{mon}{opt_year})",
        # Monday, July 5, 2021
        rf"(?P<mdy>{wd_prefix}{mon}\s{{1,3}}{day}{opt_year})",
        # in July, since early July, mid-July 2021, last July, the end of July
        rf"(?P<my>(?:(?P<mpre>since|last|this|next|in|during|by|until|till|from|through|throughout|of|"
        rf"before|after)\s{{1,3}})?(?:(?P<part>early|mid|late|(?:the\s{{1,3}})?(?:end|beginning|start|middle)\s{{1,3}}of)"
        rf"(?:-|\s{{1,3}}))?{mon2}(?:,?\s{{1,3}}{year})?)",
        # in 2019, since 2014, by early 2022, in the 1990s
        rf"(?P<yr>(?P<ypre>in|since|during|by|until|till|from|through|throughout|of|before|after|"
        rf"for)\s{{1,3}}(?:(?P<ypart>early|mid|late|(?:the\s{{1,3}})?(?:end|beginning|start|middle)\s{{1,3}}of)"
        rf"(?:-|\s{{1,3}}))?(?:the\s{{1,3}}(?:(?P<dpart>early|mid|late)(?:-|\s{{1,3}}))?"
        rf"(?P<decade>[12]\d{{2}}0)s|{year}))",
        # weekdays: on Wednesday, late on Sunday, last Tuesday, Tuesday night, since Sunday
        rf"(?P<wd>(?:(?P<wpre>late\s{{1,3}}on|early\s{{1,3}}on|late|early|last|this|next|on|since|"
        rf"by|until|till|from|before|overnight|coming|past)\s{{1,3}})?(?P<wday>{wd})"
        rf"(?:\s{{1,3}}(?P<tod>morning|afternoon|evening|night))?(?!\p{{L}}))",
        # today, tonight, yesterday, last night, overnight, tomorrow, the day before yesterday
        r"(?P<day_word>(?:(?:earlier|later)\s{1,3})?(?:the\s{1,3}day\s{1,3}(?:before\s{1,3}yesterday|"
        r"after\s{1,3}tomorrow)|today|tonight|yesterday(?:\s{1,3}(?:morning|afternoon|evening))?|"
        r"tomorrow|last\s{1,3}night|overnight|this\s{1,3}(?:morning|afternoon|evening)))",
        # two days ago, a week earlier, three months later
        rf"(?P<ago>(?P<n>{num_word})\s{{1,3}}(?P<unit>day|week|month|year|decade)s?\s{{1,3}}"
        r"(?P<dir>ago|earlier|before|later|after|from\s{1,3}now))",
        # in the past 24 hours, over the last three days, the past week, in the coming days
        rf"(?P<past>(?:(?:in|over|during|within|for)\s{{1,3}})?(?P<pthe>the\s{{1,3}})?(?P<pdir>past|"
        rf"last|coming|next)\s{{1,3}}(?:(?P<pn>{num_word})\s{{1,3}})?(?P<punit>hour|day|weekend|"
        r"week|month|year)(?P<pl>s)?)",
        # in recent days, in recent weeks
        r"(?P<recent>(?:(?:in|over|during)\s{1,3})?recent\s{1,3}(?P<runit>day|week|month|year)s)",
        # last week, earlier this month, this year, next week, later this year, last weekend
        r"(?P<per>(?:(?P<pmod>earlier|later)\s{1,3})?(?P<prel>this|the\s{1,3}previous|"
        r"the\s{1,3}coming|(?<=(?:earlier|later)\s{1,3})in\s{1,3}the)"
        r"\s{1,3}(?P<period>week(?:end)?|month|year))",
    ]
    return tuple(families)


# The families in the order of ``_family_sources``: at one start the first that matches wins.
_FAMILIES: Final[tuple[str, ...]] = (
    "iso", "num", "rng", "dmy", "mdy", "my", "yr", "wd", "day_word", "ago", "past", "recent", "per",
)  # fmt: skip
# The words (runs of a-z) each family can start with, so a start is tried only against the
# families that can match there. Every family's first word is followed by a blank, a hyphen, a
# comma or a full stop, never by a letter, so the run of a-z at a start is that word. Starts at
# digits are sorted by _digit_candidates.
_FIRST_WORDS: Final[dict[str, frozenset[str]]] = {
    "iso": frozenset(),
    "num": frozenset(),
    "rng": frozenset({"between", "from", *MONTHS}),
    "dmy": frozenset({"since", "on", "the", *WEEKDAYS}),
    "mdy": frozenset({"since", "on", *WEEKDAYS, *MONTHS}),
    "my": frozenset(
        "since last this next in during by until till from through throughout of before after "
        "early mid late the end beginning start middle".split()
    )
    | frozenset(MONTHS),
    "yr": frozenset(
        "in since during by until till from through throughout of before after for".split()
    ),
    "wd": frozenset(
        "late early last this next on since by until till from before overnight coming "
        "past".split()
    )
    | frozenset(WEEKDAYS),
    "day_word": frozenset(
        "earlier later the today tonight yesterday tomorrow last overnight this".split()
    ),
    "ago": frozenset(w.split()[0] for w in SMALL_NUMBERS),
    "past": frozenset("in over during within for the past last coming next".split()),
    "recent": frozenset("in over during recent".split()),
    "per": frozenset("earlier later this the in".split()),
}
_CANDIDATES: Final[dict[str, tuple[int, ...]]] = {
    word: tuple(i for i, name in enumerate(_FAMILIES) if word in _FIRST_WORDS[name])
    for word in frozenset().union(*_FIRST_WORDS.values())
}
_GROUP_NAME = regex.compile(r"\(\?P<(\w++)>")
# (the stdlib engine: cheaper anchored matches; greedy equals possessive for one run)
_START_TOKEN = re.compile(r"[a-z]+|[0-9]+")

# What the second word must be, by family and first word; a pair not listed takes any second
# word. Read off the family patterns in ``_family_sources``. A run of one or two digits (a day
# or a count) reads as "#", of four digits (a year) as "####", of other lengths as "#?".
_PARTS: Final = frozenset("early mid late the end beginning start middle".split())
_UNIT_WORDS: Final = frozenset(
    unit + s for unit in ("hour", "day", "weekend", "week", "month", "year") for s in ("", "s")
)
_NUMBER_FIRST: Final = frozenset({"#", *(w.split()[0] for w in SMALL_NUMBERS)})
_AGO_UNITS: Final[frozenset[str]] = frozenset(
    unit + s for unit in ("day", "week", "month", "year", "decade") for s in ("", "s")
)
_FOLLOW: Final[dict[tuple[str, str], frozenset[str]]] = {
    **{("rng", w): frozenset({"#", *MONTHS}) for w in ("between", "from")},
    **{("rng", w): frozenset({"#"}) for w in MONTHS},
    **{("my", w): _PARTS | frozenset(MONTHS) for w in _FIRST_WORDS["my"] - _PARTS - set(MONTHS)},
    **{("my", w): frozenset(MONTHS) for w in ("early", "mid", "late")},
    ("my", "the"): frozenset({"end", "beginning", "start", "middle"}),
    **{("my", w): frozenset({"of"}) for w in ("end", "beginning", "start", "middle")},
    **{("yr", w): _PARTS | {"####"} for w in _FIRST_WORDS["yr"]},
    **{("wd", w): frozenset(WEEKDAYS) for w in _FIRST_WORDS["wd"] - set(WEEKDAYS)},
    **{("wd", w): frozenset({"on", *WEEKDAYS}) for w in ("late", "early")},
    **{
        ("day_word", w): frozenset(
            "the today tonight yesterday tomorrow last overnight this".split()
        )
        for w in ("earlier", "later")
    },
    ("day_word", "the"): frozenset({"day"}),
    ("day_word", "last"): frozenset({"night"}),
    ("day_word", "this"): frozenset({"morning", "afternoon", "evening"}),
    **{("ago", w): _AGO_UNITS for w in _FIRST_WORDS["ago"]},
    ("ago", "a"): _AGO_UNITS | {"couple", "few"},
    **{
        ("past", w): frozenset({"the", "past", "last", "coming", "next"})
        for w in ("in", "over", "during", "within", "for")
    },
    ("past", "the"): frozenset({"past", "last", "coming", "next"}),
    **{("past", w): _NUMBER_FIRST | _UNIT_WORDS for w in ("past", "last", "coming", "next")},
    **{("recent", w): frozenset({"recent"}) for w in ("in", "over", "during")},
    ("recent", "recent"): frozenset({"days", "weeks", "months", "years"}),
    **{("per", w): frozenset({"this", "the", "in"}) for w in ("earlier", "later")},
    ("per", "this"): frozenset({"week", "weekend", "month", "year"}),
    ("per", "the"): frozenset({"previous", "coming"}),
    ("per", "in"): frozenset({"the"}),
}
# ... and the third when the second is "the" ("during the past week", "in the 1990s").
_FOLLOW_THE: Final[dict[tuple[str, str], frozenset[str]]] = {
    **{
        ("my", w): frozenset({"end", "beginning", "start", "middle"})
        for w in _FIRST_WORDS["my"] - _PARTS - set(MONTHS)
    },
    **{
        ("yr", w): frozenset(
            {"####", "end", "beginning", "start", "middle", "early", "mid", "late"}
        )
        for w in _FIRST_WORDS["yr"]
    },
    **{
        ("past", w): frozenset({"past", "last", "coming", "next"})
        for w in ("in", "over", "during", "within", "for")
    },
    **{("day_word", w): frozenset({"day"}) for w in ("earlier", "later")},
    **{("per", w): frozenset({"previous", "coming"}) for w in ("earlier", "later")},
    ("per", "in"): frozenset({"week", "weekend", "month", "year"}),
}
_DIGIT_WORD: Final = ("", "#", "#", "#?", "####")


# Up to five words from a start, as the date families see them. Between two words of a date
# stand at most four of: a blank (str.isspace: regex \s and U+001C-U+001F), ",", ".", "-"
# (". " after "Sept", ", " after a weekday, "-" in "mid-July", one to three blanks).
# (The stdlib engine, about twice as fast here: its \s is str.isspace, the same blanks, and
# greedy equals possessive, as every part after the first word is optional and a run of blanks
# or of letters is followed by something it cannot hold.)
@functools.cache
def _words_ahead() -> re.Pattern[str]:
    return re.compile(
        r"([a-z]+|[0-9]+)" + r"(?:[\s\x1c-\x1f,.\-]{1,4}([a-z]+|[0-9]+)" * 4 + r")?" * 4
    )


def _words_from(low: str, start: int) -> list[str]:
    """The first five words from ``start`` (digit runs read as in _FOLLOW), padded with "";
    a word reached only across other characters ends the list."""
    m = _words_ahead().match(low, start)
    if m is None:
        return [""] * 5
    return [
        w if not w or w[0] > "9" else _DIGIT_WORD[len(w)] if len(w) <= 4 else "#?"
        for w in m.groups("")
    ]


def _possible(index: int, words: list[str]) -> bool:
    """Whether family ``index`` can match words beginning so (a necessary condition)."""
    family = _FAMILIES[index]
    if family in ("dmy", "mdy"):
        # [since|on] [weekday[,]] then "the 5th"/"5" (dmy) or a month and a day (mdy)
        i = 1 if words[0] in ("since", "on") else 0
        if words[i] in WEEKDAYS:
            i += 1
        if family == "dmy":
            if words[i] == "the":
                i += 1
            return words[i] == "#"
        return words[i] in MONTHS and words[i + 1] == "#"
    allowed = _FOLLOW.get((family, words[0]))
    if allowed is not None and words[1] not in allowed:
        return False
    after_the = _FOLLOW_THE.get((family, words[0])) if words[1] == "the" else None
    return after_the is None or words[2] in after_the


# Every group name of every family, in the order of first appearance; a group's number (its
# position here, from 1) is the same in every family pattern, so builders read a match by number,
# ``m[_G_YEAR]`` (`regex` answers ``m["year"]`` several times slower).
_GROUP_NUMBER: Final[dict[str, int]] = {
    name: number
    for number, name in enumerate(
        dict.fromkeys(n for src in _family_sources() for n in _GROUP_NAME.findall(src)), start=1
    )
}


# the numbers of the groups the builders read
(
    _G_Y, _G_M, _G_D, _G_A, _G_B, _G_NY, _G_YEAR, _G_MON, _G_DAY, _G_SINCE, _G_DAY2, _G_MPRE,
    _G_PART, _G_MON2, _G_DECADE, _G_DPART, _G_YPART, _G_YPRE, _G_WDAY, _G_WPRE, _G_TOD,
    _G_DAY_WORD, _G_N, _G_UNIT, _G_DIR, _G_PDIR, _G_PUNIT, _G_PN, _G_PL, _G_PTHE, _G_RUNIT,
    _G_PREL, _G_PMOD, _G_PERIOD,
) = (_GROUP_NUMBER[name] for name in (
    "y", "m", "d", "a", "b", "ny", "year", "mon", "day", "since", "day2", "mpre", "part", "mon2",
    "decade", "dpart", "ypart", "ypre", "wday", "wpre", "tod", "day_word", "n", "unit", "dir",
    "pdir", "punit", "pn", "pl", "pthe", "runit", "prel", "pmod", "period",
))


@functools.cache
def _family_pattern(index: int) -> regex.Pattern[str]:
    """One family, compiled on first use, matching exactly as its branch of one alternation of
    all families would. It opens with every group of every family in a branch that never
    matches: the groups take their numbers (``_GROUP_NUMBER``) from there, the family's own
    groups of the same names share them, and the other families' groups are present, never set,
    so a match answers ``m[_G_YEAR]`` or ``m[_G_N]`` whichever family it comes from."""
    sources = _family_sources()
    unset = "".join(f"(?P<{name}>)" for name in _GROUP_NUMBER)
    # \m: start of a word, so no family starts inside a word or a number.
    pattern = regex.compile(
        rf"(?:(?!){unset})?(?<![\p{{L}}\d])(?:{sources[index]})(?![\p{{L}}\d])", regex.VERSION1
    )
    if pattern.groupindex != _GROUP_NUMBER:
        raise RuntimeError(f"the groups of date family {_FAMILIES[index]} are numbered otherwise")
    _COMPILED[index] = pattern
    return pattern


# the family patterns compiled so far, by index (a list look-up costs less than the cache's call)
_COMPILED: list[regex.Pattern[str] | None] = [None] * len(_FAMILIES)


_ISO, _NUM, _RNG, _DMY, _AGO = (_FAMILIES.index(n) for n in ("iso", "num", "rng", "dmy", "ago"))
_ORDINAL_SUFFIXES: Final[frozenset[str]] = frozenset({"st", "nd", "rd", "th"})
_DATE_SEPARATORS: Final[frozenset[str]] = frozenset("/.-")
_DASHES: Final[frozenset[str]] = frozenset("-–—")
_RANGE_WORDS: Final[frozenset[str]] = frozenset({"to", "until", "till", "and"})
_DAY_OF_WORDS: Final[frozenset[str]] = frozenset({"of", *MONTHS})


def _after_blanks(low: str, pos: int, most: int) -> tuple[str, str]:
    """The character and the run of a-z after at most ``most`` blanks from ``pos``."""
    n = len(low)
    k = pos
    while k < n and k - pos < most and low[k].isspace():  # isspace: a superset of regex \s
        k += 1
    token = _START_TOKEN.match(low, k)
    return low[k : k + 1], token.group() if token is not None else ""


def _digit_candidates(low: str, start: int, end: int) -> tuple[int, ...]:
    """The families that can match at the digit run ``low[start:end]``, from what follows it:
    a year-first date needs four digits and a separator, a day one or two digits and then a
    separator, a dash, "to", a month, "of" or a unit ("3 days ago")."""
    size = end - start
    nxt = low[end : end + 1]
    if size == 4:
        return (_ISO,) if low[start] in "12" and nxt in ("-", "/") else ()
    if size > 2:
        return ()
    found: list[int] = []
    if nxt in _DATE_SEPARATORS:
        found.append(_NUM)
    # a day may carry a suffix ("5th"); without it the letter after the digits ends the match
    day_end = end + 2 if low[end : end + 2] in _ORDINAL_SUFFIXES else end
    char, word = _after_blanks(low, day_end, 2)
    if char in _DASHES or word in _RANGE_WORDS:
        found.append(_RNG)
    if low[day_end : day_end + 1].isspace() and _after_blanks(low, day_end, 3)[1] in _DAY_OF_WORDS:
        found.append(_DMY)
    if low[start] != "0" and nxt.isspace() and _after_blanks(low, end, 3)[1] in _AGO_UNITS:
        found.append(_AGO)
    return tuple(found)


def _match_at(text: str, low: str, start: int) -> tuple[str, regex.Match[str]] | None:
    """The date starting at ``start`` and its family: the first family (in order) that matches,
    if its month and weekday names are capitalised."""
    token = _START_TOKEN.match(low, start)
    if token is None:
        return None
    word = token.group()
    words: list[str] | None = None  # the words from start, for the families that start so
    if word[0] <= "9":
        candidates = _digit_candidates(low, start, token.end())
    else:
        candidates = _CANDIDATES.get(word, ())
        if candidates:
            words = _words_from(low, start)
    for index in candidates:
        if words is not None and not _possible(index, words):
            continue
        m = (_COMPILED[index] or _family_pattern(index)).match(low, start)
        if m is not None:
            family = _FAMILIES[index]
            return (family, m) if _capitalised(text, m, _NAME_GROUPS.get(family, ())) else None
    return None


# --- small calendar helpers ----------------------------------------------------------------------


def _make(
    start: dt.date | None,
    end: dt.date | None,
    precision: DatePrecision | None,
    reason: str,
    future: bool = False,
) -> tuple[dt.date | None, dt.date | None, DatePrecision | None, str, bool]:
    return start, end, precision, reason, future


_Res = tuple[dt.date | None, dt.date | None, DatePrecision | None, str, bool]
_NEEDS_PUB = "needs a publication date"


def _unresolved(reason: str) -> _Res:
    return None, None, None, reason, False


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _number(word: str) -> int | None:
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    return SMALL_NUMBERS.get(word)


def _infer_year(month: int, day: int | None, published: dt.date, future: bool) -> tuple[int, str]:
    """The year of a date written without one: the publication year, or the year before if the
    month lies after the publication month (news reports the past) unless the text is future."""
    if not future and month > published.month:
        return published.year - 1, "explicit date, previous year (month after publication)"
    if future and (month, day or 1) < (published.month, published.day if day else 1):
        return published.year + 1, "explicit date in a plan, next year"
    return published.year, "explicit date, year from publication"


def _part_of_month(part: str | None, year: int, month: int) -> tuple[dt.date, dt.date, str]:
    first, last = dt.date(year, month, 1), _month_end(year, month)
    p = " ".join((part or "").lower().split()).removeprefix("the ")
    if p == "early" or p.startswith("beginning") or p.startswith("start"):
        return first, first.replace(day=10), "early in the month"
    if p == "mid" or p.startswith("middle"):
        return first.replace(day=11), first.replace(day=20), "middle of the month"
    if p == "late" or p.startswith("end"):
        return first.replace(day=21), last, "late in the month"
    return first, last, "month"


def _part_of_year(part: str | None, year: int) -> tuple[dt.date, dt.date, str]:
    p = " ".join((part or "").lower().split()).removeprefix("the ")
    if p == "early" or p.startswith("beginning") or p.startswith("start"):
        return dt.date(year, 1, 1), dt.date(year, 4, 30), "early in the year"
    if p == "mid" or p.startswith("middle"):
        return dt.date(year, 5, 1), dt.date(year, 8, 31), "middle of the year"
    if p == "late" or p.startswith("end"):
        return dt.date(year, 9, 1), dt.date(year, 12, 31), "late in the year"
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def _weekday_on_or_before(published: dt.date, weekday: int) -> dt.date:
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _weekday_on_or_after(published: dt.date, weekday: int) -> dt.date:
    return published + dt.timedelta(days=(weekday - published.weekday()) % 7)


# --- one builder per family ----------------------------------------------------------------------


def _explicit(
    year: int | None, month: int, day: int, published: dt.date | None, future_cue: bool
) -> _Res:
    if year is None:
        if published is None:
            return _unresolved("explicit date without a year; " + _NEEDS_PUB)
        year, reason = _infer_year(month, day, published, future_cue)
    else:
        reason = "explicit date"
    try:
        when = dt.date(year, month, day)
    except ValueError:
        return _unresolved("no such calendar date")
    return when, when, DAY, reason, published is not None and when > published


def _b_iso(m: regex.Match[str], published: dt.date | None, fut: bool) -> _Res:
    return _explicit(int(m[_G_Y]), int(m[_G_M]), int(m[_G_D]), published, fut)


def _b_num(m: regex.Match[str], published: dt.date | None, fut: bool) -> _Res:
    a, b, y = int(m[_G_A]), int(m[_G_B]), m[_G_NY]
    year = int(y) if len(y) == 4 else 2000 + int(y)
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    elif a == b:
        day = month = a
    else:
        return _unresolved("ambiguous numeric date: day/month order unknown")
    return _explicit(year, month, day, published, fut)


def _b_dmy(m: regex.Match[str], published: dt.date | None, fut: bool) -> _Res:
    year = int(m[_G_YEAR]) if m[_G_YEAR] else None
    res = _explicit(year, MONTHS[m[_G_MON].lower().rstrip(".")], int(m[_G_DAY]), published, fut)
    start = res[0]
    if m[_G_SINCE] and start is not None and published is not None and start <= published:
        return start, published, RANGE, "since " + res[3] + ", up to publication", False
    return res


def _b_rng(m: regex.Match[str], published: dt.date | None, fut: bool) -> _Res:
    first = _b_dmy(m, published, fut)
    start = first[0]
    if start is None:
        return first
    try:
        end = start.replace(day=int(m[_G_DAY2]))
    except ValueError:
        return _unresolved("no such calendar date")
    if end < start:
        return _unresolved("range ends before it starts")
    return start, end, RANGE, "explicit range" + first[3].removeprefix("explicit date"), first[4]


def _clamp(
    start: dt.date,
    end: dt.date,
    precision: DatePrecision,
    reason: str,
    published: dt.date | None,
    fut: bool,
) -> _Res:
    """Report a period; a past period still running at publication ends at publication."""
    if published is None:
        return start, end, precision, reason, False
    if start > published:
        return start, end, precision, reason, True
    if end > published and not fut:
        return start, published, precision, reason + ", up to publication", False
    return start, end, precision, reason, end > published


def _b_my(m: regex.Match[str], published: dt.date | None, fut: bool) -> _Res:
    if m[_G_YEAR] is None and m[_G_MPRE] is None and m[_G_PART] is None:
        return _unresolved("bare month name")  # filtered out by the caller
    month = MONTHS[m[_G_MON2].lower().rstrip(".")]
    pre = (m[_G_MPRE] or "").lower()
    if m[_G_YEAR]:
        year = int(m[_G_YEAR])
        reason_y = "explicit month"
    elif published is None:
        return _unresolved("month without a year; " + _NEEDS_PUB)
    elif pre == "last":
        year = published.year - (1 if month >= published.month else 0)
        reason_y = "last such month before publication"
    elif pre == "next":
        year = published.year + (1 if month <= published.month else 0)
        fut = True
        reason_y = "next such month after publication"
    else:
        year, reason_y = _infer_year(month, None, published, fut)
        reason_y = reason_y.replace("date", "month")
    start, end, part = _part_of_month(m[_G_PART], year, month)
    precision = MONTH if part == "month" else RANGE
    reason = reason_y if part == "month" else f"{reason_y}, {part}"
    if pre == "since" and published is not None:
        if start > published:
            return _unresolved("'since' a month after publication")
        return start, published, RANGE, f"since {reason_y}, up to publication", False
    return _clamp(start, end, precision, reason, published, fut or pre == "next")


def _b_yr(m: regex.Match[str], published: dt.date | None, fut: bool) -> _Res:
    if m[_G_DECADE]:
        d0 = int(m[_G_DECADE])
        # the early, mid and late 1990s: 1990-1993, 1994-1996, 1997-1999
        first, last = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(m[_G_DPART], (0, 9))
        reason = f"decade, {m[_G_DPART]} years" if m[_G_DPART] else "decade"
        return _clamp(
            dt.date(d0 + first, 1, 1), dt.date(d0 + last, 12, 31), RANGE, reason, published, fut
        )
    year = int(m[_G_YEAR])
    start, end, part = _part_of_year(m[_G_YPART], year)
    precision = YEAR if part == "year" else RANGE
    reason = "explicit year" if part == "year" else f"explicit year, {part}"
    if m[_G_YPRE].lower() == "since" and published is not None:
        if start > published:
            return _unresolved("'since' a year after publication")
        return start, published, RANGE, "since an explicit year, up to publication", False
    return _clamp(start, end, precision, reason, published, fut)


def _b_wd(m: regex.Match[str], published: dt.date | None, fut: bool) -> _Res:
    if published is None:
        return _unresolved("weekday; " + _NEEDS_PUB)
    wday = WEEKDAYS[m[_G_WDAY].lower()]
    pre = " ".join((m[_G_WPRE] or "").lower().split())
    if pre in ("next", "coming") or (fut and pre not in ("last", "past", "since", "overnight")):
        after = pre in ("next", "coming")
        when = _weekday_on_or_after(published + dt.timedelta(days=1 if after else 0), wday)
        future = when > published
        reason = "weekday after publication (plan or threat)"
        if not future:
            reason = "weekday of publication"
        return when, when, DAY, reason, future
    if pre in ("last", "past"):
        when = _weekday_on_or_before(published - dt.timedelta(days=1), wday)
        return when, when, DAY, "last such weekday before publication", False
    when = _weekday_on_or_before(published, wday)
    if pre == "since":
        return when, published, RANGE, "since a weekday, up to publication", False
    if pre == "overnight" or (m[_G_TOD] or "").lower() == "night":
        return when, when, DAY, "weekday night before publication", False
    return when, when, DAY, "weekday before publication", False


def _b_day_word(m: regex.Match[str], published: dt.date | None, fut: bool) -> _Res:
    if published is None:
        return _unresolved("relative day; " + _NEEDS_PUB)
    w = " ".join(m[_G_DAY_WORD].lower().split())
    w = w.removeprefix("earlier ").removeprefix("later ")
    one = dt.timedelta(days=1)
    if w == "the day before yesterday":
        return published - 2 * one, published - 2 * one, DAY, "two days before publication", False
    if w.startswith("yesterday") or w == "last night":
        return published - one, published - one, DAY, "day before publication", False
    if w == "overnight":
        return published - one, published, RANGE, "the night before publication", False
    if w == "tomorrow":
        return published + one, published + one, DAY, "day after publication", True
    if w == "the day after tomorrow":
        return published + 2 * one, published + 2 * one, DAY, "two days after publication", True
    return published, published, DAY, "day of publication", False


_UNIT_DELTA: Final[dict[str, tuple[str, DatePrecision]]] = {
    "day": ("days", DAY), "week": ("weeks", WEEK), "month": ("months", MONTH),
    "year": ("years", YEAR), "decade": ("years", YEAR),
}  # fmt: skip


def _b_ago(
    m: regex.Match[str], published: dt.date | None, fut: bool, anchor: dt.date | None
) -> _Res:
    n = _number(m[_G_N])
    unit = m[_G_UNIT].lower()
    if n is None:
        return _unresolved("unknown number")
    if unit == "decade":
        n *= 10
    direction = " ".join(m[_G_DIR].lower().split())
    key, precision = _UNIT_DELTA[unit]
    if direction in ("ago", "from now"):
        if published is None:
            return _unresolved("relative date; " + _NEEDS_PUB)
        base, base_name, sign = published, "publication", (-1 if direction == "ago" else 1)
    elif anchor is not None:
        base, base_name = anchor, "the date before it in the text"
        sign = -1 if direction in ("earlier", "before") else 1
    elif direction in ("earlier", "before") and published is not None:
        base, base_name, sign = published, "publication (no earlier date in the text)", -1
    else:
        return _unresolved("relative to a date not found in the text")
    if key in ("days", "weeks"):  # timedelta: several times cheaper than relativedelta
        when = base + dt.timedelta(**{key: sign * n})
    else:
        when = base + relativedelta(**{key: sign * n})  # type: ignore[arg-type]
    word = "before" if sign < 0 else "after"
    reason = f"{n} {unit}{'s' if n != 1 else ''} {word} {base_name}"
    if precision is WEEK:
        precision = DAY  # "a week earlier" names a day, a week back
    start = end = when
    if precision is MONTH:  # "two months ago": that calendar month
        start, end = when.replace(day=1), _month_end(when.year, when.month)
    elif precision is YEAR:
        start, end = dt.date(when.year, 1, 1), dt.date(when.year, 12, 31)
    return _clamp(start, end, precision, reason, published, sign > 0)


def _b_past(m: regex.Match[str], published: dt.date | None, fut: bool) -> _Res:
    if published is None:
        return _unresolved("relative period; " + _NEEDS_PUB)
    direction = m[_G_PDIR].lower()
    unit = m[_G_PUNIT].lower()
    if m[_G_PN] is None and m[_G_PL] is None and m[_G_PTHE] is None and unit != "hour":
        # "last week", "next month": a calendar period, not a count of days back
        return _calendar({"past": -1, "last": -1}.get(direction, 1), "", unit, published)
    n = _number(m[_G_PN]) if m[_G_PN] else 1
    if n is None:
        return _unresolved("unknown number")
    if unit == "weekend":
        unit = "week"
    return _period_from_publication(n, unit, direction in ("coming", "next"), published)


def _period_from_publication(n: int, unit: str, forward: bool, published: dt.date) -> _Res:
    if unit == "hour":
        delta = relativedelta(days=max(1, -(-n // 24)))
    else:
        delta = relativedelta(**{unit + "s": n})  # type: ignore[arg-type]
    if forward:
        return published, published + delta, RANGE, "period after publication", True
    return published - delta, published, RANGE, "period up to publication", False


def _b_recent(m: regex.Match[str], published: dt.date | None, fut: bool) -> _Res:
    if published is None:
        return _unresolved("relative period; " + _NEEDS_PUB)
    unit = m[_G_RUNIT].lower()
    # "recent days" is read as the past week; "recent weeks/months/years" as the past two.
    n, unit = (7, "day") if unit == "day" else (2, unit)
    start, end, precision, _, future = _period_from_publication(n, unit, False, published)
    return start, end, precision, "recent period up to publication (vague)", future


def _calendar(step: int, mod: str, period: str, published: dt.date) -> _Res:
    """The calendar week, weekend, month or year ``step`` periods from the one of publication."""
    if period == "weekend":
        # Saturday and Sunday of the Monday-to-Sunday week of publication (or the one before/after)
        monday = published - dt.timedelta(days=published.weekday())
        sat = monday + dt.timedelta(days=5 + 7 * step)
        name = {-1: "previous", 0: "current", 1: "next"}[step]
        reason = f"weekend of the {name} week of publication"
        return _clamp(sat, sat + dt.timedelta(days=1), RANGE, reason, published, sat > published)
    if period == "week":
        start = published - dt.timedelta(days=published.weekday(), weeks=-step)
        end, precision = start + dt.timedelta(days=6), WEEK
    elif period == "month":
        start = published.replace(day=1) + relativedelta(months=step)
        end, precision = _month_end(start.year, start.month), MONTH
    else:
        start = dt.date(published.year + step, 1, 1)
        end, precision = start.replace(month=12, day=31), YEAR
    name = {-1: "previous", 0: "current", 1: "next"}[step]
    if mod == "earlier" and step == 0:
        return start, published, precision, f"earlier in the {period} of publication", False
    if mod == "later" and step == 0:
        return published, end, precision, f"later in the {period} of publication", True
    return _clamp(start, end, precision, f"{name} {period} of publication", published, step > 0)


def _b_per(m: regex.Match[str], published: dt.date | None, fut: bool) -> _Res:
    if published is None:
        return _unresolved("relative period; " + _NEEDS_PUB)
    rel = " ".join(m[_G_PREL].lower().split())
    step = {"the past": -1, "the previous": -1, "the coming": 1}.get(rel, 0)
    return _calendar(step, (m[_G_PMOD] or "").lower(), m[_G_PERIOD].lower(), published)


_Builder = Callable[[regex.Match[str], "dt.date | None", bool], _Res]
_BUILDERS: Final[tuple[tuple[str, _Builder], ...]] = (
    ("iso", _b_iso), ("num", _b_num), ("rng", _b_rng), ("dmy", _b_dmy), ("mdy", _b_dmy),
    ("my", _b_my), ("yr", _b_yr), ("wd", _b_wd), ("day_word", _b_day_word),
    ("past", _b_past), ("recent", _b_recent), ("per", _b_per),
)  # fmt: skip


def _check_args(text: object, published: object) -> dt.date | None:
    if not isinstance(text, str):
        raise ArgumentTypeError("text", "str", text)
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    raise ArgumentTypeError("published", "datetime.date or None", published)


def _is_future_context(low: str, start: int) -> bool:
    """Whether a plan/threat word stands within five words before ``start`` in the same
    sentence ("will meet on Friday", "threatened to attack on Saturday")."""
    window = low[max(0, start - 60) : start]
    # the part after the last of ".!?;\n"
    cut = max(window.rfind("."), window.rfind("!"), window.rfind("?"), window.rfind(";"))
    window = window[max(cut, window.rfind("\n")) + 1 :]
    words = window.replace(",", " ").split()[-5:]
    if not _FUTURE_WORDS.isdisjoint(words) or not _FUTURE_PAIRS.isdisjoint(pairwise(words)):
        return True
    return "'ll" in window and any(w.endswith("'ll") for w in words)


_SENTENCE_STOPS: Final[frozenset[str]] = frozenset('.!?;:\n()"')


def _prefix_starts(low: str, p: int) -> list[int]:
    """Starts of up to four words just before ``p`` that may begin a date ("late on", "the 5th
    of"), earliest first; stops at sentence punctuation. A plain loop: cheaper than a regex call."""
    limit = max(0, p - 45)
    window = low[limit:p]
    if window.isascii():
        return _prefix_starts_ascii(window, limit)
    starts: list[int] = []
    j = p - 1
    while len(starts) < 4 and j >= limit:
        while j >= limit and low[j] in " ,\t\xa0-":
            j -= 1
        end = j + 1
        while j >= limit and (low[j].isalnum() or low[j] == "'"):
            j -= 1
        if end == j + 1 or (j >= limit and low[j] in _SENTENCE_STOPS):
            break
        word = low[j + 1 : end]
        if word in _PREFIX_WORDS or word in _CAPITALISED_NAMES or word[:1].isdigit():
            starts.append(j + 1)
        elif word not in _CORE_SET:
            break  # an ordinary word: no date reaches back across it
    starts.reverse()
    return starts


_ASCII_WORD_CHARS: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'"


def _prefix_starts_ascii(window: str, limit: int) -> list[int]:
    """``_prefix_starts`` for an ASCII window ``low[limit:p]``: the same steps, each run of
    separators or word characters stripped in one C call."""
    starts: list[int] = []
    while len(starts) < 4 and window:
        words = window.rstrip(" ,\t-")
        before = words.rstrip(_ASCII_WORD_CHARS)
        if len(before) == len(words) or (before and before[-1] in _SENTENCE_STOPS):
            break
        word = words[len(before) :]
        if word in _PREFIX_WORDS or word in _CAPITALISED_NAMES or word[:1].isdigit():
            starts.append(limit + len(before))
        elif word not in _CORE_SET:
            break  # an ordinary word: no date reaches back across it
        window = before
    starts.reverse()
    return starts


# The month and weekday groups of each family (the others never set them).
_NAME_GROUPS: Final[dict[str, tuple[int, ...]]] = {
    "rng": (_G_MON,), "dmy": (_G_MON,), "mdy": (_G_MON,), "my": (_G_MON2,), "wd": (_G_WDAY,),
}  # fmt: skip


def _capitalised(
    text: str, m: regex.Match[str], groups: tuple[int, ...] = (_G_MON, _G_MON2, _G_WDAY)
) -> bool:
    """Month and weekday names count only when capitalised in the original text (``groups``:
    the numbers of the month and weekday groups to check)."""
    for group in groups:
        at = m.start(group)
        if at >= 0 and not text[at].isupper():
            return False
    return True


def _scan(text: str, low: str, words: Iterable[bytes]) -> list[tuple[str, regex.Match[str]]]:
    """Non-overlapping date matches and their families in text order (earliest start, then
    longest, wins).

    A family is tried only at the start of a core word (a month, weekday, number, "day",
    "week", "yesterday", ...) and of the few prefix words just before it ("late on", "in the
    past"), and only if it can begin with the word there, which keeps the cost proportional to
    the number of core words, not characters.
    """
    tried: dict[int, tuple[str, regex.Match[str]] | None] = {}
    found: list[tuple[str, regex.Match[str]]] = []
    for p in _core_hits(text, low, words):
        starts = _prefix_starts(low, p)
        starts.append(p)
        for st in starts:
            if st in tried:
                hit = tried[st]
            else:
                hit = tried[st] = _match_at(text, low, st)
            if hit is not None and hit[1].end() > p:
                found.append(hit)
                break
    found.sort(key=lambda hit: (hit[1].start(), -hit[1].end()))
    kept: list[tuple[str, regex.Match[str]]] = []
    for hit in found:
        if not kept or hit[1].start() >= kept[-1][1].end():
            kept.append(hit)
    return kept


_BUILDER_OF: Final[dict[str, _Builder]] = dict(_BUILDERS)


def find_dates(text: str, published: dt.date | None = None) -> tuple[EventDate, ...]:
    """Find every time expression in ``text`` and resolve it against ``published``.

    >>> [d.start.isoformat() for d in find_dates("Taliban on Wednesday attacked Qala-i-Naw.",
    ...                                          dt.date(2021, 7, 7))]
    ['2021-07-07']
    >>> find_dates("The talks will resume on Friday.", dt.date(2021, 7, 7))[0].future
    True
    >>> find_dates("on Tuesday")[0].reason
    'weekday; needs a publication date'
    """
    published = _check_args(text, published)
    low = _lower(text)
    return _find_dates(text, low, ascii_words(low), published)


def _find_dates(
    text: str, low: str, words: Iterable[bytes], published: dt.date | None
) -> tuple[EventDate, ...]:
    """``find_dates`` for a checked ``text`` and ``published`` date, with ``low``
    (``lower_same_length(text)``) and ``words`` (its ``ascii_words``, or a set of them) made by
    the caller: ``parse`` makes them once for this stage and the counts."""
    out: list[EventDate] = []
    anchor: dt.date | None = None
    for family, m in _scan(text, low, words):
        if family == "my" and not (m[_G_YEAR] or m[_G_MPRE] or m[_G_PART]):
            continue  # a bare month name ("July") is too often a name or a word
        try:
            fut = _is_future_context(low, m.start())
            if family == "ago":
                res = _b_ago(m, published, fut, anchor)
            else:
                res = _BUILDER_OF[family](m, published, fut)
        except (ValueError, OverflowError):
            res = _unresolved("outside the calendar")
        start, end, precision, reason, future = res
        at, until = m.span()
        # by position, in field order (start, end, precision, text, span, reason, future)
        out.append(
            EventDate(start, end, precision, text[at:until], Span(at, until), reason, future)
        )
        if start is not None and precision is DAY and not future and start == end:
            anchor = start
        elif start is not None and not future and published and start.year < published.year:
            anchor = start  # "since 2012, when ... a year later": a later year counts from 2012
    return tuple(out)


def resolve_date(text: str, published: dt.date | None) -> EventDate | None:
    """Resolve one time expression (the longest one found in ``text``); None if there is none.

    >>> resolve_date("last Tuesday", dt.date(2021, 7, 7)).start
    datetime.date(2021, 7, 6)
    >>> resolve_date("no date here", dt.date(2021, 7, 7)) is None
    True
    """
    found = find_dates(text, published)
    if not found:
        return None
    return max(found, key=lambda d: (len(d.text), -(d.span.start if d.span else 0)))
