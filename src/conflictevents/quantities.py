"""Find counts in news text, with bounds, and tie casualty words to them.

``find_quantities(text)`` returns every count (digits, number words, vague counts such as
"hundreds", bounds such as "at least 12", percentages) as a :class:`~conflictevents.model.Quantity`
with ``low``/``best``/``high`` set by the conventions of docs/quantities.md. Years, dates, clock
times, ordinals, ages, phone-like numbers, designators ("F-16", "Resolution 2254") and durations
("three days") are not counts and are not returned.

``find_casualties(text)`` ties those counts to what happened to the people counted (killed,
injured, missing, abducted, arrested, displaced), in active ("killing 5 and wounding 12") and
passive ("Five civilians were killed") voice. ``fatalities`` and ``injuries`` sum the casualties
inside one clause for the event stage.

All patterns are compiled once, lazily, and are tried only at the few places where a number word,
a digit or a casualty word occurs, so the cost grows with the number of such words.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Final, NamedTuple

import regex

from .errors import ArgumentTypeError
from .model import Casualty, CasualtyKind, Quantity, Span, replace
from .text import ascii_words, lower_same_length

__all__ = [
    "CASUALTY_WORDS",
    "COUNTED_NOUNS",
    "casualties_within",
    "fatalities",
    "find_casualties",
    "find_counts",
    "find_quantities",
    "injuries",
    "parse_number_words",
]

Number = int | float

UNITS: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: Final[dict[str, int]] = {
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}  # fmt: skip
# Abbreviated scales glued to or after digits: "1.5m", "3bn", "2 mln".
SHORT_SCALES: Final[dict[str, int]] = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    "b": 1_000_000_000, "tn": 1_000_000_000_000,
}  # fmt: skip
# Plural vague counts: the value of one unit; "hundreds" means at least two hundred.
VAGUE_UNITS: Final[dict[str, int]] = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000,
    "millions": 1_000_000, "billions": 1_000_000_000,
}  # fmt: skip
CURRENCIES: Final[dict[str, str]] = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP"}

# Bound words: how the stated figure N relates to the true count (docs/quantities.md).
AT_LEAST: Final[tuple[str, ...]] = (
    "at least", "more than", "over", "upwards of", "in excess of", "no fewer than",
    "no less than", "not less than", "not fewer than", "well over", "just over", "a minimum of",
    "a total of at least",
)  # fmt: skip
NEARLY: Final[tuple[str, ...]] = (
    "nearly", "almost", "just under", "close to", "as many as", "as much as", "just short of",
    "just below", "just shy of",
)  # fmt: skip
AT_MOST: Final[tuple[str, ...]] = (
    "up to", "at most", "no more than", "not more than", "fewer than", "less than", "under",
    "a maximum of",
)  # fmt: skip
ABOUT: Final[tuple[str, ...]] = (
    "about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
    "approx.", "circa", "about some", "an approximate", "round about", "nearly about",
)  # fmt: skip

# Nouns that name what a count counts; the first one after a count becomes its ``unit``.
COUNTED_NOUNS: Final[frozenset[str]] = frozenset(
    """people persons person civilians civilian soldiers soldier troops trooper troopers
    servicemen serviceman servicemembers militants militant fighters fighter rebels rebel
    insurgents insurgent terrorists terrorist jihadists jihadist extremists gunmen gunman
    attackers attacker assailants assailant police policemen policeman policewomen officers
    officer personnel guards guard children child kids boys boy girls girl women woman men man
    students student pupils workers worker villagers villager residents resident protesters
    protester protestors demonstrators demonstrator refugees refugee migrants migrant asylum-seekers
    reservists reservist recruits conscripts members member supporters worshippers pilgrims
    journalists journalist reporters doctors nurses medics paramedics passengers passenger
    prisoners prisoner detainees detainee inmates hostages hostage captives victims victim
    casualties bodies lives marines sailors airmen commandos paratroopers mercenaries
    contractors staff staffers employees farmers fishermen miners shepherds herders tribesmen
    clerics priests monks nuns relatives families households peacekeepers observers diplomats
    officials leaders commanders lawmakers voters settlers inhabitants individuals infants babies
    teenagers youths youth adults elderly wounded dead deaths fatalities injuries displaced
    homes houses buildings vehicles tanks rockets missiles drones shells mortars bombs aircraft
    planes helicopters jets ships boats villages towns schools hospitals mosques churches
    weapons rifles guns""".split()
)
# What follows a number when it is a time, a date or an age rather than a count.
TIME_NOUNS: Final[frozenset[str]] = frozenset(
    """year years month months week weeks day days hour hours minute minutes second seconds
    decade decades century centuries am pm gmt utc o'clock hrs h""".split()
)
# Units of measure: a count of these is never a casualty count.
MEASURE_NOUNS: Final[frozenset[str]] = frozenset(
    """km kms kilometres kilometers kilometre kilometer miles mile metres meters metre meter m
    feet ft yards kg kilograms kilos tonnes tons pounds lbs litres liters barrels acres hectares
    degrees points per""".split()
)
# Words before a number that make it a name or a designator, not a count.
DESIGNATORS: Final[frozenset[str]] = frozenset(
    """resolution resolutions article articles no no. nos number route highway road flight
    chapter section unit paragraph page pages room block gate camp level phase round platform
    terminal building street district sector zone pillar point line channel act decree law
    order bill case file item vol. volume version grade class aged age ages size category
    stage episode season apartment apt. plot lot exit junction checkpoint kilometre kilometer
    km mile marker division brigade battalion regiment squadron corps fleet army group
    team precinct ward station tower hangar lane""".split()
)


