"""Programs built in code (no loader) for the run-engine, session and journal tests.

`make_program()`: two sessions on one day, no votes; `program_with_votes()`: a vote, an election of three
among four names and a closing; `ACTIONS`: one payload of each action the run knows (some refused from
some states), recorded from `T0` on.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from fractions import Fraction

from presidium.core.program import Card, Congress, ElectionSpec, Item, Program, Rule, Session, VoteSpec

DAY = date(2020, 7, 7)


def make_program(fingerprint: str = "f" * 64) -> Program:
    """Two sessions on one day: a preparatory one at 07:30 (30 min), the official one at 08:30 (95 min)."""
    tru_bi = Session(
        "tru-bi",
        "Phiên trù bị",
        DAY,
        time(7, 30),
        (
            Item("bau-dct", "Bầu Đoàn Chủ tịch", "vote", 300),
            Item("thong-qua-ct", "Thông qua chương trình", "vote", 600),
            Item("quy-che", "Thông qua quy chế làm việc", "procedure", 900),
        ),
    )
    chinh_thuc = Session(
        "chinh-thuc",
        "Phiên chính thức",
        DAY,
        time(8, 30),
        (
            Item("chao-co", "Chào cờ", "ceremony", 300),
            Item("bao-cao", "Báo cáo chính trị", "report", 1800),
            Item("tham-luan", "Thảo luận", "discussion", 2700),
            Item("cap-tren", "Phát biểu chỉ đạo của cấp trên", "speech", 600),
            Item("be-mac", "Bế mạc", "ceremony", 300),
        ),
    )
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


NAMES = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung")


def program_with_votes():
    base = make_program()
    session = Session(
        "bau-cu",
        "Bầu cử",
        base.sessions[1].date,
        base.sessions[1].start,
        (
            Item("thong-qua", "Thông qua chương trình", "vote", 300, vote=VoteSpec("Thông qua chương trình", "motion")),
            Item(
                "bau-bch",
                "Bầu Ban Chấp hành",
                "election",
                1800,
                election=ElectionSpec("Ban Chấp hành", 3, "election", NAMES),
            ),
            Item("be-mac", "Bế mạc", "ceremony", 300),
        ),
    )
    rules = {
        "motion": Rule("motion", Fraction(1, 2), "convened"),
        "election": Rule("election", Fraction(1, 2), "convened"),
    }
    return replace(base, sessions=(session,), rules=rules, _index={})


T0 = 1_594_107_000.0

# One of each action, and the ways each can be wrong.
ACTIONS = {
    "start": ("start", {}),
    "next": ("next", {}),
    "back": ("back", {}),
    "pause": ("pause", {}),
    "resume": ("resume", {}),
    "skip": ("skip", {}),
    "skip-later": ("skip", {"item": "cap-tren"}),
    "skip-done": ("skip", {"item": "bau-dct"}),
    "goto": ("goto", {"item": "cap-tren"}),
    "goto-unknown": ("goto", {"item": "khong-co"}),
    "goto-current": ("goto", {"item": "thong-qua-ct"}),
    "insert": ("insert", {"title": "Đọc thư chúc mừng", "kind": "announcement", "duration": 300}),
    "insert-untitled": ("insert", {"title": " ", "duration": 300}),
    "card": ("card", {"card": "mat-dien"}),
    "card-unknown": ("card", {"card": "dong-dat"}),
    "note": ("note", {"text": "Micro số 2 hỏng", "category": "technical"}),
    "note-category": ("note", {"text": "x", "category": "weather"}),
    "present": ("present", {"present": 142, "reason": "ốm"}),
    "present-over": ("present", {"present": 151}),
    "vote": ("vote", {"for": 140, "against": 1, "abstain": 1}),
    "vote-negative": ("vote", {"for": -3}),
    "ballot": ("ballot", {"issued": 142, "returned": 142, "invalid": 2, "votes": {"Nguyễn Văn An": 120}}),
    "finish": ("finish", {}),
    "reopened": ("reopened", {"since": T0}),
    "undo": ("undo", {"seq": 1}),
    "bogus": ("teleport", {}),
}
