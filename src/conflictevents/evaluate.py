"""Score the events ``parse`` produces against hand-made gold files (docs/evaluation.md).

Two gold formats, detected from the records' keys:

- **articles** (JSON object, JSON list or JSON Lines): ``{id, published, text, events: [{type,
  actor, actor_country, target, target_country, place, place_country, date, fatalities, evidence,
  also?, required?}]}``. A produced event matches a gold event when the PLOVER types agree and its
  ``span`` overlaps the gold evidence (or an ``also`` text) where that text occurs in the article.
  Matching is one-to-one and greedy (see ``match_events``).
- **sentences** (PLOVER gold-standard style, JSON Lines): ``{id, text, event, expected: [{source,
  target, code}]}``. Scored per sentence: the set of predicted PLOVER types against the gold type,
  and (type, actor country, recipient country) triples against ``expected``.

The parse function is injectable (``parse_fn``); by default ``conflictevents.pipeline.parse`` is
imported on first use.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

import attrs
import regex

from .codes.iso3166 import ALPHA3
from .codes.plover import EventType, event_type
from .errors import ArgumentValueError, ConflictEventsError, TableError
from .model import Actor, Document, Event, Span

__all__ = [
    "EvaluationReport",
    "GoldArticle",
    "GoldEvent",
    "ParseFn",
    "Scores",
    "SlotScore",
    "country_key",
    "evaluate_articles",
    "evaluate_file",
    "evaluate_sentences",
    "load_gold",
    "locate",
    "match_events",
]

NONE = "-"  # the confusion-table label for "no event"
SLOTS = ("actor", "actor_country", "target", "target_country", "place", "place_country", "date",
         "fatalities")
_OCCURRENCES = 20  # bound on how many places one evidence text is searched for


class ParseFn(Protocol):
    """What ``evaluate_*`` calls: ``conflictevents.parse`` or any function like it."""

    def __call__(self, text: str, published: str | None, /) -> Document: ...


def _default_parse() -> ParseFn:
    from .pipeline import parse  # lazy: the pipeline loads its tables on first use

    return parse


# --- scores --------------------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float:
    # Nothing to get wrong counts as perfect: no predictions -> precision 1, no gold -> recall 1.
    return num / den if den else 1.0


@attrs.frozen(slots=True)
class Scores:
    """True positives, false positives and false negatives, with P, R and F1 derived from them.

    >>> s = Scores(tp=8, fp=2, fn=4)
    >>> (s.precision, round(s.recall, 3), round(s.f1, 3))
    (0.8, 0.667, 0.727)
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


