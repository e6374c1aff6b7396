"""The stage display (F5): a second top-level window, full screen on the second screen when there
is one, showing the speaker the item, the remaining time, huge, and the chair's short message; after a vote
or a count, the verdict line in place of the time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from presidium.ui.figures import Snapshot, timer_face
from presidium.ui.results import Results
from presidium.ui.theme import Theme
from presidium.ui.widgets import BreakingLabel, FitLabel, label


class StageWindow(QWidget):
    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("stage")
        self.setWindowTitle(self.tr("Presidium — stage display"))
        self.title = label("stageTitle", 34, bold=True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.speaker = label("stageSpeaker", 26)
        self.speaker.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.face = FitLabel("+88:88", largest=320, smallest=40)
        self.face.setObjectName("stageTimer")
        self.face.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.face.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.result = BreakingLabel(largest=48, smallest=24)  # a vote's or count's verdict, while it is fresh
        self.result.setObjectName("stageResult")
        self.result.setFont(label("stageResult", 44, bold=True).font())
        self.result.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.result.hide()
        self.message = label("stageMessage", 40, bold=True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(self.title)
        layout.addWidget(self.speaker)
        layout.addWidget(self.face, 1)
        layout.addWidget(self.result, 1)
        layout.addWidget(self.message)
        self._message = ""

    def set_message(self, text: str) -> None:
        self._message = text

    @property
    def message_text(self) -> str:
        return self._message

    def show_snapshot(self, snap: Snapshot, theme: Theme) -> None:
        item = snap.item if snap.started else None
        self.title.setText(item.title if item else (snap.program.congress.title if not snap.finished else ""))
        self.speaker.setText(item.by if item else "")
        current = snap.timers.current
        figures = snap.speakers
        speaking = figures.current if figures is not None else None
        if current is None:
            self.face.setText("")
            colour = theme.text
        elif figures is not None and speaking is not None:  # a discussion: the speaker at the lectern, their time
            self.speaker.setText(speaking.name)
            self.face.setText(timer_face(figures.remaining))
            colour = theme.phase_colour(figures.phase)
        else:
            self.face.setText(timer_face(current.remaining))
            phase = "overrun" if current.phase in ("danger", "overrun") else current.phase
            colour = theme.phase_colour(phase)
        self.face.setStyleSheet(f"color: {colour}; background: transparent;")
        verdict = Results().verdict(snap.result, snap.lang) if snap.result is not None else None
        self.result.setText(verdict.text if verdict else "")
        self.result.setVisible(verdict is not None)
        self.face.setVisible(verdict is None)
        if verdict is not None:  # the hall reads the verdict line alone, in the outcome's colour
            self.result.setStyleSheet(f"color: {verdict.colour(theme)}; background: transparent;")
        self.message.setText(self._message)
        self.message.setVisible(bool(self._message))
        self.message.setStyleSheet(f"color: {theme.window}; background: {theme.warn}; padding: 12px;")

    def place(self, main: QWidget) -> None:
        """Full screen on a screen other than the chair's when there is one, else a plain window."""
        screens = QGuiApplication.screens()
        chair = main.screen()
        others = [screen for screen in screens if screen is not chair]
        if len(screens) > 1 and others:
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
        else:
            self.resize(1280, 720)
            self.show()
