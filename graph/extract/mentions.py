"""Find actor mentions in a paragraph: lexicon names, new names, anaphors, pronouns.

Three passes over the tokens of one paragraph:

1. a ``PhraseMatcher`` over every lexicon form (case-sensitive), whose hits
   become ``doc.ents`` so that mention rules can see known actors;
2. the mention rules of ``rules/mentions.json`` (named groups, people by role,
   places, anaphors, pronouns) and acronym definitions "Long Name (LN)";
3. a choice of non-overlapping candidates, longest first.

State adjectives and names take the force noun after them ("Russian
warplanes", "Congo's army", "government of Somalia"): the state is acting.
An adjective with nothing of the kind after it ("Rwandan genocide") is no mention.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from graph.extract.lexicon.sources import Form
from graph.extract.lexicon.words import (
    ABBREVIATIONS,
    ATTACK_NOUNS,
    CALENDAR,
    COMPASS,
    FACILITY_NOUNS,
    FORCE_MODIFIERS,
    FORCE_NOUNS,
    GOVERNMENT_NOUNS,
    GROUP_NOUNS,
    HEADLINE_VERBS,
    HONORIFICS,
    NAME_PARTICLES,
    NOT_OWN_MODIFIERS,
    ROLE_WORDS,
)
from graph.extract.matching import columns
from graph.extract.patterns import MentionRule
from graph.extract.windows import WindowedMatcher

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

LEXICON_PRIORITY = 4
_POSSESSIVE = ("'s", "’s")
_ACTING_TYPES = ("State", "InternationalOrganization")


@dataclass
class Candidate:
    """A span that may name an actor, before resolution.

    ``kind``: ``name`` (a lexicon form), ``new`` (found by a mention rule),
    ``acronym`` (defined in the text), ``anaphor`` or ``pronoun``.
    """

    start: int
    end: int
    type: str
    kind: str
    rule: str
    priority: int
    label: str | None = None
    form_kind: str = ""  # label/alt/adjectival/metonym for lexicon names
    types: tuple[str, ...] = ()
    government: bool = False  # names a state's government or army
    long_start: int = -1  # acronym: where its long form starts
    lead: int = 0  # leading tokens that are no part of the name: "Lt. Gen." of a person

    @property
    def length(self) -> int:
        return self.end - self.start


class MentionFinder:
    """Compiled matchers for one lexicon and one set of mention rules.

    >>> from graph.extract.nlp import get_nlp
    >>> finder = MentionFinder(get_nlp(), [Form("Russia", "Russia", "State", "label")], [])
    >>> [(c.start, c.end, c.label) for c in finder.find(get_nlp()("Russia attacked."))]
    [(0, 1, 'Russia')]
    """

    def __init__(self, nlp: Language, forms: Sequence[Form], rules: Sequence[MentionRule]):
        from spacy.matcher import Matcher, PhraseMatcher

        self.nlp = nlp
        self.phrases = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.forms: dict[int, Form] = {}
        for i, form in enumerate(forms):
            key = f"lex:{i}"
            self.forms[nlp.vocab.strings.add(key)] = form
            self.phrases.add(key, [nlp.make_doc(form.text)])
        self.matcher = WindowedMatcher(nlp.vocab)
        self.rules: dict[int, MentionRule] = {}
        for rule in rules:
            self.rules[nlp.vocab.strings.add(f"mention:{rule.id}")] = rule
            self.matcher.add(f"mention:{rule.id}", rule.pattern)
        self.paren = nlp.vocab.strings.add("(")
        self.acronyms = Matcher(nlp.vocab)
        self.acronyms.add(
            "acronym", [[{"ORTH": "("}, {"IS_UPPER": True, "LENGTH": {"<=": 8}}, {"ORTH": ")"}]]
        )

    def find(
        self, doc: Doc, extra: Any = None, extra_forms: dict[int, Form] | None = None
    ) -> list[Candidate]:
        """Return the chosen mention candidates of ``doc``, in text order.

        Args:
            doc: one tokenised paragraph.
            extra: an optional PhraseMatcher of this document's own aliases.
            extra_forms: what each match id of ``extra`` names.
        """
        from spacy.tokens import Span

        known = [
            c for c in self._lexicon(doc, self.phrases(doc), self.forms) if not _inside(doc, c)
        ]
        if extra is not None and extra_forms:
            known += self._lexicon(doc, extra(doc), extra_forms)
        spans = _longest_first([(c.start, c.end) for c in known])
        cands = list({(c.start, c.end): c for c in known if (c.start, c.end) in spans}.values())
        cands.sort(key=lambda c: c.start)
        doc.ents = [Span(doc, c.start, c.end, label=c.type) for c in cands]
        extended = [self._extend(doc, c) for c in cands]
        cands = [c for c in extended if c is not None]
        rows = columns(doc)
        present = frozenset(itertools.chain.from_iterable(rows))
        cands += self._patterns(doc, present, rows) + self._acronyms(doc, cands, present)
        return choose(cands)

    def _lexicon(
        self, doc: Doc, matches: Iterable[tuple[int, int, int]], forms: dict[int, Form]
    ) -> list[Candidate]:
        out = []
        for match_id, start, end in matches:
            form = forms[match_id]
            gov = form.kind == "metonym" and any(w in form.text.lower() for w in GOVERNMENT_NOUNS)
            out.append(
                Candidate(
                    start,
                    end,
                    form.type,
                    "name",
                    "lexicon",
                    LEXICON_PRIORITY,
                    form.label,
                    form.kind,
                    government=gov,
                )
            )
        return out

    def _extend(self, doc: Doc, cand: Candidate) -> Candidate | None:
        """Take in the force noun after a state ("Russian warplanes"); drop bare adjectives."""
        n = len(doc)
        if cand.type in _ACTING_TYPES and not _headline_verb(doc, cand):
            end = _force_end(doc, cand.end)
            if end > cand.end:
                nouns = {t.lower_ for t in doc[cand.end : end]}
                cand.government = cand.government or bool(nouns & GOVERNMENT_NOUNS)
                cand.end, cand.kind = end, "acting"
            elif (
                cand.form_kind != "adjectival"
                and cand.start >= 2
                and doc[cand.start - 1].lower_ == "of"
                and doc[cand.start - 2].lower_ in GOVERNMENT_NOUNS
            ):
                cand.start, cand.kind, cand.government = cand.start - 2, "acting", True
        if cand.form_kind == "adjectival" and cand.kind != "acting":
            nxt = doc[cand.end].text if cand.end < n else ""
            if (
                nxt not in ("-", "–")
                and nxt.lower() not in ROLE_WORDS
                and nxt not in HONORIFICS
                and not _head_follows(doc, cand.end)
                and not _shares_head(doc, cand.end)
            ):
                return None
        return cand

    def _patterns(
        self, doc: Doc, present: frozenset[int], rows: list[list[int]]
    ) -> list[Candidate]:
        out = []
        for match_id, start, _end, align in self.matcher(doc, present, rows):
            rule = self.rules[match_id]
            idx = [start + i for i, a in enumerate(align) if a in rule.name_index]
            if not idx:
                continue
            s, e = min(idx), max(idx) + 1
            lead = 0
            if rule.type == "Person":
                while s < e and (doc[s].text in HONORIFICS or doc[s].lower_ in ROLE_WORDS):
                    s += 1
                # abbreviated ranks stay in the mention, out of the name: "Lt. Gen. X"
                while s - lead > 0 and doc[s - lead - 1].text in ABBREVIATIONS:
                    lead += 1
            while e > s and doc[e - 1].is_punct:
                e -= 1
            if rule.kind == "anaphor" and "State" in rule.types and _groups_own(doc, s):
                continue  # "the group's military commander": the group's wing, no state
            if e > s:
                out.append(
                    Candidate(
                        s - lead,
                        e,
                        rule.type,
                        rule.kind,
                        rule.id,
                        rule.priority,
                        types=rule.types,
                        lead=lead,
                    )
                )
        return out

    def _acronyms(
        self, doc: Doc, known: list[Candidate], present: frozenset[int]
    ) -> list[Candidate]:
        """Find "Long Form (LF)" definitions; the long form is a new name if unknown."""
        out: list[Candidate] = []
        if self.paren not in present:
            return out
        for _, start, _end in self.acronyms(doc):
            short = doc[start + 1].text
            long_start = long_form_start(doc, start, short)
            if long_start < 0:
                continue
            out.append(
                Candidate(
                    start + 1,
                    start + 2,
                    "ArmedGroup",
                    "acronym",
                    "acronym-definition",
                    LEXICON_PRIORITY,
                    long_start=long_start,
                )
            )
            if not any(c.start <= long_start and c.end >= start for c in known):
                out.append(
                    Candidate(long_start, start, "ArmedGroup", "new", "acronym-definition", 2)
                )
        return out


def _groups_own(doc: Doc, i: int) -> bool:
    """True when token ``i`` follows a group's possessive: "the group's military"."""
    if i < 2 or doc[i - 1].text not in _POSSESSIVE:
        return False
    owner = doc[i - 2]
    return owner.lower_ in GROUP_NOUNS or owner.ent_type_ in ("ArmedGroup", "Coalition")


