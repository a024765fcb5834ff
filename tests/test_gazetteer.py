"""The bundled gazetteer: well-formed SKOS data, unambiguous names, complete states."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from graph.extract.lexicon import LexiconEntry, bundled_path, load_gazetteer
from graph.records import slug
from graph.vocab import ACTOR, AG, EntityType

TYPES = {t.iri for t in EntityType}

#: The 193 member states of the United Nations, in a common English form.
UN_MEMBERS = """
Afghanistan; Albania; Algeria; Andorra; Angola; Antigua and Barbuda; Argentina; Armenia;
Australia; Austria; Azerbaijan; Bahamas; Bahrain; Bangladesh; Barbados; Belarus; Belgium; Belize;
Benin; Bhutan; Bolivia; Bosnia and Herzegovina; Botswana; Brazil; Brunei; Bulgaria; Burkina Faso;
Burundi; Cabo Verde; Cambodia; Cameroon; Canada; Central African Republic; Chad; Chile; China;
Colombia; Comoros; Republic of the Congo; Costa Rica; Côte d'Ivoire; Croatia; Cuba; Cyprus;
Czechia; Democratic People's Republic of Korea; Democratic Republic of the Congo; Denmark;
Djibouti; Dominica; Dominican Republic; Ecuador; Egypt; El Salvador; Equatorial Guinea; Eritrea;
Estonia; Eswatini; Ethiopia; Fiji; Finland; France; Gabon; Gambia; Georgia; Germany; Ghana;
Greece; Grenada; Guatemala; Guinea; Guinea-Bissau; Guyana; Haiti; Honduras; Hungary; Iceland;
India; Indonesia; Iran; Iraq; Ireland; Israel; Italy; Jamaica; Japan; Jordan; Kazakhstan; Kenya;
Kiribati; Kuwait; Kyrgyzstan; Lao People's Democratic Republic; Latvia; Lebanon; Lesotho;
Liberia; Libya; Liechtenstein; Lithuania; Luxembourg; Madagascar; Malawi; Malaysia; Maldives;
Mali; Malta; Marshall Islands; Mauritania; Mauritius; Mexico; Micronesia; Monaco; Mongolia;
Montenegro; Morocco; Mozambique; Myanmar; Namibia; Nauru; Nepal; Netherlands; New Zealand;
Nicaragua; Niger; Nigeria; North Macedonia; Norway; Oman; Pakistan; Palau; Panama;
Papua New Guinea; Paraguay; Peru; Philippines; Poland; Portugal; Qatar; Republic of Korea;
Republic of Moldova; Romania; Russian Federation; Rwanda; Saint Kitts and Nevis; Saint Lucia;
Saint Vincent and the Grenadines; Samoa; San Marino; Sao Tome and Principe; Saudi Arabia; Senegal;
Serbia; Seychelles; Sierra Leone; Singapore; Slovakia; Slovenia; Solomon Islands; Somalia;
South Africa; South Sudan; Spain; Sri Lanka; Sudan; Suriname; Sweden; Switzerland;
Syrian Arab Republic; Tajikistan; Thailand; Timor-Leste; Togo; Tonga; Trinidad and Tobago;
Tunisia; Türkiye; Turkmenistan; Tuvalu; Uganda; Ukraine; United Arab Emirates; United Kingdom;
United Republic of Tanzania; United States of America; Uruguay; Uzbekistan; Vanuatu; Venezuela;
Viet Nam; Yemen; Zambia; Zimbabwe
"""

#: Words that name no one in particular: never a label of any actor.
GENERIC = {
    "rebels",
    "rebel",
    "militia",
    "militias",
    "the group",
    "group",
    "government",
    "forces",
    "army",
    "the army",
    "military",
    "the military",
    "regime",
    "the regime",
    "troops",
    "fighters",
    "jihadists",
    "insurgents",
    "terrorists",
    "opposition",
    "the opposition",
    "coalition",
    "the coalition",
    "authorities",
    "police",
    "security forces",
    "the observatory",
    "observatory",
    "junta",
    "the junta",
    "state",
    "the state",
    "alliance",
    "the alliance",
    "front",
    "movement",
    "council",
    "brigade",
    "legion",
    "president",
    "minister",
}


def fold(text: str) -> str:
    """Fold a surface form the way a lenient matcher might: article, ASCII, case, punctuation.

    Short acronyms ("JeM", "JEM") stay as written: they are matched case-sensitively.
    """
    if len(text) <= 5 and " " not in text:
        return text
    text = re.sub(r"^(the|The)\s+", "", text)
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", ascii_.casefold())


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    g.parse(bundled_path(), format="turtle")
    return g


@pytest.fixture(scope="module")
def entries() -> list[LexiconEntry]:
    return load_gazetteer()


@pytest.fixture(scope="module")
def index(entries: list[LexiconEntry]) -> dict[str, LexiconEntry]:
    """Surface form (exact) -> entry."""
    return {form: e for e in entries for form in e.surface_forms}


def test_every_actor_has_one_type_one_label_and_slug_iri(graph: Graph) -> None:
    subjects = set(graph.subjects(RDF.type, None))
    assert len(subjects) > 400
    for subject in subjects:
        assert isinstance(subject, URIRef)
        types = list(graph.objects(subject, RDF.type))
        assert len(types) == 1 and types[0] in TYPES, (subject, types)
        labels = list(graph.objects(subject, SKOS.prefLabel))
        assert len(labels) == 1, (subject, labels)
        assert str(subject) == str(ACTOR[slug(str(labels[0]))]), (subject, labels[0])


def test_only_known_properties(graph: Graph) -> None:
    allowed = {RDF.type, SKOS.prefLabel, SKOS.altLabel, AG.adjectival, AG.metonym}
    assert {p for _, p, _ in graph} <= allowed


def test_labels_are_clean(entries: list[LexiconEntry]) -> None:
    for e in entries:
        for form in e.surface_forms:
            assert form == form.strip() and form, (e.label, form)
            assert "  " not in form, (e.label, form)
            assert form.casefold() not in GENERIC, (e.label, form)


def test_no_surface_form_names_two_actors(entries: list[LexiconEntry]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        for form in e.surface_forms:
            owners[form].add(e.label)
    shared = {form: sorted(who) for form, who in owners.items() if len(who) > 1}
    assert not shared


def test_no_folded_surface_form_names_two_actors(entries: list[LexiconEntry]) -> None:
    """Stricter: also case, accents and punctuation folded ("al-Qaeda" = "Al Qaeda")."""
    owners: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        for form in e.surface_forms:
            owners[fold(form)].add(e.label)
    shared = {form: sorted(who) for form, who in owners.items() if len(who) > 1}
    assert not shared


def test_every_un_member_state_is_present(index: dict[str, LexiconEntry]) -> None:
    names = [n.strip() for n in UN_MEMBERS.split(";")]
    assert len(names) == 193
    found = {index[n].label for n in names if n in index and index[n].type == "State"}
    missing = [n for n in names if n not in index or index[n].type != "State"]
    assert not missing
    assert len(found) == 193


def test_state_count(entries: list[LexiconEntry]) -> None:
    assert sum(e.type == "State" for e in entries) >= 193


@pytest.mark.parametrize(
    ("form", "label", "type_"),
    [
        ("the Kremlin", "Russia", "State"),
        ("Moscow", "Russia", "State"),
        ("Russian Federation", "Russia", "State"),
        ("Russians", "Russia", "State"),
        ("Ankara", "Turkey", "State"),
        ("Turkish", "Turkey", "State"),
        ("Türkiye", "Turkey", "State"),
        ("Damascus", "Syria", "State"),
        ("Damascus regime", "Syria", "State"),
        ("Syrian regime", "Syria", "State"),
        ("Assad regime", "Syria", "State"),
        ("Syrian Arab Army", "Syria", "State"),
        ("Washington", "United States", "State"),
        ("the Pentagon", "United States", "State"),
        ("U.S.", "United States", "State"),
        ("Americans", "United States", "State"),
        ("Britain", "United Kingdom", "State"),
        ("Downing Street", "United Kingdom", "State"),
        ("Congo", "Democratic Republic of the Congo", "State"),
        ("DRC", "Democratic Republic of the Congo", "State"),
        ("FARDC", "Democratic Republic of the Congo", "State"),
        ("Congolese", "Democratic Republic of the Congo", "State"),
        ("Brazzaville", "Republic of the Congo", "State"),
        ("Burma", "Myanmar", "State"),
        ("Tatmadaw", "Myanmar", "State"),
        ("IRGC", "Iran", "State"),
        ("Tehran", "Iran", "State"),
        ("IDF", "Israel", "State"),
        ("SAF", "Sudan", "State"),
        ("Emirati", "United Arab Emirates", "State"),
        ("Saudi", "Saudi Arabia", "State"),
        ("Kigali", "Rwanda", "State"),
        ("Kyiv", "Ukraine", "State"),
        ("Kiev", "Ukraine", "State"),
        ("Ivory Coast", "Ivory Coast", "State"),
        ("Côte d'Ivoire", "Ivory Coast", "State"),
        ("Holy See", "Vatican City", "State"),
        ("Nigerien", "Niger", "State"),
        ("Nigerian", "Nigeria", "State"),
        ("Daesh", "Islamic State", "ArmedGroup"),
        ("ISIS", "Islamic State", "ArmedGroup"),
        ("ISIL", "Islamic State", "ArmedGroup"),
        ("ISKP", "Islamic State Khorasan Province", "ArmedGroup"),
        ("ISWAP", "Islamic State West Africa Province", "ArmedGroup"),
        ("Ansar Allah", "Houthis", "ArmedGroup"),
        ("RSF", "Rapid Support Forces", "ArmedGroup"),
        ("HTS", "Hayat Tahrir al-Sham", "ArmedGroup"),
        ("al-Qaida", "al-Qaeda", "ArmedGroup"),
        ("al-Shabab", "al-Shabaab", "ArmedGroup"),
        ("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Coalition"),
        ("SDF", "Syrian Democratic Forces", "Coalition"),
        ("SNA", "Syrian National Army", "Coalition"),
        ("NLF", "National Liberation Front", "Coalition"),
        ("Sham Legion", "Faylaq al-Sham", "ArmedGroup"),
        ("Hezbollah", "Hezbollah", "ArmedGroup"),
        ("Hizbollah", "Hezbollah", "ArmedGroup"),
        ("PKK", "Kurdistan Workers' Party", "ArmedGroup"),
        ("M23", "M23", "ArmedGroup"),
        ("Wagner", "Wagner Group", "ArmedGroup"),
        ("Hashd al-Shaabi", "Popular Mobilization Forces", "Coalition"),
        ("U.N.", "United Nations", "InternationalOrganization"),
        ("UN Security Council", "United Nations Security Council", "InternationalOrganization"),
        ("NATO", "NATO", "InternationalOrganization"),
        ("Brussels", "European Union", "InternationalOrganization"),
        ("SOHR", "Syrian Observatory for Human Rights", "Organization"),
        ("Doctors Without Borders", "Médecins Sans Frontières", "Organization"),
        ("AFP", "Agence France-Presse", "Organization"),
        ("Associated Press", "Associated Press", "Organization"),
        ("Zelenskyy", "Volodymyr Zelensky", "Person"),
        ("Erdoğan", "Recep Tayyip Erdogan", "Person"),
        ("Hemedti", "Mohamed Hamdan Dagalo", "Person"),
        ("Abu Mohammed al-Julani", "Ahmed al-Sharaa", "Person"),
        ("Gaza", "Gaza Strip", "Place"),
    ],
)
def test_resolution_spot_checks(
    index: dict[str, LexiconEntry], form: str, label: str, type_: str
) -> None:
    assert form in index, form
    assert (index[form].label, index[form].type) == (label, type_)


def test_loader_is_cached_and_returns_copies() -> None:
    first, second = load_gazetteer(), load_gazetteer()
    assert first == second and first is not second


def test_loader_reads_another_file(tmp_path: Path) -> None:
    path = tmp_path / "extra.ttl"
    path.write_text(
        "@prefix ag: <https://w3id.org/actorgraph/ontology#> .\n"
        "@prefix actor: <https://w3id.org/actorgraph/actor/> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        'actor:x-brigade a ag:ArmedGroup ; skos:prefLabel "X Brigade" ;\n'
        '    skos:altLabel "XB", "Liwa X" .\n',
        encoding="utf-8",
    )
    assert load_gazetteer(path) == [LexiconEntry("X Brigade", "ArmedGroup", alt=("Liwa X", "XB"))]