@attrs.frozen(slots=True)
class SlotScore:
    """How often a slot was right on matched events where the gold gives it."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": self.accuracy}


# --- gold records --------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class GoldEvent:
    """One gold event of an article; ``spans`` are where its evidence texts occur."""

    type: EventType
    evidence: str
    spans: tuple[Span, ...] = ()
    also: tuple[str, ...] = ()
    required: bool = True
    actor: str | None = None
    actor_country: str | None = None
    target: str | None = None
    target_country: str | None = None
    place: str | None = None
    place_country: str | None = None
    date: str | None = None
    date_precision: str | None = None
    fatalities: Any = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type.value, "evidence": self.evidence, "also": list(self.also),
            "required": self.required, "actor": self.actor, "actor_country": self.actor_country,
            "target": self.target, "target_country": self.target_country, "place": self.place,
            "place_country": self.place_country, "date": self.date,
            "fatalities": self.fatalities, "spans": [s.to_list() for s in self.spans],
        }


@attrs.frozen(slots=True)
class GoldArticle:
    """A gold article: its text, publication date and gold events."""

    id: str
    text: str
    published: str | None = None
    events: tuple[GoldEvent, ...] = ()


def locate(text: str, needle: str) -> tuple[Span, ...]:
    """Where ``needle`` occurs in ``text``: exactly, else ignoring case and runs of whitespace.

    >>> locate("Taliban  fighters attacked", "taliban fighters")
    (Span(start=0, end=17),)
    """
    needle = needle.strip()
    if not needle:
        return ()
    spans: list[Span] = []
    start = text.find(needle)
    while start >= 0 and len(spans) < _OCCURRENCES:
        spans.append(Span(start, start + len(needle)))
        start = text.find(needle, start + 1)
    if spans:
        return tuple(spans)
    words = needle.split()
    # Escaped words joined by possessive whitespace runs: linear, no backtracking.
    pattern = regex.compile(r"\s++".join(regex.escape(w) for w in words), regex.IGNORECASE)
    for m in pattern.finditer(text):
        spans.append(Span(m.start(), m.end()))
        if len(spans) >= _OCCURRENCES:
            break
    return tuple(spans)


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _gold_event(raw: Any, text: str, where: str, row: int) -> GoldEvent:
    if not isinstance(raw, Mapping):
        raise TableError(where, "a gold event must be an object", row=row)
    try:
        etype = event_type(str(raw.get("type", "")))
    except ValueError as err:
        raise TableError(where, str(err), row=row, field="type") from None
    evidence = _opt_str(raw.get("evidence"))
    if evidence is None:
        raise TableError(where, "a gold event needs its evidence text", row=row, field="evidence")
    also = tuple(s for s in (_opt_str(a) for a in raw.get("also") or ()) if s)
    spans = tuple(sp for needle in (evidence, *also) for sp in locate(text, needle))
    return GoldEvent(
        type=etype,
        evidence=evidence,
        spans=spans,
        also=also,
        required=raw.get("required", True) is not False,
        actor=_opt_str(raw.get("actor")),
        actor_country=_gold_country(raw.get("actor_country")),
        target=_opt_str(raw.get("target")),
        target_country=_gold_country(raw.get("target_country")),
        place=_opt_str(raw.get("place")),
        place_country=_gold_country(raw.get("place_country")),
        date=_opt_str(raw.get("date")),
        date_precision=_opt_str(raw.get("date_precision")),
        fatalities=raw.get("fatalities"),
    )


def _gold_article(raw: Mapping[str, Any], where: str, row: int, base: Path | None) -> GoldArticle:
    text = raw.get("text")
    if text is None and raw.get("source") and base is not None:
        # A gold file may point at its article instead of embedding it.
        text = (base / str(raw["source"])).read_text(encoding="utf-8")
    if not isinstance(text, str):
        raise TableError(where, "an article needs its text", row=row, field="text")
    events = raw.get("events") or ()
    if not isinstance(events, Sequence) or isinstance(events, str):
        raise TableError(where, "events must be a list", row=row, field="events")
    return GoldArticle(
        id=str(raw.get("id", row)),
        text=text,
        published=_opt_str(raw.get("published")),
        events=tuple(_gold_event(e, text, where, row) for e in events),
    )


# --- country codes -------------------------------------------------------------------------------

#: Non-ISO country codes found in CAMEO-era gold data, and the ISO 3166 code they stand for.
COUNTRY_ALIASES: dict[str, str] = {"JAP": "JPN", "ITL": "ITA", "KOS": "XKX", "KSV": "XKX"}
#: Non-state "country" codes; UNO and EUR count as IGO because gold files code the UN and the EU
#: both ways.
NON_STATE: dict[str, str] = {
    "IGO": "IGO", "UNO": "IGO", "EUR": "IGO",
    "NGO": "NGO", "ISM": "ISM", "IMG": "IMG", "MNC": "MNC",
}


def _norm_country(code: str | None) -> str | None:
    if not code:
        return None
    head = code.strip().upper()[:3]
    if head in NON_STATE:
        return NON_STATE[head]
    head = COUNTRY_ALIASES.get(head, head)
    return head if head in ALPHA3 else None


def _gold_country(value: Any) -> str | None:
    return _norm_country(value) if isinstance(value, str) else None


def country_key(actor: Actor | None) -> str | None:
    """The country an actor counts as when triples are compared (docs/evaluation.md).

    ISO3 country first; else a non-state code (IGO, NGO, IMG, ...) from the actor code or sector.

    >>> country_key(Actor(name="UN", code="IGOUNO")), country_key(Actor(name="Iran", country="IRN"))
    ('IGO', 'IRN')
    """
    if actor is None:
        return None
    if actor.country:
        return _norm_country(actor.country)
    for candidate in (actor.code, actor.sector.value if actor.sector else None):
        if candidate and candidate[:3].upper() in NON_STATE:
            return NON_STATE[candidate[:3].upper()]
    return None


# --- matching ------------------------------------------------------------------------------------


def _overlap(span: Span, spans: Iterable[Span]) -> int:
    return max((min(span.end, s.end) - max(span.start, s.start) for s in spans), default=0)


def _pair_key(pred: Event, gold: GoldEvent) -> tuple[int, int] | None:
    overlap = _overlap(pred.span, gold.spans)
    if overlap <= 0:
        return None
    trigger_inside = any(s.contains(pred.trigger.span) for s in gold.spans)
    return (int(trigger_inside), overlap)


def match_events(
    gold: Sequence[GoldEvent], predicted: Sequence[Event], *, same_type: bool = True
) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, chosen greedily.

    Candidates are pairs whose predicted ``span`` overlaps a located gold evidence text (and whose
    types agree when ``same_type``). They are taken best first: the predicted trigger inside the
    evidence first, then the larger overlap in characters, then required gold events before
    optional ones, then text order; a pair is kept when neither side is taken yet.
    """
    candidates: list[tuple[tuple[int, int, int, int, int], int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if same_type and p.type is not g.type:
                continue
            key = _pair_key(p, g)
            if key is not None:
                candidates.append(((-key[0], -key[1], int(not g.required), gi, pi), gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


# --- slot comparison -----------------------------------------------------------------------------


def _fold(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def _name_ok(gold: str, obj: Actor | Any) -> bool:
    if obj is None:
        return False
    g = _fold(gold)
    for candidate in (getattr(obj, "text", ""), getattr(obj, "name", "")):
        c = _fold(candidate)
        if c and (g in c or c in g):
            return True
    return False


def _date_ok(gold: GoldEvent, pred: Event) -> bool:
    if pred.date is None or pred.date.start is None or pred.date.end is None:
        return False
    try:
        day = dt.date.fromisoformat(gold.date or "")
    except ValueError:
        return False
    if gold.date_precision in (None, "day"):
        return pred.date.start == day == pred.date.end
    return pred.date.start <= day <= pred.date.end


def _count(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _fatalities_ok(gold: Any, pred: Event) -> bool:
    if pred.fatalities is None:
        return False
    q = pred.fatalities
    value = _count(q.best) if q.best is not None else _count(q.low)
    if value is None:
        return False
    if isinstance(gold, Mapping):
        best = _count(gold.get("best")) if gold.get("best") is not None else None
        if best is not None:
            return value == best
        low, high = _count(gold.get("low")), _count(gold.get("high"))
        return (low is None or value >= low) and (high is None or value <= high)
    number = _count(gold)
    return number is not None and value == number


def _slot_results(gold: GoldEvent, pred: Event) -> dict[str, bool]:
    """Slot -> correct?, for the slots the gold gives a value for."""
    out: dict[str, bool] = {}
    if gold.actor is not None:
        out["actor"] = _name_ok(gold.actor, pred.actor)
    if gold.actor_country is not None:
        out["actor_country"] = country_key(pred.actor) == gold.actor_country
    if gold.target is not None:
        out["target"] = _name_ok(gold.target, pred.recipient)
    if gold.target_country is not None:
        out["target_country"] = country_key(pred.recipient) == gold.target_country
    if gold.place is not None:
        out["place"] = _name_ok(gold.place, pred.location)
    if gold.place_country is not None:
        loc = pred.location
        out["place_country"] = loc is not None and _norm_country(loc.country) == gold.place_country
    if gold.date is not None:
        out["date"] = _date_ok(gold, pred)
    if gold.fatalities is not None:
        out["fatalities"] = _fatalities_ok(gold.fatalities, pred)
    return out


# --- the report ----------------------------------------------------------------------------------


@attrs.frozen
class EvaluationReport:
    """What one evaluation run measured: ``to_dict()`` for machines, ``format_text()`` for people.

    For articles, ``events`` scores matched events; for sentences it scores predicted types per
    sentence and ``triples`` scores (type, actor country, recipient country).
    """

    format: str
    documents: int
    events: Scores
    per_type: Mapping[str, Scores]
    confusion: Mapping[str, Mapping[str, int]]
    slots: Mapping[str, SlotScore] = attrs.field(factory=dict)
    triples: Scores | None = None
    gold_events: int = 0
    gold_required: int = 0
    predicted_events: int = 0
    misses: tuple[Mapping[str, Any], ...] = ()
    spurious: tuple[Mapping[str, Any], ...] = ()
    warnings: tuple[str, ...] = ()
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "source": self.source,
            "documents": self.documents,
            "gold_events": self.gold_events,
            "gold_required": self.gold_required,
            "predicted_events": self.predicted_events,
            "events": self.events.to_dict(),
            "triples": None if self.triples is None else self.triples.to_dict(),
            "per_type": {k: v.to_dict() for k, v in sorted(self.per_type.items())},
            "confusion": {
                g: dict(sorted(row.items())) for g, row in sorted(self.confusion.items())
            },
            "slots": {k: v.to_dict() for k, v in self.slots.items()},
            "misses": [dict(m) for m in self.misses],
            "spurious": [dict(s) for s in self.spurious],
            "warnings": list(self.warnings),
        }

    def format_text(self, *, max_items: int = 50) -> str:
        """A plain-text rendering: headline figures, per-type table, confusion, slots, errors."""
        out: list[str] = []
        what = "sentences" if self.format == "sentences" else "articles"
        out.append(
            f"conflictevents evaluation ({self.format}): {self.documents} {what}, "
            f"{self.gold_events} gold events ({self.gold_required} required), "
            f"{self.predicted_events} predicted"
        )
        if self.source:
            out.append(f"gold: {self.source}")
        label = "types" if self.format == "sentences" else "events"
        out.append("")
        out.append(_score_line(label, self.events))
        if self.triples is not None:
            out.append(_score_line("triples", self.triples))
        out.append("")
        out.append(f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'TP':>4} {'FP':>4} {'FN':>4}")
        for name, s in sorted(self.per_type.items()):
            out.append(
                f"{name:<10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                f"{s.tp:4d} {s.fp:4d} {s.fn:4d}"
            )
        if self.confusion:
            cols = sorted({c for row in self.confusion.values() for c in row})
            out.append("")
            out.append("confusion (rows gold, columns predicted; - = none)")
            out.append(" " * 10 + "".join(f"{c[:5]:>6}" for c in cols))
            for g, row in sorted(self.confusion.items()):
                out.append(f"{g:<10}" + "".join(f"{row.get(c, 0) or '.':>6}" for c in cols))
        if self.slots:
            out.append("")
            out.append("slots on matched events (where the gold gives a value)")
            for name, slot in self.slots.items():
                acc = "   n/a" if slot.accuracy is None else f"{slot.accuracy:6.3f}"
                out.append(f"  {name:<15} {acc}  ({slot.correct}/{slot.total})")
        for title, items in (("misses", self.misses), ("spurious", self.spurious)):
            if not items:
                continue
            out.append("")
            out.append(f"{title} ({len(items)})")
            for item in items[:max_items]:
                out.append(f"  [{item.get('id')}] {item.get('type')}: {item.get('text')!r}")
            if len(items) > max_items:
                out.append(f"  ... {len(items) - max_items} more")
        for w in self.warnings:
            out.append(f"warning: {w}")
        return "\n".join(out) + "\n"


def _score_line(label: str, s: Scores) -> str:
    return (
        f"{label:<8} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
        f"(TP {s.tp}, FP {s.fp}, FN {s.fn})"
    )


def _run(parse_fn: ParseFn, text: str, published: str | None, ident: str,
         warnings: list[str]) -> tuple[Event, ...]:
    try:
        return tuple(parse_fn(text, published).events)
    except ConflictEventsError as err:
        # One unparseable record must not sink the whole run; it scores as no predictions.
        warnings.append(f"{ident}: parse failed: {err}")
        return ()


# --- articles ------------------------------------------------------------------------------------


def evaluate_articles(
    records: Iterable[GoldArticle | Mapping[str, Any]],
    *,
    parse_fn: ParseFn | None = None,
    source: str | None = None,
) -> EvaluationReport:
    """Score ``parse_fn`` on gold articles (GoldArticle objects or their JSON dicts).

    >>> from conflictevents.model import Document, Article, Event
    >>> gold = {"id": "a", "text": "Rebels attacked Goma.",
    ...         "events": [{"type": "ASSAULT", "evidence": "Rebels attacked Goma"}]}
    >>> def stub(text, published=None):
    ...     e = Event(id="1", type="ASSAULT", trigger={"text": "attacked", "span": [7, 15]},
    ...               span=[0, 20], rule="stub")
    ...     return Document(article=Article(text=text), events=(e,))
    >>> evaluate_articles([gold], parse_fn=stub).events.f1
    1.0
    """
    parse = parse_fn or _default_parse()
    articles = [
        r if isinstance(r, GoldArticle) else _gold_article(r, source or "gold", i, None)
        for i, r in enumerate(records)
    ]
    totals = Scores()
    per_type: dict[str, Scores] = {}
    confusion: dict[str, dict[str, int]] = {}
    slot_correct: dict[str, int] = dict.fromkeys(SLOTS, 0)
    slot_total: dict[str, int] = dict.fromkeys(SLOTS, 0)
    misses: list[dict[str, Any]] = []
    spurious: list[dict[str, Any]] = []
    warnings: list[str] = []
    n_gold = n_required = n_pred = 0

    def bump(table: dict[str, Scores], key: str, s: Scores) -> None:
        table[key] = table.get(key, Scores()) + s

    def cell(gold_label: str, pred_label: str) -> None:
        row = confusion.setdefault(gold_label, {})
        row[pred_label] = row.get(pred_label, 0) + 1

    for art in articles:
        for gi, g in enumerate(art.events):
            if not g.spans:
                warnings.append(f"{art.id}: gold event {gi} ({g.type.value}): evidence not found "
                                f"in the text: {g.evidence!r}")
        events = _run(parse, art.text, art.published, art.id, warnings)
        n_gold += len(art.events)
        n_required += sum(1 for g in art.events if g.required)
        n_pred += len(events)
        pairs = match_events(art.events, events)
        matched_gold = {gi for gi, _ in pairs}
        matched_pred = {pi for _, pi in pairs}
        for gi, pi in pairs:
            g, p = art.events[gi], events[pi]
            totals += Scores(tp=1)
            bump(per_type, g.type.value, Scores(tp=1))
            cell(g.type.value, p.type.value)
            for slot, ok in _slot_results(g, p).items():
                slot_total[slot] += 1
                slot_correct[slot] += int(ok)
        # Cross-type pairs by span alone feed the confusion table (and only it).
        rest_gold = [gi for gi in range(len(art.events)) if gi not in matched_gold]
        rest_pred = [pi for pi in range(len(events)) if pi not in matched_pred]
        cross = match_events([art.events[i] for i in rest_gold], [events[i] for i in rest_pred],
                             same_type=False)
        crossed_gold = {rest_gold[a] for a, _ in cross}
        crossed_pred = {rest_pred[b] for _, b in cross}
        for a, b in cross:
            cell(art.events[rest_gold[a]].type.value, events[rest_pred[b]].type.value)
        for gi in rest_gold:
            g = art.events[gi]
            if not g.required:
                continue  # an optional gold event nobody produced costs nothing
            totals += Scores(fn=1)
            bump(per_type, g.type.value, Scores(fn=1))
            if gi not in crossed_gold:
                cell(g.type.value, NONE)
            misses.append({"id": art.id, "type": g.type.value, "text": g.evidence,
                           "gold": g.to_dict()})
        for pi in rest_pred:
            p = events[pi]
            totals += Scores(fp=1)
            bump(per_type, p.type.value, Scores(fp=1))
            if pi not in crossed_pred:
                cell(NONE, p.type.value)
            spurious.append({"id": art.id, "type": p.type.value, "text": p.span.slice(art.text),
                             "trigger": p.trigger.text, "rule": p.rule,
                             "signature": p.signature()})
    return EvaluationReport(
        format="articles",
        source=source,
        documents=len(articles),
        events=totals,
        per_type=per_type,
        confusion=confusion,
        slots={s: SlotScore(slot_correct[s], slot_total[s]) for s in SLOTS},
        gold_events=n_gold,
        gold_required=n_required,
        predicted_events=n_pred,
        misses=tuple(misses),
        spurious=tuple(spurious),
        warnings=tuple(warnings),
    )


# --- sentences -----------------------------------------------------------------------------------


def _sentence_type(name: Any) -> EventType | None:
    try:
        return event_type(str(name))
    except ValueError:
        return None


def evaluate_sentences(
    records: Iterable[Mapping[str, Any]],
    *,
    parse_fn: ParseFn | None = None,
    source: str | None = None,
) -> EvaluationReport:
    """Score ``parse_fn`` on PLOVER-GSR-style sentence records.

    >>> from conflictevents.model import Document, Article, Event
    >>> rec = {"id": "s1", "text": "Iran condemned the raid.", "event": "DISAPPROVE",
    ...        "expected": [{"source": "IRN", "target": "", "code": "DISAPPROVE"}]}
    >>> def stub(text, published=None):
    ...     e = Event(id="1", type="ACCUSE", trigger={"text": "condemned", "span": [5, 14]},
    ...               span=[0, 24], rule="stub", actor={"name": "Iran", "country": "IRN"})
    ...     return Document(article=Article(text=text), events=(e,))
    >>> r = evaluate_sentences([rec], parse_fn=stub)
    >>> r.events.f1, r.triples.f1
    (1.0, 1.0)
    """
    parse = parse_fn or _default_parse()
    totals = Scores()
    triples = Scores()
    per_type: dict[str, Scores] = {}
    confusion: dict[str, dict[str, int]] = {}
    misses: list[dict[str, Any]] = []
    spurious: list[dict[str, Any]] = []
    warnings: list[str] = []
    n_docs = n_gold = n_pred = 0

    def bump(key: str, s: Scores) -> None:
        per_type[key] = per_type.get(key, Scores()) + s

    for i, rec in enumerate(records):
        ident = str(rec.get("id", i))
        text = rec.get("text")
        gold_type = _sentence_type(rec.get("event"))
        if not isinstance(text, str) or gold_type is None:
            warnings.append(f"{ident}: skipped: needs a text and a known PLOVER event type")
            continue
        n_docs += 1
        n_gold += 1
        events = _run(parse, text, None, ident, warnings)
        n_pred += len(events)
        predicted = {e.type for e in events}
        gold = {gold_type}
        for t in predicted & gold:
            bump(t.value, Scores(tp=1))
        for t in predicted - gold:
            bump(t.value, Scores(fp=1))
            spurious.append({"id": ident, "type": t.value, "text": text})
        for t in gold - predicted:
            bump(t.value, Scores(fn=1))
            misses.append({"id": ident, "type": t.value, "text": text})
        totals += Scores(len(predicted & gold), len(predicted - gold), len(gold - predicted))
        row = confusion.setdefault(gold_type.value, {})
        for label in sorted(t.value for t in predicted) or [NONE]:
            row[label] = row.get(label, 0) + 1
        gold_triples = set()
        for exp in rec.get("expected") or ():
            t2 = _sentence_type(exp.get("code", rec.get("event")))
            if t2 is not None:
                gold_triples.add((t2, _gold_country(exp.get("source")),
                                  _gold_country(exp.get("target"))))
        pred_triples = {(e.type, country_key(e.actor), country_key(e.recipient)) for e in events}
        triples += Scores(len(pred_triples & gold_triples), len(pred_triples - gold_triples),
                          len(gold_triples - pred_triples))
    return EvaluationReport(
        format="sentences",
        source=source,
        documents=n_docs,
        events=totals,
        per_type=per_type,
        confusion=confusion,
        triples=triples,
        gold_events=n_gold,
        gold_required=n_gold,
        predicted_events=n_pred,
        misses=tuple(misses),
        spurious=tuple(spurious),
        warnings=tuple(warnings),
    )


# --- files ---------------------------------------------------------------------------------------


def _kind(record: Any) -> str:
    if isinstance(record, Mapping):
        if "events" in record:
            return "articles"
        if "expected" in record or "event" in record:
            return "sentences"
    return "unknown"


def _read_records(path: Path) -> list[Any]:
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise TableError(str(path), f"not UTF-8 text: {err.reason}") from None
    stripped = raw.lstrip()
    if not stripped:
        return []
    if stripped[0] == "[" or (stripped[0] == "{" and path.suffix.lower() == ".json"):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as err:
            raise TableError(str(path), f"invalid JSON: {err.msg}", row=err.lineno) from None
        return list(data) if isinstance(data, list) else [data]
    records: list[Any] = []
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise TableError(str(path), f"invalid JSON: {err.msg}", row=lineno) from None
    return records


def load_gold(path: str | Path) -> tuple[str, list[Any]]:
    """Read a gold file (or every ``*.json``/``*.jsonl`` in a directory) and detect its format.

    Returns ``("articles" | "sentences", records)``; articles come back as ``GoldArticle``.
    """
    path = Path(path)
    files = sorted(p for p in path.iterdir() if p.suffix.lower() in (".json", ".jsonl")) \
        if path.is_dir() else [path]
    kinds: set[str] = set()
    records: list[Any] = []
    for f in files:
        for i, rec in enumerate(_read_records(f)):
            kind = _kind(rec)
            if kind == "unknown":
                raise TableError(str(f), "neither a gold article (events) nor a gold sentence "
                                 "(event, expected)", row=i)
            kinds.add(kind)
            records.append(_gold_article(rec, str(f), i, f.parent) if kind == "articles" else rec)
    if len(kinds) > 1:
        raise TableError(str(path), "mixes gold articles and gold sentences")
    if not kinds:
        raise ArgumentValueError("path", f"{path} holds no gold records")
    return kinds.pop(), records


def evaluate_file(path: str | Path, *, parse_fn: ParseFn | None = None) -> EvaluationReport:
    """Score ``parse_fn`` (default ``conflictevents.parse``) on a gold file, format auto-detected.

    >>> report = evaluate_file("seeds/000_49d2b188e1fd5a98.gold.json")  # doctest: +SKIP
    >>> print(report.format_text())  # doctest: +SKIP
    """
    kind, records = load_gold(path)
    if kind == "articles":
        return evaluate_articles(records, parse_fn=parse_fn, source=str(path))
    return evaluate_sentences(records, parse_fn=parse_fn, source=str(path))