def _inside(doc: Doc, cand: Candidate) -> bool:
    """True for a capital or metonym inside a longer place name.

    "Praia" in "Mocimboa da Praia", "Juba" in "Middle Juba region": a name word
    right before or after it (not a stop word or a day or month) makes it part
    of another name, not the state.
    """
    if cand.form_kind != "metonym":
        return False
    if cand.start > 0:
        prev = doc[cand.start - 1]
        if prev.text in NAME_PARTICLES and cand.start > 1 and doc[cand.start - 2].is_title:
            return True
        if prev.is_title and not prev.is_stop and prev.text not in _NOT_NAME:
            return True
    if cand.end < len(doc):
        nxt = doc[cand.end]
        return bool(nxt.is_title and not nxt.is_stop and nxt.text not in _NOT_NAME)
    return False


_NOT_NAME = CALENDAR | HONORIFICS | frozenset(w.title() for w in HEADLINE_VERBS)


def _headline_verb(doc: Doc, cand: Candidate) -> bool:
    """True when a name is followed by a verb, not its force: "Russia Strikes Kill 78".

    A headline capitalises the verb; in prose "Turkey strikes PKK positions",
    "Israel shelling the town" take an object (a name or an article) where
    "Turkey strikes killed 12" goes on with a verb. An adjective keeps its
    head ("Russian Strikes Kill 78" names Russia's strikes).
    """
    n = len(doc)
    if cand.form_kind == "adjectival" or cand.end >= n:
        return False
    nxt = doc[cand.end]
    if nxt.lower_ not in HEADLINE_VERBS:
        return False
    if nxt.text[:1].isupper():
        return True
    if cand.end + 1 >= n:
        return False
    obj = doc[cand.end + 1]
    if obj.lower_ in ("the", "a", "an"):
        return True
    return obj.text[:1].isupper() and obj.text not in _NOT_NAME


