"""A remote SPARQL 1.1 endpoint, spoken to over HTTP (SPARQL 1.1 Protocol).

Queries are POSTed form-encoded to the query URL; updates to the update
URL, which is, in order: the ``update_url`` argument, ``$ACTORGRAPH_UPDATE_URL``,
or the query URL with a final ``/query`` replaced by ``/update`` (Oxigraph
and Fuseki name them so); any other URL is used for both, as the protocol
allows. Each write is one update request, which servers such as Oxigraph
apply atomically.

Values are never formatted into query text except through
``sparql.bind_values``/``term_n3``, which escape strictly.

Internal queries name their graphs (``GRAPH ?g``) and work on any server.
Users' queries are sent as written (after the default prefixes), so for
them to see every document the server must treat its default graph as the
union of the named graphs, as the embedded store does: ``oxigraph serve
--union-default-graph``, Fuseki's ``tdb2:unionDefaultGraph true``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from http.client import HTTPException
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode, urlsplit, urlunsplit
from urllib.request import Request, urlopen

from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Identifier, Node

from graph.errors import QueryError, StoreError
from graph.store.backend import Row
from graph.store.mapping import Quad
from graph.store.results import QueryResult
from graph.store.sparql import PREFIXES, bind_values, term_n3

TIMEOUT = float(os.environ.get("ACTORGRAPH_TIMEOUT", "60"))
_JSON = "application/sparql-results+json"
_TRIPLES = "application/n-triples, text/turtle;q=0.8"


def is_url(location: str) -> bool:
    """True when ``location`` names an http(s) endpoint rather than a folder."""
    return bool(re.match(r"https?://", location, re.IGNORECASE))


def derive_update_url(query_url: str) -> str:
    """Return the update URL that goes with ``query_url``.

    >>> derive_update_url("http://127.0.0.1:7878/query")
    'http://127.0.0.1:7878/update'
    >>> derive_update_url("http://example.org/sparql")
    'http://example.org/sparql'
    """
    parts = urlsplit(query_url)
    if parts.path.endswith("/query"):
        return urlunsplit(parts._replace(path=parts.path[: -len("query")] + "update"))
    return query_url


def _term(binding: dict[str, str]) -> Identifier:
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if "xml:lang" in binding:
        return Literal(value, lang=binding["xml:lang"])
    datatype = binding.get("datatype")
    if datatype and datatype != str(XSD.string):
        return Literal(value, datatype=URIRef(datatype))
    return Literal(value)


def _n3(term: Node) -> str:
    if isinstance(term, BNode):  # fresh blank nodes are allowed in INSERT DATA
        return "_:b" + re.sub(r"[^A-Za-z0-9]", "", str(term))
    return term_n3(term)


class RemoteBackend:
    """A SPARQL 1.1 query endpoint and its update endpoint."""

    def __init__(self, query_url: str, update_url: str, *, read_only: bool = False):
        self.location = query_url
        self.query_url = query_url
        self.update_url = update_url
        self.read_only = read_only
        self.created = False  # an endpoint has no moment of creation
        self._dataset: Dataset | None = None

    @classmethod
    def open(
        cls, url: str, *, update_url: str | None = None, read_only: bool = False
    ) -> RemoteBackend:
        """Connect to the endpoint at ``url`` and check that it answers SPARQL.

        Raises:
            StoreError: naming the URL, when it does not answer or not as SPARQL.
        """
        update = update_url or os.environ.get("ACTORGRAPH_UPDATE_URL") or derive_update_url(url)
        backend = cls(url, update, read_only=read_only)
        try:
            backend.ask("ASK WHERE { }")
        except QueryError as exc:
            raise StoreError(f"{url} answered, but not as a SPARQL endpoint ({exc})") from None
        return backend

    def _post(self, url: str, form: dict[str, str], accept: str) -> tuple[bytes, str]:
        request = Request(
            url,
            data=urlencode(form).encode("utf-8"),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": accept,
                "User-Agent": "actorgraph",
            },
        )
        try:
            with urlopen(request, timeout=TIMEOUT) as response:
                return response.read(), response.headers.get("Content-Type", "")
        except HTTPError as exc:
            body = " ".join(exc.read().decode("utf-8", "replace").split())[:300]
            if exc.code == 400:
                raise QueryError(f"the SPARQL endpoint {url} refused the query: {body}") from None
            raise StoreError(
                f"the SPARQL endpoint {url} answered HTTP {exc.code} {exc.reason}: {body}"
            ) from None
        except URLError as exc:
            raise StoreError(
                f"cannot reach the SPARQL endpoint {url} ({exc.reason}); "
                "check the URL or start the server"
            ) from None
        except (TimeoutError, OSError, HTTPException) as exc:
            raise StoreError(
                f"the SPARQL endpoint {url} did not answer ({exc}); "
                "check the URL or start the server"
            ) from None

    def _results(self, text: str) -> dict:
        body, _ = self._post(self.query_url, {"query": text}, _JSON)
        try:
            answer = json.loads(body)
        except ValueError:
            raise QueryError(f"{self.query_url} did not answer with SPARQL JSON results") from None
        if not isinstance(answer, dict):
            raise QueryError(f"{self.query_url} did not answer with SPARQL JSON results")
        return answer

    def _rows(self, answer: dict) -> tuple[list[str], list[Row]]:
        names = list(answer.get("head", {}).get("vars", []))
        rows = [
            {n: (_term(b[n]) if n in b else None) for n in names}
            for b in answer.get("results", {}).get("bindings", [])
        ]
        return names, rows

    def select(self, query: str, bindings: Mapping[str, Node] | None = None) -> list[Row]:
        """Run an internal SELECT; ``bindings`` are written as a strict VALUES block."""
        return self._rows(self._results(bind_values(query, bindings)))[1]

    def ask(self, query: str, bindings: Mapping[str, Node] | None = None) -> bool:
        """Run an internal ASK; ``bindings`` are written as a strict VALUES block."""
        answer = self._results(bind_values(query, bindings))
        if "boolean" not in answer:
            raise QueryError(f"{self.query_url} did not answer the ASK query")
        return bool(answer["boolean"])

    def update(self, text: str) -> None:
        """Send one SPARQL update request."""
        if self.read_only:
            raise StoreError(f"the store {self.location} was opened read-only")
        self._post(self.update_url, {"update": text}, "*/*")

    def run_user_query(self, text: str, kind: str) -> QueryResult:
        """Run a user's checked query or update on the endpoint.

        The default prefixes are declared in front of the text; a query that
        declares one of them again wins, as SPARQL lets a later PREFIX do.
        """
        text = PREFIXES + text
        if kind == "update":
            self.update(text)
            return QueryResult("update")
        if kind == "graph":
            body, ctype = self._post(self.query_url, {"query": text}, _TRIPLES)
            fmt = "turtle" if "turtle" in ctype else "nt"
            graph = Graph().parse(data=body.decode("utf-8"), format=fmt)
            return QueryResult(kind, triples=list(graph))
        answer = self._results(text)
        if kind == "ask":
            return QueryResult(kind, boolean=bool(answer.get("boolean")))
        names, rows = self._rows(answer)
        return QueryResult(kind, vars=names, rows=rows)

    def insert(self, quads: Iterable[Quad]) -> None:
        """Add quads with one INSERT DATA request."""
        by_graph: dict[URIRef, list[str]] = {}
        for s, p, o, g in quads:
            by_graph.setdefault(g, []).append(f"{_n3(s)} {_n3(p)} {_n3(o)} .")
        if by_graph:
            blocks = " ".join(
                f"GRAPH {term_n3(g)} {{ {' '.join(lines)} }}" for g, lines in by_graph.items()
            )
            self.update(f"INSERT DATA {{ {blocks} }}")

    def optimize(self) -> None:
        """Nothing to do: a server maintains its own storage."""

    def drop_graphs(self, graphs: Iterable[URIRef]) -> None:
        """Remove named graphs with one update request."""
        ops = " ; ".join(f"DROP SILENT GRAPH {term_n3(g)}" for g in graphs)
        if ops:
            self.update(ops)

    def replace_graph_from_turtle(self, path: Path, graph: URIRef) -> None:
        """Replace ``graph`` with a Turtle file's triples in one update request."""
        import pyoxigraph as ox  # parses Turtle 30 times faster than rdflib

        try:
            triples = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
            # N-Triples, as Oxigraph writes it (escaped), is valid INSERT DATA syntax.
            lines = (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
        except (SyntaxError, OSError) as exc:
            raise StoreError(f"cannot read {path} as Turtle: {exc}") from None
        target = term_n3(graph)
        self.update(f"DROP SILENT GRAPH {target} ; INSERT DATA {{ GRAPH {target} {{ {lines} }} }}")

    def triples(self) -> Iterator[tuple[Node, Node, Node]]:
        """Yield every triple of every named graph."""
        for row in self.select("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"):
            yield row["s"], row["p"], row["o"]  # type: ignore[misc]

    @property
    def dataset(self) -> Dataset:
        """An rdflib Dataset over the endpoint (rdflib's SPARQLUpdateStore)."""
        if self._dataset is None:
            from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

            store = SPARQLUpdateStore(self.query_url, self.update_url)
            self._dataset = Dataset(store=store, default_union=True)
        return self._dataset

    def close(self) -> None:
        """Forget the rdflib front door; HTTP needs no closing."""
        self._dataset = None
