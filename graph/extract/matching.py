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


def reach(pattern: list[dict[str, Any]], index: int) -> tuple[float, float]:
    """Return how many tokens a match may hold before and after pattern token ``index``.

    >>> reach([{"ORTH": "a"}, {"OP": "{0,3}"}, {"ORTH": "b"}, {"OP": "?"}], 2)
    (4, 1)
    """
    widths = [_width(str(token.get("OP", ""))) for token in pattern]
    return sum(widths[:index]), sum(widths[index + 1 :])


def _width(op: str) -> float:
    if op in ("*", "+") or op.endswith(",}"):
        return float("inf")
    if op.startswith("{"):
        return int(op.strip("{}").split(",")[-1])
    return 1


class TriggeredMatcher:
    """Named patterns in groups, one spaCy Matcher per group, each run only when triggered.

    A pattern can match only where each of its required word sets
    (``requirements``) has a word in the text; a group runs when one of its
    patterns can. By default a group's matcher is called whole, so what it
    returns, and in which order, is what it would return without the check.

    ``windowed``: a group runs only over the stretches of text around the
    words of its patterns' rarest required sets (as far as a match could
    reach), and matches come sorted by position and pattern. Over a long
    paragraph where a rule's word occurs once, that is a few tokens instead
    of all.
    """

    def __init__(self, vocab: Vocab, windowed: bool = False):
        self.vocab = vocab
        self.windowed = windowed
        self.groups: dict[str, _Group] = {}
        self.bounds: dict[int, dict[int, int]] = {}
        self.order: dict[int, int] = {}
        # Required word sets by id, and for each word the ids of the sets it is in:
        # the sets a text satisfies are found with one look-up per word.
        self._ids: dict[frozenset[int], int] = {}
        self._by_word: dict[int, list[int]] = {}

    def _set_id(self, words: frozenset[int]) -> int:
        found = self._ids.get(words)
        if found is None:
            found = self._ids[words] = len(self._ids)
            for w in words:
                self._by_word.setdefault(w, []).append(found)
        return found

    def add(self, key: str, pattern: list[dict[str, Any]], group: str = "") -> None:
        """Add ``pattern`` under ``key`` (match id ``vocab.strings[key]``) to ``group``."""
        from spacy.matcher import Matcher

        loose, bounds = loosen(pattern)
        if self.windowed:
            # Windowed matches are sorted anyway: a matcher per pattern runs
            # only the patterns that can match, each over its own windows.
            group = key
        found = self.groups.get(group)
        if found is None:
            found = self.groups[group] = _Group(Matcher(self.vocab))
        found.matcher.add(key, [loose])
        found.patterns.append((key, loose))
        # Rarest sets first: the check of a pattern that cannot match stops early.
        common = {self.vocab.strings.add(w) for w in _COMMON}
        needs = sorted(
            requirements(self.vocab, pattern, indexed=True),
            key=lambda n: (not n[1].isdisjoint(common), len(n[1])),
        )
        found.needs.append(frozenset(self._set_id(s) for _, s in needs))
        anchor = needs[0] if needs else (0, frozenset())
        found.anchors.append((anchor[1], *reach(pattern, anchor[0])) if needs else None)
        match_id = self.vocab.strings.add(key)
        self.bounds[match_id] = bounds
        self.order[match_id] = len(self.order)

    def __call__(
        self, doclike: Doc | Span, present: frozenset[int]
    ) -> list[tuple[int, int, int, list[int]]]:
        """Return ``(match_id, start, end, alignments)`` of the triggered patterns.

        Args:
            doclike: a Doc or Span; positions are relative to it.
            present: ``words(...)`` of a text that contains ``doclike``.
        """
        out: list[tuple[int, int, int, list[int]]] = []
        arr = None
        satisfied: set[int] = set()
        by_word = self._by_word
        for w in present:
            ids = by_word.get(w)
            if ids is not None:
                satisfied.update(ids)
        for group in self.groups.values():
            live = group.triggered(satisfied)
            if not live:
                continue
            if not self.windowed:
                out.extend(self._matches(group.matcher_for(live), doclike, 0))
                continue
            if arr is None:
                arr = _columns(doclike)
            for lo, hi in group.windows(live, arr):
                out.extend(self._matches(group.matcher, doclike[lo:hi], lo))
        if self.windowed:
            out.sort(key=lambda m: (m[1], m[2], self.order[m[0]]))
        return out

    def _matches(
        self, matcher: Any, doclike: Doc | Span, offset: int
    ) -> list[tuple[int, int, int, list[int]]]:
        return [
            (m[0], m[1] + offset, m[2] + offset, m[3])
            for m in matcher(doclike, with_alignments=True)
            if within_bounds(m[3], self.bounds[m[0]])
        ]


def _columns(doclike: Doc | Span) -> list[list[int]]:
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
        # per pattern: (rarest required set, reach before it, reach after it), or None
        self.anchors: list[tuple[frozenset[int], float, float] | None] = []
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

    def triggered(self, satisfied: set[int]) -> list[int]:
        """Return the patterns of the group whose required sets are all ``satisfied``."""
        return [i for i, needs in enumerate(self.needs) if needs <= satisfied]

    def windows(self, live: list[int], arr: list[list[int]]) -> list[tuple[int, int]]:
        """Return the disjoint token ranges of ``arr`` where patterns ``live`` may match."""
        n = len(arr)
        anchors = [self.anchors[i] for i in live]
        if any(a is None or a[1] == float("inf") or a[2] == float("inf") for a in anchors):
            return [(0, n)]
        words: set[int] = set()
        before = after = 0
        for a in anchors:
            assert a is not None
            words |= a[0]
            before, after = max(before, int(a[1])), max(after, int(a[2]))
        out: list[tuple[int, int]] = []
        for i in [i for i, row in enumerate(arr) if not words.isdisjoint(row)]:
            lo, hi = max(i - before, 0), min(i + after + 1, n)
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
        return out
