"""A small store with known answers, shared by the tests of graph.views.

The graph (confidence in brackets; doc dates: d1 2020-02-01, d2 2020-03-05,
d3 2021-01-10, d4 undated):

    Turkey --backs--> NLF [0.9, d1]         NLF --includes--> Faylaq al-Sham [0.85, d1]
    Russia --allied-with-- Syria [0.9, d1; again as Syria/Russia in d3 (0.95)]
    Syria --attacks--> Faylaq al-Sham [0.8, d2]   Russia --attacks--> NLF [0.7, d2]
    Syria --attacks--> NLF [0.75, d2]             Turkey --opposes-- Syria [0.5, d2]
    Turkey --backs--> Sultan Murad Division [0.8, d2]
    Sultan Murad Division --opposes-- NLF [0.6, d2]   (two clients of Turkey fight)
    Turkey --negotiates-with-- Russia [0.9, d3]   Iran --backs--> Syria [0.9, d3]
    Hezbollah --allied-with-- Iran [0.85, d3]
    Recep Tayyip Erdogan --leads--> Turkey [0.9, d4]
    Jaysh al-Izza --member-of--> NLF [0.7, d4]  (stored as NLF includes Jaysh al-Izza)
    Group A --allied-with-- Group B [0.9, d4]   (a component of its own)
    <img src=x onerror=alert(1)> --opposes-- Group B [0.6, d4], sentence with <script>

Until the shared KnowledgeGraph lands, ``store`` is a tiny adapter over an
rdflib Dataset with the same ``select`` signature.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rdflib import Dataset

from graph.records import Actor, Document, Evidence, Relation
from graph.store.mapping import document_graph_quads, knowledge_quads

XSS_ACTOR = "<img src=x onerror=alert(1)>"
XSS_SENTENCE = "They said <script>window.__pwned = 1; alert('x')</script> & more."

TYPES = {
    "Turkey": "State",
    "Russia": "State",
    "Syria": "State",
    "Iran": "State",
    "NLF": "Coalition",
    "Faylaq al-Sham": "ArmedGroup",
    "Sultan Murad Division": "ArmedGroup",
    "Hezbollah": "ArmedGroup",
    "Recep Tayyip Erdogan": "Person",
    "Jaysh al-Izza": "ArmedGroup",
    "Group A": "ArmedGroup",
    "Group B": "ArmedGroup",
    XSS_ACTOR: "ArmedGroup",
}
ALIASES = {"NLF": ("National Liberation Front",), "Turkey": ("Ankara", "Turkish")}

DOCS = {
    "d1": (
        "2020-02-01",
        [
            ("Turkey", "backs", "NLF", 0.9),
            ("NLF", "includes", "Faylaq al-Sham", 0.85),
            ("Russia", "allied-with", "Syria", 0.9),
        ],
    ),
    "d2": (
        "2020-03-05",
        [
            ("Syria", "attacks", "Faylaq al-Sham", 0.8),
            ("Russia", "attacks", "NLF", 0.7),
            ("Syria", "attacks", "NLF", 0.75),
            ("Turkey", "opposes", "Syria", 0.5),
            ("Turkey", "backs", "Sultan Murad Division", 0.8),
            ("Sultan Murad Division", "opposes", "NLF", 0.6),
        ],
    ),
    "d3": (
        "2021-01-10",
        [
            ("Turkey", "negotiates-with", "Russia", 0.9),
            ("Iran", "backs", "Syria", 0.9),
            ("Hezbollah", "allied-with", "Iran", 0.85),
            ("Syria", "allied-with", "Russia", 0.95),
        ],
    ),
    "d4": (
        None,
        [
            ("Recep Tayyip Erdogan", "leads", "Turkey", 0.9),
            ("Jaysh al-Izza", "member-of", "NLF", 0.7),
            ("Group A", "allied-with", "Group B", 0.9),
            (XSS_ACTOR, "opposes", "Group B", 0.6),
        ],
    ),
}

#: Distinct relations as the store keeps them (symmetric ones merged, member-of flipped).
RELATION_COUNT = 16
ACTOR_COUNT = len(TYPES)


def sentence(subject: str, pred: str, obj: str) -> str:
    if subject == XSS_ACTOR:
        return XSS_SENTENCE
    return f"{subject} {pred.replace('-', ' ')} {obj}."


def documents() -> list[tuple[Document, list[Relation]]]:
    """Return the test documents with their relations."""
    out = []
    for key, (when, triples) in DOCS.items():
        text = " ".join(sentence(*t[:3]) for t in triples)
        doc = Document(
            text=text + f" ({key})", source=f"news/{key}.txt", title=f"Report {key}", date=when
        )
        rels = []
        for i, (s, p, o, conf) in enumerate(triples):
            ev = Evidence(
                source=doc.source,
                sentence=sentence(s, p, o),
                start=i * 10,
                end=i * 10 + 9,
                rule=f"test-{p}",
                confidence=conf,
                document_id=doc.id,
                date=when,
                subject_mention=s,
                object_mention=o,
            )
            rels.append(
                Relation(
                    Actor(s, TYPES[s], ALIASES.get(s, ())),
                    p,
                    Actor(o, TYPES[o], ALIASES.get(o, ())),
                    ev,
                )
            )
        out.append((doc, rels))
    return out


class DatasetStore:
    """The ``select`` of KnowledgeGraph over an in-memory rdflib Dataset."""

    def __init__(self) -> None:
        self.dataset = Dataset(default_union=True)

    def add_document(self, doc: Document, relations: list[Relation]) -> None:
        quads = document_graph_quads(doc, relations)
        self.dataset.addN(quads + knowledge_quads(quads))

    def select(self, query: str, bindings: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        result = self.dataset.query(query, initBindings=dict(bindings or {}))
        names = [str(v) for v in result.vars or []]
        return [
            {name: row[i] for i, name in enumerate(names) if row[i] is not None}
            for row in result  # type: ignore[misc]
        ]


def make_store() -> DatasetStore:
    """Return a store holding the documents above."""
    store = DatasetStore()
    for doc, rels in documents():
        store.add_document(doc, rels)
    return store


def make_kg(folder: str) -> Any:
    """Return a real embedded KnowledgeGraph at ``folder`` holding the documents above."""
    from graph.store.knowledge_graph import KnowledgeGraph

    kg = KnowledgeGraph.open(folder)
    for doc, rels in documents():
        kg.add_document(doc, rels)
    return kg
