"""File → Export → the kịch bản (.docx), for the podium's and the editor's menus: the same child process
as the other exports (`presidium export script --program FILE -o OUT --json`, read by
`presidium.ui.export_action.ExportJob`), so python-docx never runs in the window's process.

    action.triggered.connect(lambda: ask_and_export_script(window, Path(program.source), lang))
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from presidium.ui.export_action import ExportJob, Written
from presidium.ui.widgets import busy_dialog

_RUNNING: set[ExportJob] = set()  # jobs whose process has not ended yet


def start_script_export(
    parent: QWidget | None,
    program: str | Path,
    output: str | Path,
    lang: str = "vi",
    *,
    on_done: Callable[[Written], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> ExportJob:
    """Write the script of `program` to `output` in a child process, behind a busy dialog."""
    progress = busy_dialog(
        QCoreApplication.translate("ScriptExport", "Writing the script…"),
        QCoreApplication.translate("ScriptExport", "Script"),
        parent,
    )
    job = ExportJob("script", "", None, output, lang)
    job.process.setArguments(
        ["-m", "presidium", "--lang", lang, "export", "script", "--program", str(program), "-o", str(output), "--json"]
    )
    job.process.setProgram(sys.executable)
    _RUNNING.add(job)
    job.succeeded.connect(lambda outcome: (progress.close(), on_done and on_done(outcome)))
    job.failed.connect(lambda message: (progress.close(), on_error and on_error(message)))
    job.finished.connect(lambda: _RUNNING.discard(job))
    job.start()
    return job


def ask_and_export_script(parent: QWidget, program: str | Path, lang: str = "vi") -> ExportJob | None:
    """Ask where to save the script, write it, and say where it went (or why it could not be written)."""
    name = QCoreApplication.translate("ScriptExport", "script", "file name: lower case, no accents or spaces")
    suggested = str(Path(program).with_name(f"{name}.docx"))
    output, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ScriptExport", "Save the script"),
        suggested,
        QCoreApplication.translate("ScriptExport", "Word documents (*.docx)"),
    )
    if not output:
        return None
    if not output.lower().endswith(".docx"):
        output += ".docx"

    def done(outcome: Written) -> None:
        text = QCoreApplication.translate("ScriptExport", "Saved {path} ({seconds:.1f} s).").format(
            path=outcome.path, seconds=outcome.seconds
        )
        QMessageBox.information(parent, QCoreApplication.translate("ScriptExport", "Script written"), text)

    def failed(message: str) -> None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("ScriptExport", "The script could not be written"), message
        )

    return start_script_export(parent, program, output, lang, on_done=done, on_error=failed)
