"""Article reader and sentence splitter.

Both keep offsets into the original text: the reader never rewrites the text, it only says where
the prose (``Article.body``) starts after a metadata line or a wire dateline, and the splitter
returns ``Span``s.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import Final

import regex

from .errors import ArgumentTypeError, ArgumentValueError, DocumentTooLargeError
from .model import Article, Dateline, Span

__all__ = [
    "DEFAULT_MAX_CHARS",
    "MAX_SENTENCE_CHARS",
    "ascii_words",
    "check_text",
    "coerce_published",
    "lower_same_length",
    "read_article",
    "split_sentences",
    "whole_word_starts",
    "words_containing",
]

#: Longest text ``parse`` accepts by default (characters); pass ``max_chars`` to change it.
DEFAULT_MAX_CHARS: Final = 10_000_000
#: Longest sentence ``split_sentences`` returns; a longer run without a break is cut at a blank.
#: Real news sentences stay far below it (the longest in the seeds and PLOVER-GSR is 278).
MAX_SENTENCE_CHARS: Final = 1_000

_MONTHS: Final = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_RE: Final = "|".join(sorted(_MONTHS, key=len, reverse=True))


def check_text(
    text: object, *, argument: str = "text", max_chars: int | None = DEFAULT_MAX_CHARS
) -> str:
    """Return ``text`` if it is a ``str`` within the size limit; raise a typed error otherwise.

    >>> check_text("Taliban fighters attacked.")
    'Taliban fighters attacked.'
    """
    if not isinstance(text, str):
        raise ArgumentTypeError(argument, "str", text)
    if max_chars is not None:
        # checked here so a bad limit fails with its name, not deep inside a comparison
        if not isinstance(max_chars, int) or isinstance(max_chars, bool):
            raise ArgumentTypeError("max_chars", "an int or None", max_chars)
        if max_chars < 0:
            raise ArgumentValueError("max_chars", f"must be 0 or more, got {max_chars}")
    if max_chars is not None and len(text) > max_chars:
        raise DocumentTooLargeError(len(text), max_chars)
    return text


def coerce_published(value: object) -> dt.date | None:
    """Turn a ``published`` argument (date, datetime or ISO string) into a ``date``.

    >>> coerce_published("2021-07-07T10:00:00Z")
    datetime.date(2021, 7, 7)
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        stripped = value.strip()
        match = regex.fullmatch(
            r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]{1,20}+(?:Z|[+-]\d{2}:?\d{2})?+)?+", stripped
        )
        if match:
            try:
                return dt.date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                pass
        raise ArgumentValueError(
            "published", f"expected an ISO date like 2021-07-07, got {value!r}"
        )
    raise ArgumentTypeError("published", "a date, a datetime, an ISO date string or None", value)


# A metadata line at the very top: "date 2021-07-07", "Date: 2021-07-07", "published: 2021-07-07".
# The seed format puts the article's first words on the same line, so only the key and the value
# are consumed.
_METADATA = regex.compile(
    r"\A[ \t\r\n\ufeff]{0,50}+(?:date|published|pubdate|publication date)[ \t]{0,5}+:?[ \t]{0,5}+"
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?+(?:Z|[+-]\d{2}:?\d{2})?+)?+[ \t]{0,20}+",
    regex.IGNORECASE,
)
_TITLE = regex.compile(
    r"\A[ \t]{0,20}+title[ \t]{0,5}+:[ \t]{0,5}+([^\n]{1,300}+)\n", regex.IGNORECASE
)

# Wire datelines: "KABUL, July 7 (Reuters) -", "MOSCOW (AP) —", "WASHINGTON —",
# "BAMAKO, Mali, March 3, 2024 (AFP) -". The place is in capitals; a dash or colon ends it.
_DATELINE = regex.compile(
    r"""
    (?P<lead>[ \t\r\n]{0,50}+)
    (?P<place>\p{Lu}[\p{Lu}'’.\-]{1,30}+(?:[ \t]\p{Lu}[\p{Lu}'’.\-]{0,30}+){0,3}+)
    (?:,[ \t]{0,3}+(?!(?i:"""
    + _MONTH_RE
    + r""")\b)(?P<region>\p{Lu}\p{Ll}[\p{L}.'’\-]{0,30}+
        (?:[ \t](?:(?:of|the|and|de|du|del)[ \t])?+\p{Lu}[\p{L}.'’\-]{0,30}+){0,3}+))?+
    (?:,?[ \t]{0,3}+(?P<date>(?i:"""
    + _MONTH_RE
    + r""")\.?[ \t]{1,3}+\d{1,2}(?:,[ \t]{0,3}+\d{4})?+))?+
    (?:[ \t]{0,3}+\((?P<agency>[\p{L}\p{N} .&'’\-]{1,40}+)\))?+
    [ \t]{0,3}+(?:[-–—]{1,2}+|:)[ \t]{0,3}+
    """,
    regex.VERBOSE,
)


