"""A user's SELECT on the embedded store: rows, terms and ORDER BY exactly as Oxigraph gives them.

The embedded store reads answers as SPARQL JSON and orders a final
``ORDER BY ?a DESC(?b)`` itself (see ``graph.store.solutions``); these tests
hold that to what pyoxigraph returns for the same text, on values of every
kind a user's query may meet.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.store.embedded import from_ox
from graph.store.knowledge_graph import KnowledgeGraph
from graph.store.sparql import DEFAULT_PREFIXES

EX = "http://example.org/"
GRAPH = ox.NamedNode(EX + "g")

# Each subject gets a name (strings in every case, accents, digits, and one
# label longer than Oxigraph keeps inline), a rank (integers, one negative,
# some missing) and a "mixed" value of another kind each.
NAMES = [
    "Zeta",
    "alpha",
    "Ätna",
    "Beta",
    "beta",
    "10 Downing",
    "9 lives",
    "a label well over sixteen bytes long",
    "Émile",
    "zz",
    "Omega",
    "omega",
]
MIXED = [
    ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
    ox.Literal("x", language="en"),
    ox.NamedNode(EX + "iri"),
    ox.Literal("2020-01-02", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
    ox.Literal("1.5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")),
    ox.Literal("plain"),
    ox.BlankNode("b1"),
]


def _fill(store: ox.Store) -> None:
    quads = []
    for i, name in enumerate(NAMES):
        s = ox.NamedNode(f"{EX}s{i:02d}")
        quads.append(ox.Quad(s, ox.NamedNode(EX + "name"), ox.Literal(name), GRAPH))
        quads.append(ox.Quad(s, ox.NamedNode(EX + "group"), ox.Literal(name[0].lower()), GRAPH))
        if i % 3:
            quads.append(
                ox.Quad(
                    s,
                    ox.NamedNode(EX + "rank"),
                    ox.Literal(
                        str((i * 7) % 5 - 2),
                        datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"),
                    ),
                    GRAPH,
                )
            )
        quads.append(ox.Quad(s, ox.NamedNode(EX + "mixed"), MIXED[i % len(MIXED)], GRAPH))
    store.extend(quads)


@pytest.fixture(scope="module")
def store_location(tmp_path_factory: pytest.TempPathFactory) -> str:
    location = str(tmp_path_factory.mktemp("order") / "store")
    with KnowledgeGraph.open(location) as kg:
        _fill(kg.backend.store)  # type: ignore[attr-defined]
    return location


def _engine(kg: KnowledgeGraph, text: str) -> list[dict]:
    """The rows pyoxigraph itself gives for ``text``, as rdflib terms."""
    sols = kg.backend.store.query(  # type: ignore[attr-defined]
        text, use_default_graph_as_union=True, prefixes=DEFAULT_PREFIXES
    )
    names = [v.value for v in sols.variables]
    return [{n: from_ox(sol[n]) for n in names} for sol in sols]


BODY = f"""PREFIX ex: <{EX}>
SELECT ?s ?name ?group ?rank ?mixed WHERE {{
  ?s ex:name ?name ; ex:group ?group ; ex:mixed ?mixed .
  OPTIONAL {{ ?s ex:rank ?rank }}
}}"""


@pytest.mark.parametrize(
    "order",
    [
        "ORDER BY ?name",
        "ORDER BY DESC(?name)",
        "order by ?group desc(?name)",
        "ORDER BY ?rank ?name",
        "ORDER BY DESC(?rank) ?s",
        "ORDER BY ?s",
        "ORDER BY $group ASC(?s)",
        "ORDER BY ?mixed ?s",  # every kind of term: the engine orders it
        "ORDER BY DESC(?mixed) ?name",
        "ORDER BY ?name LIMIT 4",
        "ORDER BY ?name OFFSET 3",
        "ORDER BY STRLEN(?name) ?s",
    ],
)
def test_ordered_answer_is_the_engines(store_location, order):
    text = f"{BODY}\n{order}\n"
    with KnowledgeGraph.open(store_location, read_only=True) as kg:
        ours = kg.query(text)
        engine = _engine(kg, text)
    assert ours.vars == ["s", "name", "group", "rank", "mixed"]
    # ?s is unique, so every ORDER BY here that ends with ?s, or sorts by
    # distinct names, has one right order; for the others compare the keys.
    assert [row["s"] for row in ours.rows] == [row["s"] for row in engine]


@pytest.mark.parametrize(
    "text",
    [
        # sorting on a variable the SELECT does not project
        f"PREFIX ex: <{EX}> SELECT ?s WHERE {{ ?s ex:name ?name }} ORDER BY DESC(?name)",
        # the ORDER BY of a subquery, then none outside
        f"PREFIX ex: <{EX}> SELECT ?s WHERE {{ {{ SELECT ?s WHERE {{ ?s ex:name ?n }} "
        "ORDER BY ?n LIMIT 3 } } ORDER BY ?s",
        # GROUP BY with an aggregate as the key
        f"PREFIX ex: <{EX}> SELECT ?group (COUNT(*) AS ?n) WHERE {{ ?s ex:group ?group }} "
        "GROUP BY ?group ORDER BY DESC(?n) ?group",
    ],
)
def test_other_orderings_are_the_engines(store_location, text):
    with KnowledgeGraph.open(store_location, read_only=True) as kg:
        ours = kg.query(text).rows
        engine = _engine(kg, text)
    assert ours == engine


def test_terms_are_those_of_the_store(store_location):
    """IRIs, blank nodes, plain, typed and language literals, unbound: as rdflib terms."""
    text = (
        f"PREFIX ex: <{EX}> SELECT ?s ?mixed ?rank WHERE {{ ?s ex:mixed ?mixed "
        "OPTIONAL { ?s ex:rank ?rank } }"
    )
    with KnowledgeGraph.open(store_location, read_only=True) as kg:
        ours = kg.query(text).rows
        engine = _engine(kg, text)
    assert sorted(map(repr, ours)) == sorted(map(repr, engine))  # no order asked
    assert {type(row["mixed"]).__name__ for row in ours} == {"URIRef", "Literal", "BNode"}
    assert any(row["rank"] is None for row in ours)
