"""`presidium` and `presidium open FILE [--live] [--db PATH]`: load the program, open its journal,
resume an unfinished run, show the podium window. A bad program file is explained, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from presidium.app.frozen import release_own_console
from presidium.app.samples import app_icon, sample_path
from presidium.app.session import CongressSession, JournalError, JournalLocked
from presidium.core.catalogue import say
from presidium.core.catalogue.system import reason as system_reason
from presidium.core.clock import Clock
from presidium.core.loader import load_program
from presidium.core.problems import ProgramError
from presidium.infra.paths import default_db_path
from presidium.ui import dialogs, first_frame, icons
from presidium.ui.application import application
from presidium.ui.controller import PodiumController
from presidium.ui.i18n import DEFAULT_LANGUAGE, Language
from presidium.ui.main_window import MainWindow
from presidium.ui.prefs import Preferences
from presidium.ui.screen_check import display_problem


class PodiumApp:
    """The running application: one session, one language, one podium window at a time."""

    def __init__(self, session: CongressSession, prefs: Preferences, language: Language, notice: str = "") -> None:
        self.session = session
        self.prefs = prefs
        self.language = language
        self.notice = notice
        self.controller = self._build()

    def _build(self) -> PodiumController:
        return PodiumController(self.session, self.prefs, self.language.code, self.switch_language, self.notice)

    @property
    def window(self) -> MainWindow:
        return self.controller.window

    def switch_language(self, code: str) -> None:
        if code == self.language.code:
            return
        self.language.use(code)
        old = self.controller
        self.controller = self._build()
        self.controller.window.show()
        old.window.close()
        old.deleteLater()


def resume_notice(session: CongressSession, lang: str = DEFAULT_LANGUAGE) -> str:
    lines = []
    if session.readonly:
        lines.append(
            QCoreApplication.translate(
                "Launch", "Read-only view: another window writes this journal; this one follows it and records nothing."
            )
        )
    if session.resumed:
        lines.append(
            QCoreApplication.translate(
                "Launch",
                "Resumed the unfinished run #{run} where it stopped; the time the program was closed is recorded.",
            ).format(run=session.run_id)
        )
    if session.mode == "live" and session.warnings:
        lines.append(QCoreApplication.translate("Launch", "Live run — check before starting:"))
    lines += [
        QCoreApplication.translate("Launch", "Warning: {text}").format(text=say(text, lang))
        for text in session.warnings
    ]
    return "\n".join(lines)


def open_podium(args: Any, app: QApplication, prefs: Preferences, clock: Clock | None = None) -> PodiumApp | None:
    """Everything `main` does short of the event loop; None (after saying why) when it cannot open."""
    language = Language(app)
    code = language.use(getattr(args, "lang", None) or prefs.language or DEFAULT_LANGUAGE)
    path = Path(args.file) if getattr(args, "file", None) else sample_path(code)
    try:
        program = load_program(path)
    except ProgramError as error:
        dialogs.inform(
            None,
            QCoreApplication.translate("Launch", "The program cannot be opened"),
            QCoreApplication.translate("Launch", "Problems in the program file:") + "\n\n" + error.text(code),
            error=True,
        )
        return None
    except OSError as error:
        dialogs.inform(
            None,
            QCoreApplication.translate("Launch", "The program cannot be opened"),
            QCoreApplication.translate("Launch", "Cannot read {path}: {reason}").format(
                path=path, reason=say(system_reason(error), code)
            ),
            error=True,
        )
        return None
    mode = "live" if getattr(args, "live", False) else "rehearsal"
    db = Path(args.db) if getattr(args, "db", None) else default_db_path(program.source or path)
    try:
        db.parent.mkdir(parents=True, exist_ok=True)
        session = CongressSession.open(program, db, mode, clock)
    except JournalLocked as locked:  # one writer per journal: offer to watch instead
        viewing = _view_instead(locked, program, db, mode, clock, code)
        if viewing is None:
            return None
        session = viewing
    except (JournalError, OSError) as error:
        dialogs.inform(
            None,
            QCoreApplication.translate("Launch", "The journal cannot be opened"),
            f"{db}\n\n{say(error, code)}",
            error=True,
        )
        return None
    folder = getattr(args, "mirror", None) or prefs.mirror
    if folder and not session.readonly:
        session.set_mirror(folder)  # a failure shows in the status bar; it never stops the chair
    notice = resume_notice(session, code)
    icons.defer()  # the window paints first; the icon fonts follow (a fifth of the start-up)
    podium = PodiumApp(session, prefs, language, notice)
    podium.window.show()
    if mode == "live" and session.warnings:  # the real congress: say it before the first key press
        dialogs.inform(podium.window, QCoreApplication.translate("Launch", "Check before the live run"), notice)
    return podium


def _view_instead(
    locked: JournalLocked, program: Any, db: Path, mode: str, clock: Clock | None, code: str
) -> CongressSession | None:
    """The journal is written by another window: say which, and offer a read-only view."""
    title = QCoreApplication.translate("Launch", "The journal is open in another window")
    question = (
        say(locked, code)
        + "\n\n"
        + QCoreApplication.translate("Launch", "Open a read-only view? Nothing will be recorded from this window.")
    )
    if not dialogs.confirm(None, title, question, QCoreApplication.translate("Launch", "Read-only view")):
        return None
    try:
        return CongressSession.view(program, db, mode, clock)
    except JournalError as error:
        dialogs.inform(
            None,
            QCoreApplication.translate("Launch", "The journal cannot be opened"),
            f"{db}\n\n{say(error, code)}",
            error=True,
        )
        return None


def main(args: Any) -> int:
    release_own_console()  # Windows build started from a shortcut: no console window behind the podium
    problem = display_problem(getattr(args, "lang", None) or DEFAULT_LANGUAGE)
    if problem and QApplication.instance() is None:
        print(problem, file=sys.stderr)
        return 2
    app = application()
    app.setApplicationName("Presidium")
    app.setOrganizationName("Presidium")
    app.setDesktopFileName("presidium")  # matches presidium.desktop, so a Linux desktop shows our icon
    app.setWindowIcon(QIcon(str(app_icon())))
    podium = open_podium(args, app, Preferences())
    if podium is None:
        return 1
    requested = first_frame.requested()
    if requested:
        watcher = first_frame.close_after_first_frame(app, podium.window, requested)  # noqa: F841
    try:
        return app.exec()
    finally:
        podium.session.close()
