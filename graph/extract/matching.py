"""Run only the rules a text can match: spaCy Matchers behind word triggers.

spaCy's Matcher pays for every pattern at every token, and patterns with
gaps are dear. A rule needs certain words ("backed" and "by", a role noun
and a comma, an actor of some type): when one of its required word sets
has no word in the text, the rule cannot match there, so its matcher is
not run. Checking every required set, common words included, skips far
more than checking the rarest one alone.

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

#: Words found in most sentences: a required set holding one is checked last.
_COMMON = frozenset(
    {"the", "a", "an", ",", ".", "and", "of", "in", "to", "by", "-", "'s", "’s"}
    | {"on", "for", "with", "is", "was", "at", "(", ")", "their", "its"}
)


def words(doclike: Doc | Span) -> frozenset[int]:
    """Return the hashes of the lower-case and exact forms and entity labels of ``doclike``."""
    from spacy.attrs import ENT_TYPE, LOWER, ORTH
    from spacy.tokens import Span

    if isinstance(doclike, Span):
        arr = doclike.doc.to_array([LOWER, ORTH, ENT_TYPE])[doclike.start : doclike.end]
    else:
        arr = doclike.to_array([LOWER, ORTH, ENT_TYPE])
    return frozenset(arr.ravel().tolist())


def requirements(vocab: Vocab, pattern: list[dict[str, Any]]) -> list[frozenset[int]]:
    """Return the word sets a match of ``pattern`` must draw one word from, one per token.

    Only tokens that must be present count (not ``?``, ``*``, ``!``, ``{0,n}``);
    a token constrained by ``LOWER``/``ORTH``/``TEXT`` (or ``ENT_TYPE``) values
    gives the set of hashes of those values.
    """
    out: list[frozenset[int]] = []
    for token in pattern:
        op = str(token.get("OP", ""))
        if op in ("?", "*", "!") or op.startswith("{0"):
            continue
        for attr in ("LOWER", "ORTH", "TEXT", "ENT_TYPE"):
            value = token.get(attr)
            if isinstance(value, dict):
                value = value.get("IN")
            if isinstance(value, str):
                value = [value]
            if isinstance(value, list) and value:
                out.append(frozenset(vocab.strings.add(str(w)) for w in value))
    return out


class TriggeredMatcher:
    """Named patterns in groups, one spaCy Matcher per group, each run only when triggered.

    A pattern can match only where each of its required word sets
    (``requirements``) has a word in the text; a group runs when one of its
    patterns can. A group's matcher is called whole, so what it returns, and
    in which order, is what it would return without the check.
    """

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.groups: dict[str, _Group] = {}
        self.bounds: dict[int, dict[int, int]] = {}

    def add(self, key: str, pattern: list[dict[str, Any]], group: str = "") -> None:
        """Add ``pattern`` under ``key`` (match id ``vocab.strings[key]``) to ``group``."""
        from spacy.matcher import Matcher

        loose, bounds = loosen(pattern)
        found = self.groups.get(group)
        if found is None:
            found = self.groups[group] = _Group(Matcher(self.vocab))
        found.matcher.add(key, [loose])
        # Rarest sets first: the check of a pattern that cannot match stops early.
        needs = requirements(self.vocab, pattern)
        common = {self.vocab.strings.add(w) for w in _COMMON}
        found.needs.append(tuple(sorted(needs, key=lambda s: (not s.isdisjoint(common), len(s)))))
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
            if group.triggered(present):
                out.extend(
                    m
                    for m in group.matcher(doclike, with_alignments=True)
                    if within_bounds(m[3], self.bounds[m[0]])
                )
        return out


class _Group:
    def __init__(self, matcher: Any):
        self.matcher = matcher
        self.needs: list[tuple[frozenset[int], ...]] = []

    def triggered(self, present: frozenset[int]) -> bool:
        """True when some pattern of the group has a word of each of its required sets."""
        return any(all(not s.isdisjoint(present) for s in needs) for needs in self.needs)
