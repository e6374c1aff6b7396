"""One rule for which program belongs to a recorded run, read by `presidium runs`, the entry log, the
exports and the review screen alike (`app.recorded.recorded_program`).

They used to disagree: `runs` took the copy kept in the journal without checking it against the run's
fingerprint, the exports checked it. With a damaged copy and the approved file still in place, `runs`
named the current item from the damaged copy while the minutes named it from the file."""

from __future__ import annotations

import sqlite3

import pytest

from presidium.app.cli_runs import describe
from presidium.app.recorded import ExportError, program_for, recorded_program
from presidium.app.samples import sample_path
from presidium.app.session import CongressSession, program_of_run
from presidium.core.clock import FakeClock
from presidium.core.loader import load_program
from presidium.infra.journal import Journal

TEXT = sample_path("vi").read_text(encoding="utf-8")


def recorded(tmp_path):
    """A live run of a program file, at its first item; the journal keeps a copy of the file."""
    path = tmp_path / "dai-hoi.toml"
    path.write_text(TEXT, encoding="utf-8")
    program = load_program(path)
    s = CongressSession.open(program, tmp_path / "j.db", "live", FakeClock(program.sessions[0].starts_at.timestamp()))
    s.start()
    first = s.state.current_item.title
    s.close()
    return path, tmp_path / "j.db", first


def record_of(db):
    with Journal.open(db, readonly=True) as journal:
        return journal.runs()[-1]


def test_a_damaged_copy_in_the_journal_is_never_taken_for_the_approved_program(tmp_path):
    path, db, first = recorded(tmp_path)
    damaged = TEXT.replace(f'"{first}"', '"Mục đã bị sửa"', 1).encode("utf-8")
    assert damaged != TEXT.encode("utf-8")
    with sqlite3.connect(db) as con:
        con.execute("UPDATE runs SET program = ?", (damaged,))
    record = record_of(db)
    assert recorded_program(record).origin == "file"
    assert program_of_run(record).items[0].title == first
    assert program_for(record, "minutes")[0].items[0].title == first
    with Journal.open(db, readonly=True) as journal:
        assert describe(journal, record)["current_title"] == first  # `presidium runs` says what the minutes say


def test_the_copy_stands_in_for_a_changed_file_for_every_reader(tmp_path):
    path, db, first = recorded(tmp_path)
    path.write_text(TEXT.replace(f'"{first}"', '"Tên mục mới"', 1), encoding="utf-8")
    record = record_of(db)
    assert recorded_program(record).origin == "copy"
    assert program_of_run(record).items[0].title == first
    program, notes = program_for(record, "minutes")
    assert program.items[0].title == first and notes  # the export says it used the copy


def test_without_the_approved_program_runs_shows_none_and_only_the_review_takes_the_changed_file(tmp_path):
    path, db, first = recorded(tmp_path)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE runs SET program = NULL")
    path.write_text(TEXT.replace(f'"{first}"', '"Tên mục mới"', 1), encoding="utf-8")
    record = record_of(db)
    assert recorded_program(record).origin == "changed"
    assert program_of_run(record) is None
    with pytest.raises(ExportError):
        program_for(record, "minutes")
    program, notes = program_for(record, "review")
    assert program.items[0].title == "Tên mục mới" and notes


def test_the_review_screen_reads_runs_through_the_app_layer_not_a_command_or_the_word_exporter():
    """The review window shares the run reading with `export` through app.recorded and the minutes
    format with the Word report through core.durations: it imports neither cli_* nor infra.export_*."""
    import ast
    from pathlib import Path

    import presidium.ui.review_window as window

    tree = ast.parse(Path(window.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert "presidium.app.recorded" in imported
    assert not [name for name in imported if name.startswith(("presidium.app.cli", "presidium.infra.export_"))]
