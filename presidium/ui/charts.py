"""Planned-against-actual charts of a review, painted with QPainter (no plotting library).

The same paint functions draw the widgets of the review screen and the PNG images embedded in the
Word review (`review_charts`), so both show the same picture.

- Timeline: per session, a "planned" lane and an "actual" lane on one clock axis; items that ran over
  are red, inserted items amber, skipped items hatched in the planned lane.
- Overruns: the items furthest from their planned time, signed bars around zero (over to the right).
"""

from __future__ import annotations

import atexit
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QImageWriter,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from presidium.core.catalogue import decimal
from presidium.core.catalogue import text as say
from presidium.core.review import ItemReview, Review
from presidium.core.zone import local

if TYPE_CHECKING:
    from presidium.ui.theme import Theme


@dataclass(frozen=True)
class Palette:
    background: QColor
    text: QColor
    grid: QColor
    planned: QColor
    actual: tuple[QColor, QColor]
    over: QColor
    early: QColor
    inserted: QColor


PRINT = Palette(
    QColor("#FFFFFF"),
    QColor("#000000"),
    QColor("#B8BEC8"),
    QColor("#8FA3C0"),
    (QColor("#0B3D91"), QColor("#3E6DB5")),
    QColor("#B00000"),
    QColor("#1E7A3A"),
    QColor("#C77700"),
)


def palette_from_theme(theme: Theme) -> Palette:
    """A palette for the screen from presidium.ui.theme.Theme."""
    return Palette(
        QColor(theme.window),
        QColor(theme.text),
        QColor(theme.border),
        QColor(theme.muted),
        (QColor(theme.accent), QColor(theme.accent).lighter(130)),
        QColor(theme.over),
        QColor(theme.ok),
        QColor(theme.warn),
    )


def _font(unit: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(8, int(unit)))
    font.setBold(bold)
    return font


# ---------------------------------------------------------------------------------------------- timeline


@dataclass(frozen=True)
class Lane:
    title: str
    planned: tuple[tuple[float, float, ItemReview], ...]  # (start, end) in minutes of the day
    actual: tuple[tuple[float, float, ItemReview], ...]
    shifted: bool


def _minute_of_day(moment: datetime) -> float:
    return moment.hour * 60 + moment.minute + moment.second / 60


def timeline_lanes(review: Review) -> list[Lane]:
    lanes = []
    for session in review.sessions:
        items = [i for i in review.items if i.session_id == session.id]
        planned = tuple(
            (_minute_of_day(i.planned_start), _minute_of_day(i.planned_start) + i.planned / 60, i)
            for i in items
            if i.planned_start is not None
        )
        held = [(i.start, i.end, i) for i in items if i.start is not None and i.end is not None]
        if not planned and not held:
            continue
        shift, shifted = 0.0, False
        if held and planned:
            first = local(min(began for began, _, _ in held))  # the run's zone when exporting (core.zone)
            plan_start = min(i.planned_start for i in items if i.planned_start is not None)
            if first.date() != plan_start.date():  # a rehearsal on another day: align the starts
                shift, shifted = _minute_of_day(plan_start) - _minute_of_day(first), True
        actual = []
        for began, ended, i in held:
            start = _minute_of_day(local(began)) + shift
            actual.append((start, start + (ended - began) / 60, i))
        lanes.append(Lane(session.title, planned, tuple(actual), shifted))
    return lanes


