"""The podium window driven through its keys, as the chair uses it with a presenter clicker."""

from __future__ import annotations

from PySide6.QtCore import Qt

from support.podium import when_modal


def test_before_the_start_the_screen_says_which_key_starts(make_podium):
    podium = make_podium()
    timer = podium.window.timer
    assert timer.caption.text() == "Chưa bắt đầu"
    assert "Space" in timer.budget.text()
    assert podium.window.current.title.text() == "Chào cờ"
    assert podium.window.banner.text() == "TỔNG DUYỆT"  # the word the minutes and the CLI use too
    assert podium.window.buttons["next"].text() == "Bắt đầu"


def test_space_starts_the_run_and_shows_the_first_item(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_Space)
    window = podium.window
    assert podium.session.state.started
    assert window.current.title.text() == "Chào cờ"
    assert window.current.caption.text().startswith("Mục 1/3")
    assert window.current.script_text() == "Kính thưa Đại hội, có …/9 đồng chí có mặt."
    assert window.timer.caption.text() == "Còn lại"
    assert window.timer.face.text() == "5:00"
    assert window.upcoming.title.text() == "Thông qua chương trình Đại hội"
    assert window.buttons["next"].text() == "Tiếp theo"


def test_page_down_from_the_clicker_advances(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_PageDown)
    podium.wait(30)
    podium.press(qtbot, Qt.Key.Key_PageDown)
    window = podium.window
    assert window.current.title.text() == "Thông qua chương trình Đại hội"
    assert window.upcoming.title.text() == "Bầu Ban Chấp hành"
    assert podium.session.state.statuses()["chao-co"] == "done"
    # the actual start and time spent; the cell itself may show 0:30 alone, to give the titles room
    assert window.agenda.row("chao-co").toolTip(2) == "07:30 · 0:30"
    assert window.agenda.row("chao-co").text(2) in ("07:30 · 0:30", "0:30")


def test_page_up_goes_back_and_a_refusal_shows_in_the_status_line(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_Space)
    podium.press(qtbot, Qt.Key.Key_PageUp)
    assert podium.window.current.title.text() == "Chào cờ"
    assert podium.window.status_line.text() == (
        "Không thực hiện được: “Chào cờ” là mục đầu tiên: không có mục nào trước đó"
    )
    podium.press(qtbot, Qt.Key.Key_Right)
    podium.press(qtbot, Qt.Key.Key_Left)
    assert podium.window.current.title.text() == "Chào cờ"


def test_p_pauses_and_the_timer_stops_moving(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_Space)
    podium.wait(10)
    assert podium.window.timer.face.text() == "4:50"
    podium.press(qtbot, Qt.Key.Key_P)
    podium.wait(120)
    assert podium.window.timer.face.text() == "4:50"
    assert podium.window.timer.caption.text() == "TẠM DỪNG 2:00"
    assert podium.window.buttons["pause"].text() == "Tiếp tục"
    podium.press(qtbot, Qt.Key.Key_P)
    podium.wait(5)
    assert podium.window.timer.face.text() == "4:45"


def test_the_timer_turns_amber_then_red_when_the_budget_is_passed(make_podium, qtbot):
    podium = make_podium()
    theme = podium.controller.theme
    podium.press(qtbot, Qt.Key.Key_Space)
    face = podium.window.timer.face
    assert theme.ok in face.styleSheet()
    podium.wait(250)
    assert face.text() == "0:50"
    assert theme.warn in face.styleSheet()
    podium.wait(65)
    assert face.text() == "+0:15"
    assert podium.window.timer.caption.text() == "Quá giờ"
    assert theme.over in face.styleSheet()


def test_the_day_delta_says_how_late_the_session_runs(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_Space)
    assert podium.window.timer.delta.text() == "Đúng giờ"
    podium.wait(300 + 4 * 60)
    assert podium.window.timer.delta.text() == "Chậm 4 phút"
    assert podium.window.timer.projected.text() == "Dự kiến hết phiên 08:42 (kế hoạch 08:38)"
    podium.press(qtbot, Qt.Key.Key_Space)
    podium.wait(10)
    podium.press(qtbot, Qt.Key.Key_Space)  # the vote took 10 s of its 3 min
    assert podium.window.timer.delta.text() == "Chậm 1 phút"


