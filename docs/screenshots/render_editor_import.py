"""Render the editor after File → Import at 1366×768 (offscreen), in Vietnamese and English: the imported
program in a new, unsaved window with its File menu open, and the list of what was not placed.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/render_editor_import.py

The document imported is the bundled sample's kịch bản as exported, with a line typed between a
session's heading and its first item (which the import cannot place, so it lists it). Popups are
separate windows offscreen, so the menu and the list are painted onto the window's picture where they
stand on screen.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import docx  # noqa: E402
from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QColor, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from presidium.app.samples import sample_path  # noqa: E402
from presidium.core.loader import load_program  # noqa: E402
from presidium.infra.export_script import write_script  # noqa: E402
from presidium.ui.editor import files  # noqa: E402
from presidium.ui.editor.launch import open_editor  # noqa: E402
from presidium.ui.i18n import Language  # noqa: E402

HERE = Path(__file__).parent
STRAY = {
    "vi": "Ban Tổ chức nhắc: kiểm tra micro và màn hình trước giờ khai mạc",
    "en": "Reminder from the organisers: check the microphones and the screen before the opening",
}


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def script_with_a_stray_line(work: Path, lang: str) -> Path:
    path = write_script(load_program(sample_path("vi")), work / "kich-ban.docx", lang)
    document = docx.Document(str(path))
    paragraphs = document.paragraphs
    heading = next(i for i, p in enumerate(paragraphs) if p.text.strip().casefold() == "phiên trù bị")
    paragraphs[heading + 2].insert_paragraph_before(STRAY[lang])
    document.save(str(path))
    return path


def render(app: QApplication, language: Language, lang: str, work: Path) -> Path:
    language.use(lang)
    program = work / "dai-hoi.toml"
    shutil.copyfile(sample_path("vi"), program)
    first = open_editor(program, lang, recover=False)
    first.show()
    window = files.import_program(first, script_with_a_stray_line(work, lang))
    window.move(0, 0)
    window.resize(1366, 768)
    window.select(("session", 0, "item", 0))
    settle(app)
    window.check_timer.stop()
    window.run_checks()
    report = window.import_report
    report.move(window.mapToGlobal(QPoint(720, 380)))
    menu_bar = window.menuBar()
    file_action = menu_bar.actions()[0]
    menu = file_action.menu()
    menu.popup(menu_bar.mapToGlobal(menu_bar.actionGeometry(file_action).bottomLeft()))
    settle(app)
    picture = window.grab()
    painter = QPainter(picture)
    painter.setPen(QColor("#808080"))
    for popup in (report, menu):  # a thin frame, as the window manager would draw around them
        where = window.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0)))
        painter.drawPixmap(where, popup.grab())
        painter.drawRect(where.x(), where.y(), popup.width() - 1, popup.height() - 1)
    painter.end()
    out = HERE / f"editor-import-1366-{lang}.png"
    picture.save(str(out))
    menu.close()
    for each in (window, first):
        each.stack.setClean()
        each.close()
    return out


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    language = Language(app)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["PRESIDIUM_DATA_DIR"] = str(Path(folder) / "data")
        for lang in ("vi", "en"):
            print(render(app, language, lang, Path(folder)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
