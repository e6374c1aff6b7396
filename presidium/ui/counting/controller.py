"""Binds the keys of the counting window to the station: the draft changes by key, every recorded
action goes through `CountingStation`, and a refusal comes back as a signal the status line shows.

After `presidium tally` found differences, the operator reads the other stations' journals here
(`compare`): the ballots entered differently are listed, kept current as this station corrects them,
and `next_difference` puts the next one up for entering again."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from presidium.app.counting import CountingStation
from presidium.app.reconciling import Station, differences_with, read_others
from presidium.core.counting.draft import Draft
from presidium.core.counting.entries import Entry
from presidium.core.counting.messages import CountingError
from presidium.core.counting.tally import Difference
from presidium.infra.journal import JournalError


class CountingController(QObject):
    changed = Signal()  # the recorded ballots changed (and the draft with them)
    drafted = Signal()  # only the ballot being typed changed
    refused = Signal(str)  # why an action was not recorded, in the window's language
    recorded = Signal(int)  # the ballot number just recorded (or corrected)
    compared = Signal()  # the differences with the other stations changed

    def __init__(self, station: CountingStation, lang: str = "vi") -> None:
        super().__init__()
        self.station = station
        self.lang = lang
        self.correcting = False  # the draft re-enters a ballot already entered
        self.draft = Draft.fresh(station.paper, station.state.next_number)
        self.last_number: int | None = station.state.stack[-1] if station.state.stack else None
        self.other_paths: list[Path] = []  # the other stations' journals, as last chosen
        self.others: list[Station] = []  # their counts as last read
        self.differences: list[Difference] = []  # with this station's entries as they stand now

    # --- the other stations -------------------------------------------------------------------
    def compare(self, paths: Sequence[Path]) -> bool:
        """Read the other stations' journals (verified, same round) and list where they differ."""
        try:
            others = read_others(self.station, list(paths))
        except (CountingError, JournalError) as refusal:
            self.refused.emit(refusal.message(self.lang))
            return False
        self.other_paths, self.others = list(paths), others
        self._differ()
        return True

    def reread(self) -> bool:
        """Read the same journals again: the other stations may have corrected their ballots since."""
        if not self.other_paths:
            self.refused.emit(CountingError("counting.compare-first").message(self.lang))
            return False
        return self.compare(self.other_paths)

    def next_difference(self) -> None:
        """Put the next differing ballot (after the one being typed, then from the first) up for entry."""
        if not self.others:
            self.refused.emit(CountingError("counting.compare-first").message(self.lang))
            return
        numbers = [d.number for d in self.differences]
        if not numbers:
            self.refused.emit(CountingError("counting.no-differences").message(self.lang))
            return
        later = [n for n in numbers if n > self.draft.number]
        self.goto(later[0] if later else numbers[0])

    def _differ(self) -> None:
        self.differences = differences_with(self.station, self.others) if self.others else []
        self.compared.emit()

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
        if self.others:  # a ballot recorded or taken back may end a difference or make one
            self._differ()
        self.changed.emit()

    def _do(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except (CountingError, JournalError) as refusal:
            self.refused.emit(refusal.message(self.lang))
            return False
        return True
