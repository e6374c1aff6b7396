"""The run state machine: RunState is a pure fold over events, `apply(state, event)`.

Nothing here reads a clock: every time comes from an event's `at`. Resuming after a crash is
`fold(program, journal_events)`. Invalid actions raise InvalidAction with a reason for the chair.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import tzinfo

from presidium.core.ballots import ElectionResult
from presidium.core.decisions import candidate_list, decide_ballot, decide_vote
from presidium.core.events import NOTE_CATEGORIES, UNDOABLE, Event
from presidium.core.program import ITEM_KINDS, Item, Program
from presidium.core.records import (
    Attendance,
    CardUse,
    ClockJump,
    Gap,
    ItemRun,
    Logs,
    Move,
    Note,
    PauseSpan,
    Recorded,
)
from presidium.core.run_messages import InvalidAction
from presidium.core.speakers import SPEAKER_KINDS, SpeakerError, SpeakerQueue, apply_speaker_event
from presidium.core.votes import VoteError
from presidium.core.zone import zone_info

STATUSES = ("ready", "running", "paused", "finished")


@dataclass(frozen=True)
class RunState:
    program: Program = field(compare=False, repr=False)
    status: str  # ready | running | paused | finished
    order: tuple[str, ...]  # the running order, after reorders and insertions
    position: int  # index of the current item in `order`; -1 before start
    items: dict[str, ItemRun]
    started_at: float | None = None
    finished_at: float | None = None
    paused_since: float | None = None
    paused_total: float = 0.0  # closed pauses only; timers add the open one
    last_seq: int = 0
    last_at: float | None = None
    logs: Logs = Logs()
    speakers: dict[str, SpeakerQueue] = field(default_factory=dict)  # discussion item id -> its queue
    # The run's time zone, from its start event (None for runs recorded before zones were kept).
    zone_name: str | None = None
    utc_offset: int | None = None
    # (seq of the last navigation event, state before it): what `undo` restores.
    undo_point: tuple[int, RunState] | None = field(default=None, compare=False, repr=False)

    # --- read API for the screen ---------------------------------------------------------
    @property
    def zone(self) -> tzinfo | None:
        """The zone the run's clock times are said in (core.zone); None: this machine's."""
        return zone_info(self.zone_name, self.utc_offset)

    @property
    def started(self) -> bool:
        return self.status != "ready"

    @property
    def paused(self) -> bool:
        return self.status == "paused"

    @property
    def finished(self) -> bool:
        return self.status == "finished"

    @property
    def current(self) -> ItemRun | None:
        if self.position < 0 or self.finished:
            return None
        return self.items[self.order[self.position]]

    @property
    def current_item(self) -> Item | None:
        current = self.current
        return current.item if current else None

    @property
    def next_item(self) -> Item | None:
        """What `next` would open: the first item before start, else the next pending one."""
        if self.finished:
            return None
        index = self._next_pending()
        return self.items[self.order[index]].item if index is not None else None

    @property
    def attendance(self) -> Attendance | None:
        return self.logs.attendance[-1] if self.logs.attendance else None

    @property
    def convened_in_force(self) -> int:
        """Delegates convened now: the last credentials figures or correction, else the program's number."""
        attendance = self.attendance
        return attendance.convened if attendance else self.program.congress.delegates_convened

    @property
    def present_in_force(self) -> int:
        """Delegates present now: the last credentials figures; before any, all those convened."""
        attendance = self.attendance
        return attendance.present if attendance else self.convened_in_force

    def earlier_rounds(self, item_id: str | None) -> list[ElectionResult]:
        """The decided ballots already held on an item, in order: what the next round is computed from."""
        return [b.result for b in self.logs.ballots if b.item_id == item_id and isinstance(b.result, ElectionResult)]

    @property
    def votes(self) -> tuple[Recorded, ...]:
        return self.logs.votes

    @property
    def ballots(self) -> tuple[Recorded, ...]:
        return self.logs.ballots

    def candidates(self, item_id: str) -> tuple[str, ...]:
        """An election item's candidate list after the withdrawals and nominations decided so far."""
        return candidate_list(self.items[item_id].item, [v for v in self.logs.votes if v.item_id == item_id])

    def speaker_queue(self, item_id: str | None = None) -> SpeakerQueue | None:
        """The speaker queue of a discussion item (default: the current one); None for other kinds."""
        item_id = item_id or (self.current.id if self.current else None)
        if item_id is None or item_id not in self.items:
            return None
        if item_id in self.speakers:
            return self.speakers[item_id]
        item = self.items[item_id].item
        return SpeakerQueue.for_item(item) if item.kind == "discussion" else None

    def statuses(self) -> dict[str, str]:
        """item id -> pending | current | done | skipped, in running order."""
        return {item_id: self.items[item_id].status for item_id in self.order}

    def in_order(self) -> tuple[ItemRun, ...]:
        return tuple(self.items[item_id] for item_id in self.order)

    def _next_pending(self) -> int | None:
        for index in range(self.position + 1, len(self.order)):
            if self.items[self.order[index]].status == "pending":
                return index
        return None

    def snapshot(self) -> dict[str, object]:
        """A plain, comparable picture of the state (used to prove resume gives the same state)."""
        return {
            "status": self.status,
            "order": list(self.order),
            "position": self.position,
            "items": {
                i: [r.status, r.first_started, r.last_ended, r.spent, r.segment_start, r.segment_paused, r.visits]
                for i, r in self.items.items()
            },
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "paused_since": self.paused_since,
            "paused_total": self.paused_total,
            "last_seq": self.last_seq,
            "last_at": self.last_at,
            "logs": {name: len(getattr(self.logs, name)) for name in Logs.__dataclass_fields__},
            "speakers": {
                i: [(t.name, t.status, t.started, t.ended, t.paused, t.paused_since) for t in q.turns]
                for i, q in self.speakers.items()
            },
        }


