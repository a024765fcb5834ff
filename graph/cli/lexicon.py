"""`actorgraph lexicon`: the analyst's own actors and aliases, read on every run.

actorgraph lexicon add "Sham Legion" --type ArmedGroup --alias "Faylaq al-Sham"
actorgraph lexicon list
actorgraph lexicon path
"""

from __future__ import annotations

import typer

from graph.cli._app import app, console, handles_errors

lexicon_app = typer.Typer(
    help="Add and list the analyst's own actors and aliases (picked up by the next run).\n\n"
    'Example: actorgraph lexicon add "Sham Legion" --type ArmedGroup --alias "Faylaq al-Sham"',
    no_args_is_help=True,
)
app.add_typer(lexicon_app, name="lexicon")


@lexicon_app.command("add")
@handles_errors
def add_cli(
    name: str = typer.Argument(..., help="The actor's canonical name."),
    type_: str = typer.Option(
        ...,
        "--type",
        "-t",
        help="Entity type: State, ArmedGroup, "
        "Coalition, InternationalOrganization, Organization, Person, Place.",
    ),
    alias: list[str] = typer.Option(None, "--alias", "-a", help="Another name (repeatable)."),
) -> None:
    """Append an actor to the user lexicon CSV."""
    from graph.extract.config import USER_LEXICON, user_config_dir
    from graph.extract.lexicon.sources import append_csv

    path = user_config_dir() / USER_LEXICON
    entry = append_csv(path, name, type_, alias or ())
    console.print(f"added {entry.label} ({entry.type}) to {path}", markup=False, highlight=False)


@lexicon_app.command("list")
@handles_errors
def list_cli() -> None:
    """List the actors of the user lexicon files, one per line: name, type, aliases."""
    from graph.extract.config import user_lexicon_files
    from graph.extract.lexicon.sources import read_lexicon

    for path in user_lexicon_files():
        for entry in read_lexicon(path):
            aliases = "|".join(entry.alt)
            typer.echo(f"{entry.label}\t{entry.type}\t{aliases}")


@lexicon_app.command("path")
@handles_errors
def path_cli() -> None:
    """Print the folder of the analyst's lexicon (*.csv, *.ttl) and pattern (*.json) files."""
    from graph.extract.config import user_config_dir

    console.print(str(user_config_dir()), markup=False, highlight=False, soft_wrap=True)
