"""Extraction and loading are separable: sharded `extract --with-documents` + `ingest --relations`
stores exactly what a direct `ingest` stores (only ingest times differ)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.store.knowledge_graph import KnowledgeGraph

ARTICLES = {
    "one/idlib.txt": (
        "Turkish-backed rebels of the National Liberation Front (NLF) clashed with Syrian "
        "government forces near Idlib on Monday. The Syrian Observatory for Human Rights said "
        "Russian warplanes struck NLF positions.\n"
    ),
    "one/qusayr.md": (
        "# Hezbollah in Qusayr\n\nDate: 2013-05-20\n\nHezbollah, an ally of Iran, fought "
        "rebels near Qusayr. The Free Syrian Army accused Hezbollah of shelling the town.\n"
    ),
    "one/empty-of-relations.txt": "Schools reopened on Monday after weeks of closures.\n",
    "two/mali.html": (
        "<html><head><title>Kidal clashes</title></head><body><article><p>The Coordination "
        "of Azawad Movements, an umbrella group that includes the MNLA, said it controls "
        "Kidal. France denied backing the group.</p></article></body></html>"
    ),
    "two/somalia.txt": (
        "Al-Shabaab, an affiliate of al-Qaeda, attacked African Union troops near Mogadishu. "
        "The United States carried out an airstrike against al-Shabaab on Tuesday.\n"
    ),
    "three/yemen.txt": (
        "The Saudi-led coalition struck Houthi positions near Marib. Iran has long denied "
        "arming the Houthis, who met UN envoy Hans Grundberg in Muscat.\n"
    ),
    "three/sahel.txt": (
        "JNIM, a member of al-Qaeda's network, clashed with Islamic State Sahel Province "
        "fighters near Menaka, a monitor said.\n"
    ),
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    for name, text in ARTICLES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def invoke(*args: str, stdin: str | None = None):
    result = CliRunner().invoke(app, list(args), input=stdin, catch_exceptions=False)
    return result


def quads_without_ingest_time(location: str) -> set[tuple[str, str, str, str]]:
    """Every quad of the store as text, except prov:generatedAtTime (when it was ingested)."""
    with KnowledgeGraph.open(location, read_only=True) as kg:
        store = kg.backend.store  # type: ignore[attr-defined]
        return {
            (str(q.subject), str(q.predicate), str(q.object), str(q.graph_name))
            for q in store.quads_for_pattern(None, None, None, None)
            if q.predicate.value != "http://www.w3.org/ns/prov#generatedAtTime"
        }


def test_sharded_extract_then_load_equals_direct_ingest(corpus: Path, tmp_path: Path):
    shards = []
    for name in ("one", "two", "three"):  # one extract per shard, as Dask or Spark would run
        result = invoke("extract", str(corpus / name), "--format", "jsonl", "--with-documents")
        assert result.exit_code == 0, result.output
        shard = tmp_path / f"{name}.jsonl"
        shard.write_text(result.stdout, encoding="utf-8")
        shards.append(shard)

    loaded = str(tmp_path / "loaded")
    args = [a for s in shards for a in ("--relations", str(s))]
    result = invoke("ingest", *args, "--store", loaded, "--format", "json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)[0]

    direct = str(tmp_path / "direct")
    result = invoke("ingest", str(corpus), "--store", direct, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0] == {**summary, "store": direct}
    assert summary["documents"] == len(ARTICLES) and summary["relations"] > 5

    assert quads_without_ingest_time(loaded) == quads_without_ingest_time(direct)


def test_loading_twice_or_from_stdin_changes_nothing(corpus: Path, tmp_path: Path):
    extracted = invoke("extract", str(corpus), "--format", "jsonl", "--with-documents").stdout
    store = str(tmp_path / "store")
    assert invoke("ingest", "--relations", "-", "--store", store, stdin=extracted).exit_code == 0
    before = quads_without_ingest_time(store)
    again = invoke(
        "ingest", "--relations", "-", "--store", store, "--format", "json", stdin=extracted
    )
    assert json.loads(again.stdout)[0]["unchanged"] == len(ARTICLES)
    assert quads_without_ingest_time(store) == before


def test_with_documents_adds_a_document_line_before_each_documents_relations(corpus: Path):
    plain = invoke("extract", str(corpus), "--format", "jsonl").stdout.splitlines()
    lines = [
        json.loads(x)
        for x in invoke(
            "extract", str(corpus), "--format", "jsonl", "--with-documents"
        ).stdout.splitlines()
    ]
    documents = [x["document"] for x in lines if "document" in x]
    assert len(documents) == len(ARTICLES)
    assert set(documents[0]) == {"id", "source", "title", "date", "url", "text"}
    current = None
    relations = []
    for line in lines:
        if "document" in line:
            current = line["document"]
            continue
        assert line.pop("document_id") == current["id"]
        assert current["text"][line["start"] : line["end"]] == line["sentence"]
        relations.append(line)
    # Without the flag the output is exactly the relations.md contract, nothing else.
    assert [json.loads(x) for x in plain] == relations


def test_with_documents_needs_jsonl(corpus: Path):
    result = invoke("extract", str(corpus), "--with-documents")
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: --with-documents needs --format jsonl"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json\n", "line 1: not a JSON object"),
        ('{"subject": "A"}\n', "line 1: a relation before any document line"),
        ('{"document": {"id": "0000000000000000", "text": "x"}}\n', "does not match its text"),
    ],
)
def test_a_file_that_is_not_extraction_output_is_one_line_and_exit_2(
    tmp_path: Path, content: str, message: str
):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content, encoding="utf-8")
    result = invoke("ingest", "--relations", str(bad), "--store", str(tmp_path / "s"))
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_documents_before_a_bad_line_are_stored_and_a_rerun_resumes(corpus: Path, tmp_path: Path):
    lines = invoke(
        "extract", str(corpus / "one"), "--format", "jsonl", "--with-documents"
    ).stdout.splitlines()
    second_doc = [i for i, x in enumerate(lines) if x.startswith('{"document"')][1]
    broken = tmp_path / "broken.jsonl"
    # A damaged line inside the second document: the first is whole and stored, the second not.
    cut = second_doc + 1
    broken.write_text("\n".join([*lines[:cut], "{oops", *lines[cut:]]) + "\n")
    store = str(tmp_path / "s")
    result = invoke("ingest", "--relations", str(broken), "--store", store)
    assert result.exit_code == 2 and f"line {cut + 1}: not a JSON object" in result.stderr
    fixed = tmp_path / "fixed.jsonl"
    fixed.write_text("\n".join(lines) + "\n")
    again = invoke("ingest", "--relations", str(fixed), "--store", store, "--format", "json")
    assert json.loads(again.stdout)[0]["unchanged"] == 1
    assert json.loads(again.stdout)[0]["documents"] == 2
