"""The ontology and SHACL shapes: where they are, and validation against them.

``ontology/actorgraph.ttl`` and ``ontology/shapes.ttl`` ship inside the wheel
as the package ``graph.ontology_data`` (see ``setup.py``); in a source
checkout or an editable install they are read from the repository's
``ontology/`` folder.

>>> from rdflib import Graph
>>> validate(Graph())
[]
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, Graph, Namespace
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import NamespaceManager
from rdflib.term import Node

from graph.errors import ActorGraphError
from graph.vocab import ACTOR, AG, DOCUMENT, EVIDENCE, GRAPH, ORG, SCHEMA

ONTOLOGY_FILE = "actorgraph.ttl"
SHAPES_FILE = "shapes.ttl"
SH = Namespace("http://www.w3.org/ns/shacl#")

#: Severities in the order the CLI shows them; only "Violation" fails `validate`.
SEVERITIES = ("Violation", "Warning", "Info")


def ontology_dir() -> Path:
    """Return the folder that holds ``actorgraph.ttl`` and ``shapes.ttl``.

    Looks in the installed package ``graph.ontology_data`` first, then in the
    ``ontology/`` folder of the source tree.

    Raises:
        ActorGraphError: when neither place has the ontology (a broken install).
    """
    candidates: list[Path] = []
    try:
        spec = importlib.util.find_spec("graph.ontology_data")
    except ModuleNotFoundError:
        spec = None
    if spec is not None and spec.submodule_search_locations:
        candidates.extend(Path(loc) for loc in spec.submodule_search_locations)
    candidates.append(Path(__file__).resolve().parent.parent / "ontology")
    for folder in candidates:
        if (folder / ONTOLOGY_FILE).is_file():
            return folder
    raise ActorGraphError(
        f"the ontology ({ONTOLOGY_FILE}) is missing from this installation; reinstall actorgraph"
    )


def ontology_path() -> Path:
    """Return the path of ``actorgraph.ttl``, the OWL ontology."""
    return ontology_dir() / ONTOLOGY_FILE


def shapes_path() -> Path:
    """Return the path of ``shapes.ttl``, the SHACL shapes."""
    return ontology_dir() / SHAPES_FILE


def load_ontology() -> Graph:
    """Return a fresh rdflib Graph of the OWL ontology (safe to modify)."""
    return Graph().parse(ontology_path(), format="turtle")


def load_shapes() -> Graph:
    """Return a fresh rdflib Graph of the SHACL shapes (safe to modify)."""
    return Graph().parse(shapes_path(), format="turtle")


@lru_cache(maxsize=1)
def _cached_graphs() -> tuple[Graph, Graph]:
    # Parsed once per process: validate() may run many times in a test session.
    return load_ontology(), load_shapes()


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result, with IRIs shortened for people.

    ``severity`` is ``Violation``, ``Warning`` or ``Info``; ``path`` is the
    property at fault (None for node-level results); ``value`` the offending
    value when SHACL names one.
    """

    focus_node: str
    path: str | None
    message: str
    severity: str = "Violation"
    value: str | None = None

    def __str__(self) -> str:
        where = self.focus_node + (f" {self.path}" if self.path else "")
        return f"{self.severity}: {where}: {self.message}"


def _namespaces() -> NamespaceManager:
    nm = NamespaceManager(Graph(), bind_namespaces="core")
    for prefix, ns in [
        ("ag", AG._NS),
        ("actor", ACTOR),
        ("document", DOCUMENT),
        ("evidence", EVIDENCE),
        ("graph", GRAPH),
        ("schema", SCHEMA),
        ("org", ORG),
        ("skos", Namespace("http://www.w3.org/2004/02/skos/core#")),
        ("prov", Namespace("http://www.w3.org/ns/prov#")),
    ]:
        nm.bind(prefix, ns, override=True, replace=True)
    return nm


def _short(node: Node | None, nm: NamespaceManager) -> str | None:
    if node is None:
        return None
    try:
        return node.n3(nm)
    except Exception:  # a blank-node path or an odd literal: show it raw
        return str(node)


def _data_graph(data: Graph) -> Graph:
    # Shapes apply to the union of all named graphs: an actor's type may come
    # from the gazetteer while the relation that needs it is in a document.
    if isinstance(data, ConjunctiveGraph):  # also rdflib.Dataset
        union = Graph()
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    return data


def _unasserted_evidence(data: Graph, nm: NamespaceManager) -> list[Violation]:
    # The shapes' one rule that needs a join: plain Python is 10x faster here
    # than the same rule as a SHACL-SPARQL constraint in pyshacl.
    found = []
    for node in set(data.subjects(RDF.type, AG.Evidence)):
        s, p, o = (data.value(node, prop) for prop in (RDF.subject, RDF.predicate, RDF.object))
        if s is not None and p is not None and o is not None and (s, p, o) not in data:
            triple = " ".join(_short(t, nm) or "?" for t in (s, p, o))
            found.append(
                Violation(
                    focus_node=_short(node, nm) or "?",
                    path=None,
                    message=f"evidence reifies a relation that is not in the graph: {triple}",
                )
            )
    return found


def validate(data: Graph) -> list[Violation]:
    """Check ``data`` against the SHACL shapes; return every result, worst first.

    Args:
        data: an rdflib ``Graph``, or a ``Dataset``/``ConjunctiveGraph`` whose
            named graphs are validated together as one union graph.

    Returns:
        One ``Violation`` per SHACL result (errors first, then warnings),
        empty when the graph conforms.

    Example:
        >>> from rdflib import Graph, URIRef
        >>> g = Graph()
        >>> _ = g.add((URIRef("https://w3id.org/actorgraph/actor/x"), RDF.type, AG.State))
        >>> [v.message for v in validate(g)]
        ['an actor must have a name (skos:prefLabel)']
    """
    import pyshacl  # slow to import; only `validate` needs it

    ontology, shapes = _cached_graphs()
    data_graph = _data_graph(data)
    _conforms, report, _text = pyshacl.validate(
        data_graph,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        allow_warnings=True,
        allow_infos=True,
        abort_on_first=False,
    )
    assert isinstance(report, Graph)
    nm = _namespaces()
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(result, SH.resultSeverity)
        found.append(
            Violation(
                focus_node=_short(report.value(result, SH.focusNode), nm) or "?",
                path=_short(report.value(result, SH.resultPath), nm),
                message=str(report.value(result, SH.resultMessage) or "does not conform"),
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                value=_short(report.value(result, SH.value), nm),
            )
        )
    found.extend(_unasserted_evidence(data_graph, nm))
    rank = {name: i for i, name in enumerate(SEVERITIES)}
    return sorted(
        set(found),
        key=lambda v: (rank.get(v.severity, 9), v.focus_node, v.path or "", v.message),
    )
