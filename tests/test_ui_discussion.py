"""A discussion at the podium: the speaker strip, the speaker's own timer, M to call the next speaker,
the speakers dialog (L), the stage display; and inserting an unplanned item (I)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from presidium.app.samples import sample_path
from presidium.core.clock import FakeClock
from support.podium import when_modal

FIRST = "Thượng tá Phan Văn Hùng"
SECOND = "Trung tá Đinh Công Hiếu"


def at_discussion(make_podium, qtbot, lang: str = "vi"):
    """The Vietnamese sample, its discussion item open (set up through the session; keys from here on)."""
    podium = make_podium(program=sample_path(lang), clock=FakeClock(datetime(2025, 7, 15, 7, 30).timestamp()))
    podium.session.start()
    podium.session.goto("thao-luan")
    podium.controller.refresh()
    return podium


def test_the_strip_offers_the_first_speaker_and_m_calls_them(make_podium, qtbot):
    podium = at_discussion(make_podium, qtbot)
    window = podium.window
    strip = window.current.speakers
    assert strip.isVisible()
    assert strip.name.text() == "Chưa có ai đang phát biểu"
    assert strip.next.full_text().startswith(f"Tiếp theo: {FIRST}, Bí thư Đảng ủy, Chính ủy Trung đoàn bộ binh · 8:00")
    assert strip.fit.text() == "Còn 5 người, cần 36 phút — còn 40 phút: đủ"
    assert window.current.script_text().startswith(
        f"M — mời người phát biểu tiếp theo:\nXin mời đồng chí {FIRST}, Bí thư Đảng ủy, Chính ủy Trung đoàn bộ binh, "
        "trình bày tham luận về nâng cao chất lượng huấn luyện, sẵn sàng chiến đấu của lực lượng thường trực."
    )
    assert not window.timer.speaker_face.isVisible()

    podium.press(qtbot, Qt.Key.Key_M)
    assert strip.caption.text() == "ĐANG PHÁT BIỂU"
    assert strip.name.text() == FIRST
    assert strip.about.text().startswith("Bí thư Đảng ủy, Chính ủy Trung đoàn bộ binh · nâng cao chất lượng")
    assert strip.next.full_text().startswith(f"Tiếp theo: {SECOND}")
    assert strip.fit.text() == "Còn 4 người, cần 36 phút — còn 40 phút: đủ"
    assert window.timer.speaker_face.isVisible()
    assert window.timer.speaker_caption.text() == "Người phát biểu"
    assert window.timer.speaker_face.text() == "8:00"
    assert f"Xin mời đồng chí {SECOND}" in window.current.script_text()  # the call words move on


def test_a_speaker_overrunning_turns_red_and_the_rest_no_longer_fit(make_podium, qtbot):
    podium = at_discussion(make_podium, qtbot)
    theme = podium.controller.theme
    timer, strip = podium.window.timer, podium.window.current.speakers
    podium.press(qtbot, Qt.Key.Key_M)
    podium.wait(7 * 60 + 20)
    assert timer.speaker_face.text() == "0:40"
    assert theme.warn in timer.speaker_face.styleSheet()
    podium.wait(60)
    assert timer.speaker_face.text() == "+0:20"
    assert timer.speaker_caption.text() == "Phát biểu quá giờ"
    assert theme.over in timer.speaker_face.styleSheet()
    assert timer.face.text() == "31:40"  # the item's own timer, beside it
    podium.wait(15 * 60)
    assert strip.fit.text() == "Còn 4 người, cần 28 phút — còn 16 phút: không đủ"
    assert theme.over in strip.fit.styleSheet()
    podium.press(qtbot, Qt.Key.Key_M)  # the next one: the overrunning turn ends
    assert strip.name.text() == SECOND
    assert timer.speaker_face.text() == "7:00"
    queue = podium.session.state.speaker_queue()
    assert queue.turn(FIRST).status == "done"


def test_the_stage_shows_the_speaker_and_their_remaining_time(make_podium, qtbot):
    podium = at_discussion(make_podium, qtbot)
    podium.press(qtbot, Qt.Key.Key_F5)
    stage = podium.controller.stage
    assert stage.speaker.text() == "Đoàn Chủ tịch"  # nobody at the lectern yet: the item's presenter
    podium.press(qtbot, Qt.Key.Key_M)
    podium.wait(90)
    assert stage.speaker.text() == FIRST
    assert stage.face.text() == "6:30"
    podium.wait(7 * 60)
    assert stage.face.text() == "+0:30"
    assert podium.controller.theme.over in stage.face.styleSheet()


def test_m_with_nobody_waiting_ends_the_last_turn_then_says_nobody_is_left(make_podium, qtbot):
    podium = at_discussion(make_podium, qtbot)
    for _ in range(5):
        podium.press(qtbot, Qt.Key.Key_M)
        podium.wait(60)
    strip = podium.window.current.speakers
    assert strip.name.text() == "Đại úy Trương Văn Nam"
    assert strip.next.full_text() == "Tiếp theo: không còn ai chờ"
    podium.press(qtbot, Qt.Key.Key_M)
    assert podium.window.status_line.text() == "Đồng chí Đại úy Trương Văn Nam đã phát biểu xong."
    assert strip.name.text() == "Chưa có ai đang phát biểu"
    assert strip.fit.text() == "Không còn ai chờ phát biểu."
    podium.press(qtbot, Qt.Key.Key_M)
    assert podium.window.status_line.text() == "Không thực hiện được: không còn ai chờ phát biểu"


def test_l_adds_a_floor_request_moves_it_up_and_marks_absent_and_written(make_podium, qtbot):
    podium = at_discussion(make_podium, qtbot)
    seen = {}

    def manage(dialog):
        # (QTest types ASCII only: Vietnamese text goes in as an input method would commit it)
        dialog.floor_name.insert("Đại úy Lê Thị Hoa")
        dialog.floor_unit.insert("Đảng ủy Bộ Chỉ huy")
        dialog.floor_topic.insert("công tác dân vận")
        dialog.floor_minutes.setValue(5)
        qtbot.keyClick(dialog.floor_name, Qt.Key.Key_Return)
        seen["open"] = dialog.isVisible()  # Enter adds the request; the dialog stays
        seen["added"] = dialog.list.item(5).text()
        for _ in range(5):
            dialog.buttons["up"].click()  # selected: the new request
        seen["first"] = dialog.list.item(0).text()
        dialog.select("Trung tá Hoàng Minh Đức")
        dialog.buttons["absent"].click()
        dialog.select("Đại úy Trương Văn Nam")
        dialog.buttons["written"].click()
        dialog.buttons["written"].click()  # twice: refused in the dialog
        seen["refusal"] = dialog.refusal.text()
        seen["rows"] = [dialog.list.item(i).text().split("\n")[0] for i in range(dialog.list.count())]
        dialog.reject()

    when_modal(manage)
    podium.press(qtbot, Qt.Key.Key_L)
    assert seen["open"]
    assert seen["added"].startswith("6. Đại úy Lê Thị Hoa (đăng ký tại hội trường) · 5:00 · chờ")
    assert seen["first"].startswith("1. Đại úy Lê Thị Hoa")
    assert seen["refusal"] == "đồng chí Đại úy Trương Văn Nam không còn ở trạng thái chờ phát biểu"
    assert seen["rows"][-2:] == [
        "5. Trung tá Hoàng Minh Đức · 7:00 · vắng mặt",
        "6. Đại úy Trương Văn Nam · 7:00 · gửi văn bản",
    ]
    strip = podium.window.current.speakers
    assert strip.next.full_text().startswith("Tiếp theo: Đại úy Lê Thị Hoa, Đảng ủy Bộ Chỉ huy · 5:00")
    assert strip.fit.text() == "Còn 4 người, cần 27 phút — còn 40 phút: đủ"
    kinds = [event.kind for event in podium.session.events()]
    assert kinds[-8:] == ["speaker-floor"] + ["speaker-move"] * 5 + ["speaker-absent", "speaker-written"]


def test_l_and_m_outside_a_discussion_say_why_not(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_Space)
    podium.press(qtbot, Qt.Key.Key_L)
    assert podium.window.status_line.text() == "Không thực hiện được: mục hiện tại không phải phần thảo luận."
    podium.press(qtbot, Qt.Key.Key_M)
    assert podium.window.status_line.text() == (
        "Không thực hiện được: “Chào cờ” không phải mục thảo luận: không có danh sách phát biểu"
    )
    assert not podium.window.current.speakers.isVisible()


def test_i_inserts_an_unplanned_item_after_confirmation(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_Space)
    asked = []

    def fill(dialog):
        dialog.title.insert("Đọc thư chúc mừng của Tỉnh ủy")
        dialog.kind.setCurrentIndex(dialog.kind.findData("announcement"))
        dialog.minutes.setValue(5)

        def confirm(box):
            asked.append(box.text())
            next(b for b in box.buttons() if b.text() == "Thêm").click()

        when_modal(confirm)
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    when_modal(fill)
    podium.press(qtbot, Qt.Key.Key_I)
    assert asked == [
        "Thêm “Đọc thư chúc mừng của Tỉnh ủy” (Công bố, 5 phút) ngay sau mục hiện tại?\n"
        "Việc thêm nội dung được ghi lại là thay đổi so với chương trình."
    ]
    assert podium.window.status_line.text() == "Đã thêm: Đọc thư chúc mừng của Tỉnh ủy"
    assert podium.window.upcoming.title.text() == "Đọc thư chúc mừng của Tỉnh ủy"
    assert podium.window.upcoming.detail.text() == "5:00"
    inserted = podium.session.state.in_order()[1]
    assert (inserted.inserted, inserted.item.kind, inserted.item.duration) == (True, "announcement", 300)


def test_i_cancelled_at_the_confirmation_inserts_nothing(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_Space)

    def fill(dialog):
        dialog.title.insert("Nghỉ giải lao")
        when_modal(lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))  # the default answer is Cancel
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    when_modal(fill)
    podium.press(qtbot, Qt.Key.Key_I)
    assert len(podium.session.state.order) == 3
    assert podium.window.upcoming.title.text() == "Thông qua chương trình Đại hội"
