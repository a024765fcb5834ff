"""Walking folders: sorted, lazy, following symlinks without looping.

A folder tree from a scraper or an archive can hold symlinks back to its
own parents, links to folders already walked, broken links, unreadable
folders, hidden clutter (``.git``, ``.DS_Store``) and an actorgraph store.
The walk yields each readable file once, in a deterministic order, and a
Skipped for every place it had to stop, instead of raising or recursing
forever. It uses an explicit stack, so a very deep tree cannot exhaust
Python's recursion limit.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from graph.ingest.skipped import Skipped, os_error_reason

STORE_FOLDER = "actorgraph-store"
# The marker file graph.store.embedded writes into every store (not imported
# from there: that would load the store engine just to read text files).
STORE_MARKER = ".actorgraph-store"
# Folders that are never articles: Python caches and stores, ours (marker) or
# any Oxigraph/RocksDB folder (these two files).
_IGNORED_NAMES = frozenset({STORE_FOLDER, "__pycache__", "node_modules"})
_ROCKSDB_FILES = ("CURRENT", "IDENTITY")

DirKey = tuple[int, int]


def walk_folder(root: str, seen: dict[DirKey, str]) -> Iterator[str | Skipped]:
    """Yield the paths of the files under ``root``, depth first, sorted by name.

    Args:
        root: the folder to walk.
        seen: real folders already walked in this run (device, inode) -> the
            path they were first reached by; updated as the walk goes.

    Returns:
        An iterator of file paths (``root`` joined with the names below it)
        and Skipped entries for loops, repeats, broken links and unreadable
        or special files.
    """
    key = _dir_key(root)
    if key is None:
        return
    if is_store(root):
        yield Skipped(root, "an actorgraph store, not articles")
        return
    if key in seen:
        yield Skipped(root, f"same folder as {seen[key]}, already read")
        return
    seen[key] = root
    ancestors: dict[DirKey, str] = {key: root}
    listing = _list(root)
    if isinstance(listing, Skipped):
        yield listing
        return
    stack: list[tuple[Iterator[os.DirEntry[str]], DirKey]] = [(iter(listing), key)]
    while stack:
        entries, frame_key = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            del ancestors[frame_key]
            continue
        if entry.name.startswith("."):
            continue  # hidden files and folders: .git, .DS_Store, editor swap files
        found = _classify(entry, seen, ancestors)
        if isinstance(found, tuple):
            child_key, child_listing = found
            if isinstance(child_listing, Skipped):
                yield child_listing
                continue
            seen[child_key] = entry.path
            ancestors[child_key] = entry.path
            stack.append((iter(child_listing), child_key))
        elif found is not None:
            yield found


def _classify(
    entry: os.DirEntry[str], seen: dict[DirKey, str], ancestors: dict[DirKey, str]
) -> str | Skipped | tuple[DirKey, list[os.DirEntry[str]] | Skipped] | None:
    """Decide what one folder entry is: a file, a folder to enter, a Skipped, or nothing."""
    try:
        is_dir = entry.is_dir()
        is_file = not is_dir and entry.is_file()
    except OSError as exc:
        return Skipped(entry.path, os_error_reason(exc))
    if is_file:
        return entry.path
    if is_dir:
        if entry.name in _IGNORED_NAMES or is_store(entry.path):
            return None
        key = _dir_key(entry.path)
        if key is None:
            return Skipped(entry.path, "unreadable folder")
        if key in ancestors:
            return Skipped(entry.path, f"symlink loop (leads back to {ancestors[key]})")
        if key in seen:
            return Skipped(entry.path, f"same folder as {seen[key]}, already read")
        return key, _list(entry.path)
    if entry.is_symlink():
        try:
            os.stat(entry.path)
        except OSError as exc:
            reason = os_error_reason(exc)
            return Skipped(
                entry.path, "broken symlink" if reason.startswith("not found") else reason
            )
    return Skipped(entry.path, "not a regular file (a pipe, socket or device)")


def _list(folder: str) -> list[os.DirEntry[str]] | Skipped:
    try:
        with os.scandir(folder) as scan:
            return sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        return Skipped(
            folder, "unreadable folder: " + os_error_reason(exc).removeprefix("unreadable: ")
        )


def _dir_key(path: str) -> DirKey | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def is_store(path: str) -> bool:
    """Return True when ``path`` is a store folder, whose files are not articles."""
    if os.path.isfile(os.path.join(path, STORE_MARKER)):
        return True
    return all(os.path.isfile(os.path.join(path, name)) for name in _ROCKSDB_FILES)
