"""graph.views.layout and the size-dependent page options."""

from __future__ import annotations

import networkx as nx

from graph.views.html import physics_options
from graph.views.layout import PRECOMPUTE_ABOVE, cluster_layout


def test_cluster_layout_places_every_node_apart():
    graph = nx.gnm_random_graph(800, 2000, seed=3)
    pos = cluster_layout(graph)
    assert set(pos) == set(graph)
    assert len(set(pos.values())) == len(pos)


def test_cluster_layout_is_deterministic():
    graph = nx.karate_club_graph()
    assert cluster_layout(graph) == cluster_layout(graph)


def test_large_graphs_open_without_browser_physics():
    assert physics_options(PRECOMPUTE_ABOVE + 1, 10)["physics"]["enabled"] is False
    assert physics_options(50, 60)["physics"]["enabled"] is True
