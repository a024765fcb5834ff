"""Where an analyst's own lexicon and pattern files live.

``user_config_dir()`` is ``$ACTORGRAPH_HOME`` when set, else
``~/.config/actorgraph``. Every ``*.csv`` and ``*.ttl`` file there is an actor
lexicon and every ``*.json`` file a pattern file; all are read on each run,
after the bundled gazetteer and rules.
"""

from __future__ import annotations

import os
from pathlib import Path

#: The CSV file ``actorgraph lexicon add`` appends to.
USER_LEXICON = "lexicon.csv"


def user_config_dir() -> Path:
    """Return the folder of the analyst's lexicon and pattern files (it may not exist).

    >>> import os; os.environ["ACTORGRAPH_HOME"] = "/tmp/ag"; str(user_config_dir())
    '/tmp/ag'
    """
    home = os.environ.get("ACTORGRAPH_HOME")
    return Path(home).expanduser() if home else Path.home() / ".config" / "actorgraph"


def user_lexicon_files() -> list[Path]:
    """Return the analyst's lexicon files, sorted by name."""
    folder = user_config_dir()
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir() if p.suffix.lower() in (".csv", ".ttl") and p.is_file()
    )


def user_pattern_files() -> list[Path]:
    """Return the analyst's pattern files, sorted by name."""
    folder = user_config_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() == ".json" and p.is_file())
