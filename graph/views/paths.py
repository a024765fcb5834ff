"""Chains of relations between two actors, hop by hop, with their evidence.

The default ignores predicate direction (``Faylaq al-Sham <--includes-- NLF
<--backs-- Turkey`` is a path from Faylaq al-Sham to Turkey); ``directed``
follows it, symmetric predicates being traversable both ways. Between two
consecutive actors a hop uses the best of their relations (highest
confidence, then most documents). Paths rank by length, then by the number
of event hops (durable stances first), then by confidence, the product of
their hops' confidences.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice, pairwise
from typing import Any

import networkx as nx

from graph.errors import NoPath, UnknownActor
from graph.vocab import predicate


@dataclass(frozen=True)
class Hop:
    """One relation along a path, as travelled from ``source`` to ``target``.

    ``direction`` is ``forward`` (stored source -> target), ``backward``
    (stored target -> source, travelled against it) or ``symmetric``.
    """

    source: str
    target: str
    source_label: str
    target_label: str
    predicate: str
    direction: str
    confidence: float
    documents: int
    evidence: dict[str, Any] | None

    def arrow(self) -> str:
        """Return the hop's middle part: ``--backs-->``, ``<--backs--`` or ``--opposes--``."""
        if self.direction == "forward":
            return f"--{self.predicate}-->"
        if self.direction == "backward":
            return f"<--{self.predicate}--"
        return f"--{self.predicate}--"


@dataclass(frozen=True)
class Path:
    """A chain of hops; ``confidence`` is the product of the hops' confidences."""

    hops: tuple[Hop, ...]
    confidence: float = field(init=False)

    def __post_init__(self) -> None:
        product = 1.0
        for hop in self.hops:
            product *= hop.confidence
        object.__setattr__(self, "confidence", round(product, 6))

    def __len__(self) -> int:
        return len(self.hops)

    @property
    def events(self) -> int:
        """The number of hops that are events (attacks, accuses...), not stances."""
        return sum(predicate(h.predicate).kind == "event" for h in self.hops)

    def chain(self) -> str:
        """Return the one-line chain: ``Turkey --backs--> NLF --includes--> Faylaq al-Sham``."""
        if not self.hops:
            return ""
        parts = [self.hops[0].source_label]
        for hop in self.hops:
            parts += [hop.arrow(), hop.target_label]
        return " ".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {
            "length": len(self),
            "confidence": self.confidence,
            "chain": self.chain(),
            "hops": [hop.__dict__ for hop in self.hops],
        }


def resolve(graph: nx.MultiDiGraph, name: str) -> str:
    """Return the node whose label, alias or hidden label is ``name`` (any case).

    Raises:
        UnknownActor: naming up to five close matches when none is exact.

    >>> g = nx.MultiDiGraph(); g.add_node("x", label="NLF", aliases=["National Liberation Front"])
    >>> resolve(g, "national liberation front")
    'x'
    """
    key = name.strip().casefold()
    names: dict[str, str] = {}
    for node, attrs in graph.nodes(data=True):
        for each in [attrs.get("label", node), *attrs.get("aliases", []), *attrs.get("hidden", [])]:
            names.setdefault(each.casefold(), node)
    if key in names:
        return names[key]
    if name.strip() in graph:
        return name.strip()  # an actor IRI
    close = difflib.get_close_matches(key, list(names), n=5, cutoff=0.6)
    labels = list(dict.fromkeys(graph.nodes[names[c]]["label"] for c in close))
    hint = (
        f" Did you mean: {', '.join(labels)}?"
        if labels
        else (
            " No actor with relations has a similar name; check the spelling,"
            " or widen --since/--until and the predicate filters."
        )
    )
    raise UnknownActor(f"no actor named {name!r} in the graph.{hint}")


def _best_hops(
    graph: nx.MultiDiGraph,
    u: str,
    v: str,
    directed: bool,
    allowed: Callable[[str], bool] = lambda key: True,
) -> list[Hop]:
    """Return every way to step from ``u`` to ``v`` with an allowed predicate, best first."""
    hops = []
    for a, b in ((u, v), (v, u)):
        for key, data in (graph.get_edge_data(a, b) or {}).items():
            if not allowed(key):
                continue
            if data["symmetric"]:
                direction = "symmetric"
            elif a == u:
                direction = "forward"
            elif directed:
                continue
            else:
                direction = "backward"
            evidence = data["evidence"][0] if data["evidence"] else None
            hops.append(
                Hop(
                    u,
                    v,
                    graph.nodes[u]["label"],
                    graph.nodes[v]["label"],
                    key,
                    direction,
                    data["confidence"],
                    data["documents"],
                    evidence,
                )
            )
    hops.sort(key=lambda h: (-h.confidence, -h.documents, h.predicate))
    return list({(h.source, h.target, h.predicate): h for h in hops}.values())


