"""Resolve mentions to actors within one document.

A document is read paragraph by paragraph; ``DocumentActors`` remembers what
came before, so that later short forms point back to the full entity:

- a new name registers its short forms: a person's surname ("Pedersen"), a
  group's initials ("NLF" for "National Liberation Front"), a distinctive
  head ("the Observatory"), a place without its head ("Idlib" for "Idlib
  province"); acronym definitions "Long Name (LN)" register "LN";
- an anaphor ("the group", "the militia") points to the last actor of a
  fitting type in the last two paragraphs; a government anaphor ("the
  regime", "regime forces", "the army") to the last state named by its
  government or army, or else, when hyphen-modified ("UN-backed
  government"), it names a government of its own;
- pronouns stay open here and are resolved per sentence by ``relations``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graph.extract.lexicon.sources import Form
from graph.extract.lexicon.words import ADJECTIVAL_ARMY_HEADS, NAME_PARTICLES, ROLE_WORDS
from graph.extract.mentions import Candidate
from graph.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Heads distinctive enough to stand alone for their organisation ("the Observatory").
DISTINCT_HEADS = frozenset(
    [
        "Observatory",
        "Institute",
        "Commission",
        "Foundation",
        "Agency",
        "Network",
        "Monitor",
        "Tribunal",
        "Crescent",
    ]
)
_PLACE_HEADS = frozenset(
    [
        "province",
        "region",
        "district",
        "governorate",
        "county",
        "town",
        "city",
        "village",
        "area",
        "municipality",
    ]
)
#: Capitalised words that may open a bare government anaphor ("The army said").
_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
#: Bare heads that name the army or government of the one state a story names ("the army").
_ARMIES = frozenset({"army", "military", "junta", "government", "regime"})
#: Capitalised head-of-state titles that, unqualified, mean the story's own state's leader.
_BARE_TITLES = frozenset(
    {"President", "Prime", "Premier", "Defense", "Defence", "Foreign", "Interior"}
)
#: Words that make a bare title no current office ("former President X").
_PAST_OFFICE = frozenset({"former", "ex", "late", "then", "interim", "acting"})
#: First words of an anaphor for the two actors just named: "both groups", "the two factions".
_PAIR_WORDS = frozenset({"both", "two"})
#: Prepositions before a setting ("met in Cairo"), not a party "the latter" may mean.
_SETTING_WORDS = frozenset({"in", "at", "across", "inside", "throughout", "near", "to"})
_FULL_STOPS = frozenset({".", "!", "?"})
_SENTENCE_ENDS = frozenset({".", "!", "?", "\n", '"', "“"})
#: How many more times the main state must be named than any other state.
_MAIN_STATE_MARGIN = 2
#: How many paragraphs back a group anaphor ("the group") may reach.
ANAPHOR_REACH = 2
#: Prefixes that make a name a stance, not the actor: "pro-Russian government", "anti-Houthi".
_STANCE_PREFIXES = frozenset({"pro", "anti"})
#: Unowned security forces ("an army post", "killed five soldiers"): the story's own state's.
_VICTIM_RULES = frozenset({"anaphor-killed-soldiers", "anaphor-killed-police-officers"})
_STORY_STATE_RULES = frozenset({"anaphor-security-post"}) | _VICTIM_RULES


@dataclass
class Resolved:
    """A mention resolved to an actor (``None`` for a pronoun, resolved later)."""

    actor: Actor | None
    text: str
    start: int  # character offsets in the document
    end: int
    kind: str
    form_kind: str = ""
    coref: bool = False  # found through an alias, an acronym or an anaphor
    also: tuple[Actor, ...] = ()  # "both groups": the other actors it stands for


@dataclass
class _Seen:
    paragraph: int
    token: int
    actor: Actor
    government: bool
    start: int = -1  # the mention's first token (-1: a dateline)


@dataclass
class DocumentActors:
    """What one document has named so far, and the aliases it taught.

    >>> state = DocumentActors()
    >>> a = state.actor("National Liberation Front", "Coalition")
    >>> state.teach(a, ["National", "Liberation", "Front"])
    >>> sorted(f.text for f in state.pending_forms())
    ['NLF']
    """

    actors: dict[str, Actor] = field(default_factory=dict)
    aliases: dict[str, Form] = field(default_factory=dict)
    seen: list[_Seen] = field(default_factory=list)
    paragraph: int = 0
    _pending: list[Form] = field(default_factory=list)
    #: How often each state is named or meant: the story's main state is the most named.
    _state_names: dict[str, int] = field(default_factory=dict)

    def actor(self, label: str, etype: str) -> Actor:
        """Return the document's actor called ``label``, made on first use."""
        found = self.actors.get(label)
        if found is None:
            found = self.actors[label] = Actor(label, etype)
        return found

    def context(self, label: str) -> None:
        """Note the state a dateline names ("MAIDUGURI, Nigeria -"): "the army" may be its."""
        self.seen.append(_Seen(self.paragraph, -1, self.actor(label, "State"), True))

    def pending_forms(self) -> list[Form]:
        """Return (and forget) the aliases learnt since the last call."""
        out, self._pending = self._pending, []
        return out

    def teach(self, actor: Actor, words: list[str], initials: bool = True) -> None:
        """Register the short forms of a multi-word name (initials only for new names)."""
        forms: list[str] = []
        if actor.type == "Person" and len(words) >= 2:
            forms.append(words[-1])
            if len(words) >= 3:
                forms.append(" ".join(words[-2:]))
        elif actor.type == "Place" and len(words) >= 2 and words[-1].lower() in _PLACE_HEADS:
            forms.append(" ".join(words[:-1]))
        elif actor.type != "Place":
            caps = [w for w in words if w[:1].isupper() and w.lower() not in NAME_PARTICLES]
            if len(caps) >= 2 and initials:
                forms.append("".join(w[0] for w in caps))
            forms += [w for w in words[1:] if w in DISTINCT_HEADS]
        for text in forms:
            self.alias(text, actor)

    def alias(self, text: str, actor: Actor) -> None:
        """Make ``text`` name ``actor`` in the rest of this document."""
        text = text.strip()
        if len(text) >= 2 and text not in self.aliases and text not in self.actors:
            form = Form(text, actor.label, actor.type, "alias")
            self.aliases[text] = form
            self._pending.append(form)

    def resolve(self, doc: Doc, cands: list[Candidate], offset: int) -> list[Resolved | None]:
        """Resolve the chosen candidates of one paragraph, in text order.

        Args:
            doc: the paragraph, before merging.
            cands: its mention candidates, in text order.
            offset: the paragraph's character offset in the document.

        Returns:
            One entry per candidate: a ``Resolved`` or ``None`` (dropped).
        """
        out: list[Resolved | None] = []
        by_start: dict[int, Actor] = {}
        for cand in cands:
            if _stance(doc, cand):
                out.append(None)
                continue
            also: tuple[Actor, ...] = ()
            if cand.kind == "anaphor" and doc[cand.start].lower_ in _PAIR_WORDS:
                pair = self._pair(cand)
                actor, coref, also = (pair[0], True, pair[1:]) if pair else (None, True, ())
            else:
                actor, coref = self._resolve_one(doc, cand, by_start)
            if actor is None and cand.kind != "pronoun":
                out.append(None)
                continue
            span = doc[cand.start : cand.end]
            out.append(
                Resolved(
                    actor,
                    span.text,
                    offset + span.start_char,
                    offset + span.end_char,
                    cand.kind,
                    "victim" if cand.rule in _VICTIM_RULES else cand.form_kind,
                    coref,
                    also,
                )
            )
            if actor is not None and not also:
                by_start[cand.start] = actor
                if actor.type == "State":
                    self._state_names[actor.label] = self._state_names.get(actor.label, 0) + 1
                if actor.type != "Place":
                    self.seen.append(
                        _Seen(
                            self.paragraph,
                            cand.end,
                            actor,
                            cand.government or cand.kind == "descriptor",
                            cand.start,
                        )
                    )
        self.paragraph += 1
        return out

    def _resolve_one(
        self, doc: Doc, cand: Candidate, by_start: dict[int, Actor]
    ) -> tuple[Actor | None, bool]:
        if cand.kind in ("name", "acting"):
            assert cand.label is not None
            known = self.actors.get(cand.label)
            if cand.form_kind == "alias" and known is not None:
                return known, True
            fresh = cand.label not in self.actors
            actor = self.actor(cand.label, cand.type)
            if fresh:
                self.teach(actor, cand.label.replace("-", " ").split(), initials=False)
            return actor, False
        if cand.kind == "acronym":
            long_form = by_start.get(cand.long_start)
            if long_form is not None:
                self.alias(doc[cand.start].text, long_form)
            return long_form, True
        if cand.kind == "new":
            return self._new(doc, cand), False
        if cand.kind == "anaphor":
            return self._anaphor(doc, cand), True
        return None, True

    def _new(self, doc: Doc, cand: Candidate) -> Actor:
        words = [t.text for t in doc[cand.start + cand.lead : cand.end]]
        label = doc[cand.start + cand.lead : cand.end].text
        if words and words[0].lower() == "the":
            words, label = words[1:], doc[cand.start + 1 : cand.end].text
        known = self.aliases.get(label)
        if known is not None:
            return self.actor(known.label, known.type)
        fresh = label not in self.actors
        actor = self.actor(label, cand.type)
        if fresh:
            self.teach(actor, [w for w in words if w not in ("-", "'", "’")])
        return actor

    def _anaphor(self, doc: Doc, cand: Candidate) -> Actor | None:
        after = doc[cand.end].lower_ if cand.end < len(doc) else ""
        if doc[cand.start].lower_ == "latter":
            return self._latter(doc, cand)
        if cand.rule == "anaphor-the-minister-comma-name":
            # "said the defence minister, X": the story's government's, else its one state's
            return self._last_government() or self._only_state()
        if doc[cand.start].text in _BARE_TITLES:
            return self._bare_title(doc, cand)
        if cand.end - cand.start == 1 and after in ADJECTIVAL_ARMY_HEADS:
            return None  # "military aid", "a military court": no actor
        if cand.rule in _STORY_STATE_RULES:
            # "In Chad, gunmen killed five soldiers": the state just named in the sentence;
            # "attacked an army post": else the story's own state's, when it has a clear one
            near = self._state_just_before(doc, cand)
            return near or self._only_state() or self._main_state()
        if "State" in cand.types:
            before = doc[cand.start - 1] if cand.start > 0 else None
            if before is not None and before.text in ("-", "–"):
                return self._descriptor(doc, cand)  # "political-military", "UN-backed government"
            if before is not None and before.text[:1].isupper() and before.lower_ not in _OPENERS:
                return None  # "Houthi military spokesman": someone else's military
            government = self._last_government()
            if government is not None:
                return government
            described = self._descriptor(doc, cand)  # "the UN-backed government"
            if described is not None:
                return described
            if doc[cand.start].lower_ in _ARMIES:
                # the state the story is about: its one state, or for a bare "the army"
                # ("Kenya's army", "Ruto's government" are no bare army) its main one
                bare = before is None or before.lower_ == "the" or before.text in _SENTENCE_ENDS
                return self._only_state() or (self._main_state() if bare else None)
            return None
        opener = self._previous_opener(doc, cand)
        if opener is not None and not _same(doc, cand):
            return opener
        for seen in reversed(self.seen):
            if self.paragraph - seen.paragraph > ANAPHOR_REACH:
                break
            adjacent = seen.paragraph == self.paragraph and seen.token == cand.start
            if adjacent or (
                seen.actor.type in cand.types
                and not (seen.paragraph == self.paragraph and seen.token > cand.start - 4)
            ):
                if seen.paragraph < self.paragraph and not _same(doc, cand):
                    return self._topic(seen.paragraph, cand.types)
                return seen.actor
        return None

    def _latter(self, doc: Doc, cand: Candidate) -> Actor | None:
        """For "the latter": the last actor named before it, here or in the previous paragraph.

        Only when that actor is of a fitting type and another actor was named
        before it ("X split from Y. The latter ..." needs two to choose from);
        a capital named as the setting ("met in Cairo") is no party to choose.
        """
        before = [
            s
            for s in self.seen
            if self.paragraph - s.paragraph <= 1
            and not (
                s.paragraph == self.paragraph
                and (
                    s.token > cand.start
                    or (s.start > 0 and doc[s.start - 1].lower_ in _SETTING_WORDS)
                )
            )
        ]
        if not before or before[-1].actor.type not in cand.types:
            return None
        last = before[-1].actor
        return last if any(s.actor != last for s in before) else None

    def _pair(self, cand: Candidate) -> tuple[Actor, Actor] | None:
        """The two actors "both groups" / "the two groups" stands for, if clear.

        They are the fitting actors named in this paragraph before it and in
        the previous one, when there are exactly two: "X has talked with the
        government, but Y has not. Both groups have fought it for years".
        """
        found: list[Actor] = []
        for seen in reversed(self.seen):
            if self.paragraph - seen.paragraph > 1:
                break
            if seen.actor.type not in cand.types or seen.actor in found:
                continue
            if seen.paragraph == self.paragraph and seen.token > cand.start:
                continue
            found.append(seen.actor)
            if len(found) > 2:
                return None
        return (found[1], found[0]) if len(found) == 2 else None

    def _previous_opener(self, doc: Doc, cand: Candidate) -> Actor | None:
        """For a sentence-opening "The group ...": the actor opening the previous sentence.

        "JNIM, al-Qaeda's Sahel branch, claimed an attack. The group is led by
        X": the group is the previous sentence's subject, not the last group
        named. Only an actor of a fitting type among its first two tokens counts.
        """
        k = cand.start - 1
        while k > cand.start - 3 and k >= 0 and doc[k].is_lower and doc[k].is_alpha:
            k -= 1  # "The militant group"
        if k < 2 or doc[k].text != "The" or doc[k - 1].text not in _FULL_STOPS:
            return None
        first = k - 2
        while first >= 0 and doc[first].text not in _FULL_STOPS:
            first -= 1
        first += 1
        for seen in self.seen:
            if seen.paragraph != self.paragraph or seen.start < first:
                continue
            if seen.start > first + 1 or seen.start >= k:
                return None
            return seen.actor if seen.actor.type in cand.types else None
        return None

    def _bare_title(self, doc: Doc, cand: Candidate) -> Actor | None:
        """The state an unqualified "President X" heads: the story's own.

        News names a foreign leader with the state ("French President X"); the bare
        title is the story's own state's: the government it last named, or the one
        state it names. Not the sentence's nearest state: "Rwanda sent troops at the
        request of President X" is another state's president.
        """
        i = cand.start
        before = doc[i - 1] if i > 0 else None
        if (
            before is not None
            and (
                before.lower_ in _PAST_OFFICE
                or before.lower_ in ROLE_WORDS  # "their leader President X": whose, unsaid
                or before.text in ("'s", "’s")  # "Somalia's Defence Minister X": Somalia's
                or (before.text[:1].isupper() and before.lower_ not in _OPENERS)
            )
        ):
            return None  # "former President X"; "Vice President X"; "Syrian President X"
        return self._last_government() or self._only_state()

    def _state_just_before(self, doc: Doc, cand: Candidate) -> Actor | None:
        """The state named last in the sentence before ``cand``, if any."""
        lo = cand.start
        while lo > 0 and doc[lo - 1].text not in _SENTENCE_ENDS:
            lo -= 1
        return next(
            (
                s.actor
                for s in reversed(self.seen)
                if s.paragraph == self.paragraph
                and lo <= s.start < cand.start
                and s.actor.type == "State"
            ),
            None,
        )

    def _last_government(self) -> Actor | None:
        """The government the story named last ("the Syrian government"), if any."""
        return next((s.actor for s in reversed(self.seen) if s.government), None)

    def _only_state(self) -> Actor | None:
        """The one state the story names, or None when it names none or several."""
        states = {s.actor.label: s.actor for s in self.seen if s.actor.type == "State"}
        return next(iter(states.values())) if len(states) == 1 else None

    def _main_state(self) -> Actor | None:
        """The state the story names most, when clearly most: "the army" of a story on Mali.

        Clearly: named at least twice, and more often than any other state
        by a margin of two. A story that names two states as often has no
        main state, and "the army" there stays unresolved.
        """
        counts = sorted(self._state_names.items(), key=lambda kv: kv[1], reverse=True)
        if not counts or counts[0][1] < 2:
            return None
        if len(counts) > 1 and counts[0][1] - counts[1][1] < _MAIN_STATE_MARGIN:
            return None
        return self.actors[counts[0][0]]

    def _topic(self, paragraph: int, types: tuple[str, ...]) -> Actor:
        """The first fitting actor of ``paragraph``: the topic a later "the group" means.

        Used when the anaphor's own paragraph names no fitting actor before it.
        """
        return next(
            s.actor for s in self.seen if s.paragraph == paragraph and s.actor.type in types
        )

    def _descriptor(self, doc: Doc, cand: Candidate) -> Actor | None:
        """Name an unresolved hyphen-modified government: "the UN-backed government"."""
        i = cand.start
        if i >= 3 and doc[i - 2].text == "-" and doc[i - 1].lower_ in ("backed", "based", "led"):
            label = doc[i - 3 : cand.end].text
            cand.kind = "descriptor"
            return self.actor(label, "State")
        return None


def _same(doc: Doc, cand: Candidate) -> bool:
    """True for "the same group": the one last named, not the paragraph's topic."""
    return any(t.lower_ == "same" for t in doc[max(cand.start - 3, 0) : cand.start])


def _stance(doc: Doc, cand: Candidate) -> bool:
    """True for the "Russian" of "pro-Russian government": a stance, not that actor.

    >>> from graph.extract.nlp import get_nlp
    >>> d = get_nlp().make_doc("the pro-Russian government")
    >>> _stance(d, Candidate(3, 5, "State", "acting", "lexicon", 3, "Russia"))
    True
    """
    i = cand.start
    return (
        cand.kind != "pronoun"
        and i >= 2
        and doc[i - 1].text in ("-", "–")
        and not doc[i - 2].whitespace_
        and doc[i - 2].lower_ in _STANCE_PREFIXES
    )
