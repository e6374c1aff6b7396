"""The stations' journals read for reconciliation: by `presidium tally`, and by a counting window that
compares its own entries with the other stations' to show where they differ.

Each journal is opened read-only and its chain verified before its entries are believed; the stations
must have counted the same round (item, list, seats, rules). The comparison itself is
`core.counting.tally.reconcile`, the one the tally decides by.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from presidium.app.counting import CountingStation, find_count, station_record
from presidium.core.counting.messages import CountingError
from presidium.core.counting.paper import BallotPaper
from presidium.core.counting.result import StationRecord
from presidium.core.counting.station import StationState
from presidium.core.counting.tally import Difference, reconcile
from presidium.infra.journal import Journal

MAX_OTHERS = 4  # two or three stations is the practice; more is a mistaken selection


@dataclass(frozen=True)
class Station:
    """One station's count as the tally reads it: its verified record, its folded entries, its paper."""

    record: StationRecord
    state: StationState
    paper: BallotPaper


def read_station(path: str | os.PathLike[str], item: str, round_no: int) -> Station:
    """A station's count of the item and round, its chain verified (CountingError, JournalError)."""
    with Journal.open(path, readonly=True) as journal:
        run, state = find_count(journal, item, round_no)
        if state.paper is None:  # find_count only returns opened counts; say so rather than crash
            raise CountingError("counting.no-count", path=journal.path, item=item, round=round_no)
        return Station(station_record(journal, run), state, state.paper)


def load_stations(paths: Sequence[Path], item: str, round_no: int) -> list[Station]:
    """Every station's count, refused unless all counted the same round."""
    stations = [read_station(path, item, round_no) for path in paths]
    first = stations[0]
    for other in stations[1:]:
        if other.state.identity() != first.state.identity():
            raise CountingError(
                "counting.stations-other",
                first=first.record.name,
                what_first=first.paper.describe(),
                other=other.record.name,
                what_other=other.paper.describe(),
            )
    return stations


def read_others(station: CountingStation, paths: Sequence[Path]) -> list[Station]:
    """The other stations' counts of the round `station` is entering, refused unless they counted the
    same paper under the same rules (a station's own journal comes back as a station given twice)."""
    if not 1 <= len(paths) <= MAX_OTHERS:
        raise CountingError("counting.others-count", limit=MAX_OTHERS, got=len(paths))
    paper = station.paper
    own = {**paper.to_dict(), "rules": station.rules.to_dict()}
    others = [read_station(path, paper.item, paper.round_no) for path in paths]
    for other in others:
        if other.state.identity() != own:
            raise CountingError(
                "counting.stations-other",
                first=station.station,
                what_first=paper.describe(),
                other=other.record.name,
                what_other=other.paper.describe(),
            )
    differences_with(station, others)  # a station given twice is refused now, not at every ballot
    return others


def differences_with(station: CountingStation, others: Sequence[Station]) -> list[Difference]:
    """Where this station's entries, as they stand now, differ from the others' as they were read."""
    return reconcile([(station.station, station.state.entries), *((o.record.name, o.state.entries) for o in others)])
