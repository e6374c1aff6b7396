"""The one catalogue: every entry said in both languages with the same blanks, and every code the program
names exists. Reads the catalogue itself (and the code's literal codes), never the wording in the source."""

from __future__ import annotations

import ast
import pickle
import re
import string
from pathlib import Path

import pytest

from presidium.core import catalogue
from presidium.core.catalogue import AREAS, CATALOGUE, Message, Refusal, text

PACKAGE = Path(catalogue.__file__).resolve().parents[2]
# Entries whose Vietnamese is rightly the same as their English (names, numbers, symbols).
# counting.at-line is "{path}:{line}: {problem}"; run.speaker passes a speaker-queue refusal through in the
# reader's language; speakers.call.unit and hall.line (the hall's figures and verdict joined) are punctuation.
SAME_IN_BOTH: set[str] = {"counting.at-line", "run.speaker", "speakers.call.unit", "hall.line"}


def blanks(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_entry_is_said_in_both_languages_with_the_same_blanks(code):
    vi, en = CATALOGUE[code]
    assert vi.strip() and en.strip(), f"{code}: an empty text"
    assert blanks(vi) == blanks(en), f"{code}: Vietnamese blanks {blanks(vi)} but English {blanks(en)}"
    filled = dict.fromkeys(blanks(en), "x")
    assert vi.format(**filled) and en.format(**filled)  # no stray brace
    if code not in SAME_IN_BOTH and re.search(r"[A-Za-z]{3}", vi):
        assert vi != en, f"{code}: the Vietnamese text is the English one"


def test_the_shared_words_are_defined_once():
    assert text("vocabulary.base.ballot.valid", "vi") == "số phiếu hợp lệ"
    assert text("vocabulary.base.ballot.valid", "en") == "valid ballots"
    assert text("vocabulary.mode.rehearsal", "vi") == "tổng duyệt"


def test_a_message_nests_and_keeps_its_language():
    inner = Message("vocabulary.mode.rehearsal")
    outer = Message("vocabulary.outcome.tie", names=[Message("vocabulary.mode.live"), "B"], seats=1)
    assert str(inner) == "rehearsal" and inner.message("vi") == "tổng duyệt"
    assert outer.message("vi").startswith("Các đồng chí chính thức, B có số phiếu bằng nhau cho 1")
    assert outer.message("en").startswith("live, B received")
    assert pickle.loads(pickle.dumps(outer)).message("vi") == outer.message("vi")


def test_a_refusal_is_said_in_either_language_and_survives_pickling():
    class Refused(Refusal):
        pass

    error = pickle.loads(pickle.dumps(Refusal("vocabulary.status.done")))
    assert str(error) == "done" and error.message("vi") == "đã xong" and error.code == "vocabulary.status.done"


def _literal_codes():
    """Every string literal of the form '<area>.<key>' passed first to a call in presidium/."""
    prefixes = tuple(f"{area}." for area in AREAS)
    for path in sorted((PACKAGE / "presidium").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args:
                first = node.args[0]
                if (
                    isinstance(first, ast.Constant)
                    and isinstance(first.value, str)
                    and " " not in first.value
                    and first.value.startswith(prefixes)
                ):
                    yield path.relative_to(PACKAGE), node.lineno, first.value


def test_every_code_the_program_names_is_in_the_catalogue():
    missing = [f"{path}:{line}: {code}" for path, line, code in _literal_codes() if code not in CATALOGUE]
    assert not missing, "codes not in the catalogue:\n" + "\n".join(missing)


def _areas_of_refusals():
    """Each Refusal subclass that names its area, by class name (their modules imported first)."""
    import importlib
    import pkgutil

    import presidium

    for info in pkgutil.walk_packages(presidium.__path__, "presidium."):
        if not info.name.startswith(("presidium.ui", "presidium.__main__")):
            importlib.import_module(info.name)
    found, todo = {}, [Refusal]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.AREA:
            found[cls.__name__] = cls.AREA
    return found


def test_every_key_a_refusal_is_raised_with_is_in_its_area():
    areas = _areas_of_refusals()
    assert {"InvalidAction", "VoteError", "BallotError"} <= set(areas)
    missing = []
    for path in sorted((PACKAGE / "presidium").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in areas
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                key = node.args[0].value
                code = key if "." in key else f"{areas[node.func.id]}.{key}"
                if code not in CATALOGUE:
                    missing.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.func.id}({key!r})")
    assert not missing, "keys not in their area:\n" + "\n".join(missing)


def test_numbers_take_the_readers_decimal_mark():
    from presidium.core.catalogue import decimal

    assert decimal(0.183, 2, "vi") == "0,18" and decimal(0.183, 2, "en") == "0.18"


def test_export_says_its_seconds_with_the_vietnamese_decimal_comma(tmp_path, capsys):
    # `presidium export` printed "0.18 giây" while `presidium backup` printed "0,18 giây".
    import re

    from presidium.cli import main
    from support.congress import congress

    db = congress(tmp_path).db
    assert main(["--lang", "vi", "export", "minutes", "--db", str(db), "-o", str(tmp_path / "bb.docx")]) == 0
    out = capsys.readouterr().out
    assert re.search(r"\(\d+,\d\d giây\)", out), out


def test_a_count_of_one_is_said_in_the_singular():
    from presidium.core.catalogue import counted

    assert text(counted("export.written_review", 1), "en", run=2, mode="live", n=1, path="r.docx", seconds="0.1") == (
        "Review of run 2 (live, against 1 rehearsal) written to r.docx (0.1 s)"
    )
    assert "against 3 rehearsals" in text(
        counted("export.written_review", 3), "en", run=2, mode="live", n=3, path="r.docx", seconds="0.1"
    )


def test_every_singular_form_has_its_plural_with_the_same_blanks():
    for code in (c for c in CATALOGUE if c.endswith(".one") and not c.startswith("cli_help.")):
        plural = code.removesuffix(".one")
        assert plural in CATALOGUE, f"{code} has no plural form {plural}"
        assert blanks(CATALOGUE[code][1]) == blanks(CATALOGUE[plural][1]), code
