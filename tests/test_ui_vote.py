"""The vote panel (V): a show of hands, the candidate list of an election, the counting record; the
result replacing the script (R goes back) and shown on the stage display."""

from __future__ import annotations

from PySide6.QtCore import Qt

from support.podium import count, nominate, to_item, type_into, when_modal


def test_v_records_a_show_of_hands_and_the_result_replaces_the_script(make_podium, qtbot):
    podium = make_podium()
    to_item(podium, qtbot, 2)
    seen = []

    def vote(panel):
        seen.append((panel.windowTitle(), panel.question.text(), panel.rule.text(), panel.attendance.text()))
        type_into(qtbot, panel.for_, "8")
        type_into(qtbot, panel.against, "1")
        qtbot.keyClick(panel.for_, Qt.Key.Key_Return)

    when_modal(vote)
    podium.press(qtbot, Qt.Key.Key_V)
    title, question, rule, attendance = seen[0]
    assert (title, question) == ("Biểu quyết", "Thông qua chương trình Đại hội")
    assert rule == "Thông qua khi đạt quá 1/2 tổng số đại biểu được triệu tập"  # the vocabulary's base
    assert attendance == "Chưa báo cáo số có mặt: 9 đồng chí được triệu tập, tạm tính tất cả có mặt"
    current = podium.window.current
    assert current.result_caption.isVisible()
    assert current.result_caption.text() == "KẾT QUẢ BIỂU QUYẾT — R: trở lại lời dẫn"
    script = current.script_text()
    assert script.startswith("Có 8/9 đồng chí có mặt biểu quyết tán thành, đạt 88,9% tổng số đại biểu được triệu tập.")
    assert "Có 1 đồng chí không tán thành." in script
    assert script.endswith("Như vậy, Đại hội đã biểu quyết thông qua chương trình Đại hội.")
    assert podium.window.status_line.text() == "Đã ghi kết quả biểu quyết."
    assert podium.session.state.votes[-1].result.passed

    podium.press(qtbot, Qt.Key.Key_R)  # back to the script
    assert not current.result_caption.isVisible()
    assert "88,9%" not in current.script_text()
    podium.press(qtbot, Qt.Key.Key_R)  # and the result again
    assert "88,9%" in current.script_text()
    podium.press(qtbot, Qt.Key.Key_Space)  # moving on: the result is no longer fresh
    assert not current.result_caption.isVisible()


def test_unanimous_records_everyone_present_in_favour(make_podium, qtbot):
    podium = make_podium()
    to_item(podium, qtbot, 2)
    when_modal(lambda panel: panel.unanimous.click())
    podium.press(qtbot, Qt.Key.Key_V)
    assert podium.window.current.script_text().startswith(
        "100% đại biểu có mặt (9/9 đồng chí) biểu quyết tán thành, đạt 100% tổng số đại biểu được triệu tập."
    )
    assert (
        "Như vậy, Đại hội đã nhất trí biểu quyết thông qua chương trình Đại hội." in podium.window.current.script_text()
    )


def test_impossible_hands_are_refused_in_the_panel_and_nothing_is_recorded(make_podium, qtbot):
    podium = make_podium()
    to_item(podium, qtbot, 2)
    refusals = []

    def vote(panel):
        type_into(qtbot, panel.for_, "7")
        type_into(qtbot, panel.against, "3")
        qtbot.keyClick(panel.for_, Qt.Key.Key_Return)
        refusals.append((panel.isVisible(), panel.refusal.isVisible(), panel.refusal.text(), panel.for_.text()))
        panel.reject()

    when_modal(vote)
    podium.press(qtbot, Qt.Key.Key_V)
    still_open, shown, text, kept = refusals[0]
    assert still_open and shown and kept == "7"
    assert text == (
        "không thể ghi kết quả: tổng số biểu quyết là 10 (7 tán thành, 3 không tán thành, "
        "0 không biểu quyết), nhưng chỉ có 9 đại biểu có mặt; đề nghị kiểm đếm lại"
    )
    assert podium.session.state.votes == ()
    assert not podium.window.current.result_caption.isVisible()


