"""The ``actorgraph`` command: one module per command, registered on one typer app."""

from __future__ import annotations

# Each import registers its commands on `app`; order is the order of --help.
from graph.cli import (  # noqa: F401
    analyze,
    demo,
    export,
    extract,
    ingest,
    lexicon,
    path,
    root,
    store_commands,
)
from graph.cli._app import app


def main() -> None:
    """Entry point of the console script and of ``python -m graph``."""
    app()
