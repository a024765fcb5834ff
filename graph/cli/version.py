"""`actorgraph --version`."""

from __future__ import annotations

import typer

from graph import __version__
from graph.cli._app import app, console


def _print_version(value: bool) -> None:
    if value:
        console.print(f"actorgraph {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_print_version, is_eager=True, help="Print the version."
    ),
) -> None:
    """Turn news about armed conflicts into a knowledge graph of actors and relations."""
