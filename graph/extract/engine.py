"""The extraction engine: documents in, relations with evidence out.

For each paragraph of a document (page furniture skipped): find mentions,
resolve them against what the document named before, merge each mention
into one token, and run the relation rules over its sentences.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph.extract.actors import DocumentActors, Resolved
from graph.extract.config import user_lexicon_files, user_pattern_files
from graph.extract.furniture import dateline_end, is_furniture, without_trailing_link
from graph.extract.lexicon.sources import Form, gazetteer_entries, read_lexicon, surface_forms
from graph.extract.mentions import Candidate, MentionFinder
from graph.extract.nlp import Sentences, get_nlp, paragraphs
from graph.extract.patterns import builtin_rule_files, load_rules
from graph.extract.relations import Found, RelationFinder
from graph.records import Document, Evidence, Relation
from graph.vocab import predicate

if TYPE_CHECKING:
    from spacy.tokens import Doc


class Extractor:
    """Find the relations a document asserts, with their evidence.

    Built once (the lexicon and rules are compiled here), then used for
    any number of documents.

    Args:
        lexicon_paths: extra actor lexicons (CSV or Turtle), after the
            bundled gazetteer and the files of ``user_config_dir()``.
        pattern_paths: extra pattern files (JSON), after the bundled rules
            and the files of ``user_config_dir()``.

    Raises:
        PatternError: when a lexicon or pattern file is malformed.

    >>> ex = Extractor()
    >>> rels = ex.extract(Document("The NLF, which includes the Sham Legion, met Syria.", "demo"))
    >>> isinstance(rels, list)
    True
    """

    def __init__(
        self,
        lexicon_paths: Sequence[Path] = (),
        pattern_paths: Sequence[Path] = (),
    ):
        self.nlp = get_nlp()
        self.sentences = Sentences(self.nlp)
        entries = gazetteer_entries()
        for path in [*user_lexicon_files(), *map(Path, lexicon_paths)]:
            entries += read_lexicon(path)
        rules = load_rules(
            [*builtin_rule_files(), *user_pattern_files(), *map(Path, pattern_paths)]
        )
        forms = surface_forms(entries)
        self.mentions = MentionFinder(self.nlp, forms, rules.mentions)
        self.relations = RelationFinder(self.nlp, rules.relations)
        self.relations.states = {
            f.text: f.label for f in forms if f.type == "State" and f.kind in ("label", "alt")
        }

    def extract(self, doc: Document) -> list[Relation]:
        """Return the relations ``doc`` asserts, one per fact and sentence.

        Each carries ``Evidence``: the document's source, id and date, the
        sentence with its character offsets in ``doc.text``, the rule id, a
        confidence and the two mentions as written.
        """
        with _cycle_collector_paused():
            return self._extract(doc)

    def _extract(self, doc: Document) -> list[Relation]:
        state = DocumentActors()
        aliases = _Aliases(self.nlp)
        best: dict[tuple[str, str, str, int], Relation] = {}
        for offset, whole in paragraphs(doc.text):
            piece = without_trailing_link(whole)  # "... Read more »": the link only
            if is_furniture(piece):
                continue
            cut = dateline_end(piece)
            if cut:  # the dateline's place and agency are no party of the sentence
                # "BAGHDAD (AP) -": the lexicon knows "Baghdad"; same length, same offsets
                head = re.sub(r"\b[A-Z][A-Z]+\b", lambda m: m.group(0).title(), piece[:cut])
                for cand in self.mentions.find(self.nlp.make_doc(head)):
                    if cand.type == "State" and cand.label:
                        state.context(cand.label)  # "the army" later: this state's
                offset, piece = offset + cut, piece[cut:]
            # Tokens only: sentences are cut (and mentions merged) only in a
            # paragraph with two actors or more, the only kind a rule can use.
            pdoc = self.nlp.make_doc(piece)
            aliases.learn(state.pending_forms())
            cands = self.mentions.find(pdoc, aliases if aliases.forms else None, aliases.forms)
            resolved = state.resolve(pdoc, cands, offset)
            # a pair anaphor ("the two sides") counts for the two actors it stands for
            if sum(1 + len(r.also) for r in resolved if r is not None) < 2:
                continue
            starts = self.sentences(pdoc)
            shared = _shared_sentence(starts, cands, resolved)
            if not shared and not self.relations.may_cross(piece):  # "... claimed the attack"
                continue
            kept = [
                (c.start, c.end, r.actor.type if r.actor else "Pronoun")
                for c, r in zip(cands, resolved, strict=True)
                if r is not None
                for _ in range(1 + len(r.also))
            ]
            if not self.relations.possible(pdoc, kept, starts):
                continue
            mentions = _merge(pdoc, cands, resolved)
            history = [s.actor for s in state.seen]
            for found in self.relations.find(pdoc, mentions, history):
                rel = _relation(doc, found, offset)
                key = _key(rel)
                if key not in best or best[key].evidence.confidence < rel.evidence.confidence:
                    best[key] = rel
        return _consistent(list(best.values()))


_HOSTILE = frozenset({"opposes", "attacks"})


def _consistent(rels: list[Relation]) -> list[Relation]:
    """Drop the memberships a document contradicts: X is at war with its own member Y.

    "Sudan's paramilitary RSF ... The RSF has been at war with the Sudanese army":
    the possessive reads as membership, the story says the two are enemies.
    """
    hostile = {
        frozenset((r.subject.label, r.object.label)) for r in rels if r.predicate in _HOSTILE
    }
    if not hostile:
        return rels
    return [
        r
        for r in rels
        if r.predicate != "includes" or frozenset((r.subject.label, r.object.label)) not in hostile
    ]


@contextlib.contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector for one document, restoring it after.

    Extraction makes objects by the thousand and no reference cycles (a test
    checks), so the collector's passes over the Extractor's large tables
    would be wasted time: a tenth of extraction.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Aliases:
    """One document's own aliases, grown paragraph by paragraph, matched as a PhraseMatcher would.

    Matched on token forms in Python: a document learns a few aliases, and
    spaCy's ``PhraseMatcher.add`` costs more than matching them by hand.
    """

    def __init__(self, nlp: Any):
        self.nlp = nlp
        self.forms: dict[int, Form] = {}
        self._by_first: dict[int, list[tuple[tuple[int, ...], int]]] = {}

    def learn(self, forms: list[Form]) -> None:
        nlp = self.nlp
        for form in forms:
            match_id = nlp.vocab.strings.add(f"alias:{form.label}:{form.text}")
            orths = tuple(t.orth for t in nlp.make_doc(form.text))
            if orths and match_id not in self.forms:
                self._by_first.setdefault(orths[0], []).append((orths, match_id))
            self.forms[match_id] = form

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Return ``(match_id, start, end)`` of every alias in ``doc``, by start then end."""
        from spacy.attrs import ORTH

        by_first = self._by_first
        orths = doc.to_array(ORTH).tolist()
        out = []
        for start, orth in enumerate(orths):
            for words, match_id in by_first.get(orth, ()):
                end = start + len(words)
                if tuple(orths[start:end]) == words:
                    out.append((match_id, start, end))
        out.sort(key=lambda m: (m[1], m[2]))
        return out


