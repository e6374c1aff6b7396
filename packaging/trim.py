"""What the one-folder build leaves out: Qt modules, plugins and translations Presidium never uses.

The podium is plain QtWidgets painted in software; it opens no network connection, uses no OpenGL,
no QML, no SQL driver of Qt's (the journal is Python's sqlite3) and none of Qt's own translations
(every word on screen comes from our catalogues). PyInstaller's Qt hooks collect all of those
anyway; the spec passes its lists through `prune` so the bundle carries only what runs.

Kept on purpose: the xcb and wayland platforms (a Linux desktop), offscreen (the smoke test) and
minimal, and the compose and ibus input contexts, without which Vietnamese cannot be typed with
ibus-unikey or dead keys on Linux. Pure Python, so the rules are tested without PyInstaller.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# Python modules the analysis must not follow. qtpy imports QtOpenGL only if it is there; lxml's
# objectify, html and sax are never touched by python-docx. Without ssl and _hashlib (which the
# standard library imports only if present) OpenSSL stays out: nothing goes on the network, and
# hashlib's own SHA-256 computes the journal's chain exactly as OpenSSL's would.
EXCLUDED_MODULES = [
    "ssl", "_ssl", "_hashlib",
    "PySide6.QtNetwork", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtDBus", "PySide6.QtSvg",
    "PySide6.QtSvgWidgets", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtSql", "PySide6.QtPrintSupport",
    "PyQt5", "PyQt6", "PySide2", "tkinter", "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.sax",
]

# Qt plugin folders kept whole, and single plugins kept out of a folder that is otherwise dropped.
KEPT_PLUGIN_FOLDERS = {"platforminputcontexts", "wayland-decoration-client"}
KEPT_PLUGINS = {
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    "wayland-shell-integration": {"xdg-shell"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle"},  # the native look on Windows 10 and 11
}


def _plugin_name(filename: str) -> str:
    """libqxcb.so → qxcb, qwindows.dll → qwindows, libxdg-shell.so → xdg-shell."""
    stem = filename.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def wanted(dest: str) -> bool:
    """Whether a collected file, named by its place in the bundle, belongs in the build."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "translations" in parts and parts[-1].endswith(".qm") and "PySide6" in parts:
        return False  # Qt's own catalogues: no Vietnamese one exists, and no Qt dialog's words are shown
    if parts[-1].lower() == "opengl32sw.dll":
        return False  # Windows: Mesa's software OpenGL (20 MB), for OpenGL the podium never uses
    if "plugins" not in parts or "PySide6" not in parts:
        return True
    below = parts[parts.index("plugins") + 1:]
    if len(below) < 2:
        return True
    folder, filename = below[0], below[-1]
    if folder in KEPT_PLUGIN_FOLDERS:
        return True
    return _plugin_name(filename) in KEPT_PLUGINS.get(folder, set())


def _name(dest: str) -> str:
    return PurePosixPath(dest.replace("\\", "/")).name


def prune(entries: Iterable[tuple], imports_of: Callable[[str], Iterable[str]]) -> list[tuple]:
    """Drop the unwanted entries (dest, src, typecode) and the libraries only they needed.

    `imports_of(src)` names the shared libraries a binary links to (base names). A library goes only
    when a dropped plugin reached it and nothing kept does: one the app links itself always stays.
    """
    entries = list(entries)
    by_name = {_name(dest): (dest, src) for dest, src, _kind in entries}

    def closure(roots: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        stack = list(roots)
        while stack:
            src = stack.pop()
            for name in imports_of(src):
                if name in by_name and name not in seen:
                    seen.add(name)
                    stack.append(by_name[name][1])
        return seen

    dropped = [entry for entry in entries if not wanted(entry[0])]
    kept = [entry for entry in entries if wanted(entry[0])]
    candidates = closure(src for _dest, src, _kind in dropped)
    roots = [src for dest, src, _kind in kept if _name(dest) not in candidates]
    gone = candidates - closure(roots)
    return [entry for entry in kept if _name(entry[0]) not in gone]


def without_dangling_links(entries: Iterable[tuple], binaries: Iterable[tuple]) -> list[tuple]:
    """The entries less the symbolic links whose target the pruning took out of the bundle."""
    present = {_posix(dest) for dest, _src, _kind in binaries}
    return [entry for entry in entries if entry[2] != "SYMLINK" or _posix(entry[1]) in present]


def _posix(path: str) -> str:
    return path.replace("\\", "/")
