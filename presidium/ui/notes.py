"""The one-line note (N): a category and a sentence, journaled as soon as the chair presses Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from presidium.core.catalogue import text
from presidium.ui.i18n import interface_language

# Categories as the journal knows them (presidium.core.events.NOTE_CATEGORIES), in menu order.
CATEGORIES = ("time", "procedure", "technical", "personnel", "other")


class NoteDialog(QDialog):
    def __init__(self, item_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(self.tr("Note a deviation"))
        self.category = QComboBox()
        lang = interface_language()
        for code in CATEGORIES:  # the shared words, said in the interface's language
            self.category.addItem(text(f"vocabulary.note.{code}", lang), code)
        self.category.setCurrentIndex(CATEGORIES.index("other"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("What happened, in one line"))
        self.text.setMinimumWidth(560)
        about = QLabel(
            self.tr("During: {item}").format(item=item_title) if item_title else self.tr("Before the run starts")
        )
        about.setObjectName("muted")
        buttons = QDialogButtonBox()
        self.save = buttons.addButton(self.tr("Record note"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save.setEnabled(False)
        self.text.textChanged.connect(lambda text: self.save.setEnabled(bool(text.strip())))

        row = QHBoxLayout()
        row.addWidget(self.category)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(row)
        layout.addWidget(buttons)
        for widget in (self.category, self.text, about):
            widget.setFont(QFont(widget.font().family(), 14))
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        if self.text.text().strip():
            super().accept()

    def note(self) -> tuple[str, str]:
        """(text, category code)."""
        return self.text.text().strip(), self.category.currentData()
