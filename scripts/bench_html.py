"""Benchmark: export a 5,000-actor graph to HTML and open it in headless Chromium.

Builds a synthetic store (embedded KnowledgeGraph in a temporary folder) of
N actors in relation with each other (about 2.5 relations per actor, spread
over documents of 25 relations), then measures, as medians over --runs:

* export: ``build_network`` (SPARQL read) + ``render_html`` + write, in Python;
* open: page load until the layout has stabilised and physics is off, in
  Chromium with every network request blocked (as ``window.actorgraph.stabilizeMs``
  from navigation start, and wall time seen by Playwright).

Usage: .venv/bin/python scripts/bench_html.py [--actors 5000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import describe

from graph.records import Actor, Document, Evidence, Relation
from graph.store.knowledge_graph import KnowledgeGraph
from graph.views.html import render_html
from graph.views.network import build_network
from graph.vocab import EntityType

PREDICATES = [
    "allied-with",
    "backs",
    "includes",
    "opposes",
    "attacks",
    "negotiates-with",
    "accuses",
    "affiliated-with",
]
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


def fill(kg: KnowledgeGraph, n_actors: int, seed: int = 1) -> int:
    """Add documents relating ``n_actors`` synthetic actors; return the relation count."""
    rng = random.Random(seed)
    types = [t.value for t in EntityType if t.value != "Place"]
    actors = [Actor(f"Group {i:05d}", rng.choice(types)) for i in range(n_actors)]
    triples = set()
    for i, actor in enumerate(actors):  # a connected backbone, then random ties
        if i:
            triples.add((actors[rng.randrange(i)], rng.choice(PREDICATES), actor))
    while len(triples) < int(n_actors * 2.5):
        a, b = rng.sample(actors, 2)
        triples.add((a, rng.choice(PREDICATES), b))
    ordered = sorted(triples, key=lambda t: (t[0].label, t[1], t[2].label))
    for start in range(0, len(ordered), 25):
        chunk = ordered[start : start + 25]
        day = f"2020-{1 + start % 12:02d}-{1 + start % 28:02d}"
        text = f"Synthetic report {start}: " + " ".join(
            f"{s.label} {p} {o.label}." for s, p, o in chunk
        )
        doc = Document(text=text, source=f"bench/{start}.txt", date=day)
        rels = [
            Relation(
                s,
                p,
                o,
                Evidence(
                    doc.source,
                    f"{s.label} {p} {o.label}.",
                    0,
                    10,
                    "bench",
                    0.5 + rng.random() / 2,
                    doc.id,
                    day,
                    s.label,
                    o.label,
                ),
            )
            for s, p, o in chunk
        ]
        kg.add_document(doc, rels)
    return len(ordered)


def open_in_chromium(page_file: Path, runs: int) -> tuple[list[float], list[float]]:
    from playwright.sync_api import sync_playwright

    in_page, wall = [], []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            sent: list[str] = []
            context.route(
                "**/*",
                lambda r, sent=sent: (
                    r.continue_()
                    if r.request.url.startswith("file://")
                    else (sent.append(r.request.url), r.abort())
                ),
            )
            page = context.new_page()
            start = time.perf_counter()
            page.goto(page_file.as_uri())
            page.wait_for_function(
                "() => window.actorgraph && window.actorgraph.stabilized", timeout=300_000
            )
            wall.append(time.perf_counter() - start)
            in_page.append(page.evaluate("actorgraph.stabilizedAt") / 1000)
            if sent:
                raise SystemExit(f"the page made network requests: {sent[:3]}")
            context.close()
        browser.close()
    return in_page, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"machine: {describe()}")
    with tempfile.TemporaryDirectory() as tmp:
        with KnowledgeGraph.open(os.path.join(tmp, "store")) as kg:
            t0 = time.perf_counter()
            relations = fill(kg, args.actors)
            print(
                f"store: {args.actors} actors, {relations} relations "
                f"(built in {time.perf_counter() - t0:.1f} s, not measured below)"
            )
            exports, read_times = [], []
            page_file = Path(tmp) / "bench.html"
            for _ in range(args.runs):
                t0 = time.perf_counter()
                graph = build_network(kg)
                t1 = time.perf_counter()
                page_file.write_text(render_html(graph), encoding="utf-8")
                exports.append(time.perf_counter() - t0)
                read_times.append(t1 - t0)
        size = page_file.stat().st_size / 1e6
        print(
            f"graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges; "
            f"page {size:.1f} MB"
        )
        print(
            f"export (read store + render + write), median of {args.runs}: "
            f"{statistics.median(exports):.2f} s (store read "
            f"{statistics.median(read_times):.2f} s)"
        )
        in_page, wall = open_in_chromium(page_file, args.runs)
        print(
            f"open to stabilised in Chromium (physics off), median of {args.runs}: "
            f"{statistics.median(in_page):.2f} s in page, {statistics.median(wall):.2f} s "
            f"wall; runs: {', '.join(f'{w:.2f}' for w in wall)}"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
