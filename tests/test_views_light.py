"""graph.views.light: the light network is build_network's graph, evidence read on demand."""

from __future__ import annotations

from datetime import date

import pytest
from test_views_support import make_kg, make_store

from graph.views.light import fill_evidence, light_network
from graph.views.network import build_network

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
