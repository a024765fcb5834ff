"""Sentence -> relations for the actor and stance constructions of the seventh recall round.

Each case is a made-up sentence (none taken from the evaluation passages)
named by the English construction it exercises. NEGATIVE lists near misses
(a foreign or former office, an apposed role, hostile joint subjects) that
must stay unextracted.
"""

from __future__ import annotations

from extraction_support import Triple, construction_tests

CASES: list[tuple[str, str, list[Triple]]] = [
    # leads: an unqualified head-of-state title is the sentence's (or story's) state's
    (
        "bare-head-of-state-title, the state earlier in the sentence",
        "Protests spread across Zambia, which President Hakainde Hichilema governs.",
        [("Hakainde Hichilema", "leads", "Zambia")],
    ),
    (
        "bare-head-of-state-title, the state the story names",
        "Rebels advanced toward Bamako's outskirts after the death of President Kofi Mensah.",
        [("Kofi Mensah", "leads", "Mali")],
    ),
    (
        "bare-head-of-state-title, a prime minister and the story's one state",
        "Gangs in Haiti grew stronger. They forced out Prime Minister Pierre Baptiste Louis.",
        [("Pierre Baptiste Louis", "leads", "Haiti")],
    ),
    # leads: the pronoun's group and an apposed role
    (
        "apposition-its-role-leads",
        "Al-Shabaab released a video showing Hassan Abdi Farah, its Kenya leader, near the border.",
        [("Hassan Abdi Farah", "leads", "al-Shabaab")],
    ),
    (
        "led-by with 'run by' and an unknown name",
        "The Arakan Army is run by Thant Zin Myo, a former teacher.",
        [("Thant Zin Myo", "leads", "Arakan Army")],
    ),
    # allied-with: two state adjectives sharing one force noun in a joint operation
    (
        "joint-forces-of-two-states",
        "Kenyan and Somali troops have recaptured a key base from the militants.",
        [("Kenya", "allied-with", "Somalia")],
    ),
    # actors the gazetteer knows
    (
        "a cartel's short name",
        "Jalisco New Generation is now allied with the Gulf Cartel.",
        [("Jalisco New Generation Cartel", "allied-with", "Gulf Cartel")],
    ),
    (
        "an older Chadian rebel group after x-backed",
        "The faction split from the Sudan-backed UFDD.",
        [("Sudan", "backs", "Union of Forces for Democracy and Development")],
    ),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    (
        "a bare title near another state is the story's state's",
        "Kenya met Somalia. Kenya sent troops at the request of President Omar Ali Nur.",
        [("Omar Ali Nur", "leads", "Kenya")],
    ),
    (
        "a state-qualified title is that state's, not the sentence's other state's",
        "Zambia's minister met Kenyan President William Ruto in Nairobi.",
        [("William Ruto", "leads", "Zambia")],
    ),
    (
        "a former office is no leadership",
        "Protests spread across Zambia, where former President Edgar Lungu lives.",
        [("Edgar Lungu", "leads", "Zambia")],
    ),
    (
        "a role before the title says whose leader it is",
        "A republic was declared in Cameroon by separatist leader President Amos Ebong Tabi.",
        [("Amos Ebong Tabi", "leads", "Cameroon")],
    ),
    (
        "a former role after its",
        "Al-Shabaab showed Hassan Abdi Farah, its former leader, in the video.",
        [("Hassan Abdi Farah", "leads", "al-Shabaab")],
    ),
    (
        "two states' troops clashing are no allies",
        "Armenian and Azerbaijani troops clashed along the border.",
        [("Armenia", "allied-with", "Azerbaijan")],
    ),
    (
        "a platform is no person",
        "Boko Haram's statement, posted on the group's Twitter page, named its spokesman.",
        [("Twitter", "represents", "Boko Haram")],
    ),
]


test_construction_found, test_construction_not_overreaching = construction_tests(CASES, NEGATIVE)
