"""Counting the entered ballots, and reconciling the stations ballot by ballot.

`tally` turns one station's entries into the counting committee's figures: ballots entered, valid,
invalid by reason, votes per name. `reconcile` compares two or three stations: a ballot entered
differently, or missing at one of them, is a `Difference` naming the ballot and what each station
entered; a result exists only when there is none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from presidium.core.catalogue import text
from presidium.core.counting.entries import Entry
from presidium.core.counting.messages import CountingError
from presidium.core.counting.paper import BallotPaper, judge
from presidium.core.counting.rules import ValidityRules


@dataclass(frozen=True)
class Tally:
    entered: int
    valid: int
    invalid: int
    invalid_reasons: dict[str, int] = field(default_factory=dict)  # reason code -> ballots
    votes: dict[str, int] = field(default_factory=dict)  # name -> votes, in ballot order
    not_counted: dict[str, int] = field(default_factory=dict)  # no surplus: both or neither box, per name

    def to_dict(self) -> dict[str, Any]:
        return {
            "entered": self.entered,
            "valid": self.valid,
            "invalid": self.invalid,
            "invalid_reasons": dict(self.invalid_reasons),
            "votes": dict(self.votes),
            "not_counted": dict(self.not_counted),
        }


def tally(paper: BallotPaper, rules: ValidityRules, entries: Mapping[int, Entry]) -> Tally:
    votes = [0] * (len(paper.candidates) + 1)
    blanks = [0] * (len(paper.candidates) + 1)
    reasons: Counter[str] = Counter()
    valid = 0
    for number in sorted(entries):
        judged = judge(entries[number], paper, rules)
        if not judged.valid:
            reasons[judged.reason] += 1
            continue
        valid += 1
        for name in judged.votes:
            votes[name] += 1
        for name in judged.not_counted:
            blanks[name] += 1
    names = paper.candidates
    invalid = sum(reasons.values())
    order = list(rules.reasons) + ["over-seats", "none-kept"]
    by_reason = {
        code: reasons[code] for code in sorted(reasons, key=lambda c: (order.index(c) if c in order else 99, c))
    }
    return Tally(
        len(entries),
        valid,
        invalid,
        by_reason,
        {n: votes[i] for i, n in enumerate(names, start=1)},
        {n: blanks[i] for i, n in enumerate(names, start=1) if blanks[i]} if not paper.surplus else {},
    )


@dataclass(frozen=True)
class Difference:
    """A ballot the stations did not enter alike: station name -> its entry (None: not entered)."""

    number: int
    entered: dict[str, Entry | None]

    def describe(self, lang: str = "vi") -> str:
        missing = text("counting.missing-entry", lang)
        parts = [f"{station}: {entry.text() if entry else missing}" for station, entry in self.entered.items()]
        return f"{self.number}  " + " | ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "entered": {s: (e.text() if e else None) for s, e in self.entered.items()}}


def reconcile(stations: Sequence[tuple[str, Mapping[int, Entry]]]) -> list[Difference]:
    """Every ballot number where the stations' entries are not the same, in number order."""
    if len(stations) < 2:
        raise CountingError("counting.stations-few")
    seen: set[str] = set()
    for name, _ in stations:
        if name in seen:
            raise CountingError("counting.station-twice", station=name)
        seen.add(name)
    numbers = sorted(set().union(*(entries.keys() for _, entries in stations)))
    differences = []
    for number in numbers:
        row = {name: entries.get(number) for name, entries in stations}
        first = next(iter(row.values()))
        if first is None or any(not first.same(other) for other in row.values()):
            differences.append(Difference(number, row))
    return differences
