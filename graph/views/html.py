"""The actor graph as one self-contained, offline, interactive HTML page.

Nodes and edges are built with pyvis, drawn by the vis-network 9.1.2 that
ships inside the pyvis package, and written into actorgraph's own template
(``html_template``): pyvis's template loads Bootstrap and tom-select from
CDNs even with ``cdn_resources="in_line"``. The page makes no request at
all; its Content-Security-Policy says so too (``default-src 'none'``, the
inline scripts allowed by hash only, so injected markup could not run).

Large graphs: above ``layout.PRECOMPUTE_ABOVE`` actors the positions are
computed here and physics never runs in the page; smaller graphs get a
capped number of physics iterations, then physics stops. 5,000 actors are
usable within seconds (see ``scripts/bench_html.py``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections import Counter
from importlib import resources
from typing import Any

import jinja2
import networkx as nx
from pyvis.edge import Edge
from pyvis.network import Network

from graph.views.html_template import APP_JS, PAGE
from graph.views.layout import PRECOMPUTE_ABOVE, cluster_layout
from graph.views.network import Selectable, build_network
from graph.vocab import COOPERATIVE, DIPLOMATIC, HOSTILE, MEMBERSHIP, PREDICATES, SPATIAL

VIS_VERSION = "vis-9.1.2"

#: Actor type -> (colour, vis-network shape, legend symbol).
TYPE_STYLE: dict[str, tuple[str, str, str]] = {
    "State": ("#1f77b4", "square", "\u25a0"),
    "ArmedGroup": ("#d62728", "dot", "\u25cf"),
    "Coalition": ("#9467bd", "hexagon", "\u2b22"),
    "InternationalOrganization": ("#17becf", "diamond", "\u25c6"),
    "Organization": ("#8c564b", "triangle", "\u25b2"),
    "Person": ("#ff7f0e", "star", "\u2605"),
    "Place": ("#2ca02c", "triangleDown", "\u25bc"),
}

#: Relation family -> edge colour.
FAMILY_COLOUR = {
    COOPERATIVE: "#2e8b57",
    HOSTILE: "#c0392b",
    MEMBERSHIP: "#5b6bbf",
    DIPLOMATIC: "#e69f00",
    SPATIAL: "#999999",
}

#: Evidence items embedded per edge (the rest are counted): keeps big pages small.
EVIDENCE_PER_EDGE = 5


def _vis_asset(name: str) -> str:
    text = (resources.files("pyvis") / "lib" / VIS_VERSION / name).read_text("utf-8")
    # Inlined text must not close its own element early.
    if "</script" in text.lower() or "</style" in text.lower():
        raise RuntimeError(f"pyvis asset {name} cannot be inlined safely")
    return text


def _json_for_script(data: Any) -> str:
    """Return JSON that cannot end the ``<script>`` holding it (``<``, ``>``, ``&`` escaped)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode() + "'"


def physics_options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    """Return vis-network options tuned to the graph's size.

    Up to ``PRECOMPUTE_ABOVE`` actors the browser lays the graph out (curved
    edges, Kamada-Kawai seeding up to 200 actors, a capped number of
    stabilisation iterations, then physics off). Above it, positions come
    from ``layout.cluster_layout`` and physics never runs: at about 0.1 s per
    iteration for 5,000 actors, a browser layout would take tens of seconds.
    """
    precomputed = n_nodes > PRECOMPUTE_ABOVE
    big = n_nodes > 1000
    return {
        "autoResize": True,
        "layout": {"improvedLayout": n_nodes <= 200, "randomSeed": 7},
        "physics": {
            "enabled": n_nodes > 1 and not precomputed,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
            "stabilization": {
                "enabled": True,
                "iterations": 1000 if n_nodes <= 200 else 300,
                "updateInterval": 25,
                "fit": True,
            },
        },
        "nodes": {"scaling": {"min": 8, "max": 30}, "font": {"size": 14}},
        "edges": {
            "smooth": False if precomputed or n_edges > 2000 else {"type": "continuous"},
            "font": {"size": 10, "align": "middle", "strokeWidth": 3},
            "width": 1.5,
            "selectionWidth": 2,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "navigationButtons": False,
        },
    }


def _node_tooltip(attrs: dict[str, Any], degree: int) -> str:
    lines = [attrs["label"], attrs["type"]]
    if attrs.get("aliases"):
        lines.append("also: " + ", ".join(attrs["aliases"]))
    lines.append(f"{degree} relation{'' if degree == 1 else 's'}")
    return "\n".join(lines)  # plain text: vis-network shows titles with innerText


