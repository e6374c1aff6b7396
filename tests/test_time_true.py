"""Time that stays true: a laptop that sleeps, a window that crashes, an export on a machine in another
zone, a congress over two days. The clock is the real RealClock on a machine whose clocks we suspend."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from docx import Document

from presidium.app.samples import sample_path
from presidium.app.session import HEARTBEAT, CongressSession
from presidium.core.clock import FakeClock, RealClock, elapsed_source
from presidium.core.loader import load_program
from presidium.infra.journal import Journal

PROGRAM = load_program(sample_path("vi"))  # two days: 15 and 16 July 2025
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
DAY1 = datetime(2025, 7, 15, 7, 30, tzinfo=HANOI).timestamp()
DAY2 = datetime(2025, 7, 16, 7, 30, tzinfo=HANOI).timestamp()
ZONE = ("Asia/Ho_Chi_Minh", 7 * 3600)


class Laptop:
    """A wall clock, a clock that counts suspended time (CLOCK_BOOTTIME) and one that does not
    (CLOCK_MONOTONIC on Linux, time.monotonic on macOS)."""

    def __init__(self, wall: float = DAY1) -> None:
        self.wall, self.boottime, self.monotonic = wall, 1000.0, 1000.0

    def run(self, seconds: float) -> None:
        self.wall += seconds
        self.boottime += seconds
        self.monotonic += seconds

    def suspend(self, seconds: float) -> None:  # the lid is closed
        self.wall += seconds
        self.boottime += seconds

    def clock(self, counts_sleep: bool) -> RealClock:
        return RealClock(
            wall=lambda: self.wall, elapsed=(lambda: self.boottime) if counts_sleep else (lambda: self.monotonic)
        )


def test_on_linux_the_elapsed_clock_counts_suspended_time():
    if not hasattr(time, "CLOCK_BOOTTIME"):
        pytest.skip("Linux only")
    assert abs(elapsed_source()() - time.clock_gettime(time.CLOCK_BOOTTIME)) < 0.5


def test_a_clock_that_counts_sleep_needs_no_correction():
    laptop = Laptop()
    clock = laptop.clock(counts_sleep=True)
    laptop.suspend(3600)
    assert clock.now() == laptop.wall and clock.take_jump() == 0.0


def test_a_clock_that_stops_while_asleep_is_caught_and_reanchored_once():
    laptop = Laptop()
    clock = laptop.clock(counts_sleep=False)
    laptop.run(60)
    laptop.suspend(3600)
    laptop.run(30)
    assert clock.now() == laptop.wall  # not an hour early
    assert clock.take_jump() == pytest.approx(3600) and clock.take_jump() == 0.0
    laptop.wall -= 3600  # the time set back by hand is not followed: timers never jump backwards
    laptop.run(10)
    assert clock.now() == pytest.approx(DAY1 + 3700) and clock.take_jump() == 0.0


def test_a_sleep_during_the_lunch_pause_is_journaled_and_the_pause_is_its_real_length(tmp_path):
    laptop = Laptop()
    session = CongressSession.open(PROGRAM, tmp_path / "j.db", "live", laptop.clock(counts_sleep=False), zone=ZONE)
    try:
        session.start()
        laptop.run(120)
        session.pause()
        laptop.suspend(58 * 60)  # lunch with the lid closed
        laptop.run(5)
        notice = session.check_clock()
        assert notice.message("vi") == "máy tính đã ngủ 58 phút; đồng hồ đã được đồng bộ lại"
        assert notice.message("en") == "the computer slept for 58 min; the clock has been re-synchronised"
        assert session.check_clock() is None  # said once
        session.resume()
        kinds = [(e.kind, e.payload.get("gap")) for e in session.events()]
        assert kinds[-2] == ("clock", pytest.approx(58 * 60, abs=1)) and kinds[-1][0] == "resume"
        assert session.events()[-1].at == laptop.wall
        (pause,) = [d for d in session.deviations() if d.kind == "paused"]
        assert pause.actual == pytest.approx(58 * 60 + 5, abs=1)  # not a few seconds
        assert session.state.logs.clock_jumps[0].gap == pytest.approx(58 * 60, abs=1)
    finally:
        session.close()


def test_a_jump_found_by_an_action_is_journaled_before_it(tmp_path):
    laptop = Laptop()
    session = CongressSession.open(PROGRAM, tmp_path / "j.db", "live", laptop.clock(counts_sleep=False), zone=ZONE)
    try:
        session.start()
        laptop.suspend(600)
        session.next()
        assert [e.kind for e in session.events()] == ["start", "clock", "next"]
        assert session.events()[-1].at == laptop.wall
        assert session.check_clock().message("vi").startswith("máy tính đã ngủ 10 phút")
    finally:
        session.close()


def test_an_outage_is_measured_from_the_last_heartbeat_not_the_last_key(tmp_path):
    db = tmp_path / "j.db"
    clock = FakeClock(DAY1)
    session = CongressSession.open(PROGRAM, db, "live", clock, zone=ZONE)
    session.start()
    for _ in range(40):  # ten minutes without a key press, the window ticking
        clock.advance(HEARTBEAT / 2)
        session.beat()
    alive_until = clock.now()
    session.close()  # the crash (the journal holds everything; nothing more happens)
    clock.advance(120)  # restarted two minutes later
    again = CongressSession.open(PROGRAM, db, "live", clock)
    try:
        (gap,) = again.state.logs.gaps
        assert gap.seconds <= 120 + HEARTBEAT and gap.since >= alive_until - HEARTBEAT
        (interrupted,) = [d for d in again.deviations() if d.kind == "interrupted"]
        assert interrupted.actual < 3 * 60  # not "interrupted for 12 minutes"
    finally:
        again.close()
    with Journal.open(db, readonly=True) as journal:
        assert journal.verify().ok  # the heartbeat sits outside the chain


def _export_text(db, tz: str, tmp_path, what: str = "minutes") -> str:
    output = tmp_path / f"{what}-{tz.replace('/', '-')}.docx"
    env = {**os.environ, "TZ": tz}
    done = subprocess.run(
        [sys.executable, "-m", "presidium", "export", what, "--db", str(db), "-o", str(output)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert done.returncode == 0, done.stderr
    document = Document(output)
    return "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )


def test_minutes_and_runs_are_said_in_the_run_zone_whatever_the_exporting_machine(tmp_path):
    db = tmp_path / "j.db"
    clock = FakeClock(DAY1)
    session = CongressSession.open(PROGRAM, db, "live", clock, zone=ZONE)
    session.start()
    clock.advance(300)
    session.next()
    session.close()
    with Journal.open(db, readonly=True) as journal:
        start = journal.events(1)[0]
    assert start.payload["tz"] == "Asia/Ho_Chi_Minh" and start.payload["utc_offset"] == 25200  # in the chain
    in_utc, in_new_york = _export_text(db, "UTC", tmp_path), _export_text(db, "America/New_York", tmp_path)
    assert in_utc == in_new_york
    assert "07 giờ 30" in in_utc and "00 giờ 30" not in in_utc
    review_utc = _export_text(db, "UTC", tmp_path, "review")
    assert review_utc == _export_text(db, "America/New_York", tmp_path, "review") and "15/07/2025" in review_utc
    runs = subprocess.run(
        [sys.executable, "-m", "presidium", "runs", "--db", str(db)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "TZ": "UTC"},
    )
    assert "bắt đầu 2025-07-15 07:30" in runs.stdout


def test_day_two_is_measured_against_its_own_planned_start_and_the_night_is_no_pause(tmp_path):
    clock = FakeClock(DAY1)
    session = CongressSession.open(PROGRAM, tmp_path / "j.db", "live", clock, zone=ZONE)
    try:
        session.start()
        day1 = [item for s in PROGRAM.sessions if s.date == PROGRAM.sessions[0].date for item in s.items]
        for item in day1[:-1]:
            clock.advance(item.duration)
            session.next()
        clock.advance(day1[-1].duration)
        session.next()  # the chair opens day 2's first item in the evening…
        session.pause()  # …and pauses for the night
        clock.set(DAY2)
        session.resume()
        clock.advance(600)
        timers = session.timers()
        assert timers.session_id == "chinh-thuc-2" and abs(timers.delta) < 60  # not "+970 min behind"
        assert not [d for d in session.deviations() if d.kind == "paused"]  # the night is not a 16-hour pause
    finally:
        session.close()


def test_day_two_opened_the_evening_before_without_a_pause(tmp_path):
    clock = FakeClock(DAY1)
    session = CongressSession.open(PROGRAM, tmp_path / "j.db", "live", clock, zone=ZONE)
    try:
        session.start()
        day1 = [item for s in PROGRAM.sessions if s.date == PROGRAM.sessions[0].date for item in s.items]
        for item in day1:
            clock.advance(item.duration)
            session.next()
        assert session.timers().delta == pytest.approx(0, abs=60)  # the evening: as it began
        clock.set(DAY2 + 300)
        assert session.timers().delta < 15 * 60  # day 2: against 07:30, not a night behind
    finally:
        session.close()