def test_the_panel_updates_the_attendance_in_force(make_podium, qtbot):
    podium = make_podium()
    to_item(podium, qtbot, 2)
    lines = []

    def attendance(dialog):
        dialog.present.setValue(7)
        qtbot.keyClick(dialog.present, Qt.Key.Key_Return)

    def vote(panel):
        when_modal(attendance)
        panel.update_attendance.click()
        lines.append(panel.attendance.text())
        type_into(qtbot, panel.for_, "6")
        qtbot.keyClick(panel.for_, Qt.Key.Key_Return)

    when_modal(vote)
    podium.press(qtbot, Qt.Key.Key_V)
    assert lines == ["Hiện tại: 7/9 đồng chí có mặt (vắng 2)"]
    assert podium.session.state.attendance.present == 7
    assert podium.window.current.script_text().startswith("Có 6/7 đồng chí có mặt biểu quyết tán thành")


def test_v_on_an_item_without_a_vote_says_so(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_Space)
    podium.press(qtbot, Qt.Key.Key_V)
    assert podium.window.status_line.text() == "Không thực hiện được: mục hiện tại không có biểu quyết."


def test_a_floor_nomination_by_show_of_hands_joins_the_list(make_podium, qtbot):
    podium = make_podium()
    to_item(podium, qtbot, 3)
    nominate(podium, qtbot, "Phạm Văn Dũng", "5")
    current = podium.window.current
    assert current.result_caption.text() == "BIỂU QUYẾT VIỆC ĐỀ CỬ BỔ SUNG: PHẠM VĂN DŨNG — R: trở lại lời dẫn"
    script = current.script_text()
    assert (
        "Như vậy, Đại hội đã biểu quyết thông qua việc bổ sung đồng chí Phạm Văn Dũng vào danh sách bầu cử." in script
    )
    assert "vượt số dư cho phép" not in script  # 3 seats may have one extra name
    assert podium.session.state.candidates("bau-bch")[-1] == "Phạm Văn Dũng"
    nominate(podium, qtbot, "Hoàng Văn Em", "5")
    # a fifth name for 3 seats: the presidium is told an opinion ballot must decide
    assert podium.window.current.script_text().endswith(
        "Danh sách bầu cử nay có 5 đồng chí, vượt số dư cho phép: cần bỏ phiếu xin ý kiến để "
        "quyết định những đồng chí được giữ lại trong danh sách."
    )


def test_a_tie_at_the_last_seat_sets_up_the_next_round(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_F5)
    to_item(podium, qtbot, 3)
    nominate(podium, qtbot, "Phạm Văn Dũng", "6")
    seen = []
    count(podium, qtbot, "9", "9", "0", ["8", "7", "6", "6"], seen)
    assert seen[0] == (
        "Lần 1: bầu 3 trong số 4 đồng chí",
        ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Văn Dũng"],
    )
    current = podium.window.current
    assert current.result_caption.text() == "KẾT QUẢ KIỂM PHIẾU LẦN 1 — R: trở lại lời dẫn"
    script = current.script_text()
    assert "1. Nguyễn Văn An: 8 phiếu, đạt 88,89%" in script
    assert "Các đồng chí Lê Văn Cường, Phạm Văn Dũng có số phiếu bằng nhau cho 1 vị trí còn lại" in script
    assert (
        "ĐÃ CHUẨN BỊ LẦN BẦU TIẾP THEO: lần 2, bầu 1 trong số 2 đồng chí: Lê Văn Cường, Phạm Văn Dũng. "
        "Lý do: có các đồng chí bằng phiếu nhau ở vị trí cuối cùng."
    ) in script
    stage = podium.controller.stage
    assert stage.result.isVisible() and not stage.face.isVisible()
    assert stage.result.full_text() == "SỐ PHIẾU BẰNG NHAU Ở VỊ TRÍ CUỐI — BẦU LẦN 2: 1 trong 2 đồng chí"

    seen.clear()
    count(podium, qtbot, "9", "9", "0", ["6", "3"], seen)  # the panel counts the round it set up
    assert seen[0] == ("Lần 2 (bầu lại do bằng phiếu): bầu 1 trong số 2 đồng chí", ["Lê Văn Cường", "Phạm Văn Dũng"])
    assert "Đã bầu đủ 3 đồng chí." not in podium.window.current.script_text()  # round 2 fills its own 1 seat
    assert podium.session.state.ballots[-1].result.elected == ("Lê Văn Cường",)


