"""What the journal keeps of a checkpoint, and which code may trust it.

A checkpoint is the folded state of a run after one of its events (core.checkpoint's text), written
in the same transaction as that event. It is trusted only when the event still has the hash it had
then and the checkpoint was written by the same fold code (`code_version`): a checkpoint of an older
or newer Presidium, or of a state whose event was altered since, is ignored and every event folded.
"""

from __future__ import annotations

import hashlib
import importlib
import marshal
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import CodeType, ModuleType
from typing import Protocol, runtime_checkable

import presidium

# The modules whose code decides what a folded state is: a change to any of them is a new version.
_FOLD_MODULES = ("run", "records", "speakers", "votes", "ballots", "decisions", "checkpoint", "program", "events")


@runtime_checkable
class _CodeLoader(Protocol):
    """A loader that hands out a module's compiled code (the standard library's and PyInstaller's do,
    without sharing a base class)."""

    def get_code(self, fullname: str) -> CodeType | None: ...


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
    """The package's version, the encoding's format and a digest of the fold's modules: their source
    files, or in a self-contained build (no sources) their compiled code."""
    from presidium.core.checkpoint import FORMAT

    digest = hashlib.sha256()
    for name in _FOLD_MODULES:
        module = importlib.import_module(f"presidium.core.{name}")
        digest.update(name.encode() + b"\0" + _code_of(module))
    return f"{presidium.__version__}/{FORMAT}/{digest.hexdigest()[:16]}"


def _code_of(module: ModuleType) -> bytes:
    source = module.__file__ or ""
    if source.endswith(".py"):
        try:
            return Path(source).read_bytes()
        except OSError:
            pass
    loader = module.__spec__.loader if module.__spec__ is not None else None
    if not isinstance(loader, _CodeLoader):
        return b"-"
    try:  # a frozen build's loader hands out the compiled code
        code = loader.get_code(module.__name__)
        return marshal.dumps(code) if code is not None else b"-"
    except Exception:
        return b"-"
