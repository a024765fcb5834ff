"""The user-query check's fast path (Oxigraph's parser) agrees with the full rdflib check."""

from __future__ import annotations

import pytest
from test_hostile_input import SMUGGLED

from graph.store import sparql

QUERIES = [
    "SELECT * WHERE { ?s ?p ?o }",
    "SELECT ?n WHERE { ?a skos:prefLabel ?n } ORDER BY ?n LIMIT 3",
    "ASK { ?s ag:backs ?o }",
    "CONSTRUCT WHERE { ?s ag:backs ?o }",
    "DESCRIBE actor:turkey",
    "PREFIX ex: <http://example.org/>\nSELECT * { ?s ex:p ?o }",
]


@pytest.mark.parametrize("text", QUERIES)
def test_fast_path_gives_the_full_checks_kind(text, monkeypatch):
    fast = sparql._fast_query_kind(text)
    assert fast is not None
    monkeypatch.setattr(sparql, "_fast_query_kind", lambda _text: None)
    assert sparql.check_user_query(text) == fast


@pytest.mark.parametrize(
    "text",
    [
        *SMUGGLED,
        "SELECT * { SERVICE <a:b> { ?s ?p ?o } }",
        'SELECT * { ?s ?p "\\u0041" }',
        "LOAD <http://x.example/>",
        "SELECT * WHERE { ?x ?p }",
        "SELECT * { ?s undeclared:p ?o }",
    ],
)
def test_fast_path_leaves_everything_else_to_the_full_check(text):
    assert sparql._fast_query_kind(text) is None
