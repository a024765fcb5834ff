"""Sentence -> relations for the hostility, accusation and diplomacy constructions of round 5.

The constructions come from a survey of real conflict reporting (reciprocal
"accused each other", "X-Y war", "came under X fire", "in talks with",
"signed a truce with", "X and his counterpart Y"); every sentence here is made
up. NEGATIVE lists near misses (negation, refusal, future, look-alike wording,
wrong pairing) that must stay unextracted.
"""

from __future__ import annotations

from extraction_support import Triple, construction_tests

CASES: list[tuple[str, str, list[Triple]]] = [
    # accuses
    (
        "x-and-y-accused-each-other, both directions",
        "Ethiopia and Eritrea have repeatedly accused each other of arming rebels.",
        [("Ethiopia", "accuses", "Eritrea"), ("Eritrea", "accuses", "Ethiopia")],
    ),
    (
        "accused each other, capitals and 'one another'",
        "In recent weeks Kyiv and Moscow blamed one another for the strike on the dam.",
        [("Ukraine", "accuses", "Russia"), ("Russia", "accuses", "Ukraine")],
    ),
    (
        "x-and-y-traded-accusations",
        "India and Pakistan traded fresh accusations over the border shelling.",
        [("India", "accuses", "Pakistan"), ("Pakistan", "accuses", "India")],
    ),
    (
        "held-responsible",
        "Israel held Hezbollah directly responsible for the rocket fire.",
        [("Israel", "accuses", "Hezbollah")],
    ),
    (
        "blame-on",
        "Somalia put the blame for the bombing on al-Shabaab.",
        [("Somalia", "accuses", "al-Shabaab")],
    ),
    # negotiates-with
    (
        "in-talks-with",
        "Hamas has been in indirect negotiations with Israel since March.",
        [("Hamas", "negotiates-with", "Israel")],
    ),
    (
        "signed-deal-with, a hyphenated duration",
        "Colombia signed a six-month cease-fire with the ELN in Caracas.",
        [("Colombia", "negotiates-with", "National Liberation Army")],
    ),
    (
        "signed-deal-with, 'reached a truce with'",
        "The Sudanese army reached a fragile truce with the Rapid Support Forces.",
        [("Sudan", "negotiates-with", "Rapid Support Forces")],
    ),
    (
        "x-and-described-y-signed",
        "Mozambique's government and the former rebel movement Renamo on Tuesday signed "
        "a peace accord.",
        [("Mozambique", "negotiates-with", "RENAMO")],
    ),
    (
        "x-and-counterpart-y-met",
        "Recep Tayyip Erdogan and his Russian counterpart Vladimir Putin held talks in Sochi.",
        [("Recep Tayyip Erdogan", "negotiates-with", "Vladimir Putin")],
    ),
    (
        "met-named-counterpart",
        "Vladimir Putin met his Turkish counterpart, Recep Tayyip Erdogan, in Tehran.",
        [("Vladimir Putin", "negotiates-with", "Recep Tayyip Erdogan")],
    ),
    (
        "negotiators-from-x-and-y",
        "Delegations from the Sudanese army and the Rapid Support Forces met in Jeddah.",
        [("Sudan", "negotiates-with", "Rapid Support Forces")],
    ),
    # opposes
    (
        "x-y-war",
        "Fears of a wider Israel-Hezbollah war grew after the strike.",
        [("Israel", "opposes", "Hezbollah")],
    ),
    (
        "fought-wars-with",
        "Hamas has fought four wars with Israel since 2008.",
        [("Hamas", "opposes", "Israel")],
    ),
    (
        "x-and-y-clashed",
        "The Sudanese army and the Rapid Support Forces clashed again near Omdurman.",
        [("Sudan", "opposes", "Rapid Support Forces")],
    ),
    (
        "fighting-between, a described second party",
        "The conflict between the Ethiopian army and the loose network of Fano militias drags on.",
        [("Ethiopia", "opposes", "Fano")],
    ),
    # attacks
    (
        "came-under-x-attack",
        "Hezbollah came under renewed Israeli attack on Sunday.",
        [("Israel", "attacks", "Hezbollah")],
    ),
    (
        "came-under-x-strikes, the attack noun inside the mention",
        "Hezbollah came under heavy Israeli shelling overnight.",
        [("Israel", "attacks", "Hezbollah")],
    ),
    (
        "came-under-attack-from",
        "A UN convoy came under fire from M23 rebels near Goma.",
        [("M23", "attacks", "United Nations")],
    ),
    (
        "claimed-attack-in-country",
        "Al-Shabaab claimed a bombing in Mogadishu that killed ten people.",
        [("al-Shabaab", "attacks", "Somalia")],
    ),
    (
        "claimed-attack-in-country, a place then the country",
        "JNIM claimed responsibility for a deadly raid on a military base in Djibo, "
        "northern Burkina Faso.",
        [("Jama'at Nusrat al-Islam wal-Muslimin", "attacks", "Burkina Faso")],
    ),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    (
        "a negated reciprocal accusation",
        "Ethiopia and Eritrea have not accused each other of anything.",
        [("Ethiopia", "accuses", "Eritrea"), ("Eritrea", "accuses", "Ethiopia")],
    ),
    (
        "trading prisoners is not an accusation",
        "India and Pakistan exchanged prisoners on Friday.",
        [("India", "accuses", "Pakistan")],
    ),
    (
        "a refusal to sign is not a truce",
        "The Sudanese army refused to sign a truce with the Rapid Support Forces.",
        [("Sudan", "negotiates-with", "Rapid Support Forces")],
    ),
    (
        "a deal that could be signed is not signed",
        "Israel and Hamas could sign a ceasefire deal next week.",
        [("Israel", "negotiates-with", "Hamas")],
    ),
    (
        "never signed",
        "Ethiopia and Eritrea have never signed a peace agreement.",
        [("Ethiopia", "negotiates-with", "Eritrea")],
    ),
    (
        "'his counterpart' with no name does not fall back to an earlier person",
        "Benjamin Netanyahu spoke in Jerusalem. Later, Antony Blinken met with his counterpart.",
        [("Antony Blinken", "negotiates-with", "Benjamin Netanyahu")],
    ),
    (
        "a peace-talks compound is not a war",
        "The Russia-Ukraine peace talks resumed in Istanbul.",
        [("Russia", "opposes", "Ukraine")],
    ),
    (
        "fighting alongside is not fighting wars with",
        "Hezbollah fought wars alongside the Syrian army for years.",
        [("Hezbollah", "opposes", "Syria")],
    ),
    (
        "two parties clashing with a third do not oppose each other",
        "The Sudanese army and the Rapid Support Forces clashed with tribal militias.",
        [("Sudan", "opposes", "Rapid Support Forces")],
    ),
    (
        "coming under control is not an attack",
        "The border town came under Turkish control in 2019 and Hezbollah left it.",
        [("Turkey", "attacks", "Hezbollah")],
    ),
    (
        "an attack in a country that the group denied",
        "JNIM denied carrying out an attack in Benin.",
        [("Jama'at Nusrat al-Islam wal-Muslimin", "attacks", "Benin")],
    ),
    (
        "a threatened attack has not happened",
        "Al-Shabaab said it would carry out attacks in Kenya.",
        [("al-Shabaab", "attacks", "Kenya")],
    ),
    (
        "condemning an attack in a country is not attacking it",
        "Al-Shabaab condemned the bombing in Kenya.",
        [("al-Shabaab", "attacks", "Kenya")],
    ),
    (
        "the group named in an apposition is not the attacker",
        "JNIM, an al-Qaeda affiliate, claimed an attack in Mali.",
        [("al-Qaeda", "attacks", "Mali")],
    ),
    (
        "strike-against: the modifier of an object before 'and' is not the attacker",
        "Israel killed a Hezbollah commander and fired rockets at Lebanon.",
        [("Hezbollah", "attacks", "Lebanon")],
    ),
]


test_construction_found, test_construction_not_overreaching = construction_tests(CASES, NEGATIVE)
