"""Crashes and concurrency, for real: `actorgraph ingest` in subprocesses, killed with SIGKILL,
raced by a second writer, read while it writes, and cut off from its SPARQL server.

Every check compares against a clean run of the same command: a document graph
is either absent or exactly as the clean run stored it (only the ingest time
differs), and a rerun of the killed command ends with the clean store.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from urllib.error import URLError

import pyoxigraph as ox
import pytest
from conftest import _free_port, _oxigraph_cli, _sparql, clear_endpoint
from rdflib import RDF, URIRef

from graph.store.knowledge_graph import KnowledgeGraph
from graph.store.mapping import GAZETTEER_GRAPH, KNOWLEDGE_GRAPH, KNOWLEDGE_PROPERTIES
from graph.vocab import EntityType

pytestmark = pytest.mark.slow

GENERATED_AT = "http://www.w3.org/ns/prov#generatedAtTime"
NEWS_ARTICLE = "https://schema.org/NewsArticle"
DOC_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a <https://schema.org/NewsArticle> } }"
ARTICLES = 40

Graphs = dict[str, frozenset[tuple[str, str, str]]]


def actorgraph(*args: str, **kwargs) -> subprocess.Popen:
    """Start `actorgraph ARGS` as its own process (stdout and stderr captured)."""
    return subprocess.Popen(
        [sys.executable, "-m", "graph", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def finish(proc: subprocess.Popen, timeout: float = 180) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def graphs_of(quads) -> Graphs:
    """Document graphs -> their quads as text, without the ingest time."""
    found: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for q in quads:
        if q.predicate.value != GENERATED_AT:
            found[q.graph_name.value].add((q.subject.value, q.predicate.value, q.object.value))
    return {g: frozenset(t) for g, t in found.items()}


def read_store(path: Path) -> Graphs:
    """Open the store as a reader (no lock) and return its graphs."""
    store = ox.Store.read_only(str(path))
    try:
        return graphs_of(store.quads_for_pattern(None, None, None, None))
    finally:
        del store


def doc_graphs(graphs: Graphs) -> Graphs:
    return {
        g: q
        for g, q in graphs.items()
        if any(
            p == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" and o == NEWS_ARTICLE
            for _, p, o in q
        )
    }


def stated_knowledge(graphs: Graphs) -> frozenset[tuple[str, str, str]]:
    """What the knowledge graph must hold: the facts the document and analyst graphs state."""
    types = {str(t.iri) for t in EntityType}
    facts: set[tuple[str, str, str]] = set()
    for name, quads in graphs.items():
        if name not in (str(KNOWLEDGE_GRAPH), str(GAZETTEER_GRAPH)):
            facts.update(
                (s, p, o)
                for s, p, o in quads
                if URIRef(p) in KNOWLEDGE_PROPERTIES or (p == str(RDF.type) and o in types)
            )
    return frozenset(facts)


def assert_only_whole_documents(graphs: Graphs, clean: Graphs) -> None:
    """Every document graph present is exactly the clean one; no graph is half there.

    The knowledge graph holds exactly the facts of the documents present.
    """
    for name, quads in graphs.items():
        if name.startswith("https://w3id.org/actorgraph/document/"):
            assert quads == clean[name], (
                f"{name} is not whole: has {sorted(quads - clean[name])[:3]}, "
                f"lacks {sorted(clean[name] - quads)[:3]}"
            )
    knowledge = graphs.get(str(KNOWLEDGE_GRAPH), frozenset())
    assert knowledge == stated_knowledge(graphs)


SENTENCES = [
    "The Turkish-backed National Liberation Front said it repelled an attack near Idlib.",
    "Russian warplanes struck positions of Hayat Tahrir al-Sham in Idlib province.",
    "Hezbollah, an ally of Iran, fought rebels near Qusayr.",
    "The Coordination of Azawad Movements, an umbrella group that includes the MNLA, "
    "said it controls Kidal.",
    "Al-Shabaab, an affiliate of al-Qaeda, attacked African Union troops near Mogadishu.",
    "The United States accused Iran of arming the Houthis.",
    "Turkish Foreign Minister Mevlut Cavusoglu met his Russian counterpart in Sochi.",
    "Fighting between the Syrian Democratic Forces and the Turkish army displaced families.",
    "Residents said prices of bread and fuel had doubled since the start of the year.",
    "Aid agencies warned that winter would worsen conditions in the camps.",
    "The road between the two towns remained closed for a third day.",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSON Lines corpus of small generated articles (fixed seed)."""
    import random

    rng = random.Random(11)
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(ARTICLES):
            paragraphs = [
                " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 4)))
                for _ in range(rng.randint(6, 12))
            ]
            record = {
                "title": f"Article {i}",
                "date": f"2021-03-{i % 28 + 1:02d}",
                "text": f"Report {i}.\n\n" + "\n\n".join(paragraphs),
            }
            out.write(json.dumps(record) + "\n")
    return path


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Graphs:
    """The graphs of an uninterrupted ingest of the corpus."""
    store = tmp_path_factory.mktemp("clean") / "store"
    code, out, err = finish(
        actorgraph("ingest", str(corpus), "--store", str(store), "--format", "json")
    )
    assert code == 0, err
    assert json.loads(out)[0]["documents"] == ARTICLES
    graphs = read_store(store)
    assert len(doc_graphs(graphs)) == ARTICLES
    return graphs


