"""The README tells the truth: its commands are the ones CI runs, every command is documented."""

from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from graph.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def sh_blocks(text: str) -> list[str]:
    return re.findall(r"```sh\n(.*?)```", text, flags=re.S)


def test_readme_has_exactly_two_setup_commands_and_ci_runs_the_test_one():
    setup = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = [block.strip() for block in sh_blocks(setup)]
    assert len(commands) == 2
    demo, tests = commands
    assert demo.endswith("actorgraph demo")
    assert "pytest" in tests
    assert tests in (ROOT / ".ci" / "run").read_text()


COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name: str):
    assert re.search(rf"actorgraph {re.escape(name)}\b", README), f"README never shows {name}"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(name: str):
    command = get_command(app).commands[name]  # type: ignore[attr-defined]
    assert command.help and "Example: actorgraph" in command.help


def sparql_examples(text: str) -> list[tuple[str, list[list[str]]]]:
    """Each ```sparql block that is followed directly by a table, with the table's rows."""
    found = []
    pattern = r"```sparql\n([^`]*)```\n\n((?:\|[^\n]*\|\n)+)"
    for query, table in re.findall(pattern, text, flags=re.S):
        lines = [line for line in table.strip().splitlines() if not set(line) <= set("|-: ")]
        rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines]
        found.append((query, rows))
    return found


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    here = Path.cwd()
    os.chdir(folder)  # as the README says: the demo runs in the current folder
    try:
        result = CliRunner().invoke(app, ["demo"])
    finally:
        os.chdir(here)
    assert result.exit_code == 0, result.output
    return folder / "actorgraph-store"


EXAMPLES = sparql_examples(README)


def test_readme_has_the_four_promised_sparql_examples():
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize(("query", "table"), EXAMPLES, ids=[f"q{i}" for i in range(len(EXAMPLES))])
def test_readme_sparql_returns_what_the_readme_says(demo_store: Path, query: str, table):
    result = CliRunner().invoke(
        app, ["query", query, "--format", "csv", "--store", str(demo_store)]
    )
    assert result.exit_code == 0, result.output
    got = list(csv.reader(io.StringIO(result.stdout)))
    assert got == table