def _dateline_published(date_text: str) -> dt.date | None:
    match = regex.fullmatch(
        r"(\p{L}+)\.?[ \t]{1,3}+(\d{1,2}),[ \t]{0,3}+(\d{4})", date_text, regex.IGNORECASE
    )
    if not match:
        return None  # no year in the dateline: the date alone cannot place the article
    month = _MONTHS.get(match[1].lower())
    if month is None:
        return None
    try:
        return dt.date(int(match[3]), month, int(match[2]))
    except ValueError:
        return None


def read_article(
    text: str,
    published: dt.date | dt.datetime | str | None = None,
    *,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> Article:
    """Read plain text into an ``Article``: publication date, title, dateline and body span.

    An explicit ``published`` wins over a leading ``date YYYY-MM-DD`` metadata line, which wins
    over a dated wire dateline. Nothing in ``text`` is changed or dropped; ``body`` says where the
    prose starts.

    >>> a = read_article("KABUL, July 7, 2021 (Reuters) - Taliban fighters attacked Qala-i-Naw.")
    >>> a.published.isoformat(), a.dateline.place, a.dateline.agency, a.text[a.body.start:][:7]
    ('2021-07-07', 'Kabul', 'Reuters', 'Taliban')
    """
    check_text(text, max_chars=max_chars)
    explicit = coerce_published(published)
    start = 0
    found: dt.date | None = None
    source: str | None = None
    title: str | None = None

    title_match = _TITLE.match(text)
    if title_match:
        title = title_match[1].strip()
        start = title_match.end()
    meta = _METADATA.match(text, start)
    if meta:
        try:
            found = dt.date(int(meta[1]), int(meta[2]), int(meta[3]))
            source = "metadata"
        except ValueError:
            found = None  # an impossible metadata date is ignored, not guessed
        start = meta.end()

    dateline: Dateline | None = None
    line = _DATELINE.match(text, start)
    # A dateline needs an agency, a date, or a place of 3+ capitals: "A -" is not a dateline.
    if line and (line["agency"] or line["date"] or len(line["place"].replace(".", "")) >= 3):
        place_start = line.start("place")
        place = line["place"].title() if line["place"].isupper() else line["place"]
        dateline = Dateline(
            place=place,
            span=Span(place_start, line.end()),
            agency=line["agency"],
            date_text=line["date"],
        )
        if found is None and line["date"]:
            found = _dateline_published(line["date"])
            source = "dateline" if found else None
        start = line.end()

    if explicit is not None:
        found, source = explicit, "argument"

    body_start = start
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1
    body_end = len(text)
    while body_end > body_start and text[body_end - 1].isspace():
        body_end -= 1
    return Article(
        text=text,
        published=found,
        published_source=source,
        title=title,
        dateline=dateline,
        body=Span(body_start, body_end),
    )


def lower_same_length(text: str) -> str:
    """``text.lower()`` with the same length, so offsets into it still index ``text``.

    >>> lower_same_length("İstanbul ATTACK")  # 'İ' lower-cases to two characters: kept
    'İstanbul attack'
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# bytes.translate table: a-z stay, every other byte becomes a blank
_ASCII_LETTERS_ONLY: Final = bytes(b if 97 <= b <= 122 else 32 for b in range(256))


def ascii_words(low: str) -> list[bytes]:
    """Every run of the letters a-z in ``low``, as bytes, in text order; a superset of the whole
    words of ``low`` spelt in a-z only. A few passes in C, far cheaper than one ``str.find`` per
    needle: callers intersect it with their words and search the text only for those present.

    >>> ascii_words("on monday, 5 july (Reuters)")
    [b'on', b'monday', b'july', b'euters']
    """
    return low.encode("ascii", "replace").translate(_ASCII_LETTERS_ONLY).split()


def whole_word_starts(low: str, word: str) -> Iterator[int]:
    """Start of every occurrence of ``word`` in ``low`` with no letter just before or after it.

    >>> list(whole_word_starts("today a day, days", "day"))
    [8]
    """
    n, size = len(low), len(word)
    i = low.find(word)
    while i != -1:
        end = i + size
        if not (i > 0 and low[i - 1].isalpha()) and not (end < n and low[end].isalpha()):
            yield i
        i = low.find(word, end)


def words_containing(low: str, needles: Iterable[str]) -> Iterator[tuple[int, str]]:
    """(start, word) for every whole word of ``low`` that contains one of ``needles``, found
    with ``str.find`` (far cheaper than a regex scan over every position); a word holding
    several needles is reported once per needle.

    >>> sorted(set(words_containing("on monday and today", ("day",))))
    [(3, 'monday'), (14, 'today')]
    """
    n = len(low)
    for needle in needles:
        i = low.find(needle)
        while i != -1:
            start, end = i, i + len(needle)
            while start > 0 and low[start - 1].isalpha():
                start -= 1
            while end < n and low[end].isalpha():
                end += 1
            yield start, low[start:end]
            i = low.find(needle, end)


# --- sentences -----------------------------------------------------------------------------------

# Abbreviations after which a period does not end a sentence (lower-cased, without the period).
_TITLES: Final = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr cdr brig rev fr sr jr st
    gov sen rep pres amb sec supt insp det hon messrs mt ft no nos vs etc approx est dept univ
    inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec fig op vol pp art al""".split()
)
# Sentence starters after which even a dotted abbreviation ("U.S.") is taken to end a sentence.
_STARTERS: Final = frozenset(
    """the a an he she it they we i this that these those there in on at but and however meanwhile
    his her their its our after before when while as if officials police""".split()
)

