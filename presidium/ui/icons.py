"""Every icon the podium uses, by role (qtawesome, Material Design Icons).

qtawesome and its icon fonts take about a fifth of the podium's start-up. At launch the window is
painted first with `defer()` in force (icon() gives empty icons), then `load()` brings the fonts in
and the window sets its icons again; everywhere else icons load on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon

NAMES = {
    "next": "mdi6.arrow-right-bold",
    "back": "mdi6.arrow-left-bold",
    "start": "mdi6.play",
    "pause": "mdi6.pause",
    "resume": "mdi6.play",
    "skip": "mdi6.skip-next",
    "finish": "mdi6.flag-checkered",
    "card": "mdi6.cards-outline",
    "linked": "mdi6.star-circle",
    "note": "mdi6.note-edit-outline",
    "vote": "mdi6.vote",
    "stage": "mdi6.monitor-share",
    "undo": "mdi6.undo",
    "search": "mdi6.magnify",
    "theme": "mdi6.theme-light-dark",
    "language": "mdi6.translate",
    "message": "mdi6.message-text-outline",
    "pending": "mdi6.circle-outline",
    "current": "mdi6.play-circle",
    "done": "mdi6.check-circle",
    "skipped": "mdi6.skip-next-circle",
    "paused": "mdi6.pause-circle",
    "inserted": "mdi6.plus-circle-outline",
    "zoom_in": "mdi6.magnify-plus-outline",
    "zoom_out": "mdi6.magnify-minus-outline",
    "call": "mdi6.account-voice",
    "speakers": "mdi6.account-multiple",
    "insert": "mdi6.plus-box-outline",
    "result": "mdi6.clipboard-text-outline",
    "export": "mdi6.file-export-outline",
    "review": "mdi6.chart-box-outline",
}


_qta: ModuleType | None = None  # the qtawesome module, once loaded
_deferred = False


def defer() -> None:
    """Until load(), icon() gives empty icons (so the first paint does not wait for the icon fonts)."""
    global _deferred
    _deferred = True


def load() -> None:
    _loaded()


def _loaded() -> ModuleType:
    global _qta, _deferred
    if _qta is None:
        import qtawesome

        _qta = qtawesome
    _deferred = False
    return _qta


def ready() -> bool:
    return _qta is not None


def icon(role: str, color: str | None = None) -> QIcon:
    if _qta is None and _deferred:
        return QIcon()
    options = {"color": color} if color else {}
    return _loaded().icon(NAMES[role], **options)


class AfterFirstPaint(QObject):
    """Calls `then` once the window's first paint pass is over (children paint in the same pass)."""

    def __init__(self, window: QObject, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._window, self._then = window, then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False
