"""Property: whatever a person (or a damaged disk) puts in a program file, the loader returns a Program
or raises ProgramError with located messages — never any other exception."""

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presidium.core.loader import load_program_text
from presidium.core.problems import ProgramError
from presidium.core.program import Program

MINIMAL = (Path(__file__).parent / "programs" / "minimal.toml").read_text(encoding="utf-8")
SAMPLES = Path(__file__).parent.parent / "resources" / "samples"
LINES = MINIMAL.splitlines()
ASSIGNMENTS = [i for i, line in enumerate(LINES) if re.match(r"^\s*[a-z_]+\s*=", line)]
VALUES = [
    "42",
    "-1",
    "0",
    '"x"',
    '""',
    "true",
    "[1, 2]",
    '["a", 3]',
    "[]",
    "{ a = 1 }",
    "2025-01-01",
    "07:30:00",
    '"1h"',
    '"99:99"',
    '"{presnt}"',
    '"{"',
    '"0m"',
    '"3/2"',
    "1.5",
    '"mat-dien"',
]


def outcome(text: str):
    try:
        return load_program_text(text, "fuzz.toml")
    except ProgramError as error:
        assert error.problems, "a ProgramError always says what is wrong"
        for problem in error.problems:
            assert problem.text("vi").startswith("fuzz.toml") and problem.text("en")
        return error


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(ASSIGNMENTS), st.sampled_from(VALUES)), min_size=1, max_size=4))
def test_wrong_values_in_any_field(changes):
    lines = list(LINES)
    for index, value in changes:
        key = lines[index].split("=", 1)[0]
        lines[index] = f"{key}= {value}"
    assert isinstance(outcome("\n".join(lines)), (Program, ProgramError))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=len(LINES) - 1), min_size=1, max_size=6, unique=True))
def test_lines_deleted(dropped):
    text = "\n".join(line for i, line in enumerate(LINES) if i not in dropped)
    assert isinstance(outcome(text), (Program, ProgramError))


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=len(MINIMAL)), st.text(max_size=8))
def test_characters_inserted(position, noise):
    assert isinstance(outcome(MINIMAL[:position] + noise + MINIMAL[position:]), (Program, ProgramError))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text(text):
    assert isinstance(outcome(text), (Program, ProgramError))
