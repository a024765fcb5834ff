"""Opening stores: what is a store, who holds it, and where a URL's updates go."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import make_document, make_relation
from rdflib import URIRef

from graph.errors import StoreError, StoreLocked
from graph.store.embedded import MARKER
from graph.store.knowledge_graph import KnowledgeGraph
from graph.store.remote import RemoteBackend, derive_update_url


def test_store_open_creates_a_marked_folder(store_path):
    with KnowledgeGraph.open(store_path) as kg:
        assert kg.stats()["documents"] == 0
    assert (Path(store_path) / MARKER).is_file()
    with KnowledgeGraph.open(store_path, create=False) as kg:  # a store now
        assert kg.location == store_path


def test_store_open_refuses_a_folder_that_is_not_a_store(tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(StoreError) as caught:
        KnowledgeGraph.open(str(folder))
    message = str(caught.value)
    assert f"{folder} is not an actorgraph store" in message
    assert "use --store with an empty or new folder" in message
    assert sorted(p.name for p in folder.iterdir()) == ["holiday.jpg"]  # nothing written


def test_store_open_refuses_a_file(tmp_path):
    file = tmp_path / "notes.txt"
    file.write_text("hello")
    with pytest.raises(StoreError, match="is not an actorgraph store"):
        KnowledgeGraph.open(str(file))


def test_store_open_without_create_needs_an_existing_store(store_path):
    with pytest.raises(StoreError, match="no actorgraph store at"):
        KnowledgeGraph.open(store_path, create=False)
    assert not Path(store_path).exists()


def test_store_open_dead_url_names_the_url():
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/query"
    with pytest.raises(StoreError, match=re.escape(f"cannot reach the SPARQL endpoint {url}")):
        KnowledgeGraph.open(url)


LOCK_PROBE = textwrap.dedent("""
    import sys
    from graph.errors import StoreLocked
    from graph.store.knowledge_graph import KnowledgeGraph
    try:
        KnowledgeGraph.open(sys.argv[1]).close()
        print("opened")
    except StoreLocked as exc:
        print("locked:", exc)
    with KnowledgeGraph.open(sys.argv[1], read_only=True) as kg:
        print("read-only documents:", kg.stats()["documents"])
""")


def test_store_locked_by_another_process(store_path):
    with KnowledgeGraph.open(store_path) as kg:
        kg.add_document(
            make_document("Russia backs Syria."),
            [make_relation("Russia", "backs", "Syria", subject_type="State", object_type="State")],
        )
        probe = subprocess.run(
            [sys.executable, "-c", LOCK_PROBE, store_path],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert probe.returncode == 0, probe.stderr
    first, second = probe.stdout.splitlines()
    assert first == (
        f"locked: the store {store_path} is in use by another actorgraph "
        "process; wait for it to finish, or use another --store"
    )
    assert second == "read-only documents: 1"


def test_store_lock_is_released_on_close(store_path):
    KnowledgeGraph.open(store_path).close()
    with KnowledgeGraph.open(store_path) as kg:
        assert kg.triple_count() >= 0


def test_store_read_only_refuses_writes(store_path):
    KnowledgeGraph.open(store_path).close()
    with KnowledgeGraph.open(store_path, read_only=True) as kg:
        with pytest.raises(StoreError, match="read-only"):
            kg.add_document(make_document("x"), [])
        with pytest.raises(StoreError, match="read-only"):
            kg.query("CLEAR ALL", allow_update=True)


def test_store_second_writer_in_the_same_process_is_told_it_is_locked(store_path):
    with KnowledgeGraph.open(store_path), pytest.raises(StoreLocked):
        KnowledgeGraph.open(store_path)


def test_store_write_failing_half_way_stores_nothing(store_path):
    with KnowledgeGraph.open(store_path) as kg:
        before = kg.triple_count()
        from graph.store.mapping import document_graph_quads

        quads = document_graph_quads(
            make_document("Russia backs Syria."),
            [make_relation("Russia", "backs", "Syria", subject_type="State", object_type="State")],
        )

        def failing():
            yield from quads[:5]
            raise OSError("disk full")

        with pytest.raises(StoreError, match="disk full"):
            kg.backend.insert(failing())
        assert kg.triple_count() == before


def test_store_dataset_is_an_rdflib_front_door(store_path):
    with KnowledgeGraph.open(store_path) as kg:
        kg.add_document(
            make_document("Russia backs Syria."),
            [make_relation("Russia", "backs", "Syria", subject_type="State", object_type="State")],
        )
        rows = list(
            kg.dataset.query(
                "PREFIX ag: <https://w3id.org/actorgraph/ontology#> "
                "SELECT DISTINCT ?s WHERE { ?s ag:backs ?o }"
            )
        )
    assert [str(r[0]) for r in rows] == ["https://w3id.org/actorgraph/actor/russia"]


@pytest.mark.parametrize(
    ("query_url", "update_url"),
    [
        ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update"),
        ("http://fuseki:3030/ds/query", "http://fuseki:3030/ds/update"),
        ("https://example.org/sparql", "https://example.org/sparql"),
    ],
)
def test_store_update_url_derives_from_the_query_url(query_url, update_url):
    assert derive_update_url(query_url) == update_url


def test_store_update_url_from_argument_or_environment(sparql_endpoint, monkeypatch):
    monkeypatch.setenv("ACTORGRAPH_UPDATE_URL", "http://127.0.0.1:1/elsewhere")
    backend = RemoteBackend.open(sparql_endpoint)
    assert backend.update_url == "http://127.0.0.1:1/elsewhere"
    backend = RemoteBackend.open(sparql_endpoint, update_url="http://127.0.0.1:2/update")
    assert backend.update_url == "http://127.0.0.1:2/update"


def test_store_remote_write_to_dead_update_url_names_it(sparql_endpoint, monkeypatch):
    monkeypatch.setenv("ACTORGRAPH_UPDATE_URL", "http://127.0.0.1:1/update")
    backend = RemoteBackend.open(sparql_endpoint)
    with pytest.raises(StoreError, match=re.escape("http://127.0.0.1:1/update")):
        backend.drop_graphs([URIRef("urn:x:nothing")])


def test_store_open_url_that_is_not_sparql_names_the_url(sparql_endpoint):
    url = sparql_endpoint.rsplit("/", 1)[0] + "/no-such-endpoint"
    with pytest.raises(StoreError, match=re.escape(url)):
        KnowledgeGraph.open(url)
