"""Widgets that stay readable whatever the window size: a timer face that fills its width, a one-line
title that comes down in size and then ends in "…" instead of being cut off, and a row of buttons
that drops its labels (to the tooltips) when they no longer fit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QProgressDialog, QSizePolicy, QToolButton, QWidget


class FitLabel(QLabel):
    """Picks the largest bold point size (up to `largest`) at which `sample` — or the text shown, when it
    is wider ("1:00:00") — fits the label's width (and its height, when the label expands vertically),
    so the face never clips on a small screen."""

    def __init__(self, sample: str, largest: int, smallest: int = 18, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sample, self._largest, self._smallest = sample, largest, smallest
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(40)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        if text == self.text():
            return
        longer = len(text) != len(self.text())
        super().setText(text)
        if longer:  # "59:59" to "1:00:00" may need a smaller size; the same length, the same size
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
        height = (
            self.contentsRect().height() if self.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Expanding else None
        )
        size = self._largest
        while size > self._smallest:
            font.setPointSize(size)
            metrics = QFontMetrics(font)
            widest = max(metrics.horizontalAdvance(self._sample), metrics.horizontalAdvance(self.text()))
            if widest <= width and (height is None or metrics.height() <= height):
                break
            size -= 2
        font.setPointSize(size)
        if font != self.font():
            self.setFont(font)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        hint = super().sizeHint()
        hint.setHeight(QFontMetrics(self.font()).height())
        return hint


class ElidedLabel(QLabel):
    """One line; when too long for the width, ends with "…" (or loses its middle, with ElideMiddle); the
    full text is in the tooltip. With `smallest`, the point size first comes down (from the font's own
    size) until the text holds whole, and "…" only below that."""

    def __init__(
        self, parent: QWidget | None = None, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight, smallest: int = 0
    ) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self._smallest = smallest
        self._largest = 0
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setFont(self, font: QFont | str | Sequence[str]) -> None:  # noqa: N802 (Qt naming)
        font = font if isinstance(font, QFont) else QFont(font)
        self._largest = font.pointSize()
        super().setFont(font)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def elided(self) -> bool:
        return self.text() != self._full

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width())
        if self._smallest and self._largest and width > 0:
            font = QFont(self.font())
            size = self._largest
            while size > self._smallest:
                font.setPointSize(size)
                if QFontMetrics(font).horizontalAdvance(self._full) <= width:
                    break
                size -= 1
            if size != self.font().pointSize():
                font.setPointSize(size)
                super().setFont(font)
        shown = self.fontMetrics().elidedText(self._full, self._mode, width)
        if shown != super().text():
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

    def __init__(
        self, separator: str = " — ", largest: int = 0, smallest: int = 0, parent: QWidget | None = None
    ) -> None:
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


class ButtonRow(QWidget):
    """Tool buttons side by side across the width: icon and label when every label fits (with the
    theme's padding, else with less), each button at least as wide as its label needs and the rest
    shared out; icons alone, in equal widths, when they do not. Decided from the width the row has, on
    each resize and each change of a label. Each button's tooltip says its words and its keys, for when
    the label is not there."""

    SPACING = 6
    TIGHT = "QToolButton { padding-left: 3px; padding-right: 3px; }"  # on top of the theme's sheet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: list[QToolButton] = []
        self.labelled = True
        self.tight = False
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._probe = QToolButton(self)  # measures a labelled button without touching the real ones
        self._probe.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._probe.hide()

    def add(self, action: QAction, name: str, points: int, icon: int) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setIconSize(QSize(icon, icon))
        font = button.font()
        font.setPointSize(points)
        button.setFont(font)
        self._probe.setFont(font)
        self._probe.setIconSize(QSize(icon, icon))
        action.changed.connect(self._changed)
        self.buttons.append(button)
        self._tooltip(action)
        self.updateGeometry()
        return button

    def _labelled(self, tight: bool = False) -> list[int]:
        """Each button's width with its label whole (with the tight padding)."""
        widths = []
        self._probe.setStyleSheet(self.TIGHT if tight else "")
        for button in self.buttons:
            self._probe.setIcon(button.icon())
            self._probe.setText(button.text())
            widths.append(self._probe.sizeHint().width())
        return widths

    def labelled_width(self, tight: bool = False) -> int:
        """The width all the buttons need to show their labels whole."""
        return sum(self._labelled(tight)) + self.SPACING * max(0, len(self.buttons) - 1)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        self._probe.setStyleSheet("")
        self._probe.setText("Ag")
        return QSize(self.labelled_width(), self._probe.sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming): icons alone fit anywhere
        return QSize(0, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._decide()

    def _changed(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self._tooltip(action)
        self._decide()

    def _decide(self) -> None:
        if not self.buttons:
            return
        gaps = self.SPACING * (len(self.buttons) - 1)
        needed = self._labelled()
        tight = sum(needed) + gaps > self.width()
        if tight:
            needed = self._labelled(tight=True)
        labelled = sum(needed) + gaps <= self.width()
        style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon if labelled else Qt.ToolButtonStyle.ToolButtonIconOnly
        self.labelled, self.tight = labelled, tight and labelled
        sheet = self.TIGHT if self.tight else ""
        if not labelled:
            needed = [0] * len(self.buttons)
        spare = max(0, self.width() - gaps - sum(needed))
        share, left = divmod(spare, len(self.buttons))  # the room beyond the labels, shared out evenly
        x = 0
        for index, (button, width) in enumerate(zip(self.buttons, needed, strict=True)):
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)
            set_sheet(button, sheet)
            width += share + (1 if index < left else 0)
            button.setGeometry(x, 0, width, self.height())
            x += width + self.SPACING

    @staticmethod
    def _tooltip(action: QAction) -> None:
        words = action.text().replace("&", "").rstrip("…").strip()
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        tip = f"{words} ({keys})" if keys else words
        if action.toolTip() != tip:
            action.setToolTip(tip)


def set_sheet(widget: QWidget, sheet: str) -> None:
    """Set a style sheet only when it changes: each call re-polishes the widget, and the timers repaint
    several times a second."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def busy_dialog(text: str, title: str, parent: QWidget | None) -> QProgressDialog:
    """A busy bar with no cancel button, shown only when the work lasts more than 0.3 s (a quick export
    never flashes a dialog)."""
    progress = QProgressDialog(parent)
    progress.setCancelButton(None)
    progress.setLabelText(text)
    progress.setRange(0, 0)
    progress.setWindowTitle(title)
    progress.setMinimumDuration(300)
    progress.setValue(0)
    return progress
