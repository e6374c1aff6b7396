"""A counting station at work: the program's ballot paper, the station's own journal, the one path.

`CountingStation` is to a station what `CongressSession` is to the podium: every action (a ballot
entered, taken back, corrected) is folded first (refused: nothing written), appended to the station's
journal (durable before anything is shown), adopted, then announced to the listeners. Each station
keeps its own journal file, the same journal type as the podium's, with the counting's event kinds.
"""

from __future__ import annotations

import logging
import os
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from presidium.core.clock import Clock, RealClock
from presidium.core.counting.entries import Entry
from presidium.core.counting.messages import CountingError
from presidium.core.counting.paper import BallotPaper, Judged, judge
from presidium.core.counting.result import StationRecord
from presidium.core.counting.rules import PARTY_RULES, ValidityRules
from presidium.core.counting.station import StationState, apply_station, fold_station, open_payload
from presidium.core.events import Event, normalized
from presidium.core.program import Program
from presidium.infra.journal import Journal, JournalError, RunRecord

log = logging.getLogger(__name__)
MODE = "live"  # a station's run; the podium's rehearsal/live distinction does not apply to a count
MAX_STATION = 40
MAX_ROUND = 99
MAX_NAMES = 999
MAX_NAME_LENGTH = 120


def rules_for(program: Program) -> ValidityRules:
    """The program's counting rules (its `[counting]` table), else the Party's."""
    return getattr(program, "counting", None) or PARTY_RULES


def paper_for(
    program: Program,
    item_id: str,
    round_no: int = 1,
    seats: int | None = None,
    candidates: tuple[str, ...] | None = None,
) -> BallotPaper:
    """The ballot paper of an election item: the program's list and seats unless the round changed them
    (after withdrawals, nominations, or for a further round)."""
    if not program.has_item(item_id):
        raise CountingError("counting.no-item", item=item_id)
    item = program.item(item_id)
    if item.election is None or not (candidates or item.election.candidates):
        raise CountingError("counting.not-election", item=item_id)
    if not 1 <= round_no <= MAX_ROUND:
        raise CountingError("counting.round-range", limit=MAX_ROUND, got=round_no)
    names = tuple(candidates or item.election.candidates)
    if candidates:  # typed on the command line: bounded and checked where it enters
        if len(names) > MAX_NAMES or any(not 1 <= len(n) <= MAX_NAME_LENGTH or not n.isprintable() for n in names):
            raise CountingError("counting.names-bad", limit=MAX_NAMES, length=MAX_NAME_LENGTH)
        doubles = sorted({n for n in names if names.count(n) > 1})
        if doubles:
            raise CountingError("counting.names-twice", names=", ".join(doubles))
    seats = item.election.seats if seats is None else seats
    if not 1 <= seats <= len(names):
        raise CountingError("counting.seats-range", count=len(names), seats=seats)
    return BallotPaper(item_id, item.election.body, round_no, seats, names)


def check_station_name(name: str) -> str:
    name = " ".join(name.split())
    if not 1 <= len(name) <= MAX_STATION or any(unicodedata.category(c) == "Cc" for c in name):
        raise CountingError("counting.station-name", limit=MAX_STATION)
    return name


def station_runs(journal: Journal) -> list[tuple[RunRecord, StationState]]:
    """Every counting run in a station's journal, folded."""
    found = []
    for record in journal.runs():
        events = journal.events(record.id)
        if not events or events[0].kind != "count-open":
            continue
        found.append((record, fold_station(events)))
    return found


def find_count(journal: Journal, item_id: str, round_no: int) -> tuple[RunRecord, StationState]:
    matches = [
        (r, s)
        for r, s in station_runs(journal)
        if s.paper is not None and s.paper.item == item_id and s.paper.round_no == round_no
    ]
    if not matches:
        runs = station_runs(journal)
        raise CountingError(
            "counting.no-count-for" if runs else "counting.no-count", path=journal.path, item=item_id, round=round_no
        )
    return matches[-1]


def station_record(journal: Journal, record: RunRecord) -> StationRecord:
    """The station's run as a result file carries it, checked against its own chain first."""
    check = journal.verify(record.id)
    if not check.ok:
        raise CountingError("counting.altered", path=journal.path, problem=check.problem)
    head_hash = journal.db.execute("SELECT head_hash FROM runs WHERE id = ?", [record.id]).fetchone()[0]
    genesis = journal.db.execute("SELECT prev_hash FROM events WHERE run_id = ? AND seq = 1", [record.id]).fetchone()
    events = tuple(journal.events(record.id))
    state = fold_station(events)
    return StationRecord(
        state.station,
        record.id,
        record.mode,
        record.fingerprint,
        record.started,
        record.head_seq,
        head_hash,
        events,
        genesis[0] if genesis else "",
    )


