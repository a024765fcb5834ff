"""``path`` without reading the whole network: a search outward from both actors.

The knowledge graph (``<graph/knowledge>``) holds each relation once, so the
neighbours of a set of actors are one SPARQL query with the actors bound in
a VALUES block. ``path_graph`` expands the smaller of two frontiers, one
from each actor, level by level (following ``--via``, ``--avoid``,
``--avoid-actor`` and ``--directed`` as ``paths.step_graph`` does) until they
meet or together reach ``max_hops``. Every relation of every path it could
return is then among the relations read (each hop of such a path touches an
actor one side expanded), so ``paths.candidate_edges`` picks those, and only
their evidence is grouped into confidences and document counts, in the
store. ``paths.find_paths`` on the result answers as on the whole network.

Cost grows with the two neighbourhoods, not with the store. A dated
window (``--since/--until``) is searched the same way: each relation read
is kept only if some of its evidence is dated inside the window, and its
confidence, documents and dates are those of that evidence
(``light.edge_summaries``), so the search walks exactly the relations of
``light.light_network(since=, until=)`` around the two actors.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date
from typing import Any

import networkx as nx
from rdflib import Literal, URIRef

from graph.store.mapping import GAZETTEER_GRAPH, KNOWLEDGE_GRAPH
from graph.store.sparql import values_block
from graph.views.light import (
    add_fact_edge,
    edges_in_window,
    knowledge_network,
    summarise_edges,
)
from graph.views.network import (
    _PREFIXES,
    ACTOR_NAME_QUERY,
    PREDICATE_BY_IRI,
    Selectable,
    _add_actor_attributes,
    actor_type_query,
    fast_select,
    oriented,
    text,
)
from graph.views.paths import _stored, candidate_edges, resolve
from graph.vocab import PREDICATES, Predicate

_STORED = [p for p in PREDICATES if p.name != "member-of"]
_SYMMETRIC = {p.name for p in _STORED if p.symmetric}
_PREDICATE_VALUES = "VALUES ?p { " + " ".join(p.iri.n3() for p in _STORED) + " }"

#: The relations touching the actors of a VALUES ?x block, once each.
NEIGHBOURS_QUERY = (
    _PREFIXES
    + f"""\
SELECT ?s ?p ?o WHERE {{
  GRAPH <{KNOWLEDGE_GRAPH}> {{
    {{ %(values)s {_PREDICATE_VALUES} ?x ?p ?o BIND(?x AS ?s) }}
    UNION
    {{ %(values)s {_PREDICATE_VALUES} ?s ?p ?x BIND(?x AS ?o) }}
  }}
}}"""
)

#: Actors named exactly so (any label property), with relations.
_NAMED = (
    _PREFIXES
    + f"""\