def initial_state(program: Program) -> RunState:
    items = {slot.item.id: ItemRun(item=slot.item, session_id=slot.session.id) for slot in program.schedule}
    return RunState(program=program, status="ready", order=tuple(items), position=-1, items=items)


def fold(program: Program, events: Iterable[Event], start: RunState | None = None) -> RunState:
    """`start`: the state after the events before `events` (a checkpoint), else the run's beginning."""
    state = start if start is not None else initial_state(program)
    for event in events:
        state = apply(state, event)
    return state


def apply(state: RunState, event: Event) -> RunState:
    """The state after `event`, or InvalidAction saying why it cannot happen now."""
    handler = _HANDLERS.get(event.kind)
    if handler is None:
        raise InvalidAction("unknown-action", kind=event.kind)
    if event.seq != state.last_seq + 1:
        raise InvalidAction("sequence", seq=event.seq, expected=state.last_seq + 1)
    if state.last_at is not None and event.at < state.last_at:
        raise InvalidAction("backwards", at=event.at, last=state.last_at)
    if state.finished:
        raise InvalidAction("finished", action=event.kind)
    if state.status == "ready" and event.kind != "start":
        raise InvalidAction("not-started", action=event.kind)
    new = _keep_speakers_in_step(state, handler(state, event), event)
    undo_point = (event.seq, replace(state, undo_point=None)) if event.kind in UNDOABLE else None
    return replace(new, last_seq=event.seq, last_at=event.at, undo_point=undo_point)


def _keep_speakers_in_step(before: RunState, after: RunState, event: Event) -> RunState:
    """A pause stops the speaker's clock too; leaving a discussion item ends whoever was speaking."""
    left = before.current
    if left is None or left.id not in after.speakers:
        return after
    queue = after.speakers[left.id]
    if event.kind in ("pause", "resume") and after.current is not None and after.current.id == left.id:
        queue = apply_speaker_event(queue, event.kind, {}, event.at)
    elif (after.current is None or after.current.id != left.id) and queue.current is not None:
        if before.paused:  # the item is left straight from a pause: close that pause first
            queue = apply_speaker_event(queue, "resume", {}, event.at)
        queue = apply_speaker_event(queue, "speaker-done", {}, event.at)
    else:
        return after
    return replace(after, speakers={**after.speakers, left.id: queue})


# --- helpers ---------------------------------------------------------------------------------
def _title(state: RunState, item_id: str) -> str:
    return state.items[item_id].item.title


def _here(state: RunState) -> ItemRun:
    """The current item, for a handler: `apply` refuses every event but `start` before the run starts
    and every event after it finishes, so between the two there always is one."""
    current = state.current
    if current is None:
        raise InvalidAction("not-started", action="?")
    return current


def _moving(state: RunState, action: str) -> None:
    if state.paused:
        raise InvalidAction("paused", action=action)


