"""Error messages a clerk can act on: TOML mistakes said in words with the fix, at the right line, in
the chosen language; and the command line's own help and errors in Vietnamese by default."""

from __future__ import annotations

from pathlib import Path

import pytest

from presidium.cli import main
from presidium.core.loader import load_program_text
from presidium.core.problems import ProgramError

MINIMAL = (Path(__file__).parent / "programs" / "minimal.toml").read_text(encoding="utf-8")
SCRIPT = 'script = "Kính thưa Đại hội, có {present}/{convened} đồng chí có mặt."'


def said(text: str, lang: str = "vi") -> list[str]:
    with pytest.raises(ProgramError) as caught:
        load_program_text(text, "p.toml")
    return [p.text(lang).removeprefix("p.toml:") for p in caught.value.problems]


@pytest.mark.parametrize(
    "before, after, expected",
    [
        (
            'start = "07:30"',
            "start = 07:30",
            '20: lỗi cú pháp TOML (cột 10): giờ phải viết trong dấu ngoặc kép, ví dụ start = "07:30"',
        ),
        (
            'start = "07:30"',
            "start = 07:30:00",
            "20: phiên 'chinh-thuc': 'giờ bắt đầu' phải viết trong dấu ngoặc kép: start = \"07:30\"",
        ),
        (
            'title = "Chào cờ"',
            "title = “Chào cờ”",
            '24: lỗi cú pháp TOML (cột 9): dòng này có dấu ngoặc kép kiểu Word (“ ”); hãy thay bằng dấu ngoặc kép thẳng " '
            "(gõ trong Notepad, hoặc tắt “Smart quotes” của Word)",
        ),
        (
            'title = "Chào cờ"',
            'title = "Chào cờ',
            '24: lỗi cú pháp TOML (cột 17): dấu ngoặc kép mở mà không đóng trên dòng này; thêm dấu " ở cuối giá trị '
            '(văn bản nhiều dòng viết giữa """ và """)',
        ),
        (
            SCRIPT,
            'script = """Kính thưa\nĐại hội',
            '27: lỗi cú pháp TOML: văn bản nhiều dòng mở bằng """ ở dòng này không được đóng; thêm """ ở cuối văn bản',
        ),
        (
            "strict = true",
            'strict = "true"',
            "14: quy tắc 'motion': 'strict' = 'true' được viết trong dấu ngoặc kép nên là chữ; bỏ dấu ngoặc kép: strict = true",
        ),
        (
            "date = 2025-07-07",
            'date = "2025-07-07"',
            "19: phiên 'chinh-thuc': 'date' = '2025-07-07' được viết trong dấu ngoặc kép nên là chữ; bỏ dấu ngoặc kép: "
            "date = 2025-07-07",
        ),
        (
            'kind = "ceremony"',
            "kind = ceremony",
            '25: lỗi cú pháp TOML (cột 8): chữ phải viết trong dấu ngoặc kép, ví dụ "ceremony"',
        ),
    ],
)
def test_common_toml_slips_are_said_in_words_with_the_fix(before, after, expected):
    assert expected in said(MINIMAL.replace(before, after, 1))


def test_an_item_table_written_at_the_top_level_is_named_with_its_line_and_the_header_to_write():
    text = MINIMAL.replace('[[session.item]]\nid = "chao-co"', '[[item]]\nid = "chao-co"', 1)
    assert (
        "22: [[item]]: this table belongs inside a session; write the header [[session.item]] instead of "
        "[[item]]" in said(text, "en")
    )


def test_a_problem_inside_a_multi_line_script_points_at_its_line_and_a_lone_brace_hides_nothing():
    script = 'script = """\nKính thưa Đại hội,\ncó {present} đồng chí {\nmời {preesnt} lên."""'
    found = said(MINIMAL.replace(SCRIPT, script, 1), "en")
    assert found == [
        "29: item 'chao-co': 'script' has an unbalanced brace; write {{ and }} for literal braces",
        "30: item 'chao-co': 'script' uses the unknown placeholder {preesnt} (did you mean 'present'?); write {{ "
        "and }} for literal braces",
    ]


def test_help_and_argument_errors_follow_the_language(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("cách dùng: presidium") and "in hướng dẫn này rồi thoát" in out
    assert "kiểm tra tệp chương trình" in out
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: presidium") and "check a program file" in out
    with pytest.raises(SystemExit):
        main(["validate"])
    assert capsys.readouterr().err.strip().endswith("presidium validate: lỗi: thiếu tham số bắt buộc: file")
    with pytest.raises(SystemExit):
        main(["--lang", "en", "validate"])
    assert "the following arguments are required: file" in capsys.readouterr().err


@pytest.mark.parametrize(
    "before, after, expected",
    [
        (
            "delegates_convened = 9",
            "delegates_convened = 1000000000000000000000000000000",
            "9: [congress]: 'delegates convened' must be at most 100000, got 1000000000000000000000000000000",
        ),
        ("seats = 3", "seats = 5000", "44: item 'bau-bch': 'seats' must be at most 1000, got 5000"),
        (
            'duration = "5m"',
            'duration = "999999h"',
            "26: item 'chao-co': 'duration' must be at most 24h, got '999999h'",
        ),
    ],
)
def test_absurd_figures_in_a_program_are_refused(before, after, expected):
    assert expected in said(MINIMAL.replace(before, after, 1), "en")


def test_every_help_text_of_the_command_line_has_its_vietnamese():
    """A command added later cannot print English in a Vietnamese --help: every help of every command and
    option, read off the parser itself, is the Vietnamese of a catalogue entry, never its English."""
    import argparse

    from presidium.cli import build_parser
    from presidium.core.catalogue import CATALOGUE

    def helps(parser: argparse.ArgumentParser):
        yield parser.description
        for action in parser._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                yield action.help
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    yield choice.help
                for sub in set(action.choices.values()):
                    yield from helps(sub)

    vietnamese = {vi for code, (vi, _) in CATALOGUE.items() if code.startswith("cli_help.")}
    try:
        said = [text for text in helps(build_parser("vi")) if text]
    finally:
        argparse._ = lambda text: text  # type: ignore[attr-defined]
    assert len(said) > 40
    assert [text for text in said if text not in vietnamese] == []