# --- patterns ------------------------------------------------------------------------------------


def _alt(words: Iterable[str]) -> str:
    """An alternation that tries longer phrases first ("more than" before "more")."""
    parts = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s{1,3}") for w in parts)


_NUMBER_WORDS: Final[frozenset[str]] = (
    frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | {"hundred", "dozen"}
)


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    """Compile the quantity and casualty patterns once, on first use (no I/O)."""
    nw = rf"(?:{_alt(_NUMBER_WORDS)})(?!\p{{L}})"
    words_num = rf"(?:(?:a|an|one)\s{{1,3}}(?=hundred|thousand|million|billion|dozen))?{nw}" + (
        rf"(?:(?:\s{{0,3}}-\s{{0,3}}|\s{{1,3}}and\s{{1,3}}|\s{{1,3}}){nw}){{0,8}}"
    )
    digits = (
        r"(?:[0-9]{1,3}(?:,[0-9]{3}){1,4}|[0-9]{1,15})(?![0-9])(?:\.[0-9]{1,6})?"
        r"(?:\s{0,2}(?:hundred|thousand|million|billion|trillion)(?!\p{L})"
        r"|(?:mln|mn|bn|tn|k|m|b)(?![\p{L}\d]))?"
    )
    one = rf"(?:{digits}|{words_num})"
    vague = (
        r"(?:(?:several|a\s{1,3}few|many|a\s{1,3}couple\s{1,3}of)\s{1,3}"
        r"(?:dozen|hundred|thousand|million)(?!\p{L})(?:\s{1,3}of\s{1,3}(?:thousands|millions))?"
        r"|(?:tens|dozens|scores|hundreds|thousands|millions|billions)"
        r"(?:\s{1,3}(?:of\s{1,3})?(?:thousands|millions))?(?!\p{L}))"
    )
    bound = rf"(?P<bound>{_alt(AT_LEAST + NEARLY + AT_MOST + ABOUT)})\s{{1,3}}"
    pct = (
        r"(?P<pct>\s{0,2}%|\s{1,3}per\s{0,2}cent(?!\p{L})|\s{1,3}percent(?!\p{L})"
        r"|\s{0,3}pc(?!\p{L}))"
    )
    quantity = (
        r"(?<![\p{L}\d.,$€£#+/:-])"
        rf"(?:{bound})?(?P<cur>\$|us\$|€|£)?"
        rf"(?:between\s{{1,3}}(?P<lo>{one})\s{{1,3}}and\s{{1,3}}(?P<hi>{one})"
        rf"|(?P<vague>{vague})"
        rf"|(?P<lo>{one})(?:\s{{0,3}}(?:-|–|—|to|or)\s{{0,3}}(?P<hi>{one}))?"
        rf"(?P<plus>\s{{1,3}}or\s{{1,3}}more(?!\p{{L}})|\+|-plus(?!\p{{L}}))?)"
        rf"{pct}?(?P<strong>-strong)?"
    )
    compiled = regex.compile(quantity, regex.VERSION1)
    if tuple(sorted(compiled.groupindex, key=compiled.groupindex.__getitem__)) != _GROUPS:
        raise RuntimeError("the quantity pattern's groups are not in the order of _GROUPS")
    return {
        "quantity": compiled,
        # the next word after the blanks at a position (group 1)
        "word": regex.compile(r"[ \t\xa0]*+([\p{L}][\p{L}\d'’-]{0,30}+|[0-9]++|[^\s\p{L}\d])"),
    }


# The groups of the quantity pattern, in number order: a match's ``groups()`` is read by position
# (one call; `regex` answers each ``m["name"]`` several times slower than ``m[i]``).
_GROUPS: Final = ("bound", "cur", "lo", "hi", "vague", "plus", "pct", "strong")
_LO: Final = _GROUPS.index("lo") + 1
_Groups = tuple[str | None, ...]


# --- number evaluation ---------------------------------------------------------------------------


# Small helpers compiled at import: `regex`'s own pattern cache costs ~20 µs a lookup.
_LETTERS = regex.compile(r"[a-z]+")
_DIGITS_SCALE = regex.compile(r"([0-9][0-9,]{0,30}(?:\.[0-9]{1,6})?)\s{0,3}([a-z]{0,10})")
_NEXT_WORD = regex.compile(r"\s{1,3}([\p{L}0-9]{1,30})")


def parse_number_words(words: str) -> tuple[int, int] | None:
    """Value of an English number phrase and how many characters of it form the number.

    >>> parse_number_words("two hundred and fifty")
    (250, 21)
    >>> parse_number_words("twenty-five soldiers")
    (25, 11)
    """
    total = cur = 0
    last = ""
    used = 0
    pending_and = False
    for m in _LETTERS.finditer(words.lower()):
        w = m[0]
        if w == "and":
            if last not in ("hundred", "scale"):
                break
            pending_and = True
            continue
        if w in ("a", "an") and last == "":
            cur, last = 1, "a"
            used = m.end()
            continue
        if w in UNITS or w in TENS:
            v = UNITS.get(w, TENS.get(w, 0))
            ok = last in ("", "hundred", "scale") or (last == "tens" and v < 10)
            if not ok:
                break
            cur += v
            last = "tens" if w in TENS else "unit"
        elif w == "hundred":
            if last not in ("unit", "tens", "a") or cur >= 100:
                break
            cur = (cur or 1) * 100
            last = "hundred"
        elif w in SCALES:
            if last not in ("unit", "tens", "a", "hundred", "dozen"):
                break
            total += (cur or 1) * SCALES[w]
            cur, last = 0, "scale"
        elif w == "dozen":
            if last not in ("unit", "a"):
                break
            cur = (cur or 1) * 12
            last = "dozen"
        else:
            break
        pending_and = False
        used = m.end()
    if last in ("", "a") or used == 0:
        return None
    del pending_and
    return total + cur, used


