"""The windowed matcher finds exactly what spaCy's Matcher finds over the whole paragraph.

It runs each pattern only around its rarest required word and skips places a
fixed-offset test rules out; none of that may change a match.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.matching import columns
from graph.extract.windows import WindowedMatcher

TEXTS = [
    "Fighters of the Northern Lions Brigade, a rebel faction, entered Kafr Nabl town near Idlib.",
    "The 4th Armoured Division and the Free Syrian Army clashed outside Maarat al-Numan.",
    "NLF spokesman Sayf Raad said the group's fighters left the village of Tal Rifat.",
    "Omar Haidari, a senior commander of the Eastern Shield Army, met the regime forces.",
    "the army said. The Army Said. Its forces and their troops withdrew from Hama province",
    "",
]

#: Patterns the bundled rules lack: no required word at all, and two patterns under one key.
EXTRA = {
    "two-titles": [[{"IS_TITLE": True}, {"IS_TITLE": True}]],
    "twice": [[{"LOWER": "the"}, {"LOWER": "group"}], [{"LOWER": "the"}, {"LOWER": "army"}]],
}


@pytest.mark.parametrize("text", TEXTS)
def test_windowed_matches_equal_the_plain_matcher(extractor: Extractor, text: str) -> None:
    from spacy.matcher import Matcher
    from spacy.tokens import Span
    from spacy.util import filter_spans

    nlp, finder = extractor.nlp, extractor.mentions
    windowed, plain = WindowedMatcher(nlp.vocab), Matcher(nlp.vocab)
    for match_id, rule in finder.rules.items():
        windowed.add(nlp.vocab.strings[match_id], rule.pattern)
        plain.add(nlp.vocab.strings[match_id], [rule.pattern])
    for key, patterns in EXTRA.items():
        for pattern in patterns:
            windowed.add(key, pattern)
        plain.add(key, patterns)
    doc = nlp.make_doc(text)
    doc.ents = filter_spans(
        [Span(doc, s, e, label="ArmedGroup") for _, s, e in finder.phrases(doc)]
    )
    rows = columns(doc)
    present = frozenset(w for row in rows for w in row)
    got = {(m[0], m[1], m[2]) for m in windowed(doc, present, rows)}
    want = set(plain(doc))
    assert got == want
    if text:
        assert want  # every text has something to find
