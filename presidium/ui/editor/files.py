"""The editor's File menu beyond Save: New program… (from a template), Import… (a .docx, .xlsx or .csv
read by `presidium.app.importing`, its columns chosen where a table's are uncertain), Export script…
(the kịch bản, written by a child process as the podium's other exports are) and Ballot papers… for the
selected election item (`presidium ballots` in a child process).

A new or imported program opens in an editor window of its own, unsaved; the window it came from keeps
it alive and passes on its "open at the podium". Imported paragraphs or rows that found no place are
listed in a small window beside it, so nothing the office typed is lost silently.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QProcess, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from presidium.app.editing import starting_points
from presidium.app.frozen import presidium_command
from presidium.app.importing import ImportRefused, ImportResult
from presidium.infra.program_file import ProgramFileError, draft_of_text
from presidium.ui import dialogs
from presidium.ui.export_action import ExportJob
from presidium.ui.importing.columns import choose_columns
from presidium.ui.importing.script_export import ask_and_export_script
from presidium.ui.widgets import busy_dialog

if TYPE_CHECKING:
    from presidium.core.editing import ProgramDraft
    from presidium.ui.editor.window import EditorWindow

SHOWN_CHARS = 300  # of each unplaced paragraph in the list; the whole text is its tooltip
_RUNNING: set[BallotsJob] = set()  # jobs whose process has not ended yet


# -- new and imported programs ---------------------------------------------------------------------
def new_program(window: EditorWindow) -> EditorWindow | None:
    """File → New program…: the templates to start from; the new program opens unsaved beside `window`."""
    from presidium.ui.editor import launch  # launch builds EditorWindow, which builds this menu

    dialog = launch.StartDialog(starting_points(window.lang), window)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    point = dialog.chosen() if accepted else None
    dialog.deleteLater()
    if point is None:
        return None
    return _beside(window, draft_of_text(launch.text_from(point)))


def import_program(window: EditorWindow, path: Path | None = None) -> EditorWindow | None:
    """File → Import…: a kịch bản or an agenda read into a new, unsaved program, its unplaced parts listed."""
    if path is None:
        folder = str(window.path.parent) if window.path else ""
        title = QCoreApplication.translate("EditorFiles", "Import a program")
        kinds = QCoreApplication.translate("EditorFiles", "Word or Excel files (*.docx *.xlsx *.xlsm *.csv)")
        chosen, _ = QFileDialog.getOpenFileName(window, title, folder, kinds)
        if not chosen:
            return None
        path = Path(chosen)
    not_imported = QCoreApplication.translate("EditorFiles", "Not imported")
    try:
        result = choose_columns(window, path, window.lang)
    except ImportRefused as refused:
        dialogs.inform(window, not_imported, refused.message(window.lang), error=True)
        return None
    if result is None:
        return None
    try:
        draft = draft_of_text(result.toml, path.with_suffix(".toml").name)
    except ProgramFileError as error:  # the importer's own TOML: should not happen, but never a traceback
        dialogs.inform(window, not_imported, error.message(window.lang), error=True)
        return None
    child = _beside(window, draft)
    child.say(
        QCoreApplication.translate("EditorFiles", "Imported from {name}: {summary}").format(
            name=path.name, summary=result.summary
        )
    )
    if result.unplaced or result.notices:
        child.import_report = ImportReport(result, path.name, child)
        child.import_report.show()
    return child


def _beside(window: EditorWindow, draft: ProgramDraft) -> EditorWindow:
    from presidium.ui.editor import launch

    child = launch.editor_window(draft, None, window.lang)
    child.unsaved_as(None)  # new: Save asks where
    child.open_at_podium.connect(window.open_at_podium)
    # opened from the podium, the editor has no "open at the podium": neither has what it opens
    child.actions_by_name["podium"].setVisible(window.actions_by_name["podium"].isVisible())
    window.opened.append(child)
    child.show()
    return child


class ImportReport(QDialog):
    """What the import could not place (paragraphs, rows) and what it noticed, to copy where they belong."""

    def __init__(self, result: ImportResult, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("Imported from {name}: to check").format(name=name))
        layout = QVBoxLayout(self)
        summary = QLabel(result.summary)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.unplaced = QListWidget()
        self.unplaced.setObjectName("unplaced")
        self.unplaced.setWordWrap(True)
        for where, text in result.unplaced:
            shown = text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"
            self.unplaced.addItem(f"{where}: {shown}")
            self.unplaced.item(self.unplaced.count() - 1).setToolTip(text[:5000])
        if result.unplaced:
            layout.addWidget(
                QLabel(
                    self.tr("Not placed in the program ({count}): copy them where they belong.").format(
                        count=len(result.unplaced)
                    )
                )
            )
            layout.addWidget(self.unplaced, 1)
        self.notices = QListWidget()
        self.notices.setObjectName("notices")
        self.notices.setWordWrap(True)
        self.notices.addItems(result.notices)
        if result.notices:
            layout.addWidget(QLabel(self.tr("Noticed while reading:")))
            layout.addWidget(self.notices, 1)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(620, 320)


# -- documents written by a child process ----------------------------------------------------------
def _saved_and_clean(window: EditorWindow) -> bool:
    """The child process reads the file: save unsaved changes first; a program with problems is refused."""
    if (not window.stack.isClean() or window.path is None) and not window.save():
        return False
    if window.problems:
        window.say(
            QCoreApplication.translate(
                "EditorFiles",
                "Fix the problems listed first: documents are written only for a program without problems.",
            ),
            refusal=True,
        )
        return False
    return True


def export_script(window: EditorWindow) -> ExportJob | None:
    """File → Export script…: the kịch bản (.docx) of the saved program."""
    if not _saved_and_clean(window) or window.path is None:  # saved: it has a path
        return None
    return ask_and_export_script(window, window.path, window.lang)


def selected_election(window: EditorWindow) -> str | None:
    """The id of the election item selected in the tree, if one is."""
    path = window.tree.selected_path()
    if not path or len(path) != 4 or path[0] != "session":
        return None
    if window.draft.get(path, "kind", "") != "election" and not window.draft.get(path, "election", None):
        return None
    return str(window.draft.get(path, "id", "")) or None


def ballot_papers(window: EditorWindow) -> BallotsJob | None:
    """File → Ballot papers…: the ballot papers of the selected election item, written by `presidium ballots`."""
    item = selected_election(window)
    if item is None:
        window.say(
            QCoreApplication.translate(
                "EditorFiles", "Select an election item in the tree first: the ballot papers are for it."
            ),
            refusal=True,
        )
        return None
    if not _saved_and_clean(window):
        return None
    assert window.path is not None
    name = QCoreApplication.translate("EditorFiles", "ballots")
    output, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("EditorFiles", "Save the ballot papers"),
        str(window.path.with_name(f"{name}-{item}.docx")),
        QCoreApplication.translate("EditorFiles", "Word documents (*.docx)"),
    )
    if not output:
        return None
    if not output.lower().endswith(".docx"):
        output += ".docx"
    working = QCoreApplication.translate("EditorFiles", "Writing the ballot papers…")
    progress = busy_dialog(working, QCoreApplication.translate("EditorFiles", "Ballot papers"), window)
    job = BallotsJob(window.path, item, Path(output), window.lang)
    _RUNNING.add(job)

    def done(said: str) -> None:
        progress.close()
        QMessageBox.information(window, QCoreApplication.translate("EditorFiles", "Ballot papers written"), said)

    def failed(said: str) -> None:
        progress.close()
        title = QCoreApplication.translate("EditorFiles", "The ballot papers could not be written")
        QMessageBox.warning(window, title, said)

    job.succeeded.connect(done)
    job.failed.connect(failed)
    job.finished.connect(lambda: _RUNNING.discard(job))
    job.start()
    return job


class BallotsJob(QObject):
    """One `presidium ballots` child process: `succeeded(what it printed)` or `failed(why)`, then `finished`."""

    succeeded = Signal(str)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, program: Path, item: str, output: Path, lang: str = "vi") -> None:
        super().__init__()
        self.output = output
        self.process = QProcess(self)
        command, *arguments = presidium_command()
        self.process.setProgram(command)
        self.process.setArguments(
            arguments + ["--lang", lang, "ballots", str(program), "--item", item, "-o", str(output)]
        )
        self.process.finished.connect(self._ended)
        self.process.errorOccurred.connect(self._could_not_start)

    def start(self) -> None:
        self.process.start()

    def _ended(self, code: int, _status: QProcess.ExitStatus) -> None:
        out = bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace").strip()
        err = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        if code == 0:
            self.succeeded.emit(out.splitlines()[-1] if out else str(self.output))
        else:  # the command's own message, in the chosen language
            self.failed.emit(err.removeprefix("presidium: ") or f"presidium ballots: exit {code}")
        self.finished.emit()

    def _could_not_start(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.failed.emit(self.process.errorString())
            self.finished.emit()
