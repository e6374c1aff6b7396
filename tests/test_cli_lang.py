"""Every command of the command line speaks the language of --lang: Vietnamese (the default) or English,
on success and on a mistake alike.

Each registered sub-command (presidium/cli.py's HANDLERS, and each document `export` writes) runs here on
real inputs with `--lang vi` and `--lang en`, once as it should go and once with a mistake. The Vietnamese
output has Vietnamese letters and none of the English words the commands say; the English output has no
Vietnamese letter once the names and titles it repeats from the program files are taken out.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from types import SimpleNamespace

import pytest

from presidium.cli import HANDLERS, main

PROGRAMS = Path(__file__).parent / "programs"
MINIMAL = PROGRAMS / "minimal.toml"  # a vote and an election of 3 names for 3 seats
COUNTING = PROGRAMS / "counting.toml"  # an election of 20 names for 16 seats
SCRIPT = "0:00 start\n5:30 next\n8:00 vote for=8 against=1 abstain=0\n8:30 next\n"
ENTRIES = "1 struck 1 2 3 4\n2 struck -\n3 invalid torn\n"
AGENDA = "STT;Nội dung;Thời lượng\r\n1;Chào cờ;5 phút\r\n2;Bế mạc;10 phút\r\n"
# The commands that open a window: their words are widget chrome (tr()), checked by tests/test_ui_i18n.py;
# here, what they say on a machine with no screen.
WINDOWS = {"gui": [], "open": ["open", str(MINIMAL)], "edit": ["edit", str(MINIMAL)]}

VIETNAMESE = set("ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
# Words the English output is made of; not one may be left in the Vietnamese output. (Not "in", a Vietnamese
# word too, nor the keywords of the script files, "ballot" and "invalid", which a message may quote.)
ENGLISH = re.compile(
    r"\b(the|of|and|is|not|no|to|on|wrote|written|cannot|ballots|events?|runs?|station|"
    r"valid|delegates|items?|rules?|file|journal|program|exists|problems?|must|verified|"
    r"required|arguments|error|usage|rehearsal|done|current|delta|minutes|review|script)\b",
    re.I,
)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """A simulated run's journal and two counting stations' journals, made once through the commands."""
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "s.txt").write_text(SCRIPT, encoding="utf-8")
    (folder / "e.txt").write_text(ENTRIES, encoding="utf-8")
    (folder / "bad.txt").write_text("1 stuck 2\n", encoding="utf-8")
    (folder / "fly.txt").write_text("0:00 start\n0:10 fly\n", encoding="utf-8")
    (folder / "ct.csv").write_bytes(AGENDA.encode("utf-8-sig"))
    (folder / "broken.toml").write_text(
        MINIMAL.read_text(encoding="utf-8").replace("delegates_convened = 9", "delegates_convened = -9"),
        encoding="utf-8",
    )
    (folder / "nothing.sqlite").write_text("not a journal", encoding="utf-8")
    assert main(["simulate", str(MINIMAL), "--db", str(folder / "run.sqlite"), "--script", str(folder / "s.txt")]) == 0
    for station in ("A", "B"):
        assert (
            main(
                [
                    "count",
                    str(COUNTING),
                    "--item",
                    "bau-bch",
                    "--station",
                    station,
                    "--db",
                    str(folder / f"{station}.sqlite"),
                    "--script",
                    str(folder / "e.txt"),
                ]
            )
            == 0
        )
    return SimpleNamespace(
        folder=folder, run=folder / "run.sqlite", stations=[folder / "A.sqlite", folder / "B.sqlite"]
    )


def cases(i, out: Path) -> dict[str, tuple[list[str], list[str]]]:
    """command -> (arguments that work, arguments with a mistake); `out` is a fresh folder for what is written."""
    f, run = i.folder, str(i.run)
    election = ["--item", "bau-bch"]
    stations = [str(path) for path in i.stations]
    return {
        "validate": (["validate", str(COUNTING)], ["validate", str(f / "broken.toml")]),
        "simulate": (
            ["simulate", str(MINIMAL), "--db", str(out / "sim.sqlite"), "--script", str(f / "s.txt")],
            ["simulate", str(MINIMAL), "--db", str(out / "sim.sqlite"), "--script", str(f / "fly.txt")],
        ),
        "runs": (["runs", "--db", run], ["runs", "--db", str(f / "nothing.sqlite")]),
        "verify": (["verify", "--db", run], ["verify", "--db", run, "--expect", "zz"]),
        "backup": (
            ["backup", "--db", run, "-o", str(out)],
            ["backup", "--db", str(out / "none.sqlite"), "-o", str(out)],
        ),
        "templates": (["templates"], ["templates", "--bogus"]),
        "new": (
            ["new", "--template", "chi-bo", "-o", str(out / "n.toml")],
            ["new", "--template", "nope", "-o", str(out / "n.toml")],
        ),
        "import": (
            ["import", str(f / "ct.csv"), "-o", str(out / "i.toml")],
            ["import", str(f / "none.csv"), "-o", str(out / "i.toml")],
        ),
        "ballots": (
            ["ballots", str(COUNTING), *election, "-o", str(out / "b.docx")],
            ["ballots", str(COUNTING), "--item", "nope", "-o", str(out / "b.docx")],
        ),
        "count": (
            [
                "count",
                str(COUNTING),
                *election,
                "--station",
                "C",
                "--db",
                str(out / "C.sqlite"),
                "--script",
                str(f / "e.txt"),
            ],
            [
                "count",
                str(COUNTING),
                *election,
                "--station",
                "C",
                "--db",
                str(out / "C.sqlite"),
                "--script",
                str(f / "bad.txt"),
            ],
        ),
        "tally": (
            ["tally", str(COUNTING), *election, *stations, "--issued", "3", "-o", str(out / "r.json")],
            ["tally", str(COUNTING), *election, *stations, "--present", "9999"],
        ),
        "export minutes": (
            ["export", "minutes", "--db", run, "-o", str(out / "m.docx")],
            ["export", "minutes", "--db", str(out / "none.sqlite"), "-o", str(out / "m.docx")],
        ),
        "export review": (
            ["export", "review", "--db", run, "-o", str(out / "r.docx")],
            ["export", "review", "--db", run, "--run", "99", "-o", str(out / "r.docx")],
        ),
        "export script": (
            ["export", "script", "--program", str(MINIMAL), "-o", str(out / "s.docx")],
            ["export", "script", "--program", str(f / "broken.toml"), "-o", str(out / "s.docx")],
        ),
        "export entry-log": (
            ["export", "entry-log", "--db", stations[0], "-o", str(out / "e.docx")],
            ["export", "entry-log", "--db", stations[0], "--run", "99", "-o", str(out / "e.docx")],
        ),
    }


def program_words() -> list[str]:
    """Every string of the program files used here (titles, names, bodies), longest first."""
    found: list[str] = []

    def walk(value):
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for part in value.values():
                walk(part)
        elif isinstance(value, list):
            for part in value:
                walk(part)

    for path in (MINIMAL, COUNTING):
        walk(tomllib.loads(path.read_text(encoding="utf-8")))
    return sorted(set(found), key=len, reverse=True)


def words_only(said: str, *folders: Path) -> str:
    """What a command said without what is not words in a language: paths, options and hashes."""
    for folder in folders:
        said = said.replace(str(folder), "")
    said = re.sub(r"[\w./-]*\.(toml|sqlite|docx|json|csv|txt)\b", "", said)
    return re.sub(r"--?[a-z][\w-]*|\b[0-9a-f]{8,64}\b", "", said)


def run(argv: list[str], lang: str, capsys) -> tuple[int, str]:
    try:
        code = main(["--lang", lang, *argv])
    except SystemExit as stop:  # argparse refusing the arguments
        code = stop.code
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_every_command_of_the_registry_is_checked_here(inputs, tmp_path):
    checked = {name.split()[0] for name in cases(inputs, tmp_path)}
    assert checked | set(WINDOWS) == set(HANDLERS)
    from presidium.cli import build_parser

    export = next(
        a for a in build_parser()._subparsers._group_actions[0].choices["export"]._actions if a.dest == "what"
    )
    assert {f"export {what}" for what in export.choices} <= set(cases(inputs, tmp_path))


@pytest.mark.parametrize(
    "command", list(cases(SimpleNamespace(folder=Path("."), run=Path("."), stations=[Path(".")]), Path(".")))
)
@pytest.mark.parametrize("outcome", ["works", "mistake"])
def test_the_command_speaks_vietnamese_with_lang_vi(command, outcome, inputs, tmp_path, capsys):
    argv = cases(inputs, tmp_path)[command][outcome == "mistake"]
    code, said = run(argv, "vi", capsys)
    assert (code == 0) == (outcome == "works"), said
    words = words_only(said, inputs.folder, tmp_path)
    assert VIETNAMESE & set(words.lower()), said
    english = sorted({match.lower() for match in ENGLISH.findall(words)})
    assert not english, f"English words {english} in: {said}"


@pytest.mark.parametrize(
    "command", list(cases(SimpleNamespace(folder=Path("."), run=Path("."), stations=[Path(".")]), Path(".")))
)
@pytest.mark.parametrize("outcome", ["works", "mistake"])
def test_the_command_speaks_english_with_lang_en(command, outcome, inputs, tmp_path, capsys):
    argv = cases(inputs, tmp_path)[command][outcome == "mistake"]
    code, said = run(argv, "en", capsys)
    assert (code == 0) == (outcome == "works"), said
    words = words_only(said, inputs.folder, tmp_path)
    for text in program_words():
        words = words.replace(text, "")
    assert ENGLISH.search(words), said
    left = sorted(VIETNAMESE & set(words.lower()))
    assert not left, f"Vietnamese letters {left} in: {said}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux desktop names its screen in DISPLAY")
@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("command", list(WINDOWS))
def test_a_window_command_without_a_screen_says_so_in_the_chosen_language(command, lang):
    # a real process: in this one a QApplication may already exist, and the window would then open
    env = {
        key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from presidium.cli import main; sys.exit(main())",
            "--lang",
            lang,
            *WINDOWS[command],
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    words = re.sub(rf"\b({'|'.join(HANDLERS)})\b", "", words_only(done.stderr))  # it names the other commands
    if lang == "vi":
        assert VIETNAMESE & set(words.lower()) and not ENGLISH.findall(words), done.stderr
    else:
        assert ENGLISH.search(words) and not VIETNAMESE & set(words.lower()), done.stderr


# ------------------------------------------------------------------------ defects found moving the words


RULES = """
[rules.hands]
fraction = "2/3"
base = "cast"
strict = false

