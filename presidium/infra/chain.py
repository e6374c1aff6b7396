"""The hash chain's rules: the genesis of a run (chain 1 and chain 2), what `verify` reports, and the
anchor a printed document carries. What the chain proves and what it does not: docs/architecture.md.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from presidium.core.events import canonical_json


@dataclass(frozen=True)
class Anchor:
    """What a printed document pins of the journal: the run, its number of events, its head hash
    and the program's fingerprint (`presidium verify --expect HEAD`)."""

    run: int
    events: int
    head: str
    fingerprint: str

    SHORT = 16  # hex digits of the head printed on paper: 64 bits

    @property
    def short_head(self) -> str:
        return self.head[: self.SHORT]


@dataclass(frozen=True)
class Verification:
    events: int  # events checked
    problem: str | None = None  # the first altered event (or run), None when intact; a Message (English str)
    run_id: int | None = None
    seq: int | None = None
    legacy: int = 0  # runs recorded before their record and order were chained (chain 1)

    @property
    def ok(self) -> bool:
        return self.problem is None


def genesis_hash(run_id: int, mode: str, fingerprint: str, started: float) -> str:
    """prev_hash of a run's first event: ties the chain to the run's identity and mode."""
    seed = canonical_json({"run": run_id, "mode": mode, "fingerprint": fingerprint, "started": float(started)})
    return hashlib.sha256(seed).hexdigest()


def genesis_hash_v2(
    run_id: int, mode: str, fingerprint: str, started: float, title: str, source: str, previous: str
) -> str:
    """Chain 2: the run's whole record, and the genesis of the run before it (`previous`, "" for the
    first), so relabelling a run, or removing or swapping one before another, breaks the chain."""
    seed = canonical_json(
        {
            "chain": 2,
            "run": run_id,
            "mode": mode,
            "fingerprint": fingerprint,
            "started": float(started),
            "title": title or "",
            "source": source or "",
            "previous": previous,
        }
    )
    return hashlib.sha256(seed).hexdigest()
