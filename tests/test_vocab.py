"""The closed vocabulary: Python (graph/vocab.py) and the ontology agree term for term."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from graph.errors import UnknownPredicate, UnknownType
from graph.ontology import load_ontology
from graph.vocab import AG, PREDICATES, EntityType, predicate, stored_form

NS = str(AG._NS)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology()


def python_terms() -> set[str]:
    return {name for name in AG.__annotations__ if not name.startswith("_")}


def ontology_terms(onto: Graph) -> set[str]:
    return {
        str(s)[len(NS) :]
        for s in onto.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(NS)
    }


def test_vocab_python_and_ontology_declare_the_same_terms(onto: Graph):
    declared_in_python = python_terms()
    declared_in_ttl = ontology_terms(onto)
    assert declared_in_ttl - declared_in_python == set(), "in the .ttl only"
    assert declared_in_python - declared_in_ttl == set(), "in vocab.py only"


def test_vocab_ontology_uses_no_undeclared_ag_term(onto: Graph):
    used = {
        str(t)[len(NS) :]
        for triple in onto
        for t in triple
        if isinstance(t, URIRef) and str(t).startswith(NS)
    }
    assert used <= python_terms()


def test_vocab_misspelt_term_raises():
    with pytest.raises(AttributeError):
        _ = AG.alliedwith


@pytest.mark.parametrize("pred", PREDICATES, ids=lambda p: p.name)
def test_vocab_each_predicate_is_an_object_property_as_declared(onto: Graph, pred):
    iri = pred.iri
    assert (iri, RDF.type, OWL.ObjectProperty) in onto
    assert ((iri, RDF.type, OWL.SymmetricProperty) in onto) == pred.symmetric
    assert onto.value(iri, RDFS.label) == Literal(pred.label, lang="en")
    assert onto.value(iri, RDFS.comment) is not None
    assert onto.value(iri, RDFS.domain) is not None and onto.value(iri, RDFS.range) is not None
    assert onto.value(iri, AG.relationFamily) == Literal(pred.family)
    if pred.inverse:
        assert (iri, OWL.inverseOf, predicate(pred.inverse).iri) in onto


@pytest.mark.parametrize("entity_type", list(EntityType), ids=lambda t: t.value)
def test_vocab_each_entity_type_is_an_actor_class(onto: Graph, entity_type):
    assert (entity_type.iri, RDF.type, OWL.Class) in onto
    assert (entity_type.iri, RDFS.subClassOf, AG.Actor) in onto


def test_vocab_lexical_properties_refine_skos_hidden_label(onto: Graph):
    for prop in (AG.adjectival, AG.metonym):
        assert (prop, RDFS.subPropertyOf, SKOS.hiddenLabel) in onto


@pytest.mark.parametrize("name", ["allied-with", "alliedWith", "Allied With", str(AG.alliedWith)])
def test_vocab_predicate_accepts_every_spelling(name):
    assert predicate(name).local == "alliedWith"


def test_vocab_unknown_predicate_lists_the_vocabulary():
    with pytest.raises(UnknownPredicate, match="Use one of: allied-with, backs"):
        predicate("befriends")


def test_vocab_unknown_type_lists_the_types():
    with pytest.raises(UnknownType, match="ArmedGroup"):
        EntityType.parse("Galaxy")


def test_vocab_member_of_is_stored_as_includes_swapped():
    subject, pred, obj = stored_form("member-of", "Faylaq al-Sham", "NLF")
    assert (subject, pred.name, obj) == ("NLF", "includes", "Faylaq al-Sham")
