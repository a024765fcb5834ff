"""Sentence -> relations for constructions that need the engine, not a new rule.

Pronouns and short forms across sentences, subjects separated from their
verb by a relative clause, bare "the army" in a one-state document,
abbreviated ranks, hyphenated backers after an abbreviation, "would
continue to" as an asserted stance, adjectives with modifiers before a force
noun, datelines, spaced-dash appositions and metonyms inside longer place
names. Sentences are invented (made-up or well-known names).
"""

from __future__ import annotations

import pytest
from extraction_support import Triple, triples

from graph.extract import Extractor

CASES: list[tuple[str, str, list[Triple]]] = [
    # 5: sentence-initial pronouns and "the group's" to the previous sentence's subject
    (
        "its-leader-next-sentence",
        "The Northern Liberation Front seized a border post on Monday. Its leader, Karim "
        "Tawfiq, said the fighters would stay.",
        [("Karim Tawfiq", "leads", "Northern Liberation Front")],
    ),
    (
        "it-is-a-member-of",
        "The Red Hills Army is a rebel group in the east. It is a member of the Northern Alliance.",
        [("Northern Alliance", "includes", "Red Hills Army")],
    ),
    (
        "it-after-its",
        "The Sun Front broke with the Desert Hawks Brigade last year. Its leader has sought "
        "new allies. It already controls most of Kamaru province.",
        [("Sun Front", "controls", "Kamaru province")],
    ),
    (
        "the-groups-leader",
        "The Red Hills Army launched an offensive on Monday. The group's leader, Tun Myat, "
        "said it would continue.",
        [("Tun Myat", "leads", "Red Hills Army")],
    ),
    (
        "the-group-is-previous-paragraph-topic",
        "The Sun Front seized Kamaru after clashes with troops and militias known as the "
        "Desert Hawks Brigade.\n\nThe Turkish-backed group, which holds the port, has grown.",
        [("Turkey", "backs", "Sun Front")],
    ),
    # 6: relative clause between subject and verb; bare "the army"
    (
        "subject-which-clause-verb",
        "The Lion Brigade (LB), which captured the town of Sirte last year, now controls the "
        "town of Derna.",
        [("Lion Brigade", "controls", "Derna")],
    ),
    (
        "subject-who-clause-verb",
        "The Sun Front, whose fighters crossed the river in May, attacked the Desert Hawks "
        "Brigade on Sunday.",
        [("Sun Front", "attacks", "Desert Hawks Brigade")],
    ),
    (
        "subject-apposition-verb",
        "The Sun Front, Turkey's closest partner in the north, attacked the Desert Hawks Brigade.",
        [("Sun Front", "attacks", "Desert Hawks Brigade")],
    ),
    # 8: spaced dashes delimit an apposition as commas do
    (
        "dash-apposition-ally",
        "The Lion Brigade - an ally of the Desert Hawks Brigade - attacked the Sun Front.",
        [("Lion Brigade", "allied-with", "Desert Hawks Brigade")],
    ),
    (
        "dash-apposition-successor",
        "The Lion Brigade - the successor to the Desert Hawks Brigade - took the port.",
        [("Lion Brigade", "affiliated-with", "Desert Hawks Brigade")],
    ),
    (
        "ambushed-an-army-patrol",
        "Myanmar's military has lost ground this year. The Kachin Independence Army ambushed "
        "an army patrol near the town of Bhamo.",
        [("Kachin Independence Army", "attacks", "Myanmar")],
    ),
    (
        "bare-the-military",
        "Sudan's army has lost ground this year. The Sun Front said it had seized the town of "
        "Kosti from the military.",
        [("Sun Front", "opposes", "Sudan")],
    ),
    (
        "dateline-state-army",
        "MAIDUGURI, Nigeria (AP) - Fighters of the Sun Front overran an army base on Saturday.",
        [("Sun Front", "attacks", "Nigeria")],
    ),
    # 7: the story after a dateline
    (
        "dateline-date-agency",
        "GOMA, Democratic Republic of Congo, Jan 21 (Reuters) - The Sun Front seized the town "
        "of Sake from the Desert Hawks Brigade.",
        [("Sun Front", "opposes", "Desert Hawks Brigade")],
    ),
    (
        "after-dateline",
        "BAGHDAD (AP) — Iraqi forces attacked the Sun Front on Monday.",
        [("Iraq", "attacks", "Sun Front")],
    ),
    # 9: a capital on its own still names its state
    (
        "capital-alone",
        "Juba accused the Sun Front of shelling the border town.",
        [("South Sudan", "accuses", "Sun Front")],
    ),
    (
        "the-army-of-the-one-state",
        "Fighting spread along Chad's northern border. The Sun Front attacked the army on Monday.",
        [("Sun Front", "attacks", "Chad")],
    ),
    # 2: abbreviated ranks
    (
        "lt-gen-rank",
        "Pakistani military spokesman Lt. Gen. Omar Farooq said the strikes hit militants.",
        [("Omar Farooq", "represents", "Pakistan")],
    ),
    (
        "capt-rank",
        "Philippine army spokesman Capt. Jon Reyes said troops were deployed.",
        [("Jon Reyes", "represents", "Philippines")],
    ),
    (
        "brig-gen-rank",
        "The Hawk Brigade is led by Brig. Gen. Samir Haddad, who joined in 2019.",
        [("Samir Haddad", "leads", "Hawk Brigade")],
    ),
    (
        "junta-spokesman-full-rank",
        "Chad's junta lost the town.\n\nJunta spokesman Major General Aung Win said troops "
        "had withdrawn.",
        [("Aung Win", "represents", "Chad")],
    ),
    # 8: a possessive subject before a dash apposition
    (
        "possessive-subject-dash-apposition",
        "Russia's Sahel Corps - the successor to the Wagner Group - now operates in Mali.",
        [("Sahel Corps", "affiliated-with", "Wagner Group")],
    ),
    # 3: hyphenated backers after an abbreviation or name
    (
        "us-backed",
        "The U.S.-backed Syrian Democratic Forces pushed into the town.",
        [("United States", "backs", "Syrian Democratic Forces")],
    ),
    (
        "us-allied",
        "The Desert Shield Brigade, a U.S.-allied militia, held the crossing.",
        [("United States", "affiliated-with", "Desert Shield Brigade")],
    ),
    (
        "stacked-hyphen-modifiers",
        "The Sun Front captured the town of Kamaru from the U.S.-allied, Kurdish-led Desert "
        "Hawks Brigade.",
        [("Sun Front", "opposes", "Desert Hawks Brigade")],
    ),
    (
        "adjective-modifier-ship",
        "Ukrainian naval drones struck a Russian landing ship overnight.",
        [("Ukraine", "attacks", "Russia")],
    ),
    # 1: "would continue to" reports an ongoing stance
    (
        "would-continue-to-support",
        "Moscow would continue to support Damascus, its close ally, the minister said.",
        [("Russia", "backs", "Syria")],
    ),
    # 4: modifiers between an adjective and the force noun
    (
        "adjective-modifier-force",
        "American retaliatory strikes targeted the Houthis on Friday.",
        [("United States", "attacks", "Houthis")],
    ),
    (
        "group-adjective-modifier-role",
        "Houthi military spokesman Abdul Karim Nasser said the strikes would go on.",
        [("Abdul Karim Nasser", "represents", "Houthis")],
    ),
    (
        "adjective-naval-drones",
        "Ukrainian naval drones struck the Russian navy overnight.",
        [("Ukraine", "attacks", "Russia")],
    ),
]


