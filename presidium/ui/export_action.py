"""The Export menu: minutes or review of a run to .docx, written off the GUI thread behind a progress
dialog. The work is `presidium.app.cli_export.export` — exactly what `presidium export` runs.

    menu = export_menu(window, lambda: (db_path, session.run_id), lang)
    window.menuBar().addMenu(menu)
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog, QWidget

from presidium.app.cli_export import ExportError, Outcome, export

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


class ExportJob(QThread):
    """One export in a worker thread; `succeeded(Outcome)` or `failed(message)` arrive on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, what: str, db: str | Path, run: int | None, output: str | Path, lang: str = "vi",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.what, self.db, self.run_id, self.output, self.lang = what, db, run, output, lang

    def run(self) -> None:  # the worker thread
        try:
            outcome = export(self.what, self.db, self.run_id, self.output, self.lang)
        except ExportError as error:
            self.failed.emit(str(error))
        except Exception as error:  # never let a worker die silently: the chair must see it failed
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.succeeded.emit(outcome)


def start_export(parent: QWidget, what: str, db: str | Path, run: int | None, output: str | Path,
                 lang: str = "vi", *, on_done: Callable[[Outcome], None] | None = None,
                 on_error: Callable[[str], None] | None = None) -> ExportJob:
    """Start the export with a busy progress dialog; the dialog closes when the job ends."""
    t = TEXT.get(lang, TEXT["vi"])
    progress = QProgressDialog(t[f"working_{what}"], None, 0, 0, parent)
    progress.setWindowTitle(t[what].rstrip("…"))
    progress.setMinimumDuration(300)  # a quick export never flashes a dialog
    progress.setValue(0)
    # No Qt parent: closing the window while the file is being written must not destroy a running
    # thread (Qt aborts the process then). The job keeps itself alive until its thread has ended.
    job = ExportJob(what, db, run, output, lang)
    _RUNNING.add(job)
    job.succeeded.connect(lambda outcome: (progress.close(), on_done and on_done(outcome)))
    job.failed.connect(lambda message: (progress.close(), on_error and on_error(message)))
    job.finished.connect(lambda: _RUNNING.discard(job))
    job.start()
    return job


_RUNNING: set[ExportJob] = set()  # jobs whose thread has not ended yet


def ask_and_export(parent: QWidget, what: str, db: str | Path, run: int | None, lang: str = "vi") -> ExportJob | None:
    """Ask where to save, then export; the outcome (or the reason it failed) is shown in a message box."""
    t = TEXT.get(lang, TEXT["vi"])
    suggested = str(Path(db).with_name(f"{t['names'][what]}{'-' + str(run) if run else ''}.docx"))
    output, _ = QFileDialog.getSaveFileName(parent, t["save"], suggested, t["filter"])
    if not output:
        return None
    if not output.lower().endswith(".docx"):
        output += ".docx"

    def done(outcome: Outcome) -> None:
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
