"""`presidium edit [FILE]`, and the editor opened from the podium's File menu.

Opening a file offers back the unsaved work an editor left in its recovery file; a new program starts
from a template (or a bundled sample, see app/editing.py) chosen in a small dialog.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from presidium.app.editing import StartingPoint, starting_points, untitled_recoveries
from presidium.core.editing import ProgramDraft
from presidium.infra.program_file import ProgramFileError, draft_of_text, pending_recovery, read_draft
from presidium.ui import dialogs
from presidium.ui.application import application
from presidium.ui.editor import syntax
from presidium.ui.editor.syntax import SyntaxFix
from presidium.ui.editor.window import EditorWindow
from presidium.ui.i18n import DEFAULT_LANGUAGE, Language
from presidium.ui.prefs import Preferences
from presidium.ui.screen_check import display_problem
from presidium.ui.theme import style_sheet, theme


class StartDialog(QDialog):
    """New program: which template (or sample) it starts from."""

    def __init__(self, points: list[StartingPoint], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startDialog")
        self.setWindowTitle(self.tr("New program"))
        self.points = points
        self.choices = QListWidget()
        self.choices.setObjectName("templates")
        self.choices.setWordWrap(True)
        self.choices.setSpacing(5)  # a gap between one template and the next: each is two or three lines
        for point in points:  # the title, and under it the line that says what the template holds
            entry = QListWidgetItem(f"{point.title}\n{point.description}" if point.description else point.title)
            entry.setToolTip(point.name)
            self.choices.addItem(entry)
        self.choices.setCurrentRow(0)
        self.choices.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start from:")))
        layout.addWidget(self.choices, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)

    def chosen(self) -> StartingPoint | None:
        row = self.choices.currentRow()
        return self.points[row] if 0 <= row < len(self.points) else None


def text_from(point: StartingPoint) -> str:
    """The text of a new program made from a starting point (written to a scratch file, then read)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "new.toml"
        point.create(path)
        return path.read_text(encoding="utf-8")


