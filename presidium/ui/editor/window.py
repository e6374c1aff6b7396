"""The program editor's window: the tree and the problem list on the left, the selected node's form on
the right; every change an undoable command on the draft; checks re-run (debounced) after each change;
unsaved work autosaved to a recovery file; a save that says when it changes a live run's program."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from pathlib import Path as FilePath
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from presidium.app.editing import live_run, untitled_path
from presidium.core.editing import NodePath, ProgramDraft
from presidium.core.entry import slug
from presidium.core.problems import Problem
from presidium.infra.program_file import (
    ProgramFileError,
    drop_recovery,
    fingerprint,
    save_text,
    text_of,
    write_recovery,
)
from presidium.ui import dialogs
from presidium.ui.editor import commands
from presidium.ui.editor import files as file_actions
from presidium.ui.editor.forms import NodeForm, Words, kind_of
from presidium.ui.editor.script import ScriptField
from presidium.ui.editor.tree import ProgramTree, movable
from presidium.ui.theme import Theme

if TYPE_CHECKING:
    from presidium.ui.launch import PodiumApp  # loaded only when the podium is asked for

CHECK_MS = 250  # the checks run this long after the last keystroke
AUTOSAVE_MS = 5000


class EditorWindow(QMainWindow):
    saved = Signal(str)  # the path written
    open_at_podium = Signal(str)

    def __init__(
        self, draft: ProgramDraft, path: FilePath | None, lang: str, theme: Theme, journal: FilePath | None = None
    ) -> None:
        """`journal`: where the podium records this program's runs, when not the default journal."""
        super().__init__()
        self.setObjectName("editor")
        self.draft, self.path, self.lang, self.theme, self.journal = draft, path, lang, theme, journal
        self.colours = {
            "accent": theme.accent,
            "over": theme.over,
            "ok": theme.ok,
            "panel": theme.panel,
            "text": theme.text,
        }
        self.stack = QUndoStack(self)
        self.opened: list[EditorWindow] = []  # programs made or imported from this window's File menu
        self.problems: list[Problem] = []
        self.form: NodeForm | None = None
        self.import_report: file_actions.ImportReport | None = None  # kept open beside an imported program
        self.podium: PodiumApp | None = None  # the program at the podium, in rehearsal (File → Open at podium)
        self.untitled = untitled_path()  # this window's own recovery file while the program has no file
        self._from_form = False
        self._changed_paths: set[NodePath] = set()

        self.tree = ProgramTree()
        self.problem_caption = QLabel()
        self.problem_caption.setObjectName("problemCaption")
        self.problem_caption.setWordWrap(True)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problemList")
        self.problem_list.setWordWrap(True)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.tree)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.problem_caption)
        column.addWidget(self.problem_list, 1)
        left.addWidget(box)
        left.setSizes([520, 200])
        self.form_area = QScrollArea()  # not `scroll`: that is QWidget.scroll()
        self.form_area.setWidgetResizable(True)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.form_area)
        split.setSizes([440, 920])
        self.setCentralWidget(split)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.statusBar().addWidget(self.status, 1)

        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_MS)
        self.check_timer.timeout.connect(self.run_checks)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

        self._actions()
        draft.subscribe(self._draft_changed)
        self.tree.itemSelectionChanged.connect(self._selected)
        self.tree.move_requested.connect(self.move_to)
        self.tree.step_requested.connect(self.move_by)
        self.problem_list.itemClicked.connect(self._problem_clicked)
        self.problem_list.itemActivated.connect(self._problem_clicked)
        self.stack.cleanChanged.connect(lambda _clean: self._title())
        self.tree.rebuild(draft, self.labels())
        self.tree.select(("congress",))
        self.run_checks()
        self._title()

    # -- words ---------------------------------------------------------------------------------
    def labels(self) -> dict[str, str]:
        return {
            "congress": self.tr("Congress"),
            "rules": self.tr("Vote rules"),
            "sessions": self.tr("Sessions"),
            "cards": self.tr("Contingency cards"),
            "regulations": self.tr("Regulations"),
            "untitled": self.tr("(untitled)"),
        }

    def _title(self) -> None:
        name = self.path.name if self.path else self.tr("New program")
        mark = "" if self.stack.isClean() and self.path else " *"
        self.setWindowTitle(self.tr("{name}{mark} — Program editor — Presidium").format(name=name, mark=mark))

    # -- menus ---------------------------------------------------------------------------------
    def _action(
        self,
        menu: QMenu,
        name: str,
        text: str,
        handler: Callable[[], object],
        keys: tuple[str | QKeySequence.StandardKey, ...] = (),
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"editor_{name}")
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(lambda _checked=False: handler())
        menu.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        files = self.menuBar().addMenu(self.tr("&File"))
        self._action(
            files,
            "new",
            self.tr("New program…"),
            lambda: file_actions.new_program(self),
            (QKeySequence.StandardKey.New,),
        )
        self._action(files, "import", self.tr("Import from Word or Excel…"), lambda: file_actions.import_program(self))
        files.addSeparator()
        self._action(files, "save", self.tr("Save"), self.save, (QKeySequence.StandardKey.Save,))
        self._action(files, "save_as", self.tr("Save as…"), self.save_as, ("Ctrl+Shift+S",))
        files.addSeparator()
        self._action(
            files, "export_script", self.tr("Export script (.docx)…"), lambda: file_actions.export_script(self)
        )
        self._action(
            files,
            "ballots",
            self.tr("Ballot papers of the selected election (.docx)…"),
            lambda: file_actions.ballot_papers(self),
        )
        files.addSeparator()
        self._action(files, "podium", self.tr("Open at the podium (rehearsal)"), self._to_podium)
        files.addSeparator()
        self._action(files, "close", self.tr("Close"), self.close, (QKeySequence.StandardKey.Close,))
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(undo)
        edit.addAction(redo)
        self.actions_by_name.update(undo=undo, redo=redo)
        edit.addSeparator()
        self._action(edit, "duplicate", self.tr("Duplicate"), self.duplicate, ("Ctrl+D",))
        self._action(edit, "delete", self.tr("Delete"), self.delete, ("Ctrl+Del",))
        tree_delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.tree)
        tree_delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # Delete in a text box deletes a letter
        tree_delete.activated.connect(self.delete)
        self._action(edit, "up", self.tr("Move up"), lambda: self.move_by(-1), ("Ctrl+Up",))
        self._action(edit, "down", self.tr("Move down"), lambda: self.move_by(+1), ("Ctrl+Down",))
        add = self.menuBar().addMenu(self.tr("&Add"))
        self._action(add, "add_rule", self.tr("Vote rule"), lambda: self.add("rule"))
        self._action(add, "add_session", self.tr("Session"), lambda: self.add("session"))
        items = add.addMenu(self.tr("Agenda item"))
        for kind, label in Words().kinds():
            self._action(items, f"add_item_{kind}", label, partial(self.add, "item", kind, label))
        self._action(add, "add_card", self.tr("Contingency card"), lambda: self.add("card"))
        self._action(add, "add_regulation", self.tr("Regulation"), lambda: self.add("regulation"))
        self._action(add, "add_article", self.tr("Article of the selected regulation"), lambda: self.add("article"))
        self.insert_menu = self.menuBar().addMenu(self.tr("&Insert"))
        self.insert_menu.aboutToShow.connect(self._fill_insert_menu)

    def _fill_insert_menu(self) -> None:
        """The placeholders with their current sample values, for the script shown (if any)."""
        self.insert_menu.clear()
        script = self.form.fields.get("script") if self.form else None
        if not isinstance(script, ScriptField):  # no form, or one without a script
            self.insert_menu.addAction(self.tr("Select an item or a card to insert into its script")).setEnabled(False)
            return
        for action in script.insert_menu.actions():
            self.insert_menu.addAction(action)

    # -- selection and forms -------------------------------------------------------------------
    def _selected(self) -> None:
        path = self.tree.selected_path()
        if path is None or path in (("rules",), ("session",), ("card",), ("regulation",)):
            self._show_form(None)
            return
        self._show_form(path)

    def _show_form(self, path: NodePath | None) -> None:
        if self.form is not None and path == self.form.path:
            return
        old = self.form_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.form = None
        if path is None:
            return
        self.form = NodeForm(self.draft, path, self.lang, self.colours)
        self.form.edited.connect(self.edit)
        self.form_area.setWidget(self.form)
        self._show_problems_on_form()

    def select(self, path: NodePath, field: str = "") -> None:
        self.tree.select(path)
        if field and self.form is not None:
            self.form.focus(field)

    # -- edits ---------------------------------------------------------------------------------
    def edit(self, path: NodePath, values: dict, typing: bool = False) -> None:
        kind = kind_of(path)
        if "title" in values and kind in ("item", "session", "regulation") and values["title"]:
            own = str(self.draft.get(path, "id", ""))
            made = slug(str(self.draft.get(path, "title", "")))
            if not own or own == made or re.fullmatch(re.escape(made) + r"-\d+", own):  # made from the title: follow it
                values = dict(values, id=self.draft.unique(kind, values["title"], own))
        top = self.stack.command(self.stack.index() - 1)
        same = isinstance(top, commands.SetFields) and typing and top.typing and top.path == path
        command = commands.SetFields(
            self.draft,
            path,
            values,
            self.tr("Edit {field}").format(field=", ".join(values)),
            typing,
            top.refs if same and isinstance(top, commands.SetFields) else None,
        )
        self._from_form = True
        try:
            self.stack.push(command)
        finally:
            self._from_form = False
        if "id" in values and command.followed:
            self.say(self._followed(command.followed))
        if "id" in values and self.form is not None and "id" in self.form.fields and "title" in values:
            self.form.fields["id"].load(values["id"])

    def _followed(self, count: int) -> str:
        if count == 1:
            return self.tr("New id: 1 reference to it updated too")
        return self.tr("New id: {count} references to it updated too").format(count=count)

    def _push(self, command: commands.Structural) -> None:
        self.stack.push(command)
        if command.where:
            if self._structure_matches():  # a move inside one list: relabel its rows, do not rebuild 500 of them
                siblings = command.where[:-1] if len(command.where) == 2 else command.where[:3]
                for path in self.draft.paths(siblings):
                    self.tree.relabel(self.draft, path, self.labels())
            else:
                self._rebuild()
            self.select(command.where)

    def add(self, entry: str, kind: str = "", label: str = "") -> None:
        path = self.tree.selected_path() or ("congress",)
        sessions = self.draft.count(("session",))
        if entry == "rule":
            self._push(commands.add_rule(self.draft, self.tr("Add a vote rule"), self.tr("rule")))
        elif entry == "session":
            index = path[1] + 1 if path[0] == "session" else sessions
            self._push(
                commands.add(
                    self.draft, self.tr("Add a session"), "session", ("session",), index, self.tr("New session")
                )
            )
        elif entry == "item":
            if sessions == 0:
                self.add("session")
                path = self.tree.selected_path() or ("session", 0)
            session, index = (
                (path[1], path[3] + 1)
                if len(path) == 4 and path[0] == "session"
                else (
                    (path[1], 10**9)
                    if path[0] == "session" and len(path) == 2
                    else (self.draft.count(("session",)) - 1, 10**9)
                )
            )
            fields = _kind_fields(self.draft, kind, label)
            self._push(
                commands.add(
                    self.draft,
                    self.tr("Add an item"),
                    "item",
                    ("session", session, "item"),
                    index,
                    label,
                    kind=kind,
                    **fields,
                )
            )
        elif entry == "article":
            if path[0] != "regulation":
                self.say(self.tr("Select a regulation first: the article is added to it."), refusal=True)
                return
            regulation = path[1]
            index = path[3] + 1 if len(path) == 4 else 10**9
            self._push(
                commands.add(
                    self.draft,
                    self.tr("Add an article"),
                    "article",
                    ("regulation", regulation, "article"),
                    index,
                    "",
                    number=self.tr("Article {n}").format(n=self.draft.count(("regulation", regulation, "article")) + 1),
                )
            )
        else:
            index = path[1] + 1 if path[0] == entry and len(path) == 2 else 10**9
            title = self.tr("New contingency card") if entry == "card" else self.tr("New regulation")
            self._push(commands.add(self.draft, self.tr("Add"), entry, (entry,), index, title))

    def duplicate(self) -> None:
        path = self.tree.selected_path()
        if path and movable(path):
            self._push(commands.duplicate(self.draft, self.tr("Duplicate"), path))

    def delete(self) -> None:
        path = self.tree.selected_path()
        if path and path[0] == "rules" and len(path) == 2:  # items using it are then listed as problems
            self.stack.push(commands.delete_rule(self.draft, self.tr("Delete"), path[1]))
            self._rebuild()
            self.select(("congress",))
            return
        if not path or not movable(path):
            return
        self.stack.push(commands.delete(self.draft, self.tr("Delete"), path))
        self._rebuild()
        siblings = self.draft.count(path[:-1] if len(path) == 2 else path[:3])
        if siblings:
            self.select(path[:-1] + (min(path[-1], siblings - 1),))
        else:
            self.select(path[:2] if len(path) == 4 else ("congress",))

    def move_by(self, step: int) -> None:
        """Ctrl+Up/Down: one place up or down; an item at the edge of its session goes to the next one."""
        path = self.tree.selected_path()
        if not path or not movable(path):
            return
        count = self.draft.count(path[:-1] if len(path) == 2 else path[:3])
        index = path[-1] + step
        if 0 <= index < count:
            self.move_to(path, path[:-1] if len(path) == 2 else path[:3], index)
        elif len(path) == 4 and path[0] == "session":
            other = path[1] + step
            if 0 <= other < self.draft.count(("session",)):
                self.move_to(path, ("session", other, "item"), 10**9 if step < 0 else 0)

    def move_to(self, path: NodePath, list_path: NodePath, index: int) -> None:
        index = min(index, self.draft.count(list_path) - (1 if list_path == path[:-1] or list_path == path[:3] else 0))
        self._push(commands.move(self.draft, self.tr("Move"), path, list_path, index))

    # -- after a change ------------------------------------------------------------------------
    def _draft_changed(self, path: NodePath) -> None:
        self._changed_paths.add(path)
        if len(self._changed_paths) == 1:
            QTimer.singleShot(0, self._after_change)

    def _after_change(self) -> None:
        paths, self._changed_paths = self._changed_paths, set()
        if not self._structure_matches():
            self._rebuild()
        else:  # an entry that moved shifts the rows between its old and new place: relabel its list
            lists = {path[:-1] if len(path) == 2 else path[:3] for path in paths if movable(path)}
            for path in set(paths) | {entry for list_path in lists for entry in self.draft.paths(list_path)}:
                self.tree.relabel(self.draft, path, self.labels())
        if self.form is not None:
            if self._form_still_valid(self.form):
                if not self._from_form and self.form.path in paths:
                    self.form.reload()
                else:
                    self.form.refresh_plan()
            else:
                self._show_form(None)
                self._selected()
        self.check_timer.start()

    def _structure_matches(self) -> bool:
        for path in self.draft.paths(("session",)) + self.draft.paths(("card",)) + self.draft.paths(("regulation",)):
            if self.tree.path_item(path) is None:
                return False
        sessions = self.draft.paths(("session",))
        if self.tree.path_item(("session", len(sessions))) is not None:
            return False
        for session in sessions:
            count = self.draft.count(session + ("item",))
            if self.tree.path_item(session + ("item", count)) is not None or (
                count and self.tree.path_item(session + ("item", count - 1)) is None
            ):
                return False
        return len(self.draft.rule_names()) == sum(
            1 for name in self.draft.rule_names() if self.tree.path_item(("rules", name))
        )

    def _form_still_valid(self, form: NodeForm) -> bool:
        try:
            self.draft.node(form.path)
            return True
        except (KeyError, IndexError):
            return False

    def _rebuild(self) -> None:
        self.tree.rebuild(self.draft, self.labels())
        self._mark_tree()

    # -- checks --------------------------------------------------------------------------------
    def run_checks(self) -> None:
        self.problems = self.draft.problems()
        self.problem_list.clear()
        for problem in self.problems:
            entry = QListWidgetItem(problem.message(self.lang))
            entry.setData(Qt.ItemDataRole.UserRole, self.draft.locate(problem))
            self.problem_list.addItem(entry)
        count = len(self.problems)
        self.problem_caption.setText(
            self.tr("No problems: the podium can open this program.")
            if not count
            else self.tr("{count} problem(s): the podium will not open the program until they are fixed.").format(
                count=count
            )
        )
        self.problem_caption.setStyleSheet(f"color: {self.theme.over if count else self.theme.ok}; font-weight: bold;")
        self._mark_tree()
        self._show_problems_on_form()

    def _mark_tree(self) -> None:
        """Entries with a problem, and sessions that run past their end or into the next one, in red."""
        marked = {self.draft.locate(problem)[0] for problem in self.problems}
        for timeline in self.draft.timelines():
            if timeline.overrun or timeline.collides:
                marked.add(("session", timeline.session))
        self.tree.mark(marked, self.theme.over)

    def _show_problems_on_form(self) -> None:
        if self.form is None:
            return
        by_field: dict[str, str] = {}
        for problem in self.problems:
            path, field = self.draft.locate(problem)
            if path == self.form.path:
                by_field.setdefault(field, problem.message(self.lang))
        self.form.show_problems(by_field)

    def _problem_clicked(self, entry: QListWidgetItem) -> None:
        path, field = entry.data(Qt.ItemDataRole.UserRole)
        self.select(tuple(path), field)

    def unsaved_as(self, path: FilePath | None) -> None:
        """A new program (or a copy) that Save writes to `path`, or asks where when None."""
        self.path = path
        self.stack.resetClean()
        self._title()

    def mark_recovered(self, untitled: FilePath | None = None) -> None:
        """Restored from the recovery file: unsaved until saved again. `untitled`: the name of the new
        program it was (its recovery file is this window's from now on, and goes when it is saved)."""
        if untitled is not None:
            self.untitled = untitled
        self.stack.resetClean()
        self._title()
        self.say(self.tr("Restored the unsaved changes. Save to keep them."))

    # -- saving --------------------------------------------------------------------------------
    def say(self, text: str, refusal: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {self.theme.over}; font-weight: bold;" if refusal else "")

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the program"), str(self.path or "chuong-trinh.toml"), self.tr("Program (*.toml)")
        )
        if not chosen:
            return False
        return self.save_to(FilePath(chosen))

    def save_to(self, path: FilePath, ask: bool = True) -> bool:
        if self.check_timer.isActive():  # a change not checked yet: its problems belong in the message
            self.check_timer.stop()
            self.run_checks()
        text = text_of(self.draft)
        run = live_run(path, self.journal if path == self.path else None) if path.exists() else None
        new_print = fingerprint(text)
        if run is not None and run.fingerprint != new_print and ask:
            question = self.tr(
                "This program has a live run (#{run}) recorded with the program {old}. Saved, the "
                "program becomes {new}: the podium will warn that the live run's program has changed "
                "when it is opened again. Save anyway?"
            ).format(run=run.run_id, old=run.fingerprint[:12], new=new_print[:12])
            if not dialogs.confirm(self, self.tr("The program of a live run"), question, self.tr("Save")):
                return False
        try:
            save_text(path, text)
        except ProgramFileError as error:
            dialogs.inform(self, self.tr("Not saved"), error.message(self.lang), error=True)
            return False
        if self.path is not None and self.path != path:
            drop_recovery(self.path)
        if self.path is None:
            drop_recovery(self.untitled)
        self.path = path
        drop_recovery(path)
        self.stack.setClean()
        self._title()
        count = len(self.problems)
        done = self.tr("Saved {path} (program {print}).").format(path=path.name, print=new_print[:12])
        if run is not None and run.fingerprint != new_print:
            done += " " + self.tr("The live run #{run} will warn that its program changed.").format(run=run.run_id)
        if count:
            done += " " + self.tr(
                "{count} problem(s) remain: the podium will not open it until they are fixed."
            ).format(count=count)
        self.say(done, refusal=bool(count))
        self.saved.emit(str(path))
        return True

    def autosave(self) -> None:
        """Unsaved work goes to the recovery file beside the program (or into the data folder when new)."""
        if self.stack.isClean() and self.path is not None:
            return
        try:
            target = self.path or self.untitled
            target.parent.mkdir(parents=True, exist_ok=True)
            write_recovery(target, text_of(self.draft))
        except (ProgramFileError, OSError) as error:
            self.say(error.message(self.lang) if isinstance(error, ProgramFileError) else str(error), refusal=True)

    def _to_podium(self) -> None:
        if (not self.stack.isClean() or self.path is None) and not self.save():
            return
        if self.problems:
            self.say(self.tr("The podium opens only a program without problems."), refusal=True)
            return
        self.open_at_podium.emit(str(self.path))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.stack.isClean():
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to the program before closing?"),
                QMessageBox.StandardButton.NoButton,
                self,
            )
            save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
            discard = box.addButton(self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole)
            cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(cancel)
            box.setEscapeButton(cancel)
            box.exec()
            clicked = box.clickedButton()
            if clicked is save and not self.save():
                event.ignore()
                return
            if clicked is cancel or clicked is None:
                event.ignore()
                return
            if clicked is discard:
                drop_recovery(self.path or self.untitled)
        elif self.path is None:
            drop_recovery(self.untitled)  # a new program left as it was made: nothing to offer back
        self.autosave_timer.stop()
        super().closeEvent(event)


def _kind_fields(draft: ProgramDraft, kind: str, title: str) -> dict:
    rules = draft.rule_names()
    if kind == "vote":
        return {"vote": {"question": title, "rule": "motion" if "motion" in rules else (rules[0] if rules else "")}}
    if kind == "election":
        return {
            "election": {
                "body": "",
                "seats": 1,
                "rule": "election" if "election" in rules else (rules[0] if rules else ""),
                "candidates": [],
            }
        }
    return {}
