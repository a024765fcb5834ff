"""The embedded store: an on-disk Oxigraph database in a folder, no server.

What we found about pyoxigraph (0.5) and rely on:

* ``Store(path)`` takes RocksDB's file lock; a second process opening the
  same folder read-write gets ``OSError: ... While lock file: .../LOCK:
  Resource temporarily unavailable``. We turn that into ``StoreLocked``.
* ``Store.read_only(path)`` opens without the lock, so readers can work
  while nobody writes; pyoxigraph calls reading while another process
  writes "undefined behaviour", so ``read_only=True`` suits read-only
  commands on a store that is not being ingested into.
* ``Store.extend`` and ``Store.update`` are transactions: an exception half
  way leaves the store as it was. ``add_document`` relies on this.
* ``Store.query(substitutions=...)`` binds only variables the SELECT
  projects (RuntimeError otherwise, and ASK projects none), so internal
  queries bind values with a strictly escaped VALUES block instead.
* oxrdflib's ``OxigraphStore(store=...)`` wraps an open pyoxigraph Store, so
  ``.dataset`` is an rdflib ``Dataset`` over the very same data (queries
  through it run in Oxigraph; it has no transactions of its own).

A folder is ours when it holds the marker file ``.actorgraph-store``; an
empty or missing folder becomes a store on first use, and any other folder
is refused rather than filled with database files.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import XSD, BNode, Dataset, Literal, URIRef
from rdflib.term import Identifier, Node

from graph.errors import QueryError, StoreError, StoreLocked
from graph.store.backend import Row
from graph.store.mapping import Quad
from graph.store.results import QueryResult
from graph.store.solutions import (
    Binding,
    has_only_plain_terms,
    parse_json,
    rows_from_json,
    sort_bindings,
    split_order_by,
)
from graph.store.sparql import DEFAULT_PREFIXES, bind_values, engine_syntax_error, term_n3

MARKER = ".actorgraph-store"
_MARKER_CONTENT = {"store": "actorgraph", "format": 1, "engine": "oxigraph"}


def to_ox(term: Node) -> Any:
    """Return the pyoxigraph term for an rdflib term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {term!r} in Oxigraph")


