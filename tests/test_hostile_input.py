"""Hostile and awkward input through every command: injection, markup, smuggled updates,
run-on text, bad URLs.

Reading edge cases (encodings, nested HTML, symlink loops, unreadable files,
huge lines) are covered where the readers are, in test_readers.py; the HTML
export's handling of hostile text in test_html_browser.py. Here: what the
user sees at the command line, and that the store is never changed by what
should only read it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app

ARTICLE = (
    "Turkish-backed rebels of the National Liberation Front (NLF) clashed with Syrian "
    "government forces near Idlib on Monday. Russian warplanes struck NLF positions.\n"
)
PAYLOADS = [
    'x" } ; DROP ALL ; #',
    "<http://evil>",
    "a\u0000b",
    "'; DROP GRAPH <https://w3id.org/actorgraph/graph/gazetteer> --",
    '"""} } INSERT DATA { <a:a> <a:b> <a:c> } #',
    "\\\\u0022 ) } DROP ALL",
    "{ ?s ?p ?o }",
    "?actor",
]
MARKUP = '[bold red]Evil[/] <script>alert("x")</script> & {{ }}'


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """`actorgraph ARGS` against one store, with an article and a hostile-named actor in it."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ACTORGRAPH_STORE", str(tmp_path / "store"))
    runner = CliRunner()

    def invoke(*args: str, stdin: str | None = None):
        return runner.invoke(app, list(args), input=stdin, catch_exceptions=False)

    (tmp_path / "idlib.txt").write_text(ARTICLE, encoding="utf-8")
    assert invoke("ingest", "idlib.txt").exit_code == 0
    made = invoke(
        "assert",
        MARKUP,
        "backs",
        "NLF",
        "--subject-type",
        "ArmedGroup",
        "--source",
        f"note with {MARKUP}",
    )
    assert made.exit_code == 0, made.output
    return invoke


def quad_count(run) -> int:
    result = run("stats", "--format", "json")
    assert result.exit_code == 0, result.output
    return int(json.loads(result.stdout)[0]["triples"])


def commands_with(payload: str) -> list[list[str]]:
    """Every command that builds a query from an actor name or an option, given ``payload``."""
    return [
        ["show", payload],
        ["show", payload, "--format", "json"],
        ["path", payload, "NLF"],
        ["path", "NLF", "Turkey", "--avoid-actor", payload],
        ["path", "NLF", "Turkey", "--via", payload],
        ["path", "NLF", "Turkey", "--since", payload],
        ["analyze", payload],
        ["analyze", "--type", payload],
        ["analyze", "--predicate", payload],
        ["export", "--actor", payload, "--format", "csv"],
        ["export", "--format", "csv", "--type", payload],
        ["export", "--format", "csv", "--until", payload],
        ["actors", "--name", payload],
        ["actors", "--type", payload],
        ["forget", payload],
        ["assert", payload, "backs", "NLF", "--source", payload],
        ["assert", "Turkey", payload, "NLF", "--source", "x"],
    ]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_injection_through_names_and_options_changes_nothing(run, payload):
    before = quad_count(run)
    for args in commands_with(payload):
        result = run(*args)
        assert result.exit_code in (0, 1, 2), (args, result.output)
        if result.exit_code == 2:  # a user error: one line, no traceback
            assert len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)
            assert result.stderr.startswith("Error: "), (args, result.stderr)
    assert quad_count(run) == before
    assert run("validate").exit_code == 0


def test_hostile_names_are_found_and_printed_as_literal_text(run):
    """Rich markup, HTML and braces in names and sentences come out exactly as written."""
    for args in (
        ["show", MARKUP],
        ["actors", "--name", "script"],
        ["path", MARKUP, "NLF"],
        ["analyze", MARKUP],
        ["export", "--actor", MARKUP, "--format", "csv"],
        ["analyze"],
    ):
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)
        shown = " ".join(result.stdout.split())  # tables may wrap a long cell
        assert "<script>" in shown and "[bold red]Evil[/]" in shown.replace("[/ ]", "[/]"), args
    shown = run("show", MARKUP).stdout
    assert f"note with {MARKUP}" in shown  # the sentence, as written


SMUGGLED = [
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
    "# just a comment\nDROP ALL",
    "drop all",
    "PREFIX ex: <http://example.org/>\nPREFIX y: <http://y.example/>\ndelete where { ?s ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o } LIMIT 1\nINSERT DATA { <a:a> <a:b> <a:c> }",
    "ASK {} ; CLEAR DEFAULT",
    "\\u0044ROP ALL",
    "SELECT * WHERE { ?s ?p ?o } #\n; DROP ALL",
    "WITH <a:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
]


@pytest.mark.parametrize("text", SMUGGLED)
def test_an_update_smuggled_into_query_is_refused(kg, text):
    before = kg.triple_count()
    from graph.errors import QueryError

    with pytest.raises(QueryError):
        kg.query(text)
    assert kg.triple_count() == before


def test_an_update_smuggled_in_a_query_file_is_refused(run, tmp_path):
    before = quad_count(run)
    for n, text in enumerate(SMUGGLED):
        path = tmp_path / f"q{n}.rq"
        path.write_text(text, encoding="utf-8")
        result = run("query", "--file", str(path))
        assert result.exit_code == 2, (text, result.output)
        assert len(result.stderr.strip().splitlines()) == 1
    assert quad_count(run) == before


def test_a_megabyte_without_punctuation_extracts_in_bounded_time(tmp_path):
    words = [
        "Russia",
        "backs",
        "the",
        "rebels",
        "and",
        "Turkey",
        "Hezbollah",
        "fighters",
        "near",
        "Idlib",
        "attacked",
        "allied",
        "with",
        "Iran",
        "of",
        "al-Qaeda",
        "said",
    ]
    text = " ".join(words[i * 7 % len(words)] for i in range(150_000))[:1_000_000]
    path = tmp_path / "run-on.txt"
    path.write_text(text, encoding="utf-8")
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "graph", "extract", str(path), "--format", "jsonl"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - start < 120
    for line in done.stdout.splitlines():
        record = json.loads(line)
        assert text[record["start"] : record["end"]] == record["sentence"]


def test_ingest_keeps_a_corpus_url_that_is_not_an_iri_as_data(run, tmp_path):
    corpus = tmp_path / "urls.jsonl"
    corpus.write_text(
        json.dumps(
            {
                "text": "Hezbollah, an ally of Iran, fought rebels near Qusayr.",
                "url": 'http://x y/"><script>alert(1)</script>',
            }
        )
        + "\n"
        + json.dumps({"text": "Iran backs Hezbollah, analysts said.", "url": "www.no-scheme"})
        + "\n",
        encoding="utf-8",
    )
    result = run("ingest", str(corpus), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["documents"] == 2
    assert run("validate").exit_code == 0


def test_ingest_of_an_awkward_folder_reads_what_it_can(run, tmp_path):
    """Encodings, a symlink loop, a binary file and nesting together, through the CLI."""
    folder = tmp_path / "awkward"
    (folder / "deep").mkdir(parents=True)
    (folder / "latin1.txt").write_bytes(
        "Le Hezbollah, allié de l'Iran, a combattu.\n".encode("latin-1")
    )
    (folder / "utf16.txt").write_bytes(ARTICLE.replace("Monday", "Tuesday").encode("utf-16"))
    (folder / "deep" / "loop").symlink_to(folder)
    (folder / "nested.html").write_text(
        "<html><body>"
        + "<div>" * 5000
        + "<p>Iran backs Hezbollah, analysts said.</p>"
        + "</div>" * 5000
        + "</body></html>",
        encoding="utf-8",
    )
    (folder / "blob.bin").write_bytes(bytes(range(256)) * 4)
    result = run("ingest", str(folder), "--format", "json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)[0]
    assert (summary["documents"], summary["skipped"]) == (2, 3)
    for reason in ("symlink loop", "blob.bin: not text", "nested.html: HTML nested too deeply"):
        assert reason in result.stderr
