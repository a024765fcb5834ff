"""``actorgraph export``: an offline interactive HTML page, or the graph for other tools."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer

from graph.cli._app import StoreOption, app, err_console, fail, handles_errors
from graph.cli.path import (
    PredicateFilterOption,
    SinceOption,
    TypeFilterOption,
    UntilOption,
    load_graph,
    open_for_reading,
    resolve_in_window,
)


class ExportFormat(str, Enum):
    """Formats written by the libraries' own writers (rdflib, networkx, csv)."""

    ttl = "ttl"
    jsonld = "jsonld"
    nquads = "nquads"
    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"


@app.command()
@handles_errors
def export(
    html: Path | None = typer.Option(
        None,
        "--html",
        help="Write a self-contained interactive HTML page to this file.",
        show_default=False,
    ),
    fmt: ExportFormat | None = typer.Option(
        None, "--format", "-f", help="Write the graph in this format.", show_default=False
    ),
    output: str = typer.Option("-", "--output", "-o", help="File for --format; - is stdout."),
    actor: str | None = typer.Option(
        None, "--actor", help="Only this actor's neighbourhood.", show_default=False
    ),
    hops: int = typer.Option(1, "--hops", min=0, help="Neighbourhood radius with --actor."),
    predicates: list[str] = PredicateFilterOption,
    types: list[str] = TypeFilterOption,
    since: str | None = SinceOption,
    until: str | None = UntilOption,
    title: str = typer.Option("actorgraph", "--title", help="Title of the HTML page."),
    store: str | None = StoreOption,
) -> None:
    """Export the graph: --html FILE for browsing offline, --format for other tools.

    The HTML page needs no network: vis-network is inlined; colour and shape
    show actor types, edge colour the relation family, arrows directed
    predicates; hover or click for evidence; filter and search in the side
    panel. Formats: ttl, jsonld, nquads (RDF, one graph per document),
    graphml (Neo4j, yEd), gexf (Gephi), csv (one row per relation).

    Example: actorgraph export --html idlib.html --actor Turkey --hops 2 --since 2020
    """
    from graph.views.network import describe_filters, ego_network, parse_date_bound

    if html is None and fmt is None:
        fail("nothing to export; give --html FILE and/or --format FORMAT")
    with open_for_reading(store) as kg:
        graph = load_graph(kg, since, until, predicates=predicates or None, types=types or None)
        if actor:
            center = resolve_in_window(kg, graph, actor, bool(since or until))
            graph = ego_network(graph, center, hops)
    what = f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} relations"
    if html is not None:
        from graph.views.html import write_html

        subtitle = describe_filters(
            predicates, types, parse_date_bound(since), parse_date_bound(until, end=True)
        )
        if actor:
            subtitle = "; ".join(filter(None, [f"within {hops} hops of {actor}", subtitle]))
        write_html(graph, str(html), title=title, subtitle=subtitle)
        err_console.print(f"Wrote {what} to {html}", markup=False, highlight=False)
    if fmt is not None:
        from graph.views.export import write_export

        if output == "-":
            write_export(graph, fmt.value, sys.stdout.buffer)
            sys.stdout.flush()
        else:
            with open(output, "wb") as out:
                write_export(graph, fmt.value, out)
            err_console.print(
                f"Wrote {what} to {output} ({fmt.value})", markup=False, highlight=False
            )
