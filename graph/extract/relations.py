"""Apply relation rules to sentences whose actor mentions are single tokens.

Each rule is one spaCy ``Matcher`` pattern; ``with_alignments=True`` says
which token filled the subject and the object slot. A filled slot then

- is checked: the "X" of "X-backed" or "X's" only fills slots that allow it;
- is resolved if it is a pronoun ("its" -> the sentence's first actor,
  "he" -> the last person);
- grows over coordination ("backed by Saudi Arabia, Egypt, the UAE and
  Russia" gives four subjects);

and the match is kept only if ``assertion.asserted`` says the text asserts it.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from graph.extract.actors import Resolved
from graph.extract.assertion import asserted
from graph.extract.lexicon.words import (
    ATTACK_NOUNS,
    ATTACK_VERBS,
    COMPASS,
    PRONOUNS_PERSON,
    REPORT_VERBS,
    TROOP_NOUNS,
)
from graph.extract.matching import TriggeredMatcher, columns, words
from graph.extract.patterns import RelationRule
from graph.records import Actor

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

#: Sentences longer than this are matched in overlapping windows of this size.
MAX_SENTENCE_TOKENS = 120
COREF_FACTOR = 0.85
LONG_MATCH = 12
_SEPARATORS = frozenset({",", "and", "&", "the", "as", "well"})
_PLURAL = frozenset({"they", "their", "them", "theirs"})
_SETTING = frozenset({"in", "across", "throughout", "within", "inside"})
_COORDINATORS = frozenset({",", "and", "&", "well"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_PLACE_PREDICATES = frozenset({"based-in", "controls"})
_CONFIRM = frozenset({"confirmed", "acknowledged", "confirm", "acknowledge"})
_CONFIRM_IDS = frozenset(get_string_id(w) for w in _CONFIRM)
_NOT_CONFIRM = frozenset({"not", "neither", "nor", "never", "n't", "yet"})


@dataclass(frozen=True)
class Found:
    """One relation found in a sentence, before it becomes a ``Relation``."""

    rule: RelationRule
    subject: Actor
    object: Actor
    subject_mention: str
    object_mention: str
    confidence: float
    sentence_start: int  # character offsets in the paragraph
    sentence_end: int


class RelationFinder:
    """A compiled set of relation rules.

    Args:
        nlp: the pipeline whose vocabulary the patterns use.
        rules: the rules, each added to the Matcher under its id.
    """

    def __init__(self, nlp: Language, rules: Sequence[RelationRule]):
        self.matcher = TriggeredMatcher(nlp.vocab)
        # rules whose object is in the sentence before ("... JNIM claimed the attack")
        self.across = TriggeredMatcher(nlp.vocab)
        self.has_across = False
        #: a state's name -> its label, for "northern Nigeria" in a story that names no Nigeria
        self.states: dict[str, str] = {}
        self.rules: dict[int, RelationRule] = {}
        for rule in rules:
            self.rules[nlp.vocab.strings.add(rule.id)] = rule
            if rule.across:
                self.across.add(rule.id, rule.pattern, group=rule.source)
                self.has_across = True
            else:
                self.matcher.add(rule.id, rule.pattern, group=rule.source)

    def may_cross(self, text: str) -> bool:
        """True when a paragraph may hold an across rule's match: it has a claim word."""
        return self.has_across and any(w in text for w in _CLAIM_WORDS)

    def possible(self, doc: Doc, mentions: list[tuple[int, int, str]], starts: list[int]) -> bool:
        """True when some rule may match in ``doc`` once its mentions are merged.

        Checked before merging, on a superset of the words each sentence will
        have: its tokens' words, each mention's merged text and type.

        Args:
            doc: the paragraph, before merging.
            mentions: ``(start, end, type)`` of each kept mention, in text order.
            starts: the sentence starts (1 / -1) per token.
        """
        firsts = [i for i, flag in enumerate(starts) if flag == 1]  # each sentence's start
        rows = columns(doc)
        extra: dict[int, set[int]] = {}
        count: dict[int, int] = {}
        for start, end, etype in mentions:
            sid = bisect.bisect_right(firsts, start) - 1
            if sid + 1 < len(firsts) and firsts[sid + 1] < end:
                return True  # merging joins two sentences: no per-sentence check
            count[sid] = count.get(sid, 0) + 1
            text = doc[start:end].text
            extra.setdefault(sid, set()).update(
                (get_string_id(text), get_string_id(text.lower()), get_string_id(etype))
            )
        for sid, n in count.items():
            if n < 2:
                continue
            present = set(extra[sid])
            stop = firsts[sid + 1] if sid + 1 < len(firsts) else len(rows)
            present.update(itertools.chain.from_iterable(rows[firsts[sid] : stop]))
            if present & _DASH_IDS:  # a view may read a spaced dash pair as commas
                present.add(_COMMA_ID)
            if self.matcher.possible(present):
                return True
        if self.has_across and len(count) > 1 and self.may_cross(doc.text):
            present = set(itertools.chain.from_iterable(rows))
            present.update(itertools.chain.from_iterable(extra.values()))
            return self.across.possible(present)
        return False

    def find(
        self, doc: Doc, mentions: dict[int, Resolved], history: Sequence[Actor] = ()
    ) -> list[Found]:
        """Return the asserted relations of a merged paragraph.

        Args:
            doc: the paragraph, one token per mention.
            mentions: the resolved mention of each mention token.
            history: actors of earlier paragraphs, oldest first (for "he").
        """
        positions = sorted(mentions)
        found: list[Found] = []
        sents = list(doc.sents)
        claims = self.may_cross(doc.text)  # most paragraphs claim nothing
        for n, sent in enumerate(sents):
            lo = bisect.bisect_left(positions, sent.start)
            hi = bisect.bisect_left(positions, sent.end)
            if claims and n and hi > lo and self.may_cross(sent.text):
                ctx = _Sentence(doc, sent, mentions, positions[lo:hi], history, self.states)
                found += self._across(ctx, sents[n - 1])
            if hi - lo < 2 and not any(mentions[p].also for p in positions[lo:hi]):
                continue  # one actor, unless a pair anaphor ("the two sides")
            present = words(sent)
            ctx = _Sentence(doc, sent, mentions, positions[lo:hi], history, self.states)
            ctx.confirm = not present.isdisjoint(_CONFIRM_IDS)
            for window in _windows(sent):
                for match_id, start, end, align in self.matcher(window, present):
                    rule = self.rules[match_id]
                    found += ctx.relations(rule, window.start + start, window.start + end, align)
            for view, kept in _views(sent, mentions):
                for match_id, start, end, align in self.matcher(view, words(view)):
                    rule = self.rules[match_id]
                    where = [kept[start + a] for a in range(len(align))]
                    found += ctx.relations(rule, kept[start], kept[end - 1] + 1, align, where)
        return found

    def _across(self, ctx: _Sentence, prev: Span) -> list[Found]:
        """Relations of the across rules: a claimant here, the target in ``prev``."""
        present = words(ctx.sent)
        if not self.across.possible(present):
            return []
        target = _previous_target(ctx.doc, prev, ctx.mentions)
        if target is None:
            return []
        out: list[Found] = []
        sent = ctx.sent
        for match_id, start, end, align in self.across(sent, present):
            rule = self.rules[match_id]
            s, e = sent.start + start, sent.start + end
            out += ctx.claimed(rule, s, e, align, None, prev, target)
        for view, kept in _views(sent, ctx.mentions):
            for match_id, start, end, align in self.across(view, words(view)):
                rule = self.rules[match_id]
                where = [kept[start + a] for a in range(len(align))]
                out += ctx.claimed(rule, kept[start], kept[end - 1] + 1, align, where, prev, target)
        return out


