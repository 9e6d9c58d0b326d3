"""A self-contained HTML page that explains a parse: the article with its mentions highlighted and
every event listed with its rule, trigger, slots and confidence, each clickable to its sentence.

The page has inline CSS and JavaScript only (no network), escapes every piece of input text, and
copes with overlapping and crossing spans: the text is cut at every span boundary and each piece
carries the ids of all the mentions and events that cover it.

>>> from conflictevents.model import Article, Document
>>> page = explain_html(Document(article=Article(text="Talks <failed>.")), title="demo")
>>> page.startswith("<!DOCTYPE html>") and "Talks &lt;failed&gt;." in page
True
"""

from __future__ import annotations

import html
from typing import Final, NamedTuple

from .model import Actor, Document, Event, EventDate, Location, Quantity, Span

__all__ = ["KINDS", "explain_html", "write_explanation"]

#: Highlight kinds in priority order (the first one covering a piece of text gives its colour),
#: with their legend label and colour.
KINDS: Final[tuple[tuple[str, str, str], ...]] = (
    ("trigger", "event trigger", "#ffd54f"),
    ("actor", "actor", "#90caf9"),
    ("place", "place", "#a5d6a7"),
    ("date", "date", "#ce93d8"),
    ("casualty", "casualties", "#ef9a9a"),
    ("quantity", "quantity", "#ffcc80"),
)
_PRIORITY: Final = {kind: i for i, (kind, _, _) in enumerate(KINDS)}


class _Mark(NamedTuple):
    kind: str
    start: int
    end: int
    mid: str
    title: str


def _clean(text: str) -> str:
    """Replace lone surrogates and control characters one-for-one, so offsets still hold."""
    return "".join(
        "\ufffd"
        if ("\ud800" <= ch <= "\udfff") or (ord(ch) < 32 and ch not in "\t\n\r") or ch == "\x7f"
        else ch
        for ch in text
    )


def _esc(value: object) -> str:
    return html.escape(_clean(str(value)), quote=True)


def _actor_title(a: Actor) -> str:
    parts = [a.name, a.code or "", a.kind or ""]
    return " · ".join(p for p in parts if p)


def _place_title(p: Location) -> str:
    where = ", ".join(x for x in (p.name, p.admin1 or "", p.country or "") if x)
    coords = f" ({p.lat:.4f}, {p.lon:.4f})" if p.lat is not None and p.lon is not None else ""
    return where + coords


def _date_title(d: EventDate) -> str:
    if d.start is None:
        return f"unresolved: {d.reason}" if d.reason else "unresolved"
    when = d.start.isoformat() if d.start == d.end else f"{d.start} – {d.end}"
    precision = d.precision.value if d.precision else ""
    return f"{when} ({precision}){' · ' + d.reason if d.reason else ''}"


def _count(q: Quantity) -> str:
    if q.low is not None and q.low == q.best and q.high is None:
        value = f"≥{q.best}"
    else:
        value = "–".join(str(v) for v in (q.low, q.best, q.high) if v is not None) or "?"
    return f"{value} {q.unit or ''}".strip()


def _marks(doc: Document) -> list[_Mark]:
    """Every highlight: the document's mentions, then any event slot not among them."""
    marks: list[_Mark] = []
    seen: set[tuple[str, int, int]] = set()

    def add(kind: str, span: Span | None, title: str) -> None:
        if span is None or (kind, span.start, span.end) in seen:
            return
        seen.add((kind, span.start, span.end))
        marks.append(_Mark(kind, span.start, span.end, f"m{len(marks)}", f"{kind}: {title}"))

    for a in doc.actors:
        add("actor", a.span, _actor_title(a))
    for p in doc.places:
        add("place", p.span, _place_title(p))
    for d in doc.dates:
        add("date", d.span, _date_title(d))
    for c in doc.casualties:
        add("casualty", c.span, f"{c.kind.value} {_count(c.count)}")
    for q in doc.quantities:
        add("quantity", q.span, _count(q))
    for ev in doc.events:
        add("trigger", ev.trigger.span, f"{ev.type.value} ({ev.rule})")
        for actor in (ev.actor, ev.recipient):
            if actor is not None:
                add("actor", actor.span, _actor_title(actor))
        if ev.location is not None:
            add("place", ev.location.span, _place_title(ev.location))
        if ev.date is not None:
            add("date", ev.date.span, _date_title(ev.date))
        for count in (ev.fatalities, ev.injuries, *ev.quantities):
            if count is not None:
                add("quantity", count.span, _count(count))
    return marks


