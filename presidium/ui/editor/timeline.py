"""A strip under a session's or an item's form: each item of the session as a block as long as its
duration, with its planned start; the session's end, and a flag when it runs past its planned end or
into the next session of the day. Recomputed from the draft as durations are typed."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from presidium.core.editing import Timeline


class TimelineBar(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setMinimumHeight(44)
        self.timeline: Timeline | None = None
        self.current: int | None = None
        self.colours = ("#0B3D91", "#F1F3F6", "#000000", "#B00000")

    def show_timeline(self, timeline: Timeline | None, current: int | None, colours: tuple[str, str, str, str]) -> None:
        self.timeline, self.current, self.colours = timeline, current, colours
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        timeline = self.timeline
        if timeline is None or not timeline.slots or timeline.start is None or timeline.end is None:
            return
        accent, panel, text, alarm = (QColor(c) for c in self.colours)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        end = max(timeline.end, timeline.planned_end or timeline.end)
        total = max(1.0, (end - timeline.start).total_seconds())
        width, height = self.width() - 2, self.height() - 2
        for slot in timeline.slots:
            left = (slot.start - timeline.start).total_seconds() / total * width
            right = (slot.end - timeline.start).total_seconds() / total * width
            box = QRectF(1 + left, 1, max(1.0, right - left), height)
            late = timeline.planned_end is not None and slot.end > timeline.planned_end
            current = slot.index == self.current
            painter.setBrush(alarm if late else accent if current else panel)
            painter.setPen(QPen(text, 1))
            painter.drawRect(box)
            if current and late:  # the selected item stays findable among the late ones
                painter.setPen(QPen(accent, 4))
                painter.drawRect(box.adjusted(2, 2, -2, -2))
            if box.width() > 46:
                painter.setPen(QColor("#FFFFFF") if late or slot.index == self.current else text)
                painter.drawText(
                    box.adjusted(4, 0, -2, 0),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    slot.start.strftime("%H:%M"),
                )
        if timeline.planned_end is not None:
            x = 1 + (timeline.planned_end - timeline.start).total_seconds() / total * width
            painter.setPen(QPen(alarm, 3))
            painter.drawLine(int(x), 0, int(x), self.height())
        painter.end()


class TimelineStrip(QWidget):
    """The bar with a line of words under it; the words are set by the form (they are translated there)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("timeline")
        self.bar = TimelineBar()
        self.words = QLabel()
        self.words.setObjectName("timelineWords")
        self.words.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.bar)
        layout.addWidget(self.words)

    def flagged(self) -> bool:
        timeline = self.bar.timeline
        return bool(timeline and (timeline.overrun or timeline.collides))
