"""Small forms the chair fills at the podium: attendance, a custom stage message, an inserted item."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from presidium.core.catalogue import Refusal


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
    """The credentials committee's figures: how many present; of the absent, how many are excused and
    why, and how many are away for the whole congress without a substitute; alternates seated among
    the present. The number convened changes only as a correction, with its reason.

    With `record`, Record hands the form to it and closes only when it says the figures were recorded: a
    refusal (`refuse`, the session's reason in the interface's language) shows above the buttons and every
    typed figure stays, for the chair to put right and record again, or cancel."""

    def __init__(
        self,
        convened: int,
        present: int | None,
        parent: QWidget | None = None,
        *,
        with_reason: int = 0,
        reason: str = "",
        excused: int = 0,
        alternates: int = 0,
        record: Callable[[AttendanceDialog], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceDialog")
        self.setWindowTitle(self.tr("Attendance"))
        self._record = record
        self.setMinimumWidth(620)
        self._convened = convened
        self.convened = _spin(1, convened)
        self.correction = QLineEdit()
        self.correction.setMaxLength(500)
        self.correction.setPlaceholderText(self.tr("Why the number convened changes (only when it does)"))
        self.present = _spin(0, convened if present is None else present)
        self.absent = QLabel()
        self.with_reason = _spin(0, with_reason)
        self.reason = QLineEdit(reason)
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("e.g. ill, on duty"))
        self.excused = _spin(0, excused)
        self.alternates = _spin(0, alternates)
        form = QFormLayout(self)
        form.addRow(self.tr("Delegates convened"), self.convened)
        form.addRow(self.tr("Reason for a correction"), self.correction)
        form.addRow(self.tr("Delegates present"), self.present)
        form.addRow(self.tr("Absent"), self.absent)
        form.addRow(self.tr("of whom excused"), self.with_reason)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Absent all congress, no substitute"), self.excused)
        form.addRow(self.tr("Alternates seated"), self.alternates)
        self.refusal = QLabel()  # the session's reason, when it refuses the figures
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.refusal.hide()
        form.addRow(self.refusal)
        form.addRow(_buttons(self, self.tr("Record"), self.tr("Cancel")))
        _big(
            self.convened,
            self.correction,
            self.present,
            self.absent,
            self.with_reason,
            self.reason,
            self.excused,
            self.alternates,
            self.refusal,
        )
        self.convened.valueChanged.connect(self._show_absent)
        self.present.valueChanged.connect(self._show_absent)
        self._show_absent()
        self.present.selectAll()
        self.present.setFocus()

    def accept(self) -> None:
        """Record: closes once the figures are recorded; on a refusal the form stays as typed."""
        self.refuse("")
        if self._record is None or self._record(self):
            super().accept()

    def refuse(self, text: str) -> None:
        """Why the figures were not recorded, next to them; empty hides it."""
        self.refusal.setText(text)
        self.refusal.setVisible(bool(text))
        self.adjustSize()

    def point_at(self, refusal: Refusal) -> None:
        """After a refusal the focus goes to the field at fault, its text selected to type over; it
        stays where it was when the refusal names no field of this form."""
        name = attendance_fault(refusal)
        widget = getattr(self, name) if name is not None else None
        if not isinstance(widget, (QSpinBox, QLineEdit)) or not widget.isEnabled():
            return
        widget.setFocus()
        widget.selectAll()

    def _show_absent(self) -> None:
        """Absent is never typed: it is what convened and present leave, so they always add up."""
        self.absent.setText(str(max(self.convened.value() - self.present.value(), 0)))
        self.correction.setEnabled(self.corrected() is not None)

    def corrected(self) -> int | None:
        """The new number convened, when the chair changed it."""
        return self.convened.value() if self.convened.value() != self._convened else None

    def details(self) -> dict:
        """The figures for CongressSession.set_attendance besides the number present."""
        return {
            "with_reason": self.with_reason.value(),
            "reason": self.reason.text().strip(),
            "excused": self.excused.value(),
            "alternates": self.alternates.value(),
        }


# The attendance form's field at fault for a refusal that names none (core/records.py, core/run.py and
# core/admit.py say these of the figures as a whole): the figure to put right first.
_FAULT_BY_CODE: Mapping[str, str] = {
    "run.present-over": "present",
    "run.attendance-over": "present",
    "run.attendance-sum": "present",
    "run.excused-over": "excused",
    "run.with-reason-over": "with_reason",
    "run.alternates-over": "alternates",
    "run.correction-reason": "correction",
    "run.correction-same": "convened",
    "run.correction-bounds": "convened",
    "run.convened-by-correction": "convened",
}
# A field the refusal names, by the payload key it was checked under (`field`), as the form's field;
# the number absent is not typed: it is what present leaves.
_FAULT_BY_KEY: Mapping[str, str] = {
    "convened": "convened",
    "present": "present",
    "absent": "present",
    "with_reason": "with_reason",
    "excused": "excused",
    "alternates": "alternates",
}


def attendance_fault(refusal: Refusal) -> str | None:
    """The attendance form's field (its attribute name) a refusal of its figures is about, or None.

    `field` is the payload key as the catalogue's word (a Message "run.field.reason"); a "reason" is the
    correction's when the refused action is the correction of the number convened, else the absences'."""
    named = refusal.params.get("field")
    if named is None:
        return _FAULT_BY_CODE.get(refusal.code)
    key = _last(named)
    if key == "reason":
        return "correction" if _last(refusal.params.get("action")) == "convened" else "reason"
    return _FAULT_BY_KEY.get(key)


def _last(word: object) -> str:
    """The key behind a catalogue word ("run.field.reason" -> "reason"), or the plain key as given."""
    code = getattr(word, "code", word)
    return str(code).rsplit(".", 1)[-1]


def _spin(minimum: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(minimum, 100_000)  # the same bound the session holds every figure to
    spin.setValue(value)
    return spin


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
            "procedure": self.tr("Procedure"),
            "announcement": self.tr("Announcement"),
            "speech": self.tr("Speech"),
            "report": self.tr("Report"),
            "vote": self.tr("Show of hands"),
            "discussion": self.tr("Discussion"),
            "ceremony": self.tr("Ceremony"),
            "break": self.tr("Break"),
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
