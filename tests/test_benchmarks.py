"""Smoke test of benchmarks/run.py: it runs and reports every figure as a number.

No timing is asserted: the figures depend on the machine and its load. The test only checks the
JSON shape, so a broken benchmark is caught before someone needs it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parents[1] / "benchmarks" / "run.py"

STAGES = (
    "read_article",
    "split_sentences",
    "find_dates",
    "find_counts",
    "find_places",
    "find_actors",
    "find_merged_events+infer_recipients",
)
FIGURES = (
    "import_ms",
    "cold_first_parse_ms",
    "cold_import_and_parse_ms",
    "warm_articles_per_s",
    "warm_seed_articles_per_s",
    "warm_sentences_per_s",
    "warm_mb_per_s",
    "warm_ms_per_article",
    "warm_cpu_share",
    "warm_cpu_seed_articles_per_s",
    *(f"stage_{s}_ms_per_article" for s in STAGES),
    *(f"stage_{s}_articles_per_s" for s in STAGES),
    "peak_rss_mb",
    "scaling_1x_s",
    "scaling_10x_s",
    "scaling_100x_s",
    "scaling_ratio_1x_10x",
    "scaling_ratio_10x_100x",
)
# Present always, null when spaCy is skipped or not installed.
OPTIONAL_FIGURES = ("spacy_articles_per_s", "spacy_ratio")
TARGETS = (
    "import_ms",
    "cold_first_parse_ms",
    "warm_seed_articles_per_s",
    "peak_rss_mb",
    "scaling_ratio_1x_10x",
    "scaling_ratio_10x_100x",
)


# A short article with the names, numbers and dates the corpus builder varies, so the run stays
# fast (the 100x scaling document is 100 of these) and the articles still differ.
SHORT_SEED = """date 2021-07-07 Taliban on Wednesday launched an attack on Qala-i-Naw, capital of \
Badghis.

Hundreds of Afghan soldiers had fled to neighbouring Tajikistan, officials said on Tuesday.

Tajikistan ordered the mobilization of 20,000 reservists. Talks in Doha failed.

(With inputs from Agencies)"""


@pytest.mark.skipif(not RUN.exists(), reason="benchmarks/ is not shipped with the wheel")
def test_quick_json_run_reports_every_figure(tmp_path: Path) -> None:
    seed = tmp_path / "seed.txt"
    seed.write_text(SHORT_SEED, encoding="utf-8")
    command = [sys.executable, str(RUN), "--quick", "--json", "--no-spacy"]
    out = subprocess.run(
        [*command, "--articles", "4", "--seed-file", str(seed)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result = json.loads(out.stdout)
    figures = result["figures"]
    assert set(figures) == set(FIGURES) | set(OPTIONAL_FIGURES)
    for key in FIGURES:
        value = figures[key]
        assert isinstance(value, (int, float)) and not isinstance(value, bool), key
        assert value >= 0, key
    for key in OPTIONAL_FIGURES:
        assert figures[key] is None
    assert set(result["targets"]) == set(TARGETS)
    assert all(isinstance(t["pass"], bool) for t in result["targets"].values())
    assert set(result["stage_scaling_ratio_10x_100x"]) == set(STAGES)
    assert all(isinstance(v, float) for v in result["stage_scaling_ratio_10x_100x"].values())
    corpus = result["corpus"]
    assert corpus["articles"] == corpus["distinct"] == 4
    # The staged timing mirrors pipeline.parse: same events as parse() itself.
    assert corpus["events"] == corpus["events_from_parse"]
    for key in ("cpu", "nproc", "python", "date"):
        assert result["machine"][key]
