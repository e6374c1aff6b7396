"""The program editor's figures for scripts/bench.py, on the generated 500-item program:

open       open_editor(FILE) → the window shown and painted (target < 500 ms)
keystroke  one key press in an item's title → the draft changed, the tree relabelled (figure)
check      the loader's checks that follow a keystroke (debounced), problems listed (target < 50 ms)
save       text of the draft, atomic write with fsync and .bak (target < 100 ms)

  QT_QPA_PLATFORM=offscreen python scripts/bench.py --only editor
"""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path


def bench_editor(res, work: Path, big: Path, reps: int) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from presidium.ui.editor.launch import open_editor

    app = QApplication.instance() or QApplication([])
    path = work / "editor-500.toml"
    shutil.copyfile(big, path)
    opens, windows = [], []
    for _ in range(reps):
        began = time.perf_counter()
        window = open_editor(path, "vi", recover=False)
        window.show()
        window.repaint()
        app.processEvents()
        opens.append((time.perf_counter() - began) * 1000)
        windows.append(window)
    window = windows[-1]
    for other in windows[:-1]:
        other.stack.setClean()
        other.close()
    item = ("session", 3, "item", 40)
    window.select(item)
    app.processEvents()
    title = window.form.fields["title"].control
    title.setFocus()
    keys, checks = [], []
    for n in range(max(20, reps * 4)):
        char = "abcdefghij"[n % 10]
        began = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(title, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        app.processEvents()  # the tree's relabel runs on the next turn of the event loop
        keys.append((time.perf_counter() - began) * 1000)
        began = time.perf_counter()
        window.check_timer.stop()
        window.run_checks()
        checks.append((time.perf_counter() - began) * 1000)
    saves = []
    for _ in range(max(5, reps)):
        began = time.perf_counter()
        window.save_to(path, ask=False)
        saves.append((time.perf_counter() - began) * 1000)
    window.stack.setClean()
    window.close()
    figures = {
        "open": statistics.median(opens),
        "keystroke": statistics.median(keys),
        "check": statistics.median(checks),
        "check_p95": sorted(checks)[int(len(checks) * 0.95) - 1],
        "save": statistics.median(saves),
    }
    res.add("editor: open the 500-item program", figures["open"], "ms", "< 500 ms", figures["open"] < 500)
    res.add("editor: keystroke → draft and tree", figures["keystroke"], "ms", "—")
    res.add(
        "editor: checks after a keystroke",
        figures["check"],
        "ms",
        "< 50 ms",
        figures["check"] < 50,
        f"p95 {figures['check_p95']:.1f} ms",
    )
    res.add("editor: save (atomic, fsync, .bak)", figures["save"], "ms", "< 100 ms", figures["save"] < 100)
    res.details["editor_ms"] = {"open": opens, "keystroke": keys, "check": checks, "save": saves}
