"""The review screen and the Export menu's worker, offscreen. The window's labels follow the installed
translator, as the podium's do; its review data follows `lang`."""

from __future__ import annotations

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from presidium.ui.charts import PRINT
from presidium.ui.export_action import start_export
from presidium.ui.review_window import ReviewWindow
from support.congress import congress


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return congress(tmp_path_factory.mktemp("congress"))


def cells(table, row):
    return [table.item(row, c).text() for c in range(table.columnCount())]


def has_colour(image, colour: QColor) -> bool:
    target = colour.rgb()
    return any(image.pixel(x, y) == target for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))


def test_opens_on_the_live_run_against_its_rehearsal(qtbot, sample, vietnamese):
    window = ReviewWindow(sample.db)
    qtbot.addWidget(window)
    assert window.runs.count() == 2
    assert window.runs.currentData() == sample.live_id
    assert "Dự kiến 135 phút, thực tế 142 phút (+7 phút); 2 nội dung vượt thời gian" in window.summary.text()
    header = [window.items.horizontalHeaderItem(c).text() for c in range(window.items.columnCount())]
    assert header == ["TT", "Nội dung", "Dự kiến", "Thực tế", "Chênh lệch", "TD 1", "Ghi chú"]
    assert cells(window.items, 4) == [
        "5",
        "Phát biểu chỉ đạo của đại diện cấp ủy cấp trên",
        "15",
        "14",
        "−1",
        "14",
        "đổi thứ tự",
    ]
    assert cells(window.overruns, 0) == ["1", "Báo cáo chính trị", "30", "38", "+8"]
    assert "chuyển khoảng 1 tham luận sang hình thức gửi văn bản" in window.suggestions.toPlainText()
    assert "Mất điện, hỏng âm thanh" in window.changes.toPlainText()


def test_without_the_vietnamese_catalogue_the_window_speaks_english(qtbot, sample):
    window = ReviewWindow(sample.db, lang="en")
    qtbot.addWidget(window)
    assert window.windowTitle() == "Review"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Charts",
        "Items",
        "Overruns",
        "Discussion",
        "Changes and situations",
        "Suggestions",
    ]
    assert window.runs.currentText().startswith(f"Run {sample.live_id} — live — ")
    assert "Planned 135 min, actual 142 min (+7 min); 2 item(s) overran" in window.summary.text()
    header = [window.items.horizontalHeaderItem(c).text() for c in range(window.items.columnCount())]
    assert header == ["No.", "Item", "Planned", "Actual", "Difference", "R 1", "Remarks"]
    assert cells(window.items, 4)[-1] == "moved"
    assert "Contingency cards used" in window.changes.toPlainText()


def test_the_labels_follow_the_translator_and_the_data_follows_lang(qtbot, sample, vietnamese):
    window = ReviewWindow(sample.db, lang="en")
    qtbot.addWidget(window)
    assert window.windowTitle() == "Rút kinh nghiệm"
    assert window.summary.text().startswith("Dự kiến 135 phút, thực tế 142 phút (+7 phút)")
    assert cells(window.overruns, 0) == ["1", "Báo cáo chính trị", "30", "38", "+8"]
    assert "move about 1 contributions to written submission" in window.suggestions.toPlainText()


def test_choosing_the_rehearsal_shows_its_own_figures(qtbot, sample, vietnamese):
    window = ReviewWindow(sample.db)
    qtbot.addWidget(window)
    window.runs.setCurrentIndex(window.runs.findData(sample.rehearsal_id))
    assert window.review.run.id == sample.rehearsal_id
    assert window.items.columnCount() == 6  # nothing earlier to compare with
    assert cells(window.overruns, 0) == ["1", "Báo cáo chính trị", "30", "45,6", "+15,6"]


def test_charts_paint_the_overruns_in_red(qtbot, sample):
    window = ReviewWindow(sample.db)
    qtbot.addWidget(window)
    window.resize(1000, 900)
    window.show()
    window.tabs.setCurrentIndex(0)
    qtbot.waitExposed(window)
    over = window.overrun_chart.grab().toImage()
    timeline = window.timeline.grab().toImage()
    assert has_colour(over, PRINT.over) and has_colour(over, PRINT.early)
    assert has_colour(timeline, PRINT.over) and has_colour(timeline, PRINT.planned)


def test_an_empty_journal_says_so_and_offers_no_export(qtbot, tmp_path, vietnamese):
    db = tmp_path / "rong.db"
    db.write_bytes(b"")
    window = ReviewWindow(db)
    qtbot.addWidget(window)
    assert "chưa có lượt chạy nào" in window.status.text()
    assert not window.export_button.isEnabled()


def test_export_runs_in_a_worker_and_reports_back(qtbot, sample, tmp_path):
    window = ReviewWindow(sample.db)
    qtbot.addWidget(window)
    out = tmp_path / "bb.docx"
    done = []
    job = start_export(window, "minutes", sample.db, sample.live_id, out, "vi", on_done=done.append)
    with qtbot.waitSignals([job.succeeded, job.finished], timeout=20000):
        pass
    assert done and done[0].path == out
    assert any(p.text == "BIÊN BẢN" for p in Document(str(out)).paragraphs)


def test_export_failure_is_reported_not_raised(qtbot, sample, tmp_path):
    window = ReviewWindow(sample.db)
    qtbot.addWidget(window)
    errors = []
    job = start_export(window, "minutes", sample.db, 99, tmp_path / "bb.docx", "vi", on_error=errors.append)
    with qtbot.waitSignals([job.failed, job.finished], timeout=20000):
        pass
    assert "không có lượt chạy số 99" in errors[0]


def test_esc_closes_the_review(qtbot, sample):
    window = ReviewWindow(sample.db, lang="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.items, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())