[rules.ballots]
fraction = "1/2"
base = "valid"
strict = true
"""


def test_validate_says_a_rule_base_in_the_vocabulary_words_of_a_show_of_hands_or_a_ballot(tmp_path, capsys):
    """validate had its own words for the bases: 'ballots cast' / 'số phiếu bầu' for a show of hands counted
    on the delegates voting, and 'số đại biểu được triệu tập' without the announcement's 'tổng số'."""
    from presidium.core.catalogue import text

    program = tmp_path / "p.toml"
    source = MINIMAL.read_text(encoding="utf-8")
    source = source.replace("[[session]]", RULES + "\n[[session]]", 1).replace(
        'rule = "motion"\ncandidates', 'rule = "ballots"\ncandidates'
    )
    program.write_text(source.replace('rule = "motion" }', 'rule = "hands" }'), encoding="utf-8")
    for lang in ("vi", "en"):
        assert main(["--lang", lang, "validate", str(program)]) == 0
        out = capsys.readouterr().out
        relation = {"vi": ("ít nhất", "hơn"), "en": ("at least", "more than")}[lang]
        of = "" if lang == "vi" else "of "
        assert f"'hands': {relation[0]} 2/3 {of}{text('vocabulary.base.vote.cast', lang)}\n" in out
        assert f"'ballots': {relation[1]} 1/2 {of}{text('vocabulary.base.ballot.valid', lang)}\n" in out
        assert f"'motion': {relation[1]} 1/2 {of}{text('vocabulary.base.vote.convened', lang)}\n" in out
    assert "ballots cast" not in out and "delegates voting" in out and "valid ballots" in out


