"""The code stays ruff-checked, ruff-formatted and mypy-clean: the checks run with the suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "ruff", "check", "graph", "tests", "scripts"],
        [sys.executable, "-m", "ruff", "format", "--check", "graph", "tests", "scripts"],
        [sys.executable, "-m", "mypy"],
    ],
    ids=["ruff", "ruff-format", "mypy"],
)
def test_static_checks_pass(command: list[str]):
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
