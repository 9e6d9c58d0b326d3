"""Regression digest of every mention stage, for refactors that must not change output.

Runs split_sentences, find_dates (with and without a publication date), find_counts,
find_places, find_actors and the whole ``parse`` (events) over a varied corpus: the seed article,
every text in the four mention tables tests/cases/{actors,dates,places,quantities}.tsv, the text
field of
../shared/eval/plover_gsr_dev.jsonl (read in place, never copied), pseudo-articles made by
joining those texts, and a few hostile strings. Prints one SHA-256 per stage and one overall.

Run:   python benchmarks/check_outputs.py                 # print the digests
       python benchmarks/check_outputs.py --save FILE     # also write them to FILE
       python benchmarks/check_outputs.py --check FILE    # exit 1 if any digest differs
       python benchmarks/check_outputs.py --dump DIR      # one readable file per stage, to diff
       python benchmarks/check_outputs.py --src OLD/src   # the same corpus through other code

When other people's data or tables change meanwhile, compare against the old code on today's data:
copy src/, put the old versions of the files you changed into the copy and run it with --src.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

# this checkout's code (or --src DIR's), whatever copy of the package is installed
_SRC = sys.argv[sys.argv.index("--src") + 1] if "--src" in sys.argv[:-1] else None
sys.path.insert(0, _SRC or str(Path(__file__).resolve().parents[1] / "src"))

from conflictevents.actors import find_actors  # noqa: E402
from conflictevents.dates import find_dates  # noqa: E402
from conflictevents.pipeline import parse  # noqa: E402
from conflictevents.places import find_places  # noqa: E402
from conflictevents.quantities import find_counts  # noqa: E402
from conflictevents.text import read_article, split_sentences  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GSR = ROOT.parent / "shared" / "eval" / "plover_gsr_dev.jsonl"
TEXT_COLUMN = {"actors.tsv": 1, "dates.tsv": 1, "places.tsv": 0, "quantities.tsv": 1}
PUBLISHED = dt.date(2021, 7, 7)
HOSTILE = (
    "",
    " ",
    "\x00\x01\ud800 Kabul \udfff",
    "9" * 400 + " killed",
    ". " * 300,
    "On 31 February 2021, 10,000,000,000,000,000,000 people fled Kabul.",
    "the Taliban " * 200,
    "between 3 and 5 July 2021 at least 12 were killed in Kunduz, Afghanistan",
    "KABUL, July 7 (Reuters) - Taliban fighters attacked Qala-i-Naw.",
)


def corpus() -> list[str]:
    texts: list[str] = []
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts += [p.read_text(encoding="utf-8") for p in seeds]
    # a fixed list: new tables (other stages') must not change the corpus under a refactor
    for name, column in sorted(TEXT_COLUMN.items()):
        path = ROOT / "tests" / "cases" / name
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            cells = line.split("\t")
            if line.startswith("#") or len(cells) <= column:
                continue
            texts.append(cells[column])
    if GSR.exists():
        with GSR.open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    # pseudo-articles: document-level context (focus country, coreference) matters to places/actors
    joined = [" ".join(texts[i : i + 12]) for i in range(1, len(texts), 12)]
    texts += joined
    texts += ["\n\n".join(joined[i : i + 3]) for i in range(0, len(joined), 3)]
    texts += list(HOSTILE)
    seen: set[str] = set()
    return [t for t in texts if not (t in seen or seen.add(t))]  # type: ignore[func-returns-value]


def _show(value: Any) -> str:
    """repr (catches types: an enum versus a str) plus the JSON form (catches the contract)."""
    if hasattr(value, "to_dict"):
        return repr(value) + " " + json.dumps(value.to_dict(), sort_keys=True)
    return repr(value)


def stages() -> dict[str, Callable[[str], Iterator[str]]]:
    def sentences(t: str) -> Iterator[str]:
        body = read_article(t).body
        for s in split_sentences(t):
            yield _show(s)
        if body is not None:
            for s in split_sentences(t, body):
                yield "body " + _show(s)

    def dates(t: str) -> Iterator[str]:
        for d in find_dates(t):
            yield _show(d)
        for d in find_dates(t, PUBLISHED):
            yield "pub " + _show(d)

    def counts(t: str) -> Iterator[str]:
        quantities, casualties = find_counts(t)
        for q in quantities:
            yield _show(q)
        for c in casualties:
            yield _show(c)

    def places(t: str) -> Iterator[str]:
        for p in find_places(t):
            yield _show(p)

    def actors(t: str) -> Iterator[str]:
        for a in find_actors(t):
            yield _show(a)
        for a in find_actors(t, published=PUBLISHED):
            yield "pub " + _show(a)

    def events(t: str) -> Iterator[str]:
        # the whole pipeline: engine, merging and inferred recipients on top of the mentions
        for e in parse(t, published=PUBLISHED).events:
            yield _show(e)

    return {
        "sentences": sentences,
        "dates": dates,
        "counts": counts,
        "places": places,
        "actors": actors,
        "events": events,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", type=Path)
    ap.add_argument("--check", type=Path)
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--src", help="run the code under this src/ dir (e.g. an old copy)")
    args = ap.parse_args()
    texts = corpus()
    digests: dict[str, str] = {}
    total = hashlib.sha256()
    for name, stage in stages().items():
        h = hashlib.sha256()
        lines: list[str] = []
        for i, t in enumerate(texts):
            for out in stage(t):
                line = f"{i}\t{out}\n"
                h.update(line.encode("utf-8", "surrogatepass"))
                if args.dump:
                    lines.append(line)
        digests[name] = h.hexdigest()
        total.update(digests[name].encode())
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            (args.dump / f"{name}.txt").write_text(
                "".join(lines), encoding="utf-8", errors="surrogatepass"
            )
    digests["all"] = total.hexdigest()
    print(f"{len(texts)} texts, code from {Path(find_actors.__code__.co_filename).parents[1]}")
    for name, d in digests.items():
        print(f"{name:10} {d}")
    if args.save:
        args.save.write_text(json.dumps(digests, indent=1) + "\n", encoding="utf-8")
    if args.check:
        want = json.loads(args.check.read_text(encoding="utf-8"))
        bad = [n for n in digests if want.get(n) != digests[n]]
        print("CHANGED: " + ", ".join(bad) if bad else "identical")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
