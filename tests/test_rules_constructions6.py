"""Sentence -> relations for the stance constructions of the sixth recall round.

Each case is a made-up sentence (well-known actors, none taken from the
evaluation passages) named by the English construction it exercises: the
shapes were collected from many real news reports of many conflicts, then
written anew. NEGATIVE lists near misses (negation, former relations,
stance adjectives, reporting clauses, wrong direction) that must stay
unextracted.
"""

from __future__ import annotations

from extraction_support import Triple, construction_tests

CASES: list[tuple[str, str, list[Triple]]] = [
    # leads / represents: the role before the group, the name after it
    (
        "role-of-x-name, comma",
        "The leader of Boko Haram, Abubakar Shekau, appeared in a new video.",
        [("Abubakar Shekau", "leads", "Boko Haram")],
    ),
    (
        "role-of-x-name, an unknown name after a described group",
        "The emir of the jihadist group al-Shabaab Ahmed Diriye Umar was not seen in public.",
        [("Ahmed Diriye Umar", "leads", "al-Shabaab")],
    ),
    (
        "role-of-x-name, an unknown name after the comma",
        "The chief of the Houthis, Karim Salem Badawi, spoke on television.",
        [("Karim Salem Badawi", "leads", "Houthis")],
    ),
    (
        "role-for-x-name",
        "A spokesman for the Arakan Army, Khine Thu Kha, confirmed the clashes.",
        [("Khine Thu Kha", "represents", "Arakan Army")],
    ),
    # backs
    (
        "supporter-of",
        "Iran has long been the main supporter of the Houthis in Yemen.",
        [("Iran", "backs", "Houthis")],
    ),
    (
        "supporter-of, apposition",
        "The United Arab Emirates, a key backer of the Rapid Support Forces, denied the claim.",
        [("United Arab Emirates", "backs", "Rapid Support Forces")],
    ),
    (
        "has-the-backing-of",
        "Hezbollah has the military and financial backing of Iran.",
        [("Iran", "backs", "Hezbollah")],
    ),
    (
        "has-the-backing-of, enjoys the support",
        "The Wagner Group enjoyed the support of the Kremlin for years.",
        [("Russia", "backs", "Wagner Group")],
    ),
    (
        "apposition-kind-backed-by",
        "They fled the Janjaweed, the feared nomadic militia backed by Sudan's government.",
        [("Sudan", "backs", "Janjaweed")],
    ),
    (
        "x-backed-y, unnamed separatists",
        "Ukraine fought Russian-backed separatists in the Donbas for eight years.",
        [("Russia", "backs", "separatists")],
    ),
    # affiliated-with
    (
        "has-links-to, relative clause",
        "Ansar al-Sunna, which has links to the Islamic State, attacked the town.",
        [("Ansar al-Sunna", "affiliated-with", "Islamic State")],
    ),
    (
        "has-links-to, main clause",
        "The Haqqani network maintains close ties with al-Qaeda, analysts say.",
        [("Haqqani network", "affiliated-with", "al-Qaeda")],
    ),
    # controls
    (
        "captured-states-city-of",
        "In 2015 the Taliban briefly overran Afghanistan's northern city of Kunduz.",
        [("Taliban", "controls", "Kunduz")],
    ),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    (
        "a 'pro-X' government is not X's",
        "The protests toppled Viktor Yanukovych's pro-Russian government and the Donetsk "
        "People's Republic declared independence.",
        [
            ("Viktor Yanukovych", "leads", "Russia"),
            ("Viktor Yanukovych", "leads", "Donetsk People's Republic"),
        ],
    ),
    (
        "a person is no one's leader-title actor",
        "Mali's junta leader Assimi Goita flew to Moscow, where he met with President "
        "Vladimir Putin.",
        [("Vladimir Putin", "leads", "Assimi Goita")],
    ),
    (
        "a reporting clause is no coordination",
        "Yahya Sinwar, the head of Hamas, the Israeli army said, was hiding in Rafah.",
        [("Yahya Sinwar", "leads", "Israel")],
    ),
    (
        "the name after 'spokesperson for the X President' is the spokesperson's",
        "A spokesperson for the Abkhazia President Inal Ardzinba said the talks were over.",
        [("Inal Ardzinba", "leads", "Abkhazia")],
    ),
    (
        "a military base is no actor based in a place",
        "The soldiers retreated to a military base in northeast Nigeria.",
        [("Nigeria", "based-in", "northeast Nigeria")],
    ),
    (
        "military aid is no actor",
        "Tehran sends military aid to Hezbollah in Lebanon.",
        [("Iran", "negotiates-with", "Iran")],
    ),
    (
        "a former leader",
        "The former leader of Boko Haram, Mohammed Yusuf, was killed in 2009.",
        [("Mohammed Yusuf", "leads", "Boko Haram")],
    ),
    (
        "a deputy leader",
        "The deputy leader of Hamas, Saleh al-Arouri, was killed in Beirut.",
        [("Saleh al-Arouri", "leads", "Hamas")],
    ),
    (
        "the name after the group is the speaker",
        "Israeli forces killed the leader of Hamas, Benjamin Netanyahu said.",
        [("Benjamin Netanyahu", "leads", "Hamas")],
    ),
    (
        "a former backer",
        "Saudi Arabia, a former backer of the Taliban, cut its ties in 2001.",
        [("Saudi Arabia", "backs", "Taliban")],
    ),
    (
        "a lost backing",
        "Hamas lost the backing of Syria in 2012.",
        [("Syria", "backs", "Hamas")],
    ),
    (
        "links denied",
        "The Haqqani network denied it has links to al-Qaeda.",
        [("Haqqani network", "affiliated-with", "al-Qaeda")],
    ),
    (
        "ties between states are diplomacy, not affiliation",
        "Morocco has close ties with France.",
        [("Morocco", "affiliated-with", "France")],
    ),
    (
        "a failed capture",
        "The Taliban failed to capture Afghanistan's northern city of Kunduz.",
        [("Taliban", "controls", "Kunduz")],
    ),
    (
        "pro-Russian separatists are not Russia",
        "Pro-Russian separatists shelled the town of Avdiivka.",
        [("Russia", "attacks", "Avdiivka")],
    ),
]


test_construction_found, test_construction_not_overreaching = construction_tests(CASES, NEGATIVE)