# A candidate end: terminal punctuation, closing quotes/brackets, then space; or a blank line.
# Each alternative may only start at the first character of its run (the lookbehinds): otherwise
# a long run of dots or blanks with no break after it is rescanned from every position (quadratic).
_BOUNDARY = regex.compile(
    r"""(?P<stop>(?<![.!?…])[.!?…]++)(?P<close>["'”’»)\]]{0,3}+)
        (?P<space>[ \t]++|[ \t]*+\r?\n[ \t\r\n]*+)
      | (?P<para>(?<![ \t])[ \t]*+\r?\n(?:[ \t]*+\r?\n)++[ \t\r\n]*+)""",
    regex.VERBOSE,
)
# The same on the stdlib engine, which matches at a given start about three times faster. Greedy
# equals possessive here: each run is followed by something it cannot hold, and the paragraph
# branch ends in a run that always matches, so no backtracking can find another match.
_BOUNDARY_AT = re.compile(
    r"""(?P<stop>(?<![.!?…])[.!?…]+)(?P<close>["'”’»)\]]{0,3})
        (?P<space>[ \t]+|[ \t]*\r?\n[ \t\r\n]*)
      | (?P<para>(?<![ \t])[ \t]*\r?\n(?:[ \t]*\r?\n)+[ \t\r\n]*)""",
    re.VERBOSE,
)
# What str.isspace() calls blank: Unicode White_Space plus the separators U+001C-U+001F.
_BLANK = r"[\s\x1c-\x1f]"
_LAST_BLANK = regex.compile(rf"(?r){_BLANK}")  # searched right to left: the last blank in a window
_LEADING_BLANKS = regex.compile(rf"{_BLANK}++")
_TRAILING_BLANKS = regex.compile(rf"(?r){_BLANK}++")  # matched right to left from the end
_WORD_BEFORE = regex.compile(r"(?:\p{L}{1,12}+\.){0,4}+\p{L}{0,12}+\Z")
_NEXT_WORD = regex.compile(r"[\"'“‘(\[]{0,2}+(\p{L}[\p{L}'’]{0,20}+|\p{N})")


def _is_abbreviation_end(text: str, stop_at: int, next_at: int) -> bool:
    """Whether the period at ``stop_at`` belongs to an abbreviation or an initial."""
    # Start at the run of letters and dots before the stop: searching the whole 60-character
    # window tries every position in it, which made runs of ". . ." slow.
    lo = stop_at
    floor = max(0, stop_at - 60)
    while lo > floor and (text[lo - 1] == "." or text[lo - 1].isalpha()):
        lo -= 1
    word = _WORD_BEFORE.search(text, lo, stop_at)
    token = word.group() if word else ""
    if not token:
        return False
    nxt = _NEXT_WORD.match(text, next_at)
    next_word = nxt[1] if nxt else ""
    starts_lower = bool(next_word) and next_word[0].islower()
    if starts_lower:
        return True  # "the U.S. military", "approx. five"
    low = token.lower()
    if "." in token:  # dotted forms: U.S., U.N., a.m.
        return next_word.lower() not in _STARTERS
    if low in _TITLES:
        return not (
            low in {"no", "etc", "co", "inc", "ltd", "al"}
            and not next_word[:1].isdigit()
            and next_word.lower() in _STARTERS
        )
    # A single capital letter is an initial ("George W. Bush").
    return len(token) == 1 and token.isupper()