def _article_html(text: str, marks: list[_Mark], events: tuple[Event, ...]) -> str:
    n = len(text)
    # (kind or None for an event span, id, title, start, end), clipped to the text
    layers: list[tuple[str | None, str, str, int, int]]
    layers = [(m.kind, m.mid, m.title, min(m.start, n), min(m.end, n)) for m in marks]
    layers += [(None, f"ev{i}", "", min(e.span.start, n), min(e.span.end, n))
               for i, e in enumerate(events)]  # fmt: skip
    opens: dict[int, list[int]] = {}
    closes: dict[int, list[int]] = {}
    anchors: dict[int, list[str]] = {}
    for i, (kind, lid, _, s, e) in enumerate(layers):
        if kind is None:
            anchors.setdefault(s, []).append(lid)
        if s < e:
            opens.setdefault(s, []).append(i)
            closes.setdefault(e, []).append(i)
    cuts = sorted({0, n, *opens, *closes})
    active: set[int] = set()
    out: list[str] = []
    # one sweep over the boundaries keeps long, mention-dense articles linear
    for a, b in zip(cuts, [*cuts[1:], n], strict=True):
        out.extend(f'<a class="anchor" id="at-{eid}"></a>' for eid in anchors.get(a, ()))
        active.difference_update(closes.get(a, ()))
        active.update(opens.get(a, ()))
        if a >= b:
            continue
        piece = _esc(text[a:b])
        if not active:
            out.append(piece)
            continue
        on = [layers[i] for i in sorted(active)]
        over = [x for x in on if x[0] is not None]
        evs = [x[1] for x in on if x[0] is None]
        kinds = sorted({str(x[0]) for x in over}, key=_PRIORITY.__getitem__)
        classes = ["seg", *(f"k-{k}" for k in kinds)] + (["in-event"] if evs else [])
        attrs = [f'class="{" ".join(classes)}"']
        if over:
            attrs.append(f'data-m="{" ".join(x[1] for x in over)}"')
            attrs.append(f'title="{_esc(" | ".join(x[2] for x in over))}"')
        if evs:
            attrs.append(f'data-ev="{" ".join(evs)}"')
        out.append(f"<span {' '.join(attrs)}>{piece}</span>")
    return "".join(out)


def _slot(label: str, value: str | None) -> str:
    if not value:
        return ""
    return f"<dt>{_esc(label)}</dt><dd>{value}</dd>"


def _actor_html(a: Actor | None) -> str | None:
    if a is None:
        return None
    code = f" <code>{_esc(a.code)}</code>" if a.code else ""
    said = f' <span class="said">“{_esc(a.text)}”</span>' if a.text and a.text != a.name else ""
    return f"{_esc(a.name)}{code}{said}"


def _event_html(i: int, ev: Event, text: str) -> str:
    modes = ", ".join(m.value for m in ev.mode)
    contexts = ", ".join(c.value for c in ev.context)
    codes = " · ".join(
        x
        for x in (
            f"CAMEO {ev.cameo}" if ev.cameo else "",
            f"quad {ev.quad_class}" if ev.quad_class is not None else "",
            f"Goldstein {ev.goldstein:g}" if ev.goldstein is not None else "",
        )
        if x
    )
    acled = ""
    if ev.acled is not None:
        acled = ev.acled.event_type + (
            f" / {ev.acled.sub_event_type}" if ev.acled.sub_event_type else ""
        )
    loc = ev.location
    evidence = " ".join(_clean(ev.span.slice(text)).split())
    slots = "".join(
        (
            _slot(
                "trigger",
                f"“{_esc(ev.trigger.text)}” [{ev.trigger.span.start}, {ev.trigger.span.end})",
            ),
            _slot("mode", _esc(modes)),
            _slot("context", _esc(contexts)),
            _slot("actor", _actor_html(ev.actor)),
            _slot("recipient", _actor_html(ev.recipient)),
            _slot("location", _esc(_place_title(loc)) if loc else None),
            _slot("date", _esc(_date_title(ev.date)) if ev.date else None),
            _slot("fatalities", _esc(_count(ev.fatalities)) if ev.fatalities else None),
            _slot("injuries", _esc(_count(ev.injuries)) if ev.injuries else None),
            _slot("codes", _esc(codes)),
            _slot("ACLED", _esc(acled)),
            _slot("sentence", f"<q>{_esc(evidence)}</q>"),
        )
    )
    return (
        f'<li class="event" id="ev{i}" data-ev="ev{i}" data-type="{_esc(ev.type.value)}" '
        f'tabindex="0"><a class="goto" href="#at-ev{i}">'
        f'<span class="type">{_esc(ev.type.value)}</span> '
        f'<span class="rule">{_esc(ev.rule)}</span> '
        f'<span class="conf">confidence {ev.confidence:.2f}</span></a>'
        f"<dl>{slots}</dl></li>"
    )


_CSS: Final = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:12px 20px;background:#263238;color:#fff}header h1{font-size:18px;margin:0}
header .meta{font-size:13px;opacity:.8}
main{display:flex;gap:16px;padding:16px;align-items:flex-start}
#article{flex:3;white-space:pre-wrap;background:#fff;padding:16px;border:1px solid #ddd;
 border-radius:6px;max-height:85vh;overflow:auto}
