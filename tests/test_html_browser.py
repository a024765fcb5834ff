"""The exported HTML in a real headless Chromium with every network request blocked.

Checks what a reader sees: the page draws exactly the store's actors and
relations, asks nothing of the network, and shows hostile article text
(an actor called ``<img src=x onerror=alert(1)>``, a sentence with
``<script>``) as text without running it.
"""

from __future__ import annotations

import os

import pytest
from test_views_support import (
    ACTOR_COUNT,
    RELATION_COUNT,
    XSS_ACTOR,
    XSS_SENTENCE,
    make_store,
)

from graph.views.html import write_html
from graph.views.network import build_network

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM),
        reason="needs Debian's chromium at /usr/bin/chromium (.ci/run installs it)",
    ),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def page_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("html") / "graph.html"
    write_html(build_network(make_store()), path, subtitle="<b>not bold</b>")
    return path


@pytest.fixture
def opened(browser, page_file):
    """Open the page offline; yield (page, requests sent off-file, dialogs, errors)."""
    context = browser.new_context()
    page = context.new_page()
    sent, dialogs, errors = [], [], []

    def block(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            sent.append(route.request.url)
            route.abort()

    context.route("**/*", block)
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_file.as_uri())
    page.wait_for_function("window.actorgraph && window.actorgraph.stabilized", timeout=30_000)
    yield page, sent, dialogs, errors
    context.close()


def test_html_draws_every_actor_and_relation(opened):
    page, _, _, errors = opened
    counts = page.evaluate("""() => ({
        nodes: actorgraph.nodes.length, edges: actorgraph.edges.length,
        drawnNodes: Object.keys(actorgraph.network.body.nodes).length,
        visibleEdges: actorgraph.network.body.edgeIndices.length})""")
    assert counts["nodes"] == counts["drawnNodes"] == ACTOR_COUNT
    assert counts["edges"] == RELATION_COUNT
    assert counts["visibleEdges"] == RELATION_COUNT
    assert errors == []


def test_html_makes_no_network_request(opened):
    page, sent, _, _ = opened
    page.mouse.move(600, 300)
    page.wait_for_timeout(300)
    assert sent == []
    assert page.evaluate("performance.getEntriesByType('resource').length") == 0


def test_html_untrusted_text_is_shown_as_text_and_never_runs(opened):
    page, _, dialogs, errors = opened
    page.evaluate("name => actorgraph.find(name)", XSS_ACTOR)
    details = page.inner_text("#ag-details")
    assert XSS_ACTOR in details
    page.evaluate("""() => {
        const e = actorgraph.edges.get().find(e => e.chain.includes('onerror'));
        actorgraph.network.selectEdges([e.id]);
        actorgraph.network.body.emitter.emit('click', {nodes: [], edges: [e.id]});
    }""")
    assert XSS_SENTENCE in page.inner_text("#ag-details")
    assert page.query_selector("img") is None
    assert page.query_selector("#ag-details script") is None
    assert page.evaluate("window.__pwned") is None
    assert dialogs == [] and errors == []
    assert "<b>not bold</b>" in page.inner_text("#ag-side")


def test_html_filters_hide_relations_and_types(opened):
    page, *_ = opened
    page.uncheck("#ag-predicates input[data-name='attacks']")
    hidden = page.evaluate("actorgraph.edges.get({filter: e => e.hidden}).length")
    assert hidden == 3
    page.uncheck("#ag-types input[data-name='State']")
    states = page.evaluate(
        "actorgraph.nodes.get({filter: n => n.type === 'State' && !n.hidden}).length"
    )
    assert states == 0


def test_html_search_finds_aliases(opened):
    page, *_ = opened
    page.fill("#ag-search", "national liberation front")
    page.press("#ag-search", "Enter")
    assert page.evaluate("actorgraph.network.getSelectedNodes().length") == 1
    assert page.inner_text("#ag-details").startswith("NLF")
    page.fill("#ag-search", "nobody")
    page.press("#ag-search", "Enter")
    assert "No actor named" in page.inner_text("#ag-search-result")
