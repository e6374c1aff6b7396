"""Resuming a run from its last checkpoint: fold only the events after it (docs/architecture.md,
"Checkpoints"). Every `CHECKPOINT_EVERY`-th event carries the folded state in its transaction, so
reopening a long run reads one checkpoint and at most that many events, whatever the run's length.
"""

from __future__ import annotations

import logging

from presidium.core.checkpoint import CheckpointError, Encoder, decode_state
from presidium.core.events import Event
from presidium.core.program import Program
from presidium.core.run import RunState, fold
from presidium.core.run_messages import InvalidAction
from presidium.infra.chain import Verification
from presidium.infra.checkpoints import Checkpoint, code_version
from presidium.infra.journal import Journal, JournalError, RunRecord

log = logging.getLogger(__name__)

# Events between checkpoints: at most this many are folded on reopening (~15 ms for 500 on the bench
# machine), and a checkpoint costs one encoding of the state every this many actions.
CHECKPOINT_EVERY = 500


def checkpoint_after(event: Event, state: RunState, last: int, encoder: Encoder) -> Checkpoint | None:
    """The checkpoint to write with the event that led to `state`, when `CHECKPOINT_EVERY` events have
    been recorded since the last one (`last`: its seq). Not with a `reopened` event: the window is
    coming up then, and the next action takes it. Never stops an action: a state that cannot be
    encoded is simply not checkpointed. `encoder`: the session's, which reuses what the last
    checkpoint encoded (a long run's logs only grow)."""
    if state.last_seq - last < CHECKPOINT_EVERY or event.kind == "reopened" or not state.program.fingerprint:
        return None
    try:
        return Checkpoint(state.last_seq, code_version(), "", encoder.encode(state))
    except (CheckpointError, ValueError, TypeError):
        log.exception("no checkpoint after event %s", state.last_seq)
        return None


def resume(journal: Journal, record: RunRecord, program: Program) -> tuple[RunState, Verification, int]:
    """The run's state, the check of its chain and the seq of the checkpoint resumed from (0: none):
    from the latest trusted checkpoint when there is one (the chain checked from it on), else every
    event folded and checked."""
    start = _trusted_start(journal, record, program)
    if start is None:
        check = journal.verify(record.id)
        return replayed(program, journal.events(record.id), record.id), check, 0
    state, checkpoint = start
    check = journal.verify_since(checkpoint, record.id)
    return replayed(program, journal.events(record.id, after=checkpoint.seq), record.id, state), check, checkpoint.seq


def _trusted_start(journal: Journal, record: RunRecord, program: Program) -> tuple[RunState, Checkpoint] | None:
    if not program.fingerprint or record.fingerprint != program.fingerprint:
        return None  # another version of the program: its items are not the checkpoint's
    checkpoint = journal.checkpoint(record.id, code_version())
    if checkpoint is None:
        return None
    try:
        state = decode_state(checkpoint.state, program)
    except CheckpointError as error:
        log.warning("checkpoint of run %s at event %s ignored: %s", record.id, checkpoint.seq, error)
        return None
    if state.last_seq != checkpoint.seq:
        return None
    return state, checkpoint


def replayed(program: Program, events: list[Event], run_id: int, start: RunState | None = None) -> RunState:
    try:
        return fold(program, events, start)
    except InvalidAction as error:
        raise JournalError("not-replayable", run=run_id, reason=error) from None
