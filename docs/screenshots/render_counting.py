"""Render the counting window and the counting committee's documents (offscreen).

    QT_QPA_PLATFORM=offscreen python docs/screenshots/render_counting.py

On the bundled Vietnamese sample's election (17 names for 15 seats) and on the test program's
no-surplus election (3 for 3): the window after a few ballots typed by keys, in Vietnamese and
English; the ballot papers of both forms and a station's entry log, converted to PDF with
LibreOffice and to PNG with pdftoppm (both needed for the documents; the window needs neither).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from presidium.app.counting import CountingStation  # noqa: E402
from presidium.app.samples import sample_path  # noqa: E402
from presidium.cli import main as cli  # noqa: E402
from presidium.core.loader import load_program  # noqa: E402
from presidium.ui.counting.launch import build_window  # noqa: E402
from presidium.ui.i18n import Language  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
SAMPLES = ROOT / "docs" / "samples"
TESTS = ROOT / "tests" / "programs" / "counting.toml"


def window(app, language, program: Path, item: str, keys: list[str], out: Path, lang: str, work: Path) -> None:
    language.use(lang)
    station = CountingStation.open(load_program(program), item, "A", work / f"{out.stem}.sqlite")
    shown = build_window(station, lang)
    shown.resize(1366, 768)
    shown.show()
    for ballot in keys:
        for char in ballot:
            if char == "\n":
                QTest.keyClick(shown, Qt.Key.Key_Return)
            else:
                QTest.keyClicks(shown, char)
        app.processEvents()
    app.processEvents()
    shown.grab().save(str(out))
    shown.close()
    station.close()
    print(out.relative_to(ROOT))


def differences(app, language, program: Path, out: Path, lang: str, work: Path) -> None:
    """Station A after comparing with B's journal (F4): two ballots differ, the first put up again (F3)."""
    script = work / "b.txt"
    script.write_text("1 struck 2 5\n2 struck 1 3 4\n3 struck 1 2\n4 struck 2 9\n5 invalid torn\n", encoding="utf-8")
    b = work / "differences-b.sqlite"
    args = ["count", str(program), "--item", "bau-ban-chap-hanh", "--station", "B", "--db", str(b)]
    cli([*args, "--script", str(script)])
    language.use(lang)
    station = CountingStation.open(load_program(program), "bau-ban-chap-hanh", "A", work / "differences-a.sqlite")
    shown = build_window(station, lang)
    shown.resize(1366, 768)
    shown.show()
    for ballot in ["25\n", "134\n", "12\n", "28\n"]:  # ballot 4: 2 and 8 struck, B has 2 and 9
        for char in ballot:
            if char == "\n":
                QTest.keyClick(shown, Qt.Key.Key_Return)
            else:
                QTest.keyClicks(shown, char)
    shown.controller.compare([b])  # what F4 does once the journal is chosen in the file dialog
    QTest.keyClick(shown, Qt.Key.Key_F3)
    app.processEvents()
    shown.grab().save(str(out))
    shown.close()
    station.close()
    print(out.relative_to(ROOT))


def page(docx: Path, out: Path, work: Path, number: int = 1) -> None:
    subprocess.run(
        ["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(work), str(docx)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = work / (docx.stem + ".pdf")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            str(number),
            "-l",
            str(number),
            "-singlefile",
            str(pdf),
            str(out.with_suffix("")),
        ],
        check=True,
        timeout=60,
    )
    print(out.relative_to(ROOT))


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    language = Language(app)
    work = Path(tempfile.mkdtemp(prefix="presidium-counting-"))
    sample = sample_path("vi")
    try:
        # A few ballots: 2 names crossed out, then one with 4 (valid: 13 kept for 15 seats), then one being typed.
        keys = ["25\n", "13QW\n", "7"]
        window(app, language, sample, "bau-ban-chap-hanh", keys, SHOTS / "counting-1366-vi.png", "vi", work)
        window(app, language, sample, "bau-ban-chap-hanh", keys, SHOTS / "counting-1366-en.png", "en", work)
        window(
            app,
            language,
            TESTS,
            "bau-ubkt",
            ["1\n", "22\n", "3"],
            SHOTS / "counting-no-surplus-1366-vi.png",
            "vi",
            work,
        )
        # Ballot 3 being typed as 1 disagree, 2 neither/both: "not counted" drawn between two hatched boxes.
        window(
            app,
            language,
            TESTS,
            "bau-ubkt",
            ["1\n", "22\n", "322"],
            SHOTS / "counting-no-surplus-1366-en.png",
            "en",
            work,
        )
        differences(app, language, sample, SHOTS / "counting-differences-1366-vi.png", "vi", work)
        language.use("en")
        if shutil.which("libreoffice") is None or shutil.which("pdftoppm") is None:
            print("libreoffice or pdftoppm missing: the document pages are not rendered", file=sys.stderr)
            return 0
        cli(["ballots", str(sample), "--item", "bau-ban-chap-hanh", "-o", str(work / "phieu-bau.docx")])
        page(work / "phieu-bau.docx", SAMPLES / "ballots-surplus.png", work)
        cli(["ballots", str(TESTS), "--item", "bau-ubkt", "-o", str(work / "phieu-bau-ubkt.docx")])
        page(work / "phieu-bau-ubkt.docx", SAMPLES / "ballots-no-surplus.png", work)
        script = work / "a.txt"
        script.write_text(
            "1 struck 2 5\n2 struck -\n3 invalid not-issued\n4 struck 1 2 3\n5 struck 4 9\n", encoding="utf-8"
        )
        db = work / "ban-a.sqlite"
        cli(
            [
                "count",
                str(sample),
                "--item",
                "bau-ban-chap-hanh",
                "--station",
                "A",
                "--db",
                str(db),
                "--script",
                str(script),
            ]
        )
        script.write_text(
            "1 struck 2 5\n2 struck -\n3 invalid not-issued\n4 struck 1 2\n5 struck 4 9\n", encoding="utf-8"
        )
        cli(
            [
                "count",
                str(sample),
                "--item",
                "bau-ban-chap-hanh",
                "--station",
                "A",
                "--db",
                str(db),
                "--script",
                str(script),
            ]
        )
        cli(["export", "entry-log", "--db", str(db), "-o", str(work / "nhat-ky.docx")])
        page(work / "nhat-ky.docx", SAMPLES / "entry-log-page.png", work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
