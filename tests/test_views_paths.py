"""graph.views.paths: chains between actors on the small graph of test_views_support."""

from __future__ import annotations

import pytest
from test_views_support import make_store

from graph.errors import NoPath, UnknownActor
from graph.views.network import build_network
from graph.views.paths import find_paths, nearest_neighbours, path_lines, resolve


@pytest.fixture(scope="module")
def graph():
    return build_network(make_store())


def best(graph, a, b, **options):
    return find_paths(graph, resolve(graph, a), resolve(graph, b), **options)[0].chain()


@pytest.mark.parametrize(
    ("a", "b", "options", "chain"),
    [
        ("Turkey", "Faylaq al-Sham", {}, "Turkey --backs--> NLF --includes--> Faylaq al-Sham"),
        ("Faylaq al-Sham", "Turkey", {}, "Faylaq al-Sham <--includes-- NLF <--backs-- Turkey"),
        (
            "Turkey",
            "Faylaq al-Sham",
            {"directed": True},
            "Turkey --backs--> NLF --includes--> Faylaq al-Sham",
        ),
        (
            "Turkey",
            "Faylaq al-Sham",
            {"avoid": ["includes"]},
            "Turkey --opposes-- Syria --attacks--> Faylaq al-Sham",
        ),
        (
            "Turkey",
            "Faylaq al-Sham",
            {"via": ["backs", "member-of"]},
            "Turkey --backs--> NLF --includes--> Faylaq al-Sham",
        ),
        (
            "Hezbollah",
            "Russia",
            {},
            "Hezbollah --allied-with-- Iran --backs--> Syria --allied-with-- Russia",
        ),
        (
            "Recep Tayyip Erdogan",
            "NLF",
            {},
            "Recep Tayyip Erdogan --leads--> Turkey --backs--> NLF",
        ),
    ],
)
def test_path_best_chain(graph, a, b, options, chain):
    assert best(graph, a, b, **options) == chain


def test_path_avoid_actor_goes_around(graph):
    nlf = resolve(graph, "NLF")
    assert (
        best(graph, "Turkey", "Faylaq al-Sham", avoid_actors=[nlf])
        == "Turkey --opposes-- Syria --attacks--> Faylaq al-Sham"
    )


def test_path_all_ranked_by_length_then_events_then_confidence(graph):
    paths = find_paths(
        graph,
        resolve(graph, "Turkey"),
        resolve(graph, "Faylaq al-Sham"),
        all_paths=True,
        max_hops=3,
        limit=50,
    )
    assert [p.chain() for p in paths[:3]] == [
        "Turkey --backs--> NLF --includes--> Faylaq al-Sham",
        "Turkey --opposes-- Syria --attacks--> Faylaq al-Sham",
        "Turkey --backs--> Sultan Murad Division --opposes-- NLF --includes--> Faylaq al-Sham",
    ]
    keys = [(len(p), p.events, -p.confidence) for p in paths]
    assert keys == sorted(keys)
    assert max(len(p) for p in paths) == 3
    assert paths[0].confidence == pytest.approx(0.9 * 0.85)


def test_path_all_respects_limit(graph):
    paths = find_paths(
        graph, resolve(graph, "Turkey"), resolve(graph, "Faylaq al-Sham"), all_paths=True, limit=2
    )
    assert len(paths) == 2


@pytest.mark.parametrize(
    ("a", "b", "options"),
    [
        ("Faylaq al-Sham", "Turkey", {"directed": True}),  # nothing leaves Faylaq al-Sham
        ("Group A", "Turkey", {}),  # another component
        ("Turkey", "Faylaq al-Sham", {"max_hops": 1}),
        ("Turkey", "Faylaq al-Sham", {"via": ["allied-with"]}),
    ],
)
def test_path_none_raises_no_path(graph, a, b, options):
    with pytest.raises(NoPath, match="no path between"):
        find_paths(graph, resolve(graph, a), resolve(graph, b), **options)


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("turkey", "Turkey"),
        ("ANKARA", "Turkey"),
        ("national liberation front", "NLF"),
        (" Faylaq al-Sham ", "Faylaq al-Sham"),
    ],
)
def test_resolve_through_aliases_case_insensitively(graph, name, label):
    assert graph.nodes[resolve(graph, name)]["label"] == label


def test_resolve_suggests_close_matches(graph):
    with pytest.raises(UnknownActor, match="Did you mean: Turkey"):
        resolve(graph, "Turky")


def test_nearest_neighbours_best_first(graph):
    hops = nearest_neighbours(graph, resolve(graph, "Group A"))
    assert [(h.arrow(), h.target_label) for h in hops] == [("--allied-with--", "Group B")]
    turkey = nearest_neighbours(graph, resolve(graph, "Turkey"), limit=2)
    assert [h.confidence for h in turkey] == [0.9, 0.9]


def test_path_lines_show_best_evidence_and_source(graph):
    path = find_paths(graph, resolve(graph, "Turkey"), resolve(graph, "NLF"))[0]
    assert list(path_lines(path)) == [
        "Turkey --backs--> NLF",
        "  Turkey --backs--> NLF  (confidence 0.90, 1 document)",
        "      \u201cTurkey backs NLF.\u201d",
        "      \u2014 news/d1.txt, 2020-02-01",
    ]