def test_skip_asks_first_and_cancel_keeps_the_item(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_Space)
    seen = []

    def cancel(dialog):
        seen.append(dialog.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button is Cancel

    when_modal(cancel)
    podium.press(qtbot, Qt.Key.Key_S)
    assert "Bỏ qua “Chào cờ”" in seen[0]
    assert podium.window.current.title.text() == "Chào cờ"
    assert podium.session.state.statuses()["chao-co"] == "current"

    def accept(dialog):
        next(b for b in dialog.buttons() if b.text() == "Bỏ qua mục").click()

    when_modal(accept)
    podium.press(qtbot, Qt.Key.Key_S)
    assert podium.window.current.title.text() == "Thông qua chương trình Đại hội"
    assert podium.session.state.statuses()["chao-co"] == "skipped"
    assert podium.window.agenda.row("chao-co").text(2) == "đã bỏ qua"


def test_enter_on_an_agenda_item_asks_then_goes_there(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_Space)
    agenda = podium.window.agenda
    agenda.setFocus()
    agenda.setCurrentItem(agenda.row("bau-bch"))

    def accept(dialog):
        assert "“Bầu Ban Chấp hành”" in dialog.text()
        next(b for b in dialog.buttons() if b.text() == "Chuyển đến").click()

    when_modal(accept)
    qtbot.keyClick(agenda, Qt.Key.Key_Return)
    assert podium.window.current.title.text() == "Bầu Ban Chấp hành"
    assert podium.session.state.logs.moves[-1].item_id == "bau-bch"


def test_ctrl_z_undoes_the_last_move(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_Space)
    podium.press(qtbot, Qt.Key.Key_Space)
    podium.press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert podium.window.current.title.text() == "Chào cờ"
    assert podium.window.status_line.text() == "Đã hoàn tác lần chuyển mục vừa rồi."
    podium.press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert podium.window.status_line.text().startswith("Không thực hiện được: không có gì để hoàn tác")


def test_finish_asks_first(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_Space)
    when_modal(lambda dialog: next(b for b in dialog.buttons() if b.text() == "Kết thúc").click())
    podium.window.commands["finish"].trigger()
    assert podium.session.state.finished
    assert podium.window.timer.caption.text() == "Kết thúc lúc 07:30"
    assert podium.window.current.title.text() == "Hết chương trình"


def test_ctrl_plus_and_minus_change_the_script_size_and_remember_it(make_podium, qtbot):
    podium = make_podium()
    current = podium.window.current
    before = current.script_size()
    assert before == 24
    podium.press(qtbot, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert current.script_size() == 28
    assert podium.controller.prefs.script_size == 28
    assert podium.window.status_line.text() == "Cỡ chữ lời dẫn 28 pt"
    podium.press(qtbot, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    podium.press(qtbot, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert current.script_size() == 22
    podium.press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # a theme switch keeps the size
    assert current.script_size() == 22


def test_dark_theme_is_a_remembered_setting(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert podium.controller.prefs.theme == "dark"
    assert podium.window.commands["dark"].isChecked()
    assert "background: #000000" in qtbot_app_style()


def qtbot_app_style() -> str:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().styleSheet()


def test_english_mode_shows_english(make_podium, qtbot):
    podium = make_podium(lang="en")
    assert podium.window.banner.text() == "REHEARSAL"
    assert podium.window.timer.caption.text() == "Not started"
    podium.press(qtbot, Qt.Key.Key_Space)
    assert podium.window.current.caption.text().startswith("Item 1 of 3")
    assert podium.window.timer.caption.text() == "Remaining"
    podium.press(qtbot, Qt.Key.Key_PageUp)
    assert podium.window.status_line.text() == "Not done: “Chào cờ” is the first item: there is nothing to go back to"


def test_live_mode_banner(make_podium):
    podium = make_podium(mode="live")
    assert podium.window.banner.text() == "CHÍNH THỨC"
    assert podium.window.banner.property("mode") == "live"


def test_the_window_remembers_its_size(make_podium, qtbot):
    podium = make_podium()
    assert (podium.window.width(), podium.window.height()) == (1366, 768)  # the first time
    podium.window.resize(1024, 700)  # (the offscreen test screen is 800 × 800)
    podium.window.close()
    podium.session.close()  # as the program does when its window closes: the next one may write
    again = make_podium()
    assert (again.window.width(), again.window.height()) == (1024, 700)


def test_the_timer_says_spoken_only_where_someone_speaks(make_podium, qtbot):
    podium = make_podium(lang="en")
    podium.press(qtbot, Qt.Key.Key_Space)  # a ceremony: nobody is speaking
    timer = podium.window.timer
    assert timer.budget.text() == "Planned 5:00 · elapsed 0:00"
    assert [
        timer.budget_text(kind).split(" · ")[1]
        for kind in ("report", "speech", "discussion", "vote", "election", "break")
    ] == ["spoken {elapsed}"] * 3 + ["elapsed {elapsed}"] * 3


def test_one_word_for_rehearsal_everywhere():
    """'tổng duyệt' in the banner, the documents and the CLI alike; never a second word for it."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    files = [
        *root.glob("presidium/**/*.py"),
        *root.glob("resources/**/*.ts"),
        *root.glob("resources/**/*.toml"),
        *root.glob("docs/*.md"),
        root / "README.md",
    ]
    using = [str(path.relative_to(root)) for path in files if "diễn tập" in path.read_text(encoding="utf-8").lower()]
    assert using == []
