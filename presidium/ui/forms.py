"""Small forms the chair fills at the podium: attendance, a custom stage message, an inserted item."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)


def _big(*widgets: QWidget) -> None:
    for widget in widgets:
        widget.setFont(QFont(widget.font().family(), 14))


def _buttons(dialog: QDialog, ok: str, cancel: str) -> QDialogButtonBox:
    box = QDialogButtonBox()
    box.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class AttendanceDialog(QDialog):
    """The credentials committee's figures: how many convened, how many present."""

    def __init__(self, convened: int, present: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attendance"))
        self.convened = QSpinBox()
        self.convened.setRange(1, 100_000)
        self.convened.setValue(convened)
        self.present = QSpinBox()
        self.present.setRange(0, 100_000)
        self.present.setValue(convened if present is None else present)
        form = QFormLayout(self)
        form.addRow(self.tr("Delegates convened"), self.convened)
        form.addRow(self.tr("Delegates present"), self.present)
        form.addRow(_buttons(self, self.tr("Record"), self.tr("Cancel")))
        _big(self.convened, self.present)
        self.present.selectAll()
        self.present.setFocus()


class MessageDialog(QDialog):
    """A short custom message for the stage display."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Message to the speaker"))
        self.text = QLineEdit(current)
        self.text.setMinimumWidth(520)
        self.text.setMaxLength(120)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Shown on the stage display:")))
        layout.addWidget(self.text)
        layout.addWidget(_buttons(self, self.tr("Show"), self.tr("Cancel")))
        _big(self.text)


class InsertDialog(QDialog):
    """An unplanned item (I): its title, its kind and how long it may take."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insertDialog")
        self.setWindowTitle(self.tr("Insert an item"))
        kinds = {
            "procedure": self.tr("Procedure"), "announcement": self.tr("Announcement"), "speech": self.tr("Speech"),
            "report": self.tr("Report"), "vote": self.tr("Show of hands"), "discussion": self.tr("Discussion"),
            "ceremony": self.tr("Ceremony"), "break": self.tr("Break"),
        }
        self.title = QLineEdit()
        self.title.setMinimumWidth(520)
        self.title.setPlaceholderText(self.tr("What the congress takes up"))
        self.kind = QComboBox()
        for code, words in kinds.items():
            self.kind.addItem(words, code)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 600)
        self.minutes.setValue(10)
        self.minutes.setSuffix(self.tr(" min"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Goes right after the current item.")))
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Duration"), self.minutes)
        form.addRow(_buttons(self, self.tr("Insert…"), self.tr("Cancel")))
        _big(self.title, self.kind, self.minutes)
        self.title.setFocus()

    def accept(self) -> None:
        if self.title.text().strip():
            super().accept()

    def values(self) -> tuple[str, str, str, int]:
        """(title, kind code, kind in words, seconds)."""
        return self.title.text().strip(), self.kind.currentData(), self.kind.currentText(), self.minutes.value() * 60
