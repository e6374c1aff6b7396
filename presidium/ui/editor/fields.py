"""One small control per field of the program, each bound to one key of the selected node (napari's
one-control-one-attribute). A control shows a value, says when the person changed it, and shows the
problem the checks found in it right underneath. What a value means is decided in core, not here."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from presidium.core.durations import format_duration
from presidium.core.entry import MAX_LINE, EntryError, clean_line, clean_text, spoken_duration


class Field(QWidget):
    """A labelled control plus the line under it where a problem is shown."""

    edited = Signal(str, object, bool)  # key, new value (None removes the key), typing (merge into one undo)

    def __init__(self, key: str, control: QWidget, lang: str) -> None:
        super().__init__()
        self.key, self.control, self.lang = key, control, lang
        self.problem = QLabel()
        self.problem.setObjectName("fieldProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(control)
        layout.addWidget(self.problem)
        self._loading = False

    def load(self, value: Any) -> None:
        self._loading = True
        try:
            self.show_value(value)
        finally:
            self._loading = False

    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def emit_edit(self, value: Any, typing: bool = False) -> None:  # not `emit`: that is QObject.emit()
        if not self._loading:
            self.edited.emit(self.key, value, typing)

    def set_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def focus(self) -> None:
        self.control.setFocus(Qt.FocusReason.OtherFocusReason)


class LineField(Field):
    control: QLineEdit

    def __init__(self, key: str, lang: str, optional: bool = False) -> None:
        super().__init__(key, QLineEdit(), lang)
        self.optional = optional
        self.control.setMaxLength(MAX_LINE)
        self.control.textEdited.connect(self._typed)

    def show_value(self, value: Any) -> None:
        if self.control.text() != str(value or ""):
            self.control.setText(str(value or ""))

    def _typed(self, text: str) -> None:
        try:
            value = clean_line(text)
        except EntryError as error:
            self.set_problem(error.message(self.lang))
            return
        self.emit_edit(None if self.optional and not value else value, typing=True)


class DurationField(Field):
    """Typed as people say it ("5 phút", "1h30", "90s"); stored and shown back normalised ("1h30m")."""

    control: QLineEdit

    def __init__(self, key: str, lang: str, optional: bool = False) -> None:
        super().__init__(key, QLineEdit(), lang)
        self.optional = optional
        self.control.setMaxLength(40)
        self.control.editingFinished.connect(self._done)
        self.refusal = ""

    def show_value(self, value: Any) -> None:
        self.control.setText(str(value or ""))

    def _done(self) -> None:
        text = self.control.text()
        if self.optional and not text.strip():
            self.emit_edit(None)
            return
        try:
            normal = format_duration(spoken_duration(text))
        except EntryError as error:
            self.refusal = error.message(self.lang)
            self.set_problem(self.refusal)
            return
        self.refusal = ""
        self.set_problem("")
        self.control.setText(normal)
        self.emit_edit(normal)


class IntField(Field):
    control: QSpinBox

    def __init__(self, key: str, lang: str, low: int, high: int) -> None:
        super().__init__(key, QSpinBox(), lang)
        self.control.setRange(low, high)
        self.control.valueChanged.connect(lambda value: self.emit_edit(int(value), typing=True))

    def show_value(self, value: Any) -> None:
        self.control.setValue(int(value) if isinstance(value, int) else self.control.minimum())


class ChoiceField(Field):
    """Choices shown in the interface's language; the file keeps the key."""

    control: QComboBox

    def __init__(
        self, key: str, lang: str, choices: list[tuple[str, str]], editable: bool = False, optional: str | None = None
    ) -> None:
        super().__init__(key, QComboBox(), lang)
        self.optional = optional is not None
        if optional is not None:
            self.control.addItem(optional, "")
        for value, label in choices:
            self.control.addItem(label, value)
        self.control.setEditable(editable)
        self.control.activated.connect(lambda _index: self._chosen())
        line = self.control.lineEdit()  # there is one once the box is editable
        if editable and line is not None:
            line.editingFinished.connect(self._chosen)

    def show_value(self, value: Any) -> None:
        index = self.control.findData(value if value is not None else "")
        if index < 0 and value not in (None, ""):
            self.control.addItem(str(value), value)  # a key the file has but the list does not (the checks say so)
            index = self.control.count() - 1
        if self.control.isEditable() and index < 0:
            self.control.setEditText(str(value or ""))
        else:
            self.control.setCurrentIndex(max(index, 0))

    def _chosen(self) -> None:
        if self.control.isEditable() and self.control.currentText() != self.control.itemText(
            self.control.currentIndex()
        ):
            value: Any = self.control.currentText().strip()
        else:
            value = self.control.currentData()
        self.emit_edit(None if self.optional and not value else value)


class BoolField(Field):
    control: QCheckBox

    def __init__(self, key: str, lang: str, text: str) -> None:
        super().__init__(key, QCheckBox(text), lang)
        self.control.toggled.connect(lambda on: self.emit_edit(bool(on)))

    def show_value(self, value: Any) -> None:
        self.control.setChecked(True if value is None else bool(value))


class DateField(Field):
    control: QDateEdit

    def __init__(self, key: str, lang: str) -> None:
        super().__init__(key, QDateEdit(), lang)
        self.control.setCalendarPopup(True)
        self.control.setDisplayFormat("dd/MM/yyyy")
        self.control.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        self.control.dateChanged.connect(lambda qdate: self.emit_edit(date(qdate.year(), qdate.month(), qdate.day())))

    def show_value(self, value: Any) -> None:
        if isinstance(value, date):
            self.control.setDate(QDate(value.year, value.month, value.day))


