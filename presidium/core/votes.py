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


class VoteError(Refusal, ValueError):
    """Numbers that cannot be right: the vote must not be decided on them.

    Raised with a key of catalogue/vote.py and its parameters: str() is English,
    message(lang) Vietnamese ("vi", the default) or English."""

    AREA = "vote"


# ---------------------------------------------------------------------------------------------- attendance


@dataclass(frozen=True)
class Attendance:
    """The credentials committee's figures in force when a vote is taken.

    `convened` is the number on the convocation list, as the credentials report states it.
    `excused_whole_congress` counts those absent for the whole congress without a substitute: the
    Party rules take them off the base, so `legal_convened` = convened − excused_whole_congress.
    Keeping both numbers (rather than only the adjusted one) lets the minutes show how the base was
    reached. When delegates leave or an alternate joins, record a new Attendance: later votes use it.
    """

    convened: int
    present: int
    absent_reasons: tuple[tuple[str, int], ...] = ()
    note: str = ""
    excused_whole_congress: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "absent_reasons", tuple((str(r), int(n)) for r, n in self.absent_reasons))
        _non_negative(Message("vocabulary.figure.convened"), self.convened)
        _non_negative(Message("vocabulary.figure.present"), self.present)
        _non_negative(Message("vote.word.excused"), self.excused_whole_congress)
        if self.present > self.convened:
            raise VoteError("present-over", present=self.present, convened=self.convened)
        if self.excused_whole_congress > self.absent:
            raise VoteError("excused-over", excused=self.excused_whole_congress, absent=self.absent,
                            convened=self.convened, present=self.present)
        for reason, count in self.absent_reasons:
            if not reason.strip():
                raise VoteError("absent-reason")
            _non_negative(Message("vote.word.absent-for", reason=reason), count)
        listed = sum(count for _, count in self.absent_reasons)
        if listed > self.absent:
            raise VoteError("reasons-over", listed=listed, absent=self.absent, convened=self.convened,
                            present=self.present)

    @property
    def absent(self) -> int:
        return self.convened - self.present

    @property
    def legal_convened(self) -> int:
        """The "convened" base of the Party rules."""
        return self.convened - self.excused_whole_congress

    def with_present(self, present: int, note: str = "") -> Attendance:
        """The figures after delegates leave or return (reasons are kept; they are re-validated)."""
        return Attendance(self.convened, present, self.absent_reasons, note or self.note, self.excused_whole_congress)

    def to_dict(self) -> dict[str, Any]:
        return {
            "convened": self.convened,
            "present": self.present,
            "absent_reasons": [[reason, count] for reason, count in self.absent_reasons],
            "note": self.note,
            "excused_whole_congress": self.excused_whole_congress,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Attendance:
        return cls(
            convened=data["convened"],
            present=data["present"],
            absent_reasons=tuple((r, n) for r, n in data.get("absent_reasons", ())),
            note=data.get("note", ""),
            excused_whole_congress=data.get("excused_whole_congress", 0),
        )


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


def passes(rule: Rule, votes: int, base_value: int) -> bool:
    """Whether `votes` in favour pass `rule` against `base_value`."""
    _non_negative(Message("vote.word.votes-for"), votes)
    return votes >= threshold(rule, base_value)


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

    def to_dict(self) -> dict[str, Any]:
        return {"for": self.for_, "against": self.against, "abstain": self.abstain, "unanimous": self.unanimous}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ShowOfHands:
        return cls(data["for"], data.get("against", 0), data.get("abstain", 0), data.get("unanimous", False))


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
    def not_voting(self) -> int:
        """Present but counted in none of the three groups."""
        return self.attendance.present - self.tally.total

    @property
    def percent_for(self) -> Fraction:
        return percent(self.tally.for_, self.base_value)

    @property
    def percent_against(self) -> Fraction:
        return percent(self.tally.against, self.base_value)

    @property
    def percent_abstain(self) -> Fraction:
        return percent(self.tally.abstain, self.base_value)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": rule_to_dict(self.rule),
            "tally": self.tally.to_dict(),
            "attendance": self.attendance.to_dict(),
            "base": self.base,
            "base_value": self.base_value,
            "threshold": self.threshold,
            "passed": self.passed,
            # Derived, kept for readers of the journal; from_dict recomputes them.
            "percent_for": fraction_to_str(self.percent_for),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> VoteResult:
        return cls(
            rule=rule_from_dict(data["rule"]),
            tally=ShowOfHands.from_dict(data["tally"]),
            attendance=Attendance.from_dict(data["attendance"]),
            base_value=data["base_value"],
            threshold=data["threshold"],
            passed=data["passed"],
        )


def decide_show_of_hands(rule: Rule, tally: ShowOfHands, attendance: Attendance) -> VoteResult:
    """Decide a show of hands; VoteError when the counted hands cannot be right."""
    _non_negative(Message("vote.word.hands-for"), tally.for_)
    _non_negative(Message("vote.word.hands-against"), tally.against)
    _non_negative(Message("vote.word.abstentions"), tally.abstain)
    hands = dict(for_=tally.for_, against=tally.against, abstain=tally.abstain, present=attendance.present)
    if tally.total > attendance.present:
        raise VoteError("hands-over", total=tally.total, **hands)
    if tally.unanimous and (tally.for_ != attendance.present or tally.against or tally.abstain):
        raise VoteError("not-unanimous", **hands)
    base_value = resolve_base(rule.base, attendance, cast=tally.total, valid=tally.total)
    needed = threshold(rule, base_value)
    return VoteResult(rule, tally, attendance, base_value, needed, tally.for_ >= needed)


# ---------------------------------------------------------------------------------------------- serialising


def fraction_to_str(value: Fraction) -> str:
    return f"{value.numerator}/{value.denominator}"


def fraction_from_str(text: str) -> Fraction:
    return Fraction(text)


def rule_to_dict(rule: Rule) -> dict[str, Any]:
    return {
        "name": rule.name,
        "fraction": fraction_to_str(rule.fraction),
        "base": rule.base,
        "strict": rule.strict,
        "description": rule.description,
    }


def rule_from_dict(data: dict[str, Any]) -> Rule:
    return Rule(
        name=data["name"],
        fraction=fraction_from_str(data["fraction"]),
        base=data["base"],
        strict=data.get("strict", True),
        description=data.get("description", ""),
    )


def _non_negative(what: object, value: int) -> None:
    """`what`: the figure, said in either language (a Message of vote.word.* or vocabulary.figure.*)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise VoteError("not-whole", what=what, got=repr(value))
    if value < 0:
        raise VoteError("negative", what=what, got=value)
