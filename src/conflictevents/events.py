"""The generic event engine: triggers -> candidates -> slots filled from nearby mentions.

The engine knows no verbs: every trigger comes from a ``RuleSet`` (``conflictevents.rules``). For
each sentence it finds triggers in one pass, cuts the sentence into clauses, decides voice
(active, passive, nominal) and modality (done, negated, promised, threatened, hypothetical), and
fills the actor, recipient, place, date and counts from the mentions found by the other stages.
All windows are bounded, so the work per sentence is linear in its length.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import functools
import hashlib
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, NamedTuple, cast

import attrs
import regex

from .actors import capital_country, country_adjective, country_named
from .codes import cameo as cameo_codes
from .codes.crosswalk import ARMED_SECTORS, acled_type, default_cameo
from .codes.plover import Context, EventType, Mode
from .merge import merge_with
from .model import (
    AcledType,
    Actor,
    Casualty,
    CasualtyKind,
    DatePrecision,
    Event,
    EventDate,
    Feature,
    Location,
    Quantity,
    Sector,
    Span,
    TextSpan,
    replace,
)
from .places import Gazetteer
from .rules import Form, Rule, RuleSet, default_rules


class _LazyPattern:
    """A module pattern compiled on first use, so ``import conflictevents`` stays fast (the
    regex module compiles in Python). On first use it replaces itself in the module with the
    compiled pattern, so later calls cost nothing extra."""

    __slots__ = ("_args", "_name")

    def __init__(self, name: str, pattern: str, flags: int = 0) -> None:
        self._name = name
        self._args = (pattern, flags)

    def __getattr__(self, attribute: str) -> object:
        compiled = regex.compile(*self._args)
        globals()[self._name] = compiled
        return getattr(compiled, attribute)


def _lazy(name: str, pattern: str, flags: int = 0) -> regex.Pattern[str]:
    return cast("regex.Pattern[str]", _LazyPattern(name, pattern, flags))


# The patterns that end in \Z (the words just before a trigger or a mention) are searched
# backwards from the window's end: tried at one position instead of at each one. Most only say
# whether the window ends so; the two whose text is read have a single possible start.
_BACKWARD: Final = regex.IGNORECASE | regex.REVERSE

__all__ = ["Mentions", "find_events", "find_merged_events", "infer_recipients"]

T = EventType


@attrs.frozen
class Mentions:
    """Everything the mention stages found in one text, each sorted by span."""

    actors: tuple[Actor, ...] = ()
    places: tuple[Location, ...] = ()
    dates: tuple[EventDate, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    casualties: tuple[Casualty, ...] = ()


# --- clause structure ----------------------------------------------------------------------------

# Where a clause ends and another begins (the break itself belongs to neither).
_CLAUSE_BREAK = _lazy(
    "_CLAUSE_BREAK",
    # Every alternative starts where a run of blanks starts (the lookbehind) and runs of blanks
    # are matched possessively, so a long run is read a bounded number of times: linear time.
    # "as well as", "as many as", "such as" join words; they open no clause.
    r"""(?<!\s)(?:
        \s*+;\s*+
      | \s++[-–—]{1,2}+\s++
      | ,?\s++(?:as(?!\s++\w++\s++as\b)(?<!\bas\s+\w+\s+as)(?<!\bsuch\s+as)
                |while|whereas|although|though|because|since|until|amid|amidst|after|before
                |when|whereby|unless)\s++(?=\w)
      | ,\s++(?:and|but|which|who|where|with|following|prompting|leaving|killing|wounding|saying
              |adding|(?:in|during|under|by|from|after|for)\s++(?:which|whom))\s++
      | \s++(?:but|and\s++then)\s++
      | ,\s++(?=(?:\w++\s++){0,6}?(?:said|says|say|told|reported|added|according)\b)
      | \s++(?=with\s++(?:[\w'’-]++\s++){1,5}?(?:\w++ly\s++)?(?:having\s++)?\w+(?:ing|ed)\b)
    )""",
    regex.VERBOSE | regex.IGNORECASE,
)
# Every place a break can start (a superset): punctuation, or blanks before a dash, a semicolon
# or one of the words that open a break; never after a blank. Each branch starts with its
# character and looks behind only then, and a blank goes on only before a dash, a semicolon or
# the first letter of a break word: most characters are passed over at once.
_CLAUSE_BREAK_START = _lazy(
    "_CLAUSE_BREAK_START",
    r",(?<!\s,)(?=\s)|;(?<!\s;)|\s(?<!\s\s)\s*+(?=[-–—;abstuw])(?:[-–—;]|as|while|where|although"
    r"|though|because|since|until|amid|after|before|when|unless|but|and\s++then|with)",
    regex.IGNORECASE,
)
# Clauses that have no subject of their own take the previous clause's ("after being pushed back").
# A sentence that opens with a subordinate clause: "As talks failed in Doha, Iran said ...".
_OPENING_SUBORDINATE = _lazy(
    "_OPENING_SUBORDINATE",
    r"(?:as|while|after|before|when|amid|amidst|following|despite|although|though|since|because|in\s+the\s+wake\s+of|on\s+the\s+ground"
    # "Under Red Cross supervision, the two sides handed over ...": not the subject
    r"|under\s+(?:[\w'’.-]+\s+){0,5}?(?:supervision|auspices|mediation|escort|protection|pressure))\b[^,;]{0,200}?,",
    regex.IGNORECASE,
)
_SUBORDINATOR = _lazy(
    "_SUBORDINATOR",
    r",?\s*(?:as|while|whereas|although|though|because|since|until|amid|amidst|after|before|when|whereby|unless|with|following|despite)\b",
    regex.IGNORECASE,
)
_BACKGROUND_CLAUSE = _lazy(
    "_BACKGROUND_CLAUSE",
    r",?\s*(?:after|since|following|before)\b(?!\s+(?:being|having)\b)",
    regex.IGNORECASE,
)
# A relative clause's closing comma, then the main clause's verb (not "and", a list, a quote).
_RESUMED = _lazy(
    "_RESUMED",
    r",\s*+(?:also\s+|has\s+|have\s+|had\s+|was\s+|were\s+|is\s+|are\s+|on\s+\w+\s+)?"
    r"(?:\p{Ll}\w*(?:ed|ing|s)\b(?<!\b(?:and|but|or|as|in|on|at|its|his|her|their|this|was|is|has|said|says)\b)"
    r"|(?:held|met|led|sent|took|gave|made|won|hit|struck|fought|fled|left|began|became|kept"
    r"|brought|put|set|shot|sought|spoke|stood|threw|wrote|came|went|drew|broke|swore|told"
    r"|lost|paid|rose|seized|overran|withdrew|beat|bid|cut|quit|shut|split|spread)\b)",
)
_RELATIVES_MAX: Final = 8
_PLACE_OPENING = _lazy(
    "_PLACE_OPENING",
    r"[\s\"“']*+(?:in|at|near|inside|outside|across|on)\s++[^,;]{1,80}\Z",
    regex.IGNORECASE,
)
_RELATIVE = _lazy(
    "_RELATIVE",
    r",\s*(?:which|where|whom|whose|who|(?:in|during|under|by|from|after|for)\s+(?:which|whom))\b",
    regex.IGNORECASE,
)
_NONFINITE_START = _lazy(
    "_NONFINITE_START",
    r"(?:,?\s*(?:after|before|while|when|since|following)\s+(?:being\s+|having\s+)?\w+(?:ed|en|ing)\b|,?\s*(?:and|but)\s+\w+(?:ed|s)\b|,?\s*\w+ing\b)",
    regex.IGNORECASE,
)

_PASSIVE_BEFORE = _lazy(
    "_PASSIVE_BEFORE",
    r"(?:\b(?:is|are|was|were|be|been|being|get|got|gets|getting)\s+(?:\w+ly\s+|also\s+|not\s+|reportedly\s+|allegedly\s+){0,2})\Z",
    _BACKWARD,
)
# A passive participle, then "and" right before the next one: "were released ... and flown".
_PASSIVE_THEN_AND = _lazy(
    "_PASSIVE_THEN_AND",
    r"\b(?:is|are|was|were|been|being)\s++(?:\w+ly\s++)?\w+(?:ed|en|wn)\b[^.;]{0,80}?\band\s++\Z",
    regex.IGNORECASE,
)
# a reporting verb whose "that" opens the clause: "told the council that", "said that"
_REPORTED_THAT = _lazy(
    "_REPORTED_THAT",
    r"\b(?:told|tells|said|says|stated|added|declared|insisted|argued|claimed|warned)\b"
    r"[^.;\"“”]{0,60}?\bthat\s++\Z",
    regex.IGNORECASE,
)
# between a speaker and the subject of its report: " said more than ", " told reporters that "
_SAID_BEFORE_OBJECT = _lazy(
    "_SAID_BEFORE_OBJECT",
    r"\s++(?:said|says|told\s+reporters|reported|announced|confirmed)(?:\s++that)?"
    r"(?:\s++(?:more|fewer|than|at|least|about|some|nearly|over|almost|around|\d[\d,]*|the))*\s++",
    regex.IGNORECASE,
)
# an event noun's predicate that puts it in the future: "talks ... are scheduled for Thursday"
_PLANNED_WORDS: Final = ("scheduled", "planned", "due", "slated", "set", "will", "expected")
_PLANNED_AFTER = _lazy(
    "_PLANNED_AFTER",
    r"[^.;:!?]{0,90}?\b(?:(?:is|are)\s++(?:now\s++|also\s++)?(?:scheduled|planned|due|slated|set)"
    r"\s++(?:to|for)\b|will\s++(?:be\s++held|take\s++place|begin|start|resume|open)\b"
    r"|(?:is|are)\s++expected\s++to\s++(?:begin|start|open|resume|take\s++place)\b)",
    regex.IGNORECASE,
)
# "has repeatedly struck", "have often clashed": what happens again and again, no one event
_HABITUAL_WORDS: Final = ("repeatedly", "frequently", "regularly", "often", "routinely")
_HABITUAL_BEFORE = _lazy(
    "_HABITUAL_BEFORE",
    r"\b(?:has|have|had)\s++(?:" + "|".join(_HABITUAL_WORDS) + r")\s++\Z",
    _BACKWARD,
)
# a passive verb: "was bombed", "were shot", "had been struck"
_PASSIVE_VERB = _lazy(
    "_PASSIVE_VERB",
    r"\b(?:was|were|been|being|is|are)\s++(?:\w+ly\s++)?\w+(?:ed|en|wn|ck|ot|it|nt)\b",
    regex.IGNORECASE,
)
_BY_AGENT = _lazy("_BY_AGENT", r"(?:\s+\w+){0,6}?\s+by\s+", regex.IGNORECASE)

_NEGATION = _lazy(
    "_NEGATION",
    r"\b(?:not|n't|cannot|never|no\s+longer|neither|nor|without|failed\s+to|fail\s+to|fails\s+to|unable\s+to|did\s+not|didn't|denied|denies|deny|refrain(?:ed|s)?\s+from|stopped\s+short\s+of|no"
    # "decided against expelling Iran's ambassador", "ruled out sending troops"
    r"|decid(?:e|es|ed|ing)\s+against|rul(?:e|es|ed|ing)\s+out)\s+(?:yet\s+)?(?:\w+\s+){0,2}\Z"
    # "will not allow criminals to take this country hostage"
    r"|\b(?:not|never|n't)\s+(?:allow|let|permit|tolerate)\s+(?:\w+\s+){1,3}?(?:to\s+)?\Z",
    regex.IGNORECASE,
)
_REFUSAL = _lazy(
    "_REFUSAL",
    r"\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|reject(?:s|ed|ing)?|unwilling)\s+to\s+(?:\w+\s+){0,1}\Z",
    regex.IGNORECASE,
)
# A concession, help or meeting that the actor says will not happen is a refusal.
_WILL_NOT = _lazy(
    "_WILL_NOT",
    r"\b(?:(?:will|would|shall)\s+(?:not|never)|won't|won’t)\s+(?:be\s+|ever\s+)?\Z",
    regex.IGNORECASE,
)
_THREAT = _lazy(
    "_THREAT",
    r"\b(?:threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?|swore|sworn|swear(?:s|ing)?|warn(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?(?:it|they|he|she)\s+(?:would|will)|would|will|shall|plan(?:s|ned)?\s+to|intend(?:s|ed)?\s+to|(?:is|are|was|were)\s+(?:set|going|poised|preparing|about)\s+to|prepar(?:e|es|ed|ing)\s+to)\s+(?:\w+\s+){0,3}\Z",
    regex.IGNORECASE,
)
_PROMISE = _lazy(
    "_PROMISE",
    r"\b(?:will|would|shall|promis(?:e|es|ed|ing)\s+to|pledg(?:e|es|ed|ing)\s+to|vow(?:s|ed|ing)?\s+to|offer(?:s|ed|ing)?\s+to|agree(?:s|d|ing)?\s+to|plan(?:s|ned)?\s+to|intend(?:s|ed)?\s+to|(?:is|are|was|were)\s+(?:set|going|due|scheduled)\s+to|(?:is|are)\s+to|to\s+be|(?:ready|willing|prepared)\s+to)\s+(?:\w+\s+){0,2}\Z",
    regex.IGNORECASE,
)
# a promise to someone, then the promised act: "pledged Kyiv on Monday to send", "assured
# the envoys it would" is _PROMISE's "would"
_PROMISED_SOMEONE = _lazy(
    "_PROMISED_SOMEONE",
    r"\b(?:promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|assur(?:e|es|ed|ing))\s+"
    r"(?!to\b)(?:[^.;:,\"“”]|\.(?=\w|\s\p{Ll})){1,70}?\sto\s+\Z",
    regex.IGNORECASE,
)
_ANY_BEFORE = _lazy(
    "_ANY_BEFORE", r"\bany\s++(?:(?!(?:and|or|but|nor)\s)[\w-]+\s++){0,2}\Z", regex.IGNORECASE
)
_HYPOTHETICAL = _lazy(
    "_HYPOTHETICAL",
    r"\b(?:could|might|may|if|whether|would\s+have|could\s+have|possible|possibly|risk\s+of|fears?\s+of|fear(?:ed|s)?\s+(?:that\s+)?|unless|to\s+prevent|to\s+avoid|to\s+stop|any"
    # "the truce was meant to let the sides swap prisoners": a purpose, not a report
    # "disperse or face arrest": the threatened consequence
    r"|(?:meant|intended|designed|supposed)\s+to|or\s+(?:else\s+)?face"
    # "the envoy is expected to visit": others expect it; no one promised it
    r"|(?:is|are|was|were)\s+(?:widely\s+)?expected\s+to|(?:un)?likely\s+to"
    # "warned that anyone who organised further marches would be arrested": no one in particular
    r"|anyone\s+who|anybody\s+who|whoever"
    # "neither side wants to cut ties": a wish, not an act
    r"|wants?\s+to|wanted\s+to|wanting\s+to"
    # "leaving civilians more exposed to attacks", "the danger of renewed fighting"
    r"|(?:exposed|vulnerable|prone)\s+to|danger\s+of|threat\s+of)\s+(?:[\w-]+\s+){0,3}\Z",
    regex.IGNORECASE,
)
# ("could seek to use the release to press for talks": the chain of infinitives after it too)
_SPEECH_MODAL = _lazy(
    "_SPEECH_MODAL",
    r"\b(?:could|might|may)\s+(?:(?!(?:and|but|while|as|after|when|because)\b)[\w'’-]+\s+){0,6}\Z",
    _BACKWARD,
)
_NOUN_FAILED = _lazy(
    "_NOUN_FAILED",
    r"\s+(?:\w+\s+){0,2}?(?:failed|collapsed|broke\s+down|stalled|were\s+called\s+off|was\s+called\s+off|were\s+cancelled|was\s+cancelled|were\s+postponed|was\s+postponed)\b",
    regex.IGNORECASE,
)

# A word that each branch of the two patterns above and below needs (see _may_hold).
_NOUN_FAILED_WORDS: Final = (
    "failed",
    "collapsed",
    "broke",
    "stalled",
    "called",
    "cancelled",
    "postponed",
)
_RECIPROCAL_WORDS: Final = (
    "sides",
    "parties",
    "factions",
    "camps",
    "groups",
    "countries",
    "nations",
    "leaders",
)
_POSSESSIVE_AFTER = _lazy("_POSSESSIVE_AFTER", r"(?:'s|’s|'|’)")
# the rules whose coordinated subjects are the two sides of one event ("A and B clashed",
# "A and B met")
_TWO_SIDED_RULES: Final = frozenset({"assault.clash", "consult.meet"})
_EACH_OTHER = _lazy("_EACH_OTHER", r"\s++(?:each\s+other|one\s+another)\b", regex.IGNORECASE)
_EACH_OTHERS = _lazy("_EACH_OTHERS", r"\b(?:each\s+other|one\s+another)(?:'s|’s)", regex.IGNORECASE)
# "traded accusations", "exchanged threats": each side acts on the other
_TRADED_BEFORE = _lazy(
    "_TRADED_BEFORE",
    r"\b(?:trad|exchang|swapp|hurl)(?:ed|e|es|ing)\s++(?:(?:fresh|new|bitter|angry|mutual)\s++)?\Z",
    _BACKWARD,
)
_RECIPROCAL = _lazy(
    "_RECIPROCAL",
    r"\s+((?:both|all|the\s+two|the|rival|warring)\s+(?:sides|parties|factions|camps|groups|countries|nations|leaders))\b",
    regex.IGNORECASE,
)
_PREPOSITION_BEFORE = _lazy(
    "_PREPOSITION_BEFORE",
    r"\b(?:of|from|in|at|for|near|with|to|on|against|by|between|and|among|inside|outside|into|under|over|about|toward|towards)\s+(?:the\s+|a\s+|an\s+)?\Z",
    _BACKWARD,
)
# "The families of the kidnapped students": the phrase's head comes before the preposition
# A participle phrase between a head and a mention: "delegations led by", "troops backed by".
_LED_BY = _lazy(
    "_LED_BY",
    r"\s++(?:led|headed|backed|supported|accompanied|chaired|commanded|flanked)\s++by\s++"
    r"(?:(?:the|a|an|their|its|his|her)\s++)?(?:(?-i:\p{Ll})[\w-]*\s++){0,2}",
    regex.IGNORECASE,
)
_ENVOY_WORD = _lazy(
    "_ENVOY_WORD",
    r"\b(?:ambassadors?|envoys?|representatives?|emissar(?:y|ies)|delegat(?:e|es|ion|ions)"
    r"|consuls?|missions?|negotiators?|coordinators?|rapporteurs?|advisers?|advisors?)\b",
    regex.IGNORECASE,
)
_HEAD_PREPOSITION_BEFORE = _lazy(
    "_HEAD_PREPOSITION_BEFORE",
    r"\b(?:of|from|in|at|near|for|with|inside|outside|to|on)\s++(?:(?:the|a|an|their|its|his|her)\s++)?"
    r"(?:(?!(?:said|says|say|told|added|reported|claimed|stated|announced)\s)(?-i:\p{Ll})[\w-]*\s++)"
    r"{0,2}\Z",
    _BACKWARD,
)
_LOCATIVE_BEFORE = _lazy(
    "_LOCATIVE_BEFORE",
    r"\b(?:in|at|near|outside|inside|into|across|around|throughout|from|to|toward|towards|on|of|over|along|through|within|off|entered|entering|enters|enter|captured|seized|took|taken|attacked|stormed|shelled|struck|hit|overran|besieged|bombed|raided|visited|visit|visiting|left|leaving|fled|reached|surrounded|encircled)\s+(?:the\s+|a\s+)?(?:(?:\w+ern|central|capital|city|town|village|province|district|region|area|state)\s+(?:of\s+)?|\p{Ll}[\w-]*\s+){0,3}\Z",
    regex.IGNORECASE,
)


_BY_WEAPON = _lazy(
    "_BY_WEAPON",
    r"\s+(?:by|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:bombs?|explosions?|blasts?|mines?|IEDs?"
    r"|shells?|shelling|rockets?|missiles?|mortars?|gunfire|bullets?|drones?|air\s*strikes?"
    r"|airstrikes?|grenades?|explosives?|fire|attacks?|ambush(?:es)?|bombings?|shootings?)\b",
    regex.IGNORECASE,
)
# A weapon named by its state's adjective ("Indian shells", "an Israeli airstrike")
_NAMED_WEAPON = (
    r"(?<![\w'’-])((?-i:\p{Lu})[\w'’-]{2,30})\s++(?:(?:heavy|long-range|ballistic|cruise|guided"
    r"|artillery|mortar|tank|rocket)\s++){0,2}(?:shells?|shellfire|missiles?|rockets?|mortars?"
    r"|drones?|bombs?|artillery|gunfire|projectiles?|air\s*+strikes?|airstrikes?|warplanes?"
    r"|jets?|fighter\s++jets?|helicopters?|gunships?|gunboats?|warships?|tanks?)"
)
# ... as the subject of an attack verb ("Indian shells struck villages")
_WEAPON_SUBJECT = _lazy(
    "_WEAPON_SUBJECT",
    _NAMED_WEAPON + r"(?:\s++(?:also|reportedly|allegedly|have|has|had)){0,2}\s++\Z",
    regex.IGNORECASE,
)
# ... anywhere in a "when" clause ("were killed when an Israeli airstrike hit a school")
_WEAPON_IN_CLAUSE = _lazy("_WEAPON_IN_CLAUSE", _NAMED_WEAPON + r"\b", regex.IGNORECASE)
# An appositive between a subject and its verb: ", a key U.S. ally in the war, has refused".
_APPOSITIVE_OPEN = _lazy(
    "_APPOSITIVE_OPEN",
    # ", a key U.S. ally,", ", Azerbaijan's closest ally,"
    r",\s*+(?:a|an|the|one\s+of\s+the|\p{Lu}[\w.-]*+(?:'s|’s))\s+[^,;()]{0,60}",
    regex.IGNORECASE,
)
_APPOSITIVE_CLOSE = _lazy("_APPOSITIVE_CLOSE", r"[^,;()]{0,80},\s*+(?:\w++\s++){0,3}")
# Between a unit and the place it describes: "the West Bank town of Jenin".
_HEAD_OF = _lazy(
    "_HEAD_OF",
    r"\s++(?:city|town|village|port|border\s++town|district|suburb|neighbou?rhood)\s++of\s++",
    regex.IGNORECASE,
)
# What joins two coordinated mentions: "X and Y", "X, and the Y", "X & Y"; "X, Y" in a list.
_AND_LINK = _lazy("_AND_LINK", r"\s*+,?\s*+(?:and|&)\s++(?:the\s++)?", regex.IGNORECASE)
_COMMA_LINK = _lazy("_COMMA_LINK", r"\s*+,\s*+(?:the\s++)?", regex.IGNORECASE)
# what may stand between a verb and its direct object: "pressed Islamabad", "urged the two sides"
_DIRECT_OBJECT_GAP = _lazy(
    "_DIRECT_OBJECT_GAP",
    r"\s++(?:(?:the|a|an|both|all|two|three|rival|warring|several|some|senior|top|visiting)\s++){0,2}",
    regex.IGNORECASE,
)
# the state named with a border ("near Ukraine's borders", "to the Colombian border", "along
# the frontier with Pakistan")
_BORDER_OF = _lazy(
    "_BORDER_OF",
    r"\b(?:near|to|along|on|at|toward|towards|close\s+to|up\s+to)\s++(?:the\s++|its\s++|their\s++)?"
    r"(?:(?P<name>(?-i:\p{Lu})(?:[\w-]|\.(?=\w))*+(?:\s(?-i:\p{Lu})(?:[\w-]|\.(?=\w))*+)?)(?:'s|’s)?\s++(?:\w++\s++)?"
    r"(?:borders?|frontiers?)\b|(?:shared\s++|common\s++)?(?:borders?|frontiers?)\s++with\s++"
    r"(?:the\s++)?(?P<name>(?-i:\p{Lu})(?:[\w-]|\.(?=\w))*+(?:\s(?-i:\p{Lu})(?:[\w-]|\.(?=\w))*+)?))",
    regex.IGNORECASE,
)
# Natural disasters and diseases kill too, but attack no one.
_NATURAL_CAUSES = (
    r"(?:cyclones?|hurricanes?|typhoons?|storms?|earthquakes?|quakes?|tremors?|floods?|flooding"
    r"|flash\s+floods|landslides?|mudslides?|tsunamis?|droughts?|famine|avalanches?|wildfires?"
    r"|bushfires?|heatwaves?|heat\s+waves?|cold\s+snaps?|lightning|cholera|malaria|ebola|measles"
    r"|covid(?:-19)?|coronavirus|pandemic|epidemic|outbreaks?|diseases?|virus|monsoon|rains)"
)
_NATURAL_CAUSE_BEFORE = _lazy(
    "_NATURAL_CAUSE_BEFORE",
    # (no possessive quantifier: the search runs backwards, where "[\w-]*+" would eat the capital)
    rf"\b{_NATURAL_CAUSES}\b(?:\s+(?-i:\p{{Lu}})[\w-]*)?(?:\s+(?:has|have|had))?\s+\Z",
    _BACKWARD,
)
_NATURAL_CAUSE_AFTER = _lazy(
    "_NATURAL_CAUSE_AFTER",
    rf"(?:\s++\w++){{0,4}}?\s++(?:by|in|during|after)\s++(?:an?\s++|the\s++)?(?:[\w-]++\s++){{0,2}}?"
    rf"{_NATURAL_CAUSES}\b",
    regex.IGNORECASE,
)
# a relative pronoun as the subject right before its verb (", which accused", ", who urged")
_RELATIVE_SUBJECT = _lazy(
    "_RELATIVE_SUBJECT",
    r",\s*+(?:which|who)\s++(?:(?:also|later|then|swiftly|quickly|promptly|\w+ly)\s++){0,2}",
    regex.IGNORECASE,
)
# between an actor and the group it belongs to ("Gunmen from the ELN")
_AFFILIATION_GAP = _lazy(
    "_AFFILIATION_GAP",
    r"\s++(?:from|of|belonging\s++to|loyal\s++to|linked\s++to|affiliated\s++(?:to|with)"
    r"|allied\s++(?:to|with)|backed\s++by)\s++(?:the\s++)?",
    regex.IGNORECASE,
)
# a "to" phrase naming a receiver right after a direct object, not an infinitive
_TO_DESTINATION = _lazy(
    "_TO_DESTINATION",
    r"(?:\s++[\w'’.-]++){0,3}?\s++to\s++(?:the\s++)?(?-i:\p{Lu})",
    regex.IGNORECASE,
)
_VENUE_BEFORE = _lazy("_VENUE_BEFORE", r"\b(?:in|at)\s++(?:the\s++)?\Z", _BACKWARD)
_FROM_AGENT = _lazy(
    "_FROM_AGENT", r"(?:\s++(?!from|by)[\w'’-]++){0,4}?\s++(?:from|by)\b", regex.IGNORECASE
)
_BETWEEN_BEFORE = _lazy("_BETWEEN_BEFORE", r"\bbetween\s+(?:the\s+)?\Z", _BACKWARD)
# Head nouns that a trigger word can modify: "protest leaders", "attack helicopters".
_COMPOUND_HEADS: Final = frozenset(
    f"{stem}{end}"
    for stem in (
        "leader camp movement group organiser organizer site helicopter rifle dog submarine team"
        " vehicle plane jet song slogan banner placard vote letter zone route venue tactic"
    ).split()
    for end in ("", "s")
) | {"aircraft"}
# The words that open a background phrase (_BACKGROUND_PP_BEFORE), for a cheap look first.
_BACKGROUND_PP_WORDS: Final = (
    "following",
    "after",
    "since",
    "amid",
    "despite",
    "over",
    # "no evidence linking him to the embassy bombings", "those responsible for the attack"
    "linking",
    "linked",
    "responsible",
)


def _next_word(text: str, end: int) -> str:
    """The lower-cased word after a single blank at ``end`` ("" if none)."""
    if not text.startswith(" ", end):
        return ""
    piece = text[end + 1 : end + 16]
    # (most words end at a blank well within the piece: one split and one test tell it)
    word = piece.split(" ", 1)[0]
    if word.isalpha():
        return word.lower()
    cut = len(piece)
    for i, ch in enumerate(piece):
        if not ch.isalpha():
            cut = i
            break
    return piece[:cut].lower()


# Verbs whose object is the subject of the infinitive after it: "prompting China to reject".
_OBJECT_CONTROL = _lazy(
    "_OBJECT_CONTROL",
    r"(?<!\bto\s)\b(?:prompt|force|lead|led|cause|persuade|compel|push|pressure|pressur|convince|induce"
    r"|spur)(?:s|ed|d|ing|e|es)?\s+(?:[\w'’-]+\s+){1,6}?to\s+\Z",
    _BACKWARD,
)
# Its verbs' stems: a window without any has no such verb (see _may_hold).
_OBJECT_CONTROL_STEMS: Final = (
    "prompt",
    "force",
    "lead",
    "led",
    "cause",
    "persuade",
    "compel",
    "push",
    "pressur",
    "convince",
    "induce",
    "spur",
)


def _object_control(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` ends in a verb whose object acts: "forced the rebels to "."""
    return (
        _may_hold(text, lo, hi, _OBJECT_CONTROL_STEMS)
        and _OBJECT_CONTROL.search(text, lo, hi) is not None
    )


# A clause dated by its distance to the reported event: "a day after", "two years after".
# A phrase that names an event's cause or background: "despite protests by settlers".
_BACKGROUND_PP_BEFORE = _lazy(
    "_BACKGROUND_PP_BEFORE",
    # the words of _BACKGROUND_PP_WORDS (the cheap look before this pattern), and "amidst"
    r"\b(?:" + "|".join((*_BACKGROUND_PP_WORDS, "amidst")) + r")\s+(?:[\w'’-]+\s+){0,7}\Z",
    _BACKWARD,
)
# A new phrase after the background one: "flew jets over Georgetown in a joint exercise".
_NEW_PHRASE = _lazy(
    "_NEW_PHRASE",
    r"\b(?:in|during|at|as)\s+(?:a|an|the|its|their|his|her)\s",
    regex.IGNORECASE,
)


def _background_pp(text: str, lo: int, hi: int) -> bool:
    """Whether a background phrase ("following the suppression of", "despite", "amid") leads
    to ``hi``: not "the following day", nor one that a new phrase has closed ("over Georgetown
    in a joint exercise")."""
    match = _BACKGROUND_PP_BEFORE.search(text, lo, hi)
    if match is None:
        return False
    if text[match.start() : match.start() + 9].lower() == "following" and text[
        max(0, match.start() - 4) : match.start()
    ].lower() in ("the ", "he "):
        return False
    return _NEW_PHRASE.search(text, match.start(), hi) is None


# A clause that opens with the trigger's -ing participle after a comma: ", accusing".
_PARTICIPIAL_OPEN = _lazy("_PARTICIPIAL_OPEN", r",\s*+(?:\w+ly\s+)?\Z", _BACKWARD)
_AFTER_START = _lazy("_AFTER_START", r"\s*+(?:after|before|since)\s", regex.IGNORECASE)
_TIME_UNIT_BEFORE = _lazy(
    "_TIME_UNIT_BEFORE",
    r"(?:\b(?:\w+|a|an)\s+|[,(]\s*+)(?:hours?|days?|weeks?|months?|years?|decades?)\s*+\Z",
    _BACKWARD,
)
_COUNTERPART = _lazy("_COUNTERPART", r"\bcounterparts?\b", regex.IGNORECASE)
# Regional adjectives just before (or opening) a country-less actor: "West African leaders".
_REGION_WORDS = (
    r"(?:(?:west|east|north|south|central|southern|northern|western|eastern)[\s-]+african|african"
    r"|european|western|gulf|asian|latin\s+american|nordic|balkan|international|regional)"
)
_REGIONAL_BEFORE = _lazy(
    "_REGIONAL_BEFORE", r"\b" + _REGION_WORDS + r"\s+(?:[\w-]+\s+)?\Z", _BACKWARD
)
_REGIONAL_OPEN = _lazy("_REGIONAL_OPEN", _REGION_WORDS + r"\s", regex.IGNORECASE)
_IN_BEFORE = _lazy(
    "_IN_BEFORE",
    # "police in Tehran"; forces moved into a country: "sent 3,000 troops to Poland"
    r"\b(?:in|at|near|outside|inside|into|(?:troops|soldiers|forces|units|warships|ships"
    r"|reinforcements|peacekeepers|battalions|brigades|missiles|jets)\s+(?:to|towards?))"
    # ("in the capital Antananarivo": the capital's name after its noun)
    r"\s+(?:the\s+(?:(?:\w+\s+)?(?:capital|city|port\s+city)\s+(?:of\s+)?)?)?\Z",
    _BACKWARD,
)
_PEOPLE_MODES: Final = frozenset(
    {Mode.BEAT, Mode.TORTURE, Mode.SEXUAL, Mode.ABDUCT, Mode.ARREST, Mode.DEPORT}
)
_COORDINATED = _lazy("_COORDINATED", r"\b(?:and|but)\s+\Z", _BACKWARD)
_PRONOUN_OPENS = _lazy(
    "_PRONOUN_OPENS", r"[\s\"“']*+(?P<pronoun>he|she|it|they)\b", regex.IGNORECASE
)
_SUBJECT_PRONOUN = _lazy("_SUBJECT_PRONOUN", r"\b(?:he|she|it|they|we)\b", regex.IGNORECASE)
_AND_VERB = _lazy("_AND_VERB", r"\b(?:and|but|then)\s+(?:\w+\s+)?\w+ed\b", regex.IGNORECASE)
_INSTRUMENT = _lazy(
    "_INSTRUMENT",
    r"\b(?:(?P<suicide>suicide\s+(?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|vest)s?)"
    r"|(?P<drone>drones?|UAVs?)"
    r"|(?P<aerial>air\s*strikes?|airstrikes?|air\s+raids?|warplanes?|helicopter\s+gunships?|jets?)"
    r"|(?P<heavy>shell(?:s|ing|fire)?|artillery|rockets?|mortars?|missiles?|tank\s+fire)"
    r"|(?P<explosives>(?:car\s+|truck\s+|roadside\s+)?bomb(?:s|ing|ings)?|explosions?|blasts?"
    r"|IEDs?|(?:land)?mines?|explosives?|grenades?)"
    r"|(?P<firearms>gun(?:fire|men|man|shots?)|shot\s+dead|shooting))\b",
    regex.IGNORECASE,
)
# A literal that each branch of _INSTRUMENT contains: a window without any has no weapon.
_INSTRUMENT_HINTS: Final = (
    "bomb",
    "shell",
    "gun",
    "shot",
    "shoot",
    "air",
    "rocket",
    "mortar",
    "missile",
    "drone",
    "uav",
    "jet",
    "warplane",
    "helicopter",
    "artillery",
    "tank",
    "explo",
    "blast",
    "ied",
    "mine",
    "grenade",
    "suicide",
)
_INSTRUMENT_MODE: Final = {
    "suicide": Mode.SUICIDE_ATTACK,
    "drone": Mode.DRONE,
    "aerial": Mode.AERIAL,
    "heavy": Mode.HEAVY_WEAPONS,
    "explosives": Mode.EXPLOSIVES,
    "firearms": Mode.FIREARMS,
}
_OWN_BEFORE = _lazy("_OWN_BEFORE", r"\b(?:its|their|his|her|our)\s+\Z", _BACKWARD)
_PREP_BEFORE = _lazy("_PREP_BEFORE", r"\b(\w+)\s+(?:the\s+)?\Z", regex.REVERSE)
_BY_END = _lazy("_BY_END", r"\bby\s+(?:the\s+)?\Z", _BACKWARD)
_MODIFIER_GAP = _lazy("_MODIFIER_GAP", r"(?:'s|’s|'|’)?(?:\s+(?:\w+|\w+-\w+)){0,3}\s+|\s+|-")
_GAP_STOPS = _lazy(
    "_GAP_STOPS",
    r"\b(?:on|against|in|at|by|of|with|and|said|says|after|before|the|a|an|this|that|these)\b",
    regex.IGNORECASE,
)
_PLACE_GAP_STOPS = _lazy("_PLACE_GAP_STOPS", r"[,;]|\bby\b|\bwith\b")
_THREATENED_TO = _lazy(
    "_THREATENED_TO",
    r"\b(?:threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?|swore|sworn|swear(?:s|ing)?)\s+to\s+(?:\w+\s+){0,2}\Z",
    regex.IGNORECASE,
)
_OF = _lazy("_OF", r"\s+of\s+")
_LIGHT_VERB = _lazy(
    "_LIGHT_VERB",
    r"\b(?:launch|carr|stag|mount|conduct|unleash|began|begin|start|initiat|continu|held|hold|had"
    r"|made|make|join|led|order|announc|tighten|impos|enforc|extend|lift|issu|lodg|complet"
    r"|open|reach)\w*\s+(?:[\w'’-]+\s+){0,4}\Z"
    r"|\bcall\w*\s+(?:an?|for\s+an?)\s+(?:[\w'’-]+\s+){0,3}\Z",
    regex.IGNORECASE,
)
_LIGHT_START = _lazy(
    "_LIGHT_START",
    r"(?:launch|carr|stag|mount|conduct|unleash|began|start|initiat|continu)",
    regex.IGNORECASE,
)
_PROTEST_VERB = _lazy("_PROTEST_VERB", r"protest(?:s|ed|ing)?", regex.IGNORECASE)


@functools.cache
def _prep_pattern(prep: str) -> regex.Pattern[str]:
    return regex.compile(rf"\s+(?:[\w-]+\s+){{0,3}}?{prep}\s+", regex.IGNORECASE)


_ARMED_KINDS: Final = frozenset(
    {"armed group", "military", "police", "rebels", "insurgents", "militia", "security forces"}
)
_DOMESTIC_TYPES: Final = frozenset({T.MOBILIZE, T.COERCE, T.PROTEST, T.SANCTION})
_CONFLICTUAL: Final = frozenset({T.ASSAULT, T.COERCE, T.MOBILIZE, T.SANCTION, T.PROTEST})


class _MentionIndex:
    """Mentions sorted by start, to cut out one sentence's share in O(log n)."""

    def __init__(self, mentions: Mentions) -> None:
        self.mentions = mentions
        # only mentions with a span can fall inside a sentence
        self.spanned: dict[str, tuple[Actor | Location | EventDate | Quantity | Casualty, ...]]
        self.spanned = {
            name: tuple(m for m in getattr(mentions, name) if m.span is not None)
            for name in ("actors", "places", "dates", "quantities", "casualties")
        }
        self.starts = {name: [_start(m) for m in spanned] for name, spanned in self.spanned.items()}

    def before(self, position: int, text: str) -> Actor | None:
        """The last named (not pronoun) actor that ends before ``position``, passing over the
        news media and the speakers of attributions ("an official told Reuters", "police
        said"): a pronoun in the next sentence refers to the story's actors, not its sources."""
        starts = self.starts["actors"]
        actors = cast("tuple[Actor, ...]", self.spanned["actors"])
        index = bisect.bisect_left(starts, position) - 1
        while index >= 0:
            actor = actors[index]
            span = actor.span
            if (
                span is not None
                and span.end <= position
                and not _is_pronoun(actor)
                and actor.sector is not Sector.JRN
                and not (
                    _may_hold(text, span.end, span.end + 24, _SPEAKER_WORDS)
                    and _SPEAKER_AFTER.match(text, span.end, position)
                    and _TAIL_BEFORE.search(text, max(0, span.start - 40), span.start)
                )
                and not (
                    _may_hold(text, max(0, span.start - 16), span.start, _SPEAKER_OPENERS)
                    and _SPEAKER_BEFORE.search(text, max(0, span.start - 16), span.start)
                )
            ):
                return actor
            index -= 1
        return None

    def two_sides(self, position: int) -> tuple[Actor, Actor] | None:
        """The last two actors of different countries named before ``position`` (within the
        last dozen actors), for "the two countries", "both sides"; None if there are fewer."""
        starts = self.starts["actors"]
        actors = cast("tuple[Actor, ...]", self.spanned["actors"])
        index = bisect.bisect_left(starts, position) - 1
        found: list[Actor] = []
        for actor in reversed(actors[max(0, index - 11) : index + 1]):
            if actor.country is None or actor.sector is Sector.JRN or _is_pronoun(actor):
                continue
            if all(actor.country != other.country for other in found):
                found.append(actor)
                if len(found) == 2:
                    return found[1], found[0]
        return None

    def within(self, sentence: Span) -> Mentions:
        lo, hi = sentence.start, sentence.end
        cut = bisect.bisect_left
        parts = [
            self.spanned[name][cut(starts, lo) : cut(starts, hi)]
            for name, starts in self.starts.items()
        ]
        return Mentions(*parts)  # type: ignore[arg-type]


def _start(mention: Actor | Location | EventDate | Quantity | Casualty) -> int:
    return mention.span.start if mention.span is not None else -1


class _Clause(NamedTuple):
    start: int
    end: int
    nonfinite: bool = False  # starts without its own subject
    subordinate: bool = False  # opened by as, while, after, amid, with ...
    relative: bool = False  # a relative clause: ", which ...", ", where ...", ", whom ..."
    # the main clause going on after a relative one: "The army, which ..., launched" (its
    # subject is before the relative clause)
    resumes: bool = False


# The word that opens a clause, after an optional comma and blanks (as the patterns above read
# it): most clauses open with a word that neither pattern can begin with, which a set tells.
_OPENING_WORD = _lazy("_OPENING_WORD", r",?\s*+(\w*+)")
_NONFINITE_WORDS: Final = frozenset(
    {"after", "before", "while", "when", "since", "following", "and", "but"}
)
_SUBORDINATOR_WORDS: Final = frozenset(
    "as while whereas although though because since until amid amidst after before when whereby"
    " unless with following despite".split()
)


def _clause(text: str, start: int, end: int) -> _Clause:
    word = cast("regex.Match[str]", _OPENING_WORD.match(text, start, end))[1]
    # (an ASCII word is lower-cased exactly; any other is left to the patterns)
    folded = word.lower() if word.isascii() else None
    return _Clause(
        start,
        end,
        nonfinite=(folded is None or folded in _NONFINITE_WORDS or folded.endswith("ing"))
        and _NONFINITE_START.match(text, start, end) is not None,
        subordinate=(folded is None or folded in _SUBORDINATOR_WORDS)
        and _SUBORDINATOR.match(text, start, end) is not None,
        relative=text.startswith(",", start, end) and _RELATIVE.match(text, start, end) is not None,
    )


def _clause_breaks(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """``_CLAUSE_BREAK.finditer``, tried only where a break can start (same matches, less work:
    most blanks open no break, and the cheap scan skips them in one step)."""
    position = start
    # No candidate starts inside another (blanks after a blank, or letters), so one pass finds all.
    candidates = _break_candidates(text, start, end)
    if candidates is None:
        candidates = [found.start() for found in _CLAUSE_BREAK_START.finditer(text, start, end)]
    for candidate in candidates:
        if candidate < position:
            continue
        match = _CLAUSE_BREAK.match(text, candidate, end)
        if match is not None:
            yield match
            position = match.end()


# Every place where a _CLAUSE_BREAK match can start in lower-cased ASCII text whose only blanks
# are single spaces, and a few more (a comma before any space): the standard library's engine
# scans these literals much faster than _CLAUSE_BREAK_START's lookarounds are tried at each blank.
_BREAK_CANDIDATE = re.compile(
    r" (?:[-;]|(?:as|while|whereas|although|though|because|since|until|amid|amidst|after|before"
    r"|when|whereby|unless|but|and then|with)(?= ))|,(?= )|;"
)


def _break_candidates(text: str, start: int, end: int) -> list[int] | None:
    """Where a break may start in ``text[start:end]``, in order: every start of a
    ``_CLAUSE_BREAK`` match and maybe a few more (the pattern tells), in the common
    sentence: ASCII (no letter folds to another) with no blanks but single spaces (each one
    starts a run of blanks). None for any other sentence, which the pattern scans."""
    piece = text[start:end]
    # (in ASCII, a printable text has no blank but the space)
    if not piece.isascii() or not piece.isprintable() or "  " in piece:
        return None
    return [start + found.start() for found in _BREAK_CANDIDATE.finditer(piece.lower())]


def _clauses(text: str, sentence: Span) -> list[_Clause]:
    """The sentence's clauses, their kinds not yet told: ``_clause`` tells them for the clauses
    that hold a trigger, the only ones the engine asks about."""
    out: list[_Clause] = []
    start = sentence.start
    opening = _OPENING_SUBORDINATE.match(text, sentence.start, sentence.end)
    if opening:
        out.append(_Clause(sentence.start, opening.end() - 1))
        start = opening.end()
    for match in _clause_breaks(text, start, sentence.end):
        if match.start() > start:
            out.append(_Clause(start, match.start()))
        start = match.start()
        # The break word stays with the clause it opens, so "after being ..." can be recognised.
        if text[match.start() : match.end()].strip(" ,;-–—") == "":
            start = match.end()
    if sentence.end > start:
        out.append(_Clause(start, sentence.end))
    return _close_relatives(text, out)


def _close_relatives(text: str, clauses: list[_Clause]) -> list[_Clause]:
    """End each relative clause at its closing comma: "The army, which has fought the rebels
    since 2012, launched an offensive" goes on with the main clause after the second comma,
    whose subject is before the relative clause (``resumes``)."""
    lo, hi = clauses[0].start, clauses[-1].end
    if "," not in text[lo:hi]:
        return clauses
    # (at most a few per sentence: each pass rebuilds the list, so a hostile sentence with
    # thousands of relative clauses must not cost their square)
    for opener in itertools.islice(_RELATIVE.finditer(text, lo, hi), _RELATIVES_MAX):
        o = opener.start()
        # the closing comma, not one inside a number ("4,000 troops")
        comma = text.find(",", opener.end(), min(hi, opener.end() + 200))
        while comma >= 0 and text[comma + 1 : comma + 2].isdigit():
            comma = text.find(",", comma + 1, min(hi, opener.end() + 200))
        if comma < 0 or ";" in text[o:comma]:
            continue
        resumes = _RESUMED.match(text, comma, hi) is not None
        # "In the Kibera slum, where youths burned tyres, two men were shot dead": a "where"
        # clause on an opening place phrase ends at its comma; the main clause follows
        if not resumes and not (
            opener.group().lower().endswith("where") and _PLACE_OPENING.match(text, lo, o)
        ):
            continue
        before = [c._replace(end=min(c.end, o)) for c in clauses if c.start < o]
        after = [c for c in clauses if c.end > comma + 1]
        resumed = _Clause(comma + 1, after[0].end, resumes=resumes) if after else None
        later = [c for c in after[1:] if c.start >= comma + 1]
        clauses = [*before, _Clause(o, comma, relative=True)]
        clauses += [resumed, *later] if resumed is not None else []
    return clauses


def _clause_of(clauses: Sequence[_Clause], position: int) -> int:
    for index, clause in enumerate(clauses):
        if clause.start <= position < clause.end:
            return index
    return len(clauses) - 1


# --- slot helpers --------------------------------------------------------------------------------


_PRONOUNS: Final = frozenset("it they he she we them him her its their his who".split())


def _is_pronoun(actor: Actor) -> bool:
    return _is_pronoun_text(actor.text)


@functools.lru_cache(maxsize=4096)  # keyed on a mention's words
def _is_pronoun_text(text: str) -> bool:
    # casefold: the same letters as the case-insensitive pattern this replaced ("ſhe")
    return text.strip().casefold() in _PRONOUNS


_STATE_ORGANS: Final = frozenset({Sector.GOV, Sector.MIL, Sector.COP, Sector.SPY, Sector.JUD})
_OFFICIAL: Final = frozenset(
    {Sector.GOV, Sector.IGO, Sector.UNO, Sector.EUR, Sector.NGO, Sector.HRI, Sector.JUD, Sector.LEG}
)


def _inside_trigger(
    text: str, trigger: Span, actor: Actor | None, mentions: Mentions, kind: EventType
) -> Actor | None:
    """A participant named inside a long trigger: "ordered the newspaper La Prensa to close",
    "said that Libya must", "gave the Ivory Coast $5 million", "withdraw its force from Chad"."""
    first_word_end = text.find(" ", trigger.start, trigger.end)
    if first_word_end < 0:
        return None
    own = actor.span if actor is not None else None
    for candidate in mentions.actors:
        span = candidate.span
        inside = span is not None and first_word_end < span.start and span.end <= trigger.end
        if inside and span != own and not _is_pronoun(candidate):
            assert span is not None
            if not _OWN_BEFORE.search(text, max(trigger.start, span.start - 8), span.start):
                return candidate
    if kind is not T.RETREAT:
        for place in mentions.places:
            span = place.span
            if span is not None and first_word_end < span.start and span.end <= trigger.end:
                return _place_actor(place)
    return None


def _inside_named_actor(trigger: Span, actors: Sequence[Actor]) -> bool:
    for actor in actors:
        span = actor.span
        if (
            span is not None
            and span.start <= trigger.start
            and trigger.end <= span.end
            and actor.text[:1].isupper()
            and (span.start, span.end) != (trigger.start, trigger.end)
        ):
            return True
    return False


def _is_official(actor: Actor) -> bool:
    return actor.sector in _OFFICIAL or (actor.sector is None and actor.kind == "state")


def _is_state(actor: Actor | None) -> bool:
    """An organ of a state: its government, forces, police, intelligence or courts."""
    if actor is None:
        return False
    return actor.sector in _STATE_ORGANS or (actor.sector is None and actor.kind == "state")


def _is_armed(actor: Actor | None) -> bool:
    if actor is None:
        return False
    if actor.sector is not None and (actor.sector in ARMED_SECTORS or actor.sector is Sector.GOV):
        return True
    return (actor.kind or "") in _ARMED_KINDS


def _earlier_actor(
    text: str, prior: Sequence[tuple[int, _Candidate]], ci: int, before: int
) -> Actor | None:
    """The actor of the last event found before ``before`` in clause ``ci`` or the one before
    it, with no comma or semicolon between ("severed relations with Qatar and closed")."""
    reach = (ci, ci - 1)
    for index, candidate in reversed(prior):
        if candidate.trigger.end > before:
            continue
        gap = text[candidate.trigger.end : before]
        # (a comma is allowed only as the one that opens ", and": "asked France to press
        # Israel, and urged Hezbollah")
        if (
            index in reach
            and ";" not in gap
            # ("lifted its ban, meeting the group's demand, and freed 350 supporters": a
            # participle phrase between the two verbs)
            and (gap.count(",") == gap.count(", and ") or _PARTICIPLE_GAP.fullmatch(gap))
        ):
            if ", and " in gap and _SUBORDINATE_BEFORE.search(
                text, max(0, candidate.trigger.start - 60), candidate.trigger.start
            ):
                # "China imposed sanctions after Washington approved a sale, and warned": the
                # verb after ", and" goes on with the main clause, past the subordinate one
                reach = (index, index - 1)
                continue
            actor = candidate.actor
            # (an attacker the text does not name is no subject to share)
            return None if actor is not None and actor.kind == "unidentified" else actor
        break
    return None


_PARTICIPLE_GAP = _lazy(
    "_PARTICIPLE_GAP",
    r"[^,;]{0,60},\s*+(?-i:\p{Ll})+ing\b[^,;]{0,80},\s*+and\s++(?:\w+ly\s++)?",
    regex.IGNORECASE,
)
# A subordinator and the subject before a trigger: "after Washington approved".
_SUBORDINATE_BEFORE = _lazy(
    "_SUBORDINATE_BEFORE",
    r"\b(?:after|before|when|while|since|because|although|until)\s++(?:[\w'’.$-]+\s++){0,6}\Z",
    _BACKWARD,
)


# between a subject and the verb of the relative clause it opens: " who", ", which had"
_RELATIVE_GAP = _lazy(
    "_RELATIVE_GAP",
    r",?\s*+(?:who|that|which)\s++(?:(?:had|have|has|were|was|reportedly|allegedly)\s++){0,2}",
    regex.IGNORECASE,
)


def _relative_head(
    text: str, prior: Sequence[tuple[int, _Candidate]], ci: int, actor: Actor, before: int
) -> _Candidate | None:
    """The event of a relative clause ("Gunmen who abducted ...") whose subject is the subject
    of the verb at ``before`` too, when ``actor`` (the nearest actor before it) stands inside
    that relative clause; else None."""
    if actor.span is None:
        return None
    for index, candidate in prior:
        head = candidate.actor
        if (
            index == ci
            and head is not None
            and head.span is not None
            and head.span.end <= candidate.trigger.start < actor.span.start < before
            and candidate.trigger.end <= actor.span.start
            and _RELATIVE_GAP.fullmatch(text, head.span.end, candidate.trigger.start)
        ):
            return candidate
    return None


# a proposal named by its author: "a U.S.-drafted plan", "the Egyptian-brokered truce"
_AUTHORED_AFTER = _lazy(
    "_AUTHORED_AFTER",
    r"\s+(?:the|a|an|its)\s+(?:[\w-]+\s+)?(?P<who>(?-i:\p{Lu})[\w.]*)-(?:drafted|proposed|backed"
    r"|brokered|sponsored|authored|led|mediated|written|tabled)\s+(?:[\w-]+\s+)?(?:plan|proposal"
    r"|resolution|deal|draft|initiative|ceasefire|truce|offer|text|bill|accord|agreement|roadmap)s?\b",
    regex.IGNORECASE,
)
# what a judging verb says of the act reported before it: "condemned the move", "a move X hailed"
_JUDGES_MOVES: Final = frozenset({T.ACCUSE, T.SUPPORT, T.REJECT})
_MOVE_NOUNS = (
    r"(?:move|decision|step|deployment|measure|action|announcement|sanctions|ban|decree|charges?"
    r"|claims?|accusations?|allegations?)"
)
_MOVE_AFTER = _lazy(
    "_MOVE_AFTER",
    r"\s+(?:the|this|that|such\s+a)\s+(?:[\w-]+\s+)?" + _MOVE_NOUNS + r"\b",
    regex.IGNORECASE,
)
_MOVE_BEFORE = _lazy(
    "_MOVE_BEFORE",
    r",\s*+(?:a|in\s+a)\s+(?:[\w-]+\s+)?"
    + _MOVE_NOUNS
    + r"\s+(?:that\s+|which\s+)?(?:[\w'’.-]+\s+){1,5}\Z",
    _BACKWARD,
)


def _mover(
    prior: Sequence[tuple[int, _Candidate]], before: int, judge: Actor | None
) -> Actor | None:
    """The actor of the last event reported before ``before``, unless it is the judge's own."""
    return _other_side((c for _, c in reversed(prior) if c.trigger.end <= before), judge)


def _other_side(latest_first: Iterable[_Candidate], party: Actor | None) -> Actor | None:
    """The actor of the first of these events, unless it is ``party``'s own side (or none)."""
    for candidate in latest_first:
        actor = candidate.actor
        if actor is None:
            return None
        if party is not None and _actor_key_of(actor) == _actor_key_of(party):
            # one country's quarrel: the opposition accused the military, and the military
            # rejects the accusation: the other side is the one that named it
            target = candidate.recipient
            if (
                target is not None
                and party.code is not None
                and actor.code != party.code
                and target.code == party.code
            ):
                return actor
            return None
        return actor
    return None


def _left_actor(
    text: str, actors: Sequence[Actor], lo: int, hi: int, *, skip_preposition: bool = True
) -> Actor | None:
    """The subject: the nearest actor before ``hi`` in ``[lo, hi)``, preferring the head of a
    phrase ("Doctors from two American aid groups" -> Doctors) and skipping pronouns."""
    candidates = [
        a
        for a in actors
        if a.span is not None and lo <= a.span.start < hi and not _is_pronoun_text(a.text)
    ]
    if not candidates:
        return None
    best = candidates[-1]
    if skip_preposition and best.span is not None:
        for earlier in reversed(candidates[:-1]):
            assert earlier.span is not None and best.span is not None
            between = text[earlier.span.end : best.span.start]
            prep = _HEAD_PREPOSITION_BEFORE.search(
                text, max(lo, best.span.start - 32), best.span.start
            )
            word = prep.group().split()[0].lower() if prep else ""
            if (
                prep
                and len(between) <= 30
                and "," not in between
                and (
                    word in {"of", "from", "in", "at", "near", "for", "with", "inside", "outside"}
                    # "China's ambassador to Mali", "ASEAN's special envoy on Myanmar"
                    or (
                        word in ("to", "on")
                        and _ENVOY_WORD.search(text, earlier.span.start, best.span.start)
                        is not None
                    )
                )
            ):
                best = earlier
                continue
            break
        at = candidates.index(best)
        if at > 0:
            head = candidates[at - 1]
            assert head.span is not None and best.span is not None
            led = _LED_BY.fullmatch(text, head.span.end, best.span.start)
            if led is not None:
                return head  # "negotiators led by their foreign ministers met": the negotiators
            opens = _APPOSITIVE_OPEN.fullmatch(text, head.span.end, best.span.start) or (
                text[head.span.end : best.span.start].strip() == ","
                and _APPOSITIVE_OPEN.match(", " + best.text) is not None
            )  # the appositive is a mention itself: "Turkey, Azerbaijan's closest ally,"
            if opens and _APPOSITIVE_CLOSE.fullmatch(text, best.span.end, hi):
                best = head  # "Pakistan, a key U.S. ally, has refused": the appositive's head
    return best


def _right_actor(
    text: str,
    actors: Sequence[Actor],
    lo: int,
    hi: int,
    preps: Sequence[str],
    owner_ok: bool = False,
) -> Actor | None:
    """The object: the first actor after the trigger, before any "by" agent phrase; where the
    rule names prepositions ("offered its troops to X"), an actor after one of them wins."""
    if preps:
        for actor in actors:
            span = actor.span
            if span is None or span.start < lo or span.end > hi or _is_pronoun(actor):
                continue
            if span.start - lo > 120:
                break
            before = _PREP_BEFORE.search(text, max(lo, span.start - 12), span.start)
            if before and before.group(1).lower() in preps and ";" not in text[lo : span.start]:
                return actor
            if _DIRECT_OBJECT_GAP.fullmatch(text, lo, span.start) and not _TO_DESTINATION.match(
                text, span.end, hi
            ):
                break  # "pressed Islamabad to act against ... the attack on India's parliament"
            # (else "extradited the former president to the United States": the "to" wins)
    for actor in actors:
        if actor.span is None or actor.span.start < lo or actor.span.end > hi:
            continue
        if _is_pronoun(actor) and actor.text.lower() not in {"him", "her", "them"}:
            continue
        if _OWN_BEFORE.search(
            text, max(lo, actor.span.start - 8), actor.span.start
        ) and not _COUNTERPART.search(actor.text):
            continue  # "strengthened its forces": the actor's own ("his counterpart" is not)
        gap = text[lo : actor.span.start]
        if _BY_END.search(gap):
            continue  # an agent, not an object
        # (a comma inside a number, "3,000 troops", is no break)
        if len(gap) > 60 or ";" in gap or _AND_VERB.search(gap):
            return None
        if "," in gap and _TEXT_COMMA.search(gap):
            return None
        if _OBJECT_STOP.search(gap):
            return None  # "blockades in the West Bank following the deaths of two Israelis"
        if (
            not owner_ok
            and _POSSESSIVE_AFTER.match(text, actor.span.end)
            # ("soldiers of the Central African Republic's army": the head is the soldiers)
            and " of " not in actor.text
        ):
            continue  # "attack on Kabul's airport": the possessor is not the target
        if actor.text.lower() in {"him", "her", "them"}:
            return None
        return actor
    return None


def _by_agent(text: str, actors: Sequence[Actor], lo: int, hi: int) -> Actor | None:
    match = _BY_AGENT.match(text, lo, hi)
    if not match:
        return None
    for actor in actors:
        if (
            actor.span is not None
            and match.end() <= actor.span.start < match.end() + 25
            and actor.span.end <= hi
        ):
            return actor
    return None


def _from_agent(text: str, actors: Sequence[Actor], lo: int, hi: int) -> Actor | None:
    """The actor after "from" or "by" just after ``lo`` ("came under fire from rebels")."""
    match = _FROM_AGENT.match(text, lo, hi)
    if not match:
        return None
    for actor in actors:
        if actor.span is not None and match.end() <= actor.span.start < match.end() + 25:
            return actor if actor.span.end <= hi else None
    return None


def _possessor(text: str, actors: Sequence[Actor], lo: int, trigger_start: int) -> Actor | None:
    """ "the Taliban's first assault", "Russian airstrikes", "a Taliban attack": the actor whose
    mention ends a few words before a nominal trigger."""
    for actor in reversed(actors):
        if actor.span is None or actor.span.end > trigger_start or actor.span.start < lo:
            continue
        gap = text[actor.span.end : trigger_start]
        if len(gap) <= 30 and _MODIFIER_GAP.fullmatch(gap) and "," not in gap:
            if _GAP_STOPS.search(gap):
                return None
            return actor
        return None
    return None


def _state_at(text: str, mentions: Mentions, start: int) -> Actor | None:
    """The state named at ``start``: an actor or place mention there, else a country's
    adjective ("closed its airspace to Qatari flights")."""
    for actor in mentions.actors:
        if actor.span is not None and actor.span.start == start and actor.country:
            return actor
    for place in mentions.places:
        # ("closed its border with Syria": the place is the border)
        if place.span is not None and place.span.start <= start < place.span.end and place.country:
            return _place_actor(place)
    word = _CAPITALIZED_WORD.match(text, start)
    if word is None:
        return None
    country = _demonym(word.group())
    return None if country is None else _adjective_state(text, word.start(), word.end(), country)


@functools.lru_cache(maxsize=4096)  # a bounded memo of words, not of texts
def _demonym(word: str) -> str | None:
    """The country a country adjective names: the gazetteer's short list, else the actor
    tables' adjectives ("Italian", "Dutch")."""
    return Gazetteer.packaged().demonym(word) or country_adjective(word)


def _adjective_state(text: str, start: int, end: int, country: str) -> Actor:
    """The state a country adjective at ``text[start:end]`` names ("Qatari", "Japanese")."""
    return Actor(
        name=country,
        text=text[start:end],
        span=Span(start, end),
        country=country,
        code=country,
        kind="state",
    )


def _demonym_object(
    text: str, actors: Sequence[Actor], start: int, end: int, actor: Actor | None
) -> Actor | None:
    """A country adjective opening the object after a verb ("a Japanese fishing boat"), as
    the state it names, when it is not the actor's own; an actor mention there if there is
    one ("two Russian diplomats")."""
    found = _DEMONYM_OBJECT.match(text, start, end)
    if found is None:
        return None
    for mention in actors:
        if mention.span is not None and mention.span.start == found.start(1):
            return mention
    country = _demonym(found.group(1))
    if country is None or (actor is not None and actor.country == country):
        return None
    return _adjective_state(text, found.start(1), found.end(1), country)


def _weapon_subject(text: str, lo: int, hi: int, anywhere: bool = False) -> Actor | None:
    """The military of the state whose adjective opens a weapon subject just before a verb
    ("Indian shells struck villages", "Russian missiles hit Kyiv"): who fired them; with
    ``anywhere``, the first such weapon in ``[lo, hi)``."""
    if anywhere:
        found = _WEAPON_IN_CLAUSE.search(text, lo, hi)
    else:
        found = _WEAPON_SUBJECT.search(text, max(lo, hi - 60), hi)
    if found is None:
        return None
    country = _demonym(found.group(1))
    if country is None:
        return None
    return Actor(
        name=f"{country} military",
        text=found.group(1),
        span=Span(found.start(1), found.end(1)),
        country=country,
        sector=Sector.MIL,
        code=f"{country}{Sector.MIL.value}",
        kind="military",
    )


def _affiliation(text: str, actors: Sequence[Actor], actor: Actor) -> Actor | None:
    """The named group or organisation a country-less actor is said to belong to right after
    its mention ("Gunmen from the ELN", "militants linked to al Qaeda")."""
    span = cast(Span, actor.span)
    for other in actors:
        if other.span is None or other.span.start < span.end:
            continue
        if other.span.start - span.end > 30:
            return None
        if other.country is None and (other.code or "")[:3] not in ("IGO", "NGO", "IMG"):
            return None
        if _AFFILIATION_GAP.fullmatch(text, span.end, other.span.start):
            if other.kind == "person" and other.country is not None:
                # "Supporters of jailed former Prime Minister Imran Khan": his country's people,
                # not the man himself
                return _with_focus(replace(actor, country=None), other.country)
            return other
        return None
    return None


def _relative_speaker(
    text: str, rule: Rule, clause: _Clause, trigger: Span, mentions: Mentions
) -> Actor | None:
    """The actor a relative clause's pronoun stands for when that clause is its speech act
    ("Cairo, which accused Addis Ababa of intransigence"): the actor or the capital or country
    named just before the comma."""
    if not rule.speech or not _RELATIVE_SUBJECT.fullmatch(text, clause.start, trigger.start):
        return None
    for actor in mentions.actors:
        if actor.span is not None and actor.span.end == clause.start:
            # (a state's organ, or an international body: "Amnesty International, which
            # condemned ...")
            known = actor.country is not None or (actor.code or "")[:3] in ("IGO", "NGO")
            return actor if known else None
    for place in mentions.places:
        if (
            place.span is not None
            and place.span.end == clause.start
            and place.country
            and (place.feature is Feature.COUNTRY or capital_country(place.text) == place.country)
        ):
            return _place_actor(place)
    return None


def _country_of(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def _border_state(text: str, actors: Sequence[Actor], lo: int, hi: int) -> Actor | None:
    """The state whose border a phrase after ``lo`` names ("near Ukraine's borders", "to the
    Colombian border", "along the border with Pakistan"), as an actor."""
    window = text[lo:hi].lower()
    if "border" not in window and "frontier" not in window:
        return None
    found = _BORDER_OF.search(text, lo, hi)
    if found is None:
        return None
    start = found.start("name")
    for mention in actors:
        if mention.span is not None and mention.span.start == start and mention.country:
            return mention
    name = found.group("name")
    country = _demonym(name) or next(
        (p.country for p in Gazetteer.packaged().lookup(name) if p.feature is Feature.COUNTRY),
        None,
    )
    if country is None:
        return None
    return _adjective_state(text, start, found.end("name"), country)


def _place_actor(place: Location) -> Actor:
    """An attacked or entered place stands as the recipient: its country, no sector."""
    return Actor(
        name=place.name,
        text=place.text,
        span=place.span,
        country=place.country,
        sector=None,
        code=place.country,
        kind="place",
    )


def _right_place(text: str, places: Sequence[Location], lo: int, hi: int) -> Location | None:
    for place in places:
        if place.span is None or place.span.start < lo or place.span.end > hi:
            continue
        gap = text[lo : place.span.start]
        if len(gap) <= 40 and not _PLACE_GAP_STOPS.search(gap):
            return place
        return None
    return None


def _inside_actor(span: Span, actors: Sequence[Actor]) -> bool:
    return any(
        a.span is not None and a.span.start <= span.start and span.end <= a.span.end for a in actors
    )


def _pick_place(
    text: str,
    places: Sequence[Location],
    actors: Sequence[Actor],
    lo: int,
    hi: int,
    trigger: Span,
    memo: dict[object, object] | None = None,
) -> Location | None:
    """The place of the event: a locative phrase in the clause, nearest to the trigger."""
    best: Location | None = None
    best_distance = 10**9
    for place in _locatives(text, places, actors, lo, hi, memo):
        span = cast(Span, place.span)
        distance = (
            abs(span.start - trigger.end)
            if span.start >= trigger.end
            else abs(trigger.start - span.end) + 5
        )
        if distance < best_distance:
            best, best_distance = place, distance
    return best


def _locatives(
    text: str,
    places: Sequence[Location],
    actors: Sequence[Actor],
    lo: int,
    hi: int,
    memo: dict[object, object] | None,
) -> tuple[Location, ...]:
    """The places in ``[lo, hi)`` named in a locative phrase; the same for every trigger of a
    clause, so kept in ``memo`` (one sentence's mentions) for the next trigger."""
    key = ("locatives", lo, hi)
    if memo is not None and key in memo:
        return cast("tuple[Location, ...]", memo[key])
    found: list[Location] = []
    for place in places:
        if place.span is None or place.span.start < lo or place.span.end > hi:
            continue
        if _inside_actor(place.span, actors) and not _IN_BEFORE.search(
            text, max(lo, place.span.start - 30), place.span.start
        ):
            continue  # "Tajikistan President": part of a name; "police in Tehran": a place
        if not _LOCATIVE_BEFORE.search(text, max(lo, place.span.start - 60), place.span.start):
            continue
        if found and _HEAD_OF.fullmatch(text, cast(Span, found[-1].span).end, place.span.start):
            found.pop()  # "the West Bank town of Jenin": the unit before only describes Jenin
        found.append(place)
    out = tuple(found)
    if memo is not None:
        memo[key] = out
    return out


def _instrument(text: str, lo: int, hi: int, memo: dict[object, object]) -> regex.Match[str] | None:
    """The first weapon named in ``[lo, hi)``; most windows name none, which a look for the
    branches' literals tells before the pattern runs. Kept in ``memo`` for the other triggers."""
    key = ("instrument", lo, hi)
    if key not in memo:
        window = text[lo:hi].casefold()
        found = None
        if any(hint in window for hint in _INSTRUMENT_HINTS):
            found = _INSTRUMENT.search(text, lo, hi)
        memo[key] = found
    return cast("regex.Match[str] | None", memo[key])


def _memo_search(
    pattern: regex.Pattern[str], text: str, lo: int, hi: int, memo: dict[object, object]
) -> regex.Match[str] | None:
    """``pattern.search(text, lo, hi)``, kept in ``memo`` for the other triggers of a clause."""
    key = (pattern.pattern, lo, hi)
    if key not in memo:
        memo[key] = pattern.search(text, lo, hi)
    return cast("regex.Match[str] | None", memo[key])


def _may_hold(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[lo:hi]`` may hold one of ``words`` (lower-case ASCII) in any case: a pattern
    that needs one of them can match only then, and most windows hold none. Folded as the
    patterns' IGNORECASE reads letters ("ſ" is an "s"); "İ" folds to two characters, so a window
    with it may hold any."""
    window = text[lo:hi]
    folded = window.lower() if window.isascii() else window.casefold()
    return "\u0307" in folded or any(word in folded for word in words)


def _pick_date(dates: Sequence[EventDate], lo: int, hi: int, trigger: Span) -> EventDate | None:
    best: EventDate | None = None
    best_distance = 10**9
    for date in dates:
        if date.span is None or date.span.start < lo or date.span.end > hi or not date.resolved:
            continue
        distance = min(abs(date.span.start - trigger.end), abs(trigger.start - date.span.end))
        if distance < best_distance:
            best, best_distance = date, distance
    return best


def _counts(
    mentions: Mentions, lo: int, hi: int
) -> tuple[Quantity | None, Quantity | None, tuple[Quantity, ...]]:
    fatalities: Quantity | None = None
    injuries: Quantity | None = None
    used: list[Span] = []
    for casualty in mentions.casualties:
        if casualty.span.start < lo or casualty.span.end > hi:
            continue
        if casualty.kind is CasualtyKind.KILLED and fatalities is None:
            fatalities = casualty.count
            used.append(casualty.span)
        elif casualty.kind is CasualtyKind.INJURED and injuries is None:
            injuries = casualty.count
            used.append(casualty.span)
    others: list[Quantity] = []
    for quantity in mentions.quantities:
        span = quantity.span
        if span is None or span.start < lo or span.end > hi:
            continue
        if any(u.start <= span.start and span.end <= u.end for u in used):
            continue
        others.append(quantity)
    return fatalities, injuries, tuple(others[:3])


# --- modality ------------------------------------------------------------------------------------


# The word that ends the phrase of every modality pattern below ("refused to", "did not", "could");
# at most three words follow it up to the trigger, four after "fear that".
# Types whose coordinated verbs report one operation ("killed 12 and wounded 20"); speech acts
# with two verbs are two acts ("urged the army to ... and called on all sides to ...").
_ONE_OPERATION: Final = frozenset({T.ASSAULT, T.COERCE})
# An event the text dates more than this many days before publication is background.
_HISTORY_DAYS: Final = 365
_YIELDING: Final = frozenset(
    {T.RETREAT, T.CONCEDE, T.AID, T.COOPERATE, T.CONSULT, T.AGREE, T.SUPPORT}
)
_MODAL_LAST: Final = (
    "to",
    "against",  # "decided against"
    "out",  # "ruled out"
    "n't",
    "not",
    "no",
    "never",
    "longer",
    "neither",
    "nor",
    "without",
    "deny",
    "denied",
    "denies",
    "from",
    "threaten",
    "threatens",
    "threatened",
    "threatening",
    "vow",
    "vows",
    "vowed",
    "vowing",
    "swore",
    "sworn",
    "swear",
    "swears",
    "swearing",
    "would",
    "will",
    "shall",
    "could",
    "might",
    "may",
    "if",
    "whether",
    "possible",
    "possibly",
    "fear",
    "fears",
    "feared",
    "unless",
    "prevent",
    "avoid",
    "stop",
    "must",
    "should",
    "any",
    "preparing",
    "considering",
    "weighing",
    "mulling",
    "contemplating",
    "drafting",
    "whoever",
)
# Common words that end a phrase only after certain others: "risk of", "could have", "to be".
_MODAL_PAIR: Final = {
    "of": ("short", "risk", "fear", "fears", "danger", "threat"),
    "have": ("would", "could"),
    "be": ("to",),
    "to": ("meant", "intended", "designed", "supposed"),
    "face": ("or", "else"),
    "who": ("anyone", "anybody"),
}


# _MODAL_LAST by last letter: a word can end in one of them only if it ends in that letter.
_MODAL_LAST_BY_END: Final = {
    last: tuple(word for word in _MODAL_LAST if word[-1] == last)
    for last in {word[-1] for word in _MODAL_LAST}
}


def _modal_end(before: str) -> bool:
    """Whether ``before`` may end in a modality phrase: the word that closes one among its last
    four words (blank-separated, case-folded), or "fear" as the fifth. A superset of the
    patterns, at the cost of a split: a window it rejects is a plain report."""
    if not before[-1:].isspace():
        return False  # every pattern ends in blanks
    folded = before.lower() if before.isascii() else before.casefold()
    if "\u0307" in folded:
        return True  # "İ" (which the patterns take for "i") folds to two letters
    words = folded.rsplit(None, 5)[-5:]
    for at in range(max(len(words) - 4, 0), len(words)):
        word = words[at]
        ends = _MODAL_LAST_BY_END.get(word[-1])
        if ends is not None and word.endswith(ends):
            return True
        if word in _MODAL_PAIR and at > 0 and words[at - 1].endswith(_MODAL_PAIR[word]):
            return True
    return len(words) == 5 and words[0].endswith(("fear", "fears", "feared"))


# what a clause says of a kind of act in general ("Attacks on X may amount to war crimes")
_GENERIC_MODAL = _lazy(
    "_GENERIC_MODAL", r"\b(?:may|might|could|can|must|should|would)\s", regex.IGNORECASE
)
# an attack that its author claims: "claimed responsibility for a drone attack"
_CLAIMED_BEFORE = _lazy(
    "_CLAIMED_BEFORE",
    r"\bclaim(?:s|ed|ing)?\s++(?:(?:responsibility|credit)\s++for\s++)?(?:[\w'’-]++\s++){0,4}\Z",
    _BACKWARD,
)
# "No group has claimed responsibility", "has yet to claim", "did not claim": nobody claimed
_NO_CLAIM = _lazy(
    "_NO_CLAIM",
    r"\b(?:no|nobody|none|not|never|yet\s+to|denied|deny|denies)\b|n't\b",
    regex.IGNORECASE,
)
# a modifier right before a noun: "militant targets", "military targets" (not "Russia targets")
_LOWER_WORD_BEFORE = _lazy(
    "_LOWER_WORD_BEFORE",
    r"(?<![\w-])(?!(?:he|she|it|they|who|which|that|also|now|often|still|reportedly|allegedly)\b)"
    r"(?-i:\p{Ll})[\w-]*\s\Z",
)
_AT_TARGET = _lazy("_AT_TARGET", r"\s(?:at|on|against|targeting)\s", regex.IGNORECASE)
# "declined to comment", "refused to be named": the wire's formulas for giving no answer
_NO_COMMENT = _lazy(
    "_NO_COMMENT",
    r"\s+(?:immediately\s+)?to\s+(?:comment|confirm|elaborate|give\s+(?:details|further\s+details"
    r"|a\s+figure|figures|his\s+name|her\s+name|their\s+names)|be\s+(?:named|identified|quoted)"
    r"|say\s+(?:more|how|when|where|whether|why|which|who)|speculate|discuss\s+(?:the\s+)?details"
    r"|disclose|specify|respond\s+to\s+(?:a\s+)?(?:request|requests|questions?)\s+for\s+comment)\b",
    regex.IGNORECASE,
)
# "was preparing sanctions", "is considering imposing sanctions": planned, not done
_PLANNING = _lazy(
    "_PLANNING",
    r"\b(?:prepar|consider|weigh|mull|contemplat|draft)ing\s+(?:(?:new|fresh|further|possible"
    r"|more|additional|tougher|wider|targeted|economic|punitive)\s+){0,2}\Z",
    regex.IGNORECASE,
)
_CONDITIONAL_CLAUSE = _lazy(
    "_CONDITIONAL_CLAUSE", r",?\s*(?:if|unless|whether|lest)\b", regex.IGNORECASE
)
_OBLIGATION = _lazy(
    "_OBLIGATION",
    r"\b(?:must|should|ought\s+to|has\s+to|have\s+to|need\s+to|needs\s+to)\s+(?:\w+\s+){0,2}\Z",
    regex.IGNORECASE,
)


def _modality(text: str, start: int, lo: int, rule: Rule) -> tuple[str, str]:
    """Classify what the words before the trigger say about it: (kind, evidence)."""
    window_start = max(lo, start - 60)
    before = text[window_start:start]
    if not rule.speech and _CONDITIONAL_CLAUSE.match(text, lo, start):
        return "hypothetical", "condition"
    if not _modal_end(before):
        return "done", ""  # none of the patterns below can match: the common case
    if _REFUSAL.search(before):
        return "refused", "refusal"
    if rule.type in _YIELDING and _WILL_NOT.search(before):
        return "refused", "refusal"  # "would not be withdrawn", "will not resign": a refusal
    if _NEGATION.search(before):
        return "negated", "negation"
    if rule.type is T.THREATEN:
        return "done", ""
    if _ANY_BEFORE.search(before):
        # "would not accept any foreign inquiry", "warned against any attack": none was made
        return "hypothetical", "any"
    if rule.speech:
        # "the ELN could seek to use the release": a speech act that may come, not one made
        return ("hypothetical", "hypothetical") if _SPEECH_MODAL.search(before) else ("done", "")
    if _THREATENED_TO.search(before):
        return "threatened", "threat"
    if _HYPOTHETICAL.search(before) or _OBLIGATION.search(before):
        return "hypothetical", "hypothetical"
    if rule.type in _CONFLICTUAL and _THREAT.search(before):
        return "threatened", "future"
    if _PLANNING.search(before):
        return ("threatened", "planned") if rule.type in _CONFLICTUAL else ("hypothetical", "plan")
    if _PROMISE.search(before):
        return "promised", "future"
    if before.endswith(("to ", "To ")) and _PROMISED_SOMEONE.search(
        text, max(lo, start - 90), start
    ):
        # "promised U.S. mediators in a letter on Sunday to disarm armed groups"
        return "promised", "future"
    return "done", ""


# --- the engine ----------------------------------------------------------------------------------


_DROP: Final = Actor(name="<drop>")
_SPEECH_TYPES: Final = frozenset({T.AGREE, T.THREATEN, T.REQUEST, T.REJECT, T.ACCUSE})
_ADJECTIVAL = _lazy(
    "_ADJECTIVAL",
    r"\b(?:the|a|an|his|her|its|their|this|these|those|our|newly|recently|so-called|self-styled"
    # "bases of exiled Kurdish groups", "calls for jailed activists": a participle right after a
    # preposition describes the noun that follows
    r"|of|for|among|against)\s+(?:\w+-)?\Z",
    _BACKWARD,
)
_BACKGROUND_RELATIVE = _lazy(
    "_BACKGROUND_RELATIVE",
    r"(?:\b(?:war|wars|conflict|insurgency|violence|fighting|unrest|crisis|campaign|uprising"
    r"|rebellion|civil\s+war|clashes|attacks|bombings|shelling|raids|strikes|airstrikes|battles"
    r"|offensive)\s+(?:that|which)"
    # "Liberia, whose civil war has killed 150,000 people"
    r"|\bwhose\s+(?:[\w-]+\s+){0,2}?(?:war|wars|conflict|insurgency|violence|fighting|unrest|crisis"
    r"|uprising|rebellion))\s+(?:(?:has|have|had)\s+(?:\w+\s+)?)?\Z",  # ("a war that killed")
    _BACKWARD,
)
_COUNT_BEFORE = _lazy(
    "_COUNT_BEFORE",
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of"
    r"|several|many|some|other)\s+\Z",
    _BACKWARD,
)
# A plural noun right after the participle ("jailed guerrillas"), not a preposition or "by".
_NOUN_AFTER = _lazy(
    "_NOUN_AFTER",
    r" (?!(?:by|in|on|at|to|from|with|for|and|or|as|after|when|during|near|since)\b)"
    r"(?:\p{Ll}+s|people|men|women|children)\b",
)
_AND_COUNT_BEFORE = _lazy(
    "_AND_COUNT_BEFORE",
    r"\band\s++(?:(?:at\s+least|about|some|nearly|more\s+than)\s++)?(?:\d[\d,]*|two|three|four|five"
    r"|six|seven|eight|nine|ten|dozens|scores|hundreds|many|several)(?:\s++others)?\s++"
    r"(?:(?:were|people|others)\s++)?\Z",
    _BACKWARD,
)
_OTHER_PASSIVE = _lazy(
    "_OTHER_PASSIVE",
    r"(?:\s++[\w'’-]++){0,4}?\s++(?:was|were|has\s+been|have\s+been|had\s+been|is|are|being|be)"
    r"\s++(?:\w+ly\s++)?\w+(?:ed|en)\s++by\b",
    regex.IGNORECASE,
)
_EXPELLING: Final = frozenset({"exp", "dep", "kic", "ban"})  # expelled, deported, kicked out
_FROM_STATE = _lazy("_FROM_STATE", r"(?:\s++out)?\s++from\s++(?:the\s++)?", regex.IGNORECASE)
_TEXT_COMMA = _lazy("_TEXT_COMMA", r",(?!\d)")
_PERSON_NAME = _lazy(
    "_PERSON_NAME", r"(?-i:\p{Lu}[\p{Ll}'’-]++)(?:\s(?-i:\p{Lu}[\p{Ll}'’-]++)){0,2}"
)
_IN_A_BEFORE = _lazy(
    "_IN_A_BEFORE",
    r"\b(?:in|during)\s++(?:a|an|the|their|his|her|its)\s++(?:\w+\s++)?\Z",
    _BACKWARD,
)
_TOLL_AFTER = _lazy(
    "_TOLL_AFTER",
    r"\s++(?:(?:in|during)\s++(?:the\s++)?(?:fighting|violence|conflict|war|unrest)\s++)?"
    r"(?:since|so\s+far|to\s+date|over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last))\b",
    regex.IGNORECASE,
)
_COUNT_END = _lazy("_COUNT_END", r"\s*+(?:[.;:)]|,\s*+(?:and\s+)?\d|$)")
_AGGREGATE_BEFORE = _lazy(
    "_AGGREGATE_BEFORE",
    r"\b(?:violence|conflict|war|insurgency|fighting|unrest|bloodshed|crisis|rebellion|uprising"
    r"|civil\s+war|the\s+(?:attacks|clashes|bombings))\b(?:(?![.;])[^.;]){0,70}?"
    r"\b(?:has|have)\s++(?:(?:so\s+far|now|already|since|reportedly)\s++)?\Z",
    _BACKWARD,
)
_PARTICIPLE = _lazy(
    "_PARTICIPLE",
    r"(?:[\w-]+(?:ed|en)|shot|hit|struck|fought|[\w-]*held|led|sent|met|taken|seized|left|beaten|slain"
    r"|cut|shut|overrun|burnt|driven|caught|set|put|hurt|built|brought|sought|kept|lost|won|made"
    r"|paid|sold|found|spent|done|seen|bound|[\w-]*(?:thrown|blown|drawn|shown|known|flown|grown"
    r"|sworn|torn|worn))\b",
    regex.IGNORECASE,
)
# "to" + verb as a purpose clause; not after verbs that take an infinitive ("vowed to crush").
_PURPOSE = _lazy(
    "_PURPOSE",
    r"(?<!\b(?:vow|vowed|vows|swore|sworn|threaten\w*|promis\w*|pledg\w*|agree\w*|decid\w*"
    r"|refus\w*|declin\w*|tr(?:y|ied|ies|ying)|plan\w*|seek\w*|sought|want\w*|order\w*|urg\w*"
    r"|call\w*|ask\w*|expect\w*|continu\w*|need\w*|hop\w*|aim\w*|intend\w*|prepar\w*|ready"
    r"|willing|able|set|due|going|about|likely|unlikely|fail\w*|began|begin\w*|start\w*|offer\w*"
    r"|move[sd]?|mov\w*|appear\w*|seem\w*|us(?:ed|e)|allow\w*|permit\w*|help\w*|forc\w*)\s)"
    r"\bto\s+(?:\w+ly\s+)?\Z",
    _BACKWARD,
)
# One or two modifiers between a speech act and its object noun: "rejected opposition demands".
_NOUN_OBJECT_GAP = _lazy(
    "_NOUN_OBJECT_GAP",
    r"\s++(?:(?!(?:that|to|and|or|but|as|if|it|they|he|she|we|would|will|was|were|is|are|has"
    r"|have|had|on|in|at|for|of|with|by)\b)[\w.'’-]++\s++){1,3}",
    regex.IGNORECASE,
)
# "closed its borders with Iran", "its airspace to Indian flights": closed to another state.
_DEMONYM_OBJECT = _lazy(
    "_DEMONYM_OBJECT",
    r"\s++(?:(?:on|against|at|to|the|a|an|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*"
    r"|several|dozens\s+of|hundreds\s+of|some|its|their|his|her|several)\s++){0,3}"
    r"((?-i:\p{Lu})[\w'’-]{2,30})\s++(?-i:\p{Ll})",
    regex.IGNORECASE,
)
_JOINT_MILITARY = _lazy(
    "_JOINT_MILITARY",
    r"joint\s+(?:[\w-]+\s+){0,3}?(?:drills|exercises|war\s+games|manoeuvres|maneuvers|patrols)\b",
    regex.IGNORECASE,
)


def _with_partner(text: str, trigger: Span, recipient: Actor) -> bool:
    """Whether the recipient after a joint act is its partner ("joint drills with Russia")."""
    span = recipient.span
    return span is not None and " with " in text[trigger.end - 1 : span.start + 1]


_REDUCED_RELATIVE_PRONOUN = _lazy(
    "_REDUCED_RELATIVE_PRONOUN",
    r"\b(?!(?:after|before|when|while|because|since|as|if|and|but|or|that|which|who|whom|said"
    r"|says|say|told|where|until|unless|though|although|so|than|what|how|why)\b)(?-i:\p{Ll})+"
    r"\s++(?-i:they|he|she|it)\s++(?:had\s++|have\s++|has\s++)?(?:\w+ly\s++)?\Z",
    _BACKWARD,
)
# "... and warned that it 'does not rule out'": the pronoun after a saying is the speaker
_SAID_THAT_PRONOUN = _lazy(
    "_SAID_THAT_PRONOUN",
    r"\b(?:warned|added|insisted|stressed|declared|vowed|threatened|(?:promised|assured|told|"
    r"informed)\s++(?:[\w'’-]+\s++){1,4}?)\s*+(?:on\s+\w+\s++)?that\s++"
    r"(?-i:it|they|he|she)\s++[\"“]?(?:[\w'’]+\s++){0,3}\Z",
    regex.IGNORECASE,  # (searched forwards: the lazy gap reads wrongly backwards)
)
_SAID_COMMA_BEFORE = _lazy(
    "_SAID_COMMA_BEFORE", r"\b(?:said|says|told\s+\w+)\s*+,\s*+\Z", _BACKWARD
)
_PERFECT_BEFORE = _lazy("_PERFECT_BEFORE", r"\b(?:has|have)\s++been\s++\Z", _BACKWARD)
_SINCE_YEAR = _lazy(
    "_SINCE_YEAR", r"\bsince\s++(?:(?:early|late|mid-?)\s*+)?(?:19|20)\d\d\b", regex.IGNORECASE
)
_AS_WARNING = _lazy(
    "_AS_WARNING",
    r"\b(?:as|described\s+as|calling\s+(?:it|them)|called\s+(?:it|them)"
    # "in what its military called a 'stern warning'"
    r"|in\s+what\s+(?:[\w'’.-]+\s++){1,4}?(?:called|described\s+as|termed))\s++(?:an?\s++)?[\"“'‘]?"
    r"(?:[\w-]+\s++){0,2}?(?:warning|show\s+of\s+force)\b"
    # "in a stern warning to Taipei" (a show of force alone is mobilisation)
    r"|\bin\s++an?\s++(?:[\w-]+\s++){0,2}?warning\b",
    regex.IGNORECASE,
)
_FROM = _lazy("_FROM", r"\s++from\s", regex.IGNORECASE)
# A verb whose object is a reaction to the subject's act: "drawing criticism", "sparked anger".
_DRAWING_BEFORE = _lazy(
    "_DRAWING_BEFORE",
    r"\b(?:draw(?:s|n|ing)?|drew|prompt(?:s|ed|ing)?|spark(?:s|ed|ing)?|trigger(?:s|ed|ing)?"
    r"|provok(?:e|es|ed|ing)|attract(?:s|ed|ing)?|earn(?:s|ed|ing)?|invit(?:e|es|ed|ing))\s++"
    r"(?:(?:an?|the|swift|sharp|strong|fierce|international|widespread|immediate|some)\s++){0,3}\Z",
    _BACKWARD,
)
_EXERCISES = _lazy(
    "_EXERCISES", r"\b(?:drills|exercises|war\s+games|manoeuvres|maneuvers)\b", regex.IGNORECASE
)
_CAPITALIZED_WORD = _lazy("_CAPITALIZED_WORD", r"\p{Lu}[\w'’-]{0,40}")
_FOREIGN_AFTER = _lazy(
    "_FOREIGN_AFTER",
    # ("closed their borders and airspace to Qatari traffic")
    r"(?:\s++and\s++(?:\w++\s++){0,2}?(?:airspace|borders?|ports?|airports?|waters|crossings?))?"
    r"\s++(?:with|to)\s++(?:the\s++)?(?-i:\p{Lu})",
)
_WHEN_START = _lazy("_WHEN_START", r",?\s*+when\b", regex.IGNORECASE)
_COMPLEMENT_GAP = _lazy(
    "_COMPLEMENT_GAP",
    r"[^.;]{0,120}?\b(?:to|that|for|of|with|on|over)\b"
    r"(?:(?!\b(?:as|while|when|after|amid|before|but|and\s+\w+ed)\b)[^.;]){0,80}\Z",
    regex.IGNORECASE,
)


def _purpose_before(text: str, lo: int, hi: int) -> bool:
    # every purpose infinitive has a "to" in the window: most windows are done with one look
    return "to" in text[lo:hi].lower() and _PURPOSE.search(text, lo, hi) is not None


@functools.lru_cache(maxsize=4096)  # keyed on a trigger's words
def _is_participle(word: str) -> bool:
    return bool(_PARTICIPLE.fullmatch(word.split()[0]))


def _absorbed(
    text: str,
    rule: Rule,
    trigger: Span,
    clause: _Clause,
    ci: int,
    prior: Sequence[tuple[int, _Candidate]],
    nominal_before: bool,
) -> bool:
    """Whether this trigger is part of an event already found in the sentence.

    - the complement of a speech act: "demanded that troops withdraw", "accused X of attacking";
    - a purpose infinitive: "blocked streets to demand reforms", "opened fire to disperse";
    - a nominal theme: "rejected an appeal for talks", "jailed them on allegations of treason".
    """
    if not prior:
        return False
    lo = max(clause.start, trigger.start - 60)
    window = text[lo : trigger.start]
    if (", a" in window or ", in a" in window) and _MOVE_BEFORE.search(text, lo, trigger.start):
        return False  # ", a charge Baku denied", ", a move the Kremlin denounced": a new act
    word = text[trigger.start : trigger.end].split()[0].lower()
    # ("a move the Kremlin denounced": a past form after a name is a verb, not a noun)
    nominal = rule.form is Form.NOUN or (
        nominal_before and not _past_after_name(text, trigger.start)
    )
    purpose = _purpose_before(
        text, max(clause.start - 1, trigger.start - 16), trigger.start
    ) and not _object_control(text, max(0, trigger.start - 80), trigger.start)
    if not word.endswith(("ed", "ing")) and _SPEECH_ING_BEFORE.search(
        text, max(clause.start, trigger.start - 50), trigger.start
    ):
        return True  # "burned flags, denouncing U.S. air strikes": the protest's theme
    if word in _GROUNDS_WORDS and _ON_GROUNDS_BEFORE.search(
        text, max(clause.start - 1, trigger.start - 40), trigger.start
    ):
        return True  # "sentenced a journalist on espionage charges": the grounds of that act
    participial = bool(
        _PARTICIPIAL_OPEN.search(text, max(clause.start - 1, trigger.start - 20), trigger.start)
    )
    # "refused to meet them and demanded ...": a coordinated verb is a new act of the subject.
    coordinated = bool(
        _COORDINATED.search(text, max(clause.start, trigger.start - 6), trigger.start)
    )
    for index, event in reversed(prior):
        before = event.trigger
        if before.end > trigger.start:
            continue
        distance = trigger.start - before.end
        if event.type is rule.type and word.endswith("ing") and distance <= 220:
            return True  # "stormed a hotel, killing 12 and wounding dozens": one attack
        if event.type is rule.type in _ONE_OPERATION and coordinated and distance <= 60:
            return True  # "killed 12 soldiers and wounded 20 others": one attack
        if (
            event.type is rule.type is T.ASSAULT
            and index == ci - 1
            and _WHEN_START.match(text, clause.start, trigger.start)
        ):
            return True  # "30 people were killed when a suicide bomber blew himself up": one
        if (
            event.type is T.PROTEST
            and rule.type in (T.REQUEST, T.ACCUSE, T.REJECT)
            and (word.endswith("ing") or purpose or nominal)
            and distance <= 150
        ):
            return True  # "demonstrated in Kirkuk, calling for independence": the protest's aim
        if purpose and distance <= 120:
            return True
        if (
            event.type is T.RETREAT
            and rule.type is T.COOPERATE
            and Mode.RELEASE in event.mode
            and distance <= 150
            and " them " in f" {text[trigger.start : trigger.end]} "
        ):
            return True  # "released 23 fishermen and handed them over to the coast guard"
        if index != ci:
            continue
        if (
            (event.type in _SPEECH_TYPES or event.type is T.CONCEDE)
            and distance <= 30
            and (rule.form is Form.NOUN or word.endswith("s"))
            and _NOUN_OBJECT_GAP.fullmatch(text, before.end, trigger.start)
        ):
            # "rejected opposition demands for a rerun", "yielded to the workers' demands"
            return True
        # (a gerund joined by "and" stays in the complement: "accused X of firing and wounding")
        if (
            event.type in _SPEECH_TYPES
            and distance <= 120
            and (not coordinated or word.endswith("ing"))
            # ("threatened to halt the release, accusing Israel of ...": a new accusation by
            # the speaker, not part of what it threatened)
            and not (rule.type is T.ACCUSE and word.endswith("ing") and participial)
        ):
            start = max(before.start, before.end - 8)
            if (
                not text[before.end : trigger.start].strip()
                or _COMPLEMENT_GAP.match(text, start, trigger.start)
            ) and not _NEW_SAYING.search(text, before.end, trigger.start):
                return True
        if nominal and distance <= 120 and rule.id != "consult.phone":
            return True  # (but "praised X in a telephone call with Putin" is a call too)
    return False


def _past_after_name(text: str, start: int) -> bool:
    """Whether the word at ``start`` is a past form right after a name ("a move the Kremlin
    denounced"): a verb, though a determiner and a capitalised word come before it."""
    before = text[max(0, start - 40) : start].split()
    word = text[start : start + 30].split(None, 1)
    return bool(
        before
        and word
        and word[0].rstrip(".,;:!?\"'”’)").lower().endswith("ed")
        and before[-1][:1].isupper()
    )


# "demanded the release of X and warned that ...": a second saying opens its own complement
_NEW_SAYING = _lazy(
    "_NEW_SAYING",
    r"\band\s++(?:\w+ly\s++)?(?:warned|said|added|threatened|vowed|insisted|declared|stressed)\b",
    regex.IGNORECASE,
)


# the grounds of a legal act named before them: "on espionage charges", "over allegations of"
_GROUNDS_WORDS: Final = frozenset({"charges", "charge", "allegations", "accusations"})
_ON_GROUNDS_BEFORE = _lazy(
    "_ON_GROUNDS_BEFORE", r"\b(?:on|over|under)\s++(?:[\w-]++\s++){0,2}\Z", _BACKWARD
)
_SPEECH_ING_BEFORE = _lazy(
    "_SPEECH_ING_BEFORE",
    r"\b(?:denounc|condemn|protest|criticis|criticiz|decry|reject|deplor|slamm|blam|accus)\w{0,3}ing"
    r"\s++(?:against\s++)?(?:[\w.'’-]++\s++){0,3}\Z",
    _BACKWARD,
)
# "blocked access to Instagram", "blocked access to news websites": censorship
_CENSORED_AFTER = _lazy(
    "_CENSORED_AFTER",
    r"\s++to\s++(?:(?-i:\p{Lu})|(?:[\w'’-]++\s++){0,3}?(?:internet|websites?|sites?|social\s++media"
    r"|platforms?|apps?|messaging|news))",
    regex.IGNORECASE,
)
_PREP_OBJECT_BEFORE = _lazy(
    "_PREP_OBJECT_BEFORE",
    r"\b(?:with|against|of|for|among|from|between|by)\s++(?:(?:the|a|an|some|several|two|three"
    r"|\d[\d,]*|armed|rival|local|rebel|opposition|[\w-]+)\s++){0,3}\w++\s++\Z",
    _BACKWARD,
)
_OBJECT_OF_BEFORE = _lazy(
    "_OBJECT_OF_BEFORE",
    r"\b(?:to|for|with|of|among|against|from|by|at|near|on|in)\s++(?:(?:the|a|an|some|several"
    r"|\d[\d,]*|[\w-]+)\s++){0,3}\Z",
    _BACKWARD,
)
_STATIONED: Final = ("stationed", "based", "deployed", "posted", "garrisoned")
_LOCATIVE_AFTER = _lazy(
    "_LOCATIVE_AFTER",
    r"\s++(?:in|on|at|near|along|across|inside|around|there)\b",
    regex.IGNORECASE,
)
_REDUCED_RELATIVE_AFTER = _lazy(
    "_REDUCED_RELATIVE_AFTER",
    r"\s++(?:over|in|on|at|since|during|for|last|earlier|after|before|by|under|near|while|two|three"
    r"|several|some|a|an)\b",
    regex.IGNORECASE,
)
# the speaker of an attribution: "police said", "an official told Reuters", "according to X"
_SPEAKER_WORDS: Final = ("said", "says", "say", "told", "added", "reported", "stated")
_SPEAKER_AFTER = _lazy(
    "_SPEAKER_AFTER",
    # the words of _SPEAKER_WORDS (the cheap look before this pattern)
    r"\s++(?:\w+ly\s++)?(?:" + "|".join(_SPEAKER_WORDS) + r")\b",
    regex.IGNORECASE,
)
# (a tail attribution: '..." a local official told', ', police said')
_TAIL_BEFORE = _lazy(
    "_TAIL_BEFORE",
    r"[,”\"]\s*+(?:(?:a|an|the|one|two|three|several|some)\s++)?(?:[\w'’.-]++\s++){0,3}\Z",
    _BACKWARD,
)
_SPEAKER_OPENERS: Final = ("told", "according", "quoted")
_SPEAKER_BEFORE = _lazy("_SPEAKER_BEFORE", r"\b(?:told|according\s+to|quoted)\s+\Z", _BACKWARD)
_TIME_PREPOSITION_BEFORE = _lazy(
    "_TIME_PREPOSITION_BEFORE", r"\b(?:after|before|since|until)\s+\Z", _BACKWARD
)
_TO_BEFORE = _lazy("_TO_BEFORE", r"\bto\s+\Z", regex.IGNORECASE)
_OBJECT_PRONOUN = _lazy("_OBJECT_PRONOUN", r"\s+(?:him|her|them)\b", regex.IGNORECASE)
# A clause that is a participle and its object, up to the trigger: ", firing tear gas at".
_PARTICIPLE_CLAUSE = _lazy(
    "_PARTICIPLE_CLAUSE",
    r",\s*+(?!(?:during|including|following|according|regarding|concerning|pending|excluding"
    # (a clause reported, "saying troops would move in"; an effect, "drawing condemnation")
    r"|saying|adding|arguing|claiming|insisting|noting|stressing|explaining|telling|warning"
    r"|drawing|prompting|triggering|sparking|provoking|attracting|causing|leaving|forcing"
    r"|raising|fuelling|fueling|bringing|making)\b)"
    r"\p{Ll}+ing\s++(?:\p{Ll}+\s++){0,3}\Z",
    _BACKWARD,
)
# A reporting verb: what follows it may be a clause with a subject of its own.
_REPORTING_VERB = _lazy(
    "_REPORTING_VERB",
    r"\b(?:said|says|say|told|added|claimed|alleged|insisted|stated)\s",
    regex.IGNORECASE,
)
# Words between a reporting verb and its clause's subject: "said on Monday that", "told
# reporters late on Sunday".
_REPORT_FILLER: Final = frozenset(
    "on late early last this that in a an statement also earlier later separately publicly"
    " privately recently yesterday today tonight night morning evening afternoon week month year"
    " monday tuesday wednesday thursday friday saturday sunday".split()
)
# A clause that goes on with the speaker as its subject: "said it had", "said they". ("An
# operation the ministry said had killed 95": the subject is the relative clause's head.)
_SPEAKER_GOES_ON: Final = frozenset("it they he she we i its their his her our".split())
# "... and froze", "... and later released": a verb coordinated with the one before it
_AND_VERB_BEFORE = _lazy(
    "_AND_VERB_BEFORE",
    # ("and began sharing": an aspectual verb before the second one)
    r"\band\s++(?:(?:then|also|later|subsequently|\w+ly)\s++)?"
    r"(?:(?:began|begun|started|continued|resumed|stopped)\s++)?\Z",
    _BACKWARD,
)
_NOMINAL_BEFORE = _lazy(
    "_NOMINAL_BEFORE",
    r"\b(?:(?i:the|a|an|its|their|his|her|this)\s+[\"“']?"
    r"(?:(?:1[89]|20)\d\d\s+)?"  # "the 1994 bombing"
    r"(?:(?!(?:he|she|it|they|we|will|would|shall|is|are|was|were|has|have|had|to|not|can|could"
    r"|may|might|must|should|also|be|been|being|who|which|that|and|or|but)\b)\p{Ll}[\w-]*\s+){0,2}"
    r"|(?:of|amid|in|on|over|for|against|following|despite|fierce|heavy|renewed|deadly|sporadic)\s+"
    # "detained in overnight raids": a preposition and one modifier
    r"|\b(?:of|amid|in|during|against|following|despite)\s+(?-i:\p{Ll}[\w-]*)\s+"
    # "last month's U.S. invasion", "Israel's IDF offensive": abbreviations modify the noun too
    r"|(?:'s|’s)\s+(?:(?:\p{Ll}[\w-]*|(?:\p{Lu}\.){2,}|\p{Lu}{2,}(?![\w.]))\s+){0,2}"
    r"|\b(?:the|a|an)\s+(?:\p{Lu}[\w.-]*\s+){1,3})[\"“']?\Z",
)
_THE_COUNTRY = _lazy(
    "_THE_COUNTRY",
    r"\b(?:in|from|into|across|out\s+of|throughout|inside)\s+the\s+country\b",
    regex.IGNORECASE,
)
_POSSESSIVE_PRONOUN = _lazy(
    "_POSSESSIVE_PRONOUN", r"\b(?:its|their|his|her)\s+(?:\w+\s+){0,3}\Z", regex.IGNORECASE
)
# the types whose object's nationality names the recipient ("seized a Japanese fishing boat")
_OBJECT_NATIONALITY: Final = frozenset(
    {T.ASSAULT, T.COERCE, T.SANCTION, T.RETREAT, T.MOBILIZE, T.AID, T.THREATEN, T.SUPPORT, T.ACCUSE}
)
_MATERIAL: Final = frozenset(
    {T.ASSAULT, T.COERCE, T.PROTEST, T.MOBILIZE, T.RETREAT, T.AID, T.COOPERATE}
)


_SUBJECT_NP = _lazy(
    "_SUBJECT_NP",
    r"(?!(?i:as|amid|amidst|while|after|before|when|in|on|at|for|with|by|from|it|they|he|she|we|i|you|this|that|these|those|there|but|and|meanwhile|however|although|though|since|during|despite|following|under|over|according|if|unless|reports?|sources?|officials?\s+said)\b)"
    r"(?P<np>(?:(?i:the|a|an)\s+)?(?!(?i:the|a|an|we|i|you|it|they|he|she)\b)\p{Lu}[\w'’.-]*(?:\s+(?:of|for|and|the|in|from|\(|\)|[\p{Lu}\d][\w'’.()-]*|\p{Ll}[\w'’-]*)){0,9}?)"
    r"(?P<tail>(?:\s*,\s*[^,]{1,60}?,)?(?:\s+(?:has|have|had|is|are|was|were|will|would|shall|also|again|today|yesterday|now|then|reportedly|allegedly|formally|officially|jointly|on\s+\p{Lu}\w+|last\s+\w+|this\s+\w+|been|being|not|never|already|still|\w+ly)){0,4}\s+)\Z",
)


# Words that open a subordinate clause or phrase ("as" and "but" too often join words inside one).
_SUBORDINATING = (
    "while|when|whereas|although|though|because|amid|amidst|after|before|since|following|despite"
)
# A subordinating word between a verb and a mention: the mention is not the verb's object.
_OBJECT_STOP = _lazy("_OBJECT_STOP", rf"\s(?:{_SUBORDINATING})\s", regex.IGNORECASE)
_NEXT_SUBORDINATE = _lazy(
    "_NEXT_SUBORDINATE", rf"[,;]?\s+(?:as|but|{_SUBORDINATING})\s", regex.IGNORECASE
)
_ATTRIBUTION = _lazy(
    "_ATTRIBUTION",
    r",\s*(?:[\w'’.-]+\s+){0,6}?(?:said|says|say|told|reported|added|announced|according)\b"
    r"|\baccording\s+to\b|\(",
    regex.IGNORECASE,
)


def _later_participant(
    text: str,
    kind: EventType,
    actor: Actor | None,
    trigger: Span,
    sentence: Span,
    mentions: Mentions,
    venue: bool = False,
) -> Actor | None:
    """The first other participant named after the trigger in the same sentence, before any
    attribution (", officials said"): an actor, or for most types a place's country, as
    event coders such as PETRARCH take the first actor of the verb phrase."""
    if kind is T.REJECT and _DENIED_THAT.match(text, trigger.end, sentence.end):
        return None  # "denied that officers had fired": the denied clause names no recipient
    stop = _ATTRIBUTION.search(text, trigger.end, sentence.end)
    hi = min(stop.start() if stop else sentence.end, trigger.end + 150)
    # A participant of another clause ("fled to Tajikistan as President Putin called ...") is
    # not this event's: stop at the next subordinate clause.
    other = _NEXT_SUBORDINATE.search(text, trigger.end, hi)
    if other is not None:
        hi = other.start()
    own = actor.span if actor is not None else None
    best: Actor | None = None
    for candidate in mentions.actors:
        span = candidate.span
        if span is None or span.start < trigger.end or span.end > hi or span == own:
            continue
        if _is_pronoun(candidate) or (candidate.country is None and candidate.sector is None):
            continue
        best = candidate
        break
    if kind is not T.RETREAT:
        for place in mentions.places:
            span = place.span
            if span is None or span.start < trigger.end or span.end > hi or place.country is None:
                continue
            if venue and _VENUE_BEFORE.search(text, max(trigger.end, span.start - 12), span.start):
                break  # "officials met in Baghdad": where they met, not whom
            if best is None or (best.span is not None and span.start < best.span.start):
                best = _place_actor(place)
            break
    return best


def infer_recipients(
    text: str,
    events: Sequence[Event],
    sentences: Sequence[Span],
    mentions: Mentions,
    focus_country: str | None = None,
) -> tuple[Event, ...]:
    """Give events without a recipient the first participant named after the trigger.

    Runs after merging, so an inferred recipient never keeps two reports of one event apart.
    A protest with no named target addresses the protesters' own government.

    >>> from conflictevents.model import Actor, Span
    >>> text = "Rebels attacked, officials in Mali said."
    >>> e = Event(id="e", type="ASSAULT", trigger=TextSpan("attacked", Span(7, 15)),
    ...           span=Span(0, 15), rule="r", actor=Actor("rebels", "Rebels", Span(0, 6)))
    >>> infer_recipients(text, [e], [Span(0, 40)], Mentions())[0].recipient is None
    True
    """
    out: list[Event] = []
    for event in events:
        if event.recipient is None:
            trigger = event.trigger.span
            sentence = next((s for s in sentences if s.start <= trigger.start < s.end), None)
            recipient = None
            if sentence is not None:
                # (a meeting's place is its venue; a visit's is whom it visits)
                venue = event.type is T.CONSULT and Mode.VISIT not in event.mode
                recipient = _later_participant(
                    text, event.type, event.actor, trigger, sentence, mentions, venue
                )
            protest = event.type is T.PROTEST and event.actor is not None
            if recipient is None and protest and event.actor and event.actor.country:
                recipient = _of_country(event.actor.country, Sector.GOV, "government")
            if recipient is None and event.rule.startswith("coerce.") and event.actor:
                # A curfew, martial law or ban with no named target falls on the country's people.
                where = event.location.country if event.location is not None else None
                country = where or event.actor.country
                if country:
                    recipient = _of_country(country, Sector.CVL, "civilians")
            if recipient is not None:
                where = event.location.country if event.location is not None else None
                recipient = _with_focus(recipient, where or focus_country or "")
                event = replace(event, recipient=recipient)
        out.append(event)
    return tuple(out)


def _country_name(country: str) -> str:
    """The ISO 3166 name of a country code (the code itself if the table lacks it)."""
    from .codes.iso3166 import COUNTRIES

    return COUNTRIES.get(country, (None, country))[1]


@functools.lru_cache(maxsize=1024)  # immutable results of a fixed table
def _of_country(country: str, sector: Sector | None, kind: str) -> Actor:
    """A participant the text names only by its country: the state itself (no sector, "withdrew
    from Mali"), its government or its people, with no span of its own."""
    return Actor(
        name=_country_name(country),
        country=country,
        sector=sector,
        code=f"{country}{sector.value}" if sector is not None else country,
        kind=kind,
    )


def _not_speaker(text: str, actor: Actor | None, hi: int) -> Actor | None:
    """``actor``, unless it only said what the clause before ``hi`` reports and that clause has a
    subject of its own: "Rights groups say migration agents have detained" (not "X said it")."""
    if actor is None or actor.span is None or actor.span.end >= hi:
        return actor
    lo = actor.span.end
    if hi - lo > 200:
        return actor
    verb = collections.deque(_REPORTING_VERB.finditer(text, lo, hi), maxlen=1)  # the last one
    if not verb:
        return actor
    verb_end, verb_word = verb[0].end(), verb[0][0]
    words = text[verb_end:hi].split()[:12]
    if words and verb_word.lower().startswith("told"):
        words = words[1:]  # "told reporters"
    for word in words:
        word = word.strip(",\"“”'‘’").lower()
        if not word or word in _REPORT_FILLER:
            continue
        return actor if word in _SPEAKER_GOES_ON else None
    return actor


# Irregular past tenses that are no nouns: "their security services met in Tashkent".
_IRREGULAR_PAST: Final = frozenset(
    "met held fought struck took sent fled shot led gave made began broke drove threw stole"
    " spoke told sought brought caught withdrew overran overtook froze swore tore flew drew won"
    " wrote kept left lost paid said sold spent swept found hung dealt meant lent built dug fed"
    " stood undertook upheld forbade".split()
)


def _past_tense(word: str) -> bool:
    lowered = word.lower()
    return lowered.endswith("ed") or lowered in _IRREGULAR_PAST


_REPORTING_WORDS: Final = frozenset({"say", "says", "said", "told", "tells", "claim", "claims"})


def _np_subject(text: str, clause: _Clause, trigger: Span, mentions: Mentions) -> Actor | None:
    """A subject the actor tables do not know: the capitalised noun phrase opening the clause
    ("Leaders of the Azadliq coalition agreed"), returned as an actor of unknown country."""
    lo = clause.start
    while lo < trigger.start and text[lo] in " ,;:\"“'(":
        lo += 1
    if trigger.start - lo > 90 or trigger.start <= lo:
        return None
    match = _SUBJECT_NP.fullmatch(text, lo, trigger.start)
    if not match:
        return None
    np_text = match["np"]
    np_start, np_end = match.start("np"), match.end("np")
    if _inside_any(np_start, np_end, mentions):
        return None
    words = np_text.split(" ")
    if any(word in _REPORTING_WORDS for word in words):
        return None  # "Rights groups say migration agents": a speaker and a clause, no subject
    if len(words) > 2 and words[-1].endswith("ed") and words[-1].islower():
        # "Two aircraft dropped bombs": the verb before an object trigger ends the subject
        np_text = " ".join(words[:-1])
        np_end = np_start + len(np_text)
    if " " not in np_text and match.end("np") + 1 == trigger.start:
        # one word right before a trigger that is no inflected verb is its modifier, not its
        # subject ("Heavy combat raged", "Sharp criticism came from"; "Bongo accused" stays)
        word = text[trigger.start : trigger.end].split(" ", 1)[0]
        if not (word.endswith("s") or _PARTICIPLE.fullmatch(word)):
            return None
    # a bare name of one to three capitalised words ("Bongo", "Jean Ping") is a person of the
    # story's country; longer phrases stay of unknown country
    person = _PERSON_NAME.fullmatch(np_text) is not None
    return Actor(
        name=np_text,
        text=np_text,
        span=Span(np_start, np_end),
        kind="person" if person else "unknown",
    )


def _inside_any(start: int, end: int, mentions: Mentions) -> bool:
    for date in mentions.dates:
        if date.span is not None and date.span.start < end and start < date.span.end:
            return True
    return False


def _first_actor(text: str, actors: Sequence[Actor], lo: int, hi: int) -> Actor | None:
    for actor in actors:
        if (
            actor.span is not None
            and lo <= actor.span.start < hi
            and not _is_pronoun(actor)
            and (
                not _PREPOSITION_BEFORE.search(
                    text, max(lo, actor.span.start - 20), actor.span.start
                )
                # "a spokesman for the Kenyan army said": the army speaks through him
                or _SPOKESMAN_FOR.search(text, max(lo, actor.span.start - 40), actor.span.start)
            )
        ):
            return actor
    return None


_FIRST_PERSON_BEFORE = _lazy(
    "_FIRST_PERSON_BEFORE",
    r"\b(?-i:we|We|I)\s++(?:(?:will|would|shall|must|strongly|firmly|again|also|\w+ly)\s++){0,2}\Z",
    _BACKWARD,
)
_QUOTE_CLOSE = _lazy("_QUOTE_CLOSE", r"[\"”]\s*+,?\s*+", regex.IGNORECASE)
_QUOTE_ATTRIBUTION = _lazy(
    "_QUOTE_ATTRIBUTION",
    r"\b(?:said|says|told|added|stated|declared|insisted)\b",
    regex.IGNORECASE,
)


def _quote_speaker(text: str, actors: Sequence[Actor], lo: int, hi: int) -> Actor | None:
    """The speaker a quotation is attributed to after it closes: '..., " the minister said'."""
    close = _QUOTE_CLOSE.search(text, lo, min(hi, lo + 300))
    if close is None:
        return None
    end = min(hi, close.end() + 120)
    if not _QUOTE_ATTRIBUTION.search(text, close.end(), end):
        return None
    return _first_actor(text, actors, close.end(), end)


_FILED_BEFORE = _lazy(
    "_FILED_BEFORE",
    r"\b(?:filed|lodged|brought|submitted)\s++(?:an?\s++|the\s++)?(?:[\w-]+\s++)?"
    r"(?:case|complaint|lawsuit|suit|petition|application)\b",
    regex.IGNORECASE,
)
_HOME_SECTORS: Final = frozenset({Sector.COP, Sector.JUD, Sector.SPY})
_ARRESTING: Final = frozenset({Sector.COP, Sector.MIL, Sector.SPY, Sector.GOV, Sector.JUD})
_SPOKESMAN_FOR = _lazy(
    "_SPOKESMAN_FOR",
    r"\b(?:spokesman|spokeswoman|spokesperson|spokespeople|spokesmen)\s++for\s++(?:the\s++)?\Z",
    _BACKWARD,
)


def _the_country(
    focus: str, actor: Actor | None, mentions: Mentions, sentence: Span, trigger: Span
) -> Location:
    """ "the country": the article's main country, unless that is the actor's own country in a
    withdrawal or flight (one leaves for another country): then the last other country named."""
    own = actor.country if actor is not None else None
    if focus != own:
        return _country_location(focus, "'the country': the article's main country")
    spans: list[tuple[Span | None, str | None]] = [(p.span, p.country) for p in mentions.places]
    spans += [(a.span, a.country) for a in mentions.actors]
    named = [
        (span.start, country)
        for span, country in spans
        if span is not None
        and country
        and country != own
        and sentence.start <= span.start < trigger.start
    ]
    if named:
        return _country_location(max(named)[1], "'the country': the last other country named")
    return _country_location(focus, "'the country': the article's main country")


@functools.lru_cache(maxsize=1024)  # immutable results of a fixed table
def _country_location(country: str, reason: str) -> Location:
    return Location(
        name=_country_name(country), country=country, feature=Feature.COUNTRY, reason=reason
    )


def _nominal_slots(
    text: str,
    rule: Rule,
    kind: EventType,
    trigger: Span,
    clause: _Clause,
    sentence: Span,
    mentions: Mentions,
) -> tuple[Actor | None, Actor | None]:
    """Slots of a nominalisation: "the Taliban's assault on X", "an attack by X on Y",
    "the withdrawal of X", "X launched an attack", "fighting with X"."""
    actors = mentions.actors
    # ("Mozambican troops backed by Rwandan gunships launched a counter-offensive": a trigger
    # that opens with its light verb has a subject before it, not a possessor)
    actor = (
        None
        if _LIGHT_START.match(text, trigger.start, trigger.end)
        else _possessor(text, actors, clause.start, trigger.start)
    )
    pronoun_possessor = actor is None and bool(
        _POSSESSIVE_PRONOUN.search(text, max(clause.start, trigger.start - 40), trigger.start)
    )
    # ("The attack was condemned by the UN": the agent of another verb)
    agent = (
        None
        if _OTHER_PASSIVE.match(text, trigger.end, clause.end)
        else _by_agent(text, actors, trigger.end, clause.end)
    )
    if agent is not None:
        actor = agent
    recipient: Actor | None = None
    of = _OF.match(text, trigger.end, clause.end)
    if of:
        target = _right_actor(text, actors, of.end(), clause.end, ())
        if target is not None:
            if rule.of_is_actor and actor is None:
                # "Armenia ordered the mobilization of 20,000 reservists": who orders acts on
                # them; with no one named ("the deployment of US troops was announced") they act
                light = _LIGHT_VERB.search(
                    text, max(clause.start, trigger.start - 50), trigger.start
                )
                subject = _left_actor(text, actors, clause.start, trigger.start) if light else None
                actor, recipient = (subject, target) if subject is not None else (target, None)
            elif not rule.of_is_actor:
                recipient = target
    if actor is None:
        # "X launched an attack", "X held talks": the subject of a light verb.
        light = _LIGHT_VERB.search(text, max(clause.start, trigger.start - 50), trigger.start)
        own = _LIGHT_START.match(text, trigger.start, trigger.end)
        if light or own or pronoun_possessor:
            lo = clause.start
            if clause.nonfinite or pronoun_possessor:
                lo = sentence.start
            actor = _left_actor(text, actors, lo, trigger.start)
    preps = rule.recipient_preps
    if recipient is None:
        # ("a meeting between the foreign ministers of Greece and Turkey": both sides follow;
        # _coordinated makes the later one the actor)
        for prep in (*preps, "between") if "between" not in preps else preps:
            match = _prep_pattern(prep).match(text, trigger.end, clause.end)
            if not match:
                continue
            recipient = _right_actor(text, actors, match.end(), clause.end, ())
            if recipient is None and kind is T.ASSAULT:
                place = _right_place(text, mentions.places, match.end(), clause.end)
                recipient = _place_actor(place) if place is not None else None
            if recipient is not None:
                break
    if actor is None and recipient is not None and "with" in preps:
        # "fierce fighting with Afghan troops": the other side is the sentence's subject.
        actor = _left_actor(text, actors, sentence.start, trigger.start)
    if pronoun_possessor and recipient is None and agent is None and kind in (T.ASSAULT, T.PROTEST):
        return _DROP, None  # "their battle", "its assault": no new participant, no new event
    return actor, recipient


# The code tables are immutable: their answers can be cached (pure functions of their inputs).
_acled = functools.lru_cache(maxsize=4096)(acled_type)


@functools.lru_cache(maxsize=256)
def _publication_date(published: dt.date) -> EventDate:
    return EventDate(
        published,
        published,
        DatePrecision.DAY,
        text="",
        span=None,
        reason="publication date: the text gives no date for the event",
    )


def _event_id(text_digest: str, span: Span, kind: EventType, trigger: Span, part: int = 0) -> str:
    key = f"{text_digest}:{span.start}:{span.end}:{kind.value}:{trigger.start}"
    if part:
        key += f":{part}"
    return hashlib.sha1(key.encode(), usedforsecurity=False).hexdigest()[:16]


def _retype(
    rule: Rule, modality: str, evidence: str = ""
) -> tuple[EventType, tuple[Mode, ...]] | None:
    """What an event reported with this modality is coded as, or None to drop it."""
    if modality == "done":
        return rule.type, rule.mode
    if modality in ("negated", "hypothetical"):
        return None
    if modality == "refused":
        if rule.type in (T.REJECT, T.THREATEN, T.ACCUSE, T.REQUEST):
            return None
        mode = {
            T.CONSULT: Mode.MEET,
            T.RETREAT: Mode.YIELD,
            T.CONCEDE: Mode.YIELD,
            T.AID: Mode.ASSIST,
            T.COOPERATE: Mode.ASSIST,
        }.get(rule.type, Mode.CHANGE)
        return T.REJECT, (mode,)
    if modality == "threatened":
        if rule.type is T.SANCTION and evidence == "future":
            return rule.type, rule.mode  # an announced sanction is the sanction
        if rule.type in _CONFLICTUAL:
            mode = {
                T.ASSAULT: Mode.VIOLENCE,
                T.COERCE: Mode.ARREST if Mode.ARREST in rule.mode else Mode.RESTRICT,
                T.SANCTION: Mode.RELATIONS,
                T.PROTEST: Mode.RESTRICT,
                T.MOBILIZE: Mode.VIOLENCE,
            }[rule.type]
            return T.THREATEN, (mode,)
        if rule.future is not None:
            return rule.future, ()
        return None
    if modality == "promised":
        if rule.type in (T.AGREE, T.CONCEDE):
            return rule.type, rule.mode  # a promise to agree or concede is that act already
        if rule.future is None:
            return None
        if rule.future is T.THREATEN:
            return T.THREATEN, (Mode.VIOLENCE,) if rule.type is T.ASSAULT else ()
        return rule.future, ()
    return None  # pragma: no cover


def find_events(
    text: str,
    sentences: Sequence[Span],
    mentions: Mentions,
    *,
    published: dt.date | None = None,
    rules: RuleSet | None = None,
    focus_country: str | None = None,
) -> tuple[Event, ...]:
    """Event candidates, one per trigger that finds its slots, before article-level merging.

    >>> from conflictevents.model import Actor, Span
    >>> text = "Rebels attacked the army."
    >>> actors = (Actor("rebels", "Rebels", Span(0, 6), sector="REB"),
    ...           Actor("army", "the army", Span(16, 24), sector="MIL"))
    >>> [e.signature() for e in find_events(text, (Span(0, 25),), Mentions(actors=actors))]
    ['ASSAULT actor=rebels recipient=army place=- date=-']
    """
    digest = _digest(text)
    candidates = _find_candidates(
        text, sentences, mentions, published=published, rules=rules, focus_country=focus_country
    )
    return tuple(_finish(text, digest, _unnamed_attackers(text, c)) for c in candidates)


def find_merged_events(
    text: str,
    sentences: Sequence[Span],
    mentions: Mentions,
    *,
    published: dt.date | None = None,
    rules: RuleSet | None = None,
    focus_country: str | None = None,
) -> tuple[Event, ...]:
    """``merge_events(find_events(...))``, merging before the Event records are built (the
    same result, less work: most reports of a repeated event are merged away).

    >>> from conflictevents.model import Actor, Span
    >>> text = "Rebels attacked the army. Rebels attacked the army again."
    >>> rebels, army = dict(name="rebels", sector="REB"), dict(name="army", sector="MIL")
    >>> actors = (Actor(text="Rebels", span=Span(0, 6), **rebels),
    ...           Actor(text="the army", span=Span(16, 24), **army),
    ...           Actor(text="Rebels", span=Span(26, 32), **rebels),
    ...           Actor(text="the army", span=Span(42, 50), **army))
    >>> sentences = (Span(0, 25), Span(26, 57))
    >>> len(find_events(text, sentences, Mentions(actors=actors)))
    2
    >>> [e.trigger.text for e in find_merged_events(text, sentences, Mentions(actors=actors))]
    ['attacked']
    """
    digest = _digest(text)
    candidates = _find_candidates(
        text, sentences, mentions, published=published, rules=rules, focus_country=focus_country
    )
    starts = [sentence.start for sentence in sentences]

    def apart(a: _Candidate, b: _Candidate) -> bool:
        """Two verbs of other families in separate clauses of one sentence, each with its
        actor, report two events ("said it had launched an offensive and that jets had bombed
        positions"; "pledged aid, and said London was ready to train troops"); so do material
        acts of other modes in other sentences."""
        same_sentence = bisect.bisect_right(starts, a.trigger.start) == bisect.bisect_right(
            starts, b.trigger.start
        )
        if (
            not same_sentence
            and a.type in _MATERIAL
            and a.mode
            and b.mode
            and (
                _operation(a.mode) != _operation(b.mode)
                if a.type is T.ASSAULT
                else not set(a.mode) & set(b.mode)
            )
        ):
            # "gunmen opened fire on a rally" and, in another sentence, "masked men set the
            # party's offices on fire": a shooting and an arson are two attacks; an arrest
            # and a search, a release and a ceasefire, two acts
            return True
        if (
            not same_sentence
            and a.type is T.REJECT
            and a.rule.startswith("reject.deny") != b.rule.startswith("reject.deny")
        ):
            # "Russia cast its veto" and, later, "denied that Moscow had received any
            # weapons": a denial answers an accusation; it is not the veto told again
            return True
        return (
            a.actor is not None
            and b.actor is not None
            and (a.end <= b.start or b.end <= a.start)
            and a.rule.partition("/")[0] != b.rule.partition("/")[0]
            and same_sentence
            # ("summoned the envoy to lodge a protest and accused the navy of ...": one
            # complaint of one side to one country)
            and not (
                a.type is T.ACCUSE
                and a.actor.code == b.actor.code
                and (
                    a.recipient is None
                    or b.recipient is None
                    or a.recipient.country == b.recipient.country
                )
            )
        )

    merged = merge_with(candidates, _Candidate._replace, apart)
    return tuple(_finish(text, digest, _unnamed_attackers(text, c)) for c in merged)


# Kinds of attack that one report does not call by another's name (a shooting is no arson);
# the weapon modes (firearms, aerial, targeted ...) all name one kind, violence.
_OPERATIONS: Final = {
    Mode.DESTROY: "destroy",
    Mode.ABDUCT: "abduct",
    Mode.CROWD_CONTROL: "crowd",
    Mode.BEAT: "beat",
    Mode.TORTURE: "beat",
    Mode.SEXUAL: "sexual",
}


def _operation(modes: Sequence[Mode]) -> frozenset[str]:
    """The kinds of attack a set of ASSAULT modes names."""
    return frozenset(_OPERATIONS.get(m, "violence") for m in modes)


def _unnamed_attackers(text: str, c: _Candidate) -> _Candidate:
    """An attack whose attackers the text never names takes, as event coders code it,
    unidentified armed men of the country where it happened ("A roadside bombing near Samarra
    killed a U.S. soldier": IRQUAF); the slot points at the trigger."""
    if c.unnamed is None or c.actor is not None:
        return c
    actor = Actor(
        name=f"unidentified attackers ({c.unnamed})",
        text=text[c.trigger.start : c.trigger.end],
        span=c.trigger,
        country=c.unnamed,
        sector=Sector.UAF,
        code=f"{c.unnamed}{Sector.UAF.value}",
        kind="unidentified",
    )
    return c._replace(actor=actor)


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()[
        :12
    ]


def _find_candidates(
    text: str,
    sentences: Sequence[Span],
    mentions: Mentions,
    *,
    published: dt.date | None,
    rules: RuleSet | None,
    focus_country: str | None,
) -> list[_Candidate]:
    ruleset = rules if rules is not None else default_rules()
    events: list[_Candidate] = []
    index = _MentionIndex(mentions)
    for sentence in sentences:
        triggers = ruleset._scan(text, sentence.start, sentence.end)
        if not triggers:
            continue
        clauses = _clauses(text, sentence)
        flagged: dict[int, _Clause] = {}  # the clauses that hold a trigger, with their kinds
        # Slots come from the sentence: give the slot finders only its mentions.
        local = index.within(sentence)
        sides = _two_sides_subject(text, sentence, index, local)
        if sides is not None:
            local = sides[0]
        antecedent = index.before(sentence.start, text)
        # (clause index, candidate) already found in the sentence
        prior: list[tuple[int, _Candidate]] = []
        memo: dict[object, object] = {}  # what the sentence's triggers share (same mentions)
        for rule, start, end, tried in triggers:
            ci = _clause_of(clauses, start)
            if ci not in flagged:
                flagged[ci] = _clause(text, clauses[ci].start, clauses[ci].end)
                if clauses[ci].resumes:
                    flagged[ci] = flagged[ci]._replace(resumes=True)
            args = (
                flagged[ci],
                clauses,
                ci,
                sentence,
                local,
                published,
                focus_country,
                antecedent,
            )
            event = _build(text, rule, Span(start, end), *args, prior, memo)
            if event is None:
                # Another rule that matches here may fill its slots ("welcomed" as praise, not
                # as hosting a visitor); the first one that does wins.
                for other, s2, e2 in ruleset._others(text, start, sentence.end, rule, tried):
                    event = _build(text, other, Span(s2, e2), *args, prior, memo)
                    if event is not None:
                        break
            if event is not None:
                if (
                    event.type is T.REJECT
                    and event.recipient is None
                    and events
                    and _ACCUSATIONS_AFTER.match(text, event.trigger.end, sentence.end)
                ):
                    # "rejected the accusations", "denied the claims": the last accuser
                    event = event._replace(recipient=_last_by(events, T.ACCUSE, event.actor))
                elif event.rule.startswith("reject.deny") and (
                    _DENIED_ACT_AFTER.match(text, event.trigger.end, sentence.end)
                    or (
                        event.recipient is not None
                        and event.recipient.span is not None
                        and event.recipient.span.start > event.trigger.end
                        and _DENIED_THAT.match(text, event.trigger.end, sentence.end)
                    )
                ):
                    # "Belarus denied any involvement", "denied that officers had fired": the
                    # denial answers the last accuser, not whoever the denied clause names
                    event = event._replace(recipient=_last_by(events, T.ACCUSE, event.actor))
                elif (
                    event.type is T.REJECT
                    and events
                    and (event.recipient is None or _same_state(event.recipient, event.actor))
                    and _DEMANDS_AFTER.match(text, event.trigger.end, sentence.end)
                ):
                    # "Argentine officials rejected the demand": the last one who demanded
                    demander = _last_by(events, T.REQUEST, event.actor)
                    if demander is not None:
                        event = event._replace(recipient=demander)
                elif (
                    event.type is T.ACCUSE
                    and event.recipient is None
                    and events
                    and _THE_ATTACK_AFTER.match(text, event.trigger.end, sentence.end)
                ):
                    # "Iraq's foreign ministry condemned the attack": the last attacker
                    attacker = _last_by(events, T.ASSAULT, event.actor)
                    if attacker is not None:
                        event = event._replace(recipient=attacker)
                told_at = (
                    _last_index(events, T.ASSAULT)
                    if event.type is T.ASSAULT
                    and _CLAIMED_THE_BEFORE.search(
                        text, max(sentence.start, event.trigger.start - 45), event.trigger.start
                    )
                    else None
                )
                if told_at is not None:
                    # "The Islamic State group claimed responsibility for the assault": the
                    # attack told before; its claimer names an attacker the report left unnamed
                    told = events[told_at]
                    if event.actor is not None and (
                        told.actor is None or told.actor.sector is Sector.UAF
                    ):
                        events[told_at] = told._replace(actor=event.actor)
                    continue
                found = _coordinated(text, local.actors, event, focus_country)
                if sides is not None and event.actor is sides[1]:
                    found = _both_sides(text, event, sides[2])
                events += found
                prior.append((ci, found[0]))
    return events


# a subject that names the two parties of the story again: "the two countries", "both sides"
_TWO_SIDES = _lazy(
    "_TWO_SIDES",
    # ("the two former Soviet neighbours", "both warring parties")
    r"(?:the\s+two|both)\s+(?:(?!and\b|of\b)[\p{L}-]+\s+){0,2}?"
    r"(?:sides|countries|nations|governments|leaders|neighbours|neighbors|parties|rivals"
    r"|states|capitals|presidents|delegations|foreign\s+ministers|prime\s+ministers)\b",
    regex.IGNORECASE,
)


def _two_sides_subject(
    text: str, sentence: Span, index: _MentionIndex, local: Mentions
) -> tuple[Mentions, Actor, Actor] | None:
    """The sentence's mentions with "the two countries" read as the first of the two
    countries named last before it, that first side, and the second; None if no such phrase."""
    window = text[sentence.start : sentence.end]
    if "two " not in window and "oth " not in window:
        return None
    match = _TWO_SIDES.search(text, sentence.start, sentence.end)
    if match is None:
        return None
    opening = text[max(sentence.start, match.start() - 12) : match.start()].rstrip()
    if not (
        match.start() - sentence.start <= 2
        or opening.endswith((".", ",", ";", ":", '"', "“"))
        or opening.rsplit(None, 1)[-1:]
        in (["and"], ["but"], ["while"], ["as"], ["after"], ["when"], ["before"], ["until"])
    ):
        return None  # the phrase must open a clause: a subject, not "talks between the two sides"
    pair = index.two_sides(match.start())
    if pair is None:
        return None
    span = Span(match.start(), match.end())
    noun = match.group().rsplit(None, 1)[-1].lower()
    if noun in ("countries", "nations", "states", "capitals", "governments", "leaders"):
        # the states themselves, or their governments, not the organ named last
        gov = noun in ("governments", "leaders")
        first, second = (
            replace(
                _of_country(
                    cast(str, side.country),
                    Sector.GOV if gov else None,
                    "government" if gov else "state",
                ),
                text=match.group(),
                span=span,
            )
            for side in pair
        )
    else:
        first, second = (replace(side, text=match.group(), span=span) for side in pair)
    kept = [
        a
        for a in local.actors
        if a.span is None or not (a.span.start < span.end and span.start < a.span.end)
    ]
    actors = tuple(sorted((*kept, first), key=_start))
    return replace(local, actors=actors), first, second


def _both_sides(text: str, event: _Candidate, second: Actor) -> list[_Candidate]:
    """``event`` by the first of two sides and its copy by the second: to each other where the
    text says so ("summoned each other's ambassadors"), else with the event's own recipient."""
    first = cast(Actor, event.actor)
    if event.recipient is None and _to_each_other(text, event):
        return [
            event._replace(recipient=second),
            event._replace(actor=second, recipient=first, part=1),
        ]
    return [event, event._replace(actor=second, part=1)]


def _to_each_other(text: str, event: _Candidate) -> bool:
    """Whether the text says the sides acted on each other: "accused each other", "expelled
    each other's senior diplomats"."""
    return bool(
        _EACH_OTHER.match(text, event.trigger.end)
        or _EACH_OTHERS.search(text, event.trigger.start, event.trigger.end + 14)
    )


# an attack already told: "condemned the attack", "denounced the strike as a violation"
_THE_ATTACK_AFTER = _lazy(
    "_THE_ATTACK_AFTER",
    r"\s+(?:the|this|these|that|those|such)\s+(?:(?:latest|deadly|recent|overnight|weekend"
    r"|cross-border|drone|missile|air|rocket|twin|suicide)\s+)?(?:attacks?|strikes?|airstrikes?"
    r"|air\s+strikes?|bombings?|shelling|killings?|raids?|assaults?|massacres?|incursions?)\b",
    regex.IGNORECASE,
)
# "claimed responsibility for the bombing", "claimed Sunday's attack"
_CLAIMED_THE_BEFORE = _lazy(
    "_CLAIMED_THE_BEFORE",
    r"\bclaim(?:s|ed|ing)?\s++(?:(?:responsibility|credit)\s++for\s++)?(?:the|this|that|these"
    r"|\w+day['’]s|last\s+\w+['’]s)\s++(?:[\w-]+\s++){0,2}\Z",
    _BACKWARD,
)
_ACCUSATIONS_AFTER = _lazy(
    "_ACCUSATIONS_AFTER",
    r"\s+(?:the|these|those|such|all|his|her|its|their|this|that)\s+(?:[\w-]+\s+)?"
    r"(?:accusations?|allegations?|claims?|charges?|criticism|assertions?)\b",
    regex.IGNORECASE,
)


_WANTED_THEME = _lazy(
    "_WANTED_THEME",
    r"\s++(?:the\s++|an?\s++)?(?:(?:immediate|unconditional|swift|prompt|safe|full)\s++)*"
    r"(?:release|return|handover|extradition|freeing|repatriation)\s++of\s++"
    r"(?:(?:the|its|their|his|her|all)\s++)?",
    regex.IGNORECASE,
)
_DENIED_ACT_AFTER = _lazy(
    "_DENIED_ACT_AFTER",
    r"\s+(?:(?:on|late|early)\s+\w+\s+)?(?:(?:any|all|its|their|his|her)\s+)?"
    r"(?:involvement|responsibility|wrongdoing|complicity|role|links?|the\s+(?:accusations?|allegations?|charges?|claims?|reports?))\b",
    regex.IGNORECASE,
)
_DENIED_THAT = _lazy("_DENIED_THAT", r"\s+(?:(?:on|late|early)\s+\w+\s+)?that\b", regex.IGNORECASE)
_DEMANDS_AFTER = _lazy(
    "_DEMANDS_AFTER",
    r"\s+(?:the|these|those|such|this|that)\s+(?:[\w-]+\s+)?(?:demands?|requests?|calls?|appeals?"
    r"|ultimatum)\b(?!\s+(?:of|by|from|for)\b)",
    regex.IGNORECASE,
)


def _same_state(a: Actor, b: Actor | None) -> bool:
    return b is not None and a.country is not None and a.country == b.country


def _last_index(events: Sequence[_Candidate], kind: EventType) -> int | None:
    """The index of the last event of ``kind`` among the last 50 found (bounded: a long text
    stays linear), or None."""
    for at in range(len(events) - 1, max(-1, len(events) - 51), -1):
        if events[at].type is kind:
            return at
    return None


def _last_by(events: Sequence[_Candidate], kind: EventType, party: Actor | None) -> Actor | None:
    """The actor of the last event of ``kind`` found so far (the last accuser, the last one who
    demanded), if it is not ``party``'s own side."""
    # (bounded: a long text stays linear)
    return _other_side((c for c in reversed(events[-50:]) if c.type is kind), party)


def _coordinated(
    text: str, actors: Sequence[Actor], event: _Candidate, focus_country: str | None
) -> list[_Candidate]:
    """``event``, then one copy of it per participant coordinated with its actor or recipient.

    "Russia and China vetoed", "urged India and Pakistan", "Saudi Arabia, Bahrain and the UAE
    severed ties": each state is a participant of its own record, as event coders code compound
    actors (PLOVER gold standard, PETRARCH). A list joined by commas only is an apposition
    ("Lavrov, Russia's foreign minister,"), not a coordination: an "and" must join it.
    """
    copies: list[_Candidate] = []
    for is_actor in (True, False):
        slot, other = (event.actor, event.recipient) if is_actor else (event.recipient, event.actor)
        if slot is None or slot.span is None or slot.kind == "place":
            continue
        extras = _conjuncts(text, actors, slot)
        two_sided = (
            is_actor
            and event.rule.partition("/")[0] in _TWO_SIDED_RULES
            and slot.span.start < event.trigger.start
            and (other is None or other.kind == "place")
        )
        if two_sided and not extras:
            extras = _opposing_conjunct(text, actors, slot)
        if not extras or (other is not None and any(x.span == other.span for x in extras)):
            continue  # "clashes between Russian and Georgian forces": the two sides already
        if (
            is_actor
            and event.type is T.MOBILIZE
            and _EXERCISES.search(text, event.trigger.start, event.trigger.end)
        ):
            # "French and Egyptian warships launched war games": drills held together are
            # military cooperation, not a show of force
            event = _with_type(event, T.COOPERATE, (), "062")
        if (
            is_actor
            and event.type is T.COOPERATE
            and "joint" in text[event.trigger.start : event.trigger.end].lower()
            and (
                other is None
                or other.kind == "place"
                or (
                    other.span is not None
                    and "against" in text[event.trigger.end : other.span.start].lower()
                )
            )
        ):
            # "Russian and Chinese warships began joint naval drills", "Nigerian, Nigerien and
            # Cameroonian troops launched joint patrols against Boko Haram": each partner
            # cooperates with each other one (whom the patrols are against is no partner)
            where = event.location.country if event.location is not None else None
            default = focus_country or where or ""
            sides = sorted([slot, *extras], key=lambda x: cast(Span, x.span).start)
            sides = [_with_focus(x, default) or x for x in sides]
            pairs = [(a, b) for a in sides for b in sides if _actor_key_of(a) != _actor_key_of(b)]
            if pairs:
                event = event._replace(actor=pairs[0][0], recipient=pairs[0][1])
                for a, b in pairs[1:]:
                    copies.append(event._replace(actor=a, recipient=b, part=len(copies) + 1))
                continue
        first = min([slot.span.start] + [cast(Span, x.span).start for x in extras])
        if _BETWEEN_BEFORE.search(text, max(0, first - 12), first):
            if other is None:
                # "clashes between A and B": one event of two sides, not two events
                event = (
                    event._replace(recipient=extras[0])
                    if is_actor
                    else event._replace(actor=extras[0])
                )
                continue
            if (
                not is_actor
                and event.type is T.ASSAULT
                and len(extras) == 1
                and event.trigger.end <= first
            ):
                # "closed its border because of fighting between Azerbaijanis and Armenians":
                # the two named sides are the event's, not the actor found before it
                # (the later side acts, as for "clashes between A and B" above)
                event = event._replace(actor=extras[0], recipient=slot)
                continue
        if two_sided and len(extras) == 1 and cast(Span, extras[0].span).end <= slot.span.start:
            # "Government troops and rebels clashed near Goma": the two sides of one fight, the
            # first named acting (as the PLOVER gold codes it), not two fights with the place
            where = event.location.country if event.location is not None else None
            default = where or focus_country or ""
            event = event._replace(
                actor=_with_focus(extras[0], default) or extras[0],
                recipient=_with_focus(slot, default) or slot,
            )
            continue
        if (
            is_actor
            and len(extras) == 1
            and (
                event.rule == "retreat.exchange-prisoners"  # "Russia and Ukraine swapped"
                or _TRADED_BEFORE.search(
                    text, max(0, event.trigger.start - 30), event.trigger.start
                )
                or _to_each_other(text, event)
            )
        ):
            # "Armenia and Azerbaijan accused each other": each side is the other's recipient
            copies.append(event._replace(actor=extras[0], recipient=slot, part=len(copies) + 1))
            event = event._replace(recipient=extras[0])
            continue
        # the same defaults for a country-less participant as the slot it copies (see _build)
        where = event.location.country if event.location is not None else None
        default = (focus_country if is_actor else where or focus_country) or ""
        seen = {_actor_key_of(slot)}
        for extra in extras:
            extra = _with_focus(extra, default) or extra
            key = _actor_key_of(extra)
            if key in seen:
                continue  # another of the same side adds no participant ("army and police")
            seen.add(key)
            part = len(copies) + 1
            copies.append(
                event._replace(actor=extra, part=part)
                if is_actor
                else event._replace(recipient=extra, part=part)
            )
    return [event, *copies]


def _with_type(c: _Candidate, kind: EventType, mode: tuple[Mode, ...], code: str) -> _Candidate:
    """``c`` coded as another type, with that code's quad class, Goldstein score and ACLED type."""
    quad, goldstein, acled = _code_tables(kind, mode, code, c.actor, c.recipient)
    return c._replace(
        type=kind, mode=mode, cameo=code, quad_class=quad, goldstein=goldstein, acled=acled
    )


def _code_tables(
    kind: EventType,
    mode: tuple[Mode, ...],
    code: str,
    actor: Actor | None,
    recipient: Actor | None,
) -> tuple[int | None, float | None, AcledType | None]:
    """The quad class and Goldstein score of a CAMEO code, and the ACLED type of the event."""
    try:
        info = cameo_codes.cameo(code)
        quad, goldstein = info.quad_class, info.goldstein
    except KeyError:
        quad, goldstein = None, None
    acled = _acled(
        kind,
        mode,
        actor_sector=actor.sector if actor else None,
        recipient_sector=recipient.sector if recipient else None,
    )
    return quad, goldstein, acled


def _conjuncts(text: str, actors: Sequence[Actor], actor: Actor) -> list[Actor]:
    """The actors coordinated with ``actor`` ("X and Y", "X, Y and Z"), in text order."""
    span = actor.span
    if span is None:
        return []
    # most mentions have no comma, "and" or "&" next to them: nothing to join
    # (a link is at most 12 characters: see _joined)
    near = text[max(0, span.start - 12) : span.start] + "|" + text[span.end : span.end + 12]
    if "," not in near and "&" not in near and "and" not in near.lower():
        return []
    spans = [a.span for a in actors]
    try:
        at = spans.index(actor.span)
    except ValueError:
        return []
    # the chain of mentions joined to this one, each by a comma or an "and"
    lo = hi = at
    while lo > 0 and _joined(text, actors[lo - 1], actors[lo]):
        lo -= 1
    while hi + 1 < len(actors) and _joined(text, actors[hi], actors[hi + 1]):
        hi += 1
    # A list is "A, B and C": commas, then one "and" that closes it. Commas alone are an
    # apposition ("Lavrov, Russia's foreign minister,"); a comma after the "and" opens
    # something else (", Turkey's foreign minister said").
    closing = next(
        (
            k
            for k in range(lo, hi)
            if _AND_LINK.fullmatch(
                text, cast(Span, actors[k].span).end, cast(Span, actors[k + 1].span).start
            )
        ),
        None,
    )
    if closing is None or at > closing + 1:
        return []
    if (
        closing == lo
        and "," in text[cast(Span, actors[lo].span).end : cast(Span, actors[lo + 1].span).start]
    ):
        return []  # "struck Port Vila, and New Zealand pledged": two clauses, not a list
    # each must stand for a side of its own: a country or an organisation ("police and
    # soldiers" are one side, with no country of their own)
    return [
        actors[k]
        for k in range(lo, closing + 2)
        if k != at and not _is_pronoun(actors[k]) and _own_side(actors[k])
    ]


# a past time as the possessor of a noun trigger: "last month's clashes", "1994's genocide"
_PAST_POSSESSOR_BEFORE = _lazy(
    "_PAST_POSSESSOR_BEFORE",
    r"\b(?:last|previous|past)\s++(?:week|month|year|decade|summer|winter|spring|autumn)(?:'s|’s)"
    r"\s++(?:[\w-]+\s++){0,2}?\Z|\b(?:19|20)\d\d(?:'s|’s)\s++(?:[\w-]+\s++){0,2}?\Z",
    _BACKWARD,
)
# a meeting named as the setting of another event: "at a meeting in", "during his visit to"
_SETTING_BEFORE = _lazy(
    "_SETTING_BEFORE",
    r"\b(?:at|during|on\s++the\s++sidelines\s++of|in\s++the\s++course\s++of)\s++"
    r"(?:(?:a|an|the|their|his|her|its|this|that)\s++)?(?:[\w.'’-]+\s++){0,4}?\Z",
    _BACKWARD,
)
_OUT_OF_BEFORE = _lazy("_OUT_OF_BEFORE", r"\b(?:from|out\s+of)\s+(?:the\s+)?\Z", _BACKWARD)
# the object of a ban: "a ban on political rallies", "banned protests", "a protest ban"
_BANNED_BEFORE = _lazy(
    "_BANNED_BEFORE",
    r"\b(?:ban(?:s|ned|ning)?\s++(?:on\s++)?|allow(?:s|ed|ing)?\s++|permit(?:s|ted|ting)?\s++)"
    r"(?:(?:all|any|further|public|political|street|mass|opposition|such|the|new|future)\s++){0,2}\Z",
    _BACKWARD,
)
# verbal events whose object's possessor is the one judged ("backed Ukraine's bid")
_JUDGING: Final = frozenset(
    {T.SUPPORT, T.ACCUSE, T.REJECT, T.REQUEST, T.AGREE, T.CONCEDE, T.THREATEN, T.SANCTION}
)
# unarmed organs of a state, whose seizures and raids are coercion, not armed attacks
_CIVIL_AUTHORITIES: Final = frozenset({Sector.GOV, Sector.JUD, Sector.SPY, Sector.LEG})
# the state's armed forces, against whom the others fight ("troops and rebels clashed")
_STATE_FORCES: Final = frozenset({Sector.MIL, Sector.COP, Sector.PRM, Sector.SPY})


def _opposing_conjunct(text: str, actors: Sequence[Actor], actor: Actor) -> list[Actor]:
    """The mention joined to ``actor`` by "and" just before it when the two stand for opposite
    sides although neither names a country: state forces and rebels, police and protesters."""
    spans = [a.span for a in actors]
    try:
        at = spans.index(actor.span)
    except ValueError:
        return []
    if at == 0:
        return []
    left = actors[at - 1]
    if left.span is None or actor.span is None or left.span.end > actor.span.start:
        return []
    if not _AND_LINK.fullmatch(text, left.span.end, actor.span.start):
        return []
    if (left.sector in _STATE_FORCES) == (actor.sector in _STATE_FORCES):
        return []  # "soldiers and police": one side
    if left.sector is None or actor.sector is None:
        return []
    return [left]


def _own_side(actor: Actor) -> bool:
    return actor.country is not None or (actor.code or "")[:3] in ("IGO", "NGO")


def _joined(text: str, left: Actor, right: Actor) -> bool:
    if left.span is None or right.span is None or left.span.end > right.span.start:
        return False
    link = text[left.span.end : right.span.start]
    return len(link) <= 12 and bool(_AND_LINK.fullmatch(link) or _COMMA_LINK.fullmatch(link))


def _actor_key_of(actor: Actor) -> str | None:
    """The side an actor stands for: its country, else its code or sector."""
    return actor.country or actor.code or (actor.sector.value if actor.sector else None)


def _build(
    text: str,
    rule: Rule,
    trigger: Span,
    clause: _Clause,
    clauses: Sequence[_Clause],
    ci: int,
    sentence: Span,
    mentions: Mentions,
    published: dt.date | None,
    focus_country: str | None,
    antecedent: Actor | None,
    prior: Sequence[tuple[int, _Candidate]],
    memo: dict[object, object],
) -> _Candidate | None:
    actors = mentions.actors
    # "the attack", "of fighting", "Russia's assault": asked up to three times below
    nominal_before = (
        rule.form is not Form.NOUN
        and bool(
            _NOMINAL_BEFORE.search(text, max(clause.start, trigger.start - 30), trigger.start)
            # "after clashes with", "since protests began": no verb follows a preposition
            or (
                text[trigger.start : trigger.end].endswith(("s", "S"))
                and _TIME_PREPOSITION_BEFORE.search(
                    text, max(clause.start, trigger.start - 12), trigger.start
                )
            )
        )
    )
    if _absorbed(text, rule, trigger, clause, ci, prior, nominal_before):
        return None
    window = text[max(clause.start, trigger.start - 30) : trigger.start].lower()
    if (
        (rule.form is Form.NOUN or nominal_before)
        and ("'s " in window or "’s " in window)
        # (cheap tests of the words the pattern needs: a past time or a year)
        and any(word in window for word in ("last ", "past ", "previous ", "19", "20"))
        and _PAST_POSSESSOR_BEFORE.search(
            text, max(clause.start, trigger.start - 30), trigger.start
        )
    ):
        return None  # "investigating last month's clashes", "the 2008 war's": an earlier event
    if (
        prior
        and rule.type is T.CONSULT
        and (rule.form is Form.NOUN or nominal_before)
        and _SETTING_BEFORE.search(text, max(sentence.start, trigger.start - 45), trigger.start)
    ):
        # "promised Kyiv air defences at a meeting in Brussels", "signed during Putin's visit":
        # the meeting is where the reported event happened, not news of its own
        return None
    if (" ban" in f" {window}" or "allow" in window or "permit" in window) and (
        _BANNED_BEFORE.search(text, max(clause.start, trigger.start - 30), trigger.start)
    ):
        # "lifted a ban on political rallies", "banned protests", "allowing rallies of up to
        # 500 people": none took place
        return None
    participle = rule.form is Form.VERB and _is_participle(text[trigger.start : trigger.end])
    if participle and _ADJECTIVAL.search(
        text, max(clause.start, trigger.start - 25), trigger.start
    ):
        return None  # "the defeated party", "the occupied West Bank", "his alleged part"
    if (
        participle
        and _COUNT_BEFORE.search(text, max(clause.start, trigger.start - 20), trigger.start)
        and (
            _NOUN_AFTER.match(text, trigger.end, clause.end)
            or _COUNT_END.match(text, trigger.end, sentence.end)
        )
    ):
        # "freed 18 jailed guerrillas", "two wounded soldiers": an adjective; "put its losses
        # at 19 dead and 13 wounded.": a count
        return None
    if (
        participle
        and rule.type is T.ASSAULT
        and any(c.type is T.ASSAULT for _, c in prior)
        and _AND_COUNT_BEFORE.search(text, max(clause.start, trigger.start - 30), trigger.start)
    ):
        return None  # "three were killed and 13 wounded": the same attack's toll
    if (
        rule.type is T.ASSAULT
        and text[max(0, trigger.start - 10) : trigger.start].lower().endswith(" been ")
        and _TOLL_AFTER.match(text, trigger.end, sentence.end)
    ):
        return None  # "Hundreds have been killed since then": a running toll
    if (
        rule.type is T.ASSAULT
        and _may_hold(text, max(0, trigger.start - 30), trigger.start, ("has", "have"))
    ) and _AGGREGATE_BEFORE.search(text, max(clause.start, trigger.start - 90), trigger.start):
        # "Violence linked to al Qaeda has killed more than 1,300 people this year": a toll
        return None
    if (
        rule.type is not T.ASSAULT
        and text[trigger.start - 2 : trigger.start] == ", "
        and rule.form is not Form.NOUN
        and _is_participle(text[trigger.start : trigger.end])
        and any(a.span is not None and a.span.end == trigger.start - 2 for a in actors)
        and _REDUCED_RELATIVE_AFTER.match(text, trigger.end, sentence.end)
    ):
        # "150 Indian fishermen, arrested over the past year for straying": what happened to
        # them before, told in passing (a reduced relative clause), not the reported event
        return None

    if (
        rule.form is Form.VERB
        and rule.type is not T.PROTEST
        and text[trigger.start : trigger.end].split(None, 1)[0].lower().endswith("ing")
        and text[trigger.start - 1 : trigger.start] == " "
        and any(a.span is not None and a.span.end == trigger.start - 1 for a in actors)
        and _PREP_OBJECT_BEFORE.search(text, max(clause.start, trigger.start - 60), trigger.start)
        # ("filed a case at the ICJ accusing Myanmar of genocide": the filer accuses)
        and not (
            rule.type is T.ACCUSE
            and _FILED_BEFORE.search(text, max(clause.start, trigger.start - 80), trigger.start)
        )
    ):
        # "a ceasefire with rebels fighting to topple his government": a participle after a
        # preposition's object describes it (a reduced relative clause); no reported event
        return None
    if (
        participle
        and rule.type is T.MOBILIZE
        and text[trigger.start - 1 : trigger.start] == " "
        and text[trigger.start : trigger.end].lower().startswith(_STATIONED)
        and _LOCATIVE_AFTER.match(text, trigger.end, clause.end)
        and any(
            a.span is not None
            and a.span.end == trigger.start - 1
            and a.sector in (Sector.MIL, Sector.COP)
            and a.kind != "state"
            and _OBJECT_OF_BEFORE.search(text, max(0, a.span.start - 40), a.span.start)
            for a in actors
        )
    ):
        # "supplies to troops stationed on a disputed reef": where they are, no news ("police
        # deployed in force in Kisumu", the clause's subject, is)
        return None
    speaker: Actor | None = None
    if clause.relative:
        # ", which killed 20 last year": background, not the reported event; but a speech act
        # of the actor just before (", which accused Addis Ababa of intransigence") is news
        speaker = _relative_speaker(text, rule, clause, trigger, mentions)
        if speaker is None:
            return None
    if (
        not participle
        and _next_word(text, trigger.end) in _COMPOUND_HEADS
        and not text[trigger.end - 3 : trigger.end].lower().endswith("ing")
    ):
        return None  # "protest leaders", "attack helicopters": a noun modifier, no event
    # (an opening "after ..." clause ends at its comma: "After the raid, troops shelled ...")
    no_comma = "," not in text[clause.start : trigger.start]
    if (
        (rule.form is Form.NOUN or nominal_before)
        and no_comma
        and _BACKGROUND_CLAUSE.match(text, clause.start, clause.end)
    ):
        return None  # "after 12 days of battles", "since last month's invasion": background
    # The checks below look for words that most windows lack: a substring test first.
    before = text[max(clause.start, trigger.start - 70) : trigger.start].lower()
    # (after a preposition and no comma, a word that is no past form is a noun)
    if (
        (rule.form is Form.NOUN or nominal_before or not participle)
        and any(word in before for word in _BACKGROUND_PP_WORDS)
        and _background_pp(text, max(clause.start, trigger.start - 70), trigger.start)
    ):
        return None  # "following the suppression of protests", "despite protests by settlers"
    if (
        no_comma
        and text[clause.start : clause.end].lstrip()[:1] in ("a", "b", "s", "A", "B", "S")
        and _AFTER_START.match(text, clause.start, clause.end)
        and _TIME_UNIT_BEFORE.search(text, max(sentence.start, clause.start - 30), clause.start)
    ):
        return None  # "two years after they entered the country": dated background
    if any(w in before for w in ("that ", "which ", "whose ")) and _BACKGROUND_RELATIVE.search(
        text, max(clause.start, trigger.start - 50), trigger.start
    ):
        return None  # "a war that has killed tens of thousands": the conflict's toll, background
    if _inside_named_actor(trigger, actors):
        return None  # "Amnesty International", "the Security Council", "Rally for Culture"
    modality, evidence = _modality(text, trigger.start, clause.start, rule)
    retyped = _retype(rule, modality, evidence)
    if retyped is None:
        return None
    kind, mode = retyped
    if (
        text[trigger.end - 1 : trigger.end] == "s"
        and text[trigger.start : trigger.start + 1].isupper()
        and not text[clause.start : trigger.start].strip(" \t\n\"“'‘")
        and _GENERIC_MODAL.search(text, trigger.end, clause.end)
    ):
        return None  # "Attacks on peacekeepers may amount to war crimes": attacks in general
    if text[trigger.start : trigger.end].lower() in ("target", "targets") and (
        _LOWER_WORD_BEFORE.search(text, max(clause.start, trigger.start - 30), trigger.start)
    ):
        return None  # "struck Kurdish militant targets": the noun, no second attack
    if rule.id == "mobilize.missile-sea" and _AT_TARGET.search(text, trigger.start, trigger.end):
        return None  # "fired a missile at a ship in the Red Sea": an attack (assault.fire-at)
    if (
        kind is T.ASSAULT
        and "since" in text[trigger.end : min(sentence.end, trigger.end + 80)]
        and _PERFECT_BEFORE.search(text, max(clause.start, trigger.start - 20), trigger.start)
        and _SINCE_YEAR.search(text, trigger.end, min(sentence.end, trigger.end + 80))
    ):
        return None  # "460 inmates have been killed in its prisons since 2021": a tally, no event
    if _may_hold(
        text, max(clause.start, trigger.start - 30), trigger.start, _HABITUAL_WORDS
    ) and _HABITUAL_BEFORE.search(text, max(clause.start, trigger.start - 30), trigger.start):
        return None  # "Iran has repeatedly struck what it says are bases": a habit, no event
    if kind is T.REJECT and _NO_COMMENT.match(text, trigger.end, clause.end):
        return None  # "declined to comment": no answer, not a rejection of anything

    if _may_hold(text, trigger.end, clause.end, _NOUN_FAILED_WORDS) and _NOUN_FAILED.match(
        text, trigger.end, clause.end
    ):
        return None  # "talks failed to make headway", "negotiations collapsed"
    if (
        (rule.form is Form.NOUN or nominal_before or trigger.start == sentence.start)
        and _may_hold(text, trigger.end, min(sentence.end, trigger.end + 120), _PLANNED_WORDS)
        and _PLANNED_AFTER.match(text, trigger.end, min(sentence.end, trigger.end + 120))
    ):
        return None  # "Talks between ministers and unions are scheduled for Thursday": to come

    # Subject search may reach into the previous clause when this one has no subject.
    subject_lo = clause.start
    if clause.nonfinite and ci > 0:
        subject_lo = clauses[ci - 1].start
    passive = (
        participle
        and (
            bool(
                _PASSIVE_BEFORE.search(text, max(sentence.start, trigger.start - 40), trigger.start)
            )
            # a reduced relative with its agent: "six workers kidnapped by jihadists"
            or (
                text.startswith(" by ", trigger.end)
                and text[trigger.start - 1 : trigger.start] == " "
                and " " not in text[trigger.start : trigger.end]
                and _by_agent(text, mentions.actors, trigger.end, clause.end) is not None
            )
        )
    )
    if (
        passive
        and rule.type is T.CONSULT
        and text[trigger.end - 5 : trigger.end].lower() == " with"
    ):
        return None  # "was met with force", "were met with tear gas": received, not a meeting
    if (
        participle
        and Mode.VISIT in rule.mode
        and (
            passive
            or (
                text[trigger.start - 4 : trigger.start].lower() == "and "
                and _PASSIVE_THEN_AND.search(
                    text, max(sentence.start, trigger.start - 100), trigger.start
                )
                is not None
            )
        )
        and _by_agent(text, mentions.actors, trigger.end, clause.end) is None
    ):
        # "the freed men were flown to Bamako", "were released and flown to": carried there
        return None
    to_lo = max(clause.start, trigger.start - 4)
    infinitive = "to" in text[to_lo : trigger.start].lower() and bool(
        _TO_BEFORE.search(text, to_lo, trigger.start)
    )

    actor: Actor | None
    recipient: Actor | None
    word = text[trigger.start : trigger.end].lower()
    nominal = rule.form is Form.NOUN or (
        # (the first word tells: "the families of the kidnapped girls appealed to")
        rule.form is Form.VERB and not _past_tense(word.split(" ", 1)[0]) and nominal_before
    )
    if nominal:
        actor, recipient = _nominal_slots(text, rule, kind, trigger, clause, sentence, mentions)
        if (
            recipient is None
            and kind in _OBJECT_NATIONALITY
            and text[trigger.start : trigger.end].endswith((" of", " on", " from"))
        ):
            # "China's ban on imports of Taiwanese pineapples": the object right after the
            # trigger's preposition names the recipient by its nationality
            recipient = _demonym_object(text, actors, trigger.end, clause.end, actor)
        if actor is None and recipient is None and rule.id.startswith("consult.meet"):
            actor = _left_actor(text, actors, subject_lo, trigger.start)
        if (
            actor is None
            and kind is T.ASSAULT
            and "claim" in text[max(clause.start, trigger.start - 60) : trigger.start]
            and _CLAIMED_BEFORE.search(text, max(clause.start, trigger.start - 60), trigger.start)
            and not _NO_CLAIM.search(text, clause.start, trigger.start)
        ):
            # "The Houthis claimed responsibility for a drone attack": the claimer attacked
            actor = _first_actor(text, actors, subject_lo, trigger.start)
        if actor is None and (
            (kind is T.PROTEST and text[max(0, trigger.start - 3) : trigger.start].lower() == "in ")
            or (
                kind in (T.COOPERATE, T.CONSULT)
                and _IN_A_BEFORE.search(text, max(clause.start, trigger.start - 20), trigger.start)
            )
        ):
            # "students occupied dozens of schools in protest at the reforms", "flew jets over
            # Georgetown in a joint exercise with Guyana": the clause's subject
            actor = _first_actor(text, actors, subject_lo, trigger.start)
        if rule.id == "consult.phone" and _IN_A_BEFORE.search(
            text, max(clause.start, trigger.start - 20), trigger.start
        ):
            # "praised Moscow's mediation in a telephone call with Putin": the clause's subject
            # made the call
            actor = _first_actor(text, actors, subject_lo, trigger.start) or actor
        if actor is _DROP:
            return None
    elif passive:
        actor = _by_agent(text, actors, trigger.end, clause.end)
        recipient = _left_actor(text, actors, subject_lo, trigger.start)
        if (
            recipient is not None
            and recipient.span is not None
            and text[max(0, recipient.span.start - 4) : recipient.span.start].lower() == " by "
        ):
            # "six workers kidnapped by jihadists ... have been freed": the agent of a reduced
            # relative is not the subject; the noun it describes is
            recipient = _left_actor(text, actors, subject_lo, recipient.span.start - 4) or recipient
        if (
            not rule.of_is_actor
            and recipient is not None
            and _not_speaker(text, recipient, trigger.start) is None
        ):
            # "police said 47 suspects had been detained": the speaker is not the one detained;
            # security forces reporting arrests made them
            speaker, recipient = recipient, None
            if actor is None and kind is T.COERCE and speaker.sector in _ARRESTING:
                actor = speaker
        elif (
            actor is None
            and kind is T.COERCE
            and recipient is not None
            and recipient.span is not None
            and not any(c.type is T.COERCE for _, c in prior)
        ):
            # "police said more than 400 people had been arrested": the security forces who
            # report the arrests made them
            speaker = _left_actor(text, actors, sentence.start, recipient.span.start)
            if (
                speaker is not None
                and speaker.span is not None
                and speaker.sector in (Sector.COP, Sector.MIL, Sector.SPY)
                and _SAID_BEFORE_OBJECT.fullmatch(text, speaker.span.end, recipient.span.start)
            ):
                actor = speaker
        if actor is None and rule.of_is_actor:
            # "guerrillas have been demobilized", "troops were pulled out": they act.
            actor, recipient = recipient, None
        elif actor is None and text[trigger.start : trigger.start + 3].lower() in _EXPELLING:
            # "Three French diplomats were expelled from Mali": the state they leave expels them
            leaving = _FROM_STATE.match(text, trigger.end, clause.end)
            if leaving is not None:
                actor = _state_at(text, mentions, leaving.end())
    else:
        # a speaker stays the actor of its own participle (", rejecting Manila's protest")
        speaker_acts = False
        agentless = False  # the participle follows a passive with no agent named
        if infinitive and _object_control(
            text, max(sentence.start, trigger.start - 80), trigger.start
        ):
            # "prompting China to reject", "forced the rebels to withdraw": the object acts
            actor = _left_actor(
                text, actors, max(sentence.start, trigger.start - 80), trigger.start
            )
        elif infinitive and rule.type is not T.REQUEST:
            # "X called Y to assure him": the infinitive's subject is the clause's subject.
            actor = _first_actor(text, actors, subject_lo, trigger.start)
        elif word.split()[0].endswith("ing") and _PARTICIPIAL_OPEN.search(
            text, max(clause.start, trigger.start - 20), trigger.start
        ):
            # "Croatia sued Serbia, accusing Belgrade of genocide": the participle's subject is
            # the clause's, not the object just before the comma; after "X said," it is X
            said = _SAID_COMMA_BEFORE.search(
                text, max(sentence.start, trigger.start - 16), trigger.start
            )
            actor = (
                _left_actor(text, actors, max(sentence.start, trigger.start - 120), said.start())
                if said is not None and kind in _SPEECH_TYPES
                else None
            ) or _first_actor(text, actors, subject_lo, trigger.start)
            speaker_acts = kind in _SPEECH_TYPES
            if kind is T.ASSAULT and actor is not None and actor.span is not None:
                suffered = _PASSIVE_VERB.search(text, actor.span.end, trigger.start)
                if suffered is not None:
                    # "a convoy was bombed near Kani, killing seven people": the convoy
                    # suffered; whoever bombed it (when named) killed
                    actor = _by_agent(text, actors, suffered.end(), trigger.start)
                    agentless = actor is None
        elif _PARTICIPLE_CLAUSE.search(text, max(clause.start, trigger.start - 40), trigger.start):
            # "Police stormed camps held by supporters of X, firing tear gas": the main clause's
            # subject fires, not the last actor before the comma
            actor = _first_actor(text, actors, subject_lo, trigger.start)
            speaker_acts = kind in _SPEECH_TYPES
        elif _REDUCED_RELATIVE_PRONOUN.search(
            text, max(sentence.start, trigger.start - 40), trigger.start
        ):
            # "freed 14 sailors from a cargo ship they seized": the pronoun of a relative clause
            # with no "that" is the subject of the clause that holds it ("after Chisinau
            # expelled a diplomat it accused of meddling": Chisinau), not the noun before it
            actor = _first_actor(text, actors, subject_lo, trigger.start) or _first_actor(
                text, actors, sentence.start, trigger.start
            )
        elif _SAID_THAT_PRONOUN.search(
            text, max(sentence.start, trigger.start - 90), trigger.start
        ):
            # "warned that it would": the speaker, the sentence's subject
            actor = _first_actor(text, actors, sentence.start, trigger.start)
        else:
            actor = _left_actor(text, actors, subject_lo, trigger.start)
        # "... said four servicemen had been killed and accused Armenia": a second verb of the
        # speaker's
        coordinated = bool(
            _AND_VERB_BEFORE.search(text, max(clause.start, trigger.start - 24), trigger.start)
        )
        if not (speaker_acts or coordinated):
            actor = _not_speaker(text, actor, trigger.start)
        if prior and coordinated:
            # "The EU imposed an embargo on Myanmar and froze the assets of ...": the second verb
            # of a coordination has the first one's subject, not the object just before "and"
            earlier = _earlier_actor(text, prior, ci, trigger.start)
            if earlier is not None:
                actor = earlier
        elif coordinated and actor is not None:
            # "masked men doused the party's offices with gasoline and set them on fire": with
            # no event before, the clause's subject still does the second verb
            subject = _first_actor(text, actors, subject_lo, trigger.start)
            reported = (
                _REPORTED_THAT.search(text, sentence.start, subject_lo + 1)
                if kind in _SPEECH_TYPES and subject_lo > sentence.start
                else None
            )
            if reported is not None:
                # "the ambassador told the council that Moscow had shielded a violator and
                # accused Russia of ...": the speaker goes on, not the reported clause's subject
                subject = _left_actor(text, actors, sentence.start, reported.start()) or subject
            if subject is not None:
                actor = subject
        # ("backed Ukraine's bid", "condemned Israel's decision": whose act is judged is the
        # recipient of a verbal event; an attacked place's owner is not)
        recipient = _right_actor(
            text, actors, trigger.end, clause.end, rule.recipient_preps, kind in _JUDGING
        )
        if recipient is None and rule.form is not Form.NOUN and kind in _OBJECT_NATIONALITY:
            # "attacked Armenian positions", "seized a Japanese fishing boat": the object's
            # nationality names the recipient when the object is no actor of its own
            recipient = _demonym_object(text, actors, trigger.end, clause.end, actor)
            # (a trigger that holds its object, "seized a Japanese fishing boat": after the verb)
            verb_end = trigger.start + len(text[trigger.start : trigger.end].split(None, 1)[0])
            if recipient is None and verb_end != trigger.end:
                recipient = _demonym_object(text, actors, verb_end, clause.end, actor)
        if (
            recipient is None
            and kind in (T.ASSAULT, T.COERCE)
            and not set(rule.mode) & _PEOPLE_MODES
        ):
            # "stormed Qala-i-Naw": a place can be attacked; it cannot be beaten or arrested
            # ("Real Madrid beat Barcelona" is no assault).
            place = _right_place(text, mentions.places, trigger.end, clause.end)
            if place is not None:
                recipient = _place_actor(place)
        if (
            recipient is None
            and infinitive
            and _OBJECT_PRONOUN.match(text, trigger.end, clause.end)
        ):
            near = _left_actor(text, actors, subject_lo, trigger.start, skip_preposition=False)
            if near is not None and near is not actor:
                recipient = near
        if actor is None and clause.nonfinite and ci > 0 and not agentless:
            actor = _not_speaker(
                text, _left_actor(text, actors, clauses[ci - 1].start, trigger.start), trigger.start
            )
    if kind is T.ACCUSE and _FROM.match(text, trigger.end, clause.end):
        # "drawing criticism from the UN refugee agency": the critic comes after "from"; who
        # drew it, the sentence's subject, is criticised
        # (a critic the tables do not know, "from Western governments", is no one to name)
        actor = _right_actor(text, actors, trigger.end, clause.end, ("from",))
        drawn = _DRAWING_BEFORE.search(text, max(sentence.start, trigger.start - 40), trigger.start)
        recipient = _first_actor(text, actors, sentence.start, trigger.start) if drawn else None
    if prior and not passive and not nominal and actor is not None:
        # "Gunmen who abducted 30 schoolchildren last month have freed them": the subject of
        # the relative clause's head acts, and "them" are the relative clause's object
        head = _relative_head(text, prior, ci, actor, trigger.start)
        if head is not None:
            if recipient is None and _OBJECT_PRONOUN.match(text, trigger.end, clause.end):
                recipient = head.recipient or actor  # (the actor found was that object)
            actor = head.actor
    if actor is None and clause.resumes and ci > 1 and not passive:
        # "The army, which has fought the rebels, launched": the subject before ", which"
        actor = _left_actor(text, actors, clauses[ci - 2].start, clauses[ci - 1].start)
    if (
        prior
        and kind in _SPEECH_TYPES
        and word.endswith("ing")
        and _OBJECT_PRONOUN.match(text, trigger.end, clause.end)
        and _PARTICIPIAL_OPEN.search(text, max(sentence.start, trigger.start - 20), trigger.start)
    ):
        # "expelled two Russian diplomats, accusing them of spying": "them" are the object of
        # the act before the comma (not whoever the accusation goes on to name)
        recipient = prior[-1][1].recipient
    if (
        kind is T.REQUEST
        and recipient is not None
        and recipient.span is not None
        and trigger.end < recipient.span.start <= trigger.end + 80
        and _WANTED_THEME.fullmatch(text, trigger.end, recipient.span.start)
    ):
        # "demanded the immediate release of the fishermen": who is to be freed is what is
        # asked for, not who is asked
        recipient = None
    if (
        kind is T.REQUEST
        and recipient is None
        and prior
        and prior[-1][1].type in (T.CONSULT, T.ACCUSE)
        and _AND_VERB_BEFORE.search(text, max(clause.start, trigger.start - 24), trigger.start)
    ):
        # "summoned the ambassador and demanded ...", "met Blinken and urged ...": the one
        # summoned or met is asked
        recipient = prior[-1][1].recipient
    if rule.id == "mobilize.order-troops":
        recipient = None  # the forces ordered out are named inside the trigger, not after it
    if recipient is None and rule.form is not Form.NOUN:
        recipient = _inside_trigger(text, trigger, actor, mentions, kind)
    elif (
        kind in _SPEECH_TYPES
        and rule.form is not Form.NOUN
        and recipient is not None
        and recipient.span is not None
        and recipient.span.start >= trigger.end
    ):
        # "warned Guyana on Saturday that it would face consequences if it allowed U.S. oil
        # companies ...": the one addressed inside the trigger, not a name in what was said
        addressed = _inside_trigger(text, trigger, actor, mentions, kind)
        if (
            addressed is not None
            and addressed.span is not None
            and " that " not in text[trigger.start : addressed.span.start]
        ):
            recipient = addressed
    if recipient is None:
        hi = min(clause.end, trigger.end + 40)
        reciprocal: regex.Match[str] | None = None
        if _may_hold(text, trigger.start, hi, _RECIPROCAL_WORDS):
            reciprocal = _RECIPROCAL.search(text, trigger.start, hi)
        if reciprocal and reciprocal.start(1) >= trigger.start:
            recipient = Actor(
                name=reciprocal[1],
                text=reciprocal[1],
                span=Span(reciprocal.start(1), reciprocal.end(1)),
                kind="group",
            )

    if (
        actor is None
        and not passive
        and _FIRST_PERSON_BEFORE.search(text, max(clause.start, trigger.start - 30), trigger.start)
    ):
        # '"We urge the U.S. side to stop," ministry spokeswoman Zhou Lan said': the speaker
        # named after the quotation
        actor = _quote_speaker(text, actors, trigger.end, sentence.end)
    if actor is None and not passive and _SUBJECT_PRONOUN.search(text, clause.start, trigger.start):
        # "King Hassan was quoted as saying he would be ready": the pronoun's antecedent.
        # The antecedent is the sentence's subject, not an actor inside a relative clause.
        actor = _first_actor(text, actors, sentence.start, clause.start)
        opening = _PRONOUN_OPENS.match(text, sentence.start, trigger.start)
        if actor is None and opening is not None and antecedent is not None:
            # "He deployed the army": the last actor of the sentences before, coded as it, but
            # with the pronoun's own text and span (slots stay inside their sentence).
            word = opening.group("pronoun")
            actor = replace(
                antecedent, text=word, span=Span(opening.start("pronoun"), opening.end("pronoun"))
            )
    if kind is T.PROTEST and not nominal and word.endswith("ing"):
        # "fired at students protesting job quotas": the people just before protest
        before_it = _left_actor(text, actors, max(clause.start, trigger.start - 40), trigger.start)
        if (
            before_it is not None
            and before_it.span is not None
            and not text[before_it.span.end : trigger.start].strip()
        ):
            actor = before_it
    if speaker is not None and not passive:
        actor = speaker  # "Cairo, which accused ...": the pronoun's antecedent speaks
    if actor is None and not passive and not nominal:
        actor = _np_subject(text, clause, trigger, mentions)
    if actor is None and kind is T.ASSAULT and not passive and not nominal:
        actor = _weapon_subject(text, clause.start, trigger.start)
    if (
        actor is None
        and kind is T.ASSAULT
        and passive
        and ci + 1 < len(clauses)
        and _WHEN_START.match(text, clause.end, clauses[ci + 1].end)
    ):
        # "30 people were killed when an Israeli airstrike hit a school": the weapon's state
        # (the "when" clause itself is folded into this event)
        after = clauses[ci + 1]
        actor = _weapon_subject(text, after.start, after.end, anywhere=True) or _first_actor(
            text, actors, after.start, after.end
        )
    if actor is not None and actor.country is None and actor.span is not None:
        # "Gunmen from the ELN", "fighters of the RSF": the named group they belong to acts
        actor = _affiliation(text, actors, actor) or actor

    if rule.id in ("aid.receive", "consult.call-received"):
        # "received aid from Japan", "received a call from Biden": the giver or caller acts
        recipient, actor = actor, _from_agent(text, actors, trigger.end, clause.end)
    if rule.id == "assault.came-under":
        # "The convoy came under fire from rebels": the subject is the target
        recipient, actor = actor, _from_agent(text, actors, trigger.end, clause.end)
    if actor is not None and recipient is not None and actor.span == recipient.span:
        recipient = None
    if kind in _JUDGING and "-" in text[trigger.end : trigger.end + 40]:
        # "rejected a U.S.-drafted plan", "backed an Egyptian-brokered truce": its author (not
        # a party named after it: "a U.S.-brokered truce proposal with the RSF")
        authored = _AUTHORED_AFTER.match(text, trigger.end, clause.end)
        country = country_named(authored["who"]) if authored else None
        later = (
            recipient is not None
            and recipient.span is not None
            and authored is not None
            and recipient.span.start >= authored.end()
        )
        if (recipient is None or later) and country is not None and country != _country_of(actor):
            recipient = _of_country(country, None, "state")
    if (
        recipient is None
        and prior
        and kind in _JUDGES_MOVES
        and (
            _MOVE_AFTER.match(text, trigger.end, clause.end)
            or _MOVE_BEFORE.search(text, max(sentence.start, trigger.start - 60), trigger.start)
        )
    ):
        # "sent troops to the border, and Guyana condemned the move", "..., a move the Kremlin
        # denounced": whoever made the move just reported is judged
        recipient = _mover(prior, trigger.start, actor)
    if kind is T.MOBILIZE and (
        recipient is None
        or (recipient.sector in _STATE_FORCES and recipient.country in (None, _country_of(actor)))
    ):
        # "massed 100,000 troops near Ukraine's borders", "deployed troops to the Colombian
        # border": the state at whose border the forces gather is the recipient, not the forces
        recipient = _border_state(text, actors, trigger.end, clause.end) or recipient

    if (
        kind is T.ASSAULT
        and (actor is None or (actor.country is None and actor.code is None))
        and (
            _NATURAL_CAUSE_BEFORE.search(text, max(clause.start, trigger.start - 60), trigger.start)
            or (passive and _NATURAL_CAUSE_AFTER.match(text, trigger.end, clause.end))
        )
    ):
        return None  # "Cyclone Sidr killed 3,000 people", "were killed in floods": no attack

    needs = rule.needs
    # "were wounded by a roadside bomb": an attack whose attacker the text does not name.
    by_weapon = (
        passive and kind is T.ASSAULT and bool(_BY_WEAPON.match(text, trigger.end, clause.end))
    )
    # "were detained", "were released": the authority goes unnamed, the detained are named
    # ("demanded that Kabore be released" is no release)
    unnamed_ok = by_weapon or (
        passive
        and (
            kind is T.COERCE
            or (rule.id == "retreat.release" and text[trigger.start - 3 : trigger.start] != "be ")
        )
    )
    if "actor" in needs and actor is None and not (unnamed_ok and recipient is not None):
        return None
    if "recipient" in needs and recipient is None:
        return None
    if "participant" in needs and actor is None and recipient is None:
        return None
    if "armed" in needs and kind is rule.type and not _is_armed(actor):
        return None
    if "state" in needs and not _is_state(actor):
        return None
    if "unarmed" in needs and actor is not None and actor.sector in ARMED_SECTORS:
        return None
    if rule.id == "assault.capture" and kind is T.ASSAULT:
        if actor is not None and actor.sector is Sector.COP:
            kind, mode = T.COERCE, (Mode.ARREST,)  # police capturing a suspect arrest them
        elif actor is not None and actor.sector in _CIVIL_AUTHORITIES:
            # "the government seized control of YPF": a confiscation, not a conquest
            kind, mode = T.COERCE, (Mode.SEIZE,)
        elif recipient is not None and recipient.kind != "place":
            mode = (Mode.ABDUCT,)  # captured people, combatants included (PLOVER manual)
    if (
        kind is T.ASSAULT
        and actor is not None
        and (actor.sector is Sector.COP or actor.sector in _CIVIL_AUTHORITIES)
        and text[trigger.start : trigger.end].lower().startswith("raid")
    ):
        # a raid by police, tax officials or prosecutors is a search (PLOVER COERCE seize)
        kind, mode = T.COERCE, (Mode.SEIZE,)
    closed_to = (
        _FOREIGN_AFTER.match(text, trigger.end, sentence.end)
        if rule.id == "coerce.close-border"
        else None
    )
    if closed_to is not None:
        # a border or airspace closed to another state is a sanction on it; closed to people,
        # a restriction ("closed the border to new arrivals")
        kind, mode = T.SANCTION, (Mode.DISCONTINUE,)
        if recipient is None or actor is None or recipient.country in (None, actor.country):
            recipient = _state_at(text, mentions, closed_to.end() - 1) or recipient
    if (
        rule.id == "coerce.ban"
        and recipient is not None
        and recipient.kind == "state"
        and actor is not None
        and (actor.kind == "state" or (actor.code or "").startswith("IGO"))
        and text[trigger.start : trigger.start + 7].lower() == "suspend"
    ):
        # "The African Union suspended Niger": a state's membership, not a ban (SANCTION)
        kind, mode = T.SANCTION, (Mode.EXPEL,)
    # A government or organisation that "protests" complains; crowds demonstrate.
    if (
        rule.id == "protest.demonstrate"
        and actor is not None
        and _is_official(actor)
        and _PROTEST_VERB.fullmatch(text, trigger.start, trigger.end)
        and not nominal_before
    ):
        kind, mode = T.ACCUSE, (Mode.DISAPPROVE,)
    if rule.id == "protest.obstruct" and _is_state(actor):
        # Authorities that block roads or access restrict; blocking a site or an app censors.
        # (A bare country may stand for its people: "farmers from France blocked the streets".)
        censor = text[trigger.end - 6 : trigger.end].lower() == "access" and bool(
            _CENSORED_AFTER.match(text, trigger.end, clause.end)
        )
        if censor or (actor is not None and actor.sector is not None):
            kind, mode = T.COERCE, (Mode.CENSOR if censor else Mode.RESTRICT,)

    # Fill the remaining slots from the clause first; material events may look next door.
    location = _pick_place(text, mentions.places, actors, clause.start, clause.end, trigger, memo)
    if location is None and kind in _MATERIAL:
        # (past a relative clause to the phrase it hangs on: "In Gao, where ..., rebels attacked")
        skip = ci - 2 if ci > 1 and clauses[ci - 1].relative else ci - 1
        for index in (ci - 1, ci + 1, skip):
            if 0 <= index < len(clauses) and location is None:
                other = clauses[index]
                location = _pick_place(
                    text, mentions.places, actors, other.start, other.end, trigger, memo
                )
    if location is None and recipient is not None and recipient.kind == "place":
        location = next((p for p in mentions.places if p.span == recipient.span), None)
    if (
        location is None
        and focus_country
        and _may_hold(text, clause.start, clause.end, ("country",))
        and _memo_search(_THE_COUNTRY, text, clause.start, clause.end, memo)
    ):
        location = _the_country(focus_country, actor, mentions, sentence, trigger)
    if location is None and kind in _DOMESTIC_TYPES and actor is not None and actor.country:
        location = _country_location(actor.country, "no place in the text: the actor's country")
    date = _pick_date(mentions.dates, clause.start, clause.end, trigger)
    if date is None and not clause.subordinate and ci > 0:
        first = clauses[0]
        date = _pick_date(mentions.dates, first.start, first.end, trigger)
    if (
        date is not None
        and published is not None
        and date.end is not None
        and not date.future
        and (published - date.end).days > _HISTORY_DAYS
    ):
        return None  # "pushed out of Mogadishu in 2011": history told as background, not news
    if date is None and published is not None:
        date = _publication_date(published)
    fatalities, injuries, quantities = _counts(mentions, clause.start, clause.end)
    if kind is T.ASSAULT and fatalities is None:
        fatalities, injuries2, _ = _counts(mentions, sentence.start, sentence.end)
        injuries = injuries or injuries2

    where = location.country if location is not None else None
    if actor is not None and actor.country is None and text.startswith("In ", sentence.start):
        # "In Beijing, foreign ministry spokesman Lin Jian thanked Mauritania": the opening
        # place is where the unnamed ministry sits, whatever country the story is about
        opened_in = _opening_place(text, mentions.places, sentence)
        if opened_in is not None:
            actor = _with_focus(actor, opened_in)
    if where and actor is not None and actor.country is None and actor.sector in _HOME_SECTORS:
        # police, courts and spies act at home: "officers arrested two Belarusians in Rzeszow"
        # are Polish even in a story mostly about Belarus
        actor = _with_focus(actor, where)
    # Actors without a country in a one-country story belong to it ("some troops" in Afghanistan).
    if focus_country and not _regional(text, actor):
        actor = _with_focus(actor, focus_country)
    if where or focus_country:
        # A victim or addressee with no country of its own is where the event happened.
        recipient = _with_focus(recipient, where or focus_country or "")

    if kind is T.ASSAULT and (not mode or mode == (Mode.TARGETED,)):
        # "A roadside bomb killed two soldiers": the weapon named in the clause is the mode.
        weapon = _instrument(text, clause.start, clause.end, memo) or _instrument(
            text, sentence.start, sentence.end, memo
        )
        if weapon is not None:
            mode = (_INSTRUMENT_MODE[weapon.lastgroup or ""],)
    if (
        kind is T.RETREAT
        and recipient is None
        and actor is not None
        and location is not None
        and location.country
        and location.country != actor.country
        and Mode.WITHDRAW in mode
        and rule.id.startswith("retreat.withdraw")
        and (
            location.span is None
            or _OUT_OF_BEFORE.search(text, max(0, location.span.start - 12), location.span.start)
            # "withdrew from their last positions in southern Lebanon"
            or (
                0 <= location.span.start - trigger.end <= 60
                and " from " in text[trigger.end : location.span.start]
                and text.endswith(" in ", 0, location.span.start)
            )
        )
    ):
        # "French forces withdrew from Mali", "their withdrawal from the country": the state
        # they leave is the recipient
        recipient = _of_country(location.country, None, "state")
    if (
        kind is T.COOPERATE
        and actor is not None
        and _JOINT_MILITARY.match(text, trigger.start, trigger.end)
        and not (recipient is not None and _with_partner(text, trigger, recipient))
        and not _conjuncts(text, actors, actor)
    ):
        # "the PLA launched joint combat readiness patrols around Taiwan": one side's services
        # acting together, no partner: a show of force (mobilize.drills), not cooperation
        kind, mode = T.MOBILIZE, (Mode.TROOPS,)
    if kind is T.MOBILIZE and _AS_WARNING.search(
        text, trigger.end, min(sentence.end, trigger.end + 200)
    ):
        # "staged drills around Taiwan, which Beijing described as a 'stern warning'": a show
        # of force as a warning is a threat (PLOVER THREATEN)
        kind, mode = T.THREATEN, ()
    unnamed: str | None = None
    if (
        kind is T.ASSAULT
        and actor is None
        and recipient is not None
        and not nominal
        and rule.id != "assault.clash"
        and (where or focus_country)
    ):
        # "A roadside bomb near Samarra killed a U.S. soldier": attackers the text does not
        # name; filled in after merging (_unnamed_attackers), if nothing names them by then
        unnamed = where or focus_country
    if kind is rule.type and mode == rule.mode and rule.cameo:
        code = rule.cameo
    else:
        code = default_cameo(kind, mode[0] if mode else None)
    quad, goldstein, acled = _code_tables(kind, mode, code, actor, recipient)
    start, end = _trim(text, clause.start, clause.end)
    confidence = (
        rule.confidence - (0.1 if modality != "done" else 0.0) - (0.1 if actor is None else 0.0)
    )
    return _Candidate(
        type=kind,
        trigger=trigger,
        # A trigger may run over a clause cut ("met with X ..."): the evidence always holds it.
        start=min(start, trigger.start),
        end=max(end, trigger.end),
        rule=rule.id if kind is rule.type else f"{rule.id}/{modality}",
        mode=mode,
        context=rule.context,
        cameo=code,
        quad_class=quad,
        goldstein=goldstein,
        acled=acled,
        actor=actor,
        recipient=recipient,
        location=location,
        date=date,
        fatalities=fatalities,
        injuries=injuries,
        quantities=quantities,
        confidence=round(max(0.05, min(1.0, confidence)), 2),
        unnamed=unnamed,
    )


class _Candidate(NamedTuple):
    """An event as the engine finds it: an Event's fields without the objects only the final
    record needs (id, trigger text, evidence span), which ``_finish`` adds once per event that
    survives merging."""

    type: EventType
    trigger: Span
    start: int
    end: int
    rule: str
    mode: tuple[Mode, ...]
    context: tuple[Context, ...]
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    acled: AcledType | None
    actor: Actor | None
    recipient: Actor | None
    location: Location | None
    date: EventDate | None
    fatalities: Quantity | None
    injuries: Quantity | None
    quantities: tuple[Quantity, ...]
    confidence: float
    # 0 for the event as found; k for its copy with the k-th coordinated participant
    # ("Russia and China vetoed": one event per vetoing state)
    part: int = 0
    # the country of attackers the text does not name ("a roadside bomb killed ..."), if any
    unnamed: str | None = None


def _finish(text: str, digest: str, c: _Candidate) -> Event:
    span = Span(c.start, c.end)
    return Event(
        id=_event_id(digest, span, c.type, c.trigger, c.part),
        type=c.type,
        trigger=TextSpan(text[c.trigger.start : c.trigger.end], c.trigger),
        span=span,
        rule=c.rule,
        mode=c.mode,
        context=c.context,
        cameo=c.cameo,
        quad_class=c.quad_class,
        goldstein=c.goldstein,
        acled=c.acled,
        actor=c.actor,
        recipient=c.recipient,
        location=c.location,
        date=c.date,
        fatalities=c.fatalities,
        injuries=c.injuries,
        quantities=c.quantities,
        confidence=c.confidence,
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,;:-–—\t\n":
        start += 1
    while end > start and text[end - 1] in " ,;:-–—\t\n":
        end -= 1
    return start, end


_STATELESS_KINDS: Final = frozenset(
    {"international organization", "organization", "organisation", "group", "place", "unknown"}
)


def _regional(text: str, actor: Actor | None) -> bool:
    """Whether a country-less actor is named by a region ("West African leaders", "Arab
    ministers"): many states, so the story's country is not theirs."""
    if actor is None or actor.country is not None or actor.span is None:
        return False
    start = actor.span.start
    return bool(
        _REGIONAL_OPEN.match(actor.text) or _REGIONAL_BEFORE.search(text, max(0, start - 30), start)
    )


def _opening_place(text: str, places: Sequence[Location], sentence: Span) -> str | None:
    """The country of the place a sentence opens with, "In <place>," (None if none)."""
    for place in places:
        if place.span is None or place.span.start < sentence.start + 3:
            continue
        if place.span.start > sentence.start + 3:
            break
        if text.startswith(",", place.span.end) and place.country:
            return place.country
    return None


def _with_focus(actor: Actor | None, country: str) -> Actor | None:
    """Give a country-less domestic actor ("troops", "ethnic Albanians") the story's country."""
    if actor is None or actor.country is not None or not country:
        return actor
    if actor.sector in (Sector.IGO, Sector.UNO, Sector.EUR, Sector.NGO, Sector.IMG, Sector.MNC):
        return actor
    if actor.code is not None and actor.code[:3] in ("IGO", "NGO", "IMG", "MNC"):
        return actor  # the head of an organisation ("Secretary-General Antonio Guterres")
    if actor.sector is None and (actor.kind or "unknown") in _STATELESS_KINDS:
        return actor
    code = f"{country}{actor.sector.value}" if actor.sector is not None else country
    return replace(actor, country=country, code=code)
