"""Podium windows for the tests: a real session on a fake clock, isolated settings, driven by keys.

`podium_factory` is the body of the `make_podium` fixture (tests/conftest.py); `when_modal` answers the
next modal dialog; `settle` waits until a window's layout has stopped moving; `to_item`, `type_into`, `nominate` and `count` are the keys a chair or a secretary
presses to reach an item and fill in the vote panel.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from presidium.app.session import CongressSession
from presidium.core.clock import FakeClock
from presidium.core.loader import load_program
from presidium.ui.controller import PodiumController
from presidium.ui.i18n import Language
from presidium.ui.prefs import Preferences

PROGRAMS = Path(__file__).resolve().parent.parent / "programs"
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


def settle(qtbot, window: QWidget, timeout: int = 3000) -> None:
    """Wait until the window's layout stops moving: every widget's place, size and font the same on two
    polls in a row with events handled between them (a face or a table refits after a resize, a long
    status line wraps), rather than a fixed wait that a loaded machine can outrun."""
    seen: list[list] = []

    def still() -> bool:
        now = [
            (widget.geometry().getRect(), widget.isVisible(), widget.font().pointSizeF())
            for widget in window.findChildren(QWidget)
        ]
        same = bool(seen) and seen[-1] == now
        seen[:] = [now]
        return same

    qtbot.waitUntil(still, timeout=timeout)


def podium_factory(qtbot, tmp_path):
    """The `make_podium` fixture's body (tests/conftest.py): yields a maker of podium windows, and puts
    the interface back in English after the test."""
    languages: list[Language] = []

    def make(
        lang: str = "vi",
        program: Path = MINIMAL,
        mode: str = "rehearsal",
        db: Path | None = None,
        clock: FakeClock | None = None,
    ) -> Podium:
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


def to_item(podium, qtbot, presses: int) -> None:
    for _ in range(presses):
        podium.press(qtbot, Qt.Key.Key_Space)
        podium.wait(10)


def type_into(qtbot, field, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def nominate(podium, qtbot, name: str, for_: str) -> None:
    def change(panel):
        assert panel.tabs.currentIndex() == 0
        panel.change.setCurrentIndex(panel.change.findData("nominate"))
        panel.name.setEditText(name)
        type_into(qtbot, panel.list_for, for_)
        qtbot.keyClick(panel.list_for, Qt.Key.Key_Return)

    when_modal(change)
    podium.press(qtbot, Qt.Key.Key_V)


def count(podium, qtbot, issued: str, returned: str, invalid: str, votes: list[str], seen: list | None = None) -> None:
    def record(panel):
        assert panel.tabs.currentIndex() == 1 or panel.tabs.setCurrentIndex(1) is None
        if seen is not None:
            seen.append((panel.round_line.text(), list(panel.votes)))
        type_into(qtbot, panel.issued, issued)
        type_into(qtbot, panel.returned, returned)
        type_into(qtbot, panel.invalid, invalid)
        for field, value in zip(panel.votes.values(), votes, strict=True):
            type_into(qtbot, field, value)
        qtbot.keyClick(panel.invalid, Qt.Key.Key_Return)

    when_modal(record)
    podium.press(qtbot, Qt.Key.Key_V)
