"""The command line, run as users run it: in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_49d2b188e1fd5a98.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "conflictevents", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
    )


def test_parse_seed_prints_one_valid_document() -> None:
    result = run("parse", str(SEED))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 1
    doc = json.loads(lines[0])
    assert doc["article"]["published"] == "2021-07-07"
    assert len(doc["sentences"]) == 14
    assert doc["source"] == str(SEED)


def test_folder_stdin_and_json_format(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Rebels attacked a village.", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Police arrested ten protesters.", encoding="utf-8")
    (tmp_path / "ignored.md").write_text("not text input", encoding="utf-8")
    result = run("parse", str(tmp_path), "--published", "2024-01-02")
    assert result.returncode == 0, result.stderr
    docs = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [Path(d["source"]).name for d in docs] == ["a.txt", "b.txt"]
    assert {d["article"]["published"] for d in docs} == {"2024-01-02"}
    piped = run("parse", "-", stdin=b"Troops withdrew.")
    assert json.loads(piped.stdout)["source"] == "<stdin>"


def test_bad_inputs_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 attack".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text("Gunmen attacked.", encoding="utf-8")
    result = run("parse", str(bad), str(tmp_path / "missing.txt"), str(good))
    assert result.returncode == 1
    errors = result.stderr.decode().strip().splitlines()
    assert len(errors) == 2
    assert str(bad) in errors[0] and "offset 3" in errors[0]
    assert "missing.txt" in errors[1]
    assert len(result.stdout.decode().splitlines()) == 1  # the good file still came out
    replaced = run("parse", str(bad), "--decode", "replace")
    assert replaced.returncode == 0
    assert "\ufffd" in json.loads(replaced.stdout)["article"]["text"]


def test_formats_jobs_and_error_records(tmp_path: Path) -> None:
    texts = ["Gunmen attacked a police station in Kabul on Monday, killing three officers.",
             "Police arrested ten protesters in Nairobi."] * 3
    for i, t in enumerate(texts):
        (tmp_path / f"{i}.txt").write_text(t, encoding="utf-8")
    one = run("parse", str(tmp_path), "--format", "jsonl", "--published", "2024-05-01")
    two = run("parse", str(tmp_path), "--format", "jsonl", "--published", "2024-05-01",
              "--jobs", "2")
    assert one.returncode == 0 and two.returncode == 0, two.stderr
    assert one.stdout == two.stdout
    events = [json.loads(line) for line in one.stdout.decode().splitlines()]
    assert {e["type"] for e in events} == {"ASSAULT", "COERCE"}
    csv_out = run("parse", str(tmp_path), "--format", "acled", "--published", "2024-05-01")
    assert csv_out.stdout.decode().splitlines()[0].startswith("event_date,")
    errors = tmp_path / "errors.jsonl"
    bad = run("parse", str(tmp_path / "nope.txt"), "--errors", str(errors))
    assert bad.returncode == 1
    assert json.loads(errors.read_text())["source"].endswith("nope.txt")


def test_jsonl_input_with_fields(tmp_path: Path) -> None:
    source = tmp_path / "news.jsonl"
    source.write_text(
        json.dumps({"id": "a1", "body": "Rebels attacked Goma on Tuesday.", "day": "2024-01-03"})
        + "\n", encoding="utf-8")
    result = run("parse", str(source), "--text-field", "body", "--date-field", "day",
                 "--id-field", "id", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    event = json.loads(result.stdout.decode().splitlines()[0])
    assert event["source"] == "a1" and event["date"]["start"] == "2024-01-02"


def test_evaluate_and_explain(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "id": "g1", "published": "2024-01-03", "text": "Rebels attacked Goma on Tuesday.",
        "events": [{"type": "ASSAULT", "evidence": "Rebels attacked Goma", "actor": "Rebels"}],
    }) + "\n", encoding="utf-8")
    result = run("evaluate", str(gold), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["events"]["f1"] == 1.0
    page = tmp_path / "seed.html"
    explained = run("explain", str(SEED), "--html", str(page))
    assert explained.returncode == 0, explained.stderr
    assert "Qala-i-Naw" in page.read_text(encoding="utf-8")


def test_bad_published_and_version() -> None:
    result = run("parse", "-", "--published", "July 7", stdin=b"x")
    assert result.returncode == 2
    assert b"expected an ISO date" in result.stderr
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith(b"conflictevents ")


def test_lone_surrogates_come_out_as_valid_json() -> None:
    # Surrogates cannot arrive through UTF-8 bytes; the Python API can see them, so check output.
    from conflictevents import parse

    doc = parse("Rebels \ud800 attacked.")
    assert json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))["article"]["text"].startswith(
        "Rebels"
    )
