"""Figures derived from the run state once, in core, and read by the podium, the fold and the session
alike: the number convened and present in force, and the ballots already held on an election item."""

from presidium.app.samples import sample_path
from presidium.app.session import CongressSession
from presidium.core.clock import FakeClock
from presidium.core.loader import load_program

PROGRAM = load_program(sample_path("vi"))
ELECTION = next(item for item in PROGRAM.items if item.kind == "election")
START = PROGRAM.sessions[0].starts_at.timestamp()


def opened(tmp_path):
    s = CongressSession.open(PROGRAM, tmp_path / "j.db", clock=FakeClock(START))
    s.start()
    return s


def test_convened_and_present_in_force_follow_the_credentials_figures_and_corrections(tmp_path):
    s = opened(tmp_path)
    convened = PROGRAM.congress.delegates_convened
    assert (s.state.convened_in_force, s.state.present_in_force) == (convened, convened)  # all counted present
    s.set_attendance(convened - 10)
    assert (s.state.convened_in_force, s.state.present_in_force) == (convened, convened - 10)
    s.correct_convened(convened - 2, "hai đại biểu không thể triệu tập, rút khỏi danh sách")
    assert (s.state.convened_in_force, s.state.present_in_force) == (convened - 2, convened - 10)
    s.close()


def test_earlier_rounds_are_the_decided_ballots_of_that_item_only(tmp_path):
    s = opened(tmp_path)
    s.goto(ELECTION.id)
    names = s.state.candidates(ELECTION.id)
    present = s.state.present_in_force
    assert s.state.earlier_rounds(ELECTION.id) == []
    seats = ELECTION.election.seats
    s.record_ballot(present, present, 0, {name: present if i < seats else 0 for i, name in enumerate(names)})
    rounds = s.state.earlier_rounds(ELECTION.id)
    assert len(rounds) == 1 and rounds[0].round_no == 1
    other = next(item.id for item in PROGRAM.items if item.id != ELECTION.id)
    assert s.state.earlier_rounds(other) == []
    s.close()
