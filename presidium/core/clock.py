"""Clocks: where "now" comes from. Everything else computes time from now(), never accumulates it.

now() is UTC epoch seconds (what the journal records). RealClock reads the wall clock once and then
adds time.monotonic() deltas, so a wall-clock change (NTP, a user fixing the laptop's time) can
never make a timer jump mid-congress.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Protocol

# The instants a local datetime can show (year 2 to 9998, clear of the platform's edges).
_FIRST, _LAST = datetime(2, 1, 1).timestamp(), datetime(9998, 12, 31).timestamp()


def local_time(epoch: float) -> datetime:
    """A journal instant as local time. An absurd one, recorded before times were bounded (a simulate
    script at 999999999:00:00), is shown at the edge of the calendar rather than stopping an export."""
    return datetime.fromtimestamp(min(max(epoch, _FIRST), _LAST))


class Clock(Protocol):
    def now(self) -> float:
        """UTC epoch seconds."""


class RealClock:
    def __init__(self) -> None:
        self._wall0 = time.time()
        self._mono0 = time.monotonic()

    def now(self) -> float:
        return self._wall0 + (time.monotonic() - self._mono0)


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


class AcceleratedClock:
    """Rehearsal clock running `factor` times faster than real time, starting now (or at `start`)."""

    def __init__(self, factor: float, start: float | None = None) -> None:
        if factor <= 0:
            raise ValueError(f"acceleration factor must be positive, not {factor}")
        self.factor = float(factor)
        self._start = time.time() if start is None else float(start)
        self._mono0 = time.monotonic()

    def now(self) -> float:
        return self._start + (time.monotonic() - self._mono0) * self.factor
