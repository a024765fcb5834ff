"""Mention rules matched only where they can match: around their rarest required word.

Mention rules run over whole paragraphs, where most of their words never
occur. Each pattern here

- runs only when each of its required word sets (``requirements``) has a
  word in the paragraph;
- runs only over the stretches around the occurrences of its rarest
  required word, as far as a match can reach from it (a gap ``{0,4}`` reaches
  4 tokens, a run of ``ENT_IOB: I`` tokens the paragraph's longest entity);
- runs only around those occurrences whose neighbours at a fixed distance
  pass the pattern's simple tests (a word, a word list, a flag such as
  ``IS_TITLE``, ``ENT_IOB``): "person-after-role" needs a capitalised word
  right after the role noun, so "the spokesman said" costs no Matcher run;
- when it is a fixed run of literal words ("its forces"), is checked on the
  token hashes without a spaCy Matcher at all.

A pattern without any required word runs over the whole text.

Matches are the Matcher's matches over the whole paragraph, sorted by
start, end and pattern order.

>>> from graph.extract.nlp import get_nlp
>>> from graph.extract.matching import words
>>> nlp = get_nlp()
>>> m = WindowedMatcher(nlp.vocab)
>>> m.add("its", [{"LOWER": {"IN": ["its", "their"]}}, {"LOWER": "forces"}])
>>> m.add("prov", [{"IS_TITLE": True}, {"LOWER": "province"}])
>>> doc = nlp.make_doc("Its forces left Idlib province.")
>>> [(nlp.vocab.strings[i], s, e) for i, s, e, _ in m(doc, words(doc))]
[('its', 0, 2), ('prov', 3, 5)]
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from graph.extract.matching import WordSets, columns, requirements
from graph.extract.patterns import loosen, within_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

#: Pattern keys a literal token may use, and the column of ``columns`` each reads.
_LITERAL_COLUMNS = {"LOWER": 0, "ORTH": 1, "TEXT": 1}
_INF = float("inf")
#: Token attributes a precheck reads, in the order of ``_flags`` (after the 3 of ``columns``).
_FLAG_ATTRS = ("IS_TITLE", "IS_LOWER", "IS_PUNCT", "IS_UPPER", "IS_CURRENCY", "ENT_IOB")
#: String-valued keys a precheck can test, and the column each reads.
_WORD_COLUMNS = {"LOWER": 0, "ORTH": 1, "TEXT": 1, "ENT_TYPE": 2}


@dataclass
class _Pattern:
    match_id: int
    needs: frozenset[int]  # ids of the required word sets
    anchor: frozenset[int]  # the rarest required set
    anchor_index: int
    before: float  # tokens a match may hold before the anchor (inf: any)
    after: float
    ents_before: int  # runs of entity-inside tokens before the anchor
    ents_after: int
    bounds: dict[int, int]
    matcher: Any = None  # a spaCy Matcher, or None for a literal pattern
    literal: tuple[tuple[int, frozenset[int]], ...] = ()
    # tests a match's tokens at a fixed offset from the anchor must pass:
    # (offset, column, kind, value) with kind "eq", "in" or "not_in"
    checks: tuple[tuple[int, int, str, Any], ...] = ()


class WindowedMatcher:
    """Named patterns, each run only around the words it needs."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.sets = WordSets(vocab)
        self.patterns: list[_Pattern] = []
        self.rank: dict[int, int] = {}  # match id -> order of addition
        self._anchored: dict[int, list[int]] = {}  # anchor word -> its patterns' indexes
        self._everywhere: list[int] = []  # patterns without a required word
        self._anchor_words: frozenset[int] = frozenset()

    def add(self, key: str, pattern: list[dict[str, Any]]) -> None:
        """Add ``pattern`` under ``key`` (match id ``vocab.strings[key]``)."""
        from spacy.matcher import Matcher

        needs = self.sets.rarest_first(requirements(self.vocab, pattern, indexed=True))
        anchor_index, anchor = needs[0] if needs else (0, frozenset())
        widths = [_width(token) for token in pattern]
        before, after = widths[:anchor_index], widths[anchor_index + 1 :]
        loose, bounds = loosen(pattern)
        entry = _Pattern(
            self.vocab.strings.add(key),
            frozenset(self.sets.id(s) for _, s in needs),
            anchor,
            anchor_index,
            _fixed(before) if needs else _INF,
            _fixed(after) if needs else _INF,
            before.count("ent"),
            after.count("ent"),
            bounds,
        )
        literal = _literal(self.vocab, pattern)
        if literal is not None and needs:
            entry.literal = literal
        else:
            entry.matcher = Matcher(self.vocab)
            entry.matcher.add(key, [loose])
            if needs:
                entry.checks = _checks(self.vocab, pattern, anchor_index)
        for word in anchor:
            self._anchored.setdefault(word, []).append(len(self.patterns))
        if not needs:
            self._everywhere.append(len(self.patterns))
        self._anchor_words |= anchor
        self.patterns.append(entry)
        self.rank.setdefault(entry.match_id, len(self.rank))

    def __call__(
        self,
        doclike: Doc | Span,
        present: frozenset[int],
        rows: list[list[int]] | None = None,
    ) -> list[tuple[int, int, int, list[int]]]:
        """Return ``(match_id, start, end, alignments)`` of every pattern, sorted.

        Args:
            doclike: a Doc or Span; positions are relative to it.
            present: ``words(doclike)``.
            rows: ``columns(doclike)``, when the caller has them.
        """
        here = self._anchor_words.intersection(present)  # the few anchor words in the text
        if not here and not self._everywhere:
            return []  # no anchor word in the text: no pattern can match
        found: dict[int, list[int]] = {}  # pattern index -> positions of its anchor words
        if rows is None:
            rows = columns(doclike)
        if here:
            anchored = self._anchored
            for i, (low, orth, ent) in enumerate(rows):
                if low in here or orth in here or ent in here:
                    for w in {low, orth, ent} & here:
                        for index in anchored[w]:
                            at = found.setdefault(index, [])
                            if not at or at[-1] != i:
                                at.append(i)
        if rows:
            for index in self._everywhere:  # one window: the whole text
                found[index] = [0]
        satisfied = self.sets.satisfied(present)
        live = [
            (self.patterns[index], hits)
            for index, hits in sorted(found.items())
            if self.patterns[index].needs <= satisfied
        ]
        if not live:
            return []
        longest = -1
        flags: list[list[int]] | None = None
        out: list[tuple[int, int, int, list[int]]] = []
        for p, hits in live:
            if p.literal:
                out += _literal_matches(p, rows, hits)
                continue
            if p.checks:
                if flags is None:
                    flags = _flags(doclike)
                hits = _passing(p.checks, rows, flags, hits)
                if not hits:
                    continue
            if (p.ents_before or p.ents_after) and longest < 0:
                longest = max((e.end - e.start for e in doclike.ents), default=1)
            spread = max(longest - 1, 0)
            for lo, hi in _windows(
                hits,
                p.before + p.ents_before * spread,
                p.after + p.ents_after * spread,
                len(rows),
            ):
                out += [
                    (m[0], m[1] + lo, m[2] + lo, m[3])
                    for m in p.matcher(doclike[lo:hi], with_alignments=True)
                    if within_bounds(m[3], p.bounds)
                ]
        rank = self.rank
        out.sort(key=lambda m: (m[1], m[2], rank[m[0]]))
        return out


