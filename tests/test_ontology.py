"""The ontology files are found, align with W3C vocabularies, and SHACL catches bad data."""

from __future__ import annotations

import pytest
from conftest import make_document, make_relation
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import FOAF, PROV, SKOS

from graph.ontology import Violation, load_ontology, ontology_dir, shapes_path, validate
from graph.store.mapping import document_graph_quads
from graph.vocab import ACTOR, AG, ORG, SCHEMA

# rdflib.XSD is a closed namespace that warns when pytest probes its attributes.
XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")


def good_dataset() -> Dataset:
    doc = make_document(
        "Russia backs Syria. Faylaq al-Sham joined the NLF.", title="Idlib", date="2020-02-01"
    )
    relations = [
        make_relation("Russia", "backs", "Syria", subject_type="State", object_type="State"),
        make_relation("Faylaq al-Sham", "member-of", "NLF", object_type="Coalition", start=20),
        make_relation("HTS", "controls", "Idlib", object_type="Place", start=40),
    ]
    data = Dataset()
    data.addN(document_graph_quads(doc, relations))
    return data


def test_ontology_files_are_found_next_to_each_other():
    folder = ontology_dir()
    assert (folder / "actorgraph.ttl").is_file()
    assert shapes_path().parent == folder


def test_ontology_aligns_with_prov_org_foaf_schema():
    onto = load_ontology()
    assert (AG.Actor, RDFS.subClassOf, PROV.Agent) in onto
    assert (AG.Person, RDFS.subClassOf, FOAF.Person) in onto
    assert (AG.Place, RDFS.subClassOf, SCHEMA.Place) in onto
    assert (AG.Coalition, RDFS.subClassOf, ORG.Organization) in onto
    assert (AG.Evidence, RDFS.subClassOf, PROV.Entity) in onto
    assert (AG.Evidence, RDFS.subClassOf, RDF.Statement) in onto
    assert (AG.includes, RDFS.subPropertyOf, ORG.hasMember) in onto
    assert (AG.memberOf, RDFS.subPropertyOf, ORG.memberOf) in onto


def test_ontology_validate_passes_on_well_formed_document_graphs():
    assert [v for v in validate(good_dataset()) if v.severity == "Violation"] == []


def test_ontology_validate_reports_bad_evidence_readably():
    data = good_dataset()
    evidence, _, _, name = next(data.quads((None, RDF.type, AG.Evidence, None)))
    graph = data.graph(name)
    graph.set((evidence, AG.confidence, Literal("1.5", datatype=XSD_DECIMAL)))
    graph.remove((evidence, AG.sentence, None))

    found = validate(data)

    messages = {(v.path, v.message) for v in found}
    assert (
        "ag:confidence",
        "evidence must carry a confidence between 0 and 1 (ag:confidence, xsd:decimal)",
    ) in messages
    assert ("ag:sentence", "evidence must quote its sentence (ag:sentence, a string)") in messages
    assert all(v.focus_node.startswith("evidence:") for v in found)
    assert str(found[0]).startswith("Violation: evidence:")


def test_ontology_validate_wants_one_type_and_a_name_per_actor():
    g = Graph()
    actor = ACTOR["two-faced"]
    g.add((actor, RDF.type, AG.State))
    g.add((actor, RDF.type, AG.ArmedGroup))
    found = validate(g)
    assert {v.message.split(" (")[0].split(":")[0] for v in found} == {
        "an actor must have exactly one type",
        "an actor must have a name",
    }


def test_ontology_validate_start_after_end_is_a_violation():
    data = good_dataset()
    for s, _, _, ctx in list(data.quads((None, AG.startOffset, None, None))):
        data.graph(ctx).set((s, AG.startOffset, Literal(999)))
    assert any(
        v.message == "the sentence's start offset is after its end offset" for v in validate(data)
    )


def test_ontology_type_rules_on_arguments_are_warnings():
    data = good_dataset()
    g = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        g.add((s, p, o))
    g.add((ACTOR["hts"], AG.basedIn, ACTOR["russia"]))  # a State is not a Place
    found = [v for v in validate(g) if v.focus_node == "actor:russia"]
    assert [(v.severity, v.message) for v in found] == [
        ("Warning", "the object of based-in or controls should be a Place")
    ]


def test_ontology_document_needs_source_and_hash():
    g = Graph()
    doc = URIRef("https://w3id.org/actorgraph/document/abc")
    g.add((doc, RDF.type, SCHEMA.NewsArticle))
    g.add((doc, SCHEMA.datePublished, Literal("1 Feb 2020")))
    paths = {v.path for v in validate(g)}
    assert paths == {"ag:sourcePath", "ag:contentHash", "schema:datePublished"}


def test_ontology_violation_reads_as_one_line():
    v = Violation("actor:x", "skos:prefLabel", "an actor must have a name")
    assert str(v) == "Violation: actor:x skos:prefLabel: an actor must have a name"


@pytest.mark.parametrize("label", ["Turkish", "Ankara"])
def test_ontology_lexical_labels_are_not_prefLabels(label):
    # adjectival and metonym forms must never count as an actor's name
    g = Graph()
    g.add((ACTOR["turkey"], RDF.type, AG.State))
    g.add((ACTOR["turkey"], AG.adjectival, Literal(label)))
    assert any(v.path == "skos:prefLabel" for v in validate(g))
    g.add((ACTOR["turkey"], SKOS.prefLabel, Literal("Turkey")))
    assert validate(g) == []


def test_ontology_evidence_for_a_missing_relation_is_a_violation():
    data = good_dataset()
    for s, p, o, ctx in list(data.quads((None, AG.backs, None, None))):
        data.graph(ctx).remove((s, p, o))
    found = [v for v in validate(data) if v.path is None]
    assert [v.message for v in found] == [
        "evidence reifies a relation that is not in the graph: actor:russia ag:backs actor:syria"
    ]