def poll_until(
    proc: subprocess.Popen,
    store: Path,
    done: Callable[[Graphs], bool],
    clean: Graphs | None,
    timeout: float = 120,
) -> int:
    """Read the store while ``proc`` writes to it until ``done``; check each snapshot
    against ``clean`` when given.

    Returns the number of snapshots read. Fails if ``proc`` ends first.
    """
    deadline = time.monotonic() + timeout
    snapshots = 0
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the ingest ended before the point to test"
        try:
            graphs = read_store(store)
        except (OSError, RuntimeError):  # not created yet
            time.sleep(0.02)
            continue
        snapshots += 1
        if clean is not None:
            assert_only_whole_documents(graphs, clean)
        if done(graphs):
            return snapshots
        time.sleep(0.02)
    pytest.fail("the ingest did not reach the point to test in time")


def stored(n: int) -> Callable[[Graphs], bool]:
    return lambda graphs: len(doc_graphs(graphs)) >= n


@pytest.mark.parametrize("kill_after", [0, 3, 12], ids=["at-creation", "after-3", "after-12"])
def test_sigkill_leaves_whole_documents_and_a_rerun_completes(corpus, clean, tmp_path, kill_after):
    store = tmp_path / "store"
    command = ["ingest", str(corpus), "--store", str(store), "--format", "json"]
    proc = actorgraph(*command)
    if kill_after == 0:  # as soon as the folder is marked, while the database is being made
        deadline = time.monotonic() + 60
        while not (store / ".actorgraph-store").exists() and time.monotonic() < deadline:
            time.sleep(0.005)
    else:
        poll_until(proc, store, stored(kill_after), clean)
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    with KnowledgeGraph.open(str(store)) as kg:  # the store opens, whenever it was killed
        kg.stats()
    after_kill = read_store(store)
    assert_only_whole_documents(after_kill, clean)
    assert len(doc_graphs(after_kill)) < ARTICLES

    code, out, err = finish(actorgraph(*command))
    assert code == 0, err
    summary = json.loads(out)[0]
    assert summary["documents"] + summary["unchanged"] == ARTICLES
    assert summary["unchanged"] == len(doc_graphs(after_kill))
    assert read_store(store) == clean  # gazetteer included, no duplicates, nothing missing


