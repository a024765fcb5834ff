"""Is a matched relation asserted by the text, or negated, hedged, denied or reported false?

The scope of a cue is its clause: from the last clause break before the
match (";", "but", "while", a reporting verb such as "said") to the match's
end. Within it:

- a negation ("not", "never", "no longer", "denied"), a refusal ("refused
  to", "failed to") or a hedge ("could", "would", "if", "may") means the
  relation is not asserted;
- an intention ("vowed", "threatened", "plans") means an event has not
  happened yet (stances such as ``opposes`` still hold);
- an accusation or denial verb before the match puts the match inside its
  complement ("accuses Rwanda of commanding M23"): the accusation is a
  fact, what it alleges is not;
- a falsity word right after the match ("... is false") means it is reported false.
- a modal of consequence right after the match ("a war between Iran and
  Israel would be devastating") makes the matched phrase a hypothesis.

>>> from graph.extract.nlp import get_nlp
>>> doc = get_nlp()("Rwanda denied backing M23 but says it fights the FDLR.")
>>> asserted(doc, 0, 0, 4, "backs"), asserted(doc, 0, 7, 10, "opposes")
(False, True)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract.lexicon.words import (
    ACCUSE_VERBS,
    CLAUSE_BREAKS,
    FALSITY,
    HEDGES,
    INTENTIONS,
    NEGATIONS,
    SPATIAL_LOSS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

EVENT_PREDICATES = frozenset({"attacks", "negotiates-with", "accuses"})
SPATIAL_PREDICATES = frozenset({"based-in", "controls"})
_DENIALS = frozenset({"denied", "denies", "deny", "denying", "dismissed", "rejected"})
#: Suspending a thing says it was under way: a negation except for talks.
_SUSPENSIONS = frozenset(
    {"suspended", "suspends", "suspend", "suspending", "halted", "halts", "halting"}
)
#: "refused to sign a truce", "failed to reach a deal": what follows did not happen.
_REFUSALS = frozenset(
    {
        "refused",
        "refuses",
        "refuse",
        "refusing",
        "declined",
        "declines",
        "failed",
        "fails",
        "failing",
    }
)
_FALSITY_REACH = 6
#: Conjunctions opening a time or cause clause (never "if", "unless": hedges).
_SUBORDINATORS = frozenset(
    {"after", "because", "following", "since", "until", "amid", "when", "as", "before"}
)
_RELATIVE_OPENERS = frozenset({"which", "who", "whose", "whom"})
#: "A war between Iran and Israel would be devastating": a modal right after
#: the match makes the matched phrase the subject of a hypothetical.
_MODALS_AFTER = frozenset({"would", "could", "might", "may", "can", "will", "should", "must"})
#: What such a hypothetical would do; "talks between X and Y would start on
#: Saturday" reports a scheduled event and stays asserted.
_HYPOTHETICAL_VERBS = frozenset(
    {"be", "have", "become", "mean", "erupt", "break", "escalate", "spiral", "spill", "engulf"}
    | {"lead", "cause", "trigger", "spark", "destabilise", "destabilize", "devastate", "prove"}
    | {"happen", "occur", "materialise", "materialize"}
)
#: Words that may sit between the match and that modal ("... would likely ...").
_BEFORE_MODAL = frozenset({"also", "still", "soon", "likely", "now", "itself"})
#: "would continue/keep/remain ..." reports an ongoing stance, not a hypothesis.
_CONTINUE = frozenset({"continue", "keep", "remain", "stay"})
#: "could put pressure on the truce between X and Y": what the modal's verb
#: would strain, threaten or end exists already; only that verb is hedged.
_ACTS_ON_EXISTING = frozenset(
    {"pressure", "strain", "strains", "threaten", "threatens", "undermine", "undermines"}
    | {"jeopardise", "jeopardize", "jeopardy", "derail", "endanger", "imperil", "unravel"}
    | {"upend", "wreck", "scupper", "weaken", "complicate", "test", "collapse", "doom"}
)
#: "causing no injuries": what "no" negates there is the harm, not the event.
_HARM_NOUNS = frozenset(
    {"casualties", "injuries", "damage", "deaths", "fatalities", "victims", "losses"}
)


def clause_start(doc: Doc, sent_start: int, start: int) -> int:
    """Return the first token of the clause that holds token ``start``.

    A time or cause clause opens a clause of its own: in "the government
    suspended talks after the group attacked a base", the suspension does not
    reach the attack.
    """
    i = start - 1
    while i >= sent_start:
        if doc[i].lower_ in CLAUSE_BREAKS or doc[i].lower_ in _SUBORDINATORS:
            return i + 1
        i -= 1
    return sent_start


def _ongoing(doc: Doc, lo: int, end: int, stop: int) -> bool:
    """True when each "would" of ``doc[lo:end]`` reports a stance that goes on.

    "Moscow would continue to support Damascus" (reported speech) asserts the
    support; "would attack if ..." and "would not" stay hedged (the other cues
    are checked on their own), and so does "would continue ... if/unless".
    """
    if any(t.lower_ in ("if", "unless") for t in doc[end:stop]):
        return False
    return all(
        t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _CONTINUE
        for t in doc[lo:end]
        if t.lower_ == "would"
    )


def _describes_accused(doc: Doc, start: int) -> bool:
    """True when the match opens on the accused and goes on in an apposition.

    "Washington blamed Kataib Hezbollah, an Iran-aligned militia that is part
    of the PMF, for the attack": the apposition is the writer's description
    of the accused, not part of what is alleged.
    """
    verb = next((i for i in (start - 1, start - 2) if i >= 0 and doc[i].lower_ in ACCUSE_VERBS), -1)
    if verb < 0 or (verb == start - 2 and doc[start - 1].lower_ != "the"):
        return False
    return start + 1 < len(doc) and doc[start + 1].text == ","


def _asides(doc: Doc, start: int, end: int) -> set[int]:
    """Tokens of relative clauses the match steps over: ", which has not commented,".

    "Hamas, which denied the claims, fired rockets at Israel": the denial is
    the relative clause's, not the main clause's. Only an aside that closes
    before the match ends counts; a match ending inside it is its own.
    """
    out: set[int] = set()
    i = start
    while i < end - 1:
        if doc[i].text == "," and doc[i + 1].lower_ in _RELATIVE_OPENERS:
            close = next((k for k in range(i + 2, end - 1) if doc[k].text == ","), None)
            if close is None:
                break
            out.update(range(i, close + 1))
            i = close
        i += 1
    return out


def _alleged_inside(doc: Doc, start: int, end: int, aside: set[int]) -> bool:
    """True when the match holds "accuses ... of": "Rwanda, which Congo accuses of backing M23".

    What the accusation alleges is not asserted, even when the accuser sits
    inside the match.
    """
    return any(
        t.lower_ in ACCUSE_VERBS and any(u.lower_ == "of" for u in doc[t.i + 1 : min(t.i + 3, end)])
        for t in doc[start:end]
        if t.i not in aside
    )


def asserted(
    doc: Doc, sent_start: int, start: int, end: int, predicate: str, sent_end: int | None = None
) -> bool:
    """Return True when the match ``doc[start:end]`` is asserted as a fact.

    Args:
        doc: the paragraph.
        sent_start: first token of the match's sentence.
        start: first token of the match.
        end: token after the match.
        predicate: the relation's predicate (events and stances differ).
        sent_end: token after the sentence (default: the end of ``doc``).
    """
    lo = clause_start(doc, sent_start, start)
    aside = _asides(doc, start, end)
    # "in May" is a month, not a hedge
    # "causing no casualties": the harm is negated, not the attack
    words = {
        t.lower_
        for t in doc[lo:end]
        if (t.text != "May" or t.i == sent_start)
        and t.i not in aside
        and not (t.lower_ == "no" and t.i + 1 < end and doc[t.i + 1].lower_ in _HARM_NOUNS)
    }
    hedges = words & HEDGES
    if hedges and _hedge_on_existing(doc, lo, start, end, aside):
        hedges = set()
    stop = len(doc) if sent_end is None else sent_end
    if hedges == {"would"} and _ongoing(doc, lo, end, stop):
        hedges = set()
    negations = words & NEGATIONS
    if predicate in ("negotiates-with", "accuses"):
        # "suspended talks with X": the talks took place; "suspended talks,
        # accusing X of ...": the accusation is made
        negations -= _SUSPENSIONS
    if negations or hedges or ("longer" in words and "no" in words):
        return False
    if any(
        t.lower_ in _REFUSALS and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to"
        for t in doc[lo:end]
    ):
        return False
    if predicate in EVENT_PREDICATES and words & INTENTIONS:
        return False
    if predicate in SPATIAL_PREDICATES and words & SPATIAL_LOSS:
        return False
    if predicate != "accuses" and _alleged_inside(doc, start, end, aside):
        return False
    if predicate == "attacks" and any(
        t.lower_ in ACCUSE_VERBS for t in doc[start + 1 : end - 1] if t.i not in aside
    ):
        return False  # "Kenya blamed the attack on al-Shabaab": Kenya attacked no one
    before = {t.lower_ for t in doc[lo:start]}
    if (
        predicate != "accuses"
        and before & (ACCUSE_VERBS | _DENIALS)
        and not _describes_accused(doc, start)
    ):
        return False
    if _modal_after(doc, end, stop):
        return False
    reach = min(end + _FALSITY_REACH, stop)
    return not any(t.lower_ in FALSITY for t in doc[end:reach])


def _hedge_on_existing(doc: Doc, lo: int, start: int, end: int, aside: set[int]) -> bool:
    """True when each hedge governs a verb that acts on the matched noun phrase.

    "The fighting could put pressure on the fragile truce between Kyiv and
    Moscow": the truce is there; only the pressure is hypothetical. The match
    must open on its relation noun or right after its "between" (not on an
    actor the modal's verb may govern), hold no hedge itself, and a word such
    as "pressure", "threaten", "derail" must stand between the last hedge and
    the match. "could sign a truce between ..." stays hedged.
    """
    inside = any(doc[i].lower_ == "between" for i in range(max(lo, start - 2), start))
    if not doc[start].is_lower and not inside:
        return False
    if any(t.lower_ in HEDGES for t in doc[start:end] if t.i not in aside):
        return False
    last = max((t.i for t in doc[lo:start] if t.lower_ in HEDGES and t.i not in aside), default=-1)
    if last < 0 or any(t.lower_ in ("if", "unless", "whether") for t in doc[lo:start]):
        return False
    return any(t.lower_ in _ACTS_ON_EXISTING for t in doc[last + 1 : start])


def _modal_after(doc: Doc, end: int, stop: int) -> bool:
    """True when a modal verb follows the match ("... Hamas would be a disaster").

    Only the token right after the match, or the one after a filler such as
    "also", counts, and only a modal of consequence ("would be", "could
    trigger"): "Israel struck Hamas, which could retaliate" keeps its comma
    between them and stays asserted.
    """
    i = end
    while i < stop and i < end + 2 and doc[i].lower_ in _BEFORE_MODAL:
        i += 1
    return (
        i + 1 < stop and doc[i].text in _MODALS_AFTER and doc[i + 1].lower_ in _HYPOTHETICAL_VERBS
    )
