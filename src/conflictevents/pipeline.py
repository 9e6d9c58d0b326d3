"""The pipeline: the only place that knows the order of the stages.

text -> reader -> sentences -> mentions (dates, quantities, places, actors) -> events -> merge
"""

from __future__ import annotations

import datetime as dt

from .model import Document
from .text import DEFAULT_MAX_CHARS, read_article, split_sentences

__all__ = ["parse"]


def parse(
    text: str,
    published: dt.date | dt.datetime | str | None = None,
    *,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    source: str | None = None,
) -> Document:
    """Parse one article into a ``Document`` with its sentences, mentions and events.

    ``published`` (a date, datetime or ISO string) anchors relative dates; without it the reader
    looks for a leading ``date YYYY-MM-DD`` line or a dated wire dateline. Text longer than
    ``max_chars`` raises ``DocumentTooLargeError``; any other ``str`` gives a Document. ``source``
    names the input (a path or record id) in the result.

    >>> doc = parse("KABUL, July 7 (Reuters) - Taliban fighters attacked Qala-i-Naw.", "2021-07-07")
    >>> doc.published.isoformat(), len(doc.sentences)
    ('2021-07-07', 1)
    """
    article = read_article(text, published, max_chars=max_chars)
    sentences = split_sentences(text, article.body)
    return Document(article=article, source=source, sentences=sentences)