def _edge_payload(
    graph: nx.MultiDiGraph, u: str, v: str, key: str, data: dict[str, Any]
) -> dict[str, Any]:
    s, o = graph.nodes[u]["label"], graph.nodes[v]["label"]
    chain = f"{s} --{key}-- {o}" if data["symmetric"] else f"{s} --{key}--> {o}"
    span = " to ".join(dict.fromkeys(d for d in (data["first_seen"], data["last_seen"]) if d))
    summary = (
        f"confidence {data['confidence']:.2f} · {data['documents']} document"
        f"{'' if data['documents'] == 1 else 's'}" + (f" · {span}" if span else "")
    )
    evidence = [
        {
            "sentence": e["sentence"],
            "source": e["source"],
            "date": e["date"],
            "confidence": e["confidence"],
        }
        for e in data["evidence"][:EVIDENCE_PER_EDGE]
    ]
    title = [chain, summary] + [
        f"\u201c{e['sentence']}\u201d \u2014 {e['source']}"
        + (f", {e['date']}" if e["date"] else "")
        for e in evidence[:3]
    ]
    return {
        "predicate": key,
        "family": data["family"],
        "chain": chain,
        "summary": summary,
        "evidence": evidence,
        "more": max(0, len(data["evidence"]) - len(evidence)),
        "title": "\n".join(title),
    }


def build_pyvis(graph: nx.MultiDiGraph) -> Network:
    """Return a pyvis Network of ``graph``: styled nodes and edges, options by size.

    Node ids are integers (small JSON); each node keeps ``iri``, ``type`` and
    ``aliases``, each edge ``predicate``, ``family`` and its evidence.
    """
    net = Network(directed=True, height="100%", width="100%")
    ids = {node: i for i, node in enumerate(sorted(graph))}
    degree = dict(nx.Graph(graph).degree())
    placed = cluster_layout(graph) if len(ids) > PRECOMPUTE_ABOVE else {}
    for node, i in ids.items():
        attrs = graph.nodes[node]
        colour, shape, _ = TYPE_STYLE.get(attrs["type"], ("#7f7f7f", "dot", "\u25cf"))
        where = dict(zip(("x", "y"), placed[node], strict=True)) if placed else {}
        net.add_node(
            i,
            label=attrs["label"],
            shape=shape,
            color=colour,
            iri=node,
            type=attrs["type"],
            aliases=attrs.get("aliases", []),
            value=degree[node],
            title=_node_tooltip(attrs, degree[node]),
            **where,
        )
    for n, (u, v, key, data) in enumerate(
        sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3])
    ):
        payload = _edge_payload(graph, u, v, key, data)
        # Edge() directly, not net.add_edge: add_edge scans the node list for each
        # edge (quadratic), which costs seconds on 5,000 actors.
        net.edges.append(
            Edge(
                ids[u],
                ids[v],
                directed=False,
                id=n,
                label=key,
                color=FAMILY_COLOUR.get(data["family"], "#999999"),
                arrows="" if data["symmetric"] else "to",
                **payload,
            ).options
        )
    net.options = physics_options(len(ids), len(net.edges))  # a dict: pyvis accepts either
    return net


def _legend(graph: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    types = Counter(t for _, t in graph.nodes(data="type"))
    preds = Counter(k for _, _, k in graph.edges(keys=True))
    type_rows = [
        {"name": t, "color": TYPE_STYLE[t][0], "symbol": TYPE_STYLE[t][2], "count": types[t]}
        for t in TYPE_STYLE
        if types[t]
    ]
    families = list(FAMILY_COLOUR)
    pred_rows = [
        {
            "name": p.name,
            "label": p.label,
            "family": p.family,
            "directed": p.directed,
            "color": FAMILY_COLOUR[p.family],
            "count": preds[p.name],
        }
        for p in sorted(PREDICATES, key=lambda p: families.index(p.family))
        if preds[p.name]
    ]
    return type_rows, pred_rows


def render_html(graph: nx.MultiDiGraph, title: str = "actorgraph", subtitle: str = "") -> str:
    """Return the self-contained HTML page drawing ``graph``.

    Args:
        graph: from ``build_network`` (or ``ego_network``).
        title, subtitle: shown at the top of the side panel (escaped).

    Returns:
        One HTML document: no external script, style, font or image.

    >>> page = render_html(nx.MultiDiGraph())
    >>> "https://" in page.split("<script>", 1)[0]
    False
    """
    net = build_pyvis(graph)
    types, preds = _legend(graph)
    data = {
        "nodes": net.nodes,
        "edges": net.edges,
        "options": net.options,
        "types": types,
        "predicates": preds,
    }
    vis_js = _vis_asset("vis-network.min.js")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    counts = f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} relations"
    return env.from_string(PAGE).render(
        title=title,
        subtitle=" · ".join(p for p in (counts, subtitle) if p),
        vis_css=_vis_asset("vis-network.css"),
        vis_js=vis_js,
        app_js=APP_JS,
        data_json=_json_for_script(data),
        script_hashes=" ".join(_csp_hash(s) for s in (vis_js, APP_JS)),
    )


def write_html(
    source: nx.MultiDiGraph | Selectable,
    path: str | os.PathLike[str],
    title: str = "actorgraph",
    subtitle: str = "",
) -> None:
    """Write the page of ``source`` to ``path`` (UTF-8).

    Args:
        source: a graph from ``build_network``, or a store (the whole graph is drawn).
        path: the file to write.
        title, subtitle: shown at the top of the side panel.

    Example:
        >>> write_html(kg, "graph.html")  # doctest: +SKIP
    """
    graph = source if isinstance(source, nx.Graph) else build_network(source)
    page = render_html(graph, title, subtitle)
    with open(path, "w", encoding="utf-8") as out:
        out.write(page)