@functools.cache
def _flag_ids() -> list[int | str]:
    from spacy import attrs

    return [getattr(attrs, a) for a in _FLAG_ATTRS]


def _flags(doclike: Doc | Span) -> list[list[int]]:
    """Return per token its ``_FLAG_ATTRS`` values."""
    from spacy.tokens import Span

    ids = _flag_ids()
    if isinstance(doclike, Span):
        arr = doclike.doc.to_array(ids)[doclike.start : doclike.end]
    else:
        arr = doclike.to_array(ids)
    table: list[list[int]] = arr.tolist()
    return table


def _passing(
    checks: tuple[tuple[int, int, str, Any], ...],
    rows: list[list[int]],
    flags: list[list[int]],
    hits: list[int],
) -> list[int]:
    """Return the hits whose tokens at the checked offsets pass every check."""
    n, out = len(rows), []
    for hit in hits:
        for offset, col, kind, value in checks:
            i = hit + offset
            if not 0 <= i < n:
                break
            got = rows[i][col] if col < 3 else flags[i][col - 3]
            if kind == "eq":
                if got != value:
                    break
            elif kind == "in":
                if got not in value:
                    break
            elif got in value:
                break
        else:
            out.append(hit)
    return out


def _checks(
    vocab: Vocab, pattern: list[dict[str, Any]], anchor: int
) -> tuple[tuple[int, int, str, Any], ...]:
    """Return the tests on the tokens at a fixed distance from the anchor token.

    A pattern token without ``OP`` is exactly one token; from the anchor
    (itself without ``OP``) outwards, the run of such tokens sits at fixed
    offsets, and every simple test of each (a word, a word list, a flag) is
    one a match must pass there. Keys the tests do not know are left to the
    Matcher: the tests only ever let through more than it keeps.
    """
    from spacy.tokens import Token

    if "OP" in pattern[anchor]:
        return ()
    out: list[tuple[int, int, str, Any]] = []
    for step in (-1, 1):
        i = anchor if step < 0 else anchor + 1
        while 0 <= i < len(pattern) and "OP" not in pattern[i]:
            for key, value in pattern[i].items():
                test = _test(vocab, key, value, Token.iob_strings())
                if test is not None:
                    out.append((i - anchor, *test))
            i += step
    return tuple(out)


