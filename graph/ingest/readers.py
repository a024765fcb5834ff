"""Paths, folders and stdin to Documents.

``read_sources`` is what the ``extract`` and ``ingest`` commands call: it
walks what the user named, picks a reader per file (by extension, else by
sniffing the content), and yields a ``Document`` per article or a
``Skipped`` per input it could not read, with the reason. It never raises
for bad input and never loads a whole corpus: folders are walked lazily and
JSON Lines are read a line at a time.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import IO, BinaryIO, TextIO

from graph.errors import InputError
from graph.ingest.decoding import BINARY_REASON, decode
from graph.ingest.html import html_document, read_html
from graph.ingest.jsonl import (
    iter_lines,
    looks_like_jsonl_record,
    read_json,
    read_jsonl,
    read_jsonl_lines,
)
from graph.ingest.markdown import markdown_document
from graph.ingest.skipped import Skipped, describe_size, os_error_reason
from graph.ingest.walk import walk_folder
from graph.records import Document

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
SUPPORTED = ".txt, .html, .md, .jsonl"

_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}

# Formats people drop into a news folder by mistake; naming them beats
# "binary data" because the user then knows to convert the file.
_NOT_TEXT = {
    ".pdf": "PDF", ".doc": "Word", ".docx": "Word", ".odt": "OpenDocument",
    ".xls": "Excel", ".xlsx": "Excel", ".epub": "EPUB", ".png": "PNG image",
    ".jpg": "JPEG image", ".jpeg": "JPEG image", ".gif": "GIF image", ".webp": "WebP image",
    ".zip": "zip archive", ".gz": "gzip archive", ".tar": "tar archive", ".7z": "7z archive",
    ".bz2": "bzip2 archive", ".xz": "xz archive", ".mp3": "audio", ".mp4": "video",
}  # fmt: skip

Item = Document | Skipped


def read_sources(
    paths: Sequence[str],
    *,
    stdin: TextIO | BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Item]:
    """Read files, folders and ``-`` (stdin) into Documents, lazily and in order.

    Folders are read recursively in sorted order, skipping hidden entries and
    actorgraph stores; symlinks are followed but every file and folder is read
    once, and a link back to an enclosing folder is reported as a loop.

    Args:
        paths: files, folders, or ``-`` for standard input.
        stdin: the stream ``-`` reads (default ``sys.stdin``).
        max_bytes: files (and JSON Lines lines) larger than this are skipped.

    Returns:
        An iterator of Documents, and Skipped for inputs that could not be read.

    >>> [type(x).__name__ for x in read_sources(["no/such/file.txt"])]
    ['Skipped']
    """
    seen_files: dict[tuple[int, int], str] = {}
    seen_dirs: dict[tuple[int, int], str] = {}
    for name in paths:
        if name == "-":
            yield from read_stdin(stdin, max_bytes=max_bytes)
            continue
        try:
            info = os.stat(name)
        except OSError as exc:
            yield Skipped(name, os_error_reason(exc))
            continue
        if not stat.S_ISDIR(info.st_mode):
            yield from _read_once(Path(name), info, seen_files, max_bytes)
            continue
        for found in walk_folder(name, seen_dirs):
            if isinstance(found, Skipped):
                yield found
                continue
            try:
                info = os.stat(found)
            except OSError as exc:
                yield Skipped(found, os_error_reason(exc))
                continue
            yield from _read_once(Path(found), info, seen_files, max_bytes)


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Read one file into its Document(s): one for an article, one per line of JSON Lines.

    Args:
        path: the file.
        max_bytes: larger files are skipped with a "too large" reason.

    Returns:
        An iterator of Documents and Skipped items; never raises for bad input.
    """
    source = str(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        yield Skipped(source, os_error_reason(exc))
        return
    if stat.S_ISDIR(info.st_mode):
        yield Skipped(source, "is a folder (pass it to read_sources)")
        return
    if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) or stat.S_ISSOCK(info.st_mode):
        # /dev/zero or a disk would be read up to the size limit for nothing;
        # pipes stay readable so `<(zcat corpus.jsonl.gz)` works.
        yield Skipped(source, "not a regular file (a device or socket)")
        return
    suffix = path.suffix.lower()
    fmt = _FORMATS.get(suffix)
    if stat.S_ISREG(info.st_mode):
        # JSON Lines stream a line at a time, so only their lines are capped.
        if info.st_size > max_bytes and fmt != "jsonl":
            yield Skipped(source, _too_large(info.st_size))
            return
        if info.st_size == 0:
            yield Skipped(source, "empty file")
            return
    if suffix in _NOT_TEXT:
        yield Skipped(source, f"not text ({_NOT_TEXT[suffix]}); actorgraph reads {SUPPORTED}")
        return
    try:
        with open(path, "rb") as stream:
            if fmt == "jsonl":
                yield from _stream_jsonl(stream, source, max_bytes)
                return
            data = stream.read(max_bytes + 1)
    except OSError as exc:
        yield Skipped(source, os_error_reason(exc))
        return
    if len(data) > max_bytes:
        yield Skipped(source, _too_large(len(data)))
        return
    yield from read_bytes(data, source, fmt, max_bytes=max_bytes)


