"""Each template, made into a new file with `presidium new`, opens live at the podium and steps on."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from presidium.app.templates import create_from_template, list_templates
from presidium.core.clock import FakeClock
from presidium.core.loader import load_program


@pytest.mark.parametrize("name", [info.name for info in list_templates()])
def test_a_new_program_from_a_template_opens_live_and_reads_its_first_scripts(name, make_podium, qtbot, tmp_path):
    path = create_from_template(name, tmp_path / f"{name}.toml")
    program = load_program(path)
    first = program.sessions[0]
    clock = FakeClock(datetime.combine(first.date, first.start).timestamp())
    lang = "en" if name.endswith("-en") else "vi"
    podium = make_podium(lang, program=path, mode="live", clock=clock)
    podium.press(qtbot, Qt.Key.Key_Space)
    window = podium.window
    for item in program.items[:3]:
        assert window.current.title.text() == item.title
        script = window.current.script_text()
        assert script and "{" not in script and "}" not in script  # every placeholder filled
        podium.wait(item.duration)
        podium.press(qtbot, Qt.Key.Key_Right)
    assert window.current.title.text() == program.items[3].title
    assert window.banner.text() not in ("DIỄN TẬP", "REHEARSAL")
