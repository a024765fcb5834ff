"""The exception tree of actorgraph.

Library code raises these; ``graph.cli`` turns any ``ActorGraphError`` into
one line on stderr and exit code 2. Every message says what is wrong and
what to do about it. Anything that is not an ``ActorGraphError`` is a bug.
"""

from __future__ import annotations


class ActorGraphError(Exception):
    """Base class: raised for any problem the user can fix."""


class InputError(ActorGraphError):
    """Raised when an input file, folder or stream cannot be read as text."""


class UnknownPredicate(ActorGraphError):
    """Raised when a predicate is not in the relation vocabulary."""


class UnknownType(ActorGraphError):
    """Raised when an actor type is not one of the seven entity types."""


class UnknownActor(ActorGraphError):
    """Raised when a name matches no actor in the store (message lists close matches)."""


class UnknownDocument(ActorGraphError):
    """Raised when a document id, path or URL is not in the store."""


class StoreError(ActorGraphError):
    """Raised when the store cannot be opened, reached or written."""


class StoreLocked(StoreError):
    """Raised when another process holds the embedded store."""


class QueryError(ActorGraphError):
    """Raised for malformed SPARQL, or an update sent without --update."""


class PatternError(ActorGraphError):
    """Raised when an analyst's pattern or lexicon file is malformed."""


class NoPath(ActorGraphError):
    """Raised when two actors are not connected within the given limits."""


class ValidationFailed(ActorGraphError):
    """Raised when SHACL validation finds violations (the CLI exits 1, not 2)."""