def _items(state: RunState, *runs: ItemRun) -> dict[str, ItemRun]:
    """The state's item runs with `runs` put in place (the state itself is never changed)."""
    items = dict(state.items)
    for run in runs:
        items[run.id] = run
    return items


def _payload_item(state: RunState, payload: Mapping[str, object], action: str) -> str | None:
    item_id = payload.get("item")
    if item_id is None:
        current = state.current
        return current.id if current else None
    if not isinstance(item_id, str) or item_id not in state.items:
        raise InvalidAction("unknown-item", action=action, id=item_id)
    return item_id


def _count(payload: Mapping[str, object], key: str, action: str) -> int:
    value = payload.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidAction("bad-count", action=action, field=key, got=repr(value))
    return value


def _optional_count(payload: Mapping[str, object], key: str, action: str) -> int | None:
    """A count the payload may leave out (None then); when given, checked like `_count`."""
    return None if payload.get(key) is None else _count(payload, key, action)


# --- handlers: (state, event) -> state; checks first, then the change ---------------------------
def _start(state: RunState, event: Event) -> RunState:
    if state.started:
        raise InvalidAction("already-started")
    if not state.order:
        raise InvalidAction("no-items")
    first = state.items[state.order[0]].opened(event.at)
    zone, offset = event.payload.get("tz"), event.payload.get("utc_offset")
    return replace(
        state,
        items=_items(state, first),
        status="running",
        position=0,
        started_at=event.at,
        zone_name=zone if isinstance(zone, str) else None,
        utc_offset=int(offset) if isinstance(offset, (int, float)) else None,
    )


def _next(state: RunState, event: Event) -> RunState:
    _moving(state, "next")
    index = state._next_pending()
    if index is None:
        raise InvalidAction("last-item", title=_title(state, _here(state).id))
    return replace(
        state,
        items=_items(state, _here(state).closed(event.at, "done"), state.items[state.order[index]].opened(event.at)),
        position=index,
    )


def _back(state: RunState, event: Event) -> RunState:
    _moving(state, "back")
    if state.position == 0:
        raise InvalidAction("first-item", title=_title(state, _here(state).id))
    previous = state.items[state.order[state.position - 1]]
    return replace(
        state,
        items=_items(state, _here(state).closed(event.at, "pending"), previous.opened(event.at)),
        position=state.position - 1,
    )


def _skip(state: RunState, event: Event) -> RunState:
    target = event.payload.get("item")
    current = _here(state)
    if target is None or target == current.id:
        _moving(state, "skip")
        index = state._next_pending()
        if index is None:
            raise InvalidAction("skip-last", title=_title(state, current.id))
        skipped = replace(current.closed(event.at, "skipped"), skipped_at=event.at)
        return replace(
            state, items=_items(state, skipped, state.items[state.order[index]].opened(event.at)), position=index
        )
    if target not in state.items:
        raise InvalidAction("unknown-item", action="skip", id=target)
    run = state.items[target]
    if run.status != "pending":
        raise InvalidAction("not-pending", title=_title(state, target), status=run.status)
    return replace(state, items=_items(state, replace(run, status="skipped", skipped_at=event.at)))


def _goto(state: RunState, event: Event) -> RunState:
    _moving(state, "goto")
    target = event.payload.get("item")
    if target not in state.items:
        raise InvalidAction("unknown-item", action="goto", id=target)
    current = _here(state)
    if target == current.id:
        raise InvalidAction("already-current", title=_title(state, target))
    from_index = state.order.index(target)
    order = [item_id for item_id in state.order if item_id != target]
    to_index = order.index(current.id) + 1
    order.insert(to_index, target)
    planned = state.program.slot(target).index if state.program.has_item(target) else None
    move = Move(target, from_index, to_index, planned, event.at, event.seq)
    return replace(
        state,
        items=_items(state, current.closed(event.at, "done"), state.items[target].opened(event.at)),
        order=tuple(order),
        position=to_index,
        logs=state.logs.add("moves", move),
    )


