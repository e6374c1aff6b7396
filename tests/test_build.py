"""The self-contained build: what the frozen app does differently, what the build leaves out, its metadata,
and the smoke test's whole-day script. Building the bundle itself takes a minute: `.ci/run` does it after
the suite and runs scripts/smoke_build.py against the built executable."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import presidium
from presidium.app import frozen
from presidium.app.samples import app_icon, resources_dir
from presidium.cli import main

ROOT = Path(__file__).parent.parent


def load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sys.path.insert(0, str(ROOT / "packaging"))
import trim  # noqa: E402

build_app = load_script("build_app")
smoke = load_script("smoke_build")


# --- the frozen app starts itself again for an export -----------------------------------------------------
def test_an_export_from_the_frozen_window_runs_the_build_s_own_executable(monkeypatch, tmp_path):
    from presidium.ui.export_action import ExportJob

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    job = ExportJob("minutes", tmp_path / "j.db", 2, tmp_path / "out.docx", "vi")
    assert job.process.program() == sys.executable
    assert job.process.arguments()[:4] == ["--lang", "vi", "export", "minutes"]
    assert job.process.arguments()[-2:] == ["--run", "2"]


def test_an_export_from_an_installed_window_runs_an_isolated_python_dash_m_presidium(monkeypatch, tmp_path):
    from presidium.ui.export_action import ExportJob

    monkeypatch.delattr(sys, "frozen", raising=False)
    job = ExportJob("review", tmp_path / "j.db", None, tmp_path / "out.docx", "en")
    # -I: a `presidium/` folder planted in the launch folder cannot run in place of the installed one
    assert [job.process.program(), *job.process.arguments()[:5]] == [
        sys.executable,
        "-I",
        "-m",
        "presidium",
        "--lang",
        "en",
    ]
    assert frozen.presidium_command() == [sys.executable, "-I", "-m", "presidium"]


# --- PRESIDIUM_FIRST_FRAME: the window to its first frame, then closed ---------------------------------------
@pytest.mark.slow  # starts the podium in another process
def test_first_frame_variable_opens_the_podium_saves_its_frame_and_exits_0(tmp_path):
    frame = tmp_path / "shots" / "first.png"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PRESIDIUM_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PRESIDIUM_FIRST_FRAME": str(frame),
    }
    done = subprocess.run(
        [sys.executable, "-m", "presidium", "--lang", "en"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(frame))
    assert (image.width(), image.height()) == (1366, 768)
    assert (tmp_path / "data" / "general-assembly-en.presidium.db").is_file()


@pytest.mark.slow  # starts the podium in another process
def test_without_the_variable_the_podium_stays_open(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PRESIDIUM_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    env.pop("PRESIDIUM_FIRST_FRAME", None)
    with pytest.raises(subprocess.TimeoutExpired):
        subprocess.run([sys.executable, "-m", "presidium"], env=env, capture_output=True, timeout=8)


# --- what the build leaves out ----------------------------------------------------------------------------
QT = "PySide6/Qt/plugins"


@pytest.mark.parametrize(
    "dest",
    [
        f"{QT}/platforms/libqxcb.so",
        f"{QT}/platforms/libqwayland.so",
        f"{QT}/platforms/libqoffscreen.so",
        f"{QT}/platforms/qwindows.dll",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        f"{QT}/platforminputcontexts/libibusplatforminputcontextplugin.so",  # Vietnamese typing with ibus-unikey
        f"{QT}/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        f"{QT}/wayland-shell-integration/libxdg-shell.so",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "presidium/resources/i18n/presidium_vi.qm",
        "presidium/resources/samples/general-assembly-en.toml",
        "qtawesome/fonts/materialdesignicons6-webfont-6.9.96.ttf",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
    ],
)
def test_the_build_keeps_what_the_podium_needs(dest):
    assert trim.wanted(dest)


@pytest.mark.parametrize(
    "dest",
    [
        f"{QT}/platformthemes/libqgtk3.so",
        f"{QT}/tls/libqopensslbackend.so",
        f"{QT}/platforms/libqeglfs.so",
        f"{QT}/platforms/libqvnc.so",
        f"{QT}/networkinformation/libqnetworkmanager.so",
        f"{QT}/sqldrivers/libqsqlite.so",
        f"{QT}/imageformats/libqjpeg.so",
        f"{QT}/wayland-shell-integration/libivi-shell.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6\\translations\\qt_fr.qm",
        "PySide6\\opengl32sw.dll",
    ],
)
def test_the_build_leaves_out_what_nothing_uses(dest):
    assert not trim.wanted(dest)


def test_a_library_goes_only_when_nothing_kept_links_to_it():
    links = {
        "/src/QtGui.so": {"libQt6Gui.so.6", "libglib.so"},
        "/src/libqgtk3.so": {"libgtk-3.so", "libcairo.so", "libQt6Gui.so.6", "libglib.so"},
        "/src/libgtk-3.so": {"libcairo.so", "libpixman.so"},
        "/src/libcairo.so": {"libpixman.so"},
    }
    entries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.so", "EXTENSION"),
        (f"{QT}/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("libgtk-3.so", "/src/libgtk-3.so", "BINARY"),
        ("libcairo.so", "/src/libcairo.so", "BINARY"),
        ("libpixman.so", "/src/libpixman.so", "BINARY"),
        ("libglib.so", "/src/libglib.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
    ]
    kept = trim.prune(entries, lambda src: links.get(src, set()))
    assert [dest for dest, _src, _kind in kept] == [
        "PySide6/QtGui.abi3.so",
        "libglib.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
    ]
    links_back = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libcairo.so.2", "libcairo.so", "SYMLINK"),
    ]
    assert trim.without_dangling_links(links_back, kept) == links_back[:1]


# --- metadata ---------------------------------------------------------------------------------------------
def test_the_version_is_one_number_from_pyproject_to_presidium_version(capsys):
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert presidium.__version__ == version
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"presidium {version}"


@pytest.mark.parametrize(
    ("text", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("1.2.0rc1", (1, 2, 0, 0)), ("2.10.3.4", (2, 10, 3, 4))],
)
def test_windows_version_numbers(text, numbers):
    assert build_app.version_tuple(text) == numbers


def test_the_windows_version_resource_names_the_product_its_version_and_vendor():
    meta = build_app.project()
    text = build_app.version_resource(meta)
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates this file as one Python expression
    strings = {
        node.args[0].value: node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "StringStruct"
    }
    assert strings["ProductName"] == "Presidium"
    assert strings["ProductVersion"] == strings["FileVersion"] == meta["version"]
    assert strings["CompanyName"] == "Presidium contributors"
    assert strings["OriginalFilename"] == "presidium.exe"
    assert f"filevers={build_app.version_tuple(meta['version'])}" in text


def test_the_linux_desktop_entry_starts_presidium_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "packaging" / "presidium.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert (desktop["Type"], desktop["Name"], desktop["Exec"], desktop["Icon"]) == (
        "Application",
        "Presidium",
        "presidium",
        "presidium",
    )
    assert desktop["Comment[vi]"].startswith("Chương trình, kịch bản")


def test_the_icon_is_bundled_for_the_window_and_the_windows_build():
    assert QImage(str(app_icon())).size().width() == 256
    ico = (resources_dir() / "icons" / "presidium.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") == 7


# --- the smoke test's whole sample day --------------------------------------------------------------------
@pytest.mark.parametrize("sample", ["dai-hoi-quan-su-tinh.toml", "general-assembly-en.toml"])
def test_the_smoke_test_s_whole_day_holds_every_item_and_every_vote(sample, tmp_path, capsys):
    program = resources_dir() / "samples" / sample
    script = tmp_path / "day.actions"
    script.write_text(smoke.whole_day(tomllib.loads(program.read_text(encoding="utf-8"))), encoding="utf-8")
    db = tmp_path / "day.db"
    assert main(["--lang", "en", "simulate", str(program), "--db", str(db), "--script", str(script)]) == 0
    out = capsys.readouterr().out
    items = [line for line in out.splitlines()[2:] if not line.startswith("schedule delta")]
    assert items and all(line.rstrip().endswith("done") for line in items), out
    assert "schedule delta: ±0s" in out  # the day ran exactly as planned

    from presidium.app.session import replay  # every vote and election was recorded and decided
    from presidium.core.loader import load_program
    from presidium.infra.journal import Journal

    loaded = load_program(program)
    expected = sum(item.kind in ("vote", "election") for session in loaded.sessions for item in session.items)
    journal = Journal.open(db, readonly=True)
    try:
        state = replay(journal, 1, loaded)
    finally:
        journal.close()
    assert state.status == "finished"
    assert len([record for record in state.votes + state.ballots if not record.error]) == expected > 0


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows it would release the test run's console")
def test_outside_windows_the_build_keeps_its_terminal(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    stdout = sys.stdout
    assert frozen.release_own_console() is False
    assert sys.stdout is stdout
