"""The editor's time-of-day fields read the times a program file holds, however they were typed."""

from __future__ import annotations

import pytest

from presidium.app.samples import sample_path
from presidium.infra.program_file import read_draft
from presidium.ui.editor.launch import editor_window

SESSION = ("session", 0)


@pytest.fixture
def end(qtbot, tmp_path, monkeypatch):
    """The "must end by" field of the first session's form, in an editor on the sample program."""
    monkeypatch.setenv("PRESIDIUM_DATA_DIR", str(tmp_path / "data"))  # recovery files stay in the test's folder
    draft, _ = read_draft(sample_path("vi"))
    window = editor_window(draft, None, "vi")
    qtbot.addWidget(window, before_close_func=lambda w: w.stack.setClean())  # no "save changes?" at teardown
    window.select(SESSION)
    qtbot.waitUntil(lambda: window.form is not None and window.form.path == SESSION)
    return window, window.form.fields["end"]


def _shown(field) -> str | None:
    return field.edit.time().toString("HH:mm") if field.enabled.isChecked() else None


def _set(qtbot, window, value, shown) -> None:
    """Change the draft (as the file or an undo would) and wait for the form to show `shown`."""
    window.draft.set(SESSION, "end", value)
    qtbot.waitUntil(lambda: _shown(window.form.fields["end"]) == shown, timeout=2000)


def test_end_time_as_written_by_hand_is_shown_in_the_picker(end, qtbot):
    window, field = end
    for written, shown in (("9:30", "09:30"), ("17:05:00", "17:05"), ("11", "11:00")):
        _set(qtbot, window, written, shown)


def test_end_time_no_clock_shows_leaves_the_box_unticked(end, qtbot):
    window, field = end
    for written in ("25:00", "9h30", "1:2:3:4:5", None):
        _set(qtbot, window, "10:00", "10:00")  # ticked first, so that unticking is seen
        _set(qtbot, window, written, None)
        assert window.draft.get(SESSION, "end", None) == written  # shown unset; the text stays for the checks


def test_ticking_the_box_records_the_picker_time(end, qtbot):
    window, field = end
    _set(qtbot, window, "10:00", "10:00")
    _set(qtbot, window, None, None)
    field.enabled.setChecked(True)
    assert window.draft.get(SESSION, "end", None) == field.edit.time().toString("HH:mm")
