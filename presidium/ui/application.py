"""The process's one QApplication: the one already made (by a test, or the editor before the podium),
else a new one."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # A QCoreApplication without widgets cannot show a window; Qt refuses a second one (RuntimeError).
    return QApplication(sys.argv[:1])
