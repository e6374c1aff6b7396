"""ColumnsDialog: one table or sheet at a time, its first rows, and above each column a choice of what
it holds (STT, title, presenter, script, time, duration, notes, session, date, kind, or not used).

Every change imports the file again with the chosen meanings (`import_file(path, lang, mapping)`) and
shows the sentence saying what that gives, so the user sees the effect before accepting. The editor's
File → Import calls `choose_columns(parent, path, lang)`:

    result = choose_columns(window, Path("chuong-trinh.xlsx"), "vi")   # ImportResult, or None if cancelled
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from presidium.app.importing import Columns, ImportRefused, ImportResult, guess_columns, import_file

PREVIEW_ROWS = 8


class ColumnsDialog(QDialog):
    """Choose what each column of each table holds; `mapping()` and `imported` once accepted."""

    def __init__(self, path: Path, columns: list[Columns], lang: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-columns")
        self.path, self.columns, self.lang = path, columns, lang
        self.choices = {c.table.number: list(c.meanings) for c in columns}
        self.imported: ImportResult | None = None  # not `result`: that is QDialog.result(), the exit code
        self.setWindowTitle(self.tr("Import: what each column holds"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Check what each column holds; change a column that was read wrongly, or set it "
                "aside. The sentence below says what the import gives."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Table or sheet:")))
        self.tables = QComboBox()
        self.tables.setObjectName("tables")
        for c in columns:
            self.tables.addItem(self._table_name(c), c.table.number)
        row.addWidget(self.tables, 1)
        layout.addLayout(row)
        self.grid = QTableWidget()
        self.grid.setObjectName("preview")
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setVisible(False)
        layout.addWidget(self.grid, 1)
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        cancel.setDefault(False)
        layout.addWidget(buttons)
        self.tables.currentIndexChanged.connect(self._show_table)
        self.resize(980, 560)
        self._show_table()
        self._refresh()

    # -- what the user sees ---------------------------------------------------------------------------
    def _labels(self) -> list[tuple[str | None, str]]:
        return [
            (None, self.tr("not used")),
            ("number", self.tr("No. (STT)")),
            ("title", self.tr("Title")),
            ("by", self.tr("Presenter")),
            ("script", self.tr("Words to read")),
            ("time", self.tr("Time of day")),
            ("duration", self.tr("Duration")),
            ("notes", self.tr("Notes")),
            ("session", self.tr("Session")),
            ("date", self.tr("Date")),
            ("kind", self.tr("Kind")),
        ]

    def _table_name(self, columns: Columns) -> str:
        if columns.table.name:
            return self.tr("Sheet “{name}”").format(name=columns.table.name)
        return self.tr("Table {number}").format(number=columns.table.number)

    def _current(self) -> Columns:
        number = self.tables.currentData()
        return next(c for c in self.columns if c.table.number == number)

    def _show_table(self) -> None:
        columns = self._current()
        rows = columns.table.rows[columns.header : columns.header + 1 + PREVIEW_ROWS]
        width = max((len(r.cells) for r in rows), default=0)
        self.grid.clear()
        self.grid.setColumnCount(width)
        self.grid.setRowCount(len(rows) + 1)
        chosen = self.choices[columns.table.number]
        for column in range(width):
            combo = QComboBox()
            combo.setObjectName(f"meaning-{column}")
            for meaning, label in self._labels():
                combo.addItem(label, meaning)
            meaning = chosen[column] if column < len(chosen) else None
            combo.setCurrentIndex(max(0, combo.findData(meaning)))
            combo.currentIndexChanged.connect(lambda _i, c=column, box=combo: self._choose(c, box.currentData()))
            self.grid.setCellWidget(0, column, combo)
            for line, row in enumerate(rows, 1):
                text = row.cells[column] if column < len(row.cells) else ""
                cell = QTableWidgetItem(" ".join(text.split())[:120])
                if line == 1:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                cell.setToolTip(text[:1000])
                self.grid.setItem(line, column, cell)
        self.grid.setHorizontalHeaderLabels([str(n + 1) for n in range(width)])
        self.grid.resizeColumnsToContents()
        for column in range(width):
            self.grid.setColumnWidth(column, min(max(self.grid.columnWidth(column), 130), 320))

    def _choose(self, column: int, meaning: str | None) -> None:
        chosen = self.choices[self._current().table.number]
        chosen.extend([None] * (column + 1 - len(chosen)))
        chosen[column] = meaning
        self._refresh()

    def _refresh(self) -> None:
        """Import again with the meanings chosen, and say what that gives (or why it gives nothing)."""
        try:
            self.imported = import_file(self.path, self.lang, self.mapping())
        except ImportRefused as refused:
            self.imported = None
            self.outcome.setText(refused.message(self.lang))
            self.ok.setEnabled(False)
            return
        self.outcome.setText(self.imported.summary)
        self.ok.setEnabled(True)

    def mapping(self) -> dict[int, list[str | None]]:
        """The meanings chosen; a table with neither a title nor a words column is no agenda."""
        return {number: list(meanings) for number, meanings in self.choices.items()}


def choose_columns(parent: QWidget | None, path: Path, lang: str = "vi") -> ImportResult | None:
    """Show the tables of `path` with their columns' meanings; the import as accepted, None if cancelled.
    ImportRefused when the file cannot be read at all (the caller says why)."""
    columns = guess_columns(path)
    sheet = path.suffix.lower() in (".xlsx", ".xlsm", ".csv", ".txt")
    if not columns or (not sheet and not any(c.recognised for c in columns)):
        # a script in prose (its tables are a header block): nothing to map, unless nothing else is found
        try:
            return import_file(path, lang)
        except ImportRefused:
            if not columns:
                raise
    dialog = ColumnsDialog(path, columns, lang, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    result = dialog.imported if accepted else None
    dialog.deleteLater()
    return result
