"""The hall as the podium's status area says it all along (core/hall.py): present of convened and whether
the congress has its quorum, from the run state alone, in either language; nothing before any attendance."""

from __future__ import annotations

from pathlib import Path

from presidium.core.events import Event
from presidium.core.hall import standing
from presidium.core.loader import load_program_text
from presidium.core.run import fold

MINIMAL = (Path(__file__).parent / "programs" / "minimal.toml").read_text(encoding="utf-8")
# 150 convened; the congress sits with more than two thirds of them (at least 101)
WITH_QUORUM = MINIMAL.replace("delegates_convened = 9", 'delegates_convened = 150\nquorum = "quorum"').replace(
    "[[session]]", '[rules.quorum]\nfraction = "2/3"\nbase = "convened"\nstrict = true\n\n[[session]]', 1
)
AT = 1_700_000_000.0


def run(text: str, *actions: tuple[str, dict]):
    program = load_program_text(text)
    events = [Event(1, "start", AT, {})]
    events += [Event(seq, kind, AT + seq, payload) for seq, (kind, payload) in enumerate(actions, start=2)]
    return fold(program, events)


def test_nothing_is_shown_before_any_attendance_is_recorded():
    assert standing(run(WITH_QUORUM)) is None


def test_with_the_quorum_the_line_says_present_of_convened_and_that_the_congress_has_it():
    hall = standing(run(WITH_QUORUM, ("present", {"present": 148})))
    assert hall is not None and not hall.lacking
    assert hall.said().message("vi") == "Có mặt 148/150 · đủ số đại biểu"
    assert hall.said().message("en") == "Present 148/150 · quorum met"
    assert hall.detail().message("vi") == (
        "Điều kiện tiến hành: có mặt ít nhất 101/150 đại biểu (quy tắc 'quorum'); hiện có mặt 148"
    )


def test_below_the_quorum_the_line_says_how_many_are_needed():
    hall = standing(run(WITH_QUORUM, ("present", {"present": 100})))
    assert hall is not None and hall.lacking
    assert hall.said().message("vi") == "Có mặt 100/150 · chưa đủ số đại biểu (cần 101)"
    assert hall.said().message("en") == "Present 100/150 · no quorum (101 needed)"
    # exactly the threshold meets it: "more than two thirds" of 150 is 101
    assert not standing(run(WITH_QUORUM, ("present", {"present": 101}))).lacking


def test_a_correction_of_the_number_convened_moves_the_quorum_with_it():
    state = run(
        WITH_QUORUM,
        ("present", {"present": 101}),
        ("convened", {"convened": 160, "reason": "bổ sung 10 đại biểu dự khuyết"}),
    )
    hall = standing(state)
    assert (hall.present, hall.convened, hall.lacking) == (101, 160, True)  # now 107 are needed
    assert hall.said().message("vi") == "Có mặt 101/160 · chưa đủ số đại biểu (cần 107)"


def test_without_a_quorum_rule_the_line_gives_the_figures_alone():
    hall = standing(run(MINIMAL, ("present", {"present": 7})))
    assert hall is not None and hall.quorum is None and not hall.lacking
    assert hall.said().message("vi") == "Có mặt 7/9"
    assert hall.said().message("en") == "Present 7/9"
    assert hall.detail().message("vi") == "Chương trình không quy định số đại biểu tối thiểu phải có mặt"
