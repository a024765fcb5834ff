"""Sentence -> relations for the constructions of the real-news recall round.

Each case is a made-up sentence (well-known actors, none taken from the
evaluation passages) named by the construction it exercises; NEGATIVE lists
near misses (negation, hypotheticals, denials, wrong direction, look-alike
wording) that must stay unextracted.
"""

from __future__ import annotations

from extraction_support import Triple, construction_tests

CASES: list[tuple[str, str, list[Triple]]] = [
    # attacks
    (
        "attacked-x-targets",
        "The Israeli army said it had been striking Hezbollah targets across the border.",
        [("Israel", "attacks", "Hezbollah")],
    ),
    (
        "attacked-sites-of, a described group after 'belonging to the'",
        "Turkey said it was striking targets belonging to the Kurdish militant group PKK.",
        [("Turkey", "attacks", "Kurdistan Workers' Party")],
    ),
    (
        "possessive-invasion-of",
        "Russia's full-scale invasion of Ukraine began in February 2022.",
        [("Russia", "attacks", "Ukraine")],
    ),
    (
        "x-invaded-y",
        "Iraq invaded Kuwait in August 1990.",
        [("Iraq", "attacks", "Kuwait")],
    ),
    (
        "x-and-y-exchanged-attacks, both directions",
        "Hezbollah and Israel have been regularly exchanging strikes since October.",
        [
            ("Hezbollah", "attacks", "Israel"),
            ("Israel", "attacks", "Hezbollah"),
            ("Hezbollah", "opposes", "Israel"),
        ],
    ),
    (
        "x-and-y-exchanged-fire",
        "The Sudanese army and the Rapid Support Forces traded heavy fire overnight.",
        [("Sudan", "opposes", "Rapid Support Forces")],
    ),
    (
        "destroyed-equipment-of",
        "The Sudanese army downed two drones and a helicopter of the Rapid Support Forces.",
        [("Sudan", "attacks", "Rapid Support Forces")],
    ),
    (
        "fired-from-place-at",
        "The Houthis fired missiles from Yemen towards Israel on Friday.",
        [("Houthis", "attacks", "Israel")],
    ),
    (
        "strike-against, 'towards'",
        "Hezbollah launched a barrage of rockets towards Israel.",
        [("Hezbollah", "attacks", "Israel")],
    ),
    (
        "a compass-qualified region of a named state is the state as a target",
        "Hamas militants fired rockets from Lebanon towards northern Israel, Israel said.",
        [("Hamas", "attacks", "Israel")],
    ),
    (
        "strike-on-place-killed",
        "An Israeli airstrike on Gaza City's northern districts killed Mohammed Deif on Tuesday.",
        [("Israel", "attacks", "Mohammed Deif")],
    ),
    (
        "x-did-and-fired-at, a shared sentence subject",
        "Hezbollah, which has traded fire with Israel for months, confirmed Nasrallah's death "
        "and later fired dozens of rockets at northern Israel.",
        [("Hezbollah", "attacks", "Israel")],
    ),
    (
        "the-x-did-and-fired-at",
        "The Houthis seized a ship in the Red Sea and then launched missiles at Israel.",
        [("Houthis", "attacks", "Israel")],
    ),
    # opposes
    (
        "fighting-against, 'resumed hostilities against'",
        "Al-Shabaab resumed hostilities against Somalia in March.",
        [("al-Shabaab", "opposes", "Somalia")],
    ),
    (
        "fighting-against, possessive subject and 'rebellion'",
        "Since the Wagner Group's aborted rebellion against the Russian military, little "
        "has changed.",
        [("Wagner Group", "opposes", "Russia")],
    ),
    (
        "x-and-y-remain-at-war",
        "Talks on the border between Sudan and South Sudan -- which remain technically at war "
        "-- resumed.",
        [("Sudan", "opposes", "South Sudan")],
    ),
    # negotiates-with
    (
        "met-counterpart-in",
        "The head of the Arakan Army has met with his counterpart in the Kachin Independence "
        "Army to discuss a truce.",
        [("Arakan Army", "negotiates-with", "Kachin Independence Army")],
    ),
    (
        "met, possessive object",
        "Sergei Lavrov met Iran's foreign minister on Monday.",
        [("Sergei Lavrov", "negotiates-with", "Iran")],
    ),
    # allied-with, backs, affiliation
    (
        "allied-with-described-y and x-backed-described-y",
        "Hamas, which is allied with Yemen's Iran-backed group the Houthis, fired rockets.",
        [("Hamas", "allied-with", "Houthis"), ("Iran", "backs", "Houthis")],
    ),
    (
        "x-backed-described-y",
        "The Iran-backed Shia militia Kataib Hezbollah claimed the attack.",
        [("Iran", "backs", "Kataib Hezbollah")],
    ),
    (
        "copula-possessive-branch",
        "The Qassam Brigades are Hamas's armed wing.",
        [("Qassam Brigades", "affiliated-with", "Hamas")],
    ),
    (
        "x-faction-of-y",
        "It followed a raid by the Islamic State Sahel Province (ISSP) faction of the "
        "Islamic State.",
        [("Islamic State Sahel Province", "affiliated-with", "Islamic State")],
    ),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    (
        "a denied strike on targets is not asserted",
        "The Israeli army said it was not striking Hezbollah targets.",
        [("Israel", "attacks", "Hezbollah")],
    ),
    (
        "the targets of the passive are the target, not the attacker",
        "Hezbollah targets were struck by Israel on Monday.",
        [("Hezbollah", "attacks", "Israel")],
    ),
    (
        "a hypothetical invasion is not asserted",
        "Analysts said Russia would invade Ukraine if talks failed.",
        [("Russia", "attacks", "Ukraine")],
    ),
    (
        "exchanging prisoners is no exchange of fire",
        "Israel and Hamas exchanged prisoners on Sunday.",
        [
            ("Israel", "attacks", "Hamas"),
            ("Hamas", "attacks", "Israel"),
            ("Israel", "opposes", "Hamas"),
        ],
    ),
    (
        "exchanging accusations is no attack",
        "Israel and Hezbollah exchanged accusations of bad faith.",
        [("Israel", "attacks", "Hezbollah"), ("Hezbollah", "attacks", "Israel")],
    ),
    (
        "'no longer at war' is no war",
        "Ethiopia and Eritrea are no longer at war.",
        [("Ethiopia", "opposes", "Eritrea")],
    ),
    (
        "a denial of downing aircraft is not asserted",
        "The Sudanese army denied it had downed helicopters of the Rapid Support Forces.",
        [("Sudan", "attacks", "Rapid Support Forces")],
    ),
    (
        "a denied alliance is not asserted",
        "Hamas, which is not allied with Yemen's Iran-backed group the Houthis, fired rockets.",
        [("Hamas", "allied-with", "Houthis")],
    ),
    (
        "a group noun followed by a verb names no client",
        "Iran-backed militia groups attacked Hezbollah positions.",
        [("Iran", "backs", "Hezbollah")],
    ),
    (
        "a meeting that did not happen",
        "The head of the Arakan Army did not meet his counterpart in the Kachin Independence Army.",
        [("Arakan Army", "negotiates-with", "Kachin Independence Army")],
    ),
    (
        "a denied launch is not asserted",
        "The Houthis denied that they fired missiles from Yemen towards Israel.",
        [("Houthis", "attacks", "Israel")],
    ),
    (
        "a region of a state the text never names is no state",
        "Hamas militants fired rockets from Lebanon towards northern Galilee.",
        [("Hamas", "attacks", "Galilee")],
    ),
    (
        "soldiers killed in a place are the victims, not the killers",
        "Israeli soldiers in Gaza were killed by Hamas fighters.",
        [("Israel", "attacks", "Hamas")],
    ),
    (
        "the shared subject is the sentence's, not a reported speaker's",
        "Israel said Hamas hid in Gaza and fired rockets at Egypt.",
        [("Israel", "attacks", "Egypt")],
    ),
    (
        "the copula negated",
        "The Qassam Brigades are not Hamas's armed wing.",
        [("Qassam Brigades", "affiliated-with", "Hamas")],
    ),
]


test_construction_found, test_construction_not_overreaching = construction_tests(CASES, NEGATIVE)
