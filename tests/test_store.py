"""Writing to the knowledge graph and querying it, on the embedded store and a real server.

Every test takes the ``kg`` fixture, so it runs twice: against an Oxigraph
store on disk and against an Oxigraph SPARQL server on loopback.
"""

from __future__ import annotations

import pytest
from conftest import make_document, make_relation
from rdflib import Literal, URIRef

from graph.errors import QueryError, UnknownDocument, UnknownType
from graph.store.mapping import document_iri

ARTICLE = "Turkish-backed Faylaq al-Sham joined the National Liberation Front."
OTHER = "Russia, an ally of Damascus, backs the Syrian army in Idlib."


def article_relations(source: str = "idlib.txt") -> list:
    return [
        make_relation(
            "Turkey",
            "backs",
            "Faylaq al-Sham",
            subject_type="State",
            source=source,
            rule="x-backed-y",
            date="2020-02-01",
            sentence=ARTICLE,
            confidence=0.85,
        ),
        make_relation(
            "Faylaq al-Sham",
            "member-of",
            "National Liberation Front",
            object_type="Coalition",
            source=source,
            rule="joined",
            sentence=ARTICLE,
        ),
    ]


def add_article(kg, source: str = "idlib.txt", text: str = ARTICLE):
    doc = make_document(text, source, title="Idlib offensive", date="2020-02-01")
    return kg.add_document(doc, article_relations(source))


def test_store_ingesting_the_same_text_twice_changes_nothing(kg):
    first = add_article(kg)
    count = kg.triple_count()
    again = add_article(kg, source="copy-of-idlib.txt")
    assert (first.added, first.new_actors, first.new_relations) == (True, 3, 2)
    assert (again.added, again.new_actors, again.new_relations) == (False, 0, 0)
    assert again.document_id == first.document_id
    assert kg.triple_count() == count
    assert kg.has_document(first.document_id)


def test_store_forget_restores_the_count_from_before(kg):
    before = kg.triple_count()
    result = add_article(kg)
    assert kg.triple_count() > before
    assert kg.forget(result.document_id) == result.document_id
    assert kg.triple_count() == before
    assert not kg.has_document(result.document_id)


def test_store_forget_by_source_path(kg):
    before = kg.triple_count()
    result = add_article(kg, source="news/idlib.txt")
    assert kg.forget("news/idlib.txt") == result.document_id
    assert kg.triple_count() == before


def test_store_forget_keeps_relations_other_documents_support(kg):
    first = add_article(kg, source="a.txt")
    second_doc = make_document(ARTICLE + " Again.", "b.txt")
    second = kg.add_document(second_doc, article_relations("b.txt"))
    assert second.new_relations == 0 and second.new_actors == 0

    kg.forget("a.txt")

    ask = "ASK { actor:turkey ag:backs actor:faylaq-al-sham }"
    assert kg.query(ask).boolean is True
    evidence = kg.relations_of("Turkey")
    assert {row.document_id for row in evidence} == {second.document_id}
    assert first.document_id not in {d.id for d in kg.documents()}


KNOWLEDGE_BACKS = (
    "SELECT ?s ?o WHERE { GRAPH <https://w3id.org/actorgraph/graph/knowledge> { ?s ag:backs ?o } }"
)


def test_store_knowledge_graph_holds_each_fact_once_until_no_graph_states_it(kg):
    first = add_article(kg)
    second = add_article(kg, source="other.txt", text=ARTICLE + " Again.")
    kg.assert_relation("Turkey", "backs", "Faylaq al-Sham", source="field notes")
    assert len(kg.select(KNOWLEDGE_BACKS)) == 1
    kg.forget(first.document_id)
    kg.forget(second.document_id)
    assert len(kg.select(KNOWLEDGE_BACKS)) == 1  # the analyst still says so
    kg.forget(_analyst_id(kg))
    assert kg.select(KNOWLEDGE_BACKS) == []


def _analyst_id(kg) -> str:
    rows = kg.select('SELECT ?g WHERE { GRAPH ?g { ?e ag:method "analyst" } }')
    return str(rows[0]["g"]).rsplit("graph/", 1)[1]


