"""What the podium laptop remembers between runs: theme, language, script size, window geometry, the
standby copy's folder.

Kept where Qt keeps an application's settings (the registry on Windows, ~/.config on Linux), unless
PRESIDIUM_DATA_DIR is set: then in `settings.ini` in that folder, beside the journals (a USB-stick
install, and the tests, which never touch the real user's settings).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from presidium.ui.theme import THEMES

T = TypeVar("T")

SCRIPT_SIZES = (16, 18, 20, 22, 24, 28, 32, 36, 40, 48, 56)
DEFAULT_SCRIPT_SIZE = 24


class Preferences:
    """A thin typed view over one QSettings (tests pass one backed by a temporary file)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else default_settings()

    def _get(self, key: str, default: T, kind: Callable[[Any], T]) -> T:
        # Any: QSettings gives back whatever the file holds (a string, a number, a list); `kind` converts it.
        value = self._s.value(key, default)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    @property
    def theme(self) -> str:
        value = self._get("ui/theme", "light", str)
        return value if value in THEMES else "light"

    @theme.setter
    def theme(self, value: str) -> None:
        self._s.setValue("ui/theme", value)

    @property
    def language(self) -> str | None:
        value = self._get("ui/language", "", str)
        return value or None

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def script_size(self) -> int:
        value = self._get("ui/script_size", DEFAULT_SCRIPT_SIZE, int)
        return min(SCRIPT_SIZES, key=lambda size: abs(size - value))

    @script_size.setter
    def script_size(self, value: int) -> None:
        self._s.setValue("ui/script_size", int(value))

    @property
    def mirror(self) -> str:
        """The folder the standby copy of the journal is kept in ("" for none)."""
        return self._get("journal/mirror", "", str)

    @mirror.setter
    def mirror(self, value: str) -> None:
        self._s.setValue("journal/mirror", value or "")

    def geometry(self, name: str) -> QByteArray | None:
        value = self._s.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"geometry/{name}", value)

    def sync(self) -> None:
        self._s.sync()


def default_settings() -> QSettings:
    folder = os.environ.get("PRESIDIUM_DATA_DIR")
    if folder:
        return QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings("Presidium", "Presidium")


def step_size(current: int, direction: int) -> int:
    """The next script size up (+1) or down (-1), held within the offered sizes."""
    index = SCRIPT_SIZES.index(current) if current in SCRIPT_SIZES else SCRIPT_SIZES.index(DEFAULT_SCRIPT_SIZE)
    return SCRIPT_SIZES[max(0, min(len(SCRIPT_SIZES) - 1, index + direction))]
