"""The podium on small screens: the real window resized to 1024×640 (its minimum), 1280×720 and
1366×768, with the bundled sample congress, and what the chair then sees checked with QFontMetrics:
buttons with their labels whole or icons alone with label and key in the tooltip, every candidate's
name whole in the standings, the agenda's time columns whole and the rest of the width to the titles,
the timer face and the titles within their widths."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QToolButton

from presidium.app.samples import sample_path
from presidium.ui.agenda import FULL, SHORT
from support.podium import settle

SIZES = [(1024, 640), (1280, 720), (1366, 768)]


def advance(widget, text: str) -> int:
    return QFontMetrics(widget.font()).horizontalAdvance(text)


def sized(podium, qtbot, width: int, height: int) -> None:
    podium.window.resize(width, height)
    podium.controller.refresh()
    qtbot.waitUntil(lambda: podium.window.size().width() == width and podium.window.size().height() == height)
    settle(qtbot, podium.window)  # a face or a table refits after its resize
    podium.controller.refresh()


def running_sample(make_podium, lang: str = "vi"):
    podium = make_podium(program=sample_path(lang))
    podium.session.start()
    podium.session.set_attendance(148)
    for spend in (330, 290, 610):
        podium.clock.advance(spend)
        podium.session.next()
    podium.wait(200)
    return podium


def seventeen_candidates(make_podium):
    """The sample's 15-seat election counted: 14 elected, two tied for the last seat, one behind."""
    podium = make_podium(program=sample_path("vi"))
    session = podium.session
    session.start()
    session.set_attendance(148)
    election = next(i for i in session.program.items if i.election is not None and len(i.election.candidates) > 15)
    session.goto(election.id)
    names = session.state.candidates(election.id)
    counted = {name: 140 - 2 * i for i, name in enumerate(names[:14])}
    counted.update({names[14]: 100, names[15]: 100, names[16]: 20})
    session.record_ballot(148, 148, 2, counted)
    podium.controller.refresh()
    return podium, names


def check_buttons(window) -> None:
    row = window.button_row
    buttons = list(window.buttons.values())
    assert row.labelled == (row.labelled_width(tight=True) <= row.width()), "decided by the width the row has"
    right = 0
    for button in buttons:
        geometry = button.geometry()
        assert geometry.left() >= right and geometry.right() < row.width(), "buttons overlap or leave the row"
        right = geometry.right() + 1
        action = button.defaultAction()
        if row.labelled:
            assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            assert button.width() >= button.sizeHint().width(), f"{button.text()!r} is cut short"
            assert advance(button, button.text()) + button.iconSize().width() < button.width()
        else:
            assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
            assert button.width() >= button.sizeHint().width()
            words = action.text().rstrip("…")
            assert button.toolTip().startswith(words), button.toolTip()
            keys = [k.toString() for k in action.shortcuts()]
            assert all(key in button.toolTip() for key in keys), button.toolTip()


@pytest.mark.parametrize("width,height", SIZES)
def test_buttons_show_whole_labels_or_icons_with_a_tooltip(make_podium, qtbot, width, height):
    podium = running_sample(make_podium)
    sized(podium, qtbot, width, height)
    window = podium.window
    assert window.width() == width and window.minimumSizeHint().width() <= 1024
    check_buttons(window)
    if width >= 1280:
        assert window.button_row.labelled, "labels fit beside the icons from 1280 pixels up"


