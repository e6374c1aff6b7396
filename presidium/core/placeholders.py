"""Placeholders in scripts — {present}, {congress.title} — checked when the program loads and filled
with the live figures when the script is shown."""

from __future__ import annotations

import difflib
import re
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
