"""Throughput of the date, quantity and casualty parsers over a long synthetic text.

    python benchmarks/bench_dates_quantities.py [--kb 200] [--repeat 5]

The text is built from varied, news-like sentences (weekdays, relative and absolute dates,
counts with bounds, casualty phrases, and plenty of sentences with neither), shuffled with a
fixed seed so every run measures the same input. Prints chars/s and mentions/s per parser and
the time per 2 KB article (the pipeline budget is 300 articles of 2 KB per second).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from collections.abc import Callable, Sequence
from typing import Any

from conflictevents.dates import find_dates
from conflictevents.quantities import find_casualties, find_counts, find_quantities

SENTENCES = (
    "Taliban fighters on Wednesday launched an attack on the provincial capital.",
    "The US declared on Tuesday that 90 per cent of its troops had withdrawn.",
    "At least 12 people were killed and 30 wounded when a car bomb exploded late on Sunday.",
    "Hundreds of soldiers fled across the border last week, officials said.",
    "The death toll from Friday's earthquake rose to 1,200, the ministry said.",
    "Several hundred government troops poured into the country after the town fell.",
    "Police arrested more than 100 protesters in the capital two days ago.",
    "Talks are scheduled to resume next week in Doha, a spokesman said.",
    "The group, founded in 2019, has been blamed for the July 5 ambush.",
    "Tajikistan ordered the mobilization of 20,000 reservists to bolster its border.",
    "Gunmen abducted 30 schoolgirls from a boarding school early Friday.",
    "The ceasefire agreed on 3 March 2021 collapsed earlier this month.",
    "Nearly 50 civilians have died since Sunday, according to the United Nations.",
    "The minister said the situation could swiftly deteriorate.",
    "Residents described fierce fighting in the streets of the old city.",
    "Iran's foreign minister called on both sides to commit to a political solution.",
    "The militants threatened to attack the city on Saturday if talks failed.",
    "Tens of thousands of people marched through the capital on Monday night.",
    "Between 20 and 30 rebels were captured in the operation, the army said.",
    "The shelling overnight left 3 dead and dozens injured.",
    "A 25-year-old man was detained at 3 pm under Resolution 2254 rules.",
    "The convoy was attacked a week earlier near the border crossing.",
    "Aid agencies say about 300,000 people have been displaced this year.",
    "The delegation met representatives of the government in Tehran.",
)


def build_text(kb: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < kb * 1024:
        s = rng.choice(SENTENCES)
        parts.append(s)
        size += len(s) + 1
    return " ".join(parts)


def bench(name: str, fn: Callable[[str], Sequence[Any]], text: str, repeat: int) -> None:
    fn(text[:2000])  # warm: compile patterns
    best = float("inf")
    count = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        count = len(fn(text))
        best = min(best, time.perf_counter() - t0)
    per_2kb_ms = best / (len(text) / 2048) * 1000
    print(
        f"{name:16s} {len(text) / best:12,.0f} chars/s {count / best:10,.0f} mentions/s "
        f"{count:7d} mentions  {per_2kb_ms:6.3f} ms per 2 KB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=200, help="size of the text in KB")
    parser.add_argument("--repeat", type=int, default=5, help="runs per parser (best is kept)")
    args = parser.parse_args()
    text = build_text(args.kb)
    published = dt.date(2021, 7, 7)
    print(f"text: {len(text):,} chars, {len(SENTENCES)} sentence templates")
    bench("find_dates", lambda t: find_dates(t, published), text, args.repeat)
    bench("find_quantities", find_quantities, text, args.repeat)
    bench("find_casualties", find_casualties, text, args.repeat)
    bench("find_counts", lambda t: sum(find_counts(t), ()), text, args.repeat)


if __name__ == "__main__":
    main()