#events{flex:2;max-height:85vh;overflow:auto;margin:0;padding-left:24px}
.legend span{display:inline-block;padding:0 6px;margin-right:6px;border-radius:3px;color:#222}
.seg{border-radius:2px}.in-event{background:#eceff1}
.k-quantity{background:#ffcc80}.k-casualty{background:#ef9a9a}.k-date{background:#ce93d8}
.k-place{background:#a5d6a7}.k-actor{background:#90caf9}
.k-trigger{background:#ffd54f;font-weight:600;text-decoration:underline}
.seg.active{outline:2px solid #d32f2f}.in-event.active{box-shadow:0 2px 0 #d32f2f}
li.event{background:#fff;border:1px solid #ddd;border-radius:6px;padding:6px 10px;margin:0 0 8px;
 cursor:pointer}
li.event.active{border-color:#d32f2f;box-shadow:0 0 0 2px #ffcdd2}
li.event .type{font-weight:700}li.event .rule{font-family:monospace;font-size:13px;color:#555}
li.event .conf{font-size:12px;color:#777}li.event a.goto{color:inherit;text-decoration:none}
dl{display:grid;grid-template-columns:max-content 1fr;gap:0 10px;margin:6px 0 0;font-size:13px}
dt{color:#666}dd{margin:0}.said{color:#666}q{color:#444}
"""

_JS: Final = """
(function(){
  function show(id, scroll){
    document.querySelectorAll('.active').forEach(function(el){el.classList.remove('active');});
    var li = document.getElementById(id);
    if (li) li.classList.add('active');
    var segs = document.querySelectorAll('[data-ev~="' + id + '"]');
    segs.forEach(function(el){el.classList.add('active');});
    if (scroll && segs.length) segs[0].scrollIntoView({block: 'center', behavior: 'smooth'});
  }
  document.querySelectorAll('li.event').forEach(function(li){
    li.addEventListener('click', function(e){ e.preventDefault(); show(li.id, true); });
    li.addEventListener('keydown', function(e){ if (e.key === 'Enter') show(li.id, true); });
  });
  document.querySelectorAll('#article [data-ev]').forEach(function(seg){
    seg.addEventListener('click', function(){
      var id = seg.getAttribute('data-ev').split(' ')[0];
      show(id, false);
      var li = document.getElementById(id);
      if (li) li.scrollIntoView({block: 'nearest', behavior: 'smooth'});
    });
  });
  document.body.setAttribute('data-ready', '1');
})();
"""


def explain_html(document: Document, *, title: str | None = None) -> str:
    """Render ``document`` as a self-contained HTML page (inline CSS/JS, no network).

    Actors, places, dates, casualties and quantities are highlighted in distinct colours (with a
    legend; hover for the resolved value), event triggers are underlined, and every event is
    listed with its type, rule, confidence, trigger and slots. Clicking an event highlights and
    scrolls to its sentence; clicking a sentence selects its event. All text is escaped; lone
    surrogates and control characters show as U+FFFD so offsets stay aligned.

    >>> from conflictevents.model import Article, Document
    >>> "<ol id=\\"events\\">" in explain_html(Document(article=Article(text="x")))
    True
    """
    text = document.text
    marks = _marks(document)
    heading = title or document.source or "conflictevents explanation"
    meta = [f"{len(document.events)} events"]
    if document.published:
        meta.append(f"published {document.published.isoformat()}")
    if document.source:
        meta.append(f"source {document.source}")
    legend = "".join(
        f'<span class="k-{kind}" style="background:{colour}">{_esc(label)}</span>'
        for kind, label, colour in KINDS
    )
    events = "".join(_event_html(i, ev, text) for i, ev in enumerate(document.events))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(heading)}</title><style>{_CSS}</style></head>\n"
        f"<body><header><h1>{_esc(heading)}</h1>"
        f'<div class="meta">{_esc(" · ".join(meta))}</div>'
        f'<div class="legend">{legend}</div></header>\n'
        f'<main><div id="article">{_article_html(text, marks, document.events)}</div>\n'
        f'<ol id="events">{events}</ol></main>\n'
        f"<script>{_JS}</script></body></html>\n"
    )


def write_explanation(document: Document, path: str, *, title: str | None = None) -> None:
    """Write ``explain_html(document)`` to ``path`` as UTF-8.

    >>> import os, tempfile
    >>> from conflictevents.model import Article, Document
    >>> path = os.path.join(tempfile.mkdtemp(), "doc.html")
    >>> write_explanation(Document(article=Article(text="x")), path); os.path.getsize(path) > 0
    True
    """
    with open(path, "w", encoding="utf-8") as f:
        f.write(explain_html(document, title=title))