def test_more_ballots_returned_than_issued_voids_the_count(make_podium, qtbot):
    podium = make_podium()
    to_item(podium, qtbot, 3)
    count(podium, qtbot, "9", "10", "0", ["8", "8", "8"])
    script = podium.window.current.script_text()
    assert "Số phiếu thu về (10) nhiều hơn số phiếu phát ra (9): kết quả kiểm phiếu lần này không có giá trị" in script
    assert (
        "ĐÃ CHUẨN BỊ LẦN BẦU TIẾP THEO: lần 2, bầu 3 trong số 3 đồng chí: Nguyễn Văn An, Trần Thị Bình, "
        "Lê Văn Cường. Lý do: kết quả kiểm phiếu không có giá trị (phiếu thu về nhiều hơn phiếu phát ra)."
    ) in script


def test_a_count_that_cannot_be_right_is_refused_in_english_too(make_podium, qtbot):
    podium = make_podium(lang="en")
    to_item(podium, qtbot, 3)
    refusals = []

    def record(panel):
        panel.tabs.setCurrentIndex(1)
        for field, value in ((panel.issued, "9"), (panel.returned, "9"), (panel.invalid, "0")):
            type_into(qtbot, field, value)
        type_into(qtbot, list(panel.votes.values())[0], "12")
        qtbot.keyClick(panel.issued, Qt.Key.Key_Return)
        refusals.append(panel.refusal.text())
        panel.reject()

    when_modal(record)
    podium.press(qtbot, Qt.Key.Key_V)
    assert refusals == ["cannot record the result: Nguyễn Văn An has 12 votes, more than the 9 valid ballots"]
    assert podium.session.state.ballots == ()


def test_the_stage_shows_a_fresh_vote_result(make_podium, qtbot):
    podium = make_podium()
    to_item(podium, qtbot, 2)
    podium.press(qtbot, Qt.Key.Key_F5)
    stage = podium.controller.stage
    assert stage.face.isVisible() and not stage.result.isVisible()
    when_modal(lambda panel: panel.unanimous.click())
    podium.press(qtbot, Qt.Key.Key_V)
    assert stage.result.full_text() == "NHẤT TRÍ THÔNG QUA — 9/9 tán thành, 100%"
    assert podium.controller.theme.ok in stage.result.styleSheet()
    assert not stage.face.isVisible()
    podium.press(qtbot, Qt.Key.Key_R)
    assert stage.face.isVisible() and not stage.result.isVisible()


def test_tab_moves_straight_from_figure_to_figure_in_the_counting_record(make_podium, qtbot):
    podium = make_podium()
    to_item(podium, qtbot, 3)
    visited = []

    def record(panel):
        try:
            panel.tabs.setCurrentIndex(1)
            panel.issued.setFocus()
            # The committee types each figure and presses Tab, never looking up from the sheet.
            for value in ("9", "9", "0", "8", "7", "6"):
                field = panel.focusWidget()
                visited.append(field)
                qtbot.keyClicks(field, value)
                qtbot.keyClick(field, Qt.Key.Key_Tab)
            qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Return)
        finally:
            if panel.isVisible():  # a failure above must not leave the modal panel open
                panel.reject()

    when_modal(record)
    podium.press(qtbot, Qt.Key.Key_V)
    assert [w.objectName() for w in visited[3:]] == ["votes_0", "votes_1", "votes_2"]
    result = podium.session.state.ballots[-1].result
    assert (result.count.issued, result.count.returned, result.count.invalid) == (9, 9, 0)
    assert dict(result.count.votes) == {"Nguyễn Văn An": 8, "Trần Thị Bình": 7, "Lê Văn Cường": 6}


def test_the_candidate_list_asks_for_a_name_and_refuses_a_change_without_one(make_podium, qtbot):
    podium = make_podium()
    to_item(podium, qtbot, 3)
    seen = []

    def change(panel):
        seen.append(panel.name.lineEdit().placeholderText())
        panel.change.setCurrentIndex(panel.change.findData("nominate"))
        type_into(qtbot, panel.list_for, "6")
        qtbot.keyClick(panel.list_for, Qt.Key.Key_Return)  # no name typed
        seen.append((panel.refusal.text(), panel.isVisible(), panel.height() <= 768))
        panel.name.setEditText("Phạm Văn Dũng")
        qtbot.keyClick(panel.list_for, Qt.Key.Key_Return)

    when_modal(change)
    podium.press(qtbot, Qt.Key.Key_V)
    assert seen == ["Họ và tên", ("Cần nhập hoặc chọn họ tên trước.", True, True)]
    assert podium.session.state.candidates("bau-bch")[-1] == "Phạm Văn Dũng"
