"""The chair's actions: each calls one session method; a refusal becomes a status message.

The session journals the action and notifies its subscribers, and the window repaints from the
session; so nothing here touches a widget except to ask a confirmation.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from presidium.app.session import CongressSession, InvalidAction, JournalError
from presidium.ui import dialogs

Ask = Callable[[QWidget | None, str, str, str], bool]


class Podium(QObject):
    refused = Signal(str)  # the engine's reason, for the status line
    failed = Signal(str)  # the journal could not record: serious, the window says so loudly
    done = Signal(str)  # a short confirmation for the status line

    def __init__(
        self,
        session: CongressSession,
        parent_widget: Callable[[], QWidget | None] = lambda: None,
        ask: Ask = dialogs.confirm,
        lang: str = "vi",
    ) -> None:
        super().__init__()
        self.session = session
        self.lang = lang
        self._parent = parent_widget
        self._ask = ask
        self.last_refusal: InvalidAction | None = None  # the engine's last refusal, for a form to point at its field

    def _do(self, action: Callable[[], object], said: str = "") -> bool:
        try:
            action()
        except InvalidAction as refusal:
            self.last_refusal = refusal
            self.refused.emit(refusal.message(self.lang))
            return False
        except JournalError as error:
            if getattr(error, "code", "") == "view-only":  # a read-only view: a refusal, not an alarm
                self.refused.emit(error.message(self.lang))
            else:
                self.failed.emit(error.message(self.lang))
            return False
        if said:
            self.done.emit(said)
        return True

    def _confirm(self, title: str, question: str, yes: str) -> bool:
        return self._ask(self._parent(), title, question, yes)

    # --- navigation ------------------------------------------------------------------------
    def advance(self) -> bool:
        """Next item; the first press starts the run."""
        return self._do(self.session.start if not self.session.state.started else self.session.next)

    def back(self) -> bool:
        return self._do(self.session.back)

    def toggle_pause(self) -> bool:
        return self._do(self.session.toggle_pause)

    def skip(self) -> bool:
        current = self.session.state.current_item
        if current is None:
            return self._do(self.session.skip)  # the engine says why not
        if not self._confirm(
            self.tr("Skip item"),
            self.tr("Skip “{title}” and open the next item?\nThe skip is recorded as a deviation.").format(
                title=current.title
            ),
            self.tr("Skip item"),
        ):
            return False
        return self._do(self.session.skip, self.tr("Skipped: {title}").format(title=current.title))

    def goto(self, item_id: str) -> bool:
        state = self.session.state
        if not state.started or state.current is None or item_id == state.current.id:
            return self._do(lambda: self.session.goto(item_id))  # refused with the engine's reason
        title = state.items[item_id].item.title
        if not self._confirm(
            self.tr("Go to another item"),
            self.tr("Leave “{current}” and take up “{target}” now?\nThe change of order is recorded.").format(
                current=state.current.item.title, target=title
            ),
            self.tr("Go there"),
        ):
            return False
        return self._do(lambda: self.session.goto(item_id))

    def finish(self) -> bool:
        if not self.session.state.started or self.session.state.finished:
            return self._do(self.session.finish)
        if not self._confirm(
            self.tr("Finish the run"),
            self.tr("End the run now? Nothing can be changed after finishing."),
            self.tr("Finish"),
        ):
            return False
        return self._do(self.session.finish, self.tr("The run is finished."))

    def undo(self) -> bool:
        return self._do(self.session.undo_last, self.tr("The last move was undone."))

    # --- records -----------------------------------------------------------------------------
    def use_card(self, card_id: str) -> bool:
        return self._do(lambda: self.session.use_card(card_id))

    def note(self, text: str, category: str) -> bool:
        return self._do(lambda: self.session.note(text, category), self.tr("Note recorded."))

    def set_attendance(
        self,
        present: int,
        convened: int | None = None,
        *,
        with_reason: int | None = None,
        reason: str = "",
        excused: int | None = None,
        alternates: int | None = None,
    ) -> bool:
        """The credentials figures, as CongressSession.set_attendance takes them."""
        return self._do(
            lambda: self.session.set_attendance(
                present, convened, reason=reason, excused=excused, with_reason=with_reason, alternates=alternates
            ),
            self.tr("Attendance recorded: {present} present.").format(present=present),
        )

    def record_attendance(
        self,
        present: int,
        *,
        convened: int | None = None,
        correction: str = "",
        with_reason: int | None = None,
        reason: str = "",
        excused: int | None = None,
        alternates: int | None = None,
    ) -> bool:
        """The attendance form: a correction of the number convened (when changed) and the figures, both
        or neither (CongressSession.record_attendance)."""
        return self._do(
            lambda: self.session.record_attendance(
                present,
                convened=convened,
                correction=correction,
                with_reason=with_reason,
                reason=reason,
                excused=excused,
                alternates=alternates,
            ),
            self.tr("Attendance recorded: {present} present.").format(present=present),
        )

    def correct_convened(self, convened: int, reason: str) -> bool:
        return self._do(
            lambda: self.session.correct_convened(convened, reason),
            self.tr("Number convened corrected to {convened}.").format(convened=convened),
        )

    def record_vote(
        self,
        for_: int | None,
        against: int | None,
        abstain: int | None,
        *,
        unanimous: bool = False,
        withdraw: str | None = None,
        nominate: str | None = None,
        quorum_confirmed: bool = False,
    ) -> bool:
        """A show of hands on the current item (or on a change to its candidate list)."""
        return self._do(
            lambda: self.session.record_vote(
                for_,
                against,
                abstain,
                unanimous=unanimous,
                withdraw=withdraw,
                nominate=nominate,
                quorum_confirmed=quorum_confirmed,
            ),
            self.tr("Show of hands recorded."),
        )

    def record_ballot(
        self,
        issued: int | None,
        returned: int | None,
        invalid: int | None,
        votes: dict[str, int],
        *,
        quorum_confirmed: bool = False,
    ) -> bool:
        """The counting record of the round the run has set up for the current election item."""
        return self._do(
            lambda: self.session.record_ballot(issued, returned, invalid, votes, quorum_confirmed=quorum_confirmed),
            self.tr("Counting record recorded."),
        )

    def record_ballot_result(self, path: str, issued: int | None = None, *, quorum_confirmed: bool = False) -> bool:
        """The counting stations' reconciled result file, recorded as the round's counting record."""
        return self._do(
            lambda: self.session.record_ballot_result(path, issued=issued, quorum_confirmed=quorum_confirmed),
            self.tr("Counting result recorded."),
        )

    # --- a discussion's speakers ----------------------------------------------------------------
    def call_next(self) -> bool:
        """M: the next speaker has the floor (the current turn ends); with nobody waiting, the turn just ends."""
        queue = self.session.state.speaker_queue() if self.session.state.started else None
        if queue is not None and queue.next is None and queue.current is not None:
            return self._do(self.session.speaker_done, self.tr("{name} has finished.").format(name=queue.current.name))
        return self._do(self.session.call_speaker)

    def call_speaker(self, name: str | None) -> bool:
        return self._do(lambda: self.session.call_speaker(name))

    def speaker_done(self) -> bool:
        return self._do(self.session.speaker_done)

    def speaker_absent(self, name: str) -> bool:
        return self._do(lambda: self.session.speaker_absent(name), self.tr("{name}: absent.").format(name=name))

    def speaker_written(self, name: str) -> bool:
        return self._do(
            lambda: self.session.speaker_written(name),
            self.tr("{name}: contribution submitted in writing.").format(name=name),
        )

    def move_speaker(self, name: str, by: int) -> bool:
        return self._do(lambda: self.session.move_speaker(name, by))

    def add_floor_speaker(self, name: str, unit: str, topic: str, seconds: int) -> bool:
        return self._do(
            lambda: self.session.add_floor_speaker(name, unit, topic, seconds),
            self.tr("Request from the floor added: {name}").format(name=name),
        )

    # --- an unplanned item ----------------------------------------------------------------------
    def insert(self, title: str, kind: str, kind_words: str, seconds: int) -> bool:
        """Insert after the current item, once the chair confirms."""
        if (
            self.session.state.started
            and title.strip()
            and not self._confirm(
                self.tr("Insert an item"),
                self.tr(
                    "Insert “{title}” ({kind}, {minutes} min) right after the current item?\n"
                    "The insertion is recorded as a deviation."
                ).format(title=title.strip(), kind=kind_words, minutes=seconds // 60),
                self.tr("Insert"),
            )
        ):
            return False
        return self._do(
            lambda: self.session.insert(title.strip(), seconds, kind),
            self.tr("Inserted: {title}").format(title=title.strip()),
        )
