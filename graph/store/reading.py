"""Read-side of the knowledge graph: actors, their relations, documents, numbers.

``Reader`` is a mixin of ``KnowledgeGraph``; it needs only ``self.backend``.
Lists count what documents and analysts said: the gazetteer graph helps
resolve names but does not make an actor "appear" in the store.
"""

from __future__ import annotations

import difflib
from collections import Counter
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Identifier

from graph.errors import UnknownActor
from graph.store import queries as q
from graph.store.backend import Backend, Row
from graph.store.mapping import GAZETTEER_GRAPH
from graph.store.results import ActorRow, ActorSummary, DocumentRow, RelationRow
from graph.store.sparql import values_block
from graph.vocab import DOCUMENT, GRAPH, EntityType, predicate

_TYPES = {t.iri: t.value for t in EntityType}
_TYPE_ORDER = {t.value: i for i, t in enumerate(EntityType)}
# A name is the actor's own label before it is an alias, before it is a hidden form.
_LABEL_RANK = {str(SKOS.prefLabel): 0, str(SKOS.altLabel): 1}


def _text(term: Identifier | None) -> str | None:
    return None if term is None else str(term)


def _number(term: Identifier | None) -> Any:
    return term.toPython() if isinstance(term, Literal) else 0


def _doc_id(graph: Identifier | None) -> str:
    text = str(graph)
    for base in (str(DOCUMENT), str(GRAPH)):
        if text.startswith(base):
            return text[len(base) :]
    return text


