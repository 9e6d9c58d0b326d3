"""Milliseconds per seed article for each mention stage, model construction and the whole parse.

Median CPU time (time.process_time) of many warm runs on one core, so other processes on a shared
machine slow it less than wall time would; still read the load average printed with it.
Run: python benchmarks/bench_stages.py [--runs 300]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# this checkout's code, whatever copy of the package is installed
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from conflictevents import parse
from conflictevents.actors import find_actors
from conflictevents.dates import find_dates
from conflictevents.model import Actor, Location, Quantity, Sector, Span
from conflictevents.places import find_places
from conflictevents.quantities import find_counts
from conflictevents.text import read_article, split_sentences

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_49d2b188e1fd5a98.txt"


def _median_ms(fn: Callable[[], Any], runs: int) -> float:
    fn()  # warm the caches
    times = []
    for _ in range(runs):
        # CPU time of this process: on a shared machine wall time counts other people's work
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times) * 1e3


def _models() -> None:
    # roughly what one article builds: spans and a few dozen mentions
    for i in range(20):
        Span(i, i + 5)
        Actor(name="Taliban", text="Taliban", span=Span(i, i + 7), country="AFG",
              sector=Sector.INS, code="AFGINS", kind="armed group")
        Location(name="Kabul", text="Kabul", span=Span(i, i + 5), country="AFG", lat=34.5,
                 lon=69.2)
        Quantity(low=12, best=12, high=None, unit="soldiers", text="12", span=Span(i, i + 2))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=300)
    args = ap.parse_args()
    text = SEED.read_text(encoding="utf-8")
    published = read_article(text).published
    stages: dict[str, Callable[[], Any]] = {
        "split_sentences": lambda: split_sentences(text),
        "find_dates": lambda: find_dates(text, published),
        "find_counts": lambda: find_counts(text),
        "find_places": lambda: find_places(text),
        "find_actors": lambda: find_actors(text, published=published),
        "models (80 objects)": _models,
        "parse (whole)": lambda: parse(text),
    }
    print(f"load average {os.getloadavg()[0]:.2f} (2 cores shared); {len(text)} chars, "
          f"median of {args.runs} runs")
    mention = 0.0
    for name, fn in stages.items():
        ms = _median_ms(fn, args.runs)
        if name.startswith(("split", "find")):
            mention += ms
        print(f"{name:22} {ms:7.3f} ms")
    print(f"{'mention stages total':22} {mention:7.3f} ms")


if __name__ == "__main__":
    main()
