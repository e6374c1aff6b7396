"""What the presiding member reads out after a vote or a count (core/announce.py), in either language."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "lang": (
        "lời công bố chỉ có bằng tiếng Việt (vi) và tiếng Anh (en), không có {lang}",
        "announcements are available in Vietnamese (vi) and English (en), not {lang}",
    ),
}
