"""A discussion at the podium: the speaker queue lives in the run, is journaled, survives a restart,
and shows up as deviations (speaker overruns, written submissions, floor requests)."""

import pytest

from presidium.app.samples import sample_path
from presidium.app.session import CongressSession
from presidium.cli import main
from presidium.core.clock import FakeClock
from presidium.core.deviations import deviations
from presidium.core.events import InvalidAction
from presidium.core.loader import load_program

PROGRAM = load_program(sample_path("vi"))
DISCUSSION = next(item for item in PROGRAM.items if item.kind == "discussion" and item.speakers)
FIRST, SECOND = DISCUSSION.speakers[0].name, DISCUSSION.speakers[1].name


@pytest.fixture
def clock():
    return FakeClock(PROGRAM.sessions[0].starts_at.timestamp())


@pytest.fixture
def at_discussion(tmp_path, clock):
    session = CongressSession.open(PROGRAM, tmp_path / "j.db", clock=clock)
    session.start()
    session.goto(DISCUSSION.id)
    yield session
    session.close()


def test_calling_speakers_in_turn_with_their_own_timers(at_discussion, clock):
    at_discussion.call_speaker()
    clock.advance(120)
    queue = at_discussion.state.speaker_queue()
    assert queue.current.name == FIRST and queue.current.elapsed(clock.now()) == 120
    at_discussion.call_speaker()  # one key: the first is done, the next has the floor
    queue = at_discussion.state.speaker_queue()
    assert queue.turn(FIRST).status == "done" and queue.current.name == SECOND


def test_a_pause_of_the_run_stops_the_speakers_clock(at_discussion, clock):
    at_discussion.call_speaker()
    clock.advance(60)
    at_discussion.pause()
    clock.advance(300)
    at_discussion.resume()
    clock.advance(30)
    assert at_discussion.state.speaker_queue().current.elapsed(clock.now()) == 90


def test_leaving_the_item_ends_the_turn(at_discussion, clock):
    at_discussion.call_speaker()
    clock.advance(200)
    at_discussion.next()
    queue = at_discussion.state.speaker_queue(DISCUSSION.id)
    assert queue.turn(FIRST).status == "done" and queue.turn(FIRST).elapsed(clock.now() + 999) == 200


def test_speaker_actions_only_on_a_discussion_item(tmp_path, clock):
    session = CongressSession.open(PROGRAM, tmp_path / "j.db", clock=clock)
    session.start()
    with pytest.raises(InvalidAction) as refused:
        session.call_speaker()
    assert "không phải mục thảo luận" in refused.value.message("vi")
    session.close()


def test_queue_refusals_reach_the_chair_in_vietnamese(at_discussion):
    with pytest.raises(InvalidAction) as refused:
        at_discussion.speaker_done()
    assert refused.value.message("vi") == "chưa có ai đang phát biểu"
    assert refused.value.message("en") == "nobody is speaking"


def test_queue_survives_a_restart(at_discussion, clock, tmp_path):
    at_discussion.add_floor_speaker("Phạm Thị Dung", "Hội Phụ nữ tỉnh")
    at_discussion.move_speaker("Phạm Thị Dung", -99)
    at_discussion.speaker_written(SECOND)
    at_discussion.call_speaker()
    before = at_discussion.state.snapshot()["speakers"]
    at_discussion.close()
    reopened = CongressSession.open(PROGRAM, tmp_path / "j.db", clock=clock)
    assert reopened.state.snapshot()["speakers"] == before
    assert reopened.state.speaker_queue().current.name == "Phạm Thị Dung"
    reopened.close()


def test_deviations_name_overruns_written_submissions_and_floor_requests(at_discussion, clock):
    allowance = at_discussion.state.speaker_queue().turn(FIRST).allowance
    at_discussion.add_floor_speaker("Phạm Thị Dung")
    at_discussion.speaker_written(SECOND)
    at_discussion.call_speaker()
    clock.advance(allowance + 90)
    at_discussion.speaker_done()
    found = {(d.kind, d.detail) for d in deviations(at_discussion.state, clock.now())}
    assert {("speaker-overrun", FIRST), ("written", SECOND), ("floor", "Phạm Thị Dung")} <= found


def test_simulate_script_drives_the_queue(tmp_path, capsys):
    script = tmp_path / "run.actions"
    script.write_text(
        "00:00 start\n"
        f"00:10 goto {DISCUSSION.id}\n"
        f"00:20 speaker-floor Phạm Thị Dung | Hội Phụ nữ tỉnh | công tác dân vận\n"
        f"00:30 speaker-written {SECOND}\n"
        "00:40 speaker\n"
        "09:00 speaker\n"
        "15:00 speaker-done\n"
        "15:10 finish\n",
        encoding="utf-8",
    )
    assert main(["simulate", str(sample_path("vi")), "--db", str(tmp_path / "s.db"), "--script", str(script)]) == 0


def test_simulate_reports_a_bad_speaker_move(tmp_path, capsys):
    script = tmp_path / "bad.actions"
    script.write_text("00:00 start\n00:10 speaker-move up Nguyễn Văn An\n", encoding="utf-8")
    assert main(["simulate", str(sample_path("vi")), "--db", str(tmp_path / "s.db"), "--script", str(script)]) == 1
    assert "bad.actions:2: speaker-move: “up” không phải số vị trí như +1 hoặc -2" in capsys.readouterr().err
