"""Registers a version command until the real commands land."""

from __future__ import annotations

import typer

from graph import __version__
from graph.cli._app import app, console


@app.command()
def version() -> None:
    """Print the actorgraph version.

    Example: actorgraph version
    """
    console.print(__version__)


@app.callback()
def _root(ctx: typer.Context) -> None:
    """Turn news about armed conflicts into a knowledge graph of actors and relations."""