def _force_end(doc: Doc, i: int) -> int:
    """Return the end of the force noun phrase at token ``i`` ("'s army", "air force")."""
    n = len(doc)
    j = i + 1 if i + 1 < n and doc[i].text in _POSSESSIVE else i
    # up to two plain modifiers before the force noun: "American retaliatory strikes"
    m = j
    while m < n and m - j < _MODIFIERS and _plain_modifier(doc[m]):
        m += 1
    if m > j == i and m < n and doc[m].lower_ in FORCE_NOUNS:  # not after "'s" (rules' own)
        j = m
    k = j
    while k < n and k - j < 3:
        low = doc[k].lower_
        if low in FORCE_NOUNS:
            k += 1
        elif low in FORCE_MODIFIERS and k + 1 < n and doc[k + 1].lower_ in FORCE_NOUNS:
            k += 2
        else:
            break
    return k if k > j else i


_MODIFIERS = 2


def _plain_modifier(tok: Any) -> bool:
    """A lower-case content word that may sit between an adjective and its head noun."""
    return bool(
        tok.is_lower
        and tok.is_alpha
        and not tok.is_stop
        and tok.lower_ not in FORCE_NOUNS
        and tok.lower_ not in NOT_OWN_MODIFIERS
    )


def _head_follows(doc: Doc, i: int) -> bool:
    """True when a role, force or attack noun follows ``i`` after at most two modifiers."""
    if _facility_follows(doc, i):
        return True
    n = len(doc)
    for k in range(i, min(i + _MODIFIERS + 1, n)):
        low = doc[k].lower_
        if low in ROLE_WORDS or low in FORCE_NOUNS or low in ATTACK_NOUNS:
            return True
        if not _plain_modifier(doc[k]):
            return False
    return False


