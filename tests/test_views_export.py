"""graph.views.export: every format is read back by its own library with the same counts."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from test_views_support import ACTOR_COUNT, DOCS, RELATION_COUNT, XSS_ACTOR, make_store

from graph.errors import InputError
from graph.views.export import FORMATS, scalar_graph, write_export
from graph.views.network import build_network
from graph.vocab import AG


@pytest.fixture(scope="module")
def graph():
    return build_network(make_store())


def exported(graph, fmt):
    out = io.BytesIO()
    write_export(graph, fmt, out)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_graph_formats_round_trip(graph, fmt):
    read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    back = read(io.BytesIO(exported(graph, fmt)))
    assert back.number_of_nodes() == ACTOR_COUNT
    assert back.number_of_edges() == RELATION_COUNT
    labels = {d["label"] for _, d in back.nodes(data=True)}
    assert XSS_ACTOR in labels


def test_export_graphml_keeps_evidence_as_json(graph):
    back = nx.read_graphml(io.BytesIO(exported(graph, "graphml")))
    data = next(
        d
        for _, _, d in back.edges(data=True)
        if d["predicate"] == "allied-with" and d["documents"] == 2
    )
    assert len(json.loads(data["evidence"])) == 2


def test_scalar_graph_has_only_scalar_attributes(graph):
    flat = scalar_graph(graph)
    values = [v for _, d in flat.nodes(data=True) for v in d.values()]
    values += [v for *_, d in flat.edges(keys=True, data=True) for v in d.values()]
    assert all(isinstance(v, (str, int, float, bool)) for v in values)


@pytest.mark.parametrize(("fmt", "parser"), [("nquads", "nquads"), ("jsonld", "json-ld")])
def test_export_rdf_datasets_keep_one_graph_per_document(graph, fmt, parser):
    ds = Dataset()
    ds.parse(data=exported(graph, fmt).decode(), format=parser)
    documents = {str(g.identifier) for g in ds.graphs() if "/document/" in str(g.identifier)}
    assert len(documents) == 4
    evidence = {q[0] for q in ds.quads((None, None, AG.Evidence, None))}
    assert len(evidence) == sum(len(triples) for _, triples in DOCS.values())


def test_export_turtle_has_every_relation(graph):
    g = Graph().parse(data=exported(graph, "ttl").decode(), format="turtle")
    relations = {
        (s, o)
        for s, p, o in g
        if str(p).startswith(str(AG._NS)) and p not in (AG.sentence, AG.confidence, AG.rule)
    }
    assert len(relations) >= RELATION_COUNT


def test_export_csv_one_row_per_relation(graph):
    rows = list(csv.DictReader(io.StringIO(exported(graph, "csv").decode())))
    assert len(rows) == RELATION_COUNT
    backs = [r for r in rows if r["source"] == "Turkey" and r["predicate"] == "backs"]
    assert {r["target"] for r in backs} == {"NLF", "Sultan Murad Division"}
    assert backs[0]["directed"] == "True"


def test_export_unknown_format(graph):
    with pytest.raises(InputError, match="ttl"):
        write_export(graph, "xlsx", io.BytesIO())


def test_export_formats_listed():
    assert FORMATS == ("ttl", "jsonld", "nquads", "graphml", "gexf", "csv")
