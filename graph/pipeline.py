"""The whole flow in one place: sources -> documents -> relations -> store.

Readers, extractor and store each do one job; these functions only chain
them and count what happened, so the CLI and a notebook get the same result.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from graph.errors import StoreError
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


#: With ``workers=0``, inputs on disk of at least this many bytes are extracted
#: on every core; smaller ones (and stdin, which may be a slow stream) stay in
#: this process, where starting a pool would cost more than it saves.
AUTO_POOL_BYTES = 2 * 1024 * 1024


def choose_workers(paths: Sequence[str], workers: int) -> int:
    """Return ``workers``, or for 0 a count that suits the size of ``paths``.

    >>> choose_workers(["-"], 0)
    1
    """
    if workers > 0:
        return workers
    if "-" in paths:
        return 1
    total = 0
    for path in paths:
        for root, _dirs, files in os.walk(path) if os.path.isdir(path) else [("", [], [path])]:
            for name in files:
                with contextlib.suppress(OSError):
                    total += os.stat(os.path.join(root, name)).st_size
                if total >= AUTO_POOL_BYTES:
                    return os.cpu_count() or 1
    return 1


def documents_from(
    paths: Sequence[str], skipped: list[tuple[str, str]], max_bytes: int | None = None
) -> Iterator[Document]:
    """Yield the documents of ``paths`` and note each skipped file with its reason.

    ``max_bytes`` is the largest file (or JSON Lines line) read; None keeps
    the readers' default.
    """
    from graph.ingest.readers import DEFAULT_MAX_BYTES, Skipped, read_sources

    for item in read_sources(paths, max_bytes=max_bytes or DEFAULT_MAX_BYTES):
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
    max_bytes: int | None = None,
) -> Iterator[tuple[Document, list[Relation]]]:
    """Read ``paths`` and yield each document with the relations found in it.

    Args:
        paths: files, folders or ``-`` for standard input.
        workers: extraction processes; 1 extracts in this process.
        lexicon_paths: extra actor lexicons (Turtle or CSV).
        pattern_paths: extra relation pattern files.
        skipped: if given, receives ``(source, reason)`` for each file not read.
        max_bytes: files larger than this are skipped (None: the readers' default).

    Returns:
        An iterator of ``(document, relations)`` in input order.
    """
    from graph.extract import extract_documents

    notes = skipped if skipped is not None else []
    yield from extract_documents(
        documents_from(paths, notes, max_bytes),
        workers=choose_workers(paths, workers),
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
    max_bytes: int | None = None,
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
        max_bytes: files larger than this are skipped (None: the readers' default).

    Returns:
        An ``IngestSummary``.
    """
    from graph.extract import extract_documents

    summary = IngestSummary()
    progress = _Progress(summary)

    def fresh(docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            progress.reached = doc.source
            if kg.has_document(doc.id):
                summary.unchanged += 1
                if on_document:
                    on_document(doc)
            else:
                yield doc

    pairs = extract_documents(
        fresh(documents_from(paths, summary.skipped, max_bytes)),
        workers=choose_workers(paths, workers),
        lexicon_paths=lexicon_paths,
        pattern_paths=pattern_paths,
    )
    store_pairs(kg, pairs, summary, progress, on_document)
    return summary


def load_extracted(
    kg: KnowledgeGraph,
    paths: Sequence[str],
    *,
    on_document: Callable[[Document], None] | None = None,
) -> IngestSummary:
    """Store the documents and relations of ``extract --with-documents`` files.

    The store ends up exactly as if ``ingest_paths`` had read the documents'
    text (same named graphs, same triples; only the ingest time differs):
    one atomic write per document, documents already stored are left alone,
    and the files are read one document at a time.

    Args:
        kg: an open, writable knowledge graph.
        paths: extraction files, or ``-`` for standard input.
        on_document: called after each document is stored or found unchanged.

    Returns:
        An ``IngestSummary``.

    Raises:
        InputError: a file cannot be read or is not extraction output (the
            documents before the bad line are stored).
        StoreError: a write failed; the message names the document reached.
    """
    from graph.ingest.extracted import read_extracted

    summary = IngestSummary()
    progress = _Progress(summary)
    store_pairs(kg, read_extracted(paths), summary, progress, on_document)
    return summary


@dataclass
class _Progress:
    summary: IngestSummary
    reached: str = ""


def store_pairs(
    kg: KnowledgeGraph,
    pairs: Iterable[tuple[Document, list[Relation]]],
    summary: IngestSummary,
    progress: _Progress | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> None:
    """Add each document with its relations (one atomic write each), counting into ``summary``.

    Raises:
        StoreError: naming the document reached and how many were stored, so
            the user knows that rerunning the same command resumes there.
    """
    progress = progress or _Progress(summary)
    try:
        for doc, relations in pairs:
            progress.reached = doc.source
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
    except StoreError as exc:
        where = f" at {progress.reached}" if progress.reached else ""
        raise type(exc)(
            f"{str(exc).rstrip('.')}; stopped{where} with {summary.documents} documents "
            "stored by this run; rerun the same command to resume"
        ) from None


__all__ = ["IngestSummary", "extract_paths", "ingest_paths", "load_extracted", "store_pairs"]
