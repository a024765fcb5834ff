"""Benchmark actorgraph end to end: ingest, store size, memory, SPARQL, path, analyze, HTML.

Builds a synthetic corpus with ``scripts/make_corpus.py`` (fixed seed; many
actors, aliases and relation constructions; dates spread over ten years),
then measures and prints, as medians, with the machine described:

* ingest throughput (articles/s, words/s) with 1 and 2 extraction workers
  (the library's ``ingest_paths``, which ``actorgraph ingest`` calls);
* store size on disk and peak memory (this process and its children);
* the time to open a store read-only (each command's first step);
* latency of the README's four queries (allies of an actor, who backs whom,
  members of a coalition, evidence of a relation) at about 10^5 and 10^6
  triples, through ``KnowledgeGraph.query`` (what ``actorgraph query`` runs),
  and on rdflib's in-memory ``Dataset`` holding the same quads, with the ratio;
* ``path`` latency (network read + search), ``analyze`` and HTML export time.

The query stores are copies of the first documents of the ingested store,
cut at the target size. CPU times are printed beside wall times because a
shared machine's wall clock says more about the neighbours than about us.

Usage: .venv/bin/python scripts/bench.py [--articles 20000] [--single 3000] [--quick]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import describe

README = Path(__file__).resolve().parents[1] / "README.md"
NAMES = ["allies of an actor", "who backs whom", "members of a coalition", "evidence of a relation"]
#: The README's demo values, replaced by actors of the synthetic corpus.
DEMO_TERMS = {
    '"Russia"': "actor",
    "actor:turkey": "patron",
    "actor:national-liberation-front": "client",
}


def readme_queries() -> dict[str, str]:
    """The README's first four SPARQL examples (blocks followed by a table), as written.

    Read from README.md so that the benchmark measures what analysts copy.
    """
    blocks = re.findall(r"```sparql\n([^`]*)```\n\n\|", README.read_text(encoding="utf-8"))
    if len(blocks) < len(NAMES):
        raise SystemExit("README.md has fewer SPARQL examples than the benchmark measures")
    return dict(zip(NAMES, blocks, strict=False))


def with_terms(query: str, terms: dict[str, str]) -> str:
    """Return a README query with its demo actors replaced by ``terms``' SPARQL terms."""
    for demo, name in DEMO_TERMS.items():
        query = query.replace(demo, terms[name])
    return query


# ---------------------------------------------------------------- machine


def cpu_seconds() -> float:
    """User + system CPU time of this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def peak_mb() -> tuple[float, float]:
    """Peak resident memory (MB) of this process and of its largest child."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def median_ms(func: Callable[[], Any], repeat: int) -> float:
    """Median wall milliseconds of ``repeat`` calls (after one warm-up call)."""
    func()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


class Overtime(Exception):
    """A measured call ran past its budget."""


def median_ms_within(func: Callable[[], Any], repeat: int, budget_s: int) -> float:
    """Like ``median_ms``, but give up (returning inf) once a call runs over ``budget_s``.

    For rdflib, whose evaluation of ``GRAPH ?doc`` visits every graph in
    turn: at 10^6 triples one call may take many minutes. rdflib is pure
    Python, so the alarm's exception interrupts it cleanly.
    """

    def stop(_signum: int, _frame: Any) -> None:
        raise Overtime

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(budget_s)
    try:
        return median_ms(func, repeat)
    except Overtime:
        return float("inf")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def folder_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


# ----------------------------------------------------------------- corpus


def make_corpus(path: Path, articles: int, seed: int = 7) -> tuple[int, int]:
    """Write ``articles`` dated articles as JSON Lines; return (articles, words)."""
    from make_corpus import write_corpus

    raw = path.with_suffix(".raw.jsonl")
    megabytes = articles * 0.004
    while True:  # the generator writes by size; grow until there are enough articles
        if write_corpus(raw, megabytes, seed) >= articles:
            break
        megabytes *= 1.5
    rng = random.Random(seed)
    words = 0
    with raw.open(encoding="utf-8") as src, path.open("w", encoding="utf-8") as out:
        for i, line in enumerate(src):
            if i >= articles:
                break
            record = json.loads(line)
            day = rng.randrange(3650)
            record["date"] = time.strftime("%Y-%m-%d", time.gmtime(1420070400 + day * 86400))
            record.setdefault("title", f"Article {i}")
            words += len(record["text"].split())
            out.write(json.dumps(record) + "\n")
    raw.unlink()
    return articles, words


