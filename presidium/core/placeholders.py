"""Placeholders in scripts — {present}, {congress.title} — checked when the program loads and filled
with the live figures when the script is shown."""

from __future__ import annotations

import difflib
import string
from collections.abc import Iterator, Mapping

PLACEHOLDERS: tuple[str, ...] = (
    "convened", "present", "absent", "quorum",
    "congress.title", "congress.organization", "congress.congress_name", "congress.term",
    "congress.place", "congress.venue",
    "item.title", "item.by", "next.title", "next.by", "time", "date",
    "speaker.name", "speaker.unit", "speaker.topic",
    "vote.question", "election.body", "election.seats",
)

_FORMATTER = string.Formatter()


def check_placeholders(text: str) -> Iterator[tuple[str | None, str | None]]:
    """(name, closest known name) for each unknown placeholder; (None, None) for an unbalanced brace."""
    try:
        fields = [field for _, field, _, _ in _FORMATTER.parse(text) if field is not None]
    except ValueError:
        yield None, None
        return
    for field in fields:
        if field not in PLACEHOLDERS:
            close = difflib.get_close_matches(field, PLACEHOLDERS, n=1)
            yield field, close[0] if close else None


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
