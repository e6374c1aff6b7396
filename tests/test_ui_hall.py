"""The podium's lasting line on the hall, in the status area: hidden until attendance is reported, then
present of convened and whether the congress has its quorum, in the danger colour below it; whole at the
screen sizes the podium runs on, however long the status line's message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from presidium.app.samples import sample_path
from presidium.core.decisions import quorum
from presidium.ui.theme import theme
from support.podium import settle, to_item, when_modal

MINIMAL = (Path(__file__).parent / "programs" / "minimal.toml").read_text(encoding="utf-8")
# 45 convened; the congress sits with at least two thirds of them (30)
WITH_QUORUM = MINIMAL.replace("delegates_convened = 9", 'delegates_convened = 45\nquorum = "quorum"').replace(
    "[[session]]", '[rules.quorum]\nfraction = "2/3"\nbase = "convened"\nstrict = false\n\n[[session]]', 1
)


@pytest.fixture
def program_file(tmp_path):
    path = tmp_path / "quorum.toml"
    path.write_text(WITH_QUORUM, encoding="utf-8")
    return path


def report(podium, qtbot, present: str) -> None:
    """A: the chair types the number present and presses Enter."""

    def fill(dialog):
        dialog.present.selectAll()
        qtbot.keyClicks(dialog.present, present)
        qtbot.keyClick(dialog.present, Qt.Key.Key_Return)

    when_modal(fill)
    podium.press(qtbot, Qt.Key.Key_A)


@pytest.mark.parametrize(
    ("lang", "lacking", "met"),
    [
        ("vi", "Có mặt 29/45 · chưa đủ số đại biểu (cần 30)", "Có mặt 40/45 · đủ số đại biểu"),
        ("en", "Present 29/45 · no quorum (30 needed)", "Present 40/45 · quorum met"),
    ],
)
def test_the_hall_line_appears_with_the_first_report_and_follows_the_quorum(
    make_podium, qtbot, program_file, lang, lacking, met
):
    podium = make_podium(lang=lang, program=program_file)
    to_item(podium, qtbot, 1)
    hall = podium.window.hall
    assert not hall.isVisible()  # nothing reported yet: nothing to say
    report(podium, qtbot, "29")
    danger = theme("light").over
    assert (hall.isVisible(), hall.text(), hall.objectName()) == (True, lacking, "quorumLacking")
    assert f"color: {danger}" in hall.styleSheet() and "bold" in hall.styleSheet()
    report(podium, qtbot, "40")
    assert (hall.isVisible(), hall.text(), hall.objectName()) == (True, met, "quorumMet")
    assert danger not in hall.styleSheet()
    podium.press(qtbot, Qt.Key.Key_Space)  # moving on keeps it: it is lasting, not a passing message
    assert hall.text() == met and hall.isVisible()


def test_without_a_quorum_rule_the_line_gives_present_of_convened(make_podium, qtbot):
    podium = make_podium()  # minimal.toml: 9 convened, no quorum rule
    to_item(podium, qtbot, 1)
    report(podium, qtbot, "7")
    assert podium.window.hall.text() == "Có mặt 7/9"
    assert podium.window.hall.toolTip() == "Chương trình không quy định số đại biểu tối thiểu phải có mặt"


@pytest.mark.parametrize(("lang", "width", "height"), [("vi", 1024, 640), ("vi", 1366, 768), ("en", 1366, 768)])
def test_the_hall_line_shows_whole_beside_a_long_refusal_without_crowding_the_script(
    make_podium, qtbot, lang, width, height
):
    podium = make_podium(lang=lang, program=sample_path(lang))
    podium.session.start()
    podium.session.set_attendance(quorum(podium.session.program, None).needed - 1)  # the longer, lacking line
    podium.window.resize(width, height)
    podium.controller.refresh()
    qtbot.waitUntil(lambda: podium.window.size().width() == width)
    window = podium.window
    window.say("Không thực hiện được: " + "mục này đang có kết quả biểu quyết chưa công bố, " * 4, refusal=True)
    settle(qtbot, window)
    hall = window.hall
    assert hall.isVisible() and hall.objectName() == "quorumLacking"
    lines = hall.text().split("\n")
    assert len(lines) == (2 if width < 1280 else 1)  # figures over verdict where the window is narrow
    assert hall.width() >= max(QFontMetrics(hall.font()).horizontalAdvance(line) for line in lines)  # never cut
    assert window.width() == width  # the window does not widen for it
    assert window.statusBar().height() / window.status_line.fontMetrics().lineSpacing() <= 3
    assert window.current.height() > height / 3  # the script keeps its room


@pytest.mark.parametrize(
    ("lang", "present", "panel"),
    [
        ("vi", "29", "Có mặt 29/45 · chưa đủ số đại biểu (cần 30)"),
        ("vi", "40", "Có mặt 40/45 · đủ số đại biểu (cần ít nhất 30)"),
        ("en", "29", "Present 29/45 · no quorum (30 needed)"),
        ("en", "40", "Present 40/45 · quorum met (at least 30 needed)"),
    ],
)
def test_the_vote_panel_says_the_quorum_in_the_hall_lines_words(make_podium, qtbot, program_file, lang, present, panel):
    podium = make_podium(lang=lang, program=program_file)
    to_item(podium, qtbot, 2)  # a vote
    report(podium, qtbot, present)
    seen = []

    def look(dialog):
        seen.append((dialog.quorum_line.text(), dialog.quorum_line.objectName()))
        dialog.reject()

    when_modal(look)
    podium.press(qtbot, Qt.Key.Key_V)
    hall = podium.window.hall
    assert seen == [(panel, hall.objectName())]
    assert panel.startswith(hall.text())  # the same figures and verdict; the panel adds the number needed
