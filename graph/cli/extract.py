"""`actorgraph extract`: relations from text, without a store."""

from __future__ import annotations

from pathlib import Path

import typer

from graph.cli._app import app, err_console, fail, handles_errors
from graph.cli.output import Format, count, emit

COLUMNS = ["subject", "predicate", "object", "confidence", "rule", "source", "sentence"]

PathsArg = typer.Argument(..., help="Files, folders (recursive) or - for standard input.")
WorkersOption = typer.Option(
    0,
    "--workers",
    "-w",
    min=0,
    help="Extraction processes; 0 uses every core for inputs of 2 MB or more.",
)
LexiconOption = typer.Option(
    None, "--lexicon", help="Extra actors and aliases: a Turtle or CSV file (repeatable)."
)
PatternsOption = typer.Option(None, "--patterns", help="Extra relation pattern file (repeatable).")
MaxSizeOption = typer.Option(
    200.0,
    "--max-size",
    min=0.001,
    help="Skip files (and JSON Lines lines) larger than this many MB.",
)


def megabytes(size: float) -> int:
    """Bytes in ``size`` MB (the unit of --max-size)."""
    return int(size * 1024 * 1024)


def report_skipped(skipped: list[tuple[str, str]]) -> None:
    """Tell the user, on stderr, which inputs were not read and why."""
    for source, reason in skipped:
        err_console.print(
            f"skipped {source}: {reason}", markup=False, highlight=False, soft_wrap=True
        )


@app.command()
@handles_errors
def extract(
    paths: list[str] = PathsArg,
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
    workers: int = WorkersOption,
    lexicon: list[Path] = LexiconOption,
    patterns: list[Path] = PatternsOption,
    max_size: float = MaxSizeOption,
    with_documents: bool = typer.Option(
        False,
        "--with-documents",
        help="With --format jsonl: before each document's relations, a line with the "
        "document (id, source, title, date, url, text), so `ingest --relations` can load it.",
    ),
) -> None:
    """Print the relations found in articles, without storing them.

    --format jsonl prints one JSON object per relation, exactly the contract
    of relations.md (subject, predicate, object, mentions, sentence, offsets,
    rule, confidence, source).

    --with-documents adds a {"document": {...}} line before each document's
    relations (and a document_id to each relation): extract in shards on many
    machines, then load with `actorgraph ingest --relations FILE.jsonl`.

    Example: actorgraph extract article.txt --format jsonl
    """
    from graph.pipeline import extract_paths

    if with_documents and fmt is not Format.jsonl:
        fail("--with-documents needs --format jsonl")

    skipped: list[tuple[str, str]] = []
    pairs = extract_paths(
        paths,
        workers=workers,
        lexicon_paths=lexicon or (),
        pattern_paths=patterns or (),
        skipped=skipped,
        max_bytes=megabytes(max_size),
    )
    if fmt is Format.jsonl:
        # Stream: a corpus of any size prints as it goes.
        if with_documents:
            from graph.ingest.extracted import extracted_records

            for doc, relations in pairs:
                emit(list(extracted_records(doc, relations)), fmt)
        else:
            for _doc, relations in pairs:
                emit([r.to_json() for r in relations], fmt)
    else:
        rows = [r.to_json() for _doc, relations in pairs for r in relations]
        emit(
            rows,
            fmt,
            columns=COLUMNS if fmt is not Format.json else None,
            title=count(len(rows), "relation"),
        )
    report_skipped(skipped)
