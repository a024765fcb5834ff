"""Commands that read or change the store: query, assert, actors, show,
documents, stats, validate, forget."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import Any

import typer

from graph.cli._app import StoreOption, app, fail, handles_errors, store_location
from graph.cli.output import Format, count, emit, say
from graph.errors import QueryError, ValidationFailed

FormatOption = typer.Option(Format.table, "--format", "-f", help="Output format.")


def _open(store: str | None, *, create: bool = False, read_only: bool = False) -> Any:
    from graph.store.knowledge_graph import KnowledgeGraph

    return KnowledgeGraph.open(store_location(store), create=create, read_only=read_only)


def _cell(term: Any, compact: bool) -> Any:
    """A query value for output: literals as values, IRIs as prefixed names in tables."""
    from rdflib import Literal, URIRef

    from graph.store.sparql import DEFAULT_PREFIXES

    if isinstance(term, Literal):
        return str(term)
    if isinstance(term, URIRef) and compact:
        for prefix, namespace in DEFAULT_PREFIXES.items():
            if term.startswith(namespace) and len(term) > len(namespace):
                return f"{prefix}:{term[len(namespace) :]}"
    return None if term is None else str(term)


def _rows(items: list[Any]) -> list[dict[str, Any]]:
    """Rows of the store's result records (dataclass instances), as plain dicts."""
    return [dataclasses.asdict(i) for i in items]


@app.command()
@handles_errors
def query(
    sparql: str = typer.Argument(None, help="A SPARQL query (or use --file)."),
    file: Path = typer.Option(None, "--file", help="Read the query from this file."),
    update: bool = typer.Option(False, "--update", help="Allow SPARQL Update (changes the store)."),
    store: str | None = StoreOption,
    fmt: Format = FormatOption,
) -> None:
    """Run a SPARQL query; read-only unless --update.

    All document graphs together form the default graph. Prefixes ag:, actor:,
    skos:, prov:, schema:, dcterms:, rdf:, rdfs:, xsd: are predefined.

    Example: actorgraph query 'SELECT ?a ?b WHERE { ?a ag:alliedWith ?b }'
    """
    if file is not None:
        try:
            sparql = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"cannot read {file}: {exc.strerror}; check the path") from exc
    if not sparql:
        fail("no query given; pass a SPARQL string or --file FILE")
    with _open(store, read_only=not update) as kg:
        result = kg.query(sparql, allow_update=update)
    if result.kind == "update":
        say("update applied")
    elif result.kind == "ask":
        say("yes" if result.boolean else "no")
        if not result.boolean:
            raise typer.Exit(1)
    elif result.kind == "graph":
        sys.stdout.write(result.serialize("turtle"))
    else:
        compact = fmt is Format.table
        rows = [{k: _cell(v, compact) for k, v in row.items()} for row in result.rows]
        emit(rows, fmt, columns=result.vars, title=count(len(rows), "row"))


@app.command("assert")
@handles_errors
def assert_(
    subject: str = typer.Argument(..., help="The subject actor (label or alias)."),
    predicate: str = typer.Argument(..., help="A predicate of the vocabulary, e.g. backs."),
    obj: str = typer.Argument(..., metavar="OBJECT", help="The object actor (label or alias)."),
    source: str = typer.Option(..., "--source", help="Where this comes from: a note, a URL."),
    subject_type: str = typer.Option(None, "--subject-type", help="Type for a new subject."),
    object_type: str = typer.Option(None, "--object-type", help="Type for a new object."),
    store: str | None = StoreOption,
) -> None:
    """Record an analyst's own relation, with provenance 'analyst' and the note.

    Example: actorgraph assert Turkey backs "Faylaq al-Sham" --source "field notes 2020-10"
    """
    with _open(store, create=True) as kg:
        rel = kg.assert_relation(
            subject, predicate, obj, source, subject_type=subject_type, object_type=object_type
        )
    say(f"asserted {rel.subject.label} --{rel.predicate}--> {rel.object.label} (analyst: {source})")


