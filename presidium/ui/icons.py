"""Every icon the podium uses, by role (qtawesome, Material Design Icons)."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtGui import QIcon

NAMES = {
    "next": "mdi6.arrow-right-bold", "back": "mdi6.arrow-left-bold", "start": "mdi6.play",
    "pause": "mdi6.pause", "resume": "mdi6.play", "skip": "mdi6.skip-next", "finish": "mdi6.flag-checkered",
    "card": "mdi6.cards-outline", "linked": "mdi6.star-circle", "note": "mdi6.note-edit-outline",
    "vote": "mdi6.vote", "stage": "mdi6.monitor-share", "undo": "mdi6.undo", "search": "mdi6.magnify",
    "theme": "mdi6.theme-light-dark", "language": "mdi6.translate", "message": "mdi6.message-text-outline",
    "pending": "mdi6.circle-outline", "current": "mdi6.play-circle", "done": "mdi6.check-circle",
    "skipped": "mdi6.skip-next-circle", "paused": "mdi6.pause-circle", "inserted": "mdi6.plus-circle-outline",
    "zoom_in": "mdi6.magnify-plus-outline", "zoom_out": "mdi6.magnify-minus-outline",
    "call": "mdi6.account-voice", "speakers": "mdi6.account-multiple", "insert": "mdi6.plus-box-outline",
    "result": "mdi6.clipboard-text-outline", "export": "mdi6.file-export-outline", "review": "mdi6.chart-box-outline",
}


def icon(role: str, color: str | None = None) -> QIcon:
    options = {"color": color} if color else {}
    return qta.icon(NAMES[role], **options)