#: Constructions not handled yet.
PENDING: set[str] = set()


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_construction(extractor: Extractor, name: str, text: str, expected: list[Triple]) -> None:
    if name in PENDING:
        pytest.xfail("not handled yet")
    got = triples(extractor, text)
    missing = [t for t in expected if t not in got]
    assert not missing, f"{name}: missing {missing}; got {sorted(got)}"


NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    (
        "it-after-person-subject",
        "Karim Tawfiq met the Northern Liberation Front on Monday. It is a member of the "
        "Southern Alliance.",
        [("Southern Alliance", "includes", "Northern Liberation Front")],
    ),
    (
        "which-clause-then-and",
        "The Sun Front, which captured the town of Sirte, and the Lion Brigade met on Monday.",
        [("Sun Front", "negotiates-with", "Lion Brigade")],
    ),
    (
        "political-military-coalition",
        "Chad's army took the border post. The Sun Front is a political-military coalition led "
        "by Omar Haddad.",
        [("Omar Haddad", "leads", "Chad")],
    ),
    (
        "named-body-military",
        "Chad's army took the border post. Sun Front military spokesman Omar Haddad said so.",
        [("Omar Haddad", "represents", "Chad")],
    ),
    (
        "mercenary-force-not-state",
        "The Steppe Group, a Russian mercenary force led by Ivan Petrov, fought in Mali.",
        [("Ivan Petrov", "leads", "Russia")],
    ),
    (
        "dateline-agency",
        "KYIV, Ukraine (AP) — Russian drones struck the Sun Front overnight, killing two.",
        [("Ukraine", "attacks", "Sun Front"), ("Associated Press", "attacks", "Sun Front")],
    ),
    (
        "capital-inside-place-name",
        "Insurgents of the Sun Front attacked Mocimboa da Praia and the Middle Juba region.",
        [("Sun Front", "attacks", "Cape Verde"), ("Sun Front", "attacks", "South Sudan")],
    ),
    (
        "it-after-coordinated-subjects",
        "The Sun Front and the Desert Hawks Brigade met on Monday. It is a member of the "
        "Southern Alliance.",
        [
            ("Southern Alliance", "includes", "Sun Front"),
            ("Southern Alliance", "includes", "Desert Hawks Brigade"),
        ],
    ),
    (
        "apposition-then-and",
        "The Sun Front, a rebel group, and the Lion Brigade attacked the Desert Hawks Brigade.",
        [("Lion Brigade", "attacks", "Sun Front")],
    ),
    (
        "spokesman-rank-is-no-leader",
        "Chad's junta lost the town.\n\nJunta spokesman Major General Aung Win said troops "
        "had withdrawn.",
        [("Aung Win", "leads", "Chad")],
    ),
    (
        "the-army-of-two-states",
        "Chad and Niger closed the border. The Sun Front attacked the army on Monday.",
        [("Sun Front", "attacks", "Chad"), ("Sun Front", "attacks", "Niger")],
    ),
    (
        "would-attack-if",
        "Iran would attack Israel if the talks failed.",
        [("Iran", "attacks", "Israel")],
    ),
    (
        "would-continue-if",
        "Moscow would continue to support Damascus if the talks failed.",
        [("Russia", "backs", "Syria")],
    ),
    (
        "would-not-continue",
        "Moscow would not continue to support Damascus.",
        [("Russia", "backs", "Syria")],
    ),
]


@pytest.mark.parametrize(("name", "text", "absent"), NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_not_extracted(extractor: Extractor, name: str, text: str, absent: list[Triple]) -> None:
    got = triples(extractor, text)
    wrong = [t for t in absent if t in got]
    assert not wrong, f"{name}: should not find {wrong}"
