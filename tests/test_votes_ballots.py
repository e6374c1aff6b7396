"""Secret-ballot counts, further rounds and the candidate list."""

from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from presidium.core.ballots import (
    RETURNED_EXCEEDS_ISSUED,
    RETURNED_EXCEEDS_PRESENT,
    BallotCount,
    BallotError,
    CandidateListError,
    RoundSetup,
    count_election,
    decide_nomination,
    decide_withdrawal,
    max_candidates,
    next_round,
)
from presidium.core.program import ElectionSpec, Rule
from presidium.core.votes import Attendance, ShowOfHands

PARTY = Rule("election", Fraction(1, 2), "convened", strict=True)
FLOOR = Rule("floor-nomination", Fraction(3, 10), "convened", strict=True)
WITHDRAW = Rule("withdrawal", Fraction(1, 2), "present", strict=True)
HALL = Attendance.hall(150, 148)
NAMES = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Đặng Quốc Em")


def spec(seats=3, candidates=NAMES):
    return ElectionSpec("Ban Chấp hành", seats, "election", candidates)


def ballots(votes, issued=148, returned=148, invalid=2):
    return BallotCount(issued, returned, invalid, votes)


# ---------------------------------------------------------------------------------------------- counting


def test_elected_rank_by_votes_over_the_convened_majority():
    votes = {"Nguyễn Văn An": 90, "Trần Thị Bình": 140, "Lê Văn Cường": 76, "Phạm Thị Dung": 75, "Đặng Quốc Em": 55}
    result = count_election(spec(), PARTY, None, ballots(votes), HALL)
    assert result.base_value == 150 and result.threshold == 76
    assert result.elected == ("Trần Thị Bình", "Nguyễn Văn An", "Lê Văn Cường")
    assert result.complete and result.proposal is None
    dung = next(s for s in result.standings if s.name == "Phạm Thị Dung")
    assert not dung.over_threshold and dung.percent == Fraction(50)  # exactly half is not "more than half"


def test_majority_of_valid_ballots_is_not_enough_under_party_rules():
    # 74 of 146 valid ballots is over half of valid, but not over half of the 150 convened.
    votes = {"Nguyễn Văn An": 74, "Trần Thị Bình": 140, "Lê Văn Cường": 120}
    result = count_election(spec(), PARTY, None, ballots(votes), HALL)
    assert "Nguyễn Văn An" not in result.elected
    by_valid = count_election(spec(), Rule("v", Fraction(1, 2), "valid"), None, ballots(votes), HALL)
    assert by_valid.base_value == 146 and "Nguyễn Văn An" in by_valid.elected


def test_candidates_missing_from_the_record_have_no_votes():
    result = count_election(spec(seats=1), PARTY, None, ballots({"Trần Thị Bình": 100}), HALL)
    assert result.elected == ("Trần Thị Bình",)
    assert {s.name: s.votes for s in result.standings}["Đặng Quốc Em"] == 0


def test_unfilled_seats_propose_a_round_among_those_not_elected():
    votes = {"Nguyễn Văn An": 100, "Trần Thị Bình": 70, "Lê Văn Cường": 60, "Phạm Thị Dung": 50}
    result = count_election(spec(), PARTY, None, ballots(votes), HALL)
    assert result.elected == ("Nguyễn Văn An",)
    assert result.unfilled == 2 and not result.tie
    setup = result.proposal
    assert setup == RoundSetup("Ban Chấp hành", 2, 2, NAMES[1:], "unfilled")
    second = count_election(setup, PARTY, None, ballots({"Trần Thị Bình": 90, "Lê Văn Cường": 80}), HALL)
    assert second.round_no == 2 and second.elected == ("Trần Thị Bình", "Lê Văn Cường")


