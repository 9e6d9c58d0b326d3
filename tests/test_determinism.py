"""Same input, same bytes: across calls, processes, PYTHONHASHSEED values and threads (issue 8).

The JSON compared is ``json.dumps(doc.to_dict(), ensure_ascii=False)``: byte-identical, not just
equal after sorting. The cross-process check starts fresh interpreters, so lazily loaded tables
are built under a different hash seed each time, and the first parse in each one runs from 8
threads at once, so a race while the tables load would show.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from strategies import articles

import conflictevents as ce

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

TEXTS = [
    "Taliban fighters attacked Kunduz on Tuesday, killing 12 soldiers.",
    "KABUL, July 7 (Reuters) - Taliban fighters seized Qala-i-Naw, the capital of Badghis "
    "province, on Wednesday after Afghan forces withdrew. At least 20 civilians were wounded.",
    "Russian forces shelled Kharkiv overnight. Ukrainian officials accused Moscow of war crimes "
    "and called on NATO to impose sanctions. President Putin met Chinese officials in Beijing.",
    "Houthi rebels fired rockets at Saudi Arabia last week; the U.S. condemned the attack and "
    "the United Nations urged both sides to agree to a ceasefire.",
    "Protesters marched in Bamako on 3 March 2024. Police arrested dozens of them and Malian "
    "soldiers deployed to the capital, where unidentified gunmen killed three people.",
    "date 2021-07-07 Boko Haram militants abducted 80 students near Maiduguri yesterday.",
    "\ud800 Gunmen \x00 attacked 💥 a village in Georgia and Jordan \u202e on 31 February.",
    "",
]


def _seed_texts() -> list[str]:
    found = sorted(SEEDS.glob("*.txt"))[:6] if SEEDS.is_dir() else []
    return [p.read_text(encoding="utf-8") for p in found]


def _dump(doc: ce.Document) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False)


def _corpus() -> list[str]:
    return TEXTS + _seed_texts()


def test_repeated_calls_are_byte_identical() -> None:
    for text in _corpus():
        first = _dump(ce.parse(text, "2021-07-07"))
        assert _dump(ce.parse(text, "2021-07-07")) == first
        assert _dump(ce.parse(text, dt.date(2021, 7, 7))) == first


def test_one_parse_shared_by_8_threads_matches_sequential() -> None:
    corpus = _corpus() * 3
    sequential = [_dump(ce.parse(t, "2021-07-07")) for t in corpus]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda t: _dump(ce.parse(t, "2021-07-07")), corpus))
    assert threaded == sequential


_CHILD = r"""
import hashlib, json, sys
from concurrent.futures import ThreadPoolExecutor
import conflictevents as ce
texts = json.loads(sys.stdin.read())
def dump(text):
    return json.dumps(ce.parse(text, "2021-07-07").to_dict(), ensure_ascii=False)
# cold start from 8 threads at once: the lazy table loads race here if they can
with ThreadPoolExecutor(max_workers=8) as pool:
    threaded = list(pool.map(dump, texts))
sequential = [dump(t) for t in texts]
assert threaded == sequential, "threads disagree with sequential calls"
for d in sequential:
    print(hashlib.sha256(d.encode("utf-8", "surrogatepass")).hexdigest())
"""


def test_same_bytes_across_processes_and_hash_seeds() -> None:
    texts = TEXTS + _seed_texts()[:2]
    here = [
        hashlib.sha256(
            _dump(ce.parse(t, "2021-07-07")).encode("utf-8", "surrogatepass")
        ).hexdigest()
        for t in texts
    ]
    seeds = ("0", "4242")  # and this process's own random seed
    # the children run side by side: each spends most of its time loading tables
    children = {
        seed: subprocess.Popen(
            [sys.executable, "-c", _CHILD],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ, PYTHONHASHSEED=seed),
        )
        for seed in seeds
    }
    for seed, child in children.items():
        out, err = child.communicate(json.dumps(texts), timeout=300)
        assert child.returncode == 0, err
        assert out.split() == here, f"PYTHONHASHSEED={seed} differs"


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(text=articles())
def test_generated_articles_are_deterministic(text: str) -> None:
    assert _dump(ce.parse(text, "2021-07-07")) == _dump(ce.parse(text, "2021-07-07"))
