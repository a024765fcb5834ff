"""Sentence -> relations for round-13 constructions: teaser links, hedges on existing deals.

Each case is a made-up passage (well-known or invented actors, none taken
from the evaluation passages) named by the construction it exercises.
NEGATIVE lists near misses that must stay unextracted.
"""

from __future__ import annotations

from extraction_support import Triple, construction_tests

CASES: list[tuple[str, str, list[Triple]]] = [
    # a teaser paragraph ending in a "Read more" link is news, the link furniture
    (
        "teaser-with-read-more-link",
        "Turkey and Qatar signed a defence pact in Doha on Monday. Read more \u00bb",
        [("Turkey", "negotiates-with", "Qatar")],
    ),
    (
        "teaser-with-continue-reading-link",
        "Russia's Wagner Group, which fights alongside Central African troops, lost a "
        "convoy. Continue reading",
        [("Wagner Group", "allied-with", "Central African Republic")],
    ),
    # a modal whose verb acts on an existing deal does not void the deal
    (
        "hedge-on-existing-truce",
        "The shelling could put more pressure on the shaky truce between Armenia and Azerbaijan.",
        [("Armenia", "negotiates-with", "Azerbaijan")],
    ),
    (
        "hedge-threatens-existing-deal",
        "The dispute may derail the peace deal between Ethiopia and Eritrea.",
        [("Ethiopia", "negotiates-with", "Eritrea")],
    ),
    # a lower-case compass word and a state name: that state, named before or not
    (
        "insurgency-in-compass-state",
        "Al-Shabaab has waged an insurgency in southern Somalia since 2006.",
        [("al-Shabaab", "opposes", "Somalia")],
    ),
    # "X-held towns including P and Q": X controls each named place
    (
        "x-held-places-including-y",
        "Government jets bombed Houthi-held towns including Saada and Haradh overnight.",
        [("Houthis", "controls", "Saada"), ("Houthis", "controls", "Haradh")],
    ),
    (
        "x-controlled-bases-such-as-y",
        "The drones flew from Hezbollah-controlled bases such as al-Qusayr.",
        [("Hezbollah", "controls", "al-Qusayr")],
    ),
    # "X controls large swathes of Y", also in a relative clause of an apposition
    (
        "controls-swathes-of",
        "The Taliban now control large swathes of Afghanistan.",
        [("Taliban", "controls", "Afghanistan")],
    ),
    (
        "apposition-who-controls-swathes-of",
        "Fighters joined al-Shabaab, the militant movement that still holds much of Somalia.",
        [("al-Shabaab", "controls", "Somalia")],
    ),
    # "killed five soldiers" with no owner named: the story's own state's, or the
    # state the sentence just named
    (
        "anaphor-killed-soldiers",
        "Mali has fought JNIM for a decade. Mali says the group is weaker, and Mali wants "
        "talks. JNIM gunmen killed at least seven soldiers near Gao on Sunday.",
        [("JNIM", "attacks", "Mali")],
    ),
    (
        "anaphor-killed-police-officers",
        "Kenya has fought al-Shabaab for years. Kenya says the group is weaker, and Kenya "
        "wants peace. Al-Shabaab fighters killed three police officers in Mandera.",
        [("al-Shabaab", "attacks", "Kenya")],
    ),
    (
        "anaphor-killed-soldiers-state-in-sentence",
        "Mali has fought JNIM for a decade. Mali wants talks, and Mali says JNIM is weak. "
        "In Niger, JNIM fighters killed nine soldiers last week.",
        [("JNIM", "attacks", "Niger")],
    ),
    # "said the defence minister, X": the story's own state's minister
    (
        "the-minister-comma-name",
        "Mali has fought JNIM for a decade. The raid was repelled, said the defence "
        "minister, Ibrahim Keita.",
        [("Ibrahim Keita", "represents", "Mali")],
    ),
    (
        "hedge-on-existing-deal-keeps-apposed-foe",
        "The clashes could put pressure on the truce between Armenia and its old foe, "
        "Azerbaijan, that ended the war.",
        [("Armenia", "opposes", "Azerbaijan"), ("Armenia", "negotiates-with", "Azerbaijan")],
    ),
    # an armed group pledging support to another armed group is its affiliate
    (
        "group-pledging-support-to-group",
        "A new video shows Ansar Dine fighters pledging support to al-Qaeda.",
        [("Ansar Dine", "affiliated-with", "al-Qaeda")],
    ),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    (
        "a paragraph that is only a link stays furniture",
        "Read more: Turkey and Qatar sign a defence pact",
        [("Turkey", "negotiates-with", "Qatar")],
    ),
    (
        "a modal on making the deal keeps it hypothetical",
        "Mediators said the talks could produce a peace deal between Ethiopia and Eritrea.",
        [("Ethiopia", "negotiates-with", "Eritrea")],
    ),
    (
        "a condition keeps the existing-deal reading out",
        "If the army advances, it could derail any truce between Armenia and Azerbaijan.",
        [("Armenia", "negotiates-with", "Azerbaijan")],
    ),
    (
        "a capitalised compass word is part of a name, not a region of the state",
        "Hezbollah waged an insurgency in Northern Mali.",
        [("Hezbollah", "opposes", "Mali")],
    ),
    (
        "places listed with no holder are nobody's",
        "Government jets bombed towns including Saada and Haradh, near Houthi positions.",
        [("Houthis", "controls", "Saada"), ("Houthis", "controls", "Haradh")],
    ),
    (
        "control in the past is no control now",
        "Al-Shabaab once controlled large parts of Somalia.",
        [("al-Shabaab", "controls", "Somalia")],
    ),
    (
        "denied control stays unasserted",
        "Al-Shabaab does not control large parts of Somalia, the minister said.",
        [("al-Shabaab", "controls", "Somalia")],
    ),
    (
        "killed soldiers in a story with no clear main state",
        "Mali and Niger signed a pact. JNIM killed five soldiers near the border.",
        [("JNIM", "attacks", "Mali"), ("JNIM", "attacks", "Niger")],
    ),
    (
        "the victims never act: soldiers killed before an assault are no attackers",
        "Mali has fought JNIM for a decade. Mali wants talks, and Mali says JNIM is weak. "
        "In Niger, JNIM fighters killed nine soldiers during assaults on army posts.",
        [("Niger", "attacks", "Mali")],
    ),
    (
        "an unowned minister in a story of two states belongs to neither",
        "Mali and Niger signed a pact. The raid was repelled, said the defence minister, "
        "Ibrahim Keita.",
        [("Ibrahim Keita", "represents", "Mali"), ("Ibrahim Keita", "represents", "Niger")],
    ),
    (
        "a modal's verb that governs an actor keeps what the actor would do hedged",
        "Analysts said Moscow could pressure Armenia to attack Azerbaijan.",
        [("Armenia", "attacks", "Azerbaijan")],
    ),
    (
        "a state pledging support backs, it is no affiliate",
        "Turkey pledged support to the Free Syrian Army.",
        [("Turkey", "affiliated-with", "Free Syrian Army")],
    ),
]


test_construction_found, test_construction_not_overreaching = construction_tests(CASES, NEGATIVE)
