"""Deviations from the approved program, derived from the run state (itself a fold of the events).

Each deviation names its item, what was planned and what happened, and when — what the review
document and the chair's end-of-day summary list.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from presidium.core.records import PauseSpan
from presidium.core.run import RunState
from presidium.core.timers import item_elapsed
from presidium.core.zone import local

KINDS = (
    "overrun",
    "early",
    "skipped",
    "reordered",
    "inserted",
    "card",
    "paused",
    "note",
    "interrupted",
    "speaker-overrun",
    "written",
    "floor",
)


@dataclass(frozen=True)
class Deviation:
    kind: str  # one of KINDS
    item_id: str | None
    item_title: str
    at: float  # UTC epoch seconds when it happened (or was noticed)
    planned: float | None  # seconds, or a 0-based position for `reordered`
    actual: float | None
    detail: str = ""  # note text, card title, "not reached before finish", …
    category: str = ""  # a note's category (time, procedure, technical, personnel, other)
    seq: int = 0  # the journal event it comes from, where there is one: orders happenings of the same instant


# A pause on a session's last item, after its business, that ends at most this long before the next
# session opens is the break between the two sessions (the chair pauses at lunch, resumes, and moves
# on), not an incident.
SESSION_BREAK_TAIL = 5 * 60
BETWEEN_SESSIONS = "between sessions"


def session_breaks(state: RunState) -> dict[str, PauseSpan]:
    """item id -> the pause that was the break after it, for items that closed their session."""
    held = [run for run in state.in_order() if run.first_started is not None]
    following = {run.id: after for run, after in pairwise(held)}
    breaks: dict[str, PauseSpan] = {}
    for pause in state.logs.pauses:
        run = state.items.get(pause.item_id or "")
        after = following.get(pause.item_id or "")
        if run is None or after is None or pause.end is None or run.last_ended is None:
            continue
        tail, held_before = run.last_ended - pause.end, pause.start - (run.first_started or pause.start)
        # The break comes after the item's business (a pause at its start is the hall waiting, e.g. for
        # the quorum), and the next session opens soon after it.
        if after.session_id != run.session_id and tail <= SESSION_BREAK_TAIL and tail < held_before:
            breaks[run.id] = pause  # the last such pause on the item
    return breaks


def deviations(state: RunState, now: float | None = None, tolerance: float = 60.0) -> list[Deviation]:
    """All deviations so far, in time order. `now` matters for an item still running (an overrun
    shows as soon as it passes the tolerance); it defaults to the last event's time."""
    if not state.started or state.last_at is None:  # a started run has recorded its start event
        return []
    now = state.last_at if now is None else now
    found: list[Deviation] = []

    def title(item_id: str | None) -> str:
        return state.items[item_id].item.title if item_id in state.items else ""

    for run in state.in_order():
        planned = run.item.duration
        spent = item_elapsed(state, run, now)
        if run.inserted:
            found.append(
                Deviation(
                    "inserted",
                    run.id,
                    run.item.title,
                    run.first_started or now,
                    None,
                    spent,
                    f"unplanned, {planned} s allowed",
                )
            )
        if run.status == "skipped":
            at = run.skipped_at if run.skipped_at is not None else run.last_ended or now  # when it was skipped
            found.append(Deviation("skipped", run.id, run.item.title, at, planned, spent))
        elif run.status == "pending" and state.finished_at is not None and not run.inserted:  # finished
            found.append(
                Deviation(
                    "skipped", run.id, run.item.title, state.finished_at, planned, 0.0, "not reached before finish"
                )
            )
        elif run.status in ("done", "current"):
            if spent - planned > tolerance:
                at = run.last_ended if run.status == "done" and run.last_ended is not None else now
                found.append(Deviation("overrun", run.id, run.item.title, at, planned, spent))
            elif (
                run.status == "done" and run.last_ended is not None and planned - spent > tolerance and not run.inserted
            ):
                found.append(Deviation("early", run.id, run.item.title, run.last_ended, planned, spent))
    for move in state.logs.moves:
        found.append(
            Deviation(
                "reordered",
                move.item_id,
                title(move.item_id),
                move.at,
                move.planned_index,
                move.to_index,
                f"moved from position {move.from_index + 1} to {move.to_index + 1}",
                seq=move.seq,
            )
        )
    for use in state.logs.cards:
        found.append(Deviation("card", use.item_id, title(use.item_id), use.at, None, None, use.title, seq=use.seq))
    breaks = {pause.seq for pause in session_breaks(state).values()}
    for pause in state.logs.pauses:
        end = pause.end if pause.end is not None else now
        if _overnight(state, pause.start, end):  # the night between two days of a congress, not a pause
            continue
        found.append(
            Deviation(
                "paused",
                pause.item_id,
                title(pause.item_id),
                pause.start,
                0.0,
                end - pause.start,
                BETWEEN_SESSIONS if pause.seq in breaks else "",
                seq=pause.seq,
            )
        )
    for note in state.logs.notes:
        found.append(
            Deviation("note", note.item_id, title(note.item_id), note.at, None, None, note.text, note.category)
        )
    for item_id, queue in state.speakers.items():
        for turn in queue.turns:
            if turn.started is not None and turn.elapsed(now) - turn.allowance > tolerance:
                found.append(
                    Deviation(
                        "speaker-overrun",
                        item_id,
                        title(item_id),
                        turn.ended or now,
                        turn.allowance,
                        turn.elapsed(now),
                        turn.name,
                        "time",
                    )
                )
            if turn.status == "written":
                found.append(
                    Deviation(
                        "written", item_id, title(item_id), turn.ended or now, turn.allowance, 0.0, turn.name, "time"
                    )
                )
            if turn.floor:
                found.append(
                    Deviation(
                        "floor", item_id, title(item_id), turn.requested or now, None, None, turn.name, "procedure"
                    )
                )
    for gap in state.logs.gaps:
        if _overnight(state, gap.since, gap.at):  # the podium laptop switched off for the night
            continue
        found.append(
            Deviation(
                "interrupted", None, "", gap.since, 0.0, gap.seconds, "the app was closed or crashed", "technical"
            )
        )
    found.sort(key=lambda d: d.at)
    return found


def _overnight(state: RunState, start: float, end: float) -> bool:
    """A stop that spans midnight in the run's zone and ends on a day the program holds a session."""
    first, last = local(start, state.zone).date(), local(end, state.zone).date()
    if first >= last or state.started_at is None:
        return False
    shift = local(state.started_at, state.zone).date() - state.program.sessions[0].date
    return any(first < session.date + shift <= last for session in state.program.sessions)
