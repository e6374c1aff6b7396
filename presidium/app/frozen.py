"""Running from the self-contained build or from a Python install: how to start Presidium again.

The one-folder build (scripts/build_app.py) is a single `presidium` executable that is both the
podium and every command, so a child process (an export) is that executable with the command's
arguments; from an installed package it is this Python with `-m presidium`.
"""

from __future__ import annotations

import os
import sys


def is_frozen() -> bool:
    """True inside the PyInstaller build, where sys.executable is presidium itself."""
    return bool(getattr(sys, "frozen", False))


def presidium_command() -> list[str]:
    """The program and first arguments that run `presidium …` in a child process."""
    # An isolated interpreter (-I): neither the launch folder (a planted `presidium/` there once ran in
    # place of ours), nor PYTHONPATH, nor the user's site-packages.
    return [sys.executable] if is_frozen() else [sys.executable, "-I", "-m", "presidium"]


def release_own_console() -> bool:
    """Close the console window Windows opened for the build when it was started from a shortcut.

    The build is a console program, so that `presidium validate …` typed in a Command Prompt prints
    there and the prompt waits for it. Started by a double-click or a shortcut, Windows gives it a
    console window of its own, which would sit behind the podium: a console that holds this process
    alone is that window, and is released. A console shared with cmd.exe stays. Returns True when
    it released one.
    """
    if sys.platform != "win32" or not is_frozen():
        return False
    import ctypes

    kernel32 = ctypes.windll.kernel32
    processes = (ctypes.c_uint32 * 2)()
    if kernel32.GetConsoleProcessList(processes, 2) != 1:
        return False
    # Output written after this goes nowhere instead of failing (the podium prints nothing the chair reads).
    sys.stdout = sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 — for the process's life
    return bool(kernel32.FreeConsole())
