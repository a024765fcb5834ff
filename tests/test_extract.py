"""Sentence -> relations: every predicate in its common English constructions.

The sentences are made up for these tests (none is from the dev passages);
each case lists triples that must be found, as (subject, predicate, object)
with canonical labels or mentions, and, for the negative cases, triples that
must not be.
"""

from __future__ import annotations

import json

import pytest
from extraction_support import triples

from graph.extract import Extractor
from graph.records import Document

POSITIVE = [
    # backs
    (
        "The Iran-backed Popular Resistance Brigade shelled the port.",
        [("Iran", "backs", "Popular Resistance Brigade")],
    ),
    (
        "The Eastern Shield Army is backed by Egypt, Jordan and the UAE.",
        [
            ("Egypt", "backs", "Eastern Shield Army"),
            ("Jordan", "backs", "Eastern Shield Army"),
            ("United Arab Emirates", "backs", "Eastern Shield Army"),
        ],
    ),
    (
        "Qatar has openly funded the Northern Freedom Movement since 2015.",
        [("Qatar", "backs", "Northern Freedom Movement")],
    ),
    ("The council receives weapons from Iran and diplomatic support from China.", []),
    # allied-with
    (
        "Shelling by Tehran ally Hezbollah hit the border villages.",
        [("Hezbollah", "allied-with", "Iran")],
    ),
    (
        "The Hamza Brigade, a close ally of Turkey, moved north.",
        [("Hamza Brigade", "allied-with", "Turkey")],
    ),
    # affiliated-with
    (
        "The Sahel Martyrs Brigade is linked to al-Qaeda, officials say.",
        [("Sahel Martyrs Brigade", "affiliated-with", "al-Qaeda")],
    ),
    # includes / member-of
    (
        "The Southern Front, a coalition that includes the Yarmouk Army, rejected the plan.",
        [("Southern Front", "includes", "Yarmouk Army")],
    ),
    (
        "The Yarmouk Army, a member of the Southern Front, rejected the plan.",
        [("Southern Front", "includes", "Yarmouk Army")],
    ),
    (
        "Fighters of the Lions Brigade, the Falcons Brigade and the Tigers Brigade, calling "
        "themselves the Dawn Alliance, crossed the river.",
        [
            ("Dawn Alliance", "includes", "Lions Brigade"),
            ("Dawn Alliance", "includes", "Tigers Brigade"),
        ],
    ),
    # leads / represents
    (
        "Dawn Alliance commander Omar Haddad said the siege would continue.",
        [("Omar Haddad", "leads", "Dawn Alliance")],
    ),
    (
        "Kenyan Foreign Minister Amina Mohamed arrived on Tuesday.",
        [("Amina Mohamed", "represents", "Kenya")],
    ),
    (
        "The Tigers Brigade, led by Khaled Nasser, withdrew.",
        [("Khaled Nasser", "leads", "Tigers Brigade")],
    ),
    (
        "Ali Karimi, a spokesman for the Northern Freedom Movement, denied the report.",
        [("Ali Karimi", "represents", "Northern Freedom Movement")],
    ),
    # attacks
    (
        "Israeli warplanes struck positions of Hezbollah near the border.",
        [("Israel", "attacks", "Hezbollah")],
    ),
    ("Airstrikes by the Saudi air force killed dozens of Houthi fighters.", []),
    (
        "The Pentagon said it carried out a drone strike against al-Shabaab in Somalia.",
        [("United States", "attacks", "al-Shabaab")],
    ),
    (
        "The convoy of the Eastern Shield Army was ambushed by the Islamic State.",
        [("Islamic State", "attacks", "Eastern Shield Army")],
    ),
    # opposes
    (
        "Heavy fighting between the Sudanese army and the Rapid Support Forces spread to Darfur.",
        [("Sudan", "opposes", "Rapid Support Forces")],
    ),
    (
        "The Tigers Brigade has been fighting for years to topple the government of Mali.",
        [("Tigers Brigade", "opposes", "Mali")],
    ),
    # negotiates-with
    (
        "A ceasefire brokered between Ethiopia and Eritrea took effect.",
        [("Ethiopia", "negotiates-with", "Eritrea")],
    ),
    (
        "UN envoy Hans Grundberg met Houthi negotiators in Muscat.",
        [("Hans Grundberg", "represents", "United Nations")],
    ),
    (
        "The Kenyan president held talks with the Tigers Brigade on Monday.",
        [("Kenya", "negotiates-with", "Tigers Brigade")],
    ),
    # accuses
    ("Ukraine accused Russia of shelling the plant.", [("Ukraine", "accuses", "Russia")]),
    (
        "The Observatory for Civil Rights condemned the Tigers Brigade for the massacre.",
        [("Observatory for Civil Rights", "accuses", "Tigers Brigade")],
    ),
    # based-in / controls
    (
        "The Tigers Brigade is based in Kidal province.",
        [("Tigers Brigade", "based-in", "Kidal province")],
    ),
    (
        "The Dawn Alliance took control of the town of Bardai on Sunday.",
        [("Dawn Alliance", "controls", "Bardai")],
    ),
    (
        "Much of Kidal province is now under Tuareg Coordination Front control.",
        [("Tuareg Coordination Front", "controls", "Kidal province")],
    ),
    ("The Houthi-controlled city of Hodeidah was shelled.", [("Houthis", "controls", "Hodeidah")]),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE, ids=[t[:40] for t, _ in POSITIVE])
