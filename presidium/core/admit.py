"""What the session refuses before an action is written, beyond what the fold itself checks.

Figures no congress can produce (more ballots issued than delegates present, a count in the
quintillions, a ballot naming one person twice, a number convened changed in passing) and text no
document can hold (control characters, a 5 MB paste). These checks sit here and not in the fold on
purpose: a journal written before a check existed must still replay exactly as it was recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from presidium.core.decisions import quorum
from presidium.core.records import ItemRun
from presidium.core.run import RunState
from presidium.core.run_messages import InvalidAction
from presidium.core.text_input import LIMITS, bad_character, normalize_name

# No congress, general meeting or shareholders' meeting this program serves has more people than this.
MAX_FIGURE = 100_000
# Per-field bounds where a smaller one makes sense (seconds).
FIELD_LIMITS = {"duration": 12 * 3600, "seconds": 4 * 3600, "by": 1_000}
# Payload values the program writes itself, not a person: not bounded here.
INTERNAL = {"seq", "since", "takeover", "tz", "utc_offset", "host", "gap"}  # lock holder, zone, machine, clock gap
# Texts that may hold several lines (tabs and newlines kept).
MULTILINE = {"text"}
NAMES = {"name", "withdraw", "nominate"}


def admit(state: RunState, kind: str, payload: Mapping[str, object]) -> None:
    """InvalidAction if the action's payload cannot be recorded; nothing is written then."""
    for key, value in payload.items():
        if key in INTERNAL:
            continue
        _check_value(kind, key, value)
    check = _BY_KIND.get(kind)
    if check is not None:
        check(state, payload)


def _check_value(kind: str, key: str, value: object) -> None:
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, int):
        limit = FIELD_LIMITS.get(key, MAX_FIGURE)
        if abs(value) > limit:
            raise InvalidAction("figure-over", action=kind, field=key, got=_short(value), limit=limit)
    elif isinstance(value, str):
        _check_text(kind, key, value)
    elif isinstance(value, dict):  # a ballot's votes: name -> figure
        for name, figure in value.items():
            _check_text(kind, "name", str(name))
            _check_value(kind, key, figure)
    elif isinstance(value, list):
        for element in value:
            _check_value(kind, "name" if isinstance(element, str) else key, element)


def _check_text(kind: str, key: str, text: str) -> None:
    multiline = key in MULTILINE
    # `raw`: a whole counting record typed on one line, one NAME=VOTES per candidate: as long as a note
    limit = LIMITS["text" if multiline or key == "raw" else "name" if key in NAMES else "line"]
    if len(text) > limit:
        raise InvalidAction("text-long", action=kind, field=key, got=len(text), limit=limit)
    bad = bad_character(text, multiline)
    if bad is not None:
        raise InvalidAction("text-control", action=kind, field=key, position=bad[0], char=bad[1])


def _short(value: int) -> str:
    text = str(value)
    return text if len(text) <= 15 else f"{text[:12]}…"  # a number of 31 digits is not printed whole


# --- per action ------------------------------------------------------------------------------------
def _present(state: RunState, payload: Mapping[str, object]) -> None:
    convened = state.convened_in_force
    asked = payload.get("convened")
    if asked is not None and asked != convened:
        raise InvalidAction("convened-by-correction", convened=convened, got=asked)
    present, absent = payload.get("present"), payload.get("absent")
    if isinstance(present, int) and isinstance(absent, int) and present + absent != convened:
        raise InvalidAction("attendance-sum", present=present, absent=absent, total=present + absent, convened=convened)


def _convened(state: RunState, payload: Mapping[str, object]) -> None:
    asked = payload.get("convened")
    if not isinstance(asked, int) or isinstance(asked, bool):
        raise InvalidAction("bad-count", action="convened", field="convened", got=repr(asked))
    if asked == state.convened_in_force:
        raise InvalidAction("correction-same", got=asked)
    # A correction adds alternates or takes off delegates who could not be convened: it never more than
    # doubles the approved figure, and never leaves fewer convened than are present in the hall.
    low, high = state.present_in_force, 2 * state.program.congress.delegates_convened
    if not low <= asked <= high:
        raise InvalidAction("correction-bounds", got=asked, low=low, high=high)
    if not str(payload.get("reason") or "").strip():
        raise InvalidAction("correction-reason")


def _quorum(state: RunState, payload: Mapping[str, object]) -> None:
    """No vote or ballot below the quorum unless the presidium confirmed it (the confirmation is journaled)."""
    found = quorum(state.program, state.attendance)
    if found is not None and not found.met and not payload.get("quorum_confirmed"):
        raise InvalidAction("no-quorum", present=found.present, convened=found.convened, needed=found.needed)


def _vote(state: RunState, payload: Mapping[str, object]) -> None:
    _voted_item(state, payload)
    _quorum(state, payload)


def _ballot(state: RunState, payload: Mapping[str, object]) -> None:
    _counted_item(state, payload)
    _quorum(state, payload)
    issued, present = payload.get("issued"), state.present_in_force
    if isinstance(issued, int) and issued > present:
        raise InvalidAction("issued-over-present", issued=issued, present=present)
    seen: set[str] = set()
    votes = payload.get("votes")
    for name in votes if isinstance(votes, dict) else {}:
        key = normalize_name(str(name))
        if key in seen:
            raise InvalidAction("name-twice", name=key)
        seen.add(key)


def _counted_item(state: RunState, payload: Mapping[str, object]) -> None:
    """A counting record belongs to an election item: the one named (item=), else the current one. On a
    ceremony or a show of hands it would print a counting record with no body in the minutes, as the
    podium's V refuses an item that holds no vote. An unknown item= is left to the fold to refuse."""
    entry = _named_item(state, payload, "ballot-no-item")
    if entry is not None and entry.item.election is None:
        raise InvalidAction("ballot-not-election", title=entry.item.title)


def _voted_item(state: RunState, payload: Mapping[str, object]) -> None:
    """A show of hands belongs to an item that is voted on (`Item.takes_vote`): the one named (item=), else
    the current one. On a report or a break it would be decided against the program's usual rule and
    printed in the minutes as a motion passed; the podium's V refuses such an item the same way."""
    entry = _named_item(state, payload, "vote-no-item")
    if entry is not None and not entry.item.takes_vote:
        raise InvalidAction("vote-not-vote", title=entry.item.title)


def _named_item(state: RunState, payload: Mapping[str, object], none_current: str) -> ItemRun | None:
    """The item an action names (item=), else the current one (InvalidAction `none_current` when there is
    none); None when item= is not an id the program holds: the fold refuses it as an unknown item."""
    named = payload.get("item")
    if named is None:
        current = state.current
        if current is None:
            raise InvalidAction(none_current)
        named = current.id
    return state.items.get(named) if isinstance(named, str) else None


_BY_KIND: dict[str, Callable[[RunState, Mapping[str, object]], None]] = {
    "present": _present,
    "convened": _convened,
    "vote": _vote,
    "ballot": _ballot,
}
