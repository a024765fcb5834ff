"""The knowledge graph: one front door to the embedded store or a SPARQL endpoint.

>>> import tempfile
>>> with KnowledgeGraph.open(tempfile.mkdtemp() + "/kg") as kg:
...     kg.stats()["documents"]
0

``location`` is a folder (an on-disk Oxigraph store, created on first use)
or an http(s) URL of a SPARQL 1.1 query endpoint. The RDF model is described
in ``graph.store.mapping``; read queries live in ``graph.store.reading``.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType
from typing import Any

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node

from graph import ontology, vocab
from graph.errors import StoreError, StoreLocked, UnknownActor, UnknownDocument
from graph.records import Actor, Document, Evidence, Relation
from graph.store import queries as q
from graph.store.backend import Backend
from graph.store.embedded import EmbeddedBackend
from graph.store.mapping import (
    GAZETTEER_GRAPH,
    Quad,
    actor_quads,
    document_graph_quads,
    document_iri,
    knowledge_quads,
    relation_quads,
)
from graph.store.reading import Reader
from graph.store.remote import RemoteBackend, is_url
from graph.store.results import AddResult, QueryResult
from graph.store.sparql import check_user_query, python_value, then, values_block
from graph.vocab import AG, DOCUMENT, GRAPH, PREDICATES, EntityType

_PREDICATE_IRIS = {p.iri for p in PREDICATES}
_TYPE_IRIS = {t.iri for t in EntityType}


def _knowledge_missing(backend: Backend) -> bool:
    """True for a store written before the knowledge graph existed (evidence, no knowledge)."""
    return not backend.ask(q.HAS_KNOWLEDGE) and backend.ask(q.HAS_EVIDENCE)


def default_gazetteer() -> Path | None:
    """Return the bundled gazetteer (graph/extract/lexicon/gazetteer.ttl) if it exists."""
    path = Path(__file__).resolve().parents[1] / "extract" / "lexicon" / "gazetteer.ttl"
    return path if path.is_file() else None


class KnowledgeGraph(Reader):
    """Actors, relations and their evidence in an RDF store, with provenance.

    Open with ``KnowledgeGraph.open``; use as a context manager so the
    embedded store's lock is released. Reading methods (``actors``,
    ``relations_of``, ``documents``, ``stats``...) come from ``Reader``.
    """

    def __init__(self, backend: Backend):
        self.backend = backend

    @classmethod
    def open(
        cls,
        location: str,
        *,
        create: bool = True,
        read_only: bool = False,
        update_url: str | None = None,
        wait: float = 0.0,
        on_wait: Callable[[], None] | None = None,
    ) -> KnowledgeGraph:
        """Open the store at ``location``: a folder, or an http(s) SPARQL endpoint.

        A new embedded store gets the bundled gazetteer as graph
        ``<graph/gazetteer>`` at creation, so later ingests and forgets never
        change it; a remote endpoint gets it on first writable open.

        Args:
            location: folder path, or query URL such as ``http://host:7878/query``.
            create: make a new embedded store when the folder is missing or empty.
            read_only: refuse writes; an embedded store is opened without its
                lock (safe while no other process writes to it).
            update_url: the endpoint's update URL (default: ``$ACTORGRAPH_UPDATE_URL``,
                else ``/query`` replaced by ``/update``).
            wait: seconds to wait while another process holds the embedded
                store's lock (0: fail at once).
            on_wait: called once when that wait begins (to tell the user).

        Raises:
            StoreError: not a store, no store there, or the URL does not answer.
            StoreLocked: another process is writing to the embedded store
                (still, after ``wait`` seconds).
        """
        backend: Backend
        if is_url(location):
            backend = RemoteBackend.open(location, update_url=update_url, read_only=read_only)
        else:
            backend = EmbeddedBackend.open(
                location, create=create, read_only=read_only, wait=wait, on_wait=on_wait
            )
        if read_only and isinstance(backend, EmbeddedBackend) and _knowledge_missing(backend):
            backend.close()
            _upgrade(location)
            backend = EmbeddedBackend.open(location, create=False, read_only=True)
        kg = cls(backend)
        try:
            gazetteer = default_gazetteer()
            # A writable open without the gazetteer graph loads it: a remote
            # endpoint's first use, or an embedded store whose creation was
            # killed before the gazetteer was in.
            missing = (
                not read_only
                and gazetteer is not None
                and not backend.ask(q.HAS_GRAPH, {"graph": GAZETTEER_GRAPH})
            )
            if gazetteer is not None and (backend.created or missing):
                kg.load_gazetteer(gazetteer)
            if not read_only and not backend.created and _knowledge_missing(backend):
                kg.rebuild_knowledge()
        except BaseException:
            backend.close()
            raise
        return kg

    # ------------------------------------------------------------ lifecycle

    @property
    def location(self) -> str:
        """The folder or URL this graph lives in."""
        return self.backend.location

    @property
    def read_only(self) -> bool:
        """True when writes are refused."""
        return self.backend.read_only

    @property
    def dataset(self) -> Dataset:
        """An rdflib ``Dataset`` over the same data (oxrdflib, or SPARQLUpdateStore)."""
        return self.backend.dataset

    def close(self) -> None:
        """Release the store; the embedded store's lock is freed."""
        self.backend.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _check_writable(self) -> None:
        if self.backend.read_only:
            raise StoreError(f"the store {self.location} was opened read-only")

    # ------------------------------------------------------------- queries

    def select(self, query: str, bindings: dict[str, Node] | None = None) -> list[dict[str, Any]]:
        """Run an internal SELECT with values bound safely; the default graph is the union.

        The common prefixes (``ag:``, ``skos:``, ``prov:``, ``schema:``...) are
        declared for you. Literals come back as Python values, IRIs as URIRef,
        unbound variables as None.

        Args:
            query: SELECT text; spell the WHERE clause ``WHERE {``.
            bindings: variable name (without ``?``) -> rdflib IRI or Literal.
                Values are never formatted into the text unescaped.

        Example:
            >>> kg.select("SELECT ?a WHERE { GRAPH ?g { ?a skos:prefLabel ?n } }",
            ...           {"n": Literal("Russia")})  # doctest: +SKIP
            [{'a': rdflib.term.URIRef('https://w3id.org/actorgraph/actor/russia'), 'n': 'Russia'}]
        """
        rows = self.backend.select(q.PREFIXES + query, bindings)
        return [{k: python_value(v) for k, v in row.items()} for row in rows]

    def select_text(
        self, query: str, bindings: dict[str, Node] | None = None
    ) -> list[dict[str, str | None]]:
        """Like ``select``, but every value is its lexical form (str) or None; much faster."""
        fast = getattr(self.backend, "select_text", None)
        if fast is not None:
            return fast(q.PREFIXES + query, bindings)
        return [
            {k: None if v is None else str(v) for k, v in row.items()}
            for row in self.backend.select(q.PREFIXES + query, bindings)
        ]

    def query(self, sparql: str, *, allow_update: bool = False) -> QueryResult:
        """Run a user's SPARQL query over the union of all graphs.

        Args:
            sparql: SELECT, ASK, CONSTRUCT or DESCRIBE (or an update, when allowed).
            allow_update: accept SPARQL Update; the CLI's ``--update``.

        Returns:
            A ``QueryResult``: rows for SELECT, ``boolean`` for ASK,
            ``triples`` (kind ``graph``) for CONSTRUCT and DESCRIBE. After an
            update, the knowledge graph ``<graph/knowledge>`` again holds
            exactly what the other graphs state.

        Raises:
            QueryError: malformed SPARQL with position, an update without
                ``allow_update``, or a SERVICE clause.
        """
        kind = check_user_query(sparql, allow_update=allow_update)
        if kind == "update":
            self._check_writable()
            # The knowledge graph is brought up to date in the same request
            # (one transaction), so it never disagrees with the documents.
            sparql = then(sparql, q.REFRESH_KNOWLEDGE)
        return self.backend.run_user_query(sparql, kind)

    def triple_count(self) -> int:
        """Return the number of quads in all named graphs (where all data lives)."""
        return int(self.backend.select(q.TRIPLE_COUNT)[0]["n"].toPython())  # type: ignore[union-attr]

    # -------------------------------------------------------------- writes

    def has_document(self, doc_id: str) -> bool:
        """True when a document with this id (``records.content_id``) is stored."""
        if not doc_id or not doc_id.replace("-", "").replace("_", "").isalnum():
            return False
        return self.backend.ask(q.HAS_DOCUMENT, {"doc": document_iri(doc_id)})

    def add_document(self, doc: Document, relations: list[Relation]) -> AddResult:
        """Store a document and its relations as one named graph, atomically.

        Idempotent: a text already stored (same content id) changes nothing.

        Args:
            doc: the document; its id derives from its text.
            relations: what the extractor found in it.

        Returns:
            ``AddResult``: whether it was added, and how many actors and
            relations the store did not know before (outside the gazetteer).

        Raises:
            StoreError: the store is read-only or the write failed (nothing stored).
            UnknownType: a relation names an actor type outside the vocabulary.
        """
        self._check_writable()
        quads = document_graph_quads(doc, relations)
        # One query says whether the text is stored and what of it is new,
        # one update stores it: two round trips to a remote endpoint.
        stored, new_actors, new_relations = self._novelty(doc.id, quads)
        if stored:
            return AddResult(doc.id, added=False)
        self.backend.insert(quads + knowledge_quads(quads))
        return AddResult(doc.id, True, new_actors, new_relations)

    def _novelty(self, doc_id: str, quads: list[Quad]) -> tuple[bool, int, int]:
        """Return (document stored already, new actors, new relations) for ``quads``."""
        actors = {s for s, p, o, _ in quads if p == RDF.type and o in _TYPE_IRIS}
        triples = {(s, p, o) for s, p, o, _ in quads if p in _PREDICATE_IRIS}
        rows = self.backend.select(
            q.novelty(
                values_block(["doc"], [[document_iri(doc_id)]]),
                values_block(["a"], [[a] for a in sorted(actors)]) if actors else "",
                values_block(["s", "p", "o"], sorted(triples)) if triples else "",
            )
        )
        kinds = Counter(str(row["kind"]) for row in rows)
        return kinds["document"] > 0, len(actors) - kinds["actor"], len(triples) - kinds["relation"]

    def forget(self, ref: str) -> str:
        """Remove a document's graph: every statement only it supported goes.

        Statements other documents also make stay, in their own graphs.

        Args:
            ref: the document id, the path or URL it was ingested from, or an
                analyst assertion's id (``analyst/<hash>``).

        Returns:
            The id of the forgotten document.

        Raises:
            UnknownDocument: nothing was ingested under ``ref``, or several
                documents were and the id must be given.
        """
        self._check_writable()
        ref = ref.strip()
        graph = self._graph_for(ref)
        self.backend.update(q.forget_graph(graph))
        return _graph_id(graph)

    def optimize(self) -> None:
        """Compact an embedded store after many writes (nothing to do on a remote one).

        RocksDB leaves a bulk of fresh writes in many small files that every
        read then consults; compacting them takes seconds per million
        triples and makes queries two to three times faster.
        """
        self._check_writable()
        self.backend.optimize()

    def rebuild_knowledge(self) -> None:
        """Fill the knowledge graph ``<graph/knowledge>`` from the document and analyst graphs.

        ``open`` calls it for a store written before the knowledge graph
        existed; it is idempotent, so calling it again only costs time.
        """
        self._check_writable()
        self.backend.update(q.REBUILD_KNOWLEDGE)

    def _graph_for(self, ref: str) -> URIRef:
        if self.has_document(ref):
            return document_iri(ref)
        if ref.startswith("analyst/") and ref[8:].isalnum():
            graph = GRAPH[ref]
            if self.backend.ask(q.HAS_GRAPH, {"graph": graph}):
                return graph
        candidates = {ref}
        # The path it was ingested from; a NUL byte or a symlink loop is no path.
        with contextlib.suppress(OSError, ValueError, RuntimeError):
            candidates.add(str(Path(ref).expanduser().resolve()))
        found: set[URIRef] = set()
        for cand in candidates:
            rows = self.backend.select(q.DOCUMENTS_FROM, {"ref": Literal(cand)})
            found.update(row["doc"] for row in rows)  # type: ignore[misc]
        if len(found) == 1:
            return found.pop()
        if found:
            ids = ", ".join(sorted(_graph_id(g) for g in found))
            raise UnknownDocument(
                f"{ref!r} was ingested {len(found)} times with different text "
                f"(ids {ids}); forget one by its id"
            )
        raise UnknownDocument(
            f"no document {ref!r} in the store; `actorgraph documents` lists ids and sources"
        )

    def assert_relation(
        self,
        subject: str,
        predicate: str,
        object: str,
        source: str,
        subject_type: str | None = None,
        object_type: str | None = None,
    ) -> Relation:
        """Record an analyst's own relation in its own graph ``<graph/analyst/{hash}>``.

        Its evidence has method and rule ``analyst`` and the ``source`` as note.
        Asserting the same thing with the same source twice changes nothing.

        Args:
            subject, object: actor labels or aliases (any case). An unknown
                name is accepted only with its type, and becomes a new actor.
            predicate: a predicate of the vocabulary (``backs``, ``member-of``...).
            source: where the analyst has it from: a note, a URL.
            subject_type, object_type: entity types for new actors.

        Returns:
            The ``Relation`` as stored (actors resolved to canonical labels).

        Raises:
            UnknownPredicate: ``predicate`` is not in the vocabulary.
            UnknownActor: a name matches no actor and no type was given.
            UnknownType: a type is not one of the seven.
        """
        self._check_writable()
        pred = vocab.predicate(predicate)
        subj = self._actor_for(subject, subject_type, "--subject-type")
        obj = self._actor_for(object, object_type, "--object-type")
        key = "|".join([subj.label, pred.name, obj.label, source])
        graph = GRAPH[f"analyst/{hashlib.sha256(key.encode('utf-8')).hexdigest()[:16]}"]
        evidence = Evidence(
            source="analyst",
            sentence=source,
            start=0,
            end=0,
            rule="analyst",
            confidence=1.0,
            method="analyst",
            note=source,
        )
        relation = Relation(subj, pred.name, obj, evidence)
        if self.backend.ask(q.HAS_GRAPH, {"graph": graph}):
            return relation
        now = Literal(datetime.now(timezone.utc).isoformat(), datatype=XSD.dateTime)
        quads: list[Quad] = [
            (graph, RDF.type, PROV.Entity, graph),
            (graph, RDFS.label, Literal(f"analyst assertion: {source}"), graph),
            (graph, PROV.generatedAtTime, now, graph),
            (graph, AG.note, Literal(source), graph),
            *actor_quads(subj, (), graph),
            *actor_quads(obj, (), graph),
            *relation_quads(relation, graph),
        ]
        self.backend.insert(quads + knowledge_quads(quads))
        return relation

    def _actor_for(self, name: str, type_name: str | None, option: str) -> Actor:
        try:
            found = self.resolve_actor(name)
        except UnknownActor as exc:
            if type_name is None:
                raise UnknownActor(f"{exc}; or give {option} to add it as a new actor") from None
            return Actor(name.strip(), EntityType.parse(type_name).value)
        return Actor(found.label, found.type)

    # ---------------------------------------------------------- gazetteer

    def load_gazetteer(self, path: str | Path) -> None:
        """Replace the graph ``<graph/gazetteer>`` with the Turtle file at ``path``.

        Raises:
            StoreError: the file cannot be read as Turtle, or the store is read-only.
        """
        self._check_writable()
        self.backend.replace_graph_from_turtle(Path(path), GAZETTEER_GRAPH)

    # ---------------------------------------------------------- validation

    def validate(self) -> list[ontology.Violation]:
        """Check all graphs together against the SHACL shapes; worst first."""
        data = Graph()
        for triple in self.backend.triples():
            data.add(triple)
        return ontology.validate(data)


def _upgrade(location: str) -> None:
    """Build the knowledge graph of an embedded store made by an older actorgraph.

    A read-only open cannot write, so the store is opened for writing once,
    if nobody else holds it; a process that does has built it on its own open.
    """
    with contextlib.suppress(StoreLocked), KnowledgeGraph.open(location, create=False):
        pass  # a writable open rebuilds what is missing


def _graph_id(graph: URIRef) -> str:
    text = str(graph)
    for base in (str(DOCUMENT), str(GRAPH)):
        if text.startswith(base):
            return text[len(base) :]
    return text
