"""Extraction output with its documents: the file that separates extracting from loading.

``actorgraph extract --format jsonl --with-documents`` writes, per document,
one document line followed by its relation lines::

    {"document": {"id": "1e47...", "source": "a.txt", "title": null, "date": null,
                  "url": null, "text": "..."}}
    {"subject": "Russia", ..., "rule": "x-backed-y", "document_id": "1e47..."}

Relation lines are the records of relations.md with one extra key,
``document_id``. ``read_extracted`` turns such a file back into
``(Document, [Relation])`` pairs, one document at a time (memory stays flat
however long the file), so ``actorgraph ingest --relations FILE`` stores
exactly what ``actorgraph ingest`` would have stored from the text.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import IO, Any

from graph import vocab
from graph.errors import ActorGraphError, InputError
from graph.records import Actor, Document, Evidence, Relation

_RELATION_KEYS = (
    "subject",
    "subject_type",
    "predicate",
    "object",
    "object_type",
    "sentence",
    "start",
    "end",
    "rule",
)


def document_record(doc: Document) -> dict[str, Any]:
    """Return the document line of ``doc`` (metadata and full text).

    >>> document_record(Document("Calm day.", "a.txt"))["document"]["id"]
    'fa1543c5798eed3d'
    """
    return {
        "document": {
            "id": doc.id,
            "source": doc.source,
            "title": doc.title,
            "date": doc.date,
            "url": doc.url,
            "text": doc.text,
        }
    }


def extracted_records(doc: Document, relations: Iterable[Relation]) -> Iterator[dict[str, Any]]:
    """Yield the document line of ``doc``, then one line per relation with ``document_id``.

    Evidence that differs from what the extractor writes by default (another
    method, a note) travels too, so loading loses nothing.
    """
    yield document_record(doc)
    for rel in relations:
        record = rel.to_json()
        record["document_id"] = doc.id
        if rel.evidence.method != "rule":
            record["method"] = rel.evidence.method
        if rel.evidence.note:
            record["note"] = rel.evidence.note
        yield record


def read_extracted(
    paths: Iterable[str], *, stdin: IO[str] | None = None
) -> Iterator[tuple[Document, list[Relation]]]:
    """Read files written by ``extract --with-documents``; yield each document with its relations.

    Args:
        paths: files, or ``-`` for standard input; read one after the other.
        stdin: the stream ``-`` reads (default ``sys.stdin``).

    Returns:
        An iterator of ``(document, relations)``, one document in memory at a time.

    Raises:
        InputError: naming the file and line, for a file that cannot be read,
            a line that is not JSON, a relation before any document line, a
            relation of another document, or a document whose text does not
            match its id.
    """
    for path in paths:
        with ExitStack() as stack:
            if path == "-":
                stream: IO[str] = stdin if stdin is not None else sys.stdin
            else:
                try:
                    stream = stack.enter_context(open(path, encoding="utf-8"))
                except OSError as exc:
                    raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
            yield from _read_stream(stream, path)


def _read_stream(stream: IO[str], path: str) -> Iterator[tuple[Document, list[Relation]]]:
    doc: Document | None = None
    relations: list[Relation] = []
    number = 0
    try:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            record = _json(line, path, number)
            if "document" in record:
                if doc is not None:
                    yield doc, relations
                doc, relations = _document(record["document"], path, number), []
            elif doc is None:
                raise InputError(
                    f"{path} line {number}: a relation before any document line; "
                    "write the file with `actorgraph extract --format jsonl --with-documents`"
                )
            else:
                relations.append(_relation(record, doc, path, number))
    except UnicodeDecodeError:
        raise InputError(
            f"{path} after line {number}: not UTF-8; extraction files are written in UTF-8"
        ) from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    if doc is not None:
        yield doc, relations


def _json(line: str, path: str, number: int) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except ValueError:
        record = None
    if not isinstance(record, dict):
        raise InputError(
            f"{path} line {number}: not a JSON object; "
            "expected the output of `actorgraph extract --format jsonl "
            "--with-documents`"
        )
    return record


def _document(data: Any, path: str, number: int) -> Document:
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise InputError(f"{path} line {number}: a document line needs a 'text' string")
    fields = {}
    for key in ("source", "title", "date", "url"):
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"{path} line {number}: the document's {key!r} must be a string")
        fields[key] = value
    doc = Document(
        text=data["text"],
        source=fields["source"] or path,
        title=fields["title"],
        date=fields["date"],
        url=fields["url"],
    )
    if data.get("id") not in (None, doc.id):
        raise InputError(
            f"{path} line {number}: the document's id {data['id']!r} does not match its text "
            f"(id {doc.id}); was the text edited after extraction?"
        )
    return doc


def _relation(record: dict[str, Any], doc: Document, path: str, number: int) -> Relation:
    where = f"{path} line {number}"
    missing = [k for k in _RELATION_KEYS if k not in record]
    if missing:
        raise InputError(f"{where}: a relation line needs {', '.join(missing)}")
    if record.get("document_id", doc.id) != doc.id:
        raise InputError(
            f"{where}: the relation belongs to document {record['document_id']!r}, "
            f"but follows the document line of {doc.id!r}"
        )
    try:
        evidence = Evidence(
            source=str(record.get("source") or doc.source),
            sentence=str(record["sentence"]),
            start=int(record["start"]),
            end=int(record["end"]),
            rule=str(record["rule"]),
            confidence=float(record.get("confidence", 1.0)),
            document_id=doc.id,
            date=doc.date,
            subject_mention=str(record.get("subject_mention") or ""),
            object_mention=str(record.get("object_mention") or ""),
            method=str(record.get("method") or "rule"),
            note=record.get("note"),
        )
    except (TypeError, ValueError):
        raise InputError(f"{where}: start, end and confidence must be numbers") from None
    try:
        vocab.predicate(str(record["predicate"]))
        for key in ("subject_type", "object_type"):
            vocab.EntityType.parse(str(record[key]))
    except ActorGraphError as exc:
        raise type(exc)(f"{where}: {exc}") from None
    return Relation(
        Actor(str(record["subject"]), str(record["subject_type"])),
        str(record["predicate"]),
        Actor(str(record["object"]), str(record["object_type"])),
        evidence,
    )


__all__ = ["document_record", "extracted_records", "read_extracted"]
