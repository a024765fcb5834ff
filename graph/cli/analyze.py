"""``actorgraph analyze [ACTOR]``: centrality, alliance blocs, structural balance; or one actor."""

from __future__ import annotations

import json
import sys
from typing import Any

import typer
from rich.text import Text

from graph.cli._app import StoreOption, app, console, handles_errors
from graph.cli.output import table
from graph.cli.path import (
    PredicateFilterOption,
    SinceOption,
    TypeFilterOption,
    UntilOption,
    ViewFormat,
    fill_window_evidence,
    load_graph,
    open_for_reading,
    resolve_in_window,
)


@app.command()
@handles_errors
def analyze(
    actor: str | None = typer.Argument(None, help="Profile this actor instead (name or alias)."),
    top: int = typer.Option(10, "--top", min=1, help="Rows of the centrality table."),
    resolution: float = typer.Option(
        1.0,
        "--resolution",
        min=0.01,
        help="Louvain resolution for blocs; lower gives bigger blocs.",
    ),
    predicates: list[str] = PredicateFilterOption,
    types: list[str] = TypeFilterOption,
    since: str | None = SinceOption,
    until: str | None = UntilOption,
    fmt: ViewFormat = typer.Option(ViewFormat.text, "--format", "-f", help="Output format."),
    store: str | None = StoreOption,
) -> None:
    """Rank actors, find alliance blocs and unbalanced triads; or profile one actor.

    Blocs are communities of cooperative and membership ties; balance counts
    those ties positive and hostile ones negative, and lists the triads that
    break it (two friends of one actor who fight each other). With ACTOR:
    its allies, patrons, clients, members, enemies... and the documents
    behind each.

    Example: actorgraph analyze --since 2020 ; actorgraph analyze "Faylaq al-Sham"
    """
    from graph.views import analysis
    from graph.views.light import incident_edges

    restrict = {"predicates": predicates or None, "types": types or None}
    with open_for_reading(store) as kg:
        # The measures need relations, not evidence; a profile reads the
        # evidence of its one actor's relations only.
        graph = load_graph(kg, since, until, light=True, **restrict)
        node = resolve_in_window(kg, graph, actor, bool(since or until)) if actor else None
        if node is not None:
            fill_window_evidence(kg, graph, incident_edges(graph, node), since, until, **restrict)
    if node is not None:
        _profile(graph.nodes[node]["label"], analysis.actor_profile(graph, node), fmt)
        return
    result = {
        "actors": graph.number_of_nodes(),
        "relations": graph.number_of_edges(),
        "centrality": analysis.centrality(graph, top),
        "blocs": analysis.alliance_blocs(graph, resolution=resolution),
        "balance": analysis.balance_summary(graph),
        "unbalanced_triads": [
            {"actors": list(t.actors), "kind": t.kind, "ties": list(t.ties)}
            for t in analysis.unbalanced_triads(graph)
        ],
    }
    for bloc in result["blocs"]:
        bloc.pop("iris")
    if fmt is ViewFormat.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        return
    _overview(result)


def _overview(result: dict[str, Any]) -> None:
    console.print(Text(f"{result['actors']} actors, {result['relations']} relations"))
    console.print(
        table(
            result["centrality"],
            ["label", "type", "degree", "pagerank", "betweenness"],
            title="Centrality (by PageRank)",
        )
    )
    blocs = [
        {"bloc": b["name"], "size": b["size"], "members": ", ".join(b["members"])}
        for b in result["blocs"]
    ]
    console.print(
        table(
            blocs,
            ["bloc", "size", "members"],
            title="Alliance blocs (cooperative and membership ties)",
        )
    )
    bal = result["balance"]
    share = "n/a" if bal["balance"] is None else f"{bal['balance']:.0%}"
    console.print(
        Text(
            f"Structural balance: {bal['triangles']} signed triangles, {share} balanced; "
            f"{bal['positive_ties']} positive, {bal['negative_ties']} negative, "
            f"{bal['mixed_ties']} mixed ties."
        )
    )
    triads = [
        {"actors": " / ".join(t["actors"]), "kind": t["kind"], "ties": ", ".join(t["ties"])}
        for t in result["unbalanced_triads"]
    ]
    if triads:
        console.print(
            table(triads, ["actors", "kind", "ties"], title="Unbalanced triads (ties: ab, ac, bc)")
        )


def _profile(label: str, profile: dict[str, list[dict[str, Any]]], fmt: ViewFormat) -> None:
    if fmt is ViewFormat.json:
        sys.stdout.write(
            json.dumps({"actor": label, "roles": profile}, ensure_ascii=False, indent=2) + "\n"
        )
        return
    if not profile:
        console.print(Text(f"{label} has no relations in the chosen view."))
        return
    rows = []
    for role, entries in profile.items():
        for entry in entries:
            sources = dict.fromkeys(
                d["source"] + (f" ({d['date']})" if d["date"] else "") for d in entry["documents"]
            )
            rows.append(
                {
                    "role": role,
                    "actor": entry["actor"],
                    "type": entry["type"],
                    "via": ", ".join(dict.fromkeys(entry["predicates"])),
                    "confidence": f"{entry['confidence']:.2f}",
                    "documents": "; ".join(sources),
                }
            )
    console.print(
        table(rows, ["role", "actor", "type", "via", "confidence", "documents"], title=label)
    )
