"""The program editor driven as a person would: keys and clicks in the tree and the forms, then the file
on disk and the podium that opens it."""

from __future__ import annotations

import shutil
from argparse import Namespace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from presidium.app.editing import starting_points
from presidium.app.samples import sample_path
from presidium.app.session import CongressSession
from presidium.cli import HANDLERS, build_parser
from presidium.core.clock import FakeClock
from presidium.core.loader import load_program
from presidium.infra.program_file import recovery_path
from presidium.ui import launch
from presidium.ui.editor import launch as editor_launch
from presidium.ui.editor import window as editor_window
from presidium.ui.editor.tree import drop_destination
from presidium.ui.i18n import Language
from presidium.ui.prefs import Preferences
from support.podium import START

FIRST_SESSION = ("session", 0)


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch) -> Path:
    """Journals and the recovery file of new programs go to the test's folder, never the user's."""
    monkeypatch.setenv("PRESIDIUM_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def language():
    code = Language(QApplication.instance())
    yield code
    code.use("en")


@pytest.fixture
def program(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("PRESIDIUM_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "dai-hoi.toml"
    shutil.copyfile(sample_path("vi"), path)
    return path


def editor(qtbot, path: Path, lang: str = "en", recover: bool | None = False):
    window = editor_launch.open_editor(path, lang, recover=recover)
    qtbot.addWidget(window, before_close_func=lambda w: w.stack.setClean())  # no "save changes?" at teardown
    window.show()
    window.activateWindow()  # the window's shortcuts (Ctrl+Z, Ctrl+S) need it active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def select(qtbot, window, path):
    window.tree.setFocus()
    window.select(path)
    qtbot.waitUntil(lambda: window.form is not None and window.form.path == path)
    return window.form


def type_text(widget, text: str) -> None:
    """Key presses carrying each character, as a Vietnamese keyboard (Unikey, Telex) delivers them;
    QTest.keyClicks only knows ASCII."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def titles(window, session=0):
    return [window.draft.get(p, "title") for p in window.draft.paths(("session", session, "item"))]


def test_a_new_program_from_a_starting_point_checks_clean(qtbot, language):
    language.use("vi")
    points = starting_points()
    assert len(points) >= 2
    window = editor_launch.new_editor("vi", point=points[0], recover=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.stack.setClean())
    assert window.path is None and "Chương trình mới" in window.windowTitle()
    assert window.problems == []
    assert "Không có lỗi" in window.problem_caption.text()


def test_renaming_an_item_follows_in_the_tree_and_its_id(qtbot, program):
    window = editor(qtbot, program)
    select(qtbot, window, ("session", 0, "item", 0))
    window.actions_by_name["add_item_vote"].trigger()  # Add → Agenda item → Vote
    item = ("session", 0, "item", 1)
    form = window.form
    assert form.path == item and window.draft.get(item, "id") == "vote"
    assert window.draft.get(item, "vote") == {"question": "Vote", "rule": "motion"}
    title = form.fields["title"].control
    title.selectAll()
    type_text(title, "Bầu Ban Kiểm phiếu Đại hội")
    assert window.draft.get(item, "title") == "Bầu Ban Kiểm phiếu Đại hội"
    assert window.draft.get(item, "id") == "bau-ban-kiem-phieu-dai-hoi"
    assert form.fields["id"].control.text() == "bau-ban-kiem-phieu-dai-hoi"
    qtbot.waitUntil(lambda: window.tree.path_item(item).text(0) == "Bầu Ban Kiểm phiếu Đại hội  ·  5m")
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the whole typing is one undo
    assert window.draft.get(item, "title") == "Vote" and window.draft.get(item, "id") == "vote"
    written = ("session", 0, "item", 2)  # an id written by hand stays when the title changes
    form = select(qtbot, window, written)
    type_text(form.fields["title"].control, " (bổ sung)")
    assert window.draft.get(written, "id") == "tb-bau-doan-chu-tich"


def test_a_duration_typed_as_people_say_it_is_stored_normalised(qtbot, program):
    window = editor(qtbot, program)
    item = ("session", 0, "item", 2)
    form = select(qtbot, window, item)
    duration = form.fields["duration"].control
    duration.selectAll()
    qtbot.keyClicks(duration, "1h30")
    qtbot.keyClick(duration, Qt.Key.Key_Return)
    assert window.draft.get(item, "duration") == "1h30m" and duration.text() == "1h30m"
    duration.selectAll()
    type_text(duration, "5 phút")
    qtbot.keyClick(duration, Qt.Key.Key_Return)
    assert window.draft.get(item, "duration") == "5m"
    duration.selectAll()
    type_text(duration, "năm phút")
    qtbot.keyClick(duration, Qt.Key.Key_Return)
    assert window.draft.get(item, "duration") == "5m"  # refused where typed, the file keeps the last good one
    assert "not a duration" in form.fields["duration"].problem.text()
    qtbot.waitUntil(lambda: "This item 07:40–07:45 · Session 07:30–08:22" in form.timeline.words.text())
    window.edit(("session", 0), {"end": "08:00"})  # the hall is needed at 08:00: the session is flagged
    qtbot.waitUntil(lambda: "runs 22 min past its end at 08:00" in form.timeline.words.text())
    qtbot.waitUntil(
        lambda: window.tree.path_item(("session", 0)).foreground(0).color().name() == window.theme.over.lower()
    )


def test_ctrl_down_and_ctrl_up_reorder_and_ctrl_z_undoes(qtbot, program):
    window = editor(qtbot, program)
    before = titles(window)
    select(qtbot, window, ("session", 0, "item", 0))
    qtbot.keyClick(window.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(window)[:2] == [before[1], before[0]]
    assert window.tree.selected_path() == ("session", 0, "item", 1)
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(window) == before
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert titles(window)[:2] == [before[1], before[0]]


def test_ctrl_down_on_a_sessions_last_item_moves_it_to_the_next_session(qtbot, program):
    window = editor(qtbot, program)
    last = window.draft.count(("session", 0, "item")) - 1
    moving = window.draft.get(("session", 0, "item", last), "title")
    select(qtbot, window, ("session", 0, "item", last))
    qtbot.keyClick(window.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(window, 1)[0] == moving and window.tree.selected_path() == ("session", 1, "item", 0)


def test_dragging_an_item_onto_another_session_moves_it_there(qtbot, program):
    window = editor(qtbot, program)
    moving = titles(window)[2]
    select(qtbot, window, ("session", 0, "item", 2))
    tree = window.tree
    target = tree.visualItemRect(tree.path_item(("session", 1)))
    point = target.center()
    data = tree.model().mimeData(tree.selectedIndexes())
    actions = Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(point, actions, data, buttons, keys),
        QDragMoveEvent(point, actions, data, buttons, keys),
        QDropEvent(point.toPointF(), actions, data, buttons, keys),
    ):
        QApplication.sendEvent(tree.viewport(), event)
    assert moving not in titles(window) and titles(window, 1)[-1] == moving
    window.stack.undo()
    assert titles(window)[2] == moving


def test_a_pasted_candidate_list_is_sorted_and_the_surplus_shown(qtbot, program):
    window = editor(qtbot, program)
    election = next(
        p
        for s in window.draft.paths(("session",))
        for p in window.draft.paths(s + ("item",))
        if window.draft.get(p, "kind") == "election"
    )
    form = select(qtbot, window, election)
    candidates = form.fields["election.candidates"]
    candidates.box.selectAll()
    candidates.box.cut()
    # setText, not a QMimeData made here: the clipboard would own a Python-made object until the
    # process exits, and Qt deleting it after Python has finalised crashes the test run.
    QApplication.clipboard().setText("1.\tTrần Thị Ánh\tĐại tá\n2.\tLê Văn Anh\tThượng tá\n3.\tNguyễn Văn Bình\n")
    candidates.box.setFocus()
    qtbot.keyClick(candidates.box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.draft.get(election, "election")["candidates"] == ["Lê Văn Anh", "Trần Thị Ánh", "Nguyễn Văn Bình"]
    assert "fewer names than seats" in form.surplus.text()
    qtbot.waitUntil(
        lambda: any(
            "fewer than the 15 seats" in window.problem_list.item(i).text() for i in range(window.problem_list.count())
        )
    )
    assert "fewer than the 15 seats" in candidates.problem.text()  # and under the list itself


def test_an_error_is_listed_and_clicking_it_selects_the_field(qtbot, program):
    window = editor(qtbot, program)
    item = ("session", 1, "item", 0)
    form = select(qtbot, window, item)
    form.fields["title"].control.selectAll()
    qtbot.keyClick(form.fields["title"].control, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.problem_list.count() == 1)
    assert "must not be empty" in window.problem_list.item(0).text()
    assert "must not be empty" in form.fields["title"].problem.text()
    select(qtbot, window, ("congress",))
    window.problem_list.itemClicked.emit(window.problem_list.item(0))
    assert window.tree.selected_path() == item
    qtbot.waitUntil(lambda: window.form.fields["title"].control.hasFocus())


def test_save_reopen_and_open_at_the_podium(qtbot, program, tmp_path):
    original = program.read_bytes()
    window = editor(qtbot, program)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert program.read_bytes() == original  # nothing changed: the same bytes
    form = select(qtbot, window, ("session", 0, "item", 0))
    form.fields["duration"].control.setText("7 phút")
    form.fields["duration"].control.editingFinished.emit()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (program.parent / (program.name + ".bak")).read_bytes() == original
    assert load_program(program).sessions[0].items[0].duration == 7 * 60
    assert "Saved dai-hoi.toml" in window.status.text() and "*" not in window.windowTitle()
    again = editor(qtbot, program)
    assert again.draft.get(("session", 0, "item", 0), "duration") == "7m"
    prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    podium = launch.open_podium(
        Namespace(file=program, live=False, db=None, lang="en"), QApplication.instance(), prefs, FakeClock(START)
    )
    qtbot.addWidget(podium.window)
    assert podium.session.program.sessions[0].items[0].duration == 7 * 60
    podium.session.close()


def test_unsaved_work_is_offered_back_after_a_crash(qtbot, program):
    window = editor(qtbot, program)
    form = select(qtbot, window, ("congress",))
    type_text(form.fields["venue"].control, " (tầng 2)")
    window.autosave()
    assert recovery_path(program).exists()
    window.stack.setClean()  # the crash: the window goes without asking
    window.close()
    restored = editor(qtbot, program, recover=True)
    assert restored.draft.get(("congress",), "venue").endswith("(tầng 2)")
    assert "*" in restored.windowTitle()
    plain = editor(qtbot, program, recover=False)
    assert not plain.draft.get(("congress",), "venue").endswith("(tầng 2)")


def test_saving_a_program_with_a_live_run_says_the_fingerprint_changes(qtbot, program, monkeypatch):
    session = CongressSession.open(
        load_program(program), Path(str(program.parent / "data" / "dai-hoi.presidium.db")), "live", FakeClock(START)
    )
    (program.parent / "data").mkdir(exist_ok=True)
    session.start()
    session.close()
    asked = []
    monkeypatch.setattr(
        editor_window.dialogs, "confirm", lambda _parent, _title, question, _yes: asked.append(question) or True
    )
    window = editor(qtbot, program)
    form = select(qtbot, window, ("congress",))
    qtbot.keyClicks(form.fields["venue"].control, "!")
    assert window.save()
    assert len(asked) == 1 and "live run (#1)" in asked[0]
    assert "will warn that its program changed" in window.status.text()


def test_the_podium_file_menu_opens_the_editor(qtbot, program, tmp_path):
    prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    podium = launch.open_podium(
        Namespace(file=program, live=False, db=None, lang="en"), QApplication.instance(), prefs, FakeClock(START)
    )
    qtbot.addWidget(podium.window)
    names = [action.objectName() for action in podium.window.file_menu.actions()]
    assert names[:2] == ["action_new_program", "action_edit_program"]
    opened = podium.controller.program_menu.edit_program()
    qtbot.addWidget(opened, before_close_func=lambda w: w.stack.setClean())
    assert opened.path == program and opened.problems == []
    assert not opened.actions_by_name["podium"].isVisible()  # the podium is already open
    podium.session.close()


def test_the_editor_speaks_vietnamese(qtbot, program, language):
    language.use("vi")
    window = editor(qtbot, program, "vi")
    form = select(qtbot, window, ("session", 0, "item", 1))
    assert [window.menuBar().actions()[i].text() for i in range(4)] == ["&Tệp", "&Sửa", "&Thêm", "&Chèn"]
    assert form.heading.text() == "Mục chương trình"
    assert form.fields["kind"].control.currentText() == "Biểu quyết"


@pytest.mark.parametrize(
    "source,target,above,on,expected",
    [
        (("session", 0, "item", 1), ("session", 0, "item", 4), True, False, (("session", 0, "item"), 3)),
        (("session", 0, "item", 4), ("session", 0, "item", 1), True, False, (("session", 0, "item"), 1)),
        (("session", 0, "item", 1), ("session", 2, "item", 0), False, False, (("session", 2, "item"), 1)),
        (("session", 0, "item", 1), ("session", 2), False, True, (("session", 2, "item"), 10**9)),
        (("session", 2), ("session", 0), True, False, (("session",), 0)),
        (("session", 0, "item", 1), ("card", 0), True, False, None),  # an item is not a card
        (("card", 1), ("card", 1), True, False, None),
    ],
)
def test_where_a_drop_puts_an_entry(source, target, above, on, expected):
    assert drop_destination(source, target, above, on) == expected


def test_presidium_edit_is_a_command():
    args = build_parser().parse_args(["--lang", "en", "edit", "dai-hoi.toml"])
    assert args.command == "edit" and args.file == Path("dai-hoi.toml")
    assert build_parser().parse_args(["edit"]).file is None
    assert HANDLERS["edit"] == editor_launch.__name__ and callable(editor_launch.main)


def test_the_live_run_is_found_in_the_journal_the_podium_uses(qtbot, program, monkeypatch, tmp_path):
    journal = tmp_path / "elsewhere.db"  # the podium opened with --db
    session = CongressSession.open(load_program(program), journal, "live", FakeClock(START))
    session.start()
    assert session.journal_path == journal
    session.close()
    asked = []
    monkeypatch.setattr(
        editor_window.dialogs, "confirm", lambda _parent, _title, question, _yes: asked.append(question)
    )
    window = editor_launch.open_editor(program, "en", recover=False, journal=journal)
    qtbot.addWidget(window, before_close_func=lambda w: w.stack.setClean())
    form = select(qtbot, window, ("congress",))
    type_text(form.fields["venue"].control, "!")
    before = program.read_bytes()
    assert not window.save()  # the question answered No: nothing written
    assert len(asked) == 1 and program.read_bytes() == before


def test_a_discussions_speakers_are_edited_one_a_line(qtbot, program):
    window = editor(qtbot, program)
    discussion = next(
        p
        for s in window.draft.paths(("session",))
        for p in window.draft.paths(s + ("item",))
        if window.draft.get(p, "kind") == "discussion"
    )
    form = select(qtbot, window, discussion)
    box = form.fields["speaker"].control
    registered = len(window.draft.get(discussion, "speaker"))
    assert box.toPlainText().splitlines()[1].startswith("Trung tá Đinh Công Hiếu | Bí thư Đảng ủy")
    box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    type_text(box, "Thiếu tá Lê Văn Tâm | Ban CHQS huyện | dân quân | 6 phút")
    speakers = window.draft.get(discussion, "speaker")
    assert len(speakers) == registered + 1
    assert speakers[-1] == {
        "name": "Thiếu tá Lê Văn Tâm",
        "unit": "Ban CHQS huyện",
        "topic": "dân quân",
        "duration": "6m",
    }
    type_text(box, "x")  # "6 phútx": not a time; refused under the box, the last good list kept
    assert "not a duration" in form.fields["speaker"].problem.text()
    assert window.draft.get(discussion, "speaker")[-1]["duration"] == "6m"


def test_a_vote_rule_is_added_from_the_menu_and_its_base_chosen_in_words(qtbot, program):
    window = editor(qtbot, program)
    window.actions_by_name["add_rule"].trigger()
    path = ("rules", "rule")
    assert window.tree.selected_path() == path and window.form.path == path
    base = window.form.fields["base"].control
    assert [base.itemText(i) for i in range(base.count())][:2] == ["delegates convened", "delegates present"]
    base.setCurrentIndex(0)
    base.activated.emit(0)
    assert window.draft.get(path, "base") == "convened"
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    assert "rule" not in window.draft.rule_names()
    window.stack.undo()
    assert window.draft.get(path, "base") == "convened"


def test_a_new_program_never_saved_is_offered_back_after_a_crash(qtbot, data_folder):
    window = editor_launch.new_editor("en", point=starting_points()[0], recover=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.stack.setClean())
    form = select(qtbot, window, ("congress",))
    form.fields["title"].control.selectAll()
    type_text(form.fields["title"].control, "Đại hội Chi bộ 3")
    window.autosave()
    assert len(list(data_folder.glob(".untitled-program-*.toml.recovery.toml"))) == 1
    restored = editor_launch.new_editor("en", recover=True)
    qtbot.addWidget(restored, before_close_func=lambda w: w.stack.setClean())
    assert restored.draft.get(("congress",), "title") == "Đại hội Chi bộ 3" and restored.path is None


def _new_program_titled(qtbot, title: str):
    window = editor_launch.new_editor("en", point=starting_points()[0], recover=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.stack.setClean())
    form = select(qtbot, window, ("congress",))
    form.fields["title"].control.selectAll()
    type_text(form.fields["title"].control, title)
    window.autosave()
    return window


def test_two_unsaved_new_programs_each_keep_their_own_recovery_and_both_come_back(qtbot, data_folder):
    first = _new_program_titled(qtbot, "Đại hội Chi bộ 1")
    second = _new_program_titled(qtbot, "Đại hội Chi bộ 2")
    assert first.untitled != second.untitled
    first.autosave()  # the first window saving again does not overwrite the second's work
    assert len(list(data_folder.glob(".untitled-program-*.toml.recovery.toml"))) == 2
    restored = editor_launch.new_editor("en", recover=True)  # next start, after a crash
    qtbot.addWidget(restored, before_close_func=lambda w: w.stack.setClean())
    windows = [restored, *restored.opened]
    for window in restored.opened:
        qtbot.addWidget(window, before_close_func=lambda w: w.stack.setClean())
    titles = sorted(str(window.draft.get(("congress",), "title")) for window in windows)
    assert titles == ["Đại hội Chi bộ 1", "Đại hội Chi bộ 2"]
    assert all(window.isVisible() for window in restored.opened)
    # the restored window keeps writing to the file it came from, and saving drops only that one
    saved_to = data_folder.parent / "chi-bo.toml"
    assert restored.save_to(saved_to, ask=False)
    assert len(list(data_folder.glob(".untitled-program-*.toml.recovery.toml"))) == 1


def test_an_unsaved_program_not_restored_is_offered_again_and_an_untouched_one_leaves_nothing(qtbot, data_folder):
    _new_program_titled(qtbot, "Đại hội Chi bộ 5")
    declined = editor_launch.new_editor("en", point=starting_points()[0], recover=False)
    qtbot.addWidget(declined, before_close_func=lambda w: w.stack.setClean())
    declined.autosave()
    assert len(list(data_folder.glob(".untitled-program-*.toml.recovery.toml"))) == 2
    declined.close()  # a new program left as the template made it: nothing to offer back
    recoveries = list(data_folder.glob(".untitled-program-*.toml.recovery.toml"))
    assert len(recoveries) == 1 and "Chi bộ 5" in recoveries[0].read_text(encoding="utf-8")


def test_the_recovery_file_earlier_versions_wrote_is_still_offered_back(qtbot, data_folder):
    data_folder.mkdir(parents=True, exist_ok=True)
    text = sample_path("vi").read_text(encoding="utf-8")
    (data_folder / ".untitled-program.toml.recovery.toml").write_text(text, encoding="utf-8")
    restored = editor_launch.new_editor("en", recover=True)
    qtbot.addWidget(restored, before_close_func=lambda w: w.stack.setClean())
    assert restored.untitled.name == "untitled-program.toml" and not restored.stack.isClean()


def test_the_tree_shows_the_order_after_a_long_drag_is_undone(qtbot, program):
    window = editor(qtbot, program)
    before = titles(window)
    window.move_to(("session", 0, "item", 1), ("session", 0, "item"), 6)
    window.stack.undo()

    def rows():
        session = window.tree.path_item(("session", 0))
        return [session.child(i).text(0).split("  ·  ")[0] for i in range(session.childCount())]

    qtbot.waitUntil(lambda: rows() == before)


def test_open_at_the_podium_from_presidium_edit(qtbot, program, monkeypatch, tmp_path):
    monkeypatch.setattr(
        editor_launch,
        "Preferences",
        lambda: Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)),
    )
    window = editor(qtbot, program)
    editor_launch._podium(QApplication.instance(), window, str(program), "en")
    qtbot.addWidget(window.podium.window)
    assert Path(window.podium.session.program.source) == program and window.podium.session.mode == "rehearsal"
    window.podium.session.close()


def test_a_card_typed_a_new_id_takes_the_items_along_and_one_ctrl_z_puts_all_back(qtbot, program, language):
    language.use("vi")
    original = program.read_bytes()
    window = editor(qtbot, program, "vi")
    card = ("card", 0)
    citing = [p for s in window.draft.paths(("session",)) for p in window.draft.paths(s + ("item",))]
    citing = [p for p in citing if "xin-rut" in (window.draft.get(p, "cards") or [])]
    assert window.draft.get(card, "id") == "xin-rut" and len(citing) == 2
    form = select(qtbot, window, card)
    ident = form.fields["id"].control
    ident.setFocus()
    ident.end(False)
    type_text(ident, "-ung-cu")
    assert window.draft.get(card, "id") == "xin-rut-ung-cu"
    assert all("xin-rut-ung-cu" in window.draft.get(p, "cards") for p in citing)
    assert window.status.text() == "Mã mới: đã sửa theo 2 chỗ nhắc đến nó"
    qtbot.waitUntil(lambda: window.problems == [])  # no item refers to a card that does not exist
    window.tree.setFocus()  # the window's undo, not the line's own
    qtbot.keyClick(
        window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )  # the id and its references: one undo
    assert window.stack.index() == 0
    assert window.draft.get(card, "id") == "xin-rut"
    assert all("xin-rut" in window.draft.get(p, "cards") for p in citing)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert program.read_bytes() == original  # undone to the byte
    qtbot.keyClick(window.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.draft.get(card, "id") == "xin-rut-ung-cu"
    assert all("xin-rut-ung-cu" in window.draft.get(p, "cards") for p in citing)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    loaded = load_program(program)
    assert "xin-rut-ung-cu" in {c.id for c in loaded.cards}
    assert sum("xin-rut-ung-cu" in item.cards for s in loaded.sessions for item in s.items) == 2


def test_a_card_id_typed_through_another_cards_id_keeps_only_its_own_references(qtbot, program):
    window = editor(qtbot, program)
    items = [p for s in window.draft.paths(("session",)) for p in window.draft.paths(s + ("item",))]
    own = [p for p in items if "xin-rut" in (window.draft.get(p, "cards") or [])]
    other = [p for p in items if "mat-dien" in (window.draft.get(p, "cards") or [])]
    form = select(qtbot, window, ("card", 0))
    ident = form.fields["id"].control
    ident.setFocus()
    ident.selectAll()
    type_text(ident, "mat-dien-2")  # on the way it is, for a moment, the id of the card 'mat-dien'
    assert window.draft.get(("card", 0), "id") == "mat-dien-2"
    assert all("mat-dien-2" in window.draft.get(p, "cards") for p in own)
    assert all("mat-dien" in window.draft.get(p, "cards") for p in other)
    assert window.status.text() == f"New id: {len(own)} references to it updated too"
    qtbot.waitUntil(lambda: window.problems == [])


def test_an_article_typed_a_new_id_takes_the_cards_citing_it_along_and_edit_undo_puts_them_back(qtbot, program):
    window = editor(qtbot, program)
    draft = window.draft
    article = next(
        p for r in draft.paths(("regulation",)) for p in draft.paths(r + ("article",)) if draft.get(p, "id") == "qcbc-7"
    )
    citing = [p for p in draft.paths(("card",)) if "qcbc-7" in (draft.get(p, "refs") or [])]
    form = select(qtbot, window, article)
    ident = form.fields["id"].control
    ident.setFocus()
    ident.selectAll()
    type_text(ident, "dieu-7")
    assert [draft.get(p, "refs").count("dieu-7") for p in citing] == [1] * len(citing)
    word = "reference" if len(citing) == 1 else "references"
    assert window.status.text() == f"New id: {len(citing)} {word} to it updated too"
    window.actions_by_name["undo"].trigger()  # Edit → Undo
    assert draft.get(article, "id") == "qcbc-7"
    assert all("qcbc-7" in draft.get(p, "refs") and "dieu-7" not in draft.get(p, "refs") for p in citing)
