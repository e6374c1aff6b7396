"""Labels that stay readable whatever the window size: a timer face that fills its width, and a
one-line title that ends in "…" instead of being cut off."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class FitLabel(QLabel):
    """Picks the largest bold point size (up to `largest`) at which `sample` fits the label's width
    (and its height, when the label expands vertically), so "+12:34" never clips on a small screen."""

    def __init__(self, sample: str, largest: int, smallest: int = 18, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sample, self._largest, self._smallest = sample, largest, smallest
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(40)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        QTimer.singleShot(0, self._fit)  # a face shown again (the speaker's): fit once the layout has placed it

    def _fit(self) -> None:
        font = QFont(self.font())
        font.setBold(True)
        width = max(1, self.contentsRect().width() - 8)
        height = self.contentsRect().height() if self.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Expanding else None
        size = self._largest
        while size > self._smallest:
            font.setPointSize(size)
            metrics = QFontMetrics(font)
            if metrics.horizontalAdvance(self._sample) <= width and (height is None or metrics.height() <= height):
                break
            size -= 2
        font.setPointSize(size)
        if font != self.font():
            self.setFont(font)

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setHeight(QFontMetrics(self.font()).height())
        return hint


class ElidedLabel(QLabel):
    """One line; when too long for the width, ends with "…" (or loses its middle, with ElideMiddle); the
    full text is in the tooltip."""

    def __init__(self, parent: QWidget | None = None, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, self._mode, max(0, self.contentsRect().width()))
        super().setText(shown)


def label(name: str, size: int, bold: bool = False, wrap: bool = True) -> QLabel:
    """A label with an object name (the style sheet's hook) and a point size."""
    widget = QLabel()
    widget.setObjectName(name)
    font = widget.font()
    font.setPointSize(size)
    font.setBold(bold)
    widget.setFont(font)
    widget.setWordWrap(wrap)
    return widget


class BreakingLabel(QLabel):
    """Word-wrapped; when the text is too long for one line, it breaks at `separator` first ("TIE AT
    THE LAST SEAT — ROUND 2: …" becomes two whole phrases instead of a line ending mid-phrase). With
    `largest`, the bold point size comes down (to `smallest`) until each phrase holds on one line."""

    def __init__(self, separator: str = " — ", largest: int = 0, smallest: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._separator = separator
        self._largest, self._smallest = largest, smallest or largest
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self._full = text
        self._place()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        width = self.contentsRect().width() - 2 * self.margin() - 4
        broken = self._full.replace(self._separator, "\n", 1)
        font = QFont(self.font())
        sizes = range(self._largest, self._smallest - 1, -2) if self._largest else [font.pointSize()]
        for size in sizes:
            font.setPointSize(size)
            metrics = QFontMetrics(font)
            if metrics.horizontalAdvance(self._full) <= width:
                shown = self._full
                break
            if max(metrics.horizontalAdvance(line) for line in broken.split("\n")) <= width:
                shown = broken
                break
        else:
            shown = broken  # the smallest size, wrapped as it must
        if font != self.font():
            self.setFont(font)
        if shown != super().text():
            super().setText(shown)


def set_sheet(widget: QWidget, sheet: str) -> None:
    """Set a style sheet only when it changes: each call re-polishes the widget, and the timers repaint
    several times a second."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)
