"""Place-name normalisation shared by the gazetteer builder and the place finder.

Both sides must fold names the same way, so this is the one definition. A name becomes a tuple of
lower-case ASCII tokens: diacritics and apostrophe/ayn marks dropped, hyphens and dots split, and
the Persian/Arabic connectors ("-i-", "-e-", "-ye-") dropped between words, so "Qala-i-Naw",
"Qala i Naw" and "Qal'a-i-Naw" all fold to ``("qala", "naw")``.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Final

import regex

__all__ = ["CONNECTORS", "fold_token", "name_key", "name_tokens"]

#: Words that join the parts of a name and carry no identity ("Qala-i-Naw", "Sar-e Pol").
CONNECTORS: Final[frozenset[str]] = frozenset({"i", "e", "ye", "yi", "y", "e-"})

# Marks that transliterations use for ayn, hamza and glottal stops, and plain apostrophes.
_MARKS: Final[str] = "'’‘ʿʾʻʼ`´ʹʺ\u02bc\u02bd"
_MARK_TABLE: Final[dict[int, None]] = {ord(c): None for c in _MARKS}
# Letters NFKD does not decompose into ASCII.
_LETTERS: Final[dict[int, str]] = {
    ord(k): v
    for k, v in {
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "þ": "th",
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "ı": "i", "ħ": "h", "ŧ": "t",
    }.items()
}
_NON_WORD: Final = regex.compile(r"[^a-z0-9]++")
# "U.S." and "U.K." fold to one token, like "US".
_DOTTED: Final = regex.compile(r"(?<![\p{L}.])(?:\p{L}\.){2,6}+(?!\p{L})")


@lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    """Fold one word: case, diacritics and apostrophes removed.

    >>> fold_token("Qal‘ah")
    'qala'
    """
    t = token.translate(_MARK_TABLE).translate(_LETTERS)
    t = unicodedata.normalize("NFKD", t)
    t = _NON_WORD.sub("", "".join(c for c in t if not unicodedata.combining(c)).casefold())
    # Ta marbuta is written with or without a final h ("Raqqah"/"Raqqa", "Qal'ah"/"Qala").
    if len(t) > 3 and t[-1] == "h" and t[-2] in "ae":
        t = t[:-1]
    return t


def name_tokens(name: str) -> tuple[str, ...]:
    """Split and fold a name into its matching tokens, connectors dropped between words.

    >>> name_tokens("Qal'ah-ye Now")
    ('qala', 'now')
    >>> name_tokens("U.S.")
    ('us',)
    """
    name = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), name)
    raw = [fold_token(p) for p in regex.split(r"[\s\-‐‑–—.,/()]++", name.translate(_MARK_TABLE))]
    raw = [p for p in raw if p]
    return tuple(
        p for i, p in enumerate(raw) if not (0 < i < len(raw) - 1 and p in CONNECTORS)
    )


def name_key(name: str) -> str:
    """The dictionary key of a name: its folded tokens joined by single spaces.

    >>> name_key("Qala-i-Naw") == name_key("Qala i Naw") == name_key("QALA-E-NAW")
    True
    """
    return " ".join(name_tokens(name))
