"""Running from the self-contained build or from a Python install: how to start Presidium again.

The one-folder build (scripts/build_app.py) is a single `presidium` executable that is both the
podium and every command, so a child process (an export) is that executable with the command's
arguments; from an installed package it is this Python with `-m presidium`.
"""

from __future__ import annotations

import sys


def is_frozen() -> bool:
    """True inside the PyInstaller build, where sys.executable is presidium itself."""
    return bool(getattr(sys, "frozen", False))


def presidium_command() -> list[str]:
    """The program and first arguments that run `presidium …` in a child process."""
    return [sys.executable] if is_frozen() else [sys.executable, "-m", "presidium"]
