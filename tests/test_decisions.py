"""Votes and ballots entered at the podium are decided against the program's rules and the attendance
in force, journaled with their result, and refused when the figures cannot be right."""

from dataclasses import replace
from fractions import Fraction

import pytest

from presidium.app.session import CongressSession
from presidium.core.clock import FakeClock
from presidium.core.events import InvalidAction
from presidium.core.program import Rule
from support.programs import NAMES, planned_start, program_with_votes


@pytest.fixture
def session(tmp_path):
    program = program_with_votes()
    opened = CongressSession.open(program, tmp_path / "j.db", clock=FakeClock(planned_start(program)))
    opened.start()
    yield opened
    opened.close()


def test_a_show_of_hands_is_decided_against_delegates_convened(session):
    session.set_attendance(present=148, reason="ốm")
    session.record_vote(76, 70, 2)
    result = session.state.votes[-1].result
    assert (result.base_value, result.threshold, result.passed) == (150, 76, True)
    session.record_vote(75, 71, 2)
    assert session.state.votes[-1].result.passed is False  # 75 of 150 convened is not more than half


def test_delegates_absent_for_the_whole_congress_come_off_the_base(session):
    session.set_attendance(present=140, reason="vắng cả đại hội", excused=10)
    session.record_vote(71, 60, 9)
    result = session.state.votes[-1].result
    assert (result.base_value, result.threshold, result.passed) == (140, 71, True)


def test_more_hands_than_present_is_refused_and_nothing_is_journaled(session):
    session.set_attendance(present=100)
    events_before = len(session.events())
    with pytest.raises(InvalidAction) as refused:
        session.record_vote(90, 10, 5)
    assert "100" in refused.value.message("en") and "105" in refused.value.message("en")
    assert len(session.events()) == events_before and session.state.votes == ()


def test_unanimous_counts_everyone_present(session):
    session.set_attendance(present=148)
    session.record_vote(unanimous=True)
    result = session.state.votes[-1].result
    assert result.tally.for_ == 148 and result.unanimous and result.passed


def test_a_tie_at_the_last_seat_sets_up_the_next_round_among_the_tied(session):
    session.next()  # to the election
    session.set_attendance(present=150)
    session.record_ballot(150, 150, 0, {NAMES[0]: 140, NAMES[1]: 120, NAMES[2]: 90, NAMES[3]: 90})
    first = session.state.ballots[-1].result
    assert first.elected == (NAMES[0], NAMES[1]) and set(first.tie) == {NAMES[2], NAMES[3]}
    session.record_ballot(150, 149, 1, {NAMES[2]: 100, NAMES[3]: 48})
    second = session.state.ballots[-1].result
    assert (second.round_no, second.seats, second.elected) == (2, 1, (NAMES[2],))


def test_more_ballots_returned_than_issued_voids_the_round(session):
    session.next()
    session.set_attendance(present=150)
    session.record_ballot(148, 149, 0, {NAMES[0]: 140, NAMES[1]: 120, NAMES[2]: 100, NAMES[3]: 30})
    result = session.state.ballots[-1].result
    assert result.void and result.elected == ()
    session.record_ballot(150, 150, 0, {NAMES[0]: 140, NAMES[1]: 120, NAMES[2]: 100, NAMES[3]: 30})
    again = session.state.ballots[-1].result
    assert again.round_no == 2 and again.elected == NAMES[:3]


def test_votes_for_a_name_not_on_the_list_are_refused(session):
    session.next()
    with pytest.raises(InvalidAction):
        session.record_ballot(150, 150, 0, {"Người Lạ": 80})
    assert session.state.ballots == ()


def test_results_survive_a_replay_of_the_journal(session, tmp_path):
    session.set_attendance(present=148)
    session.record_vote(100, 40, 8)
    session.close()  # one writer per journal: the first window goes first
    reopened = CongressSession.open(session.program, tmp_path / "j.db", clock=FakeClock(session.now() + 5))
    try:
        assert reopened.state.votes[-1].result == session.state.votes[-1].result
    finally:
        reopened.close()


def test_a_withdrawal_agreed_by_the_congress_leaves_the_list_before_the_ballot(session):
    session.next()
    session.set_attendance(present=150)
    session.record_vote(120, 20, 10, withdraw=NAMES[3])
    change = session.state.votes[-1].result
    assert change.accepted and session.state.candidates("bau-bch") == NAMES[:3]
    with pytest.raises(InvalidAction):  # the withdrawn name is no longer on the ballot
        session.record_ballot(150, 150, 0, {NAMES[0]: 140, NAMES[3]: 20})
    session.record_ballot(150, 150, 0, {NAMES[0]: 140, NAMES[1]: 120, NAMES[2]: 100})
    assert session.state.ballots[-1].result.elected == NAMES[:3]


def test_a_floor_nomination_joins_only_with_the_nomination_rule(tmp_path):
    program = program_with_votes()
    rules = {**program.rules, "nomination": Rule("nomination", Fraction(3, 10), "present")}
    program = replace(program, rules=rules, _index={})
    session = CongressSession.open(program, tmp_path / "n.db", clock=FakeClock(planned_start(program)))
    session.start()
    session.next()
    session.set_attendance(present=150)
    session.record_vote(45, 100, 5, nominate="Hoàng Văn Em")  # 45 is not more than 30% of 150
    assert not session.state.votes[-1].result.accepted
    session.record_vote(46, 100, 4, nominate="Hoàng Văn Em")
    assert session.state.candidates("bau-bch")[-1] == "Hoàng Văn Em"
    session.close()
