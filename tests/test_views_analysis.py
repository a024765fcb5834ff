"""graph.views.analysis: centrality, blocs, balance and profiles with known answers."""

from __future__ import annotations

import pytest
from test_views_support import make_store

from graph.views.analysis import (
    actor_profile,
    alliance_blocs,
    balance_summary,
    centrality,
    unbalanced_triads,
)
from graph.views.network import build_network
from graph.views.paths import resolve


@pytest.fixture(scope="module")
def graph():
    return build_network(make_store())


def test_centrality_pagerank_sums_to_one_and_orders_the_rows(graph):
    rows = centrality(graph)
    assert sum(r["pagerank"] for r in rows) == pytest.approx(1.0, abs=1e-3)
    assert rows == sorted(rows, key=lambda r: (-r["pagerank"], -r["degree"], r["label"]))


def test_centrality_degree_and_betweenness(graph):
    rows = {r["label"]: r for r in centrality(graph)}
    assert rows["NLF"]["degree"] == 6
    assert rows["Group A"]["betweenness"] == 0.0
    hubs = sorted(rows.values(), key=lambda r: -r["betweenness"])[:2]
    assert {r["label"] for r in hubs} == {"Syria", "NLF"}
    assert len(centrality(graph, top=3)) == 3


def bloc_of(blocs, label):
    return next(set(b["members"]) for b in blocs if label in b["members"])


def test_blocs_group_cooperating_actors_and_separate_enemies(graph):
    blocs = alliance_blocs(graph)
    assert bloc_of(blocs, "Russia") == {"Russia", "Syria", "Iran", "Hezbollah"}
    assert bloc_of(blocs, "Group A") == {"Group A", "Group B"}
    assert "Turkey" not in bloc_of(blocs, "Russia")
    assert all(b["size"] >= 2 for b in blocs)


def test_blocs_lower_resolution_merges_the_turkish_side(graph):
    blocs = alliance_blocs(graph, resolution=0.1)
    assert {"Turkey", "NLF", "Faylaq al-Sham"} <= bloc_of(blocs, "Turkey")


def test_unbalanced_triads_two_clients_of_one_patron_fighting(graph):
    triads = unbalanced_triads(graph)
    assert [(set(t.actors), t.kind) for t in triads] == [
        ({"Turkey", "NLF", "Sultan Murad Division"}, "rivals-with-common-friend")
    ]


def test_balance_summary(graph):
    assert balance_summary(graph) == {
        "positive_ties": 9,
        "negative_ties": 6,
        "mixed_ties": 0,
        "triangles": 4,
        "unbalanced": 1,
        "balance": 0.75,
    }


@pytest.mark.parametrize(
    ("actor", "role", "others"),
    [
        ("NLF", "patrons", ["Turkey"]),
        ("NLF", "members", ["Faylaq al-Sham", "Jaysh al-Izza"]),
        ("NLF", "enemies", ["Syria", "Russia", "Sultan Murad Division"]),
        ("Turkey", "clients", ["NLF", "Sultan Murad Division"]),
        ("Turkey", "leaders", ["Recep Tayyip Erdogan"]),
        ("Syria", "allies", ["Russia"]),
        ("Syria", "patrons", ["Iran"]),
        ("Faylaq al-Sham", "member of", ["NLF"]),
    ],
)
def test_actor_profile_roles(graph, actor, role, others):
    profile = actor_profile(graph, resolve(graph, actor))
    assert [e["actor"] for e in profile[role]] == others


def test_actor_profile_lists_the_documents_behind_each_tie(graph):
    allies = actor_profile(graph, resolve(graph, "Russia"))["allies"]
    docs = allies[0]["documents"]
    assert [d["source"] for d in docs] == ["news/d3.txt", "news/d1.txt"]
    assert docs[0]["sentence"] == "Syria allied with Russia."
