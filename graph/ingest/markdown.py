"""Markdown to Documents: the characters of the prose, lightly freed of syntax.

We keep every word and drop only the marks around them (heading hashes,
emphasis stars, link targets, bullets, quote markers) so the extractor sees
sentences rather than syntax. Every pattern here is linear in the input: a
hostile file of a million brackets or stars must not hang a run.
"""

from __future__ import annotations

import re
from datetime import date

from graph.records import Document

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.{0,8000}?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_FIELD = re.compile(r"^(title|date)[ \t]*:([^\n]*)$", re.M | re.I)
# Headings are matched loosely and trimmed in Python: a pattern that trims
# trailing spaces or hashes itself backtracks quadratically on a long line.
_ATX = re.compile(r"^[ ]{0,3}(#{1,6})(?:[ \t]([^\n]*))?$", re.M)
_SETEXT_UNDERLINE = re.compile(r"\n[ ]{0,3}=+[ \t]*(?=\n|\Z)")
_RULE = re.compile(r"^[ ]{0,3}(?:[-=*_][ \t]*){3,}$", re.M)
_FENCE = re.compile(r"^[ ]{0,3}(?:`{3,}|~{3,})[^\n]*$", re.M)
_IMAGE = re.compile(r"!\[([^\[\]\n]{0,500})\]\([^()\s]{0,2000}(?:[ \t]+\"[^\"\n]{0,300}\")?\)")
_LINK = re.compile(r"\[([^\[\]\n]{0,500})\]\([^()\s]{0,2000}(?:[ \t]+\"[^\"\n]{0,300}\")?\)")
_REF_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\[[^\[\]\n]{0,200}\]")
_LINK_DEF = re.compile(r"^[ ]{0,3}\[[^\[\]\n]{1,500}\]:[ \t]+\S[^\n]*$", re.M)
_QUOTE = re.compile(r"^[ ]{0,3}(?:>[ ]?)+", re.M)
_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+", re.M)
_STRONG_OPEN = re.compile(r"(?<![\w*_])(?:\*{1,3}|_{2,3})(?=[^\s*_])")
_STRONG_CLOSE = re.compile(r"(?<=[^\s*_])(?:\*{1,3}|_{2,3})(?![\w*_])")
_BACKTICKS = re.compile(r"`+")
_BLANK_RUNS = re.compile(r"\n{3,}")


def markdown_document(text: str, source: str) -> Document:
    """Build a Document from Markdown text.

    The title is the front matter's ``title:``, else the first level-one
    heading (``# Title`` or a line underlined with ``===``); the date is the
    front matter's ``date:`` when it is an ISO date.

    Args:
        text: decoded Markdown with ``\\n`` newlines.
        source: where it came from.

    Returns:
        A Document whose text keeps the prose and drops the markup.

    >>> md = "# Truce in Idlib\\n\\n**Russia** and [Turkey](https://x.y) agreed."
    >>> doc = markdown_document(md, "a.md")
    >>> doc.title, doc.text
    ('Truce in Idlib', 'Truce in Idlib\\n\\nRussia and Turkey agreed.')
    """
    title, when, body = _front_matter(text)
    if title is None:
        title = _first_heading(body)
    return Document(text=strip_markdown(body), source=source, title=title, date=when)


def strip_markdown(text: str) -> str:
    """Return Markdown ``text`` with its syntax marks removed and its words kept.

    >>> strip_markdown("## Clashes\\n\\n> *NLF* fighters [said](http://x) so.\\n- item")
    'Clashes\\n\\nNLF fighters said so.\\nitem'
    """
    text = _FENCE.sub("", text)
    text = _LINK_DEF.sub("", text)
    text = _SETEXT_UNDERLINE.sub("", text)
    text = _RULE.sub("", text)
    text = _ATX.sub(lambda m: _heading_text(m.group(2)), text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _QUOTE.sub("", text)
    text = _BULLET.sub(r"\1", text)
    text = _STRONG_OPEN.sub("", text)
    text = _STRONG_CLOSE.sub("", text)
    text = _BACKTICKS.sub("", text)
    return _BLANK_RUNS.sub("\n\n", text).strip()


def _front_matter(text: str) -> tuple[str | None, str | None, str]:
    """Split YAML front matter (Jekyll, Hugo) off the text and read title and date."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return None, None, text
    title = when = None
    for key, raw in _FRONT_FIELD.findall(match.group(1)):
        value = raw.strip().strip("'\"").strip()
        if key.lower() == "title" and value:
            title = value
        elif key.lower() == "date":
            when = _iso_day(value)
    return title, when, text[match.end() :]


def _first_heading(text: str) -> str | None:
    """Return the first level-one heading, ATX (``# T``) or setext (``T`` over ``===``)."""
    atx = next((m for m in _ATX.finditer(text) if len(m.group(1)) == 1), None)
    underline = next(
        (m for m in _SETEXT_UNDERLINE.finditer(text) if _line_before(text, m.start()).strip()),
        None,
    )
    if atx is not None and (underline is None or atx.start() < underline.start()):
        heading = _heading_text(atx.group(2))
    elif underline is not None:
        heading = _line_before(text, underline.start())
    else:
        return None
    return strip_markdown(heading) or None


def _line_before(text: str, end: int) -> str:
    return text[text.rfind("\n", 0, end) + 1 : end]


def _heading_text(raw: str | None) -> str:
    """Trim an ATX heading's spaces and optional closing hashes (``## Title ##``)."""
    heading = (raw or "").strip()
    closed = heading.rstrip("#")
    if closed != heading and (not closed or closed[-1] in " \t"):
        heading = closed.rstrip()
    return heading


def _iso_day(value: str) -> str | None:
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
