"""Store -> networkx MultiDiGraph, read through SPARQL only.

Every view (paths, analysis, HTML, exports) starts from the graph built
here, so they all work on the embedded store and on a remote SPARQL
endpoint alike: the only thing asked of the store is
``select(query, bindings) -> list[dict[str, value]]``.

The graph:

* one node per actor taking part in a kept relation, keyed by its IRI, with
  ``label``, ``type`` (EntityType value), ``aliases`` (sorted alternative
  labels) and ``hidden`` (gazetteer adjectives and metonyms, for name lookup);
* one edge per relation, keyed by the predicate's JSON name, with
  ``predicate``, ``family``, ``symmetric``, ``confidence`` (the best evidence),
  ``documents`` (number of supporting documents), ``first_seen``/``last_seen``
  (ISO dates of the evidence, None when undated) and ``evidence``, a list of
  dicts (id, sentence, source, title, document, document_iri, date,
  confidence, rule, reversed) best first; ``reversed`` is True when the
  sentence states a symmetric relation from the edge's target.

A symmetric relation stored both ways (``A allied-with B`` in one article,
``B allied-with A`` in another) is one fact, so it becomes one edge, from the
actor with the smaller IRI to the other.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any, Protocol

import networkx as nx
from rdflib import XSD, Literal
from rdflib.namespace import SKOS

from graph.errors import InputError
from graph.vocab import PREDICATES, EntityType, Predicate, predicate

_PREFIXES = """\
PREFIX ag: <https://w3id.org/actorgraph/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
"""

#: One row per piece of evidence. Placeholders are filled with constant
#: clauses and vocabulary IRIs only; user values (dates) are bound. Patterns
#: name their graph, so the answer is the same whether or not a remote
#: endpoint treats its default graph as the union of the named graphs.
EVIDENCE_QUERY = (
    _PREFIXES
    + """\
SELECT ?ev ?s ?p ?o ?sentence ?confidence ?rule ?doc ?source ?headline ?date%(bound)s
WHERE {
  GRAPH ?g {
    VALUES ?p { %(predicates)s }
    %(edges)s
    ?ev a ag:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    OPTIONAL { ?ev ag:sentence ?sentence }
    OPTIONAL { ?ev ag:confidence ?confidence }
    OPTIONAL { ?ev ag:rule ?rule }
    OPTIONAL { ?ev prov:wasDerivedFrom ?doc .
               OPTIONAL { ?doc ag:sourcePath ?source }
               OPTIONAL { ?doc schema:headline ?headline }
               OPTIONAL { ?doc schema:datePublished ?published } }
    OPTIONAL { ?ev dcterms:date ?evdate }
    BIND (COALESCE(?evdate, ?published) AS ?date)
  }
  %(filters)s
}"""
)

#: Types of every typed actor; restricted to those in kept relations in Python.
ACTOR_TYPE_QUERY = (
    _PREFIXES
    + """\
SELECT DISTINCT ?a ?type WHERE {
  GRAPH ?g { VALUES ?type { %(types)s } ?a a ?type }
}"""
)

#: Names of actors: canonical, alternative and (gazetteer) hidden labels.
ACTOR_NAME_QUERY = (
    _PREFIXES
    + """\
SELECT DISTINCT ?a ?prop ?name WHERE {
  GRAPH ?g {
    VALUES ?prop { skos:prefLabel skos:altLabel skos:hiddenLabel ag:adjectival ag:metonym }
    ?a ?prop ?name
  }
}"""
)

_SINCE = "FILTER (BOUND(?date) && ?date >= ?since)"
_UNTIL = "FILTER (BOUND(?date) && ?date <= ?until)"
_TYPED = (
    "FILTER EXISTS { GRAPH ?sg { ?s a ?st } VALUES ?st { %(types)s } } "
    "FILTER EXISTS { GRAPH ?og { ?o a ?ot } VALUES ?ot { %(types)s } }"
)


class Selectable(Protocol):
    """What the views need from a store: a SPARQL SELECT with bound values."""

    def select(
        self, query: str, bindings: Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]: ...


def text(value: Any) -> str | None:
    """Return the lexical form of a SPARQL result value (rdflib, pyoxigraph or plain)."""
    if value is None:
        return None
    if isinstance(value, str):  # rdflib terms are str subclasses: str() is the lexical form
        return str(value)
    inner = getattr(value, "value", None)  # pyoxigraph terms keep it in .value
    return str(inner) if inner is not None else str(value)


#: Each predicate by the text of its IRI, as SPARQL rows give it.
PREDICATE_BY_IRI = {str(p.iri): p for p in PREDICATES}


def oriented(s: str, pred: Predicate, o: str) -> tuple[str, str]:
    """The edge ends of a fact: a symmetric one runs from the smaller IRI, one edge per fact."""
    return (o, s) if pred.symmetric and o < s else (s, o)


def parse_date_bound(value: str | None, *, end: bool = False) -> date | None:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a partial date spans its period.

    Args:
        value: the user's text, or None.
        end: give the last day of a partial period (for ``--until``).

    Returns:
        The date, or None when ``value`` is None or empty.

    Raises:
        InputError: when ``value`` is not such a date.

    >>> parse_date_bound("2020-02", end=True)
    datetime.date(2020, 2, 29)
    """
    if not value:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value.strip())
    try:
        if match is None:
            raise ValueError(value)
        year = int(match[1])
        month = int(match[2] or (12 if end else 1))
        last = calendar.monthrange(year, month)[1]
        day = int(match[3] or (last if end else 1))
        return date(year, month, day)
    except ValueError:
        raise InputError(
            f"{value!r} is not a date. Use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2020-03"
        ) from None


