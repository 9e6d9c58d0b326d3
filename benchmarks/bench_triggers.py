"""Milliseconds per seed article for the trigger scan (``RuleSet.finditer`` over every sentence).

Median CPU time (time.process_time) of many warm samples, each ``--loops`` articles long, so the
figure is stable on a shared machine. ``--dump FILE`` instead writes every (rule, start, end)
that ``finditer`` yields per sentence, and what ``alternatives`` returns at every word, over the
check_outputs corpus; ``--compare OLD/src`` dumps this tree and the old code's and compares them
(a change to the trigger scan must leave them identical, as the stage digests must be).

Run: python benchmarks/bench_triggers.py [--runs 300] [--loops 20]
     python benchmarks/bench_triggers.py --compare OLD/src     # e.g. a copy of main's src/
     python benchmarks/bench_triggers.py --dump /tmp/new.txt [--src OLD/src]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# this checkout's code (or --src DIR's), whatever copy of the package is installed
_SRC = sys.argv[sys.argv.index("--src") + 1] if "--src" in sys.argv[:-1] else None
sys.path.insert(0, _SRC or str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(1, str(Path(__file__).resolve().parent))

from conflictevents.rules import RuleSet, default_rules  # noqa: E402
from conflictevents.text import split_sentences  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_49d2b188e1fd5a98.txt"


def _scan(rules: RuleSet, text: str, sentences: list[tuple[int, int]]) -> int:
    found = 0
    for start, end in sentences:
        for _ in rules.finditer(text, start, end):
            found += 1
    return found


def _dump(path: Path) -> None:
    import regex
    from check_outputs import corpus

    rules = default_rules()
    word = regex.compile(r"(?<![\w-])[\w$]")
    with path.open("w", encoding="utf-8", errors="surrogatepass") as out:
        for i, text in enumerate(corpus()):
            for sentence in split_sentences(text):
                s, e = sentence.start, sentence.end
                for rule, a, b in rules.finditer(text, s, e):
                    out.write(f"{i}\t{s}\t{rule.id}\t{a}\t{b}\n")
                for m in word.finditer(text, s, e):
                    alts = rules.alternatives(text, m.start(), e)
                    if alts:
                        shown = " ".join(f"{r.id}:{a}:{b}" for r, a, b in alts)
                        out.write(f"{i}\talt\t{m.start()}\t{shown}\n")


def _compare(old_src: str) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        old, new = Path(tmp) / "old.txt", Path(tmp) / "new.txt"
        subprocess.run(
            [sys.executable, __file__, "--dump", str(old), "--src", old_src], check=True
        )
        _dump(new)
        old_lines = old.read_text(encoding="utf-8", errors="surrogatepass").splitlines()
        new_lines = new.read_text(encoding="utf-8", errors="surrogatepass").splitlines()
    for a, b in zip(old_lines, new_lines, strict=False):
        if a != b:
            print(f"DIFFERENT\n  old: {a}\n  new: {b}")
            return 1
    if len(old_lines) != len(new_lines):
        print(f"DIFFERENT: {len(old_lines)} lines before, {len(new_lines)} now")
        return 1
    print(f"identical ({len(new_lines)} lines of triggers and alternatives)")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=300)
    ap.add_argument("--loops", type=int, default=20)
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--compare", metavar="OLD_SRC", help="compare the output with this src/ dir's")
    ap.add_argument("--src", help="run the code under this src/ dir (e.g. an old copy)")
    args = ap.parse_args()
    if args.compare:
        return _compare(args.compare)
    if args.dump:
        _dump(args.dump)
        return 0
    text = SEED.read_text(encoding="utf-8")
    sentences = [(s.start, s.end) for s in split_sentences(text)]
    rules = default_rules()
    found = _scan(rules, text, sentences)  # warm the caches
    times = []
    for _ in range(args.runs):
        t0 = time.process_time()
        for _ in range(args.loops):
            _scan(rules, text, sentences)
        times.append((time.process_time() - t0) / args.loops)
    print(f"load average {os.getloadavg()[0]:.2f} (2 cores shared); {len(sentences)} sentences, "
          f"{found} triggers, median of {args.runs} x {args.loops}")
    print(f"{'finditer':22} {statistics.median(times) * 1e3:7.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