def test_a_tie_at_the_last_seat_elects_those_above_and_proposes_a_runoff():
    votes = {"Nguyễn Văn An": 100, "Trần Thị Bình": 80, "Lê Văn Cường": 80, "Phạm Thị Dung": 30}
    result = count_election(spec(seats=2), PARTY, None, ballots(votes), HALL)
    assert result.elected == ("Nguyễn Văn An",)
    assert set(result.tie) == {"Trần Thị Bình", "Lê Văn Cường"} and result.tie_seats == 1
    assert result.unfilled == 0 and not result.complete
    setup = next_round(result)
    assert (setup.reason, setup.seats, set(setup.candidates)) == ("tie", 1, set(result.tie))


def test_equal_votes_that_all_fit_are_all_elected():
    votes = {"Nguyễn Văn An": 100, "Trần Thị Bình": 100, "Lê Văn Cường": 90}
    result = count_election(spec(seats=2), PARTY, None, ballots(votes), HALL)
    assert set(result.elected) == {"Nguyễn Văn An", "Trần Thị Bình"} and not result.tie
    # Equal votes are listed in name order: An before Bình.
    assert result.elected == ("Nguyễn Văn An", "Trần Thị Bình")


def test_more_ballots_returned_than_issued_voids_the_round():
    result = count_election(spec(), PARTY, None, ballots({"Nguyễn Văn An": 100}, issued=146, returned=147), HALL)
    assert result.void and result.void_reason == RETURNED_EXCEEDS_ISSUED
    assert result.elected == () and result.standings == ()
    assert next_round(result) == RoundSetup("Ban Chấp hành", 2, 3, NAMES, "repeat")


def test_more_ballots_than_delegates_present_is_flagged():
    result = count_election(spec(), PARTY, None, ballots({}, issued=149, returned=149), HALL)
    assert RETURNED_EXCEEDS_PRESENT in result.warnings


@pytest.mark.parametrize(
    "count, message",
    [
        (ballots({"Hoàng Văn Giáp": 3}), "not on the candidate list: Hoàng Văn Giáp"),
        (ballots({"Nguyễn Văn An": 147}), "Nguyễn Văn An has 147 votes, more than the 146 valid ballots"),
        (ballots({"Nguyễn Văn An": -1}), "votes for Nguyễn Văn An"),
        (ballots({}, invalid=149), "149 invalid ballots, but only 148 were returned"),
        (ballots({}, issued=-1), "ballots issued"),
        (ballots(dict.fromkeys(NAMES[:3], 146) | {"Phạm Thị Dung": 1}), "at most 438"),
    ],
)
def test_impossible_counting_records_are_refused(count, message):
    with pytest.raises(BallotError, match=message):
        count_election(spec(), PARTY, None, count, HALL)


def test_bad_lists_and_seats_are_refused():
    with pytest.raises(CandidateListError, match="more than once: Trần Thị Bình"):
        count_election(2, PARTY, ["Trần Thị Bình", "Nguyễn Văn An", "Trần  Thị Bình"], ballots({}), HALL)
    with pytest.raises(BallotError, match="at least 1"):
        count_election(0, PARTY, NAMES, ballots({}), HALL)


def test_the_congress_may_change_the_next_round():
    votes = {"Nguyễn Văn An": 100, "Trần Thị Bình": 70}
    result = count_election(spec(), PARTY, None, ballots(votes), HALL)
    setup = next_round(result, candidates=["Trần Thị Bình", "Hoàng Văn Giáp"], seats=1)
    assert (setup.round_no, setup.seats, setup.candidates) == (2, 1, ("Trần Thị Bình", "Hoàng Văn Giáp"))
    with pytest.raises(CandidateListError, match="already elected.*Nguyễn Văn An"):
        next_round(result, candidates=["Nguyễn Văn An", "Trần Thị Bình"])
    with pytest.raises(BallotError, match="between 1 and 2 seats"):
        next_round(result, seats=3)


def test_no_next_round_once_all_seats_are_filled():
    result = count_election(spec(seats=1), PARTY, None, ballots({"Trần Thị Bình": 100}), HALL)
    with pytest.raises(BallotError, match="all 1 seats of Ban Chấp hành are filled"):
        next_round(result)