def test_store_knowledge_graph_is_rebuilt_for_a_store_made_without_it(store_path):
    from graph.store.knowledge_graph import KnowledgeGraph

    with KnowledgeGraph.open(store_path) as kg:
        add_article(kg)
        made = kg.select(
            "SELECT ?s ?p ?o WHERE { GRAPH <https://w3id.org/actorgraph/graph/"
            "knowledge> { ?s ?p ?o } }"
        )
        # as an older actorgraph left it (a user's update would refill it at once)
        kg.backend.update("DROP GRAPH <https://w3id.org/actorgraph/graph/knowledge>")
        assert kg.select(KNOWLEDGE_BACKS) == []
    with KnowledgeGraph.open(store_path, read_only=True) as kg:  # as `actorgraph query` does
        rebuilt = kg.select(
            "SELECT ?s ?p ?o WHERE { GRAPH <https://w3id.org/actorgraph/graph/"
            "knowledge> { ?s ?p ?o } }"
        )
    assert sorted(map(str, rebuilt)) == sorted(map(str, made)) and len(made) > 4


def test_store_forget_unknown_document_says_how_to_list(kg):
    with pytest.raises(UnknownDocument, match="actorgraph documents"):
        kg.forget("never-ingested.txt")


def test_store_document_metadata_is_queryable_by_sparql(kg):
    result = add_article(kg)
    rows = kg.query("""
        SELECT ?title ?date ?source ?ingested WHERE {
          ?doc a schema:NewsArticle ; schema:headline ?title ;
               schema:datePublished ?date ; ag:sourcePath ?source ;
               prov:generatedAtTime ?ingested .
        }""").rows
    assert len(rows) == 1
    row = rows[0]
    assert (str(row["title"]), str(row["date"]), str(row["source"])) == (
        "Idlib offensive",
        "2020-02-01",
        "idlib.txt",
    )
    assert row["date"].datatype == URIRef("http://www.w3.org/2001/XMLSchema#date")
    assert str(row["ingested"])[:2] == "20"
    assert kg.documents()[0].id == result.document_id


def test_store_evidence_is_queryable_by_sparql(kg):
    result = add_article(kg)
    rows = kg.query("""
        SELECT ?sentence ?start ?end ?rule ?confidence ?doc ?date WHERE {
          ?e a ag:Evidence ; rdf:subject actor:turkey ; rdf:predicate ag:backs ;
             rdf:object actor:faylaq-al-sham ; ag:sentence ?sentence ;
             ag:startOffset ?start ; ag:endOffset ?end ; ag:rule ?rule ;
             ag:confidence ?confidence ; prov:wasDerivedFrom ?doc ; dcterms:date ?date .
        }""").rows
    assert len(rows) == 1
    got = {k: v.toPython() if isinstance(v, Literal) else v for k, v in rows[0].items()}
    assert got["sentence"] == ARTICLE
    assert (got["start"], got["end"]) == (0, len(ARTICLE))
    assert got["rule"] == "x-backed-y"
    assert float(got["confidence"]) == 0.85
    assert got["doc"] == document_iri(result.document_id)
    assert str(got["date"]) == "2020-02-01"


def test_store_member_of_is_stored_as_includes(kg):
    add_article(kg)
    answer = kg.query("ASK { actor:national-liberation-front ag:includes actor:faylaq-al-sham }")
    assert answer.boolean is True
    assert kg.query("ASK { ?s ag:memberOf ?o }").boolean is False


def test_store_update_is_refused_without_allow_update(kg):
    add_article(kg)
    before = kg.triple_count()
    with pytest.raises(QueryError, match="is an update; add --update to run it"):
        kg.query("DELETE WHERE { ?s ?p ?o }")
    assert kg.triple_count() == before


def test_store_update_runs_when_allowed(kg):
    result = kg.query(
        "INSERT DATA { GRAPH <urn:x:g> { actor:x skos:prefLabel 'X' } }", allow_update=True
    )
    assert result.kind == "update"
    assert kg.query("ASK { actor:x skos:prefLabel 'X' }").boolean is True


WHO_BACKS_WHOM = """SELECT ?patron ?client WHERE {
  GRAPH <https://w3id.org/actorgraph/graph/knowledge> {
    ?p ag:backs ?c . ?p skos:prefLabel ?patron . ?c skos:prefLabel ?client .
  }
} ORDER BY ?patron ?client"""
# Delete the relation Turkey backs Faylaq al-Sham, and its evidence, from every document.
UNSAY_BACKS = """DELETE { GRAPH ?g { actor:turkey ag:backs actor:faylaq-al-sham .
                                 ?e ?ep ?eo } }
WHERE { GRAPH ?g { actor:turkey ag:backs actor:faylaq-al-sham .
                   ?e rdf:subject actor:turkey ; rdf:predicate ag:backs ; ?ep ?eo } }"""
SAY_BACKS = """INSERT { GRAPH ?g { actor:russia ag:backs actor:faylaq-al-sham .
                                 actor:russia a ag:State ; skos:prefLabel "Russia" } }
WHERE { GRAPH ?g { ?g a schema:NewsArticle } }"""


@pytest.mark.parametrize(
    ("update", "expected"),
    [
        (UNSAY_BACKS, []),
        (UNSAY_BACKS + " ;", []),  # a trailing ';' of the user's own
        # the user's prefix ag: means something else: the refresh is unaffected
        (
            "PREFIX ag: <http://example.org/other#>\n"
            + UNSAY_BACKS.replace("ag:backs", "<https://w3id.org/actorgraph/ontology#backs>"),
            [],
        ),
        (SAY_BACKS, [("Russia", "Faylaq al-Sham"), ("Turkey", "Faylaq al-Sham")]),
        (
            "DROP GRAPH <https://w3id.org/actorgraph/graph/knowledge>",
            [("Turkey", "Faylaq al-Sham")],
        ),
        (
            "INSERT DATA { GRAPH <https://w3id.org/actorgraph/graph/knowledge> { "
            "actor:iran ag:backs actor:turkey } }",
            [("Turkey", "Faylaq al-Sham")],
        ),
    ],
    ids=[
        "delete",
        "trailing-semicolon",
        "own-prefix",
        "insert",
        "drop-knowledge",
        "write-knowledge",
    ],
)
def test_store_user_update_keeps_the_knowledge_graph_in_step(kg, update, expected):
    add_article(kg)
    kg.query(update, allow_update=True)
    rows = kg.query(WHO_BACKS_WHOM).rows
    assert [(str(r["patron"]), str(r["client"])) for r in rows] == expected
    turkey = next(a for a in kg.actors() if a.label == "Turkey")
    assert turkey.relations == len([r for r in expected if "Turkey" in r])
    stated = kg.select(
        "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
        "FILTER(?g != <https://w3id.org/actorgraph/graph/knowledge> && "
        "?g != <https://w3id.org/actorgraph/graph/gazetteer>) "
        "FILTER(?p IN (ag:backs, ag:includes, skos:prefLabel, skos:altLabel) "
        "|| (?p = rdf:type && ?o IN (ag:State, ag:ArmedGroup, ag:Coalition))) }"
    )
    known = kg.select(
        "SELECT ?s ?p ?o WHERE { GRAPH <https://w3id.org/actorgraph/graph/knowledge> { ?s ?p ?o } }"
    )
    assert sorted(map(str, known)) == sorted(map(str, stated))


@pytest.mark.parametrize(
    ("sparql", "where"),
    [
        ("SELECT ?x WHERE { ?x ?p }", "line 1, column"),
        ("SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o = ) }", "line 3, column"),
    ],
)
def test_store_malformed_sparql_names_the_position(kg, sparql, where):
    with pytest.raises(QueryError, match=f"malformed SPARQL at {where}"):
        kg.query(sparql)


def test_store_service_clause_is_refused(kg):
    with pytest.raises(QueryError, match="SERVICE"):
        kg.query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")


def test_store_query_kinds(kg):
    add_article(kg)
    select = kg.query("SELECT DISTINCT ?s ?o WHERE { ?s ag:backs ?o }")
    assert select.kind == "select" and select.vars == ["s", "o"]
    assert select.rows == [
        {
            "s": URIRef("https://w3id.org/actorgraph/actor/turkey"),
            "o": URIRef("https://w3id.org/actorgraph/actor/faylaq-al-sham"),
        }
    ]
    graph = kg.query("CONSTRUCT WHERE { ?s ag:backs ?o }")
    assert graph.kind == "graph" and len(graph.triples) == 1
    assert "actor:turkey ag:backs actor:faylaq-al-sham" in graph.serialize("turtle")


