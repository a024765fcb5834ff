"""SPARQL text: checks on user queries, and safe binding of internal ones.

Untrusted text never becomes query syntax. Internal queries take their
values as bindings (``?name`` -> an rdflib term); both backends write them with
``bind_values``, which serialises each term strictly (``term_n3``) into a
``VALUES`` block at the top of the WHERE group. (pyoxigraph's own
``substitutions`` only bind variables the SELECT projects, so they cannot
serve ASK or filters on unprojected variables.)

User queries go through ``check_user_query`` first: it refuses updates
unless asked, refuses ``SERVICE`` (which would make the store fetch from
other servers) and reports malformed SPARQL with the parser's message and
position before any store sees it. Ordinary queries are parsed by Oxigraph's
own parser (about 0.1 ms) against an empty in-memory store; anything else
(updates, text naming SERVICE or LOAD, ``\\u`` escapes, text Oxigraph
rejects) takes the full check with rdflib's parser (5-20 ms).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rdflib import Literal, URIRef
from rdflib.term import Identifier, Node

from graph.errors import QueryError

#: Prefixes every user query may use without declaring them.
DEFAULT_PREFIXES = {
    "ag": "https://w3id.org/actorgraph/ontology#",
    "actor": "https://w3id.org/actorgraph/actor/",
    "document": "https://w3id.org/actorgraph/document/",
    "evidence": "https://w3id.org/actorgraph/evidence/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "org": "http://www.w3.org/ns/org#",
}
PREFIXES = "".join(f"PREFIX {k}: <{v}>\n" for k, v in DEFAULT_PREFIXES.items())

# Characters RFC 3987 forbids in an IRI; any of them could close the <...>.
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_VAR = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_UPDATE_START = re.compile(
    r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
    r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
    re.IGNORECASE,
)


def term_n3(term: Node) -> str:
    """Return ``term`` in SPARQL syntax, refusing anything that could escape it.

    Literals are quoted and escaped by rdflib; IRIs must be free of the
    characters that could end them early.

    >>> term_n3(Literal('say "hi" } DROP ALL'))
    '"say \\\\"hi\\\\" } DROP ALL"'

    Raises:
        QueryError: for an IRI with forbidden characters, or a blank node.
    """
    if isinstance(term, URIRef):
        if _BAD_IRI.search(str(term)):
            raise QueryError(f"refusing to bind the malformed IRI {str(term)!r}")
        return f"<{term}>"
    if isinstance(term, Literal):
        if term.datatype is not None and _BAD_IRI.search(str(term.datatype)):
            raise QueryError(f"refusing to bind a literal typed {str(term.datatype)!r}")
        return term.n3()
    raise QueryError(f"cannot bind {term!r}: only IRIs and literals can be bound")


def values_block(variables: Sequence[str], rows: Iterable[Sequence[Node]]) -> str:
    """Return a ``VALUES (?a ?b) { (...) ... }`` block with strictly escaped terms."""
    for var in variables:
        if not _VAR.fullmatch(var):
            raise QueryError(f"not a SPARQL variable name: {var!r}")
    head = " ".join(f"?{v}" for v in variables)
    body = " ".join("(" + " ".join(term_n3(t) for t in row) + ")" for row in rows)
    return f"VALUES ({head}) {{ {body} }}"


def bind_values(query: str, bindings: Mapping[str, Node] | None) -> str:
    """Return ``query`` with ``bindings`` written as VALUES at the top of its WHERE group.

    Putting the block inside the group (not after it) makes the values visible
    to the group's FILTERs, like a substitution. The group is the one after
    ``WHERE``, else the first ``{`` (SELECT and ASK without WHERE).

    Raises:
        QueryError: if the query has no group, or a value cannot be bound.
    """
    if not bindings:
        return query
    match = re.search(r"\bWHERE\s*\{", query, re.IGNORECASE) or re.search(r"\{", query)
    if match is None:
        raise QueryError("internal query without a WHERE group; cannot bind values")
    names = list(bindings)
    block = values_block(names, [[bindings[n] for n in names]])
    return f"{query[: match.end()]} {block} {query[match.end() :]}"


def _split_oxigraph_error(message: str) -> tuple[int, int, str] | None:
    found = re.match(r"error at (\d+):(\d+): (.*)", message, re.DOTALL)
    return (int(found[1]), int(found[2]), found[3].strip()) if found else None


def _oxigraph_error(text: str, update: bool) -> tuple[int, int, str] | None:
    """Return (line, column, message) from Oxigraph's parser, which says more than rdflib's.

    Only called on text rdflib already rejected, against an empty in-memory
    store; text naming SERVICE or LOAD is skipped so nothing is ever fetched.
    """
    if re.search(r"\b(SERVICE|LOAD)\b", text, re.IGNORECASE):
        return None
    import pyoxigraph

    try:
        if update:
            pyoxigraph.Store().update(text, prefixes=DEFAULT_PREFIXES)
        else:
            pyoxigraph.Store().query(text, prefixes=DEFAULT_PREFIXES)
    except SyntaxError as exc:
        return _split_oxigraph_error(str(exc))
    except Exception:  # an engine error rather than a syntax error: use rdflib's
        return None
    return None


def _format_error(line: int | None, col: int | None, msg: str, text: str) -> QueryError:
    msg = " ".join(str(msg).split())
    if len(msg) > 100:  # Oxigraph lists every token it expected; the start is enough
        msg = msg[:100].rsplit(",", 1)[0] + ", ..."
    where = f" at line {line}, column {col}" if line is not None else ""
    context = ""
    if line is not None and col is not None:
        lines = text.splitlines() or [""]
        src = lines[min(max(line, 1), len(lines)) - 1]
        near = src[max(col - 16, 0) : col + 8].strip()
        context = f" (near {near!r})" if near else ""
    return QueryError(f"malformed SPARQL{where}{context}: {msg}")


def _parse_error(exc: Exception, text: str, update: bool) -> QueryError:
    line = getattr(exc, "lineno", None)
    col = getattr(exc, "col", None)
    msg = getattr(exc, "msg", None) or str(exc).split(" (at char")[0]
    precise = _oxigraph_error(text, update)
    if precise is not None:
        line, col, msg = precise
    return _format_error(line, col, msg, text)


def engine_syntax_error(exc: Exception, text: str) -> QueryError:
    """Turn Oxigraph's SyntaxError on ``text`` (e.g. an undeclared prefix) into a QueryError."""
    parts = _split_oxigraph_error(str(exc))
    if parts is None:
        return _format_error(None, None, str(exc), text)
    return _format_error(*parts, text)


def _contains(tree: Any, name: str) -> bool:
    # Walk rdflib's parse tree (CompValue dicts, lists, ParseResults) for a node kind.
    stack = [tree]
    while stack:
        node = stack.pop()
        if getattr(node, "name", None) == name:
            return True
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            stack.extend(list(node))
    return False


_KINDS = {
    "SelectQuery": "select",
    "AskQuery": "ask",
    "ConstructQuery": "graph",
    "DescribeQuery": "graph",
}


_EMPTY_STORE: Any = None
# Words that send a query to the full check: SERVICE and LOAD fetch from other
# servers, and rdflib expands \u escapes over the whole text before parsing,
# so an escape could spell either (or an update keyword) in disguise.
_NEEDS_FULL_CHECK = re.compile(r"\b(?:SERVICE|LOAD)\b|\\[uU]", re.IGNORECASE)
_RESULT_KINDS = {"QuerySolutions": "select", "QueryBoolean": "ask", "QueryTriples": "graph"}


def _fast_query_kind(text: str) -> str | None:
    """Return the kind of a plain query that Oxigraph's parser accepts, else None.

    A text Oxigraph parses as a *query* cannot modify anything (the backends
    run it as a query), so accepting it here keeps every guarantee of the full
    check. Query evaluation in pyoxigraph is lazy: ``query`` parses and plans
    but reads nothing until iterated, and the store is empty anyway.
    """
    global _EMPTY_STORE
    if _NEEDS_FULL_CHECK.search(text):
        return None
    import pyoxigraph

    if _EMPTY_STORE is None:
        _EMPTY_STORE = pyoxigraph.Store()
    try:
        result = _EMPTY_STORE.query(text, prefixes=DEFAULT_PREFIXES)
    except Exception:  # a syntax error, an update, an undeclared prefix: the full check says
        return None
    return _RESULT_KINDS.get(type(result).__name__)


def check_user_query(text: str, *, allow_update: bool = False) -> str:
    """Check a user's SPARQL and return its kind.

    Args:
        text: the query or update as the user wrote it.
        allow_update: accept SPARQL Update (the CLI's ``--update``).

    Returns:
        ``select``, ``ask``, ``graph`` (CONSTRUCT or DESCRIBE) or ``update``.

    Raises:
        QueryError: malformed SPARQL (with the parser's message and position),
            an update without ``allow_update``, or a ``SERVICE`` clause.

    >>> check_user_query("SELECT * WHERE { ?s ?p ?o }")
    'select'
    """
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    if not text.strip():
        raise QueryError("the SPARQL query is empty")
    fast = _fast_query_kind(text)
    if fast is not None:
        return fast
    tree: Any
    try:
        tree = parseQuery(text)
        kind = _KINDS.get(getattr(tree[1], "name", ""), "select")
    except Exception as query_exc:  # pyparsing.ParseException and friends
        try:
            tree = parseUpdate(text)
            kind = "update"
        except Exception as update_exc:
            # Report the error of the form the text looks like it means.
            looks_update = bool(_UPDATE_START.match(re.sub(r"(?m)^\s*#.*$", "", text)))
            exc = update_exc if looks_update else query_exc
            raise _parse_error(exc, text, looks_update) from None
    if _contains(tree, "ServiceGraphPattern"):
        raise QueryError("SERVICE clauses are refused: actorgraph queries only its own store")
    if kind == "update" and not allow_update:
        raise QueryError("this query is an update; add --update to run it")
    return kind


def then(update: str, more: str) -> str:
    """Return the update ``update`` followed by the operations ``more``, in one request.

    The two are joined with ``;`` unless ``update`` already ends with one
    (after which another would be a syntax error); rdflib's parser decides.

    >>> then("CLEAR GRAPH <urn:a>", "CLEAR GRAPH <urn:b>")
    'CLEAR GRAPH <urn:a>\\n;\\nCLEAR GRAPH <urn:b>'
    >>> then("CLEAR GRAPH <urn:a> ;  # done", "CLEAR GRAPH <urn:b>")
    'CLEAR GRAPH <urn:a> ;  # done\\nCLEAR GRAPH <urn:b>'
    """
    from rdflib.plugins.sparql.parser import parseUpdate

    joined = f"{update}\n;\n{more}"
    try:
        parseUpdate(joined)
    except Exception:  # pyparsing's ParseException: the text ended with its own ';'
        return f"{update}\n{more}"
    return joined


def python_value(term: Identifier | None) -> Any:
    """Return a Python value for a literal (int, Decimal, date, str...), other terms as is."""
    if isinstance(term, Literal):
        value = term.toPython()
        return str(term) if isinstance(value, Literal) else value
    return term
