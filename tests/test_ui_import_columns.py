"""The column-mapping step of the import: the user corrects what a column holds and sees what that gives."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from presidium.app.importing import guess_columns
from presidium.ui.i18n import Language
from presidium.ui.importing.columns import ColumnsDialog, choose_columns
from support import importing_docs as docs


@pytest.fixture
def vietnamese(qapp):
    language = Language(qapp)
    language.use("vi")
    yield language
    language.use("en")


@pytest.fixture
def agenda(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Chương trình"
    for row in (
        ("Mục", "Việc", "Ai", "Phút", "Lời"),
        (1, "Chào cờ", "Ban Tổ chức", 5, "(Quốc ca, Quốc tế ca)"),
        (2, "Diễn văn khai mạc", "Đ/c Nguyễn Văn An", 15, "Kính thưa Đại hội!"),
        (3, "Bế mạc", "Đ/c Nguyễn Văn An", 10, "Xin tuyên bố bế mạc Đại hội."),
    ):
        sheet.append(row)
    path = tmp_path / "chuong-trinh.xlsx"
    book.save(path)
    return path


def choose(dialog, column: int, meaning: str | None) -> None:
    """What the user does: open the column's list and pick a meaning with the keyboard."""
    combo = dialog.grid.cellWidget(0, column)
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(meaning))


def test_the_user_names_the_columns_the_headers_did_not_and_imports(qtbot, vietnamese, agenda, tmp_path):
    dialog = ColumnsDialog(agenda, guess_columns(agenda), "vi")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Nhập tệp: nội dung của từng cột"
    assert dialog.tables.currentText() == "Trang tính “Chương trình”"
    assert [dialog.grid.cellWidget(0, c).currentText() for c in range(5)] == [
        "STT",
        "không dùng",
        "không dùng",
        "Thời lượng",
        "Lời dẫn",
    ]  # "Lời" is read as the words
    assert dialog.grid.item(2, 1).text() == "Chào cờ"
    # "Lời" alone is not enough to name the items: the words become the titles until the user says otherwise
    assert "3 nội dung" in dialog.outcome.text()
    choose(dialog, 1, "title")
    choose(dialog, 2, "by")
    qtbot.waitUntil(lambda: "2 người thực hiện" in dialog.outcome.text())
    assert dialog.outcome.text().endswith("1 phiên, 3 nội dung, 3 lời dẫn, 2 người thực hiện; 0 dòng chưa xếp được")
    dialog.resize(1366 * 3 // 4, 560)
    shot = tmp_path / "import-columns-vi.png"  # docs/screenshots/import-columns-vi.png is this picture
    assert dialog.grab().save(str(shot)) and shot.stat().st_size > 10_000
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.imported is not None
    assert [(i.title, i.by, i.duration) for i in dialog.imported.draft.items] == [
        ("Chào cờ", "Ban Tổ chức", 300),
        ("Diễn văn khai mạc", "Đ/c Nguyễn Văn An", 900),
        ("Bế mạc", "Đ/c Nguyễn Văn An", 600),
    ]


def test_setting_every_column_aside_says_why_nothing_can_be_imported(qtbot, agenda):
    dialog = ColumnsDialog(agenda, guess_columns(agenda), "en")
    qtbot.addWidget(dialog)
    for column in range(5):
        choose(dialog, column, None)
    assert not dialog.ok.isEnabled()
    assert dialog.outcome.text().endswith("no session or item of a program was found")


def test_a_prose_script_has_no_columns_to_map(qtbot, tmp_path):
    result = choose_columns(None, docs.shape4(tmp_path / "kb.docx"), "vi")
    assert result is not None and len(result.draft.items) == 4


def test_the_script_is_exported_from_a_window_by_a_child_process(qtbot, vietnamese, tmp_path):
    from presidium.app.samples import sample_path
    from presidium.ui.importing.script_export import start_script_export

    written, errors = [], []
    output = tmp_path / "kich-ban.docx"
    job = start_script_export(None, sample_path("vi"), output, "vi", on_done=written.append, on_error=errors.append)
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    assert errors == [] and written[0].path == output and output.stat().st_size > 20_000
    broken = tmp_path / "broken.toml"
    broken.write_text("format = 1\n", encoding="utf-8")
    job = start_script_export(None, broken, tmp_path / "x.docx", "vi", on_done=written.append, on_error=errors.append)
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    assert "chưa xuất được kịch bản" in errors[0] and not (tmp_path / "x.docx").exists()
