"""Secret-ballot elections: the counting record, who is elected, ties, further rounds, the candidate list.

The counting committee reports ballots issued, returned, invalid and the votes per candidate. Valid
ballots = returned − invalid. The rule's base (see `votes`) gives the legal base: for Party
elections the delegates convened, not the valid ballots. Those at or over the threshold are ranked by
votes and fill the seats; a tie at the last seat and seats left unfilled become proposals for a
further round, which the congress decides.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import partial
from types import MappingProxyType
from typing import Any

from presidium.core.catalogue import Message
from presidium.core.names import name_key
from presidium.core.program import ElectionSpec, Rule
from presidium.core.records import Attendance
from presidium.core.votes import (
    ShowOfHands,
    VoteError,
    VoteResult,
    check_rule,
    decide_show_of_hands,
    fraction_to_str,
    percent,
    resolve_base,
    rule_to_dict,
    threshold,
)

# Why a count is void, and what the counting committee should look at again (codes; texts in `announce`
# to read out, and in catalogue/vote.py ("note.*") for the screen: `ElectionResult.notes`).
RETURNED_EXCEEDS_ISSUED = "returned_exceeds_issued"
RETURNED_EXCEEDS_PRESENT = "returned_exceeds_present"
ISSUED_EXCEEDS_PRESENT = "issued_exceeds_present"


class BallotError(VoteError):
    """A counting record that cannot be right."""


class CandidateListError(VoteError):
    """A candidate list the election rules do not allow."""


@dataclass(frozen=True)
class BallotCount:
    """The counting committee's figures for one round (biên bản kiểm phiếu)."""

    issued: int
    returned: int
    invalid: int
    votes: Mapping[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "votes", MappingProxyType(dict(self.votes)))  # read-only once recorded

    @property
    def valid(self) -> int:
        return self.returned - self.invalid

    def to_dict(self) -> dict[str, Any]:
        return {"issued": self.issued, "returned": self.returned, "invalid": self.invalid, "votes": dict(self.votes)}


@dataclass(frozen=True)
class Standing:
    """One candidate's line in the counting record."""

    name: str
    votes: int
    percent: Fraction  # of the legal base
    over_threshold: bool
    elected: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "votes": self.votes,
            "percent": fraction_to_str(self.percent),
            "over_threshold": self.over_threshold,
            "elected": self.elected,
        }


@dataclass(frozen=True)
class RoundSetup:
    """What the next round would be: `reason` is "repeat" (void count), "tie" or "unfilled"."""

    body: str
    round_no: int
    seats: int
    candidates: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class ElectionResult:
    body: str
    round_no: int
    seats: int
    candidates: tuple[str, ...]
    rule: Rule
    attendance: Attendance
    count: BallotCount
    base_value: int = 0
    threshold: int = 0
    standings: tuple[Standing, ...] = ()  # ranked by votes, then by name order
    elected: tuple[str, ...] = ()  # in rank order
    tie: tuple[str, ...] = ()  # tied at the last seat(s); none of them is elected yet
    tie_seats: int = 0
    unfilled: int = 0
    void: bool = False
    void_reason: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def base(self) -> str:
        return self.rule.base

    @property
    def complete(self) -> bool:
        """All seats filled: no further round is needed."""
        return not self.void and not self.tie and not self.unfilled

    @property
    def proposal(self) -> RoundSetup | None:
        return None if self.complete else next_round(self)

    @property
    def notes(self) -> tuple[Message, ...]:
        """Why the count is void, then the figures to check again, each said in either language."""
        c, present = self.count, self.attendance.present
        figures = {"issued": c.issued, "returned": c.returned, "invalid": c.invalid, "present": present}
        codes = ((self.void_reason,) if self.void and self.void_reason else ()) + tuple(self.warnings)
        return tuple(Message(f"vote.note.{code}", **figures) for code in codes)

    def to_dict(self) -> dict[str, Any]:
        """The result as `presidium tally --json` prints it."""
        return {
            "body": self.body,
            "round_no": self.round_no,
            "seats": self.seats,
            "candidates": list(self.candidates),
            "rule": rule_to_dict(self.rule),
            "attendance": self.attendance.to_dict(),
            "count": self.count.to_dict(),
            "base": self.base,
            "base_value": self.base_value,
            "threshold": self.threshold,
            "standings": [s.to_dict() for s in self.standings],
            "elected": list(self.elected),
            "tie": list(self.tie),
            "tie_seats": self.tie_seats,
            "unfilled": self.unfilled,
            "void": self.void,
            "void_reason": self.void_reason,
            "warnings": list(self.warnings),
        }


