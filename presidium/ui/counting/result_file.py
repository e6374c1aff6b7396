"""Choosing the counting result file at the podium (V panel, "Take the counting result…")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def choose_result_file(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("CountingResult", "Counting result"),
        "",
        QCoreApplication.translate("CountingResult", "Counting results (*.json)"),
    )
    return path
