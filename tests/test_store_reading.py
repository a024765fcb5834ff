"""Reading the knowledge graph: actors, their relations, documents, numbers, analysts."""

from __future__ import annotations

import pytest
from conftest import make_document, make_relation

from graph.errors import UnknownActor, UnknownPredicate, UnknownType
from graph.store.knowledge_graph import KnowledgeGraph, default_gazetteer

GAZETTEER = """
@prefix ag: <https://w3id.org/actorgraph/ontology#> .
@prefix actor: <https://w3id.org/actorgraph/actor/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
actor:turkey a ag:State ; skos:prefLabel "Turkey" ; skos:altLabel "Türkiye" ;
    ag:adjectival "Turkish" ; ag:metonym "Ankara" .
actor:syria a ag:State ; skos:prefLabel "Syria" ; ag:metonym "Damascus" .
actor:damascus a ag:Place ; skos:prefLabel "Damascus" .
actor:hayat-tahrir-al-sham a ag:ArmedGroup ; skos:prefLabel "Hayat Tahrir al-Sham" ;
    skos:altLabel "HTS" .
"""


@pytest.fixture
def gazetteer(tmp_path, kg) -> KnowledgeGraph:
    path = tmp_path / "gazetteer.ttl"
    path.write_text(GAZETTEER, encoding="utf-8")
    kg.load_gazetteer(path)
    return kg


def ingest(kg, text: str, source: str, *relations, **metadata):
    return kg.add_document(make_document(text, source, **metadata), list(relations))


def backs(subject="Turkey", obj="Faylaq al-Sham", **kw):
    return make_relation(subject, "backs", obj, subject_type="State", **kw)


def test_reading_resolve_actor_by_alias_any_case(gazetteer):
    found = gazetteer.resolve_actor("türkiye")
    assert (found.label, found.type, found.aliases) == ("Turkey", "State", ("Türkiye",))
    assert found.iri == "https://w3id.org/actorgraph/actor/turkey"
    assert gazetteer.resolve_actor("ANKARA").label == "Turkey"
    assert gazetteer.resolve_actor("Turkish").label == "Turkey"


def test_reading_a_label_wins_over_a_metonym(gazetteer):
    assert gazetteer.resolve_actor("Damascus").type == "Place"


def test_reading_unknown_actor_suggests_close_matches(gazetteer):
    with pytest.raises(UnknownActor, match=r"no actor named 'Turky'; did you mean: Turkey\?"):
        gazetteer.resolve_actor("Turky")


def test_reading_actors_lists_only_what_documents_mention(gazetteer):
    ingest(gazetteer, "Turkish-backed Faylaq al-Sham.", "a.txt", backs(subject_mention="Turkish"))
    ingest(
        gazetteer,
        "Turkey backs the SNA.",
        "b.txt",
        backs(obj="Syrian National Army", sentence="Turkey backs the SNA.", object_mention="SNA"),
    )
    listed = gazetteer.actors()
    assert [(a.label, a.type, a.relations) for a in listed] == [
        ("Turkey", "State", 2),
        ("Faylaq al-Sham", "ArmedGroup", 1),
        ("Syrian National Army", "ArmedGroup", 1),
    ]
    assert listed[0].aliases == ("Turkish",)  # what documents called it
    assert [a.label for a in gazetteer.actors(type="armedgroup", name="sna")] == [
        "Syrian National Army"
    ]
    with pytest.raises(UnknownType):
        gazetteer.actors(type="Galaxy")


def test_reading_relations_of_an_actor_with_evidence_and_source(kg):
    ingest(
        kg,
        "Turkish-backed Faylaq al-Sham.",
        "news/a.txt",
        backs(
            sentence="Turkish-backed Faylaq al-Sham.",
            date="2020-02-01",
            rule="x-backed-y",
            confidence=0.8,
        ),
        date="2020-02-01",
    )
    rows = kg.relations_of("faylaq al-sham")
    assert len(rows) == 1
    row = rows[0]
    assert (row.subject, row.predicate, row.object) == ("Turkey", "backs", "Faylaq al-Sham")
    assert (row.sentence, row.source, row.rule, row.confidence, row.date) == (
        "Turkish-backed Faylaq al-Sham.",
        "news/a.txt",
        "x-backed-y",
        0.8,
        "2020-02-01",
    )
    assert row.document_id == kg.documents()[0].id


