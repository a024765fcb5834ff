"""Options of the `actorgraph` command itself: --version and a global --store."""

from __future__ import annotations

import os

import typer

from graph import __version__
from graph.cli._app import app, console


def _print_version(value: bool) -> None:
    if value:
        console.print(f"actorgraph {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    store: str | None = typer.Option(
        None,
        "--store",
        "-s",
        help="Store for every command: a folder (embedded) or an http(s) SPARQL endpoint URL. "
        "Same as setting ACTORGRAPH_STORE; a command's own --store wins.",
        show_default=False,
    ),
    version: bool = typer.Option(
        False, "--version", callback=_print_version, is_eager=True, help="Print the version."
    ),
) -> None:
    """Turn news about armed conflicts into a knowledge graph of actors and relations."""
    if store:
        # Commands read the store location from --store, then this variable.
        os.environ["ACTORGRAPH_STORE"] = store
