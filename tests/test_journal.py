"""The journal: durable, hash-chained, and never overwriting or losing what it holds."""

from __future__ import annotations

import os
import sqlite3
import sys

import pytest

from presidium.core.events import Event
from presidium.infra.journal import Journal, JournalError, JournalLocked
from presidium.infra.paths import default_db_path
from support.programs import make_program

PROGRAM = make_program()
T0 = 1_594_107_000.0


def record_run(path, count: int = 5, mode: str = "rehearsal") -> int:
    with Journal.open(path) as journal:
        run = journal.create_run(mode, PROGRAM, Event(1, "start", T0, {}))
        for seq in range(2, count + 1):
            journal.append(run.id, Event(seq, "note", T0 + seq, {"text": f"ghi chú {seq}", "category": "time"}))
        return run.id


def test_events_read_back_exactly_as_written(tmp_path):
    db = tmp_path / "j.db"
    record_run(db, 3)
    with Journal.open(db, readonly=True) as journal:
        (run,) = journal.runs()
        assert (run.mode, run.fingerprint, run.title, run.started, run.finished) == (
            "rehearsal",
            PROGRAM.fingerprint,
            PROGRAM.congress.title,
            T0,
            None,
        )
        events = journal.events(run.id)
    assert events[0] == Event(1, "start", T0, {})
    assert events[2] == Event(3, "note", T0 + 3, {"text": "ghi chú 3", "category": "time"})


def test_journal_is_wal_with_full_sync(tmp_path):
    with Journal.open(tmp_path / "j.db") as journal:
        assert journal.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert journal.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_finish_marks_the_run_finished(tmp_path):
    db = tmp_path / "j.db"
    with Journal.open(db) as journal:
        run = journal.create_run("live", PROGRAM, Event(1, "start", T0, {}))
        journal.append(run.id, Event(2, "finish", T0 + 60, {}))
        assert journal.run(run.id).finished == T0 + 60
        assert journal.unfinished_run("live") is None
        with pytest.raises(JournalError, match="finished"):
            journal.append(run.id, Event(3, "note", T0 + 61, {"text": "x"}))


def test_rehearsal_and_live_runs_are_kept_apart(tmp_path):
    db = tmp_path / "j.db"
    record_run(db, 2, "rehearsal")
    record_run(db, 2, "live")
    with Journal.open(db) as journal:
        assert [r.mode for r in journal.runs("live")] == ["live"]
        assert journal.unfinished_run("rehearsal").mode == "rehearsal"


def test_a_second_writer_is_refused_and_an_append_behind_the_head_too(tmp_path):
    db = tmp_path / "j.db"
    run_id = record_run(db, 3)
    with Journal.open(db) as first:
        with pytest.raises(JournalLocked, match="open for writing in another Presidium window"):
            Journal.open(db)
        first.append(run_id, Event(4, "note", T0 + 10, {"text": "a"}))
        with pytest.raises(JournalError, match="changed elsewhere"):  # the head check stays as a second guard
            first.append(run_id, Event(4, "note", T0 + 10, {"text": "b"}))
        assert [e.payload.get("text") for e in first.events(run_id)][-1] == "a"


def tamper(db, sql: str, *params) -> None:
    conn = sqlite3.connect(db)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def test_verify_counts_intact_events(tmp_path):
    db = tmp_path / "j.db"
    record_run(db, 7)
    record_run(db, 4, "live")
    with Journal.open(db, readonly=True) as journal:
        result = journal.verify()
    assert result.ok and result.events == 11


def test_verify_names_the_first_altered_payload(tmp_path):
    db = tmp_path / "j.db"
    run_id = record_run(db, 8)
    tamper(
        db, "UPDATE events SET payload = ? WHERE run_id = ? AND seq = 5", '{"category":"time","text":"đã sửa"}', run_id
    )
    tamper(db, "UPDATE events SET at = at + 1 WHERE run_id = ? AND seq = 7", run_id)
    with Journal.open(db, readonly=True) as journal:
        result = journal.verify()
    assert not result.ok and (result.run_id, result.seq) == (run_id, 5)
    assert f"run {run_id}, event 5 (note): altered" in result.problem
    assert result.events == 4


def test_verify_notices_removed_last_events_and_a_changed_mode(tmp_path):
    db = tmp_path / "j.db"
    run_id = record_run(db, 6)
    tamper(db, "DELETE FROM events WHERE run_id = ? AND seq = 6", run_id)
    with Journal.open(db, readonly=True) as journal:
        assert "removed" in journal.verify().problem
    other = tmp_path / "k.db"
    run_id = record_run(other, 3)
    tamper(other, "UPDATE runs SET mode = 'live' WHERE id = ?", run_id)
    with Journal.open(other, readonly=True) as journal:
        result = journal.verify()
    assert result.seq == 1 and "its record was altered" in result.problem


