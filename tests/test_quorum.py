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
from support.podium import to_item, type_into, when_modal

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


def test_the_quorum_is_computed_from_the_rule_and_the_attendance_in_force(program_file, tmp_path):
    program = load_program_text(WITH_QUORUM)
    session = CongressSession.open(
        program, tmp_path / "j.db", clock=FakeClock(program.sessions[0].starts_at.timestamp())
    )
    session.start()
    assert quorum(program, session.state.attendance).met  # nobody reported absent yet
    session.set_attendance(29)
    found = quorum(program, session.state.attendance)
    assert (found.present, found.convened, found.needed, found.met) == (29, 45, 30, False)
    session.next()
    before = len(session.events())
    with pytest.raises(InvalidAction) as refused:
        session.record_vote(15, 0, 0)
    assert refused.value.message("vi").startswith(
        "Đại hội không đủ số đại biểu theo quy chế: có mặt 29/45, cần ít nhất 30"
    )
    assert len(session.events()) == before
    session.record_vote(15, 0, 0, quorum_confirmed=True)
    assert session.events()[-1].payload["quorum_confirmed"] is True
    from presidium.core.minutes import vote_line

    assert vote_line(program.items[1], session.state.votes[-1]).text.endswith(
        "(Biểu quyết khi Đại hội không đủ số đại biểu theo quy chế; Đoàn Chủ tịch đã xác nhận tiến hành.)"
    )
    session.set_attendance(30)
    session.record_vote(16, 0, 0)  # with the quorum no confirmation is asked
    assert "quorum_confirmed" not in session.events()[-1].payload
    session.close()


def test_below_the_quorum_the_panel_says_so_in_red_and_asks_the_chair_to_confirm(
    make_podium, qtbot, program_file, tmp_path
):
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
        panel.confirm_quorum.setChecked(True)
        qtbot.keyClick(panel.for_, Qt.Key.Key_Return)

    when_modal(vote)
    podium.press(qtbot, Qt.Key.Key_V)
    assert seen[0] == ("Có mặt 29/45 · chưa đủ số đại biểu (cần 30)", "quorumLacking", True)
    assert seen[1][0] and "Đại hội không đủ số đại biểu theo quy chế" in seen[1][1]
    assert podium.session.events()[-1].payload == {"for": 15, "against": 0, "abstain": 0, "quorum_confirmed": True}


def test_arriving_at_a_vote_the_status_line_says_whether_the_congress_has_its_quorum(make_podium, qtbot, program_file):
    podium = make_podium(program=program_file)
    to_item(podium, qtbot, 1)
    podium.session.set_attendance(29)
    to_item(podium, qtbot, 1)  # the vote on the program
    assert podium.window.status_line.text() == "Có mặt 29/45 · chưa đủ số đại biểu (cần 30)"
    assert podium.window.status_line.property("refusal") is True


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
    assert seen == [("Có mặt 40/45 · đủ số đại biểu (cần ít nhất 30)", "quorumMet", False)]


def test_the_attendance_dialog_records_excused_absences_alternates_and_a_correction(make_podium, qtbot, tmp_path):
    from docx import Document

    from presidium.core.minutes import build_minutes
    from presidium.infra.export_minutes import write_minutes

    podium = make_podium()  # minimal.toml: 9 convened
    to_item(podium, qtbot, 1)

    def fill(dialog):
        assert dialog.absent.text() == "0" and not dialog.correction.isEnabled()
        dialog.convened.setValue(10)
        dialog.correction.setText("bổ sung 01 đại biểu dự khuyết")
        dialog.present.setValue(7)
        assert dialog.absent.text() == "3"  # never typed: what convened and present leave
        dialog.with_reason.setValue(2)
        dialog.reason.setText("ốm, đi công tác")
        dialog.alternates.setValue(1)
        dialog.grab().save(str(tmp_path / "attendance.png"))
        qtbot.keyClick(dialog.present, Qt.Key.Key_Return)

    when_modal(fill)
    podium.press(qtbot, Qt.Key.Key_A)
    kinds = [(e.kind, e.payload) for e in podium.session.events()[-2:]]
    assert kinds == [
        ("convened", {"convened": 10, "reason": "bổ sung 01 đại biểu dự khuyết"}),
        ("present", {"present": 7, "reason": "ốm, đi công tác", "with_reason": 2, "alternates": 1}),
    ]
    out = tmp_path / "bien-ban.docx"
    write_minutes(build_minutes(podium.session.program, podium.session.state), out)
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Tổng số đại biểu được triệu tập: 10 đồng chí." in text
    assert (
        "số đại biểu được triệu tập được điều chỉnh từ 9 thành 10 đồng chí (lý do: bổ sung 01 đại biểu dự khuyết)"
        in text
    )
    assert (
        "có mặt 7 đồng chí; vắng mặt 3 đồng chí (vắng có lý do 2 đồng chí: ốm, đi công tác; vắng không có lý do "
        "1 đồng chí). Các biểu quyết"
    ) in text
    assert "Trong số đại biểu có mặt có 1 đồng chí đại biểu dự khuyết thay thế." in text