def _test(vocab: Vocab, key: str, value: Any, iob: tuple[str, ...]) -> tuple[int, str, Any] | None:
    """Compile one ``key: value`` of a pattern token to ``(column, kind, value)``, or None."""
    if key in _WORD_COLUMNS:
        col = _WORD_COLUMNS[key]
        if isinstance(value, str):
            return col, "eq", vocab.strings.add(value)
        if isinstance(value, dict) and len(value) == 1:
            ((op, words),) = value.items()
            if op in ("IN", "NOT_IN") and all(isinstance(w, str) for w in words):
                return col, op.lower(), frozenset(vocab.strings.add(w) for w in words)
        return None
    if key == "ENT_IOB" and isinstance(value, str) and value in iob:
        return 3 + _FLAG_ATTRS.index(key), "eq", iob.index(value)
    if key in _FLAG_ATTRS and isinstance(value, bool):
        return 3 + _FLAG_ATTRS.index(key), "eq", int(value)
    return None


def _windows(hits: list[int], before: float, after: float, n: int) -> list[tuple[int, int]]:
    """Return the disjoint token ranges that hold every match through a hit."""
    if before == _INF or after == _INF:
        return [(0, n)] if hits else []
    out: list[tuple[int, int]] = []
    for i in hits:
        lo, hi = max(i - int(before), 0), min(i + int(after) + 1, n)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _literal_matches(
    p: _Pattern, rows: list[list[int]], hits: list[int]
) -> list[tuple[int, int, int, list[int]]]:
    size, n, out = len(p.literal), len(rows), []
    for hit in hits:
        start = hit - p.anchor_index
        if start < 0 or start + size > n:
            continue
        if all(rows[start + j][col] in words for j, (col, words) in enumerate(p.literal)):
            out.append((p.match_id, start, start + size, list(range(size))))
    return out


def _literal(vocab: Vocab, pattern: list[dict[str, Any]]) -> tuple[Any, ...] | None:
    """Return ``(column, word hashes)`` per token if ``pattern`` is a fixed run of words."""
    out = []
    for token in pattern:
        if len(token) != 1:
            return None
        ((attr, value),) = token.items()
        if attr not in _LITERAL_COLUMNS:
            return None
        if isinstance(value, dict) and set(value) == {"IN"}:
            value = value["IN"]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return None
        out.append((_LITERAL_COLUMNS[attr], frozenset(vocab.strings.add(v) for v in value)))
    return tuple(out)


def _fixed(widths: list[float | str]) -> float:
    """Return the sum of the fixed widths (entity runs are counted apart)."""
    return sum(w for w in widths if not isinstance(w, str))


def _width(token: dict[str, Any]) -> float | str:
    """Return how many tokens a pattern token may cover ("ent": a run inside one entity)."""
    op = str(token.get("OP", ""))
    if op in ("*", "+") and {k: v for k, v in token.items() if k != "OP"} == {"ENT_IOB": "I"}:
        return "ent"
    if op in ("*", "+") or op.endswith(",}"):
        return _INF
    if op.startswith("{"):
        return int(op.strip("{}").split(",")[-1])
    return 1
