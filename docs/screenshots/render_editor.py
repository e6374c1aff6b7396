"""Render the program editor to PNG (offscreen), in Vietnamese and English: the script view at 1366×768
and 1920×1080, the election, the timeline and a renamed card views at 1366×768.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/render_editor.py

On a copy of the bundled Vietnamese sample: an item with its script and the placeholders' preview;
the election with a candidate list one name short of the seats (the surplus line and the problem list
say so), the session running into the next one after a lengthened item, and a card given a new id (the
status line says how many items' references followed it).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from presidium.app.samples import sample_path  # noqa: E402
from presidium.ui.editor.launch import open_editor  # noqa: E402
from presidium.ui.i18n import Language  # noqa: E402

HERE = Path(__file__).parent
SIZES = ((1366, 768), (1920, 1080))


def settle(app: QApplication, window) -> None:
    for _ in range(3):
        app.processEvents()
    window.check_timer.stop()
    window.run_checks()
    app.processEvents()


def render(app: QApplication, language: Language, lang: str, work: Path) -> list[Path]:
    language.use(lang)
    program = work / f"dai-hoi-{lang}.toml"
    shutil.copyfile(sample_path("vi"), program)
    written = []
    for width, height in SIZES:
        window = open_editor(program, lang, recover=False)
        window.resize(width, height)
        window.show()
        script_item = ("session", 1, "item", 3)
        window.select(script_item)
        settle(app, window)
        out = HERE / f"editor-script-{width}-{lang}.png"
        window.grab().save(str(out))
        written.append(out)
        if width != 1366:  # the other views once, at the common laptop size
            window.stack.setClean()
            window.close()
            continue

        election = next(
            p
            for s in window.draft.paths(("session",))
            for p in window.draft.paths(s + ("item",))
            if window.draft.get(p, "kind") == "election"
        )
        window.select(election)
        settle(app, window)
        names = window.draft.get(election, "election")["candidates"]
        window.edit(election, {"election.candidates": names[:14]})
        window.edit(("session", 0, "item", 2), {"duration": "1h"})  # the preparatory session now runs long
        window.edit(("session", 0), {"end": "08:30"})
        window.select(election)
        settle(app, window)
        window.form.fields["election.candidates"].setFocus()
        out = HERE / f"editor-election-{width}-{lang}.png"
        window.grab().save(str(out))
        written.append(out)
        window.select(("session", 0, "item", 2))
        settle(app, window)
        out = HERE / f"editor-timeline-{width}-{lang}.png"
        window.grab().save(str(out))
        written.append(out)
        window.select(("card", 0))
        settle(app, window)
        window.edit(("card", 0), {"id": "xin-rut-ung-cu"}, typing=True)
        window.form.fields["id"].load("xin-rut-ung-cu")
        settle(app, window)
        out = HERE / f"editor-card-rename-{width}-{lang}.png"
        window.grab().save(str(out))
        written.append(out)
        window.stack.setClean()
        window.close()
    return written


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    language = Language(app)  # one object: use() takes the previous language's catalogues out
    with tempfile.TemporaryDirectory() as folder:
        for lang in sys.argv[1:] or ["vi", "en"]:
            for path in render(app, language, lang, Path(folder)):
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