class CountingStation:
    def __init__(
        self,
        program: Program,
        journal: Journal,
        clock: Clock,
        station: str,
        paper: BallotPaper,
        rules: ValidityRules,
        run_id: int | None,
        state: StationState,
    ) -> None:
        self._program, self._journal, self._clock = program, journal, clock
        self.station, self.paper, self.rules = station, paper, rules
        self._run_id = run_id
        self._state = state
        self._listeners: list[Callable[[Event], None]] = []
        self.resumed = run_id is not None

    @classmethod
    def open(
        cls,
        program: Program,
        item_id: str,
        station: str,
        db_path: str | os.PathLike[str],
        *,
        round_no: int = 1,
        seats: int | None = None,
        candidates: tuple[str, ...] | None = None,
        clock: Clock | None = None,
    ) -> CountingStation:
        """Resume this station's count of the item and round in `db_path`, or prepare a new one (written
        with the first ballot). A journal of another station is refused: each keeps its own file."""
        station = check_station_name(station)
        paper = paper_for(program, item_id, round_no, seats, candidates)
        rules = rules_for(program)
        journal = Journal.open(db_path)
        try:
            if len(station_runs(journal)) != len(journal.runs()):
                raise CountingError("counting.podium-journal", path=Path(db_path))
            for _record, state in station_runs(journal):
                if state.station != station:
                    raise CountingError(
                        "counting.other-count",
                        path=Path(db_path),
                        station=state.station,
                        item=state.paper.item if state.paper else "?",
                        round=state.paper.round_no if state.paper else "?",
                    )
            for record, state in reversed(station_runs(journal)):
                if state.paper is not None and state.paper.item == item_id and state.paper.round_no == round_no:
                    return cls(
                        program, journal, clock or RealClock(), station, state.paper, state.rules, record.id, state
                    )
            return cls(program, journal, clock or RealClock(), station, paper, rules, None, StationState())
        except BaseException:
            journal.close()
            raise

    # --- read ---------------------------------------------------------------------------------
    @property
    def state(self) -> StationState:
        return self._state

    @property
    def run_id(self) -> int | None:
        return self._run_id

    @property
    def journal(self) -> Journal:
        return self._journal

    @property
    def program(self) -> Program:
        return self._program

    def judge(self, entry: Entry) -> Judged:
        """What an entry would count for, before it is recorded (CountingError if it cannot be on the paper)."""
        return judge(entry, self.paper, self.rules)

    def subscribe(self, callback: Callable[[Event], None]) -> Callable[[], None]:
        self._listeners.append(callback)
        return lambda: self._listeners.remove(callback) if callback in self._listeners else None

    def close(self) -> None:
        self._journal.close()

    # --- actions --------------------------------------------------------------------------------
    def enter(self, entry: Entry) -> Event:
        return self._record("entry", entry.to_payload())

    def correct(self, entry: Entry) -> Event:
        """Enter a ballot again (after reconciliation found a difference): journaled, never an edit."""
        return self._record("entry-correct", entry.to_payload())

    def undo_last(self) -> Event:
        if not self._state.stack:
            raise CountingError("counting.nothing-to-undo")
        return self._record("entry-undo", {"number": self._state.stack[-1]})

    def _record(self, kind: str, payload: dict[str, Any]) -> Event:
        state = self._state
        at = self._clock.now()
        if state.last_at is not None:
            at = max(at, state.last_at)
        if self._run_id is None:
            opening = Event(1, "count-open", at, normalized(open_payload(self.station, self.paper, self.rules)))
            state = apply_station(state, opening)
        event = Event(state.last_seq + 1, kind, at, normalized(payload))
        new_state = apply_station(state, event)  # CountingError: nothing written
        if self._run_id is None:
            # The opening and the first ballot: the run exists only once a ballot is recorded.
            record = self._journal.create_run(MODE, self._program, opening)
            try:
                self._journal.append(record.id, event)
            except JournalError:
                self._run_id, self._state = record.id, state
                raise
            self._run_id = record.id
        else:
            self._journal.append(self._run_id, event)
        self._state = new_state
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # a broken view must not undo a recorded ballot
                log.exception("listener failed on %s", event.kind)
        return event


__all__ = ["CountingStation", "CountingError", "JournalError", "paper_for", "rules_for", "find_count"]
