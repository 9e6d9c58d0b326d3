"""explain_html: structure always (html.parser), rendering in headless Chromium when installed."""

from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from docfactory import sample_document
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictevents.explain import explain_html, write_explanation
from conflictevents.model import Actor, Article, Document, Event, Span, TextSpan

VOID = {"meta", "br", "img", "input", "link", "hr"}


class Page(HTMLParser):
    """Collects the article's text, the text under each mention id and the listed events."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.article: list[str] = []
        self.mentions: dict[str, list[str]] = {}
        self.event_text: dict[str, list[str]] = {}
        self.events: list[dict[str, str]] = []
        self.anchors: set[str] = set()
        self.scripts_with_src = 0
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "script" and "src" in a:
            self.scripts_with_src += 1
        for key in ("src", "href"):
            if key in a:
                self.links.append(a[key])
        if tag == "li" and "event" in a.get("class", "").split():
            self.events.append(a)
        if tag == "a" and a.get("class") == "anchor":
            self.anchors.add(a["id"])
        if tag not in VOID:
            self.stack.append((tag, a))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def in_article(self) -> bool:
        return any(a.get("id") == "article" for _, a in self.stack)

    def handle_data(self, data: str) -> None:
        if not self.in_article():
            return
        self.article.append(data)
        for _, a in self.stack:
            for mid in a.get("data-m", "").split():
                self.mentions.setdefault(mid, []).append(data)
            for eid in a.get("data-ev", "").split():
                self.event_text.setdefault(eid, []).append(data)


def read(page: str) -> Page:
    p = Page()
    p.feed(page)
    p.close()
    return p


DOC = sample_document()


def test_article_text_is_shown_whole_and_escaped() -> None:
    page = explain_html(DOC, title="<b>Sample</b>")
    assert "<the talks>" not in page and "<b>Sample</b>" not in page
    assert "&lt;the talks&gt; &amp; more" in page
    assert "".join(read(page).article) == DOC.text


def test_every_highlight_covers_exactly_its_span() -> None:
    p = read(explain_html(DOC))
    spans = [a.span for a in DOC.actors] + [x.span for x in DOC.places] + [
        d.span for d in DOC.dates] + [c.span for c in DOC.casualties] + [
        q.span for q in DOC.quantities] + [e.trigger.span for e in DOC.events]  # fmt: skip
    texts = {"".join(parts) for parts in p.mentions.values()}
    for span in spans:
        assert span is not None
        assert span.slice(DOC.text) in texts
    # the casualty and the quantity overlap the actor "soldiers": all three survive
    assert {"soldiers", "at least 12 soldiers", "killing at least 12 soldiers"} <= texts


def test_every_event_is_listed_with_its_slots_and_links_to_its_sentence() -> None:
    page = explain_html(DOC)
    p = read(page)
    assert [e["data-type"] for e in p.events] == ["ASSAULT", "CONSULT", "AGREE"]
    for i, ev in enumerate(DOC.events):
        assert f"at-ev{i}" in p.anchors
        assert f'href="#at-ev{i}"' in page
        assert "".join(p.event_text[f"ev{i}"]) == ev.span.slice(DOC.text)
        assert ev.rule in page
    assert "assault.launch-attack" in page and "confidence 0.90" in page
    assert "Battles / Armed clash" in page and "CAMEO 190" in page


def test_page_is_self_contained() -> None:
    p = read(explain_html(DOC))
    assert p.scripts_with_src == 0
    assert all(link.startswith("#") for link in p.links)


def test_awkward_text_and_spans() -> None:
    text = "a\x00b\ud800c <x> d"
    ev = Event(
        id="e",
        type="ASSAULT",
        trigger=TextSpan(text="<x>", span=Span(8, 11)),
        span=Span(0, 40),
        rule="r",
    )  # a span past the end is clipped, not fatal
    doc = Document(
        article=Article(text=text),
        events=(ev,),
        actors=(Actor(name="a", span=Span(0, 3)), Actor(name="b", span=Span(2, 9))),
    )
    p = read(explain_html(doc))
    assert "".join(p.article) == "a\ufffdb\ufffdc <x> d"
    assert len(p.events) == 1


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(st.text(max_size=60))
    n = len(text)
    spans = draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)), max_size=8))
    actors = tuple(Actor(name="x", span=Span(min(s), max(s))) for s in spans)
    events = tuple(
        Event(id=f"e{i}", type="CONSULT", trigger=TextSpan(text="t", span=Span(min(s), max(s))),
              span=Span(min(s), max(s)), rule="r")
        for i, s in enumerate(spans[:3])
    )  # fmt: skip
    return Document(article=Article(text=text), actors=actors, events=events)


def shown(text: str) -> str:
    """What the page shows for a text: the parser folds \\r\\n and \\r to \\n, as browsers do."""
    cleaned = "".join(
        "\ufffd" if "\ud800" <= c <= "\udfff" or (ord(c) < 32 and c not in "\t\n\r") or c == "\x7f"
        else c for c in text
    )  # fmt: skip
    return cleaned.replace("\r\n", "\n").replace("\r", "\n")


@settings(max_examples=100)
@given(documents())
def test_structure_holds_for_any_text_and_spans(doc: Document) -> None:
    page = explain_html(doc)
    p = read(page)
    assert shown("".join(p.article)) == shown(doc.text)
    assert len(p.events) == len(doc.events)
    texts = {shown("".join(parts)) for parts in p.mentions.values()}
    for actor in doc.actors:
        assert actor.span is not None
        if len(actor.span):
            assert shown(actor.span.slice(doc.text)) in texts
    assert page == explain_html(doc)  # deterministic


# --- in a real browser --------------------------------------------------------------------------

CHROMIUM = next(
    (p for p in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser"),
                 shutil.which("google-chrome")) if p and os.path.exists(p)),
    None,
)  # fmt: skip


def dump_dom(page: Path, tmp_path: Path) -> str:
    """The DOM after load, from headless Chromium; skips the test when the browser cannot run."""
    assert CHROMIUM is not None
    cmd = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri(),
    ]  # fmt: skip
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"Chromium did not run: {exc}")
    if done.returncode != 0 or "<html" not in done.stdout:
        pytest.skip(f"Chromium did not render (exit {done.returncode}): {done.stderr[-300:]}")
    return done.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed")
def test_renders_in_headless_chromium(tmp_path: Path) -> None:
    assert CHROMIUM is not None
    page = tmp_path / "doc.html"
    write_explanation(DOC, str(page), title="Sample")
    dom = dump_dom(page, tmp_path)
    assert 'data-ready="1"' in dom  # the inline script ran without an error
    p = read(dom)
    assert [e["id"] for e in p.events] == ["ev0", "ev1", "ev2"]
    assert "".join(p.article) == DOC.text


SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS, ids=[p.name for p in SEEDS])
def test_seed_explanation_lists_every_event(seed: Path) -> None:
    from conflictevents.pipeline import parse

    doc = parse(seed.read_text(encoding="utf-8"))
    p = read(explain_html(doc, title=seed.name))
    assert "".join(p.article) == shown(doc.text).replace("\r\n", "\n")
    assert [e["id"] for e in p.events] == [f"ev{i}" for i in range(len(doc.events))]
    for i, ev in enumerate(doc.events):
        assert "".join(p.event_text.get(f"ev{i}", [])) == shown(ev.span.slice(doc.text))


@pytest.mark.skipif(CHROMIUM is None or not SEEDS, reason="no Chromium installed or no seed")
def test_seed_explanation_renders_in_headless_chromium(tmp_path: Path) -> None:
    from conflictevents.pipeline import parse

    assert CHROMIUM is not None
    doc = parse(SEEDS[0].read_text(encoding="utf-8"))
    page = tmp_path / "seed.html"
    write_explanation(doc, str(page), title=SEEDS[0].name)
    dom = dump_dom(page, tmp_path)
    assert 'data-ready="1"' in dom
    assert len(read(dom).events) == len(doc.events)
