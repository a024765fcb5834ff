"""Shared fixtures: stores on disk, a real SPARQL server on loopback, record builders.

* ``store_path``: a fresh folder path for an embedded store (not yet created).
* ``sparql_endpoint``: the query URL of an Oxigraph server (the ``oxigraph``
  package's CLI) started once per session on a free 127.0.0.1 port.
* ``kg``: an open ``KnowledgeGraph``, parametrised over ``embedded`` and
  ``remote`` (the remote one emptied before each test), so one test
  function checks both backends.
* ``make_relation`` / ``make_document``: build records in one line.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.error import URLError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pytest

from graph.records import Actor, Document, Evidence, Relation

# ------------------------------------------------------------------ records


def make_relation(
    subject: str,
    predicate: str,
    obj: str,
    *,
    subject_type: str = "ArmedGroup",
    object_type: str = "ArmedGroup",
    sentence: str | None = None,
    start: int = 0,
    source: str = "test.txt",
    rule: str = "test-rule",
    confidence: float = 0.9,
    date: str | None = None,
    subject_mention: str | None = None,
    object_mention: str | None = None,
) -> Relation:
    """Return a Relation with plausible evidence.

    The sentence defaults to 'S p O.', the mentions to the labels.
    """
    text = sentence if sentence is not None else f"{subject} {predicate} {obj}."
    evidence = Evidence(
        source=source,
        sentence=text,
        start=start,
        end=start + len(text),
        rule=rule,
        confidence=confidence,
        date=date,
        subject_mention=subject if subject_mention is None else subject_mention,
        object_mention=obj if object_mention is None else object_mention,
    )
    return Relation(Actor(subject, subject_type), predicate, Actor(obj, object_type), evidence)


def make_document(text: str, source: str = "test.txt", **metadata: str) -> Document:
    """Return a Document; ``metadata`` may set title, date and url."""
    return Document(text=text, source=source, **metadata)


@pytest.fixture(name="make_relation")
def make_relation_fixture() -> object:
    """The ``make_relation`` builder, for tests that prefer fixtures to imports."""
    return make_relation


@pytest.fixture(name="make_document")
def make_document_fixture() -> object:
    """The ``make_document`` builder."""
    return make_document


# ------------------------------------------------------------------- stores


@pytest.fixture
def store_path(tmp_path: Path) -> str:
    """A folder path where no store exists yet."""
    return str(tmp_path / "store")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _oxigraph_cli() -> str:
    beside_python = Path(sys.executable).with_name("oxigraph")
    found = str(beside_python) if beside_python.exists() else shutil.which("oxigraph")
    if not found:
        pytest.fail("the oxigraph server is missing; pip install oxigraph (a test extra)")
    return found


def _sparql(url: str, form: dict[str, str]) -> bytes:
    request = Request(
        url, data=urlencode(form).encode(), headers={"Accept": "application/sparql-results+json"}
    )
    with urlopen(request, timeout=5) as response:
        return bytes(response.read())


@pytest.fixture(scope="session")
def sparql_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start an Oxigraph SPARQL server on loopback; yield its query URL.

    The server treats its default graph as the union of all graphs, as the
    embedded store does, so user queries mean the same on both.
    """
    folder = tmp_path_factory.mktemp("oxigraph-server")
    port = _free_port()
    log = (folder / "server.log").open("w")
    server = subprocess.Popen(
        [
            _oxigraph_cli(),
            "serve",
            "--location",
            str(folder / "db"),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 20
    try:
        while True:
            try:
                _sparql(url, {"query": "ASK {}"})
                break
            except (URLError, ConnectionError, OSError):
                if server.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail(
                        "the oxigraph server did not start: " + (folder / "server.log").read_text()
                    )
                time.sleep(0.05)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def clear_endpoint(query_url: str) -> None:
    """Empty every graph of the server behind ``query_url`` but the gazetteer.

    The gazetteer is loaded once per session (on the first open), as it is
    on a real server, instead of once per test.
    """
    from graph.store.mapping import GAZETTEER_GRAPH

    update_url = query_url.rsplit("/", 1)[0] + "/update"
    _sparql(
        update_url,
        {
            "update": f"""
        DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }}
        WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{GAZETTEER_GRAPH}>) }} ;
        DROP SILENT DEFAULT"""
        },
    )


@pytest.fixture(params=["embedded", "remote"])
def kg(
    request: pytest.FixtureRequest, store_path: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[object]:
    """An open KnowledgeGraph: an embedded store on disk, or the loopback server."""
    from graph.store.knowledge_graph import KnowledgeGraph

    if request.param == "remote":
        url = request.getfixturevalue("sparql_endpoint")
        clear_endpoint(url)
        location = url
    else:
        location = store_path
    monkeypatch.delenv("ACTORGRAPH_UPDATE_URL", raising=False)
    with KnowledgeGraph.open(location) as graph:
        yield graph


# --------------------------------------------------------------- extraction


@pytest.fixture(scope="session")
def extractor() -> object:
    """One Extractor for the session: building it compiles every rule once."""
    from graph.extract import Extractor

    return Extractor()
