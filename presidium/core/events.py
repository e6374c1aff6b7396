"""Events: the only way a run changes. The run state is a fold over them (see run.py)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from presidium.core.run_messages import InvalidAction  # noqa: F401  (re-exported: raised by the fold)

# Every kind the fold understands. `reopened` is appended by the app itself when a run is resumed
# after the app was down; `undo` reverses the navigation event just before it; `clock` records a gap
# the elapsed clock missed (a sleeping laptop) when the app re-anchored on the wall clock.
KINDS: tuple[str, ...] = (
    "start",
    "next",
    "back",
    "pause",
    "resume",
    "skip",
    "goto",
    "insert",
    "card",
    "note",
    "present",
    "convened",
    "vote",
    "ballot",
    "finish",
    "reopened",
    "undo",
    "speaker",
    "speaker-done",
    "speaker-absent",
    "speaker-written",
    "speaker-floor",
    "speaker-move",
    "clock",
)
NOTE_CATEGORIES: tuple[str, ...] = ("time", "procedure", "technical", "personnel", "other")
# Navigation events that undo_last() may take back.
UNDOABLE: tuple[str, ...] = ("next", "back", "skip", "goto")


@dataclass(frozen=True)
class Event:
    seq: int  # 1, 2, 3 … within one run
    kind: str
    at: float  # UTC epoch seconds
    payload: dict[str, Any] = field(default_factory=dict)

    def canonical(self) -> bytes:
        """The bytes the journal hashes: stable key order, no whitespace, UTF-8."""
        # float(): the journal stores `at` as REAL, so an int here must hash as it will read back.
        return canonical_json({"seq": self.seq, "kind": self.kind, "at": float(self.at), "payload": self.payload})


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def normalized(payload: dict[str, Any]) -> dict[str, Any]:
    """The payload exactly as it will read back from the journal (tuples become lists, etc.), so the
    state folded before writing equals the state folded on replay."""
    read_back: dict[str, Any] = json.loads(canonical_json(payload))
    return read_back


def chain_hash(prev_hash: str, event: Event) -> str:
    return hashlib.sha256(prev_hash.encode() + event.canonical()).hexdigest()
