"""CongressSession: one path for every action — validate, record durably, adopt, notify — and resume."""

from __future__ import annotations

import pytest

from presidium.app.session import CongressSession
from presidium.core.clock import FakeClock
from presidium.core.events import InvalidAction
from presidium.infra.journal import Journal, JournalError
from support.programs import make_program, planned_start

PROGRAM = make_program()


@pytest.fixture
def clock():
    return FakeClock(planned_start(PROGRAM))


@pytest.fixture
def db(tmp_path):
    return tmp_path / "dai-hoi.presidium.db"


def open_session(db, clock, mode="rehearsal", program=PROGRAM, **options):
    return CongressSession.open(program, db, mode, clock, **options)


def test_a_run_is_written_only_when_started(db, clock):
    session = open_session(db, clock)
    assert session.run_id is None and not session.resumed and not session.state.started
    session.start()
    assert session.run_id == 1 and session.mode == "rehearsal"
    assert [e.kind for e in session.events()] == ["start"]
    session.close()


def test_subscribers_hear_of_an_action_only_after_it_is_on_disk(db, clock):
    session = open_session(db, clock)
    heard = []

    def listener(event):
        with Journal.open(db, readonly=True) as other:  # another connection: only committed data is visible
            stored = other.events(session.run_id)
        heard.append((event.kind, stored[-1] == event, session.state.last_seq))

    unsubscribe = session.subscribe(listener)
    session.start()
    clock.advance(60)
    session.next()
    unsubscribe()
    session.pause()
    assert heard == [("start", True, 1), ("next", True, 2)]
    session.close()


def test_a_refused_action_records_and_announces_nothing(db, clock):
    session = open_session(db, clock)
    session.start()
    heard = []
    session.subscribe(heard.append)
    before = session.state
    with pytest.raises(InvalidAction) as refused:
        session.back()
    assert "đầu tiên" in refused.value.message("vi")
    assert session.state is before and heard == [] and len(session.events()) == 1
    session.close()


def test_a_broken_listener_does_not_undo_the_action(db, clock):
    session = open_session(db, clock)
    session.subscribe(lambda event: 1 / 0)
    session.start()
    assert session.state.started and len(session.events()) == 1
    session.close()


def test_reopening_resumes_the_same_item_with_the_clock_still_running(db, clock):
    session = open_session(db, clock)
    session.start()
    clock.advance(100)
    session.next()
    clock.advance(50)
    session.close()  # the app goes down 50 s into "Thông qua chương trình"
    clock.advance(240)  # …and comes back four minutes later
    again = open_session(db, clock)
    assert again.resumed and again.run_id == session.run_id
    assert again.state.current_item.id == "thong-qua-ct"
    timer = again.timers().current
    assert timer.elapsed == 290 and timer.remaining == 310
    reopened = again.events()[-1]
    assert reopened.kind == "reopened" and reopened.payload["since"] == planned_start(PROGRAM) + 100
    assert reopened.payload["host"]  # which machine resumed (a standby laptop says so)
    (gap,) = [d for d in again.deviations() if d.kind == "interrupted"]
    assert gap.actual == 290  # from the last recorded action to the reopening
    again.close()


def test_a_paused_run_resumes_paused_with_its_timer_frozen(db, clock):
    session = open_session(db, clock)
    session.start()
    clock.advance(30)
    session.pause()
    session.close()
    clock.advance(600)
    again = open_session(db, clock)
    assert again.state.paused and again.timers().current.elapsed == 30
    again.resume()
    clock.advance(10)
    assert again.timers().current.elapsed == 40
    again.close()


def test_rehearsal_and_live_runs_resume_separately(db, clock):
    rehearsal = open_session(db, clock)
    rehearsal.start()
    rehearsal.close()
    live = open_session(db, clock, "live")
    assert not live.resumed and not live.state.started
    live.start()
    live.close()
    again = open_session(db, clock)
    assert again.resumed and again.mode == "rehearsal" and again.run_id == rehearsal.run_id
    again.close()


def test_a_finished_run_is_not_resumed(db, clock):
    session = open_session(db, clock)
    session.start()
    session.finish()
    session.close()
    again = open_session(db, clock)
    assert not again.resumed and not again.state.started
    again.close()


