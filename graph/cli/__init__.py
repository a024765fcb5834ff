"""The ``actorgraph`` command: one module per command, registered on one typer app."""

from __future__ import annotations

from graph.cli._app import app

# Each import registers its commands on `app`.
from graph.cli import commands_placeholder  # noqa: F401,E402  (replaced as commands land)


def main() -> None:
    """Entry point of the console script and of ``python -m graph``."""
    app()