class Reader:
    """Queries that answer the questions of the CLI's read commands."""

    backend: Backend

    def resolve_actor(self, name: str) -> ActorRow:
        """Return the actor a name refers to: label or alias, any case.

        Canonical labels win over aliases, aliases over adjectives and
        metonyms ("Damascus" the place before "Damascus" for Syria).

        Raises:
            UnknownActor: "no actor named X; did you mean: A, B?".
        """
        wanted = name.strip()
        rows = self.backend.select(q.FIND_ACTOR, {"name": Literal(wanted)}) if wanted else []
        if not rows:
            raise UnknownActor(self._no_actor(wanted))
        best = min(rows, key=lambda r: (_LABEL_RANK.get(str(r["lp"]), 2), str(r["a"])))
        iri = best["a"]
        assert isinstance(iri, URIRef)
        labels: list[tuple[bool, str]] = []
        types: list[tuple[bool, str]] = []
        aliases: set[str] = set()
        for row in self.backend.select(q.ACTOR_DETAILS, {"actor": iri}):
            # The curated gazetteer's label and type win over what an article said.
            from_article = row["g"] != GAZETTEER_GRAPH
            if row["p"] == SKOS.prefLabel:
                labels.append((from_article, str(row["v"])))
            elif row["p"] == SKOS.altLabel:
                aliases.add(str(row["v"]))
            elif row["v"] in _TYPES:
                types.append((from_article, _TYPES[row["v"]]))  # type: ignore[index]
        label = min(labels)[1] if labels else wanted
        kind = min(types, key=lambda t: (t[0], _TYPE_ORDER[t[1]]))[1] if types else "Organization"
        return ActorRow(str(iri), label, kind, tuple(sorted(aliases - {label})))

    def _no_actor(self, name: str) -> str:
        # Match against every name, suggest each actor once, by its label.
        label_of: dict[str, str] = {}
        for row in sorted(self.backend.select(q.ALL_NAMES), key=lambda r: str(r["label"])):
            label_of.setdefault(str(row["l"]).lower(), str(row["label"]))
        wanted = name.lower()
        # Names that contain what was typed ("faylaq"), then near spellings
        # ("Rusia"); 0.8 keeps short names ("USA", 0.75) out of the suggestions for "Rusia".
        containing = sorted((n for n in label_of if len(wanted) >= 3 and wanted in n), key=len)
        close = difflib.get_close_matches(wanted, list(label_of), n=6, cutoff=0.8)
        labels = list(dict.fromkeys(label_of[c] for c in [*containing[:3], *close]))[:3]
        if labels:
            guesses = ", ".join(labels)
            return f"no actor named {name!r}; did you mean: {guesses}?"
        return f"no actor named {name!r}; `actorgraph actors` lists the actors in the store"

    def _relation_triples(self) -> set[tuple[Identifier, Identifier, Identifier]]:
        return {(r["s"], r["p"], r["o"]) for r in self.backend.select(q.RELATIONS)}  # type: ignore[misc]

    def _labels(self, terms: set[Identifier | None]) -> dict[Identifier, str]:
        iris = {t for t in terms if isinstance(t, URIRef)}
        if not iris:
            return {}
        rows = self.backend.select(q.labels_of(values_block(["a"], [[i] for i in sorted(iris)])))
        found: dict[Identifier, str] = {}
        for row in sorted(rows, key=lambda r: str(r["label"])):
            found.setdefault(row["a"], str(row["label"]))  # type: ignore[arg-type]
        return found

    def actors(self, type: str | None = None, name: str | None = None) -> list[ActorSummary]:
        """List the actors documents and analysts mention, most connected first.

        Args:
            type: keep one entity type (any case, e.g. ``armedgroup``).
            name: keep actors whose label or an alias contains this (any case).

        Raises:
            UnknownType: ``type`` is not one of the seven.
        """
        wanted_type = EntityType.parse(type).value if type else None
        rows = self.backend.select(q.ACTORS)
        aliases: dict[Identifier, set[str]] = {}
        for row in self.backend.select(q.ALIASES):
            aliases.setdefault(row["a"], set()).add(str(row["alias"]))  # type: ignore[arg-type]
        degree: Counter[Identifier] = Counter()
        for s, _, o in self._relation_triples():
            degree[s] += 1
            degree[o] += 1
        labels: dict[Identifier, str] = {}
        types: dict[Identifier, str] = {}
        for row in sorted(rows, key=lambda r: (str(r["label"]), str(r["type"]))):
            labels.setdefault(row["a"], str(row["label"]))  # type: ignore[arg-type]
            types.setdefault(row["a"], _TYPES[row["type"]])  # type: ignore[arg-type,index]
        found = []
        for iri, label in labels.items():
            names = aliases.get(iri, set()) - {label}
            if wanted_type and types[iri] != wanted_type:
                continue
            if name and not any(name.lower() in n.lower() for n in {label, *names}):
                continue
            found.append(ActorSummary(label, types[iri], tuple(sorted(names)), degree[iri]))
        return sorted(found, key=lambda a: (-a.relations, a.label.lower()))

    def relations_of(self, actor_label: str) -> list[RelationRow]:
        """Every piece of evidence for every relation of an actor, oldest first.

        Args:
            actor_label: a label or alias (any case).

        Raises:
            UnknownActor: no actor has this name.
        """
        actor = URIRef(self.resolve_actor(actor_label).iri)
        rows = self.backend.select(q.RELATIONS_OF, {"actor": actor})
        labels = self._labels({r[k] for r in rows for k in ("s", "o")})
        found = [self._relation_row(row, labels) for row in rows]
        return sorted(
            found,
            key=lambda r: (
                r.date or "",
                r.predicate,
                r.subject,
                r.object,
                r.document_id,
                r.sentence,
            ),
        )

    @staticmethod
    def _relation_row(row: Row, labels: dict[Identifier, str]) -> RelationRow:
        note = _text(row["note"])
        source = _text(row["source"]) or (f"analyst: {note}" if note else "analyst")
        return RelationRow(
            subject=labels.get(row["s"], str(row["s"])),  # type: ignore[arg-type]
            predicate=predicate(str(row["p"])).name,
            object=labels.get(row["o"], str(row["o"])),  # type: ignore[arg-type]
            sentence=str(row["sentence"]),
            source=source,
            document_id=_doc_id(row["g"]),
            rule=str(row["rule"]),
            confidence=float(_number(row["confidence"])),
            date=_text(row["date"]) or _text(row["pub"]),
        )

    def documents(self) -> list[DocumentRow]:
        """Every ingested document, in the order it was ingested."""
        return [
            DocumentRow(
                id=_doc_id(row["doc"]),
                source=str(row["source"]),
                title=_text(row["title"]),
                date=_text(row["date"]),
                ingested=_text(row["ingested"]),
                relations=int(_number(row["relations"])),
            )
            for row in self.backend.select(q.DOCUMENTS)
        ]

    def stats(self) -> dict[str, Any]:
        """Count what the store holds.

        Returns:
            ``documents``, ``analyst_assertions``, ``actors``, ``relations``
            (distinct triples), ``evidence`` (occurrences), ``triples`` (all
            quads, gazetteer included), ``by_predicate`` and ``by_type``.
        """
        triples = self._relation_triples()
        types: dict[Identifier, str] = {}
        for row in sorted(self.backend.select(q.ACTORS), key=lambda r: str(r["type"])):
            types.setdefault(row["a"], _TYPES[row["type"]])  # type: ignore[arg-type,index]
        by_predicate = Counter(predicate(str(p)).name for _, p, _ in triples)
        return {
            "documents": len(self.backend.select(q.DOCUMENTS)),
            "analyst_assertions": int(_number(self.backend.select(q.ANALYST_GRAPHS)[0]["n"])),
            "actors": len(types),
            "relations": len(triples),
            "evidence": int(_number(self.backend.select(q.EVIDENCE_COUNT)[0]["n"])),
            "triples": int(_number(self.backend.select(q.TRIPLE_COUNT)[0]["n"])),
            "by_predicate": dict(sorted(by_predicate.items())),
            "by_type": dict(sorted(Counter(types.values()).items())),
        }