def test_extract_finds_construction(extractor: Extractor, text: str, expected: list) -> None:
    found = triples(extractor, text)
    for triple in expected:
        assert triple in found, f"{triple} not in {sorted(found)}"


NOT_ASSERTED = [
    ("Rwanda denied backing the March 23 Movement.", ("Rwanda", "backs", "M23")),
    ("Rwanda has never backed the March 23 Movement.", ("Rwanda", "backs", "M23")),
    ("Iran does not fund the Yarmouk Army.", ("Iran", "backs", "Yarmouk Army")),
    ("Iran no longer funds the Yarmouk Army.", ("Iran", "backs", "Yarmouk Army")),
    (
        "If talks fail, Russia could attack the Tigers Brigade.",
        ("Russia", "attacks", "Tigers Brigade"),
    ),
    ("Ethiopia may meet Eritrea next month.", ("Ethiopia", "negotiates-with", "Eritrea")),
    ("Kenya vowed to attack al-Shabaab.", ("Kenya", "attacks", "al-Shabaab")),
    ("A UN report accuses Rwanda of commanding the March 23 Movement.", ("Rwanda", "leads", "M23")),
    (
        "Turkey withdrew its troops from its bases in Kidal province.",
        ("Turkey", "based-in", "Kidal province"),
    ),
]


@pytest.mark.parametrize(("text", "absent"), NOT_ASSERTED, ids=[t[:40] for t, _ in NOT_ASSERTED])
def test_extract_skips_negated_hedged_or_alleged(
    extractor: Extractor, text: str, absent: tuple
) -> None:
    assert absent not in triples(extractor, text)


def test_extract_accusation_itself_is_kept(extractor: Extractor) -> None:
    found = triples(extractor, "A UN report accuses Rwanda of commanding the March 23 Movement.")
    assert ("United Nations", "accuses", "Rwanda") in found


@pytest.mark.parametrize(
    "text",
    [
        "Support us. We need your help to keep providing you with independent journalism.",
        "Subscribe to our newsletter to get the latest on Russia and Syria.",
        "Russian jets over Idlib. JOHN DOE / AFP",
        "Read more",
    ],
)
def test_extract_skips_page_furniture(extractor: Extractor, text: str) -> None:
    assert extractor.extract(Document(text, source="t")) == []


def test_extract_evidence_offsets_point_into_the_text(extractor: Extractor) -> None:
    text = "Read more\n\nThe Iran-backed Popular Resistance Brigade shelled the port. It fled."
    rel = extractor.extract(Document(text, source="s.txt", date="2024-01-02"))[0]
    assert text[rel.evidence.start : rel.evidence.end] == rel.evidence.sentence
    assert rel.evidence.sentence.startswith("The Iran-backed")
    j = rel.to_json()
    assert (j["rule"], j["source"], rel.evidence.date) == ("x-backed-y", "s.txt", "2024-01-02")
    assert 0 < j["confidence"] <= 1
    json.dumps(j)


@pytest.mark.parametrize("text", ["", "   \n\n", "a" * 300_000, "Russia " * 50_000])
def test_extract_bad_input_is_bounded(extractor: Extractor, text: str) -> None:
    assert isinstance(extractor.extract(Document(text, source="x")), list)


def test_extract_documents_in_a_pool_gives_the_single_process_answers(
    extractor: Extractor,
) -> None:
    from graph.extract import extract_documents

    text = "Iran-backed Hezbollah shelled Israeli positions on day {}."
    docs = [Document(text.format(i), source=f"d{i}.txt") for i in range(24)]
    pooled = [
        (d.source, [r.to_json() for r in rels]) for d, rels in extract_documents(docs, workers=2)
    ]
    single = [(d.source, [r.to_json() for r in extractor.extract(d)]) for d in docs]
    assert pooled == single
    assert all(rels for _source, rels in pooled)


@pytest.mark.parametrize(
    ("sizes", "workers", "expected"),
    [
        ([100], 0, 1),  # a small input stays in this process
        ([1024 * 1024] * 3, 0, "all"),  # 3 MB: every core
        ([1024 * 1024] * 3, 1, 1),  # an explicit count wins
    ],
)
def test_extract_auto_workers_follow_the_input_size(tmp_path, sizes, workers, expected) -> None:
    import os

    from graph.pipeline import choose_workers

    for i, size in enumerate(sizes):
        (tmp_path / f"a{i}.txt").write_bytes(b"x" * size)
    want = (os.cpu_count() or 1) if expected == "all" else expected
    assert choose_workers([str(tmp_path)], workers) == want
    assert choose_workers(["-", str(tmp_path)], 0) == 1  # stdin may be a slow stream


@pytest.mark.parametrize("collector_on", [True, False])
def test_extract_makes_no_reference_cycles_and_restores_the_collector(
    extractor: Extractor, collector_on: bool
) -> None:
    # Extraction pauses the cycle collector for speed; that is only safe while
    # it leaves no cyclic garbage behind, and the caller's setting must survive.
    import gc
    from importlib import resources

    article = json.loads(
        resources.files("graph.data").joinpath("example-idlib-2020.json").read_text()
    )
    was = gc.isenabled()
    gc.collect()
    gc.enable() if collector_on else gc.disable()
    try:
        rels = extractor.extract(Document(article["text"], source="idlib.json"))
        assert gc.isenabled() is collector_on
        assert gc.collect() == 0
    finally:
        gc.enable() if was else gc.disable()
    assert rels
