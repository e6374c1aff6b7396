"""The counting part of scripts/bench.py runs on a tiny pile and reports its three figures (no timing is
asserted here; docs/performance.md has the figures)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # runs the benchmark script (smoke, no timing asserted)

ROOT = Path(__file__).resolve().parent.parent


def test_the_counting_bench_reports_key_to_screen_keystrokes_and_the_tally(tmp_path):
    spec = importlib.util.spec_from_file_location("presidium_bench_counting", ROOT / "scripts" / "bench.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)
    results = bench.Results()
    bench.bench_counting(results, tmp_path, ballots=12, window_ballots=4)
    rows = {row["name"]: row for row in results.rows}
    assert len(results.details["counting_key_to_screen_ms"]) == 4
    assert rows["counting: keystrokes per 20-name ballot, beyond the names crossed out"]["value"] == 1
    assert any(name.startswith("counting: tally of 3 stations × 12 ballots") for name in rows)
