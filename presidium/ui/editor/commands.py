"""One QUndoCommand per kind of edit (git-cola's do/undo, on Qt's QUndoStack): each calls the draft's API
and keeps what the draft returned to undo it. The window listens to the draft, not to the commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from presidium.core.editing import NodePath, ProgramDraft, Reference

_MERGE_ID = 1401


class SetFields(QUndoCommand):
    """Fields of one node set together (a title and the id made from it). Typing into the same field
    merges into one command, so Ctrl+Z takes back the word, not each letter. A new id of a card or an
    article takes the references to it along (items' cards, cards' articles) in the same command: the
    references found at the first letter are the ones every later letter, and the undo, moves (`refs`:
    the ones the letter before found, so an id that passes through another card's on the way keeps them)."""

    def __init__(
        self,
        draft: ProgramDraft,
        path: NodePath,
        values: dict[str, Any],
        text: str,
        typing: bool = False,
        refs: list[Reference] | None = None,
    ) -> None:
        super().__init__(text)
        self.draft, self.path, self.values, self.typing = draft, path, dict(values), typing
        self.previous: dict[str, Any] = {}
        self.refs = refs  # references that follow the id: None finds them when first done
        self.follows = path[0] == "card" or (len(path) == 4 and path[2] == "article")

    def redo(self) -> None:
        self.previous = {}
        for key, value in self.values.items():
            if key == "id" and self.follows:
                self.previous[key], self.refs = self.draft.rename(self.path, value, self.refs)
            else:
                self.previous[key] = self.draft.set(self.path, key, value)

    def undo(self) -> None:
        for key in reversed(list(self.values)):
            if key == "id" and self.follows:
                self.draft.rename(self.path, self.previous[key], self.refs)
            else:
                self.draft.set(self.path, key, self.previous[key])

    @property
    def followed(self) -> int:
        """How many references the id took along."""
        return len(self.refs or [])

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _MERGE_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, SetFields) or not other.typing or other.path != self.path:
            return False
        if set(other.values) != set(self.values):
            return False
        self.values = dict(other.values)
        return True  # `other` moved this command's references along with it: both found the same ones


class Structural(QUndoCommand):
    """Add, duplicate, delete or move an entry. `where` holds the path the entry has after redo."""

    def __init__(self, text: str, do: Callable[[], NodePath], undo: Callable[[NodePath], object]) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo  # what undo returns (the entry it took out) is not needed
        self.where: NodePath = ()

    def redo(self) -> None:
        self.where = self._do()

    def undo(self) -> None:
        self._undo(self.where)


def add(
    draft: ProgramDraft, text: str, entry: str, list_path: NodePath, index: int, title: str, **fields: Any
) -> Structural:
    return Structural(
        text, lambda: draft.new(entry, list_path, index, title, **fields), lambda path: draft.remove(path)
    )


def duplicate(draft: ProgramDraft, text: str, path: NodePath) -> Structural:
    return Structural(text, lambda: draft.duplicate(path), lambda copy: draft.remove(copy))


def delete(draft: ProgramDraft, text: str, path: NodePath) -> Structural:
    kept: dict[str, Any] = {}

    def do() -> NodePath:
        kept["table"] = draft.remove(path)
        return path

    return Structural(text, do, lambda _: draft.insert(path[:-1], path[-1], kept["table"]))


def move(draft: ProgramDraft, text: str, path: NodePath, list_path: NodePath, index: int) -> Structural:
    return Structural(
        text, lambda: draft.move(path, list_path, index), lambda moved: draft.move(moved, path[:-1], path[-1])
    )


def add_rule(draft: ProgramDraft, text: str, name: str) -> Structural:
    return Structural(text, lambda: draft.new_rule(name), lambda path: draft.remove_rule(path[1]))


def delete_rule(draft: ProgramDraft, text: str, name: str) -> Structural:
    kept: dict[str, Any] = {}

    def do() -> NodePath:
        kept["table"] = draft.remove_rule(name)
        return ("rules", name)

    return Structural(text, do, lambda _: draft.new_rule(name, kept["table"]))
