"""Time two versions of the package side by side on the seed article, in one process.

On a shared machine the speed of the host drifts from hour to hour, so figures from different
runs of ``run.py`` are hard to compare. This script imports an older tree under another name
next to this checkout's code and times ``parse`` and the event stage alternately, so both see the
same machine at the same moment. It prints the 10th percentile of each (a figure little moved by
other work) and the ratio.

Run:   git worktree add /tmp/old d1dcc84     # or any older checkout
       python benchmarks/compare.py /tmp/old/src [--runs 500]
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_49d2b188e1fd5a98.txt"
OLD_NAME = "conflictevents_old"


def stages(package: str, text: str) -> dict[str, Callable[[], Any]]:
    """``parse`` and the event stage (engine, merging, recipients) of one package version."""
    ce = importlib.import_module(package)
    events = importlib.import_module(package + ".events")
    pipeline = importlib.import_module(package + ".pipeline")
    doc = ce.parse(text)
    mentions = events.Mentions(
        actors=doc.actors,
        places=doc.places,
        dates=doc.dates,
        quantities=doc.quantities,
        casualties=doc.casualties,
    )
    focus = pipeline.focus_country(doc.places, doc.actors)

    def event_stage() -> Any:
        # the merged path where the version has it; else the engine, then merging, as parse did
        if hasattr(events, "find_merged_events"):
            found = events.find_merged_events(
                text, doc.sentences, mentions, published=doc.published, focus_country=focus
            )
        else:
            merge = importlib.import_module(package + ".merge")
            found = merge.merge_events(
                events.find_events(
                    text, doc.sentences, mentions, published=doc.published, focus_country=focus
                )
            )
        return events.infer_recipients(text, found, doc.sentences, mentions, focus)

    return {"parse": lambda: ce.parse(text), "events": event_stage}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old_src", type=Path, help="the src/ directory of the older version")
    ap.add_argument("--runs", type=int, default=500)
    args = ap.parse_args()
    old_package = args.old_src / "conflictevents"
    if not (old_package / "__init__.py").exists():
        ap.error(f"no conflictevents package under {args.old_src}")
    scratch = Path(tempfile.mkdtemp(prefix="conflictevents-compare-"))
    try:
        # the package imports itself relatively, so a renamed copy loads beside this one
        shutil.copytree(old_package, scratch / OLD_NAME)
        sys.path.insert(0, str(scratch))
        sys.path.insert(0, str(ROOT / "src"))
        text = SEED.read_text(encoding="utf-8")
        versions = {"old": stages(OLD_NAME, text), "new": stages("conflictevents", text)}
        for stage in ("parse", "events"):
            times: dict[str, list[float]] = {"old": [], "new": []}
            for _ in range(args.runs):
                for version, thunks in versions.items():
                    start = time.perf_counter()
                    thunks[stage]()
                    times[version].append(time.perf_counter() - start)
            tenth = {v: sorted(t)[len(t) // 10] * 1e3 for v, t in times.items()}
            print(
                f"{stage:7} old {tenth['old']:.3f} ms   new {tenth['new']:.3f} ms   "
                f"new/old {tenth['new'] / tenth['old']:.3f}"
            )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