_DIGITS: Final[frozenset[str]] = frozenset("0123456789")
_DIGITS_AND_COMMAS: Final[frozenset[str]] = frozenset("0123456789,")


def _digits_value(s: str) -> Number | None:
    """Value of "20,000", "1.5 million", "3bn"."""
    if len(s) <= 31 and s[:1] in _DIGITS and _DIGITS_AND_COMMAS.issuperset(s):
        # "12", "20,000": what _DIGITS_SCALE reads as the whole of s and no scale, without it
        whole = int(s.replace(",", ""))
        return None if whole > 10**15 else whole
    s = s.lower()
    m = _DIGITS_SCALE.match(s)
    if m is None:
        return None
    scale = SCALES.get(m[2]) or SHORT_SCALES.get(m[2]) or (100 if m[2] == "hundred" else 1)
    number = m[1].replace(",", "")
    if number.isdigit():  # whole numbers, most counts: int arithmetic, the same value
        whole = int(number) * scale
        return None if whole > 10**15 else whole
    try:
        base = Decimal(number)
    except InvalidOperation:
        return None
    value = base * scale
    if value > 10**15:
        return None  # not a count of anything this library reports
    return int(value) if value == value.to_integral_value() else float(value)


def _value(s: str) -> tuple[Number, str] | None:
    """Value of one number expression and the part of ``s`` it used."""
    if s[:1].isdigit():
        v = _digits_value(s)
        return None if v is None else (v, s)
    parsed = parse_number_words(s)
    if parsed is None:
        return None
    return parsed[0], s[: parsed[1]]


def _vague_low(s: str) -> int:
    """Lowest reading of a vague count: "hundreds" 200, "several hundred" 200, "tens of
    thousands" 20,000 (twice the unit; docs/quantities.md)."""
    words = s.lower().split()
    value = 1
    for w in words:
        if w in VAGUE_UNITS:
            value *= VAGUE_UNITS[w]
        elif w in ("dozen", "hundred"):
            value *= 12 if w == "dozen" else 100
        elif w in SCALES:
            value *= SCALES[w]
    return 2 * value


def _bounds(bound: str | None, value: Number) -> tuple[Number | None, Number | None, Number | None]:
    b = " ".join((bound or "").lower().split())
    if not b:
        return value, value, value
    if b in AT_LEAST:
        return value, value, None
    if b in NEARLY:
        return None, value, value
    if b in AT_MOST:
        return None, None, value
    return None, value, None  # about, around, some, an estimated


# --- the scanner ---------------------------------------------------------------------------------

_TIME_SUFFIX = regex.compile(
    r"\s{0,2}(?:-\s{0,2})?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|"
    r"centuries|a\.m\.|p\.m\.|am|pm|gmt|utc|o'clock|hrs|h(?=\s|$)|-year-old|-years-old)(?!\p{L})"
    r"|\s{0,2}[:.][0-9]{2}(?![0-9])|[/][0-9]|\s{0,2}-\s{0,2}\p{L}"
    r"|\s{1,3}(?:of\s{1,3})?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?!\p{L})"
    r"|\p{L}",  # glued to letters: "5th", "10km", "3pm"
    regex.VERSION1,
)
_MONTH_BEFORE = regex.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s{1,3}\Z|[0-9][/.]\Z|\+\s?\Z|#\Z",
    regex.VERSION1 | regex.REVERSE,  # reverse: only the end of the window is tried
)
# digit groups joined by single separators, three or more of them: phone and ID numbers
_PHONE = regex.compile(r"\+?[0-9]{1,4}+(?:[-. ][0-9]{2,4}+){2,6}+")
_PHONE_CHARS: Final[frozenset[str]] = frozenset("0123456789+-. ")
_PHONE_SEPARATORS: Final[frozenset[str]] = frozenset("-. ")
# the last characters _MONTH_BEFORE can match: the ASCII blanks and "/.+#"
_MONTH_BEFORE_LAST: Final[frozenset[str]] = frozenset(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f/.+#")
_MONTH_BEFORE_SIGNS: Final[frozenset[str]] = frozenset("/.+#")
# What _MONTH_BEFORE's branches that end in blanks have before them: a month name, its full
# stop ("Sept. "), or "+"
_MONTH_BEFORE_BLANKED: Final[tuple[str, ...]] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", ".", "+",
)  # fmt: skip

_BOUND_WORDS: Final[frozenset[str]] = frozenset(
    w for phrase in AT_LEAST + NEARLY + AT_MOST + ABOUT for w in phrase.split()
) | {"between", "a", "an", "several", "few", "many", "couple", "of", "tens"}
_NEEDLES: Final[tuple[str, ...]] = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand", "million", "billion", "dozen", "scores",
)  # fmt: skip
_START_WORDS: Final[frozenset[str]] = (
    _NUMBER_WORDS | frozenset(VAGUE_UNITS) | {"several", "a", "an", "many", "between"}
)


_lower = lower_same_length


