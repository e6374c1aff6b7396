"""The agenda: every item in running order, grouped by session, with its status icon and planned
versus actual times. Enter or double-click on an item asks to go there (the window decides)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from presidium.ui import icons
from presidium.ui.figures import Snapshot, duration_face, hhmm
from presidium.ui.theme import Theme

ID_ROLE = Qt.ItemDataRole.UserRole


class AgendaList(QTreeWidget):
    goto_requested = Signal(str)  # item id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Item"), self.tr("Planned"), self.tr("Actual")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Sized to their contents once per rebuild (_fit_columns): ResizeToContents would measure every
        # row again on each change of a row, 2–3 ms a change on a 500-item agenda.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        font = self.font()
        font.setPointSize(12)
        self.setFont(font)
        self.itemDoubleClicked.connect(lambda row, _col: self._request(row))
        self._shape: tuple | None = None
        self._rows: dict[str, QTreeWidgetItem] = {}
        self._looks: dict[str, tuple] = {}  # item id -> what its row shows (status, icon, times)
        self._current: str | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self._request(self.currentItem())
            return
        super().keyPressEvent(event)

    def _request(self, row: QTreeWidgetItem) -> None:
        item_id = row.data(0, ID_ROLE)
        if item_id:
            self.goto_requested.emit(item_id)

    def row(self, item_id: str) -> QTreeWidgetItem | None:
        return self._rows.get(item_id)

    def show_snapshot(self, snap: Snapshot, theme: Theme) -> None:
        state = snap.state
        shape = (theme.name, state.order)
        if shape != self._shape:
            self._rebuild(snap, theme)
            self._shape = shape
        else:  # same rows: restyle only those whose look changed (two on a `next`, not all 500)
            for run in state.in_order():
                if self._looks.get(run.id) != self._look(snap, run):
                    self._style(self._rows[run.id], run, snap, theme)
            current_id = state.current.id if state.current is not None else None
            if current_id != self._current and current_id in self._rows:
                self.scrollToItem(self._rows[current_id], QAbstractItemView.ScrollHint.PositionAtCenter)
            self._current = current_id
        current = state.current
        if current is not None and snap.timers.current is not None:
            row = self._rows.get(current.id)
            if row is not None:
                row.setText(2, self._actual(snap, current.id, snap.timers.current.elapsed))

    def _rebuild(self, snap: Snapshot, theme: Theme) -> None:
        self.clear()
        self._rows = {}
        self._looks = {}
        state = snap.state
        sessions = {s.id: s for s in snap.program.sessions}
        group: QTreeWidgetItem | None = None
        group_id = None
        bold = QFont(self.font())
        bold.setBold(True)
        for run in state.in_order():
            if run.session_id != group_id:
                group_id = run.session_id
                session = sessions.get(group_id)
                group = QTreeWidgetItem([f"{session.title} · {session.date:%d/%m/%Y}" if session else group_id, "", ""])
                group.setFont(0, bold)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFirstColumnSpanned(False)
                self.addTopLevelItem(group)
            row = QTreeWidgetItem(group, [run.item.title, self._planned(snap, run.id), ""])
            row.setData(0, ID_ROLE, run.id)
            self._style(row, run, snap, theme)
            self._rows[run.id] = row
        self.expandAll()
        self._fit_columns(bold)
        self._current = state.current.id if state.current is not None else None
        if self._current in self._rows:
            self.scrollToItem(self._rows[self._current], QAbstractItemView.ScrollHint.PositionAtCenter)

    def _fit_columns(self, bold: QFont) -> None:
        """Planned times as wide as their longest; actual times as wide as an hour-long item's, in bold."""
        self.resizeColumnToContents(1)
        widest = QFontMetrics(bold).horizontalAdvance("88:88 · 8:88:88") + 12
        self.setColumnWidth(2, max(self.sizeHintForColumn(2), widest))

    @staticmethod
    def _look(snap: Snapshot, run) -> tuple:
        paused = run.status == "current" and snap.paused
        return run.status, paused, run.inserted, run.first_started, run.spent

    def _style(self, row: QTreeWidgetItem, run, snap: Snapshot, theme: Theme) -> None:
        """Status icon, tooltip, actual time and colours of one row, from the run of its item."""
        status = run.status
        role = "paused" if status == "current" and snap.paused else status
        colour = {"current": theme.accent, "skipped": theme.muted, "done": theme.ok}.get(status, theme.text)
        statuses = {
            "pending": self.tr("pending"), "current": self.tr("current"), "done": self.tr("done"),
            "skipped": self.tr("skipped"),
        }
        row.setText(2, self._actual(snap, run.id))
        row.setIcon(0, icons.icon("inserted" if run.inserted and status == "pending" else role, colour))
        row.setToolTip(0, f"{run.item.title} — {statuses.get(status, status)}")
        bold = QFont(self.font())
        bold.setBold(True)
        for column in range(3):
            if status == "current":
                row.setFont(column, bold)
                row.setForeground(column, QBrush(QColor(theme.accent)))
            else:  # back to the list's own font and colour, unless skipped
                row.setData(column, Qt.ItemDataRole.FontRole, None)
                if status == "skipped":
                    row.setForeground(column, QBrush(QColor(theme.muted)))
                else:
                    row.setData(column, Qt.ItemDataRole.ForegroundRole, None)
        self._looks[run.id] = self._look(snap, run)

    @staticmethod
    def _planned(snap: Snapshot, item_id: str) -> str:
        duration = duration_face(snap.state.items[item_id].item.duration)
        if not snap.program.has_item(item_id):
            return f"+ · {duration}"
        return f"{snap.program.slot(item_id).start:%H:%M} · {duration}"

    def _actual(self, snap: Snapshot, item_id: str, elapsed: float | None = None) -> str:
        run = snap.state.items[item_id]
        if run.status == "skipped":
            return self.tr("skipped")
        if run.first_started is None:
            return ""
        spent = run.spent if elapsed is None else elapsed
        return f"{hhmm(run.first_started)} · {duration_face(spent)}"
