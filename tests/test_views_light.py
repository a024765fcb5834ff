"""graph.views.light: the light network is build_network's graph, evidence read on demand."""

from __future__ import annotations

from datetime import date

import pytest
from test_views_support import make_kg, make_store

from graph.errors import NoPath
from graph.views.light import fill_evidence, knowledge_network, light_network
from graph.views.network import build_network
from graph.views.paths import find_paths, resolve
from graph.views.search import path_graph, resolve_actor

RESTRICTIONS = [
    {},
    {"predicates": ["backs", "member-of"]},
    {"types": ["State", "ArmedGroup"]},
    {"since": date(2021, 1, 1)},
    {"until": date(2020, 12, 31)},
]


def edges(graph):
    return {(u, v, k): d for u, v, k, d in graph.edges(keys=True, data=True)}


@pytest.fixture(scope="module", params=["rdflib", "oxigraph"])
def store(request, tmp_path_factory):
    if request.param == "rdflib":
        return make_store()
    return make_kg(str(tmp_path_factory.mktemp("light") / "store"))


@pytest.fixture(scope="module")
def oxigraph_store(tmp_path_factory):
    """The embedded store alone: rdflib answers the search's SPARQL ten times slower."""
    return make_kg(str(tmp_path_factory.mktemp("search") / "store"))


@pytest.mark.parametrize("restrict", RESTRICTIONS)
def test_light_network_is_the_full_one_without_evidence(store, restrict):
    full = build_network(store, **restrict)
    light = light_network(store, **restrict)
    assert dict(light.nodes(data=True)) == dict(full.nodes(data=True))
    assert edges(light) == {e: {**d, "evidence": []} for e, d in edges(full).items()}
    fill_evidence(store, light, list(light.edges(keys=True)), **restrict)
    assert edges(light) == edges(full)


def test_fill_evidence_reads_only_the_edges_asked(store):
    light = light_network(store)
    first = next(iter(light.edges(keys=True)))
    fill_evidence(store, light, [first, ("nowhere", "nothing", "backs")])
    assert [e for e, d in edges(light).items() if d["evidence"]] == [first]


class _TermsOnly:
    """A store offering only ``select`` (rdflib terms, Python values), like a plain client."""

    def __init__(self, store):
        self.select = store.select


def test_lexical_rows_build_the_same_network_as_term_rows(tmp_path):
    kg = make_kg(str(tmp_path / "store"))
    assert hasattr(kg, "select_text")
    for build in (build_network, light_network):
        fast, slow = build(kg), build(_TermsOnly(kg))
        assert dict(fast.nodes(data=True)) == dict(slow.nodes(data=True))
        assert edges(fast) == edges(slow)


def test_knowledge_network_has_the_light_nodes_and_edges(store):
    light, skeleton = light_network(store), knowledge_network(store)
    assert dict(skeleton.nodes(data=True)) == dict(light.nodes(data=True))
    assert set(edges(skeleton)) == set(edges(light))


PATH_OPTIONS = [
    {},
    {"all_paths": True, "limit": 3},
    {"all_paths": True, "max_hops": 5, "limit": 50},
    {"directed": True},
    {"max_hops": 2},
    {"via": ["backs", "member-of", "allied-with"]},
    {"avoid": ["attacks"], "all_paths": True},
    {"avoid_actors": ["NLF"]},
    {"since": date(2021, 1, 1)},
    {"until": date(2020, 12, 31)},
    {"since": date(2020, 3, 1), "until": date(2021, 6, 30), "all_paths": True, "limit": 5},
    {"since": date(2020, 2, 1), "until": date(2020, 2, 1), "directed": True},
]


def _answer(graph, a, b, options):
    try:
        return [(p.chain(), p.confidence, p.hops) for p in find_paths(graph, a, b, **options)]
    except NoPath as exc:
        return str(exc)


@pytest.mark.parametrize("options", PATH_OPTIONS)
def test_paths_searched_outward_in_the_knowledge_graph_are_the_light_networks(
    oxigraph_store, options
):
    store, options = oxigraph_store, dict(options)
    window = {k: options.pop(k) for k in ("since", "until") if k in options}
    everyone = light_network(store)
    light = light_network(store, **window)  # the relations with evidence in the window
    names = sorted(everyone.nodes[n]["label"] for n in everyone)
    options = {
        **options,
        "avoid_actors": [resolve(light, n) for n in options.get("avoid_actors", [])],
    }
    for source in names:
        for target in names:
            a, b = resolve(everyone, source), resolve_actor(store, source)
            c, d = resolve(everyone, target), resolve_actor(store, target.upper())
            assert (a, c) == (b, d)
            searched = path_graph(store, b, d, **options, **window)
            if a in light and c in light:
                assert _answer(searched, b, d, options) == _answer(light, a, c, options)
            elif a != c:  # no relation in the window: the command says so before searching
                assert isinstance(_answer(searched, b, d, options), str)
