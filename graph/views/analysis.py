"""Network analysis of the actor graph: centrality, alliance blocs, structural balance.

The signed graph behind blocs and balance counts cooperative relations
(allied-with, backs, affiliated-with) and membership (includes, leads,
represents) as positive ties, since a member stands with its umbrella body,
and hostile relations (opposes, attacks, accuses) as negative ties.
Diplomatic and spatial relations carry no sign and are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import networkx as nx
from networkx.algorithms.community import louvain_communities

from graph.vocab import COOPERATIVE, HOSTILE, MEMBERSHIP

POSITIVE_FAMILIES = frozenset({COOPERATIVE, MEMBERSHIP})
NEGATIVE_FAMILIES = frozenset({HOSTILE})

#: Above this many actors, betweenness is estimated from a sample of sources.
BETWEENNESS_EXACT_LIMIT = 1000


def _weighted_views(graph: nx.MultiDiGraph) -> tuple[nx.DiGraph, nx.Graph]:
    """Collapse the multigraph: arcs for PageRank (symmetric both ways), edges for the rest."""
    arcs, edges = nx.DiGraph(), nx.Graph()
    arcs.add_nodes_from(graph)
    edges.add_nodes_from(graph)
    for u, v, data in graph.edges(data=True):
        if u == v:
            continue
        pairs = [(u, v), (v, u)] if data["symmetric"] else [(u, v)]
        for a, b in pairs:
            weight = arcs.edges[a, b]["weight"] if arcs.has_edge(a, b) else 0.0
            arcs.add_edge(a, b, weight=weight + data["confidence"])
        edges.add_edge(u, v)
    return arcs, edges


def centrality(graph: nx.MultiDiGraph, top: int | None = None) -> list[dict[str, Any]]:
    """Return each actor's degree, PageRank and betweenness, by PageRank.

    ``degree`` counts distinct neighbours; ``pagerank`` follows relation
    direction (weight flows from subject to object, both ways for symmetric
    predicates), weighted by confidence; ``betweenness``
    ignores direction and is sampled (500 sources, fixed seed) above
    ``BETWEENNESS_EXACT_LIMIT`` actors.

    Returns:
        Rows with iri, label, type, degree, pagerank, betweenness.
    """
    arcs, edges = _weighted_views(graph)
    ranks = nx.pagerank(arcs, weight="weight")
    k = 500 if edges.number_of_nodes() > BETWEENNESS_EXACT_LIMIT else None
    between = nx.betweenness_centrality(edges, k=k, seed=0 if k else None)
    rows = [
        {
            "iri": n,
            "label": graph.nodes[n]["label"],
            "type": graph.nodes[n]["type"],
            "degree": edges.degree(n),
            "pagerank": round(ranks[n], 6),
            "betweenness": round(between[n], 6),
        }
        for n in graph
    ]
    rows.sort(key=lambda r: (-r["pagerank"], -r["degree"], r["label"]))
    return rows[:top] if top else rows


def signed_graph(graph: nx.MultiDiGraph) -> nx.Graph:
    """Return the undirected signed graph: ``sign`` +1, -1, or 0 where both kinds of tie exist.

    Each edge keeps ``positive`` and ``negative``: the predicates behind each sign.
    """
    signed = nx.Graph()
    signed.add_nodes_from(graph)
    for u, v, key, data in graph.edges(keys=True, data=True):
        if u == v:
            continue
        if data["family"] in POSITIVE_FAMILIES:
            kind = "positive"
        elif data["family"] in NEGATIVE_FAMILIES:
            kind = "negative"
        else:
            continue
        if not signed.has_edge(u, v):
            signed.add_edge(u, v, positive=[], negative=[])
        signed.edges[u, v][kind].append(key)
    for _, _, data in signed.edges(data=True):
        data["sign"] = (1 if data["positive"] else 0) - (1 if data["negative"] else 0)
    return signed


def alliance_blocs(
    graph: nx.MultiDiGraph, min_size: int = 2, resolution: float = 1.0, seed: int = 42
) -> list[dict[str, Any]]:
    """Return communities (Louvain, fixed seed) of the positive ties, largest first.

    Each bloc is named after its most central member (weighted degree within
    the bloc). Pairs that are both allied and hostile do not bind a bloc.

    Args:
        graph: from ``build_network``.
        min_size: leave out smaller blocs (lone actors by default).
        resolution: Louvain's resolution; below 1 favours larger blocs.
        seed: fixed, so the same graph gives the same blocs.

    Returns:
        Dicts with ``name``, ``size``, ``members`` (labels, most central
        first) and ``iris``.
    """
    signed = signed_graph(graph)
    positive = nx.Graph()
    for u, v, data in signed.edges(data=True):
        if data["sign"] > 0:
            positive.add_edge(u, v, weight=len(data["positive"]))
    blocs = []
    for members in louvain_communities(positive, weight="weight", resolution=resolution, seed=seed):
        if len(members) < min_size:
            continue
        inside = positive.subgraph(members)
        ordered = sorted(
            members, key=lambda n: (-inside.degree(n, weight="weight"), graph.nodes[n]["label"])
        )
        labels = [graph.nodes[n]["label"] for n in ordered]
        blocs.append({"name": labels[0], "size": len(labels), "members": labels, "iris": ordered})
    blocs.sort(key=lambda b: (-b["size"], b["name"]))
    return blocs


@dataclass(frozen=True)
class Triad:
    """Three actors tied pairwise, with the signs of their ties (ab, ac, bc)."""

    actors: tuple[str, str, str]
    signs: tuple[int, int, int]
    ties: tuple[str, str, str]

    @property
    def kind(self) -> str:
        """``rivals-with-common-friend`` (+ + -) or ``all-hostile`` (- - -)."""
        return "rivals-with-common-friend" if sorted(self.signs) == [-1, 1, 1] else "all-hostile"


def unbalanced_triads(graph: nx.MultiDiGraph) -> list[Triad]:
    """Return the triads whose sign product is negative (Heider's structural balance).

    ``+ + -``: two friends of one actor are enemies, e.g. two clients of one
    patron that fight each other. ``- - -``: three mutual enemies (balanced
    only under Davis's weak balance; listed so the analyst can judge).
    Ties that are both positive and negative are skipped.
    """
    signed = signed_graph(graph)
    clear = nx.Graph((u, v, d) for u, v, d in signed.edges(data=True) if d["sign"] != 0)
    found = []
    order = {n: i for i, n in enumerate(sorted(clear))}
    for u in clear:
        later = [v for v in clear[u] if order[v] > order[u]]
        for v, w in combinations(sorted(later, key=lambda n: order[n]), 2):
            if not clear.has_edge(v, w):
                continue
            signs = (clear[u][v]["sign"], clear[u][w]["sign"], clear[v][w]["sign"])
            if signs[0] * signs[1] * signs[2] < 0:
                label = graph.nodes
                ties = (_tie(signed, u, v), _tie(signed, u, w), _tie(signed, v, w))
                found.append(
                    Triad((label[u]["label"], label[v]["label"], label[w]["label"]), signs, ties)
                )
    found.sort(key=lambda t: (t.kind != "rivals-with-common-friend", t.actors))
    return found


def _tie(signed: nx.Graph, a: str, b: str) -> str:
    data = signed.edges[a, b]
    return "/".join(sorted(set(data["positive"] or data["negative"])))


def balance_summary(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Return counts of signed ties and triangles, and the share of balanced triangles."""
    signed = signed_graph(graph)
    clear = nx.Graph((u, v) for u, v, d in signed.edges(data=True) if d["sign"] != 0)
    triangles = sum(nx.triangles(clear).values()) // 3
    unbalanced = len(unbalanced_triads(graph))
    signs = [d["sign"] for _, _, d in signed.edges(data=True)]
    return {
        "positive_ties": signs.count(1),
        "negative_ties": signs.count(-1),
        "mixed_ties": signs.count(0),
        "triangles": triangles,
        "unbalanced": unbalanced,
        "balance": round(1 - unbalanced / triangles, 4) if triangles else None,
    }


#: Roles of ``actor_profile``: (role, predicate, the actor's side of the arc).
#: "subject" means the actor is the arc's source; "any" is for symmetric predicates.
ROLES: tuple[tuple[str, str, str], ...] = (
    ("allies", "allied-with", "any"),
    ("allies", "affiliated-with", "any"),
    ("patrons", "backs", "object"),
    ("clients", "backs", "subject"),
    ("members", "includes", "subject"),
    ("member of", "includes", "object"),
    ("leaders", "leads", "object"),
    ("leads", "leads", "subject"),
    ("representatives", "represents", "object"),
    ("represents", "represents", "subject"),
    ("enemies", "opposes", "any"),
    ("enemies", "attacks", "subject"),
    ("enemies", "attacks", "object"),
    ("accuses", "accuses", "subject"),
    ("accused by", "accuses", "object"),
    ("negotiates with", "negotiates-with", "any"),
    ("based in", "based-in", "subject"),
    ("controls", "controls", "subject"),
    ("based here", "based-in", "object"),
    ("controlled by", "controls", "object"),
)


def actor_profile(graph: nx.MultiDiGraph, node: str) -> dict[str, list[dict[str, Any]]]:
    """Return ``node``'s counterparts by role, each with the documents behind it.

    Returns:
        ``{role: [{"actor", "type", "predicates", "confidence", "documents":
        [{"document", "source", "date", "sentence"}]}]}`` for the roles in
        ``ROLES`` that are not empty, in that order; counterparts best first.
    """
    found: dict[str, dict[str, dict[str, Any]]] = {}
    arcs = [(v, k, d, "subject") for _, v, k, d in graph.out_edges(node, keys=True, data=True)]
    arcs += [(u, k, d, "object") for u, _, k, d in graph.in_edges(node, keys=True, data=True)]
    for other, key, data, side in arcs:
        for role, pred, wanted in ROLES:
            if pred == key and wanted in (side, "any"):
                entry = found.setdefault(role, {}).setdefault(
                    other,
                    {
                        "actor": graph.nodes[other]["label"],
                        "type": graph.nodes[other]["type"],
                        "predicates": [],
                        "confidence": 0.0,
                        "documents": [],
                    },
                )
                entry["predicates"].append(key)
                entry["confidence"] = max(entry["confidence"], data["confidence"])
                entry["documents"].extend(_documents(data["evidence"]))
    order = list(dict.fromkeys(role for role, _, _ in ROLES))
    return {
        role: sorted(found[role].values(), key=lambda e: (-e["confidence"], e["actor"]))
        for role in order
        if role in found
    }


def _documents(evidence: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "document": e["document"],
            "source": e["source"],
            "date": e["date"],
            "sentence": e["sentence"],
        }
        for e in evidence
    ]
