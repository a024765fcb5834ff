"""graph.views.network: the store read into a MultiDiGraph, on rdflib and on the real store."""

from __future__ import annotations

from datetime import date

import pytest
from test_views_support import ACTOR_COUNT, RELATION_COUNT, make_kg, make_store

from graph.errors import InputError, UnknownPredicate, UnknownType
from graph.views.network import (
    build_network,
    ego_network,
    evidence_query,
    parse_date_bound,
)

ACTOR = "https://w3id.org/actorgraph/actor/"


@pytest.fixture(scope="module", params=["rdflib", "embedded"])
def store(request, tmp_path_factory):
    if request.param == "rdflib":
        yield make_store()
        return
    kg = make_kg(str(tmp_path_factory.mktemp("views-store")))
    yield kg
    kg.close()


def test_network_one_node_per_actor_one_edge_per_relation(store):
    graph = build_network(store)
    assert graph.number_of_nodes() == ACTOR_COUNT
    assert graph.number_of_edges() == RELATION_COUNT


def test_network_node_attributes(store):
    turkey = build_network(store).nodes[ACTOR + "turkey"]
    assert turkey["label"] == "Turkey"
    assert turkey["type"] == "State"
    assert {"Ankara", "Turkish"} <= set(turkey["aliases"]) | set(turkey["hidden"])


def test_network_symmetric_relation_stated_both_ways_is_one_edge(store):
    graph = build_network(store)
    edge = graph.edges[ACTOR + "russia", ACTOR + "syria", "allied-with"]
    assert not graph.has_edge(ACTOR + "syria", ACTOR + "russia", "allied-with")
    assert edge["confidence"] == pytest.approx(0.95)  # the best evidence
    assert edge["documents"] == 2
    assert (edge["first_seen"], edge["last_seen"]) == ("2020-02-01", "2021-01-10")
    assert [e["sentence"] for e in edge["evidence"]] == [
        "Syria allied with Russia.",
        "Russia allied with Syria.",
    ]
    assert edge["evidence"][0]["source"] == "news/d3.txt"


def test_network_member_of_is_stored_as_includes(store):
    graph = build_network(store, predicates=["member-of"])
    assert set(graph.edges(keys=True)) == {
        (ACTOR + "nlf", ACTOR + "faylaq-al-sham", "includes"),
        (ACTOR + "nlf", ACTOR + "jaysh-al-izza", "includes"),
    }


@pytest.mark.parametrize(
    ("restrict", "edges"),
    [
        ({"predicates": ["backs"]}, 3),
        ({"predicates": ["backs", "attacks"]}, 6),
        ({"types": ["State"]}, 4),
        ({"types": ["State", "Person"]}, 5),
        ({"since": date(2021, 1, 1)}, 4),
        ({"until": date(2020, 2, 29)}, 3),
        ({"since": date(2020, 3, 1), "until": date(2020, 3, 31)}, 6),
        ({"since": date(2022, 1, 1)}, 0),
    ],
)
def test_network_filters_at_build_time(store, restrict, edges):
    assert build_network(store, **restrict).number_of_edges() == edges


def test_network_window_keeps_only_evidence_inside_it(store):
    graph = build_network(store, since=date(2021, 1, 1))
    edge = graph.edges[ACTOR + "russia", ACTOR + "syria", "allied-with"]
    assert edge["documents"] == 1
    assert edge["first_seen"] == "2021-01-10"


def test_evidence_query_binds_dates_instead_of_formatting_them():
    query, bindings = evidence_query(since=date(2020, 1, 2))
    assert "2020-01-02" not in query
    assert str(bindings["since"]) == "2020-01-02"


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        ({"predicates": ["backs } ; DROP ALL ; {"]}, UnknownPredicate),
        ({"types": ["State } UNION { ?x ?y ?z"]}, UnknownType),
    ],
)
def test_network_filters_reject_names_outside_the_vocabulary(store, bad, error):
    with pytest.raises(error):
        build_network(store, **bad)


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("2020", False, date(2020, 1, 1)),
        ("2020", True, date(2020, 12, 31)),
        ("2020-02", True, date(2020, 2, 29)),
        ("2020-3-5", False, date(2020, 3, 5)),
        (None, False, None),
    ],
)
def test_parse_date_bound(text, end, expected):
    assert parse_date_bound(text, end=end) == expected


@pytest.mark.parametrize("text", ["yesterday", "2020-13", "2020-02-30", "20"])
def test_parse_date_bound_rejects_non_dates(text):
    with pytest.raises(InputError, match="YYYY"):
        parse_date_bound(text)


def test_ego_network_radius(store):
    graph = build_network(store)
    labels = {graph.nodes[n]["label"] for n in ego_network(graph, ACTOR + "faylaq-al-sham", 1)}
    assert labels == {"Faylaq al-Sham", "NLF", "Syria"}
