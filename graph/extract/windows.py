"""Mention rules matched only where they can match: around their rarest required word.

Mention rules run over whole paragraphs, where most of their words never
occur. Each pattern here

- runs only when each of its required word sets (``requirements``) has a
  word in the paragraph;
- runs only over the stretches around the occurrences of its rarest
  required word, as far as a match can reach from it (a gap ``{0,4}`` reaches
  4 tokens, a run of ``ENT_IOB: I`` tokens the paragraph's longest entity);
- when it is a fixed run of literal words ("its forces"), is checked on the
  token hashes without a spaCy Matcher at all.

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


class WindowedMatcher:
    """Named patterns, each run only around the words it needs."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.sets = WordSets(vocab)
        self.patterns: list[_Pattern] = []
        self.rank: dict[int, int] = {}  # match id -> order of addition

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
        satisfied = self.sets.satisfied(present)
        live = [p for p in self.patterns if p.needs <= satisfied]
        if not live:
            return []
        if rows is None:
            rows = columns(doclike)
        wanted = frozenset().union(*(p.anchor for p in live))
        where: dict[int, list[int]] = {}  # anchor word -> its token positions
        for i, (low, orth, ent) in enumerate(rows):
            if low in wanted:
                where.setdefault(low, []).append(i)
            if orth != low and orth in wanted:
                where.setdefault(orth, []).append(i)
            if ent and ent in wanted:
                where.setdefault(ent, []).append(i)
        longest = -1
        out: list[tuple[int, int, int, list[int]]] = []
        for p in live:
            hits = sorted({i for w in p.anchor & where.keys() for i in where[w]})
            if p.literal:
                out += _literal_matches(p, rows, hits)
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
