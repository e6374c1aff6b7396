"""One writer per journal: an OS-level lock on `<journal>.lock`, released by the OS when its process dies.

The lock is held on an open file (flock on POSIX, a byte-range lock on Windows), never the existence
of a file: a process killed or a laptop losing power leaves no lock behind, only the file with the
last holder's details. Those details (process, machine, since when) are written into the file while
it is held and cleared on a clean release, so

* a second window finds the lock held and can say by whom (`LockHolder`), and
* a window that acquires a lock whose file still names a holder knows that holder ended without
  releasing it (a crash, a kill, a power cut): `WriterLock.stale` names it, and the session journals
  the takeover.

A lock on a network share is only as good as the share's own locking (SMB honours it; some NFS
set-ups do not): docs/architecture.md says so.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only (the checker reads this test)
    import msvcrt

    # Windows locks are mandatory: lock a byte far past the details so that others can still read them.
    _WIN_OFFSET = 0x7FFF_0000

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WIN_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WIN_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as error:
            if error.errno in _UNSUPPORTED:
                raise LockUnsupported(error) from None
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


# What a file system without locks answers (some network shares): the journal opens unlocked, with a warning.
_UNSUPPORTED = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL}


class LockUnsupported(OSError):
    """The folder's file system cannot lock files."""


@dataclass(frozen=True)
class LockHolder:
    """Who holds (or held) the writer lock: process id, machine name, since when (UTC epoch seconds)."""

    pid: int
    host: str
    since: float

    def as_payload(self) -> dict:
        return {"pid": self.pid, "host": self.host, "since": self.since}


def lock_path(journal: str | os.PathLike[str]) -> Path:
    journal = Path(journal)
    return journal.with_name(journal.name + ".lock")


def this_holder() -> LockHolder:
    return LockHolder(os.getpid(), socket.gethostname() or "?", time.time())


def read_holder(path: Path) -> LockHolder | None:
    """The details written in a lock file, or None when it is empty, absent or unreadable."""
    try:
        data = json.loads(path.read_bytes()[:4096].decode("utf-8"))
        return LockHolder(int(data["pid"]), str(data["host"])[:255], float(data["since"]))
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


class WriterLock:
    """The journal's writer lock, held from `acquire` until `release` (or the process's end)."""

    def __init__(self, path: Path, fd: int, holder: LockHolder, stale: LockHolder | None) -> None:
        self.path = path
        self._fd: int | None = fd
        self.holder = holder
        self.stale = stale  # the holder that ended without releasing, if any: the session journals it
        self.created = False  # the lock file did not exist before

    @classmethod
    def acquire(cls, journal: str | os.PathLike[str]) -> WriterLock | LockHolder | None:
        """The lock, or the `LockHolder` holding it (None when the holder wrote no details yet)."""
        path = lock_path(journal)
        created = not path.exists()
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if not _try_lock(fd):
                os.close(fd)
                return read_holder(path)
            stale = read_holder(path)
            holder = this_holder()
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, json.dumps(holder.as_payload()).encode())
            os.fsync(fd)
            lock = cls(path, fd, holder, stale)
            lock.created = created
            return lock
        except BaseException:
            with contextlib.suppress(OSError):
                os.close(fd)
            raise

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self, *, remove: bool = False) -> None:
        """Clear the details (a clean end, so no takeover is reported next time) and unlock. `remove`:
        also delete the file, when it was created for a file that turned out not to be a journal."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if remove and self.created:
            with contextlib.suppress(OSError):
                self.path.unlink()
        try:
            os.ftruncate(fd, 0)
            _unlock(fd)
        except OSError:
            pass
        finally:
            os.close(fd)
