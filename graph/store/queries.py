"""The SPARQL the knowledge graph runs on itself, in one place.

Every query names its graphs explicitly (``GRAPH ?g { }``), so it gives the
same answer on the embedded store and on any SPARQL 1.1 server, whatever
that server makes of the default graph. Values arrive as bindings
(``?name``, ``?actor``...), never as text; see ``graph.store.sparql``.
"""

from __future__ import annotations

from rdflib import RDF, URIRef

from graph.store.mapping import GAZETTEER_GRAPH, KNOWLEDGE_GRAPH, KNOWLEDGE_PROPERTIES
from graph.store.sparql import PREFIXES, term_n3
from graph.vocab import PREDICATES, EntityType

NOT_GAZETTEER = f"FILTER(?g != <{GAZETTEER_GRAPH}>)"
PREDICATE_VALUES = "VALUES ?p { " + " ".join(f"ag:{p.local}" for p in PREDICATES) + " }"
TYPE_VALUES = "VALUES ?type { " + " ".join(f"ag:{t.value}" for t in EntityType) + " }"
LABEL_PROPERTIES = "skos:prefLabel skos:altLabel skos:hiddenLabel ag:adjectival ag:metonym"

HAS_GRAPH = PREFIXES + "ASK WHERE { GRAPH ?graph { ?s ?p ?o } }"

HAS_DOCUMENT = PREFIXES + "ASK WHERE { GRAPH ?doc { ?doc a schema:NewsArticle } }"

DOCUMENTS_FROM = (
    PREFIXES
    + """
SELECT DISTINCT ?doc WHERE {
  { GRAPH ?doc { ?doc a schema:NewsArticle ; ag:sourcePath ?ref } }
  UNION
  { GRAPH ?doc { ?doc a schema:NewsArticle ; schema:url ?url } FILTER(STR(?url) = STR(?ref)) }
}"""
)

TRIPLE_COUNT = PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"

EVIDENCE_COUNT = PREFIXES + (
    "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a ag:Evidence } }"
)

# Actor and relation sets outside the gazetteer: what documents and analysts said.
ACTORS = (
    PREFIXES
    + f"""
SELECT DISTINCT ?a ?type ?label WHERE {{
  GRAPH ?g {{ ?a a ?type ; skos:prefLabel ?label }}
  {TYPE_VALUES}
  {NOT_GAZETTEER}
}}"""
)

ALIASES = (
    PREFIXES
    + f"""
SELECT DISTINCT ?a ?alias WHERE {{
  GRAPH ?g {{ ?a skos:altLabel ?alias }}
  {NOT_GAZETTEER}
}}"""
)

RELATIONS = (
    PREFIXES
    + f"""
SELECT DISTINCT ?s ?p ?o WHERE {{
  GRAPH ?g {{ ?s ?p ?o }}
  {PREDICATE_VALUES}
  {NOT_GAZETTEER}
}}"""
)


def novelty(doc: str, actors: str, relations: str) -> str:
    """Whether a document is stored, and which of its actors and triples already are.

    One query for ``add_document`` (one round trip to a remote endpoint
    instead of three). ``doc``, ``actors`` and ``relations`` are VALUES
    blocks (``?doc``, ``?a``, ``(?s ?p ?o)``), the last two possibly empty.
    Each row says its ``?kind``: ``document``, ``actor`` or ``relation``.
    """
    parts = [f'{{ {doc} GRAPH ?doc {{ ?doc a schema:NewsArticle }} BIND("document" AS ?kind) }}']
    if actors:
        parts.append(f"""{{ SELECT DISTINCT ?a ("actor" AS ?kind) WHERE {{
    {actors}
    GRAPH ?g {{ ?a skos:prefLabel ?label }}
    {NOT_GAZETTEER}
  }} }}""")
    if relations:
        parts.append(f"""{{ SELECT DISTINCT ?s ?p ?o ("relation" AS ?kind) WHERE {{
    {relations}
    GRAPH ?g {{ ?s ?p ?o }}
    {NOT_GAZETTEER}
  }} }}""")
    return PREFIXES + "SELECT ?kind ?a ?s ?p ?o WHERE {\n  " + "\n  UNION\n  ".join(parts) + "\n}"


def labels_of(values: str) -> str:
    """The canonical labels of the actors in ``values`` (a VALUES ?a block)."""
    return (
        PREFIXES
        + f"""
SELECT DISTINCT ?a ?label WHERE {{
  {values}
  GRAPH ?g {{ ?a skos:prefLabel ?label }}
}}"""
    )


FIND_ACTOR = (
    PREFIXES
    + f"""
SELECT DISTINCT ?a ?lp WHERE {{
  GRAPH ?g {{ ?a ?lp ?l }}
  VALUES ?lp {{ {LABEL_PROPERTIES} }}
  FILTER(LCASE(STR(?l)) = LCASE(STR(?name)))
}}"""
)

ACTOR_DETAILS = (
    PREFIXES
    + """
SELECT DISTINCT ?p ?v ?g WHERE {
  GRAPH ?g { ?actor ?p ?v }
  VALUES ?p { rdf:type skos:prefLabel skos:altLabel }
}"""
)

ALL_NAMES = (
    PREFIXES
    + """
SELECT DISTINCT ?l ?label WHERE {
  GRAPH ?g { ?a skos:prefLabel|skos:altLabel ?l }
  GRAPH ?h { ?a skos:prefLabel ?label }
}"""
)

