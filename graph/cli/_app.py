"""The typer app and the one error boundary of the command line.

Commands live one per module in ``graph/cli/``; each parses its arguments,
calls one library function and formats the result. Any ``ActorGraphError``
raised below becomes ``Error: <message>`` on stderr and exit code 2.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.console import Console

from graph.errors import ActorGraphError, ValidationFailed

app = typer.Typer(
    name="actorgraph",
    help="Turn news about armed conflicts into a knowledge graph of actors and relations.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

console = Console()
err_console = Console(stderr=True)

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_STORE = "actorgraph-store"

StoreOption = typer.Option(
    None,
    "--store",
    "-s",
    help="Store: a folder for the embedded store, or an http(s) SPARQL endpoint URL. "
    "Default: $ACTORGRAPH_STORE, else ./actorgraph-store.",
    show_default=False,
)


def store_location(store: str | None) -> str:
    """Return where the store is: --store, then $ACTORGRAPH_STORE, then the default folder."""
    return store or os.environ.get("ACTORGRAPH_STORE") or str(Path(DEFAULT_STORE))


def fail(message: str, code: int = 2) -> None:
    """Print one error line on stderr and exit with ``code``."""
    err_console.print(f"Error: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def handles_errors(func: F) -> F:
    """Translate library errors into one line on stderr and exit code 2 (1 for validation)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ValidationFailed as exc:
            fail(str(exc), code=1)
        except ActorGraphError as exc:
            fail(str(exc))
        except BrokenPipeError:
            # `actorgraph extract ... | head` closes stdout early: not an error.
            sys.stderr.close()
        except KeyboardInterrupt:
            fail("interrupted; nothing half-written was kept", code=130)

    return wrapper  # type: ignore[return-value]
