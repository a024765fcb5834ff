"""`actorgraph demo`: the whole flow on the bundled example article."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import typer

from graph.cli._app import DEFAULT_STORE, app, handles_errors
from graph.cli.output import count, say

EXAMPLE = "example-idlib-2020.json"


def example_path() -> Path:
    """Return the path of the bundled example article (The Moscow Times/AFP, Oct 2020)."""
    return Path(str(resources.files("graph") / "data" / EXAMPLE))


@app.command()
@handles_errors
def demo(
    folder: Path = typer.Option(Path("."), "--folder", help="Where to put the store and the HTML."),
) -> None:
    """Ingest the bundled example article, write an interactive graph, suggest next steps.

    Example: actorgraph demo
    """
    from graph.pipeline import ingest_paths
    from graph.store.knowledge_graph import KnowledgeGraph
    from graph.views.html import write_html

    store = folder / DEFAULT_STORE
    html = folder / "actorgraph-demo.html"
    # A copy beside the store, so sources read as a short path the user can open.
    article = folder / EXAMPLE
    if not article.exists():
        article.write_text(example_path().read_text(encoding="utf-8"), encoding="utf-8")
    with KnowledgeGraph.open(str(store)) as kg:
        summary = ingest_paths(kg, [str(article)])
        numbers = kg.stats()
        write_html(kg, html)
    say(
        f"store: {store} ({count(numbers['documents'], 'document')}, "
        f"{count(numbers['actors'], 'actor')}, {count(numbers['relations'], 'relation')}; "
        f"this run added {summary.new_relations})"
    )
    say(f"article: {article} (the source every relation points back to)")
    say(f"graph: {html} (open it in a browser; it works offline)")
    say("try next:")
    say('  actorgraph path Turkey "Faylaq al-Sham"')
    say("  actorgraph show NLF")
    say(
        "  actorgraph query 'SELECT ?patron ?client WHERE { GRAPH <https://w3id.org/actorgraph/"
        "graph/knowledge> { ?p ag:backs ?c . ?p skos:prefLabel ?patron . "
        "?c skos:prefLabel ?client } }'"
    )