# The whole words that can start a number: those of the number and vague-count words that
# contain one of _NEEDLES (so not "zero" or "trillion", which start none).
# (as ascii_words spells them -> as str)
_HIT_WORDS: Final[dict[bytes, str]] = {
    w.encode(): w
    for w in _NUMBER_WORDS | frozenset(VAGUE_UNITS)
    if any(n in w for n in _NEEDLES)
}
_DIGIT_RUN = regex.compile(r"[0-9]+")


def _hits(low: str, words: Iterable[bytes]) -> list[int]:
    """Offsets where a number may start: digit runs and number words (the words present found
    in ``words``, ``ascii_words(low)`` or a set of it, then located with str.find). A whole
    word starts where no other does, and a digit run where no word does, so the list holds no
    offset twice."""
    hits: list[int] = []
    n = len(low)
    for word in _HIT_WORDS.keys() & words:
        hit = _HIT_WORDS[word]
        size = len(hit)
        # whole_word_starts, written out
        i = low.find(hit)
        while i != -1:
            end = i + size
            if not (i > 0 and low[i - 1].isalpha()) and not (end < n and low[end].isalpha()):
                hits.append(i)
            i = low.find(hit, end)
    hits.extend(d.start() for d in _DIGIT_RUN.finditer(low))
    hits.sort()
    return hits


_ASCII_WORD_CHARS: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ."


def _prefix_starts(low: str, p: int) -> list[int]:
    """Starts of up to four bound words just before ``p`` ("at least", "as many as"), earliest
    first."""
    limit = max(0, p - 40)
    window = low[limit:p]
    if window.isascii():
        return _prefix_starts_ascii(low, window, limit)
    starts: list[int] = []
    j = p - 1
    limit = max(0, p - 40)
    while len(starts) < 4 and j >= limit:
        while j >= limit and low[j] in " \t\xa0":
            j -= 1
        end = j + 1
        while j >= limit and (low[j].isalpha() or low[j] == "."):
            j -= 1
        word = low[j + 1 : end]
        if end > 0 and end == j + 1 and low[j] in "$€£":
            starts.append(j)  # "$5 million", "at least $2bn"
            j -= 1
            continue
        if end == j + 1 or (word not in _BOUND_WORDS and word.rstrip(".") not in _BOUND_WORDS):
            break
        starts.append(j + 1)
    starts.reverse()
    return starts


def _prefix_starts_ascii(low: str, window: str, limit: int) -> list[int]:
    """``_prefix_starts`` for an ASCII window ``low[limit:p]``: the same steps, each run of blanks
    or of letters and dots stripped in one C call."""
    starts: list[int] = []
    while len(starts) < 4 and window:
        words = window.rstrip(" \t")
        before = words.rstrip(_ASCII_WORD_CHARS)
        if len(before) == len(words):  # no word: a currency sign ("at least $2bn") or the end
            end = limit + len(words)
            # (the sign may stand just outside the window, as in the loop above)
            if end > 0 and low[end - 1] in "$€£":
                starts.append(end - 1)
                window = window[: len(words) - 1] if words else ""
                continue
            break
        word = words[len(before) :]
        if word not in _BOUND_WORDS and word.rstrip(".") not in _BOUND_WORDS:
            break
        starts.append(limit + len(before))
        window = before
    starts.reverse()
    return starts


class _Found(NamedTuple):
    """A quantity with where its unit noun is, for the casualty stage (a named tuple: several
    times cheaper to make than a frozen attrs class)."""

    quantity: Quantity
    unit_end: int  # end of the counted noun phrase (== quantity end when there is none)
    subset: bool  # follows "including", "among them": part of a count already given


_UNIT_STOP: Final[frozenset[str]] = frozenset(
    """and or but were was had have has are is be been being who which that in on at to from by
    for with after before during as said says say while when where than into across near since
    had killed died wounded injured missing dead""".split()
)
_DETERMINERS: Final[frozenset[str]] = frozenset(
    "of the its their his her our these those them".split()
)


def _plural_noun(w: str) -> bool:
    return len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in _UNIT_STOP


def _unit_after(text: str, low: str, end: int) -> tuple[str | None, int]:
    """The counted noun after a count ("20,000 reservists", "hundreds of Afghan soldiers") and
    where it ends; (None, end) when none is found within a few words. A known noun wins; else
    the last plural before a verb or preposition ("millions of Syrians are ...")."""
    word_re = _patterns()["word"]
    pos = end
    first = True
    candidate: tuple[str, int] | None = None
    for _ in range(6):
        m = word_re.match(low, pos)
        if m is None:
            break
        w = m[1]
        if not w[0].isalpha():
            break
        if first and w in MEASURE_NOUNS:
            return w, m.end()
        if w in _DETERMINERS and first:
            pos = m.end()
            continue
        first = False
        if w in COUNTED_NOUNS:
            return w, m.end()
        if w in _UNIT_STOP or w in TIME_NOUNS:
            break
        if _plural_noun(w):
            candidate = (w, m.end())
        pos = m.end()
    return candidate if candidate is not None else (None, end)


