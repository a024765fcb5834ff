"""Resolution within a document: short forms, anaphors, pronouns, states acting."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.records import Document


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def relations(extractor: Extractor, text: str) -> set[tuple[str, str, str, str]]:
    """(subject, predicate, object, object mention) of each relation."""
    return {
        (r.subject.label, r.predicate, r.object.label, r.evidence.object_mention)
        for r in extractor.extract(Document(text, source="t"))
    }


CASES = [
    # acronym from initials of an earlier full name
    (
        "The Northern Salvation Front rejected the plan.\n\nNSF spokesman Adel Sami said so.",
        ("Adel Sami", "represents", "Northern Salvation Front"),
    ),
    # acronym defined in parentheses
    (
        "The Kivu Defence Forces (KDF) grew.\n\nKDF commander Paul Mbeki spoke.",
        ("Paul Mbeki", "leads", "Kivu Defence Forces"),
    ),
    # surname points back to the person
    (
        "Army commander Paul Mbeki of the Kivu Defence Forces spoke.\n\nIran backed Mbeki.",
        ("Iran", "backs", "Paul Mbeki"),
    ),
    # "the group" points back to the last armed group
    (
        "The Kivu Defence Forces shelled the town.\n\nFrance accused the group of war crimes.",
        ("France", "accuses", "Kivu Defence Forces"),
    ),
    # capital and metonym resolve to the state
    ("A deal brokered between Moscow and Ankara held.", ("Russia", "negotiates-with", "Turkey")),
    # adjective + force noun is the state acting
    (
        "Turkish drones struck the Kivu Defence Forces.",
        ("Turkey", "attacks", "Kivu Defence Forces"),
    ),
    # "its" points to the sentence's first actor
    (
        "The Kivu Defence Forces said Rwandan jets hit its positions.",
        ("Rwanda", "attacks", "Kivu Defence Forces"),
    ),
    # "the regime" points to the state named by its regime
    (
        "The Syrian regime faced protests.\n\nThe Russia-backed regime survived.",
        ("Russia", "backs", "Syria"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), CASES, ids=[c[1][1] + str(i) for i, c in enumerate(CASES)]
)
def test_resolution_points_back(extractor: Extractor, text: str, expected: tuple) -> None:
    found = {r[:3] for r in relations(extractor, text)}
    assert expected in found, sorted(found)


def test_resolution_bare_adjective_is_no_actor(extractor: Extractor) -> None:
    assert relations(extractor, "The Rwandan genocide was recalled by Kenya.") == set()


def test_resolution_x_backed_modifier_is_not_a_target(extractor: Extractor) -> None:
    found = relations(extractor, "Russian jets killed 20 Turkey-backed rebels.")
    assert not any(r[1] == "attacks" and r[2] == "Turkey" for r in found)
