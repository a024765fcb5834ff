"""Pattern files: the one format for built-in rules and analysts' own rules.

A pattern file is JSON. Built-in rules live in ``graph/extract/rules/*.json``
(one file per predicate family); an analyst's files are read from the paths
given to ``Extractor(pattern_paths=...)`` and from ``user_config_dir()``
(``*.json``), and are picked up on the next run.

A file holds a list of relation rules and, optionally, mention rules::

    {
      "family": "backs",
      "rules": [
        {"id": "x-backed-y", "predicate": "backs", "confidence": 0.9,
         "example": "Turkey-backed rebels of the Sham Legion",
         "modifier": ["subject"],
         "pattern": [{"slot": "subject"}, {"ORTH": "-"},
                     {"LOWER": {"IN": "@backed"}}, {"slot": "object"}]}
      ],
      "mentions": [
        {"id": "place-province", "type": "Place",
         "pattern": [{"IS_TITLE": true, "name": true},
                     {"LOWER": "province", "name": true}]}
      ]
    }

A pattern is a list of spaCy ``Matcher`` token patterns over a sentence in
which every actor mention is one token whose ``ENT_TYPE`` is its entity type
(``State``, ``ArmedGroup``, ... or ``Pronoun`` for "it"/"their" before
resolution). Three shorthands keep rules short:

- ``{"slot": "subject"}`` / ``{"slot": "object"}``: one actor token; add
  ``"types": ["Place"]`` to restrict (default: any actor but a place).
- ``{"gap": 4}``: up to 4 tokens that are not actors; ``{"gap": 4, "actors": true}``
  lets actors through.
- ``"@name"`` as the value of ``IN``/``NOT_IN``: a word list of
  ``graph.extract.lexicon.words.WORD_LISTS`` (``@backed``, ``@attack_verbs``...).
- ``{"NAME_PART": true}``: a word that can sit inside a proper name
  (capitalised, all caps, a particle such as "al", a hyphen).

Rule keys: ``id`` (stable, named after the English construction; it becomes
the ``rule`` field of every relation found), ``predicate`` (a vocabulary
name; ``member-of`` is stored as ``includes`` swapped), ``confidence``
(0-1), and optional ``modifier`` (slots that may be the "X" of "X-backed"),
``possessive`` (slots that may carry "'s"), ``expand`` (slots whose
coordinated neighbours "X, Y and Z" also take part; default both), ``not_after``
(words that void a match when one of the three tokens before it is one:
"spokesperson for the X President Y" is no "X President Y"), ``pair`` (true:
the pattern's one ``subject`` slot is a pair anaphor such as "the two sides",
and the relation, a symmetric one, holds between the two actors it stands for:
"talks between the two sides"), ``across`` (true: an ``attacks`` rule whose
one ``subject`` slot claims "the attack" of the sentence before it, whose
target is the first actor after its attack word: "A drone struck a base
hosting French troops. JNIM claimed the attack").

A mention rule finds actors no lexicon knows. Its keys: ``id``, ``type``
(an entity type), ``pattern`` (plain Matcher tokens, with ``"name": true``
on the tokens that form the name) and optional ``priority``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from graph.errors import PatternError, UnknownPredicate, UnknownType
from graph.extract.lexicon.words import WORD_LISTS
from graph.extract.nlp import NAME_PART_ATTR
from graph.vocab import EntityType, predicate

ACTOR_TYPES = (
    "State",
    "ArmedGroup",
    "Coalition",
    "InternationalOrganization",
    "Organization",
    "Person",
    "Pronoun",
)
SLOTS = ("subject", "object")
#: Shorthand attribute names of pattern files and the Matcher attribute behind each.
NAME_PART_KEYS = {"NAME_PART": NAME_PART_ATTR}


@dataclass(frozen=True)
class RelationRule:
    """One compiled relation rule: its id, predicate and Matcher pattern."""

    id: str
    predicate: str
    confidence: float
    pattern: list[dict[str, Any]]
    slot_index: dict[str, int]  # pattern element index of each slot
    modifier: frozenset[str] = frozenset()
    possessive: frozenset[str] = frozenset()
    expand: frozenset[str] = frozenset(SLOTS)
    swap: bool = False
    source: str = ""
    not_after: frozenset[str] = frozenset()  # words that, just before the match, void it
    pair: bool = False  # one slot, a pair anaphor ("the two sides"): relates its two actors
    across: bool = False  # one slot, the claimant; the target is the previous sentence's


@dataclass(frozen=True)
class MentionRule:
    """One compiled mention rule: Matcher pattern, entity type, name tokens."""

    id: str
    type: str
    pattern: list[dict[str, Any]]
    name_index: frozenset[int]
    priority: int = 1
    kind: str = "new"  # "new" name, "anaphor" or "pronoun"
    types: tuple[str, ...] = ()  # what an anaphor may point back to
    source: str = ""


@dataclass
class RuleSet:
    """Every rule of several pattern files, in file order."""

    relations: list[RelationRule] = field(default_factory=list)
    mentions: list[MentionRule] = field(default_factory=list)


def builtin_rule_files() -> list[Path]:
    """Return the bundled rule files of ``graph/extract/rules``, sorted by name."""
    folder = resources.files("graph.extract.rules")
    return sorted(Path(str(p)) for p in folder.iterdir() if str(p).endswith(".json"))


def load_rules(paths: Iterable[Path]) -> RuleSet:
    """Read and compile pattern files.

    Args:
        paths: JSON pattern files (see the module docstring for the format).

    Returns:
        A ``RuleSet`` with every rule of every file.

    Raises:
        PatternError: naming the file and rule, when a file is malformed.

    >>> rules = load_rules(builtin_rule_files())
    >>> any(r.id == "x-backed-y" for r in rules.relations)
    True
    """
    rules = RuleSet()
    seen: dict[str, str] = {}
    for path in paths:
        data = _read_json(Path(path))
        for raw in data.get("rules", []):
            rule = compile_relation_rule(raw, str(path))
            if rule.id in seen and seen[rule.id] != str(path):
                raise PatternError(
                    f"{path}: rule id {rule.id!r} is already used in {seen[rule.id]}"
                )
            seen[rule.id] = str(path)
            rules.relations.append(rule)
        for raw in data.get("mentions", []):
            rules.mentions.append(compile_mention_rule(raw, str(path)))
    return rules


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PatternError(f"cannot read pattern file {path}: {exc.strerror}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise PatternError(f"{path} is not valid JSON ({exc}). Fix the file or remove it") from exc
    if not isinstance(data, dict):
        raise PatternError(f"{path}: expected a JSON object with a 'rules' list")
    return data


def compile_relation_rule(raw: dict[str, Any], source: str = "") -> RelationRule:
    """Compile one relation rule of a pattern file.

    Raises:
        PatternError: when a key is missing, the predicate unknown or a slot absent.

    >>> r = compile_relation_rule({"id": "t", "predicate": "member-of",
    ...     "pattern": [{"slot": "subject"}, {"LOWER": "joined"}, {"slot": "object"}]})
    >>> (r.predicate, r.swap, r.slot_index)
    ('includes', True, {'subject': 0, 'object': 2})
    """
    where = f"{source}: rule {raw.get('id', '?')!r}"
    if not isinstance(raw, dict) or not raw.get("id") or not isinstance(raw.get("pattern"), list):
        raise PatternError(f"{where}: a rule needs an 'id' and a 'pattern' list")
    try:
        pred = predicate(str(raw.get("predicate", "")))
    except UnknownPredicate as exc:
        raise PatternError(f"{where}: {exc}") from exc
    pattern, slots = [], {}
    for i, spec in enumerate(raw["pattern"]):
        if not isinstance(spec, dict):
            raise PatternError(f"{where}: pattern element {i} is not an object")
        if "slot" in spec:
            if spec["slot"] not in SLOTS or spec["slot"] in slots:
                raise PatternError(f"{where}: slot must be 'subject' or 'object', once each")
            slots[spec["slot"]] = i
        pattern.append(_token(spec, where))
    pair = bool(raw.get("pair", False))
    if pair and (set(slots) != {"subject"} or not pred.symmetric):
        raise PatternError(
            f"{where}: a pair rule needs one subject slot (the pair) and a symmetric predicate"
        )
    across = bool(raw.get("across", False))
    if across and (set(slots) != {"subject"} or pred.name != "attacks"):
        raise PatternError(
            f"{where}: an across rule needs one subject slot and the predicate 'attacks'"
        )
    if not (pair or across) and set(slots) != set(SLOTS):
        raise PatternError(f"{where}: the pattern needs a subject slot and an object slot")
    conf = float(raw.get("confidence", 0.7))
    if not 0 < conf <= 1:
        raise PatternError(f"{where}: confidence must be in (0, 1]")
    swap = pred.name == "member-of"
    return RelationRule(
        id=str(raw["id"]),
        predicate="includes" if swap else pred.name,
        confidence=conf,
        pattern=pattern,
        slot_index=slots,
        swap=swap,
        source=source,
        modifier=frozenset(raw.get("modifier", ())),
        possessive=frozenset(raw.get("possessive", ())),
        expand=frozenset(raw.get("expand", SLOTS)),
        not_after=frozenset(w.lower() for w in _list(raw.get("not_after", []), where)),
        pair=pair,
        across=across,
    )


def compile_mention_rule(raw: dict[str, Any], source: str = "") -> MentionRule:
    """Compile one mention rule; ``"name": true`` marks the name tokens.

    Raises:
        PatternError: when the id, type or pattern is missing or wrong.
    """
    where = f"{source}: mention rule {raw.get('id', '?')!r}"
    if not isinstance(raw, dict) or not raw.get("id") or not isinstance(raw.get("pattern"), list):
        raise PatternError(f"{where}: a mention rule needs an 'id' and a 'pattern' list")
    kind = str(raw.get("kind", "new"))
    if kind not in ("new", "anaphor", "pronoun"):
        raise PatternError(f"{where}: kind must be 'new', 'anaphor' or 'pronoun'")
    if kind == "new":
        types = tuple(_types([str(raw.get("type", ""))], where))
    else:
        types = tuple(_types(raw.get("types") or ["Pronoun"], where))
    names = frozenset(
        i for i, s in enumerate(raw["pattern"]) if isinstance(s, dict) and s.get("name")
    )
    pattern = [_token(s, where) for s in raw["pattern"]]
    return MentionRule(
        str(raw["id"]),
        types[0],
        pattern,
        names or frozenset(range(len(pattern))),
        int(raw.get("priority", 1)),
        kind,
        types,
        source,
    )


def _token(spec: dict[str, Any], where: str) -> dict[str, Any]:
    """Expand one pattern element's shorthands into a Matcher token pattern."""
    spec = {NAME_PART_KEYS.get(k, k): v for k, v in spec.items() if k != "name"}
    if "slot" in spec:
        types = spec.get("types") or list(ACTOR_TYPES)
        extra = {k: _values(v, where) for k, v in spec.items() if k not in ("slot", "types")}
        return {**extra, "ENT_TYPE": {"IN": _types(types, where)}}  # e.g. IS_SENT_START
    if "gap" in spec:
        n = int(spec["gap"])
        token: dict[str, Any] = {} if spec.get("actors") else {"ENT_IOB": "O"}
        token.update({k: _values(v, where) for k, v in spec.items() if k not in ("gap", "actors")})
        token["OP"] = f"{{0,{n}}}"
        return token
    return {k: _values(v, where) for k, v in spec.items()}


