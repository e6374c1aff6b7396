"""Before Qt starts: is there a screen to open a window on? Without one Qt aborts with a message about
"platform plugins" that tells the chair nothing; we say what is missing and what to do instead."""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Mapping
from pathlib import Path

MESSAGES = {
    "no-display": (
        "presidium: không tìm thấy màn hình (DISPLAY hoặc WAYLAND_DISPLAY chưa được đặt). Hãy chạy trong phiên "
        "làm việc có giao diện đồ họa; các lệnh validate, simulate, runs, verify, export chạy được không cần màn hình.",
        "presidium: no screen found (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a graphical session; "
        "validate, simulate, runs, verify and export work without a screen.",
    ),
    "no-xcb-cursor": (
        "presidium: Qt cần thư viện libxcb-cursor để mở cửa sổ. Trên Debian/Ubuntu: sudo apt install libxcb-cursor0",
        "presidium: Qt needs the libxcb-cursor library to open a window. On Debian/Ubuntu: sudo apt install libxcb-cursor0",
    ),
}


def display_problem(
    lang: str = "vi", environ: Mapping[str, str] = os.environ, platform: str = sys.platform
) -> str | None:
    """Why a window cannot open here, in the reader's language; None when it can (or we cannot tell)."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    column = 1 if lang == "en" else 0
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return MESSAGES["no-display"][column]
    if (
        environ.get("DISPLAY")
        and not environ.get("WAYLAND_DISPLAY")
        and ctypes.util.find_library("xcb-cursor") is None
        and not bundled("libxcb-cursor.so")
    ):
        return MESSAGES["no-xcb-cursor"][column]
    return None


def bundled(library: str) -> bool:
    """Whether the self-contained build carries this library (the system then need not have it)."""
    folder = getattr(sys, "_MEIPASS", None)  # the build's _internal folder
    return bool(getattr(sys, "frozen", False) and folder and any(Path(folder).glob(f"{library}*")))
