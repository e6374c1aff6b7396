"""One counting station (bàn nhập phiếu): a pure fold over its journal's events.

A station's run in its journal opens with `count-open` (the station's name, the ballot paper, the
validity rules), then one event per action: `entry` (a ballot entered), `entry-undo` (the last ballot
taken back, Backspace) and `entry-correct` (a ballot entered again after reconciliation). Nothing is
ever edited: a correction is a new event and the entry log prints both. Like the podium's fold, no
clock is read here; `apply_station` raises CountingError for an action that cannot happen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from presidium.core.counting.entries import Entry
from presidium.core.counting.messages import CountingError
from presidium.core.counting.paper import BallotPaper, Judged, judge
from presidium.core.counting.rules import ValidityRules
from presidium.core.events import Event


@dataclass(frozen=True)
class LogLine:
    """One line of the entry log: what was done to which ballot, and what it showed before."""

    seq: int
    at: float
    kind: str  # entry | entry-undo | entry-correct
    number: int
    entry: Entry | None  # what was entered (None for an undo)
    previous: Entry | None = None  # what it replaced or took back


@dataclass(frozen=True)
class StationState:
    station: str = ""
    paper: BallotPaper | None = None
    rules: ValidityRules = ValidityRules()
    entries: Mapping[int, Entry] = field(default_factory=lambda: MappingProxyType({}))
    stack: tuple[int, ...] = ()  # ballot numbers in the order entered; Backspace takes back the last
    log: tuple[LogLine, ...] = ()
    last_seq: int = 0
    last_at: float | None = None

    @property
    def opened(self) -> bool:
        return self.paper is not None

    @property
    def next_number(self) -> int:
        """The number the next ballot gets: one after the highest entered."""
        return max(self.entries, default=0) + 1

    @property
    def opened_paper(self) -> BallotPaper:
        """The ballot paper the station counts; refused before the station is opened (`count-open`)."""
        if self.paper is None:
            raise CountingError("counting.not-open")
        return self.paper

    def judged(self, number: int) -> Judged:
        return judge(self.entries[number], self.opened_paper, self.rules)

    def identity(self) -> dict[str, Any]:
        """What the station counted (compared across stations before reconciling)."""
        return {**self.opened_paper.to_dict(), "rules": self.rules.to_dict()}


def open_payload(station: str, paper: BallotPaper, rules: ValidityRules) -> dict[str, Any]:
    return {"station": station, "paper": paper.to_dict(), "rules": rules.to_dict()}


def _open(state: StationState, event: Event) -> StationState:
    if state.opened:
        raise CountingError("counting.open-twice")
    payload = event.payload
    return replace(
        state,
        station=str(payload["station"]),
        paper=BallotPaper.from_dict(payload["paper"]),
        rules=ValidityRules.from_dict(payload.get("rules", {})),
    )


def _entry(state: StationState, event: Event) -> StationState:
    entry = Entry.from_payload(event.payload)
    judge(entry, state.opened_paper, state.rules)  # refuses what cannot be on this paper
    if entry.number in state.entries:
        raise CountingError("counting.already-entered", number=entry.number, was=state.entries[entry.number].text())
    line = LogLine(event.seq, event.at, "entry", entry.number, entry)
    return replace(
        state,
        entries=MappingProxyType({**state.entries, entry.number: entry}),
        stack=state.stack + (entry.number,),
        log=state.log + (line,),
    )


def _undo(state: StationState, event: Event) -> StationState:
    if not state.stack:
        raise CountingError("counting.nothing-to-undo")
    number = event.payload.get("number")
    if number != state.stack[-1]:
        raise CountingError("counting.undo-not-last", last=state.stack[-1], number=number)
    entries = dict(state.entries)
    previous = entries.pop(number)
    line = LogLine(event.seq, event.at, "entry-undo", number, None, previous)
    return replace(state, entries=MappingProxyType(entries), stack=state.stack[:-1], log=state.log + (line,))


def _correct(state: StationState, event: Event) -> StationState:
    entry = Entry.from_payload(event.payload)
    judge(entry, state.opened_paper, state.rules)
    previous = state.entries.get(entry.number)
    if previous is None:
        raise CountingError("counting.not-entered", number=entry.number)
    if entry.same(previous):
        raise CountingError("counting.same-entry", number=entry.number)
    line = LogLine(event.seq, event.at, "entry-correct", entry.number, entry, previous)
    # A correction is not a fresh ballot: Backspace still takes back the last ballot entered, not this one.
    return replace(state, entries=MappingProxyType({**state.entries, entry.number: entry}), log=state.log + (line,))


_HANDLERS: dict[str, Callable[[StationState, Event], StationState]] = {
    "count-open": _open,
    "entry": _entry,
    "entry-undo": _undo,
    "entry-correct": _correct,
}


def apply_station(state: StationState, event: Event) -> StationState:
    handler = _HANDLERS.get(event.kind)
    if handler is None:
        raise CountingError("counting.unknown-event", kind=event.kind)
    if event.kind != "count-open" and not state.opened:
        raise CountingError("counting.not-open")
    try:
        new = handler(state, event)
    except (KeyError, TypeError, ValueError) as error:
        raise CountingError("counting.bad-event", seq=event.seq, kind=event.kind, detail=str(error)[:120]) from None
    return replace(new, last_seq=event.seq, last_at=event.at)


def fold_station(events: Iterable[Event]) -> StationState:
    state = StationState()
    for event in events:
        state = apply_station(state, event)
    return state
