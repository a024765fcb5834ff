"""The shortcuts that make extraction fast give the answers of the plain way.

Each shortcut (triggers, windows, literal patterns, the array sentencizer,
skipping paragraphs) must not change what is found: these tests compare it
with the spaCy component or full Matcher it stands in for, on made-up text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.extract import Extractor
from graph.extract.matching import words
from graph.extract.nlp import Sentences, get_nlp
from graph.extract.patterns import loosen, within_bounds

TEXTS = [
    "The Iran-backed Popular Resistance Brigade shelled the port. Its fighters fled.",
    "UN envoy to Syria Geir Pedersen met Foreign Minister Faisal Mekdad in Damascus.",
    "The group, led by Abu Omar al-Halabi, is based in the town of Tal Abyad!",
    "Heavy fighting... Then (again) the Dawn Movement, an ally of Turkey, attacked.",
    "Kidal province and the villages of Ber and Anefis fell to the Azawad Front (FLA).",
    "the rebel forces and their allies; he said it was over? Yes. No",
    "",
]


DATA = Path(__file__).parent / "data"


def _paragraphs() -> list[str]:
    """Every line of the held-out passages: real wire copy, with every kind of mention."""
    out = []
    for path in sorted([*(DATA / "heldout").glob("*.json"), *(DATA / "heldout2").glob("*.json")]):
        out += [line for line in json.loads(path.read_text())["text"].splitlines() if line]
    return out


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize("text", TEXTS)
def test_sentences_as_the_sentencizer(text: str) -> None:
    nlp = get_nlp()
    expected = [t.is_sent_start for t in nlp(text)]
    doc = nlp.make_doc(text)
    Sentences(nlp)(doc)
    assert [t.is_sent_start for t in doc] == expected


def test_sentences_as_the_sentencizer_on_wire_copy() -> None:
    nlp = get_nlp()
    for text in [*_paragraphs(), ". . Yes.", "?!", "...", "Hi . ) ( . ok"]:
        doc = nlp.make_doc(text)
        Sentences(nlp)(doc)
        assert [t.is_sent_start for t in doc] == [t.is_sent_start for t in nlp(text)], text


@pytest.mark.parametrize("text", TEXTS)
def test_windowed_mentions_as_a_full_matcher(extractor: Extractor, text: str) -> None:
    """Every mention rule matched over the whole paragraph finds the same matches."""
    _same_as_full_matcher(extractor, text)


def test_windowed_mentions_as_a_full_matcher_on_wire_copy(extractor: Extractor) -> None:
    """Windows and prechecks (a capitalised word after a role noun...) keep every match."""
    paragraphs = _paragraphs()
    assert len(paragraphs) > 50
    for text in paragraphs:
        _same_as_full_matcher(extractor, text)


def _same_as_full_matcher(extractor: Extractor, text: str) -> None:
    from spacy.matcher import Matcher

    finder = extractor.mentions
    doc = extractor.nlp.make_doc(text)
    finder.find(doc)  # sets doc.ents to the lexicon's names, as the rules see them
    full = Matcher(extractor.nlp.vocab)
    bounds = {}
    for key, rule in finder.rules.items():
        loose, bounds[key] = loosen(rule.pattern)
        full.add(key, [loose])
    expected = {
        (m, s, e, tuple(a))
        for m, s, e, a in full(doc, with_alignments=True)
        if within_bounds(a, bounds[m])
    }
    got = finder.matcher(doc, words(doc))
    assert {(m, s, e, tuple(a)) for m, s, e, a in got} == expected, text
    assert got == sorted(got, key=lambda m: (m[1], m[2], finder.matcher.rank[m[0]]))


@pytest.mark.parametrize("text", TEXTS)
def test_triggered_relations_as_the_group_matchers(extractor: Extractor, text: str) -> None:
    """Triggered groups return what each whole group's Matcher returns, in its order."""
    matcher = extractor.relations.matcher
    doc = extractor.nlp(text)
    finder = extractor.mentions
    cands = finder.find(doc)
    from spacy.tokens import Span

    doc.ents = [Span(doc, c.start, c.end, label=c.type) for c in cands]
    expected = [
        m
        for group in matcher.groups.values()
        for m in group.matcher(doc, with_alignments=True)
        if within_bounds(m[3], matcher.bounds[m[0]])
    ]
    assert matcher(doc, words(doc)) == expected


def test_paragraph_skips_keep_relations(extractor: Extractor) -> None:
    """A paragraph with one actor, or two in separate sentences, yields nothing; two in one do."""
    from graph.records import Document

    one = "Turkey said on Monday that talks would resume."
    apart = "Turkey said on Monday that talks would resume. The Sham Legion denied it."
    both = "The Turkey-backed Sham Legion said on Monday that talks would resume."
    assert extractor.extract(Document(one, "t")) == []
    assert extractor.extract(Document(apart, "t")) == []
    rels = extractor.extract(Document(both, "t"))
    assert [(r.subject.label, r.predicate) for r in rels] == [("Turkey", "backs")]