_STOPS: Final = ".!?…"


def _boundaries(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The matches of ``_BOUNDARY.finditer(text, lo, hi)``, found faster.

    A boundary starts at a stop character or in the blank run just before a line break, so only
    those few positions are tried (in text order, past the previous match), instead of letting
    the regex try every position of the text.
    """
    starts: list[int] = []
    for stop in _STOPS:
        i = text.find(stop, lo, hi)
        while i != -1:
            starts.append(i)
            i = text.find(stop, i + 1, hi)
    i = text.find("\n", lo, hi)
    while i != -1:
        # every position from the start of the blanks before this line break up to it
        j = i
        if j > lo and text[j - 1] == "\r":
            j -= 1
        while j > lo and text[j - 1] in " \t":
            j -= 1
        # The paragraph branch can start only there (after a blank its lookbehind fails) or at a
        # "\n" that follows a "\r"; nothing else in the run starts a boundary.
        starts.append(j)
        if j < i and text[i - 1] == "\r":
            starts.append(i)
        i = text.find("\n", i + 1, hi)
    starts.sort()
    pos = lo
    match = _BOUNDARY_AT.match
    for q in starts:
        if q < pos:
            continue
        m = match(text, q, hi)
        if m is not None:
            yield m
            pos = m.end()


def split_sentences(text: str, body: Span | None = None) -> tuple[Span, ...]:
    """Split ``text`` (or the ``body`` part of it) into sentence spans, trimmed of white space.

    Paragraph breaks always end a sentence; a period after an abbreviation (Gen., Lt. Col., Dr.,
    No., U.S. before a lower-case word), an initial or inside a decimal does not. A stretch longer
    than ``MAX_SENTENCE_CHARS`` without a break is cut at a blank into shorter sentences.

    >>> t = 'Lt. Col. J. Smith said 2.5 tons arrived. "We left," he said. U.S. troops stayed.'
    >>> [t[s.start:s.end] for s in split_sentences(t)]
    ['Lt. Col. J. Smith said 2.5 tons arrived.', '"We left," he said.', 'U.S. troops stayed.']
    """
    check_text(text, max_chars=None)
    lo, hi = (body.start, body.end) if body is not None else (0, len(text))
    hi = min(hi, len(text))
    spans: list[Span] = []
    start = lo
    for match in _boundaries(text, lo, hi):
        para, stop, close, space = match.group("para", "stop", "close", "space")
        if para is None:
            newline = "\n" in space
            if (
                stop == "."
                and not close
                and not newline
                and _is_abbreviation_end(text, match.start(), match.end())
            ):
                continue
            if not newline and stop != ".":
                # A lower-case continuation after "?" or "!" inside a quote: "Why?" he asked.
                nxt = _NEXT_WORD.match(text, match.end())
                if nxt and nxt[1][0].islower():
                    continue
            end = match.start("space")
        else:
            end = match.start()
        _add(text, spans, start, end)
        start = match.end()
    _add(text, spans, start, hi)
    return tuple(spans)


def _add(text: str, spans: list[Span], start: int, end: int) -> None:
    start = _skip_blanks(text, start, end)
    # A run-on "sentence" (no stop for pages: a table, a list, hostile input) is cut into pieces,
    # so per-sentence work downstream stays bounded whatever the text.
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        blank = _LAST_BLANK.search(text, start + MAX_SENTENCE_CHARS // 2, limit)
        cut = blank.start() if blank else limit
        _add(text, spans, start, cut)
        start = _skip_blanks(text, cut, end)
    # str.isspace() is exactly _BLANK: the regex runs only when there is a blank to trim
    if end > start and text[end - 1].isspace():
        trailing = _TRAILING_BLANKS.match(text, start, end)
        if trailing:
            end = trailing.start()
    if end > start:
        spans.append(Span(start, end))


def _skip_blanks(text: str, start: int, end: int) -> int:
    if start >= end or not text[start].isspace():
        return start
    leading = _LEADING_BLANKS.match(text, start, end)
    return leading.end() if leading else start
