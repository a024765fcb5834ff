"""The actor graph for other tools: RDF, GraphML, GEXF and CSV, with their own writers.

* ``ttl``, ``jsonld``, ``nquads``: the view rebuilt as RDF in the model of
  ``graph.store.mapping`` (actors, relation triples, one ``ag:Evidence`` per
  occurrence, document metadata), each document's statements in its own named
  graph; written by rdflib. Turtle has no named graphs, so it gets the union.
* ``graphml`` (Neo4j, yEd, Cytoscape), ``gexf`` (Gephi): written by networkx;
  lists and dicts (aliases, evidence) become strings since both formats
  hold scalars only: aliases joined with ``"; "``, evidence as JSON.
* ``csv``: one row per relation, via the csv module, for spreadsheets.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, BinaryIO

import networkx as nx
from rdflib import RDF, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from graph.errors import InputError
from graph.vocab import AG, GRAPH, SCHEMA, EntityType, predicate

FORMATS = ("ttl", "jsonld", "nquads", "graphml", "gexf", "csv")

CSV_COLUMNS = (
    "source",
    "source_type",
    "predicate",
    "target",
    "target_type",
    "family",
    "directed",
    "confidence",
    "documents",
    "first_seen",
    "last_seen",
    "best_sentence",
    "sources",
    "source_iri",
    "target_iri",
)


def to_dataset(graph: nx.MultiDiGraph) -> Dataset:
    """Return the view as an rdflib Dataset, one named graph per document.

    Evidence without a document goes to ``<graph/view>``.

    >>> len(to_dataset(nx.MultiDiGraph()))
    0
    """
    ds = Dataset()
    fallback = GRAPH["view"]
    for u, v, key, data in graph.edges(keys=True, data=True):
        s, o, pred = URIRef(u), URIRef(v), predicate(key).iri
        for ev in data["evidence"]:
            g = ds.graph(URIRef(ev["document_iri"]) if ev.get("document_iri") else fallback)
            for node in (u, v):
                _actor(g, graph, node)
            subj, obj = (o, s) if ev.get("reversed") else (s, o)
            g.add((subj, pred, obj))
            if ev.get("id"):
                _evidence(g, URIRef(ev["id"]), subj, pred, obj, ev)
    return ds


def _actor(g: Graph, graph: nx.MultiDiGraph, node: str) -> None:
    attrs = graph.nodes[node]
    iri = URIRef(node)
    g.add((iri, RDF.type, EntityType.parse(attrs["type"]).iri))
    g.add((iri, SKOS.prefLabel, Literal(attrs["label"])))
    for alias in attrs.get("aliases", []):
        g.add((iri, SKOS.altLabel, Literal(alias)))


def _evidence(
    g: Graph, node: URIRef, s: URIRef, pred: URIRef, o: URIRef, ev: dict[str, Any]
) -> None:
    g.add((node, RDF.type, AG.Evidence))
    g.add((node, RDF.type, RDF.Statement))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, pred))
    g.add((node, RDF.object, o))
    g.add((node, AG.sentence, Literal(ev["sentence"])))
    g.add((node, AG.confidence, Literal(str(ev["confidence"]), datatype=XSD.decimal)))
    if ev.get("rule"):
        g.add((node, AG.rule, Literal(ev["rule"])))
    if ev.get("date"):
        g.add((node, DCTERMS.date, Literal(ev["date"], datatype=XSD.date)))
    if ev.get("document_iri"):
        doc = URIRef(ev["document_iri"])
        g.add((node, PROV.wasDerivedFrom, doc))
        if ev.get("source"):
            g.add((doc, AG.sourcePath, Literal(ev["source"])))
        if ev.get("title"):
            g.add((doc, SCHEMA.headline, Literal(ev["title"])))


def scalar_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Return a copy whose attributes are all str, int, float or bool (for GraphML/GEXF).

    >>> g = nx.MultiDiGraph(); g.add_node("a", label="A", aliases=["x", "y"])
    >>> scalar_graph(g).nodes["a"]["aliases"]
    'x; y'
    """
    out = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        out.add_node(
            node,
            label=attrs.get("label", node),
            type=attrs.get("type", ""),
            aliases="; ".join(attrs.get("aliases", [])),
            iri=node,
        )
    for u, v, key, data in graph.edges(keys=True, data=True):
        evidence = data.get("evidence", [])
        out.add_edge(
            u,
            v,
            key=key,
            label=key,
            predicate=key,
            family=data["family"],
            directed=not data["symmetric"],
            confidence=float(data["confidence"]),
            documents=int(data["documents"]),
            first_seen=data["first_seen"] or "",
            last_seen=data["last_seen"] or "",
            best_sentence=evidence[0]["sentence"] if evidence else "",
            evidence=json.dumps(evidence, ensure_ascii=False),
        )
    return out


def _csv_rows(graph: nx.MultiDiGraph) -> list[list[Any]]:
    rows = []
    for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        evidence = data["evidence"]
        rows.append(
            [
                graph.nodes[u]["label"],
                graph.nodes[u]["type"],
                key,
                graph.nodes[v]["label"],
                graph.nodes[v]["type"],
                data["family"],
                not data["symmetric"],
                data["confidence"],
                data["documents"],
                data["first_seen"] or "",
                data["last_seen"] or "",
                evidence[0]["sentence"] if evidence else "",
                "; ".join(dict.fromkeys(e["source"] for e in evidence)),
                u,
                v,
            ]
        )
    return rows


def write_export(graph: nx.MultiDiGraph, fmt: str, out: BinaryIO) -> None:
    """Write ``graph`` in format ``fmt`` (one of ``FORMATS``) to the binary stream ``out``.

    Raises:
        InputError: for an unknown format.

    >>> buf = io.BytesIO(); write_export(nx.MultiDiGraph(), "csv", buf)
    >>> buf.getvalue().decode().split(",")[:2]
    ['source', 'source_type']
    """
    if fmt in ("ttl", "jsonld", "nquads"):
        ds = to_dataset(graph)
        if fmt == "ttl":
            union = Graph()
            for s, p, o, _ in ds.quads((None, None, None, None)):
                union.add((s, p, o))
            union.namespace_manager = ds.namespace_manager
            _bind(union)
            out.write(union.serialize(format="turtle").encode("utf-8"))
        else:
            _bind(ds)
            rdf = ds.serialize(format="json-ld" if fmt == "jsonld" else "nquads")
            out.write(rdf.encode("utf-8"))
    elif fmt == "graphml":
        nx.write_graphml(scalar_graph(graph), out, named_key_ids=True)
    elif fmt == "gexf":
        nx.write_gexf(scalar_graph(graph), out)
    elif fmt == "csv":
        table = io.StringIO(newline="")
        writer = csv.writer(table)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(_csv_rows(graph))
        out.write(table.getvalue().encode("utf-8"))
    else:
        raise InputError(f"unknown export format {fmt!r}. Use one of: {', '.join(FORMATS)}")


def _bind(g: Graph) -> None:
    for prefix, ns in (
        ("ag", str(AG._NS)),
        ("skos", str(SKOS)),
        ("prov", str(PROV)),
        ("dcterms", str(DCTERMS)),
        ("schema", str(SCHEMA)),
        ("actor", "https://w3id.org/actorgraph/actor/"),
        ("evidence", "https://w3id.org/actorgraph/evidence/"),
    ):
        g.bind(prefix, ns, override=True)