#: Words an across rule's sentence must hold ("claimed the attack").
_CLAIM_WORDS = ("claimed", "claims", "claiming")
_ATTACK_WORDS = ATTACK_VERBS | ATTACK_NOUNS
_TARGET_TYPES = frozenset({"State", "ArmedGroup", "Coalition", "InternationalOrganization"})


def _previous_target(doc: Doc, prev: Span, mentions: dict[int, Resolved]) -> int | None:
    """The target of the attack ``prev`` reports without naming its attacker, if any.

    "A drone attack targeted a base hosting French troops in Mali": the first
    actor after the first attack word ("French troops"), when no actor comes
    before that word (the attacker) and no "by" right after it; a place or a
    setting ("in Mali") is passed over.
    """
    k = next((i for i in range(prev.start, prev.end) if doc[i].lower_ in _ATTACK_WORDS), None)
    if k is None or any(i in mentions for i in range(prev.start, k)):
        return None
    if any(t.lower_ == "by" for t in doc[k + 1 : min(k + 3, prev.end)]):
        return None
    for i in range(k + 1, prev.end):
        m = mentions.get(i)
        if m is None:
            continue
        if m.actor is None or m.also:
            return None
        if m.actor.type == "Place" or doc[i - 1].lower_ in _SETTING:
            continue
        if m.actor.type not in _TARGET_TYPES:
            return None
        if not asserted(doc, prev.start, k, i + 1, "attacks", prev.end):
            return None
        return i
    return None


