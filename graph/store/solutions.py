"""Reading a user's SELECT answer out of pyoxigraph quickly, and its ORDER BY.

Two costs of pyoxigraph 0.5 that showed at a million triples, measured on
the README queries (a few hundred rows each):

* Taking a term out of a ``QuerySolution`` makes a Python object per value;
  letting Oxigraph write the whole answer as SPARQL JSON results in Rust
  and reading that with ``json.loads`` is two to three times faster than
  walking the solutions, and rdflib terms are then made once per distinct
  value (``rows_from_json``).
* Oxigraph's ORDER BY decodes both sort keys again at every comparison of
  the sort, a dictionary read from RocksDB each: ordering 537 rows costs
  more than finding them (10 ms of 17), and 4,600 labels take 63 ms. The
  engine's main branch computes each key once (commit 5507799d, not in
  0.5.13). Until a release has it, ``split_order_by`` takes a final
  ``ORDER BY ?a DESC(?b)`` off the query text and ``sort_bindings`` orders
  the answer in Python, with SPARQL's order, for the terms where that order
  is plain (unbound < IRIs < plain string literals or integers); any other
  term makes the caller run the query as written, sorted by the engine.

Taking the clause off is safe because it is the last thing in the text:
LIMIT and OFFSET would have to come after it, and an ORDER BY of a
subquery is followed by the ``}`` that closes it, so only the outermost
SELECT's ordering can end the text. Without LIMIT or OFFSET, ordering
changes which order the rows come in, never which rows.
"""

from __future__ import annotations

import json
import re

from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"

Binding = dict[str, str]  # one value of SPARQL JSON results: type, value, datatype, xml:lang

_KEY = r"(?:[?$]\w+|(?:ASC|DESC)\s*\(\s*[?$]\w+\s*\))"
_ORDER_BY = re.compile(rf"\bORDER\s+BY((?:\s*{_KEY})+)\s*\Z", re.IGNORECASE)
_ONE_KEY = re.compile(r"(ASC|DESC)?\s*\(?\s*[?$](\w+)", re.IGNORECASE)


def split_order_by(text: str) -> tuple[str, list[tuple[str, bool]]]:
    """Return ``text`` without a final ORDER BY of plain variables, and its keys.

    Each key is (variable, descending). A text that does not end with such a
    clause comes back unchanged, with no keys.

    >>> split_order_by("SELECT ?a ?b WHERE { ?a ?p ?b } ORDER BY ?a DESC(?b)")
    ('SELECT ?a ?b WHERE { ?a ?p ?b } ', [('a', False), ('b', True)])
    >>> split_order_by("SELECT ?a WHERE { ?a ?p ?b } ORDER BY ?a LIMIT 3")[1]
    []
    """
    found = _ORDER_BY.search(text)
    if found is None:
        return text, []
    keys = [(m[2], (m[1] or "").upper() == "DESC") for m in _ONE_KEY.finditer(found[1])]
    return text[: found.start()], keys


def _literal_kind(value: Binding) -> str | None:
    if value.get("xml:lang") is not None:
        return None
    datatype = value.get("datatype", XSD_STRING)
    if datatype == XSD_STRING:
        return "string"
    if datatype == XSD_INTEGER and re.fullmatch(r"[+-]?\d+", value["value"]):
        return "integer"
    return None


def sort_bindings(bindings: list[dict[str, Binding]], keys: list[tuple[str, bool]]) -> bool:
    """Sort SPARQL JSON ``bindings`` in place by ``keys`` as Oxigraph's ORDER BY would.

    Returns False, leaving the list as it was, when some key's values are
    not all unbound, IRIs and one kind of literal (plain strings, or
    integers): the engine must order those itself.
    """
    kinds = {}
    for var, _ in keys:
        found = set()
        for row in bindings:
            value = row.get(var)
            if value is None or value["type"] == "uri":
                continue
            if len(value) == 2 and value["type"] == "literal":  # no datatype, no language
                found.add("string")
                continue
            kind = _literal_kind(value) if value["type"] == "literal" else None
            if kind is None:
                return False
            found.add(kind)
        if len(found) > 1:
            return False
        kinds[var] = found.pop() if found else "string"
    # Stable sorts from the last key to the first give the lexicographic order.
    for var, descending in reversed(keys):

        def key(row: dict[str, Binding], var: str = var, kind: str = kinds[var]) -> tuple:
            value = row.get(var)
            if value is None:
                return (0, "")
            if value["type"] == "uri":
                return (1, value["value"])
            return (2, int(value["value"]) if kind == "integer" else value["value"])

        bindings.sort(key=key, reverse=descending)
    return True


def _term(value: Binding) -> Identifier:
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind == "literal":
        lang = value.get("xml:lang")
        if lang is not None:
            return Literal(value["value"], lang=lang)
        datatype = value.get("datatype")
        if datatype is None or datatype == XSD_STRING:
            # as from_ox (no explicit xsd:string); nothing to normalise in a plain string
            return Literal(value["value"], normalize=False)
        return Literal(value["value"], datatype=URIRef(datatype))
    raise ValueError(f"no rdflib term for a {kind!r} value")


def parse_json(data: bytes) -> tuple[list[str], list[dict[str, Binding]]]:
    """Return the variables and bindings of SPARQL JSON results."""
    answer = json.loads(data)
    return answer["head"]["vars"], answer["results"]["bindings"]


def has_only_plain_terms(bindings: list[dict[str, Binding]]) -> bool:
    """True when every value is an IRI, a blank node or a literal (no RDF 1.2 triple term)."""
    return all(v["type"] in ("uri", "bnode", "literal") for row in bindings for v in row.values())


def rows_from_json(
    names: list[str], bindings: list[dict[str, Binding]]
) -> list[dict[str, Identifier | None]]:
    """Return rows of rdflib terms (None when unbound), one term made per distinct value."""
    plain: dict[tuple[str, str], Identifier] = {}  # IRIs, blank nodes, simple literals
    other: dict[tuple[tuple[str, str], ...], Identifier] = {}  # typed or tagged literals
    rows = []
    for row in bindings:
        out: dict[str, Identifier | None] = {}
        for name in names:
            value = row.get(name)
            if value is None:
                out[name] = None
                continue
            if len(value) == 2:
                key = (value["type"], value["value"])
                term = plain.get(key)
                if term is None:
                    term = plain[key] = _term(value)
            else:
                full = tuple(value.items())
                term = other.get(full)
                if term is None:
                    term = other[full] = _term(value)
            out[name] = term
        rows.append(out)
    return rows
