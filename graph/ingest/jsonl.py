"""JSON Lines corpora and single JSON articles to Documents.

One article per line: ``text`` is required; ``title``, ``date`` and ``url``
are optional (``source`` and ``id`` are accepted and ignored). A bad line is
a Skipped naming its line number, never the end of the corpus. Lines are
read one at a time, so a corpus of any size streams in flat memory.
"""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timezone
from typing import IO, Any

from graph.errors import InputError
from graph.ingest.decoding import decode, normalise_newlines
from graph.ingest.skipped import Skipped, describe_size
from graph.records import Document

_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def read_jsonl(stream: IO[bytes], path: str, *, max_bytes: int) -> Iterator[Document | Skipped]:
    """Yield one Document per line of a JSON Lines stream, or a Skipped per bad line.

    Args:
        stream: a binary stream positioned at the start of the corpus.
        path: the file name (or ``-``); line sources are ``path#L<n>``.
        max_bytes: longest line read; longer lines are skipped unread.

    Returns:
        An iterator of Documents (source: the record's ``url`` or ``path#L<n>``)
        and Skipped lines, in file order.
    """
    return read_jsonl_lines(_wide_lines(stream) or iter_lines(stream, max_bytes), path, max_bytes)


def read_jsonl_lines(
    lines: Iterable[bytes | None], path: str, max_bytes: int
) -> Iterator[Document | Skipped]:
    """Parse raw lines (``None`` marks a line longer than ``max_bytes``) into Documents.

    Args:
        lines: raw lines as produced by :func:`iter_lines`.
        path: the file name used in sources.
        max_bytes: the line limit, quoted in the reason for skipped long lines.

    Returns:
        An iterator of Documents and Skipped lines.
    """
    for number, raw in enumerate(lines, start=1):
        where = f"{path}#L{number}"
        if raw is None:
            limit = describe_size(max_bytes)
            yield Skipped(where, f"longer than {limit}; split it or raise --max-size")
            continue
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                line = decode(raw)  # a Latin-1 line in a hand-assembled corpus
            except InputError as exc:
                yield Skipped(where, str(exc))
                continue
        # The source already names the line (path#L<n>); the reason says what is wrong.
        yield _parse_record(line, where, "")


def iter_lines(stream: IO[bytes], max_bytes: int) -> Iterator[bytes | None]:
    """Yield the raw lines of ``stream``, or ``None`` for a line over ``max_bytes``.

    An over-long line is consumed in 1 MB pieces and never held whole.

    Args:
        stream: a binary stream.
        max_bytes: the longest line kept.

    Returns:
        An iterator of lines (with their ``\\n``) and ``None`` markers.
    """
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
        else:
            yield line


def read_json(data: bytes, path: str, *, max_bytes: int) -> Iterator[Document | Skipped]:
    """Yield the Document(s) of a ``.json`` file: one object, or a list of objects.

    The evaluation's gold files are such objects (``text``, ``date``, ...).
    A file that is really JSON Lines under a ``.json`` name is read as such.

    Args:
        data: the file's bytes.
        path: the file name.
        max_bytes: the line limit if the file turns out to be JSON Lines.

    Returns:
        An iterator of Documents and Skipped items.
    """
    try:
        text = decode(data)
    except InputError as exc:
        yield Skipped(path, str(exc))
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg.startswith("Extra data"):
            yield from read_jsonl(io.BytesIO(text.encode("utf-8")), path, max_bytes=max_bytes)
        else:
            detail = exc.msg.removesuffix(" at").lower()
            yield Skipped(path, f"not valid JSON: {detail} (line {exc.lineno})")
        return
    except RecursionError:
        yield Skipped(path, "JSON nested too deeply")
        return
    if isinstance(value, list):
        for index, item in enumerate(value, start=1):
            yield _document(item, f"{path}#{index}", f"item {index}: ")
    else:
        yield _document(value, path, "")


def looks_like_jsonl_record(line: str) -> bool:
    """Return True when ``line`` is a JSON object with a ``text`` field.

    >>> looks_like_jsonl_record('{"text": "Rebels took the town."}')
    True
    """
    line = line.strip()
    if not line.startswith("{"):
        return False
    try:
        value = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return False
    return isinstance(value, dict) and "text" in value


def iso_date(value: object) -> str | None:
    """Return ``value`` as an ISO date (YYYY-MM-DD) when it clearly is one, else None.

    Accepts ISO dates and timestamps, Unix epoch seconds or milliseconds, and
    full written dates ("5 March 2020"); a date without a year or day is None.

    >>> iso_date("2020-03-05T10:00:00Z"), iso_date("March 5, 2020"), iso_date("March 2020")
    ('2020-03-05', '2020-03-05', None)
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        return None
    value = value.strip()
    match = _ISO_PREFIX.match(value)
    if match:
        try:
            return date(*(int(g) for g in match.groups())).isoformat()
        except ValueError:
            return None
    return _written_date(value)


def _written_date(value: str) -> str | None:
    from dateutil import parser  # lazy: rarely needed

    # Parse twice with different defaults: a part the text lacks takes the
    # default, so the two results differ and the date is incomplete.
    try:
        first = parser.parse(value, default=datetime(2001, 1, 1))
        second = parser.parse(value, default=datetime(2002, 2, 2))
    except (ValueError, OverflowError):
        return None
    if first.date() != second.date():
        return None
    return first.date().isoformat()


def _wide_lines(stream: IO[bytes]) -> Iterator[bytes | None] | None:
    """Return UTF-8 lines for a UTF-16/32 corpus (recognised by its BOM), else None."""
    peek = getattr(stream, "peek", None)
    head = peek(4)[:4] if peek else b""
    if not any(head.startswith(bom) for bom in _WIDE_BOMS):
        return None
    encoding = "utf-32" if head.startswith(_WIDE_BOMS[:2]) else "utf-16"
    text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
    return (line.encode("utf-8") for line in text)


def _parse_record(line: str, where: str, prefix: str) -> Document | Skipped:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        detail = exc.msg.removesuffix(" at").lower()
        return Skipped(where, f"{prefix}not valid JSON: {detail} (column {exc.colno})")
    except RecursionError:
        return Skipped(where, f"{prefix}JSON nested too deeply")
    return _document(value, where, prefix)


def _document(value: Any, where: str, prefix: str) -> Document | Skipped:
    """Turn one decoded JSON value into a Document, or say what is wrong with it."""
    if not isinstance(value, dict):
        return Skipped(where, f'{prefix}not a JSON object with a "text" field')
    text = value.get("text")
    if text is None:
        return Skipped(where, f'{prefix}no "text" field')
    if not isinstance(text, str):
        return Skipped(where, f'{prefix}"text" is not a string')
    text = normalise_newlines(text).strip()
    if not text:
        return Skipped(where, f"{prefix}empty text")
    url = _string(value.get("url"))
    return Document(
        text=text,
        source=url or where,
        title=_string(value.get("title")),
        date=iso_date(value.get("date")),
        url=url,
    )


def _string(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
