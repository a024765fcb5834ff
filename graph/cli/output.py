"""How commands print data: a rich table for people, JSON, CSV or JSON Lines for programs.

Table cells are printed with markup off, so text from articles (actor
names, sentences) is shown as written and never interpreted.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from typing import Any

from rich.table import Table
from rich.text import Text

from graph.cli._app import console


class Format(str, Enum):
    """Output formats of data commands."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def _plain(value: Any) -> Any:
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(v) for v in value)
    return "" if value is None else value


def emit(
    rows: Sequence[Mapping[str, Any]],
    fmt: Format,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
) -> None:
    """Print ``rows`` in ``fmt``; ``columns`` picks and orders the table/CSV columns."""
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt is Format.json:
        sys.stdout.write(json.dumps(list(rows), ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt is Format.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt is Format.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=cols, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: _plain(row.get(c)) for c in cols})
    else:
        console.print(table(rows, cols, title=title))


def table(
    rows: Iterable[Mapping[str, Any]], columns: Sequence[str], title: str | None = None
) -> Table:
    """Return a rich table of ``rows``; every cell is literal text, never markup."""
    # The title may hold an actor's name: literal text too, never markup.
    out = Table(title=Text(title) if title else None, show_lines=False, title_justify="left")
    for col in columns:
        out.add_column(col.replace("_", " "), overflow="fold")
    for row in rows:
        out.add_row(*(Text(str(_plain(row.get(c)))) for c in columns))
    return out


def count(n: int, noun: str, plural: str | None = None) -> str:
    """Return "1 document", "2 documents": a number with its noun.

    >>> count(1, "document"), count(3, "piece", "pieces"), count(0, "entry", "entries")
    ('1 document', '3 pieces', '0 entries')
    """
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"


def say(message: str) -> None:
    """Print a human message (literal text, no markup)."""
    console.print(Text(message), soft_wrap=True)