def new_editor(
    lang: str, parent: QWidget | None = None, point: StartingPoint | None = None, *, recover: bool | None = None
) -> EditorWindow | None:
    """An editor on a new, unsaved program; None when the person cancels the choice. New programs left
    unsaved by editor windows that did not close are offered back first, each in a window of its own
    (`recover` answers for tests); one not restored stays on disk and is offered again next time."""
    restored = [
        window for window in (_restored(name, lang, parent, recover) for name in untitled_recoveries()) if window
    ]
    if restored:
        first = restored[0]
        for window in restored[1:]:  # the first is shown by the caller; the others beside it
            window.open_at_podium.connect(first.open_at_podium)
            first.opened.append(window)
            window.show()
        return first
    if point is None:
        dialog = StartDialog(starting_points(lang), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        point = dialog.chosen()
        if point is None:
            return None
    draft = draft_of_text(text_from(point))
    return editor_window(draft, None, lang)


def _restored(untitled: Path, lang: str, parent: QWidget | None, recover: bool | None) -> EditorWindow | None:
    """The new program an editor left unsaved under the name `untitled`, if the person wants it back."""
    recovered = pending_recovery(untitled)
    if recovered is None:
        return None
    try:
        draft = draft_of_text(recovered)
    except ProgramFileError:
        return None
    if recover is None:
        title = draft.data.get("congress", {}).get("title", "")
        recover = dialogs.confirm(
            parent,
            QCoreApplication.translate("EditorLaunch", "Unsaved work found"),
            QCoreApplication.translate(
                "EditorLaunch", "A new program was left unsaved when the editor closed:\n{title}\nRestore it?"
            ).format(title=str(title)[:200] or "…"),
            QCoreApplication.translate("EditorLaunch", "Restore"),
        )
    if not recover:
        return None
    window = editor_window(draft, None, lang)
    window.mark_recovered(untitled)
    return window


def open_editor(
    path: Path,
    lang: str,
    parent: QWidget | None = None,
    *,
    recover: bool | None = None,
    journal: Path | None = None,
    mend: Callable[[SyntaxFix], int] = SyntaxFix.exec,
) -> EditorWindow | None:
    """An editor on a program file; None (after saying why) when it cannot be read. A file that is not valid
    TOML is first shown as text to mend (`mend` runs that window: tests drive it). Unsaved work left by an
    editor that did not close is offered back (`recover` answers for tests). `journal`: the podium's, when it
    records elsewhere than the program's default journal."""
    draft = _draft_or_mended(path, lang, parent, mend)
    if draft is None:
        return None
    recovered = pending_recovery(path)
    if recovered is not None:
        if recover is None:
            recover = dialogs.confirm(
                parent,
                QCoreApplication.translate("EditorLaunch", "Unsaved work found"),
                QCoreApplication.translate(
                    "EditorLaunch", "The editor was closed without saving changes to {name}. Restore them?"
                ).format(name=path.name),
                QCoreApplication.translate("EditorLaunch", "Restore"),
            )
        if recover:
            try:
                window = editor_window(draft_of_text(recovered, path), path, lang, journal)
            except ProgramFileError:
                window = None
            if window is not None:
                window.mark_recovered()
                return window
    return editor_window(draft, path, lang, journal)


def _draft_or_mended(
    path: Path, lang: str, parent: QWidget | None, mend: Callable[[SyntaxFix], int]
) -> ProgramDraft | None:
    """The draft of `path`. A file that does not parse is shown as text with its faulty line marked; once
    mended there (and saved) it is read again. None, after saying why, when it cannot be read or was not mended."""
    try:
        return read_draft(path)[0]
    except ProgramFileError as error:
        refused = error
    try:
        text = path.read_bytes().decode("utf-8-sig")  # read_draft has just read it
    except (OSError, UnicodeDecodeError):
        text = ""
    if refused.code != "program_file.syntax" or not text or len(text) > syntax.MAX_CHARS:  # no text to mend here
        dialogs.inform(
            parent,
            QCoreApplication.translate("EditorLaunch", "The program cannot be edited"),
            refused.message(lang),
            error=True,
        )
        return None
    fix = SyntaxFix(path, text, lang, parent)
    fix.resize(1366, 768)
    try:
        if mend(fix) != QDialog.DialogCode.Accepted:
            return None
    finally:
        fix.deleteLater()
    return _draft_or_mended(path, lang, parent, mend)


def editor_window(draft: ProgramDraft, path: Path | None, lang: str, journal: Path | None = None) -> EditorWindow:
    """An editor window at 1366×768 in the chosen theme."""
    colours = theme(Preferences().theme)
    window = EditorWindow(draft, path, lang, colours, journal)
    window.setStyleSheet(style_sheet(colours))
    window.resize(1366, 768)
    return window


def main(args: Any) -> int:
    code = getattr(args, "lang", None) or DEFAULT_LANGUAGE
    problem = display_problem(code)
    if problem and QApplication.instance() is None:
        print(problem, file=sys.stderr)
        return 2
    app = application()
    app.setApplicationName("Presidium")
    app.setOrganizationName("Presidium")
    language = Language(app)
    code = language.use(getattr(args, "lang", None) or Preferences().language or DEFAULT_LANGUAGE)
    file = getattr(args, "file", None)
    if file is not None and not Path(file).exists():
        window = new_editor(code)
        if window is not None:
            window.unsaved_as(Path(file))  # a new program, saved where the command said
    elif file is not None:
        window = open_editor(Path(file), code)
    else:
        window = new_editor(code)
    if window is None:
        return 1
    window.open_at_podium.connect(lambda path: _podium(app, window, path, code))
    window.show()
    try:
        return app.exec()
    finally:
        if window.podium is not None:
            window.podium.session.close()


def _podium(app: QApplication, window: EditorWindow, path: str, code: str) -> None:
    """The saved program at the podium, in rehearsal, beside the editor (one at a time)."""
    from argparse import Namespace

    from presidium.ui.launch import open_podium  # the podium's modules load only when asked for

    if window.podium is not None:
        window.podium.session.close()
        window.podium.window.close()
    window.podium = open_podium(Namespace(file=path, live=False, db=None, lang=code), app, Preferences())
