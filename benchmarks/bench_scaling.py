"""Time every parser on adversarial inputs at 1x, 10x and 100x length and print the growth.

    python benchmarks/bench_scaling.py                  # 1x = 2,000 characters
    python benchmarks/bench_scaling.py --base 500 --only parse split_sentences

Linear work grows about 10x per step (100x over the two steps); quadratic work about 100x per
step. Rows growing more than 300x from 1x to 100x are flagged. Figures depend on the machine; the
ratio is what matters. tests/test_scaling.py asserts a loose form of the same property.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from test_scaling import ADVERSARIAL, STAGES, repeat

PUBLISHED = dt.date(2021, 7, 7)
BIG: dict[str, Callable[[], str]] = {
    "5MB filler line": lambda: repeat("lorem ipsum dolor sit amet consectetur ", 5_000_000),
    "5MB dense line": lambda: repeat(
        "Taliban fighters attacked Kunduz on Tuesday killing 12 soldiers ", 5_000_000
    ),
    "100k numbered lines": lambda: "".join(f"line {i}\n" for i in range(100_000)),
    "100k short sentences": lambda: "He left.\n" * 100_000,
}


def parsers(only: list[str]) -> dict[str, Callable[[str], Any]]:
    import conflictevents as ce

    found: dict[str, Callable[[str], Any]] = {"parse": lambda t: ce.parse(t, PUBLISHED)}
    for name, (module_name, attr, call) in STAGES.items():
        try:
            func = getattr(importlib.import_module(module_name), attr)
        except (ImportError, AttributeError):
            continue
        found[name] = (lambda f, c: lambda text: c(f, text))(func, call)
    return {k: v for k, v in found.items() if not only or k in only}


def seconds(run: Callable[[str], Any], text: str) -> float:
    start = time.perf_counter()
    run(text)
    return time.perf_counter() - start


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    args.add_argument("--base", type=int, default=2000, help="characters at 1x (default 2000)")
    args.add_argument("--only", nargs="*", default=[], help="parsers to time (default all)")
    args.add_argument("--big", action="store_true", help="also time the 5 MB / 100k-line inputs")
    opts = args.parse_args()
    runs = parsers(opts.only)
    for run in runs.values():
        run("Taliban fighters attacked Kunduz on Tuesday, killing 12 soldiers.")  # load tables
    print(f"{'input':16} {'parser':16} {'1x ms':>9} {'10x ms':>9} {'100x ms':>10} {'100x/1x':>8}")
    for unit_name, unit in ADVERSARIAL.items():
        for name, run in runs.items():
            t = [seconds(run, repeat(unit, opts.base * m)) for m in (1, 10, 100)]
            ratio = t[2] / max(t[0], 1e-6)
            flag = "  <-- superlinear" if ratio > 300 else ""
            print(
                f"{unit_name:16} {name:16} {t[0] * 1e3:9.2f} {t[1] * 1e3:9.2f} "
                f"{t[2] * 1e3:10.1f} {ratio:8.0f}{flag}",
                flush=True,
            )
    if opts.big:
        for big_name, make in BIG.items():
            text = make()
            for name, run in runs.items():
                print(f"{big_name:22} {name:16} {seconds(run, text):8.2f} s", flush=True)


if __name__ == "__main__":
    main()
