"""Withdrawals and floor nominations are decided by their own rules (named on the election, or the
documented defaults), and the surplus cap lets a small body have a choice."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import pytest

from presidium.app.session import CongressSession
from presidium.cli import main
from presidium.core.ballots import max_candidates
from presidium.core.clock import FakeClock
from presidium.core.loader import load_program_text
from presidium.core.minutes import vote_line
from presidium.core.problems import ProgramError
from presidium.core.program import ElectionSpec, Item, Rule
from support.programs import NAMES, planned_start, program_with_votes

MINIMAL = (Path(__file__).parent / "programs" / "minimal.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "seats, cap, longest",
    [
        (3, None, 4),
        (4, None, 5),
        (5, None, 6),
        (6, None, 7),
        (15, None, 19),
        (1, None, 1),
        (2, None, 2),
        (3, Fraction(3, 10), 3),
        (3, 2, 5),
        (15, 0, 15),
        (10, Fraction(15, 100), 11),
    ],
)
def test_the_surplus_cap_by_default_gives_bodies_of_three_to_five_seats_one_extra_name(seats, cap, longest):
    assert max_candidates(seats, cap) == longest


def test_max_surplus_may_be_a_percentage_or_a_number_of_names():
    four = MINIMAL.replace('"Lê Văn Cường"]', '"Lê Văn Cường", "Phạm Thị Dung"]')
    assert len(load_program_text(four).item("bau-bch").election.candidates) == 4  # default: one extra for 3 seats
    with pytest.raises(ProgramError) as caught:
        load_program_text(four.replace("seats = 3", 'seats = 3\nmax_surplus = "30%"'))
    assert "over the surplus cap of 30% of the seats (at most 3)" in caught.value.text("en")
    five = four.replace('"Phạm Thị Dung"]', '"Phạm Thị Dung", "Hoàng Văn Em"]')
    assert (
        load_program_text(five.replace("seats = 3", "seats = 3\nmax_surplus = 2")).item("bau-bch").election.max_surplus
        == 2
    )
    with pytest.raises(ProgramError) as caught:
        load_program_text(five.replace("seats = 3", "seats = 3\nmax_surplus = 1"))
    assert "vượt mức dư tối đa 1 người (tối đa 4 người)" in caught.value.text("vi")


def test_validate_says_how_many_names_each_list_may_hold_and_the_change_rules(tmp_path, capsys):
    path = tmp_path / "p.toml"
    path.write_text(MINIMAL, encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if "bầu cử 'bau-bch'" in line)
    assert "3 người; danh sách có thể có tối đa 4 người" in line
    assert "rút tên: hơn 1/2 số đại biểu có mặt; đề cử bổ sung: hơn 3/10 số đại biểu có mặt" in line


def test_withdraw_and_nominate_rules_are_checked_by_validate():
    text = MINIMAL.replace("seats = 3", 'seats = 3\nwithdraw_rule = "rut-ten"\nnominate_rule = "motoin"')
    with pytest.raises(ProgramError) as caught:
        load_program_text(text)
    messages = [p.message("en") for p in caught.value.problems]
    assert "item 'bau-bch': 'rule for leaving the list' refers to rule 'rut-ten', which does not exist" in messages
    assert any(
        "'rule for adding to the list' refers to rule 'motoin'" in m and "did you mean 'motion'" in m for m in messages
    )


def test_a_rule_no_one_can_pass_is_an_error():
    with pytest.raises(ProgramError) as caught:
        load_program_text(MINIMAL.replace('fraction = "1/2"', 'fraction = "1/1"'))
    assert "a rule of “more than 1/1” can never pass" in caught.value.text("en")
    assert (
        load_program_text(
            MINIMAL.replace('fraction = "1/2"', 'fraction = "1/1"').replace("strict = true", "strict = false")
        )
        .rules["motion"]
        .fraction
        == 1
    )


def election_session(tmp_path, **spec):
    """45 convened; the election counts valid ballots (a youth-union style rule)."""
    program = program_with_votes()
    item = Item(
        "bau-bch",
        "Bầu Ban Chấp hành",
        "election",
        1800,
        election=ElectionSpec("Ban Chấp hành", 3, "election", NAMES, **spec),
    )
    session_ = replace(program.sessions[0], items=(item,))
    rules = dict(
        program.rules,
        election=Rule("election", Fraction(1, 2), "valid"),
        tay=Rule("tay", Fraction(2, 3), "present", False),
    )
    program = replace(
        program, sessions=(session_,), rules=rules, congress=replace(program.congress, delegates_convened=45), _index={}
    )
    opened = CongressSession.open(program, tmp_path / "j.db", clock=FakeClock(planned_start(program)))
    opened.start()
    opened.set_attendance(43)
    return opened


def test_a_withdrawal_needs_more_than_half_of_those_present_not_of_the_hands_raised(tmp_path):
    session = election_session(tmp_path)
    session.record_vote(15, 5, 0, withdraw=NAMES[3])
    change = session.state.votes[-1].result
    assert not change.accepted and NAMES[3] in change.candidates
    assert (change.vote.base, change.vote.base_value, change.vote.threshold) == ("present", 43, 22)
    line = vote_line(session.program.items[0], session.state.votes[-1], "vi")
    assert "chưa đạt quá 1/2 số đại biểu có mặt (cần ít nhất 22 đồng chí)" in line.text  # worded against its base
    assert "Đại hội chưa thông qua nội dung “việc đồng chí Phạm Thị Dung rút khỏi danh sách bầu cử”" in line.text
    session.record_vote(22, 5, 0, withdraw=NAMES[3])
    assert session.state.votes[-1].result.accepted
    session.close()


def test_a_nomination_needs_more_than_thirty_percent_of_those_present_by_default(tmp_path):
    session = election_session(tmp_path)
    session.record_vote(12, 20, 0, nominate="Hoàng Văn Giáp")  # 12 of 43 present is 27.9%
    assert not session.state.votes[-1].result.accepted
    session.record_vote(13, 20, 0, nominate="Hoàng Văn Giáp")  # 30.2%
    change = session.state.votes[-1].result
    assert change.accepted and change.vote.threshold == 13
    session.close()


def test_the_election_may_name_its_own_change_rules(tmp_path):
    session = election_session(tmp_path, withdraw_rule="tay")
    session.record_vote(28, 0, 0, withdraw=NAMES[3])  # at least 2/3 of 43 present is 29
    assert not session.state.votes[-1].result.accepted
    session.record_vote(29, 0, 0, withdraw=NAMES[3])
    assert session.state.votes[-1].result.accepted
    session.close()
