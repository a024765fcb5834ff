"""Sentence -> relations for actors and leadership the rules used to miss.

Each case is an invented wire-copy sentence (made-up people and groups, or
well-known ones in made-up sentences) and the triples it must yield; each
near-miss is a sentence that looks alike and must not yield the triple.
"""

from __future__ import annotations

import pytest
from extraction_support import Triple, triples

from graph.extract import Extractor
from graph.extract.lexicon.sources import gazetteer_entries, surface_forms

FINDS: list[tuple[str, str, list[Triple]]] = [
    # de facto states are parties, not places
    (
        "de-facto-state-attacked",
        "Georgian troops shelled South Ossetia overnight, officials said.",
        [("Georgia", "attacks", "South Ossetia")],
    ),
    (
        "de-facto-state-leader",
        "Transnistrian leader Marat Belov met Moldovan officials in Bender.",
        [("Marat Belov", "leads", "Transnistria")],
    ),
    # leadership nouns
    (
        "boss-title",
        "Cartel boss Ramon Ortega was arrested; the Sinaloa Cartel boss Ramon Ortega denied it.",
        [("Ramon Ortega", "leads", "Sinaloa Cartel")],
    ),
    (
        "adjective-variant",
        "Belorussian leader Viktor Drozd hosted the talks.",
        [("Viktor Drozd", "leads", "Belarus")],
    ),
    (
        "warlord-title",
        "Militia warlord Idris Kanu said the Janjaweed warlord Idris Kanu had withdrawn.",
        [("Idris Kanu", "leads", "Janjaweed")],
    ),
    # "the government" of the one state a story names
    (
        "government-of-the-one-state",
        "Kenya has sent police to the capital. The Red Delta Front has fought the government "
        "since 2019.",
        [("Red Delta Front", "opposes", "Kenya")],
    ),
    (
        "chief-negotiator-represents",
        "Peru's rebels met in Lima. Ana Quispe, the government's chief negotiator, praised them.",
        [("Ana Quispe", "represents", "Peru")],
    ),
    # founders lead
    (
        "apposition-founded-by",
        "The Desert Hawks Brigade, a militia founded by Karim Bashir in 2012, took the hill.",
        [("Karim Bashir", "leads", "Desert Hawks Brigade")],
    ),
    # hyphenated given names
    (
        "person-after-role-hyphenated",
        "Kenyan army spokeswoman Capt. Mary-Ann Wanjiru said two posts fell.",
        [("Mary-Ann Wanjiru", "represents", "Kenya")],
    ),
    (
        "hyphenated-particle-name",
        "The Desert Hawks Brigade's leader, Abu Karim al-Zubaidi, was not at the meeting.",
        [("Abu Karim al-Zubaidi", "leads", "Desert Hawks Brigade")],
    ),
    # an unknown group introduced by what it is
    (
        "group-after-armed-descriptor",
        "Kenyan troops fought the jihadist group Ansar Tawhid near Lamu on Monday.",
        [("Kenya", "opposes", "Ansar Tawhid")],
    ),
    (
        "group-after-kind-noun",
        "Police said the rival gang Barr Grif attacked Haitian police in the capital.",
        [("Barr Grif", "attacks", "Haiti")],
    ),
    # "spokesperson for the X President NAME": the name speaks for X either way
    (
        "spokesman-for-titled-name",
        "A spokesman for the Abkhaz President Tamaz Dzhopua said talks would resume.",
        [("Tamaz Dzhopua", "represents", "Abkhazia")],
    ),
    # "the ELN's Nicolas Rodriguez": a group's named man
    (
        "group-possessive-person",
        "Negotiators met the Taliban's Omar Siddiqi in Doha on Tuesday.",
        [("Omar Siddiqi", "represents", "Taliban")],
    ),
]

NEAR_MISSES: list[tuple[str, str, Triple]] = [
    (
        "boss is not a state's role without a state",
        "His former boss Ramon Ortega testified in Texas.",
        ("Ramon Ortega", "leads", "Texas"),
    ),
    (
        "a possessive name is not a government",
        "Union spokesman Ibrahim Okafor spoke first.\n\nOkafor's comments came after Ghanaian "
        "President John Mensah spoke.",
        ("Okafor", "leads", "Ghana"),
    ),
    (
        "a chief negotiator does not lead",
        "Peru's rebels met in Lima. Ana Quispe, the government's chief negotiator, praised them.",
        ("Ana Quispe", "leads", "Peru"),
    ),
    (
        "two states: the government is neither",
        "Kenya and Uganda sent police. The Red Delta Front has fought the government since 2019.",
        ("Red Delta Front", "opposes", "Kenya"),
    ),
    (
        "founded by a state is not led",
        "The Desert Hawks Brigade, a militia founded by Iran in 2012, took the hill.",
        ("Iran", "leads", "Desert Hawks Brigade"),
    ),
    (
        "a group's unit after the possessive is not a person",
        "Hezbollah's Radwan Force and the Taliban's Badri Battalion moved south.",
        ("Badri Battalion", "represents", "Taliban"),
    ),
    (
        "a group's place after the possessive is not a person",
        "The Taliban's Helmand Province stronghold fell to the army.",
        ("Helmand Province", "represents", "Taliban"),
    ),
    (
        "a weekday after the descriptor is no group",
        "The armed group Thursday released two hostages held by Kenyan police.",
        ("Thursday", "attacks", "Kenya"),
    ),
]


@pytest.mark.parametrize(("construction", "text", "expected"), FINDS, ids=[c[0] for c in FINDS])
def test_actor_recall_finds(
    extractor: Extractor, construction: str, text: str, expected: list[Triple]
) -> None:
    found = triples(extractor, text)
    assert set(expected) <= found, f"{construction}: {sorted(found)}"


@pytest.mark.parametrize(("trap", "text", "unwanted"), NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_actor_recall_near_misses(
    extractor: Extractor, trap: str, text: str, unwanted: Triple
) -> None:
    assert unwanted not in triples(extractor, text), trap


@pytest.mark.parametrize(
    ("name", "etype"),
    [
        ("Artsakh", "State"),
        ("Abkhazia", "State"),
        ("Northern Cyprus", "State"),
        ("Western Sahara", "Place"),
        ("Puntland", "Place"),
        ("Belorussian", "State"),
    ],
)
def test_actor_recall_gazetteer_types(name: str, etype: str) -> None:
    forms = {f.text: f.type for f in surface_forms(gazetteer_entries())}
    assert forms[name] == etype
