"""The reliability harness and the benchmark script run: the corpus of broken files gives only
results or the documented errors, and `scripts/bench.py` in a tiny mode writes its figures as JSON.
(No timing is asserted here: figures depend on the machine; docs/performance.md has them.)"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script(name: str):
    spec = importlib.util.spec_from_file_location(f"presidium_{name}", ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_broken_file_of_the_corpus_gives_a_result_or_the_documented_error():
    fuzz = _script("fuzz")
    part = fuzz.run_corpus()
    assert part.failures == []
    assert part.tried >= 15
    assert part.outcomes.get("error", 0) >= 15  # most of them are refused, with messages


def test_the_harness_reports_any_other_exception():
    fuzz = _script("fuzz")

    def crash():
        raise RecursionError("deep")

    try:
        fuzz.program_outcome(crash)
    except fuzz.Unexpected as failure:
        assert "RecursionError" in str(failure)
    else:
        raise AssertionError("an unexpected exception went unnoticed")


def test_fuzz_ends_with_the_passed_line(capsys):
    fuzz = _script("fuzz")
    assert fuzz.main(["--examples", "5"]) == 0
    assert capsys.readouterr().out.rstrip().splitlines()[-1].endswith("passed, 0 failed")


@pytest.mark.slow  # runs the benchmark script
def test_bench_in_a_tiny_mode_writes_its_figures_as_json(tmp_path):
    out = tmp_path / "bench.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "bench.py"),
            "--quick",
            "--json",
            str(out),
            "--reps",
            "1",
            "--events",
            "120",
            "--real-seconds",
            "2",
            "--only",
            "load,journal,cold,reopen,latency,timer,busy,export",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(out.read_text(encoding="utf-8"))
    names = [row["name"] for row in figures["rows"]]
    assert any(name.startswith("cold start ratio") for name in names)
    assert any(name.startswith("next-item latency p99") for name in names)
    assert any(name.startswith("reopen ratio") for name in names)
    assert any(name.startswith("timer while busy") for name in names)
    assert any(name.startswith("reopen in process") for name in names)
    assert any(name.startswith("key press (back, next, pause, resume) latency p99") for name in names)
    assert any(name.startswith("export minutes") for name in names)
    assert figures["machine"]["cores"] >= 1 and figures["details"]["journal"]["events"] == 120
    assert "measure" in result.stdout and "target" in result.stdout


@pytest.mark.slow  # runs the benchmark script
def test_bench_measures_the_script_import_and_export(tmp_path):
    bench = _script("bench")
    big = bench.big_program_file(tmp_path)
    res = bench.Results()
    bench.bench_script_files(res, tmp_path, big, 1)
    rows = {row["name"]: row for row in res.rows}
    assert set(rows) == {"import 60-page kịch bản (.docx)", "export script, 500 items"}
    assert "7 phiên, 84 nội dung, 84 lời dẫn" in rows["import 60-page kịch bản (.docx)"]["note"]
    assert (tmp_path / "kich-ban-500.docx").stat().st_size > 50_000
