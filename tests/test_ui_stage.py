"""The stage display (F5) and the chair's short messages to the speaker (F6–F9)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from support.podium import when_modal


def test_f5_opens_the_stage_display_with_item_speaker_and_time(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_Space)
    podium.press(qtbot, Qt.Key.Key_F5)
    stage = podium.controller.stage
    assert stage.isVisible() and stage.isWindow()
    assert stage.title.text() == "Chào cờ"
    assert stage.face.text() == "5:00"
    podium.wait(310)
    assert stage.face.text() == "+0:10"
    assert podium.controller.theme.over in stage.face.styleSheet()
    podium.press(qtbot, Qt.Key.Key_F5)
    assert not stage.isVisible()
    assert not podium.window.commands["stage"].isChecked()


def test_preset_and_custom_messages_reach_the_stage(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_Space)
    podium.press(qtbot, Qt.Key.Key_F5)
    stage = podium.controller.stage
    assert not stage.message.isVisible()
    podium.press(qtbot, Qt.Key.Key_F6)
    assert stage.message.text() == "Xin mời đồng chí kết thúc phát biểu"
    podium.press(qtbot, Qt.Key.Key_F7)
    assert stage.message.text() == "Đề nghị đồng chí phát biểu ngắn gọn"

    def write(dialog):
        dialog.text.setText("")
        qtbot.keyClicks(dialog.text, "Con 1 phut")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)

    when_modal(write)
    podium.press(qtbot, Qt.Key.Key_F8)
    assert stage.message.text() == "Con 1 phut"
    podium.press(qtbot, Qt.Key.Key_F9)
    assert not stage.message.isVisible()


def test_stage_shows_the_speaker_of_the_sample_item(make_podium, qtbot):
    from presidium.app.samples import sample_path

    podium = make_podium(program=sample_path("vi"))
    podium.press(qtbot, Qt.Key.Key_Space)
    podium.press(qtbot, Qt.Key.Key_F5)
    item = podium.session.state.current_item
    assert podium.controller.stage.speaker.text() == item.by
