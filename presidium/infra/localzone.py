"""This machine's time zone, as the run records it when it starts: an IANA name and the UTC offset.

The name comes from TZ, else the /etc/localtime link (Linux, macOS), else /etc/timezone; Windows names
its zones differently, so there only the offset is recorded (Vietnam keeps no daylight saving, so the
offset says the same; core/zone.py renders by offset when the name is missing).
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def local_zone() -> tuple[str | None, int]:
    offset = datetime.now().astimezone().utcoffset()
    return _zone_name(), int(offset.total_seconds()) if offset is not None else 0


def _known(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _zone_name() -> str | None:
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    if os.name != "nt":
        link = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in link:
            candidates.append(link.split("zoneinfo/", 1)[1])
        with contextlib.suppress(OSError):
            candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        if name and "/" in name and not name.startswith("/") and _known(name):
            return name
    if candidates[0] in ("UTC", "Etc/UTC"):
        return "UTC"
    return None
