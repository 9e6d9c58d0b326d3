"""Measure find_actors on the PLOVER gold-standard dev sentences (read in place, never copied).

For every source and target actor text of every record, the actor counts as right when a mention
overlapping that text has the expected country code (ISO3; "IGO"/"NGO"/"IMG" for
international actors, compared with the first three letters of the mention's code).

Run: python scripts/eval_actors.py [path/to/plover_gsr_dev.jsonl] [-v]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from conflictevents.actors import find_actors
from conflictevents.model import Actor

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "plover_gsr_dev.jsonl"
INTERNATIONAL = ("IGO", "NGO", "IMG")


def country_of(actor: Actor) -> str | None:
    if actor.country is not None:
        return actor.country
    if actor.code and actor.code[:3] in INTERNATIONAL:
        return actor.code[:3]
    return None


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    paths = [a for a in argv if a != "-v"]
    path = Path(paths[0]) if paths else DEFAULT
    totals: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record["text"]
        actors = find_actors(text)
        for role in ("source_actors", "target_actors"):
            for gold in record.get(role) or []:
                want, code = gold.get("actorText"), gold.get("code")
                if not want or not code:
                    continue
                totals["actors"] += 1
                start = text.find(want)
                if start < 0:
                    totals["text not in sentence"] += 1
                    continue
                end = start + len(want)
                near = [a for a in actors if a.span and a.span.start < end and start < a.span.end]
                got = [country_of(a) for a in near]
                if code in got:
                    totals["right"] += 1
                elif not near or all(g is None for g in got):
                    totals["missed"] += 1
                    if verbose:
                        print(f"MISS  {code:4} {want!r}")
                else:
                    totals["wrong"] += 1
                    if verbose:
                        print(f"WRONG {code:4} {want!r} -> {got}")
    n = totals["actors"]
    print(f"actors with a code: {n}")
    for key in ("right", "wrong", "missed", "text not in sentence"):
        print(f"  {key:22} {totals[key]:4}  {totals[key] / n:6.1%}" if n else key)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
