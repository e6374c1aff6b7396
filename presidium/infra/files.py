"""Writing a file the user will sign or keep: whole or not at all, and never over a journal.

`write_durably` writes through `<name>.part`, flushes it to the disk (fsync) before the rename, fsyncs
the folder after it, and removes the `.part` on any failure, so a crash or a full disk leaves the
previous file (or none), never half a document. `refuse_overwrite` keeps an output path away from a
journal: the journal given, its -wal, -shm and lock files, and any SQLite database.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

_SQLITE_HEADER = b"SQLite format 3\x00"
_WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")


def write_durably(write: Callable[[str], object], path: str | os.PathLike[str]) -> None:
    """`write(partial_path)` writes the content; it reaches `path` only once it is on the disk."""
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        write(str(partial))
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        partial.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """The rename itself must survive a power cut (POSIX); Windows cannot open a folder for this."""
    if os.name == "nt":  # pragma: no cover
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def is_database(path: str | os.PathLike[str]) -> bool:
    """An existing SQLite database or write-ahead log, whatever its name."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return head == _SQLITE_HEADER or head[:4] in _WAL_MAGIC


def clashes_with_journal(output: str | os.PathLike[str], journal: str | os.PathLike[str]) -> bool:
    """True when writing `output` would replace the journal, one of its companion files, or any database."""
    output, journal = Path(output), Path(journal)
    companions = [journal] + [journal.with_name(journal.name + suffix) for suffix in ("-wal", "-shm", ".lock")]
    for other in companions:
        try:
            if output.resolve() == other.resolve() or (
                output.exists() and other.exists() and os.path.samefile(output, other)
            ):
                return True
        except OSError:
            continue
    return is_database(output)
