"""Clocks: the real one never jumps when the wall clock is changed; fake and accelerated ones for rehearsal."""

from __future__ import annotations

import pytest

from presidium.core import clock as clock_module
from presidium.core.clock import FakeClock, RealClock


class Ticks:
    """Stands in for the time module: a wall clock and a monotonic clock moved by hand."""

    def __init__(self) -> None:
        self.wall, self.mono = 1_700_000_000.0, 500.0

    def time(self) -> float:
        return self.wall

    def monotonic(self) -> float:
        return self.mono


@pytest.fixture
def ticks(monkeypatch):
    fake = Ticks()
    monkeypatch.setattr(clock_module, "time", fake)
    return fake


def test_real_clock_ignores_wall_clock_changes_after_start(ticks):
    clock = RealClock()
    ticks.mono += 90
    ticks.wall -= 3600  # someone sets the laptop back an hour mid-congress
    assert clock.now() == 1_700_000_090.0


def test_real_clock_reads_utc_epoch_seconds():
    import time

    assert abs(RealClock().now() - time.time()) < 1.0


def test_fake_clock_moves_only_forwards():
    clock = FakeClock(100.0)
    assert clock.advance(5) == 105.0
    clock.set(200.0)
    assert clock.now() == 200.0
    with pytest.raises(ValueError):
        clock.set(150.0)
    with pytest.raises(ValueError):
        clock.advance(-1)
