"""Plain records that flow through the pipeline.

text -> Document -> Mention -> Actor -> Relation (with Evidence) -> store.
They hold data only; no I/O and no spaCy objects, so they pickle cheaply
to worker processes and serialise to the JSON Lines contract of relations.md.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any


def content_id(text: str) -> str:
    """Return the stable id of a document: the first 16 hex digits of SHA-256.

    The same text always gets the same id, so ingesting it twice is a no-op.

    >>> content_id("Russia backs Syria.")
    '1e470f653d231940'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def slug(label: str) -> str:
    """Return the IRI-safe key of an actor label: ASCII, lower case, hyphens.

    >>> slug("Faylaq al-Sham")
    'faylaq-al-sham'
    >>> slug("Ta’ang National Liberation Army")
    'taang-national-liberation-army'
    """
    folded = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    folded = re.sub(r"['’`]", "", folded.lower())
    key = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    return key or hashlib.sha256(label.encode()).hexdigest()[:12]


@dataclass(frozen=True)
class Document:
    """One article: its text and what we know about where it came from.

    ``source`` is the path, URL or ``-`` it was read from; ``date`` is an ISO
    date (YYYY-MM-DD) when the article carries one.
    """

    text: str
    source: str
    title: str | None = None
    date: str | None = None
    url: str | None = None

    @property
    def id(self) -> str:
        return content_id(self.text)


@dataclass(frozen=True)
class Actor:
    """A canonical actor: one node of the graph."""

    label: str
    type: str  # an EntityType value
    aliases: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return slug(self.label)


@dataclass(frozen=True)
class Mention:
    """A span of a document that names an actor."""

    text: str
    start: int
    end: int
    actor: Actor


@dataclass(frozen=True)
class Evidence:
    """Why a relation is believed: the sentence that says so, and who read it.

    ``start``/``end`` are the sentence's character offsets in the document;
    ``method`` is ``rule``, ``model`` or ``analyst``.
    """

    source: str
    sentence: str
    start: int
    end: int
    rule: str
    confidence: float
    document_id: str | None = None
    date: str | None = None
    subject_mention: str = ""
    object_mention: str = ""
    method: str = "rule"
    note: str | None = None


@dataclass(frozen=True)
class Relation:
    """One extracted relation: subject, predicate (JSON name), object, evidence."""

    subject: Actor
    predicate: str
    object: Actor
    evidence: Evidence
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_json(self) -> dict[str, Any]:
        """Return the JSON Lines record of relations.md (keys in contract order)."""
        ev = self.evidence
        return {
            "subject": self.subject.label,
            "subject_type": self.subject.type,
            "subject_mention": ev.subject_mention,
            "predicate": self.predicate,
            "object": self.object.label,
            "object_type": self.object.type,
            "object_mention": ev.object_mention,
            "confidence": round(ev.confidence, 3),
            "sentence": ev.sentence,
            "source": ev.source,
            "start": ev.start,
            "end": ev.end,
            "rule": ev.rule,
        }