def test_the_buttons_follow_the_window_and_their_labels(make_podium, qtbot):
    podium = make_podium(program=sample_path("vi"))
    window = podium.window
    row = window.button_row
    sized(podium, qtbot, 1920, 1080)
    assert row.labelled and not row.tight
    check_buttons(window)
    sized(podium, qtbot, 1024, 640)
    assert not row.labelled
    check_buttons(window)
    assert window.buttons["next"].toolTip() == "Bắt đầu (Space, Right, PgDown)"
    assert window.buttons["cards"].toolTip() == "Thẻ tình huống (C, F2)"
    assert window.buttons["finish"].toolTip() == "Kết thúc"
    podium.press(qtbot, Qt.Key.Key_Space)
    assert window.buttons["next"].toolTip() == "Tiếp theo (Space, Right, PgDown)"
    sized(podium, qtbot, 1280, 720)
    assert row.labelled
    check_buttons(window)
    podium.press(qtbot, Qt.Key.Key_P)  # "Tạm dừng" becomes "Tiếp tục": measured again
    assert window.buttons["pause"].text() == "Tiếp tục"
    check_buttons(window)


@pytest.mark.parametrize("width,height", SIZES)
def test_english_buttons(make_podium, qtbot, width, height):
    podium = running_sample(make_podium, "en")
    sized(podium, qtbot, width, height)
    check_buttons(podium.window)


@pytest.mark.parametrize("width,height", SIZES)
def test_every_candidate_name_shows_whole_in_the_standings(make_podium, qtbot, width, height):
    podium, names = seventeen_candidates(make_podium)
    sized(podium, qtbot, width, height)
    board = podium.window.current.board
    assert board.isVisible() and len(board.table_rows()) == 17
    assert sorted(row[1] for row in board.table_rows()) == sorted(names)
    for cells in board._cells:
        name = cells[1]
        assert name.text() == name.full_text(), f"{name.full_text()!r} is cut short"
        assert advance(name, name.full_text()) <= name.contentsRect().width(), name.full_text()
        for cell in (cells[0], cells[2], cells[4]):  # rank, votes and mark whole too
            assert advance(cell, cell.text()) <= cell.contentsRect().width()
    bar = board.area.verticalScrollBar()
    if board.columns() == 1:  # one column: it scrolls, and the announcement keeps some room
        assert bar.maximum() > 0
        script = podium.window.current.script
        assert script.height() >= script.fontMetrics().height()
        bar.setValue(bar.maximum())  # the last candidate can be scrolled into view
        last = board._cells[-1][1]
        bottom = last.mapTo(board.area.viewport(), last.rect().bottomLeft()).y()
        assert bottom <= board.area.viewport().height()
    else:
        assert bar.maximum() == 0, "two columns show every candidate without scrolling"
    if width >= 1280:
        assert board.columns() == 2
    if width == 1024:
        assert board.columns() == 1, "two columns would cut the names at the minimum window"


def test_the_standings_go_back_to_two_columns_when_the_window_widens(make_podium, qtbot):
    podium, _ = seventeen_candidates(make_podium)
    board = podium.window.current.board
    sized(podium, qtbot, 1024, 640)
    assert board.columns() == 1
    sized(podium, qtbot, 1366, 768)
    assert board.columns() == 2 and len(board.table_rows()) == 17
    assert all(cells[1].text() == cells[1].full_text() for cells in board._cells)


@pytest.mark.parametrize("width,height", SIZES)
def test_the_agenda_gives_its_titles_the_room(make_podium, qtbot, width, height):
    podium = running_sample(make_podium)
    sized(podium, qtbot, width, height)
    agenda = podium.window.agenda
    scroll = agenda.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, agenda)
    room = agenda.width() - 2 * agenda.frameWidth() - scroll
    # the long titles of the sample are cut at any of these widths: the times give up their clock times
    assert agenda.mode == SHORT
    assert agenda.columnWidth(0) >= room - agenda.columnWidth(1) - agenda.columnWidth(2)
    bold = QFont(agenda.font())
    bold.setBold(True)
    for item_id in podium.session.state.order:
        row = agenda.row(item_id)
        for column in (1, 2):  # durations whole, in bold (the current row) too
            assert QFontMetrics(bold).horizontalAdvance(row.text(column)) < agenda.columnWidth(column)
            assert row.toolTip(column).endswith(row.text(column)) or row.text(column) == ""
    if width >= 1366:  # the complaint: "Bầu Đoàn Thư ký Đ…" at 1366
        row = agenda.row("tb-bau-doan-thu-ky")
        assert row.text(0) == "Bầu Đoàn Thư ký Đại hội"
        rect = agenda.visualItemRect(row)
        icon = agenda.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, agenda)
        text_room = agenda.columnWidth(0) - (rect.left() - agenda.columnViewportPosition(0)) - icon - 8
        assert advance(agenda, row.text(0)) <= text_room


