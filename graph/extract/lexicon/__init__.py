"""The bundled gazetteer: well-known actors with their names, adjectives and metonyms.

``gazetteer.ttl`` beside this module holds general world knowledge as SKOS
data (states, international organizations, armed groups, coalitions, media and
NGOs, leaders, a few places). :func:`load_gazetteer` reads it, or any Turtle
file in the same shape, into plain :class:`LexiconEntry` records.

>>> entries = load_gazetteer()
>>> russia = next(e for e in entries if e.label == "Russia")
>>> russia.type, "the Kremlin" in russia.metonym, "Russian" in russia.adjectival
('State', True, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from graph.vocab import AG, EntityType

#: File name of the bundled gazetteer inside this package.
GAZETTEER_FILE = "gazetteer.ttl"

_TYPES: dict[object, str] = {t.iri: t.value for t in EntityType}


@dataclass(frozen=True)
class LexiconEntry:
    """One actor of a gazetteer.

    ``label`` is the canonical name (skos:prefLabel), ``type`` an EntityType
    value ("State", "ArmedGroup", ...); ``alt`` other names and acronyms
    (skos:altLabel), ``adjectival`` adjective and demonym forms, ``metonym``
    capitals and government organs. Each tuple is sorted.
    """

    label: str
    type: str
    alt: tuple[str, ...] = ()
    adjectival: tuple[str, ...] = ()
    metonym: tuple[str, ...] = ()

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """Every string that names this actor: label, alt, adjectival and metonym."""
        return (self.label, *self.alt, *self.adjectival, *self.metonym)


def bundled_path() -> Path:
    """Return the path of the gazetteer shipped with actorgraph."""
    return Path(str(resources.files(__package__).joinpath(GAZETTEER_FILE)))


def load_gazetteer(path: str | Path | None = None) -> list[LexiconEntry]:
    """Parse a gazetteer in Turtle (default: the bundled one) into entries.

    Results are cached per path; the list returned is a fresh copy, sorted by
    label. Subjects without an actorgraph type or a prefLabel are skipped.

    >>> turkey = next(e for e in load_gazetteer() if "Ankara" in e.metonym)
    >>> turkey.label
    'Turkey'
    """
    resolved = Path(path) if path is not None else bundled_path()
    return list(_load(str(resolved.resolve())))


@lru_cache(maxsize=8)
def _load(path: str) -> tuple[LexiconEntry, ...]:
    graph = Graph()
    graph.parse(path, format="turtle")
    entries: list[LexiconEntry] = []
    for subject in set(graph.subjects(RDF.type, None)):
        if not isinstance(subject, URIRef):
            continue
        types = [_TYPES[t] for t in graph.objects(subject, RDF.type) if t in _TYPES]
        label = graph.value(subject, SKOS.prefLabel)
        if not types or label is None:
            continue

        def strings(prop: URIRef, node: URIRef = subject) -> tuple[str, ...]:
            return tuple(sorted({str(o) for o in graph.objects(node, prop)}))

        entries.append(
            LexiconEntry(
                label=str(label),
                type=types[0],
                alt=strings(SKOS.altLabel),
                adjectival=strings(AG.adjectival),
                metonym=strings(AG.metonym),
            )
        )
    entries.sort(key=lambda e: (e.label, e.type))
    return tuple(entries)


__all__ = ["GAZETTEER_FILE", "LexiconEntry", "bundled_path", "load_gazetteer"]