SELECT DISTINCT ?a ?prop WHERE {{
  VALUES ?g {{ <{KNOWLEDGE_GRAPH}> <{GAZETTEER_GRAPH}> }}
  VALUES ?prop {{ skos:prefLabel skos:altLabel skos:hiddenLabel ag:adjectival ag:metonym }}
  GRAPH ?g {{ ?a ?prop ?name }}
  FILTER EXISTS {{ GRAPH <{KNOWLEDGE_GRAPH}> {{
    {_PREDICATE_VALUES} {{ ?a ?p ?o }} UNION {{ ?o ?p ?a }} }} }}
}}"""
)
_RANK = {
    "http://www.w3.org/2004/02/skos/core#prefLabel": 0,
    "http://www.w3.org/2004/02/skos/core#altLabel": 1,
}


def resolve_actor(store: Selectable, name: str) -> str:
    """Return the IRI of the actor with relations named ``name`` (label, alias, any case).

    Looks the exact spelling up in the store's index, then its usual
    capitalisations; anything else falls back to ``paths.resolve`` over
    the whole ``light.knowledge_network`` (slower), which also suggests close names.

    Raises:
        UnknownActor: as ``paths.resolve``.
    """
    wanted = name.strip()
    select = fast_select(store)
    for spelling in dict.fromkeys([wanted, wanted.title(), wanted.upper(), wanted.lower()]):
        rows = select(_NAMED, {"name": Literal(spelling)})
        if rows:
            best = min(
                rows, key=lambda r: (_RANK.get(text(r["prop"]) or "", 2), text(r["a"]) or "")
            )
            return text(best["a"]) or ""
    return resolve(knowledge_network(store), name)


def path_graph(
    store: Selectable,
    source: str,
    target: str,
    *,
    max_hops: int = 4,
    all_paths: bool = False,
    via: Iterable[str] = (),
    avoid: Iterable[str] = (),
    avoid_actors: Iterable[str] = (),
    directed: bool = False,
    since: date | None = None,
    until: date | None = None,
    **_: Any,
) -> nx.MultiDiGraph:
    """Return the relations ``paths.find_paths`` needs between ``source`` and ``target``.

    Args:
        store: a ``KnowledgeGraph`` (or anything with ``select``).
        source, target: actor IRIs (``resolve_actor``).
        max_hops, all_paths, via, avoid, avoid_actors, directed: ``find_paths``'
            options (others, such as ``limit``, are accepted and ignored).
        since, until: only relations with evidence dated in this window, summed
            up over that evidence (``light_network``'s window).

    Returns:
        A graph shaped as ``light.light_network``'s, holding ``source``,
        ``target`` and the relations of their candidate paths, with
        confidences, document counts, dates and actor names.
    """
    banned = set(avoid_actors)
    window = (since, until) if since is not None or until is not None else None
    local = _Frontiers(store, via, avoid, directed, banned, window)
    if source != target and not banned & {source, target}:
        local.search(source, target, max_hops, all_paths)
    edges = candidate_edges(
        local.graph,
        source,
        target,
        max_hops=max_hops,
        all_paths=all_paths,
        via=via,
        avoid=avoid,
        avoid_actors=banned,
        directed=directed,
    )
    graph = nx.MultiDiGraph(local.graph.edge_subgraph(edges))
    graph.add_nodes_from([source, target])
    summarise_edges(store, graph, edges, *(window or (None, None)))
    label_actors(store, graph)
    return graph


def neighbourhood_graph(
    store: Selectable, actors: Iterable[str], since: date | None = None, until: date | None = None
) -> nx.MultiDiGraph:
    """Return every relation of ``actors`` (in the window), summarised and labelled."""
    actors = list(actors)
    window = (since, until) if since is not None or until is not None else None
    local = _Frontiers(store, (), (), False, set(), window)
    local.expand(set(actors))
    graph = local.graph
    graph.add_nodes_from(actors)
    summarise_edges(store, graph, list(graph.edges(keys=True)), since, until)
    label_actors(store, graph)
    return graph


def label_actors(store: Selectable, graph: nx.MultiDiGraph) -> None:
    """Give ``graph``'s actors their label, type, aliases and hidden names from the store."""
    if not graph:
        return
    block = values_block(["a"], [[URIRef(n)] for n in sorted(graph)])
    facts = f"VALUES ?g {{ <{KNOWLEDGE_GRAPH}> <{GAZETTEER_GRAPH}> }} {block}"
    select = fast_select(store)
    rows = [*select(_bound(actor_type_query(), facts)), *select(_bound(ACTOR_NAME_QUERY, facts))]
    _add_actor_attributes(graph, rows)


def _bound(query: str, clause: str) -> str:
    body = query.rstrip()
    return body[:-1] + f"  {clause}\n}}"


class _Frontiers:
    """Relations read around actors, and the arcs a path may take along them."""

    def __init__(
        self,
        store: Selectable,
        via: Iterable[str],
        avoid: Iterable[str],
        directed: bool,
        banned: set[str],
        window: tuple[date | None, date | None] | None = None,
    ):
        self.store = store
        self.window = window
        self.outside: set[tuple[str, str, str]] = set()  # relations without evidence in it
        self.keep = {_stored(p) for p in via}
        self.drop = {_stored(p) for p in avoid}
        self.directed = directed
        self.banned = banned
        self.read: set[str] = set()
        self.graph = nx.MultiDiGraph()
        self.touching: dict[str, list[tuple[str, str, str]]] = {}

    def expand(self, actors: set[str]) -> None:
        """Read every relation touching ``actors`` (those not read before)."""
        todo = sorted(actors - self.read)
        self.read |= actors
        for start in range(0, len(todo), 2000):  # keep each request a sane size
            block = values_block(["x"], [[URIRef(a)] for a in todo[start : start + 2000]])
            facts = [
                (text(row["s"]) or "", PREDICATE_BY_IRI[text(row["p"]) or ""], text(row["o"]) or "")
                for row in fast_select(self.store)(NEIGHBOURS_QUERY % {"values": block})
            ]
            if self.window is None:
                for s, pred, o in facts:
                    self._add(s, pred, o)
                continue
            keys = {(*oriented(s, pred, o), pred.name): (s, pred, o) for s, pred, o in facts}
            new = [k for k in keys if k not in self.outside and not self.graph.has_edge(*k)]
            inside = edges_in_window(self.store, new, *self.window)
            self.outside.update(k for k in new if k not in inside)
            for key in sorted(inside):
                self._add(*keys[key])

    def _add(self, s: str, pred: Predicate, o: str) -> None:
        if not add_fact_edge(self.graph, s, pred, o):
            return
        for end in {s, o}:
            self.touching.setdefault(end, []).append((s, pred.name, o))

    def steps(self, actor: str, forward: bool) -> set[str]:
        """The actors one allowed hop from ``actor`` (``forward``), or one hop before it."""
        out = set()
        for s, key, o in self.touching.get(actor, ()):
            if (self.keep and key not in self.keep) or key in self.drop:
                continue
            other = o if s == actor else s
            stored_way = (s == actor) == forward  # the hop follows the stored direction
            if other in self.banned or (self.directed and not stored_way and key not in _SYMMETRIC):
                continue
            out.add(other)
        return out

    def search(self, source: str, target: str, max_hops: int, all_paths: bool) -> None:
        """Read outward from both ends until every candidate path's relations are read."""
        dist = ({source: 0}, {target: 0})
        fronts = [{source}, {target}]
        depth = [0, 0]
        best = math.inf
        while fronts[0] and fronts[1] and sum(depth) < min(best, max_hops):
            side = 0 if len(fronts[0]) <= len(fronts[1]) else 1
            self.expand(fronts[side])
            found: set[str] = set()
            for actor in fronts[side]:
                for other in self.steps(actor, forward=side == 0):
                    if other not in dist[side]:
                        dist[side][other] = depth[side] + 1
                        found.add(other)
            depth[side] += 1
            fronts[side] = found
            if not all_paths:
                meets = [dist[side][a] + dist[1 - side][a] for a in found if a in dist[1 - side]]
                best = min([best, *meets])