def paint_timeline(
    painter: QPainter, rect: QRectF, review: Review, lang: str = "vi", unit: float = 13, palette: Palette = PRINT
) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, palette.background)
    lanes = timeline_lanes(review)
    if not lanes:
        painter.restore()
        return
    label_w = unit * 8
    left, right = rect.left() + label_w, rect.right() - unit * 2.5
    top = rect.top() + unit * 0.5
    lane_h = (rect.height() - unit * 3) / len(lanes)
    for index, lane in enumerate(lanes):
        spans = [s for s, _, _ in lane.planned + lane.actual] + [e for _, e, _ in lane.planned + lane.actual]
        lo, hi = min(spans), max(spans)
        grain = 5 if hi - lo <= 60 else 15
        lo, hi = (lo // grain) * grain, -(-hi // grain) * grain
        hi = max(hi, lo + grain)
        y = top + index * lane_h

        def x(minute: float, lo: float = lo, hi: float = hi) -> float:  # this lane's scale, bound now
            return left + (minute - lo) / (hi - lo) * (right - left)

        painter.setPen(palette.text)
        painter.setFont(_font(unit, bold=True))
        title = lane.title + ("  " + say("charts.shifted", lang) if lane.shifted else "")
        painter.drawText(QRectF(rect.left(), y, rect.width(), unit * 1.6), Qt.AlignmentFlag.AlignLeft, title)
        bar_h = (lane_h - unit * 4.2) / 2
        rows = ((say("charts.planned", lang), lane.planned, True), (say("charts.actual", lang), lane.actual, False))
        for row, (name, spans_, is_plan) in enumerate(rows):
            y_row = y + unit * 1.8 + row * (bar_h + unit * 0.4)
            painter.setFont(_font(unit))
            painter.setPen(palette.text)
            painter.drawText(
                QRectF(rect.left(), y_row, label_w - unit * 0.5, bar_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            for n, (start, end, item) in enumerate(sorted(spans_, key=lambda s: s[0])):
                box = QRectF(x(start), y_row, max(1.5, x(end) - x(start)), bar_h)
                if is_plan:
                    colour = palette.planned
                    brush = QBrush(colour, Qt.BrushStyle.BDiagPattern if not item.held else Qt.BrushStyle.SolidPattern)
                elif item.inserted:
                    brush = QBrush(palette.inserted)
                elif item.delta > review.tolerance:
                    brush = QBrush(palette.over)
                else:
                    brush = QBrush(palette.actual[n % 2])
                painter.fillRect(box, brush)
                painter.setPen(QPen(palette.background, max(1.0, unit / 12)))
                painter.drawRect(box)
        # the clock axis under the lane
        axis_y = y + unit * 1.8 + 2 * bar_h + unit * 0.6
        painter.setPen(QPen(palette.grid, max(1.0, unit / 14)))
        painter.drawLine(QPointF(left, axis_y), QPointF(right, axis_y))
        step = next(s for s in (5, 10, 15, 30, 60, 120, 240, 480) if (hi - lo) / s <= 10)
        painter.setFont(_font(unit * 0.85))
        minute = lo
        while minute <= hi + 0.01:
            px = x(minute)
            painter.setPen(QPen(palette.grid, max(1.0, unit / 14)))
            painter.drawLine(QPointF(px, axis_y), QPointF(px, axis_y + unit * 0.4))
            painter.setPen(palette.text)
            label = f"{int(minute // 60) % 24:02d}:{int(minute % 60):02d}"
            painter.drawText(
                QRectF(px - unit * 3, axis_y + unit * 0.4, unit * 6, unit * 1.3), Qt.AlignmentFlag.AlignHCenter, label
            )
            minute += step
    _legend(painter, QRectF(left, rect.bottom() - unit * 1.8, right - left, unit * 1.4), lang, unit, palette)
    painter.restore()


def _legend(painter: QPainter, rect: QRectF, lang: str, unit: float, palette: Palette) -> None:
    keys = (
        (QBrush(palette.actual[0]), say("charts.on_time", lang)),
        (QBrush(palette.over), say("charts.over", lang)),
        (QBrush(palette.inserted), say("charts.inserted", lang)),
        (QBrush(palette.planned, Qt.BrushStyle.BDiagPattern), say("charts.skipped", lang)),
    )
    painter.setFont(_font(unit * 0.85))
    metrics = QFontMetrics(_font(unit * 0.85))
    x = rect.left()
    for brush, label in keys:
        swatch = QRectF(x, rect.top() + unit * 0.25, unit * 1.2, unit * 0.9)
        painter.fillRect(swatch, brush)
        painter.setPen(palette.text)
        painter.drawText(
            QRectF(swatch.right() + unit * 0.4, rect.top(), unit * 20, rect.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        x = swatch.right() + unit * 1.6 + metrics.horizontalAdvance(label)


# ---------------------------------------------------------------------------------------------- overruns


def overrun_bars(review: Review, limit: int = 12) -> list[ItemReview]:
    """The items furthest from their planned time (beyond the tolerance), overruns first."""
    off = [i for i in review.items if i.held and abs(i.delta) > review.tolerance and not i.inserted]
    off.sort(key=lambda i: (-abs(i.delta), i.run_index))
    chosen = off[:limit]
    return sorted(chosen, key=lambda i: (-i.delta, i.run_index))


def paint_overruns(
    painter: QPainter,
    rect: QRectF,
    review: Review,
    lang: str = "vi",
    unit: float = 13,
    palette: Palette = PRINT,
    limit: int = 12,
) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, palette.background)
    bars = overrun_bars(review, limit)
    painter.setFont(_font(unit))
    if not bars:
        painter.setPen(palette.text)
        painter.drawText(
            rect, Qt.AlignmentFlag.AlignCenter, say("charts.no_overrun", lang, tol=int(review.tolerance // 60))
        )
        painter.restore()
        return
    label_w = rect.width() * 0.42
    left, right = rect.left() + label_w, rect.right() - unit * 5
    most_over = max(0.0, max(i.delta for i in bars)) / 60
    most_early = max(0.0, -min(i.delta for i in bars)) / 60
    # Zero sits where both sides share one scale: minutes are the same length left and right.
    zero = left + (right - left) * most_early / (most_early + most_over)
    scale_px = (right - left) / (most_early + most_over)
    row_h = (rect.height() - unit * 2) / len(bars)
    metrics = QFontMetrics(_font(unit))
    for n, item in enumerate(bars):
        y = rect.top() + unit * 0.5 + n * row_h
        minutes = item.delta / 60
        width = abs(minutes) * scale_px
        box = QRectF(zero if minutes > 0 else zero - width, y + row_h * 0.18, max(1.5, width), row_h * 0.64)
        painter.fillRect(box, palette.over if minutes > 0 else palette.early)
        painter.setPen(palette.text)
        label = metrics.elidedText(item.title, Qt.TextElideMode.ElideRight, int(label_w - unit))
        painter.drawText(
            QRectF(rect.left(), y, label_w - unit * 0.6, row_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        value = (
            f"{minutes:+.0f}" if abs(minutes) >= 1 else ("+" if minutes >= 0 else "-") + decimal(abs(minutes), 1, lang)
        )
        # Values of overruns beyond the bar's end; of early items just right of the zero line.
        spot = QRectF((box.right() if minutes > 0 else zero) + unit * 0.3, y, unit * 5, row_h)
        painter.drawText(spot, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, value)
    painter.setPen(QPen(palette.text, max(1.0, unit / 10)))
    painter.drawLine(QPointF(zero, rect.top()), QPointF(zero, rect.top() + unit * 0.5 + len(bars) * row_h))
    painter.setFont(_font(unit * 0.85))
    painter.drawText(
        QRectF(left, rect.bottom() - unit * 1.4, right - left, unit * 1.4),
        Qt.AlignmentFlag.AlignHCenter,
        say("charts.overruns", lang),
    )
    painter.restore()


# ---------------------------------------------------------------------------------------------- images and widgets

_KEPT: list[QApplication] = []  # the headless application made here, alive as long as the process


def _application() -> None:
    """Painting text needs an application object; headless (the export command) it runs offscreen. A full
    QApplication, so windows opened later in the same process still work."""
    if QGuiApplication.instance() is None:
        app = QApplication(["presidium", "-platform", "offscreen"])
        _KEPT.append(app)
        # Tear Qt down before the interpreter does, or the exit can crash in the garbage collector.
        atexit.register(app.shutdown)


def render_png(paint: Callable[..., None], size: QSize, *args: object, **kwargs: object) -> bytes:
    _application()
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        paint(painter, QRectF(0, 0, size.width(), size.height()), *args, **kwargs)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)  # not QImage.save: its stub and binding disagree
    buffer.close()
    return bytes(data.data())


def review_charts(review: Review, lang: str = "vi") -> dict[str, bytes]:
    """The PNG images embedded in the Word review: 1600 px wide for a 16 cm column (about 250 dpi)."""
    unit = 34
    lanes = max(1, len(timeline_lanes(review)))
    bars = max(1, len(overrun_bars(review)))
    return {
        "timeline": render_png(paint_timeline, QSize(1600, int(unit * (3 + 7.5 * lanes))), review, lang, unit),
        "overruns": render_png(paint_overruns, QSize(1600, int(unit * (3 + 2.2 * bars))), review, lang, unit),
    }


class _Chart(QWidget):
    """A chart of the review on screen; each kind says how it paints a review into a rectangle."""

    def __init__(self, parent: QWidget | None = None, lang: str = "vi", palette: Palette = PRINT) -> None:
        super().__init__(parent)
        self._review: Review | None = None
        self._lang = lang
        self._palette = palette
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(160)

    def set_review(self, review: Review | None) -> None:
        self._review = review
        self.updateGeometry()
        self.update()

    def unit(self) -> float:
        return max(11.0, self.font().pixelSize() if self.font().pixelSize() > 0 else self.font().pointSizeF() * 1.33)

    def paint_review(self, painter: QPainter, rect: QRectF, review: Review) -> None:
        raise NotImplementedError

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        try:
            if self._review is None:
                painter.fillRect(self.rect(), self._palette.background)
                return
            self.paint_review(painter, QRectF(self.rect()), self._review)
        finally:
            painter.end()


class TimelineChart(_Chart):
    def paint_review(self, painter: QPainter, rect: QRectF, review: Review) -> None:
        paint_timeline(painter, rect, review, self._lang, self.unit(), self._palette)

    def sizeHint(self) -> QSize:  # noqa: N802
        lanes = len(timeline_lanes(self._review)) if self._review else 1
        return QSize(800, int(self.unit() * (3 + 7.5 * max(1, lanes))))


class OverrunChart(_Chart):
    def paint_review(self, painter: QPainter, rect: QRectF, review: Review) -> None:
        paint_overruns(painter, rect, review, self._lang, self.unit(), self._palette)

    def sizeHint(self) -> QSize:  # noqa: N802
        bars = len(overrun_bars(self._review)) if self._review else 1
        return QSize(800, int(self.unit() * (3 + 2.2 * max(1, bars))))


__all__ = [
    "OverrunChart",
    "PRINT",
    "Palette",
    "TimelineChart",
    "overrun_bars",
    "paint_overruns",
    "paint_timeline",
    "palette_from_theme",
    "render_png",
    "review_charts",
    "timeline_lanes",
]
