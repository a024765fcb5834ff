"""Sentence -> relations for the recall constructions of issue 4 (coordination, relatives, places).

Each case is a made-up sentence (invented or well-known names, none taken from
the evaluation passages) named by the construction it exercises; NEGATIVE
lists near misses (negation, hypotheticals, wrong direction, look-alike
wording) that must stay unextracted.
"""

from __future__ import annotations

from extraction_support import Triple, construction_tests

CASES: list[tuple[str, str, list[Triple]]] = [
    # allied-with
    (
        "x-and-y-formed-alliance, three coordinated members",
        "Iran, Syria and Hezbollah have formed an alliance against the jihadists.",
        [
            ("Iran", "allied-with", "Syria"),
            ("Iran", "allied-with", "Hezbollah"),
            ("Syria", "allied-with", "Hezbollah"),
        ],
    ),
    (
        "x-and-y-formed-alliance, 'are close allies'",
        "Mali and Niger are close allies in the fight against jihadists.",
        [("Mali", "allied-with", "Niger")],
    ),
    (
        "x-allied-comma-y-led",
        "Fighters of the French-allied, Tuareg-led Coordination of Azawad Movements withdrew.",
        [("France", "allied-with", "Coordination of Azawad Movements")],
    ),
    # opposes
    (
        "warring-x-and-y",
        "Mediators shuttled between the warring Ethiopian army and the Tigray People's "
        "Liberation Front.",
        [("Ethiopia", "opposes", "Tigray People's Liberation Front")],
    ),
    (
        "warring-x-and-y, 'warring parties'",
        "Envoys met the warring parties, the Libyan National Army and the Government of "
        "National Unity.",
        [("Libyan National Army", "opposes", "Government of National Unity")],
    ),
    # negotiates-with
    (
        "travelled-to-meet",
        "Turkish President Recep Tayyip Erdogan travelled to Tehran to meet Iranian "
        "President Ebrahim Raisi.",
        [("Recep Tayyip Erdogan", "negotiates-with", "Ebrahim Raisi")],
    ),
    (
        "travelled-to-meet, flew for talks with",
        "The Qatari emir flew to Cairo for talks with Egypt.",
        [("Qatar", "negotiates-with", "Egypt")],
    ),
    # controls
    (
        "which-x-held",
        "Drones hit Saada, which the Houthis have held since 2004.",
        [("Houthis", "controls", "Saada")],
    ),
    (
        "relative 'which control' place",
        "The Taliban, which control Kandahar, denied the report.",
        [("Taliban", "controls", "Kandahar")],
    ),
    (
        "captured-the-x-of-place",
        "Al-Shabaab seized the coastal town of Harardhere on Monday.",
        [("al-Shabaab", "controls", "Harardhere")],
    ),
    (
        "captured-the-x-of-place with a hyphenated modifier",
        "The M23 captured the gold-mining hub of Rubaya last year.",
        [("M23", "controls", "Rubaya")],
    ),
    (
        "apposition-then-captured with a hyphenated modifier",
        "The M23, one of Congo's best-armed rebel groups, seized the tin-mining town of Rubaya.",
        [("M23", "controls", "Rubaya")],
    ),
    (
        "captured-area-in-place",
        "Turkish troops have occupied a buffer zone in the Afrin region.",
        [("Turkey", "controls", "Afrin region")],
    ),
    # an apposition on the accused is the writer's description, not the allegation
    (
        "apposition of the accused is asserted",
        "Washington blamed the Tigers Brigade, a Russia-aligned militia that is part of the "
        "Africa Corps, for the attack.",
        [
            ("Russia", "affiliated-with", "Tigers Brigade"),
            ("Africa Corps", "includes", "Tigers Brigade"),
            ("United States", "accuses", "Tigers Brigade"),
        ],
    ),
    # a pronoun refers to the head noun, not to the actor inside its hyphen modifier
    (
        "pronoun after 'the X-linked group'",
        "Somali forces fought al-Shabaab. The al-Qaeda-linked group said it had killed "
        "Kenyan soldiers.",
        [("al-Shabaab", "attacks", "Kenya")],
    ),
    # leads: a person after "the group's leader," with an "al-" particle
    (
        "role-comma-name-leads, particle name",
        "Hezbollah said on Monday that the group's leader, Abu Ali al-Tabtabai, was unhurt.",
        [("Abu Ali al-Tabtabai", "leads", "Hezbollah")],
    ),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    (
        "a former alliance is not asserted",
        "Mali and Niger are former allies.",
        [("Mali", "allied-with", "Niger")],
    ),
    (
        "an alliance against a third party is no alliance with it",
        "Iran and Syria formed an alliance against Israel.",
        [("Iran", "allied-with", "Israel"), ("Syria", "allied-with", "Israel")],
    ),
    (
        "'warring' before one actor pairs it with nobody",
        "The warring army captured the town, and the Rapid Support Forces fled.",
        [("Sudan", "opposes", "Rapid Support Forces")],
    ),
    (
        "travelling to meet reporters is no meeting with the capital",
        "President Emmanuel Macron travelled to Kyiv to meet reporters.",
        [("Emmanuel Macron", "negotiates-with", "Ukraine")],
    ),
    (
        "a refusal to travel and meet is no meeting",
        "Putin has not travelled to Ankara to meet President Recep Tayyip Erdogan.",
        [("Vladimir Putin", "negotiates-with", "Recep Tayyip Erdogan")],
    ),
    (
        "a place the group lost is not held",
        "Drones hit Saada, which the Houthis lost in 2004.",
        [("Houthis", "controls", "Saada")],
    ),
    (
        "capturing the outskirts of a town is no control of it",
        "Al-Shabaab seized the outskirts of Harardhere on Monday.",
        [("al-Shabaab", "controls", "Harardhere")],
    ),
    (
        "capturing a commander in a town is no control of it",
        "The army captured a senior commander in Harardhere.",
        [("Somalia", "controls", "Harardhere")],
    ),
    (
        "what an accusation alleges stays unasserted",
        "Washington accused the Tigers Brigade of being part of the Africa Corps.",
        [("Africa Corps", "includes", "Tigers Brigade")],
    ),
    (
        "the actor of a hyphen modifier is no antecedent",
        "Somali forces fought al-Shabaab. The al-Qaeda-linked group said it had killed "
        "Kenyan soldiers.",
        [("al-Qaeda", "attacks", "Kenya")],
    ),
    (
        "a hypothetical occupation is not asserted",
        "Israeli troops could occupy a buffer zone in the Afrin region.",
        [("Israel", "controls", "Afrin region")],
    ),
]


test_construction_found, test_construction_not_overreaching = construction_tests(CASES, NEGATIVE)
