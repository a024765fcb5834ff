"""`actorgraph ingest`: extract relations from articles and store them."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from graph.cli._app import StoreOption, app, err_console, handles_errors, store_location
from graph.cli.extract import LexiconOption, PathsArg, PatternsOption, WorkersOption, report_skipped
from graph.cli.output import Format, emit


@app.command()
@handles_errors
def ingest(
    paths: list[str] = PathsArg,
    store: str | None = StoreOption,
    workers: int = WorkersOption,
    lexicon: list[Path] = LexiconOption,
    patterns: list[Path] = PatternsOption,
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="Summary format."),
) -> None:
    """Extract relations from articles and add them to the store.

    Each article becomes one named graph; an article already stored (same
    text) is left as it is, so rerunning an interrupted ingest finishes the rest.

    Example: actorgraph ingest articles/ --store my-store
    """
    from graph.pipeline import ingest_paths
    from graph.store.knowledge_graph import KnowledgeGraph

    location = store_location(store)
    with KnowledgeGraph.open(location) as kg, Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err_console,
        transient=True,
        disable=fmt is not Format.table,
    ) as progress:
        task = progress.add_task("ingesting", total=None)

        def advance(doc: object) -> None:
            progress.advance(task)

        summary = ingest_paths(
            kg, paths, workers=workers, lexicon_paths=lexicon or (),
            pattern_paths=patterns or (), on_document=advance,
        )
    row = {
        "store": location,
        "documents": summary.documents,
        "unchanged": summary.unchanged,
        "new_actors": summary.new_actors,
        "new_relations": summary.new_relations,
        "relations": summary.relations,
        "skipped": len(summary.skipped),
    }
    emit([row], fmt, title="ingested")
    report_skipped(summary.skipped)
