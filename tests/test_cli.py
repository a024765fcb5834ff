"""The foundation commands as a user runs them: exit codes, one-line errors, real stores on disk."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app

ARTICLE = (
    "Turkish-backed rebels of the National Liberation Front (NLF) clashed with "
    "Syrian government forces near Idlib on Monday. The Syrian Observatory for Human "
    "Rights said Russian warplanes struck NLF positions.\n"
)


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Run `actorgraph ARGS` in a fresh folder with its own store; return the result."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ACTORGRAPH_STORE", raising=False)
    runner = CliRunner()

    def invoke(*args: str, stdin: str | None = None):
        return runner.invoke(app, list(args), input=stdin, catch_exceptions=False)

    return invoke


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "idlib.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def triple_count(run) -> int:
    result = run("stats", "--format", "json")
    assert result.exit_code == 0, result.output
    return int(json.loads(result.stdout)[0]["triples"])


def test_ingest_twice_leaves_the_triple_count_unchanged(run, article):
    first = run("ingest", str(article), "--format", "json")
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)[0]["documents"] == 1
    count = triple_count(run)
    again = run("ingest", str(article), "--format", "json")
    summary = json.loads(again.stdout)[0]
    assert (summary["documents"], summary["unchanged"]) == (0, 1)
    assert triple_count(run) == count


def test_forget_restores_the_count_from_before_the_ingest(run, article):
    run("assert", "Turkey", "backs", "Qatar", "--source", "an earlier note")
    before = triple_count(run)
    assert run("ingest", str(article)).exit_code == 0
    assert triple_count(run) > before
    forgot = run("forget", str(article))
    assert forgot.exit_code == 0, forgot.output
    assert triple_count(run) == before


def test_forget_accepts_the_id_that_documents_lists(run, article):
    run("ingest", str(article))
    listed = json.loads(run("documents", "--format", "json").stdout)
    assert [d["source"] for d in listed] == [str(article)]
    assert run("forget", listed[0]["id"]).exit_code == 0
    assert json.loads(run("documents", "--format", "json").stdout) == []


def test_ingest_reports_skipped_files_with_a_reason(run, tmp_path, article):
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    result = run("ingest", str(tmp_path), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["skipped"] == 1
    assert "photo.png: not text" in result.stderr


def test_extract_jsonl_prints_the_contract(run, article):
    result = run("extract", str(article), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records, "the article states relations"
    for rec in records:
        assert list(rec) == [
            "subject",
            "subject_type",
            "subject_mention",
            "predicate",
            "object",
            "object_type",
            "object_mention",
            "confidence",
            "sentence",
            "source",
            "start",
            "end",
            "rule",
        ]
        assert ARTICLE[rec["start"] : rec["end"]] == rec["sentence"]
        assert rec["source"] == str(article)


def test_extract_reads_standard_input(run):
    result = run("extract", "-", "--format", "jsonl", stdin=ARTICLE)
    assert result.exit_code == 0, result.output
    assert all(json.loads(line)["source"] == "-" for line in result.stdout.splitlines())


def test_assert_then_show_lists_the_analyst_relation_with_its_note(run):
    made = run(
        "assert",
        "Turkey",
        "backs",
        "Faylaq al-Sham",
        "--object-type",
        "ArmedGroup",
        "--source",
        "field notes, 2020-10",
    )
    assert made.exit_code == 0, made.output
    shown = run("show", "faylaq al-sham", "--format", "json")
    rows = json.loads(shown.stdout)
    assert [(r["subject"], r["predicate"], r["object"]) for r in rows] == [
        ("Turkey", "backs", "Faylaq al-Sham")
    ]
    assert rows[0]["rule"] == "analyst" and "field notes, 2020-10" in rows[0]["source"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "Nowhere Brigade"), "no actor named 'Nowhere Brigade'"),
        (("show", "Turky"), "did you mean: Turkey"),
        (("assert", "Turkey", "befriends", "Qatar", "--source", "x"), "Use one of: allied-with"),
        (("assert", "Turkey", "backs", "Nobody Known", "--source", "x"), "no actor named"),
        (("query", "SELECT ?a WHERE { ?a ag:backs "), "malformed SPARQL at line 1"),
        (("query", "DELETE WHERE { ?s ?p ?o }"), "add --update"),
        (("query", "SELECT * WHERE { SERVICE <http://x.example/> { ?s ?p ?o } }"), "SERVICE"),
        (("forget", "never-ingested.txt"), "never-ingested.txt"),
        (("actors", "--type", "Militia"), "Use one of: State"),
        (("show", "x", "--store", "http://127.0.0.1:9/sparql"), "cannot reach"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(run, args, message):
    run("assert", "Turkey", "backs", "Qatar", "--source", "seed the store")
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.output


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_a_store_path_that_is_not_a_store_is_refused_and_left_alone(run, tmp_path, kind):
    target = tmp_path / "notes"
    if kind == "file":
        target.write_text("my notes")
    else:
        target.mkdir()
        (target / "keep.txt").write_text("mine")
    result = run("ingest", "-", "--store", str(target), stdin=ARTICLE)
    assert result.exit_code == 2
    assert "is not an actorgraph store" in result.stderr
    kept = target.read_text() if kind == "file" else (target / "keep.txt").read_text()
    assert kept in ("my notes", "mine")


def test_update_runs_only_with_the_flag(run):
    run("assert", "Turkey", "backs", "Qatar", "--source", "note")
    update = "DELETE WHERE { GRAPH ?g { ?s ag:backs ?o } }"
    assert run("query", update).exit_code == 2
    assert run("query", update, "--update").exit_code == 0
    ask = run("query", "ASK { ?s ag:backs ?o }")
    assert ask.exit_code == 1 and ask.stdout.strip() == "no"


def test_validate_passes_on_ingested_data(run, article):
    run("ingest", str(article))
    result = run("validate")
    assert result.exit_code == 0, result.output
    assert "valid" in result.stdout


def test_global_store_option_and_environment_choose_the_store(run, tmp_path, monkeypatch):
    elsewhere = tmp_path / "elsewhere"
    assert (
        run(
            "--store", str(elsewhere), "assert", "Turkey", "backs", "Qatar", "--source", "n"
        ).exit_code
        == 0
    )
    monkeypatch.setenv("ACTORGRAPH_STORE", str(elsewhere))
    rows = json.loads(run("actors", "--format", "json").stdout)
    assert {r["label"] for r in rows} == {"Turkey", "Qatar"}
    assert not (tmp_path / "actorgraph-store").exists()


def test_demo_writes_store_and_graph_and_its_suggestions_work(run, tmp_path):
    result = run("demo")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "actorgraph-store").is_dir()
    html = (tmp_path / "actorgraph-demo.html").read_text(encoding="utf-8")
    assert "Faylaq al-Sham" in html
    suggestions = result.stdout.split("try next:", 1)[1].strip().splitlines()
    assert len(suggestions) == 3
    for line in suggestions:
        argv = shlex.split(line.strip())
        assert argv[0] == "actorgraph"
        tried = run(*argv[1:])
        assert tried.exit_code == 0, (line, tried.output)
        assert tried.stdout.strip()
    again = run("demo")
    assert again.exit_code == 0 and "this run added 0" in again.stdout


def test_validate_lists_violations_readably_and_exits_1(run, article):
    run("ingest", str(article))
    broken = "INSERT { GRAPH ?g { ?e ag:confidence 7.5 } } WHERE { GRAPH ?g { ?e a ag:Evidence } }"
    assert run("query", broken, "--update").exit_code == 0
    result = run("validate", "--format", "json")
    assert result.exit_code == 1
    rows = json.loads(result.stdout)
    assert rows and all(r["path"] == "ag:confidence" for r in rows if r["severity"] == "Violation")
    assert result.stderr.startswith("Error: ") and "SHACL violations" in result.stderr


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_max_size_skips_larger_files_with_the_way_out(run, tmp_path, command):
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 2000, encoding="utf-8")  # about 0.5 MB
    result = run(command, str(big), "--max-size", "0.1")
    assert result.exit_code == 0, result.output
    assert "big.txt: too large" in result.stderr and "--max-size" in result.stderr


LEXICON_TTL = """@prefix ag: <https://w3id.org/actorgraph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/actorgraph/actor/zarqa-hawks> a ag:ArmedGroup ;
    skos:prefLabel "Zarqa Hawks" ; skos:altLabel "ZH" .
