"""PRESIDIUM_FIRST_FRAME: open the podium, wait for its first complete frame, then close it.

The smoke test of the built application and the start-up measurements need the real window, opened
the way the chair opens it, to prove it comes up and then to go away by itself. With the variable
set, `presidium` (or `presidium open FILE`) waits until the window has painted and its icons are in,
saves that frame as a PNG when the value is a file name ending in .png, and quits with 0; with 3 when
the icon fonts could not be loaded (a build missing them would show a podium without icons).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from presidium.ui import icons

ENV = "PRESIDIUM_FIRST_FRAME"
NO_ICONS = 3


def requested(environ: Mapping[str, str] = os.environ) -> str | None:
    """The variable's value when set (any non-empty value quits; a .png path also saves the frame)."""
    return environ.get(ENV) or None


def close_after_first_frame(app: QApplication, window: QWidget, value: str) -> icons.AfterFirstPaint:
    """Arrange for `app` to quit once `window` has shown its first frame with its icons."""

    def painted() -> None:
        # The podium loads the icon fonts right after its first paint (icons.defer); this runs after that.
        try:
            icons.load()
            missing = icons.icon("next").isNull()
        except Exception as error:  # noqa: BLE001 — any failure to load the fonts is the finding
            print(f"presidium: icon fonts: {error}", file=sys.stderr)
            missing = True
        if value.lower().endswith(".png"):
            target = Path(value)
            target.parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(target))
        app.exit(NO_ICONS if missing else 0)

    # Queued behind the controller's own after-paint step, so the frame saved carries the icons.
    return icons.AfterFirstPaint(window, lambda: QTimer.singleShot(0, painted))
