"""File → New program… / Edit program… in the podium window: the editor opens beside the podium.

The podium keeps running the program it loaded; a program with a run is never changed under it (the
editor's save says when the fingerprint changes, and the podium warns when the run is opened again).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from presidium.app.samples import resources_dir

if TYPE_CHECKING:
    from presidium.ui.editor.window import EditorWindow  # the editor loads only when asked for


class ProgramMenu(QObject):
    """The two actions, put at the top of the podium's File menu; keeps the editors it opened alive."""

    def __init__(
        self, menu: QMenu, window: QWidget, program_source: str, language: str, journal: Path | None = None
    ) -> None:
        super().__init__(window)
        self.window, self.source, self.language, self.journal = window, program_source, language, journal
        self.editors: list[QWidget] = []
        self.new_action = QAction(self.tr("New program…"), window)
        self.new_action.setObjectName("action_new_program")
        self.edit_action = QAction(self.tr("Edit program…"), window)
        self.edit_action.setObjectName("action_edit_program")
        ours = [self.new_action, self.edit_action]
        if menu.actions():  # first in the menu, then a line
            first = menu.actions()[0]
            menu.insertActions(first, ours)
            menu.insertSeparator(first)
        else:
            menu.addActions(ours)
            menu.addSeparator()
        self.new_action.triggered.connect(lambda _checked=False: self.new_program())
        self.edit_action.triggered.connect(lambda _checked=False: self.edit_program())

    def new_program(self) -> EditorWindow | None:
        from presidium.ui.editor.launch import new_editor  # the editor loads only when asked for

        return self._keep(new_editor(self.language, self.window))

    def edit_program(self) -> EditorWindow | None:
        from presidium.ui.editor.launch import open_editor

        path = Path(self.source)
        if resources_dir() in path.resolve().parents:  # the bundled sample: edit a copy, not the package
            return self._keep(open_editor(path, self.language, self.window, recover=False), as_new=True)
        return self._keep(open_editor(path, self.language, self.window, journal=self.journal))

    def _keep(self, editor: EditorWindow | None, as_new: bool = False) -> EditorWindow | None:
        if editor is None:
            return None
        if as_new:
            editor.unsaved_as(None)
        editor.actions_by_name["podium"].setVisible(False)  # the podium is this window already
        self.editors.append(editor)
        editor.show()
        return editor
