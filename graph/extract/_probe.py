"""Print the relations of text files as JSON Lines (a scoring aid until ``extract`` lands).

Usage: ``python -m graph.extract._probe FILE...``
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from graph.records import Document


def main(argv: list[str]) -> int:
    """Extract from each file of ``argv`` and print one JSON object per relation."""
    from graph.extract import Extractor

    extractor = Extractor()
    for name in argv:
        doc = Document(Path(name).read_text(encoding="utf-8"), source=name)
        for rel in extractor.extract(doc):
            print(json.dumps(rel.to_json(), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
