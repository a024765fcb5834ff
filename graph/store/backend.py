"""What a store backend does: the seam between the facade and Oxigraph or HTTP.

``KnowledgeGraph`` speaks only to this protocol, so every feature works the
same on the embedded store and on a remote SPARQL 1.1 endpoint. Queries
given to a backend use explicit ``GRAPH ?g { }`` patterns, so their answer
does not depend on whether the server treats its default graph as the union.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Protocol

from rdflib import Dataset, URIRef
from rdflib.term import Identifier, Node

from graph.store.mapping import Quad
from graph.store.results import QueryResult

Row = dict[str, Identifier | None]


class Backend(Protocol):
    """A place that holds quads and answers SPARQL."""

    location: str
    read_only: bool
    created: bool  # True when this open created the store (load the gazetteer then)

    def select(self, query: str, bindings: Mapping[str, Node] | None = None) -> list[Row]:
        """Run an internal SELECT with bound values; rows of rdflib terms."""
        ...

    def ask(self, query: str, bindings: Mapping[str, Node] | None = None) -> bool:
        """Run an internal ASK with bound values."""
        ...

    def run_user_query(self, text: str, kind: str) -> QueryResult:
        """Run a checked user query (kind from ``sparql.check_user_query``)."""
        ...

    def insert(self, quads: Iterable[Quad]) -> None:
        """Add quads in one transaction: all are stored or none."""
        ...

    def drop_graphs(self, graphs: Iterable[URIRef]) -> None:
        """Remove named graphs in one transaction."""
        ...

    def optimize(self) -> None:
        """Compact the storage after many writes, where that means anything."""
        ...

    def update(self, text: str) -> None:
        """Run an internal SPARQL update in one transaction (one request)."""
        ...

    def replace_graph_from_turtle(self, path: Path, graph: URIRef) -> None:
        """Replace the content of ``graph`` with the triples of a Turtle file."""
        ...

    def triples(self) -> Iterator[tuple[Node, Node, Node]]:
        """Yield every triple of every named graph (duplicates across graphs possible)."""
        ...

    @property
    def dataset(self) -> Dataset:
        """An rdflib Dataset over the same data, union default graph."""
        ...

    def close(self) -> None:
        """Release the store (the lock, for the embedded one)."""
        ...
