"""Programs built directly (no loader) for the run-engine tests, plus checks of the plan they give."""

from __future__ import annotations

from datetime import date, datetime, time
from fractions import Fraction

from presidium.core.program import Card, Congress, Item, Program, Rule, Session

DAY = date(2020, 7, 7)


def make_program(fingerprint: str = "f" * 64) -> Program:
    """Two sessions on one day: a preparatory one at 07:30 (30 min), the official one at 08:30 (95 min)."""
    tru_bi = Session("tru-bi", "Phiên trù bị", DAY, time(7, 30), (
        Item("bau-dct", "Bầu Đoàn Chủ tịch", "vote", 300),
        Item("thong-qua-ct", "Thông qua chương trình", "vote", 600),
        Item("quy-che", "Thông qua quy chế làm việc", "procedure", 900),
    ))
    chinh_thuc = Session("chinh-thuc", "Phiên chính thức", DAY, time(8, 30), (
        Item("chao-co", "Chào cờ", "ceremony", 300),
        Item("bao-cao", "Báo cáo chính trị", "report", 1800),
        Item("tham-luan", "Thảo luận", "discussion", 2700),
        Item("cap-tren", "Phát biểu chỉ đạo của cấp trên", "speech", 600),
        Item("be-mac", "Bế mạc", "ceremony", 300),
    ))
    return Program(
        congress=Congress("Đại hội thử nghiệm", "Đảng bộ thử nghiệm", 150),
        rules={"motion": Rule("motion", Fraction(1, 2), "convened")},
        sessions=(tru_bi, chinh_thuc),
        cards=(Card("mat-dien", "Mất điện"), Card("rut-ten", "Xin rút tên")),
        fingerprint=fingerprint,
    )


def planned_start(program: Program) -> float:
    """The program's first planned minute as an epoch (local time), so runs happen "on the day"."""
    return program.sessions[0].starts_at.timestamp()


def test_plan_is_laid_end_to_end_within_each_session():
    program = make_program()
    slots = {slot.item.id: slot for slot in program.schedule}
    assert slots["quy-che"].end == datetime(2020, 7, 7, 8, 0)
    assert slots["chao-co"].start == datetime(2020, 7, 7, 8, 30)
    assert slots["be-mac"].end == datetime(2020, 7, 7, 10, 5)
