"""What the loader says about a program file comes from the catalogue's "problem" area: every key the
checks record is there, a place in the file and the words inside a problem are said in the reader's
language, and the editor still finds the node a problem names."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from presidium.core.catalogue import CATALOGUE
from presidium.core.loader import load_program_text
from presidium.core.problems import ProgramError, place, place_of
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
    assert problem.text("vi") == "p.toml:9: [congress]: 'delegates_convened' phải là một số nguyên, nhưng đang là […]"
    assert problem.text("en") == "p.toml:9: [congress]: 'delegates_convened' must be a whole number, got […]"


def test_a_place_names_its_table_for_the_editor():
    assert place("[congress]", "x") == "[congress]" and place_of("[congress]") == ("[congress]", None)
    assert place("session", "chinh-thuc").message("vi") == "phiên 'chinh-thuc'"
    assert place_of(place("session", "chinh-thuc")) == ("session", "chinh-thuc")
    draft = draft_of_text(MINIMAL.replace('duration = "5m"\nscript', 'duration = "5 phút"\nscript', 1))
    (problem,) = draft.problems()
    assert problem.code == "problem.duration"
    assert draft.locate(problem) == (("session", 0, "item", 0), "duration")
