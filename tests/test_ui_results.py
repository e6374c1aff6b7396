"""A result at a glance: the verdict line coloured by outcome, the ranked standings of a count with
their marks, the legal base and threshold above the announcement; the verdict on the stage display.
Driven through the real window with keys (V, digits, Enter)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from support.podium import count, nominate, settle, to_item, type_into, when_modal


def board(podium):
    return podium.window.current.board


def colour_of(widget) -> str:
    return widget.styleSheet()


def show_of_hands(podium, qtbot, for_: str, against: str, abstain: str) -> None:
    def vote(panel):
        type_into(qtbot, panel.for_, for_)
        type_into(qtbot, panel.against, against)
        type_into(qtbot, panel.abstain, abstain)
        qtbot.keyClick(panel.for_, Qt.Key.Key_Return)

    when_modal(vote)
    podium.press(qtbot, Qt.Key.Key_V)


def test_a_tie_shows_the_status_line_the_ranked_table_and_the_next_round(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_F5)
    to_item(podium, qtbot, 3)
    nominate(podium, qtbot, "Phạm Văn Dũng", "6")
    count(podium, qtbot, "9", "9", "0", ["8", "7", "6", "6"])
    theme = podium.controller.theme
    shown = board(podium)
    assert shown.isVisible() and shown.area.isVisible()
    assert shown.verdict_text() == "SỐ PHIẾU BẰNG NHAU Ở VỊ TRÍ CUỐI — BẦU LẦN 2: 1 trong 2 đồng chí"
    assert f"background: {theme.warn}" in colour_of(shown.verdict)
    assert shown.table_rows() == [
        ("1.", "Nguyễn Văn An", "8", "88,9%", "✓"),
        ("2.", "Trần Thị Bình", "7", "77,8%", "✓"),
        ("3.", "Lê Văn Cường", "6", "66,7%", "="),
        ("4.", "Phạm Văn Dũng", "6", "66,7%", "="),
    ]
    assert shown.base.text() == "Cơ sở: 9 đại biểu được triệu tập · cần ít nhất 5 phiếu"
    # the announcement to read stays below, whole
    assert podium.window.current.script_text().startswith("Kết quả bầu cử Ban Chấp hành (lần 1)")
    stage = podium.controller.stage
    assert stage.result.full_text() == shown.verdict_text()
    assert theme.warn in stage.result.styleSheet()

    count(podium, qtbot, "9", "9", "0", ["6", "3"])  # the further round between the two
    assert shown.verdict_text() == "ĐÃ BẦU ĐỦ 1/1"
    assert f"background: {theme.ok}" in colour_of(shown.verdict)
    assert shown.table_rows() == [("1.", "Lê Văn Cường", "6", "66,7%", "✓"), ("2.", "Phạm Văn Dũng", "3", "33,3%", "–")]


def test_a_complete_election_marks_everyone_elected(make_podium, qtbot):
    podium = make_podium()
    to_item(podium, qtbot, 3)
    count(podium, qtbot, "9", "9", "1", ["6", "8", "7"])
    shown = board(podium)
    assert shown.verdict_text() == "ĐÃ BẦU ĐỦ 3/3"
    assert f"background: {podium.controller.theme.ok}" in colour_of(shown.verdict)
    assert [row[1:] for row in shown.table_rows()] == [
        ("Trần Thị Bình", "8", "88,9%", "✓"),
        ("Lê Văn Cường", "7", "77,8%", "✓"),
        ("Nguyễn Văn An", "6", "66,7%", "✓"),
    ]
    assert shown.base.text() == "Cơ sở: 9 đại biểu được triệu tập · cần ít nhất 5 phiếu"

    podium.press(qtbot, Qt.Key.Key_R)  # R: back to the script, and the result again
    assert not shown.isVisible()
    assert podium.window.current.title.isVisible()
    podium.press(qtbot, Qt.Key.Key_R)
    assert shown.isVisible() and shown.verdict_text() == "ĐÃ BẦU ĐỦ 3/3"


def test_seats_left_unfilled_say_how_many_and_the_next_round(make_podium, qtbot):
    podium = make_podium()
    to_item(podium, qtbot, 3)
    count(podium, qtbot, "9", "9", "0", ["8", "4", "3"])
    shown = board(podium)
    assert shown.verdict_text() == "CÒN THIẾU 2 — BẦU LẦN 2: 2 trong 2 đồng chí"
    assert [row[4] for row in shown.table_rows()] == ["✓", "–", "–"]


def test_a_void_count_says_so_in_the_danger_colour_without_a_table(make_podium, qtbot):
    podium = make_podium()
    to_item(podium, qtbot, 3)
    count(podium, qtbot, "9", "10", "0", ["8", "8", "8"])
    shown = board(podium)
    assert shown.verdict_text() == "KẾT QUẢ KHÔNG CÓ GIÁ TRỊ — BẦU LẠI"
    assert f"background: {podium.controller.theme.over}" in colour_of(shown.verdict)
    assert not shown.area.isVisible() and shown.table_rows() == []
    assert not shown.base.isVisible()


def test_a_failed_show_of_hands_has_its_verdict_here_and_on_the_stage(make_podium, qtbot):
    podium = make_podium()
    to_item(podium, qtbot, 2)
    podium.press(qtbot, Qt.Key.Key_F5)
    show_of_hands(podium, qtbot, "4", "3", "2")
    shown = board(podium)
    theme = podium.controller.theme
    assert shown.verdict_text() == "KHÔNG THÔNG QUA — 4/9 tán thành, 44,4%"
    assert f"background: {theme.over}" in colour_of(shown.verdict)
    assert not shown.area.isVisible()
    assert shown.base.text() == "Cơ sở: 9 đại biểu được triệu tập · cần ít nhất 5 đồng chí tán thành"
    assert podium.window.current.script_text().endswith("Như vậy, Đại hội chưa thông qua chương trình Đại hội.")
    stage = podium.controller.stage
    assert stage.result.full_text() == "KHÔNG THÔNG QUA — 4/9 tán thành, 44,4%"
    assert theme.over in stage.result.styleSheet() and not stage.face.isVisible()


def test_a_passed_show_of_hands_in_english(make_podium, qtbot):
    podium = make_podium(lang="en")
    to_item(podium, qtbot, 2)
    show_of_hands(podium, qtbot, "8", "1", "0")
    shown = board(podium)
    assert shown.verdict_text() == "APPROVED — 8/9 in favour, 88.9%"
    assert shown.base.text() == "Base: 9 delegates convened · at least 5 in favour needed"


def test_seventeen_candidates_fit_the_podium_at_1366_by_768(make_podium, qtbot):
    """The sample's 15-seat election: every name whole, the verdict and some announcement in view."""
    from presidium.app.samples import sample_path

    podium = make_podium(program=sample_path("vi"))
    podium.window.resize(1366, 768)
    session = podium.session
    session.start()
    session.set_attendance(148)
    election = next(i for i in session.program.items if i.election is not None and len(i.election.candidates) > 15)
    session.goto(election.id)
    names = session.state.candidates(election.id)
    counted = {name: 140 - 2 * i for i, name in enumerate(names[:14])}
    counted.update({names[14]: 100, names[15]: 100, names[16]: 20})
    session.record_ballot(148, 148, 2, counted)
    settle(qtbot, podium.window)  # the standings laid out
    shown = board(podium)
    assert shown.verdict_text().startswith("SỐ PHIẾU BẰNG NHAU Ở VỊ TRÍ CUỐI — BẦU LẦN 2")
    assert len(shown.table_rows()) == 17
    assert shown.row_points >= 13
    for cells in shown._cells:
        assert cells[1].text() == cells[1].full_text(), "a name is cut short"
        assert cells[1].isVisible()
    area = shown.area
    assert area.verticalScrollBar().maximum() == 0, "the standings scroll"
    script = podium.window.current.script
    assert script.height() >= 2 * script.fontMetrics().height()
