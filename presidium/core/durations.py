"""Durations and clock times as people write them in a program file ("5m", "1h30m", "90s", "07:30"), and
minutes as the review writes them in a table cell (`minutes_text`, the Word report and the review screen alike)."""

from __future__ import annotations

import re
from datetime import time

_DURATION = re.compile(r"^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?\s*$", re.IGNORECASE)
_CLOCK = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$")


def parse_duration(text: str) -> int:
    """Seconds in "1h30m", "45m", "90s", "2h"; ValueError on anything else or on zero."""
    match = _DURATION.match(text or "")
    if not match or not any(match.groups()):
        raise ValueError(f"not a duration: {text!r} (write it like 5m, 1h30m or 90s)")
    hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
    total = hours * 3600 + minutes * 60 + seconds
    if total <= 0:
        raise ValueError(f"duration must be longer than zero: {text!r}")
    return total


def parse_clock(text: str) -> time:
    """A time of day "07:30" or "13:45:00"; ValueError otherwise."""
    match = _CLOCK.match(text or "")
    if not match:
        raise ValueError(f"not a time of day: {text!r} (write it like 07:30)")
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(f"not a time of day: {text!r} (hours 0–23, minutes 0–59)")
    return time(hour, minute, second)


def format_duration(seconds: float) -> str:
    """Compact human form: 5m, 1h30m, 1m30s, 45s (the inverse of parse_duration for whole seconds)."""
    total = int(round(abs(seconds)))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours}h" if hours else "", f"{minutes}m" if minutes else "", f"{secs}s" if secs else ""]
    return "".join(parts) or "0s"


def format_clock(seconds: float, *, signed: bool = False) -> str:
    """A timer face: M:SS or H:MM:SS; with signed=True a leading + or − (U+2212) for overrun display."""
    total = int(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    face = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    if signed:
        return ("−" if seconds < 0 else "+") + face
    return face


def minutes_text(seconds: float | None, lang: str = "vi", signed: bool = False) -> str:
    """Minutes for a table cell: whole when whole, else one decimal (decimal comma in Vietnamese)."""
    if seconds is None:
        return "–"
    value = round(seconds / 60, 1)
    if signed and abs(value) < 0.05:
        return "0"
    body = f"{abs(value):.0f}" if value == int(value) else f"{abs(value):.1f}"
    if lang == "vi":
        body = body.replace(".", ",")
    sign = ("+" if value > 0 else "−" if value < 0 else "") if signed else ("−" if value < 0 else "")
    return sign + body
