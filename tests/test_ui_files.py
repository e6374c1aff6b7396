"""The File menu: a new program or this one in the editor, export the minutes and the review of this run,
open the review screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from support.podium import when_modal


def test_the_file_menu_comes_first_and_lists_the_documents(make_podium):
    podium = make_podium()
    menus = [action.text() for action in podium.window.menuBar().actions()]
    assert menus[0] == "&Tệp"
    entries = [a.text() for a in podium.window.menuBar().actions()[0].menu().actions() if a.text()]
    assert entries == [
        "Chương trình mới…",
        "Soạn chương trình…",
        "Xuất biên bản Đại hội (.docx)…",
        "Xuất báo cáo rút kinh nghiệm (.docx)…",
        "Xuất kịch bản (.docx)…",
        "Màn hình rút kinh nghiệm…",
        "Thư mục bản sao dự phòng…",
    ]


def test_export_minutes_writes_the_run_to_the_chosen_file(make_podium, qtbot, tmp_path, monkeypatch):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_Space)
    podium.wait(60)
    podium.press(qtbot, Qt.Key.Key_Space)
    out = tmp_path / "bien-ban.docx"
    asked = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda parent, title, suggested, filter: (asked.append(suggested) or str(out), filter),
    )
    told = []
    when_modal(lambda box: (told.append(box.text()), box.accept()))
    podium.window.commands["export_minutes"].trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    qtbot.waitUntil(lambda: ended(podium.controller.export_job), timeout=20000)
    assert asked[0].endswith(f"bien-ban-dai-hoi-{podium.session.run_id}.docx")
    assert out.exists() and out.stat().st_size > 0
    assert told[0].startswith(f"Đã lưu {out}")


def test_export_script_writes_the_kich_ban_of_the_program_this_podium_runs(make_podium, qtbot, tmp_path, monkeypatch):
    import docx

    podium = make_podium()
    out = tmp_path / "kich-ban.docx"
    asked = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda parent, title, suggested, filter: (asked.append((title, suggested)) or str(out), filter),
    )
    told = []
    when_modal(lambda box: (told.append(box.text()), box.accept()))
    podium.window.commands["export_script"].trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30000)
    assert asked == [("Lưu kịch bản", str(Path(podium.session.program.source).with_name("kich-ban.docx")))]
    assert told[0].startswith(f"Đã lưu {out}")
    text = " ".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "KỊCH BẢN ĐIỀU HÀNH" in text and podium.session.program.items[0].title in text


def test_the_review_screen_opens_on_this_run(make_podium, qtbot):
    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_Space)
    podium.wait(400)
    podium.press(qtbot, Qt.Key.Key_Space)
    podium.window.commands["review"].trigger()
    review = podium.controller.review
    qtbot.addWidget(review)
    assert review.isVisible()
    assert review.windowTitle() == "Rút kinh nghiệm"
    assert review.runs.currentText().startswith(f"Lượt {podium.session.run_id} — tổng duyệt")
    assert "1 nội dung vượt thời gian" in review.summary.text()


def test_in_english_the_review_screen_and_the_save_dialog_speak_english(make_podium, qtbot, monkeypatch):
    podium = make_podium("en")
    podium.press(qtbot, Qt.Key.Key_Space)
    podium.wait(400)
    podium.press(qtbot, Qt.Key.Key_Space)
    asked = []

    def cancel(parent, title, suggested, filter):
        asked.append((title, suggested, filter))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    podium.window.commands["export_review"].trigger()  # cancelled: nothing is written
    [(title, suggested, filter)] = asked
    assert (title, filter) == ("Save document", "Word documents (*.docx)")
    assert suggested.endswith(f"review-{podium.session.run_id}.docx")
    podium.window.commands["review"].trigger()
    review = podium.controller.review
    qtbot.addWidget(review)
    assert review.windowTitle() == "Review"
    assert review.runs.currentText().startswith(f"Run {podium.session.run_id} — rehearsal")
    assert "1 item(s) overran" in review.summary.text()


def ended(job) -> bool:
    try:
        return not job.running()
    except RuntimeError:  # already deleted once finished
        return True


def test_the_export_child_cannot_be_replaced_by_a_folder_in_the_launch_folder(
    make_podium, qtbot, tmp_path, monkeypatch
):
    from presidium.ui.export_action import ExportJob

    podium = make_podium()
    podium.press(qtbot, Qt.Key.Key_Space)
    planted = tmp_path / "launch" / "presidium"
    planted.mkdir(parents=True)
    (planted / "__init__.py").write_text("", encoding="utf-8")
    (planted / "__main__.py").write_text(
        "import pathlib\npathlib.Path('PLANTED').write_text('ran')\n"
        'print(\'{"path": "x.docx", "seconds": 0, "warnings": []}\')\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(planted.parent)  # the podium was started from that folder
    monkeypatch.setenv("PYTHONPATH", str(planted.parent))
    out = tmp_path / "bien-ban.docx"
    job = ExportJob("minutes", podium.session.journal.path, podium.session.run_id, out, "vi")
    outcome = []
    job.succeeded.connect(outcome.append)
    job.failed.connect(outcome.append)
    job.start()
    qtbot.waitUntil(lambda: bool(outcome), timeout=20000)
    assert not (planted.parent / "PLANTED").exists()  # the planted code never ran…
    assert out.exists() and outcome[0].path == out  # …and our exporter wrote the minutes