def step_graph(
    graph: nx.MultiDiGraph,
    via: Iterable[str] = (),
    avoid: Iterable[str] = (),
    avoid_actors: Iterable[str] = (),
    directed: bool = False,
) -> nx.DiGraph:
    """Return the simple graph paths are searched in; ``step_hop`` gives an arc's best hop.

    Hops are chosen when a path uses the arc, not for every arc up front: a
    million-triple store has some 80,000 arcs and a path uses a handful.

    Args:
        graph: from ``build_network``.
        via: keep only these predicates (JSON names; ``member-of`` means ``includes``).
        avoid: drop these predicates.
        avoid_actors: drop these nodes.
        directed: follow predicate direction.
    """
    keep = {_stored(p) for p in via}
    drop = {_stored(p) for p in avoid}

    def allowed(key: str) -> bool:
        return (not keep or key in keep) and key not in drop

    banned = set(avoid_actors)
    steps = nx.DiGraph()
    steps.add_nodes_from(n for n in graph if n not in banned)
    for u, v, key, symmetric in graph.edges(keys=True, data="symmetric"):
        if not allowed(key) or u in banned or v in banned:
            continue
        steps.add_edge(u, v)
        if not directed or symmetric:
            steps.add_edge(v, u)
    steps.graph.update(source=graph, allowed=allowed, directed=directed)
    return steps


def step_hop(steps: nx.DiGraph, u: str, v: str) -> Hop:
    """Return the best hop for the arc ``u -> v`` of ``steps`` (from ``step_graph``)."""
    attrs = steps.edges[u, v]
    if "hop" not in attrs:  # computed once per arc, on first use
        attrs["hop"] = _best_hops(
            steps.graph["source"], u, v, steps.graph["directed"], steps.graph["allowed"]
        )[0]
    hop: Hop = attrs["hop"]
    return hop


def _stored(name: str) -> str:
    found = predicate(name).name
    return "includes" if found == "member-of" else found


def _to_path(steps: nx.DiGraph, nodes: Sequence[str]) -> Path:
    return Path(tuple(step_hop(steps, a, b) for a, b in pairwise(nodes)))


def _ranked(paths: Iterable[Path]) -> list[Path]:
    """Sort by length, then by event hops (fewer first), then by confidence.

    Stance relations (backs, includes, allied-with...) are durable ties; event
    relations (attacks, negotiates-with, accuses) are one-off acts. Between two
    equally short chains, the one made of durable ties explains the link
    better, even when a one-off event was extracted with more confidence.
    """
    return sorted(paths, key=lambda p: (len(p), p.events, -p.confidence, p.chain()))


def find_paths(
    graph: nx.MultiDiGraph,
    source: str,
    target: str,
    *,
    max_hops: int = 4,
    all_paths: bool = False,
    limit: int = 10,
    via: Iterable[str] = (),
    avoid: Iterable[str] = (),
    avoid_actors: Iterable[str] = (),
    directed: bool = False,
) -> list[Path]:
    """Return the best path from ``source`` to ``target``, or all simple paths, ranked.

    Args:
        graph: from ``build_network`` (restricted by date window there).
        source, target: node ids (use ``resolve`` for names).
        max_hops: longest path considered.
        all_paths: every simple path up to ``max_hops`` (at most ``limit``),
            ranked by length, event hops, then confidence; otherwise the
            single best among the shortest.
        via, avoid, avoid_actors, directed: see ``step_graph``.

    Returns:
        One path, or up to ``limit`` paths, best first.

    Raises:
        NoPath: when no path of at most ``max_hops`` hops exists.

    Example:
        >>> best = find_paths(g, resolve(g, "Turkey"), resolve(g, "Faylaq al-Sham"))
        >>> best[0].chain()  # doctest: +SKIP
        'Turkey --backs--> NLF --includes--> Faylaq al-Sham'
    """
    steps = step_graph(graph, via, avoid, avoid_actors, directed)
    if source not in steps or target not in steps:
        raise NoPath(_no_path_message(graph, source, target, max_hops, directed))
    if source == target:
        return [Path(())]
    try:
        if all_paths:
            found = _all_paths(steps, source, target, max_hops, limit)
        else:
            shortest = nx.all_shortest_paths(steps, source, target)
            found = _ranked(_to_path(steps, p) for p in islice(shortest, 10_000))[:1]
    except nx.NetworkXNoPath:
        found = []
    found = [p for p in found if len(p) <= max_hops]
    if not found:
        raise NoPath(_no_path_message(graph, source, target, max_hops, directed))
    return found


