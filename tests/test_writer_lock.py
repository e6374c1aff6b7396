"""One writer per journal, with real processes: a second window is told who writes and may only watch;
a writer killed mid-run leaves no lock behind, and the takeover is journaled; readers see one snapshot."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from presidium.app.samples import sample_path
from presidium.app.session import CongressSession, JournalError, JournalLocked
from presidium.cli import main
from presidium.core.loader import load_program
from presidium.infra.lock import lock_path, read_holder
from support.processes import Writer, events_of

PROGRAM = load_program(sample_path("vi"))


@pytest.fixture
def writer(tmp_path):
    started = Writer(tmp_path / "dai-hoi.presidium.db")
    yield started
    started.stop()


def test_a_second_window_is_told_who_writes_and_nothing_is_written(writer, tmp_path):
    db = tmp_path / "dai-hoi.presidium.db"
    writer.send("next")
    before = events_of(db)
    with pytest.raises(JournalLocked) as refused:
        CongressSession.open(PROGRAM, db, "live")
    assert refused.value.holder.pid == writer.process.pid
    said = refused.value.message("vi")
    assert f"tiến trình {writer.process.pid}" in said and "chỉ có một cửa sổ được ghi" in said and "chỉ xem" in said
    assert f"process {writer.process.pid}" in refused.value.message("en")
    assert events_of(db) == before  # no `reopened`, no second run: the minutes see one run
    assert writer.send("next") == before[-1].seq + 1  # and the first window goes on recording


def test_a_read_only_view_follows_the_writer_and_refuses_every_action(writer, tmp_path):
    db = tmp_path / "dai-hoi.presidium.db"
    view = CongressSession.view(PROGRAM, db, "live")
    try:
        assert view.readonly and view.state.started and view.state.position == 0
        seen = []
        view.subscribe(seen.append)
        writer.send("next")
        assert view.follow() and view.state.position == 1 and seen[-1].kind == "next"
        assert not view.follow()  # nothing new
        with pytest.raises(JournalError) as refused:
            view.next()
        assert refused.value.message("vi").startswith("đây là chế độ chỉ xem")
    finally:
        view.close()
    assert [e.kind for e in events_of(db)] == ["start", "next"]


@pytest.mark.slow  # a real process killed
def test_a_killed_writer_leaves_no_lock_and_the_takeover_is_journaled(writer, tmp_path):
    db = tmp_path / "dai-hoi.presidium.db"
    writer.send("next")
    dead = writer.process.pid
    writer.kill()
    assert read_holder(lock_path(db)).pid == dead  # its details are still in the file: that is not the lock
    session = CongressSession.open(PROGRAM, db, "live")
    try:
        reopened = session.events()[-1]
        assert session.resumed and reopened.kind == "reopened"
        assert reopened.payload["takeover"]["pid"] == dead
        assert read_holder(lock_path(db)).pid == os.getpid()
    finally:
        session.close()
    assert read_holder(lock_path(db)) is None  # released cleanly: the next opening reports no takeover
    again = CongressSession.open(PROGRAM, db, "live")
    again.close()
    assert "takeover" not in events_of(db)[-1].payload


def test_a_window_closed_properly_hands_over_without_a_takeover(writer, tmp_path):
    db = tmp_path / "dai-hoi.presidium.db"
    writer.send("quit")
    writer.process.wait(10)
    session = CongressSession.open(PROGRAM, db, "live")
    session.close()
    assert "takeover" not in events_of(db)[-1].payload


def test_verify_runs_and_export_read_one_snapshot_while_a_window_records(writer, tmp_path, capsys):
    db = tmp_path / "dai-hoi.presidium.db"

    def flooding() -> threading.Thread:
        thread = threading.Thread(target=writer.send, args=("notes 400",))
        thread.start()
        return thread

    flood = flooding()
    results = []
    try:
        while len(results) < 40:
            if not flood.is_alive():
                if len(results) >= 4:
                    break
                flood = flooding()  # a fast writer (or a slow reader): keep recording until enough reads ran
            results.append(main(["--lang", "en", "verify", "--db", str(db)]))
            results.append(main(["--lang", "en", "runs", "--db", str(db), "--json"]))
    finally:
        flood.join(60)
    out = capsys.readouterr()
    assert len(results) >= 4 and set(results) == {0}, out.err
    assert "removed" not in out.err
    assert main(["--lang", "en", "export", "minutes", "--db", str(db), "-o", str(tmp_path / "bb.docx")]) == 0


def test_the_lock_is_not_the_file(tmp_path):
    """A lock file left by someone else (copied with the journal, say) does not block the chair."""
    db = tmp_path / "j.presidium.db"
    lock_path(db).write_text('{"pid": 999999, "host": "may-khac", "since": 1700000000}', encoding="utf-8")
    session = CongressSession.open(PROGRAM, db, "rehearsal")
    try:
        start = session.start()
        assert start.payload["takeover"] == {"pid": 999999, "host": "may-khac", "since": 1700000000.0}
    finally:
        session.close()


def _mount_tmpfs(where: Path) -> bool:
    where.mkdir()
    return (
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(where)], capture_output=True).returncode
        == 0
    )


@pytest.fixture
def usb_stick(tmp_path):
    """A real file system that can be write-protected (a tmpfs remounted read-only): needs root."""
    stick = tmp_path / "usb"
    if sys.platform != "linux" or os.geteuid() != 0 or not _mount_tmpfs(stick):
        pytest.skip("needs root on Linux to mount a read-only file system")
    yield stick
    subprocess.run(["umount", "-l", str(stick)], capture_output=True)  # lazy: never leave a mount behind


def _protect(stick: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)


def test_verify_runs_and_export_work_on_write_protected_media(usb_stick, tmp_path, capsys):
    db = usb_stick / "dai-hoi.presidium.db"
    session = CongressSession.open(PROGRAM, db, "live")
    session.start()
    session.next()
    session.close()
    _protect(usb_stick)
    with pytest.raises(OSError):
        (usb_stick / "x").write_text("x")  # really protected
    assert main(["--lang", "en", "verify", "--db", str(db)]) == 0
    assert main(["--lang", "en", "runs", "--db", str(db), "--json"]) == 0
    assert main(["--lang", "en", "export", "minutes", "--db", str(db), "-o", str(tmp_path / "bb.docx")]) == 0
    out = capsys.readouterr()
    assert "2 events verified" in out.out and "unable to open" not in out.err
    assert (tmp_path / "bb.docx").stat().st_size > 0


def test_a_raw_copy_with_its_wal_on_protected_media_is_explained(usb_stick, capsys):
    db = usb_stick / "dai-hoi.presidium.db"
    writer = Writer(db)  # the WAL holds the last events while a window has the journal open
    try:
        writer.send("next")
        (usb_stick / "copy").mkdir()
        for name in (db.name, db.name + "-wal"):  # what a file manager copies
            (usb_stick / "copy" / name).write_bytes((usb_stick / name).read_bytes())
    finally:
        writer.stop()
    _protect(usb_stick)
    copy = usb_stick / "copy" / db.name
    assert main(["verify", "--db", str(copy)]) == 1
    said = capsys.readouterr().err
    assert "dai-hoi.presidium.db-wal" in said and "không đọc được trên ổ chỉ đọc" in said


@pytest.mark.skipif(os.name == "nt", reason="flock is POSIX")
def test_a_folder_that_cannot_lock_never_keeps_the_chair_out(tmp_path, monkeypatch):
    import errno

    from presidium.infra import lock as lock_module

    def no_locks(fd, operation):
        raise OSError(errno.ENOLCK, "No locks available")  # what some network shares answer

    monkeypatch.setattr(lock_module.fcntl, "flock", no_locks)
    session = CongressSession.open(PROGRAM, tmp_path / "j.db", "live")
    try:
        session.start()
        assert session.journal.unlocked
        said = [w.message("vi") for w in session.warnings]
        assert any("không hỗ trợ khóa tệp" in text for text in said)
    finally:
        session.close()


def test_the_view_window_greys_what_would_record_and_keeps_what_only_shows(writer, tmp_path, qtbot):
    from PySide6.QtCore import QSettings

    from presidium.ui.controller import PodiumController
    from presidium.ui.prefs import Preferences

    view = CongressSession.view(PROGRAM, tmp_path / "dai-hoi.presidium.db", "live")
    try:
        prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        controller = PodiumController(view, prefs, "en")
        qtbot.addWidget(controller.window)
        controller.refresh()
        window = controller.window
        assert "VIEW ONLY" in window.banner.text()
        assert not any(window.buttons[name].isEnabled() for name in ("next", "back", "pause", "skip", "vote", "note"))
        assert window.buttons["cards"].isEnabled() and window.buttons["stage"].isEnabled()  # they only show
    finally:
        view.close()