_RELATIVES = frozenset({"which", "who", "whose"})
_CLOSING_QUOTES = frozenset({'"', "\u201d", "\u2019"})
_DASHES = frozenset({"-", "–", "—"})
_ASIDE_REACH = 25


def _views(sent: Span, mentions: dict[int, Resolved]) -> list[tuple[Doc, list[int]]]:
    """Return simpler readings of ``sent`` for the rules, each with its tokens' positions.

    - a relative clause or an apposition between a subject and its verb is
      left out: "X (AA), which captured A last year, now controls B" reads "X
      (AA) now controls B"; "X, Iran's proxy, fired at Y" reads "X fired at Y";
    - a spaced dash pair delimits an apposition as commas do: "X - the
      successor to Y - said" reads "X , the successor to Y , said";
    - a hyphen modifier before a comma is left out: "the U.S.-allied,
      Kurdish-led SDF" reads "the Kurdish-led SDF".
    - an acronym in brackets after its own name is left out: "the Rapid
      Support Forces (RSF) and the army" reads "the Rapid Support Forces and
      the army".

    Only sentences with such a shape get a view, so most get none.
    """
    doc = sent.doc
    lo, hi = sent.start, sent.end
    out: list[tuple[Doc, list[int]]] = []
    for i in range(lo + 1, hi - 2):
        if not (
            doc[i].text == ","
            and (
                i - 1 in mentions
                or doc[i - 1].text == ")"
                or (doc[i - 1].text in _CLOSING_QUOTES and i - 2 in mentions)  # '"X", the ...'
            )
            and (doc[i + 1].lower_ in _RELATIVES or _apposition(doc, i + 1, mentions))
        ):
            continue
        reach = _ASIDE_REACH if doc[i + 1].lower_ in _RELATIVES else _APPOSITION_REACH
        j = next((k for k in range(i + 2, min(i + reach, hi - 1)) if doc[k].text == ","), 0)
        after = doc[j + 1] if j else None
        if (
            after is not None
            and after.is_lower
            and after.is_alpha
            and after.lower_ not in _NOT_VERB
        ):
            kept = [k for k in range(lo, hi) if not i <= k <= j]
            out.append((_view(doc, kept, mentions, {}), kept))
    dashes = [
        k
        for k in range(lo + 1, hi - 1)
        if doc[k].text in _DASHES and doc[k - 1].whitespace_ and doc[k].whitespace_
    ]
    if len(dashes) >= 2:
        kept = list(range(lo, hi))
        out.append((_view(doc, kept, mentions, dict.fromkeys(dashes[:2], ",")), kept))
    # "from the U.S.-allied, Kurdish-led SDF": the modifier's actor was read by the
    # X-backed-Y rules; without it the phrase reads "from the Kurdish-led SDF"
    drop: set[int] = set()
    for k in range(lo, hi - 2):
        if (
            k in mentions
            and doc[k + 1].text in ("-", "–")
            and not doc[k].whitespace_
            and doc[k + 2].is_lower
            and doc[k + 3 if k + 3 < hi else k].text == ","
        ):
            drop.update((k, k + 1, k + 2, k + 3))
    if drop:
        kept = [k for k in range(lo, hi) if k not in drop]
        out.append((_view(doc, kept, mentions, {}), kept))
    # "the Rapid Support Forces (RSF) and the army": the acronym repeats its actor
    acronyms = {
        j
        for k in range(lo, hi - 3)
        if k in mentions
        and doc[k + 1].text == "("
        and k + 2 in mentions
        and doc[k + 3].text == ")"
        and mentions[k].actor is not None
        and mentions[k].actor == mentions[k + 2].actor
        for j in (k + 1, k + 2, k + 3)
    }
    if acronyms:
        kept = [k for k in range(lo, hi) if k not in acronyms]
        out.append((_view(doc, kept, mentions, {}), kept))
    return out