def _predicate_set(names: Iterable[str] | None) -> list[Predicate]:
    """Return the stored predicates for user names (member-of is stored as includes)."""
    if not names:
        return [p for p in PREDICATES if p.name != "member-of"]
    chosen = {predicate(n).name for n in names}
    chosen = {"includes" if n == "member-of" else n for n in chosen}
    return [p for p in PREDICATES if p.name in chosen]


def evidence_query(
    predicates: Iterable[str] | None = None,
    types: Iterable[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    edges: str = "",
    template: str = EVIDENCE_QUERY,
) -> tuple[str, dict[str, Any]]:
    """Return the evidence SELECT and its bindings for the given restrictions.

    Only vocabulary IRIs are written into the text (after validation through
    ``graph.vocab``); the dates travel as bound ``xsd:date`` values.
    ``edges`` is an optional strict ``VALUES (?s ?p ?o)`` block (from
    ``sparql.values_block``) keeping only those relations; ``template`` is
    another query over the same variables (``light.EDGE_QUERY``).

    Raises:
        UnknownPredicate, UnknownType: for names outside the vocabulary.
    """
    preds = " ".join(p.iri.n3() for p in _predicate_set(predicates))
    filters: list[str] = []
    bindings: dict[str, Any] = {}
    if types:
        iris = " ".join(EntityType.parse(t).iri.n3() for t in types)
        filters.append(_TYPED % {"types": iris})
    if since is not None:
        filters.append(_SINCE)
        bindings["since"] = Literal(since.isoformat(), datatype=XSD.date)
    if until is not None:
        filters.append(_UNTIL)
        bindings["until"] = Literal(until.isoformat(), datatype=XSD.date)
    # Bound variables are projected too: pyoxigraph substitutes only projected ones.
    bound = "".join(f" ?{name}" for name in bindings)
    text_ = template % {
        "predicates": preds,
        "filters": "\n  ".join(filters),
        "bound": bound,
        "edges": edges,
    }
    return text_, bindings


def actor_type_query(types: Iterable[str] | None = None) -> str:
    """Return the SELECT of actors' types, restricted to ``types``."""
    chosen = [EntityType.parse(t) for t in types] if types else list(EntityType)
    return ACTOR_TYPE_QUERY % {"types": " ".join(t.iri.n3() for t in chosen)}


def network_from_rows(
    actor_rows: Iterable[Mapping[str, Any]], evidence_rows: Iterable[Mapping[str, Any]]
) -> nx.MultiDiGraph:
    """Build the MultiDiGraph from the rows of the actor and evidence queries.

    A pure converter: no I/O, nothing dropped except actors without a kept
    relation.

    Args:
        actor_rows: dicts with ``a`` and ``type`` (types) or ``a``, ``prop``,
            ``name`` (names), in any order.
        evidence_rows: dicts with the variables of ``EVIDENCE_QUERY``.

    Returns:
        The graph described in the module docstring.

    >>> g = network_from_rows([], [])
    >>> g.number_of_nodes(), g.number_of_edges()
    (0, 0)
    """
    graph = nx.MultiDiGraph()
    seen: set[tuple[str, str]] = set()  # (edge, evidence iri): union graphs may repeat rows
    for row in evidence_rows:
        pred = PREDICATE_BY_IRI[text(row["p"]) or ""]
        s, o = text(row["s"]) or "", text(row["o"]) or ""
        stated = s  # the evidence's own subject, kept so exports can restate it as written
        s, o = oriented(s, pred, o)
        ev_id = text(row.get("ev")) or ""
        if (f"{s} {pred.name} {o}", ev_id) in seen:
            continue
        seen.add((f"{s} {pred.name} {o}", ev_id))
        if not graph.has_edge(s, o, key=pred.name):
            graph.add_edge(
                s,
                o,
                key=pred.name,
                predicate=pred.name,
                family=pred.family,
                symmetric=pred.symmetric,
                evidence=[],
            )
        evidence = _evidence(row, ev_id)
        evidence["reversed"] = stated != s
        graph.edges[s, o, pred.name]["evidence"].append(evidence)
    for _, _, data in graph.edges(data=True):
        _summarise(data)
    _add_actor_attributes(graph, actor_rows)
    return graph


def _evidence(row: Mapping[str, Any], ev_id: str) -> dict[str, Any]:
    confidence = text(row.get("confidence"))
    when = text(row.get("date"))
    doc = text(row.get("doc"))
    return {
        "id": ev_id,
        "sentence": text(row.get("sentence")) or "",
        "source": text(row.get("source")) or doc or "",
        "title": text(row.get("headline")),
        "document": doc.rsplit("/", 1)[-1] if doc else None,
        "document_iri": doc,
        "date": when[:10] if when else None,
        "confidence": float(confidence) if confidence else 0.0,
        "rule": text(row.get("rule")),
    }


def _summarise(data: dict[str, Any]) -> None:
    """Set the edge's confidence, document count and date span from its evidence."""
    evidence = data["evidence"]
    evidence.sort(key=lambda e: (-e["confidence"], e["date"] or "", e["id"]))
    dates = sorted(e["date"] for e in evidence if e["date"])
    data["confidence"] = evidence[0]["confidence"] if evidence else 0.0
    data["documents"] = len({e["document"] for e in evidence if e["document"]})
    data["first_seen"] = dates[0] if dates else None
    data["last_seen"] = dates[-1] if dates else None


def _add_actor_attributes(graph: nx.MultiDiGraph, rows: Iterable[Mapping[str, Any]]) -> None:
    order = {t.value: i for i, t in enumerate(EntityType)}
    types: dict[str, set[str]] = {}
    names: dict[tuple[str, str], set[str]] = {}
    for row in rows:
        iri = text(row["a"]) or ""
        if iri not in graph:
            continue
        if row.get("type") is not None:
            types.setdefault(iri, set()).add((text(row["type"]) or "").rsplit("#", 1)[-1])
        prop, name = text(row.get("prop")), text(row.get("name"))
        if prop and name:
            kind = {str(SKOS.prefLabel): "label", str(SKOS.altLabel): "aliases"}.get(prop, "hidden")
            names.setdefault((iri, kind), set()).add(name)
    for iri, attrs in graph.nodes(data=True):
        labels = sorted(names.get((iri, "label"), ()))
        # Several prefLabels happen when articles spell a name differently; keep one.
        attrs["label"] = labels[0] if labels else iri.rsplit("/", 1)[-1]
        found = sorted(types.get(iri, {"Organization"}), key=lambda t: order.get(t, 99))
        attrs["type"] = found[0]
        others = names.get((iri, "aliases"), set()) | set(labels[1:])
        attrs["aliases"] = sorted(others - {attrs["label"]})
        attrs["hidden"] = sorted(names.get((iri, "hidden"), set()) - {attrs["label"]})


def build_network(
    store: Selectable,
    predicates: Sequence[str] | None = None,
    types: Sequence[str] | None = None,
    since: date | None = None,
    until: date | None = None,
) -> nx.MultiDiGraph:
    """Read the store's actors and relations into a MultiDiGraph.

    Args:
        store: anything with ``select`` (a ``KnowledgeGraph``, embedded or remote).
        predicates: keep only these predicates (JSON names); None keeps all.
        types: keep only relations whose both ends have one of these types.
        since, until: keep only evidence dated in this window (inclusive);
            undated evidence is dropped when a window is given, since it
            cannot be shown to fall inside it.

    Returns:
        The graph described in the module docstring.

    Raises:
        UnknownPredicate, UnknownType: for names outside the vocabulary.

    Example:
        >>> g = build_network(kg, predicates=["backs"], since=date(2020, 1, 1))  # doctest: +SKIP
    """
    select = fast_select(store)
    query, bindings = evidence_query(predicates, types, since, until)
    rows = select(query, bindings or None)
    actors = select(actor_type_query(types)) + select(ACTOR_NAME_QUERY)
    return network_from_rows(actors, rows)


def fast_select(store: Selectable) -> Any:
    """Return the store's ``select_text`` (lexical values, no term objects) or ``select``.

    The views read values through ``text`` only, so both give the same graph.
    """
    return getattr(store, "select_text", store.select)


def ego_network(graph: nx.MultiDiGraph, center: str, hops: int = 1) -> nx.MultiDiGraph:
    """Return the actors within ``hops`` relations of ``center`` (any direction).

    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c")])
    >>> sorted(ego_network(g, "a", 1))
    ['a', 'b']
    """
    near = nx.single_source_shortest_path_length(
        graph.to_undirected(as_view=True), center, cutoff=hops
    )
    return graph.subgraph(near).copy()


def describe_filters(
    predicates: Sequence[str] | None,
    types: Sequence[str] | None,
    since: date | None,
    until: date | None,
) -> str:
    """Return a short human phrase for the restrictions in force ('' when none)."""
    parts = []
    if predicates:
        parts.append("predicates " + ", ".join(predicates))
    if types:
        parts.append("types " + ", ".join(types))
    if since or until:
        parts.append(f"evidence {since or '…'} to {until or '…'}")
    return "; ".join(parts)
