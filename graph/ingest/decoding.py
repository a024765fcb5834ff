"""Bytes to text: encodings, byte-order marks, binary data and newlines.

Users hand actorgraph whatever their scrapers and archives produced: UTF-8
with or without a BOM, UTF-16 from Windows tools, Latin-1 and cp1252 from old
wire archives, and now and then an image or a PDF by mistake. ``decode`` turns
the text ones into clean ``str`` with ``\\n`` newlines and refuses the rest
with an ``InputError`` whose message a user understands.
"""

from __future__ import annotations

import codecs
import re

from graph.errors import InputError

BINARY_REASON = "not text (binary data); actorgraph reads .txt, .html, .md, .jsonl"

# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls other than tab, newline, vertical tab, form feed and carriage
# return, plus DEL: text editors never write these, binary formats do.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.05
_SAMPLE = 64 * 1024

# Letters and punctuation that legitimately appear in Western European text
# decoded as cp1252; anything else suggests another legacy code page.
_WESTERN = re.compile(
    "[\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u2013-\u2026\u20ac\u2122]"
)


def decode(data: bytes, *, declared: str | None = None) -> str:
    """Decode file bytes into text with ``\\n`` newlines.

    Tries, in order: a byte-order mark (UTF-8, UTF-16, UTF-32), UTF-16 without
    a BOM (recognised by its pattern of zero bytes), strict UTF-8, UTF-8 with
    a few stray bytes replaced, the ``declared`` charset (e.g. from an HTML
    ``<meta charset>``), cp1252/Latin-1 for Western text, and finally charset
    detection with ``charset_normalizer``.

    Args:
        data: the raw bytes of a file or stream.
        declared: an encoding the container names, used when UTF-8 fails.

    Returns:
        The text, without a BOM, with ``\\r\\n`` and ``\\r`` turned into ``\\n``.

    Raises:
        InputError: the bytes are binary data (zero bytes that are not
            UTF-16, or too many control characters).

    >>> decode("Café\\r\\n".encode("latin-1"))
    'Café\\n'
    """
    text = _decode_text(data, declared)
    if _looks_binary(text):
        raise InputError(BINARY_REASON)
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    """Return ``text`` with Windows and old-Mac line ends turned into ``\\n``.

    >>> normalise_newlines("a\\r\\nb\\rc")
    'a\\nb\\nc'
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_text(data: bytes, declared: str | None) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    head = data[:_SAMPLE]
    if b"\x00" in head:
        wide = _bomless_utf16(head)
        if wide is None:
            raise InputError(BINARY_REASON)
        return data.decode(wide, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = _mostly_utf8(data)
    if lenient is not None:
        return lenient
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: fall through to guessing
    return _legacy(data)


def _bomless_utf16(head: bytes) -> str | None:
    """Return a UTF-16 codec when zero bytes sit at every other offset, as in ASCII text."""
    even = head[0::2]
    odd = head[1::2]
    if not even or not odd:
        return None
    even_zero = even.count(0) / len(even)
    odd_zero = odd.count(0) / len(odd)
    if odd_zero > 0.7 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.7 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """Return UTF-8 text with replacements when only a few bytes are invalid.

    A UTF-8 file with one stray Latin-1 byte (pasted from elsewhere) is still
    UTF-8; decoding it all as cp1252 would garble every accented letter.
    Latin-1 text, by contrast, almost never forms valid multi-byte sequences.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    valid_non_ascii = len(text) - len(text.encode("ascii", "ignore")) - bad
    if valid_non_ascii > 0 and bad <= valid_non_ascii // 4:
        return text
    return None


def _legacy(data: bytes) -> str:
    """Decode non-UTF-8 bytes: cp1252 for Western text, else charset detection."""
    western = _cp1252(data)
    sample = western[:_SAMPLE]
    letters = sum(1 for ch in sample if ch.isalpha())
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))
    plausible = len(_WESTERN.findall(sample))
    # Western prose has few accented letters; a page of them is Cyrillic,
    # Greek or another code page seen through cp1252. A handful of bytes is
    # too little for detection to beat the most common legacy code page.
    if non_ascii == plausible and (non_ascii <= max(letters, 1) * 0.3 or non_ascii < 16):
        return western
    import charset_normalizer  # lazy: only needed for unusual files

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return western
    return data.decode(best.encoding, errors="replace")


def _cp1252(data: bytes) -> str:
    """Decode as cp1252, mapping its five undefined bytes as Latin-1 does."""
    return data.decode("cp1252", errors="latin1fallback")


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return bad.decode("latin-1"), exc.end


codecs.register_error("latin1fallback", _latin1_fallback)


def _looks_binary(text: str) -> bool:
    """Return True when control characters make up a large share of the text."""
    if len(text) <= 3 * _SAMPLE:
        samples = [text]
    else:
        middle = len(text) // 2
        samples = [text[:_SAMPLE], text[middle : middle + _SAMPLE], text[-_SAMPLE:]]
    total = sum(len(s) for s in samples)
    controls = sum(len(_CONTROL.findall(s)) for s in samples)
    return total > 0 and controls / total > _MAX_CONTROL_SHARE
