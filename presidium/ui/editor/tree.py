"""The whole program as a tree: the congress, its rules, each session with its items, the contingency
cards, the regulations with their articles. A view of the draft, rebuilt after each structural change;
a drag is turned into a move request (the window makes it an undoable command), Qt never moves rows itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from presidium.core.editing import NodePath, ProgramDraft

PATH = Qt.ItemDataRole.UserRole


def movable(path: NodePath) -> bool:
    """Sessions, items, cards, regulations and articles can be dragged; the congress and rules cannot."""
    return bool(path) and isinstance(path[-1], int)


class ProgramTree(QTreeWidget):
    move_requested = Signal(tuple, tuple, int)  # path, list path, index in the list after the entry leaves it
    step_requested = Signal(int)  # Ctrl+Up (-1) / Ctrl+Down (+1): the view would only move its cursor

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("programTree")
        self.setHeaderHidden(True)
        # DragDrop rather than InternalMove: Qt's InternalMove also refuses a drop it did not start itself,
        # which a test's synthesized drop is; dropEvent below takes only drops of this tree's own rows.
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self._items: dict[NodePath, QTreeWidgetItem] = {}
        self._marked: set[NodePath] = set()

    # -- building ------------------------------------------------------------------------------
    def rebuild(self, draft: ProgramDraft, labels: dict[str, str]) -> None:
        """`labels` names the groups and untitled entries in the interface's language."""
        selected = self.selected_path()
        expanded = {path for path, item in self._items.items() if item.isExpanded()}
        first = not self._items
        self.clear()
        self._items = {}
        self._marked = set()
        congress = self._add(None, ("congress",), f"{labels['congress']}: {draft.get(('congress',), 'title', '')}")
        rules = self._add(None, ("rules",), labels["rules"])
        for name in draft.rule_names():
            self._add(rules, ("rules", name), name)
        sessions = self._add(None, ("session",), labels["sessions"])
        for path in draft.paths(("session",)):
            session = self._add(sessions, path, self._title(draft, path, labels))
            for item_path in draft.paths(path + ("item",)):
                self._add(session, item_path, self._title(draft, item_path, labels))
        cards = self._add(None, ("card",), labels["cards"])
        for path in draft.paths(("card",)):
            self._add(cards, path, self._title(draft, path, labels))
        regulations = self._add(None, ("regulation",), labels["regulations"])
        for path in draft.paths(("regulation",)):
            regulation = self._add(regulations, path, self._title(draft, path, labels))
            for article in draft.paths(path + ("article",)):
                self._add(regulation, article, self._article(draft, article))
        for path, item in self._items.items():
            item.setExpanded(path in expanded or (first and (len(path) <= 2 and path[0] in ("session", "congress"))))
        del congress
        if selected in self._items:
            self.select(selected)

    def _add(self, parent: QTreeWidgetItem | None, path: NodePath, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, PATH, path)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if movable(path):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if path in (("session",),) or (len(path) == 2 and path[0] in ("session", "regulation")) or movable(path):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        item.setFlags(flags)
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self._items[path] = item
        return item

    @staticmethod
    def _title(draft: ProgramDraft, path: NodePath, labels: dict[str, str]) -> str:
        title = str(draft.get(path, "title", "")).strip()
        if len(path) == 4:
            duration = draft.get(path, "duration", "")
            return f"{title or labels['untitled']}  ·  {duration}" if duration else title or labels["untitled"]
        return title or labels["untitled"]

    @staticmethod
    def _article(draft: ProgramDraft, path: NodePath) -> str:
        return f"{draft.get(path, 'number', '')} {draft.get(path, 'title', '')}".strip() or str(
            draft.get(path, "id", "")
        )

    def relabel(self, draft: ProgramDraft, path: NodePath, labels: dict[str, str]) -> None:
        item = self._items.get(path)
        if item is None:
            return
        if path == ("congress",):
            item.setText(0, f"{labels['congress']}: {draft.get(path, 'title', '')}")
        elif path[0] == "regulation" and len(path) == 4:
            item.setText(0, self._article(draft, path))
        elif path[0] != "rules":
            item.setText(0, self._title(draft, path, labels))

    def mark(self, paths: set[NodePath], colour: str) -> None:
        """Entries with a problem are drawn in the alarm colour (only those whose mark changes are touched)."""
        for path in self._marked ^ paths:
            item = self._items.get(path)
            if item is not None:
                item.setForeground(0, QBrush(QColor(colour)) if path in paths else QBrush())
        self._marked = set(paths)

    # -- selection -----------------------------------------------------------------------------
    def selected_path(self) -> NodePath | None:
        items = self.selectedItems()
        return tuple(items[0].data(0, PATH)) if items else None

    def select(self, path: NodePath) -> None:
        item = self._items.get(path)
        if item is not None:
            self.setCurrentItem(item)
            self.scrollToItem(item)

    def path_item(self, path: NodePath) -> QTreeWidgetItem | None:
        return self._items.get(path)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    # -- dragging ------------------------------------------------------------------------------
    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        source = self.selected_path()
        target_item = self.itemAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()  # the tree is rebuilt from the draft; Qt must not move the row itself
        if source is None or target_item is None or not movable(source) or event.source() not in (self, None):
            return
        target = tuple(target_item.data(0, PATH))
        place = self.dropIndicatorPosition()
        destination = drop_destination(
            source,
            target,
            place == QAbstractItemView.DropIndicatorPosition.AboveItem,
            place == QAbstractItemView.DropIndicatorPosition.OnItem,
        )
        if destination is not None:
            self.move_requested.emit(source, *destination)


def drop_destination(source: NodePath, target: NodePath, above: bool, on: bool) -> tuple[NodePath, int] | None:
    """Where an entry dropped on `target` goes: (list path, index once it has left its own list)."""
    if source == target:
        return None
    kind = "item" if len(source) == 4 else None
    if kind and on and len(target) == 2 and target[0] == source[0]:  # an item onto a session: its end
        return target + (source[2],), 10**9
    if len(target) != len(source) or target[0] != source[0] or (len(source) == 4 and target[2] != source[2]):
        return None
    list_path, index = target[:-1], target[-1] + (0 if above else 1)
    if list_path == source[:-1] and source[-1] < index:
        index -= 1  # the entry leaves its place first
    return list_path, index
