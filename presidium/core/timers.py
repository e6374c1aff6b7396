"""Timers, computed from the run state and "now" — never accumulated, so they stay exact however
long the run lasts and whatever happened to the app in between.

Schedule delta: the plan of the current session is laid from the moment that session actually
began, and compared with where the session is now projected to end (+ behind, − ahead). A late
start is reported apart (`late_start`), because in a rehearsal the program's date is not today.
"""

from __future__ import annotations

from dataclasses import dataclass

from presidium.core.program import Session
from presidium.core.records import ItemRun
from presidium.core.run import RunState
from presidium.core.zone import epoch_of, local

PHASES = ("normal", "warning", "danger", "overrun")


@dataclass(frozen=True)
class Thresholds:
    warning: float = 60.0  # remaining seconds at or below which the timer turns to warning
    danger: float = 0.0  # remaining seconds at or below which it turns to danger; below zero is overrun


@dataclass(frozen=True)
class ItemTimer:
    item_id: str
    budget: int  # planned seconds
    elapsed: float  # net of pauses
    remaining: float  # budget − elapsed, negative once over
    overrun: float  # max(0, elapsed − budget)
    phase: str  # normal | warning | danger | overrun


@dataclass(frozen=True)
class RunTimers:
    now: float
    current: ItemTimer | None
    paused: bool
    paused_for: float  # length of the pause in progress, 0 when running
    paused_total: float  # all pauses so far, including the one in progress
    run_elapsed: float  # wall seconds since start (pauses included)
    session_id: str | None
    session_started: float | None  # when the current session's first item actually began
    planned_session_end: float | None  # that start + the session's approved length
    projected_session_end: float | None
    projected_day_end: float | None  # last session on the same date, later sessions kept to their start
    delta: float  # projected − planned session end: + behind, − ahead
    late_start: float | None  # session's actual start − its planned time of day, when held on its date

    @property
    def behind(self) -> bool:
        return self.delta > 0

    @property
    def ahead(self) -> bool:
        return self.delta < 0


def _pause_began(state: RunState) -> float | None:
    """When the pause in progress began; None while the run is not paused."""
    return state.paused_since if state.paused else None


def item_elapsed(state: RunState, run: ItemRun, now: float) -> float:
    elapsed = run.spent
    if run.segment_start is not None:
        paused_at = _pause_began(state) if run.status == "current" else None
        end = paused_at if paused_at is not None else now
        elapsed += end - run.segment_start - run.segment_paused
    return elapsed


def item_timer(state: RunState, item_id: str, now: float, thresholds: Thresholds = Thresholds()) -> ItemTimer:
    run = state.items[item_id]
    elapsed = item_elapsed(state, run, now)
    remaining = run.item.duration - elapsed
    if remaining < 0:
        phase = "overrun"
    elif remaining <= thresholds.danger:
        phase = "danger"
    elif remaining <= thresholds.warning:
        phase = "warning"
    else:
        phase = "normal"
    return ItemTimer(item_id, run.item.duration, elapsed, remaining, max(0.0, -remaining), phase)


def _pending_seconds(state: RunState, session_id: str) -> int:
    return sum(r.item.duration for r in state.items.values() if r.status == "pending" and r.session_id == session_id)


def _reference_start(state: RunState, session: Session, run_started: float, now: float) -> float:
    """The moment the session's plan is laid from: when it actually began — or, for a session of a
    later day opened the evening before (next pressed at the end of day 1), its own planned start
    once its day has come, so day 2 is not shown a night behind. Dates follow the run's first day, so
    a rehearsal held on other dates keeps the program's spacing of days."""
    began = min(
        r.first_started for r in state.items.values() if r.session_id == session.id and r.first_started is not None
    )
    zone = state.zone
    shift = local(run_started, zone).date() - state.program.sessions[0].date
    day = session.date + shift
    if local(began, zone).date() < day <= local(now, zone).date():
        return max(began, epoch_of(session.starts_at + shift, zone))
    return began


def run_timers(state: RunState, now: float, thresholds: Thresholds = Thresholds()) -> RunTimers:
    run_started = state.started_at  # set by the start event: None only before it
    if not state.started or run_started is None:
        return RunTimers(now, None, False, 0.0, 0.0, 0.0, None, None, None, None, None, 0.0, None)
    if state.finished and state.finished_at is not None:
        now = state.finished_at  # a finished run's clocks stop where it ended
    paused_at = _pause_began(state)
    paused_for = now - paused_at if paused_at is not None else 0.0
    reference = state.items[state.order[state.position]]
    current = None if state.finished else item_timer(state, reference.id, now, thresholds)
    session_id = reference.session_id
    session = next(s for s in state.program.sessions if s.id == session_id)
    began = _reference_start(state, session, run_started, now)
    planned_end = began + session.planned_seconds
    if current is None:  # finished: `now` is the moment it ended
        projected = now
    else:
        projected = now + max(0.0, current.remaining) + _pending_seconds(state, session_id)
    day_end = projected
    for later in state.program.sessions:
        if later.date == session.date and later.starts_at > session.starts_at and not state.finished:
            opens = began + (later.starts_at - session.starts_at).total_seconds()
            day_end = max(opens, day_end) + _pending_seconds(state, later.id)
    local_start = local(began, state.zone)
    late = (local_start - session.starts_at).total_seconds() if local_start.date() == session.date else None
    return RunTimers(
        now=now,
        current=current,
        paused=state.paused,
        paused_for=paused_for,
        paused_total=state.paused_total + paused_for,
        run_elapsed=now - run_started,
        session_id=session_id,
        session_started=began,
        planned_session_end=planned_end,
        projected_session_end=projected,
        projected_day_end=day_end,
        delta=projected - planned_end,
        late_start=late,
    )
