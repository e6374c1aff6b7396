"""Deciding what the hall reported, against the program's rules and the attendance in force.

The bridge between the run (raw figures as entered, attendance records) and the vote engine
(`votes`, `ballots`). The session calls it before a vote or ballot is journaled, so wrong numbers are
refused at the podium; the fold and the minutes call it to show each result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from presidium.core.ballots import (
    BallotCount,
    ElectionResult,
    ListChange,
    RoundSetup,
    count_election,
    decide_nomination,
    decide_withdrawal,
)
from presidium.core.program import DEFAULT_NOMINATE_RULE, DEFAULT_WITHDRAW_RULE, Item, Program, Rule
from presidium.core.records import Attendance, Recorded
from presidium.core.votes import (
    ShowOfHands,
    VoteError,
    VoteResult,
    decide_show_of_hands,
    resolve_base,
    threshold,
)


def rule_for(program: Program, item: Item | None, election: bool = False) -> Rule | None:
    """The rule an item names; for an item that names none (an inserted one), the program's usual rule."""
    if item is not None and item.vote is not None and item.vote.rule in program.rules:
        return program.rules[item.vote.rule]
    if item is not None and item.election is not None and item.election.rule in program.rules:
        return program.rules[item.election.rule]
    for name in ("election", "motion") if election else ("motion", "election"):
        if name in program.rules:
            return program.rules[name]
    return next(iter(program.rules.values()), None)


def attendance_for(record: Attendance | None, convened: int) -> Attendance:
    """The attendance a vote is decided on: the run's record in force (none recorded yet: all present)."""
    return record if record is not None else Attendance.hall(convened, convened)


@dataclass(frozen=True)
class Quorum:
    """Whether the congress may decide now, under the rule it names as its quorum ([congress] quorum)."""

    rule: Rule
    present: int
    convened: int
    needed: int

    @property
    def met(self) -> bool:
        return self.present >= self.needed


def quorum(program: Program, attendance_record: Attendance | None) -> Quorum | None:
    """The quorum with the attendance in force; None when the program names no quorum rule (or one
    that cannot be computed before a vote, on ballots cast)."""
    rule = program.rules.get(program.congress.quorum) if program.congress.quorum else None
    if rule is None or rule.base not in ("convened", "present"):
        return None
    attendance = attendance_for(attendance_record, program.congress.delegates_convened)
    base = resolve_base(rule.base, attendance, cast=attendance.present, valid=attendance.present)
    try:
        needed = threshold(rule, base)
    except VoteError:
        return None
    return Quorum(rule, attendance.present, attendance.convened, needed)


def decide_vote(
    program: Program,
    item: Item | None,
    raw: dict[str, Any],
    attendance_record: Attendance | None,
    candidates: Sequence[str] = (),
) -> VoteResult | ListChange:
    """A show of hands as entered (for/against/abstain or unanimous), decided; VoteError if it cannot be right.

    On an election item, a vote with `withdraw` or `nominate` NAME decides a change to the candidate
    list (`candidates`, the list as it stands) and gives a ListChange carrying the new list."""
    change = "withdraw" if raw.get("withdraw") else "nominate" if raw.get("nominate") else None
    if raw.get("rule"):
        rule = program.rules.get(raw["rule"])
    elif change is not None:
        rule = change_rule(program, item, change)
    else:
        rule = rule_for(program, item)
    if rule is None:
        raise VoteError("no-vote-rule")
    attendance = attendance_for(attendance_record, program.congress.delegates_convened)
    if raw.get("unanimous"):
        tally = ShowOfHands.all_in_favour(attendance)
    else:
        tally = ShowOfHands(int(raw.get("for") or 0), int(raw.get("against") or 0), int(raw.get("abstain") or 0))
    if change is None:
        return decide_show_of_hands(rule, tally, attendance)
    spec = item.election if item is not None else None
    if spec is None:
        raise VoteError("change-not-election")
    decide = decide_withdrawal if change == "withdraw" else decide_nomination
    return decide(candidates, str(raw[change]), rule, tally, attendance, seats=spec.seats, max_surplus=spec.max_surplus)


def change_rule(program: Program, item: Item | None, change: str) -> Rule:
    """The rule deciding a change to an election's list: the one the election names (`withdraw_rule`,
    `nominate_rule`), else the program's rule called `withdrawal` / `nomination`, else the default:
    more than half of the delegates present for a withdrawal, more than 30% of them for a nomination.
    Never the election's own rule: that one counts ballots, not hands on a change to the list."""
    spec = item.election if item is not None else None
    named = (spec.withdraw_rule if change == "withdraw" else spec.nominate_rule) if spec is not None else ""
    if named and named in program.rules:
        return program.rules[named]
    usual = "withdrawal" if change == "withdraw" else "nomination"
    if usual in program.rules:
        return program.rules[usual]
    return DEFAULT_WITHDRAW_RULE if change == "withdraw" else DEFAULT_NOMINATE_RULE


def candidate_list(item: Item | None, votes: Sequence[Recorded]) -> tuple[str, ...]:
    """An election item's candidates after the list changes decided so far (votes on that item)."""
    names = tuple(item.election.candidates) if item is not None and item.election else ()
    for record in votes:
        if isinstance(record.result, ListChange):
            names = record.result.candidates
    return names


def round_terms(
    item: Item | None, raw: dict[str, Any], previous: Sequence[ElectionResult], listed: Sequence[str] = ()
) -> RoundSetup:
    """Seats and names of the round being counted: as entered, else what the last round proposed, else
    the list as the congress approved it (or the names on the ballot when there is no list)."""
    spec = item.election if item is not None else None
    body = spec.body if spec else (item.title if item else "")
    last = previous[-1] if previous else None
    proposal = last.proposal if last is not None else None
    round_no = proposal.round_no if proposal else (last.round_no + 1 if last else 1)
    seats = raw.get("seats") or (proposal.seats if proposal else (spec.seats if spec else None))
    names = raw.get("candidates") or (proposal.candidates if proposal else tuple(listed))
    names = tuple(names) or tuple(raw.get("votes") or ())
    return RoundSetup(body, round_no, int(seats or len(names) or 1), names, proposal.reason if proposal else "")


def decide_ballot(
    program: Program,
    item: Item | None,
    raw: dict[str, Any],
    attendance_record: Attendance | None,
    previous: Sequence[ElectionResult] = (),
    listed: Sequence[str] | None = None,
) -> ElectionResult:
    """One secret-ballot round counted; VoteError (BallotError) if the counting record cannot be right."""
    rule = program.rules.get(raw["rule"]) if raw.get("rule") else rule_for(program, item, election=True)
    if rule is None:
        raise VoteError("no-election-rule")
    count = BallotCount(
        int(raw.get("issued") or 0),
        int(raw.get("returned") or 0),
        int(raw.get("invalid") or 0),
        {str(name): int(votes) for name, votes in (raw.get("votes") or {}).items()},
    )
    if listed is None:
        listed = item.election.candidates if item is not None and item.election else ()
    terms = round_terms(item, raw, previous, listed)
    attendance = attendance_for(attendance_record, program.congress.delegates_convened)
    return count_election(terms, rule, None, count, attendance, body=terms.body)
