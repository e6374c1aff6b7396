"""Without a screen, `presidium` says so in the chair's language instead of Qt's plugin abort."""

import subprocess
import sys

from presidium.ui.screen_check import display_problem


def test_no_display_is_explained_in_vietnamese_by_default():
    message = display_problem(environ={}, platform="linux")
    assert "không tìm thấy màn hình" in message and "export" in message


def test_an_offscreen_or_real_display_is_fine():
    assert display_problem(environ={"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert display_problem(environ={"WAYLAND_DISPLAY": "wayland-0"}, platform="linux") is None
    assert display_problem(environ={}, platform="win32") is None


def test_the_command_exits_with_the_message_and_no_traceback(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PRESIDIUM_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "presidium", "--lang", "en"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 2
    assert "no screen found" in result.stderr and "Traceback" not in result.stderr


def test_the_built_app_carrying_libxcb_cursor_needs_no_system_copy(tmp_path, monkeypatch):
    from presidium.ui import screen_check

    monkeypatch.setattr(screen_check.ctypes.util, "find_library", lambda name: None)  # not on this system
    x11 = {"DISPLAY": ":0"}
    assert "libxcb-cursor" in display_problem("en", environ=x11, platform="linux")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert "libxcb-cursor" in display_problem("en", environ=x11, platform="linux")  # a build without it
    (tmp_path / "libxcb-cursor.so.0").write_bytes(b"")
    assert display_problem("en", environ=x11, platform="linux") is None
