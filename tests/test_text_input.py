"""Text that can always be exported: control characters refused where they enter, anything already
stored printed with a visible mark, names normalised, and hostile program files validated at once."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path
from types import SimpleNamespace

import pytest
from docx import Document

from presidium.app import cli_export
from presidium.app.session import CongressSession
from presidium.core.clock import FakeClock
from presidium.core.events import Event
from presidium.core.loader import load_program_bytes, load_program_text
from presidium.core.problems import ProgramError
from presidium.core.text_input import MARK, normalize_name, printable

MINIMAL = (Path(__file__).parent / "programs" / "minimal.toml").read_text(encoding="utf-8")


def problems(text: str, lang: str = "en") -> list[str]:
    with pytest.raises(ProgramError) as caught:
        load_program_text(text, "p.toml")
    return [p.text(lang).removeprefix("p.toml:") for p in caught.value.problems]


def test_names_are_normalised_nfc_single_spaced_without_zero_width_characters():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Văn An")
    assert normalize_name(f"  {decomposed}\u200b  ") == "Nguyễn Văn An"
    assert normalize_name("Nguyễn  Văn\tAn") == "Nguyễn Văn An"
    program = load_program_text(MINIMAL.replace('"Nguyễn Văn An"', '"Nguyễn  Văn An"'))
    assert program.item("bau-bch").election.candidates[0] == "Nguyễn Văn An"


def test_two_candidates_equal_once_normalised_are_a_validate_error():
    nfd = unicodedata.normalize("NFD", "Trần Thị Bình")
    text = MINIMAL.replace('"Lê Văn Cường"]', f'"{nfd}"]')
    assert problems(text) == ["46: item 'bau-bch': the name 'Trần Thị Bình' appears twice on the list"]


def test_a_control_character_in_the_program_is_an_error_at_its_line():
    text = MINIMAL.replace('title = "Chào cờ"', 'title = "Chào\\u0001 cờ"')
    (message,) = problems(text, "vi")
    assert message.startswith("24: mục 'chao-co': 'tiêu đề' có ký tự điều khiển không in được (U+0001, ký tự thứ 5)")
    script = 'script = """\nDòng một\nDòng hai\x0b lỗi\nDòng bốn"""'.replace("\x0b", "\\u000b")
    text = MINIMAL.replace('script = "Kính thưa Đại hội, có {present}/{convened} đồng chí có mặt."', script)
    (message,) = problems(text)
    assert message.startswith("29: item 'chao-co': 'script' holds a control character")  # the line at fault
    newline_in_title = MINIMAL.replace('title = "Chào cờ"', 'title = "Chào\\ncờ"')
    assert "U+000A" in problems(newline_in_title)[0]


def test_a_program_recorded_with_a_run_still_loads_with_its_control_characters():
    strict_all = MINIMAL.replace('fraction = "1/2"', 'fraction = "1/1"').replace(
        "delegates_convened = 9", "delegates_convened = 200000"
    )
    with pytest.raises(ProgramError):
        load_program_text(strict_all)  # refused as a new program…
    old = load_program_bytes(strict_all.encode(), "p.toml", recorded=True)  # …replayed as recorded
    assert old.rules["motion"].fraction == 1 and old.congress.delegates_convened == 200_000
    text = MINIMAL.replace('title = "Chào cờ"', 'title = "Chào\\u0001 cờ"')
    program = load_program_bytes(text.encode(), "p.toml", recorded=True)
    assert program.item("chao-co").title == "Chào\x01 cờ"
    assert printable(program.item("chao-co").title) == f"Chào{MARK} cờ"


def test_minutes_and_review_export_a_journal_that_already_holds_control_characters(tmp_path):
    path = tmp_path / "p.toml"
    path.write_text(MINIMAL.replace('title = "Chào cờ"', 'title = "Chào\\u0001 cờ"'), encoding="utf-8")
    program = load_program_bytes(path.read_bytes(), str(path), recorded=True)  # written before the check
    clock = FakeClock(program.sessions[0].starts_at.timestamp())
    db = tmp_path / "j.db"
    session = CongressSession.open(program, db, "live", clock)
    session.start()
    # Recorded by an older version that let them through: straight into the journal.
    at = clock.now() + 60
    session.journal.append(session.run_id, Event(2, "note", at, {"text": "micro\x0bhỏng", "category": "technical"}))
    session.journal.append(
        session.run_id,
        Event(3, "insert", at, {"title": "Thư\x0c chúc mừng", "kind": "procedure", "duration": 300, "id": "thu"}),
    )
    session.journal.append(session.run_id, Event(4, "next", at + 60, {}))
    session.close()
    for what in ("minutes", "review"):
        out = tmp_path / f"{what}.docx"
        assert cli_export.main(SimpleNamespace(what=what, db=db, run=None, output=out, lang="vi")) == 0
        text = "\n".join(p.text for p in Document(str(out)).paragraphs) + "".join(
            cell.text for table in Document(str(out)).tables for row in table.rows for cell in row.cells
        )
        assert f"Thư{MARK} chúc mừng" in text, what


def test_a_hostile_program_validates_in_under_two_seconds(tmp_path):
    cards = "".join(f'\n[[card]]\nid = "the-{i}"\ntitle = "Thẻ {i}"\nrefs = ["khong-co-{i}"]\n' for i in range(3000))
    started = time.process_time()
    found = problems(MINIMAL + cards)
    assert len(found) == 3000 and time.process_time() - started < 2
    assert "did you mean" not in found[-1]  # hints for the first ones only: difflib is quadratic
    huge_by = MINIMAL.replace('kind = "ceremony"', 'kind = "ceremony"\nby = "' + "Ban Tổ chức " * 450_000 + '"')
    assert len(huge_by.encode()) > 5_000_000
    started = time.process_time()
    (message,) = problems(huge_by)
    assert time.process_time() - started < 2
    assert (
        message == "26: item 'chao-co': 'by' is 5400000 characters long, over the limit of 1000; perhaps a "
        "whole document was pasted by mistake"
    )


def test_a_five_megabyte_program_opens_at_the_podium_in_under_three_seconds(make_podium, tmp_path):
    speech = (
        '\n[[session.item]]\nid = "muc-{i}"\ntitle = "Mục {i}"\nkind = "speech"\nduration = "1m"\nby = "{by}"\n'
        'script = """{script}"""\n'
    )
    items = "".join(
        speech.format(i=i, by="Ban Tổ chức " * 40, script="Kính thưa Đại hội, {present} đại biểu. " * 45)
        for i in range(1800)
    )
    path = tmp_path / "lon.toml"
    path.write_text(MINIMAL.replace("[[card]]", items + "\n[[card]]", 1), encoding="utf-8")
    assert path.stat().st_size > 5_000_000
    started = time.process_time()  # the work it takes, not the wait for a CPU the other suites hold
    podium = make_podium(program=path)
    assert time.process_time() - started < 3
    assert podium.window.agenda.isVisible()


def test_a_pasted_line_separator_does_not_shift_the_lines_problems_point_at():
    text = MINIMAL.replace(
        'organization = "Đảng bộ Phường Bến Thành"',
        'organization = "Đảng bộ\u2028Phường\x0c Bến Thành"'.replace("\x0c", "\\f"),
    )
    text = text.replace('duration = "5m"', 'duration = "5 phút"')
    found = problems(text)
    assert found[0].startswith("6: [congress]: 'organization (issues the documents)' holds a control character")
    assert found[1].startswith("26: item 'chao-co': 'duration' = '5 phút' is not a duration")


def test_a_control_character_in_a_simulate_script_is_refused_at_its_own_line(tmp_path, capsys):
    from presidium.cli import main

    program = tmp_path / "p.toml"
    program.write_text(MINIMAL, encoding="utf-8")
    script = tmp_path / "s.txt"
    script.write_text("0:00 start\n0:10 note micro\x0bhỏng\n", encoding="utf-8")
    assert main(["simulate", str(program), "--db", str(tmp_path / "j.db"), "--script", str(script)]) == 1
    assert capsys.readouterr().err.startswith(
        f"{script}:2: không thể ghi chú: “nội dung” có ký tự điều khiển không in được (U+000B, ký tự thứ 6)"
    )


def test_a_program_of_tens_of_thousands_of_items_is_refused_at_once():
    items = "".join(
        f'\n[[session.item]]\nid = "m-{i}"\ntitle = "Mục số {i} của chương trình đại hội"\n'
        f'kind = "speech"\nduration = "1m"\n'
        for i in range(45_000)
    )
    text = MINIMAL.replace("[[card]]", items + "\n[[card]]", 1)
    assert len(text.encode()) > 5_000_000
    started = time.process_time()
    assert problems(text, "vi") == [
        " chương trình có 45003 mục, nhiều hơn mức tối đa 2000 của một đại hội; tệp này "
        "có lẽ được sinh tự động hoặc bị hỏng"
    ]
    assert time.process_time() - started < 2


def test_a_huge_candidate_list_is_checked_in_linear_time():
    names = ", ".join(f'"Nguyễn Văn Số {i}"' for i in range(250_000))
    text = MINIMAL.replace('candidates = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]', f"candidates = [{names}]")
    started = time.process_time()
    (message,) = problems(text)
    assert time.process_time() - started < 2  # counting each name against the whole list took minutes
    assert "the list has 250000 candidates for 3 seats" in message
