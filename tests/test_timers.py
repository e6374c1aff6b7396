"""Timers computed from the state and "now": exact after hours, phases, schedule delta and projections."""

from __future__ import annotations

from datetime import datetime

from presidium.core.events import Event
from presidium.core.run import RunState, apply, initial_state
from presidium.core.timers import Thresholds, item_timer, run_timers
from support.programs import make_program, planned_start

PROGRAM = make_program()
T0 = planned_start(PROGRAM)  # 07:30 local on the program's day


def step(state: RunState, action: str, at: float, **payload) -> RunState:
    return apply(state, Event(state.last_seq + 1, action, at, payload))


def test_figures_are_exact_after_eight_simulated_hours_of_polling():
    # Start, then the first item runs 8 hours with a 10-minute pause every hour; the screen asks for the
    # timers every second (as a QTimer would) — nothing may drift.
    state = step(initial_state(PROGRAM), "start", T0)
    paused = 0.0
    for second in range(1, 8 * 3600 + 1):
        now = T0 + second
        if second % 3600 == 0:
            state = step(state, "pause", now)
        elif second % 3600 == 600 and second > 3600:
            state = step(state, "resume", now)
            paused += 600
        timers = run_timers(state, now)
        if second % 3600 == 1800:
            assert timers.current.elapsed == second - paused
    state = step(state, "resume", T0 + 8 * 3600 + 600)
    end = T0 + 8 * 3600 + 600 + 0.5
    timers = run_timers(state, end)
    total_paused = 8 * 600
    assert timers.current.elapsed == 8 * 3600 + 600 + 0.5 - total_paused
    assert timers.current.remaining == 300 - timers.current.elapsed
    assert timers.current.overrun == timers.current.elapsed - 300
    assert timers.paused_total == total_paused
    assert timers.run_elapsed == 8 * 3600 + 600.5
    # The session was planned 30 min: it is behind by all it ran beyond that, plus the rest still to come.
    assert timers.delta == (end + 600 + 900) - (T0 + 1800)


def test_phases_follow_the_thresholds():
    state = step(initial_state(PROGRAM), "start", T0)  # first item: 300 s

    def phase(now, **t):
        return item_timer(state, "bau-dct", now, Thresholds(**t)).phase

    assert phase(T0 + 239) == "normal"
    assert phase(T0 + 240) == "warning"  # 60 s left
    assert phase(T0 + 300) == "danger"  # time is up
    assert phase(T0 + 300.5) == "overrun"
    assert phase(T0 + 200, warning=120, danger=30) == "warning"
    assert phase(T0 + 270, warning=120, danger=30) == "danger"


def test_a_pause_freezes_the_item_timer_but_not_the_schedule():
    state = step(step(initial_state(PROGRAM), "start", T0), "pause", T0 + 100)
    frozen = run_timers(state, T0 + 400)
    assert frozen.current.elapsed == 100 and frozen.paused and frozen.paused_for == 300
    assert frozen.paused_total == 300
    assert frozen.delta == 300  # the pause made the session 5 min late


def test_finishing_items_early_puts_the_session_ahead():
    state = step(initial_state(PROGRAM), "start", T0)
    state = step(state, "next", T0 + 180)  # 2 min early
    timers = run_timers(state, T0 + 200)
    assert timers.delta == -120 and timers.ahead
    assert timers.projected_session_end == T0 + 1800 - 120


def test_skipping_and_inserting_move_the_projection():
    state = step(initial_state(PROGRAM), "start", T0)
    state = step(state, "skip", T0 + 300, item="quy-che")  # 15 min saved
    state = step(state, "insert", T0 + 300, title="Thư chúc mừng", kind="announcement", duration=240)
    assert run_timers(state, T0 + 300).delta == -900 + 240


def test_day_projection_keeps_the_next_session_to_its_planned_start_unless_overrun():
    state = step(initial_state(PROGRAM), "start", T0)
    on_time = run_timers(state, T0 + 10)
    # Official session planned 08:30–10:05: 95 min after its start, an hour after 07:30.
    assert on_time.projected_day_end == T0 + 3600 + 95 * 60
    late = run_timers(state, T0 + 300 + 3600)  # first item overran an hour: preparatory ends 09:00
    assert late.projected_session_end == T0 + 3600 + 1800
    assert late.projected_day_end == T0 + 3600 + 1800 + 95 * 60


def test_the_official_session_measures_its_delta_from_its_own_start():
    state = step(initial_state(PROGRAM), "start", T0)
    state = step(state, "next", T0 + 300)
    state = step(state, "next", T0 + 900)
    state = step(state, "pause", T0 + 1800)  # end of the preparatory session: pause over the break
    state = step(state, "resume", T0 + 3600 + 120)
    state = step(state, "next", T0 + 3600 + 120)  # Chào cờ at 08:32
    timers = run_timers(state, T0 + 3600 + 120 + 60)
    assert timers.session_id == "chinh-thuc"
    assert timers.delta == 0
    assert timers.late_start == 120


def test_late_start_is_unknown_when_rehearsing_on_another_day():
    rehearsal_day = datetime(2020, 7, 1, 14, 0).timestamp()
    state = step(initial_state(PROGRAM), "start", rehearsal_day)
    assert run_timers(state, rehearsal_day + 5).late_start is None


def test_a_finished_run_stops_all_clocks():
    state = step(step(initial_state(PROGRAM), "start", T0), "finish", T0 + 600)
    timers = run_timers(state, T0 + 99_999)
    assert timers.current is None and timers.run_elapsed == 600
    assert timers.projected_session_end == T0 + 600


def test_before_start_there_is_nothing_to_time():
    timers = run_timers(initial_state(PROGRAM), T0)
    assert timers.current is None and timers.delta == 0 and timers.projected_day_end is None
