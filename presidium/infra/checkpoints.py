"""What the journal keeps of a checkpoint, and which code may trust it.

A checkpoint is the folded state of a run after one of its events (core.checkpoint's text), written
in the same transaction as that event. It is trusted only when the event still has the hash it had
then and the checkpoint was written by the same fold code (`code_version`): a checkpoint of an older
or newer Presidium, or of a state whose event was altered since, is ignored and every event folded.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import presidium

# The modules whose code decides what a folded state is: a change to any of them is a new version.
_FOLD_MODULES = ("run.py", "records.py", "speakers.py", "votes.py", "ballots.py", "decisions.py", "checkpoint.py",
                 "program.py", "events.py")


@dataclass(frozen=True)
class Checkpoint:
    """A run's folded state after event `seq`, written by code `version` when the event's hash was
    `event_hash` ("" for one not yet written)."""

    seq: int
    version: str
    event_hash: str
    state: str


@lru_cache(maxsize=1)
def code_version() -> str:
    """The package's version, the encoding's format and a digest of the fold's source files (in a
    self-contained build without sources, the version and format alone)."""
    from presidium.core.checkpoint import FORMAT

    digest = hashlib.sha256()
    core = Path(presidium.__file__).parent / "core"
    for name in _FOLD_MODULES:
        try:
            digest.update(name.encode() + b"\0" + (core / name).read_bytes())
        except OSError:
            digest.update(name.encode() + b"\0-")
    return f"{presidium.__version__}/{FORMAT}/{digest.hexdigest()[:16]}"