_DASH_IDS = frozenset(get_string_id(d) for d in _DASHES)
_COMMA_ID = get_string_id(",")
_APPOSITION_REACH = 16
_DETERMINERS = frozenset({"a", "an", "the", "its", "their"})


def _apposition(doc: Doc, i: int, mentions: dict[int, Resolved]) -> bool:
    """True when token ``i`` opens an apposition: "a/the ...", "Iran's ..."."""
    if doc[i].lower_ in _DETERMINERS:
        return True
    return i in mentions and i + 1 < len(doc) and doc[i + 1].text in _POSSESSIVE


_NOT_VERB = frozenset({"and", "or", "but", "said", "says", "say", "told", "according"})


def _view(doc: Doc, kept: list[int], mentions: dict[int, Resolved], swap: dict[int, str]) -> Doc:
    """A new Doc of the tokens ``kept`` (texts in ``swap`` replaced), mentions as entities."""
    from spacy.tokens import Doc as _Doc
    from spacy.tokens import Span as _Span

    view = _Doc(
        doc.vocab,
        words=[swap.get(k, doc[k].text) for k in kept],
        spaces=[bool(doc[k].whitespace_) for k in kept],
    )
    view.ents = [
        _Span(view, n, n + 1, label=doc[k].ent_type_) for n, k in enumerate(kept) if k in mentions
    ]
    if len(view):
        view[0].is_sent_start = True  # a view is one sentence: IS_SENT_START rules see it
    return view


def _slot_types(rule: RelationRule, name: str) -> frozenset[str]:
    """The entity types slot ``name`` of ``rule`` accepts."""
    spec = rule.pattern[rule.slot_index[name]].get("ENT_TYPE", {})
    return frozenset(spec.get("IN", ())) if isinstance(spec, dict) else frozenset()


def _windows(sent: Span) -> list[Span]:
    if len(sent) <= MAX_SENTENCE_TOKENS:
        return [sent]
    step = MAX_SENTENCE_TOKENS * 2 // 3
    doc = sent.doc
    return [
        doc[i : min(i + MAX_SENTENCE_TOKENS, sent.end)]
        for i in range(sent.start, max(sent.end - step, sent.start + 1), step)
    ]


