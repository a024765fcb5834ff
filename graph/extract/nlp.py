"""The spaCy pipeline: a blank English tokenizer and sentencizer, built once per process.

No trained model is needed or downloaded. Two lexeme flags are given the
meaning the rules need, computed once per word type so matching stays in C:

- ``IS_TITLE``: starts with an upper-case letter and has a lower-case one
  ("Ta’ang" and "McDonald" count; "US" does not).
- ``NAME_PART`` (stored in spaCy's ``IS_CURRENCY`` flag, which no rule of
  ours needs): a word that can sit inside a proper name: capitalised or
  all-caps words, name particles ("al", "bin", "de") and hyphens.

Text is cut into paragraphs (line breaks are sentence breaks, so headlines
and captions never run into the next line) and long paragraphs into chunks
below ``MAX_CHUNK`` characters, so any input costs time linear in its size.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from graph.extract.lexicon.words import ABBREVIATIONS, HEADLINE_VERBS, NAME_PARTICLES

if TYPE_CHECKING:
    from spacy.language import Language

#: Longest piece of text handed to spaCy at once (its max_length is 1,000,000).
MAX_CHUNK = 20_000
#: A run this long without sentence punctuation is not prose (a dump, a list,
#: garbage): it is skipped, so such input costs a regex scan, not matching.
MAX_RUN = 3_000
_RUN_ON = re.compile(r"[^.!?;:\n]{" + str(MAX_RUN) + ",}")
#: Matcher attribute standing for NAME_PART in pattern files.
NAME_PART_ATTR = "IS_CURRENCY"
_LINE = re.compile(r"[^\n]+")


def is_title(word: str) -> bool:
    """Return True for a capitalised word with a lower-case letter.

    >>> is_title("Ta’ang"), is_title("US"), is_title("rebels")
    (True, False, False)
    """
    return word[:1].isupper() and any(c.islower() for c in word[1:])


def is_name_part(word: str) -> bool:
    """Return True for a word that can sit inside a proper name.

    A headline's capitalised verb is none: "India Says Army Killed", "X Attacks Y".

    >>> [is_name_part(w) for w in ("Tahrir", "al", "-", "NLF", "the", "Says", "Attacks")]
    [True, True, True, True, False, False, False]
    """
    if word[:1].isupper():
        return word.lower() not in HEADLINE_VERBS
    return word in NAME_PARTICLES or word in ("-", "'", "’")


@functools.lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Return the process's pipeline: blank English, dash-aware tokenizer, sentencizer.

    >>> [t.text for t in get_nlp()("(JNIM)—an umbrella")]
    ['(', 'JNIM', ')', '—', 'an', 'umbrella']
    """
    import spacy
    from spacy.attrs import IS_CURRENCY, IS_TITLE
    from spacy.util import compile_infix_regex

    nlp = spacy.blank("en")
    # Em and en dashes join clauses ("(JNIM)—an umbrella group"); split on them.
    # A hyphen after an abbreviation starts a suffix of its own: "U.S.-backed".
    infixes = [*(nlp.Defaults.infixes or ()), r"[—–]", r"\)(?=[—–])", r"(?<=[A-Z]\.)-(?=[a-z])"]
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # Abbreviated ranks and titles keep their period: "Lt. Gen. X" is one name,
    # not a sentence break.
    for abbr in ABBREVIATIONS:
        tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    vocab: Any = nlp.vocab
    getters: dict[Any, Any] = vocab.lex_attr_getters
    getters[IS_TITLE] = is_title
    getters[IS_CURRENCY] = is_name_part
    for lex in nlp.vocab:  # lexemes made before the override keep stale flags
        lex.set_flag(IS_TITLE, is_title(lex.orth_))
        lex.set_flag(IS_CURRENCY, is_name_part(lex.orth_))
    nlp.add_pipe("sentencizer")
    return nlp


class Sentences:
    """spaCy's sentencizer rule, computed from token arrays.

    A sentence starts at the first token that is not punctuation after a
    sentence-final character ("." "!" "?" ...). The pipeline component does
    the same in a loop over Token objects, which costs more than tokenising.

    >>> nlp = get_nlp()
    >>> doc = nlp.make_doc("It rained. Then (again) it rained!")
    >>> Sentences(nlp)(doc)
    [1, -1, -1, 1, -1, -1, -1, -1, -1, -1]
    >>> [s.text for s in doc.sents]
    ['It rained.', 'Then (again) it rained!']
    """

    def __init__(self, nlp: Language):
        pipe: Any = nlp.get_pipe("sentencizer")
        self.ends = frozenset(nlp.vocab.strings.add(c) for c in pipe.punct_chars)

    def __call__(self, doc: Any) -> list[int]:
        """Set the sentence starts of ``doc`` as the sentencizer would; return them (1 / -1)."""
        import numpy
        from spacy.attrs import IS_PUNCT, ORTH, SENT_START

        if not len(doc):
            return []
        ends, seen = self.ends, False
        starts = [1]
        for orth, punct in doc.to_array([ORTH, IS_PUNCT]).tolist()[1:]:
            if orth in ends:
                seen = True
                starts.append(-1)
            elif seen and not punct:
                seen = False
                starts.append(1)
            else:
                starts.append(-1)
        # to_array/from_array carry attribute values as uint64 (-1 wraps round)
        values = numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], values)
        return starts


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, piece)``: each line of ``text``, long lines cut into chunks.

    A chunk ends at a sentence end or a space when there is one in reach, so
    a 50 MB line still yields pieces of bounded size; stretches of more than
    ``MAX_RUN`` characters without sentence punctuation are left out.

    >>> list(paragraphs("One.\\n\\nTwo"))
    [(0, 'One.'), (6, 'Two')]
    """
    for start, piece in _prose(text):
        while len(piece) > MAX_CHUNK:
            cut = _cut_point(piece)
            if piece[:cut].strip():
                yield start, piece[:cut]
            start, piece = start + cut, piece[cut:]
        if piece.strip():
            yield start, piece


def _prose(text: str) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, line)`` for each line, leaving out run-on stretches."""
    for line in _LINE.finditer(text):
        start, piece = line.start(), line.group()
        if len(piece) < MAX_RUN:
            yield start, piece
            continue
        at = 0
        for run in _RUN_ON.finditer(piece):
            if run.start() > at:
                yield start + at, piece[at : run.start()]
            at = run.end()
        if at < len(piece):
            yield start + at, piece[at:]


def _cut_point(piece: str) -> int:
    """Return where to cut ``piece``: the last sentence end, else space, before MAX_CHUNK."""
    window = piece[MAX_CHUNK // 2 : MAX_CHUNK]
    best = max(window.rfind(end) for end in (". ", "! ", "? ", "; "))
    if best < 0:
        best = max(window.rfind(" "), window.rfind("\t"))
    return MAX_CHUNK // 2 + best + 1 if best >= 0 else MAX_CHUNK
