"""The benchmark script runs: `scripts/bench.py --quick` prints every section."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "scripts" / "bench.py"


@pytest.mark.slow
def test_bench_quick_prints_ingest_queries_and_views():
    done = subprocess.run(
        [sys.executable, str(BENCH), "--quick"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for heading in (
        "machine:",
        "pyoxigraph",
        "corpus:",
        "ingest",
        "store on disk:",
        "peak memory:",
        "queries at",
        "allies of an actor",
        "who backs whom",
        "members of a coalition",
        "evidence of a relation",
        "rdflib_ms",
        "path ms",
        "analyze ms",
        "html export ms",
    ):
        assert heading in out, heading
