"""Before Qt starts: is there a screen to open a window on? Without one Qt aborts with a message about
"platform plugins" that tells the chair nothing; we say what is missing and what to do instead."""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from presidium.core.catalogue import text


def display_problem(
    lang: str = "vi", environ: Mapping[str, str] = os.environ, platform: str = sys.platform
) -> str | None:
    """Why a window cannot open here, in the reader's language; None when it can (or we cannot tell)."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return text("screen.no-display", lang)
    if (
        environ.get("DISPLAY")
        and not environ.get("WAYLAND_DISPLAY")
        and ctypes.util.find_library("xcb-cursor") is None
        and not bundled("libxcb-cursor.so")
    ):
        return text("screen.no-xcb-cursor", lang)
    return None


def bundled(library: str) -> bool:
    """Whether the self-contained build carries this library (the system then need not have it)."""
    folder = getattr(sys, "_MEIPASS", None)  # the build's _internal folder
    return bool(getattr(sys, "frozen", False) and folder and any(Path(folder).glob(f"{library}*")))