def _insert(state: RunState, event: Event) -> RunState:
    payload = event.payload
    title = str(payload.get("title") or "").strip()
    kind = payload.get("kind") or "procedure"
    duration = payload.get("duration")
    item_id = str(payload.get("id") or f"inserted-{event.seq}")
    if not title:
        raise InvalidAction("no-title")
    if kind not in ITEM_KINDS:
        raise InvalidAction("bad-kind", kind=kind, allowed=", ".join(ITEM_KINDS))
    if not isinstance(duration, int) or isinstance(duration, bool) or duration <= 0:
        raise InvalidAction("bad-duration", title=title)
    if item_id in state.items:
        raise InvalidAction("duplicate-id", id=item_id)
    item = Item(id=item_id, title=title, kind=kind, duration=duration)
    run = ItemRun(item=item, session_id=_here(state).session_id, inserted=True)
    order = list(state.order)
    order.insert(state.position + 1, item_id)
    return replace(state, items=_items(state, run), order=tuple(order))


def _card(state: RunState, event: Event) -> RunState:
    card_id = event.payload.get("card")
    try:
        card = state.program.card(str(card_id))
    except KeyError:
        raise InvalidAction("unknown-card", id=card_id) from None
    use = CardUse(card.id, card.title, _here(state).id, event.at, event.seq)
    return replace(state, logs=state.logs.add("cards", use))


def _note(state: RunState, event: Event) -> RunState:
    text = str(event.payload.get("text") or "").strip()
    category = event.payload.get("category") or "other"
    if not text:
        raise InvalidAction("empty-note")
    if category not in NOTE_CATEGORIES:
        raise InvalidAction("bad-category", category=category, allowed=", ".join(NOTE_CATEGORIES))
    note = Note(text, category, _here(state).id, event.at, event.seq)
    return replace(state, logs=state.logs.add("notes", note))


def _present(state: RunState, event: Event) -> RunState:
    payload = event.payload
    present = _count(payload, "present", "present")
    convened = _optional_count(payload, "convened", "present")
    if convened is None:  # the number convened in force: the program's, or its last correction
        convened = state.convened_in_force
    absent = _optional_count(payload, "absent", "present")
    absent = convened - present if absent is None else absent
    excused = _optional_count(payload, "excused", "present") or 0
    with_reason = _optional_count(payload, "with_reason", "present") or 0
    alternates = _optional_count(payload, "alternates", "present") or 0
    # The figures' consistency is checked by the model itself (records.Attendance), in one place.
    record = Attendance(
        convened,
        present,
        absent,
        str(payload.get("reason") or ""),
        event.at,
        event.seq,
        excused,
        with_reason,
        alternates,
    )
    return replace(state, logs=state.logs.add("attendance", record))


def _convened(state: RunState, event: Event) -> RunState:
    """A journaled correction of the number convened (an alternate admitted, a delegate struck off the
    list): later votes and the minutes use the corrected figure; those present stay as reported."""
    payload = event.payload
    convened = _count(payload, "convened", "convened")
    reason = str(payload.get("reason") or "").strip()
    last = state.attendance
    before = state.convened_in_force
    present = last.present if last else min(before, convened)
    if not reason:
        raise InvalidAction("correction-reason")
    if convened < 1 or present > convened:
        raise InvalidAction("present-over", present=present, convened=convened)
    absent = convened - present
    kept = last if last is not None and last.with_reason <= absent and last.excused <= absent else None
    record = Attendance(
        convened,
        present,
        absent,
        kept.reason if kept else "",
        event.at,
        event.seq,
        kept.excused if kept else 0,
        kept.with_reason if kept else 0,
        last.alternates if last else 0,
        correction=reason,
        previous_convened=before,
    )
    return replace(state, logs=state.logs.add("attendance", record))


def _vote(state: RunState, event: Event) -> RunState:
    payload = event.payload
    item_id = _payload_item(state, payload, "vote")
    if not payload.get("unanimous"):
        if payload.get("for") is None:
            raise InvalidAction("vote-needs-for")
        for key in ("for", "against", "abstain"):
            _optional_count(payload, key, "vote")
    item = state.items[item_id].item if item_id else None
    listed = candidate_list(item, [v for v in state.logs.votes if v.item_id == item_id])
    try:
        result, error = decide_vote(state.program, item, payload, state.attendance, listed), ""
    except VoteError as refused:  # kept, not raised: a journaled vote must always replay
        result, error = None, refused.said  # English as a str, message(lang) either language
    record = Recorded("vote", item_id, dict(payload), state.attendance, event.at, event.seq, result, error)
    return replace(state, logs=state.logs.add("votes", record))


