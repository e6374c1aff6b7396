"""Opens the counting window for a station (`presidium count` without --script)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from presidium.app.counting import CountingStation
from presidium.ui.counting.controller import CountingController
from presidium.ui.counting.window import CountingWindow
from presidium.ui.i18n import Language
from presidium.ui.screen_check import display_problem


def build_window(station: CountingStation, lang: str) -> CountingWindow:
    return CountingWindow(CountingController(station, lang), lang)


def run_window(station: CountingStation, lang: str) -> int:
    problem = display_problem(lang)
    if problem and QApplication.instance() is None:
        print(problem, file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Presidium")
    language = Language(app)
    language.use(lang)
    window = build_window(station, lang)
    window.resize(1366, 768)
    window.show()
    try:
        return app.exec()
    finally:
        window.close()
        language.use("en")  # the application is left with no catalogue of ours installed, as it was found