class TimeField(Field):
    """A time of day with a picker; an optional one (a session's end) has a box to leave it unset."""

    def __init__(self, key: str, lang: str, optional_text: str = "") -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.edit = QTimeEdit()
        self.edit.setDisplayFormat("HH:mm")
        self.enabled = QCheckBox(optional_text) if optional_text else None
        if self.enabled is not None:
            line.addWidget(self.enabled)
            self.enabled.toggled.connect(self._changed)
        line.addWidget(self.edit, 1)
        super().__init__(key, row, lang)
        self.edit.timeChanged.connect(lambda _t: self._changed())

    def show_value(self, value: Any) -> None:
        clock = _clock(value)
        if self.enabled is not None:
            self.enabled.setChecked(clock is not None)
            self.edit.setEnabled(clock is not None)
        if clock is not None:
            self.edit.setTime(QTime(clock.hour, clock.minute))

    def _changed(self) -> None:
        on = self.enabled is None or self.enabled.isChecked()
        self.edit.setEnabled(on)
        self.emit_edit(self.edit.time().toString("HH:mm") if on else None)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)


def _clock(value: Any) -> time | None:
    """The time of day in "9", "9:30" or "09:30:00" (hour, minute, second, microsecond); None for none."""
    try:
        parts = [int(p) for p in str(value).split(":")] if value else []
        if not 1 <= len(parts) <= 4:
            return None
        hour, minute, second, micro = parts + [0] * (4 - len(parts))
        return time(hour, minute, second, micro)
    except (TypeError, ValueError):
        return None


class TextField(Field):
    """Several lines; `lines=True` keeps a list of strings, one a line (a card's steps)."""

    control: QPlainTextEdit

    def __init__(self, key: str, lang: str, lines: bool = False, height: int = 90) -> None:
        super().__init__(key, QPlainTextEdit(), lang)
        self.lines = lines
        self.control.setMinimumHeight(height)
        self.control.setMaximumHeight(max(height * 2, 160))  # a tall window gives its room to the script
        self.control.textChanged.connect(self._typed)

    def show_value(self, value: Any) -> None:
        text = "\n".join(value) if isinstance(value, list) else str(value or "")
        if self.control.toPlainText() != text:
            self.control.setPlainText(text)

    def _typed(self) -> None:
        try:
            text = clean_text(self.control.toPlainText())
        except EntryError as error:
            self.set_problem(error.message(self.lang))
            return
        if self.lines:
            self.emit_edit([line.strip() for line in text.split("\n") if line.strip()] or None, typing=True)
        else:
            self.emit_edit(text or None, typing=True)


class RefListField(Field):
    """Cards of an item or articles of a card, ticked in a list of what the program declares."""

    control: QListWidget

    def __init__(self, key: str, lang: str) -> None:
        super().__init__(key, QListWidget(), lang)
        self.control.setMinimumHeight(110)
        self.control.itemChanged.connect(lambda _item: self._ticked())

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        self._loading = True
        self.control.clear()
        for ident, title in choices:
            entry = QListWidgetItem(f"{title}  ({ident})" if title else ident)
            entry.setData(Qt.ItemDataRole.UserRole, ident)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.control.addItem(entry)
        self._loading = False

    def show_value(self, value: Any) -> None:
        chosen = list(value or [])
        known = {self.control.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.control.count())}
        for ident in chosen:
            if ident not in known:  # a reference to nothing: kept visible so it can be unticked
                entry = QListWidgetItem(ident)
                entry.setData(Qt.ItemDataRole.UserRole, ident)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.control.addItem(entry)
        for i in range(self.control.count()):
            entry = self.control.item(i)
            on = entry.data(Qt.ItemDataRole.UserRole) in chosen
            entry.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _ticked(self) -> None:
        chosen = [
            self.control.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.control.count())
            if self.control.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.emit_edit(chosen or None)


class SpeakersField(Field):
    """A discussion's registered speakers, one a line: name | unit | topic | time (all but the name may be
    left out; a tab, as a row pasted from Excel brings, separates like |)."""

    KEYS = ("name", "unit", "topic", "duration")
    control: QPlainTextEdit

    def __init__(self, key: str, lang: str) -> None:
        super().__init__(key, QPlainTextEdit(), lang)
        self.control.setMinimumHeight(110)
        self.control.setMaximumHeight(220)
        self.refusal = ""
        self.control.textChanged.connect(self._typed)

    def show_value(self, value: Any) -> None:
        lines = []
        for speaker in value or []:
            cells = [str(speaker.get(key, "")) for key in self.KEYS]
            while cells and not cells[-1]:
                cells.pop()
            lines.append(" | ".join(cells))
        text = "\n".join(lines)
        if self.control.toPlainText() != text:
            self.control.setPlainText(text)

    def _typed(self) -> None:
        speakers = []
        try:
            for number, line in enumerate(clean_text(self.control.toPlainText(), 50_000).split("\n"), start=1):  # noqa: B007 — named in the refusal below
                cells = [clean_line(cell) for cell in line.replace("\t", "|").split("|")]
                if not any(cells):
                    continue
                speaker = {key: cell for key, cell in zip(self.KEYS, cells, strict=False) if cell}
                if "duration" in speaker:
                    speaker["duration"] = format_duration(spoken_duration(speaker["duration"]))
                speakers.append(speaker)
        except EntryError as error:
            self.refusal = f"{number}: {error.message(self.lang)}"  # stays shown when the checks run
            self.set_problem(self.refusal)
            return
        self.refusal = ""
        self.set_problem("")
        self.emit_edit(speakers or None, typing=True)