# The UNION starts from the bound ?actor, so the store walks its index
# instead of filtering every piece of evidence (10x faster on 2,000).
RELATIONS_OF = (
    PREFIXES
    + """
SELECT ?g ?s ?p ?o ?sentence ?rule ?confidence ?date ?pub ?source ?note WHERE {
  GRAPH ?g {
    { ?e rdf:subject ?actor } UNION { ?e rdf:object ?actor }
    ?e a ag:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
       ag:sentence ?sentence ; ag:rule ?rule ; ag:confidence ?confidence .
    OPTIONAL { ?e dcterms:date ?date }
    OPTIONAL { ?e ag:note ?note }
    OPTIONAL { ?g ag:sourcePath ?source }
    OPTIONAL { ?g schema:datePublished ?pub }
  }
}"""
)

DOCUMENTS = (
    PREFIXES
    + """
SELECT ?doc ?source ?title ?date ?ingested (COUNT(DISTINCT ?rel) AS ?relations) WHERE {
  GRAPH ?doc {
    ?doc a schema:NewsArticle ; ag:sourcePath ?source .
    OPTIONAL { ?doc schema:headline ?title }
    OPTIONAL { ?doc schema:datePublished ?date }
    OPTIONAL { ?doc prov:generatedAtTime ?ingested }
    OPTIONAL {
      ?e a ag:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
      BIND(CONCAT(STR(?s), " ", STR(?p), " ", STR(?o)) AS ?rel)
    }
  }
}
GROUP BY ?doc ?source ?title ?date ?ingested
ORDER BY ?ingested ?doc"""
)

ANALYST_GRAPHS = (
    PREFIXES
    + """
SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {
  GRAPH ?g { ?e ag:method "analyst" }
}"""
)


# The knowledge graph (see graph.store.mapping): the distinct relation
# triples, actor types and labels of every graph but itself and the gazetteer.
_KNOWLEDGE = f"<{KNOWLEDGE_GRAPH}>"
# Full IRIs, no prefixes: REFRESH_KNOWLEDGE follows a user's update in one
# request, where the user's own PREFIX declarations still hold.
_STATED = f"""{{
    {{ VALUES ?p {{ {" ".join(term_n3(p) for p in sorted(KNOWLEDGE_PROPERTIES))} }}
      GRAPH ?g {{ ?s ?p ?o }} }}
    UNION
    {{ VALUES ?o {{ {" ".join(term_n3(t.iri) for t in EntityType)} }}
      GRAPH ?g {{ ?s {term_n3(RDF.type)} ?o }} BIND({term_n3(RDF.type)} AS ?p) }}
    FILTER(?g != {_KNOWLEDGE} && ?g != <{GAZETTEER_GRAPH}>)
  }}"""

#: True when some graph holds evidence but the knowledge graph is empty: a
#: store written before the knowledge graph existed. (Asked as two ASKs
#: by ``knowledge_missing``: Oxigraph evaluates this one form by testing the
#: NOT EXISTS for every piece of evidence, 130 ms at a million triples on
#: every open.)
HAS_KNOWLEDGE = PREFIXES + f"ASK WHERE {{ GRAPH {_KNOWLEDGE} {{ ?s ?p ?o }} }}"
HAS_EVIDENCE = PREFIXES + "ASK WHERE { GRAPH ?g { ?e a ag:Evidence } }"


#: Fill the knowledge graph from every other graph (idempotent).
REBUILD_KNOWLEDGE = (
    PREFIXES
    + f"""
INSERT {{ GRAPH {_KNOWLEDGE} {{ ?s ?p ?o }} }} WHERE {_STATED}"""
)

#: Bring the knowledge graph up to date with every other graph, whatever
#: changed them: drop what no graph states any more, add what is stated but
#: missing (1.5 s at a million triples; dropping and refilling it: 4.6 s).
#: It follows a user's SPARQL update in the same request, so it declares no
#: PREFIX (the user's own declarations still hold there).
REFRESH_KNOWLEDGE = f"""DELETE {{ GRAPH {_KNOWLEDGE} {{ ?s ?p ?o }} }} WHERE {{
  GRAPH {_KNOWLEDGE} {{ ?s ?p ?o }}
  FILTER NOT EXISTS {_STATED}
}} ;
INSERT {{ GRAPH {_KNOWLEDGE} {{ ?s ?p ?o }} }} WHERE {{
  {_STATED}
  FILTER NOT EXISTS {{ GRAPH {_KNOWLEDGE} {{ ?s ?p ?o }} }}
}}"""


def forget_graph(graph: URIRef) -> str:
    """Return the update that drops ``graph`` and what only it told the knowledge graph.

    One request (one transaction on Oxigraph): the knowledge graph keeps a
    triple while any other document or analyst graph still states it.
    """
    g = term_n3(graph)
    return (
        PREFIXES
        + f"""
DELETE {{ GRAPH {_KNOWLEDGE} {{ ?s ?p ?o }} }} WHERE {{
  GRAPH {g} {{ ?s ?p ?o }}
  GRAPH {_KNOWLEDGE} {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{
    GRAPH ?other {{ ?s ?p ?o }}
    FILTER(?other != {g} && ?other != {_KNOWLEDGE} && ?other != <{GAZETTEER_GRAPH}>)
  }}
}} ;
DROP SILENT GRAPH {g}"""
    )