def count_election(
    spec_or_seats: ElectionSpec | RoundSetup | int,
    rule: Rule,
    candidates: Sequence[str] | None,
    count: BallotCount,
    attendance: Attendance,
    *,
    body: str = "",
) -> ElectionResult:
    """Decide one round. `candidates` may be None when the spec or round setup already lists them."""
    seats, names, body, round_no = _round_terms(spec_or_seats, candidates, body)
    check_rule(rule)
    _check_count(count, names)
    warnings = tuple(
        code
        for code, wrong in (
            (ISSUED_EXCEEDS_PRESENT, count.issued > attendance.present),
            (RETURNED_EXCEEDS_PRESENT, count.returned > attendance.present),
        )
        if wrong
    )
    result = partial(
        ElectionResult,
        body=body,
        round_no=round_no,
        seats=seats,
        candidates=names,
        rule=rule,
        attendance=attendance,
        count=count,
        warnings=warnings,
    )
    if count.returned > count.issued:
        # Never discard "extra" ballots: nobody can tell which ones they are. The whole round is held again.
        return result(void=True, void_reason=RETURNED_EXCEEDS_ISSUED)
    _check_votes_fit(count, seats)

    base_value = resolve_base(rule.base, attendance, cast=count.returned, valid=count.valid)
    needed = threshold(rule, base_value)
    ranked = sorted(names, key=lambda n: (-count.votes.get(n, 0), name_key(n)))
    qualified = [n for n in ranked if count.votes.get(n, 0) >= needed]
    elected, tie, tie_seats = _fill_seats(qualified, count.votes, seats)
    standings = tuple(
        Standing(n, count.votes.get(n, 0), percent(count.votes.get(n, 0), base_value), n in qualified, n in elected)
        for n in ranked
    )
    unfilled = 0 if tie else seats - len(elected)
    return result(
        base_value=base_value,
        threshold=needed,
        standings=standings,
        elected=elected,
        tie=tie,
        tie_seats=tie_seats,
        unfilled=unfilled,
    )


def next_round(result: ElectionResult, candidates: Sequence[str] | None = None, seats: int | None = None) -> RoundSetup:
    """The round that follows `result`: proposed by default; the congress may change names or seats."""
    if result.void:
        setup = RoundSetup(result.body, result.round_no + 1, result.seats, result.candidates, "repeat")
    elif result.tie:
        setup = RoundSetup(result.body, result.round_no + 1, result.tie_seats, result.tie, "tie")
    elif result.unfilled:
        rest = tuple(n for n in result.candidates if n not in result.elected)
        setup = RoundSetup(result.body, result.round_no + 1, result.unfilled, rest, "unfilled")
    else:
        raise BallotError("all-filled", seats=result.seats, body=result.body or Message("vote.word.the-body"))
    if candidates is None and seats is None:
        return setup
    open_seats = result.seats if result.void else result.seats - len(result.elected)
    seats = setup.seats if seats is None else seats
    names = _clean_names(setup.candidates if candidates is None else candidates)
    if not 1 <= seats <= open_seats:
        raise BallotError("round-seats", open=open_seats, seats=seats)
    already = [n for n in names if n in result.elected]
    if already:
        raise CandidateListError("already-elected", names=", ".join(already))
    return RoundSetup(result.body, setup.round_no, seats, names, setup.reason)


# ---------------------------------------------------------------------------------------------- candidate list


SMALL_BODY = range(3, 6)  # bodies of 3 to 5 seats: Party guidance allows them one extra name


def max_candidates(seats: int, max_surplus: Fraction | int | None = None) -> int:
    """The longest list allowed: seats plus `max_surplus` of them rounded down (a Fraction), plus that
    many names (an int), or by default 30% rounded down but at least one extra for 3 to 5 seats."""
    if isinstance(max_surplus, int) and not isinstance(max_surplus, bool):
        return seats + max_surplus
    share = Fraction(3, 10) if max_surplus is None else max_surplus
    extra = seats * share.numerator // share.denominator
    if max_surplus is None and seats in SMALL_BODY:
        extra = max(extra, 1)
    return seats + extra


def surplus_words(max_surplus: Fraction | int | None) -> Message:
    """The cap said in either language: "30%", "2 names", "30% (one name for 3 to 5 seats)"."""
    if isinstance(max_surplus, int) and not isinstance(max_surplus, bool):
        return Message("vote.word.surplus-names", count=max_surplus)
    if max_surplus is None:
        return Message("vote.word.surplus-default")
    return Message("vote.word.surplus-percent", percent=f"{float(max_surplus * 100):g}".replace(".", ","))


@dataclass(frozen=True)
class ListChange:
    """A withdrawal or floor nomination the congress decided by show of hands.

    `problem` is "" when the new list is within the surplus, "over_surplus" (an opinion ballot must
    decide who stays on) or "too_few" (fewer names than seats).
    """

    kind: str  # "withdrawal" | "nomination"
    name: str
    vote: VoteResult
    accepted: bool
    candidates: tuple[str, ...]  # the list after the decision
    problem: str = ""
    seats: int = 0
    limit: int = 0  # the longest list allowed

    @property
    def note(self) -> Message | None:
        """The problem said in either language (None when the list is fine)."""
        if not self.problem:
            return None
        return Message(f"vote.note.{self.problem}", got=len(self.candidates), seats=self.seats, limit=self.limit)


