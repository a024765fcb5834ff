"""The whole flow in one place: sources -> documents -> relations -> store.

Readers, extractor and store each do one job; these functions only chain
them and count what happened, so the CLI and a notebook get the same result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from graph.records import Document, Relation

if TYPE_CHECKING:
    from graph.store.knowledge_graph import KnowledgeGraph


@dataclass
class IngestSummary:
    """What one ``ingest`` run did."""

    documents: int = 0
    unchanged: int = 0
    new_actors: int = 0
    new_relations: int = 0
    relations: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)


def documents_from(paths: Sequence[str], skipped: list[tuple[str, str]]) -> Iterator[Document]:
    """Yield the documents of ``paths`` and note each skipped file with its reason."""
    from graph.ingest.readers import Skipped, read_sources

    for item in read_sources(paths):
        if isinstance(item, Skipped):
            skipped.append((item.source, item.reason))
        else:
            yield item


def extract_paths(
    paths: Sequence[str],
    *,
    workers: int = 1,
    lexicon_paths: Sequence[Path] = (),
    pattern_paths: Sequence[Path] = (),
    skipped: list[tuple[str, str]] | None = None,
) -> Iterator[tuple[Document, list[Relation]]]:
    """Read ``paths`` and yield each document with the relations found in it.

    Args:
        paths: files, folders or ``-`` for standard input.
        workers: extraction processes; 1 extracts in this process.
        lexicon_paths: extra actor lexicons (Turtle or CSV).
        pattern_paths: extra relation pattern files.
        skipped: if given, receives ``(source, reason)`` for each file not read.

    Returns:
        An iterator of ``(document, relations)`` in input order.
    """
    from graph.extract import extract_documents

    notes = skipped if skipped is not None else []
    yield from extract_documents(
        documents_from(paths, notes),
        workers=workers,
        lexicon_paths=lexicon_paths,
        pattern_paths=pattern_paths,
    )


def ingest_paths(
    kg: KnowledgeGraph,
    paths: Sequence[str],
    *,
    workers: int = 1,
    lexicon_paths: Sequence[Path] = (),
    pattern_paths: Sequence[Path] = (),
    on_document: Callable[[Document], None] | None = None,
) -> IngestSummary:
    """Extract relations from ``paths`` and store each document atomically.

    A document already in the store (same text) is counted as unchanged and
    not extracted again, so a rerun after an interruption finishes the rest.

    Args:
        kg: an open, writable knowledge graph.
        paths: files, folders or ``-``.
        workers: extraction processes.
        lexicon_paths: extra actor lexicons.
        pattern_paths: extra relation pattern files.
        on_document: called after each document is stored (progress).

    Returns:
        An ``IngestSummary``.
    """
    from graph.extract import extract_documents

    summary = IngestSummary()

    def fresh(docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            if kg.has_document(doc.id):
                summary.unchanged += 1
                if on_document:
                    on_document(doc)
            else:
                yield doc

    pairs = extract_documents(
        fresh(documents_from(paths, summary.skipped)),
        workers=workers,
        lexicon_paths=lexicon_paths,
        pattern_paths=pattern_paths,
    )
    for doc, relations in pairs:
        result = kg.add_document(doc, relations)
        if result.added:
            summary.documents += 1
            summary.new_actors += result.new_actors
            summary.new_relations += result.new_relations
            summary.relations += len(relations)
        else:
            summary.unchanged += 1
        if on_document:
            on_document(doc)
    return summary


__all__ = ["IngestSummary", "extract_paths", "ingest_paths"]