def _excluded(text: str, low: str, m: regex.Match[str], groups: _Groups) -> bool:
    """Whether a bare number is a year, date, time, ordinal, age, designator or phone number
    (``groups``: ``m.groups()``)."""
    bound, _, lo_text, hi_text, vague, _, pct, strong = groups
    if vague is not None or pct is not None:
        return False
    start, end = m.span()
    lo = lo_text or ""
    before = text[max(0, start - 12) : start]
    last = before[-1:]
    # every branch of _MONTH_BEFORE ends in a blank or one of "/.+#": skip it after other ASCII,
    # and after blanks (str.rstrip strips every regex \s) with no month name, "." or "+" before
    if (
        (not last.isascii() or last in _MONTH_BEFORE_LAST)
        and (last in _MONTH_BEFORE_SIGNS or before.rstrip().endswith(_MONTH_BEFORE_BLANKED))
        and _MONTH_BEFORE.search(before)
    ):
        return True
    if hi_text is None and strong is None and _TIME_SUFFIX.match(text, end):
        return True
    lo_start, lo_end = m.span(_LO)
    # a phone number holds only _PHONE_CHARS, so it cannot cover "20,000" or "hundred"; and
    # when the number is a bare run of digits, one of its groups, so another group must be
    # joined to it by one separator right after it or right before it
    if (
        lo_start >= 0
        and _PHONE_CHARS.issuperset(lo)
        and (
            text[lo_end + 1 : lo_end + 2].isdigit()
            or text[max(0, lo_start - 2) : lo_start].strip(" -.")
        )
        and (
            not lo.isdigit()
            or (
                text[lo_end : lo_end + 1] in _PHONE_SEPARATORS
                and text[lo_end + 1 : lo_end + 2].isdigit()
            )
            or (
                text[lo_start - 1 : lo_start] in _PHONE_SEPARATORS
                and text[lo_start - 2 : lo_start - 1].isdigit()
            )
        )
    ):
        back = lo_start
        while back > max(0, lo_start - 25) and text[back - 1] in "0123456789 -.+()":
            back -= 1
        for phone in _PHONE.finditer(text, back, min(len(text), lo_end + 20)):
            if phone.start() <= lo_start and phone.end() >= lo_end:
                return True
    # the word just before: "Resolution 2254", "aged 25", "No. 10"
    j = start - 1
    while j >= 0 and text[j] in " \t\xa0":
        j -= 1
    k = j
    while k >= 0 and (text[k].isalpha() or text[k] == "."):
        k -= 1
    prev = low[k + 1 : j + 1]
    if prev in DESIGNATORS and bound is None:
        return True
    if _is_year(lo) and (hi_text is None or _is_year(hi_text)):
        unit, _ = _unit_after(text, low, end)
        return unit is None or unit in TIME_NOUNS  # "in 2019", "the 2014 war", "2019-2021"
    return False


def _is_year(s: str) -> bool:
    return s.isdigit() and len(s) == 4 and 1800 <= int(s) <= 2100


def _scale_word(s: str) -> int:
    """The multiplier a number expression ends with ("three million" -> 1,000,000), else 1."""
    last = s.lower().replace("-", " ").split()[-1:] or [""]
    w = last[0].lstrip("0123456789.,")
    return SCALES.get(w) or SHORT_SCALES.get(w) or (100 if w == "hundred" else 1)


def _build(text: str, low: str, m: regex.Match[str], groups: _Groups) -> _Found | None:
    bound_text, cur, lo_text, hi_text, vague, plus, pct, _ = groups
    start, end = m.span()
    low_val: Number | None = None
    best: Number | None = None
    high: Number | None = None
    bound = " ".join(bound_text.lower().split()) if bound_text is not None else ""
    if vague is not None:
        low_val = best = _vague_low(vague)
        if bound in AT_MOST:
            low_val = best = None
            high = _vague_low(vague)
    else:
        assert lo_text is not None  # every other branch of the pattern sets it
        lo = _value(lo_text)
        if lo is None:
            return None
        if lo[1] != lo_text:  # a number-word phrase that stops early: "one two" -> "one"
            if hi_text is not None:
                return None
            end = m.start(_LO) + len(lo[1])
        if hi_text is not None:
            hi = _value(hi_text)
            if hi is None or hi[1] != hi_text:
                return None
            lo_v, hi_v = lo[0], hi[0]
            scale = _scale_word(hi_text)
            if scale > 1 and _scale_word(lo_text) == 1 and lo_v * scale <= hi_v:
                lo_v = lo_v * scale  # "two to three million": the scale applies to both
            if lo_v > hi_v:
                return None  # "3-0" is a score, not a range
            low_val, best, high = lo_v, None, hi_v
            if bound in AT_MOST:
                low_val = None
        elif plus and end == m.end():
            low_val, best, high = lo[0], lo[0], None
        else:
            low_val, best, high = _bounds(bound, lo[0])
        if lo[0] == 1 and not lo_text[0].isdigit() and hi_text is None and not bound:
            noun, _ = _unit_after(text, low, end)
            if noun not in COUNTED_NOUNS or pct is not None:
                return None  # "one of them", "at one point": not a count
    whole = end == m.end()
    unit: str | None
    if whole and pct is not None:
        unit, unit_end = "percent", end
    else:
        unit, unit_end = _unit_after(text, low, end)
        if cur:
            unit = CURRENCIES.get(cur, unit)
    if unit in TIME_NOUNS:
        return None
    q = Quantity(
        low=low_val, best=best, high=high, unit=unit, text=text[start:end], span=Span(start, end)
    )
    before = low[max(0, start - 25) : start].rstrip(" ,\t(")
    subset = before.endswith(("including", "among them", "among whom", "of whom", "of them"))
    return _Found(q, unit_end, subset)


# Characters of the quantity pattern's opening lookbehind (a subset: letters are left out).
_NOT_AFTER: Final[frozenset[str]] = frozenset("0123456789.,$€£#+/:-")


