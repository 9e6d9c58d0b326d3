"""The pipeline: the only place that knows the order of the stages.

text -> reader -> sentences -> mentions (dates, quantities, casualties, places, actors)
     -> event candidates -> merge -> Document
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from .actors import ActorTables, find_actors
from .dates import find_dates
from .events import Mentions, find_merged_events, infer_recipients
from .model import Actor, Article, Document, Location, Span
from .places import Gazetteer, find_places
from .quantities import find_counts
from .rules import RuleSet
from .text import DEFAULT_MAX_CHARS, read_article, split_sentences

__all__ = ["focus_country", "parse"]


# actor kinds that name a place as well (a country, its capital or seat of government)
_PLACE_KINDS = frozenset({"state", "capital", "seat", "people", "region", "country", "adjective"})


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
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    if dateline:
        counts[dateline] += 1
        first[dateline] = -1
    found: list[tuple[str | None, Span | None]] = [(p.country, p.span) for p in places]
    found += [(a.country, a.span) for a in actors]
    for country, span in found:
        if country and span is not None:
            counts[country] += 1
            first[country] = min(first.get(country, span.start), span.start)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


def _dateline_country(article: Article, gazetteer: Gazetteer | None) -> str | None:
    """The country of the dateline's city: the most populous place of that name
    ("OSH, Kyrgyzstan," names its country)."""
    if article.dateline is None or not article.dateline.place:
        return None
    g = gazetteer if gazetteer is not None else Gazetteer.packaged()
    for part in reversed(article.dateline.place.split(",")):
        found = g.lookup(part.strip()) if part.strip() else ()
        if found:
            return max(found, key=lambda p: p.population).country
    return None


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
    sentences = split_sentences(text, body)
    when = article.published
    dates = tuple(d for d in find_dates(text, when) if _inside(d.span, body))
    all_quantities, all_casualties = find_counts(text)
    quantities = tuple(q for q in all_quantities if _inside(q.span, body))
    casualties = tuple(c for c in all_casualties if _inside(c.span, body))
    places = find_places(text, gazetteer=gazetteer)
    found_actors = tuple(
        a for a in find_actors(text, published=when, tables=actors) if _inside(a.span, body)
    )
    # A name read as a group or an organisation is not also a place ("Hamas" is no German town)
    named = {a.span for a in found_actors if a.kind not in _PLACE_KINDS}
    places = tuple(p for p in places if p.span not in named)
    body_places = tuple(p for p in places if _inside(p.span, body))
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
    return Document(
        article=article,
        source=source,
        sentences=sentences,
        dates=dates,
        quantities=quantities,
        casualties=casualties,
        places=places,
        actors=found_actors,
        events=events,
    )
