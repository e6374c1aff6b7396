"""The editor's File menu as a person uses it: New program from a template, Import from Word or Excel (with
the column step where the headers say too little), Export script and Ballot papers written by a child
process, each leaving a real file or window behind."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import docx
import openpyxl
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from presidium.app.samples import sample_path
from presidium.app.templates import list_templates
from presidium.core.loader import load_program
from presidium.infra.export_script import write_script
from presidium.ui.editor import files
from presidium.ui.editor import launch as editor_launch
from presidium.ui.i18n import Language
from presidium.ui.importing import script_export


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("PRESIDIUM_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def vietnamese(qapp):
    language = Language(qapp)
    language.use("vi")
    yield language
    language.use("en")


@pytest.fixture
def program(tmp_path) -> Path:
    path = tmp_path / "dai-hoi.toml"
    shutil.copyfile(sample_path("vi"), path)
    return path


def editor(qtbot, path: Path, lang: str = "vi"):
    window = editor_launch.open_editor(path, lang, recover=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.stack.setClean())
    window.show()
    return window


def opened(qtbot, window):
    child = window.opened[-1]
    qtbot.addWidget(child, before_close_func=lambda w: w.stack.setClean())
    return child


def when_modal(handle) -> None:
    """Answer the dialog the next action opens, as the user would, once it is on screen."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        handle(dialog)

    QTimer.singleShot(0, look)


def test_new_program_offers_the_templates_by_title_and_opens_the_chosen_one_unsaved(qtbot, vietnamese, program):
    window = editor(qtbot, program)
    templates = list_templates()
    seen = {}

    def choose(dialog):
        rows = [dialog.choices.item(i).text() for i in range(dialog.choices.count())]
        seen["rows"] = rows
        dialog.choices.setCurrentRow(next(i for i, t in enumerate(templates) if t.name == "chi-bo"))
        dialog.accept()

    when_modal(choose)
    window.actions_by_name["new"].trigger()
    rows = seen["rows"]
    assert len(rows) == len(templates)
    for row, template in zip(rows, templates, strict=True):
        assert row.startswith(template.title("vi") + "\n") and template.description("vi") in row
        assert "bound method" not in row
    child = opened(qtbot, window)
    expected = tomllib.loads((Path(templates[0].path).parent / "chi-bo.toml").read_text(encoding="utf-8"))
    assert child.draft.get(("congress",), "title") == expected["congress"]["title"]
    assert child.path is None and child.windowTitle().startswith("Chương trình mới *")
    assert window.path == program  # the first window keeps its own program


def test_new_program_titles_in_english_when_the_editor_speaks_english():
    from presidium.app.editing import starting_points

    titles = [p.title for p in starting_points("en")]
    assert titles == [t.title("en") for t in list_templates()] and "Party cell congress" in titles


def _script_with_a_stray_paragraph(tmp_path) -> Path:
    """A kịch bản as exported, with words typed between a session's heading and its first item."""
    path = write_script(load_program(sample_path("vi")), tmp_path / "kich-ban.docx")
    document = docx.Document(str(path))
    paragraphs = document.paragraphs
    heading = next(i for i, p in enumerate(paragraphs) if p.text.strip().casefold() == "phiên trù bị")
    paragraphs[heading + 2].insert_paragraph_before("Ban Tổ chức nhắc: kiểm tra micro trước giờ khai mạc")
    document.save(str(path))
    return path


def test_import_opens_the_script_as_a_new_unsaved_program_and_lists_what_was_not_placed(
    qtbot, vietnamese, program, tmp_path
):
    window = editor(qtbot, program)
    source = _script_with_a_stray_paragraph(tmp_path)
    files.import_program(window, source)
    child = opened(qtbot, window)
    sample = load_program(sample_path("vi"))
    titles = [
        child.draft.get(p, "title") for s in child.draft.paths(("session",)) for p in child.draft.paths(s + ("item",))
    ]
    assert titles == [item.title for item in sample.items]
    assert child.path is None and "*" in child.windowTitle()
    assert "kich-ban.docx" in child.status.text()
    report = child.import_report
    assert report.isVisible()
    listed = [report.unplaced.item(i).text() for i in range(report.unplaced.count())]
    assert any("kiểm tra micro trước giờ khai mạc" in line for line in listed)
    # what the script does not print is left for the user, in the problem list
    assert any("delegates_convened" in p.message("en") or "triệu tập" in p.message("vi") for p in child.problems)


