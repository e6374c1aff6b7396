"""Small forms the chair fills at the podium: attendance, a custom stage message, the vote preview."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from presidium.core.program import Item, Program


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


class VotePreview(QDialog):
    """What the current item puts to the vote and how it passes (recording the result comes later)."""

    def __init__(self, program: Program, item: Item | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vote"))
        bases = {
            "convened": self.tr("delegates convened"), "present": self.tr("delegates present"),
            "valid": self.tr("valid ballots"), "cast": self.tr("votes cast"),
        }
        spec = item.vote if item else None
        election = item.election if item else None
        rule_name = spec.rule if spec else election.rule if election else None
        lines = []
        if spec:
            lines.append(self.tr("Question: {question}").format(question=spec.question))
        if election:
            lines.append(self.tr("Election: {body}, {seats} seats").format(body=election.body, seats=election.seats))
        rule = program.rules.get(rule_name) if rule_name else None
        if rule:
            comparison = self.tr("more than") if rule.strict else self.tr("at least")
            lines.append(self.tr("Passes with {comparison} {fraction} of {base}").format(
                comparison=comparison, fraction=f"{rule.fraction.numerator}/{rule.fraction.denominator}",
                base=bases.get(rule.base, rule.base)))
        if not lines:
            lines.append(self.tr("The current item holds no vote."))
        lines.append(self.tr("Recording the show of hands and ballots is not available in this window yet."))
        text = QLabel("\n\n".join(lines))
        text.setWordWrap(True)
        text.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        box = QDialogButtonBox()
        box.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        _big(text)
