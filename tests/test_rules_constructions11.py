"""Sentence -> relations for round-11 constructions: document-level context.

Each case is a made-up passage (well-known actors, none taken from the
evaluation passages) named by the construction it exercises. NEGATIVE lists
near misses that must stay unextracted.
"""

from __future__ import annotations

from extraction_support import Triple, construction_tests

CASES: list[tuple[str, str, list[Triple]]] = [
    # "the army" in a story naming several states: the state it names clearly most
    (
        "bare-army-of-the-main-state",
        "Chadian troops crossed into Niger on Monday. Chad said its soldiers would stay a week, "
        "and Chad denied any clash. The Union of Resistance Forces has fought the army since 2008.",
        [("Union of Resistance Forces", "opposes", "Chad")],
    ),
    (
        "bare-government-of-the-main-state",
        "Peru closed a border crossing with Bolivia. Peru said the closure would last a month, "
        "and Peruvian police arrested nine men. The Shining Path has fought the government "
        "for decades.",
        [("Shining Path", "opposes", "Peru")],
    ),
    # a dateline in capitals names the story's state
    (
        "capitalised-dateline-state",
        "NAIROBI (Reuters) - Ethiopian officials visited Mogadishu on Monday. "
        "Al-Shabaab has fought the army for years.",
        [("al-Shabaab", "opposes", "Kenya")],
    ),
    # a sentence-opening "The group" is the previous sentence's subject
    (
        "the-group-is-the-previous-subject",
        "Al-Shabaab, al-Qaeda's East African branch, claimed the bombing. "
        "The group is led by Ahmed Diriye.",
        [("Ahmed Diriye", "leads", "al-Shabaab")],
    ),
    (
        "the-modified-group-is-the-previous-subject",
        "The Houthis fired at ships after al-Qaeda bombed a base. "
        "The militant group is led by Abdul-Malik al-Houthi.",
        [("Abdul-Malik al-Houthi", "leads", "Houthis")],
    ),
    (
        "someone else's unconfirmed claim keeps the relation",
        "Iran has armed the Houthis, though Oman has not confirmed the shipments.",
        [("Iran", "backs", "Houthis")],
    ),
    (
        "possessive-elite-unit with no hostility in the story",
        "Syria's elite Tiger Forces led the assault on Idlib.",
        [("Syria", "includes", "Tiger Forces")],
    ),
    # "both groups" / "the two groups": the two groups just named
    (
        "anaphor-both-groups",
        "The FARC has held talks with Bogota for two years, but the ELN has not. "
        "Both groups have fought the army for 50 years.",
        [
            ("Revolutionary Armed Forces of Colombia", "opposes", "Colombia"),
            ("National Liberation Army", "opposes", "Colombia"),
        ],
    ),
    (
        "anaphor-the-two-groups, across a paragraph break",
        "Hamas fired rockets on Monday while Islamic Jihad stayed out.\n\n"
        "The two groups have clashed with Fatah before.",
        [("Hamas", "opposes", "Fatah"), ("Palestinian Islamic Jihad", "opposes", "Fatah")],
    ),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    (
        "two states named as often: no main state",
        "Chadian troops crossed into Niger on Monday. Niger said Chad had informed it. "
        "The Union of Resistance Forces has fought the army since 2008.",
        [
            ("Union of Resistance Forces", "opposes", "Chad"),
            ("Union of Resistance Forces", "opposes", "Niger"),
        ],
    ),
    (
        "a person's government is not the main state's",
        "U.S. officials said U.S. troops at a base in Iraq were unhurt, and Washington blamed "
        "militias. Ali Hakimi's government condemned the raids.",
        [("Ali Hakimi", "leads", "United States")],
    ),
    (
        "another state's army is no main state's",
        "Chadian troops crossed into Niger on Monday. Chad said its soldiers would stay a week, "
        "and Chad denied any clash. The Union of Resistance Forces has fought Niger's army "
        "since 2008.",
        [("Union of Resistance Forces", "opposes", "Chad")],
    ),
    (
        "the same group is the one named last",
        "The Houthis fired at ships after al-Qaeda bombed a base. "
        "The same group is led by Saad al-Awlaki.",
        [("Saad al-Awlaki", "leads", "Houthis")],
    ),
    (
        "the group's own sentence-opener",
        "Al-Shabaab, al-Qaeda's East African branch, claimed the bombing. "
        "The group is led by Ahmed Diriye.",
        [("Ahmed Diriye", "leads", "al-Qaeda")],
    ),
    (
        "a party that has not confirmed it",
        "Kenya has received Turkish and Qatari drones, which helped it retake a port, "
        "though neither Ankara nor Doha has confirmed any transfers.",
        [("Turkey", "backs", "Kenya"), ("Qatar", "backs", "Kenya")],
    ),
    (
        "a party that has not yet acknowledged it",
        "Iran has armed the Houthis, though Tehran has not acknowledged it.",
        [("Iran", "backs", "Houthis")],
    ),
    (
        "a member the story says fights its group",
        "Russia's feared Wagner Group led the assault. In June the Wagner Group attacked "
        "Russian troops near Rostov.",
        [("Russia", "includes", "Wagner Group")],
    ),
    (
        "both groups after three groups: which two is unclear",
        "Hamas, Islamic Jihad and Hezbollah met in Beirut. Both groups have fought Israel.",
        [("Hamas", "opposes", "Israel"), ("Hezbollah", "opposes", "Israel")],
    ),
    (
        "both groups after one group",
        "Al-Shabaab attacked a base. Both groups have fought Kenya.",
        [("al-Shabaab", "opposes", "Kenya")],
    ),
    (
        "two groups without an article are new groups",
        "Al-Shabaab and ISIS warned on Monday. Two groups then attacked Kenyan troops.",
        [("al-Shabaab", "attacks", "Kenya"), ("ISIS", "attacks", "Kenya")],
    ),
]


test_construction_found, test_construction_not_overreaching = construction_tests(CASES, NEGATIVE)