def read_bytes(
    data: bytes, source: str, fmt: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """Read the bytes of one input in a given format, or sniff it when ``fmt`` is None.

    Args:
        data: the whole input.
        source: its name, for ``Document.source`` and Skipped.
        fmt: ``text``, ``markdown``, ``html``, ``json``, ``jsonl`` or None to sniff.
        max_bytes: the line limit for JSON Lines.

    Returns:
        An iterator of Documents and Skipped items.
    """
    if fmt == "html":
        yield read_html(data, source)
        return
    if fmt == "json":
        yield from read_json(data, source, max_bytes=max_bytes)
        return
    if fmt == "jsonl":
        yield from _stream_jsonl(io.BufferedReader(io.BytesIO(data)), source, max_bytes)
        return
    try:
        text = decode(data)
    except InputError as exc:
        yield Skipped(source, str(exc))
        return
    if not text.strip():
        yield Skipped(source, "empty input" if source == "-" else "empty file")
        return
    fmt = fmt or sniff(text)
    if fmt == "html":
        yield html_document(text, source)
    elif fmt == "markdown":
        yield markdown_document(text, source)
    elif fmt in ("json", "jsonl"):
        yield from read_json(text.encode("utf-8"), source, max_bytes=max_bytes)
    else:
        yield Document(text=text.strip(), source=source)


def read_stdin(
    stream: TextIO | BinaryIO | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """Read standard input: JSON Lines stream line by line, anything else as one document.

    Input counts as JSON Lines when its first non-empty line is a JSON object
    with a ``text`` field.

    Args:
        stream: the stream to read (default ``sys.stdin``); its bytes are used
            when it has a binary buffer.
        max_bytes: larger input (or JSON Lines lines) is skipped.

    Returns:
        An iterator of Documents with source ``-`` (``-#L<n>`` for JSON Lines).
    """
    stream = sys.stdin if stream is None else stream
    raw: IO[bytes]
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        raw = buffer
    elif isinstance(stream, io.TextIOBase):
        # A text-only stream (a test's StringIO): no bytes to stream, so read it whole.
        raw = io.BytesIO(stream.read(max_bytes + 1).encode("utf-8", errors="surrogateescape"))
    else:
        raw = stream  # type: ignore[assignment]
    try:
        blank: list[bytes] = []  # kept so JSON Lines line numbers count them
        first = raw.readline(max_bytes + 1)
        while first and not first.strip() and len(first) <= max_bytes:
            blank.append(first)
            first = raw.readline(max_bytes + 1)
        if len(first) <= max_bytes and _is_jsonl_line(first):
            lines = chain(blank, [first], iter_lines(raw, max_bytes))
            yield from read_jsonl_lines(lines, "-", max_bytes)
            return
        data = b"".join(blank) + first
        data += raw.read(max_bytes + 1 - len(data))
    except OSError as exc:
        yield Skipped("-", os_error_reason(exc))
        return
    if len(data) > max_bytes:
        yield Skipped("-", _too_large(len(data), at_least=True))
        return
    yield from read_bytes(data, "-", None, max_bytes=max_bytes)


def sniff(text: str) -> str:
    """Guess the format of decoded text with no telling extension.

    Returns:
        ``html``, ``jsonl``, ``json`` or ``text``.

    >>> sniff("<!DOCTYPE html><html><p>Hi</p></html>"), sniff('{"text": "x"}'), sniff("Hi")
    ('html', 'jsonl', 'text')
    """
    head = text.lstrip()[:2048].lower()
    if head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<") and any(tag in head for tag in ("<head", "<body", "<p>", "<article"))
    ):
        return "html"
    if head.startswith("{"):
        first_line = text.lstrip().split("\n", 1)[0]
        return "jsonl" if looks_like_jsonl_record(first_line) else "json"
    return "text"


def _read_once(
    path: Path, info: os.stat_result, seen: dict[tuple[int, int], str], max_bytes: int
) -> Iterator[Item]:
    """Read a file unless the same file (by device and inode) was read already."""
    key = (info.st_dev, info.st_ino)
    if key in seen:
        yield Skipped(str(path), f"same file as {seen[key]}, already read")
        return
    seen[key] = str(path)
    yield from read_file(path, max_bytes=max_bytes)


def _stream_jsonl(stream: IO[bytes], source: str, max_bytes: int) -> Iterator[Item]:
    """Read a JSON Lines stream, refusing it whole when its start is binary."""
    peek = getattr(stream, "peek", None)
    head = peek(4096)[:4096] if peek else b""
    wide_bom = head[:2] in (b"\xff\xfe", b"\xfe\xff")
    if b"\x00" in head and not wide_bom:
        yield Skipped(source, BINARY_REASON)
        return
    try:
        yield from read_jsonl(stream, source, max_bytes=max_bytes)
    except OSError as exc:
        yield Skipped(source, os_error_reason(exc))


def _is_jsonl_line(raw: bytes) -> bool:
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return looks_like_jsonl_record(line)


def _too_large(size: int, *, at_least: bool = False) -> str:
    amount = f"{'over ' if at_least else ''}{describe_size(size)}"
    return f"too large ({amount}); split it or raise --max-size"
