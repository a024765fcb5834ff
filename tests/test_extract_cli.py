"""`actorgraph lexicon`: add, list, path; an added actor is found on the next run."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ACTORGRAPH_HOME", str(tmp_path))
    return tmp_path


def test_lexicon_cli_add_list_path(home: Path) -> None:
    runner = CliRunner()
    added = runner.invoke(
        app,
        [
            "lexicon",
            "add",
            "Kivu Defence Forces",
            "--type",
            "armedgroup",
            "--alias",
            "KDF",
            "--alias",
            "Kivu Defenders",
        ],
    )
    assert added.exit_code == 0, added.output
    listed = runner.invoke(app, ["lexicon", "list"])
    assert listed.output == "Kivu Defence Forces\tArmedGroup\tKDF|Kivu Defenders\n"
    assert runner.invoke(app, ["lexicon", "path"]).output.strip() == str(home)


def test_lexicon_cli_bad_type_exits_2(home: Path) -> None:
    result = CliRunner().invoke(app, ["lexicon", "add", "X", "--type", "Bogus"])
    assert result.exit_code == 2
    assert not (home / "lexicon.csv").exists()


def test_lexicon_added_actor_is_found_next_run(home: Path) -> None:
    from graph.extract import Extractor
    from graph.records import Document

    CliRunner().invoke(
        app, ["lexicon", "add", "Kivu Defence Forces", "-t", "ArmedGroup", "-a", "Kivu Defenders"]
    )
    rels = Extractor().extract(Document("Iran backs the Kivu Defenders.", source="t"))
    assert [(r.subject.label, r.predicate, r.object.label) for r in rels] == [
        ("Iran", "backs", "Kivu Defence Forces")
    ]


def test_user_pattern_file_is_picked_up(home: Path) -> None:
    from graph.extract import Extractor
    from graph.records import Document

    (home / "mine.json").write_text(
        '{"rules": [{"id": "x-bankrolls-y", "predicate": "backs", "confidence": 0.6,'
        ' "pattern": [{"slot": "subject"}, {"LOWER": "underwrites"}, {"slot": "object"}]}]}'
    )
    rels = Extractor().extract(Document("Qatar underwrites Hamas.", source="t"))
    assert [r.evidence.rule for r in rels] == ["x-bankrolls-y"]