def test_validate_counts_one_problem_in_the_singular(inputs, capsys):
    """validate ended a file with one mistake on '1 problems'."""
    assert main(["--lang", "en", "validate", str(inputs.folder / "broken.toml")]) == 1
    assert capsys.readouterr().err.endswith("broken.toml: 1 problem\n")


def test_one_ballot_paper_a_page_is_said_in_the_singular(tmp_path, capsys):
    """20 names fill the page: ballots said 'Wrote 1 ballot papers'."""
    out = tmp_path / "b.docx"
    assert main(["--lang", "en", "ballots", str(COUNTING), "--item", "bau-bch", "-o", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"Wrote 1 ballot paper on one A4 page to {out} (")
    assert main(["--lang", "en", "ballots", str(COUNTING), "--item", "bau-ubkt", "-o", str(out)]) == 0
    assert "Wrote 3 ballot papers on one A4 page" in capsys.readouterr().out  # a short list: three a page


def test_simulate_says_an_item_state_as_the_vocabulary_does(tmp_path, capsys):
    """simulate said a skipped item 'bỏ qua' where every other screen says 'đã bỏ qua'."""
    script = tmp_path / "s.txt"
    script.write_text("0:00 start\n1:00 skip thong-qua-chuong-trinh\n", encoding="utf-8")
    assert main(["simulate", str(MINIMAL), "--db", str(tmp_path / "a.sqlite"), "--script", str(script)]) == 0
    rows = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert rows["thong-qua-chuong-trinh"].endswith("  đã bỏ qua") and rows["chao-co"].endswith("  đang diễn ra")


def test_help_in_vietnamese_says_the_version_option_in_vietnamese(capsys):
    """argparse's help for --version is a fixed English default that gettext never sees."""
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "in số phiên bản rồi thoát" in out and "version number" not in out


def test_a_command_missing_from_the_build_is_said_in_the_chosen_language(monkeypatch, capsys):
    monkeypatch.setitem(HANDLERS, "templates", "presidium.app.cli_not_built")
    assert main(["templates"]) == 2
    assert (
        "presidium: lệnh 'templates' không có trong bản cài đặt này (presidium.app.cli_not_built)."
        in capsys.readouterr().err
    )
    assert main(["--lang", "en", "templates"]) == 2
    assert "the 'templates' command is not available in this build" in capsys.readouterr().err


def test_what_the_system_says_of_a_missing_or_unwritable_file_is_in_the_chosen_language(inputs, tmp_path, capsys):
    """The C library's English ('No such file or directory') was printed inside a Vietnamese sentence."""
    count = [
        "count",
        str(COUNTING),
        "--item",
        "bau-bch",
        "--station",
        "C",
        "--db",
        str(tmp_path / "C.sqlite"),
        "--script",
        str(tmp_path / "none.txt"),
    ]
    assert main(count) == 1
    assert "không đọc được tệp (không có tệp hoặc thư mục này)" in capsys.readouterr().err
    assert main(["--lang", "en", *count]) == 1
    assert "cannot read the file (no such file or folder)" in capsys.readouterr().err
    tally = ["tally", str(COUNTING), "--item", "bau-bch", *map(str, inputs.stations), "-o", str(tmp_path)]
    assert main(tally) == 1
    assert f"{tmp_path}: không ghi được tệp (đây là một thư mục, không phải tệp)" in capsys.readouterr().err


def test_argparse_words_are_bridged_by_the_english_argparse_says():
    """The bridge keys argparse's gettext texts; a Python whose argparse words them otherwise shows here."""
    import argparse
    import inspect

    from presidium.cli_words import ARGPARSE
    from presidium.core.catalogue import text

    source = inspect.getsource(argparse)
    for said, code in ARGPARSE.items():
        assert text(code, "en") == said
        assert repr(said)[1:-1] in source or said in source, f"argparse no longer says {said!r}"