def _ballot(state: RunState, event: Event) -> RunState:
    payload = event.payload
    item_id = _payload_item(state, payload, "ballot")
    for key in ("issued", "returned", "invalid"):
        _count(payload, key, "ballot")
    votes = payload.get("votes") or {}
    if not isinstance(votes, dict):
        raise InvalidAction("bad-votes")
    for name, count in votes.items():
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise InvalidAction("bad-count", action="ballot", field=name, got=repr(count))
    item = state.items[item_id].item if item_id else None
    earlier = state.earlier_rounds(item_id)
    try:
        listed = candidate_list(item, [v for v in state.logs.votes if v.item_id == item_id])
        result, error = decide_ballot(state.program, item, payload, state.attendance, earlier, listed), ""
    except VoteError as refused:  # kept, not raised: a journaled ballot must always replay
        result, error = None, refused.said
    record = Recorded("ballot", item_id, dict(payload), state.attendance, event.at, event.seq, result, error)
    return replace(state, logs=state.logs.add("ballots", record))


def _pause(state: RunState, event: Event) -> RunState:
    if state.paused:
        raise InvalidAction("already-paused")
    span = PauseSpan(_here(state).id, event.at, None, event.seq)
    return replace(state, status="paused", paused_since=event.at, logs=state.logs.add("pauses", span))


def _close_pause(state: RunState, at: float) -> RunState:
    length = at - (state.paused_since if state.paused_since is not None else at)
    held = _here(state)
    current = replace(held, segment_paused=held.segment_paused + length)
    pauses = state.logs.pauses[:-1] + (replace(state.logs.pauses[-1], end=at),)
    return replace(
        state,
        items=_items(state, current),
        status="running",
        paused_since=None,
        paused_total=state.paused_total + length,
        logs=replace(state.logs, pauses=pauses),
    )


def _resume(state: RunState, event: Event) -> RunState:
    if not state.paused:
        raise InvalidAction("not-paused")
    return _close_pause(state, event.at)


def _finish(state: RunState, event: Event) -> RunState:
    if state.paused:
        state = _close_pause(state, event.at)
    return replace(
        state, items=_items(state, _here(state).closed(event.at, "done")), status="finished", finished_at=event.at
    )


def _reopened(state: RunState, event: Event) -> RunState:
    since = event.payload.get("since", state.last_at)
    gap = Gap(float(since if since is not None else event.at), event.at, event.seq)
    return replace(state, logs=state.logs.add("gaps", gap))


def _clock(state: RunState, event: Event) -> RunState:
    gap = event.payload.get("gap")
    if not isinstance(gap, (int, float)) or gap < 0:
        raise InvalidAction("clock-gap", gap=gap)
    return replace(state, logs=state.logs.add("clock_jumps", ClockJump(event.at, float(gap), event.seq)))


def _undo(state: RunState, event: Event) -> RunState:
    target = event.payload.get("seq")
    if state.undo_point is None:
        raise InvalidAction("nothing-to-undo")
    seq, before = state.undo_point
    if target != seq:
        raise InvalidAction("undo-not-last", target=target, seq=seq)
    return replace(before, logs=before.logs.add("undone", seq))


def _speaker(state: RunState, event: Event) -> RunState:
    """Calls, ends, absences, written submissions, floor requests and moves in a discussion."""
    if event.kind in ("speaker", "speaker-done"):
        _moving(state, "speaker")
    item_id = _here(state).id
    queue = state.speaker_queue(item_id)
    if queue is None:
        raise InvalidAction("not-discussion", title=_title(state, item_id))
    try:
        queue = apply_speaker_event(queue, event.kind, event.payload, event.at)
    except SpeakerError as refused:
        raise InvalidAction("speaker", reason=refused) from None
    except (KeyError, ValueError, TypeError):
        raise InvalidAction("speaker-payload", kind=event.kind) from None
    return replace(state, speakers={**state.speakers, item_id: queue})


_HANDLERS: dict[str, Callable[[RunState, Event], RunState]] = {
    **dict.fromkeys(SPEAKER_KINDS, _speaker),
    "start": _start,
    "next": _next,
    "back": _back,
    "skip": _skip,
    "goto": _goto,
    "insert": _insert,
    "card": _card,
    "note": _note,
    "present": _present,
    "convened": _convened,
    "vote": _vote,
    "ballot": _ballot,
    "pause": _pause,
    "resume": _resume,
    "finish": _finish,
    "reopened": _reopened,
    "undo": _undo,
    "clock": _clock,
}
