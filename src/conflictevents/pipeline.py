"""The pipeline: the only place that knows the order of the stages.

text -> reader -> sentences -> mentions (dates, quantities, casualties, places, actors)
     -> event candidates -> merge -> Document
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

from .actors import ActorTables, capital_country, find_actors
from .dates import _find_dates
from .events import Mentions, find_merged_events, infer_recipients
from .model import Actor, Article, Document, Location, Span, _document
from .places import Gazetteer, find_places
from .quantities import _find_counts
from .rules import RuleSet
from .text import DEFAULT_MAX_CHARS, ascii_words, lower_same_length, read_article, split_sentences

__all__ = ["focus_country", "parse"]


# actor kinds that name a place as well (a country, its capital or seat of government)
_PLACE_KINDS = frozenset({"state", "capital", "seat", "people", "region", "country", "adjective"})


def _foreign_seat(place: Location, tables: ActorTables | None) -> bool:
    """Whether a place's name is another country's seat of power in the actor tables: "the
    White House" is no translation of Casablanca's name here."""
    if " " not in place.text:
        return False  # (the seats that other places' names translate have two words or more)
    seat = capital_country(place.text, tables)
    return seat is not None and seat != place.country


def _inside(span: Span | None, body: Span) -> bool:
    return span is not None and body.start <= span.start and span.end <= body.end


def focus_country(
    places: Sequence[Location], actors: Sequence[Actor], dateline: str | None = None
) -> str | None:
    """The country an article is about: the one its places and actors name most often.

    Ties go to the country named first. ``dateline`` (the ISO3 country of the dateline's city,
    "TBILISI, Nov. 14 (Reuters) -") counts as one mention, named first. Used to give a country
    to actors the text leaves bare ("some troops surrendered") and to places such as "the
    country".
    """
    # one pass, plain dicts: counts in the order each country is first counted (as Counter
    # would keep them), so ties of (count, first offset) go to the same country as before
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    if dateline:
        counts[dateline] = 1
        first[dateline] = -1
    named: tuple[Location | Actor, ...] = (*places, *actors)
    for mention in named:
        country, span = mention.country, mention.span
        if country and span is not None:
            start = span.start
            if country in counts:
                counts[country] += 1
                if start < first[country]:
                    first[country] = start
            else:
                counts[country] = 1
                first[country] = start
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


def _dateline_country(article: Article, gazetteer: Gazetteer | None) -> str | None:
    """The country of the dateline's city: the most populous place of that name, among those
    whose main name it is if any ("OSH, Kyrgyzstan," names its country)."""
    if article.dateline is None or not article.dateline.place:
        return None
    g = gazetteer if gazetteer is not None else Gazetteer.packaged()
    for part in reversed(article.dateline.place.split(",")):
        found = g.lookup(part.strip()) if part.strip() else ()
        # a place called so, before one that has it only as another name (Chattogram was once
        # "Islamabad" too)
        named = [p for p in found if p.name.casefold() == part.strip().casefold()]
        if named or found:
            return max(named or found, key=lambda p: p.population).country
    return None


def _name_before(text: str, at: int) -> bool:
    """Whether a capitalised word that does not open a sentence ends one blank before ``at``."""
    if at < 2 or text[at - 1] != " " or text[at - 2].isspace():
        return False
    lo = text.rfind(" ", max(0, at - 40), at - 1) + 1
    word = text[lo : at - 1]
    if not word[:1].isupper() or not word.replace("-", "").replace("'", "").isalpha():
        return False
    opening = text[max(0, lo - 3) : lo].rstrip()
    return lo > 0 and not opening.endswith((".", "!", "?", ":", "\n", '"', "“")) and bool(opening)


