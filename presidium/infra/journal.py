"""The crash-proof journal: every event of every run, hash-chained, in one SQLite file.

WAL mode with synchronous=FULL: `append` returns only once the event is on disk, so whatever the
screen shows has been recorded. The file is never rewritten or recreated: a damaged, foreign,
locked, read-only or full database raises JournalError with a message for the user and is left as
it was. Schema and hash rules: docs/architecture.md.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import sqlite_utils

from presidium.core.events import Event, canonical_json, chain_hash
from presidium.core.program import Program

APPLICATION_ID = 0x50524553  # "PRES": marks a file as a Presidium journal
SCHEMA_VERSION = 1
MODES = ("rehearsal", "live")
_SQLITE_HEADER = b"SQLite format 3\x00"


class JournalError(Exception):
    """The journal cannot be used as asked; the message is meant for the user."""


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


@dataclass(frozen=True)
class Verification:
    events: int  # events checked
    problem: str | None = None  # the first altered event (or run), None when intact
    run_id: int | None = None
    seq: int | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def genesis_hash(run_id: int, mode: str, fingerprint: str, started: float) -> str:
    """prev_hash of a run's first event: ties the chain to the run's identity and mode."""
    seed = canonical_json({"run": run_id, "mode": mode, "fingerprint": fingerprint, "started": float(started)})
    return hashlib.sha256(seed).hexdigest()


def _explain(error: sqlite3.Error, path: Path, doing: str) -> str:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return f"{path}: in use by another program (another Presidium window?) — close it and try again ({doing})"
    if "readonly" in text or "read-only" in text:
        return f"{path}: the file or its folder is read-only — {doing} is impossible; copy the file somewhere writable"
    if "full" in text:
        return f"{path}: the disk is full — {doing} was NOT recorded; free some space and repeat the action"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return f"{path}: the journal is damaged ({error}); it was left untouched — keep a copy and restore a backup"
    if "unable to open" in text:
        return f"{path}: cannot open the journal ({error})"
    return f"{path}: {doing} failed: {error}"


class Journal:
    def __init__(self, conn: sqlite3.Connection, path: Path, readonly: bool) -> None:
        self._conn = conn
        self.db = sqlite_utils.Database(conn)
        self.path = path
        self.readonly = readonly

    # --- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str], *, readonly: bool = False, timeout: float = 2.0) -> "Journal":
        """`timeout`: seconds to wait for another program holding the file before giving up."""
        path = Path(path)
        exists = path.exists()
        if exists and path.is_dir():
            raise JournalError(f"{path}: is a folder, not a journal file")
        if exists and path.stat().st_size > 0:
            with open(path, "rb") as handle:
                if handle.read(16) != _SQLITE_HEADER:
                    raise JournalError(f"{path}: not a Presidium journal (not an SQLite database); left untouched")
        if readonly and not exists:
            raise JournalError(f"{path}: no such journal")
        if not readonly:
            if exists and not os.access(path, os.W_OK):
                raise JournalError(f"{path}: the file is read-only — open it read-only or copy it somewhere writable")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise JournalError(f"{path}: cannot create its folder ({error.strerror})") from None
        try:
            if readonly:
                conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=timeout)
            else:
                conn = sqlite3.connect(path, isolation_level=None, timeout=timeout)
        except sqlite3.Error as error:
            raise JournalError(_explain(error, path, "opening")) from None
        journal = cls(conn, path, readonly)
        try:
            journal._prepare(fresh=not exists or path.stat().st_size == 0)
        except BaseException:
            conn.close()
            raise
        return journal

    def _prepare(self, fresh: bool) -> None:
        with self._guard("opening"):
            tables = set(self.db.table_names())
            app_id = self._conn.execute("PRAGMA application_id").fetchone()[0]
            if tables and app_id != APPLICATION_ID:
                raise JournalError(f"{self.path}: an SQLite database of another program, not a Presidium journal; left untouched")
            check = [row[0] for row in self._conn.execute("PRAGMA quick_check(2)")]
            if check != ["ok"]:
                detail = " ".join(" ".join(check).replace("*** in database main ***", "").split())[:160]
                raise JournalError(f"{self.path}: the journal is damaged ({detail}); it was left untouched — keep a copy")
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise JournalError(f"{self.path}: written by a newer Presidium (schema {version}); update the app")
            if self.readonly:
                if not tables and not fresh:
                    raise JournalError(f"{self.path}: an empty database, not a Presidium journal")
                return
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            if "runs" not in tables:
                self._create_schema()

    def _create_schema(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            self.db["runs"].create(
                {"id": int, "mode": str, "fingerprint": str, "source": str, "title": str, "started": float,
                 "finished": float, "head_seq": int, "head_hash": str, "program": bytes},
                pk="id", not_null={"mode", "fingerprint", "started", "head_seq", "head_hash"},
            )
            self.db["events"].create(
                {"run_id": int, "seq": int, "kind": str, "at": float, "payload": str, "prev_hash": str, "hash": str},
                pk=("run_id", "seq"), foreign_keys=[("run_id", "runs", "id")],
                not_null={"kind", "at", "payload", "prev_hash", "hash"},
            )
            self._conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            self._conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            self._conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    @contextmanager
    def _guard(self, doing: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as error:
            self._rollback()
            raise JournalError(_explain(error, self.path, doing)) from None
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
        self._conn.close()

    def __enter__(self) -> "Journal":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------------
    def create_run(self, mode: str, program: Program, first: Event) -> RunRecord:
        """A new run and its first event, in one durable transaction."""
        if mode not in MODES:
            raise JournalError(f"unknown run mode “{mode}” (rehearsal or live)")
        program_bytes = _read_source(program)
        with self._guard(f"recording “{first.kind}”"):
            self._conn.execute("BEGIN IMMEDIATE")
            cursor = self._conn.execute(
                "INSERT INTO runs (mode, fingerprint, source, title, started, head_seq, head_hash, program)"
                " VALUES (?, ?, ?, ?, ?, 0, '', ?)",
                (mode, program.fingerprint, program.source, program.congress.title, first.at, program_bytes),
            )
            run_id = cursor.lastrowid
            genesis = genesis_hash(run_id, mode, program.fingerprint, first.at)
            self._insert_event(run_id, first, genesis)
            self._conn.execute("COMMIT")
        return self.run(run_id)

    def append(self, run_id: int, event: Event) -> None:
        """Record one event; returns once it is durable. The run must be at seq event.seq − 1."""
        with self._guard(f"recording “{event.kind}”"):
            self._conn.execute("BEGIN IMMEDIATE")
            row = self._conn.execute("SELECT head_seq, head_hash, finished FROM runs WHERE id = ?", (run_id,)).fetchone()
            if row is None:
                raise JournalError(f"{self.path}: no run {run_id}")
            head_seq, head_hash, finished = row
            if finished is not None:
                raise JournalError(f"run {run_id} is finished: nothing more can be recorded")
            if head_seq != event.seq - 1:
                raise JournalError(
                    f"run {run_id} was changed elsewhere (the journal is at event {head_seq}, this window at "
                    f"{event.seq - 1}); reopen the program"
                )
            self._insert_event(run_id, event, head_hash)
            self._conn.execute("COMMIT")

    def _insert_event(self, run_id: int, event: Event, prev_hash: str) -> None:
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

    # --- reading ---------------------------------------------------------------------------
    def run(self, run_id: int) -> RunRecord:
        records = self._runs("WHERE id = ?", (run_id,))
        if not records:
            raise JournalError(f"{self.path}: no run {run_id}")
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
        with self._guard("reading the runs"):
            rows = self._conn.execute(
                "SELECT id, mode, fingerprint, source, title, started, finished, head_seq, program FROM runs "
                f"{where} ORDER BY id", params,
            ).fetchall()
        return [RunRecord(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5], r[6], r[7], r[8]) for r in rows]

    def events(self, run_id: int) -> list[Event]:
        with self._guard("reading the events"):
            rows = self._conn.execute(
                "SELECT seq, kind, at, payload FROM events WHERE run_id = ? ORDER BY seq", (run_id,)
            ).fetchall()
        try:
            return [Event(seq, kind, at, json.loads(payload)) for seq, kind, at, payload in rows]
        except json.JSONDecodeError as error:
            raise JournalError(f"{self.path}: run {run_id} holds an unreadable event ({error}); run verify") from None

    # --- checking --------------------------------------------------------------------------
    def verify(self, run_id: int | None = None) -> Verification:
        """Recompute every hash chain; name the first event (or run record) that was altered."""
        checked = 0
        for record in self.runs() if run_id is None else [self.run(run_id)]:
            with self._guard("verifying"):
                head_hash = self._conn.execute("SELECT head_hash FROM runs WHERE id = ?", (record.id,)).fetchone()[0]
                rows = self._conn.execute(
                    "SELECT seq, kind, at, payload, prev_hash, hash FROM events WHERE run_id = ? ORDER BY seq",
                    (record.id,),
                ).fetchall()
            expected = genesis_hash(record.id, record.mode, record.fingerprint, record.started)
            for position, (seq, kind, at, payload, prev_hash, stored) in enumerate(rows, start=1):
                where = f"run {record.id}, event {seq} ({kind})"
                if seq != position:
                    return Verification(checked, f"run {record.id}: event {position} is missing", record.id, position)
                if prev_hash != expected:
                    problem = "run record altered (mode, program or start)" if seq == 1 else "chain broken before it"
                    return Verification(checked, f"{where}: {problem}", record.id, seq)
                try:
                    event = Event(seq, kind, at, json.loads(payload))
                    recomputed = chain_hash(prev_hash, event)
                except (json.JSONDecodeError, TypeError, ValueError):
                    recomputed = None
                if recomputed != stored:
                    return Verification(checked, f"{where}: altered — its content no longer matches its hash", record.id, seq)
                expected = stored
                checked += 1
            if record.head_seq != len(rows) or (rows and head_hash != expected):
                return Verification(checked, f"run {record.id}: events after {len(rows)} were removed "
                                             f"(the run recorded {record.head_seq})", record.id, len(rows) + 1)
            if record.program_bytes is not None and record.fingerprint and \
                    hashlib.sha256(record.program_bytes).hexdigest() != record.fingerprint:
                return Verification(checked, f"run {record.id}: the stored program was altered", record.id, None)
        return Verification(checked)


def _read_source(program: Program) -> bytes | None:
    """The program file's bytes, kept with the run, if they are still the ones fingerprinted."""
    if not program.source or not program.fingerprint:
        return None
    try:
        data = Path(program.source).read_bytes()
    except OSError:
        return None
    return data if hashlib.sha256(data).hexdigest() == program.fingerprint else None
