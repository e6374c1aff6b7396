"""What the loader says about a program file comes from the catalogue's "problem" area: every key the
checks record is there, a place in the file and the words inside a problem are said in the reader's
language, and the editor still finds the node a problem names."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from presidium.core.catalogue import CATALOGUE
from presidium.core.loader import FIELD_KEYS, load_program_text
from presidium.core.problems import FieldName, ProgramError, place, place_of
from presidium.infra.program_file import draft_of_text

CORE = Path(__file__).resolve().parents[1] / "presidium" / "core"
MINIMAL = (Path(__file__).parent / "programs" / "minimal.toml").read_text(encoding="utf-8")


def problems_of(text: str):
    with pytest.raises(ProgramError) as caught:
        load_program_text(text, "p.toml")
    return caught.value.problems


def _recorded_keys():
    """The keys given to FieldChecks.problem(line, "key", …) and the keys toml_hints.explain returns."""
    for name in ("loader.py", "field_checks.py", "toml_hints.py"):
        for node in ast.walk(ast.parse((CORE / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("problem", "parsed"):
                for arg in node.args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        yield name, node.lineno, arg.value
            if isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple) and name == "toml_hints.py":
                key = node.value.elts[1]
                if isinstance(key, ast.Constant):
                    yield name, node.lineno, key.value


def test_every_problem_the_checks_record_is_in_the_catalogue():
    keys = list(_recorded_keys())
    assert len(keys) > 40  # the scan finds the checks
    missing = [f"{name}:{line}: problem.{key}" for name, line, key in keys if f"problem.{key}" not in CATALOGUE]
    assert not missing, missing


def test_a_misspelt_field_is_said_with_its_place_and_hint_in_either_language():
    found = problems_of(MINIMAL.replace('title = "Chào cờ"', 'titel = "Chào cờ"', 1))
    (problem,) = [p for p in found if p.code == "problem.unknown-field"]
    assert problem.message("vi") == "mục 'chao-co': trường 'titel' không có trong định dạng (có phải là 'title'?)"
    assert problem.message("en") == "item 'chao-co': unknown field 'titel' (did you mean 'title'?)"
    assert str(problem.said) == problem.message("en")


def test_the_expected_type_is_said_in_the_readers_language():
    (problem,) = problems_of(MINIMAL.replace("delegates_convened = 9", "delegates_convened = [9]", 1))
    assert (
        problem.text("vi")
        == "p.toml:9: [congress]: 'số đại biểu được triệu tập' phải là một số nguyên, nhưng đang là […]"
    )
    assert problem.text("en") == "p.toml:9: [congress]: 'delegates convened' must be a whole number, got […]"


def test_every_field_the_loader_knows_is_said_in_words_in_both_languages():
    assert {"delegates_convened", "vote.rule", "election.seats", "speaker.name", "over_seats"} <= FIELD_KEYS
    missing = sorted(key for key in FIELD_KEYS if f"problem.field.{key}" not in CATALOGUE)
    assert not missing, missing
    for key in FIELD_KEYS:
        vi, en = (FieldName(key).message(lang) for lang in ("vi", "en"))
        assert vi and en and "_" not in vi + en, key  # words, not the key again


def test_a_missing_field_is_said_in_words_with_the_key_to_write_and_the_editor_still_finds_it():
    text = MINIMAL.replace("delegates_convened = 9\n", "", 1)
    (problem,) = problems_of(text)
    assert problem.message("vi") == (
        "[congress]: thiếu trường bắt buộc 'số đại biểu được triệu tập' (viết delegates_convened = …)"
    )
    assert (
        problem.message("en")
        == "[congress]: missing required field 'delegates convened' (write delegates_convened = …)"
    )
    draft = draft_of_text(text)
    (problem,) = draft.problems()
    assert draft.locate(problem) == (("congress",), "delegates_convened")


def test_a_field_without_words_is_said_as_its_key():
    assert FieldName("a_new_field").message("vi") == "a_new_field"
    found = problems_of(MINIMAL.replace("[rules.motion]", "[rules.motion]\nfraktion = 1", 1))
    assert "'fraktion'" in next(p for p in found if p.code == "problem.unknown-field").message("vi")


def test_a_place_names_its_table_for_the_editor():
    assert place("[congress]", "x") == "[congress]" and place_of("[congress]") == ("[congress]", None)
    assert place("session", "chinh-thuc").message("vi") == "phiên 'chinh-thuc'"
    assert place_of(place("session", "chinh-thuc")) == ("session", "chinh-thuc")
    draft = draft_of_text(MINIMAL.replace('duration = "5m"\nscript', 'duration = "5 phút"\nscript', 1))
    (problem,) = draft.problems()
    assert problem.code == "problem.duration"
    assert draft.locate(problem) == (("session", 0, "item", 0), "duration")
