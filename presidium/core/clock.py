"""Clocks: where "now" comes from. Everything else computes time from now(), never accumulates it.

now() is UTC epoch seconds (what the journal records). RealClock reads the wall clock once and then
adds the deltas of an elapsed-time clock that keeps counting while the laptop sleeps
(`elapsed_source`): CLOCK_BOOTTIME on Linux, CLOCK_MONOTONIC on macOS (which, unlike Python's
time.monotonic there, counts sleep), time.monotonic on Windows (GetTickCount64 up to Python 3.12, which
counts sleep; newer Pythons read the performance counter — not tried on a sleeping Windows laptop). A small wall-clock correction (NTP) cannot make a timer jump.

Whatever the platform gives, RealClock also compares the two clocks at every reading: when the wall
clock has run ahead of the elapsed clock by more than `tolerance` seconds (a laptop asleep under a
clock that stopped, a resumed virtual machine, the time set forward by hand) it re-anchors on the wall
clock and keeps the gap, which `take_jump()` hands over once, so the session journals a `clock`
event and tells the chair. A wall clock set backwards is not followed: the elapsed clock goes on.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Protocol

JUMP_TOLERANCE = 5.0  # seconds the two clocks may drift apart before it counts as a jump


class Clock(Protocol):
    def now(self) -> float:
        """UTC epoch seconds."""


def elapsed_source() -> Callable[[], float]:
    """A clock of elapsed seconds that goes on while the computer sleeps, where the platform has one."""
    if hasattr(time, "CLOCK_BOOTTIME"):  # Linux
        return lambda: time.clock_gettime(time.CLOCK_BOOTTIME)
    if sys.platform == "darwin" and hasattr(time, "CLOCK_MONOTONIC"):
        return lambda: time.clock_gettime(time.CLOCK_MONOTONIC)
    return time.monotonic


class RealClock:
    """Wall time at start plus elapsed time, re-anchored when the two part by more than `tolerance`.

    `wall` and `elapsed` can be replaced (tests give a machine whose clocks they can suspend)."""

    def __init__(
        self,
        wall: Callable[[], float] | None = None,
        elapsed: Callable[[], float] | None = None,
        tolerance: float = JUMP_TOLERANCE,
    ) -> None:
        self._wall = wall = wall or time.time
        self._elapsed = elapsed or elapsed_source()
        self.tolerance = tolerance
        self._wall0 = wall()
        self._mono0 = self._elapsed()
        self._jump = 0.0  # seconds found missing and not yet handed over

    def now(self) -> float:
        mono = self._elapsed()
        counted = self._wall0 + (mono - self._mono0)
        wall = self._wall()
        if wall - counted > self.tolerance:
            self._jump += wall - counted
            self._wall0, self._mono0 = wall, mono
            return wall
        return counted

    def take_jump(self) -> float:
        """Seconds the elapsed clock missed since the last call (0.0 when none), handed over once."""
        self.now()
        jump, self._jump = self._jump, 0.0
        return jump


class FakeClock:
    """A clock that moves only when told to: for tests and the headless simulator."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self._now = float(start)

    def now(self) -> float:
        return self._now

    def set(self, at: float) -> None:
        if at < self._now:
            raise ValueError(f"a clock cannot go backwards ({at} < {self._now})")
        self._now = float(at)

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError(f"a clock cannot go backwards ({seconds} s)")
        self._now += seconds
        return self._now
