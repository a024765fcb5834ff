"""Relations, documents and actors <-> RDF quads. Pure functions, no I/O.

The RDF model (every query in actorgraph and the README relies on it):

* Each ingested document is one named graph, ``<document/{id}>``, where
  ``id`` is ``records.content_id`` of its text. The graph holds:

  - the document itself: ``a schema:NewsArticle, prov:Entity``,
    ``schema:headline``, ``schema:datePublished`` (xsd:date),
    ``schema:url``, ``ag:sourcePath``, ``ag:contentHash`` (full SHA-256),
    ``prov:generatedAtTime`` (ingest time, xsd:dateTime);
  - every actor it mentions: ``a ag:<Type>``, ``skos:prefLabel`` (the
    canonical label) and ``skos:altLabel`` for each other surface form;
  - every relation as a plain triple ``<actor/s> ag:<predicate> <actor/o>``
    (``member-of`` is stored as ``includes`` with the arguments swapped);
  - one ``ag:Evidence`` node per relation occurrence, an ``rdf:Statement``
    reifying the triple (``rdf:subject/predicate/object``) with
    ``prov:wasDerivedFrom`` the document, ``ag:sentence``,
    ``ag:startOffset``/``ag:endOffset`` (the sentence's character offsets),
    ``ag:rule``, ``ag:method`` (rule | model | analyst), ``ag:confidence``
    (xsd:decimal), ``dcterms:date`` (the article date) and the mentions.

* Forgetting a document drops its graph: statements that other documents
  also assert stay, because they are in those documents' graphs.
* Analyst assertions go to ``<graph/analyst/{hash}>``, one graph each.
* The bundled gazetteer is the graph ``<graph/gazetteer>``.
* The current knowledge is the graph ``<graph/knowledge>``: each distinct
  relation triple, actor type, ``skos:prefLabel`` and ``skos:altLabel``
  that some document or analyst graph states, once (``knowledge_quads``).
  It is written in the same atomic write as the graph that states it and
  trimmed by ``forget``, so it always equals that projection of the other
  graphs; queries that need facts rather than their provenance read it
  instead of joining across thousands of document graphs.
* Queries see the union of all graphs as the default graph.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from graph.records import Actor, Document, Relation, slug
from graph.vocab import (
    ACTOR,
    AG,
    DOCUMENT,
    EVIDENCE,
    GRAPH,
    PREDICATES,
    SCHEMA,
    EntityType,
    stored_form,
)

Quad = tuple[URIRef | BNode, URIRef, URIRef | BNode | Literal, URIRef]

GAZETTEER_GRAPH = GRAPH["gazetteer"]
KNOWLEDGE_GRAPH = GRAPH["knowledge"]

#: Properties copied into the knowledge graph (besides actor types).
KNOWLEDGE_PROPERTIES = frozenset([*(p.iri for p in PREDICATES), SKOS.prefLabel, SKOS.altLabel])
_ENTITY_TYPES = frozenset(t.iri for t in EntityType)


def actor_iri(label: str) -> URIRef:
    """Return the IRI of the actor whose canonical label is ``label``.

    >>> actor_iri("Faylaq al-Sham")
    rdflib.term.URIRef('https://w3id.org/actorgraph/actor/faylaq-al-sham')
    """
    return ACTOR[slug(label)]


def document_iri(doc_id: str) -> URIRef:
    """Return the IRI (and named graph) of the document with id ``doc_id``."""
    return DOCUMENT[doc_id]


def actor_quads(actor: Actor, aliases: Iterable[str], graph: URIRef) -> Iterator[Quad]:
    """Yield the type, canonical label and aliases of ``actor`` into ``graph``."""
    node = actor_iri(actor.label)
    yield node, RDF.type, EntityType.parse(actor.type).iri, graph
    yield node, SKOS.prefLabel, Literal(actor.label), graph
    for alias in sorted(set(aliases) | set(actor.aliases)):
        if alias and alias != actor.label:
            yield node, SKOS.altLabel, Literal(alias), graph


def document_quads(doc: Document, ingested_at: datetime | None = None) -> Iterator[Quad]:
    """Yield the metadata of ``doc`` into its own named graph."""
    node = graph = document_iri(doc.id)
    yield node, RDF.type, SCHEMA.NewsArticle, graph
    yield node, RDF.type, PROV.Entity, graph
    yield node, AG.sourcePath, Literal(doc.source), graph
    yield node, AG.contentHash, Literal(hashlib.sha256(doc.text.encode()).hexdigest()), graph
    when = ingested_at or datetime.now(timezone.utc)
    yield node, PROV.generatedAtTime, Literal(when.isoformat(), datatype=XSD.dateTime), graph
    if doc.title:
        yield node, SCHEMA.headline, Literal(doc.title), graph
    if doc.date:
        yield node, SCHEMA.datePublished, Literal(doc.date, datatype=XSD.date), graph
    url = safe_iri(doc.url) if doc.url else None
    if url is not None:
        yield node, SCHEMA.url, url, graph


_IRI_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def safe_iri(url: str) -> URIRef | None:
    """Return ``url`` as an IRI any store accepts, or None when it has no scheme.

    Characters an IRI may not hold (spaces, quotes, angle brackets, controls)
    are percent-encoded, so a hostile or sloppy ``url`` in a corpus is kept
    as data and never breaks a write or a query.

    >>> safe_iri('http://example.org/a b"<x>'), safe_iri("www.example.org")
    (rdflib.term.URIRef('http://example.org/a%20b%22%3Cx%3E'), None)
    """
    url = url.strip()
    if not _IRI_SCHEME.match(url):
        return None
    return URIRef(
        re.sub(
            r'[\x00-\x20<>"{}|^`\\\x7f]', lambda m: "".join(f"%{b:02X}" for b in m[0].encode()), url
        )
    )


def evidence_iri(graph: URIRef, relation: Relation) -> URIRef:
    """Return a stable IRI for one occurrence of ``relation`` in ``graph``."""
    ev = relation.evidence
    key = "|".join(
        [
            str(graph),
            relation.subject.label,
            relation.predicate,
            relation.object.label,
            str(ev.start),
            str(ev.end),
            ev.rule,
        ]
    )
    return EVIDENCE[hashlib.sha256(key.encode()).hexdigest()[:24]]


def relation_quads(relation: Relation, graph: URIRef) -> Iterator[Quad]:
    """Yield the triple of ``relation`` and its evidence node into ``graph``.

    ``member-of`` becomes ``includes`` with subject and object swapped.
    """
    subj_label, pred, obj_label = stored_form(
        relation.predicate, relation.subject.label, relation.object.label
    )
    swapped = subj_label != relation.subject.label
    subj = actor_iri(subj_label)
    obj = actor_iri(obj_label)
    yield subj, pred.iri, obj, graph

    ev = relation.evidence
    node = evidence_iri(graph, relation)
    yield node, RDF.type, AG.Evidence, graph
    yield node, RDF.type, RDF.Statement, graph
    yield node, RDF.subject, subj, graph
    yield node, RDF.predicate, pred.iri, graph
    yield node, RDF.object, obj, graph
    yield node, PROV.wasDerivedFrom, graph, graph
    yield node, AG.sentence, Literal(ev.sentence), graph
    yield node, AG.startOffset, Literal(ev.start), graph
    yield node, AG.endOffset, Literal(ev.end), graph
    yield node, AG.rule, Literal(ev.rule), graph
    yield node, AG.method, Literal(ev.method), graph
    # A Decimal, not a float: rdflib keeps the Python value, and SHACL's
    # xsd:decimal check rejects a float even when the lexical form is right.
    confidence = Decimal(str(round(ev.confidence, 3)))
    yield node, AG.confidence, Literal(confidence, datatype=XSD.decimal), graph
    subj_mention, obj_mention = ev.subject_mention, ev.object_mention
    if swapped:
        subj_mention, obj_mention = obj_mention, subj_mention
    if subj_mention:
        yield node, AG.subjectMention, Literal(subj_mention), graph
    if obj_mention:
        yield node, AG.objectMention, Literal(obj_mention), graph
    if ev.date:
        yield node, DCTERMS.date, Literal(ev.date, datatype=XSD.date), graph
    if ev.note:
        yield node, AG.note, Literal(ev.note), graph
    if ev.method == "analyst":
        yield node, RDFS.comment, Literal("asserted by an analyst"), graph


# Lower-case words that may stand inside a name ("Faylaq al-Sham", "Ansar al-Din",
# "Coordination of Azawad Movements", "Forces démocratiques de libération").
_NAME_CONNECTORS = frozenset(
    {
        "al",
        "el",
        "ad",
        "as",
        "ash",
        "at",
        "bin",
        "ibn",
        "bint",
        "abu",
        "abd",
        "ul",
        "wa",
        "wal",
        "lil",
        "of",
        "the",
        "and",
        "for",
        "de",
        "des",
        "du",
        "di",
        "da",
        "del",
        "la",
        "le",
        "van",
        "von",
    }
)


def is_name_like(mention: str) -> bool:
    """True when a mention reads as a name, so it may be kept as an alias.

    Mentions are the text as it stands in the sentence: "Damascus regime ally
    Russia", "Russian warplanes" and "its positions" name an actor there, but
    only names ("NLF", "the Observatory", "Faylaq al-Sham") are aliases.

    >>> [is_name_like(m) for m in ("Faylaq al-Sham", "its positions", "Russian warplanes")]
    [True, False, False]
    """
    words = mention.split()
    if not words or len(words) > 8:
        return False
    if words[0].lower() == "the":
        words = words[1:]
    return bool(words) and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower().split("-")[0] in _NAME_CONNECTORS
        for w in words
    )


def document_graph_quads(
    doc: Document, relations: Iterable[Relation], ingested_at: datetime | None = None
) -> list[Quad]:
    """Return every quad of one document's named graph: metadata, actors, relations.

    Actors are those the relations mention; each actor's aliases are the
    name-like surface forms it had in this document (``is_name_like``).
    """
    graph = document_iri(doc.id)
    quads = list(document_quads(doc, ingested_at))
    aliases: dict[Actor, set[str]] = {}
    rels = list(relations)
    for rel in rels:
        for actor, mention in (
            (rel.subject, rel.evidence.subject_mention),
            (rel.object, rel.evidence.object_mention),
        ):
            forms = aliases.setdefault(actor, set())
            if is_name_like(mention):
                forms.add(mention)
    for actor, forms in aliases.items():
        quads.extend(actor_quads(actor, forms, graph))
    for rel in rels:
        quads.extend(relation_quads(rel, graph))
    return list(dict.fromkeys(quads))  # drop duplicates, keep order


def knowledge_quads(quads: Iterable[Quad]) -> list[Quad]:
    """Return the quads of ``quads`` that the knowledge graph holds, moved into it.

    Those are relation triples, actor types and actor labels; evidence,
    document metadata and mentions stay only in their own graph.

    >>> from rdflib import Literal
    >>> q = (actor_iri("NLF"), SKOS.prefLabel, Literal("NLF"), document_iri("d1"))
    >>> knowledge_quads([q])[0][3] == KNOWLEDGE_GRAPH
    True
    """
    out = []
    for s, p, o, _ in quads:
        if p in KNOWLEDGE_PROPERTIES or (p == RDF.type and o in _ENTITY_TYPES):
            out.append((s, p, o, KNOWLEDGE_GRAPH))
    return list(dict.fromkeys(out))
