"""Program templates: `presidium templates`, `presidium new`, and each template rehearsed for a whole day.

Each template is made into a new file as an office would, its candidate lists filled in (the lists
are the `# candidates ITEM: name; name` lines of tests/templates/NAME.actions), checked, simulated from
that actions file and exported to minutes and review.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from docx import Document

from presidium.app.templates import TemplateError, create_from_template, find_template, list_templates, templates_dir
from presidium.cli import main
from presidium.core.loader import load_program

ACTIONS = Path(__file__).parent / "templates"
TEMPLATES = [info.name for info in list_templates()]
BLANK = "……"


def candidate_lists(actions: Path) -> dict[str, list[str]]:
    lists: dict[str, list[str]] = {}
    for line in actions.read_text(encoding="utf-8").splitlines():
        match = re.match(r"#\s*candidates\s+([\w-]+):(.*)$", line)
        if match:
            lists.setdefault(match[1], []).extend(name.strip() for name in match[2].split(";") if name.strip())
    return lists


def fill_candidates(program: Path, lists: dict[str, list[str]]) -> None:
    """Write each list into the election table of its item (the `candidates = []` line after its id)."""
    text = program.read_text(encoding="utf-8")
    for item, names in lists.items():
        start = text.index(f'id = "{item}"')
        at = text.index("candidates = []", start)
        written = "candidates = [\n" + "".join(f'  "{name}",\n' for name in names) + "]"
        text = text[:at] + written + text[at + len("candidates = []") :]
    program.write_text(text, encoding="utf-8")


def docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


# --- the catalogue -----------------------------------------------------------------------------------------


def test_the_catalogue_lists_every_template_file_and_nothing_else():
    files = {path.name for path in templates_dir().glob("*.toml")} - {"catalogue.toml"}
    assert {info.path.name for info in list_templates()} == files
    assert len(TEMPLATES) == len(set(TEMPLATES))
    for info in list_templates():
        assert re.fullmatch(r"[a-z0-9-]+", info.name)
        for text in (info.title_vi, info.title_en, info.description_vi, info.description_en):
            assert "\n" not in text and len(text) < 220


def test_every_template_has_a_rehearsal_script():
    assert {path.stem for path in ACTIONS.glob("*.actions")} == set(TEMPLATES)


@pytest.mark.parametrize("name", TEMPLATES)
def test_template_loads_with_blanks_left_for_the_office(name):
    info = find_template(name)
    text = info.path.read_text(encoding="utf-8")
    program = load_program(info.path)
    assert BLANK in text and text.lstrip().startswith("#")  # it explains itself before the first key
    assert program.cards and program.regulations and program.rules
    assert program.congress.quorum  # a congress sits only with its quorum: every template checks it
    spoken = [item for item in program.items if item.kind != "break"]
    assert all(item.script.strip() for item in spoken)
    for card in program.cards:
        assert card.steps and card.script
        for ref in card.refs:
            program.article(ref)
    # The elections are left for the office to fill in, never with invented names.
    assert all(not item.election.candidates for item in program.items if item.election)


# --- the commands ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_templates_command_lists_each_template_on_one_line_in_the_language(lang, capsys):
    assert main(["--lang", lang, "templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    for info in list_templates():
        line = next(line for line in lines if line.split()[0] == info.name)
        assert info.title(lang) in line and info.description(lang) in line
    assert len(lines) == 1 + len(TEMPLATES)


def test_new_writes_the_template_unchanged_and_never_overwrites_without_force(tmp_path, capsys):
    target = tmp_path / "dai-hoi.toml"
    assert main(["new", "--template", TEMPLATES[0], "-o", str(target)]) == 0
    assert target.read_bytes() == find_template(TEMPLATES[0]).path.read_bytes()
    assert "presidium validate" in capsys.readouterr().out

    target.write_text("# my own work\n", encoding="utf-8")
    assert main(["new", "--template", TEMPLATES[0], "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "tệp đã có" in err and "--force" in err
    assert target.read_text(encoding="utf-8") == "# my own work\n"

    assert main(["--lang", "en", "new", "--template", TEMPLATES[0], "-o", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["new", "--template", TEMPLATES[0], "-o", str(target), "--force"]) == 0
    assert target.read_bytes() == find_template(TEMPLATES[0]).path.read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # no temporary file left behind


def test_new_names_an_unknown_template_and_suggests_the_closest(tmp_path, capsys):
    target = tmp_path / "x.toml"
    assert main(["new", "--template", "dang-bo-xaa", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "không có mẫu “dang-bo-xaa”" in err and "“dang-bo-xa”" in err and "presidium templates" in err
    assert main(["--lang", "en", "new", "--template", "nope\x07", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "there is no template “nope”" in err and all(name in err for name in TEMPLATES)
    assert not target.exists()


def test_new_refuses_a_missing_folder_and_a_folder_as_the_file(tmp_path, capsys):
    assert main(["new", "--template", TEMPLATES[0], "-o", str(tmp_path / "nowhere" / "x.toml")]) == 1
    assert "không tồn tại" in capsys.readouterr().err
    assert main(["--lang", "en", "new", "--template", TEMPLATES[0], "-o", str(tmp_path), "--force"]) == 1
    assert "is a folder" in capsys.readouterr().err


def test_a_failed_write_leaves_neither_a_file_nor_a_temporary_one(tmp_path, monkeypatch, capsys):
    import os

    def disk_full(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    target = tmp_path / "dai-hoi.toml"
    assert main(["--lang", "en", "new", "--template", TEMPLATES[0], "-o", str(target)]) == 1
    assert "cannot write the file (the disk is full)" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_the_api_refuses_with_a_message_in_either_language(tmp_path):
    (tmp_path / "taken.toml").write_text("", encoding="utf-8")
    with pytest.raises(TemplateError) as refused:
        create_from_template(TEMPLATES[0], tmp_path / "taken.toml")
    assert "tệp đã có" in refused.value.message("vi") and "already exists" in refused.value.message("en")
    made = create_from_template(f"  {TEMPLATES[0].upper()} ", tmp_path / "new.toml")
    assert load_program(made).congress.title


# --- a whole day per template ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", TEMPLATES)
def test_template_rehearses_a_whole_day_and_exports_minutes_and_review(name, tmp_path, capsys):
    program, db = tmp_path / f"{name}.toml", tmp_path / f"{name}.db"
    actions = ACTIONS / f"{name}.actions"
    assert main(["new", "--template", name, "-o", str(program)]) == 0
    lists = candidate_lists(actions)
    fill_candidates(program, lists)
    assert main(["validate", str(program)]) == 0
    capsys.readouterr()

    assert main(["simulate", str(program), "--db", str(db), "--script", str(actions)]) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    loaded = load_program(program)
    last = loaded.items[-1].id
    assert any(line.startswith(last[:24] + " ") for line in out.splitlines())  # the day ran to its last item

    lang = "en" if name.endswith("-en") else "vi"
    minutes, review = tmp_path / "bien-ban.docx", tmp_path / "rut-kinh-nghiem.docx"
    assert main(["--lang", lang, "export", "minutes", "--db", str(db), "-o", str(minutes)]) == 0
    assert main(["--lang", lang, "export", "review", "--db", str(db), "-o", str(review)]) == 0
    text = docx_text(minutes)
    heading = loaded.congress.heading
    if heading:
        assert heading.upper() in text
        if loaded.congress.motto:  # a state-style heading prints its second line, the motto, as written
            assert loaded.congress.motto in text
    else:
        assert "ĐẢNG CỘNG SẢN" not in text
    for item in loaded.items:
        if item.kind == "vote" and item.vote:
            assert item.vote.question in text
    # Every election of the day was counted and its winners are in the minutes.
    elections = [item for item in loaded.items if item.election]
    assert set(lists) == {item.id for item in elections}
    for item in elections:
        assert item.election.body in text
    assert docx_text(review).strip()


def test_party_templates_count_against_delegates_convened_and_others_do_not():
    for info in list_templates():
        program = load_program(info.path)
        bases = {program.rules[item.election.rule].base for item in program.items if item.election}
        is_party = program.congress.heading == "ĐẢNG CỘNG SẢN VIỆT NAM"
        assert bases == ({"convened"} if is_party else {"valid"}), info.name
        # The reason for the rule is written next to it, for whoever adapts the file.
        assert all(rule.description for rule in program.rules.values())


def test_catalogue_is_plain_toml_an_office_can_read():
    data = tomllib.loads((templates_dir() / "catalogue.toml").read_text(encoding="utf-8"))
    assert [entry["name"] for entry in data["template"]] == TEMPLATES


def test_a_damaged_catalogue_is_reported_not_raised(tmp_path, monkeypatch, capsys):
    import presidium.app.templates as templates

    monkeypatch.setattr(templates, "templates_dir", lambda: tmp_path)
    (tmp_path / "catalogue.toml").write_text('[[template]]\nname = "x"\nfile = "x.toml"\n', encoding="utf-8")
    assert main(["templates"]) == 1
    err = capsys.readouterr().err
    assert "danh mục mẫu" in err and "bị hỏng" in err and "title_vi" in err
    assert main(["--lang", "en", "new", "--template", "x", "-o", str(tmp_path / "new.toml")]) == 1
    assert "the template catalogue" in capsys.readouterr().err and not (tmp_path / "new.toml").exists()