@app.command()
@handles_errors
def actors(
    type_: str = typer.Option(None, "--type", "-t", help="Only this actor type, e.g. ArmedGroup."),
    name: str = typer.Option(None, "--name", "-n", help="Only actors whose name contains this."),
    store: str | None = StoreOption,
    fmt: Format = FormatOption,
) -> None:
    """List actors: label, type, aliases and number of relations.

    Example: actorgraph actors --type ArmedGroup
    """
    with _open(store, read_only=True) as kg:
        rows = _rows(kg.actors(type=type_, name=name))
    emit(
        rows,
        fmt,
        columns=["label", "type", "aliases", "relations"],
        title=count(len(rows), "actor"),
    )


@app.command()
@handles_errors
def show(
    actor: str = typer.Argument(..., help="An actor's label or alias (any case)."),
    store: str | None = StoreOption,
    fmt: Format = FormatOption,
) -> None:
    """Show an actor's aliases and every relation with its evidence and source.

    Example: actorgraph show NLF
    """
    with _open(store, read_only=True) as kg:
        found = kg.resolve_actor(actor)
        rows = _rows(kg.relations_of(found.label))
    if fmt is not Format.table:
        emit(
            rows,
            fmt,
            columns=[
                "subject",
                "predicate",
                "object",
                "sentence",
                "source",
                "rule",
                "confidence",
                "date",
                "document_id",
            ],
        )
        return
    say(f"{found.label} ({found.type})")
    if found.aliases:
        say("aliases: " + ", ".join(sorted(found.aliases)))
    say(count(len(rows), "piece", "pieces") + " of evidence" if rows else "no relations stored")
    # One block per piece of evidence, like `path`: long sentences stay readable.
    for row in rows:
        say("")
        say(
            f"  {row['subject']} --{row['predicate']}--> {row['object']}"
            f"  ({row['rule']}, confidence {float(row['confidence']):.2f})"
        )
        say(f"      “{row['sentence']}”")
        say(f"      — {row['source']}" + (f", {row['date']}" if row.get("date") else ""))


@app.command()
@handles_errors
def documents(store: str | None = StoreOption, fmt: Format = FormatOption) -> None:
    """List ingested documents: id, source, title, date and relation count.

    Example: actorgraph documents --format csv
    """
    with _open(store, read_only=True) as kg:
        rows = _rows(kg.documents())
    emit(
        rows,
        fmt,
        columns=["id", "source", "title", "date", "ingested", "relations"],
        title=count(len(rows), "document"),
    )


@app.command()
@handles_errors
def stats(store: str | None = StoreOption, fmt: Format = FormatOption) -> None:
    """Count documents, actors, relations and triples, by predicate and type.

    Example: actorgraph stats
    """
    with _open(store, read_only=True) as kg:
        numbers = kg.stats()
    rows: list[dict[str, Any]] = []
    for key, value in numbers.items():
        if isinstance(value, dict):
            rows.extend({"what": f"{key}: {k}", "count": v} for k, v in sorted(value.items()))
        else:
            rows.append({"what": key, "count": value})
    emit(
        rows if fmt is not Format.json else [numbers],
        fmt,
        columns=["what", "count"] if fmt is not Format.json else None,
        title="store statistics",
    )


@app.command()
@handles_errors
def validate(store: str | None = StoreOption, fmt: Format = FormatOption) -> None:
    """Check the store against the SHACL shapes; exit 1 when any violation.

    Warnings (e.g. a leader who is not typed as a person) are listed but do
    not fail the check.

    Example: actorgraph validate
    """
    with _open(store, read_only=True) as kg:
        results = _rows(kg.validate())
    violations = [r for r in results if r["severity"] == "Violation"]
    if results:
        emit(
            results,
            fmt,
            columns=["severity", "focus_node", "path", "message"],
            title=f"{len(violations)} violations, {len(results) - len(violations)} warnings",
        )
    if violations:
        raise ValidationFailed(f"{len(violations)} SHACL violations; see the table above")
    if fmt is Format.table:
        say("valid: the store conforms to the actorgraph shapes")


@app.command()
@handles_errors
def forget(
    doc: str = typer.Argument(..., help="The path or URL a document was ingested from, or its id."),
    store: str | None = StoreOption,
) -> None:
    """Remove a document and every statement only it supported.

    Relations that other documents also support stay.

    Example: actorgraph forget articles/idlib.txt
    """
    with _open(store) as kg:
        doc_id = kg.forget(doc)
    say(f"forgot document {doc_id}")
