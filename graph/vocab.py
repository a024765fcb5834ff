"""The closed vocabulary of actorgraph: namespaces, entity types and predicates.

Every term is declared once here. ``tests/test_vocab.py`` checks that these
declarations and ``ontology/actorgraph.ttl`` name exactly the same terms, so
a term added in one place and not the other fails the suite.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace
from rdflib.term import URIRef

from graph.errors import UnknownPredicate, UnknownType

BASE = "https://w3id.org/actorgraph/"

#: Data namespaces: one IRI per actor, document and piece of evidence.
ACTOR = Namespace(BASE + "actor/")
DOCUMENT = Namespace(BASE + "document/")
EVIDENCE = Namespace(BASE + "evidence/")
#: Named graphs that are not documents: the bundled gazetteer, analyst input.
GRAPH = Namespace(BASE + "graph/")

SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")


class AG(DefinedNamespace):
    """The actorgraph ontology namespace; closed, so a misspelt term raises."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes: entity types
    Actor: URIRef
    State: URIRef
    ArmedGroup: URIRef
    Coalition: URIRef
    InternationalOrganization: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef
    # classes: provenance
    Evidence: URIRef

    # object properties: the relation vocabulary
    alliedWith: URIRef
    backs: URIRef
    includes: URIRef
    memberOf: URIRef
    affiliatedWith: URIRef
    leads: URIRef
    represents: URIRef
    opposes: URIRef
    attacks: URIRef
    negotiatesWith: URIRef
    accuses: URIRef
    basedIn: URIRef
    controls: URIRef

    # datatype and annotation properties on Evidence and documents
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    rule: URIRef
    confidence: URIRef
    subjectMention: URIRef
    objectMention: URIRef
    method: URIRef
    note: URIRef
    sourcePath: URIRef
    contentHash: URIRef
    relationFamily: URIRef
    # lexical properties of the gazetteer, sub-properties of skos:hiddenLabel
    adjectival: URIRef  # adjective or demonym: "Turkish", "Russians"
    metonym: URIRef  # capital or seat of government: "Ankara", "the Kremlin"


class EntityType(str, Enum):
    """The seven entity types of relations.md; the value is the JSON name."""

    STATE = "State"
    ARMED_GROUP = "ArmedGroup"
    COALITION = "Coalition"
    INTERNATIONAL_ORGANIZATION = "InternationalOrganization"
    ORGANIZATION = "Organization"
    PERSON = "Person"
    PLACE = "Place"

    @property
    def iri(self) -> URIRef:
        return AG[self.value]

    @classmethod
    def parse(cls, name: str) -> EntityType:
        """Return the type named ``name`` (JSON name, any case).

        >>> EntityType.parse("armedgroup")
        <EntityType.ARMED_GROUP: 'ArmedGroup'>
        """
        for member in cls:
            if member.value.lower() == name.strip().lower():
                return member
        known = ", ".join(m.value for m in cls)
        raise UnknownType(f"unknown actor type {name!r}. Use one of: {known}")


# Relation families drive edge colours and the signed graph of `analyze`.
COOPERATIVE = "cooperative"
HOSTILE = "hostile"
MEMBERSHIP = "membership"
DIPLOMATIC = "diplomatic"
SPATIAL = "spatial"


@dataclass(frozen=True)
class Predicate:
    """One predicate of the relation vocabulary.

    ``name`` is the JSON name (``allied-with``), ``local`` the ontology's
    camelCase local name (``alliedWith``).
    """

    name: str
    local: str
    symmetric: bool
    kind: str  # "stance" or "event"
    family: str
    label: str
    comment: str
    inverse: str | None = None

    @property
    def iri(self) -> URIRef:
        return AG[self.local]

    @property
    def directed(self) -> bool:
        return not self.symmetric


