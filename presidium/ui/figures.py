"""What the screen shows, computed from the session's read API: placeholder values, clock faces.

No Qt here and no decisions: just the figures the panels paint, so a panel's repaint is one call.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from presidium.core.durations import format_clock
from presidium.core.hall import Standing, standing
from presidium.core.placeholders import Context, values
from presidium.core.program import Item, Program
from presidium.core.records import Recorded
from presidium.core.run import RunState
from presidium.core.speakers import SpeakerQueue, SpeakerTurn
from presidium.core.timers import Thresholds

if TYPE_CHECKING:  # the session is handed in; the screen never opens one
    from presidium.app.session import CongressSession


def local(epoch: float | None) -> datetime | None:
    return None if epoch is None else datetime.fromtimestamp(epoch)


def hhmm(epoch: float | None) -> str:
    moment = local(epoch)
    return moment.strftime("%H:%M") if moment else "–"


def minutes(seconds: float) -> int:
    """Whole minutes for a delta shown to people: 89 s is 1 min, 90 s is 2 min."""
    return int(abs(seconds) + 30) // 60


def duration_face(seconds: float) -> str:
    return format_clock(seconds)


def timer_face(remaining: float) -> str:
    """Remaining time counting down, then the overrun counting up with a plus sign."""
    if remaining >= 0:
        return format_clock(remaining + 0.999)  # 4:59.3 left shows 5:00, reaching 0:00 only at the end
    return "+" + format_clock(-remaining)


def placeholder_values(
    program: Program, state: RunState | None, now: float, item: Item | None, next_item: Item | None
) -> dict[str, object]:
    """Values for presidium.core.placeholders.fill, computed in core next to the placeholder list."""
    return values(Context(program, state, now, item, next_item))


def phase(remaining: float, thresholds: Thresholds = Thresholds()) -> str:
    """A timer's colour phase, as the item timer has it: normal, warning, then overrun."""
    if remaining <= thresholds.danger:
        return "overrun"
    return "warning" if remaining <= thresholds.warning else "normal"


@dataclass(frozen=True)
class Speakers:
    """A discussion's speakers at `now`: who speaks, for how long yet, who is next, and whether the rest fit."""

    current: SpeakerTurn | None
    remaining: float  # the current speaker's own clock (negative: overrun)
    phase: str
    next: SpeakerTurn | None
    waiting: int
    needed: float  # seconds: the current speaker's rest and everyone waiting
    left: float  # seconds the item has left (0 once over)
    fits: bool

    @classmethod
    def of(
        cls, queue: SpeakerQueue, item_remaining: float, now: float, thresholds: Thresholds = Thresholds()
    ) -> Speakers:
        current = queue.current
        remaining = current.remaining(now) if current else 0.0
        left = max(0.0, item_remaining)
        needed = queue.waiting_seconds() + (max(0.0, remaining) if current else 0.0)
        return cls(
            current,
            remaining,
            phase(remaining, thresholds),
            queue.next,
            len(queue.waiting),
            needed,
            left,
            queue.fits(left, now),
        )

    @property
    def needed_minutes(self) -> int:
        return math.ceil(self.needed / 60)

    @property
    def left_minutes(self) -> int:
        return int(self.left // 60)


class Snapshot:
    """One consistent reading of the session for a repaint: state, timers and filled values at `now`.

    `result_seq` names the vote or ballot whose result the chair is looking at (None: the script)."""

    def __init__(self, session: CongressSession, result_seq: int | None = None, lang: str = "vi") -> None:
        self.lang = lang
        self.program: Program = session.program
        self.state = session.state
        self.mode: str = session.mode
        self.readonly: bool = session.readonly  # a view of another window's journal
        self.now: float = session.now()
        self.timers = session.timers(self.now)
        state = self.state
        self.started: bool = state.started
        self.finished: bool = state.finished
        self.paused: bool = state.paused
        self.next_item: Item | None = state.next_item
        # Before the start the screen previews the first item; after finish there is none.
        self.item: Item | None = state.current_item if state.started else self.next_item
        self.upcoming: Item | None = self.next_item if state.started else self._after_first()
        self.values = placeholder_values(self.program, state, self.now, self.item, self.upcoming)
        self.hall: Standing | None = standing(state)  # present of convened and the quorum; None before any report
        self.result = self._result(result_seq)
        queue = state.speaker_queue() if state.started and not state.finished else None
        current = self.timers.current
        self.speakers: Speakers | None = None
        if queue is not None and current is not None:
            self.speakers = Speakers.of(queue, current.remaining, self.now, session.thresholds)

    def _result(self, seq: int | None) -> Recorded | None:
        """The shown vote or ballot record, while it belongs to the current item and was decided."""
        if seq is None or self.item is None or not self.started:
            return None
        for record in (*self.state.votes, *self.state.ballots):
            if record.seq == seq and record.item_id == self.item.id and record.result is not None:
                return record
        return None

    def latest_result_seq(self) -> int | None:
        """The last decided vote or ballot on the current item (what R shows again)."""
        if self.item is None or not self.started:
            return None
        records = [
            r for r in (*self.state.votes, *self.state.ballots) if r.item_id == self.item.id and r.result is not None
        ]
        return max((r.seq for r in records), default=None)

    def _after_first(self) -> Item | None:
        order = self.state.order
        return self.state.items[order[1]].item if len(order) > 1 else None

    @property
    def position(self) -> tuple[int, int]:
        """(1-based place of the shown item in the running order, number of items)."""
        order = self.state.order
        if self.item is None or self.item.id not in order:
            return 0, len(order)
        return order.index(self.item.id) + 1, len(order)

    def session_title(self) -> str:
        if self.item is None:
            return ""
        run = self.state.items.get(self.item.id)
        session_id = run.session_id if run else None
        return next((s.title for s in self.program.sessions if s.id == session_id), "")
