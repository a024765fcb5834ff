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


#: Matchers of pattern subsets kept per group (the combinations seen are few).
_MAX_SUBSETS = 256


def words(doclike: Doc | Span) -> frozenset[int]:
    """Return the hashes of the lower-case and exact forms and entity labels of ``doclike``."""
    from spacy.attrs import ENT_TYPE, LOWER, ORTH
    from spacy.tokens import Span

    if isinstance(doclike, Span):
        arr = doclike.doc.to_array([LOWER, ORTH, ENT_TYPE])[doclike.start : doclike.end]
    else:
        arr = doclike.to_array([LOWER, ORTH, ENT_TYPE])
    return frozenset(arr.ravel().tolist())


def requirements(vocab: Vocab, pattern: list[dict[str, Any]], indexed: bool = False) -> list[Any]:
    """Return the word sets a match of ``pattern`` must draw one word from, one per token.

    Only tokens that must be present count (not ``?``, ``*``, ``!``, ``{0,n}``);
    a token constrained by ``LOWER``/``ORTH``/``TEXT`` (or ``ENT_TYPE``) values
    gives the set of hashes of those values (``indexed``: with the token's index).
    """
    out: list[Any] = []
    for index, token in enumerate(pattern):
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
                found = frozenset(vocab.strings.add(str(w)) for w in value)
                out.append((index, found) if indexed else found)
    return out


class WordSets:
    """Required word sets by id, and for each word the ids of the sets it is in.

    The sets a text satisfies are then found with one look-up per word of
    the text, however many patterns there are.
    """

    def __init__(self, vocab: Vocab):
        self.common = frozenset(vocab.strings.add(w) for w in _COMMON)
        self._ids: dict[frozenset[int], int] = {}
        self._by_word: dict[int, list[int]] = {}
        self._words: set[int] = set()  # the keys of _by_word

    def id(self, words: frozenset[int]) -> int:
        """Return the id of the set ``words``, registering it on first use."""
        found = self._ids.get(words)
        if found is None:
            found = self._ids[words] = len(self._ids)
            for w in words:
                self._by_word.setdefault(w, []).append(found)
                self._words.add(w)
        return found

    def rarest_first(self, needs: list[tuple[int, frozenset[int]]]) -> list[Any]:
        """Sort ``(index, set)`` requirements: sets without common words, smallest, first."""
        return sorted(needs, key=lambda n: (not n[1].isdisjoint(self.common), len(n[1])))

    def satisfied(self, present: set[int] | frozenset[int]) -> set[int]:
        """Return the ids of the sets that have a word in ``present``."""
        out: set[int] = set()
        by_word = self._by_word
        for w in self._words.intersection(present):  # few words of a text are in any set
            out.update(by_word[w])
        return out


class TriggeredMatcher:
    """Named patterns in groups, one spaCy Matcher per group, each run only when triggered.

    A pattern can match only where each of its required word sets
    (``requirements``) has a word in the text; a group runs a Matcher of
    those of its patterns that can, which returns what the whole group's
    Matcher would, in the same order.
    """

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.groups: dict[str, _Group] = {}
        self.bounds: dict[int, dict[int, int]] = {}
        self.sets = WordSets(vocab)
        # pattern by the set it needs with fewest words (None: needs none): only
        # patterns whose set a text satisfies are tested, not all of them
        self._by_set: dict[int | None, list[tuple[_Group, int]]] = {}

    def add(self, key: str, pattern: list[dict[str, Any]], group: str = "") -> None:
        """Add ``pattern`` under ``key`` (match id ``vocab.strings[key]``) to ``group``."""
        from spacy.matcher import Matcher

        loose, bounds = loosen(pattern)
        found = self.groups.get(group)
        if found is None:
            found = self.groups[group] = _Group(Matcher(self.vocab))
        found.matcher.add(key, [loose])
        found.patterns.append((key, loose))
        needs = requirements(self.vocab, pattern)
        found.needs.append(frozenset(self.sets.id(s) for s in needs))
        self.bounds[self.vocab.strings.add(key)] = bounds
        smallest = self.sets.id(min(needs, key=len)) if needs else None
        self._by_set.setdefault(smallest, []).append((found, len(found.needs) - 1))

    def possible(self, present: set[int] | frozenset[int]) -> bool:
        """True when some pattern has a word of ``present`` in each of its required sets."""
        satisfied = self.sets.satisfied(present)
        return any(group.needs[i] <= satisfied for group, i in self._candidates(satisfied))

    def _candidates(self, satisfied: set[int]) -> list[tuple[_Group, int]]:
        """Return the patterns whose smallest required set is satisfied (or that need none)."""
        by_set = self._by_set
        out = list(by_set.get(None, ()))
        for sid in satisfied:
            out += by_set.get(sid, ())
        return out

    def __call__(
        self, doclike: Doc | Span, present: frozenset[int]
    ) -> list[tuple[int, int, int, list[int]]]:
        """Return ``(match_id, start, end, alignments)`` of the triggered patterns.

        Args:
            doclike: a Doc or Span; positions are relative to it.
            present: ``words(...)`` of a text that contains ``doclike``.
        """
        out: list[tuple[int, int, int, list[int]]] = []
        satisfied = self.sets.satisfied(present)
        live_by_group: dict[int, list[int]] = {}
        for group, i in self._candidates(satisfied):
            if group.needs[i] <= satisfied:
                live_by_group.setdefault(id(group), []).append(i)
        for group in self.groups.values():
            live = sorted(live_by_group.get(id(group), ()))
            if live:
                out.extend(
                    m
                    for m in group.matcher_for(live)(doclike, with_alignments=True)
                    if within_bounds(m[3], self.bounds[m[0]])
                )
        return out


def columns(doclike: Doc | Span) -> list[list[int]]:
    """Return per token its lower-case form, form and entity label hashes."""
    from spacy.attrs import ENT_TYPE, LOWER, ORTH
    from spacy.tokens import Span

    if isinstance(doclike, Span):
        arr = doclike.doc.to_array([LOWER, ORTH, ENT_TYPE])[doclike.start : doclike.end]
    else:
        arr = doclike.to_array([LOWER, ORTH, ENT_TYPE])
    rows: list[list[int]] = arr.tolist()
    return rows


class _Group:
    def __init__(self, matcher: Any):
        self.matcher = matcher
        self.needs: list[frozenset[int]] = []  # ids of each pattern's required sets
        self.patterns: list[tuple[str, list[dict[str, Any]]]] = []
        self._subsets: dict[tuple[int, ...], Any] = {}

    def matcher_for(self, live: list[int]) -> Any:
        """Return a Matcher of only the patterns ``live``, added in the group's order.

        The Matcher walks its patterns in the order they were added, so this
        one returns the group's matches of those patterns in the same order,
        at the cost of those patterns alone.
        """
        if len(live) == len(self.patterns):
            return self.matcher
        key = tuple(live)
        found = self._subsets.get(key)
        if found is None:
            if len(self._subsets) >= _MAX_SUBSETS:
                return self.matcher
            from spacy.matcher import Matcher

            found = self._subsets[key] = Matcher(self.matcher.vocab)
            for i in live:
                found.add(self.patterns[i][0], [self.patterns[i][1]])
        return found
