"""Joins one session to one podium window: actions to session calls, session changes and the
200 ms tick to a repaint, preferences to the look. Built by launch.py; rebuilt on a language change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from presidium.app.session import CongressSession
from presidium.core.catalogue import say
from presidium.core.decisions import quorum, round_terms, rule_for
from presidium.core.events import Event
from presidium.core.hall import for_vote
from presidium.ui import dialogs, icons
from presidium.ui.counting.result_file import choose_result_file
from presidium.ui.discussion import SpeakersDialog
from presidium.ui.editor.podium_menu import ProgramMenu
from presidium.ui.figures import Snapshot
from presidium.ui.main_window import MainWindow
from presidium.ui.podium import Podium
from presidium.ui.prefs import Preferences, step_size
from presidium.ui.theme import Theme, style_sheet, theme
from presidium.ui.vote_panel import ElectionPanel, VotePanel

# The dialogs, the card palette and the stage display are imported when first opened: the first
# frame does not need them (docs/performance.md, cold start).
if TYPE_CHECKING:
    from presidium.ui.cards import CardPalette
    from presidium.ui.export_action import ExportJob
    from presidium.ui.forms import AttendanceDialog
    from presidium.ui.review_window import ReviewWindow
    from presidium.ui.stage import StageWindow

TICK_MS = 200
LEAVING = ("start", "next", "back", "skip", "goto", "undo", "finish")  # a result shown is no longer fresh


class PodiumController(QObject):
    def __init__(
        self,
        session: CongressSession,
        prefs: Preferences,
        language: str,
        on_language: Callable[[str], None] = lambda code: None,
        notice: str = "",
    ) -> None:
        super().__init__()
        self.session = session
        self.prefs = prefs
        self.theme: Theme = theme(prefs.theme)
        self.window = MainWindow(self.theme.text, language)
        self.podium = Podium(session, lambda: self.window, lang=language)
        self.stage: StageWindow | None = None
        self.palette: CardPalette | None = None
        self.review: ReviewWindow | None = None  # the review window, once opened
        self.export_job: ExportJob | None = None  # the export in progress (its thread ends on its own)
        self.language = language
        self.result_seq: int | None = None  # the vote or ballot whose result replaces the script
        self._refusing: list[ElectionPanel | VotePanel | SpeakersDialog | AttendanceDialog] = []  # open, innermost last
        self._on_language = on_language
        self._wire()
        self.program_menu = ProgramMenu(
            self.window.file_menu, self.window, session.program.source, language, session.journal_path
        )
        self._apply_theme()
        self.window.current.set_script_size(prefs.script_size)
        self.window.set_notice(notice)
        geometry = prefs.geometry("main")
        if geometry is None or not self.window.restoreGeometry(geometry):
            self.window.resize(1366, 768)
        self._unsubscribe = session.subscribe(self._recorded)
        self.tick = QTimer(self)
        self.tick.setTimerType(Qt.TimerType.PreciseTimer)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self.refresh)
        self.tick.start()
        self.refresh()
        if not icons.ready():  # launched with the icon fonts deferred: bring them in once painted
            self._icons_later = icons.AfterFirstPaint(self.window, self._show_icons)

    def _show_icons(self) -> None:
        icons.load()
        self.window.commands.recolour(self.theme.text)
        self.window.agenda.restyle()
        self.refresh()

    def _wire(self) -> None:
        a, p, w = self.window.commands, self.podium, self.window
        handlers = {
            "next": p.advance,
            "back": p.back,
            "pause": p.toggle_pause,
            "skip": p.skip,
            "finish": p.finish,
            "undo": p.undo,
            "cards": self.open_cards,
            "note": self.open_note,
            "vote": self.open_vote,
            "attendance": self.open_attendance,
            "stage": self.toggle_stage,
            "result": self.toggle_result,
            "call": p.call_next,
            "speakers": self.open_speakers,
            "insert": self.open_insert,
            "export_minutes": lambda: self.export("minutes"),
            "export_review": lambda: self.export("review"),
            "review": self.open_review,
            "export_script": self.export_script,
            "message_end": lambda: self.send_message(a.message_text("message_end")),
            "message_brief": lambda: self.send_message(a.message_text("message_brief")),
            "message_custom": self.custom_message,
            "message_clear": lambda: self.send_message(""),
            "zoom_in": lambda: self.zoom(+1),
            "zoom_out": lambda: self.zoom(-1),
            "dark": self.toggle_theme,
            "quit": w.close,
            "mirror": self.choose_mirror,
        }
        for name, handler in handlers.items():
            a[name].triggered.connect(lambda _checked=False, h=handler: h())
        for code, action in w.language_actions.items():
            action.triggered.connect(lambda _checked=False, c=code: self._language(c))
        w.agenda.goto_requested.connect(p.goto)
        p.refused.connect(lambda reason: w.say(self.tr("Not done: {reason}").format(reason=reason), refusal=True))
        p.failed.connect(self._journal_failed)
        p.done.connect(w.say)
        w.closing.connect(self.shutdown)

    # --- repaint ---------------------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        return Snapshot(self.session, self.result_seq, self.language)

    def _recorded(self, event: Event) -> None:
        """A new result is shown at once in place of the script; moving on puts the script back."""
        if event.kind in ("vote", "ballot"):
            self.result_seq = event.seq
        elif event.kind in LEAVING:
            self.result_seq = None
        self.refresh()
        if event.kind in LEAVING:
            self._say_quorum()

    def _say_quorum(self) -> None:
        """Arriving at a vote or an election, the status line says whether the congress has its quorum
        (in the alarm colour when it has not), before anyone presses V."""
        item = self.session.state.current_item
        if item is None or not item.takes_vote:  # the rule core.admit applies to a vote
            return
        found = self.quorum_text()
        if found is not None:
            self.window.say(found[0], refusal=not found[1])

    def toggle_result(self) -> None:
        """R: back to the script from a result, or the item's last result again."""
        if self.result_seq is not None:
            self.result_seq = None
        else:
            self.result_seq = self.snapshot().latest_result_seq()
            if self.result_seq is None:
                self.window.say(self.tr("No result recorded for this item yet."), refusal=True)
        self.refresh()

    def refresh(self) -> None:
        if self.session.readonly:
            self._follow()
        else:
            self._keep_time()
        self._show_mirror()
        snap = self.snapshot()
        self.window.show_snapshot(snap, self.theme)
        if self.stage is not None and self.stage.isVisible():
            self.stage.show_snapshot(snap, self.theme)
        if self.tick.isActive():
            self.tick.start(next_tick_ms(snap))

    def _show_mirror(self) -> None:
        mirror = self.session.mirror
        if mirror is None:
            self.window.set_mirror_status("")
        elif mirror.error is not None:
            reason = getattr(mirror.error, "message", lambda lang: str(mirror.error))(self.language)
            self.window.set_mirror_status(self.tr("Standby copy FAILING"), failing=True)
            self.window.mirror_status.setToolTip(reason)
        elif mirror.last_ok is not None:
            self.window.set_mirror_status(
                self.tr("Standby copy {time}").format(time=datetime.fromtimestamp(mirror.last_ok).strftime("%H:%M:%S"))
            )
            self.window.mirror_status.setToolTip(str(mirror.target))
        else:
            self.window.set_mirror_status(self.tr("Standby copy…"))

    def choose_mirror(self) -> None:
        """Where the standby copy is kept (a USB stick, a network share); Cancel keeps it as it is."""
        from PySide6.QtWidgets import QFileDialog

        if self.session.readonly:  # the writing window keeps the copy, not a view
            self.window.say(self.tr("Not done: a read-only view keeps no standby copy."), refusal=True)
            return
        current = self.prefs.mirror
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Folder for the standby copy"), current)
        if not folder:
            return
        self.prefs.mirror = folder
        self.session.set_mirror(folder)
        self.window.say(self.tr("Standby copy kept in {folder}").format(folder=folder))
        self.refresh()

    def _keep_time(self) -> None:
        """The heartbeat, and the one-time notice when the laptop slept under the clock."""
        self.session.beat()
        notice = self.session.check_clock()
        if notice is not None:
            text = notice.message(self.language)
            self.window.set_notice(text)
            self.window.say(text)

    def _follow(self) -> None:
        """A read-only view reads what the writing window added, at most once a second."""
        now = self.session.now()
        if now - getattr(self, "_followed", 0.0) < 1.0:
            return
        self._followed = now
        try:
            self.session.follow()  # notifies _recorded, which refreshes again: the timestamp stops a loop
        except Exception as error:  # a view must not take the window down: say it and keep showing
            self.window.say(
                self.tr("The journal cannot be read: {message}").format(message=say(error, self.language)), refusal=True
            )

    def _apply_theme(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setStyleSheet(style_sheet(self.theme))
        self.window.commands.recolour(self.theme.text)
        self.window.commands["dark"].setChecked(self.theme.name == "dark")

    def toggle_theme(self) -> None:
        self.theme = theme("light" if self.theme.name == "dark" else "dark")
        self.prefs.theme = self.theme.name
        self._apply_theme()
        self.refresh()

    def zoom(self, direction: int) -> None:
        size = step_size(self.prefs.script_size, direction)
        self.prefs.script_size = size
        self.window.current.set_script_size(size)
        self.window.say(self.tr("Script size {size} pt").format(size=size))

    def _language(self, code: str) -> None:
        self.prefs.language = code
        self._on_language(code)

    def _journal_failed(self, message: str) -> None:
        self.window.say(self.tr("NOT RECORDED: {message}").format(message=message), refusal=True)
        dialogs.inform(self.window, self.tr("The journal cannot record"), message, error=True)

    # --- dialogs -------------------------------------------------------------------------
    def open_cards(self) -> None:
        from presidium.ui.cards import open_palette

        snap = self.snapshot()
        linked = snap.item.cards if snap.item else ()
        self.palette = open_palette(
            self.window, snap.program, linked, snap.values, self.podium.use_card, self.theme.text
        )

    def open_note(self) -> None:
        from presidium.ui.notes import NoteDialog

        snap = self.snapshot()
        dialog = NoteDialog(snap.item.title if snap.item and snap.started else "", self.window)
        if _run(dialog):
            self.podium.note(*dialog.note())

    def open_vote(self) -> None:
        snap = self.snapshot()
        item = snap.item if snap.started and not snap.finished else None
        if item is None or not item.takes_vote:  # the rule core.admit applies to a vote
            self.window.say(self.tr("Not done: the current item holds no vote."), refusal=True)
            return
        p = self.podium
        panel: ElectionPanel | VotePanel
        if item.election is not None:
            earlier = snap.state.earlier_rounds(item.id)
            listed = snap.state.candidates(item.id)
            panel = ElectionPanel(
                item,
                listed,
                round_terms(item, {}, earlier, listed),
                self.attendance_text,
                self.open_attendance,
                p.record_vote,
                p.record_ballot,
                counting=bool(earlier),
                parent=self.window,
                quorum=self.quorum_text,
                record_result=p.record_ballot_result,
                choose_result=choose_result_file,
            )
        else:
            panel = VotePanel(
                item,
                rule_for(snap.program, item),
                self.attendance_text,
                self.open_attendance,
                p.record_vote,
                self.window,
                quorum=self.quorum_text,
            )
        self._with_refusals(panel)

    def attendance_text(self) -> str:
        state = self.session.state
        attendance = state.attendance
        if attendance is None:
            return self.tr("Attendance not reported yet: {convened} convened, all counted present").format(
                convened=state.convened_in_force
            )
        return self.tr("In force: {present} present of {convened} convened ({absent} absent)").format(
            present=attendance.present, convened=attendance.convened, absent=attendance.absent
        )

    def quorum_text(self) -> tuple[str, bool] | None:
        """Whether the congress has its quorum now, for the vote panel: (text, met); None without a rule."""
        found = quorum(self.session.program, self.session.state.attendance)
        if found is None:
            return None
        return for_vote(found).message(self.language), found.met  # the hall line's words (core/hall.py)

    def open_attendance(self) -> None:
        from presidium.ui.forms import AttendanceDialog

        snap = self.snapshot()
        attendance = snap.state.attendance
        convened = snap.state.convened_in_force
        parent = QApplication.activeModalWidget() or self.window
        if attendance is None:
            dialog = AttendanceDialog(convened, None, parent, record=self.record_attendance)
        else:
            dialog = AttendanceDialog(
                convened,
                attendance.present,
                parent,
                with_reason=attendance.with_reason,
                reason=attendance.reason,
                excused=attendance.excused,
                alternates=attendance.alternates,
                record=self.record_attendance,
            )
        self._with_refusals(dialog)

    def record_attendance(self, dialog: AttendanceDialog) -> bool:
        """Record (Enter) in the attendance form: True closes it; a refusal keeps it open with the figures."""
        self.podium.last_refusal = None
        recorded = self.podium.record_attendance(
            dialog.present.value(), convened=dialog.corrected(), correction=dialog.correction.text(), **dialog.details()
        )
        if not recorded and self.podium.last_refusal is not None:
            dialog.point_at(self.podium.last_refusal)  # the focus goes to the field at fault
        return recorded

    def open_speakers(self) -> None:
        snap = self.snapshot()
        if snap.speakers is None:
            self.window.say(self.tr("Not done: the current item is not a discussion."), refusal=True)
            return
        p = self.podium
        actions: dict[str, Callable[..., bool]] = {
            "call": p.call_speaker,
            "done": p.speaker_done,
            "move": p.move_speaker,
            "absent": p.speaker_absent,
            "written": p.speaker_written,
            "floor": p.add_floor_speaker,
        }
        self._with_refusals(SpeakersDialog(lambda: self.session.state.speaker_queue(), actions, self.window))

    def open_insert(self) -> None:
        from presidium.ui.forms import InsertDialog

        dialog = InsertDialog(self.window)
        if _run(dialog):
            self.podium.insert(*dialog.values())

    def _with_refusals(self, dialog: ElectionPanel | VotePanel | SpeakersDialog | AttendanceDialog) -> None:
        """Run a panel that shows the engine's refusals itself (the status line says them too). Only the
        topmost one does: the attendance form opened from the vote panel keeps its refusals to itself."""
        outer = list(self._refusing)
        for view in outer:
            self.podium.refused.disconnect(view.refuse)
        self._refusing.append(dialog)
        self.podium.refused.connect(dialog.refuse)
        try:
            _run(dialog)
        finally:
            self.podium.refused.disconnect(dialog.refuse)
            self._refusing.pop()
            for view in outer:
                self.podium.refused.connect(view.refuse)

    # --- documents ---------------------------------------------------------------------------
    # The exporters pull in python-docx and the charts: imported on first use, not at start-up.
    def export(self, what: str) -> None:
        """Minutes or review of this run to .docx, written off the GUI thread (export_action)."""
        from presidium.ui.export_action import ask_and_export

        self.export_job = ask_and_export(
            self.window, what, self.session.journal.path, self.session.run_id, self.language
        )

    def export_script(self) -> None:
        """The kịch bản of the program this podium runs, for approval and print, written by a child process."""
        from presidium.ui.importing.script_export import ask_and_export_script

        self.export_job = ask_and_export_script(self.window, Path(self.session.program.source), self.language)

    def open_review(self) -> None:
        from presidium.ui.charts import palette_from_theme
        from presidium.ui.review_window import ReviewWindow

        if self.review is not None:
            self.review.close()
        self.review = ReviewWindow(
            self.session.journal.path,
            lang=self.language,
            run=self.session.run_id,
            palette=palette_from_theme(self.theme),
        )
        self.review.resize(1280, 720)
        self.review.show()

    # --- stage display ---------------------------------------------------------------------
    def toggle_stage(self) -> None:
        if self.stage is not None and self.stage.isVisible():
            self.stage.close()
            self.window.commands["stage"].setChecked(False)
            return
        if self.stage is None:
            from presidium.ui.stage import StageWindow

            self.stage = StageWindow()
        self.stage.place(self.window)
        self.window.commands["stage"].setChecked(True)
        self.refresh()

    def send_message(self, text: str) -> None:
        if self.stage is None:
            from presidium.ui.stage import StageWindow

            self.stage = StageWindow()
        self.stage.set_message(text)
        self.window.say(
            self.tr("Stage message: {text}").format(text=text) if text else self.tr("Stage message cleared")
        )
        self.refresh()

    def custom_message(self) -> None:
        from presidium.ui.forms import MessageDialog

        dialog = MessageDialog(self.stage.message_text if self.stage else "", self.window)
        if _run(dialog):
            self.send_message(dialog.text.text().strip())

    # --- end ---------------------------------------------------------------------------------
    def shutdown(self) -> None:
        self.tick.stop()
        self._unsubscribe()
        self.prefs.set_geometry("main", self.window.saveGeometry())
        self.prefs.sync()
        if self.stage is not None:
            self.stage.close()
        if self.review is not None:
            self.review.close()


def next_tick_ms(snap: Snapshot) -> int:
    """At most TICK_MS, and just after the timer face (or the pause length, or the wall clock) turns to
    its next second: a free-running 200 ms tick showed each new second up to 200 ms late."""
    waits = [1 - snap.now % 1]  # the wall clock
    current = snap.timers.current
    if snap.paused:
        waits.append(1 - snap.timers.paused_for % 1)
    elif current is not None:  # timer_face: remaining rounded up, then the overrun rounded down
        waits.append((current.remaining + 0.999) % 1 if current.remaining >= 0 else 1 - (-current.remaining) % 1)
    return max(1, min(TICK_MS, int(min(waits) * 1000) + 3))


def _run(dialog: QDialog) -> bool:
    """Show a modal dialog; True when accepted. Its values stay readable until the event loop
    deletes it."""
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted
