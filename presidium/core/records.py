"""What a run remembers besides where it is: plain records kept in the run state, in event order."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from presidium.core.program import Item


@dataclass(frozen=True)
class ItemRun:
    """One item as held so far. Times are UTC epoch seconds; `spent` excludes pauses.

    An item can be visited more than once (back, goto), so its time is kept as closed segments
    (`spent`) plus the open one (`segment_start` minus the pauses inside it).
    """

    item: Item
    session_id: str
    status: str = "pending"  # pending | current | done | skipped
    inserted: bool = False
    first_started: float | None = None
    last_ended: float | None = None
    spent: float = 0.0
    segment_start: float | None = None
    segment_paused: float = 0.0
    visits: int = 0
    skipped_at: float | None = None  # when the chair skipped it (a pending item has no end of its own)

    @property
    def id(self) -> str:
        return self.item.id

    def opened(self, at: float) -> "ItemRun":
        return replace(
            self, status="current", segment_start=at, segment_paused=0.0, visits=self.visits + 1,
            first_started=self.first_started if self.first_started is not None else at,
        )

    def closed(self, at: float, status: str) -> "ItemRun":
        if self.segment_start is None:
            return replace(self, status=status)
        net = at - self.segment_start - self.segment_paused
        return replace(self, status=status, spent=self.spent + net, last_ended=at, segment_start=None, segment_paused=0.0)


@dataclass(frozen=True)
class Attendance:
    """Credentials figures in force from `at` on (raw figures as reported)."""

    convened: int
    present: int
    absent: int
    reason: str
    at: float
    seq: int
    excused: int = 0  # absent for the whole congress without a substitute: off the Party rules' base
    with_reason: int = 0  # of the absent, those excused with the reason given in `reason`
    alternates: int = 0  # of the present, alternates seated in place of absent delegates
    correction: str = ""  # set on a correction of the number convened: why it was made
    previous_convened: int = 0  # on a correction: the number convened before it


@dataclass(frozen=True)
class CardUse:
    card_id: str
    title: str
    item_id: str | None
    at: float
    seq: int


@dataclass(frozen=True)
class Note:
    text: str
    category: str
    item_id: str | None
    at: float
    seq: int


@dataclass(frozen=True)
class PauseSpan:
    item_id: str | None
    start: float
    end: float | None  # None while the pause lasts
    seq: int


@dataclass(frozen=True)
class Move:
    """A `goto`: an item taken out of its planned place."""

    item_id: str
    from_index: int  # where it stood in the running order just before the move
    to_index: int  # where it was held
    planned_index: int | None  # its place in the approved plan (None for an inserted item)
    at: float
    seq: int


@dataclass(frozen=True)
class Recorded:
    """A vote or ballot as entered (raw payload) with the attendance in force when it was entered."""

    kind: str  # "vote" | "ballot"
    item_id: str | None
    raw: dict[str, Any]
    attendance: Attendance | None
    at: float
    seq: int
    result: Any = None  # VoteResult or ElectionResult, decided by core.decisions
    # Why the figures could not be decided (the session refuses such entries): a `messages.Message`,
    # the English text as a str, with message(lang) for Vietnamese or English.
    error: str = ""


@dataclass(frozen=True)
class Gap:
    """The app was down between `since` (last event before) and `at` (when it came back)."""

    since: float
    at: float
    seq: int

    @property
    def seconds(self) -> float:
        return self.at - self.since


@dataclass(frozen=True)
class ClockJump:
    """The podium's elapsed clock missed `gap` seconds before `at` (the laptop slept, the time was set
    forward): the clock was re-anchored on the wall clock then."""

    at: float
    gap: float
    seq: int


@dataclass(frozen=True)
class Logs:
    cards: tuple[CardUse, ...] = ()
    notes: tuple[Note, ...] = ()
    pauses: tuple[PauseSpan, ...] = ()
    moves: tuple[Move, ...] = ()
    attendance: tuple[Attendance, ...] = ()
    votes: tuple[Recorded, ...] = ()
    ballots: tuple[Recorded, ...] = ()
    gaps: tuple[Gap, ...] = ()
    clock_jumps: tuple[ClockJump, ...] = ()
    undone: tuple[int, ...] = field(default=())  # seqs of events taken back by `undo`

    def add(self, name: str, record: Any) -> "Logs":
        return replace(self, **{name: getattr(self, name) + (record,)})
