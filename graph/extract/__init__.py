"""The extraction engine: news text to relations of the vocabulary, with evidence.

Public API::

    from graph.extract import Extractor, extract_documents, user_config_dir

spaCy is imported only when an ``Extractor`` is built, so importing this
package (and ``actorgraph --help``) stays fast.

Modules, in the order data flows: ``nlp`` (the blank spaCy pipeline),
``furniture`` (page furniture to skip), ``mentions`` (actor mentions),
``actors`` (resolution within a document), ``relations`` (rules applied),
``assertion`` (negation, hedging), ``patterns`` (the rule file format),
``matching`` and ``windows`` (rules run only where their words occur),
``engine`` (the ``Extractor``); ``lexicon/`` holds world knowledge and
word lists, ``rules/`` the built-in rules as JSON.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graph.extract.config import user_config_dir

if TYPE_CHECKING:
    from graph.extract.engine import Extractor, extract_documents

__all__ = ["Extractor", "extract_documents", "user_config_dir"]


def __getattr__(name: str) -> Any:
    if name in ("Extractor", "extract_documents"):
        from graph.extract import engine

        return getattr(engine, name)
    raise AttributeError(f"module 'graph.extract' has no attribute {name!r}")
