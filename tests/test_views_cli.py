"""The path, analyze and export commands on a real embedded store: exact output, exit codes."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from test_views_support import ACTOR_COUNT, RELATION_COUNT, make_kg
from typer.testing import CliRunner

from graph.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-views") / "store"
    make_kg(str(folder)).close()
    return str(folder)


def run(store, *args):
    return runner.invoke(app, [*args, "--store", store])


def test_cli_path_prints_hops_with_evidence(store):
    result = run(store, "path", "turkey", "Faylaq al-Sham")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "Turkey --backs--> NLF --includes--> Faylaq al-Sham",
        "  Turkey --backs--> NLF  (confidence 0.90, 1 document)",
        "      \u201cTurkey backs NLF.\u201d",
        "      \u2014 news/d1.txt, 2020-02-01",
        "  NLF --includes--> Faylaq al-Sham  (confidence 0.85, 1 document)",
        "      \u201cNLF includes Faylaq al-Sham.\u201d",
        "      \u2014 news/d1.txt, 2020-02-01",
    ]


def test_cli_path_against_direction_and_json(store):
    result = run(store, "path", "Faylaq al-Sham", "Ankara", "--format", "json")
    assert result.exit_code == 0
    out = json.loads(result.output)
    assert out["paths"][0]["chain"] == "Faylaq al-Sham <--includes-- NLF <--backs-- Turkey"
    assert [h["direction"] for h in out["paths"][0]["hops"]] == ["backward", "backward"]


def test_cli_path_all_numbers_the_paths(store):
    result = run(store, "path", "Turkey", "Faylaq al-Sham", "--all", "--limit", "2")
    assert result.exit_code == 0
    assert "1. 2 hops, confidence 0.77" in result.output
    assert "2. 2 hops, confidence 0.40" in result.output


def test_cli_path_none_exits_1_and_shows_neighbours(store):
    result = run(store, "path", "Group A", "Turkey")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith("No path between Group A and Turkey within 4 hops")
    assert "Nearest neighbours of Group A:" in lines
    assert "  Group A --allied-with-- Group B  (0.90)" in lines


def test_cli_path_outside_window_exits_1(store):
    result = run(store, "path", "Turkey", "NLF", "--since", "2021")
    assert result.exit_code == 1
    assert "NLF has no relation evidenced in the chosen window" in result.output


def test_cli_path_unknown_actor_exits_2_with_suggestion(store):
    result = run(store, "path", "Turky", "NLF")
    assert result.exit_code == 2
    assert "Did you mean: Turkey?" in result.output


def test_cli_path_bad_date_exits_2(store):
    result = run(store, "path", "Turkey", "NLF", "--since", "last week")
    assert result.exit_code == 2
    assert "YYYY-MM" in result.output


def test_cli_analyze_json(store):
    result = run(store, "analyze", "--format", "json")
    assert result.exit_code == 0
    out = json.loads(result.output)
    assert (out["actors"], out["relations"]) == (ACTOR_COUNT, RELATION_COUNT)
    assert {"Russia", "Syria"} <= set(
        next(b["members"] for b in out["blocs"] if "Russia" in b["members"])
    )
    assert out["unbalanced_triads"][0]["kind"] == "rivals-with-common-friend"


def test_cli_analyze_tables_name_blocs_and_triads(store):
    result = run(store, "analyze")
    assert result.exit_code == 0
    assert "Alliance blocs" in result.output
    assert "Unbalanced triads" in result.output
    assert "<img src=x onerror=alert(1)>" in result.output  # literal, not markup


def test_cli_analyze_actor_profile(store):
    result = run(store, "analyze", "NLF", "--format", "json")
    assert result.exit_code == 0
    roles = json.loads(result.output)["roles"]
    assert [e["actor"] for e in roles["patrons"]] == ["Turkey"]
    assert roles["patrons"][0]["documents"][0]["source"] == "news/d1.txt"


def test_cli_export_html_and_graphml(store, tmp_path):
    page, gml = tmp_path / "g.html", tmp_path / "g.graphml"
    result = run(store, "export", "--html", str(page), "--format", "graphml", "--output", str(gml))
    assert result.exit_code == 0, result.output
    assert "http://" not in page.read_text().split('id="ag-data"')[0].replace(
        "http://www.w3.org/2000/svg", ""
    )
    assert nx.read_graphml(gml).number_of_edges() == RELATION_COUNT


def test_cli_export_ego_network_csv_to_stdout(store):
    result = run(store, "export", "--format", "csv", "--actor", "Faylaq al-Sham", "--hops", "1")
    assert result.exit_code == 0
    rows = result.stdout.strip().splitlines()
    assert len(rows) == 1 + 3  # header; NLF includes, Syria attacks, Syria attacks NLF


def test_cli_export_needs_a_target(store):
    result = run(store, "export")
    assert result.exit_code == 2
    assert "--html" in result.output


PATH_CASES = [
    ("turkey", "Faylaq al-Sham"),
    ("Faylaq al-Sham", "Hezbollah", "--all", "--format", "json"),
    ("Turkey", "Iran", "--directed"),
    ("Group A", "Turkey"),
    ("Turkey", "Syria", "--avoid-actor", "Russia", "--via", "backs", "--via", "attacks"),
    ("Turkey", "Syria", "--since", "2021"),
]


def test_cli_path_on_a_remote_endpoint_answers_as_embedded(store, sparql_endpoint):
    from conftest import clear_endpoint

    clear_endpoint(sparql_endpoint)
    make_kg(sparql_endpoint).close()
    for case in PATH_CASES:
        here, there = run(store, "path", *case), run(sparql_endpoint, "path", *case)
        assert (there.exit_code, there.output) == (here.exit_code, here.output), case
