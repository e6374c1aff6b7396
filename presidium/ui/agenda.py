"""The agenda: every item in running order, grouped by session, with its status icon and planned
versus actual times. Enter or double-click on an item asks to go there (the window decides).

The titles get the room: when they would be cut, the time columns give up their clock times (start
of the actual run first, then the planned start) and keep the durations; the full times stay in the
cells' tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from presidium.core.records import ItemRun
from presidium.ui import icons
from presidium.ui.figures import Snapshot, duration_face, hhmm
from presidium.ui.theme import Theme

# What a row shows of its item: status, paused, inserted, first start, time spent.
Look = tuple[str, bool, bool, float | None, float]

ID_ROLE = Qt.ItemDataRole.UserRole
# How the time columns read: both clock times, the actual start left out, only the durations.
FULL, SHORT_ACTUAL, SHORT = 0, 1, 2
CELL_PAD = 12  # an item cell's margins around its text


class AgendaList(QTreeWidget):
    goto_requested = Signal(str)  # item id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Item"), self.tr("Planned"), self.tr("Actual")])
        self.setRootIsDecorated(False)
        self.setIndentation(8)  # sessions are set apart by their bold spanned rows; the width goes to titles
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
        self._shape: tuple[str, tuple[str, ...]] | None = None  # theme and item order the rows were built for
        self._rows: dict[str, QTreeWidgetItem] = {}
        self._looks: dict[str, Look] = {}  # item id -> what its row shows (status, icon, times)
        self._current: str | None = None
        self._times: dict[str, list[str]] = {}  # item id -> planned, planned short, actual, actual short
        self._title_room = 0  # what the longest title needs, with its icon and indentation
        self.mode = FULL

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self._request(item)
            return
        super().keyPressEvent(event)

    def _request(self, row: QTreeWidgetItem) -> None:
        item_id = row.data(0, ID_ROLE)
        if item_id:
            self.goto_requested.emit(item_id)

    def row(self, item_id: str) -> QTreeWidgetItem | None:
        return self._rows.get(item_id)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._fit_columns()

    def restyle(self) -> None:
        """Draw every row again at the next snapshot (after the icon fonts have loaded)."""
        self._shape = None

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
                self._set_actual(row, current.id, *self._actual(snap, current.id, snap.timers.current.elapsed))

    def _rebuild(self, snap: Snapshot, theme: Theme) -> None:
        self.clear()
        self._rows = {}
        self._looks = {}
        self._times = {}
        state = snap.state
        sessions = {s.id: s for s in snap.program.sessions}
        group: QTreeWidgetItem | None = None
        group_id = None
        bold = QFont(self.font())
        bold.setBold(True)
        for run in state.in_order():
            if group is None or run.session_id != group_id:
                group_id = run.session_id
                session = sessions.get(group_id)
                group = QTreeWidgetItem([f"{session.title} · {session.date:%d/%m/%Y}" if session else group_id, "", ""])
                group.setFont(0, bold)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)  # the session's name and date across the whole width
            planned = self._planned(snap, run.id)
            row = QTreeWidgetItem(group, [run.item.title, planned[self.mode == SHORT], ""])
            row.setToolTip(1, planned[0])
            self._times[run.id] = [*planned, "", ""]
            row.setData(0, ID_ROLE, run.id)
            self._style(row, run, snap, theme)
            self._rows[run.id] = row
        self.expandAll()
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        self._title_room = (
            max(
                (
                    QFontMetrics(bold).horizontalAdvance(run.item.title)  # the current row is bold
                    for run in state.in_order()
                ),
                default=0,
            )
            + icon
            + self.indentation()
            + CELL_PAD
        )
        self._fit_columns(force=True)
        self._current = state.current.id if state.current is not None else None
        if self._current in self._rows:
            self.scrollToItem(self._rows[self._current], QAbstractItemView.ScrollHint.PositionAtCenter)

    def _widths(self, mode: int) -> tuple[int, int]:
        """The planned and actual columns' widths in a mode: planned times as wide as their longest,
        actual times as wide as an hour-long item's, in bold (the current row); never under the header."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        planned = max((metrics.horizontalAdvance(texts[mode == SHORT]) for texts in self._times.values()), default=0)
        actual = max(
            metrics.horizontalAdvance("8:88:88" if mode != FULL else "88:88 · 8:88:88"),
            metrics.horizontalAdvance(self.tr("skipped")),
        )
        header = self.header()
        return (max(planned + CELL_PAD, header.sectionSizeHint(1)), max(actual + CELL_PAD, header.sectionSizeHint(2)))

    def _fit_columns(self, force: bool = False) -> None:
        """The fullest times at which the longest title still shows whole; the shortest when none does."""
        if not self._times:
            return
        scroll = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        room = self.width() - 2 * self.frameWidth() - scroll
        mode = SHORT
        for candidate in (FULL, SHORT_ACTUAL):
            if room - sum(self._widths(candidate)) >= self._title_room:
                mode = candidate
                break
        planned, actual = self._widths(mode)
        if self.columnWidth(1) != planned:
            self.setColumnWidth(1, planned)
        if self.columnWidth(2) != actual:
            self.setColumnWidth(2, actual)
        if mode == self.mode and not force:
            return
        self.mode = mode
        for item_id, row in self._rows.items():
            texts = self._times[item_id]
            row.setText(1, texts[mode == SHORT])
            row.setText(2, texts[2 + (mode != FULL)])

    @staticmethod
    def _look(snap: Snapshot, run: ItemRun) -> Look:
        paused = run.status == "current" and snap.paused
        return run.status, paused, run.inserted, run.first_started, run.spent

    def _style(self, row: QTreeWidgetItem, run: ItemRun, snap: Snapshot, theme: Theme) -> None:
        """Status icon, tooltip, actual time and colours of one row, from the run of its item."""
        status = run.status
        role = "paused" if status == "current" and snap.paused else status
        colour = {"current": theme.accent, "skipped": theme.muted, "done": theme.ok}.get(status, theme.text)
        statuses = {
            "pending": self.tr("pending"),
            "current": self.tr("current"),
            "done": self.tr("done"),
            "skipped": self.tr("skipped"),
        }
        self._set_actual(row, run.id, *self._actual(snap, run.id))
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
    def _planned(snap: Snapshot, item_id: str) -> tuple[str, str]:
        """The planned start and duration, and the duration alone."""
        duration = duration_face(snap.state.items[item_id].item.duration)
        if not snap.program.has_item(item_id):
            return f"+ · {duration}", f"+ {duration}"
        return f"{snap.program.slot(item_id).start:%H:%M} · {duration}", duration

    def _actual(self, snap: Snapshot, item_id: str, elapsed: float | None = None) -> tuple[str, str]:
        """The actual start and time spent, and the time spent alone."""
        run = snap.state.items[item_id]
        if run.status == "skipped":
            return self.tr("skipped"), self.tr("skipped")
        if run.first_started is None:
            return "", ""
        spent = duration_face(run.spent if elapsed is None else elapsed)
        return f"{hhmm(run.first_started)} · {spent}", spent

    def _set_actual(self, row: QTreeWidgetItem, item_id: str, full: str, short: str) -> None:
        texts = self._times[item_id]
        shown = short if self.mode != FULL else full
        if texts[2:] == [full, short] and row.text(2) == shown:
            return
        texts[2:] = [full, short]
        row.setText(2, shown)
        row.setToolTip(2, full)
