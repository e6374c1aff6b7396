"""The plan a program gives: items laid end to end within each session (programs from support.programs)."""

from __future__ import annotations

from datetime import datetime

from support.programs import make_program


def test_plan_is_laid_end_to_end_within_each_session():
    program = make_program()
    slots = {slot.item.id: slot for slot in program.schedule}
    assert slots["quy-che"].end == datetime(2020, 7, 7, 8, 0)
    assert slots["chao-co"].start == datetime(2020, 7, 7, 8, 30)
    assert slots["be-mac"].end == datetime(2020, 7, 7, 10, 5)
