"""The ballot paper of one round and what a ballot entered on it counts for.

A list with more names than seats has surplus: voters cross out names and keep at most as many as
there are seats. A list with exactly as many names as seats has no surplus: each name has the columns
"Đồng ý" and "Không đồng ý"; both or neither marked does not count for that name, and the ballot stays
valid. `judge` applies the program's `ValidityRules`; a ballot the rules make invalid is invalid
whatever the operator thought.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from presidium.core.catalogue import Message
from presidium.core.counting.entries import Entry
from presidium.core.counting.messages import CountingError
from presidium.core.counting.rules import ValidityRules


@dataclass(frozen=True)
class BallotPaper:
    """What is printed on the ballot: the body, the round, the seats and the names in ballot order."""

    item: str
    body: str
    round_no: int
    seats: int
    candidates: tuple[str, ...]

    @property
    def surplus(self) -> bool:
        return len(self.candidates) > self.seats

    def to_dict(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "body": self.body,
            "round": self.round_no,
            "seats": self.seats,
            "candidates": list(self.candidates),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BallotPaper:
        return cls(
            str(data["item"]),
            str(data.get("body", "")),
            int(data.get("round", 1)),
            int(data["seats"]),
            tuple(str(name) for name in data["candidates"]),
        )

    def describe(self) -> Message:
        return Message(
            "counting.paper", item=self.item, round=self.round_no, seats=self.seats, count=len(self.candidates)
        )


@dataclass(frozen=True)
class Judged:
    """A ballot as the rules count it: valid or not (and why), and the names it counts for."""

    entry: Entry
    valid: bool
    reason: str = ""  # an invalid ballot's reason code (rules.REASONS)
    votes: tuple[int, ...] = ()  # 1-based numbers of the names the ballot counts for
    not_counted: tuple[int, ...] = ()  # no surplus: names with neither or both boxes


def judge(entry: Entry, paper: BallotPaper, rules: ValidityRules) -> Judged:
    """What `entry` counts for on `paper`; CountingError when the entry cannot be on this paper."""
    check(entry, paper, rules)
    count = len(paper.candidates)
    if entry.form == "invalid":
        return Judged(entry, False, entry.reason)
    if entry.form == "struck":
        kept = tuple(n for n in range(1, count + 1) if n not in entry.marks)
        if rules.none_kept and not kept:
            return Judged(entry, False, "none-kept")
        if rules.over_seats and len(kept) > paper.seats:
            return Judged(entry, False, "over-seats")
        return Judged(entry, True, votes=kept)
    agreed = tuple(n for n in range(1, count + 1) if n not in entry.marks and n not in entry.blank)
    return Judged(entry, True, votes=agreed, not_counted=tuple(sorted(entry.blank)))


def check(entry: Entry, paper: BallotPaper, rules: ValidityRules) -> None:
    """CountingError when the entry does not fit the paper (wrong form, no such name, unknown reason)."""
    number = entry.number
    if entry.form == "invalid":
        if entry.reason not in rules.reasons:
            raise CountingError(
                "counting.reason-unknown", number=number, got=entry.reason, reasons=", ".join(rules.reasons)
            )
        return
    if entry.form == "struck" and not paper.surplus:
        raise CountingError("counting.form-no-surplus", number=number)
    if entry.form == "disagree" and paper.surplus:
        raise CountingError("counting.form-surplus", number=number)
    for name in entry.marks + entry.blank:
        if not 1 <= name <= len(paper.candidates):
            raise CountingError("counting.name-range", number=number, count=len(paper.candidates), got=name)