def test_reading_documents_in_ingest_order(kg):
    first = ingest(kg, "One.", "one.txt", backs(sentence="One."), title="First", date="2020-01-01")
    second = ingest(kg, "Two.", "two.txt")
    rows = kg.documents()
    assert [(d.id, d.source, d.title, d.date, d.relations) for d in rows] == [
        (first.document_id, "one.txt", "First", "2020-01-01", 1),
        (second.document_id, "two.txt", None, None, 0),
    ]
    assert all(d.ingested for d in rows)


def test_reading_stats_count_documents_actors_relations(kg):
    base = kg.triple_count()
    ingest(
        kg,
        "Turkey backs FaS and SNA.",
        "a.txt",
        backs(),
        backs(obj="Syrian National Army", start=10),
        make_relation("Syrian National Army", "opposes", "Syrian Democratic Forces", start=20),
    )
    numbers = kg.stats()
    assert {k: numbers[k] for k in ("documents", "actors", "relations", "evidence")} == {
        "documents": 1,
        "actors": 4,
        "relations": 3,
        "evidence": 3,
    }
    assert numbers["by_predicate"] == {"backs": 2, "opposes": 1}
    assert numbers["by_type"] == {"ArmedGroup": 3, "State": 1}
    assert numbers["triples"] == kg.triple_count() > base


def test_reading_assert_relation_records_the_analyst(gazetteer):
    before = gazetteer.triple_count()
    rel = gazetteer.assert_relation("ankara", "backs", "hts", "field notes, Oct 2020")
    assert (rel.subject.label, rel.predicate, rel.object.label) == (
        "Turkey",
        "backs",
        "Hayat Tahrir al-Sham",
    )
    row = gazetteer.relations_of("HTS")[0]
    assert (row.source, row.rule, row.confidence, row.sentence) == (
        "analyst: field notes, Oct 2020",
        "analyst",
        1.0,
        "field notes, Oct 2020",
    )
    answer = gazetteer.query("""ASK { ?e ag:method "analyst" ; ag:note "field notes, Oct 2020" ;
                                        rdf:subject actor:turkey ; rdf:object ?o }""")
    assert answer.boolean is True
    assert gazetteer.stats()["analyst_assertions"] == 1

    count = gazetteer.triple_count()
    gazetteer.assert_relation("Turkey", "backs", "HTS", "field notes, Oct 2020")  # again
    assert gazetteer.triple_count() == count
    assert gazetteer.forget(row.document_id) == row.document_id
    assert gazetteer.triple_count() == before


def test_reading_assert_unknown_actor_needs_a_type(kg):
    with pytest.raises(UnknownActor, match="give --object-type to add it as a new actor"):
        kg.assert_relation("Turkey", "backs", "Nobody Brigade", "note", subject_type="State")
    rel = kg.assert_relation(
        "Turkey",
        "member-of",
        "NATO",
        "note",
        subject_type="State",
        object_type="InternationalOrganization",
    )
    assert rel.object.type == "InternationalOrganization"
    assert kg.query("ASK { actor:nato ag:includes actor:turkey }").boolean is True
    assert kg.resolve_actor("nato").type == "InternationalOrganization"


def test_reading_assert_unknown_predicate_lists_the_vocabulary(kg):
    with pytest.raises(UnknownPredicate, match="Use one of"):
        kg.assert_relation("A", "befriends", "B", "note", subject_type="State", object_type="State")


def test_reading_bundled_gazetteer_is_loaded_at_creation(store_path):
    gazetteer = default_gazetteer()
    if gazetteer is None:
        pytest.skip("no bundled gazetteer yet")
    with KnowledgeGraph.open(store_path) as kg:
        assert kg.triple_count() > 0
        assert kg.actors() == []  # gazetteer actors are not "in" the store
        assert kg.stats()["documents"] == 0
