"""`actorgraph ingest`: extract relations from articles (or load extracted ones) and store them."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from graph.cli._app import StoreOption, app, err_console, fail, handles_errors, store_location
from graph.cli.extract import (
    LexiconOption,
    MaxSizeOption,
    PatternsOption,
    WorkersOption,
    megabytes,
    report_skipped,
)
from graph.cli.output import Format, count, emit, say

WAIT_SECONDS = 5.0


#: Documents added by one run after which the store is compacted (a few
#: seconds per million triples; later queries run two or three times faster).
COMPACT_AFTER = 100


@app.command()
@handles_errors
def ingest(
    paths: list[str] = typer.Argument(
        None, help="Files, folders (recursive) or - for standard input.", show_default=False
    ),
    store: str | None = StoreOption,
    workers: int = WorkersOption,
    lexicon: list[Path] = LexiconOption,
    patterns: list[Path] = PatternsOption,
    max_size: float = MaxSizeOption,
    relations: list[str] = typer.Option(
        None,
        "--relations",
        "-r",
        help="Load a file written by `extract --format jsonl --with-documents` instead of "
        "extracting (repeatable; - for standard input).",
        show_default=False,
    ),
    wait: float = typer.Option(
        WAIT_SECONDS,
        "--wait",
        min=0,
        help="Seconds to wait while another actorgraph process holds the store.",
    ),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="Summary format."),
) -> None:
    """Extract relations from articles and add them to the store.

    Each article becomes one named graph, written in one transaction; an
    article already stored (same text) is left as it is, so rerunning an
    interrupted ingest finishes the rest. --relations loads extraction output
    (from `extract --with-documents`, say one file per shard) exactly as if
    the articles had been ingested here.

    Example: actorgraph ingest articles/ --store my-store
    """
    from graph.pipeline import ingest_paths, load_extracted
    from graph.store.knowledge_graph import KnowledgeGraph

    if not paths and not relations:
        fail("nothing to ingest; give files, folders or -, or --relations FILE.jsonl")
    if paths and relations:
        fail("give either articles to extract or --relations files, not both")
    location = store_location(store)

    def waiting() -> None:
        err_console.print(
            f"waiting for the store lock held by another actorgraph process (up to {wait:g} s)",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )

    with (
        KnowledgeGraph.open(location, wait=wait, on_wait=waiting) as kg,
        Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=err_console,
            transient=True,
            disable=fmt is not Format.table,
        ) as progress,
    ):
        task = progress.add_task("ingesting", total=None)

        def advance(doc: object) -> None:
            progress.advance(task)

        if relations:
            summary = load_extracted(kg, relations, on_document=advance)
        else:
            summary = ingest_paths(
                kg,
                paths,
                workers=workers,
                lexicon_paths=lexicon or (),
                pattern_paths=patterns or (),
                on_document=advance,
                max_bytes=megabytes(max_size),
            )
        if summary.documents >= COMPACT_AFTER:
            progress.update(task, description="compacting the store")
            kg.optimize()
    row = {
        "store": location,
        "documents": summary.documents,
        "unchanged": summary.unchanged,
        "new_actors": summary.new_actors,
        "new_relations": summary.new_relations,
        "relations": summary.relations,
        "skipped": len(summary.skipped),
    }
    if fmt is Format.table:
        say(
            f"ingested {count(summary.documents, 'new document')} into {location}: "
            f"{count(summary.new_actors, 'new actor')}, "
            f"{count(summary.new_relations, 'new relation')} "
            f"({count(summary.relations, 'relation')} found); {summary.unchanged} already stored, "
            f"{len(summary.skipped)} skipped"
        )
    else:
        emit([row], fmt)
    report_skipped(summary.skipped)
