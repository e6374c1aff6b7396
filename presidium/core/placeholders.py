"""Placeholders in scripts — {present}, {congress.title} — checked when the program loads and filled
with the live figures when the script is shown.

Each placeholder's value is computed here, next to its name (`VALUES`), from a `Context`: the program,
the run state, the time, the item shown and the next one. The podium only asks for `values(context)`.
"""

from __future__ import annotations

import difflib
import re
import string
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime

from presidium.core.decisions import quorum as core_quorum
from presidium.core.program import ElectionSpec, Item, Program, Speaker, VoteSpec
from presidium.core.records import Attendance
from presidium.core.run import RunState


@dataclass(frozen=True)
class Context:
    """What a script is filled from. `state` is a RunState (or None before a run exists); `now` is epoch seconds."""

    program: Program
    state: RunState | None
    now: float
    item: Item | None = None
    next_item: Item | None = None

    @property
    def attendance(self) -> Attendance | None:
        return self.state.attendance if self.state is not None else None

    @property
    def speaker(self) -> Speaker | None:
        """The speaker being called in a discussion: the one speaking, else the first still waiting."""
        if self.item is None or self.item.kind != "discussion":
            return None
        queue = None
        if self.state is not None and self.item.id in self.state.items:
            queue = self.state.speaker_queue(self.item.id)
        if queue is None:  # before the run: the program's registered list
            return self.item.speakers[0] if self.item.speakers else None
        turn = queue.current or queue.next
        return turn.speaker if turn is not None else None


def quorum(program: Program, attendance: Attendance | None) -> int | None:
    """How many must be present, by the rule the congress names as its quorum (None when unknown): the
    same figure the vote panel checks (`decisions.quorum`), those excused for the whole congress off the base."""
    found = core_quorum(program, attendance)
    return found.needed if found is not None else None


def _convened(ctx: Context) -> int:
    return ctx.state.convened_in_force if ctx.state is not None else ctx.program.congress.delegates_convened


def _local(ctx: Context) -> datetime:
    return datetime.fromtimestamp(ctx.now)


def _attr(subject: object, name: str) -> object:
    return getattr(subject, name) if subject is not None else None


def _vote(ctx: Context) -> VoteSpec | None:
    return ctx.item.vote if ctx.item is not None else None


def _election(ctx: Context) -> ElectionSpec | None:
    return ctx.item.election if ctx.item is not None else None


# name -> its value in a context; None (or "") shows as "…". The order is the order the docs list them.
VALUES: dict[str, Callable[[Context], object]] = {
    "convened": _convened,
    "present": lambda c: _attr(c.attendance, "present"),
    "absent": lambda c: _attr(c.attendance, "absent"),
    "quorum": lambda c: quorum(c.program, c.attendance),
    "congress.title": lambda c: c.program.congress.title,
    "congress.organization": lambda c: c.program.congress.organization,
    "congress.congress_name": lambda c: c.program.congress.congress_name,
    "congress.term": lambda c: c.program.congress.term,
    "congress.place": lambda c: c.program.congress.place,
    "congress.venue": lambda c: c.program.congress.venue,
    "item.title": lambda c: _attr(c.item, "title"),
    "item.by": lambda c: _attr(c.item, "by"),
    "next.title": lambda c: _attr(c.next_item, "title"),
    "next.by": lambda c: _attr(c.next_item, "by"),
    "time": lambda c: _local(c).strftime("%H:%M"),
    "date": lambda c: _local(c).strftime("%d/%m/%Y"),
    "speaker.name": lambda c: _attr(c.speaker, "name"),
    "speaker.unit": lambda c: _attr(c.speaker, "unit"),
    "speaker.topic": lambda c: _attr(c.speaker, "topic"),
    "vote.question": lambda c: _attr(_vote(c), "question"),
    "election.body": lambda c: _attr(_election(c), "body"),
    "election.seats": lambda c: _attr(_election(c), "seats"),
}

PLACEHOLDERS: tuple[str, ...] = tuple(VALUES)


def values(context: Context) -> dict[str, object]:
    """Every placeholder's value in `context` (None where not known yet)."""
    return {name: compute(context) for name, compute in VALUES.items()}


_FORMATTER = string.Formatter()
# Escaped braces, a {field} (no brace inside), or a brace left alone.
_FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


def check_placeholders(text: str) -> Iterator[tuple[str | None, str | None]]:
    """(name, closest known name) for each unknown placeholder; (None, None) for an unbalanced brace."""
    for name, hint, _ in placeholder_problems(text):
        yield name, hint


def placeholder_problems(text: str) -> Iterator[tuple[str | None, str | None, int]]:
    """(name, closest known name, index in `text`) for each unknown placeholder and (None, None, index)
    for each lone brace, in order: one unclosed brace does not hide an unknown name elsewhere."""
    for match in _FIELD.finditer(text):
        if match[0] in ("{{", "}}"):
            continue
        if match[1] is None:
            yield None, None, match.start()
            continue
        name = re.split(r"[!:]", match[1], maxsplit=1)[0]  # {present:>3} names "present"
        if name not in PLACEHOLDERS:
            close = difflib.get_close_matches(name, PLACEHOLDERS, n=1)
            yield name, close[0] if close else None, match.start()


def fill(text: str, values: Mapping[str, object]) -> str:
    """The script with each placeholder replaced; one without a value yet shows as "…" (never a crash)."""
    out = []
    try:
        parsed = list(_FORMATTER.parse(text))
    except ValueError:
        return text
    for literal, field, _spec, _conv in parsed:
        out.append(literal)
        if field is not None:
            value = values.get(field)
            out.append("…" if value in (None, "") else str(value))
    return "".join(out)
