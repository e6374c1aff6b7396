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
    """One line; when too long for the width, ends with "…" (the full text is in the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
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
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self.contentsRect().width()))
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