def loosen(pattern: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[int, int]]:
    """Turn each bounded gap ``{0,n}`` into ``*`` and return the bounds to check after matching.

    spaCy's Matcher expands ``{0,n}`` into n optional tokens, whose states
    multiply; one ``*`` state is far cheaper, and a match whose gap is too
    long is dropped by ``within_bounds``.

    >>> loosen([{"ORTH": "a"}, {"OP": "{0,3}"}])
    ([{'ORTH': 'a'}, {'OP': '*'}], {1: 3})
    """
    bounds, out = {}, []
    for i, token in enumerate(pattern):
        op = str(token.get("OP", ""))
        if op.startswith("{0,") and op.endswith("}"):
            bounds[i] = int(op[3:-1])
            token = {**token, "OP": "*"}
        out.append(token)
    return out, bounds


def within_bounds(align: list[int], bounds: dict[int, int]) -> bool:
    """Return True when no loosened gap of a match is longer than its bound."""
    return all(align.count(i) <= n for i, n in bounds.items())


def _types(types: Sequence[str], where: str) -> list[str]:
    out = []
    for t in types:
        if t == "Pronoun":
            out.append(t)
            continue
        try:
            out.append(EntityType.parse(t).value)
        except UnknownType as exc:
            raise PatternError(f"{where}: {exc}") from exc
    return out


def _values(value: Any, where: str) -> Any:
    """Resolve ``"@list"`` references inside ``IN``/``NOT_IN`` values."""
    if isinstance(value, dict):
        return {
            k: _list(v, where) if k in ("IN", "NOT_IN") else _values(v, where)
            for k, v in value.items()
        }
    return value


def _list(value: Any, where: str) -> list[str]:
    if isinstance(value, str) and value.startswith("@"):
        words = WORD_LISTS.get(value[1:])
        if words is None:
            known = ", ".join("@" + k for k in sorted(WORD_LISTS))
            raise PatternError(f"{where}: unknown word list {value!r}. Use one of: {known}")
        return sorted(words)
    if isinstance(value, list):
        out: list[str] = []
        for v in value:
            out.extend(_list(v, where) if isinstance(v, str) and v.startswith("@") else [v])
        return out
    raise PatternError(f"{where}: IN/NOT_IN needs a list or an @list name, got {value!r}")