@pytest.mark.parametrize(
    "name",
    [
        'Turkey" } ; DROP ALL ; #',
        "Turkey' } } INSERT DATA { <urn:a> <urn:b> <urn:c> } #",
        'x"""} UNION { ?a ?b ?c }',
        "back\\slash \n newline }",
    ],
)
def test_store_select_bindings_cannot_inject(kg, name):
    add_article(kg)
    before = kg.triple_count()
    rows = kg.select(
        "SELECT ?a WHERE { GRAPH ?g { ?a skos:prefLabel ?name } }", {"name": Literal(name)}
    )
    assert rows == []
    assert kg.triple_count() == before


def test_store_select_binds_names_with_quotes_and_braces(kg):
    odd = 'The "Brave" {Front}'
    kg.add_document(
        make_document("An odd name."),
        [make_relation(odd, "opposes", "Turkey", object_type="State", sentence="An odd name.")],
    )
    rows = kg.select(  # the document's graph and the knowledge graph both name it
        "SELECT DISTINCT ?a WHERE { GRAPH ?g { ?a skos:prefLabel ?name } }", {"name": Literal(odd)}
    )
    assert rows == [{"a": URIRef("https://w3id.org/actorgraph/actor/the-brave-front")}]
    assert kg.resolve_actor(odd.upper()).label == odd


def test_store_select_returns_python_values(kg):
    add_article(kg)
    rows = kg.select(
        "SELECT ?start ?rule WHERE { GRAPH ?g { ?e ag:startOffset ?start ; "
        "ag:rule ?rule } } ORDER BY ?rule"
    )
    assert rows == [{"start": 0, "rule": "joined"}, {"start": 0, "rule": "x-backed-y"}]


def test_store_unknown_type_stores_nothing(kg):
    before = kg.triple_count()
    bad = make_relation("Mars", "attacks", "Venus", subject_type="Planet")
    with pytest.raises(UnknownType):
        kg.add_document(make_document("Mars attacks Venus."), [bad])
    assert kg.triple_count() == before


def test_store_validate_passes_on_ingested_data(kg):
    add_article(kg)
    kg.assert_relation("Turkey", "opposes", "Assad", "analyst notes", object_type="Person")
    assert [v for v in kg.validate() if v.severity == "Violation"] == []


def test_store_validate_reports_a_broken_graph(kg):
    add_article(kg)
    kg.query(
        """DELETE { GRAPH ?g { ?e ag:confidence ?c } }
                INSERT { GRAPH ?g { ?e ag:confidence 7.5 } }
                WHERE { GRAPH ?g { ?e a ag:Evidence ; ag:rule "joined" ; ag:confidence ?c } }""",
        allow_update=True,
    )
    found = [v for v in kg.validate() if v.severity == "Violation"]
    assert len(found) == 1
    assert found[0].path == "ag:confidence"
    assert found[0].focus_node.startswith("evidence:")
    assert "between 0 and 1" in found[0].message


def test_store_optimize_keeps_every_quad(kg):
    add_article(kg)
    before = kg.triple_count()
    kg.optimize()  # compacts an embedded store; nothing to do on a server
    assert kg.triple_count() == before
    assert kg.select(KNOWLEDGE_BACKS)


@pytest.mark.parametrize("texts", [[ARTICLE], [ARTICLE, OTHER], [OTHER, ARTICLE, OTHER]])
def test_store_remote_document_is_one_query_and_one_update(sparql_endpoint, monkeypatch, texts):
    """Ingest over HTTP: each new document costs two round trips, a stored one one."""
    from conftest import clear_endpoint

    from graph.store.knowledge_graph import KnowledgeGraph
    from graph.store.remote import RemoteBackend

    clear_endpoint(sparql_endpoint)
    monkeypatch.delenv("ACTORGRAPH_UPDATE_URL", raising=False)
    sent: list[str] = []
    post = RemoteBackend._post

    def counting(self, url, form, accept):
        sent.append("update" if "update" in form else "query")
        return post(self, url, form, accept)

    with KnowledgeGraph.open(sparql_endpoint) as kg:
        monkeypatch.setattr(RemoteBackend, "_post", counting)
        results = [
            kg.add_document(make_document(t, f"d{i}.txt"), article_relations(f"d{i}.txt"))
            for i, t in enumerate(texts)
        ]
        monkeypatch.setattr(RemoteBackend, "_post", post)
        new = sum(r.added for r in results)
        assert new == len(set(texts))
        assert sent.count("update") == new
        assert sent.count("query") == len(texts)
        assert [(r.new_actors, r.new_relations) for r in results][:1] == [(3, 2)]
        assert len(kg.select(KNOWLEDGE_BACKS)) == 1