def decide_withdrawal(
    candidates: Sequence[str],
    name: str,
    rule: Rule,
    tally: ShowOfHands,
    attendance: Attendance,
    *,
    seats: int,
    max_surplus: Fraction | int | None = None,
) -> ListChange:
    """A candidate asks to withdraw; the name leaves the list only if the congress agrees."""
    names = _clean_names(candidates)
    if name not in names:
        raise CandidateListError("not-listed-withdraw", name=name)
    vote = decide_show_of_hands(rule, tally, attendance)
    after = tuple(n for n in names if n != name) if vote.passed else names
    return ListChange(
        "withdrawal",
        name,
        vote,
        vote.passed,
        after,
        _list_problem(seats, len(after), max_surplus),
        seats,
        max_candidates(seats, max_surplus),
    )


def decide_nomination(
    candidates: Sequence[str],
    name: str,
    rule: Rule,
    tally: ShowOfHands,
    attendance: Attendance,
    *,
    seats: int,
    max_surplus: Fraction | int | None = None,
) -> ListChange:
    """A name proposed from the floor joins the list only if the vote passes the rule (e.g. more than 30%)."""
    names = _clean_names(candidates)
    name = " ".join(name.split())
    if not name:
        raise CandidateListError("nominee-empty")
    if name in names:
        raise CandidateListError("already-listed", name=name)
    vote = decide_show_of_hands(rule, tally, attendance)
    after = names + (name,) if vote.passed else names
    return ListChange(
        "nomination",
        name,
        vote,
        vote.passed,
        after,
        _list_problem(seats, len(after), max_surplus),
        seats,
        max_candidates(seats, max_surplus),
    )


# ---------------------------------------------------------------------------------------------- helpers


def _round_terms(
    spec: ElectionSpec | RoundSetup | int, candidates: Sequence[str] | None, body: str
) -> tuple[int, tuple[str, ...], str, int]:
    if isinstance(spec, ElectionSpec):
        seats, listed, body, round_no = spec.seats, spec.candidates, body or spec.body, 1
    elif isinstance(spec, RoundSetup):
        seats, listed, body, round_no = spec.seats, spec.candidates, body or spec.body, spec.round_no
    else:
        seats, listed, round_no = spec, (), 1
    names = _clean_names(candidates if candidates is not None else listed)
    if isinstance(seats, bool) or not isinstance(seats, int) or seats < 1:
        raise BallotError("seats-whole", got=repr(seats))
    if not names:
        raise CandidateListError("list-empty")
    return seats, names, body, round_no


def _clean_names(names: Sequence[str]) -> tuple[str, ...]:
    cleaned = tuple(" ".join(n.split()) for n in names)
    if any(not n for n in cleaned):
        raise CandidateListError("list-blank-name")
    doubles = sorted(n for n, times in Counter(cleaned).items() if times > 1)
    if doubles:
        raise CandidateListError("list-twice", names=", ".join(doubles))
    return cleaned


def _check_count(count: BallotCount, names: tuple[str, ...]) -> None:
    for what, value in (("issued", count.issued), ("returned", count.returned), ("invalid", count.invalid)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise BallotError("count-whole", what=Message(f"vocabulary.figure.{what}"), got=repr(value))
    if count.invalid > count.returned:
        raise BallotError("invalid-over", invalid=count.invalid, returned=count.returned)
    strangers = [n for n in count.votes if n not in names]
    if strangers:
        raise BallotError("not-listed-votes", names=", ".join(strangers))
    for name, votes in count.votes.items():
        if isinstance(votes, bool) or not isinstance(votes, int) or votes < 0:
            raise BallotError("votes-whole", name=name, got=repr(votes))


def _check_votes_fit(count: BallotCount, seats: int) -> None:
    for name, votes in count.votes.items():
        if votes > count.valid:
            raise BallotError("votes-over-valid", name=name, votes=votes, valid=count.valid)
    # A valid ballot names at most as many people as there are seats.
    total = sum(count.votes.values())
    if total > count.valid * seats:
        raise BallotError("votes-over-total", total=total, valid=count.valid, seats=seats, most=count.valid * seats)


def _fill_seats(
    qualified: list[str], votes: Mapping[str, int], seats: int
) -> tuple[tuple[str, ...], tuple[str, ...], int]:
    """(elected, tied, seats the tied compete for). `qualified` is ranked and all over the threshold."""
    if len(qualified) <= seats or votes.get(qualified[seats], 0) < votes.get(qualified[seats - 1], 0):
        return tuple(qualified[:seats]), (), 0
    cut = votes.get(qualified[seats - 1], 0)
    above = tuple(n for n in qualified if votes.get(n, 0) > cut)
    tied = tuple(n for n in qualified if votes.get(n, 0) == cut)
    return above, tied, seats - len(above)


def _list_problem(seats: int, n_candidates: int, max_surplus: Fraction | int | None) -> str:
    if n_candidates < seats:
        return "too_few"
    return "over_surplus" if n_candidates > max_candidates(seats, max_surplus) else ""
