"""Speed of find_actors on the seed article (warm, tables loaded).

    python benchmarks/bench_actors.py [--loops 200] [--repeat 7]

Prints the best-of-``repeat`` time per call in ms for each seed article in seeds/ and the
mentions found per second. Best-of timing keeps the figure stable on a shared machine; the
first call (table loading) is reported separately.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

from conflictevents.actors import ActorTables, find_actors

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--loops", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    start = time.perf_counter()
    tables = ActorTables.load()
    print(f"table load: {(time.perf_counter() - start) * 1e3:.0f} ms")
    published = dt.date(2021, 7, 7)
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        mentions = len(find_actors(text, published=published, tables=tables))
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            for _ in range(args.loops):
                find_actors(text, published=published, tables=tables)
            best = min(best, (time.perf_counter() - t0) / args.loops)
        print(
            f"{path.name}: {len(text) / 1024:.1f} KB, {mentions} mentions, "
            f"{best * 1e3:.3f} ms per article, {mentions / best:,.0f} mentions/s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
