"""A light network for ``path`` and ``analyze``: the relations without their evidence lists.

``network.build_network`` reads every piece of evidence into Python (on a
store of a million triples: 45,000 rows of eleven columns, seconds). A path
search and the network measures only need each relation's best confidence,
its document count and its dates, which one grouped SPARQL query computes
inside the store. The evidence is then read only for the relations shown
(the hops of the returned paths, one actor's profile) with the same query
and the same conversion as ``build_network``, so the output is identical.

The light graph has the nodes and edge attributes of ``build_network``'s,
with ``evidence`` empty until ``fill_evidence`` reads it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

import networkx as nx
from rdflib import URIRef

from graph.store.sparql import values_block
from graph.views.network import (
    _PREFIXES,
    ACTOR_NAME_QUERY,
    Selectable,
    _add_actor_attributes,
    actor_type_query,
    evidence_query,
    fast_select,
    network_from_rows,
    text,
)
from graph.vocab import PREDICATES

#: One row per relation, grouped in the store. A symmetric relation stored
#: both ways is one fact (as in ``build_network``): its ends are put in IRI
#: order (?a < ?b) before grouping, so its documents are counted once.
#: Placeholders as in ``network.EVIDENCE_QUERY``.
EDGE_QUERY = _PREFIXES + """\
SELECT ?a ?p ?b (MAX(?confidence) AS ?best) (COUNT(DISTINCT ?doc) AS ?documents)
       (MIN(?date) AS ?first) (MAX(?date) AS ?last)%(bound)s
WHERE {
  GRAPH ?g {
    VALUES ?p { %(predicates)s }
    %(edges)s
    ?ev a ag:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    OPTIONAL { ?ev ag:confidence ?confidence }
    OPTIONAL { ?ev prov:wasDerivedFrom ?doc .
               OPTIONAL { ?doc schema:datePublished ?published } }
    OPTIONAL { ?ev dcterms:date ?evdate }
    BIND (COALESCE(?evdate, ?published) AS ?date)
  }
  %(filters)s
  BIND (?p IN (%(symmetric)s) && STR(?o) < STR(?s) AS ?swap)
  BIND (IF(?swap, ?o, ?s) AS ?a)
  BIND (IF(?swap, ?s, ?o) AS ?b)
} GROUP BY ?a ?p ?b%(bound)s"""

_SYMMETRIC = ", ".join(p.iri.n3() for p in PREDICATES if p.symmetric)


def light_network(
    store: Selectable,
    predicates: Sequence[str] | None = None,
    types: Sequence[str] | None = None,
    since: date | None = None,
    until: date | None = None,
) -> nx.MultiDiGraph:
    """Return ``build_network``'s graph without evidence (``fill_evidence`` adds it).

    Arguments and errors as ``network.build_network``.
    """
    template = EDGE_QUERY.replace("%(symmetric)s", _SYMMETRIC)
    query, bindings = evidence_query(predicates, types, since, until, template=template)
    select = fast_select(store)
    rows = select(query, bindings or None)
    by_iri = {str(p.iri): p for p in PREDICATES}
    graph = nx.MultiDiGraph()
    for row in rows:
        pred = by_iri[text(row["p"]) or ""]
        first, last = text(row.get("first")), text(row.get("last"))
        confidence = text(row.get("best"))
        graph.add_edge(
            text(row["a"]) or "", text(row["b"]) or "", key=pred.name,
            predicate=pred.name, family=pred.family, symmetric=pred.symmetric, evidence=[],
            confidence=float(confidence) if confidence else 0.0,
            documents=int(text(row.get("documents")) or 0),
            first_seen=first[:10] if first else None, last_seen=last[:10] if last else None)
    actors = select(actor_type_query(types)) + select(ACTOR_NAME_QUERY)
    _add_actor_attributes(graph, actors)
    return graph


def fill_evidence(
    store: Selectable,
    graph: nx.MultiDiGraph,
    edges: Iterable[tuple[str, str, str]],
    predicates: Sequence[str] | None = None,
    types: Sequence[str] | None = None,
    since: date | None = None,
    until: date | None = None,
) -> None:
    """Read the evidence of ``edges`` (``(u, v, key)`` of ``graph``) into their ``evidence``.

    Same restrictions as the graph was built with; the lists are what
    ``build_network`` would have given those edges (best first).
    """
    wanted = sorted({e for e in edges if graph.has_edge(*e)})
    if not wanted:
        return
    by_name = {p.name: p for p in PREDICATES}
    rows = set()
    for u, v, key in wanted:
        pred = by_name[key]
        rows.add((URIRef(u), pred.iri, URIRef(v)))
        if pred.symmetric:  # stored either way round
            rows.add((URIRef(v), pred.iri, URIRef(u)))
    block = values_block(["s", "p", "o"], sorted(rows))
    query, bindings = evidence_query(predicates, types, since, until, edges=block)
    found = network_from_rows([], fast_select(store)(query, bindings or None))
    for u, v, key in wanted:
        if found.has_edge(u, v, key):
            graph.edges[u, v, key]["evidence"] = found.edges[u, v, key]["evidence"]


def incident_edges(graph: nx.MultiDiGraph, node: str) -> list[tuple[str, str, str]]:
    """Return the ``(u, v, key)`` of every relation of ``node``, either direction."""
    out: list[tuple[str, str, str]] = [
        (u, v, k) for u, v, k in graph.out_edges(node, keys=True)]
    out += [(u, v, k) for u, v, k in graph.in_edges(node, keys=True)]
    return out
