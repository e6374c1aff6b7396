"""What a run remembers besides where it is: plain records kept in the run state, in event order."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, overload

from presidium.core.program import Item
from presidium.core.run_messages import InvalidAction

if TYPE_CHECKING:  # the vote engine's results; core.decisions decides them, records only keep them
    from presidium.core.ballots import ElectionResult, ListChange
    from presidium.core.votes import VoteResult

    Decided: TypeAlias = VoteResult | ListChange | ElectionResult


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

    def opened(self, at: float) -> ItemRun:
        return replace(
            self,
            status="current",
            segment_start=at,
            segment_paused=0.0,
            visits=self.visits + 1,
            first_started=self.first_started if self.first_started is not None else at,
        )

    def closed(self, at: float, status: str) -> ItemRun:
        if self.segment_start is None:
            return replace(self, status=status)
        net = at - self.segment_start - self.segment_paused
        return replace(
            self, status=status, spent=self.spent + net, last_ended=at, segment_start=None, segment_paused=0.0
        )


@dataclass(frozen=True)
class Attendance:
    """The credentials committee's figures in force from `at` on, as reported: the one attendance model.
    The run records it (a `present` event, a correction of the number convened), the vote engine decides
    on it and the minutes print it. It is checked in one place, here, when made: figures no hall can
    produce raise InvalidAction, so nothing is recorded or decided on them.

    The Party rules take those absent for the whole congress without a substitute (`excused`) off the
    "convened" base: `legal_convened`. Keeping both numbers lets the minutes show how the base was reached.
    """

    convened: int
    present: int
    absent: int
    reason: str = ""
    at: float = 0.0
    seq: int = 0
    excused: int = 0  # absent for the whole congress without a substitute: off the Party rules' base
    with_reason: int = 0  # of the absent, those excused with the reason given in `reason`
    alternates: int = 0  # of the present, alternates seated in place of absent delegates
    correction: str = ""  # set on a correction of the number convened: why it was made
    previous_convened: int = 0  # on a correction: the number convened before it

    def __post_init__(self) -> None:
        for name in ("convened", "present"):
            _whole(name, getattr(self, name))
        if self.present > self.convened:
            raise InvalidAction("present-over", present=self.present, convened=self.convened)
        for name in ("absent", "excused", "with_reason", "alternates"):
            _whole(name, getattr(self, name))
        if self.present + self.absent > self.convened:
            raise InvalidAction("attendance-over", present=self.present, absent=self.absent, convened=self.convened)
        if self.excused > self.absent:
            raise InvalidAction("excused-over", excused=self.excused, absent=self.absent)
        if self.with_reason > self.absent:
            raise InvalidAction("with-reason-over", with_reason=self.with_reason, absent=self.absent)
        if self.alternates > self.present:
            raise InvalidAction("alternates-over", alternates=self.alternates, present=self.present)

    @classmethod
    def hall(cls, convened: int, present: int, excused: int = 0) -> Attendance:
        """Figures with no run event behind them (a count checked on its own, the engine's tests):
        whoever is not present is absent."""
        return cls(convened, present, convened - present, excused=excused)

    @property
    def legal_convened(self) -> int:
        """The "convened" base of the Party rules."""
        return self.convened - self.excused

    def to_dict(self) -> dict[str, int | float | str]:
        return asdict(self)


def _whole(name: str, value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidAction("bad-count", action="present", field=name, got=repr(value))


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
    raw: dict[str, Any]  # the event payload as journaled (JSON)
    attendance: Attendance | None
    at: float
    seq: int
    result: Decided | None = None  # a show of hands, a list change or a count, decided by core.decisions
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

    # One overload per log, so the checker holds each record to the log it is added to.
    @overload
    def add(self, name: Literal["cards"], record: CardUse) -> Logs: ...
    @overload
    def add(self, name: Literal["notes"], record: Note) -> Logs: ...
    @overload
    def add(self, name: Literal["pauses"], record: PauseSpan) -> Logs: ...
    @overload
    def add(self, name: Literal["moves"], record: Move) -> Logs: ...
    @overload
    def add(self, name: Literal["attendance"], record: Attendance) -> Logs: ...
    @overload
    def add(self, name: Literal["votes", "ballots"], record: Recorded) -> Logs: ...
    @overload
    def add(self, name: Literal["gaps"], record: Gap) -> Logs: ...
    @overload
    def add(self, name: Literal["clock_jumps"], record: ClockJump) -> Logs: ...
    @overload
    def add(self, name: Literal["undone"], record: int) -> Logs: ...

    def add(self, name: str, record: object) -> Logs:
        return replace(self, **{name: getattr(self, name) + (record,)})