def _surnames_again(text: str, places: Sequence[Location]) -> set[tuple[int, int]]:
    """The spans of one-word places that were earlier the last word of a longer name that is
    no place: "the release of Paz and Ferrera" after "Marco Tulio Paz" names the man, not La
    Paz. Each distinct word's occurrences are read once (linear in the text)."""
    spans = sorted((q.span.start, q.span.end) for q in places if q.span is not None)
    starts = [a for a, _ in spans]

    def in_place(at: int) -> bool:
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and spans[i][0] <= at < spans[i][1]

    first: dict[str, int] = {}  # word -> where it first ended a longer name (or -1: never)
    out: set[tuple[int, int]] = set()
    for q in places:
        span = q.span
        if span is None:
            continue
        word = text[span.start : span.end]
        if " " in word or not word[:1].isupper():
            continue
        if word not in first:
            first[word] = -1
            at = text.find(word)
            while at >= 0:
                end = at + len(word)
                if (
                    (end == len(text) or not text[end].isalnum())
                    and _name_before(text, at)
                    and not in_place(at)
                ):
                    first[word] = at
                    break
                at = text.find(word, end)
        if 0 <= first[word] < span.start:
            out.add((span.start, span.end))
    return out


def parse(
    text: str,
    published: dt.date | dt.datetime | str | None = None,
    *,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    source: str | None = None,
    rules: RuleSet | None = None,
    actors: ActorTables | None = None,
    gazetteer: Gazetteer | None = None,
) -> Document:
    """Parse one article into a ``Document`` with its sentences, mentions and events.

    ``published`` (a date, datetime or ISO string) anchors relative dates; without it the reader
    looks for a leading ``date YYYY-MM-DD`` line or a dated wire dateline. Text longer than
    ``max_chars`` raises ``DocumentTooLargeError``; any other ``str`` gives a Document. ``source``
    names the input (a path or record id) in the result. ``rules``, ``actors`` and ``gazetteer``
    replace the packaged tables.

    >>> doc = parse("KABUL, July 7 (Reuters) - Taliban fighters attacked Qala-i-Naw.", "2021-07-07")
    >>> doc.published.isoformat(), len(doc.sentences), doc.events[0].signature()
    ('2021-07-07', 1, 'ASSAULT actor=AFGINS recipient=AFG place=Qala i Naw date=2021-07-07')
    """
    article = read_article(text, published, max_chars=max_chars)
    body = article.body or Span(0, len(text))
    lo, hi = body.start, body.end
    sentences = split_sentences(text, body)
    when = article.published
    # the dates and the counts look for their words in one lower-cased copy and one set of its
    # words (find_dates and find_counts would each make their own)
    low = lower_same_length(text)
    words = set(ascii_words(low))
    # the mentions inside the body (the test of _inside, written out: thousands of calls)
    dates = tuple(
        d
        for d in _find_dates(text, low, words, when)
        if (s := d.span) is not None and lo <= s.start and s.end <= hi
    )
    all_quantities, all_casualties = _find_counts(text, low, words)
    quantities = tuple(
        q for q in all_quantities if (s := q.span) is not None and lo <= s.start and s.end <= hi
    )
    casualties = tuple(c for c in all_casualties if lo <= c.span.start and c.span.end <= hi)
    all_places = find_places(text, gazetteer=gazetteer)
    found_actors = tuple(
        a
        for a in find_actors(text, published=when, tables=actors)
        if (s := a.span) is not None and lo <= s.start and s.end <= hi
    )
    # A name read as a group or an organisation is not also a place ("Hamas" is no German town).
    # Every actor here has a span inside the body; spans are compared as (start, end) pairs,
    # which equal where the Spans do and hash in C.
    named = {
        (s.start, s.end)
        for a in found_actors
        if a.kind not in _PLACE_KINDS and (s := a.span) is not None
    }
    surnames = _surnames_again(text, all_places)
    kept: list[Location] = []
    in_body: list[Location] = []
    for p in all_places:
        s = p.span
        if s is None:
            kept.append(p)
        elif (s.start, s.end) not in named and not _foreign_seat(p, actors):
            if (s.start, s.end) in surnames:
                continue
            kept.append(p)
            if lo <= s.start and s.end <= hi:
                in_body.append(p)
    places = tuple(kept)
    body_places = tuple(in_body)
    mentions = Mentions(
        actors=found_actors,
        places=body_places,
        dates=dates,
        quantities=quantities,
        casualties=casualties,
    )
    focus = focus_country(body_places, found_actors, _dateline_country(article, gazetteer))
    merged = find_merged_events(
        text, sentences, mentions, published=when, rules=rules, focus_country=focus
    )
    events = infer_recipients(text, merged, sentences, mentions, focus)
    return _document(
        article, source, sentences, dates, quantities, casualties, places, found_actors, events
    )
