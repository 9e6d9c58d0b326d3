"""Fuzz every public parser of conflictevents for a set time; keep crashing inputs as tests.

    pip install atheris                       # or: pip install conflictevents[fuzz]
    python scripts/fuzz.py --seconds 600      # coverage-guided with atheris (libFuzzer)
    python scripts/fuzz.py --seconds 60 --engine hypothesis   # no atheris: hypothesis runner

Each input is turned into text (raw Unicode including lone surrogates, or article-like text
spliced from the fragments in tests/strategies.py) and given to ``parse``, ``read_article``,
``split_sentences`` and every ``find_*`` stage that exists. A crash is an exception, or a result
whose spans do not index the text, whose mention text is not the text at its span, or whose
``to_dict``/``from_dict`` round trip differs. The input is then written to
``tests/regressions/<engine>-<sha1>.txt`` (UTF-8, surrogates kept with ``surrogatepass``), which
tests/test_robustness.py::test_fuzz_regressions replays on every test run. A summary (inputs
run, coverage where the engine reports it, crashes) is printed at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REGRESSIONS = ROOT / "tests" / "regressions"
PUBLISHED = dt.date(2021, 7, 7)

# Article fragments: from the test strategies when available, a few built in otherwise.
sys.path.insert(0, str(ROOT / "tests"))
try:
    from strategies import ACTORS, DATES, HOSTILE, PLACES, VERBS
except ImportError:  # hypothesis not installed: the strategies module needs it
    ACTORS = ("Taliban fighters", "the army", "U.S. troops", "President Putin")
    VERBS = ("attacked", "killed", "met", "condemned", "will attack")
    PLACES = ("Kunduz", "Kabul", "the north of Syria", "Georgia")
    DATES = ("on Tuesday", "last week", "on 31 February", "in 99999")
    HOSTILE = ("\x00", "\ud800", "\u202e", "💥", "<p>", "9" * 200, "U.S.", "...")
FRAGMENTS: tuple[str, ...] = (
    tuple(ACTORS) + tuple(VERBS) + tuple(PLACES) + tuple(DATES) + tuple(HOSTILE)
)
FRAGMENTS += (".", ",", " ", "\n", "\n\n", "killing", "12", "at least", "soldiers", "KABUL -")

_STAGES = (
    ("conflictevents", "parse", lambda f, t: f(t, PUBLISHED)),
    ("conflictevents", "parse", lambda f, t: f(t)),
    ("conflictevents", "read_article", lambda f, t: f(t)),
    ("conflictevents", "split_sentences", lambda f, t: f(t)),
    ("conflictevents.dates", "find_dates", lambda f, t: f(t, PUBLISHED)),
    ("conflictevents.quantities", "find_quantities", lambda f, t: f(t)),
    ("conflictevents.quantities", "find_casualties", lambda f, t: f(t)),
    ("conflictevents.places", "find_places", lambda f, t: f(t)),
    ("conflictevents.actors", "find_actors", lambda f, t: f(t)),
)


def load_parsers() -> list[tuple[str, Callable[[str], Any]]]:
    """Every parser that exists in this tree, as (name, call)."""
    found: list[tuple[str, Callable[[str], Any]]] = []
    for module_name, attr, call in _STAGES:
        try:
            func = getattr(importlib.import_module(module_name), attr)
        except (ImportError, AttributeError):
            continue
        found.append((attr, (lambda f, c: lambda text: c(f, text))(func, call)))
    return found


class Broken(AssertionError):
    """A result that breaks an invariant."""


def _walk(value: Any) -> Iterator[Any]:
    if isinstance(value, (tuple, list)):
        for v in value:
            yield from _walk(v)
    elif hasattr(value, "__attrs_attrs__"):
        yield value
        for field in value.__attrs_attrs__:
            yield from _walk(getattr(value, field.name))


def check(text: str, result: Any) -> None:
    """Raise ``Broken`` when a result does not index ``text`` or does not round-trip."""
    from conflictevents.model import Span

    for obj in _walk(result):
        if isinstance(obj, Span):
            if not 0 <= obj.start <= obj.end <= len(text):
                raise Broken(f"span {obj} outside a text of {len(text)} characters")
            continue
        span, mention = getattr(obj, "span", None), getattr(obj, "text", None)
        if (
            isinstance(span, Span)
            and isinstance(mention, str)
            and mention
            and text[span.start : span.end] != mention
        ):
            raise Broken(f"{type(obj).__name__} text {mention!r} is not the text at {span}")
        from_dict = getattr(type(obj), "from_dict", None)
        if from_dict is not None and hasattr(obj, "to_dict") and from_dict(obj.to_dict()) != obj:
            raise Broken(f"{type(obj).__name__} does not round-trip through to_dict/from_dict")


def run_all(parsers: list[tuple[str, Callable[[str], Any]]], text: str) -> None:
    for _, call in parsers:
        check(text, call(text))


def save(text: str, engine: str) -> Path:
    """Keep a crashing input as a regression test file; return its path."""
    data = text.encode("utf-8", "surrogatepass")
    REGRESSIONS.mkdir(parents=True, exist_ok=True)
    path = REGRESSIONS / f"{engine}-{hashlib.sha1(data).hexdigest()[:16]}.txt"
    path.write_bytes(data)
    return path


def text_from_bytes(data: bytes) -> str:
    """Map fuzzer bytes to text: raw Unicode, or article-like text spliced from fragments."""
    if not data:
        return ""
    mode, rest = data[0] % 4, data[1:]
    if mode == 0:  # UTF-8 as far as it decodes, lone surrogates allowed
        return rest.decode("utf-8", "surrogatepass") if _decodes(rest) else rest.decode("latin-1")
    if mode == 1:  # UTF-16 code units: surrogates, astral characters, anything
        units = [int.from_bytes(rest[i : i + 2], "little") for i in range(0, len(rest) - 1, 2)]
        return "".join(map(chr, units))
    # fragments chosen by the bytes, with occasional raw characters between them
    parts: list[str] = []
    for i, b in enumerate(rest):
        if mode == 3 and i % 7 == 6:
            parts.append(chr(b))
        else:
            parts.append(FRAGMENTS[b % len(FRAGMENTS)])
            parts.append(" " if b & 0x80 else "")
    return "".join(parts)


def _decodes(data: bytes) -> bool:
    try:
        data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return False
    return True


# --- engines --------------------------------------------------------------------------------------


def fuzz_atheris(seconds: int, corpus: Path, extra: list[str]) -> int:
    import atheris

    with atheris.instrument_imports():
        import conflictevents
        import conflictevents.actors
        import conflictevents.dates
        import conflictevents.events
        import conflictevents.merge
        import conflictevents.places
        import conflictevents.quantities
        import conflictevents.text  # noqa: F401
    parsers = load_parsers()
    run_all(parsers, "Taliban fighters attacked Kunduz on Tuesday.")  # load the tables first

    def target(data: bytes) -> None:
        text = text_from_bytes(data)
        try:
            run_all(parsers, text)
        except Exception:
            print(f"\ncrash kept as {save(text, 'atheris')}", file=sys.stderr)
            raise

    corpus.mkdir(parents=True, exist_ok=True)
    args = [
        sys.argv[0],
        str(corpus),
        f"-max_total_time={seconds}",
        "-timeout=30",  # a single input running this long is reported as a hang
        "-rss_limit_mb=4096",
        "-max_len=20000",
        "-len_control=20",  # grow inputs sooner: libFuzzer's default kept them under 20 bytes
        "-print_final_stats=1",
        *extra,
    ]
    atheris.Setup(args, target)
    atheris.Fuzz()  # exits the process with libFuzzer's status and final statistics
    return 0


def fuzz_hypothesis(seconds: int) -> int:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
    from strategies import any_text, articles

    parsers = load_parsers()
    last: list[str] = [""]

    @settings(
        max_examples=200,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.one_of(articles(), any_text(2000), st.binary(max_size=2000).map(text_from_bytes)))
    def target(text: str) -> None:
        last[0] = text
        run_all(parsers, text)

    end = time.monotonic() + seconds
    batches = crashes = 0
    while time.monotonic() < end:
        batches += 1
        try:
            target()
        except Exception as exc:  # hypothesis re-raises after replaying the shrunk example
            crashes += 1
            print(f"crash: {type(exc).__name__}: {exc}", file=sys.stderr)
            print(f"kept as {save(last[0], 'hypothesis')}", file=sys.stderr)
    print(f"hypothesis runner: {batches} batches, about {batches * 200} inputs, {crashes} crashes")
    return 1 if crashes else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=int, default=60, help="how long to fuzz (default 60)")
    parser.add_argument(
        "--engine", choices=("auto", "atheris", "hypothesis"), default="auto",
        help="atheris (coverage-guided) when installed, else the hypothesis runner",
    )  # fmt: skip
    parser.add_argument(
        "--corpus", type=Path, default=ROOT / ".fuzz-corpus",
        help="where atheris keeps its growing corpus (default .fuzz-corpus/)",
    )  # fmt: skip
    args, extra = parser.parse_known_args(argv)
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    os.environ.setdefault("PYTHONHASHSEED", "0")
    if engine == "atheris":
        return fuzz_atheris(args.seconds, args.corpus, extra)
    return fuzz_hypothesis(args.seconds)


if __name__ == "__main__":
    sys.exit(main())
