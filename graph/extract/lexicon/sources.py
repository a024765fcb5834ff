"""Where actor names come from: the bundled gazetteer and analysts' lexicon files.

An analyst lexicon is a CSV file with a header ``name,type,aliases``
(``aliases`` separated by ``|``), or a Turtle file in the gazetteer's shape
(``skos:prefLabel``, ``skos:altLabel``, ``ag:adjectival``, ``ag:metonym``,
``rdf:type ag:State``...). Files in ``user_config_dir()`` are read on every run.

>>> forms = surface_forms([Entry("Sham Legion", "ArmedGroup", ("Faylaq al-Sham",))])
>>> sorted(f.text for f in forms)
['Faylaq Al Sham', 'Faylaq Al-Sham', 'Faylaq al Sham', 'Faylaq al-Sham', 'Sham Legion']
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from graph.errors import PatternError, UnknownType
from graph.extract.lexicon import LexiconEntry, load_gazetteer
from graph.vocab import EntityType

CSV_HEADER = ("name", "type", "aliases")


#: One known actor and the ways text names it: the gazetteer's record, for
#: analyst lexicons too.
Entry = LexiconEntry


@dataclass(frozen=True)
class Form:
    """One surface form: the text to match and the actor it names.

    ``kind`` is ``label``, ``alt``, ``adjectival`` or ``metonym``.
    """

    text: str
    label: str
    type: str
    kind: str


def gazetteer_entries() -> list[Entry]:
    """Return the bundled gazetteer's entries."""
    return load_gazetteer()


def read_lexicon(path: Path) -> list[Entry]:
    """Read an analyst lexicon file: CSV (name,type,aliases) or Turtle.

    Raises:
        PatternError: naming the file and line, when it cannot be read.
    """
    if path.suffix.lower() in (".ttl", ".turtle"):
        return _read_turtle(path)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return [
                _csv_entry(row, path, n)
                for n, row in enumerate(csv.reader(handle), 1)
                if row
                and any(c.strip() for c in row)
                and tuple(row[:2]) != CSV_HEADER[:2]
                and not row[0].startswith("#")
            ]
    except (OSError, UnicodeDecodeError) as exc:
        raise PatternError(f"cannot read lexicon {path}: {exc}") from exc


def _csv_entry(row: list[str], path: Path, line: int) -> Entry:
    if len(row) < 2 or not row[0].strip():
        raise PatternError(f"{path}:{line}: expected 'name,type[,aliases]'")
    try:
        etype = EntityType.parse(row[1]).value
    except UnknownType as exc:
        raise PatternError(f"{path}:{line}: {exc}") from exc
    aliases = tuple(a.strip() for a in (row[2] if len(row) > 2 else "").split("|") if a.strip())
    return Entry(row[0].strip(), etype, aliases)


def _read_turtle(path: Path) -> list[Entry]:
    """Read an analyst's Turtle lexicon, in the gazetteer's shape."""
    try:
        return load_gazetteer(path)
    except Exception as exc:  # rdflib raises many parser types; all mean "bad file"
        raise PatternError(f"{path} is not valid Turtle: {exc}") from exc


def append_csv(path: Path, name: str, etype: str, aliases: Sequence[str] = ()) -> Entry:
    """Append one actor to the CSV lexicon at ``path`` (created with a header).

    Raises:
        UnknownType: when ``etype`` is not an entity type.
        PatternError: when the name is empty.
    """
    etype = EntityType.parse(etype).value
    if not name.strip():
        raise PatternError("an actor needs a non-empty name")
    path.parent.mkdir(parents=True, exist_ok=True)
    new = not path.exists() or path.stat().st_size == 0
    with path.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        if new:
            writer.writerow(CSV_HEADER)
        writer.writerow([name.strip(), etype, "|".join(a.strip() for a in aliases if a.strip())])
    return Entry(name.strip(), etype, tuple(aliases))


def surface_forms(entries: Iterable[Entry]) -> list[Form]:
    """Return every form of ``entries``, with the spelling variants news uses.

    "al-Qaeda" also yields "al Qaeda", "Al-Qaeda" and "Al Qaeda"; "the
    Kremlin" is matched as "Kremlin" (articles stay outside mentions). Short
    acronyms are matched exactly as written.
    """
    out: dict[str, Form] = {}
    for e in entries:
        groups = (
            ("label", (e.label,)),
            ("alt", e.alt),
            ("adjectival", e.adjectival),
            ("metonym", e.metonym),
        )
        for kind, texts in groups:
            for text in texts:
                for variant in _variants(text):
                    out.setdefault(variant, Form(variant, e.label, e.type, kind))
    return list(out.values())


_ARTICLE = re.compile(r"^(the|The)\s+")


def _variants(text: str) -> list[str]:
    text = _ARTICLE.sub("", text.strip())
    if not text:
        return []
    if len(text) <= 5 and text.replace(".", "").isupper():
        return [text]
    found = [text]
    if re.search(r"\b[Aa][lln]-", text):
        found.append(re.sub(r"\b([Aa][lln])-", r"\1 ", text))
    for v in list(found):
        if v[:1].islower():
            found.append(v[:1].upper() + v[1:])
        found.append(re.sub(r"(?<=\s)al([- ])", r"Al\1", v))
    return list(dict.fromkeys(found))
