"""The Qt binding itself must not wear the interpreter down: PySide6 6.12.0 under Python 3.11 lost a
reference to None on every call returning nothing, and the podium aborted ("deallocating None")
after a few thousand repaints. pyproject.toml keeps that release out; this guards the pin."""

import sys

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_thousands_of_qt_calls_leave_none_alone(qapp):
    label = QLabel()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(3000):
        label.setText("Chào cờ")
        painter.setPen(QColor("#C00000"))
        painter.save()
        painter.restore()
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 100, f"None lost {before - after} references in 12,000 Qt calls"
