"""Render the podium window, the card palette and the stage display to PNG (offscreen).

    QT_QPA_PLATFORM=offscreen python docs/screenshots/render.py [vi|en]

Runs the bundled sample on a fake clock in a throw-away journal: three items done, the fourth
running a little over, so every panel has something to show.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from presidium.app.samples import sample_path  # noqa: E402
from presidium.app.session import CongressSession  # noqa: E402
from presidium.core.clock import FakeClock  # noqa: E402
from presidium.core.loader import load_program  # noqa: E402
from presidium.ui.controller import PodiumController  # noqa: E402
from presidium.ui.i18n import Language  # noqa: E402
from presidium.ui.prefs import Preferences  # noqa: E402

HERE = Path(__file__).parent


def main(lang: str = "vi") -> None:
    app = QApplication.instance() or QApplication([])
    Language(app).use(lang)
    program = load_program(sample_path(lang))
    first = program.sessions[0]
    clock = FakeClock(datetime.combine(first.date, first.start).timestamp())
    work = Path(tempfile.mkdtemp())
    session = CongressSession.open(program, work / "journal.db", "rehearsal", clock)
    prefs = Preferences(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    controller = PodiumController(session, prefs, lang)
    window = controller.window
    window.show()

    def shot(name: str, widget=None) -> None:
        controller.refresh()
        app.processEvents()
        (widget or window).grab().save(str(HERE / f"{name}-{lang}.png"))

    for theme in ("light", "dark"):
        if controller.theme.name != theme:
            controller.toggle_theme()
        window.resize(1366, 768)
        if not session.state.started:
            shot(f"ready-1366-{theme}")
            session.start()
            session.set_attendance(148)
            for spend in (330, 290, 610):
                clock.advance(spend)
                session.next()
            clock.advance(program.items[3].duration + 95)
            session.note("Đại biểu cấp trên đến muộn 10 phút" if lang == "vi" else "Guest arrived late", "time")
        shot(f"podium-1366-{theme}")
        window.resize(1920, 1080)
        shot(f"podium-1920-{theme}")
        controller.toggle_stage()
        controller.stage.resize(1280, 720)
        controller.send_message(window.actions.message_text("message_end"))
        shot(f"stage-{theme}", controller.stage)
        controller.toggle_stage()
        window.resize(1366, 768)
        controller.open_cards()
        controller.palette.search.setText("mat dien" if lang == "vi" else "power")
        shot(f"cards-{theme}", controller.palette)
        controller.palette.close()
    controller.shutdown()
    session.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "vi")
