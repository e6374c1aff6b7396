"""Show-of-hands votes decided by the congress's own rules, in exact integer arithmetic.

A rule (see `program.Rule`) says: votes must be more than (strict) or at least `fraction` of a base.
The base is one of:

- ``convened`` — delegates convened, less those absent for the whole congress without a substitute
  (`Attendance.legal_convened`). This is the base for Party elections and resolutions.
- ``present`` — delegates present in the hall when the vote is taken.
- ``cast`` — those who took part in the vote. For a show of hands that is for + against + abstain;
  for a secret ballot it is the ballots returned.
- ``valid`` — valid votes. A raised hand cannot be invalid, so for a show of hands it equals ``cast``;
  for a secret ballot it is returned − invalid ballots.

Never floats: "more than half" is ``2 × votes > base``. A known peer bug made a majority of 9 be 6.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from presidium.core.catalogue import Message, Refusal
from presidium.core.program import RULE_BASES, Rule
from presidium.core.records import Attendance  # the one attendance model (checked there)


class VoteError(Refusal, ValueError):
    """Numbers that cannot be right: the vote must not be decided on them.

    Raised with a key of catalogue/vote.py and its parameters: str() is English,
    message(lang) Vietnamese ("vi", the default) or English."""

    AREA = "vote"


# ---------------------------------------------------------------------------------------------- rules


def check_rule(rule: Rule) -> None:
    """Refuse a rule nobody could ever pass, or one with an unknown base."""
    if rule.base not in RULE_BASES:
        raise VoteError("rule-base", rule=repr(rule.name), base=repr(rule.base), allowed=", ".join(RULE_BASES))
    if not 0 < rule.fraction <= 1:
        raise VoteError("rule-fraction", rule=repr(rule.name), fraction=rule.fraction)
    if rule.strict and rule.fraction == 1:
        raise VoteError("rule-unreachable", rule=repr(rule.name))


def threshold(rule: Rule, base_value: int) -> int:
    """The fewest votes that pass `rule` against `base_value` (never fewer than one vote)."""
    check_rule(rule)
    _non_negative(Message("vote.word.base"), base_value)
    num, den = rule.fraction.numerator, rule.fraction.denominator
    if rule.strict:  # votes × den > num × base
        needed = num * base_value // den + 1
    else:  # votes × den ≥ num × base
        needed = -(-num * base_value // den)
    return max(needed, 1)  # a decision never passes with no one in favour


def resolve_base(base: str, attendance: Attendance, *, cast: int, valid: int) -> int:
    """The number a rule's base stands for at this vote (see the module docstring)."""
    values = {"convened": attendance.legal_convened, "present": attendance.present, "cast": cast, "valid": valid}
    if base not in values:
        raise VoteError("unknown-base", base=repr(base), allowed=", ".join(RULE_BASES))
    return values[base]


def percent(votes: int, base_value: int) -> Fraction:
    """Exact percentage of the base; 0 when the base is empty."""
    return Fraction(100 * votes, base_value) if base_value else Fraction(0)


# ---------------------------------------------------------------------------------------------- show of hands


@dataclass(frozen=True)
class ShowOfHands:
    """Hands (or Party cards) counted for, against, abstaining. `unanimous` records "all in favour"."""

    for_: int
    against: int = 0
    abstain: int = 0
    unanimous: bool = False

    @classmethod
    def all_in_favour(cls, attendance: Attendance) -> ShowOfHands:
        return cls(attendance.present, 0, 0, unanimous=True)

    @property
    def total(self) -> int:
        return self.for_ + self.against + self.abstain


@dataclass(frozen=True)
class VoteResult:
    """A decided show of hands, with everything the minutes need to show how it was decided."""

    rule: Rule
    tally: ShowOfHands
    attendance: Attendance
    base_value: int
    threshold: int
    passed: bool

    @property
    def base(self) -> str:
        return self.rule.base

    @property
    def unanimous(self) -> bool:
        t = self.tally
        return t.for_ == self.attendance.present > 0 and t.against == 0 and t.abstain == 0

    @property
    def percent_for(self) -> Fraction:
        return percent(self.tally.for_, self.base_value)


def decide_show_of_hands(rule: Rule, tally: ShowOfHands, attendance: Attendance) -> VoteResult:
    """Decide a show of hands; VoteError when the counted hands cannot be right."""
    _non_negative(Message("vote.word.hands-for"), tally.for_)
    _non_negative(Message("vote.word.hands-against"), tally.against)
    _non_negative(Message("vote.word.abstentions"), tally.abstain)
    hands = {"for_": tally.for_, "against": tally.against, "abstain": tally.abstain, "present": attendance.present}
    if tally.total > attendance.present:
        raise VoteError("hands-over", total=tally.total, **hands)
    if tally.unanimous and (tally.for_ != attendance.present or tally.against or tally.abstain):
        raise VoteError("not-unanimous", **hands)
    base_value = resolve_base(rule.base, attendance, cast=tally.total, valid=tally.total)
    needed = threshold(rule, base_value)
    return VoteResult(rule, tally, attendance, base_value, needed, tally.for_ >= needed)


# ---------------------------------------------------------------------------------------------- serialising
# (the figures `presidium tally --json` prints)


def fraction_to_str(value: Fraction) -> str:
    return f"{value.numerator}/{value.denominator}"


def rule_to_dict(rule: Rule) -> dict[str, Any]:
    return {
        "name": rule.name,
        "fraction": fraction_to_str(rule.fraction),
        "base": rule.base,
        "strict": rule.strict,
        "description": rule.description,
    }


def _non_negative(what: object, value: int) -> None:
    """`what`: the figure, said in either language (a Message of vote.word.* or vocabulary.figure.*)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise VoteError("not-whole", what=what, got=repr(value))
    if value < 0:
        raise VoteError("negative", what=what, got=value)
