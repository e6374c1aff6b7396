"""An export never harms the record: it never replaces a journal or a database, it writes whole files or
none, and it refuses a journal whose chains no longer hold."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from presidium.cli import main
from presidium.infra import files
from presidium.infra.journal import Journal
from support.congress import congress


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return congress(tmp_path_factory.mktemp("export-safety"))


def _journal_intact(db: Path, before: bytes) -> None:
    assert db.read_bytes() == before
    with Journal.open(db, readonly=True) as journal:
        assert journal.verify().ok


@pytest.mark.parametrize("target", ["itself", "wal", "lock", "other-database", "same-file-other-name"])
def test_export_never_overwrites_a_journal_or_a_database(sample, tmp_path, capsys, target):
    db = sample.db
    before = db.read_bytes()
    if target == "itself":
        output = db
    elif target == "wal":
        output = db.with_name(db.name + "-wal")
    elif target == "lock":
        output = db.with_name(db.name + ".lock")
    elif target == "other-database":
        output = tmp_path / "ke-toan.docx"  # any SQLite file, whatever its name
        sqlite3.connect(output).execute("CREATE TABLE t (x)").connection.close()
    else:
        output = tmp_path / "link.db"
        os.symlink(db, output)
    other_before = output.read_bytes() if output.is_file() else None
    assert main(["export", "minutes", "--db", str(db), "-o", str(output)]) == 1
    said = capsys.readouterr().err
    assert "không ghi đè lên nhật ký hay một cơ sở dữ liệu SQLite" in said
    _journal_intact(db, before)
    if other_before is not None:
        assert output.read_bytes() == other_before


def test_the_part_file_reaches_the_disk_before_the_rename(tmp_path, monkeypatch):
    order: list[str] = []
    real_fsync, real_replace = os.fsync, Path.replace
    monkeypatch.setattr(files.os, "fsync", lambda fd: (order.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(
        Path, "replace", lambda self, to: (order.append(f"rename {self.name}"), real_replace(self, to))[1]
    )
    files.write_durably(lambda p: Path(p).write_bytes(b"bien ban"), tmp_path / "bb.docx")
    assert order[:2] == ["fsync", "rename bb.docx.part"]  # then the folder is synced
    assert (tmp_path / "bb.docx").read_bytes() == b"bien ban" and not (tmp_path / "bb.docx.part").exists()


def test_a_failed_write_leaves_the_previous_document_and_no_part_file(tmp_path):
    output = tmp_path / "bb.docx"
    output.write_bytes(b"the signed version")

    def half_then_full_disk(partial: str) -> None:
        Path(partial).write_bytes(b"half a docu")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError):
        files.write_durably(half_then_full_disk, output)
    assert output.read_bytes() == b"the signed version"
    assert list(tmp_path.iterdir()) == [output]


def test_an_altered_journal_is_refused_with_the_reason(sample, tmp_path, capsys):
    db = tmp_path / "altered.db"
    db.write_bytes(sample.db.read_bytes())
    conn = sqlite3.connect(db)
    conn.execute("UPDATE events SET at = at + 60 WHERE run_id = ? AND seq = 3", (sample.live_id,))
    conn.commit()
    conn.close()
    output = tmp_path / "bb.docx"
    assert main(["export", "minutes", "--db", str(db), "-o", str(output)]) == 1
    said = capsys.readouterr().err
    assert "nhật ký không vượt qua kiểm tra" in said and f"lần chạy số {sample.live_id}, sự kiện 3" in said
    assert not output.exists()
    assert main(["--lang", "en", "export", "review", "--db", str(db), "-o", str(output)]) == 1
    assert "the journal failed verification" in capsys.readouterr().err and not output.exists()
