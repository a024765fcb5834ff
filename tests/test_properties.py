"""Property-based tests (hypothesis): the extractor takes any text, and the store gives back
exactly what it was given.

Settings stay modest (about 50 examples, no deadline) so the suite stays fast on 2 cores.
"""

from __future__ import annotations

from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.records import Actor, Document, Evidence, Relation
from graph.vocab import PREDICATES, EntityType, stored_form

PREDICATE_NAMES = sorted({p.name for p in PREDICATES} | {"member-of"})
TYPES = [t.value for t in EntityType]
SETTINGS = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@lru_cache(maxsize=1)
def extractor():
    from graph.extract import Extractor

    return Extractor()


# Words that make the rules fire, mixed with punctuation, so the text is not only noise.
NEWS_WORDS = [
    "Russia",
    "Turkey",
    "Iran",
    "Hezbollah",
    "the",
    "National Liberation Front",
    "(NLF)",
    "Russian",
    "Turkish-backed",
    "rebels",
    "backed",
    "by",
    "an",
    "ally",
    "of",
    "allied",
    "with",
    "attacked",
    "struck",
    "clashed",
    "met",
    "accused",
    "denied",
    "backing",
    "includes",
    "umbrella",
    "group",
    "that",
    "a",
    "member",
    "based",
    "in",
    "Idlib",
    "controls",
    "spokesman",
    "led",
    "said",
    "not",
    "warplanes",
    "and",
    ",",
    ".",
    ";",
    "’s",
    "\n\n",
    "\n",
    '"',
    "—",
]
news_text = st.lists(st.sampled_from(NEWS_WORDS), max_size=80).map(" ".join)
any_text = st.one_of(
    news_text,
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(NEWS_WORDS), st.text(max_size=12)), max_size=60).map(
        " ".join
    ),
)


@SETTINGS
@given(text=any_text)
def test_extractor_takes_any_text_and_points_into_it(text: str) -> None:
    relations = extractor().extract(Document(text, source="prop.txt"))
    for rel in relations:
        ev = rel.evidence
        assert 0 <= ev.start <= ev.end <= len(text)
        assert text[ev.start : ev.end] == ev.sentence
        assert rel.predicate in PREDICATE_NAMES
        assert rel.subject.type in TYPES and rel.object.type in TYPES
        assert 0 <= ev.confidence <= 1


# ------------------------------------------------------------------ store

label_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20)


@st.composite
def documents(draw: st.DrawFn) -> tuple[Document, list[Relation]]:
    """A document with relations among a few actors whose names may hold anything."""
    n_actors = draw(st.integers(1, 4))
    # The suffix keeps names apart from each other and from the gazetteer's.
    actors = [
        Actor(f"{draw(label_text).strip() or 'x'} zz{i}", draw(st.sampled_from(TYPES)))
        for i in range(n_actors)
    ]
    text = draw(st.text(min_size=1, max_size=200))
    date = draw(st.none() | st.dates().map(lambda d: d.isoformat()))
    doc = Document(
        text=text,
        source=draw(st.text(min_size=1, max_size=40)),
        title=draw(st.none() | st.text(max_size=40)),
        date=date,
    )
    relations = []
    for _ in range(draw(st.integers(0, 5))):
        start = draw(st.integers(0, 10_000))
        evidence = Evidence(
            source=doc.source,
            sentence=draw(st.text(max_size=120)),
            start=start,
            end=start + draw(st.integers(0, 500)),
            rule=draw(st.text(min_size=1, max_size=20)),
            confidence=draw(st.floats(0, 1)),
            document_id=doc.id,
            date=date,
            subject_mention=draw(st.text(max_size=20)),
            object_mention=draw(st.text(max_size=20)),
        )
        relations.append(
            Relation(
                draw(st.sampled_from(actors)),
                draw(st.sampled_from(PREDICATE_NAMES)),
                draw(st.sampled_from(actors)),
                evidence,
            )
        )
    return doc, relations


def as_stored(rel: Relation, doc_id: str) -> tuple:
    subject, pred, obj = stored_form(rel.predicate, rel.subject.label, rel.object.label)
    return (
        subject,
        pred.name,
        obj,
        rel.evidence.sentence,
        rel.evidence.rule,
        round(rel.evidence.confidence, 3),
        doc_id,
    )


@pytest.mark.slow
@SETTINGS
@given(case=documents())
def test_store_round_trip_gives_back_what_it_was_given(kg, case) -> None:
    doc, relations = case
    before = kg.triple_count()
    assert kg.add_document(doc, relations).added
    expected = {as_stored(r, doc.id) for r in relations}
    found = set()
    for label in {r.subject.label for r in relations} | {r.object.label for r in relations}:
        for row in kg.relations_of(label):
            if row.document_id == doc.id:
                found.add(
                    (
                        row.subject,
                        row.predicate,
                        row.object,
                        row.sentence,
                        row.rule,
                        round(row.confidence, 3),
                        row.document_id,
                    )
                )
    assert found == expected
    rows = kg.select(
        "SELECT ?t WHERE { GRAPH ?g { ?g ag:contentHash ?h ; ag:sourcePath ?t } }",
        {"g": kg_document_iri(doc.id)},
    )
    assert [r["t"] for r in rows] == [doc.source]
    kg.forget(doc.id)
    assert kg.triple_count() == before


def kg_document_iri(doc_id: str):
    from graph.store.mapping import document_iri

    return document_iri(doc_id)
