"""Sentence -> relations for round-12 constructions: long asides, quoted gang names.

Each case is a made-up passage (well-known or invented actors, none taken
from the evaluation passages) named by the construction it exercises.
NEGATIVE lists near misses that must stay unextracted.
"""

from __future__ import annotations

import pytest
from extraction_support import Triple, assert_extracts, assert_not_extracted

from graph.extract import Extractor

CASES: list[tuple[str, str, list[Triple]]] = [
    # an apposition of up to 16 tokens between a subject and its verb is left out
    (
        "long-apposition-before-verb",
        "The Northern Alliance (NA), a political-military coalition led by former electoral "
        "commission chief John Smith, counts the Kachin Independence Army among its members.",
        [("Northern Alliance", "includes", "Kachin Independence Army")],
    ),
    (
        "long-apposition-before-attack-verb",
        "The Arakan Army, an ethnic armed group formed in 2009 by young men from the western "
        "state, attacked Myanmar army posts on Monday.",
        [("Arakan Army", "attacks", "Myanmar")],
    ),
    # a capitalised word before a lower-case "cartel" names a cartel
    (
        "group-x-cartel-lowercase",
        "The Tijuana cartel ambushed Mexican soldiers near the border.",
        [("Tijuana cartel", "attacks", "Mexico")],
    ),
    # a quoted name after a kind noun ("cell", "subgroup", "faction") is a group,
    # a member of the group named before the noun
    (
        "x-cell-quoted-y",
        "Police fear the Tijuana cartel subgroup \u201cRed Blood\u201d in the north.",
        [("Tijuana cartel", "includes", "Red Blood")],
    ),
    (
        "x-cell-quoted-y-straight-quotes",
        'The Gulf Cartel cell "The Night Riders" ambushed Mexican soldiers.',
        [("Gulf Cartel", "includes", "Night Riders"), ("Night Riders", "attacks", "Mexico")],
    ),
    # a quoted name in apposition to "the faction ..." is a group
    (
        "group-quoted-apposition-kind",
        'The Gulf Cartel split in two. "Los Malos", the faction led by the founder\'s sons, '
        "attacked Mexican soldiers in March.",
        [("Los Malos", "attacks", "Mexico")],
    ),
    # a quoted name after "a group called" / "a coalition known as" is a group / coalition
    (
        "group-called-quoted",
        "Israel struck Gaza. Rockets struck southern Israel in an attack claimed by a small "
        'militant group called "Soldiers of the Caliphate in Sinai" which emerged in Gaza.',
        [("Soldiers of the Caliphate in Sinai", "attacks", "Israel")],
    ),
    (
        "coalition-called-quoted",
        'Gunmen warned all who are not part of a gang coalition known as "Red Dawn" in Haiti. '
        "The coalition has attacked Haitian police.",
        [("Red Dawn", "attacks", "Haiti")],
    ),
    # "X hit Y ... in an attack claimed by Z": Z attacks Y
    (
        "struck-y-in-attack-claimed-by",
        "Gunmen killed four Kenyan soldiers in Lamu in an ambush claimed by al-Shabaab.",
        [("al-Shabaab", "attacks", "Kenya")],
    ),
    # "causing no injuries" negates the harm, not the attack
    (
        "no-harm-is-no-negation",
        "Israel struck Gaza. Two rockets struck open areas in southern Israel, causing no "
        "injuries, in an attack claimed by Hamas.",
        [("Hamas", "attacks", "Israel")],
    ),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    (
        "a long aside ending in 'said' is a reporting clause",
        "The Northern Alliance, a political-military coalition led by former electoral "
        "commission chief John Smith, said the Arakan Army counts the Kachin Independence Army "
        "among its members.",
        [("Northern Alliance", "includes", "Kachin Independence Army")],
    ),
    (
        "an aside longer than the reach is not skipped",
        "The Arakan Army, an ethnic armed group formed in 2009 by young men from the western "
        "state of Rakhine near the border with Bangladesh and India, attacked posts on Monday.",
        [("Arakan Army", "attacks", "Bangladesh"), ("Arakan Army", "attacks", "India")],
    ),
    (
        "a capitalised opener before 'cartel' is no cartel name",
        "The cartel ambushed Mexican soldiers. Drug cartel gunmen attacked Mexican police.",
        [("Drug cartel", "attacks", "Mexico"), ("The cartel", "attacks", "Mexico")],
    ),
    (
        "the cell belongs to the group right before its noun, not an earlier one",
        'The Gulf Cartel fought the Los Zetas cell "Night Riders" in the north.',
        [("Gulf Cartel", "includes", "Night Riders")],
    ),
    (
        "a quoted slogan after a kind noun is no name",
        'The gang said "we will fight on" in a video.',
        [("we will fight on", "attacks", "Mexico")],
    ),
    (
        "no rockets: the attack itself is negated",
        "Israel struck Gaza. No rockets struck southern Israel in an attack claimed by Hamas.",
        [("Hamas", "attacks", "Israel")],
    ),
    (
        "an attack blamed on a group is not claimed by it",
        "Gunmen killed four Kenyan soldiers in Lamu in an ambush that Kenya blamed on al-Shabaab.",
        [("al-Shabaab", "attacks", "Kenya")],
    ),
    (
        "a lower-case quote after 'called' is no name",
        'Protesters in Haiti formed a group called "for peace" and marched on Haitian police.',
        [("for peace", "attacks", "Haiti")],
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_construction_found(
    extractor: Extractor, rule: str, text: str, expected: list[Triple]
) -> None:
    assert_extracts(extractor, rule, text, expected)


@pytest.mark.parametrize(("why", "text", "banned"), NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_construction_not_overreaching(
    extractor: Extractor, why: str, text: str, banned: list[Triple]
) -> None:
    assert_not_extracted(extractor, why, text, banned)
