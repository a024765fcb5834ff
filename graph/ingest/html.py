"""HTML pages to Documents: the article's main text, title and date via trafilatura.

trafilatura drops navigation, scripts, styles, cookie banners and most page
furniture, and reads the title and publication date from the page's metadata.
We never strip tags by hand: a regex cannot tell a script from an article.
"""

from __future__ import annotations

import re
from typing import Any

from graph.errors import InputError
from graph.ingest.decoding import decode
from graph.ingest.skipped import Skipped
from graph.records import Document

# trafilatura refuses pages above its own max_file_size (20 MB); we say so
# up front rather than report "no text found".
MAX_HTML_CHARS = 20_000_000

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def read_html(data: bytes, source: str) -> Document | Skipped:
    """Extract the main text of an HTML page, with its title, date and URL.

    Args:
        data: the page's bytes (its ``<meta charset>`` is honoured when the
            bytes are not UTF-8).
        source: where the page came from, used as ``Document.source``.

    Returns:
        A Document whose paragraphs are separated by blank lines, or a
        Skipped when the page is binary, too large, too deeply nested or has
        no readable text.
    """
    match = _META_CHARSET.search(data[:4096])
    declared = match.group(1).decode("ascii") if match else None
    try:
        markup = decode(data, declared=declared)
    except InputError as exc:
        return Skipped(source, str(exc))
    return html_document(markup, source)


def html_document(markup: str, source: str) -> Document | Skipped:
    """Extract a Document from already decoded HTML.

    Args:
        markup: the HTML text.
        source: where the page came from.

    Returns:
        A Document, or a Skipped with the reason no text could be taken.
    """
    if not markup.strip():
        return Skipped(source, "empty file")
    if len(markup) > MAX_HTML_CHARS:
        size = len(markup) / 1_000_000
        return Skipped(
            source, f"HTML page too large to extract ({size:.0f} MB; the limit is 20 MB)"
        )
    try:
        result = _extract(markup)
    except RecursionError:
        return Skipped(source, "HTML nested too deeply to extract")
    except Exception as exc:
        # A third-party parser failing on one hostile page must not stop a corpus.
        return Skipped(source, f"could not extract text from HTML ({type(exc).__name__})")
    text = _paragraphs(result.get("text") or "") if result else ""
    if not text:
        reason = "no readable text found in the HTML page"
        if _too_deep(markup):
            reason = "HTML nested too deeply (over 255 levels); no readable text found"
        return Skipped(source, reason)
    return Document(
        text=text,
        source=source,
        title=_clean(result.get("title")) if result else None,
        date=_date(result.get("date")) if result else None,
        url=_clean(result.get("url")) if result else None,
    )


def _extract(markup: str) -> dict[str, Any] | None:
    """Run trafilatura, retrying with recall favoured for short or odd pages."""
    import trafilatura  # lazy: heavy import, only needed for HTML

    for favor_recall in (False, True):
        doc = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=favor_recall,
        )
        if doc is not None:
            found = doc if isinstance(doc, dict) else doc.as_dict()
            if (found.get("text") or "").strip():
                return found
    return None


def _paragraphs(text: str) -> str:
    """Separate trafilatura's blocks by blank lines, as plain-text articles are.

    A headline without a full stop then stays its own sentence instead of
    running into the first paragraph.
    """
    lines = (line.strip() for line in text.replace("\r", "\n").split("\n"))
    return "\n\n".join(line for line in lines if line)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _date(value: object) -> str | None:
    if isinstance(value, str) and _ISO_DATE.match(value):
        return value
    return None


def _too_deep(markup: str) -> bool:
    """Return True when libxml2 gave up on the page's nesting depth."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(markup, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return False
    return any("depth" in entry.message for entry in parser.error_log)
