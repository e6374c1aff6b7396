"""Consistent copies of a journal: `presidium backup` on demand, and the mirror after every action.

A copy is made with SQLite's online backup API from a read connection (one consistent snapshot, the
WAL's last events included), never a file copy: a copy of the `.db` without its `-wal` silently lacks
the last vote. The copy is written to `COPY.part`, switched to a single self-contained file
(journal_mode=DELETE), flushed to the disk and renamed over COPY, so a pulled USB stick leaves the
previous copy, never half of one.

A copy is never written over something that is not an older copy of the same record: not over the
journal itself, not over a file that is not a Presidium journal, not over a journal that holds events
the source lacks (a standby laptop that took over from the copy and went on recording), and not while
a window writes the copy (its writer lock is held).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from presidium.core.catalogue import Refusal
from presidium.core.catalogue.system import reason
from presidium.infra.files import write_durably
from presidium.infra.journal import APPLICATION_ID, Journal
from presidium.infra.lock import WriterLock


class BackupError(Refusal):
    """A copy that is not made; its words are in catalogue/backup.py."""

    AREA = "backup"


@dataclass(frozen=True)
class Copied:
    path: Path
    runs: int
    events: int
    seconds: float


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _heads(conn: sqlite3.Connection) -> dict[int, int]:
    return dict(conn.execute("SELECT id, head_seq FROM runs").fetchall())


def _check_target(source: Path, target: Path, source_heads: dict[int, int]) -> None:
    if any(
        _same(target, other)
        for other in (source, source.with_name(source.name + "-wal"), source.with_name(source.name + "-shm"))
    ):
        raise BackupError("same-file", target=target)
    if not target.parent.is_dir() or not os.access(target.parent, os.W_OK):
        raise BackupError("no-folder", target=target, folder=target.parent)
    if not target.exists() or target.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise BackupError("not-journal", target=target)
            heads = _heads(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        raise BackupError("not-journal", target=target) from None
    if any(run not in source_heads or head > source_heads[run] for run, head in heads.items()):
        raise BackupError("ahead", target=target, source=source.name)


def backup(source: str | os.PathLike[str], target: str | os.PathLike[str], *, verify: bool = True) -> Copied:
    """A consistent copy of the journal `source` at `target`, its chains verified unless `verify` is
    False (the mirror, after every action: ~45 ms for 3 000 events); BackupError or JournalError."""
    began = time.perf_counter()
    source, target = Path(source), Path(target)
    with Journal.open(source, readonly=True) as journal:
        with journal.snapshot():
            heads = _heads(journal._conn) if "runs" in journal.table_names() else {}
        _check_target(source, target, heads)
        lock = WriterLock.acquire(target) if target.parent.is_dir() else None
        if lock is not None and not isinstance(lock, WriterLock):
            raise BackupError("copy-in-use", target=target)
        try:

            def write(partial: str) -> None:
                copy = sqlite3.connect(partial)
                try:
                    journal._conn.backup(copy)  # one snapshot of the source, the WAL included
                    copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
                finally:
                    copy.close()

            try:
                write_durably(write, target)
            except (sqlite3.Error, OSError) as error:
                raise BackupError("failed", target=target, detail=reason(error)) from None
        finally:
            if lock is not None:
                lock.release()
    with Journal.open(target, readonly=True) as copy:
        check = copy.verify() if verify else None
        if check is not None and not check.ok:
            raise BackupError("copy-altered", target=target, problem=check.problem)
        runs = copy.runs()
    return Copied(target, len(runs), sum(r.head_seq for r in runs), time.perf_counter() - began)


class Mirror:
    """Keeps `folder/<journal name>` a consistent copy of the journal after every recorded action.

    `request()` is cheap and returns at once (the session calls it after each action); a background
    thread makes the copy, several requests in a row make one copy. `last_ok` (epoch seconds) and
    `error` (a coded error, or None) tell the status line how the mirror stands; a failure never
    blocks the chair, and the next action tries again."""

    def __init__(self, journal: str | os.PathLike[str], folder: str | os.PathLike[str]) -> None:
        self.source = Path(journal)
        self.folder = Path(folder)
        self.target = self.folder / self.source.name
        self.last_ok: float | None = None
        self.error: Exception | None = None
        self._wanted = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._stop = False
        self._thread = threading.Thread(target=self._run, name="presidium-mirror", daemon=True)
        self._thread.start()

    def request(self) -> None:
        self._idle.clear()
        self._wanted.set()

    def wait(self, timeout: float = 10.0) -> bool:
        """Until every requested copy is made (tests, and closing the window); False on timeout."""
        return self._idle.wait(timeout)

    def close(self, timeout: float = 10.0) -> None:
        self.wait(timeout)
        self._stop = True
        self._wanted.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            self._wanted.wait()
            if self._stop:
                return
            self._wanted.clear()
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                backup(self.source, self.target, verify=False)
            except Exception as error:  # whatever happens to the copy, the thread and the chair go on
                self.error = error
            else:
                self.last_ok, self.error = time.time(), None
            if not self._wanted.is_set():
                self._idle.set()