# ---------------------------------------------------------------------------------------------- candidate list


@pytest.mark.parametrize("seats, longest", [(15, 19), (10, 13), (9, 11), (3, 3), (1, 1)])
def test_surplus_cap_is_rounded_down(seats, longest):
    assert max_candidates(seats, Fraction(3, 10)) == longest


def test_floor_nomination_needs_more_than_thirty_percent():
    at_30 = decide_nomination(NAMES[:4], "Hoàng Văn Giáp", FLOOR, ShowOfHands(45, 90, 13), HALL, seats=4)
    assert not at_30.accepted and at_30.candidates == NAMES[:4]
    over = decide_nomination(NAMES[:4], "Hoàng Văn Giáp", FLOOR, ShowOfHands(46, 90, 12), HALL, seats=4)
    assert over.accepted and over.candidates[-1] == "Hoàng Văn Giáp" and over.problem == ""


def test_a_nomination_beyond_the_surplus_cap_needs_an_opinion_ballot():
    change = decide_nomination(NAMES, "Hoàng Văn Giáp", FLOOR, ShowOfHands(80), HALL, seats=4)
    assert change.accepted and change.problem == "over_surplus"


def test_nominating_someone_already_listed_is_refused():
    with pytest.raises(CandidateListError, match="already on the candidate list"):
        decide_nomination(NAMES, "Trần Thị Bình", FLOOR, ShowOfHands(80), HALL, seats=4)


def test_withdrawal_takes_effect_only_when_the_congress_agrees():
    refused = decide_withdrawal(NAMES, "Lê Văn Cường", WITHDRAW, ShowOfHands(74, 70), HALL, seats=4)
    assert not refused.accepted and "Lê Văn Cường" in refused.candidates
    agreed = decide_withdrawal(NAMES, "Lê Văn Cường", WITHDRAW, ShowOfHands(75, 70), HALL, seats=4)
    assert agreed.accepted and "Lê Văn Cường" not in agreed.candidates
    short = decide_withdrawal(NAMES[:4], "Lê Văn Cường", WITHDRAW, ShowOfHands(100), HALL, seats=4)
    assert short.problem == "too_few"


def test_withdrawing_an_unlisted_name_is_refused():
    with pytest.raises(CandidateListError, match="Hoàng Văn Giáp is not on the candidate list"):
        decide_withdrawal(NAMES, "Hoàng Văn Giáp", WITHDRAW, ShowOfHands(100), HALL, seats=4)


# ---------------------------------------------------------------------------------------------- invariants


@st.composite
def elections(draw):
    seats = draw(st.integers(1, 6))
    n = draw(st.integers(seats, seats + 4))
    names = tuple(f"Nguyễn Văn {chr(ord('A') + i)}" for i in range(n))
    valid = draw(st.integers(0, 40))
    votes = {name: draw(st.integers(0, valid)) for name in names}
    assume(sum(votes.values()) <= valid * seats)
    return seats, names, BallotCount(valid + 1, valid + 1, 1, votes)


@given(elections(), st.sampled_from(["convened", "present", "valid", "cast"]), st.booleans())
def test_seats_are_never_overfilled_and_every_elected_passes(election, base, strict):
    seats, names, ballots_ = election
    rule_ = Rule("r", Fraction(1, 2), base, strict)
    result = count_election(seats, rule_, names, ballots_, Attendance.hall(60, 50))
    votes = ballots_.votes
    assert len(result.elected) + result.tie_seats + result.unfilled == seats
    assert all(votes[n] >= result.threshold for n in result.elected + result.tie)
    # Everyone left out has fewer votes than everyone elected (equal votes are elected together or tied).
    left_out = [votes[n] for n in names if n not in result.elected]
    if result.elected and left_out:
        assert max(left_out) < min(votes[n] for n in result.elected)
    if result.tie:
        assert len(result.tie) > result.tie_seats and len({votes[n] for n in result.tie}) == 1