# ----------------------------------------------------------------- ingest


def ingest(corpus: Path, store: Path, workers: int) -> dict[str, float]:
    """Ingest ``corpus`` into a new store; return wall and CPU seconds and counts."""
    from graph.pipeline import ingest_paths
    from graph.store.knowledge_graph import KnowledgeGraph

    cpu = cpu_seconds()
    start = time.perf_counter()
    with KnowledgeGraph.open(str(store)) as kg:
        summary = ingest_paths(kg, [str(corpus)], workers=workers)
        kg.optimize()  # as `actorgraph ingest` does after a run of 100+ documents
        triples = kg.triple_count()
    return {
        "wall": time.perf_counter() - start,
        "cpu": cpu_seconds() - cpu,
        "documents": summary.documents,
        "relations": summary.relations,
        "triples": triples,
    }


def first_lines(src: Path, dst: Path, n: int) -> None:
    with src.open(encoding="utf-8") as inp, dst.open("w", encoding="utf-8") as out:
        for i, line in enumerate(inp):
            if i >= n:
                break
            out.write(line)


def copy_prefix(source: Path, target: Path, quads: int) -> int:
    """Copy the gazetteer and whole document graphs, in ingest order, until ``quads``.

    Then build the knowledge graph of what was copied, compact, and return
    the number of quads.
    """
    import pyoxigraph as ox

    from graph.store.knowledge_graph import KnowledgeGraph
    from graph.store.mapping import GAZETTEER_GRAPH

    with KnowledgeGraph.open(str(source), read_only=True) as src:
        store = src.backend.store  # type: ignore[attr-defined]
        docs = [
            row["doc"]
            for row in src.select(
                "SELECT ?doc ?t WHERE { GRAPH ?doc { ?doc a schema:NewsArticle ; "
                "prov:generatedAtTime ?t } } ORDER BY ?t"
            )
        ]
        with KnowledgeGraph.open(str(target)) as dst:  # created with the gazetteer
            out = dst.backend.store  # type: ignore[attr-defined]
            total = len(out)
            gazetteer = ox.NamedNode(str(GAZETTEER_GRAPH))
            for doc in docs:
                graph = ox.NamedNode(str(doc))
                if graph == gazetteer:
                    continue
                batch = list(store.quads_for_pattern(None, None, None, graph))
                out.extend(batch)
                total += len(batch)
                if total >= quads:
                    break
            dst.rebuild_knowledge()  # the knowledge graph of the documents copied
            dst.optimize()  # as `actorgraph ingest` does after a run of 100+ documents
            return dst.triple_count()


# ---------------------------------------------------------------- queries


def open_ms(store: Path, repeat: int = 5) -> float:
    """Median ms to open ``store`` read-only and close it, as every reading command does."""
    from graph.store.knowledge_graph import KnowledgeGraph

    return median_ms(lambda: KnowledgeGraph.open(str(store), read_only=True).close(), repeat)


def pick_actors(kg: Any) -> dict[str, str]:
    """The actor with most allies, and the backs pair with most evidence, as SPARQL terms."""
    from graph.store.mapping import KNOWLEDGE_GRAPH
    from graph.store.sparql import term_n3

    ally = kg.query(f"""SELECT ?n (COUNT(*) AS ?c) WHERE {{ GRAPH <{KNOWLEDGE_GRAPH}> {{
        {{ ?x ag:alliedWith ?a }} UNION {{ ?a ag:alliedWith ?x }} ?x skos:prefLabel ?n }} }}
        GROUP BY ?n ORDER BY DESC(?c) LIMIT 1""").rows
    pair = kg.query("""SELECT ?s ?o (COUNT(?e) AS ?c) WHERE {
        ?e rdf:subject ?s ; rdf:predicate ag:backs ; rdf:object ?o }
        GROUP BY ?s ?o ORDER BY DESC(?c) LIMIT 1""").rows
    return {
        "actor": term_n3(ally[0]["n"]) if ally else '"Russia"',
        "patron": term_n3(pair[0]["s"]) if pair else "actor:turkey",
        "client": term_n3(pair[0]["o"]) if pair else "actor:syria",
    }


