"""Benchmark extraction speed against the bare spaCy tokenizer (the ceiling).

Builds a synthetic corpus (``scripts/make_corpus.py``, fixed seed) of at
least 10 MB in a temporary folder, or reads one given with ``--corpus``
(JSON Lines with a ``text`` field), then prints words per second of
``Extractor.extract`` and of ``spacy.blank("en").tokenizer`` on the same
texts (median of ``--runs`` runs each, one process, one core, each run one
cold pass over the corpus), their ratio,
and the machine. Times are the process's CPU time (``time.process_time``):
both sides run on one core, and on a machine shared with other work, wall
time would mostly measure the neighbours.

Usage: python scripts/bench_extract.py [--mb 10] [--runs 3] [--corpus FILE]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import describe


def timed(make: Callable[[], Callable[[], object]], runs: int) -> float:
    """Return the median CPU seconds of ``runs`` calls, each of a fresh ``make()``.

    Each run gets a new tokenizer or extractor (built outside the timing), so
    every run reads the corpus once with a cold vocabulary and tokenizer
    cache, as ingestion does; repeated passes over one corpus would time a
    cache that already holds every word.
    """
    times = []
    for _ in range(runs):
        func = make()
        start = time.process_time()
        func()
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="corpus size to generate")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--corpus", type=Path, help="JSON Lines corpus to read instead")
    args = ap.parse_args()

    import spacy

    from graph.extract import Extractor
    from graph.extract.nlp import get_nlp
    from graph.records import Document

    with tempfile.TemporaryDirectory() as tmp:
        path = args.corpus
        if path is None:
            from make_corpus import write_corpus

            path = Path(tmp) / "corpus.jsonl"
            write_corpus(path, args.mb)
        with path.open(encoding="utf-8") as handle:
            texts = [json.loads(line)["text"] for line in handle if line.strip()]
    size = sum(len(t.encode("utf-8")) for t in texts)
    words = sum(len(t.split()) for t in texts)

    docs = [Document(t, source=f"bench-{i}") for i, t in enumerate(texts)]
    relations = sum(len(Extractor().extract(d)) for d in docs[:200])

    def tokenize() -> Callable[[], None]:
        tokenizer = spacy.blank("en").tokenizer

        def run() -> None:
            for text in texts:
                tokenizer(text)

        return run

    def extract() -> Callable[[], None]:
        get_nlp.cache_clear()  # a new vocabulary, as in a fresh worker process
        extractor = Extractor()

        def run() -> None:
            for doc in docs:
                extractor.extract(doc)

        return run

    ceiling = words / timed(tokenize, args.runs)
    speed = words / timed(extract, args.runs)
    print(f"machine:   {describe()}")
    print(
        f"corpus:    {len(texts)} articles, {size / 1e6:.1f} MB, {words} words "
        f"({relations} relations in the first 200 articles)"
    )
    print(f"tokenizer: {ceiling:12,.0f} words/s (ceiling)")
    print(f"extract:   {speed:12,.0f} words/s")
    print(f"ratio:     {speed / ceiling:12.1%} of the ceiling (target >= 25%)")


if __name__ == "__main__":
    main()
