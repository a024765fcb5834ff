"""Plain rows the knowledge graph returns: what the CLI and views format.

Values are Python values (str, int, float) so they serialise to JSON/CSV
as they are; only ``QueryResult`` keeps rdflib terms, because a user's
query may return any RDF term.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph
from rdflib.term import Identifier, Node

from graph.store.sparql import DEFAULT_PREFIXES


@dataclass(frozen=True)
class AddResult:
    """What ``add_document`` did: ``added`` is False when the text was already stored."""

    document_id: str
    added: bool
    new_actors: int = 0
    new_relations: int = 0


@dataclass(frozen=True)
class ActorRow:
    """One actor as the store knows it (documents, analyst graphs and gazetteer)."""

    iri: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActorSummary:
    """One actor that appears in a document or analyst assertion.

    ``aliases`` are the other names documents used for it; ``relations`` the
    number of distinct relations it takes part in.
    """

    label: str
    type: str
    aliases: tuple[str, ...]
    relations: int


@dataclass(frozen=True)
class RelationRow:
    """One piece of evidence for a relation, with where it came from.

    ``predicate`` is the JSON name (``allied-with``); ``source`` the path or
    URL of the document, or ``analyst: <note>``; ``document_id`` the id that
    ``forget`` accepts; ``date`` the article date (YYYY-MM-DD) if known.
    """

    subject: str
    predicate: str
    object: str
    sentence: str
    source: str
    document_id: str
    rule: str
    confidence: float
    date: str | None = None


@dataclass(frozen=True)
class DocumentRow:
    """One ingested document; ``ingested`` is an ISO timestamp, ``relations`` distinct triples."""

    id: str
    source: str
    title: str | None
    date: str | None
    ingested: str | None
    relations: int


@dataclass
class QueryResult:
    """The answer to a user's SPARQL query.

    ``kind`` is ``select``, ``ask``, ``graph`` (CONSTRUCT or DESCRIBE) or
    ``update``. SELECT fills ``vars`` and ``rows`` (unbound values are None);
    ASK sets ``boolean``; CONSTRUCT and DESCRIBE fill ``triples``.
    """

    kind: str
    vars: list[str] = field(default_factory=list)
    rows: list[dict[str, Identifier | None]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Node, Node, Node]] = field(default_factory=list)

    def graph(self) -> Graph:
        """Return the triples of a CONSTRUCT or DESCRIBE as an rdflib Graph."""
        result = Graph()
        for prefix, namespace in DEFAULT_PREFIXES.items():
            result.bind(prefix, namespace)
        for triple in self.triples:
            result.add(triple)
        return result

    def serialize(self, format: str = "turtle") -> str:
        """Return the triples of a CONSTRUCT or DESCRIBE in an RDF syntax (rdflib names)."""
        return self.graph().serialize(format=format)
