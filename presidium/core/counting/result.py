"""The reconciled result file that goes from the counting committee to the podium.

It carries the ballot paper, the rules, the figures, and each station's journal events with the run
id and the head hash of its chain, so the podium can count again from the entries themselves and
refuse a file whose figures, events or digest were changed (`check_result`). The head hashes are
also printed on the entry log and the counting record, which the committee signs: a file rebuilt
with new hashes does not match the paper.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from presidium.core.catalogue import Message
from presidium.core.counting.messages import CountingError
from presidium.core.counting.paper import BallotPaper
from presidium.core.counting.rules import ValidityRules
from presidium.core.counting.station import fold_station
from presidium.core.counting.tally import Tally, reconcile, tally
from presidium.core.events import Event, canonical_json

KIND = "presidium-counting-result"
FORMAT = 1
MAX_ISSUED = 99_999


@dataclass(frozen=True)
class StationRecord:
    """One station's journal as the result carries it."""

    name: str
    run: int
    mode: str
    fingerprint: str
    started: float
    head_seq: int
    head_hash: str
    events: tuple[Event, ...]
    # The hash the station's first event is chained to. The journal derives it from the run's whole record
    # and the run before it (infra/chain.py); the file carries it so the podium can hash the events again
    # up to head_hash. "" in a file written before it was carried: the first chain's genesis then.
    genesis: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "run": self.run,
            "mode": self.mode,
            "fingerprint": self.fingerprint,
            "started": self.started,
            "head_seq": self.head_seq,
            "head_hash": self.head_hash,
            "genesis": self.genesis,
            "events": [{"seq": e.seq, "kind": e.kind, "at": e.at, "payload": e.payload} for e in self.events],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StationRecord:
        events = tuple(Event(int(e["seq"]), str(e["kind"]), float(e["at"]), dict(e["payload"])) for e in data["events"])
        return cls(
            str(data["name"]),
            int(data["run"]),
            str(data["mode"]),
            str(data["fingerprint"]),
            float(data["started"]),
            int(data["head_seq"]),
            str(data["head_hash"]),
            events,
            str(data.get("genesis", "")),
        )

    def stamp(self) -> dict[str, Any]:
        """What the podium journals and the counting record prints: the station and its chain's head."""
        return {"name": self.name, "run": self.run, "head_seq": self.head_seq, "head_hash": self.head_hash}


def digest(document: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json({k: v for k, v in document.items() if k != "digest"})).hexdigest()


def result_document(
    fingerprint: str,
    paper: BallotPaper,
    rules: ValidityRules,
    figures: Tally,
    stations: Sequence[StationRecord],
    issued: int | None,
) -> dict[str, Any]:
    document = {
        "kind": KIND,
        "format": FORMAT,
        "program": fingerprint,
        "paper": paper.to_dict(),
        "rules": rules.to_dict(),
        "issued": issued,
        "figures": figures.to_dict(),
        "stations": [station.to_dict() for station in stations],
    }
    document["digest"] = digest(document)
    return document


@dataclass(frozen=True)
class Accepted:
    """A result file that passed every check: what the podium records."""

    paper: BallotPaper
    figures: Tally
    issued: int | None
    stations: tuple[StationRecord, ...]
    program: str


def check_result(document: Any, path: str) -> Accepted:
    """CountingError unless the document is whole: its digest, its stations agreeing ballot by ballot on
    the same paper, and its figures exactly those counted again from the stations' entries. (The chains
    of the stations' events are checked by the app, which knows the journal's hashing.)"""
    if not isinstance(document, dict) or document.get("kind") != KIND:
        raise CountingError("counting.result-not", path=path)
    if document.get("digest") != digest(document):
        raise CountingError("counting.result-altered", path=path)
    try:
        stations = tuple(StationRecord.from_dict(s) for s in document["stations"])
        paper = BallotPaper.from_dict(document["paper"])
        rules = ValidityRules.from_dict(document["rules"])
        issued = document.get("issued")
        states = [fold_station(s.events) for s in stations]
    except (KeyError, TypeError, ValueError, CountingError):
        raise CountingError("counting.result-not", path=path) from None
    if issued is not None and (
        isinstance(issued, bool) or not isinstance(issued, int) or not 0 <= issued <= MAX_ISSUED
    ):
        raise CountingError("counting.result-not", path=path)
    for record, state in zip(stations, states, strict=True):
        if state.paper != paper or state.rules != rules or state.station != record.name:
            raise CountingError("counting.result-figures", path=path, what=record.name)
    if reconcile([(s.name, st.entries) for s, st in zip(stations, states, strict=True)]):
        raise CountingError("counting.result-figures", path=path, what=Message("counting.what-reconciliation"))
    figures = tally(paper, rules, states[0].entries)
    if figures.to_dict() != document.get("figures"):
        raise CountingError("counting.result-figures", path=path, what=Message("counting.what-figures"))
    return Accepted(paper, figures, issued, stations, str(document.get("program", "")))