def _scan(text: str, low: str, words: Iterable[bytes]) -> list[_Found]:
    """The counts in ``text``; ``low`` is ``lower_same_length(text)``, ``words`` its
    ``ascii_words`` (or a set of them)."""
    pats = _patterns()
    qre = pats["quantity"]
    found: list[regex.Match[str]] = []
    tried: dict[int, regex.Match[str] | None] = {}
    for p in _hits(low, words):
        if found and p < found[-1].end():
            continue
        for st in [*_prefix_starts(low, p), p]:
            if st not in tried:
                # the pattern's lookbehind fails after these: skip the call ("20,000", "07-07")
                fails = st > 0 and low[st - 1] in _NOT_AFTER
                tried[st] = None if fails else qre.match(low, st)
            m = tried[st]
            if m is not None and m.end() > p:
                found.append(m)
                break
    out: list[_Found] = []
    for m in found:
        groups = m.groups()
        if _excluded(text, low, m, groups):
            continue
        f = _build(text, low, m, groups)
        if f is not None:
            out.append(f)
    return out


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise ArgumentTypeError("text", "str", text)


def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Find every count in ``text`` with its bounds and the noun it counts.

    >>> [(q.text, q.low, q.best, q.high, q.unit) for q in find_quantities(
    ...     "at least 12 people and hundreds of soldiers; 90 per cent of troops")]
    [('at least 12', 12, 12, None, 'people'), ('hundreds', 200, 200, None, 'soldiers'), \
('90 per cent', 90, 90, 90, 'percent')]
    """
    _check_text(text)
    low = _lower(text)
    return tuple(f.quantity for f in _scan(text, low, ascii_words(low)))


# --- casualties ----------------------------------------------------------------------------------

CASUALTY_WORDS: Final[dict[str, CasualtyKind]] = {
    **dict.fromkeys(
        "killed dead died slain murdered executed massacred perished beheaded lynched "
        "shot_dead gunned_down lost_their_lives killing kill kills deaths fatalities bodies "
        "lives executing massacring murdering".split(),
        CasualtyKind.KILLED,
    ),
    **dict.fromkeys(
        "wounded injured hurt hospitalised hospitalized wounding injuring injuries wounds "
        "maimed".split(),
        CasualtyKind.INJURED,
    ),
    **dict.fromkeys("missing unaccounted_for disappeared".split(), CasualtyKind.MISSING),
    **dict.fromkeys(
        "abducted kidnapped captured taken_hostage held_hostage seized abducting kidnapping "
        "capturing hostages".split(),
        CasualtyKind.ABDUCTED,
    ),
    **dict.fromkeys(
        "arrested detained jailed imprisoned rounded_up taken_into_custody arresting detaining "
        "jailing".split(),
        CasualtyKind.ARRESTED,
    ),
    **dict.fromkeys(
        "displaced fled uprooted evacuated homeless displacing forced_to_flee "
        "made_homeless".split(),
        CasualtyKind.DISPLACED,
    ),
}
_KIND_BY_UNIT: Final[dict[str, CasualtyKind]] = {
    "dead": CasualtyKind.KILLED, "deaths": CasualtyKind.KILLED, "fatalities": CasualtyKind.KILLED,
    "bodies": CasualtyKind.KILLED, "lives": CasualtyKind.KILLED, "wounded": CasualtyKind.INJURED,
    "injuries": CasualtyKind.INJURED, "hostages": CasualtyKind.ABDUCTED,
    "displaced": CasualtyKind.DISPLACED,
}  # fmt: skip
_OBJECT_START: Final[frozenset[str]] = (
    frozenset(
        "the a an his her their its our at more dozens hundreds scores several some about nearly "
        "over up as".split()
    )
    | frozenset(UNITS)
    | frozenset(TENS)
)
_PERSONISH_SKIP: Final[frozenset[str]] = frozenset(
    "homes houses buildings vehicles tanks rockets missiles drones shells mortars bombs aircraft "
    "planes helicopters jets ships boats villages towns schools hospitals mosques churches "
    "weapons rifles guns".split()
)


_PASSIVE_WORDS: Final[tuple[str, ...]] = tuple(
    k
    for k in CASUALTY_WORDS
    if (not k.endswith("ing") or k == "missing")
    and k
    not in (
        "kill",
        "kills",
        "deaths",
        "fatalities",
        "bodies",
        "lives",
        "injuries",
        "wounds",
        "hostages",
    )
)
_AUX_WORDS: Final[tuple[str, ...]] = tuple(
    """were was are is have has had been being got reportedly also all later confirmed believed
    feared thought said to be now still each initially allegedly both either subsequently then
    since just apparently mostly remain remains remained""".split()
)
# The words the "passive" pattern can begin with (after at most three blanks); elsewhere only
# its ", including ..." opening can match, so other words skip the regex call.
_PASSIVE_FIRST: Final[frozenset[str]] = frozenset(_AUX_WORDS) | frozenset(
    k.split("_")[0] for k in _PASSIVE_WORDS
)
_ASCII_WORD = re.compile(r"[a-z]+")  # the stdlib engine: a cheaper anchored match
_ACTIVE_WORDS: Final[tuple[str, ...]] = tuple(
    k
    for k in CASUALTY_WORDS
    if k.endswith(("ing", "ed")) or k in ("kill", "kills", "shot_dead", "gunned_down")
)
# The words the "active" pattern can end with (before its final blanks): a window that does not
# end with one of them cannot match, and the regex call is skipped.
_ACTIVE_ENDS: Final[tuple[str, ...]] = tuple(
    sorted(
        {k.rsplit("_", 1)[-1] for k in _ACTIVE_WORDS}
        | {"wounding", "injuring", "wounded", "injured", "of", "left", "leaving", "leaves"}
    )
)


def _kind_pattern(forms: str) -> str:
    return "|".join(
        sorted((k.replace("_", r"\s{1,3}") for k in forms.split()), key=len, reverse=True)
    )


_NO_ACTIVE: Final[tuple[None, ...]] = (None,) * 5


@functools.cache
def _casualty_patterns() -> dict[str, regex.Pattern[str]]:
    passive = _kind_pattern(" ".join(_PASSIVE_WORDS))
    active = _kind_pattern(" ".join(_ACTIVE_WORDS))
    aux = rf"(?:(?:{'|'.join(_AUX_WORDS)})\s{{1,3}}){{0,5}}"
    pats = {
        # after the counted noun phrase: "... were killed", "... dead", ", including 3, were killed"
        "passive": regex.compile(
            rf"(?P<incl>\s{{0,3}},\s{{0,3}}(?:including|among\s{{1,3}}them|most\s{{1,3}}of\s{{1,3}}"
            rf"them)[^.;:!?\n]{{1,80}}?,)?\s{{0,3}}(?P<aux>{aux})(?P<kind>{passive})"
            rf"(?P<orw>\s{{1,3}}or\s{{1,3}}(?:wounded|injured))?(?!\p{{L}})",
            regex.VERSION1,
        ),
        # before the count: "killing", "killed at least", "claimed the lives of", "left"
        "active": regex.compile(
            rf"(?:(?P<kind>{active})(?P<orw>\s{{1,3}}or\s{{1,3}}(?:wounding|injuring|wounded|"
            rf"injured))?|(?P<lives>(?:claim|claimed|claiming|cost|costing|took|taking)\s{{1,3}}the"
            rf"\s{{1,3}}lives\s{{1,3}}of)|(?P<deaths>the\s{{1,3}}deaths?\s{{1,3}}of)|(?P<left>left|"
            rf"leaving|leaves))\s{{1,3}}\Z",
            regex.VERSION1 | regex.REVERSE,  # reverse: only the end of the window is tried
        ),
        "toll": regex.compile(
            r"(?:death|casualty|fatality)\s{1,3}tolls?\b[^.;!?\n0-9]{0,60}?\s\Z",
            regex.VERSION1 | regex.REVERSE,
        ),
    }
    # _casualty_for reads these groups by position
    for name, groups in (
        ("passive", ("incl", "aux", "kind", "orw")),
        ("active", ("kind", "orw", "lives", "deaths", "left")),
    ):
        index = pats[name].groupindex
        if tuple(sorted(index, key=index.__getitem__)) != groups:
            raise RuntimeError(f"the {name} pattern's groups are not in the order read")
    return pats


def _casualty_for(
    text: str, low: str, f: _Found, pats: dict[str, regex.Pattern[str]]
) -> Casualty | None:
    q = f.quantity
    if q.span is None or q.unit in ("percent", "USD", "EUR", "GBP"):
        return None
    unit = q.unit
    if unit in _PERSONISH_SKIP or unit in MEASURE_NOUNS:
        return None
    start, end = q.span.start, q.span.end
    before = low[max(0, start - 70) : start]
    kind: CasualtyKind | None = None
    c_start, c_end = start, f.unit_end
    either = False
    act = pats["active"].search(before) if before.rstrip().endswith(_ACTIVE_ENDS) else None
    # the active pattern's groups by position: kind, orw, lives, deaths, left
    act_kind, act_orw, lives, deaths, left = act.groups() if act is not None else _NO_ACTIVE
    if act is not None and not (left and unit not in _KIND_BY_UNIT):
        if act_kind:
            kind = CASUALTY_WORDS[" ".join(act_kind.split()).replace(" ", "_")]
            either = act_orw is not None
        elif lives or deaths:
            kind = CasualtyKind.KILLED
        c_start = start - (len(before) - act.start())
    elif "toll" in before and (toll := pats["toll"].search(before)) is not None:
        kind = CasualtyKind.KILLED
        c_start = start - (len(before) - toll.start())
    if kind is None and unit in _KIND_BY_UNIT and f.unit_end > end:
        kind = _KIND_BY_UNIT[unit]
        if act is not None and left:
            c_start = start - (len(before) - act.start())
    if kind is None:
        pas = pats["passive"].match(low, f.unit_end) if _may_be_passive(low, f.unit_end) else None
        if pas is not None:
            _, aux, pas_kind, pas_orw = pas.groups()  # incl, aux, kind, orw
            verb = " ".join(pas_kind.split()).replace(" ", "_")
            follow = _NEXT_WORD.match(low, pas.end())
            if (
                not aux
                and follow is not None
                and (follow[1] in _OBJECT_START or follow[1][0].isdigit())
            ):
                return None  # "5 gunmen killed 3 people": the count is the killers
            kind = CASUALTY_WORDS[verb]
            either = pas_orw is not None
            c_end = pas.end()
    if kind is None or f.subset:
        return None
    count = q
    if either and kind is CasualtyKind.KILLED:
        # "killed or wounded": how many died is only bounded by the count
        count = replace(q, low=None, best=None, high=q.high if q.high is not None else q.best)
    return Casualty(kind=kind, count=count, span=Span(c_start, c_end), text=text[c_start:c_end])


def _may_be_passive(low: str, pos: int) -> bool:
    """Whether the "passive" pattern can match at ``pos``: after at most three blanks comes a
    comma or one of _PASSIVE_FIRST (a superset of the pattern's condition)."""
    k, n = pos, len(low)
    while k < n and k - pos < 3 and low[k].isspace():  # isspace: a superset of regex \s
        k += 1
    if low[k : k + 1] == ",":
        return True
    word = _ASCII_WORD.match(low, k)
    return word is not None and word.group() in _PASSIVE_FIRST


def find_casualties(text: str) -> tuple[Casualty, ...]:
    """Find casualty counts: who was killed, injured, missing, abducted, arrested or displaced.

    >>> [(c.kind.value, c.count.best) for c in find_casualties(
    ...     "The blast killed 5 soldiers and wounded 12. Three civilians were abducted.")]
    [('killed', 5), ('injured', 12), ('abducted', 3)]
    """
    _check_text(text)
    low = _lower(text)
    return _casualties(text, low, _scan(text, low, ascii_words(low)))


def find_counts(text: str) -> tuple[tuple[Quantity, ...], tuple[Casualty, ...]]:
    """``(find_quantities(text), find_casualties(text))`` from one scan of the text.

    >>> qs, cs = find_counts("Gunmen killed 4 people.")
    >>> (len(qs), cs[0].kind.value)
    (1, 'killed')
    """
    _check_text(text)
    low = _lower(text)
    return _find_counts(text, low, ascii_words(low))


def _find_counts(
    text: str, low: str, words: Iterable[bytes]
) -> tuple[tuple[Quantity, ...], tuple[Casualty, ...]]:
    """``find_counts`` for a checked ``text`` whose ``low`` and ``words`` (see ``_scan``) the
    caller has made: ``parse`` makes them once for this stage and the dates."""
    found = _scan(text, low, words)
    return tuple(f.quantity for f in found), _casualties(text, low, found)


def _casualties(text: str, low: str, found: list[_Found]) -> tuple[Casualty, ...]:
    pats = _casualty_patterns()
    out: list[Casualty] = []
    for f in found:
        c = _casualty_for(text, low, f, pats)
        if c is None:
            continue
        if out and out[-1].span.overlaps(c.span) and out[-1].kind is c.kind:
            continue  # "12 people, including 3 children, were killed": 12 only
        out.append(c)
    # coordinated counts share the verb: "killed 5 soldiers and 3 civilians"
    return _share_verbs(text, found, out)


def _share_verbs(text: str, found: list[_Found], out: list[Casualty]) -> tuple[Casualty, ...]:
    have = {c.count.span for c in out}
    extra: list[Casualty] = []
    by_span = {c.count.span: c for c in out}
    for a, b in itertools.pairwise(found):
        qa, qb = a.quantity, b.quantity
        if qa.span is None or qb.span is None or b.subset or a.subset:
            continue
        gap = text[a.unit_end : qb.span.start].strip().lower()
        if gap not in ("and", ",", "as well as", ", and"):
            continue
        ca, cb = by_span.get(qa.span), by_span.get(qb.span)
        if (ca is None) == (cb is None):
            continue
        src, tgt = (ca, b) if ca is not None else (cb, a)
        assert src is not None
        if tgt.quantity.unit in _PERSONISH_SKIP or tgt.quantity.unit in ("percent", "USD"):
            continue
        if tgt.quantity.span in have:
            continue
        s = tgt.quantity.span
        assert s is not None
        span = Span(s.start, tgt.unit_end)
        extra.append(
            replace(src, count=tgt.quantity, span=span, text=text[span.start : span.end])
        )
    if not extra:
        return tuple(out)
    return tuple(sorted(out + extra, key=lambda c: (c.span.start, c.span.end)))


def casualties_within(casualties: Iterable[Casualty], span: Span) -> tuple[Casualty, ...]:
    """The casualties whose phrase lies inside ``span`` (a clause or sentence of an event).

    >>> cs = find_casualties("Gunmen killed 4 people. Police arrested 2 men.")
    >>> [c.kind.value for c in casualties_within(cs, Span(0, 23))]
    ['killed']
    """
    return tuple(c for c in casualties if span.contains(c.span))


def _total(
    casualties: Iterable[Casualty], kind: CasualtyKind, span: Span | None
) -> Quantity | None:
    chosen = [c for c in casualties if c.kind is kind and (span is None or span.contains(c.span))]
    if not chosen:
        return None
    if len(chosen) == 1:
        return chosen[0].count
    counts = [c.count for c in chosen]
    lows = [q.low if q.low is not None else 0 for q in counts]
    best = None if any(q.best is None for q in counts) else sum(q.best or 0 for q in counts)
    high = None if any(q.high is None for q in counts) else sum(q.high or 0 for q in counts)
    low = sum(lows) if any(q.low is not None for q in counts) else None
    units = {q.unit for q in counts}
    return Quantity(
        low=low,
        best=best,
        high=high,
        unit=units.pop() if len(units) == 1 else None,
        text=" + ".join(q.text for q in counts),
        span=None,
    )


def fatalities(casualties: Iterable[Casualty], within: Span | None = None) -> Quantity | None:
    """The number killed, summed over the killed-casualties inside ``within`` (all if None).

    Separate counts in one clause add up ("5 soldiers and 3 civilians were killed" gives 8); a
    sum has no single span, so its ``span`` is None and its ``text`` joins the parts with " + ".

    >>> fatalities(find_casualties("The attack killed 5 soldiers and 3 civilians.")).best
    8
    """
    return _total(casualties, CasualtyKind.KILLED, within)


def injuries(casualties: Iterable[Casualty], within: Span | None = None) -> Quantity | None:
    """The number injured inside ``within`` (all if None), summed like :func:`fatalities`.

    >>> injuries(find_casualties("killing 5 and wounding 12")).best
    12
    """
    return _total(casualties, CasualtyKind.INJURED, within)
