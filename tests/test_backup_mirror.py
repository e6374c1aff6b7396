"""A standby copy: `presidium backup` and the mirror copy the journal consistently (the WAL's last events
included), never over something that is not an older copy, and a standby laptop resumes from the copy."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from presidium.app.samples import sample_path
from presidium.app.session import CongressSession
from presidium.cli import build_parser, main
from presidium.core.clock import FakeClock
from presidium.core.loader import load_program
from presidium.infra.backup import BackupError, backup
from presidium.infra.journal import Journal
from support.processes import Writer

PROGRAM = load_program(sample_path("vi"))


def heads(db) -> dict[int, int]:
    with Journal.open(db, readonly=True) as journal:
        assert journal.verify().ok
        return {r.id: r.head_seq for r in journal.runs()}


def test_a_backup_taken_while_a_window_records_holds_the_last_vote_a_raw_copy_does_not(tmp_path, capsys):
    db = tmp_path / "dai-hoi.presidium.db"
    writer = Writer(db)
    try:
        for _ in range(3):
            writer.send("next")
        shutil.copyfile(db, tmp_path / "raw.db")  # what a file manager does: the -wal is left behind
        assert main(["backup", "--db", str(db), "-o", str(tmp_path / "copy.db")]) == 0
        assert "đã sao lưu 1 lần chạy, 4 sự kiện" in capsys.readouterr().out
    finally:
        writer.stop()
    assert heads(tmp_path / "copy.db") == {1: 4}
    raw = sqlite3.connect(tmp_path / "raw.db")
    tables = [row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    held = raw.execute("SELECT count(*) FROM events").fetchone()[0] if "events" in tables else 0
    raw.close()
    assert held < 4  # the reproduction: the raw copy silently lacks the last events
    assert not (tmp_path / "copy.db-wal").exists()  # one self-contained file


def test_a_backup_never_overwrites_the_journal_another_file_or_a_copy_that_went_further(tmp_path, capsys):
    db = tmp_path / "j.db"
    session = CongressSession.open(PROGRAM, db, "live", FakeClock(1_750_000_000))
    session.start()
    session.close()
    assert main(["backup", "--db", str(db), "-o", str(db)]) == 1
    letter = tmp_path / "thu-moi.docx"
    letter.write_bytes(b"PK\x03\x04 not a journal")
    assert main(["--lang", "en", "backup", "--db", str(db), "-o", str(letter)]) == 1
    err = capsys.readouterr().err
    assert "đây chính là nhật ký cần sao lưu" in err and "exists and is not a Presidium journal" in err
    assert letter.read_bytes() == b"PK\x03\x04 not a journal"
    standby = tmp_path / "usb"
    standby.mkdir()
    assert main(["backup", "--db", str(db), "-o", str(standby)]) == 0  # a folder: the journal's name
    copy = standby / "j.db"
    resumed = CongressSession.open(PROGRAM, copy, "live", FakeClock(1_750_000_100))
    resumed.next()  # the standby went on recording in the copy
    resumed.close()
    with pytest.raises(BackupError) as refused:
        backup(db, copy)
    assert refused.value.code == "backup.ahead" and heads(copy) == {1: 3}


def test_the_mirror_follows_every_action_and_a_standby_laptop_resumes_from_it(tmp_path):
    db, usb = tmp_path / "j.db", tmp_path / "usb"
    clock = FakeClock(1_750_000_000)
    session = CongressSession.open(PROGRAM, db, "live", clock)
    session.set_mirror(usb)
    try:
        session.start()
        for _ in range(3):
            clock.advance(60)
            session.next()
        assert session.mirror.wait() and session.mirror.error is None and session.mirror.last_ok is not None
        assert heads(usb / "j.db") == {1: 4}
    finally:
        session.close()  # the podium laptop dies here, say
    clock.advance(300)
    standby = CongressSession.open(PROGRAM, usb / "j.db", "live", clock)
    try:
        assert standby.resumed and standby.state.position == 3
        reopened = standby.events()[-1]
        assert reopened.kind == "reopened" and reopened.payload["host"]  # the takeover is journaled
        standby.next()
    finally:
        standby.close()
    assert heads(usb / "j.db") == {1: 6}


def test_a_failing_mirror_never_blocks_the_chair(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    clock = FakeClock(1_750_000_000)
    session = CongressSession.open(PROGRAM, tmp_path / "j.db", "live", clock)
    session.set_mirror(blocked / "usb")
    try:
        session.start()
        session.next()  # recorded all the same
        assert session.mirror.wait()
        assert session.mirror.error is not None and session.mirror.last_ok is None
        assert session.state.position == 1
    finally:
        session.close()


def test_open_takes_a_mirror_folder():
    args = build_parser().parse_args(["open", "dai-hoi.toml", "--live", "--mirror", "/media/usb"])
    assert str(args.mirror) == "/media/usb"


def test_the_status_bar_says_when_the_standby_copy_was_made_or_that_it_fails(make_podium, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    podium = make_podium("vi")
    podium.session.set_mirror(tmp_path / "usb")
    podium.press(qtbot, Qt.Key.Key_Space)
    assert podium.session.mirror.wait()
    podium.controller.refresh()
    label = podium.window.mirror_status
    assert label.isVisible() and label.text().startswith("Bản sao dự phòng ") and "LỖI" not in label.text()
    (tmp_path / "usb" / "journal.db").unlink()
    (tmp_path / "usb" / "journal.db").write_text("someone saved a letter here")  # the copy can no longer be made
    podium.press(qtbot, Qt.Key.Key_Space)
    assert podium.session.mirror.wait() and podium.session.state.position == 1  # the chair went on
    podium.controller.refresh()
    assert label.text() == "Bản sao dự phòng ĐANG LỖI" and "không phải nhật ký Presidium" in label.toolTip()
    podium.window.resize(1366, 768)
    podium.window.grab().save(str(tmp_path / "mirror-failing.png"))
    podium.session.close()
