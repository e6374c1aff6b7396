"""What the screen shows, computed from the session's read API: placeholder values, clock faces.

No Qt here and no decisions: just the figures the panels paint, so a panel's repaint is one call.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from presidium.core.durations import format_clock
from presidium.core.program import Item, Program
from presidium.core.votes import VoteError, threshold


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


def quorum(program: Program, attendance: Any) -> int | None:
    """How many must be present, by the rule the congress names as its quorum (None when unknown)."""
    rule = program.rules.get(program.congress.quorum) if program.congress.quorum else None
    if rule is None:
        return None
    if rule.base == "convened":
        base = attendance.convened if attendance else program.congress.delegates_convened
    elif rule.base == "present" and attendance:
        base = attendance.present
    else:
        return None
    try:
        return threshold(rule, base)
    except VoteError:
        return None


def placeholder_values(program: Program, state: Any, now: float, item: Item | None,
                       next_item: Item | None) -> dict[str, object]:
    """Values for presidium.core.placeholders.fill: live attendance, congress fields, item, next, time."""
    congress = program.congress
    attendance = getattr(state, "attendance", None)
    values: dict[str, object] = {
        "convened": attendance.convened if attendance else congress.delegates_convened,
        "quorum": quorum(program, attendance),
        "present": attendance.present if attendance else None,
        "absent": attendance.absent if attendance else None,
        "congress.title": congress.title,
        "congress.organization": congress.organization,
        "congress.congress_name": congress.congress_name,
        "congress.term": congress.term,
        "congress.place": congress.place,
        "congress.venue": congress.venue,
        "time": hhmm(now),
        "date": local(now).strftime("%d/%m/%Y"),
    }
    for prefix, subject in (("item", item), ("next", next_item)):
        if subject is not None:
            values[f"{prefix}.title"] = subject.title
            values[f"{prefix}.by"] = subject.by
    if item is not None and item.vote is not None:
        values["vote.question"] = item.vote.question
    if item is not None and item.election is not None:
        values["election.body"] = item.election.body
        values["election.seats"] = item.election.seats
    return values


class Snapshot:
    """One consistent reading of the session for a repaint: state, timers and filled values at `now`."""

    def __init__(self, session: Any) -> None:
        self.program: Program = session.program
        self.state = session.state
        self.mode: str = session.mode
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