def query_latencies(
    store: Path, repeat: int, with_rdflib: bool, rdflib_budget: int = 300
) -> list[dict[str, Any]]:
    """Median ms of each README query: our store (CLI path), raw Oxigraph, rdflib in memory."""
    import pyoxigraph as ox
    from rdflib import Dataset

    from graph.store.knowledge_graph import KnowledgeGraph
    from graph.store.sparql import DEFAULT_PREFIXES, PREFIXES

    rows = []
    with KnowledgeGraph.open(str(store), read_only=True) as kg:
        terms = pick_actors(kg)
        texts = {name: with_terms(q, terms) for name, q in readme_queries().items()}
        raw = kg.backend.store  # type: ignore[attr-defined]
        dataset = None
        load_s = 0.0
        if with_rdflib:
            start = time.perf_counter()
            data = (
                ox.serialize(
                    raw.quads_for_pattern(None, None, None, None), format=ox.RdfFormat.N_QUADS
                )
                or b""
            )
            dataset = Dataset(default_union=True)
            dataset.parse(data=data, format="nquads")
            load_s = time.perf_counter() - start
        for name, text in texts.items():
            n = len(kg.query(text).rows)
            ours = median_ms(lambda t=text: kg.query(t), repeat)
            engine = median_ms(
                lambda t=text: list(
                    raw.query(t, use_default_graph_as_union=True, prefixes=DEFAULT_PREFIXES)
                ),
                repeat,
            )
            row = {"query": name, "rows": n, "actorgraph_ms": ours, "oxigraph_ms": engine}
            if dataset is not None:
                slow = median_ms_within(
                    lambda t=text, d=dataset: list(d.query(PREFIXES + t)),
                    max(3, repeat // 5),
                    rdflib_budget,
                )
                row.update(rdflib_ms=slow, ratio=slow / ours, rdflib_load_s=load_s)
            rows.append(row)
    return rows


def view_times(store: Path, repeat: int, html_out: Path) -> dict[str, float]:
    """Median ms of `path`, `analyze` and the HTML export, each as its command computes it.

    ``path`` searches outward from both actors in the knowledge graph, then
    reads the evidence of the hops found (with ``--since/--until``, keeping
    the relations evidenced in the window as it reads them); ``analyze`` reads
    the light network and computes every measure; the export reads the full
    network (it embeds evidence).
    """
    from datetime import date

    import networkx as nx

    from graph.errors import NoPath
    from graph.store.knowledge_graph import KnowledgeGraph
    from graph.views import analysis
    from graph.views.html import write_html
    from graph.views.light import fill_evidence, light_network
    from graph.views.network import build_network
    from graph.views.paths import find_paths, stored_edge
    from graph.views.search import path_graph

    with KnowledgeGraph.open(str(store), read_only=True) as kg:
        graph = light_network(kg)
        a = max(graph.degree, key=lambda item: item[1])[0]  # the hub, and an actor 3-4 hops away
        hops = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), a, 4)
        b = max(hops, key=lambda node: (hops[node], str(node)))
        print(
            f"path from {graph.nodes[a]['label']} to {graph.nodes[b]['label']} ({hops[b]} hops)",
            flush=True,
        )

        def path() -> None:  # as `actorgraph path` does without --since/--until
            g = path_graph(kg, a, b, max_hops=4)
            found = find_paths(g, a, b, max_hops=4)
            fill_evidence(kg, g, [stored_edge(h) for p in found for h in p.hops])

        window = {"since": date(2018, 1, 1), "until": date(2022, 12, 31)}

        def path_window() -> None:  # `actorgraph path --since 2018 --until 2022`
            g = path_graph(kg, a, b, max_hops=4, **window)
            try:
                found = find_paths(g, a, b, max_hops=4)
            except NoPath:
                found = []
            fill_evidence(kg, g, [stored_edge(h) for p in found for h in p.hops], **window)

        def analyze() -> None:
            g = light_network(kg)
            analysis.centrality(g, 10)
            analysis.alliance_blocs(g)
            analysis.balance_summary(g)
            analysis.unbalanced_triads(g)

        return {
            "full network read ms": median_ms(lambda: build_network(kg), max(1, repeat // 2)),
            "light network read ms": median_ms(lambda: light_network(kg), repeat),
            "path ms": median_ms(path, repeat),
            "path --since/--until ms": median_ms(path_window, repeat),
            "path search only ms": median_ms(lambda: find_paths(graph, a, b, max_hops=4), repeat),
            "path (light network) ms": median_ms(
                lambda: find_paths(light_network(kg), a, b, max_hops=4), repeat
            ),
            "analyze ms": median_ms(analyze, max(1, repeat // 2)),
            "html export ms": median_ms(lambda: write_html(kg, html_out), max(1, repeat // 2)),
            "actors": graph.number_of_nodes(),
            "edges": graph.number_of_edges(),
        }


# ------------------------------------------------------------------ report


def table(rows: list[dict[str, Any]]) -> str:
    cols = list(rows[0])
    cells = [[f"{r[c]:.2f}" if isinstance(r[c], float) else str(r[c]) for c in cols] for r in rows]
    widths = [max(len(c), *(len(x[i]) for x in cells)) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True))]
    lines += ["  ".join(x.ljust(w) for x, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(lines)


def ingest_runs(tmp: Path, args: argparse.Namespace) -> list[dict[str, Any]]:
    """Make the corpus and ingest it with 1 and 2 workers; print and return the runs."""
    corpus = tmp / "corpus.jsonl"
    n, words = make_corpus(corpus, args.articles)
    print(f"corpus: {n} articles, {words:,} words ({words / n:.0f} per article)", flush=True)
    runs: list[dict[str, Any]] = []
    single = tmp / "single.jsonl"
    first_lines(corpus, single, min(args.single, n))
    for workers, source in ((1, single), (2, corpus)):
        m = min(args.single, n) if workers == 1 else n
        w = words * m / n
        result = ingest(source, tmp / f"store-{workers}", workers)
        runs.append(
            {
                "workers": workers,
                "articles": m,
                "wall s": result["wall"],
                "cpu s": result["cpu"],
                "articles/s": m / result["wall"],
                "words/s": round(w / result["wall"]),
                "triples": result["triples"],
            }
        )
        print(table(runs[-1:]), flush=True)
    full = tmp / "store-2"
    own, kids = peak_mb()
    print(f"\ningest\n{table(runs)}")
    print(
        f"store on disk: {folder_mb(full):.0f} MB for {runs[-1]['triples']:,} triples; "
        f"peak memory: {own:.0f} MB (this process), {kids:.0f} MB (largest worker)"
    )
    (tmp / "ingest.json").write_text(json.dumps(runs))
    return runs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20_000, help="corpus size (2-worker ingest)")
    ap.add_argument(
        "--single",
        type=int,
        default=3_000,
        help="articles for the 1-worker ingest (its speed does not depend on size)",
    )
    ap.add_argument("--repeat", type=int, default=15, help="runs per latency median")
    ap.add_argument("--quick", action="store_true", help="a small smoke run of a few seconds")
    ap.add_argument("--no-rdflib", action="store_true", help="skip the rdflib comparison")
    ap.add_argument(
        "--rdflib-budget",
        type=int,
        default=300,
        help="seconds allowed for each rdflib query's runs (inf beyond)",
    )
    ap.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="keep the corpus and stores here; a second run with the same "
        "folder reuses its ingested store and skips the ingest",
    )
    args = ap.parse_args()
    if args.quick:
        args.articles, args.single, args.repeat = 40, 20, 3
    sizes = [100_000, 1_000_000] if not args.quick else [5_000]

    print(f"machine: {describe()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="actorgraph-bench-") as tmp_name:
        tmp = Path(tmp_name)
        if args.workdir is not None:
            tmp = args.workdir
            tmp.mkdir(parents=True, exist_ok=True)
        if (tmp / "ingest.json").exists():  # a finished earlier run: measure queries only
            runs = json.loads((tmp / "ingest.json").read_text())
            print(f"reusing the store ingested earlier in {tmp}\n{table(runs)}", flush=True)
        else:
            runs = ingest_runs(tmp, args)
        full = tmp / "store-2"

        for size in sizes:
            if size > runs[-1]["triples"] * 1.2:
                print(f"\n(skipping the {size:,}-triple store: the corpus makes fewer)")
                continue
            cut = tmp / f"store-{size}"
            shutil.rmtree(cut, ignore_errors=True)  # left by an earlier run in --workdir
            triples = copy_prefix(full, cut, size)
            print(
                f"\nread-only open (what each command pays first): {open_ms(cut):.0f} ms",
                flush=True,
            )
            print(f"queries at {triples:,} triples (medians of {args.repeat} runs)", flush=True)
            print(
                table(query_latencies(cut, args.repeat, not args.no_rdflib, args.rdflib_budget)),
                flush=True,
            )
            views = view_times(cut, max(3, args.repeat // 3), tmp / "graph.html")
            print(
                "views: "
                + ", ".join(
                    f"{k} {v:.0f}" if isinstance(v, float) else f"{k} {v}" for k, v in views.items()
                ),
                flush=True,
            )


if __name__ == "__main__":
    main()
