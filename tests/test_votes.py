"""Rule evaluation, attendance and show-of-hands decisions."""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from presidium.core.program import Rule
from presidium.core.run_messages import InvalidAction
from presidium.core.votes import (
    Attendance,
    ShowOfHands,
    VoteError,
    decide_show_of_hands,
    threshold,
)

MAJORITY = Rule("motion", Fraction(1, 2), "convened", strict=True)


def rule(fraction, base="convened", strict=True):
    return Rule("r", Fraction(fraction), base, strict)


# ---------------------------------------------------------------------------------------------- thresholds


@pytest.mark.parametrize(
    "fraction, strict, base, expected",
    [
        ("1/2", True, 9, 5),  # a peer tool said 6
        ("1/2", True, 10, 6),
        ("1/2", True, 150, 76),
        ("1/2", False, 9, 5),
        ("1/2", False, 10, 5),  # "at least half" of 10 is 5, unlike "more than half"
        ("2/3", False, 9, 6),
        ("2/3", False, 10, 7),
        ("2/3", True, 9, 7),  # 6 is exactly two thirds of 9: not "more than"
        ("3/10", True, 150, 46),  # 45 is exactly 30%
        ("3/10", False, 150, 45),
        ("1/1", False, 148, 148),
    ],
)
def test_threshold_at_exact_boundaries(fraction, strict, base, expected):
    r = rule(fraction, strict=strict)
    assert threshold(r, base) == expected


def test_nothing_passes_with_no_votes_even_on_an_empty_base():
    assert threshold(rule("1/2", strict=False), 0) == 1


@given(
    num=st.integers(1, 20),
    den=st.integers(1, 20),
    strict=st.booleans(),
    base=st.integers(0, 2000),
    votes=st.integers(0, 2000),
)
def test_threshold_agrees_with_fraction_arithmetic(num, den, strict, base, votes):
    fraction = Fraction(num, den)
    if fraction > 1 or (strict and fraction == 1):
        return
    r = rule(fraction, strict=strict)
    share = Fraction(votes)
    expected = share > fraction * base if strict else share >= fraction * base
    assert (votes >= threshold(r, base)) == (expected and votes > 0)


@pytest.mark.parametrize("fraction, strict", [("0", True), ("3/2", False), ("1", True)])
def test_rules_nobody_could_pass_are_refused(fraction, strict):
    with pytest.raises(VoteError, match="rule 'r'"):
        threshold(rule(fraction, strict=strict), 10)


def test_unknown_base_is_refused():
    with pytest.raises(VoteError, match="unknown base 'ballots'"):
        threshold(rule("1/2", base="ballots"), 10)


# ---------------------------------------------------------------------------------------------- attendance


def test_whole_congress_absentees_without_substitute_come_off_the_convened_base():
    att = Attendance(150, 140, 10, "ốm, công tác", with_reason=8, excused=2)
    assert att.absent == 10
    assert att.legal_convened == 148
    result = decide_show_of_hands(MAJORITY, ShowOfHands(74, 60, 6), att)
    assert result.base_value == 148
    assert result.threshold == 75
    assert not result.passed


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"convened": 148, "present": 150, "absent": 0}, "150 present is more than the 148 convened"),
        ({"convened": 150, "present": -1, "absent": 0}, "must be a whole number ≥ 0, not -1"),
        ({"convened": 150, "present": 145, "absent": 6}, "145 present \\+ 6 absent exceeds 150 convened"),
        ({"convened": 150, "present": 148, "absent": 2, "excused": 3}, "only 2 are absent"),
        ({"convened": 150, "present": 145, "absent": 5, "with_reason": 6}, "6 absent with a reason, but only 5"),
        ({"convened": 150, "present": 145, "absent": 5, "alternates": 146}, "146 alternates seated, but only 145"),
    ],
)
def test_inconsistent_attendance_is_refused(kwargs, message):
    """One model, checked in one place: the run records it and the vote engine decides on it."""
    with pytest.raises(InvalidAction, match=message):
        Attendance(**kwargs)


def test_a_later_vote_uses_the_new_present_figure():
    att = Attendance.hall(150, 148)
    rule_present = rule("1/2", base="present")
    assert decide_show_of_hands(rule_present, ShowOfHands(72), Attendance.hall(150, 143)).passed
    assert not decide_show_of_hands(rule_present, ShowOfHands(72), att).passed


# ---------------------------------------------------------------------------------------------- show of hands


def test_base_follows_the_rule():
    att = Attendance.hall(150, 148)
    tally = ShowOfHands(100, 20, 8)
    assert decide_show_of_hands(rule("1/2", "convened"), tally, att).base_value == 150
    assert decide_show_of_hands(rule("1/2", "present"), tally, att).base_value == 148
    assert decide_show_of_hands(rule("1/2", "cast"), tally, att).base_value == 128
    assert decide_show_of_hands(rule("1/2", "valid"), tally, att).base_value == 128


def test_result_carries_percentages_of_the_base_and_the_figures_in_force():
    att = Attendance.hall(150, 148)
    result = decide_show_of_hands(MAJORITY, ShowOfHands(142, 4, 2), att)
    assert result.passed
    assert result.threshold == 76
    assert result.percent_for == Fraction(142 * 100, 150)
    assert result.attendance == att
    assert not result.unanimous


def test_a_motion_short_of_the_convened_majority_fails_even_if_most_present_agree():
    att = Attendance.hall(150, 120)
    result = decide_show_of_hands(MAJORITY, ShowOfHands(75, 40, 5), att)
    assert not result.passed
    assert result.threshold == 76


def test_unanimous():
    att = Attendance.hall(150, 148)
    result = decide_show_of_hands(MAJORITY, ShowOfHands.all_in_favour(att), att)
    assert result.passed and result.unanimous
    assert result.tally.for_ == 148


def test_unanimous_flag_with_dissent_is_refused():
    with pytest.raises(VoteError, match="marked unanimous"):
        decide_show_of_hands(MAJORITY, ShowOfHands(147, 1, 0, unanimous=True), Attendance.hall(150, 148))


def test_more_hands_than_present_is_refused():
    with pytest.raises(VoteError, match="150 hands counted .* only 148 delegates are present"):
        decide_show_of_hands(MAJORITY, ShowOfHands(140, 6, 4), Attendance.hall(150, 148))


def test_negative_hands_are_refused():
    with pytest.raises(VoteError, match="hands against cannot be negative"):
        decide_show_of_hands(MAJORITY, ShowOfHands(140, -1, 0), Attendance.hall(150, 148))