def _facility_follows(doc: Doc, i: int) -> bool:
    """True for a state's post or unit at ``i``: "a Kenyan convoy", "an Israeli military base".

    Only military words may come between, and the noun must end its phrase:
    "a Kenyan fan base", "an Israeli base-jumping team", "a post office" are none.
    """
    n = len(doc)
    k = i
    while k < n and k - i < _MODIFIERS and doc[k].lower_ in FORCE_MODIFIERS | FORCE_NOUNS:
        k += 1
    if k >= n or doc[k].lower_ not in FACILITY_NOUNS:
        return False
    if k + 1 >= n:
        return True
    nxt = doc[k + 1]
    if nxt.text in ("-", "–"):
        return False
    low = nxt.lower_
    return not (nxt.is_alpha and nxt.is_lower and not nxt.is_stop) or (
        low in _AFTER_PHRASE or low in COMPASS or low.endswith(("ing", "ed"))
    )


_AFTER_PHRASE = frozenset(
    ["near", "outside", "inside", "along", "close", "across", "amid", "following"]
)


def _shares_head(doc: Doc, i: int) -> bool:
    """True for "and Rwandan troops" after an adjective: two adjectives, one force noun.

    A list shares it too: "Chadian, Nigerien and Cameroonian troops".
    """
    n = len(doc)
    k = i
    for _ in range(_LIST_MAX):
        if k + 1 < n and doc[k].text == "," and doc[k + 1].lower_ == "and":
            k += 1
        if not (k + 1 < n and doc[k].lower_ in ("and", ",") and doc[k + 1].text[:1].isupper()):
            return False
        if doc[k].lower_ == "and":
            return k + 2 < n and _head_follows(doc, k + 2)
        k += 2
    return False


_LIST_MAX = 4


def long_form_start(doc: Doc, paren: int, short: str) -> int:
    """Return where the long form of acronym ``short`` before ``paren`` starts, or -1.

    The Schwartz-Hearst test: walking back from the parenthesis, every letter
    of the acronym must be found, in order, and the first at the start of a word.

    >>> from graph.extract.nlp import get_nlp
    >>> d = get_nlp()("the Kataib Hezbollah (KH) militia")
    >>> long_form_start(d, 3, "KH")
    1
    """
    letters = [c.lower() for c in short if c.isalnum()]
    if len(letters) < 2:
        return -1
    limit = max(paren - min(len(letters) + 5, len(letters) * 2) - 2, 0)
    text = doc[limit:paren].text
    base = doc[limit].idx
    li, ci = len(letters) - 1, len(text) - 1
    while li >= 0 and ci >= 0:
        ch = text[ci].lower()
        at_start = ci == 0 or not text[ci - 1].isalnum()
        if ch == letters[li] and (li > 0 or at_start):
            li -= 1
        ci -= 1
    if li >= 0:
        return -1
    char = base + ci + 1
    for tok in doc[limit:paren]:
        if tok.idx <= char < tok.idx + len(tok.text):
            return tok.i if tok.idx == char and tok.text[:1].isupper() else -1
    return -1


def _longest_first(spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Return the spans that ``spacy.util.filter_spans`` keeps (longest, then first), as pairs.

    >>> sorted(_longest_first([(0, 2), (1, 3), (3, 4), (0, 1)]))
    [(0, 2), (3, 4)]
    """
    kept: set[tuple[int, int]] = set()
    seen: set[int] = set()
    for start, end in sorted(spans, key=lambda s: (s[1] - s[0], -s[0]), reverse=True):
        if start not in seen and end - 1 not in seen:
            kept.add((start, end))
            seen.update(range(start, end))
    return kept


def choose(cands: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates, longest and most trusted first, in text order."""
    taken: set[int] = set()
    chosen = []
    for c in sorted(cands, key=lambda c: (-c.length, -c.priority, c.start)):
        if c.length <= 0 or any(i in taken for i in range(c.start, c.end)):
            continue
        taken.update(range(c.start, c.end))
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