def _merge(
    doc: Doc, cands: list[Candidate], resolved: list[Resolved | None]
) -> dict[int, Resolved]:
    """Merge each kept mention into one token; return token index -> mention."""
    from spacy.tokens import Span

    kept = [(c, r) for c, r in zip(cands, resolved, strict=True) if r is not None]
    doc.ents = [
        Span(doc, c.start, c.end, label=r.actor.type if r.actor else "Pronoun") for c, r in kept
    ]
    with doc.retokenize() as retok:
        for c, _ in kept:
            if c.end - c.start > 1:
                retok.merge(doc[c.start : c.end])
    return {ent.start: r for ent, (_, r) in zip(doc.ents, kept, strict=True)}


def _shared_sentence(
    starts: list[int], cands: list[Candidate], resolved: list[Resolved | None]
) -> bool:
    """True when two kept mentions share a sentence (or one spans a sentence start).

    A relation rule needs two actors in one sentence; other paragraphs need
    neither merging nor matching.
    """
    seen: set[int] = set()
    sentence, at = 0, 0
    for c, r in zip(cands, resolved, strict=True):
        if r is None:
            continue
        while at <= c.start:  # cands are in text order: count starts up to c.start
            sentence += starts[at] == 1
            at += 1
        if sentence in seen or r.also or any(starts[j] == 1 for j in range(c.start + 1, c.end)):
            return True
        seen.add(sentence)
    return False


def _relation(doc: Document, found: Found, offset: int) -> Relation:
    start, end = offset + found.sentence_start, offset + found.sentence_end
    evidence = Evidence(
        source=doc.source,
        sentence=doc.text[start:end],
        start=start,
        end=end,
        rule=found.rule.id,
        confidence=round(found.confidence, 3),
        document_id=doc.id,
        date=doc.date,
        subject_mention=found.subject_mention,
        object_mention=found.object_mention,
    )
    return Relation(found.subject, found.rule.predicate, found.object, evidence)


def _key(rel: Relation) -> tuple[str, str, str, int]:
    s, o = rel.subject.label, rel.object.label
    if predicate(rel.predicate).symmetric and s > o:
        s, o = o, s
    return (s, rel.predicate, o, rel.evidence.start)


# Worker processes build their Extractor once, in the pool initializer.
_WORKER: Extractor | None = None


def _init_worker(lexicon_paths: Sequence[Path], pattern_paths: Sequence[Path]) -> None:
    global _WORKER
    _WORKER = Extractor(lexicon_paths, pattern_paths)


def _work(doc: Document) -> tuple[Document, list[Relation]]:
    assert _WORKER is not None
    return doc, _WORKER.extract(doc)


def extract_documents(
    docs: Iterable[Document],
    *,
    workers: int = 1,
    lexicon_paths: Sequence[Path] = (),
    pattern_paths: Sequence[Path] = (),
) -> Iterator[tuple[Document, list[Relation]]]:
    """Yield each document with its relations, in input order, streaming.

    Args:
        docs: any iterable of documents; it is read lazily, a bounded batch
            at a time, so memory stays flat however long it is.
        workers: processes; above 1 a multiprocessing pool extracts, each
            worker building its ``Extractor`` once (0 and 1 extract in this
            process; ``pipeline.choose_workers`` picks a count for an input).
        lexicon_paths: extra actor lexicons.
        pattern_paths: extra pattern files.

    Raises:
        PatternError: when a lexicon or pattern file is malformed.

    >>> [len(r) >= 0 for _, r in extract_documents([Document("Calm day.", "x")])]
    [True]
    """
    if workers <= 1:
        extractor = Extractor(lexicon_paths, pattern_paths)
        for doc in docs:
            yield doc, extractor.extract(doc)
        return
    import multiprocessing

    Extractor(lexicon_paths, pattern_paths)  # fail fast on a bad file, in this process
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(workers, _init_worker, (tuple(lexicon_paths), tuple(pattern_paths))) as pool:
        iterator = iter(docs)
        while batch := list(itertools.islice(iterator, workers * 16)):
            yield from pool.imap(_work, batch, chunksize=4)
