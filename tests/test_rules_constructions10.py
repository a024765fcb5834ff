"""Sentence -> relations for round-10 constructions: shared subjects, setting states, ranks.

Each case is a made-up sentence (well-known actors, none taken from the
evaluation passages) named by the English construction it exercises.
NEGATIVE lists near misses that must stay unextracted.
"""

from __future__ import annotations

from extraction_support import Triple, construction_tests

CASES: list[tuple[str, str, list[Triple]]] = [
    # one subject, two verb phrases joined by "and": the second verb's subject is the first's
    (
        "x-did-and-attacked-y",
        "Al-Shabaab overran the garrison town and then ambushed Kenyan troops.",
        [("al-Shabaab", "attacks", "Kenya")],
    ),
    (
        "x-did-and-attacked-y: an actor inside the first verb phrase",
        "Hezbollah mourned a commander in Syria and later shelled Israeli positions.",
        [("Hezbollah", "attacks", "Israel")],
    ),
    (
        "the-x-did-and-attacked-y",
        "The Houthis seized a tanker off Hodeidah and struck the Saudi-led coalition.",
        [("Houthis", "attacks", "Saudi-led coalition")],
    ),
    (
        "x-which-did-and-attacked-y",
        "The Taliban, who took the valley last year and ambushed Pakistani soldiers, "
        "have not commented.",
        [("Taliban", "attacks", "Pakistan")],
    ),
    (
        "x-did-and-fought-y",
        "Hamas rebuilt its tunnels and fought Israeli forces in Rafah.",
        [("Hamas", "opposes", "Israel")],
    ),
    (
        "the-x-did-and-fought-y",
        "The SDF held the dam for a year and battled the Islamic State there.",
        [("SDF", "opposes", "Islamic State")],
    ),
    (
        "the-x-did-and-is-allied-with-y",
        "The Houthis control Sanaa and are allied with Hezbollah.",
        [("Houthis", "allied-with", "Hezbollah")],
    ),
    (
        "x-which-did-and-is-allied-with-y",
        "Hamas, which runs Gaza and is allied with Iran, fired rockets.",
        [("Hamas", "allied-with", "Iran")],
    ),
    (
        "x-did-and-pledged-allegiance-to-y",
        "Al-Shabaab broke with its founders in 2012 and pledged allegiance to al-Qaeda.",
        [("al-Shabaab", "affiliated-with", "al-Qaeda")],
    ),
    (
        "x-which-did-and-pledged-allegiance-to-y",
        "ISWAP, which broke away from Boko Haram and pledged allegiance to the Islamic State, "
        "raided a base.",
        [("ISWAP", "affiliated-with", "Islamic State")],
    ),
    # the fighting that led up to the main clause's event: its subject fought
    (
        "x-did-after-fighting-with-y",
        "Hamas took the crossing on Friday, south of the city, after weeks of fighting with "
        "Israeli troops.",
        [("Hamas", "opposes", "Israel")],
    ),
    (
        "the-x-did-after-fighting-with-y",
        "The Houthis retook the port after days of heavy clashes with Saudi forces.",
        [("Houthis", "opposes", "Saudi Arabia")],
    ),
    (
        "said-it-did-after-fighting-with-y",
        "The SDF said on Monday it had taken the dam after months of fighting with Turkish forces.",
        [("Syrian Democratic Forces", "opposes", "Turkey")],
    ),
    # a state's army chief heads it; a commander in the army is one of many
    (
        "adjectival-army-chief",
        "Talks were led by Sudanese army chief Abdel Fattah al-Burhan.",
        [("Abdel Fattah al-Burhan", "leads", "Sudan")],
    ),
    # an unqualified minister's title: the story's own state's minister
    (
        "bare-minister-title",
        "Kenya said al-Shabaab attacked a convoy. Defence Minister Aden Duale said the army "
        "would respond.",
        [("Aden Duale", "represents", "Kenya")],
    ),
    # "X, one of the leaders of Y": a person named by the group they help lead
    (
        "one-of-the-leaders-of",
        "Police arrested Omar Haddad, one of the senior commanders of the Sham Legion.",
        [("Omar Haddad", "leads", "Sham Legion")],
    ),
    (
        "person-one-of-the-leaders (mention) lets the verb before it reach them",
        "Israeli troops killed Samir Nasser, one of the founders of Hamas.",
        [("Israel", "attacks", "Samir Nasser"), ("Samir Nasser", "leads", "Hamas")],
    ),
    # a relative clause naming the group a faction broke from
    (
        "x-which-split-from",
        "The Islamic State, which broke away from al-Qaeda, seized Mosul in 2014.",
        [("Islamic State", "affiliated-with", "al-Qaeda")],
    ),
    # soldiers killed in an attack in a state: that state's soldiers
    (
        "killed-soldiers-in-attack-in-country",
        "Al-Shabaab killed five soldiers in a dawn ambush in Kenya.",
        [("al-Shabaab", "attacks", "Kenya")],
    ),
    (
        "killed-soldiers-in-attack-in-country: a compass region of a named state",
        "Somalia put its army on alert. Al-Shabaab killed five soldiers in an attack in "
        "southern Somalia.",
        [("al-Shabaab", "attacks", "Somalia")],
    ),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    (
        "a rank in a state's military is no head of the state",
        "The militia fought for Russian military commander Ivan Petrov in Syria.",
        [("Ivan Petrov", "leads", "Russia")],
    ),
    (
        "a plural pronoun does not stand for the state the story happens in",
        "Guerrillas in Somalia said they pledged allegiance to al-Qaeda.",
        [("Somalia", "affiliated-with", "al-Qaeda")],
    ),
    (
        "the second verb's subject is named after 'and'",
        "Al-Shabaab seized the town and Kenya attacked the Islamic State.",
        [("al-Shabaab", "attacks", "Islamic State")],
    ),
    (
        "a reported clause has a subject of its own",
        "Kenya said al-Shabaab seized the town and attacked Ethiopian troops.",
        [("Kenya", "attacks", "Ethiopia")],
    ),
    (
        "a passive second verb phrase: the subject was the target",
        "Al-Shabaab seized the town and was attacked by Kenyan troops.",
        [("al-Shabaab", "attacks", "Kenya")],
    ),
    (
        "the actor a group split from did not pledge allegiance",
        "ISWAP, which split from Boko Haram and pledged allegiance to the Islamic State, "
        "raided a base.",
        [("Boko Haram", "affiliated-with", "Islamic State")],
    ),
    (
        "fighting between two others is not the subject's",
        "Hamas took the crossing after fighting between Israeli troops and Hezbollah.",
        [("Hamas", "opposes", "Israel"), ("Hamas", "opposes", "Hezbollah")],
    ),
    (
        "a report of someone else's fighting",
        "Hezbollah said Hamas took the crossing after weeks of fighting with Israeli troops.",
        [("Hezbollah", "opposes", "Israel")],
    ),
    (
        "a minister of a state named before the title is that state's",
        "Kenya said the army attacked al-Shabaab. Somalia's Defence Minister Ali Nur met Kenya.",
        [("Ali Nur", "represents", "Kenya")],
    ),
    (
        "a qualified minister belongs to the qualifying state",
        "Kenya said the army attacked al-Shabaab. Ethiopian Foreign Minister Ali Nur met Kenya.",
        [("Ali Nur", "represents", "Kenya")],
    ),
    (
        "one of the members is no leader",
        "Police arrested Omar Haddad, one of the fighters of the Sham Legion.",
        [("Omar Haddad", "leads", "Sham Legion")],
    ),
    (
        "attacks-on: the last actor of a relative clause is not the main clause's subject",
        "ISWAP, which split from Boko Haram and swore loyalty to al-Qaeda, has stepped up "
        "attacks on Nigerian troops.",
        [("al-Qaeda", "attacks", "Nigeria")],
    ),
    (
        "attacked-x-targets: the last actor of a relative clause is not the main clause's subject",
        "The Nigerian government sent troops north. ISWAP, which swore loyalty to al-Qaeda, "
        "has since struck army positions.",
        [("al-Qaeda", "attacks", "Nigeria")],
    ),
    (
        "soldiers killed in someone else's ambush",
        "Al-Shabaab lost five fighters in an ambush by Kenyan troops in Somalia.",
        [("al-Shabaab", "attacks", "Somalia")],
    ),
]


test_construction_found, test_construction_not_overreaching = construction_tests(CASES, NEGATIVE)