def test_live_run_warns_when_the_program_differs_from_the_rehearsed_one(db, clock):
    never = open_session(db, clock, "live")
    assert never.warnings == ["no rehearsal of this program is recorded in this journal"]
    never.close()
    rehearsal = open_session(db, clock)
    rehearsal.start()
    rehearsal.finish()
    rehearsal.close()
    same = open_session(db, clock, "live")
    assert same.warnings == []
    same.close()
    changed = open_session(db, clock, "live", program=make_program(fingerprint="e" * 64))
    assert len(changed.warnings) == 1 and "differs from the one rehearsed" in changed.warnings[0]
    assert "ffffffffffff" in changed.warnings[0] and "eeeeeeeeeeee" in changed.warnings[0]
    changed.close()


def test_undo_takes_back_a_mistaken_next_within_the_window(db, clock):
    session = open_session(db, clock, undo_window=10)
    session.start()
    clock.advance(120)
    session.next()
    clock.advance(4)
    session.undo_last()
    assert session.state.current_item.id == "bau-dct"
    assert session.timers().current.elapsed == 124  # the speaker never stopped
    assert [e.kind for e in session.events()] == ["start", "next", "undo"]  # nothing deleted
    with pytest.raises(InvalidAction, match="nothing to undo"):
        session.undo_last()
    session.next()
    clock.advance(11)
    with pytest.raises(InvalidAction, match="too late") as late:
        session.undo_last()
    assert "11" in late.value.message("vi")
    session.close()


def test_every_action_has_its_method(db, clock):
    session = open_session(db, clock)
    session.start()
    session.insert("Đọc thư chúc mừng", "4m", kind="announcement")
    session.use_card("mat-dien")
    session.note("Micro số 2 hỏng", "technical")
    session.set_attendance(140, reason="ốm")
    session.record_vote(139, 1, 0)
    with pytest.raises(InvalidAction) as caught:  # "Bầu Đoàn Chủ tịch" is a show of hands here: no counting record
        session.record_ballot(140, 140, 2, {"Nguyễn Văn An": 120})
    assert (
        caught.value.code == "run.ballot-not-election"
    )  # recorded on an election: tests/test_ballot_needs_an_election.py
    session.skip("quy-che")
    session.goto("cap-tren")
    session.toggle_pause()
    session.toggle_pause()
    session.back()
    session.next()
    session.skip()
    state = session.state
    assert state.current_item.title == "Đọc thư chúc mừng" and state.items["quy-che"].status == "skipped"
    assert state.attendance.present == 140 and state.votes[0].raw["for"] == 139
    assert state.ballots == ()
    session.finish()
    assert session.state.finished
    with pytest.raises(InvalidAction):
        session.insert("x", "not a duration")
    session.close()


def test_a_full_disk_leaves_the_screen_as_the_journal_is(db, clock):
    session = open_session(db, clock)
    session.start()
    pages = session.journal.db.execute("PRAGMA page_count").fetchone()[0]
    session.journal.db.execute(f"PRAGMA max_page_count = {pages}")
    heard = []
    session.subscribe(heard.append)
    with pytest.raises(JournalError, match="disk is full"):
        for _ in range(1000):
            session.note("x" * 3000)
    recorded = len(session.events())
    assert session.state.last_seq == recorded and len(heard) == recorded - 1
    session.close()


def test_resuming_with_a_program_that_lacks_the_run_items_is_refused(db, clock):
    session = open_session(db, clock)
    session.start()
    session.goto("be-mac")
    session.close()
    other = make_program(fingerprint="a" * 64)
    from dataclasses import replace

    shorter = replace(other, sessions=other.sessions[:1], _index={})
    with pytest.raises(JournalError, match="cannot be replayed"):
        open_session(db, clock, program=shorter)


def test_a_clock_set_back_while_down_cannot_make_time_run_backwards(db, clock):
    session = open_session(db, clock)
    session.start()
    clock.advance(100)
    session.close()
    earlier = FakeClock(planned_start(PROGRAM) - 3600)
    again = open_session(db, earlier)
    again.next()
    assert again.state.items["bau-dct"].last_ended == planned_start(PROGRAM)  # never before the start
    again.close()