def unchanged(path, action) -> None:
    before = path.read_bytes()
    with pytest.raises(JournalError) as error:
        action()
    assert path.read_bytes() == before
    return str(error.value)


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "program.toml"
    path.write_text("format = 1\n")
    message = unchanged(path, lambda: Journal.open(path))
    assert str(path) in message and "not a Presidium journal" in message


def test_another_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    tamper(path, "CREATE TABLE contacts (name TEXT)")
    message = unchanged(path, lambda: Journal.open(path))
    assert "another program" in message


def test_a_damaged_journal_is_refused_untouched(tmp_path):
    db = tmp_path / "j.db"
    record_run(db, 200)
    data = bytearray(db.read_bytes())
    page = 4096
    data[3 * page + 100 : 3 * page + 600] = b"\xff" * 500  # scribble over the events index page
    db.write_bytes(bytes(data))
    message = unchanged(db, lambda: Journal.open(db))
    assert "damaged" in message and "page" in message and len(message) < 400


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX permissions")
def test_a_read_only_journal_can_be_read_but_not_written(tmp_path, monkeypatch):
    db = tmp_path / "j.db"
    record_run(db, 3)
    db.chmod(0o444)
    if os.geteuid() == 0:  # root may write anything: let the check see the file as an ordinary user would
        from presidium.infra import journal as journal_module

        monkeypatch.setattr(journal_module.os, "access", lambda path, mode: not mode & os.W_OK)
    try:
        message = unchanged(db, lambda: Journal.open(db))
        assert "read-only" in message
        with Journal.open(db, readonly=True) as journal:
            assert len(journal.events(journal.runs()[0].id)) == 3
    finally:
        db.chmod(0o644)


def test_a_locked_journal_gives_a_clear_message_and_keeps_the_run(tmp_path):
    db = tmp_path / "j.db"
    run_id = record_run(db, 3)
    blocker = sqlite3.connect(db, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with Journal.open(db, timeout=0.1) as journal:
            pass
    except JournalError as error:
        assert "in use by another program" in str(error)
    else:
        with (
            Journal.open(db, timeout=0.1) as journal,
            pytest.raises(JournalError, match="in use by another program"),
        ):
            journal.append(run_id, Event(4, "note", T0 + 9, {"text": "x"}))
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    with Journal.open(db) as journal:
        journal.append(run_id, Event(4, "note", T0 + 9, {"text": "x"}))
        assert journal.verify().ok and journal.run(run_id).head_seq == 4


def test_a_full_disk_refuses_the_event_and_keeps_everything_before(tmp_path):
    db = tmp_path / "j.db"
    run_id = record_run(db, 2)
    with Journal.open(db) as journal:
        pages = journal.db.execute("PRAGMA page_count").fetchone()[0]
        journal.db.execute(f"PRAGMA max_page_count = {pages}")
        seq = 3
        with pytest.raises(JournalError, match="disk is full") as error:
            while seq < 10_000:
                journal.append(run_id, Event(seq, "note", T0 + seq, {"text": "x" * 2000}))
                seq += 1
        assert "NOT recorded" in str(error.value)
    with Journal.open(db, readonly=True) as journal:
        assert journal.verify().ok
        assert journal.run(run_id).head_seq == seq - 1 == len(journal.events(run_id))


def test_a_missing_journal_cannot_be_read(tmp_path):
    with pytest.raises(JournalError, match="no such journal"):
        Journal.open(tmp_path / "nothing.db", readonly=True)


def test_default_journal_sits_in_the_data_folder_named_after_the_program(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESIDIUM_DATA_DIR", str(tmp_path))
    assert default_db_path("/congress/dai-hoi-xiii.toml") == tmp_path / "dai-hoi-xiii.presidium.db"
    monkeypatch.delenv("PRESIDIUM_DATA_DIR")
    assert default_db_path("x.toml").name == "x.presidium.db" and "resid" in str(default_db_path("x.toml"))


def test_whole_second_times_verify_after_reading_back_as_real(tmp_path):
    db = tmp_path / "j.db"
    with Journal.open(db) as journal:
        run = journal.create_run("rehearsal", PROGRAM, Event(1, "start", 1_594_107_000, {}))
        journal.append(run.id, Event(2, "next", 1_594_107_300, {}))
        assert journal.verify().ok and journal.events(run.id)[1].at == 1_594_107_300.0


def test_opening_another_programs_database_leaves_no_lock_file_beside_it(tmp_path):
    other = tmp_path / "ke-toan.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE so_sach (x)")
    conn.commit()
    conn.close()
    with pytest.raises(JournalError, match="another program"):
        Journal.open(other)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ke-toan.db"]
