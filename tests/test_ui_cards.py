"""Contingency cards (C / F2) and notes (N) from the podium, against the bundled sample congress."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from presidium.app.samples import sample_path
from support.podium import when_modal

SAMPLE = sample_path("vi")


def open_palette(podium, qtbot, key=Qt.Key.Key_C):
    podium.press(qtbot, key)
    palette = podium.controller.palette
    qtbot.waitUntil(palette.isVisible)
    return palette


def test_c_opens_the_palette_with_the_current_items_cards_first(make_podium, qtbot):
    podium = make_podium(program=SAMPLE)
    podium.press(qtbot, Qt.Key.Key_Space)
    palette = open_palette(podium, qtbot)
    titles = palette.visible_titles()
    assert titles[:2] == [
        "Chưa đủ số đại biểu có mặt",
        "Đại biểu vắng mặt, rời hội trường hoặc đại biểu dự khuyết được bổ sung",
    ]
    assert len(titles) == len(podium.session.program.cards)


def test_typing_without_accents_filters_the_cards(make_podium, qtbot):
    podium = make_podium(program=SAMPLE)
    palette = open_palette(podium, qtbot, Qt.Key.Key_F2)
    qtbot.keyClicks(palette.search, "mat dien")
    assert palette.visible_titles() == ["Mất điện, hỏng âm thanh hoặc máy chiếu"]
    qtbot.keyClicks(palette.search, " zzz")
    assert palette.visible_titles() == []
    assert "Không có thẻ nào phù hợp" in palette.detail.toPlainText()


def test_opening_a_card_shows_its_steps_words_and_article_and_is_recorded(make_podium, qtbot):
    podium = make_podium(program=SAMPLE)
    podium.press(qtbot, Qt.Key.Key_Space)
    palette = open_palette(podium, qtbot)
    qtbot.keyClicks(palette.search, "mat dien")
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    text = palette.detail.toPlainText()
    program = podium.session.program
    card = program.card("mat-dien")
    regulation, article = program.article(card.refs[0])
    assert card.when in text
    assert card.steps[0] in text
    assert "Do sự cố kỹ thuật" in text
    assert f"{article.number} — {article.title}" in text
    assert article.text.splitlines()[0] in text
    uses = podium.session.state.logs.cards
    assert [use.card_id for use in uses] == ["mat-dien"]
    assert palette.opened_label.text() == "Đã mở thẻ: đã ghi vào nhật ký"
    assert any(d.kind == "card" for d in podium.session.deviations())


def test_browsing_the_list_records_nothing(make_podium, qtbot):
    podium = make_podium(program=SAMPLE)
    podium.press(qtbot, Qt.Key.Key_Space)
    palette = open_palette(podium, qtbot)
    qtbot.keyClick(palette.search, Qt.Key.Key_Down)
    qtbot.keyClick(palette.search, Qt.Key.Key_Down)
    assert palette.list.currentRow() == 2
    assert podium.session.state.logs.cards == ()


def test_card_words_are_filled_with_live_figures(make_podium, qtbot):
    podium = make_podium(program=SAMPLE)
    podium.press(qtbot, Qt.Key.Key_Space)
    podium.session.set_attendance(98)
    palette = open_palette(podium, qtbot)
    qtbot.keyClicks(palette.search, "chua du so dai bieu")
    text = palette.detail.toPlainText()
    assert "có mặt 98/152 đại biểu chính thức" in text
    assert "ít nhất 102 đồng chí" in text


def test_n_records_a_note_with_its_category_at_once(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_Space)

    def write(dialog):
        dialog.category.setCurrentIndex(dialog.category.findText("Kỹ thuật"))
        dialog.text.insert("Micro số 2 bị rè")  # QTest types ASCII only; this is what an input method does
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)

    when_modal(write)
    podium.press(qtbot, Qt.Key.Key_N)
    notes = podium.session.state.logs.notes
    assert [(n.text, n.category, n.item_id) for n in notes] == [("Micro số 2 bị rè", "technical", "chao-co")]
    assert len(podium.session.events()) == 2  # start, note: journaled
    assert podium.window.status_line.text() == "Đã ghi chú."


def test_note_categories_read_in_vietnamese(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_Space)
    labels = []

    def read(dialog):
        labels.extend(dialog.category.itemText(i) for i in range(dialog.category.count()))
        dialog.reject()

    when_modal(read)
    podium.press(qtbot, Qt.Key.Key_N)
    assert labels == ["Thời gian", "Thủ tục", "Kỹ thuật", "Nhân sự", "Khác"]
    assert podium.session.state.logs.notes == ()
    assert QApplication.activeModalWidget() is None