def test_second_writer_stops_with_one_line_or_waits(corpus, clean, tmp_path):
    store = tmp_path / "store"
    # The first writer reads the corpus from a pipe, so it holds the store as long as we like.
    first = actorgraph(
        "ingest", "-", "--store", str(store), "--format", "json", stdin=subprocess.PIPE
    )
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    first.stdin.write("".join(lines[:2]))
    first.stdin.flush()
    poll_until(first, store, stored(1), None)  # sources differ (-#L1): no clean to compare
    extra = tmp_path / "extra.txt"
    extra.write_text("Hezbollah, an ally of Iran, fought rebels near Qusayr.\n", encoding="utf-8")

    code, _, err = finish(actorgraph("ingest", str(extra), "--store", str(store), "--wait", "0"))
    assert code == 2
    assert err.strip().splitlines() == [
        f"Error: the store {store} is in use by another actorgraph process; wait for it to "
        "finish, or use another --store"
    ]
    code, _, err = finish(actorgraph("ingest", str(extra), "--store", str(store), "--wait", "0.5"))
    assert code == 2
    assert "waiting for the store lock held by another actorgraph process" in err
    assert err.strip().splitlines()[-1] == (
        f"Error: the store {store} is in use by another actorgraph process (waited 0.5 s); "
        "wait for it to finish, rerun with a longer --wait, or use another --store"
    )

    second = actorgraph(
        "ingest", str(extra), "--store", str(store), "--wait", "120", "--format", "json"
    )
    time.sleep(1.0)
    assert second.poll() is None  # waiting
    first.stdin.write("".join(lines[2:]))
    first.stdin.close()
    code, _, err = first.wait(timeout=180), "", first.stderr.read()
    assert code == 0, err
    code, out, err = finish(second)
    assert code == 0, err
    assert "waiting for the store lock held by another actorgraph process" in err
    assert json.loads(out)[0]["documents"] == 1
    graphs = read_store(store)
    assert len(doc_graphs(graphs)) == ARTICLES + 1
    validated = subprocess.run(
        [sys.executable, "-m", "graph", "validate", "--store", str(store)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr


def test_queries_during_an_ingest_see_only_whole_documents(corpus, clean, tmp_path):
    store = tmp_path / "store"
    proc = actorgraph("ingest", str(corpus), "--store", str(store), "--format", "json")
    poll_until(proc, store, stored(2), clean)
    # The command line too: a read-only command works while the ingest holds the lock.
    listed = subprocess.run(
        [sys.executable, "-m", "graph", "documents", "--store", str(store), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) >= 2
    code, _, err = finish(proc)
    assert code == 0, err


# ------------------------------------------------------------------ remote


class Server:
    """An Oxigraph SPARQL server on loopback that a test may kill and restart."""

    def __init__(self, folder: Path):
        self.folder, self.port = folder, _free_port()
        self.url = f"http://127.0.0.1:{self.port}/query"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                _oxigraph_cli(),
                "serve",
                "--location",
                str(self.folder),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--union-default-graph",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while True:
            try:
                _sparql(self.url, {"query": "ASK {}"})
                return
            except (URLError, OSError):
                assert time.monotonic() < deadline, "the oxigraph server did not start"
                time.sleep(0.05)

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def documents(self) -> int:
        answer = json.loads(_sparql(self.url, {"query": DOC_GRAPHS}))
        return len(answer["results"]["bindings"])


def remote_graphs(url: str) -> Graphs:
    body = _sparql(url, {"query": "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"})
    found: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for row in json.loads(body)["results"]["bindings"]:
        if row["p"]["value"] != GENERATED_AT:
            found[row["g"]["value"]].add((row["s"]["value"], row["p"]["value"], row["o"]["value"]))
    return {g: frozenset(t) for g, t in found.items()}


def test_remote_server_gone_mid_ingest_names_the_document_and_a_rerun_resumes(
    corpus, clean, tmp_path
):
    server = Server(tmp_path / "db")
    server.start()
    try:
        command = ["ingest", str(corpus), "--store", server.url, "--format", "json"]
        proc = actorgraph(*command, env={**os.environ, "ACTORGRAPH_TIMEOUT": "10"})
        deadline = time.monotonic() + 120
        while server.documents() < 3:
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        server.kill()
        code, _, err = finish(proc)
        assert code == 2
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: ")
        assert f"stopped at {corpus}#L" in lines[0]
        assert "documents stored by this run; rerun the same command to resume" in lines[0]

        server.start()
        partial = remote_graphs(server.url)
        assert partial.items() <= clean.items()  # whole documents only
        code, out, err = finish(actorgraph(*command))
        assert code == 0, err
        summary = json.loads(out)[0]
        assert summary["unchanged"] == len(doc_graphs(partial))
        assert summary["documents"] + summary["unchanged"] == ARTICLES
        assert remote_graphs(server.url) == clean
    finally:
        if server.proc and server.proc.poll() is None:
            server.kill()


def test_remote_ingest_with_two_workers_equals_the_embedded_one(corpus, clean, sparql_endpoint):
    clear_endpoint(sparql_endpoint)
    code, out, err = finish(
        actorgraph(
            "ingest", str(corpus), "--store", sparql_endpoint, "--workers", "2", "--format", "json"
        )
    )
    assert code == 0, err
    assert json.loads(out)[0]["documents"] == ARTICLES
    assert remote_graphs(sparql_endpoint) == clean
