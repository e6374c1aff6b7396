"""A program file hand-edited into bad TOML (Word's curly quotes, a quote never closed) opens in the editor
as plain text: the same words `presidium validate` says, the faulty line marked, and "Check again" that
saves the mended file and opens the normal editor. Nothing typed is lost on the way."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from presidium.core.loader import load_program
from presidium.core.problems import ProgramError
from presidium.ui.editor import launch as editor_launch
from presidium.ui.editor.syntax import SyntaxFix
from presidium.ui.i18n import Language

MINIMAL = (Path(__file__).parent / "programs" / "minimal.toml").read_text(encoding="utf-8")
GOOD_TITLE = 'title = "Đại hội đại biểu Đảng bộ Phường Bến Thành lần thứ I"'
CURLY_TITLE = "title = “Đại hội đại biểu Đảng bộ Phường Bến Thành lần thứ I”"


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("PRESIDIUM_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def language():
    code = Language(QApplication.instance())
    yield code
    code.use("en")


@pytest.fixture
def curly(tmp_path) -> Path:
    path = tmp_path / "dai-hoi.toml"
    path.write_text(MINIMAL.replace(GOOD_TITLE, CURLY_TITLE, 1), encoding="utf-8")
    return path


def validate_says(path: Path, lang: str) -> str:
    with pytest.raises(ProgramError) as caught:
        load_program(path)
    (problem,) = caught.value.problems
    return problem.message(lang)


def marked_line(fix: SyntaxFix) -> int:
    (mark,) = fix.view.extraSelections()
    return mark.cursor.blockNumber() + 1


def replace_text(fix: SyntaxFix, old: str, new: str) -> None:
    fix.view.setPlainText(fix.text().replace(old, new, 1))


def test_a_file_with_curly_quotes_is_mended_as_text_and_then_opens_in_the_editor(qtbot, curly, tmp_path, language):
    language.use("vi")
    seen: dict[str, object] = {}

    def mend(fix: SyntaxFix) -> int:
        qtbot.addWidget(fix)
        fix.show()
        seen["problem"] = fix.problem_label.text()
        seen["line"] = marked_line(fix)
        seen["cursor"] = fix.view.textCursor().blockNumber() + 1
        fix.grab().save(str(tmp_path / "syntax-fix.png"))
        replace_text(fix, CURLY_TITLE, GOOD_TITLE)
        qtbot.mouseClick(fix.check_button, Qt.MouseButton.LeftButton)
        return fix.result()

    window = editor_launch.open_editor(curly, "vi", recover=False, mend=mend)
    assert window is not None
    qtbot.addWidget(window, before_close_func=lambda w: w.stack.setClean())
    line = MINIMAL.splitlines().index(GOOD_TITLE) + 1
    assert seen["line"] == seen["cursor"] == line
    assert seen["problem"] == f"Dòng {line}: " + validate_says(tmp_path / "dai-hoi.toml.bak", "vi")
    assert "ngoặc kép kiểu Word" in str(seen["problem"])
    assert window.draft.get(("congress",), "title") == "Đại hội đại biểu Đảng bộ Phường Bến Thành lần thứ I"
    assert curly.read_text(encoding="utf-8") == MINIMAL  # saved as mended, the broken one kept as .bak
    assert "“" in (tmp_path / "dai-hoi.toml.bak").read_text(encoding="utf-8")
    assert window.problems == []


def test_check_again_on_a_text_still_wrong_says_the_new_place_and_writes_nothing(qtbot, curly):
    fix = SyntaxFix(curly, curly.read_text(encoding="utf-8"), "en")
    qtbot.addWidget(fix)
    fix.view.setPlainText(fix.text().replace(CURLY_TITLE, GOOD_TITLE).replace('start = "07:30"', "start = 07:30"))
    assert fix.check_again() is False
    line = MINIMAL.splitlines().index('start = "07:30"') + 1
    assert marked_line(fix) == line
    assert fix.problem_label.text().startswith(f"Line {line}: TOML syntax error")
    assert 'start = "07:30"' in fix.problem_label.text()  # what to write instead
    assert "“" in curly.read_text(encoding="utf-8") and fix.result() != QDialog.DialogCode.Accepted


def test_an_unclosed_quote_marks_its_line_in_english(qtbot, tmp_path):
    path = tmp_path / "p.toml"
    path.write_text(MINIMAL.replace('place = "Thành phố Hồ Chí Minh"', 'place = "Thành phố Hồ Chí Minh'), "utf-8")
    fix = SyntaxFix(path, path.read_text(encoding="utf-8"), "en")
    qtbot.addWidget(fix)
    assert marked_line(fix) == MINIMAL.splitlines().index('place = "Thành phố Hồ Chí Minh"') + 1
    assert "a quote opened on this line is never closed" in fix.problem_label.text()


def _answer(button_text: str) -> None:
    """Click `button_text` in the question box once it is open (it runs its own event loop)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        (button,) = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(20, click)


def test_closing_with_changes_asks_and_can_keep_them_in_the_file(qtbot, curly):
    fix = SyntaxFix(curly, curly.read_text(encoding="utf-8"), "en")
    qtbot.addWidget(fix)
    fix.show()
    fix.view.setPlainText(fix.text() + "# a note typed while fixing\n")
    _answer("Cancel")
    fix.reject()  # Escape or Close: asks; Cancel keeps the window open
    assert fix.isVisible()
    _answer("Save")
    fix.reject()
    assert not fix.isVisible()
    assert curly.read_text(encoding="utf-8").endswith("# a note typed while fixing\n")


def test_closing_without_changes_loses_nothing_and_opens_no_editor(qtbot, curly):
    before = curly.read_bytes()

    def mend(fix: SyntaxFix) -> int:
        qtbot.addWidget(fix)
        fix.reject()  # nothing typed: no question
        return fix.result()

    assert editor_launch.open_editor(curly, "en", recover=False, mend=mend) is None
    assert curly.read_bytes() == before


def test_a_file_too_big_to_be_a_program_is_refused_with_the_parsers_words_not_shown_as_text(qtbot, curly, monkeypatch):
    from presidium.ui import dialogs
    from presidium.ui.editor import syntax

    said: list[str] = []
    monkeypatch.setattr(syntax, "MAX_CHARS", 100)
    monkeypatch.setattr(dialogs, "inform", lambda _parent, _title, text, error=False: said.append(text))
    shown: list[SyntaxFix] = []
    assert editor_launch.open_editor(curly, "en", recover=False, mend=lambda fix: shown.append(fix) or 0) is None
    assert not shown and len(said) == 1 and "TOML" in said[0]
