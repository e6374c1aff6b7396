"""Start-up: the bundled sample, another program, a broken file, resuming, a live run's warnings."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from presidium.core.clock import FakeClock
from presidium.core.loader import load_program
from presidium.core.problems import ProgramError
from presidium.ui import launch
from presidium.ui.prefs import Preferences
from support.podium import MINIMAL, PROGRAMS, START, when_modal

BROKEN = PROGRAMS / "broken" / "many-problems.toml"


@pytest.fixture
def opened(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("PRESIDIUM_DATA_DIR", str(tmp_path / "data"))
    apps: list[launch.PodiumApp] = []
    prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))

    def open_(**options) -> launch.PodiumApp | None:
        args = Namespace(**{"file": None, "live": False, "db": None, "lang": None, **options})
        podium = launch.open_podium(args, QApplication.instance(), prefs, FakeClock(START))
        if podium is not None:
            qtbot.addWidget(podium.window)
            apps.append(podium)
        return podium

    yield open_
    for podium in apps:
        podium.session.close()
        podium.language.use("en")


def test_no_argument_opens_the_vietnamese_sample_in_rehearsal(opened, tmp_path):
    podium = opened()
    assert podium.session.mode == "rehearsal"
    assert podium.window.banner.text() == "TỔNG DUYỆT"
    assert podium.session.program.congress.title in podium.window.windowTitle()
    assert Path(podium.session.program.source).name == "dai-hoi-quan-su-tinh.toml"
    assert (tmp_path / "data" / "dai-hoi-quan-su-tinh.presidium.db").exists()


def test_lang_en_opens_the_english_sample_in_english(opened):
    podium = opened(lang="en")
    assert Path(podium.session.program.source).name == "general-assembly-en.toml"
    assert podium.window.banner.text() == "REHEARSAL"


def test_a_broken_program_shows_its_problems_and_exits_1(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(
        launch,
        "Preferences",
        lambda: Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)),
    )
    shown = []

    def read(dialog):
        shown.append(dialog.text())
        dialog.accept()

    when_modal(read)
    code = launch.main(Namespace(file=BROKEN, live=False, db=tmp_path / "j.db", lang="vi"))
    assert code == 1
    with pytest.raises(ProgramError) as error:
        load_program(BROKEN)
    assert shown and error.value.text("vi") in shown[0]
    assert shown[0].startswith("Tệp chương trình có lỗi:")
    app = QApplication.instance()
    for translator in app.findChildren(QTranslator):  # main() installed Vietnamese for good
        app.removeTranslator(translator)


def test_reopening_an_unfinished_run_resumes_it_and_says_so(opened, tmp_path):
    db = tmp_path / "run.db"
    first = opened(file=MINIMAL, db=db)
    assert first.window.notice.isHidden()
    first.session.start()
    first.session.next()
    first.session.close()
    again = opened(file=MINIMAL, db=db)
    assert again.session.resumed
    assert again.window.current.title.text() == "Thông qua chương trình Đại hội"
    assert not again.window.notice.isHidden()
    assert again.window.notice.text().startswith("Đã tiếp tục lần chạy dở số 1")


def test_a_live_run_warns_when_the_program_was_not_rehearsed(opened, tmp_path):
    said = []

    def read(dialog):
        said.append((dialog.windowTitle(), dialog.text()))
        dialog.accept()

    when_modal(read)
    podium = opened(file=MINIMAL, db=tmp_path / "live.db", live=True)
    assert said[0][0] == "Kiểm tra trước khi chạy chính thức"
    assert said[0][1] == podium.window.notice.text()
    assert podium.window.banner.text() == "CHÍNH THỨC"
    notice = podium.window.notice.text()
    assert notice.startswith("Chạy CHÍNH THỨC — kiểm tra trước khi bắt đầu:")
    assert "Cảnh báo:" in notice


def test_a_live_run_of_the_rehearsed_program_opens_without_a_warning(opened, tmp_path):
    db = tmp_path / "both.db"
    rehearsal = opened(file=MINIMAL, db=db)
    rehearsal.session.start()
    rehearsal.session.finish()
    rehearsal.session.close()
    live = opened(file=MINIMAL, db=db, live=True)  # no dialog: nothing to warn about
    assert live.window.notice.isHidden()
    assert live.window.banner.text() == "CHÍNH THỨC"


def test_switching_language_from_the_menu_rebuilds_the_window_in_english(opened, qtbot):
    podium = opened(file=MINIMAL)
    old = podium.window
    podium.window.language_actions["en"].trigger()
    assert podium.window is not old
    assert podium.window.banner.text() == "REHEARSAL"
    assert podium.prefs.language == "en"


ICONS_AFTER_PAINT = r"""
import sys
from argparse import Namespace
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from presidium.ui import launch
from presidium.ui.prefs import Preferences
app = QApplication(sys.argv[:1])
prefs = Preferences(QSettings(sys.argv[1] + "/settings.ini", QSettings.Format.IniFormat))
podium = launch.open_podium(Namespace(file=None, live=False, db=sys.argv[1] + "/j.db", lang=None), app, prefs)
before = "qtawesome" in sys.modules, podium.window.commands["next"].icon().isNull()
for _ in range(50):
    app.processEvents()
after = "qtawesome" in sys.modules, podium.window.commands["next"].icon().isNull()
print(before, after)
podium.session.close()
"""


def test_the_window_paints_before_the_icon_fonts_load_then_shows_its_icons(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PRESIDIUM_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", ICONS_AFTER_PAINT, str(tmp_path)], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "(False, True) (True, False)"


def test_a_second_window_on_a_journal_being_written_offers_a_read_only_view(opened, tmp_path, qtbot):
    from PySide6.QtCore import Qt

    from support.processes import Writer, events_of

    db = tmp_path / "dai-hoi.presidium.db"
    writer = Writer(db)  # the first window: a real process holding the journal's lock
    try:
        asked = []

        def accept(box) -> None:
            asked.append(box.text())
            next(b for b in box.buttons() if b.text() == "Chỉ xem").click()

        when_modal(accept)
        podium = opened(live=True, db=str(db))
        assert f"tiến trình {writer.process.pid}" in asked[0] and "Mở ở chế độ chỉ xem?" in asked[0]
        assert podium.session.readonly and "Chỉ xem" in podium.window.notice.text()
        assert podium.window.banner.text() == "CHÍNH THỨC · CHỈ XEM"
        podium.window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is podium.window, timeout=3000)
        qtbot.keyClick(podium.window, Qt.Key.Key_Space)  # greyed in a view: nothing moves, the notice stays
        assert podium.session.state.position == 0 and not podium.window.buttons["next"].isEnabled()
        assert "Chỉ xem" in podium.window.notice.text()
        writer.send("next")  # the writer moves on; the view follows within a second or so
        podium.session._clock.advance(2)
        qtbot.waitUntil(lambda: podium.session.state.position == 1, timeout=3000)
        assert [e.kind for e in events_of(db)] == ["start", "next"]  # nothing from the view
    finally:
        writer.stop()


def test_preferences_follow_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESIDIUM_DATA_DIR", str(tmp_path / "usb"))
    prefs = Preferences()
    prefs.theme = "dark"
    prefs.mirror = "/media/usb"
    prefs.sync()
    written = (tmp_path / "usb" / "settings.ini").read_text(encoding="utf-8")
    assert "theme=dark" in written and "mirror=/media/usb" in written
    assert Preferences().theme == "dark"