def test_the_agenda_shows_clock_times_where_the_titles_fit(make_podium, qtbot):
    podium = make_podium()  # the short titles of the minimal program
    podium.press(qtbot, Qt.Key.Key_Space)
    podium.wait(30)
    podium.press(qtbot, Qt.Key.Key_Space)
    sized(podium, qtbot, 1920, 1080)
    agenda = podium.window.agenda
    assert agenda.mode == FULL
    assert agenda.row("chao-co").text(2) == "07:30 · 0:30"
    sized(podium, qtbot, 1024, 640)
    assert agenda.mode != FULL
    assert agenda.row("chao-co").text(2) == "0:30" and agenda.row("chao-co").toolTip(2) == "07:30 · 0:30"
    sized(podium, qtbot, 1920, 1080)
    assert agenda.row("chao-co").text(2) == "07:30 · 0:30"


@pytest.mark.parametrize("width,height", SIZES)
def test_faces_and_titles_hold_within_their_width(make_podium, qtbot, width, height):
    podium, _ = seventeen_candidates(make_podium)  # an hour-long election: the face reads 1:00:00
    sized(podium, qtbot, width, height)
    window = podium.window
    face = window.timer.face
    assert face.text() == "1:00:00"
    assert advance(face, face.text()) <= face.contentsRect().width()
    short = window.current.short_title
    assert short.isVisible()
    if width >= 1280:
        assert not short.elided(), short.text()
        assert not window.congress.elided(), window.congress.text()
    else:
        assert short.full_text().startswith(short.text().rstrip("…"))
        assert short.toolTip() == short.full_text()
    verdict = window.current.board.verdict
    for line in verdict.text().split("\n"):
        assert advance(verdict, line) <= verdict.contentsRect().width()


def test_a_long_refusal_wraps_instead_of_widening_the_window(make_podium, qtbot):
    podium = make_podium(program=sample_path("vi"))
    sized(podium, qtbot, 1024, 640)
    window = podium.window
    window.say("Không thực hiện được: " + "mục này đang có kết quả biểu quyết chưa công bố, " * 4, refusal=True)
    settle(qtbot, window)
    assert window.width() == 1024 and window.minimumSizeHint().width() <= 1024
    assert window.status_line.width() <= window.width()


def test_icon_only_buttons_are_tool_buttons_without_focus(make_podium, qtbot):
    podium = make_podium(program=sample_path("vi"))
    sized(podium, qtbot, 1024, 640)
    for button in podium.window.buttons.values():
        assert isinstance(button, QToolButton)
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus  # Space must always mean "next"


@pytest.mark.parametrize("width, height", [(1024, 640), (1366, 768)])
def test_the_status_bar_stays_a_line_or_two_whatever_it_says(make_podium, qtbot, width, height):
    podium = make_podium(program=sample_path("vi"))
    sized(podium, qtbot, width, height)
    window = podium.window
    for text in (
        "Lời nhắn sân khấu: Xin mời đồng chí kết thúc phát biểu",
        "Không thực hiện được: " + "mục này đang có kết quả biểu quyết chưa công bố, " * 4,
    ):
        window.say(text, refusal=text.startswith("Không"))
        settle(qtbot, window)
        lines = window.statusBar().height() / window.status_line.fontMetrics().lineSpacing()
        assert lines <= 3, f"status bar {window.statusBar().height()} px high for: {text[:40]}"
        assert window.current.height() > height / 3  # the script keeps the room