def from_ox(term: Any) -> Identifier | None:
    """Return the rdflib term for a pyoxigraph term (None stays None)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):
            return Literal(term.value)  # rdflib tells "x" and "x"^^xsd:string apart
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return Literal(str(term))  # an RDF 1.2 triple term: show it as text


def _lexical(term: Any) -> str | None:
    if term is None:
        return None
    value = getattr(term, "value", None)  # named and blank nodes, literals
    return value if isinstance(value, str) else str(term)


def _ox_quad(quad: Quad) -> ox.Quad:
    s, p, o, g = quad
    return ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g))


def _prepare_folder(path: Path, *, create: bool, read_only: bool) -> bool:
    """Check that ``path`` is ours (or can become ours); return True if we create it."""
    hint = "use --store with an empty or new folder"
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is not an actorgraph store (it is a file); {hint}")
    if (path / MARKER).is_file():
        return False
    if path.is_dir() and any(path.iterdir()):
        raise StoreError(
            f"{path} is not an actorgraph store (the folder holds other files); {hint}"
        )
    if not create or read_only:
        raise StoreError(
            f"no actorgraph store at {path}; ingest a document first, "
            "or use --store with the folder of an existing store"
        )
    try:
        path.mkdir(parents=True, exist_ok=True)
        (path / MARKER).write_text(json.dumps(_MARKER_CONTENT) + "\n", encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"cannot create a store at {path}: {exc.strerror or exc}") from None
    return True


def _being_created(message: str) -> bool:
    return "CURRENT" in message or "Column family not found" in message


class EmbeddedBackend:
    """An Oxigraph database in a folder on disk."""

    def __init__(self, store: ox.Store, location: str, *, read_only: bool, created: bool):
        self._store: ox.Store | None = store
        self._dataset: Dataset | None = None
        self.location = location
        self.read_only = read_only
        self.created = created

    @classmethod
    def open(
        cls,
        location: str,
        *,
        create: bool = True,
        read_only: bool = False,
        wait: float = 0.0,
        on_wait: Callable[[], None] | None = None,
    ) -> EmbeddedBackend:
        """Open (or create) the store in folder ``location``.

        Args:
            location: the folder.
            create: make a new store when the folder is missing or empty.
            read_only: open without the lock (see the module notes).
            wait: seconds to wait for another process's lock before giving up.
            on_wait: called once when the store is locked and we start waiting.

        Raises:
            StoreError: the folder is not a store, or cannot be created or read.
            StoreLocked: another process still has the store open for writing
                after ``wait`` seconds.
        """
        path = Path(location).expanduser()
        created = _prepare_folder(path, create=create, read_only=read_only)
        deadline = time.monotonic() + max(wait, 0.0)
        waiting = False
        while True:
            try:
                store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
                break
            except (OSError, RuntimeError) as exc:
                # RocksDB says "lock" when another process writes; a store whose
                # creation is under way lacks CURRENT or its column families.
                message = str(exc)
                if "lock" not in message.lower() and not _being_created(message):
                    raise StoreError(f"cannot open the store {path}: {message}") from None
                if time.monotonic() >= deadline:
                    if _being_created(message):
                        raise StoreError(
                            f"the store {path} is being created by another actorgraph "
                            "process; try again in a moment"
                        ) from None
                    longer = (f" (waited {wait:g} s)", ", rerun with a longer --wait")
                    waited, hint = longer if wait > 0 else ("", "")
                    raise StoreLocked(
                        f"the store {path} is in use by another actorgraph process{waited}; "
                        f"wait for it to finish{hint}, or use another --store"
                    ) from None
                if not waiting and on_wait is not None:
                    on_wait()
                waiting = True
                time.sleep(min(0.2, max(deadline - time.monotonic(), 0.0)))
        return cls(store, str(path), read_only=read_only, created=created)

    @property
    def store(self) -> ox.Store:
        """The pyoxigraph Store (for benchmarks and tests)."""
        if self._store is None:
            raise StoreError(f"the store {self.location} is closed")
        return self._store

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise StoreError(f"the store {self.location} was opened read-only")
        return self.store

    def _query(self, query: str, bindings: Mapping[str, Node] | None) -> Any:
        # Not pyoxigraph's `substitutions`: it refuses a variable that the
        # SELECT does not project, and ASK projects none. A strict VALUES
        # block (the same code the remote backend uses) binds any variable.
        try:
            return self.store.query(bind_values(query, bindings), use_default_graph_as_union=True)
        except OSError as exc:
            raise StoreError(f"cannot read the store {self.location}: {exc}") from None

    def select(self, query: str, bindings: Mapping[str, Node] | None = None) -> list[Row]:
        """Run an internal SELECT; ``bindings`` are written as a strict VALUES block."""
        solutions = self._query(query, bindings)
        names = [v.value for v in solutions.variables]
        return [{n: from_ox(sol[n]) for n in names} for sol in solutions]

    def select_text(
        self, query: str, bindings: Mapping[str, Node] | None = None
    ) -> list[dict[str, str | None]]:
        """Run an internal SELECT; values are lexical forms (IRIs as text), unbound None.

        For views reading tens of thousands of rows: an rdflib term per value,
        parsed again into a Python value, costs several times the query.
        """
        solutions = self._query(query, bindings)
        names = [v.value for v in solutions.variables]
        return [{n: _lexical(sol[n]) for n in names} for sol in solutions]

    def ask(self, query: str, bindings: Mapping[str, Node] | None = None) -> bool:
        """Run an internal ASK; ``bindings`` are written as a strict VALUES block."""
        return bool(self._query(query, bindings))

    def run_user_query(self, text: str, kind: str) -> QueryResult:
        """Run a user's checked query or update over the union of all graphs.

        The prefixes of ``sparql.DEFAULT_PREFIXES`` need no declaration.
        """
        try:
            if kind == "update":
                self._writable().update(text, prefixes=DEFAULT_PREFIXES)
                return QueryResult("update")
            if kind == "select":
                return self._select(text)
            answer: Any = self.store.query(
                text, use_default_graph_as_union=True, prefixes=DEFAULT_PREFIXES
            )
            if kind == "ask":
                return QueryResult(kind, boolean=bool(answer))
            triples = [
                (from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in answer
            ]  # CONSTRUCT or DESCRIBE
            return QueryResult(kind, triples=triples)  # type: ignore[arg-type]
        except SyntaxError as exc:
            raise engine_syntax_error(exc, text) from None
        except OSError as exc:
            raise QueryError(f"the query failed: {exc}") from None

    def _select(self, text: str) -> QueryResult:
        """Run a user's SELECT; the answer comes out as JSON (see ``graph.store.solutions``)."""
        unordered, keys = split_order_by(text)
        if keys:
            names, bindings = self._select_json(unordered)
            if not all(name in names for name, _ in keys) or not sort_bindings(bindings, keys):
                names, bindings = self._select_json(text)  # the engine orders these terms
        else:
            names, bindings = self._select_json(text)
        if not has_only_plain_terms(bindings):  # an RDF 1.2 triple term: shown as text
            answer: Any = self.store.query(
                text, use_default_graph_as_union=True, prefixes=DEFAULT_PREFIXES
            )
            rows = [{n: from_ox(sol[n]) for n in names} for sol in answer]
            return QueryResult("select", vars=names, rows=rows)
        return QueryResult("select", vars=names, rows=rows_from_json(names, bindings))

    def _select_json(self, text: str) -> tuple[list[str], list[dict[str, Binding]]]:
        answer = self.store.query(text, use_default_graph_as_union=True, prefixes=DEFAULT_PREFIXES)
        assert isinstance(answer, ox.QuerySolutions)
        return parse_json(answer.serialize(format=ox.QueryResultsFormat.JSON) or b"")

    def insert(self, quads: Iterable[Quad]) -> None:
        """Add quads in one Oxigraph transaction (a failure part way stores nothing)."""
        try:
            self._writable().extend(_ox_quad(q) for q in quads)
        except OSError as exc:
            raise StoreError(f"cannot write to the store {self.location}: {exc}") from None

    def drop_graphs(self, graphs: Iterable[URIRef]) -> None:
        """Remove named graphs in one update (one transaction)."""
        ops = " ; ".join(f"DROP SILENT GRAPH {term_n3(g)}" for g in graphs)
        if ops:
            self.update(ops)

    def optimize(self) -> None:
        """Compact the database (``Store.optimize``) and flush what is still in memory."""
        try:
            self._writable().optimize()
            self.store.flush()
        except OSError as exc:
            raise StoreError(f"cannot compact the store {self.location}: {exc}") from None

    def update(self, text: str) -> None:
        """Run an internal SPARQL update: one Oxigraph transaction."""
        try:
            self._writable().update(text)
        except OSError as exc:
            raise StoreError(f"cannot write to the store {self.location}: {exc}") from None

    def replace_graph_from_turtle(self, path: Path, graph: URIRef) -> None:
        """Replace ``graph`` with the triples of the Turtle file at ``path``."""
        store = self._writable()
        target = to_ox(graph)
        try:  # parse all before touching the store: a bad file changes nothing
            quads = [
                ox.Quad(q.subject, q.predicate, q.object, target)
                for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
            ]
        except (SyntaxError, OSError) as exc:
            raise StoreError(f"cannot read {path} as Turtle: {exc}") from None
        if store.contains_named_graph(target):
            store.remove_graph(target)
        store.extend(quads)

    def triples(self) -> Iterator[tuple[Node, Node, Node]]:
        """Yield every triple of every named graph."""
        for q in self.store.quads_for_pattern(None, None, None, None):
            if not isinstance(q.graph_name, ox.DefaultGraph):
                yield from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)  # type: ignore[misc]

    @property
    def dataset(self) -> Dataset:
        """An rdflib Dataset over this store through oxrdflib, union default graph."""
        if self._dataset is None:
            from oxrdflib import OxigraphStore

            self._dataset = Dataset(store=OxigraphStore(store=self.store), default_union=True)
        return self._dataset

    def close(self) -> None:
        """Flush a writable store, then drop every reference so RocksDB releases its lock.

        Without the flush, writes that RocksDB still keeps in memory stay in
        its write-ahead log, which every later read-only open replays and
        cannot clear: 3 s per open at a million triples, against 0.05 s.
        """
        if self._store is not None and not self.read_only:
            with contextlib.suppress(OSError):  # the data is safe in the log anyway
                self._store.flush()
        self._dataset = None
        self._store = None
