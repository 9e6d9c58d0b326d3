"""Benchmark conflictevents.places: gazetteer load time, find_places throughput, memory, size.

Run: python benchmarks/bench_places.py
"""

from __future__ import annotations

import importlib.resources
import resource
import time
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_49d2b188e1fd5a98.txt"


def main() -> None:
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    from conflictevents import places

    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    g = places.Gazetteer.packaged()
    t_load = time.perf_counter() - t0
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    data = importlib.resources.files("conflictevents").joinpath("data/gazetteer.tsv.gz")
    size = len(data.read_bytes())

    article = SEED.read_text(encoding="utf-8") if SEED.exists() else "Fighting in Kabul. " * 100
    places.find_places(article)  # warm the caches
    n = 300
    t0 = time.perf_counter()
    found = 0
    for _ in range(n):
        found += len(places.find_places(article))
    dt = time.perf_counter() - t0
    long_text = article * 50
    t0 = time.perf_counter()
    long_found = len(places.find_places(long_text))
    dt_long = time.perf_counter() - t0

    t0 = time.perf_counter()
    for _ in range(10_000):
        g.lookup("Qala-i-Naw")
    dt_lookup = (time.perf_counter() - t0) / 10_000

    print(f"gazetteer file         {size / 1e6:.2f} MB gzip ({len(g):,} places)")
    print(f"wheel (package zipped) {_wheel_size() / 1e6:.2f} MB")
    print(f"import places          {t_import * 1e3:.0f} ms (package import, no data loaded)")
    print(f"first load             {t_load * 1e3:.0f} ms, peak RSS +{(rss1 - rss0) / 1e3:.0f} MB")
    print(f"warm lookup()          {dt_lookup * 1e6:.1f} us")
    print(f"find_places, {len(article):,} chars: {dt / n * 1e3:.3f} ms/article, "
          f"{n / dt:,.0f} articles/s, {len(article) * n / dt / 1e6:.2f} M chars/s, "
          f"{found / dt:,.0f} mentions/s")
    print(f"find_places, {len(long_text):,} chars: {dt_long * 1e3:.1f} ms, {long_found} mentions, "
          f"{len(long_text) / dt_long / 1e6:.2f} M chars/s")


def _wheel_size() -> int:
    """The size of the package as a wheel zips it (deflate), without building one."""
    import io
    import zipfile

    root = importlib.resources.files("conflictevents")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        stack = [root]
        while stack:
            folder = stack.pop()
            for item in folder.iterdir():
                if item.is_dir():
                    if item.name != "__pycache__":
                        stack.append(item)
                elif not item.name.endswith(".pyc"):
                    archive.writestr(str(item), item.read_bytes())
    return buffer.tell()


if __name__ == "__main__":
    main()
