"""Exporting from a window: minutes or review of a run to .docx, written behind a progress dialog by a child
process running `presidium export … --json` — exactly the command line's code. A separate process keeps
the podium's timers smooth and its memory small while python-docx builds the document, and an export
that fails cannot take the podium down with it.

    ask_and_export(window, "minutes", db_path, session.run_id, lang)
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from presidium.app.frozen import presidium_command
from presidium.ui.widgets import busy_dialog


def _document(what: str) -> str:
    """The menu entry of a document: minutes or review."""
    if what == "minutes":
        return QCoreApplication.translate("Export", "Congress minutes (.docx)…")
    return QCoreApplication.translate("Export", "Lessons-learned review (.docx)…")


def _working(what: str) -> str:
    if what == "minutes":
        return QCoreApplication.translate("Export", "Writing the minutes…")
    return QCoreApplication.translate("Export", "Writing the review…")


def _file_name(what: str) -> str:
    """The file name suggested for a document, without the extension."""
    if what == "minutes":
        return QCoreApplication.translate("Export", "minutes", "file name: lower case, no accents or spaces")
    return QCoreApplication.translate("Export", "review", "file name: lower case, no accents or spaces")


@dataclass(frozen=True)
class Written:
    """What the export process reports: the file, how long it took, notes on how it was made."""

    path: Path
    seconds: float
    warnings: list[str] = field(default_factory=list)


class ExportJob(QObject):
    """One `presidium export` child process; `succeeded(Written)` or `failed(message)`, then `finished`."""

    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, what: str, db: str | Path, run: int | None, output: str | Path, lang: str = "vi") -> None:
        super().__init__()
        self.process = QProcess(self)
        program, *arguments = presidium_command()  # the build's own executable when frozen
        arguments += ["--lang", lang, "export", what, "--db", str(db), "-o", str(output), "--json"]
        if run is not None:
            arguments += ["--run", str(run)]
        self.process.setProgram(program)
        self.process.setArguments(arguments)
        self.process.finished.connect(self._ended)
        self.process.errorOccurred.connect(self._could_not_start)

    def start(self) -> None:
        self.process.start()

    def running(self) -> bool:
        return self.process.state() != QProcess.ProcessState.NotRunning

    def _ended(self, code: int, _status: QProcess.ExitStatus) -> None:
        out = bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace").strip().splitlines()
        err = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        try:
            report = json.loads(out[-1]) if out else {}
        except ValueError:
            report = {}
        if code == 0 and "path" in report:
            self.succeeded.emit(Written(Path(report["path"]), float(report["seconds"]), list(report["warnings"])))
        else:  # the chair must see that it failed, and why
            self.failed.emit(report.get("error") or err or f"presidium export: exit {code}")
        self.finished.emit()

    def _could_not_start(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.failed.emit(self.process.errorString())
            self.finished.emit()


def start_export(
    parent: QWidget,
    what: str,
    db: str | Path,
    run: int | None,
    output: str | Path,
    lang: str = "vi",
    *,
    on_done: Callable[[Written], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> ExportJob:
    """Start the export with a busy progress dialog; the dialog closes when the job ends.

    The dialogs speak the interface language (the installed translator); `lang` is the document's."""
    progress: QProgressDialog = busy_dialog(_working(what), _document(what).rstrip("…"), parent)
    # No Qt parent: closing the window while the file is being written must not kill the export.
    # The job keeps itself alive until its process has ended.
    job = ExportJob(what, db, run, output, lang)
    _RUNNING.add(job)
    job.succeeded.connect(lambda outcome: (progress.close(), on_done and on_done(outcome)))
    job.failed.connect(lambda message: (progress.close(), on_error and on_error(message)))
    job.finished.connect(lambda: _RUNNING.discard(job))
    job.start()
    return job


_RUNNING: set[ExportJob] = set()  # jobs whose process has not ended yet


def ask_and_export(parent: QWidget, what: str, db: str | Path, run: int | None, lang: str = "vi") -> ExportJob | None:
    """Ask where to save, then export; the outcome (or the reason it failed) is shown in a message box."""
    suggested = str(Path(db).with_name(f"{_file_name(what)}{'-' + str(run) if run else ''}.docx"))
    output, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Export", "Save document"),
        suggested,
        QCoreApplication.translate("Export", "Word documents (*.docx)"),
    )
    if not output:
        return None
    if not output.lower().endswith(".docx"):
        output += ".docx"

    def done(outcome: Written) -> None:
        saved = QCoreApplication.translate("Export", "Saved {path} ({seconds:.1f} s).")
        text = saved.format(path=outcome.path, seconds=outcome.seconds)
        if outcome.warnings:
            notes = QCoreApplication.translate("Export", "Notes:")
            text += "\n\n" + notes + "\n" + "\n".join(f"• {w}" for w in outcome.warnings)
        QMessageBox.information(parent, QCoreApplication.translate("Export", "Document written"), text)

    def failed(message: str) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("Export", "The document could not be written"), message)

    return start_export(parent, what, db, run, output, lang, on_done=done, on_error=failed)
