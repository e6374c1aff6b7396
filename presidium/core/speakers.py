"""The speaker queue of a discussion item: registered contributions, floor requests, per-speaker timers.

A pure fold like the run itself: `apply_speaker_event(queue, kind, payload, at)` returns a new queue.
The run keeps one queue per discussion item; nothing here reads a clock.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from presidium.core.catalogue import Message, Refusal
from presidium.core.program import Item, Speaker

DEFAULT_ALLOWANCE = 7 * 60  # a common limit for a contribution when the program sets none
STATUSES = ("waiting", "speaking", "done", "absent", "written")
SPEAKER_KINDS = ("speaker", "speaker-done", "speaker-absent", "speaker-written", "speaker-floor", "speaker-move")


class SpeakerError(Refusal, ValueError):
    """A queue action that cannot be done now; its words are in catalogue/speakers.py."""

    AREA = "speakers"


@dataclass(frozen=True)
class SpeakerTurn:
    speaker: Speaker
    allowance: int  # seconds
    status: str = "waiting"
    floor: bool = False  # asked from the floor, not registered in the program
    requested: float | None = None  # when a floor request was made
    started: float | None = None
    ended: float | None = None
    paused: float = 0.0  # closed pauses inside the turn
    paused_since: float | None = None

    @property
    def name(self) -> str:
        return self.speaker.name

    def elapsed(self, now: float) -> float:
        if self.started is None:
            return 0.0
        end = self.ended if self.ended is not None else now
        open_pause = (end - self.paused_since) if self.paused_since is not None and self.ended is None else 0.0
        return max(0.0, end - self.started - self.paused - open_pause)

    def remaining(self, now: float) -> float:
        return self.allowance - self.elapsed(now)

    def spoken(self, as_of: float | None) -> float | None:
        """Seconds at the microphone, pauses excluded: to the end of the turn, or, for a speaker still
        talking, to `as_of` (the run's last recorded moment); None for one never called. The minutes and
        the review both say a speaker's time with this."""
        if self.started is None:
            return None
        if self.ended is not None:
            return self.elapsed(self.ended)
        return self.elapsed(as_of) if as_of is not None else None

    def overrun(self, now: float) -> float:
        return max(0.0, -self.remaining(now))


@dataclass(frozen=True)
class SpeakerQueue:
    item_id: str
    turns: tuple[SpeakerTurn, ...]
    default_allowance: int = DEFAULT_ALLOWANCE

    @classmethod
    def for_item(cls, item: Item) -> SpeakerQueue:
        allowance = item.speaker_allowance or DEFAULT_ALLOWANCE
        turns = tuple(SpeakerTurn(s, s.seconds or allowance) for s in item.speakers)
        return cls(item.id, turns, allowance)

    # --- what the chair sees ---------------------------------------------------------------
    @property
    def current(self) -> SpeakerTurn | None:
        return next((t for t in self.turns if t.status == "speaking"), None)

    @property
    def waiting(self) -> tuple[SpeakerTurn, ...]:
        return tuple(t for t in self.turns if t.status == "waiting")

    @property
    def next(self) -> SpeakerTurn | None:
        waiting = self.waiting
        return waiting[0] if waiting else None

    def waiting_seconds(self) -> int:
        return sum(t.allowance for t in self.waiting)

    def fits(self, seconds_left: float, now: float) -> bool:
        """Whether the current speaker's rest and everyone waiting fit in the time the item has left."""
        current = self.current
        needed = self.waiting_seconds() + (max(0.0, current.remaining(now)) if current else 0.0)
        return needed <= seconds_left

    def recovered_seconds(self) -> int:
        """Time given back by contributions handed in writing instead of spoken."""
        return sum(t.allowance for t in self.turns if t.status == "written")

    def turn(self, name: str) -> SpeakerTurn:
        for turn in self.turns:
            if turn.name == name:
                return turn
        raise SpeakerError("unknown", name=name)


def apply_speaker_event(queue: SpeakerQueue, kind: str, payload: Mapping[str, object], at: float) -> SpeakerQueue:
    """The queue after one event. `pause`/`resume` of the run are passed in too, to stop a speaker's clock."""
    if kind == "pause":
        return _replace_current(queue, lambda t: replace(t, paused_since=at))
    if kind == "resume":
        return _replace_current(
            queue,
            lambda t: (
                replace(t, paused=t.paused + (at - t.paused_since), paused_since=None)
                if t.paused_since is not None
                else t
            ),
        )
    if kind == "speaker":
        return _call(queue, _text(payload, "name"), at)
    if kind == "speaker-done":
        current = queue.current
        if current is None:
            raise SpeakerError("no-one-speaking")
        return _end_turn(queue, current, at)
    if kind in ("speaker-absent", "speaker-written"):
        turn = queue.turn(_text(payload, "name"))
        if turn.status != "waiting":
            raise SpeakerError("not-waiting", name=turn.name)
        status = "absent" if kind == "speaker-absent" else "written"
        return _set(queue, turn, replace(turn, status=status, ended=at))  # never started: elapsed stays 0
    if kind == "speaker-floor":
        return _floor(queue, payload, at)
    if kind == "speaker-move":
        return _move(queue, queue.turn(_text(payload, "name")), _whole(payload, "by"))
    raise ValueError(f"not a speaker event: {kind}")


def _call(queue: SpeakerQueue, name: str, at: float) -> SpeakerQueue:
    if queue.current is not None:
        # Calling the next speaker ends the current turn: one key press at the podium.
        queue = _end_turn(queue, queue.current, at)
    turn = queue.turn(name) if name else queue.next
    if turn is None:
        raise SpeakerError("nobody")
    if turn.status != "waiting":
        raise SpeakerError("not-waiting", name=turn.name)
    return _set(queue, turn, replace(turn, status="speaking", started=at))


def _end_turn(queue: SpeakerQueue, turn: SpeakerTurn, at: float) -> SpeakerQueue:
    paused = turn.paused + ((at - turn.paused_since) if turn.paused_since is not None else 0.0)
    return _set(queue, turn, replace(turn, status="done", ended=at, paused=paused, paused_since=None))


def _floor(queue: SpeakerQueue, payload: Mapping[str, object], at: float) -> SpeakerQueue:
    name = _text(payload, "name").strip()
    if not name:
        raise SpeakerError("empty-name")
    if any(t.name == name for t in queue.turns):
        raise SpeakerError("duplicate", name=name)
    seconds = _whole(payload, "seconds") if payload.get("seconds") else queue.default_allowance
    speaker = Speaker(name, _text(payload, "unit"), _text(payload, "topic"), seconds)
    return replace(queue, turns=queue.turns + (SpeakerTurn(speaker, seconds, floor=True, requested=at),))


def _move(queue: SpeakerQueue, turn: SpeakerTurn, by: int) -> SpeakerQueue:
    """Move a waiting speaker `by` places among the waiting (negative: earlier)."""
    if turn.status != "waiting":
        raise SpeakerError("not-waiting", name=turn.name)
    waiting = [t for t in queue.turns if t.status == "waiting"]
    index = waiting.index(turn)
    target = max(0, min(len(waiting) - 1, index + by))
    waiting.insert(target, waiting.pop(index))
    others = iter(waiting)
    # Keep finished turns where they were; refill the waiting slots in the new order.
    turns = tuple(next(others) if t.status == "waiting" else t for t in queue.turns)
    return replace(queue, turns=turns)


# Payload readers: the journal keeps JSON, so a field is checked for what it must be. A wrong type raises
# TypeError, which the run turns into its "speaker-payload" refusal.
def _text(payload: Mapping[str, object], key: str) -> str:
    """A text field; absent or null (the session records an empty unit or topic as null) is ""."""
    value = payload.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(key)
    return value


def _whole(payload: Mapping[str, object], key: str) -> int:
    value = payload.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(key)
    return value


def _set(queue: SpeakerQueue, old: SpeakerTurn, new: SpeakerTurn) -> SpeakerQueue:
    return replace(queue, turns=tuple(new if t is old else t for t in queue.turns))


def _replace_current(queue: SpeakerQueue, change: Callable[[SpeakerTurn], SpeakerTurn]) -> SpeakerQueue:
    current = queue.current
    return _set(queue, current, change(current)) if current else queue


def call_words(speaker: Speaker, lang: str = "vi") -> str:
    """The words the chair says to call a speaker: "Xin mời đồng chí …, …, trình bày tham luận về …"."""
    return Message(
        "speakers.call.sentence",
        name=speaker.name,
        unit=Message("speakers.call.unit", unit=speaker.unit) if speaker.unit else "",
        topic=Message("speakers.call.topic", topic=speaker.topic) if speaker.topic else "",
    ).message(lang)