def test_import_asks_what_each_column_holds_when_the_headers_say_too_little(qtbot, vietnamese, program, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (
        ("Mục", "Việc", "Ai", "Phút"),
        (1, "Chào cờ", "Ban Tổ chức", 5),
        (2, "Diễn văn khai mạc", "Đ/c Nguyễn Văn An", 15),
        (3, "Bế mạc", "Đ/c Nguyễn Văn An", 10),
    ):
        sheet.append(row)
    source = tmp_path / "chuong-trinh.xlsx"
    book.save(source)
    window = editor(qtbot, program)

    def name_the_columns(dialog):
        for column, meaning in ((1, "title"), (2, "by")):
            combo = dialog.grid.cellWidget(0, column)
            combo.setCurrentIndex(combo.findData(meaning))
        dialog.accept()

    when_modal(name_the_columns)
    files.import_program(window, source)
    child = opened(qtbot, window)
    items = child.draft.paths(("session", 0, "item"))
    assert [child.draft.get(p, "title") for p in items] == ["Chào cờ", "Diễn văn khai mạc", "Bế mạc"]
    assert child.draft.get(items[1], "by") == "Đ/c Nguyễn Văn An"


def test_import_of_a_file_it_cannot_read_says_why_and_opens_nothing(qtbot, vietnamese, program, tmp_path, monkeypatch):
    old = tmp_path / "chuong-trinh.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0 not a docx")
    said = []
    monkeypatch.setattr(files.dialogs, "inform", lambda _parent, title, text, error=False: said.append(text))
    window = editor(qtbot, program)
    assert files.import_program(window, old) is None
    assert window.opened == [] and said and ".docx" in said[0]


@pytest.fixture
def answers(monkeypatch):
    """The save dialog answered with a path, and the message boxes' words kept instead of shown."""
    said: list[tuple[str, str]] = []
    for module in (files, script_export):
        monkeypatch.setattr(module.QMessageBox, "information", lambda _p, title, text: said.append(("ok", text)))
        monkeypatch.setattr(module.QMessageBox, "warning", lambda _p, title, text: said.append(("failed", text)))
    return said


def test_export_script_saves_the_changes_then_writes_the_kich_ban_in_a_child_process(
    qtbot, vietnamese, program, tmp_path, monkeypatch, answers
):
    out = tmp_path / "kich-ban.docx"
    monkeypatch.setattr(script_export.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window = editor(qtbot, program)
    window.edit(("congress",), {"venue": "Hội trường tầng 3"})
    assert not window.stack.isClean()
    window.actions_by_name["export_script"].trigger()
    qtbot.waitUntil(lambda: bool(answers), timeout=60000)
    assert answers[0][0] == "ok" and str(out) in answers[0][1]
    assert window.stack.isClean() and "Hội trường tầng 3" in program.read_text(encoding="utf-8")
    text = " ".join(p.text for p in docx.Document(str(out)).paragraphs)  # the title is printed on two lines
    assert load_program(program).congress.title in text


def test_ballot_papers_need_an_election_selected_and_are_written_for_it(
    qtbot, vietnamese, program, tmp_path, monkeypatch, answers
):
    asked = []
    out = tmp_path / "phieu.docx"
    monkeypatch.setattr(files.QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append(a[2]), (str(out), ""))[1])
    window = editor(qtbot, program)
    window.select(("session", 0, "item", 0))
    window.actions_by_name["ballots"].trigger()
    assert asked == [] and "bầu cử" in window.status.text()  # refused: a vote or a ceremony has no ballot papers
    sample = load_program(program)
    election = next(item for item in sample.items if item.election and item.election.candidates)
    where = next(
        p
        for s in window.draft.paths(("session",))
        for p in window.draft.paths(s + ("item",))
        if window.draft.get(p, "id") == election.id
    )
    window.select(where)
    window.actions_by_name["ballots"].trigger()
    qtbot.waitUntil(lambda: bool(answers), timeout=60000)
    assert asked and election.id in asked[0]
    assert answers[0][0] == "ok" and "phiếu" in answers[0][1] and out.is_file()
    cells = " ".join(c.text for t in docx.Document(str(out)).tables for row in t.rows for c in row.cells)
    assert all(name in cells for name in election.election.candidates)


def test_a_program_with_problems_gets_no_documents_and_is_told_why(qtbot, vietnamese, program, monkeypatch, answers):
    monkeypatch.setattr(
        script_export.QFileDialog,
        "getSaveFileName",
        lambda *a, **k: pytest.fail("no document for a program with problems"),
    )
    window = editor(qtbot, program)
    window.edit(("congress",), {"title": ""})
    window.run_checks()
    assert window.save()
    window.actions_by_name["export_script"].trigger()
    assert "lỗi" in window.status.text() and answers == []
