"""The crash-proof journal: every event of every run, hash-chained, in one SQLite file.

WAL mode with synchronous=FULL: `append` returns only once the event is on disk, so whatever the
screen shows has been recorded. The file is never rewritten or recreated: a damaged, foreign,
locked, read-only or full database raises JournalError with a message for the user and is left as
it was. Its messages, and what `verify` finds, are codes of catalogue/journal.py: str() is English,
message(lang) either language. Schema and hash rules:
docs/architecture.md.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

from presidium.core.catalogue import Message, Refusal
from presidium.core.catalogue.system import reason
from presidium.core.events import Event, canonical_json, chain_hash
from presidium.core.program import Program
from presidium.infra.chain import Anchor, Verification, genesis_hash, genesis_hash_v2  # noqa: F401 (re-exported)
from presidium.infra.checkpoints import Checkpoint
from presidium.infra.lock import LockHolder, LockUnsupported, WriterLock

APPLICATION_ID = 0x50524553  # "PRES": marks a file as a Presidium journal
SCHEMA_VERSION = 2  # 2: runs.chain; runs of chain 2 hash their whole record and the run before them
CHAIN = 2  # the chain format new runs are recorded with
MODES = ("rehearsal", "live")
_SQLITE_HEADER = b"SQLite format 3\x00"


class JournalError(Refusal):
    """The journal cannot be used as asked; the message is meant for the user. Raised with a key of
    catalogue/journal.py and its parameters: str() is English, message(lang) Vietnamese ("vi") or English."""

    AREA = "journal"


@dataclass(frozen=True)
class RunRecord:
    id: int
    mode: str
    fingerprint: str
    source: str
    title: str
    started: float
    finished: float | None
    head_seq: int
    program_bytes: bytes | None = None
    head_hash: str = ""
    chain: int = 1  # 1: recorded before run records and the order of runs were chained


def _explain(error: sqlite3.Error, path: Path, doing: Message) -> JournalError:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return JournalError("in-use", path=path, doing=doing)
    if "readonly" in text or "read-only" in text:
        return JournalError("read-only", path=path, doing=doing)
    if "full" in text:
        return JournalError("disk-full", path=path, doing=doing)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return JournalError("damaged-file", path=path, detail=error)
    if "unable to open" in text:
        return JournalError("cannot-open", path=path, detail=error)
    return JournalError("failed", path=path, doing=doing, detail=error)


class JournalLocked(JournalError):
    """Another process writes this journal; `holder` says which (None if it has not said yet)."""

    def __init__(self, code: str = "locked", /, *, holder: LockHolder | None = None, **params: object) -> None:
        self.holder = holder
        if holder is not None and "pid" not in params:
            since = time.strftime("%H:%M %d/%m/%Y", time.localtime(holder.since))
            params.update(pid=holder.pid, host=holder.host, since=since)
        params.setdefault("pid", "?")
        params.setdefault("host", "?")
        params.setdefault("since", "?")
        super().__init__(code, **params)


class Journal:
    def __init__(self, conn: sqlite3.Connection, path: Path, readonly: bool, lock: WriterLock | None = None) -> None:
        self._conn = conn
        self.path = path
        self.readonly = readonly
        self.lock = lock  # the writer lock, held while the journal is open for writing
        self.immutable = False  # opened from read-only media: nothing can change under us
        self.unlocked = False  # opened for writing on a file system that cannot lock (a network share)

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils on the journal's connection, imported when first needed: with click, dateutil and
        pluggy it is a fifth of the podium's start-up, and opening and resuming a run do not need it.
        No third-party sqlite-utils plugins on the record of a congress."""
        import sqlite_utils

        return sqlite_utils.Database(self._conn, execute_plugins=False)

    def table_names(self) -> list[str]:
        return [row[0] for row in self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    @property
    def taken_over(self) -> LockHolder | None:
        """The writer that ended without releasing the lock (crash, kill, power cut), if any."""
        return self.lock.stale if self.lock is not None else None

    # --- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str], *, readonly: bool = False, timeout: float = 2.0) -> Journal:
        """`timeout`: seconds to wait for another program holding the file before giving up.

        Open for writing, the journal takes the writer lock (`JournalLocked` names the process that
        holds it). Read-only, it takes no lock and reads alongside a writer, in snapshots."""
        path = Path(path)
        exists = path.exists()
        if exists and path.is_dir():
            raise JournalError("folder", path=path)
        if exists and path.stat().st_size > 0:
            with open(path, "rb") as handle:
                if handle.read(16) != _SQLITE_HEADER:
                    raise JournalError("not-sqlite", path=path)
        if readonly and not exists:
            raise JournalError("missing", path=path)
        lock = None
        if not readonly:
            if exists and not os.access(path, os.W_OK):
                raise JournalError("file-read-only", path=path)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise JournalError("no-folder", path=path, detail=reason(error)) from None
            lock = _take_lock(path)  # None: the file system cannot lock; the session warns
        try:
            if readonly:
                conn, immutable = _connect_readonly(path, timeout)
            else:
                conn, immutable = sqlite3.connect(path, isolation_level=None, timeout=timeout), False
        except sqlite3.Error as error:
            if lock is not None:
                lock.release()
            raise _explain(error, path, Message("journal.doing.opening")) from None
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        journal = cls(conn, path, readonly, lock)
        journal.immutable = immutable
        journal.unlocked = not readonly and lock is None
        try:
            journal._prepare(fresh=not exists or path.stat().st_size == 0)
        except BaseException:
            conn.close()
            if lock is not None:  # no lock file left beside a database that is not ours
                lock.release(remove=True)
            raise
        return journal

    def _prepare(self, fresh: bool) -> None:
        with self._guard(Message("journal.doing.opening")):
            tables = set(self.table_names())
            app_id = self._conn.execute("PRAGMA application_id").fetchone()[0]
            if tables and app_id != APPLICATION_ID:
                raise JournalError("foreign", path=self.path)
            check = [row[0] for row in self._conn.execute("PRAGMA quick_check(2)")]
            if check != ["ok"]:
                detail = " ".join(" ".join(check).replace("*** in database main ***", "").split())[:160]
                raise JournalError("damaged", path=self.path, detail=detail)
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise JournalError("newer", path=self.path, version=version)
            if self.readonly:
                if not tables and not fresh:
                    raise JournalError("empty", path=self.path)
                return
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            if "runs" not in tables:
                self._create_schema()
            elif version < SCHEMA_VERSION:
                self._upgrade()
            # Outside the hash chain: when the writing window was last alive (see `beat`).
            self._conn.execute("CREATE TABLE IF NOT EXISTS heartbeat (run_id INTEGER PRIMARY KEY, at REAL NOT NULL)")
            # The folded state after event `seq` of a run (the latest only): `version` names the code that
            # wrote it, `event_hash` the chain's hash of that event; trusted only when both still match.
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS checkpoints (run_id INTEGER PRIMARY KEY, seq INTEGER NOT NULL,"
                " version TEXT NOT NULL, event_hash TEXT NOT NULL, state TEXT NOT NULL)"
            )

    def _create_schema(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            # The schema sqlite-utils wrote for schema 1 (sqlite-utils is not imported at start-up).
            self._conn.execute(
                'CREATE TABLE "runs" ("id" INTEGER PRIMARY KEY, "mode" TEXT NOT NULL, "fingerprint" TEXT NOT NULL,'
                ' "source" TEXT, "title" TEXT, "started" REAL NOT NULL, "finished" REAL, "head_seq" INTEGER NOT NULL,'
                ' "head_hash" TEXT NOT NULL, "program" BLOB, chain INTEGER NOT NULL DEFAULT 1)'
            )
            self._conn.execute(
                'CREATE TABLE "events" ("run_id" INTEGER REFERENCES "runs"("id"), "seq" INTEGER,'
                ' "kind" TEXT NOT NULL, "at" REAL NOT NULL, "payload" TEXT NOT NULL, "prev_hash" TEXT NOT NULL,'
                ' "hash" TEXT NOT NULL, PRIMARY KEY ("run_id", "seq"))'
            )
            self._conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            self._conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            self._conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _upgrade(self) -> None:
        """Schema 1 → 2: existing runs keep their chain (1) and are verified as they were recorded."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            if "chain" not in self._run_columns():
                self._conn.execute("ALTER TABLE runs ADD COLUMN chain INTEGER NOT NULL DEFAULT 1")
            self._conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            self._conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _run_columns(self) -> set[str]:
        return {row[1] for row in self._conn.execute("PRAGMA table_info(runs)")}

    @contextmanager
    def _guard(self, doing: Message) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as error:
            self._rollback()
            raise _explain(error, self.path, doing) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        try:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass

    def close(self) -> None:
        try:
            self._conn.close()
        finally:
            if self.lock is not None:
                self.lock.release()

    @contextmanager
    def snapshot(self) -> Iterator[Journal]:
        """Every read inside sees one consistent state of the file (one read transaction), even while
        another window appends: `verify`, `runs` and `export` read through one."""
        if self._conn.in_transaction:
            yield self
            return
        with self._guard(Message("journal.doing.reading-runs")):
            self._conn.execute("BEGIN")
            self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
        try:
            yield self
        finally:
            if self._conn.in_transaction:
                try:
                    self._conn.execute("COMMIT")
                except sqlite3.Error:
                    self._rollback()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------------
    def create_run(self, mode: str, program: Program, first: Event) -> RunRecord:
        """A new run and its first event, in one durable transaction."""
        if mode not in MODES:
            raise JournalError("bad-mode", mode=mode)
        program_bytes = _read_source(program)
        with self._guard(Message("journal.doing.recording", kind=first.kind)):
            self._conn.execute("BEGIN IMMEDIATE")
            cursor = self._conn.execute(
                "INSERT INTO runs (mode, fingerprint, source, title, started, head_seq, head_hash, program, chain)"
                " VALUES (?, ?, ?, ?, ?, 0, '', ?, ?)",
                (mode, program.fingerprint, program.source, program.congress.title, first.at, program_bytes, CHAIN),
            )
            run_id = cursor.lastrowid
            assert run_id is not None  # (sqlite3 sets it on every INSERT that adds a row)
            before = self._conn.execute(
                "SELECT prev_hash FROM events WHERE seq = 1 AND run_id = (SELECT max(id) FROM runs WHERE id < ?)",
                (run_id,),
            ).fetchone()
            genesis = genesis_hash_v2(
                run_id,
                mode,
                program.fingerprint,
                first.at,
                program.congress.title,
                program.source,
                before[0] if before else "",
            )
            self._insert_event(run_id, first, genesis)
            self._conn.execute("COMMIT")
        return self.run(run_id)

    def append(self, run_id: int, event: Event, checkpoint: Checkpoint | None = None) -> None:
        """Record one event; returns once it is durable. The run must be at seq event.seq − 1.
        `checkpoint`: the run's folded state after this event, kept in the same transaction."""
        with self._guard(Message("journal.doing.recording", kind=event.kind)):
            self._conn.execute("BEGIN IMMEDIATE")
            row = self._conn.execute(
                "SELECT head_seq, head_hash, finished FROM runs WHERE id = ?", (run_id,)
            ).fetchone()
            if row is None:
                raise JournalError("no-run", path=self.path, run=run_id)
            head_seq, head_hash, finished = row
            if finished is not None:
                raise JournalError("finished", run=run_id)
            if head_seq != event.seq - 1:
                raise JournalError("changed-elsewhere", run=run_id, head=head_seq, seq=event.seq - 1)
            digest = self._insert_event(run_id, event, head_hash)
            if checkpoint is not None and checkpoint.seq == event.seq:
                self._conn.execute(
                    "INSERT OR REPLACE INTO checkpoints (run_id, seq, version, event_hash, state)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (run_id, event.seq, checkpoint.version, digest, checkpoint.state),
                )
            self._conn.execute("COMMIT")

    def _insert_event(self, run_id: int, event: Event, prev_hash: str) -> str:
        digest = chain_hash(prev_hash, event)
        self._conn.execute(
            "INSERT INTO events (run_id, seq, kind, at, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (run_id, event.seq, event.kind, event.at, canonical_json(event.payload).decode(), prev_hash, digest),
        )
        finished = event.at if event.kind == "finish" else None
        self._conn.execute(
            "UPDATE runs SET head_seq = ?, head_hash = ?, finished = COALESCE(finished, ?) WHERE id = ?",
            (event.seq, digest, finished, run_id),
        )
        return digest

    def beat(self, run_id: int, at: float) -> None:
        """The writing window is alive at `at`: one small row per run, outside the hash chain, so that
        an outage is measured from the crash and not from the last recorded action."""
        with self._guard(Message("journal.doing.recording", kind="heartbeat")):
            self._conn.execute(
                "INSERT INTO heartbeat (run_id, at) VALUES (?, ?) ON CONFLICT(run_id) DO UPDATE SET at = excluded.at",
                (run_id, at),
            )

    def last_beat(self, run_id: int) -> float | None:
        if "heartbeat" not in self.table_names():
            return None
        with self._guard(Message("journal.doing.reading-runs")):
            row = self._conn.execute("SELECT at FROM heartbeat WHERE run_id = ?", (run_id,)).fetchone()
        return float(row[0]) if row else None

    # --- reading ---------------------------------------------------------------------------
    def run(self, run_id: int) -> RunRecord:
        records = self._runs("WHERE id = ?", (run_id,))
        if not records:
            raise JournalError("no-run", path=self.path, run=run_id)
        return records[0]

    def runs(self, mode: str | None = None) -> list[RunRecord]:
        if mode is None:
            return self._runs("", ())
        return self._runs("WHERE mode = ?", (mode,))

    def unfinished_run(self, mode: str) -> RunRecord | None:
        records = self._runs("WHERE mode = ? AND finished IS NULL", (mode,))
        return records[-1] if records else None

    def rehearsed_fingerprint(self) -> str | None:
        """The fingerprint of the program in the latest rehearsal, if any."""
        records = self.runs("rehearsal")
        return records[-1].fingerprint if records else None

    def _runs(self, where: str, params: tuple) -> list[RunRecord]:
        with self._guard(Message("journal.doing.reading-runs")):
            chain = "chain" if "chain" in self._run_columns() else "1"  # a schema-1 journal opened read-only
            rows = self._conn.execute(
                "SELECT id, mode, fingerprint, source, title, started, finished, head_seq, program, head_hash, "
                f"{chain} FROM runs {where} ORDER BY id",
                params,
            ).fetchall()
        return [
            RunRecord(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5], r[6], r[7], r[8], r[9] or "", r[10]) for r in rows
        ]

    def anchor(self, run_id: int) -> Anchor:
        record = self.run(run_id)
        return Anchor(record.id, record.head_seq, record.head_hash, record.fingerprint)

    def checkpoint(self, run_id: int, version: str) -> Checkpoint | None:
        """The run's latest checkpoint written by code of this `version`, if the event it follows still
        has the hash it had then; None otherwise (fold every event)."""
        if self.readonly and "checkpoints" not in self.table_names():
            return None
        with self._guard(Message("journal.doing.reading-events")):
            row = self._conn.execute(
                "SELECT c.seq, c.version, c.event_hash, c.state FROM checkpoints c JOIN events e"
                " ON e.run_id = c.run_id AND e.seq = c.seq AND e.hash = c.event_hash"
                " WHERE c.run_id = ? AND c.version = ?",
                (run_id, version),
            ).fetchone()
        return Checkpoint(*row) if row else None

    def events(self, run_id: int, after: int = 0) -> list[Event]:
        """The run's events in order; `after`: only those after that seq (resuming from a checkpoint)."""
        with self._guard(Message("journal.doing.reading-events")):
            rows = self._conn.execute(
                "SELECT seq, kind, at, payload FROM events WHERE run_id = ? AND seq > ? ORDER BY seq", (run_id, after)
            ).fetchall()
        try:
            return [Event(seq, kind, at, json.loads(payload)) for seq, kind, at, payload in rows]
        except json.JSONDecodeError as error:
            raise JournalError("unreadable-event", path=self.path, run=run_id, detail=error) from None

    # --- checking --------------------------------------------------------------------------
    def verify_since(self, checkpoint: Checkpoint, run_id: int) -> Verification:
        """Only the chain after a trusted checkpoint (resuming a long run): the events after it link to
        the hash it was taken at and end at the run's head. `verify` checks every event."""
        with self.snapshot():
            record = self.run(run_id)
            with self._guard(Message("journal.doing.verifying")):
                rows = self._conn.execute(
                    "SELECT seq, kind, at, payload, prev_hash, hash FROM events WHERE run_id = ? AND seq > ?"
                    " ORDER BY seq",
                    (run_id, checkpoint.seq),
                ).fetchall()
        expected, position = checkpoint.event_hash, checkpoint.seq
        for seq, kind, at, payload, prev_hash, stored in rows:
            position += 1
            where = {"run": run_id, "seq": seq, "kind": kind}
            if seq != position:
                return Verification(
                    len(rows), Message("journal.event-missing", run=run_id, seq=position), run_id, position
                )
            if prev_hash != expected:
                return Verification(len(rows), Message("journal.chain-broken", **where), run_id, seq)
            try:
                recomputed = chain_hash(prev_hash, Event(seq, kind, at, json.loads(payload)))
            except (json.JSONDecodeError, TypeError, ValueError):
                recomputed = None
            if recomputed != stored:
                return Verification(len(rows), Message("journal.event-altered", **where), run_id, seq)
            expected = stored
        if record.head_seq != position or record.head_hash != expected:
            removed = Message("journal.events-removed", run=run_id, kept=position, head=record.head_seq)
            return Verification(len(rows), removed, run_id, position + 1)
        return Verification(len(rows))

    def verify(self, run_id: int | None = None) -> Verification:
        """Recompute every hash chain; name the first event (or run record) that was altered. Reads one
        snapshot: events appended meanwhile by a writing window are not mistaken for a tampered head."""
        with self.snapshot():
            return self._verify(run_id)

    def _verify(self, run_id: int | None) -> Verification:
        """Runs are checked in order, each against the one before it (chain 2), so asking for one run
        checks the runs before it too."""
        checked = legacy = 0
        previous, newer_seen = "", False
        records = self.runs()
        if run_id is not None:
            self.run(run_id)  # no such run: JournalError
            records = [r for r in records if r.id <= run_id]
        for record in records:
            with self._guard(Message("journal.doing.verifying")):
                rows = self._conn.execute(
                    "SELECT seq, kind, at, payload, prev_hash, hash FROM events WHERE run_id = ? ORDER BY seq",
                    (record.id,),
                ).fetchall()
            if record.chain >= 2:
                newer_seen = True
                expected = genesis_hash_v2(
                    record.id, record.mode, record.fingerprint, record.started, record.title, record.source, previous
                )
                altered = Message("journal.run-record-altered", run=record.id)
            else:
                if newer_seen:
                    return Verification(checked, Message("journal.downgraded", run=record.id), record.id, 1, legacy)
                legacy += 1
                expected = genesis_hash(record.id, record.mode, record.fingerprint, record.started)
                altered = None
            finish_at = None
            for position, (seq, kind, at, payload, prev_hash, stored) in enumerate(rows, start=1):
                where = {"run": record.id, "seq": seq, "kind": kind}
                if seq != position:
                    missing = Message("journal.event-missing", run=record.id, seq=position)
                    return Verification(checked, missing, record.id, position, legacy)
                if prev_hash != expected:
                    if seq == 1:
                        problem = altered or Message("journal.record-altered", **where)
                    else:
                        problem = Message("journal.chain-broken", **where)
                    return Verification(checked, problem, record.id, seq, legacy)
                try:
                    event = Event(seq, kind, at, json.loads(payload))
                    recomputed = chain_hash(prev_hash, event)
                except (json.JSONDecodeError, TypeError, ValueError):
                    recomputed = None
                if recomputed != stored:
                    return Verification(checked, Message("journal.event-altered", **where), record.id, seq, legacy)
                if seq == 1:
                    previous = prev_hash  # the next run is chained to this run's genesis
                if kind == "finish" and finish_at is None:
                    finish_at = float(at)
                expected = stored
                checked += 1
            if record.head_seq != len(rows) or (rows and record.head_hash != expected):
                removed = Message("journal.events-removed", run=record.id, kept=len(rows), head=record.head_seq)
                return Verification(checked, removed, record.id, len(rows) + 1, legacy)
            if record.finished != finish_at:
                return Verification(
                    checked, Message("journal.finished-altered", run=record.id), record.id, None, legacy
                )
            if (
                record.program_bytes is not None
                and record.fingerprint
                and hashlib.sha256(record.program_bytes).hexdigest() != record.fingerprint
            ):
                return Verification(checked, Message("journal.program-altered", run=record.id), record.id, None, legacy)
        return Verification(checked, legacy=legacy)


def _take_lock(path: Path) -> WriterLock | None:
    try:
        lock = WriterLock.acquire(path)
    except LockUnsupported:
        return None  # never keep the chair out: open, and say that one writer is not enforced here
    except OSError as error:
        raise JournalError(
            "read-only" if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM) else "cannot-open",
            path=path,
            doing=Message("journal.doing.opening"),
            detail=reason(error),
        ) from None
    if not isinstance(lock, WriterLock):
        raise JournalLocked(path=path, holder=lock)
    return lock


def _connect_readonly(path: Path, timeout: float) -> tuple[sqlite3.Connection, bool]:
    """A read-only connection; on read-only media (a write-protected USB stick, a CD), where SQLite
    cannot create the WAL's shared-memory file, the file is opened as immutable instead."""
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, timeout=timeout)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn, False
    except sqlite3.OperationalError as error:
        if "unable to open" not in str(error).lower() and "readonly" not in str(error).lower():
            raise
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:  # immutable would silently leave its events out
        raise JournalError("wal-unreadable", path=path, wal=wal.name)
    return sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None, timeout=timeout), True


def _read_source(program: Program) -> bytes | None:
    """The program file's bytes, kept with the run, if they are still the ones fingerprinted."""
    if not program.source or not program.fingerprint:
        return None
    try:
        data = Path(program.source).read_bytes()
    except OSError:
        return None
    return data if hashlib.sha256(data).hexdigest() == program.fingerprint else None
