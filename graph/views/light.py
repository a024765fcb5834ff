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

Lighter still, ``knowledge_network`` reads only the distinct relations of
the knowledge graph (no evidence, no grouping: tens of milliseconds at a
million triples): a skeleton whose ``confidence``/``documents``/dates
``summarise_edges`` fills for the relations a view goes on to use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import networkx as nx
from rdflib import XSD, Literal, URIRef

from graph.store.mapping import GAZETTEER_GRAPH, KNOWLEDGE_GRAPH
from graph.store.sparql import values_block
from graph.views.network import (
    _PREFIXES,
    ACTOR_NAME_QUERY,
    PREDICATE_BY_IRI,
    Selectable,
    _add_actor_attributes,
    actor_type_query,
    evidence_query,
    fast_select,
    network_from_rows,
    oriented,
    text,
)
from graph.vocab import PREDICATES, Predicate

#: One row per relation, grouped in the store. A symmetric relation stored
#: both ways is one fact (as in ``build_network``): its ends are put in IRI
#: order (?a < ?b) before grouping, so its documents are counted once.
#: Placeholders as in ``network.EVIDENCE_QUERY``.
EDGE_QUERY = (
    _PREFIXES
    + """\
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
)

_SYMMETRIC = ", ".join(p.iri.n3() for p in PREDICATES if p.symmetric)

#: The distinct relations, each once, from the knowledge graph.
KNOWLEDGE_EDGE_QUERY = (
    _PREFIXES
    + f"""\
SELECT ?s ?p ?o WHERE {{
  GRAPH <{KNOWLEDGE_GRAPH}> {{ VALUES ?p {{ %(predicates)s }} ?s ?p ?o }}
}}"""
)

#: Actors' types and names from the knowledge graph and the gazetteer: the
#: same sets ``ACTOR_TYPE_QUERY``/``ACTOR_NAME_QUERY`` find in every graph.
_FACT_GRAPHS = f"VALUES ?g {{ <{KNOWLEDGE_GRAPH}> <{GAZETTEER_GRAPH}> }}"


def _in_fact_graphs(query: str) -> str:
    """Restrict a query over ``GRAPH ?g`` to the knowledge graph and the gazetteer."""
    body = query.rstrip()
    return body[:-1] + f"  {_FACT_GRAPHS}\n}}"


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
    graph = nx.MultiDiGraph()
    for row in rows:
        pred = PREDICATE_BY_IRI[text(row["p"]) or ""]
        first, last = text(row.get("first")), text(row.get("last"))
        confidence = text(row.get("best"))
        graph.add_edge(
            text(row["a"]) or "",
            text(row["b"]) or "",
            key=pred.name,
            predicate=pred.name,
            family=pred.family,
            symmetric=pred.symmetric,
            evidence=[],
            confidence=float(confidence) if confidence else 0.0,
            documents=int(text(row.get("documents")) or 0),
            first_seen=first[:10] if first else None,
            last_seen=last[:10] if last else None,
        )
    actors = select(actor_type_query(types)) + select(ACTOR_NAME_QUERY)
    _add_actor_attributes(graph, actors)
    return graph


def add_fact_edge(graph: nx.MultiDiGraph, s: str, pred: Predicate, o: str) -> bool:
    """Add a fact's edge with no confidence or evidence yet; False if it was there.

    ``summarise_edges`` fills confidence, documents and dates later.
    """
    u, v = oriented(s, pred, o)
    if graph.has_edge(u, v, pred.name):
        return False
    graph.add_edge(
        u,
        v,
        key=pred.name,
        predicate=pred.name,
        family=pred.family,
        symmetric=pred.symmetric,
        evidence=[],
        confidence=0.0,
        documents=0,
        first_seen=None,
        last_seen=None,
    )
    return True


def knowledge_network(store: Selectable) -> nx.MultiDiGraph:
    """Return every relation of the knowledge graph, without confidence or evidence yet.

    The nodes and edges are those of ``light_network`` with no restriction
    (a relation is in the knowledge graph exactly when some document or
    analyst states it, with evidence); ``confidence`` and ``documents`` are
    0 and the dates None until ``summarise_edges`` reads them.
    """
    select = fast_select(store)
    preds = " ".join(p.iri.n3() for p in PREDICATES if p.name != "member-of")
    graph = nx.MultiDiGraph()
    for row in select(KNOWLEDGE_EDGE_QUERY % {"predicates": preds}):
        pred = PREDICATE_BY_IRI[text(row["p"]) or ""]
        add_fact_edge(graph, text(row["s"]) or "", pred, text(row["o"]) or "")
    actors = select(_in_fact_graphs(actor_type_query())) + select(_in_fact_graphs(ACTOR_NAME_QUERY))
    _add_actor_attributes(graph, actors)
    return graph


#: One row per piece of evidence of the relations in %(edges)s, without the
#: nested document lookups that make Oxigraph read every piece of evidence.
#: (Only evidence nodes have rdf:subject; saying ``a ag:Evidence`` as well
#: makes Oxigraph 0.5 start from all evidence once the VALUES block is
#: large: 7 s instead of 0.2 s for 1,000 relations at a million triples.)
SUMMARY_QUERY = (
    _PREFIXES
    + """\
SELECT ?s ?p ?o ?confidence ?doc ?evdate WHERE {
  GRAPH ?g {
    %(edges)s
    ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    OPTIONAL { ?ev ag:confidence ?confidence }
    OPTIONAL { ?ev prov:wasDerivedFrom ?doc }
    OPTIONAL { ?ev dcterms:date ?evdate }
  }
}"""
)

#: Which relations of %(edges)s have evidence dated in [?since, ?until] (the
#: evidence's date, else its document's): DISTINCT in the store, so only one
#: row per relation is decoded, not one per piece of evidence.
IN_WINDOW_QUERY = (
    _PREFIXES
    + """\
SELECT DISTINCT ?s ?p ?o WHERE {
  GRAPH ?g {
    %(edges)s
    ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    OPTIONAL { ?ev dcterms:date ?evdate }
    OPTIONAL { ?ev prov:wasDerivedFrom ?doc . ?doc schema:datePublished ?published }
    BIND (COALESCE(?evdate, ?published) AS ?date)
  }
  FILTER (BOUND(?date) %(filters)s)
}"""
)

#: Publication dates of documents (VALUES ?doc), for evidence without a date.
PUBLISHED_QUERY = (
    _PREFIXES
    + """\
SELECT ?doc ?published WHERE { %(docs)s GRAPH ?doc { ?doc schema:datePublished ?published } }"""
)


_BATCH = 500  # relations per request: a plan that suits a small VALUES block stays chosen


def summarise_edges(
    store: Selectable,
    graph: nx.MultiDiGraph,
    edges: Iterable[tuple[str, str, str]],
    since: date | None = None,
    until: date | None = None,
) -> None:
    """Set ``confidence``, ``documents`` and the dates of ``edges`` as ``light_network`` does.

    Reads the evidence of those relations only (``edge_summaries``), within
    the window [since, until] if one is given.
    """
    wanted = [e for e in edges if graph.has_edge(*e)]
    for key, summary in edge_summaries(store, wanted, since, until).items():
        if graph.has_edge(*key):
            graph.edges[key].update(summary)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def in_window(day: str | None, since: date | None, until: date | None) -> bool:
    """True when the evidence date ``day`` lies in [since, until] (either end open).

    As the queries' ``FILTER (BOUND(?date) && ?date >= ?since)``: evidence
    without a date, or with one that is no xsd:date, is outside any window.
    """
    if since is None and until is None:
        return True
    if not day or not _ISO_DATE.fullmatch(day[:10]):
        return False
    day = day[:10]
    return (since is None or day >= since.isoformat()) and (
        until is None or day <= until.isoformat()
    )


def edge_summaries(
    store: Selectable,
    edges: Iterable[tuple[str, str, str]],
    since: date | None = None,
    until: date | None = None,
) -> dict[tuple[str, str, str], dict[str, Any]]:
    """Return the attributes ``light_network`` gives ``edges`` (``(u, v, key)``), in a window.

    Reads the evidence of those relations only (by index, through their
    triples) and sums it up here: the best confidence, the number of
    documents, the first and last date (the evidence's, else its
    document's publication date). With ``since``/``until``, only evidence
    dated inside the window counts, as in ``light_network(since=, until=)``,
    and a relation without any is left out of the answer.
    """
    wanted = sorted(set(edges))
    if not wanted:
        return {}
    select = fast_select(store)
    found: dict[tuple[str, str, str], list[tuple[float | None, str | None, str | None]]] = {}
    batches = [wanted[i : i + _BATCH] for i in range(0, len(wanted), _BATCH)]
    rows = [
        row for batch in batches for row in select(SUMMARY_QUERY % {"edges": edges_clause(batch)})
    ]
    for row in rows:
        pred = PREDICATE_BY_IRI[text(row["p"]) or ""]
        s, o = oriented(text(row["s"]) or "", pred, text(row["o"]) or "")
        confidence = text(row.get("confidence"))
        found.setdefault((s, o, pred.name), []).append(
            (
                float(confidence) if confidence else None,
                text(row.get("doc")),
                text(row.get("evdate")),
            )
        )
    undated = sorted({d for rows in found.values() for _, d, when in rows if d and not when})
    published: dict[str, str] = {}
    if undated:
        block = values_block(["doc"], [[URIRef(d)] for d in undated])
        published = {
            text(r["doc"]) or "": text(r["published"]) or ""
            for r in select(PUBLISHED_QUERY % {"docs": block})
        }
    out = {}
    asked = set(wanted)
    for key, evidence in found.items():
        if key not in asked:
            continue
        dated = [
            (c, doc, (when or published.get(doc or "") or "")[:10] or None)
            for c, doc, when in evidence
        ]
        if since is not None or until is not None:
            dated = [(c, doc, day) for c, doc, day in dated if in_window(day, since, until)]
            if not dated:
                continue
        scores = [c for c, _, _ in dated if c is not None]
        days = sorted(day for _, _, day in dated if day)
        out[key] = dict(
            confidence=max(scores) if scores else 0.0,
            documents=len({doc for _, doc, _ in dated if doc}),
            first_seen=days[0] if days else None,
            last_seen=days[-1] if days else None,
        )
    return out


def edges_in_window(
    store: Selectable, edges: Iterable[tuple[str, str, str]], since: date | None, until: date | None
) -> set[tuple[str, str, str]]:
    """Return those of ``edges`` (``(u, v, key)``) with evidence dated in [since, until].

    The relations ``light_network(since=, until=)`` keeps, asked for these
    relations only; ``edge_summaries`` then gives their attributes.
    """
    wanted = sorted(set(edges))
    filters, bindings = "", {}
    if since is not None:
        filters += " && ?date >= ?since"
        bindings["since"] = Literal(since.isoformat(), datatype=XSD.date)
    if until is not None:
        filters += " && ?date <= ?until"
        bindings["until"] = Literal(until.isoformat(), datatype=XSD.date)
    select = fast_select(store)
    found = set()
    for i in range(0, len(wanted), _BATCH):
        query = IN_WINDOW_QUERY % {
            "edges": edges_clause(wanted[i : i + _BATCH]),
            "filters": filters,
        }
        for row in select(query, bindings or None):
            pred = PREDICATE_BY_IRI[text(row["p"]) or ""]
            found.add((*oriented(text(row["s"]) or "", pred, text(row["o"]) or ""), pred.name))
    return found & set(wanted)


def edges_clause(edges: Iterable[tuple[str, str, str]]) -> str:
    """Return the clause keeping only the evidence of ``edges`` (inside ``GRAPH ?g``).

    The relation's own triple comes first: Oxigraph then finds the graphs
    stating it by index and the evidence inside each, instead of reading
    all evidence and joining (1,000 relations: 30 ms instead of 7 s at a
    million triples). Every graph with evidence for a relation states it.
    """
    return values_block(["s", "p", "o"], sorted(stored_triples(edges))) + "\n    ?s ?p ?o ."


def stored_triples(edges: Iterable[tuple[str, str, str]]) -> set[tuple[URIRef, URIRef, URIRef]]:
    """The stored triples of network edges: a symmetric one may be stored either way round."""
    by_name = {p.name: p for p in PREDICATES}
    rows = set()
    for u, v, key in edges:
        pred = by_name[key]
        rows.add((URIRef(u), pred.iri, URIRef(v)))
        if pred.symmetric:
            rows.add((URIRef(v), pred.iri, URIRef(u)))
    return rows


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
    if predicates or types:
        query, bindings = evidence_query(
            predicates, types, since, until, edges=edges_clause(wanted)
        )
        found = network_from_rows([], fast_select(store)(query, bindings or None))
    else:  # by index, the window applied here (5x faster than in the query)
        rows = _evidence_rows(store, wanted)
        if since is not None or until is not None:
            rows = [r for r in rows if in_window(r.get("date"), since, until)]
        found = network_from_rows([], rows)
    for u, v, key in wanted:
        if found.has_edge(u, v, key):
            graph.edges[u, v, key]["evidence"] = found.edges[u, v, key]["evidence"]


#: ``network.EVIDENCE_QUERY``'s rows for %(edges)s without the nested document
#: lookups (see ``SUMMARY_QUERY``); the documents' metadata comes from ``DOCUMENT_QUERY``.
EVIDENCE_ROWS_QUERY = (
    _PREFIXES
    + """\
SELECT ?ev ?s ?p ?o ?sentence ?confidence ?rule ?doc ?evdate WHERE {
  GRAPH ?g {
    %(edges)s
    ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    OPTIONAL { ?ev ag:sentence ?sentence }
    OPTIONAL { ?ev ag:confidence ?confidence }
    OPTIONAL { ?ev ag:rule ?rule }
    OPTIONAL { ?ev prov:wasDerivedFrom ?doc }
    OPTIONAL { ?ev dcterms:date ?evdate }
  }
}"""
)
DOCUMENT_QUERY = (
    _PREFIXES
    + """\
SELECT ?doc ?prop ?value WHERE {
  %(docs)s
  VALUES ?prop { ag:sourcePath schema:headline schema:datePublished }
  GRAPH ?doc { ?doc ?prop ?value }
}"""
)
_DOC_FIELDS = {
    "https://w3id.org/actorgraph/ontology#sourcePath": "source",
    "https://schema.org/headline": "headline",
    "https://schema.org/datePublished": "published",
}


def _evidence_rows(store: Selectable, edges: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    """Return ``network.EVIDENCE_QUERY``'s rows (no restriction) for ``edges``, by index."""
    select = fast_select(store)
    rows = [
        dict(row)
        for i in range(0, len(edges), _BATCH)
        for row in select(EVIDENCE_ROWS_QUERY % {"edges": edges_clause(edges[i : i + _BATCH])})
    ]
    docs = sorted({text(r.get("doc")) or "" for r in rows} - {""})
    meta: dict[str, dict[str, str]] = {}
    if docs:
        block = values_block(["doc"], [[URIRef(d)] for d in docs])
        for row in select(DOCUMENT_QUERY % {"docs": block}):
            field = _DOC_FIELDS[text(row["prop"]) or ""]
            meta.setdefault(text(row["doc"]) or "", {}).setdefault(field, text(row["value"]) or "")
    for row in rows:
        doc = meta.get(text(row.get("doc")) or "", {})
        row.update(
            source=doc.get("source"),
            headline=doc.get("headline"),
            date=text(row.get("evdate")) or doc.get("published"),
        )
    return rows


def incident_edges(graph: nx.MultiDiGraph, node: str) -> list[tuple[str, str, str]]:
    """Return the ``(u, v, key)`` of every relation of ``node``, either direction."""
    out: list[tuple[str, str, str]] = [(u, v, k) for u, v, k in graph.out_edges(node, keys=True)]
    out += [(u, v, k) for u, v, k in graph.in_edges(node, keys=True)]
    return out
