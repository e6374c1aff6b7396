"""A program file that is not valid TOML, opened as plain text so the office can mend it in the editor.

After a hand edit in Notepad (Word's curly quotes, a quote never closed) the file cannot be read into the
editor's tree. Rather than stop at the parser's message, the file is shown as it is, the faulty line marked,
with the same words `presidium validate` says (core/toml_hints.py, the catalogue's "problem.syntax*").
"Check again" reads the text once more; once it parses it is saved (atomically, the old file kept as .bak)
and the normal editor opens on it. Nothing typed here is lost: closing with changes asks first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QColor, QFont, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from presidium.core.problems import Problem
from presidium.core.toml_hints import syntax_problem
from presidium.infra.program_file import ProgramFileError, draft_of_text, save_text

MAX_CHARS = 5_000_000  # no program is longer; a bigger file is not one (the loader refuses it too)


class SyntaxFix(QDialog):
    """The text of `path`, its first syntax problem said above it and its line marked; accepted once the
    text parses and is saved."""

    def __init__(self, path: Path, text: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syntaxFix")
        self.path, self.lang, self.saved_text = path, lang, text
        self.setWindowTitle(self.tr("{name}: the file needs a fix before it can be edited").format(name=path.name))
        self.intro = QLabel(
            self.tr(
                "This file is not written correctly, so the editor cannot show it as a program. Fix the marked "
                "line here, then press Check again: once the file reads correctly it is saved and the editor opens."
            )
        )
        self.intro.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("syntaxProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.problem_label.font()
        font.setBold(True)
        self.problem_label.setFont(font)
        self.view = QPlainTextEdit()
        self.view.setObjectName("syntaxText")
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.view.setFont(QFont("monospace"))
        self.view.setPlainText(text)
        buttons = QDialogButtonBox()
        self.check_button = buttons.addButton(self.tr("Check again"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.check_button.setObjectName("checkAgain")
        self.check_button.setDefault(True)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.check_button.clicked.connect(self.check_again)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.problem: Problem | None = None
        self.show_problem(syntax_problem(text, path.name))

    def text(self) -> str:
        return self.view.toPlainText()

    def show_problem(self, problem: Problem | None) -> None:
        """Say the problem and mark its line (and put the cursor there)."""
        self.problem = problem
        if problem is None:
            self.problem_label.setText("")
            self.view.setExtraSelections([])
            return
        where = self.tr("Line {line}: ").format(line=problem.line) if problem.line else ""
        self.problem_label.setText(where + problem.message(self.lang))
        block = self.view.document().findBlockByNumber(max(problem.line, 1) - 1)
        if not block.isValid():
            block = self.view.document().lastBlock()
        mark = QTextEdit.ExtraSelection()
        mark.format.setBackground(QColor("#ffd7d7"))
        mark.format.setForeground(QColor("#000000"))
        mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        mark.cursor = QTextCursor(block)
        mark.cursor.clearSelection()
        self.view.setExtraSelections([mark])
        self.view.setTextCursor(QTextCursor(block))
        self.view.centerCursor()

    def check_again(self) -> bool:
        """Read the text once more: still wrong, say where; right, save it and accept."""
        text = self.text()
        if len(text) > MAX_CHARS:
            self.problem_label.setText(self.tr("The text is too long to be a program."))
            return False
        problem = syntax_problem(text, self.path.name)
        if problem is None:
            try:
                draft_of_text(text, self.path)
            except ProgramFileError as error:  # the editor's reader is stricter in a few corners
                problem = Problem(self.path.name, 0, error.said)
        if problem is not None:
            self.show_problem(problem)
            self.view.setFocus()
            return False
        if not self._save(text):
            return False
        self.accept()
        return True

    def _save(self, text: str) -> bool:
        try:
            save_text(self.path, text)
        except ProgramFileError as error:
            self.problem_label.setText(error.message(self.lang))
            return False
        self.saved_text = text
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        event.ignore()  # the window's close button asks as Escape does, in reject()
        self.reject()

    def reject(self) -> None:
        if self.may_close():
            super().reject()

    def may_close(self) -> bool:
        """True when nothing typed would be lost, or the person chose to save it as it is or to drop it."""
        if self.text() == self.saved_text:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to the file as they are, though it is not correct yet?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is cancel or clicked is None:
            return False
        return clicked is not save or self._save(self.text())
