"""``actorgraph path A B``: the chain of relations between two actors, with evidence.

Exit codes: 0 a path was found; 1 no path within the limits (the answer
says so and lists each side's nearest neighbours, like ``grep`` finding
nothing); 2 an error (unknown actor, bad option, unreachable store).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Any

import typer
from rich.text import Text

from graph.cli._app import StoreOption, app, console, handles_errors, store_location
from graph.errors import NoPath, UnknownActor


class ViewFormat(str, Enum):
    """Output of the exploration commands."""

    text = "text"
    json = "json"


SinceOption = typer.Option(
    None,
    "--since",
    help="Only relations evidenced on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).",
    show_default=False,
)
UntilOption = typer.Option(
    None,
    "--until",
    help="Only relations evidenced on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).",
    show_default=False,
)
PredicateFilterOption = typer.Option(
    [], "--predicate", "-p", help="Only these predicates (repeatable)."
)
TypeFilterOption = typer.Option([], "--type", "-t", help="Only actors of these types (repeatable).")


@contextmanager
def open_for_reading(store: str | None) -> Iterator[Any]:
    """Open the store read-only (embedded folder or SPARQL endpoint) for a view command."""
    from graph.store.knowledge_graph import KnowledgeGraph

    with KnowledgeGraph.open(store_location(store), create=False, read_only=True) as kg:
        yield kg


def load_graph(
    kg: Any, since: str | None, until: str | None, *, light: bool = False, **restrict: Any
) -> Any:
    """Build the view's graph for the window [since, until] (user text, parsed here).

    ``light`` leaves the evidence in the store (``views.light``): for views
    that show the evidence of a few relations only, read later with
    ``fill_window_evidence``.
    """
    from graph.views.light import light_network
    from graph.views.network import build_network, parse_date_bound

    build = light_network if light else build_network
    return build(
        kg, since=parse_date_bound(since), until=parse_date_bound(until, end=True), **restrict
    )


def fill_window_evidence(
    kg: Any, graph: Any, edges: Any, since: str | None, until: str | None, **restrict: Any
) -> None:
    """Read the evidence of ``edges`` into a light ``graph`` built with the same window."""
    from graph.views.light import fill_evidence
    from graph.views.network import parse_date_bound

    fill_evidence(
        kg,
        graph,
        edges,
        since=parse_date_bound(since),
        until=parse_date_bound(until, end=True),
        **restrict,
    )


def resolve_in_window(kg: Any, graph: Any, name: str, windowed: bool) -> str:
    """Resolve ``name`` in ``graph``; if only the window hides it, say that instead."""
    from graph.views.light import light_network
    from graph.views.paths import resolve

    try:
        return resolve(graph, name)
    except UnknownActor:
        if not windowed:
            raise
        resolve(light_network(kg), name)  # unknown everywhere: raises with suggestions
        raise NoPath(
            f"{name} has no relation evidenced in the chosen window; widen --since/--until"
        ) from None


@app.command()
@handles_errors
def path(
    source: str = typer.Argument(..., help="Actor to start from (name or alias)."),
    target: str = typer.Argument(..., help="Actor to reach (name or alias)."),
    max_hops: int = typer.Option(4, "--max-hops", min=1, help="Longest chain considered."),
    via: list[str] = typer.Option([], "--via", help="Only these predicates (repeatable)."),
    avoid: list[str] = typer.Option([], "--avoid", help="Never these predicates (repeatable)."),
    avoid_actor: list[str] = typer.Option(
        [], "--avoid-actor", help="Never through these actors (repeatable)."
    ),
    all_paths: bool = typer.Option(
        False,
        "--all",
        help="All simple paths up to --max-hops, "
        "by length, then fewer event hops, then confidence.",
    ),
    limit: int = typer.Option(10, "--limit", min=1, help="At most this many paths with --all."),
    directed: bool = typer.Option(
        False, "--directed", help="Follow predicate direction (symmetric predicates go both ways)."
    ),
    since: str | None = SinceOption,
    until: str | None = UntilOption,
    fmt: ViewFormat = typer.Option(ViewFormat.text, "--format", "-f", help="Output format."),
    store: str | None = StoreOption,
) -> None:
    """Show the chain of relations between two actors, hop by hop, with evidence.

    Hops read `A --backs--> B` (followed as stored), `A <--backs-- B` (travelled
    against the predicate's direction) or `A --opposes-- B` (symmetric). Exit
    code 1 when no path exists within the limits.

    Example: actorgraph path Turkey "Faylaq al-Sham" --via backs --via includes
    """
    from graph.views.network import parse_date_bound
    from graph.views.paths import (
        Path,
        find_paths,
        nearest_neighbours,
        path_lines,
        stored_edge,
        with_evidence,
    )
    from graph.views.search import neighbourhood_graph, path_graph, resolve_actor

    window: dict[str, Any] = {
        "since": parse_date_bound(since),
        "until": parse_date_bound(until, end=True),
    }
    with open_for_reading(store) as kg:
        # The search needs relations, not their evidence: it reads outward
        # from both actors in the knowledge graph (views.search), keeping,
        # with a dated window, the relations evidenced inside it; only the
        # hops shown have their evidence read, once the paths are known.
        a, b = resolve_actor(kg, source), resolve_actor(kg, target)
        banned = [resolve_actor(kg, n) for n in avoid_actor]
        options: dict[str, Any] = dict(
            max_hops=max_hops,
            all_paths=all_paths,
            limit=limit,
            via=via,
            avoid=avoid,
            avoid_actors=banned,
            directed=directed,
        )
        graph = path_graph(kg, a, b, **options, **window)
        try:
            found = find_paths(graph, a, b, **options)
        except NoPath as exc:
            graph = neighbourhood_graph(kg, [a, b], **window)
            for name, node in ((source, a), (target, b)):
                if (since or until) and not graph.degree(node):
                    console.print(
                        Text(
                            f"{name} has no relation evidenced in the chosen "
                            "window; widen --since/--until"
                        ),
                        soft_wrap=True,
                    )
                    raise typer.Exit(1) from None
            near = {graph.nodes[n]["label"]: nearest_neighbours(graph, n) for n in (a, b)}
            fill_window_evidence(
                kg, graph, [stored_edge(h) for hops in near.values() for h in hops], since, until
            )
            near = {k: [with_evidence(graph, h) for h in v] for k, v in near.items()}
            _no_path(str(exc), graph.nodes[a]["label"], graph.nodes[b]["label"], near, fmt)
            raise typer.Exit(1) from None
        fill_window_evidence(
            kg, graph, [stored_edge(h) for p in found for h in p.hops], since, until
        )
    found = [Path(tuple(with_evidence(graph, h) for h in p.hops)) for p in found]
    if fmt is ViewFormat.json:
        out = {
            "source": graph.nodes[a]["label"],
            "target": graph.nodes[b]["label"],
            "paths": [p.to_json() for p in found],
        }
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return
    for i, found_path in enumerate(found, 1):
        if all_paths:
            console.print(
                Text(f"{i}. {len(found_path)} hops, confidence {found_path.confidence:.2f}")
            )
        for line in path_lines(found_path):
            console.print(Text(line), soft_wrap=True)
        if i < len(found):
            console.print()


def _no_path(
    message: str, source: str, target: str, near: dict[str, list[Any]], fmt: ViewFormat
) -> None:
    if fmt is ViewFormat.json:
        out = {
            "source": source,
            "target": target,
            "paths": [],
            "message": message,
            "neighbours": {k: [h.__dict__ for h in v] for k, v in near.items()},
        }
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return
    console.print(Text(message[0].upper() + message[1:]), soft_wrap=True)
    for label, hops in near.items():
        console.print(Text(f"Nearest neighbours of {label}:"))
        if not hops:
            console.print(Text("  (none)"))
        for hop in hops:
            console.print(
                Text(
                    f"  {hop.source_label} {hop.arrow()} {hop.target_label}  ({hop.confidence:.2f})"
                ),
                soft_wrap=True,
            )
