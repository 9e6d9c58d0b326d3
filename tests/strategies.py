"""Hypothesis strategies that generate article-like text, clean or laced with hostile fragments.

``articles()`` builds news-style paragraphs from actor, verb, place, date and number fragments
("Taliban fighters attacked Kunduz on Tuesday, killing 12 soldiers.") in random combinations, with
optional metadata lines, wire datelines and hostile pieces (control characters, lone surrogates,
right-to-left text, emoji, HTML, numbers with hundreds of digits, impossible dates). They drive
the whole-pipeline properties in test_robustness.py and test_determinism.py and the fuzzer's
fallback runner (scripts/fuzz.py).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

__all__ = [
    "ACTORS",
    "DATES",
    "HOSTILE",
    "PLACES",
    "VERBS",
    "any_text",
    "articles",
    "hostile_fragments",
    "published_values",
    "sentences",
]

# Fragments a wire story is made of. They are not a test table: nothing here has an expected
# value, only properties (no crash, spans inside the text, determinism) are checked.
ACTORS = (
    "Taliban fighters", "the Taliban", "Afghan soldiers", "Afghan security forces",
    "Russian forces", "Ukrainian troops", "Houthi rebels", "Israeli police", "the army",
    "President Vladimir Putin", "Putin", "NATO", "the United Nations", "Al-Shabaab militants",
    "Boko Haram", "protesters", "U.S. troops", "the U.S.", "gunmen", "unidentified gunmen",
    "the government", "Iran", "Chinese officials", "Malian soldiers", "ISIS", "they", "police",
    "the Islamic State group", "Kurdish fighters", "the interior ministry", "the rebels",
)  # fmt: skip
VERBS = (
    "attacked", "shelled", "killed", "met", "met with", "called on", "condemned", "accused",
    "threatened", "released", "withdrew from", "signed a ceasefire with", "protested against",
    "arrested", "bombed", "abducted", "launched an attack on", "fired rockets at", "seized",
    "held talks with", "imposed sanctions on", "urged", "rejected", "praised", "will attack",
    "did not attack", "may strike", "have been attacked by", "were killed by", "ambushed",
    "agreed to talks with", "deployed troops to", "evacuated", "stormed", "clashed with",
)  # fmt: skip
PLACES = (
    "Kunduz", "Kabul", "Qala-i-Naw", "Mogadishu", "Kharkiv", "the north of Syria", "Aleppo",
    "Maiduguri", "Gaza", "the border with Iran", "Badghis province", "Kyiv", "Sanaa", "Paris",
    "Georgia", "Jordan", "Washington", "Bamako", "Tripoli", "the capital", "a village",
)  # fmt: skip
DATES = (
    "on Tuesday", "last week", "on 3 July", "on July 3, 2021", "yesterday", "in March",
    "on 31 February", "in 99999", "two days ago", "earlier this month", "on Friday night",
    "last year", "next month", "in 2021", "on 2021-07-07", "between 3 and 5 July", "since Sunday",
    "on 29 February 2023", "in the year 0", "on 00/00/0000", "at dawn", "10,000 years ago",
)  # fmt: skip
COUNTS = (
    "12", "at least 12", "dozens of", "hundreds of", "about 300", "nearly 1,000", "three",
    "twenty-five", "one hundred and twelve", "1.5 million", "10-15", "between 5 and 7", "0",
    "9" * 300, "1" + "0" * 400, "1,000,000,000,000,000,000,000", "1e999", "-5", "5.5.5",
)  # fmt: skip
VICTIMS = ("soldiers", "civilians", "people", "police officers", "fighters", "children")
CASUALTY_VERBS = ("killing", "wounding", "injuring", "leaving", "and abducted")

#: Hostile pieces: control characters, NUL, lone surrogates, bidi marks, RTL and CJK text,
#: emoji, HTML and Markdown left in, bare punctuation, long digit runs.
HOSTILE = (
    "\x00", "\x01\x02\x03", "\x7f", "\u200b", "\u200e", "\u202e", "\ufeff", "\ud800", "\udfff",
    "\udbff\udc00", "\ufffd", "\u2028", "\u2029", "\x0b\x0c", "\r", "\r\n", "\n\n\n",
    "قصفت القوات كابول يوم الثلاثاء", "שלום", "战斗在喀布尔", "Атака на Харків", "💥🔫🇦🇫👨‍👩‍👧",
    "<p>", "</p>", "<b>Taliban</b>", "<script>alert(1)</script>", "&amp;", "&nbsp;", "**", "__",
    "[link](http://example.com)", "# Heading", "> quote", "```", "|", "...", "…", "?!", ".,;:",
    "U.S.", "Gen.", "Lt. Col.", "(AP) —", "KABUL, July 7 (Reuters) -", "date 2021-07-07",
    "9" * 200, "0." + "0" * 100 + "1", "1,0,0,0,0,0", "Mr.", "e.g.", "'", '"', "“", "”",
)  # fmt: skip


def any_text(max_size: int = 400) -> st.SearchStrategy[str]:
    """Any ``str``, lone surrogates and control characters included."""
    return st.text(st.characters(codec=None, exclude_categories=()), max_size=max_size)


def hostile_fragments() -> st.SearchStrategy[str]:
    """One hostile piece: from the list above, or arbitrary text."""
    return st.one_of(st.sampled_from(HOSTILE), any_text(40))


def _count() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(COUNTS), st.integers(0, 10**12).map(str))


@st.composite
def sentences(draw: st.DrawFn, hostile: bool = True) -> str:
    """One news-style sentence: actor, verb, object, optional place, date and casualties."""
    parts = [draw(st.sampled_from(ACTORS)), draw(st.sampled_from(VERBS))]
    parts.append(draw(st.one_of(st.sampled_from(ACTORS), st.sampled_from(PLACES))))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(("in", "near", "outside", "at"))))
        parts.append(draw(st.sampled_from(PLACES)))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(DATES)))
    if draw(st.booleans()):
        parts[-1] += ","
        parts += [
            draw(st.sampled_from(CASUALTY_VERBS)),
            draw(_count()),
            draw(st.sampled_from(VICTIMS)),
        ]
    if hostile and draw(st.integers(0, 3)) == 0:
        at = draw(st.integers(0, len(parts)))
        parts.insert(at, draw(hostile_fragments()))
    sentence = " ".join(parts)
    sentence = sentence[:1].upper() + sentence[1:]
    return sentence + draw(st.sampled_from((".", ".", ".", "!", "?", "", '."', ". . .")))


@st.composite
def articles(draw: st.DrawFn, hostile: bool = True, max_sentences: int = 8) -> str:
    """A short article: optional metadata line and dateline, then sentences and paragraphs."""
    head = ""
    if draw(st.booleans()):
        head = draw(
            st.sampled_from(
                (
                    "date 2021-07-07 ",
                    "date 2021-02-31\n",
                    "Title: Fighting in the north\ndate 2021-07-07\n",
                    "KABUL, July 7 (Reuters) - ",
                    "MOSCOW (AP) — ",
                    "BAMAKO, Mali, March 3, 2024 (AFP) - ",
                    "WASHINGTON — ",
                    "A -",
                )
            )
        )
    body = draw(st.lists(sentences(hostile=hostile), min_size=0, max_size=max_sentences))
    seps = draw(st.lists(st.sampled_from((" ", " ", "\n", "\n\n", "  ")), min_size=len(body)))
    text = head + "".join(s + sep for s, sep in zip(body, seps, strict=False))
    if hostile and draw(st.booleans()):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(hostile_fragments()) + text[at:]
    return text


def published_values() -> st.SearchStrategy[dt.date | None]:
    """Publication dates across the whole calendar, extremes included."""
    return st.one_of(
        st.none(),
        st.sampled_from((dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2021, 7, 7))),
        st.dates(),
    )
