"""What a reader yields instead of a Document when an input cannot be read."""

from __future__ import annotations

import errno
from dataclasses import dataclass


@dataclass(frozen=True)
class Skipped:
    """An input that was not read, and why, in words a user understands.

    ``source`` names the file, folder, JSON Lines line (``path#L<n>``) or ``-``;
    ``reason`` is one line such as ``"empty file"`` or
    ``"unreadable: permission denied"``.
    """

    source: str
    reason: str


def os_error_reason(exc: OSError) -> str:
    """Return a one-line reason for an ``OSError`` met while reading a path.

    >>> os_error_reason(PermissionError(errno.EACCES, "Permission denied"))
    'unreadable: permission denied'
    """
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "unreadable: permission denied"
    if exc.errno == errno.ENOENT:
        return "not found: no such file or folder"
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno == errno.EISDIR:
        return "is a folder"
    detail = (exc.strerror or type(exc).__name__).lower()
    return f"unreadable: {detail}"


def describe_size(size: int) -> str:
    """Return a byte count the way a user reads it.

    >>> describe_size(52_428_800), describe_size(5_000)
    ('52 MB', '5 KB')
    """
    if size >= 1_000_000:
        return f"{size / 1_000_000:.0f} MB"
    return f"{max(size // 1000, 1)} KB"
