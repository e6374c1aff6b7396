"""The agenda: every item in running order, grouped by session, with its status icon and planned
versus actual times. Enter or double-click on an item asks to go there (the window decides)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
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
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        font = self.font()
        font.setPointSize(12)
        self.setFont(font)
        self.itemDoubleClicked.connect(lambda row, _col: self._request(row))
        self._shape: tuple | None = None
        self._rows: dict[str, QTreeWidgetItem] = {}

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
        shape = (theme.name, state.order, tuple(state.statuses().values()), state.status)
        if shape != self._shape:
            self._rebuild(snap, theme)
            self._shape = shape
        current = state.current
        if current is not None and snap.timers.current is not None:
            row = self._rows.get(current.id)
            if row is not None:
                row.setText(2, self._actual(snap, current.id, snap.timers.current.elapsed))

    def _rebuild(self, snap: Snapshot, theme: Theme) -> None:
        self.clear()
        self._rows = {}
        state = snap.state
        sessions = {s.id: s for s in snap.program.sessions}
        group: QTreeWidgetItem | None = None
        group_id = None
        bold = QFont(self.font())
        bold.setBold(True)
        statuses = {
            "pending": self.tr("pending"), "current": self.tr("current"), "done": self.tr("done"),
            "skipped": self.tr("skipped"),
        }
        for run in state.in_order():
            if run.session_id != group_id:
                group_id = run.session_id
                session = sessions.get(group_id)
                group = QTreeWidgetItem([f"{session.title} · {session.date:%d/%m/%Y}" if session else group_id, "", ""])
                group.setFont(0, bold)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFirstColumnSpanned(False)
                self.addTopLevelItem(group)
            status = run.status
            role = "paused" if status == "current" and snap.paused else status
            colour = {"current": theme.accent, "skipped": theme.muted, "done": theme.ok}.get(status, theme.text)
            row = QTreeWidgetItem(group, [run.item.title, self._planned(snap, run.id), self._actual(snap, run.id)])
            row.setData(0, ID_ROLE, run.id)
            row.setIcon(0, icons.icon("inserted" if run.inserted and status == "pending" else role, colour))
            row.setToolTip(0, f"{run.item.title} — {statuses.get(status, status)}")
            if status == "current":
                for column in range(3):
                    row.setFont(column, bold)
                    row.setForeground(column, QBrush(QColor(theme.accent)))
            elif status == "skipped":
                for column in range(3):
                    row.setForeground(column, QBrush(QColor(theme.muted)))
            self._rows[run.id] = row
        self.expandAll()
        if state.current is not None and state.current.id in self._rows:
            self.scrollToItem(self._rows[state.current.id], QAbstractItemView.ScrollHint.PositionAtCenter)

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
