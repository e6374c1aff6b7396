"""The run's time zone: every clock time in the minutes, the review and the CLI tables is said in it.

A run records, in its `start` event (so the hash chain covers it), the IANA name of the podium
laptop's zone and its UTC offset at that moment. Times are rendered in that zone whatever the `TZ` of
the machine that exports later; a run recorded before zones were kept is rendered in the local zone,
as it always was. The name is preferred (it knows daylight saving); the offset stands in when this
machine has no zone database entry for the name.

Document builders read `local(epoch)` deep inside; rather than thread the zone through every helper,
the exporter renders inside `rendering_in(zone)` (a context variable, so nothing leaks between runs).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_RENDERING: ContextVar[tzinfo | None] = ContextVar("presidium_rendering_zone", default=None)
# The instants a datetime can show in any zone (year 2 to 9998, clear of the platform's edges).
_FIRST, _LAST = (
    datetime(2, 1, 2, tzinfo=UTC).timestamp(),
    datetime(9998, 12, 30, tzinfo=UTC).timestamp(),
)


def zone_info(name: str | None, offset: int | float | None) -> tzinfo | None:
    """The zone a run recorded: by IANA name if known here, else the fixed offset; None if neither."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    if offset is not None:
        try:
            return timezone(timedelta(seconds=int(offset)))
        except (ValueError, OverflowError):
            return None
    return None


def local(epoch: float, zone: tzinfo | None = None) -> datetime:
    """`epoch` as a naive wall-clock datetime in `zone`, else the zone being rendered in, else this
    machine's local zone (a run recorded before zones were kept). An absurd instant, recorded before
    times were bounded (a simulate script at 999999999:00:00), is shown at the edge of the calendar
    rather than stopping an export."""
    epoch = min(max(epoch, _FIRST), _LAST)
    zone = zone or _RENDERING.get()
    if zone is None:
        return datetime.fromtimestamp(epoch)
    return datetime.fromtimestamp(epoch, zone).replace(tzinfo=None)


def epoch_of(moment: datetime, zone: tzinfo | None = None) -> float:
    """A naive wall-clock datetime (a program's planned start) as epoch seconds in `zone`."""
    zone = zone or _RENDERING.get()
    return moment.replace(tzinfo=zone).timestamp() if zone is not None else moment.timestamp()


@contextmanager
def rendering_in(zone: tzinfo | None) -> Iterator[None]:
    token = _RENDERING.set(zone)
    try:
        yield
    finally:
        _RENDERING.reset(token)
