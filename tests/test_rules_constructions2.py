"""Sentence -> relations for the general wire-copy constructions of the blind held-out work.

Each case is a made-up sentence (invented or well-known names, none taken from
the held-out passages) named by the rule's construction; NEGATIVE lists traps
that must stay unextracted. The last test scores the blind passages of
``tests/data/heldout2`` and keeps them above the floor measured when these
rules were added.
"""

from __future__ import annotations

from extraction_support import Triple, construction_tests

CASES: list[tuple[str, str, list[Triple]]] = [
    # opposes
    (
        "traded-fire-with",
        "The PKK, which has traded fire with Turkish troops for decades, issued a statement.",
        [("Kurdistan Workers' Party", "opposes", "Turkey")],
    ),
    (
        "pitted-x-against-y",
        "The battle pitted the Desert Hawks Brigade, which holds the port, against the Coastal "
        "Shield Brigade.",
        [("Desert Hawks Brigade", "opposes", "Coastal Shield Brigade")],
    ),
    (
        "captured-place-from",
        "The Arakan Army captured the town of Paletwa from the Myanmar military last week.",
        [("Arakan Army", "opposes", "Myanmar")],
    ),
    (
        "formed-to-fight",
        "The Volunteer Front, a coalition of tribal militias formed to fight al-Shabaab in 2016, "
        "disbanded.",
        [("Volunteer Front", "opposes", "al-Shabaab")],
    ),
    (
        "launched-named-operation-against",
        "The Kachin Independence Army launched Operation Thunder against the Myanmar military.",
        [("Kachin Independence Army", "opposes", "Myanmar")],
    ),
    (
        "x-and-y-fought-for-control",
        "The Gulf Clan and the ELN have fought for control of the border crossings since 2020.",
        [("Clan del Golfo", "opposes", "National Liberation Army")],
    ),
    (
        "apposition-rival-of",
        "The Gulf Clan, a bitter rival of the ELN, denied the report's claims of a truce.",
        [("Clan del Golfo", "opposes", "National Liberation Army")],
    ),
    (
        "killed-in-clashes-with",
        "Four Nigerian soldiers were killed in clashes with Boko Haram on Sunday.",
        [("Nigeria", "opposes", "Boko Haram")],
    ),
    (
        "relative-fought-to-topple",
        "Al-Shabaab, which has fought for more than a decade to topple Somalia's federal "
        "government, claimed the bombing.",
        [("al-Shabaab", "opposes", "Somalia")],
    ),
    (
        "apposition-then-captured-from",
        "The Northern Lions Brigade, a coalition of tribal fighters, captured the airport from "
        "the Southern Shield Brigade.",
        [("Northern Lions Brigade", "opposes", "Southern Shield Brigade")],
    ),
    # attacks
    (
        "overran-base-in",
        "JNIM fighters overran a military base in Burkina Faso on Tuesday.",
        [("Jama'at Nusrat al-Islam wal-Muslimin", "attacks", "Burkina Faso")],
    ),
    (
        "launched-offensive-against",
        "The Sudanese army launched a major offensive against the Rapid Support Forces.",
        [("Sudan", "attacks", "Rapid Support Forces")],
    ),
    # controls
    (
        "controls-partitive",
        "The Arakan Army now controls 12 of Rakhine State's townships.",
        [("Arakan Army", "controls", "Rakhine State")],
    ),
    (
        "held-place",
        "Ukrainian forces have held parts of the Kursk region since August.",
        [("Ukraine", "controls", "Kursk region")],
    ),
    (
        "control-of-areas-around (and a place after 'around')",
        "The Kachin Independence Army has taken control of jade mining areas around Hpakant.",
        [("Kachin Independence Army", "controls", "Hpakant")],
    ),
    (
        "place-apposition-x-has-controlled",
        "A drone struck a convoy near Bulo Burde, a town al-Shabaab has controlled for years.",
        [("al-Shabaab", "controls", "Bulo Burde")],
    ),
    (
        "swept-into",
        "Fighters of the M23 swept into Bukavu on Sunday.",
        [("M23", "controls", "Bukavu")],
    ),
    # includes / member-of
    (
        "counts-among-its-members",
        "The Arakan Army counts the Chin Brotherhood Army among its members.",
        [("Arakan Army", "includes", "Chin Brotherhood Army")],
    ),
    (
        "possessive-elite-unit",
        "Analysts say Hezbollah's elite Radwan Force moved south.",
        [("Hezbollah", "includes", "Radwan Force")],
    ),
    (
        "possessive-peacekeeping-force",
        "Troops of NATO's peacekeeping force in Kosovo, KFOR, were reinforced.",
        [("NATO", "includes", "KFOR")],
    ),
    (
        "relative-includes-troops-from",
        "The Multinational Joint Task Force (MNJTF), which includes troops from Chad, Niger and "
        "Nigeria, said it repelled the attack.",
        [("MNJTF", "includes", "Chad"), ("MNJTF", "includes", "Niger")],
    ),
    (
        "is-a-member-of / member-of-along-with",
        "The Kachin Independence Army is a member of the Northern Alliance along with the Arakan "
        "Army.",
        [
            ("Northern Alliance", "includes", "Kachin Independence Army"),
            ("Northern Alliance", "includes", "Arakan Army"),
        ],
    ),
    (
        "which-together-form",
        "The Arakan Army, the MNDAA and the TNLA, which together form the Three Brotherhood "
        "Alliance, launched an offensive.",
        [("Three Brotherhood Alliance", "includes", "Arakan Army")],
    ),
    # affiliated-with
    (
        "possessive-affiliate-apposition",
        "Attacks by al-Qaeda's Sahel affiliate, JNIM, rose sharply last year.",
        [("Jama'at Nusrat al-Islam wal-Muslimin", "affiliated-with", "al-Qaeda")],
    ),
    (
        "broke-ties-with",
        "Hayat Tahrir al-Sham broke formal ties with al-Qaeda in 2016.",
        [("Hayat Tahrir al-Sham", "affiliated-with", "al-Qaeda")],
    ),
    (
        "successor-to",
        "The Africa Corps, the successor to the Wagner Group, has fighters in Mali.",
        [("Africa Corps", "affiliated-with", "Wagner Group")],
    ),
    (
        "split-from",
        "The Shabelle Brigade split from al-Shabaab in 2019.",
        [("Shabelle Brigade", "affiliated-with", "al-Shabaab")],
    ),
    (
        "breakaway-faction-of (a 'former' group)",
        "The 36th Front, a dissident faction of the former FARC, attacked the town.",
        [("36th Front", "affiliated-with", "FARC")],
    ),
    # backs / allied-with
    (
        "possessive-patron",
        "Iran remains Hezbollah's main foreign patron, officials said.",
        [("Iran", "backs", "Hezbollah")],
    ),
    (
        "apposition-then-possessive-patron",
        "Turkey, which sent drones to the capital in 2020, remains the Government of National "
        "Unity's main foreign patron.",
        [("Turkey", "backs", "Government of National Unity")],
    ),
    (
        "sent-troops-to-help",
        "Rwanda deployed about 1,000 soldiers to help Mozambique in 2021.",
        [("Rwanda", "backs", "Mozambique")],
    ),
    (
        "sided-with",
        "The Sudan Liberation Army sided with the Sudanese army last year.",
        [("Sudan Liberation Army", "allied-with", "Sudan")],
    ),
    (
        "apposition-its-ally",
        "The Kremlin says Moscow backs Lukashenko, its closest ally.",
        [("Alexander Lukashenko", "allied-with", "Russia")],
    ),
    # leads / represents
    (
        "apposition-who-headed",
        "Israel killed Fuad Shukr, a senior commander of Hezbollah who headed its elite Radwan "
        "Force, on Tuesday.",
        [("Fuad Shukr", "leads", "Radwan Force")],
    ),
    (
        "role-of-modified-group",
        "The strike killed Ali Hamad, a senior commander of the Iran-backed Kataib Hezbollah.",
        [("Ali Hamad", "leads", "Kataib Hezbollah")],
    ),
    (
        "apposition-possessive-role",
        "Abdul Kabir, the Taliban's minister for refugees, visited Islamabad.",
        [("Abdul Kabir", "represents", "Taliban")],
    ),
    (
        "apposition-possessive-role-leads",
        "Abu Ali Karim, the Sham Legion's military commander, was wounded.",
        [("Abu Ali Karim", "leads", "Sham Legion")],
    ),
    (
        "apposition-role-and-head-of",
        "Karim Sayed, the defence minister and leader of the Eastern Shield Army, spoke.",
        [("Karim Sayed", "leads", "Eastern Shield Army")],
    ),
    (
        "under-the-command-of",
        "The Popular Mobilization Forces, now formally under the command of Prime Minister "
        "Mohammed Shia al-Sudani, deployed north.",
        [("Mohammed Shia al-Sudani", "leads", "Popular Mobilization Forces")],
    ),
    (
        "led-by (a long role before the name)",
        "The M23 is led by former electoral commission chief Corneille Nangaa.",
        [("Corneille Nangaa", "leads", "M23")],
    ),
    (
        "led-in-part-by",
        "The Coastal Shield Brigade is led in part by former police officer Jean Baptiste.",
        [("Jean Baptiste", "leads", "Coastal Shield Brigade")],
    ),
    (
        "spokesman-for (the army's numbered unit)",
        "Jefferson Cruz, a spokesman for the army's 4th Infantry Division, said so.",
        [("Jefferson Cruz", "represents", "4th Infantry Division")],
    ),
    # accuses
    (
        "condemned-x-strikes",
        "Iraq's government condemned the raids as well as Turkey's retaliatory strikes.",
        [("Iraq", "accuses", "Turkey")],
    ),
    (
        "designated-accusing-them",
        "The United States designated al-Shabaab and the Houthis as terrorist organizations, "
        "accusing them of kidnappings.",
        [("United States", "accuses", "al-Shabaab"), ("United States", "accuses", "Houthis")],
    ),
    # negotiates-with
    (
        "ceasefire-brokered-by",
        "The rebels handed the town back to the Myanmar junta under a ceasefire brokered by China.",
        [("Myanmar", "negotiates-with", "China")],
    ),
    (
        "continuing-negotiations-with",
        "The Estado Mayor Central is continuing negotiations with the Colombian government.",
        [("Estado Mayor Central", "negotiates-with", "Colombia")],
    ),
    (
        "suspended-talks-with: talks that were suspended took place",
        "Colombia suspended peace talks with the ELN on Friday.",
        [("Colombia", "negotiates-with", "National Liberation Army")],
    ),
    # mentions
    (
        "numbered-unit mention",
        "The fighting pitted the Special Deterrence Force against the 444 Brigade.",
        [("Special Deterrence Force", "opposes", "444 Brigade")],
    ),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    (
        "talks never held are no negotiations",
        "Colombia has never held peace talks with the Gulf Clan.",
        [("Colombia", "negotiates-with", "Clan del Golfo")],
    ),
    (
        "denied support is not asserted",
        "Rwanda has denied sending troops to help the M23.",
        [("Rwanda", "backs", "M23")],
    ),
    (
        "hypothetical patronage is not asserted",
        "Turkey could become the Government of National Unity's main foreign patron.",
        [("Turkey", "backs", "Government of National Unity")],
    ),
    (
        "once fighting alongside is no hostility",
        "Fano militias once fought alongside the Ethiopian army against the TPLF.",
        [("Fano", "opposes", "Ethiopia")],
    ),
    (
        "a designating state is no member",
        "Kataib Hezbollah, which Washington designated a terrorist organization in 2009, "
        "suspended attacks.",
        [("United States", "includes", "Kataib Hezbollah")],
    ),
    (
        "a relative clause with another subject is no membership",
        "Tehrik-e-Taliban Pakistan, or TTP, which Islamabad says shelters in Afghanistan, "
        "denied it.",
        [("Pakistan", "includes", "Tehrik-e-Taliban Pakistan")],
    ),
    (
        "'armed groups' is no arming",
        "China has close ties to both the Myanmar junta and the armed groups along its border.",
        [("Myanmar", "backs", "China")],
    ),
    (
        "a dateline agency is no attacker",
        "BAGHDAD (AP) — A drone attack targeted a base hosting U.S. troops in Iraq.",
        [("Associated Press", "attacks", "United States"), ("AP", "attacks", "United States")],
    ),
    (
        "a place in 'X airstrike on P's suburbs' is no attacker",
        "An Israeli airstrike on Beirut's southern suburbs killed a Hezbollah commander.",
        [("Lebanon", "attacks", "Hezbollah"), ("Beirut", "attacks", "Hezbollah")],
    ),
    (
        "a former rival is not opposed",
        "The Gulf Clan, a former rival of the ELN, signed the deal.",
        [("Clan del Golfo", "opposes", "National Liberation Army")],
    ),
    (
        "rebel-held areas are not the attacker's",
        "Russian warplanes struck rebel-held areas of Idlib overnight.",
        [("Russia", "controls", "Idlib")],
    ),
    (
        "'held talks in' is no control",
        "The Afghan government held talks in Doha with the Taliban.",
        [("Afghanistan", "controls", "Doha"), ("Afghanistan", "controls", "Qatar")],
    ),
]


test_construction_found, test_construction_not_overreaching = construction_tests(CASES, NEGATIVE)
