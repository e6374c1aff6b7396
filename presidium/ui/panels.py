"""The big panels of the podium window: the current item, the timer, what comes next.

Each panel has one `show(snapshot, theme)` that repaints it from a Snapshot; no panel calls the
session or decides anything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from presidium.core.placeholders import fill
from presidium.ui.figures import Snapshot, duration_face, hhmm, minutes, timer_face
from presidium.ui.theme import Theme
from presidium.ui.widgets import FitLabel


def label(name: str, size: int, bold: bool = False, wrap: bool = True) -> QLabel:
    widget = QLabel()
    widget.setObjectName(name)
    font = widget.font()
    font.setPointSize(size)
    font.setBold(bold)
    widget.setFont(font)
    widget.setWordWrap(wrap)
    return widget


def panel_frame() -> QFrame:
    frame = QFrame()
    frame.setObjectName("panel")
    return frame


class CurrentItemPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.caption = label("caption", 13)
        self.title = label("itemTitle", 28, bold=True)
        self.by = label("by", 17, bold=True)
        self.script = QTextBrowser()
        self.script.setObjectName("script")
        self.script.setOpenLinks(False)
        self.script.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the clicker's shortcuts
        self.notes = QTextBrowser()  # the chair's private note: a few lines, scrollable, never the script's room
        self.notes.setObjectName("notes")
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes.setMaximumHeight(84)
        notes_font = QFont(self.notes.font())
        notes_font.setPointSize(12)
        notes_font.setItalic(True)
        self.notes.setFont(notes_font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.caption)
        layout.addWidget(self.title)
        layout.addWidget(self.by)
        layout.addWidget(self.script, 1)
        layout.addWidget(self.notes)
        self._script_text: str | None = None

    def set_script_size(self, points: int) -> None:
        # A widget style sheet, because the application's theme sheet is re-applied on a theme switch.
        self.script.setStyleSheet(f"QTextBrowser#script {{ font-size: {points}pt; }}")
        font = QFont(self.script.font())
        font.setPointSize(points)
        self.script.document().setDefaultFont(font)

    def script_size(self) -> int:
        self.script.ensurePolished()
        return self.script.font().pointSize()

    def show_snapshot(self, snap: Snapshot, theme: Theme) -> None:
        item = snap.item
        if item is None:
            self.caption.setText(self.tr("The run is finished") if snap.finished else "")
            self.title.setText(self.tr("End of the program") if snap.finished else self.tr("No items"))
            self.by.clear()
            self._set_script("")
            self.notes.hide()
            return
        place, count = snap.position
        slot = snap.program.slot(item.id) if snap.program.has_item(item.id) else None
        planned = f"{slot.start:%H:%M}–{slot.end:%H:%M}" if slot else self.tr("unplanned")
        heading = self.tr("Item {place} of {count}").format(place=place, count=count)
        if not snap.started:
            heading = self.tr("First item (not started)")
        self.caption.setText(" · ".join(x for x in (heading, snap.session_title(), planned) if x))
        self.title.setText(item.title)
        self.by.setText(self.tr("By: {who}").format(who=item.by) if item.by else "")
        self.by.setVisible(bool(item.by))
        self._set_script(fill(item.script, snap.values) if item.script else "")
        self.notes.setPlainText(self.tr("Private note: {text}").format(text=item.notes) if item.notes else "")
        self.notes.setVisible(bool(item.notes))

    def _set_script(self, text: str) -> None:
        if text == self._script_text:
            return
        bar = self.script.verticalScrollBar()
        keep = bar.value() if self._script_text is not None else 0
        self._script_text = text
        self.script.setPlainText(text)
        bar.setValue(keep)

    def script_text(self) -> str:
        return self.script.toPlainText()


class TimerPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.caption = label("caption", 15, bold=True)
        self.face = FitLabel("+88:88", largest=96)
        self.face.setObjectName("timer")
        self.budget = label("muted", 13)
        self.delta = label("delta", 24, bold=True)
        self.projected = label("muted", 13)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(2)
        for widget in (self.caption, self.face, self.budget, self.delta, self.projected):
            layout.addWidget(widget)
        self.phase = "normal"

    def show_snapshot(self, snap: Snapshot, theme: Theme) -> None:
        timers = snap.timers
        current = timers.current
        if not snap.started:
            first = snap.item
            self.phase = "ready"
            self.caption.setText(self.tr("Not started"))
            self.face.setText(duration_face(first.duration) if first else "–")
            self.budget.setText(self.tr("Press Space, → or PageDown to start the run"))
            self.budget.setStyleSheet(f"color: {theme.accent}; font-weight: bold; background: transparent;")
            self._colour(self.face, theme.muted)
            self.delta.clear()
            self.projected.clear()
            return
        self.budget.setStyleSheet("")
        if current is None:
            self.phase = "finished"
            self.caption.setText(self.tr("Finished at {time}").format(time=hhmm(snap.state.finished_at)))
            self.face.setText("■")
            self.budget.clear()
            self._colour(self.face, theme.muted)
        else:
            self.phase = current.phase
            if snap.paused:
                self.caption.setText(self.tr("PAUSED for {length}").format(length=duration_face(timers.paused_for)))
            elif current.remaining < 0:
                self.caption.setText(self.tr("Over time"))
            else:
                self.caption.setText(self.tr("Remaining"))
            self.face.setText(timer_face(current.remaining))
            self.budget.setText(self.tr("Planned {budget} · spoken {elapsed}").format(
                budget=duration_face(current.budget), elapsed=duration_face(current.elapsed)))
            self._colour(self.face, theme.phase_colour("overrun" if current.phase == "danger" else current.phase))
        self._colour(self.caption, theme.over if snap.paused else theme.muted)
        self.delta.setText(self.delta_text(timers.delta))
        late = max(0.0, timers.delta)
        self._colour(self.delta, theme.over if late >= 60 else theme.ok if timers.delta <= -60 else theme.text)
        ends = self.tr("Session ends {projected} (planned {planned})").format(
            projected=hhmm(timers.projected_session_end), planned=hhmm(timers.planned_session_end))
        if timers.projected_day_end is not None and timers.projected_day_end != timers.projected_session_end:
            ends += " · " + self.tr("day ends {time}").format(time=hhmm(timers.projected_day_end))
        self.projected.setText(ends)

    def delta_text(self, delta: float) -> str:
        whole = minutes(delta)
        if whole == 0:
            return self.tr("On time")
        if delta > 0:
            return self.tr("{minutes} min behind").format(minutes=whole)
        return self.tr("{minutes} min ahead").format(minutes=whole)

    @staticmethod
    def _colour(widget: QLabel, colour: str) -> None:
        widget.setStyleSheet(f"color: {colour}; background: transparent;")


class NextPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.caption = label("caption", 13, bold=True)
        self.title = label("nextTitle", 17, bold=True)
        self.detail = label("muted", 13)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(2)
        for widget in (self.caption, self.title, self.detail):
            layout.addWidget(widget)

    def show_snapshot(self, snap: Snapshot, theme: Theme) -> None:
        item = snap.upcoming
        self.caption.setText(self.tr("Next"))
        if item is None:
            self.title.setText(self.tr("— nothing after this item —") if not snap.finished else "—")
            self.detail.clear()
            return
        self.title.setText(item.title)
        parts = [item.by, duration_face(item.duration)]
        self.detail.setText(" · ".join(p for p in parts if p))
