"""Shared set-up for the podium window tests: a real session on a fake clock, isolated settings.

Imported by the other tests/test_ui_*.py files (the `make_podium` fixture itself is in conftest.py); its
own tests cover the accent-insensitive search.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from presidium.app.session import CongressSession
from presidium.core.clock import FakeClock
from presidium.core.loader import load_program
from presidium.ui.controller import PodiumController
from presidium.ui.i18n import Language
from presidium.ui.prefs import Preferences

PROGRAMS = Path(__file__).parent / "programs"
MINIMAL = PROGRAMS / "minimal.toml"
# 07:30 local on the program's date, so planned and actual times line up.
START = datetime(2025, 7, 7, 7, 30).timestamp()


class Podium:
    """A controller, its window, the fake clock and the session behind them."""

    def __init__(self, controller: PodiumController, clock: FakeClock) -> None:
        self.controller = controller
        self.window = controller.window
        self.session = controller.session
        self.clock = clock

    def press(self, qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        if QApplication.activeWindow() is not self.window:  # a dialog just closed
            self.window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window, timeout=3000)
        qtbot.keyClick(self.window, key, modifier)

    def wait(self, seconds: float) -> None:
        """Let the fake clock run, then let the 200 ms tick repaint."""
        self.clock.advance(seconds)
        self.controller.refresh()


def when_modal(handle: Callable[[QWidget], None]) -> None:
    """Run `handle(dialog)` on the next modal dialog once it is shown (exec() blocks the test)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
        else:
            handle(dialog)

    QTimer.singleShot(0, look)


def podium_factory(qtbot, tmp_path):
    """The `make_podium` fixture's body (tests/conftest.py): yields a maker of podium windows, and puts
    the interface back in English after the test."""
    languages: list[Language] = []

    def make(lang: str = "vi", program: Path = MINIMAL, mode: str = "rehearsal", db: Path | None = None,
             clock: FakeClock | None = None) -> Podium:
        app = QApplication.instance()
        language = Language(app)
        language.use(lang)
        languages.append(language)
        clock = clock or FakeClock(START)
        session = CongressSession.open(load_program(program), db or tmp_path / "journal.db", mode, clock)
        prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        controller = PodiumController(session, prefs, lang)
        qtbot.addWidget(controller.window)
        controller.window.show()
        controller.window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is controller.window, timeout=3000)
        return Podium(controller, clock)

    yield make
    for language in languages:
        language.use("en")  # removes the Vietnamese catalogue for the next test