"""


@pytest.mark.parametrize("suffix", [".ttl", ".csv"])
def test_an_analyst_lexicon_teaches_a_new_actor(run, tmp_path, suffix):
    lexicon = tmp_path / f"mine{suffix}"
    lexicon.write_text(
        LEXICON_TTL if suffix == ".ttl" else "name,type,aliases\nZarqa Hawks,ArmedGroup,ZH\n",
        encoding="utf-8",
    )
    text = "Iran-backed ZH fighters shelled the port, the army said.\n"
    result = run("extract", "-", "--format", "jsonl", "--lexicon", str(lexicon), stdin=text)
    assert result.exit_code == 0, result.output
    found = {
        (r["subject"], r["predicate"], r["object"])
        for r in map(json.loads, result.stdout.splitlines())
    }
    assert ("Iran", "backs", "Zarqa Hawks") in found


def test_a_malformed_turtle_lexicon_is_one_line_and_exit_2(run, tmp_path):
    lexicon = tmp_path / "broken.ttl"
    lexicon.write_text("@prefix ag: <x> . this is not turtle", encoding="utf-8")
    result = run("extract", "-", "--lexicon", str(lexicon), stdin=ARTICLE)
    assert result.exit_code == 2
    assert "broken.ttl is not valid Turtle" in result.stderr
