"""A discussion at the podium: the speaker strip (who speaks, who is next, whether the rest fit) and
the speakers dialog (L) for floor requests, moves, absences and written submissions.

The strip paints a Snapshot; the dialog calls the functions it is given (each one session call
through the Podium) and repaints its list from the queue they leave behind.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from presidium.core.speakers import SpeakerQueue
from presidium.ui.figures import Snapshot, duration_face
from presidium.ui.theme import Theme
from presidium.ui.widgets import ElidedLabel, label, set_sheet


class SpeakerStrip(QFrame):
    """Who speaks now (name, unit, topic), who is next, how many remain and whether they fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakerStrip")
        self.caption = label("caption", 12, bold=True, wrap=False)
        self.name = label("speakerName", 19, bold=True)
        self.about = label("muted", 13)
        self.next = ElidedLabel()
        self.next.setObjectName("speakerNext")
        self.next.setFont(label("speakerNext", 13).font())
        self.fit = label("speakerFit", 13, bold=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        for widget in (self.caption, self.name, self.about, self.next, self.fit):
            layout.addWidget(widget)
        self.hide()

    def show_snapshot(self, snap: Snapshot, theme: Theme) -> None:
        figures = snap.speakers
        self.setVisible(figures is not None)
        if figures is None:
            return
        self.setStyleSheet(f"QFrame#speakerStrip {{ border: 2px solid {theme.accent}; border-radius: 6px; }}")
        current = figures.current
        if current is None:
            self.caption.setText(self.tr("SPEAKERS"))
            self.name.setText(self.tr("Nobody is speaking"))
            self.about.setVisible(False)
        else:
            self.caption.setText(self.tr("SPEAKING NOW"))
            self.name.setText(current.name)
            about = " · ".join(x for x in (current.speaker.unit, current.speaker.topic) if x)
            self.about.setText(about)
            self.about.setVisible(bool(about))
        upcoming = figures.next
        if upcoming is None:
            self.next.setText(self.tr("Next: nobody is waiting"))
        else:
            self.next.setText(
                self.tr("Next: {name}{unit} · {allowance}").format(
                    name=upcoming.name,
                    unit=f", {upcoming.speaker.unit}" if upcoming.speaker.unit else "",
                    allowance=duration_face(upcoming.allowance),
                )
            )
        if figures.waiting == 0 and current is None:
            self.fit.setText(self.tr("Nobody is left to speak."))
            colour = theme.muted
        else:
            template = (
                self.tr("{count} left, {needed} min needed — {left} min left: enough")
                if figures.fits
                else self.tr("{count} left, {needed} min needed — {left} min left: not enough")
            )
            self.fit.setText(
                template.format(count=figures.waiting, needed=figures.needed_minutes, left=figures.left_minutes)
            )
            colour = theme.ok if figures.fits else theme.over
        set_sheet(self.fit, f"color: {colour}; background: transparent;")


class SpeakersDialog(QDialog):
    """The list of speakers of the current discussion, and what the chair can change in it."""

    def __init__(
        self,
        queue: Callable[[], SpeakerQueue | None],
        actions: dict[str, Callable[..., bool]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("speakersDialog")
        self.setWindowTitle(self.tr("Speakers"))
        self._queue, self._actions = queue, actions
        self.list = QListWidget()
        self.list.setFont(QFont(self.list.font().family(), 13))
        self.list.setMinimumHeight(220)
        buttons = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for index, (name, text) in enumerate(
            (
                ("call", self.tr("Call to speak")),
                ("done", self.tr("End the turn")),
                ("up", self.tr("Move up")),
                ("down", self.tr("Move down")),
                ("absent", self.tr("Absent")),
                ("written", self.tr("Submits in writing")),
            )
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, n=name: self._act(n))
            buttons.addWidget(button, index // 2, index % 2)
            self.buttons[name] = button
        self.refusal = label("refusal", 13, bold=True)
        self.refusal.hide()

        self.floor_name, self.floor_unit, self.floor_topic = QLineEdit(), QLineEdit(), QLineEdit()
        self.floor_name.setPlaceholderText(self.tr("Full name"))
        self.floor_minutes = QSpinBox()
        self.floor_minutes.setRange(1, 60)
        waiting = queue()
        default = waiting.default_allowance if waiting else 420
        self.floor_minutes.setValue(max(1, default // 60))
        self.floor_minutes.setSuffix(self.tr(" min"))
        self.add = QPushButton(self.tr("Add the request"))
        self.add.setAutoDefault(False)
        self.add.clicked.connect(self._add_floor)
        self.floor_name.returnPressed.connect(self._add_floor)
        floor = QGroupBox(self.tr("Request from the floor"))
        form = QFormLayout(floor)
        form.addRow(self.tr("Name"), self.floor_name)
        form.addRow(self.tr("Unit"), self.floor_unit)
        form.addRow(self.tr("Topic"), self.floor_topic)
        form.addRow(self.tr("Time allowed"), self.floor_minutes)
        form.addRow(self.add)

        close = QDialogButtonBox()
        close.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole).setAutoDefault(False)
        close.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addLayout(buttons)
        right.addWidget(floor)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(self.list, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.refusal)
        layout.addWidget(close)
        for widget in (self.floor_name, self.floor_unit, self.floor_topic, self.floor_minutes):
            widget.setFont(QFont(widget.font().family(), 13))
        self.resize(1000, 520)
        self.refresh()
        self.list.setFocus()

    def _words(self) -> dict[str, str]:
        return {
            "waiting": self.tr("waiting"),
            "speaking": self.tr("speaking now"),
            "done": self.tr("has spoken"),
            "absent": self.tr("absent"),
            "written": self.tr("in writing"),
        }

    def refresh(self) -> None:
        queue = self._queue()
        chosen = self.selected()
        self.list.clear()
        if queue is None:
            return
        words = self._words()
        for index, turn in enumerate(queue.turns, 1):
            extra = self.tr(" (from the floor)") if turn.floor else ""
            about = " — ".join(x for x in (turn.speaker.unit, turn.speaker.topic) if x)
            text = (
                f"{index}. {turn.name}{extra} · {duration_face(turn.allowance)} · {words.get(turn.status, turn.status)}"
            )
            row = QListWidgetItem(text + (f"\n     {about}" if about else ""))
            row.setData(Qt.ItemDataRole.UserRole, turn.name)
            font = row.font()
            font.setBold(turn.status == "speaking")
            font.setStrikeOut(turn.status in ("absent", "written"))
            row.setFont(font)
            self.list.addItem(row)
            if turn.name == chosen or (chosen is None and turn is queue.next):
                self.list.setCurrentItem(row)

    def selected(self) -> str | None:
        row = self.list.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row is not None else None

    def select(self, name: str) -> None:
        for index in range(self.list.count()):
            if self.list.item(index).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(index)

    def refuse(self, text: str) -> None:
        self.refusal.setText(text)
        self.refusal.setVisible(bool(text))

    def _act(self, name: str) -> None:
        self.refuse("")
        chosen = self.selected()
        calls: dict[str, Callable[[], bool]] = {
            "call": lambda: self._actions["call"](chosen),
            "done": self._actions["done"],
            "up": lambda: self._actions["move"](chosen, -1),
            "down": lambda: self._actions["move"](chosen, +1),
            "absent": lambda: self._actions["absent"](chosen),
            "written": lambda: self._actions["written"](chosen),
        }
        if chosen is None and name != "done":
            self.refuse(self.tr("Choose a speaker in the list first."))
            return
        calls[name]()
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        """Enter adds a floor request (in its fields) and never closes the list; Escape closes it."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)

    def _add_floor(self) -> None:
        self.refuse("")
        name = self.floor_name.text().strip()
        if self._actions["floor"](
            name, self.floor_unit.text().strip(), self.floor_topic.text().strip(), self.floor_minutes.value() * 60
        ):
            for field in (self.floor_name, self.floor_unit, self.floor_topic):
                field.clear()
            self.refresh()
            self.select(name)