def test_section_one_of_the_minutes_says_whether_the_congress_had_its_quorum(program_file, tmp_path):
    from docx import Document

    from presidium.core.minutes import build_minutes
    from presidium.infra.export_minutes import write_minutes

    program = load_program_text(WITH_QUORUM)
    session = CongressSession.open(
        program, tmp_path / "j.db", clock=FakeClock(program.sessions[0].starts_at.timestamp())
    )
    session.start()
    session.set_attendance(43, with_reason=2, reason="ốm")
    session.set_attendance(29)
    texts = {}
    for lang in ("vi", "en"):
        out = tmp_path / f"{lang}.docx"
        write_minutes(build_minutes(program, session.state, lang=lang), out, lang)
        texts[lang] = "\n".join(p.text for p in Document(str(out)).paragraphs)
    session.close()
    assert (
        "Đại hội có đủ số đại biểu để tiến hành theo quy chế (có mặt 43/45 đồng chí, cần ít nhất 30 đồng chí)."
        in texts["vi"]
    )
    assert "Đại hội không đủ số đại biểu theo quy chế (có mặt 29/45 đồng chí, cần ít nhất 30 đồng chí)." in texts["vi"]
    assert "The meeting had its quorum (43 of 45 present, at least 30 needed)." in texts["en"]
    assert "có mặt 43 đồng chí; vắng mặt 2 đồng chí, đều có lý do (ốm)." in texts["vi"]


def test_simulate_records_below_the_quorum_only_when_the_script_confirms(tmp_path, capsys):
    from presidium.cli import main

    program = tmp_path / "p.toml"
    program.write_text(WITH_QUORUM, encoding="utf-8")
    script = tmp_path / "s.txt"
    script.write_text("0:00 start\n0:10 present 29\n5:00 next\n5:10 vote for=15\n", encoding="utf-8")
    assert main(["simulate", str(program), "--db", str(tmp_path / "a.db"), "--script", str(script)]) == 1
    assert f"{script}:4: Đại hội không đủ số đại biểu theo quy chế: có mặt 29/45" in capsys.readouterr().err
    script.write_text("0:00 start\n0:10 present 29\n5:00 next\n5:10 vote for=15 quorum=confirmed\n", encoding="utf-8")
    assert main(["simulate", str(program), "--db", str(tmp_path / "b.db"), "--script", str(script)]) == 0


def test_validate_states_the_quorum_and_refuses_one_counted_on_ballots(program_file, capsys):
    from presidium.cli import main

    assert main(["validate", str(program_file)]) == 0
    # the base in the vocabulary's words, as the announcement says it ("tổng số", not a local "số")
    assert (
        "  điều kiện tiến hành (quy tắc 'quorum'): có mặt ít nhất 2/3 tổng số đại biểu được triệu tập, tức là ít "
        "nhất 30/45 đại biểu"
    ) in capsys.readouterr().out
    program_file.write_text(
        WITH_QUORUM.replace('fraction = "2/3"\nbase = "convened"', 'fraction = "2/3"\nbase = "valid"'), encoding="utf-8"
    )
    assert main(["--lang", "en", "validate", str(program_file)]) == 1
    assert "rule 'quorum' is the quorum, so it counts delegates convened" in capsys.readouterr().err


@pytest.mark.parametrize("met", [True, False])
def test_the_election_panel_with_the_quorum_lines_still_fits_a_768_pixel_screen(qtbot, met):
    from presidium.app.samples import sample_path
    from presidium.core.decisions import round_terms
    from presidium.core.loader import load_program
    from presidium.ui.vote_panel import ElectionPanel

    program = load_program(sample_path("vi"))
    item = next(i for i in program.items if i.election and len(i.election.candidates) > 15)
    names = item.election.candidates
    line = (
        ("Present 148/152 · quorum met (at least 102 needed)", True)
        if met
        else ("Present 95/152 · no quorum (102 needed)", False)
    )
    panel = ElectionPanel(
        item,
        names,
        round_terms(item, {}, [], names),
        lambda: "148 of 152 present",
        lambda: None,
        lambda *a, **k: False,
        lambda *a, **k: False,
        counting=True,
        quorum=lambda: line,
    )
    qtbot.addWidget(panel)
    panel.show()
    assert panel.confirm_quorum.isVisible() is (not met)
    assert panel.height() <= 768 - 5  # the names scroll a little sooner instead
    # a refusal under the figures, as when a count cannot be right: the buttons stay on the screen
    panel.refuse("cannot record the result: Nguyễn Thị Lan Anh has 160 votes, more than the 146 valid ballots")
    assert panel.refusal.isVisible()
    assert panel.height() <= 768 - 5
