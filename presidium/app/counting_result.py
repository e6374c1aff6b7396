"""The podium's side of a counting result file: read it, check it whole, turn it into a ballot.

`read_result` refuses (CountingError) a file that is not a result, one whose digest, station chains or
figures do not hold: the figures are counted again from the stations' entries (`core.counting.result`)
and each station's events are hashed again from the run's genesis, as the journal hashes them, to the
head hash the file names. `ballot_terms` says what `CongressSession.record_ballot` records: the same
ballot event as a typed counting record, with the stations and their head hashes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from presidium.core.catalogue.system import reason
from presidium.core.counting.messages import CountingError
from presidium.core.counting.result import Accepted, check_result
from presidium.core.events import chain_hash
from presidium.infra.journal import genesis_hash

MAX_RESULT = 64 * 1024 * 1024  # 3 stations × 100,000 ballots fit well under it


def read_result(path: str | Path) -> Accepted:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_RESULT:
            raise CountingError("counting.file-large", path=path, size=path.stat().st_size, limit=MAX_RESULT)
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CountingError("counting.result-unreadable", path=path, detail=reason(error)) from None
    accepted = check_result(document, str(path))
    for station in accepted.stations:
        head = station.genesis or genesis_hash(station.run, station.mode, station.fingerprint, station.started)
        for position, event in enumerate(station.events, start=1):
            if event.seq != position:
                head = ""
                break
            head = chain_hash(head, event)
        if head != station.head_hash or len(station.events) != station.head_seq:
            raise CountingError("counting.result-chain", path=path, station=station.name, head=station.head_hash[:16])
    return accepted


def ballot_terms(accepted: Accepted) -> dict[str, Any]:
    """The counting record the podium enters for this result (issued is the caller's to add)."""
    figures = accepted.figures
    return {
        "returned": figures.entered,
        "invalid": figures.invalid,
        "votes": dict(figures.votes),
        "stations": [station.stamp() for station in accepted.stations],
    }
