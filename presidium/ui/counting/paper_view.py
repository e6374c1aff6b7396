"""A ballot drawn as it looks on paper: names struck through, or the Đồng ý / Không đồng ý boxes.

The operator compares it with the paper in hand, so it is large and plain: the ballot number, the
names in ballot order with their numbers (and the key that marks each), a verdict under it.
A name entered as "neither or both" (not counted for that name) is drawn as neither: both boxes
hatched grey with "không tính" between them, never as two crosses that would read as "both".
The same words are the widget's accessible description, for a screen reader.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from presidium.core.counting.draft import key_label
from presidium.ui.theme import LIGHT, Theme

NOTE_SCALE = 0.8  # "không tính" between the boxes, a little smaller than the names


@dataclass(frozen=True)
class Shown:
    """What the view draws: a title line, the names, which are marked, and a verdict."""

    title: str
    names: tuple[str, ...]
    surplus: bool
    marks: frozenset[int] = frozenset()
    blank: frozenset[int] = frozenset()
    verdict: str = ""
    verdict_ok: bool = True
    invalid: bool = False  # the whole ballot is invalid: drawn greyed
    keys: bool = True
    verdict_scale: float = 1.0  # a preview before Enter is said smaller than a recorded verdict


class PaperView(QWidget):
    def __init__(self, parent: QWidget | None = None, theme: Theme = LIGHT) -> None:
        super().__init__(parent)
        self.theme = theme
        self.shown: Shown | None = None
        # where the last paint put each name's two boxes (agree, disagree): for looking at what is drawn
        self.box_rects: dict[int, tuple[QRectF, QRectF]] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)

    def show_ballot(self, shown: Shown | None) -> None:
        self.shown = shown
        self.setAccessibleDescription(self.describe(shown))
        self.update()

    def describe(self, shown: Shown | None) -> str:
        """The ballot in words, one name a line, as the drawing shows it."""
        if shown is None:
            return ""
        lines = [shown.title]
        for index, name in enumerate(shown.names, start=1):
            if shown.surplus:
                state = self.struck_label() if index in shown.marks else ""
            elif index in shown.blank:
                state = self.not_counted_label()
            else:
                state = self.disagree_label() if index in shown.marks else self.agree_label()
            lines.append(f"{index}. {name}: {state}" if state else f"{index}. {name}")
        if shown.verdict:
            lines.append(shown.verdict)
        return "\n".join(lines)

    def agree_label(self) -> str:
        return self.tr("Agree")

    def disagree_label(self) -> str:
        return self.tr("Disagree")

    def not_counted_label(self) -> str:
        return self.tr("not counted")

    def struck_label(self) -> str:
        return self.tr("crossed out")

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        t = self.theme
        painter.fillRect(self.rect(), QColor("#FFFFFF" if t.name == "light" else "#1B1F26"))
        painter.setPen(QPen(QColor(t.border), 1.5))
        painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        shown = self.shown
        if shown is None:
            return
        width, height = self.width(), self.height()
        pad = max(10.0, width * 0.02)
        title_font = QFont(self.font())
        title_font.setPointSizeF(max(12.0, min(26.0, height / 22)))
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(QColor(t.text))
        title_height = QFontMetricsF(title_font).height() * 1.3
        painter.drawText(QRectF(pad, pad, width - 2 * pad, title_height), Qt.AlignmentFlag.AlignLeft, shown.title)
        verdict_height = title_height * 1.6 if shown.verdict else 0
        top = pad + title_height
        area = QRectF(pad, top, width - 2 * pad, height - top - pad - verdict_height)
        self._names(painter, shown, area)
        if shown.verdict:
            verdict_font = QFont(title_font)
            verdict_font.setPointSizeF(title_font.pointSizeF() * shown.verdict_scale)
            while (
                verdict_font.pointSizeF() > 8
                and QFontMetricsF(verdict_font).horizontalAdvance(shown.verdict) > (width - 2 * pad) * 2
            ):
                verdict_font.setPointSizeF(verdict_font.pointSizeF() - 1)
            painter.setFont(verdict_font)
            painter.setPen(QColor(t.ok if shown.verdict_ok else t.over))
            painter.drawText(
                QRectF(pad, height - pad - verdict_height, width - 2 * pad, verdict_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                shown.verdict,
            )
        painter.end()

    def _names(self, painter: QPainter, shown: Shown, area: QRectF) -> None:
        t = self.theme
        count = len(shown.names)
        columns = 1 if count <= 12 else 2 if count <= 40 else 3
        rows = -(-count // columns) + (0 if shown.surplus else 1)
        row_height = area.height() / max(rows, 1)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, min(24.0, row_height * 0.45)))
        column_width = area.width() / columns
        # The longest name must fit its column beside its key and, without surplus, the two boxes.
        longest = max((f"{i}. {n}" for i, n in enumerate(shown.names, start=1)), key=len, default="")

        def room(metrics: QFontMetricsF) -> float:
            keys = metrics.horizontalAdvance("W") * 1.6 if shown.keys and count <= 40 else 0
            boxes = 0 if shown.surplus else max(metrics.horizontalAdvance(self.disagree_label()), 0) * 2 + 12
            return column_width - keys - boxes - 20

        while font.pointSizeF() > 7 and QFontMetricsF(font).horizontalAdvance(longest) > room(QFontMetricsF(font)):
            font.setPointSizeF(font.pointSizeF() - 0.5)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        box = row_height * 0.6
        boxes_width = 0.0 if shown.surplus else max(metrics.horizontalAdvance(self.disagree_label()), box * 2) * 2 + 12
        ink = QColor(t.muted if shown.invalid else t.text)
        top = area.top()
        self.box_rects = {}
        if not shown.surplus:  # the column heads of a ballot without surplus
            for column in range(columns):
                right = area.left() + column_width * (column + 1) - 8
                half = (boxes_width - 12) / 2
                painter.setPen(ink)
                for offset, label in ((boxes_width, self.agree_label()), (half + 6, self.disagree_label())):
                    painter.drawText(QRectF(right - offset, top, half, row_height), Qt.AlignmentFlag.AlignCenter, label)
            top += row_height
        for index, name in enumerate(shown.names, start=1):
            column, row = divmod(index - 1, -(-count // columns))
            x = area.left() + column * column_width
            y = top + row * row_height
            label = key_label(index, count) if shown.keys else ""
            key_width = metrics.horizontalAdvance("W") * 1.6 if shown.keys and count <= 40 else 0
            if label:
                painter.setPen(QColor(t.muted))
                painter.drawText(QRectF(x, y, key_width, row_height), Qt.AlignmentFlag.AlignCenter, label)
            painter.setPen(ink)
            text = f"{index}. {name}"
            text_rect = QRectF(x + key_width + 4, y, column_width - key_width - boxes_width - 12, row_height)
            shown_text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown_text)
            if shown.surplus and index in shown.marks:
                painter.setPen(QPen(QColor(t.over), max(2.0, row_height * 0.08)))
                middle = y + row_height / 2
                painter.drawLine(
                    int(text_rect.left() - 2),
                    int(middle),
                    int(text_rect.left() + metrics.horizontalAdvance(shown_text) + 4),
                    int(middle),
                )
            if not shown.surplus:
                self._boxes(painter, index, shown, x + column_width - 8 - boxes_width, y, boxes_width, row_height, box)

    def _boxes(
        self,
        painter: QPainter,
        index: int,
        shown: Shown,
        left: float,
        y: float,
        width: float,
        height: float,
        box: float,
    ) -> None:
        t = self.theme
        half = (width - 12) / 2
        marks = {"agree": index not in shown.marks and index not in shown.blank, "disagree": index in shown.marks}
        neither = index in shown.blank  # not counted: neither box is a vote, so neither gets a cross
        rects = []
        for position, key in ((0, "agree"), (1, "disagree")):
            cx = left + position * (half + 12) + half / 2
            rect = QRectF(cx - box / 2, y + (height - box) / 2, box, box)
            rects.append(rect)
            if neither:  # greyed and hatched, light enough that no one reads a mark in it
                painter.fillRect(rect, QColor(t.panel))
                hatch = QColor(t.border)
                hatch.setAlpha(140)
                painter.fillRect(rect, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(QColor(t.border), 1.5))
            painter.drawRect(rect)
            if marks[key] and not shown.invalid:
                painter.setPen(QPen(QColor(t.text), max(2.0, box * 0.12)))
                painter.drawLine(rect.topLeft(), rect.bottomRight())
                painter.drawLine(rect.topRight(), rect.bottomLeft())
        self.box_rects[index] = (rects[0], rects[1])
        if neither:  # "không tính" between the two hatched boxes, the name left whole
            gap = QRectF(rects[0].right() + 4, y, rects[1].left() - rects[0].right() - 8, height)
            note = self.not_counted_label()
            font = QFont(painter.font())
            font.setItalic(True)
            font.setPointSizeF(font.pointSizeF() * NOTE_SCALE)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            # on one line if it fits, else on two ("not / counted"), smaller only as far as needed
            while font.pointSizeF() > 7:
                used = QFontMetricsF(font).boundingRect(gap, flags, note)
                if used.width() <= gap.width() and used.height() <= gap.height():
                    break
                font.setPointSizeF(font.pointSizeF() - 0.5)
            saved = painter.font()
            painter.setFont(font)
            painter.setPen(QColor(t.muted))
            painter.drawText(gap, flags, note)
            painter.setFont(saved)
