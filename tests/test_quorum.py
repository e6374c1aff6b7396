"""The quorum, checked before every vote and ballot: the panel says whether the congress has it; below
it the result is refused unless the presidium confirms, and that confirmation is journaled."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from presidium.app.session import CongressSession
from presidium.core.clock import FakeClock
from presidium.core.decisions import quorum
from presidium.core.events import InvalidAction
from presidium.core.loader import load_program_text
from test_ui_support import make_podium, when_modal  # noqa: F401  (fixture)
from test_ui_vote import to_item, type_into

MINIMAL = (Path(__file__).parent / "programs" / "minimal.toml").read_text(encoding="utf-8")
# 45 convened; the congress sits with at least two thirds of them (30)
WITH_QUORUM = MINIMAL.replace("delegates_convened = 9", 'delegates_convened = 45\nquorum = "quorum"').replace(
    "[[session]]", '[rules.quorum]\nfraction = "2/3"\nbase = "convened"\nstrict = false\n\n[[session]]', 1)


@pytest.fixture
def program_file(tmp_path):
    path = tmp_path / "quorum.toml"
    path.write_text(WITH_QUORUM, encoding="utf-8")
    return path


def test_the_quorum_is_computed_from_the_rule_and_the_attendance_in_force(program_file, tmp_path):
    program = load_program_text(WITH_QUORUM)
    session = CongressSession.open(program, tmp_path / "j.db", clock=FakeClock(program.sessions[0].starts_at.timestamp()))
    session.start()
    assert quorum(program, session.state.attendance).met  # nobody reported absent yet
    session.set_attendance(29)
    found = quorum(program, session.state.attendance)
    assert (found.present, found.convened, found.needed, found.met) == (29, 45, 30, False)
    session.next()
    before = len(session.events())
    with pytest.raises(InvalidAction) as refused:
        session.record_vote(15, 0, 0)
    assert refused.value.message("vi").startswith("Đại hội không đủ số đại biểu theo quy chế: có mặt 29/45, cần ít nhất 30")
    assert len(session.events()) == before
    session.record_vote(15, 0, 0, quorum_confirmed=True)
    assert session.events()[-1].payload["quorum_confirmed"] is True
    session.set_attendance(30)
    session.record_vote(16, 0, 0)  # with the quorum no confirmation is asked
    assert "quorum_confirmed" not in session.events()[-1].payload
    session.close()


def test_below_the_quorum_the_panel_says_so_in_red_and_asks_the_chair_to_confirm(make_podium, qtbot, program_file,
                                                                                 tmp_path):
    podium = make_podium(program=program_file)
    to_item(podium, qtbot, 2)
    podium.session.set_attendance(29)
    seen = []

    def vote(panel):
        seen.append((panel.quorum_line.text(), panel.quorum_line.objectName(), panel.confirm_quorum.isVisible()))
        type_into(qtbot, panel.for_, "15")
        qtbot.keyClick(panel.for_, Qt.Key.Key_Return)
        seen.append((panel.isVisible(), panel.refusal.text()))
        panel.grab().save(str(tmp_path / "quorum.png"))
        panel.grab().save("/tmp/figs/quorum-panel.png")
        panel.confirm_quorum.setChecked(True)
        qtbot.keyClick(panel.for_, Qt.Key.Key_Return)

    when_modal(vote)
    podium.press(qtbot, Qt.Key.Key_V)
    assert seen[0] == ("KHÔNG ĐỦ SỐ ĐẠI BIỂU: có mặt 29/45, cần ít nhất 30", "quorumLacking", True)
    assert seen[1][0] and "Đại hội không đủ số đại biểu theo quy chế" in seen[1][1]
    assert podium.session.events()[-1].payload == {"for": 15, "against": 0, "abstain": 0, "quorum_confirmed": True}


def test_with_the_quorum_the_panel_says_so_and_asks_nothing(make_podium, qtbot, program_file):
    podium = make_podium(program=program_file)
    to_item(podium, qtbot, 2)
    podium.session.set_attendance(40)
    seen = []

    def vote(panel):
        seen.append((panel.quorum_line.text(), panel.quorum_line.objectName(), panel.confirm_quorum.isVisible()))
        panel.reject()

    when_modal(vote)
    podium.press(qtbot, Qt.Key.Key_V)
    assert seen == [("Đủ số đại biểu: có mặt 40/45, cần ít nhất 30", "quorumMet", False)]
