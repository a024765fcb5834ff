"""Run only the rules a text can match: one spaCy Matcher per rule, behind a word trigger.

spaCy's Matcher pays for every pattern at every token, and patterns with
gaps are dear. Most rules need a literal word ("backed", "ally", a role
noun); a rule whose every required word set misses the text cannot match,
so it is not run. The trigger of a rule is its most selective required set.

>>> from graph.extract.nlp import get_nlp
>>> nlp = get_nlp()
>>> m = TriggeredMatcher(nlp.vocab)
>>> m.add("r", [{"LOWER": "ally"}, {"IS_TITLE": True}])
>>> doc = nlp("Syria's ally Russia")
>>> [(nlp.vocab.strings[i], s, e) for i, s, e, _ in m(doc, words(doc))]
[('r', 2, 4)]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graph.extract.patterns import loosen, within_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

#: Words too common to make a useful trigger: a rule needing only these always runs.
_COMMON = frozenset(
    {
        "the",
        "a",
        "an",
        ",",
        ".",
        "and",
        "of",
        "in",
        "to",
        "by",
        "-",
        "'s",
        "’s",
        "on",
        "for",
        "with",
        "is",
        "was",
        "at",
    }
)


def words(doclike: Doc | Span) -> frozenset[int]:
    """Return the hashes of the lower-case and exact forms of the words of ``doclike``."""
    from spacy.attrs import LOWER, ORTH
    from spacy.tokens import Span

    if isinstance(doclike, Span):
        arr = doclike.doc.to_array([LOWER, ORTH])[doclike.start : doclike.end]
    else:
        arr = doclike.to_array([LOWER, ORTH])
    return frozenset(arr.ravel().tolist())


def trigger(vocab: Vocab, pattern: list[dict[str, Any]]) -> frozenset[int] | None:
    """Return the hashes of the most selective required word set of ``pattern`` (None: always)."""
    best: frozenset[int] | None = None
    for token in pattern:
        if token.get("OP") in ("?", "*") or str(token.get("OP", "")).startswith("{0"):
            continue
        for attr in ("LOWER", "ORTH", "TEXT"):
            value = token.get(attr)
            if isinstance(value, dict):
                value = value.get("IN")
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not value or set(value) <= _COMMON:
                continue
            found = frozenset(vocab.strings.add(w) for w in value)
            if best is None or len(found) < len(best):
                best = found
    return best


class TriggeredMatcher:
    """Named patterns in groups, one spaCy Matcher per group, each run only when triggered.

    A group's trigger is the union of its patterns' triggers (none if any
    pattern has none). Few groups keep the per-call cost low; triggers skip
    the groups a sentence cannot match.
    """

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.groups: dict[str, _Group] = {}
        self.bounds: dict[int, dict[int, int]] = {}

    def add(self, key: str, pattern: list[dict[str, Any]], group: str = "") -> None:
        """Add ``pattern`` under ``key`` (match id ``vocab.strings[key]``) to ``group``."""
        from spacy.matcher import Matcher

        needed = trigger(self.vocab, pattern)
        loose, bounds = loosen(pattern)
        found = self.groups.get(group)
        if found is None:
            found = self.groups[group] = _Group(Matcher(self.vocab), frozenset())
        found.matcher.add(key, [loose])
        found.needed = None if needed is None or found.needed is None else found.needed | needed
        self.bounds[self.vocab.strings.add(key)] = bounds

    def __call__(
        self, doclike: Doc | Span, present: frozenset[int]
    ) -> list[tuple[int, int, int, list[int]]]:
        """Return ``(match_id, start, end, alignments)`` of the triggered patterns.

        Args:
            doclike: a Doc or Span; positions are relative to it.
            present: ``words(...)`` of a text that contains ``doclike``.
        """
        out: list[tuple[int, int, int, list[int]]] = []
        for group in self.groups.values():
            if group.needed is None or not group.needed.isdisjoint(present):
                out.extend(
                    m
                    for m in group.matcher(doclike, with_alignments=True)
                    if within_bounds(m[3], self.bounds[m[0]])
                )
        return out


class _Group:
    def __init__(self, matcher: Any, needed: frozenset[int] | None):
        self.matcher, self.needed = matcher, needed