PREDICATES: tuple[Predicate, ...] = (
    Predicate(
        "allied-with",
        "alliedWith",
        True,
        "stance",
        COOPERATIVE,
        "allied with",
        "A durable alliance or partnership between two actors.",
    ),
    Predicate(
        "backs",
        "backs",
        False,
        "stance",
        COOPERATIVE,
        "backs",
        "The subject (patron) gives material, military or political support "
        "to the object (client).",
    ),
    Predicate(
        "includes",
        "includes",
        False,
        "stance",
        MEMBERSHIP,
        "includes",
        "The subject (a group, coalition or umbrella body) has the object as a member.",
        inverse="member-of",
    ),
    Predicate(
        "member-of",
        "memberOf",
        False,
        "stance",
        MEMBERSHIP,
        "member of",
        "The subject is a member of the object; stored as includes with the arguments swapped.",
        inverse="includes",
    ),
    Predicate(
        "affiliated-with",
        "affiliatedWith",
        True,
        "stance",
        COOPERATIVE,
        "affiliated with",
        "Affiliation, franchise, offshoot or former affiliation.",
    ),
    Predicate(
        "leads",
        "leads",
        False,
        "stance",
        MEMBERSHIP,
        "leads",
        "The subject (a person) heads, commands or chairs the object.",
    ),
    Predicate(
        "represents",
        "represents",
        False,
        "stance",
        MEMBERSHIP,
        "represents",
        "The subject (a person) speaks or acts for the object.",
    ),
    Predicate(
        "opposes",
        "opposes",
        True,
        "stance",
        HOSTILE,
        "opposes",
        "Durable hostility, war or siege between two actors.",
    ),
    Predicate(
        "attacks",
        "attacks",
        False,
        "event",
        HOSTILE,
        "attacks",
        "The subject commits a violent act against the object.",
    ),
    Predicate(
        "negotiates-with",
        "negotiatesWith",
        True,
        "event",
        DIPLOMATIC,
        "negotiates with",
        "Meetings, talks, deals or truces between two actors.",
    ),
    Predicate(
        "accuses",
        "accuses",
        False,
        "event",
        HOSTILE,
        "accuses",
        "The subject accuses, condemns or denounces the object.",
    ),
    Predicate(
        "based-in",
        "basedIn",
        False,
        "stance",
        SPATIAL,
        "based in",
        "The subject is based or headquartered in the object (a place).",
    ),
    Predicate(
        "controls",
        "controls",
        False,
        "stance",
        SPATIAL,
        "controls",
        "The subject holds territorial control of the object (a place).",
    ),
)

_BY_NAME = {p.name: p for p in PREDICATES}
_BY_LOCAL = {p.local: p for p in PREDICATES}
_BY_IRI = {p.iri: p for p in PREDICATES}


def predicate(name: str) -> Predicate:
    """Return the predicate called ``name``: JSON name, camelCase name or IRI.

    >>> predicate("allied-with").local
    'alliedWith'

    Raises:
        UnknownPredicate: naming the vocabulary, when ``name`` is none of it.
    """
    key = name.strip()
    found = _BY_NAME.get(key) or _BY_LOCAL.get(key) or _BY_IRI.get(URIRef(key))
    if found is None:
        found = _BY_NAME.get(key.lower().replace("_", "-").replace(" ", "-"))
    if found is None:
        known = ", ".join(p.name for p in PREDICATES)
        raise UnknownPredicate(f"unknown predicate {name!r}. Use one of: {known}")
    return found


def stored_form(name: str, subject: str, obj: str) -> tuple[str, Predicate, str]:
    """Normalise a triple to the form the store keeps.

    ``member-of`` is stored as ``includes`` with its arguments swapped, so
    each fact has a single form in the graph.

    >>> stored_form("member-of", "Faylaq al-Sham", "NLF")[::2]
    ('NLF', 'Faylaq al-Sham')
    """
    pred = predicate(name)
    if pred.name == "member-of":
        return obj, _BY_NAME["includes"], subject
    return subject, pred, obj
