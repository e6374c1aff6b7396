"""Binds the keys of the counting window to the station: the draft changes by key, every recorded
action goes through `CountingStation`, and a refusal comes back as a signal the status line shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from presidium.app.counting import CountingStation
from presidium.core.counting.draft import Draft
from presidium.core.counting.entries import Entry
from presidium.core.counting.messages import CountingError
from presidium.infra.journal import JournalError


class CountingController(QObject):
    changed = Signal()  # the recorded ballots changed (and the draft with them)
    drafted = Signal()  # only the ballot being typed changed
    refused = Signal(str)  # why an action was not recorded, in the window's language
    recorded = Signal(int)  # the ballot number just recorded (or corrected)

    def __init__(self, station: CountingStation, lang: str = "vi") -> None:
        super().__init__()
        self.station = station
        self.lang = lang
        self.correcting = False  # the draft re-enters a ballot already entered
        self.draft = Draft.fresh(station.paper, station.state.next_number)
        self.last_number: int | None = station.state.stack[-1] if station.state.stack else None

    # --- the draft ---------------------------------------------------------------------------
    def press(self, char: str) -> None:
        draft = self.draft.press(char)
        if draft != self.draft:
            self.draft = draft
            self.drafted.emit()

    def backspace(self) -> None:
        """Within a ballot: the last mark goes back. On an empty ballot: the last ballot entered is taken
        back (journaled), and its number is the next to enter again."""
        if not self.draft.empty:
            self.draft = self.draft.back()
            self.drafted.emit()
            return
        if self._do(self.station.undo_last):
            stack = self.station.state.stack
            self.last_number = stack[-1] if stack else None
            self._fresh()

    def goto(self, number: int) -> None:
        """Enter ballot `number` (again): a ballot already entered is recorded as a correction."""
        self.draft = Draft(number, self.draft.count, self.draft.surplus)
        self.correcting = number in self.station.state.entries
        self.changed.emit()

    # --- recording ---------------------------------------------------------------------------
    def record(self) -> bool:
        return self._enter(self.draft.entry())

    def record_invalid(self, reason: str) -> bool:
        return self._enter(Entry(self.draft.number, "invalid", reason=reason))

    def _enter(self, entry: Entry) -> bool:
        correcting = entry.number in self.station.state.entries
        action = self.station.correct if correcting else self.station.enter
        if not self._do(lambda: action(entry)):
            return False
        self.last_number = entry.number
        self._fresh()
        self.recorded.emit(entry.number)
        return True

    def _fresh(self) -> None:
        self.correcting = False
        self.draft = Draft.fresh(self.station.paper, self.station.state.next_number)
        self.changed.emit()

    def _do(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except (CountingError, JournalError) as refusal:
            self.refused.emit(refusal.message(self.lang))
            return False
        return True