class _Sentence:
    """One sentence's mentions, and how to turn a match into relations."""

    def __init__(
        self,
        doc: Doc,
        sent: Span,
        mentions: dict[int, Resolved],
        positions: list[int],
        history: Sequence[Actor],
        states: Mapping[str, str] | None = None,
    ):
        self.doc, self.sent, self.mentions = doc, sent, mentions
        self.positions, self.history = positions, history
        self.states = states or {}
        self.confirm = True  # the sentence may say a party has not confirmed a match

    def relations(
        self,
        rule: RelationRule,
        start: int,
        end: int,
        align: list[int],
        where: list[int] | None = None,
    ) -> list[Found]:
        """Turn one match into relations; ``where`` places the match tokens of a view."""
        at = where or list(range(start, end))
        slots = {
            name: at[align.index(idx)] for name, idx in rule.slot_index.items() if idx in align
        }
        if rule.not_after and any(
            t.lower_ in rule.not_after for t in self.doc[max(self.sent.start, at[0] - 3) : at[0]]
        ):
            return []
        if rule.pair:
            return self._pair_relations(rule, start, end, slots)
        if len(slots) < 2 or not asserted(
            self.doc, self.sent.start, start, end, rule.predicate, self.sent.end
        ):
            return []
        sides = {}
        for name, tok in slots.items():
            chain = self.chain(tok) if name in rule.expand else [tok]
            # a coordinated neighbour fills the slot only if it could fill it alone:
            # "Hamas and Mohammed Deif, the group's commander" makes no leader of Hamas
            allowed = _slot_types(rule, name)
            chain = [t for t in chain if t == tok or self.doc[t].ent_type_ in allowed]
            if name == "subject":
                # "rebels in Mali captured Kidal", "In Yemen, the Houthis seized Sanaa":
                # the state the story happens in does not act
                chain = [t for t in chain if not self._setting(t)]
            sides[name] = [f for t in chain for f in self.fill(rule, name, t, slots)]
        conf = rule.confidence * (0.9 if end - start > LONG_MATCH else 1.0)
        unconfirmed = self._unconfirming(end)
        out = []
        for subj, s_text, s_coref in sides["subject"]:
            for obj, o_text, o_coref in sides["object"]:
                if subj.label == obj.label or subj in unconfirmed or obj in unconfirmed:
                    continue
                if rule.swap:
                    subj, obj, s_text, o_text = obj, subj, o_text, s_text
                c = conf * (COREF_FACTOR if s_coref else 1) * (COREF_FACTOR if o_coref else 1)
                out.append(
                    Found(
                        rule, subj, obj, s_text, o_text, c, self.sent.start_char, self.sent.end_char
                    )
                )
        return out

    def claimed(
        self,
        rule: RelationRule,
        start: int,
        end: int,
        align: list[int],
        where: list[int] | None,
        prev: Span,
        target: int,
    ) -> list[Found]:
        """An across rule's match: its claimant attacks ``target`` of sentence ``prev``.

        The evidence is the span of both sentences.
        """
        at = where or list(range(start, end))
        idx = rule.slot_index["subject"]
        if idx not in align or not asserted(
            self.doc, self.sent.start, start, end, rule.predicate, self.sent.end
        ):
            return []
        tok = at[align.index(idx)]
        slots = {"subject": tok, "object": target}
        obj = self.mentions[target]
        if obj.actor is None:
            return []
        out = []
        for subj, s_text, s_coref in self.fill(rule, "subject", tok, slots):
            if subj.label == obj.actor.label:
                continue
            conf = rule.confidence * (COREF_FACTOR if s_coref or obj.coref else 1)
            out.append(
                Found(
                    rule,
                    subj,
                    obj.actor,
                    s_text,
                    obj.text,
                    conf,
                    prev.start_char,
                    self.sent.end_char,
                )
            )
        return out

    def _pair_relations(
        self, rule: RelationRule, start: int, end: int, slots: dict[str, int]
    ) -> list[Found]:
        """A pair rule's relation between the two actors of its pair anaphor ("the two sides")."""
        mention = self.mentions.get(slots.get("subject", -1))
        if (
            mention is None
            or mention.actor is None
            or len(mention.also) != 1
            or not asserted(self.doc, self.sent.start, start, end, rule.predicate, self.sent.end)
        ):
            return []
        one, other = mention.actor, mention.also[0]
        conf = rule.confidence * COREF_FACTOR
        return [
            Found(
                rule,
                one,
                other,
                mention.text,
                mention.text,
                conf,
                self.sent.start_char,
                self.sent.end_char,
            )
        ]

    def _unconfirming(self, end: int) -> set[Actor]:
        """Actors the sentence says, after the match, have not confirmed it.

        "X has received Iranian drones, though Tehran has not confirmed any
        transfers": a party that will not confirm the relation leaves it unasserted.
        """
        doc, out = self.doc, set[Actor]()
        if not self.confirm:
            return out
        for i in range(end, self.sent.end):
            if doc[i].lower_ in _CONFIRM and any(
                t.lower_ in _NOT_CONFIRM for t in doc[max(end, i - 6) : i]
            ):
                for p in self.positions:
                    actor = self.mentions[p].actor
                    if end <= p < i and actor is not None:
                        out.add(actor)
        return out

    def fill(
        self, rule: RelationRule, name: str, tok: int, slots: dict[str, int]
    ) -> list[tuple[Actor, str, bool]]:
        """Return the actors filling slot ``name`` at token ``tok`` (none if it cannot).

        A plural pronoun whose antecedent is coordinated stands for all of it:
        "Chad and Niger said their troops ..." gives both.
        """
        mention = self.mentions.get(tok)
        if mention is not None and mention.also and mention.actor is not None:
            group = (mention.actor, *mention.also)  # "both groups"
            return [one for a in group if (one := self._fill_one(rule, name, tok, slots, a))]
        if mention is None or mention.actor is not None:
            one = self._fill_one(rule, name, tok, slots, None)
            return [one] if one else []
        other = slots["object" if name == "subject" else "subject"]
        out = []
        for actor in self.pronoun_all(tok, other):
            one = self._fill_one(rule, name, tok, slots, actor)
            if one:
                out.append(one)
        return out

    def _fill_one(
        self,
        rule: RelationRule,
        name: str,
        tok: int,
        slots: dict[str, int],
        antecedent: Actor | None,
    ) -> tuple[Actor, str, bool] | None:
        mention = self.mentions.get(tok)
        if mention is None:
            return None
        nxt = self.doc[tok + 1].text if tok + 1 < len(self.doc) else ""
        hyphen = nxt in ("-", "–") and not self.doc[tok].whitespace_  # "X-backed", not "X - "
        if hyphen and name not in rule.modifier:
            return None
        if nxt in _POSSESSIVE and (name not in rule.possessive or self._persons_forces(tok)):
            return None
        if mention.form_kind == "victim" and (
            name == "subject" or rule.predicate not in ("attacks", "opposes")
        ):
            return None  # "killed five soldiers": the soldiers' state was attacked, nothing more
        actor, coref = mention.actor, mention.coref
        if actor is None or mention.also:
            actor, coref = antecedent, True
            if actor is None:
                return None
        if rule.predicate in _PLACE_PREDICATES and name == "object":
            if mention.form_kind == "metonym" and mention.kind == "name":
                actor = Actor(mention.text, "Place")
        elif actor.type == "Place":
            if rule.predicate not in ("attacks", "opposes") or name != "object":
                return None
            # "rockets at northern Israel", "an insurgency in northern Nigeria"
            state = self._region_state(mention.text)
            if state is None:
                return None
            actor = state
        return actor, mention.text, coref

    def _region_state(self, text: str) -> Actor | None:
        """The state of a compass-qualified region ("northern Israel").

        The state the document names, else, for a lower-case compass word
        ("northern Nigeria", not the name "Northern Ireland"), the lexicon's.
        """
        first, _, rest = text.partition(" ")
        if first.lower() not in COMPASS or not rest:
            return None
        for m in self.mentions.values():
            if m.actor and m.actor.type == "State" and rest in (m.actor.label, m.text):
                return m.actor
        known = next((a for a in self.history if a.type == "State" and a.label == rest), None)
        if known is None and first.islower() and rest in self.states:
            return Actor(self.states[rest], "State")
        return known

    def _setting(self, tok: int) -> bool:
        """True for a state named as the setting: "in Mali", not "in Mali's war"."""
        mention = self.mentions.get(tok)
        if mention is None or mention.actor is None or mention.actor.type != "State":
            return False
        start = tok - 1
        if start > self.sent.start and self.doc[start].lower_ == "the":
            start -= 1  # "guerrillas in the Philippines said"
        before = self.doc[start].lower_ if start >= self.sent.start else ""
        after = self.doc[tok + 1].text if tok + 1 < len(self.doc) else ""
        return before in _SETTING and after not in (*_POSSESSIVE, "-", "–")

    def _persons_forces(self, tok: int) -> bool:
        """True for "Hadi's forces": a person's troops are not the person."""
        mention = self.mentions[tok]
        after = self.doc[tok + 2].lower_ if tok + 2 < len(self.doc) else ""
        return bool(mention.actor and mention.actor.type == "Person" and after in TROOP_NOUNS)

    def pronoun_all(self, tok: int, other: int) -> list[Actor]:
        """Resolve a pronoun; "they"/"their" after "X and Y" stands for both."""
        actor, at = self.pronoun(tok, other)
        if actor is None:
            return []
        word = self.doc[tok].text.split()[0].lower()
        if word not in _PLURAL or at is None:
            return [actor]
        other_actor = self.mentions[other].actor if other in self.mentions else None
        out = [actor]
        for p in self.chain(at):
            a = self.mentions[p].actor if p in self.mentions else None
            if a and a not in out and a != other_actor and a.type == actor.type:
                out.append(a)
        return out

    def pronoun(self, tok: int, other: int) -> tuple[Actor | None, int | None]:
        """Resolve a pronoun: "he" to the last person, "its" to the sentence's first actor.

        Returns the actor and, when it is named in this sentence, its token.
        """
        word = self.doc[tok].text.split()[0].lower()
        before = [p for p in self.positions if p < tok]
        if word in PRONOUNS_PERSON:
            people = [
                a for a in (self.mentions[p].actor for p in before) if a and a.type == "Person"
            ]
            people = people or [a for a in self.history if a.type == "Person"]
            return (people[-1] if people else None), None
        other_actor = self.mentions[other].actor if other in self.mentions else None
        # "their fighters" belong to an armed actor; a bare "it" to any non-person.
        armed = len(self.doc[tok].text.split()) > 1
        for p in before:
            actor = self.mentions[p].actor
            if (
                actor
                and actor.type not in ("Person", "Place")
                and actor != other_actor
                and not (armed and actor.type == "Organization")
                and not self._modifier(p)
                and not self._setting(p)  # "rebels in Mali said they ...": not Mali
            ):
                return actor, p
        if word in ("it", "its") and not any(
            not t.is_punct for t in self.doc[self.sent.start : tok]
        ):
            return self._previous_subject(other_actor), None
        return None, None

    def _modifier(self, tok: int) -> bool:
        """True for the "al-Qaeda" of "the al-Qaeda-linked group": it modifies another noun."""
        nxt = self.doc[tok + 1].text if tok + 1 < len(self.doc) else ""
        return nxt in ("-", "–") and not self.doc[tok].whitespace_

    def _previous_subject(self, other: Actor | None) -> Actor | None:
        """The subject of the previous sentence, for a sentence-initial "It"/"Its".

        Only one clear antecedent counts: a non-person actor opening the
        previous sentence of the paragraph and not coordinated with another;
        an opening "It"/"Its" there passes on its own antecedent.
        """
        start, actor = self.sent.start, None
        for _ in range(3):
            if start == 0:
                return None
            prev = self.doc[start - 1].sent
            first = next(
                (i for i in range(prev.start, min(prev.start + 3, prev.end)) if i in self.mentions),
                None,
            )
            if first is None or any(
                not t.is_punct and t.lower_ != "the" for t in self.doc[prev.start : first]
            ):
                return None
            after = self.doc[first + 1 : min(first + 4, prev.end)]
            if (
                len(after)
                and after[0].lower_ in ("and", "&", ",")
                and any(t.i in self.mentions for t in after[1:])
            ):
                return None  # "X and Y ...": no one clear antecedent
            actor = self.mentions[first].actor
            if actor is not None:
                break
            if self.doc[first].lower_ not in ("it", "its"):
                return None
            start = prev.start
        if actor is None or actor.type in ("Person", "Place") or actor == other:
            return None
        return actor

    def chain(self, tok: int) -> list[int]:
        """Return the mention tokens coordinated with ``tok``: "X, Y and the Z"."""
        left, i = [], tok
        while (j := self._neighbour(i, -1)) is not None:
            left.append(j)
            i = j
        right, i = [], tok
        while (j := self._neighbour(i, 1)) is not None:
            right.append(j)
            i = j
        return [*reversed(left), tok, *right]

    def _neighbour(self, tok: int, step: int) -> int | None:
        """Return the mention one coordinator away from ``tok`` in direction ``step``."""
        doc, lo, hi = self.doc, self.sent.start, self.sent.end
        j, seps = tok + step, set()
        while lo <= j < hi:
            if doc[j].lower_ in _SEPARATORS:
                seps.add(doc[j].lower_)
                j += step
            elif doc[j].text == ("(" if step > 0 else ")"):
                # skip an aside such as "(MUJAO)" inside a list
                close = ")" if step > 0 else "("
                ends = [
                    k
                    for k in range(j + step, j + 5 * step, step)
                    if lo <= k < hi and doc[k].text == close
                ]
                if not ends:
                    break
                j = ends[0] + step
            else:
                break
        if not seps & _COORDINATORS or not lo <= j < hi or j not in self.mentions:
            return None
        if "and" not in seps and j + 1 < hi and doc[j + 1].lower_ in REPORT_VERBS:
            return None  # "..., the army said": a reporting clause, no list
        return j