def candidate_edges(
    graph: nx.MultiDiGraph,
    source: str,
    target: str,
    *,
    max_hops: int = 4,
    all_paths: bool = False,
    via: Iterable[str] = (),
    avoid: Iterable[str] = (),
    avoid_actors: Iterable[str] = (),
    directed: bool = False,
) -> list[tuple[str, str, str]]:
    """Return the ``(u, v, key)`` of every relation on a path ``find_paths`` could return.

    Needs only the graph's structure, not its confidences: an arc ``u -> v``
    lies on a shortest path (or, with ``all_paths``, on a path of at most
    ``max_hops`` hops) only if the distance from ``source`` to ``u``, plus
    one, plus the distance from ``v`` to ``target`` is at most that length.
    Every relation between two such actors is returned (a hop takes the
    best of them), so ``find_paths`` on the subgraph of these relations gives
    the same answer as on the whole graph, and only they need confidences.
    Empty when there is no path within ``max_hops``.
    """
    steps = step_graph(graph, via, avoid, avoid_actors, directed)
    if source not in steps or target not in steps:
        return []
    ahead = nx.single_source_shortest_path_length(steps, source, cutoff=max_hops)
    if target not in ahead:
        return []
    behind = nx.single_source_shortest_path_length(
        steps.reverse(copy=False), target, cutoff=max_hops
    )
    longest = max_hops if all_paths else ahead[target]
    arcs = {
        (u, v)
        for u, du in ahead.items()
        for v in steps.successors(u)
        if v in behind and du + 1 + behind[v] <= longest
    }
    return sorted(
        {
            (x, y, key)
            for u, v in arcs
            for x, y in ((u, v), (v, u))
            for key in graph.get_edge_data(x, y, default={})
        }
    )


def _all_paths(
    steps: nx.DiGraph, source: str, target: str, max_hops: int, limit: int
) -> list[Path]:
    """Collect paths in order of length (Yen's algorithm), finishing the last length tier."""
    found: list[Path] = []
    for nodes in nx.shortest_simple_paths(steps, source, target):
        hops = len(nodes) - 1
        if hops > max_hops or (len(found) >= limit and hops > len(found[-1])):
            break
        found.append(_to_path(steps, nodes))
    return _ranked(found)[:limit]


def _no_path_message(
    graph: nx.MultiDiGraph, source: str, target: str, max_hops: int, directed: bool
) -> str:
    s, t = graph.nodes[source]["label"], graph.nodes[target]["label"]
    how = "following predicate direction" if directed else "in either direction"
    return (
        f"no path between {s} and {t} within {max_hops} hops ({how}). "
        "Try a larger --max-hops, fewer --via/--avoid restrictions or a wider window."
    )


def stored_edge(hop: Hop) -> tuple[str, str, str]:
    """Return the ``(u, v, key)`` of the network edge ``hop`` travels.

    A symmetric relation is stored from the smaller IRI (``build_network``).
    """
    if hop.direction == "forward":
        return hop.source, hop.target, hop.predicate
    if hop.direction == "backward":
        return hop.target, hop.source, hop.predicate
    low, high = sorted((hop.source, hop.target))
    return low, high, hop.predicate


def with_evidence(graph: nx.MultiDiGraph, hop: Hop) -> Hop:
    """Return ``hop`` with the best evidence now on its edge (after ``light.fill_evidence``)."""
    evidence = graph.edges[stored_edge(hop)]["evidence"]
    return replace(hop, evidence=evidence[0] if evidence else None)


def nearest_neighbours(graph: nx.MultiDiGraph, node: str, limit: int = 5) -> list[Hop]:
    """Return ``node``'s direct relations, best first (any direction, any predicate).

    >>> [h.target_label for h in nearest_neighbours(g, resolve(g, "NLF"))]  # doctest: +SKIP
    ['Turkey', 'Faylaq al-Sham', ...]
    """
    if node not in graph:
        return []
    near = set(graph.successors(node)) | set(graph.predecessors(node))
    hops = [_best_hops(graph, node, other, directed=False)[0] for other in near]
    hops.sort(key=lambda h: (-h.confidence, -h.documents, h.target_label))
    return hops[:limit]


def path_lines(path: Path) -> Iterator[str]:
    """Yield the text block of a path: the chain, then each hop with its best evidence."""
    yield path.chain()
    for hop in path.hops:
        yield (
            f"  {hop.source_label} {hop.arrow()} {hop.target_label}  "
            f"(confidence {hop.confidence:.2f}, {hop.documents} document"
            f"{'' if hop.documents == 1 else 's'})"
        )
        if hop.evidence:
            yield f"      \u201c{hop.evidence['sentence']}\u201d"
            when = f", {hop.evidence['date']}" if hop.evidence.get("date") else ""
            yield f"      \u2014 {hop.evidence['source']}{when}"
