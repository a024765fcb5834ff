"""Regenerate the awkward input files that tests/test_readers.py reads.

Run from anywhere: ``python tests/data/readers/make_files.py``. The files are
committed; this script records exactly which bytes they hold and why.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

HERE = Path(__file__).parent

ARTICLE = (
    "Turkish drones struck Syrian regime forces near Saraqib, the ministry said.\n"
    "Café owners in Zürich and Médecins Sans Frontières reported the news.\n"
)

# A 1x1 transparent PNG: real image bytes, with the NUL bytes binary files have.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)

HTML = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Turkey strikes Syrian positions | Example Wire</title>
<meta property="og:title" content="Turkey strikes Syrian positions">
<meta property="article:published_time" content="2020-03-05T10:00:00Z">
<script>var tracking = "SCRIPT-IN-HEAD must never become text";</script>
<style>.STYLE-RULE { color: red }</style>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>Turkey strikes Syrian positions</h1>
<p>Turkish drones struck Syrian regime forces near Saraqib on Thursday, the defence ministry
said, a day after an air strike killed dozens of Turkish soldiers in Idlib province.</p>
<script>document.write("SCRIPT-IN-BODY must never become text");</script>
<p>Russia, the main ally of Damascus, called for restraint and said its military police would
patrol the M4 highway, while the Hayat Tahrir al-Sham alliance vowed to keep fighting.</p>
<p>The United Nations envoy Geir Pedersen urged all sides to return to the ceasefire agreed
in Sochi, warning that nearly a million civilians had fled toward the Turkish border.</p>
</article>
<noscript>NOSCRIPT-TEXT</noscript>
</body></html>
"""

CP1252_HTML = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Communiqué – Bamako</title></head><body><article>
<p>Le ministère de la Défense a déclaré que les forces armées maliennes ont repris
le contrôle de la ville après des combats contre des groupes armés, selon un communiqué publié
à Bamako. « La situation est sous contrôle », a ajouté le porte-parole de l’armée.</p>
<p>Les habitants ont fui vers les villages voisins pendant les affrontements de la nuit.</p>
</article></body></html>
"""

MARKDOWN = """---
title: "Truce brokered in Idlib"
date: 2020-03-05
---

# Truce brokered in *Idlib*

**Russia** and [Turkey](https://example.org/turkey "Turkey") agreed a truce.

> The NLF spokesman said the `ceasefire` was fragile.

- Fighting stopped near Saraqib.
- ![Map of Idlib](map.png) Displaced families returned.
"""

MARKDOWN_PLAIN_HEADING = """Intro line before the heading.

# Rebels seize the town

The Front's fighters took the town on Monday.
"""

JSONL_LINES = [
    json.dumps(
        {"text": "Russia backs the Syrian government.", "title": "One", "date": "2020-03-05"}
    ),
    '{"text": "this line is cut off',
    json.dumps({"title": "no text here"}),
    "",
    json.dumps(
        {"text": "Turkey backs the NLF.", "url": "https://example.org/nlf", "date": "March 6, 2020"}
    ),
    json.dumps(["not", "an", "object"]),
    json.dumps({"text": "   "}),
    json.dumps({"text": "Line seven reads fine.\r\nWith a Windows newline.", "id": "seven"}),
]

GOLD = {
    "id": "gold-like-001",
    "source": "a long description of where the passage came from, not a path",
    "date": None,
    "text": "Rwanda has long denied helping M23.",
    "entities": {"rwanda": {"type": "State", "names": ["Rwanda"]}},
    "triples": [],
}


def main() -> None:
    files: dict[str, bytes] = {
        "latin1.txt": ARTICLE.encode("latin-1"),
        "cp1252-quotes.txt": "“Al-Shabaab” fighters – 20 of them – attacked the base…\n".encode(
            "cp1252"
        ),
        "utf8-bom.txt": b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
        "utf16-bom.txt": "\ufeff".encode("utf-16-le")
        + ARTICLE.replace("\n", "\r\n").encode("utf-16-le"),
        "utf16be-bom.txt": "\ufeff".encode("utf-16-be") + ARTICLE.encode("utf-16-be"),
        "crlf.txt": ARTICLE.replace("\n", "\r\n").encode("utf-8"),
        "image.png": PNG,
        "image-renamed.txt": PNG,
        "report.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        "empty.txt": b"",
        "whitespace.txt": b"  \n\t\r\n   \n",
        "script-page.html": HTML.encode("utf-8"),
        "cp1252-page.html": CP1252_HTML.encode("cp1252"),
        "article.md": MARKDOWN.encode("utf-8"),
        "late-heading.md": MARKDOWN_PLAIN_HEADING.encode("utf-8"),
        "corpus.jsonl": ("\n".join(JSONL_LINES) + "\n").encode("utf-8"),
        "gold-like.json": json.dumps(GOLD, indent=1).encode("utf-8"),
        "no-extension": HTML.encode("utf-8"),
    }
    for name, data in files.items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()
