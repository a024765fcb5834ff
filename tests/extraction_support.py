"""Helpers shared by the extraction tests: relation triples of a text, and scoring folders."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from graph.extract import Extractor
from graph.records import Document

Triple = tuple[str, str, str]
SYMMETRIC = {"allied-with", "affiliated-with", "opposes", "negotiates-with"}
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def triples(extractor: Extractor, text: str) -> set[Triple]:
    """Return (subject, predicate, object) of every relation found in ``text``.

    Mentions count as names too, and symmetric predicates are read both ways,
    as the evaluation scorer reads them.
    """
    out = set()
    for rel in extractor.extract(Document(text, source="test")):
        j = rel.to_json()
        for s in {j["subject"], j["subject_mention"]}:
            for o in {j["object"], j["object_mention"]}:
                out.add((s, j["predicate"], o))
                if j["predicate"] in SYMMETRIC:
                    out.add((o, j["predicate"], s))
    return out


def assert_extracts(extractor: Extractor, case: str, text: str, expected: list[Triple]) -> None:
    """Fail, naming ``case``, unless every ``expected`` triple is found in ``text``."""
    got = triples(extractor, text)
    missing = [t for t in expected if t not in got]
    assert not missing, f"{case}: missing {missing}; got {sorted(got)}"


def assert_not_extracted(extractor: Extractor, case: str, text: str, banned: list[Triple]) -> None:
    """Fail, naming ``case``, if any ``banned`` triple is found in ``text``."""
    got = triples(extractor, text)
    wrong = [t for t in banned if t in got]
    assert not wrong, f"{case}: {wrong}"


Case = tuple[str, str, list[Triple]]  # (rule or reason, text, triples)


def construction_tests(found: list[Case], not_found: list[Case]) -> tuple[Any, Any]:
    """Return a construction module's two tests, parametrized over its cases.

    ``found``: each text must yield its triples (named by the rule);
    ``not_found``: each text must yield none of its triples (named by the reason).
    A module binds them to ``test_construction_found`` and
    ``test_construction_not_overreaching`` for pytest to collect.
    """

    @pytest.mark.parametrize(("rule", "text", "expected"), found, ids=[c[0] for c in found])
    def test_construction_found(
        extractor: Extractor, rule: str, text: str, expected: list[Triple]
    ) -> None:
        assert_extracts(extractor, rule, text, expected)

    @pytest.mark.parametrize(("why", "text", "banned"), not_found, ids=[c[0] for c in not_found])
    def test_construction_not_overreaching(
        extractor: Extractor, why: str, text: str, banned: list[Triple]
    ) -> None:
        assert_not_extracted(extractor, why, text, banned)

    return test_construction_found, test_construction_not_overreaching


def score(folder: Path) -> tuple[float, float, float, str]:
    """Score ``actorgraph extract`` on a folder of gold passages with the shared scorer.

    Returns:
        precision, recall, F1 and the scorer's whole output (for failure messages).
    """
    cmd = f"{sys.executable} -m graph extract {{files}} --format jsonl"
    out = subprocess.run(
        [sys.executable, str(SCORER), str(folder), "--cmd", cmd, "-v"],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    ).stdout
    found = re.search(r"precision=([0-9.]+) recall=([0-9.]+) f1=([0-9.]+)", out)
    assert found, out
    precision, recall, f1 = (float(g) for g in found.groups())
    return precision, recall, f1, out
