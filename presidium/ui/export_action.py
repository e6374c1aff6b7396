"""The Export menu: minutes or review of a run to .docx, written behind a progress dialog by a child
process running `presidium export … --json` — exactly the command line's code. A separate process keeps
the podium's timers smooth and its memory small while python-docx builds the document, and an export
that fails cannot take the podium down with it.

    menu = export_menu(window, lambda: (db_path, session.run_id), lang)
    window.menuBar().addMenu(menu)
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QProcess, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog, QWidget

TEXT = {
    "vi": {"menu": "Xuất văn bản", "minutes": "Biên bản Đại hội (.docx)…", "review": "Báo cáo rút kinh nghiệm (.docx)…",
           "working_minutes": "Đang xuất biên bản…", "working_review": "Đang xuất báo cáo rút kinh nghiệm…",
           "save": "Lưu văn bản", "filter": "Văn bản Word (*.docx)", "done_title": "Đã xuất văn bản",
           "done": "Đã lưu {path} ({seconds:.1f} giây).", "failed_title": "Không xuất được văn bản",
           "notes": "Lưu ý:", "names": {"minutes": "bien-ban-dai-hoi", "review": "rut-kinh-nghiem"}},
    "en": {"menu": "Export", "minutes": "Congress minutes (.docx)…", "review": "Lessons-learned review (.docx)…",
           "working_minutes": "Writing the minutes…", "working_review": "Writing the review…",
           "save": "Save document", "filter": "Word documents (*.docx)", "done_title": "Document written",
           "done": "Saved {path} ({seconds:.1f} s).", "failed_title": "The document could not be written",
           "notes": "Notes:", "names": {"minutes": "minutes", "review": "review"}},
}


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
        arguments = ["-m", "presidium", "--lang", lang, "export", what, "--db", str(db), "-o", str(output), "--json"]
        if run is not None:
            arguments += ["--run", str(run)]
        self.process.setProgram(sys.executable)
        self.process.setArguments(arguments)
        self.process.finished.connect(self._ended)
        self.process.errorOccurred.connect(self._could_not_start)

    def start(self) -> None:
        self.process.start()

    def running(self) -> bool:
        return self.process.state() != QProcess.ProcessState.NotRunning

    def _ended(self, code: int, _status) -> None:
        out = bytes(self.process.readAllStandardOutput()).decode("utf-8", "replace").strip().splitlines()
        err = bytes(self.process.readAllStandardError()).decode("utf-8", "replace").strip()
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


def start_export(parent: QWidget, what: str, db: str | Path, run: int | None, output: str | Path,
                 lang: str = "vi", *, on_done: Callable[[Written], None] | None = None,
                 on_error: Callable[[str], None] | None = None) -> ExportJob:
    """Start the export with a busy progress dialog; the dialog closes when the job ends."""
    t = TEXT.get(lang, TEXT["vi"])
    progress = QProgressDialog(t[f"working_{what}"], None, 0, 0, parent)
    progress.setWindowTitle(t[what].rstrip("…"))
    progress.setMinimumDuration(300)  # a quick export never flashes a dialog
    progress.setValue(0)
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
    t = TEXT.get(lang, TEXT["vi"])
    suggested = str(Path(db).with_name(f"{t['names'][what]}{'-' + str(run) if run else ''}.docx"))
    output, _ = QFileDialog.getSaveFileName(parent, t["save"], suggested, t["filter"])
    if not output:
        return None
    if not output.lower().endswith(".docx"):
        output += ".docx"

    def done(outcome: Written) -> None:
        text = t["done"].format(path=outcome.path, seconds=outcome.seconds)
        if outcome.warnings:
            text += "\n\n" + t["notes"] + "\n" + "\n".join(f"• {w}" for w in outcome.warnings)
        QMessageBox.information(parent, t["done_title"], text)

    def failed(message: str) -> None:
        QMessageBox.warning(parent, t["failed_title"], message)

    return start_export(parent, what, db, run, output, lang, on_done=done, on_error=failed)


def export_menu(parent: QWidget, target: Callable[[], tuple[str | Path, int | None]], lang: str = "vi") -> QMenu:
    """The Export menu; `target()` gives (journal path, run id or None) at the moment it is used."""
    t = TEXT.get(lang, TEXT["vi"])
    menu = QMenu(t["menu"], parent)
    for what in ("minutes", "review"):
        action = menu.addAction(t[what])
        action.triggered.connect(lambda _checked=False, w=what: ask_and_export(parent, w, *target(), lang))
    return menu
