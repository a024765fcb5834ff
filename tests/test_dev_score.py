"""The dev passages, scored by the shared scorer, stay above the floor of issue 4."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval"
FLOOR = 0.80


@pytest.mark.skipif(not (DEV / "score.py").exists(), reason="shared eval folder not present")
def test_dev_score_f1_at_least_floor() -> None:
    cmd = f"{sys.executable} -m graph.extract._probe {{files}}"
    out = subprocess.run(
        [sys.executable, str(DEV / "score.py"), str(DEV / "dev"), "--cmd", cmd],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    ).stdout
    f1 = float(re.search(r"f1=([0-9.]+)", out).group(1))  # type: ignore[union-attr]
    assert f1 >= FLOOR, out
