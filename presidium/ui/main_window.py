"""The podium window: lays out the banner, the current item, the timer, next, agenda and buttons.

It paints what a Snapshot says and offers the actions; the controller decides what they do.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from presidium.ui.actions import Actions
from presidium.ui.agenda import AgendaList
from presidium.ui.figures import Snapshot
from presidium.ui.panels import CurrentItemPanel, HallLine, NextPanel, TimerPanel
from presidium.ui.theme import Theme
from presidium.ui.widgets import ButtonRow, ElidedLabel, label

BUTTONS = ("back", "next", "pause", "skip", "cards", "note", "vote", "stage", "finish")


# Actions that write to the journal: disabled in a read-only view of another window's journal.
RECORDING_ACTIONS = (
    "next",
    "back",
    "pause",
    "skip",
    "finish",
    "undo",
    "note",
    "vote",
    "call",
    "speakers",
    "insert",
    "attendance",
    "mirror",
)


class MainWindow(QMainWindow):
    closing = Signal()
    # The podium's actions by name; it hides QWidget.actions(), which nothing here calls.
    actions: Actions  # type: ignore[assignment]

    def __init__(self, icon_colour: str, language: str) -> None:
        super().__init__()
        self.setObjectName("podium")
        self.setMinimumSize(1024, 640)
        # Not `actions`: that name is QWidget.actions(), the list of the window's QActions.
        self.commands = Actions(self, icon_colour)

        self.banner = label("banner", 18, bold=True, wrap=False)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setMinimumWidth(190)
        self.congress = ElidedLabel(smallest=11)  # the congress's name: smaller before it is cut
        self.congress.setObjectName("congressTitle")
        self.congress.setFont(label("congressTitle", 14, bold=True).font())
        self.fingerprint = label("muted", 11, wrap=False)
        self.wall_clock = label("wallClock", 18, bold=True, wrap=False)
        self.notice = label("notice", 13)
        self.notice.hide()
        self.current = CurrentItemPanel()
        self.timer = TimerPanel()
        self.upcoming = NextPanel()
        self.agenda = AgendaList()
        self.status_line = label("status", 13)  # a long refusal wraps rather than widen the window
        self.status_line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # …but two lines at most: the status bar asks a wrapping label its height for a tiny width and
        # would otherwise take half the screen from the script.
        self.status_line.setMaximumHeight(2 * self.status_line.fontMetrics().lineSpacing() + 4)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.banner)
        top.addWidget(self.congress, 1)
        top.addWidget(self.wall_clock)

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.timer)
        column.addWidget(self.upcoming)
        column.addWidget(self.agenda, 1)
        split = QHBoxLayout()
        split.setSpacing(8)
        split.addWidget(self.current, 3)
        split.addWidget(right, 2)

        # Icon and label while all nine labels fit the width; icons alone (label and key in the tooltip)
        # when not. Buttons never take the focus: Space must always mean "next".
        self.button_row = ButtonRow()
        self.buttons: dict[str, QToolButton] = {
            name: self.button_row.add(self.commands[name], f"button_{name}", points=13, icon=24) for name in BUTTONS
        }

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 6, 10, 4)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addLayout(split, 1)
        layout.addWidget(self.button_row)
        self.setCentralWidget(body)
        self.statusBar().addWidget(self.status_line, 1)
        self.hall = HallLine()  # present of convened and the quorum, once attendance is reported
        self.statusBar().addPermanentWidget(self.hall)
        self.mirror_status = label("muted", 11, wrap=False)  # when the standby copy was last made
        self.mirror_status.hide()
        self.statusBar().addPermanentWidget(self.mirror_status)
        self.statusBar().addPermanentWidget(self.fingerprint)  # for checking the version, not for reading out
        self._menus(language)

    def _menus(self, language: str) -> None:
        a = self.commands
        files = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu = files
        for name in ("export_minutes", "export_review", "export_script"):
            files.addAction(a[name])
        files.addSeparator()
        files.addAction(a["review"])
        files.addAction(a["mirror"])
        run = self.menuBar().addMenu(self.tr("&Run"))
        for name in ("next", "back", "pause", "skip", "undo", "finish"):
            run.addAction(a[name])
        run.addSeparator()
        run.addAction(a["quit"])
        tools = self.menuBar().addMenu(self.tr("&Tools"))
        for name in ("cards", "note", "vote", "result", "attendance"):
            tools.addAction(a[name])
        tools.addSeparator()
        for name in ("call", "speakers", "insert"):
            tools.addAction(a[name])
        stage = self.menuBar().addMenu(self.tr("&Stage"))
        stage.addAction(a["stage"])
        stage.addSeparator()
        for name in ("message_end", "message_brief", "message_custom", "message_clear"):
            stage.addAction(a[name])
        view = self.menuBar().addMenu(self.tr("&View"))
        for name in ("zoom_in", "zoom_out"):
            view.addAction(a[name])
        view.addSeparator()
        view.addAction(a["dark"])
        languages = view.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("vi", "Tiếng Việt"), ("en", "English")):
            action = languages.addAction(name)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == language)
            group.addAction(action)
            self.language_actions[code] = action

    # --- painting --------------------------------------------------------------------------
    def _grey_recording_actions(self) -> None:
        """A read-only view records nothing: its buttons and keys that would record look and act disabled
        (the session refuses them anyway). Reading the cards, the stage display and exports stay."""
        for name in RECORDING_ACTIONS:
            if self.commands[name].isEnabled():
                self.commands[name].setEnabled(False)

    def show_snapshot(self, snap: Snapshot, theme: Theme) -> None:
        live = snap.mode == "live"
        self.banner.setText(self.tr("LIVE") if live else self.tr("REHEARSAL"))
        if snap.readonly:  # nothing here is recorded: say so where the chair looks first
            self.banner.setText(self.tr("{mode} · VIEW ONLY").format(mode=self.banner.text()))
            self._grey_recording_actions()
        self.banner.setProperty("mode", "live" if live else "rehearsal")
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.congress.setText(snap.program.congress.title)
        self.fingerprint.setText(self.tr("Program {fingerprint}").format(fingerprint=snap.program.short_fingerprint))
        self.wall_clock.setText(datetime.fromtimestamp(snap.now).strftime("%H:%M:%S"))
        self.setWindowTitle(f"{snap.program.congress.title} — Presidium")
        for panel in (self.current, self.timer, self.upcoming, self.agenda, self.hall):
            panel.show_snapshot(snap, theme)
        a = self.commands
        a["next"].setText(self.tr("Next") if snap.started else self.tr("Start"))
        a["pause"].setText(self.tr("Resume") if snap.paused else self.tr("Pause"))

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_mirror_status(self, text: str, failing: bool = False) -> None:
        """The standby copy: when it last succeeded, or (in the alarm colour) that it fails."""
        self.mirror_status.setText(text)
        self.mirror_status.setObjectName("status" if failing else "muted")
        self.mirror_status.setProperty("refusal", failing)
        self.mirror_status.style().unpolish(self.mirror_status)
        self.mirror_status.style().polish(self.mirror_status)
        self.mirror_status.setVisible(bool(text))

    def say(self, text: str, refusal: bool = False) -> None:
        """The status line: what was just done, or (in the alarm colour) why it was not."""
        self.status_line.setText(text)
        self.status_line.setProperty("refusal", refusal)
        self.status_line.style().unpolish(self.status_line)
        self.status_line.style().polish(self.status_line)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
